package kg

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"sync"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
)

// Roles are what a person is in the corpus: official, author, photographer.
func (g *Graph) Roles(ctx context.Context, p *Person) ([]schema.Role, error) {
	fs, err := p.props(ctx)
	if err != nil {
		return nil, err
	}
	have := strs(fs.of(schema.HasRole))
	out := []schema.Role{}
	for _, r := range []schema.Role{schema.RoleOfficial, schema.RoleAuthor, schema.RolePhotographer, schema.RoleOther} {
		if slices.Contains(have, string(r)) {
			out = append(out, r)
		}
	}
	return out, nil
}

// PersonTenures are the posts a person held, in order of time (sortTenures);
// with at, those held on that date (see covers).
func (g *Graph) PersonTenures(ctx context.Context, p *Person, at *date.Date) ([]*Tenure, error) {
	all, err := load(p.b, "tenures", func() (map[string][]*Tenure, error) {
		return g.tenuresOf(ctx, p.b, schema.PersonOf, schema.PositionOf)
	})
	if err != nil {
		return nil, err
	}
	return covering(all[p.ID], at), nil
}

// PositionHolders are the tenures of a position, in order of time
// (sortTenures): its succession; with at, those held on that date (see
// covers).
func (g *Graph) PositionHolders(ctx context.Context, p *Position, at *date.Date) ([]*Tenure, error) {
	all, err := load(p.b, "holders", func() (map[string][]*Tenure, error) {
		return g.tenuresOf(ctx, p.b, schema.PositionOf, schema.PersonOf)
	})
	if err != nil {
		return nil, err
	}
	return covering(all[p.ID], at), nil
}

// SpokeAt are the congresses and events where a person spoke or presided.
func (g *Graph) SpokeAt(ctx context.Context, p *Person) ([]Gathering, error) {
	m, err := p.b.around(ctx, schema.SpokeAt, false)
	if err != nil {
		return nil, err
	}
	return as[Gathering](m[p.ID]), nil
}

// PositionTitle is a position's title alone: Phó Bí thư Thường trực.
func (g *Graph) PositionTitle(ctx context.Context, p *Position) (string, error) {
	fs, err := p.props(ctx)
	if err != nil {
		return "", err
	}
	if s, ok := pickString(fs.of(schema.PostTitle)); ok {
		return s, nil
	}
	return nameOf(fs, p.ID), nil
}

// PositionUnit is the unit a position is in, or nil for a post named by its
// title alone.
func (g *Graph) PositionUnit(ctx context.Context, p *Position) (*Unit, error) {
	n, err := linkedOne(ctx, &p.node, schema.InUnit, schema.Unit)
	if n == nil || err != nil {
		return nil, err
	}
	return n.(*Unit), nil
}

// covering keeps the tenures that cover at (see covers). A nil at keeps all.
func covering(ts []*Tenure, at *date.Date) []*Tenure {
	if at == nil {
		return ts
	}
	out := []*Tenure{}
	for _, t := range ts {
		if covers(t, *at) {
			out = append(out, t)
		}
	}
	return out
}

// tenuresOf reads the tenures of the batch's people (self = PersonOf, other =
// PositionOf) or positions (the other way round): one walk to the tenures, one
// to the node at their other end, two for their observations (observations).
// The node at self's end keeps the batch; the nodes at the other end share a
// new one.
func (g *Graph) tenuresOf(ctx context.Context, b *batch, self, other quad.IRI) (map[string][]*Tenure, error) {
	toTenure, err := g.hop(ctx, iris(b.ids), []quad.IRI{self}, true)
	if err != nil {
		return nil, err
	}
	var tenureIDs []string
	for _, f := range toTenure {
		tenureIDs = append(tenureIDs, idOf(f.to))
	}
	tenureIDs = g.newBatch(tenureIDs).ids
	ends, err := g.hop(ctx, iris(tenureIDs), []quad.IRI{other}, false)
	if err != nil {
		return nil, err
	}
	end := map[string]string{} // tenure → the node at its other end
	var otherIDs []string
	for _, f := range ends {
		if id := idOf(f.to); id != "" && end[idOf(f.from)] == "" {
			end[idOf(f.from)] = id
			otherIDs = append(otherIDs, id)
		}
	}
	obs, err := g.observations(ctx, tenureIDs)
	if err != nil {
		return nil, err
	}
	ob := g.newBatch(otherIDs)
	out := map[string][]*Tenure{}
	seen := map[string]bool{}
	for _, f := range toTenure {
		from, tenure := idOf(f.from), idOf(f.to)
		o, ok := obs[tenure]
		to := end[tenure]
		if !ok || to == "" || seen[tenure] {
			continue // no source observes it, or it lacks an end: nothing to show
		}
		seen[tenure] = true
		t := o.tenure(tenure)
		if self == schema.PersonOf {
			t.Person, t.Position = &Person{node{from, b}}, &Position{node{to, ob}}
		} else {
			t.Person, t.Position = &Person{node{to, ob}}, &Position{node{from, b}}
		}
		out[from] = append(out[from], t)
	}
	for _, ts := range out {
		sortTenures(ts)
	}
	return out, nil
}

// sortTenures orders tenures by time: by when they began (a stated start,
// else the first sighting), then by first and last sighting; tenures no
// source dates come last.
func sortTenures(ts []*Tenure) {
	slices.SortFunc(ts, func(a, b *Tenure) int {
		return cmp.Or(cmpBool(undated(a), undated(b)), begin(a).Compare(begin(b)), a.FirstSeen.Compare(b.FirstSeen), a.LastSeen.Compare(b.LastSeen),
			strings.Compare(a.Position.ID, b.Position.ID), strings.Compare(a.Person.ID, b.Person.ID))
	})
}

// sightings is what the observations of one tenure say together: its dates,
// and the set its details come from.
type sightings struct {
	first, last date.Date
	start, end  date.Date
	set         *observationSet
}

func (s *sightings) tenure(id string) *Tenure {
	t := &Tenure{ID: id, FirstSeen: s.first, LastSeen: s.last, detail: s.set}
	if !s.start.IsZero() {
		t.Start = &s.start
	}
	if !s.end.IsZero() {
		t.End = &s.end
	}
	return t
}

// observed is what one observation of a tenure says, as plain values: its
// article (the label of the quads that state it), the dates it gives (seen:
// its own, else its article's, else a stated start or end), the mentions it
// rests on, the printed titles and congresses (sorted). Over a read model
// these are kept (model.observed), since they are the model's to the last
// value and a post's holders read every observation of every tenure of it;
// they are never changed once read.
type observed struct {
	id, tenure, label string
	seen              []date.Date
	start, end        []date.Date
	evidence          []string
	printed           []string
	electedAt         []string
}

// A tenureObserved is what the observations of one tenure say: each
// (sorted by id), and their dates together, as plain values.
type tenureObserved struct {
	obs         []*observed
	first, last date.Date
	start, end  date.Date
}

// observedOf are the observations of tenures by tenure (none for a tenure
// no source observes): from the read model's keeping where it has them, the
// rest read (readObserved) and kept.
func (g *Graph) observedOf(ctx context.Context, tenureIDs []string) (map[string]*tenureObserved, error) {
	m := g.model()
	keep := m != nil && holds(observedPreds)
	out := make(map[string]*tenureObserved, len(tenureIDs))
	var missing []string
	for _, t := range tenureIDs {
		if keep {
			if to, ok := m.observed.Load(t); ok {
				if to := to.(*tenureObserved); len(to.obs) > 0 {
					out[t] = to
				}
				continue
			}
		}
		missing = append(missing, t)
	}
	if len(missing) == 0 {
		return out, nil
	}
	read, err := g.readObserved(ctx, missing)
	if err != nil {
		return nil, err
	}
	for _, o := range read {
		to := out[o.tenure]
		if to == nil {
			to = &tenureObserved{}
			out[o.tenure] = to
		}
		to.obs = append(to.obs, o)
	}
	for _, t := range missing {
		to := out[t]
		if to == nil {
			to = &tenureObserved{}
		}
		to.summarise()
		if keep {
			m.observed.Store(t, to)
		}
	}
	return out, nil
}

// summarise sets a tenure's dates from its observations: first and last
// seen, earliest stated start, tightest stated end. A tenure no source dates
// keeps zero first and last sightings.
func (to *tenureObserved) summarise() {
	for _, o := range to.obs {
		ended := earliest(o.end)
		for _, d := range o.seen {
			if ended != nil && ended.Before(d) {
				// A source that reports the post ended shows the person in
				// it until then, not on the day it reports it.
				d = *ended
			}
			if to.first.IsZero() || d.Before(to.first) {
				to.first = d
			}
			if to.last.Before(d) {
				to.last = d
			}
		}
		for _, d := range o.start {
			if to.start.IsZero() || d.Before(to.start) {
				to.start = d
			}
		}
		for _, d := range o.end {
			// The tightest: an end is where a source last shows the post
			// held (the loader writes "nguyên", a former post, as ended by
			// the day before its article's event), so the tenure ended by
			// the earliest day any of them allows.
			if to.end.IsZero() || tighterEnd(d, to.end) {
				to.end = d
			}
		}
	}
}

// observedPreds are the predicates readObserved reads.
var observedPreds = []quad.IRI{schema.Observes, schema.Seen, schema.StartDate, schema.EndDate, schema.Evidence,
	schema.PrintedTitle, schema.ElectedAt, schema.EventDate, schema.Published}

// readObserved reads the observations of tenures in two walks (the
// observations, their dates and evidence; and, only when one has no date of
// its own, one more for its article's), sorted by id.
func (g *Graph) readObserved(ctx context.Context, tenureIDs []string) ([]*observed, error) {
	links, err := g.hop(ctx, iris(tenureIDs), []quad.IRI{schema.Observes}, true)
	if err != nil {
		return nil, err
	}
	byID := map[string]*observed{}
	var order []string
	for _, f := range links {
		id := idOf(f.to)
		if byID[id] == nil {
			byID[id] = &observed{id: id, tenure: idOf(f.from), label: idOf(f.label)}
			order = append(order, id)
		}
	}
	slices.Sort(order)
	facts, err := g.hop(ctx, iris(order), []quad.IRI{schema.Seen, schema.StartDate, schema.EndDate, schema.Evidence, schema.PrintedTitle, schema.ElectedAt}, false)
	if err != nil {
		return nil, err
	}
	for _, f := range facts {
		o := byID[idOf(f.from)]
		if o == nil {
			continue
		}
		switch f.pred {
		case schema.Seen:
			if d, isDate := schema.ToDate(f.to); isDate {
				o.seen = append(o.seen, d)
			}
		case schema.StartDate:
			if d, isDate := schema.ToDate(f.to); isDate {
				o.start = append(o.start, d)
			}
		case schema.EndDate:
			if d, isDate := schema.ToDate(f.to); isDate {
				o.end = append(o.end, d)
			}
		case schema.Evidence:
			if m := idOf(f.to); m != "" {
				o.evidence = append(o.evidence, m)
			}
		case schema.PrintedTitle:
			if s, ok := schema.ToString(f.to); ok && s != "" && !slices.Contains(o.printed, s) {
				o.printed = append(o.printed, s)
			}
		case schema.ElectedAt:
			if c := idOf(f.to); c != "" && !slices.Contains(o.electedAt, c) {
				o.electedAt = append(o.electedAt, c)
			}
		}
	}

	// An observation the loader could not date is dated by its article: the
	// label of the quads that state it.
	var undated []string
	for _, id := range order {
		if o := byID[id]; len(o.seen) == 0 && schema.IsArticleLabel(schema.IRI(o.label)) {
			undated = append(undated, o.label)
		}
	}
	if len(undated) > 0 {
		ap, err := g.readProps(ctx, g.newBatch(undated).ids, []quad.IRI{schema.EventDate, schema.Published})
		if err != nil {
			return nil, err
		}
		for _, id := range order {
			if o := byID[id]; len(o.seen) == 0 {
				if d := articleDate(ap[o.label]); !d.IsZero() {
					o.seen = []date.Date{d}
				}
			}
		}
	}
	out := make([]*observed, len(order))
	for i, id := range order {
		o := byID[id]
		if len(o.seen) == 0 {
			// Dated only by a stated start or end: that is when it was seen.
			o.seen = slices.Concat(o.start, o.end)
		}
		slices.Sort(o.printed)
		slices.Sort(o.electedAt)
		out[i] = o
	}
	return out, nil
}

// observations reads the observations of tenures (observedOf): by tenure,
// its dates, and the set that makes their details (each observation, the
// evidence as mentions sharing one batch, the congress) when one is asked
// for. A tenure no source observes is absent.
func (g *Graph) observations(ctx context.Context, tenureIDs []string) (map[string]*sightings, error) {
	byTenure, err := g.observedOf(ctx, tenureIDs)
	if err != nil {
		return nil, err
	}
	set := &observationSet{g: g, tenures: byTenure}
	out := make(map[string]*sightings, len(byTenure))
	for t, to := range byTenure {
		out[t] = &sightings{first: to.first, last: to.last, start: to.start, end: to.end, set: set}
	}
	return out, nil
}

// An observationSet is the observations of the tenures one load read, whose
// details (Observation, Mention and Congress objects, sharing batches so
// that their own fields load together) are made for all at once, the first
// time any is asked for.
type observationSet struct {
	g       *Graph
	tenures map[string]*tenureObserved
	once    sync.Once
	details map[string]*tenureDetail
}

// A tenureDetail is what a Tenure's Observations, Evidence and ElectedAt
// give.
type tenureDetail struct {
	evidence  []*Mention
	obs       []*Observation
	electedAt *Congress
}

// of is the detail of tenure id; an empty one for a nil set.
func (s *observationSet) of(id string) *tenureDetail {
	if s == nil {
		return &tenureDetail{}
	}
	s.once.Do(s.make)
	if d := s.details[id]; d != nil {
		return d
	}
	return &tenureDetail{}
}

// make makes the details of every tenure of the set.
func (s *observationSet) make() {
	g := s.g
	var all []*observed
	for _, to := range s.tenures {
		all = append(all, to.obs...)
	}
	slices.SortFunc(all, func(a, b *observed) int { return strings.Compare(a.id, b.id) })
	var evidence, congresses, articles []string
	for _, o := range all {
		evidence = append(evidence, o.evidence...)
		congresses = append(congresses, o.electedAt...)
		if schema.IsArticleLabel(schema.IRI(o.label)) {
			articles = append(articles, o.label)
		}
	}
	mb, cb, ab := g.newBatch(evidence), g.newBatch(congresses), g.newBatch(articles)
	out := map[string]*tenureDetail{}
	mentions := map[string]*Mention{}
	for _, o := range all {
		// An observation nothing dates is kept all the same: a post a page
		// shows is a fact whatever its date, and its tenure is left undated
		// (zero first and last sighting) unless another source dates it.
		d := out[o.tenure]
		if d == nil {
			d = &tenureDetail{}
			out[o.tenure] = d
		}
		ob := &Observation{ID: o.id, Seen: earliest(o.seen), Start: earliest(o.start), End: earliest(o.end)}
		if len(o.printed) > 0 {
			ob.PrintedTitle = &o.printed[0]
		}
		if len(o.electedAt) > 0 {
			ob.ElectedAt = &Congress{node{o.electedAt[0], cb}}
		}
		if schema.IsArticleLabel(schema.IRI(o.label)) {
			ob.Article = &Article{node{o.label, ab}}
		}
		for _, m := range o.evidence {
			if mentions[m] == nil {
				mentions[m] = &Mention{node{m, mb}}
			}
			if !slices.Contains(ob.Evidence, mentions[m]) {
				ob.Evidence = append(ob.Evidence, mentions[m])
			}
		}
		d.obs = append(d.obs, ob)
		for _, m := range o.evidence {
			if mentions[m] == nil {
				mentions[m] = &Mention{node{m, mb}}
				d.evidence = append(d.evidence, mentions[m])
			} else if !slices.Contains(d.evidence, mentions[m]) {
				d.evidence = append(d.evidence, mentions[m])
			}
		}
	}
	for _, d := range out {
		sortObservations(d.obs)
		for _, ob := range d.obs {
			if ob.ElectedAt != nil {
				d.electedAt = ob.ElectedAt // the earliest source that says so
				break
			}
		}
	}
	s.details = out
}
