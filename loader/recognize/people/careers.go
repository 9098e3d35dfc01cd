package people

import (
	"strings"

	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
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
	for _, s := range ss {
		if s.Kind == model.Byline || s.Kind == model.Header || !strings.Contains(s.Text, "qua") && !strings.Contains(s.Text, "từng") && !strings.Contains(s.Text, "Từng") && !strings.Contains(s.Text, "đã") {
			continue // no cue can be there: the sentence is not cut again
		}
		ts := s.Tokens
		cue, end, ok := careerCue(ts)
		if !ok {
			continue
		}
		p := newParser(s)
		posts := p.run(end)
		if len(posts) == 0 {
			continue
		}
		who, ok := careerOf(ms, s.Sentence, ts, cue)
		if !ok {
			continue
		}
		posts = notHeld(posts, who.Name.Text, ms)
		if len(posts) == 0 {
			continue
		}
		for x := range posts {
			posts[x].former = true
		}
		m := p.mention(cue, cue+1, posts, who.Role) // the name is who's, given below
		m.Name, m.Sentence = who.Name, s.Index
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
		out = append(out, m)
	}
	return out
}

// careerCue finds the words that open a career: kinh qua, trải qua, từng giữ
// or từng đảm nhiệm, then within a few words chức vụ, cương vị, vị trí or
// chức danh, then perhaps more words up to như or a colon. It returns where
// the cue begins and where its posts begin.
func careerCue(ts []scan.Token) (int, int, bool) {
	for i := range ts {
		var e int
		ok := false
		for _, w := range []string{"kinh qua", "trải qua", "từng giữ", "từng đảm nhiệm", "từng đảm nhận", "đảm nhiệm qua"} {
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
			return i, h, true
		}
	}
	return 0, 0, false
}

// run reads the posts of a career from ts[k]: posts joined by commas, kiêm,
// semicolons, và or rồi, a parenthesis after one passed over ("(nay là Sở Thông
// tin và Truyền thông)").
func (p *parser) run(k int) []post {
	ts := p.ts
	if k < len(ts) && ts[k].Mark(":") {
		k++
	}
	var out []post
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
			// phó chủ tịch thường trực, chủ tịch HĐND tỉnh: a title in
			// small letters printed bare before the post whose unit it
			// shares (shareUnits).
			q, j, bare := p.bare(k)
			if !bare {
				if j, ok := p.unread(k); ok && len(out) == 0 {
					// Trưởng phòng Nông nghiệp và Phát triển nông thôn;
					// Trưởng ban QLDA ...: a post whose unit the reader does
					// not know, left out; the career goes on after it.
					k = j
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
		out, k = append(out, posts...), e
		if k < len(ts) && ts[k].Mark("(") {
			open := k
			for k < len(ts) && !ts[k].Mark(")") {
				k++
			}
			if span, ok := p.bracketSpan(open, k); ok {
				out[len(out)-1].held = span
			}
			k++
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
			k++
			continue
		}
		break
	}
	shareUnits(out)
	alternateLeft(out)
	return out
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
	for j := k + 1; j < len(ts) && j <= k+14; j++ {
		switch {
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
