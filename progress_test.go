package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/cadregraph/cadregraph/loader"
)

// TestProgressPrinter: off a terminal, a line every few seconds and the
// last; on one, one line redrawn in place and cleared at the end.
func TestProgressPrinter(t *testing.T) {
	t0 := time.Date(2025, 8, 20, 10, 0, 0, 0, time.UTC)
	steps := []struct {
		at       time.Duration
		articles int
	}{{0, 0}, {time.Second, 10}, {4 * time.Second, 40}, {6 * time.Second, 60}, {7 * time.Second, 70}, {8 * time.Second, 80}}
	for _, tty := range []bool{false, true} {
		var b bytes.Buffer
		clock := t0
		p := &progressPrinter{w: &b, tty: tty, every: 5 * time.Second, now: func() time.Time { return clock }}
		for _, s := range steps {
			clock = t0.Add(s.at)
			p.show(loader.Progress{Articles: s.articles, Total: 80, Quads: 100 * s.articles, Elapsed: s.at})
		}
		p.done()
		out := b.String()
		if !tty {
			want := "loading: 0/80 articles, 0 quads, 0.0 articles/s\n" +
				"loading: 60/80 articles, 6000 quads, 10.0 articles/s, ETA 2s\n" +
				"loading: 80/80 articles, 8000 quads, 10.0 articles/s\n"
			if out != want {
				t.Errorf("off a terminal:\n%s\nwant\n%s", out, want)
			}
			continue
		}
		if strings.Count(out, "\r\x1b[Kloading: ") != len(steps) || strings.Contains(out, "\n") || !strings.HasSuffix(out, "\r\x1b[K") {
			t.Errorf("on a terminal: %q", out)
		}
	}
}
