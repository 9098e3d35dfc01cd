package dates

import (
	"unicode"
	"unicode/utf8"
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
	start, end int  // rune offsets in the scanned string
	gap        bool // a space comes before the token
	val        int  // a number's value (capped: only short numbers are read)
	r          rune // punct: the rune
}

// digits is a number token's length.
func (t token) digits() int { return t.end - t.start }

// tokenize scans rs once.
func tokenize(rs []rune) []token {
	ts := make([]token, 0, len(rs)/3)
	gap := false
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case isSpace(r):
			gap = true
			i++
			continue
		case r >= '0' && r <= '9':
			j, v := i, 0
			for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
				if v < 1e8 {
					v = v*10 + int(rs[j]-'0')
				}
				j++
			}
			ts = append(ts, token{kind: num, start: i, end: j, gap: gap, val: v})
			i = j
		case isWordRune(r):
			j := i + 1
			for j < len(rs) && isWordRune(rs[j]) {
				j++
			}
			ts = append(ts, token{kind: word, start: i, end: j, gap: gap})
			i = j
		default:
			ts = append(ts, token{kind: punct, start: i, end: i + 1, gap: gap, r: r})
			i++
		}
		gap = false
	}
	return ts
}

// isSpace is unicode.IsSpace, ASCII read without its tables.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// isWordRune reports the runes of a word: letters and combining marks, as
// unicode says, with ASCII and the Latin letters of Extended-A, -B and
// Extended Additional (the Vietnamese ones among them) read without its
// tables. TestWordRunes holds both to unicode.
func isWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case '\u0100' <= r && r <= '\u024f' || '\u1e00' <= r && r <= '\u1eff':
		return true
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
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
