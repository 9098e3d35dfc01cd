package kg

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
)

// MaxSearchQuery is the longest search, in bytes: a name, a code, a title
// with its unit fit many times over; folding and matching a megabyte took
// seconds of a server's time.
const MaxSearchQuery = 1000

// Search finds entities by name, alias or code, accent- and case-insensitively,
// through the searchKey and token literals the loader writes (vn.Fold and
// vn.Tokens of every name, alias and code). An entity matches when every token
// of the query is one of its tokens or the beginning of one. Hits rank by
// score: 1 when a whole name or code equals the query, then names that begin
// with it, then entities whose tokens hold all of the query's; ties by name.
//
// The store's index finds entities that have the query's words as whole
// tokens (all but the last, which may be unfinished) in one walk; when no
// entity has them, or the query is one word, the beginnings of tokens the
// loader writes (schema.TokenPrefix) find those whose tokens begin with the
// query's longest word, in one walk too. An entity curation merged into
// another is found as the other (see survivor).
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
			hit, name := id, nameOf(t.names, id)
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
	slices.SortFunc(ids, func(a, b string) int {
		return cmp.Or(cmp.Compare(scores[b], scores[a]), strings.Compare(names[a], names[b]), strings.Compare(a, b))
	})
	// Only the hits returned share a batch: the others' fields are never read.
	ids = ids[:min(n, len(ids))]
	b := g.newBatch(ids)
	hits := []*SearchHit{}
	for _, id := range ids {
		hits = append(hits, &SearchHit{Entity: newNode(b, id, kindOfHit[id]).(Entity), Score: scores[id]})
	}
	return hits, nil
}

// found are the entities of kinds whose tokens match every query token
// (see Search), with what search knows of them, and the candidates they were
// chosen from: by the read model's index when the Graph has one, else by
// the store's.
func (g *Graph) found(ctx context.Context, toks []string, kinds []schema.Kind) ([]string, map[string]*terms, error) {
	if m := g.model(); m != nil {
		return m.found(toks, kinds)
	}
	cands, err := g.exactCandidates(ctx, toks)
	if err != nil {
		return nil, nil, err
	}
	found, err := g.matching(ctx, cands, toks, kinds)
	if err != nil || len(found) > 0 {
		return cands, found, err
	}
	if cands, err = g.prefixCandidates(ctx, toks); err != nil {
		return nil, nil, err
	}
	found, err = g.matching(ctx, cands, toks, kinds)
	return cands, found, err
}

func kindsOrAll(kinds []schema.Kind) []schema.Kind {
	if len(kinds) > 0 {
		return kinds
	}
	return []schema.Kind{schema.Person, schema.Unit, schema.Position, schema.Congress, schema.Event, schema.Document}
}

// exactCandidates are the nodes that have every token but the last of a
// query of two or more as a whole token: one walk from the token literals.
func (g *Graph) exactCandidates(ctx context.Context, toks []string) ([]string, error) {
	if len(toks) < 2 {
		return nil, nil
	}
	words := toks[:len(toks)-1]
	vals := make([]quad.Value, len(words))
	for i, t := range words {
		vals[i] = quad.String(t)
	}
	links, err := g.hop(ctx, vals, []quad.IRI{schema.Token}, true)
	if err != nil {
		return nil, err
	}
	has := map[string]map[string]bool{}
	var order []string
	for _, f := range links {
		tok, _ := schema.ToString(f.from)
		e := idOf(f.to)
		if e == "" {
			continue
		}
		if has[e] == nil {
			has[e] = map[string]bool{}
			order = append(order, e)
		}
		has[e][tok] = true
	}
	var out []string
	for _, e := range order {
		if len(has[e]) == len(words) {
			out = append(out, e)
		}
	}
	return out, nil
}

// prefixCandidates are the nodes with a token that begins with the query's
// longest token. The loader writes the beginnings of every token as
// schema.TokenPrefix literals, so this is one walk from the literal equal to
// the query's token. A token shorter than schema.MinPrefix, or a store
// written without prefixes (found out when the lookup finds nothing), is
// looked for by a scan of the token literals (see scanPrefix).
func (g *Graph) prefixCandidates(ctx context.Context, toks []string) ([]string, error) {
	longest := slices.MaxFunc(toks, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	if utf8.RuneCountInString(longest) >= schema.MinPrefix {
		links, err := g.hop(ctx, []quad.Value{quad.String(longest)}, []quad.IRI{schema.Token, schema.TokenPrefix}, true)
		if err != nil {
			return nil, err
		}
		if len(links) > 0 {
			out := make([]string, len(links))
			for i, f := range links {
				out[i] = idOf(f.to)
			}
			return g.newBatch(out).ids, nil
		}
		if indexed, err := g.hasQuadOf(ctx, schema.TokenPrefix); err != nil || indexed {
			return nil, err
		}
	}
	return g.scanPrefix(ctx, longest)
}

// hasQuadOf reports whether the store holds a quad with predicate p: one walk
// that stops at the first.
func (g *Graph) hasQuadOf(ctx context.Context, p quad.IRI) (bool, error) {
	g.walks.Add(1)
	it := shape.BuildIterator(g.qs, shape.Quads{{Dir: quad.Predicate, Values: shape.Lookup{p}}})
	defer it.Close()
	found := it.Next(ctx)
	if err := it.Err(); err != nil {
		return false, fmt.Errorf("reading the graph: %w", err)
	}
	return found, nil
}

// scanPrefix are the nodes with a token that begins with prefix, by a scan:
// one walk over the token literals for those that begin so, one from them
// to the nodes that have them.
func (g *Graph) scanPrefix(ctx context.Context, longest string) ([]string, error) {
	var found []quad.Value
	p := path.StartPath(g.qs).Out(schema.Token).Filters(shape.Wildcard{Pattern: longest + "%"}).Unique().Tag("t")
	err := g.walk(ctx, p, func(r row) {
		if t, ok := r["t"].(quad.String); ok && strings.HasPrefix(string(t), longest) {
			found = append(found, t)
		}
	})
	if err != nil || len(found) == 0 {
		return nil, err
	}
	links, err := g.hop(ctx, found, []quad.IRI{schema.Token}, true)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range links {
		out = append(out, idOf(f.to))
	}
	return g.newBatch(out).ids, nil
}

// terms are what search knows of a node: its kind, folded names and tokens,
// and the entity curation merged it into, if any.
type terms struct {
	kind   schema.Kind
	keys   []string
	tokens []string
	names  facts // its name facts, to order hits by name
	into   string
}

// matching reads the kind, names, search keys, tokens and merge of
// candidates in one walk and keeps those of kinds whose tokens match every query token.
func (g *Graph) matching(ctx context.Context, ids []string, toks []string, kinds []schema.Kind) (map[string]*terms, error) {
	facts, err := g.hop(ctx, iris(ids), []quad.IRI{schema.RDFType, schema.Name, schema.SearchKey, schema.Token, schema.MergedInto}, false)
	if err != nil {
		return nil, err
	}
	out := map[string]*terms{}
	for _, f := range facts {
		id := idOf(f.from)
		t := out[id]
		if t == nil {
			t = &terms{}
			out[id] = t
		}
		switch f.pred {
		case schema.RDFType:
			if c, ok := f.to.(quad.IRI); ok {
				if k, ok := schema.KindOfClass(c); ok {
					t.kind = k
				}
			}
		case schema.SearchKey:
			if s, ok := schema.ToString(f.to); ok {
				t.keys = append(t.keys, s)
			}
		case schema.Token:
			if s, ok := schema.ToString(f.to); ok {
				t.tokens = append(t.tokens, s)
			}
		case schema.Name:
			t.names = append(t.names, f)
		case schema.MergedInto:
			if into := idOf(f.to); into != "" && into != id && (t.into == "" || f.label == schema.LabelCuration) {
				t.into = into
			}
		}
	}
	for id, t := range out {
		if !slices.Contains(kinds, t.kind) || !matchesAll(toks, t.tokens) {
			delete(out, id)
		}
	}
	return out, nil
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

// inUnitNamed keeps the positions within a unit that has name as its name or
// an alias: one walk to their units, one over the units' search keys (their
// folded names and aliases, which the loader writes).
func (g *Graph) inUnitNamed(ctx context.Context, positions []string, name string) ([]string, error) {
	if len(positions) == 0 {
		return nil, nil
	}
	want := schema.UnitMatchKey(vn.Fold(name))
	inUnit, err := g.hop(ctx, iris(positions), []quad.IRI{schema.InUnit}, false)
	if err != nil {
		return nil, err
	}
	var units []string
	for _, f := range inUnit {
		units = append(units, idOf(f.to))
	}
	keys, err := g.hop(ctx, iris(g.newBatch(units).ids), []quad.IRI{schema.SearchKey}, false)
	if err != nil {
		return nil, err
	}
	named := map[string]bool{}
	for _, f := range keys {
		if k, ok := schema.ToString(f.to); ok && schema.UnitMatchKey(k) == want {
			named[idOf(f.from)] = true
		}
	}
	keep := map[string]bool{}
	for _, f := range inUnit {
		if named[idOf(f.to)] {
			keep[idOf(f.from)] = true
		}
	}
	var out []string
	for _, id := range positions {
		if keep[id] {
			out = append(out, id)
		}
	}
	return out, nil
}
