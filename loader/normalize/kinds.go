package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/vn"
)

// para is a paragraph being classified.
type para struct {
	text string
	kind model.BlockKind
}

// Limits, in words, of the short lines a page prints around its article.
const (
	maxTitleWords   = 40 // a headline
	maxHeadingWords = 20 // a subheading
	maxCaptionWords = 60 // a photo caption carrying a credit
	maxBareCaption  = 30 // a caption without a credit
	maxDottedCap    = 16 // a caption printed as one sentence with a period
	maxBylineWords  = 16
)

// classify gives each paragraph its kind. It runs in passes, as a reader does:
// page dates first, then the headline, the bylines at the edges of the
// article, the captions and subheadings inside it, and body text for the rest.
func classify(ps []para, title string) []para {
	ps = splitHeaders(ps)
	for i := range ps {
		ps[i].kind = model.Body
		if isHeader(ps[i].text) {
			ps[i].kind = model.Header
		}
	}
	ps = markTitle(ps, title)
	ps = splitSignature(ps)
	// isCaption is asked of most paragraphs twice, below: once each.
	captions := make([]int8, len(ps)) // 0 not asked yet, 1 a caption, -1 not
	caption := func(i int) bool {
		if captions[i] == 0 {
			captions[i] = -1
			if isCaption(ps[i].text) {
				captions[i] = 1
			}
		}
		return captions[i] > 0
	}
	// The article's edges: before the first and after the last paragraph of
	// prose, where bylines sit.
	first, last := -1, -1
	for i, p := range ps {
		if p.kind == model.Body && isProse(p.text) && !caption(i) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	var titleKey string
	for _, p := range ps {
		if p.kind == model.Title {
			titleKey = vn.Fold(p.text)
			break
		}
	}
	for i := range ps {
		p := &ps[i]
		if p.kind != model.Body {
			continue
		}
		atEdge := first < 0 || i < first || i > last
		switch {
		case isBylineLine(p.text, atEdge):
			p.kind = model.Byline
		case titleKey != "" && wordCount(p.text) <= maxTitleWords && vn.Fold(p.text) == titleKey:
			// The headline printed again under the picture it heads.
			p.kind = model.Caption
		case caption(i):
			p.kind = model.Caption
		case isHeading(p.text):
			p.kind = model.Heading
		}
	}
	return dropAfterByline(ps, last)
}

// splitSignature cuts the initials a reporter signs with off the end of the
// article's last paragraph of prose, where some pages print them on the same
// line ("... Phó Bí thư Tỉnh ủy khóa XV. X.H"), into a byline paragraph of
// their own. Only initials joined by dots count: a sentence may end in a
// capitalised word or an abbreviation (TPHCM, TT).
func splitSignature(ps []para) []para {
	for i := len(ps) - 1; i >= 0; i-- {
		if ps[i].kind != model.Body || !isProse(ps[i].text) {
			continue
		}
		t := ps[i].text
		k := strings.LastIndex(t, ". ")
		if k < 0 {
			return ps
		}
		sig := strings.TrimSpace(t[k+2:])
		if !strings.Contains(strings.TrimSuffix(sig, "."), ".") || !isInitials(sig) {
			return ps
		}
		out := append([]para{}, ps[:i+1]...)
		out[i].text = t[:k+1]
		out = append(out, para{text: sig, kind: model.Body})
		return append(out, ps[i+1:]...)
	}
	return ps
}

// dropAfterByline drops what follows the byline that closes the article (the
// last one, after the last paragraph of prose) when it is not text of the
// article: short lines of the page's tail that no marker announced.
func dropAfterByline(ps []para, lastProse int) []para {
	lastBy := -1
	for i, p := range ps {
		if p.kind == model.Byline {
			lastBy = i
		}
	}
	if lastBy < 0 || lastBy < lastProse {
		return ps
	}
	out := ps[:lastBy+1]
	for _, p := range ps[lastBy+1:] {
		if p.kind == model.Body || p.kind == model.Byline {
			out = append(out, p)
		}
	}
	return out
}

// isHeader reports a line that is a page date and nothing else: "Thứ Bảy,
// ngày 22 tháng 6 năm 2024", "Thứ sáu - 18/07/2025 12:03", "date 2025-10-01",
// "Cập nhật: 10:30 20/08/2025 (GMT+7)".
func isHeader(t string) bool {
	if wordCount(t) > 16 {
		return false
	}
	ms := dates.Find(t)
	if len(ms) == 0 {
		return false
	}
	rs := []rune(t)
	var rest strings.Builder
	prev := 0
	for _, m := range ms {
		rest.WriteString(string(rs[prev:m.Start]))
		rest.WriteByte(' ')
		prev = m.End
	}
	rest.WriteString(string(rs[prev:]))
	// Only a day of a year is a page date, or a month printed in a machine
	// form ("date 2020-10"); "năm 2022" and "Chiều 10/1" are not.
	if ms[0].Precision() != date.Day && !(ms[0].Machine && ms[0].Precision() == date.Month) || ms[0].Last().Year == 0 {
		return false
	}
	for _, w := range strings.Fields(vn.Fold(rest.String())) {
		if !headerWord(w) {
			return false
		}
	}
	return true
}

// headerWord reports the words a page-date line carries besides its date.
func headerWord(w string) bool {
	switch w {
	case "cap", "nhat", "dang", "ngay", "luc", "gio", "gmt", "gmt+7", "date", "published", "updated",
		"posted", "thoi", "gian", "thu", "chu", "hai", "ba", "tu", "nam", "sau", "bay", "pm", "am", "ict",
		"utc", "update", "luot", "xem", "sang", "chieu", "toi", "xuat", "ban", "len", "tai", "modified":
		return true
	}
	for _, r := range w {
		if !(r >= '0' && r <= '9') && r != '+' && r != '-' && r != '/' && r != '.' && r != ':' {
			return false
		}
	}
	return true
}

// splitHeaders splits a page date glued in front of the first sentence
// ("date 2025-10-01 Ngày 1-10, Đảng ủy ... tổ chức ...") into a header
// paragraph of its own. Only a page date's forms are split off (machine dates,
// dates with a weekday or a time); "Ngày 18/7/2025, Đảng bộ ..." is the
// sentence's own date and stays.
func splitHeaders(ps []para) []para {
	var out []para
	for i, p := range ps {
		if i >= 4 || isHeader(p.text) {
			// Page dates are printed at the top; a whole page-date line
			// ("Thứ bảy, 14/9/2024, 10:05 (GMT+7)") stays whole.
			out = append(out, p)
			continue
		}
		// A page date is short: look at the paragraph's first 64 runes only.
		ms := dates.Find(p.text[:runeOffset(p.text, 64)])
		if len(ms) == 0 || ms[0].Start != 0 {
			out = append(out, p)
			continue
		}
		m := ms[0]
		end := runeOffset(p.text, m.End)
		rest := strings.TrimSpace(p.text[end:])
		pageForm := m.Machine || m.HasWeekday || m.Clock != ""
		if !pageForm || m.From.Year == 0 || m.PartOfDay != "" || rest == "" || strings.HasPrefix(rest, ",") {
			out = append(out, p)
			continue
		}
		out = append(out, para{text: p.text[:end]}, para{text: rest})
	}
	return out
}

// runeOffset is the byte offset in s of its rune n, len(s) when s has no
// more runes: s[:runeOffset(s, n)] is string([]rune(s)[:n]) without
// converting the rest, for valid UTF-8 (Normalize makes it so).
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// markTitle marks the headline: the record's title where the reader had one
// (added in front when the text lacks it), else the first paragraph that is
// not a page date when it is short and not a sentence.
func markTitle(ps []para, title string) []para {
	if title != "" {
		key := vn.Fold(title)
		for i := 0; i < len(ps) && i < 4; i++ {
			if vn.Fold(ps[i].text) == key {
				ps[i].kind = model.Title
				return ps
			}
		}
		return append([]para{{text: title, kind: model.Title}}, ps...)
	}
	// The headline comes before the article's first prose, possibly after
	// page dates and a section name.
	for i := range ps {
		switch {
		case ps[i].kind == model.Header:
			continue
		case titleLike(ps[i].text):
			ps[i].kind = model.Title
			return ps
		case wordCount(ps[i].text) < 3 && i < 3:
			continue
		}
		break
	}
	return ps
}

// titleLike reports a headline: a few words starting with a capital or a
// digit, without a sentence's final period, and no credit or byline.
func titleLike(t string) bool {
	n := wordCount(t)
	if n < 3 || n > maxTitleWords {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '“' && r != '\'' {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(".,;:…", last) || hasCredit(t) {
		return false
	}
	if _, ok := Byline(t); ok {
		return false
	}
	return true
}

// isBylineLine reports an author line. Labelled bylines ("Tác giả bài viết:",
// "Bài và ảnh:") and sources are bylines anywhere; a bare name ("Kim Thành",
// "THU HƯỜNG - VĂN MINH") only at the article's edges, where a subheading in
// capitals would not be.
func isBylineLine(t string, atEdge bool) bool {
	if wordCount(t) > maxBylineWords {
		return false
	}
	names, ok := Byline(t)
	if !ok {
		return false
	}
	labelled := strings.ContainsRune(t, ':') || len(names) == 0
	// A line that is nothing but two or more names is a byline wherever the
	// page put it ("Thanh Hải - Nguyễn Nam" above a last paragraph of guests);
	// a lone name inside the article may be a subheading.
	return labelled || atEdge || len(names) >= 2
}

// hasCredit reports a photo credit or a picture note: "Ảnh: X", "(Ảnh ...",
// "Ảnh minh họa", "Nguồn ảnh".
//
// Asked of most lines of every page, it lower-cases only the lines that can
// hold a credit: every credit has ả, a colon or a bracket in it, and no
// other rune lower-cases to one of them (TestCreditRunes).
func hasCredit(t string) bool {
	if !strings.ContainsFunc(creditRunes, func(r rune) bool { return strings.ContainsRune(t, r) }) {
		return false
	}
	l := strings.ToLower(t)
	// Most lines left hold none of the four stems the credits are made of.
	if !containsAny(l, creditStems()) {
		return false
	}
	for _, c := range credits() {
		if strings.Contains(l, c) {
			return true
		}
	}
	return false
}

// credits are the photo credits and picture notes hasCredit finds, in small
// letters (an array, copied rather than allocated at each call).
func credits() [15]string {
	return [...]string{"ảnh:", "ảnh :", "(ảnh", "ảnh minh họa", "ảnh minh hoạ", "ảnh tư liệu", "nguồn ảnh", "ảnh do ",
		"ảnh chụp màn hình", "photo:", "(video", "video:", "clip:", "ảnh internet", "ảnh: "}
}

// creditStems are the words one of which every credit holds (TestCreditRunes).
func creditStems() [4]string { return [...]string{"ảnh", "photo:", "video", "clip:"} }

// containsAny reports whether s holds one of words.
func containsAny(s string, words [4]string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// creditRunes are the runes one of which every credit hasCredit knows holds
// once lower-cased: ả (ảnh) in both cases, the colon (photo:, video:, clip:)
// and the bracket ((video). Not p or v: most Vietnamese lines have one.
const creditRunes = "ảẢ:("

// isCaption reports a photo caption: a line with a credit, one led by ">>",
// the same caption printed twice, or a short line that describes a picture
// (who is seen doing what: "Quang cảnh hội nghị", "Đồng chí X phát biểu tại
// Hội nghị").
func isCaption(t string) bool {
	n := wordCount(t)
	if n > maxCaptionWords {
		return false
	}
	if hasCredit(t) {
		return true
	}
	if strings.HasPrefix(t, ">>") || strings.HasPrefix(t, "»") || strings.HasPrefix(t, "►") || strings.HasPrefix(t, "▲") {
		return true
	}
	if printedTwice(t) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	low := func() string { return " " + strings.ToLower(strings.Trim(t, " .")) + " " }
	switch {
	case last == '.' && n <= maxDottedCap && !strings.ContainsAny(strings.TrimRight(t, "."), ".,;:!?"):
		l := low()
		return picturesPerson(l) && hasPictureVerb(l)
	case !strings.ContainsRune(".:;,…", last) && n <= maxBareCaption:
		l := low()
		return hasPictureVerb(l) || picturesScene(l)
	}
	return false
}

// printedTwice reports a line that is one text twice: pages print an image's
// alt text and its caption side by side.
//
// It reads the words as strings.Fields splits them, without building the
// slice: it is asked of every short line.
func printedTwice(t string) bool {
	// Most lines are not: their first word is not printed again.
	if w, rest := nextField(t); w == "" || !strings.Contains(rest, w) {
		return false
	}
	n := 0
	for s := t; ; n++ {
		var w string
		if w, s = nextField(s); w == "" {
			break
		}
	}
	if n < 4 || n%2 != 0 {
		return false
	}
	first, second := t, t
	for range n / 2 {
		_, second = nextField(second)
	}
	for range n / 2 {
		var a, b string
		a, first = nextField(first)
		b, second = nextField(second)
		if a != b {
			return false
		}
	}
	return true
}

// nextField returns the first word of s, split at white space as
// strings.Fields splits, and what follows it; "" when s has no word left.
func nextField(s string) (w, rest string) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// pictureVerbs are what people in news photos are seen doing.
func pictureVerbs() []string {
	return []string{"phát biểu", "trao", "tặng", "chụp ảnh", "chụp hình", "lưu niệm", "dự hội nghị",
		"dự đại hội", "dự lễ", "dự buổi", "dự phiên", "biểu quyết", "bỏ phiếu", "ra mắt", "tuyên thệ",
		"cắt băng", "chủ trì", "thăm", "tham quan", "đón tiếp", "tiếp đón", "làm việc với", "chúc mừng",
		"dâng hoa", "dâng hương", "bắt tay", "trò chuyện", "thảo luận tại", "báo cáo tại", "tham dự",
		"dự hội thảo", "dự tọa đàm", "dự toạ đàm", "điều hành", "khai mạc", "bế mạc", "tiếp thu", "trình bày"}
}

// picturesScene reports captions that show a scene rather than a person.
func picturesScene(low string) bool {
	for _, s := range []string{" quang cảnh ", " toàn cảnh ", " các đại biểu ", " đại biểu dự ", " đoàn chủ tịch ",
		" các đồng chí ", " một số hình ảnh ", " hình ảnh tại ", " không khí "} {
		if strings.HasPrefix(low, s) || strings.Contains(low, s) && strings.HasPrefix(low, " các ") {
			return true
		}
	}
	return false
}

// picturesPerson reports a caption led by the person or people pictured: a
// comrade, delegates, a title or a name.
func picturesPerson(low string) bool {
	for _, s := range []string{" đồng chí ", " các đồng chí ", " các đại biểu ", " đại biểu ", " quang cảnh ",
		" toàn cảnh ", " lãnh đạo ", " ông ", " bà ", " bí thư ", " phó bí thư ", " chủ tịch ", " phó chủ tịch ",
		" tổng bí thư ", " trưởng ban ", " phó trưởng ban ", " thủ tướng ", " bộ trưởng ", " giám đốc "} {
		if strings.HasPrefix(low, s) {
			return true
		}
	}
	return false
}

func hasPictureVerb(low string) bool {
	for _, v := range pictureVerbs() {
		if strings.Contains(low, " "+v+" ") {
			return true
		}
	}
	return false
}

// isHeading reports a subheading: a short line starting with a capital or a
// digit, without a sentence's punctuation at its end.
func isHeading(t string) bool {
	n := wordCount(t)
	if n == 0 || n > maxHeadingWords {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune(".,;:…", last)
}
