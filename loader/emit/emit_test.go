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

// A mention's quote is the article's text over its span of runes, clamped to
// the text, whether the text is valid UTF-8 (cut out of it) or not (made from
// its runes, a bad byte spelt U+FFFD).
func TestMentionQuote(t *testing.T) {
	for _, text := range []string{
		"Đồng chí Nguyễn Văn Minh, Bí thư Tỉnh ủy, phát biểu.",
		"Ông A\xff, Chủ tịch \xc3UBND tỉnh",
		"Ông \uFFFD A, Chủ tịch UBND tỉnh \uFFFD",
		"",
	} {
		rs := []rune(text)
		pid := schema.PersonID("Nguyễn Văn Minh")
		spans := []model.Span{{Start: 0, End: 5}, {Start: 9, End: 24}, {Start: 3, End: 2}, {Start: -4, End: 3}, {Start: 20, End: 400}, {Start: len(rs), End: len(rs) + 2}}
		qs := Quads(model.Facts{
			Article: model.Article{ID: schema.ArticleID("x"), Text: text},
			People:  []model.Person{{ID: pid, Name: "Nguyễn Văn Minh", Mentions: spans}},
		}, "test")
		got := map[string]string{} // mention node -> quote
		for _, q := range qs {
			if q.Predicate == schema.Quote {
				got[string(q.Subject.(quad.IRI))] = string(q.Object.(quad.String))
			}
		}
		for _, s := range spans {
			start, end := min(max(s.Start, 0), len(rs)), min(max(s.End, 0), len(rs))
			end = max(start, end)
			n := string(schema.IRI(schema.MentionID(schema.ArticleID("x"), s.Start, s.End)))
			if want := string(rs[start:end]); got[n] != want {
				t.Errorf("%.20q, span %d-%d: quote %q, want %q", text, s.Start, s.End, got[n], want)
			}
		}
	}
}
