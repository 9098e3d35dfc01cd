package bench

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestDrive: every request is sent once whatever the clients, each kind is
// measured apart, and a failed request, a GraphQL error and a Gizmo error
// are counted as errors.
func TestDrive(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		switch string(b) {
		case "fail":
			w.WriteHeader(http.StatusInternalServerError)
		case "graphql-error":
			io.WriteString(w, `{"errors":[{"message":"no"}],"data":null}`)
		case "gizmo-error":
			io.WriteString(w, `{"error":"no"}`)
		default:
			io.WriteString(w, `{"data":{}}`)
		}
	}))
	defer srv.Close()
	qs := []question{{"person", []byte("ok")}, {"holdersAt", []byte("ok")}, {"person", []byte("fail")},
		{"holdersAt", []byte("graphql-error")}, {"person", []byte("gizmo-error")}}
	for _, clients := range []int{1, 3, 16} {
		r := drive(context.Background(), clients, 50, qs, srv.URL)
		if r.Requests != 50 || r.Errors != 30 || r.Clients != clients {
			t.Errorf("%d clients: %d requests, %d errors; want 50, 30", clients, r.Requests, r.Errors)
		}
		if len(r.Kinds) != 2 || r.Kinds[0].Kind != "person" || r.Kinds[0].N != 30 || r.Kinds[1].N != 20 {
			t.Errorf("%d clients: kinds %+v; want person 30, holdersAt 20", clients, r.Kinds)
		}
		for _, k := range r.Kinds {
			if !(k.P50 > 0 && k.P50 <= k.P90 && k.P90 <= k.P99) {
				t.Errorf("%d clients: %s percentiles out of order: %+v", clients, k.Kind, k)
			}
		}
	}
}

// TestMix: a mix interleaves its kinds, so that any run of requests asks
// every kind, and holds only its own kinds.
func TestMix(t *testing.T) {
	q := &questions{byKind: map[string][]question{}}
	for _, k := range fullKinds {
		for range 3 {
			q.byKind[k] = append(q.byKind[k], question{kind: k})
		}
	}
	point := q.mix("point")
	if len(point) != 9 || point[0].kind != "person" || point[1].kind != "holdersAt" || point[2].kind != "searchName" || point[3].kind != "person" {
		t.Errorf("point mix: %v", point)
	}
	if full := q.mix("full"); len(full) != 3*len(fullKinds) || full[len(fullKinds)].kind != fullKinds[0] {
		t.Errorf("full mix: %d questions, %v", len(full), full)
	}
}

// TestWrite: the report prints Gizmo's p50 over ours for the same question
// at the same number of clients.
func TestWrite(t *testing.T) {
	ms := time.Millisecond
	r := &Report{Articles: 10, CorpusBytes: 1 << 20, Quads: 1000,
		Load: Proc{Wall: time.Second, CPU: time.Second}, ColdStart: time.Second,
		Runs:       []Run{{Mix: "point", Clients: 1, Requests: 10, Elapsed: time.Second, Kinds: []KindStats{{Kind: "person", N: 10, P50: 2 * ms, P90: 3 * ms, P99: 4 * ms}}}},
		CayleyLoad: &Proc{Wall: time.Second},
		Gizmo:      []Run{{Mix: "gizmo", Clients: 1, Requests: 10, Elapsed: time.Second, Kinds: []KindStats{{Kind: "person", N: 10, P50: 9 * ms, P90: 9 * ms, P99: 9 * ms}}}},
	}
	var b bytes.Buffer
	r.Write(&b)
	for _, want := range []string{"1000 quads: 1000 quads/s", "person     1 clients: 4.5× (Gizmo 9.00 ms, cadregraph 2.00 ms)"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the report lacks %q:\n%s", want, b.String())
		}
	}
}

// TestWriteURL: a run that only asked a server already running (--url)
// reports its questions, not a corpus, load or serve it did not have.
func TestWriteURL(t *testing.T) {
	ms := time.Millisecond
	r := &Report{Runs: []Run{{Mix: "point", Clients: 64, Requests: 10, Elapsed: time.Second, Kinds: []KindStats{{Kind: "person", N: 10, P50: 2 * ms, P90: 3 * ms, P99: 4 * ms}}}}}
	var b bytes.Buffer
	r.Write(&b)
	if s := b.String(); strings.Contains(s, "corpus:") || strings.Contains(s, "load (") || strings.Contains(s, "cold start") || !strings.Contains(s, "person") {
		t.Errorf("the report of a run against a running server:\n%s", s)
	}
}
