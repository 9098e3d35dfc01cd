package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// A question is one request of a mix: its kind and its body.
type question struct {
	kind string
	body []byte
}

// questions are the mixes' questions, drawn from the served graph itself:
// its people, its posts with their units, its documents.
type questions struct {
	byKind map[string][]question
	posts  []heldPost // for Gizmo
	people []person
}

type person struct{ ID, Name string }

// The kinds of question, in the order the figures list them. The point mix
// is the questions a frontend asks of one thing: a person with tenures, who
// held a post on a date, a name typed in full.
var (
	pointKinds = []string{"person", "holdersAt", "searchName"}
	fullKinds  = []string{"person", "holdersAt", "holders", "searchName", "searchPrefix", "neighborhood1", "neighborhood2", "path", "articles"}
)

func (q *questions) mix(name string) []question {
	kinds := fullKinds
	if name == "point" {
		kinds = pointKinds
	}
	// Interleaved, kind by kind, so any run of requests holds every kind.
	var out []question
	for i := 0; ; i++ {
		added := false
		for _, k := range kinds {
			if qs := q.byKind[k]; i < len(qs) {
				out = append(out, qs[i])
				added = true
			}
		}
		if !added {
			return out
		}
	}
}

const tenureFields = `person { id name } position { id name unit { name } } firstSeen lastSeen start end status`

// graphqlBody is a GraphQL request's body.
func graphqlBody(q string) []byte {
	b, _ := json.Marshal(map[string]string{"query": q})
	return b
}

// post asks a GraphQL question and decodes its data into out.
func post(ctx context.Context, url, q string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(graphqlBody(q)))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return fmt.Errorf("bench: %s: %w", q, err)
	}
	if len(r.Errors) > 0 {
		return fmt.Errorf("bench: %s: %s", q, r.Errors[0].Message)
	}
	return json.Unmarshal(r.Data, out)
}

// Questions are the request bodies of every kind of question (person,
// holdersAt, holders, searchName, searchPrefix, neighborhood1,
// neighborhood2, path, articles) that a run asks of the graph served at base
// (a URL ending in /), drawn as a run draws them: for benchmarks that ask
// them in process.
func Questions(ctx context.Context, base string) (map[string][][]byte, error) {
	q, err := material(ctx, base)
	if err != nil {
		return nil, err
	}
	out := map[string][][]byte{}
	for k, qs := range q.byKind {
		for _, x := range qs {
			out[k] = append(out[k], x.body)
		}
	}
	return out, nil
}

// heldPost is a post with a holder, as material reads it.
type heldPost struct {
	title, unit, at string
	person          string // a holder's id
}

// material reads the questions' subjects from the served graph: pages of
// people and of posts spread over the alphabet, each post's unit and a date
// one of its holders held it on.
func material(ctx context.Context, base string) (*questions, error) {
	url := base + "graphql"
	var people []person
	var posts []heldPost
	var after string
	for page := 0; page < 6; page++ {
		var d struct {
			Entities struct {
				Edges []struct {
					Cursor string
					Node   struct {
						ID, Title string
						Unit      *struct{ Name string }
						Holders   []struct {
							FirstSeen string
							Person    struct{ ID, Name string }
						}
					}
				}
			}
		}
		cur := ""
		if after != "" {
			cur = fmt.Sprintf(", after: %q", after)
		}
		q := fmt.Sprintf(`{ entities(kind: POSITION, first: 100%s) { edges { cursor node { id ... on Position { title unit { name } holders { firstSeen person { id name } } } } } } }`, cur)
		if err := post(ctx, url, q, &d); err != nil {
			return nil, err
		}
		es := d.Entities.Edges
		if len(es) == 0 {
			break
		}
		for i, e := range es {
			n := e.Node
			if n.Unit == nil || len(n.Holders) == 0 || i%3 != 0 {
				continue
			}
			h := n.Holders[0]
			posts = append(posts, heldPost{title: n.Title, unit: n.Unit.Name, at: h.FirstSeen, person: h.Person.ID})
			people = append(people, person{h.Person.ID, h.Person.Name})
		}
		after = es[len(es)-1].Cursor
		// Skip ahead: pages spread over the alphabet, not its first letters.
		for skip := 0; skip < 3; skip++ {
			var s struct {
				Entities struct{ Edges []struct{ Cursor string } }
			}
			if err := post(ctx, url, fmt.Sprintf(`{ entities(kind: POSITION, first: 100, after: %q) { edges { cursor } } }`, after), &s); err != nil {
				return nil, err
			}
			if len(s.Entities.Edges) == 0 {
				break
			}
			after = s.Entities.Edges[len(s.Entities.Edges)-1].Cursor
		}
	}
	if len(posts) < 2 {
		return nil, fmt.Errorf("bench: the served graph has %d posts with holders: too few to ask about", len(posts))
	}
	q := &questions{byKind: map[string][]question{}, posts: posts, people: people}
	add := func(kind, query string) {
		q.byKind[kind] = append(q.byKind[kind], question{kind: kind, body: graphqlBody(query)})
	}
	for i, p := range posts {
		add("holdersAt", fmt.Sprintf(`{ holders(title: %q, unit: %q, at: %q) { %s } }`, p.title, p.unit, p.at, tenureFields))
		add("holders", fmt.Sprintf(`{ holders(title: %q, unit: %q) { %s } }`, p.title, p.unit, tenureFields))
		other := posts[(i+len(posts)/2)%len(posts)].person
		add("path", fmt.Sprintf(`{ path(from: %q, to: %q) { nodes { id kind label } edges { source target relation } } }`, p.person, other))
	}
	prefixes := map[string]bool{}
	for _, p := range people {
		add("person", fmt.Sprintf(`{ node(id: %q) { ... on Person { name tenures { %s } } } }`, p.ID, tenureFields))
		add("searchName", fmt.Sprintf(`{ search(query: %q) { score entity { id name kind } } }`, p.Name))
		add("neighborhood1", fmt.Sprintf(`{ neighborhood(id: %q, depth: 1) { nodes { id kind label } edges { source target relation } } }`, p.ID))
		add("neighborhood2", fmt.Sprintf(`{ neighborhood(id: %q, depth: 2) { nodes { id kind label } edges { source target relation } } }`, p.ID))
		words := strings.Fields(strings.ToLower(p.Name))
		if len(words) > 0 {
			w := []rune(words[len(words)-1])
			pre := string(w[:min(3, len(w))])
			if !prefixes[pre] {
				prefixes[pre] = true
				add("searchPrefix", fmt.Sprintf(`{ search(query: %q) { score entity { id name kind } } }`, pre))
			}
		}
	}
	for i := range 20 {
		add("articles", fmt.Sprintf(`{ articles(first: 20) { totalCount edges { cursor node { id title eventDate } } } } # %d`, i))
	}
	return q, nil
}

// drive sends requests questions, taken in turn from qs, to url from
// clients goroutines at once, and measures them by kind. A request is an
// error when it fails, answers other than 200 or reports an error.
func drive(ctx context.Context, clients, requests int, qs []question, url string) Run {
	tr := &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	hc := &http.Client{Transport: tr, Timeout: 2 * time.Minute}
	type sample struct {
		kind string
		d    time.Duration
	}
	var next atomic.Int64
	var errs atomic.Int64
	samples := make([][]sample, clients)
	var wg sync.WaitGroup
	start := time.Now()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= requests || ctx.Err() != nil {
					return
				}
				q := qs[i%len(qs)]
				t := time.Now()
				ok := send(ctx, hc, url, q.body)
				samples[c] = append(samples[c], sample{q.kind, time.Since(t)})
				if !ok {
					errs.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	r := Run{Clients: clients, Requests: requests, Errors: int(errs.Load()), Elapsed: time.Since(start)}
	byKind := map[string][]time.Duration{}
	var order []string
	for _, ss := range samples {
		for _, s := range ss {
			if _, ok := byKind[s.kind]; !ok {
				order = append(order, s.kind)
			}
			byKind[s.kind] = append(byKind[s.kind], s.d)
		}
	}
	slices.SortFunc(order, func(a, b string) int { return slices.Index(fullKinds, a) - slices.Index(fullKinds, b) })
	for _, k := range order {
		ds := byKind[k]
		slices.Sort(ds)
		at := func(p float64) time.Duration { return ds[min(len(ds)-1, int(p*float64(len(ds))))] }
		r.Kinds = append(r.Kinds, KindStats{Kind: k, N: len(ds), P50: at(0.50), P90: at(0.90), P99: at(0.99)})
	}
	return r
}

// send posts one request and reads its answer; ok is false on a failure,
// a status other than 200 or a GraphQL error.
func send(ctx context.Context, hc *http.Client, url string, body []byte) bool {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return false
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	failed := bytes.Contains(b, []byte(`"errors":[`)) || bytes.HasPrefix(b, []byte(`{"error":`)) // GraphQL's, Gizmo's
	return err == nil && resp.StatusCode == http.StatusOK && !failed
}
