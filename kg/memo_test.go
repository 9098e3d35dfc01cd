package kg

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/cadregraph/cadregraph/kg/kgtest"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
)

// lists are the answers a frozen Graph keeps, read from g.
func lists(t *testing.T, ctx context.Context, g *Graph) map[string]any {
	t.Helper()
	out := map[string]any{}
	cs, err := g.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		out["count "+string(c.Kind)] = c.Count
	}
	all := 100
	for _, k := range schema.Kinds() {
		if k == schema.Article {
			continue
		}
		conn, err := g.Entities(ctx, k, &all, nil)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, e := range conn.Edges {
			ids = append(ids, e.Node.base().ID)
		}
		out["entities "+string(k)] = ids
	}
	arts, err := g.Articles(ctx, &all, nil)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range arts.Edges {
		ids = append(ids, e.Node.ID)
	}
	out["articles"] = ids
	return out
}

// TestFrozen: a frozen Graph answers as one that reads the store every time,
// reads each list once, keeps no failed read, and, by its contract, does not
// see what is written after it read.
func TestFrozen(t *testing.T) {
	ctx := context.Background()
	f := kgtest.New(t)
	qs := f.Store(t)
	fresh, frozen := New(qs), New(qs, Frozen())

	// A cancelled read fails and is not kept.
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := frozen.Counts(cancelled); !errors.Is(err, context.Canceled) {
		t.Fatalf("counts with a cancelled context: %v", err)
	}

	want := lists(t, ctx, fresh)
	if got := lists(t, ctx, frozen); !reflect.DeepEqual(got, want) {
		t.Errorf("frozen lists\n%v\nwant\n%v", got, want)
	}
	before := frozen.Walks()
	if got := lists(t, ctx, frozen); !reflect.DeepEqual(got, want) {
		t.Errorf("frozen lists read again\n%v\nwant\n%v", got, want)
	}
	// The pages' entities are still read (one batch a page); the lists are not.
	if w, max := frozen.Walks()-before, int64(0); w > max {
		t.Errorf("reading the lists again took %d walks, want %d", w, max)
	}
	if err := frozen.Warm(ctx); err != nil {
		t.Fatal(err)
	}

	// A person written afterwards: the fresh Graph counts them, the frozen
	// one keeps its answer.
	p := schema.PersonID("Trần Văn Mới")
	if err := qs.ApplyDeltas([]graph.Delta{{Action: graph.Add, Quad: quad.Quad{
		Subject: schema.IRI(p), Predicate: schema.RDFType, Object: schema.ClassPerson, Label: schema.ArticleLabel("article-new")}}},
		graph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	count := func(g *Graph) int {
		cs, err := g.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if c.Kind == schema.Person {
				return c.Count
			}
		}
		return -1
	}
	if n, was := count(fresh), want["count PERSON"].(int); n != was+1 {
		t.Errorf("the fresh Graph counts %d people after one more, want %d", n, was+1)
	}
	if n, was := count(frozen), want["count PERSON"].(int); n != was {
		t.Errorf("the frozen Graph counts %d people, want the %d it read", n, was)
	}
	// Over a store that is not frozen, Warm does nothing.
	if err := New(memstore.New()).Warm(ctx); err != nil {
		t.Fatal(err)
	}
}
