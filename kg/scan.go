package kg

import (
	"context"

	"github.com/cayleygraph/quad"
)

// What exports need beside Whole and Subgraph: the objects behind drawn
// nodes, to read their tenures, mentions and links a page at a time.

// NodeID is the id of n.
func NodeID(n Node) string { return n.base().ID }

// Objects are the objects of nodes (as Whole and Subgraph give them), in
// their order (nil for a node of no kind), sharing one batch so that a field
// read for one of them is read for all in one walk.
func (g *Graph) Objects(nodes []*GraphNode) []Node {
	ids := make([]string, len(nodes))
	for i, n := range nodes {
		ids[i] = n.ID
	}
	b := g.newBatch(ids)
	out := make([]Node, len(nodes))
	for i, n := range nodes {
		out[i] = newNode(b, n.ID, n.Kind)
	}
	return out
}

// QuadsFrom calls fn with every quad whose subject is one of the nodes ids,
// label included, in one walk: what an export of a subgraph as quads writes.
func (g *Graph) QuadsFrom(ctx context.Context, ids []string, fn func(quad.Quad) error) error {
	var err error
	werr := g.quads(ctx, []filter{{quad.Subject, iris(g.newBatch(ids).ids)}}, nil, func(q quad.Quad) {
		if err == nil {
			err = fn(q)
		}
	})
	if err != nil {
		return err
	}
	return werr
}
