package recognize

import (
	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
)

// Sentence is a sentence as the recognisers read it: cut into runes, tokens
// and dates once, for all of them. Each recogniser used to cut the sentence
// again (a third of extraction's CPU); they read these and never write them.
type Sentence struct {
	model.Sentence
	Runes  []rune        // []rune(Text): tokens' offsets index it
	Tokens []scan.Token  // scan.Tokens(Text)
	Dates  []dates.Match // dates.Find(Text)
}

// NewSentence cuts s for the recognisers.
func NewSentence(s model.Sentence) Sentence {
	return Sentence{Sentence: s, Runes: []rune(s.Text), Tokens: scan.Tokens(s.Text), Dates: dates.Find(s.Text)}
}

// Sentences cuts each of ss for the recognisers.
func Sentences(ss []model.Sentence) []Sentence {
	out := make([]Sentence, len(ss))
	for i, s := range ss {
		out[i] = NewSentence(s)
	}
	return out
}
