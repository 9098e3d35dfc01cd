package kg

import (
	"context"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
)

// batch is a set of sibling nodes whose fields are loaded together: the first
// field that needs a load runs it for every sibling, once.
type batch struct {
	g   *Graph
	ids []string // each once, in the order they were returned

	mu    sync.Mutex
	loads map[string]*loadOnce
}

type loadOnce struct {
	once sync.Once
	val  any
	err  error
}

// newBatch is a batch of the nodes with ids, each once; empty ids (values
// that are not nodes of cadregraph's) are left out.
func (g *Graph) newBatch(ids []string) *batch {
	seen := make(map[string]bool, len(ids))
	uniq := make([]string, 0, len(ids))
	for _, id := range ids {
		if id != "" && !seen[id] {
			seen[id] = true
			uniq = append(uniq, id)
		}
	}
	return &batch{g: g, ids: uniq, loads: map[string]*loadOnce{}}
}

// load runs f once for the batch under key and gives its result to every
// caller; callers that come while it runs wait for it.
func load[T any](b *batch, key string, f func() (T, error)) (T, error) {
	b.mu.Lock()
	l := b.loads[key]
	if l == nil {
		l = &loadOnce{}
		b.loads[key] = l
	}
	b.mu.Unlock()
	l.once.Do(func() { l.val, l.err = f() })
	v, _ := l.val.(T)
	return v, l.err
}

// propPreds are the predicates a batch reads in its first load: the literals
// and single links of the kinds of node it holds, which are few per node. The
// long (text), many (tokens, mentions) and inverse ones have loads of their
// own. The kinds are those the ids name (schema.KindOfID), a hint that only
// chooses what to read: a node's kind is its rdf:type. An id of no kind
// (a mention's) reads what a mention has.
func propPreds(ids []string) []quad.IRI {
	preds := []quad.IRI{schema.RDFType}
	add := func(ps ...quad.IRI) {
		for _, p := range ps {
			if !slices.Contains(preds, p) {
				preds = append(preds, p)
			}
		}
	}
	for _, id := range ids {
		k, ok := schema.KindOfID(id)
		if !ok {
			add(schema.InArticle, schema.Quote, schema.Start, schema.End)
			continue
		}
		add(schema.Name, schema.Alias, schema.MergedInto, schema.ExternalID)
		switch k {
		case schema.Person:
			add(schema.HasRole)
		case schema.Position:
			add(schema.PostTitle, schema.InUnit)
		case schema.Unit:
			add(schema.Parent, schema.Founded, schema.HasUnitKind, schema.PartyMembers, schema.BaseOrganisations)
		case schema.Congress:
			add(schema.HeldBy, schema.StartDate, schema.EndDate, schema.Ordinal, schema.Term, schema.Motto, schema.Theme,
				schema.MentionedOnly, schema.Adopted)
		case schema.Event:
			add(schema.HeldBy, schema.StartDate, schema.EndDate)
		case schema.Document:
			add(schema.HasDocKind, schema.Number, schema.Code, schema.IssuedBy, schema.Issued, schema.Subject)
		case schema.Article:
			add(schema.Source, schema.Title, schema.Published, schema.EventDate, schema.Author, schema.Photographer)
		}
	}
	return preds
}

// facts are what a load read of one node, grouped by predicate.
type facts []fact

// of are the facts with predicate p.
func (fs facts) of(p quad.IRI) []fact {
	i := 0
	for i < len(fs) && fs[i].pred != p {
		i++
	}
	j := i
	for j < len(fs) && fs[j].pred == p {
		j++
	}
	return fs[i:j]
}

// props is what a batch's first load read: by node id, every value with the
// label that states it, grouped by predicate.
type props map[string]facts

// props reads the batch's literals and single links in one walk.
func (b *batch) props(ctx context.Context) (props, error) {
	return load(b, "props", func() (props, error) {
		return b.g.readProps(ctx, b.ids, propPreds(b.ids))
	})
}

func (g *Graph) readProps(ctx context.Context, ids []string, preds []quad.IRI) (props, error) {
	all, err := g.hop(ctx, iris(ids), preds, false)
	if err != nil {
		return nil, err
	}
	// One slice for all, each node's facts a part of it, grouped by
	// predicate in the order of preds (a counting sort: a store need not
	// return a node's quads together). The order of a predicate's values does
	// not matter: pick and the lists built from them order them.
	rank := make(map[quad.IRI]int, len(preds))
	for i, p := range preds {
		rank[p] = i
	}
	type slot struct{ node, pred int }
	node := make(map[string]int, len(ids))
	var names []string
	slots := make([]slot, len(all))
	for i, f := range all {
		id := idOf(f.from)
		n, ok := node[id]
		if !ok {
			n = len(names)
			node[id] = n
			names = append(names, id)
		}
		slots[i] = slot{n, rank[f.pred]}
	}
	count := make([]int, len(names)*len(preds)+1)
	for _, s := range slots {
		count[s.node*len(preds)+s.pred+1]++
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	sorted := make(facts, len(all))
	for i, s := range slots {
		k := s.node*len(preds) + s.pred
		sorted[count[k]] = all[i]
		count[k]++
	}
	out := make(props, len(names))
	start := 0
	for n, id := range names {
		end := count[(n+1)*len(preds)-1]
		out[id] = sorted[start:end:end]
		start = end
	}
	return out, nil
}

// propsOf is the node's facts from its batch's first load.
func (n *node) props(ctx context.Context) (facts, error) {
	p, err := n.b.props(ctx)
	if err != nil {
		return nil, err
	}
	return p[n.ID], nil
}

// kindOf is the entity kind of a node's facts, from its rdf:type.
func kindOf(fs facts) (schema.Kind, bool) {
	for _, f := range fs.of(schema.RDFType) {
		if c, ok := f.to.(quad.IRI); ok {
			if k, ok := schema.KindOfClass(c); ok {
				return k, true
			}
		}
	}
	return "", false
}

// A choice ranks the values that several articles state for one property.
type choice struct {
	val     quad.Value
	curated bool // stated by a researcher's curation
	labels  int  // how many labels (articles) state it
}

// choices groups facts by value, counting who states each, in a stable order:
// curated first, then most stated, then by better (or by the values' N-Quads
// form when better is nil).
func choices(fs []fact, better func(a, b quad.Value) bool) []choice {
	out := countChoices(fs, true)
	if out == nil {
		out = countChoices(fs, false)
	}
	slices.SortFunc(out, func(a, b *choice) int {
		switch {
		case a.curated != b.curated:
			if a.curated {
				return -1
			}
			return 1
		case a.labels != b.labels:
			return b.labels - a.labels
		case better != nil && better(a.val, b.val):
			return -1
		case better != nil && better(b.val, a.val):
			return 1
		}
		return strings.Compare(a.val.String(), b.val.String())
	})
	res := make([]choice, len(out))
	for i, c := range out {
		res[i] = *c
	}
	return res
}

// countChoices groups facts by value and counts the distinct labels stating
// each. With fast, the facts must be a read model's facts of one node and
// predicate (each value once, with all its labels), counted without reading
// their labels; otherwise it answers nil. Without, every label of every fact
// is read, and a label stating a value twice counts once.
func countChoices(fs []fact, fast bool) []*choice {
	byVal := make(map[quad.Value]*choice, len(fs))
	var out []*choice
	var seen map[[2]quad.Value]bool
	if !fast {
		seen = map[[2]quad.Value]bool{}
	}
	for i := range fs {
		f := &fs[i]
		c := byVal[f.to]
		if fast && (c != nil || !f.grouped() || f.from != fs[0].from || f.pred != fs[0].pred) {
			return nil
		}
		if c == nil {
			c = &choice{val: f.to}
			byVal[f.to] = c
			out = append(out, c)
		}
		if fast {
			c.curated = f.curated()
			c.labels = f.stated()
			continue
		}
		for l := range f.labels() {
			if l == schema.LabelCuration {
				c.curated = true
			}
			if k := [2]quad.Value{f.to, l}; !seen[k] {
				seen[k] = true
				c.labels++
			}
		}
	}
	return out
}

// pick is the one value to show for a property several articles may state.
func pick(fs []fact, better func(a, b quad.Value) bool) (quad.Value, bool) {
	if len(fs) == 0 {
		return nil, false
	}
	if len(fs) == 1 {
		return fs[0].to, true
	}
	return choices(fs, better)[0].val, true
}

// fuller prefers the longer of two names: the form with abbreviations expanded.
func fuller(a, b quad.Value) bool {
	sa, _ := schema.ToString(a)
	sb, _ := schema.ToString(b)
	return utf8.RuneCountInString(sa) > utf8.RuneCountInString(sb)
}

func pickString(fs []fact) (string, bool) {
	v, ok := pick(fs, nil)
	if !ok {
		return "", false
	}
	return schema.ToString(v)
}

func pickRef(fs []fact) (string, bool) {
	var refs []fact
	for _, f := range fs {
		if id := idOf(f.to); id != "" {
			refs = append(refs, f)
		}
	}
	v, ok := pick(refs, nil)
	if !ok {
		return "", false
	}
	return idOf(v), true
}

// refs are the distinct node ids that facts point to, in order.
func refs(fs []fact) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range fs {
		if id := idOf(f.to); id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// strs are the distinct strings that facts hold, in order.
func strs(fs []fact) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range fs {
		if s, ok := schema.ToString(f.to); ok && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
