package documents

import (
	"strings"

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
	k, j, ok := p.kindAt(0)
	if !ok || !p.ts[0].Cap() || k.abbrev || len(refs) > 0 && refs[0].start == 0 {
		return lead{}
	}
	j = p.skipWords(j, "này", "được ban hành", "ra đời", "nhằm mục đích", "nhằm", "để", "là")
	if l, ok := p.reviewLead(refs, k.kind, j); ok {
		return l
	}
	rel, e, ok := relationAt(p.ts, j)
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
	return p.skipWords(e, "một số điều của", "một số điều trong", "một số nội dung của", "một số nội dung trong", "các", "việc",
		// "thực hiện tốt Nghị quyết", "triển khai thực hiện hiệu quả ...".
		"có hiệu quả", "hiệu quả", "nghiêm túc", "nghiêm", "đồng bộ", "quyết liệt", "tốt", "thắng lợi", "sâu rộng", "kịp thời")
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
			start, end = p.subjectUnit(r.start)
			// TW is signed by the Central Committee, the Politburo and the
			// Secretariat alike: a clause's subject does not tell which.
			sign := issuerSign(r.m.Code)
			if end <= start || !r.coded || !knownSign(sign) || sign == "TW" ||
				!signFits(sign, scan.Text(p.rs, p.ts, start, end)) || p.refBetween(refs, end, r.start) {
				continue
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
			if issuing && d.m.Issued.IsZero() && !p.reported(r.start) {
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
	if k >= len(p.ts) || !p.ts[k].Is("theo") || refs[a].start != k+1 {
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

// plainIssuing reads "UNIT ra X", "UNIT (đã) có X" just before ts[i]: the
// genre's plain verbs of issuing, "Thành ủy Hà Nội ra Thông báo số
// 2804-TB/TU", "Ban Thường vụ Thành ủy có Công văn số 951-CV/TU". Being
// common words, they issue only with the unit opening their clause right
// before them.
func (p *parser) plainIssuing(i int) (int, int, bool) {
	k, ok := scan.Before(p.ts, i, "ra")
	if !ok {
		if k, ok = scan.Before(p.ts, i, "có"); !ok {
			return 0, 0, false
		}
	}
	for _, w := range []string{"đã", "vừa", "mới"} {
		if m, found := scan.Before(p.ts, k, w); found {
			k = m
			break
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
		"TU":   {"tỉnh ủy", "thành ủy"},
		"QU":   {"quận ủy"},
		"HU":   {"huyện ủy"},
		"THU":  {"thị ủy"},
		"TXU":  {"thị ủy"},
		"ĐUK":  {"đảng ủy khối"},
		"ĐU":   {"đảng ủy"},
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
