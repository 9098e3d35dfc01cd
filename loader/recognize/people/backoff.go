package people

import (
	"sync"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// unclaimed is the back-off of the readers above: a verb of taking up or
// holding a post (giữ chức, được bầu làm, bổ nhiệm giữ chức vụ, đảm nhiệm
// chức vụ …) with a post after it that no reader gave anyone gives that post
// to the person the clause is about, the last one named before the verb.
// The readers tie such a verb to a name only in the shapes they know (the
// name, its posts in apposition, then the verb); a sentence that puts a
// clause between them leaves the post unattached: "Ông Phạm Ngọc Minh (Tỉnh
// ủy viên, Bí thư Huyện ủy …) được điều động đến công tác và bổ nhiệm giữ
// chức vụ Trưởng Ban quản lý Khu kinh tế tỉnh" (g001), "điều động ông Lê
// Thành Long thôi giữ chức vụ Phó Bí thư Tỉnh ủy, thôi tham gia …, để trở
// lại giữ chức vụ Thứ trưởng Bộ Tư pháp" (b031), "bà A đã được điều động
// đảm nhiệm chức vụ Trưởng ban Tổ chức Thành uỷ" (y013).
//
// It gives nothing across a clause's end (; : .), to a person named after
// thay (the one replaced: "A thay ông B làm Thường trực Ban Bí thư" is A's),
// where the clause speaks of what is to come or not (sẽ, dự kiến, chưa,
// không), or of what was before (trước khi, từng); nor a post the person
// already has. A post the clause puts someone forward for (giới thiệu …
// để bầu giữ chức) is read here and dropped by putForward, the one test
// of every reader, which tells "được giới thiệu và trúng cử" from it.
func (p *parser) unclaimed(out []recognize.PersonMention) {
	if len(out) == 0 {
		return
	}
	ts := p.ts
	claimed := p.claimed(out)
	for k := 0; k < len(ts); k++ {
		if claimed[k] || !ts[k].Word {
			continue
		}
		posts, v, end, ok := p.verbPosts(k, claimed)
		if !ok {
			continue
		}
		o := p.owner(out, k)
		if o < 0 {
			k = end - 1
			continue
		}
		start := p.tokenAt(out[o].Name.Start)
		elected := v.elected || p.appointing(0) || p.transferring() || p.electing(start)
		for _, q := range posts {
			q.verb = true
			p.give(&out[o], q, elected && !p.keptOn(k))
		}
		for x := k; x < end && x < len(claimed); x++ {
			claimed[x] = true
		}
		k = end - 1
	}
}

// verbPosts reads, at ts[k], a verb of taking up or holding a post and the
// posts after it, none of them claimed by a reader and each with its unit
// (or a title that names its post alone): a bare title after a verb (làm
// Trưởng ban) is the unit of the clause before, left to the readers.
func (p *parser) verbPosts(k int, claimed []bool) ([]post, verb, int, bool) {
	ts := p.ts
	for _, v := range takingUp() {
		if v.words == "là" {
			continue // là: a copula, the readers' (Bí thư Tỉnh ủy là ông A)
		}
		j, ok := p.verbAt(k, v)
		if !ok {
			continue
		}
		if k > 0 && ts[k-1].Is("thôi") {
			// thôi giữ chức: the post left, the leaving readers'.
			return nil, verb{}, k + 1, false
		}
		posts, end, ok := p.chain(j)
		if !ok {
			return nil, verb{}, k + 1, false
		}
		for _, q := range posts {
			if q.former || q.start < len(claimed) && claimed[q.start] || q.unitEnd == q.unitStart && !q.alone {
				return nil, verb{}, k + 1, false
			}
		}
		// The post's holder printed after it is another person's
		// (làm việc với Bí thư Tỉnh ủy Nguyễn Văn A).
		if p.nextNamed(end) || end < len(ts) && ts[end].Mark(",") && p.nextNamed(end+1) {
			return nil, verb{}, k + 1, false
		}
		return posts, v, end, true
	}
	return nil, verb{}, k + 1, false
}

// owner is the index in out of the person a verb at ts[k] speaks of: the last
// named before it, within its clause, not named as the one replaced; -1 when
// there is none or the clause does not give the post (see unclaimed).
func (p *parser) owner(out []recognize.PersonMention, k int) int {
	ts := p.ts
	skip := k // the tokens from thay to the end of a name replaced, passed over
	for o := len(out) - 1; o >= 0; o-- {
		start, end := p.tokenAt(out[o].Name.Start), p.tokenAt(out[o].Name.End)
		if end > k {
			continue
		}
		if k-end > 60 {
			return -1
		}
		for x := end; x < k; x++ {
			if x >= skip {
				break
			}
			if ts[x].Mark(";") || ts[x].Mark(":") || ts[x].Mark(".") {
				return -1
			}
			for _, w := range gapStops() {
				if seq(ts, x, w) {
					return -1
				}
			}
		}
		if out[o].Role != schema.RoleOfficial && !p.announcedBefore(start) {
			return -1 // a name read with no post and no ông, bà: perhaps no person (huyện Thạch An)
		}
		if h, ok := p.replacedAt(start); ok && skip == k {
			skip = h // thay ông B: B is left, the post is the one before's
			continue
		}
		return o
	}
	return -1
}

// gapStops are the words that, between a name and a verb of taking up a
// post, make the verb another subject's or no taking up: what is to come
// or not (dự kiến, sẽ, chưa, không), what was before (trước khi, từng, sau
// đó; trong thời gian giữ chức, khi giữ chức, thời điểm còn làm: a post
// held then), a successor's (thay), a speaker's report of others ("ông A …
// nêu rõ hai người được … bổ nhiệm giữ chức …"), a decision handed to
// someone (trao, công bố). A nominee's verb is read and left to putForward.
// Built once, read-only.
var gapStops = sync.OnceValue(func() []string {
	return []string{"dự kiến", "sẽ", "chưa", "không",
		"trước khi", "từng", "sau đó", "thời gian", "thời điểm", "còn", "khi", "lúc", "thay", "nêu", "cho biết", "cho rằng", "nói", "khẳng định", "nhấn mạnh",
		"phát biểu", "yêu cầu", "chúc mừng", "tin tưởng", "mong", "trao", "công bố", "đọc", "người", "các đồng chí", "những"}
})

// replacedAt reports whether the name at ts[start] is printed after thay or
// thay thế (perhaps then ông, bà, đồng chí): the one whose post is taken. It
// returns the index of thay.
func (p *parser) replacedAt(start int) (int, bool) {
	ts := p.ts
	h := start - 1
	if h >= 0 && ts[h].Is("ông", "bà") && !ts[h].Cap() {
		h--
	} else if h >= 1 && seq(ts, h-1, "đồng chí") {
		h -= 2
	}
	if h >= 1 && seq(ts, h-1, "thay thế") {
		return h - 1, true
	}
	return h, h >= 0 && ts[h].Is("thay")
}

// announcedBefore reports whether the name at ts[start] is announced by
// ông, bà, anh, chị or đồng chí.
func (p *parser) announcedBefore(start int) bool {
	ts := p.ts
	return start >= 1 && ts[start-1].Is("ông", "bà", "anh", "chị") || start >= 2 && seq(ts, start-2, "đồng chí")
}

// keptOn reports whether the verb at ts[k] follows tiếp tục: a post held on,
// not taken up (tiếp tục giữ chức vụ Tổng biên tập).
func (p *parser) keptOn(k int) bool {
	return k >= 2 && seq(p.ts, k-2, "tiếp tục")
}

// claimed marks the tokens of the names and posts out holds.
func (p *parser) claimed(out []recognize.PersonMention) []bool {
	c := make([]bool, len(p.ts))
	mark := func(sp model.Span) {
		if sp.End <= sp.Start {
			return
		}
		for k, t := range p.ts {
			if p.base+t.Start >= sp.Start && p.base+t.End <= sp.End {
				c[k] = true
			}
		}
	}
	for _, m := range out {
		mark(m.Name.Span)
		for _, q := range m.Posts {
			mark(q.Printed.Span)
			mark(q.Unit.Span)
		}
	}
	return c
}

// give adds q to m's posts, taken up at the event when elected, unless m
// holds its title and printed unit already (has): unclaimed's and
// framedLists' way of giving a post no reader gave. m is an official then.
func (p *parser) give(m *recognize.PersonMention, q post, elected bool) {
	q.elected = elected
	pm := p.postMention(q)
	pm.Elected = elected
	if has(m.Posts, pm) {
		return
	}
	m.Posts = append(m.Posts, pm)
	m.Role = schema.RoleOfficial
}

// has reports whether posts hold pm's title and printed unit already.
func has(posts []recognize.PostMention, pm recognize.PostMention) bool {
	for _, q := range posts {
		// Keyed as the other readers compare units (titledSeat): Tỉnh uỷ
		// and Tỉnh ủy are one unit printed two ways.
		if q.Title == pm.Title && vn.Key(q.Unit.Text) == vn.Key(pm.Unit.Text) {
			return true
		}
	}
	return false
}

// framedLists gives the post a frame prints before a list of people to each
// person the list names, when no reader did: a post, then gồm or là, then
// the names, each perhaps with its own posts — "Các đồng chí được bầu giữ
// chức Phó Bí thư Tỉnh ủy khóa 19 gồm: A, …; B, …" (u014), "tổ đại biểu
// Quốc hội gồm ông A, … và bà B, …" (fr002). A title printed without its
// unit (5 Phó chủ tịch là: ông A, ông B …) frames nothing here: its unit is
// the article's to give. The list runs while only marks, và, ông,
// bà, đồng chí and a degree (tiến sỹ kinh tế) stand between one item and
// the next; any other word ends it. A post after a count (03 Phó Chủ tịch
// UBND tỉnh gồm: …) is left to the readers of counted lists.
func (p *parser) framedLists(out []recognize.PersonMention) {
	if len(out) == 0 {
		return
	}
	ts := p.ts
	claimed := p.claimed(out)
	for k := 0; k < len(ts); k++ {
		if claimed[k] || !ts[k].Word {
			continue
		}
		q, e, ok := p.framePost(k)
		if !ok {
			continue
		}
		listed := p.listAfter(out, e)
		if len(listed) == 0 {
			k = e - 1
			continue
		}
		elected := p.takingUpBefore(k)
		for _, o := range listed {
			p.give(&out[o], q, elected)
		}
		k = e - 1
	}
}

// degreeWords are the words of the degrees printed before a listed name
// (giáo sư, tiến sỹ kinh tế, thạc sỹ luật); any other word in small letters
// ends a list (là người địa phương, ông A: no item).
// Built once, read-only.
var degreeWords = sync.OnceValue(func() []string {
	return []string{"giáo", "sư", "phó", "tiến", "sỹ", "sĩ", "thạc", "kinh", "tế", "luật", "kỹ", "cử", "nhân", "bác"}
})

// framePost reads at ts[k] a post that frames a list: the post with its
// unit (or a title that names its post alone), perhaps a term or kiêm
// nhiệm, then gồm or là and perhaps a colon. It returns the post and the
// index after the frame.
func (p *parser) framePost(k int) (post, int, bool) {
	ts := p.ts
	if k > 0 && countWord(ts[k-1]) || k > 1 && ts[k-2].Digits() || k > 0 && ts[k-1].Digits() {
		return post{}, k, false // 03 Phó Chủ tịch … gồm: a count, the counted readers'
	}
	q, e, ok := p.post(k)
	if !ok || q.former || q.unitEnd == q.unitStart && !q.alone {
		// A title without its unit (5 Phó chủ tịch là: …) is left to the
		// readers: the unit is the article's to give, and resolve gives a
		// bare title none here.
		return post{}, k, false
	}
	e = p.term(e)
	for _, w := range []string{"kiêm nhiệm", "chuyên trách"} {
		if x, ok := scan.Seq(ts, e, w); ok {
			e = x
		}
	}
	if e >= len(ts) || !ts[e].Is("gồm", "là") {
		return post{}, k, false
	}
	e++
	if e < len(ts) && ts[e].Mark(":") {
		e++
	}
	return q, e, true
}

// takingUpBefore reports whether a verb of taking up a post stands right
// before ts[k] (bổ nhiệm, bầu, giữ chức, perhaps with an agent between
// được and the verb: được Bộ Chính trị, Ban Bí thư bổ nhiệm).
func (p *parser) takingUpBefore(k int) bool {
	ts := p.ts
	for x := k - 1; x >= 0 && x >= k-3; x-- {
		if ts[x].Is("bầu", "cử") || seq(ts, x, "giữ chức") || seq(ts, x, "bổ nhiệm") {
			return true
		}
	}
	return false
}

// listAfter returns the indexes in out of the people listed from ts[e]: the
// first named right after the frame, each next after the one before and its
// posts, with only marks, và, ông, bà, đồng chí, anh, chị and a degree
// (degreeWords) between.
func (p *parser) listAfter(out []recognize.PersonMention, e int) []int {
	ts := p.ts
	var listed []int
	at := e
	for o := range out {
		start := p.tokenAt(out[o].Name.Start)
		if start < at {
			continue
		}
		small := 0
		for x := at; x < start; x++ {
			t := ts[x]
			switch {
			case t.Mark(",") || t.Mark(";") || t.Mark(":") || t.Mark("(") || t.Mark(")"):
			case t.Is("và", "ông", "bà", "anh", "chị", "các") && !t.Cap():
			case seq(ts, x, "đồng chí"):
				x++
			case t.Is(degreeWords()...) && !t.Cap() && small < 6:
				small++ // giáo sư, tiến sỹ kinh tế: a degree before the name
			default:
				return listed
			}
		}
		listed = append(listed, o)
		at = p.tokenAt(out[o].Name.End)
		for _, q := range out[o].Posts {
			if q.Printed.End > 0 {
				if x := p.tokenAt(q.Printed.End); x > at {
					at = x
				}
			}
		}
	}
	return listed
}
