package kg

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"

	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
)

// A Log is a store's record of every value and quad, read in order faster
// than through Cayley's iterators: store.Store's for a bolt store, Cayley's
// key-value log of proto.Primitive entries.
type Log interface {
	// LogEnd is one past the log's last number; ok is false when the
	// store has no such log.
	LogEnd(ctx context.Context) (end uint64, ok bool, err error)
	// ScanLog calls fn with every entry numbered in [from, to), in order.
	ScanLog(ctx context.Context, from, to uint64, fn func(raw []byte) error) error
}

// WithLog has Refresh read the store from log when it has one (a bolt
// store's), in parallel parts, rather than through Cayley's iterators: on
// a bolt store of 1,000 articles, 6 s through the iterators.
func WithLog(log Log) Option {
	return func(g *Graph) { g.log = log }
}

// logPart is what one part of a log scan read: the quads of the predicates
// the model holds, and every value, its bytes as the log keeps them.
type logPart struct {
	quads []rawQuad // the log's numbers
	ids   []uint32  // values' numbers
	offs  []uint32  // ids[i]'s bytes are buf[offs[i]:offs[i+1]]
	buf   []byte
}

// scanLog reads the model's quads and values from log, the key-value
// store's numbers being those of kqs. It reports false when log has none.
func (b *builder) scanLog(ctx context.Context, log Log, kqs *kv.QuadStore) (bool, error) {
	end, ok, err := log.LogEnd(ctx)
	if err != nil || !ok {
		return false, err
	}
	if end > math.MaxUint32 {
		return false, nil // numbers too large for the model's: read it the slow way
	}
	skip := map[uint32]bool{}
	for _, p := range skipped {
		if r, ok := kqs.ValueOf(p).(kv.Int64Value); ok {
			skip[uint32(r)] = true
		}
	}
	parts := make([]logPart, min(4, runtime.GOMAXPROCS(0)))
	var wg sync.WaitGroup
	errs := make([]error, len(parts))
	for i := range parts {
		from, to := 1+uint64(i)*(end-1)/uint64(len(parts)), 1+uint64(i+1)*(end-1)/uint64(len(parts))
		wg.Add(1)
		go func() {
			defer wg.Done()
			pt := &parts[i]
			pt.offs = append(pt.offs, 0)
			var p proto.Primitive
			errs[i] = log.ScanLog(ctx, from, to, func(raw []byte) error {
				p = proto.Primitive{Value: p.Value[:0]}
				if err := p.Unmarshal(raw); err != nil {
					return fmt.Errorf("reading the log: %w", err)
				}
				switch {
				case p.Deleted:
				case p.IsNode():
					pt.ids = append(pt.ids, uint32(p.ID))
					pt.buf = append(pt.buf, p.Value...)
					pt.offs = append(pt.offs, uint32(len(pt.buf)))
				case !skip[uint32(p.Predicate)]:
					pt.quads = append(pt.quads, rawQuad{uint32(p.Subject), uint32(p.Predicate), uint32(p.Object), uint32(p.Label)})
				}
				return nil
			})
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return true, err
	}
	// Number the values the quads use, in the log's order; the others
	// (search tokens, texts) are never decoded.
	const used = math.MaxUint32
	renum := make([]uint32, end)
	for _, pt := range parts {
		for _, q := range pt.quads {
			for _, id := range q {
				if id != 0 {
					renum[id] = used
				}
			}
		}
	}
	for _, pt := range parts {
		for i, id := range pt.ids {
			if renum[id] != used {
				continue
			}
			v, err := pquads.UnmarshalValue(pt.buf[pt.offs[i]:pt.offs[i+1]])
			if err != nil {
				return true, fmt.Errorf("reading the log: value %d: %w", id, err)
			}
			renum[id] = uint32(len(b.vals))
			b.vals = append(b.vals, v)
		}
		pt.buf = nil
	}
	n := 0
	for _, pt := range parts {
		n += len(pt.quads)
	}
	b.quads = make([]rawQuad, 0, n)
	for _, pt := range parts {
		for _, q := range pt.quads {
			var r rawQuad
			for j, id := range q {
				if id != 0 {
					if r[j] = renum[id]; r[j] == used {
						return true, errors.New("reading the log: a quad names a value the log does not hold")
					}
				}
			}
			b.quads = append(b.quads, r)
		}
	}
	b.num = make(map[quad.Value]uint32, len(b.vals))
	for i, v := range b.vals[1:] {
		b.num[v] = uint32(i + 1)
	}
	return true, nil
}

// A Dump is a store read whole in bulk: store.Store's for PostgreSQL, two
// queries where Cayley's iterators read a value a query.
type Dump interface {
	// Dump calls value with every value and its key, then q with every
	// quad whose predicate is not one of skip, as its values' keys ("" for
	// no label); ok is false when the store cannot be read so.
	Dump(ctx context.Context, skip []quad.IRI, value func(key string, v quad.Value) error, q func(s, p, o, l string) error) (ok bool, err error)
}

// WithDump has Refresh read the store with dump when it can (a PostgreSQL
// store), rather than through Cayley's iterators.
func WithDump(dump Dump) Option {
	return func(g *Graph) { g.dump = dump }
}

// scanDump reads the model's quads and values with dump. It reports false
// when the store cannot be read so.
func (b *builder) scanDump(ctx context.Context, dump Dump) (bool, error) {
	byKey := map[string]quad.Value{}
	numbered := map[string]uint32{"": 0}
	ok, err := dump.Dump(ctx, skipped, func(key string, v quad.Value) error {
		byKey[key] = v
		return nil
	}, func(s, p, o, l string) error {
		var r rawQuad
		for i, k := range [4]string{s, p, o, l} {
			n, seen := numbered[k]
			if !seen {
				v, known := byKey[k]
				if !known {
					return errors.New("reading the store: a quad names a value the store does not hold")
				}
				n = b.number(v)
				numbered[k] = n
			}
			r[i] = n
		}
		b.quads = append(b.quads, r)
		return nil
	})
	return ok, err
}
