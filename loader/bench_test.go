package loader

import (
	"context"
	"io/fs"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/cadregraph/cadregraph/corpus"
	"github.com/cadregraph/cadregraph/store"
)

// BenchmarkLoad loads the sample corpus with the real extraction into a new
// store per iteration: MB/s of article text, and articles/s.
func BenchmarkLoad(b *testing.B) {
	for _, backend := range []string{"mem", "bolt"} {
		b.Run(backend, func(b *testing.B) {
			benchLoad(b, backend, Options{})
		})
	}
}

// BenchmarkLoadWrite is the same with fakeExtract, whose cost is nil: what
// reading, emitting and writing cost without the extraction.
func BenchmarkLoadWrite(b *testing.B) {
	for _, backend := range []string{"mem", "bolt"} {
		b.Run(backend, func(b *testing.B) {
			benchLoad(b, backend, Options{Extract: fakeExtract})
		})
	}
}

func benchLoad(b *testing.B, backend string, opt Options) {
	ctx := context.Background()
	var size int64
	n := 0
	err := fs.WalkDir(corpus.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		size += info.Size()
		n++
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	dir := b.TempDir()
	i := 0
	for ; b.Loop(); i++ {
		db := store.Memory
		if backend == "bolt" {
			db = filepath.Join(dir, strconv.Itoa(i))
		}
		st, err := store.Open(ctx, db)
		if err != nil {
			b.Fatal(err)
		}
		rep, err := LoadFS(ctx, st, corpus.FS(), []string{"."}, opt)
		if err != nil {
			b.Fatal(err)
		}
		if rep.Loaded != n {
			b.Fatalf("loaded %d of %d articles:\n%s", rep.Loaded, n, rep)
		}
		st.Close()
	}
	b.ReportMetric(float64(n*i)/b.Elapsed().Seconds(), "articles/s")
}
