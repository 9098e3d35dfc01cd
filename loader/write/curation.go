package write

import (
	"context"
	"fmt"
	"sort"

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
	deltas, err := Labelled(ctx, qs, schema.LabelCuration, facts)
	if err != nil {
		return 0, 0, err
	}
	if err := Apply(ctx, qs, deltas); err != nil {
		return 0, 0, fmt.Errorf("write the curated facts: %w", err)
	}
	return Count(deltas)
}

// Labelled is the deltas that make the store's quads labelled label exactly
// want (each relabelled with label), adds in want's order.
func Labelled(ctx context.Context, qs graph.QuadStore, label quad.IRI, want []quad.Quad) ([]graph.Delta, error) {
	wanted := map[quad.Quad]bool{}
	for _, q := range want {
		q.Label = label
		wanted[q] = true
	}
	var have []quad.Quad
	if ref := qs.ValueOf(label); ref != nil {
		// Few quads carry these labels; a backend without a label index
		// scans, which is why articles' quads are found by a walk instead.
		it := qs.QuadIterator(quad.Label, ref)
		for it.Next(ctx) {
			have = append(have, qs.Quad(it.Result()))
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, fmt.Errorf("read the quads labelled %s: %w", label, err)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	relabelled := make([]quad.Quad, len(want))
	for i, q := range want {
		q.Label = label
		relabelled[i] = q
	}
	return Diff(have, relabelled), nil
}

// Diff is the deltas that turn the quads old into the quads new: deletes
// first, then adds in new's order, each once.
func Diff(old, new []quad.Quad) []graph.Delta {
	in := make(map[quad.Quad]bool, len(new))
	for _, q := range new {
		in[q] = true
	}
	had := make(map[quad.Quad]bool, len(old))
	var out []graph.Delta
	for _, q := range old {
		if had[q] {
			continue
		}
		had[q] = true
		if !in[q] {
			out = append(out, graph.Delta{Quad: q, Action: graph.Delete})
		}
	}
	for _, q := range new {
		if !had[q] {
			had[q] = true
			out = append(out, graph.Delta{Quad: q, Action: graph.Add})
		}
	}
	return out
}

// Count is how many deltas add and how many delete.
func Count(deltas []graph.Delta) (added, removed int, err error) {
	for _, d := range deltas {
		if d.Action == graph.Add {
			added++
		} else {
			removed++
		}
	}
	return added, removed, nil
}

// Apply writes deltas in one transaction, or in two when the backend needs
// it: Cayley v0.7.7's kv stores (bolt) count a node's quads per batch, and a
// node whose count falls in a batch that also adds a quad naming it loses its
// place in the added quad (graph/kv ApplyDeltas resolves only nodes whose count
// rises). Such batches are written as their adds, then their deletes: never a
// lost fact, and a batch torn between the two leaves both the old and the new
// quads, which the curation record shows (two hashes) so the next load
// rewrites everything again.
//
// A shared fact (schema.LabelShared) is deleted only when no statement
// record (schema.Stated) states it once deltas are applied: another article
// may still say it (see Supported).
func Apply(ctx context.Context, qs graph.QuadStore, deltas []graph.Delta) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	deltas, err := Supported(ctx, qs, deltas)
	if err != nil {
		return err
	}
	if len(deltas) == 0 {
		return nil
	}
	net := map[quad.Value]int{}
	for _, d := range deltas {
		n := 1
		if d.Action != graph.Add {
			n = -1
		}
		for _, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil {
				net[v] += n
			}
		}
	}
	var adds, dels []graph.Delta
	conflict := false
	for _, d := range deltas {
		if d.Action == graph.Add {
			adds = append(adds, d)
			for _, dir := range quad.Directions {
				if v := d.Quad.Get(dir); v != nil && net[v] < 0 {
					conflict = true
				}
			}
		} else {
			dels = append(dels, d)
		}
	}
	opts := graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	if !conflict {
		return qs.ApplyDeltas(append(adds, dels...), opts)
	}
	if err := qs.ApplyDeltas(adds, opts); err != nil {
		return err
	}
	return qs.ApplyDeltas(dels, opts)
}

// walkMost is how many articles StoredQuads finds by walking from each; for
// more it scans the store once. A walk reads every quad of each node the
// article touches, whatever its label, so on a large store it costs as much
// as the article's units and documents are shared (0.9 s an article on a
// 10,000-article bolt store); a scan reads the whole store once (seconds).
const walkMost = 8

// StoredQuads is the quads of each of the articles ids, by article (those
// labelled with it, and the shared facts its statement records state):
// walked from each article (ArticleQuads) for a few, or found in one scan of
// the store for more. The caller bounds how many it asks for at once: their
// quads are held in memory.
func StoredQuads(ctx context.Context, qs graph.QuadStore, ids []string) (map[string][]quad.Quad, error) {
	out := make(map[string][]quad.Quad, len(ids))
	if len(ids) <= walkMost {
		for _, id := range ids {
			qq, err := ArticleQuads(ctx, qs, id)
			if err != nil {
				return nil, err
			}
			out[id] = qq
		}
		return withShared(ctx, qs, out, nil)
	}
	labels := make(map[any]string, len(ids)) // by graph.ToKey of the label's ref
	var shared []quad.Quad                   // read whole, for their nodes' records (withShared)
	var sharedKey any
	if ref := qs.ValueOf(schema.LabelShared); ref != nil {
		sharedKey = graph.ToKey(ref)
	}
	for _, id := range ids {
		out[id] = nil
		if ref := qs.ValueOf(schema.ArticleLabel(id)); ref != nil {
			labels[graph.ToKey(ref)] = id
		}
	}
	if len(labels) == 0 {
		return out, nil
	}
	it := qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		ref := it.Result()
		l := qs.QuadDirection(ref, quad.Label)
		if l == nil {
			continue
		}
		if id, ok := labels[graph.ToKey(l)]; ok {
			out[id] = append(out[id], qs.Quad(ref))
		} else if sharedKey != nil && graph.ToKey(l) == sharedKey {
			shared = append(shared, qs.Quad(ref))
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("read the quads of %d articles: %w", len(ids), err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return withShared(ctx, qs, out, shared)
}

// Records are the statement records (schema.Stated) of node, every
// article's.
func Records(ctx context.Context, qs graph.QuadStore, node quad.Value) ([]quad.Quad, error) {
	return quadsOf(ctx, qs, node, "the statement records", func(q quad.Quad) bool { return q.Predicate == schema.Stated })
}

// withShared adds to each article's quads the shared facts its statement
// records state: with them, what the article states, as schema.Share gave
// it. shared are the store's shared facts, or nil to read those of the
// records' nodes.
func withShared(ctx context.Context, qs graph.QuadStore, arts map[string][]quad.Quad, shared []quad.Quad) (map[string][]quad.Quad, error) {
	if shared == nil {
		read := map[quad.Value]bool{}
		for _, qq := range arts {
			for _, q := range qq {
				if q.Predicate != schema.Stated || read[q.Subject] {
					continue
				}
				read[q.Subject] = true
				facts, err := sharedOf(ctx, qs, q.Subject)
				if err != nil {
					return nil, err
				}
				shared = append(shared, facts...)
			}
		}
	}
	for id, qq := range arts {
		facts, err := schema.Stating(qq, shared)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", id, err)
		}
		arts[id] = append(qq, facts...)
	}
	return arts, nil
}

// sharedOf is the shared facts of node.
func sharedOf(ctx context.Context, qs graph.QuadStore, node quad.Value) ([]quad.Quad, error) {
	return quadsOf(ctx, qs, node, "the facts", func(q quad.Quad) bool { return q.Label == schema.LabelShared })
}

// quadsOf is the quads whose subject is node that keep accepts; what names
// them in an error.
func quadsOf(ctx context.Context, qs graph.QuadStore, node quad.Value, what string, keep func(quad.Quad) bool) ([]quad.Quad, error) {
	ref := qs.ValueOf(node)
	if ref == nil {
		return nil, nil
	}
	var out []quad.Quad
	it := qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	for it.Next(ctx) {
		if q := qs.Quad(it.Result()); keep(q) {
			out = append(out, q)
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("read %s of %s: %w", what, node, err)
	}
	return out, ctx.Err()
}

// ArticleQuads is every quad labelled with the article articleID. They are
// found by a walk from the article's node along quads labelled with it, in
// both directions, through cadregraph's nodes only (never through a class,
// whose quads are the whole store's): every quad labelled with an article is
// joined to the article's node by such quads (the article mentions each
// entity, which holds its statement record; mentions are in the article;
// observations and document links have the article's mentions as evidence,
// and hold their tenure's and link's records), and rewriting merges or
// splits renames nodes without cutting those paths. Not every backend indexes labels, so a label
// scan would read the whole store for each article.
func ArticleQuads(ctx context.Context, qs graph.QuadStore, articleID string) ([]quad.Quad, error) {
	label := schema.ArticleLabel(articleID)
	start := schema.IRI(articleID)
	visited := map[quad.Value]bool{start: true}
	queue := []quad.Value{start}
	seen := map[quad.Quad]bool{}
	var out []quad.Quad
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		ref := qs.ValueOf(n)
		if ref == nil {
			continue
		}
		for _, d := range []quad.Direction{quad.Subject, quad.Object} {
			it := qs.QuadIterator(d, ref)
			for it.Next(ctx) {
				q := qs.Quad(it.Result())
				if q.Label != label || seen[q] {
					continue
				}
				seen[q] = true
				out = append(out, q)
				other := q.Object
				if d == quad.Object {
					other = q.Subject
				}
				if _, ok := schema.IDOf(other); ok && !visited[other] {
					visited[other] = true
					queue = append(queue, other)
				}
			}
			err := it.Err()
			it.Close()
			if err != nil {
				return nil, fmt.Errorf("read the quads of %s: %w", articleID, err)
			}
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Literal is the first string value of node's predicate p labelled label
// (any label when label is empty), or "".
func Literal(ctx context.Context, qs graph.QuadStore, node quad.IRI, p quad.IRI, label quad.Value) (string, error) {
	ref := qs.ValueOf(node)
	if ref == nil {
		return "", nil
	}
	it := qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		if q.Predicate == p && (label == nil || q.Label == label) {
			return quad.ToString(q.Object), nil
		}
	}
	if err := it.Err(); err != nil {
		return "", fmt.Errorf("read %s of %s: %w", p, node, err)
	}
	return "", ctx.Err()
}

// Literals are the distinct string values of node's predicate p labelled
// label, sorted.
func Literals(ctx context.Context, qs graph.QuadStore, node quad.IRI, p quad.IRI, label quad.Value) ([]string, error) {
	ref := qs.ValueOf(node)
	if ref == nil {
		return nil, nil
	}
	it := qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	seen := map[string]bool{}
	var out []string
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		if q.Predicate == p && q.Label == label {
			if s := quad.ToString(q.Object); !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("read %s of %s: %w", p, node, err)
	}
	sort.Strings(out)
	return out, ctx.Err()
}

// Supported is deltas without the deletes of shared facts that a statement
// record still states once deltas are applied: the records of the facts'
// subjects in the store, less those deltas delete, plus those they add. A
// shared fact goes when the last article stating it is rewritten without it
// (or taken out); an article that stops saying what others say leaves it.
func Supported(ctx context.Context, qs graph.QuadStore, deltas []graph.Delta) ([]graph.Delta, error) {
	subjects := map[quad.Value]bool{}
	for _, d := range deltas {
		if d.Action == graph.Delete && d.Quad.Label == schema.LabelShared {
			subjects[d.Quad.Subject] = true
		}
	}
	if len(subjects) == 0 {
		return deltas, nil
	}
	records := map[quad.Quad]bool{}
	for s := range subjects {
		rs, err := Records(ctx, qs, s)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			records[r] = true
		}
	}
	for _, d := range deltas {
		if d.Quad.Predicate == schema.Stated && subjects[d.Quad.Subject] {
			records[d.Quad] = d.Action == graph.Add
		}
	}
	stated := map[quad.Value]map[schema.FactKey]bool{} // by subject, the keys of the facts its records state
	for r, ok := range records {
		if !ok {
			continue
		}
		keys, err := schema.StatementKeys(r.Object)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", r.Subject, err)
		}
		if stated[r.Subject] == nil {
			stated[r.Subject] = map[schema.FactKey]bool{}
		}
		for _, k := range keys {
			stated[r.Subject][k] = true
		}
	}
	still := func(q quad.Quad) bool {
		k, ok := schema.FactKeyOf(q.Predicate, q.Object)
		return ok && stated[q.Subject][k]
	}
	out := deltas[:0:0]
	for _, d := range deltas {
		if d.Action == graph.Delete && d.Quad.Label == schema.LabelShared && still(d.Quad) {
			continue
		}
		out = append(out, d)
	}
	return out, ctx.Err()
}
