package kg

import (
	"context"

	"github.com/cadregraph/cadregraph/schema"
)

// PositionTitleEn glosses a post's title in English (schema.TitleEn), with
// its unit's kind to choose Chairman or President; nil when the glossary knows
// no part of the title.
func (g *Graph) PositionTitleEn(ctx context.Context, p *Position) (*string, error) {
	title, _, kind, err := g.positionParts(ctx, p)
	if err != nil {
		return nil, err
	}
	return nonEmpty(schema.TitleEn(title, kind)), nil
}

// PositionNameEn glosses a post with its unit: "Standing Deputy Secretary of
// the Ho Chi Minh City Party Committee" (schema.PositionEn); nil when the
// title has no gloss.
func (g *Graph) PositionNameEn(ctx context.Context, p *Position) (*string, error) {
	title, unit, kind, err := g.positionParts(ctx, p)
	if err != nil {
		return nil, err
	}
	return nonEmpty(schema.PositionEn(title, unit, kind)), nil
}

// positionParts are a post's title, its unit's name and kind (empty when it
// has no unit).
func (g *Graph) positionParts(ctx context.Context, p *Position) (title, unit string, kind schema.UnitKind, err error) {
	if title, err = g.PositionTitle(ctx, p); err != nil {
		return "", "", "", err
	}
	u, err := g.PositionUnit(ctx, p)
	if u == nil || err != nil {
		return title, "", "", err
	}
	fs, err := u.props(ctx)
	if err != nil {
		return "", "", "", err
	}
	k, _ := pickString(fs.of(schema.HasUnitKind))
	return title, nameOf(fs, u.ID), schema.UnitKind(k), nil
}

// UnitNameEn glosses a unit's name (schema.UnitEn): the name as printed when
// the glossary does not know its head.
func (g *Graph) UnitNameEn(ctx context.Context, u *Unit) (string, error) {
	fs, err := u.props(ctx)
	if err != nil {
		return "", err
	}
	return schema.UnitEn(nameOf(fs, u.ID)), nil
}

// UnitKindEn is the English of a unit's kind: "People's Council" for
// people-council.
func (g *Graph) UnitKindEn(ctx context.Context, u *Unit) (*string, error) {
	k, err := g.UnitKind(ctx, u)
	if k == nil || err != nil {
		return nil, err
	}
	return nonEmpty(schema.UnitKindEn(schema.UnitKind(*k))), nil
}

// DocumentKindEn is the English of a document's kind: "resolution".
func (g *Graph) DocumentKindEn(ctx context.Context, d *Document) (string, error) {
	k, err := g.DocumentKind(ctx, d)
	if err != nil {
		return "", err
	}
	return schema.DocKindEn(k), nil
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
