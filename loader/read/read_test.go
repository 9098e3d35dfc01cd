package read

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/cadregraph/cadregraph/loader/internal/golden"
	"github.com/cadregraph/cadregraph/loader/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// dump prints what reading yields, one line per step, for golden files.
func dump(t *testing.T, seq func(func(model.Raw, error) bool), skipped *[]string) string {
	t.Helper()
	var b strings.Builder
	for raw, err := range seq {
		if err != nil {
			if _, ok := err.(*Problem); !ok {
				t.Errorf("error %v is a %T, want *Problem", err, err)
			}
			fmt.Fprintf(&b, "problem  %s\n", err)
			continue
		}
		fmt.Fprintf(&b, "article  source=%q name=%q origin=%q title=%q published=%q text=%q\n", raw.Source, raw.Name, raw.Origin, raw.Title, raw.Published, raw.Text)
	}
	for _, s := range *skipped {
		fmt.Fprintf(&b, "skipped  %s\n", s)
	}
	return b.String()
}

func TestPathsGolden(t *testing.T) {
	var skipped []string
	opt := Options{Skipped: func(p, why string) { skipped = append(skipped, p+": "+why) }}
	paths := []string{
		"testdata/corpus",
		"testdata/corpus/notes.md", // named explicitly: read as text
		"testdata/missing.txt",
	}
	got := dump(t, Paths(paths, opt), &skipped)
	golden.Check(t, "testdata/corpus.golden", got, *update)
}

func TestFS(t *testing.T) {
	fsys := fstest.MapFS{
		"b.txt":           {Data: []byte("Bài B.")},
		"a.txt":           {Data: []byte("Bài A.")},
		"dir/c.jsonl":     {Data: []byte(`{"text": "Bài C.", "url": "https://example.vn/c"}` + "\n")},
		"dir/empty.txt":   {Data: []byte("\n\n")},
		"dir/picture.png": {Data: []byte("\x89PNG")},
	}
	var skipped []string
	got := dump(t, FS(fsys, []string{"."}, Options{Skipped: func(p, why string) { skipped = append(skipped, p+": "+why) }}), &skipped)
	want := `article  source="a.txt" name="a.txt" origin="" title="" published="" text="Bài A."
article  source="b.txt" name="b.txt" origin="" title="" published="" text="Bài B."
article  source="https://example.vn/c" name="https://example.vn/c" origin="dir/c.jsonl:1" title="" published="" text="Bài C."
problem  dir/empty.txt: empty: only whitespace
skipped  dir/picture.png: not .txt or .jsonl
`
	if got != want {
		t.Errorf("FS yields:\n%s\nwant:\n%s", got, want)
	}
}

func TestCheckText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // the problem, or "" for text
	}{
		{"text", "Đồng chí Võ Văn Minh.", ""},
		{"bom", "\uFEFFĐồng chí.", ""},
		{"empty", "", "empty file"},
		{"whitespace", " \n\t\r\n ", "empty: only whitespace"},
		{"invalid utf-8", "Đồng chí V\xf5 Văn Minh", "invalid UTF-8 at byte offset 14 (byte 0xF5); is it in another encoding? Save it as UTF-8"},
		{"nul", "abc\x00def", "binary, not text (a NUL byte at byte offset 3)"},
		{"utf-16", "\xff\xfeA\x00", "UTF-16 text; save it as UTF-8"},
		{"random bytes", "\x89\xfe\xc3\x28\xa0\xa1\xe2\x28\xa1\xe2\x82\x28\xf0\x28\x8c\xbc\xf0\x90\x28\xbc\xf8\xa1\xa1\xa1\xa1", "binary, not text"},
		{"control characters", strings.Repeat("\x01\x02\x03a", 20), "binary, not text (mostly control characters)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, msg := checkText([]byte(tt.in))
			if msg != tt.want {
				t.Errorf("checkText(%q) problem = %q, want %q", tt.in, msg, tt.want)
			}
			if msg == "" && strings.HasPrefix(text, "\uFEFF") {
				t.Errorf("checkText(%q) kept the byte order mark", tt.in)
			}
		})
	}
}

func TestLimit(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: 50 MB on paper, nothing on disk, and never read.
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	jsonl := filepath.Join(dir, "big.jsonl")
	line := `{"text": "` + strings.Repeat("a", 2000) + `"}` + "\n"
	huge := `{"text": "` + strings.Repeat("b", 7000) + `"}` + "\n"
	if err := os.WriteFile(jsonl, []byte(line+huge+line), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	for raw, err := range Paths([]string{big, jsonl}, Options{Limit: 5000}) {
		if err != nil {
			got = append(got, err.Error())
		} else {
			got = append(got, raw.Source)
		}
	}
	want := []string{
		big + ": too large: 50.0 MB, the limit for one article is 4.9 KB",
		jsonl + ":1",
		jsonl + ":2: too large: the text is 6.8 KB, the limit for one article is 4.9 KB",
		jsonl + ":3",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("reading big files yields:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, err := range Paths([]string{big}, Options{}) {
		if want := big + ": too large: 50.0 MB, the limit for one article is 5 MB"; err == nil || err.Error() != want {
			t.Errorf("with the default limit: %v, want %s", err, want)
		}
	}
}

func TestLongLine(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "long.jsonl")
	// A line longer than any article's escaped text could be: skipped whole,
	// and the next line still read.
	long := strings.Repeat("x", 6*1000+70<<10)
	if err := os.WriteFile(p, []byte(long+"\n"+`{"text": "ok"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	for raw, err := range Paths([]string{p}, Options{Limit: 1000}) {
		if err != nil {
			got = append(got, err.Error())
		} else {
			got = append(got, raw.Source+" "+raw.Text)
		}
	}
	want := p + ":1: too large: the line is longer than 69.9 KB\n" + p + ":2 ok"
	if strings.Join(got, "\n") != want {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}

func TestUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root, which reads every file whatever its permissions: cannot test permission denied")
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "secret.txt")
	sub := filepath.Join(dir, "locked")
	if err := os.WriteFile(file, []byte("x"), 0o000); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(sub, 0o000); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(sub, 0o755) })
	var got []string
	for _, err := range Paths([]string{dir}, Options{}) {
		got = append(got, fmt.Sprint(err))
	}
	want := []string{sub + ": cannot read folder: permission denied", file + ": cannot read: permission denied"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestStop(t *testing.T) {
	// Breaking out of the loop stops reading.
	n := 0
	for range Paths([]string{"testdata/corpus"}, Options{}) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("read %d steps after a break, want 1", n)
	}
}

func TestRootName(t *testing.T) {
	for _, tc := range []struct{ path, want string }{
		{"/srv/news/corpus", "corpus"},
		{"/srv/news/corpus/", "corpus"},
		{"./corpus", "corpus"},
		{"../other/corpus", "corpus"},
		{"corpus/a.txt", "a.txt"},
		{"/home/someone/a.jsonl", "a.jsonl"},
		{".", ""},
		{"..", ""},
		{"/", ""},
	} {
		if got := rootName(tc.path); got != tc.want {
			t.Errorf("rootName(%q) = %q, want %q", tc.path, got, tc.want)
		}
	}
}
