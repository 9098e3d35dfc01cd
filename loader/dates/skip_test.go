package dates

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/cadregraph/cadregraph/loader/internal/testpages"
)

// TestFindSkips holds Find, which reads no sentence without a digit and no
// token where a date cannot start, to find reading every token, and Terms to
// terms reading every line, over every
// line of the real set's development pages, the normaliser's test pages and
// sentences made to start, end and nest dates around marks and words.
func TestFindSkips(t *testing.T) {
	realPages := testpages.RealSet(t)
	lines := []string{
		"Chiều 10/1", "(20/8)", "Sáng nay (20/8), ...", "rạng sáng nay, Thứ Bảy, ngày 3/8 - 4/8/2020 lúc 12:03",
		"Tháng Mười Hai 22, 2024", "22 Tháng Sáu, 2024", "năm mới 2020", "từ ngày 3 - 4/8", "Trong 2 ngày, 3 và 4/8",
		"date 2025-10-01T08:30:00+07:00", "- 18/07/2025 12:03", "…/2020", "ngày 25 tháng 10 năm 2021.", "(ngày 19-20/8)",
		"chủ nhật, 5/8", "T2, 12/02/2024", "CN, 18/02/2024", "Thứ 7 - 3/8", "2007.07.24", "tháng 3", "năm", "ngày",
	}
	for _, p := range append(realPages, testpages.Glob(t, "../normalize/testdata/*.txt")...) {
		lines = append(lines, strings.Split(p.Text, "\n")...)
	}
	if len(realPages) < 100 {
		t.Fatalf("only %d real pages read", len(realPages))
	}
	found, termsFound := 0, 0
	for _, l := range lines {
		got, want := Find(l), find(l, false)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Find(%q) = %+v, reading every token %+v", l, got, want)
		}
		found += len(got)
		if got, want := Terms(l), terms(l); !reflect.DeepEqual(got, want) {
			t.Fatalf("Terms(%q) = %+v, reading every line %+v", l, got, want)
		}
		termsFound += len(Terms(l))
	}
	if found < 500 || termsFound < 50 {
		t.Fatalf("only %d dates and %d terms found", found, termsFound)
	}
}

// TestWordRunes holds tokenize's isSpace and isWordRune to unicode over
// every rune to the end of the Basic Multilingual Plane.
func TestWordRunes(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if got, want := isSpace(r), unicode.IsSpace(r); got != want {
			t.Fatalf("isSpace(%U) = %v", r, got)
		}
		if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.Is(unicode.Mn, r); got != want {
			t.Fatalf("isWordRune(%U) = %v", r, got)
		}
	}
}
