package meta

import (
	"strings"

	"github.com/cadregraph/cadregraph/date"
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
}

func readLead(ss []model.Sentence) lead {
	var l lead
	body := 0
	for _, s := range ss {
		switch s.Kind {
		case model.Title:
		case model.Body:
			if body >= leadSentences {
				continue
			}
			body++
		default:
			continue
		}
		l.sents = append(l.sents, leadSentence{Sentence: s, low: strings.ToLower(s.Text), runes: []rune(s.Text), dates: dates.Find(s.Text)})
	}
	return l
}

// event returns the expression that dates the lead's event: the first date
// with a day in the lead's body that is not another thing's date (a
// document's, a founding's, a deadline's, an anniversary's span).
func (l lead) event() (dates.Match, int, bool) {
	for _, s := range l.sents {
		if s.Kind != model.Body {
			continue
		}
		for _, m := range s.dates {
			if m.Last().Day == 0 || otherDate(s, m) {
				continue
			}
			return m, s.Index, true
		}
	}
	return dates.Match{}, 0, false
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
	before := wordsBefore(s.runes, m.Start, 12)
	for _, cue := range []string{"thành lập", "kỷ niệm", "sinh ngày", "ngày sinh", "ra đời", "giải phóng",
		"ban hành", "hiệu lực", "có hiệu lực"} {
		if strings.Contains(before, cue) {
			return true
		}
	}
	near := wordsBefore(s.runes, m.Start, 5)
	for _, cue := range []string{"nghị quyết", "kết luận", "chỉ thị", "quyết định", "quy định", "thông tri",
		"hướng dẫn", "kế hoạch", "đề án", "công văn", "thông báo", "nghị định", "thông tư", "luật", "/"} {
		if strings.Contains(near, cue) {
			return true
		}
	}
	last := lastWord(wordsBefore(s.runes, m.Start, 1))
	switch last {
	case "trước", "đến", "tới", "hạn", "sau", "nhìn":
		return true
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
	if evs == nil || !congressReported(*evs, ev) {
		return 0, ""
	}
	if ts := dates.Terms(evs.Text); len(ts) > 0 {
		return ts[0].From, ts[0].Text
	}
	for _, s := range l.sents {
		if !strings.Contains(s.low, "đại hội") {
			continue
		}
		if ts := dates.Terms(s.Text); len(ts) > 0 {
			return ts[0].From, ts[0].Text
		}
	}
	return 0, ""
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
	best, congress := -1, false
	for _, g := range []string{"đại hội", "hội nghị", "lễ ", "hội thảo", "tọa đàm", "buổi ", "phiên ", "kỳ họp", "cuộc họp"} {
		if i := strings.Index(after, g); i >= 0 && (best < 0 || i < best) {
			best, congress = i, g == "đại hội"
		}
	}
	return congress
}

// contentYear is the latest year the lead speaks of, as the year of an event
// in month. Reviews and plans straddle the turn of the year: a review of year
// Y held in the first months is held in Y+1 (a conference "tổng kết ... năm
// 2022" in January is of 2023), and a plan for year Y made in the last months
// is made in Y-1. Years that are targets ("đến năm 2030") and other things'
// dates do not count.
func (l lead) contentYear(month int) (year int, basis string, strong bool) {
	for _, s := range l.sents {
		for _, m := range s.dates {
			w := m.Last()
			if w.Year == 0 || w.Day != 0 && otherDate(s, m) || target(s, m) {
				continue
			}
			y, why := w.Year, m.Text+" in the lead"
			cue := noCue
			if w.Month == 0 {
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
				strong = cue != noCue || w.Day != 0
			}
		}
	}
	return year, basis, strong
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
	plan := []string{"triển khai", "phương hướng", "kế hoạch", "dự kiến", "định hướng", "phát động"}
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

// target reports a year the text aims at rather than speaks of: "đến năm 2030",
// "tầm nhìn năm 2045".
func target(s leadSentence, m dates.Match) bool {
	switch lastWord(wordsBefore(s.runes, m.Start, 1)) {
	case "đến", "tới", "nhìn", "trước", "sau":
		return true
	}
	return false
}
