package normalize

import (
	"strings"
	"testing"
	"unicode"
)

// TestCreditRunes holds hasCredit's short cut to its promise: every credit
// holds one of creditRunes' small letters, and no rune outside creditRunes
// lower-cases to one of them, so a line without any of them has no credit.
func TestCreditRunes(t *testing.T) {
	small := strings.ToLower(creditRunes)
	for _, c := range credits() {
		if !strings.ContainsAny(c, small) {
			t.Errorf("credit %q holds none of %q", c, small)
		}
		if !containsAny(c, creditStems()) {
			t.Errorf("credit %q holds none of the stems %q", c, creditStems())
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if strings.ContainsRune(small, unicode.ToLower(r)) && !strings.ContainsRune(creditRunes, r) {
			t.Errorf("%U lower-cases to %q but is not in creditRunes", r, unicode.ToLower(r))
		}
	}
}

// TestCreditAndTwice compares hasCredit and printedTwice with the plain
// readings they short-cut (lower-case every line; split it with
// strings.Fields) on lines with and without credits, odd white space and
// broken UTF-8.
func TestCreditAndTwice(t *testing.T) {
	plainCredit := func(s string) bool {
		l := strings.ToLower(s)
		for _, c := range credits() {
			if strings.Contains(l, c) {
				return true
			}
		}
		return false
	}
	plainTwice := func(s string) bool {
		ws := strings.Fields(s)
		if len(ws) < 4 || len(ws)%2 != 0 {
			return false
		}
		h := len(ws) / 2
		for i := range h {
			if ws[i] != ws[h+i] {
				return false
			}
		}
		return true
	}
	for _, line := range []string{
		"", " ", "Ảnh: Quang Hiếu", "ẢNH: TTXVN", "(Ảnh minh họa)", "Nguồn ẢNH: Internet", "PHOTO: Reuters",
		"(VIDEO) Toàn cảnh", "Clip: Hội nghị", "Quang cảnh hội nghị", "Đồng chí Nguyễn Văn A phát biểu",
		"Hội nghị Hội nghị Hội nghị Hội nghị", "Quang cảnh hội nghị Quang cảnh hội nghị",
		"Quang cảnh hội nghị  Quang\tcảnh hội nghị", "Quang cảnh\u00a0hội nghị Quang cảnh hội nghị",
		" a b a b ", "a b a c", "a b c a b c", "a b a", "a a", "\xffa b \xffa b", "a\u2003b a b",
	} {
		if got, want := hasCredit(line), plainCredit(line); got != want {
			t.Errorf("hasCredit(%q) = %v, want %v", line, got, want)
		}
		if got, want := printedTwice(line), plainTwice(line); got != want {
			t.Errorf("printedTwice(%q) = %v, want %v", line, got, want)
		}
	}
}
