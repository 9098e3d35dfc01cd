package loader

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cadregraph/cadregraph/lexicon"
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
	// cited lists the dates of the articles that cite the merged entity
	// (stamps: "201103,2012"; 0 for an article nothing dates), for joiners
	// that weigh them: once merged, its citations are its survivor's and
	// cannot be told from the survivor's own.
	cited string
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
		var m map[string]joinRecord
		if err := json.Unmarshal([]byte(s), &m); err != nil {
			return nil, fmt.Errorf("read the derived merges: %w", err)
		}
		for from, j := range m {
			out[from] = join{into: j.Into, key: j.Key, cited: j.Cited}
		}
	}
	return out, nil
}

// joinRecord is a join as schema.DerivedJoins records it.
type joinRecord struct {
	Into, Key string
	Cited     string `json:",omitempty"`
}

// joinFacts are the quads that record joins: each merge with its key, and
// the record.
func joinFacts(joins map[string]join) []quad.Quad {
	if len(joins) == 0 {
		return nil
	}
	var out []quad.Quad
	rec := map[string]joinRecord{}
	for _, from := range sortedIDs(joins) {
		j := joins[from]
		rec[from] = joinRecord{j.into, j.key, j.cited}
		out = append(out,
			quad.Quad{Subject: schema.IRI(from), Predicate: schema.MergedInto, Object: schema.IRI(j.into), Label: schema.LabelDerived},
			quad.Quad{Subject: schema.IRI(from), Predicate: schema.JoinKey, Object: quad.String(j.key), Label: schema.LabelDerived})
	}
	b, _ := json.Marshal(rec) // plain strings: cannot fail; maps marshal in key order
	return append(out, quad.Quad{Subject: schema.DerivedNode, Predicate: schema.DerivedJoins, Object: quad.String(string(b)), Label: schema.LabelDerived})
}

// yearlessDocuments joins a numbered document read without its year (its id
// made with year 0) to the dated document of the same kind, number and
// issuer sign that every article citing it means.
//
// Committees number their documents afresh each term (khóa): 18-NQ/TW is
// the resolution of 25/10/2017 on the apparatus under the Central Committee
// of khóa XII and that of 16/6/2022 on land under khóa XIII, and 01-QĐNS/TW
// of 2006 and of 2011 are two decisions. A page citing a code bare means the
// document of its own term: one of an earlier term is cited with its date or
// its term. So a citation is joined only where the citing article's date and
// the document's fall in one term of the issuer (sameTerm): a researcher
// following the links of 18-NQ/TW of 2017 must not find a 2025 page that
// may mean the land resolution, while the graph's one document per code and
// year (what the scorer checks) needs every citation the date makes certain
// joined. Where the issuer's terms are not known (a sign that is no party
// committee's), a document of an article's year or less than a term before
// it (termYears) is taken, as before terms were read. A citation that
// prints its committee's term ("18-NQ/TW của Hội nghị Trung ương 6 khóa
// XII", schema.TermSign) joins that term's document whatever its page's
// date (termDocument): the term makes the identity certain.
//
// A local committee's code is keyed with its issuer (05-NQ/TU of Quảng Trị
// and of Yên Bái are two documents); a citation whose page leaves the
// issuer unsaid joins none of them.
//
// Among the dated documents of the key, each citing article must leave the
// same one. An article nothing dates leaves all of them, so the document
// joins only when the store holds one: nothing else it can mean is known.
// Otherwise it stays apart, since it could be any of them.
func yearlessDocuments(ctx context.Context, qs graph.QuadStore, made map[string]join, pending []docRef) (map[string]join, error) {
	ids, err := ofClass(ctx, qs, schema.ClassDocument)
	if err != nil {
		return nil, err
	}
	dated := map[string]map[string]stamp{} // key → dated id → its date
	yearless := map[string][]string{}      // key → yearless ids
	cited := map[string]map[stamp]bool{}   // yearless id → dates of the articles citing it
	cite := func(id string, at stamp) {
		if cited[id] == nil {
			cited[id] = map[stamp]bool{}
		}
		cited[id][at] = true
	}
	addDated := func(key, id string, at stamp) {
		if dated[key] == nil {
			dated[key] = map[string]stamp{}
		}
		dated[key][id] = at
	}
	years := map[quad.Value]stamp{} // article → its date, read once
	for _, id := range ids {
		key, at, ok, err := documentKey(ctx, qs, id)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		if at.year != 0 {
			addDated(key, id, at)
			continue
		}
		yearless[key] = append(yearless[key], id)
		arts, err := citingArticles(ctx, qs, id)
		if err != nil {
			return nil, err
		}
		for _, a := range arts {
			y, ok := years[a]
			if !ok {
				if y, err = articleDate(ctx, qs, a); err != nil {
					return nil, err
				}
				years[a] = y
			}
			cite(id, y)
		}
	}
	for _, d := range pending {
		if d.year != 0 {
			addDated(d.key, d.id, stamp{d.year, d.month})
			continue
		}
		yearless[d.key] = append(yearless[d.key], d.id)
		cite(d.id, d.cited)
	}
	for from, j := range made {
		if !strings.HasPrefix(j.key, "document ") {
			continue
		}
		yearless[j.key] = append(yearless[j.key], from)
		for _, at := range splitStamps(j.cited) {
			cite(from, at)
		}
	}
	out := map[string]join{}
	for key, xs := range yearless {
		base, khoa := termOfKey(key)
		for _, x := range xs {
			if khoa != 0 {
				// The citation names its term: it means that term's
				// document whatever the page's own date.
				if into, ok := termDocument(dated[base], khoa); ok {
					out[x] = join{into: into, key: key, cited: joinStamps(cited[x])}
				}
				continue
			}
			if into, ok := citedDocument(keySign(key), dated[key], cited[x]); ok {
				out[x] = join{into: into, key: key, cited: joinStamps(cited[x])}
			}
		}
	}
	return out, nil
}

// termYears is the length of a committee's term: a document issued this many
// years before an article may have been followed by another of its code.
const termYears = 5

// A stamp is a year and its month (0: not known), as derive compares the
// date of a citing article with a document's.
type stamp struct{ year, month int }

// before reports whether s is known to come before t.
func (s stamp) before(t stamp) bool {
	return s.year < t.year || s.year == t.year && s.month != 0 && t.month != 0 && s.month < t.month
}

// citedDocument is the one dated document (id → date) that articles of the
// dates cited can all mean; ok is false when none or several can. sign is
// the issuer part of the documents' key (TW, TU, HU, ĐU, ...).
func citedDocument(sign string, dated map[string]stamp, cited map[stamp]bool) (string, bool) {
	if len(cited) == 0 {
		cited = map[stamp]bool{{}: true} // a record written before the years were kept
	}
	found := ""
	for at := range cited {
		n, one := 0, ""
		for id, d := range dated {
			if at.year == 0 || sameTerm(sign, d, at) {
				n, one = n+1, id
			}
		}
		if n != 1 || found != "" && one != found {
			return "", false
		}
		found = one
	}
	return found, true
}

// sameTerm reports whether a document of the issuer sign dated doc is
// certainly of the term an article dated at is written in, and issued
// before it. The Central Committee and its organs (signs ending in TW: the
// Politburo, the Secretariat, BTCTW, UBKTTW) serve from one national
// congress to the next (lexicon.CentralTerm), the committees below them
// from one round of local congresses to the next (lexicon.LocalTerm); a
// date that cannot be placed in one term (a congress's month, a congress
// year without its month) places nothing. Other issuers fall back on the
// span of a term after the document.
func sameTerm(sign string, doc, at stamp) bool {
	if at.before(doc) {
		return false
	}
	switch {
	case strings.HasSuffix(sign, "TW"):
		a, ok1 := lexicon.CentralTerm(doc.year, doc.month)
		b, ok2 := lexicon.CentralTerm(at.year, at.month)
		return ok1 && ok2 && a == b
	case localSign(sign):
		a, ok1 := lexicon.LocalTerm(doc.year)
		b, ok2 := lexicon.LocalTerm(at.year)
		return ok1 && ok2 && a == b
	}
	return at.year-doc.year < termYears
}

// localSign reports the sign of a party committee below the Centre, or of
// one of its organs: Tỉnh ủy and Thành ủy (TU), Huyện ủy (HU), Quận ủy (QU),
// Thị ủy (TXU), an Đảng ủy (ĐU), an Đảng ủy Khối (ĐUK); BTGTU, UBKTHU.
func localSign(sign string) bool {
	for _, s := range []string{"TU", "HU", "QU", "ĐU", "ĐUK"} {
		if strings.HasSuffix(sign, s) {
			return true
		}
	}
	return false
}

// termOfKey splits the key of a citation that names its term ("document
// RESOLUTION 18 /TW k12", schema.TermSign) into the key of its code and the
// term; khoa is 0 for any other key.
func termOfKey(key string) (base string, khoa int) {
	head, sign, ok := strings.Cut(key, " /")
	if !ok {
		return key, 0
	}
	cs, t, ok := strings.Cut(sign, " k")
	if !ok {
		return key, 0
	}
	n, err := strconv.Atoi(t)
	if err != nil || n <= 0 {
		return key, 0
	}
	return head + " /" + cs, n
}

// termDocument is the one dated document (id → date) of the Central
// Committee's term khoa; ok is false when none or several are.
func termDocument(dated map[string]stamp, khoa int) (string, bool) {
	found := ""
	for id, d := range dated {
		if k, ok := lexicon.CentralTerm(d.year, d.month); ok && k == khoa {
			if found != "" {
				return "", false
			}
			found = id
		}
	}
	return found, found != ""
}

// keySign is the sign of a document key ("document RESOLUTION 18 /TW"; "TU"
// of "document RESOLUTION 5 /TU unit-…", a sign scoped by its issuer).
func keySign(key string) string {
	_, s, _ := strings.Cut(key, " /")
	s, _, _ = strings.Cut(s, " ")
	return s
}

// joinStamps writes a set of dates in order, "201103,2012": year*100+month
// where the month is known, the year alone where not; splitStamps reads them
// back, and reads a record of years alone as written before months were kept.
func joinStamps(ss map[stamp]bool) string {
	var out []int
	for s := range ss {
		out = append(out, s.code())
	}
	sort.Ints(out)
	parts := make([]string, len(out))
	for i, v := range out {
		parts[i] = strconv.Itoa(v)
	}
	return strings.Join(parts, ",")
}

func (s stamp) code() int {
	if s.month == 0 {
		return s.year
	}
	return s.year*100 + s.month
}

func splitStamps(s string) []stamp {
	var out []stamp
	for _, p := range strings.Split(s, ",") {
		v, err := strconv.Atoi(p)
		switch {
		case err != nil:
		case v >= 100000:
			out = append(out, stamp{v / 100, v % 100})
		default:
			out = append(out, stamp{year: v})
		}
	}
	return out
}

// citingArticles is the articles whose mentions edge names the document id.
func citingArticles(ctx context.Context, qs graph.QuadStore, id string) ([]quad.Value, error) {
	ref := qs.ValueOf(schema.IRI(id))
	if ref == nil {
		return nil, nil
	}
	mentions := graph.ToKey(qs.ValueOf(schema.Mentions))
	if mentions == nil {
		return nil, nil // no mentions edge in the store
	}
	var out []quad.Value
	it := qs.QuadIterator(quad.Object, ref)
	defer it.Close()
	for it.Next(ctx) {
		// The predicate first: the quad's other values are read only for
		// a mentions edge, and of it only the article.
		r := it.Result()
		if graph.ToKey(qs.QuadDirection(r, quad.Predicate)) == mentions {
			out = append(out, qs.NameOf(qs.QuadDirection(r, quad.Subject)))
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("read the articles citing %s: %w", id, err)
	}
	return out, ctx.Err()
}

// articleDate is the date of the article a: that of its event, else of its
// page, as a year and month; zero when neither is known.
func articleDate(ctx context.Context, qs graph.QuadStore, a quad.Value) (stamp, error) {
	ref := qs.ValueOf(a)
	if ref == nil {
		return stamp{}, nil
	}
	// The article is the subject of its every literal, its whole text among
	// them: each quad's predicate is looked at first, and the quad's values
	// read only for the two that date it.
	dating := map[any]bool{}
	for _, p := range []quad.Value{schema.EventDate, schema.Published} {
		if r := qs.ValueOf(p); r != nil {
			dating[graph.ToKey(r)] = true
		}
	}
	var event, page stamp
	it := qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	for it.Next(ctx) {
		if !dating[graph.ToKey(qs.QuadDirection(it.Result(), quad.Predicate))] {
			continue
		}
		dateOf(qs.Quad(it.Result()), &event, &page)
	}
	if err := it.Err(); err != nil {
		return stamp{}, fmt.Errorf("read the article %s: %w", a, err)
	}
	return cmp.Or(event, page), ctx.Err()
}

// dateOf sets event or page to the date of q when q dates an article.
func dateOf(q quad.Quad, event, page *stamp) {
	if q.Predicate != schema.EventDate && q.Predicate != schema.Published {
		return
	}
	d, ok := schema.ToDate(q.Object)
	if !ok {
		return
	}
	if q.Predicate == schema.EventDate {
		*event = stamp{d.Year, d.Month}
	} else {
		*page = stamp{d.Year, d.Month}
	}
}

// A docRef is a numbered document as a load sees it before writing: its id,
// the key of its kind, number and issuer sign, and its year (0 when read
// without one) and month (0 when not known).
type docRef struct {
	id          string
	key         string
	year, month int
	cited       stamp // the date of the article citing it (articleDate); zero if unknown
}

// docParts gathers, from a document's quads, the parts schema.DocumentID may
// have made its id of.
type docParts struct {
	kinds, numbers, signs set
	codeSigns, issuers    set          // the parts of a sign scoped by its issuer (resolve's scopedSign)
	terms                 map[int]bool // the term a citation names a central document by (schema.TermSign)
	years                 map[int]bool
	months                map[int]int // year issued → its month, where printed
}

func newDocParts() *docParts {
	return &docParts{kinds: set{}, numbers: set{}, signs: set{"": true}, codeSigns: set{}, issuers: set{},
		terms: map[int]bool{}, years: map[int]bool{0: true}, months: map[int]int{}}
}

func (p *docParts) add(q quad.Quad) {
	switch q.Predicate {
	case schema.HasDocKind:
		p.kinds[curation.Key(q.Object)] = true
	case schema.Number:
		p.numbers[curation.Key(q.Object)] = true
	case schema.Code:
		cs := schema.CodeSign(curation.Key(q.Object))
		p.signs[cs] = true
		p.codeSigns[cs] = true
		for u := range p.issuers {
			p.signs[cs+" "+u] = true
		}
		for t := range p.terms {
			p.signs[schema.TermSign(cs, t)] = true
		}
	case schema.CitedTerm:
		if t, ok := schema.ToInt(q.Object); ok {
			p.terms[t] = true
			for cs := range p.codeSigns {
				p.signs[schema.TermSign(cs, t)] = true
			}
		}
	case schema.IssuedBy:
		if u, ok := schema.IDOf(q.Object); ok {
			p.signs[u] = true
			p.issuers[u] = true
			for cs := range p.codeSigns {
				p.signs[cs+" "+u] = true
			}
		}
	case schema.Issued:
		parts := strings.SplitN(curation.Key(q.Object), "-", 3)
		if y, err := strconv.Atoi(parts[0]); err == nil {
			p.years[y] = true
			if len(parts) > 1 {
				if m, err := strconv.Atoi(parts[1]); err == nil {
					p.months[y] = m
				}
			}
		}
	}
}

// key is the kind, number and issuer sign of the document id ("document
// RESOLUTION 21 /TW") and its date, found by trying the parts against the
// id. ok is false for a document known by name alone.
func (p *docParts) key(id string) (key string, at stamp, ok bool) {
	for k := range p.kinds {
		for n := range p.numbers {
			for s := range p.signs {
				for y := range p.years {
					if schema.DocumentID(schema.DocKind(k), n, s, y) == id {
						return fmt.Sprintf("document %s %s /%s", k, strings.TrimLeft(n, "0"), s), stamp{y, p.months[y]}, true
					}
				}
			}
		}
	}
	return "", stamp{}, false
}

// documentKey is the key and year of the document id from its facts in
// the store (see docParts.key).
func documentKey(ctx context.Context, qs graph.QuadStore, id string) (key string, at stamp, ok bool, err error) {
	ref := qs.ValueOf(schema.IRI(id))
	if ref == nil {
		return "", stamp{}, false, nil
	}
	p := newDocParts()
	it := qs.QuadIterator(quad.Subject, ref)
	for it.Next(ctx) {
		p.add(qs.Quad(it.Result()))
	}
	err = it.Err()
	it.Close()
	if err != nil {
		return "", stamp{}, false, fmt.Errorf("read document %s: %w", id, err)
	}
	key, at, ok = p.key(id)
	return key, at, ok, ctx.Err()
}

// documentRefs is the numbered documents among an article's quads, as
// emit writes them (before any merge moves their facts).
func documentRefs(quads []quad.Quad) []docRef {
	parts := map[quad.Value]*docParts{}
	var order []quad.Value
	var event, page stamp
	for _, q := range quads {
		dateOf(q, &event, &page)
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
		if key, at, ok := parts[v].key(id); ok {
			out = append(out, docRef{id: id, key: key, year: at.year, month: at.month, cited: cmp.Or(event, page)})
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
