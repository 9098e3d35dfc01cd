package loader

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/cadregraph/cadregraph/loader/curation"
	"github.com/cadregraph/cadregraph/loader/emit"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/normalize"
	"github.com/cadregraph/cadregraph/loader/read"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/write"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/store"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Options tunes a load. The zero value loads with the real extraction on
// every core, quietly.
type Options struct {
	// Workers is how many articles are extracted at once; 0 means GOMAXPROCS.
	Workers int
	// Limit is the largest article in bytes; 0 means read.DefaultLimit.
	Limit int64
	// Log, if set, hears a line for each article and each file passed over.
	Log io.Writer
	// Waiting, if set, hears that another load holds the store and that
	// this one waits for it to end (store.Exclusive); else Log does.
	Waiting func()
	// Extract turns an article into its facts; nil means the package's
	// Extract, whose first stage names the article (the hash of its
	// normalised text), so that an article the store has costs a
	// normalisation, not an extraction. Tests set it to load without
	// depending on the real rules.
	Extract func(model.Raw) (model.Facts, error)
	// Batch is how many articles are written in one transaction at most;
	// 0 means a few hundred (see batchArticles). Each article is whole in the
	// store or absent whatever the batch.
	Batch int
	// Version names the extraction's rules on the articles written; empty
	// means ExtractorVersion. Articles in the store written by another
	// version are extracted again from their stored text at the start of a
	// load, so the store is always what this version extracts.
	Version   string
	imported  int // quads of N-Quads files Load read, for the report
	hold      int // bound on the text of held articles (holdBack); 0 means holdBytes
	holdFacts int // bound on held extractions (holdBack); 0 means holdFactsBytes

	// Progress, if set, hears how far the load is: once the articles are
	// counted, then after each transaction. It is called from the goroutine
	// that writes, so it must return quickly.
	Progress func(Progress)

	// Curation, if set, is a curation file (see package curation) applied
	// after the articles; the file is read before any article, so a bad one
	// changes nothing. Without it the store keeps the curation it has.
	Curation string
}

// Failure is an article that could not be loaded, and why.
type Failure struct {
	Source string // file, file:line for .jsonl, or url (file:line)
	Msg    string
}

func (f Failure) String() string { return f.Source + ": " + f.Msg }

// Report is what a load did.
type Report struct {
	Loaded  int       // articles written
	Present int       // articles already in the store, left as they were
	Failed  []Failure // articles not loaded, in input order
	Skipped int       // files in folders passed over: not .txt or .jsonl, hidden
	// Entities counts the distinct entities of each kind the articles
	// written name, by the id the store keeps each under (a merged one is its
	// survivor): on an empty store, what the API's counts then give
	// (articles themselves are Loaded).
	Entities map[schema.Kind]int
	Quads    int // quads written
	// Curation is what applying Options.Curation did; nil without one.
	Curation *CurationReport
	// Refreshed counts the articles of the store extracted again because
	// another version of the rules had written them.
	Refreshed int
	// Imported counts the quads read from N-Quads files.
	Imported int
	// Joined counts the derived merges made or taken back (a yearless
	// document joined to the one dated document of its kind and number).
	Joined  int
	Elapsed time.Duration
}

// version is the extractor version the load writes.
func (o Options) version() string {
	if o.Version != "" {
		return o.Version
	}
	return ExtractorVersion
}

// extract is the extraction the load runs.
func (o Options) extract() func(model.Raw) (model.Facts, error) {
	if o.Extract != nil {
		return o.Extract
	}
	return Extract
}

// String is the report as cadregraph load prints it.
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "loaded %s in %s: %d already present, %d failed\n",
		plural(r.Loaded, "article", "articles"), r.Elapsed.Round(time.Millisecond), r.Present, len(r.Failed))
	var parts []string
	for _, k := range schema.Kinds() {
		if k == schema.Article {
			continue
		}
		one, many := kindNames(k)
		parts = append(parts, plural(r.Entities[k], one, many))
	}
	fmt.Fprintf(&b, "entities: %s\n", strings.Join(parts, ", "))
	fmt.Fprintf(&b, "quads written: %d\n", r.Quads)
	if r.Skipped > 0 {
		fmt.Fprintf(&b, "files passed over (not .txt or .jsonl, or hidden): %d\n", r.Skipped)
	}
	if r.Imported > 0 {
		fmt.Fprintf(&b, "quads imported from N-Quads: %d\n", r.Imported)
	}
	if r.Refreshed > 0 {
		fmt.Fprintf(&b, "extracted again with the current rules: %s\n", plural(r.Refreshed, "article", "articles"))
	}
	if r.Curation != nil {
		b.WriteString(r.Curation.String())
	}
	if r.Joined > 0 {
		fmt.Fprintf(&b, "derived merges made or taken back: %d\n", r.Joined)
	}
	if len(r.Failed) > 0 {
		fmt.Fprintf(&b, "not loaded:\n")
		for _, f := range r.Failed {
			fmt.Fprintf(&b, "  %s\n", f)
		}
	}
	return b.String()
}

func kindNames(k schema.Kind) (string, string) {
	switch k {
	case schema.Person:
		return "person", "people"
	case schema.Congress:
		return "congress", "congresses"
	}
	s := strings.ToLower(string(k))
	return s, s + "s"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// Load reads the articles in paths (files and folders, see package read),
// extracts their facts and writes each article whole in a transaction (with
// others, a batch at a time), in the order read, except that articles citing
// a document without its year come after the rest (see holdBack). An article
// already in the store is left as it is. A
// problem with one article is reported and the load goes on; Load returns an
// error only when the store fails or ctx is done, with the report of what was
// done until then: every article it counts as loaded is wholly in the store.
//
// A file named .nq, .nquads, .nq.gz or .nquads.gz is N-Quads, such as
// cadregraph export --format nquads writes: its quads are loaded as they are,
// labels kept, before the articles (see write.NQuads).
func Load(ctx context.Context, st *store.Store, paths []string, opt Options) (Report, error) {
	release, err := exclusive(ctx, st, opt)
	if err != nil {
		return Report{Entities: map[schema.Kind]int{}}, err
	}
	defer release()
	var articles []string
	for _, p := range paths {
		if !write.IsNQuads(p) {
			articles = append(articles, p)
			continue
		}
		n, err := write.NQuads(ctx, st.QuadStore(), p)
		if err != nil {
			return Report{Entities: map[schema.Kind]int{}}, err
		}
		opt.imported += n
	}
	return load(ctx, st.QuadStore(), func(ro read.Options) iter.Seq2[model.Raw, error] {
		return read.Paths(articles, ro)
	}, opt)
}

// exclusive makes the load the store's one writer (store.Exclusive), saying
// that it waits (opt.Waiting, or on opt.Log) when another load holds it.
func exclusive(ctx context.Context, st *store.Store, opt Options) (func(), error) {
	return st.Exclusive(ctx, func() {
		if opt.Waiting != nil {
			opt.Waiting()
		} else if opt.Log != nil {
			fmt.Fprintf(opt.Log, "waiting for another load into %s to end\n", st)
		}
	})
}

// LoadFS is Load on the files of fsys, such as the embedded sample corpus;
// paths are in fsys's form ("." for all of it).
func LoadFS(ctx context.Context, st *store.Store, fsys fs.FS, paths []string, opt Options) (Report, error) {
	release, err := exclusive(ctx, st, opt)
	if err != nil {
		return Report{Entities: map[schema.Kind]int{}}, err
	}
	defer release()
	return load(ctx, st.QuadStore(), func(ro read.Options) iter.Seq2[model.Raw, error] {
		return read.FS(fsys, paths, ro)
	}, opt)
}

// job is an article read, or the problem reading it, numbered in input order.
type job struct {
	seq int
	raw model.Raw
	err error
	// facts, when set, are raw's extraction, kept from an earlier pass
	// (holdBack): the article is not extracted again, and raw may lack its
	// text.
	facts *model.Facts
}

// result is a job extracted: the article's quads, or why there are none.
type result struct {
	seq       int
	source    string
	articleID string
	quads     []quad.Quad
	entities  map[string]schema.Kind
	err       error
	// yearless: the article cites a numbered document read without its
	// year that no join has settled; raw, facts and docs are kept for
	// holdBack.
	yearless bool
	raw      model.Raw
	facts    *model.Facts
	docs     []docRef
	// present: the store had the article when the pass began, so it was
	// not extracted (see pass.present).
	present bool
}

func load(ctx context.Context, qs graph.QuadStore, articles func(read.Options) iter.Seq2[model.Raw, error], opt Options) (Report, error) {
	start := time.Now()
	rep := Report{Entities: map[schema.Kind]int{}, Imported: opt.imported}
	var logMu sync.Mutex // the reading goroutine and the writing one both log
	logf := func(format string, a ...any) {
		if opt.Log != nil {
			logMu.Lock()
			defer logMu.Unlock()
			fmt.Fprintf(opt.Log, format+"\n", a...)
		}
	}
	ro := read.Options{Limit: opt.Limit, Skipped: func(p, why string) {
		rep.Skipped++ // called from the reading goroutine only; read once it is done
		logf("passed over %s: %s", p, why)
	}}
	extract := opt.Extract // nil: the package's stages (see extractOne)
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var cfile *curation.File
	if opt.Curation != "" {
		f, err := curation.Read(opt.Curation)
		if err != nil {
			return rep, err
		}
		cfile = f
	}
	// Articles are written under the curation the store has (and its
	// derived merges); a new curation is applied after them.
	cur, err := readCurated(ctx, qs)
	if err != nil {
		return rep, err
	}
	rw := cur.rewriter()
	if rep.Refreshed, err = refresh(ctx, qs, rw, opt); err != nil {
		return rep, err
	}

	// An article citing a document without its year is held back (as read,
	// to be extracted again) until the others are written: whether that
	// document is another one, dated, is known only once the whole load is
	// seen. Written at once, it would be rewritten when the join is made,
	// deleting what was just added, in one transaction as large as the
	// corpus (on mem:, Cayley's memstore deletes in time linear in the store).
	held := &holdBack{qs: qs, max: cmp.Or(opt.hold, holdBytes), maxFacts: cmp.Or(opt.holdFacts, holdFactsBytes)}
	p := pass{qs: qs, rep: &rep, logf: logf, extract: extract, workers: workers, version: opt.version(), batch: opt.Batch, seen: map[string]bool{}}
	if opt.Progress != nil {
		// The articles are counted by reading them once (without the
		// report's count of files passed over), so that a long load can
		// say how much is left.
		total := 0
		for range articles(read.Options{Limit: opt.Limit}) {
			total++
		}
		p.progress = func() {
			opt.Progress(Progress{Articles: rep.Loaded + rep.Present + len(rep.Failed), Total: total, Quads: rep.Quads, Elapsed: time.Since(start)})
		}
		p.progress()
	}
	if err := p.run(ctx, jobsOf(articles(ro)), rw, held); err != nil {
		rep.Elapsed = time.Since(start)
		return rep, err
	}
	if len(held.raws) > 0 {
		// Joins that the held articles make are recorded (and stored
		// articles citing the joined documents rewritten) first; the held
		// articles are then written under them.
		if rep.Joined, err = derive(ctx, qs, opt, held.docs); err != nil {
			return rep, err
		}
		cur, err := readCurated(ctx, qs)
		if err != nil {
			return rep, err
		}
		logf("writing %s held back until the joins of their documents were known", plural(len(held.raws), "article", "articles"))
		if err := p.run(ctx, held.articles(), cur.rewriter(), nil); err != nil {
			rep.Elapsed = time.Since(start)
			return rep, err
		}
	}
	if cfile != nil {
		cr, err := curate(ctx, qs, cfile, opt)
		if err != nil {
			return rep, err
		}
		rep.Curation = &cr
	}
	n, err := derive(ctx, qs, opt, nil)
	if err != nil {
		return rep, err
	}
	rep.Joined += n
	rep.Elapsed = time.Since(start)
	return rep, nil
}

// holdBytes bounds the text of the articles a load holds back: past it,
// articles are written at once and the joins rewrite them afterwards, as
// they rewrite articles of earlier loads.
const holdBytes = 256 << 20

// holdFactsBytes bounds the memory of the extractions a load holds back,
// reckoned at factsPerByte times their articles' text (the synthetic corpus'
// facts take 14 kB an article of 3.7 kB). Past it, a held article keeps its
// text alone and is extracted again when it is written.
const (
	holdFactsBytes = 256 << 20
	factsPerByte   = 4
)

// holdBack keeps the articles whose documents may join others, with those
// documents. A held article keeps its extraction, within bounds: the joins
// change the ids its facts are stored under, not what the rules read in it,
// and extracting it again cost a large load a third of its CPU (the
// synthetic corpus holds back seven articles in ten).
type holdBack struct {
	qs       graph.QuadStore
	max      int // text held
	maxFacts int // facts held, reckoned as factsPerByte times their text
	size     int
	facts    int
	raws     []job
	docs     []docRef
}

// take reports whether r is held back rather than written now: it cites a
// document read without its year that no join has settled yet, it is not
// already in the store, and the held articles are within bounds.
func (h *holdBack) take(ctx context.Context, r result) (bool, error) {
	if h == nil || r.err != nil || !r.yearless {
		return false, nil
	}
	cost := factsPerByte * len(r.raw.Text)
	keepFacts := r.facts != nil && h.facts+cost <= h.maxFacts
	if !keepFacts && h.size+len(r.raw.Text) > h.max {
		return false, nil
	}
	if has, err := write.Has(ctx, h.qs, r.articleID); err != nil || has {
		return false, err
	}
	// An article read twice is held twice: the second pass writes it once
	// and reports the other as already present, as a first pass would.
	j := job{raw: r.raw}
	if keepFacts {
		j.raw.Text, j.facts = "", r.facts // the facts hold the text they need
		h.facts += cost
	} else {
		h.size += len(r.raw.Text)
	}
	h.raws = append(h.raws, j)
	h.docs = append(h.docs, r.docs...)
	return true, nil
}

// articles are the held articles, for a pass.
func (h *holdBack) articles() iter.Seq[job] {
	return func(yield func(job) bool) {
		for _, j := range h.raws {
			if !yield(j) {
				return
			}
		}
	}
}

// jobsOf are the articles of src as jobs, for a pass.
func jobsOf(src iter.Seq2[model.Raw, error]) iter.Seq[job] {
	return func(yield func(job) bool) {
		for raw, err := range src {
			if !yield(job{raw: raw, err: err}) {
				return
			}
		}
	}
}

// pass is one run of the pipeline: read, extract on every core, write in
// input order a batch at a time.
type pass struct {
	qs      graph.QuadStore
	rep     *Report
	logf    func(string, ...any)
	extract func(model.Raw) (model.Facts, error) // nil: the package's stages
	workers int
	version string
	batch   int
	seen    map[string]bool // entities counted, across the load's passes
	// progress, if set, tells Options.Progress after each transaction.
	progress func()
}

// run takes the articles of src through the pipeline under rw; held, when
// not nil, keeps back the articles it takes instead of writing them.
func (p pass) run(ctx context.Context, src iter.Seq[job], rw *curation.Rewriter, held *holdBack) error {
	// The articles the store has as the pass begins: an article is named by
	// the hash of its normalised text, so one of them read again costs its
	// normalisation and a lookup, not an extraction. The workers only read
	// the set; the store itself is not safe to read while the pass writes
	// (Cayley's memstore).
	present, err := write.Stored(ctx, p.qs)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// inflight bounds the articles between reading and the writer's queue
	// (ordered, below: a batch), so that a slow article holding up the
	// ordered writes cannot make the others pile up in memory.
	inflight := make(chan struct{}, 4*p.workers)
	jobs := make(chan job)
	results := make(chan result)
	readDone := make(chan struct{})

	go func() {
		defer close(readDone)
		defer close(jobs)
		seq := 0
		for j := range src {
			select {
			case inflight <- struct{}{}:
			case <-ctx.Done():
				return
			}
			j.seq = seq
			jobs <- j
			seq++
		}
	}()
	var wg sync.WaitGroup
	for range p.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cut := recognize.NewCutter() // this worker's: it learns the corpus's words
			for j := range jobs {
				results <- extractOne(ctx, j, p.extract, present, rw, p.version, cut)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	// Write in input order, in a goroutine of its own: while it writes a
	// batch, the workers extract the next one (ordered holds a batch's worth).
	// With the writing in the loop below, a transaction stopped the pipeline
	// once inflight was full, and a load's wall time was the sum of the two.
	w := newBatcher(ctx, p.qs, p.rep, p.batch, p.seen, p.logf)
	w.progress = p.progress
	ordered := make(chan result, w.max)
	written := make(chan error)
	go func() {
		var failure error
		for r := range ordered {
			if failure != nil || ctx.Err() != nil {
				continue // drain: the loop below must not block
			}
			took, err := held.take(ctx, r)
			if err == nil && !took {
				err = w.add(r)
			}
			if err != nil {
				failure = err
				cancel()
			}
		}
		if failure == nil && ctx.Err() == nil {
			failure = w.flush()
		}
		written <- failure
	}()
	// Hold results that come early until their turn.
	pending := map[int]result{}
	next := 0
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-inflight
			ordered <- r
		}
	}
	close(ordered)
	failure := <-written
	<-readDone
	if failure != nil {
		return failure
	}
	if err := ctx.Err(); err != nil {
		r := p.rep
		return fmt.Errorf("load interrupted after %d articles: %w", r.Loaded+r.Present+len(r.Failed), context.Cause(ctx))
	}
	return nil
}

// extractOne runs the pure stages on one article, with extract (nil: the
// package's stages), unless present has it. A panic in them is a bug, but
// one article's bug must not cost the rest of a long load: it becomes that
// article's failure. cut is the calling worker's (nil: a new one).
func extractOne(ctx context.Context, j job, extract func(model.Raw) (model.Facts, error), present map[string]bool, rw *curation.Rewriter, version string, cut *recognize.Cutter) (r result) {
	r = result{seq: j.seq, source: sourceOf(j.raw)}
	if j.err != nil {
		r.err = j.err
		return r
	}
	if ctx.Err() != nil {
		r.err = ctx.Err()
		return r
	}
	defer func() {
		if p := recover(); p != nil {
			r.quads, r.entities, r.present = nil, nil, false
			r.err = fmt.Errorf("extraction failed: internal error (please report it): %v", p)
		}
	}()
	var facts model.Facts
	switch {
	case j.facts != nil:
		facts = *j.facts
	case extract == nil:
		// The article's id is known once its text is normalised.
		doc, err := normalize.Normalize(j.raw)
		if err != nil {
			r.err = fmt.Errorf("extract: %w", err)
			return r
		}
		if id := schema.ArticleID(doc.Text); present[id] {
			r.articleID, r.present = id, true
			return r
		}
		facts = extractDoc(doc, cut)
	default:
		var err error
		if facts, err = extract(j.raw); err != nil {
			r.err = err
			return r
		}
	}
	if facts.Article.ID == "" {
		r.err = errors.New("extraction gave the article no id")
		return r
	}
	if present[facts.Article.ID] {
		r.articleID, r.present = facts.Article.ID, true
		return r
	}
	r.articleID = facts.Article.ID
	quads := emit.Quads(facts, version)
	refs := documentRefs(quads)
	for _, d := range refs {
		if d.year == 0 && rw.Survivor(d.id) == d.id {
			r.yearless, r.raw, r.facts, r.docs = true, j.raw, &facts, refs
		}
	}
	r.quads = stored(r.articleID, rw, quads)
	// An entity is counted by the id the store keeps it under: a merged one
	// (curation, a derived join) is its survivor, as the API counts it.
	r.entities = map[string]schema.Kind{}
	for id, k := range entitiesOf(facts) {
		r.entities[rw.Survivor(id)] = k
	}
	return r
}

// stored is what the store keeps of an article whose extraction gave quads,
// under rw's merges, splits and drops: its own quads, each shared fact once
// and its statement records (schema.Share).
func stored(articleID string, rw *curation.Rewriter, quads []quad.Quad) []quad.Quad {
	return schema.Share(articleID, rw.Article(articleID, quads))
}

// sourceOf names an article for messages: its source, and where it was read
// when the source is a URL.
func sourceOf(r model.Raw) string {
	if r.Origin != "" {
		return r.Source + " (" + r.Origin + ")"
	}
	return r.Source
}

func entitiesOf(f model.Facts) map[string]schema.Kind {
	m := map[string]schema.Kind{}
	for _, p := range f.People {
		m[p.ID] = schema.Person
	}
	for _, u := range f.Units {
		m[u.ID] = schema.Unit
	}
	for _, p := range f.Positions {
		m[p.ID] = schema.Position
	}
	for _, c := range f.Congresses {
		m[c.ID] = schema.Congress
	}
	for _, e := range f.Events {
		m[e.ID] = schema.Event
	}
	for _, d := range f.Documents {
		m[d.ID] = schema.Document
	}
	return m
}

// failureOf is a failed result as the report lists it.
func failureOf(r result) Failure {
	var p *read.Problem
	if errors.As(r.err, &p) {
		src := p.Source
		if p.Line > 0 {
			src = fmt.Sprintf("%s:%d", p.Source, p.Line)
		}
		return Failure{Source: src, Msg: p.Msg}
	}
	return Failure{Source: r.source, Msg: r.err.Error()}
}
