package people

import (
	"strings"
	"sync"
	"time"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/loader/recognize/units"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// sanctioned marks the posts a disciplinary sanction ends at the event, among
// the people out that p's sentence names (Find's result, in order):
//
//   - "thi hành kỷ luật đồng chí A, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy,
//     Trưởng Đoàn ĐBQH tỉnh X bằng hình thức cách chức tất cả các chức vụ
//     trong Đảng": A's party posts end; a state post (the deputies' delegation)
//     survives a sanction of party posts;
//   - "... bằng hình thức khai trừ ra khỏi Đảng": the same, expelled;
//   - "kỷ luật đồng chí A bằng hình thức cách chức Ủy viên Ban Chấp hành
//     Trung ương Đảng khóa XII; cách chức Phó Bí thư Thường trực Thành ủy":
//     the posts named after cách chức end, added to A's where not printed with
//     the name.
//
// The sanctioned is the person named last before the sanction, or the next
// one where the sanction comes first ("bằng hình thức cách chức tất cả các
// chức vụ trong Đảng đối với đồng chí A, ..."). A sanction only proposed
// (đề nghị, xem xét, kiến nghị cách chức) ends nothing yet.
func (p *parser) sanctioned(out []recognize.PersonMention) {
	ts := p.ts
	for k := 0; k < len(ts); k++ {
		if e, ok := releasedAll(ts, k); ok && !p.releaseProposed(k) {
			// đã xem xét cho thôi giữ các chức vụ, nghỉ công tác đối với
			// bà A, Ủy viên Bộ Chính trị, Ủy viên Ban Chấp hành Trung ương
			// Đảng khóa XIII: every post of each named.
			for _, a := range p.addressees(e) {
				if y := p.mentionFrom(out, a.start); y >= 0 {
					for i := range out[y].Posts {
						out[y].Posts[i].Former, out[y].Posts[i].Elected = true, false
					}
				}
			}
			continue
		}
		if e, ok := removed(ts, k); ok && !p.proposed(k) {
			if x := p.mentionFrom(out, e); x >= 0 {
				for i := range out[x].Posts {
					out[x].Posts[i].Former, out[x].Posts[i].Elected = true, false
				}
			}
			continue
		}
		all, posts, end := p.sanction(k)
		if !all && len(posts) == 0 {
			continue
		}
		if p.proposed(k) {
			k = end - 1
			continue
		}
		x := -1
		if e, ok := scan.Seq(ts, end, "đối với"); ok {
			x = p.mentionFrom(out, e)
			if who := p.addressees(e); x < 0 && len(who) > 0 {
				// đối với các đồng chí: A, ...: the first listed.
				x = p.mentionFrom(out, who[0].start)
			}
		} else if e, ok := towardsLater(ts, end); ok {
			// xóa tư cách chức vụ chủ tịch UBND tỉnh Thanh Hóa giai đoạn
			// 2015 - 2020, phó chủ tịch ... đối với ông Nguyễn Đình Xứng:
			// the person after the posts and their periods, not the one
			// who signs the decision before them.
			x = p.mentionFrom(out, e)
		} else {
			x = p.mentionBefore(out, k)
		}
		if x < 0 {
			k = end - 1
			continue
		}
		m := &out[x]
		if all {
			for i := range m.Posts {
				if partyPost(m.Posts[i]) {
					m.Posts[i].Former, m.Posts[i].Elected = true, false
				}
			}
			if e, ok := scan.Seq(ts, end, "đối với"); ok {
				// ... đối với các đồng chí: A, Phó Bí thư Đảng ủy xã Minh
				// Nghĩa; B, ... và C, ...: every one listed.
				for _, a := range p.addressees(e) {
					if y := p.mentionFrom(out, a.start); y >= 0 && y != x {
						for i := range out[y].Posts {
							if partyPost(out[y].Posts[i]) {
								out[y].Posts[i].Former, out[y].Posts[i].Elected = true, false
							}
						}
					}
				}
			}
		}
		for _, q := range posts {
			pm := p.postMention(q)
			pm.Former = true
			same := false
			for i := range m.Posts {
				if m.Posts[i].Title == pm.Title && sameUnitText(m.Posts[i].Unit.Text, pm.Unit.Text) {
					m.Posts[i].Former, m.Posts[i].Elected, same = true, false, true
				}
			}
			if !same {
				m.Posts = append(m.Posts, pm)
			}
		}
		if len(m.Posts) > 0 {
			m.Role = schema.RoleOfficial
		}
		k = end - 1
	}
}

// removals are lexicon.Removals' words by kind, in the table's order. Built
// once, read-only.
var removals = sync.OnceValue(func() map[lexicon.RemovalKind][]string {
	m := map[lexicon.RemovalKind][]string{}
	for _, r := range lexicon.Removals() {
		m[r.Kind] = append(m[r.Kind], r.Text)
	}
	return m
})

// sanction reads a sanction at ts[k]: all is set for one that ends every
// party post (khai trừ ra khỏi Đảng, cách chức tất cả các chức vụ trong
// Đảng), posts are those a cách chức names, one after another ("cách chức
// A khóa XII; cách chức B"), and end is the index after it.
func (p *parser) sanction(k int) (all bool, posts []post, end int) {
	ts := p.ts
	for _, w := range removals()[lexicon.RemovesAll] {
		if e, ok := scan.Seq(ts, k, w); ok {
			return true, nil, e
		}
	}
	end = k
	for {
		e, ok := scan.Seq(ts, end, "cách chức")
		if !ok {
			break
		}
		if h, ok := scan.Seq(ts, e, "vụ"); ok {
			e = h
		}
		if h, ok := scan.Seq(ts, e, "các chức vụ"); ok && h < len(ts) && ts[h].Mark(":") {
			// cách chức các chức vụ: Ủy viên Ban Chấp hành Đảng bộ tỉnh Hà
			// Tĩnh, nhiệm kỳ 2005-2010 và nhiệm kỳ 2010-2015; Bí thư Huyện
			// ủy Vũ Quang, ...; Bí thư Đảng ủy Khối Doanh nghiệp tỉnh:
			// each post of the list, its terms after it.
			got, _ := p.postList(h + 1)
			return false, got, k + 1
		}
		got, next, ok := p.chain(e)
		if !ok {
			if end == k && sanctionForm(ts, k) && bareSanction(ts, e) && !proposedEarlier(ts, k) {
				// "Đối với ông A, Bí thư Đảng bộ khối doanh nghiệp, Ban
				// chấp hành nhất trí hình thức kỷ luật cách chức." (dantri,
				// Hà Tĩnh 2013): cách chức naming no post removes the
				// sanctioned from the party posts printed with the name,
				// as cách chức tất cả các chức vụ trong Đảng does.
				return true, nil, e
			}
			break
		}
		posts, end = append(posts, got...), p.term(next)
		// cách chức A; cách chức B — or cách chức A, cách chức B.
		if end+1 < len(ts) && (ts[end].Mark(";") || ts[end].Mark(",")) && seq(ts, end+1, "cách chức") {
			end++
			continue
		}
		break
	}
	return false, posts, max(end, k+1)
}

// sanctionForm reports whether the cách chức at ts[k] follows the words
// that make it the sanction given (lexicon.SanctionFormWords: hình thức kỷ
// luật cách chức), not a range's or a list's last (từ khiển trách đến cách
// chức; khiển trách, cảnh cáo, cách chức).
func sanctionForm(ts []scan.Token, k int) bool {
	for _, w := range lexicon.SanctionFormWords() {
		n := len(strings.Fields(w))
		if k-n >= 0 && seq(ts, k-n, w) {
			return true
		}
	}
	return false
}

// proposedEarlier reports whether the sentence before ts[k] proposes the
// sanction (lexicon.ProposalWords: Ủy ban Kiểm tra đề nghị Ban Thường vụ xem
// xét, thi hành kỷ luật ông A … bằng hình thức cách chức), its verb too far
// before for proposed's look; not the proposal it answers (Theo đề nghị của
// Ủy ban Kiểm tra, …: lexicon.ProposalGrantedWords).
func proposedEarlier(ts []scan.Token, k int) bool {
	for j := 0; j < k; j++ {
		for _, w := range lexicon.ProposalWords() {
			if !seq(ts, j, w) {
				continue
			}
			granted := false
			for _, g := range lexicon.ProposalGrantedWords() {
				n := len(strings.Fields(g))
				granted = granted || j-n >= 0 && seq(ts, j-n, g)
			}
			if !granted {
				return true
			}
		}
	}
	return false
}

// bareSanction reports whether a cách chức ending at ts[e] names no post
// and no one after it: the sentence or its clause ends there, or đối với
// follows with the sanctioned (hình thức cách chức đối với ông A). A list of
// procedures (bãi nhiệm, điều động, cách chức thành viên UBND) goes on.
func bareSanction(ts []scan.Token, e int) bool {
	if e >= len(ts) {
		return true
	}
	if ts[e].Mark(".") || ts[e].Mark(";") {
		return true
	}
	_, ok := scan.Seq(ts, e, "đối với")
	return ok
}

// postList reads the posts listed from ts[k], each with the terms printed
// after it (nhiệm kỳ 2005-2010 và nhiệm kỳ 2010-2015), set off by
// semicolons or commas, and returns them with the index after the last.
func (p *parser) postList(k int) ([]post, int) {
	ts := p.ts
	var out []post
	end := k
	for k < len(ts) {
		got, e, ok := p.chain(k)
		if !ok {
			break
		}
		out = append(out, got...)
		e = p.term(e)
		for e+1 < len(ts) && ts[e].Is("và") && seq(ts, e+1, "nhiệm kỳ") {
			if n := p.term(e + 1); n > e+1 {
				e = n
				continue
			}
			break
		}
		end = e
		if e+1 >= len(ts) || !ts[e].Mark(";") && !ts[e].Mark(",") {
			break
		}
		k = e + 1
	}
	return out, end
}

// releasedAll reads, at ts[k], a release from every post of the people
// named after it: "thôi giữ các chức vụ, nghỉ công tác đối với", "thôi giữ
// tất cả các chức vụ đối với". It returns the index after đối với.
func releasedAll(ts []scan.Token, k int) (int, bool) {
	e, ok := scan.Seq(ts, k, "thôi giữ các chức vụ")
	if !ok {
		e, ok = scan.Seq(ts, k, "thôi giữ tất cả các chức vụ")
	}
	if !ok {
		return k, false
	}
	if e < len(ts) && ts[e].Mark(",") {
		for _, w := range []string{"nghỉ công tác", "nghỉ hưu", "nghỉ chờ hưu"} {
			if h, ok := scan.Seq(ts, e+1, w); ok {
				e = h
				break
			}
		}
	}
	return scan.Seq(ts, e, "đối với")
}

// releaseProposed reports whether the release at ts[k] is only asked for
// (đề nghị, kiến nghị, dự kiến, sẽ, tờ trình, or xem xét not done: đã xem
// xét cho thôi is the decision).
func (p *parser) releaseProposed(k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if seq(p.ts, j, "đề nghị") || seq(p.ts, j, "kiến nghị") || seq(p.ts, j, "dự kiến") || seq(p.ts, j, "tờ trình") || p.ts[j].Is("sẽ") {
			return true
		}
		if seq(p.ts, j, "xem xét") && !(j > 0 && p.ts[j-1].Is("đã")) {
			return true
		}
	}
	return false
}

// removed reads a dismissal from office of a person named right after it,
// at ts[k]: "Ban Bí thư đã quyết định cách chức ông Nguyễn Thanh Sơn, Bí thư
// Đảng ủy khối Doanh nghiệp tỉnh Hà Tĩnh" — the posts printed with the name
// are those the person is removed from. It returns the index where the name
// is announced, and whether there is one.
func removed(ts []scan.Token, k int) (int, bool) {
	e, ok := scan.Seq(ts, k, "cách chức")
	if !ok {
		return k, false
	}
	if e < len(ts) && (ts[e].Is("ông", "bà") && !ts[e].Cap() || seq(ts, e, "đồng chí")) {
		return e, true
	}
	return k, false
}

// proposed reports whether the sanction at ts[k] is only proposed: đề nghị,
// kiến nghị, xem xét or tờ trình a few words before it.
func (p *parser) proposed(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		// The phrases are two words: a token is one (Is would never match).
		for _, w := range []string{"đề nghị", "kiến nghị", "xem xét", "dự kiến", "tờ trình"} {
			if seq(p.ts, j, w) {
				return true
			}
		}
	}
	return false
}

// mentionBefore is the index in out of the person whose name is printed last
// before token k, or -1.
func (p *parser) mentionBefore(out []recognize.PersonMention, k int) int {
	at := p.base + p.ts[k].Start
	x := -1
	for i, m := range out {
		if m.Name.Span.Start < at {
			x = i
		}
	}
	return x
}

// mentionFrom is the index in out of the first person whose name is printed
// at token k or after it, within a few words (đối với đồng chí A), or -1.
func (p *parser) mentionFrom(out []recognize.PersonMention, k int) int {
	if k >= len(p.ts) {
		return -1
	}
	at, limit := p.base+p.ts[k].Start, p.base+p.ts[min(k+3, len(p.ts)-1)].End
	for i, m := range out {
		if m.Name.Span.Start >= at && m.Name.Span.Start <= limit {
			return i
		}
	}
	return -1
}

// partyPost reports whether q is a post in the party — its central bodies, a
// committee, its bodies and departments, a cell, or Tổng Bí thư — which a
// sanction of party posts ends; a state or front post is not.
func partyPost(q recognize.PostMention) bool {
	if q.Unit.Text == "" {
		return q.Title == "Tổng Bí thư"
	}
	u, ok := units.Parse(q.Unit.Text)
	if !ok {
		return false
	}
	switch u.Kind {
	case schema.UnitParty, schema.UnitCentral, schema.UnitPartyOrg, schema.UnitPartyBody, schema.UnitPartyDept, schema.UnitCell:
		return true
	}
	return false
}

// sameUnitText reports whether two units as printed are one: the same
// structure (Thành ủy Thành phố Hồ Chí Minh, Thành ủy TPHCM), or the same
// words where either cannot be parsed; both empty for titles standing alone.
func sameUnitText(a, b string) bool {
	ua, oka := units.Parse(a)
	ub, okb := units.Parse(b)
	if oka && okb {
		return sameUnit(ua, ub)
	}
	return vn.Key(a) == vn.Key(b)
}

// dismissed reads a dismissal that names the post before the person, from
// ts[i]: "miễn nhiệm chức vụ Phó chủ tịch UBND thành phố Đà Nẵng đối với
// ông Trần Phước Chính", "miễn nhiệm chức vụ Ủy viên UBND tỉnh Quảng Trị
// của ông Nguyễn Hữu Dũng", "miễn nhiệm chức danh Chủ tịch HĐND tỉnh đối với
// ông Thân Văn Khoa", as councils and the Prime Minister's approvals print
// them; and the Prime Minister's sanctions printed the same way: "cách chức
// Chủ tịch UBND tỉnh Khánh Hòa nhiệm kỳ 2016-2021 và xóa tư cách Phó Chủ
// tịch UBND tỉnh Khánh Hòa nhiệm kỳ 2011-2016 đối với ông Lê Đức Vinh",
// "xóa tư cách chức vụ chủ tịch UBND tỉnh Thanh Hóa giai đoạn 2015 - 2020,
// phó chủ tịch UBND tỉnh Thanh Hóa giai đoạn 2012 - 2014 đối với ông Nguyễn
// Đình Xứng". The posts end at the event: they are former; a period printed
// after a post (giai đoạn 2012 - 2014) is when it was held. A dismissal only
// proposed (đề nghị, xem xét, sẽ, with nothing passed) and miễn nhiệm among
// procedures (quy trình bầu, miễn nhiệm, bãi nhiệm; tờ trình về miễn nhiệm
// Ủy viên UBND huyện) name no one and give nothing.
func (p *parser) dismissed(i int) ([]recognize.PersonMention, int, bool) {
	ts := p.ts
	k, ok := dismissal(ts, i)
	if !ok {
		return nil, i, false
	}
	if p.proposal(i) {
		// Tờ trình đề nghị HĐND miễn nhiệm ...: a proposal, no post left yet.
		return nil, i, false
	}
	var posts []post
	var held [][2]model.When
	for {
		q, e, ok := p.post(k)
		if !ok {
			break
		}
		e = p.term(e)
		if e < len(ts) && ts[e].Is("này") && !ts[e].Cap() {
			// miễn nhiệm chức vụ Chủ tịch UBND tỉnh này của ông A: the
			// province the sentence before names.
			e++
		}
		span, after := period(ts, e)
		posts, held, e = append(posts, q), append(held, span), after
		// A, B; A và xóa tư cách B: the next post, perhaps after the verb
		// again.
		if e >= len(ts) || !(ts[e].Mark(",") || ts[e].Mark(";") || ts[e].Is("và")) {
			k = e
			break
		}
		n := e + 1
		if x, ok := dismissal(ts, n); ok {
			n = x
		} else if ts[e].Is("và") {
			// miễn nhiệm chức danh Chủ tịch UBND tỉnh và chấp thuận cho
			// thôi làm đại biểu HĐND tỉnh khóa IX đối với ông A (plo 2020):
			// a second post the sitting ends.
			for _, w := range removals()[lexicon.Releases] {
				if x, ok := scan.Seq(ts, n, w); ok {
					n = x
					break
				}
			}
		}
		if !p.startsTitle(n) {
			k = e
			break
		}
		k = n
	}
	if len(posts) == 0 {
		return nil, i, false
	}
	j := k
	if j+1 < len(ts) && ts[j].Mark(",") && seq(ts, j+1, "đối với") {
		// miễn nhiệm chức danh Ủy viên UBND huyện Vĩnh Lộc, nhiệm kỳ
		// 2021-2026, đối với các ông: A, …; B (baothanhhoa 2025): the
		// term set off by commas.
		j++
	}
	if seq(ts, j, "để") {
		// miễn nhiệm chức danh Ủy viên UBND tỉnh Quảng Ngãi nhiệm kỳ 2011 -
		// 2016 để nhận nhiệm vụ mới đối với ông A (tienphong): the reason,
		// then whom.
		for n := j + 1; n < len(ts) && n <= j+6 && ts[n].Word; n++ {
			if seq(ts, n, "đối với") {
				j = n
				break
			}
		}
	}
	switch {
	case seq(ts, j, "đối với"):
		j += 2
	case j < len(ts) && ts[j].Is("của", "với"):
		j++
	default:
		return nil, i, false
	}
	for x := range posts {
		posts[x].former = true
	}
	n := len(posts)
	var out []recognize.PersonMention
	for _, a := range p.addressees(j) {
		m := p.mention(a.start, a.end, append(append([]post(nil), posts...), a.posts...), schema.RoleOfficial)
		for x := 0; x < n && x < len(m.Posts); x++ {
			if !held[x][1].IsZero() {
				m.Posts[x].Start, m.Posts[x].End = held[x][0], held[x][1]
			}
		}
		out, k = append(out, m), a.next
	}
	if len(out) == 0 {
		return nil, i, false
	}
	// miễn nhiệm chức vụ chủ tịch UBND tỉnh Trà Vinh đối với ông A và chức
	// vụ phó chủ tịch đối với ông B: the next post the verb ends, its unit
	// the first's where it prints none, and whom.
	for {
		k = p.aside(k) // ông Trần Khiêu (59 tuổi) và ...
		if k+2 >= len(ts) || !ts[k].Is("và") && !ts[k].Mark(",") {
			break
		}
		h, ok := scan.Seq(ts, k+1, "chức vụ")
		if !ok {
			h, ok = scan.Seq(ts, k+1, "chức danh")
		}
		if !ok && ts[k].Mark(",") {
			h, ok = k+1, true // đối với ông A, Phó chủ tịch UBND tỉnh đối với ông B
		}
		if !ok {
			break
		}
		q, e, ok := p.post(h)
		if !ok {
			// chức vụ phó chủ tịch: a title in small letters with no unit,
			// which the frame makes a post.
			t, te, tok := p.title(h)
			if !tok {
				break
			}
			q, e = post{title: t.Name, start: h, end: te, unitStart: te, unitEnd: te}, te
		}
		j, ok := scan.Seq(ts, p.term(e), "đối với")
		if !ok {
			break
		}
		if q.unitEnd == q.unitStart {
			q.unit, q.unitStart, q.unitEnd = posts[0].unit, posts[0].unitStart, posts[0].unitEnd
		}
		q.former = true
		who := p.addressees(j)
		if len(who) == 0 {
			break
		}
		for _, a := range who {
			out, k = append(out, p.mention(a.start, a.end, append([]post{q}, a.posts...), schema.RoleOfficial)), a.next
		}
	}
	return out, k, true
}

// An addressee is a person a decision's đối với or của names: the name's
// tokens, the posts printed after it, and the index after them.
type addressee struct {
	start, end, next int
	posts            []post
}

// addressees reads, from ts[j] after đối với or của, the people a decision
// names: one (ông Thân Văn Khoa, Phó Bí thư Thường trực Tỉnh ủy), or
// several, each announced (ông, bà, đồng chí) after a semicolon, with the
// posts they go on holding or have left after a comma or a dash and the
// reason printed after them: "đối với ông Nguyễn Hồng Thanh-nguyên Giám đốc
// Sở Văn hoá - Thể thao và Du lịch, do được điều động nhận nhiệm vụ mới;
// ông Nguyễn Văn Đước-nguyên Giám đốc Sở Tài chính", "của các ông: Nguyễn
// Văn Quốc, nguyên Giám đốc Sở Tài chính tỉnh Vĩnh Phúc, để nghỉ hưu theo
// chế độ; ông Trần Anh Dũng, ...", "đối với: Ông Nguyễn Đình Quang, để nghỉ
// hưu theo chế độ; ông Nguyễn Hải Anh". After a plural (các ông) names
// follow without an announcer, parted by commas or và too. A later name
// that a clause of its own follows (ông B được bầu ..., và ông B thôi giữ
// chức) is that clause's (closesList).
func (p *parser) addressees(j int) []addressee {
	ts := p.ts
	plural := false
	if j < len(ts) && ts[j].Is("các") && !ts[j].Cap() {
		if x := p.announced(j); x > j+1 {
			j, plural = x, true // các ông, các đồng chí
			if r := p.honorific(j); r > j && r < len(ts) && ts[r].Mark(":") {
				// các đồng chí Thượng tướng: A, B và C — the rank they
				// share, then the list.
				j = r
			}
		}
	}
	var out []addressee
	for len(out) < 12 {
		if j < len(ts) && ts[j].Mark(":") {
			j++
		}
		h := j
		if x, ok := scan.Seq(ts, h, "đồng chí"); ok {
			h = x
		} else if h < len(ts) && ts[h].Is("ông", "bà", "anh", "chị") && (!ts[h].Cap() || len(out) == 0 && h > 0 && ts[h-1].Mark(":")) {
			// anh, chị: how the Youth Union's pages name its officials.
			h++
		}
		announced := h > j
		if len(out) > 0 && !announced && !plural {
			break
		}
		h = p.honorific(h)
		end, ok := p.name(h, true)
		if !ok {
			break
		}
		a := addressee{start: h, end: end, next: end}
		if end < len(ts) && (ts[end].Mark(",") || ts[end].Mark("-")) {
			// the posts the person goes on holding, or has left (nguyên ...).
			if more, e, ok := p.chain(end + 1); ok && !seq(ts, p.term(e), "đối với") {
				a.posts, a.next = more, e
			}
			// miễn nhiệm chức danh Chủ tịch UBND tỉnh đối với ông A, Phó
			// chủ tịch UBND tỉnh đối với ông B: a post followed by đối với
			// is the frame's next, not A's.
		}
		if e := a.next; e < len(ts) {
			// đối với bà A để nhận điều động công tác Bí thư Quận ủy; đối
			// với ông A (đã nhận công tác Trưởng ban Tổ chức Thành ủy); đối
			// với ông A, mới được điều động bổ nhiệm là Giám đốc Sở: the
			// post the person moves to, which the decision follows on.
			// A later item's verb after its name, unless a reason (để,
			// do) or a bracket opens it, is a clause of its own (ông B
			// được bầu giữ chức ...), read below.
			bracket := ts[e].Mark("(")
			if bracket || ts[e].Mark(",") || ts[e].Mark("-") {
				e++
			}
			if more, transfer, ok := p.movedOnTo(e); ok && (bracket || len(out) == 0 || e < len(ts) && ts[e].Is("để", "do")) {
				n := more[len(more)-1].end
				if bracket && n < len(ts) && ts[n].Mark(")") {
					n++
				}
				// ông A, Giám đốc Sở Nội vụ, do được điều động làm Bí thư
				// Huyện ủy: a transfer ends the posts printed before it,
				// as after a name (takenUp).
				a.posts, a.next = supersede(a.posts, more, transfer), n
			}
		}
		// The reason, up to the next item: , để nghỉ hưu theo chế độ; do
		// được điều động; nghỉ hưu theo quy định.
		k := -1
		for n := a.next; n < len(ts) && n < a.next+30 && k < 0; n++ {
			switch {
			case ts[n].Mark(";"):
				k = n
			case ts[n].Mark("."), ts[n].Is("và") && (seq(ts, n+1, "chức vụ") || seq(ts, n+1, "chức danh")):
				// ... và chức vụ Phó Chủ tịch đối với bà B: the frame's
				// next post, the list of this one closed.
				n = len(ts)
			case (ts[n].Mark(",") || ts[n].Is("và")) && (plural && p.namedAt(n+1) || p.announcedAt(n+1)):
				k = n // của các ông A, B và C; đối với ông A, ...; bà B, ... và ông C
			}
		}
		// ...; ông C, Phó Chủ tịch UBND tỉnh, dự: a verb after the comma
		// that closes the posts makes a clause of its own too.
		clause := a.next+1 < len(ts) && ts[a.next].Mark(",") && ts[a.next+1].Word && !ts[a.next+1].Cap() &&
			!closesList(ts, a.next+1) && !ts[a.next+1].Is("để", "do", "vì", "nghỉ", "nguyên")
		if k < 0 && len(out) > 0 && (clause || !closesList(ts, a.next) && !ts[a.next].Is("để", "do", "vì", "nghỉ")) {
			// ... và đồng chí B giữ chức Phó Bí thư; ông B được bầu ...: the
			// last name a clause of its own follows is that clause's. A
			// reason (để nhận nhiệm vụ mới, do ..., nghỉ hưu) closes the list.
			break
		}
		out = append(out, a)
		if k < 0 {
			break
		}
		j = k + 1
	}
	return out
}

// announcedAt reports whether a name announced by ông, bà or đồng chí
// begins at ts[k].
func (p *parser) announcedAt(k int) bool {
	a := p.announced(k)
	return a > k && p.namedAt(a)
}

// namedAt reports whether a name, perhaps announced (ông, bà, đồng chí) or
// after a rank, begins at ts[k].
func (p *parser) namedAt(k int) bool {
	if k >= len(p.ts) {
		return false
	}
	_, ok := p.name(p.honorific(p.announced(k)), true)
	return ok
}

// dismissal reads, at ts[i], a verb that ends a post named after it —
// miễn nhiệm, cách chức, xóa tư cách — and the chức vụ or chức danh after
// it, and returns the index where the post begins.
func dismissal(ts []scan.Token, i int) (int, bool) {
	k := i
	found := false
	for _, w := range removals()[lexicon.RemovesNamed] {
		if e, ok := scan.Seq(ts, i, w); ok {
			k, found = e, true
			break
		}
	}
	if !found {
		return i, false
	}
	for _, w := range []string{"chức vụ", "chức danh", "chức"} {
		if e, ok := scan.Seq(ts, k, w); ok {
			return e, true
		}
	}
	return k, true
}

// period reads, at ts[k], the years a post was held over as a sanction
// prints them after it: "giai đoạn 2012 - 2014", "giai đoạn 2010-2013". It
// returns them and the index after, or a zero span and k.
func period(ts []scan.Token, k int) ([2]model.When, int) {
	j, ok := scan.Seq(ts, k, "giai đoạn")
	if !ok || j >= len(ts) {
		return [2]model.When{}, k
	}
	from, to, joined := careerDate(ts[j].Text)
	if from.IsZero() || from.Month != 0 {
		return [2]model.When{}, k
	}
	e := j + 1
	if !joined {
		if e+1 >= len(ts) || !(ts[e].Mark("-") || ts[e].Mark("–")) {
			return [2]model.When{}, k
		}
		var two bool
		if to, _, two = careerDate(ts[e+1].Text); to.IsZero() || two || to.Month != 0 {
			return [2]model.When{}, k
		}
		e += 2
	}
	if to.Year < from.Year {
		return [2]model.When{}, k
	}
	return [2]model.When{from, to}, e
}

// towardsLater finds "đối với" after ts[k] in the same clause, past the
// periods and further posts a sanction prints (giai đoạn 2015 - 2020, phó
// chủ tịch ...), and returns the index after it.
func towardsLater(ts []scan.Token, k int) (int, bool) {
	for j := k; j < len(ts) && j < k+40; j++ {
		// Only posts and their periods stand between the sanction and its
		// đối với: a clause naming someone else (của ông A, đồng thời …
		// cảnh cáo đối với ông B) is another sanction's.
		if ts[j].Mark(".") || ts[j].Mark(";") || ts[j].Is("của", "ông", "bà") ||
			seq(ts, j, "đồng thời") || seq(ts, j, "đồng chí") || seq(ts, j, "kỷ luật") ||
			seq(ts, j, "cảnh cáo") || seq(ts, j, "khiển trách") {
			return k, false
		}
		if e, ok := scan.Seq(ts, j, "đối với"); ok {
			return e, true
		}
	}
	return k, false
}

// retiring ends, at the day before it takes effect, the posts of the people
// a retirement decision names after nghỉ hưu, where the sentence prints the
// day with từ or kể từ: "Quyết định ... về việc nghỉ hưu trước tuổi ... kể từ
// ngày 1-9 đối với ông Võ Minh Hoàng, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy An
// Giang và ông Giang Thanh Khoa, Phó Chủ tịch UBND tỉnh An Giang", "... nghỉ
// hưu trước tuổi đối với đồng chí Lê Văn Hiểu - Ủy viên Ban Thường vụ Tỉnh
// ủy, Phó Chủ tịch Thường trực HĐND tỉnh từ ngày 1/3/2025". That day is the
// end's, never a post's start. A decision printing no day (ký quyết định
// nghỉ hưu trước tuổi đối với bà A, Phó Chánh Văn phòng) ends nothing: the
// post is held until a day the text does not give.
func (p *parser) retiring(out []recognize.PersonMention, ds []dates.Match) {
	ts := p.ts
	r := -1
	for k := range ts {
		if seq(ts, k, "nghỉ hưu") {
			r = k
			break
		}
	}
	if r < 0 || len(out) == 0 {
		return
	}
	var from model.When
	for _, m := range ds {
		if f := vn.Key(m.Text); !m.IsRange() && m.From.Day != 0 && m.From.Month != 0 && (strings.HasPrefix(f, "từ ") || strings.HasPrefix(f, "kể từ ")) {
			from = m.From
			break
		}
	}
	if from.IsZero() {
		return
	}
	until, ok := dayBefore(from)
	if !ok {
		return
	}
	at := p.base + ts[r].Start
	// Those named after a verb that gives a post (… nghỉ hưu đối với ông A,
	// Giám đốc Sở, kể từ ngày 1/4 và bổ nhiệm ông B giữ chức Giám đốc Sở)
	// take the post up: the successor, not one more retiree.
	stop := len(ts)
	for k := r + 2; k < len(ts) && stop == len(ts); k++ {
		for _, w := range []string{"bổ nhiệm", "giữ chức", "được giao", "điều động", "phân công", "chỉ định", "bầu"} {
			if seq(ts, k, w) {
				stop = k
				break
			}
		}
	}
	appointed := p.base + ts[min(stop, len(ts)-1)].Start
	for x := range out {
		if out[x].Name.Span.Start < at {
			continue // who signs or announces it
		}
		if stop < len(ts) && out[x].Name.Span.Start >= appointed {
			continue
		}
		for k := range out[x].Posts {
			q := &out[x].Posts[k]
			if q.Start == from {
				q.Start = model.When{} // the day it takes effect, not taken up
			}
			if !q.Former {
				q.Former, q.End, q.Elected = true, until, false
			}
		}
	}
}

// dayBefore is the day before w: the last day a post left on w was held.
// Without a year, the first of a month gives the month before (its days
// unknown). False for a w without a day.
func dayBefore(w model.When) (model.When, bool) {
	switch {
	case w.Day == 0 || w.Month == 0:
		return model.When{}, false
	case w.Year != 0:
		t := time.Date(w.Year, time.Month(w.Month), w.Day-1, 0, 0, 0, 0, time.UTC)
		return model.When{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}, true
	case w.Day > 1:
		w.Day--
		return w, true
	case w.Month > 1:
		return model.When{Year: w.Year, Month: w.Month - 1}, true
	}
	return model.When{}, false
}

// proposal reports whether what the sentence says before ts[i] is asked
// for and not yet done: đề nghị, xem xét or sẽ (a proposal, a plan) without
// thông qua, biểu quyết, phê chuẩn, ký or a quyết định that is not the one
// asked for (đề nghị HĐND tỉnh xem xét, quyết định miễn nhiệm …). The
// proposal an act rests on (theo đề nghị của, xét đề nghị của, trên cơ sở
// đề nghị của …) is none, nor a consideration had (đã xem xét, sau khi xem
// xét): the act is done.
//
// The act a proposal asks for is not done either: in "UBND tỉnh đề nghị Thủ
// tướng phê chuẩn kết quả bầu chức vụ … đối với ông A", the phê chuẩn
// printed within a few words after đề nghị (its addressee between) is what
// is asked, and the person is a nominee, not a holder.
func (p *parser) proposal(i int) bool {
	ts := p.ts
	proposed, done := false, false
	asked := -1 // where the last đề nghị asking for an act stands
	for x := 0; x < i; x++ {
		if seq(ts, x, "đề nghị") && !seq(ts, x+2, "của") {
			proposed, asked = true, x
		}
		proposed = proposed || seq(ts, x, "xem xét") && !(x > 0 && ts[x-1].Is("đã", "khi")) || seq(ts, x, "sẽ")
		requested := asked >= 0 && x-asked <= 6 && x > asked
		done = done || seq(ts, x, "thông qua") || seq(ts, x, "biểu quyết") || seq(ts, x, "phê chuẩn") && !requested || seq(ts, x, "ký") ||
			seq(ts, x, "quyết định") && !proposed
	}
	return proposed && !done
}
