package kg

import (
	"context"
	"sync"
	"testing"

	"github.com/cadregraph/cadregraph/kg/kgtest"
	"github.com/cadregraph/cadregraph/schema"
)

// pageOfPeople reads what `entities(kind: PERSON, first: 100) { name tenures {
// firstSeen position { title unit { name } } evidence { quote article { source } } } }`
// reads, resolving siblings concurrently as gqlgen does, and returns the
// number of values read.
func pageOfPeople(ctx context.Context, g *Graph) (int, error) {
	first := 100
	c, err := g.Entities(ctx, schema.Person, &first, nil)
	if err != nil {
		return 0, err
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	var errs []error
	count := 0
	do := func(f func() error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := f(); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
			mu.Lock()
			count++
			mu.Unlock()
		}()
	}
	for _, e := range c.Edges {
		p := e.Node.(*Person)
		do(func() error { _, err := g.Name(ctx, p); return err })
		do(func() error {
			ts, err := g.PersonTenures(ctx, p, nil)
			for _, t := range ts {
				do(func() error { _, err := g.PositionTitle(ctx, t.Position); return err })
				do(func() error {
					u, err := g.PositionUnit(ctx, t.Position)
					if err != nil || u == nil {
						return err
					}
					_, err = g.Name(ctx, u)
					return err
				})
				for _, m := range t.Evidence() {
					do(func() error { _, err := g.MentionQuote(ctx, m); return err })
					do(func() error {
						a, err := g.MentionArticle(ctx, m)
						if err != nil {
							return err
						}
						_, err = g.ArticleSource(ctx, a)
						return err
					})
				}
			}
			return err
		})
	}
	wg.Wait()
	if len(errs) > 0 {
		return 0, errs[0]
	}
	return count, nil
}

// TestWalksPerPage: a page of people with their tenures, positions, units and
// evidence costs the same few store walks whether it holds 10 people or 100.
func TestWalksPerPage(t *testing.T) {
	var walks []int64
	for _, n := range []int{10, 100} {
		g := New(kgtest.Crowd(t, n))
		before := g.Walks()
		values, err := pageOfPeople(context.Background(), g)
		if err != nil {
			t.Fatal(err)
		}
		w := g.Walks() - before
		t.Logf("%d people: %d values in %d walks", n, values, w)
		if values < 10*n {
			t.Fatalf("%d people: only %d values read", n, values)
		}
		walks = append(walks, w)
	}
	if walks[0] != walks[1] {
		t.Errorf("10 people cost %d walks, 100 cost %d: batching depends on page size", walks[0], walks[1])
	}
	// entities (their class, every name), their names, tenures (the tenures,
	// their positions, observations, what the observations say), positions,
	// units, evidence, articles.
	if walks[1] > 11 {
		t.Errorf("a page of people cost %d walks, want at most 11", walks[1])
	}
}
