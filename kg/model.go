package kg

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
)

// A model is the read model: the graph as the questions read it, built from
// the store in one scan and kept in memory until the store changes (see
// Graph.Refresh). Values are numbered densely (0 is no value: a quad without
// a label); every distinct (subject, predicate, object) is an edge in two
// adjacency arrays, out from its subject and in to its object, each node's
// edges sorted by predicate, so a hop is a binary search in a node's edges
// rather than a store walk. Every article restates what it says of an
// entity (its name, role, type, links) under its own label, so one fact is
// often hundreds of quads: an edge holds it once, with the labels that state
// it (a span of labels, shared by the edge's two ends), and a question about
// a much-named person reads its few facts, not their thousands of copies.
//
// The search terms (folded names, tokens and their beginnings) are derived
// here from the names, aliases, titles and codes (see index.go); the quads
// that index them in the store, and the articles' texts, are not read into
// the model: a hop over one of skipped predicates goes to the store.
//
// A model is never changed once built: a refresh builds another and swaps it
// in, so questions in flight finish on the one they started with.
type model struct {
	vals   []quad.Value          // by number
	num    map[quad.Value]uint32 // value → number
	out    adjacency             // from subjects
	in     adjacency             // to objects
	labels []uint32              // the labels of the edges, each edge's a span
	quads  int                   // quads held

	search *index
	memo   *memo    // the answers over this model that read whole kinds
	folds  sync.Map // name → vn.Fold(name), as searches rank hits by them
	// observed keeps, by tenure id, its observations as observedOf reads
	// them (*tenureObserved): a post's holders read every observation of
	// every tenure of the post, the same from one question to the next.
	observed sync.Map
	names    sync.Map // node number → its name, as search ranks hits by it (nameOfNode)

	articles int           // nodes of class Article
	built    time.Duration // how long the scan and the indexes took
}

// skipped are the predicates the model does not hold: the stored search
// index, which the model derives from names instead, and the articles'
// texts, large and read one article at a time.
var skipped = []quad.IRI{schema.SearchKey, schema.Token, schema.TokenPrefix, schema.Text}

// holds reports whether the model holds the quads of every one of preds.
func holds(preds []quad.IRI) bool {
	for _, p := range preds {
		if slices.Contains(skipped, p) {
			return false
		}
	}
	return true
}

// An adjacency is every node's edges in one direction, in one array: node
// n's are edges[start[n]:start[n+1]], sorted by predicate, within a
// predicate in the order the scan first read each.
type adjacency struct {
	start []uint32
	edges []edge
}

// An edge is a distinct (subject, predicate, object) seen from one of its
// ends, with the labels of the quads that state it: the model's
// labels[labels:labels+n], in the order the scan read them.
type edge struct {
	pred, other uint32
	labels, n   uint32
}

// of are node n's edges with predicate p.
func (a *adjacency) of(n, p uint32) []edge {
	es := a.edges[a.start[n]:a.start[n+1]]
	i, _ := slices.BinarySearchFunc(es, p, func(e edge, p uint32) int { return cmp.Compare(e.pred, p) })
	j := i
	for j < len(es) && es[j].pred == p {
		j++
	}
	return es[i:j]
}

// rawQuad is a quad as numbers, while the model is built.
type rawQuad [4]uint32

// builder numbers the values a scan reads.
type builder struct {
	vals  []quad.Value
	num   map[quad.Value]uint32
	quads []rawQuad
}

func newBuilder() *builder {
	return &builder{vals: []quad.Value{nil}, num: map[quad.Value]uint32{}}
}

func (b *builder) number(v quad.Value) uint32 {
	if v == nil {
		return 0
	}
	if n, ok := b.num[v]; ok {
		return n
	}
	n := uint32(len(b.vals))
	b.vals = append(b.vals, v)
	b.num[v] = n
	return n
}

// buildModel reads the store once into a model.
func buildModel(ctx context.Context, qs graph.QuadStore, log Log, dump Dump) (*model, error) {
	start := time.Now()
	b := newBuilder()
	var err error
	kqs, isKV := qs.(*kv.QuadStore)
	read := false
	switch {
	case isKV && log != nil:
		read, err = b.scanLog(ctx, log, kqs)
	case dump != nil:
		read, err = b.scanDump(ctx, dump)
	}
	switch {
	case read || err != nil:
	case isKV:
		err = b.scanKV(ctx, kqs)
	default:
		err = b.scan(ctx, qs)
	}
	if err == nil {
		err = b.unshare()
	}
	if err != nil {
		return nil, fmt.Errorf("reading the store into the read model: %w", err)
	}
	m := b.model()
	m.articles = len(m.ofClassNumbers(schema.ClassArticle))
	m.built = time.Since(start)
	return m, nil
}

// model is the model of the quads read: adjacency and search index.
func (b *builder) model() *model {
	m := &model{vals: b.vals, num: b.num, quads: len(b.quads), memo: newMemo()}
	gs, labels := grouped(len(b.vals), b.quads)
	b.quads = nil
	m.labels = labels
	m.out = adjacent(len(b.vals), gs, false)
	m.in = adjacent(len(b.vals), gs, true)
	m.search = m.buildIndex()
	return m
}

// unshare turns the quads read into the facts the questions read: each
// statement record (schema.Stated) becomes the facts it states, labelled
// with its article, in its place in the scan (so in the order the articles
// were written, as when each article stored its own copy), and a shared
// fact that records state is left out, its statements standing for it. Who
// states a fact is what picks a name, a date or a figure (see pick). The
// records' texts are let go once read.
func (b *builder) unshare() error {
	stated, ok := b.num[schema.Stated]
	if !ok {
		return nil
	}
	shared := b.num[schema.LabelShared]
	// The shared facts of the nodes that have records, by node and key:
	// their places in b.quads.
	type nodeKey struct {
		node uint32
		key  schema.FactKey
	}
	recorded := map[uint32]bool{}
	for _, q := range b.quads {
		if q[1] == stated {
			recorded[q[0]] = true
		}
	}
	at := map[nodeKey]int{}
	if shared != 0 {
		for i, q := range b.quads {
			if q[3] == shared && recorded[q[0]] {
				if k, ok := schema.FactKeyOf(b.vals[q[1]], b.vals[q[2]]); ok {
					at[nodeKey{q[0], k}] = i
				}
			}
		}
	}
	// First the facts each record stands for, then the quads with each
	// record in its place as those facts, labelled with its article, and
	// without the shared facts that records stand for.
	stands := make([]bool, len(b.quads))
	var facts []int // the records' facts, their places in b.quads, record after record
	var records []uint32
	keysOf := map[uint32][]schema.FactKey{} // articles that state the same of a node share a record's literal
	for _, q := range b.quads {
		if q[1] != stated {
			continue
		}
		keys, ok := keysOf[q[2]]
		if !ok {
			var err error
			if keys, err = schema.StatementKeys(b.vals[q[2]]); err != nil {
				return err
			}
			keysOf[q[2]] = keys
			records = append(records, q[2])
		}
		for _, k := range keys {
			if i, ok := at[nodeKey{q[0], k}]; ok { // else a fact its write did not keep (torn)
				stands[i] = true
				facts = append(facts, i)
			}
		}
		facts = append(facts, -1) // the record's end
	}
	out := make([]rawQuad, 0, len(b.quads)+len(facts))
	for i, q := range b.quads {
		switch {
		case q[1] == stated:
			for ; facts[0] >= 0; facts = facts[1:] {
				f := b.quads[facts[0]]
				out = append(out, rawQuad{f[0], f[1], f[2], q[3]})
			}
			facts = facts[1:]
		case !stands[i]:
			out = append(out, q)
		}
	}
	b.quads = out
	for _, n := range records {
		delete(b.num, b.vals[n])
		b.vals[n] = nil
	}
	return nil
}

// add numbers a quad read.
func (b *builder) add(q quad.Quad) {
	b.quads = append(b.quads, rawQuad{b.number(q.Subject), b.number(q.Predicate), b.number(q.Object), b.number(q.Label)})
}

// scan reads every quad through the store's generic interface, leaving out
// those of skipped predicates before their values are read.
func (b *builder) scan(ctx context.Context, qs graph.QuadStore) error {
	skip := map[any]bool{}
	for _, p := range skipped {
		if r := qs.ValueOf(p); r != nil {
			skip[graph.ToKey(r)] = true
		}
	}
	it := qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		ref := it.Result()
		if skip[graph.ToKey(qs.QuadDirection(ref, quad.Predicate))] {
			continue
		}
		b.add(qs.Quad(ref))
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// kvChunk is how many values scanKV reads from the store's log at a time.
const kvChunk = 4096

// scanKV reads a key-value store (bolt): its quads as the numbers of their
// values, which the iterator gives without reading the values, then each
// value once, in chunks, rather than four values a quad as Quad reads them.
func (b *builder) scanKV(ctx context.Context, qs *kv.QuadStore) error {
	skip := map[kv.Int64Value]bool{}
	for _, p := range skipped {
		if r, ok := qs.ValueOf(p).(kv.Int64Value); ok {
			skip[r] = true
		}
	}
	local := map[kv.Int64Value]uint32{0: 0}
	var refs []graph.Ref
	numberOf := func(r graph.Ref) uint32 {
		v, _ := r.(kv.Int64Value)
		n, ok := local[v]
		if !ok {
			n = uint32(len(local))
			local[v] = n
			refs = append(refs, v)
		}
		return n
	}
	it := qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		ref := it.Result()
		p, _ := qs.QuadDirection(ref, quad.Predicate).(kv.Int64Value)
		if skip[p] {
			continue
		}
		b.quads = append(b.quads, rawQuad{
			numberOf(qs.QuadDirection(ref, quad.Subject)), numberOf(p),
			numberOf(qs.QuadDirection(ref, quad.Object)), numberOf(qs.QuadDirection(ref, quad.Label)),
		})
	}
	if err := it.Err(); err != nil {
		return err
	}
	// local numbers the store's values in the order refs holds them, from 1;
	// the model's numbers are the builder's, so two store values that decode
	// to one value (none should) are one.
	renumber := make([]uint32, len(refs)+1)
	for i := 0; i < len(refs); i += kvChunk {
		chunk := refs[i:min(i+kvChunk, len(refs))]
		vals, err := qs.ValuesOf(ctx, chunk)
		if err != nil {
			return err
		}
		for j, v := range vals {
			renumber[i+j+1] = b.number(v)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	for i, q := range b.quads {
		b.quads[i] = rawQuad{renumber[q[0]], renumber[q[1]], renumber[q[2]], renumber[q[3]]}
	}
	return nil
}

// A group is one distinct (subject, predicate, object) while the model is
// built: its labels' span, and where the scan first read it.
type group struct {
	s, p, o   uint32
	labels, n uint32
	first     uint32 // the index of its first quad in the scan
}

// grouped gathers the quads read into groups, one a distinct (subject,
// predicate, object), and their labels into one array, each group's a span
// in the order the scan read them: a counting sort by subject, then each
// subject's quads sorted by predicate and object.
func grouped(n int, quads []rawQuad) ([]group, []uint32) {
	start := make([]uint32, n+1)
	for _, q := range quads {
		start[q[0]+1]++
	}
	for i := 1; i <= n; i++ {
		start[i] += start[i-1]
	}
	idx := make([]uint32, len(quads))
	next := slices.Clone(start[:n])
	for i, q := range quads {
		idx[next[q[0]]] = uint32(i)
		next[q[0]]++
	}
	labels := make([]uint32, 0, len(quads))
	var gs []group
	for s := 0; s < n; s++ {
		run := idx[start[s]:start[s+1]]
		if len(run) > 1 {
			slices.SortStableFunc(run, func(a, b uint32) int {
				return cmp.Or(cmp.Compare(quads[a][1], quads[b][1]), cmp.Compare(quads[a][2], quads[b][2]))
			})
		}
		for i := 0; i < len(run); {
			q := quads[run[i]]
			g := group{s: q[0], p: q[1], o: q[2], labels: uint32(len(labels)), first: run[i]}
			for ; i < len(run) && quads[run[i]][1] == q[1] && quads[run[i]][2] == q[2]; i++ {
				labels = append(labels, quads[run[i]][3])
				g.first = min(g.first, run[i])
			}
			g.n = uint32(len(labels)) - g.labels
			gs = append(gs, g)
		}
	}
	return gs, labels
}

// adjacent is the adjacency of groups from their subject (or, with in, from
// their object): a counting sort by node, then each node's edges sorted by
// predicate and, within one, by where the scan first read them.
func adjacent(n int, gs []group, in bool) adjacency {
	from := func(g *group) uint32 {
		if in {
			return g.o
		}
		return g.s
	}
	start := make([]uint32, n+1)
	for i := range gs {
		start[from(&gs[i])+1]++
	}
	for i := 1; i <= n; i++ {
		start[i] += start[i-1]
	}
	edges := make([]edge, len(gs))
	first := make([]uint32, len(gs))
	next := slices.Clone(start[:n])
	for i := range gs {
		g := &gs[i]
		other := g.o
		if in {
			other = g.s
		}
		k := next[from(g)]
		edges[k] = edge{pred: g.p, other: other, labels: g.labels, n: g.n}
		first[k] = g.first
		next[from(g)]++
	}
	type pair struct {
		e     edge
		first uint32
	}
	var buf []pair
	for i := 0; i < n; i++ {
		es := edges[start[i]:start[i+1]]
		if len(es) < 2 {
			continue
		}
		buf = buf[:0]
		for j, e := range es {
			buf = append(buf, pair{e, first[int(start[i])+j]})
		}
		slices.SortFunc(buf, func(a, b pair) int { return cmp.Or(cmp.Compare(a.e.pred, b.e.pred), cmp.Compare(a.first, b.first)) })
		for j := range buf {
			es[j] = buf[j].e
		}
	}
	return adjacency{start: start, edges: edges}
}

// hop is Graph.hop over the model: the same facts, in the order of nodes,
// then of preds.
func (m *model) hop(nodes []quad.Value, preds []quad.IRI, in bool) []fact {
	adj := &m.out
	if in {
		adj = &m.in
	}
	var ps []uint32
	for _, p := range preds {
		if n, ok := m.num[p]; ok {
			ps = append(ps, n)
		}
	}
	out := make([]fact, 0, 4*len(nodes))
	if len(ps) == 0 {
		return out
	}
	seen := make(map[uint32]bool, len(nodes))
	for _, v := range nodes {
		n, ok := m.num[v]
		if !ok || seen[n] {
			continue
		}
		seen[n] = true
		for _, p := range ps {
			pred := m.vals[p].(quad.IRI)
			for _, e := range adj.of(n, p) {
				out = append(out, m.fact(n, pred, e))
			}
		}
	}
	return out
}

// fact is edge e of node n, of predicate pred, as a hop reads it: once,
// with every label that states it.
func (m *model) fact(n uint32, pred quad.IRI, e edge) fact {
	return fact{from: m.vals[n], pred: pred, to: m.vals[e.other], label: m.vals[m.labels[e.labels]], also: labelSpan{m, e.labels, e.n}}
}

// curated reports whether curation states edge e.
func (m *model) curated(e edge) bool {
	c, ok := m.num[schema.LabelCuration]
	return ok && slices.Contains(m.labels[e.labels:e.labels+e.n], c)
}

// withPredicate calls fn with the subject and object of every distinct quad
// of predicate p (once, whatever the number of labels stating it): a pass
// over the subjects' edges.
func (m *model) withPredicate(p quad.IRI, fn func(s, o quad.Value)) {
	pn, ok := m.num[p]
	if !ok {
		return
	}
	for n := range len(m.vals) {
		for _, e := range m.out.of(uint32(n), pn) {
			fn(m.vals[n], m.vals[e.other])
		}
	}
}

// ofClassNumbers are the numbers of the nodes of class c, each once.
func (m *model) ofClassNumbers(c quad.IRI) []uint32 {
	cn, ok := m.num[c]
	if !ok {
		return nil
	}
	var out []uint32
	seen := map[uint32]bool{}
	for _, e := range m.in.of(cn, m.num[schema.RDFType]) {
		if !seen[e.other] {
			seen[e.other] = true
			out = append(out, e.other)
		}
	}
	return out
}

// foldName is vn.Fold(name), kept with the read model: a one-word search
// ranks hundreds of candidates by their folded names, the same names from
// one question to the next.
func (g *Graph) foldName(name string) string {
	m := g.model()
	if m == nil {
		return vn.Fold(name)
	}
	if f, ok := m.folds.Load(name); ok {
		return f.(string)
	}
	f := vn.Fold(name)
	m.folds.Store(name, f)
	return f
}
