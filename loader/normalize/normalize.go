// Package normalize turns an article as read into the text every later stage
// works on: composed (NFC), one space between words, page debris gone (menus,
// counters, comment boxes, rating widgets, related news, share bars, the tail
// of the page after the article), and cut into blocks of a kind: the headline,
// page dates, subheadings, photo captions, bylines and body text, separated by
// one blank line.
//
// It keeps the text as printed otherwise: tone placement, dashes and typos
// ("Việt Namcủa") are for the recognisers to read through.
package normalize

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/vn"
)

// The reasons an article yields nothing; Normalize wraps them with detail and
// callers name the file.
var (
	ErrNoText        = errors.New("no text")
	ErrOnlyDebris    = errors.New("no body text after removing page debris")
	ErrNotVietnamese = errors.New("not Vietnamese prose")
)

// Normalize cleans and cuts r's text into blocks. It fails with ErrNoText,
// ErrOnlyDebris or ErrNotVietnamese (wrapped, test with errors.Is) when nothing
// usable remains.
func Normalize(r model.Raw) (model.Doc, error) {
	text := r.Text
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	lines := cleanLines(vn.NFC(stripMarkup(unescapeBreaks(text))))
	for i := range lines {
		lines[i].text = splitGlued(rejoinGrave(lines[i].text))
	}
	if len(lines) == 0 {
		return model.Doc{}, ErrNoText
	}
	title := ""
	if r.Title != "" {
		if ts := cleanLines(vn.NFC(stripMarkup(strings.ToValidUTF8(r.Title, "\uFFFD")))); len(ts) > 0 {
			parts := make([]string, len(ts))
			for i, t := range ts {
				parts[i] = rejoinGrave(t.text)
			}
			title = strings.Join(parts, " ")
		}
	}
	var whole strings.Builder
	for _, l := range lines {
		whole.WriteString(l.text)
		whole.WriteByte(' ')
	}
	if why := notLetters(whole.String()); why != "" {
		return model.Doc{}, fmt.Errorf("%w: %s", ErrNotVietnamese, why)
	}
	titles := titleKeys()
	for i := range lines {
		lines[i].text = spaceTitleDashes(stripInline(lines[i].text), titles)
	}
	ps := classify(dropChrome(joinWraps(joinCells(lines))), title)
	// A page cut after its pictures (a headline and captions, the story not
	// stored) still says who was there and with what post: its captions are
	// read as the text when no body is left. Chrome alone fails.
	body, captions := 0, 0
	var all, pictured strings.Builder
	for _, p := range ps {
		switch p.kind {
		case model.Body:
			body++
			all.WriteString(p.text)
			all.WriteByte('\n')
		case model.Caption:
			captions++
			pictured.WriteString(p.text)
			pictured.WriteByte('\n')
		}
	}
	if body == 0 && captions > 0 {
		all = pictured
	}
	if body == 0 && captions == 0 {
		return model.Doc{}, fmt.Errorf("%w (%d lines read)", ErrOnlyDebris, len(lines))
	}
	if why := notVietnamese(all.String()); why != "" {
		return model.Doc{}, fmt.Errorf("%w: %s", ErrNotVietnamese, why)
	}
	return build(r, ps), nil
}

// build joins the paragraphs into the Doc's text, one blank line apart, with
// rune spans.
func build(r model.Raw, ps []para) model.Doc {
	d := model.Doc{Raw: r}
	var b strings.Builder
	pos := 0
	for i, p := range ps {
		if i > 0 {
			b.WriteString("\n\n")
			pos += 2
		}
		n := utf8.RuneCountInString(p.text)
		b.WriteString(p.text)
		d.Blocks = append(d.Blocks, model.Block{Kind: p.kind, Span: model.Span{Start: pos, End: pos + n}})
		pos += n
	}
	d.Text = b.String()
	return d
}

// Tunables of joinCells.
const (
	// cellLines is how far down a page a letterhead's table may reach.
	cellLines = 24
	// cellWords is the most words a line of a letterhead's cell holds: an
	// issuer, a number, a place and day.
	cellWords = 8
)

// joinCells joins the lines of each cell of a letterhead printed as a table
// whose cells a page broke into lines, "|" between cells and a rule of dashes
// under the issuer (thuvienphapluat.vn prints every document so):
//
//	BỘ
//	CHÍNH TRỊ
//	-------
//	|
//	Số:
//	216-QĐ/TW
//	|
//	Hà
//	Nội, ngày 01 tháng 4 năm 2009
//
// is "BỘ CHÍNH TRỊ", "Số: 216-QĐ/TW" and "Hà Nội, ngày 01 tháng 4 năm 2009".
// A cell is the short lines between two separators at the top of a page that
// has a "|" there; the title and subject after the last separator are no
// cell, and a page without the bars keeps its lines.
func joinCells(lines []line) []line {
	lines = rowCells(lines)
	top := min(len(lines), cellLines)
	table := false
	for _, ln := range lines[:top] {
		table = table || ln.text == "|"
	}
	if !table {
		return lines
	}
	out := make([]line, 0, len(lines))
	start := 0 // the first line of the cell being read, in lines
	for i := 0; i < top; i++ {
		if !cellRule(lines[i].text) {
			continue
		}
		cell := lines[start:i]
		short := len(cell) > 1
		for _, ln := range cell {
			short = short && wordCount(ln.text) <= cellWords
		}
		if short {
			parts := make([]string, len(cell))
			for k, ln := range cell {
				parts[k] = ln.text
			}
			out = append(out, line{text: strings.Join(parts, " "), brk: cell[0].brk})
		} else {
			out = append(out, cell...)
		}
		out = append(out, lines[i])
		start = i + 1
	}
	return append(out, lines[start:]...)
}

// rowCells puts each cell of a letterhead's row that a page kept on one line,
// a bar after every cell, on a line of its own with a bar line after it, as
// joinCells reads cells (hethongphapluat 2009):
//
//	ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
//	Số: 39/2009/QĐ-UBND | Vị Thanh, ngày 16 tháng 11 năm 2009 |
//
// is "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số:
// 39/2009/QĐ-UBND" and "Vị Thanh, ngày 16 tháng 11 năm 2009", so that the
// number line stands alone over its day. A row is a line near the top that
// ends with a bar, its cells short, one of them the letterhead's (in capitals,
// or its number line); one cell alone ("ỦY BAN NHÂN DÂN |") is a row only on
// a page whose top has a bar line of its own. A menu or breadcrumb ("TRANG
// CHỦ | TIN TỨC | CHÍNH TRỊ |") is no row, and a bar inside a line
// that does not end with one ("Thứ sáu, 28/8/2020 | 16:33:33", "Tiếng Việt |
// English") is no row, nor is a caption or a sentence ending with one.
func rowCells(lines []line) []line {
	top := min(len(lines), cellLines)
	table := false
	for _, ln := range lines[:top] {
		table = table || ln.text == "|"
	}
	var out []line
	for i, ln := range lines {
		cells := barCells(ln.text)
		if i >= top || len(cells) == 0 || len(cells) == 1 && !table || !letterheadRow(cells) || isBreadcrumb(ln.text) {
			out = append(out, ln)
			continue
		}
		if out == nil {
			out = append(make([]line, 0, len(lines)+2*len(cells)), lines[:i]...)
		}
		for k, c := range cells {
			out = append(out, line{text: c, brk: ln.brk && k == 0}, line{text: "|"})
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// letterheadRow reports cells a letterhead prints: every cell an issuer or
// motto in capitals, its number line ("Số: 39/2009/QĐ-UBND") or its place and
// day ("Vị Thanh, ngày 16 tháng 11 năm 2009") or the motto's second line
// (mottoLine), and, of two cells or more, one
// the number line or an issuer or motto of three words or more. A site's
// menu or language bar ("Trang chủ | Tin tức |", "Tiếng Việt | English |"),
// a caption beside its agency ("Quang cảnh kỳ họp. | TTXVN |"), a site's
// name over its day ("VOV.VN | Thứ sáu, 28/8/2020 |") or an agency's
// bylines ("PV | TTXVN |") is none: split, it made a table of the page's top
// and joinCells ran its headline, date and caption into one line.
func letterheadRow(cells []string) bool {
	mark := len(cells) == 1
	for _, c := range cells {
		switch {
		case strings.HasPrefix(c, "Số:") || strings.HasPrefix(c, "Số "):
			mark = true
		case vn.Capitals(c):
			mark = mark || wordCount(c) >= 3
		case !placeAndDay(c) && !mottoLine(c):
			return false
		}
	}
	return mark
}

// mottoLine reports the motto's second line as a letterhead prints it:
// three parts or more between dashes, each opening with a capital ("Độc lập
// - Tự do - Hạnh phúc"). A byline of two names ("Văn Sự - Minh Châu") is not.
func mottoLine(c string) bool {
	parts := strings.FieldsFunc(c, func(r rune) bool { return r == '-' || r == '–' })
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		r, _ := utf8.DecodeRuneInString(strings.TrimSpace(p))
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// placeAndDay reports a letterhead's place and day: a day of a year after a
// comma ("Vị Thanh, ngày 16 tháng 11 năm 2009").
func placeAndDay(c string) bool {
	if !strings.Contains(c, ",") {
		return false
	}
	for _, m := range dates.Find(c) {
		if m.Precision() == date.Day && m.Last().Year != 0 {
			return true
		}
	}
	return false
}

// barCells is the cells of a table row printed on one line, a bar after each
// ("A | B |"), each of at most cellWords words; nil for any other line.
func barCells(t string) []string {
	body, ok := strings.CutSuffix(t, " |")
	if !ok || body == "" {
		return nil
	}
	var cells []string
	for _, c := range strings.Split(body, " | ") {
		c = strings.TrimSpace(c)
		if c == "" || strings.Contains(c, "|") || wordCount(c) > cellWords {
			return nil
		}
		cells = append(cells, c)
	}
	return cells
}

// cellRule reports a line that separates a letterhead's cells: a bar, or a
// rule of dashes, underscores or stars.
func cellRule(t string) bool {
	return t != "" && strings.Trim(t, "|-_*=") == ""
}

// joinWraps makes paragraphs of lines. Web pages print a paragraph a line, so
// every line is a paragraph, except that a line which does not end a sentence
// continues into the next when that one starts in lower case. Text wrapped at a
// fixed width (no line much longer than the others, many lines near that
// width) is joined line by line within its blank-line-separated paragraphs,
// up to a line that stops well short of the width.
func joinWraps(lines []line) []line {
	_, full := wrapWidth(lines)
	var out []line
	var parts []string // the lines of the paragraph being joined
	flush := func() {
		if len(parts) > 0 {
			out[len(out)-1].text = strings.Join(parts, " ")
			parts = parts[:0]
		}
	}
	brk := false // a line emptied of debris breaks the paragraph too
	for _, ln := range lines {
		if ln.text == "" {
			brk = true
			continue
		}
		ln.brk, brk = ln.brk || brk, false
		if len(parts) > 0 && !ln.brk {
			prev := parts[len(parts)-1]
			// A full line runs on into the next line of its block, even when
			// a sentence ends with it.
			if continues(prev, ln.text) || full > 0 && utf8.RuneCountInString(prev) >= full {
				parts = append(parts, ln.text)
				continue
			}
		}
		flush()
		out = append(out, ln)
		parts = append(parts, ln.text)
	}
	flush()
	return out
}

// wrapWidth detects text wrapped at a fixed width: it returns the width and
// the length from which a line counts as full, or zeros for a page that prints
// its paragraphs on single lines.
func wrapWidth(lines []line) (width, full int) {
	const maxWrap = 110 // wider than any fixed-width wrapping of prose
	for _, ln := range lines {
		if n := utf8.RuneCountInString(ln.text); n > width {
			width = n
		}
	}
	if width == 0 || width > maxWrap {
		return 0, 0
	}
	full = width * 3 / 4
	near := 0
	for _, ln := range lines {
		if utf8.RuneCountInString(ln.text) >= full {
			near++
		}
	}
	if near < 3 || len(lines) < 5 {
		return 0, 0
	}
	return width, full
}

func continues(prev, next string) bool {
	if endsSentence(prev) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	// "Căn cứ Nghị định số" over "07/2021/NĐ-CP ngày ...": the number the
	// line announces is on the next.
	if ws := strings.Fields(prev); len(ws) > 1 && strings.ToLower(ws[len(ws)-1]) == "số" && unicode.IsDigit(first) {
		return true
	}
	// A letterhead's table cut into cells wraps its issuer: "BỘ" over
	// "CHÍNH TRỊ", "ĐẢNG" over "CỘNG SẢN VIỆT NAM". A unit's head word alone
	// on a line in capitals names nothing; the capitals after it complete it.
	if loneHead(prev) && vn.Capitals(next) {
		return true
	}
	return unicode.IsLower(first)
}

// loneHead reports a line that is only the head word of a unit's name, in
// capitals: BỘ, BAN, ĐẢNG, ỦY BAN, BAN CHẤP HÀNH.
func loneHead(t string) bool {
	switch t {
	case "BỘ", "BAN", "ĐẢNG", "SỞ", "HỘI", "ĐOÀN", "ỦY BAN", "UỶ BAN", "ĐẢNG ỦY", "ĐẢNG UỶ", "BAN CHẤP HÀNH", "BAN THƯỜNG VỤ":
		return true
	}
	return false
}

// endsSentence reports a line ending in sentence punctuation or a closer.
func endsSentence(t string) bool {
	last, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?:;…\"”»)]", last)
}

// notVietnamese says why text is not Vietnamese prose, or "" when it is: most
// of its visible characters must be letters, and its words must carry
// Vietnamese marks or be Vietnamese function words (text typed without marks
// still has "và", "của", "các").
func notVietnamese(text string) string {
	words, marked := 0, 0
	for w := range strings.FieldsSeq(text) {
		words++
		if hasVietnameseMark(w) {
			marked++
		}
	}
	if marked*10 >= words {
		return ""
	}
	function := 0
	fw := functionWords()
	for w := range strings.FieldsSeq(text) {
		if fw[vn.Fold(w)] {
			function++
		}
	}
	if function*12 < words {
		return fmt.Sprintf("%d of %d words carry Vietnamese marks and %d are Vietnamese function words", marked, words, function)
	}
	return ""
}

// notLetters says why text is mostly not letters, or "" when it is.
func notLetters(text string) string {
	letters, visible := 0, 0
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf:
			// ASCII, most of the text, read without unicode's tables.
			if r == ' ' || '\t' <= r && r <= '\r' {
				continue
			}
			visible++
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				letters++
			}
		case isLatinLetter(r):
			visible++
			letters++
		default:
			if unicode.IsSpace(r) {
				continue
			}
			visible++
			if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
				letters++
			}
		}
	}
	if visible == 0 || letters*2 < visible {
		return fmt.Sprintf("only %d of %d characters are letters", letters, visible)
	}
	return ""
}

// isLatinLetter reports the runes of Latin Extended-A and -B and of Latin
// Extended Additional, every one a letter: the Vietnamese letters (ă, đ,
// ơ, ư, ạ ... ỹ) among them. TestLatinLetters holds it to unicode.
func isLatinLetter(r rune) bool {
	return '\u0100' <= r && r <= '\u024f' || '\u1e00' <= r && r <= '\u1eff'
}

// functionWords are frequent Vietnamese words, folded.
func functionWords() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("va cua cac la duoc co trong nhung da voi cho nguoi nay mot de khong tai ve dong chi dang bo nhiem ky hoi nghi dai thanh uy") {
		m[w] = true
	}
	return m
}

// hasVietnameseMark reports a letter that English does not use: đ, vowels
// with a breve, horn or circumflex, and tone marks.
func hasVietnameseMark(w string) bool {
	for _, r := range w {
		if r > unicode.MaxASCII && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
			return true
		}
	}
	return false
}
