package recognize

import (
	"testing"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/normalize"
	"github.com/cadregraph/cadregraph/loader/segment"
	"github.com/cadregraph/cadregraph/loader/synth"
)

// BenchmarkCut cuts the sentences of 200 synthetic articles (an op is an
// article) with a Cutter made for each article, as recognize.Sentences does,
// and with one Cutter kept across them, as a load's worker does: what
// remembering a word's key from one article to the next saves.
func BenchmarkCut(b *testing.B) {
	var articles [][]model.Sentence
	for raw := range synth.Corpus(1, 200) {
		doc, err := normalize.Normalize(raw)
		if err != nil {
			b.Fatalf("%s: %v", raw.Source, err)
		}
		articles = append(articles, segment.Sentences(doc))
	}
	b.Run("article", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for ; b.Loop(); i++ {
			Sentences(articles[i%len(articles)])
		}
	})
	b.Run("worker", func(b *testing.B) {
		b.ReportAllocs()
		c := NewCutter()
		i := 0
		for ; b.Loop(); i++ {
			c.Sentences(articles[i%len(articles)])
		}
	})
}
