package meta

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
)

// deathCues are the words a death's day follows: "đã từ trần hồi 10 giờ 10
// phút ngày 11-6-2020", "qua đời ngày 21.9.2018", "đã trút hơi thở cuối
// cùng vào lúc 5 giờ 5 phút sáng 29/10".
// Built once and shared, read-only: asked for every sentence of a lead.
var deathCues = sync.OnceValue(func() []string {
	return append(slices.Clone(lexicon.DeathWords()), "trút hơi thở cuối cùng")
})

// deathCueWords is how many words before a day its death cue may stand:
// "đã trút hơi thở cuối cùng vào lúc 5 giờ 5 phút sáng 29/10".
const deathCueWords = 12

// deathNoticeDays is how long after a death the news about it may come and
// still take the death's year: a communiqué, a funeral, a notice follow it
// within days ("từ trần hồi 10 giờ 05 ngày 21.9.2018" under "Chiều 23.9").
const deathNoticeDays = 10

// death is the day an article gives as a death's (deathDay), read once an
// article and passed to what dates by it (deathNotice, deathYear,
// sameDeathDay): deathDay reads the whole article, too much to do again for
// each of them.
type death struct {
	day  date.Date
	text string
}

// readDeath is the article's death day (deathDay) as data.
func readDeath(ss []model.Sentence, ds [][]dates.Match) death {
	d, text := deathDay(ss, ds)
	return death{d, text}
}

// deathDay is the first day with its year the article gives as a death's,
// with its text; zero when none is printed. A death printed without its
// year ("trút hơi thở cuối cùng vào lúc 5 giờ 5 phút sáng 29/10") takes the
// year of a funeral printed with its year days after it ("lễ viếng diễn ra
// ... ngày 4/11/2014"): the funeral follows the death within days.
func deathDay(ss []model.Sentence, ds [][]dates.Match) (date.Date, string) {
	var bare dates.Match
	found := false
	for i, st := range ss {
		if st.Kind != model.Body || len(ds[i]) == 0 || !hasDeathCue(strings.ToLower(st.Text)) {
			continue
		}
		rs := []rune(st.Text)
		for _, m := range ds[i] {
			w := m.Last()
			if m.IsRange() || w.Day == 0 || !hasDeathCue(wordsBefore(rs, m.Start, deathCueWords)) {
				continue
			}
			if w.Year == 0 {
				if !found {
					bare, found = m, true
				}
				continue
			}
			if d, ok := w.Date(); ok {
				return d, m.Text
			}
		}
	}
	if !found {
		return date.Date{}, ""
	}
	f, text := funeralDay(ss, ds)
	if f.IsZero() {
		return date.Date{}, ""
	}
	for y := f.Year - 1; y <= f.Year; y++ {
		if d, ok := withYear(bare.Last(), y); ok {
			// A funeral comes a day or more after the death; one on the
			// death's own day and month is its anniversary's memorial.
			if g := gapDays(d, f); g >= 1 && g <= deathNoticeDays {
				return d, bare.Text + " (the year of the funeral " + text + ")"
			}
		}
	}
	return date.Date{}, ""
}

// funeralDay is the first day with its year the article gives as a
// funeral's, with its text; zero when none is printed.
func funeralDay(ss []model.Sentence, ds [][]dates.Match) (date.Date, string) {
	for i, st := range ss {
		if st.Kind != model.Body || len(ds[i]) == 0 {
			continue
		}
		rs := []rune(st.Text)
		for _, m := range ds[i] {
			w := m.Last()
			if w.Year == 0 || w.Day == 0 {
				continue
			}
			before := wordsBefore(rs, m.Start, 12)
			if slices.ContainsFunc(lexicon.MemorialWords(), func(w string) bool { return strings.Contains(before, w) }) {
				continue // a memorial of the death, years on
			}
			for _, cue := range lexicon.FuneralDayWords() {
				if strings.Contains(before, cue) {
					if d, ok := w.Date(); ok {
						return d, m.Text
					}
				}
			}
		}
	}
	return date.Date{}, ""
}

func hasDeathCue(low string) bool {
	for _, cue := range deathCues() {
		if strings.Contains(low, cue) {
			return true
		}
	}
	return false
}

// deathYear is the year a death printed with its year gives the day and
// month w of news that follows it within days: the death is never the
// event's day, but a communiqué of 23.9 after a death of 21.9.2018 is of
// 2018. Zero when no death is printed near w.
func deathYear(dd death, w model.When) (int, string) {
	d, text := dd.day, dd.text
	if d.IsZero() {
		return 0, ""
	}
	for y := d.Year; y <= d.Year+1; y++ {
		if e, ok := withYear(w, y); ok {
			if g := gapDays(d, e); g >= 0 && g <= deathNoticeDays {
				return y, fmt.Sprintf("a death of %q days before", text)
			}
		}
	}
	return 0, ""
}

// reportsDeath reports a lead whose news is a death: a notice ("vô cùng
// thương tiếc báo tin", "Tin buồn") or a headline or sentence telling it.
func (l lead) reportsDeath() bool {
	for _, s := range l.sents {
		if hasDeathCue(s.low) || strings.Contains(s.low, "thương tiếc báo tin") || strings.HasPrefix(s.low, "tin buồn") {
			return true
		}
	}
	return false
}

// notice is a notice of a death dated by the death's month (deathNotice);
// ok is false for other pages.
type notice struct {
	month date.Date
	basis string
	ok    bool
}

// deathNotice dates a notice of a death by the death's month, as the real
// set's gold does (a notice follows the death within days, often undated
// itself): the event date of a lead that reports a death on the death's
// own day, or prints no day of its own, given the article's death dd.
func (l lead) deathNotice(dd death) notice {
	if !l.reportsDeath() || dd.day.IsZero() {
		return notice{}
	}
	return notice{date.Date{Year: dd.day.Year, Month: dd.day.Month}, fmt.Sprintf("a notice of the death %q: its month", dd.text), true}
}
