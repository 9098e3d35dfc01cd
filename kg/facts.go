package kg

import (
	"context"
	"slices"
	"strings"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
)

// factNode is node(id) for the ids of the facts a client keys by id: a
// tenure (tenure-…), a link between documents (link-…) and a graph edge
// (edge-…, see schema.EdgeID), as the API and every export give them. It
// reports false for any other id; a fact's id that names nothing is nil.
func (g *Graph) factNode(ctx context.Context, id string) (Node, bool, error) {
	switch {
	case strings.HasPrefix(id, "tenure-"):
		n, err := g.tenureNode(ctx, id)
		return n, true, err
	case strings.HasPrefix(id, "link-"):
		n, err := g.linkNode(ctx, id)
		return n, true, err
	case strings.HasPrefix(id, "edge-"):
		n, err := g.edgeNode(ctx, id)
		return n, true, err
	}
	return nil, false, nil
}

// tenureNode is the tenure with id among its person's tenures: one walk to
// the person, then the reads of Person.tenures.
func (g *Graph) tenureNode(ctx context.Context, id string) (Node, error) {
	fs, err := g.hop(ctx, iris([]string{id}), []quad.IRI{schema.PersonOf}, false)
	if err != nil {
		return nil, err
	}
	for _, f := range fs {
		p := idOf(f.to)
		if p == "" {
			continue
		}
		ts, err := g.PersonTenures(ctx, &Person{node{p, g.newBatch([]string{p})}}, nil)
		if err != nil {
			return nil, err
		}
		if i := slices.IndexFunc(ts, func(t *Tenure) bool { return t.ID == id }); i >= 0 {
			return ts[i], nil
		}
	}
	return nil, nil
}

// linkNode is the link with id among its citing document's references: one
// walk to the document, then the reads of Document.references.
func (g *Graph) linkNode(ctx context.Context, id string) (Node, error) {
	fs, err := g.hop(ctx, iris([]string{id}), []quad.IRI{schema.LinkFrom}, false)
	if err != nil {
		return nil, err
	}
	for _, f := range fs {
		d := idOf(f.to)
		if d == "" {
			continue
		}
		ls, err := g.References(ctx, &Document{node{d, g.newBatch([]string{d})}})
		if err != nil {
			return nil, err
		}
		if i := slices.IndexFunc(ls, func(l *DocumentLink) bool { return l.ID == id }); i >= 0 {
			return ls[i], nil
		}
	}
	return nil, nil
}

// edgeNode is the graph edge id names when the graph has it: one walk over
// the predicates of its relation from its source.
func (g *Graph) edgeNode(ctx context.Context, id string) (Node, error) {
	src, rel, dst, ok := schema.ParseEdgeID(id)
	if !ok {
		return nil, inputErrorf("malformed edge id %q: edge ids look like edge-holds.person-….position-…", id)
	}
	var preds []quad.IRI
	for _, e := range schema.GraphEdges() {
		if e.Relation == rel {
			preds = append(preds, e.Pred)
		}
	}
	fs, err := g.hop(ctx, iris([]string{src}), preds, false)
	if err != nil {
		return nil, err
	}
	for _, f := range fs {
		if idOf(f.to) == dst {
			return &GraphEdge{Source: src, Target: dst, Relation: string(rel)}, nil
		}
	}
	return nil, nil
}
