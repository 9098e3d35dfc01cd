package kg

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/schema"
)

// render is a subgraph in the fixture's short names: its nodes in order, then
// its edges sorted.
func render(s *Subgraph, short map[string]string) string {
	var nodes, edges []string
	for _, n := range s.Nodes {
		nodes = append(nodes, short[n.ID])
	}
	for _, e := range s.Edges {
		edges = append(edges, short[e.Source]+" "+e.Relation+" "+short[e.Target])
	}
	slices.Sort(edges)
	return strings.Join(nodes, " ") + " | " + strings.Join(edges, ", ")
}

func shortNames(f *fixture) map[string]string {
	short := map[string]string{}
	for k, id := range f.id {
		short[id] = k
	}
	return short
}

func TestNeighborhoodKinds(t *testing.T) {
	f := newFixture(t)
	g := f.graph(t)
	short := shortNames(f)
	tests := []struct {
		id    string
		depth int
		kinds []schema.Kind
		want  string
	}{
		// Positions left out: the walk does not go through them to units.
		{"minh", 2, []schema.Kind{schema.Person, schema.Unit}, "minh | "},
		{"minh", 2, []schema.Kind{schema.Person, schema.Position, schema.Unit}, "minh bt pbt nga dbcq thanhuy | " +
			"bt within dbcq, dbcq within thanhuy, minh holds bt, minh holds pbt, nga holds pbt, pbt within thanhuy"},
		// The entity asked for is drawn whatever its kind.
		{"kl21", 1, []schema.Kind{schema.Document}, "kl21 ct05 nqdh | kl21 continues ct05, nqdh implements kl21"},
		{"kl21", 1, []schema.Kind{schema.Article}, "kl21 a1 a2 | a1 mentions kl21, a2 mentions kl21"},
	}
	for _, tt := range tests {
		limit := 200
		s, err := g.Neighborhood(context.Background(), f.id[tt.id], &tt.depth, &limit, tt.kinds)
		if err != nil {
			t.Fatal(err)
		}
		closed(t, s)
		if got := render(s, short); got != tt.want {
			t.Errorf("neighborhood(%s, %d, %v)\n got %s\nwant %s", tt.id, tt.depth, tt.kinds, got, tt.want)
		}
	}
}

func TestCounts(t *testing.T) {
	f := newFixture(t)
	g := f.graph(t)
	cs, err := g.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range cs {
		got = append(got, fmt.Sprintf("%s %d", c.Kind, c.Count))
	}
	want := "PERSON 4, UNIT 4, POSITION 2, CONGRESS 2, EVENT 1, DOCUMENT 3, ARTICLE 3"
	if s := strings.Join(got, ", "); s != want {
		t.Errorf("counts = %s, want %s", s, want)
	}
}

func TestDocumentGraph(t *testing.T) {
	f := newFixture(t)
	g := f.graph(t)
	short := shortNames(f)
	tests := []struct {
		root      string
		depth     int
		relations []string
		want      string
	}{
		{"kl21", 0, nil, "kl21 a1 a2 | a1 mentions kl21, a2 mentions kl21"},
		{"kl21", 1, nil, "kl21 ct05 nqdh dh1 a1 a2 | a1 mentions kl21, a1 mentions nqdh, a2 mentions ct05, a2 mentions kl21, " +
			"dh1 adopted nqdh, kl21 continues ct05, nqdh implements kl21"},
		// Both ways, transitively: from the directive to the resolution that implements the conclusion that continues it.
		{"ct05", 2, nil, "ct05 kl21 nqdh dh1 a1 a2 | a1 mentions kl21, a1 mentions nqdh, a2 mentions ct05, a2 mentions kl21, " +
			"dh1 adopted nqdh, kl21 continues ct05, nqdh implements kl21"},
		{"ct05", 1, nil, "ct05 kl21 a1 a2 | a1 mentions kl21, a2 mentions ct05, a2 mentions kl21, kl21 continues ct05"},
		{"kl21", 2, []string{"Implements"}, "kl21 nqdh dh1 a1 a2 | a1 mentions kl21, a1 mentions nqdh, a2 mentions kl21, " +
			"dh1 adopted nqdh, nqdh implements kl21"},
		{"ct05", 2, []string{"implements"}, "ct05 a2 | a2 mentions ct05"},
	}
	for _, tt := range tests {
		s, err := g.DocumentGraph(context.Background(), f.id[tt.root], &tt.depth, tt.relations)
		if err != nil {
			t.Fatal(err)
		}
		closed(t, s)
		if got := render(s, short); got != tt.want {
			t.Errorf("documentGraph(%s, %d, %v)\n got %s\nwant %s", tt.root, tt.depth, tt.relations, got, tt.want)
		}
	}
	if s, err := g.DocumentGraph(context.Background(), f.id["kl21"], nil, nil); err != nil || len(s.Nodes) != 6 {
		t.Errorf("documentGraph with the default depth: %v %v", s, err)
	}
	bad := []struct {
		id        string
		depth     int
		relations []string
		want      string
	}{
		{f.id["kl21"], 7, nil, "depth must be between 0 and 6 (got 7)"},
		{f.id["kl21"], -1, nil, "depth must be between 0 and 6 (got -1)"},
		{f.id["minh"], 1, nil, "documentGraph starts at a document"},
		{"document-nothing-0000000000", 1, nil, "no entity or article has id"},
		// The old name of every link in drawings, and a relation between other entities.
		{f.id["kl21"], 1, []string{"references"}, `"references" is not a relation between documents (known: continues, implements`},
		{f.id["kl21"], 1, []string{"continues", "holds"}, `"holds" is not a relation between documents`},
	}
	for _, tt := range bad {
		_, err := g.DocumentGraph(context.Background(), tt.id, &tt.depth, tt.relations)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !IsInputError(err) {
			t.Errorf("documentGraph(%s, %d): %v, want an input error saying %q", tt.id, tt.depth, err, tt.want)
		}
	}
}

func TestWhole(t *testing.T) {
	f := newFixture(t)
	g := f.graph(t)
	short := shortNames(f)
	var nodes, edges []string
	err := g.Whole(context.Background(), nil, func(n *GraphNode) error {
		nodes = append(nodes, short[n.ID])
		return nil
	}, func(e *GraphEdge) error {
		edges = append(edges, short[e.Source]+" "+e.Relation+" "+short[e.Target])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(nodes) != 19 || nodes[0] != "minh" && nodes[0] != "nga" && nodes[0] != "vanminh" && nodes[0] != "vietdung" {
		t.Errorf("whole graph nodes: %d %v", len(nodes), nodes)
	}
	// Every edge once, between nodes listed; the same edges a neighborhood of
	// every node draws.
	seen := map[string]bool{}
	for _, e := range edges {
		if seen[e] {
			t.Errorf("edge %s listed twice", e)
		}
		seen[e] = true
	}
	for _, want := range []string{"minh holds pbt", "dbcq within thanhuy", "kl21 continues ct05", "dh1 adopted nqdh", "a3 mentions hn1", "nga spoke_at hn1"} {
		if !seen[want] {
			t.Errorf("whole graph lacks edge %s", want)
		}
	}
	var only []string
	err = g.Whole(context.Background(), []schema.Kind{schema.Document, schema.Unit}, func(n *GraphNode) error {
		only = append(only, short[n.ID])
		return nil
	}, func(e *GraphEdge) error {
		only = append(only, short[e.Source]+" "+e.Relation+" "+short[e.Target])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(only) != 4+3+4 { // 4 units, 3 documents; dbcq within thanhuy, kl21 issued_by bchtw, kl21 continues ct05, nqdh implements kl21
		t.Errorf("whole graph of units and documents: %v", only)
	}
	stop := errors.New("enough")
	if err := g.Whole(context.Background(), nil, func(*GraphNode) error { return stop }, nil); !errors.Is(err, stop) {
		t.Errorf("whole graph: %v, want the callback's error", err)
	}
}
