// Package scan cuts a sentence into the words and marks the recognisers of
// documents and gatherings match on, and names the few shapes of Vietnamese they
// share: Roman and Arabic ordinals, capitalised runs, the extent of a unit's name.
//
// Offsets are rune offsets into the sentence's text, so a recogniser adds the
// sentence's start to place a phrase in the article.
package scan

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/vn"
)

// Token is a word or a mark of a sentence.
type Token struct {
	Text       string // as printed
	Key        string // vn.Key: lower case, one tone placement, diacritics kept
	Start, End int    // rune offsets in the sentence
	Word       bool   // letters or digits; false for punctuation and other marks
}

// Fold is vn.Fold of the token: no diacritics; "" for a mark that folds to
// nothing. It is computed on demand: matching is on keys.
func (t Token) Fold() string { return vn.Fold(t.Text) }

// Is reports whether t is a word whose key is one of keys.
func (t Token) Is(keys ...string) bool {
	if !t.Word {
		return false
	}
	for _, k := range keys {
		if t.Key == k {
			return true
		}
	}
	return false
}

// Mark reports whether t is the punctuation mark m (dashes of every width count
// as "-", and every quotation mark as `"`).
func (t Token) Mark(m string) bool {
	if t.Word {
		return false
	}
	return markOf(t.Text) == m
}

func markOf(s string) string {
	switch s {
	case "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "-":
		return "-"
	case "“", "”", "\"", "„", "«", "»":
		return `"`
	case "‘", "’":
		return "'"
	case "…":
		return "..."
	}
	return s
}

// Cap reports whether t is a word that begins with a capital letter.
func (t Token) Cap() bool {
	if !t.Word {
		return false
	}
	for _, r := range t.Text {
		return unicode.IsUpper(r)
	}
	return false
}

// Upper reports whether every letter of t is a capital and it has two or more
// (TPHCM, HĐND, NQ/TW).
func (t Token) Upper() bool {
	n := 0
	for _, r := range t.Text {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return t.Word && n >= 2
}

// TitleCase reports whether t is a capitalised word of letters whose other
// letters are small: the shape of a syllable of a person's or place's name.
func (t Token) TitleCase() bool {
	if !t.Word {
		return false
	}
	first := true
	for _, r := range t.Text {
		switch {
		case unicode.Is(unicode.Mn, r):
		case !unicode.IsLetter(r):
			return false
		case first:
			if !unicode.IsUpper(r) {
				return false
			}
			first = false
		case unicode.IsUpper(r):
			return false
		}
	}
	return !first
}

// Digits reports whether t is made of ASCII digits only.
func (t Token) Digits() bool {
	if !t.Word || t.Text == "" {
		return false
	}
	for _, r := range t.Text {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Tokens cuts s into words and marks. A word is a run of letters and digits,
// joined across '-' and '/' with no space around them (21-KL/TW, 15/2023/NĐ-CP,
// 20-8), across '.' and ',' between digits (6.373, 3,5) or after a short capitalised
// abbreviation (TP.HCM). Every other non-space rune is a mark of its own, except
// that runs of dots are one mark (...).
func Tokens(s string) []Token { return (&Cutter{}).Tokens(s) }

// Cutter is Tokens for the sentences of one article, or of the articles one
// goroutine cuts one after another: it reads each distinct word's key once,
// as an article prints the same words (Đảng, ủy, Bí thư) sentence after
// sentence, and a corpus article after article, and vn.Key was most of the
// cutting. It remembers at most maxKeys words. Not safe for concurrent use.
type Cutter struct {
	keys map[string]string // a word's text -> its key
	max  int               // words remembered at most: maxKeys
}

// maxKeys bounds the words a Cutter remembers: the syllables of Vietnamese
// and the names a corpus prints are a few tens of thousands; past that the
// Cutter forgets them all and starts again.
const maxKeys = 1 << 16

// NewCutter is a Cutter that has cut nothing yet.
func NewCutter() *Cutter { return &Cutter{keys: map[string]string{}, max: maxKeys} }

// Tokens cuts s as the package's Tokens does.
func (c *Cutter) Tokens(s string) []Token { return c.Cut(s, []rune(s)) }

// Cut is Tokens of s, whose runes the caller has: rs is []rune(s).
func (c *Cutter) Cut(s string, rs []rune) []Token {
	// A token is about four runes of Vietnamese (a syllable and its space,
	// marks): room for one in three holds nearly every sentence's tokens
	// without growing (one in five, before, grew nine sentences in ten).
	out := make([]Token, 0, len(rs)/3+1)
	// A token's text is sliced from s rather than built from its runes,
	// which is the same string when s is valid UTF-8 (the runes of an
	// invalid byte are not the byte).
	valid := utf8.ValidString(s)
	at, bat := 0, 0 // rune at and its byte offset in s; tokens come in order
	text := func(i, j int) string {
		if !valid {
			return string(rs[i:j])
		}
		for ; at < i; at++ {
			bat += utf8.RuneLen(rs[at])
		}
		b := bat
		for ; at < j; at++ {
			bat += utf8.RuneLen(rs[at])
		}
		return s[b:bat]
	}
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case isWordRune(r):
			j := i + 1
			for j < len(rs) {
				if isWordRune(rs[j]) {
					j++
				} else if j+1 < len(rs) && joins(rs, i, j) {
					j += 2
				} else {
					break
				}
			}
			out = append(out, c.word(rs, text(i, j), i, j))
			i = j
		case r == '.':
			j := i + 1
			for j < len(rs) && rs[j] == '.' {
				j++
			}
			out = append(out, mark(text(i, j), i, j))
			i = j
		default:
			out = append(out, mark(text(i, i+1), i, i+1))
			i++
		}
	}
	centralAbbrev(out)
	misspelt(out)
	return out
}

// misspellings are lexicon.Misspellings by their first syllable's key, each
// as the keys of its printed and meant syllables; built once, read-only.
var misspellings = sync.OnceValue(func() map[string][][2][]string {
	m := map[string][][2][]string{}
	for _, w := range lexicon.Misspellings() {
		p, q := strings.Fields(w.Printed), strings.Fields(w.Meant)
		m[p[0]] = append(m[p[0]], [2][]string{p, q})
	}
	return m
})

// misspelt gives the words of a title printed misspelt (lexicon.Misspellings:
// phó Bi thư thường trực, Bí thu Đảng ủy xã) the keys of the words meant; the
// text stays as printed.
func misspelt(ts []Token) {
	table := misspellings()
	for i := range ts {
		if !ts[i].Word {
			continue
		}
		for _, w := range table[ts[i].Key] {
			p, q := w[0], w[1]
			if i+len(p) > len(ts) {
				continue
			}
			ok := true
			for k := range p {
				if !ts[i+k].Word || ts[i+k].Key != p[k] {
					ok = false
					break
				}
			}
			if ok {
				for k := range q {
					ts[i+k].Key = q[k]
				}
			}
		}
	}
}

// centralAbbrev gives the genre's abbreviations of Trung ương (the Central
// Committee) the one key "tw", so that the tables read Ủy viên T.Ư Đảng, BCH
// TƯ Đảng and Ban Tổ chức TW alike. T.Ư and T.W are nothing else; TƯ is also
// the syllable tư printed in capitals, which a headline in capitals holds
// (BỘ TƯ PHÁP, LẦN THỨ TƯ), so it is the abbreviation only beside a word in
// small letters or a name, or after the abbreviation of a central body (UV
// BCT TƯ Đảng, Ủy viên TƯ, UBKT TƯ). UVT.Ư (Ủy viên T.Ư) is given UVTW's key.
func centralAbbrev(ts []Token) {
	for i := range ts {
		t := &ts[i]
		if !t.Word {
			continue
		}
		switch t.Text {
		case "T.Ư", "T.W":
			t.Key = "tw"
		case "UVT.Ư", "UVT.W":
			// UVT.Ư Đảng: Ủy viên Trung ương with the abbreviation's dot,
			// read as UVTW.
			t.Key = "uvtw"
		case "TƯ":
			if i > 0 && ts[i-1].Is("thứ") {
				continue // thứ TƯ: the fourth, Wednesday
			}
			prev := i > 0 && ts[i-1].Word && (!ts[i-1].Upper() || ts[i-1].Is("ubkt", "bch", "bct", "uv"))
			next := i+1 < len(ts) && ts[i+1].Word && !ts[i+1].Upper()
			if prev || next {
				t.Key = "tw"
			}
		}
	}
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// joins reports whether the rune at j, between a word that began at start and
// the rune after it, holds the word together.
func joins(rs []rune, start, j int) bool {
	prev, next := rs[j-1], rs[j+1]
	if !isWordRune(next) || unicode.Is(unicode.Mn, next) {
		return false
	}
	switch rs[j] {
	case '-', '/':
		return true
	case ',':
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	case '.':
		if unicode.IsDigit(prev) && unicode.IsDigit(next) {
			return true
		}
		// TP.HCM, Tp.HCM: an abbreviation of up to three letters before a capital.
		if !(j-start <= 3 && unicode.IsLetter(prev) && unicode.IsUpper(next) && unicode.IsUpper(rs[start])) {
			return false
		}
		// BT.HU, CT.HĐND huyện, CT.MTTQ: a title's initials before its
		// unit's, two words a reader takes apart (lexicon.TitleAbbrevs).
		_, title := lexicon.TitleAbbrevOf(strings.ToLower(string(rs[start:j])))
		return !title
	}
	return false
}

func (c *Cutter) word(rs []rune, text string, i, j int) Token {
	k, ok := c.keys[text]
	if !ok {
		k = key(rs[i:j], text)
		if c.keys != nil {
			if len(c.keys) >= c.max {
				clear(c.keys)
			}
			// Copies: the text is a slice of the article's, which the
			// Cutter must not keep alive after the article (nor its key,
			// which can be the same string).
			k = strings.Clone(k)
			c.keys[strings.Clone(text)] = k
		}
	}
	return Token{Text: text, Key: k, Start: i, End: j, Word: true}
}

// key is vn.Key(text) for a word of runes rs, without its work when the word
// is plain ASCII, as codes, numbers and abbreviations are.
func key(rs []rune, text string) string {
	for _, r := range rs {
		if r >= utf8.RuneSelf {
			return vn.Key(text)
		}
	}
	return strings.ToLower(text)
}

func mark(text string, i, j int) Token {
	return Token{Text: text, Key: text, Start: i, End: j}
}

// Text is the sentence's text from the start of tokens[i] to the end of
// tokens[j-1], as printed; "" when the range is empty.
func Text(rs []rune, ts []Token, i, j int) string {
	if i < 0 || j > len(ts) || i >= j {
		return ""
	}
	return string(rs[ts[i].Start:ts[j-1].End])
}

// Seq reports whether the words of phrase (keys, separated by single spaces)
// follow each other from ts[i], and returns the index after them.
//
// It is asked at nearly every token of every sentence, mostly of phrases
// whose first word is not there, so it compares each token's key with the
// start of what is left of phrase rather than first cutting the word out (a
// search for the next space through the whole phrase).
func Seq(ts []Token, i int, phrase string) (int, bool) {
	for phrase != "" {
		if phrase[0] == ' ' {
			phrase = phrase[1:]
			continue
		}
		if i >= len(ts) || !ts[i].Word {
			return i, false
		}
		k := ts[i].Key
		if k == "" || k[0] != phrase[0] {
			return i, false // most asks: told apart by their first byte
		}
		rest, ok := strings.CutPrefix(phrase, k)
		// The key must be the whole word: what follows it is a space or
		// nothing, and a key of no word or with a space matches no word.
		if !ok || k == "" || rest != "" && rest[0] != ' ' || strings.IndexByte(k, ' ') >= 0 {
			return i, false
		}
		phrase = rest
		i++
	}
	return i, true
}

// SeqFold is Seq on folded words, for phrases printed with or without their
// diacritics.
func SeqFold(ts []Token, i int, phrase string) (int, bool) {
	for _, w := range strings.Fields(phrase) {
		if i >= len(ts) || !ts[i].Word || ts[i].Fold() != w {
			return i, false
		}
		i++
	}
	return i, true
}

// Before reports whether the words of phrase end just before ts[i], and returns
// the index of the first of them.
func Before(ts []Token, i int, phrase string) (int, bool) {
	j := i - (strings.Count(phrase, " ") + 1)
	if j < 0 {
		return i, false
	}
	if _, ok := Seq(ts, j, phrase); !ok {
		return i, false
	}
	return j, true
}

// Ordinal reads a congress's or a term's number printed as a Roman numeral
// (XIV) or in digits (14, 01); false for anything else.
func Ordinal(t Token) (int, bool) {
	if !t.Word {
		return 0, false
	}
	if n, ok := vn.Roman(t.Text); ok {
		return n, true
	}
	if t.Digits() && len(t.Text) <= 3 {
		n := 0
		for _, r := range t.Text {
			n = n*10 + int(r-'0')
		}
		if n > 0 && n <= 200 {
			return n, true
		}
	}
	return 0, false
}

// Number reads a count printed with dots as thousands separators (6.373, 36,
// 1.200.000); false for anything else (6,5 or 3.5 are not counts).
func Number(t Token) (int, bool) {
	if !t.Word || t.Text == "" || t.Text[0] < '0' || t.Text[0] > '9' {
		return 0, false // most words: not split to find out
	}
	parts := strings.Split(t.Text, ".")
	n := 0
	for i, p := range parts {
		if p == "" || len(p) > 3 && i > 0 || len(p) != 3 && i > 0 || len(p) > 7 {
			return 0, false
		}
		for _, r := range p {
			if r < '0' || r > '9' {
				return 0, false
			}
			n = n*10 + int(r-'0')
		}
	}
	return n, true
}
