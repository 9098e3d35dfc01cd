package loader

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/store"
)

// TestBatches: articles written a batch a transaction are counted, and
// survive a failing store, as when written one at a time.
func TestBatches(t *testing.T) {
	ctx := context.Background()
	dir := articles(t, 12)
	whole := open(t, store.Memory)
	if _, err := Load(ctx, whole, []string{dir}, fake); err != nil {
		t.Fatal(err)
	}
	want := quadSet(t, whole.QuadStore())

	for _, batch := range []int{1, 5, 12, 100} {
		t.Run("batch of "+strconv.Itoa(batch), func(t *testing.T) {
			st := open(t, store.Memory)
			opt := fake
			opt.Batch = batch
			rep, err := Load(ctx, st, []string{dir}, opt)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Loaded != 12 {
				t.Errorf("loaded %d, want 12", rep.Loaded)
			}
			sameQuads(t, want, quadSet(t, st.QuadStore()))
		})
	}

	t.Run("store fails mid-batch", func(t *testing.T) {
		st := open(t, filepath.Join(t.TempDir(), "cadregraph.db"))
		torn := &tearing{QuadStore: st.QuadStore(), failAt: 2}
		opt := fake
		opt.Batch = 5
		rep, err := load(ctx, torn, paths(dir), opt)
		if err == nil || !strings.Contains(err.Error(), "the disk is full") || !strings.Contains(err.Error(), "005.txt … ") || !strings.Contains(err.Error(), "009.txt: write 5 articles") {
			t.Fatalf("Load with a failing store: %v, want the store's error naming 005.txt … 009.txt", err)
		}
		if rep.Loaded != 5 {
			t.Errorf("loaded %d articles before the failure, want the first batch's 5", rep.Loaded)
		}
		if _, err := Load(ctx, st, []string{dir}, fake); err != nil {
			t.Fatal(err)
		}
		sameQuads(t, want, quadSet(t, st.QuadStore()))
	})
}
