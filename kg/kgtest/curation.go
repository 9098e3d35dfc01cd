package kgtest

import (
	"testing"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// CurationQuads are corrections a researcher's curation file might make to
// the fixture, in the shape curation writes them (labelled
// schema.LabelCuration): the byline Văn Minh is Võ Văn Minh, and the
// photographer Việt Dũng was merged into Văn Minh before that (a chain of
// merges); Võ Văn Minh and Kết luận 21-KL/TW carry external identifiers.
func (f *Fixture) CurationQuads() []quad.Quad {
	c := schema.LabelCuration
	return []quad.Quad{
		{Subject: schema.IRI(f.ID["vanminh"]), Predicate: schema.MergedInto, Object: schema.IRI(f.ID["minh"]), Label: c},
		{Subject: schema.IRI(f.ID["vietdung"]), Predicate: schema.MergedInto, Object: schema.IRI(f.ID["vanminh"]), Label: c},
		{Subject: schema.IRI(f.ID["minh"]), Predicate: schema.ExternalID, Object: quad.String("wikidata:Q0000001"), Label: c},
		{Subject: schema.IRI(f.ID["minh"]), Predicate: schema.ExternalID, Object: quad.String("vnexpress:vo-van-minh"), Label: c},
		{Subject: schema.IRI(f.ID["kl21"]), Predicate: schema.ExternalID, Object: quad.String("vbpl:21-KL-TW"), Label: c},
	}
}

// CuratedStore is the fixture with CurationQuads in a memory store.
func (f *Fixture) CuratedStore(t testing.TB) graph.QuadStore {
	t.Helper()
	qs := f.Store(t)
	add(t, qs, f.CurationQuads())
	return qs
}
