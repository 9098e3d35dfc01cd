package documents

import (
	"strconv"
	"strings"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/schema"
)

// relation is a phrase that, between two documents, links the first to the
// second: "Kết luận số 01 về tiếp tục thực hiện Chỉ thị số 05".
type relation struct {
	words    string // keys; "," stands for a comma
	relation string
}

// relations are longest first, so that "tiếp tục thực hiện" is read before
// "thực hiện".
func relations() []relation {
	return []relation{
		{"tiếp tục đẩy mạnh việc thực hiện", Continues},
		{"tiếp tục đẩy mạnh thực hiện", Continues},
		{"tiếp tục triển khai thực hiện", Continues},
		{"tiếp tục thực hiện", Continues},
		{"tiếp tục triển khai", Continues},
		{"sửa đổi , bổ sung một số điều của", Amends},
		{"sửa đổi , bổ sung", Amends},
		{"sửa đổi bổ sung", Amends},
		{"sửa đổi", Amends},
		{"bổ sung", Amends},
		{"thay thế cho", Replaces},
		{"thay thế", Replaces},
		// "Quy định số 89-QĐ/TW …, thay cho Quy định số 90-QĐ/TW".
		{"thay cho", Replaces},
		{"lãnh đạo , chỉ đạo triển khai thực hiện", Implements},
		{"lãnh đạo , chỉ đạo thực hiện", Implements},
		{"lãnh đạo thực hiện", Implements},
		{"quán triệt , triển khai thực hiện", Implements},
		{"quán triệt và triển khai thực hiện", Implements},
		{"quán triệt , thực hiện", Implements},
		{"quán triệt và thực hiện", Implements},
		{"quán triệt , triển khai", Implements},
		{"quán triệt và triển khai", Implements},
		{"quán triệt", Implements},
		{"triển khai thực hiện", Implements},
		{"tổ chức thực hiện", Implements},
		{"hướng dẫn thực hiện", Implements},
		// "Hướng dẫn số 02-HD/UBKTTW hướng dẫn thi hành Quy định số
		// 30-QĐ/TW".
		{"hướng dẫn thi hành", Implements},
		// "Hướng dẫn số 02-HD/TW … hướng dẫn một số nội dung của Quy định
		// số 24-QĐ/TW": an instruction guiding a regulation carries it out.
		{"hướng dẫn", Implements},
		{"cụ thể hóa", Implements},
		{"thể chế hóa", Implements},
		{"thực hiện", Implements},
		{"triển khai", Implements},
		{"căn cứ", Cites},
		{"theo", Cites},
	}
}

// relationAt reads a relation phrase at ts[j]; commas in the phrase match a
// comma mark.
func relationAt(ts []scan.Token, j int) (string, int, bool) {
	// Most words begin no relation: look no further at them.
	if j >= len(ts) {
		return "", j, false
	}
	switch ts[j].Key {
	case "tiếp", "sửa", "bổ", "thay", "quán", "triển", "tổ", "hướng", "cụ", "thể", "thực", "căn", "theo", "lãnh":
	default:
		return "", j, false
	}
	for _, r := range relations() {
		k, ok := j, true
		for _, w := range strings.Fields(r.words) {
			if k >= len(ts) {
				ok = false
				break
			}
			if w == "," {
				if !ts[k].Mark(",") {
					ok = false
					break
				}
			} else if !ts[k].Is(w) {
				ok = false
				break
			}
			k++
		}
		if ok {
			return r.relation, k, true
		}
	}
	return "", j, false
}

// links reads the links between the documents of the sentence: a relation
// phrase between a document and the next (A về tiếp tục thực hiện B, A thực
// hiện B, A sửa đổi, bổ sung B, A thay thế B), and a sentence that opens with
// one (Thực hiện B, ... ban hành A). A document that continues another and prints
// no issuer of its own shares the other's: the genre prints the issuer once for
// the pair. So does a bare number joined by "và" to the next document (Chỉ thị
// số 05 và Kết luận số 01 của Bộ Chính trị).
func (p *parser) links(refs []ref) []recognize.LinkMention {
	var out []recognize.LinkMention
	for a := 0; a+1 < len(refs); a++ {
		b := a + 1
		if refs[b].group == refs[a].group {
			continue
		}
		j := refs[a].end
		ve, comma := false, false
		// A subject quoted whole, the quotation opening before "về": Kết
		// luận số 01-KL/TW “Về tiếp tục thực hiện Chỉ thị số 05-CT/TW”.
		if j < len(p.ts) && p.ts[j].Mark(`"`) {
			if _, ok := p.about(j + 1); ok {
				j++
			}
		}
		if j < len(p.ts) && p.ts[j].Mark(")") && refs[a].start > 0 && p.ts[refs[a].start-1].Mark("(") {
			// "Chỉ thị số 45-CT/TW … (Chỉ thị 45) thay thế Chỉ thị số
			// 35-CT/TW": a short name in brackets, then what the document
			// does.
			j++
		}
		if n, ok := p.about(j); ok {
			j, ve = n, true
			// "Hướng dẫn số 36-HD/BTCTW … về một số nội dung cụ thể thực hiện
			// Chỉ thị số 35-CT/TW": what of the document the subject carries
			// out.
			if m := p.skipWords(j, "một số nội dung cụ thể", "một số vấn đề cụ thể", "một số nội dung", "một số vấn đề"); m > j {
				if _, _, ok := relationAt(p.ts, m); ok {
					j = m
				}
			}
			// A subject quoted whole: "về “Thực hiện Nghị quyết số 08-NQ/TW
			// ...”" carries it out as "về thực hiện" does.
			if j < len(p.ts) && p.ts[j].Mark(`"`) {
				j++
			}
		} else if j < len(p.ts) && p.ts[j].Mark(",") {
			j, comma = j+1, true
		} else if j < len(p.ts) && p.ts[j].Mark("(") {
			// "Quy định số 114-QĐ/TW ngày 11/7/2023 (thay thế Quy định số
			// 205-QĐ/TW ...)": the relation in brackets is the document's.
			j++
		} else if j+1 < len(p.ts) && (p.ts[j].Mark(":") || p.ts[j].Mark("-") || p.ts[j].Mark("–")) {
			// A headline's colon or dash: "Kết luận số 12-KL/TW: Tiếp tục
			// thực hiện Nghị quyết số 36-NQ/TW …", "Kết luận 12-KL/TW –
			// về tiếp tục thực hiện …". Only what follows it at once is the
			// document's.
			if n, ok := p.about(j + 1); ok {
				j, ve = n, true
			} else if _, _, ok := relationAt(p.ts, j+1); ok {
				j++
			}
		}
		// A purpose between them: "Kế hoạch số 10-KH/TU (được ban hành) nhằm
		// cụ thể hóa Nghị quyết số 57-NQ/TW".
		j0 := j
		j = p.skipWords(p.effective(j), "được ban hành", "ra đời", "nhằm", "để", "là")
		purpose := j > j0
		rel, k, ok := relationAt(p.ts, j)
		if !ok || p.toTarget(k) != refs[b].start {
			if r, e, vok := p.verbList(j, refs[b].start); vok {
				rel, k, ok = r, e, true
			}
		}
		if _, issues := scan.Seq(p.ts, j, "ban hành"); !ok && (j > refs[a].end || issues) {
			// "Nghị quyết số 03/NQ-CP ngày 9/1/2025 ban hành Chương trình
			// hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW".
			rel, k, ok = p.planFor(j, refs[b].start)
		}
		subjectFirst := false
		if !ok {
			rel, k, ok = p.afterSubject(refs[a], refs[b].start)
			subjectFirst = ok
		}
		if !ok {
			rel, k, ok = p.afterDescription(refs[a].end, refs[b].start)
			subjectFirst = ok
		}
		if !ok && p.reviews(refs[a].end, refs[b].start) {
			// "Kết luận số 210-KL/TW nêu rõ kết quả đạt được sau 8 năm thực
			// hiện Nghị quyết số 18-NQ/TW": a document that reviews another
			// cites it.
			// Every document listed after b is reviewed too: "sơ kết 5 năm
			// thực hiện Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW".
			last := p.listedAfter(refs, b)
			for _, f := range p.purposeList(refs, a) {
				for t := b; t <= last; t++ {
					out = append(out, recognize.LinkMention{From: f, To: t, Relation: Cites, Sentence: p.s.Index})
				}
			}
			refs[a].linked = true
			continue
		}
		if prel, pok := p.passiveBy(refs[a].end, refs[b].start); !ok && pok {
			// "Quy định số 24 về X được thay thế bởi Quy định số 232": the
			// later document replaces the earlier; so it amends or carries
			// it out ("được sửa đổi, bổ sung bởi", "được cụ thể hóa bằng").
			for t := b; t < len(refs) && refs[t].group == refs[b].group; t++ {
				out = append(out, recognize.LinkMention{From: t, To: a, Relation: prel, Sentence: p.s.Index})
			}
			continue
		}
		if !ok {
			// "A và B của X", "A, B của X": one issuer printed for both.
			e := refs[a].end
			if e+1 == refs[b].start && (p.ts[e].Is("và") || p.ts[e].Mark(",") && refs[a].coded) {
				shareIssuer(&refs[a], refs[b])
				shareDate(&refs[a], refs[b])
			}
			continue
		}
		if k = p.toTarget(k); k != refs[b].start {
			continue
		}
		if comma && !purpose && meetingVerb(p.ts[j]) && !p.planLike(refs[a]) {
			// "Hội nghị sơ kết Chỉ thị số 05-CT/TW ..., quán triệt Nghị
			// quyết số 18-NQ/TW": what the meeting does next, not what
			// the directive does. A plan's does ("Kế hoạch số 12-KH/TU,
			// triển khai Nghị quyết số 57-NQ/TW").
			continue
		}
		// A subject printed before the relation is still the document's.
		refs[a].linked = !subjectFirst
		rel = carryOn(rel, refs[a], refs[b])
		if rel == Continues {
			shareIssuer(&refs[a], refs[b])
		}
		// Every document of b's group is a target: "thay thế Quyết định số 1, 2".
		// So is it of every document listed just before a, when the relation
		// is the purpose of them all: "ban hành Kế hoạch số 45-KH/ĐU và
		// Chương trình số 12-CTr/ĐU để thực hiện Nghị quyết 03" — both carry
		// it out. A bare relation qualifies the nearest document ("Chỉ thị số
		// 35 và Kế hoạch số 10 thực hiện Nghị quyết số 57"), and through "về"
		// it is a's subject alone.
		from := []int{a}
		for f := a; purpose && !ve && !subjectFirst && rel != Cites && f > 0; f-- {
			e := refs[f-1].end
			if refs[f-1].group == refs[f].group || e+1 != refs[f].start || !(p.ts[e].Is("và") || p.ts[e].Mark(",")) {
				break
			}
			from = append(from, f-1)
		}
		// So is every document listed after b: "thực hiện Nghị quyết số
		// 18-NQ/TW và Nghị quyết số 19-NQ/TW".
		last := p.listedAfter(refs, b)
		for _, f := range from {
			for t := b; t <= last; t++ {
				out = append(out, recognize.LinkMention{From: f, To: t, Relation: rel, Sentence: p.s.Index})
			}
		}
	}
	// A list prints the issuer once, after its last item: "Nghị quyết số
	// 57-NQ/TW, Nghị quyết số 66-NQ/TW, ... và Nghị quyết số 59-NQ/TW của Bộ
	// Chính trị". The pass above gives it to the item before the last; this
	// one carries it back to the first.
	for a := len(refs) - 2; a >= 0; a-- {
		b := a + 1
		e := refs[a].end
		if refs[b].group == refs[a].group || e+1 != refs[b].start || !(p.ts[e].Is("và") || p.ts[e].Mark(",") && refs[a].coded) {
			continue
		}
		shareIssuer(&refs[a], refs[b])
		shareDate(&refs[a], refs[b])
	}
	out = append(out, p.opening(refs)...)
	return issuedInOrder(refs, append(out, p.under(refs)...))
}

// under reads a sentence that opens with the document it goes by, "Theo
// Kế hoạch số 15-KH/TU, các cấp ủy triển khai thực hiện Nghị quyết số
// 57-NQ/TW": what is done under the plan, the plan carries out. Only a
// relation that carries out (thực hiện, triển khai, cụ thể hóa) counts —
// "Theo Chỉ thị số 28-CT/TU, các cấp ủy quán triệt Quy định số 131-QĐ/TW"
// studies it — and only the documents of the first group after it.
func (p *parser) under(refs []ref) []recognize.LinkMention {
	if len(refs) < 2 || len(p.ts) < 3 || !p.ts[0].Is("theo") || refs[0].start != 1 {
		return nil
	}
	a := 0
	for a+1 < len(refs) && refs[a+1].group == refs[0].group {
		a++
	}
	j := refs[a].end
	if a+1 >= len(refs) || j >= len(p.ts) || !p.ts[j].Mark(",") {
		return nil
	}
	b := a + 1
	for k := j + 1; k < refs[b].start; k++ {
		if p.ts[k].Mark(";") || p.ts[k].Mark(".") || p.ts[k].Mark(":") {
			return nil
		}
		rel, e, ok := relationAt(p.ts, k)
		if !ok || rel == Cites || rel == Amends || rel == Replaces || !carriesOut(p.ts[k:e]) || p.toTarget(e) != refs[b].start {
			continue
		}
		var out []recognize.LinkMention
		for t := b; t < len(refs) && refs[t].group == refs[b].group; t++ {
			out = append(out, recognize.LinkMention{From: 0, To: t, Relation: Implements, Sentence: p.s.Index})
		}
		return out
	}
	return nil
}

// issuedInOrder drops the links whose document was issued before the one it
// would carry out, continue, amend, replace or cite: a list after a relation
// may go on with documents the first does not rest on ("Kế hoạch số 25-KH/TU
// ngày 30/11/2016 ... thực hiện Kết luận số 100-KL/TW của Ban Bí thư và Kết
// luận số 111-KL/TU ngày 14/8/2017": the plan carries out the first only).
func issuedInOrder(refs []ref, ls []recognize.LinkMention) []recognize.LinkMention {
	out := ls[:0]
	for _, l := range ls {
		if !issuedBefore(refs[l.From].m.Issued, refs[l.To].m.Issued) {
			out = append(out, l)
		}
	}
	return out
}

// issuedBefore reports whether a is known to come before b: by their years,
// else their months, else their days, where both print them.
func issuedBefore(a, b model.When) bool {
	switch {
	case a.Year == 0 || b.Year == 0:
		return false
	case a.Year != b.Year:
		return a.Year < b.Year
	case a.Month == 0 || b.Month == 0:
		return false
	case a.Month != b.Month:
		return a.Month < b.Month
	}
	return a.Day != 0 && b.Day != 0 && a.Day < b.Day
}

// purposeList is a and the documents listed just before it when a's subject
// is a purpose they share, "về việc" (about doing): "Kế hoạch số 10-KH/TU,
// ngày 15/3/2016 của Ban Thường vụ Tỉnh ủy và Công văn số 281-CV/BTGTU,
// ngày 17/3/2016 của Ban Tuyên giáo Tỉnh ủy về việc tổ chức hội nghị tổng
// kết 5 năm thực hiện Chỉ thị số 03-CT/TW" — the plan and the dispatch both
// organise the review. A subject with "về" alone is the last document's
// (Nghị quyết số 57-NQ/TW … và Nghị quyết số 59-NQ/TW về hội nhập quốc tế).
func (p *parser) purposeList(refs []ref, a int) []int {
	from := []int{a}
	e := refs[a].end
	if _, ok := scan.Seq(p.ts, e, "về việc"); !ok {
		return from
	}
	for f := a; f > 0; f-- {
		e := refs[f-1].end
		if refs[f-1].group == refs[f].group || e+1 != refs[f].start || !(p.ts[e].Is("và") || p.ts[e].Mark(",")) {
			break
		}
		from = append(from, f-1)
	}
	return from
}

// shareDate gives a the day b was issued when a prints none and the two are a
// pair issued together: of one kind and one issuer's sign, with consecutive
// numbers (Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày
// 12/12/2013 của Bộ Chính trị), where the genre prints the day once. Other
// documents listed together were issued apart, and a wrong year would make
// another document of one: Nghị quyết số 57-NQ/TW (2024) và Nghị quyết số
// 59-NQ/TW ngày 24/1/2025; Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW ngày
// 18/5/2021.
func shareDate(a *ref, b ref) {
	if !a.m.Issued.IsZero() || b.m.Issued.IsZero() || a.m.Kind != b.m.Kind || !a.coded || !b.coded ||
		issuerSign(a.m.Code) != issuerSign(b.m.Code) {
		return
	}
	x, errA := strconv.Atoi(a.m.Number)
	y, errB := strconv.Atoi(b.m.Number)
	if errA != nil || errB != nil || y-x != 1 && x-y != 1 {
		return
	}
	a.m.Issued = b.m.Issued
}

// passiveBy reads the relation the clause from ts[from] says the document
// before it undergoes by the one at ts[to], in the passive: "được thay thế
// bởi" (replaces), "được sửa đổi, bổ sung bởi" (amends), "được cụ thể hóa
// bằng" (implements), just before it, in the same clause.
func (p *parser) passiveBy(from, to int) (string, bool) {
	for k := from; k < to; k++ {
		if p.ts[k].Mark(";") || p.ts[k].Mark(".") || p.ts[k].Mark(":") {
			return "", false
		}
		if !p.ts[k].Is("được") && !p.ts[k].Is("bị") {
			continue
		}
		v := k + 1
		// "Nghị quyết số 10/2009/NQ-HĐND … bị bãi bỏ, thay thế bởi Nghị
		// quyết số 24/2011/NQ-HĐND": what is repealed and replaced by the
		// later one is replaced by it.
		if n, ok := scan.Seq(p.ts, v, "bãi bỏ"); ok && n+1 < to && (p.ts[n].Mark(",") || p.ts[n].Is("và")) {
			if r, _, ok := relationAt(p.ts, n+1); ok && r == Replaces {
				v = n + 1
			}
		}
		// The agent may come between: "Chỉ thị số 35-CT/TW … được Tỉnh ủy
		// cụ thể hóa tại Kế hoạch số 220-KH/TU".
		if ue := scan.UnitEnd(p.ts, v); ue > v && ue < to && scan.UnitHead(p.ts, v) > v {
			if _, _, ok := relationAt(p.ts, ue); ok {
				v = ue
			}
		}
		rel, n, ok := relationAt(p.ts, v)
		if !ok && v+1 < to && p.ts[v].Is("thay") && p.ts[v+1].Is("bằng") {
			// "Quy định số 105-QĐ/TW đã hết hiệu lực, được thay bằng
			// Quy định số 80-QĐ/TW".
			rel, n, ok = Replaces, v+1, true
		}
		if !ok || rel == Cites {
			continue
		}
		if e := p.skipWords(n, "bởi", "bằng", "tại", "trong", "thông qua"); e > n && e == to {
			if rel == Continues {
				rel = Implements
			}
			return rel, true
		}
	}
	return "", false
}

// shareIssuer gives a the issuer of b when a is a numbered document that
// prints none and whose code, if any, names the same kind of issuer as b's
// (Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW của Bộ Chính trị).
func shareIssuer(a *ref, b ref) {
	if a.m.Issuer.Text != "" || a.m.Number == "" || b.m.Issuer.Text == "" {
		return
	}
	if a.coded && (!b.coded || issuerSign(a.m.Code) != issuerSign(b.m.Code)) {
		return
	}
	a.m.Issuer = b.m.Issuer
	a.m.IssuerTerm = b.m.IssuerTerm
}

// opening reads a sentence that opens with a relation and names the documents
// it rests on before the verb that issues the documents after it: "Thực hiện
// Nghị quyết số 57-NQ/TW ..., Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số
// 10-KH/TU" — the plan implements the resolution. Each clause of the opening
// (between semicolons) gives its own documents its relation: "Căn cứ Điều lệ
// Đảng; thực hiện Quy định số 22-QĐ/TW ..., Ủy ban Kiểm tra Tỉnh ủy ban hành
// Hướng dẫn số 03-HD/UBKTTU" — the instruction carries out the regulation.
// The issuing verb is "ban hành", or "xây dựng", "ra" just before the
// document issued ("đã xây dựng Kế hoạch số 71-KH/TU", "ra Chỉ thị số 10").
func (p *parser) opening(refs []ref) []recognize.LinkMention {
	if len(refs) < 2 {
		return nil
	}
	issue := p.issuedAfter(refs)
	if issue < 0 {
		return nil
	}
	rels := p.openingRels(refs, issue)
	if rels == nil {
		return nil
	}
	var out []recognize.LinkMention
	for a := range refs {
		if refs[a].start < issue {
			continue
		}
		for b := range refs {
			if refs[b].end <= issue && rels[b] != "" {
				out = append(out, recognize.LinkMention{From: a, To: b, Relation: rels[b], Sentence: p.s.Index})
			}
		}
	}
	return out
}

// openingRels is the relation by which what is issued at ts[issue] rests
// on each document the sentence's opening names before it ("Thực hiện A;
// B; C, ... ban hành"), "" for a document it does not; nil when the
// sentence opens with no relation.
func (p *parser) openingRels(refs []ref, issue int) []string {
	rels := make([]string, len(refs)) // the relation of each document the opening rests on
	found, last := false, ""
	for k := 0; k < issue; k++ {
		if k > 0 && !p.ts[k-1].Mark(";") {
			continue
		}
		j := k
		if j < len(p.ts) && !p.ts[j].Word {
			j++
		}
		// "Để triển khai B, ... ban hành A": a purpose may open the sentence.
		// So may its basis, when a relation follows it: "Trên cơ sở quán
		// triệt sâu sắc Nghị quyết số 68-NQ/TW ..., Ban Thường vụ Tỉnh ủy
		// ban hành Nghị quyết ..." (baoninhbinh 2025).
		j = p.skipWords(j, "để", "nhằm", "trên cơ sở")
		rel, e, ok := relationAt(p.ts, j)
		if ok {
			e = p.toTarget(e)
		}
		if !ok {
			// "Sau 5 năm thực hiện Chỉ thị số 05-CT/TW, Ban Thường vụ
			// Tỉnh ủy ban hành Kết luận số 15-KL/TU": what a review
			// issues cites what it reviewed.
			e, ok = p.reviewAt(j)
			rel = Cites
		}
		switch {
		case ok && (rel == Amends || rel == Replaces):
			last = ""
			continue
		case ok && rel == Continues:
			rel = Implements
		case !ok && k > 0 && last != "":
			// "Thực hiện A; B; C, ... ban hành D": a list run on with
			// semicolons shares the relation that opened it.
			rel, e, ok = last, k, true
		}
		if !ok {
			last = ""
			continue
		}
		last = rel
		// The clause's documents: the one just after its relation, and
		// those after it in the clause ("Thực hiện A, B và C, ...").
		first := -1
		for b := range refs {
			if refs[b].start == e {
				first = b
				break
			}
		}
		if first < 0 {
			last = ""
			continue
		}
		for b := first; b < len(refs) && refs[b].end <= issue && sameClause(p.ts, e, refs[b].start); b++ {
			rels[b] = rel
			found = true
		}
	}
	if !found {
		return nil
	}
	return rels
}

// issuedAfter is the index of the verb that issues the documents after it in
// an opening sentence: the first "ban hành" after the first document, else
// "xây dựng" or "ra" just before a document; -1 when there is none.
func (p *parser) issuedAfter(refs []ref) int {
	for i := refs[0].end; i+1 < len(p.ts); i++ {
		if p.ts[i].Is("ban") && p.ts[i+1].Is("hành") {
			return i
		}
	}
	for _, r := range refs[1:] {
		if r.start >= 2 && p.ts[r.start-2].Is("xây") && p.ts[r.start-1].Is("dựng") {
			return r.start - 2
		}
		if r.start >= 1 && p.ts[r.start-1].Is("ra") {
			return r.start - 1
		}
	}
	return -1
}

// sameClause reports whether no semicolon lies between ts[from] and ts[to].
func sameClause(ts []token, from, to int) bool {
	for k := from; k < to && k < len(ts); k++ {
		if ts[k].Mark(";") {
			return false
		}
	}
	return true
}

// subjects reads each document's "về SUBJECT": the clause after the reference,
// up to the end of the clause or the next document, its quotation marks
// stripped when it is quoted whole.
func (p *parser) subjects(refs []ref) {
	for a := range refs {
		r := &refs[a]
		if r.linked || (a > 0 && refs[a-1].group == r.group && refs[a-1].m.Subject != "") {
			if a > 0 && refs[a-1].group == r.group {
				r.m.Subject = refs[a-1].m.Subject
			}
			continue
		}
		j, ok := p.about(r.end)
		if !ok {
			// "Quy định 29-QĐ/TW năm 2016 thi hành Điều lệ Đảng do Ban Chấp
			// hành Trung ương ban hành": a title without về, then the
			// issuing clause.
			// The words must end before the next document.
			next := len(p.ts)
			if a+1 < len(refs) {
				next = refs[a+1].start
			}
			p.issuedBy(r, r.end, next, 12)
			continue
		}
		limit := len(p.ts)
		for b := a + 1; b < len(refs); b++ {
			if refs[b].group != r.group {
				limit = refs[b].start
				// The relation to the next document is not the subject's:
				// "về X, thay thế Quy định số 24", "về X được thay thế bởi
				// Quy định số 232".
				for k := j; k < limit; k++ {
					if _, ok := p.passiveBy(k, limit); ok && p.ts[k].Is("được") {
						limit = k
						break
					}
					if _, e, ok := relationAt(p.ts, k); ok && p.toTarget(e) == limit {
						limit = k
						break
					}
				}
				break
			}
		}
		// "về X vừa được ... thay mặt Bộ Chính trị ký ban hành": the
		// signing is not the subject.
		if c, _, _, ok := p.signedAfter(j); ok && c < limit {
			limit = c
		}
		// "về kỷ luật ... do Ban Chấp hành Trung ương ban hành ngày
		// 06/7/2022": the issuing clause is not the subject; it names the
		// issuer and the day.
		if k, ok := p.issuedBy(r, j, limit, 40); ok {
			limit = k
		}
		r.m.Subject = p.clause(j, p.issuerClause(j, limit))
	}
}

// issuedBy finds "do UNIT [vừa, đã, ký] ban hành [ngày ...]" (passive)
// within n words from ts[from], before limit and any mark, and gives r the
// issuer and the day it names where r has none. It returns where the
// clause begins.
func (p *parser) issuedBy(r *ref, from, limit, n int) (int, bool) {
	for k := from; k < limit && k < from+n; k++ {
		if !p.ts[k].Word && !p.ts[k].Mark(",") {
			return k, false
		}
		if !p.ts[k].Is("do") {
			continue
		}
		probe := *r
		probe.m.Issuer, probe.m.Issued = recognize.Phrase{}, model.When{}
		if e := p.passive(&probe, k); e > k {
			if r.m.Issuer.Text == "" {
				r.m.Issuer = probe.m.Issuer
			}
			if r.m.Issued.IsZero() {
				r.m.Issued = probe.m.Issued
			}
			return k, true
		}
	}
	return from, false
}

// issuerClause is where a subject from ts[j] ends when the document at
// ts[limit] is issued by a clause of its own after a comma: "Thực hiện Chỉ
// thị số 45-CT/TW về đại hội đảng bộ các cấp, Ban Thường vụ Đảng ủy ... đã
// khẩn trương ban hành Kế hoạch số 08" — the directive's subject ends at the
// comma before the unit that issues the plan. Else limit.
func (p *parser) issuerClause(j, limit int) int {
	if limit >= len(p.ts) {
		return limit
	}
	k, ok := scan.Before(p.ts, limit, "ban hành")
	if !ok {
		return limit
	}
	for c := k - 1; c >= j; c-- {
		if p.ts[c].Mark(",") && scan.UnitHead(p.ts, c+1) > c+1 {
			return c
		}
	}
	return limit
}

// clause is the text from ts[j] to the end of its clause: a semicolon, the
// sentence's last mark, or limit; a clause that opens with a quotation mark ends
// where the quotation closes.
func (p *parser) clause(j, limit int) string {
	if j >= limit {
		return ""
	}
	if p.ts[j].Mark(`"`) {
		for k := j + 1; k < limit; k++ {
			if p.ts[k].Mark(`"`) {
				return strings.TrimSpace(scan.Text(p.rs, p.ts, j+1, k))
			}
		}
	}
	end := j
	for k := j; k < limit; k++ {
		if p.ts[k].Mark(";") || p.ts[k].Mark(":") || p.preambleNext(k) {
			break
		}
		end = k + 1
	}
	// Drop the marks that end the clause and, before the next document, what
	// joins the clause to it: "và", "gắn với", "thực hiện".
	joins := end == limit && limit < len(p.ts)
	for end > j {
		t := p.ts[end-1]
		if !t.Word && !t.Mark(`"`) && !t.Mark(")") || joins && t.Is("và", "với", "gắn", "cùng", "theo", "thực", "hiện", "triển", "khai", "của", "các", "được", "đã") {
			end--
			continue
		}
		break
	}
	// The closing mark of a quotation that opened inside the clause stays.
	return strings.TrimSpace(scan.Text(p.rs, p.ts, j, end))
}

// preambleNext reports a comma at ts[k] after which a document's preamble
// goes on with its next formula, capitalised: the last "Căn cứ" line ends with
// a comma before "Nay ban hành …", "Xét đề nghị …", "Theo đề nghị …"
// (thuvienphapluat 2009, realset c008: "- Căn cứ Nghị quyết Hội nghị lần thứ
// năm Ban Chấp hành Trung ương về tiếp tục đổi mới … hệ thống chính trị, Nay
// ban hành “Quy định …”"). The subject before it ends there.
func (p *parser) preambleNext(k int) bool {
	if !p.ts[k].Mark(",") || k+1 >= len(p.ts) || !p.ts[k+1].Cap() {
		return false
	}
	for _, w := range lexicon.PreambleWords() {
		if _, ok := scan.Seq(p.ts, k+1, w); ok {
			return true
		}
	}
	return false
}

// issuerSign is the issuer part of a document's code, in capitals: TW for
// 21-KL/TW, CP for 143/NQ-CP, UBND for 456/QĐ-UBND and for 73/UBND-TH (a
// department's letters after its body's: lexicon.IssuerLetters); "" when the
// code has none.
func issuerSign(code string) string {
	k := strings.LastIndex(code, "/")
	if k < 0 {
		return ""
	}
	return strings.ToUpper(lexicon.IssuerLetters(code[k+1:]))
}

// carryOn is the relation "tiếp tục thực hiện" states between a and b: a
// document continues one of its own issuer's (Kết luận số 01-KL/TW về tiếp
// tục thực hiện Chỉ thị số 05-CT/TW), while a committee carrying on with a
// higher committee's document implements it (Chỉ thị số 28-CT/TU tiếp tục
// thực hiện Kết luận số 12-KL/TW). Other relations are kept.
func carryOn(rel string, a, b ref) string {
	if rel == Continues && a.coded && b.coded && issuerSign(a.m.Code) != issuerSign(b.m.Code) {
		return Implements
	}
	return rel
}

// planFor reads, as the subject of a document at ts[j], a plan that carries
// out the document at ts[to]: "Nghị quyết số 143/NQ-CP về (ban hành)
// Chương trình hành động của Chính phủ thực hiện Nghị quyết số 45-NQ/TW" —
// the resolution that adopts the programme implements the other. It returns
// the relation and where the relation phrase ends.
func (p *parser) planFor(j, to int) (string, int, bool) {
	if n, ok := scan.Seq(p.ts, j, "ban hành"); ok {
		j = n
	}
	n, ok := 0, false
	for _, w := range []string{"chương trình hành động", "chương trình", "kế hoạch", "đề án"} {
		if n, ok = scan.Seq(p.ts, j, w); ok {
			break
		}
	}
	if !ok {
		return "", j, false
	}
	for k := n; k < to && k < n+10; k++ {
		if !p.ts[k].Word {
			return "", j, false
		}
		rel, e, ok := relationAt(p.ts, k)
		if !ok || rel == Cites || rel == Amends || rel == Replaces {
			continue
		}
		if e == to {
			return Implements, e, true
		}
	}
	return "", j, false
}

// meetingVerb reports a relation that opens with what a meeting does to a
// document (quán triệt, triển khai) rather than what a document does.
func meetingVerb(t token) bool { return t.Is("quán") || t.Is("triển") }

// planLike reports a document that exists to carry out another: a plan, a
// programme, a scheme, an instruction, or one the sentence issues.
func (p *parser) planLike(a ref) bool {
	switch a.m.Kind {
	case schema.Plan, schema.Program, schema.Scheme, schema.Instruction:
		return true
	}
	_, _, issued := p.issuing(a.start)
	return issued
}

// afterSubject reads the document a plan carries out when the plan's subject
// comes first: "Chương trình số 01-CTr/QU về phát triển kinh tế - xã hội,
// thực hiện Nghị quyết số 45-NQ/TW". Only a plan, a programme, a scheme or an
// instruction is read so, since they exist to carry out another document; a
// resolution or a directive about a subject is followed by what the sentence
// does next (quán triệt Chỉ thị số 5 về X, triển khai Kế hoạch số 6).
func (p *parser) afterSubject(a ref, to int) (string, int, bool) {
	plan := false
	switch a.m.Kind {
	case schema.Plan, schema.Program, schema.Scheme, schema.Instruction:
		plan = true
	}
	// A document the sentence issues carries out what its purpose names:
	// "ban hành Quyết định số 1456-QĐ/TU về việc luân chuyển cán bộ, thực
	// hiện Quy định số 65-QĐ/TW".
	if _, _, issued := p.issuing(a.start); issued {
		plan = true
	}
	j, ok := p.about(a.end)
	if !ok || to-j > 30 {
		return "", 0, false
	}
	for k := j; k < to; k++ {
		if p.ts[k].Mark(";") || p.ts[k].Mark(".") || p.ts[k].Mark(":") {
			return "", 0, false
		}
		// "Quy định số 148-QĐ/TW về X thay thế Quy định số 50-QĐ/TW": a
		// replacement or an amendment needs no comma before it.
		// A plan made "theo" another document follows it: "Hướng dẫn số 03
		// về công tác nhân sự đại hội theo Hướng dẫn số 45".
		if !p.ts[k].Mark(",") {
			if rel, e, ok := relationAt(p.ts, k); ok && e == to && (rel == Replaces || rel == Amends || plan && rel == Cites) {
				return rel, e, true
			}
			continue
		}
		rel, e, ok := relationAt(p.ts, k+1)
		if !ok || e != to {
			continue
		}
		switch {
		case rel == Replaces || rel == Amends:
			// "Quy định số 232 về X, thay thế Quy định số 24": whatever its
			// kind, a document replaces or amends what follows.
			return rel, e, true
		case plan && (rel == Implements || rel == Continues):
			return Implements, e, true
		}
	}
	return "", 0, false
}

// afterDescription reads, from ts[j] just after a document (or the kind word
// naming one), a short description of it and then what it replaces or
// amends: "Quy định số 22-QĐ/TW ban hành ngày 28/7/2021 thay thế Quy định số
// 30-QĐ/TW", "Quy định gồm 6 chương, 40 điều, thay thế Quy định số
// 30-QĐ/TW". The description is words, numbers and commas in small letters:
// a capitalised word (a unit that speaks next), a document, a verb of issuing
// or signing, or the end of a clause ends it, and so does descriptionWords.
// Only replacing and amending are read so: what a document carries out is
// read where the genre prints it, next to the document.
func (p *parser) afterDescription(j, to int) (string, int, bool) {
	// The day it was issued: "ban hành ngày 28/7/2021".
	if n, ok := scan.Seq(p.ts, j, "ban hành"); ok {
		var r ref
		if m := p.issued(&r, n); !r.m.Issued.IsZero() {
			if m < len(p.ts) && p.ts[m].Mark(",") {
				m++
			}
			if rel, e, ok := relationAt(p.ts, p.skipWords(m, "và")); ok && (rel == Replaces || rel == Amends) && p.toTarget(e) == to {
				return rel, e, true
			}
		}
	}
	for k := j; k < to && k < j+descriptionWords; k++ {
		t := p.ts[k]
		// Nor is a verb of asking or saying part of it: "Kết luận số 14-KL/TW
		// yêu cầu các cấp ủy, sửa đổi Quy định số 105-QĐ/TW" asks for the
		// amending.
		if t.Mark(";") || t.Mark(".") || t.Mark(":") || t.Mark("(") || t.Word && t.Cap() || t.Is("ban", "ký", "được", "bị") ||
			t.Is("yêu", "đề", "nêu", "chỉ", "giao", "nhấn", "khẳng", "cho", "kiến", "đánh", "kết", "quyết") {
			return "", j, false
		}
		if !t.Mark(",") && !t.Is("và") || k == j {
			continue
		}
		if rel, e, ok := relationAt(p.ts, k+1); ok && (rel == Replaces || rel == Amends) && p.toTarget(e) == to {
			return rel, e, true
		}
	}
	return "", j, false
}

// descriptionWords bounds afterDescription's description: "gồm 6 chương, 40
// điều," has seven words and marks.
const descriptionWords = 16

// maxReviewGap is how many tokens may lie between a document and the one it
// openingBack reads a sentence that opens with a relation to a document it
// names by its kind alone — the one the sentences before spoke of — and
// names the documents issued after "ban hành": "Để triển khai thực hiện Nghị
// quyết, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 10-KH/TU" after a
// sentence on Nghị quyết số 57-NQ/TW. It returns the kind, the relation and
// the issued documents (indices into refs).
func (p *parser) openingBack(refs []ref) (schema.DocKind, string, []int, bool) {
	k := 0
	if k < len(p.ts) && !p.ts[k].Word {
		k++
	}
	k = p.skipWords(k, "để", "nhằm")
	rel, k, ok := relationAt(p.ts, k)
	if !ok || rel == Amends || rel == Replaces || rel == Cites || len(refs) == 0 {
		return "", "", nil, false
	}
	if rel == Continues {
		rel = Implements
	}
	// One document, not "các nghị quyết" (several, or all of them).
	kw, e, ok := p.kindAt(p.skipWords(k, "việc"))
	if !ok || kw.abbrev || refs[0].start < e {
		return "", "", nil, false // the document is named in full: opening's
	}
	e = p.skipWords(e, "này", "trên", "nói trên")
	if e >= len(p.ts) || !p.ts[e].Mark(",") {
		return "", "", nil, false
	}
	issue := -1
	for i := e; i+1 < len(p.ts); i++ {
		if p.ts[i].Is("ban") && p.ts[i+1].Is("hành") {
			issue = i
			break
		}
	}
	if issue < 0 {
		return "", "", nil, false
	}
	var to []int
	for a := range refs {
		if refs[a].start > issue && (len(to) == 0 || refs[a].group == refs[to[0]].group) {
			to = append(to, a)
		}
	}
	return kw.kind, rel, to, len(to) > 0
}

// reviews: "Kết luận số 210-KL/TW nêu rõ kết quả đạt được sau 8 năm thực hiện
// Nghị quyết số 18-NQ/TW" has eight.
const maxReviewGap = 24

// reviews reports whether the clause from ts[from] to ts[to] says that the
// document before it reviews the one at ts[to]: it ends with "sau (qua) N
// năm thực hiện", "tổng kết (việc thực hiện)", "sơ kết (N năm) thực hiện" just
// before that document, in the same clause.
func (p *parser) reviews(from, to int) bool {
	if to-from > maxReviewGap || to > len(p.ts) {
		return false
	}
	for k := from; k < to; k++ {
		if p.ts[k].Mark(";") || p.ts[k].Mark(".") || p.ts[k].Mark(":") {
			return false
		}
	}
	k := to
	back := func(words string) bool {
		ws := strings.Fields(words)
		if k-len(ws) < from {
			return false
		}
		if _, ok := scan.Seq(p.ts, k-len(ws), words); !ok {
			return false
		}
		k -= len(ws)
		return true
	}
	_ = back("việc")
	did := back("thực hiện") || back("thi hành")
	if did {
		_ = back("triển khai")
		_ = back("việc")
	} else if back("triển khai") {
		// "Kết luận số 81-KL/TW đánh giá sau 10 năm triển khai Nghị quyết
		// số 24-NQ/TW".
		did = true
		_ = back("việc")
	}
	if back("tổng kết") || back("sơ kết") {
		return true
	}
	if !did || !back("năm") || k-1 < from {
		return false
	}
	// "sau 8 năm", "qua mười năm": a review counts the years since.
	if _, err := strconv.Atoi(p.ts[k-1].Text); err == nil {
		return true
	}
	for n := k - 1; n >= from && n >= k-3; n-- {
		if _, e := scan.NumberWord(p.ts, n); e == k {
			return true
		}
	}
	return false
}

// byMeans reads a document named as the means a relation is carried out
// by: "Tỉnh ủy đã cụ thể hóa Nghị quyết số 57-NQ/TW bằng Kế hoạch số
// 15-KH/TU" — the plan carries out the resolution — and, the target named
// before in the sentence, "Sau khi Trung ương ban hành Chỉ thị số 35-CT/TW,
// Tỉnh ủy đã cụ thể hóa bằng Kế hoạch số 220-KH/TU". Links the sentence
// states otherwise are kept.
func (p *parser) byMeans(refs []ref, links []recognize.LinkMention) []recognize.LinkMention {
	linked := map[int]bool{}
	for _, l := range links {
		linked[l.From] = true
	}
	var out []recognize.LinkMention
	for b := range refs {
		if b > 0 && refs[b-1].group == refs[b].group || linked[b] {
			continue
		}
		by, ok := scan.Before(p.ts, refs[b].start, "bằng")
		if !ok {
			continue
		}
		to := -1
		rel := ""
		// The target between the relation and "bằng".
		for a := b - 1; a >= 0 && to < 0; a-- {
			if refs[a].end != by || refs[a].group == refs[b].group {
				continue
			}
			for g := a; g >= 0 && refs[g].group == refs[a].group; g-- {
				a = g
			}
			for j := refs[a].start - 1; j >= 0 && j >= refs[a].start-4; j-- {
				if r, e, ok := relationAt(p.ts, j); ok && r != Cites && p.toTarget(e) == refs[a].start {
					to, rel = a, r
					break
				}
			}
			break
		}
		// The relation just before "bằng", its target before it.
		if to < 0 {
			for j := by - 1; j >= 0 && j >= by-4; j-- {
				if r, e, ok := relationAt(p.ts, j); ok && r != Cites && p.skipWords(e, "kịp thời") == by {
					rel = r
					for a := b - 1; a >= 0; a-- {
						if refs[a].end <= j && refs[a].group != refs[b].group {
							to = a
							break
						}
					}
					break
				}
			}
			for to > 0 && refs[to-1].group == refs[to].group {
				to--
			}
		}
		if to < 0 {
			continue
		}
		if rel == Continues {
			rel = Implements
		}
		for t := to; t < len(refs) && refs[t].group == refs[to].group; t++ {
			for f := b; f < len(refs) && refs[f].group == refs[b].group; f++ {
				out = append(out, recognize.LinkMention{From: f, To: t, Relation: rel, Sentence: p.s.Index})
			}
		}
	}
	return out
}

// studyVerbs are what a plan or a meeting does with a document before
// carrying it out, listed before the relation: "học tập, quán triệt, tuyên
// truyền và triển khai thực hiện Nghị quyết số 66-NQ/TW".
func studyVerbs() []string {
	return []string{"tổ chức", "nghiên cứu", "học tập", "tuyên truyền", "phổ biến", "quán triệt", "triển khai"}
}

// verbList reads at ts[j] a list of what is done with the document at
// ts[to], joined by commas and "và", that ends with a relation reaching it:
// "(về việc) tổ chức nghiên cứu, học tập, quán triệt, tuyên truyền và triển
// khai thực hiện Nghị quyết số 66-NQ/TW". It returns the last relation and
// where it ends. A list with no relation at its end is none.
func (p *parser) verbList(j, to int) (string, int, bool) {
	k := p.skipWords(j, "việc")
	verbs := 0
	for k < to && k < j+verbListWords {
		if rel, e, ok := relationAt(p.ts, k); ok && rel != Cites && rel != Amends && rel != Replaces {
			if p.toTarget(e) == to {
				return rel, e, verbs > 0
			}
			// A relation that does not reach the document is one more verb
			// of the list, with its manner: "cụ thể hóa và tổ chức thực
			// hiện có hiệu quả", "quán triệt sâu sắc và triển khai thực hiện".
			k, verbs = p.skipWords(e, mannerWords()...), verbs+1
			continue
		}
		if p.ts[k].Mark(",") || p.ts[k].Is("và") {
			k++
			continue
		}
		n := p.skipWords(k, studyVerbs()...)
		if n == k {
			break
		}
		k, verbs = n, verbs+1
	}
	return "", j, false
}

// verbListWords bounds a list of verbs: "tổ chức nghiên cứu, học tập, quán
// triệt, tuyên truyền và triển khai thực hiện" has sixteen words and marks.
const verbListWords = 20

// backRef is a link a sentence states from a plan it names to a document it
// names by its kind alone ("Kế hoạch số 86-KH/TU thực hiện Nghị quyết"), or
// by nothing ("ban hành Kế hoạch số 15-KH/TU để triển khai thực hiện."): the
// document the sentence, or the one before, named in full.
type backRef struct {
	from     int            // index into refs
	kind     schema.DocKind // "" when the relation ends the clause
	relation string
}

// backRefs reads the links whose target the sentence names by its kind
// alone or leaves unsaid after a plan, a programme, a scheme, an
// instruction or a document the sentence issues. The kind word is
// capitalised and ends its clause ("thực hiện Nghị quyết.", "Nghị quyết
// này", "Nghị quyết nói trên"): "các nghị quyết", "Nghị quyết Đại hội ..."
// and "nghị quyết, chỉ thị của Đảng" name no one document.
func (p *parser) backRefs(refs []ref) []backRef {
	var out []backRef
	for a := range refs {
		if a+1 < len(refs) && refs[a+1].group == refs[a].group || !p.planLike(refs[a]) {
			continue
		}
		j := refs[a].end
		if n, ok := p.about(j); ok {
			j = n
		}
		j = p.skipWords(j, "được ban hành", "nhằm", "để")
		rel, e, ok := relationAt(p.ts, j)
		if !ok || rel == Cites || rel == Amends || rel == Replaces {
			continue
		}
		t := p.toTarget(e)
		if t < len(p.ts) && (a+1 < len(refs) && refs[a+1].start == t || t > e && p.ts[t-1].Is("các")) {
			continue
		}
		kind := schema.DocKind("")
		if kw, n, ok := p.kindAt(t); ok {
			n = p.skipWords(n, "này", "nói trên", "trên", "đó")
			if kw.abbrev || !p.ts[t].Cap() || !p.clauseEnds(n) {
				continue
			}
			if n < len(p.ts) && p.ts[n].Mark(",") {
				if _, _, more := p.kindAt(n + 1); more {
					continue // "Nghị quyết, Chỉ thị của Đảng"
				}
			}
			kind = kw.kind
		} else if !p.clauseEnds(t) {
			continue
		}
		if rel == Continues {
			rel = Implements // a plan carries out what it continues
		}
		out = append(out, backRef{from: a, kind: kind, relation: rel})
	}
	return out
}

// clauseEnds reports whether a clause ends at ts[k]: a mark that ends it, or
// the sentence's end.
func (p *parser) clauseEnds(k int) bool {
	return k >= len(p.ts) || p.ts[k].Mark(",") || p.ts[k].Mark(";") || p.ts[k].Mark(".") || p.ts[k].Mark(":") || p.ts[k].Mark(")")
}

// effective steps over the clause at ts[j] that says when a document takes
// effect, when a relation follows it: "Quy định số 144-QĐ/TW có hiệu lực
// (thi hành) (kể) từ ngày ký (ban hành) và thay thế Quy định số 08-QĐi/TW" —
// the formula that ends a regulation. It returns the index after "và" or the
// comma, or j.
func (p *parser) effective(j int) int {
	k, ok := scan.Seq(p.ts, j, "có hiệu lực")
	if !ok {
		return j
	}
	k = p.skipWords(k, "thi hành")
	// "có hiệu lực thi hành sau 10 (mười) ngày kể từ ngày ký ban hành và
	// thay thế Quyết định số 44/2010/QĐ-UBND": the days it waits.
	if n, ok := scan.Seq(p.ts, k, "sau"); ok && n < len(p.ts) {
		if _, err := strconv.Atoi(p.ts[n].Text); err == nil {
			m := n + 1
			if m < len(p.ts) && p.ts[m].Mark("(") {
				for c := m + 1; c < len(p.ts) && c <= m+3; c++ {
					if p.ts[c].Mark(")") {
						m = c + 1
						break
					}
				}
			}
			if e, ok := scan.Seq(p.ts, m, "ngày"); ok {
				k = e
			}
		}
	}
	k = p.skipWords(k, "kể")
	// "kể từ ngày 1/3/2025" (a day read from "từ" or after it): the day it
	// takes effect, which dates nothing here; or "từ ngày ký".
	day := func(k int) int {
		var r ref
		if n := p.issued(&r, k); !r.m.Issued.IsZero() {
			return n
		}
		return k
	}
	if n := day(k); n > k {
		k = n
	} else if n := day(p.skipWords(k, "từ")); n > k+1 {
		k = n
	} else if n, ok := scan.Seq(p.ts, p.skipWords(k, "từ"), "ngày ký"); ok {
		k = p.skipWords(n, "ban hành")
	} else {
		return j
	}
	if k+1 < len(p.ts) && (p.ts[k].Is("và") || p.ts[k].Mark(",")) {
		if _, _, ok := relationAt(p.ts, k+1); ok {
			return k + 1
		}
	}
	return j
}

// reviewAt reads at ts[j] a review of the document after it: "sau (qua) N
// năm (triển khai) thực hiện", "tổng kết (sơ kết) (N năm) (việc) thực hiện".
// It returns the index after it.
func (p *parser) reviewAt(j int) (int, bool) {
	k := p.skipWords(j, "tổng kết", "sơ kết")
	summing := k > j
	if !summing {
		n, ok := scan.Seq(p.ts, j, "sau")
		if !ok {
			n, ok = scan.Seq(p.ts, j, "qua")
		}
		if !ok {
			return j, false
		}
		k = n
	}
	// The years since: "5 năm", "mười năm".
	years := k
	if k < len(p.ts) {
		if _, err := strconv.Atoi(p.ts[k].Text); err == nil {
			years = k + 1
		} else if _, e := scan.NumberWord(p.ts, k); e > k {
			years = e
		}
	}
	if n, ok := scan.Seq(p.ts, years, "năm"); ok && years > k {
		k = n
	} else if !summing {
		return j, false
	}
	k0 := k
	k = p.skipWords(k, "việc", "triển khai")
	if n, ok := scan.Seq(p.ts, k, "thực hiện"); ok {
		return n, true
	}
	if n, ok := scan.Seq(p.ts, k, "thi hành"); ok {
		return n, true
	}
	if _, ok := scan.Seq(p.ts, p.skipWords(k0, "việc"), "triển khai"); ok {
		// "Sau 10 năm triển khai Nghị quyết số 24-NQ/TW, …".
		return k, true
	}
	// "Tổng kết Nghị quyết số 18-NQ/TW": the document itself.
	return k, summing
}

// about reads "về", "về việc" or its abbreviation "V/v" at ts[j], which
// introduce a document's subject (Công văn số 15-CV/TU V/v thực hiện Chỉ thị
// số 35-CT/TW), returning the index after it.
func (p *parser) about(j int) (int, bool) {
	if j < len(p.ts) && p.ts[j].Key == "v/v" {
		return j + 1, true
	}
	// A title quoted after a colon: "Nghị quyết Trung ương 4 (khóa XI): “Một
	// số vấn đề cấp bách về xây dựng Đảng hiện nay”" (realset i019).
	if j+1 < len(p.ts) && p.ts[j].Mark(":") && p.ts[j+1].Mark(`"`) {
		return j + 1, true
	}
	n, ok := scan.Seq(p.ts, j, "về")
	if !ok {
		return j, false
	}
	if m, ok := scan.Seq(p.ts, n, "việc"); ok {
		n = m
	}
	return n, true
}

// leadLines is how many sentences after a page's headline its lead may take:
// the sentences that say what the document the headline reports does.
const leadLines = 4

// headlineDocument is the index in ds of the document the page's headline
// opens with, when the headline names that one numbered document and
// sentence is of the lead under it; else -1.
func headlineDocument(ds []recognize.DocumentMention, sentence int) int {
	found := -1
	for k, d := range ds {
		if !d.Headline {
			continue
		}
		if found >= 0 || sentence-d.Sentence > leadLines || sentence <= d.Sentence {
			return -1
		}
		found = k
	}
	if found < 0 {
		return -1
	}
	for _, d := range ds {
		if d.Sentence == ds[found].Sentence && d.Number != "" && d.Number != ds[found].Number {
			return -1 // a headline naming two documents reports neither alone
		}
	}
	return found
}

// issuesKind reads a sentence that opens on what it carries out and issues a
// document it names by its kind alone: "Thực hiện Nghị quyết số 57-NQ/TW
// …; Kết luận số 123-KL/TW …; Chỉ thị số 45-CT/TW …, Ban Thường vụ Tỉnh ủy
// ban hành Kế hoạch thực hiện như sau:" — the plan the page reports (its
// headline's, or the one the sentences before name) carries out each. It
// returns the kind, the relation to each of refs ("" for none) and the
// issuer's name as printed, "" when none is. The kind word is capitalised:
// "các huyện ủy ban hành kế hoạch" is every district's own.
func (p *parser) issuesKind(refs []ref) (schema.DocKind, []string, string, bool) {
	if len(refs) == 0 {
		return "", nil, "", false
	}
	for i := refs[0].end; i+2 < len(p.ts); i++ {
		if !p.ts[i].Is("ban") || !p.ts[i+1].Is("hành") {
			continue
		}
		kw, _, ok := p.kindAt(i + 2)
		if !ok || kw.abbrev || !p.ts[i+2].Cap() {
			return "", nil, "", false
		}
		for _, r := range refs {
			if r.start >= i {
				return "", nil, "", false // a numbered one: opening's
			}
		}
		rels := p.openingRels(refs, i)
		if rels == nil {
			return "", nil, "", false
		}
		issuer := ""
		if s, e, ok := p.issuing(i + 2); ok && e > s {
			issuer = scan.Text(p.rs, p.ts, s, e)
		}
		return kw.kind, rels, issuer, true
	}
	return "", nil, "", false
}

// purpose reads a sentence that opens with the purpose of the document the
// page reports and names what it carries out before its issuer's main
// clause: "Để bảo đảm thực hiện quyết liệt, có hiệu quả các nhiệm vụ, giải
// pháp nêu tại Kết luận số 121-KL/TW ... và Kết luận số 126-KL/TW ..., Bộ
// Chính trị, Ban Bí thư yêu cầu ..." under the headline "Kết luận 127-KL/TW
// ...". It returns the relation and the documents of the purpose (indices
// into refs): those the clause names itself, not those inside another's
// subject (Kết luận số 121-KL/TW về tổng kết Nghị quyết số 18-NQ/TW). A
// sentence that issues a document is opening's; one whose clause names no
// document, or whose main clause is not a unit's, gives nothing.
func (p *parser) purpose(refs []ref, ls []recognize.LinkMention) (string, []int, bool) {
	if len(refs) == 0 {
		return "", nil, false
	}
	k := 0
	if k < len(p.ts) && !p.ts[k].Word {
		k++
	}
	if rel, to, ok := p.requests(refs, k); ok {
		return rel, to, true
	}
	k = p.skipWords(k, "để", "nhằm")
	// "bảo đảm", "tiếp tục", "góp phần" and the like before the verb.
	rel, e := "", k
	if n, ok := p.reviewAt(k); ok && n > k {
		// "Sau 5 năm thực hiện Nghị quyết số 36-NQ/TW, Bộ Chính trị kết
		// luận như sau:" under the headline of the conclusion: it reviews
		// the resolution, so cites it.
		rel, e = Cites, n
	}
	for n := k; rel == "" && n < len(p.ts) && n < k+4 && p.ts[n].Word; n++ {
		if r, m, ok := relationAt(p.ts, n); ok {
			rel, e = r, m
			break
		}
	}
	if rel != Implements && rel != Continues && rel != Cites {
		return "", nil, false
	}
	for i := 0; i+1 < len(p.ts); i++ {
		if p.ts[i].Is("ban") && p.ts[i+1].Is("hành") {
			return "", nil, false
		}
	}
	// The main clause: a comma, then the unit that speaks.
	cut := -1
	for n := e; n+1 < len(p.ts); n++ {
		if p.ts[n].Mark(",") && p.ts[n+1].Cap() && scan.UnitEnd(p.ts, n+1) > n+1 && !p.ts[n-1].Is("của") {
			if _, ok := p.mainVerb(scan.UnitEnd(p.ts, n+1)); ok {
				cut = n
				break
			}
		}
	}
	if cut < 0 {
		return "", nil, false
	}
	inner := map[int]bool{}
	for _, l := range ls {
		inner[l.To] = true
	}
	var to []int
	for a, r := range refs {
		if r.start >= e && r.start < cut && !inner[a] {
			to = append(to, a)
		}
	}
	if rel != Cites {
		rel = Implements
	}
	return rel, to, len(to) > 0
}

// requests reads a lead sentence that opens with the issuer's main clause
// and asks for a document to be carried out: "Bộ Chính trị, Ban Bí thư yêu
// cầu các cấp ủy, tổ chức đảng tiếp tục quán triệt, thực hiện nghiêm túc
// Chỉ thị số 45-CT/TW ..." under the headline of Kết luận số 185-KL/TW — the
// conclusion continues the directive (carryOn decides by the two signs).
// The relation comes within requestWords of the verb, in its clause, and
// only the documents of its first reference's group are its targets.
func (p *parser) requests(refs []ref, k int) (string, []int, bool) {
	if k >= len(p.ts) || !p.ts[k].Cap() {
		return "", nil, false
	}
	e := scan.UnitEnd(p.ts, k)
	if e == k {
		return "", nil, false
	}
	e, ok := p.mainVerb(e)
	if !ok {
		return "", nil, false
	}
	return p.requested(refs, e)
}

// requested reads, from ts[e] after a verb of asking, the document a
// request asks to be carried out: "(yêu cầu) các cấp ủy, tổ chức đảng tiếp
// tục quán triệt, thực hiện nghiêm túc Chỉ thị số 45-CT/TW". It returns the
// relation (Continues after "tiếp tục") and the documents of the first
// reference's group.
func (p *parser) requested(refs []ref, e int) (string, []int, bool) {
	again := false
	for n := e; n < len(p.ts) && n < e+requestWords; n++ {
		if p.ts[n].Mark(";") || p.ts[n].Mark(".") || p.ts[n].Mark(":") {
			return "", nil, false
		}
		if p.ts[n].Is("tiếp") && n+1 < len(p.ts) && p.ts[n+1].Is("tục") {
			again = true
		}
		rel, m, ok := relationAt(p.ts, n)
		if !ok || rel != Implements && rel != Continues {
			continue
		}
		if again {
			rel = Continues
		}
		m = p.toTarget(m)
		for a, r := range refs {
			if r.start != m {
				continue
			}
			var to []int
			for t := a; t < len(refs) && refs[t].group == refs[a].group; t++ {
				to = append(to, t)
			}
			return rel, to, true
		}
		return "", nil, false
	}
	return "", nil, false
}

// requestWords is how far after its verb a request may name what is to be
// carried out: "yêu cầu các cấp ủy, tổ chức đảng tiếp tục quán triệt, thực
// hiện nghiêm túc" has eleven.
const requestWords = 16

// mainVerb reports a unit's main clause at ts[j], after its name: what an
// issuer says its document does (yêu cầu, đề nghị, chỉ đạo, có ý kiến, kết
// luận, quyết định, giao), possibly after another unit joined by a comma
// (Bộ Chính trị, Ban Bí thư yêu cầu).
// It returns the index after the verb.
func (p *parser) mainVerb(j int) (int, bool) {
	if j < len(p.ts) && p.ts[j].Mark(",") && j+1 < len(p.ts) && p.ts[j+1].Cap() {
		if e := scan.UnitEnd(p.ts, j+1); e > j+1 {
			j = e
		}
	}
	for _, v := range []string{"yêu cầu", "đề nghị", "chỉ đạo", "có ý kiến", "kết luận", "quyết định", "giao", "chỉ thị", "quy định"} {
		if e, ok := scan.Seq(p.ts, j, v); ok {
			return e, true
		}
	}
	return j, false
}

// listedAfter returns the last of the documents listed from refs[b] on, each
// after a comma or và or in b's own group.
func (p *parser) listedAfter(refs []ref, b int) int {
	last := b
	for last+1 < len(refs) {
		e := refs[last].end
		if refs[last+1].group != refs[last].group && (e+1 != refs[last+1].start || !(p.ts[e].Is("và") || p.ts[e].Mark(",") || p.semicolonItem(refs, last))) && !p.afterItsSubject(refs, last) {
			break
		}
		last++
	}
	return last
}

// afterItsSubject reports whether the document after refs[a] is the next
// item of a list that goes on after refs[a]'s subject: "thực hiện Kết luận
// số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị về chủ trương khuyến khích và
// bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung và Quy định số
// 22-QĐ/TW". The subject is words and commas in one clause, with no relation
// or issuing of its own, joined to the next item by "và" or a comma; the
// next item is not a plan, programme or scheme (those carry out, they are
// not carried out) and states no relation of its own.
func (p *parser) afterItsSubject(refs []ref, a int) bool {
	if a+1 >= len(refs) {
		return false
	}
	j, ok := p.about(refs[a].end)
	next := refs[a+1].start
	if !ok || next-j > subjectListWords || next-1 <= j || !(p.ts[next-1].Is("và") || p.ts[next-1].Mark(",")) {
		return false
	}
	switch refs[a+1].m.Kind {
	case schema.Plan, schema.Program, schema.Scheme:
		return false
	}
	for k := j; k < next-1; k++ {
		t := p.ts[k]
		if !t.Word && !t.Mark(",") && !t.Mark(`"`) && !t.Mark("-") {
			return false
		}
		if _, _, rel := relationAt(p.ts, k); rel || t.Is("ban") && k+1 < next && p.ts[k+1].Is("hành") {
			return false
		}
	}
	return !p.statesOwnRelation(refs, a+1)
}

// statesOwnRelation reports whether the document at refs[i], with the
// documents listed in its group after it, is followed by a relation of its
// own ("Kế hoạch số 11-KH/TU thực hiện …"): it is then the head of another
// link, not one more item of the list before it.
func (p *parser) statesOwnRelation(refs []ref, i int) bool {
	n := refs[i].end
	for t := i + 1; t < len(refs) && refs[t].group == refs[i].group; t++ {
		n = refs[t].end
	}
	_, _, own := relationAt(p.ts, n)
	return own
}

// subjectListWords bounds the subject afterItsSubject steps over.
const subjectListWords = 30

// semicolonItem reports whether the document after refs[a] is the next
// item of a list run on with semicolons: "thực hiện Nghị quyết số
// 57-NQ/TW; Nghị quyết số 59-NQ/TW; Nghị quyết số 66-NQ/TW và Nghị quyết số
// 68-NQ/TW" — one of the same kind, right after the semicolon, that states
// no relation of its own ("Kế hoạch số 10-KH/TU thực hiện Nghị quyết số
// 57-NQ/TW; Kế hoạch số 11-KH/TU thực hiện Nghị quyết số 66-NQ/TW" lists
// plans, each with its own target).
func (p *parser) semicolonItem(refs []ref, a int) bool {
	e := refs[a].end
	if a+1 >= len(refs) || e >= len(p.ts) || !p.ts[e].Mark(";") || e+1 != refs[a+1].start || refs[a+1].m.Kind != refs[a].m.Kind {
		return false
	}
	return !p.statesOwnRelation(refs, a+1)
}
