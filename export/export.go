// Package export writes the graph, whole or a subgraph, in the formats other
// tools read:
//
//   - N-Quads: every quad of the store with its label, so the provenance of
//     every fact goes with it (Write), or of a subgraph's nodes (WriteNQuads);
//   - Cytoscape.js elements JSON, GraphML and dynamic GEXF for drawing
//     (WriteCytoscape, WriteGraphML, WriteGEXF), whose node and edge ids are
//     the API's;
//   - CSV tables for notebooks (WriteCSV, WriteCSVZip, WriteCSVDir).
//
// All but Write read the graph through the query layer (kg), from a Source:
// the whole graph or the neighbourhood of a node. They write as they read, a
// page of nodes at a time, so a whole-graph export of a large store never
// holds the graph in memory.
package export

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cadregraph/cadregraph/kg"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// The formats.
const (
	NQuads    = "nquads"    // W3C RDF 1.1 N-Quads, one quad a line
	Cytoscape = "cytoscape" // Cytoscape.js elements JSON
	GraphML   = "graphml"   // GraphML 1.0
	GEXF      = "gexf"      // GEXF 1.3, dynamic
	CSV       = "csv"       // CSV tables
)

// Formats lists the formats, N-Quads first.
func Formats() []string { return []string{NQuads, Cytoscape, GraphML, GEXF, CSV} }

// Draw writes src in one of the drawing formats (cytoscape, graphml, gexf).
func Draw(ctx context.Context, src Source, format string, w io.Writer) (Stats, error) {
	switch format {
	case Cytoscape:
		return WriteCytoscape(ctx, src, w)
	case GraphML:
		return WriteGraphML(ctx, src, w)
	case GEXF:
		return WriteGEXF(ctx, src, w)
	}
	return Stats{}, fmt.Errorf("%q is not a drawing format (%s, %s, %s are)", format, Cytoscape, GraphML, GEXF)
}

// Write writes every quad in qs to w as N-Quads and returns how many it wrote.
// Quads come in the store's order, streamed: the graph is never held in
// memory whole.
func Write(ctx context.Context, qs graph.QuadStore, format string, w io.Writer, opts ...Option) (int, error) {
	switch format {
	case NQuads:
		return writeNQuads(ctx, qs, w, options(opts))
	}
	if slices.Contains(Formats(), format) {
		return 0, fmt.Errorf("export: %s is written from the query layer (Draw, WriteCSV), not from the store's quads", format)
	}
	return 0, fmt.Errorf("unknown export format %q (supported: %s)", format, strings.Join(Formats(), ", "))
}

// Option changes what the N-Quads writers write.
type Option func(*config)

type config struct{ public bool }

func options(opts []Option) config {
	var c config
	for _, o := range opts {
		o(&c)
	}
	return c
}

// Public writes each article's source as the API shows it (kg.PublicSource):
// an export served to anyone must not tell where the server keeps its files.
// Without it, an export is the store's quads as they are, to load elsewhere.
func Public() Option { return func(c *config) { c.public = true } }

// out is q as written: its object in standard datatypes, its source public
// when asked.
func (c config) out(q quad.Quad) quad.Quad {
	q.Object = standard(q.Object)
	if c.public && q.Predicate == schema.Source {
		if s, ok := q.Object.(quad.String); ok {
			q.Object = quad.String(kg.PublicSource(string(s)))
		}
	}
	return q
}

func writeNQuads(ctx context.Context, qs graph.QuadStore, w io.Writer, c config) (int, error) {
	enc := nquads.NewWriter(w) // buffered; Close flushes
	it := qs.QuadsAllIterator()
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		if n%1024 == 0 && ctx.Err() != nil {
			break // Cayley's iterators do not stop when the context ends
		}
		q := c.out(qs.Quad(it.Result()))
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

// WriteNQuads writes src as N-Quads: every quad whose subject is one of its
// nodes and whose object is a literal, a class or another of its nodes, each
// with its label (the article that states it), so that a subgraph goes out
// with its names, dates and provenance. Edges to what the subgraph leaves out
// (its mentions, tenures, nodes beyond it) are left out with it. For the
// whole store, Write is faster and complete.
func WriteNQuads(ctx context.Context, src Source, w io.Writer, opts ...Option) (int, error) {
	c := options(opts)
	in := map[string]bool{}
	var ids []string
	err := src.Walk(ctx, nil, func(n *Node) error {
		in[n.ID] = true
		ids = append(ids, n.ID)
		return nil
	}, nil)
	if err != nil {
		return 0, err
	}
	enc := nquads.NewWriter(w) // buffered; Close flushes
	n := 0
	for len(ids) > 0 {
		page := ids[:min(len(ids), 500)]
		ids = ids[len(page):]
		err := src.Graph().QuadsFrom(ctx, page, func(q quad.Quad) error {
			if id, ok := schema.IDOf(q.Object); ok && !in[id] {
				return nil
			}
			q = c.out(q)
			if err := enc.WriteQuad(q); err != nil {
				return fmt.Errorf("export: write quad %d: %w", n+1, err)
			}
			n++
			return nil
		})
		if err != nil {
			return n, err
		}
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
