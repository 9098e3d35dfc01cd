package gatherings

import (
	"strings"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
)

// congress is a congress mention and where it lies in the tokens.
type congress struct {
	m          recognize.CongressMention
	start, end int
	national   bool
}

// congresses reads every congress the sentence names with "Đại hội".
func (p *parser) congresses() []congress {
	var out []congress
	for i := 0; i < len(p.ts); i++ {
		if _, ok := scan.Seq(p.ts, i, "đại hội"); !ok {
			continue
		}
		c, ok := scan.CongressAt(p.ts, i)
		if !ok {
			continue
		}
		next := c.End - 1
		if c.Generic || c.Bare() && p.genericSubject(i) || p.cells(c) {
			i = next
			continue
		}
		// "Đại hội Đại hội ...": the printed phrase starts at the last "Đại hội".
		start := c.Start
		for {
			if _, ok := scan.Seq(p.ts, start+2, "đại hội"); !ok {
				break
			}
			start += 2
		}
		var g congress
		g.start, g.end, g.national = start, c.End, c.National
		g.m.Printed = p.phrase(start, c.End)
		g.m.Unit = p.phrase(c.UnitStart, c.UnitEnd)
		g.m.Ordinal = c.Ordinal
		g.m.Sentence = p.s.Index
		nameEnd := c.End
		// A bare head (Đại hội Công đoàn khóa I) names the organiser's own
		// organisation when the organiser's name opens on the same head:
		// "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh Nghệ An đã tổ chức
		// thành công Đại hội Công đoàn khóa I".
		if c.UnitEnd > c.UnitStart && scan.UnitHead(p.ts, c.UnitStart) == c.UnitEnd {
			if a, b, ok := p.organiser(start); ok && b-a > c.UnitEnd-c.UnitStart && scan.Text(p.rs, p.ts, a, a+c.UnitEnd-c.UnitStart) == scan.Text(p.rs, p.ts, c.UnitStart, c.UnitEnd) {
				g.m.Unit = p.phrase(a, b)
			}
		}
		if g.m.Unit.Text == "" {
			if a, b, ok := p.organiser(start); ok {
				g.m.Unit = p.phrase(a, b)
			} else if a, b, ok := p.ownerAfter(c.End); ok {
				// "Đại hội lần thứ I, nhiệm kỳ 2025 - 2030 của Đảng bộ xã X".
				g.m.Unit = p.phrase(a, b)
				nameEnd = b
			}
		}
		if g.national && g.m.Unit.Text == "" {
			g.national = true
		} else if g.m.Unit.Text != "" && scan.Text(p.rs, p.ts, c.UnitStart, c.UnitEnd) == "Đảng" {
			g.national = true
		}
		g.m.Anaphoric = g.m.Unit.Text == "" && g.m.Ordinal == 0 && !g.national
		g.m.MentionedOnly = p.mentionedOnly(start, nameEnd, g)
		g.m.Term = p.termAfter(g.end)
		if !g.m.MentionedOnly {
			if g.m.Term == "" && !g.national {
				g.m.Term = p.termInClause(g.end)
			}
			g.m.Start, g.m.End = p.when(start, nameEnd)
		}
		out = append(out, g)
		i = next
	}
	return out
}

// genericSubject reports whether a bare "Đại hội" belongs to a plural subject:
// "100% tổ chức đảng trực thuộc tổ chức thành công Đại hội" speaks of many
// congresses, none of them the article's.
func (p *parser) genericSubject(i int) bool {
	from := p.clauseStart(i)
	if from < i && p.ts[from].Is("các", "những") {
		return true
	}
	for k := from; k < i; k++ {
		if p.ts[k].Mark("%") || k+1 < i && p.ts[k].Is("trực") && p.ts[k+1].Is("thuộc") {
			return true
		}
	}
	return false
}

// cells reports whether the congress is that of cells or organisations in
// general: "đại hội chi bộ" with no name nor number.
func (p *parser) cells(c scan.Congress) bool {
	if c.Ordinal != 0 || c.UnitEnd-c.UnitStart != 2 {
		return false
	}
	_, ok := p.seqAny(c.UnitStart, "chi bộ", "chi đoàn", "đảng bộ")
	return ok && !p.ts[c.UnitStart].Cap()
}

// mentionCues are words that, shortly before a gathering, make it one the
// sentence refers to rather than reports: before it, preparing for it, its
// documents, its delegates-to-be.
func mentionCues() []string {
	return []string{
		"trước thềm", "tiến tới", "hướng tới", "chào mừng", "chuẩn bị", "văn kiện", "dự thảo",
		"đi dự", "kể từ", "báo cáo chính trị", "trình", "sẽ", "dự kiến", "tổng kết",
	}
}

// adjacentMentionCues make a gathering referred to only when just before it:
// its resolution, after it, before it.
func adjacentMentionCues() []string {
	return []string{"nghị quyết", "sau", "trước", "tinh thần"}
}

// eventVerbs and contentVerbs are what a sentence says a congress or an event it reports does:
// it opens, closes, takes place, works; decides, adopts, elects.
func eventVerbs() []string {
	return []string{
		"bế mạc", "khai mạc", "diễn ra", "tiến hành", "được tổ chức", "tổ chức", "thành công tốt đẹp",
		"làm việc", "họp", "kết thúc", "bước vào", "long trọng", "trọng thể", "được diễn ra",
		// "Đại hội ... tiếp tục ngày làm việc thứ 3": under way.
		"tiếp tục ngày", "tiếp tục chương trình", "tiếp tục phiên", "tiếp tục tiến hành", "tiếp tục họp", "tiếp tục làm việc",
		// A congress that completed its agenda was held: "Đại hội ... đã hoàn
		// thành toàn bộ nội dung, chương trình đề ra".
		"hoàn thành",
	}
}

func contentVerbs() []string {
	return []string{
		"đặt ra", "đề ra", "xác định", "thông qua", "biểu quyết", "bầu", "thảo luận", "phát huy",
		"quyết nghị", "nhất trí", "ra mắt", "hiệp thương", "kiểm điểm", "đánh giá", "tập trung",
		"công bố", "đã", "vinh dự", "tặng", "trao",
	}
}

// mentionedOnly decides whether the sentence only refers to the congress
// named at ts[i:g.end]. A bare "Đại hội" and a congress in a headline are the
// article's own unless a cue says otherwise; a congress named in full is only
// mentioned unless the sentence reports it being held.
func (p *parser) mentionedOnly(i, end int, g congress) bool {
	// The delegates a congress elects go to another, named: "bầu Đoàn đại
	// biểu dự Đại hội Đảng bộ tỉnh"; a bare Đại hội after them is the one
	// they attend ("sau khi bầu Ban Chấp hành, các đại biểu dự Đại hội đã
	// nghe ...").
	if p.mentionCue(i) || !g.m.Anaphoric && (p.future(i) || p.delegatesTo(i)) {
		return true
	}
	if p.heldCue(i, end, g.national) {
		return false
	}
	if g.m.Anaphoric {
		return false
	}
	return p.s.Kind != model.Title && p.s.Kind != model.Heading
}

func (p *parser) mentionCue(i int) bool {
	if _, ok := p.endsBefore(i, adjacentMentionCues()...); ok {
		return true
	}
	from := p.clauseStart(i)
	for k := i; k >= from && k >= i-4; k-- {
		if j, ok := p.endsBefore(k, mentionCues()...); ok {
			// The trình of chương trình is no submission to it: "Tiếp tục
			// chương trình Đại hội ..." is the congress at work.
			if j > 0 && p.ts[j].Is("trình") && p.ts[j-1].Is("chương") {
				continue
			}
			return true
		}
	}
	return false
}

// placeHolds reports whether a place printed with its level word holds the
// congress named at ts[i]: "Trong 2 ngày 12 và 13/4/2015, xã Hồng Sơn tổ
// chức đại hội Đảng bộ lần thứ XIX" — the place's party organisation holds
// its congress, the place standing for it.
func (p *parser) placeHolds(i int) bool {
	k, ok := p.endsBefore(i, "tổ chức")
	if !ok {
		return false
	}
	k = p.skipBack(k, "đã", "vừa", "long trọng", "trọng thể", "chính thức")
	n := 0
	for k-n-1 >= 0 && n < 4 && p.ts[k-n-1].Word && p.ts[k-n-1].Cap() {
		n++
	}
	if n == 0 {
		return false
	}
	levels := []string{"xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "tỉnh", "thành phố"}
	if _, ok := p.endsBefore(k-n, levels...); ok && !p.ts[k-n-1].Cap() {
		return true
	}
	// Xã Hồng Sơn tổ chức đại hội Đảng bộ ...: the level word capitalised,
	// opening the headline or the sentence.
	s := k - n
	if e, ok := p.seqAny(s, levels...); ok && e < k && (s == 0 || !p.ts[s-1].Word) {
		return true
	}
	return false
}

// sessionBefore reports whether a session of the congress named at ts[i]
// is printed before it, set off by a comma: "đã diễn ra phiên thứ nhất, Đại
// hội đại biểu Hội Nông dân (HND) tỉnh Thanh Hóa lần thứ XII", "tổ chức ngày
// làm việc thứ nhất, Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh Kiên
// Giang lần thứ X" — a congress at work.
func (p *parser) sessionBefore(i int) bool {
	if i < 3 || !p.ts[i-1].Mark(",") {
		return false
	}
	from := p.clauseStart(i - 1)
	for k := i - 2; k >= from && k >= i-6; k-- {
		if _, ok := p.seqAny(k, "phiên thứ", "phiên trù bị", "phiên khai mạc", "phiên bế mạc", "phiên chính thức", "phiên làm việc", "ngày làm việc thứ"); ok {
			return !p.future(i)
		}
	}
	return false
}

// delegatesTo reports whether the congress named at ts[i] is the one the
// delegates a congress elects will attend: "bầu ra Đoàn Đại biểu dự Đại hội
// Đoàn TNCS Hồ Chí Minh thị xã Thuận An", "bầu 33 đại biểu chính thức, 2 đại
// biểu dự khuyết dự Đại hội Đảng bộ thành phố lần thứ XXI" — a higher
// congress, yet to be held. The delegates attending a congress (các đại
// biểu dự Đại hội đã bỏ phiếu) are elected by none before it.
func (p *parser) delegatesTo(i int) bool {
	d, ok := p.endsBefore(i, "dự")
	if !ok {
		return false
	}
	from := p.clauseStart(d)
	delegates := false
	for k := d - 1; k >= from && k >= d-5; k-- {
		if _, ok := scan.Seq(p.ts, k, "đại biểu"); ok {
			delegates = true
			break
		}
	}
	if !delegates {
		return false
	}
	// The election may be printed a clause before: "..., tại Đại hội đã bầu
	// Ban Chấp hành ..., bầu 12 đại biểu dự Đại hội ...".
	for k := d - 1; k >= 0 && k >= d-40; k-- {
		if p.ts[k].Is("bầu") {
			return true
		}
		if p.ts[k].Mark(".") || p.ts[k].Mark(";") {
			break
		}
	}
	return false
}

// future reports whether the gathering named at ts[i] is yet to be held: "Đại
// hội XIV của Đảng sẽ diễn ra", "dự kiến tổ chức". A bare "Đại hội sẽ làm
// việc trong 3 ngày" is the one the article reports, still under way.
func (p *parser) future(i int) bool {
	_, ok := p.seqAny(p.afterName(i), "sẽ", "dự kiến")
	return ok
}

// afterName is the index after the gathering's name that begins at ts[i] and
// its term: the word its predicate starts at.
func (p *parser) afterName(i int) int {
	k := i
	if c, ok := scan.CongressAt(p.ts, i); ok {
		k = c.End
	} else if j, ok := p.seqAny(i, "hội nghị", "đại hội"); ok {
		k = j
	}
	// The committee's term number before the term: "Đại hội đại biểu Đảng bộ
	// tỉnh Hải Dương khóa XV (nhiệm kỳ 2010-2015) đã bế mạc".
	if k+1 < len(p.ts) && p.ts[k].Is("khóa", "khoá") {
		if _, ok := scan.Ordinal(p.ts[k+1]); ok {
			k += 2
		}
	}
	for _, t := range p.terms {
		if t.Start >= p.offset(k) && p.gapOnly(k, p.tokenAt(t.Start)) {
			k = p.tokenAt(t.End)
			if k < len(p.ts) && p.ts[k].Mark(")") {
				k++
			}
		}
	}
	if k < len(p.ts) && p.ts[k].Mark(",") {
		k++
	}
	return k
}

// offset is the rune offset where ts[k] starts, or the sentence's length.
func (p *parser) offset(k int) int {
	if k < len(p.ts) {
		return p.ts[k].Start
	}
	return len(p.rs)
}

// gapOnly reports whether ts[a:b] holds nothing but commas and an opening
// bracket: what may stand between a congress's name and its term
// ("lần thứ XVIII (nhiệm kỳ 2025 - 2030)").
func (p *parser) gapOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if !p.ts[k].Mark(",") && !p.ts[k].Mark("(") {
			return false
		}
	}
	return true
}

func (p *parser) heldCue(i, end int, national bool) bool {
	if _, _, ok := p.organiser(i); ok {
		return true
	}
	// The verb may come first: "khai mạc Đại hội", "đã diễn ra Đại hội ...",
	// "Tiếp tục chương trình Đại hội ..." (a congress under way).
	if _, ok := p.endsBefore(i, "khai mạc", "bế mạc", "diễn ra", "tiến hành", "tiếp tục chương trình", "tiếp tục phiên làm việc của"); ok {
		return true
	}
	if p.sessionBefore(i) || p.placeHolds(i) {
		return true
	}
	k := p.afterName(i)
	if end > k {
		k = end
	}
	k = p.skip(k, "chính thức", "cũng", "đã", "long trọng", "trọng thể", "vừa")
	if _, ok := p.seqAny(k, eventVerbs()...); ok {
		return true
	}
	if national {
		return false
	}
	if _, ok := p.seqAny(k, contentVerbs()...); ok {
		return true
	}
	if _, ok := p.endsBefore(i, "tại", "dự", "tham dự"); ok {
		if _, going := p.endsBefore(i, "đi dự"); !going {
			return true
		}
	}
	return false
}

// ownerAfter reads the unit a congress belongs to printed after its number
// and term: ", nhiệm kỳ 2025 - 2030 của Đảng bộ xã Cẩm Lệ". It returns the
// unit's token range.
func (p *parser) ownerAfter(end int) (int, int, bool) {
	k := end
	for _, t := range p.terms {
		if t.Start >= p.offset(k) && p.gapOnly(k, p.tokenAt(t.Start)) {
			k = p.tokenAt(t.End)
			if k < len(p.ts) && p.ts[k].Mark(")") {
				k++
			}
			break
		}
	}
	n, ok := scan.Seq(p.ts, k, "của")
	if !ok {
		return 0, 0, false
	}
	if e := scan.UnitEnd(p.ts, n); e > n {
		return n, e, true
	}
	return 0, 0, false
}

// termAfter is the term printed right after ts[:end]: "lần thứ I, nhiệm kỳ
// 2025-2030"; "" when none.
func (p *parser) termAfter(end int) string {
	// The committee's term number may come first: "Đại hội đại biểu Đảng bộ
	// tỉnh Nghệ An khóa XX, nhiệm kỳ 2025 - 2030".
	if end+1 < len(p.ts) && p.ts[end].Is("khóa", "khoá") {
		if _, ok := scan.Ordinal(p.ts[end+1]); ok {
			end += 2
		}
	}
	for _, t := range p.terms {
		if t.Start < p.offset(end) {
			continue
		}
		if t.Word != "nhiệm kỳ" && t.Word != "khóa" && t.Word != "" {
			return ""
		}
		if p.gapOnly(end, p.tokenAt(t.Start)) {
			return t.String()
		}
		return ""
	}
	return ""
}

// termInClause is the term of the congress a sentence reports when it prints
// the term later in the clause: "Đại hội ... đã đặt ra 11 chỉ tiêu của nhiệm kỳ
// 2025 - 2030". A unit, a body or another gathering between them owns the term
// instead ("Báo cáo ... của Ban Chấp hành ... nhiệm kỳ 2020-2025").
func (p *parser) termInClause(end int) string {
	stop := p.clauseEnd(end)
	for _, t := range p.terms {
		k := p.tokenAt(t.Start)
		if k < end || k >= stop || t.Word != "nhiệm kỳ" {
			continue
		}
		for j := end; j < k; j++ {
			if p.electedCommittee(end, j, k) {
				break
			}
			if scan.UnitHead(p.ts, j) > j || p.ts[j].Is("đại", "hội", "báo", "văn") {
				return ""
			}
		}
		return t.String()
	}
	return ""
}

// electedCommittee reports whether ts[j:k] names the executive committee the
// congress elects in the clause after it, the term printed right after its
// name: "Đại hội đã bầu 35 đồng chí vào Ban Chấp hành Hội CTĐ tỉnh Thái
// Nguyên nhiệm kỳ 2022-2027" — the committee's term is the congress's.
func (p *parser) electedCommittee(end, j, k int) bool {
	if _, ok := p.seqAny(j, "ban chấp hành", "bch"); !ok || scan.UnitEnd(p.ts, j) != k {
		return false
	}
	for x := end; x < j; x++ {
		if p.ts[x].Is("bầu") {
			return true
		}
	}
	return false
}

// committees reads the congresses known through the committee they elect:
// "Ban Chấp hành, Ban Thường vụ Đảng ủy Khối khóa VI, nhiệm kỳ 2020 - 2025" —
// the VIth congress of the Đảng ủy Khối. A central body's khóa (Ủy viên Bộ
// Chính trị khóa XIII) is the Party's national congress of that number
// (centralBody); other bodies named with Trung ương (Đảng ủy Khối các cơ quan
// Trung ương) are left alone.
func (p *parser) committees() []congress {
	var out []congress
	for k := 1; k+1 < len(p.ts); k++ {
		if !p.ts[k].Is("khóa") {
			continue
		}
		n, ok := scan.Ordinal(p.ts[k+1])
		if !ok || p.ts[k+1].Digits() && len(p.ts[k+1].Text) > 3 {
			continue
		}
		from := k - 20
		if c := p.clauseStart(k); c > from {
			from = c
		}
		if from < 0 {
			from = 0
		}
		s := -1
		for j := from; j < k; j++ {
			if scan.UnitHead(p.ts, j) > j && scan.UnitEnd(p.ts, j) == k {
				s = j
				break
			}
		}
		if s < 0 {
			continue
		}
		name := scan.Text(p.rs, p.ts, s, k)
		central := centralBody(p.ts, s, k)
		if central && (p.plenum(from, s) || s > 0 && p.ts[s-1].Is("của")) {
			// Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII, of
			// Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung
			// ương Đảng khóa XII: a plenum or an issuer, no congress recalled.
			continue
		}
		// Trung ương Đoàn khóa XI, Ban Chấp hành Trung ương Hội Nông dân
		// Việt Nam khóa V: a national organisation's central committee,
		// counted by the organisation's national congresses.
		lname := strings.ToLower(name)
		youth := strings.HasSuffix(lname, "trung ương đoàn") || strings.Contains(lname, "trung ương hội ") || strings.HasSuffix(lname, "trung ương hội")
		if !central && !youth && strings.Contains(strings.ToLower(name), "trung ương") || p.inDocument(s) || council(p.ts, s) {
			continue
		}
		var g congress
		g.start, g.end = s, k+2
		g.m.Printed = p.phrase(s, k+2)
		g.m.Ordinal = n
		g.m.ByCommittee = true
		g.m.MentionedOnly = true
		g.m.Sentence = p.s.Index
		// The organisation whose committee it is: what follows the body's name.
		u := s
		if j, ok := p.seqAny(s, "ban chấp hành", "ban thường vụ", "bch", "btv", "ủy ban kiểm tra"); ok {
			u = j
		}
		switch {
		case central:
			// The khóa of a central body (Ủy viên Bộ Chính trị khóa XIII) is
			// the term of the Party's national congress of that number, not
			// a congress of the body: Unit is the body printed, which
			// resolve reads as the Party's (CongressMention.ByCommittee).
			g.m.Unit = p.phrase(s, k)
		case scan.UnitHead(p.ts, u) > u && scan.UnitEnd(p.ts, u) == k:
			g.m.Unit = p.phrase(u, k)
		}
		g.m.Term = p.termAfter(k + 2)
		out = append(out, g)
	}
	return out
}

// centralBody reports whether ts[s:k] is one of the Party's central bodies
// (lexicon.UnitHeads of KindCentral: Bộ Chính trị, Ban Bí thư, Ban Chấp hành
// Trung ương, Ủy ban Kiểm tra Trung ương), whose khóa counts the Party's
// national congresses.
func centralBody(ts []scan.Token, s, k int) bool {
	for _, h := range lexicon.UnitHeads() {
		if h.Kind != lexicon.KindCentral {
			continue
		}
		if end, ok := scan.Seq(ts, s, h.Text); ok && end == k {
			return true
		}
	}
	return false
}

// plenum reports whether a Hội nghị is printed in ts[from:s], at most five
// tokens before the body at ts[s]: the body names a plenum.
func (p *parser) plenum(from, s int) bool {
	if s-5 > from {
		from = s - 5
	}
	for j := from; j < s; j++ {
		if _, ok := scan.Seq(p.ts, j, "hội nghị"); ok {
			return true
		}
	}
	return false
}

// inDocument reports whether ts[i] follows "của" after a document's kind: the
// issuer of a document, whose term dates the document, not a congress.
func (p *parser) inDocument(i int) bool {
	if i == 0 || !p.ts[i-1].Is("của") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-6; k-- {
		if _, ok := p.seqAny(k, "nghị quyết", "chỉ thị", "kết luận", "quy định", "thông tri", "hướng dẫn", "quyết định"); ok {
			return true
		}
	}
	return false
}

// mottos reads the motto (tinh thần, phương châm, khẩu hiệu “...”) and theme
// (chủ đề: “...”) the sentence gives, for the congress it reports: the one
// outside the quotation, preferring a congress held over one mentioned.
func (p *parser) mottos(cs []congress) {
	for k := 0; k < len(p.ts); k++ {
		var theme bool
		j, ok := p.seqAny(k, "tinh thần", "phương châm", "khẩu hiệu")
		if !ok {
			j, ok = p.seqAny(k, "chủ đề")
			theme = true
		}
		if !ok {
			continue
		}
		// "Phương châm của Đại hội là “...”", "chủ đề của Đại hội: “...”";
		// a youth congress calls its motto "khẩu hiệu hành động".
		j = p.skip(j, "hành động", "của đại hội", "đại hội", "của hội nghị", "là", "được xác định là")
		if j < len(p.ts) && p.ts[j].Mark(":") {
			j++
		}
		if j >= len(p.ts) || !p.ts[j].Mark(`"`) {
			continue
		}
		close := -1
		for q := j + 1; q < len(p.ts); q++ {
			if p.ts[q].Mark(`"`) {
				close = q
				break
			}
		}
		if close < 0 || close == j+1 {
			continue
		}
		text := scan.Text(p.rs, p.ts, j+1, close)
		best := -1
		for n, c := range cs {
			if c.start > j && c.start < close || c.m.ByCommittee {
				continue // inside the quotation, or a committee
			}
			if best < 0 || cs[best].m.MentionedOnly && !c.m.MentionedOnly {
				best = n
			}
		}
		if best >= 0 {
			if theme {
				cs[best].m.Theme = text
			} else {
				cs[best].m.Motto = text
			}
		}
		k = close
	}
}

// headlineMotto gives the congress a headline names its motto when the
// headline quotes it after a colon, as the whole of the rest: "Khai mạc Đại
// hội XIV Công đoàn tỉnh Vĩnh Phúc: “Đổi mới, dân chủ, đoàn kết, trách
// nhiệm”". A long quotation there is someone's words, not a motto.
func (p *parser) headlineMotto(cs []congress) {
	if p.s.Kind != model.Title && p.s.Kind != model.Heading {
		return
	}
	for n := range cs {
		c := &cs[n]
		if c.m.ByCommittee || c.m.MentionedOnly || c.m.Motto != "" || c.m.Theme != "" {
			continue
		}
		k := p.afterName(c.start)
		if c.end > k {
			k = c.end
		}
		if k+2 >= len(p.ts) || !p.ts[k].Mark(":") || !p.ts[k+1].Mark(`"`) {
			continue
		}
		end := len(p.ts)
		for end > 0 && !p.ts[end-1].Word && !p.ts[end-1].Mark(`"`) {
			end-- // the headline's closing stop
		}
		close := end - 1
		if close <= k+2 || !p.ts[close].Mark(`"`) {
			continue
		}
		words := 0
		for q := k + 2; q < close; q++ {
			if p.ts[q].Mark(`"`) {
				words = -1
				break
			}
			if p.ts[q].Word {
				words++
			}
		}
		if words < 2 || words > 12 {
			continue
		}
		c.m.Motto = scan.Text(p.rs, p.ts, k+2, close)
	}
}

// council reports whether the body named at ts[s] is an elected council or its
// executive (HĐND tỉnh ... khóa XVIII, Quốc hội khóa XV): their terms count
// elections, not congresses.
func council(ts []scan.Token, s int) bool {
	for _, w := range []string{"hội đồng nhân dân", "hđnd", "ủy ban nhân dân", "ubnd", "quốc hội", "thường trực hđnd", "thường trực hội đồng nhân dân"} {
		if _, ok := scan.Seq(ts, s, w); ok {
			return true
		}
	}
	return false
}
