package export_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/export"
	"github.com/cadregraph/cadregraph/kg"
	"github.com/cadregraph/cadregraph/kg/kgtest"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// sources are the fixture's whole graph and the neighbourhood of Võ Văn Minh
// (two hops), with the subgraph each should write, read through kg.
type source struct {
	name string
	src  export.Source
	want *kg.Subgraph
}

func sources(t *testing.T) (*kgtest.Fixture, *kg.Graph, []source) {
	t.Helper()
	ctx := context.Background()
	f := kgtest.New(t)
	g := kg.New(f.Store(t))
	whole := &kg.Subgraph{}
	err := g.Whole(ctx, nil, func(n *kg.GraphNode) error {
		whole.Nodes = append(whole.Nodes, n)
		return nil
	}, func(e *kg.GraphEdge) error {
		whole.Edges = append(whole.Edges, e)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sub, err := g.Subgraph(ctx, f.ID["minh"], 2, nil, kg.MaxLimit)
	if err != nil {
		t.Fatal(err)
	}
	src, err := export.Subgraph(ctx, g, f.ID["minh"], 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	people, err := g.Subgraph(ctx, f.ID["minh"], 2, []schema.Kind{schema.Person, schema.Position}, kg.MaxLimit)
	if err != nil {
		t.Fatal(err)
	}
	psrc, err := export.Subgraph(ctx, g, f.ID["minh"], 2, []schema.Kind{schema.Person, schema.Position})
	if err != nil {
		t.Fatal(err)
	}
	return f, g, []source{
		{"whole", export.Whole(g, nil), whole},
		{"minh", src, sub},
		{"minh-people", psrc, people},
	}
}

// same checks that nodes and edges are want's, each once, and closed.
func same(t *testing.T, want *kg.Subgraph, nodes []kg.GraphNode, edges []kg.GraphEdge) {
	t.Helper()
	ids := map[string]bool{}
	for _, n := range nodes {
		if ids[n.ID] {
			t.Errorf("node %s written twice", n.ID)
		}
		ids[n.ID] = true
	}
	for _, e := range edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %+v leaves the nodes written", e)
		}
	}
	var wn []kg.GraphNode
	for _, n := range want.Nodes {
		wn = append(wn, *n)
	}
	var we []kg.GraphEdge
	for _, e := range want.Edges {
		we = append(we, *e)
	}
	cmpN := func(a, b kg.GraphNode) int { return strings.Compare(a.ID, b.ID) }
	cmpE := func(a, b kg.GraphEdge) int { return strings.Compare(a.ID(), b.ID()) }
	slices.SortFunc(wn, cmpN)
	slices.SortFunc(we, cmpE)
	nodes, edges = slices.Clone(nodes), slices.Clone(edges)
	slices.SortFunc(nodes, cmpN)
	slices.SortFunc(edges, cmpE)
	if !slices.Equal(nodes, wn) {
		t.Errorf("nodes:\n%v\nwant\n%v", nodes, wn)
	}
	if !slices.Equal(edges, we) {
		t.Errorf("edges:\n%v\nwant\n%v", edges, we)
	}
	if len(nodes) == 0 || len(edges) == 0 {
		t.Errorf("an empty export: %d nodes, %d edges", len(nodes), len(edges))
	}
}

// golden compares got with testdata/name, which go test -update rewrites.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	file := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (go test -update creates it)", err)
	}
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := range max(len(w), len(g)) {
		var x, y string
		if i < len(w) {
			x = w[i]
		}
		if i < len(g) {
			y = g[i]
		}
		if x != y {
			t.Errorf("%s line %d (go test -update rewrites it):\n- %s\n+ %s", file, i+1, x, y)
			return
		}
	}
}

func TestCytoscape(t *testing.T) {
	_, _, srcs := sources(t)
	for _, s := range srcs {
		t.Run(s.name, func(t *testing.T) {
			var out bytes.Buffer
			st, err := export.WriteCytoscape(context.Background(), s.src, &out)
			if err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Elements struct {
					Nodes []struct{ Data kg.GraphNode }
					Edges []struct {
						Data struct {
							ID, Relation   string
							Source, Target string
						}
					}
				}
			}
			if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
				t.Fatalf("not JSON: %v\n%s", err, out.String())
			}
			var nodes []kg.GraphNode
			for _, n := range doc.Elements.Nodes {
				nodes = append(nodes, n.Data)
			}
			var edges []kg.GraphEdge
			for _, e := range doc.Elements.Edges {
				ge := kg.GraphEdge{Source: e.Data.Source, Target: e.Data.Target, Relation: e.Data.Relation}
				if e.Data.ID != ge.ID() {
					t.Errorf("edge %+v has id %s", ge, e.Data.ID)
				}
				edges = append(edges, ge)
			}
			same(t, s.want, nodes, edges)
			if st.Nodes != len(nodes) || st.Edges != len(edges) {
				t.Errorf("stats %v, wrote %d nodes, %d edges", st, len(nodes), len(edges))
			}
			golden(t, s.name+".cytoscape.json", out.Bytes())
		})
	}
}

type graphml struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string  `xml:"id,attr"`
			Data []datum `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID     string  `xml:"id,attr"`
			Source string  `xml:"source,attr"`
			Target string  `xml:"target,attr"`
			Data   []datum `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type datum struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func data(ds []datum, key string) string {
	for _, d := range ds {
		if d.Key == key {
			return d.Value
		}
	}
	return ""
}

func TestGraphML(t *testing.T) {
	_, _, srcs := sources(t)
	for _, s := range srcs {
		t.Run(s.name, func(t *testing.T) {
			var out bytes.Buffer
			if _, err := export.WriteGraphML(context.Background(), s.src, &out); err != nil {
				t.Fatal(err)
			}
			var doc graphml
			if err := xml.Unmarshal(out.Bytes(), &doc); err != nil {
				t.Fatalf("not GraphML: %v\n%s", err, out.String())
			}
			keys := map[string]string{}
			for _, k := range doc.Keys {
				if k.Type != "string" || k.ID != k.Name {
					t.Errorf("key %+v", k)
				}
				keys[k.ID] = k.For
			}
			if keys["label"] != "node" || keys["kind"] != "node" || keys["relation"] != "edge" || doc.Graph.EdgeDefault != "directed" {
				t.Errorf("keys %v, edgedefault %q", keys, doc.Graph.EdgeDefault)
			}
			var nodes []kg.GraphNode
			for _, n := range doc.Graph.Nodes {
				nodes = append(nodes, kg.GraphNode{ID: n.ID, Label: data(n.Data, "label"), Kind: schema.Kind(data(n.Data, "kind"))})
			}
			var edges []kg.GraphEdge
			for _, e := range doc.Graph.Edges {
				edges = append(edges, kg.GraphEdge{Source: e.Source, Target: e.Target, Relation: data(e.Data, "relation")})
			}
			same(t, s.want, nodes, edges)
			golden(t, s.name+".graphml", out.Bytes())
			if s.name == "whole" {
				networkx(t, out.Bytes(), len(nodes), len(edges)) // a second or two: once
			}
		})
	}
}

type gexf struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Graph   struct {
		Mode       string `xml:"mode,attr"`
		TimeFormat string `xml:"timeformat,attr"`
		Nodes      []struct {
			ID     string  `xml:"id,attr"`
			Label  string  `xml:"label,attr"`
			Attr   []attr  `xml:"attvalues>attvalue"`
			Spells []spell `xml:"spells>spell"`
		} `xml:"nodes>node"`
		Edges []struct {
			ID     string  `xml:"id,attr"`
			Source string  `xml:"source,attr"`
			Target string  `xml:"target,attr"`
			Attr   []attr  `xml:"attvalues>attvalue"`
			Spells []spell `xml:"spells>spell"`
		} `xml:"edges>edge"`
	} `xml:"graph"`
}

type attr struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

type spell struct {
	Start string `xml:"start,attr"`
	End   string `xml:"end,attr"`
}

func attrOf(as []attr, key string) string {
	for _, a := range as {
		if a.For == key {
			return a.Value
		}
	}
	return ""
}

func TestGEXF(t *testing.T) {
	ctx := context.Background()
	f, g, srcs := sources(t)
	for _, s := range srcs {
		t.Run(s.name, func(t *testing.T) {
			var out bytes.Buffer
			if _, err := export.WriteGEXF(ctx, s.src, &out); err != nil {
				t.Fatal(err)
			}
			var doc gexf
			if err := xml.Unmarshal(out.Bytes(), &doc); err != nil {
				t.Fatalf("not GEXF: %v\n%s", err, out.String())
			}
			if doc.Version != "1.3" || doc.Graph.Mode != "dynamic" || doc.Graph.TimeFormat != "date" {
				t.Errorf("version %q, mode %q, timeformat %q", doc.Version, doc.Graph.Mode, doc.Graph.TimeFormat)
			}
			var nodes []kg.GraphNode
			spells := map[string][]spell{}
			for _, n := range doc.Graph.Nodes {
				nodes = append(nodes, kg.GraphNode{ID: n.ID, Label: n.Label, Kind: schema.Kind(attrOf(n.Attr, "kind"))})
				spells[n.ID] = n.Spells
			}
			var edges []kg.GraphEdge
			for _, e := range doc.Graph.Edges {
				ge := kg.GraphEdge{Source: e.Source, Target: e.Target, Relation: attrOf(e.Attr, "relation")}
				edges = append(edges, ge)
				spells[ge.ID()] = e.Spells
			}
			same(t, s.want, nodes, edges)

			// Võ Văn Minh's tenures, read through kg, are the spells of his
			// holds edges; his node spans them.
			n, err := g.Node(ctx, f.ID["minh"])
			if err != nil {
				t.Fatal(err)
			}
			ts, err := g.PersonTenures(ctx, n.(*kg.Person), nil)
			if err != nil || len(ts) != 2 {
				t.Fatalf("tenures of Võ Văn Minh: %d, %v", len(ts), err)
			}
			var all []spell
			for _, tn := range ts {
				from, to := tn.FirstSeen, tn.LastSeen
				if tn.Start != nil {
					from = *tn.Start
				}
				if tn.End != nil {
					to = *tn.End
				}
				want := spell{from.First().String(), to.Last().String()}
				all = append(all, want)
				e := (&kg.GraphEdge{Source: f.ID["minh"], Target: tn.Position.ID, Relation: "holds"}).ID()
				if got := spells[e]; len(got) != 1 || got[0] != want {
					t.Errorf("holds %s: spells %v, want %v", tn.Position.ID, got, want)
				}
			}
			if got := spells[f.ID["minh"]]; len(got) == 0 {
				t.Errorf("Võ Văn Minh has no spells (tenures %v)", all)
			}
			golden(t, s.name+".gexf", out.Bytes())
		})
	}
}

func TestTenureSpell(t *testing.T) {
	d := func(s string) date.Date { return date.MustParse(s) }
	p := func(s string) *date.Date { x := d(s); return &x }
	tests := []struct {
		t    kg.Tenure
		want export.Spell
	}{
		{kg.Tenure{FirstSeen: d("2024-06-22"), LastSeen: d("2025-08-20")}, export.Spell{"2024-06-22", "2025-08-20"}},
		// Stated dates win; partial dates widen to their first and last days.
		{kg.Tenure{FirstSeen: d("2024-06-22"), LastSeen: d("2024-06-22"), Start: p("2020"), End: p("2024-02")}, export.Spell{"2020-01-01", "2024-02-29"}},
		{kg.Tenure{FirstSeen: d("2023-05"), LastSeen: d("2025")}, export.Spell{"2023-05-01", "2025-12-31"}},
		{kg.Tenure{}, export.Spell{}},
	}
	for _, tt := range tests {
		if got := export.TenureSpell(&tt.t); got != tt.want {
			t.Errorf("TenureSpell(%+v) = %v, want %v", tt.t, got, tt.want)
		}
	}
}

// readTables reads a zip of CSV tables back with encoding/csv.
func readTables(t *testing.T, b []byte) map[string][][]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][][]string{}
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(r).ReadAll()
		r.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		out[strings.TrimSuffix(f.Name, ".csv")] = rows
	}
	return out
}

func column(rows [][]string, name string) []string {
	i := slices.Index(rows[0], name)
	var out []string
	for _, r := range rows[1:] {
		out = append(out, r[i])
	}
	return out
}

func TestCSV(t *testing.T) {
	ctx := context.Background()
	f, _, srcs := sources(t)
	for _, s := range srcs {
		t.Run(s.name, func(t *testing.T) {
			var out bytes.Buffer
			counts, err := export.WriteCSVZip(ctx, s.src, &out)
			if err != nil {
				t.Fatal(err)
			}
			tables := readTables(t, out.Bytes())
			if len(tables) != len(export.Tables()) {
				t.Errorf("tables %v", tables)
			}
			ids := map[string]bool{}
			for _, n := range s.want.Nodes {
				ids[n.ID] = true
			}
			var text strings.Builder
			for _, name := range export.Tables() {
				rows := tables[name]
				if len(rows) == 0 || counts[name] != len(rows)-1 {
					t.Fatalf("%s: %d rows, export says %d", name, len(rows)-1, counts[name])
				}
				fmt.Fprintf(&text, "%s\n", name)
				for _, r := range rows {
					fmt.Fprintf(&text, "%q\n", r)
				}
				// Rows are about the source's nodes only.
				first := map[string]string{
					export.TablePeople: "id", export.TableTenures: "person_id", export.TableUnits: "id",
					export.TableDocuments: "id", export.TableDocumentLinks: "from_id", export.TableMentions: "entity_id",
				}[name]
				for _, id := range column(rows, first) {
					if !ids[id] {
						t.Errorf("%s: a row of %s, not in the source", name, id)
					}
				}
			}
			people := column(tables[export.TablePeople], "id")
			if !slices.Contains(people, f.ID["minh"]) {
				t.Errorf("people lacks Võ Văn Minh: %v", people)
			}
			// Tenures say the fixture's stated dates.
			var bt []string
			for _, r := range tables[export.TableTenures][1:] {
				if r[3] == f.ID["bt"] {
					bt = r
				}
			}
			if bt == nil || bt[8] != "2024-06-01" || bt[9] != "2025-06-30" {
				t.Errorf("the tenure of Bí thư: %q", bt)
			}
			golden(t, s.name+".csv.txt", []byte(text.String()))

			// One table alone is the same table.
			var one bytes.Buffer
			if _, err := export.WriteCSV(ctx, s.src, export.TableTenures, &one); err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(&one).ReadAll()
			if err != nil || !slices.EqualFunc(rows, tables[export.TableTenures], slices.Equal) {
				t.Errorf("tenures alone: %v\n%q", err, rows)
			}
			if s.name == "whole" {
				pandas(t, out.Bytes()) // a second or two: once
			}
		})
	}
}

func TestCSVUnknownTable(t *testing.T) {
	_, _, srcs := sources(t)
	_, err := export.WriteCSV(context.Background(), srcs[0].src, "posts", &bytes.Buffer{})
	if want := `unknown table "posts" (tables: people, tenures, units, documents, document_links, mentions)`; fmt.Sprint(err) != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

// pandas reads every table of the zip with pandas.read_csv, when Debian's
// python3 has pandas (CI installs it); else it says so and reads nothing.
func pandas(t *testing.T, zipped []byte) {
	t.Helper()
	py := "/usr/bin/python3"
	if exec.Command(py, "-c", "import pandas").Run() != nil {
		t.Logf("SKIPPING the pandas check: %s has no pandas (apt-get install python3-pandas)", py)
		return
	}
	dir := t.TempDir()
	zf := filepath.Join(dir, "tables.zip")
	if err := os.WriteFile(zf, zipped, 0o644); err != nil {
		t.Fatal(err)
	}
	script := `
import sys, zipfile, pandas
z = zipfile.ZipFile(sys.argv[1])
for name in z.namelist():
    df = pandas.read_csv(z.open(name), dtype=str, keep_default_na=False)
    print(name, len(df), ",".join(df.columns))
`
	out, err := exec.Command(py, "-c", script, zf).CombinedOutput()
	if err != nil {
		t.Fatalf("pandas: %v\n%s", err, out)
	}
	for _, name := range export.Tables() {
		if !strings.Contains(string(out), name+".csv ") {
			t.Errorf("pandas did not read %s:\n%s", name, out)
		}
	}
}

// fakeSource is nodes and edges given as they are, for the writers that read
// no more than that.
type fakeSource struct {
	nodes []*kg.GraphNode
	edges []*kg.GraphEdge
}

func (s fakeSource) Graph() *kg.Graph { return nil }

func (s fakeSource) Walk(ctx context.Context, kinds []schema.Kind, node func(*export.Node) error, edge func(*export.Edge) error) error {
	for _, n := range s.nodes {
		if err := node(n); err != nil {
			return err
		}
	}
	for _, e := range s.edges {
		if err := edge(e); err != nil {
			return err
		}
	}
	return nil
}

// TestXMLText: labels with markup, quotes, line breaks and control
// characters stay well-formed XML and read back as they were (control
// characters, which XML cannot carry, as U+FFFD).
func TestXMLText(t *testing.T) {
	label := "Ban <Tuyên giáo> & \"Dân vận\" 'TP'\tmột\nhai\x01ba"
	src := fakeSource{
		nodes: []*kg.GraphNode{{ID: "unit-a", Kind: schema.Unit, Label: label}, {ID: "unit-b", Kind: schema.Unit, Label: "b"}},
		edges: []*kg.GraphEdge{{Source: "unit-a", Target: "unit-b", Relation: "within"}},
	}
	var out bytes.Buffer
	if _, err := export.WriteGraphML(context.Background(), src, &out); err != nil {
		t.Fatal(err)
	}
	var doc graphml
	if err := xml.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatalf("not XML: %v\n%s", err, out.String())
	}
	want := strings.ReplaceAll(label, "\x01", "\uFFFD")
	if got := data(doc.Graph.Nodes[0].Data, "label"); got != want {
		t.Errorf("label read back %q, want %q", got, want)
	}
}

// TestNQuadsSubgraph: a subgraph as N-Quads is its nodes' quads, labels
// included, closed over its nodes; Cayley reads it back.
func TestNQuadsSubgraph(t *testing.T) {
	_, _, srcs := sources(t)
	for _, s := range srcs[1:] {
		t.Run(s.name, func(t *testing.T) {
			var out bytes.Buffer
			n, err := export.WriteNQuads(context.Background(), s.src, &out)
			if err != nil {
				t.Fatal(err)
			}
			ids := map[string]bool{}
			for _, n := range s.want.Nodes {
				ids[n.ID] = true
			}
			named, edges := map[string]bool{}, map[kg.GraphEdge]bool{}
			rel := map[quad.IRI]string{}
			for _, e := range schema.GraphEdges() {
				rel[e.Pred] = string(e.Relation)
			}
			r := nquads.NewReader(&out, false)
			read := 0
			for {
				q, err := r.ReadQuad()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				read++
				sub, _ := schema.IDOf(q.Subject)
				if !ids[sub] || q.Label == nil {
					t.Errorf("quad %s: subject outside the subgraph, or no label", q)
				}
				if obj, ok := schema.IDOf(q.Object); ok {
					if !ids[obj] {
						t.Errorf("quad %s leaves the subgraph", q)
					}
					if p, ok := q.Predicate.(quad.IRI); ok && rel[p] != "" {
						edges[kg.GraphEdge{Source: sub, Target: obj, Relation: rel[p]}] = true
					}
				}
				if q.Predicate == schema.Name || q.Predicate == schema.Source {
					named[sub] = true
				}
			}
			if read != n || n == 0 {
				t.Errorf("read %d quads back, wrote %d", read, n)
			}
			for id := range ids {
				if !named[id] {
					t.Errorf("%s has no name or source", id)
				}
			}
			for _, e := range s.want.Edges {
				if !edges[*e] {
					t.Errorf("edge %+v not in the quads", *e)
				}
			}
		})
	}
}

// networkx reads a GraphML export with networkx.read_graphml, when Debian's
// python3 has networkx (CI installs it), and checks what it counts.
func networkx(t *testing.T, graphml []byte, nodes, edges int) {
	t.Helper()
	py := "/usr/bin/python3"
	if exec.Command(py, "-c", "import networkx").Run() != nil {
		t.Logf("SKIPPING the networkx check: %s has no networkx (apt-get install python3-networkx)", py)
		return
	}
	f := filepath.Join(t.TempDir(), "graph.graphml")
	if err := os.WriteFile(f, graphml, 0o644); err != nil {
		t.Fatal(err)
	}
	script := `
import sys, networkx
g = networkx.read_graphml(sys.argv[1])
kinds = {k for _, k in g.nodes(data="kind")}
print(g.number_of_nodes(), g.number_of_edges(), g.is_directed(), None in kinds)
`
	out, err := exec.Command(py, "-c", script, f).CombinedOutput()
	if err != nil {
		t.Fatalf("networkx: %v\n%s", err, out)
	}
	if got, want := strings.TrimSpace(string(out)), fmt.Sprintf("%d %d True False", nodes, edges); got != want {
		t.Errorf("networkx reads %s (nodes, edges, directed, a node without kind), want %s", got, want)
	}
}
