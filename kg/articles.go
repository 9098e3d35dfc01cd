package kg

import (
	"context"
	"slices"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
)

// ArticleSource is the file name or URL an article was loaded from, as
// PublicSource shows it.
func (g *Graph) ArticleSource(ctx context.Context, a *Article) (string, error) {
	fs, err := a.props(ctx)
	if err != nil {
		return "", err
	}
	s, _ := pickString(fs.of(schema.Source))
	return PublicSource(s), nil
}

// ArticleTitle is an article's headline.
func (g *Graph) ArticleTitle(ctx context.Context, a *Article) (*string, error) {
	fs, err := a.props(ctx)
	if err != nil {
		return nil, err
	}
	return optString(fs.of(schema.Title)), nil
}

// ArticlePublished is the date an article was published, where it shows one.
func (g *Graph) ArticlePublished(ctx context.Context, a *Article) (*date.Date, error) {
	fs, err := a.props(ctx)
	if err != nil {
		return nil, err
	}
	return optDate(fs.of(schema.Published)), nil
}

// ArticleEventDate is the date of the main event an article reports.
func (g *Graph) ArticleEventDate(ctx context.Context, a *Article) (*date.Date, error) {
	fs, err := a.props(ctx)
	if err != nil {
		return nil, err
	}
	return optDate(fs.of(schema.EventDate)), nil
}

// ArticleAuthors are the people an article's byline names.
func (g *Graph) ArticleAuthors(ctx context.Context, a *Article) ([]*Person, error) {
	m, err := a.b.linked(ctx, schema.Author, schema.Person, false)
	if err != nil {
		return nil, err
	}
	return as[*Person](m[a.ID]), nil
}

// ArticlePhotographers are the people credited under an article's pictures.
func (g *Graph) ArticlePhotographers(ctx context.Context, a *Article) ([]*Person, error) {
	m, err := a.b.linked(ctx, schema.Photographer, schema.Person, false)
	if err != nil {
		return nil, err
	}
	return as[*Person](m[a.ID]), nil
}

// ArticleText is an article's normalised text, which mentions' offsets index.
// Texts are long, so they have a load of their own.
func (g *Graph) ArticleText(ctx context.Context, a *Article) (string, error) {
	texts, err := load(a.b, "text", func() (props, error) {
		return g.readProps(ctx, a.b.ids, []quad.IRI{schema.Text})
	})
	if err != nil {
		return "", err
	}
	s, _ := pickString(texts[a.ID].of(schema.Text))
	return s, nil
}

// ArticleEntities are the entities an article mentions, by kind and name;
// with kinds, only those of these kinds.
func (g *Graph) ArticleEntities(ctx context.Context, a *Article, kinds []schema.Kind) ([]Entity, error) {
	m, err := a.b.around(ctx, schema.Mentions, false)
	if err != nil {
		return nil, err
	}
	out := []Entity{}
	for _, e := range as[Entity](m[a.ID]) {
		if len(kinds) == 0 || slices.Contains(kinds, e.Kind()) {
			out = append(out, e)
		}
	}
	return out, nil
}
