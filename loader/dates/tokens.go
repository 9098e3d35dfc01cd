package dates

import (
	"strings"
	"unicode"

	"github.com/cadregraph/cadregraph/vn"
)

// kind is what a token is made of.
type kind uint8

const (
	word  kind = iota // letters (with their combining marks)
	num               // ASCII digits
	punct             // one rune that is neither a letter, a digit nor a space
)

// token is a run of s. Numbers and words are split apart ("8h30" is 8, h, 30),
// and every punctuation rune is a token of its own, so that "6.373" is three
// tokens with no space between them.
type token struct {
	kind       kind
	start, end int    // rune offsets in the scanned string
	gap        bool   // a space comes before the token
	text       string // as printed
	low        string // short words: lower case, NFC; numbers: the digits
	r          rune   // punct: the rune
}

// tokenize scans rs once. A word's lower-case key is computed only for short
// words, the only ones the date grammar names.
func tokenize(rs []rune) []token {
	var ts []token
	gap := false
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			gap = true
			i++
			continue
		case r >= '0' && r <= '9':
			j := i + 1
			for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
				j++
			}
			ts = append(ts, token{kind: num, start: i, end: j, gap: gap, text: string(rs[i:j]), low: string(rs[i:j])})
			i = j
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			j := i + 1
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.Is(unicode.Mn, rs[j])) {
				j++
			}
			t := token{kind: word, start: i, end: j, gap: gap, text: string(rs[i:j])}
			// Only short words are keywords; the one keyword whose tone
			// placement varies (khóa/khoá) is listed in both forms.
			if j-i <= 8 {
				t.low = strings.ToLower(vn.NFC(t.text))
			}
			ts = append(ts, t)
			i = j
		default:
			ts = append(ts, token{kind: punct, start: i, end: i + 1, gap: gap, text: string(r), r: r})
			i++
		}
		gap = false
	}
	return ts
}

// isDash reports the hyphen and the dashes Vietnamese pages print between the
// ends of a range.
func isDash(r rune) bool {
	switch r {
	case '-', '–', '—', '‒', '−', '‐', '‑':
		return true
	}
	return false
}

// isSep reports the separators of a numeric date: 18/7/2025, 20-8, 18.7.2025.
func isSep(r rune) bool { return r == '/' || r == '-' || r == '.' }
