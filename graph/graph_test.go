package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/cadregraph/cadregraph/kg"
	"github.com/cadregraph/cadregraph/kg/kgtest"
	"github.com/cadregraph/cadregraph/store"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func fixtureClient(t *testing.T) (*client.Client, *kgtest.Fixture) {
	t.Helper()
	f := kgtest.New(t)
	return client.New(NewHandler(kg.New(f.Store(t)))), f
}

// TestGolden runs every query in testdata/*.graphql against the fixture and
// compares the whole response, data and errors, with the .golden file beside
// it (go test -update rewrites them). The answers must not depend on the
// store: the same files are checked on a memory store, on bolt and, when
// CADREGRAPH_TEST_POSTGRES names a server, on PostgreSQL.
func TestGolden(t *testing.T) {
	f := kgtest.New(t)
	t.Run("mem", func(t *testing.T) { golden(t, f.Store(t)) })
	if *update {
		return
	}
	t.Run("bolt", func(t *testing.T) { golden(t, fixtureIn(t, f, t.TempDir()+"/cadregraph.db")) })
	t.Run("postgres", func(t *testing.T) {
		u := os.Getenv("CADREGRAPH_TEST_POSTGRES")
		if u == "" {
			t.Skip("CADREGRAPH_TEST_POSTGRES not set: set it to a postgres:// URL to check the answers on PostgreSQL too")
		}
		golden(t, fixtureIn(t, f, freshDatabase(t, u)))
	})
}

// fixtureIn writes the fixture into the store db opens.
func fixtureIn(t *testing.T, f *kgtest.Fixture, db string) graph.QuadStore {
	t.Helper()
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	var ds []graph.Delta
	for _, q := range f.Quads() {
		ds = append(ds, graph.Delta{Quad: q, Action: graph.Add})
	}
	if err := st.QuadStore().ApplyDeltas(ds, graph.IgnoreOpts{IgnoreDup: true}); err != nil {
		t.Fatal(err)
	}
	return st.QuadStore()
}

func golden(t *testing.T, qs graph.QuadStore) { goldenGlob(t, qs, "testdata/*.graphql") }

// goldenGlob runs the queries that glob names against qs, as TestGolden
// does, twice: reading the store for every answer, and from the read model
// that serve builds (kg.Graph.Refresh); the answers must not differ. Other
// fixtures keep their queries in folders of their own.
func goldenGlob(t *testing.T, qs graph.QuadStore, glob string) {
	t.Run("store", func(t *testing.T) { goldenOf(t, kg.New(qs), glob, *update) })
	if *update {
		return
	}
	t.Run("readmodel", func(t *testing.T) {
		g := kg.New(qs)
		if _, err := g.Refresh(context.Background()); err != nil {
			t.Fatal(err)
		}
		goldenOf(t, g, glob, false)
	})
}

func goldenOf(t *testing.T, g *kg.Graph, glob string, update bool) {
	c := client.New(NewHandler(g))
	files, err := filepath.Glob(glob)
	if err != nil || len(files) == 0 {
		t.Fatalf("no queries in testdata: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			q, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := c.RawPost(string(q))
			if err != nil {
				t.Fatal(err)
			}
			// Fields resolve concurrently: list their errors in path order.
			var errs []map[string]any
			if resp.Errors != nil {
				if err := json.Unmarshal(resp.Errors, &errs); err != nil {
					t.Fatal(err)
				}
			}
			slices.SortFunc(errs, func(a, b map[string]any) int { return strings.Compare(fmt.Sprint(a["path"]), fmt.Sprint(b["path"])) })
			got, err := json.MarshalIndent(map[string]any{"data": resp.Data, "errors": errs}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(file, ".graphql") + ".golden"
			if update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if d := lineDiff(string(want), string(got)); d != "" {
				t.Errorf("response differs from %s:\n%s", golden, d)
			}
		})
	}
}

// lineDiff shows the lines where want and got part, with a little context.
func lineDiff(want, got string) string {
	if want == got {
		return ""
	}
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	for j := max(0, i-3); j < i; j++ {
		fmt.Fprintf(&b, "  %s\n", w[j])
	}
	for j := i; j < min(len(w), i+6); j++ {
		fmt.Fprintf(&b, "- %s\n", w[j])
	}
	for j := i; j < min(len(g), i+6); j++ {
		fmt.Fprintf(&b, "+ %s\n", g[j])
	}
	return fmt.Sprintf("first difference at line %d:\n%s", i+1, b.String())
}

func TestPersonWithTenures(t *testing.T) {
	c, f := fixtureClient(t)
	var resp struct {
		Node struct {
			Name    string
			Kind    string
			Tenures []struct {
				FirstSeen, LastSeen string
				Start               *string
				Position            struct {
					Title string
					Unit  struct{ Name string }
				}
				Evidence []struct {
					Quote   string
					Article struct{ Source string }
				}
			}
		}
	}
	c.MustPost(`query($id: ID!) { node(id: $id) { ... on Person { name kind
		tenures { firstSeen lastSeen start position { title unit { name } } evidence { quote article { source } } } } } }`,
		&resp, client.Var("id", f.ID["minh"]))
	if resp.Node.Name != "Võ Văn Minh" || resp.Node.Kind != "PERSON" || len(resp.Node.Tenures) != 2 {
		t.Fatalf("node: %+v", resp.Node)
	}
	pbt := resp.Node.Tenures[1]
	if pbt.Position.Title != "Phó Bí thư" || pbt.Position.Unit.Name != "Thành ủy TPHCM" ||
		pbt.FirstSeen != "2024-06-22" || pbt.LastSeen != "2025-08-20" || pbt.Start != nil || len(pbt.Evidence) != 2 {
		t.Errorf("tenure: %+v", pbt)
	}
	if bt := resp.Node.Tenures[0]; bt.Start == nil || *bt.Start != "2024-06-01" {
		t.Errorf("tenure with a stated start: %+v", bt)
	}
}

func TestSearchTopHit(t *testing.T) {
	c, _ := fixtureClient(t)
	for q, want := range map[string]string{"vo van minh": "Võ Văn Minh", "21-KL/TW": "Kết luận số 21-KL/TW", "KL 21": "Kết luận số 21-KL/TW"} {
		var resp struct {
			Search []struct {
				Score  float64
				Entity struct{ Name, Code string }
			}
		}
		c.MustPost(`query($q: String!) { search(query: $q, first: 5) { score entity { name ... on Document { code } } } }`, &resp, client.Var("q", q))
		if len(resp.Search) == 0 || resp.Search[0].Entity.Name != want || resp.Search[0].Score != 1 {
			t.Errorf("search(%q): %+v", q, resp.Search)
		}
	}
}

// TestClientErrors: what a client gets wrong reaches it with a message that
// says what and why, and the errors resolvers raise with an extensions.code.
func TestClientErrors(t *testing.T) {
	c, f := fixtureClient(t)
	tests := []struct {
		query string
		want  string
		code  string // extensions.code
	}{
		{`{ entities(kind: PERSON, first: 500) { totalCount } }`, "first must be between 0 and 100 (got 500)", "BAD_USER_INPUT"},
		{`{ articles(first: -2) { totalCount } }`, "first must be between 0 and 100 (got -2)", "BAD_USER_INPUT"},
		{`{ articles(after: "garbage") { totalCount } }`, `malformed cursor \"garbage\"`, "BAD_USER_INPUT"},
		{`{ node(id: "Võ Văn Minh") { id } }`, `malformed id \"Võ Văn Minh\"`, "BAD_USER_INPUT"},
		{`{ holders(title: "Bí thư", at: "2025-13") { firstSeen } }`, `date \"2025-13\": no such date`, ""},
		{`{ neighborhood(id: "` + f.ID["minh"] + `", depth: 9) { nodes { id } } }`, "depth must be between 0 and 3 (got 9)", "BAD_USER_INPUT"},
		{`{ neighborhood(id: "person-nobody-0123456789") { nodes { id } } }`, `no entity or article has id \"person-nobody-0123456789\"`, "NOT_FOUND"},
		{`{ path(from: "` + f.ID["minh"] + `", to: "` + f.ID["nga"] + `", maxDepth: 50) { nodes { id } } }`, "maxDepth must be between 0 and 10 (got 50)", "BAD_USER_INPUT"},
		{`{ documentGraph(root: "` + f.ID["kl21"] + `", relations: ["references"]) { nodes { id } } }`, `\"references\" is not a relation between documents`, "BAD_USER_INPUT"},
		{`{ search(query: "x", kinds: [NOBODY]) { score } }`, "NOBODY", ""},
		{`{ nothing }`, `Cannot query field \"nothing\"`, ""},
	}
	for _, tt := range tests {
		var resp any
		err := c.Post(tt.query, &resp)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one saying %s", tt.query, err, tt.want)
		}
		if tt.code != "" && (err == nil || !strings.Contains(err.Error(), `"code":"`+tt.code+`"`)) {
			t.Errorf("%s: error %v, want extensions.code %s", tt.query, err, tt.code)
		}
		if err != nil && strings.Contains(err.Error(), "internal error") {
			t.Errorf("%s: a client's error presented as internal: %v", tt.query, err)
		}
	}
	var resp struct{ Node *struct{ ID string } }
	c.MustPost(`{ node(id: "person-nobody-0123456789") { id } }`, &resp)
	if resp.Node != nil {
		t.Errorf("an unknown id: %+v, want null", resp.Node)
	}
}

// failing is a store whose reads fail, as a broken disk or a lost database
// connection would.
type failing struct{ graph.QuadStore }

func (failing) QuadIterator(quad.Direction, graph.Ref) graph.Iterator {
	return iterator.NewError(errors.New("disk on fire"))
}

// TestInternalErrorsHidden: a failure that is not the client's reaches it as
// "internal error" while the log keeps the detail.
func TestInternalErrorsHidden(t *testing.T) {
	f := kgtest.New(t)
	var log bytes.Buffer
	c := client.New(NewHandler(kg.New(failing{f.Store(t)}), WithLogger(slog.New(slog.NewTextHandler(&log, nil)))))
	var resp any
	err := c.Post(`query($id: ID!) { node(id: $id) { id } }`, &resp, client.Var("id", f.ID["minh"]))
	if err == nil || !strings.Contains(err.Error(), `"internal error"`) || strings.Contains(err.Error(), "disk") {
		t.Errorf("error %v, want only \"internal error\"", err)
	}
	if err == nil || !strings.Contains(err.Error(), `"code":"INTERNAL"`) {
		t.Errorf("error %v, want extensions.code INTERNAL", err)
	}
	if !strings.Contains(log.String(), "disk on fire") || !strings.Contains(log.String(), "node") {
		t.Errorf("the log lacks the detail: %s", log.String())
	}
}

func TestTransports(t *testing.T) {
	f := kgtest.New(t)
	srv := httptest.NewServer(NewHandler(kg.New(f.Store(t))))
	defer srv.Close()
	get := func(q string) (int, string) {
		t.Helper()
		resp, err := http.Get(srv.URL + "?query=" + url.QueryEscape(q))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var b bytes.Buffer
		_, _ = b.ReadFrom(resp.Body)
		return resp.StatusCode, b.String()
	}
	if code, body := get(`{ articles { totalCount } }`); code != 200 || !strings.Contains(body, `"totalCount":3`) {
		t.Errorf("GET: %d %s", code, body)
	}
	if code, body := get(`{ __schema { queryType { name } } }`); code != 200 || !strings.Contains(body, `"Query"`) {
		t.Errorf("introspection: %d %s", code, body)
	}
}

// TestWalksThroughTheAPI: through gqlgen, which resolves siblings
// concurrently, a page of 100 people with tenures, positions and units costs
// the walks a page of 10 does.
func TestWalksThroughTheAPI(t *testing.T) {
	q := `{ entities(kind: PERSON, first: 100) { edges { node { name ... on Person {
		tenures { firstSeen lastSeen position { title unit { name } } evidence { quote } } } } } } }`
	var walks []int64
	for _, n := range []int{10, 100} {
		g := kg.New(kgtest.Crowd(t, n))
		c := client.New(NewHandler(g))
		var resp struct {
			Entities struct {
				Edges []struct {
					Node struct {
						Name    string
						Tenures []struct {
							FirstSeen, LastSeen string
							Position            struct {
								Title string
								Unit  struct{ Name string }
							}
							Evidence []struct{ Quote string }
						}
					}
				}
			}
		}
		before := g.Walks()
		c.MustPost(q, &resp)
		walks = append(walks, g.Walks()-before)
		if len(resp.Entities.Edges) != n || len(resp.Entities.Edges[n-1].Node.Tenures) != 2 ||
			resp.Entities.Edges[n-1].Node.Tenures[1].Position.Unit.Name == "" {
			t.Fatalf("%d people: %+v", n, resp.Entities.Edges[n-1])
		}
	}
	if walks[0] != walks[1] || walks[1] > 11 {
		t.Errorf("walks for 10 and 100 people: %v, want the same few", walks)
	}
}

// TestFactIDs: the ids of tenures, document links and graph edges, as the
// API gives them, are keys node(id) answers with the same object.
func TestFactIDs(t *testing.T) {
	c, f := fixtureClient(t)
	var resp struct {
		Person struct {
			Tenures []struct{ ID string }
		}
		Document struct {
			References []struct{ ID, Relation, RelationKind string }
		}
		Neighborhood struct {
			Truncated bool
			Edges     []struct{ ID, Source, Relation, RelationKind string }
		}
	}
	c.MustPost(`query($p: ID!, $d: ID!) {
		person: node(id: $p) { ... on Person { tenures { id } } }
		document: node(id: $d) { ... on Document { references { id relation relationKind } } }
		neighborhood(id: $d) { truncated edges { id source relation relationKind } } }`, &resp,
		client.Var("p", f.ID["minh"]), client.Var("d", f.ID["kl21"]))
	var ids []string
	for _, tn := range resp.Person.Tenures {
		ids = append(ids, tn.ID)
	}
	for _, l := range resp.Document.References {
		ids = append(ids, l.ID)
		if strings.ToUpper(l.Relation) != l.RelationKind {
			t.Errorf("link %s: relation %s, relationKind %s", l.ID, l.Relation, l.RelationKind)
		}
	}
	for _, e := range resp.Neighborhood.Edges {
		ids = append(ids, e.ID)
		if strings.ToUpper(e.Relation) != e.RelationKind {
			t.Errorf("edge %s: relation %s, relationKind %s", e.ID, e.Relation, e.RelationKind)
		}
	}
	if len(resp.Person.Tenures) == 0 || len(resp.Document.References) == 0 || len(resp.Neighborhood.Edges) == 0 || resp.Neighborhood.Truncated {
		t.Fatalf("the fixture's tenures, links and edges: %+v", resp)
	}
	for _, id := range ids {
		var n struct {
			Node *struct {
				Typename string `json:"__typename"`
				ID       string
			}
		}
		c.MustPost(`query($id: ID!) { node(id: $id) { __typename id } }`, &n, client.Var("id", id))
		if n.Node == nil || n.Node.ID != id {
			t.Errorf("node(%q) = %+v", id, n.Node)
		}
	}
}
