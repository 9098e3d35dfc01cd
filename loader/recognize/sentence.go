package recognize

import (
	"slices"

	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/loader/recognize/units"
)

// Sentence is a sentence as the recognisers read it: cut into runes, tokens
// and dates once, for all of them. Each recogniser used to cut the sentence
// again (a third of extraction's CPU); they read these and never write them.
type Sentence struct {
	model.Sentence
	Runes  []rune        // []rune(Text): tokens' offsets index it
	Tokens []scan.Token  // scan.Tokens(Text)
	Dates  []dates.Match // dates.Find(Text)
	// units are the units the tokens name (Units): read once, as the unit
	// recogniser reads every sentence and resolve reads them again for the
	// article's places and scenes.
	units []units.Unit
}

// NewSentence cuts s for the recognisers.
func NewSentence(s model.Sentence) Sentence { return cut(scan.NewCutter(), s) }

// Sentences cuts each of ss, the sentences of one article, for the
// recognisers.
func Sentences(ss []model.Sentence) []Sentence { return NewCutter().Sentences(ss) }

// Cutter cuts the sentences of the articles one goroutine extracts, one
// article after another, remembering the key of each word it has read
// (scan.Cutter): the articles of a corpus print the same words, and a word's
// key was most of the cutting. Its output is Sentences'. Not safe for
// concurrent use.
type Cutter struct{ c *scan.Cutter }

// NewCutter is a Cutter that has cut nothing yet.
func NewCutter() *Cutter { return &Cutter{c: scan.NewCutter()} }

// Sentences cuts each of ss, the sentences of one article.
func (c *Cutter) Sentences(ss []model.Sentence) []Sentence {
	out := make([]Sentence, len(ss))
	for i, s := range ss {
		out[i] = cut(c.c, s)
	}
	return out
}

func cut(c *scan.Cutter, s model.Sentence) Sentence {
	rs := []rune(s.Text)
	ts := c.Cut(s.Text, rs)
	// Clipped, so that a caller appending to the units cannot write into
	// another's.
	us := slices.Clip(units.ScanTokens(ts, rs))
	return Sentence{Sentence: s, Runes: rs, Tokens: ts, Dates: dates.Find(s.Text), units: us}
}
