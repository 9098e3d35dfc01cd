package loader

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/cadregraph/cadregraph/loader/curation"
	"github.com/cadregraph/cadregraph/loader/emit"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/write"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/store"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// CurationReport is what applying a curation did.
type CurationReport struct {
	Path      string
	Unchanged bool // the store already had this curation
	Added     int  // curated facts added
	Removed   int  // curated facts taken back
	Rewritten int  // articles rewritten under the new curation
}

func (r CurationReport) String() string {
	if r.Unchanged {
		return fmt.Sprintf("curation %s: already applied\n", r.Path)
	}
	return fmt.Sprintf("curation %s: %d facts added, %d removed, %s rewritten\n", r.Path, r.Added, r.Removed, plural(r.Rewritten, "article", "articles"))
}

// curated is the curation the store holds: its rules and its merges.
type curated struct {
	hash    string
	torn    bool // a write stopped between its adds and deletes (write.Apply): two records
	rules   curation.Rules
	derived map[string]string // derived merges, from → into
}

func readCurated(ctx context.Context, qs graph.QuadStore) (curated, error) {
	var c curated
	joins, err := readJoins(ctx, qs)
	if err != nil {
		return c, err
	}
	c.derived = map[string]string{}
	for from, j := range joins {
		c.derived[from] = j.into
	}
	hashes, err := write.Literals(ctx, qs, schema.CurationNode, schema.CurationHash, schema.LabelCuration)
	if err != nil {
		return c, err
	}
	switch len(hashes) {
	case 0:
	case 1:
		c.hash = hashes[0]
	default:
		c.torn = true
		return c, nil // its rules are unknown: every article is rewritten
	}
	js, err := write.Literal(ctx, qs, schema.CurationNode, schema.CurationRules, schema.LabelCuration)
	if err != nil {
		return c, err
	}
	if c.rules, err = curation.ParseRules(js); err != nil {
		return c, err
	}
	return c, nil
}

func (c curated) rewriter() *curation.Rewriter { return curation.NewRewriter(c.rules, c.derived) }

// Curate applies the curation file at path to the store, in one transaction:
// the curated facts become the file's, and every article whose facts the
// change touches (a merge, split or drop added or taken back) is extracted
// again from its stored text and rewritten under the new rules, so that the
// store is what a fresh load with this curation would give. A problem in the
// file (syntax, an unknown or ambiguous entity) changes nothing. Applying the
// curation the store already has does nothing.
func Curate(ctx context.Context, st *store.Store, path string, opt Options) (CurationReport, error) {
	f, err := curation.Read(path)
	if err != nil {
		return CurationReport{}, err
	}
	return curate(ctx, st.QuadStore(), f, opt)
}

func curate(ctx context.Context, qs graph.QuadStore, f *curation.File, opt Options) (CurationReport, error) {
	rep := CurationReport{Path: f.Path}
	plan, err := curation.Resolve(ctx, qs, f)
	if err != nil {
		return rep, err
	}
	old, err := readCurated(ctx, qs)
	if err != nil {
		return rep, err
	}
	if old.hash == plan.Hash {
		rep.Unchanged = true
		return rep, nil
	}
	next := old
	next.rules = plan.Rules
	deltas, n, err := rewriteAffected(ctx, qs, old, next, opt)
	if err != nil {
		return rep, fmt.Errorf("curation %s: %w", f.Path, err)
	}
	rep.Rewritten = n
	facts, err := write.Labelled(ctx, qs, schema.LabelCuration, plan.Facts)
	if err != nil {
		return rep, err
	}
	rep.Added, rep.Removed, _ = write.Count(facts)
	if err := write.Apply(ctx, qs, append(deltas, facts...)); err != nil {
		return rep, fmt.Errorf("curation %s: write: %w", f.Path, err)
	}
	return rep, nil
}

// rewriteAffected is the deltas that rewrite, under next, the articles whose
// quads name an entity that old's or next's rules touch differently, and how
// many articles change.
func rewriteAffected(ctx context.Context, qs graph.QuadStore, old, next curated, opt Options) ([]graph.Delta, int, error) {
	if old.torn {
		arts, err := allArticles(ctx, qs)
		if err != nil {
			return nil, 0, err
		}
		return rewriteArticles(ctx, qs, arts, nil, next.rewriter(), opt)
	}
	touched := changedEntities(old, next)
	if len(touched) == 0 {
		return nil, 0, nil
	}
	// Where those entities' facts are now: themselves, or their survivors.
	ow := old.rewriter()
	nodes := map[string]bool{}
	for id := range touched {
		nodes[id] = true
		nodes[ow.Survivor(id)] = true
	}
	arts, err := articlesOf(ctx, qs, nodes)
	if err != nil {
		return nil, 0, err
	}
	return rewriteArticles(ctx, qs, arts, ow, next.rewriter(), opt)
}

// rewriteArticles extracts each article again from its stored text and gives
// the deltas that turn its quads in the store into the new ones under rw.
//
// An article's quads in the store are what the current extractor gives under
// the rules it was written with (old): the store is a function of its
// articles, the extractor version and the curation, and refresh has already
// rewritten articles of other versions. So with old known they are computed
// rather than read: reading them walks every quad of each node the article
// touches, whatever its label, and the units and documents many articles
// share made that walk grow with the corpus for each article (a derive after
// a 10,000-article load did not finish in 48 minutes). old is nil when a torn
// write leaves the rules an article was written with unknown; then they are
// read from the store.
func rewriteArticles(ctx context.Context, qs graph.QuadStore, arts []string, old, rw *curation.Rewriter, opt Options) ([]graph.Delta, int, error) {
	var deltas []graph.Delta
	n := 0
	for chunk := range slices.Chunk(arts, storedChunk) {
		var had map[string][]quad.Quad
		if old == nil {
			var err error
			if had, err = write.StoredQuads(ctx, qs, chunk); err != nil {
				return nil, 0, err
			}
		}
		for _, id := range chunk {
			quads, err := reextract(ctx, qs, id, opt)
			if err != nil {
				return nil, 0, err
			}
			have := had[id]
			if old != nil {
				have = stored(id, old, quads)
			}
			d := write.Diff(have, stored(id, rw, quads))
			if len(d) > 0 {
				n++
				deltas = append(deltas, d...)
			}
		}
	}
	return deltas, n, nil
}

// storedChunk is how many articles' stored quads a rewrite reads at once
// (write.StoredQuads): one scan of the store for each chunk (35 s on a
// 10,000-article bolt store), and the chunk's quads in memory (about 700 an
// article, some 1.4 M quads a chunk).
const storedChunk = 2000

// reextract runs the extraction again on the article's stored text, with its
// stored source, title and published date.
func reextract(ctx context.Context, qs graph.QuadStore, id string, opt Options) ([]quad.Quad, error) {
	n := schema.IRI(id)
	label := schema.ArticleLabel(id)
	var raw model.Raw
	for _, f := range []struct {
		p  quad.IRI
		to *string
	}{{schema.Text, &raw.Text}, {schema.Source, &raw.Source}, {schema.Published, &raw.Published}} {
		v, err := write.Literal(ctx, qs, n, f.p, label)
		if err != nil {
			return nil, err
		}
		*f.to = v
	}
	if raw.Text == "" {
		return nil, fmt.Errorf("article %s: no stored text to extract again; load it again from its source", id)
	}
	facts, err := opt.extract()(raw)
	if err != nil {
		return nil, fmt.Errorf("article %s (%s): extract again: %w", id, raw.Source, err)
	}
	if facts.Article.ID != id {
		return nil, fmt.Errorf("article %s (%s): extracting its stored text again gives another article (%s); load it again from its source", id, raw.Source, facts.Article.ID)
	}
	return emit.Quads(facts, opt.version()), nil
}

// changedEntities are the entities whose treatment differs between the
// rules (and derived merges) of a and b.
func changedEntities(a, b curated) map[string]bool {
	out := map[string]bool{}
	ma, mb := a.rewriter().Merges(), b.rewriter().Merges()
	for from, into := range ma {
		if mb[from] != into {
			out[from], out[into] = true, true
		}
	}
	for from, into := range mb {
		if ma[from] != into {
			out[from], out[into] = true, true
		}
	}
	for _, pair := range [][2]curation.Rules{{a.rules, b.rules}, {b.rules, a.rules}} {
		in := map[string]bool{}
		for _, s := range pair[1].Splits {
			in[fmt.Sprint(s)] = true
		}
		for _, s := range pair[0].Splits {
			if !in[fmt.Sprint(s)] {
				out[s.Entity], out[s.Into] = true, true
			}
		}
		drops := map[curation.DropRule]bool{}
		for _, d := range pair[1].Drops {
			drops[d] = true
		}
		for _, d := range pair[0].Drops {
			if !drops[d] {
				out[d.Subject] = true
			}
		}
	}
	return out
}

// articlesOf is the articles that state a quad of one of nodes, sorted:
// those that label one, and those whose statement records state a shared
// fact naming one (a fact of a node of the article's, such as a post's
// unit, names another node the article may not mention itself).
func articlesOf(ctx context.Context, qs graph.QuadStore, nodes map[string]bool) ([]string, error) {
	arts := map[string]bool{}
	var shared []quad.Quad // shared facts naming one of nodes
	for id := range nodes {
		ref := qs.ValueOf(schema.IRI(id))
		if ref == nil {
			continue
		}
		for _, d := range []quad.Direction{quad.Subject, quad.Object} {
			it := qs.QuadIterator(d, ref)
			for it.Next(ctx) {
				q := qs.Quad(it.Result())
				switch {
				case schema.IsArticleLabel(q.Label):
					a, _ := schema.IDOf(q.Label)
					arts[a] = true
				case q.Label == schema.LabelShared && d == quad.Object:
					shared = append(shared, q)
				}
			}
			err := it.Err()
			it.Close()
			if err != nil {
				return nil, fmt.Errorf("read the quads of %s: %w", id, err)
			}
		}
	}
	// A node's own facts are stated by records on it, which the walk above
	// found; the facts naming it from other nodes, by those nodes' records.
	records := map[quad.Value][]quad.Quad{}
	for _, f := range shared {
		if _, ok := records[f.Subject]; ok {
			continue
		}
		rs, err := write.Records(ctx, qs, f.Subject)
		if err != nil {
			return nil, err
		}
		records[f.Subject] = rs
	}
	for _, f := range shared {
		for _, r := range records[f.Subject] {
			if got, err := schema.Stating([]quad.Quad{r}, []quad.Quad{f}); err != nil {
				return nil, err
			} else if len(got) > 0 {
				a, _ := schema.IDOf(r.Label)
				arts[a] = true
			}
		}
	}
	out := make([]string, 0, len(arts))
	for a := range arts {
		out = append(out, a)
	}
	sort.Strings(out)
	return out, ctx.Err()
}

// allArticles is every article of the store, sorted.
func allArticles(ctx context.Context, qs graph.QuadStore) ([]string, error) {
	var out []string
	ref := qs.ValueOf(schema.ClassArticle)
	if ref == nil {
		return nil, nil
	}
	it := qs.QuadIterator(quad.Object, ref)
	defer it.Close()
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		if q.Predicate != schema.RDFType {
			continue
		}
		if id, ok := schema.IDOf(q.Subject); ok && q.Label == schema.ArticleLabel(id) {
			out = append(out, id)
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("list the articles: %w", err)
	}
	sort.Strings(out)
	return out, ctx.Err()
}

// refresh extracts again, from their stored text, the articles of the store
// that another version of the rules wrote, and rewrites each in its own
// transaction (an interrupted refresh is finished by the next load); it
// reports how many it rewrote.
func refresh(ctx context.Context, qs graph.QuadStore, rw *curation.Rewriter, opt Options) (int, error) {
	arts, err := allArticles(ctx, qs)
	if err != nil {
		return 0, err
	}
	var stale []string
	for _, id := range arts {
		vs, err := write.Literals(ctx, qs, schema.IRI(id), schema.Extractor, schema.ArticleLabel(id))
		if err != nil {
			return 0, err
		}
		if len(vs) != 1 || vs[0] != opt.version() {
			stale = append(stale, id)
		}
	}
	n := 0
	for chunk := range slices.Chunk(stale, storedChunk) {
		had, err := write.StoredQuads(ctx, qs, chunk)
		if err != nil {
			return n, err
		}
		for _, id := range chunk {
			quads, err := reextract(ctx, qs, id, opt)
			if err != nil {
				return n, err
			}
			if err := write.Apply(ctx, qs, write.Diff(had[id], stored(id, rw, quads))); err != nil {
				return n, fmt.Errorf("rewrite article %s: %w", id, err)
			}
			n++
		}
	}
	return n, nil
}
