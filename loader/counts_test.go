package loader

import (
	"context"
	"testing"

	"github.com/cadregraph/cadregraph/corpus"
	"github.com/cadregraph/cadregraph/kg"
	"github.com/cadregraph/cadregraph/loader/synth"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/store"
)

// TestCountsAgree: a load into an empty store reports, kind by kind, the
// entities the API's counts then give (one definition of an entity: a node
// of its class that no merge took), on the sample corpus and on a synthetic
// one whose articles cite documents without their year (held back and
// written in a second pass) and share people, units and documents.
func TestCountsAgree(t *testing.T) {
	ctx := context.Background()
	n := 150
	if testing.Short() {
		n = 60
	}
	dir := t.TempDir()
	if _, err := synth.WriteDir(dir, 7, n); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		load func(*store.Store) (Report, error)
	}{
		{"sample", func(st *store.Store) (Report, error) { return LoadFS(ctx, st, corpus.FS(), []string{"."}, Options{}) }},
		{"synthetic", func(st *store.Store) (Report, error) { return Load(ctx, st, []string{dir}, Options{}) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			st, err := store.Open(ctx, store.Memory)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			rep, err := tt.load(st)
			if err != nil {
				t.Fatal(err)
			}
			counts, err := kg.New(st.QuadStore()).Counts(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range counts {
				want := rep.Entities[c.Kind]
				if c.Kind == schema.Article {
					want = rep.Loaded
				}
				if c.Count != want {
					t.Errorf("%s: the load reports %d, the API counts %d", c.Kind, want, c.Count)
				}
				if c.Count == 0 && c.Kind != schema.Event {
					t.Errorf("%s: none loaded", c.Kind)
				}
			}
		})
	}
}
