package meta

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/internal/golden"
	"github.com/cadregraph/cadregraph/loader/internal/testpages"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/normalize"
	"github.com/cadregraph/cadregraph/loader/segment"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// render writes a Meta readably, one field a line, credits with the text of
// their spans.
func render(m model.Meta, text string) string {
	var b strings.Builder
	rs := []rune(text)
	fmt.Fprintf(&b, "title: %s\n", m.Title)
	fmt.Fprintf(&b, "published: %s\n", m.Published)
	fmt.Fprintf(&b, "published is crawl: %v\n", m.PublishedIsCrawl)
	fmt.Fprintf(&b, "event date: %s\n", m.EventDate)
	fmt.Fprintf(&b, "event basis: %s\n", m.EventBasis)
	for _, c := range m.Credits {
		fmt.Fprintf(&b, "credit: %s %s [%s]\n", c.Role, c.Name, string(rs[c.Span.Start:c.Span.End]))
	}
	return b.String()
}

// TestGolden reads every test page of the normalize package and compares its
// Meta with testdata/NAME.golden.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../normalize/testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test pages: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			d, err := normalize.Normalize(testpages.Raw(t, f))
			if err != nil {
				t.Skipf("not an article: %v", err)
			}
			got := render(Read(d, segment.Sentences(d)), d.Text)
			golden.Check(t, filepath.Join("testdata", name+".golden"), got, *update)
		})
	}
}
