package documents

import (
	"strings"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// lead is a link stated by a sentence whose subject is a document named by
// its kind alone: "Chỉ thị nhằm tiếp tục thực hiện Kết luận số 12-KL/TW".
type lead struct {
	ok       bool
	kind     schema.DocKind
	relation string
	to       []int // indices of the sentence's documents the link goes to
	carry    bool  // the relation is "tiếp tục thực hiện": see carryOn
}

// lead reads a sentence that opens with a kind word that is not itself a
// document reference (no number, no name), then a relation phrase and the
// documents it links to; "này" and a word of purpose may come between (Chỉ
// thị này nhằm cụ thể hóa ..., Kế hoạch được ban hành nhằm triển khai ...).
func (p *parser) lead(refs []ref) lead {
	// "Mục đích của Kế hoạch là triển khai thực hiện ...": the kind word
	// may follow what of the document the sentence tells.
	i0 := p.skipWords(0, "mục đích của", "mục tiêu của")
	// "Theo đó, Chỉ thị này thay thế Chỉ thị số 35-CT/TW": what the
	// document the sentence before issued says.
	if n, ok := scan.Seq(p.ts, 0, "theo đó"); ok && n < len(p.ts) && p.ts[n].Mark(",") {
		i0 = n + 1
	}
	if i0 >= len(p.ts) {
		return lead{}
	}
	k, j, ok := p.kindAt(i0)
	if !ok || !p.ts[i0].Cap() || k.abbrev || len(refs) > 0 && refs[0].start == i0 {
		return lead{}
	}
	// "Kế hoạch được xây dựng trên cơ sở cụ thể hóa Nghị quyết số ...".
	j = p.skipWords(j, "này", "mới", "được ban hành", "được xây dựng", "trên cơ sở", "ra đời", "nhằm mục đích", "nhằm", "để", "là")
	if l, ok := p.reviewLead(refs, k.kind, j); ok {
		return l
	}
	// "Quy định có hiệu lực từ ngày ký và thay thế Quy định số 105-QĐ/TW":
	// the formula that ends a regulation, its subject named by its kind.
	j = p.effective(j)
	// "Kết luận yêu cầu các cấp ủy tiếp tục thực hiện nghiêm Nghị quyết số
	// 18-NQ/TW": what the document asks to be carried out, it carries out.
	if v := p.skipWords(j, "yêu cầu", "đề nghị", "chỉ đạo"); v > j {
		rel, to, ok := p.requested(refs, v)
		if !ok {
			return lead{}
		}
		return lead{ok: true, kind: k.kind, relation: rel, to: to, carry: rel == Continues}
	}
	rel, e, ok := relationAt(p.ts, j)
	if !ok {
		// "Quy định gồm 6 chương, 40 điều, thay thế Quy định số 30-QĐ/TW".
		for a := range refs {
			if r, n, dok := p.afterDescription(j, refs[a].start); dok {
				rel, e, ok = r, n, true
				break
			}
		}
	}
	if !ok || rel == Cites {
		return lead{}
	}
	e = p.toTarget(e)
	for a := range refs {
		if refs[a].start != e {
			continue
		}
		out := lead{ok: true, kind: k.kind, relation: rel}
		if rel == Continues {
			// Whose the document is, Add learns from the sentence before; a
			// committee's document carries on with a higher one's by
			// implementing it, which Add decides by the two codes.
			out.carry = true
		}
		for t := a; t < len(refs) && refs[t].group == refs[a].group; t++ {
			out.to = append(out.to, t)
		}
		return out
	}
	return lead{}
}

// reviewLead reads what the document a sentence opens with by its kind says,
// when it says it reviews another: "Kết luận nêu rõ, sau 7 năm thực hiện
// Nghị quyết số 18-NQ/TW, ..." — the conclusion cites the resolution it
// reviews. j is the index after the kind word.
func (p *parser) reviewLead(refs []ref, kind schema.DocKind, j int) (lead, bool) {
	e := p.skipWords(j, "nêu rõ", "nêu", "khẳng định", "chỉ rõ", "đánh giá", "nhấn mạnh", "cho rằng")
	if e == j {
		return lead{}, false
	}
	if e < len(p.ts) && (p.ts[e].Mark(",") || p.ts[e].Mark(":")) {
		e++
	}
	for a := range refs {
		if refs[a].start <= e {
			continue
		}
		if !p.reviews(e, refs[a].start) {
			return lead{}, false
		}
		out := lead{ok: true, kind: kind, relation: Cites}
		for t := a; t < len(refs) && refs[t].group == refs[a].group; t++ {
			out.to = append(out.to, t)
		}
		return out, true
	}
	return lead{}, false
}

// skipWords steps over any of phrases at ts[j], however many.
func (p *parser) skipWords(j int, phrases ...string) int {
	for {
		moved := false
		for _, w := range phrases {
			if n, ok := scan.Seq(p.ts, j, w); ok {
				j, moved = n, true
				break
			}
		}
		if !moved {
			return j
		}
	}
}

// toTarget steps from the end of a relation phrase at ts[e] over what may
// stand before the document it bears on: "sửa đổi, bổ sung một số nội dung
// của Thông tư số 07/2021/TT-BLĐTBXH", "thực hiện một số Điều trong Quy định
// số 07-QĐi/TW", "triển khai các Nghị quyết".
func (p *parser) toTarget(e int) int {
	e = p.skipWords(e, "một số điều của", "một số điều trong", "một số nội dung của", "một số nội dung trong", "các", "việc")
	// "thực hiện tốt Nghị quyết", "triển khai thực hiện hiệu quả ...", and
	// a list of them joined by commas or "và": "triển khai thực hiện
	// nghiêm túc, hiệu quả Kết luận số 14-KL/TW".
	for {
		n := p.skipWords(e, mannerWords()...)
		if n == e {
			break
		}
		e = n
		if e+1 < len(p.ts) && (p.ts[e].Mark(",") || p.ts[e].Is("và")) {
			if m := p.skipWords(e+1, mannerWords()...); m > e+1 {
				e++
			}
		}
	}
	return p.skipWords(e, "các", "việc")
}

// mannerWords are how a document is to be carried out, printed between the
// relation and the document: "thực hiện nghiêm túc, có hiệu quả Nghị quyết".
func mannerWords() []string {
	return []string{"có hiệu quả", "hiệu quả", "nghiêm túc", "nghiêm", "đồng bộ", "quyết liệt", "tốt", "thắng lợi", "sâu rộng", "kịp thời",
		"sâu sắc", "đầy đủ", "sáng tạo", "thực chất"}
}

// issuers gives a numbered document that prints no issuer the unit the
// sentence says issued it: the subject of "ban hành" (Đảng ủy Khối đã ban
// hành Chương trình số 15-CTr/ĐUK), the unit on whose behalf it was signed
// (thay mặt Ban Thường vụ Tỉnh ủy, đồng chí ... đã ký ban hành Chỉ thị số
// 28-CT/TU), or the subject of its clause when the document's sign names that
// unit's committee (Ban Thường vụ Đảng ủy Khối đã lãnh đạo triển khai Kế hoạch
// số 112-KH/ĐUK). A sentence that dates the issuing (Ngày 12/3/2024, ... ban
// hành Chỉ thị số 28-CT/TU) dates the document.
func (p *parser) issuers(refs []ref) {
	for a := 0; a < len(refs); a++ {
		r := &refs[a]
		if r.m.Number != "" && r.m.Issued.IsZero() && p.justIssued(r.start) {
			r.m.JustIssued = true
		}
		if r.m.Number == "" || a > 0 && refs[a-1].group == r.group {
			continue
		}
		start, end, issuing := p.issuing(r.start)
		if !issuing {
			if s, e, ok := p.accordingTo(refs, a); ok {
				start, end, issuing = s, e, true
			}
		}
		if !issuing {
			if s, e, ok := p.officeSigns(r.start); ok {
				start, end, issuing = s, e, true
			}
		}
		undated := false // the sentence names the issuer but not the issuing
		if !issuing {
			if _, s, e, ok := p.signedAfter(r.end); ok && e > s {
				start, end, issuing, undated = s, e, true, true
			}
		}
		if !issuing {
			if s, e, ok := p.ofUnitAt(r.start); ok {
				start, end, issuing, undated = s, e, true, true
			}
		}
		// A person signing it alone ("Thủ tướng Chính phủ Nguyễn Tấn Dũng
		// đã ký Quyết định số 812/QĐ-TTg") names no issuer, but the clause's
		// day is the day it was signed.
		signed := !issuing && p.signedBy(r.start)
		if !issuing {
			start, end = p.subjectUnit(r.start)
			// TW is signed by the Central Committee, the Politburo and the
			// Secretariat alike: a clause's subject does not tell which.
			sign := issuerSign(r.m.Code)
			if end <= start || !r.coded || !knownSign(sign) || sign == "TW" ||
				!signFits(sign, scan.Text(p.rs, p.ts, start, end)) || p.refBetween(refs, end, r.start) {
				if !signed {
					continue
				}
				start, end = 0, 0
			}
		}
		last := a
		for last+1 < len(refs) && refs[last+1].group == r.group {
			last++
		}
		// "ban hành A và B", "ban hành A, B": one verb issues both.
		for issuing && last+1 < len(refs) {
			e := refs[last].end
			if e+1 != refs[last+1].start || !(p.ts[e].Is("và") || p.ts[e].Mark(",")) {
				break
			}
			last++
		}
		for t := a; t <= last; t++ {
			d := &refs[t]
			// Reported speech tells of an issuing on another day than the
			// sentence's: "Ngày 5/3, đồng chí Bí thư cho biết Tỉnh ủy đã ban
			// hành ...".
			if (issuing && !undated || signed) && d.m.Issued.IsZero() && (!p.reported(r.start) || p.datedInReport(r.start)) {
				p.issuedOn(d)
				if d.m.Issued.IsZero() {
					d.m.OnEventDay = p.sameDay()
				}
			}
			if d.m.Issuer.Text != "" || end <= start {
				continue
			}
			if d.coded && !signFits(issuerSign(d.m.Code), scan.Text(p.rs, p.ts, start, end)) {
				continue
			}
			d.m.Issuer = p.phrase(start, end)
		}
		a = last
	}
}

// accordingTo reads "Theo Quyết định số 528 và 529-QĐNS/TW ngày 4-6-2012,
// Bộ Chính trị quyết định ông A …": the unit whose verb is the document's
// kind (quyết định a Quyết định, kết luận a Kết luận, quy định a Quy định)
// says what the documents the sentence opens on say, so it issued them. It
// returns the unit's token range.
func (p *parser) accordingTo(refs []ref, a int) (int, int, bool) {
	k := p.siteTag()
	// "Theo đó, tại Quyết định số 2931-QĐ/TU ngày 14/10, Ban Thường vụ
	// Tỉnh ủy quyết định luân chuyển ..." (nghean24h).
	for _, w := range []string{"theo đó", "trước đó", "cụ thể"} {
		if e, ok := scan.Seq(p.ts, k, w); ok && e < len(p.ts) && p.ts[e].Mark(",") {
			k = e + 1
			break
		}
	}
	if k >= len(p.ts) || !p.ts[k].Is("theo", "tại") || refs[a].start != k+1 {
		return 0, 0, false
	}
	last := a
	for last+1 < len(refs) && (refs[last+1].group == refs[a].group || refs[last].end+1 == refs[last+1].start && p.ts[refs[last].end].Is("và")) {
		last++
	}
	e := refs[last].end
	if e+1 >= len(p.ts) || !p.ts[e].Mark(",") || !p.ts[e+1].Cap() {
		return 0, 0, false
	}
	ue := scan.UnitEnd(p.ts, e+1)
	if ue == e+1 {
		return 0, 0, false
	}
	verb := kindVerb(refs[a].m.Kind)
	if verb == "" {
		return 0, 0, false
	}
	if _, ok := scan.Seq(p.ts, ue, verb); !ok {
		return 0, 0, false
	}
	return e + 1, ue, true
}

// signedAfter reads, after a document's reference ending at ts[from], the
// clause saying it was signed on a unit's behalf: "Quy định 102-QĐ/TW về xử
// lý kỷ luật đảng viên vi phạm vừa được chủ nhiệm Ủy ban Kiểm tra trung ương
// Trần Quốc Vượng thay mặt Bộ Chính trị ký ban hành" (viettimes). It
// returns where the clause begins ("vừa được") and the unit's token range,
// empty when the signer signs for no unit named. A mark or another document
// before "được" ends the search.
func (p *parser) signedAfter(from int) (int, int, int, bool) {
	for k := from; k < len(p.ts) && k < from+30; k++ {
		if p.ts[k].Mark(";") || p.ts[k].Mark(".") || p.ts[k].Mark(":") || p.ts[k].Mark(",") && k > from {
			return 0, 0, 0, false
		}
		if _, _, ok := p.kindAt(k); ok && k > from && p.ts[k].Cap() {
			return 0, 0, 0, false
		}
		if !p.ts[k].Is("được") {
			continue
		}
		c := k
		if c > from && p.ts[c-1].Is("vừa", "đã", "mới") {
			c--
		}
		s, e := 0, 0
		// "được Ban Thường vụ Tỉnh ủy ban hành": the unit signs itself.
		if ue := scan.UnitEnd(p.ts, k+1); ue > k+1 && scan.UnitHead(p.ts, k+1) > k+1 {
			n := p.skipWords(ue, "ký", "ban hành")
			if n > ue {
				return c, k + 1, ue, true
			}
		}
		for n := k + 1; n < len(p.ts) && n < k+24; n++ {
			if p.ts[n].Mark(";") || p.ts[n].Mark(".") {
				break
			}
			if n+1 < len(p.ts) && p.ts[n].Is("thay") && p.ts[n+1].Is("mặt") {
				if ue := scan.UnitEnd(p.ts, n+2); ue > n+2 {
					s, e = n+2, ue
				}
			}
			if _, ok := scan.Seq(p.ts, n, "ký"); ok {
				return c, s, e, true
			}
			if _, ok := scan.Seq(p.ts, n, "ban hành"); ok {
				return c, s, e, true
			}
		}
		return 0, 0, 0, false
	}
	return 0, 0, 0, false
}

// ofUnitAt reads "của UNIT tại" just before ts[i]: whose word the
// document carries, "theo chỉ đạo của UBND tỉnh tại văn bản số
// 238/UBND-KGVX" (langson 2018), "theo đề nghị của Sở Kế hoạch và Đầu tư
// (Thường trực Ban ...) tại Tờ trình số 126/SKHĐT" (a note in brackets may
// follow the unit). It returns the unit's token range. No issuing is said,
// so the document's date is not the sentence's.
func (p *parser) ofUnitAt(i int) (int, int, bool) {
	t, ok := scan.Before(p.ts, i, "tại")
	if !ok {
		return 0, 0, false
	}
	e := t
	if e > 0 && p.ts[e-1].Mark(")") {
		for e--; e > 0 && !p.ts[e].Mark("("); e-- {
			if i-e > 16 {
				return 0, 0, false
			}
		}
	}
	for c := e - 2; c >= 0 && e-c <= 12; c-- {
		if !p.ts[c].Is("của") {
			continue
		}
		if scan.UnitHead(p.ts, c+1) > c+1 && scan.UnitEnd(p.ts, c+1) == e {
			return c + 1, e, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// kindVerb is the verb a document's kind is named after, as its issuer's
// clause says what the document says: quyết định, kết luận, quy định, chỉ
// thị, hướng dẫn; "" for other kinds.
func kindVerb(k schema.DocKind) string {
	switch k {
	case schema.Decision:
		return "quyết định"
	case schema.Conclusion:
		return "kết luận"
	case schema.Regulation:
		return "quy định"
	case schema.Directive:
		return "chỉ thị"
	case schema.Instruction:
		return "hướng dẫn"
	}
	return ""
}

// speaker is the unit that opens the sentence as the subject of verb: "Ban
// Tuyên giáo Tỉnh ủy hướng dẫn tuyên truyền như sau:". It returns its token
// range.
func (p *parser) speaker(verb string) (int, int, bool) {
	k := 0
	if k < len(p.ts) && !p.ts[k].Word {
		k++
	}
	e := scan.UnitEnd(p.ts, k)
	if e == k || verb == "" {
		return 0, 0, false
	}
	if _, ok := scan.Seq(p.ts, e, verb); !ok {
		return 0, 0, false
	}
	return k, e, true
}

// refBetween reports whether a document reference lies within ts[from:to].
func (p *parser) refBetween(refs []ref, from, to int) bool {
	for _, r := range refs {
		if r.start >= from && r.start < to {
			return true
		}
	}
	return false
}

// issuing reads "UNIT [đã] [ký] ban hành" just before ts[i], or "ban hành"
// there and "thay mặt UNIT" earlier in the sentence. It reports whether the
// sentence says the document at ts[i] is being issued, with the issuer's token
// range, empty when the sentence does not name it.
//
// "ký" alone issues too when the sentence says on whose behalf: "Thay mặt
// Bộ Chính trị, Tổng Bí thư Tô Lâm vừa ký Quyết định số 07-QĐ/TW"; a person
// signing with no body named signs for whoever the code says.
func (p *parser) issuing(i int) (int, int, bool) {
	k, ok := scan.Before(p.ts, i, "ban hành")
	signed := false
	if !ok {
		if k, ok = scan.Before(p.ts, i, "ký"); !ok {
			return p.plainIssuing(i)
		}
		signed = true
	}
	if n, ok := scan.Before(p.ts, k, "ký"); ok {
		k = n
	}
	for {
		n, ok := k, false
		for _, w := range []string{"đã", "cũng", "vừa", "mới", "chính thức", "đồng thời"} {
			if m, found := scan.Before(p.ts, k, w); found {
				n, ok = m, true
				break
			}
		}
		if !ok {
			break
		}
		k = n
	}
	// The subject's term may end it: "Ban Chấp hành Đảng bộ tỉnh khóa XIII
	// đã ban hành Nghị quyết số 10-NQ/TU" (baoninhthuan 2016).
	if k >= 2 && p.ts[k-2].Is("khóa", "khoá") {
		if _, ok := scan.Ordinal(p.ts[k-1]); ok {
			k -= 2
		}
	}
	// The subject opens its clause: a unit inside it belongs to someone's
	// post (đồng chí ..., Bí thư Tỉnh ủy Quảng Ninh đã ký ban hành).
	if s := p.clauseStart(k); !signed && scan.UnitHead(p.ts, s) > s && scan.UnitEnd(p.ts, s) == k {
		return s, k, true
	}
	// Reported speech opens a clause of its own: "đồng chí Bí thư cho biết
	// Tỉnh ủy đã ban hành ...".
	for s := p.clauseStart(k); !signed && s < k; s++ {
		if scan.UnitHead(p.ts, s) > s && scan.UnitEnd(p.ts, s) == k && p.reports(s) {
			return s, k, true
		}
	}
	for s := 0; s+1 < k; s++ {
		if p.ts[s].Is("thay") && p.ts[s+1].Is("mặt") {
			if e := scan.UnitEnd(p.ts, s+2); e > s+2 {
				return s + 2, e, true
			}
		}
	}
	return 0, 0, !signed
}

// plainIssuing reads "UNIT ra X", "UNIT (đã) có X", "UNIT (khóa X) đã thông
// qua X" just before ts[i]: the genre's plain verbs of issuing, "Thành ủy Hà Nội ra Thông báo số
// 2804-TB/TU", "Ban Thường vụ Thành ủy có Công văn số 951-CV/TU". Being
// common words, they issue only with the unit opening their clause right
// before them.
func (p *parser) plainIssuing(i int) (int, int, bool) {
	k, ok := 0, false
	for _, verb := range []string{"ra", "có", "thông qua"} {
		if k, ok = scan.Before(p.ts, i, verb); ok {
			break
		}
	}
	if !ok {
		return 0, 0, false
	}
	for _, w := range []string{"đã", "vừa", "mới"} {
		if m, found := scan.Before(p.ts, k, w); found {
			k = m
			break
		}
	}
	// The body's term may end it, bare or in brackets: "Ban Chấp hành
	// Trung ương Đảng khóa X đã thông qua Nghị quyết số 26-NQ/TW"
	// (xaydungdang 2018), "Ban Chấp hành Trung ương (khóa X) ra …".
	if k >= 4 && p.ts[k-1].Mark(")") && p.ts[k-3].Is("khóa", "khoá") && p.ts[k-4].Mark("(") {
		if _, ok := scan.Ordinal(p.ts[k-2]); ok {
			k -= 4
		}
	} else if k >= 2 && p.ts[k-2].Is("khóa", "khoá") {
		if _, ok := scan.Ordinal(p.ts[k-1]); ok {
			k -= 2
		}
	}
	if s := p.clauseStart(k); scan.UnitHead(p.ts, s) > s && scan.UnitEnd(p.ts, s) == k {
		return s, k, true
	}
	return 0, 0, false
}

// justIssued reports "vừa (ký) ban hành", "vừa ký" just before ts[i]: the
// document is the news, issued in the days before the article.
func (p *parser) justIssued(i int) bool {
	for _, w := range []string{"vừa ký ban hành", "vừa ban hành", "vừa ký", "mới ban hành", "vừa ký quyết định ban hành"} {
		if _, ok := scan.Before(p.ts, i, w); ok {
			return true
		}
	}
	return false
}

// reported reports whether a verb of saying comes before ts[i].
func (p *parser) reported(i int) bool {
	for k := 1; k <= i; k++ {
		if p.reports(k) {
			return true
		}
	}
	return false
}

// datedInReport reports whether the clause issuing the document at ts[i]
// has a day of its own inside the speech reported: "Cổng thông tin điện tử
// Chính phủ cho biết, ngày 22/1/2014, Thủ tướng Chính phủ đã ký quyết định
// số 176/QĐ-TTg" dates the signing; "Ngày 5/3, đồng chí Bí thư cho biết ..."
// dates the saying.
func (p *parser) datedInReport(i int) bool {
	said := 0
	for k := i; k >= 1; k-- {
		if p.reports(k) {
			said = k
			break
		}
	}
	w, ok := p.clauseDate(i)
	if !ok {
		return false
	}
	for _, d := range p.dates {
		if d.From == w && d.Start >= p.ts[said].Start && d.End <= p.ts[i].Start {
			return true
		}
	}
	return false
}

// officeSigns reads an office that signs in its own name opening the clause
// that signs or has the document at ts[i] (lexicon.SigningOffices):
// "Thủ tướng Chính phủ Phạm Minh Chính đã ký Quyết định số 593" (canhco
// 2022), "Thủ tướng đã ký Quyết định 314" (dantri), "Chủ tịch nước Cộng hòa
// Xã hội chủ nghĩa Việt Nam đã có Quyết định số 950/2009/QĐ-CTN" (gdsr).
// Only capitalised words, the holder's name or the country's, may stand
// between the office and the adverbs of issuing. It returns the office's
// token range.
func (p *parser) officeSigns(i int) (int, int, bool) {
	k := -1
	for _, verb := range []string{"ký ban hành", "ban hành", "ký", "có"} {
		if n, ok := scan.Before(p.ts, i, verb); ok {
			k = n
			break
		}
	}
	if k < 0 {
		return 0, 0, false
	}
	if _, reg := scan.Before(p.ts, k, "đăng"); reg {
		return 0, 0, false
	}
	for k > 0 && p.ts[k-1].Is("đã", "vừa", "mới", "cũng") {
		k--
	}
	c := k
	for c > 0 && !(p.ts[c-1].Mark(",") || p.ts[c-1].Mark(";") || p.ts[c-1].Mark(":") || p.ts[c-1].Mark(".")) {
		c--
	}
	for _, o := range lexicon.SigningOffices() {
		e, ok := scan.Seq(p.ts, c, o.Printed)
		if !ok || e > k || k-e > 8 {
			continue
		}
		for t := p.skipWords(e, "cộng hòa xã hội chủ nghĩa việt nam", "cộng hoà xã hội chủ nghĩa việt nam"); t < k; t++ {
			if !p.ts[t].Word || !p.ts[t].Cap() {
				return 0, 0, false
			}
		}
		return c, e, true
	}
	return 0, 0, false
}

// signedBy reports whether a person's signing issues the document at ts[i]:
// "ký" just before it, after the adverbs of issuing ("đã ký Quyết định số
// 812/QĐ-TTg", "vừa ký quyết định 1106/QĐ-TTg"). Registering ("đăng ký
// Chương trình số 3") is no signing.
func (p *parser) signedBy(i int) bool {
	k, ok := scan.Before(p.ts, i, "ký")
	if !ok {
		return false
	}
	if _, reg := scan.Before(p.ts, k, "đăng"); reg {
		return false
	}
	return p.signerOpens(k)
}

// signerOpens reports whether the clause that signs at ts[k] (ký) is opened
// by its signer's title, the title's unit or name before the adverbs of
// issuing: "ngày 25/5, Thủ tướng Chính phủ Nguyễn Tấn Dũng đã ký", "Trước
// đó, ngày 21/9, Phó Thủ tướng Thường trực Phạm Bình Minh đã ký". A signing
// told of a person is no signing the clause's day dates: a relative clause
// ("ông A, …, người đã ký Quyết định số …"), an admission ("thừa nhận đã
// ký"), a conclusion about him ("Ủy ban Kiểm tra kết luận ông A đã ký").
func (p *parser) signerOpens(k int) bool {
	ts := p.ts
	a := k
	for a > 0 && ts[a-1].Is("đã", "vừa", "mới") {
		a--
	}
	if a == 0 {
		return false
	}
	c := a - 1
	for c > 0 && !(ts[c-1].Mark(",") || ts[c-1].Mark(";") || ts[c-1].Mark(":") || ts[c-1].Mark(".")) {
		c--
	}
	for x := c; x < a; x++ {
		if ts[x].Is("ông", "bà") {
			return false
		}
	}
	for _, t := range lexicon.Titles() {
		if _, ok := scan.Seq(ts, c, t.Text); ok {
			return true
		}
	}
	return false
}

// reports reports whether a verb of saying ends just before ts[s].
func (p *parser) reports(s int) bool {
	for _, w := range []string{"cho biết", "nêu rõ", "khẳng định", "nhấn mạnh", "thông tin", "cho rằng", "thông báo"} {
		if _, ok := scan.Before(p.ts, s, w); ok {
			return true
		}
	}
	return false
}

// clauseStart is the index after the last comma, semicolon or colon before
// ts[i], or 0.
func (p *parser) clauseStart(i int) int {
	for k := i - 1; k >= 0; k-- {
		if p.ts[k].Mark(",") && scan.Enumerated(p.ts, k+1) {
			continue // Sở Văn hóa, Thể thao và Du lịch: the name's own comma
		}
		if p.ts[k].Mark(",") || p.ts[k].Mark(";") || p.ts[k].Mark(":") {
			return k + 1
		}
	}
	return 0
}

// subjectUnit is the unit that opens the clause holding ts[i] and is its
// subject: a unit's name followed by its verb, not by "của" or a document.
func (p *parser) subjectUnit(i int) (int, int) {
	s := 0
	for k := i - 1; k >= 0; k-- {
		if p.ts[k].Mark(";") || p.ts[k].Mark(":") || p.ts[k].Mark(".") {
			s = k + 1
			break
		}
	}
	// A date or a connective may open the sentence: "Ngày 5/3, Tỉnh ủy ...",
	// "Đồng thời, Ban Thường vụ ...".
	for c := s; c < i && c < s+8; c++ {
		if !p.ts[c].Mark(",") {
			continue
		}
		if scan.UnitHead(p.ts, s) == s {
			s = c + 1
		}
		break
	}
	e := scan.UnitEnd(p.ts, s)
	if e == s || e >= i || p.ts[e].Is("của", "và") || !p.ts[e].Word {
		return 0, 0
	}
	return s, e
}

// siteTag is the index after a site's or agency's name in brackets and a
// dash opening the sentence ("(Baonghean) -", "(ĐCSVN) –"), or 0.
func (p *parser) siteTag() int {
	if len(p.ts) < 4 || !p.ts[0].Mark("(") {
		return 0
	}
	for k := 1; k < 5 && k+1 < len(p.ts); k++ {
		if p.ts[k].Mark(")") {
			if p.ts[k+1].Mark("-") || p.ts[k+1].Mark("–") || p.ts[k+1].Mark("—") {
				return k + 2
			}
			return 0
		}
	}
	return 0
}

// issuedOn dates r by the date the sentence opens with, when it has none: the
// day the document was issued, or its month or year when the sentence gives no
// more (Năm 2017, Ban Thường vụ Huyện ủy đã ban hành ...). A dateline may come
// first: "(ĐCSVN) - Ngày 14/2/2025, thay mặt Bộ Chính trị, ...".
func (p *parser) issuedOn(r *ref) {
	if len(p.dates) == 0 {
		return
	}
	d := p.dates[0]
	if w, ok := p.clauseDate(r.start); ok && d.End <= p.ts[r.start].Start {
		// "Để chuẩn bị ..., ngay từ ngày 20/6/2020, Bộ Chính trị đã ban
		// hành Chỉ thị số 45-CT/TW": the date is the issuing clause's own.
		r.m.Issued = w
		return
	}
	if d.IsRange() || d.From.Day == 0 && d.From.Year == 0 || d.End > p.ts[r.start].Start {
		return
	}
	// A connective may come first too: "Trước đó, ngày 7/9, ...", and the
	// site's name in brackets: "(Baonghean) - Ngày 20/11/2013, ...".
	k0 := p.skipWords(p.siteTag(), "trước đó", "sau đó", "tiếp đó", "đồng thời", "cụ thể", "theo đó")
	for k := k0; k < len(p.ts) && p.ts[k].Start < d.Start; k++ {
		if k-k0 >= 6 || p.ts[k].Word && !p.ts[k].Upper() {
			return // words of a clause before the date: it dates something else
		}
	}
	r.m.Issued = d.From
}

// clauseDate is the date of a clause of its own just before the clause
// that issues the document at ts[i]: the date opens its clause, or follows
// "ngay", "vào" only, and a comma ends it; the issuing clause after it
// holds no mark. It is for a date that does not open the sentence.
func (p *parser) clauseDate(i int) (model.When, bool) {
	for _, d := range p.dates {
		if d.IsRange() || d.From.Day == 0 && d.From.Year == 0 || d.End > p.ts[i].Start {
			continue
		}
		t := 0
		for t < i && p.ts[t].Start < d.End {
			t++
		}
		// "ngày 14/6/2024 vừa qua, Bộ Chính trị đã ban hành Chỉ thị số
		// 35-CT/TW" (baoquangtri 2024, read): recency after the date.
		t = p.skipWords(t, "vừa qua", "vừa rồi")
		if t >= i || !p.ts[t].Mark(",") || p.clauseStart(i) != t+1 {
			continue
		}
		c := 0
		for c < len(p.ts) && p.ts[c].Start < d.Start {
			c++
		}
		if s := p.clauseStart(c); s > 0 && p.skipWords(s, "ngay", "vào") == c {
			return d.From, true
		}
	}
	return model.When{}, false
}

// sameDay reports whether the sentence opens on the day of the article's
// event: "Cùng ngày, ...", "Cũng trong ngày, ...", "Ngay sau hội nghị, ...".
func (p *parser) sameDay() bool {
	k := 0
	if k < len(p.ts) && !p.ts[k].Word {
		k++ // a dateline's dash
	}
	for _, w := range []string{"cùng ngày", "cũng trong ngày", "trong ngày", "ngay sau hội nghị", "ngay sau đại hội", "ngay sau lễ công bố"} {
		if e, ok := scan.Seq(p.ts, k, w); ok && e < len(p.ts) && p.ts[e].Mark(",") {
			return true
		}
	}
	return false
}

// knownSign reports whether signFits knows the committee sign names.
func knownSign(sign string) bool {
	return !signFits(sign, "")
}

// signFits reports whether the issuer part of a document's code (TU, ĐUK,
// CP...) can be that of the unit named unit: a committee's sign names its
// kind. A sign the table does not know fits every unit.
func signFits(sign, unit string) bool {
	keys, ok := map[string][]string{
		// A committee is its party organisation's Ban Chấp hành: "Ban Chấp
		// hành Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết số 10-NQ/TU";
		// the organisation itself (Đảng bộ tỉnh đã triển khai …) issues none.
		"TU":   {"tỉnh ủy", "thành ủy", "chấp hành đảng bộ tỉnh", "bch đảng bộ tỉnh", "chấp hành đảng bộ thành phố", "bch đảng bộ thành phố"},
		"QU":   {"quận ủy", "chấp hành đảng bộ quận", "bch đảng bộ quận"},
		"HU":   {"huyện ủy", "chấp hành đảng bộ huyện", "bch đảng bộ huyện"},
		"THU":  {"thị ủy", "chấp hành đảng bộ thị xã", "bch đảng bộ thị xã"},
		"TXU":  {"thị ủy", "chấp hành đảng bộ thị xã", "bch đảng bộ thị xã"},
		"ĐUK":  {"đảng ủy khối", "chấp hành đảng bộ khối", "bch đảng bộ khối"},
		"ĐU":   {"đảng ủy", "chấp hành đảng bộ xã", "bch đảng bộ xã", "chấp hành đảng bộ phường", "bch đảng bộ phường", "chấp hành đảng bộ thị trấn", "bch đảng bộ thị trấn"},
		"CP":   {"chính phủ"},
		"TTG":  {"thủ tướng"},
		"HĐND": {"hđnd", "hội đồng nhân dân"},
		"UBND": {"ubnd", "ủy ban nhân dân"},
		"TW":   {"ban chấp hành trung ương", "bch trung ương", "bộ chính trị", "ban bí thư"},
		// The mass organisations sign with their own letters: 96-KH/TĐTN
		// (Tỉnh đoàn), 01-ĐA/HPN (Hội Liên hiệp Phụ nữ).
		"TĐTN": {"tỉnh đoàn", "thành đoàn", "đoàn tncs", "đoàn thanh niên"},
		"HPN":  {"hội liên hiệp phụ nữ", "hội lhpn", "hội phụ nữ"},
		"HCCB": {"hội cựu chiến binh", "hội ccb"},
		"HND":  {"hội nông dân"},
		"MTTQ": {"mặt trận tổ quốc", "mttq"},
	}[strings.ToUpper(sign)]
	u := vn.Key(unit)
	if !ok {
		// A committee's department signs with its letters before the
		// committee's (BTGTU: Ban Tuyên giáo Tỉnh ủy; UBKTHU): the
		// committee printed over it is not the issuer.
		for _, d := range []struct{ letters, name string }{{"BTG", "tuyên giáo"}, {"BTC", "tổ chức"}, {"BDV", "dân vận"},
			{"BNC", "nội chính"}, {"UBKT", "kiểm tra"}, {"VP", "văn phòng"}} {
			if rest, found := strings.CutPrefix(strings.ToUpper(sign), d.letters); found && rest != "" {
				return strings.Contains(u, d.name)
			}
		}
		return true
	}
	if sign == "TW" && (u == "trung ương" || u == "trung ương đảng") {
		return true
	}
	for _, k := range keys {
		if strings.Contains(u, k) {
			return true
		}
	}
	return false
}
