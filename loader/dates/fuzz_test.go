package dates

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDates checks that Find and Terms never panic, that they read what a
// scan of every token reads, and that their spans are ordered, inside the
// string and match the text they report.
func FuzzDates(f *testing.F) {
	for _, s := range []string{"Chiều 10/1", "từ ngày 3/8 - 4/8/2020", "Thứ sáu - 18/07/2025 12:03",
		"date 2025-10-01T08:30:00Z", "nhiệm kỳ 2025-2030", "ngày 3 - 4/8", "6.373", "tháng 3/2020"} {
		f.Add(s)
	}
	files, _ := filepath.Glob("../../../shared/corpus/*.txt") // the sample corpus beside the repository, when present
	local, _ := filepath.Glob("../normalize/testdata/*.txt")
	for _, name := range append(files, local...) {
		if b, err := os.ReadFile(name); err == nil {
			for _, line := range strings.Split(string(b), "\n") {
				f.Add(line)
			}
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		// Find and Terms skip what cannot hold a date or a term (aa6e93f,
		// f78ac4b): they must read what reading every token reads.
		if got, want := Find(s), find(s, false); !reflect.DeepEqual(got, want) {
			t.Fatalf("Find(%q) = %+v, reading every token %+v", s, got, want)
		}
		if got, want := Terms(s), terms(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("Terms(%q) = %+v, reading every line %+v", s, got, want)
		}
		rs := []rune(s)
		end := 0
		for _, m := range Find(s) {
			if m.Start < end || m.End <= m.Start || m.End > len(rs) {
				t.Fatalf("bad span %v after %d in %q", m.Span, end, s)
			}
			if string(rs[m.Start:m.End]) != m.Text {
				t.Fatalf("span %v is %q, Text %q", m.Span, string(rs[m.Start:m.End]), m.Text)
			}
			if !validWhen(m.From) || !validWhen(m.To) {
				t.Fatalf("impossible date %+v in %q", m, s)
			}
			end = m.End
		}
		end = 0
		for _, tm := range Terms(s) {
			if tm.Start < end || tm.End <= tm.Start || tm.End > len(rs) || string(rs[tm.Start:tm.End]) != tm.Text {
				t.Fatalf("bad term %+v in %q", tm, s)
			}
			end = tm.End
		}
	})
}
