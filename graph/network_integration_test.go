package graph

import (
	"context"
	"slices"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/cadregraph/cadregraph/kg"
	"github.com/cadregraph/cadregraph/loader"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/store"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// sampleClient is the API over the sample corpus, loaded into a memory store,
// with that store.
func sampleClient(t *testing.T) (*client.Client, graph.QuadStore) {
	t.Helper()
	if testing.Short() {
		t.Skip("loads the sample corpus: not in -short mode")
	}
	ctx := context.Background()
	st, err := store.Open(ctx, "mem:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	rep, err := loader.Load(ctx, st, []string{corpusDir}, loader.Options{})
	if err != nil || len(rep.Failed) > 0 {
		t.Fatalf("loading the sample corpus: %v %v", err, rep.Failed)
	}
	return client.New(NewHandler(kg.New(st.QuadStore()))), st.QuadStore()
}

type subgraph struct {
	Nodes []struct{ ID, Kind, Label string }
	Edges []struct{ Source, Target, Relation string }
}

// check reports a subgraph that is not closed, lists a node or edge twice or
// draws a node without kind or label.
func (s *subgraph) check(t *testing.T, what string) map[string]string {
	t.Helper()
	kinds := map[string]string{}
	for _, n := range s.Nodes {
		if kinds[n.ID] != "" || n.Kind == "" || n.Label == "" {
			t.Errorf("%s: node %+v twice or blank", what, n)
		}
		kinds[n.ID] = n.Kind
	}
	seen := map[[3]string]bool{}
	for _, e := range s.Edges {
		k := [3]string{e.Source, e.Target, e.Relation}
		if kinds[e.Source] == "" || kinds[e.Target] == "" || seen[k] {
			t.Errorf("%s: edge %+v leaves the subgraph or is listed twice", what, e)
		}
		seen[k] = true
	}
	return kinds
}

// firstHit is the id of the first entity a search finds.
func firstHit(t *testing.T, c *client.Client, query string) string {
	t.Helper()
	var resp struct {
		Search []struct{ Entity struct{ ID string } }
	}
	c.MustPost(`query($q: String!) { search(query: $q, first: 1) { entity { id } } }`, &resp, client.Var("q", query))
	if len(resp.Search) == 0 {
		t.Fatalf("search %q finds nothing", query)
	}
	return resp.Search[0].Entity.ID
}

// TestNetworkOnSample asks the drawing and notebook questions of the sample
// corpus: counts, a neighborhood of some kinds, the graph of a directive.
func TestNetworkOnSample(t *testing.T) {
	c, _ := sampleClient(t)

	var counts struct {
		Counts []struct {
			Kind  string
			Count int
		}
		People struct{ TotalCount int } `json:"people"`
		Docs   struct{ TotalCount int } `json:"docs"`
	}
	c.MustPost(`{ counts { kind count } people: entities(kind: PERSON) { totalCount } docs: entities(kind: DOCUMENT) { totalCount } }`, &counts)
	byKind := map[string]int{}
	for _, k := range counts.Counts {
		byKind[k.Kind] = k.Count
	}
	if len(counts.Counts) != 7 || byKind["ARTICLE"] != 5 || byKind["PERSON"] != counts.People.TotalCount ||
		byKind["DOCUMENT"] != counts.Docs.TotalCount || byKind["UNIT"] == 0 || byKind["POSITION"] == 0 || byKind["CONGRESS"] == 0 {
		t.Errorf("counts %+v; entities lists %d people, %d documents", counts.Counts, counts.People.TotalCount, counts.Docs.TotalCount)
	}

	// Võ Văn Minh's posts and the units they are within, nothing else.
	minh := firstHit(t, c, "vo van minh")
	var nb struct{ Neighborhood subgraph }
	c.MustPost(`query($id: ID!) { neighborhood(id: $id, depth: 3, kinds: [PERSON, POSITION, UNIT]) {
		nodes { id kind label } edges { source target relation } } }`, &nb, client.Var("id", minh))
	kinds := nb.Neighborhood.check(t, "neighborhood of people, posts and units")
	rels := map[string]bool{}
	for _, e := range nb.Neighborhood.Edges {
		rels[e.Relation] = true
	}
	if kinds[minh] != "PERSON" || !rels["holds"] || !rels["within"] || len(rels) != 2 {
		t.Errorf("neighborhood of people, posts and units: relations %v, nodes %v", rels, kinds)
	}
	for id, k := range kinds {
		if !slices.Contains([]string{"PERSON", "POSITION", "UNIT"}, k) {
			t.Errorf("neighborhood of people, posts and units draws %s, a %s", id, k)
		}
	}

	// Chỉ thị 05-CT/TW is continued by Kết luận 01-KL/TW; articles mention both.
	ct05, kl01 := firstHit(t, c, "05-CT/TW"), firstHit(t, c, "01-KL/TW")
	var dg struct{ DocumentGraph subgraph }
	c.MustPost(`query($id: ID!) { documentGraph(root: $id) { nodes { id kind label } edges { source target relation } } }`,
		&dg, client.Var("id", ct05))
	kinds = dg.DocumentGraph.check(t, "documentGraph")
	if len(dg.DocumentGraph.Nodes) == 0 || dg.DocumentGraph.Nodes[0].ID != ct05 || kinds[kl01] != "DOCUMENT" {
		t.Fatalf("documentGraph(05-CT/TW) lacks 01-KL/TW: %+v", dg.DocumentGraph)
	}
	var continues, mentions bool
	for _, e := range dg.DocumentGraph.Edges {
		continues = continues || e.Source == kl01 && e.Target == ct05 && e.Relation == "continues"
		mentions = mentions || kinds[e.Source] == "ARTICLE" && e.Target == ct05 && e.Relation == "mentions"
	}
	if !continues || !mentions {
		t.Errorf("documentGraph(05-CT/TW): continues %v, mentioned %v: %+v", continues, mentions, dg.DocumentGraph.Edges)
	}
	// A relation it does not have leaves the directive with its articles.
	c.MustPost(`query($id: ID!) { documentGraph(root: $id, relations: ["amends"]) { nodes { id kind label } edges { source target relation } } }`,
		&dg, client.Var("id", ct05))
	for _, n := range dg.DocumentGraph.Nodes[1:] {
		if n.Kind == "DOCUMENT" {
			t.Errorf("documentGraph(05-CT/TW, amends) draws %s", n.Label)
		}
	}

	// Adopted resolutions bring their congress.
	var adopted struct {
		Entities struct {
			Edges []struct {
				Node struct {
					ID      string
					Adopted []struct{ ID string }
				}
			}
		}
	}
	c.MustPost(`{ entities(kind: CONGRESS, first: 100) { edges { node { id ... on Congress { adopted { id } } } } } }`, &adopted)
	found := false
	for _, e := range adopted.Entities.Edges {
		for _, d := range e.Node.Adopted {
			c.MustPost(`query($id: ID!) { documentGraph(root: $id, depth: 0) { nodes { id kind label } edges { source target relation } } }`,
				&dg, client.Var("id", d.ID))
			dg.DocumentGraph.check(t, "documentGraph of an adopted resolution")
			found = true
			if !slices.ContainsFunc(dg.DocumentGraph.Edges, func(x struct{ Source, Target, Relation string }) bool {
				return x.Source == e.Node.ID && x.Target == d.ID && x.Relation == "adopted"
			}) {
				t.Errorf("documentGraph(%s) lacks the congress %s that adopted it", d.ID, e.Node.ID)
			}
		}
	}
	if !found {
		t.Error("no congress of the sample corpus adopted a document")
	}
}

// TestIdentityOnSample merges two people of the sample corpus as curation
// would and gives one an external id: the merged id answers with the
// survivor, which lists it, and listings and counts drop it.
func TestIdentityOnSample(t *testing.T) {
	c, qs := sampleClient(t)
	minh, nga := firstHit(t, c, "vo van minh"), firstHit(t, c, "le thi hong nga")
	var before struct {
		Counts []struct{ Count int }
	}
	c.MustPost(`{ counts { count } }`, &before)
	cur := schema.LabelCuration
	err := qs.ApplyDeltas([]graph.Delta{
		{Action: graph.Add, Quad: quad.Quad{Subject: schema.IRI(nga), Predicate: schema.MergedInto, Object: schema.IRI(minh), Label: cur}},
		{Action: graph.Add, Quad: quad.Quad{Subject: schema.IRI(minh), Predicate: schema.ExternalID, Object: quad.String("wikidata:Q0000001"), Label: cur}},
	}, graph.IgnoreOpts{})
	if err != nil {
		t.Fatal(err)
	}
	type entity struct {
		ID, Name    string
		Referents   []string
		ExternalIds []string
	}
	var resp struct {
		Merged, Survivor entity
		Counts           []struct{ Count int }
		People           struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	c.MustPost(`query($old: ID!, $new: ID!) {
		merged: node(id: $old) { ... on Entity { id name referents externalIds } }
		survivor: node(id: $new) { ... on Entity { id name referents externalIds } }
		counts { count }
		people: entities(kind: PERSON, first: 100) { edges { node { id } } } }`, &resp,
		client.Var("old", nga), client.Var("new", minh))
	want := entity{ID: minh, Name: "Võ Văn Minh", Referents: []string{nga}, ExternalIds: []string{"wikidata:Q0000001"}}
	for _, got := range []entity{resp.Merged, resp.Survivor} {
		if got.ID != want.ID || got.Name != want.Name || !slices.Equal(got.Referents, want.Referents) || !slices.Equal(got.ExternalIds, want.ExternalIds) {
			t.Errorf("after the merge: %+v, want %+v", got, want)
		}
	}
	if resp.Counts[0].Count != before.Counts[0].Count-1 {
		t.Errorf("people counted %d after the merge, %d before", resp.Counts[0].Count, before.Counts[0].Count)
	}
	for _, e := range resp.People.Edges {
		if e.Node.ID == nga {
			t.Errorf("entities lists %s, merged into %s", nga, minh)
		}
	}
}
