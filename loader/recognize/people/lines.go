package people

import (
	"strconv"
	"strings"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/vn"
)

// Lines reads the career a tiểu sử (a profile's "Quá trình công tác") prints
// one step a line, each opening on when it was held:
//
//   - 4/2015 - 4/2020: Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hưng Yên.
//     ● 9-1993 – 12-1994:            (the posts in the paragraph under it)
//   - 7/2013: Tỉnh ủy viên, Trưởng Ban Nội chính Tỉnh ủy Phú Thọ
//   - 4/2021 - nay: ...
//
// A line's posts are the person's last named before it (the profile's
// heading, Đồng chí A, sinh ngày ...). A span's posts were held over it and
// ended with it; a post printed again on a later line goes on to that line
// (a seat kept across steps). A line with one date took its posts up then:
// they end where the next line that gives a post other than a seat starts,
// and the last such line's are held, as are a line's "đến nay". A line whose
// words after the date are not posts alone ("Học cử nhân chính trị tại ...",
// "Thủ tướng Chính phủ ký Quyết định ...", "Được thăng quân hàm") gives
// nothing, and a page needs two lines for any to count: one "2015 - 2020:"
// may head a term's report. ms are the people the other readers found in
// ss, in order; the result adds one mention a line.
func Lines(ss []recognize.Sentence, ms []recognize.PersonMention) []recognize.PersonMention {
	heads := map[int]lineHead{}
	for _, s := range ss {
		if s.Kind == model.Byline || s.Kind == model.Header || len(s.Tokens) == 0 || !s.Tokens[firstWord(s.Tokens)].Word {
			continue
		}
		if h, ok := readLineHead(s.Tokens); ok {
			heads[s.Index] = h
		}
	}
	if len(heads) < 2 {
		return ms
	}
	out := ms
	var steps []lineStep
	var run careerRun
	for x, s := range ss {
		h, ok := heads[s.Index]
		if !ok {
			continue
		}
		k := h.posts
		if k >= len(s.Tokens) {
			// ● 9-1993 – 12-1994: over a paragraph of posts.
			if x+1 >= len(ss) {
				continue
			}
			if _, next := heads[ss[x+1].Index]; next {
				continue
			}
			s, k = ss[x+1], 0
		}
		p := newParser(s)
		p.since = since(s.Dates)
		posts, ok := p.linePosts(k)
		if !ok {
			continue
		}
		who, ok := careerOf(ms, s.Sentence, s.Tokens, 0)
		if !ok || !run.takes(who, h) {
			continue
		}
		m := p.mention(0, 1, posts, who.Role) // the name is who's, given below
		m.Name, m.Sentence = who.Name, s.Index
		for i := range m.Posts {
			q := &m.Posts[i]
			if q.Start.IsZero() || before(q.Start, h.from) {
				// Ủy viên Ban Thường vụ Tỉnh ủy (từ 2/2014) keeps its own start.
				q.Start = h.from
			}
			q.End, q.Former, q.Elected = h.to, !h.to.IsZero(), false
		}
		steps = append(steps, lineStep{at: len(out), head: h})
		out = append(out, m)
	}
	endLines(out, steps)
	return out
}

// careerRun is the run of lines read as the career of one mention of a
// person (its sentence and where its name starts).
type careerRun struct {
	sentence, start int
	set             bool
	latest          model.When // the latest date a line of the run opens on
	lost            bool
}

// backYears is how far a line may open before the run's latest one and
// still be the same career: a seat printed out of order (1/2016: Ủy viên
// dự khuyết under 3/2016 - 9/2019) goes back months, another person's
// career starts decades back.
const backYears = 2

// takes reports whether the line opening on h is the career of who, the
// person last named before it. A career runs forward: a line going back
// years opens another person's, under a heading no reader took as a name
// (a page of several profiles, TRẦN VĂN B over the second), and it and the
// lines after it are nobody's until another person is named.
func (r *careerRun) takes(who recognize.PersonMention, h lineHead) bool {
	if !r.set || who.Sentence != r.sentence || who.Name.Span.Start != r.start {
		*r = careerRun{sentence: who.Sentence, start: who.Name.Span.Start, set: true}
	}
	switch {
	case r.lost:
		return false
	case h.from.IsZero():
		return true
	case r.latest.Year != 0 && h.from.Year <= r.latest.Year-backYears:
		r.lost = true
		return false
	}
	if before(r.latest, h.from) {
		r.latest = h.from
	}
	return true
}

// lineHead is when a line of a tiểu sử says its posts were held: from and to
// (to zero for a single date or "đến nay"), single set for a single date, and
// the index of the token its posts begin at (past the sentence's end when
// they are printed in the next paragraph).
type lineHead struct {
	from, to model.When
	single   bool
	posts    int
}

// lineStep is a line read: the mention it added (an index into the
// mentions) and its head.
type lineStep struct {
	at   int
	head lineHead
}

// endLines ends the posts of steps, the lines of a tiểu sử in order: a post
// printed again on a later line of the same person is held on to it (its
// end is that line's); a single date's posts other than seats end where the
// next line of the person giving a post other than a seat starts.
func endLines(ms []recognize.PersonMention, steps []lineStep) {
	for x, a := range steps {
		posts, name := ms[a.at].Posts, ms[a.at].Name.Text
		later := make([]bool, len(posts))
		for k := range posts {
			if later[k] = printedLater(ms, steps[x+1:], name, posts[k]); later[k] {
				posts[k].End, posts[k].Former = model.When{}, false
			}
		}
		if !a.head.single {
			continue
		}
		for _, b := range steps[x+1:] {
			next := ms[b.at]
			if next.Name.Text != name || !before(a.head.from, b.head.from) || !holdsPost(next) {
				continue
			}
			for k := range posts {
				if q := &posts[k]; !seat(q.Title) && !later[k] {
					q.End, q.Former = b.head.from, true
				}
			}
			break
		}
	}
}

// printedLater reports whether q is printed again on one of steps' lines
// of the person named name.
func printedLater(ms []recognize.PersonMention, steps []lineStep, name string, q recognize.PostMention) bool {
	for _, b := range steps {
		if ms[b.at].Name.Text != name {
			continue
		}
		for _, n := range ms[b.at].Posts {
			if samePost(n, q) {
				return true
			}
		}
	}
	return false
}

// samePost reports whether a and b are one post printed alike: a unit
// whose place is left to the page (Tỉnh ủy) is the same only printed so
// again, since the lines of a career move from province to province.
func samePost(a, b recognize.PostMention) bool {
	return a.Title == b.Title && vn.Key(a.Unit.Text) == vn.Key(b.Unit.Text)
}

// firstWord is the index of the first word of ts past the marks a list
// prints before its items (●, •, +, *), or len(ts)-1 when there is none.
func firstWord(ts []scan.Token) int {
	for k, t := range ts {
		if t.Word {
			return k
		}
	}
	return len(ts) - 1
}

// readLineHead reads the head of a line of a tiểu sử at the start of ts:
// past a list's marks, perhaps Từ, Trước, Tháng or Năm, a date (a year, a
// month and year, a day, month and year: 2001, 4/2016, 1-2025, 1/7/2025),
// perhaps a dash or đến and a second date or nay, then a colon. A span
// (two dates) may stand alone as the line, its posts in the paragraph under
// it. The dates of a span must run forward.
func readLineHead(ts []scan.Token) (lineHead, bool) {
	var h lineHead
	k := firstWord(ts)
	until := false
	switch {
	case ts[k].Is("từ", "tháng", "năm"):
		k++
	case ts[k].Is("trước"):
		// Trước 7/2013: Chủ tịch huyện Yên Lập, ...: held until then.
		until = true
		k++
	}
	if k < len(ts) && ts[k].Is("tháng", "năm") {
		k++
	}
	if k >= len(ts) {
		return h, false
	}
	from, to, joined := lineDate(ts[k].Text)
	if from.IsZero() {
		return h, false
	}
	k++
	now := false
	if !joined && !until && k+1 < len(ts) && (ts[k].Mark("-") || ts[k].Is("đến", "tới")) {
		k++
		if k < len(ts) && ts[k].Is("tháng", "năm") {
			k++
		}
		switch {
		case k < len(ts) && ts[k].Is("nay"):
			now = true
			k++
		case k+1 < len(ts) && ts[k].Is("hiện") && ts[k+1].Is("nay"):
			now = true
			k += 2
		case k < len(ts):
			var two bool
			if to, _, two = lineDate(ts[k].Text); to.IsZero() || two {
				return h, false
			}
			k++
		default:
			return h, false
		}
	}
	if until {
		from, to = model.When{}, from
	}
	if !to.IsZero() && !from.IsZero() && !before(from, to) && from != to {
		return h, false
	}
	h.from, h.to, h.single = from, to, to.IsZero() && !now
	switch {
	case k < len(ts) && ts[k].Mark(":"):
		h.posts = k + 1
		if h.posts < len(ts) && ts[h.posts].Mark(".") {
			h.posts = len(ts) // "1980 – 1986:." — nothing after it
		}
		return h, true
	case !h.single && (k == len(ts) || k+1 == len(ts) && ts[k].Mark(".")):
		// 9/1985 - 8/1987, its posts in the paragraph under it.
		h.posts = len(ts)
		return h, true
	}
	return h, false
}

// lineDate is careerDate, and a day, month and year (1/7/2025, 27-6-2020)
// too: a tiểu sử dates a step by the day it was taken up.
func lineDate(text string) (from, to model.When, joined bool) {
	if from, to, joined = careerDate(text); !from.IsZero() {
		return from, to, joined
	}
	parts := strings.FieldsFunc(text, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	if len(parts) != 3 || len(parts[2]) != 4 {
		return model.When{}, model.When{}, false
	}
	d, e1 := strconv.Atoi(parts[0])
	m, e2 := strconv.Atoi(parts[1])
	y, e3 := strconv.Atoi(parts[2])
	if e1 != nil || e2 != nil || e3 != nil || d < 1 || d > 31 || m < 1 || m > 12 || y < 1945 || y > 2100 {
		return model.When{}, model.When{}, false
	}
	return model.When{Year: y, Month: m, Day: d}, model.When{}, false
}

// linePosts reads the posts of a line of a tiểu sử from ts[k]: runs of
// posts (run), between them a term (khóa XVII, nhiệm kỳ 2021-2026), a
// bracket ((mới), (từ 2/2014)), a place after a comma (, tỉnh Hưng Yên) or
// punctuation, and a post whose unit the reader does not know, passed over
// up to the next comma or semicolon. Anything else after the first post —
// "Thủ tướng Chính phủ ký Quyết định ...", words of a sentence — and the
// line is not a list of the person's posts: it gives none.
func (p *parser) linePosts(k int) ([]post, bool) {
	ts := p.ts
	var out []post
	for k < len(ts) {
		posts := p.run(k)
		if len(posts) == 0 {
			if len(out) == 0 || !p.startsTitle(k) {
				return nil, false
			}
			for k < len(ts) && !ts[k].Mark(",") && !ts[k].Mark(";") {
				k++
			}
		} else {
			out = append(out, posts...)
			k = p.after(k, posts)
		}
		for k < len(ts) {
			t := ts[k]
			if t.Mark("(") {
				for k < len(ts) && !ts[k].Mark(")") {
					k++
				}
				k++
				continue
			}
			if t.Is("khóa", "nhiệm", "tỉnh", "thành", "huyện", "quận", "thị", "xã") && k > 0 && !ts[k-1].Mark(";") {
				for k < len(ts) && !ts[k].Mark(",") && !ts[k].Mark(";") && !ts[k].Mark(".") {
					k++
				}
				continue
			}
			if t.Is("kiêm") {
				k++ // Bí thư Tỉnh ủy Sơn La khóa XIV, kiêm Bí thư Đảng ủy Quân sự tỉnh
				continue
			}
			if j := p.honorific(k); j > k {
				k = j // Ủy viên Trung ương Đảng khóa XIII, Thượng tướng, Chủ nhiệm ...: a rank
				continue
			}
			if t.Word {
				break
			}
			k++
		}
		if k < len(ts) && !p.startsTitle(k) {
			return nil, false
		}
	}
	return out, len(out) > 0
}
