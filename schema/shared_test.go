package schema

import (
	"slices"
	"testing"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cayleygraph/quad"
)

func TestIsShared(t *testing.T) {
	art := ArticleLabel("article-0123456789abcdef")
	person, tenure, obs := IRI("person-to-lam-c4cfdb4df7"), IRI("tenure-0a1b2c3d4e"), IRI("obs-0a1b2c3d4e")
	mention := IRI("mention-0123456789abcdef-0-6")
	cases := []struct {
		q    quad.Quad
		want bool
	}{
		{quad.Quad{Subject: person, Predicate: RDFType, Object: ClassPerson, Label: art}, true},
		{quad.Quad{Subject: person, Predicate: Name, Object: quad.String("Tô Lâm"), Label: art}, true},
		{quad.Quad{Subject: tenure, Predicate: PersonOf, Object: person, Label: art}, true},
		{quad.Quad{Subject: IRI("link-0a1b2c3d4e"), Predicate: Relation, Object: quad.String("implements"), Label: art}, true},
		{quad.Quad{Subject: IRI("document-x-1"), Predicate: Issued, Object: quad.TypedString{Value: "2020", Type: XSDGYear}, Label: art}, true},
		{quad.Quad{Subject: person, Predicate: MentionedIn, Object: mention, Label: art}, false}, // the article's sentence
		{quad.Quad{Subject: art, Predicate: Mentions, Object: person, Label: art}, false},        // the article's own node
		{quad.Quad{Subject: obs, Predicate: Observes, Object: tenure, Label: art}, false},        // one article's sighting
		{quad.Quad{Subject: mention, Predicate: Quote, Object: quad.String("Tô Lâm"), Label: art}, false},
		{quad.Quad{Subject: person, Predicate: Name, Object: quad.Float(1), Label: art}, false}, // no value the loader writes
	}
	for _, c := range cases {
		if got := IsShared(c.q); got != c.want {
			t.Errorf("IsShared(%v) = %v, want %v", c.q, got, c.want)
		}
	}
}

// TestShare: an article's shared facts go under LabelShared, a record of each
// node under the article names them, and Stating finds them again from the
// record among other facts of the node.
func TestShare(t *testing.T) {
	id := "article-0123456789abcdef"
	art := ArticleLabel(id)
	p := IRI("person-to-lam-c4cfdb4df7")
	in := []quad.Quad{
		{Subject: IRI(id), Predicate: RDFType, Object: ClassArticle, Label: art},
		{Subject: p, Predicate: RDFType, Object: ClassPerson, Label: art},
		{Subject: p, Predicate: Name, Object: quad.String("Tô Lâm"), Label: art},
		{Subject: p, Predicate: Name, Object: quad.String("Tô Lâm"), Label: art}, // twice, as a merge can make it
		{Subject: p, Predicate: Founded, Object: DateValue(date.MustParse("2020-05")), Label: art},
		{Subject: IRI(id), Predicate: Mentions, Object: p, Label: art},
	}
	out := Share(id, in)
	var own, shared, records []quad.Quad
	for _, q := range out {
		switch {
		case q.Predicate == Stated:
			records = append(records, q)
		case q.Label == LabelShared:
			shared = append(shared, q)
		default:
			own = append(own, q)
		}
	}
	if len(own) != 2 || len(shared) != 3 || len(records) != 1 || records[0].Label != art || records[0].Subject != p {
		t.Fatalf("Share gave own %v, shared %v, records %v", own, shared, records)
	}
	other := quad.Quad{Subject: p, Predicate: Name, Object: quad.String("Tô Lâm (khác)"), Label: LabelShared}
	got, err := Stating(records, append(slices.Clone(shared), other))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, shared) {
		t.Errorf("Stating = %v, want %v", got, shared)
	}
	if _, err := StatementKeys(quad.String("short")); err == nil {
		t.Errorf("a record of the wrong length was read")
	}
}

// TestStatementValueStable pins the keys a statement record writes: stores
// hold them, so a change to FactKeyOf would leave every stored record naming
// no fact (a change must bump the extractor version, which rewrites them).
func TestStatementValueStable(t *testing.T) {
	facts := [][2]quad.Value{
		{Name, quad.String("Tô Lâm")},
		{RDFType, ClassPerson},
		{HasRole, quad.String("OFFICIAL")},
		{Ordinal, quad.Int(14)},
		{Issued, quad.TypedString{Value: "2020-05", Type: XSDGYearMonth}},
		{MentionedOnly, quad.Bool(true)},
		{InUnit, IRI("unit-x")},
	}
	const want = "WX-q0AlPnR8ImYgTrx7NA5TxAvT4bjryuiAtJtp4Z57bXUKfb51kvzHG"
	v := StatementValue(facts)
	if v != want {
		t.Errorf("StatementValue = %q, want %q", v, want)
	}
	keys, err := StatementKeys(v)
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range facts {
		if k, _ := FactKeyOf(f[0], f[1]); i >= len(keys) || keys[i] != k {
			t.Errorf("fact %d: key %x read back as %v", i, k, keys)
		}
	}
}
