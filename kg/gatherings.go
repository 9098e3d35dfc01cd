package kg

import (
	"context"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
)

// GatheringUnit is the unit that held a congress or event, or nil.
func (g *Graph) GatheringUnit(ctx context.Context, e Gathering) (*Unit, error) {
	n, err := linkedOne(ctx, e.base(), schema.HeldBy, schema.Unit)
	if n == nil || err != nil {
		return nil, err
	}
	return n.(*Unit), nil
}

// GatheringStart is the first day of a congress or event, where known.
func (g *Graph) GatheringStart(ctx context.Context, e Gathering) (*date.Date, error) {
	fs, err := e.base().props(ctx)
	if err != nil {
		return nil, err
	}
	return optDate(fs.of(schema.StartDate)), nil
}

// GatheringEnd is the last day of a congress or event, where known.
func (g *Graph) GatheringEnd(ctx context.Context, e Gathering) (*date.Date, error) {
	fs, err := e.base().props(ctx)
	if err != nil {
		return nil, err
	}
	return optDate(fs.of(schema.EndDate)), nil
}

// Speakers are the people who spoke at or presided over a gathering, by name.
func (g *Graph) Speakers(ctx context.Context, e Gathering) ([]*Person, error) {
	m, err := e.base().b.around(ctx, schema.SpokeAt, true)
	if err != nil {
		return nil, err
	}
	return as[*Person](m[e.base().ID]), nil
}

// CongressOrdinal is a congress's number: 1 for lần thứ I, 14 for Đại hội XIV.
func (g *Graph) CongressOrdinal(ctx context.Context, c *Congress) (*int, error) {
	fs, err := c.props(ctx)
	if err != nil {
		return nil, err
	}
	return optInt(fs.of(schema.Ordinal)), nil
}

// CongressTerm is the term a congress opens, e.g. 2025-2030.
func (g *Graph) CongressTerm(ctx context.Context, c *Congress) (*string, error) {
	fs, err := c.props(ctx)
	if err != nil {
		return nil, err
	}
	return optString(fs.of(schema.Term)), nil
}

// CongressMotto is a congress's motto, where printed.
func (g *Graph) CongressMotto(ctx context.Context, c *Congress) (*string, error) {
	fs, err := c.props(ctx)
	if err != nil {
		return nil, err
	}
	return optString(fs.of(schema.Motto)), nil
}

// CongressTheme is a congress's theme (chủ đề), where printed.
func (g *Graph) CongressTheme(ctx context.Context, c *Congress) (*string, error) {
	fs, err := c.props(ctx)
	if err != nil {
		return nil, err
	}
	return optString(fs.of(schema.Theme)), nil
}

// CongressAdopted are the documents a congress adopted, by name.
func (g *Graph) CongressAdopted(ctx context.Context, c *Congress) ([]*Document, error) {
	m, err := c.b.linked(ctx, schema.Adopted, schema.Document, false)
	if err != nil {
		return nil, err
	}
	return as[*Document](m[c.ID]), nil
}

// CongressMentionedOnly reports whether no article reports the congress itself:
// true only when every article that writes the congress marks it as only
// referred to; one article that reports it makes it false.
func (g *Graph) CongressMentionedOnly(ctx context.Context, c *Congress) (bool, error) {
	fs, err := c.props(ctx)
	if err != nil {
		return false, err
	}
	only := map[string]bool{}
	for _, f := range fs.of(schema.MentionedOnly) {
		if b, ok := f.to.(quad.Bool); ok && bool(b) {
			for l := range f.labels() {
				if schema.IsArticleLabel(l) {
					only[idOf(l)] = true
				}
			}
		}
	}
	if len(only) == 0 {
		return false, nil
	}
	// Every article that writes an entity writes its class.
	for _, f := range fs.of(schema.RDFType) {
		for l := range f.labels() {
			if schema.IsArticleLabel(l) && !only[idOf(l)] {
				return false, nil
			}
		}
	}
	return true, nil
}
