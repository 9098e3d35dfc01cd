package kg

import (
	"context"
	"strings"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
)

// UnitParent is the unit a unit belongs to, or nil.
func (g *Graph) UnitParent(ctx context.Context, u *Unit) (*Unit, error) {
	n, err := linkedOne(ctx, &u.node, schema.Parent, schema.Unit)
	if n == nil || err != nil {
		return nil, err
	}
	return n.(*Unit), nil
}

// UnitChildren are the units whose parent is u, by name.
func (g *Graph) UnitChildren(ctx context.Context, u *Unit) ([]*Unit, error) {
	m, err := u.b.around(ctx, schema.Parent, true)
	if err != nil {
		return nil, err
	}
	return as[*Unit](m[u.ID]), nil
}

// UnitFounded is the date a unit was founded, where the corpus gives it.
func (g *Graph) UnitFounded(ctx context.Context, u *Unit) (*date.Date, error) {
	fs, err := u.props(ctx)
	if err != nil {
		return nil, err
	}
	return optDate(fs.of(schema.Founded)), nil
}

// UnitPositions are the posts within a unit, by name.
func (g *Graph) UnitPositions(ctx context.Context, u *Unit) ([]*Position, error) {
	m, err := u.b.around(ctx, schema.InUnit, true)
	if err != nil {
		return nil, err
	}
	return as[*Position](m[u.ID]), nil
}

// UnitCongresses are the congresses a unit held, by name.
func (g *Graph) UnitCongresses(ctx context.Context, u *Unit) ([]*Congress, error) {
	m, err := u.b.around(ctx, schema.HeldBy, true)
	if err != nil {
		return nil, err
	}
	return as[*Congress](m[u.ID]), nil
}

// UnitKind is what kind of organisation a unit is (see schema.UnitKinds).
func (g *Graph) UnitKind(ctx context.Context, u *Unit) (*string, error) {
	fs, err := u.props(ctx)
	if err != nil {
		return nil, err
	}
	return optString(fs.of(schema.HasUnitKind)), nil
}

// UnitPartyMembers is a unit's number of party members, as the latest article
// that gives it states it.
func (g *Graph) UnitPartyMembers(ctx context.Context, u *Unit) (*int, error) {
	return latestFigure(ctx, u, schema.PartyMembers)
}

// UnitBaseOrganisations is a unit's number of base party organisations (tổ
// chức cơ sở đảng), as the latest article that gives it states it.
func (g *Graph) UnitBaseOrganisations(ctx context.Context, u *Unit) (*int, error) {
	return latestFigure(ctx, u, schema.BaseOrganisations)
}

// latestFigure is the figure that the article with the latest date gives
// (figures change from congress to congress); a curated figure wins, and
// articles of the same date are ordered by id.
func latestFigure(ctx context.Context, u *Unit, pred quad.IRI) (*int, error) {
	fs, err := u.props(ctx)
	if err != nil || len(fs.of(pred)) == 0 {
		return nil, err
	}
	dates, err := u.b.figureDates(ctx)
	if err != nil {
		return nil, err
	}
	// Each statement of a figure: a value and a label that states it.
	type statement struct{ to, label quad.Value }
	var best *statement
	later := func(a, b statement) bool { // a is stated later than b
		if ca, cb := a.label == schema.LabelCuration, b.label == schema.LabelCuration; ca != cb {
			return ca
		}
		la, lb := idOf(a.label), idOf(b.label)
		if c := dates[la].Compare(dates[lb]); c != 0 {
			return c > 0
		}
		return strings.Compare(la, lb) > 0
	}
	for _, f := range fs.of(pred) {
		if _, ok := schema.ToInt(f.to); !ok {
			continue
		}
		for l := range f.labels() {
			if s := (statement{f.to, l}); best == nil || later(s, *best) {
				best = &s
			}
		}
	}
	if best == nil {
		return nil, nil
	}
	n, _ := schema.ToInt(best.to)
	return &n, nil
}

// figureDates are the dates of the articles that state the batch's figures,
// read in one walk.
func (b *batch) figureDates(ctx context.Context) (map[string]date.Date, error) {
	return load(b, "figure dates", func() (map[string]date.Date, error) {
		p, err := b.props(ctx)
		if err != nil {
			return nil, err
		}
		var arts []string
		for _, id := range b.ids {
			for _, pred := range []quad.IRI{schema.PartyMembers, schema.BaseOrganisations} {
				for _, f := range p[id].of(pred) {
					for l := range f.labels() {
						if schema.IsArticleLabel(l) {
							arts = append(arts, idOf(l))
						}
					}
				}
			}
		}
		ap, err := b.g.readProps(ctx, b.g.newBatch(arts).ids, []quad.IRI{schema.EventDate, schema.Published})
		if err != nil {
			return nil, err
		}
		out := map[string]date.Date{}
		for id, fs := range ap {
			out[id] = articleDate(fs)
		}
		return out, nil
	})
}
