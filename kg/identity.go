package kg

import (
	"context"
	"slices"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
)

// maxMerges bounds the chains of merges followed (X into Y, Y into Z...):
// curation seldom chains more than two, and a cycle must not loop.
const maxMerges = 8

// survivor is the batch of the entity that answers for id: id itself, or,
// when curation merged it (id schema.MergedInto Y), Y, following chains of
// merges. Each merge followed costs one walk: the props a batch reads
// include MergedInto, so an id that was not merged costs nothing more.
func (g *Graph) survivor(ctx context.Context, id string) (*batch, string, error) {
	seen := map[string]bool{}
	for {
		b := g.newBatch([]string{id})
		p, err := b.props(ctx)
		if err != nil {
			return nil, "", err
		}
		seen[id] = true
		to, ok := pickRef(p[id].of(schema.MergedInto))
		if !ok || seen[to] || len(seen) > maxMerges {
			return b, id, nil
		}
		id = to
	}
}

// Referents are the ids curation merged into an entity, directly or through
// a chain of merges, sorted: the ids that node(id) answers with this entity
// for. The batch's referents are read together, a walk a link of the
// longest chain.
func (g *Graph) Referents(ctx context.Context, e Entity) ([]string, error) {
	all, err := load(e.base().b, "referents", func() (map[string][]string, error) {
		out := map[string][]string{}
		root := map[string]string{} // a referent found → the batch node it answers for
		frontier := e.base().b.ids
		for _, id := range frontier {
			root[id] = id
		}
		for range maxMerges {
			if len(frontier) == 0 {
				break
			}
			merged, err := g.hop(ctx, iris(frontier), []quad.IRI{schema.MergedInto}, true)
			if err != nil {
				return nil, err
			}
			var next []string
			for _, f := range merged {
				into, from := idOf(f.from), idOf(f.to)
				if from == "" || root[from] != "" {
					continue
				}
				root[from] = root[into]
				out[root[into]] = append(out[root[into]], from)
				next = append(next, from)
			}
			frontier = next
		}
		for _, ids := range out {
			slices.Sort(ids)
		}
		return out, nil
	})
	if err != nil {
		return nil, err
	}
	if ids := all[e.base().ID]; ids != nil {
		return ids, nil
	}
	return []string{}, nil
}

// ExternalIDs are the identifiers curation gives an entity in other
// databases ("wikidata:Q123"), sorted.
func (g *Graph) ExternalIDs(ctx context.Context, e Entity) ([]string, error) {
	fs, err := e.base().props(ctx)
	if err != nil {
		return nil, err
	}
	out := strs(fs.of(schema.ExternalID))
	slices.Sort(out)
	if out == nil {
		out = []string{}
	}
	return out, nil
}

// merged are the ids that curation merged into others, in one walk over the
// merges (few: they are a researcher's corrections). Listings and counts
// leave them out: their survivors answer for them.
// Kept over a frozen store: callers only read it.
func (g *Graph) merged(ctx context.Context) (map[string]bool, error) {
	return remember(ctx, g, "merged", func(ctx context.Context) (map[string]bool, error) {
		out := map[string]bool{}
		if m := g.model(); m != nil {
			m.withPredicate(schema.MergedInto, func(s, o quad.Value) {
				if id := idOf(s); id != "" && idOf(o) != id {
					out[id] = true
				}
			})
			return out, nil
		}
		err := g.quads(ctx, []filter{{quad.Predicate, []quad.Value{schema.MergedInto}}}, nil, func(q quad.Quad) {
			if id := idOf(q.Subject); id != "" && idOf(q.Object) != id {
				out[id] = true
			}
		})
		return out, err
	})
}
