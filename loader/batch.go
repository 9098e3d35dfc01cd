package loader

import (
	"context"
	"errors"
	"fmt"

	"github.com/cadregraph/cadregraph/loader/write"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
)

// A batch is written in one transaction when it holds batchArticles
// articles or batchQuads quads, whichever comes first. Measured on bolt
// (BenchmarkLoadCorpus): one transaction an article spent most of a load
// committing and syncing. What a commit costs grows with the store, not with
// the batch: Cayley keeps each value's id and reference count in one of
// 131,072 small buckets nested in bolt's root bucket, a batch touches a good
// part of them and of the indexes' leaves, and bolt writes every page it
// touched again at each commit. Writing 3,000 synthetic articles
// (BenchmarkWriteCorpus, bolt's own counts) wrote 275,890 pages at 64
// articles a transaction, 134,141 at 256, 95,015 at 512 and 74,343 at
// 1,024, for 3.2, 2.6, 2.9 and 3.3 cpu-ms an article (one run each on the
// shared machine). Beyond a few hundred articles a transaction holds more
// than it saves: a new store's value buckets are made as writes first need
// them, in the hashes' random order, into leaves bolt keeps unsplit until the
// commit, so one large first transaction moves a leaf's tail at every insert
// (600 articles in one: bolt's node.put 60% of the write). Making all of them
// in order when a store is created (Cayley's "upfront" layout) costs 0.7 s
// of CPU a store and saved less than that at 3,000 articles. A load's memory
// grows with its batch: peak RSS of 1,000 articles 435 MB at 64 a
// transaction, 497 at 256 (2,000: 580-610 against 860-880, stop 12); the
// CPU a commit saves is small in stores that size and grows with the store.
const (
	batchArticles = 256
	batchQuads    = 64 * 1000
)

// batcher writes extracted articles, given in input order, a batch at a time
// and counts them into the report as it writes them: an article is counted
// as loaded only once its transaction is committed.
type batcher struct {
	ctx   context.Context
	qs    graph.QuadStore
	wr    *write.Writer // the pass's: it knows the shared facts written
	rep   *Report
	seen  map[string]bool // entities counted already
	logf  func(string, ...any)
	max   int // articles a batch
	maxQ  int // quads a batch
	batch []result
	quads int
	// progress, if set, is called after each transaction.
	progress func()
}

// newBatcher writes at most max articles a transaction; 0 means batchArticles.
// seen are the entities the load has counted already, shared by its passes
// so that an entity of a held article is counted once (see Report.Entities).
func newBatcher(ctx context.Context, qs graph.QuadStore, rep *Report, max int, seen map[string]bool, logf func(string, ...any)) *batcher {
	if max <= 0 {
		max = batchArticles
	}
	return &batcher{ctx: ctx, qs: qs, wr: write.NewWriter(qs), rep: rep, seen: seen, max: max, maxQ: batchQuads, logf: logf}
}

// add takes the next article; it returns an error only when the store fails.
func (w *batcher) add(r result) error {
	w.batch = append(w.batch, r)
	w.quads += len(r.quads)
	if len(w.batch) >= w.max || w.quads >= w.maxQ {
		return w.flush()
	}
	return nil
}

// flush writes the articles taken and not yet written.
func (w *batcher) flush() error {
	if len(w.batch) == 0 {
		return nil
	}
	var pending []write.Pending
	for _, r := range w.batch {
		if r.err == nil && !r.present {
			pending = append(pending, write.Pending{ID: r.articleID, Quads: r.quads})
		}
	}
	before, exact := w.size()
	written, err := w.wr.Articles(w.ctx, pending)
	if err != nil {
		first, last := w.batch[0].source, w.batch[len(w.batch)-1].source
		if first != last {
			first += " … " + last
		}
		return fmt.Errorf("%s: %w", first, err)
	}
	// A fact several articles state is written once: what a batch adds is
	// what the store's count says, where it can (PostgreSQL counts by
	// estimate), else each article's quads.
	added := -1
	if after, ok := w.size(); exact && ok {
		added = int(after - before)
		w.rep.Quads += added
	}
	k := 0
	for _, r := range w.batch {
		if r.err != nil {
			f := failureOf(r)
			w.rep.Failed = append(w.rep.Failed, f)
			w.logf("not loaded %s", f)
			continue
		}
		if r.present {
			w.count(r, false, false)
			continue
		}
		w.count(r, written[k], added < 0)
		k++
	}
	clear(w.batch) // let go of the quads
	w.batch, w.quads = w.batch[:0], 0
	if w.progress != nil {
		w.progress()
	}
	return nil
}

// size is how many quads the store holds, when its count is exact and
// cheap (bolt, mem:). A new bolt store has no count yet: it holds none.
func (w *batcher) size() (int64, bool) {
	st, err := w.qs.Stats(w.ctx, false)
	if errors.Is(err, kv.ErrNoBucket) {
		return 0, true
	}
	return st.Quads.Size, err == nil && st.Quads.Exact && st.Quads.Size >= 0
}

// count counts r into the report; quads says whether its quads are counted
// as written, when the store cannot count what a batch added.
func (w *batcher) count(r result, written, quads bool) {
	if !written {
		w.rep.Present++
		w.logf("already present %s: %s", r.source, r.articleID)
		return
	}
	w.rep.Loaded++
	if quads {
		w.rep.Quads += len(r.quads)
	}
	for id, k := range r.entities {
		if !w.seen[id] {
			w.seen[id] = true
			w.rep.Entities[k]++
		}
	}
	w.logf("loaded %s: %s, %d quads", r.source, r.articleID, len(r.quads))
}
