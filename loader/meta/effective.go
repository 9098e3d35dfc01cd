package meta

import (
	"strings"

	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
)

// effectiveDays is how far a decision's effective date may lie from the
// meeting that announced it: decisions are announced days before, or just
// after, they take effect.
const effectiveDays = 31

// hasHieuLuc reports "hiệu lực" in s in any case. Only ệ and Ệ lower-case
// to ệ (TestHieuLuc): a sentence without either, most, is not lowered.
func hasHieuLuc(s string) bool {
	if !strings.ContainsRune(s, 'ệ') && !strings.ContainsRune(s, 'Ệ') {
		return false
	}
	return strings.Contains(strings.ToLower(s), "hiệu lực")
}

// deadline reports a day set as a deadline ("thôi chức vụ ... trước ngày
// 15/4/2016", "hạn chót ngày 30/6"): set at a meeting for days ahead, it
// fixes the meeting's year when it lies near.
func deadline(s leadSentence, m dates.Match) bool {
	switch lastWord(wordsBefore(s.runes, m.Start, 1)) {
	case "trước", "hạn", "chót":
		return !m.IsRange()
	}
	return false
}

// effectiveYear is the year of the day and month w when the article says
// that decisions take effect on a day with its year close to it ("Chiều
// 3/10, ... công bố các quyết định ... . Các quyết định có hiệu lực kể từ
// ngày 5/10/2024"; "... giữ chức Chủ tịch Hội từ ngày 1-3-2016"), or sets a
// deadline days ahead ("trước ngày 15/4/2016"): such a day is never the
// event's, but it fixes the year of a meeting held around it. Zero when none
// is near.
func effectiveYear(ss []model.Sentence, ds [][]dates.Match, w model.When) (int, string) {
	for i, st := range ss {
		if st.Kind != model.Body || len(ds[i]) == 0 {
			continue
		}
		hieuLuc := hasHieuLuc(st.Text)
		s := leadSentence{Sentence: st, runes: []rune(st.Text)}
		for _, m := range ds[i] {
			eff := m.Last()
			if m.IsRange() || eff.Year == 0 || eff.Day == 0 {
				continue
			}
			if !(hieuLuc && strings.Contains(wordsBefore(s.runes, m.Start, 6), "hiệu lực")) && !appointmentFrom(wordsBefore(s.runes, m.Start, 12), m) && !deadline(s, m) {
				continue
			}
			to, ok := eff.Date()
			if !ok {
				continue
			}
			for y := eff.Year - 1; y <= eff.Year; y++ {
				if e, ok := withYear(w, y); ok && abs(gapDays(e, to)) <= effectiveDays {
					return y, m.Text
				}
			}
		}
	}
	return 0, ""
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
