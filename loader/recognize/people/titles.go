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
