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

// newBatch is a batch of the nodes with ids.
func (g *Graph) newBatch(ids []string) *batch {
	seen := make(map[string]bool, len(ids))
	uniq := make([]string, 0, len(ids))
	for _, id := range ids {
		if !seen[id] {
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

// propPreds are the predicates every batch reads in its first load: the
// literals and single links of every kind of node, which are few per node. The
// long (text), many (tokens, mentions) and inverse ones have loads of their own.
func propPreds() []quad.IRI {
	return []quad.IRI{
		schema.RDFType, schema.Name, schema.Alias,
		schema.HasRole,
		schema.PostTitle, schema.InUnit,
		schema.Parent, schema.Founded, schema.HasUnitKind, schema.PartyMembers, schema.BaseOrganisations,
		schema.HeldBy, schema.StartDate, schema.EndDate, schema.Ordinal, schema.Term, schema.Motto, schema.Theme,
		schema.MentionedOnly, schema.Adopted,
		schema.HasDocKind, schema.Number, schema.Code, schema.IssuedBy, schema.Issued, schema.Subject,
		schema.Source, schema.Title, schema.Published, schema.EventDate, schema.Author, schema.Photographer,
		schema.InArticle, schema.Quote, schema.Start, schema.End,
	}
}

// props is what a batch's first load read: by node id, by predicate, every
// value with the label that states it.
type props map[string]map[quad.IRI][]fact

// props reads the batch's literals and single links in one walk.
func (b *batch) props(ctx context.Context) (props, error) {
	return load(b, "props", func() (props, error) {
		return b.g.readProps(ctx, b.ids, propPreds())
	})
}

func (g *Graph) readProps(ctx context.Context, ids []string, preds []quad.IRI) (props, error) {
	facts, err := g.hop(ctx, iris(ids), preds, false, true)
	if err != nil {
		return nil, err
	}
	out := make(props, len(ids))
	for _, f := range facts {
		id := idOf(f.from)
		m := out[id]
		if m == nil {
			m = map[quad.IRI][]fact{}
			out[id] = m
		}
		m[f.pred] = append(m[f.pred], f)
	}
	return out, nil
}

// propsOf is the node's facts from its batch's first load.
func (n *node) props(ctx context.Context) (map[quad.IRI][]fact, error) {
	p, err := n.b.props(ctx)
	if err != nil {
		return nil, err
	}
	return p[n.ID], nil
}

// kindOf is the entity kind of a node's facts, from its rdf:type.
func kindOf(fs map[quad.IRI][]fact) (schema.Kind, bool) {
	for _, f := range fs[schema.RDFType] {
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
	byVal := map[quad.Value]*choice{}
	var out []*choice
	seen := map[[2]quad.Value]bool{}
	for _, f := range fs {
		c := byVal[f.to]
		if c == nil {
			c = &choice{val: f.to}
			byVal[f.to] = c
			out = append(out, c)
		}
		if f.label == schema.LabelCuration {
			c.curated = true
		}
		if k := [2]quad.Value{f.to, f.label}; !seen[k] {
			seen[k] = true
			c.labels++
		}
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
