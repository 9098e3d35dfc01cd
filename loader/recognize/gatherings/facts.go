package gatherings

import (
	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
)

// unitFacts reads what the sentence states about a unit: when it was founded
// ("X được thành lập ngày 01/7/2025"; "kỷ niệm 15 năm thành lập X (03/7/2007 -
// 03/7/2022)"), how many party members it has ("với 36 đảng viên", "có 6.373
// đảng viên") and base organisations ("có 20 tổ chức cơ sở đảng"). Counts of
// what was added or rewarded (phát triển 112 đảng viên mới, kết nạp 406 đảng
// viên) and approximate ones (hơn 6.000) are not the unit's size.
func (p *parser) unitFacts() []recognize.UnitFact {
	var f recognize.UnitFact
	f.Sentence = p.s.Index
	subject := p.subject()
	if u, w, ok := p.founded(); ok {
		f.Unit, f.Founded = u, w
	}
	if n, ok := p.count(p.memberNoun); ok {
		f.PartyMembers = n
	}
	if n, ok := p.baseOrganisations(); ok {
		f.BaseOrganisations = n
	}
	if f.Founded.IsZero() && f.PartyMembers == 0 && f.BaseOrganisations == 0 {
		return nil
	}
	if f.Unit.Text == "" {
		f.Unit = subject
	}
	return []recognize.UnitFact{f}
}

// subject is the unit that opens the sentence, after a date or a word such as
// "Hiện nay," — or "Đảng bộ" in "Toàn Đảng bộ có...". Zero when the sentence
// opens otherwise.
func (p *parser) subject() recognize.Phrase {
	k := 0
	for _, d := range p.dates {
		if d.Start == 0 {
			k = p.tokenAt(d.End)
		}
	}
	if k < len(p.ts) && p.ts[k].Mark(",") {
		k++
	}
	k = p.skip(k, "hiện nay ,", "đến nay ,", "hiện nay", "đến nay", "toàn", "hiện", "tính đến nay ,")
	if e := scan.UnitEnd(p.ts, k); e > k {
		return p.phrase(k, e)
	}
	return recognize.Phrase{}
}

// founded reads a founding date and the unit founded.
func (p *parser) founded() (recognize.Phrase, model.When, bool) {
	for k := 0; k+1 < len(p.ts); k++ {
		j, ok := p.seqAny(k, "thành lập")
		if !ok {
			continue
		}
		// "X (được) thành lập (vào) ngày D" or "X thành lập năm Y".
		if d, ok := p.dateFrom(p.skip(j, "vào", "từ")); ok && !d.IsRange() {
			s := p.skipBack(k, "được", "chính thức", "đã", "mới")
			from := p.clauseStart(s)
			for a := from; a < s; a++ {
				if scan.UnitHead(p.ts, a) > a && scan.UnitEnd(p.ts, a) == s {
					return p.phrase(a, s), d.From, true
				}
			}
			return recognize.Phrase{}, d.From, true
		}
		// "Ngày D, X được thành lập".
		if d, ok := p.dateFrom(0); ok && !d.IsRange() && d.From.Year != 0 {
			if s, ok := p.endsBefore(k, "được"); ok && (j == len(p.ts) || !p.ts[j].Word) {
				if a := p.tokenAt(d.End); a < len(p.ts) && p.ts[a].Mark(",") {
					a++
					if scan.UnitEnd(p.ts, a) == s && s > a {
						return p.phrase(a, s), d.From, true
					}
				}
			}
		}
		// "thành lập X (D1 - D2)": an anniversary gives the founding day first.
		u := p.skip(j, "ngày")
		e := scan.UnitEnd(p.ts, u)
		if e == u {
			continue
		}
		if e < len(p.ts) && p.ts[e].Mark("(") {
			if d, ok := p.dateFrom(e + 1); ok && d.From.Year != 0 {
				return p.phrase(u, e), d.From, true
			}
		}
		if d, ok := p.dateFrom(p.skip(e, "vào")); ok && !d.IsRange() && d.From.Year != 0 {
			return p.phrase(u, e), d.From, true
		}
	}
	return recognize.Phrase{}, model.When{}, false
}

type datesMatch = dates.Match

// dateFrom is the date that begins at ts[k].
func (p *parser) dateFrom(k int) (datesMatch, bool) {
	if k >= len(p.ts) {
		return datesMatch{}, false
	}
	for _, d := range p.dates {
		if d.Start == p.ts[k].Start {
			return d, true
		}
	}
	return datesMatch{}, false
}

// memberNoun reports whether "đảng viên" begins at ts[k], not followed by
// "mới" (new members, counted apart).
func (p *parser) memberNoun(k int) (int, bool) {
	j, ok := scan.Seq(p.ts, k, "đảng viên")
	if !ok {
		return k, false
	}
	if _, ok := scan.Seq(p.ts, j, "mới"); ok {
		return k, false
	}
	return j, true
}

// count reads "(có|với|gồm|tổng số) N NOUN", where noun reads the thing counted.
func (p *parser) count(noun func(int) (int, bool)) (int, bool) {
	for k := 1; k+1 < len(p.ts); k++ {
		n, ok := scan.Number(p.ts[k])
		if !ok || n == 0 {
			continue
		}
		if _, ok := noun(k + 1); !ok {
			continue
		}
		if _, ok := p.endsBefore(k, "có", "với", "gồm", "tổng số", "hiện có", "tổng cộng", "quản lý", "sinh hoạt", "trên tổng số"); ok {
			return n, true
		}
		// A list after its verb: "có 19 chi bộ trực thuộc, 560 đảng viên".
		if k > 0 && p.ts[k-1].Mark(",") {
			for j := k - 2; j >= p.clauseStart(k) && j >= k-12; j-- {
				if p.ts[j].Is("có", "gồm", "với") {
					return n, true
				}
			}
		}
	}
	return 0, false
}

// baseOrganisations reads the number of base organisations: "có 20 tổ chức cơ
// sở đảng", or the sum of "15 đảng bộ cơ sở, 5 chi bộ cơ sở" where no total is
// printed.
func (p *parser) baseOrganisations() (int, bool) {
	if n, ok := p.count(func(k int) (int, bool) {
		return p.seqAny(k, "tổ chức cơ sở đảng", "tổ chức đảng cơ sở", "tcs đảng", "tổ chức cơ sở")
	}); ok {
		return n, true
	}
	sum, parts := 0, 0
	for k := 0; k+1 < len(p.ts); k++ {
		n, ok := scan.Number(p.ts[k])
		if !ok {
			continue
		}
		if _, ok := p.seqAny(k+1, "đảng bộ cơ sở", "chi bộ cơ sở"); ok {
			sum += n
			parts++
		}
	}
	if parts >= 2 {
		return sum, true
	}
	return 0, false
}
