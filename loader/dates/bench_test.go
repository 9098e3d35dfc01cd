package dates

import (
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/internal/testpages"
)

// BenchmarkFind finds the dates and terms of every line of the normalize
// package's test pages (the sample corpus among them).
func BenchmarkFind(b *testing.B) {
	lines, size := benchLines(b, testpages.Glob(b, "../normalize/testdata/*.txt"))
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			_ = Find(l)
			_ = Terms(l)
		}
	}
}

// BenchmarkFindRealLines is Find alone over every line of the real set's
// development pages, as meta and the recognisers ask it of their sentences:
// most lines print no date.
func BenchmarkFindRealLines(b *testing.B) {
	lines, size := benchLines(b, testpages.RealSet(b))
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			_ = Find(l)
		}
	}
}

// benchLines are the lines of pages and their length in bytes, what a
// benchmark over them sets; it skips b when there are none.
func benchLines(b *testing.B, pages []testpages.Page) ([]string, int64) {
	b.Helper()
	var lines []string
	var size int64
	for _, p := range pages {
		for _, l := range strings.Split(p.Text, "\n") {
			lines = append(lines, l)
			size += int64(len(l))
		}
	}
	if len(lines) == 0 {
		b.Skip("no pages")
	}
	return lines, size
}
