package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/schema"
)

func TestCuration(t *testing.T) {
	got, err := Curation("testdata/curation.nt")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, q := range got {
		if q.Label != schema.LabelCuration {
			t.Errorf("%s: label %v, want the curation label", q, q.Label)
		}
		b.WriteString(q.NQuad() + "\n")
	}
	golden(t, "testdata/curation.golden", b.String())
}

func TestCurationErrors(t *testing.T) {
	tests := []struct {
		name, content, want string
	}{
		{"not a fact", "<a> <b> <c> .\nhello world\n", ":2: not an N-Triples fact (<subject> <predicate> object .): "},
		{"article label", `<a> <b> "c" <https://cadregraph.org/id/article-0123> .`, ":1: a curation fact has no label, or <https://cadregraph.org/id/label/curation>; this one has <https://cadregraph.org/id/article-0123>"},
		{"literal subject", `"a" <b> <c> .`, ":1: "},
		{"invalid utf-8", "<a> <b> \"\xff\" .", ":1: invalid UTF-8 at byte offset 9 of the line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "curation.nt")
			if err := os.WriteFile(p, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Curation(p)
			if err == nil || !strings.HasPrefix(err.Error(), p+tt.want) {
				t.Errorf("Curation = %v, want an error starting %q", err, p+tt.want)
			}
		})
	}
	if _, err := Curation("testdata/nowhere.nt"); err == nil || err.Error() != "testdata/nowhere.nt: cannot read: no such file or folder" {
		t.Errorf("a missing file: %v", err)
	}
}
