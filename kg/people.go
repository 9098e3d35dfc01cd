package kg

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"
)

// Roles are what a person is in the corpus: official, author, photographer.
func (g *Graph) Roles(ctx context.Context, p *Person) ([]schema.Role, error) {
	fs, err := p.props(ctx)
	if err != nil {
		return nil, err
	}
	have := strs(fs[schema.HasRole])
	out := []schema.Role{}
	for _, r := range []schema.Role{schema.RoleOfficial, schema.RoleAuthor, schema.RolePhotographer, schema.RoleOther} {
		if slices.Contains(have, string(r)) {
			out = append(out, r)
		}
	}
	return out, nil
}

// PersonTenures are the posts a person held, in the order sources first show
// them; with at, those held on that date (see covers).
func (g *Graph) PersonTenures(ctx context.Context, p *Person, at *date.Date) ([]*Tenure, error) {
	all, err := load(p.b, "tenures", func() (map[string][]*Tenure, error) {
		return g.tenuresOf(ctx, p.b, schema.PersonOf, schema.PositionOf)
	})
	if err != nil {
		return nil, err
	}
	return covering(all[p.ID], at), nil
}

// PositionHolders are the tenures of a position, in the order sources first
// show them; with at, those held on that date.
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
	if s, ok := pickString(fs[schema.PostTitle]); ok {
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

// covering keeps the tenures whose span covers at: from the stated start (else
// the first sighting) to the stated end (else the last sighting). A nil at
// keeps all.
func covering(ts []*Tenure, at *date.Date) []*Tenure {
	if at == nil {
		return ts
	}
	out := []*Tenure{}
	for _, t := range ts {
		from, to := t.FirstSeen, t.LastSeen
		if t.Start != nil {
			from = *t.Start
		}
		if t.End != nil {
			to = *t.End
		}
		if date.Covers(from, to, *at) {
			out = append(out, t)
		}
	}
	return out
}

// tenuresOf reads the tenures of the batch's people (self = PersonOf, other =
// PositionOf) or positions (the other way round), in two walks: the tenures
// with the node at their other end, then their observations. The node at
// self's end keeps the batch; the nodes at the other end share a new one.
func (g *Graph) tenuresOf(ctx context.Context, b *batch, self, other quad.IRI) (map[string][]*Tenure, error) {
	if len(b.ids) == 0 {
		return nil, nil
	}
	type row3 struct{ from, tenure, to string }
	var rows []row3
	p := path.StartPath(g.qs, iris(b.ids)...).Tag("s").In(self).Tag("t").Out(other).Tag("o")
	err := g.walk(ctx, p, func(r row) {
		if s, t, o := idOf(r["s"]), idOf(r["t"]), idOf(r["o"]); s != "" && t != "" && o != "" {
			rows = append(rows, row3{s, t, o})
		}
	})
	if err != nil {
		return nil, err
	}
	var tenureIDs, otherIDs []string
	for _, r := range rows {
		tenureIDs = append(tenureIDs, r.tenure)
		otherIDs = append(otherIDs, r.to)
	}
	obs, err := g.observations(ctx, tenureIDs)
	if err != nil {
		return nil, err
	}
	ob := g.newBatch(otherIDs)
	out := map[string][]*Tenure{}
	seen := map[string]bool{}
	for _, r := range rows {
		o, ok := obs[r.tenure]
		if !ok || seen[r.tenure] {
			continue // no source dates it: nothing to show
		}
		seen[r.tenure] = true
		t := o.tenure(r.tenure)
		if self == schema.PersonOf {
			t.Person, t.Position = &Person{node{r.from, b}}, &Position{node{r.to, ob}}
		} else {
			t.Person, t.Position = &Person{node{r.to, ob}}, &Position{node{r.from, b}}
		}
		out[r.from] = append(out[r.from], t)
	}
	for _, ts := range out {
		sortTenures(ts)
	}
	return out, nil
}

func sortTenures(ts []*Tenure) {
	slices.SortFunc(ts, func(a, b *Tenure) int {
		return cmp.Or(a.FirstSeen.Compare(b.FirstSeen), a.LastSeen.Compare(b.LastSeen),
			strings.Compare(a.Position.ID, b.Position.ID), strings.Compare(a.Person.ID, b.Person.ID))
	})
}

// sightings is what the observations of one tenure say together.
type sightings struct {
	first, last date.Date
	start, end  date.Date
	evidence    []*Mention
}

func (s *sightings) tenure(id string) *Tenure {
	t := &Tenure{ID: id, FirstSeen: s.first, LastSeen: s.last, Evidence: s.evidence}
	if !s.start.IsZero() {
		t.Start = &s.start
	}
	if !s.end.IsZero() {
		t.End = &s.end
	}
	return t
}

// observations reads the observations of tenures in one walk (and, only when
// an observation has no date of its own, one more for its article's date):
// first and last seen, earliest stated start, latest stated end, and the
// evidence, as mentions sharing one batch. A tenure no source dates is absent.
func (g *Graph) observations(ctx context.Context, tenureIDs []string) (map[string]*sightings, error) {
	if len(tenureIDs) == 0 {
		return nil, nil
	}
	type obs struct {
		tenure, label string
		seen          []date.Date
		start, end    []date.Date
		evidence      []string
	}
	byID := map[string]*obs{}
	var order []string
	p := path.StartPath(g.qs, iris(tenureIDs)...).Tag("t").
		LabelContextWithTags([]string{"l"}, nil).
		In(schema.Observes).Tag("o").
		OutWithTags([]string{"p"}, []quad.Value{schema.RDFType, schema.Seen, schema.StartDate, schema.EndDate, schema.Evidence}).Tag("v")
	err := g.walk(ctx, p, func(r row) {
		id := idOf(r["o"])
		o := byID[id]
		if o == nil {
			o = &obs{tenure: idOf(r["t"]), label: idOf(r["l"])}
			byID[id] = o
			order = append(order, id)
		}
		d, isDate := schema.ToDate(r["v"])
		switch r["p"] {
		case schema.Seen:
			if isDate {
				o.seen = append(o.seen, d)
			}
		case schema.StartDate:
			if isDate {
				o.start = append(o.start, d)
			}
		case schema.EndDate:
			if isDate {
				o.end = append(o.end, d)
			}
		case schema.Evidence:
			if m := idOf(r["v"]); m != "" {
				o.evidence = append(o.evidence, m)
			}
		}
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(order)

	// An observation the loader could not date is dated by its article.
	var undated []string
	for _, id := range order {
		if o := byID[id]; len(o.seen) == 0 && o.label != "" {
			undated = append(undated, o.label)
		}
	}
	if len(undated) > 0 {
		ap, err := g.readProps(ctx, undated, []quad.IRI{schema.EventDate, schema.Published})
		if err != nil {
			return nil, err
		}
		for _, id := range order {
			if o := byID[id]; len(o.seen) == 0 && o.label != "" {
				if d := articleDate(ap[o.label]); !d.IsZero() {
					o.seen = []date.Date{d}
				}
			}
		}
	}

	var evidence []string
	for _, id := range order {
		evidence = append(evidence, byID[id].evidence...)
	}
	mb := g.newBatch(evidence)
	out := map[string]*sightings{}
	mentions := map[string]*Mention{}
	for _, id := range order {
		o := byID[id]
		dates := slices.Concat(o.seen, o.start, o.end)
		if len(dates) == 0 {
			continue
		}
		s := out[o.tenure]
		if s == nil {
			s = &sightings{}
			out[o.tenure] = s
		}
		if len(o.seen) == 0 {
			// Dated only by a stated start or end: that is when it was seen.
			o.seen = dates
		}
		for _, d := range o.seen {
			if s.first.IsZero() || d.Before(s.first) {
				s.first = d
			}
			if s.last.Before(d) {
				s.last = d
			}
		}
		for _, d := range o.start {
			if s.start.IsZero() || d.Before(s.start) {
				s.start = d
			}
		}
		for _, d := range o.end {
			if s.end.Before(d) {
				s.end = d
			}
		}
		for _, m := range o.evidence {
			if mentions[m] == nil {
				mentions[m] = &Mention{node{m, mb}}
				s.evidence = append(s.evidence, mentions[m])
			} else if !slices.Contains(s.evidence, mentions[m]) {
				s.evidence = append(s.evidence, mentions[m])
			}
		}
	}
	return out, nil
}
