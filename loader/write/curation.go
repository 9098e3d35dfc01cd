package write

import (
	"context"
	"fmt"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Curation makes the store's curated facts (those labelled
// schema.LabelCuration) exactly facts, in one transaction: facts new to the
// store are added, curated facts no longer in the list are removed, so that
// editing a curation file and loading it again is how a correction is
// changed or taken back. It reports how many facts it added and removed.
func Curation(ctx context.Context, qs graph.QuadStore, facts []quad.Quad) (added, removed int, err error) {
	want := map[quad.Quad]bool{}
	for _, q := range facts {
		q.Label = schema.LabelCuration
		want[q] = true
	}
	have := map[quad.Quad]bool{}
	if ref := qs.ValueOf(schema.LabelCuration); ref != nil {
		it := qs.QuadIterator(quad.Label, ref)
		for it.Next(ctx) {
			have[qs.Quad(it.Result())] = true
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return 0, 0, fmt.Errorf("read the curated facts: %w", err)
		}
	}
	if err := ctx.Err(); err != nil {
		return 0, 0, err
	}
	var deltas []graph.Delta
	for q := range have {
		if !want[q] {
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
			removed++
		}
	}
	for _, q := range facts { // in the file's order
		q.Label = schema.LabelCuration
		if !have[q] && want[q] {
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
			delete(want, q) // once, if the file repeats it
			added++
		}
	}
	if len(deltas) == 0 {
		return 0, 0, nil
	}
	if err := qs.ApplyDeltas(deltas, graph.IgnoreOpts{}); err != nil {
		return 0, 0, fmt.Errorf("write the curated facts: %w", err)
	}
	return added, removed, nil
}
