package loader

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cadregraph/cadregraph/loader/curation"
	"github.com/cadregraph/cadregraph/loader/write"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// A join is a derived merge: an entity that cadregraph infers is another
// one across articles, with the key that decided it (kept on the merged
// entity, schema.JoinKey, since its own facts move to the survivor).
type join struct {
	into string
	key  string
}

// A joiner finds the derived merges of one kind of entity. Each is a
// function of the store (and of the joins already made, whose merged
// entities no longer show their facts), so a load can recompute them all
// and take back those that no longer hold; pending are the documents of
// the articles a load holds back until the joins are known (see load),
// counted as if they were in the store.
type joiner func(ctx context.Context, qs graph.QuadStore, made map[string]join, pending []docRef) (map[string]join, error)

// joiners are the derived joins, run after every load. Others (a person
// known only with a middle initial) would be added here.
func joiners() []joiner { return []joiner{yearlessDocuments} }

// derive recomputes the derived merges and rewrites, in one transaction,
// the articles whose entities join or part; it reports how many merges
// changed. pending are the documents of articles not written yet, which
// will be written under the merges derive records.
func derive(ctx context.Context, qs graph.QuadStore, opt Options, pending []docRef) (int, error) {
	cur, err := readCurated(ctx, qs)
	if err != nil {
		return 0, err
	}
	made, err := readJoins(ctx, qs)
	if err != nil {
		return 0, err
	}
	want := map[string]join{}
	for _, j := range joiners() {
		got, err := j(ctx, qs, made, pending)
		if err != nil {
			return 0, err
		}
		for from, to := range got {
			if _, curated := cur.rules.Merges[from]; !curated {
				want[from] = to // a curator's merge of the same entity wins
			}
		}
	}
	changed := 0
	for from, j := range want {
		if made[from] != j {
			changed++
		}
	}
	for from := range made {
		if _, ok := want[from]; !ok {
			changed++
		}
	}
	if changed == 0 {
		return 0, nil
	}
	next := cur
	next.derived = map[string]string{}
	for from, j := range want {
		next.derived[from] = j.into
	}
	deltas, _, err := rewriteAffected(ctx, qs, cur, next, opt)
	if err != nil {
		return 0, fmt.Errorf("derived merges: %w", err)
	}
	// The old facts are known from the record: no scan for the label.
	fd := write.Diff(joinFacts(made), joinFacts(want))
	if err := write.Apply(ctx, qs, append(deltas, fd...)); err != nil {
		return 0, fmt.Errorf("derived merges: write: %w", err)
	}
	return changed, nil
}

// readJoins is the derived merges the store holds, with their keys, from
// their record (schema.DerivedJoins): one node read, where finding the
// mergedInto quads would scan the store on backends without a predicate index.
func readJoins(ctx context.Context, qs graph.QuadStore) (map[string]join, error) {
	js, err := write.Literals(ctx, qs, schema.DerivedNode, schema.DerivedJoins, schema.LabelDerived)
	if err != nil {
		return nil, err
	}
	out := map[string]join{}
	for _, s := range js { // two only if a write was torn: take both, the next derive settles it
		var m map[string]struct{ Into, Key string }
		if err := json.Unmarshal([]byte(s), &m); err != nil {
			return nil, fmt.Errorf("read the derived merges: %w", err)
		}
		for from, j := range m {
			out[from] = join{into: j.Into, key: j.Key}
		}
	}
	return out, nil
}

// joinFacts are the quads that record joins: each merge with its key, and
// the record.
func joinFacts(joins map[string]join) []quad.Quad {
	if len(joins) == 0 {
		return nil
	}
	var out []quad.Quad
	rec := map[string]struct{ Into, Key string }{}
	for _, from := range sortedIDs(joins) {
		j := joins[from]
		rec[from] = struct{ Into, Key string }{j.into, j.key}
		out = append(out,
			quad.Quad{Subject: schema.IRI(from), Predicate: schema.MergedInto, Object: schema.IRI(j.into), Label: schema.LabelDerived},
			quad.Quad{Subject: schema.IRI(from), Predicate: schema.JoinKey, Object: quad.String(j.key), Label: schema.LabelDerived})
	}
	b, _ := json.Marshal(rec) // plain strings: cannot fail; maps marshal in key order
	return append(out, quad.Quad{Subject: schema.DerivedNode, Predicate: schema.DerivedJoins, Object: quad.String(string(b)), Label: schema.LabelDerived})
}

// yearlessDocuments joins a numbered document read without its year (its id
// made with year 0) to the one dated document of the same kind, number and
// issuer sign, when the store has exactly one; with several years it stays
// apart, since it could be any of them.
func yearlessDocuments(ctx context.Context, qs graph.QuadStore, made map[string]join, pending []docRef) (map[string]join, error) {
	ids, err := ofClass(ctx, qs, schema.ClassDocument)
	if err != nil {
		return nil, err
	}
	dated := map[string]map[string]bool{} // key → dated ids
	yearless := map[string][]string{}     // key → yearless ids
	for _, id := range ids {
		key, year, ok, err := documentKey(ctx, qs, id)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		if year == 0 {
			yearless[key] = append(yearless[key], id)
			continue
		}
		if dated[key] == nil {
			dated[key] = map[string]bool{}
		}
		dated[key][id] = true
	}
	for _, d := range pending {
		if d.year == 0 {
			yearless[d.key] = append(yearless[d.key], d.id)
			continue
		}
		if dated[d.key] == nil {
			dated[d.key] = map[string]bool{}
		}
		dated[d.key][d.id] = true
	}
	for from, j := range made {
		if strings.HasPrefix(j.key, "document ") {
			yearless[j.key] = append(yearless[j.key], from)
		}
	}
	out := map[string]join{}
	for key, xs := range yearless {
		if len(dated[key]) != 1 {
			continue
		}
		for into := range dated[key] {
			for _, x := range xs {
				out[x] = join{into: into, key: key}
			}
		}
	}
	return out, nil
}

// A docRef is a numbered document as a load sees it before writing: its id,
// the key of its kind, number and issuer sign, and its year (0 when read
// without one).
type docRef struct {
	id   string
	key  string
	year int
}

// docParts gathers, from a document's quads, the parts schema.DocumentID may
// have made its id of.
type docParts struct {
	kinds, numbers, signs set
	years                 map[int]bool
}

func newDocParts() *docParts {
	return &docParts{kinds: set{}, numbers: set{}, signs: set{"": true}, years: map[int]bool{0: true}}
}

func (p *docParts) add(q quad.Quad) {
	switch q.Predicate {
	case schema.HasDocKind:
		p.kinds[curation.Key(q.Object)] = true
	case schema.Number:
		p.numbers[curation.Key(q.Object)] = true
	case schema.Code:
		p.signs[schema.CodeSign(curation.Key(q.Object))] = true
	case schema.IssuedBy:
		if u, ok := schema.IDOf(q.Object); ok {
			p.signs[u] = true
		}
	case schema.Issued:
		if y, err := strconv.Atoi(strings.SplitN(curation.Key(q.Object), "-", 2)[0]); err == nil {
			p.years[y] = true
		}
	}
}

// key is the kind, number and issuer sign of the document id ("document
// RESOLUTION 21 /TW") and its year, found by trying the parts against the
// id. ok is false for a document known by name alone.
func (p *docParts) key(id string) (key string, year int, ok bool) {
	for k := range p.kinds {
		for n := range p.numbers {
			for s := range p.signs {
				for y := range p.years {
					if schema.DocumentID(schema.DocKind(k), n, s, y) == id {
						return fmt.Sprintf("document %s %s /%s", k, strings.TrimLeft(n, "0"), s), y, true
					}
				}
			}
		}
	}
	return "", 0, false
}

// documentKey is the key and year of the document id from its facts in
// the store (see docParts.key).
func documentKey(ctx context.Context, qs graph.QuadStore, id string) (key string, year int, ok bool, err error) {
	ref := qs.ValueOf(schema.IRI(id))
	if ref == nil {
		return "", 0, false, nil
	}
	p := newDocParts()
	it := qs.QuadIterator(quad.Subject, ref)
	for it.Next(ctx) {
		p.add(qs.Quad(it.Result()))
	}
	err = it.Err()
	it.Close()
	if err != nil {
		return "", 0, false, fmt.Errorf("read document %s: %w", id, err)
	}
	key, year, ok = p.key(id)
	return key, year, ok, ctx.Err()
}

// documentRefs is the numbered documents among an article's quads, as
// emit writes them (before any merge moves their facts).
func documentRefs(quads []quad.Quad) []docRef {
	parts := map[quad.Value]*docParts{}
	var order []quad.Value
	for _, q := range quads {
		id, ok := schema.IDOf(q.Subject)
		if !ok {
			continue
		}
		if k, _ := schema.KindOfID(id); k != schema.Document {
			continue
		}
		p := parts[q.Subject]
		if p == nil {
			p = newDocParts()
			parts[q.Subject] = p
			order = append(order, q.Subject)
		}
		p.add(q)
	}
	var out []docRef
	for _, v := range order {
		id, _ := schema.IDOf(v)
		if key, year, ok := parts[v].key(id); ok {
			out = append(out, docRef{id: id, key: key, year: year})
		}
	}
	return out
}

type set map[string]bool

// ofClass is the ids of the nodes of class c, sorted.
func ofClass(ctx context.Context, qs graph.QuadStore, c quad.IRI) ([]string, error) {
	ref := qs.ValueOf(c)
	if ref == nil {
		return nil, nil
	}
	seen := map[string]bool{}
	it := qs.QuadIterator(quad.Object, ref)
	defer it.Close()
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		if q.Predicate == schema.RDFType {
			if id, ok := schema.IDOf(q.Subject); ok {
				seen[id] = true
			}
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("list the nodes of %s: %w", c, err)
	}
	return sortedIDs(seen), ctx.Err()
}

func sortedIDs[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
