package curation

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
)

// Rules are what a curation changes in the articles themselves: they rewrite
// every article written while the curation holds. They are stored as JSON with
// the curation (schema.CurationRules) so that a later load knows what to take
// back.
type Rules struct {
	// Merges maps an entity to the one that answers for it: a curator's
	// merges here; the store's derived merges are added by Rewriter.
	Merges map[string]string `json:"merges,omitempty"`
	Splits []SplitRule       `json:"splits,omitempty"`
	Drops  []DropRule        `json:"drops,omitempty"`
	// Bindings are the entities the file named by kind and name, as they
	// were resolved: once merged, a name is the survivor's alias, and the
	// next load must still read it as the merged entity.
	Bindings map[string]string `json:"bindings,omitempty"`
}

// SplitRule moves what Articles say of Entity to Into.
type SplitRule struct {
	Entity   string   `json:"entity"`
	Into     string   `json:"into"`
	Articles []string `json:"articles"`
}

// DropRule removes the facts (Subject, Predicate, Object), from Article only
// when it is set. Subject is an id; Object is Key of the object.
type DropRule struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	Article   string `json:"article,omitempty"`
}

// Key is a value as a drop rule compares it: an id for a node of
// cadregraph's, the lexical form for a literal, the IRI for other IRIs.
func Key(v quad.Value) string {
	if id, ok := schema.IDOf(v); ok {
		return id
	}
	switch v := v.(type) {
	case quad.IRI:
		return string(v)
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case quad.Int:
		return strconv.FormatInt(int64(v), 10)
	case quad.Bool:
		return strconv.FormatBool(bool(v))
	case nil:
		return ""
	}
	return fmt.Sprint(quad.NativeOf(v))
}

// Empty reports whether the rules change nothing.
func (r Rules) Empty() bool {
	return len(r.Merges) == 0 && len(r.Splits) == 0 && len(r.Drops) == 0
}

// JSON is the rules' stored form, the same for the same rules.
func (r Rules) JSON() string {
	b, err := json.Marshal(r) // maps marshal in key order
	if err != nil {
		return "{}" // unreachable: plain strings only
	}
	return string(b)
}

// ParseRules reads the stored form.
func ParseRules(s string) (Rules, error) {
	var r Rules
	if s == "" {
		return r, nil
	}
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		return Rules{}, fmt.Errorf("read the stored curation rules: %w", err)
	}
	return r, nil
}

// Entities are the ids the rules touch: merged, split and split-off entities,
// and the nodes of dropped facts. An article whose quads name none of them
// is written alike with or without the rules.
func (r Rules) Entities() map[string]bool {
	out := map[string]bool{}
	for from, into := range r.Merges {
		out[from], out[into] = true, true
	}
	for _, s := range r.Splits {
		out[s.Entity], out[s.Into] = true, true
	}
	for _, d := range r.Drops {
		out[d.Subject] = true
		if LooksLikeID(d.Object) {
			out[d.Object] = true
		}
	}
	return out
}

// Rewriter rewrites an article's quads under rules and the store's other
// merges. It is read-only once made, safe for concurrent use.
type Rewriter struct {
	merges map[string]string // every merge, curator's and derived
	splits map[string][]SplitRule
	drops  map[[3]string][]DropRule
	// moved are the ids Article rewrites or drops facts of: merged and
	// split entities, the subjects of dropped facts. An article whose
	// quads name none of them, as subject or object, is written as it is.
	moved map[string]bool
}

// NewRewriter makes the rewriter of rules plus extra merges (the store's
// derived ones); rules' merges win over extra ones for the same entity.
func NewRewriter(r Rules, extra map[string]string) *Rewriter {
	w := &Rewriter{merges: map[string]string{}, splits: map[string][]SplitRule{}, drops: map[[3]string][]DropRule{}}
	for from, into := range extra {
		w.merges[from] = into
	}
	for from, into := range r.Merges {
		w.merges[from] = into
	}
	for _, s := range r.Splits {
		w.splits[s.Entity] = append(w.splits[s.Entity], s)
	}
	for _, d := range r.Drops {
		k := [3]string{d.Subject, d.Predicate, d.Object}
		w.drops[k] = append(w.drops[k], d)
	}
	w.moved = make(map[string]bool, len(w.merges)+len(w.splits)+len(r.Drops))
	for from := range w.merges {
		w.moved[from] = true
	}
	for id := range w.splits {
		w.moved[id] = true
	}
	for _, d := range r.Drops {
		w.moved[d.Subject] = true
	}
	return w
}

// Merges is every merge the rewriter applies, from → into.
func (w *Rewriter) Merges() map[string]string { return w.merges }

// Survivor is the entity that answers for id: id itself, or the end of its
// chain of merges.
func (w *Rewriter) Survivor(id string) string {
	seen := 0
	for {
		next, ok := w.merges[id]
		if !ok || next == id || seen > len(w.merges) { // a cycle is refused by Resolve; stop anyway
			return id
		}
		id = next
		seen++
	}
}

// Identity reports whether the rewriter changes nothing.
func (w *Rewriter) Identity() bool {
	return w == nil || len(w.merges) == 0 && len(w.splits) == 0 && len(w.drops) == 0
}

// Article rewrites the quads of the article with id articleID: an entity split
// for this article becomes its split-off entity, a merged entity its survivor
// (its name an alias there), tenures follow their person and position to the
// survivors' tenure node, and dropped facts go. Labels are kept. The article's
// own type quad (write.Marker) is never dropped.
//
// quads are an article's, each once (as emit makes them): an article that
// names no entity the rules move is returned as it is, without the rewrite's
// maps (after a load's derived merges, seven articles in ten of the
// synthetic corpus are written under a few merges that concern none of them).
func (w *Rewriter) Article(articleID string, quads []quad.Quad) []quad.Quad {
	if w.Identity() || !w.names(quads) {
		return quads
	}
	return w.rewrite(articleID, quads)
}

// rewrite is Article for an article that may name what the rules move.
func (w *Rewriter) rewrite(articleID string, quads []quad.Quad) []quad.Quad {
	rename := map[quad.Value]quad.Value{}
	node := func(v quad.Value) quad.Value {
		if r, ok := rename[v]; ok {
			return r
		}
		id, ok := schema.IDOf(v)
		if !ok {
			return v
		}
		out := id
		for _, s := range w.splits[id] {
			if contains(s.Articles, articleID) {
				out = s.Into
				break
			}
		}
		out = w.Survivor(out)
		var r quad.Value = v
		if out != id {
			r = schema.IRI(out)
		}
		rename[v] = r
		return r
	}
	// Positions are keyed by title and unit, congresses by unit and ordinal
	// or term: when their unit moves, they move to the survivor's own post
	// or congress, so one post is one node whichever unit id an article used.
	w.followUnits(quads, node, rename)
	// Tenure nodes are keyed by person and position: when either moves, so
	// does the tenure, to the survivors' own tenure node.
	people, posts := map[quad.Value]quad.Value{}, map[quad.Value]quad.Value{}
	for _, q := range quads {
		switch q.Predicate {
		case schema.PersonOf:
			people[q.Subject] = q.Object
		case schema.PositionOf:
			posts[q.Subject] = q.Object
		}
	}
	for t, p := range people {
		pos, ok := posts[t]
		if !ok {
			continue
		}
		pid, _ := schema.IDOf(p)
		posid, _ := schema.IDOf(pos)
		np, npos := node(p), node(pos)
		if np == p && npos == pos {
			continue
		}
		nid, _ := schema.IDOf(np)
		nposid, _ := schema.IDOf(npos)
		if tid, ok := schema.IDOf(t); ok && tid == schema.TenureID(pid, posid) {
			rename[t] = schema.IRI(schema.TenureID(nid, nposid))
		}
	}
	marker := quad.Quad{Subject: schema.IRI(articleID), Predicate: schema.RDFType, Object: schema.ClassArticle, Label: schema.ArticleLabel(articleID)}
	out := make([]quad.Quad, 0, len(quads))
	seen := make(map[quad.Quad]bool, len(quads))
	for _, q := range quads {
		if q != marker && (w.dropped(articleID, q) || w.dropped(articleID, quad.Quad{Subject: node(q.Subject), Predicate: q.Predicate, Object: node(q.Object)})) {
			continue
		}
		s, o := node(q.Subject), node(q.Object)
		if s != q.Subject && q.Predicate == schema.Name {
			// The merged entity's name is one of the survivor's aliases; a
			// split-off entity's too, since the curation names it.
			q.Predicate = schema.Alias
		}
		q.Subject, q.Object = s, o
		if !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	return out
}

// names reports whether one of quads has a subject or an object the rules
// move: the only nodes Article renames, whose facts it drops, or that carry a
// tenure, a position or a congress elsewhere (followUnits).
func (w *Rewriter) names(quads []quad.Quad) bool {
	for _, q := range quads {
		if id, ok := schema.IDOf(q.Subject); ok && w.moved[id] {
			return true
		}
		if id, ok := schema.IDOf(q.Object); ok && w.moved[id] {
			return true
		}
	}
	return false
}

// followUnits renames, in rename, the positions and congresses of an
// article whose unit node moves, when their id is the one their unit and
// other parts make (the loader's ids; a curated id is left alone).
func (w *Rewriter) followUnits(quads []quad.Quad, node func(quad.Value) quad.Value, rename map[quad.Value]quad.Value) {
	unit := map[quad.Value]quad.Value{}
	title, term := map[quad.Value]string{}, map[quad.Value]string{}
	ordinal := map[quad.Value]int{}
	for _, q := range quads {
		switch q.Predicate {
		case schema.InUnit, schema.HeldBy:
			unit[q.Subject] = q.Object
		case schema.PostTitle:
			title[q.Subject] = quad.ToString(q.Object)
		case schema.Term:
			term[q.Subject] = quad.ToString(q.Object)
		case schema.Ordinal:
			ordinal[q.Subject], _ = schema.ToInt(q.Object)
		}
	}
	for n, u := range unit {
		nu := node(u)
		if nu == u || node(n) != n {
			continue
		}
		id, _ := schema.IDOf(n)
		from, _ := schema.IDOf(u)
		to, _ := schema.IDOf(nu)
		var moved string
		switch k, _ := schema.KindOfID(id); k {
		case schema.Position:
			if t, ok := title[n]; ok && id == schema.PositionID(t, from) {
				moved = schema.PositionID(t, to)
			}
		case schema.Congress:
			if id == schema.CongressID(from, ordinal[n], term[n]) {
				moved = schema.CongressID(to, ordinal[n], term[n])
			}
		}
		if moved != "" {
			rename[n] = schema.IRI(moved)
		}
	}
}

func (w *Rewriter) dropped(articleID string, q quad.Quad) bool {
	if len(w.drops) == 0 {
		return false
	}
	s, ok := schema.IDOf(q.Subject)
	if !ok {
		return false
	}
	p, _ := q.Predicate.(quad.IRI)
	for _, d := range w.drops[[3]string{s, string(p), Key(q.Object)}] {
		if d.Article == "" || d.Article == articleID {
			return true
		}
	}
	return false
}

// sortedKeys is m's keys in order, for stable output.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
