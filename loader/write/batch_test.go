package write_test

import (
	"context"
	"slices"
	"testing"

	"github.com/cadregraph/cadregraph/loader/write"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
)

// article is a small article of the given id as emit writes it.
func article(id string) write.Pending {
	l := schema.ArticleLabel(id)
	n := schema.IRI(id)
	return write.Pending{ID: id, Quads: []quad.Quad{
		write.Marker(id),
		{Subject: n, Predicate: schema.Source, Object: quad.String(id + ".txt"), Label: l},
		{Subject: n, Predicate: schema.Title, Object: quad.String("Hội nghị"), Label: l},
	}}
}

func TestArticles(t *testing.T) {
	ctx := context.Background()
	qs := &recorder{QuadStore: memstore.New()}
	a, b, c := article("article-a"), article("article-b"), article("article-c")
	if ok, err := write.Article(ctx, qs, b.ID, b.Quads); err != nil || !ok {
		t.Fatalf("writing b first = %v, %v", ok, err)
	}
	qs.batches = nil

	written, err := write.Articles(ctx, qs, []write.Pending{a, b, c, a})
	if err != nil {
		t.Fatal(err)
	}
	if want := []bool{true, false, true, false}; !slices.Equal(written, want) {
		t.Errorf("written = %v, want %v (b was there, a comes twice)", written, want)
	}
	if len(qs.batches) != 1 {
		t.Fatalf("%d transactions, want 1", len(qs.batches))
	}
	// Each article's marker follows its other quads, so a torn write never
	// leaves an article that looks written.
	batch := qs.batches[0]
	if len(batch) != 6 {
		t.Fatalf("%d quads written, want 6 (a and c)", len(batch))
	}
	if batch[2].Quad != write.Marker(a.ID) || batch[5].Quad != write.Marker(c.ID) {
		t.Errorf("markers are not last of each article: %v", batch)
	}
	if n := count(t, qs); n != 9 {
		t.Errorf("store holds %d quads, want 9", n)
	}
	for _, id := range []string{a.ID, b.ID, c.ID} {
		if has, err := write.Has(ctx, qs, id); err != nil || !has {
			t.Errorf("Has(%s) = %v, %v", id, has, err)
		}
	}
}

func TestArticlesRefusesAnArticleWithoutMarker(t *testing.T) {
	ctx := context.Background()
	qs := &recorder{QuadStore: memstore.New()}
	bad := article("article-bad")
	bad.Quads = bad.Quads[1:]
	if _, err := write.Articles(ctx, qs, []write.Pending{article("article-a"), bad}); err == nil {
		t.Fatal("no error for an article without its marker")
	}
	if len(qs.batches) != 0 {
		t.Errorf("%d transactions written for a refused batch", len(qs.batches))
	}
}

func TestArticlesEmpty(t *testing.T) {
	qs := &recorder{QuadStore: memstore.New()}
	written, err := write.Articles(context.Background(), qs, nil)
	if err != nil || len(written) != 0 || len(qs.batches) != 0 {
		t.Errorf("empty batch = %v, %v, %d transactions", written, err, len(qs.batches))
	}
}
