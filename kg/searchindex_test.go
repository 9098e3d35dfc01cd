package kg

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
)

// TestSearchPrefixIndex finds unfinished words through the loader's prefix
// literals in one walk, and, in a store written without them, by a scan.
func TestSearchPrefixIndex(t *testing.T) {
	f := newFixture(t)
	short := shortNames(f)
	indexed := f.graph(t)
	var quads []quad.Quad
	for _, q := range f.Quads() {
		if q.Predicate != schema.TokenPrefix {
			quads = append(quads, q)
		}
	}
	if len(quads) == len(f.Quads()) {
		t.Fatal("the fixture has no prefix literals")
	}
	qs := memstore.New()
	ds := make([]graph.Delta, len(quads))
	for i, q := range quads {
		ds[i] = graph.Delta{Quad: q, Action: graph.Add}
	}
	if err := qs.ApplyDeltas(ds, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
		t.Fatal(err)
	}
	old := New(qs)
	tests := []struct {
		query string
		want  string
		walks int64 // on the indexed store: the lookup, then the candidates' terms
	}{
		// Thành ủy TPHCM is also Thành ủy Thành phố Hồ Chí Minh.
		{"min", "vanminh minh thanhuy", 2},
		{"MIN", "vanminh minh thanhuy", 2},
		{"thanh u", "thanhuy hn1", 2}, // two words: whole tokens first (found), then terms
		{"ket lu", "kl21", 2},
		{"nghi", "nqdh hn1", 2},          // a whole token, found through the same lookup
		{"zaz", "", 2},                   // nothing begins so: the lookup, then the check that the store is indexed
		{"zzz", "", 4},                   // initials, read as a city's too (TPZZZ, schema.UnitSpellings): twice that
		{"m", "vanminh minh thanhuy", 3}, // one letter: scanned, then the nodes of the tokens found
	}
	for _, tt := range tests {
		for name, g := range map[string]*Graph{"indexed": indexed, "unindexed": old} {
			first := 10
			before := g.Walks()
			hits, err := g.Search(context.Background(), tt.query, []schema.Kind{schema.Person, schema.Unit, schema.Document, schema.Event}, &first)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, short[h.Entity.base().ID])
			}
			if s := strings.Join(got, " "); s != tt.want {
				t.Errorf("%s: search(%q) = %q, want %q", name, tt.query, s, tt.want)
			}
			if w := g.Walks() - before; name == "indexed" && w != tt.walks {
				t.Errorf("indexed: search(%q) took %d walks, want %d", tt.query, w, tt.walks)
			}
		}
	}
}

// TestSearchMerged finds an entity curation merged into another as the
// survivor, once.
func TestSearchMerged(t *testing.T) {
	f := newFixture(t)
	g := New(f.CuratedStore(t))
	short := shortNames(f)
	for q, want := range map[string]string{
		"van minh":  "minh 1.00", // Võ Văn Minh, and the byline Văn Minh merged into him
		"viet dung": "minh 1.00", // merged into Văn Minh, merged into Võ Văn Minh
		"le thi":    "nga 0.80",
	} {
		hits, err := g.Search(context.Background(), q, []schema.Kind{schema.Person}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range hits {
			got = append(got, fmt.Sprintf("%s %.2f", short[h.Entity.base().ID], h.Score))
		}
		if s := strings.Join(got, ", "); s != want {
			t.Errorf("search(%q) after merges = %s, want %s", q, s, want)
		}
	}
}
