package write

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Pending is an article's quads waiting to be written with others.
type Pending struct {
	ID    string
	Quads []quad.Quad
}

// Articles writes the articles of batch that the store does not have yet in
// one transaction, and reports for each whether it was written. Each article
// is written as Article writes it, whole, its marker after its other quads;
// an article whose id comes twice in batch is written once, at its first.
//
// One transaction for many articles is what makes a large load fast on a
// store that syncs to disk on every commit (bolt): the commit, its fsync and
// the bookkeeping of the indexes are paid once for the batch.
func Articles(ctx context.Context, qs graph.QuadStore, batch []Pending) ([]bool, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	written := make([]bool, len(batch))
	size := 0
	for _, p := range batch {
		size += len(p.Quads)
	}
	deltas := make([]graph.Delta, 0, size)
	inBatch := make(map[string]bool, len(batch))
	n := 0
	for k, p := range batch {
		if inBatch[p.ID] {
			continue
		}
		has, err := Has(ctx, qs, p.ID)
		if err != nil {
			return nil, err
		}
		if has {
			continue
		}
		marker := Marker(p.ID)
		found := false
		for _, q := range p.Quads {
			if q == marker {
				found = true
				continue
			}
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
		}
		if !found {
			return nil, fmt.Errorf("write %s: its quads lack the article's own type quad", p.ID)
		}
		deltas = append(deltas, graph.Delta{Quad: marker, Action: graph.Add})
		inBatch[p.ID] = true
		written[k] = true
		n++
	}
	if len(deltas) == 0 {
		return written, nil
	}
	// IgnoreDup, as in Article: a torn earlier write may have left quads.
	if err := qs.ApplyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return nil, fmt.Errorf("write %d articles (%d quads): %w", n, len(deltas), err)
	}
	return written, nil
}
