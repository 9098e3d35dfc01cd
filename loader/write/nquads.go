package write

import (
	"bufio"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// IsNQuads reports whether path names an N-Quads file by its extension:
// .nq, .nquads, or either gzipped (.gz).
func IsNQuads(path string) bool {
	p := strings.ToLower(strings.TrimSuffix(strings.ToLower(path), ".gz"))
	return strings.HasSuffix(p, ".nq") || strings.HasSuffix(p, ".nquads")
}

// importBatch is how many quads an import writes a transaction.
const importBatch = 10000

// NQuads loads the N-Quads file at path into the store as it is, each quad
// with its label: what cadregraph export --format nquads writes, or any
// other N-Quads. The file is read twice: first to check every line, so a bad
// line (named with its number) writes nothing; then to write it, in
// transactions of importBatch quads. Quads already in the store are passed
// over, so an interrupted import is finished by running it again. It reports
// how many quads the file holds.
func NQuads(ctx context.Context, qs graph.QuadStore, path string) (int, error) {
	n, err := eachNQuad(ctx, path, func(quad.Quad) error { return nil })
	if err != nil {
		return 0, err
	}
	batch := make([]graph.Delta, 0, importBatch)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := qs.ApplyDeltas(batch, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
			return fmt.Errorf("%s: write: %w", path, err)
		}
		batch = batch[:0]
		return nil
	}
	if _, err := eachNQuad(ctx, path, func(q quad.Quad) error {
		batch = append(batch, graph.Delta{Quad: q, Action: graph.Add})
		if len(batch) == importBatch {
			return flush()
		}
		return nil
	}); err != nil {
		return 0, err
	}
	return n, flush()
}

// eachNQuad calls fn on each quad of the file, naming the line of a bad one.
func eachNQuad(ctx context.Context, path string, fn func(quad.Quad) error) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("%s: cannot read: %w", path, err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return 0, fmt.Errorf("%s: not gzip: %w", path, err)
		}
		defer gz.Close()
		r = gz
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 64<<20) // an article's text is one literal
	n := 0
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		q, err := nquads.Parse(s)
		if err != nil {
			return n, fmt.Errorf("%s:%d: not an N-Quads line: %s", path, line, strings.TrimPrefix(err.Error(), "nquads: "))
		}
		if !q.IsValid() {
			return n, fmt.Errorf("%s:%d: a quad needs a subject, a predicate and an object", path, line)
		}
		if err := fn(q); err != nil {
			return n, err
		}
		n++
		if n%importBatch == 0 {
			if err := ctx.Err(); err != nil {
				return n, err
			}
		}
	}
	if err := sc.Err(); err != nil {
		return n, fmt.Errorf("%s: %w", path, err)
	}
	return n, ctx.Err()
}
