package loader

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/normalize"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/segment"
)

func TestZZExplore(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("ZZ"))
	doc, _ := normalize.Normalize(model.Raw{Source: "x.txt", Text: string(b)})
	ss := segment.Sentences(doc)
	rs := recognize.NewCutter().Sentences(ss)
	for _, s := range rs {
		t.Logf("S%d [%v] %s", s.Index, s.Kind, s.Text)
		for _, d := range s.Dates {
			t.Logf("   date %q %v %v", d.Text, d.From, d.To)
		}
	}
	r := Recognize(doc, rs)
	for _, m := range r.People {
		var ps []string
		for _, p := range m.Posts {
			ps = append(ps, fmt.Sprintf("%v%s|%s %v..%v", map[bool]string{true: "F:"}[p.Former], p.Title, p.Unit.Text, p.Start, p.End))
		}
		t.Logf("s%d %s: %s", m.Sentence, m.Name.Text, strings.Join(ps, "; "))
	}
}
