package kg

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
	"github.com/cayleygraph/quad"
)

// An index is the read model's search index, derived from the graph the way
// a search engine derives postings from documents: every name, alias, post
// title, article title and document code (and a document's kind or sign
// with its number, the forms a reader types: Kết luận 21, KL 21) is folded
// (vn.Fold) into a key and split into tokens (vn.Tokens). The store holds no
// search terms (loaders before extractor version 7 wrote a copy of them per
// article naming an entity; they are not read): this is one per entity.
//
// A token's beginnings are not listed (stores before version 7 held each as
// a quad): the distinct tokens are kept sorted, so the tokens that begin with
// a prefix are one range of them, found by binary search.
type index struct {
	terms  map[uint32]*nodeTerms // by node number
	tokens []string              // distinct tokens, sorted
	post   [][]uint32            // post[i]: the nodes with tokens[i], each once, in node order

	titles  map[string][]uint32 // folded post title → positions with it
	titleOf map[uint32][]string // position → its folded titles
	units   map[string][]uint32 // schema.UnitMatchKey of a unit's folded name or alias → units
}

// nodeTerms are what a node is found by: its folded names (keys) and tokens,
// each once.
type nodeTerms struct {
	keys, tokens []string
	kind         schema.Kind // read once here, not by each search matching it
}

// add adds a name's folded form and tokens.
func (t *nodeTerms) add(f folded) {
	if f.key != "" && !slices.Contains(t.keys, f.key) {
		t.keys = append(t.keys, f.key)
	}
	for _, tok := range f.tokens {
		if !slices.Contains(t.tokens, tok) {
			t.tokens = append(t.tokens, tok)
		}
	}
}

// folded is a name as search reads it: vn.Fold of it whole, and vn.Tokens.
type folded struct {
	key    string
	tokens []string
}

func fold(s string) folded { return folded{vn.Fold(s), vn.Tokens(s)} }

// buildIndex derives the search index from the model's names, titles and
// codes.
func (m *model) buildIndex() *index {
	x := &index{terms: map[uint32]*nodeTerms{}, titles: map[string][]uint32{}, titleOf: map[uint32][]string{}, units: map[string][]uint32{}}
	num := func(p quad.IRI) uint32 { return m.num[p] } // 0, no edge's predicate, when the store has none
	name, alias, title, postTitle := num(schema.Name), num(schema.Alias), num(schema.Title), num(schema.PostTitle)
	code, docKind, number := num(schema.Code), num(schema.HasDocKind), num(schema.Number)
	typ, unitClass := num(schema.RDFType), num(schema.ClassUnit)
	str := func(e edge) (string, bool) { return schema.ToString(m.vals[e.other]) }
	// A name is stated by every article that names its entity, each
	// statement an edge to the same value: it is folded once.
	cache := map[uint32]folded{}
	foldOf := func(e edge, s string) folded {
		f, ok := cache[e.other]
		if !ok {
			f = fold(s)
			cache[e.other] = f
		}
		return f
	}
	postings := map[string][]uint32{}
	for n := range uint32(len(m.vals)) {
		es := m.out.edges[m.out.start[n]:m.out.start[n+1]]
		if len(es) == 0 {
			continue
		}
		t := &nodeTerms{}
		var kinds, numbers []string
		for _, e := range es {
			if e.pred == typ && typ != 0 {
				if c, ok := m.vals[e.other].(quad.IRI); ok {
					if k, ok := schema.KindOfClass(c); ok {
						t.kind = k
					}
				}
			}
			s, ok := str(e)
			if !ok || e.pred == 0 {
				continue
			}
			switch e.pred {
			case name, alias, title, code:
				t.add(foldOf(e, s))
			case postTitle:
				ft := foldOf(e, s)
				t.add(ft)
				if f := ft.key; f != "" && !slices.Contains(x.titleOf[n], f) {
					x.titles[f] = append(x.titles[f], n)
					x.titleOf[n] = append(x.titleOf[n], f)
				}
			case docKind:
				kinds = append(kinds, s)
			case number:
				numbers = append(numbers, s)
			}
		}
		for _, k := range uniq(kinds) {
			info := schema.DocKind(k).Info()
			for _, nb := range uniq(numbers) {
				if nb == "" {
					continue
				}
				t.add(fold(info.Vietnamese + " " + nb))
				if info.Sign != "" {
					t.add(fold(info.Sign + " " + nb))
				}
			}
		}
		if len(t.keys) == 0 && len(t.tokens) == 0 {
			continue
		}
		x.terms[n] = t
		for _, tok := range t.tokens {
			postings[tok] = append(postings[tok], n)
		}
		if unitClass != 0 && slices.ContainsFunc(m.out.of(n, typ), func(e edge) bool { return e.other == unitClass }) {
			for _, k := range t.keys {
				mk := schema.UnitMatchKey(k)
				if !slices.Contains(x.units[mk], n) {
					x.units[mk] = append(x.units[mk], n)
				}
			}
		}
	}
	x.tokens = make([]string, 0, len(postings))
	for tok := range postings {
		x.tokens = append(x.tokens, tok)
	}
	slices.Sort(x.tokens)
	x.post = make([][]uint32, len(x.tokens))
	for i, tok := range x.tokens {
		x.post[i] = postings[tok]
	}
	return x
}

// withToken are the nodes that have token tok.
func (x *index) withToken(tok string) []uint32 {
	if i, ok := slices.BinarySearch(x.tokens, tok); ok {
		return x.post[i]
	}
	return nil
}

// withPrefix are the nodes that have a token beginning with prefix, each
// once, in node order.
func (x *index) withPrefix(prefix string) []uint32 {
	i := sort.SearchStrings(x.tokens, prefix)
	var lists [][]uint32
	for ; i < len(x.tokens) && strings.HasPrefix(x.tokens[i], prefix); i++ {
		lists = append(lists, x.post[i])
	}
	if len(lists) == 1 {
		return lists[0]
	}
	var out []uint32
	for _, l := range lists {
		out = append(out, l...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// prefixFewer reports whether fewer than n postings hold a token beginning
// with prefix (a node counted once a token), without merging them.
func (x *index) prefixFewer(prefix string, n int) bool {
	total := 0
	for i := sort.SearchStrings(x.tokens, prefix); i < len(x.tokens) && strings.HasPrefix(x.tokens[i], prefix); i++ {
		if total += len(x.post[i]); total >= n {
			return false
		}
	}
	return true
}

// positionsTitled are the ids of the posts whose title folds to tf, within a
// unit named unit when given (a name or alias whose schema.UnitMatchKey is
// the name's). With a unit it starts from the unit, the selective end: a
// province's few posts rather than every Bí thư in the country.
func (m *model) positionsTitled(tf string, unit *string) []string {
	x := m.search
	var ps []uint32
	if unit != nil && vn.Fold(*unit) != "" {
		inUnit := m.num[schema.InUnit]
		for _, u := range x.units[schema.UnitMatchKey(vn.Fold(*unit))] {
			for _, e := range m.in.of(u, inUnit) {
				if slices.Contains(x.titleOf[e.other], tf) {
					ps = append(ps, e.other)
				}
			}
		}
	} else {
		ps = x.titles[tf]
	}
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		if id := idOf(m.vals[p]); id != "" {
			out = append(out, id)
		}
	}
	return out
}

// found is Graph.found from the index: the nodes with every query token but
// the last as a whole token, matched on every token; when none match (or
// the query is one word), the nodes with a token that begins with the
// query's longest one.
func (m *model) found(toks []string, kinds []schema.Kind) ([]string, map[string]*terms, error) {
	x := m.search
	if len(toks) >= 2 {
		cands := x.withToken(toks[0])
		for _, t := range toks[1 : len(toks)-1] {
			cands = intersect(cands, x.withToken(t))
		}
		// A full name's first words can be words of thousands of names
		// (Đặng Thu … folds to the đảng and thư of every Bí thư Đảng ủy):
		// the nodes with a token the last word begins, when they are fewer,
		// narrow them to those matching can accept.
		if last := toks[len(toks)-1]; x.prefixFewer(last, len(cands)) {
			cands = intersect(cands, x.withPrefix(last))
		}
		if ids, found := m.matching(cands, toks, kinds); len(found) > 0 {
			return ids, found, nil
		}
	}
	longest := slices.MaxFunc(toks, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	ids, found := m.matching(x.withPrefix(longest), toks, kinds)
	return ids, found, nil
}

// intersect are the numbers in both sorted lists.
func intersect(a, b []uint32) []uint32 {
	var out []uint32
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// matching is Graph.matching over the model: the candidates of kinds whose
// tokens match every query token, with their terms, and their ids.
func (m *model) matching(cands []uint32, toks []string, kinds []schema.Kind) ([]string, map[string]*terms) {
	name, mergedInto := m.num[schema.Name], m.num[schema.MergedInto]
	var ids []string
	out := map[string]*terms{}
	for _, n := range cands {
		// Tokens and kind first, read from the index: a full name's first
		// words can be words of thousands of names (Đặng Thu … folds to
		// the đảng and thư of every Bí thư Đảng ủy), and only the nodes
		// that match are named.
		nt := m.search.terms[n]
		if nt == nil || !matchesAll(toks, nt.tokens) || !slices.Contains(kinds, nt.kind) {
			continue
		}
		id := idOf(m.vals[n])
		if id == "" {
			continue
		}
		ids = append(ids, id)
		t := &terms{kind: nt.kind, keys: nt.keys, tokens: nt.tokens}
		t.name = m.nameOfNode(n, name, id)
		for _, e := range m.out.of(n, mergedInto) {
			if into := idOf(m.vals[e.other]); into != "" && into != id && (t.into == "" || m.curated(e)) {
				t.into = into
			}
		}
		out[id] = t
	}
	return ids, out
}

// nameOfNode is nameOf node n's names (name is the number of schema.Name),
// kept with the model: a word's first letters find thousands of entities,
// each ranked by its name, the same from one search to the next.
func (m *model) nameOfNode(n, name uint32, id string) string {
	if s, ok := m.names.Load(n); ok {
		return s.(string)
	}
	var fs facts
	for _, e := range m.out.of(n, name) {
		fs = append(fs, m.fact(n, schema.Name, e))
	}
	s := nameOf(fs, id)
	m.names.Store(n, s)
	return s
}

// uniq is ss sorted, each once.
func uniq(ss []string) []string {
	slices.Sort(ss)
	return slices.Compact(ss)
}
