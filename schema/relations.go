package schema

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
)

// Rel (a relation) names an edge between two entities: the relation of a graph edge
// (GraphEdge.relation, the exports' edges), of a link between two documents
// (DocumentLink.relation, documentGraph, the CSV table of links) and, upper
// case, the API's Relation enum. It is one vocabulary: a document that
// continues another is "continues" wherever the link is shown.
type Rel string

// The relations between entities other than documents.
const (
	RelHolds    Rel = "holds"     // a person holds a position
	RelWithin   Rel = "within"    // a position is in a unit, a unit in its parent
	RelSpokeAt  Rel = "spoke_at"  // a person spoke at or presided over a gathering
	RelHeldBy   Rel = "held_by"   // a gathering is held by a unit
	RelIssuedBy Rel = "issued_by" // a document is issued by a unit
	RelAdopted  Rel = "adopted"   // a congress adopted a document
	RelMentions Rel = "mentions"  // an article mentions an entity
)

// The relations of one document to another (a DocumentLink). New ones are
// added here, to DocRelations, and to the Relation enum of graph.graphqls.
const (
	RelContinues  Rel = "continues"  // tiếp tục thực hiện: carries on an earlier one of its issuer
	RelImplements Rel = "implements" // thực hiện, triển khai, quán triệt: puts a higher one into effect
	RelAmends     Rel = "amends"     // sửa đổi, bổ sung
	RelReplaces   Rel = "replaces"   // thay thế
	RelCites      Rel = "cites"      // theo, căn cứ: any other mention of one in another
)

// DocRelation is a relation between two documents as the graph stores it:
// the predicate of the direct edge from the citing document to the cited
// one (the DocumentLink node carries the same relation as a literal).
type DocRelation struct {
	Rel  Rel
	Pred quad.IRI
}

// DocRelations lists the relations a document may have to another, in the
// API's order. Each has its own predicate, so a drawing of the graph and a
// query on its links name a link the same way.
func DocRelations() []DocRelation {
	return []DocRelation{
		{RelContinues, NS + "continues"},
		{RelImplements, NS + "implements"},
		{RelAmends, NS + "amends"},
		{RelReplaces, NS + "replaces"},
		{RelCites, NS + "cites"},
	}
}

// DocRelationOf is the table's entry for a relation between documents; it
// reports false for any other relation.
func DocRelationOf(r Rel) (DocRelation, bool) {
	for _, d := range DocRelations() {
		if d.Rel == r {
			return d, true
		}
	}
	return DocRelation{}, false
}

// Relations lists every relation, in the API's order: those of GraphEdges,
// then those between documents.
func Relations() []Rel {
	var out []Rel
	seen := map[Rel]bool{}
	for _, e := range GraphEdges() {
		if !seen[e.Relation] {
			seen[e.Relation] = true
			out = append(out, e.Relation)
		}
	}
	return out
}

// ParseRelation is the relation named s, as the API's strings (continues) or
// its enum (CONTINUES) spell it; an unknown name is an error that lists the
// known ones.
func ParseRelation(s string) (Rel, error) {
	r := Rel(strings.ToLower(strings.TrimSpace(s)))
	rels := Relations()
	if slices.Contains(rels, r) {
		return r, nil
	}
	names := make([]string, len(rels))
	for i, k := range rels {
		names[i] = string(k)
	}
	return "", fmt.Errorf("%q is not a relation (known: %s)", s, strings.Join(names, ", "))
}

// MarshalGQL writes the relation as the API's Rel enum: CONTINUES.
func (r Rel) MarshalGQL(w io.Writer) {
	_, _ = io.WriteString(w, strconv.Quote(strings.ToUpper(string(r))))
}

// UnmarshalGQL reads the API's Rel enum.
func (r *Rel) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	if s == "" || strings.ToUpper(s) != s {
		return fmt.Errorf("%v is not a Rel", v)
	}
	k, err := ParseRelation(s)
	if err != nil {
		return fmt.Errorf("%v is not a Rel", v)
	}
	*r = k
	return nil
}
