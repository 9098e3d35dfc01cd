package people

import (
	"strings"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// Profiles reads the posts of the one-sentence profile that death notices
// and announcements of new leaders print: the person, sinh ngày (or năm),
// then parts set off by semicolons — where they come from, when they joined
// the Party, then their seats and posts: "Đồng chí Trương Vĩnh Trọng (tên
// thường gọi Hai Nghĩa), sinh ngày 11/11/1942; quê quán: ...; vào Đảng ngày
// 25/10/1964; Uỷ viên Ban Chấp hành Trung ương Đảng các khoá VII, VIII, IX,
// X; Bí thư Trung ương Đảng các khoá IX, X; ...; nguyên Trưởng Ban Nội chính
// Trung ương". A part that opens on a post gives that post and those joined
// to it; any other part (quê quán, thường trú, Huân chương) gives nothing.
// A seat held over terms of the Central Committee that are over by the
// article's year — the latest year it prints a full date in (a death, a
// decision), not a target's — ends when the last of them ended (lexicon's
// national congresses): a former seat. A seat in the National Assembly over
// terms over before that year ends when the last one's Assembly did. ms are the people the other readers found in
// ss, in order; the result adds one mention a profile.
func Profiles(ss []recognize.Sentence, ms []recognize.PersonMention) []recognize.PersonMention {
	out := ms
	latest := latestDay(ss)
	for _, s := range ss {
		if s.Kind == model.Byline || s.Kind == model.Header || !strings.Contains(s.Text, "sinh") && !strings.Contains(s.Text, "tuổi") && !strings.Contains(s.Text, ";") && !strings.Contains(s.Text, "khóa") && !strings.Contains(s.Text, "khoá") {
			continue
		}
		ts := s.Tokens
		who, born, seats, ok := profiled(ms, s, ts)
		if !ok {
			continue
		}
		m, parts, ok := profileParts(s, born, seats, who, latest)
		if ok && !(seats && parts < 2 && !termEnded(m)) {
			// Ông A là Ủy viên Trung ương Đảng khóa XI, XII. (haiquanonline
			// 2021, a page of June 2021): one seat after là, read by Find
			// too, is the profile's only when its terms are over.
			if seats {
				// Ông A là B khóa XIII; C khóa XII, XIII; D: the list
				// replaces the mention Find read of its first part alone.
				out = notIn(out, s.Index, who.Name.Text)
			}
			out = append(out, m)
		}
		if seats {
			continue
		}
		// The profile goes on past a full stop: "…, vào Đảng Cộng sản Việt
		// Nam ngày 15-7-1959. Nguyên Ủy viên Ban Chấp hành Trung ương Đảng
		// các khóa V, …; nguyên Thủ tướng Chính phủ …. Đại biểu Quốc hội các
		// khóa VIII, IX, X, XI." (thongtinchongphandong 2018 on Phan Văn
		// Khải): each next sentence naming no one and opening on posts.
		for y := s.Index + 1; y < len(ss) && y <= s.Index+3; y++ {
			next := ss[y]
			if next.Kind != model.Body || named(ms, next.Index) {
				break
			}
			if ts := next.Tokens; len(ts) == 0 || !ts[0].Is("nguyên") && !newParser(next).startsTitle(0) {
				break
			}
			m, _, ok := profileParts(next, 0, false, who, latest)
			if !ok {
				break
			}
			out = append(out, m)
		}
	}
	return out
}

// profileParts reads the posts of the parts of a profile sentence s from
// ts[born] — the part it opens, then one after each semicolon — as a
// mention of who: seats over terms over by latest end with their last term.
// It returns how many parts gave posts; false when none did, or when seats
// (a list after là) opens on no post.
func profileParts(s recognize.Sentence, born int, seats bool, who recognize.PersonMention, latest model.When) (recognize.PersonMention, int, bool) {
	ts := s.Tokens
	p := newParser(s)
	var posts []post
	var lasts []int // the last term printed after each post, 0 for none
	parts := 0      // the parts that gave posts
	for k := born - 1; k < len(ts); k++ {
		if k >= born && !ts[k].Mark(";") || k+1 >= len(ts) {
			continue
		}
		got, ok := p.partPosts(k + 1)
		if !ok {
			if seats && k < born {
				return recognize.PersonMention{}, 0, false // là then no post: no list of seats
			}
			continue
		}
		parts++
		for _, q := range got {
			last := 0
			switch {
			case q.unit.Kind == schema.UnitCentral:
				last = centralTerms(ts, q.unitEnd, q.end)
			case q.title == "Đại biểu" && q.unit.Head == "Quốc hội":
				// Đại biểu Quốc hội các khóa VIII, XI: the Assembly's
				// terms are its own.
				last = -centralTerms(ts, q.unitEnd, q.end)
			}
			lasts = append(lasts, last)
		}
		posts = append(posts, got...)
	}
	if len(posts) == 0 {
		return recognize.PersonMention{}, 0, false
	}
	sharedTerms(posts, lasts)
	m := p.mention(0, 1, posts, who.Role)
	m.Name, m.Sentence = who.Name, s.Index
	for x := range m.Posts {
		if end, ok := assemblyEnd(-lasts[x]); ok && end.Year < latest.Year {
			m.Posts[x].End, m.Posts[x].Former = end, true
			continue
		}
		if end, ok := termEnd(lasts[x]); ok && termOver(end, latest) {
			m.Posts[x].End, m.Posts[x].Former = end, true
		}
	}
	return m, parts, len(m.Posts) > 0
}

// termEnded reports whether m holds a post its printed terms ended.
func termEnded(m recognize.PersonMention) bool {
	for _, q := range m.Posts {
		if q.Former && !q.End.IsZero() {
			return true
		}
	}
	return false
}

// named reports whether ms name someone in sentence at.
func named(ms []recognize.PersonMention, at int) bool {
	for _, m := range ms {
		if m.Sentence == at {
			return true
		}
	}
	return false
}

// partPosts reads the posts of the part of a profile that begins at ts[j]:
// posts opening it ("Uỷ viên Ban Chấp hành Trung ương Đảng các khoá VII, …";
// "Nguyên là: Ủy viên Ban Thường vụ …"), or the posts that close it after a
// comma ("là thạc sỹ luật; lý luận chính trị cao cấp, Ủy viên Trung ương
// Đảng khóa 12, Đại biểu Quốc hội khóa 14 thuộc đoàn Hải Dương"; "quê quán:
// …, trình độ Tiến sĩ, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Ninh").
// Either must run to the part's end — a semicolon, a full stop, the end,
// or thuộc (the delegation a deputy is of): a part that goes on past its
// posts is something else.
func (p *parser) partPosts(j int) ([]post, bool) {
	ts := p.ts
	closes := func(e int) bool {
		return e >= len(ts) || ts[e].Mark(";") || ts[e].Mark(".") || ts[e].Is("thuộc")
	}
	if e, ok := scan.Seq(ts, j, "nguyên là"); ok {
		j = e // Nguyên là: Ủy viên Ban Thường vụ ...
		if j < len(ts) && ts[j].Mark(":") {
			j++
		}
	}
	if got, e, ok := p.chain(j); ok && closes(p.dated(got, e)) {
		return got, true
	}
	for k := j + 1; k < len(ts) && !ts[k].Mark(";"); k++ {
		// ..., trình độ thạc sĩ Kinh tế, là ủy viên Trung ương Đảng khóa
		// 13, đại biểu Quốc hội khóa 15 (24h 2026 on Đỗ Thanh Bình).
		after := ts[k-1].Mark(",") || k >= 2 && ts[k-1].Is("là") && ts[k-2].Mark(",")
		if !after || !p.startsTitle(k) {
			continue
		}
		if got, e, ok := p.chain(k); ok && closes(p.dated(got, e)) {
			return got, true
		}
	}
	return nil, false
}

// dated reads a bracket at ts[e] after the posts got of a profile's part:
// the span the last was held over, "Phó Thủ tướng Chính phủ (8/2002 -
// 6/2006)", or a date that gives none, "Bí thư Trung ương Đảng Khóa XIII
// (từ 10-2023)". It returns the index after the bracket; e where none is.
func (p *parser) dated(got []post, e int) int {
	ts := p.ts
	if e >= len(ts) || !ts[e].Mark("(") || len(got) == 0 {
		return e
	}
	c := e + 1
	for c < len(ts) && c < e+12 && !ts[c].Mark(")") {
		c++
	}
	if c >= len(ts) || !ts[c].Mark(")") {
		return e
	}
	lo, hi := ts[e].End, ts[c].Start
	var in []dates.Match
	for _, d := range p.dates {
		if d.Start >= lo && d.End <= hi {
			in = append(in, d)
		}
	}
	var from, to model.When
	switch {
	case len(in) > 0:
		from, to = in[0].From, in[0].To
		if !in[0].IsRange() && len(in) == 2 {
			to = in[1].From
		}
	case c == e+4 && (ts[e+2].Mark("-") || ts[e+2].Mark("–")):
		// (8/2002 - 6/2006): months and years dates.Find leaves alone.
		var two bool
		if from, _, two = careerDate(ts[e+1].Text); !two {
			if to, _, two = careerDate(ts[e+3].Text); two {
				to = model.When{}
			}
		}
	case c == e+2:
		from, to, _ = careerDate(ts[e+1].Text) // (2002-2006)
	}
	if from.Year > 0 && to.Year > 0 && (before(from, to) || from == to) {
		got[len(got)-1].held = [2]model.When{from, to}
	}
	return c + 1
}

// sharedTerms gives a seat of the Central Committee's bodies printed with no
// term the term of the seat printed right after it: "Ủy viên Bộ Chính trị,
// Bí thư Trung ương Đảng khóa X" (baolangson 2013 on Hồ Đức Việt). lasts are
// the terms read after each of posts, 0 for none.
func sharedTerms(posts []post, lasts []int) {
	for x := len(posts) - 2; x >= 0; x-- {
		q, next := posts[x], posts[x+1]
		if lasts[x] == 0 && lasts[x+1] > 0 && q.unit.Kind == schema.UnitCentral && next.unit.Kind == schema.UnitCentral && next.start-q.end <= 1 {
			lasts[x] = lasts[x+1]
		}
	}
}

// notIn is ms less the mentions of the person named name read in sentence at.
func notIn(ms []recognize.PersonMention, at int, name string) []recognize.PersonMention {
	var out []recognize.PersonMention
	for _, m := range ms {
		if m.Sentence != at || m.Name.Text != name {
			out = append(out, m)
		}
	}
	return out
}

// profiled is the person a profile sentence s is of, and the index after
// what opens its parts: a person named within the sentence's first words —
// in full, or by ông or bà and the given name of the last person named in
// full before it whose name ends so ("Ông Bình sinh năm 1967, ...", as
// Referred's short references) — followed, past a bracket
// and a comma, by sinh ngày or sinh năm, or by an age ("Thượng tướng Lê
// Chiêm 63 tuổi; ...; Ủy viên Trung ương Đảng khóa XI, XII"); or by là
// and a list of seats set off by semicolons ("Ông Lê Hoài Trung là Bí thư
// Trung ương Đảng khóa XIII; Ủy viên Trung ương Đảng khóa XII, XIII; Đại
// biểu Quốc hội khóa XV"), seats then set: a list, which needs two parts
// of posts (one part is a plain apposition, Find's).
func profiled(ms []recognize.PersonMention, s recognize.Sentence, ts []scan.Token) (who recognize.PersonMention, born int, seats, ok bool) {
	for _, m := range ms {
		if m.Sentence != s.Index || len(strings.Fields(m.Name.Text)) < 2 {
			continue
		}
		end := -1
		for i, t := range ts {
			if s.Start+t.Start >= m.Name.Span.End {
				end = i
				break
			}
		}
		if end < 0 || end > 8 {
			return recognize.PersonMention{}, 0, false, false
		}
		born, seats, ok = profileOpens(ts, end)
		return m, born, seats, ok
	}
	// Ông Bình sinh năm 1967: the given name of the last person named in
	// full before the sentence.
	if len(ts) < 3 || !ts[0].Is("ông", "bà") || !ts[1].TitleCase() || ts[2].TitleCase() {
		return recognize.PersonMention{}, 0, false, false
	}
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		ws := strings.Fields(vn.Key(m.Name.Text))
		if m.Sentence >= s.Index || len(ws) < 2 {
			continue
		}
		if ws[len(ws)-1] != ts[1].Key {
			continue
		}
		born, seats, ok = profileOpens(ts, 2)
		if seats {
			return recognize.PersonMention{}, 0, false, false
		}
		return m, born, seats, ok
	}
	return recognize.PersonMention{}, 0, false, false
}

// profileOpens reads what follows a profile's name, ending at ts[k]: a
// bracket and a comma passed over, then sinh ngày, sinh năm, an age (63
// tuổi), or là before a list of seats (seats set). It returns the index
// after it.
func profileOpens(ts []scan.Token, k int) (int, bool, bool) {
	if k < len(ts) && ts[k].Mark("(") {
		for k < len(ts) && !ts[k].Mark(")") {
			k++
		}
		k++
	}
	if k < len(ts) && ts[k].Mark(",") {
		k++
	}
	if e, ok := scan.Seq(ts, k, "sinh ngày"); ok {
		return e, false, true
	}
	if e, ok := scan.Seq(ts, k, "sinh năm"); ok {
		return e, false, true
	}
	if k+1 < len(ts) && isNumber(ts[k].Text) && ts[k+1].Is("tuổi") {
		return k + 2, false, true
	}
	if k+1 < len(ts) && ts[k].Is("là") && ts[k+1].Cap() {
		for j := k + 1; j < len(ts); j++ {
			// A list of seats set off by semicolons, or one seat printed
			// with its terms (Ủy viên Trung ương Đảng khóa XI, XII).
			if ts[j].Mark(";") || ts[j].Is("khóa", "khoá") {
				return k + 1, true, true
			}
		}
	}
	return 0, false, false
}

func isNumber(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// centralTerms is the last term (khóa) of the Central Committee printed
// after a seat in it, between ts[from] and ts[to] ("Ban Chấp hành Trung ương
// Đảng các khoá VII, VIII, IX, X" gives 10); 0 when none is printed.
func centralTerms(ts []scan.Token, from, to int) int {
	last := 0
	in := false
	for k := from; k < to && k < len(ts); k++ {
		if ts[k].Is("khóa", "khoá") {
			in = true
			continue
		}
		if in {
			if n, ok := scan.Ordinal(ts[k]); ok && n > last {
				last = n
			}
		}
	}
	return last
}

// latestDay is the latest full date (day, month and year) ss print; zero
// when they print none.
func latestDay(ss []recognize.Sentence) model.When {
	var latest model.When
	for _, s := range ss {
		for _, d := range s.Dates {
			for _, w := range []model.When{d.From, d.To} {
				if w.Day > 0 && w.Month > 0 && before(latest, w) {
					latest = w
				}
			}
		}
	}
	return latest
}

// termOver reports whether a term of the Central Committee that ended at
// end (the month the next congress opened) was over by latest, the latest
// full date an article prints: in an earlier month. A date in the month the
// congress opened says nothing (24h on 12 January 2026, khóa XIII's seats
// held until the XIVth opened on the 19th).
func termOver(end, latest model.When) bool {
	return end.Year < latest.Year || end.Year == latest.Year && end.Month < latest.Month
}

// assemblyEnd is when the National Assembly of term khoa left office: the
// month the next one first sat (lexicon.AssemblySittings). false for a term
// the lexicon does not know the end of.
func assemblyEnd(khoa int) (model.When, bool) {
	for _, c := range lexicon.AssemblySittings() {
		if khoa > 0 && c.Ordinal == khoa+1 {
			return model.When{Year: c.Year, Month: c.Month}, true
		}
	}
	return model.When{}, false
}

// termEnd is when the Central Committee of term khoa left office: the month
// the next national congress opened. false for a term still in office or
// one the lexicon does not know.
func termEnd(khoa int) (model.When, bool) {
	for _, c := range lexicon.NationalCongresses() {
		if c.Ordinal == khoa+1 {
			return model.When{Year: c.Year, Month: c.Month}, true
		}
	}
	return model.When{}, false
}
