// Package date is the calendar date at the precision a source gives: a year, a
// month of a year, or a day. Vietnamese news prints dates partially ("Chiều
// 10/1", "năm 2022"), and a graph that invents precision misleads its readers, so
// every date in cadregraph carries its precision with it.
//
// The zero Date is "no date". Dates order as their ISO strings do, so a year
// sorts before every day of that year.
package date

import (
	"cmp"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// Date is a year, optionally a month, optionally a day. Month is 0 when only the
// year is known; Day is 0 when only year and month are known.
type Date struct {
	Year  int
	Month int
	Day   int
}

// Precision says how much of a Date is known.
type Precision int

// The precisions, from none to a full day.
const (
	None Precision = iota
	Year
	Month
	Day
)

// Of returns the date at day precision; it reports false when the day does not
// exist in that month and year (31/2, 29/2 of a common year).
func Of(year, month, day int) (Date, bool) {
	if !valid(year, month, day) {
		return Date{}, false
	}
	return Date{Year: year, Month: month, Day: day}, true
}

func valid(year, month, day int) bool {
	if year < 1 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31 {
		return false
	}
	if month == 0 {
		return day == 0
	}
	if day == 0 {
		return true
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	return t.Day() == day
}

// Precision of d.
func (d Date) Precision() Precision {
	switch {
	case d.Year == 0:
		return None
	case d.Month == 0:
		return Year
	case d.Day == 0:
		return Month
	}
	return Day
}

// IsZero reports whether d is "no date".
func (d Date) IsZero() bool { return d.Year == 0 }

// String is the ISO-8601 form at d's precision: 2025, 2025-08 or 2025-08-20;
// the empty string for no date.
func (d Date) String() string {
	switch d.Precision() {
	case Year:
		return fmt.Sprintf("%04d", d.Year)
	case Month:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case Day:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// Parse reads 2025, 2025-08 or 2025-08-20.
func Parse(s string) (Date, error) {
	s = strings.TrimSpace(s)
	// The parts between dashes, without a slice: the read side parses the
	// dates of every observation it reads.
	var buf [3]string
	k := 0
	for rest, more := s, true; more; k++ {
		if k == len(buf) {
			return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		buf[k], rest, more = strings.Cut(rest, "-")
	}
	parts := buf[:k]
	if s == "" {
		return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	var n [3]int
	for i, p := range parts {
		want := 2
		if i == 0 {
			want = 4
		}
		v, err := strconv.Atoi(p)
		if len(p) != want || err != nil {
			return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		n[i] = v
	}
	if (len(parts) >= 2 && n[1] == 0) || (len(parts) == 3 && n[2] == 0) || !valid(n[0], n[1], n[2]) {
		return Date{}, fmt.Errorf("date %q: no such date", s)
	}
	return Date{Year: n[0], Month: n[1], Day: n[2]}, nil
}

// MustParse is Parse for literals in tests and tables; it panics on a bad literal,
// which is a programming error, never input.
func MustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Compare orders dates as their ISO strings do: -1, 0 or +1. The zero date sorts
// first.
func (d Date) Compare(e Date) int {
	// By numbers where they order as the strings do (a four-digit year,
	// two-digit month and day): sorting a post's tenures and observations
	// compares dates thousands of times a question, and String formats.
	dk, dok := d.key()
	ek, eok := e.key()
	if dok && eok {
		return cmp.Compare(dk, ek)
	}
	return strings.Compare(d.String(), e.String())
}

// key is a number that orders d as its String does, when one does: ok is
// false for a year outside 1-9999 or a month or day outside 0-99.
func (d Date) key() (k int, ok bool) {
	switch p := d.Precision(); {
	case p == None:
		return 0, true
	case d.Year < 1 || d.Year > 9999 || d.Month < 0 || d.Month > 99 || d.Day < 0 || d.Day > 99:
		return 0, false
	case p == Year:
		return d.Year * 10000, true
	case p == Month:
		return d.Year*10000 + d.Month*100, true
	}
	return d.Year*10000 + d.Month*100 + d.Day, true
}

// Before reports d < e in that order.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// First is the first day d may stand for (2025 → 2025-01-01).
func (d Date) First() Date {
	if d.IsZero() {
		return d
	}
	f := d
	if f.Month == 0 {
		f.Month = 1
	}
	if f.Day == 0 {
		f.Day = 1
	}
	return f
}

// Last is the last day d may stand for (2025-02 → 2025-02-28).
func (d Date) Last() Date {
	switch d.Precision() {
	case Year:
		return Date{d.Year, 12, 31}
	case Month:
		t := time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC)
		return Date{d.Year, d.Month, t.Day()}
	}
	return d
}

// Covers reports whether the span [from, to] can include day (each end taken at
// its widest); a zero end is open.
func Covers(from, to, day Date) bool {
	if !from.IsZero() && day.Last().Before(from.First()) {
		return false
	}
	if !to.IsZero() && to.Last().Before(day.First()) {
		return false
	}
	return true
}

// MarshalGQL writes the date as a GraphQL string.
func (d Date) MarshalGQL(w io.Writer) {
	_, _ = io.WriteString(w, strconv.Quote(d.String()))
}

// UnmarshalGQL reads a GraphQL Date argument.
func (d *Date) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("Date must be a string such as 2025, 2025-08 or 2025-08-20")
	}
	p, err := Parse(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}
