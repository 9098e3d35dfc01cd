package write

import (
	"context"
	"encoding/binary"
	"fmt"
	"hash/maphash"

	"github.com/cadregraph/cadregraph/schema"
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
	return NewWriter(qs).Articles(ctx, batch)
}

// A Writer writes batches of articles into one store, as Articles does, and
// remembers the shared facts (labelled schema.LabelShared) it has written:
// a fact that many articles state goes to the store once, with the first of
// them, instead of once with each. The store would skip the copies (they are
// written with IgnoreDup), but only after hashing their values, counting
// them into its nodes' references and looking each up in its indexes: on
// the synthetic corpus a third of the quads an article hands over are facts
// stored already.
//
// A Writer assumes that no one else removes quads from the store while it is
// in use (a load's pass: between passes, joins and curation rewrite
// articles); a fact it remembers is in the store.
type Writer struct {
	qs     graph.QuadStore
	seed   [2]maphash.Seed
	shared map[factHash]struct{} // facts written, by a hash of 128 bits
}

// factHash identifies a quad: two independent 64-bit hashes, so that two
// facts of one load share one with a chance of about n²/2¹²⁹.
type factHash [2]uint64

// NewWriter is a Writer into qs that has written nothing yet.
func NewWriter(qs graph.QuadStore) *Writer {
	return &Writer{qs: qs, seed: [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}, shared: map[factHash]struct{}{}}
}

// Articles is Articles into the Writer's store.
func (w *Writer) Articles(ctx context.Context, batch []Pending) ([]bool, error) {
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
	var added []factHash // facts remembered by this batch, forgotten if it fails
	fail := func(err error) ([]bool, error) {
		for _, h := range added {
			delete(w.shared, h)
		}
		return nil, err
	}
	n := 0
	for k, p := range batch {
		if inBatch[p.ID] {
			continue
		}
		has, err := Has(ctx, w.qs, p.ID)
		if err != nil {
			return fail(err)
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
			if q.Label == schema.LabelShared {
				h := w.hash(q)
				if _, ok := w.shared[h]; ok {
					continue
				}
				w.shared[h] = struct{}{}
				added = append(added, h)
			}
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
		}
		if !found {
			return fail(fmt.Errorf("write %s: its quads lack the article's own type quad", p.ID))
		}
		deltas = append(deltas, graph.Delta{Quad: marker, Action: graph.Add})
		inBatch[p.ID] = true
		written[k] = true
		n++
	}
	if len(deltas) == 0 {
		return written, nil
	}
	// IgnoreDup, as in Article: a torn earlier write may have left quads,
	// and a shared fact may be in the store from an earlier load.
	if err := w.qs.ApplyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return fail(fmt.Errorf("write %d articles (%d quads): %w", n, len(deltas), err))
	}
	return written, nil
}

// hash is q's factHash: its values as N-Quads would tell them apart, each
// with its kind, hashed twice.
func (w *Writer) hash(q quad.Quad) factHash {
	var h [2]maphash.Hash
	for i := range h {
		h[i].SetSeed(w.seed[i])
	}
	for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		var kind byte
		var s, t string
		switch v := v.(type) {
		case nil:
		case quad.IRI:
			kind, s = 1, string(v)
		case quad.String:
			kind, s = 2, string(v)
		case quad.TypedString:
			kind, s, t = 3, string(v.Value), string(v.Type)
		case quad.LangString:
			kind, s, t = 4, string(v.Value), v.Lang
		case quad.BNode:
			kind, s = 5, string(v)
		default:
			kind, s = 6, v.String()
		}
		for i := range h {
			h[i].WriteByte(kind)
			writeLen(&h[i], s)
			writeLen(&h[i], t)
		}
	}
	return factHash{h[0].Sum64(), h[1].Sum64()}
}

// writeLen writes s with its length, so that the strings of two values
// cannot run into each other.
func writeLen(h *maphash.Hash, s string) {
	var n [binary.MaxVarintLen64]byte
	h.Write(n[:binary.PutUvarint(n[:], uint64(len(s)))])
	h.WriteString(s)
}
