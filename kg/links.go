package kg

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
	"github.com/cayleygraph/quad"
)

// linked are the nodes the batch's nodes point to by pred, read in its first
// load, as objects of kind k that share one new batch: by node id, the chosen
// one when single, else every one, by name.
func (b *batch) linked(ctx context.Context, pred quad.IRI, k schema.Kind, single bool) (map[string][]Node, error) {
	key := "linked " + string(pred)
	if single {
		key += " single"
	}
	return load(b, key, func() (map[string][]Node, error) {
		p, err := b.props(ctx)
		if err != nil {
			return nil, err
		}
		targets := map[string][]string{}
		var all []string
		for _, id := range b.ids {
			var ts []string
			if single {
				if t, ok := pickRef(p[id].of(pred)); ok {
					ts = []string{t}
				}
			} else {
				ts = refs(p[id].of(pred))
			}
			targets[id] = ts
			all = append(all, ts...)
		}
		nb := b.g.newBatch(all)
		objs := map[string]Node{}
		for _, id := range nb.ids {
			objs[id] = newNode(nb, id, k)
		}
		out := make(map[string][]Node, len(targets))
		for id, ts := range targets {
			for _, t := range ts {
				out[id] = append(out[id], objs[t])
			}
		}
		if !single {
			if err := sortByName(ctx, nb, out); err != nil {
				return nil, err
			}
		}
		return out, nil
	})
}

// linkedOne is the one node a node points to by pred, or nil.
func linkedOne(ctx context.Context, n *node, pred quad.IRI, k schema.Kind) (Node, error) {
	m, err := n.b.linked(ctx, pred, k, true)
	if err != nil || len(m[n.ID]) == 0 {
		return nil, err
	}
	return m[n.ID][0], nil
}

// around are the entities linked to the batch's nodes by pred (pointing at
// them with in, else pointed at), typed by their rdf:type: one walk to them,
// and the first load of the new batch they share, which also names them for
// sorting. By node id, sorted by kind and name.
func (b *batch) around(ctx context.Context, pred quad.IRI, in bool) (map[string][]Node, error) {
	key := "around out " + string(pred)
	if in {
		key = "around in " + string(pred)
	}
	return load(b, key, func() (map[string][]Node, error) {
		links, err := b.g.hop(ctx, iris(b.ids), []quad.IRI{pred}, in)
		if err != nil {
			return nil, err
		}
		var all []string
		for _, l := range links {
			all = append(all, idOf(l.to))
		}
		nb := b.g.newBatch(all)
		p, err := nb.props(ctx)
		if err != nil {
			return nil, err
		}
		objs := map[string]Node{}
		out := map[string][]Node{}
		seen := map[[2]string]bool{}
		for _, l := range links {
			from, to := idOf(l.from), idOf(l.to)
			if from == "" || to == "" || seen[[2]string{from, to}] {
				continue
			}
			seen[[2]string{from, to}] = true
			o, ok := objs[to]
			if !ok {
				if k, known := kindOf(p[to]); known {
					o = newNode(nb, to, k)
				}
				objs[to] = o
			}
			if o != nil {
				out[from] = append(out[from], o)
			}
		}
		if err := sortByName(ctx, nb, out); err != nil {
			return nil, err
		}
		return out, nil
	})
}

// sortByName orders each list of nodes of batch nb by kind (in the API's
// order), then folded name, then id.
func sortByName(ctx context.Context, nb *batch, lists map[string][]Node) error {
	if len(nb.ids) == 0 {
		return nil
	}
	p, err := nb.props(ctx)
	if err != nil {
		return err
	}
	keys := make(map[string]string, len(nb.ids))
	for _, id := range nb.ids {
		keys[id] = vn.Fold(nameOf(p[id], id))
	}
	rank := func(n Node) int {
		if e, ok := n.(Entity); ok {
			return slices.Index(schema.Kinds(), e.Kind())
		}
		return len(schema.Kinds())
	}
	for _, l := range lists {
		slices.SortFunc(l, func(a, b Node) int {
			ia, ib := a.base().ID, b.base().ID
			return cmp.Or(cmp.Compare(rank(a), rank(b)), strings.Compare(keys[ia], keys[ib]), strings.Compare(ia, ib))
		})
	}
	return nil
}

// as converts nodes to their concrete type, dropping those of another type.
func as[T any](ns []Node) []T {
	out := make([]T, 0, len(ns))
	for _, n := range ns {
		if t, ok := n.(T); ok {
			out = append(out, t)
		}
	}
	return out
}
