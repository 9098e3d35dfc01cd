package normalize

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/internal/testpages"
)

// cleanLinesRunes is cleanLines as it read before it copied runs: the text
// converted to runes and written back one at a time. cleanLines must give
// what it gives.
func cleanLinesRunes(s string) []line {
	s = strings.ReplaceAll(s, "&nbsp;", " ")
	var out []line
	var b strings.Builder
	space, brk := false, true
	flush := func() {
		t := b.String()
		b.Reset()
		space = false
		if t == "" {
			brk = true
			return
		}
		out = append(out, line{text: t, brk: brk})
		brk = false
	}
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if plain(r) {
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(lookalike(r))
			continue
		}
		switch {
		case r == '\r':
			if i+1 < len(rs) && rs[i+1] == '\n' {
				i++
			}
			flush()
		case r == '\n' || r == '\v' || r == '\f' || r == '\u0085' || r == '\u2028' || r == '\u2029':
			flush()
		case r == '\u00AD':
		case isOddSpace(r) || unicode.IsSpace(r) || unicode.IsControl(r):
			space = b.Len() > 0
		case unicode.Is(unicode.Cf, r):
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	flush()
	return out
}

// speedPages are the texts the shortcuts of normalize are held to their
// plain versions on: the real set's development pages, the test pages, and
// lines made of what the shortcuts pass over (look-alike letters, every
// kind of space and line break, soft hyphens, controls, invalid bytes).
func speedPages(t *testing.T) []string {
	realPages := testpages.RealSet(t)
	if len(realPages) < 100 {
		t.Fatalf("only %d real pages", len(realPages))
	}
	pages := []string{
		"Ðảng ủy\r\nƉảng ɖoàn  \u00a0Hà\u00adNội\u200b\u2028x\r\ry\u0085z\v\f\u2029 \ufeffđ\u202f",
		"\xff\xfeĐảng\xc3 Ủy\n\n\n- 10-07-2014Ông Tống Thanh Hải được bầu\n10/7/2014Ðồng chí\n١٠-٠٧-٢٠١٤Ông",
		"BỘ CHÍNH TRỊ\n|\nSố: 216-QĐ/TW\n|\nHà Nội, ngày 01 tháng 4 năm 2009\nQUY ĐỊNH   (BỔ SUNG)\nVề việc",
		"Ban Tuyên giáo\nBAN TỔ CHỨC TỈNH ỦY\nKết quả\nMục tiêu, nhiệm vụ\nẢnh: TTXVN\nQuang cảnh hội nghị.\n",
	}
	for _, p := range append(realPages, testpages.Glob(t, "testdata/*.txt")...) {
		pages = append(pages, p.Text)
	}
	return pages
}

func TestCleanLinesRuns(t *testing.T) {
	for _, p := range speedPages(t) {
		for _, s := range []string{p, strings.ToValidUTF8(p, "\uFFFD")} {
			if got, want := cleanLines(s), cleanLinesRunes(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("cleanLines differs from the rune by rune version on %.200q", s)
			}
		}
	}
}

// TestDatedHeadlineLines holds datedHeadline, which reads a line's first
// runes only, to the version that converted the line: over every line of the
// pages.
func TestDatedHeadlineLines(t *testing.T) {
	whole := func(t string) bool {
		t = strings.TrimLeft(t, "-•·* ")
		rs := []rune(t)
		k := 0
		for k < len(rs) && (unicode.IsDigit(rs[k]) || rs[k] == '-' || rs[k] == '/' || rs[k] == '.') {
			k++
		}
		if k < 8 || k > 10 || k >= len(rs) || !unicode.IsUpper(rs[k]) {
			return false
		}
		ds := dates.Find(string(rs[:k]))
		return len(ds) == 1 && ds[0].Start == 0 && ds[0].End == k && ds[0].From.Year != 0 && ds[0].From.Day != 0
	}
	dated := 0
	for _, p := range speedPages(t) {
		for _, l := range strings.Split(p, "\n") {
			for _, s := range []string{l, "- 10-07-2014" + l, "10/7/20145" + l, "١٠-٠٧-٢٠١٤" + l} {
				got := datedHeadline(s)
				if got != whole(s) {
					t.Fatalf("datedHeadline(%q) = %v", s, got)
				}
				if got {
					dated++
				}
			}
		}
	}
	if dated < 100 {
		t.Fatalf("only %d dated headlines", dated)
	}
}

// TestLatinLetters: every rune isLatinLetter keeps is a letter to unicode,
// and none that it keeps is a space.
func TestLatinLetters(t *testing.T) {
	kept := 0
	for r := rune(0); r < 0x2000; r++ {
		if !isLatinLetter(r) {
			continue
		}
		kept++
		if !unicode.IsLetter(r) || unicode.IsSpace(r) {
			t.Errorf("isLatinLetter(%q %U), but unicode says letter %v, space %v", r, r, unicode.IsLetter(r), unicode.IsSpace(r))
		}
	}
	for _, r := range "ăâđêôơưạỹĂĐƠƯẠỸ" {
		if !isLatinLetter(r) && r > 0xff {
			t.Errorf("%q is read with unicode's tables", r)
		}
	}
	if kept < 500 {
		t.Fatalf("only %d runes kept", kept)
	}
}

// TestRuneOffset: s[:runeOffset(s, n)] is the first n runes of s.
func TestRuneOffset(t *testing.T) {
	for _, s := range []string{"", "abc", "Thứ bảy, 14/9/2024, 10:05 (GMT+7) Đảng ủy", "ĐẢNG"} {
		rs := []rune(s)
		for n := 0; n <= len(rs)+2; n++ {
			if got, want := s[:runeOffset(s, n)], string(rs[:min(n, len(rs))]); got != want {
				t.Errorf("runeOffset(%q, %d) cuts %q, want %q", s, n, got, want)
			}
		}
	}
}
