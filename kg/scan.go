package kg

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
