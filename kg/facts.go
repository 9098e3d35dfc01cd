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
		n, err := factAmong(ctx, g, id, schema.PersonOf, func(p node) ([]*Tenure, error) {
			return g.PersonTenures(ctx, &Person{p}, nil)
		})
		return n, true, err
	case strings.HasPrefix(id, "link-"):
		n, err := factAmong(ctx, g, id, schema.LinkFrom, func(d node) ([]*DocumentLink, error) {
			return g.References(ctx, &Document{d})
		})
		return n, true, err
	case strings.HasPrefix(id, "edge-"):
		n, err := g.edgeNode(ctx, id)
		return n, true, err
	}
	return nil, false, nil
}

// factAmong is the fact with id among those list reads for the node pred
// leads to from it (a tenure's person, a link's citing document): one walk
// to that node, then list's reads, so that the fact is the one its list
// gives, with everything the list derives. A fact's id that names nothing is
// nil.
func factAmong[T Node](ctx context.Context, g *Graph, id string, pred quad.IRI, list func(node) ([]T, error)) (Node, error) {
	fs, err := g.hop(ctx, iris([]string{id}), []quad.IRI{pred}, false)
	if err != nil {
		return nil, err
	}
	for _, f := range fs {
		n := idOf(f.to)
		if n == "" {
			continue
		}
		xs, err := list(node{n, g.newBatch([]string{n})})
		if err != nil {
			return nil, err
		}
		if i := slices.IndexFunc(xs, func(x T) bool { return x.base().ID == id }); i >= 0 {
			return xs[i], nil
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
