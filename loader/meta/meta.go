// Package meta reads what an article says about itself: its headline, when it
// was published, the date of the event it reports, and who wrote it and took
// its pictures.
//
// The event date is read from the lead, where Vietnamese news dates its event
// ("Chiều 10/1, Đảng ủy Khối ... tổ chức Hội nghị"), usually without the year,
// or is the date of the document the lead reports issued ("vừa ký ban hành
// Kết luận số 210-KL/TW ngày 12/11/2025"). Births, deaths, effective dates,
// deadlines and the dates of documents the event only carries out are other
// things' dates. The year then comes, in this order, from a page date that can
// be trusted (a header may print the month alone: "date 2020-10"), the term
// the reported congress, first plenum or first sittings open (a congress of
// nhiệm kỳ 2025-2030 is held in 2025), the years the lead speaks of, the
// latest day the article prints (an event comes on or after the letters and
// documents it speaks of), and last from a page date that may be the crawl's.
// A page date is a crawl date when it falls more than a month after the event
// the lead reports: news is published within days. A lead that dates nothing
// on a page without a date is dated by the year of the term its congress or
// election opens, else of the latest day printed. When nothing settles the
// year the event date stays empty: a wrong year is worse than none.
package meta

import (
	"fmt"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
)

// Tunables of the reading, with the reasons for their values.
const (
	// leadSentences is how many body sentences the lead has: Vietnamese news
	// states its event, with its date, in the first or second sentence, after
	// a sapo at most.
	leadSentences = 4
	// farLeadSentences is how far a page whose lead dates nothing and whose
	// own date has no day is read for its event: a round-up opens with a
	// speech and its captions, then dates the congress it reports.
	farLeadSentences = 3 * leadSentences
	// crawlGapDays: a page date more than this many days after the reported
	// event is not the news's publication but a later page or crawl date.
	crawlGapDays = 31
	// earlyMonths: a conference in the first months of a year reviews the year
	// before ("tổng kết năm 2022" in January 2023).
	earlyMonths = 3
	// lateMonths: a conference in the last months of a year plans the next
	// ("phương hướng, nhiệm vụ năm 2023" in December 2022).
	lateMonths = 10
)

// Read returns d's metadata; ss are d's sentences.
func Read(d model.Doc, ss []model.Sentence) model.Meta {
	ds := make([][]dates.Match, len(ss))
	for i, s := range ss {
		ds[i] = dates.Find(s.Text)
	}
	return ReadDated(d, ss, ds)
}

// ReadDated is Read given the dates of each sentence, ds[i] = dates.Find(
// ss[i].Text): the loader finds them once for meta and the recognisers, who
// both read every sentence's (meta asked dates.Find again of every body
// sentence, a tenth of the extraction's CPU).
func ReadDated(d model.Doc, ss []model.Sentence, ds [][]dates.Match) model.Meta {
	m := model.Meta{Title: title(d), Credits: credits(d)}
	pub, pubBasis := published(d, ss, ds)
	m.Published = pub
	l := readLead(ss, ds)

	// A document printed in full is dated by its letterhead's place and day.
	if d, text, ok := dateline(ss); ok {
		m.EventDate, m.EventBasis = d, fmt.Sprintf("the letterhead's %q", text)
		return m
	}
	ev, evSentence, reported, ok := l.event(pub)
	if ok && !reported {
		// A caption's earlier step ("trao quyết định ... vào ngày 12/3/2021")
		// before the news of a page stamped 23/04/2021 ("vào ngày 22/4, HĐND
		// huyện ... tổ chức kỳ họp"): the day near the stamp is the news.
		if m2, i2, ok2 := l.nearerNews(ev, evSentence, pub); ok2 {
			ev, evSentence = m2, i2
		}
	}
	if ok && !reported && pub.IsZero() && ev.Last().Year != 0 {
		// A history's first step on a page with no date of its own: the
		// page tells later years as past, and dates no news.
		if later, hist := chronicle(ss, ds, ev.Last()); hist {
			m.EventBasis = fmt.Sprintf("none: %q starts a history told on to %q", ev.Text, later)
			return m
		}
	}
	dd := readDeath(ss, ds)
	dn := l.deathNotice(dd)
	if !ok && pub.Precision() < date.Day && !dn.ok {
		// (A notice of a death with its day printed is dated by it, not by
		// a day further on: "(tức ngày 01 tháng 02 năm Mậu Tuất)".)
		// A lead of comments and captions on a page with no day of its own:
		// the first event the page dates a little further on ("Chiều 22-10,
		// Đại hội ... (nhiệm kỳ 2015-2020) bế mạc" under "date 2017-03").
		far := readLeadOf(ss, ds, farLeadSentences)
		if ev2, s2, rep2, ok2 := far.event(pub); ok2 && !rep2 && !before(ev2, latestPast(ss, ds).day) {
			l, ev, evSentence, ok = far, ev2, s2, true
			dn = l.deathNotice(dd) // the farther lead's
		}
	}
	if !ok {
		// No date in the lead: the article's own date stands for its event when
		// it can be trusted.
		if pub.IsZero() {
			// No page date either: a death notice's month; the year of the
			// term the lead's congress or election opens, else of the
			// latest day the article prints.
			if dn.ok {
				m.EventDate, m.EventBasis = dn.month, dn.basis
			} else if y, term := l.openedTerm(ss); y != 0 {
				m.EventDate, m.EventBasis = date.Date{Year: y}, fmt.Sprintf("%q opened", term)
			} else if y, basis := l.nationalYear(0); y != 0 {
				m.EventDate, m.EventBasis = date.Date{Year: y}, basis
			} else if y, period := l.periodYear(); y != 0 {
				m.EventDate, m.EventBasis = date.Date{Year: y}, fmt.Sprintf("the period %q reported", period)
			} else if y, edition := l.editionYear(); y != 0 {
				m.EventDate, m.EventBasis = date.Date{Year: y}, fmt.Sprintf("the edition %q", edition)
			} else if p := latestPast(ss, ds); p.annYear != 0 {
				m.EventDate, m.EventBasis = date.Date{Year: p.annYear}, fmt.Sprintf("the anniversary %q", p.annText)
			} else if p.reviewYear != 0 && p.reviewYear >= p.day.Year {
				// "tổng kết 10 năm thực hiện Chỉ thị số 59-CT/TW, ngày
				// 15/12/2000": the review is held as its years close.
				m.EventDate, m.EventBasis = date.Date{Year: p.reviewYear}, fmt.Sprintf("a review of the years after %q", p.reviewText)
			} else if !p.day.IsZero() && !p.carried && !p.issued && !p.from && !p.profile && !p.standing {
				// A document the page carries out bounds its event from
				// below only: a programme implementing a resolution of
				// December may come out the next year. So does the day a
				// state began (kể từ ngày 1-3-2005): an effective date.
				// So does a step of a career told in a profile after the
				// news: "Ngày 30/6/2016, ông tái cử" under a dismissal,
				// and a standing rule cited as the news's ground: "Theo
				// Quy định số 61-QĐ/TU ngày 15/01/2021 …" over a by-election.
				m.EventDate, m.EventBasis = date.Date{Year: p.day.Year}, fmt.Sprintf("the year of %q, the latest day printed", p.text)
			} else if p.from && !p.profile && !p.plain.IsZero() && p.plain.Year == p.day.Year {
				// The latest day opens a state (nghỉ công tác kể từ ngày
				// 1/10/2019) in the year of the latest other day (Quyết
				// định 7498-QĐ/TU ngày 23/9/2019): the decision and the
				// day it takes effect agree on the news's year.
				m.EventDate, m.EventBasis = date.Date{Year: p.day.Year}, fmt.Sprintf("the year of %q and of %q, in effect from then", p.plainText, p.text)
			}
			return m
		}
		// A notice of a death under a stamp long after it ("TIN BUỒN ...
		// từ trần hồi 17 giờ 15 phút ngày 31-5-2013" under "Thứ bảy,
		// 01/10/2022"): the stamp is a crawl's, the notice the death's month.
		if dn.ok && gapDays(dn.month, pub) > crawlGapDays+deathNoticeDays {
			m.EventDate, m.EventBasis, m.PublishedIsCrawl = dn.month, dn.basis, true
			return m
		}
		if until := l.reportedUntil(); !until.IsZero() && gapDays(until, pub) > crawlGapDays {
			m.PublishedIsCrawl = true
			return m
		}
		m.EventDate, m.EventBasis = pub, pubBasis
		return m
	}
	w := ev.Last()
	printed := fmt.Sprintf("%q", ev.Text)
	if reported {
		printed += " (the document the lead reports)"
	}
	if w.Year != 0 {
		if e, ok := w.Date(); ok {
			m.EventDate, m.EventBasis = e, printed
			m.PublishedIsCrawl = !pub.IsZero() && gapDays(e, pub) > crawlGapDays
		}
		if reported {
			return m // one document's day
		}
		return l.month(m, ev, pub, ss, ds)
	}

	// A header printed month first ("date 2025-03-10" over "Sáng 3/10" and
	// "03/10/2025" in the text) is read the text's way: the text wins.
	if swapped(pub, w) {
		pub = date.Date{Year: pub.Year, Month: w.Month, Day: w.Day}
		pubBasis += " read day first, as the text prints it"
	}
	// The same day printed with its year elsewhere is the event's year,
	// whatever the page date says: the text wins.
	ySame, sameText := sameDayYear(ss, ds, ev)
	// The year without the page date: from the term, else the lead's years.
	yTerm, termText := l.termYear(ev, evSentence)
	yContent, contentText, strong := l.contentYear(w)
	yOwn, ownBasis := ySame, fmt.Sprintf("the same day printed %q", sameText)
	if yOwn == 0 {
		yOwn, ownBasis = yTerm, termText
	}
	if yOwn == 0 {
		if y, text := l.turnYear(); y != 0 {
			yOwn, ownBasis = y, fmt.Sprintf("a post left for one of the next term, %q", text)
		}
	}
	if yOwn == 0 {
		yOwn, ownBasis = deathYear(dd, w)
	}
	if yOwn == 0 {
		if y, text := effectiveYear(ss, ds, w); y != 0 {
			yOwn, ownBasis = y, fmt.Sprintf("a day set near it (in effect, a deadline) %q", text)
		}
	}
	if yOwn == 0 {
		if y, text := tetYear(ss, w.Month); y != 0 {
			yOwn, ownBasis = y, fmt.Sprintf("the Tết it falls by, %q", text)
		}
	}
	if yOwn == 0 {
		yOwn, ownBasis = l.nationalYear(w.Month)
	}
	if yOwn == 0 {
		yOwn, ownBasis = comingCongressYear(ss, w.Month)
	}
	if yOwn == 0 {
		yOwn, ownBasis = yContent, contentText
	}
	if yOwn == 0 {
		switch p := latestPast(ss, ds); {
		case !p.annDay.IsZero():
			yOwn, ownBasis = onOrBefore(w, p.annDay), fmt.Sprintf("preparing the anniversary %q", p.annText)
		case p.annYear != 0:
			yOwn, ownBasis = p.annYear, fmt.Sprintf("the anniversary %q", p.annText)
		case !p.day.IsZero():
			yOwn, ownBasis = onOrAfter(w, p.day), fmt.Sprintf("on or after %q", p.text)
			// A review of N years of a document is held N years on, unless
			// a later day printed puts it later still.
			if p.reviewYear > yOwn {
				yOwn, ownBasis = p.reviewYear, fmt.Sprintf("a review of the years after %q", p.reviewText)
			}
		}
	}
	// Only evidence that dates the event itself overrules a page date: the
	// term of the congress reported, a year the lead reviews or plans, a full
	// date. Other years of the lead may be references to the past ("Nghị quyết
	// ... ban hành năm 2017").
	yEvidence := ySame
	if yEvidence == 0 {
		yEvidence = yTerm
	}
	if yEvidence == 0 && strong {
		yEvidence = yContent
	}
	if !pub.IsZero() && yEvidence != 0 {
		if e, ok := withYear(w, yEvidence); ok && gapDays(e, pub) > crawlGapDays {
			m.PublishedIsCrawl = true
		}
	}
	// A page date on the very day and month printed is the article's own,
	// not a crawl's: its year wins over the first year of the term a
	// congress opens late ("Ngày 29/01 … Đại hội … lần thứ V, nhiệm kỳ
	// 2017-2022" under "29/01/2018 - 20:02", baolongan).
	if ySame == 0 && pub.Precision() == date.Day && pub.Month == w.Month && pub.Day == w.Day {
		m.PublishedIsCrawl = false
	}
	var y int
	var basis string
	switch {
	case ySame != 0:
		y, basis = yOwn, ownBasis
	case !pub.IsZero() && !m.PublishedIsCrawl:
		y, basis = yearBefore(w, pub), pubBasis
	case yOwn != 0:
		y, basis = yOwn, ownBasis
	case !pub.IsZero():
		y, basis = yearBefore(w, pub), pubBasis+" (may be the crawl date)"
	default:
		return m
	}
	if e, ok := withYear(w, y); ok {
		m.EventDate, m.EventBasis = e, printed+" + "+basis
	}
	// "Ngày 19/2, Ban Bảo vệ ... thông báo ... từ trần": a notice on the
	// death's own day is dated by its month, as one printing no day is.
	if dn.ok && m.EventDate.Precision() == date.Day && dn.month.Year == m.EventDate.Year && dn.month.Month == w.Month && sameDeathDay(dd, w) {
		m.EventDate, m.EventBasis = dn.month, dn.basis
	}
	return l.month(m, ev, pub, ss, ds)
}

// before reports a day with its year printed that falls before d: read
// further on than the lead, it is a step of a story the page tells up to a
// later day ("bầu làm Chủ tịch UBND tỉnh nhiệm kỳ 2011-2016 ngày 17/11/2014.
// Ngày 30/6/2016, ông tái cử"), not the news.
func before(m dates.Match, d date.Date) bool {
	e, ok := m.Last().Date()
	return ok && m.Last().Year != 0 && !d.IsZero() && e.Before(d)
}

// sameDeathDay reports whether the death printed is on the day and month w.
func sameDeathDay(dd death, w model.When) bool {
	return dd.day.Month == w.Month && dd.day.Day == w.Day
}

// month dates a round-up of several events (lead.roundUp) by the month of
// the one it read, not by its day.
func (l lead) month(m model.Meta, ev dates.Match, pub date.Date, ss []model.Sentence, ds [][]dates.Match) model.Meta {
	if m.EventDate.Precision() == date.Day && l.roundUp(ev, pub, ss, ds) {
		m.EventDate.Day = 0
		m.EventBasis += ", a round-up of several days: its month"
	}
	return m
}

// swapped reports a page date whose day and month are the event's month and
// day: the same day, printed the other way round. A day equal to its month
// reads alike either way.
func swapped(pub date.Date, w model.When) bool {
	return pub.Precision() == date.Day && w.Day != w.Month && pub.Month == w.Day && pub.Day == w.Month
}

// withYear completes a printed day and month with a year.
func withYear(w model.When, y int) (date.Date, bool) {
	w.Year = y
	return w.Date()
}

// yearBefore is the year that puts the day and month w on or before the page
// date pub: an article reports what has happened ("Chiều 28/12" on a page of
// 3/1/2025 is 2024).
func yearBefore(w model.When, pub date.Date) int {
	y := pub.Year
	if pub.Month != 0 && (w.Month > pub.Month || w.Month == pub.Month && pub.Day != 0 && w.Day > pub.Day) {
		y--
	}
	return y
}

// gapDays is how many days b falls after a (negative when before), each taken
// at its first day.
func gapDays(a, b date.Date) int {
	ta, tb := a.First(), b.First()
	return daysOf(tb) - daysOf(ta)
}

// daysOf counts days from a fixed origin (proleptic Gregorian).
func daysOf(d date.Date) int {
	y, m := d.Year, d.Month
	if m <= 2 {
		y--
		m += 12
	}
	return 365*y + y/4 - y/100 + y/400 + (153*(m-3)+2)/5 + d.Day
}
