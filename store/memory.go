package store

import (
	"sync"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
)

// memory is Cayley's memory store made safe to read from many goroutines at
// once, as a GraphQL server does: creating an iterator over all of its quads
// or nodes marks the store as being read (memstore's cloneAll sets a flag),
// an unguarded write that two readers race on. Writing while reading stays
// unsafe, as in memstore itself: serve writes only before it starts
// answering queries.
type memory struct {
	*memstore.QuadStore
	mu sync.Mutex
}

func newMemory() *memory { return &memory{QuadStore: memstore.New()} }

func (m *memory) QuadsAllIterator() graph.Iterator {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.QuadStore.QuadsAllIterator()
}

func (m *memory) NodesAllIterator() graph.Iterator {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.QuadStore.NodesAllIterator()
}

func (m *memory) ApplyDeltas(in []graph.Delta, opts graph.IgnoreOpts) error {
	m.mu.Lock() // the same flag is read and reset by a write
	defer m.mu.Unlock()
	return m.QuadStore.ApplyDeltas(in, opts)
}
