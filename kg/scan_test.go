package kg

import (
	"context"
	"testing"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
)

func TestObjects(t *testing.T) {
	f := newFixture(t)
	g := f.graph(t)
	ctx := context.Background()
	s, err := g.Subgraph(ctx, f.id["minh"], 1, nil, MaxLimit)
	if err != nil {
		t.Fatal(err)
	}
	objs := g.Objects(s.Nodes)
	if len(objs) != len(s.Nodes) {
		t.Fatalf("%d objects for %d nodes", len(objs), len(s.Nodes))
	}
	for i, o := range objs {
		if NodeID(o) != s.Nodes[i].ID {
			t.Errorf("object %d is %s, want %s", i, NodeID(o), s.Nodes[i].ID)
		}
		if e, ok := o.(Entity); ok && e.Kind() != s.Nodes[i].Kind {
			t.Errorf("%s: kind %s, want %s", NodeID(o), e.Kind(), s.Nodes[i].Kind)
		}
	}
	// The objects share a batch: one walk reads every person's tenures.
	before := g.Walks()
	for _, o := range objs {
		if p, ok := o.(*Person); ok {
			if _, err := g.PersonTenures(ctx, p, nil); err != nil {
				t.Fatal(err)
			}
		}
	}
	if w := g.Walks() - before; w > 4 {
		t.Errorf("the tenures of a subgraph's people took %d walks", w)
	}
}

func TestQuadsFrom(t *testing.T) {
	f := newFixture(t)
	g := f.graph(t)
	ids := []string{f.id["minh"], f.id["bt"]}
	var names []string
	err := g.QuadsFrom(context.Background(), ids, func(q quad.Quad) error {
		if id := idOf(q.Subject); id != ids[0] && id != ids[1] {
			t.Errorf("quad %s is not of %v", q, ids)
		}
		if q.Label == nil {
			t.Errorf("quad %s without its label", q)
		}
		if q.Predicate == schema.Name {
			names = append(names, quad.NativeOf(q.Object).(string))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 2 {
		t.Errorf("names %v, want Võ Văn Minh's and Bí thư's", names)
	}
}
