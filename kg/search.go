package kg

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
	"github.com/cayleygraph/quad"
)

// MaxSearchQuery is the longest search, in bytes: a name, a code, a title
// with its unit fit many times over; folding and matching a megabyte took
// seconds of a server's time.
const MaxSearchQuery = 1000

// Search finds entities by name, alias or code, accent- and case-insensitively,
// through the search index (see index): vn.Fold and vn.Tokens of every name,
// alias, title and code, derived from them, not stored. An entity matches
// when every token of the query is one of its tokens or the beginning of one.
// Hits rank by score: 1 when a whole name or code equals the query, then
// names that begin with it, then entities whose tokens hold all of the
// query's; ties by name.
//
// Entities that have the query's words as whole tokens (all but the last,
// which may be unfinished) are looked for first; when none has them, or the
// query is one word, those with a token that begins with the query's longest
// word. An entity curation merged into another is found as the other (see
// survivor).
func (g *Graph) Search(ctx context.Context, query string, kinds []schema.Kind, first *int) ([]*SearchHit, error) {
	n, err := pageSize(first, 20)
	if err != nil {
		return nil, err
	}
	if len(query) > MaxSearchQuery {
		return nil, inputErrorf("a search is at most %d bytes (got %d)", MaxSearchQuery, len(query))
	}
	if len(vn.Tokens(query)) == 0 || n == 0 {
		return []*SearchHit{}, nil
	}
	// An entity curation merged into another is found as its survivor, once,
	// with the better score; so is an entity found under another spelling of
	// the query (schema.UnitSpellings: TP.HCM, HCM, Thành phố Hồ Chí Minh all
	// find Đảng bộ TPHCM).
	var ids []string
	scores := map[string]float64{}
	kindOfHit := map[string]schema.Kind{}
	names := map[string]string{}
	for _, form := range append([]string{query}, schema.UnitSpellings(query)...) {
		qf, toks := vn.Fold(form), vn.Tokens(form)
		cands, found, err := g.found(ctx, toks, kindsOrAll(kinds))
		if err != nil {
			return nil, err
		}
		for _, id := range cands {
			t := found[id]
			if t == nil {
				continue
			}
			hit, name := id, t.name
			if t.into != "" {
				sb, into, err := g.survivor(ctx, t.into) // a walk a merge: they are few
				if err != nil {
					return nil, err
				}
				p, err := sb.props(ctx)
				if err != nil {
					return nil, err
				}
				hit, name = into, nameOf(p[into], into)
			}
			if _, ok := scores[hit]; !ok {
				ids = append(ids, hit)
				kindOfHit[hit] = t.kind
				names[hit] = g.foldName(name)
			}
			scores[hit] = max(scores[hit], score(qf, toks, t.keys))
		}
	}
	// Sorted as keys, not by looking the maps up in every comparison: a
	// word's first letters find thousands of entities.
	type ranked struct {
		score    float64
		name, id string
	}
	rs := make([]ranked, len(ids))
	for i, id := range ids {
		rs[i] = ranked{scores[id], names[id], id}
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(b.score, a.score), strings.Compare(a.name, b.name), strings.Compare(a.id, b.id))
	})
	// Only the hits returned share a batch: the others' fields are never read.
	ids = ids[:min(n, len(ids))]
	for i := range ids {
		ids[i] = rs[i].id
	}
	b := g.newBatch(ids)
	hits := []*SearchHit{}
	for _, id := range ids {
		hits = append(hits, &SearchHit{Entity: newNode(b, id, kindOfHit[id]).(Entity), Score: scores[id]})
	}
	return hits, nil
}

// found are the entities of kinds whose tokens match every query token
// (see Search), with what search knows of them, and the candidates they were
// chosen from, by the search index (see searchModel).
func (g *Graph) found(ctx context.Context, toks []string, kinds []schema.Kind) ([]string, map[string]*terms, error) {
	m, err := g.searchModel(ctx)
	if err != nil {
		return nil, nil, err
	}
	return m.found(toks, kinds)
}

// indexed are the predicates the search index is derived from (see
// model.buildIndex), with those search and holders read beside it: a node's
// kind, its merge, a post's unit.
var indexed = []quad.IRI{
	schema.RDFType, schema.Name, schema.Alias, schema.Title, schema.PostTitle, schema.Code,
	schema.HasDocKind, schema.Number, schema.InUnit, schema.MergedInto,
}

// searchModel is the model search and holders look names up in: the read
// model when the Graph has one (see Refresh); else one built from the quads
// of the indexed predicates alone, a walk of each, kept while the store's
// counts of quads and values stay as they were (a writer that deletes as
// many quads and values as it adds is not seen: a server keeps a read model
// and refreshes it when the store changes). The store holds no search terms
// of its own: they are derived data, one copy an entity rather than one an
// article naming it.
func (g *Graph) searchModel(ctx context.Context) (*model, error) {
	if m := g.model(); m != nil {
		return m, nil
	}
	st, err := g.qs.Stats(ctx, false)
	if err != nil {
		return nil, fmt.Errorf("reading the graph: %w", err)
	}
	key := [2]int64{st.Quads.Size, st.Nodes.Size}
	if x := g.index.Load(); x != nil && x.key == key {
		return x.m, nil
	}
	b := newBuilder()
	for _, p := range append(slices.Clone(indexed), schema.Stated) {
		if err := g.quads(ctx, []filter{{quad.Predicate, []quad.Value{p}}}, nil, b.add); err != nil {
			return nil, err
		}
	}
	if err := b.unshare(); err != nil {
		return nil, fmt.Errorf("reading the graph: %w", err)
	}
	m := b.model()
	g.index.Store(&storeIndex{key: key, m: m})
	return m, nil
}

// A storeIndex is the search model of a Graph without a read model, with
// the store's counts when it was built.
type storeIndex struct {
	key [2]int64
	m   *model
}

func kindsOrAll(kinds []schema.Kind) []schema.Kind {
	if len(kinds) > 0 {
		return kinds
	}
	return []schema.Kind{schema.Person, schema.Unit, schema.Position, schema.Congress, schema.Event, schema.Document}
}

// terms are what search knows of a node: its kind, folded names and tokens,
// and the entity curation merged it into, if any.
type terms struct {
	kind   schema.Kind
	keys   []string
	tokens []string
	name   string // its name (nameOf), to order hits by name
	into   string
}

// matchesAll reports whether every query token is one of tokens or the
// beginning of one.
func matchesAll(query, tokens []string) bool {
	for _, q := range query {
		if !slices.ContainsFunc(tokens, func(t string) bool { return strings.HasPrefix(t, q) }) {
			return false
		}
	}
	return true
}

// score ranks a match in (0, 1]: 1 for a whole name or code equal to the
// query; (0.7, 0.95) for a name that begins with it, the closer to the whole
// name the higher; (0.2, 0.65] for one whose tokens hold the query's, by how
// much of its shortest name the query covers.
func score(qf string, toks []string, keys []string) float64 {
	if slices.Contains(keys, qf) {
		return 1
	}
	best := 0.0
	for _, k := range keys {
		if strings.HasPrefix(k, qf) && len(k) > 0 {
			best = max(best, 0.7+0.25*float64(len(qf))/float64(len(k)))
		}
	}
	if best > 0 {
		return best
	}
	shortest := 0
	for _, k := range keys {
		if shortest == 0 || len(k) < shortest {
			shortest = len(k)
		}
	}
	covered := 0
	for _, t := range toks {
		if !strings.ContainsAny(t, "-/.") { // parts of a code count once, through the code
			covered += len(t)
		}
	}
	cov := 1.0
	if shortest > 0 {
		cov = min(1, float64(covered)/float64(shortest))
	}
	return 0.2 + 0.45*cov
}

// Holders are the tenures of the posts whose title reads as title (folded:
// accent- and case-insensitive), in order of time (sortTenures). With unit, only
// posts within a unit that has that name or alias (a party organisation and
// its committee, Đảng bộ X and Đảng ủy X, answer to either); with at, only
// tenures that cover that date (see covers).
func (g *Graph) Holders(ctx context.Context, title string, unit *string, at *date.Date) ([]*Tenure, error) {
	byPos, err := g.holdersOfPosts(ctx, title, unit)
	if err != nil {
		return nil, err
	}
	var all []*Tenure
	for _, ts := range byPos {
		all = append(all, ts...)
	}
	all = covering(all, at)
	sortTenures(all)
	if all == nil {
		all = []*Tenure{}
	}
	return all, nil
}
