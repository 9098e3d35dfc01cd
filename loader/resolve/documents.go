package resolve

import (
	"strings"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/schema"
)

// documents adds the documents and the links between them. A numbered
// document is one per kind, number, issuer and year (schema.DocumentID); its
// code is completed only where its issuer makes the sign certain: a number of
// the Bộ Chính trị, the Ban Bí thư or the Central Committee is NUMBER-SIGN/TW
// (Chỉ thị số 35 của Bộ Chính trị is 35-CT/TW), while a local committee's signs
// vary and stay unwritten. A document known by name is one per name, and a
// congress's resolution one per congress.
func (b *builder) documents() {
	ids := make([]string, len(b.r.Documents))
	// Documents printed with a code or an issuer first: a bare "quy định 1374"
	// printed after "Quy định 1374 của Ban Thường vụ Thành ủy" is that one.
	order := make([]int, 0, len(b.r.Documents))
	for k, d := range b.r.Documents {
		if d.Number == "" || d.Code != "" || d.Issuer.Text != "" {
			order = append(order, k)
		}
	}
	for k, d := range b.r.Documents {
		if d.Number != "" && d.Code == "" && d.Issuer.Text == "" {
			order = append(order, k)
		}
	}
	numbered := map[[2]string]int{} // kind and number → index in b.f.Documents
	for _, k := range order {
		d := b.r.Documents[k]
		issuer := ""
		if d.Issuer.Text != "" {
			issuer, _ = b.unit(d.Issuer.Text, d.Sentence)
		}
		central := issuer != "" && b.unitKind(issuer) == schema.UnitCentral
		info := d.Kind.Info()
		var id, name, code string
		issued := b.when(d.Issued)
		congress := ""
		number := strings.TrimLeft(d.Number, "0")
		switch {
		case d.Number != "" && d.Code == "" && issuer == "" && numbered[[2]string{string(d.Kind), number}] > 0:
			id = b.f.Documents[numbered[[2]string{string(d.Kind), number}]-1].ID
		case d.Number != "":
			code = d.Code
			sign := signOf(code)
			if code == "" && central && info.Sign != "" {
				code = d.Number + "-" + info.Sign + "/TW"
				sign = "TW"
			}
			if sign == "" && issuer != "" {
				// A local document printed without its sign: its number is one
				// only within its issuer, which stands in for the sign.
				sign = issuer
			}
			id = schema.DocumentID(d.Kind, d.Number, sign, issued.Year)
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
		if x.Code == "" {
			x.Code = code
		}
		if x.Issuer == "" {
			x.Issuer = issuer
		}
		if x.Issued.IsZero() {
			x.Issued = issued
		}
		if x.Subject == "" {
			x.Subject = d.Subject
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

// signOf is the issuer part of a document's code: TW in 21-KL/TW, TU in
// 05-ĐA/TU, CP in 15/2023/NĐ-CP; "" when there is none.
func signOf(code string) string {
	k := strings.LastIndex(code, "/")
	if k < 0 {
		return ""
	}
	s := code[k+1:]
	if j := strings.LastIndex(s, "-"); j >= 0 {
		s = s[j+1:]
	}
	return s
}
