package meta

import (
	"testing"

	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/internal/testpages"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/normalize"
	"github.com/cadregraph/cadregraph/loader/segment"
)

// BenchmarkRead reads the metadata of the segmented test pages of the
// normalize package (the sample corpus among them).
func BenchmarkRead(b *testing.B) {
	var docs []model.Doc
	var sents [][]model.Sentence
	var size int64
	for _, p := range testpages.Glob(b, "../normalize/testdata/*.txt") {
		if d, err := normalize.Normalize(model.Raw{Text: p.Text}); err == nil {
			docs = append(docs, d)
			sents = append(sents, segment.Sentences(d))
			size += int64(len(d.Text))
		}
	}
	if len(docs) == 0 {
		b.Skip("no pages")
	}
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, d := range docs {
			_ = Read(d, sents[j])
		}
	}
}

// BenchmarkReadDated is meta as the loader runs it, on the real set's
// development pages: each sentence's dates found beforehand (the
// recognisers' cut finds them), so that what is timed is meta's own
// reading.
func BenchmarkReadDated(b *testing.B) {
	var docs []model.Doc
	var sents [][]model.Sentence
	var found [][][]dates.Match
	var size int64
	for _, p := range testpages.RealSet(b) {
		d, err := normalize.Normalize(model.Raw{Source: p.File, Text: p.Text})
		if err != nil {
			continue
		}
		ss := segment.Sentences(d)
		ds := make([][]dates.Match, len(ss))
		for i, s := range ss {
			ds[i] = dates.Find(s.Text)
		}
		docs, sents, found = append(docs, d), append(sents, ss), append(found, ds)
		size += int64(len(d.Text))
	}
	if len(docs) == 0 {
		b.Skip("no pages")
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for j, d := range docs {
			_ = ReadDated(d, sents[j], found[j])
		}
	}
}
