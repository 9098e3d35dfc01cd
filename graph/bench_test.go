package graph

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cadregraph/cadregraph/kg"
	"github.com/cadregraph/cadregraph/kg/kgtest"
	"github.com/cadregraph/cadregraph/loader"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/store"
	"github.com/cayleygraph/cayley/graph"
)

// The API's typical questions, through the HTTP handler in process (no
// network), on the sample corpus in a memory store:
//
//	go test -run '^$' -bench . -benchmem ./graph
//
// Each should take well under a millisecond.

func BenchmarkPersonWithTenures(b *testing.B) {
	bench(b, `query($id: ID!) { node(id: $id) { ... on Person { name tenures { firstSeen lastSeen
		position { title unit { name } } evidence { quote } } } } }`,
		map[string]any{"id": schema.PersonID("Võ Văn Minh")})
}

func BenchmarkHolders(b *testing.B) {
	bench(b, `{ holders(title: "Phó Bí thư", unit: "Thành ủy TPHCM") { firstSeen lastSeen person { name } position { title } } }`, nil)
}

// BenchmarkHoldersAt is who held a post on a date, with each tenure's status
// and succession: the researcher's question.
func BenchmarkHoldersAt(b *testing.B) {
	bench(b, `{ holdersAt(title: "tong bi thu", at: "2024") { current { person { name } status }
		lastSeenBefore { person { name } lastSeen status successor { person { name } firstSeen } } } }`, nil)
}

// BenchmarkHoldersWithAt is the contract's holders with a date, with what
// each source says of the tenures it keeps.
func BenchmarkHoldersWithAt(b *testing.B) {
	bench(b, `{ holders(title: "Phó Bí thư", unit: "Thành ủy TPHCM", at: "2025") { firstSeen lastSeen status person { name }
		observations { seen printedTitle article { source } } } }`, nil)
}

// BenchmarkPersonTimeline is a person's timeline with its evidence.
func BenchmarkPersonTimeline(b *testing.B) {
	bench(b, `query($id: ID!) { node(id: $id) { ... on Person { timeline { date precision kind description
		entities { id kind } evidence { quote article { source } } } } } }`,
		map[string]any{"id": schema.PersonID("Võ Văn Minh")})
}

// BenchmarkUnitTimeline is a unit's timeline: its congresses, documents and
// the tenures of its posts.
func BenchmarkUnitTimeline(b *testing.B) {
	bench(b, `{ search(query: "Đảng bộ các cơ quan Đảng TPHCM", kinds: [UNIT], first: 1) { entity { ... on Unit {
		timeline { date kind description entities { id } evidence { quote } } } } } }`, nil)
}

func BenchmarkSearchName(b *testing.B) {
	bench(b, `{ search(query: "vo van minh") { score entity { id kind name } } }`, nil)
}

func BenchmarkSearchCode(b *testing.B) {
	bench(b, `{ search(query: "21-KL/TW") { score entity { id kind name ... on Document { code } } } }`, nil)
}

// BenchmarkSearchOneWord is a search of one word, which may be the beginning
// of a longer one: the only query that scans (the token literals).
func BenchmarkSearchOneWord(b *testing.B) {
	bench(b, `{ search(query: "minh") { score entity { id kind name } } }`, nil)
}

func BenchmarkNeighborhood(b *testing.B) {
	bench(b, `query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id kind label } edges { source target relation } } }`,
		map[string]any{"id": schema.PersonID("Võ Văn Minh")})
}

func BenchmarkPageOfPeople(b *testing.B) {
	bench(b, `{ entities(kind: PERSON, first: 100) { totalCount edges { node { id name ... on Person {
		tenures { firstSeen lastSeen position { title unit { name } } } } } } } }`, nil)
}

// BenchmarkPageOf100People is BenchmarkPageOfPeople on a graph of 100
// people with two posts each (the sample corpus has 19 people): what a full
// page costs.
func BenchmarkPageOf100People(b *testing.B) {
	serveBench(b, kgtest.Crowd(b, 100), `{ entities(kind: PERSON, first: 100) { totalCount edges { node { id name ... on Person {
		tenures { firstSeen lastSeen position { title unit { name } } } } } } } }`, nil)
}

// bench serves query on the sample corpus b.N times and fails on any error
// in a response.
func bench(b *testing.B, query string, vars map[string]any) {
	b.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, "mem:")
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	rep, err := loader.Load(ctx, st, []string{corpusDir}, loader.Options{})
	if err != nil || len(rep.Failed) > 0 {
		b.Fatalf("loading the sample corpus: %v %v", err, rep.Failed)
	}
	serveBench(b, st.QuadStore(), query, vars)
}

// serveBench serves query on qs b.N times through the HTTP handler, from
// the read model as serve answers (kg.Graph.Refresh).
func serveBench(b *testing.B, qs graph.QuadStore, query string, vars map[string]any) {
	b.Helper()
	g := kg.New(qs)
	if _, err := g.Refresh(context.Background()); err != nil {
		b.Fatal(err)
	}
	h := NewHandler(g)
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		b.Fatal(err)
	}
	serve := func() *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(body)))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		return w
	}
	w := serve()
	var resp struct {
		Data   map[string]any
		Errors []any
	}
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil || w.Code != http.StatusOK || len(resp.Errors) > 0 {
		b.Fatalf("%d %s", w.Code, w.Body.String())
	}
	b.SetBytes(int64(w.Body.Len()))
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		serve()
	}
	b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// cpuTime is the CPU time the process has used: on a machine busy with other
// work, cpu-ns/op measures what a query costs when ns/op (wall time) cannot.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
