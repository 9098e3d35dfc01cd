package loader

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/cadregraph/cadregraph/loader/curation"
	"github.com/cadregraph/cadregraph/loader/emit"
	"github.com/cadregraph/cadregraph/loader/meta"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/normalize"
	"github.com/cadregraph/cadregraph/loader/read"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/resolve"
	"github.com/cadregraph/cadregraph/loader/segment"
	"github.com/cadregraph/cadregraph/loader/synth"
	"github.com/cadregraph/cadregraph/loader/write"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/store"
	"github.com/cayleygraph/quad"
)

// The synthetic corpus the corpus benchmarks load. A load of 10,000
// articles takes minutes; run it once:
//
//	go test ./loader -run '^$' -bench LoadCorpus -benchtime 1x -benchmem
var (
	synthArticles = flag.Int("synth.articles", 10000, "articles in the synthetic corpus of BenchmarkLoadCorpus")
	synthStage    = flag.Int("synth.stage", 500, "articles of the synthetic corpus BenchmarkStages cycles through")
	synthSeed     = flag.Int64("synth.seed", 1, "seed of the synthetic corpus")
	extractCorpus = flag.String("extract.corpus", "", "files or folder BenchmarkExtractCorpus extracts instead of the synthetic corpus (e.g. ../testdata/realset/corpus)")
)

// BenchmarkLoadCorpus is the whole loader on the synthetic corpus written to
// files: read from disk, extract on every core, emit, write each article in
// its transaction, in order. An op is the whole corpus into a new store.
func BenchmarkLoadCorpus(b *testing.B) {
	n := *synthArticles
	dir := filepath.Join(b.TempDir(), "corpus")
	size, err := synth.WriteDir(dir, *synthSeed, n)
	if err != nil {
		b.Fatal(err)
	}
	for _, backend := range []string{"mem", "bolt"} {
		b.Run(backend, func(b *testing.B) {
			ctx := context.Background()
			stores := b.TempDir()
			b.SetBytes(size)
			b.ReportAllocs()
			quads := 0
			var stored int64 // bytes of the bolt stores' files
			var cpu time.Duration
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				db := store.Memory
				if backend == "bolt" {
					db = filepath.Join(stores, strconv.Itoa(i))
				}
				st, err := store.Open(ctx, db)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				before := cpuTime()
				rep, err := Load(ctx, st, []string{dir}, Options{})
				if err != nil {
					b.Fatal(err)
				}
				cpu += cpuTime() - before
				b.StopTimer()
				if rep.Loaded != n {
					b.Fatalf("loaded %d of %d articles:\n%s", rep.Loaded, n, rep)
				}
				quads += rep.Quads
				if err := st.Close(); err != nil {
					b.Fatal(err)
				}
				if backend == "bolt" {
					stored += dirSize(b, db)
				}
				b.StartTimer()
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
			b.ReportMetric(float64(quads)/float64(n*b.N), "quads/article")
			b.ReportMetric(cpu.Seconds()*1000/float64(n*b.N), "cpu-ms/article")
			if stored > 0 {
				b.ReportMetric(float64(stored)/float64(n*b.N), "bytes/article")
			}
		})
	}
}

// BenchmarkExtractCorpus is the loader's extraction alone on the synthetic
// corpus (-synth.articles of them, held in memory): each article normalised,
// extracted, emitted and put in its stored form, on every core as a load
// does, nothing written. An op is the whole corpus. Set against
// BenchmarkLoadCorpus/bolt's cpu-ms/article, it splits a load's CPU between
// extracting and writing; on a machine shared with other work, cpu-ms/article
// is the comparable figure, not the wall time. With -extract.corpus it
// extracts those real pages instead, which are longer than the synthetic
// articles and printed in more ways.
func BenchmarkExtractCorpus(b *testing.B) {
	var raws []model.Raw
	var size int64
	corpus := synth.Corpus(*synthSeed, *synthArticles)
	if *extractCorpus != "" {
		corpus = func(yield func(model.Raw) bool) {
			for raw, err := range read.Paths([]string{*extractCorpus}, read.Options{}) {
				if err != nil {
					b.Fatal(err)
				}
				if !yield(raw) {
					return
				}
			}
		}
	}
	for raw := range corpus {
		raws = append(raws, raw)
		size += int64(len(raw.Text))
	}
	rw := curation.NewRewriter(curation.Rules{}, nil)
	ctx := context.Background()
	b.SetBytes(size)
	b.ReportAllocs()
	var cpu time.Duration
	quads := 0
	for b.Loop() {
		before := cpuTime()
		jobs := make(chan job)
		var wg sync.WaitGroup
		var mu sync.Mutex
		for range runtime.GOMAXPROCS(0) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				n := 0
				cut := recognize.NewCutter()
				for j := range jobs {
					r := extractOne(ctx, j, nil, nil, rw, ExtractorVersion, cut)
					if r.err != nil {
						b.Error(r.source, r.err)
					}
					n += len(r.quads)
				}
				mu.Lock()
				quads += n
				mu.Unlock()
			}()
		}
		for i, raw := range raws {
			jobs <- job{seq: i, raw: raw}
		}
		close(jobs)
		wg.Wait()
		cpu += cpuTime() - before
	}
	b.ReportMetric(float64(len(raws)*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(quads)/float64(len(raws)*b.N), "quads/article")
	b.ReportMetric(cpu.Seconds()*1000/float64(len(raws)*b.N), "cpu-ms/article")
}

// BenchmarkWriteCorpus is the loader's writing alone: the synthetic corpus
// (-synth.articles) is extracted first, untimed, then written into a new bolt
// store by the load's batcher, in input order, as many articles and quads a
// transaction as each sub-benchmark says. An op is the whole corpus.
// pages/article is what bolt wrote, which the machine's load does not blur.
func BenchmarkWriteCorpus(b *testing.B) {
	var raws []model.Raw
	for raw := range synth.Corpus(*synthSeed, *synthArticles) {
		raws = append(raws, raw)
	}
	rw := curation.NewRewriter(curation.Rules{}, nil)
	ctx := context.Background()
	results := make([]result, len(raws))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cut := recognize.NewCutter()
			for i := range next {
				results[i] = extractOne(ctx, job{seq: i, raw: raws[i]}, nil, nil, rw, ExtractorVersion, cut)
			}
		}()
	}
	for i := range raws {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, size := range []struct{ articles, quads int }{
		{64, 64 * 1000},
		{batchArticles, batchQuads},
		{1024, 256 * 1000},
	} {
		b.Run(fmt.Sprintf("bolt-%d-%dk", size.articles, size.quads/1000), func(b *testing.B) {
			dir := b.TempDir()
			var cpu time.Duration
			pages := 0
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				st, err := store.Open(ctx, filepath.Join(dir, strconv.Itoa(i)))
				if err != nil {
					b.Fatal(err)
				}
				rep := Report{Entities: map[schema.Kind]int{}}
				w := newBatcher(ctx, st.QuadStore(), &rep, size.articles, map[string]bool{}, func(string, ...any) {})
				w.maxQ = size.quads
				b.StartTimer()
				before := cpuTime()
				for _, r := range results {
					if err := w.add(r); err != nil {
						b.Fatal(err)
					}
				}
				if err := w.flush(); err != nil {
					b.Fatal(err)
				}
				cpu += cpuTime() - before
				b.StopTimer()
				if rep.Loaded != len(raws) {
					b.Fatalf("wrote %d of %d articles", rep.Loaded, len(raws))
				}
				n, _ := st.PagesWritten()
				pages += n
				if err := st.Close(); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
			b.ReportMetric(cpu.Seconds()*1000/float64(len(raws)*b.N), "cpu-ms/article")
			b.ReportMetric(float64(pages)/float64(len(raws)*b.N), "pages/article")
		})
	}
}

// cpuTime is the CPU time the process has used, user and system: on a
// machine busy with other work, what a load costs when its wall time cannot
// say.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// dirSize is the bytes of the files under dir: a bolt store's size on disk
// (bolt grows its file in steps of 16 MB, so a small store reads coarsely).
func dirSize(b *testing.B, dir string) int64 {
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err == nil {
			n += info.Size()
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// stageInput is one article of the synthetic corpus taken through every
// stage, so that each stage can be timed alone on its real input.
type stageInput struct {
	raw   model.Raw
	doc   model.Doc
	sents []model.Sentence
	cut   []recognize.Sentence
	meta  model.Meta
	rec   recognize.Recognized
	facts model.Facts
	quads []quad.Quad
}

// BenchmarkStages times each stage of the loader alone, an article per op,
// on the first articles of the synthetic corpus (-synth.stage of them, in
// turn), on one core: where a load's time goes. write is the last stage
// into each backend, an article per transaction.
func BenchmarkStages(b *testing.B) {
	var in []stageInput
	var size int64
	for raw := range synth.Corpus(*synthSeed, *synthStage) {
		s := stageInput{raw: raw}
		doc, err := normalize.Normalize(raw)
		if err != nil {
			b.Fatalf("%s: %v", raw.Source, err)
		}
		s.doc = doc
		s.sents = segment.Sentences(doc)
		s.cut = recognize.Sentences(s.sents)
		s.meta = meta.ReadDated(doc, s.sents, sentenceDates(s.cut))
		s.rec = Recognize(doc, s.cut)
		s.facts = resolve.Article(doc, s.cut, s.meta, s.rec)
		s.quads = emit.Quads(s.facts, ExtractorVersion)
		in = append(in, s)
		size += int64(len(raw.Text))
	}
	perArticle := size / int64(len(in))
	stages := []struct {
		name string
		run  func(s *stageInput)
	}{
		{"normalize", func(s *stageInput) { normalize.Normalize(s.raw) }},
		{"segment", func(s *stageInput) { segment.Sentences(s.doc) }},
		{"meta", func(s *stageInput) { meta.ReadDated(s.doc, s.sents, sentenceDates(s.cut)) }},
		{"cut", func(s *stageInput) { recognize.Sentences(s.sents) }},
		{"recognize", func(s *stageInput) { Recognize(s.doc, s.cut) }},
		{"resolve", func(s *stageInput) { resolve.Article(s.doc, s.cut, s.meta, s.rec) }},
		{"emit", func(s *stageInput) { emit.Quads(s.facts, ExtractorVersion) }},
		{"extract", func(s *stageInput) { Extract(s.raw) }},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(perArticle)
			b.ReportAllocs()
			i := 0
			for ; b.Loop(); i++ {
				st.run(&in[i%len(in)])
			}
			b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "articles/s")
		})
	}
	for _, backend := range []string{"mem", "bolt"} {
		for _, batch := range []int{1, batchArticles} {
			b.Run("write-"+backend+"-batch"+strconv.Itoa(batch), func(b *testing.B) {
				benchWrite(b, backend, in, batch, perArticle)
			})
		}
	}
}

// benchWrite writes the articles of in, batch articles a transaction (an
// op is an article), into a new store that is replaced when all of them are
// in.
func benchWrite(b *testing.B, backend string, in []stageInput, batch int, perArticle int64) {
	ctx := context.Background()
	dir := b.TempDir()
	var st *store.Store
	stores := 0
	open := func() {
		b.StopTimer()
		defer b.StartTimer()
		if st != nil {
			st.Close()
		}
		db := store.Memory
		if backend == "bolt" {
			db = filepath.Join(dir, strconv.Itoa(stores))
		}
		stores++
		var err error
		if st, err = store.Open(ctx, db); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(perArticle)
	b.ReportAllocs()
	var pending []write.Pending
	flush := func() {
		written, err := write.Articles(ctx, st.QuadStore(), pending)
		if err != nil {
			b.Fatal(err)
		}
		for k, ok := range written {
			if !ok {
				b.Fatalf("%s was not written", pending[k].ID)
			}
		}
		pending = pending[:0]
	}
	for i := 0; i < b.N; i++ {
		if i%len(in) == 0 {
			if len(pending) > 0 {
				flush()
			}
			open()
		}
		s := &in[i%len(in)]
		pending = append(pending, write.Pending{ID: s.facts.Article.ID, Quads: s.quads})
		if len(pending) == batch {
			flush()
		}
	}
	if len(pending) > 0 {
		flush()
	}
	b.StopTimer()
	st.Close()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkYearlessDocuments is derive's reading of the documents cited
// without a year and the dates of the articles citing them, on a bolt store
// holding the first -synth.stage articles of the synthetic corpus (most of
// which cite such a document); an op is one reading of the whole store.
func BenchmarkYearlessDocuments(b *testing.B) {
	ctx := context.Background()
	dir := filepath.Join(b.TempDir(), "corpus")
	if _, err := synth.WriteDir(dir, *synthSeed, *synthStage); err != nil {
		b.Fatal(err)
	}
	st, err := store.Open(ctx, filepath.Join(b.TempDir(), "db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if _, err := Load(ctx, st, []string{dir}, Options{}); err != nil {
		b.Fatal(err)
	}
	made, err := readJoins(ctx, st.QuadStore())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := yearlessDocuments(ctx, st.QuadStore(), made, nil); err != nil {
			b.Fatal(err)
		}
	}
}
