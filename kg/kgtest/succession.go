package kgtest

import (
	"testing"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/schema"
)

// Succession is a province's party committee over ten years, in five
// articles, for the research features: a post held in turn (with a stated
// start, a stated end, a congress it was taken up at, and two sources that
// print the title differently), a post several deputies hold at once, dated
// congresses, a document the committee issued and its founding.
//
//	Bí thư Tỉnh ủy Bình Dương:
//	  Trần Văn Nam     s1 2015-10-05 elected at Đại hội X (printed "Bí thư Tỉnh ủy Bình Dương")
//	                   s2 2018-03-02 (printed "Bí thư Tỉnh ủy"), states he started 2015-10
//	                   s3 2020-10-15 states his post ended 2020-10-14
//	  Nguyễn Văn Lợi   s3 2020-10-15 elected at Đại hội XI, started 2020-10-15; spoke at it
//	                   s4 2022-05-01
//	  Võ Văn Dũng      s5 2025-09-10
//	Phó Bí thư Tỉnh ủy Bình Dương: Lê Thị Mai s3 2020-10-15; Phạm Văn Hải s4 2022-05-01
//	Tỉnh ủy Bình Dương founded 1997-01-01 (s4), issued Nghị quyết 01-NQ/TU on 2021-01-10 (s4)
//	Đại hội X held 2015-10-03..2015-10-05 (s1); Đại hội XI held 2020-10-13..2020-10-15 (s3)
func Succession(t testing.TB) *Fixture {
	t.Helper()
	d := date.MustParse
	texts := []string{
		"Đại hội Đảng bộ tỉnh Bình Dương lần thứ X bầu đồng chí Trần Văn Nam làm Bí thư Tỉnh ủy Bình Dương.",
		"Đồng chí Trần Văn Nam, Bí thư Tỉnh ủy từ tháng 10/2015, làm việc với cơ sở.",
		"Đồng chí Trần Văn Nam thôi giữ chức Bí thư Tỉnh ủy từ ngày 14/10/2020. " +
			"Đại hội Đảng bộ tỉnh Bình Dương lần thứ XI bầu đồng chí Nguyễn Văn Lợi làm Bí thư Tỉnh ủy. " +
			"Đồng chí Nguyễn Văn Lợi phát biểu bế mạc Đại hội. Đồng chí Lê Thị Mai, Phó Bí thư Tỉnh ủy.",
		"Ngày 10/1/2021, Tỉnh ủy Bình Dương ban hành Nghị quyết số 01-NQ/TU. Tỉnh ủy được thành lập năm 1997. " +
			"Đồng chí Nguyễn Văn Lợi, Bí thư Tỉnh ủy, và đồng chí Phạm Văn Hải, Phó Bí thư Tỉnh ủy, dự hội nghị.",
		"Đồng chí Võ Văn Dũng, Bí thư Tỉnh ủy Bình Dương, thăm xã Phú An.",
	}
	events := []string{"2015-10-05", "2018-03-02", "2020-10-15", "2022-05-01", "2025-09-10"}
	id := map[string]string{
		"nam": schema.PersonID("Trần Văn Nam"), "loi": schema.PersonID("Nguyễn Văn Lợi"), "dung": schema.PersonID("Võ Văn Dũng"),
		"mai": schema.PersonID("Lê Thị Mai"), "hai": schema.PersonID("Phạm Văn Hải"),
		"tu":   schema.UnitID("Tỉnh ủy Bình Dương", ""),
		"nq01": schema.DocumentID(schema.Resolution, "01", "TU", 2021),
	}
	id["bt"] = schema.PositionID("Bí thư", id["tu"])
	id["pbt"] = schema.PositionID("Phó Bí thư", id["tu"])
	id["dh10"] = schema.CongressID(id["tu"], 10, "2015-2020")
	id["dh11"] = schema.CongressID(id["tu"], 11, "2020-2025")
	for i, text := range texts {
		id["s"+string(rune('1'+i))] = schema.ArticleID(text)
	}
	sp := func(i int, sub string) []model.Span { return []model.Span{span(t, texts[i], sub)} }
	person := func(i int, key, name, sub string) model.Person {
		return model.Person{ID: id[key], Name: name, Roles: []schema.Role{schema.RoleOfficial}, Mentions: sp(i, sub)}
	}
	unit := func(i int, sub string) model.Unit {
		return model.Unit{ID: id["tu"], Name: "Tỉnh ủy Bình Dương", Kind: schema.UnitPartyOrg, Mentions: sp(i, sub)}
	}
	positions := []model.Position{{ID: id["bt"], Title: "Bí thư", Unit: id["tu"]}, {ID: id["pbt"], Title: "Phó Bí thư", Unit: id["tu"]}}
	congress := func(i int, key, roman string, ordinal int, term, start, end, sub string) model.Congress {
		return model.Congress{ID: id[key], Name: "Đại hội Đảng bộ tỉnh Bình Dương lần thứ " + roman,
			Unit: id["tu"], Ordinal: ordinal, Term: term, Start: d(start), End: d(end), Mentions: sp(i, sub)}
	}
	facts := make([]model.Facts, len(texts))
	for i, text := range texts {
		facts[i].Article = model.Article{ID: id["s"+string(rune('1'+i))], Source: "s" + string(rune('1'+i)) + ".txt",
			EventDate: d(events[i]), Text: text}
		facts[i].Positions = positions
	}
	s1 := "Đại hội Đảng bộ tỉnh Bình Dương lần thứ X bầu đồng chí Trần Văn Nam làm Bí thư Tỉnh ủy Bình Dương."
	facts[0].People = []model.Person{person(0, "nam", "Trần Văn Nam", s1)}
	facts[0].Units = []model.Unit{unit(0, "Tỉnh ủy Bình Dương")}
	facts[0].Congresses = []model.Congress{congress(0, "dh10", "X", 10, "2015-2020", "2015-10-03", "2015-10-05", s1)}
	facts[0].Tenures = []model.Tenure{{Person: id["nam"], Position: id["bt"], Seen: d("2015-10-05"), PrintedTitle: "Bí thư Tỉnh ủy Bình Dương",
		ElectedAt: id["dh10"], Evidence: sp(0, s1)}}

	s2 := texts[1]
	facts[1].People = []model.Person{person(1, "nam", "Trần Văn Nam", s2)}
	facts[1].Units = []model.Unit{unit(1, "Tỉnh ủy")}
	facts[1].Tenures = []model.Tenure{{Person: id["nam"], Position: id["bt"], Seen: d("2018-03-02"), Start: d("2015-10"),
		PrintedTitle: "Bí thư Tỉnh ủy", Evidence: sp(1, s2)}}

	s3end := "Đồng chí Trần Văn Nam thôi giữ chức Bí thư Tỉnh ủy từ ngày 14/10/2020."
	s3dh := "Đại hội Đảng bộ tỉnh Bình Dương lần thứ XI bầu đồng chí Nguyễn Văn Lợi làm Bí thư Tỉnh ủy."
	s3spoke := "Đồng chí Nguyễn Văn Lợi phát biểu bế mạc Đại hội."
	s3mai := "Đồng chí Lê Thị Mai, Phó Bí thư Tỉnh ủy."
	dh11 := congress(2, "dh11", "XI", 11, "2020-2025", "2020-10-13", "2020-10-15", s3dh)
	dh11.Speakers = []model.Speaker{{Person: id["loi"], Evidence: span(t, texts[2], s3spoke)}}
	facts[2].People = []model.Person{person(2, "nam", "Trần Văn Nam", s3end), person(2, "loi", "Nguyễn Văn Lợi", s3dh),
		person(2, "mai", "Lê Thị Mai", s3mai)}
	facts[2].Units = []model.Unit{unit(2, s3dh)}
	facts[2].Congresses = []model.Congress{dh11}
	facts[2].Tenures = []model.Tenure{
		{Person: id["nam"], Position: id["bt"], Seen: d("2020-10-15"), End: d("2020-10-14"), PrintedTitle: "Bí thư Tỉnh ủy", Evidence: sp(2, s3end)},
		{Person: id["loi"], Position: id["bt"], Seen: d("2020-10-15"), Start: d("2020-10-15"), PrintedTitle: "Bí thư Tỉnh ủy",
			ElectedAt: id["dh11"], Evidence: sp(2, s3dh)},
		{Person: id["mai"], Position: id["pbt"], Seen: d("2020-10-15"), PrintedTitle: "Phó Bí thư Tỉnh ủy", Evidence: sp(2, s3mai)},
	}

	s4nq := "Ngày 10/1/2021, Tỉnh ủy Bình Dương ban hành Nghị quyết số 01-NQ/TU."
	s4tl := "Tỉnh ủy được thành lập năm 1997."
	s4p := "Đồng chí Nguyễn Văn Lợi, Bí thư Tỉnh ủy, và đồng chí Phạm Văn Hải, Phó Bí thư Tỉnh ủy, dự hội nghị."
	u4 := unit(3, s4nq)
	u4.Founded = d("1997")
	u4.Mentions = append(u4.Mentions, span(t, texts[3], s4tl))
	facts[3].People = []model.Person{person(3, "loi", "Nguyễn Văn Lợi", s4p), person(3, "hai", "Phạm Văn Hải", s4p)}
	facts[3].Units = []model.Unit{u4}
	facts[3].Documents = []model.Document{{ID: id["nq01"], Name: "Nghị quyết số 01-NQ/TU", Kind: schema.Resolution, Number: "01",
		Code: "01-NQ/TU", Issuer: id["tu"], Issued: d("2021-01-10"), Mentions: sp(3, s4nq)}}
	facts[3].Tenures = []model.Tenure{
		{Person: id["loi"], Position: id["bt"], Seen: d("2022-05-01"), PrintedTitle: "Bí thư Tỉnh ủy", Evidence: sp(3, s4p)},
		{Person: id["hai"], Position: id["pbt"], Seen: d("2022-05-01"), PrintedTitle: "Phó Bí thư Tỉnh ủy", Evidence: sp(3, s4p)},
	}

	s5 := texts[4]
	facts[4].People = []model.Person{person(4, "dung", "Võ Văn Dũng", s5)}
	facts[4].Units = []model.Unit{unit(4, "Tỉnh ủy Bình Dương")}
	facts[4].Tenures = []model.Tenure{{Person: id["dung"], Position: id["bt"], Seen: d("2025-09-10"),
		PrintedTitle: "Bí thư Tỉnh ủy Bình Dương", Evidence: sp(4, s5)}}
	return &Fixture{Facts: facts, ID: id}
}

// Secretariat is the Central Committee's secretaries, a post several hold at
// once though its title, Bí thư, has one holder in a province's committee:
// two elected at a congress and a third added at a later plenum, the article
// that reports it showing all three.
//
//	Bí thư Trung ương Đảng (post Bí thư of Ban Chấp hành Trung ương Đảng):
//	  Trần Văn An   s1 2021-01-31 elected, started 2021-01-31; s2 2022-05-10
//	  Lê Văn Bình   s1 2021-01-31 elected, started 2021-01-31; s2 2022-05-10
//	  Phan Văn Cường s2 2022-05-10 elected, started 2022-05-10
func Secretariat(t testing.TB) *Fixture {
	t.Helper()
	d := date.MustParse
	s1 := "Đại hội bầu đồng chí Trần Văn An và đồng chí Lê Văn Bình làm Bí thư Trung ương Đảng."
	s2elected := "Hội nghị Trung ương bầu bổ sung đồng chí Phan Văn Cường làm Bí thư Trung ương Đảng."
	s2seen := "Đồng chí Trần Văn An và đồng chí Lê Văn Bình, Bí thư Trung ương Đảng, dự hội nghị."
	texts := []string{s1, s2elected + " " + s2seen}
	events := []string{"2021-01-31", "2022-05-10"}
	id := map[string]string{
		"an": schema.PersonID("Trần Văn An"), "binh": schema.PersonID("Lê Văn Bình"), "cuong": schema.PersonID("Phan Văn Cường"),
		"tw": schema.UnitID("Ban Chấp hành Trung ương Đảng", ""),
	}
	id["btw"] = schema.PositionID("Bí thư", id["tw"])
	for i, text := range texts {
		id["s"+string(rune('1'+i))] = schema.ArticleID(text)
	}
	sp := func(i int, sub string) []model.Span { return []model.Span{span(t, texts[i], sub)} }
	person := func(i int, key, name, sub string) model.Person {
		return model.Person{ID: id[key], Name: name, Roles: []schema.Role{schema.RoleOfficial}, Mentions: sp(i, sub)}
	}
	tenure := func(i int, key, seen, start, sub string) model.Tenure {
		tn := model.Tenure{Person: id[key], Position: id["btw"], Seen: d(seen),
			PrintedTitle: "Bí thư Trung ương Đảng", Evidence: sp(i, sub)}
		if start != "" {
			tn.Start = d(start)
		}
		return tn
	}
	facts := make([]model.Facts, len(texts))
	for i, text := range texts {
		facts[i].Article = model.Article{ID: id["s"+string(rune('1'+i))], Source: "s" + string(rune('1'+i)) + ".txt",
			EventDate: d(events[i]), Text: text}
		facts[i].Positions = []model.Position{{ID: id["btw"], Title: "Bí thư", Unit: id["tw"]}}
		facts[i].Units = []model.Unit{{ID: id["tw"], Name: "Ban Chấp hành Trung ương Đảng", Kind: schema.UnitCentral,
			Mentions: sp(i, "Trung ương Đảng")}}
	}
	facts[0].People = []model.Person{person(0, "an", "Trần Văn An", s1), person(0, "binh", "Lê Văn Bình", s1)}
	facts[0].Tenures = []model.Tenure{tenure(0, "an", "2021-01-31", "2021-01-31", s1), tenure(0, "binh", "2021-01-31", "2021-01-31", s1)}
	facts[1].People = []model.Person{person(1, "an", "Trần Văn An", s2seen), person(1, "binh", "Lê Văn Bình", s2seen),
		person(1, "cuong", "Phan Văn Cường", s2elected)}
	facts[1].Tenures = []model.Tenure{tenure(1, "an", "2022-05-10", "", s2seen), tenure(1, "binh", "2022-05-10", "", s2seen),
		tenure(1, "cuong", "2022-05-10", "2022-05-10", s2elected)}
	return &Fixture{Facts: facts, ID: id}
}
