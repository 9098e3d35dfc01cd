package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// soakDuration is how long TestSoak runs: $CADREGRAPH_SOAK (a Go duration),
// else 5 s, which keeps go test ./... short. The run is 60 s:
//
//	CADREGRAPH_SOAK=60s go test -run TestSoak -v .
func soakDuration(t *testing.T) time.Duration {
	if s := os.Getenv("CADREGRAPH_SOAK"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil {
			t.Fatalf("CADREGRAPH_SOAK: %v", err)
		}
		return d
	}
	return 5 * time.Second
}

// benignQueries are what researchers, frontends and notebooks ask.
var benignQueries = []string{
	`{ entities(kind: PERSON, first: 100) { totalCount edges { node { id name aliases ... on Person { tenures { firstSeen lastSeen status position { title unit { name } } evidence { quote article { source } } } } } } } }`,
	`{ holders(title: "Bí thư") { person { name } position { name } firstSeen lastSeen } }`,
	`{ holdersAt(title: "pho bi thu", at: "2025-08") { current { person { name } } lastSeenBefore { person { name } } } }`,
	`{ search(query: "vo van minh") { score entity { id kind name } } }`,
	`{ search(query: "KL 21", kinds: [DOCUMENT]) { entity { name ... on Document { code issuer { name } references { relation to { name } } } } } }`,
	`{ articles(first: 10) { totalCount edges { node { source title published authors { name } entities { kind name } } } } }`,
	`{ counts { kind count } }`,
	`{ entities(kind: UNIT, first: 50) { edges { node { name mentions(first: 5) { totalCount edges { node { quote } } } } } } }`,
	`{ entities(kind: DOCUMENT, first: 50) { edges { node { id name ... on Document { code documentKind issued } } } } }`,
}

// TestSoak: 64 clients for soakDuration, benign queries mixed with the
// hostile probes (one request in four), against serve on the sample corpus:
// every benign answer complete and without error, every hostile one refused
// as it should be, /healthz answering throughout, memory bounded, and the
// server healthy after. The clients run in a process of their own (this
// test binary again, running TestSoakClients), as clients do: in the
// server's process their own work would be counted as the server's memory
// and would delay /healthz as the server never does.
func TestSoak(t *testing.T) {
	base := server(t, "--db", "mem:", "--corpus", "corpus")
	w := startWatch(t, base)
	cmd := exec.Command(os.Args[0], "-test.run=^TestSoakClients$", "-test.v", "-test.count=1")
	cmd.Env = append(os.Environ(), soakServer+"="+base, "CADREGRAPH_SOAK="+soakDuration(t).String())
	out, err := cmd.CombinedOutput()
	w.stop(t)
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "serve_soak_test.go") {
			t.Log(strings.TrimSpace(line))
		}
	}
	if err != nil {
		t.Errorf("the clients failed (%v):\n%s", err, out)
	}
	var d peopleData
	query(t, base, people, &d)
	if d.Articles.TotalCount != 5 {
		t.Errorf("after the soak: %d articles", d.Articles.TotalCount)
	}
}

// soakServer names, for TestSoakClients, the server TestSoak started.
const soakServer = "CADREGRAPH_SOAK_SERVER"

// TestSoakClients is TestSoak's clients, in their own process; run alone,
// without TestSoak's server, it is skipped.
func TestSoakClients(t *testing.T) {
	base := os.Getenv(soakServer)
	if base == "" {
		t.Skip("TestSoak runs it, with a server")
	}
	// Neighbourhoods of real ids, as a frontend drawing the graph asks.
	var some struct {
		Entities struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	query(t, base, `{ entities(kind: PERSON, first: 5) { edges { node { id } } } }`, &some)
	queries := slices.Clone(benignQueries)
	for _, e := range some.Entities.Edges {
		queries = append(queries, `{ neighborhood(id: "`+e.Node.ID+`", depth: 2) { nodes { id kind label } edges { source target relation } } }`)
	}
	probes := hostileProbes()
	deadline := time.Now().Add(soakDuration(t))
	var benign, hostile, benignFailed atomic.Int64
	var mu sync.Mutex
	var failures []string
	c := &http.Client{Timeout: 30 * time.Second}
	var wg sync.WaitGroup
	for client := range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := client; time.Now().Before(deadline); i++ {
				if i%4 == 3 {
					p := probes[i%len(probes)]
					if p.status == http.StatusRequestEntityTooLarge {
						continue // 10 MiB a request: the hostile suite sends those
					}
					p.send(t, c, base)
					hostile.Add(1)
					continue
				}
				q := queries[i%len(queries)]
				if msg := benignAnswer(c, base, q); msg != "" {
					benignFailed.Add(1)
					mu.Lock()
					if len(failures) < 5 {
						failures = append(failures, msg)
					}
					mu.Unlock()
				}
				benign.Add(1)
			}
		}()
	}
	wg.Wait()
	t.Logf("%d benign requests (%d failed), %d hostile, in %s", benign.Load(), benignFailed.Load(), hostile.Load(), soakDuration(t))
	if benignFailed.Load() > 0 {
		t.Errorf("benign requests failed: %s", strings.Join(failures, "\n"))
	}
}

// benignAnswer sends q and says what is wrong with its answer, or "".
func benignAnswer(c *http.Client, base, q string) string {
	resp, err := c.Post(base+"graphql", "application/json", bytes.NewReader(gqlBody(q)))
	if err != nil {
		return err.Error()
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var r struct {
		Data   map[string]json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.Unmarshal(b, &r); err != nil || resp.StatusCode != http.StatusOK || len(r.Errors) > 0 || len(r.Data) == 0 {
		return strings.Join([]string{resp.Status, q[:min(len(q), 60)], string(b[:min(len(b), 300)])}, ": ")
	}
	return ""
}

// TestReadsDuringLoad: clients query /graphql and /healthz while serve
// loads its corpus: 503 while it loads, complete answers once it is ready,
// nothing in between, and the race detector sees the handover.
func TestReadsDuringLoad(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--db", "mem:", "--corpus", "corpus"}, func(string) string { return "" }, io.Discard, &stderr)
	}()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	}()
	addr := regexp.MustCompile(`listening on (http://[0-9.:]+/)`)
	var base string
	for start := time.Now(); base == ""; time.Sleep(time.Millisecond) {
		if m := addr.FindStringSubmatch(stderr.String()); m != nil {
			base = m[1]
		}
		if time.Since(start) > 30*time.Second {
			t.Fatalf("serve did not listen:\n%s", stderr.String())
		}
	}
	var ready atomic.Bool
	var mu sync.Mutex
	statuses := map[string]int{}
	var wg sync.WaitGroup
	for client := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 400 && !(ready.Load() && i > 20); i++ {
				q := benignQueries[(client+i)%len(benignQueries)]
				resp, err := http.Post(base+"graphql", "application/json", bytes.NewReader(gqlBody(q)))
				if err != nil {
					t.Error(err)
					return
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				key := resp.Status
				if resp.StatusCode == http.StatusOK {
					ready.Store(true)
					if bytes.Contains(b, []byte(`"errors"`)) {
						key = "200 with errors: " + string(b[:min(len(b), 200)])
					}
				}
				mu.Lock()
				statuses[key]++
				mu.Unlock()
				time.Sleep(5 * time.Millisecond)
			}
		}()
	}
	wg.Wait()
	for k := range statuses {
		if k != "200 OK" && k != "503 Service Unavailable" {
			t.Errorf("during a load: %s", k)
		}
	}
	if statuses["200 OK"] == 0 {
		t.Errorf("never answered: %v", statuses)
	}
	t.Logf("answers: %v", statuses)
}
