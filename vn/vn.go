// Package vn holds the few operations on Vietnamese text that every part of
// cadregraph must do the same way: composing to NFC, putting tone marks in one
// place, folding for accent- and case-insensitive matching, and turning names
// into identity keys, search tokens and URL slugs.
//
// Identity keys keep the diacritics (Lê Văn Hải and Lê Văn Hài are two people);
// folded forms drop them (a reader typing "le van hai" means either).
package vn

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NFC composes s. Vietnamese arrives both composed and decomposed; nothing
// compares text before this.
func NFC(s string) string {
	if composed(s) || norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// composed reports whether s is made only of runes that are NFC whatever
// stands beside them: ASCII, the runes before the combining marks, the
// Vietnamese letters of Latin Extended Additional and the punctuation news
// prints (dashes, quotes, ellipsis, the spaces after the two that decompose)
// — nothing to compose with, nothing to decompose — so that s is NFC. Most
// text is, and this is cheaper than asking norm; TestComposed holds it to
// norm over every such rune and pair of runes.
func composed(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		// An invalid byte reads as U+FFFD: not composed.
		if r >= '\u0300' && (r < '\u1ea0' || r > '\u1ef9') && (r < '\u2002' || r >= '\u2070') {
			return false
		}
		i += n
	}
	return true
}

// hasTonedAEY reports whether s holds one of tonedAEY, the runes Tone may
// move a mark from.
func hasTonedAEY(s string) bool {
	for _, r := range s {
		if r >= 'À' && isTonedAEY(r) {
			return true
		}
	}
	return false
}

// isTonedAEY reports one of tonedAEY (TestHasTonedAEY).
func isTonedAEY(r rune) bool {
	switch r {
	case 'à', 'á', 'ả', 'ã', 'ạ', 'è', 'é', 'ẻ', 'ẽ', 'ẹ', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ',
		'À', 'Á', 'Ả', 'Ã', 'Ạ', 'È', 'É', 'Ẻ', 'Ẽ', 'Ẹ', 'Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ':
		return true
	}
	return false
}

// isDash reports one of dashRunes.
func isDash(r rune) bool { return '\u2010' <= r && r <= '\u2015' || r == '\u2212' }

// The five Vietnamese tone marks as combining characters.
const (
	grave     = '\u0300'
	acute     = '\u0301'
	tilde     = '\u0303'
	hook      = '\u0309'
	dotBelow  = '\u0323'
	dashRunes = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
)

func isTone(r rune) bool {
	return r == grave || r == acute || r == tilde || r == hook || r == dotBelow
}

// Tones counts the tone marks of s. A Vietnamese syllable carries one at
// most: a word with two (TRỈỂN, KHÀÌ) is a garbled page's, no word of the
// language.
//
// Decomposing only moves marks, it never adds or drops one: the count is
// each rune's own, from a table for the runes most text is made of.
func Tones(s string) int {
	table := toneCounts()
	n := 0
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
		case int(r) < len(table):
			n += int(table[r])
		default:
			n += tonesNFD(string(r))
		}
	}
	return n
}

// tonesNFD counts the tone marks of NFD(s).
func tonesNFD(s string) int {
	n := 0
	for _, r := range norm.NFD.String(s) {
		if isTone(r) {
			n++
		}
	}
	return n
}

// toneCounts is tonesNFD of each rune below bareTableEnd, built once and
// read-only after.
var toneCounts = sync.OnceValue(func() []uint8 {
	t := make([]uint8, bareTableEnd)
	for r := rune(0); r < bareTableEnd; r++ {
		t[r] = uint8(tonesNFD(string(r)))
	}
	return t
})

// Tone moves tone marks to one placement: in an open syllable ending in oa, oe
// or uy the mark goes on the first vowel (hòa, khỏe, thủy, khóa), the placement
// most Vietnamese news uses. Syllables printed the other way (hoà, thuỷ, khoá,
// uỷ) are the same words; after Tone they are the same strings. Everything else
// is left as it is. The result is NFC.
func Tone(s string) string {
	s = NFC(s)
	if !hasTonedAEY(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			b.WriteString(toneSyllable(s[start:i]))
			start = -1
		}
		b.WriteRune(r)
	}
	if start >= 0 {
		b.WriteString(toneSyllable(s[start:]))
	}
	return b.String()
}

// toneSyllable rewrites one word (NFC) whose last two letters are o+a, o+e or
// u+y with the tone on the last: the tone moves to the letter before. Only a
// word ending in a bare o or u, then a, e or y carrying its tone alone, can
// change: any other is passed over without being decomposed (most words
// with a tone mark: được, tỉnh, Đảng; this was a tenth of a load's CPU).
func toneSyllable(w string) string {
	last, n := utf8.DecodeLastRuneInString(w)
	if unicode.Is(unicode.Mn, last) {
		return moveTone(w) // marks that NFC could not compose: read them all
	}
	prev, m := utf8.DecodeLastRuneInString(w[:len(w)-n])
	if !strings.ContainsRune(tonedAEY, last) || !strings.ContainsRune("oOuU", prev) {
		return w
	}
	// Composed, the move is two runes for two: hoà -> hòa, thuỷ -> thủy,
	// unless "qu" makes the u a consonant's (quý).
	before, _ := utf8.DecodeLastRuneInString(w[:len(w)-n-m])
	if unicode.Is(unicode.Mn, before) {
		return moveTone(w)
	}
	t := toneTables()
	bare, mark := t.bare[last], t.mark[last]
	if prev == 'u' || prev == 'U' {
		if bare != 'y' && bare != 'Y' || before == 'q' || before == 'Q' {
			return w
		}
	} else if bare == 'y' || bare == 'Y' {
		return w
	}
	return w[:len(w)-n-m] + string(t.toned[[2]rune{prev, mark}]) + string(bare)
}

// toneTable is, for each of tonedAEY, its bare letter and its tone mark,
// and each of o, O, u, U with each tone mark composed: read once from norm.
type toneTable struct {
	bare, mark map[rune]rune
	toned      map[[2]rune]rune
}

var toneTables = sync.OnceValue(func() toneTable {
	t := toneTable{bare: map[rune]rune{}, mark: map[rune]rune{}, toned: map[[2]rune]rune{}}
	for _, r := range tonedAEY {
		d := []rune(norm.NFD.String(string(r)))
		t.bare[r], t.mark[r] = d[0], d[1]
		for _, v := range "oOuU" {
			c := []rune(norm.NFC.String(string(v) + string(d[1])))
			t.toned[[2]rune{v, d[1]}] = c[0]
		}
	}
	return t
})

// tonedAEY are a, e and y with a tone mark and no other, composed.
const tonedAEY = "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ"

// moveTone is toneSyllable read from the decomposed word.
func moveTone(w string) string {
	d := []rune(norm.NFD.String(w))
	// Collect letters (base runes) and where their tone mark sits.
	type letter struct {
		base int // index in d of the base rune
		tone int // index in d of its tone mark, or -1
	}
	var ls []letter
	for i, r := range d {
		if unicode.Is(unicode.Mn, r) {
			if len(ls) > 0 && isTone(r) {
				ls[len(ls)-1].tone = i
			}
			continue
		}
		ls = append(ls, letter{base: i, tone: -1})
	}
	n := len(ls)
	if n < 2 {
		return w
	}
	last, prev := ls[n-1], ls[n-2]
	if last.tone < 0 || prev.tone >= 0 {
		return w
	}
	a, b := unicode.ToLower(d[prev.base]), unicode.ToLower(d[last.base])
	if !(a == 'o' && (b == 'a' || b == 'e') || a == 'u' && b == 'y') {
		return w
	}
	// The second letter must be bare (not ơ, ư, â...): only its tone may follow it.
	for i := last.base + 1; i < len(d); i++ {
		if i != last.tone {
			return w
		}
	}
	for i := prev.base + 1; i < last.base; i++ {
		return w // the first vowel carries another mark (ư, ơ): not this pattern
	}
	// "qu" + y: u belongs to the consonant, the tone stays on y (quý).
	if a == 'u' && n >= 3 && unicode.ToLower(d[ls[n-3].base]) == 'q' {
		return w
	}
	// "gi" + a is not oa; nothing to check. Move the mark.
	mark := d[last.tone]
	out := make([]rune, 0, len(d))
	out = append(out, d[:prev.base+1]...)
	out = append(out, mark)
	out = append(out, d[prev.base+1:last.tone]...)
	out = append(out, d[last.tone+1:]...)
	return norm.NFC.String(string(out))
}

// Fold is the accent-, case-, dash- and spacing-insensitive form of s, for
// matching and search: "Đảng uỷ Khối Dân – Chính – Đảng" → "dang uy khoi dan
// chinh dang". Letters lose their marks (đ becomes d); punctuation becomes a
// space, except '-' and '/' between letters or digits (21-KL/TW → 21-kl/tw) and
// '.' between digits (6.373).
func Fold(s string) string {
	// The normaliser leaves a letter after an invalid byte composed, so its
	// mark would survive the first fold and vanish in the second.
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	var buf [256]rune
	rs := bareRunes(buf[:0], s)
	var b strings.Builder
	b.Grow(len(rs))
	space := true // at the start or after a space: drop leading and repeated spaces
	for i, r := range rs {
		var keep bool
		if r < utf8.RuneSelf {
			switch {
			case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
				keep = true
			case 'A' <= r && r <= 'Z':
				r += 'a' - 'A'
				keep = true
			case r == '-' || r == '/':
				keep = joinsWord(rs, i)
			case r == '.':
				keep = digitAround(rs, i)
			}
		} else {
			switch {
			case r == 'đ' || r == 'Đ':
				r = 'd'
			case isDash(r):
				r = '-'
			}
			keep = unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' && joinsWord(rs, i)
			r = unicode.ToLower(r)
		}
		if keep {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// bareRunes appends to rs the runes of NFD(s) that are not combining marks
// (Mn): the letters, digits and punctuation Fold reads, in order. Most text
// needs no decomposition for that: an ASCII rune is its own, and each rune
// of bareTable (Latin, the Vietnamese letters, punctuation) decomposes to at
// most one such rune, with combining class 0 so that NFD's reordering of
// marks cannot move it. Any other rune sends the whole of s through NFD, as
// Fold always did (it was a tenth of an extraction's CPU).
func bareRunes(rs []rune, s string) []rune {
	table := bareTable()
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			rs = append(rs, r)
		case int(r) < len(table) && table[r] >= 0:
			rs = append(rs, table[r])
		case int(r) < len(table) && table[r] == bareNone:
		default:
			return bareRunesNFD(rs[:0], s)
		}
	}
	return rs
}

// bareRunesNFD is bareRunes read from NFD(s) itself.
func bareRunesNFD(rs []rune, s string) []rune {
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			rs = append(rs, r)
		}
	}
	return rs
}

// What bareTable holds for a rune other than the one bare rune it stands for.
const (
	bareNone = -1 // NFD makes it combining marks only: nothing
	bareSlow = -2 // read it with NFD: several bare runes, or one NFD may reorder
)

// bareTableEnd bounds bareTable: Latin (with Latin Extended Additional, the
// Vietnamese letters), Greek, Cyrillic, and General Punctuation's dashes,
// quotes and spaces.
const bareTableEnd = 0x2070

// bareTable is, for each rune below bareTableEnd, the one rune of its NFD
// that is not a combining mark, or bareNone or bareSlow; built once from
// NFD itself, read-only after.
var bareTable = sync.OnceValue(func() []rune {
	t := make([]rune, bareTableEnd)
	for r := rune(0); r < bareTableEnd; r++ {
		t[r] = bareOf(r)
	}
	return t
})

// bareOf is bareTable's entry for r.
func bareOf(r rune) rune {
	if !utf8.ValidRune(r) {
		return bareSlow
	}
	bare := rune(bareNone)
	for _, d := range norm.NFD.String(string(r)) {
		if unicode.Is(unicode.Mn, d) {
			continue
		}
		if bare != bareNone || norm.NFD.PropertiesString(string(d)).CCC() != 0 {
			return bareSlow
		}
		bare = d
	}
	return bare
}

// joinsWord reports whether the rune at i sits between two letters or digits
// (ignoring combining marks).
func joinsWord(rs []rune, i int) bool {
	return wordAt(rs, i, -1) && wordAt(rs, i, +1)
}

func digitAround(rs []rune, i int) bool {
	p, n := neighbour(rs, i, -1), neighbour(rs, i, +1)
	return unicode.IsDigit(p) && unicode.IsDigit(n)
}

func wordAt(rs []rune, i, dir int) bool {
	r := neighbour(rs, i, dir)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == 'đ' || r == 'Đ'
}

func neighbour(rs []rune, i, dir int) rune {
	for j := i + dir; j >= 0 && j < len(rs); j += dir {
		if !unicode.Is(unicode.Mn, rs[j]) {
			return rs[j]
		}
	}
	return 0
}

// Key is the identity form of a name: NFC, one tone placement, lower case, one
// kind of dash, single spaces. Unlike Fold it keeps the diacritics.
func Key(s string) string {
	if keyed(s) {
		return s // most words of a text are their own key: nothing to build
	}
	return key(s)
}

// keyed reports whether Key(s) is s: s is in lower case, without spaces,
// dashes other than '-' or a tone mark Tone could move, and made of runes that
// compose with nothing (ASCII, the runes before the combining marks, the
// Vietnamese letters of Latin Extended Additional), so that it is NFC.
// TestKeyed holds it to key over every such rune and pair of runes.
func keyed(s string) bool {
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' || r == ' ' || '\t' <= r && r <= '\r' {
				return false
			}
		case r < '\u0300' || '\u1ea0' <= r && r <= '\u1ef9':
			if unicode.ToLower(r) != r || unicode.IsSpace(r) || strings.ContainsRune(tonedAEY, r) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// key is Key, built: Tone, then each rune in lower case, one dash, single
// spaces. A composed string without a mark Tone could move is its own Tone.
func key(s string) string {
	if !composed(s) || hasTonedAEY(s) {
		s = Tone(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else if r = unicode.ToLower(r); isDash(r) {
			r = '-'
		}
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		b.WriteRune(r)
		space = false
	}
	return strings.TrimRight(b.String(), " ")
}

// Tokens are the search terms of s: the words of Fold(s), and for a word made of
// parts (21-kl/tw) the word itself and each part; a number with leading zeros
// also stands without them (05 → 5).
func Tokens(s string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(t string) {
		if t == "" || t == "-" || seen[t] {
			return
		}
		seen[t] = true
		out = append(out, t)
		if z := strings.TrimLeft(t, "0"); z != t && z != "" && isDigits(z) {
			if !seen[z] {
				seen[z] = true
				out = append(out, z)
			}
		}
	}
	for _, w := range strings.Fields(Fold(s)) {
		add(w)
		if strings.ContainsAny(w, "-/.") {
			for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' || r == '.' }) {
				add(p)
			}
		}
	}
	return out
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// Slug is a URL-safe rendering of s: folded, ASCII letters and digits joined by
// single hyphens, at most max bytes, cut at a hyphen where it can be.
func Slug(s string, max int) string {
	var b strings.Builder
	hyphen := false
	for _, r := range Fold(s) {
		if r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
			continue
		}
		hyphen = true
	}
	out := b.String()
	if len(out) > max {
		cutInWord := out[max] != '-'
		out = out[:max]
		if i := strings.LastIndexByte(out, '-'); cutInWord && i > max/2 {
			out = out[:i]
		}
		out = strings.TrimRight(out, "-")
	}
	return out
}

// Roman is the value of a Roman numeral in capitals from I to L, the numbers
// of congresses and committees' terms (XIV, khóa XII), written as ToRoman
// writes it; false for anything else (IIII, VX, xii, TW).
func Roman(s string) (int, bool) {
	if s == "" || len(s) > 8 {
		return 0, false
	}
	total := 0
	for i := 0; i < len(s); i++ {
		v := romanDigit(s[i])
		if v == 0 {
			return 0, false
		}
		if i+1 < len(s) && romanDigit(s[i+1]) > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || total > 50 || ToRoman(total) != s {
		return 0, false
	}
	return total, true
}

// romanDigit is the value of a Roman digit up to L; 0 for any other byte.
func romanDigit(b byte) int {
	switch b {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	}
	return 0
}

// ToRoman writes n (1..3999) as a Roman numeral in capitals, as congresses
// are numbered (lần thứ XIV); "" otherwise.
func ToRoman(n int) string {
	if n <= 0 || n > 3999 {
		return ""
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// Capitals reports whether s has letters and every one is a capital, as a
// letterhead prints its issuer ("BỘ CHÍNH TRỊ").
func Capitals(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}
