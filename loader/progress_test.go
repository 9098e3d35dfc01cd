package loader

import (
	"context"
	"testing"
	"time"

	"github.com/cadregraph/cadregraph/corpus"
	"github.com/cadregraph/cadregraph/store"
)

// TestProgress: a load tells how far it is from the start (every article
// counted, none done) to the end (all done, the report's quads), never going
// back, a transaction at a time.
func TestProgress(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, store.Memory)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var seen []Progress
	rep, err := LoadFS(ctx, st, corpus.FS(), []string{"."}, Options{Batch: 2, Progress: func(p Progress) { seen = append(seen, p) }})
	if err != nil {
		t.Fatal(err)
	}
	done := rep.Loaded + rep.Present + len(rep.Failed)
	if len(seen) < 3 {
		t.Fatalf("progress told %d times: %+v", len(seen), seen)
	}
	if first := seen[0]; first.Articles != 0 || first.Total != done || first.Quads != 0 {
		t.Errorf("first progress %+v, want 0/%d", first, done)
	}
	if last := seen[len(seen)-1]; last.Articles != done || last.Total != done || last.Quads != rep.Quads {
		t.Errorf("last progress %+v, want %d/%d articles and %d quads", last, done, done, rep.Quads)
	}
	for i := 1; i < len(seen); i++ {
		if seen[i].Articles < seen[i-1].Articles || seen[i].Quads < seen[i-1].Quads || seen[i].Elapsed < seen[i-1].Elapsed {
			t.Errorf("progress went back: %+v after %+v", seen[i], seen[i-1])
		}
	}
}

func TestProgressLine(t *testing.T) {
	tests := []struct {
		p    Progress
		want string
		eta  time.Duration
	}{
		{Progress{Articles: 0, Total: 800, Elapsed: time.Second}, "0/800 articles, 0 quads, 0.0 articles/s", 0},
		{Progress{Articles: 100, Total: 800, Quads: 68000, Elapsed: 10 * time.Second}, "100/800 articles, 68000 quads, 10.0 articles/s, ETA 1m10s", 70 * time.Second},
		{Progress{Articles: 800, Total: 800, Quads: 544000, Elapsed: 80 * time.Second}, "800/800 articles, 544000 quads, 10.0 articles/s", 0},
		{Progress{}, "0/0 articles, 0 quads, 0.0 articles/s", 0},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.p, got, tt.want)
		}
		if got := tt.p.ETA(); got != tt.eta {
			t.Errorf("%+v: ETA %s, want %s", tt.p, got, tt.eta)
		}
	}
}
