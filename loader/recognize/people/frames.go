package people

import (
	"slices"
	"sort"
	"strings"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/schema"
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
		seats, from, ok := frame(s)
		if !ok {
			if seat, ok := titledList(s); ok {
				ms = tallied(ss[i+1:], ms, bySentence, seat)
			} else if seat, from, ok := titleFrame(s); ok {
				at := s.Start + s.Tokens[from].Start
				for _, k := range bySentence[s.Index] {
					if ms[k].Name.Span.Start >= at {
						ms[k].Posts = titledSeat(ms[k].Posts, seat)
						ms[k].Role = schema.RoleOfficial
					}
				}
			}
			continue
		}
		if from < len(s.Tokens) {
			// ... tham gia Ban Bí thư gồm: đồng chí A (Tổng Bí thư); đồng
			// chí B (...): the list runs on in the sentence.
			at := s.Start + s.Tokens[from].Start
			for _, k := range bySentence[s.Index] {
				if ms[k].Name.Span.Start >= at {
					ms[k].Posts = seated(ms[k].Posts, seats)
				}
			}
			continue
		}
		for _, next := range ss[i+1:] {
			named := bySentence[next.Index]
			if next.Kind == model.Byline || next.Kind == model.Header || len(named) > 1 {
				break
			}
			if len(named) == 0 {
				// A line the rules cannot read is passed over: one short and
				// unfinished, or one opening on a title as the list's lines
				// do ("Ủy viên Ban Thường vụ Quân ủy Trung ương, Chủ nhiệm
				// Tổng cục Chính trị Quân đội nhân dân Việt Nam Nguyễn Trọng
				// Nghĩa.").
				if ts := next.Tokens; len(ts) > 0 && len(ts) <= 20 && !ts[len(ts)-1].Mark(".") && !ts[len(ts)-1].Mark(":") || len(next.Tokens) <= 30 && opensOnTitle(next) {
					continue
				}
				break
			}
			m := &ms[named[0]]
			if head, tail := lineParts(next.Sentence, *m); tail != "" && !votes(tail) || head != "" && !opensOnTitle(next) {
				// A sentence that says more than who: the list is over. A
				// line may open on posts the rules cannot read, as long as
				// it ends with the name ("Bí thư Đảng ủy MTTQ, các đoàn thể
				// Trung ương, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Bùi
				// Thị Minh Hoài.").
				break
			}
			m.Posts = seated(m.Posts, seats)
		}
	}
	// A list's line may add a person Find did not read (bareItem): in the
	// order printed, as Find gives them.
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].Sentence < ms[b].Sentence })
	return ms
}

// seated is posts with the seats a frame gives, less those in a body the
// person holds a post of already (Thường trực Ban Bí thư is no plain member
// of it) or leads: the Tổng Bí thư presides over the Ban Bí thư.
func seated(posts, seats []recognize.PostMention) []recognize.PostMention {
	out := posts
	for _, seat := range seats {
		body := vn.Key(seat.Unit.Text)
		held := false
		for _, q := range posts {
			if vn.Key(q.Unit.Text) == body || q.Title == "Tổng Bí thư" && strings.HasPrefix(body, "ban bí thư") {
				held = true
			}
		}
		if !held {
			out = append(out, seat)
		}
	}
	return out
}

// titledSeat is posts with the post a title frame gives, unless the person
// holds that title in that unit already: the frame's Phó Bí thư Tỉnh ủy goes
// to a Phó Bí thư Thường trực of the outgoing committee listed under it too
// (electedFrame).
func titledSeat(posts []recognize.PostMention, seat recognize.PostMention) []recognize.PostMention {
	for _, q := range posts {
		if q.Title == seat.Title && vn.Key(q.Unit.Text) == vn.Key(seat.Unit.Text) {
			return posts
		}
	}
	return append(posts, seat)
}

// frame reads a sentence that frames a list of a body's members, ending
// with a colon: "<body> có <N> ủy viên:", "<N> ủy viên <body> [khóa ...],
// gồm:", "các ủy viên <body> gồm:" — the seat, Ủy viên of the body; "các Ủy
// viên Bộ Chính trị khóa XIV tham gia Ban Bí thư khóa XIV như sau:" — a seat
// in each body, the second taken up. It returns the seats and the index of
// the token after the colon: the list follows in the sentence, or, at its
// end, on the lines after it.
func frame(s recognize.Sentence) ([]recognize.PostMention, int, bool) {
	if !strings.Contains(s.Text, ":") {
		return nil, 0, false // most sentences: not cut again
	}
	ts := s.Tokens
	n := len(ts)
	if n < 3 {
		return nil, 0, false
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
	seat := func(from, to int, elected bool) recognize.PostMention {
		unit := p.phrase(from, to)
		return recognize.PostMention{Title: "Ủy viên", Unit: unit, Parsed: parsed(unit), Printed: unit, ElectedAt: -1, Elected: elected}
	}
	for k := 0; k+1 < n; k++ {
		e, ok := scan.Seq(ts, k, "ủy viên")
		if !ok {
			continue
		}
		// ... 4 ủy viên Bộ Chính trị khóa 13, gồm:
		if _, end, ok := p.units.At(e); ok {
			after := p.term(end)
			if c, ok := closes(ts, after); ok {
				return []recognize.PostMention{seat(e, end, elected(k))}, c + 1, true
			}
			// các Ủy viên Bộ Chính trị khóa XIV tham gia Ban Bí thư khóa XIV
			// như sau:
			if j, ok := scan.Seq(ts, after, "tham gia"); ok {
				if _, end2, ok := p.units.At(j); ok {
					if c, ok := closes(ts, p.term(end2)); ok {
						return []recognize.PostMention{seat(e, end, false), seat(j, end2, true)}, c + 1, true
					}
				}
			}
		}
		// Bộ Chính trị có 16 ủy viên:
		if c, ok := closes(ts, e); ok && k >= 2 && ts[k-1].Digits() && ts[k-2].Is("có") {
			for from := 0; from < k-2; from++ {
				if _, end, ok := p.units.At(from); ok && end == k-2 {
					return []recognize.PostMention{seat(from, end, false)}, c + 1, true
				}
			}
		}
	}
	// 4 phó chủ tịch mới của Quốc hội bao gồm: a count of a title's new
	// holders in a unit, the list on the lines after.
	for k := 0; k+2 < n; k++ {
		if !ts[k].Digits() && !slices.Contains(lexicon.CountWords(), ts[k].Key) {
			continue
		}
		t, e, ok := p.title(k + 1)
		if !ok || t.StandsAlone || t.Shares > 0 {
			continue
		}
		j := e
		for _, w := range []string{"mới", "của"} {
			if seq(ts, j, w) {
				j++
			}
		}
		if _, end, ok := p.units.At(j); ok {
			if c, ok := closes(ts, p.term(end)); ok && c+1 == n {
				unit := p.phrase(j, end)
				return []recognize.PostMention{{Title: t.Name, Unit: unit, Parsed: parsed(unit), Printed: p.phrase(k+1, end), ElectedAt: -1, Elected: elected(k + 1)}}, c + 1, true
			}
		}
	}
	return nil, 0, false
}

// votes reports whether tail, what a list's line says after the person, is
// the votes they won, after the rest of a bracket of posts the rules did not
// read: "với 477 phiếu, chiếm 96,75% tổng số đại biểu", ": 463 phiếu, chiếm
// 93,91%", "..., Chủ nhiệm Uỷ ban Kinh tế - Ngân sách Quốc hội khoá XI) với
// 477 phiếu".
func votes(tail string) bool {
	if k := strings.LastIndex(tail, ")"); k >= 0 {
		tail = tail[k+1:]
	}
	f := strings.Fields(strings.TrimLeft(vn.Key(tail), ": "))
	if len(f) > 0 && f[0] == "với" {
		f = f[1:]
	}
	return len(f) > 1 && strings.Trim(f[0], "0123456789/") == "" && strings.TrimRight(f[1], ",;.") == "phiếu"
}

// closes reports whether the frame ends at ts[k] and where its colon is: a
// colon, perhaps after gồm (and a comma), gồm các đồng chí or như sau.
func closes(ts []scan.Token, k int) (int, bool) {
	if k < len(ts) && ts[k].Mark(",") {
		k++
	}
	for _, w := range []string{"gồm các đồng chí", "bao gồm", "gồm", "như sau"} {
		if j, ok := scan.Seq(ts, k, w); ok {
			k = j
			break
		}
	}
	return k, k < len(ts) && ts[k].Mark(":")
}

// lineParts is what the sentence s says besides m, its name and posts:
// what comes before them, but for an honorific ("Đại tướng", "ông") and a
// mark, and what comes after, but for the closing mark. A line of a list
// says nothing more.
func lineParts(s model.Sentence, m recognize.PersonMention) (head, tail string) {
	from, to := m.Name.Span.Start, m.Name.Span.End
	for _, q := range m.Posts {
		if q.Printed.Span.End > q.Printed.Span.Start {
			from, to = min(from, q.Printed.Span.Start), max(to, q.Printed.Span.End)
		}
	}
	rs := []rune(s.Text)
	head = strings.TrimSpace(string(rs[:max(0, min(len(rs), from-s.Start))]))
	tail = strings.TrimSpace(string(rs[max(0, min(len(rs), to-s.Start)):]))
	head = strings.TrimSpace(strings.TrimRight(vn.Key(head), ",:"))
	switch head {
	case "", "ông", "bà", "đồng chí", "đ/c", "anh", "chị":
		head = ""
	default:
		if len(strings.Fields(head)) <= 3 { // Đại tướng, Thiếu tướng PGS.TS
			head = ""
		}
	}
	return head, strings.Trim(tail, " ;.,()")
}

// opensOnTitle reports whether s opens on a title.
func opensOnTitle(s recognize.Sentence) bool {
	_, _, ok := newParser(s).title(0)
	return ok
}
