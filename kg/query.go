package kg

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
	"github.com/cayleygraph/quad"
)

// checkID reports an id that cannot be a cadregraph entity's or article's as
// the client's error; it says nothing of whether the node exists.
func checkID(id string) error {
	ok := id != "" && strings.Trim(id, "abcdefghijklmnopqrstuvwxyz0123456789-") == ""
	if ok {
		_, ok = schema.KindOfID(id)
	}
	if !ok {
		return inputErrorf("malformed id %q: ids look like person-vo-van-minh-7e0debef99 or article-3b8971c9133271f3", id)
	}
	return nil
}

// Node is the entity, article or fact (tenure, link between documents, graph
// edge: see factNode) with id, or nil when the graph has none. An id that
// curation merged into another (see survivor) answers with the entity it was
// merged into.
func (g *Graph) Node(ctx context.Context, id string) (Node, error) {
	if n, ok, err := g.factNode(ctx, id); ok {
		return n, err
	}
	if err := checkID(id); err != nil {
		return nil, err
	}
	b, id, err := g.survivor(ctx, id)
	if err != nil {
		return nil, err
	}
	p, err := b.props(ctx)
	if err != nil {
		return nil, err
	}
	k, ok := kindOf(p[id])
	if !ok {
		return nil, nil
	}
	return newNode(b, id, k), nil
}

func cmpNameKeys(a, b []string) int {
	return cmp.Or(strings.Compare(a[0], b[0]), strings.Compare(a[1], b[1]))
}

// Entities is a page of the entities of one kind, by folded name, then id.
// Listing reads the nodes of the class, then their names and merges (two
// walks; kept over a frozen store), and leaves out the entities merged into
// others; the page's entities share a batch.
func (g *Graph) Entities(ctx context.Context, kind schema.Kind, first *int, after *string) (*EntityConnection, error) {
	if kind == schema.Article {
		return nil, inputErrorf("articles are not entities: list them with articles(first, after)")
	}
	n, err := pageSize(first, 50)
	if err != nil {
		return nil, err
	}
	conn := "entities/" + string(kind)
	cur, err := decodeCursor(after, conn, 2)
	if err != nil {
		return nil, err
	}
	keys, err := remember(ctx, g, "entities "+string(kind), func(ctx context.Context) ([][]string, error) {
		return g.entityKeys(ctx, kind)
	})
	if err != nil {
		return nil, err
	}
	page, cursors, info := pageOf(keys, func(k []string) []string { return k }, cmpNameKeys, conn, n, cur)
	b := g.newBatch(nil)
	for _, k := range page {
		b.ids = append(b.ids, k[1])
	}
	out := &EntityConnection{Edges: make([]*EntityEdge, len(page)), PageInfo: info, TotalCount: len(keys)}
	for i, k := range page {
		out.Edges[i] = &EntityEdge{Node: newNode(b, k[1], kind).(Entity), Cursor: cursors[i]}
	}
	return out, nil
}

// entityKeys are the entities of kind that no merge took, with their folded
// names, in the order Entities lists them.
func (g *Graph) entityKeys(ctx context.Context, kind schema.Kind) ([][]string, error) {
	ids, err := g.ofClass(ctx, kind.Class())
	if err != nil {
		return nil, err
	}
	names := make(map[string]facts, len(ids))
	for _, id := range ids {
		names[id] = nil
	}
	// From the entities out: a scan of every name in the store would read
	// the whole store on a backend without a predicate index (bolt).
	fs, err := g.hop(ctx, iris(ids), []quad.IRI{schema.Name, schema.MergedInto}, false)
	if err != nil {
		return nil, err
	}
	merged := map[string]bool{}
	for _, f := range fs {
		id := idOf(f.from)
		if f.pred == schema.MergedInto {
			merged[id] = merged[id] || idOf(f.to) != id
		} else {
			names[id] = append(names[id], f)
		}
	}
	ids = slices.DeleteFunc(ids, func(id string) bool { return merged[id] })
	keys := make([][]string, len(ids))
	for i, id := range ids {
		keys[i] = []string{vn.Fold(nameOf(names[id], id)), id}
	}
	slices.SortFunc(keys, cmpNameKeys)
	return keys, nil
}

func cmpArticleKeys(a, b []string) int {
	return cmp.Or(cmpDateDesc(a[0], b[0]), strings.Compare(a[1], b[1]))
}

// Articles is a page of the articles, newest event first; articles without an
// event date come after those with one; ties by id. Two walks: the articles,
// their event dates (kept over a frozen store).
func (g *Graph) Articles(ctx context.Context, first *int, after *string) (*ArticleConnection, error) {
	n, err := pageSize(first, 50)
	if err != nil {
		return nil, err
	}
	cur, err := decodeCursor(after, "articles", 2)
	if err != nil {
		return nil, err
	}
	keys, err := remember(ctx, g, "articles", g.articleKeys)
	if err != nil {
		return nil, err
	}
	page, cursors, info := pageOf(keys, func(k []string) []string { return k }, cmpArticleKeys, "articles", n, cur)
	b := g.newBatch(nil)
	for _, k := range page {
		b.ids = append(b.ids, k[1])
	}
	out := &ArticleConnection{Edges: make([]*ArticleEdge, len(page)), PageInfo: info, TotalCount: len(keys)}
	for i, k := range page {
		out.Edges[i] = &ArticleEdge{Node: &Article{node{k[1], b}}, Cursor: cursors[i]}
	}
	return out, nil
}

// articleKeys are the articles with their event dates, in the order
// Articles lists them.
func (g *Graph) articleKeys(ctx context.Context) ([][]string, error) {
	ids, err := g.ofClass(ctx, schema.ClassArticle)
	if err != nil {
		return nil, err
	}
	dates := make(map[string]date.Date, len(ids))
	for _, id := range ids {
		dates[id] = date.Date{}
	}
	fs, err := g.hop(ctx, iris(ids), []quad.IRI{schema.EventDate}, false)
	if err != nil {
		return nil, err
	}
	for _, f := range fs {
		id := idOf(f.from)
		if d, isDate := schema.ToDate(f.to); isDate && dates[id].Before(d) {
			dates[id] = d // the latest, should articles disagree
		}
	}
	keys := make([][]string, len(ids))
	for i, id := range ids {
		keys[i] = []string{dates[id].String(), id}
	}
	slices.SortFunc(keys, cmpArticleKeys)
	return keys, nil
}

// ofClass are the ids of the nodes of class c, in one walk (kept over a
// frozen store); the slice is the caller's.
func (g *Graph) ofClass(ctx context.Context, c quad.IRI) ([]string, error) {
	ids, err := remember(ctx, g, "class "+string(c), func(ctx context.Context) ([]string, error) {
		typed, err := g.hop(ctx, []quad.Value{c}, []quad.IRI{schema.RDFType}, true)
		if err != nil {
			return nil, err
		}
		var ids []string
		for _, f := range typed {
			ids = append(ids, idOf(f.to))
		}
		return g.newBatch(ids).ids, nil // one type quad per article that states it: once each
	})
	return slices.Clone(ids), err
}
