package graph

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/cadregraph/cadregraph/httpapi"
	"github.com/cadregraph/cadregraph/kg"
	"github.com/cadregraph/cadregraph/kg/kgtest"
)

// FuzzHandler sends arbitrary bodies (and, with get, arbitrary GET queries)
// to the GraphQL endpoint behind serve's body check: it must answer every one
// with JSON, without a panic, within the deadline's order of time, and quote
// at most an excerpt of what it was sent.
func FuzzHandler(f *testing.F) {
	for _, q := range []string{
		`{ __typename }`,
		`{ entities(kind: PERSON, first: 3) { edges { node { name ... on Person { tenures { position { name } } } } } } }`,
		`{ search(query: "vo van minh") { score entity { id name } } }`,
		`{ node(id: "person-x") { id } }`,
		`query($q: String!) { search(query: $q) { score } }`,
		`{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`,
		`{ a: __typename @include(if: true) @skip(if: false) }`,
		nested(6),
		fragmentBomb(12),
		introspectionQuery,
	} {
		b, _ := json.Marshal(map[string]any{"query": q, "variables": map[string]any{"q": "a"}})
		f.Add(b, false)
		f.Add([]byte(q), true)
	}
	f.Add([]byte(`{"query": "{ __typename }", "variables": {"s": "\ud800"}}`), false)
	f.Add([]byte("{\"query\": \"\xff\"}"), false)
	f.Add([]byte(`{"query": `), false)
	h := httpapi.Body(1<<20, NewHandler(kg.New(kgtest.New(f).Store(f))))
	f.Fuzz(func(t *testing.T, body []byte, get bool) {
		var req *http.Request
		if get {
			req = httptest.NewRequest(http.MethodGet, "/graphql?query="+url.QueryEscape(string(body)), nil)
		} else {
			req = httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
		}
		rec := httptest.NewRecorder()
		start := time.Now()
		h.ServeHTTP(rec, req)
		if took := time.Since(start); took > 10*time.Second {
			t.Fatalf("took %s", took)
		}
		if !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("%d: not JSON: %.200q", rec.Code, rec.Body.String())
		}
		if len(body) > 2000 && strings.Contains(rec.Body.String(), string(body)) {
			t.Fatalf("the answer echoes a body of %d bytes", len(body))
		}
	})
}
