package people

import (
	"strings"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/schema"
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
		if s.Kind == model.Byline || s.Kind == model.Header || !strings.Contains(s.Text, "sinh") {
			continue
		}
		ts := s.Tokens
		who, born, ok := profiled(ms, s, ts)
		if !ok {
			continue
		}
		p := newParser(s)
		var posts []post
		var lasts []int // the last term printed after each post, 0 for none
		for k := born - 1; k < len(ts); k++ {
			// Each part: the one sinh opens, then one after each semicolon.
			if k >= born && !ts[k].Mark(";") || k+1 >= len(ts) {
				continue
			}
			got, ok := p.partPosts(k + 1)
			if !ok {
				continue
			}
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
			continue
		}
		m := p.mention(0, 1, posts, who.Role)
		m.Name, m.Sentence = who.Name, s.Index
		for x := range m.Posts {
			if end, ok := assemblyEnd(-lasts[x]); ok && end.Year < latest {
				m.Posts[x].End, m.Posts[x].Former = end, true
				continue
			}
			if end, ok := termEnd(lasts[x]); ok && end.Year <= latest {
				m.Posts[x].End, m.Posts[x].Former = end, true
			}
		}
		out = append(out, m)
	}
	return out
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
	if got, e, ok := p.chain(j); ok && closes(e) {
		return got, true
	}
	for k := j + 1; k < len(ts) && !ts[k].Mark(";"); k++ {
		if !ts[k-1].Mark(",") || !p.startsTitle(k) {
			continue
		}
		if got, e, ok := p.chain(k); ok && closes(e) {
			return got, true
		}
	}
	return nil, false
}

// profiled is the person a profile sentence s is of, and the index after
// its sinh: a person named in full within the sentence's first words,
// followed — past a bracket and a comma — by sinh ngày or sinh năm.
func profiled(ms []recognize.PersonMention, s recognize.Sentence, ts []scan.Token) (recognize.PersonMention, int, bool) {
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
			return recognize.PersonMention{}, 0, false
		}
		k := end
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
			return m, e, true
		}
		if e, ok := scan.Seq(ts, k, "sinh năm"); ok {
			return m, e, true
		}
		return recognize.PersonMention{}, 0, false
	}
	return recognize.PersonMention{}, 0, false
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

// latestDay is the latest year ss print a full date in (day, month and
// year); 0 when they print none.
func latestDay(ss []recognize.Sentence) int {
	latest := 0
	for _, s := range ss {
		for _, d := range s.Dates {
			for _, w := range []model.When{d.From, d.To} {
				if w.Day > 0 && w.Month > 0 && w.Year > latest {
					latest = w.Year
				}
			}
		}
	}
	return latest
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
