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

// Name is an entity's canonical name. Articles may print it differently; the
// name a curation gives wins, then the one most articles give, then the
// fullest.
func (g *Graph) Name(ctx context.Context, e Entity) (string, error) {
	fs, err := e.base().props(ctx)
	if err != nil {
		return "", err
	}
	return nameOf(fs, e.base().ID), nil
}

// nameOf is the name in a node's facts: an entity's name, an article's title
// or source; the id when it has none, so that nothing is drawn blank.
func nameOf(fs facts, id string) string {
	for _, p := range []quad.IRI{schema.Name, schema.Title, schema.Source} {
		if v, ok := pick(fs.of(p), fuller); ok {
			if s, ok := schema.ToString(v); ok && s != "" {
				if p == schema.Source {
					return PublicSource(s)
				}
				return s
			}
		}
	}
	return id
}

// Aliases are every other form the corpus prints an entity's name in: its
// aliases and the names that lost to the canonical one, each once, in folded
// order.
func (g *Graph) Aliases(ctx context.Context, e Entity) ([]string, error) {
	fs, err := e.base().props(ctx)
	if err != nil {
		return nil, err
	}
	name := nameOf(fs, e.base().ID)
	out := []string{}
	for _, s := range append(strs(fs.of(schema.Alias)), strs(fs.of(schema.Name))...) {
		if s != name && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b string) int {
		return cmp.Or(strings.Compare(vn.Fold(a), vn.Fold(b)), strings.Compare(a, b))
	})
	return out, nil
}

// A mentionRef is one mention of an entity with its place in the order the
// API lists mentions: newest article first (by its event date, else its
// publication date), then by article, then by place in the article.
type mentionRef struct {
	m   *Mention
	key []string // date, article id, start (zero-padded), mention id
}

func cmpMentionKeys(a, b []string) int {
	return cmp.Or(cmpDateDesc(a[0], b[0]), strings.Compare(a[1], b[1]), strings.Compare(a[2], b[2]), strings.Compare(a[3], b[3]))
}

// Mentions is a page of the places the corpus mentions an entity, newest
// first.
func (g *Graph) Mentions(ctx context.Context, e Entity, first *int, after *string) (*MentionConnection, error) {
	n, err := pageSize(first, 20)
	if err != nil {
		return nil, err
	}
	cur, err := decodeCursor(after, "mentions", 4)
	if err != nil {
		return nil, err
	}
	all, err := e.base().b.mentions(ctx)
	if err != nil {
		return nil, err
	}
	refs := all[e.base().ID]
	page, cursors, info := pageOf(refs, func(r mentionRef) []string { return r.key }, cmpMentionKeys, "mentions", n, cur)
	conn := &MentionConnection{Edges: make([]*MentionEdge, len(page)), PageInfo: info, TotalCount: len(refs)}
	for i, r := range page {
		conn.Edges[i] = &MentionEdge{Node: r.m, Cursor: cursors[i]}
	}
	return conn, nil
}

// mentions reads the mentions of every node of the batch, sorted: one walk to
// the mentions, one for their places, one for their articles' dates.
func (b *batch) mentions(ctx context.Context) (map[string][]mentionRef, error) {
	return load(b, "mentions", func() (map[string][]mentionRef, error) {
		facts, err := b.g.hop(ctx, iris(b.ids), []quad.IRI{schema.MentionedIn}, false)
		if err != nil {
			return nil, err
		}
		var ids []string
		for _, f := range facts {
			ids = append(ids, idOf(f.to))
		}
		mb := b.g.newBatch(ids)
		keys, err := mb.mentionKeys(ctx)
		if err != nil {
			return nil, err
		}
		out := map[string][]mentionRef{}
		seen := map[[2]string]bool{}
		for _, f := range facts {
			from, id := idOf(f.from), idOf(f.to)
			key, ok := keys[id]
			if !ok || seen[[2]string{from, id}] {
				continue // a mention node without its article is not shown
			}
			seen[[2]string{from, id}] = true
			out[from] = append(out[from], mentionRef{m: &Mention{node{ID: id, b: mb}}, key: key})
		}
		for _, rs := range out {
			slices.SortFunc(rs, func(a, b mentionRef) int { return cmpMentionKeys(a.key, b.key) })
		}
		return out, nil
	})
}

// mentionKeys are the sort keys of the batch's mentions, by mention id.
func (b *batch) mentionKeys(ctx context.Context) (map[string][]string, error) {
	arts, err := b.mentionArticles(ctx)
	if err != nil {
		return nil, err
	}
	mp, err := b.props(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[string][]string, len(arts))
	for id, a := range arts {
		ap, err := a.props(ctx)
		if err != nil {
			return nil, err
		}
		start, _ := pickInt(mp[id].of(schema.Start))
		out[id] = []string{articleDate(ap).String(), a.ID, fmt.Sprintf("%010d", start), id}
	}
	return out, nil
}

// articleDate is the date an article speaks of: its event date, else its
// publication date.
func articleDate(fs facts) date.Date {
	for _, p := range []quad.IRI{schema.EventDate, schema.Published} {
		if d, ok := pickDate(fs.of(p)); ok {
			return d
		}
	}
	return date.Date{}
}

// mentionArticles are the articles of the batch's mentions, by mention id, as
// objects sharing one batch.
func (b *batch) mentionArticles(ctx context.Context) (map[string]*Article, error) {
	return load(b, "articles", func() (map[string]*Article, error) {
		mp, err := b.props(ctx)
		if err != nil {
			return nil, err
		}
		ids := map[string]string{}
		var all []string
		for _, id := range b.ids {
			if a, ok := pickRef(mp[id].of(schema.InArticle)); ok {
				ids[id] = a
				all = append(all, a)
			}
		}
		ab := b.g.newBatch(all)
		objs := map[string]*Article{}
		out := make(map[string]*Article, len(ids))
		for m, a := range ids {
			if objs[a] == nil {
				objs[a] = &Article{node{ID: a, b: ab}}
			}
			out[m] = objs[a]
		}
		return out, nil
	})
}

// MentionArticle is the article a mention is a sentence of.
func (g *Graph) MentionArticle(ctx context.Context, m *Mention) (*Article, error) {
	arts, err := m.b.mentionArticles(ctx)
	if err != nil {
		return nil, err
	}
	a := arts[m.ID]
	if a == nil {
		return nil, fmt.Errorf("mention %s has no article", m.ID)
	}
	return a, nil
}

// MentionQuote is the sentence as printed.
func (g *Graph) MentionQuote(ctx context.Context, m *Mention) (string, error) {
	fs, err := m.props(ctx)
	if err != nil {
		return "", err
	}
	s, _ := pickString(fs.of(schema.Quote))
	return s, nil
}

// MentionStart is the rune offset of the sentence in its article's normalised
// text.
func (g *Graph) MentionStart(ctx context.Context, m *Mention) (int, error) {
	fs, err := m.props(ctx)
	if err != nil {
		return 0, err
	}
	i, _ := pickInt(fs.of(schema.Start))
	return i, nil
}

// MentionEnd is the rune offset just past the sentence.
func (g *Graph) MentionEnd(ctx context.Context, m *Mention) (int, error) {
	fs, err := m.props(ctx)
	if err != nil {
		return 0, err
	}
	i, _ := pickInt(fs.of(schema.End))
	return i, nil
}

func pickInt(fs []fact) (int, bool) {
	var ints []fact
	for _, f := range fs {
		if _, ok := schema.ToInt(f.to); ok {
			ints = append(ints, f)
		}
	}
	v, ok := pick(ints, nil)
	if !ok {
		return 0, false
	}
	return schema.ToInt(v)
}

func pickDate(fs []fact) (date.Date, bool) {
	var dates []fact
	for _, f := range fs {
		if _, ok := schema.ToDate(f.to); ok {
			dates = append(dates, f)
		}
	}
	v, ok := pick(dates, preciser)
	if !ok {
		return date.Date{}, false
	}
	return schema.ToDate(v)
}

// preciser prefers, between two dates stated by as many articles, the one
// that says the other and more: one article's headline gives a decree's
// year from its code (59/2019/NĐ-CP), another its day (ngày 1-7-2019).
// Dates that disagree are left to the default order.
func preciser(a, b quad.Value) bool {
	da, oka := schema.ToDate(a)
	db, okb := schema.ToDate(b)
	return oka && okb && da.Year == db.Year && (db.Month == 0 || db.Month == da.Month) && da.Precision() > db.Precision()
}

// optDate is a date for a nullable field.
func optDate(fs []fact) *date.Date {
	if d, ok := pickDate(fs); ok {
		return &d
	}
	return nil
}

func optString(fs []fact) *string {
	if s, ok := pickString(fs); ok && s != "" {
		return &s
	}
	return nil
}

func optInt(fs []fact) *int {
	if i, ok := pickInt(fs); ok {
		return &i
	}
	return nil
}
