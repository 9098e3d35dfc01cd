// Package segment cuts a normalised article's blocks into sentences, with rune
// spans into Doc.Text.
//
// A sentence ends at '.', '!', '?' or an ellipsis (with any closing quotes or
// brackets after it, and the "./." that closes official texts) when the next
// word starts a sentence: a capital, a digit, an opening quote or a list
// dash. It does not end inside numbers and codes (6.373, 18.7.2025, TP.HCM),
// after initials (S. Hải) or after the abbreviations of titles and places (TS.,
// ThS., PGS., GS., Q., P.; TP. before a place name). Lists printed inside a
// paragraph ("gồm: - A. - B.") give one sentence per item. Headlines, captions,
// bylines and headers that do not end in punctuation are one sentence each.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cadregraph/cadregraph/loader/model"
)

// Sentences returns the sentences of every block of d, in order.
func Sentences(d model.Doc) []model.Sentence {
	rs := []rune(d.Text)
	// A sentence's text is cut out of d.Text, not made again from its
	// runes, when d.Text is valid UTF-8 (a normalised page's is): the same
	// string without copying every sentence.
	var at *byteAt
	if utf8.ValidString(d.Text) {
		at = &byteAt{text: d.Text}
	}
	var out []model.Sentence
	for _, b := range d.Blocks {
		start, end := clamp(b.Start, len(rs)), clamp(b.End, len(rs))
		if start >= end {
			continue
		}
		var spans [][2]int
		if b.Kind != model.Body && !endsSentence(rs, start, end) {
			spans = [][2]int{{start, end}}
		} else {
			spans = split(rs, start, end)
		}
		for _, sp := range spans {
			s, e := trim(rs, sp[0], sp[1])
			if s >= e || !wordy(rs[s:e]) {
				continue
			}
			var text string
			if at != nil {
				text = d.Text[at.of(s):at.of(e)]
			} else {
				text = string(rs[s:e])
			}
			out = append(out, model.Sentence{
				Index: len(out),
				Kind:  b.Kind,
				Span:  model.Span{Start: s, End: e},
				Text:  text,
			})
		}
	}
	return out
}

// byteAt turns rune offsets into text into byte offsets, reading on from
// the last offset asked: sentences are asked for in order.
type byteAt struct {
	text  string
	runes int // the rune offset of bytes
	bytes int
}

func (a *byteAt) of(r int) int {
	if r < a.runes {
		a.runes, a.bytes = 0, 0
	}
	for a.runes < r && a.bytes < len(a.text) {
		if a.text[a.bytes] < utf8.RuneSelf {
			a.bytes++
		} else {
			_, n := utf8.DecodeRuneInString(a.text[a.bytes:])
			a.bytes += n
		}
		a.runes++
	}
	return a.bytes
}

func clamp(i, n int) int {
	if i < 0 {
		return 0
	}
	if i > n {
		return n
	}
	return i
}

// endsSentence reports whether [start, end) ends with sentence punctuation.
func endsSentence(rs []rune, start, end int) bool {
	for i := end - 1; i >= start; i-- {
		r := rs[i]
		if isCloser(r) || unicode.IsSpace(r) {
			continue
		}
		return isTerminator(r)
	}
	return false
}

func isTerminator(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

// isCloser reports the quotes and brackets that may follow a sentence's end.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '}':
		return true
	}
	return false
}

// isOpener reports what may start a sentence besides a capital or a digit.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '(', '[', '-', '–', '—', '+', '•', '*', '>':
		return true
	}
	return false
}

// split cuts [start, end) at sentence boundaries.
func split(rs []rune, start, end int) [][2]int {
	var out [][2]int
	from := start
	for i := start; i < end; i++ {
		r := rs[i]
		var cut int // where the sentence ends (exclusive), 0 for none
		switch {
		case isTerminator(r):
			cut = boundaryAfter(rs, start, end, i)
		case r == ':' || r == ';':
			// A list printed in the paragraph: "gồm: - Hàng năm, ...".
			if listFollows(rs, i+1, end) {
				cut = i + 1
			}
		}
		if cut > 0 {
			out = append(out, [2]int{from, cut})
			from = cut
			i = cut - 1
		}
	}
	if from < end {
		out = append(out, [2]int{from, end})
	}
	return out
}

// boundaryAfter decides whether the terminator at i ends a sentence and
// returns the end of the sentence (after closing quotes and "./."), or 0.
func boundaryAfter(rs []rune, start, end, i int) int {
	j := i + 1
	// The rest of the terminator: "...", "?!", "./.", closing quotes.
	for j < end {
		switch {
		case isTerminator(rs[j]) || isCloser(rs[j]):
			j++
			continue
		case rs[j] == '/' && j+1 < end && rs[j+1] == '.':
			j += 2
			continue
		}
		break
	}
	if j >= end {
		return 0 // the block's end closes the sentence anyway
	}
	n := j
	for n < end && unicode.IsSpace(rs[n]) {
		n++
	}
	if n >= end {
		return 0
	}
	next := rs[n]
	ellipsis := rs[i] == '…' || rs[i] == '.' && j-i >= 3
	if n == j {
		// No space: inside a number, a code or an abbreviation (6.373,
		// TP.HCM, v.v.), except an ellipsis glued to the next sentence.
		if ellipsis && unicode.IsUpper(next) && i > start && unicode.IsLetter(rs[i-1]) {
			return j
		}
		if rs[i] == '.' && j == i+1 && gluedSentence(rs, start, end, i, n) {
			return j
		}
		return 0
	}
	if !(unicode.IsUpper(next) || unicode.IsDigit(next) || isOpener(next)) {
		return 0
	}
	if rs[i] == '.' && j == i+1 && (rowNumber(rs, start, i) || !abbreviationEnds(rs, start, end, i, n)) {
		return 0
	}
	return j
}

// rowNumber reports whether the '.' at dot closes the number a block opens
// on, one or two digits: the row's number of a numbered list ("2. Lư Lan
// Vi, Phó Bí thư Chi bộ.", bvbnd 2017), which the row's sentence goes on
// after, not a sentence of its own.
func rowNumber(rs []rune, start, dot int) bool {
	k := start
	for k < dot && unicode.IsSpace(rs[k]) {
		k++
	}
	if dot-k < 1 || dot-k > 2 {
		return false
	}
	for _, r := range rs[k:dot] {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// gluedSentence reports a sentence printed glued to the next one, the
// space after its period lost: a word in small letters, or capitalised, ends
// it, and a capitalised word in small letters opens the next (huyện Chợ
// Mới.Kỳ họp lần này, chomoiangiang 2024; Tỉnh ủy.Tại hội nghị, baolangson
// 2010; đại hội.Đồng chí, Quảng Ninh 2025). Read as one word, the sentence's
// last name or unit ran into the next sentence's first word (Chợ Mới.Kỳ: no
// place), and the next sentence's people into this one's. Not a word in
// capitals (TP.HCM), an initial (H.Tân Hưng), an abbreviation of a level or
// a degree (Tp.Hồ Chí Minh, Tx.Sơn Tây, ThS.Lê), nor a word in capitals after
// it (Bộ.GTVT).
func gluedSentence(rs []rune, start, end, dot, next int) bool {
	k := dot
	for k > start && unicode.IsLetter(rs[k-1]) || k > start && unicode.Is(unicode.Mn, rs[k-1]) {
		k--
	}
	if dot-k < 2 || k > start && !unicode.IsSpace(rs[k-1]) {
		return false // no word, or one glued to a mark or a number (v.v., 2.Tổng)
	}
	lower := false
	for _, r := range rs[k:dot] {
		lower = lower || unicode.IsLower(r)
	}
	if !lower || unicode.IsLower(rs[dot-1]) && unicode.IsUpper(rs[k]) && dot-k == 2 {
		return false // TP.HCM; Tp.Hồ, Tx.Sơn, Th.S: two letters, a level's or a degree's
	}
	switch string(rs[k:dot]) {
	case "ThS", "Ths", "Nxb", "Mrs", "Tp", "tp", "Tx", "tx", "Tt", "tt":
		return false
	}
	if next+1 >= end || !unicode.IsUpper(rs[next]) || !unicode.IsLower(rs[next+1]) && !unicode.Is(unicode.Mn, rs[next+1]) {
		return false
	}
	return true
}

// abbreviationEnds decides a '.' directly after a word: false when the word is
// an initial or an abbreviation that the next word continues.
func abbreviationEnds(rs []rune, start, end, dot, next int) bool {
	k := dot
	for k > start && !unicode.IsSpace(rs[k-1]) && rs[k-1] != '(' && rs[k-1] != '“' && rs[k-1] != '"' {
		k--
	}
	w := string(rs[k:dot])
	if w == "" {
		return true
	}
	wr := []rune(w)
	// An initial: "S. Hải", "Q. 1", "P. Bến Nghé".
	if len(wr) == 1 && unicode.IsUpper(wr[0]) {
		return false
	}
	switch w {
	case "TS", "ThS", "Th.S", "PGS", "GS", "PGS.TS", "GS.TS", "TS.BS", "ThS.BS", "BS", "KS", "CN", "Ths",
		"NXB", "Nxb", "St", "Mr", "Mrs", "Ms", "Dr", "TT", "TX", "Tx", "Lt", "Tr", "tr", "tp", "NSƯT", "NSND", "TTƯT":
		return false
	case "TP", "Tp":
		// TP. Hồ Chí Minh, TP. Cần Thơ, TP. HCM: a place follows; "Đảng bộ TP.
		// Tập trung việc ..." ends a sentence.
		return !placeFollows(rs, next, end)
	}
	return true
}

// placeFollows reports a place name at i: a word in capitals (HCM), two
// capitalised words (Hồ Chí, Cần Thơ), or a one-word city (Huế, Vinh).
func placeFollows(rs []rune, i, end int) bool {
	w1, j := wordAt(rs, i, end)
	if w1 == "" {
		return false
	}
	if strings.ToUpper(w1) == w1 {
		return true
	}
	switch w1 {
	case "Huế", "Vinh", "Hội", "Thủ":
		return true
	}
	for j < end && rs[j] == ' ' {
		j++
	}
	w2, _ := wordAt(rs, j, end)
	r := []rune(w2)
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// wordAt returns the letters starting at i and where they end.
func wordAt(rs []rune, i, end int) (string, int) {
	j := i
	for j < end && (unicode.IsLetter(rs[j]) || unicode.Is(unicode.Mn, rs[j])) {
		j++
	}
	return string(rs[i:j]), j
}

// listFollows reports a list item marker after i: " - X", " + X", " • X",
// where X starts with a capital or a digit.
func listFollows(rs []rune, i, end int) bool {
	j := i
	for j < end && rs[j] == ' ' {
		j++
	}
	if j == i || j+2 >= end {
		return false
	}
	switch rs[j] {
	case '-', '–', '+', '•', '*':
	default:
		return false
	}
	if rs[j+1] != ' ' {
		return false
	}
	n := rs[j+2]
	return unicode.IsUpper(n) || unicode.IsDigit(n)
}

// trim trims spaces and a leading list marker ("- ", "+ ", "• ") from [s, e).
func trim(rs []rune, s, e int) (int, int) {
	for s < e && unicode.IsSpace(rs[s]) {
		s++
	}
	for e > s && unicode.IsSpace(rs[e-1]) {
		e--
	}
	if e-s > 2 && strings.ContainsRune("-–+•*", rs[s]) && rs[s+1] == ' ' {
		s += 2
		for s < e && unicode.IsSpace(rs[s]) {
			s++
		}
	}
	return s, e
}

// wordy reports whether rs holds a letter or a digit. A stretch of marks
// alone ("." opening a paragraph, "|", "*", "-------" between items) states
// nothing and is no sentence: counted as one, it took a place in the lead
// and pushed the years that date the news out of it ("Ngày 12-2, …" over a
// paragraph "\n\n. Ngày 11 và 12-2, …" whose "." cut a sentence of its own,
// nld 2004, y002).
func wordy(rs []rune) bool {
	for _, r := range rs {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
