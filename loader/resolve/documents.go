package resolve

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/units"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// documents adds the documents and the links between them. A numbered
// document is one per kind, number, issuer and year (schema.DocumentID); its
// code is completed only where its issuer makes the sign certain: a number of
// the Bộ Chính trị, the Ban Bí thư or the Central Committee is NUMBER-SIGN/TW
// (Chỉ thị số 35 của Bộ Chính trị is 35-CT/TW), while a local committee's signs
// vary and stay unwritten. A document known by name is one per name, and a
// congress's resolution one per congress.
func (b *builder) documents() {
	docs, issuerIn := fullest(termPlenums(joinPlenums(b.r.Documents)))
	ids := make([]string, len(docs))
	// Documents printed with a code or an issuer first: a bare "quy định 1374"
	// printed after "Quy định 1374 của Ban Thường vụ Thành ủy" is that one.
	// So are those printed with a code before those with an issuer alone:
	// "Chỉ thị số 05 của Ban Thường vụ Tỉnh ủy" after "Chỉ thị số 05-CT/TU"
	// is that one.
	order := make([]int, 0, len(docs))
	for k, d := range docs {
		if d.Number == "" || d.Code != "" {
			order = append(order, k)
		}
	}
	for k, d := range docs {
		if d.Number != "" && d.Code == "" && d.Issuer.Text != "" {
			order = append(order, k)
		}
	}
	for k, d := range docs {
		if d.Number != "" && d.Code == "" && d.Issuer.Text == "" {
			order = append(order, k)
		}
	}
	numbered := map[[2]string]int{} // kind and number → index in b.f.Documents
	inferred := map[int]bool{}      // documents whose issuer their sign implies
	for _, k := range order {
		d := docs[k]
		issuer := ""
		if d.Issuer.Text != "" {
			issuer, _ = b.unit(d.Issuer.Text, issuerIn[k])
			if issuer == "" {
				issuer = b.officeIssuer(d.Issuer.Text)
			}
		}
		bySign := false
		sign := issuerSign(d.Code)
		if issuer == "" && d.Code != "" {
			issuer = b.issuerBySign(sign)
			bySign = issuer != ""
		} else if issuer != "" && d.Code != "" {
			issuer = b.fullerBySign(issuer, sign)
			if !b.signFits(sign, issuer) {
				// "tổng kết Nghị quyết 09-NQ/TW của Ban Chỉ đạo", "hướng
				// dẫn số 26-HD/BTCTW … của Bộ Chính trị": the "của" belongs
				// to the noun before the document, or to one after it; the
				// sign says whose it is, or leaves it unsaid.
				issuer = b.issuerBySign(sign)
				bySign = issuer != ""
			}
		}
		if d.Issued.IsZero() && d.Code != "" {
			// A state document's code carries its year: 15/2023/NĐ-CP.
			d.Issued.Year = codeYear(d.Code)
		}
		central := issuer != "" && b.unitKind(issuer) == schema.UnitCentral
		info := d.Kind.Info()
		var id, name, code string
		term := 0
		issued := b.when(d.Issued)
		if issued.IsZero() && d.OnEventDay && b.m.EventDate.Precision() == date.Day {
			issued = b.m.EventDate
		}
		// Issued just now: in the year of the event, the day unsaid.
		if issued.IsZero() && d.JustIssued && b.m.EventDate.Year != 0 {
			issued = date.Date{Year: b.m.EventDate.Year}
		}
		congress := ""
		number := strings.TrimLeft(d.Number, "0")
		same := numbered[[2]string{string(d.Kind), number}] - 1
		switch {
		case d.Number != "" && d.Code == "" && same >= 0 && (issuer == "" || b.signNames(issuerSign(b.f.Documents[same].Code), issuer)):
			id = b.f.Documents[same].ID
		case d.Number != "":
			code = d.Code
			sign := schema.CodeSign(code)
			if code == "" && central && info.Sign != "" && d.Kind != schema.Decision && d.Kind != schema.Program {
				// A decision of the Bộ Chính trị is QĐ/TW or QĐNS/TW (its
				// personnel decisions), a programme CTr or CTHĐ: a bare
				// number of those keeps the number alone.
				sign = "TW"
				for letters, name := range lexicon.NationalSigns() {
					if vn.Key(b.unitName(issuer)) == vn.Key(name) {
						// Nghị quyết 765 của Quân ủy Trung ương: the
						// Commission signs 765-NQ/QUTW, not TW.
						sign = letters
					}
				}
				code = d.Number + "-" + info.Sign + "/" + sign
			}
			if code == "" && issuer != "" {
				// "Thông tri số 36 của Ban Thường vụ Thành ủy": a provincial
				// or district committee signs its own kinds with its letters.
				// The id scopes the sign by the issuer (scopedSign), as
				// for a code printed.
				if cs := b.committeeSign(issuer); cs != "" && localKindSign(d.Kind) {
					code = d.Number + "-" + info.Sign + "/" + cs
					sign = cs
				}
			}
			if sign == "" && issuer != "" {
				// A local document printed without its sign: its number is one
				// only within its issuer, which stands in for the sign.
				sign = issuer
			}
			idSign := scopedSign(sign, issuer)
			if issued.Year == 0 && sign == "TW" && d.IssuerTerm > 0 {
				// "Nghị quyết số 18-NQ/TW của Hội nghị Trung ương 6 khóa
				// XII" printed without its year: the term names which
				// 18-NQ/TW it is (derive joins it to that term's).
				term = d.IssuerTerm
				idSign = schema.TermSign(sign, term)
			}
			id = schema.DocumentID(d.Kind, d.Number, idSign, issued.Year)
			name = info.Vietnamese + " số " + d.Number
			if code != "" {
				name = info.Vietnamese + " số " + code
			}
		default:
			if d.Congress >= 0 && d.Congress < len(b.congressOf) {
				congress = b.congressOf[d.Congress]
			}
			if d.OwnCongress && b.mainCong != "" {
				congress = b.mainCong
			}
			name = d.Name
			if name == "" {
				name = strings.Join(strings.Fields(d.Printed.Text), " ")
			}
			if congress != "" {
				c := b.f.Congresses[b.congressAt[congress]]
				name = "Nghị quyết " + c.Name
				id = schema.NamedDocumentID(d.Kind, congress, "")
				if issuer == "" {
					issuer = c.Unit
				}
				if issued.IsZero() && !c.MentionedOnly {
					issued = c.End
				}
			} else {
				id = schema.NamedDocumentID(d.Kind, name, "")
			}
		}
		i, ok := b.docAt[id]
		if !ok {
			i = len(b.f.Documents)
			b.docAt[id] = i
			b.f.Documents = append(b.f.Documents, model.Document{ID: id, Name: name, Kind: d.Kind, Number: d.Number})
		}
		if d.Number != "" {
			if _, ok := numbered[[2]string{string(d.Kind), number}]; !ok {
				numbered[[2]string{string(d.Kind), number}] = i + 1
			}
		}
		x := &b.f.Documents[i]
		x.Mentions = b.addSpan(x.Mentions, d.Sentence)
		x.Aliases = appendString(x.Aliases, strings.Join(strings.Fields(d.Printed.Text), " "))
		if d.Titled != "" {
			x.Aliases = appendString(x.Aliases, d.Titled)
		}
		if rest, ok := strings.CutPrefix(x.Name, "Nghị quyết Trung ương "); ok {
			// A plenum's resolution is cited with its plenum as often as
			// without: "Nghị quyết Hội nghị Trung ương 4 khóa XI".
			x.Aliases = appendString(x.Aliases, "Nghị quyết Hội nghị Trung ương "+rest)
		}
		if congress != "" {
			// A congress's resolution is known by each name of its
			// congress: "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ
			// XX, nhiệm kỳ 2020-2025" as much as by the name it is given.
			c := b.f.Congresses[b.congressAt[congress]]
			for _, n := range append([]string{c.Name}, c.Aliases...) {
				x.Aliases = appendString(x.Aliases, "Nghị quyết "+n)
				if c.Term != "" && !strings.Contains(n, c.Term) {
					x.Aliases = appendString(x.Aliases, "Nghị quyết "+n+", nhiệm kỳ "+c.Term)
				}
			}
		}
		if d.Number == "" && d.Subject != "" {
			// A document known by name is also known by its full title, the
			// name and what it is about: "Nghị quyết Hội nghị lần thứ năm
			// Ban Chấp hành Trung ương về tiếp tục đổi mới ...".
			x.Aliases = appendString(x.Aliases, strings.Join(strings.Fields(d.Printed.Text+" về "+d.Subject), " "))
		}
		if x.Code == "" {
			x.Code = code
		}
		// An issuer the article prints outranks one its sign implies.
		if x.Issuer == "" || inferred[i] && issuer != "" && !bySign {
			x.Issuer = issuer
			inferred[i] = bySign
		}
		// A later mention may date it more precisely than the first: the
		// headline's "Nghị định số 59/2019/NĐ-CP" gives its code's year, the
		// body's "ngày 1-7-2019" the day (baoninhthuan 2019). A date that
		// disagrees with the one held is left alone.
		if x.Issued.IsZero() || issued.Precision() > x.Issued.Precision() && refines(x.Issued, issued) {
			x.Issued = issued
		}
		if x.Subject == "" {
			x.Subject = d.Subject
		}
		if x.Term == 0 {
			x.Term = term
		}
		if congress != "" {
			c := &b.f.Congresses[b.congressAt[congress]]
			c.Adopted = appendString(c.Adopted, id)
		}
		ids[k] = id
	}
	for i := range b.f.Documents {
		var as []string
		for _, a := range b.f.Documents[i].Aliases {
			if a != b.f.Documents[i].Name {
				as = append(as, a)
			}
		}
		b.f.Documents[i].Aliases = as
	}
	for _, l := range b.r.Links {
		if l.From < 0 || l.To < 0 || l.From >= len(ids) || l.To >= len(ids) {
			continue
		}
		from, to := ids[l.From], ids[l.To]
		if from == "" || to == "" || from == to || l.Relation == "" {
			continue
		}
		key := [3]string{from, to, l.Relation}
		i, ok := b.linkAt[key]
		if !ok {
			i = len(b.f.Links)
			b.linkAt[key] = i
			b.f.Links = append(b.f.Links, model.DocLink{From: from, To: to, Relation: l.Relation})
		}
		b.f.Links[i].Evidence = b.addSpan(b.f.Links[i].Evidence, l.Sentence)
	}
}

// joinPlenums reads a plenum's resolution known by name as the numbered
// resolution the article prints for it, when one is certain: the one printed
// as adopted by that plenum of that term ("Nghị quyết số 26 NQ/TW … của Hội
// nghị lần thứ 7 Ban Chấp hành Trung ương Đảng khoá X" for "Nghị quyết Trung
// ương 7 khoá X"), or the one whose subject is the name's ("Nghị quyết Trung
// ương 4 (khóa XI): “Một số vấn đề cấp bách về xây dựng Đảng hiện nay”" and
// "Nghị quyết số 12-NQ/TW về “Một số vấn đề cấp bách …”", realset i019).
// A reader lists it once, by its number. Every mention of the name follows.
// Two numbered resolutions that fit leave the name alone. ds is not changed.
func joinPlenums(ds []recognize.DocumentMention) []recognize.DocumentMention {
	type coded struct{ number, code string }
	var cands []int
	for k, d := range ds {
		if d.Kind == schema.Resolution && d.Code != "" && strings.HasSuffix(d.Code, "/TW") {
			cands = append(cands, k)
		}
	}
	if len(cands) == 0 {
		return ds
	}
	byName := map[string]coded{}
	ambiguous := map[string]bool{}
	for _, d := range ds {
		plenum, term, ok := plenumName(d)
		if !ok {
			continue
		}
		found := map[coded]bool{}
		for _, k := range cands {
			c := ds[k]
			if term > 0 && c.Plenum == plenum && c.IssuerTerm == term || sameSubject(d.Subject, c.Subject) {
				found[coded{c.Number, c.Code}] = true
			}
		}
		for c := range found {
			if len(found) > 1 || byName[d.Name] != (coded{}) && byName[d.Name] != c {
				ambiguous[d.Name] = true
			}
			byName[d.Name] = c
		}
	}
	if len(byName) == 0 {
		return ds
	}
	// A name printed without its term (a headline's "Nghị quyết Trung ương
	// 4") is the one the article's termed names of that plenum are.
	for _, d := range ds {
		plenum, term, ok := plenumName(d)
		if !ok || term != 0 {
			continue
		}
		if _, done := byName[d.Name]; done {
			continue
		}
		var only coded
		for name, c := range byName {
			p, t, _ := plenumName(recognize.DocumentMention{Name: name})
			if p != plenum || t == 0 {
				continue
			}
			if only != (coded{}) && only != c || ambiguous[name] {
				ambiguous[d.Name] = true
			}
			only = c
		}
		if only != (coded{}) {
			byName[d.Name] = only
		}
	}
	out := make([]recognize.DocumentMention, len(ds))
	copy(out, ds)
	for k := range out {
		d := &out[k]
		c, ok := byName[d.Name]
		if !ok || d.Number != "" || ambiguous[d.Name] {
			continue
		}
		if d.Titled == "" {
			d.Titled = d.Name
		}
		d.Number, d.Code, d.Name = c.number, c.code, ""
	}
	return out
}

// termPlenums reads a plenum's resolution named without its term (a
// headline's "Nghị quyết Hội nghị Trung ương 11") as the one termed name of
// that plenum the article prints ("Nghị quyết Hội nghị lần thứ 11 Ban Chấp
// hành Trung ương Đảng khóa XIII", a Lâm Đồng page read): a reader lists
// one resolution, the graph listed two. The short name stays an alias
// (Titled). Two termed names of the plenum (khóa XI and XII), or none,
// leave it alone; a name joined to its number (joinPlenums) is not one.
// ds is not changed.
func termPlenums(ds []recognize.DocumentMention) []recognize.DocumentMention {
	termed := map[int]string{}
	ambiguous := map[int]bool{}
	for _, d := range ds {
		plenum, term, ok := plenumName(d)
		if !ok || term == 0 {
			continue
		}
		if n, seen := termed[plenum]; seen && n != d.Name {
			ambiguous[plenum] = true
		}
		termed[plenum] = d.Name
	}
	if len(termed) == 0 {
		return ds
	}
	out := make([]recognize.DocumentMention, len(ds))
	copy(out, ds)
	for k := range out {
		d := &out[k]
		plenum, term, ok := plenumName(*d)
		if !ok || term != 0 || ambiguous[plenum] || termed[plenum] == "" {
			continue
		}
		if d.Titled == "" {
			d.Titled = d.Name
		}
		d.Name = termed[plenum]
	}
	return out
}

// plenumName reads the plenum and term of a resolution known by the name
// "Nghị quyết Trung ương 7 khóa X"; term is 0 when the name has none.
func plenumName(d recognize.DocumentMention) (plenum, term int, ok bool) {
	rest, found := strings.CutPrefix(d.Name, "Nghị quyết Trung ương ")
	if !found || d.Number != "" {
		return 0, 0, false
	}
	num, khoa, _ := strings.Cut(rest, " khóa ")
	n, err := strconv.Atoi(num)
	if err != nil || n <= 0 {
		return 0, 0, false
	}
	if khoa != "" {
		t, ok := vn.Roman(khoa)
		if !ok {
			return 0, 0, false
		}
		term = t
	}
	return n, term, true
}

// sameSubject reports whether two subjects are one: equal but for case,
// quotes and punctuation, or one the other's start where the start has five
// words or more (a subject read on into the sentence: "nông nghiệp, nông
// dân, nông thôn đã chỉ ra …").
func sameSubject(a, b string) bool {
	wa, wb := subjectWords(a), subjectWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) < len(wb) && len(wa) < 5 {
		return false
	}
	for i := range wa {
		if wa[i] != wb[i] {
			return false
		}
	}
	return true
}

func subjectWords(s string) []string {
	return strings.FieldsFunc(vn.Key(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// fullest gives every mention of one code the fullest reading the article
// prints of it: the genre gives a document's issuer and date at its first
// mention (Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung
// ương) and the code alone after (Nghị quyết số 45-NQ/TW thay thế ...), and
// both are one document. The issuer keeps the sentence it was printed in, so
// that it is completed from that sentence's context: fullest returns, for each
// mention, the sentence its issuer was printed in. ds is not changed.
func fullest(ds []recognize.DocumentMention) ([]recognize.DocumentMention, []int) {
	out := make([]recognize.DocumentMention, len(ds))
	copy(out, ds)
	in := make([]int, len(ds))
	for k, d := range ds {
		in[k] = d.Sentence
	}
	type reading struct {
		issuer   recognize.Phrase
		term     int
		sentence int
		issued   model.When
	}
	best := map[string]*reading{}
	key := func(d recognize.DocumentMention) string {
		return string(d.Kind) + " " + vn.Key(d.Code)
	}
	for _, d := range out {
		if d.Code == "" {
			continue
		}
		r, ok := best[key(d)]
		if !ok {
			r = &reading{sentence: -1}
			best[key(d)] = r
		}
		if r.issuer.Text == "" && d.Issuer.Text != "" {
			r.issuer, r.term, r.sentence = d.Issuer, d.IssuerTerm, d.Sentence
		}
		if r.issued.IsZero() || r.issued.Year == 0 && d.Issued.Year != 0 {
			if !d.Issued.IsZero() {
				r.issued = d.Issued
			}
		}
	}
	for k := range out {
		d := &out[k]
		if d.Code == "" {
			continue
		}
		r := best[key(*d)]
		if d.Issuer.Text == "" && r.issuer.Text != "" {
			d.Issuer, d.IssuerTerm = r.issuer, r.term
			in[k] = r.sentence
		}
		if d.Issued.IsZero() || d.Issued.Year == 0 && r.issued.Year != 0 && sameDay(d.Issued, r.issued) {
			d.Issued = r.issued
		}
	}
	return out, in
}

// sameDay reports whether a date printed without its year may be the day of
// a full one: the printed parts agree.
func sameDay(a, b model.When) bool {
	return (a.Month == 0 || a.Month == b.Month) && (a.Day == 0 || a.Day == b.Day)
}

// codeYear is the year a state document's code carries (15/2023/NĐ-CP,
// 01/2024/TT-BNV); 0 when it carries none.
func codeYear(code string) int {
	parts := strings.Split(code, "/")
	if len(parts) < 3 {
		return 0
	}
	y := 0
	for _, r := range parts[1] {
		if r < '0' || r > '9' {
			return 0
		}
		y = y*10 + int(r-'0')
	}
	if len(parts[1]) != 4 || y < 1945 || y > 2200 {
		return 0
	}
	return y
}

// issuingOffices are national issuers that the unit grammar does not read
// as units, being an office (the Prime Minister signs the Government's
// decisions and directives: 99/QĐ-TTg; the President his own: 950/2009/QĐ-CTN)
// or a party body named apart from the committees (the Central Military
// Commission: 769-NQ/QUTW), with their kinds.
func issuingOffices() map[string]schema.UnitKind {
	return map[string]schema.UnitKind{
		"Thủ tướng Chính phủ": schema.UnitState,
		"Chủ tịch nước":       schema.UnitState,
		"Quân ủy Trung ương":  schema.UnitCentral,
	}
}

// officeIssuer adds the issuing office printed as text, and returns its id,
// or "" when text names none of issuingOffices.
//
// An office printed short is the office (lexicon.SigningOffices: "Thủ
// tướng" signs as the Thủ tướng Chính phủ).
func (b *builder) officeIssuer(text string) string {
	for _, o := range lexicon.SigningOffices() {
		if vn.Key(text) == vn.Key(o.Printed) {
			text = o.Name
			break
		}
	}
	for name, kind := range issuingOffices() {
		if vn.Key(text) == vn.Key(name) {
			return b.addUnit(units.Unit{Kind: kind, Head: name}, text, -1)
		}
	}
	return ""
}

// scopedSign is the issuer part of a numbered document's id: the sign its
// code prints, followed by its issuer where the sign names a kind of body
// rather than one (TU: every Tỉnh ủy; UBND: every province's committee).
// Each province numbers its own: 05-NQ/TU of Quảng Trị and of Yên Bái are
// two resolutions, and a page that leaves the issuer unsaid keeps the sign
// alone. A national sign (TW, CP, BTGTW, TWĐTN) names one body.
func scopedSign(sign, issuer string) string {
	if sign == "" || issuer == "" || sign == issuer || !localSign(sign) {
		return sign
	}
	return sign + " " + issuer
}

// localSign reports a sign of a body below the Centre or of one of its
// departments: TU, HU, QU, ĐU, ĐUK, TXU, UBND, HĐND; BTGTU, UBKTHU.
func localSign(sign string) bool {
	s := strings.ToUpper(sign)
	if strings.HasSuffix(s, "TW") {
		return false
	}
	for k := range lexicon.LocalSigns() {
		if strings.HasSuffix(s, k) {
			return true
		}
	}
	return false
}

// localKindSign reports the kinds whose letters a local committee's code
// always prints as the kind's own: NQ, CT, KL, TT, HD, KH, ĐA. A decision
// may be QĐ or QĐNS, a regulation QĐ or QĐi, a programme CTr or CTHĐ: not
// certain.
func localKindSign(k schema.DocKind) bool {
	switch k {
	case schema.Resolution, schema.Directive, schema.Conclusion, schema.Circular, schema.Instruction,
		schema.Plan, schema.Scheme:
		return true
	}
	return false
}

// committeeSigns are the letters a committee below the Centre signs with,
// by the heads of its names: a province's or a city's Tỉnh ủy or Thành ủy
// (TU), a district's Huyện ủy (HU) or Quận ủy (QU). A Thị ủy, an Đảng ủy and
// an Đảng ủy Khối are left out: their letters vary (TU, TXU; ĐU, ĐUK).
func committeeSigns() map[string][]string {
	return map[string][]string{
		"TU": {"Tỉnh ủy", "Thành ủy", "Đảng bộ tỉnh", "Đảng bộ thành phố"},
		"HU": {"Huyện ủy", "Đảng bộ huyện"},
		"QU": {"Quận ủy", "Đảng bộ quận"},
	}
}

// committeeSign is the letters the committee issuer signs with, or "": the
// committee itself, or the body that signs in its name (its Ban Thường vụ,
// its Ban Chấp hành, its Thường trực). A department of it (Ban Tuyên giáo
// Tỉnh ủy: BTGTU) signs with letters of its own.
func (b *builder) committeeSign(issuer string) string {
	i, ok := b.unitAt[issuer]
	if !ok {
		return ""
	}
	u := b.f.Units[i]
	names := append([]string{u.Name}, u.Aliases...)
	if signsFor(names) {
		p, ok := b.unitAt[u.Parent]
		if !ok {
			return ""
		}
		u = b.f.Units[p]
		names = append([]string{u.Name}, u.Aliases...)
	}
	found := ""
	for sign, heads := range committeeSigns() {
		for _, n := range names {
			if headed(n, heads) {
				if found != "" && found != sign {
					return ""
				}
				found = sign
			}
		}
	}
	return found
}

// headed reports whether name is one of heads, or begins with one before a
// place ("Tỉnh ủy", "Tỉnh ủy Quảng Trị"; not "Tỉnh ủy viên").
func headed(name string, heads []string) bool {
	k := vn.Key(name)
	for _, h := range heads {
		if h := vn.Key(h); k == h || strings.HasPrefix(k, h+" ") {
			return true
		}
	}
	return false
}

// signsFor reports a body that signs in its committee's name: Ban Thường vụ
// Tỉnh ủy X, Ban Chấp hành Đảng bộ tỉnh X, Thường trực Tỉnh ủy.
func signsFor(names []string) bool {
	for _, n := range names {
		k := vn.Key(n)
		for _, h := range []string{"ban thường vụ ", "ban chấp hành ", "thường trực ", "btv ", "bch "} {
			if strings.HasPrefix(k, h) {
				return true
			}
		}
	}
	return false
}

// issuerSign is the part of a document's code that names its issuer, in
// capitals, as the sign tables (lexicon.NationalSigns, LocalSigns) hold it: BTGTW of
// 71-HD/BTGTW, QH of 35/2021/QH15 (the National Assembly signs with its
// term); "" for a code without one. Read once a document and passed to what
// asks the sign (issuerBySign, fullerBySign, signFits, signNames).
//
// A state body's letter prints its department after its own sign
// (2095/VPCP-TCCB): lexicon.IssuerLetters says which part is the issuer's.
func issuerSign(code string) string {
	k := strings.LastIndex(code, "/")
	if k < 0 {
		return ""
	}
	return strings.TrimRight(strings.ToUpper(lexicon.IssuerLetters(code[k+1:])), "0123456789")
}

// nationalIssuer is the unit id of the national body named name (a sign's,
// lexicon.NationalSigns), or its office's.
func (b *builder) nationalIssuer(name string) string {
	if id, _ := b.unit(name, -1); id != "" {
		return id
	}
	return b.officeIssuer(name)
}

// issuerBySign is the issuer a document's sign (issuerSign) makes certain,
// or "": a national body it names (CP, BTGTW), or the one committee of the
// kind it names among the units the article has named so far (01-CTr/QU in
// an article about Quận ủy Bình Thạnh and no other Quận ủy).
func (b *builder) issuerBySign(sign string) string {
	if sign == "" {
		return ""
	}
	if name, ok := lexicon.NationalSigns()[sign]; ok {
		return b.nationalIssuer(name)
	}
	local, ok := lexicon.LocalSigns()[sign]
	if !ok {
		return ""
	}
	heads := local.Heads
	found := ""
	for _, u := range b.f.Units {
		named := hasHead(u.Name, heads)
		for _, a := range u.Aliases {
			named = named || hasHead(a, heads)
		}
		if !named {
			continue
		}
		if found != "" && found != u.ID {
			return "" // two committees of the kind: not certain
		}
		found = u.ID
	}
	return found
}

// fullerBySign is the national body a code's sign names when the issuer
// printed is that body's name cut short: a letterhead's "BAN CHẤP HÀNH TRUNG
// ƯƠNG ỦY BAN KIỂM TRA" over "Số: 01-HD/UBKTTW" (edaily 2016, read), "Ban
// Tuyên giáo … văn bản số 71-HD/BTGTW" are the Ủy ban Kiểm tra Trung ương
// and the Ban Tuyên giáo Trung ương. Any other issuer stays.
func (b *builder) fullerBySign(issuer, sign string) string {
	name, ok := lexicon.NationalSigns()[sign]
	printed := vn.Key(b.unitName(issuer))
	if !ok || printed == "" || !strings.HasPrefix(vn.Key(name), printed+" ") {
		return issuer
	}
	if id := b.nationalIssuer(name); id != "" {
		return id
	}
	return issuer
}

// signFits reports whether the issuer printed for a document can have signed
// its code: the Central Committee's TW is a central body's (Ban Chấp hành
// Trung ương, Bộ Chính trị, Ban Bí thư), a national sign (BTCTW, CP) its one
// body's, and a committee's below the Centre (TU, HU) no central body's. An
// issuer of a sign the tables do not know is left as printed.
func (b *builder) signFits(sign, issuer string) bool {
	kind := b.unitKind(issuer)
	switch {
	case sign == "TW":
		return kind == schema.UnitCentral
	case lexicon.NationalSigns()[sign] != "":
		return b.signNames(sign, issuer)
	case lexicon.LocalSigns()[sign].Heads != nil:
		return kind != schema.UnitCentral
	}
	return true
}

// signNames reports whether a code's sign (issuerSign) can name the unit issuer
// or the committee a body of it belongs to: TU names Tỉnh ủy Quảng Ninh and its
// Ban Thường vụ, CP the Chính phủ.
func (b *builder) signNames(sign, issuer string) bool {
	if sign == "" {
		return false
	}
	names := func(id string) []string {
		if i, ok := b.unitAt[id]; ok {
			return append([]string{b.f.Units[i].Name}, b.f.Units[i].Aliases...)
		}
		return nil
	}
	cands := names(issuer)
	if i, ok := b.unitAt[issuer]; ok && b.f.Units[i].Parent != "" {
		cands = append(cands, names(b.f.Units[i].Parent)...)
	}
	if name, ok := lexicon.NationalSigns()[sign]; ok {
		for _, c := range cands {
			if vn.Key(c) == vn.Key(name) {
				return true
			}
		}
		return false
	}
	local, ok := lexicon.LocalSigns()[sign]
	if !ok {
		return false
	}
	heads := local.Heads
	for _, c := range cands {
		if hasHead(c, heads) {
			return true
		}
	}
	return false
}

// hasHead reports whether name begins with one of heads and is that
// committee itself, not a body within it (Ban Thường vụ Tỉnh ủy begins
// otherwise) nor a larger one (Đảng ủy Khối for the head Đảng ủy).
func hasHead(name string, heads []string) bool {
	for _, h := range heads {
		rest, ok := strings.CutPrefix(vn.Key(name), vn.Key(h)+" ")
		if !ok {
			continue
		}
		if h == "Đảng ủy" && strings.HasPrefix(rest, "khối") {
			continue
		}
		// The party organisation of a province, a city or a district is
		// led by its Tỉnh ủy, Thành ủy, Huyện ủy or Quận ủy, which signs TU,
		// HU or QU: "Đảng ủy tỉnh Gia Lai", the name the graph also gives
		// Đảng bộ tỉnh Gia Lai, never signs ĐU.
		if h == "Đảng ủy" && placeCommittee(rest) {
			continue
		}
		return true
	}
	return false
}

// placeCommittee reports whether rest, a party organisation's name after its
// head as a key, is a place whose committee has a name of its own (tỉnh X:
// Tỉnh ủy X).
func placeCommittee(rest string) bool {
	for _, w := range []string{"tỉnh", "thành phố", "tp", "huyện", "quận", "thị xã"} {
		if strings.HasPrefix(rest, w+" ") {
			return true
		}
	}
	return false
}

// refines reports whether b says at least what a says and more: the same
// year, and the same month where a has one.
func refines(a, b date.Date) bool {
	return a.Year == b.Year && (a.Month == 0 || a.Month == b.Month) && b.Precision() > a.Precision()
}
