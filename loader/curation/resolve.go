package curation

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Plan is a curation file resolved against a store: the rules that rewrite
// articles, and the curated facts (labelled schema.LabelCuration, with the
// record of the curation itself), which together make the store's curation.
type Plan struct {
	Rules Rules
	Facts []quad.Quad
	Hash  string
}

// Resolve checks every reference of f against the store and makes the plan.
// An unknown or ambiguous entity, a merge of two kinds, or a merge cycle is an
// *Error naming the entry.
func Resolve(ctx context.Context, qs graph.QuadStore, f *File) (*Plan, error) {
	r := resolver{ctx: ctx, qs: qs, f: f, seen: map[quad.Quad]bool{}, bound: map[string]string{}}
	if err := r.readBindings(); err != nil {
		return nil, err
	}
	p := &Plan{Rules: Rules{Merges: map[string]string{}, Bindings: r.bound}}
	r.merges = p.Rules.Merges
	for _, m := range f.Merges {
		from, err := r.ref(m.Entry, m.From, "from")
		if err != nil {
			return nil, err
		}
		into, err := r.ref(m.Entry, m.Into, "into")
		if err != nil {
			return nil, err
		}
		if from == into {
			return nil, r.fail(m.Entry, "%s is merged into itself", from)
		}
		if kf, ki := kindOf(from), kindOf(into); kf != ki {
			return nil, r.fail(m.Entry, "cannot merge a %s into a %s", strings.ToLower(string(kf)), strings.ToLower(string(ki)))
		}
		if prev, ok := p.Rules.Merges[from]; ok && prev != into {
			return nil, r.fail(m.Entry, "%s is already merged into %s", from, prev)
		}
		p.Rules.Merges[from] = into
		// A cycle would leave no survivor.
		at := into
		for range len(p.Rules.Merges) + 1 {
			next, ok := p.Rules.Merges[at]
			if !ok {
				break
			}
			if next == from || at == from {
				return nil, r.fail(m.Entry, "merging %s into %s closes a cycle of merges", from, into)
			}
			at = next
		}
		r.add(schema.IRI(from), schema.MergedInto, schema.IRI(into))
	}
	for _, s := range f.Splits {
		x, err := r.ref(s.Entry, s.Entity, "entity")
		if err != nil {
			return nil, err
		}
		k := kindOf(x)
		into := schema.ID(k, "split "+x+" "+vn.Key(s.Name))
		arts := append([]string(nil), s.Articles...)
		sort.Strings(arts)
		p.Rules.Splits = append(p.Rules.Splits, SplitRule{Entity: x, Into: into, Articles: arts})
		n := schema.IRI(into)
		r.add(n, schema.RDFType, k.Class())
		r.add(n, schema.Name, quad.String(s.Name))
		r.add(n, schema.SplitFrom, schema.IRI(x))
	}
	for _, rn := range f.Renames {
		x, err := r.liveRef(rn.Entry, rn.Entity, "entity")
		if err != nil {
			return nil, err
		}
		n := schema.IRI(x)
		old, err := r.literals(n, schema.Name)
		if err != nil {
			return nil, err
		}
		r.add(n, schema.Name, quad.String(rn.Name))
		for _, o := range old {
			if o != rn.Name {
				r.add(n, schema.Alias, quad.String(o))
			}
		}
	}
	for _, d := range f.Drops {
		s, err := r.ref(d.Entry, d.Subject, "subject")
		if err != nil {
			return nil, err
		}
		o, err := r.value(d.Entry, d.Object)
		if err != nil {
			return nil, err
		}
		p.Rules.Drops = append(p.Rules.Drops, DropRule{Subject: s, Predicate: string(predicate(d.Predicate)), Object: Key(o), Article: d.Article})
	}
	for _, a := range f.Adds {
		if a.Fact != nil {
			s, err := r.liveRef(a.Entry, a.Fact.Subject, "subject")
			if err != nil {
				return nil, err
			}
			o, err := r.value(a.Entry, a.Fact.Object)
			if err != nil {
				return nil, err
			}
			if id, ok := schema.IDOf(o); ok {
				if id, err = r.live(id); err != nil {
					return nil, err
				}
				o = schema.IRI(id)
			}
			r.add(schema.IRI(s), predicate(a.Fact.Predicate), o)
			continue
		}
		if err := r.tenure(a.Entry, a.Tenure); err != nil {
			return nil, err
		}
	}
	for _, x := range f.Externals {
		id, err := r.liveRef(x.Entry, x.Entity, "entity")
		if err != nil {
			return nil, err
		}
		for _, e := range x.IDs {
			r.add(schema.IRI(id), schema.ExternalID, quad.String(e))
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p.Facts = r.out
	h := sha256.New()
	h.Write([]byte(p.Rules.JSON()))
	for _, q := range p.Facts {
		h.Write([]byte(q.NQuad() + "\n"))
	}
	p.Hash = hex.EncodeToString(h.Sum(nil)[:16])
	p.Facts = append(p.Facts,
		quad.Quad{Subject: schema.CurationNode, Predicate: schema.CurationHash, Object: quad.String(p.Hash), Label: schema.LabelCuration},
		quad.Quad{Subject: schema.CurationNode, Predicate: schema.CurationRules, Object: quad.String(p.Rules.JSON()), Label: schema.LabelCuration},
	)
	return p, nil
}

type resolver struct {
	ctx    context.Context
	qs     graph.QuadStore
	f      *File
	out    []quad.Quad
	seen   map[quad.Quad]bool
	prev   map[string]string // the bindings of the curation the store holds
	bound  map[string]string // this one's
	merges map[string]string // this one's merges, once read
}

// live is the entity that answers for id once merged: a fact the curation
// gives a merged entity goes to its survivor, where readers see it.
func (r *resolver) live(id string) (string, error) {
	for range 64 { // chains are short; a cycle is refused before
		if next, ok := r.merges[id]; ok {
			id = next
			continue
		}
		next := ""
		ref := r.qs.ValueOf(schema.IRI(id))
		if ref == nil {
			return id, nil
		}
		err := each(r.ctx, r.qs, quad.Subject, ref, func(q quad.Quad) bool {
			if q.Predicate == schema.MergedInto && q.Label == schema.LabelDerived {
				next, _ = schema.IDOf(q.Object)
			}
			return next == ""
		})
		if err != nil || next == "" {
			return id, err
		}
		id = next
	}
	return id, nil
}

// liveRef is ref, then live.
func (r *resolver) liveRef(e Entry, x Ref, field string) (string, error) {
	id, err := r.ref(e, x, field)
	if err != nil {
		return "", err
	}
	return r.live(id)
}

// readBindings reads the bindings of the curation the store holds.
func (r *resolver) readBindings() error {
	ref := r.qs.ValueOf(schema.CurationNode)
	if ref == nil {
		return nil
	}
	r.prev = map[string]string{}
	return each(r.ctx, r.qs, quad.Subject, ref, func(q quad.Quad) bool {
		if q.Predicate == schema.CurationRules && q.Label == schema.LabelCuration {
			if rules, err := ParseRules(quad.ToString(q.Object)); err == nil {
				for k, v := range rules.Bindings {
					r.prev[k] = v
				}
			}
		}
		return true
	})
}

func (r *resolver) fail(e Entry, format string, a ...any) error {
	return &Error{Path: r.f.Path, Line: e.Line, Entry: e.Name, Msg: fmt.Sprintf(format, a...)}
}

func (r *resolver) add(s quad.IRI, p quad.IRI, o quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: schema.LabelCuration}
	if !r.seen[q] {
		r.seen[q] = true
		r.out = append(r.out, q)
	}
}

// tenure adds a post held as the loader writes one: the position (created
// if new), the holds edge, the tenure, and an observation carrying the dates
// and the curator's note.
func (r *resolver) tenure(e Entry, t *Tenure) error {
	person, err := r.liveRef(e, t.Person, "person")
	if err != nil {
		return err
	}
	if kindOf(person) != schema.Person {
		return r.fail(e, "a tenure's person must be a person, not %s", person)
	}
	unitID, unitName := "", ""
	if t.Unit != nil {
		if unitID, err = r.liveRef(e, *t.Unit, "unit"); err != nil {
			return err
		}
		if kindOf(unitID) != schema.Unit {
			return r.fail(e, "a tenure's unit must be a unit, not %s", unitID)
		}
		names, err := r.literals(schema.IRI(unitID), schema.Name)
		if err != nil {
			return err
		}
		if len(names) > 0 {
			unitName = names[0]
		}
	}
	pos := schema.PositionID(t.Title, unitID)
	pn := schema.IRI(pos)
	r.add(pn, schema.RDFType, schema.ClassPosition)
	r.add(pn, schema.Name, quad.String(schema.PositionName(t.Title, unitName)))
	r.add(pn, schema.PostTitle, quad.String(t.Title))
	if unitID != "" {
		r.add(pn, schema.InUnit, schema.IRI(unitID))
	}
	r.add(schema.IRI(person), schema.Holds, pn)
	tid := schema.TenureID(person, pos)
	tn := schema.IRI(tid)
	r.add(tn, schema.RDFType, schema.ClassTenure)
	r.add(tn, schema.PersonOf, schema.IRI(person))
	r.add(tn, schema.PositionOf, pn)
	seen := t.Seen
	if seen.IsZero() {
		seen = t.Start
	}
	if seen.IsZero() {
		seen = t.End
	}
	on := schema.IRI(schema.ObservationID(tid, "curation", seen))
	r.add(on, schema.RDFType, schema.ClassObservation)
	r.add(on, schema.Observes, tn)
	r.add(on, schema.Seen, schema.DateValue(seen))
	if !t.Start.IsZero() {
		r.add(on, schema.StartDate, schema.DateValue(t.Start))
	}
	if !t.End.IsZero() {
		r.add(on, schema.EndDate, schema.DateValue(t.End))
	}
	if t.Note != "" {
		r.add(on, schema.Note, quad.String(t.Note))
	}
	return nil
}

// value is a fact's object as a quad value.
func (r *resolver) value(e Entry, v Value) (quad.Value, error) {
	switch {
	case v.Node != nil:
		id, err := r.ref(e, *v.Node, "object")
		if err != nil {
			return nil, err
		}
		return schema.IRI(id), nil
	case v.Int != nil:
		return quad.Int(*v.Int), nil
	case !v.Date.IsZero():
		return schema.DateValue(v.Date), nil
	}
	return quad.String(v.String), nil
}

// ref is the id of the entity a reference names. An id must be in the
// store (as an entity, or as one merged into another); a kind and name must
// name exactly one entity: the id the loader would give the name, if the
// store has it, else the one entity of that kind with that name or alias.
func (r *resolver) ref(e Entry, x Ref, field string) (string, error) {
	if err := r.ctx.Err(); err != nil {
		return "", err
	}
	if x.ID != "" {
		ok, err := r.known(x.ID)
		if err != nil {
			return "", err
		}
		if !ok {
			return "", r.fail(e, "%s: no entity %s in the store", field, x.ID)
		}
		return x.ID, nil
	}
	key := x.String()
	if id, ok := r.prev[key]; ok {
		known, err := r.known(id)
		if err != nil {
			return "", err
		}
		if known {
			r.bound[key] = id
			return id, nil
		}
	}
	id, err := r.byName(e, x, field)
	if err == nil {
		r.bound[key] = id
	}
	return id, err
}

// byName resolves a reference by kind and name.
func (r *resolver) byName(e Entry, x Ref, field string) (string, error) {
	var guess string
	switch x.Kind {
	case schema.Person:
		guess = schema.PersonID(x.Name)
	case schema.Unit:
		guess = schema.UnitID(x.Name, "")
	}
	if guess != "" {
		ok, err := r.known(guess)
		if err != nil {
			return "", err
		}
		if ok {
			return guess, nil
		}
	}
	ids, err := r.named(x.Kind, x.Name)
	if err != nil {
		return "", err
	}
	switch len(ids) {
	case 0:
		return "", r.fail(e, "%s: no %s named %q in the store", field, strings.ToLower(string(x.Kind)), x.Name)
	case 1:
		return ids[0], nil
	}
	return "", r.fail(e, "%s: %q is ambiguous, %d entities have that name: %s; name one by its id", field, x.Name, len(ids), strings.Join(ids, ", "))
}

// known reports whether id is an entity of the store, or was merged into one.
func (r *resolver) known(id string) (bool, error) {
	n := r.qs.ValueOf(schema.IRI(id))
	if n == nil {
		return false, nil
	}
	found := false
	err := each(r.ctx, r.qs, quad.Subject, n, func(q quad.Quad) bool {
		if q.Predicate == schema.RDFType || q.Predicate == schema.MergedInto {
			found = true
		}
		return !found
	})
	if found || err != nil {
		return found, err
	}
	// An entity split into others in every article it was in has no quads
	// of its own left, but the curation that split it still names it.
	err = each(r.ctx, r.qs, quad.Object, n, func(q quad.Quad) bool {
		found = q.Predicate == schema.SplitFrom
		return !found
	})
	return found, err
}

// named is the entities of kind k with name or alias s, sorted.
func (r *resolver) named(k schema.Kind, s string) ([]string, error) {
	v := r.qs.ValueOf(quad.String(s))
	if v == nil {
		return nil, nil
	}
	cands := map[string]bool{}
	err := each(r.ctx, r.qs, quad.Object, v, func(q quad.Quad) bool {
		if q.Predicate == schema.Name || q.Predicate == schema.Alias {
			if id, ok := schema.IDOf(q.Subject); ok {
				if kk, ok := schema.KindOfID(id); ok && kk == k {
					cands[id] = true
				}
			}
		}
		return true
	})
	return sortedKeys(cands), err
}

// literals are the distinct string values of n's predicate p, sorted.
func (r *resolver) literals(n quad.IRI, p quad.IRI) ([]string, error) {
	ref := r.qs.ValueOf(n)
	if ref == nil {
		return nil, nil
	}
	vals := map[string]bool{}
	err := each(r.ctx, r.qs, quad.Subject, ref, func(q quad.Quad) bool {
		if q.Predicate == p && q.Label != schema.LabelCuration {
			if s, ok := q.Object.(quad.String); ok {
				vals[string(s)] = true
			}
		}
		return true
	})
	return sortedKeys(vals), err
}

// each calls fn on the quads with ref in direction d until fn returns false.
func each(ctx context.Context, qs graph.QuadStore, d quad.Direction, ref graph.Ref, fn func(quad.Quad) bool) error {
	it := qs.QuadIterator(d, ref)
	defer it.Close()
	for it.Next(ctx) {
		if !fn(qs.Quad(it.Result())) {
			break
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("read the store: %w", err)
	}
	return ctx.Err()
}

// predicate is a predicate as the file writes it: a name of cadregraph's
// vocabulary, or a whole IRI.
func predicate(p string) quad.IRI {
	if strings.Contains(p, ":") {
		return quad.IRI(p)
	}
	return quad.IRI(schema.NS + p)
}

func kindOf(id string) schema.Kind {
	k, _ := schema.KindOfID(id)
	return k
}
