package curation

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
)

const art = "article-0123456789abcdef"

func q(s string, p quad.IRI, o quad.Value) quad.Quad {
	return quad.Quad{Subject: schema.IRI(s), Predicate: p, Object: o, Label: schema.ArticleLabel(art)}
}

// line is a quad as the tests compare it: "subject predicate object".
func line(x quad.Quad) string {
	s, _ := schema.IDOf(x.Subject)
	p := strings.TrimPrefix(string(x.Predicate.(quad.IRI)), schema.NS)
	p = strings.TrimPrefix(p, "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
	return s + " " + p + " " + Key(x.Object)
}

func TestRewriter(t *testing.T) {
	x, y := "person-x-0000000000", "person-y-0000000000"
	pos := "position-p-0000000000"
	tx := schema.TenureID(x, pos)
	ty := schema.TenureID(y, pos)
	article := []quad.Quad{
		q(art, schema.RDFType, schema.ClassArticle),
		q(x, schema.Name, quad.String("X")),
		q(x, schema.Holds, schema.IRI(pos)),
		q(tx, schema.PersonOf, schema.IRI(x)),
		q(tx, schema.PositionOf, schema.IRI(pos)),
		q(art, schema.Mentions, schema.IRI(x)),
	}
	for _, tc := range []struct {
		name  string
		rules Rules
		want  []string
	}{
		{"none", Rules{}, []string{
			art + " type " + string(schema.ClassArticle), x + " name X", x + " holds " + pos,
			tx + " person " + x, tx + " position " + pos, art + " mentions " + x}},
		{"merge", Rules{Merges: map[string]string{x: y}}, []string{
			art + " type " + string(schema.ClassArticle), y + " alias X", y + " holds " + pos,
			ty + " person " + y, ty + " position " + pos, art + " mentions " + y}},
		{"split of this article", Rules{Splits: []SplitRule{{Entity: x, Into: y, Articles: []string{art}}}}, []string{
			art + " type " + string(schema.ClassArticle), y + " alias X", y + " holds " + pos,
			ty + " person " + y, ty + " position " + pos, art + " mentions " + y}},
		{"split of another article", Rules{Splits: []SplitRule{{Entity: x, Into: y, Articles: []string{"article-ffffffffffffffff"}}}}, []string{
			art + " type " + string(schema.ClassArticle), x + " name X", x + " holds " + pos,
			tx + " person " + x, tx + " position " + pos, art + " mentions " + x}},
		{"drop", Rules{Drops: []DropRule{{Subject: x, Predicate: string(schema.Holds), Object: pos}, {Subject: art, Predicate: string(schema.RDFType), Object: string(schema.ClassArticle)}}}, []string{
			art + " type " + string(schema.ClassArticle), x + " name X",
			tx + " person " + x, tx + " position " + pos, art + " mentions " + x}},
		{"drop in another article", Rules{Drops: []DropRule{{Subject: x, Predicate: string(schema.Holds), Object: pos, Article: "article-ffffffffffffffff"}}}, []string{
			art + " type " + string(schema.ClassArticle), x + " name X", x + " holds " + pos,
			tx + " person " + x, tx + " position " + pos, art + " mentions " + x}},
		{"drop after a merge, by the survivor", Rules{Merges: map[string]string{x: y}, Drops: []DropRule{{Subject: y, Predicate: string(schema.Holds), Object: pos}}}, []string{
			art + " type " + string(schema.ClassArticle), y + " alias X",
			ty + " person " + y, ty + " position " + pos, art + " mentions " + y}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, g := range NewRewriter(tc.rules, nil).Article(art, article) {
				if g.Label != schema.ArticleLabel(art) {
					t.Errorf("%s lost its label", line(g))
				}
				got = append(got, line(g))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestSurvivorChain(t *testing.T) {
	w := NewRewriter(Rules{Merges: map[string]string{"person-a-0": "person-b-0"}}, map[string]string{"person-b-0": "person-c-0"})
	if got := w.Survivor("person-a-0"); got != "person-c-0" {
		t.Errorf("Survivor = %s", got)
	}
}

// TestResolve: references by id and by name against a small store.
func TestResolve(t *testing.T) {
	qs := memstore.New()
	w, _ := qs.NewQuadWriter()
	scoped1, scoped2 := schema.UnitID("Thành ủy", "article-1"), schema.UnitID("Thành ủy", "article-2")
	minh := schema.PersonID("Võ Văn Minh")
	for _, x := range []quad.Quad{
		q(minh, schema.RDFType, schema.ClassPerson), q(minh, schema.Name, quad.String("Võ Văn Minh")),
		q(scoped1, schema.RDFType, schema.ClassUnit), q(scoped1, schema.Name, quad.String("Thành ủy")),
		q(scoped2, schema.RDFType, schema.ClassUnit), q(scoped2, schema.Name, quad.String("Thành ủy")),
	} {
		if err := w.WriteQuad(x); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		yaml string
		want string // in the error; "" for none
	}{
		{`external: [{entity: {person: "Võ Văn Minh"}, ids: ["wikidata:Q1"]}]`, ""},
		{`external: [{entity: ` + minh + `, ids: ["wikidata:Q1"]}]`, ""},
		{`external: [{entity: {person: "Vo Van Minh"}, ids: ["wikidata:Q1"]}]`, `no person named "Vo Van Minh"`},
		{`external: [{entity: person-nobody-0123456789, ids: ["wikidata:Q1"]}]`, "no entity person-nobody-0123456789"},
		{`rename: [{entity: {unit: "Thành ủy"}, name: X}]`, `"Thành ủy" is ambiguous, 2 entities`},
		{`merge: [{from: {person: "Võ Văn Minh"}, into: {unit: "` + scoped1 + `"}}]`, "no unit named"},
		{`merge: [{from: {person: "Võ Văn Minh"}, into: ` + scoped1 + `}]`, "cannot merge a person into a unit"},
		{`merge: [{from: ` + scoped2 + `, into: ` + scoped1 + `}, {from: ` + scoped1 + `, into: ` + scoped2 + `}]`, "cycle"},
		{`add: [{tenure: {person: {person: "Võ Văn Minh"}, title: Bí thư, unit: ` + scoped1 + `, seen: 2020}}]`, ""},
	} {
		f, err := Parse("c.yaml", []byte(tc.yaml))
		if err != nil {
			t.Fatalf("%s: %v", tc.yaml, err)
		}
		_, err = Resolve(context.Background(), qs, f)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.yaml, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "c.yaml:1 (")):
			t.Errorf("%s: error %v, want one naming c.yaml:1 and %q", tc.yaml, err, tc.want)
		}
	}
}

// TestRewriterUnits: when a unit moves, its posts and congresses move to the
// survivor's, and the tenures of those posts with them.
func TestRewriterUnits(t *testing.T) {
	x, y := "unit-thanh-uy-0000000000", "unit-thanh-uy-tphcm-0000000000"
	minh := "person-m-0000000000"
	px, py := schema.PositionID("Bí thư", x), schema.PositionID("Bí thư", y)
	cx, cy := schema.CongressID(x, 11, ""), schema.CongressID(y, 11, "")
	in := []quad.Quad{
		q(px, schema.InUnit, schema.IRI(x)),
		q(px, schema.PostTitle, quad.String("Bí thư")),
		q(px, schema.Name, quad.String("Bí thư Thành ủy")),
		q(schema.TenureID(minh, px), schema.PersonOf, schema.IRI(minh)),
		q(schema.TenureID(minh, px), schema.PositionOf, schema.IRI(px)),
		q(cx, schema.HeldBy, schema.IRI(x)),
		q(cx, schema.Ordinal, quad.Int(11)),
	}
	want := []string{
		py + " unit " + y,
		py + " postTitle Bí thư",
		py + " alias Bí thư Thành ủy",
		schema.TenureID(minh, py) + " person " + minh,
		schema.TenureID(minh, py) + " position " + py,
		cy + " heldBy " + y,
		cy + " ordinal 11",
	}
	var got []string
	for _, g := range NewRewriter(Rules{Merges: map[string]string{x: y}}, nil).Article(art, in) {
		got = append(got, line(g))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// An article naming none of the entities the rules move (merged, split,
// subjects of dropped facts) is written as it is: Article gives what the
// whole rewrite gives, without it.
func TestArticleNamingNoneMoved(t *testing.T) {
	x, y, z := "person-x-0000000000", "person-y-0000000000", "person-z-0000000000"
	pos := "position-p-0000000000"
	u, v := "unit-thanh-uy-0000000000", "unit-thanh-uy-tphcm-0000000000"
	pu := schema.PositionID("Bí thư", u)
	naming := func(p, pos, unit string) []quad.Quad {
		tn := schema.TenureID(p, pos)
		return []quad.Quad{
			q(art, schema.RDFType, schema.ClassArticle),
			q(p, schema.Name, quad.String("Nguyễn Văn Z")),
			q(p, schema.Holds, schema.IRI(pos)),
			q(tn, schema.PersonOf, schema.IRI(p)),
			q(tn, schema.PositionOf, schema.IRI(pos)),
			q(pos, schema.InUnit, schema.IRI(unit)),
			q(pos, schema.PostTitle, quad.String("Bí thư")),
			q(art, schema.Mentions, schema.IRI(p)),
		}
	}
	other := "article-ffffffffffffffff"
	for _, tc := range []struct {
		name  string
		rules Rules
		extra map[string]string
		moved [][]quad.Quad // articles naming what the rules move
	}{
		{"merge", Rules{Merges: map[string]string{x: y}}, nil, [][]quad.Quad{naming(x, pos, v)}},
		{"derived merge", Rules{}, map[string]string{x: y}, [][]quad.Quad{naming(x, pos, v)}},
		{"unit merge", Rules{Merges: map[string]string{u: v}}, nil, [][]quad.Quad{naming(z, pu, u)}},
		{"split", Rules{Splits: []SplitRule{{Entity: x, Into: y, Articles: []string{art}}}}, nil, [][]quad.Quad{naming(x, pos, v)}},
		{"split of another article", Rules{Splits: []SplitRule{{Entity: x, Into: y, Articles: []string{other}}}}, nil, [][]quad.Quad{naming(x, pos, v)}},
		{"drop", Rules{Drops: []DropRule{{Subject: y, Predicate: string(schema.Holds), Object: pos}}}, nil, [][]quad.Quad{naming(y, pos, v)}},
		{"drop of the survivor", Rules{Merges: map[string]string{x: y}, Drops: []DropRule{{Subject: y, Predicate: string(schema.Holds), Object: pos}}}, nil, [][]quad.Quad{naming(x, pos, v), naming(y, pos, v)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := NewRewriter(tc.rules, tc.extra)
			for _, a := range tc.moved {
				if !w.names(a) {
					t.Errorf("an article naming %s is taken as naming nothing moved", line(a[1]))
				}
			}
			kept := naming(z, pos, v)
			if w.names(kept) {
				t.Fatalf("an article naming nothing moved is taken as naming some")
			}
			got, want := w.Article(art, kept), w.rewrite(art, kept)
			if !slices.Equal(got, want) {
				t.Errorf("Article gives\n%v\nthe rewrite\n%v", got, want)
			}
		})
	}
}
