package export

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/cadregraph/cadregraph/schema"
)

// Stats says how much an export wrote.
type Stats struct {
	Nodes, Edges int
}

func (s Stats) String() string { return fmt.Sprintf("%d nodes, %d edges", s.Nodes, s.Edges) }

// WriteCytoscape writes src as Cytoscape.js elements JSON:
//
//	{"elements": {"nodes": [{"data": {"id", "label", "kind"}}],
//	              "edges": [{"data": {"id", "source", "target", "relation"}}]}}
//
// which a page loads with cy.add(json.elements). Nodes and edges are written
// as they are read, never held whole.
func WriteCytoscape(ctx context.Context, src Source, w io.Writer) (Stats, error) {
	bw := bufio.NewWriter(w)
	var st Stats
	type nodeData struct {
		ID    string      `json:"id"`
		Label string      `json:"label"`
		Kind  schema.Kind `json:"kind"`
	}
	type edgeData struct {
		ID       string `json:"id"`
		Source   string `json:"source"`
		Target   string `json:"target"`
		Relation string `json:"relation"`
	}
	element := func(data any, n int) error {
		b, err := json.Marshal(struct {
			Data any `json:"data"`
		}{data})
		if err != nil {
			return err
		}
		if n > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n    ")
		_, err = bw.Write(b)
		return err
	}
	bw.WriteString(`{"elements": {"nodes": [`)
	err := src.Walk(ctx, nil, func(n *Node) error {
		st.Nodes++
		return element(nodeData{n.ID, n.Label, n.Kind}, st.Nodes-1)
	}, func(e *Edge) error {
		if st.Edges == 0 {
			bw.WriteString("\n  ],\n  \"edges\": [")
		}
		st.Edges++
		return element(edgeData{e.ID(), e.Source, e.Target, e.Relation}, st.Edges-1)
	})
	if err != nil {
		return st, err
	}
	if st.Edges == 0 {
		bw.WriteString("\n  ],\n  \"edges\": [")
	}
	bw.WriteString("\n  ]}}\n")
	if err := bw.Flush(); err != nil {
		return st, fmt.Errorf("export: %w", err)
	}
	return st, nil
}

// xmlWriter writes XML text and attributes escaped; the first write error
// sticks and is reported by flush.
type xmlWriter struct {
	*bufio.Writer
}

// text writes s escaped for XML text and attribute values, dropping the
// characters XML 1.0 cannot carry at all (control characters other than tab
// and line breaks), which no article should hold but a page's debris might.
func (x xmlWriter) text(s string) {
	for _, r := range s {
		switch r {
		case '<':
			x.WriteString("&lt;")
		case '>':
			x.WriteString("&gt;")
		case '&':
			x.WriteString("&amp;")
		case '"':
			x.WriteString("&quot;")
		case '\'':
			x.WriteString("&apos;")
		case '\t':
			x.WriteString("&#x9;")
		case '\n':
			x.WriteString("&#xA;")
		case '\r':
			x.WriteString("&#xD;")
		default:
			if r < 0x20 || r == 0xFFFE || r == 0xFFFF || (r >= 0xD800 && r <= 0xDFFF) {
				r = '\uFFFD'
			}
			x.WriteRune(r)
		}
	}
}

// GraphML's namespace and schema.
const (
	graphmlNS     = "http://graphml.graphdrawing.org/xmlns"
	graphmlSchema = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
)

// WriteGraphML writes src as GraphML, valid against the GraphML 1.0 schema,
// with typed keys: label and kind on nodes, relation on edges (strings).
// Gephi, yEd, Cytoscape desktop and networkx.read_graphml read it.
func WriteGraphML(ctx context.Context, src Source, w io.Writer) (Stats, error) {
	x := xmlWriter{bufio.NewWriter(w)}
	var st Stats
	x.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="` + graphmlNS + `" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="` + graphmlNS + ` ` + graphmlSchema + `">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
  <graph id="cadregraph" edgedefault="directed">
`)
	err := src.Walk(ctx, nil, func(n *Node) error {
		x.WriteString(`    <node id="`)
		x.text(n.ID)
		x.WriteString(`"><data key="label">`)
		x.text(n.Label)
		x.WriteString(`</data><data key="kind">`)
		x.text(string(n.Kind))
		x.WriteString("</data></node>\n")
		st.Nodes++
		return nil
	}, func(e *Edge) error {
		x.WriteString(`    <edge id="`)
		x.text(e.ID())
		x.WriteString(`" source="`)
		x.text(e.Source)
		x.WriteString(`" target="`)
		x.text(e.Target)
		x.WriteString(`"><data key="relation">`)
		x.text(e.Relation)
		x.WriteString("</data></edge>\n")
		st.Edges++
		return nil
	})
	if err != nil {
		return st, err
	}
	x.WriteString("  </graph>\n</graphml>\n")
	if err := x.Flush(); err != nil {
		return st, fmt.Errorf("export: %w", err)
	}
	return st, nil
}
