package kg_test

import (
	"context"
	"flag"
	"runtime"
	"testing"

	"github.com/cadregraph/cadregraph/kg"
	"github.com/cadregraph/cadregraph/loader"
	"github.com/cadregraph/cadregraph/loader/synth"
	"github.com/cadregraph/cadregraph/store"
)

var (
	refreshDB       = flag.String("refresh.db", "", "BenchmarkRefresh: the store to read (a bolt folder, a postgres:// URL); empty: generated articles in a new bolt store")
	refreshArticles = flag.Int("refresh.articles", 200, "BenchmarkRefresh: how many generated articles, without -refresh.db")
)

// BenchmarkRefresh builds the read model of a store, as serve does at start
// (its cold start, beside opening the store; a bolt store read from its
// log), and reports the model's memory:
// the live heap it adds, in all and per million quads it holds.
//
//	go test ./kg -run '^$' -bench Refresh -benchtime 3x -refresh.db /path/to/cadregraph.db
func BenchmarkRefresh(b *testing.B) {
	ctx := context.Background()
	db := *refreshDB
	if db == "" {
		dir := b.TempDir()
		if _, err := synth.WriteDir(dir+"/corpus", 1, *refreshArticles); err != nil {
			b.Fatal(err)
		}
		db = dir + "/cadregraph.db"
		st, err := store.Open(ctx, db)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := loader.Load(ctx, st, []string{dir + "/corpus"}, loader.Options{}); err != nil {
			b.Fatal(err)
		}
		st.Close()
	}
	st, err := store.OpenExisting(ctx, db)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	var s kg.ModelStats
	var heap float64
	b.ResetTimer()
	for range b.N {
		g := kg.New(st.QuadStore(), kg.WithLog(st))
		before := liveHeap()
		if s, err = g.Refresh(ctx); err != nil {
			b.Fatal(err)
		}
		heap = float64(liveHeap()-before) / (1 << 20)
		runtime.KeepAlive(g)
	}
	b.ReportMetric(float64(s.Quads), "quads")
	b.ReportMetric(float64(s.Articles), "articles")
	b.ReportMetric(heap, "MB")
	b.ReportMetric(heap/(float64(s.Quads)/1e6), "MB/Mquads")
}

func liveHeap() int64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}
