package kg

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
)

// Limits of the drawing queries: beyond them a subgraph is too large to draw
// or too costly to find.
const (
	MaxDepth     = 3
	MaxLimit     = 1000
	MaxPathDepth = 10
)

// A step is one edge of the graph seen from the node a walk started at.
type step struct {
	from, to string // from is the node walked from, to the node reached
	edge     GraphEdge
}

// steps reads every graph edge (schema.GraphEdges) that leaves nodes and, with
// in, every one that reaches them (one walk a direction), ordered for a
// deterministic walk: structural edges before an article's mentions, then by
// the node reached.
func (g *Graph) steps(ctx context.Context, nodes []string, in bool) ([]step, error) {
	rel := map[quad.IRI]string{}
	var preds []quad.IRI
	for _, e := range schema.GraphEdges() {
		rel[e.Pred] = string(e.Relation)
		preds = append(preds, e.Pred)
	}
	var out []step
	seen := map[GraphEdge]bool{}
	dirs := []bool{false}
	if in {
		dirs = append(dirs, true)
	}
	for _, in := range dirs {
		facts, err := g.hop(ctx, iris(nodes), preds, in)
		if err != nil {
			return nil, err
		}
		for _, f := range facts {
			from, to := idOf(f.from), idOf(f.to)
			if from == "" || to == "" || from == to {
				continue
			}
			e := GraphEdge{Source: from, Target: to, Relation: rel[f.pred]}
			if in {
				e.Source, e.Target = to, from
			}
			if !seen[e] {
				seen[e] = true
				out = append(out, step{from: from, to: to, edge: e})
			}
		}
	}
	slices.SortFunc(out, func(a, b step) int {
		am, bm := a.edge.Relation == "mentions", b.edge.Relation == "mentions"
		if am != bm {
			if am {
				return 1
			}
			return -1
		}
		return cmp.Or(strings.Compare(a.to, b.to), strings.Compare(a.edge.Relation, b.edge.Relation), strings.Compare(a.from, b.from))
	})
	return out, nil
}

// Neighborhood is the subgraph within depth hops of an entity or article over
// the graph edges, both ways, breadth first, at most limit nodes; it is closed:
// every edge joins two of its nodes. Each level costs two walks, and one more
// reads the edges among the nodes it did not expand and one their names.
//
// With kinds, only nodes of those kinds (and the node asked for) are drawn,
// and the walk goes on through them only: a drawing of people and units
// leaves positions out, and with them what lies beyond them.
//
// A nil depth or limit (a client's explicit null) is the API's default: 1, 200;
// no kinds is every kind.
func (g *Graph) Neighborhood(ctx context.Context, id string, depthArg, limitArg *int, kinds []schema.Kind) (*Subgraph, error) {
	return g.Subgraph(ctx, id, orDefault(depthArg, 1), kinds, orDefault(limitArg, 200))
}

// Subgraph is Neighborhood with plain arguments, for the exports: the
// subgraph within depth hops of root, of nodes of kinds (all when empty), at
// most limit nodes.
func (g *Graph) Subgraph(ctx context.Context, root string, depth int, kinds []schema.Kind, limit int) (*Subgraph, error) {
	if depth < 0 || depth > MaxDepth {
		return nil, inputErrorf("depth must be between 0 and %d (got %d)", MaxDepth, depth)
	}
	if limit < 1 || limit > MaxLimit {
		return nil, inputErrorf("limit must be between 1 and %d (got %d)", MaxLimit, limit)
	}
	_, id, err := g.mustExist(ctx, root)
	if err != nil {
		return nil, err
	}
	included := []string{id}
	in := map[string]bool{id: true}
	expanded := map[string]bool{}
	var edges []GraphEdge
	seen := map[GraphEdge]bool{}
	addEdge := func(e GraphEdge) {
		if !seen[e] && in[e.Source] && in[e.Target] {
			seen[e] = true
			edges = append(edges, e)
		}
	}
	frontier := []string{id}
	truncated := false
	level := 0
	for ; level < depth && len(frontier) > 0 && len(included) < limit; level++ {
		ss, err := g.steps(ctx, frontier, true)
		if err != nil {
			return nil, err
		}
		for _, f := range frontier {
			expanded[f] = true
		}
		var next []string
		for _, s := range ss {
			if !drawn(s.to, kinds) {
				continue
			}
			if !in[s.to] {
				if len(included) >= limit {
					truncated = true
					continue
				}
				in[s.to] = true
				included = append(included, s.to)
				next = append(next, s.to)
			}
			addEdge(s.edge)
		}
		frontier = next
	}
	// The edges between nodes that were reached but not expanded: each leaves
	// one of them, so one walk outwards finds them all.
	var rest []string
	for _, n := range included {
		if !expanded[n] {
			rest = append(rest, n)
		}
	}
	if depth > 0 && len(rest) > 0 {
		ss, err := g.steps(ctx, rest, false)
		if err != nil {
			return nil, err
		}
		for _, s := range ss {
			addEdge(s.edge)
		}
	}
	// A level that filled the limit exactly, before the depth asked for,
	// leaves unknown whether the next would have added nodes: one more walk
	// tells (only then).
	if !truncated && level < depth && len(frontier) > 0 {
		ss, err := g.steps(ctx, frontier, true)
		if err != nil {
			return nil, err
		}
		truncated = slices.ContainsFunc(ss, func(s step) bool { return !in[s.to] && drawn(s.to, kinds) })
	}
	out, err := g.subgraph(ctx, included, edges)
	if err != nil {
		return nil, err
	}
	out.Truncated = truncated
	return out, nil
}

// entityKinds are the kinds of entities: every kind but articles.
var entityKinds = slices.DeleteFunc(schema.Kinds(), func(k schema.Kind) bool { return k == schema.Article })

// drawn reports whether the node with id is of one of kinds (all when none),
// by its id's kind (schema.KindOfID).
func drawn(id string, kinds []schema.Kind) bool {
	if len(kinds) == 0 {
		return true
	}
	k, ok := schema.KindOfID(id)
	return ok && slices.Contains(kinds, k)
}

// Path is a shortest chain of graph edges, taken either way, between two
// entities or articles, as a closed subgraph whose nodes and edges run in
// order from one to the other; nil when none is within maxDepth edges. It searches from both ends, expanding the smaller frontier (two walks
// a level).
//
// A nil maxDepth is the API's default, 6. With articles false (nil is
// true) the chain runs through entities only: an article that mentions two
// entities links nearly anything, so a chain through one says little.
func (g *Graph) Path(ctx context.Context, from, to string, maxDepthArg *int, articles *bool) (*Subgraph, error) {
	maxDepth := orDefault(maxDepthArg, 6)
	viaArticles := articles == nil || *articles
	if maxDepth < 0 || maxDepth > MaxPathDepth {
		return nil, inputErrorf("maxDepth must be between 0 and %d (got %d)", MaxPathDepth, maxDepth)
	}
	_, from, err := g.mustExist(ctx, from)
	if err != nil {
		return nil, err
	}
	_, to, err = g.mustExist(ctx, to)
	if err != nil {
		return nil, err
	}
	if from == to {
		return g.subgraph(ctx, []string{from}, nil)
	}
	// parents[i][n] is the step that reached n from side i (0: from, 1: to).
	parents := [2]map[string]*step{{from: nil}, {to: nil}}
	frontiers := [2][]string{{from}, {to}}
	for hops := 0; hops < maxDepth && len(frontiers[0]) > 0 && len(frontiers[1]) > 0; hops++ {
		side := 0
		if len(frontiers[1]) < len(frontiers[0]) {
			side = 1
		}
		ss, err := g.steps(ctx, frontiers[side], true)
		if err != nil {
			return nil, err
		}
		var next, meet []string
		for _, s := range ss {
			if _, ok := parents[side][s.to]; ok {
				continue
			}
			if !viaArticles && s.to != from && s.to != to && !drawn(s.to, entityKinds) {
				continue
			}
			parents[side][s.to] = &s
			next = append(next, s.to)
			if _, ok := parents[1-side][s.to]; ok {
				meet = append(meet, s.to)
			}
		}
		if len(meet) > 0 {
			m := meet[0] // steps come structural edges first
			// The chain in order, from `from` to `to`.
			nodes, edges := []string{m}, []GraphEdge{}
			for n := m; parents[0][n] != nil; n = parents[0][n].from {
				nodes = append([]string{parents[0][n].from}, nodes...)
				edges = append([]GraphEdge{parents[0][n].edge}, edges...)
			}
			for n := m; parents[1][n] != nil; n = parents[1][n].from {
				nodes = append(nodes, parents[1][n].from)
				edges = append(edges, parents[1][n].edge)
			}
			return g.subgraph(ctx, nodes, edges)
		}
		frontiers[side] = next
	}
	return nil, nil
}

// mustExist is the kind and id of the entity or article with id: the
// entity curation merged it into, if any (see Node), so that a drawing
// starts where the entity now is; an id that is malformed or names nothing is
// the client's error.
func (g *Graph) mustExist(ctx context.Context, id string) (schema.Kind, string, error) {
	n, err := g.Node(ctx, id)
	if err != nil {
		return "", "", err
	}
	if n == nil {
		return "", "", notFoundf("no entity or article has id %q", id)
	}
	switch n := n.(type) {
	case Entity:
		return n.Kind(), n.base().ID, nil
	case *Article:
		return schema.Article, n.base().ID, nil
	}
	return "", "", inputErrorf("%q is not an entity or article: a drawing starts at one", id)
}

// subgraph reads the kind and label of nodes in one walk and keeps the edges
// between those it can draw.
func (g *Graph) subgraph(ctx context.Context, ids []string, edges []GraphEdge) (*Subgraph, error) {
	b := g.newBatch(ids)
	p, err := g.readProps(ctx, b.ids, []quad.IRI{schema.RDFType, schema.Name, schema.Title, schema.Source})
	if err != nil {
		return nil, err
	}
	out := &Subgraph{Nodes: []*GraphNode{}, Edges: []*GraphEdge{}}
	ok := map[string]bool{}
	for _, id := range b.ids {
		k, known := kindOf(p[id])
		if !known {
			continue
		}
		ok[id] = true
		out.Nodes = append(out.Nodes, &GraphNode{ID: id, Kind: k, Label: nameOf(p[id], id)})
	}
	for _, e := range edges {
		if ok[e.Source] && ok[e.Target] {
			out.Edges = append(out.Edges, &e)
		}
	}
	return out, nil
}

func orDefault(p *int, def int) int {
	if p == nil {
		return def
	}
	return *p
}
