package kg

import (
	"context"
	"fmt"
	"os"
	"slices"
	"testing"

	"github.com/cadregraph/cadregraph/kg/kgtest"
	"github.com/cadregraph/cadregraph/loader/write"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/store"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// TestLogScan: a read model read from a bolt store's log holds what one read
// through Cayley's iterators holds, value for value and quad for quad, also
// after articles were deleted and written again (dead entries in the log).
func TestLogScan(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, t.TempDir()+"/cadregraph.db")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	curatedFixtureIn(t, st)
	// An article written, then deleted: its entries stay in the log, dead.
	id := "article-00000000000000aa"
	gone := []quad.Quad{{Subject: schema.IRI(id), Predicate: schema.RDFType, Object: schema.ClassArticle, Label: schema.ArticleLabel(id)},
		{Subject: schema.IRI(id), Predicate: schema.Title, Object: quad.String("gone"), Label: schema.ArticleLabel(id)}}
	if _, err := write.Article(ctx, st.QuadStore(), id, gone); err != nil {
		t.Fatal(err)
	}
	var del []graph.Delta
	for _, q := range gone {
		del = append(del, graph.Delta{Quad: q, Action: graph.Delete})
	}
	if err := st.QuadStore().ApplyDeltas(del, graph.IgnoreOpts{IgnoreMissing: true}); err != nil {
		t.Fatal(err)
	}

	slow, err := buildModel(ctx, st.QuadStore(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	fast, err := buildModel(ctx, st.QuadStore(), st, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(fast.vals) == len(slow.vals) && fast.quads == slow.quads && fast.quads > 0 {
		t.Logf("%d quads, %d values", fast.quads, len(fast.vals)-1)
	} else {
		t.Errorf("read from the log: %d quads, %d values; through the iterators: %d, %d", fast.quads, len(fast.vals), slow.quads, len(slow.vals))
	}
	if got, want := quadsOf(fast), quadsOf(slow); !slices.Equal(got, want) {
		t.Errorf("the models differ:\nlog       %v\niterators %v", got, want)
	}
	if !slices.Equal(fast.search.tokens, slow.search.tokens) {
		t.Errorf("search tokens differ: %v, %v", fast.search.tokens, slow.search.tokens)
	}
}

// quadsOf are a model's quads as text, sorted.
func quadsOf(m *model) []string {
	var out []string
	for n := range uint32(len(m.vals)) {
		for _, e := range m.out.edges[m.out.start[n]:m.out.start[n+1]] {
			for _, l := range m.labels[e.labels : e.labels+e.n] {
				out = append(out, fmt.Sprint(quad.Quad{Subject: m.vals[n], Predicate: m.vals[e.pred], Object: m.vals[e.other], Label: m.vals[l]}))
			}
		}
	}
	slices.Sort(out)
	return out
}

// TestDump: a read model read from PostgreSQL in two queries holds what one
// read through Cayley's iterators holds.
func TestDump(t *testing.T) {
	db := os.Getenv("CADREGRAPH_TEST_POSTGRES")
	if db == "" {
		t.Skip("CADREGRAPH_TEST_POSTGRES not set: set it to a postgres:// URL to test reading PostgreSQL whole")
	}
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	f := curatedFixtureIn(t, st)
	slow, err := buildModel(ctx, st.QuadStore(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	fast, err := buildModel(ctx, st.QuadStore(), nil, st)
	if err != nil {
		t.Fatal(err)
	}
	if fast.quads != slow.quads || fast.quads < len(f.Quads())/2 {
		t.Errorf("read whole: %d quads; through the iterators: %d", fast.quads, slow.quads)
	}
	if got, want := quadsOf(fast), quadsOf(slow); !slices.Equal(got, want) {
		t.Errorf("the models differ:\nwhole     %v\niterators %v", got, want)
	}
}

// curatedFixtureIn writes the fixture with its curation into st.
func curatedFixtureIn(t *testing.T, st *store.Store) *kgtest.Fixture {
	t.Helper()
	f := kgtest.New(t)
	var ds []graph.Delta
	for _, q := range append(f.Quads(), f.CurationQuads()...) {
		ds = append(ds, graph.Delta{Quad: q, Action: graph.Add})
	}
	if err := st.QuadStore().ApplyDeltas(ds, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
		t.Fatal(err)
	}
	return f
}
