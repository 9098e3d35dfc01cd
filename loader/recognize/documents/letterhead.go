package documents

import (
	"strings"
	"unicode"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// A page that prints a document in full opens with its letterhead: the
// issuer, "Số: 06-HD/UBKTTW", the place and day it was signed, the kind in
// capitals and its subject, then its preamble ("Căn cứ Quy định số 30-QĐ/TW
// ...;") and its first sentence ("Ủy ban Kiểm tra Trung ương hướng dẫn thực
// hiện ... Quy định số 07-QĐi/TW ..."):
//
//	Số: 06-HD/UBKTTW
//	Hà Nội, ngày 18 tháng 12 năm 2018
//	HƯỚNG DẪN
//	THỰC HIỆN MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ 07-QĐI/TW ...
//
// The number line is the document; the lines after it complete it, and the
// documents its subject, preamble and first sentences carry out or rest on
// are linked from it.

// Tunables of the letterhead, with the reasons for their values.
const (
	// headLines is how many sentences after the number line its head (day,
	// kind, subject) may take: the genre prints them on the next lines.
	headLines = 4
	// preambleLines is how many sentences after the number line may still be
	// its preamble or first sentences, and name what it rests on.
	preambleLines = 12
)

// letterhead reads a number line, "Số: 06-HD/UBKTTW" (or "Số 06-HD/UBKTTW"),
// alone in its sentence or before the place and day: the document the page
// prints. Its kind is the one its sign names until the title line says
// (QĐ signs a Quy định and a Quyết định alike). A page that flattened its
// letterhead into one line ("BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 -
// QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT
// ĐỊNH...") still prints "Số:" with its colon, and the day after it.
func (p *parser) letterhead() (recognize.DocumentMention, bool) {
	at := -1
	if _, ok := scan.Seq(p.ts, 0, "số"); ok {
		at = 0
	} else if _, j, ok := p.kindAt(0); ok && j+1 < len(p.ts) && p.ts[j].Is("số") && p.ts[j+1].Mark(":") {
		// The kind before it: "Nghị quyết số: 11-NQ/TW Hà Nội, ngày 06
		// tháng 01 năm 2012".
		at = j
	} else {
		for k := 1; k+1 < len(p.ts); k++ {
			if p.ts[k].Text == "Số" && p.ts[k+1].Mark(":") {
				at = k
				break
			}
		}
	}
	if at < 0 {
		return p.numberLine()
	}
	j := at + 1
	colon := j < len(p.ts) && p.ts[j].Mark(":")
	if colon {
		j++
	}
	if j >= len(p.ts) {
		return recognize.DocumentMention{}, false
	}
	number, code, ok := numberToken(p.ts[j])
	if !ok {
		return recognize.DocumentMention{}, false
	}
	end := j + 1
	if code == "" {
		var apart int
		code, apart = p.signApart(j, number)
		end += apart
		code = unglue(code, p.ts, end)
	}
	if !strings.Contains(code, "/") {
		return recognize.DocumentMention{}, false
	}
	var day model.When
	if at == 0 {
		// The place and day may share the line: "Số: 06-HD/UBKTTW Hà Nội,
		// ngày 18 tháng 12 năm 2018". Anything else makes it a sentence
		// about a number.
		if day, ok = p.dateline(end); !ok {
			return recognize.DocumentMention{}, false
		}
	} else {
		if !colon {
			return recognize.DocumentMention{}, false
		}
		day = p.dayAfter(end)
	}
	return p.numberOf(at, end, number, code, day)
}

// numberOf is the document a letterhead's number line ts[at:end] prints, of
// the kind its sign names.
//
// A state body's letter (công văn) prints no kind letters: its code opens
// with the body's own sign, then its department's (Số: 73/UBND-TH, 2095/VPCP-
// TCCB). Such a number line is a letter, of the kind "other" as the word
// công văn reads.
func (p *parser) numberOf(at, end int, number, code string, day model.When) (recognize.DocumentMention, bool) {
	kind, ok := signKind(signLetters(code))
	if !ok && letterSign(signLetters(code)) {
		kind, ok = schema.OtherDoc, true
	}
	if !ok {
		return recognize.DocumentMention{}, false
	}
	return recognize.DocumentMention{
		Printed:    p.phrase(at, end),
		Kind:       kind,
		Number:     number,
		Code:       code,
		Congress:   -1,
		Sentence:   p.s.Index,
		Letterhead: true,
		Issued:     day,
	}, true
}

// letterSign reports whether the first letters of a code are an issuer's sign
// the tables know, where a document's code prints its kind's (UBND of
// 73/UBND-TH, VPCP of 2095/VPCP-TCCB).
func letterSign(letters string) bool {
	return lexicon.KnownLetters(letters)
}

// numberLines is how many sentences may open a page before its letterhead's
// number line when "Số:" is printed apart from the number (numberLine).
const numberLines = 6

// numberLine reads a letterhead whose table the page broke into cells, one
// a line, so that "Số:" and the number are sentences of their own: a
// sentence that is a party or state code alone ("216-QĐ/TW"), near the top
// of the page. A code alone in the middle of a page is no letterhead.
func (p *parser) numberLine() (recognize.DocumentMention, bool) {
	if len(p.ts) != 1 || p.s.Index >= numberLines {
		return recognize.DocumentMention{}, false
	}
	number, code, ok := numberToken(p.ts[0])
	if !ok || !strings.Contains(code, "/") {
		return recognize.DocumentMention{}, false
	}
	return p.numberOf(0, 1, number, code, model.When{})
}

// issuerLines is how many lines above its number line a letterhead prints
// its issuer: the issuer (over its parent, the one above), the motto.
const issuerLines = 4

// letterheadIssuer is the issuer a letterhead prints in capitals above its
// number line, as the units recogniser read it: "BỘ CHÍNH TRỊ", "TỈNH ỦY
// QUẢNG NGÃI" — the nearest such line, since a committee prints its parent
// above itself ("ĐẢNG BỘ ĐẠI HỌC THÁI NGUYÊN" over "ĐẢNG ỦY TRƯỜNG ..."). The
// party's name ("ĐẢNG CỘNG SẢN VIỆT NAM") heads every party document and is
// no issuer; nor is a unit the code's sign cannot be (a TU code under a
// Ban of the Central Committee).
func letterheadIssuer(us []recognize.UnitMention, sentence int, code string) recognize.Phrase {
	var best recognize.Phrase
	at := -1
	for _, u := range us {
		if u.Sentence >= sentence || u.Sentence < sentence-issuerLines || u.Sentence < at || !vn.Capitals(u.Text) {
			continue
		}
		if k := vn.Key(u.Text); k == "đảng cộng sản việt nam" || k == "đảng" {
			continue
		}
		if !signFits(issuerSign(code), u.Text) {
			continue
		}
		best, at = u.Phrase, u.Sentence
	}
	return best
}

// unglue takes off a sign the head of the motto a flattened letterhead glued
// to it: "QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH" is the sign QĐ/TWĐTN-VP over
// "ĐOÀN TNCS HỒ CHÍ MINH", as "…ĐẢNG CỘNG SẢN VIỆT NAM" and "…CỘNG HÒA XÃ
// HỘI" are over theirs. ts[next] is the token after the sign.
func unglue(code string, ts []token, next int) string {
	if next >= len(ts) {
		return code
	}
	for _, m := range []struct{ head, then string }{{"ĐOÀN", "TNCS"}, {"ĐẢNG", "CỘNG"}, {"CỘNG", "HÒA"}, {"CỘNG", "HOÀ"}} {
		if rest, ok := strings.CutSuffix(code, m.head); ok && ts[next].Text == m.then && !strings.HasSuffix(rest, "/") {
			return rest
		}
	}
	return code
}

// dayAfter is the day a flattened letterhead prints shortly after its number:
// "ngày 29 tháng 10 năm 2013", with its year; zero when none.
func (p *parser) dayAfter(j int) model.When {
	if j >= len(p.ts) {
		return model.When{}
	}
	for _, d := range p.dates {
		if d.Start >= p.ts[j].Start && d.Start < p.ts[min(j+12, len(p.ts)-1)].End {
			if d.DayWord && d.From.Year != 0 && !d.IsRange() {
				return d.From
			}
		}
	}
	return model.When{}
}

// dateline reads the place and day a document was signed at ts[j], to the
// end of the sentence: "Hà Nội, ngày 18 tháng 12 năm 2018", "TP. Hồ Chí
// Minh, ngày 5/3/2024". An empty rest is a dateline with no day.
func (p *parser) dateline(j int) (model.When, bool) {
	if j >= len(p.ts) {
		return model.When{}, true
	}
	comma := -1
	for k := j; k < len(p.ts) && k < j+8; k++ {
		if p.ts[k].Mark(",") {
			comma = k
			break
		}
		if p.ts[k].Word && !unicode.IsUpper([]rune(p.ts[k].Text)[0]) {
			return model.When{}, false
		}
	}
	if comma < 0 {
		return model.When{}, false
	}
	for _, d := range p.dates {
		if d.Start == p.ts[comma+1].Start && d.DayWord && d.From.Year != 0 && !d.IsRange() {
			if d.End == p.ts[len(p.ts)-1].End || d.End+1 == p.ts[len(p.ts)-1].End && !p.ts[len(p.ts)-1].Word {
				return d.From, true
			}
		}
	}
	return model.When{}, false
}

// signKind is the kind of document the letters of a sign name: HD an
// instruction, NQ a resolution; QĐ is read as a decision until the title says
// otherwise.
func signKind(letters string) (schema.DocKind, bool) {
	if strings.EqualFold(letters, "QĐi") {
		return schema.Regulation, true
	}
	if strings.EqualFold(letters, "QĐ") {
		return schema.Decision, true
	}
	// The party's other kinds, as its rules on documents sign them: Quy chế,
	// Thông báo, Công văn, Tờ trình — "other" (Số 09-QC/TW over QUY CHẾ).
	for _, o := range []string{"QC", "TB", "CV", "TTr"} {
		if strings.EqualFold(letters, o) {
			return schema.OtherDoc, true
		}
	}
	for _, k := range schema.DocKinds() {
		if k.Sign != "" && strings.EqualFold(k.Sign, letters) {
			if k.Kind == schema.Report {
				return schema.OtherDoc, true // as the kind word báo cáo reads
			}
			return k.Kind, true
		}
	}
	return "", false
}

// openLetterhead is the index in ds of the letterhead document whose head or
// preamble sentence may be, or -1.
func openLetterhead(ds []recognize.DocumentMention, sentence, within int) int {
	for k := len(ds) - 1; k >= 0; k-- {
		d := ds[k]
		if d.Sentence < sentence-within {
			break
		}
		if d.Letterhead && d.Sentence < sentence {
			return k
		}
	}
	return -1
}

// completeLetterhead lets the sentence after a number line complete its
// document d: the day line dates it, the title line names its kind, the
// subject line gives its subject.
func (p *parser) completeLetterhead(d *recognize.DocumentMention) {
	if len(p.ts) == 0 {
		return
	}
	if d.Issued.IsZero() {
		if w, ok := p.dateline(0); ok && !w.IsZero() {
			d.Issued = w
			return
		}
	}
	if k, e, ok := p.kindAt(0); ok && p.qualified(e) == len(p.ts) && capitals(p.ts) {
		if !k.abbrev {
			d.Kind = k.kind
		}
		return
	}
	if d.Subject == "" && capitals(p.ts) && p.ts[0].Word && !motto(p.s.Text) {
		j := 0
		if n, ok := p.about(0); ok {
			j = n
		}
		d.Subject = strings.TrimSpace(scan.Text(p.rs, p.ts, j, len(p.ts)))
	}
}

// motto reports the line every party or state document heads its page with,
// which a letterhead flattened cell by cell may print after its number line
// ("Số 69 – HD/BTGTW" over "ĐẢNG CỘNG SẢN VIỆT NAM"): the party's name, the
// state's name and its motto are no subject.
func motto(text string) bool {
	k := vn.Key(strings.TrimSpace(text))
	for _, m := range []string{"đảng cộng sản việt nam", "cộng hòa xã hội chủ nghĩa việt nam", "độc lập"} {
		if strings.HasPrefix(k, m) {
			return true
		}
	}
	return false
}

// qualified steps over a qualifier in brackets after a title line's kind,
// "QUY ĐỊNH (BỔ SUNG)", from ts[e].
func (p *parser) qualified(e int) int {
	if e+2 < len(p.ts) && p.ts[e].Mark("(") {
		for k := e + 1; k < len(p.ts) && k <= e+4; k++ {
			if p.ts[k].Mark(")") {
				return k + 1
			}
		}
	}
	return e
}

// capitals reports whether every word of ts with letters is in capitals, as a
// letterhead's title and subject lines are.
func capitals(ts []token) bool {
	letters := 0
	for _, t := range ts {
		for _, r := range t.Text {
			if unicode.IsLetter(r) {
				letters++
				if !unicode.IsUpper(r) {
					return false
				}
			}
		}
	}
	return letters > 0
}

// thisDocument is the link the sentence states from the document the page
// prints, naming it "[kind] này" at its head: "Quyết định này thay thế Quyết
// định số 1836 QĐ/TWĐTN ..." It returns the kind named and the relation.
func (p *parser) thisDocument(refs []ref) (schema.DocKind, string, bool) {
	if len(refs) == 0 || len(p.ts) < 3 {
		return "", "", false
	}
	j := 0
	if !p.ts[j].Word {
		j++
	}
	k, e, ok := p.kindAt(j)
	if !ok || e >= len(p.ts) || !p.ts[e].Is("này") {
		return "", "", false
	}
	// "Quy định này có hiệu lực từ ngày ký và thay thế Quy định số ...".
	rel, e, ok := relationAt(p.ts, p.effective(e+1))
	if !ok || p.toTarget(e) != refs[0].start {
		return "", "", false
	}
	return k.kind, rel, true
}

// lastLetterhead is the index in ds of the last document of kind the page
// prints from its letterhead, or -1.
func lastLetterhead(ds []recognize.DocumentMention, kind schema.DocKind) int {
	for k := len(ds) - 1; k >= 0; k-- {
		if ds[k].Letterhead && ds[k].Kind == kind {
			return k
		}
	}
	return -1
}

// restsOn is the relation by which the printed document rests on the first
// document of the sentence, when the sentence opens so: its subject line
// ("THỰC HIỆN MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ 07-QĐI/TW"), a line of its
// preamble ("Căn cứ Quy định số 30-QĐ/TW ..."), or its first sentence with the
// issuer before the verb ("Ủy ban Kiểm tra Trung ương hướng dẫn thực hiện một
// số Điều trong Quy định số 07-QĐi/TW").
//
// Its first sentence may open on a list of what it carries out, each item
// its own relation's: "Thực hiện Nghị quyết số 57-NQ/TW …; Kết luận số
// 123-KL/TW …; Chỉ thị số 45-CT/TW …, Ban Thường vụ Tỉnh ủy ban hành Kế
// hoạch thực hiện như sau:" — the plan carries out each. It returns the
// relation to each of refs, "" for none.
func (p *parser) restsOn(refs []ref) ([]string, bool) {
	if len(refs) == 0 {
		return nil, false
	}
	rels := make([]string, len(refs))
	// A line of the preamble rests on every document it names: "Căn cứ
	// Điều lệ Đảng và Quy định số 24-QĐ/TW".
	j := 0
	if !p.ts[j].Word {
		j++
	}
	if _, ok := scan.Seq(p.ts, j, "căn cứ"); ok {
		for t := range rels {
			rels[t] = Cites
		}
		return rels, true
	}
	first := refs[0].start
	for k := 0; k < first; k++ {
		if p.ts[k].Mark(";") || p.ts[k].Mark(".") {
			return nil, false
		}
		rel, e, ok := relationAt(p.ts, k)
		if !ok {
			continue
		}
		if p.toTarget(e) != first {
			continue
		}
		if rel == Continues {
			rel = Implements
		}
		for t := 0; t < len(refs) && refs[t].group == refs[0].group; t++ {
			rels[t] = rel
		}
		if p.skipWords(j, "để", "nhằm") == k {
			issue := len(p.ts)
			for i := refs[0].end; i+1 < len(p.ts); i++ {
				if p.ts[i].Is("ban") && p.ts[i+1].Is("hành") {
					issue = i
					break
				}
			}
			for t, r := range p.openingRels(refs, issue) {
				if r != "" && rels[t] == "" {
					rels[t] = r
				}
			}
		}
		return rels, true
	}
	return nil, false
}

// accordingly reads a sentence that opens "Theo đó," — the content of the
// document the sentence before names — and carries out a document it names:
// "Ngày 30-8, Ban Thường vụ Thành ủy có Công văn số 951-CV/TU ..." over "Theo
// đó, Thường trực Thành ủy yêu cầu các cấp ủy triển khai thực hiện ... các
// nhiệm vụ, giải pháp được nêu tại Thông báo số 10-TB/VPTW". It returns the
// relation of the earlier document to the sentence's first.
func (p *parser) accordingly(refs []ref) (string, schema.DocKind, bool) {
	if len(refs) == 0 {
		return "", "", false
	}
	j, ok := scan.Seq(p.ts, 0, "theo đó")
	kind := schema.DocKind("")
	if !ok && len(p.ts) > 2 && p.ts[0].Is("theo") {
		// "Theo Kế hoạch, các cấp ủy quán triệt, triển khai thực hiện
		// Nghị quyết số 57-NQ/TW": the document named by its kind alone,
		// capitalised, as the sentences before named it.
		if kw, n, found := p.kindAt(1); found && !kw.abbrev && p.ts[1].Cap() {
			n = p.skipWords(n, "này", "trên")
			if n < len(p.ts) && p.ts[n].Mark(",") {
				j, ok, kind = n+1, true, kw.kind
			}
		}
	}
	if !ok {
		return "", "", false
	}
	first := refs[0].start
	for k := j; k < first; k++ {
		if p.ts[k].Mark(";") || p.ts[k].Mark(".") {
			return "", "", false
		}
		rel, e, ok := relationAt(p.ts, k)
		if !ok || rel == Cites || rel == Amends || rel == Replaces {
			continue
		}
		if kind != "" && !carriesOut(p.ts[k:e]) {
			// "Theo Chỉ thị, các cấp ủy quán triệt Quy định số 131-QĐ/TW":
			// what a document has studied it does not carry out.
			continue
		}
		if p.skipWords(p.toTarget(e), "có hiệu quả") == first {
			return Implements, kind, true
		}
		// "thực hiện ... các nhiệm vụ, giải pháp (được) nêu tại X".
		if _, ok := scan.Before(p.ts, first, "nêu tại"); ok {
			return Implements, kind, true
		}
		if _, ok := scan.Before(p.ts, first, "nêu trong"); ok {
			return Implements, kind, true
		}
	}
	return "", "", false
}

// carriesOut reports whether a relation phrase says a document is carried
// out, not only studied: it holds "thực hiện", "triển khai" or "cụ thể hóa".
func carriesOut(ts []token) bool {
	for k, t := range ts {
		if k+1 < len(ts) && (t.Is("thực") && ts[k+1].Is("hiện") || t.Is("triển") && ts[k+1].Is("khai") || t.Is("cụ") && ts[k+1].Is("thể")) {
			return true
		}
	}
	return false
}

// subjectBefore is the index in ds of the first numbered document of the
// sentence just before sentence, or -1.
func subjectBefore(ds []recognize.DocumentMention, sentence int) int {
	found := -1
	for k := len(ds) - 1; k >= 0 && ds[k].Sentence >= sentence-1; k-- {
		if ds[k].Sentence == sentence-1 && ds[k].Number != "" {
			found = k
		}
	}
	return found
}
