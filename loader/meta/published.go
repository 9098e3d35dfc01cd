package meta

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/vn"
)

// vietnam is the zone Vietnamese pages date in; a timestamp with a zone is
// read as the day it was in Vietnam.
func vietnam() *time.Location { return time.FixedZone("ICT", 7*3600) }

// title is the headline block's text.
func title(d model.Doc) string {
	text := newRuneText(d.Text)
	for _, b := range d.Blocks {
		if b.Kind != model.Title {
			continue
		}
		if t, ok := text.cut(b.Span); ok {
			return t
		}
	}
	return d.Raw.Title
}

// published is the date the article gives for itself: the record's published
// value, else the first page date of a header.
func published(d model.Doc, ss []model.Sentence, ds [][]dates.Match) (date.Date, string) {
	if p := strings.TrimSpace(d.Raw.Published); p != "" {
		if pd, ok := ParsePublished(p); ok {
			return pd, fmt.Sprintf("published %q", p)
		}
	}
	var out date.Date
	var basis string
	stamped := false // out is a stamp line's day
	dayLine := false // out is a weekday and day alone at the top, with no time
	for i, s := range ss {
		// A labelled page date where the page put it, in a line of its own
		// kind: "Chính trị - Ngày đăng : 13:55, 20/09/2018".
		if i < pageDateLines && s.Kind != model.Header && out.IsZero() {
			if pd, text, ok := labelledDate(s.Text); ok {
				out, basis = pd, fmt.Sprintf("page date %q", text)
				continue
			}
			if pd, ok := stampLine(s); ok {
				out, basis, stamped = pd, fmt.Sprintf("page date %q", s.Text), true
				continue
			}
		}
		if i < pageDateLines && s.Kind != model.Header && stamped {
			// Two stamp lines at the top: the crawl's day above the
			// article's ("Thứ Ba, 24/12/2024 03:07 (GMT +7)" over "Thứ 6,
			// 04/11/2022 | 11:27:54 [GMT +7]", baoquangninh 2022). The
			// article was printed on the earlier; a crawl or an update
			// comes after it.
			if pd, ok := stampLine(s); ok && daysOf(pd) < daysOf(out) {
				out, basis = pd, fmt.Sprintf("page date %q", s.Text)
				continue
			}
		}
		if s.Kind != model.Header && s.Kind != model.Title {
			continue
		}
		for _, m := range ds[i] {
			// A headline's dates are its news's, unless printed as a page
			// stamp, with the time: "... sau sáp nhập 30/06/2025 08:54".
			if m.Last().Year == 0 || s.Kind == model.Title && m.Clock == "" {
				continue
			}
			pd, ok := m.Last().Date()
			if !ok {
				continue
			}
			switch {
			case out.IsZero():
				out, basis = pd, fmt.Sprintf("header %q", m.Text)
				stamped = m.Clock != "" && pd.Precision() == date.Day
				dayLine = !stamped && s.Kind == model.Header && i < pageDateLines && pd.Precision() == date.Day && m.HasWeekday && len(strings.Fields(m.Text)) == len(strings.Fields(s.Text))
			case stamped && i < pageDateLines && m.Clock != "" && pd.Precision() == date.Day && daysOf(pd) < daysOf(out):
				// Two stamps with their time at the top: the crawl's
				// day above the article's; the article's is the earlier.
				out, basis = pd, fmt.Sprintf("header %q", m.Text)
			case !stamped && dayLine && i < pageDateLines && m.Clock != "" && pd.Precision() == date.Day && daysOf(pd) < daysOf(out):
				// The site's day alone at the top, the article's stamp
				// with its time under it ("Thứ Năm, 19/9/2024" over "Thứ
				// Tư, 1/12/2021 15:39'(GMT+7)", tuyengiao; "Thứ sáu, ngày
				// 1/3/2024" over "Thứ Hai 19/09/2022 17:07", tinhuyhaiduong):
				// a day printed without a time is the visit's, the stamp
				// with its time the article's, and it is the earlier.
				out, basis, stamped = pd, fmt.Sprintf("header %q", m.Text), true
			case out.Precision() < pd.Precision() && out.Year == pd.Year && (out.Month == 0 || out.Month == pd.Month):
				// A header that printed the month only ("date 2025-06")
				// and a stamp of its day.
				return pd, fmt.Sprintf("header %q", m.Text)
			}
		}
	}
	return out, basis
}

// ParsePublished reads the published values of feeds and records: ISO dates
// and timestamps (2025-10-01, 2025-10-01T08:30:00+07:00, 2025-10-01 08:30:00),
// RFC 1123 and RFC 822 dates, Unix seconds or milliseconds, and the ways
// Vietnamese pages print a date (01/10/2025 08:30, Thứ Tư, 01/10/2025).
// Timestamps with a zone are read in Vietnam's time.
func ParsePublished(s string) (date.Date, bool) {
	s = strings.TrimSpace(vn.NFC(s))
	for _, layout := range []string{time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02 15:04:05Z07:00",
		"2006-01-02 15:04:05 -0700", time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, time.RFC850,
		"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST"} {
		if t, err := time.Parse(layout, s); err == nil {
			t = t.In(vietnam())
			return date.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}, true
		}
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && len(s) >= 9 && len(s) <= 13 {
		if len(s) >= 12 {
			n /= 1000
		}
		t := time.Unix(n, 0).In(vietnam())
		return date.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}, true
	}
	for _, m := range dates.Find(s) {
		if d, ok := m.Last().Date(); ok {
			return d, true
		}
	}
	return date.Date{}, false
}

// stampLine reads a line near the top that is a page's date stamp: a date
// alone, as blogs print it ("Saturday, 6 August 2011"), or a short line of
// the page's furniture ending with a full day ("Các Website khác -
// 29/03/2006"). A line of the article's body is its news, not its stamp.
func stampLine(s model.Sentence) (date.Date, bool) {
	if s.Kind == model.Body {
		return date.Date{}, false
	}
	t := strings.TrimSpace(s.Text)
	for _, layout := range []string{"Monday, 2 January 2006", "Monday, January 2, 2006", "2 January 2006", "January 2, 2006"} {
		if tm, err := time.Parse(layout, t); err == nil {
			return date.Date{Year: tm.Year(), Month: int(tm.Month()), Day: tm.Day()}, true
		}
	}
	if d, ok := placeDay(t); ok {
		return d, true
	}
	ms := dates.Find(t)
	if len(ms) != 1 || ms[0].IsRange() {
		return date.Date{}, false
	}
	rest := strings.TrimSpace(string([]rune(t)[ms[0].End:]))
	if len(strings.Fields(string([]rune(t)[:ms[0].End]))) > stampWords || !zoneOnly(rest) && !pipedTail(rest) {
		return date.Date{}, false
	}
	if s.Kind == model.Title && ms[0].Start > 0 {
		return date.Date{}, false // a headline's date is its news's: "Kết luận 21-KL/TW ngày 25/10/2021"
	}
	if d, ok := ms[0].From.Date(); ok && d.Precision() == date.Day {
		return d, true
	}
	return date.Date{}, false
}

// zoneOnly reports what may follow a stamp's day and time: nothing, or the
// zone it is printed in ("Chính trịThứ Ba, 04/02/2020 12:01:49 +07:00",
// "... 08:30 (GMT+7)").
func zoneOnly(rest string) bool {
	if rest == "" {
		return true
	}
	if rest = strings.Trim(rest, "() "); rest == "" {
		return false // "(TTXVN 23/12/2008)": a dispatch in brackets, no stamp
	}
	rest = strings.TrimPrefix(strings.ToUpper(rest), "GMT")
	rest = strings.TrimPrefix(rest, "UTC")
	rest = strings.ReplaceAll(strings.TrimSpace(rest), ":", "")
	if len(rest) < 2 || len(rest) > 5 || rest[0] != '+' && rest[0] != '-' {
		return false
	}
	for _, r := range rest[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// pipedTail reports whether what follows a stamp's day is the page's
// furniture: the time and its zone in brackets ("Thứ 6, 04/11/2022 |
// 11:27:54 [GMT +7] A A", the A's a text-size button), or after a bar a
// section's name ("Thứ bảy, 16:00 20/08/2016 | Xã hội"). Words of prose, or
// more than a section's few after a bar, make the line no stamp.
func pipedTail(rest string) bool {
	rest, bar := strings.CutPrefix(rest, "|")
	ws := strings.Fields(rest)
	k := 0
	if k < len(ws) && clockWord(ws[k]) {
		k++
	}
	if k < len(ws) && strings.Trim(ws[k], "([") != ws[k] {
		// [GMT +7], (GMT+7): a zone in brackets, one word or two.
		z := ws[k]
		for !strings.ContainsAny(z, ")]") && k+1 < len(ws) && k < 3 {
			k++
			z += ws[k]
		}
		if !zoneOnly(strings.Trim(z, "()[]")) {
			return false
		}
		k++
	}
	n := 0
	for ; k < len(ws); k++ {
		switch w := ws[k]; {
		case w == "A" || w == "A-" || w == "A+":
		case strings.ContainsAny(w, "0123456789:"):
			return false
		default:
			n++
		}
	}
	return n == 0 && len(ws) > 0 || bar && n <= 3
}

// clockWord reports whether w is a time of day: 08:30, 11:27:54.
func clockWord(w string) bool {
	parts := strings.Split(w, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if len(p) == 0 || len(p) > 2 {
			return false
		}
		for _, r := range p {
			if r < '0' || r > '9' {
				return false
			}
		}
	}
	return true
}

// placeDay reads a line that is a place and a full day, as a page's print
// view opens: "Hải Phòng, ngày 26 tháng 02 năm 2020". The place is a few
// capitalised words; a line of prose is no such stamp.
func placeDay(t string) (date.Date, bool) {
	place, rest, ok := strings.Cut(t, ",")
	ws := strings.Fields(place)
	if !ok || len(ws) == 0 || len(ws) > 4 {
		return date.Date{}, false
	}
	for _, w := range ws {
		if r := []rune(w); !unicode.IsUpper(r[0]) {
			return date.Date{}, false
		}
	}
	rest = strings.TrimSpace(rest)
	ms := dates.Find(rest)
	if len(ms) != 1 || ms[0].Start != 0 || ms[0].End != len([]rune(rest)) || !ms[0].DayWord || ms[0].IsRange() {
		return date.Date{}, false
	}
	d, ok := ms[0].From.Date()
	return d, ok && d.Precision() == date.Day
}

// stampWords is the most words a page's stamp line has: a section's name,
// a dash and the day.
const stampWords = 6

// pageDateLines is how many sentences from the top a labelled page date may
// be found in: pages print it with the headline.
const pageDateLines = 4

// labelledDate reads a page date after its label: "Ngày đăng : 13:55,
// 20/09/2018", "Cập nhật: 08:15 05/01/2025", "Đăng lúc 10:30 ngày 3/2/2024".
func labelledDate(text string) (date.Date, string, bool) {
	low := strings.ToLower(text)
	at := -1
	for _, l := range []string{"ngày đăng", "đăng ngày", "đăng lúc", "cập nhật", "ngày cập nhật", "thời gian đăng", "xuất bản"} {
		if i := strings.Index(low, l); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 {
		return date.Date{}, "", false
	}
	rest := []rune(text)[len([]rune(text[:at])):]
	for _, m := range dates.Find(string(rest)) {
		if m.Start > 32 {
			break
		}
		if m.Last().Year == 0 || m.Last().Day == 0 {
			continue
		}
		if d, ok := m.Last().Date(); ok {
			return d, m.Text, true
		}
	}
	return date.Date{}, "", false
}
