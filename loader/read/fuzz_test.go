package read

import (
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// FuzzRead reads arbitrary bytes as a .txt and as a .jsonl file: reading
// never panics, every article it yields is valid, non-blank UTF-8 within the
// limit, and every problem names the file (and, for .jsonl, a line that
// exists, in order).
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"Đồng chí Võ Văn Minh phát biểu.",
		`{"text": "Bài một.", "url": "https://example.vn/1"}` + "\n" + `{"text": 1}` + "\n\n" + `{"title": "x"}`,
		"\xff\xfe\x00A", "\x00", "", " \n", `{"text": "\u0000"}`, `{"text": "a"} {}`, "\uFEFF{\"text\": \"b\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		fsys := fstest.MapFS{"a.txt": {Data: b}, "a.jsonl": {Data: b}}
		lines := strings.Count(string(b), "\n") + 1
		last := 0
		for raw, err := range FS(fsys, []string{"."}, Options{Limit: 1 << 10}) {
			if err != nil {
				p, ok := err.(*Problem)
				if !ok {
					t.Fatalf("error %v is a %T, want *Problem", err, err)
				}
				if p.Source != "a.txt" && p.Source != "a.jsonl" {
					t.Errorf("problem names %q", p.Source)
				}
				if p.Line < 0 || p.Line > lines || (p.Line > 0 && p.Line <= last) {
					t.Errorf("problem at line %d (after %d) of a %d-line file", p.Line, last, lines)
				}
				last = max(last, p.Line)
				continue
			}
			if !utf8.ValidString(raw.Text) || strings.TrimSpace(raw.Text) == "" || len(raw.Text) > 1<<10 {
				t.Errorf("yielded text %q", raw.Text)
			}
			if raw.Source == "" {
				t.Error("an article without a source")
			}
		}
	})
}
