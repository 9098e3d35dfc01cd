package people

import (
	"slices"
	"strings"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
)

// Deceased ends the posts of the people an article reports dead: "Phó chủ
// tịch tỉnh Nghệ An Lê Ngọc Hoa ... đã qua đời", "Chủ tịch nước Trần Đại
// Quang sau một thời gian lâm bệnh, ..., đã từ trần", "Đồng chí A, nguyên
// ..., đã từ trần". Whoever dies holds no post at the event: every post the
// article gives them is a former one, which resolve ends the day before the
// event (or at the end the text states). The one who died is the last person
// named before the verb in its sentence; a relative printed before that name
// (mẹ, vợ, phu nhân … of ông A) died, not A, and gives nothing; so does a
// verb with a subject of its own (những người đã qua đời). ms are the
// people the other readers found in ss, in order; the result is ms with
// those posts marked former.
func Deceased(ss []recognize.Sentence, ms []recognize.PersonMention) []recognize.PersonMention {
	dead := map[string]bool{}
	for _, s := range ss {
		if s.Kind == model.Byline || s.Kind == model.Header {
			continue
		}
		mourned(s, ms, dead)
		if !slices.ContainsFunc(lexicon.DeathWords(), func(w string) bool { return strings.Contains(s.Text, w) }) {
			continue
		}
		ts := s.Tokens
		for i := range ts {
			if !slices.ContainsFunc(lexicon.DeathWords(), func(w string) bool { return seq(ts, i, w) }) {
				continue
			}
			if someoneElse(ts, i) {
				break
			}
			at := s.Start + ts[i].Start
			who := -1
			for x, m := range ms {
				if m.Sentence == s.Index && m.Name.Span.End <= at && len(strings.Fields(m.Name.Text)) > 1 && (who < 0 || m.Name.Span.Start > ms[who].Name.Span.Start) {
					who = x
				}
			}
			if who >= 0 && !kinBefore(ts, s.Start, ms[who]) && !othersInClause(ts, s.Start, ms[who], i) {
				dead[ms[who].Name.Text] = true
			}
			break
		}
	}
	if len(dead) == 0 {
		return ms
	}
	out := make([]recognize.PersonMention, len(ms))
	for x, m := range ms {
		if dead[m.Name.Text] && len(m.Posts) > 0 {
			posts := make([]recognize.PostMention, len(m.Posts))
			copy(posts, m.Posts)
			for k := range posts {
				posts[k].Former = true
			}
			m.Posts = posts
		}
		out[x] = m
	}
	return out
}

// someoneElse reports whether the verb at ts[i] has a subject of its own
// that names no one — "những người đã qua đời", "các liệt sĩ đã từ trần" —
// rather than the person named before it. "..., người vừa đột ngột từ
// trần": người after a comma or a bracket is the named person's apposition.
func someoneElse(ts []scan.Token, i int) bool {
	j := i - 1
	for j >= 0 && ts[j].Is("đã", "vừa", "mới", "đột", "ngột", "bất", "ngờ", "cũng") {
		j--
	}
	if j < 0 {
		return false
	}
	if ts[j].Is("người") {
		return !(j > 0 && (ts[j-1].Mark(",") || ts[j-1].Mark("(")))
	}
	for k := j; k >= 0 && k >= j-2; k-- {
		if ts[k].Is("những", "các", "nhiều", "mọi", "ai") {
			return true
		}
	}
	return false
}

// kinBefore reports whether the words just before m — before its name, or
// before the posts printed ahead of it — name a relative of m's (Mẹ ruột
// đồng chí A, phu nhân cố Tổng Bí thư B, vợ ông C), whose death the
// sentence reports.
func kinBefore(ts []scan.Token, base int, m recognize.PersonMention) bool {
	start := mentionStart(m)
	k := -1
	for i, t := range ts {
		if base+t.Start >= start {
			k = i
			break
		}
	}
	if k < 0 {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if ts[j].Is("mẹ", "cha", "bố", "vợ", "chồng", "con", "cháu", "nhân", "mẫu", "phụ") {
			return true // mẹ, phu nhân, thân mẫu, thân phụ
		}
		if !ts[j].Word {
			break
		}
	}
	return false
}

// mourned adds to dead the people s names right after a word of a funeral
// (lexicon.FuneralWords), past đồng chí, ông, bà or cố and the posts printed
// before the name: "thắp hương kính viếng đồng chí Bí thư Tỉnh ủy Phạm Duy
// Cường" (suckhoedoisong 2016), "Thượng tướng Tô Lâm tại đám tang ông Phạm
// Duy Cường" (2016). The one visited or buried is dead; the one who visits,
// and a board's head (Ban lễ tang do ông A làm Trưởng ban), are not — no
// name follows the word there.
func mourned(s recognize.Sentence, ms []recognize.PersonMention, dead map[string]bool) {
	lower := strings.ToLower(s.Text)
	words := lexicon.FuneralWords()
	if !slices.ContainsFunc(words, func(w string) bool { return strings.Contains(lower, w) }) {
		return
	}
	ts := s.Tokens
	for i := range ts {
		j := -1
		for _, w := range words {
			if e, ok := scan.Seq(ts, i, w); ok {
				j = e
				break
			}
		}
		if j < 0 {
			continue
		}
		if e, ok := scan.Seq(ts, j, "đồng chí"); ok {
			j = e
		} else if j < len(ts) && ts[j].Is("ông", "bà", "cố") && !ts[j].Cap() {
			j++
		}
		if j >= len(ts) {
			return
		}
		at := s.Start + ts[j].Start
		for _, m := range ms {
			if m.Sentence == s.Index && len(strings.Fields(m.Name.Text)) > 1 && mentionStart(m) == at {
				dead[m.Name.Text] = true
			}
		}
	}
}

// mentionStart is where m begins in the text: at its name, or at the first
// of its posts printed before the name.
func mentionStart(m recognize.PersonMention) int {
	start := m.Name.Span.Start
	for _, q := range m.Posts {
		if q.Printed.Text != "" && q.Printed.Span.Start < start {
			start = q.Printed.Span.Start
		}
	}
	return start
}

// othersInClause reports whether, between m (its name and the posts printed
// after it) and the verb of dying at ts[i], the verb's clause — from the
// last comma or semicolon before it — names others by a plural (các, những,
// nhiều) of a noun of people (lexicon.PeopleNouns): "đồng chí A - Chủ tịch Ủy ban MTTQ tỉnh đã đến thăm và tặng quà
// Tết cho các gia đình cán bộ chủ chốt của tỉnh đã từ trần" (mattrankhanhhoa
// 2022). They died, not A, who visits them. "Đồng chí A, nguyên ..., sau một
// thời gian lâm bệnh, mặc dù đã được ... các giáo sư, bác sĩ tận tình cứu
// chữa, ..., đã từ trần": the plural is in a clause of its own. "sau nhiều
// năm lâm bệnh đã từ trần", "và nhiều huân chương cao quý khác đã từ trần":
// a plural of no people names no one else.
func othersInClause(ts []scan.Token, base int, m recognize.PersonMention, i int) bool {
	end := m.Name.Span.End
	for _, q := range m.Posts {
		if q.Printed.Text != "" && q.Printed.Span.End > end {
			end = q.Printed.Span.End
		}
	}
	for j := i - 1; j >= 0 && base+ts[j].Start >= end; j-- {
		if ts[j].Mark(",") || ts[j].Mark(";") {
			return false
		}
		if ts[j].Is("các", "những", "nhiều") && !ts[j].Cap() && j+1 < i && slices.ContainsFunc(lexicon.PeopleNouns(), func(n string) bool { return seq(ts, j+1, n) }) {
			return true
		}
	}
	return false
}
