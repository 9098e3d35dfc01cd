package kg

import (
	"cmp"
	"slices"
	"strings"

	"github.com/cadregraph/cadregraph/date"
)

// earliest is the earliest of ds, or nil for none.
func earliest(ds []date.Date) *date.Date {
	if len(ds) == 0 {
		return nil
	}
	d := slices.MinFunc(ds, date.Date.Compare)
	return &d
}

// tighterEnd reports whether d, as a tenure's end, says more than e: it
// allows an earlier last day (2015-08-23, the day before a page's event,
// against 2015 from a page dated by its year alone — every day of 2015 up to
// the 31st of December), or the same last day more precisely. An end is the
// latest day a source allows the post was held, so a year stands for its
// last day here, not for its first as Compare orders it.
func tighterEnd(d, e date.Date) bool {
	if c := d.Last().Compare(e.Last()); c != 0 {
		return c < 0
	}
	return d.Precision() > e.Precision()
}

// sortObservations orders a tenure's observations by the date each shows it,
// then by article and id, so that sources read in the order they spoke.
func sortObservations(os []*Observation) {
	slices.SortFunc(os, func(a, b *Observation) int {
		return cmp.Or(cmpOptDate(a.Seen, b.Seen), strings.Compare(articleIDOf(a), articleIDOf(b)), strings.Compare(a.ID, b.ID))
	})
}

func cmpOptDate(a, b *date.Date) int {
	var x, y date.Date
	if a != nil {
		x = *a
	}
	if b != nil {
		y = *b
	}
	return x.Compare(y)
}

func articleIDOf(o *Observation) string {
	if o.Article == nil {
		return ""
	}
	return o.Article.ID
}

// begin is when a tenure began: its stated start, else its first sighting.
func begin(t *Tenure) date.Date {
	if t.Start != nil {
		return *t.Start
	}
	return t.FirstSeen
}

// finish is when a tenure is last known to hold: its stated end, else its
// last sighting.
func finish(t *Tenure) date.Date {
	if t.End != nil {
		return *t.End
	}
	return t.LastSeen
}

// covers reports whether a tenure held on day: its observed span (first to
// last sighting) covers it, or its stated span does (a stated start, else the
// first sighting, to a stated end, else the last sighting). Each end is taken
// at its widest (date.Covers), so a tenure seen in 2025 covers 2025-06. A
// tenure is never assumed to last past what a source shows or states.
//
// A tenure no source dates (undated) covers no day: a page without a date
// says the person held the post at some time, not on any day a researcher
// asks about, so it is listed without a date and never claimed with one.
func covers(t *Tenure, day date.Date) bool {
	if undated(t) {
		return false
	}
	if date.Covers(t.FirstSeen, t.LastSeen, day) {
		return true
	}
	return (t.Start != nil || t.End != nil) && date.Covers(begin(t), finish(t), day)
}

// undated reports whether no source dates t: no sighting, start or end.
func undated(t *Tenure) bool {
	return t.FirstSeen.IsZero() && t.LastSeen.IsZero() && t.Start == nil && t.End == nil
}

// cmpBool orders false before true.
func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
