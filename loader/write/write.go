// Package write puts an article's quads into the store: the loader's last
// stage, and with read the only one that touches I/O.
//
// An article is written whole or not at all: its quads go in one transaction
// (Cayley's ApplyDeltas), and the quad that says the article exists, its
// rdf:type, goes last, so that even a store that tore a transaction would be
// seen as lacking the article and have it written again. An article already in
// the store is left as it is: articles are identified by the hash of their
// normalised text, so the same text loaded again, from any path, changes
// nothing.
package write

import (
	"context"
	"fmt"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Article writes the quads of the article whose id is articleID in one
// transaction, unless the store already has that article; it reports whether
// it wrote. quads must hold the article's marker (Marker(articleID)); Article
// refuses quads without it, since they could never be recognised as written.
func Article(ctx context.Context, qs graph.QuadStore, articleID string, quads []quad.Quad) (written bool, err error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	marker := Marker(articleID)
	has, err := Has(ctx, qs, articleID)
	if err != nil {
		return false, err
	}
	if has {
		return false, nil
	}
	deltas := make([]graph.Delta, 0, len(quads))
	found := false
	for _, q := range quads {
		if q == marker {
			found = true
			continue
		}
		deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
	}
	if !found {
		return false, fmt.Errorf("write %s: its quads lack the article's own type quad", articleID)
	}
	deltas = append(deltas, graph.Delta{Quad: marker, Action: graph.Add})
	// IgnoreDup: a quad may already be there from an earlier write of this
	// article that a torn transaction left without its marker.
	if err := qs.ApplyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return false, fmt.Errorf("write %s (%d quads): %w", articleID, len(deltas), err)
	}
	return true, nil
}

// Marker is the quad whose presence means the article is in the store: its
// rdf:type, labelled with the article, as emit writes it.
func Marker(articleID string) quad.Quad {
	iri := schema.IRI(articleID)
	return quad.Quad{Subject: iri, Predicate: schema.RDFType, Object: schema.ClassArticle, Label: schema.ArticleLabel(articleID)}
}

// Has reports whether the store holds the article whose id is articleID.
func Has(ctx context.Context, qs graph.QuadStore, articleID string) (bool, error) {
	marker := Marker(articleID)
	ref := qs.ValueOf(marker.Subject)
	if ref == nil {
		return false, nil
	}
	// The article's node is the subject of a few dozen quads at most (its
	// literals and its mentions edges): scan them for the marker.
	it := qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	for it.Next(ctx) {
		if qs.Quad(it.Result()) == marker {
			return true, nil
		}
	}
	if err := it.Err(); err != nil {
		return false, fmt.Errorf("look up %s: %w", articleID, err)
	}
	return false, ctx.Err()
}

// Stored are the ids of the articles the store holds (whose marker it has):
// one walk over the nodes of class Article.
func Stored(ctx context.Context, qs graph.QuadStore) (map[string]bool, error) {
	out := map[string]bool{}
	ref := qs.ValueOf(schema.ClassArticle)
	if ref == nil {
		return out, nil
	}
	it := qs.QuadIterator(quad.Object, ref)
	defer it.Close()
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		id, ok := schema.IDOf(q.Subject)
		if ok && q == Marker(id) {
			out[id] = true
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("list the articles stored: %w", err)
	}
	return out, ctx.Err()
}
