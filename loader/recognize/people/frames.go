package people

import (
	"strings"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/vn"
)

// Listed gives the members of a body listed one a line the seat the line
// before the list frames: "Bộ Chính trị có 16 ủy viên:" or "đã bầu bổ sung 4
// ủy viên Bộ Chính trị khóa 13, gồm:", then "Tổng Bí thư Nguyễn Phú Trọng",
// "Ông Lê Minh Hưng, Bí thư Trung ương Đảng, ..." — each its own sentence, as
// pages print bullets. Every line after the frame that names exactly one
// person gets the seat (Ủy viên of the body), taken up in the sentence when
// the frame elects (bầu); the list ends at a line that names several, or no
// one unless it is short and unfinished (a line the rules cannot read, such
// as "Phó Chủ tịch Thường trực điều hành hoạt động của Quốc hội Trần Thanh
// Mẫn", and no sentence ending with a period). ms are the people Find read in
// ss, in order; the result is ms with the seats added.
func Listed(ss []recognize.Sentence, ms []recognize.PersonMention) []recognize.PersonMention {
	bySentence := map[int][]int{}
	for k, m := range ms {
		bySentence[m.Sentence] = append(bySentence[m.Sentence], k)
	}
	for i, s := range ss {
		seat, ok := frame(s)
		if !ok {
			continue
		}
		for _, next := range ss[i+1:] {
			named := bySentence[next.Index]
			if next.Kind == model.Byline || next.Kind == model.Header || len(named) > 1 {
				break
			}
			if len(named) == 0 {
				if ts := next.Tokens; len(ts) > 0 && len(ts) <= 20 && !ts[len(ts)-1].Mark(".") && !ts[len(ts)-1].Mark(":") {
					continue
				}
				break
			}
			m := &ms[named[0]]
			if !wholeLine(next.Sentence, *m) {
				break // a sentence that says more than who: the list is over
			}
			m.Posts = append(m.Posts, seat)
		}
	}
	return ms
}

// frame reads a sentence that frames a list of a body's members, ending with
// a colon: "<body> có <N> ủy viên:", "<N> ủy viên <body> [khóa ...], gồm:",
// "các ủy viên <body> gồm:" — the seat, Ủy viên of the body.
func frame(s recognize.Sentence) (recognize.PostMention, bool) {
	if !strings.HasSuffix(strings.TrimSpace(s.Text), ":") {
		return recognize.PostMention{}, false // most sentences: not cut again
	}
	ts := s.Tokens
	n := len(ts)
	if n < 3 || !ts[n-1].Mark(":") {
		return recognize.PostMention{}, false
	}
	p := newParser(s)
	// bầu (bổ sung) 4 ủy viên ...: the list is of members elected.
	elected := func(k int) bool {
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if ts[j].Is("bầu") {
				return true
			}
		}
		return false
	}
	seat := func(from, to int, elected bool) (recognize.PostMention, bool) {
		return recognize.PostMention{Title: "Ủy viên", Unit: p.phrase(from, to), Printed: p.phrase(from, to), ElectedAt: -1, Elected: elected}, true
	}
	for k := 0; k+1 < n; k++ {
		e, ok := scan.Seq(ts, k, "ủy viên")
		if !ok {
			continue
		}
		// ... 4 ủy viên Bộ Chính trị khóa 13, gồm:
		if _, end, ok := p.units.At(e); ok {
			if after := p.term(end); closes(ts, after) {
				return seat(e, end, elected(k))
			}
		}
		// Bộ Chính trị có 16 ủy viên:
		if closes(ts, e) && k >= 2 && ts[k-1].Digits() && ts[k-2].Is("có") {
			for from := 0; from < k-2; from++ {
				if _, end, ok := p.units.At(from); ok && end == k-2 {
					return seat(from, end, false)
				}
			}
		}
	}
	return recognize.PostMention{}, false
}

// closes reports whether the frame ends at ts[k]: a colon, perhaps after
// gồm (and a comma) or gồm các đồng chí.
func closes(ts []scan.Token, k int) bool {
	if k < len(ts) && ts[k].Mark(",") {
		k++
	}
	if j, ok := scan.Seq(ts, k, "gồm các đồng chí"); ok {
		k = j
	} else if j, ok := scan.Seq(ts, k, "gồm"); ok {
		k = j
	}
	return k == len(ts)-1 && ts[k].Mark(":")
}

// wholeLine reports whether m is all that the sentence s says: its name and
// posts run from the sentence's start, after at most an honorific, to its
// end, but for the closing mark — a line of a list, not a sentence that
// reports what the person did.
func wholeLine(s model.Sentence, m recognize.PersonMention) bool {
	from, to := m.Name.Span.Start, m.Name.Span.End
	for _, q := range m.Posts {
		if q.Printed.Span.End > q.Printed.Span.Start {
			from, to = min(from, q.Printed.Span.Start), max(to, q.Printed.Span.End)
		}
	}
	rs := []rune(s.Text)
	head := strings.TrimSpace(string(rs[:max(0, min(len(rs), from-s.Start))]))
	tail := strings.TrimSpace(string(rs[max(0, min(len(rs), to-s.Start)):]))
	head = strings.TrimSpace(strings.TrimRight(vn.Key(head), ",:"))
	switch head {
	case "", "ông", "bà", "đồng chí", "đ/c", "anh", "chị":
	default:
		if len(strings.Fields(head)) > 3 { // Đại tướng, Thiếu tướng PGS.TS
			return false
		}
	}
	return len([]rune(strings.Trim(tail, " ;.,()"))) == 0
}
