package loader

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/normalize"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/units"
	"github.com/cadregraph/cadregraph/loader/segment"
)

// TestPostsCarryParsedUnit holds every post the recognisers report, on the
// extraction's golden inputs and the development set, to the promise resolve
// leans on: a post whose unit is printed carries that unit parsed (Parsed),
// the same unit the printed phrase names; a post without one carries none. A
// recogniser that sets a post's Unit and forgets Parsed fails here.
func TestPostsCarryParsedUnit(t *testing.T) {
	var files []string
	for _, pattern := range []string{"testdata/*.txt", "../testdata/devset/corpus/*.txt"} {
		fs, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Fatal("no articles")
	}
	posts := 0
	for _, in := range files {
		text, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := normalize.Normalize(model.Raw{Source: filepath.Base(in), Text: string(text)})
		if err != nil {
			continue
		}
		ss := segment.Sentences(doc)
		r := Recognize(doc, recognize.Sentences(ss))
		for _, m := range r.People {
			for _, q := range m.Posts {
				posts++
				got, gotOK := q.ParsedUnit()
				want, wantOK := units.Parse(q.Unit.Text)
				if q.Unit.Text == "" {
					wantOK = false
				}
				if gotOK != wantOK || gotOK && (got.String() != want.String() || got.Kind != want.Kind) {
					t.Errorf("%s: %s, %s %q carries %q (%v), the phrase names %q (%v)", filepath.Base(in), m.Name.Text, q.Title, q.Unit.Text, got.String(), gotOK, want.String(), wantOK)
				}
			}
		}
	}
	if posts < 100 {
		t.Errorf("only %d posts read: the inputs are not the articles meant", posts)
	}
}
