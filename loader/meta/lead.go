package meta

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/vn"
)

// maxEventDays is the longest range read as one event: congresses and
// conferences last days; "03/7/2007 - 03/7/2022" is an anniversary's span.
const maxEventDays = 31

// lead is the start of an article: its headline and first body sentences,
// with the dates and terms they print.
type lead struct {
	sents []leadSentence
}

type leadSentence struct {
	model.Sentence
	low   string // lower case
	runes []rune
	dates []dates.Match
	// birth is where the sentence's first birth cue ends (careerYear), as
	// a rune index plus one; -1 when it prints none. It is 0, not read, in
	// a leadSentence built without newLeadSentence (effectiveYear,
	// sameDayYear, latestPast build their own): careerYear then reads it.
	birth int
}

// newLeadSentence is st with its lower case low and its dates ds, the birth
// cue read once for every date of it (birthCue).
func newLeadSentence(st model.Sentence, low string, ds []dates.Match) leadSentence {
	s := leadSentence{Sentence: st, low: low, runes: []rune(st.Text), dates: ds}
	s.birth = birthCue(s.runes) + 1
	if s.birth == 0 {
		s.birth = -1
	}
	return s
}

func readLead(ss []model.Sentence, ds [][]dates.Match) lead {
	return readLeadOf(ss, ds, leadSentences)
}

// readLeadOf reads a lead of n body sentences; ds are the dates of each of ss.
func readLeadOf(ss []model.Sentence, ds [][]dates.Match, n int) lead {
	var l lead
	body := 0
	for i, s := range ss {
		switch s.Kind {
		case model.Title:
		case model.Body:
			if body >= n {
				continue
			}
			body++
		default:
			continue
		}
		l.sents = append(l.sents, newLeadSentence(s, congressWord(strings.ToLower(s.Text)), ds[i]))
	}
	return l
}

// event returns the expression that dates the lead's event: the first date
// with a day in the lead's body that is not another thing's date (a
// document's, a founding's, a birth's, a deadline's, an anniversary's span),
// or the date of the document the lead reports being issued (reported).
// A full date after the page's own day is one ahead of the news ("ngày bầu
// cử ... là vào Chủ nhật, ngày 23/5/2021" on a page of 15/03/2021), not the
// event it reports.
func (l lead) event(pub date.Date) (m dates.Match, sentence int, reported, ok bool) {
	for _, s := range l.sents {
		if s.Kind != model.Body {
			continue
		}
		for _, m := range s.dates {
			if m.Last().Day == 0 {
				continue
			}
			if d, ok := m.Last().Date(); ok && m.Last().Year != 0 && pub.Precision() == date.Day && gapDays(pub, d) > 1 {
				continue
			}
			if today, ok := l.dayBefore(s, m); ok {
				return today, s.Index, false, true
			}
			if !otherDate(s, m) {
				if m2, i2, ok := l.toldEarlier(s, m); ok {
					return m2, i2, false, true
				}
				return m, s.Index, false, true
			}
			if l.reportedDocument(s, m) {
				return m, s.Index, true, true
			}
		}
	}
	return dates.Match{}, 0, false, false
}

// nearerNews is the news's day when the lead's first day ev (of sentence at), printed with its
// year, lies more than crawlGapDays before a page stamp of a day, and a
// later day of the lead, printed without a year or with the stamp's, falls
// within crawlGapDays on or before the stamp: news is published within days,
// so the first is an earlier step of the story ("Ông A trao quyết định ...
// cho ông B vào ngày 12/3/2021" over "vào ngày 22/4, HĐND huyện tổ chức kỳ
// họp" under "10:36 23/04/2021"), not a sign the stamp is a crawl's. A lead
// with no such later day keeps its first (a crawl's stamp over "Ngày
// 18/7/2020, Đảng bộ tổ chức đại hội").
func (l lead) nearerNews(ev dates.Match, at int, pub date.Date) (dates.Match, int, bool) {
	w := ev.Last()
	first, ok := w.Date()
	if !ok || w.Year == 0 || pub.Precision() != date.Day || gapDays(first, pub) <= crawlGapDays {
		return dates.Match{}, 0, false
	}
	past := false
	for _, s := range l.sents {
		if s.Kind != model.Body {
			continue
		}
		for _, m := range s.dates {
			if !past {
				past = s.Index == at && m.Start == ev.Start && m.End == ev.End
				continue
			}
			w2 := m.Last()
			if m.IsRange() || w2.Day == 0 || w2.Year != 0 && w2.Year != pub.Year || otherDate(s, m) {
				continue
			}
			d, ok := withYear(model.When{Month: w2.Month, Day: w2.Day}, yearBefore(w2, pub))
			if g := gapDays(d, pub); ok && g >= 0 && g <= crawlGapDays && !d.Before(first) {
				return m, s.Index, true
			}
		}
	}
	return dates.Match{}, 0, false
}

// dayBefore is today's day where a lead that tells of today ("Hôm nay,
// Ban chấp hành TƯ mới ... họp") dates only tomorrow's ("phiên bế mạc Đại
// hội ngày mai, 28/1"): m's day less one, printed without its year. ok is
// false for any other day, and where the day before falls in the month
// before (its length depends on the year).
func (l lead) dayBefore(s leadSentence, m dates.Match) (dates.Match, bool) {
	w := m.Last()
	if m.IsRange() || w.Year != 0 || w.Day <= 1 || !tomorrow(m) {
		return dates.Match{}, false
	}
	today := false
	for _, t := range l.sents {
		today = today || t.Kind == model.Body && strings.Contains(t.low, "hôm nay") && len(t.dates) == 0
	}
	if !today {
		return dates.Match{}, false
	}
	m.From = model.When{Month: w.Month, Day: w.Day - 1}
	m.To = model.When{}
	m.Text = "hôm nay, the day before " + m.Text
	return m, true
}

// tomorrow reports a day printed as tomorrow's: "ngày mai, 28/1".
func tomorrow(m dates.Match) bool {
	return strings.HasPrefix(strings.ToLower(m.Text), "ngày mai")
}

// toldDays is how long before the day it is told of an event may lie.
const toldDays = 10

// toldEarlier is the day of the event a dated report tells of: "Ngày 7-9,
// Văn phòng Thành ủy cho biết đã có thông cáo báo chí kỳ họp ... Theo đó,
// chiều 4-9, bà A chủ trì kỳ họp" reports a meeting of 4-9. ok is false
// unless m's sentence tells (cho biết) and a later sentence of the lead dates
// a day within days before m.
func (l lead) toldEarlier(s leadSentence, m dates.Match) (dates.Match, int, bool) {
	if m.IsRange() || m.End > len(s.runes) || !strings.Contains(strings.ToLower(string(s.runes[m.End:])), "cho biết") {
		return dates.Match{}, 0, false
	}
	w := m.Last()
	for _, t := range l.sents {
		if t.Kind != model.Body || t.Index <= s.Index {
			continue
		}
		for _, m2 := range t.dates {
			w2 := m2.Last()
			if m2.IsRange() || w2.Day == 0 || w2.Year != 0 && w.Year != 0 && w2.Year != w.Year || otherDate(t, m2) {
				continue
			}
			if g := days(w2, w); g > 0 && g <= toldDays {
				return m2, t.Index, true
			}
		}
	}
	return dates.Match{}, 0, false
}

// days is the number of days from a to b, both in b's year (or a common
// year when b has none); -1 when either lacks a day.
func days(a, b model.When) int {
	y := b.Year
	if y == 0 {
		y = 2001
	}
	da, ok1 := withYear(model.When{Month: a.Month, Day: a.Day}, y)
	db, ok2 := withYear(model.When{Month: b.Month, Day: b.Day}, y)
	if !ok1 || !ok2 || a.Day == 0 || b.Day == 0 {
		return -1
	}
	return gapDays(da, db)
}

// reportedDocument reports whether m is the date of a document the lead
// reports as its news: issued just now ("vừa ký ban hành Kết luận số
// 210-KL/TW ngày 12/11/2025") or named by the headline ("Quy định số
// 97-QĐ/TW của Bộ Chính trị: ..." over "Tại Quy định số 97-QĐ/TW ngày
// 7/2/2023"). A document the event carries out ("Thực hiện Kế hoạch số
// 10-KH/TU ngày 5/1/2024, chiều 10/1 ...") is not.
func (l lead) reportedDocument(s leadSentence, m dates.Match) bool {
	if m.IsRange() || m.Last().Year == 0 {
		return false
	}
	near := strings.Fields(wordsBefore(s.runes, m.Start, 4))
	code := ""
	for i := len(near) - 1; i >= 0; i-- {
		if strings.Contains(near[i], "/") && strings.ContainsAny(near[i], "0123456789") {
			code = strings.Trim(near[i], ",;:()")
			break
		}
	}
	if code == "" {
		return false
	}
	// The cue comes before the document's name: "vừa ký ban hành Kết luận
	// số 34-KL/TW ngày 18/4/2022". After it, it describes the document by
	// its day ("Nghị quyết 41-NQ/TW ban hành ngày 10/10/2023 đã tiếp sức
	// ...", a feature recalling it): no news of its issue.
	before := wordsBefore(s.runes, m.Start, 10)
	if k := strings.LastIndex(before, code); k >= 0 {
		before = before[:k]
	}
	for _, cue := range []string{"ban hành", "vừa ký", "đã ký", "ký quyết định"} {
		if strings.Contains(before, cue) {
			return true
		}
	}
	for _, t := range l.sents {
		if t.Kind != model.Title {
			continue
		}
		h := strings.ToLower(vn.Tone(t.Text))
		if k := strings.Index(h, code); k >= 0 && !carriedOut(h[:k]) {
			return true
		}
	}
	return false
}

// carriedOut reports a headline that names a document as what its event
// carries out or reviews, not as its news: "Bến Cầu tổ chức tổng kết năm
// 2015 và 5 năm thực hiện Chỉ thị 03-CT/TW" reports a conference, not the
// directive of 2011. before is the headline up to the document's code.
func carriedOut(before string) bool {
	ws := strings.Fields(before)
	near := strings.Join(ws[max(0, len(ws)-8):], " ")
	for _, cue := range []string{"thực hiện", "tổng kết", "sơ kết", "quán triệt", "triển khai", "học tập", "hội nghị"} {
		if strings.Contains(near, cue) {
			return true
		}
	}
	return false
}

// otherDate reports a date of something other than the reported event.
func otherDate(s leadSentence, m dates.Match) bool {
	if m.IsRange() {
		from, ok1 := m.From.Date()
		to, ok2 := m.To.Date()
		if ok1 && ok2 && gapDays(from, to) > maxEventDays {
			return true
		}
		if m.From.Year != 0 && m.To.Year != 0 && m.From.Year != m.To.Year && (!ok1 || !ok2) {
			return true
		}
	}
	if careerLine(s, m) || basisLine(s) {
		return true
	}
	// A cue belongs to the first date after it: "kỷ niệm 77 năm ngày thành
	// lập Quân đội (22/12/1944 - 22/12/2021), sáng ngày 22/12" dates the
	// founding by the span, the event by 22/12.
	rs := s.runes
	for _, p := range s.dates {
		if p.End <= m.Start && p.End > 0 {
			rs = s.runes[p.End:]
			rs = rs[:m.Start-p.End]
		}
	}
	if len(rs) == len(s.runes) {
		rs = s.runes[:min(m.Start, len(s.runes))]
	}
	before := wordsBefore(rs, len(rs), 12)
	for _, cue := range []string{"thành lập", "kỷ niệm", "sinh ngày", "ngày sinh", "ra đời", "giải phóng",
		// A profile's steps: "vào Đảng Cộng sản Việt Nam ngày 15-7-1959",
		// "nhập ngũ ngày …", "tham gia cách mạng ngày …".
		"vào đảng", "kết nạp đảng", "nhập ngũ", "tham gia cách mạng",
		"ban hành", "hiệu lực", "có hiệu lực", "kể từ", "qua đời", "từ trần", "hy sinh", "tạ thế", "mất ngày",
		// The basis a decision rests on: "Căn cứ Biên bản kiểm phiếu ngày 22/4/2016".
		"căn cứ", "biên bản"} {
		if strings.Contains(before, cue) {
			return true
		}
	}
	// "nghỉ hưu hưởng chế độ bảo hiểm xã hội từ ngày 1/6/2020": the day a
	// retirement takes effect, the match holding its "từ ngày", is no
	// meeting's, whether it comes before the news or after it.
	if retirementFrom(before, m) {
		return true
	}
	if coming(s.runes, m) || submitted(s.runes, m) {
		return true
	}
	// "ngày mai, 28/1": a day ahead of the news.
	if tomorrow(m) {
		return true
	}
	// "Sinh ngày 15/3/1957", "SN 12/5/1965": a birth, the match holding its
	// "ngày". "(TTXVN 11/3/2022)": the agency's dispatch, not its news.
	switch lastWord(wordsBefore(s.runes, m.Start, 1)) {
	case "sinh", "sn", "mất", "ttxvn", "vna", "kể", "tức": // tức: the lunar day of a day just printed
		return true // kể: "(có hiệu lực) kể từ ngày 22/6/2021", the match holding its "từ ngày"
	}
	// "Luật ... được Quốc hội khóa XIV, kỳ họp thứ 6 thông qua ngày
	// 20/11/2018": the day a text was passed, told of the text, not a
	// meeting's news ("Ngày 20/11, Quốc hội thông qua Luật" is dated before
	// the verb).
	if strings.HasSuffix(wordsBefore(s.runes, m.Start, 2), "thông qua") {
		return true
	}
	near := wordsBefore(s.runes, m.Start, 5)
	for _, cue := range []string{"nghị quyết", "kết luận", "chỉ thị", "quyết định", "quy định", "thông tri",
		"hướng dẫn", "kế hoạch", "đề án", "công văn", "tờ trình", "thông báo", "nghị định", "thông tư", "luật", "lệnh công bố"} {
		if strings.Contains(near, cue) {
			return true
		}
	}
	// A document's code (số 21-KL/TW ngày ...), not another date's slashes
	// nor a dispatch's tag, a source glued to its day ("(BVBNĐ-22/6/2017)
	// Chiều ngày 22/6/2017 Chi bộ 2 ... tổ chức đại hội"): a code has
	// letters after its first slash.
	for _, w := range strings.Fields(near) {
		if _, after, ok := strings.Cut(w, "/"); ok && strings.ContainsFunc(after, unicode.IsLetter) {
			return true
		}
	}
	last := lastWord(wordsBefore(s.runes, m.Start, 1))
	switch last {
	case "trước", "đến", "tới", "hạn", "sau", "nhìn":
		return true
	}
	// "Trước đó, ngày 10-7, HĐND tỉnh đã bỏ phiếu ...": what led to the
	// news, told after it.
	return strings.HasSuffix(strings.TrimRight(wordsBefore(s.runes, m.Start, 2), ", "), "trước đó")
}

// careerLine reports a date that heads a line of a tiểu sử ("● 7/2013:
// Tỉnh ủy viên, Trưởng Ban Nội chính ...", "4/2015 - 4/2020: ..."): the
// sentence opens on it, printed bare (no ngày, sáng, Thứ), past a list's
// marks, and a colon follows it. It dates a step of a career, not the news.
func careerLine(s leadSentence, m dates.Match) bool {
	if m.Start >= len(s.runes) || m.End > len(s.runes) {
		return false
	}
	for _, r := range s.runes[:m.Start] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if m.Text == "" || !unicode.IsDigit([]rune(m.Text)[0]) {
		return false
	}
	for _, r := range s.runes[m.End:] {
		if !unicode.IsSpace(r) {
			return r == ':'
		}
	}
	return false
}

// wordsBefore returns up to n words of the sentence before rune offset at, in
// lower case. It looks at a bounded window, so that a sentence with many dates
// costs no more than its length times a constant.
func wordsBefore(rs []rune, at, n int) string {
	if at > len(rs) {
		at = len(rs)
	}
	from := at - 16*n
	if from < 0 {
		from = 0
	}
	ws := strings.Fields(string(rs[from:at]))
	if from > 0 && len(ws) > 0 {
		ws = ws[1:] // the window may cut a word
	}
	if len(ws) > n {
		ws = ws[len(ws)-n:]
	}
	return strings.ToLower(vn.Tone(strings.Join(ws, " ")))
}

func lastWord(s string) string {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return ""
	}
	return strings.Trim(ws[len(ws)-1], ",;:()")
}

// termYear is the first year of the term of the congress the lead reports: a
// congress of nhiệm kỳ 2025-2030 is held in 2025. It applies only when the
// event is a congress (the gathering the event sentence names first is a Đại
// hội); the term is read from the event sentence, else from the lead's other
// sentences that name a Đại hội.
func (l lead) termYear(ev dates.Match, evSentence int) (int, string) {
	var evs *leadSentence
	for i := range l.sents {
		if l.sents[i].Index == evSentence {
			evs = &l.sents[i]
		}
	}
	if evs == nil {
		return 0, ""
	}
	if y, text := emulationYear(evs.Text); y != 0 {
		return y, text
	}
	if !congressReported(*evs, ev) {
		return l.fragmentTerm(*evs)
	}
	if y, text := latestTerm(evs.Text); y != 0 {
		return y, text
	}
	for _, s := range l.sents {
		if !strings.Contains(s.low, "đại hội") {
			continue
		}
		if y, text := latestTerm(s.Text); y != 0 {
			return y, text
		}
	}
	// The posts the congress fills, printed with their term before it: "...
	// chỉ định tiếp tục giữ chức Bí thư Tỉnh ủy nhiệm kỳ 2025-2030. Quyết định
	// được công bố tại phiên khai mạc Đại hội Đảng bộ tỉnh sáng 24/9."
	for _, s := range l.sents {
		if y, text := latestTerm(s.Text); y != 0 && strings.Contains(strings.ToLower(text), "nhiệm kỳ") {
			return y, text
		}
	}
	return 0, ""
}

// fragmentWords is the most words a dated fragment cut off its clause by a
// full stop has: a part of day, a day, a place.
const fragmentWords = 10

// fragmentTerm is the year of the term the congress of the next sentence
// opens, where the event's sentence is a fragment of it cut by a full stop:
// "Chiều 7-8, tại Văn phòng Hội Nhà báo tỉnh. Chi Hội Nhà báo ... đã tổ
// chức Đại hội lần thứ II (nhiệm kỳ 2015-2017)." A fragment names no
// gathering of its own; the next sentence must open on the congress held.
func (l lead) fragmentTerm(evs leadSentence) (int, string) {
	if len(strings.Fields(evs.Text)) > fragmentWords || strings.Contains(evs.low, "đại hội") || strings.Contains(evs.low, "hội nghị") {
		return 0, ""
	}
	for i, s := range l.sents {
		if s.Index != evs.Index || i+1 >= len(l.sents) {
			continue
		}
		next := l.sents[i+1]
		if next.Kind != model.Body || len(next.dates) > 0 {
			return 0, ""
		}
		if g, ok := firstGathering(strings.ToLower(vn.Tone(next.Text)), false); !ok || !g {
			return 0, ""
		}
		return latestTerm(next.Text)
	}
	return 0, ""
}

// editionYear is the year a recurring contest or prize the lead names by its
// edition and year is held in: "Cuộc thi chính luận ... lần thứ 3 năm 2023",
// "Giải Búa liềm vàng) lần thứ III - năm 2018". Only the edition's own year,
// printed right after its number: "lần thứ 9 Ban Chấp hành ... năm 2020"
// names no edition's year.
func (l lead) editionYear() (int, string) {
	for _, s := range l.sents {
		ws := strings.Fields(s.low)
		for i := 0; i+4 < len(ws); i++ {
			if ws[i] != "lần" || ws[i+1] != "thứ" || roman(strings.Trim(ws[i+2], ",.;:()")) == 0 {
				continue
			}
			j := i + 3
			if ws[j] == "-" || ws[j] == "–" || ws[j] == "," {
				j++
			}
			if j+1 >= len(ws) || ws[j] != "năm" {
				continue
			}
			y, err := strconv.Atoi(strings.Trim(ws[j+1], ",.;:()\"”"))
			if err == nil && y >= 1945 && y <= 2100 {
				return y, strings.Join(ws[i:j+2], " ")
			}
		}
	}
	return 0, ""
}

// emulationYear is the closing year of the period an emulation congress
// reviews ("Đại hội thi đua yêu nước giai đoạn 2006 – 2010", "Hội nghị điển
// hình tiên tiến giai đoạn 2015-2020"): it is held as the period closes,
// unlike a party congress, which opens its term.
func emulationYear(text string) (int, string) {
	low := strings.ToLower(vn.Tone(text))
	at := -1
	for _, cue := range []string{"đại hội thi đua", "hội nghị điển hình tiên tiến", "đại hội điển hình tiên tiến"} {
		if i := strings.Index(low, vn.Tone(cue)); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 {
		return 0, ""
	}
	start := len([]rune(low[:at]))
	for _, t := range dates.Terms(text) {
		if t.Start >= start && t.Word != "khóa" {
			return t.To, t.Text
		}
	}
	return 0, ""
}

// latestTerm is the first year of the latest term of office text prints, and
// the term as printed: a congress reviews the term ending and opens the next
// ("trong nhiệm kỳ qua (2007 - 2012) ... nhiệm kỳ tới (2012 - 2017)"). The
// periods of plans (giai đoạn 2021-2025) are no terms of office.
func latestTerm(text string) (int, string) {
	y, printed := 0, ""
	for _, t := range dates.Terms(text) {
		if t.Word != "giai đoạn" && t.From > y {
			y, printed = t.From, t.Text
		}
	}
	return y, printed
}

// congressReported reports whether the first gathering the event sentence
// names after its date is a congress (Đại hội) rather than a conference or a
// ceremony.
func congressReported(s leadSentence, ev dates.Match) bool {
	rs := []rune(s.Text)
	if ev.End > len(rs) {
		return false
	}
	after := strings.ToLower(vn.Tone(string(rs[ev.End:])))
	if g, ok := firstGathering(after, false); ok {
		return g
	}
	// None after the date: the one the sentence opened with ("Tiếp tục
	// chương trình Đại hội ... nhiệm kỳ 2015-2020, chiều nay (5/8), ...").
	g, _ := firstGathering(strings.ToLower(vn.Tone(string(rs[:ev.Start]))), true)
	return g
}

// congressWord spells out "đh", the congress (Đại hội) as headlines and
// papers such as Tiền Phong shorten it, in low, a lower-case text: "Chiều
// 28-9, ĐH Đảng bộ tỉnh Hải Dương lần thứ XV, nhiệm kỳ 2010-2015 bế mạc".
// Only before the words a congress's name goes on with: ĐH is also a
// university (ĐH Quốc gia, ĐH Bách khoa).
func congressWord(low string) string {
	if !strings.Contains(low, "đh ") {
		return low
	}
	ws := strings.Split(low, " ")
	changed := false
	for i := 0; i+1 < len(ws); i++ {
		if strings.TrimLeft(ws[i], "(\"“") != "đh" {
			continue
		}
		next := strings.Trim(ws[i+1], ",.;:()")
		switch next {
		case "đảng", "đại", "đoàn", "hội", "phụ", "lần", "toàn", "thi", "mttq", "mặt", "cựu", "nông", "chi":
		case "công", "thanh":
			// ĐH Công đoàn, ĐH Thanh niên may be universities: only with
			// the congress's number after (ĐH Công đoàn Việt Nam lần thứ XII).
			if !numberedSoon(ws[i+1:]) {
				continue
			}
		default:
			if roman(next) == 0 || next == "i" {
				continue
			}
		}
		ws[i] = strings.Replace(ws[i], "đh", "đại hội", 1)
		changed = true
	}
	if !changed {
		return low
	}
	return strings.Join(ws, " ")
}

// numberedSoon reports a congress's number within the first words of ws:
// "lần thứ", "khóa" or a Roman numeral.
func numberedSoon(ws []string) bool {
	for k := 0; k < len(ws) && k < 7; k++ {
		w := strings.Trim(ws[k], ",.;:()")
		if w == "lần" || w == "khóa" || w == "khoá" || roman(w) > 1 {
			return true
		}
	}
	return false
}

// firstGathering reports whether the first gathering text names (the last,
// when last is set) opens a term: a congress (Đại hội), the first plenum of a
// committee (Hội nghị lần thứ nhất) or a council's first sittings (kỳ họp thứ
// nhất, thứ 2), which are held in the term's first year. A congress named in a
// document's name or as a goal (Nghị quyết Đại hội, tiến tới Đại hội) is not
// the gathering reported. ok is false when text names none.
func firstGathering(text string, last bool) (opens, ok bool) {
	text = congressWord(text)
	best := -1
	for _, g := range []string{"đại hội", "hội nghị", "lễ ", "hội thảo", "tọa đàm", "buổi ", "phiên ", "kỳ họp", "cuộc họp"} {
		from := 0
		for {
			i := strings.Index(text[from:], g)
			if i < 0 {
				break
			}
			i += from
			from = i + len(g)
			if g == "đại hội" && (namedOnly(text[:i]) || manyLevels(text[i+len(g):])) || lastWord(text[:i]) == "tâm" {
				continue // a congress only named, or congresses in general; a venue: Trung tâm Hội nghị
			}
			if best < 0 || (!last && i < best) || (last && i > best) {
				best = i
				rest := text[i+len(g):]
				opens = g == "đại hội" || g == "hội nghị" && openingPlenum(rest) || g == "kỳ họp" && openingSitting(rest) ||
					g == "cuộc họp" && openingPlenum(rest) ||
					g == "phiên " && (sessionOfCongress(rest) || openingSitting(strings.TrimPrefix(strings.TrimSpace(rest), "họp ")))
			}
			if !last {
				break
			}
		}
	}
	return opens, best >= 0
}

// sessionOfCongress reports a session of a congress: "phiên trù bị Đại hội",
// "phiên khai mạc Đại hội" — the congress itself.
func sessionOfCongress(rest string) bool {
	ws := strings.Fields(rest)
	for i := 0; i+1 < len(ws) && i < 4; i++ {
		if ws[i] == "đại" && strings.HasPrefix(ws[i+1], "hội") {
			return true
		}
	}
	return false
}

// manyLevels reports congresses in general after "đại hội": "đại hội Đoàn các
// cấp", "đại hội đảng bộ các cấp" — the plan for them, not one held.
func manyLevels(rest string) bool {
	ws := strings.Fields(rest)
	for i := 0; i+1 < len(ws) && i < 5; i++ {
		if ws[i] == "các" && strings.HasPrefix(ws[i+1], "cấp") {
			return true
		}
	}
	return false
}

// namedOnly reports whether a congress whose name follows before is only
// named: in a document's name or as a goal.
func namedOnly(before string) bool {
	w := lastWord(before)
	switch w {
	case "quyết", "kiện", "thần", "mừng", "tới", "chuẩn", "bị":
		return true
	}
	return false
}

// openingPlenum reports "lần thứ nhất" (lần thứ I, lần 1) opening rest.
func openingPlenum(rest string) bool {
	rest = strings.TrimSpace(rest) + " "
	for _, p := range []string{"lần thứ nhất", "lần thứ i ", "lần thứ 1 ", "lần 1 ", "lần thứ i,", "lần thứ 1,"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// numberedInside reports a gathering numbered past those that open a term:
// "hội nghị … lần thứ 5", "kỳ họp thứ 12" (the first two sittings open it).
func numberedInside(low string) bool {
	ws := wordsApart(low, ",.;:()")
	for i := 0; i+2 < len(ws); i++ {
		if ws[i+1] != "thứ" || ws[i] != "lần" && ws[i] != "họp" {
			continue
		}
		n := roman(ws[i+2])
		if n == 0 {
			switch ws[i+2] {
			case "hai":
				n = 2
			case "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười":
				n = 3
			}
		}
		if n > 2 || n == 2 && ws[i] == "lần" {
			return true
		}
	}
	return false
}

// openingSitting reports a council's first or second sitting opening rest:
// both are held in the term's first year.
func openingSitting(rest string) bool {
	rest = strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if strings.ContainsRune(".;:!?)", r) {
			return ' '
		}
		return r
	}, rest)), " ") + " "
	for _, p := range []string{"thứ nhất", "thứ hai ", "thứ 1 ", "thứ 2 ", "thứ i ", "thứ ii ", "thứ 1,", "thứ 2,", "thứ hai,", "đầu tiên"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// contentYear is the latest year the lead speaks of, as the year of an event
// in month. Reviews and plans straddle the turn of the year: a review of year
// Y held in the first months is held in Y+1 (a conference "tổng kết ... năm
// 2022" in January is of 2023), and a plan for year Y made in the last months
// is made in Y-1. Years that are targets ("đến năm 2030") and other things'
// dates do not count.
func (l lead) contentYear(ev model.When) (year int, basis string, strong bool) {
	month := ev.Month
	for _, s := range l.sents {
		for _, m := range s.dates {
			w := m.Last()
			// A coming gathering's day is no day of the news, but the news
			// comes shortly before it: "Chiều 27-2, thông tin về Đại hội ...
			// sẽ diễn ra từ ngày 7 đến 9-3-2017".
			if w.Year == 0 || w.Day != 0 && otherDate(s, m) && !coming(s.runes, m) || target(s, m) || personal(s, m) || namedYear(s, m) {
				continue
			}
			y, why := w.Year, m.Text+" in the lead"
			// A day of the lead with its year lies near the event, before
			// or after it: the event is in the year that puts it nearest
			// ("Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số
			// 57-NQ/TW" leads to a 24/1 of 2025; "từ ngày 1-3-2016" follows a
			// 29-2 of 2016).
			if w.Day != 0 && ev.Day != 0 {
				if d, ok := w.Date(); ok {
					y = nearestYear(ev, d)
				}
			}
			cue, quarter := noCue, false
			if q := quarterOf(s, m); q != 0 && month > 0 {
				// A quarter is reviewed or planned within months of it,
				// on whichever side: the event is in the year that puts
				// it nearest the quarter (quý IV/2020 reviewed on 8/1:
				// 2021; quý I/2021 reviewed on 30/3: 2021).
				y, why, quarter = quarterYear(w.Year, q, month), m.Text+" in the lead, the quarter nearest the event", true
			} else if w.Month == 0 {
				cue = yearCue(s, m)
			}
			switch {
			case month > 0 && cue == reviewCue && month <= earlyMonths:
				y, why = y+1, m.Text+" reviewed in the lead, early in the next year"
			case month > 0 && cue == planCue && month >= lateMonths:
				y, why = y-1, m.Text+" planned in the lead, late in the year before"
			}
			if y > year {
				year, basis = y, why
				strong = cue != noCue || w.Day != 0 || quarter
			}
		}
	}
	return year, basis, strong
}

// quarterOf is the quarter (1 to 4) m dates when it is one, printed as
// "quý III/2022", "quý IV.2020", "quý 3/2022" (the match) or "quý I năm
// 2021" (the year matched after it); 0 otherwise.
func quarterOf(s leadSentence, m dates.Match) int {
	ws := strings.FieldsFunc(strings.ToLower(m.Text), func(r rune) bool { return r == ' ' || r == '/' || r == '.' })
	if len(ws) < 2 || ws[0] != "quý" {
		ws = strings.Fields(wordsBefore(s.runes, m.Start, 2))
		if len(ws) != 2 || ws[0] != "quý" || !strings.HasPrefix(strings.ToLower(m.Text), "năm") {
			return 0
		}
	}
	switch ws[1] {
	case "i", "1":
		return 1
	case "ii", "2":
		return 2
	case "iii", "3":
		return 3
	case "iv", "4":
		return 4
	}
	return 0
}

// quarterYear is the year, of y-1, y and y+1, that puts month nearest
// quarter q of year y.
func quarterYear(y, q, month int) int {
	first, last := y*12+3*(q-1)+1, y*12+3*q
	best, gap := y, -1
	for c := y - 1; c <= y+1; c++ {
		at := c*12 + month
		g := max(0, first-at, at-last)
		if gap < 0 || g < gap {
			best, gap = c, g
		}
	}
	return best
}

// reportedUntil is the last day the lead's reviews and plans can be reported
// on, or zero: a review of year Y until the first months of Y+1, a plan for Y
// until the end of Y. A page dated much later is a crawl's.
func (l lead) reportedUntil() date.Date {
	var until date.Date
	for _, s := range l.sents {
		for _, m := range s.dates {
			w := m.Last()
			if w.Year == 0 || w.Month != 0 || target(s, m) {
				continue
			}
			var d date.Date
			switch yearCue(s, m) {
			case reviewCue:
				d = date.Date{Year: w.Year + 1, Month: earlyMonths}.Last()
			case planCue:
				d = date.Date{Year: w.Year}.Last()
			default:
				continue
			}
			if until.IsZero() || until.Before(d) {
				until = d
			}
		}
	}
	return until
}

type cue int

const (
	noCue cue = iota
	reviewCue
	planCue
)

// yearCue says whether the sentence reviews the year ("tổng kết công tác năm
// 2022", "đánh giá kết quả ... năm 2024") or plans it ("triển khai phương
// hướng, nhiệm vụ năm 2023"): the nearest cue before the year decides.
func yearCue(s leadSentence, m dates.Match) cue {
	ws := strings.Fields(wordsBefore(s.runes, m.Start, 12))
	review := []string{"tổng kết", "sơ kết", "kết quả", "nhìn lại", "đánh giá", "kiểm điểm"}
	// "ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2024": the annual
	// resolution is issued for the year to come.
	// "quyết định chủ đề công tác năm 2014": the year's theme is chosen
	// before it begins.
	plan := []string{"triển khai", "phương hướng", "kế hoạch", "dự kiến", "định hướng", "phát động", "ra nghị quyết",
		"chủ đề công tác", "chủ đề năm", "chương trình công tác"}
	for i := len(ws) - 1; i >= 0; i-- {
		tail := strings.Join(ws[i:], " ")
		for _, c := range plan {
			if strings.HasPrefix(tail, c) {
				return planCue
			}
		}
		for _, c := range review {
			if strings.HasPrefix(tail, c) {
				return reviewCue
			}
		}
	}
	return noCue
}

// namedYear reports a year that names something rather than dates the
// event: a founding text's edition ("Cương lĩnh năm 1991", "Hiến pháp năm
// 2013", "Luật Cán bộ, công chức năm 2008") or the first year of a period
// that runs on ("ngay trong năm 2016 và những năm tiếp theo").
func namedYear(s leadSentence, m dates.Match) bool {
	if m.Last().Month != 0 {
		return false
	}
	before := strings.Fields(strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return ' '
		}
		return r
	}, wordsBefore(s.runes, m.Start, 6)))
	for _, name := range [][]string{{"cương", "lĩnh"}, {"hiến", "pháp"}, {"điều", "lệ"}} {
		if len(before) >= len(name) && slices.Equal(before[len(before)-len(name):], name) {
			return true
		}
	}
	// A law's name runs on for words: "Luật Cán bộ, công chức năm 2008";
	// discipline (kỷ luật) and the law in general (pháp luật) are no law's name.
	for i, w := range before {
		if w == "luật" && (i == 0 || before[i-1] != "kỷ" && before[i-1] != "pháp") {
			return true
		}
	}
	after := strings.ToLower(string(s.runes[min(m.End, len(s.runes)):min(m.End+30, len(s.runes))]))
	return strings.HasPrefix(strings.TrimSpace(after), "và những năm tiếp theo") ||
		strings.HasPrefix(strings.TrimSpace(after), "và các năm tiếp theo")
}

// target reports a year the text aims at rather than speaks of: "đến năm 2030",
// "tầm nhìn năm 2045".
//
// "vào năm" is a target after an aim: "nhằm đưa nước ta cơ bản trở thành
// nước công nghiệp theo hướng hiện đại vào năm 2020".
//
// A vision's year needs no vào: "nhằm đưa nước ta cơ bản trở thành nước công
// nghiệp theo hướng hiện đại năm 2020" (baonghean, of 2012).
func target(s leadSentence, m dates.Match) bool {
	switch lastWord(wordsBefore(s.runes, m.Start, 1)) {
	case "đến", "tới", "nhìn", "trước", "sau":
		return true
	case "vào":
		aim := wordsBefore(s.runes, m.Start, 14)
		for _, cue := range []string{"trở thành", "phấn đấu", "mục tiêu", "nhằm đưa"} {
			if strings.Contains(aim, cue) {
				return true
			}
		}
	}
	if m.Last().Month != 0 {
		return false
	}
	aim := wordsBefore(s.runes, m.Start, 14)
	return strings.Contains(aim, "trở thành") || strings.Contains(aim, "nhằm đưa")
}

// openedTerm is the first year of the term the lead reports being opened, and
// the term as printed: a congress, a first plenum or sitting, or an election
// (bầu, tái cử) of the term "nhiệm kỳ 2015-2020" is held in 2015. A term the
// lead only speaks of (the plans of "giai đoạn 2021-2025") opens nothing.
//
// An election at a plenum that is not the first, or one that fills a vacancy
// (bầu kiện toàn, bầu bổ sung), is held within the term and dates nothing.
func (l lead) openedTerm(ss []model.Sentence) (int, string) {
	// opened: the lead reports a term opened; held: by a gathering it names
	// (a congress, a first plenum), not by an election alone.
	opened, held := false, false
	// inside: a lead sentence named a gathering numbered inside a term.
	inside := false
	// A plan for congresses (KẾ HOẠCH tổ chức đại hội …, nhiệm kỳ 2012 -
	// 2017) is made before them: the term it prepares is not yet opened.
	for i, s := range ss {
		if i > 1 || s.Kind == model.Body {
			break
		}
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(s.Text)), "kế hoạch") {
			return 0, ""
		}
	}
	// A post left and refilled (miễn nhiệm … do nhận nhiệm vụ mới) is
	// refilled within the term too, wherever in the lead it is said: "được
	// bầu làm Phó Chủ tịch … nhiệm kỳ 2019 – 2024" told before "quy trình
	// hiệp thương cử bổ sung" is a by-election.
	for _, s := range l.sents {
		padded := " " + s.low + " "
		for _, cue := range []string{"kiện toàn", "bổ sung", "miễn nhiệm"} {
			if strings.Contains(padded, " "+cue+" ") {
				return 0, "" // an election within the term
			}
		}
	}
	// A sitting that confirms its delegates' credentials (xác nhận tư
	// cách đại biểu HĐND xã nhiệm kỳ 2016 – 2021) is the first of their
	// term: the law has the council's first sitting do it, after the
	// general election. (A by-election's, bổ sung, returned above.)
	// A caption may print it ("Trao quyết định xác nhận tư cách đại biểu
	// HĐND phường khóa XIII" under the lead).
	first := false
	for i, s := range ss {
		if i >= 2*leadSentences {
			break
		}
		first = first || credentials(strings.ToLower(s.Text))
	}
	for _, s := range l.sents {
		padded := " " + s.low + " "
		opens, named := firstGathering(s.low, false)
		if first && named && !opens && (strings.Contains(padded, " kỳ họp") || strings.Contains(padded, " phiên họp")) {
			opens = true
		}
		// The Thủ tướng's approval of a council's vote (phê chuẩn kết quả
		// bầu chức vụ Phó Chủ tịch UBND tỉnh … nhiệm kỳ 2011 - 2016) comes
		// whenever in the term the vote was held; only a first sitting
		// named with it, or a day of the term's first year printed with it
		// (kể từ ngày 22/6/2021 for nhiệm kỳ 2021-2026), dates the term.
		if !opens && strings.Contains(padded, " phê chuẩn ") {
			if y, _ := latestTerm(s.Text); y == 0 {
				continue // the term, if any, is printed further on
			}
			if !l.termYearPrinted(s) {
				return 0, ""
			}
		}
		if named && !opens && strings.Contains(padded, " bầu ") && !held {
			// Elected at a plenum that is not the first; after a congress
			// the lead has reported, a session of it ("phiên làm việc buổi
			// chiều, Đại hội đã công bố kết quả bầu cử").
			return 0, ""
		}
		if !named {
			for _, cue := range []string{"bầu", "tái cử", "tái đắc cử", "trúng cử"} {
				opens = opens || strings.Contains(padded, " "+cue+" ")
			}
			if opens && inside {
				// Elected at the numbered gathering a sentence before named:
				// "Hội nghị Ủy ban MTTQ Việt Nam huyện lần thứ 5 để hiệp
				// thương cử chức danh Phó Chủ tịch …" then "Đồng chí A …
				// được bầu làm Phó Chủ tịch … nhiệm kỳ 2019 – 2024".
				return 0, ""
			}
		}
		inside = inside || named && !opens && numberedInside(s.low)
		if !opens {
			continue
		}
		opened, held = true, held || named
		// The latest term printed: "Bí thư ..., nhiệm kỳ 2015 – 2020 tái đắc cử
		// Bí thư ..., nhiệm kỳ 2020 – 2025" opens the second.
		if y, text := latestTerm(s.Text); y != 0 {
			return y, text
		}
	}
	if !opened {
		return 0, ""
	}
	// A round-up of congresses prints their term apart: "Trong 62 đơn vị đã
	// đại hội, có 36 bí thư ... tái đắc cử" over "Bí thư tỉnh, thành ủy nhiệm
	// kỳ 2010 – 2015".
	for i, s := range ss {
		if i >= 2*leadSentences {
			break
		}
		for _, t := range dates.Terms(s.Text) {
			if t.Word == "nhiệm kỳ" {
				return t.From, t.Text
			}
		}
	}
	return 0, ""
}

// periodYear is the year of a period of months the lead reports up to
// ("Từ tháng 1 đến tháng 9 năm 2025, Hà Tĩnh có 22 đồng chí ... nghỉ hưu"):
// news told of the months just gone is of their year. Targets and deadlines
// ("đến tháng 12 năm 2025") do not count.
func (l lead) periodYear() (int, string) {
	for _, s := range l.sents {
		if s.Kind != model.Body {
			continue
		}
		for _, m := range s.dates {
			w := m.Last()
			if !m.IsRange() || w.Year == 0 || w.Month == 0 || w.Day != 0 || m.From.Year != 0 && m.From.Year != w.Year ||
				target(s, m) || notPast(s, m) {
				continue
			}
			return w.Year, m.Text
		}
	}
	return 0, ""
}

// sameDayYear is the year of the event's day and month where the article
// prints them again with a year as the event's own: a congress "diễn ra từ
// ngày 01/10/2025 đến ngày 03/10/2025" under "Sáng 3/10", "Tại phiên họp ngày
// 17/10/2025" under "Ngày 17/10". Another thing's day (a document's, a
// founding's, an anniversary's span, a birth) is no such print.
func sameDayYear(ss []model.Sentence, ds [][]dates.Match, ev dates.Match) (int, string) {
	w := ev.Last()
	for i, st := range ss {
		if st.Kind != model.Body {
			continue
		}
		var s leadSentence
		for _, m := range ds[i] {
			to := m.Last()
			if to.Year == 0 || to.Day != w.Day || to.Month != w.Month {
				continue
			}
			if s.runes == nil {
				s = leadSentence{Sentence: st, runes: []rune(st.Text)}
			}
			if otherDate(s, m) || personal(s, m) || notPast(s, m) {
				continue
			}
			return to.Year, m.Text
		}
	}
	return 0, ""
}

// turnYear is the year two terms meet, where the lead moves a person from a
// post of the one to a post of the next: "thôi giữ chức vụ Bí thư Tỉnh ủy ...
// nhiệm kỳ 2010-2015 để ... giữ chức Bí thư Đảng đoàn ... nhiệm kỳ 2015-2020"
// is done as the terms turn, in 2015. Terms of one body merely listed
// (the plans of giai đoạn 2021-2025, 2026-2030) move no one.
func (l lead) turnYear() (int, string) {
	for _, s := range l.sents {
		if !strings.Contains(s.low, "thôi giữ chức") && !strings.Contains(s.low, "điều động") {
			continue
		}
		ts := dates.Terms(s.Text)
		for i, a := range ts {
			if a.Word != "nhiệm kỳ" {
				continue
			}
			for _, b := range ts[i+1:] {
				if b.Word == "nhiệm kỳ" && a.To == b.From {
					return b.From, b.Text
				}
			}
		}
	}
	return 0, ""
}

// past is what latestPast reads: the latest day printed as past and whether
// it is the day of a document the page carries out, and the latest
// anniversary's year.
type past struct {
	day     date.Date
	text    string
	carried bool // "thực hiện Nghị quyết số 45-NQ/TW, ngày 24-11-2023"
	// issued is set when the day is a numbered document's, printed after
	// its number ("Chỉ thị số 05-CT/TW ngày 15-5-2016", "Kế hoạch số 155,
	// ngày 07/7/2019"): the page cites it, and a page with no day of its own
	// may come years after it.
	issued bool
	// from is set when the day opens a state ("kể từ ngày 1-3-2005", "giữ
	// chức từ ngày 1-3-2016"): it bounds the year of a day the event prints,
	// but is no event's day itself.
	from bool
	// profile is set when the day is told in a profile appended to the
	// news (profileStart): a step of a career, which bounds the news but
	// may lie years before it.
	profile bool
	// standing is set when the day is a standing rule's cited as the
	// ground of the news (standingRule): it bounds the news, which may come
	// years under it.
	standing bool
	// plain is the latest day that is none of these, with its text: a
	// personnel decision an effective date follows ("Quyết định 7498-QĐ/TU
	// ngày 23/9/2019 ... nghỉ công tác kể từ ngày 1/10/2019").
	plain     date.Date
	plainText string
	annYear   int
	annText   string
	// annDay is the anniversary's day when the article prepares for it
	// ("triển khai kế hoạch tổ chức kỷ niệm 120 năm Ngày sinh ...
	// (20.8.1888-20.8.2008)"): a plan comes before the day it plans.
	annDay date.Date
	// reviewYear is the latest year a review of N years of a dated document
	// falls in ("sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016":
	// 2021), with the document's date as printed.
	reviewYear int
	reviewText string
}

// preparing reports words that prepare for an anniversary rather than hold
// it: "kế hoạch tổ chức kỷ niệm", "chuẩn bị kỷ niệm", "tiến tới kỷ niệm".
func preparing(before string) bool {
	at := strings.LastIndex(before, "kỷ niệm")
	if at < 0 {
		return false
	}
	head := before[:at]
	for _, cue := range []string{"kế hoạch", "chuẩn bị", "tiến tới", "hướng tới"} {
		if strings.Contains(head, cue) {
			return true
		}
	}
	return false
}

// latestPast is the latest day the article prints with its year as past:
// a document's, a letter's, an anniversary's. The event it reports without a
// year comes on or after it (a directive of "Ngày 6/8" that cites a conclusion
// of 14/8/2017 is of 2018). Births, deaths, deadlines, targets and effective
// dates, which may be far from the news, do not count.
//
// An anniversary's span ("(30/4/1975 - 30/4/2025)") is no lower bound: the
// events held for it come before its day as well as after. It is returned
// apart, as the year the article speaks of (anniversary); the latest one wins.
func latestPast(ss []model.Sentence, ds [][]dates.Match) past {
	var p past
	bio := profileStart(ss)
	for i, st := range ss {
		if st.Kind != model.Body || len(ds[i]) == 0 {
			continue
		}
		s := leadSentence{Sentence: st, runes: []rune(st.Text)}
		for _, m := range ds[i] {
			w := m.Last()
			if w.Year == 0 || w.Day == 0 || target(s, m) || notPast(s, m) && !repeatedDay(m) {
				continue
			}
			if before := wordsBefore(s.runes, m.Start, 12); retirementFrom(before, m) && !retired(before) {
				continue
			}
			if reviewedAgain(wordsBefore(s.runes, m.Start, 14)) {
				continue
			}
			if n := reviewedYears(wordsBefore(s.runes, m.Start, 14)); n > 0 && w.Year+n > p.reviewYear {
				p.reviewYear, p.reviewText = w.Year+n, m.Text
			}
			if m.IsRange() && m.From.Year != 0 && m.From.Year < w.Year {
				if w.Year > p.annYear {
					p.annYear, p.annText, p.annDay = w.Year, m.Text, date.Date{}
					if d, ok := w.Date(); ok && preparing(wordsBefore(s.runes, m.Start, 16)) {
						p.annDay = d
					}
				}
				continue
			}
			d, ok := w.Date()
			if ok && (p.day.IsZero() || p.day.Before(d)) {
				p.day, p.text = d, m.Text
				p.carried = strings.Contains(wordsBefore(s.runes, m.Start, 8), "thực hiện")
				p.issued = documentDay(wordsBefore(s.runes, m.Start, 6))
				first, _, _ := strings.Cut(strings.ToLower(m.Text), " ")
				p.from = first == "từ" && !m.IsRange()
				p.profile = i >= bio
				p.standing = standingRule(wordsBefore(s.runes, m.Start, 12))
			}
			if ok && (p.plain.IsZero() || p.plain.Before(d)) && !m.IsRange() && i < bio {
				before := wordsBefore(s.runes, m.Start, 12)
				first, _, _ := strings.Cut(strings.ToLower(m.Text), " ")
				if first != "từ" && !strings.Contains(wordsBefore(s.runes, m.Start, 8), "thực hiện") && !standingRule(before) {
					p.plain, p.plainText = d, m.Text
				}
			}
		}
	}
	return p
}

// profileStart is the index of the sentence that opens a profile appended
// to the news ("Ông Chính sinh ngày 2/12/1959; quê quán …" after the
// dismissal told), or len(ss): the days after it are steps of a career
// ("được … bầu làm Chủ tịch UBND tỉnh nhiệm kỳ 2011-2016 ngày 17/11/2014.
// Ngày 30/6/2016, ông tái cử"), which may lie years before the news. A page
// that opens on the profile (a tiểu sử) is the profile: it has none.
func profileStart(ss []model.Sentence) int {
	news := false
	for i, s := range ss {
		if s.Kind != model.Body {
			continue
		}
		low := strings.ToLower(strings.TrimSpace(s.Text))
		ws := strings.Fields(low)
		if len(ws) > 8 {
			ws = ws[:8]
		}
		head := " " + strings.Join(ws, " ") + " "
		opens := strings.HasPrefix(low, "ông ") || strings.HasPrefix(low, "bà ") || strings.HasPrefix(low, "đồng chí ")
		// "Trung tướng Trịnh Văn Quyết, sinh ngày 22/1/1966, …": a rank
		// before the name opens a profile as ông does.
		for _, rank := range lexicon.MilitaryRanks() {
			opens = opens || strings.HasPrefix(low, rank+" ")
		}
		if opens && (strings.Contains(head, " sinh ngày ") || strings.Contains(head, " sinh năm ")) {
			if news {
				return i
			}
			return len(ss)
		}
		news = true
	}
	return len(ss)
}

// standingRule reports a day of a standing rule the news applies, cited as
// its ground: "Theo Quy định số 61-QĐ/TU ngày 15/01/2021 của Ban Thường vụ
// Tỉnh ủy về yêu cầu tiêu chuẩn cụ thể …" holds for a term; the by-election
// held under it may come years later. before is the words before the day.
func standingRule(before string) bool {
	ws := strings.Fields(before)
	for i := len(ws) - 2; i >= 0 && i >= len(ws)-7; i-- {
		if ws[i] != "theo" && !(ws[i] == "cứ" && i > 0 && ws[i-1] == "căn") {
			continue
		}
		switch strings.Join(ws[i+1:min(i+3, len(ws))], " ") {
		case "quy định", "quy chế", "điều lệ":
			return true
		}
	}
	return false
}

// documentDay reports a day printed right after the number of a standing
// document, a resolution, directive, plan or guide: "Chỉ thị số 05-CT/TW
// ngày", "Kế hoạch số 155, ngày". The number is the last word before the day
// (and its ngày), or the word after số. A decision's day is not one: a
// personnel decision (Quyết định số 685-QĐNS/TW ngày 25/5/2023) comes just
// before the news it makes.
func documentDay(before string) bool {
	if strings.Contains(before, "quyết định") {
		return false
	}
	ws := strings.Fields(before)
	if n := len(ws); n > 0 && strings.Trim(ws[n-1], ",;:") == "ngày" {
		ws = ws[:n-1]
	}
	if len(ws) == 0 {
		return false
	}
	last := strings.Trim(ws[len(ws)-1], ",;:()")
	if last == "" || last[0] < '0' || last[0] > '9' {
		return false
	}
	if len(ws) >= 2 && ws[len(ws)-2] == "số" {
		return true
	}
	// A code: digits, then a sign after a hyphen or a slash (05-ct/tw,
	// 1234/qđ-ubnd), never a date's digits alone (15/5).
	k := strings.IndexAny(last, "-/")
	return k > 0 && strings.ContainsFunc(last[k:], unicode.IsLetter)
}

// reviewedAgain reports a day of a document reviewed for the second time or
// later: "Hội nghị sơ kết lần thứ 12 chương trình phối hợp số 70/CTPH ngày
// 19-5-2006" is held years after it, so the day bounds no year.
func reviewedAgain(before string) bool {
	ws := strings.Fields(before)
	for i := 0; i+3 < len(ws); i++ {
		if ws[i] != "kết" || ws[i+1] != "lần" || ws[i+2] != "thứ" {
			continue // sơ kết, tổng kết lần thứ N
		}
		n := roman(strings.Trim(ws[i+3], ",;:()"))
		if n >= 2 || ws[i+3] == "hai" || ws[i+3] == "ba" {
			return true
		}
	}
	return false
}

// repeatedDay reports a span whose two ends are one day of the year in
// different years: an anniversary's ("kỷ niệm 131 năm ngày sinh Chủ tịch Hồ
// Chí Minh (19/5/1890 – 19/5/2021)"), even after a birth's cue, where a life's
// span runs between two different days.
func repeatedDay(m dates.Match) bool {
	w := m.Last()
	return m.IsRange() && m.From.Year != 0 && m.From.Year < w.Year && m.From.Day == w.Day && m.From.Month == w.Month
}

// reviewedYears is N where before, the words before a document's date, end in
// the review of N years of carrying it out: "sơ kết 5 năm thực hiện Chỉ thị số
// 05-CT/TW", "tổng kết 10 năm thực hiện Chỉ thị số 34/CT-TW", "đánh giá kết
// quả 10 năm thực hiện", "sau 5 năm triển khai Nghị quyết", "Qua 5 năm thực
// hiện". The review is held N years after the document: 0 when
// before holds no such review, or the words after it name no document.
func reviewedYears(before string) int {
	ws := strings.Fields(before)
	for i := len(ws) - 4; i >= 0; i-- {
		switch ws[i] {
		case "kết", "quả", "sau", "qua": // sơ kết, tổng kết, kết quả, sau, qua
		default:
			continue
		}
		if ws[i+2] != "năm" || ws[i+3] != "thực" && ws[i+3] != "triển" {
			continue
		}
		n, err := strconv.Atoi(ws[i+1])
		if err != nil || n < 1 || n > 30 {
			return 0
		}
		for k := i + 4; k+1 < len(ws); k++ {
			if documentKind(ws[k] + " " + ws[k+1]) {
				return n
			}
		}
		return 0
	}
	return 0
}

// retirementFrom reports a single day opened by "từ" after a retirement or
// an appointment in before, the words before it: the day it takes effect,
// not the day it was decided or announced ("nghỉ hưu theo chế độ từ ngày
// 1/3/2024"; "được Bộ Chính trị điều động, phân công giữ chức Bí thư Tỉnh ủy
// Thái Nguyên nhiệm kỳ 2015-2020 từ ngày 23/5" in a round-up of June).
func retirementFrom(before string, m dates.Match) bool {
	return fromDay(m) && (strings.Contains(before, "nghỉ hưu") || appointed(before))
}

// retired reports a retirement told as done before the news: "ông Tô Như
// Sơn ... đã được nghỉ hưu theo chế độ từ ngày 1/3/2014" is past, a bound
// of the news that follows it, as one announced for a coming day is not.
func retired(before string) bool {
	at := strings.LastIndex(before, "nghỉ hưu")
	if at < 0 {
		return false
	}
	ws := strings.Fields(before[:at])
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-2; i-- {
		if ws[i] == "đã" {
			return true
		}
	}
	return false
}

// appointmentFrom reports a single day opened by "từ" after an appointment
// in before: it takes effect days before or after the meeting announcing it
// ("Sáng 29-2 ... công bố quyết định ... giữ chức Chủ tịch Hội từ ngày
// 1-3-2016"), so it fixes that meeting's year, as a retirement's does not
// (it may be announced months ahead).
func appointmentFrom(before string, m dates.Match) bool {
	return fromDay(m) && appointed(before)
}

// fromDay reports a single day opened by "từ": "từ ngày 1/3/2024".
func fromDay(m dates.Match) bool {
	if m.IsRange() {
		return false
	}
	first, _, _ := strings.Cut(strings.ToLower(m.Text), " ")
	return first == "từ"
}

// appointed reports words that appoint someone to a post.
func appointed(before string) bool {
	for _, cue := range []string{"giữ chức", "phân công", "bổ nhiệm", "điều động", "chỉ định", "chuẩn y"} {
		if strings.Contains(before, cue) {
			return true
		}
	}
	return false
}

// submitted reports a day on which a body sent a submission, told right
// after it: "Ngày 4/5, Huyện ủy Yên Định có Tờ trình số
// 90-TTr/HU đề nghị Ủy ban Kiểm tra Tỉnh ủy … xem xét, xử lý kỷ luật" — a
// step that led to the news, dated as a document is, not the news. A
// decision made that day (có quyết định) is the news, and so may a letter
// be (Văn phòng Chính phủ có công văn …).
func submitted(rs []rune, m dates.Match) bool {
	if m.End >= len(rs) {
		return false
	}
	end := min(len(rs), m.End+80)
	after := strings.ToLower(vn.Tone(string(rs[m.End:end])))
	if i := strings.IndexAny(after, ".;"); i >= 0 {
		after = after[:i]
	}
	ws := strings.Fields(after)
	for i := 0; i+2 < len(ws) && i < 10; i++ {
		if ws[i] != "có" && ws[i] != "gửi" {
			continue
		}
		if ws[i+1] == "tờ" && ws[i+2] == "trình" {
			return true
		}
	}
	return false
}

// coming reports the day of a gathering still to come, told in the clause
// that holds it: "Đại hội ... sẽ diễn ra từ ngày 7 đến 9-3-2017", "dự kiến
// khai mạc vào ngày 20/10". The news is what was done before it ("Chiều
// 27-2, thông tin về Đại hội ..."); the coming day bounds its year only.
func coming(rs []rune, m dates.Match) bool {
	before := wordsBefore(rs, m.Start, comingWords)
	if strings.Contains(before, "hiệu lực") {
		return false // a decision's effective day: "sẽ có hiệu lực từ ngày"
	}
	ws := strings.Fields(before)
	for i := len(ws) - 1; i >= 0; i-- {
		w := ws[i]
		if w == "sẽ" || w == "kiến" && i > 0 && ws[i-1] == "dự" {
			return true
		}
		if strings.ContainsAny(w, ";.") {
			return false // another sentence's or clause's
		}
	}
	return false
}

// termYearPrinted reports a lead that prints a day of the first year of the
// latest term s names.
func (l lead) termYearPrinted(s leadSentence) bool {
	y, _ := latestTerm(s.Text)
	if y == 0 {
		return false
	}
	for _, t := range l.sents {
		for _, m := range t.dates {
			if m.Last().Year == y && m.Last().Day != 0 {
				return true
			}
		}
	}
	return false
}

// comingCongressYear is the year a congress still to come gives an event of
// month: "Đại hội Đảng bộ tỉnh Quảng Nam lần thứ 21 nhiệm kỳ 2015 – 2020 sẽ
// diễn ra vào trung tuần tháng 10 tới" is held in 2015, the term's first
// year, so news of September before it is of 2015. The month the congress is
// due must be printed and not before the event's: a congress due "vào quý
// II" or in a month already past may be the next year's.
func comingCongressYear(ss []model.Sentence, month int) (int, string) {
	if month == 0 {
		return 0, ""
	}
	for _, s := range ss {
		if s.Kind != model.Body {
			continue
		}
		low := strings.ToLower(vn.Tone(s.Text))
		at := strings.Index(low, "đại hội")
		if at < 0 {
			continue
		}
		will := strings.Index(low[at:], " sẽ ")
		if will < 0 {
			continue
		}
		will += at
		due := dueMonth(low[will:])
		if due == 0 || due < month {
			continue
		}
		start, end := len([]rune(low[:at])), len([]rune(low[:will]))
		for _, t := range dates.Terms(s.Text) {
			if t.Word == "nhiệm kỳ" && t.Start > start && t.End <= end {
				return t.From, fmt.Sprintf("the congress of %q due in month %d", t.Text, due)
			}
		}
	}
	return 0, ""
}

// dueMonth is the month a clause of a coming event names: "sẽ diễn ra vào
// trung tuần tháng 10 tới" → 10; 0 when none is printed in its first words.
func dueMonth(clause string) int {
	ws := strings.Fields(clause)
	for i := 0; i+1 < len(ws) && i < dueWords; i++ {
		if strings.ContainsAny(ws[i], ",;.") {
			return 0
		}
		if ws[i] != "tháng" {
			continue
		}
		n, err := strconv.Atoi(strings.Trim(ws[i+1], ",;.()"))
		if err != nil || n < 1 || n > 12 {
			return 0
		}
		return n
	}
	return 0
}

// dueWords is how far after its "sẽ" a coming congress's month may be
// printed: "sẽ diễn ra vào trung tuần tháng 10".
const dueWords = 8

// comingWords is how far before a day its "sẽ" may stand: "sẽ diễn ra
// trong 3 ngày, từ ngày"; "sẽ được tổ chức theo nghi thức Quốc tang trong 2
// ngày 26 - 27.9".
const comingWords = 12

// personal reports the year or day of a person's birth or death, or of the
// day they joined the Party, the army or the revolution, as a profile prints
// them: "sinh năm 1963", "SN 1970", "qua đời năm 2020", "vào Đảng ngày
// 25/10/1964", "tham gia hoạt động cách mạng tháng 01/1960", "nhập ngũ
// tháng 2/1965".
func personal(s leadSentence, m dates.Match) bool {
	// A bracket opens the aside a birth is printed in: "Nguyễn Ngọc Bảo
	// (sinh năm 1963 tại Thái Bình)" (tuyengiao 2014, q007).
	before := " " + openers.Replace(wordsBefore(s.runes, m.Start, personalWords)) + " "
	for _, cue := range lifeStepEnds() {
		if strings.Contains(before, cue) {
			return true
		}
	}
	return careerYear(s, m)
}

// careerYear reports a year printed without its day after a birth in the
// same sentence: the sentence is a profile, its years the steps of a career
// ("Ông Lê Minh Trí (sinh năm 1960, quê quán xã Tân Thông Hội), nguyên là cán
// bộ công an chuyển ngành, tham gia công tác từ năm 1978, vào Đảng năm 1984",
// dantri 2004, y013), not the news's. A day printed in full may be the news
// told after the profile ("sinh năm 1970; ngày 5/7/2024 được bầu"), and a
// year before the birth (a page's stamp or the news opening the sentence) is
// no step of the life it follows.
func careerYear(s leadSentence, m dates.Match) bool {
	if m.Last().Day != 0 || m.Start > len(s.runes) {
		return false
	}
	birth := s.birth - 1
	if s.birth == 0 {
		birth = birthCue(s.runes)
	}
	if birth >= 0 && birth <= m.Start {
		return true
	}
	// A date glued to the cue's last word ("sinh năm1963"): the word cut
	// where the date begins.
	var ws []string
	for _, w := range cueWords(s.runes) {
		if w.start >= m.Start {
			break
		}
		ws = append(ws, w.text)
		if w.end > m.Start {
			ws[len(ws)-1] = foldWord(s.runes[w.start:m.Start])
			return birthAt(ws, len(ws)-1) || len(ws) > 1 && birthAt(ws, len(ws)-2)
		}
	}
	return false
}

// cueWord is a word of a sentence folded as cues are read (lower case, one
// tone placement, brackets as spaces), and where it stands, in runes.
type cueWord struct {
	text       string
	start, end int
}

// cueWords are the words of rs, folded (foldWord).
func cueWords(rs []rune) []cueWord {
	var out []cueWord
	start := -1
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && !unicode.IsSpace(rs[i]) && rs[i] != '(' && rs[i] != '[' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, cueWord{foldWord(rs[start:i]), start, i})
			start = -1
		}
	}
	return out
}

// foldWord is a word as careerYear compares it.
func foldWord(rs []rune) string { return strings.ToLower(vn.Tone(string(rs))) }

// birthCue is where the first birth cue of rs ends (sinh năm, sinh ngày,
// sinh tháng, SN), as a rune index; -1 when there is none.
func birthCue(rs []rune) int {
	ws := cueWords(rs)
	texts := make([]string, len(ws))
	for i, w := range ws {
		texts[i] = w.text
	}
	// The words' ends grow with them: the first cue found ends first.
	for i := range ws {
		if birthAt(texts, i) {
			if texts[i] == "sinh" {
				return ws[i+1].end
			}
			return ws[i].end
		}
	}
	return -1
}

// birthAt reports a birth cue at ws[i]: SN, or sinh then năm, ngày or
// tháng (not học sinh, thí sinh: pupils).
func birthAt(ws []string, i int) bool {
	w := ws[i]
	return w == "sn" || w == "sinh" && i+1 < len(ws) && (ws[i+1] == "năm" || ws[i+1] == "ngày" || ws[i+1] == "tháng") &&
		(i == 0 || ws[i-1] != "học" && ws[i-1] != "thí") // học sinh năm học 2023-2024: pupils
}

// wordsApart are the words of s with the marks in marks read as spaces: a
// cue's words, whatever punctuation is glued to them ("(Nhâm Dần 2022)").
func wordsApart(s, marks string) []string {
	return strings.Fields(strings.Map(func(r rune) rune {
		if strings.ContainsRune(marks, r) {
			return ' '
		}
		return r
	}, s))
}

// openers are the brackets a cue may be glued to ("(sinh năm 1963"), read
// as spaces.
var openers = strings.NewReplacer("(", " ", "[", " ")

// personalWords is how many words before a date personal reads its step
// of a life in: "(sinh năm 1963", "tham gia hoạt động cách mạng tháng
// 01/1960" (the step's last words).
const personalWords = 3

// lifeStepEnds are the steps of a life (lexicon.LifeSteps) as personal reads
// them in its window: each step's last personalWords words, set off by
// spaces (" động cách mạng " of hoạt động cách mạng). Built once, read-only.
var lifeStepEnds = sync.OnceValue(func() []string {
	var out []string
	for _, st := range lexicon.LifeSteps() {
		ws := strings.Fields(st.Text)
		end := " " + strings.Join(ws[max(0, len(ws)-personalWords):], " ") + " "
		if !slices.Contains(out, end) {
			out = append(out, end)
		}
	}
	return out
})

// notPast reports a date that is a person's (birth, death, joining the
// Party or the revolution: lexicon.LifeSteps, an abbreviation right before
// it only) or lies ahead of the news (sẽ, dự kiến, hạn, có hiệu lực từ).
func notPast(s leadSentence, m dates.Match) bool {
	before := " " + openers.Replace(wordsBefore(s.runes, m.Start, 8)) + " "
	for _, st := range lexicon.LifeSteps() {
		if !st.Short && strings.Contains(before, " "+st.Text+" ") {
			return true
		}
	}
	for _, cue := range []string{"sẽ", "dự kiến", "hạn", "hiệu lực", "kể từ", "trước", "đến"} {
		if strings.Contains(before, " "+cue+" ") {
			return true
		}
	}
	last := lastWord(wordsBefore(s.runes, m.Start, 1))
	return slices.ContainsFunc(lexicon.LifeSteps(), func(st lexicon.LifeStep) bool { return st.Short && st.Text == last })
}

// nearestYear is the year that puts the day and month w nearest to d.
func nearestYear(w model.When, d date.Date) int {
	best, gap := d.Year, -1
	for y := d.Year - 1; y <= d.Year+1; y++ {
		if e, ok := withYear(w, y); ok {
			if g := abs(gapDays(e, d)); gap < 0 || g < gap {
				best, gap = y, g
			}
		}
	}
	return best
}

// onOrBefore is the year that puts the day and month w on or before d.
func onOrBefore(w model.When, d date.Date) int {
	if w.Month > d.Month || w.Month == d.Month && w.Day > d.Day {
		return d.Year - 1
	}
	return d.Year
}

// onOrAfter is the year that puts the day and month w on or after d.
func onOrAfter(w model.When, d date.Date) int {
	if w.Month < d.Month || w.Month == d.Month && w.Day < d.Day {
		return d.Year + 1
	}
	return d.Year
}

// headLines is how many sentences from the top a letterhead may take: the
// issuer, the motto, the number line, the place and day.
const headLines = 12

// dateline is the day a page that prints a document in full gives it under its
// letterhead: a line "Hà Nội, ngày 03 tháng 8 năm 2015" (the place, a comma,
// the day with its year, nothing after) near a number line "Số: 55/2007/CT-UBND".
func dateline(ss []model.Sentence) (date.Date, string, bool) {
	number := false
	var lines []string
	for i, s := range ss {
		if i >= headLines {
			break
		}
		t := strings.TrimSpace(s.Text)
		lines = append(lines, t)
		// "Số: 55/2007/CT-UBND", or a number left blank: "Số -/ĐU".
		if strings.HasPrefix(t, "Số:") || strings.HasPrefix(t, "Số :") || strings.HasPrefix(t, "Số ") && strings.Contains(t, "/") && len([]rune(t)) <= 30 {
			number = true
		}
		// The kind before the number, the place and day after it, on one
		// line: "Nghị quyết số: 11-NQ/TW Hà Nội, ngày 06 tháng 01 năm 2012".
		if k := strings.Index(t, " số: "); k > 0 && k < 20 {
			number = true
			if f := strings.Fields(t[k+len(" số: "):]); len(f) > 1 && strings.Contains(f[0], "/") {
				lines = append(lines, strings.Join(f[1:], " "))
			}
		}
	}
	if !number {
		return date.Date{}, "", false
	}
	for _, t := range lines {
		rs := []rune(t)
		comma := strings.IndexRune(string(rs), ',')
		if comma <= 0 || len(rs) > 80 {
			continue
		}
		place := []rune(string(rs)[:comma])
		if len(place) == 0 || !unicode.IsUpper(place[0]) || len(strings.Fields(string(place))) > 5 {
			continue
		}
		ms := dates.Find(string(rs))
		if len(ms) != 1 || ms[0].IsRange() {
			continue
		}
		m := ms[0]
		if strings.TrimRight(string(rs[m.End:]), " .") != "" {
			continue
		}
		if d, ok := m.From.Date(); ok && m.DayWord && d.Precision() == date.Day {
			return d, string(rs), true
		}
		// A letterhead printed before the day was written in: "Thái Nguyên,
		// ngày       tháng 10 năm 2021" is dated by its month.
		blank := strings.ToLower(strings.TrimSpace(string(rs[len(place)+1:])))
		if d, ok := m.From.Date(); ok && strings.HasPrefix(blank, "ngày tháng") && d.Precision() == date.Month {
			return d, string(rs), true
		}
	}
	return date.Date{}, "", false
}

// nationalCongresses are the years and months the Party's national congresses
// opened, by ordinal (lexicon.NationalCongresses): the Central Committee of
// khóa N serves from congress N to congress N+1.
func nationalCongresses() map[int][2]int {
	out := map[int][2]int{}
	for _, c := range lexicon.NationalCongresses() {
		out[c.Ordinal] = [2]int{c.Year, c.Month}
	}
	return out
}

// nationalYear is the year the Party's national congresses give an event of
// month: a local party congress held while the Central Committee is of khóa N
// is held in the year before congress N+1 opens (Ủy viên BCHTƯ Đảng khóa X at
// a provincial congress: 2010), and an event held "tiến tới", "chào mừng" or
// "hướng tới" congress N comes before it opens.
func (l lead) nationalYear(month int) (int, string) {
	congresses := nationalCongresses()
	before := func(n int) int {
		c, ok := congresses[n]
		if !ok {
			return 0
		}
		if month != 0 && month < c[1] {
			return c[0]
		}
		return c[0] - 1
	}
	party := false
	for _, s := range l.sents {
		if strings.Contains(s.low, "đại hội") && (strings.Contains(s.low, "đảng bộ") || strings.Contains(s.low, "tỉnh ủy") ||
			strings.Contains(s.low, "ban chấp hành đảng bộ")) {
			party = true
		}
	}
	for _, s := range l.sents {
		ws := wordsApart(s.low, ",.;:()")
		for i, w := range ws {
			switch {
			case (w == "tiến" || w == "chào" || w == "hướng") && i+2 < len(ws) &&
				(ws[i+1] == "tới" || ws[i+1] == "mừng") && ws[i+2] == "đại" && !documentSubject(ws[:i]):
				// tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng
				for k := i + 3; k < len(ws) && k < i+12; k++ {
					if n := roman(ws[k]); n > 0 && (containsAt(ws, k, "đảng") || containsAt(ws, k, "quốc")) {
						if y := before(n); y != 0 {
							return y, "before the national congress " + strings.ToUpper(ws[k])
						}
					}
				}
			case w == "khóa" && i+1 < len(ws) && i >= 1 && (firstPlenum(ws[:i]) || firstPlenum(ws[i+2:min(len(ws), i+8)])) && (ws[i-1] == "ương" || ws[i-1] == "tw" || ws[i-1] == "tư"):
				// "Tại Hội nghị lần thứ nhất, Ban Chấp hành Trung ương khóa XI
				// ...", "Ban chấp hành TƯ khóa 12 họp hội nghị lần thứ
				// nhất": the first plenum meets at congress N.
				if n := roman(ws[i+1]); n > 0 {
					if c, ok := congresses[n]; ok {
						return c[0], "the first plenum of the Central Committee of khóa " + strings.ToUpper(ws[i+1])
					}
				}
			case w == "khóa" && party && i+1 < len(ws) && i >= 1 && (ws[i-1] == "đảng" || ws[i-1] == "ương" || ws[i-1] == "bchtư" || ws[i-1] == "tư" || ws[i-1] == "tw"):
				// Ủy viên BCHTƯ Đảng khóa X; Ban Chấp hành Trung ương khóa XI.
				if n := roman(ws[i+1]); n > 0 && !strings.Contains(strings.Join(ws[max(0, i-4):i], " "), "tỉnh") {
					if y := before(n + 1); y != 0 {
						return y, "a party congress under the Central Committee of khóa " + strings.ToUpper(ws[i+1])
					}
				}
			}
		}
	}
	return 0, ""
}

// documentSubject reports words that end inside a document's subject: "Chỉ
// thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp
// tiến tới ...", "các văn bản chỉ đạo về Đại hội Đảng các cấp ... tiến tới
// ...". A coming congress named there is the document's, issued long before
// it, not the event's.
func documentSubject(ws []string) bool {
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-20; k-- {
		if ws[k] != "về" {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-12; j-- {
			switch ws[j] {
			case "thị", "luận", "quyết", "định", "bản", "hoạch", "dẫn", "tri", "án", "cáo", "báo", "trình":
				// chỉ thị, kết luận, nghị quyết, quy định, văn bản, kế hoạch,
				// hướng dẫn, thông tri, đề án, báo cáo, thông báo, tờ trình:
				// the kind's last syllable.
				if j > 0 && documentKind(ws[j-1]+" "+ws[j]) {
					return true
				}
			}
		}
		return false
	}
	return false
}

// documentKind reports the two syllables of a document's kind.
func documentKind(w string) bool {
	switch w {
	case "chỉ thị", "kết luận", "nghị quyết", "quy định", "quyết định", "văn bản", "kế hoạch", "hướng dẫn", "thông tri", "đề án",
		"báo cáo", "thông báo", "tờ trình":
		return true
	}
	return false
}

// containsAt reports word w within the four words after ws[k]. The Party
// itself is "Đảng" alone: "Đảng bộ", "Đảng ủy", "Đảng đoàn" after the number
// name a local body, whose congress numbers say nothing of the national ones
// ("tiến tới Đại hội đại biểu lần thứ III Đảng bộ Khối" is no year 1959).
func containsAt(ws []string, k int, w string) bool {
	for j := k + 1; j < len(ws) && j <= k+4; j++ {
		if w == "đảng" && ws[j] == w && j+1 < len(ws) && localParty(ws[j+1]) {
			return false
		}
		if ws[j] == w || ws[j] == "toàn" && w == "quốc" {
			return true
		}
	}
	return false
}

// localParty reports the word that makes "Đảng" a local body: Đảng bộ, Đảng
// ủy, Đảng đoàn.
func localParty(w string) bool {
	switch w {
	case "bộ", "ủy", "uỷ", "đoàn":
		return true
	}
	return false
}

// roman reads a lower-case Roman numeral up to 39 (xiii) or a number: 0 when w
// is neither.
func roman(w string) int {
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 40 {
		return n
	}
	if n, ok := vn.Roman(strings.ToUpper(w)); ok && n < 40 {
		return n
	}
	return 0
}

// firstPlenum reports "lần thứ nhất" (hội nghị lần thứ nhất) among ws.
func firstPlenum(ws []string) bool {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] == "lần" && ws[i+1] == "thứ" && (ws[i+2] == "nhất" || ws[i+2] == "i" || ws[i+2] == "1") {
			return true
		}
	}
	return false
}

// basisLine reports whether s is a line of a preamble's basis, every date
// of which is a document's the event rests on: "- Căn cứ Hướng dẫn số 79
// /HD-CĐGD của CĐGD thành phố Hồ Chí Minh ngày 24 tháng 4 năm 2017 về …",
// however far the day lies from the cue.
func basisLine(s leadSentence) bool {
	text := strings.TrimSpace(s.Text)
	body := strings.TrimLeft(text, " -+•*–\t")
	low := strings.ToLower(body)
	// A line of its own: bulleted or closed by a semicolon; "Căn cứ Chỉ
	// thị số 05-CT/TW ngày 15-5-2016 …, ngày 12/3/2018 Huyện ủy tổ chức
	// hội nghị" goes on to the news.
	line := len(body) < len(text) || strings.HasSuffix(text, ";")
	return line && strings.HasPrefix(low, "căn cứ ")
}

// credentials reports a sentence confirming delegates' credentials, as a
// council's first sitting does: "công bố Nghị quyết xác nhận tư cách đại
// biểu", "Trao quyết định xác nhận tư cách đại biểu HĐND phường khóa XIII",
// "báo cáo kết quả xác minh tư cách đại biểu".
func credentials(low string) bool {
	return strings.Contains(low, "xác nhận tư cách đại biểu") || strings.Contains(low, "xác minh tư cách đại biểu")
}
