package dates

import "github.com/cadregraph/cadregraph/loader/model"

// Term is a term of office or a period printed as two years: "nhiệm kỳ
// 2025-2030", "khóa 2025 - 2030", "giai đoạn 2021 – 2025", or a bare
// "2020 – 2025". It is not a date: a congress of the term 2025-2030 is held in
// 2025, but the years say nothing of a day.
type Term struct {
	// Span covers the years and the word that introduces them, as printed.
	model.Span
	Text     string
	From, To int
	// Word is the introducing word in lower case ("nhiệm kỳ", "khóa",
	// "giai đoạn"), empty for bare years.
	Word string
}

// String is the term as the graph writes it: 2025-2030.
func (t Term) String() string {
	return itoa4(t.From) + "-" + itoa4(t.To)
}

func itoa4(n int) string {
	b := []byte{'0', '0', '0', '0'}
	for i := 3; i >= 0 && n > 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b)
}

// maxTerm is the longest span of years read as a term: party and state terms are
// five years, plans and strategies run to ten; "2007 - 2022" (an anniversary)
// is not a term.
const maxTerm = 10

// Terms returns every term of s (NFC text), in order.
func Terms(s string) []Term {
	// A term is two years: a sentence without a digit, most, has none.
	if !hasDigit(s) {
		return nil
	}
	return terms(s)
}

// terms is Terms without the digit check.
func terms(s string) []Term {
	rs := []rune(s)
	p := parser{rs: rs, ts: tokenize(rs)}
	var out []Term
	for i := 0; i < len(p.ts); i++ {
		if !p.numLen(i, 4, 4) || !p.isPunct(i+1, isDash) || !p.numLen(i+2, 4, 4) {
			continue
		}
		from, to := p.val(i), p.val(i+2)
		if !plausibleYear(from) || to <= from || to-from > maxTerm {
			continue
		}
		// Glued to more digits or a code: 2020-2025-01, 2025-2030/QĐ.
		if p.codeFollows(i+3) || p.tight(i) && p.at(i-1).start >= 0 && p.at(i-1).kind != punct {
			continue
		}
		t := Term{Span: model.Span{Start: p.ts[i].start, End: p.ts[i+2].end}, From: from, To: to}
		switch {
		case p.isWord(i-2, "nhiệm") && p.isWord(i-1, "kỳ", "kì"):
			t.Word, t.Start = "nhiệm kỳ", p.ts[i-2].start
		case p.isWord(i-2, "giai") && p.isWord(i-1, "đoạn"):
			t.Word, t.Start = "giai đoạn", p.ts[i-2].start
		case p.isWord(i-1, "khóa", "khoá"):
			t.Word, t.Start = "khóa", p.ts[i-1].start
		}
		t.Text = string(rs[t.Start:t.End])
		out = append(out, t)
		i += 2
	}
	return out
}
