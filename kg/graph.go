package kg

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"slices"
	"sync/atomic"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
)

// Graph answers the API's questions from a quad store. Every answer is read
// from the store when it is asked for, except, over a frozen store (see
// Frozen), the lists of a whole kind of node. It is safe for concurrent use.
type Graph struct {
	qs    graph.QuadStore
	walks atomic.Int64
	memo  *memo // nil unless the store is frozen
	rm    atomic.Pointer[model]
	log   Log                        // nil, or a faster read of the whole store for Refresh
	dump  Dump                       // likewise
	index atomic.Pointer[storeIndex] // search without a read model (see searchModel)
}

// An Option changes how a Graph reads its store.
type Option func(*Graph)

// Frozen says that the store will not change while the Graph serves it, as
// with an embedded store that cadregraph serve opened, loaded and now holds
// alone: the answers that read every node of a kind (counts, the entity and
// article listings, the merged entities) are then read once and kept.
func Frozen() Option {
	return func(g *Graph) { g.memo = newMemo() }
}

// New is a Graph over qs: any Cayley quad store (memory, bolt, PostgreSQL).
func New(qs graph.QuadStore, opts ...Option) *Graph {
	g := &Graph{qs: qs}
	for _, o := range opts {
		o(g)
	}
	return g
}

// Walks is the number of store walks (iterations over the store: a hop or a
// scan) the Graph has run, for tests that check batching and for metrics.
func (g *Graph) Walks() int64 { return g.walks.Load() }

// InputError is an error in what a client asked: a bad argument, cursor or
// id (CodeBadInput), or something named that the graph does not hold
// (CodeNotFound). Its message is written for the client.
type InputError struct {
	msg  string
	code string
}

// The codes of InputError, the extensions.code of a GraphQL error as Apollo
// and most clients name them.
const (
	CodeBadInput = "BAD_USER_INPUT"
	CodeNotFound = "NOT_FOUND"
)

func (e *InputError) Error() string { return e.msg }

// Code is CodeBadInput or CodeNotFound.
func (e *InputError) Code() string { return e.code }

func inputErrorf(format string, args ...any) error {
	return &InputError{msg: fmt.Sprintf(format, args...), code: CodeBadInput}
}

// notFoundf is the error for something a client named that the graph does
// not hold, where an empty answer would read as "none".
func notFoundf(format string, args ...any) error {
	return &InputError{msg: fmt.Sprintf(format, args...), code: CodeNotFound}
}

// IsInputError reports whether err, or an error it wraps, is an *InputError.
func IsInputError(err error) bool {
	var ie *InputError
	return errors.As(err, &ie)
}

// row is one result of a walk: the values at its tags. A walk reuses one row
// for all its results: callbacks copy what they keep.
type row map[string]quad.Value

// walk runs a path over the store and calls fn for every result. Traversals
// are hops (see quads); a path serves the scans that filter values, such as
// the token literals that begin with a prefix.
//
// It runs the path as built, without Cayley's iterator-level optimiser, which
// reorders intersections by their estimated sizes and, to estimate them,
// opens an iterator on every node of a start set: more work than the whole
// walk. The shape is still optimised (values resolved, SQL generated for a
// SQL store). One map holds the tags of all results in turn.
func (g *Graph) walk(ctx context.Context, p *path.Path, fn func(row)) error {
	g.walks.Add(1)
	it := p.BuildIterator()
	defer it.Close()
	refs := map[string]graph.Ref{}
	r := row{}
	emit := func() {
		clear(refs)
		clear(r)
		it.TagResults(refs)
		for tag, ref := range refs {
			r[tag] = g.qs.NameOf(ref)
		}
		fn(r)
	}
	for n := 0; it.Next(ctx); n++ {
		if n%checkEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		emit()
		for it.NextPath(ctx) {
			emit()
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("reading the graph: %w", err)
	}
	return ctx.Err()
}

// checkEvery is how many results a walk reads between looks at its context:
// Cayley's iterators take a context but do not stop when it ends, so a walk
// over much of the store would run on after its request's deadline, or after
// its client left.
const checkEvery = 256

// A fact is what a hop reads of one quad, or from the read model of every
// quad stating the same thing: the node it starts from, the predicate, the
// node at the other end, and the label (the article, or a curation or
// derivation label) that states it. A store walk gives a fact per quad, so
// one fact per label; the read model gives each (from, pred, to) once, label
// being the first of those that state it and also all of them. Code that
// reads who states a fact reads labels(), not label alone.
type fact struct {
	from  quad.Value
	pred  quad.IRI
	to    quad.Value
	label quad.Value
	also  labelSpan // the read model's: every label stating the fact; zero from a store walk
}

// A labelSpan is an edge's labels in the read model.
type labelSpan struct {
	m     *model
	at, n uint32
}

// labels are the labels that state f, each once: label alone, from a store
// walk.
func (f *fact) labels() iter.Seq[quad.Value] {
	return func(yield func(quad.Value) bool) {
		if f.also.m == nil {
			yield(f.label)
			return
		}
		for _, l := range f.also.m.labels[f.also.at : f.also.at+f.also.n] {
			if !yield(f.also.m.vals[l]) {
				return
			}
		}
	}
}

// grouped reports whether f holds every label stating it (a read model's
// fact), so that no other fact of the same hop repeats its (from, pred, to).
func (f *fact) grouped() bool { return f.also.m != nil }

// stated is how many labels state f.
func (f *fact) stated() int {
	if f.also.m == nil {
		return 1
	}
	return int(f.also.n)
}

// curated reports whether a researcher's curation states f.
func (f *fact) curated() bool {
	if f.also.m == nil {
		return f.label == schema.LabelCuration
	}
	return f.also.m.curated(edge{labels: f.also.at, n: f.also.n})
}

// hopKV is hop on a key-value store (bolt), by its indexes' keys. A walk
// restricted to a node reads, through the store's subject-predicate index,
// the entries of every predicate of that node, each quad fetched: an entity's
// hundreds of search-index quads for its one name. Keyed by node and
// predicate, an index read returns that predicate's quads alone. The indexes
// are Cayley's defaults, which every store cadregraph creates has (see
// store.Open): subject-predicate for a hop out, object-predicate-subject for
// a hop in.
func (g *Graph) hopKV(ctx context.Context, kqs *kv.QuadStore, nodes []quad.Value, preds []quad.IRI, in bool) ([]fact, error) {
	ind := kv.DefaultQuadIndexes[0]
	if in {
		ind = kv.DefaultQuadIndexes[1]
	}
	var ps []uint64
	for _, p := range preds {
		if r, ok := kqs.ValueOf(p).(kv.Int64Value); ok {
			ps = append(ps, uint64(r))
		}
	}
	out := make([]fact, 0, 4*len(nodes))
	if len(ps) == 0 {
		return out, nil
	}
	g.walks.Add(1)
	seen := make(map[kv.Int64Value]bool, len(nodes))
	for _, n := range nodes {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		r, ok := kqs.ValueOf(n).(kv.Int64Value)
		if !ok || seen[r] {
			continue
		}
		seen[r] = true
		for _, p := range ps {
			it := kv.NewQuadIterator(kqs, ind, []uint64{uint64(r), p})
			for it.Next(ctx) {
				if f, ok := factOf(kqs.Quad(it.Result()), in); ok {
					out = append(out, f)
				}
			}
			err := it.Err()
			it.Close()
			if err != nil {
				return nil, fmt.Errorf("reading the graph: %w", err)
			}
		}
	}
	return out, ctx.Err()
}

// A filter restricts one direction of a quad walk to some values.
type filter struct {
	dir  quad.Direction
	vals []quad.Value
}

// quads reads, in one walk, every quad that passes every filter and, when
// preds is not nil, has one of preds as its predicate, and calls fn with it,
// label included. Walking quads, not nodes, reads labels without a scan of
// every node (which is what tagging a label or an optional value through a
// path costs).
//
// The first filter drives the walk: Cayley iterates its quads and tests them
// against the other filters, as the shape is built (see walk). The
// predicates are checked on
// each quad the filters give: intersecting with every quad of the predicates
// instead would make a walk cost what the predicates hold in the whole store
// (Cayley drives an intersection by a single value first), and Cayley tests
// membership in a set of values one value at a time.
func (g *Graph) quads(ctx context.Context, filters []filter, preds []quad.Value, fn func(quad.Quad)) error {
	s := make(shape.Quads, 0, len(filters))
	for _, f := range filters {
		if len(f.vals) == 0 {
			return nil // nothing can match
		}
		s = append(s, shape.QuadFilter{Dir: f.dir, Values: shape.Lookup(f.vals)})
	}
	if len(s) == 0 {
		return errors.New("kg: a quad walk must be restricted") // a programming error: it would read the store
	}
	var want map[any]bool // by graph.ToKey, the stores' equality of references
	if preds != nil {
		want = make(map[any]bool, len(preds))
		for _, p := range preds {
			if ref := g.qs.ValueOf(p); ref != nil {
				want[graph.ToKey(ref)] = true
			}
		}
		if len(want) == 0 {
			return nil // no quad has these predicates
		}
	}
	g.walks.Add(1)
	it := shape.BuildIterator(g.qs, s)
	defer it.Close()
	for n := 0; it.Next(ctx); n++ {
		if n%checkEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		ref := it.Result()
		if want == nil || want[graph.ToKey(g.qs.QuadDirection(ref, quad.Predicate))] {
			fn(g.qs.Quad(ref))
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("reading the graph: %w", err)
	}
	return ctx.Err()
}

// hop reads, in one walk, every quad that links one of nodes by one of preds,
// with its label: outwards (nodes are subjects) or, with in, inwards (nodes
// are objects).
func (g *Graph) hop(ctx context.Context, nodes []quad.Value, preds []quad.IRI, in bool) ([]fact, error) {
	if m := g.model(); m != nil && holds(preds) {
		return m.hop(nodes, preds, in), ctx.Err()
	}
	fs, err := g.hopStore(ctx, nodes, preds, in)
	if err != nil {
		return nil, err
	}
	return g.unshare(ctx, fs, in)
}

// unshare gives each shared fact among fs (schema.LabelShared) as one fact
// an article whose statement record states it, labelled with the article,
// as the read model holds it (see builder.unshare): who states a fact is
// what picks a name or a date. The records are read in one more walk, from
// the facts' subjects. A shared fact no record states (a write torn before
// its records) stays as the store has it.
func (g *Graph) unshare(ctx context.Context, fs []fact, in bool) ([]fact, error) {
	subject := func(f *fact) quad.Value {
		if in {
			return f.to
		}
		return f.from
	}
	var subjects []quad.Value
	seen := map[quad.Value]bool{}
	for i := range fs {
		if fs[i].label == schema.LabelShared && !seen[subject(&fs[i])] {
			seen[subject(&fs[i])] = true
			subjects = append(subjects, subject(&fs[i]))
		}
	}
	if len(subjects) == 0 {
		return fs, nil
	}
	recs, err := g.hopStore(ctx, subjects, []quad.IRI{schema.Stated}, false)
	if err != nil {
		return nil, err
	}
	type record struct {
		label quad.Value
		keys  []schema.FactKey
	}
	stated := map[quad.Value][]record{}
	for _, r := range recs {
		keys, err := schema.StatementKeys(r.to)
		if err != nil {
			return nil, fmt.Errorf("reading the graph: %w", err)
		}
		stated[r.from] = append(stated[r.from], record{r.label, keys})
	}
	out := make([]fact, 0, len(fs))
	for _, f := range fs {
		if f.label != schema.LabelShared {
			out = append(out, f)
			continue
		}
		obj := f.to
		if in {
			obj = f.from
		}
		k, _ := schema.FactKeyOf(f.pred, obj)
		n := len(out)
		for _, r := range stated[subject(&f)] {
			if slices.Contains(r.keys, k) {
				a := f
				a.label = r.label
				out = append(out, a)
			}
		}
		if len(out) == n {
			out = append(out, f)
		}
	}
	return out, nil
}

// hopStore is hop on the store, shared facts as the store holds them.
func (g *Graph) hopStore(ctx context.Context, nodes []quad.Value, preds []quad.IRI, in bool) ([]fact, error) {
	if kqs, ok := g.qs.(*kv.QuadStore); ok {
		return g.hopKV(ctx, kqs, nodes, preds, in)
	}
	start := quad.Subject
	if in {
		start = quad.Object
	}
	via := make([]quad.Value, len(preds))
	for i, p := range preds {
		via[i] = p
	}
	out := make([]fact, 0, 4*len(nodes)) // a guess: a few facts a node
	err := g.quads(ctx, []filter{{start, nodes}}, via, func(q quad.Quad) {
		if f, ok := factOf(q, in); ok {
			out = append(out, f)
		}
	})
	return out, err
}

// factOf is q as a hop reads it: from its subject, or with in from its
// object; ok is false for a quad whose predicate is not an IRI.
func factOf(q quad.Quad, in bool) (fact, bool) {
	pred, ok := q.Predicate.(quad.IRI)
	if !ok {
		return fact{}, false
	}
	f := fact{from: q.Subject, pred: pred, to: q.Object, label: q.Label}
	if in {
		f.from, f.to = q.Object, q.Subject
	}
	return f, true
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
