// Package kgtest holds the graphs the query layer's tests and the API's tests
// read: a small fixture of three articles drawn in a comment, and a crowd of n
// people for measuring batching. They are built from model.Facts through
// emit.Quads, as the loader writes them.
package kgtest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/loader/emit"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
)

// Fixture is three articles, written as the loader's resolve stage would
// hand them to emit.
//
//	a1 (event 2025-08-20, published 2025-08-21; author Văn Minh)
//	  Võ Văn Minh ──holds──▶ Phó Bí thư ──within──▶ Thành ủy TPHCM
//	      │                                              ▲ parent
//	      └─spoke_at─▶ Đại hội ĐB các cơ quan Đảng #1 ─held_by─▶ Đảng bộ các cơ quan Đảng TPHCM
//	                       │ adopted                          (6.373 members, 120 base orgs)
//	                       ▼
//	                 Nghị quyết Đại hội ──implements──▶ Kết luận 21-KL/TW ─issued_by─▶ BCH Trung ương
//
//	a2 (event 2024-06-22; photographer Việt Dũng)
//	  Võ Văn Minh ──holds──▶ Phó Bí thư (Thành ủy TPHCM)      seen 2024-06-22
//	  Võ Văn Minh ──holds──▶ Bí thư ──within──▶ Đảng ủy các cơ quan Đảng TPHCM
//	                                              (same unit as Đảng bộ ...; 6.000 members)
//	                         started 2024-06-01, ended 2025-06-30
//	  Lê Thị Hồng Nga ──holds──▶ Phó Bí thư (Thành ủy TPHCM)  seen 2024-06-22
//	  Kết luận 21-KL/TW ──continues──▶ Chỉ thị 05-CT/TW
//	  Đại hội ĐB các cơ quan Đảng #1 (mentioned only here), Đại hội XIV (mentioned only)
//
//	a3 (no event date, published 2023-01-10)
//	  "Võ văn Minh" (another printing of his name), Lê Thị Hồng Nga spoke at
//	  Hội nghị Ban Chấp hành Thành ủy lần 1 ─held_by─▶ Thành ủy TPHCM
type Fixture struct {
	Facts []model.Facts
	// ID holds the ids of the fixture's nodes, by a short name.
	ID map[string]string
}

// The fixture's article texts.
const (
	TextA1 = "Đại hội Đảng bộ các cơ quan Đảng TPHCM lần thứ I. " +
		"Đồng chí Võ Văn Minh, Phó Bí thư Thành ủy TPHCM, phát biểu tại Đại hội. " +
		"Đại hội thông qua Nghị quyết Đại hội, thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương. " +
		"Đảng bộ có 6.373 đảng viên, 120 tổ chức cơ sở đảng. VĂN MINH"
	TextA2 = "Ngày 22/6/2024, đồng chí Võ Văn Minh, Phó Bí thư Thành ủy TPHCM, Bí thư Đảng ủy các cơ quan Đảng TPHCM từ 1/6/2024. " +
		"Đồng chí Lê Thị Hồng Nga, Phó Bí thư Thành ủy. " +
		"Kết luận số 21-KL/TW tiếp tục thực hiện Chỉ thị số 05-CT/TW. " +
		"Hướng tới Đại hội Đảng bộ các cơ quan Đảng lần thứ I và Đại hội XIV của Đảng. Đảng bộ có 6.000 đảng viên. Ảnh: VIỆT DŨNG"
	TextA3 = "Hội nghị Ban Chấp hành Thành ủy lần 1. Đồng chí Võ văn Minh dự. Đồng chí Lê Thị Hồng Nga chủ trì."
)

// span is the rune span of the first sub in text.
func span(t testing.TB, text, sub string) model.Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("fixture: %q not in text", sub)
	}
	start := len([]rune(text[:i]))
	return model.Span{Start: start, End: start + len([]rune(sub))}
}

// New builds the fixture.
func New(t testing.TB) *Fixture {
	t.Helper()
	d := date.MustParse
	id := map[string]string{
		"a1": schema.ArticleID(TextA1), "a2": schema.ArticleID(TextA2), "a3": schema.ArticleID(TextA3),
		"minh": schema.PersonID("Võ Văn Minh"), "nga": schema.PersonID("Lê Thị Hồng Nga"),
		"vanminh": schema.PersonID("Văn Minh"), "vietdung": schema.PersonID("Việt Dũng"),
		"thanhuy": schema.UnitID("Thành ủy TPHCM", ""), "dbcq": schema.UnitID("Đảng bộ các cơ quan Đảng TPHCM", ""),
		"bchtw": schema.UnitID("Ban Chấp hành Trung ương", ""), "dang": schema.UnitID("Đảng Cộng sản Việt Nam", ""),
		"kl21": schema.DocumentID(schema.Conclusion, "21", "TW", 2021), "ct05": schema.DocumentID(schema.Directive, "05", "TW", 0),
		"nqdh": schema.NamedDocumentID(schema.Resolution, "Nghị quyết Đại hội Đảng bộ các cơ quan Đảng TPHCM lần thứ I", ""),
	}
	id["pbt"] = schema.PositionID("Phó Bí thư", id["thanhuy"])
	id["bt"] = schema.PositionID("Bí thư", id["dbcq"])
	id["dh1"] = schema.CongressID(id["dbcq"], 1, "2025-2030")
	id["dh14"] = schema.CongressID(id["dang"], 14, "")
	id["hn1"] = schema.EventID(id["thanhuy"], "Hội nghị Ban Chấp hành Thành ủy lần 1", date.Date{})

	a1 := model.Facts{
		Article: model.Article{ID: id["a1"], Source: "a1.txt", Title: "Đại hội Đảng bộ các cơ quan Đảng TPHCM lần thứ I",
			Published: d("2025-08-21"), EventDate: d("2025-08-20"), Text: TextA1, Authors: []string{id["vanminh"]}},
		People: []model.Person{
			{ID: id["minh"], Name: "Võ Văn Minh", Roles: []schema.Role{schema.RoleOfficial},
				Mentions: []model.Span{span(t, TextA1, "Đồng chí Võ Văn Minh, Phó Bí thư Thành ủy TPHCM, phát biểu tại Đại hội.")}},
			{ID: id["vanminh"], Name: "Văn Minh", Roles: []schema.Role{schema.RoleAuthor}, Mentions: []model.Span{span(t, TextA1, "VĂN MINH")}},
		},
		Units: []model.Unit{
			{ID: id["thanhuy"], Name: "Thành ủy TPHCM", Aliases: []string{"Thành ủy Thành phố Hồ Chí Minh"}, Kind: schema.UnitPartyOrg,
				Mentions: []model.Span{span(t, TextA1, "Phó Bí thư Thành ủy TPHCM")}},
			{ID: id["dbcq"], Name: "Đảng bộ các cơ quan Đảng TPHCM", Kind: schema.UnitPartyOrg, Parent: id["thanhuy"],
				PartyMembers: 6373, BaseOrganisations: 120, Mentions: []model.Span{span(t, TextA1, "Đảng bộ có 6.373 đảng viên, 120 tổ chức cơ sở đảng.")}},
			{ID: id["bchtw"], Name: "Ban Chấp hành Trung ương", Kind: schema.UnitCentral,
				Mentions: []model.Span{span(t, TextA1, "Ban Chấp hành Trung ương")}},
		},
		Positions: []model.Position{{ID: id["pbt"], Title: "Phó Bí thư", Unit: id["thanhuy"]}},
		Tenures: []model.Tenure{{Person: id["minh"], Position: id["pbt"], Seen: d("2025-08-20"), PrintedTitle: "Phó Bí thư Thành ủy TPHCM",
			Evidence: []model.Span{span(t, TextA1, "Đồng chí Võ Văn Minh, Phó Bí thư Thành ủy TPHCM, phát biểu tại Đại hội.")}}},
		Congresses: []model.Congress{{ID: id["dh1"], Name: "Đại hội Đảng bộ các cơ quan Đảng TPHCM lần thứ I", Unit: id["dbcq"],
			Ordinal: 1, Term: "2025-2030", Start: d("2025-08-19"), End: d("2025-08-20"), Motto: "Đoàn kết - Dân chủ",
			Speakers: []model.Speaker{{Person: id["minh"], Evidence: span(t, TextA1, "Đồng chí Võ Văn Minh, Phó Bí thư Thành ủy TPHCM, phát biểu tại Đại hội.")}},
			Adopted:  []string{id["nqdh"]}, Mentions: []model.Span{span(t, TextA1, "Đại hội Đảng bộ các cơ quan Đảng TPHCM lần thứ I.")}}},
		Documents: []model.Document{
			{ID: id["kl21"], Name: "Kết luận số 21-KL/TW", Kind: schema.Conclusion, Number: "21", Code: "21-KL/TW", Issuer: id["bchtw"],
				Issued: d("2021-10-25"), Mentions: []model.Span{span(t, TextA1, "Kết luận số 21-KL/TW")}},
			{ID: id["nqdh"], Name: "Nghị quyết Đại hội Đảng bộ các cơ quan Đảng TPHCM lần thứ I", Kind: schema.Resolution,
				Mentions: []model.Span{span(t, TextA1, "Nghị quyết Đại hội")}},
		},
		Links: []model.DocLink{{From: id["nqdh"], To: id["kl21"], Relation: "implements",
			Evidence: []model.Span{span(t, TextA1, "Đại hội thông qua Nghị quyết Đại hội, thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương.")}}},
	}
	a2 := model.Facts{
		Article: model.Article{ID: id["a2"], Source: "a2.txt", EventDate: d("2024-06-22"), Text: TextA2, Photographers: []string{id["vietdung"]}},
		People: []model.Person{
			{ID: id["minh"], Name: "Võ Văn Minh", Roles: []schema.Role{schema.RoleOfficial},
				Mentions: []model.Span{span(t, TextA2, "đồng chí Võ Văn Minh")}},
			{ID: id["nga"], Name: "Lê Thị Hồng Nga", Roles: []schema.Role{schema.RoleOfficial},
				Mentions: []model.Span{span(t, TextA2, "Đồng chí Lê Thị Hồng Nga, Phó Bí thư Thành ủy.")}},
			{ID: id["vietdung"], Name: "Việt Dũng", Roles: []schema.Role{schema.RolePhotographer}, Mentions: []model.Span{span(t, TextA2, "Ảnh: VIỆT DŨNG")}},
		},
		Units: []model.Unit{
			{ID: id["thanhuy"], Name: "Thành ủy TPHCM", Kind: schema.UnitPartyOrg, Mentions: []model.Span{span(t, TextA2, "Thành ủy TPHCM")}},
			{ID: id["dbcq"], Name: "Đảng ủy các cơ quan Đảng TPHCM", Kind: schema.UnitPartyOrg, Parent: id["thanhuy"], PartyMembers: 6000,
				Mentions: []model.Span{span(t, TextA2, "Đảng ủy các cơ quan Đảng TPHCM")}},
			{ID: id["dang"], Name: "Đảng Cộng sản Việt Nam", Kind: schema.UnitParty},
		},
		Positions: []model.Position{
			{ID: id["pbt"], Title: "Phó Bí thư", Unit: id["thanhuy"]},
			{ID: id["bt"], Title: "Bí thư", Unit: id["dbcq"]},
		},
		Tenures: []model.Tenure{
			{Person: id["minh"], Position: id["pbt"], Seen: d("2024-06-22"), Evidence: []model.Span{span(t, TextA2, "Ngày 22/6/2024, đồng chí Võ Văn Minh")}},
			{Person: id["minh"], Position: id["bt"], Seen: d("2024-06-22"), Start: d("2024-06-01"), End: d("2025-06-30"),
				Evidence: []model.Span{span(t, TextA2, "Bí thư Đảng ủy các cơ quan Đảng TPHCM từ 1/6/2024.")}},
			{Person: id["nga"], Position: id["pbt"], Seen: d("2024-06-22"), Evidence: []model.Span{span(t, TextA2, "Đồng chí Lê Thị Hồng Nga, Phó Bí thư Thành ủy.")}},
		},
		Congresses: []model.Congress{
			{ID: id["dh1"], Name: "Đại hội Đảng bộ các cơ quan Đảng TPHCM lần thứ I", Unit: id["dbcq"], Ordinal: 1, MentionedOnly: true,
				Mentions: []model.Span{span(t, TextA2, "Hướng tới Đại hội Đảng bộ các cơ quan Đảng lần thứ I")}},
			{ID: id["dh14"], Name: "Đại hội XIV của Đảng", Unit: id["dang"], Ordinal: 14, MentionedOnly: true,
				Mentions: []model.Span{span(t, TextA2, "Đại hội XIV của Đảng")}},
		},
		Documents: []model.Document{
			{ID: id["kl21"], Name: "Kết luận số 21-KL/TW", Kind: schema.Conclusion, Number: "21", Code: "21-KL/TW",
				Mentions: []model.Span{span(t, TextA2, "Kết luận số 21-KL/TW")}},
			{ID: id["ct05"], Name: "Chỉ thị số 05-CT/TW", Kind: schema.Directive, Number: "05", Code: "05-CT/TW",
				Mentions: []model.Span{span(t, TextA2, "Chỉ thị số 05-CT/TW")}},
		},
		Links: []model.DocLink{{From: id["kl21"], To: id["ct05"], Relation: "continues",
			Evidence: []model.Span{span(t, TextA2, "Kết luận số 21-KL/TW tiếp tục thực hiện Chỉ thị số 05-CT/TW.")}}},
	}
	a3 := model.Facts{
		Article: model.Article{ID: id["a3"], Source: "a3.txt", Published: d("2023-01-10"), Text: TextA3},
		People: []model.Person{
			{ID: id["minh"], Name: "Võ văn Minh", Roles: []schema.Role{schema.RoleOfficial}, Mentions: []model.Span{span(t, TextA3, "Đồng chí Võ văn Minh dự.")}},
			{ID: id["nga"], Name: "Lê Thị Hồng Nga", Roles: []schema.Role{schema.RoleOfficial}, Mentions: []model.Span{span(t, TextA3, "Đồng chí Lê Thị Hồng Nga chủ trì.")}},
		},
		Units: []model.Unit{{ID: id["thanhuy"], Name: "Thành ủy TPHCM", Kind: schema.UnitPartyOrg}},
		Events: []model.Event{{ID: id["hn1"], Name: "Hội nghị Ban Chấp hành Thành ủy lần 1", Unit: id["thanhuy"],
			Speakers: []model.Speaker{{Person: id["nga"], Evidence: span(t, TextA3, "Đồng chí Lê Thị Hồng Nga chủ trì.")}},
			Mentions: []model.Span{span(t, TextA3, "Hội nghị Ban Chấp hành Thành ủy lần 1.")}}},
	}
	return &Fixture{Facts: []model.Facts{a1, a2, a3}, ID: id}
}

// Quads are the fixture's quads, as the loader writes them.
func (f *Fixture) Quads() []quad.Quad {
	var out []quad.Quad
	for _, fs := range f.Facts {
		out = append(out, emit.Quads(fs, "test")...)
	}
	return out
}

// Store is the fixture in a memory store.
func (f *Fixture) Store(t testing.TB) graph.QuadStore {
	t.Helper()
	qs := memstore.New()
	add(t, qs, f.Quads())
	return qs
}

func add(t testing.TB, qs graph.QuadStore, quads []quad.Quad) {
	t.Helper()
	ds := make([]graph.Delta, len(quads))
	for i, q := range quads {
		ds[i] = graph.Delta{Quad: q, Action: graph.Add}
	}
	if err := qs.ApplyDeltas(ds, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
		t.Fatal(err)
	}
}

// Crowd is a graph of n people, each Bí thư of one ward's party committee and
// Phó Bí thư of another, seen in two articles.
func Crowd(t testing.TB, n int) graph.QuadStore {
	t.Helper()
	qs := memstore.New()
	for a := range 2 {
		var text strings.Builder
		f := model.Facts{}
		for i := range n {
			name := fmt.Sprintf("Nguyễn Văn Số %d", i)
			sentence := fmt.Sprintf("Đồng chí %s, Bí thư Đảng ủy Phường %d, Phó Bí thư Đảng ủy Phường %d. ", name, i, (i+1)%n)
			start := len([]rune(text.String()))
			text.WriteString(sentence)
			sp := model.Span{Start: start, End: start + len([]rune(sentence))}
			pid := schema.PersonID(name)
			f.People = append(f.People, model.Person{ID: pid, Name: name, Roles: []schema.Role{schema.RoleOfficial}, Mentions: []model.Span{sp}})
			u := fmt.Sprintf("Đảng ủy Phường %d", i)
			uid := schema.UnitID(u, "")
			f.Units = append(f.Units, model.Unit{ID: uid, Name: u, Kind: schema.UnitPartyOrg})
			for j, title := range []string{"Bí thư", "Phó Bí thư"} {
				posUnit := schema.UnitID(fmt.Sprintf("Đảng ủy Phường %d", (i+j)%n), "")
				pos := schema.PositionID(title, posUnit)
				f.Positions = append(f.Positions, model.Position{ID: pos, Title: title, Unit: posUnit})
				f.Tenures = append(f.Tenures, model.Tenure{Person: pid, Position: pos, Seen: date.Date{Year: 2024 + a, Month: 1, Day: 1}, Evidence: []model.Span{sp}})
			}
		}
		f.Article = model.Article{ID: schema.ArticleID(fmt.Sprint(a, text.String())), Source: fmt.Sprintf("crowd%d.txt", a),
			EventDate: date.Date{Year: 2024 + a, Month: 1, Day: 1}, Text: text.String()}
		add(t, qs, emit.Quads(f, "test"))
	}
	return qs
}
