package people

import (
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/schema"
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
// where the clause puts someone forward (giới thiệu, đề cử, ứng cử, đề
// nghị), speaks of what is to come or not (sẽ, dự kiến, chưa, không), or
// of what was before (trước khi, từng); nor a post the person already has.
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
			q.elected = elected && !p.keptOn(k)
			q.verb = true
			pm := p.postMention(q)
			pm.Elected = q.elected
			if has(out[o].Posts, pm) {
				continue
			}
			out[o].Posts = append(out[o].Posts, pm)
			out[o].Role = schema.RoleOfficial
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
		e, ok := scan.Seq(ts, k, v.words)
		if !ok {
			continue
		}
		if k > 0 && ts[k-1].Is("thôi") {
			// thôi giữ chức: the post left, the leaving readers'.
			return nil, verb{}, k + 1, false
		}
		j := p.titleNoun(e, v.words)
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
			for _, w := range gapStops {
				if seq(ts, x, w) {
					return -1
				}
			}
		}
		if out[o].Role != schema.RoleOfficial && !p.announced0(start) {
			return -1 // a name read with no post and no ông, bà: perhaps no person (huyện Thạch An)
		}
		if h, ok := p.replacedAt(start); ok && skip == k {
			skip = h // thay ông B: B is left, the post is the one before's
			continue
		}
		for x := p.clauseStart(start); x < start; x++ {
			for _, w := range []string{"giới thiệu", "đề cử", "đề nghị", "ứng cử"} {
				if seq(ts, x, w) {
					return -1 // giới thiệu đồng chí A, …, bầu giữ chức: a nominee's
				}
			}
		}
		return o
	}
	return -1
}

// clauseStart is the index after the last ; or : before ts[k], or 0.
func (p *parser) clauseStart(k int) int {
	for x := k - 1; x >= 0; x-- {
		if p.ts[x].Mark(";") || p.ts[x].Mark(":") {
			return x + 1
		}
	}
	return 0
}

// gapStops are the words that, between a name and a verb of taking up a
// post, make the verb another subject's or no taking up: a nominee's (giới
// thiệu, đề cử, ứng cử, đề nghị), what is to come or not (dự kiến, sẽ, chưa,
// không), what was before (trước khi, từng, sau đó; trong thời gian giữ
// chức, khi giữ chức, thời điểm còn làm: a post held then), a successor's
// (thay),
// a speaker's report of others ("ông A … nêu rõ hai người được … bổ nhiệm
// giữ chức …"), a decision handed to someone (trao, công bố).
var gapStops = []string{"giới thiệu", "đề cử", "ứng cử", "đề nghị", "dự kiến", "sẽ", "chưa", "không",
	"trước khi", "từng", "sau đó", "thời gian", "thời điểm", "còn", "khi", "lúc", "thay", "nêu", "cho biết", "cho rằng", "nói", "khẳng định", "nhấn mạnh",
	"phát biểu", "yêu cầu", "chúc mừng", "tin tưởng", "mong", "trao", "công bố", "đọc", "người", "các đồng chí", "những"}

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

// announced0 reports whether the name at ts[start] is announced by ông, bà,
// anh, chị or đồng chí.
func (p *parser) announced0(start int) bool {
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

// has reports whether posts hold pm's title and printed unit already.
func has(posts []recognize.PostMention, pm recognize.PostMention) bool {
	for _, q := range posts {
		if q.Title == pm.Title && q.Unit.Text == pm.Unit.Text {
			return true
		}
	}
	return false
}
