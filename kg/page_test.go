package kg

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/schema"
)

// page is one page of a connection rendered as text: its items, whether more
// follow, and its end cursor.
type page struct {
	items   []string
	hasNext bool
	end     *string
	total   int
	hasPrev bool
	start   *string
}

// walkPages follows a connection from the start, n at a time, and renders
// every page.
func walkPages(t *testing.T, n int, fetch func(first *int, after *string) (page, error)) []string {
	t.Helper()
	var out []string
	var after *string
	for i := 0; ; i++ {
		if i > 20 {
			t.Fatal("paging never ends")
		}
		p, err := fetch(&n, after)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%s (of %d)", strings.Join(p.items, " "), p.total))
		if p.hasPrev != (i > 0) {
			t.Errorf("page %d: hasPreviousPage %t", i, p.hasPrev)
		}
		if (p.start != nil) != (len(p.items) > 0) || p.start != nil && len(p.items) == 1 && *p.start != *p.end {
			t.Errorf("page %d of %d items: startCursor %v, endCursor %v", i, len(p.items), p.start, p.end)
		}
		if !p.hasNext || len(p.items) == 0 {
			return out // a page of none has nowhere to go on from
		}
		if p.end == nil {
			t.Fatal("a page with more after it has no end cursor")
		}
		after = p.end
	}
}

func TestPaging(t *testing.T) {
	f := newFixture(t)
	g := f.graph(t)
	ctx := context.Background()
	short := map[string]string{}
	for k, id := range f.id {
		short[id] = k
	}
	minh, _ := g.Node(ctx, f.id["minh"])
	mentions := func(first *int, after *string) (page, error) {
		c, err := g.Mentions(ctx, minh.(Entity), first, after)
		if err != nil {
			return page{}, err
		}
		p := page{hasNext: c.PageInfo.HasNextPage, end: c.PageInfo.EndCursor, hasPrev: c.PageInfo.HasPreviousPage, start: c.PageInfo.StartCursor, total: c.TotalCount}
		for _, e := range c.Edges {
			a, err := g.MentionArticle(ctx, e.Node)
			if err != nil {
				return p, err
			}
			p.items = append(p.items, short[a.ID])
		}
		return p, nil
	}
	people := func(first *int, after *string) (page, error) {
		c, err := g.Entities(ctx, schema.Person, first, after)
		if err != nil {
			return page{}, err
		}
		p := page{hasNext: c.PageInfo.HasNextPage, end: c.PageInfo.EndCursor, hasPrev: c.PageInfo.HasPreviousPage, start: c.PageInfo.StartCursor, total: c.TotalCount}
		for _, e := range c.Edges {
			p.items = append(p.items, short[e.Node.base().ID])
		}
		return p, nil
	}
	articles := func(first *int, after *string) (page, error) {
		c, err := g.Articles(ctx, first, after)
		if err != nil {
			return page{}, err
		}
		p := page{hasNext: c.PageInfo.HasNextPage, end: c.PageInfo.EndCursor, hasPrev: c.PageInfo.HasPreviousPage, start: c.PageInfo.StartCursor, total: c.TotalCount}
		for _, e := range c.Edges {
			p.items = append(p.items, short[e.Node.ID])
		}
		return p, nil
	}
	tests := []struct {
		name  string
		fetch func(first *int, after *string) (page, error)
		n     int
		want  []string
	}{
		{"mentions, newest article first (a3 has only a publication date)", mentions, 2, []string{"a1 a2 (of 3)", "a3 (of 3)"}},
		{"mentions one by one", mentions, 1, []string{"a1 (of 3)", "a2 (of 3)", "a3 (of 3)"}},
		{"people by folded name", people, 3, []string{"nga vanminh vietdung (of 4)", "minh (of 4)"}},
		{"a page as large as the list", people, 4, []string{"nga vanminh vietdung minh (of 4)"}},
		{"articles, newest event first, undated last", articles, 2, []string{"a1 a2 (of 3)", "a3 (of 3)"}},
		{"a page of none", articles, 0, []string{" (of 3)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := walkPages(t, tt.n, tt.fetch)
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("pages %q, want %q", got, tt.want)
			}
		})
	}

	// Errors a client makes: they are input errors with a clear message.
	big, neg := 500, -1
	garbage, foreign := "not a cursor!", encodeCursor("articles", []string{"2025", "article-x"})
	errs := []struct {
		name  string
		fetch func(first *int, after *string) (page, error)
		first *int
		after *string
		want  string
	}{
		{"first too large", people, &big, nil, "first must be between 0 and 100 (got 500)"},
		{"first negative", mentions, &neg, nil, "first must be between 0 and 100 (got -1)"},
		{"garbage cursor", articles, nil, &garbage, `malformed cursor "not a cursor!"`},
		{"another connection's cursor", people, nil, &foreign, "malformed cursor"},
	}
	for _, tt := range errs {
		_, err := tt.fetch(tt.first, tt.after)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !IsInputError(err) {
			t.Errorf("%s: error %v, want an input error saying %q", tt.name, err, tt.want)
		}
	}
	if _, err := g.Entities(ctx, schema.Article, nil, nil); !IsInputError(err) {
		t.Errorf("entities(kind: ARTICLE): %v, want an input error", err)
	}
}
