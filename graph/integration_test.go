package graph

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/cadregraph/cadregraph/kg"
	"github.com/cadregraph/cadregraph/loader"
	"github.com/cadregraph/cadregraph/store"
	"github.com/cadregraph/cadregraph/vn"
	_ "github.com/lib/pq" // database/sql driver, to give each PostgreSQL run a fresh database
)

// corpusDir is the sample corpus the project ships.
const corpusDir = "../corpus"

// TestIntegration loads the sample corpus through the loader into each store
// cadregraph runs on and runs every query of the contract through the API:
// every root field, and every field of every type at least once, as
// ../shared/eval/kgeval.py does. It checks answers that do not depend on the
// extraction being perfect.
func TestIntegration(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the sample corpus: not in -short mode")
	}
	t.Run("mem", func(t *testing.T) { integration(t, "mem:") })
	t.Run("bolt", func(t *testing.T) { integration(t, t.TempDir()+"/cadregraph.db") })
	t.Run("postgres", func(t *testing.T) {
		u := os.Getenv("CADREGRAPH_TEST_POSTGRES")
		if u == "" {
			t.Skip("CADREGRAPH_TEST_POSTGRES not set: set it to a postgres:// URL (a server you may create databases on) to run this test against PostgreSQL")
		}
		integration(t, freshDatabase(t, u))
	})
}

// freshDatabase creates a database of its own for this run on the server of
// u and drops it at the end, so reruns start clean; when the role may not
// create databases it says so and uses u's.
func freshDatabase(t *testing.T, u string) string {
	t.Helper()
	parsed, err := url.Parse(u)
	if err != nil {
		t.Fatalf("CADREGRAPH_TEST_POSTGRES: %v", err)
	}
	db, err := sql.Open("postgres", u)
	if err != nil {
		t.Fatalf("CADREGRAPH_TEST_POSTGRES: %v", err)
	}
	defer db.Close()
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "cadregraph_test_" + hex.EncodeToString(b)
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		t.Logf("cannot create a database of its own (%v): using %s as it is", err, parsed.Redacted())
		return u
	}
	t.Cleanup(func() {
		db, err := sql.Open("postgres", u)
		if err != nil {
			t.Errorf("dropping %s: %v", name, err)
			return
		}
		defer db.Close()
		if _, err := db.Exec("DROP DATABASE IF EXISTS " + name); err != nil {
			t.Errorf("dropping %s: %v", name, err)
		}
	})
	parsed.Path = "/" + name
	return parsed.String()
}

func integration(t *testing.T, db string) {
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := st.Close(); err != nil {
			t.Errorf("closing the store: %v", err)
		}
	})
	rep, err := loader.Load(ctx, st, []string{corpusDir}, loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Failed) > 0 {
		t.Fatalf("loading the sample corpus: %v", rep.Failed)
	}
	files, err := os.ReadDir(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	var sources []string
	for _, f := range files {
		if strings.HasSuffix(f.Name(), ".txt") {
			sources = append(sources, f.Name())
		}
	}
	c := client.New(NewHandler(kg.New(st.QuadStore())))
	q := func(query string, resp any, vars ...client.Option) {
		t.Helper()
		if err := c.Post(query, resp, vars...); err != nil {
			t.Fatalf("%s\n%v", query, err)
		}
	}

	// articles: every article, newest first, with every field.
	type article struct {
		ID, Source, Text     string
		Title                *string
		Published, EventDate *string
		Authors              []struct{ ID, Name string }
		Photographers        []struct{ Name string }
		Entities             []struct{ Kind, Name string }
	}
	arts := pages[article](t, c, "articles", `articles(first: $first, after: $after)`,
		`id source title published eventDate text authors { id name } photographers { name } entities(kinds: [PERSON, UNIT]) { kind name }`, 2)
	var got []string
	for i, a := range arts {
		got = append(got, path.Base(a.Source))
		if i > 0 && a.EventDate != nil && (arts[i-1].EventDate == nil || *arts[i-1].EventDate < *a.EventDate) {
			t.Errorf("articles out of order: %v before %v", arts[i-1].EventDate, *a.EventDate)
		}
		if a.Text == "" || len(a.Entities) == 0 {
			t.Errorf("article %s: no text or no people and units", a.Source)
		}
	}
	slices.Sort(got)
	if !slices.Equal(got, sources) {
		t.Errorf("articles %v, want the corpus's %v", got, sources)
	}

	// People, paged seven at a time: every one once, in name order, with
	// every Person field.
	type tenure struct {
		FirstSeen, LastSeen string
		Start, End          *string
		Person              struct{ ID string }
		Position            struct {
			ID, Title string
			Unit      *struct{ Name string }
		}
		Evidence []struct {
			Quote      string
			Start, End int
			Article    struct{ ID, Source string }
		}
	}
	type person struct {
		ID, Kind, Name string
		Aliases        []string
		Roles          []string
		Mentions       struct {
			TotalCount int
			Edges      []struct {
				Node struct{ Article struct{ Source string } }
			}
		}
		Tenures []tenure
		SpokeAt []struct{ ID, Name, Kind string }
	}
	people := pages[person](t, c, "entities", `entities(kind: PERSON, first: $first, after: $after)`,
		`id kind name aliases mentions(first: 100) { totalCount edges { node { article { source } } } }
		 ... on Person { roles tenures { firstSeen lastSeen start end person { id } position { id title unit { name } }
		 evidence { quote start end article { id source } } } spokeAt { id name kind } }`, 7)
	if len(people) == 0 {
		t.Fatal("no people")
	}
	ids := map[string]bool{}
	var minh *person
	for i, p := range people {
		if ids[p.ID] {
			t.Errorf("%s listed twice", p.ID)
		}
		ids[p.ID] = true
		if i > 0 && vn.Fold(people[i-1].Name) > vn.Fold(p.Name) {
			t.Errorf("people out of order: %q before %q", people[i-1].Name, p.Name)
		}
		if p.Kind != "PERSON" || len(p.Mentions.Edges) == 0 {
			t.Errorf("person %s: kind %s, %d mentions", p.Name, p.Kind, len(p.Mentions.Edges))
		}
		for _, tn := range p.Tenures {
			if tn.Person.ID != p.ID || tn.FirstSeen > tn.LastSeen || len(tn.Evidence) == 0 {
				t.Errorf("%s: tenure %+v", p.Name, tn)
			}
		}
		if vn.Fold(p.Name) == "vo van minh" {
			minh = &people[i]
		}
	}
	if minh == nil {
		t.Fatal("Võ Văn Minh is not among the people")
	}
	inFirst := false
	for _, tn := range minh.Tenures {
		for _, e := range tn.Evidence {
			inFirst = inFirst || strings.HasPrefix(path.Base(e.Article.Source), "000_")
		}
	}
	if !inFirst {
		t.Errorf("Võ Văn Minh has no tenure evidenced in article 000: %+v", minh.Tenures)
	}

	// Every other kind, with every field of its type.
	type unit struct {
		ID, Name                        string
		Aliases                         []string
		Founded, UnitKind               *string
		PartyMembers, BaseOrganisations *int
		Parent                          *struct{ Name string }
		Children, Positions, Congresses []struct{ Name string }
	}
	units := pages[unit](t, c, "entities", `entities(kind: UNIT, first: $first, after: $after)`,
		`id name aliases ... on Unit { founded unitKind partyMembers baseOrganisations parent { name } children { name } positions { name } congresses { name } }`, 100)
	if len(units) == 0 {
		t.Error("no units")
	}
	type position struct {
		ID, Name, Title string
		Unit            *struct{ Name string }
		Holders         []struct{ Person struct{ Name string } }
	}
	positions := pages[position](t, c, "entities", `entities(kind: POSITION, first: $first, after: $after)`,
		`id name ... on Position { title unit { name } holders { person { name } } }`, 100)
	for _, p := range positions {
		if len(p.Holders) == 0 {
			t.Errorf("position %s has no holder", p.Name)
		}
	}
	type gathering struct {
		ID, Name, Kind          string
		Start, End, Term, Motto *string
		Theme                   *string
		Ordinal                 *int
		MentionedOnly           bool
		Unit                    *struct{ Name string }
		Speakers                []struct{ Name string }
		Adopted                 []struct{ Name string }
	}
	congresses := pages[gathering](t, c, "entities", `entities(kind: CONGRESS, first: $first, after: $after)`,
		`id name kind ... on Congress { start end term motto theme ordinal mentionedOnly unit { name } speakers { name } adopted { name } }`, 100)
	_ = pages[gathering](t, c, "entities", `entities(kind: EVENT, first: $first, after: $after)`,
		`id name kind ... on Gathering { start end unit { name } speakers { name } }`, 100)
	type link struct {
		Relation string
		From, To struct{ Code *string }
		Evidence []struct{ Article struct{ Source string } }
	}
	type document struct {
		ID, Name, DocumentKind        string
		Number, Code, Issued, Subject *string
		Issuer                        *struct{ Name string }
		References, ReferencedBy      []link
	}
	docs := pages[document](t, c, "entities", `entities(kind: DOCUMENT, first: $first, after: $after)`,
		`id name ... on Document { documentKind number code issued subject issuer { name }
		 references { relation from { code } to { code } evidence { article { source } } }
		 referencedBy { relation from { code } to { code } evidence { article { source } } } }`, 100)
	if len(docs) == 0 {
		t.Error("no documents")
	}
	t.Logf("%d articles, %d people, %d units, %d positions, %d congresses, %d documents",
		len(arts), len(people), len(units), len(positions), len(congresses), len(docs))

	// node(id) on one entity of each kind and an article.
	for _, id := range []string{minh.ID, units[0].ID, arts[0].ID, docs[0].ID} {
		var resp struct{ Node struct{ ID string } }
		q(`query($id: ID!) { node(id: $id) { id } }`, &resp, client.Var("id", id))
		if resp.Node.ID != id {
			t.Errorf("node(%s) = %s", id, resp.Node.ID)
		}
	}

	// search: accent-insensitive names and codes in the forms people type.
	type hit struct {
		Score  float64
		Entity struct {
			ID, Kind, Name string
			Aliases        []string
			Code           *string
		}
	}
	search := func(query string, kinds []string) []hit {
		var resp struct{ Search []hit }
		q(`query($q: String!, $kinds: [EntityKind!]) { search(query: $q, kinds: $kinds, first: 5) {
			score entity { id kind name aliases ... on Document { code } } } }`, &resp, client.Var("q", query), client.Var("kinds", kinds))
		return resp.Search
	}
	if h := search("vo van minh", []string{"PERSON"}); len(h) == 0 || h[0].Entity.ID != minh.ID {
		t.Errorf("search(vo van minh): %+v", h)
	}
	for _, code := range []string{"21-KL/TW", "KL 21", "ket luan 21"} {
		if h := search(code, nil); len(h) == 0 || h[0].Entity.Code == nil || vn.Fold(*h[0].Entity.Code) != "21-kl/tw" {
			t.Errorf("search(%s): %+v", code, h)
		}
	}

	// holders: who held a post, by title and unit.
	type holder struct {
		FirstSeen, LastSeen string
		Person              struct{ ID, Name string }
		Position            struct {
			Title string
			Unit  *struct {
				Name    string
				Aliases []string
			}
		}
	}
	var holders struct{ Holders []holder }
	q(`{ holders(title: "Phó Bí thư", unit: "Thành ủy TPHCM") { firstSeen lastSeen person { id name } position { title unit { name aliases } } } }`, &holders)
	if !slices.ContainsFunc(holders.Holders, func(h holder) bool { return h.Person.ID == minh.ID }) {
		t.Errorf("holders(Phó Bí thư, Thành ủy TPHCM) lacks Võ Văn Minh: %+v", holders.Holders)
	}

	// neighborhood and path: closed subgraphs for drawing.
	type subgraph struct {
		Nodes []struct{ ID, Kind, Label string }
		Edges []struct{ Source, Target, Relation string }
	}
	closedAround := func(s *subgraph, must ...string) {
		t.Helper()
		in := map[string]bool{}
		for _, n := range s.Nodes {
			in[n.ID] = true
		}
		for _, id := range must {
			if !in[id] {
				t.Errorf("subgraph lacks %s", id)
			}
		}
		for _, e := range s.Edges {
			if !in[e.Source] || !in[e.Target] {
				t.Errorf("edge %+v leaves the subgraph", e)
			}
		}
	}
	var hood struct{ Neighborhood subgraph }
	q(`query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id kind label } edges { source target relation } } }`, &hood, client.Var("id", minh.ID))
	if len(hood.Neighborhood.Nodes) < 2 {
		t.Errorf("neighborhood of Võ Văn Minh: %+v", hood.Neighborhood)
	}
	closedAround(&hood.Neighborhood, minh.ID)
	for _, p := range people {
		if vn.Fold(p.Name) == "le thi hong nga" {
			var resp struct{ Path *subgraph }
			q(`query($a: ID!, $b: ID!) { path(from: $a, to: $b) { nodes { id kind label } edges { source target relation } } }`,
				&resp, client.Var("a", minh.ID), client.Var("b", p.ID))
			if resp.Path == nil {
				t.Errorf("no path from Võ Văn Minh to Lê Thị Hồng Nga")
			} else {
				closedAround(resp.Path, minh.ID, p.ID)
			}
		}
	}
}

// pages follows a connection to its end, first at a time, decoding each node
// into T, and checks its totalCount and cursors.
func pages[T any](t *testing.T, c *client.Client, field, call, selection string, first int) []T {
	t.Helper()
	query := fmt.Sprintf(`query($first: Int, $after: String) { %s {
		totalCount pageInfo { hasNextPage endCursor } edges { cursor node { %s } } } }`, call, selection)
	var out []T
	var after *string
	for range 1000 {
		var resp map[string]struct {
			TotalCount int
			PageInfo   struct {
				HasNextPage bool
				EndCursor   *string
			}
			Edges []struct {
				Cursor string
				Node   T
			}
		}
		if err := c.Post(query, &resp, client.Var("first", first), client.Var("after", after)); err != nil {
			t.Fatalf("%s\n%v", query, err)
		}
		conn := resp[field]
		for _, e := range conn.Edges {
			out = append(out, e.Node)
		}
		if len(conn.Edges) > first {
			t.Fatalf("%s: %d edges for first: %d", call, len(conn.Edges), first)
		}
		if !conn.PageInfo.HasNextPage {
			if len(out) != conn.TotalCount {
				t.Errorf("%s: walked %d, totalCount %d", call, len(out), conn.TotalCount)
			}
			return out
		}
		if conn.PageInfo.EndCursor == nil || *conn.PageInfo.EndCursor != conn.Edges[len(conn.Edges)-1].Cursor {
			t.Fatalf("%s: endCursor %v is not the last edge's cursor", call, conn.PageInfo.EndCursor)
		}
		after = conn.PageInfo.EndCursor
	}
	t.Fatalf("%s: paging never ends", call)
	return nil
}
