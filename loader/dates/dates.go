// Package dates finds the date expressions of a Vietnamese sentence as they are
// printed: "Chiều 10/1", "trưa 20-8", "ngày 25 tháng 10 năm 2021",
// "từ ngày 3/8 - 4/8/2020", "Thứ sáu - 18/07/2025 12:03", "date 2025-10-01".
//
// It reads what is printed and nothing more: a date without its year keeps Year
// 0 (the meta and resolve stages complete it from the article), a month without
// its day keeps Day 0, and numbers that only look like dates are left alone:
// thousands (6.373), percentages, durations (2 ngày, 9 tháng), counts
// (11 chỉ tiêu), fractions (2/3) and terms of office (2025 - 2030, which Terms
// reports apart).
//
// Day comes before month, as Vietnamese writes it. The scanner is a single pass
// over tokens with a bounded look-ahead, so it is linear in the sentence.
package dates

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/loader/model"
)

// Match is one date expression of a sentence.
type Match struct {
	// Span is in runes of the string given to Find; it covers the expression as
	// printed with its cue words ("Chiều 10/1", "từ ngày 3/8 - 4/8/2020").
	model.Span
	Text string
	// From is the date printed; for a range, its first day, completed with the
	// month and year of the second end when it lacks them ("3/8 - 4/8/2020":
	// From 2020-08-03).
	From model.When
	// To is the last day of a range, zero otherwise.
	To model.When
	// PartOfDay is the part of the day printed before the date, in lower case:
	// sáng, trưa, chiều, tối, đêm, khuya, rạng sáng; empty when none.
	PartOfDay string
	// Weekday is the day of the week printed with the date (Thứ Bảy, Chủ nhật)
	// when HasWeekday is set.
	Weekday    time.Weekday
	HasWeekday bool
	// Clock is the time of day printed after the date: "12:03"; empty when none.
	Clock string
	// Machine is set for dates printed in a machine form, as page headers and
	// feeds print them: ISO 2025-10-01 or after the word "date".
	Machine bool
	// DayWord is set when the word ngày (or mùng, mồng) introduces the date.
	DayWord bool
}

// IsRange reports whether the expression gives two ends.
func (m Match) IsRange() bool { return !m.To.IsZero() }

// Last is the closing day of a range, or the date itself.
func (m Match) Last() model.When {
	if m.IsRange() {
		return m.To
	}
	return m.From
}

// Precision is how much of the printed date is known, ignoring the year: a bare
// year (năm 2022) is date.Year, a month (tháng 3/2020, tháng 10) date.Month,
// anything with a day (10/1, 18/7/2025) date.Day.
func (m Match) Precision() date.Precision {
	w := m.Last()
	switch {
	case w.Day != 0:
		return date.Day
	case w.Month != 0:
		return date.Month
	case w.Year != 0:
		return date.Year
	}
	return date.None
}

// Find returns every date expression of s, in order, without overlaps. s is
// NFC text, as Doc.Text is.
func Find(s string) []Match {
	// Every date has a number (core reads one): a sentence without a digit,
	// most of an article's, has none, and none starts at a mark or after the
	// last number. TestFindSkips holds Find to reading every token.
	if !hasDigit(s) {
		return nil
	}
	return find(s, true)
}

// find is Find without the digit check; skip passes over the tokens where
// no date can start.
func find(s string, skip bool) []Match {
	rs := []rune(s)
	p := parser{rs: rs, ts: tokenize(rs)}
	end := len(p.ts)
	if skip {
		end = lastNum(p.ts) + 1
	}
	var out []Match
	for i := 0; i < end; {
		if skip && p.ts[i].kind == punct {
			i++
			continue
		}
		m, next, ok := p.match(i)
		if !ok {
			i++
			continue
		}
		m.Text = string(rs[m.Start:m.End])
		out = append(out, m)
		i = next
	}
	return out
}

// hasDigit reports an ASCII digit in s, the digits tokenize reads numbers of.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// lastNum is the index of the last number of ts, -1 when none.
func lastNum(ts []token) int {
	for i := len(ts) - 1; i >= 0; i-- {
		if ts[i].kind == num {
			return i
		}
	}
	return -1
}

type parser struct {
	rs []rune
	ts []token
}

// at returns the token at i, or a zero token (a word with no text) past the end.
func (p *parser) at(i int) token {
	if i < 0 || i >= len(p.ts) {
		return token{kind: punct, start: -1}
	}
	return p.ts[i]
}

func (p *parser) isWord(i int, words ...string) bool {
	t := p.at(i)
	if t.kind != word || t.start < 0 {
		return false
	}
	for _, w := range words {
		if p.wordIs(t, w) {
			return true
		}
	}
	return false
}

// wordIs compares a word token with a lower-case keyword, ignoring case,
// without allocating. Keywords are NFC, as Doc.Text is; the one keyword whose
// tone placement varies (khóa/khoá) is listed in both forms.
//
// It is asked of most tokens against several keywords each, so it rejects a
// keyword shorter in bytes than the token in runes before reading it, and
// lower-cases ASCII letters without unicode.ToLower's table.
func (p *parser) wordIs(t token, w string) bool {
	if len(w) < t.end-t.start {
		return false
	}
	k := t.start
	for _, wr := range w {
		if k >= t.end {
			return false
		}
		r := p.rs[k]
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
		if r != wr {
			return false
		}
		k++
	}
	return k == t.end
}

// lower is a token's text in lower case.
func (p *parser) lower(t token) string {
	return strings.ToLower(string(p.rs[t.start:t.end]))
}

func (p *parser) isPunct(i int, f func(rune) bool) bool {
	t := p.at(i)
	return t.kind == punct && t.start >= 0 && f(t.r)
}

// tight reports whether token i follows token i-1 with no space.
func (p *parser) tight(i int) bool {
	t := p.at(i)
	return t.start >= 0 && !t.gap
}

// numLen reports whether token i is a number of lo to hi digits.
func (p *parser) numLen(i, lo, hi int) bool {
	t := p.at(i)
	return t.kind == num && t.start >= 0 && t.digits() >= lo && t.digits() <= hi
}

func (p *parser) val(i int) int {
	t := p.at(i)
	if t.kind != num || t.start < 0 {
		return -1
	}
	return t.val
}

// cues are the words printed before a date, which also make a bare day/month
// (10/1) safe to read as one.
type cues struct {
	any       bool // some cue was printed
	dayWord   bool // ngày, mùng, mồng
	from      bool // từ: a range may follow
	partOfDay string
	weekday   time.Weekday
	hasWD     bool
	machine   bool // "date"
	paren     bool // the date is in brackets after its cue: "Sáng nay (20/8)"
}

// match tries to read a date expression starting at token i; it returns the
// match and the index of the token after it.
func (p *parser) match(i int) (Match, int, bool) {
	j, c := p.prefix(i)
	first, e, ok := p.core(j, c, true)
	if !ok {
		return Match{}, 0, false
	}
	m := Match{
		Span:       model.Span{Start: p.ts[i].start, End: p.ts[e-1].end},
		From:       first.w,
		PartOfDay:  c.partOfDay,
		Weekday:    c.weekday,
		HasWeekday: c.hasWD,
		Machine:    c.machine || first.iso,
		DayWord:    c.dayWord,
	}
	if to, e2, ok := p.rangeEnd(e, first); ok {
		from := first.w
		if from.Year == 0 {
			from.Year = to.Year
		}
		if from.Month == 0 {
			from.Month = to.Month
		}
		if validWhen(from) && before(from, to) {
			m.From, m.To = from, to
			e = e2
			m.End = p.ts[e-1].end
		} else if first.bareDay {
			return Match{}, 0, false
		}
	} else if first.bareDay {
		return Match{}, 0, false
	}
	if c.paren && p.isPunct(e, func(r rune) bool { return r == ')' }) {
		e++
		m.End = p.ts[e-1].end
	}
	if clock, e2, ok := p.clock(e, m.Machine); ok {
		m.Clock = clock
		e = e2
		m.End = p.ts[e-1].end
	}
	return m, e, true
}

// prefix reads the cue words before a date: [từ] [part of day] [weekday [,-]]
// [ngày|mùng|mồng] [date]. It returns where the date itself should start.
func (p *parser) prefix(i int) (int, cues) {
	var c cues
	j := i
	if p.isWord(j, "từ") {
		c.from, c.any = true, true
		j++
	}
	switch {
	case p.isWord(j, "rạng") && p.isWord(j+1, "sáng"):
		c.partOfDay, c.any = "rạng sáng", true
		j += 2
	case p.isWord(j, "sáng", "trưa", "chiều", "tối", "đêm", "khuya"):
		c.partOfDay, c.any = p.lower(p.ts[j]), true
		j++
	case p.isWord(j, "hôm") && p.isWord(j+1, "nay", "qua"):
		c.any = true
		j += 2
	case p.isWord(j, "ngày") && p.isWord(j+1, "mai") && p.isPunct(j+2, func(r rune) bool { return r == '(' || r == ',' }):
		// "phiên bế mạc Đại hội ngày mai, 28/1": tomorrow, named, then
		// printed (ngày Mai with no mark after it may be a name).
		c.any = true
		j += 2
	}
	// "Sáng nay (20/8)", "chiều qua, 9/9": the day is named, then printed.
	if c.partOfDay != "" && p.isWord(j, "nay", "qua") {
		j++
	}
	if c.any && j > i && p.isPunct(j, func(r rune) bool { return r == '(' || r == ',' }) && p.numLen(j+1, 1, 2) {
		c.paren = p.ts[j].r == '('
		j++
	}
	if wd, n := p.weekday(j); n > 0 {
		c.weekday, c.hasWD, c.any = wd, true, true
		j += n
		if p.isPunct(j, func(r rune) bool { return r == ',' || isDash(r) }) {
			j++
		}
	}
	if p.isWord(j, "ngày", "mùng", "mồng") {
		c.dayWord, c.any = true, true
		j++
	}
	if p.isWord(j, "date") && p.numLen(j+1, 4, 4) {
		c.machine, c.any = true, true
		j++
	}
	return j, c
}

// weekday reads "Thứ Hai" ... "Thứ Bảy", "Thứ 2" ... "Thứ 7" and "Chủ nhật",
// returning the number of tokens read.
func (p *parser) weekday(j int) (time.Weekday, int) {
	if p.isWord(j, "chủ") && p.isWord(j+1, "nhật") {
		return time.Sunday, 2
	}
	// Headers abbreviate: "T2, 12/02/2024", "CN, 18/02/2024".
	if p.isWord(j, "cn") && p.isPunct(j+1, func(r rune) bool { return r == ',' || isDash(r) }) {
		return time.Sunday, 1
	}
	if p.isWord(j, "t") && p.tight(j+1) && p.numLen(j+1, 1, 1) && p.val(j+1) >= 2 && p.val(j+1) <= 7 &&
		p.isPunct(j+2, func(r rune) bool { return r == ',' || isDash(r) }) {
		return time.Weekday(p.val(j+1) - 1), 2
	}
	if !p.isWord(j, "thứ") {
		return 0, 0
	}
	t := p.at(j + 1)
	if t.kind == word {
		for _, d := range []struct {
			w  string
			wd time.Weekday
		}{{"hai", time.Monday}, {"ba", time.Tuesday}, {"tư", time.Wednesday}, {"năm", time.Thursday},
			{"sáu", time.Friday}, {"bảy", time.Saturday}, {"bẩy", time.Saturday}} {
			if p.wordIs(t, d.w) {
				return d.wd, 2
			}
		}
	}
	if t.kind == num && t.digits() == 1 && t.val >= 2 && t.val <= 7 {
		return time.Weekday(t.val - 1), 2
	}
	return 0, 0
}

// read is a date as the core grammar read it.
type read struct {
	w       model.When
	iso     bool
	bareDay bool // a lone day ("ngày 3" of "ngày 3 - 4/8/2020"), only valid as a range's start
}

// core reads the date proper at j. allowBare lets a lone day start a range.
func (p *parser) core(j int, c cues, allowBare bool) (read, int, bool) {
	t := p.at(j)
	if t.start < 0 {
		return read{}, 0, false
	}
	// Part of a longer number or code: 1.234/5, 12/3/4/5.
	if prev := p.at(j - 1); !c.any && p.tight(j) && prev.start >= 0 &&
		(prev.kind == num || prev.kind == punct && (isSep(prev.r) || prev.r == ',')) {
		return read{}, 0, false
	}
	switch {
	case t.kind == num && t.digits() == 4:
		return p.iso(j, c.machine)
	case t.kind == num && t.digits() <= 2:
		return p.dayFirst(j, c, allowBare)
	case t.kind == word && p.wordIs(t, "tháng"):
		return p.month(j)
	case t.kind == word && p.wordIs(t, "năm"):
		return p.year(j)
	case t.kind == word && p.wordIs(t, "quý"):
		return p.quarter(j)
	}
	return read{}, 0, false
}

// quarter reads the year of a quarter printed with it after a slash or a dot:
// "quý III/2022", "quý IV.2020", "quý 3/2022" ("quý III năm 2024" is read by
// year). A quarter's year is what reviews and plans report on, as "năm 2022".
func (p *parser) quarter(j int) (read, int, bool) {
	q := p.at(j + 1)
	switch {
	case q.start < 0:
		return read{}, 0, false
	case q.kind == num && q.digits() == 1 && q.val >= 1 && q.val <= 4:
	case q.kind == word && (p.wordIs(q, "i") || p.wordIs(q, "ii") || p.wordIs(q, "iii") || p.wordIs(q, "iv")):
	default:
		return read{}, 0, false
	}
	if !p.isPunct(j+2, func(r rune) bool { return r == '/' || r == '.' }) || !p.tight(j+2) || !p.tight(j+3) ||
		!p.numLen(j+3, 4, 4) || !plausibleYear(p.val(j+3)) || p.termFollows(j+4) {
		return read{}, 0, false
	}
	return read{w: model.When{Year: p.val(j + 3)}}, j + 4, true
}

// iso reads 2025-10-01, and after the word "date" a month alone, 2020-10: a
// page header printed only the month of its article.
func (p *parser) iso(j int, machine bool) (read, int, bool) {
	dash := func(r rune) bool { return r == '-' }
	month := p.isPunct(j+1, dash) && p.tight(j+1) && p.numLen(j+2, 1, 2) && p.tight(j+2)
	if machine && month && !(p.isPunct(j+3, isSep) && p.tight(j+3)) {
		w := model.When{Year: p.val(j), Month: p.val(j + 2)}
		if !validWhen(w) || w.Month == 0 || !plausibleYear(w.Year) {
			return read{}, 0, false
		}
		return read{w: w, iso: true}, j + 3, true
	}
	// A year first with dots or slashes, as some page stamps print it
	// ("2007.07.24"): both separators alike and two digits each, so that no
	// number with thousands' dots (2.007.072) or a code reads as a date.
	if sep := p.at(j + 1); !month && sep.kind == punct && (sep.r == '.' || sep.r == '/') && p.tight(j+1) &&
		p.numLen(j+2, 2, 2) && p.tight(j+2) && p.isPunct(j+3, func(r rune) bool { return r == sep.r }) &&
		p.tight(j+3) && p.numLen(j+4, 2, 2) && p.tight(j+4) && !(p.tight(j+5) && p.isPunct(j+5, isSep)) {
		w := model.When{Year: p.val(j), Month: p.val(j + 2), Day: p.val(j + 4)}
		if !validWhen(w) || !plausibleYear(w.Year) {
			return read{}, 0, false
		}
		return read{w: w}, j + 5, true
	}
	if !(month && p.isPunct(j+3, dash) && p.tight(j+3) && p.numLen(j+4, 1, 2) && p.tight(j+4)) {
		return read{}, 0, false
	}
	if p.tight(j+5) && p.isPunct(j+5, isSep) && p.tight(j+6) && p.at(j+6).kind == num {
		return read{}, 0, false
	}
	w := model.When{Year: p.val(j), Month: p.val(j + 2), Day: p.val(j + 4)}
	if !validWhen(w) {
		return read{}, 0, false
	}
	return read{w: w, iso: true}, j + 5, true
}

// dayFirst reads 18/7/2025, 20-8, 18.7.2025, "25 tháng 10 năm 2021", and a lone
// day that starts a range.
func (p *parser) dayFirst(j int, c cues, allowBare bool) (read, int, bool) {
	d := p.val(j)
	sep := p.at(j + 1)
	// "ngày 19-20/8": a lone day, then a dash and the closing day and month.
	paren := p.isPunct(j-1, func(r rune) bool { return r == '(' })
	if allowBare && (c.any || paren) && sep.kind == punct && isDash(sep.r) && p.numLen(j+2, 1, 2) &&
		p.isPunct(j+3, func(r rune) bool { return r == '/' || r == '.' }) && p.tight(j+3) && p.numLen(j+4, 1, 2) && p.tight(j+4) &&
		d >= 1 && d <= 31 {
		return read{w: model.When{Day: d}, bareDay: true}, j + 1, true
	}
	if sep.kind == punct && isSep(sep.r) && p.tight(j+1) && p.numLen(j+2, 1, 2) && p.tight(j+2) {
		mo := p.val(j + 2)
		// A third part: the year.
		if p.isPunct(j+3, func(r rune) bool { return r == sep.r }) && p.tight(j+3) && p.at(j+4).kind == num && p.tight(j+4) {
			if !p.numLen(j+4, 4, 4) || p.codeFollows(j+5) && !p.fullDateAfterDash(j+5, sep.r) {
				return read{}, 0, false
			}
			w := model.When{Year: p.val(j + 4), Month: mo, Day: d}
			if !validWhen(w) || !plausibleYear(w.Year) {
				return read{}, 0, false
			}
			return read{w: w}, j + 5, true
		}
		if p.codeFollows(j + 3) {
			return read{}, 0, false
		}
		// No year: only where a cue says it is a date (10/1 could be a
		// fraction, 1.10 a decimal).
		// A part of the day makes 28.9 a date too: "chiều 28.9".
		if sep.r == '.' && !c.dayWord && c.partOfDay == "" || !c.any && !p.isPunct(j-1, func(r rune) bool { return r == '(' }) && !allowBareDM(c) {
			return read{}, 0, false
		}
		w := model.When{Month: mo, Day: d}
		if !validWhen(w) {
			return read{}, 0, false
		}
		return read{w: w}, j + 3, true
	}
	// "Chiều 24- 12": a page that spaced the month off its dash. Only after a
	// part of the day or "ngày", and not as the first day of a range ("ngày
	// 3- 4/8" is 3 and 4 August).
	if (c.partOfDay != "" || c.dayWord) && sep.kind == punct && isDash(sep.r) && p.tight(j+1) && p.numLen(j+2, 1, 2) && !p.tight(j+2) &&
		!p.isPunct(j+3, func(r rune) bool { return r == '/' || r == '.' || r == '-' }) {
		w := model.When{Month: p.val(j + 2), Day: d}
		if validWhen(w) {
			return read{w: w}, j + 3, true
		}
	}
	// 22 Tháng Sáu 2024, 22 Tháng Sáu, 2024: a page header with the month in
	// words, as Vietnamese site templates print it.
	if p.isWord(j+1, "tháng") {
		if mo, e, ok := p.monthWord(j + 2); ok {
			if y, e2, ok := p.headerYear(e); ok {
				w := model.When{Year: y, Month: mo, Day: d}
				if validWhen(w) {
					return read{w: w}, e2, true
				}
			}
			return read{}, 0, false
		}
	}
	// 25 tháng 10 [năm 2021 | /2021 | , 2021]
	if p.isWord(j+1, "tháng") && p.numLen(j+2, 1, 2) {
		w := model.When{Day: d, Month: p.val(j + 2)}
		e := j + 3
		if y, e2, ok := p.yearAfterMonth(e); ok {
			w.Year, e = y, e2
		} else if y, e2, ok := p.commaYear(e); ok {
			w.Year, e = y, e2
		} else if !c.any {
			return read{}, 0, false
		}
		if !validWhen(w) {
			return read{}, 0, false
		}
		return read{w: w}, e, true
	}
	if allowBare && (c.dayWord || c.from) && d >= 1 && d <= 31 {
		return read{w: model.When{Day: d}, bareDay: true}, j + 1, true
	}
	// "Trong 2 ngày, 3 và 4/8": two days in a row printed without a cue,
	// the month on the second. A count is no such pair: the second must be
	// the next day and carry its month after a slash or a dash (a dot is a
	// decimal's: "tăng 14 và 15.1 lần").
	if allowBare && d >= 1 && d <= 30 && (p.isWord(j+1, "và") || p.isPunct(j+1, func(r rune) bool { return r == ',' })) &&
		p.val(j+2) == d+1 && p.isPunct(j+3, func(r rune) bool { return r == '/' || isDash(r) }) && p.tight(j+3) &&
		p.numLen(j+4, 1, 2) && p.tight(j+4) && p.val(j+4) >= 1 && p.val(j+4) <= 12 {
		return read{w: model.When{Day: d}, bareDay: true}, j + 1, true
	}
	return read{}, 0, false
}

// allowBareDM is a hook for cues that make a lone d/m a date; every cue does.
func allowBareDM(c cues) bool { return c.any }

// codeFollows reports a separator glued to more letters or digits at i: the
// date-like start of a code such as 15/2020/NĐ-CP or 1-2-3.
func (p *parser) codeFollows(i int) bool {
	if !(p.isPunct(i, isSep) && p.tight(i)) {
		return false
	}
	n := p.at(i + 1)
	return n.start >= 0 && p.tight(i+1) && (n.kind == num || n.kind == word)
}

// fullDateAfterDash reports a dash at i glued to a day, month and year
// written with sep, as the second end of a span printed without spaces:
// "(20.8.1888-20.8.2008)", "(22/12/1944-22/12/2021)". A code glues other
// things to its parts (15/2020/NĐ-CP).
func (p *parser) fullDateAfterDash(i int, sep rune) bool {
	isSepR := func(r rune) bool { return r == sep }
	return p.isPunct(i, isDash) && p.numLen(i+1, 1, 2) && p.tight(i+1) &&
		p.isPunct(i+2, isSepR) && p.tight(i+2) && p.numLen(i+3, 1, 2) && p.tight(i+3) &&
		p.isPunct(i+4, isSepR) && p.tight(i+4) && p.numLen(i+5, 4, 4) && p.tight(i+5)
}

// yearAfterMonth reads "năm 2021" or "/2021" after a month.
func (p *parser) yearAfterMonth(e int) (int, int, bool) {
	if p.isWord(e, "năm") && p.numLen(e+1, 4, 4) && plausibleYear(p.val(e+1)) && !p.termFollows(e+2) {
		return p.val(e + 1), e + 2, true
	}
	if p.isPunct(e, func(r rune) bool { return r == '/' || r == '-' }) && p.tight(e) && p.numLen(e+1, 4, 4) && p.tight(e+1) &&
		plausibleYear(p.val(e+1)) && !p.codeFollows(e+2) {
		return p.val(e + 1), e + 2, true
	}
	return 0, 0, false
}

// monthWords are the months written in words, capitalised in headers:
// Tháng Sáu, Tháng Mười Hai. Longest first.
func monthWords() []struct {
	words string
	month int
} {
	return []struct {
		words string
		month int
	}{
		{"mười một", 11}, {"mười hai", 12}, {"một", 1}, {"giêng", 1}, {"hai", 2}, {"ba", 3}, {"tư", 4},
		{"năm", 5}, {"sáu", 6}, {"bảy", 7}, {"tám", 8}, {"chín", 9}, {"mười", 10},
	}
}

// monthWord reads a capitalised month name at i (Sáu, Mười Hai), returning
// its number and the index after it.
func (p *parser) monthWord(i int) (int, int, bool) {
	t := p.at(i)
	if t.kind != word || t.start < 0 || !unicode.IsUpper(p.rs[t.start]) {
		return 0, 0, false
	}
	for _, m := range monthWords() {
		k, ok := i, true
		for _, w := range strings.Fields(m.words) {
			if !p.isWord(k, w) {
				ok = false
				break
			}
			k++
		}
		if ok {
			return m.month, k, true
		}
	}
	return 0, 0, false
}

// headerYear reads the year after a month in words: "2024" or ", 2024".
func (p *parser) headerYear(e int) (int, int, bool) {
	if p.numLen(e, 4, 4) && plausibleYear(p.val(e)) && !p.codeFollows(e+1) {
		return p.val(e), e + 1, true
	}
	return p.commaYear(e)
}

// commaYear reads ", 2024" after a day and month, where a page header ends
// its date so: the year must end the text or be followed by a mark or a
// clock, not by a word it would count ("ngày 3 tháng 2, 2021 người").
func (p *parser) commaYear(e int) (int, int, bool) {
	if !p.isPunct(e, func(r rune) bool { return r == ',' }) || !p.numLen(e+1, 4, 4) || !plausibleYear(p.val(e+1)) {
		return 0, 0, false
	}
	if n := p.at(e + 2); n.start >= 0 && n.kind != punct && !(n.kind == num && p.isPunct(e+3, func(r rune) bool { return r == ':' })) {
		return 0, 0, false
	}
	if p.codeFollows(e + 2) {
		return 0, 0, false
	}
	return p.val(e + 1), e + 2, true
}

// month reads "tháng 3/2020", "tháng 10 năm 2021" and "tháng 10", and a
// header's "Tháng Sáu 22, 2024".
func (p *parser) month(j int) (read, int, bool) {
	if mo, e, ok := p.monthWord(j + 1); ok && p.numLen(e, 1, 2) {
		if y, e2, ok := p.commaYear(e + 1); ok {
			w := model.When{Year: y, Month: mo, Day: p.val(e)}
			if validWhen(w) {
				return read{w: w}, e2, true
			}
		}
		return read{}, 0, false
	}
	if !p.numLen(j+1, 1, 2) {
		return read{}, 0, false
	}
	// "9 tháng 10 ngày" and the like: a count before tháng makes it a duration.
	if p.at(j-1).kind == num && p.at(j-1).start >= 0 {
		return read{}, 0, false
	}
	w := model.When{Month: p.val(j + 1)}
	e := j + 2
	if y, e2, ok := p.yearAfterMonth(e); ok {
		w.Year, e = y, e2
	} else if p.codeFollows(e) {
		return read{}, 0, false
	}
	if w.Month < 1 || w.Month > 12 {
		return read{}, 0, false
	}
	return read{w: w}, e, true
}

// year reads "năm 2022" and "năm mới 2020"; "năm 2025 - 2030" is a term,
// not a year.
func (p *parser) year(j int) (read, int, bool) {
	if p.isWord(j+1, "mới") && p.numLen(j+2, 4, 4) {
		j++
	}
	if !p.numLen(j+1, 4, 4) || !plausibleYear(p.val(j+1)) || p.termFollows(j+2) || p.codeFollows(j+2) {
		return read{}, 0, false
	}
	return read{w: model.When{Year: p.val(j + 1)}}, j + 2, true
}

// termFollows reports a dash and a second year at i: the rest of a term.
func (p *parser) termFollows(i int) bool {
	return p.isPunct(i, isDash) && p.numLen(i+1, 4, 4)
}

// rangeEnd reads the second end of a range after e: "- 4/8/2020",
// "– 30/4/2025", "đến ngày 5/8".
func (p *parser) rangeEnd(e int, first read) (model.When, int, bool) {
	k := e
	switch {
	case p.isPunct(k, isDash), p.isWord(k, "đến", "tới"):
		k++
		// "đến hết ngày 20/9/2019": to the end of that day.
		if p.isWord(k, "hết") {
			k++
		}
	case first.bareDay && (p.isWord(k, "và") || p.isPunct(k, func(r rune) bool { return r == ',' })):
		k++
	default:
		return model.When{}, 0, false
	}
	// After a lone day the end is a date even with dots: "ngày 14 và 15.1".
	c := cues{any: true, dayWord: first.bareDay}
	if p.isWord(k, "ngày") {
		c.dayWord = true
		k++
	}
	second, e2, ok := p.core(k, c, false)
	if !ok || second.w.Month == 0 && second.w.Day == 0 {
		return model.When{}, 0, false
	}
	// The ends must be alike: a day with a day, a month with a month.
	if (first.w.Day == 0) != (second.w.Day == 0) && !first.bareDay {
		return model.When{}, 0, false
	}
	return second.w, e2, true
}

// clock reads the time printed after a date: " 12:03", "T08:30:00+07:00".
func (p *parser) clock(e int, machine bool) (string, int, bool) {
	k := e
	switch {
	case machine && p.isWord(k, "t") && p.tight(k) && p.tight(k+1):
		k++
	case p.isWord(k, "lúc"):
		k++
	case p.isPunct(k, func(r rune) bool { return r == ',' || r == '|' || isDash(r) }) && p.numLen(k+1, 1, 2) && p.isPunct(k+2, func(r rune) bool { return r == ':' }):
		// "12-12-2024, 15:42", "18/07/2025 - 12:03"
		k++
	}
	colon := func(r rune) bool { return r == ':' }
	if !(p.numLen(k, 1, 2) && p.isPunct(k+1, colon) && p.tight(k+1) && p.numLen(k+2, 2, 2) && p.tight(k+2)) {
		return "", 0, false
	}
	h, mi := p.val(k), p.val(k+2)
	if h > 23 || mi > 59 {
		return "", 0, false
	}
	out := string(p.rs[p.ts[k].start:p.ts[k+2].end])
	n := k + 3
	if p.isPunct(n, colon) && p.tight(n) && p.numLen(n+1, 2, 2) && p.tight(n+1) {
		n += 2
		// Fractions of a second: .000
		if p.isPunct(n, func(r rune) bool { return r == '.' }) && p.tight(n) && p.at(n+1).kind == num && p.tight(n+1) {
			n += 2
		}
	}
	// Zone: Z, +07:00, +0700.
	switch {
	case machine && p.isWord(n, "z") && p.tight(n):
		n++
	case machine && p.isPunct(n, func(r rune) bool { return r == '+' || r == '-' }) && p.tight(n) && p.numLen(n+1, 2, 4) && p.tight(n+1):
		n += 2
		if p.isPunct(n, colon) && p.tight(n) && p.numLen(n+1, 2, 2) && p.tight(n+1) {
			n += 2
		}
	}
	return out, n, true
}

// validWhen reports whether the printed parts can be a date: a month 1-12 and a
// day that the month has (29/2 without a year is allowed: some year has it).
func validWhen(w model.When) bool {
	if w.Month < 0 || w.Month > 12 || w.Day < 0 || w.Day > 31 || w.Year < 0 {
		return false
	}
	if w.Day != 0 && w.Month == 0 {
		return false
	}
	if w.Month == 0 || w.Day == 0 {
		return true
	}
	y := w.Year
	if y == 0 {
		y = 2000 // a leap year: 29/2 exists
	}
	_, ok := date.Of(y, w.Month, w.Day)
	return ok
}

// plausibleYear bounds the years a news page can print as a date; it keeps
// counts such as "năm 5000 tấn" out.
func plausibleYear(y int) bool { return y >= 1800 && y <= 2200 }

// before reports a <= b, comparing the parts both have.
func before(a, b model.When) bool {
	if a.Year != 0 && b.Year != 0 && a.Year != b.Year {
		return a.Year < b.Year
	}
	if a.Month != b.Month {
		return a.Month < b.Month
	}
	return a.Day <= b.Day
}
