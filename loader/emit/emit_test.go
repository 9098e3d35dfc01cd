package emit

import (
	"testing"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
)

// TestSearchTermsDerived checks that an article's quads carry what the query
// layer derives its search index from (names, a post's title, a document's
// code, kind and number, the article's title) and none of the search terms
// themselves, which the loader wrote a copy of per article before extractor
// version 7.
func TestSearchTermsDerived(t *testing.T) {
	art := model.Article{ID: schema.ArticleID("x"), Text: "x", Title: "Hội nghị Tỉnh ủy"}
	pid := schema.PersonID("Võ Văn Minh")
	uid := schema.UnitID("Tỉnh ủy Bình Dương", "")
	posID := schema.PositionID("Bí thư", uid)
	did := schema.DocumentID(schema.Conclusion, "21", "TW", 2021)
	qs := Quads(model.Facts{
		Article:   art,
		People:    []model.Person{{ID: pid, Name: "Võ Văn Minh", Aliases: []string{"Minh"}}},
		Units:     []model.Unit{{ID: uid, Name: "Tỉnh ủy Bình Dương"}},
		Positions: []model.Position{{ID: posID, Title: "Bí thư", Unit: uid}},
		Documents: []model.Document{{ID: did, Name: "Kết luận số 21-KL/TW", Kind: schema.Conclusion, Number: "21", Code: "21-KL/TW"}},
	}, "test")
	has := map[quad.Quad]bool{}
	for _, q := range qs {
		if q.Predicate == schema.SearchKey || q.Predicate == schema.Token || q.Predicate == schema.TokenPrefix {
			t.Errorf("a search term is written: %v", q)
		}
		q.Label = nil
		has[q] = true
	}
	for _, want := range []quad.Quad{
		{Subject: schema.IRI(pid), Predicate: schema.Name, Object: quad.String("Võ Văn Minh")},
		{Subject: schema.IRI(pid), Predicate: schema.Alias, Object: quad.String("Minh")},
		{Subject: schema.IRI(posID), Predicate: schema.PostTitle, Object: quad.String("Bí thư")},
		{Subject: schema.IRI(did), Predicate: schema.Code, Object: quad.String("21-KL/TW")},
		{Subject: schema.IRI(did), Predicate: schema.HasDocKind, Object: quad.String(string(schema.Conclusion))},
		{Subject: schema.IRI(did), Predicate: schema.Number, Object: quad.String("21")},
		{Subject: schema.IRI(art.ID), Predicate: schema.Title, Object: quad.String("Hội nghị Tỉnh ủy")},
	} {
		if !has[want] {
			t.Errorf("not written: %v", want)
		}
	}
}
