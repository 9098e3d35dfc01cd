package loader

import (
	"os"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/normalize"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/segment"
)

// formsFile is the lexicon's table test: one line a title or unit form.
const formsFile = "../lexicon/testdata/forms.tsv"

// TestForms reads each post of the lexicon's forms (formsFile) after a
// name, as an article prints it, and checks the title and the unit the
// recognisers read: the test line that goes with a row of the lexicon. Every
// title of lexicon.Titles must have a line, so a title added without one
// fails here.
func TestForms(t *testing.T) {
	b, err := os.ReadFile(formsFile)
	if err != nil {
		t.Fatal(err)
	}
	covered := map[string]bool{}
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.Errorf("%s:%d: want post, title, unit and kind, tab-separated: %q", formsFile, n+1, line)
			continue
		}
		post, title, unit, kind := f[0], f[1], f[2], f[3]
		covered[title] = true
		t.Run(post, func(t *testing.T) {
			t.Parallel()
			text := "Hội nghị Ban Chấp hành Đảng bộ tỉnh Nghệ An.\n\nĐồng chí Nguyễn Văn An, " + post + ", phát biểu tại hội nghị.\n"
			doc, err := normalize.Normalize(model.Raw{Source: "forms.txt", Text: text})
			if err != nil {
				t.Fatal(err)
			}
			r := Recognize(doc, recognize.Sentences(segment.Sentences(doc)))
			var got []string
			for _, m := range r.People {
				for _, q := range m.Posts {
					u, _ := q.ParsedUnit()
					got = append(got, strings.Join([]string{m.Name.Text, q.Title, u.String(), string(u.Kind)}, " | "))
				}
			}
			want := strings.Join([]string{"Nguyễn Văn An", title, unit, kind}, " | ")
			if len(got) != 1 || got[0] != want {
				t.Errorf("%s:%d: %q reads as %q, want %q", formsFile, n+1, post, got, want)
			}
		})
	}
	for _, tt := range lexicon.Titles() {
		if !covered[tt.Name] {
			t.Errorf("title %q (lexicon.Titles) has no line in %s", tt.Name, formsFile)
		}
	}
}
