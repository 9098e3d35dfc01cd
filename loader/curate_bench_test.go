package loader

import (
	"context"
	"sort"
	"testing"

	"github.com/cadregraph/cadregraph/loader/curation"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/store"
)

// BenchmarkReextractCorpus is what rewriting every article of the sample
// corpus costs, without the write: extraction from the stored text, the walk
// that finds the article's quads, and the diff (a changed extractor version,
// or a curation whose old rules are unknown).
func BenchmarkReextractCorpus(b *testing.B) {
	ctx := context.Background()
	st := benchStore(b)
	qs := st.QuadStore()
	arts, err := allArticles(ctx, qs)
	if err != nil {
		b.Fatal(err)
	}
	rw := curation.NewRewriter(curation.Rules{}, nil)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := rewriteArticles(ctx, qs, arts, nil, rw, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(arts))/1e6, "ms/article")
}

// BenchmarkCurate applies, then takes back, a curation merging two people of
// the sample corpus and giving one an external id: the resolve, the rewrite of
// the articles that name them, and the write, twice an iteration.
func BenchmarkCurate(b *testing.B) {
	ctx := context.Background()
	st := benchStore(b)
	qs := st.QuadStore()
	people, err := ofClass(ctx, qs, schema.ClassPerson)
	if err != nil || len(people) < 2 {
		b.Fatalf("%d people, %v", len(people), err)
	}
	sort.Strings(people)
	x, y := people[0], people[len(people)-1]
	on := &curation.File{Path: "bench.yaml",
		Merges:    []curation.Merge{{From: curation.Ref{ID: x}, Into: curation.Ref{ID: y}}},
		Externals: []curation.External{{Entity: curation.Ref{ID: y}, IDs: []string{"wikidata:Q1"}}},
	}
	off := &curation.File{Path: "bench.yaml"}
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range []*curation.File{on, off} {
			rep, err := curate(ctx, qs, f, Options{})
			if err != nil {
				b.Fatal(err)
			}
			if rep.Rewritten == 0 {
				b.Fatal("nothing rewritten")
			}
		}
	}
}

// benchStore is an in-memory store holding the sample corpus.
func benchStore(b *testing.B) *store.Store {
	b.Helper()
	st, err := store.Open(context.Background(), "mem:")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	if _, err := Load(context.Background(), st, []string{"../corpus"}, Options{}); err != nil {
		b.Fatal(err)
	}
	return st
}

// BenchmarkLoadNothing is what every load pays for keeping the store a
// function of its inputs, on a bolt store of 2,000 small articles: the check
// of each article's extractor version, reading the curation's and the derived
// merges' records, and recomputing the derived joins.
func BenchmarkLoadNothing(b *testing.B) {
	ctx := context.Background()
	dir := articles(b, 2000)
	st, err := store.Open(ctx, b.TempDir()+"/db")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	if _, err := Load(ctx, st, []string{dir}, fake); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(ctx, st, nil, fake); err != nil {
			b.Fatal(err)
		}
	}
}
