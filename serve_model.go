package main

import (
	"context"
	"log"
	"time"

	"github.com/cadregraph/cadregraph/kg"
	"github.com/cadregraph/cadregraph/store"
)

// refreshEvery is how often serve asks a PostgreSQL store whether another
// process wrote to it (store.Stamp: two index reads), to rebuild its read
// model when it did: a load elsewhere shows within seconds.
const refreshEvery = 2 * time.Second

// healthModel is what /healthz says of the read model answering.
type healthModel struct {
	Articles  int    `json:"articles"`
	Quads     int    `json:"quads"` // the stored search index and texts left out
	Values    int    `json:"values"`
	BuiltMS   int64  `json:"builtMs"`
	Refreshed string `json:"refreshed"` // when it was built (RFC 3339)
}

// built records the read model s describes, for /healthz.
func (g *gate) built(s kg.ModelStats) {
	g.model.Store(&healthModel{Articles: s.Articles, Quads: s.Quads, Values: s.Values,
		BuiltMS: s.Built.Milliseconds(), Refreshed: time.Now().UTC().Format(time.RFC3339)})
}

// readModel builds g's read model for the first time, telling api; the
// stamp is the store's as it was before the scan began, so that a write
// during the scan is seen by the first check.
func readModel(ctx context.Context, st *store.Store, g *kg.Graph, api *gate, logger *log.Logger) (stamp string, err error) {
	phase := "reading the store into memory"
	api.phase.Store(&phase)
	stamp, err = st.Stamp(ctx)
	if err != nil {
		return "", err
	}
	s, err := g.Refresh(ctx)
	if err != nil {
		return "", err
	}
	api.built(s)
	logger.Printf("read model: %d articles, %d quads, %d values, %d search tokens, built in %s",
		s.Articles, s.Quads, s.Values, s.Tokens, s.Built.Round(time.Millisecond))
	return stamp, nil
}

// keepFresh rebuilds g's read model whenever st's stamp changes, until ctx
// ends. Only a store other processes may write to needs it (PostgreSQL):
// an embedded store is held by serve alone, which loads before it serves.
// A failed check or rebuild is logged and tried again at the next tick; the
// old model answers meanwhile.
func keepFresh(ctx context.Context, st *store.Store, g *kg.Graph, stamp string, api *gate, logger *log.Logger) {
	t := time.NewTicker(refreshEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		now, err := st.Stamp(ctx)
		if err != nil {
			if ctx.Err() == nil {
				logger.Printf("checking the store for changes: %v", err)
			}
			continue
		}
		if now == stamp {
			continue
		}
		s, err := g.Refresh(ctx)
		if err != nil {
			if ctx.Err() == nil {
				logger.Printf("rebuilding the read model: %v", err)
			}
			continue
		}
		stamp = now
		api.built(s)
		logger.Printf("the store changed: read model rebuilt, %d articles, %d quads, in %s", s.Articles, s.Quads, s.Built.Round(time.Millisecond))
		warm(ctx, g, logger)
	}
}
