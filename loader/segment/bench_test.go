package segment_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/normalize"
	"github.com/cadregraph/cadregraph/loader/segment"
)

// BenchmarkSentences segments the normalised test pages of the normalize
// package (the sample corpus among them).
func BenchmarkSentences(b *testing.B) {
	files, _ := filepath.Glob("../normalize/testdata/*.txt")
	var docs []model.Doc
	var size int64
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		if d, err := normalize.Normalize(model.Raw{Text: string(raw)}); err == nil {
			docs = append(docs, d)
			size += int64(len(d.Text))
		}
	}
	if len(docs) == 0 {
		b.Skip("no pages")
	}
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			_ = segment.Sentences(d)
		}
	}
}
