package graph

import (
	"context"
	"flag"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	cgbench "github.com/cadregraph/cadregraph/bench"
	"github.com/cadregraph/cadregraph/kg"
	"github.com/cadregraph/cadregraph/store"
)

var servedDB = flag.String("served.db", "", "BenchmarkServed: a loaded store (a bolt folder, a postgres:// URL) to ask cadregraph bench's questions of")

// BenchmarkServed asks the questions of cadregraph bench's mixes (a person
// with tenures, holders with a date, a full name, a word's first three
// letters, a neighbourhood at depth 2) of a store already loaded, through
// the HTTP handler in process, from the read model serve builds: what one
// request costs the server, without the network and the client. The
// questions are the bench's (cgbench.Questions: the holders of posts spread
// over the alphabet), taken in turn; p50-ns and p99-ns are over single
// requests; cpu-ns/op is the process's CPU time a request, the figure to
// compare on a busy machine.
//
//	go test ./graph -run '^$' -bench Served -benchmem -served.db /path/to/cadregraph.db
func BenchmarkServed(b *testing.B) {
	if *servedDB == "" {
		b.Skip("no -served.db")
	}
	ctx := context.Background()
	st, err := store.OpenExisting(ctx, *servedDB)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	g := kg.New(st.QuadStore(), kg.WithLog(st))
	if _, err := g.Refresh(ctx); err != nil {
		b.Fatal(err)
	}
	h := NewHandler(g)
	srv := httptest.NewServer(h)
	qs, err := cgbench.Questions(ctx, srv.URL+"/")
	srv.Close()
	if err != nil {
		b.Fatal(err)
	}
	for _, kind := range []string{"person", "holdersAt", "searchName", "searchPrefix", "neighborhood2"} {
		b.Run(kind, func(b *testing.B) {
			bodies := qs[kind]
			if len(bodies) == 0 {
				b.Skip("no questions")
			}
			var ds []time.Duration
			b.ReportAllocs()
			i := 0
			cpu := cpuTime()
			for b.Loop() {
				t := time.Now()
				w := serveBody(h, bodies[i%len(bodies)])
				ds = append(ds, time.Since(t))
				if w.Code != http.StatusOK || strings.Contains(w.Body.String(), `"errors":[`) {
					b.Fatalf("%d %s", w.Code, w.Body.String())
				}
				i++
			}
			b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
			slices.Sort(ds)
			at := func(p float64) float64 { return float64(ds[min(len(ds)-1, int(p*float64(len(ds))))].Nanoseconds()) }
			b.ReportMetric(at(0.5), "p50-ns")
			b.ReportMetric(at(0.99), "p99-ns")
		})
	}
}

func serveBody(h http.Handler, body []byte) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}
