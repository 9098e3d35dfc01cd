package kg

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
)

// TestModelGroups: the read model holds each (subject, predicate, object)
// once with every label stating it, and what the questions make of a
// node's facts (the value picked, how many articles state each, who
// curated it, the labels) is what they make of the store's quads one by one.
//
//	person ─name→ "Võ Văn Minh"  (articles a1, a2, a3)
//	       ─name→ "Vo Van Minh"  (a4, a5, and curation in one case)
//	       ─name→ "V. V. Minh"   (a6)
func TestModelGroups(t *testing.T) {
	person := schema.IRI(schema.PersonID("Võ Văn Minh"))
	art := func(i int) quad.Value { return schema.ArticleLabel(fmt.Sprintf("article-%016x", i)) }
	name := func(s string, labels ...quad.Value) []quad.Quad {
		var out []quad.Quad
		for _, l := range labels {
			out = append(out, quad.Quad{Subject: person, Predicate: schema.Name, Object: quad.String(s), Label: l})
		}
		return out
	}
	for _, c := range []struct {
		name   string
		quads  []quad.Quad
		facts  int    // distinct values
		picked string // the name shown
	}{
		{"most articles", slices.Concat(name("Võ Văn Minh", art(1), art(2), art(3)), name("Vo Van Minh", art(4), art(5)), name("V. V. Minh", art(6))), 3, "Võ Văn Minh"},
		{"curation first", slices.Concat(name("Võ Văn Minh", art(1), art(2), art(3)), name("Vo Van Minh", art(4), schema.LabelCuration)), 2, "Vo Van Minh"},
		{"fullest on a tie", slices.Concat(name("V. V. Minh", art(1), art(2)), name("Võ Văn Minh", art(3), art(4))), 2, "Võ Văn Minh"},
		{"one statement", name("Võ Văn Minh", art(1)), 1, "Võ Văn Minh"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			qs := memstore.New()
			var ds []graph.Delta
			for _, q := range c.quads {
				ds = append(ds, graph.Delta{Quad: q, Action: graph.Add})
			}
			if err := qs.ApplyDeltas(ds, graph.IgnoreOpts{}); err != nil {
				t.Fatal(err)
			}
			g := New(qs)
			walked, err := g.hop(ctx, []quad.Value{person}, []quad.IRI{schema.Name}, false)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := g.Refresh(ctx); err != nil {
				t.Fatal(err)
			}
			modeled, err := g.hop(ctx, []quad.Value{person}, []quad.IRI{schema.Name}, false)
			if err != nil {
				t.Fatal(err)
			}
			if len(walked) != len(c.quads) || len(modeled) != c.facts {
				t.Errorf("facts: %d walked (want one a quad, %d), %d from the model (want %d)", len(walked), len(c.quads), len(modeled), c.facts)
			}
			if got, want := choices(modeled, fuller), choices(walked, fuller); !slices.Equal(got, want) {
				t.Errorf("choices from the model %v, from the store %v", got, want)
			}
			if got, want := nameOf(modeled, "x"), nameOf(walked, "x"); got != c.picked || want != c.picked {
				t.Errorf("name from the model %q, from the store %q, want %q", got, want, c.picked)
			}
			if got, want := labelsOf(modeled), labelsOf(walked); !slices.Equal(got, want) {
				t.Errorf("labels from the model %v, from the store %v", got, want)
			}
			// Facts of one value from two hops: the labels are read, not counted.
			if twice := choices(slices.Concat(modeled, modeled), fuller); !slices.Equal(twice, choices(walked, fuller)) {
				t.Errorf("choices over the model's facts twice: %v, want %v", twice, choices(walked, fuller))
			}
		})
	}
}

// labelsOf are the (value, label) pairs that facts state, sorted.
func labelsOf(fs []fact) []string {
	var out []string
	for _, f := range fs {
		for l := range f.labels() {
			out = append(out, fmt.Sprint(f.to, " ", l))
		}
	}
	slices.Sort(out)
	return out
}
