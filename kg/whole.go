package kg

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/cadregraph/cadregraph/schema"
)

// wholeChunk is how many nodes Whole reads at a time: its memory beyond the
// ids is what a chunk's labels and edges take.
const wholeChunk = 512

// Whole walks the whole graph for the exports: it calls node for every
// entity and article of kinds (every kind when none), kind by kind in
// schema.Kinds' order and by id within a kind, then edge for every graph
// edge between two of them (schema.GraphEdges), grouped by source. It holds
// the nodes' ids, not their labels or edges: those are read and handed over
// a chunk at a time (three walks a chunk), so an export of a large store
// does not hold the graph in memory. An error from node or edge stops the
// walk and is returned. Entities curation merged into others are left out,
// with their edges.
func (g *Graph) Whole(ctx context.Context, kinds []schema.Kind, node func(*GraphNode) error, edge func(*GraphEdge) error) error {
	if len(kinds) == 0 {
		kinds = schema.Kinds()
	}
	merged, err := g.merged(ctx)
	if err != nil {
		return err
	}
	var all []string
	keep := map[string]bool{}
	for _, k := range schema.Kinds() {
		if !slices.Contains(kinds, k) {
			continue
		}
		ids, err := g.ofClass(ctx, k.Class())
		if err != nil {
			return err
		}
		ids = slices.DeleteFunc(ids, func(id string) bool { return merged[id] })
		slices.Sort(ids)
		for chunk := range slices.Chunk(ids, wholeChunk) {
			s, err := g.subgraph(ctx, chunk, nil)
			if err != nil {
				return err
			}
			for _, n := range s.Nodes {
				keep[n.ID] = true
				all = append(all, n.ID)
				if err := node(n); err != nil {
					return err
				}
			}
		}
	}
	// A node's outgoing edges are all read with its chunk, so one chunk's
	// set of edges is enough to list each edge once (an edge several
	// articles state is one quad a label).
	for chunk := range slices.Chunk(all, wholeChunk) {
		ss, err := g.steps(ctx, chunk, false)
		if err != nil {
			return err
		}
		slices.SortFunc(ss, func(a, b step) int {
			return cmpEdges(a.edge, b.edge)
		})
		for _, s := range ss {
			if !keep[s.edge.Target] {
				continue
			}
			e := s.edge
			if err := edge(&e); err != nil {
				return err
			}
		}
	}
	return nil
}

func cmpEdges(a, b GraphEdge) int {
	return cmp.Or(strings.Compare(a.Source, b.Source), strings.Compare(a.Target, b.Target), strings.Compare(a.Relation, b.Relation))
}
