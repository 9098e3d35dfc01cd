package kg

import (
	"context"
	"slices"
	"strings"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
)

// MaxDocumentDepth bounds documentGraph: chains of directives are short, and
// each level costs two walks.
const MaxDocumentDepth = 6

// DocumentGraph is the documents linked to root, a document, within depth
// links followed both ways (only links whose relation is one of relations,
// compared case-insensitively; all when none), with the articles that
// mention them and the congresses that adopted them. Links between documents
// are edges named by their relation (implements, continues...), from the
// document that cites to the one cited; articles reach documents by
// "mentions" edges, congresses by "adopted" ones. The root comes first, then
// the documents in the order they were reached, then those that cite them.
//
// A level costs two walks (the links touching the level's documents, then
// their ends and relations); one more finds the links among the documents of
// the last level, one the citing articles and congresses, one the labels.
// A nil depth is the API's default, 2.
func (g *Graph) DocumentGraph(ctx context.Context, root string, depthArg *int, relations []string) (*Subgraph, error) {
	depth := orDefault(depthArg, 2)
	if depth < 0 || depth > MaxDocumentDepth {
		return nil, inputErrorf("depth must be between 0 and %d (got %d)", MaxDocumentDepth, depth)
	}
	k, root, err := g.mustExist(ctx, root)
	if err != nil {
		return nil, err
	}
	if k != schema.Document {
		return nil, inputErrorf("documentGraph starts at a document; %q is a %s", root, k)
	}
	want := make([]string, len(relations))
	for i, r := range relations {
		rel, err := schema.ParseRelation(r)
		if _, ok := schema.DocRelationOf(rel); err != nil || !ok {
			var names []string
			for _, d := range schema.DocRelations() {
				names = append(names, string(d.Rel))
			}
			return nil, inputErrorf("%q is not a relation between documents (known: %s)", r, strings.Join(names, ", "))
		}
		want[i] = string(rel)
	}
	docs := []string{root}
	in := map[string]bool{root: true}
	var edges []GraphEdge
	seen := map[GraphEdge]bool{}
	frontier := []string{root}
	for level := 0; level < depth && len(frontier) > 0; level++ {
		links, err := g.docLinks(ctx, frontier, want)
		if err != nil {
			return nil, err
		}
		var next []string
		for _, e := range links {
			if !seen[e] {
				seen[e] = true
				edges = append(edges, e)
			}
			for _, d := range []string{e.Source, e.Target} {
				if !in[d] {
					in[d] = true
					docs = append(docs, d)
					next = append(next, d)
				}
			}
		}
		frontier = next
	}
	// The links among documents of the last level, which were reached but
	// not followed.
	if depth > 0 && len(frontier) > 0 {
		links, err := g.docLinks(ctx, frontier, want)
		if err != nil {
			return nil, err
		}
		for _, e := range links {
			if in[e.Source] && in[e.Target] && !seen[e] {
				seen[e] = true
				edges = append(edges, e)
			}
		}
	}
	citing, err := g.hop(ctx, iris(docs), []quad.IRI{schema.Mentions, schema.Adopted}, true)
	if err != nil {
		return nil, err
	}
	nodes := slices.Clone(docs)
	var cites []GraphEdge
	for _, f := range citing {
		from, doc := idOf(f.to), idOf(f.from)
		if from == "" || doc == "" {
			continue
		}
		rel := "mentions"
		if f.pred == schema.Adopted {
			rel = "adopted"
		}
		e := GraphEdge{Source: from, Target: doc, Relation: rel}
		if seen[e] {
			continue
		}
		seen[e] = true
		cites = append(cites, e)
		if !in[from] {
			in[from] = true
			nodes = append(nodes, from)
		}
	}
	// Deterministic whatever the store's order: congresses before articles,
	// then by id.
	slices.SortFunc(nodes[len(docs):], func(a, b string) int {
		ka, _ := schema.KindOfID(a)
		kb, _ := schema.KindOfID(b)
		if ka != kb {
			return strings.Compare(string(kb), string(ka)) // CONGRESS before ARTICLE
		}
		return strings.Compare(a, b)
	})
	slices.SortFunc(cites, func(a, b GraphEdge) int {
		return strings.Compare(a.Source+" "+a.Target+" "+a.Relation, b.Source+" "+b.Target+" "+b.Relation)
	})
	return g.subgraph(ctx, nodes, append(edges, cites...))
}

// docLinks are the document links that touch docs, either way, whose
// relation is one of want (all when want is empty), as edges from the citing
// document to the cited one, in a stable order: two walks.
func (g *Graph) docLinks(ctx context.Context, docs []string, want []string) ([]GraphEdge, error) {
	touching, err := g.hop(ctx, iris(docs), []quad.IRI{schema.LinkFrom, schema.LinkTo}, true)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, f := range touching {
		ids = append(ids, idOf(f.to))
	}
	b := g.newBatch(ids)
	p, err := g.readProps(ctx, b.ids, []quad.IRI{schema.LinkFrom, schema.LinkTo, schema.Relation})
	if err != nil {
		return nil, err
	}
	var out []GraphEdge
	for _, id := range b.ids {
		from, okf := pickRef(p[id].of(schema.LinkFrom))
		to, okt := pickRef(p[id].of(schema.LinkTo))
		rel, okr := pickString(p[id].of(schema.Relation))
		if !okf || !okt || !okr || from == to {
			continue
		}
		if len(want) > 0 && !slices.Contains(want, strings.ToLower(rel)) {
			continue
		}
		out = append(out, GraphEdge{Source: from, Target: to, Relation: rel})
	}
	slices.SortFunc(out, func(a, b GraphEdge) int {
		return strings.Compare(a.Source+" "+a.Target+" "+a.Relation, b.Source+" "+b.Target+" "+b.Relation)
	})
	return out, nil
}
