package graph

import (
	"container/list"
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// byteCache is a least-recently-used cache bounded by the bytes its entries
// take, as cost estimates them, rather than by their number: gqlgen's LRU of
// 1,000 parsed queries held 1.75 GB after 100 queries of 10 MiB. An entry
// larger than an eighth of the budget is not kept, so that one query cannot
// empty the cache of all others.
type byteCache[T any] struct {
	mu    sync.Mutex
	max   int64
	size  int64
	cost  func(key string, v T) int64
	order *list.List // of *cacheEntry[T], most recent first
	items map[string]*list.Element
}

type cacheEntry[T any] struct {
	key  string
	v    T
	cost int64
}

var _ graphql.Cache[string] = (*byteCache[string])(nil)

func newByteCache[T any](max int64, cost func(key string, v T) int64) *byteCache[T] {
	return &byteCache[T]{max: max, cost: cost, order: list.New(), items: map[string]*list.Element{}}
}

func (c *byteCache[T]) Get(_ context.Context, key string) (T, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[key]
	if !ok {
		var zero T
		return zero, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*cacheEntry[T]).v, true
}

func (c *byteCache[T]) Add(_ context.Context, key string, v T) {
	cost := c.cost(key, v)
	if cost > c.max/8 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[key]; ok {
		c.remove(e)
	}
	c.items[key] = c.order.PushFront(&cacheEntry[T]{key, v, cost})
	c.size += cost
	for c.size > c.max {
		c.remove(c.order.Back())
	}
}

func (c *byteCache[T]) remove(e *list.Element) {
	ent := c.order.Remove(e).(*cacheEntry[T])
	delete(c.items, ent.key)
	c.size -= ent.cost
}

// bytes is what the cache holds, by its estimate.
func (c *byteCache[T]) bytes() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.size
}

// docBytesPerByte estimates the memory a parsed and validated query takes
// for each byte of its text: every field is an ast.Field with its position,
// name, alias and links to its definitions, some 25 times the bytes of the
// field as written. TestCacheEstimate holds the estimate above what parsing
// allocates.
const docBytesPerByte = 40

// entryOverhead is what an entry costs beside its key and value: the map
// entry, the list element, the document's top-level structures.
const entryOverhead = 512

func newQueryCache(max int64) *byteCache[*ast.QueryDocument] {
	return newByteCache(max, func(key string, _ *ast.QueryDocument) int64 {
		return int64(len(key))*(1+docBytesPerByte) + entryOverhead
	})
}

func newPersistedCache(max int64) *byteCache[string] {
	return newByteCache(max, func(key, query string) int64 {
		return int64(len(key)+len(query)) + entryOverhead
	})
}
