package write_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/cadregraph/cadregraph/loader/write"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/cayley/graph"
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

// withShared is article(id) stating the shared facts facts.
func withShared(id string, facts ...quad.Quad) write.Pending {
	p := article(id)
	p.Quads = append(facts, p.Quads...)
	return p
}

// failing refuses the next ApplyDeltas, once.
type failing struct {
	*recorder
	fail bool
}

func (f *failing) ApplyDeltas(d []graph.Delta, o graph.IgnoreOpts) error {
	if f.fail {
		f.fail = false
		return errors.New("disk full")
	}
	return f.recorder.ApplyDeltas(d, o)
}

// A Writer hands each shared fact to the store once, with the first article
// stating it, in its batch or an earlier one; the articles' own quads all go.
// A batch that fails is forgotten: its facts go again with the next.
func TestWriterSharedOnce(t *testing.T) {
	ctx := context.Background()
	person := schema.IRI("person-nguyen-van-a")
	name := quad.Quad{Subject: person, Predicate: schema.Name, Object: quad.String("Nguyễn Văn A"), Label: schema.LabelShared}
	kind := quad.Quad{Subject: person, Predicate: schema.RDFType, Object: schema.ClassPerson, Label: schema.LabelShared}
	// The same name as another kind of value is another fact.
	other := quad.Quad{Subject: person, Predicate: schema.Name, Object: quad.IRI("Nguyễn Văn A"), Label: schema.LabelShared}
	qs := &failing{recorder: &recorder{QuadStore: memstore.New()}}
	w := write.NewWriter(qs)

	batches := []struct {
		articles []write.Pending
		fail     bool
		want     int // quads handed to the store
	}{
		{[]write.Pending{withShared("article-a", name), withShared("article-b", name, kind)}, false, 3 + 3 + 2},
		{[]write.Pending{withShared("article-c", kind, name, other)}, false, 3 + 1},
		{[]write.Pending{withShared("article-d", kind, quad.Quad{Subject: person, Predicate: schema.Name, Object: quad.String("Nguyễn Văn B"), Label: schema.LabelShared})}, true, 0},
		{[]write.Pending{withShared("article-d", quad.Quad{Subject: person, Predicate: schema.Name, Object: quad.String("Nguyễn Văn B"), Label: schema.LabelShared})}, false, 3 + 1},
	}
	for i, b := range batches {
		qs.batches, qs.fail = nil, b.fail
		_, err := w.Articles(ctx, b.articles)
		if (err != nil) != b.fail {
			t.Fatalf("batch %d: error %v, want one: %v", i, err, b.fail)
		}
		got := 0
		for _, d := range qs.batches {
			got += len(d)
		}
		if got != b.want {
			t.Errorf("batch %d: %d quads handed to the store, want %d: %v", i, got, b.want, qs.batches)
		}
	}
	if n := count(t, qs); n != 4*3+4 {
		t.Errorf("store holds %d quads, want %d", n, 4*3+4)
	}
}
