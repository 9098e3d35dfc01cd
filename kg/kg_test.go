package kg

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/kg/kgtest"
	"github.com/cadregraph/cadregraph/schema"
)

// The traversals, each against the fixture (see fixture_test.go): a case
// renders what a traversal returns as a line of text.
func TestTraversals(t *testing.T) {
	f := newFixture(t)
	g := f.graph(t)
	ctx := context.Background()
	node := func(key string) Node { t.Helper(); return nodeOf(t, g, f.id, key) }
	person := func(k string) *Person { return node(k).(*Person) }
	unit := func(k string) *Unit { return node(k).(*Unit) }
	position := func(k string) *Position { return node(k).(*Position) }
	congress := func(k string) *Congress { return node(k).(*Congress) }
	document := func(k string) *Document { return node(k).(*Document) }
	article := func(k string) *Article { return node(k).(*Article) }
	at := func(s string) *date.Date { d := date.MustParse(s); return &d }
	// short names the ids back, so that wants read as the fixture does.
	short := map[string]string{}
	for k, id := range f.id {
		short[id] = k
	}
	names := func(ns []Node, err error) string {
		if err != nil {
			return "error: " + err.Error()
		}
		var out []string
		for _, n := range ns {
			out = append(out, short[n.base().ID])
		}
		return strings.Join(out, " ")
	}
	tenures := func(ts []*Tenure, err error) string {
		if err != nil {
			return "error: " + err.Error()
		}
		var out []string
		for _, t := range ts {
			s := fmt.Sprintf("%s@%s %s..%s", short[t.Person.ID], short[t.Position.ID], t.FirstSeen, t.LastSeen)
			if t.Start != nil || t.End != nil {
				s += fmt.Sprintf(" [%v %v]", opt(t.Start), opt(t.End))
			}
			out = append(out, fmt.Sprintf("%s (%d)", s, len(t.Evidence())))
		}
		return strings.Join(out, "; ")
	}
	links := func(ls []*DocumentLink, err error) string {
		if err != nil {
			return "error: " + err.Error()
		}
		var out []string
		for _, l := range ls {
			q, _ := g.MentionQuote(ctx, l.Evidence[0])
			out = append(out, fmt.Sprintf("%s -%s-> %s: %s", short[l.From.ID], l.Relation, short[l.To.ID], q))
		}
		return strings.Join(out, "; ")
	}
	tests := []struct {
		name string
		got  func() string
		want string
	}{
		{"name: the form most articles print", func() string { return show(g.Name(ctx, person("minh"))) }, "Võ Văn Minh"},
		{"aliases: the other printings", func() string { return show(g.Aliases(ctx, person("minh"))) }, "[Võ văn Minh]"},
		{"name of a unit named two ways", func() string { return show(g.Name(ctx, unit("dbcq"))) }, "Đảng bộ các cơ quan Đảng TPHCM"},
		{"aliases of a unit named two ways", func() string { return show(g.Aliases(ctx, unit("dbcq"))) }, "[Đảng ủy các cơ quan Đảng TPHCM]"},
		{"kind from rdf:type", func() string { return string(node("dh14").(Entity).Kind()) }, "CONGRESS"},
		{"roles", func() string { return show(g.Roles(ctx, person("vanminh"))) }, "[AUTHOR]"},
		{"tenures", func() string { return tenures(g.PersonTenures(ctx, person("minh"), nil)) },
			"minh@bt 2024-06-22..2024-06-22 [2024-06-01 2025-06-30] (1); minh@pbt 2024-06-22..2025-08-20 (2)"},
		{"tenures at a date within a stated span", func() string { return tenures(g.PersonTenures(ctx, person("minh"), at("2025-06"))) },
			"minh@bt 2024-06-22..2024-06-22 [2024-06-01 2025-06-30] (1); minh@pbt 2024-06-22..2025-08-20 (2)"},
		{"tenures at a date past a stated end", func() string { return tenures(g.PersonTenures(ctx, person("minh"), at("2025-07-01"))) },
			"minh@pbt 2024-06-22..2025-08-20 (2)"},
		{"tenures before any sighting", func() string { return tenures(g.PersonTenures(ctx, person("minh"), at("2023"))) }, ""},
		{"spokeAt", func() string { return names(asNodes(g.SpokeAt(ctx, person("minh")))) }, "dh1"},
		{"spokeAt an event", func() string { return names(asNodes(g.SpokeAt(ctx, person("nga")))) }, "hn1"},
		{"position title", func() string { return show(g.PositionTitle(ctx, position("pbt"))) }, "Phó Bí thư"},
		{"position name", func() string { return show(g.Name(ctx, position("pbt"))) }, "Phó Bí thư Thành ủy TPHCM"},
		{"position unit", func() string { return names(asNodes(g.PositionUnit(ctx, position("bt")))) }, "dbcq"},
		{"holders by first sighting", func() string { return tenures(g.PositionHolders(ctx, position("pbt"), nil)) },
			"nga@pbt 2024-06-22..2024-06-22 (1); minh@pbt 2024-06-22..2025-08-20 (2)"},
		{"holders at a date", func() string { return tenures(g.PositionHolders(ctx, position("pbt"), at("2025-08-20"))) },
			"minh@pbt 2024-06-22..2025-08-20 (2)"},
		{"unit parent", func() string { return names(asNodes(g.UnitParent(ctx, unit("dbcq")))) }, "thanhuy"},
		{"no parent", func() string { return names(asNodes(g.UnitParent(ctx, unit("thanhuy")))) }, ""},
		{"unit children", func() string { return names(asNodes(g.UnitChildren(ctx, unit("thanhuy")))) }, "dbcq"},
		{"unit positions", func() string { return names(asNodes(g.UnitPositions(ctx, unit("thanhuy")))) }, "pbt"},
		{"unit congresses", func() string { return names(asNodes(g.UnitCongresses(ctx, unit("dbcq")))) }, "dh1"},
		{"unit kind", func() string { return show(g.UnitKind(ctx, unit("dbcq"))) }, "party-committee"},
		{"party members from the latest article", func() string { return show(g.UnitPartyMembers(ctx, unit("dbcq"))) }, "6373"},
		{"base organisations", func() string { return show(g.UnitBaseOrganisations(ctx, unit("dbcq"))) }, "120"},
		{"no figure", func() string { return show(g.UnitPartyMembers(ctx, unit("thanhuy"))) }, "<nil>"},
		{"founded unknown", func() string { return show(g.UnitFounded(ctx, unit("thanhuy"))) }, "<nil>"},
		{"congress unit", func() string { return names(asNodes(g.GatheringUnit(ctx, congress("dh1")))) }, "dbcq"},
		{"congress dates", func() string {
			s, _ := g.GatheringStart(ctx, congress("dh1"))
			e, _ := g.GatheringEnd(ctx, congress("dh1"))
			return fmt.Sprint(opt(s), " ", opt(e))
		}, "2025-08-19 2025-08-20"},
		{"speakers", func() string { return names(asNodes(g.Speakers(ctx, congress("dh1")))) }, "minh"},
		{"event speakers", func() string { return names(asNodes(g.Speakers(ctx, node("hn1").(*Event)))) }, "nga"},
		{"ordinal", func() string { return show(g.CongressOrdinal(ctx, congress("dh14"))) }, "14"},
		{"term", func() string { return show(g.CongressTerm(ctx, congress("dh1"))) }, "2025-2030"},
		{"motto", func() string { return show(g.CongressMotto(ctx, congress("dh1"))) }, "Đoàn kết - Dân chủ"},
		{"no theme", func() string { return show(g.CongressTheme(ctx, congress("dh1"))) }, "<nil>"},
		{"adopted", func() string { return names(asNodes(g.CongressAdopted(ctx, congress("dh1")))) }, "nqdh"},
		{"reported by one article, referred to by another", func() string { return show(g.CongressMentionedOnly(ctx, congress("dh1"))) }, "false"},
		{"only referred to", func() string { return show(g.CongressMentionedOnly(ctx, congress("dh14"))) }, "true"},
		{"document kind", func() string { return show(g.DocumentKind(ctx, document("kl21"))) }, "CONCLUSION"},
		{"document number", func() string { return show(g.DocumentNumber(ctx, document("ct05"))) }, "05"},
		{"document code", func() string { return show(g.DocumentCode(ctx, document("kl21"))) }, "21-KL/TW"},
		{"document issuer", func() string { return names(asNodes(g.DocumentIssuer(ctx, document("kl21")))) }, "bchtw"},
		{"document issued", func() string { return show(g.DocumentIssued(ctx, document("kl21"))) }, "2021-10-25"},
		{"no subject", func() string { return show(g.DocumentSubject(ctx, document("kl21"))) }, "<nil>"},
		{"references", func() string { return links(g.References(ctx, document("kl21"))) },
			"kl21 -continues-> ct05: Kết luận số 21-KL/TW tiếp tục thực hiện Chỉ thị số 05-CT/TW."},
		{"referenced by", func() string { return links(g.ReferencedBy(ctx, document("kl21"))) },
			"nqdh -implements-> kl21: Đại hội thông qua Nghị quyết Đại hội, thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương."},
		{"article source", func() string { return show(g.ArticleSource(ctx, article("a1"))) }, "a1.txt"},
		{"article title", func() string { return show(g.ArticleTitle(ctx, article("a1"))) }, "Đại hội Đảng bộ các cơ quan Đảng TPHCM lần thứ I"},
		{"no title", func() string { return show(g.ArticleTitle(ctx, article("a2"))) }, "<nil>"},
		{"article dates", func() string {
			p, _ := g.ArticlePublished(ctx, article("a1"))
			e, _ := g.ArticleEventDate(ctx, article("a1"))
			return fmt.Sprint(opt(p), " ", opt(e))
		}, "2025-08-21 2025-08-20"},
		{"authors", func() string { return names(asNodes(g.ArticleAuthors(ctx, article("a1")))) }, "vanminh"},
		{"photographers", func() string { return names(asNodes(g.ArticlePhotographers(ctx, article("a2")))) }, "vietdung"},
		{"text", func() string { return show(g.ArticleText(ctx, article("a3"))) }, kgtest.TextA3},
		{"entities of some kinds, by kind and name", func() string {
			return names(asNodes(g.ArticleEntities(ctx, article("a2"), []schema.Kind{schema.Person, schema.Document})))
		}, "nga vietdung minh ct05 kl21"},
		{"every entity", func() string { return names(asNodes(g.ArticleEntities(ctx, article("a3"), nil))) }, "nga minh thanhuy hn1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.got(); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// show renders a value and its error as one string.
func show[T any](v T, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	switch v := any(v).(type) {
	case *string:
		if v == nil {
			return "<nil>"
		}
		return *v
	case *int:
		if v == nil {
			return "<nil>"
		}
		return fmt.Sprint(*v)
	case *date.Date:
		return opt(v)
	}
	return fmt.Sprint(v)
}

func opt(d *date.Date) string {
	if d == nil {
		return "<nil>"
	}
	return d.String()
}

// asNodes turns what a traversal returns into nodes.
func asNodes[T any](v T, err error) ([]Node, error) {
	var out []Node
	switch v := any(v).(type) {
	case Node:
		if !reflect.ValueOf(v).IsNil() {
			out = append(out, v)
		}
	case []Gathering:
		for _, n := range v {
			out = append(out, n)
		}
	case []Entity:
		for _, n := range v {
			out = append(out, n)
		}
	case []*Person:
		for _, n := range v {
			out = append(out, n)
		}
	case []*Unit:
		for _, n := range v {
			out = append(out, n)
		}
	case []*Position:
		for _, n := range v {
			out = append(out, n)
		}
	case []*Congress:
		for _, n := range v {
			out = append(out, n)
		}
	case []*Document:
		for _, n := range v {
			out = append(out, n)
		}
	}
	return out, err
}

func TestNode(t *testing.T) {
	f := newFixture(t)
	g := f.graph(t)
	tests := []struct {
		id, want string
	}{
		{f.id["minh"], "*kg.Person"},
		{f.id["a1"], "*kg.Article"},
		{f.id["hn1"], "*kg.Event"},
		{f.id["pbt"], "*kg.Position"},
		{schema.PersonID("Không Ai"), "<nil>"},
		{"article-0000000000000000", "<nil>"},
		{"", `error: malformed id ""`},
		{"Võ Văn Minh", `error: malformed id "Võ Văn Minh"`},
		{"tenure-0123456789", "<nil>"},
		{"person-0123456789", "<nil>"},
		{schema.TenureID(f.id["minh"], f.id["pbt"]), "*kg.Tenure"},
		{schema.LinkID(f.id["kl21"], f.id["ct05"], "continues"), "*kg.DocumentLink"},
		{schema.LinkID(f.id["kl21"], f.id["ct05"], "amends"), "<nil>"},
		{schema.EdgeID(f.id["minh"], schema.RelHolds, f.id["pbt"]), "*kg.GraphEdge"},
		{schema.EdgeID(f.id["kl21"], schema.RelContinues, f.id["ct05"]), "*kg.GraphEdge"},
		{schema.EdgeID(f.id["ct05"], schema.RelContinues, f.id["kl21"]), "<nil>"},
		{schema.EdgeID(f.id["minh"], schema.RelWithin, f.id["pbt"]), "<nil>"},
		{"edge-holds.person-x", "error: malformed edge id"},
		{"edge-knows.person-x.person-y", "error: malformed edge id"},
		{schema.IDBase + f.id["minh"], "error: malformed id"},
	}
	for _, tt := range tests {
		n, err := g.Node(context.Background(), tt.id)
		got := fmt.Sprintf("%T", n)
		if n == nil {
			got = "<nil>"
		}
		if err != nil {
			got = "error: " + err.Error()
			if !IsInputError(err) {
				t.Errorf("Node(%q): %v is not an input error", tt.id, err)
			}
		}
		if !strings.HasPrefix(got, tt.want) {
			t.Errorf("Node(%q) = %s, want %s", tt.id, got, tt.want)
		}
		if n != nil && NodeID(n) != tt.id {
			t.Errorf("Node(%q) has id %q", tt.id, NodeID(n))
		}
	}
}

// fixture is kgtest's fixture with the query layer over it.
type fixture struct {
	*kgtest.Fixture
	id map[string]string
}

func newFixture(t *testing.T) *fixture {
	f := kgtest.New(t)
	return &fixture{Fixture: f, id: f.ID}
}

func (f *fixture) graph(t *testing.T) *Graph { return New(f.Store(t)) }

// nodeOf is the node g reads for the fixture's entity named key (id maps
// keys to ids), failing t when there is none.
func nodeOf(t *testing.T, g *Graph, id map[string]string, key string) Node {
	t.Helper()
	n, err := g.Node(context.Background(), id[key])
	if err != nil || n == nil {
		t.Fatalf("node %s: %v %v", key, n, err)
	}
	return n
}
