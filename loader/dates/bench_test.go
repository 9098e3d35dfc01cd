package dates

import (
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/internal/testpages"
)

// BenchmarkFind finds the dates and terms of every line of the normalize
// package's test pages (the sample corpus among them).
func BenchmarkFind(b *testing.B) {
	var lines []string
	var size int64
	for _, p := range testpages.Glob(b, "../normalize/testdata/*.txt") {
		for _, l := range strings.Split(p.Text, "\n") {
			lines = append(lines, l)
			size += int64(len(l))
		}
	}
	if len(lines) == 0 {
		b.Skip("no pages")
	}
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
	var lines []string
	var size int64
	for _, p := range testpages.RealSet(b) {
		for _, l := range strings.Split(p.Text, "\n") {
			lines = append(lines, l)
			size += int64(len(l))
		}
	}
	if len(lines) == 0 {
		b.Skip("no pages")
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			_ = Find(l)
		}
	}
}
