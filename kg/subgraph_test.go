package kg

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// closed checks that every edge of s joins two of its nodes and that nodes and
// edges are each listed once.
func closed(t *testing.T, s *Subgraph) {
	t.Helper()
	ids := map[string]bool{}
	for _, n := range s.Nodes {
		if ids[n.ID] {
			t.Errorf("node %s listed twice", n.ID)
		}
		ids[n.ID] = true
		if n.Kind == "" || n.Label == "" {
			t.Errorf("node %s without kind or label: %+v", n.ID, n)
		}
	}
	seen := map[GraphEdge]bool{}
	for _, e := range s.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %+v leaves the subgraph", *e)
		}
		if seen[*e] {
			t.Errorf("edge %+v listed twice", *e)
		}
		seen[*e] = true
	}
}

func TestNeighborhood(t *testing.T) {
	f := newFixture(t)
	g := f.graph(t)
	short := map[string]string{}
	for k, id := range f.id {
		short[id] = k
	}
	tests := []struct {
		id           string
		depth, limit int
		nodes        string // sorted
		edges        []string
		truncated    bool
	}{
		{"minh", 0, 200, "minh", nil, false},
		{"minh", 1, 200, "a1 a2 a3 bt dh1 minh pbt",
			[]string{"minh holds pbt", "minh holds bt", "minh spoke_at dh1", "a1 mentions minh", "a2 mentions minh", "a3 mentions minh"}, false},
		{"bt", 1, 200, "a2 bt dbcq minh", []string{"bt within dbcq", "minh holds bt", "a2 mentions bt"}, false},
		// The nodes a limit cuts keep no edges; structural edges come first.
		{"minh", 1, 3, "bt dh1 minh", []string{"minh holds bt", "minh spoke_at dh1"}, true},
		// A limit that the last level asked for fills exactly cuts nothing;
		// one that an earlier level fills cuts the levels after it.
		{"minh", 1, 7, "a1 a2 a3 bt dh1 minh pbt", nil, false},
		{"bt", 2, 4, "a2 bt dbcq minh", nil, true},
		// At depth 2 the edges between the nodes of the last level are kept.
		{"dbcq", 2, 200, "", []string{"dbcq within thanhuy", "pbt within thanhuy", "a1 mentions thanhuy", "dh1 held_by dbcq", "minh spoke_at dh1"}, false},
	}
	for _, tt := range tests {
		s, err := g.Neighborhood(context.Background(), f.id[tt.id], &tt.depth, &tt.limit, nil)
		if err != nil {
			t.Fatal(err)
		}
		closed(t, s)
		var nodes, edges []string
		for _, n := range s.Nodes {
			nodes = append(nodes, short[n.ID])
		}
		for _, e := range s.Edges {
			edges = append(edges, short[e.Source]+" "+e.Relation+" "+short[e.Target])
		}
		slices.Sort(nodes)
		if tt.nodes != "" && strings.Join(nodes, " ") != tt.nodes {
			t.Errorf("neighborhood(%s, %d, %d) nodes %v, want %s", tt.id, tt.depth, tt.limit, nodes, tt.nodes)
		}
		for _, e := range tt.edges {
			if !slices.Contains(edges, e) {
				t.Errorf("neighborhood(%s, %d, %d) lacks edge %q; has %q", tt.id, tt.depth, tt.limit, e, edges)
			}
		}
		if s.Truncated != tt.truncated {
			t.Errorf("neighborhood(%s, %d, %d) truncated %t, want %t", tt.id, tt.depth, tt.limit, s.Truncated, tt.truncated)
		}
		if s.Nodes[0].ID != f.id[tt.id] {
			t.Errorf("neighborhood(%s) starts with %s", tt.id, s.Nodes[0].ID)
		}
	}
	if s, _ := g.Neighborhood(context.Background(), f.id["minh"], nil, nil, nil); s == nil || len(s.Nodes) != 7 {
		t.Errorf("neighborhood with the default depth and limit: %v", s)
	}
	bad := []struct {
		id           string
		depth, limit int
		want         string
	}{
		{f.id["minh"], 4, 10, "depth must be between 0 and 3 (got 4)"},
		{f.id["minh"], -1, 10, "depth must be between 0 and 3 (got -1)"},
		{f.id["minh"], 1, 0, "limit must be between 1 and 1000 (got 0)"},
		{f.id["minh"], 1, 1001, "limit must be between 1 and 1000 (got 1001)"},
		{"person-nobody-0000000000", 1, 10, `no entity or article has id "person-nobody-0000000000"`},
		{"bad id", 1, 10, `malformed id "bad id"`},
	}
	for _, tt := range bad {
		_, err := g.Neighborhood(context.Background(), tt.id, &tt.depth, &tt.limit, nil)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !IsInputError(err) {
			t.Errorf("neighborhood(%s, %d, %d): %v, want an input error saying %q", tt.id, tt.depth, tt.limit, err, tt.want)
		}
	}
}

func TestPath(t *testing.T) {
	f := newFixture(t)
	g := f.graph(t)
	short := map[string]string{}
	for k, id := range f.id {
		short[id] = k
	}
	tests := []struct {
		from, to   string
		max        int
		noArticles bool   // path(articles: false)
		want       string // the chain's edges, sorted; "null" for none
	}{
		{"minh", "nga", 6, false, "minh holds pbt, nga holds pbt"},
		{"minh", "kl21", 6, false, "a1 mentions kl21, a1 mentions minh"},
		{"minh", "kl21", 6, true, "dh1 adopted nqdh, minh spoke_at dh1, nqdh implements kl21"},
		{"minh", "kl21", 1, false, "null"},
		{"bchtw", "ct05", 6, false, "kl21 continues ct05, kl21 issued_by bchtw"},
		{"ct05", "thanhuy", 6, false, "a2 mentions ct05, a2 mentions thanhuy"},
		{"ct05", "thanhuy", 6, true, "dbcq within thanhuy, dh1 adopted nqdh, dh1 held_by dbcq, kl21 continues ct05, nqdh implements kl21"},
		{"a1", "minh", 6, true, "a1 mentions minh"},
		{"dbcq", "dbcq", 0, false, ""},
		{"minh", "nga", 1, false, "null"},
	}
	for _, tt := range tests {
		articles := !tt.noArticles
		s, err := g.Path(context.Background(), f.id[tt.from], f.id[tt.to], &tt.max, &articles)
		if err != nil {
			t.Fatal(err)
		}
		got := "null"
		if s != nil {
			closed(t, s)
			var edges []string
			for _, e := range s.Edges {
				edges = append(edges, short[e.Source]+" "+e.Relation+" "+short[e.Target])
			}
			slices.Sort(edges)
			got = strings.Join(edges, ", ")
			if len(s.Nodes) != len(s.Edges)+1 || s.Nodes[0].ID != f.id[tt.from] || s.Nodes[len(s.Nodes)-1].ID != f.id[tt.to] {
				t.Errorf("path(%s, %s): nodes %v for %d edges", tt.from, tt.to, s.Nodes, len(s.Edges))
			}
			for i, e := range s.Edges { // in order: edge i joins node i and node i+1, either way
				a, b := s.Nodes[i].ID, s.Nodes[i+1].ID
				if !(e.Source == a && e.Target == b || e.Source == b && e.Target == a) {
					t.Errorf("path(%s, %s): edge %d %+v does not join %s and %s", tt.from, tt.to, i, *e, a, b)
				}
			}
		}
		if got != tt.want {
			t.Errorf("path(%s, %s, %d, articles: %t) = %s, want %s", tt.from, tt.to, tt.max, !tt.noArticles, got, tt.want)
		}
	}
	for _, max := range []int{-1, 11} {
		if _, err := g.Path(context.Background(), f.id["minh"], f.id["nga"], &max, nil); !IsInputError(err) {
			t.Errorf("path(maxDepth: %d): %v, want an input error", max, err)
		}
	}
	if _, err := g.Path(context.Background(), f.id["minh"], "person-nobody-0000000000", nil, nil); !IsInputError(err) {
		t.Errorf("path to nobody: %v, want an input error", err)
	}
}
