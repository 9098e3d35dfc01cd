package kg

import (
	"context"
	"slices"

	"github.com/cadregraph/cadregraph/schema"
)

// KindCount is how many nodes of one kind the graph holds.
type KindCount struct {
	Kind  schema.Kind
	Count int
}

// Counts are how many entities of each kind, and articles, the graph holds,
// in schema.Kinds' order, every kind listed. A kind costs one walk over its
// nodes' type quads (one a node and article that states it), not over what
// they hold. Entities curation merged into others are not counted: their
// survivors answer for them.
func (g *Graph) Counts(ctx context.Context) ([]*KindCount, error) {
	merged, err := g.merged(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]*KindCount, 0, len(schema.Kinds()))
	for _, k := range schema.Kinds() {
		ids, err := g.ofClass(ctx, k.Class())
		if err != nil {
			return nil, err
		}
		ids = slices.DeleteFunc(ids, func(id string) bool { return merged[id] })
		out = append(out, &KindCount{Kind: k, Count: len(ids)})
	}
	return out, nil
}
