package export

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"slices"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/kg"
)

// GEXF 1.3's namespace and schema.
const (
	gexfNS     = "http://gexf.net/1.3"
	gexfSchema = "http://gexf.net/1.3/gexf.xsd"
)

// A Spell is a span of days in a dynamic graph; an empty end is open.
type Spell struct {
	Start, End string // ISO days, 2025-08-20
}

// TenureSpell is the span a tenure is drawn over: from its stated start, else
// the first day a source shows it, to its stated end, else the last day a
// source shows it. A partial date is widened to its first day at the start
// and its last day at the end (a start in 2020 is 2020-01-01, an end in
// 2025-02 is 2025-02-28), so that the spell covers every day the tenure may
// have covered; a missing end stays open.
func TenureSpell(t *kg.Tenure) Spell {
	from, to := t.FirstSeen, t.LastSeen
	if t.Start != nil {
		from = *t.Start
	}
	if t.End != nil {
		to = *t.End
	}
	return Spell{Start: from.First().String(), End: to.Last().String()}
}

// merge is spells sorted, those that overlap or touch joined into one.
func merge(ss []Spell) []Spell {
	slices.SortFunc(ss, func(a, b Spell) int {
		if a.Start != b.Start {
			return cmpOpen(a.Start, b.Start)
		}
		return cmpOpen(b.End, a.End)
	})
	var out []Spell
	for _, s := range ss {
		if n := len(out); n > 0 && (out[n-1].End == "" || s.Start == "" || s.Start <= nextDay(out[n-1].End)) {
			if out[n-1].End != "" && (s.End == "" || s.End > out[n-1].End) {
				out[n-1].End = s.End
			}
			continue
		}
		out = append(out, s)
	}
	return out
}

// cmpOpen orders ISO days, an open ("") start first.
func cmpOpen(a, b string) int {
	switch {
	case a == b:
		return 0
	case a == "" || a < b:
		return -1
	}
	return 1
}

func nextDay(iso string) string {
	d, err := date.Parse(iso)
	if err != nil || d.Precision() != date.Day {
		return iso
	}
	t, ok := date.Of(d.Year, d.Month, d.Day+1)
	if !ok {
		if t, ok = date.Of(d.Year, d.Month+1, 1); !ok {
			t, _ = date.Of(d.Year+1, 1, 1)
		}
	}
	return t.String()
}

// WriteGEXF writes src as a dynamic GEXF 1.3 graph (mode="dynamic",
// timeformat="date") for Gephi's timeline: a person–position holds edge
// carries the spell of the tenure (TenureSpell), and a person node the
// spells of their tenures, overlapping ones joined; nodes and edges without
// dates are there at every time. Nodes carry their kind and label, edges
// their relation.
func WriteGEXF(ctx context.Context, src Source, w io.Writer) (Stats, error) {
	x := xmlWriter{bufio.NewWriter(w)}
	var st Stats
	x.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="` + gexfNS + `" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="` + gexfNS + ` ` + gexfSchema + `" version="1.3">
  <meta><creator>cadregraph</creator><description>people, posts, units, gatherings and documents read from Vietnamese political news; spells from tenure dates</description></meta>
  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
    <attributes class="node"><attribute id="kind" title="kind" type="string"/></attributes>
    <attributes class="edge"><attribute id="relation" title="relation" type="string"/></attributes>
    <nodes>
`)
	// holds are the spells of the holds edges, by person and position: one
	// string pair a tenure, the only thing kept across pages.
	holds := map[[2]string]Spell{}
	g := src.Graph()
	var page []*Node
	flush := func() error {
		objs := g.Objects(page)
		for i, n := range page {
			var spells []Spell
			if p, ok := objs[i].(*kg.Person); ok {
				ts, err := g.PersonTenures(ctx, p, nil)
				if err != nil {
					return fmt.Errorf("export: tenures of %s: %w", n.ID, err)
				}
				for _, t := range ts {
					s := TenureSpell(t)
					holds[[2]string{n.ID, t.Position.ID}] = s
					spells = append(spells, s)
				}
			}
			x.WriteString(`      <node id="`)
			x.text(n.ID)
			x.WriteString(`" label="`)
			x.text(n.Label)
			x.WriteString(`"><attvalues><attvalue for="kind" value="`)
			x.text(string(n.Kind))
			x.WriteString(`"/></attvalues>`)
			writeSpells(x, merge(spells))
			x.WriteString("</node>\n")
			st.Nodes++
		}
		page = page[:0]
		return nil
	}
	edgesOpen := false
	openEdges := func() error {
		if err := flush(); err != nil {
			return err
		}
		x.WriteString("    </nodes>\n    <edges>\n")
		edgesOpen = true
		return nil
	}
	err := src.Walk(ctx, nil, func(n *Node) error {
		page = append(page, n)
		if len(page) == 500 {
			return flush()
		}
		return nil
	}, func(e *Edge) error {
		if !edgesOpen {
			if err := openEdges(); err != nil {
				return err
			}
		}
		x.WriteString(`      <edge id="`)
		x.text(e.ID())
		x.WriteString(`" source="`)
		x.text(e.Source)
		x.WriteString(`" target="`)
		x.text(e.Target)
		x.WriteString(`" label="`)
		x.text(e.Relation)
		x.WriteString(`"><attvalues><attvalue for="relation" value="`)
		x.text(e.Relation)
		x.WriteString(`"/></attvalues>`)
		if s, ok := holds[[2]string{e.Source, e.Target}]; ok && e.Relation == "holds" {
			writeSpells(x, []Spell{s})
		}
		x.WriteString("</edge>\n")
		st.Edges++
		return nil
	})
	if err != nil {
		return st, err
	}
	if !edgesOpen {
		if err := openEdges(); err != nil {
			return st, err
		}
	}
	x.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	if err := x.Flush(); err != nil {
		return st, fmt.Errorf("export: %w", err)
	}
	return st, nil
}

func writeSpells(x xmlWriter, ss []Spell) {
	if len(ss) == 0 {
		return
	}
	x.WriteString("<spells>")
	for _, s := range ss {
		x.WriteString("<spell")
		if s.Start != "" {
			x.WriteString(` start="` + s.Start + `"`)
		}
		if s.End != "" {
			x.WriteString(` end="` + s.End + `"`)
		}
		x.WriteString("/>")
	}
	x.WriteString("</spells>")
}
