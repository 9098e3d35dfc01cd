package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/cadregraph/cadregraph/kg"
	"github.com/cadregraph/cadregraph/kg/kgtest"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator"
)

// nested is a query whose fields nest through people and their tenures,
// the shape that grew the server to 24 GB at depth 25: search, entity, pairs
// of tenures and person, name; 3 + 2*pairs deep.
func nested(pairs int) string {
	return `{ search(query: "a") { entity { ... on Person { ` + strings.Repeat("tenures { person { ", pairs) +
		"name " + strings.Repeat("} } ", pairs) + "} } } }"
}

// repeat is a query of n copies of field in one selection set.
func repeat(field string, n int) string {
	return "{ " + strings.Repeat(field+" ", n) + "}"
}

// fragmentBomb is a query whose fragments each spread the one before twice:
// 2^n fields once expanded, in a few hundred bytes.
func fragmentBomb(n int) string {
	var b strings.Builder
	b.WriteString("{ ...F0 }\nfragment F1 on Query { __typename }\n")
	for i := 2; i <= n; i++ {
		fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d }\n", i, i-1, i-1)
	}
	return strings.Replace(b.String(), "...F0", fmt.Sprintf("...F%d", n), 1)
}

// maxTook bounds the time of a refused probe: generous, for a shared machine
// and the race detector (the figures are logged, some milliseconds without
// either); the probes took a minute and more.
const maxTook = 10 * time.Second

type gqlResponse struct {
	Errors []struct {
		Message    string
		Extensions map[string]any
	}
	Data json.RawMessage
}

func postQuery(t testing.TB, h http.Handler, query string) (int, gqlResponse, time.Duration) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	start := time.Now()
	h.ServeHTTP(rec, req)
	took := time.Since(start)
	var r gqlResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatalf("response is not JSON: %v: %.300s", err, rec.Body.String())
	}
	return rec.Code, r, took
}

// TestShapeLimits: queries of hostile shapes are refused before validation,
// fast, naming the limit; queries within the limits are answered.
func TestShapeLimits(t *testing.T) {
	h := NewHandler(kg.New(kgtest.New(t).Store(t)))
	aliases := func(n int) string {
		var b strings.Builder
		b.WriteString("{ ")
		for i := range n {
			fmt.Fprintf(&b, "a%d: __typename ", i)
		}
		return b.String() + "}"
	}
	directives := func(n int) string {
		return repeat("__typename @include(if: true)", n)
	}
	tests := []struct {
		name, query string
		limit       string // "" for a query that runs
	}{
		{"nested 11 deep", nested(4), ""},
		{"nested 13 deep", nested(5), "depth"},
		{"nested 25 deep (the issue's probe)", nested(11), "depth"},
		{"30 aliases", aliases(30), ""},
		{"31 aliases", aliases(31), "aliases"},
		{"50 directives", directives(50), ""},
		{"51 directives", directives(51), "directives"},
		{"100k directives in 300 kB (the issue's probe)", "{ __typename " + strings.Repeat("@a ", 100000) + "}", "tokens"},
		{"300 fields", repeat("__typename", 300), ""},
		{"301 fields", repeat("__typename", 301), "fields"},
		{"16,000 __typename (the issue's probe)", repeat("__typename", 16000), "tokens"},
		{"a fragment bomb", fragmentBomb(40), "fields"},
		{"fragments in a cycle", "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }", "validation"},
		{"GraphiQL's introspection", introspectionQuery, ""},
		{"a name of 257 bytes", "{ " + strings.Repeat("a", 257) + " }", "name"},
		{"2,400 directives in 5,000 tokens", "{ __typename " + strings.Repeat("@a ", 2400) + "}", "directives"},
		{"deep introspection", "{ __type(name: \"Person\") { fields { type { fields { type { fields { type { fields { name } } } } } } } } }", "validation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, r, took := postQuery(t, h, tt.query)
			if took > maxTook {
				t.Errorf("took %s", took)
			}
			switch tt.limit {
			case "":
				if code != http.StatusOK || len(r.Errors) > 0 {
					t.Fatalf("%d %+v", code, r.Errors)
				}
			case "validation":
				if code != http.StatusUnprocessableEntity || len(r.Errors) == 0 {
					t.Fatalf("%d %+v, want a validation error", code, r.Errors)
				}
			default:
				if code != http.StatusUnprocessableEntity || len(r.Errors) != 1 || r.Errors[0].Extensions["limit"] != tt.limit {
					t.Fatalf("%d %+v, want 422 with limit %s", code, r.Errors, tt.limit)
				}
			}
			t.Logf("%d in %s", code, took)
		})
	}
}

// introspectionQuery is the query GraphiQL sends to learn the schema.
var introspectionQuery = func() string {
	b, err := os.ReadFile(filepath.Join("testdata", "limits", "introspection.graphql"))
	if err != nil {
		panic(err)
	}
	return string(b)
}()

// cost is a query's cost with limits l.
func cost(t *testing.T, l Limits, query string) int {
	t.Helper()
	es := NewExecutableSchema(Config{Resolvers: &Resolver{}})
	doc, err := parser.ParseQuery(&ast.Source{Input: query})
	if err != nil {
		t.Fatal(err)
	}
	if errs := validator.Validate(es.Schema(), doc); len(errs) > 0 {
		t.Fatal(errs)
	}
	return complexity.Calculate(context.Background(), costSchema{ExecutableSchema: es, l: l}, doc.Operations[0], nil)
}

// TestCost: a field costs one plus its selections, times the items it may
// return.
func TestCost(t *testing.T) {
	l := DefaultLimits()
	l.ListSize = 10
	tests := []struct {
		query string
		want  int
	}{
		{`{ counts { count } }`, 10 * (1 + 1)},
		{`{ search(query: "a", first: 3) { score } }`, 3 * 2},
		{`{ search(query: "a") { score } }`, 20 * 2},
		// A connection's edges are counted by its first, not again.
		{`{ entities(kind: PERSON, first: 7) { edges { node { name } } } }`, 7 * (1 + 1*(1+1*(1+1)))},
		// Unpaged lists multiply: tenures of people of tenures.
		{`{ node(id: "x") { ... on Person { tenures { person { tenures { firstSeen } } } } } }`, 1 + 10*(1+1*(1+10*(1+1)))},
		{`{ neighborhood(id: "x", limit: 40) { nodes { id } } }`, 40 * (1 + 1*(1+1))},
		{`{ path(from: "x", to: "y", maxDepth: 3) { nodes { id } } }`, 4 * (1 + 1*(1+1))},
		{`{ documentGraph(root: "x", depth: 3) { nodes { id } } }`, 30 * (1 + 1*(1+1))},
	}
	for _, tt := range tests {
		if got := cost(t, l, tt.query); got != tt.want {
			t.Errorf("%s: cost %d, want %d", tt.query, got, tt.want)
		}
	}
	// Every query of the API's own checks is within the default limit.
	files, _ := filepath.Glob(filepath.Join("testdata", "*.graphql"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		if c := cost(t, DefaultLimits(), string(b)); c > DefaultLimits().Cost {
			t.Errorf("%s costs %d, over the default limit %d", f, c, DefaultLimits().Cost)
		}
	}
}

// TestCostLimit: the nested query at a depth the depth limit lets
// through is refused by its cost, before it runs.
func TestCostLimit(t *testing.T) {
	l := DefaultLimits()
	l.Cost = 1000
	h := NewHandler(kg.New(kgtest.New(t).Store(t)), WithLimits(l))
	code, r, _ := postQuery(t, h, nested(4))
	if code != http.StatusUnprocessableEntity || len(r.Errors) != 1 || r.Errors[0].Extensions["limit"] != "cost" {
		t.Fatalf("%d %+v, want 422 with limit cost", code, r.Errors)
	}
}

// TestResultsLimit: a query that resolves more fields than Results ends with
// an error that says so.
func TestResultsLimit(t *testing.T) {
	g := kg.New(kgtest.Crowd(t, 50))
	l := DefaultLimits()
	l.Results = 200
	h := NewHandler(g, WithLimits(l))
	code, r, _ := postQuery(t, h, `{ entities(kind: PERSON, first: 50) { edges { node { id name aliases } } } }`)
	if code != http.StatusOK || len(r.Errors) == 0 || len(r.Errors) > l.Errors+1 {
		t.Fatalf("%d with %d errors: %+v", code, len(r.Errors), r.Errors)
	}
	if r.Errors[0].Extensions["code"] != codeLimit || !strings.Contains(r.Errors[0].Message, "more than 200 fields") {
		t.Errorf("first error %+v", r.Errors[0])
	}
}

// TestCapErrors: a response keeps Errors errors and counts the rest.
func TestCapErrors(t *testing.T) {
	for _, n := range []int{0, 3, 4, 100} {
		resp := &graphql.Response{}
		for i := range n {
			resp.Errors = append(resp.Errors, &gqlerror.Error{Message: fmt.Sprint(i)})
		}
		got := capErrors(3)(context.Background(), func(context.Context) *graphql.Response { return resp })
		want := min(n, 3)
		if n > 3 {
			want = 4
			if last := got.Errors[3].Message; last != fmt.Sprintf("%d more errors left out", n-3) {
				t.Errorf("%d errors: last %q", n, last)
			}
		}
		if len(got.Errors) != want {
			t.Errorf("%d errors: kept %d, want %d", n, len(got.Errors), want)
		}
	}
}

// TestDeadline: a request whose context is over resolves nothing more and
// says why, with code TIMEOUT.
func TestDeadline(t *testing.T) {
	h := NewHandler(kg.New(kgtest.Crowd(t, 20)))
	body, _ := json.Marshal(map[string]any{"query": `{ entities(kind: PERSON) { edges { node { name } } } }`})
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body)).WithContext(ctx)
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var r gqlResponse
	json.Unmarshal(rec.Body.Bytes(), &r)
	if len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != "TIMEOUT" {
		t.Fatalf("%d %s", rec.Code, rec.Body.String())
	}
}

// TestErrorExcerpt: an error about a huge input quotes at most an excerpt
// of it, and comes fast.
func TestErrorExcerpt(t *testing.T) {
	h := NewHandler(kg.New(kgtest.New(t).Store(t)))
	huge := strings.Repeat("x", 1<<20)
	for _, q := range []string{
		`{ node(id: "` + huge + `") { id } }`,
		`{ ` + huge + ` }`,
		`{ ` + huge + `: __typename }`,
		`{ node(` + huge + `: "x") { id } }`,
		`{ search(query: "` + huge + `") { score } }`,
		`{ entities(kind: PERSON, after: "` + huge + `") { totalCount } }`,
	} {
		code, r, took := postQuery(t, h, q)
		if took > maxTook {
			t.Errorf("%.30s…: %s", q, took)
		}
		for _, e := range r.Errors {
			if len(e.Message) > maxMessage+40 || strings.Contains(e.Message, strings.Repeat("x", maxMessage)) {
				t.Errorf("%.30s…: %d, a message of %d bytes: %.100s", q, code, len(e.Message), e.Message)
			}
		}
		t.Logf("%.30s…: %d in %s, %d errors", q, code, took, len(r.Errors))
	}
}

// TestIntrospectionOff: with introspection off, the schema is not answered
// and errors suggest no field names.
func TestIntrospectionOff(t *testing.T) {
	l := DefaultLimits()
	l.Introspection, l.Suggestions = false, false
	h := NewHandler(kg.New(kgtest.New(t).Store(t)), WithLimits(l))
	for _, q := range []string{`{ __schema { types { name } } }`, `{ ...F } fragment F on Query { __type(name: "Person") { name } }`} {
		code, r, _ := postQuery(t, h, q)
		if code != http.StatusUnprocessableEntity || len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, "introspection is turned off") {
			t.Errorf("%s answered: %d %+v %s", q, code, r.Errors, r.Data)
		}
	}
	if code, r, _ := postQuery(t, h, `{ __typename }`); code != http.StatusOK || len(r.Errors) > 0 {
		t.Errorf("__typename: %d %+v", code, r.Errors)
	}
	_, r, _ := postQuery(t, h, `{ entitie(kind: PERSON) { totalCount } }`)
	if len(r.Errors) == 0 || strings.Contains(r.Errors[0].Message, "Did you mean") {
		t.Errorf("errors: %+v", r.Errors)
	}
	_, r, _ = postQuery(t, NewHandler(kg.New(kgtest.New(t).Store(t))), `{ entitie(kind: PERSON) { totalCount } }`)
	if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, "Did you mean") {
		t.Errorf("with suggestions on: %+v", r.Errors)
	}
}

// TestQueryCacheBytes: the cache of parsed queries holds what its byte
// budget allows, whatever the number of queries, and keeps no query larger
// than an eighth of it.
func TestQueryCacheBytes(t *testing.T) {
	c := newQueryCache(1 << 20)
	ctx := context.Background()
	for i := range 1000 {
		q := fmt.Sprintf("{ a%d: __typename %s}", i, strings.Repeat(" ", 1000))
		c.Add(ctx, q, &ast.QueryDocument{})
		if c.bytes() > 1<<20 {
			t.Fatalf("after %d queries the cache holds %d bytes", i+1, c.bytes())
		}
	}
	big := strings.Repeat(" ", 1<<20/8)
	c.Add(ctx, big, &ast.QueryDocument{})
	if _, ok := c.Get(ctx, big); ok {
		t.Errorf("a query of an eighth of the budget was kept")
	}
	last := fmt.Sprintf("{ a%d: __typename %s}", 999, strings.Repeat(" ", 1000))
	if _, ok := c.Get(ctx, last); !ok {
		t.Errorf("the latest query is not kept")
	}
}

// TestCacheEstimate: the cache's estimate of a parsed query is no less than
// the memory the parsed and validated document keeps (the heap in use after
// a collection, with the document alive, less the heap before), for queries
// of several shapes.
func TestCacheEstimate(t *testing.T) {
	es := NewExecutableSchema(Config{Resolvers: &Resolver{}})
	queries := []string{
		repeat("__typename", 1000),
		introspectionQuery,
		nested(4),
		`{ entities(kind: PERSON, first: 100) { edges { node { id name aliases ... on Person { tenures { position { title unit { name } } evidence { quote } } } } } } }`,
	}
	for _, q := range queries {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		doc, err := parser.ParseQuery(&ast.Source{Input: q})
		if err != nil {
			t.Fatal(err)
		}
		validator.Validate(es.Schema(), doc)
		runtime.GC()
		runtime.ReadMemStats(&after)
		runtime.KeepAlive(doc)
		allocated := int64(after.HeapAlloc) - int64(before.HeapAlloc)
		estimate := newQueryCache(1<<30).cost(q, doc)
		if estimate < allocated {
			t.Errorf("%.40s…: estimate %d bytes, parsing allocated %d", q, estimate, allocated)
		}
		t.Logf("%.40s…: %d bytes of query, %d allocated, estimate %d", q, len(q), allocated, estimate)
	}
}
