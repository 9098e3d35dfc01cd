package write_test

import (
	"context"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/write"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
)

const id = "article-0123456789abcdef"

// quads is a small article as emit writes it, its marker first.
func quads() []quad.Quad {
	l := schema.ArticleLabel(id)
	n := schema.IRI(id)
	p := schema.IRI("person-vo-van-minh-0000000000")
	return []quad.Quad{
		write.Marker(id),
		{Subject: n, Predicate: schema.Source, Object: quad.String("a.txt"), Label: l},
		{Subject: n, Predicate: schema.Mentions, Object: p, Label: l},
		{Subject: p, Predicate: schema.Name, Object: quad.String("Võ Văn Minh"), Label: l},
	}
}

// recorder is a store that remembers the batches written to it.
type recorder struct {
	graph.QuadStore
	batches [][]graph.Delta
}

func (r *recorder) ApplyDeltas(d []graph.Delta, o graph.IgnoreOpts) error {
	r.batches = append(r.batches, d)
	return r.QuadStore.ApplyDeltas(d, o)
}

func count(t *testing.T, qs graph.QuadStore) int64 {
	t.Helper()
	// Not Iterate().Count(): the memory store's size counts its nodes too.
	var n int64
	err := graph.Iterate(context.Background(), qs.QuadsAllIterator()).Each(func(graph.Ref) { n++ })
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestArticle(t *testing.T) {
	ctx := context.Background()
	qs := &recorder{QuadStore: memstore.New()}
	if has, err := write.Has(ctx, qs, id); err != nil || has {
		t.Fatalf("Has on an empty store = %v, %v", has, err)
	}
	written, err := write.Article(ctx, qs, id, quads())
	if err != nil || !written {
		t.Fatalf("first write = %v, %v; want true", written, err)
	}
	if len(qs.batches) != 1 {
		t.Fatalf("the article took %d batches, want 1 transaction", len(qs.batches))
	}
	b := qs.batches[0]
	if len(b) != len(quads()) {
		t.Errorf("the batch holds %d deltas, want %d", len(b), len(quads()))
	}
	if last := b[len(b)-1].Quad; last != write.Marker(id) {
		t.Errorf("the last quad written is %s, want the marker", last)
	}
	if has, err := write.Has(ctx, qs, id); err != nil || !has {
		t.Errorf("Has after writing = %v, %v; want true", has, err)
	}
	n := count(t, qs)

	written, err = write.Article(ctx, qs, id, quads())
	if err != nil || written {
		t.Errorf("second write = %v, %v; want false", written, err)
	}
	if len(qs.batches) != 1 || count(t, qs) != n {
		t.Errorf("the second write changed the store")
	}
}

// TestTorn: a store that tore a transaction, keeping some of an article's
// quads but not its marker, has the article written whole the next time.
func TestTorn(t *testing.T) {
	ctx := context.Background()
	qs := memstore.New()
	var part []graph.Delta
	for _, q := range quads()[1:3] {
		part = append(part, graph.Delta{Quad: q, Action: graph.Add})
	}
	if err := qs.ApplyDeltas(part, graph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	if has, _ := write.Has(ctx, qs, id); has {
		t.Fatal("a torn article counts as present")
	}
	if stored, err := write.Stored(ctx, qs); err != nil || stored[id] {
		t.Fatalf("a torn article is listed as stored: %v, %v", stored, err)
	}
	if written, err := write.Article(ctx, qs, id, quads()); err != nil || !written {
		t.Fatalf("write after a torn one = %v, %v", written, err)
	}
	if stored, err := write.Stored(ctx, qs); err != nil || len(stored) != 1 || !stored[id] {
		t.Fatalf("stored after the write = %v, %v; want only %s", stored, err, id)
	}
	if n := count(t, qs); n != int64(len(quads())) {
		t.Errorf("the store holds %d quads, want %d", n, len(quads()))
	}
}

func TestArticleErrors(t *testing.T) {
	ctx := context.Background()
	qs := memstore.New()
	if _, err := write.Article(ctx, qs, id, quads()[1:]); err == nil || !strings.Contains(err.Error(), "lack the article's own type quad") {
		t.Errorf("quads without a marker: %v", err)
	}
	canceled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := write.Article(canceled, qs, id, quads()); err != context.Canceled {
		t.Errorf("a canceled write: %v, want context.Canceled", err)
	}
	if n := count(t, qs); n != 0 {
		t.Errorf("failed writes left %d quads", n)
	}
}

func TestCuration(t *testing.T) {
	ctx := context.Background()
	qs := memstore.New()
	if _, err := write.Article(ctx, qs, id, quads()); err != nil {
		t.Fatal(err)
	}
	p, q := schema.IRI("person-a"), schema.IRI("person-b")
	merge := quad.Quad{Subject: p, Predicate: schema.MergedInto, Object: q}
	wiki := quad.Quad{Subject: q, Predicate: schema.ExternalID, Object: quad.String("wikidata:Q1")}
	wiki2 := quad.Quad{Subject: q, Predicate: schema.ExternalID, Object: quad.String("wikidata:Q2")}
	steps := []struct {
		facts          []quad.Quad
		added, removed int
		present        int64
	}{
		{[]quad.Quad{merge, wiki, wiki}, 2, 0, 6}, // a fact twice in a file is one fact
		{[]quad.Quad{merge, wiki}, 0, 0, 6},       // again: nothing to do
		{[]quad.Quad{merge, wiki2}, 1, 1, 6},      // a correction corrected
		{nil, 0, 2, 4},                            // an empty file takes every correction back
	}
	for i, s := range steps {
		added, removed, err := write.Curation(ctx, qs, s.facts)
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if added != s.added || removed != s.removed {
			t.Errorf("step %d: added %d, removed %d; want %d, %d", i, added, removed, s.added, s.removed)
		}
		if n := count(t, qs); n != s.present {
			t.Errorf("step %d: the store holds %d quads, want %d", i, n, s.present)
		}
	}
	if has, _ := write.Has(ctx, qs, id); !has {
		t.Error("curation touched the article's own quads")
	}
}
