package kg

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/schema"
)

// TestSearchDerivedIndex finds whole and unfinished words through the search
// index derived from names, titles and codes (the store holds no search
// terms): alike over the store, over a frozen store and over the read model,
// the index read once (a search after the first walks nothing).
func TestSearchDerivedIndex(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	short := shortNames(f)
	for _, q := range f.Quads() {
		if q.Predicate == schema.SearchKey || q.Predicate == schema.Token || q.Predicate == schema.TokenPrefix {
			t.Fatalf("the fixture holds a search term: %v", q)
		}
	}
	direct, frozen, refreshed := f.graph(t), New(f.Store(t), Frozen()), f.graph(t)
	if _, err := refreshed.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query string
		want  string
	}{
		// Thành ủy TPHCM is also Thành ủy Thành phố Hồ Chí Minh.
		{"min", "vanminh minh thanhuy"},
		{"MIN", "vanminh minh thanhuy"},
		{"thanh u", "thanhuy hn1"}, // two words: whole tokens first (found), then terms
		{"ket lu", "kl21"},
		{"kl 21", "kl21"}, // a document's sign and number, derived from its kind and number
		{"nghi", "nqdh hn1"},
		{"zaz", ""},
		{"zzz", ""},                   // initials, read as a city's too (TPZZZ, schema.UnitSpellings)
		{"m", "vanminh minh thanhuy"}, // one letter
	}
	kinds := []schema.Kind{schema.Person, schema.Unit, schema.Document, schema.Event}
	for i, tt := range tests {
		for name, g := range map[string]*Graph{"store": direct, "frozen": frozen, "model": refreshed} {
			first := 10
			before := g.Walks()
			hits, err := g.Search(ctx, tt.query, kinds, &first)
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
			if w := g.Walks() - before; i > 0 && w != 0 {
				t.Errorf("%s: search(%q) took %d walks, want none", name, tt.query, w)
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
