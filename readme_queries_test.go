package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var updateReadme = flag.Bool("update-readme", false, "rewrite the answers README.md shows under its GraphQL queries")

// readmeQuery is a GraphQL query README.md shows, with the answer it shows
// for it on the sample corpus.
type readmeQuery struct {
	query, answer string
	// at is where the answer's text sits in README.md, to rewrite it.
	at [2]int
}

// readmeQueryRE finds a ```graphql block followed, after at most a line of
// prose, by the ```json block that is its answer.
var readmeQueryRE = regexp.MustCompile("```graphql\n([^`]*)```\n(?:[^`\n]*\n){0,3}?```json\n([^`]*)```")

func readmeQueries(readme string) []readmeQuery {
	var qs []readmeQuery
	for _, m := range readmeQueryRE.FindAllStringSubmatchIndex(readme, -1) {
		qs = append(qs, readmeQuery{query: readme[m[2]:m[3]], answer: readme[m[4]:m[5]], at: [2]int{m[4], m[5]}})
	}
	return qs
}

// readmeFiles are the pages whose queries and examples the tests run:
// README.md and every page of docs/.
func readmeFiles(t *testing.T) []string {
	t.Helper()
	docs, err := filepath.Glob(filepath.Join("docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	return append([]string{"README.md"}, docs...)
}

// TestReadmeQueries runs every GraphQL query README.md and docs/ show against
// the sample corpus and checks that it answers what the page says it answers,
// so the pages never drift from the service. After a change to the
// extraction, `go test -run TestReadmeQueries -update-readme .` rewrites the
// answers; review the diff before committing it.
func TestReadmeQueries(t *testing.T) {
	base := server(t, "--db", "mem:", "--corpus", "corpus")
	total := 0
	for _, file := range readmeFiles(t) {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		readme := string(b)
		qs := readmeQueries(readme)
		if file == "README.md" && len(qs) < 3 {
			t.Fatalf("README.md shows %d GraphQL queries with answers, want one for each kind of user at least", len(qs))
		}
		total += len(qs)
		var out strings.Builder
		last := 0
		for _, q := range qs {
			got := answer(t, base, q.query)
			if *updateReadme {
				out.WriteString(readme[last:q.at[0]])
				out.WriteString(keepShape(t, q.answer, got))
				last = q.at[1]
				continue
			}
			if want := canonicalJSON(t, q.answer); canonicalJSON(t, got) != want {
				t.Errorf("%s query\n%s\nanswers\n%s\nbut %s shows\n%s\n(go test -run TestReadmeQueries -update-readme . rewrites it)", file, q.query, got, file, q.answer)
			}
		}
		if *updateReadme && len(qs) > 0 {
			out.WriteString(readme[last:])
			if err := os.WriteFile(file, []byte(out.String()), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if total < 10 {
		t.Errorf("README.md and docs/ show %d GraphQL queries with answers: the API tour has lost its examples", total)
	}
}

// keepShape is the answer got as the page shows the answer it replaces: on
// one line where that was (README's first screen keeps its answers short),
// else indented.
func keepShape(t *testing.T, was, got string) string {
	t.Helper()
	if strings.Contains(strings.TrimSpace(was), "\n") {
		return got
	}
	var b bytes.Buffer
	if err := json.Compact(&b, []byte(got)); err != nil {
		t.Fatal(err)
	}
	return b.String() + "\n"
}

// answer posts q and returns the whole response indented as README shows it.
func answer(t *testing.T, base, q string) string {
	t.Helper()
	b := post(t, base, q)
	// Indent keeps the fields in the order the query asks for them.
	var buf bytes.Buffer
	if err := json.Indent(&buf, bytes.TrimSpace(b), "", "  "); err != nil {
		t.Fatal(err)
	}
	buf.WriteByte('\n')
	return buf.String()
}

func canonicalJSON(t *testing.T, s string) string {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("README.md shows an answer that is not JSON: %v\n%s", err, s)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func TestReadmeQueriesFound(t *testing.T) {
	readme := "x\n```graphql\n{ a }\n```\n\nanswers:\n```json\n{\"data\": 1}\n```\n```graphql\n{ b }\n```\n```sh\nno\n```\n"
	qs := readmeQueries(readme)
	if len(qs) != 1 || qs[0].query != "{ a }\n" || qs[0].answer != "{\"data\": 1}\n" {
		t.Errorf("readmeQueries = %+v, want the one query with its answer", qs)
	}
}
