package documents

import "github.com/cadregraph/cadregraph/loader/recognize/internal/scan"

// described completes a document whose number the sentence prints in
// brackets after describing it by its kind word alone: "Thường trực Ban Bí thư
// ký ban hành Kết luận của Bộ Chính trị, Ban Bí thư về kết quả ... (Kết luận
// số 200-KL/TW)". The description is the document's: its issuer, subject and
// the issuing the sentence reports are read from it, as they would be were
// the number printed there. A number in brackets after another kind of
// document is another document (Quy định về ... (Quyết định số 12)).
func (p *parser) described(refs []ref) {
	for a := range refs {
		r := &refs[a]
		if r.m.Number == "" || r.start == 0 {
			continue
		}
		// A page may print the kind twice: "(Kết luận số Kết luận số 200-KL/TW)".
		open := r.start - 1
		for open > 0 && open >= r.start-3 && p.ts[open].Word && !p.ts[open].Mark("(") {
			open--
		}
		if !p.ts[open].Mark("(") {
			continue
		}
		o, ok := p.describedBy(refs, r, open)
		if !ok {
			continue
		}
		d := ref{start: o.start, end: o.end, coded: r.coded}
		d.m = o.m
		d.m.Number, d.m.Code = r.m.Number, r.m.Code
		ds := []ref{d}
		p.issuers(ds)
		d = ds[0]
		if j, ok := p.about(d.end); ok {
			d.m.Subject = p.clause(j, open)
		}
		if r.m.Issuer.Text == "" {
			r.m.Issuer, r.m.IssuerTerm = d.m.Issuer, d.m.IssuerTerm
		}
		if r.m.Issued.IsZero() {
			r.m.Issued, r.m.OnEventDay = d.m.Issued, d.m.OnEventDay
		}
		r.m.JustIssued = r.m.JustIssued || d.m.JustIssued
		if r.m.Subject == "" {
			r.m.Subject = d.m.Subject
		}
	}
}

// describedBy reads the description the bracket at ts[open] closes: the last
// kind word of r's kind before it in the sentence that is no reference of
// its own, with nothing but its issuer, date and subject between them (no
// other reference, no end of a clause).
func (p *parser) describedBy(refs []ref, r *ref, open int) (ref, bool) {
	for i := open - 1; i >= 0; i-- {
		t := p.ts[i]
		if t.Mark(";") || t.Mark(".") || t.Mark("(") || t.Mark(")") || p.refBetween(refs, i, open) {
			return ref{}, false
		}
		k, j, ok := p.kindAt(i)
		if !ok || k.kind != r.m.Kind || k.abbrev {
			continue
		}
		var o ref
		o.m.Kind = k.kind
		o.start, o.end = i, p.tail(&o, j)
		// Two issuers sign it together: "của Bộ Chính trị, Ban Bí thư về ...".
		if e := o.end; o.m.Issuer.Text != "" && e+1 < open && p.ts[e].Mark(",") {
			if u := scan.UnitEnd(p.ts, e+1); u > e+1 && u <= open {
				o.end = u
			}
		}
		return o, true
	}
	return ref{}, false
}
