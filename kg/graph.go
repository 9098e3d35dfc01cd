package kg

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"
)

// Graph answers the API's questions from a quad store. It holds no data of its
// own: every answer is read from the store when it is asked for. It is safe for
// concurrent use.
type Graph struct {
	qs    graph.QuadStore
	walks atomic.Int64
}

// New is a Graph over qs: any Cayley quad store (memory, bolt, PostgreSQL).
func New(qs graph.QuadStore) *Graph {
	return &Graph{qs: qs}
}

// Walks is the number of store walks (path iterations) the Graph has run, for
// tests that check batching and for metrics.
func (g *Graph) Walks() int64 { return g.walks.Load() }

// InputError is an error in what a client asked: a bad argument, cursor or id.
// Its message is written for the client.
type InputError struct{ msg string }

func (e *InputError) Error() string { return e.msg }

func inputErrorf(format string, args ...any) error {
	return &InputError{msg: fmt.Sprintf(format, args...)}
}

// IsInputError reports whether err, or an error it wraps, is an *InputError.
func IsInputError(err error) bool {
	var ie *InputError
	return errors.As(err, &ie)
}

// row is one result of a walk: the values at its tags.
type row map[string]quad.Value

// walk runs a path over the store and calls fn for every result.
func (g *Graph) walk(ctx context.Context, p *path.Path, fn func(row)) error {
	g.walks.Add(1)
	err := p.Iterate(ctx).TagValues(g.qs, func(m map[string]quad.Value) { fn(m) })
	if err != nil {
		return fmt.Errorf("reading the graph: %w", err)
	}
	return ctx.Err()
}

// A fact is one quad as a hop reads it: the node it starts from, the
// predicate, the node at the other end, and the label (the article, or a
// curation or derivation label) that states it.
type fact struct {
	from  quad.Value
	pred  quad.IRI
	to    quad.Value
	label quad.Value
}

// hop reads, in one walk, every quad that links one of nodes by one of preds:
// outwards (nodes are subjects) or, with in, inwards (nodes are objects). With
// labels, it reads each quad's label too. No nodes, no walk: an empty start
// would mean every node of the store.
func (g *Graph) hop(ctx context.Context, nodes []quad.Value, preds []quad.IRI, in, labels bool) ([]fact, error) {
	if len(nodes) == 0 || len(preds) == 0 {
		return nil, nil
	}
	via := make([]quad.Value, len(preds))
	for i, p := range preds {
		via[i] = p
	}
	p := path.StartPath(g.qs, nodes...).Tag("s")
	if labels {
		p = p.LabelContextWithTags([]string{"l"}, nil)
	}
	if in {
		p = p.InWithTags([]string{"p"}, via)
	} else {
		p = p.OutWithTags([]string{"p"}, via)
	}
	p = p.Tag("o")
	var out []fact
	err := g.walk(ctx, p, func(r row) {
		pred, ok := r["p"].(quad.IRI)
		if !ok {
			return
		}
		out = append(out, fact{from: r["s"], pred: pred, to: r["o"], label: r["l"]})
	})
	return out, err
}

// iris are the node IRIs of ids.
func iris(ids []string) []quad.Value {
	out := make([]quad.Value, len(ids))
	for i, id := range ids {
		out[i] = schema.IRI(id)
	}
	return out
}

// idOf is the API id of a node value, or "" for a value that is not one of
// cadregraph's nodes.
func idOf(v quad.Value) string {
	id, _ := schema.IDOf(v)
	return id
}
