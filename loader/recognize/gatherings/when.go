package gatherings

import (
	"time"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
)

// when reads the first and last day of the gathering named at ts[i:end] that
// the sentence reports: a date in the same clause before it ("Sau 2 ngày làm
// việc, trưa 20-8, Đại hội ... đã bế mạc"; "Ngày 18/7/2025, Đảng bộ ... tổ
// chức đại hội") or shortly after it ("Đại hội diễn ra trong 2 ngày, từ ngày
// 3/8 - 4/8/2020"). A range gives both ends; a single day is the closing day
// when the sentence says the gathering closed (bế mạc), the opening day when it
// opened (khai mạc), else both; a length in days printed with it (2 ngày làm
// việc) gives the other end. What the sentence does not say stays zero.
func (p *parser) when(i, end int) (model.When, model.When) {
	d, ok := p.dateOf(i, end)
	if !ok {
		return model.When{}, model.When{}
	}
	if d.IsRange() {
		return d.From, d.To
	}
	w := d.From
	// "Sáng 7.8, Đại hội ... tiếp tục ngày làm việc thứ 3": its third day.
	if nth := p.nthDay(); nth > 1 {
		if s, ok := addDays(w, -(nth - 1)); ok {
			return s, w
		}
	}
	// "Tiếp tục chương trình Đại hội ..., chiều nay (5/8)": a day after
	// its first, not known to be its last.
	if p.has("tiếp tục chương trình") || p.has("tiếp tục phiên") || p.has("tiếp tục ngày") || p.has("tiếp tục làm việc") {
		return model.When{}, w
	}
	n := p.days()
	// "Sau gần 3 ngày làm việc, sáng 31/7, Đại hội ... đã hoàn thành
	// chương trình đề ra": the days are behind it, the day its last.
	closing := p.has("bế mạc") || p.has("kết thúc") || n > 1 && p.daysBehind()
	// Its first session or working day: the day it opened. A preparatory
	// session (phiên trù bị) comes first too ("Chiều ngày 29-12-2015, Đại
	// hội … họp phiên trù bị"; it opened the next morning, baolongan 2015).
	opening := p.has("khai mạc") || p.has("phiên thứ nhất") || p.has("ngày làm việc thứ nhất") || p.has("phiên trù bị")
	switch {
	case closing && !opening:
		if n > 1 {
			if s, ok := addDays(w, -(n - 1)); ok {
				return s, w
			}
		}
		return model.When{}, w
	case opening && !closing:
		if n > 1 {
			if e, ok := addDays(w, n-1); ok {
				return w, e
			}
		}
		return w, model.When{}
	}
	if n > 1 {
		if e, ok := addDays(w, n-1); ok {
			return w, e
		}
		return w, model.When{}
	}
	return w, w
}

// dateOf picks the date of the gathering at ts[i:end]: the nearest day-precise
// date before it in its clause, else the first within a few words after it. A
// single date in brackets or after "thành lập" dates something else (a
// founding), and so does a range of more than a week (an anniversary).
func (p *parser) dateOf(i, end int) (dates.Match, bool) {
	from, to := p.clauseStart(i), p.clauseEnd(end)
	// "diễn ra trong 03 ngày: từ ngày 18/9 đến hết ngày 20/9/2019": the
	// colon announces the days.
	if to+1 < len(p.ts) && p.ts[to].Mark(":") {
		to = p.clauseEnd(to + 1)
	}
	// Words after the name are counted from its term: "Đại hội ... lần thứ
	// IX, nhiệm kỳ 2019 – 2024 được diễn ra trong 03 ngày: từ ngày 18/9 ...".
	if a := p.afterName(i); a > end {
		end = a
	}
	best, found := dates.Match{}, false
	for _, d := range p.dates {
		if d.Precision() != date.Day || !p.dateOfEvent(d) {
			continue
		}
		k := p.tokenAt(d.Start)
		switch {
		case k >= from && d.End <= p.offset(i):
			best, found = d, true // the nearest before wins: keep going
		case !found && k >= end && k < to && k <= end+12:
			return d, true
		}
	}
	if !found && p.hasLead && p.clauseStart(i) == 0 && !p.datedElsewhere() &&
		(p.has("khai mạc") || p.has("bế mạc") || p.has("kết thúc") || p.hasVerb("tổ chức") || p.has("phiên trù bị")) {
		// Sáng ngày 20/3/2023. Hội Nông dân xã … tổ chức khai mạc đại hội:
		// the dateline before the sentence dates the gathering its first
		// clause names, where the sentence (anywhere in it: has reads the
		// whole) says one was held, opened or closed (dateline); "Hải
		// Phòng, ngày 15/10/2015. Đại hội đã bầu …" tells what a congress
		// of several days did, not which of them it was.
		return p.lead, true
	}
	return best, found
}

// datedElsewhere reports whether the sentence prints a day of its own, which
// a dateline before it does not override.
func (p *parser) datedElsewhere() bool {
	for _, d := range p.dates {
		if d.Precision() == date.Day {
			return true
		}
	}
	return false
}

// dateOfEvent reports whether d can date a gathering.
func (p *parser) dateOfEvent(d dates.Match) bool {
	if d.IsRange() {
		if span := days(d.From, d.To); span < 0 || span > 7 {
			return false
		}
	}
	k := p.tokenAt(d.Start)
	if _, ok := p.endsBefore(k, "thành lập", "thành lập vào", "ban hành", "ký"); ok {
		return false
	}
	if d.IsRange() {
		return true // a range of a few days, even in brackets: (13 - 14/8)
	}
	depth := 0
	for j := 0; j < k; j++ {
		switch {
		case p.ts[j].Mark("("):
			depth++
		case p.ts[j].Mark(")") && depth > 0:
			depth--
		}
	}
	// "Ngày làm việc thứ hai (23/12/2008), Đại hội ...": the bracket dates
	// the day of the gathering it follows.
	if depth == 1 && k >= 2 && p.ts[k-1].Mark("(") && p.nthDay() > 0 {
		if _, ok := scan.Ordinal(p.ts[k-2]); ok {
			return true
		}
		if _, e := scan.NumberWord(p.ts, k-2); e == k-1 {
			return true
		}
	}
	return depth == 0
}

// days is the number of days from a to b, as far as the printed parts tell; -1
// when they cannot be compared.
func days(a, b model.When) int {
	y := b.Year
	if y == 0 {
		y = 2001
	}
	ya := a.Year
	if ya == 0 {
		ya = y
	}
	if a.Month == 0 || b.Month == 0 || a.Day == 0 || b.Day == 0 {
		return -1
	}
	ta := time.Date(ya, time.Month(a.Month), a.Day, 0, 0, 0, 0, time.UTC)
	tb := time.Date(y, time.Month(b.Month), b.Day, 0, 0, 0, 0, time.UTC)
	return int(tb.Sub(ta).Hours() / 24)
}

// has reports whether the words of phrase occur in the sentence.
func (p *parser) has(phrase string) bool {
	for k := range p.ts {
		if _, ok := p.seqAny(k, phrase); ok {
			return true
		}
	}
	return false
}

// hasVerb is has for a phrase that is also a noun after ban: "tổ chức" in
// "Trưởng Ban Tổ chức Thành ủy" or "Ban tổ chức đại hội" names a committee,
// it says nothing was held.
func (p *parser) hasVerb(phrase string) bool {
	for k := range p.ts {
		if k > 0 && p.ts[k-1].Is("ban") {
			continue
		}
		if _, ok := p.seqAny(k, phrase); ok {
			return true
		}
	}
	return false
}

// daysBehind reports whether the sentence counts the gathering's days as
// past: "Sau 2 ngày làm việc", "sau gần 3 ngày làm việc", "sau hơn 2 ngày".
func (p *parser) daysBehind() bool {
	for k := 0; k+2 < len(p.ts); k++ {
		if !p.ts[k].Is("sau") {
			continue
		}
		j := k + 1
		if p.ts[j].Is("gần", "hơn", "khoảng") {
			j++
		}
		if j+1 < len(p.ts) && p.ts[j].Digits() && p.ts[j+1].Is("ngày") {
			return true
		}
	}
	return false
}

// days is the length of the gathering in days the sentence prints: "Sau 2
// ngày làm việc", "diễn ra trong 2 ngày"; 0 when none.
func (p *parser) days() int {
	for k := 0; k+1 < len(p.ts); k++ {
		t := p.ts[k].Text
		if len(t) == 2 && t[0] == '0' {
			t = t[1:] // 03 ngày
		}
		if !p.ts[k+1].Is("ngày") || !p.ts[k].Digits() || len(t) > 1 {
			continue
		}
		n := int(t[0] - '0')
		if n < 1 || n > 7 {
			continue
		}
		if _, ok := p.seqAny(k+2, "làm việc"); ok {
			return n
		}
		if _, ok := p.endsBefore(k, "trong", "diễn ra trong", "sau"); ok {
			return n
		}
	}
	return 0
}

// addDays moves w by n days. Without a year, a move that crosses the end of
// February or of the year cannot be made.
func addDays(w model.When, n int) (model.When, bool) {
	if w.Month == 0 || w.Day == 0 {
		return model.When{}, false
	}
	y := w.Year
	if y == 0 {
		y = 2001 // a common year: used only where February is not crossed
	}
	t := time.Date(y, time.Month(w.Month), w.Day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	if w.Year == 0 {
		crossesFeb := t.Month() != time.Month(w.Month) && (t.Month() == time.February || w.Month == 2)
		if t.Year() != y || crossesFeb {
			return model.When{}, false
		}
		return model.When{Month: int(t.Month()), Day: t.Day()}, true
	}
	return model.When{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}, true
}

// nthDay is the day of the gathering the sentence says it is in: "ngày làm
// việc thứ 3" (thứ hai, thứ ba); 0 when none.
func (p *parser) nthDay() int {
	for k := 0; k+4 < len(p.ts); k++ {
		j, ok := scan.Seq(p.ts, k, "ngày làm việc thứ")
		if !ok {
			continue
		}
		if n, ok := scan.Ordinal(p.ts[j]); ok && n > 1 && n < 8 {
			return n
		}
		if n, e := scan.NumberWord(p.ts, j); e > j && n > 1 && n < 8 {
			return n
		}
	}
	return 0
}
