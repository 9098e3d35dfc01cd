package kg

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
)

// TimelineKind is what a dated fact of a timeline is.
type TimelineKind string

// The kinds of timeline entry, in the order entries of one date are listed.
const (
	Founded        TimelineKind = "FOUNDED"
	CongressHeld   TimelineKind = "CONGRESS"
	EventHeld      TimelineKind = "EVENT"
	Elected        TimelineKind = "ELECTED"
	TenureStart    TimelineKind = "TENURE_START"
	TenureSeen     TimelineKind = "TENURE_SEEN"
	TenureEnd      TimelineKind = "TENURE_END"
	SpokeAtEntry   TimelineKind = "SPOKE_AT"
	DocumentIssued TimelineKind = "DOCUMENT_ISSUED"
)

var timelineKinds = []TimelineKind{Founded, CongressHeld, EventHeld, Elected, TenureStart, TenureSeen, TenureEnd, SpokeAtEntry, DocumentIssued}

func (k TimelineKind) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(k))) }

func (k *TimelineKind) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	if i := slices.Index(timelineKinds, TimelineKind(s)); i >= 0 {
		*k = timelineKinds[i]
		return nil
	}
	return fmt.Errorf("%v is not a TimelineKind", v)
}

// DatePrecision is how much of a date a source gives.
type DatePrecision string

// The precisions of a date.
const (
	YearPrecision  DatePrecision = "YEAR"
	MonthPrecision DatePrecision = "MONTH"
	DayPrecision   DatePrecision = "DAY"
)

func (p DatePrecision) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(p))) }

func (p *DatePrecision) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	switch DatePrecision(s) {
	case YearPrecision, MonthPrecision, DayPrecision:
		*p = DatePrecision(s)
		return nil
	}
	return fmt.Errorf("%v is not a DatePrecision", v)
}

func precisionOf(d date.Date) DatePrecision {
	switch d.Precision() {
	case date.Year:
		return YearPrecision
	case date.Month:
		return MonthPrecision
	}
	return DayPrecision
}

// TimelineEntry is one dated fact: when, how precisely, what, about which
// entities, and the sentences that state it.
type TimelineEntry struct {
	Date        date.Date
	Precision   DatePrecision
	Kind        TimelineKind
	Description string
	Entities    []Entity
	Evidence    []*Mention
}

func entry(d date.Date, k TimelineKind, desc string, es []Entity, ev []*Mention) *TimelineEntry {
	if ev == nil {
		ev = []*Mention{}
	}
	return &TimelineEntry{Date: d, Precision: precisionOf(d), Kind: k, Description: desc, Entities: es, Evidence: ev}
}

// sortTimeline orders entries by date (a year before the days of that year,
// as dates order), then kind, then description.
func sortTimeline(es []*TimelineEntry) {
	slices.SortStableFunc(es, func(a, b *TimelineEntry) int {
		return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(slices.Index(timelineKinds, a.Kind), slices.Index(timelineKinds, b.Kind)),
			strings.Compare(a.Description, b.Description))
	})
}

// PersonTimeline is every dated fact of a person, in order: each source's
// sighting of them in a post, the starts and ends sources state, the
// congresses they were elected at, the gatherings they spoke at. The
// timelines of a batch of people are read together.
func (g *Graph) PersonTimeline(ctx context.Context, p *Person) ([]*TimelineEntry, error) {
	all, err := load(p.b, "timeline", func() (map[string][]*TimelineEntry, error) {
		tenures, err := load(p.b, "tenures", func() (map[string][]*Tenure, error) {
			return g.tenuresOf(ctx, p.b, schema.PersonOf, schema.PositionOf)
		})
		if err != nil {
			return nil, err
		}
		out := map[string][]*TimelineEntry{}
		for id, ts := range tenures {
			if out[id], err = g.tenureEntries(ctx, ts); err != nil {
				return nil, err
			}
		}
		spoke, err := p.b.around(ctx, schema.SpokeAt, false)
		if err != nil {
			return nil, err
		}
		// The articles that report each speech: the labels of the spokeAt
		// quads, which around does not keep.
		speeches, err := g.hop(ctx, iris(p.b.ids), []quad.IRI{schema.SpokeAt}, false)
		if err != nil {
			return nil, err
		}
		reported := map[[2]string]map[string]bool{}
		for _, f := range speeches {
			k := [2]string{idOf(f.from), idOf(f.to)}
			if reported[k] == nil {
				reported[k] = map[string]bool{}
			}
			for l := range f.labels() {
				reported[k][idOf(l)] = true
			}
		}
		for _, id := range p.b.ids {
			for _, n := range spoke[id] {
				e, err := g.spokeAtEntries(ctx, &Person{node{id, p.b}}, n, reported[[2]string{id, n.base().ID}])
				if err != nil {
					return nil, err
				}
				out[id] = append(out[id], e...)
			}
		}
		return out, nil
	})
	return timeline(all, p.ID, err)
}

// PositionTimeline is every dated fact of a post: its holders' sightings,
// starts, ends and elections, in order.
func (g *Graph) PositionTimeline(ctx context.Context, p *Position) ([]*TimelineEntry, error) {
	all, err := load(p.b, "timeline", func() (map[string][]*TimelineEntry, error) {
		holders, err := load(p.b, "holders", func() (map[string][]*Tenure, error) {
			return g.tenuresOf(ctx, p.b, schema.PositionOf, schema.PersonOf)
		})
		if err != nil {
			return nil, err
		}
		out := map[string][]*TimelineEntry{}
		for id, ts := range holders {
			if out[id], err = g.tenureEntries(ctx, ts); err != nil {
				return nil, err
			}
		}
		return out, nil
	})
	return timeline(all, p.ID, err)
}

// UnitTimeline is every dated fact of a unit: its founding, the congresses
// and events it held, the documents it issued, and the tenures of its posts,
// in order. Where sources give different dates for one fact, each date is an
// entry of its own with the sentences of the sources that give it.
func (g *Graph) UnitTimeline(ctx context.Context, u *Unit) ([]*TimelineEntry, error) {
	all, err := load(u.b, "timeline", func() (map[string][]*TimelineEntry, error) {
		out := map[string][]*TimelineEntry{}
		p, err := u.b.props(ctx)
		if err != nil {
			return nil, err
		}
		for _, id := range u.b.ids {
			unit := &Unit{node{id, u.b}}
			for _, s := range statedDates(p[id].of(schema.Founded)) {
				ev, err := evidenceIn(ctx, &unit.node, s.articles, &s.d)
				if err != nil {
					return nil, err
				}
				out[id] = append(out[id], entry(s.d, Founded, nameOf(p[id], id)+" founded", []Entity{unit}, ev))
			}
		}
		for _, held := range []struct {
			pred quad.IRI
			date quad.IRI
		}{{schema.HeldBy, schema.StartDate}, {schema.IssuedBy, schema.Issued}} {
			m, err := u.b.around(ctx, held.pred, true)
			if err != nil {
				return nil, err
			}
			for _, id := range u.b.ids {
				for _, n := range m[id] {
					e, err := g.heldEntries(ctx, &Unit{node{id, u.b}}, n, held.date)
					if err != nil {
						return nil, err
					}
					out[id] = append(out[id], e...)
				}
			}
		}
		posts, err := u.b.around(ctx, schema.InUnit, true)
		if err != nil {
			return nil, err
		}
		for _, id := range u.b.ids {
			for _, n := range posts[id] {
				pos, ok := n.(*Position)
				if !ok {
					continue
				}
				e, err := g.PositionTimeline(ctx, pos)
				if err != nil {
					return nil, err
				}
				out[id] = append(out[id], e...)
			}
		}
		return out, nil
	})
	return timeline(all, u.ID, err)
}

// timeline is id's entries of all, sorted; never nil.
func timeline(all map[string][]*TimelineEntry, id string, err error) ([]*TimelineEntry, error) {
	if err != nil {
		return nil, err
	}
	es := slices.Clone(all[id])
	sortTimeline(es)
	if es == nil {
		es = []*TimelineEntry{}
	}
	return es, nil
}

// tenureEntries are the entries of tenures' observations: for each source,
// the congress it says the post was taken up at (dated by the congress's
// last day, else its first, else the source's own start or sighting), the
// start and end it states, and its sighting unless one of those falls on the
// same date.
func (g *Graph) tenureEntries(ctx context.Context, ts []*Tenure) ([]*TimelineEntry, error) {
	var out []*TimelineEntry
	for _, t := range ts {
		who, err := g.Name(ctx, t.Person)
		if err != nil {
			return nil, err
		}
		post, err := g.postLabel(ctx, t.Position)
		if err != nil {
			return nil, err
		}
		es := []Entity{t.Person, t.Position}
		for _, o := range t.Observations() {
			var dated []date.Date
			add := func(d *date.Date, k TimelineKind, desc string, es []Entity) {
				if d == nil || d.IsZero() || slices.Contains(dated, *d) {
					return
				}
				dated = append(dated, *d)
				out = append(out, entry(*d, k, desc, es, o.Evidence))
			}
			if o.ElectedAt != nil {
				fs, err := o.ElectedAt.props(ctx)
				if err != nil {
					return nil, err
				}
				d := cmp.Or(optDate(fs.of(schema.EndDate)), optDate(fs.of(schema.StartDate)), o.Start, o.Seen)
				add(d, Elected, fmt.Sprintf("%s elected %s at %s", who, post, nameOf(fs, o.ElectedAt.ID)),
					[]Entity{t.Person, t.Position, o.ElectedAt})
			}
			add(o.Start, TenureStart, fmt.Sprintf("%s takes up the post of %s", who, post), es)
			add(o.End, TenureEnd, fmt.Sprintf("%s leaves the post of %s", who, post), es)
			add(o.Seen, TenureSeen, fmt.Sprintf("%s seen as %s", who, post), es)
		}
	}
	return out, nil
}

// postLabel is a post's name with its English gloss: "Phó Bí thư Thành ủy
// TPHCM (Deputy Secretary of the Ho Chi Minh City Party Committee)".
func (g *Graph) postLabel(ctx context.Context, p *Position) (string, error) {
	name, err := g.Name(ctx, p)
	if err != nil {
		return "", err
	}
	en, err := g.PositionNameEn(ctx, p)
	if err != nil || en == nil {
		return name, err
	}
	return name + " (" + *en + ")", nil
}

// spokeAtEntries date a person's speaking at a gathering by the gathering's
// first day, with the person's sentences in the articles that report the
// speech (reported): the store ties a speech to its article, and the
// sentence that reports it names the person.
func (g *Graph) spokeAtEntries(ctx context.Context, p *Person, n Node, reported map[string]bool) ([]*TimelineEntry, error) {
	ga, ok := n.(Gathering)
	if !ok {
		return nil, nil
	}
	fs, err := ga.base().props(ctx)
	if err != nil {
		return nil, err
	}
	who, err := g.Name(ctx, p)
	if err != nil {
		return nil, err
	}
	ev, err := evidenceIn(ctx, &p.node, reported, nil)
	if err != nil {
		return nil, err
	}
	var out []*TimelineEntry
	for _, s := range statedDates(fs.of(schema.StartDate)) {
		out = append(out, entry(s.d, SpokeAtEntry, fmt.Sprintf("%s speaks at %s", who, nameOf(fs, ga.base().ID)), []Entity{p, ga}, ev))
	}
	return out, nil
}

// heldEntries date what a unit held or issued (a congress, an event, a
// document) by pred, with the sentences naming it in the articles that
// give that date.
func (g *Graph) heldEntries(ctx context.Context, u *Unit, n Node, pred quad.IRI) ([]*TimelineEntry, error) {
	e, ok := n.(Entity)
	if !ok {
		return nil, nil
	}
	fs, err := e.base().props(ctx)
	if err != nil {
		return nil, err
	}
	uname, err := g.Name(ctx, u)
	if err != nil {
		return nil, err
	}
	name := nameOf(fs, e.base().ID)
	var k TimelineKind
	var desc string
	switch e.(type) {
	case *Congress:
		k, desc = CongressHeld, fmt.Sprintf("%s holds %s", uname, name)
	case *Event:
		k, desc = EventHeld, fmt.Sprintf("%s holds %s", uname, name)
	case *Document:
		kind, err := g.DocumentKindEn(ctx, e.(*Document))
		if err != nil {
			return nil, err
		}
		k, desc = DocumentIssued, fmt.Sprintf("%s issues %s (%s)", uname, name, kind)
	default:
		return nil, nil
	}
	var out []*TimelineEntry
	for _, s := range statedDates(fs.of(pred)) {
		ev, err := evidenceIn(ctx, e.base(), s.articles, &s.d)
		if err != nil {
			return nil, err
		}
		out = append(out, entry(s.d, k, desc, []Entity{e, u}, ev))
	}
	return out, nil
}

// A stated date is one value of a date property and the articles (by id)
// that state it.
type stated struct {
	d        date.Date
	articles map[string]bool
}

// statedDates are the distinct dates that facts hold, each with the articles
// that state it, in order: sources that disagree each keep their date.
func statedDates(fs []fact) []stated {
	var out []stated
	for _, f := range fs {
		d, ok := schema.ToDate(f.to)
		if !ok {
			continue
		}
		i := slices.IndexFunc(out, func(s stated) bool { return s.d == d })
		if i < 0 {
			out = append(out, stated{d: d, articles: map[string]bool{}})
			i = len(out) - 1
		}
		for l := range f.labels() {
			if id := idOf(l); id != "" {
				out[i].articles[id] = true
			}
		}
	}
	slices.SortFunc(out, func(a, b stated) int { return a.d.Compare(b.d) })
	return out
}

// evidenceIn are a node's mentions in the articles given, in the order the
// API lists mentions. With a date, the sentences that print its year are
// preferred, where some do: an article names a unit in many sentences, and
// the one that dates its founding prints the year (thành lập ngày 3/7/2007).
func evidenceIn(ctx context.Context, n *node, articles map[string]bool, d *date.Date) ([]*Mention, error) {
	all, err := n.b.mentions(ctx)
	if err != nil {
		return nil, err
	}
	var out, dated []*Mention
	for _, r := range all[n.ID] {
		if !articles[r.key[1]] {
			continue
		}
		out = append(out, r.m)
		if d == nil {
			continue
		}
		fs, err := r.m.props(ctx)
		if err != nil {
			return nil, err
		}
		if q, _ := pickString(fs.of(schema.Quote)); strings.Contains(q, strconv.Itoa(d.Year)) {
			dated = append(dated, r.m)
		}
	}
	if len(dated) > 0 {
		return dated, nil
	}
	return out, nil
}
