package meta

import (
	"strings"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
)

// gatheringDays is the longest span of days read as one gathering: congresses
// and conferences last a day to a few days, sittings of a council a week at
// most. A longer span ("Từ ngày 21-9 đến 3-10, có 15 tỉnh ... đã tổ chức
// thành công Đại hội") gathers many events.
const gatheringDays = 7

// roundUp reports whether the lead gathers several events rather than
// reporting one, so that the page is dated by its month, not by one of its
// days: a span of days longer than a gathering lasts; or different days in
// different sentences of the lead when the page itself is dated by its month
// only ("date 2020-10" over "X tái đắc cử ... ngày 13/10. ... Y tái đắc cử ...
// ngày 3/10"), or when the lead opens undated with "Vừa qua" or "Thời gian
// qua" and dates its events one by one after ("Vừa qua, một số cơ quan ... đã
// tổ chức triển khai các quyết định ... . Sáng 3/10, ... . Ngày 2/10, ...").
func (l lead) roundUp(ev dates.Match, pub date.Date, ss []model.Sentence, ds [][]dates.Match) bool {
	if ev.IsRange() {
		from, ok1 := ev.From.Date()
		to, ok2 := ev.To.Date()
		if !ok1 || !ok2 {
			// A span without its year: its days and months alone.
			from, ok1 = date.Of(2001, ev.From.Month, ev.From.Day)
			to, ok2 = date.Of(2001, ev.To.Month, ev.To.Day)
		}
		if ok1 && ok2 && gapDays(from, to) > gatheringDays {
			return true
		}
	}
	if pub.Precision() == date.Month {
		var ls []leadSentence
		for _, s := range l.sents {
			if s.Kind == model.Body {
				ls = append(ls, s)
			}
		}
		if manyDays(ls, false) {
			return true
		}
	}
	switch {
	case l.opensPast():
		// Its events dated one by one, each opening its paragraph, further
		// down than the lead.
		var ls []leadSentence
		for i, s := range ss {
			if s.Kind == model.Body && len(ls) < roundUpSentences {
				ls = append(ls, newLeadSentence(s, strings.ToLower(s.Text), ds[i]))
			}
		}
		return manyDays(ls, true)
	}
	return false
}

// roundUpSentences is how far a round-up opening "Vừa qua" is read for the
// days of its events: a paragraph or two each.
const roundUpSentences = 15

// manyDays reports whether different sentences of ss print different days
// for what they report (not a document's, a birth's...); opening, when only
// days that open their sentence ("Sáng 3/10, ...") count.
func manyDays(ss []leadSentence, opening bool) bool {
	first := -1
	var day [3]int
	for _, s := range ss {
		for _, m := range s.dates {
			w := m.Last()
			// A round-up opening "Vừa qua" may date its events by their
			// month: "Tháng 12/2019, HĐND tỉnh Bình Phước đã họp ...".
			if w.Day == 0 && (!opening || w.Month == 0) || m.IsRange() || otherDate(s, m) || opening && m.Start > openingRunes {
				continue
			}
			switch k := [3]int{w.Year, w.Month, w.Day}; {
			case first < 0:
				first, day = s.Index, k
			case s.Index != first && k != day:
				return true
			}
		}
	}
	return false
}

// openingRunes is how far into its sentence a date opens it: "Cách đây 2
// ngày (21/2), ông ...", "Vào giữa tháng 11/2019, HĐND tỉnh ...".
const openingRunes = 25

// opensPast reports whether the lead's first body sentence prints no day and
// opens with "Vừa qua" or "(Trong) thời gian qua": what happened lately, told
// at once ("Trong thời gian qua (tính từ tháng 5 năm 2019 tới nay) nhiều tỉnh
// đã bầu Chủ tịch UBND tỉnh mới").
//
// So does a lead whose subject is several places ("Trong kỳ họp cuối năm
// 2015, HĐND các tỉnh Bắc Giang, Bình Thuận, Thanh Hóa đã tiến hành kiện
// toàn nhân sự", "Trong khoảng 1 tuần qua, nhiều tỉnh đã tổ chức kỳ họp thứ
// nhất"), the week it covers printed as a span or not ("Trong tuần (từ
// 30/12/2024 đến 4/1/2025), HĐND các tỉnh Nghệ An, Bắc Giang, Hà Giang đã
// ...").
func (l lead) opensPast() bool {
	for _, s := range l.sents {
		if s.Kind != model.Body {
			continue
		}
		for _, m := range s.dates {
			if m.Last().Day != 0 && !m.IsRange() {
				return false // it dates its news itself
			}
		}
		for _, cue := range []string{"vừa qua,", "thời gian qua", "trong thời gian qua"} {
			if strings.HasPrefix(s.low, cue) {
				return !hasDay(s)
			}
		}
		return manyPlaces(s.low)
	}
	return false
}

// hasDay reports a day printed in s, alone or as a span's end.
func hasDay(s leadSentence) bool {
	for _, m := range s.dates {
		if m.Last().Day != 0 {
			return true
		}
	}
	return false
}

// manyPlaces reports a lead whose subject, before its verb, is several
// places: "HĐND các tỉnh A, B, C đã ...", "nhiều tỉnh đã ...".
func manyPlaces(low string) bool {
	subject := low
	for _, verb := range []string{" đã ", " vừa ", " tổ chức "} {
		if k := strings.Index(subject, verb); k >= 0 {
			subject = subject[:k]
		}
	}
	for _, w := range []string{"các tỉnh", "nhiều tỉnh", "các địa phương", "nhiều địa phương", "các tỉnh, thành", "nhiều tỉnh, thành"} {
		if strings.Contains(subject, w) {
			return true
		}
	}
	return false
}
