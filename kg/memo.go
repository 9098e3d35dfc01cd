package kg

import (
	"context"
	"sync"

	"github.com/cadregraph/cadregraph/schema"
)

// A memo keeps the answers to the questions that read a whole kind of node
// (every unit with its name, every article with its date, the merged
// entities), for a Graph over a store that does not change while it serves:
// on a 10,000-article bolt store each of them reads hundreds of thousands of
// quads, seconds a question, while the answer is the same until the next
// load. Only successful answers are kept; callers must not modify them.
type memo struct {
	mu   sync.Mutex
	keys map[string]*memoEntry
}

type memoEntry struct {
	mu  sync.Mutex // held while the answer is computed: one computation a key
	val any
	ok  bool
}

func newMemo() *memo { return &memo{keys: map[string]*memoEntry{}} }

// remember is compute's answer for key: kept from an earlier call while g
// reads a read model (each model has its memo, so a refresh forgets them) or
// a frozen store, else computed again.
func remember[T any](ctx context.Context, g *Graph, key string, compute func(context.Context) (T, error)) (T, error) {
	m := g.memo
	if rm := g.model(); rm != nil {
		m = rm.memo
	}
	if m == nil {
		return compute(ctx)
	}
	m.mu.Lock()
	e := m.keys[key]
	if e == nil {
		e = &memoEntry{}
		m.keys[key] = e
	}
	m.mu.Unlock()
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.ok {
		return e.val.(T), nil
	}
	v, err := compute(ctx)
	if err != nil {
		return v, err // a cancelled question must not be the next one's answer
	}
	e.val, e.ok = v, true
	return v, nil
}

// Warm reads, over a frozen store or a read model, the answers a Graph keeps
// (see Frozen and Refresh), so that the first client to list or count does
// not wait for them; it returns the first error. Otherwise it does nothing.
func (g *Graph) Warm(ctx context.Context) error {
	if g.memo == nil && g.model() == nil {
		return nil
	}
	if _, err := g.Counts(ctx); err != nil {
		return err
	}
	if _, err := g.Articles(ctx, nil, nil); err != nil {
		return err
	}
	for _, k := range schema.Kinds() {
		if k == schema.Article {
			continue
		}
		if _, err := g.Entities(ctx, k, nil, nil); err != nil {
			return err
		}
	}
	return nil
}
