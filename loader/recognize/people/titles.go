package people

import (
	"strings"
	"sync"

	"github.com/cadregraph/cadregraph/lexicon"
)

// title is a post's title as the genre prints it: a row of the lexicon's
// table of titles (lexicon.Titles).
type title = lexicon.Title

// compiledTitle is a title with its words split, for matching.
type compiledTitle struct {
	words []string
	t     title
}

// compiledTitles is the gazetteer indexed by first word, built once and never
// changed after.
var compiledTitles = sync.OnceValue(func() map[string][]compiledTitle {
	m := map[string][]compiledTitle{}
	for _, t := range lexicon.Titles() {
		ws := strings.Fields(t.Text)
		m[ws[0]] = append(m[ws[0]], compiledTitle{ws, t})
	}
	return m
})

// boardSeats are the title words that are a seat's title before a firm's
// board (lexicon.TitleWord.BoardSeat), each with its words split, and the
// boards' heads' words; built once, read-only.
var boardSeats = sync.OnceValue(func() (out struct {
	seats  []compiledTitle
	boards [][]string
}) {
	for _, w := range lexicon.TitleWords() {
		if w.BoardSeat {
			out.seats = append(out.seats, compiledTitle{strings.Fields(w.Text), title{Text: w.Text, Name: w.Name, Many: w.Many, Member: true, Gloss: w.Gloss}})
		}
	}
	for _, h := range lexicon.UnitHeads() {
		if h.Class == lexicon.Board {
			out.boards = append(out.boards, strings.Fields(h.Text))
		}
	}
	return out
})
