package people

import (
	"strconv"
	"strings"

	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// Careers reads the careers that biographies print as a run of posts after a
// cue: "ông Cường từng kinh qua các chức vụ Phó Chánh Thanh tra tỉnh, Phó Bí
// thư Huyện uỷ kiêm Trưởng ban Dân vận huyện uỷ Tây Giang, ...", "kinh qua
// nhiều vị trí công tác ... như bí thư Huyện Đoàn Sa Pa, bí thư Huyện ủy,
// ...", "trải qua nhiều vị trí công tác khác nhau, như: A; B, C; D". Each post
// is a former one of the person the career is of: the last person named in
// the sentence before the cue, else in the sentences before it (the one a
// short reference, ông Cường, names, where it names one). ms are the people
// Find read in ss, in order; the result adds one mention a career, in the
// career's sentence.
func Careers(ss []recognize.Sentence, ms []recognize.PersonMention) []recognize.PersonMention {
	out := ms
	for x, s := range ss {
		if s.Kind == model.Byline || s.Kind == model.Header || !strings.Contains(s.Text, "qua") && !strings.Contains(s.Text, "từng") && !strings.Contains(s.Text, "Từng") && !strings.Contains(s.Text, "đã") {
			continue // no cue can be there: the sentence is not cut again
		}
		ts := s.Tokens
		cue, end, ok := careerCue(ts)
		if !ok {
			continue
		}
		p := newParser(s)
		posts, stop := p.runTo(end)
		if len(posts) == 0 {
			continue
		}
		who, ok := careerOf(ms, s.Sentence, ts, cue)
		if !ok {
			continue
		}
		if m, ok := careerMention(ss, ms, s, p, cue, posts, who); ok {
			out = append(notNamedIn(out, s, cue, who.Name.Text), m)
		}
		// ... Uỷ viên Ban Chấp hành Đảng uỷ cơ quan Tỉnh uỷ (2005-2006);
		// then a new paragraph: Tỉnh uỷ viên, Chánh Văn phòng Tỉnh uỷ ...
		// (2006-2009); the list goes on there.
		for y := x + 1; y < len(ss) && stop == len(ts) && len(ts) > 0 && ts[len(ts)-1].Mark(";"); y++ {
			s, ts = ss[y], ss[y].Tokens
			if s.Kind != model.Body || len(ts) == 0 {
				break
			}
			p = newParser(s)
			if posts, stop = p.runTo(0); len(posts) == 0 {
				break
			}
			if m, ok := careerMention(ss, ms, s, p, 0, posts, who); ok {
				out = append(out, m)
			}
		}
	}
	return out
}

// termsOver ends each post of qs (the mentions of posts, read from ts) held
// over terms the text prints and that were over by latest, the latest year
// the article prints a full date in: a seat of the Central Committee when
// the next national congress opened ("Bí thư Trung ương Đảng khóa VI; Ủy
// viên Ban Chấp hành Trung ương Đảng các khóa IV, V, VI": June 1991, sggp
// 2020 on Trần Quốc Hương), a deputy's when the next Assembly first sat.
func termsOver(qs []recognize.PostMention, posts []post, ts []scan.Token, latest model.When) {
	for x := range qs {
		if x >= len(posts) || !qs[x].End.IsZero() {
			continue
		}
		q := posts[x]
		var end model.When
		ok := false
		switch {
		case q.unit.Kind == schema.UnitCentral:
			end, ok = termEnd(centralTerms(ts, q.unitEnd, q.end))
			ok = ok && termOver(end, latest)
		case q.title == "Đại biểu" && q.unit.Head == "Quốc hội":
			end, ok = assemblyEnd(centralTerms(ts, q.unitEnd, q.end))
			ok = ok && end.Year < latest.Year
		}
		if ok {
			qs[x].End = end
		}
	}
}

// notNamedIn is ms less the people read in the career that sentence s opens
// at ts[cue] — after the cue, by a name no ông, bà or đồng chí precedes:
// words of its posts taken for a name ("Trưởng BQL khu kinh tế mở Chu Lai,
// Phó bí thư Tỉnh ủy, ...": dantri 2015), not another person. name is whose
// career it is.
func notNamedIn(ms []recognize.PersonMention, s recognize.Sentence, cue int, name string) []recognize.PersonMention {
	ts := s.Tokens
	var out []recognize.PersonMention
	for _, m := range ms {
		drop := false
		if m.Sentence == s.Index && m.Name.Text != name {
			for i, t := range ts {
				if i > cue && s.Start+t.Start == m.Name.Span.Start {
					drop = !ts[i-1].Is("ông", "bà", "chí", "anh", "chị")
				}
			}
		}
		if !drop {
			out = append(out, m)
		}
	}
	return out
}

// careerMention is the mention of the career posts read in s by p, of who
// (the cue at ts[cue]): each former, less those who takes up at the event
// (notHeld), ended where the article shows who taking up the post the career
// led to (takenUpOn, nextStep).
func careerMention(ss []recognize.Sentence, ms []recognize.PersonMention, s recognize.Sentence, p *parser, cue int, posts []post, who recognize.PersonMention) (recognize.PersonMention, bool) {
	posts = seatsKept(notHeld(posts, who.Name.Text, ms), who.Name.Text, ms)
	if len(posts) == 0 {
		return recognize.PersonMention{}, false
	}
	for x := range posts {
		posts[x].former = true
	}
	m := p.mention(cue, cue+1, posts, who.Role) // the name is who's, given below
	m.Name, m.Sentence = who.Name, s.Index
	termsOver(m.Posts, posts, p.ts, latestDay(ss))
	until, ok := takenUpOn(ss, electedBefore(ms, who.Name.Text, s.Index))
	if !ok {
		until, ok = nextStep(ss, ms, s.Index, who.Name.Text)
	}
	if ok {
		for x := range m.Posts {
			if m.Posts[x].End.IsZero() {
				m.Posts[x].End = until
			}
		}
	}
	return m, true
}

// careerCue finds the words that open a career: kinh qua, trải qua, từng giữ
// or từng đảm nhiệm, then within a few words chức vụ, cương vị, vị trí or
// chức danh, then perhaps more words up to như or a colon. It returns where
// the cue begins and where its posts begin.
func careerCue(ts []scan.Token) (int, int, bool) {
	for i := range ts {
		var e int
		ok := false
		for _, w := range []string{"kinh qua", "trải qua", "trưởng thành qua", "từng giữ", "từng đảm nhiệm", "từng đảm nhận", "đảm nhiệm qua"} {
			if e, ok = scan.Seq(ts, i, w); ok {
				break
			}
		}
		if !ok {
			// đã đảm nhận nhiều vị trí như: ... — a career only with nhiều
			// or các: "đã đảm nhiệm chức vụ Bí thư từ năm 2020" is the post
			// held.
			for _, w := range []string{"đã đảm nhận", "đã đảm nhiệm", "đã giữ"} {
				if e, ok = scan.Seq(ts, i, w); ok {
					break
				}
			}
			if !ok || e >= len(ts) || !ts[e].Is("nhiều", "các") {
				continue
			}
		}
		for k := e; k < len(ts) && k <= e+3; k++ {
			h := -1
			for _, w := range []string{"chức vụ", "cương vị", "vị trí", "chức danh"} {
				if j, ok := scan.Seq(ts, k, w); ok {
					h = j
				}
			}
			if h < 0 {
				continue
			}
			// ... nhiều vị trí công tác của trung ương và địa phương như: the
			// posts after như or a colon, or straight after the cue.
			for j := h; j < len(ts) && j <= h+10; j++ {
				if ts[j].Is("như") || ts[j].Mark(":") {
					j++
					if j < len(ts) && ts[j].Mark(":") {
						j++
					}
					return i, j, true
				}
				if ts[j].Mark(".") || ts[j].Mark(";") {
					break
				}
			}
			if h+1 < len(ts) && ts[h].Mark(",") && ts[h+1].Cap() {
				// từng kinh qua các chức vụ, Phó Trưởng phòng ...: a comma
				// before the first post.
				h++
			}
			return i, h, true
		}
	}
	return 0, 0, false
}

// run reads the posts of a career from ts[k]: posts joined by commas, kiêm,
// semicolons, và or rồi, a parenthesis after one passed over ("(nay là Sở Thông
// tin và Truyền thông)").
func (p *parser) run(k int) []post {
	posts, _ := p.runTo(k)
	return posts
}

// runTo is run, and the index where the career stopped. A step closed by a
// bracket of years ("Phó Chánh Văn phòng Huyện uỷ Quảng Xương (1994-1999);")
// was held over them, every post of it; a part of such a step that is no post
// ("Chuyên viên Ban Tuyên giáo Huyện uỷ (1992-1993);", "Thư ký Bí thư Tỉnh
// uỷ") is passed over.
func (p *parser) runTo(k int) ([]post, int) {
	ts := p.ts
	if k < len(ts) && ts[k].Mark(":") {
		k++
	}
	var out []post
	step := 0 // the first post of the step being read
	if j, ok := p.notPost(k); ok {
		// từng là cán bộ Tổng cục 2 (Bộ Quốc phòng), Bí thư Huyện đoàn Sa
		// Pa, ...: the career's first step is no post; the posts follow.
		k = j
	}
	for k < len(ts) {
		// ...; sau đó làm Phó bí thư Tỉnh ủy Lào Cai: the career goes on.
		for _, w := range []string{"sau đó làm", "sau đó là", "sau đó giữ chức", "rồi làm", "sau đó"} {
			if j, ok := scan.Seq(ts, k, w); ok && len(out) > 0 {
				k = j
				break
			}
		}
		posts, e, ok := p.chain(k)
		if !ok {
			if q, j, seat := p.careerSeat(k); seat {
				posts, e, ok = []post{q}, j, true
			} else if j := p.honorific(k); j > k && j+1 < len(ts) && ts[j].Mark(",") && p.startsTitle(j+1) {
				// Thường vụ Tỉnh ủy, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân
				// sự tỉnh: a rank among the posts is passed over.
				k = j + 1
				continue
			}
		}
		if !ok {
			// phó chủ tịch thường trực, chủ tịch HĐND tỉnh: a title in
			// small letters printed bare before the post whose unit it
			// shares (shareUnits).
			q, j, bare := p.bare(k)
			if !bare {
				if j, ok := p.datedPart(k); ok {
					// Chuyên viên Phòng Tổng, Văn phòng Tỉnh uỷ, Thư ký Bí
					// thư Tỉnh uỷ (1999-2001);: no post, in a dated step;
					// the step's bracket still dates the posts before.
					k, step = p.passOver(out, step, j)
					continue
				}
				if j, ok := p.unread(k); ok {
					// Trưởng phòng Nông nghiệp và Phát triển nông thôn;
					// Trưởng ban QLDA ...: a post whose unit the reader does
					// not know, left out; the career goes on after it.
					k = j
					continue
				}
				if j, ok := p.ministryAfter(out, k); ok {
					// Vụ trưởng Vụ Các tổ chức quốc tế, Bộ Ngoại giao; Thứ
					// trưởng ...: the department's ministry set off by a
					// comma, no second unit; the career goes on after it.
					if ts[j].Mark(";") {
						step = len(out)
					}
					k = j + 1
					continue
				}
				if j, ok := p.secondUnit(k); ok && len(out) > 0 {
					// Chánh Văn phòng HĐND, UBND Thị xã Hà Tĩnh; Phó Bí
					// thư tỉnh đoàn: one office of two units, of which the
					// post read took the first alone — left out, and the
					// career goes on after it.
					out, k = out[:len(out)-1], j
					continue
				}
				break
			}
			if posts, e, ok = p.chain(j + 1); !ok {
				break
			}
			posts = append([]post{q}, posts...)
		}
		out = append(out, posts...)
		if e == len(ts)-1 && ts[e].Word && !ts[e].Cap() {
			// ... Giám đốc Sở Giao thông v: the page is cut inside the
			// unit's name, which the post leaves out (plo 2025).
			out = out[:len(out)-1]
			break
		}
		k, step = p.closeStep(out, step, e)
		if k < len(ts) && ts[k].Word && !ts[k].Is("và", "rồi", "kiêm") && len(out) > step {
			if j, ok := p.datedPart(k); ok {
				if ts[k].Cap() || ts[k].Is("ủy", "uỷ") {
					// Bí thư Đảng uỷ Văn phòng Tỉnh | uỷ (2005-2006): a
					// unit read only in part leaves its post out.
					out = out[:len(out)-1]
				}
				// Phó Chánh Văn phòng phụ trách tổng hợp (2002-2005): words
				// in small letters after the post are passed over. The step
				// goes on after them.
				k, step = p.passOver(out, step, j)
				continue
			}
		}
		if j, ok := cutShort(ts, k); ok {
			// Bí thư Đoàn khối cơ quan tỉnh, Bí thư Tỉnh đoàn Nghệ An: a
			// unit the reader does not know, read only in part, leaves its
			// post out, and the career goes on after it.
			out, k = out[:len(out)-1], j
			continue
		}
		if j, ok := p.lowerTail(k); ok {
			// Cục trưởng Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh
			// tế, buôn lậu rồi Thứ trưởng Bộ Công an: a unit's name going on
			// in small letters past what the reader took; the career goes
			// on after it.
			k = j
			continue
		}
		// A, B rồi C: then, the next post of the career.
		if k < len(ts) && (ts[k].Mark(";") || ts[k].Mark(",") || ts[k].Is("và", "rồi")) {
			if ts[k].Mark(";") {
				step = len(out)
			}
			k++
			continue
		}
		break
	}
	shareUnits(out)
	alternateLeft(out)
	return out, k
}

// careerSeat reads, at ts[k], a step of a career that is a committee's body
// printed alone, a seat in it: "...; Thường vụ Tỉnh ủy, Đại tá, Chỉ huy
// trưởng ..." (baomoi 2020 on Dương Văn Trang), the post Ủy viên Ban Thường
// vụ Tỉnh ủy. The body must end the step: a comma, a semicolon, a full stop
// or the sentence's end after it (and its term).
func (p *parser) careerSeat(k int) (post, int, bool) {
	ts := p.ts
	if k == 0 || !(ts[k-1].Mark(",") || ts[k-1].Mark(";") || ts[k-1].Mark(":")) {
		return post{}, k, false
	}
	u, end, ok := p.units.At(k)
	if !ok || !u.Body() || u.Of == nil {
		return post{}, k, false
	}
	if after := p.term(end); after < len(ts) && !(ts[after].Mark(",") || ts[after].Mark(";") || ts[after].Mark(".")) {
		return post{}, k, false
	}
	q := seatIn(k, end, u)
	q.elected = false
	return q, end, true
}

// passOver goes on with a career after a part of a dated step passed over,
// which ends at ts[j]: a comma, or the bracket closing the step (closeStep).
// It returns where the career goes on and the first post of its step.
func (p *parser) passOver(out []post, step, j int) (int, int) {
	ts := p.ts
	if ts[j].Mark(",") {
		return j + 1, step
	}
	k, step := p.closeStep(out, step, j)
	if k < len(ts) && ts[k].Mark(";") {
		return k + 1, len(out)
	}
	return k, step
}

// closeStep reads a bracket at ts[k] after the posts of a career, out, the
// step being read starting at out[step]: a span from and to ("(từ tháng
// 5/2022 đến tháng 6/2025)") is the last post's; years alone ("(2005-2006)")
// are every post's of the step (Tỉnh uỷ viên, Phó Chánh Văn phòng Tỉnh uỷ,
// Bí thư Đảng uỷ Văn phòng Tỉnh uỷ (2005-2006)). It returns the index after
// the bracket and the first post of the next step; k and step as they were
// where no bracket is.
func (p *parser) closeStep(out []post, step, k int) (int, int) {
	ts := p.ts
	if k >= len(ts) || !ts[k].Mark("(") {
		return k, step
	}
	open := k
	for k < len(ts) && !ts[k].Mark(")") {
		k++
	}
	if len(out) == 0 {
		return k + 1, 0
	}
	if span, ok := p.bracketSpan(open, k); ok {
		out[len(out)-1].held = span
	} else if span, ok := p.yearsSpan(open, k); ok {
		for x := step; x < len(out); x++ {
			if out[x].held[1].IsZero() {
				out[x].held = span
			}
		}
	}
	return k + 1, len(out)
}

// datedPart reports whether ts[k] opens a part of a career's step that is no
// post — up to a comma, or to the bracket closing the step — where the step
// is closed by a bracket of years before its semicolon or the sentence's end
// (stepYears); it returns the index of that comma, or after the bracket and
// its semicolon.
func (p *parser) datedPart(k int) (int, bool) {
	ts := p.ts
	if k >= len(ts) || !ts[k].Word {
		return k, false
	}
	open, _, ok := p.stepYears(k)
	if !ok {
		return k, false
	}
	for j := k + 1; j < open; j++ {
		if ts[j].Mark(",") {
			return j, true
		}
	}
	return open, true
}

// stepYears finds, from ts[k], the bracket of years that closes a career's
// step — "(1992-1993)", "(1994)", "(2005 - 2006)" — before any semicolon or
// full stop and within a few dozen words, followed by a semicolon, a full
// stop or the sentence's end. It returns the brackets' indices.
func (p *parser) stepYears(k int) (int, int, bool) {
	ts := p.ts
	for j := k; j < len(ts) && j < k+40; j++ {
		if ts[j].Mark(";") || ts[j].Mark(".") {
			return 0, 0, false
		}
		if !ts[j].Mark("(") {
			continue
		}
		close := j + 1
		for close < len(ts) && (year(ts[close]) || yearSpan(ts[close]) || ts[close].Mark("-") || ts[close].Mark("–")) {
			close++
		}
		if close == j+1 || close >= len(ts) || !ts[close].Mark(")") {
			return 0, 0, false
		}
		if after := close + 1; after < len(ts) && !ts[after].Mark(";") && !ts[after].Mark(".") {
			return 0, 0, false
		}
		return j, close, true
	}
	return 0, 0, false
}

// yearsSpan reads the years a bracket between ts[open] and ts[close] holds
// alone, as a career's step prints them: "(1994-1999)", "(2005 - 2006)". A
// single year ("(1994)") gives none: it may be when the step began.
func (p *parser) yearsSpan(open, close int) ([2]model.When, bool) {
	ts := p.ts
	var ys []int
	for j := open + 1; j < close; j++ {
		t := ts[j]
		switch {
		case year(t):
			n, _ := strconv.Atoi(t.Text)
			ys = append(ys, n)
		case yearSpan(t):
			a, b, _ := strings.Cut(t.Text, "-")
			x, _ := strconv.Atoi(a)
			y, _ := strconv.Atoi(b)
			ys = append(ys, x, y)
		case t.Mark("-") || t.Mark("–"):
		default:
			return [2]model.When{}, false
		}
	}
	if len(ys) != 2 || ys[0] > ys[1] {
		return [2]model.When{}, false
	}
	return [2]model.When{{Year: ys[0]}, {Year: ys[1]}}, true
}

// bracketSpan reads the span a career prints in brackets after a post,
// between ts[open] and ts[close]: "(từ tháng 4/2019 đến tháng 4/2022)",
// "(từ 2015 - 2020)". Both ends must be printed with their year; a bracket
// with one date ("(từ tháng 5/2016)", "(nay là Sở ...)") gives none.
func (p *parser) bracketSpan(open, close int) ([2]model.When, bool) {
	if close >= len(p.ts) {
		return [2]model.When{}, false
	}
	lo, hi := p.ts[open].End, p.ts[close].Start
	var in []dates.Match
	for _, d := range p.dates {
		if d.Start >= lo && d.End <= hi {
			in = append(in, d)
		}
	}
	if len(in) == 0 || !strings.HasPrefix(vn.Key(in[0].Text), "từ ") {
		return [2]model.When{}, false
	}
	from, to := in[0].From, in[0].To
	if !in[0].IsRange() && len(in) > 1 {
		to = in[1].From
	}
	if from.Year == 0 || to.Year == 0 || !before(from, to) && from != to {
		return [2]model.When{}, false
	}
	return [2]model.When{from, to}, true
}

// notPost reports whether ts[k] opens a step of a career that is no post,
// printed in small letters up to a comma within a few words (a parenthesis
// included) with a post after it: "cán bộ Tổng cục 2 (Bộ Quốc phòng), Bí
// thư Huyện đoàn Sa Pa"; it returns the index of that post.
func (p *parser) notPost(k int) (int, bool) {
	ts := p.ts
	if k >= len(ts) || !ts[k].Word || ts[k].Cap() || p.startsTitle(k) {
		return k, false
	}
	depth := 0
	for j := k; j < len(ts) && j < k+12; j++ {
		switch {
		case ts[j].Mark("("):
			depth++
		case ts[j].Mark(")"):
			depth--
		case depth == 0 && ts[j].Mark(","):
			if j+1 < len(ts) && p.startsTitle(j+1) {
				return j + 1, true
			}
			return k, false
		case depth == 0 && !ts[j].Word:
			return k, false
		}
	}
	return k, false
}

// unread reports whether ts[k] opens a post whose unit the reader does not
// know — a title, then words (a parenthesis and a dash allowed) up to a
// semicolon or a comma within a few words, and a post after it — and
// returns the index of that post.
func (p *parser) unread(k int) (int, bool) {
	ts := p.ts
	if _, j, ok := p.title(k); !ok || j >= len(ts) || !ts[j].Word {
		return k, false
	}
	depth := 0
	for j := k + 1; j < len(ts) && j < k+24; j++ {
		switch {
		case ts[j].Mark("("):
			depth++
		case ts[j].Mark(")"):
			depth--
		case depth == 0 && (ts[j].Mark(";") || ts[j].Mark(",")):
			if j+1 < len(ts) && p.startsTitle(j+1) {
				return j + 1, true
			}
			return k, false
		case depth == 0 && !ts[j].Word && !ts[j].Mark("-"):
			return k, false
		}
	}
	return k, false
}

// secondUnit reports whether ts[k], after a comma, opens a unit printed with
// no title of its own and set off by a semicolon or a comma from the
// career's next post — the second unit of the office read before it ("Chánh
// Văn phòng HĐND, UBND Thị xã Hà Tĩnh; Phó Bí thư ...") — and returns that
// post's index.
func (p *parser) secondUnit(k int) (int, bool) {
	ts := p.ts
	if k == 0 || k >= len(ts) || !ts[k-1].Mark(",") || p.startsTitle(k) {
		return k, false
	}
	_, e, ok := p.units.At(k)
	if !ok || e+1 >= len(ts) || !(ts[e].Mark(";") || ts[e].Mark(",")) || !p.startsTitle(e+1) {
		return k, false
	}
	return e + 1, true
}

// ministryAfter reports whether ts[k], after a comma, is the ministry of
// the department the career's last post is in (Vụ trưởng Vụ Các tổ chức
// quốc tế, Bộ Ngoại giao; Cục trưởng Cục Lãnh sự, Bộ Ngoại giao), followed
// by a comma or a semicolon and the next post, and returns that mark's
// index.
func (p *parser) ministryAfter(out []post, k int) (int, bool) {
	ts := p.ts
	if len(out) == 0 || k == 0 || k >= len(ts) || !ts[k-1].Mark(",") {
		return k, false
	}
	if h := out[len(out)-1].unit.Head; h != "Vụ" && h != "Cục" {
		return k, false
	}
	u, e, ok := p.units.At(k)
	if !ok || u.Head != "Bộ" || e+1 >= len(ts) || !(ts[e].Mark(";") || ts[e].Mark(",")) || !p.startsTitle(e+1) {
		return k, false
	}
	return e, true
}

// bare reads, at ts[k], a title printed without its unit and followed by
// a comma, a dash or và and another post: "phó bí thư, phó bí thư thường
// trực Tỉnh ủy Vĩnh Long". It returns the post and the index of the mark.
func (p *parser) bare(k int) (post, int, bool) {
	ts := p.ts
	t, j, ok := p.title(k)
	if !ok || t.StandsAlone {
		return post{}, k, false
	}
	q := post{title: t.Name, start: k, end: j}
	if t.Standing && seq(ts, j, "thường trực") {
		q.title += " Thường trực"
		j += 2
	}
	q.end = j
	if j+1 >= len(ts) || !(ts[j].Mark(",") || ts[j].Mark("-") || ts[j].Is("và")) || !p.startsTitle(j+1) {
		return post{}, k, false
	}
	return q, j, true
}

// lowerTail reports whether a post read up to ts[k] goes on in small letters
// — words and commas, no full stop, up to a dozen — to a semicolon, comma,
// rồi or và before the career's next post, and returns that post's index.
func (p *parser) lowerTail(k int) (int, bool) {
	ts := p.ts
	if k >= len(ts) || !ts[k].Word || ts[k].Cap() || ts[k].Is("và", "rồi", "kiêm") || p.startsTitle(k) {
		return k, false
	}
	depth := 0
	for j := k + 1; j < len(ts) && j <= k+20; j++ {
		switch {
		case ts[j].Mark("("):
			// Phó Chủ nhiệm thứ nhất Ủy ban Thanh tra Nhà nước (nay là
			// Thanh tra Chính phủ); Tổng cục trưởng ... (sggp 2020, j019):
			// the unit's present name in brackets is passed over too.
			depth++
		case ts[j].Mark(")"):
			if depth--; depth < 0 {
				return k, false
			}
		case depth > 0:
		case (ts[j].Mark(";") || ts[j].Mark(",") || ts[j].Is("rồi", "và")) && j+1 < len(ts) && p.startsTitle(j+1):
			return j + 1, true
		case !ts[j].Word && !ts[j].Mark(","):
			return k, false
		}
	}
	return k, false
}

// cutShort reports whether a post read up to ts[k] was cut inside its unit's
// name, a capitalised word going on where the post should end, and the index
// after the comma or semicolon that ends the name within a few words.
func cutShort(ts []scan.Token, k int) (int, bool) {
	if k >= len(ts) || !ts[k].Word || !ts[k].Cap() {
		return k, false
	}
	for j := k; j < len(ts) && j < k+14; j++ {
		if ts[j].Mark(";") || ts[j].Mark(",") {
			return j + 1, true
		}
		if !ts[j].Word {
			break
		}
	}
	return k, false
}

// careerOf is whose career begins at ts[cue] in s: the last person named in s
// before it, else the last named before s — the one whose name ends as a
// short reference before the cue does (ông Cường), where there is one.
func careerOf(ms []recognize.PersonMention, s model.Sentence, ts []scan.Token, cue int) (recognize.PersonMention, bool) {
	at := s.Start + ts[cue].Start
	short, j := "", cue-1
	for j >= 0 && ts[j].Is("từng", "đã", "cũng", "lần", "lượt") {
		j--
	}
	if j >= 1 && ts[j-1].Is("ông", "bà") && ts[j].Cap() {
		short = ts[j].Key
	}
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.Sentence > s.Index || m.Sentence == s.Index && m.Name.Span.Start >= at {
			continue
		}
		if short != "" {
			ws := strings.Fields(vn.Key(m.Name.Text))
			if len(ws) == 0 || ws[len(ws)-1] != short {
				continue
			}
		}
		return m, true
	}
	return recognize.PersonMention{}, false
}

// nextStep is when the step of a career told after the sentence at (a
// career list) began: the first later sentence about the person named name
// that opens on a date and takes a post up ("Tháng 6/2024, ông Ngọc được
// điều động giữ chức Chánh Văn phòng Trung ương Đảng"), by the name, the
// given name after ông or bà, or ông or bà alone opening the clause. The
// posts of the list were left by then. A sentence naming someone else in
// full ends the search: the page has moved on to another person; a date
// that takes no post up ("Đầu năm 2021, ông Ngọc được thăng hàm Trung
// tướng") is passed over.
func nextStep(ss []recognize.Sentence, ms []recognize.PersonMention, at int, name string) (model.When, bool) {
	ws := strings.Fields(vn.Key(name))
	if len(ws) < 2 {
		return model.When{}, false
	}
	given := ws[len(ws)-1]
	for _, s := range ss {
		if s.Index <= at || s.Kind == model.Byline || s.Kind == model.Header {
			continue
		}
		ts := s.Tokens
		ref := -1
		for _, m := range ms {
			if m.Sentence != s.Index {
				continue
			}
			if m.Name.Text != name && len(strings.Fields(m.Name.Text)) > 1 {
				return model.When{}, false
			}
			for i, t := range ts {
				if m.Name.Text == name && ref < 0 && s.Start+t.Start == m.Name.Span.Start {
					ref = i
				}
			}
		}
		if len(s.Dates) == 0 {
			continue
		}
		for i := 0; i+1 < len(ts) && ref < 0; i++ {
			if !ts[i].Is("ông", "bà") {
				continue
			}
			switch {
			case ts[i+1].Key == given && ts[i+1].Cap():
				ref = i
			case i > 0 && ts[i-1].Mark(",") && !ts[i+1].Cap() && ts[i+1].Word:
				ref = i
			}
		}
		if ref < 0 {
			continue
		}
		d, ok := stepDate(s, ref)
		if !ok {
			continue
		}
		p := parser{ts: ts}
		if p.takesOffice() {
			return d, true
		}
	}
	return model.When{}, false
}

// electedBefore is the last mention of the person named name, in ms, at or
// before sentence at, that takes up a post; the zero mention when none does.
func electedBefore(ms []recognize.PersonMention, name string, at int) recognize.PersonMention {
	var out recognize.PersonMention
	for _, m := range ms {
		if m.Name.Text != name || m.Sentence > at || out.Name.Text != "" && m.Sentence < out.Sentence {
			continue
		}
		for _, q := range m.Posts {
			if q.Elected {
				out = m
				break
			}
		}
	}
	return out
}

// notHeld is posts less those the person named name is shown taking up in
// ms, the mentions of the article: a career that ends on the post taken up
// at the event ("phó bí thư Tỉnh ủy rồi bí thư Tỉnh ủy tỉnh Bình Phước", of
// the Bí thư Tỉnh ủy Bình Phước re-elected) leaves that post held. A post the
// person held until the event (Phó trưởng Ban Kinh tế Trung ương, of one
// transferred to a province) stays in the career.
func notHeld(posts []post, name string, ms []recognize.PersonMention) []post {
	var out []post
	for _, q := range posts {
		held := false
		for _, m := range ms {
			if m.Name.Text != name {
				continue
			}
			for _, h := range m.Posts {
				if u, ok := h.ParsedUnit(); ok && h.Elected && h.Title == q.title && q.unitEnd > q.unitStart && sameUnit(u, q.unit) {
					held = true
				}
			}
		}
		if !held {
			out = append(out, q)
		}
	}
	return out
}

// seatsKept is posts less the seats in a party committee ("Tỉnh uỷ viên")
// of which the person named name holds, in ms, a post the article does not
// end: one a career shows a member of the Tỉnh ủy, its Bí thư now, is a
// member still (Tỉnh uỷ viên, Bí thư Huyện uỷ Nông Cống (2009-2010); of the
// Bí thư Tỉnh ủy elected: vpdangdoanvinhuni 2020).
func seatsKept(posts []post, name string, ms []recognize.PersonMention) []post {
	var out []post
	for _, q := range posts {
		kept := false
		if q.title == "Ủy viên" && q.unit.Committee() {
			for _, m := range ms {
				if m.Name.Text != name {
					continue
				}
				for _, h := range m.Posts {
					u, ok := h.ParsedUnit()
					if !ok || h.Former {
						continue
					}
					if u.Body() && u.Of != nil {
						u = *u.Of // Ủy viên Ban Thường vụ Tỉnh ủy
					}
					kept = kept || u.Committee() && vn.Key(u.String()) == vn.Key(q.unit.String()) // the same place, or both bare
				}
			}
		}
		if !kept {
			out = append(out, q)
		}
	}
	return out
}

// takenUpOn is the last day a career of who was held on, where who's
// mention takes up a post on a day its sentence prints ("Ông Hồ Văn Niên ...
// tái đắc cử bí thư tỉnh ủy Gia Lai ngày 29/9", "Ngày 1.10. ông được ...
// bầu giữ chức Chủ tịch UBND tỉnh"): the day before, or the month before
// for the first of a month. A date of birth (sinh ngày ...) is none.
func takenUpOn(ss []recognize.Sentence, who recognize.PersonMention) (model.When, bool) {
	elected := false
	for _, q := range who.Posts {
		elected = elected || q.Elected
	}
	if !elected {
		return model.When{}, false
	}
	for _, s := range ss {
		if s.Index != who.Sentence {
			continue
		}
		for _, d := range s.Dates {
			w := d.From
			if d.IsRange() || w.Day == 0 || w.Month == 0 || strings.Contains(vn.Key(string(s.Runes[max(0, d.Start-12):d.Start])), "sinh") {
				continue
			}
			return dayBefore(w)
		}
	}
	return model.When{}, false
}
