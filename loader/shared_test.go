package loader

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/write"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
)

// dropping is fakeExtract, less the lines whose post is marked with one of
// marks: a newer version of the rules that no longer reads them.
func dropping(marks ...string) func(model.Raw) (model.Facts, error) {
	return func(r model.Raw) (model.Facts, error) {
		f, err := fakeExtract(r)
		if err != nil {
			return f, err
		}
		kept := model.Facts{Article: f.Article}
		for i, t := range f.Tenures { // fakeExtract gives a person, a post and a tenure a line
			if slicesContainsAny(t.PrintedTitle, marks) {
				continue
			}
			kept.People = append(kept.People, f.People[i])
			kept.Positions = append(kept.Positions, f.Positions[i])
			kept.Tenures = append(kept.Tenures, t)
		}
		return kept, nil
	}
}

func slicesContainsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// TestStatedOnce: a fact that several articles state is one quad, with a
// statement record of each article stating it; when articles are extracted
// again by rules that no longer state it, it stays while one article still
// does and goes with the last, and the store is what a fresh load of the
// same articles by the same rules gives — on memory and on bolt.
func TestStatedOnce(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	// Tô Lâm is named by all three; Lương Cường by a only, on a line that
	// version 2 no longer reads; b's line on Tô Lâm goes at version 3.
	writeFile(t, filepath.Join(dir, "a.txt"), "Tô Lâm, Tổng Bí thư (v1)\nLương Cường, Chủ tịch nước (v1)\nPhan Văn Giang, Bộ trưởng\n")
	writeFile(t, filepath.Join(dir, "b.txt"), "Tô Lâm, Tổng Bí thư (v2)\nPhạm Minh Chính, Thủ tướng\n")
	writeFile(t, filepath.Join(dir, "c.txt"), "Tô Lâm, Tổng Bí thư (v1)\nTrần Thanh Mẫn, Chủ tịch Quốc hội\n")
	toLam, luong := schema.IRI(schema.PersonID("Tô Lâm")), schema.IRI(schema.PersonID("Lương Cường"))
	name := quad.Quad{Subject: toLam, Predicate: schema.Name, Object: quad.String("Tô Lâm"), Label: schema.LabelShared}

	steps := []struct {
		version string
		drop    []string
		records int // Tô Lâm's statement records
		toLam   bool
		luong   bool
	}{
		{"1", nil, 3, true, true},
		{"2", []string{"(v1)"}, 1, true, false},
		{"3", []string{"(v1)", "(v2)"}, 0, false, false},
	}
	for _, db := range []string{"mem:", filepath.Join(t.TempDir(), "db")} {
		st := open(t, db)
		for _, s := range steps {
			opt := Options{Extract: dropping(s.drop...), Version: s.version}
			if _, err := Load(ctx, st, []string{dir}, opt); err != nil {
				t.Fatal(err)
			}
			set := quadSet(t, st.QuadStore())
			names, records, luongs := 0, 0, 0
			for q := range set {
				switch {
				case q.Subject == toLam && q.Predicate == schema.Name:
					names++
				case q.Subject == toLam && q.Predicate == schema.Stated:
					records++
					if !schema.IsArticleLabel(q.Label) {
						t.Errorf("%s v%s: a record labelled %v", db, s.version, q.Label)
					}
				case q.Subject == luong || q.Object == luong:
					luongs++
				}
			}
			if want := map[bool]int{true: 1}[s.toLam]; names != want || s.toLam != set[name] {
				t.Errorf("%s v%s: Tô Lâm's name is %d quads (shared: %v), want %d", db, s.version, names, set[name], want)
			}
			if records != s.records {
				t.Errorf("%s v%s: %d statement records of Tô Lâm, want %d", db, s.version, records, s.records)
			}
			if (luongs > 0) != s.luong {
				t.Errorf("%s v%s: %d quads name Lương Cường, want them %v", db, s.version, luongs, s.luong)
			}
			fresh := open(t, "mem:")
			if _, err := Load(ctx, fresh, []string{dir}, opt); err != nil {
				t.Fatal(err)
			}
			sameQuads(t, quadSet(t, fresh.QuadStore()), set)
		}
	}
}

// TestArticlesOfShared: an article whose statement record on one of its
// nodes states a fact naming another node (a post's unit) is among that
// node's articles, though the article names the unit in no quad of its own:
// a merge of the unit must rewrite it.
func TestArticlesOfShared(t *testing.T) {
	ctx := context.Background()
	st := open(t, "mem:")
	id := schema.ArticleID("Bí thư")
	a, pos, unit := schema.IRI(id), schema.IRI(schema.PositionID("Bí thư", "unit-x")), schema.IRI("unit-x")
	l := schema.ArticleLabel(id)
	quads := schema.Share(id, []quad.Quad{
		{Subject: pos, Predicate: schema.RDFType, Object: schema.ClassPosition, Label: l},
		{Subject: pos, Predicate: schema.InUnit, Object: unit, Label: l},
		{Subject: a, Predicate: schema.Mentions, Object: pos, Label: l},
		write.Marker(id),
	})
	if _, err := write.Articles(ctx, st.QuadStore(), []write.Pending{{ID: id, Quads: quads}}); err != nil {
		t.Fatal(err)
	}
	for _, node := range []string{"unit-x", schema.PositionID("Bí thư", "unit-x")} {
		got, err := articlesOf(ctx, st.QuadStore(), map[string]bool{node: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0] != id {
			t.Errorf("articlesOf(%s) = %v, want [%s]", node, got, id)
		}
	}
}
