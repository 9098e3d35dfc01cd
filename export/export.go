// Package export writes the whole graph out of the store in a standard
// format, for other tools: N-Quads now (every quad with its label, so the
// provenance of every fact goes with it); Cytoscape JSON, GraphML, GEXF and CSV
// are planned.
package export

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// NQuads is the N-Quads format: one quad per line, W3C RDF 1.1.
const NQuads = "nquads"

// Formats lists the formats Write knows.
func Formats() []string { return []string{NQuads} }

// Write writes every quad in qs to w in format and returns how many it wrote.
// Quads come in the store's order, streamed: the graph is never held in
// memory whole.
func Write(ctx context.Context, qs graph.QuadStore, format string, w io.Writer) (int, error) {
	switch format {
	case NQuads:
		return writeNQuads(ctx, qs, w)
	}
	return 0, fmt.Errorf("unknown export format %q (supported: %s)", format, strings.Join(Formats(), ", "))
}

func writeNQuads(ctx context.Context, qs graph.QuadStore, w io.Writer) (int, error) {
	enc := nquads.NewWriter(w) // buffered; Close flushes
	it := qs.QuadsAllIterator()
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		q.Object = standard(q.Object)
		if err := enc.WriteQuad(q); err != nil {
			return n, fmt.Errorf("export: write quad %d: %w", n+1, err)
		}
		n++
	}
	if err := it.Err(); err != nil {
		return n, fmt.Errorf("export: read the store: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return n, fmt.Errorf("export interrupted after %d quads: %w", n, err)
	}
	if err := enc.Close(); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}

// XML Schema datatypes, which every RDF tool knows.
const (
	xsdInteger  quad.IRI = "http://www.w3.org/2001/XMLSchema#integer"
	xsdBoolean  quad.IRI = "http://www.w3.org/2001/XMLSchema#boolean"
	xsdDouble   quad.IRI = "http://www.w3.org/2001/XMLSchema#double"
	xsdDateTime quad.IRI = "http://www.w3.org/2001/XMLSchema#dateTime"
)

// standard writes Cayley's native literals with XML Schema datatypes: left to
// itself Cayley prints an integer as "5"^^<schema:Integer> and a boolean as
// "True"^^<schema:Boolean>, which only Cayley reads. Cayley reads the xsd
// forms back as the same native values.
func standard(v quad.Value) quad.Value {
	switch v := v.(type) {
	case quad.Int:
		return quad.TypedString{Value: quad.String(strconv.FormatInt(int64(v), 10)), Type: xsdInteger}
	case quad.Bool:
		return quad.TypedString{Value: quad.String(strconv.FormatBool(bool(v))), Type: xsdBoolean}
	case quad.Float:
		return quad.TypedString{Value: quad.String(strconv.FormatFloat(float64(v), 'g', -1, 64)), Type: xsdDouble}
	case quad.Time:
		return quad.TypedString{Value: quad.String(time.Time(v).Format(time.RFC3339Nano)), Type: xsdDateTime}
	}
	return v
}
