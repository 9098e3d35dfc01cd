package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/cadregraph/cadregraph/kg"
	"github.com/cadregraph/cadregraph/loader"
	"github.com/cadregraph/cadregraph/loader/synth"
	"github.com/cadregraph/cadregraph/store"
)

// readModelArticles is the size of the generated corpus TestReadModelAgrees
// asks: large enough that titles repeat across provinces, names share
// words and posts change hands.
const readModelArticles = 100

// tenureFields are what the comparison reads of a tenure: every field a
// walk of the store decides.
const tenureFields = `person { id name } position { id name title unit { id name } } firstSeen lastSeen start end status
	observations { article { id } seen start end printedTitle evidence { quote } }`

// TestReadModelAgrees asks the API the same questions twice over one store
// of generated articles (loader/synth): once reading the store for every
// answer, once from the read model serve builds (kg.Graph.Refresh). Holders
// with and without a unit and a date, people with their tenures, searches
// by full name, by two words and by a word's beginning, neighbourhoods at
// depth 1 and 2 and document graphs must be answered alike. The questions
// come from the corpus: its posts, people and documents.
func TestReadModelAgrees(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a generated corpus: not in -short mode")
	}
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := synth.WriteDir(dir, 11, readModelArticles); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(ctx, "mem:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if rep, err := loader.Load(ctx, st, []string{dir}, loader.Options{}); err != nil || len(rep.Failed) > 0 {
		t.Fatalf("loading the generated corpus: %v %v", err, rep.Failed)
	}
	direct := client.New(NewHandler(kg.New(st.QuadStore())))
	rm := kg.New(st.QuadStore())
	stats, err := rm.Refresh(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != readModelArticles {
		t.Errorf("the read model holds %d articles, want %d", stats.Articles, readModelArticles)
	}
	modeled := client.New(NewHandler(rm))

	var lists struct {
		People struct {
			Edges []struct{ Node struct{ ID, Name string } }
		}
		Positions struct {
			Edges []struct {
				Node struct {
					ID, Title string
					Unit      *struct{ Name string }
				}
			}
		}
		Documents struct {
			Edges []struct{ Node struct{ ID string } }
		}
		Units struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	direct.MustPost(`{
		people: entities(kind: PERSON, first: 100) { edges { node { id name } } }
		positions: entities(kind: POSITION, first: 100) { edges { node { id ... on Position { title unit { name } } } } }
		documents: entities(kind: DOCUMENT, first: 100) { edges { node { id } } }
		units: entities(kind: UNIT, first: 100) { edges { node { id } } }
	}`, &lists)
	if len(lists.People.Edges) < 50 || len(lists.Positions.Edges) < 50 || len(lists.Documents.Edges) < 5 {
		t.Fatalf("the generated corpus is too small to compare on: %d people, %d posts, %d documents",
			len(lists.People.Edges), len(lists.Positions.Edges), len(lists.Documents.Edges))
	}

	var questions []string
	every := func(n, step int, f func(i int)) {
		for i := 0; i < n; i += step {
			f(i)
		}
	}
	titles := map[string]bool{}
	every(len(lists.Positions.Edges), 5, func(i int) {
		p := lists.Positions.Edges[i].Node
		if !titles[p.Title] {
			titles[p.Title] = true
			questions = append(questions, fmt.Sprintf(`{ holders(title: %q) { %s } }`, p.Title, tenureFields))
			questions = append(questions, fmt.Sprintf(`{ holders(title: %q, at: "2021-06") { %s } }`, strings.ToLower(p.Title), tenureFields))
		}
		if p.Unit != nil {
			for _, at := range []string{"", `, at: "2019"`, `, at: "2024-03-01"`} {
				questions = append(questions, fmt.Sprintf(`{ holders(title: %q, unit: %q%s) { %s } }`, p.Title, p.Unit.Name, at, tenureFields))
			}
			questions = append(questions, fmt.Sprintf(`{ holdersAt(title: %q, unit: %q, at: "2022-01-01") { current { %s } lastSeenBefore { %s } } }`,
				p.Title, p.Unit.Name, tenureFields, tenureFields))
		}
	})
	words := map[string]bool{}
	every(len(lists.People.Edges), 7, func(i int) {
		p := lists.People.Edges[i].Node
		questions = append(questions,
			fmt.Sprintf(`{ node(id: %q) { ... on Person { name aliases roles tenures { %s } atDate: tenures(at: "2020-01-01") { position { id } } } } }`, p.ID, tenureFields),
			fmt.Sprintf(`{ search(query: %q) { score entity { id name kind } } }`, p.Name),
			fmt.Sprintf(`{ neighborhood(id: %q, depth: 1) { nodes { id kind label } edges { source target relation } } }`, p.ID),
			fmt.Sprintf(`{ neighborhood(id: %q, depth: 2) { nodes { id kind label } edges { source target relation } } }`, p.ID))
		ws := strings.Fields(p.Name)
		if len(ws) >= 2 {
			questions = append(questions, fmt.Sprintf(`{ search(query: %q, first: 50) { score entity { id name } } }`, ws[0]+" "+ws[len(ws)-1][:1]))
		}
		for _, w := range ws {
			r := []rune(strings.ToLower(w))
			for _, n := range []int{1, 2, 3} {
				if n <= len(r) && !words[string(r[:n])] {
					words[string(r[:n])] = true
					questions = append(questions, fmt.Sprintf(`{ search(query: %q, first: 100) { score entity { id name kind } } }`, string(r[:n])))
				}
			}
		}
	})
	every(len(lists.Units.Edges), 7, func(i int) {
		questions = append(questions, fmt.Sprintf(`{ neighborhood(id: %q, depth: 2, limit: 1000) { nodes { id kind label } edges { source target relation } } }`, lists.Units.Edges[i].Node.ID))
	})
	for _, d := range lists.Documents.Edges {
		questions = append(questions,
			fmt.Sprintf(`{ documentGraph(root: %q, depth: 2) { nodes { id kind label } edges { source target relation } } }`, d.Node.ID),
			fmt.Sprintf(`{ node(id: %q) { ... on Document { name code issuer { id } references { relation to { id } } referencedBy { relation from { id } } } } }`, d.Node.ID))
	}
	questions = append(questions, `{ counts { kind count } articles(first: 30) { totalCount edges { node { id title eventDate } } } }`)
	for _, q := range []string{"Bí thư", "pho bi thu", "ket luan", "NQ", "tinh uy", "ủy ban"} {
		questions = append(questions, fmt.Sprintf(`{ search(query: %q, first: 100) { score entity { id name } } }`, q))
	}
	slices.Sort(questions)
	questions = slices.Compact(questions)

	nonEmpty := 0
	for _, q := range questions {
		want, werr := direct.RawPost(q)
		got, gerr := modeled.RawPost(q)
		if werr != nil || gerr != nil {
			t.Fatalf("%s: store %v, read model %v", q, werr, gerr)
		}
		w, _ := json.Marshal(map[string]any{"data": want.Data, "errors": want.Errors})
		g, _ := json.Marshal(map[string]any{"data": got.Data, "errors": got.Errors})
		if want.Errors != nil {
			t.Errorf("%s: %s", q, want.Errors)
		}
		if string(w) != string(g) {
			t.Errorf("%s:\nthe store answers   %s\nthe read model says %s", q, w, g)
		}
		if len(w) > 200 {
			nonEmpty++
		}
	}
	// The comparison says something only if most questions have answers.
	if nonEmpty < len(questions)/2 {
		t.Errorf("only %d of %d questions have a substantial answer", nonEmpty, len(questions))
	}
	t.Logf("%d questions compared, %d with substantial answers", len(questions), nonEmpty)
}
