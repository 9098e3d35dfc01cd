package export

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/cadregraph/cadregraph/kg"
	"github.com/cadregraph/cadregraph/schema"
)

// A Node is a node as the drawing formats write it: id, kind and label.
type Node = kg.GraphNode

// An Edge is a graph edge: source, target and relation (holds, within...).
type Edge = kg.GraphEdge

// A Source is what an export writes: the whole graph or a subgraph, read
// through the query layer (kg). Walk gives every node, then every edge, each
// joining two of the nodes, and holds no more of the graph than the query
// layer does for a page, so that a whole-graph export of a large store
// streams.
type Source interface {
	// Walk calls node for each node of kinds (of the Source's own; every
	// kind when none), then edge for each edge between two of them. A nil
	// edge stops the walk after the nodes. An error from node or edge
	// stops the walk and is returned.
	Walk(ctx context.Context, kinds []schema.Kind, node func(*Node) error, edge func(*Edge) error) error
	// Graph is the query layer, for what a format reads beyond nodes and
	// edges (tenures, mentions, links).
	Graph() *kg.Graph
}

// Whole is the whole graph: every entity and article (of kinds, when kinds
// is not empty) and every graph edge between them.
func Whole(g *kg.Graph, kinds []schema.Kind) Source {
	return &whole{g: g, kinds: kinds}
}

type whole struct {
	g     *kg.Graph
	kinds []schema.Kind
}

func (s *whole) Graph() *kg.Graph { return s.g }

// errEnough stops a walk whose caller wants the nodes only.
var errEnough = errors.New("enough")

func (s *whole) Walk(ctx context.Context, kinds []schema.Kind, node func(*Node) error, edge func(*Edge) error) error {
	ks := both(s.kinds, kinds)
	if ks != nil && len(ks) == 0 {
		return nil
	}
	e := edge
	if e == nil {
		e = func(*Edge) error { return errEnough }
	}
	err := s.g.Whole(ctx, ks, node, e)
	if errors.Is(err, errEnough) {
		return nil
	}
	return err
}

// both is the kinds in a and in b, where an empty list is every kind: nil
// for every kind, an empty non-nil list for none.
func both(a, b []schema.Kind) []schema.Kind {
	switch {
	case len(a) == 0 && len(b) == 0:
		return nil
	case len(a) == 0:
		return b
	case len(b) == 0:
		return a
	}
	out := []schema.Kind{}
	for _, k := range a {
		if slices.Contains(b, k) {
			out = append(out, k)
		}
	}
	return out
}

// Subgraph is the neighbourhood of root within depth hops over nodes of
// kinds (every kind when none), as the API's neighborhood query draws it,
// with at most kg.MaxLimit nodes. A bad depth, an unknown or malformed root
// is a kg input error.
func Subgraph(ctx context.Context, g *kg.Graph, root string, depth int, kinds []schema.Kind) (Source, error) {
	sg, err := g.Subgraph(ctx, root, depth, kinds, kg.MaxLimit)
	if err != nil {
		return nil, err
	}
	return &sub{g: g, sg: sg}, nil
}

type sub struct {
	g  *kg.Graph
	sg *kg.Subgraph
}

func (s *sub) Graph() *kg.Graph { return s.g }

func (s *sub) Walk(ctx context.Context, kinds []schema.Kind, node func(*Node) error, edge func(*Edge) error) error {
	keep := map[string]bool{}
	for _, n := range s.sg.Nodes {
		if len(kinds) > 0 && !slices.Contains(kinds, n.Kind) {
			continue
		}
		keep[n.ID] = true
		if err := node(n); err != nil {
			return err
		}
	}
	if edge == nil {
		return nil
	}
	for _, e := range s.sg.Edges {
		if keep[e.Source] && keep[e.Target] {
			if err := edge(e); err != nil {
				return err
			}
		}
	}
	return ctx.Err()
}

// pages calls fn with the nodes of src of kinds and their objects, a page at
// a time, so that what a format reads of them (tenures, mentions) is read in
// one walk a page.
func pages(ctx context.Context, src Source, kinds []schema.Kind, fn func([]*Node, []kg.Node) error) error {
	const size = 500
	var page []*Node
	flush := func() error {
		if len(page) == 0 {
			return nil
		}
		err := fn(page, src.Graph().Objects(page))
		page = nil
		return err
	}
	err := src.Walk(ctx, kinds, func(n *Node) error {
		page = append(page, n)
		if len(page) == size {
			return flush()
		}
		return nil
	}, nil)
	if err != nil {
		return err
	}
	return flush()
}

// ParseKinds reads a comma-separated list of kinds (person, UNIT...), for
// the kinds parameter of the CLI and the HTTP route.
func ParseKinds(s string) ([]schema.Kind, error) {
	var out []schema.Kind
	for _, w := range strings.Split(s, ",") {
		w = strings.ToUpper(strings.TrimSpace(w))
		if w == "" {
			continue
		}
		k := schema.Kind(w)
		if !slices.Contains(schema.Kinds(), k) {
			var names []string
			for _, k := range schema.Kinds() {
				names = append(names, strings.ToLower(string(k)))
			}
			return nil, fmt.Errorf("unknown kind %q (kinds: %s)", strings.ToLower(w), strings.Join(names, ", "))
		}
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out, nil
}
