package meta

import (
	"strings"

	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
)

// chronicleGapYears: a page that goes on to tell, as past, a month at least
// this many years after the day its lead dates tells a history, not news.
// News is told on its day; what it recalls lies before it, what it plans
// (targets, deadlines, days in effect) is not told as past.
const chronicleGapYears = 2

// chronicle reports whether a page whose lead dates w with its year goes on
// to tell, as past, a month chronicleGapYears or more later: a history of an
// organisation's congresses ("Từ ngày 8 đến 15-10-1956 … Diễn ra tháng
// 12-1961 … ngày 8-12-1994"), an encyclopedia's ("Ngày 26 tháng 3 năm 1931,
// Hội nghị … lần thứ 2 … 15 tháng 10 năm 1956"), a memoir's, a thesis's
// review of the documents since. Its lead's day is the history's first step,
// not the news; text is the later month.
func chronicle(ss []model.Sentence, ds [][]dates.Match, w model.When) (string, bool) {
	for i, st := range ss {
		if st.Kind != model.Body || len(ds[i]) == 0 {
			continue
		}
		s := leadSentence{Sentence: st, runes: []rune(st.Text)}
		for _, m := range ds[i] {
			l := m.Last()
			if l.Year < w.Year+chronicleGapYears || l.Month == 0 && !narrativeYear(s, m) || m.IsRange() && m.From.Year != l.Year || target(s, m) || notPast(s, m) {
				continue
			}
			// "nghỉ hưu kể từ ngày 1/11/2022": the day a state begins, in
			// effect after the news.
			first, _, _ := strings.Cut(strings.ToLower(m.Text), " ")
			if first == "từ" && !m.IsRange() || lastWord(wordsBefore(s.runes, m.Start, 1)) == "kể" {
				continue
			}
			return m.Text, true
		}
	}
	return "", false
}

// narrativeYear reports whether m is a bare year opening its sentence as the
// time of what the sentence tells: "Năm 1976, năm đầu tiên hợp nhất tỉnh mới,
// đồng chí … làm Bí thư Tỉnh ủy". A year inside a sentence is as often a
// plan's or a term's.
func narrativeYear(s leadSentence, m dates.Match) bool {
	if m.IsRange() || m.Last().Month != 0 || strings.TrimSpace(string(s.runes[:min(m.Start, len(s.runes))])) != "" {
		return false
	}
	rest := strings.TrimSpace(string(s.runes[min(m.End, len(s.runes)):]))
	return strings.HasPrefix(rest, ",")
}
