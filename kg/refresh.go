package kg

import (
	"context"
	"time"
)

// ModelStats describe a read model: what it holds and how long it took to
// build.
type ModelStats struct {
	Quads    int           // quads read into it (the stored search index and texts left out)
	Values   int           // distinct values (nodes and literals)
	Articles int           // articles
	Tokens   int           // distinct search tokens
	Built    time.Duration // the scan of the store and the indexes
}

// Refresh reads the store, in one scan, into a read model (see model) and
// answers from it from then on; a later Refresh reads the store again and
// swaps the new model in, so a question in flight finishes on the model it
// started with. The quads of the stored search index and the articles'
// texts stay in the store (hops over them still read it). Until the first
// Refresh, and when it fails, the Graph reads the store for every answer.
func (g *Graph) Refresh(ctx context.Context) (ModelStats, error) {
	m, err := buildModel(ctx, g.qs, g.log, g.dump)
	if err != nil {
		return ModelStats{}, err
	}
	g.rm.Store(m)
	return m.stats(), nil
}

// Model describes the read model the Graph answers from; ok is false when
// it reads the store (no Refresh yet).
func (g *Graph) Model() (s ModelStats, ok bool) {
	m := g.model()
	if m == nil {
		return ModelStats{}, false
	}
	return m.stats(), true
}

func (g *Graph) model() *model { return g.rm.Load() }

func (m *model) stats() ModelStats {
	return ModelStats{Quads: m.quads, Values: len(m.vals) - 1, Articles: m.articles, Tokens: len(m.search.tokens), Built: m.built}
}
