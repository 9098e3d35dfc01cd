package normalize_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cadregraph/cadregraph/loader/internal/testpages"
	"github.com/cadregraph/cadregraph/loader/meta"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/normalize"
	"github.com/cadregraph/cadregraph/loader/segment"
)

// seeds are the test pages and the sample corpus beside the repository.
func seeds() [][]byte {
	var out [][]byte
	files, _ := filepath.Glob("testdata/*.txt")
	corpus, _ := filepath.Glob("../../../shared/corpus/*.txt")
	for _, f := range append(files, corpus...) {
		if b, err := os.ReadFile(f); err == nil {
			out = append(out, b)
		}
	}
	return out
}

// FuzzNormalize runs normalize, segment and meta on arbitrary bytes: nothing
// panics, the Doc is valid UTF-8 with blocks in order inside its text, every
// sentence lies in order inside a block and its Text is its span's runes, and
// every credit's span lies inside the text.
func FuzzNormalize(f *testing.F) {
	for _, s := range seeds() {
		f.Add(s)
	}
	f.Add([]byte("date 2025-10-01 Ngày 1-10, Đảng ủy tổ chức Hội nghị.\n\nTHU HƯỜNG"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := normalize.Normalize(model.Raw{Source: "fuzz", Text: string(b)})
		if err != nil {
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("text is not UTF-8")
		}
		n := utf8.RuneCountInString(d.Text)
		end := 0
		for i, bl := range d.Blocks {
			if bl.Start < end || bl.End <= bl.Start || bl.End > n {
				t.Fatalf("block %d %v out of order or bounds (text %d runes)", i, bl.Span, n)
			}
			end = bl.End
		}
		ss := segment.Sentences(d)
		rs := []rune(d.Text)
		end = 0
		for i, s := range ss {
			if s.Index != i || s.Start < end || s.End <= s.Start || s.End > n {
				t.Fatalf("sentence %d %+v out of order or bounds", i, s)
			}
			if string(rs[s.Start:s.End]) != s.Text || strings.TrimSpace(s.Text) != s.Text {
				t.Fatalf("sentence %d text %q, span %q", i, s.Text, string(rs[s.Start:s.End]))
			}
			if !inBlock(d, s.Span) {
				t.Fatalf("sentence %d %v crosses blocks", i, s.Span)
			}
			end = s.End
		}
		m := meta.Read(d, ss)
		for _, c := range m.Credits {
			if c.Span.Start < 0 || c.Span.End > n || c.Span.Start >= c.Span.End || c.Name == "" {
				t.Fatalf("credit %+v out of bounds", c)
			}
		}
		if !m.EventDate.IsZero() && m.EventDate.String() == "" {
			t.Fatalf("impossible event date %+v", m.EventDate)
		}
	})
}

func inBlock(d model.Doc, sp model.Span) bool {
	for _, b := range d.Blocks {
		if sp.Start >= b.Start && sp.End <= b.End {
			return true
		}
	}
	return false
}

// BenchmarkNormalize normalises the test pages and the sample corpus.
func BenchmarkNormalize(b *testing.B) {
	pages, size := benchPages(b)
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			_, _ = normalize.Normalize(model.Raw{Text: p})
		}
	}
}

func benchPages(b *testing.B) ([]string, int64) {
	var pages []string
	var size int64
	for _, s := range seeds() {
		pages = append(pages, string(s))
		size += int64(len(s))
	}
	if len(pages) == 0 {
		b.Skip("no pages")
	}
	return pages, size
}

// BenchmarkNormalizeReal normalises the real set's development pages, which
// carry more of the page's debris than the test pages: what a load spends
// in normalize.
func BenchmarkNormalizeReal(b *testing.B) {
	var pages []string
	var size int64
	for _, p := range testpages.RealSet(b) {
		pages = append(pages, p.Text)
		size += int64(len(p.Text))
	}
	if len(pages) == 0 {
		b.Skip("no pages")
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			_, _ = normalize.Normalize(model.Raw{Text: p})
		}
	}
}
