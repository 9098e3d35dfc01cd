package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cadregraph/cadregraph/kg"
	"github.com/cadregraph/cadregraph/loader"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/store"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// result is what one run of the command line did.
type result struct {
	err            error
	stdout, stderr string
}

func runArgs(t *testing.T, env map[string]string, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), args, func(k string) string { return env[k] }, &stdout, &stderr)
	return result{err, stdout.String(), stderr.String()}
}

func TestHelp(t *testing.T) {
	tests := []struct {
		args []string
		want []string // in stdout
	}{
		{[]string{"--help"}, []string{"Usage:", "cadregraph load", "cadregraph serve", "cadregraph export", "go run . serve"}},
		{[]string{"-h"}, []string{"Usage:", "cadregraph load"}},
		{[]string{"help"}, []string{"Usage:", "cadregraph export"}},
		{[]string{"load", "--help"}, []string{"Usage: cadregraph load", "--db DB", "--curation FILE", "\n  -v, --verbose\n", "Examples:", ".jsonl", "(default ./cadregraph.db)"}},
		{[]string{"load", "-h"}, []string{"Usage: cadregraph load"}},
		{[]string{"serve", "--help"}, []string{"Usage: cadregraph serve", "--db DB", "--corpus PATH", "--addr ADDR", "(default 127.0.0.1:8080)", "--cors ORIGINS", "Examples:", "/healthz"}},
		{[]string{"export", "--help"}, []string{"Usage: cadregraph export", "--db DB", "--format FORMAT", "nquads", "--out FILE", "Examples:"}},
		{[]string{"help", "serve"}, []string{"Usage: cadregraph serve"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := runArgs(t, nil, tt.args...)
			if r.err != nil {
				t.Fatalf("error %v, want none; stderr:\n%s", r.err, r.stderr)
			}
			if exitCode(r.err, io.Discard) != 0 {
				t.Errorf("exit code not 0")
			}
			for _, w := range tt.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("stdout lacks %q:\n%s", w, r.stdout)
				}
			}
			if r.stderr != "" {
				t.Errorf("help wrote to stderr:\n%s", r.stderr)
			}
		})
	}
	// The default of --db comes from the environment when it is set.
	r := runArgs(t, map[string]string{"CADREGRAPH_DB": "mem:"}, "load", "--help")
	if !strings.Contains(r.stdout, "(default mem:)") {
		t.Errorf("CADREGRAPH_DB is not the default of --db:\n%s", r.stdout)
	}
}

// TestHelpStyle: flag help writes flags as the usage lines do: words with
// two dashes, letters with one, never --v.
func TestHelpStyle(t *testing.T) {
	for _, c := range commands() {
		r := runArgs(t, nil, c.name, "--help")
		for _, line := range strings.Split(r.stdout, "\n") {
			if strings.HasPrefix(line, "  -") && !regexp.MustCompile(`^  (-[a-z]|--[a-z]{2,}[a-z-]*)(, (-[a-z]|--[a-z]{2,}[a-z-]*))*( [A-Z]+)?$`).MatchString(line) {
				t.Errorf("%s --help: flag line %q", c.name, line)
			}
		}
	}
}

func TestVersion(t *testing.T) {
	for _, arg := range []string{"--version", "version"} {
		r := runArgs(t, nil, arg)
		if r.err != nil || !strings.HasPrefix(r.stdout, "cadregraph ") || !strings.Contains(r.stdout, "extractor "+loader.ExtractorVersion) {
			t.Errorf("%s: %q %v", arg, r.stdout, r.err)
		}
	}
	bi := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"},
		Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "bbf3c32a9d0e1f2a3b4c"}, {Key: "vcs.modified", Value: "true"}}}
	if got, want := version(bi, true), "cadregraph v1.2.0 commit bbf3c32a9d0e (modified), go1.26.8, extractor "+loader.ExtractorVersion; got != want {
		t.Errorf("version: %q, want %q", got, want)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string // in stderr
	}{
		{nil, "Usage:"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"load", "--bogus", "x"}, "flag provided but not defined: --bogus"},
		{[]string{"load", "-x", "a"}, "flag provided but not defined: -x"},
		{[]string{"load"}, "no PATH: name the files or folders of articles to load"},
		{[]string{"serve", "extra"}, `serve takes no arguments (got "extra")`},
		{[]string{"serve", "--addr"}, "flag needs an argument: --addr"},
		{[]string{"export", "--format", "turtle"}, `unknown export format "turtle" (supported: nquads, cytoscape, graphml, gexf, csv)`},
		{[]string{"export", "--db", "mem:"}, "nothing to export"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := runArgs(t, nil, tt.args...)
			if !errors.Is(r.err, errUsage) {
				t.Fatalf("error %v, want a usage error", r.err)
			}
			if code := exitCode(r.err, io.Discard); code != 2 {
				t.Errorf("exit code %d, want 2", code)
			}
			if !strings.Contains(r.stderr, tt.want) || !strings.Contains(r.stderr, "Usage") {
				t.Errorf("stderr lacks %q and the usage:\n%s", tt.want, r.stderr)
			}
			if r.stdout != "" {
				t.Errorf("a usage error wrote to stdout:\n%s", r.stdout)
			}
		})
	}
}

// TestLoadBadInput: bad files are reported by name with what is wrong, the
// load goes on, and the exit status says some were not loaded.
func TestLoadBadInput(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "articles", "bad.txt"), "V\xf5 Văn Minh")
	writeFile(t, filepath.Join(dir, "articles", "empty.txt"), "")
	writeFile(t, filepath.Join(dir, "articles", "feed.jsonl"), `{"title": "no text"}`+"\n")
	writeFile(t, filepath.Join(dir, "articles", "notes.md"), "not an article")
	db := filepath.Join(dir, "cadregraph.db")
	r := runArgs(t, nil, "load", "--db", db, "-v", filepath.Join(dir, "articles"), filepath.Join(dir, "missing"))
	if r.err == nil || r.err.Error() != "no article was loaded: 4 could not be (listed above)" || exitCode(r.err, io.Discard) != 1 {
		t.Fatalf("error %v, want 4 articles not loaded, exit 1", r.err)
	}
	for _, want := range []string{
		filepath.Join(dir, "articles", "bad.txt") + ": invalid UTF-8 at byte offset 1",
		filepath.Join(dir, "articles", "empty.txt") + ": empty file",
		filepath.Join(dir, "articles", "feed.jsonl") + `:1: no "text" field`,
		filepath.Join(dir, "missing") + ": no such file or folder",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("the report lacks %q:\n%s", want, r.stdout)
		}
	}
	if !strings.Contains(r.stderr, "passed over "+filepath.Join(dir, "articles", "notes.md")+": not .txt or .jsonl") {
		t.Errorf("-v does not say notes.md was passed over:\n%s", r.stderr)
	}
}

// TestLoadTwice loads the sample corpus into a bolt store twice, the second
// time named by --corpus: the second load finds every article present and
// writes nothing.
func TestLoadTwice(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cadregraph.db")
	first := runArgs(t, nil, "load", "--db", db, "corpus")
	if first.err != nil {
		t.Fatalf("first load: %v\n%s", first.err, first.stdout)
	}
	if !strings.Contains(first.stdout, "loaded 5 articles") {
		t.Errorf("first load:\n%s", first.stdout)
	}
	second := runArgs(t, nil, "load", "--db", db, "--corpus", "corpus")
	if second.err != nil {
		t.Fatalf("second load: %v", second.err)
	}
	if !strings.Contains(second.stdout, "loaded 0 articles") || !strings.Contains(second.stdout, "5 already present") || !strings.Contains(second.stdout, "quads written: 0") {
		t.Errorf("second load:\n%s", second.stdout)
	}
}

// TestCuration is the curation end to end on the sample corpus: applied with
// the load, already applied on the next, taken back when edited, refused
// (naming file and line) when it names nobody.
func TestCuration(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cadregraph.db")
	file := filepath.Join(dir, "curation.yaml")
	writeFile(t, file, `external:
  - {entity: {person: "Võ Văn Minh"}, ids: ["wikidata:Q1"]}
rename:
  - {entity: {person: "Võ Văn Minh"}, name: "Võ Văn Minh (TPHCM)"}
`)
	r := runArgs(t, nil, "load", "--db", db, "--curation", file, "corpus")
	if r.err != nil || !strings.Contains(r.stdout, "loaded 5 articles") || !strings.Contains(r.stdout, "curation "+file+": ") {
		t.Fatalf("curation: %v\n%s", r.err, r.stdout)
	}
	minh := schema.IRI(schema.PersonID("Võ Văn Minh"))
	want := quad.Quad{Subject: minh, Predicate: schema.ExternalID, Object: quad.String("wikidata:Q1"), Label: schema.LabelCuration}
	if !hasQuad(t, db, want) {
		t.Errorf("the store lacks %v", want)
	}
	r = runArgs(t, nil, "load", "--db", db, "--curation", file, "corpus")
	if r.err != nil || !strings.Contains(r.stdout, "curation "+file+": already applied") {
		t.Errorf("second load: %v\n%s", r.err, r.stdout)
	}
	writeFile(t, file, "rename:\n  - {entity: {person: \"Võ Văn Minh\"}, name: \"Võ Văn Minh (TPHCM)\"}\n")
	r = runArgs(t, nil, "load", "--db", db, "--curation", file)
	if r.err != nil || hasQuad(t, db, want) {
		t.Errorf("taking the external id out of the file left it: %v\n%s", r.err, r.stdout)
	}
	writeFile(t, file, "merge:\n  - {from: {person: \"Không Có Ai\"}, into: {person: \"Võ Văn Minh\"}}\n")
	r = runArgs(t, nil, "load", "--db", db, "--curation", file)
	if r.err == nil || !strings.Contains(r.err.Error(), file+":2 (merge #1)") || !strings.Contains(r.err.Error(), "Không Có Ai") {
		t.Errorf("a curation naming nobody: %v", r.err)
	}
}

// TestNQuadsRoundTrip: the sample corpus exported as N-Quads loads back
// into a fresh store with the same quads, labels and all.
func TestNQuadsRoundTrip(t *testing.T) {
	dir := t.TempDir()
	db, back := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	nq := filepath.Join(dir, "graph.nq")
	for _, args := range [][]string{
		{"load", "--db", db, "corpus"},
		{"export", "--db", db, "--format", "nquads", "--out", nq},
		{"load", "--db", back, nq},
	} {
		if r := runArgs(t, nil, args...); r.err != nil {
			t.Fatalf("%v: %v\n%s%s", args, r.err, r.stdout, r.stderr)
		}
	}
	want, got := allQuads(t, db), allQuads(t, back)
	for q := range want {
		if !got[q] {
			t.Errorf("missing after the round trip: %v", q)
			break
		}
	}
	if len(want) != len(got) || len(want) == 0 {
		t.Errorf("%d quads loaded back, want %d", len(got), len(want))
	}
}

func allQuads(t *testing.T, db string) map[quad.Quad]bool {
	t.Helper()
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	qs := st.QuadStore()
	out := map[quad.Quad]bool{}
	it := qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(context.Background()) {
		out[qs.Quad(it.Result())] = true
	}
	return out
}

func hasQuad(t *testing.T, db string, q quad.Quad) bool {
	t.Helper()
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	qs := st.QuadStore()
	ref := qs.ValueOf(q.Subject)
	if ref == nil {
		return false
	}
	it := qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	for it.Next(context.Background()) {
		if qs.Quad(it.Result()) == q {
			return true
		}
	}
	return false
}

// fakeExtract reads each line "Name, Title" of an article as a person
// holding a post, so that serve and export can be tested apart from the
// extraction rules.
func fakeExtract(r model.Raw) (model.Facts, error) {
	text := strings.TrimSpace(r.Text)
	f := model.Facts{Article: model.Article{ID: schema.ArticleID(text), Source: r.Source, Text: text}}
	for _, line := range strings.Split(text, "\n") {
		name, title, ok := strings.Cut(line, ",")
		if !ok {
			continue
		}
		p := model.Person{ID: schema.PersonID(strings.TrimSpace(name)), Name: strings.TrimSpace(name)}
		pos := model.Position{ID: schema.PositionID(strings.TrimSpace(title), ""), Title: strings.TrimSpace(title)}
		f.People = append(f.People, p)
		f.Positions = append(f.Positions, pos)
		f.Tenures = append(f.Tenures, model.Tenure{Person: p.ID, Position: pos.ID})
	}
	return f, nil
}

// fixture is a bolt store of three small articles, loaded with fakeExtract.
func fixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a", "1.txt"), "Võ Văn Minh, Phó Bí thư Thành ủy\nTô Lâm, Tổng Bí thư\n")
	writeFile(t, filepath.Join(dir, "a", "2.txt"), "Nguyễn Thị Nghĩa, Phó Bí thư Thường trực\n")
	writeFile(t, filepath.Join(dir, "a", "3.jsonl"), `{"text": "Dương Anh Đức, Phó Bí thư", "url": "https://example.vn/3"}`+"\n")
	db := filepath.Join(dir, "cadregraph.db")
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rep, err := loader.Load(context.Background(), st, []string{filepath.Join(dir, "a")}, loader.Options{Extract: fakeExtract})
	if err != nil || rep.Loaded != 3 {
		t.Fatalf("fixture: %v\n%s", err, rep)
	}
	return db
}

func TestExport(t *testing.T) {
	db := fixture(t)
	out := filepath.Join(t.TempDir(), "graph.nq")
	r := runArgs(t, nil, "export", "--db", db, "--out", out)
	if r.err != nil {
		t.Fatal(r.err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`export: (\d+) quads from bolt `).FindStringSubmatch(r.stderr)
	if m == nil {
		t.Fatalf("stderr:\n%s", r.stderr)
	}
	// What was written loads back through Cayley, every quad with its label.
	back := memstore.New()
	w, _ := back.NewQuadWriter()
	n, err := quad.Copy(w, nquads.NewReader(bytes.NewReader(b), false))
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(n) != m[1] {
		t.Errorf("read back %d quads, export says %s", n, m[1])
	}
	if !bytes.Contains(b, []byte(`"Võ Văn Minh"`)) {
		t.Errorf("the export lacks Võ Văn Minh")
	}
	// To stdout, the same.
	r = runArgs(t, nil, "export", "--db", db)
	if r.err != nil || r.stdout != string(b) {
		t.Errorf("export to stdout: %v; same as the file: %v", r.err, r.stdout == string(b))
	}
	// A store that does not exist is an error, not a new empty store.
	missing := filepath.Join(t.TempDir(), "nope.db")
	r = runArgs(t, nil, "export", "--db", missing)
	if r.err == nil || !strings.Contains(r.err.Error(), "does not exist") {
		t.Errorf("export of a missing store: %v", r.err)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("export created %s", missing)
	}
}

// syncBuffer is a buffer the server writes its log to while the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// server runs serve with args on a free port until the test ends, and
// returns its base URL once /healthz says ok.
func server(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), func(string) string { return "" }, io.Discard, &stderr)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve ended with %v", err)
			}
			if !strings.Contains(stderr.String(), "stopping") {
				t.Errorf("serve did not say it stopped:\n%s", stderr.String())
			}
		case <-time.After(20 * time.Second):
			t.Errorf("serve did not shut down")
		}
	})
	addr := regexp.MustCompile(`listening on (http://[0-9.:]+/)`)
	var base string
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		select {
		case err := <-done:
			t.Fatalf("serve ended early: %v\n%s", err, stderr.String())
		default:
		}
		if base == "" {
			if m := addr.FindStringSubmatch(stderr.String()); m != nil {
				base = m[1]
			}
			continue
		}
		resp, err := http.Get(base + "healthz")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK && strings.HasPrefix(string(body), `{"status":"ok",`) {
			return base
		}
		if resp.StatusCode != http.StatusServiceUnavailable || !strings.HasPrefix(string(body), `{"status":"loading"`) {
			t.Fatalf("/healthz: %d %q", resp.StatusCode, body)
		}
	}
	t.Fatalf("serve was not healthy in time:\n%s", stderr.String())
	return ""
}

// post sends the GraphQL query q to the server at base and returns the
// response's body, failing the test on an HTTP or GraphQL error.
func post(t *testing.T, base, q string) []byte {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": q})
	resp, err := http.Post(base+"graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var r struct{ Errors []struct{ Message string } }
	if err := json.Unmarshal(b, &r); err != nil || len(r.Errors) > 0 || resp.StatusCode != http.StatusOK {
		t.Fatalf("%s: %d %s", q, resp.StatusCode, b)
	}
	return b
}

func query(t *testing.T, base, q string, out any) {
	t.Helper()
	var r struct{ Data json.RawMessage }
	if err := json.Unmarshal(post(t, base, q), &r); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(r.Data, out); err != nil {
		t.Fatal(err)
	}
}

// people is the query for every person's name.
const people = `{ entities(kind: PERSON, first: 100) { totalCount edges { node { name } } } articles { totalCount } }`

type peopleData struct {
	Entities struct {
		TotalCount int
		Edges      []struct{ Node struct{ Name string } }
	}
	Articles struct{ TotalCount int }
}

func (d peopleData) names() string {
	var n []string
	for _, e := range d.Entities.Edges {
		n = append(n, e.Node.Name)
	}
	return strings.Join(n, ", ")
}

// TestServe serves a bolt store and queries it for its people.
func TestServe(t *testing.T) {
	base := server(t, "--db", fixture(t))
	var d peopleData
	query(t, base, people, &d)
	if got, want := d.names(), "Dương Anh Đức, Nguyễn Thị Nghĩa, Tô Lâm, Võ Văn Minh"; got != want {
		t.Errorf("people: %s, want %s", got, want)
	}
	if d.Articles.TotalCount != 3 {
		t.Errorf("articles: %d, want 3", d.Articles.TotalCount)
	}
	resp, err := http.Get(base)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !bytes.Contains(page, []byte("/graphql")) {
		t.Errorf("GET /: %d, a GraphiQL page for /graphql? %v", resp.StatusCode, bytes.Contains(page, []byte("/graphql")))
	}
}

// TestServeCorpus serves the sample corpus in memory, as ../shared/eval/run.sh
// does, with the real extraction.
// TestServeCuration: serve --curation applies the file after the corpus:
// the merged photo credit is gone from the people, its author stays.
func TestServeCuration(t *testing.T) {
	base := server(t, "--db", "mem:", "--corpus", "corpus", "--curation", filepath.Join("loader", "curation", "testdata", "example.yaml"))
	var d peopleData
	query(t, base, people, &d)
	names := d.names()
	if !strings.Contains(names, "Kim Thành") || strings.Contains(names, "K Thành") {
		t.Errorf("people: %s; want Kim Thành without K Thành", names)
	}
}

func TestServeCorpus(t *testing.T) {
	base := server(t, "--db", "mem:", "--corpus", "corpus")
	var d peopleData
	query(t, base, people, &d)
	if d.Articles.TotalCount != 5 {
		t.Errorf("articles: %d, want 5", d.Articles.TotalCount)
	}
	if !strings.Contains(d.names(), "Võ Văn Minh") {
		t.Errorf("people: %s; Võ Văn Minh is missing", d.names())
	}
}

// TestServeMissingCorpus: a --corpus that names nothing stops serve before
// it listens, with the path named, rather than serving an empty store.
func TestServeMissingCorpus(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "artcles")
	r := runArgs(t, nil, "serve", "--db", "mem:", "--corpus", "corpus", "--corpus", missing, "--addr", "127.0.0.1:0")
	if r.err == nil || !strings.Contains(r.err.Error(), missing) || !strings.Contains(r.err.Error(), "no such file or folder") {
		t.Errorf("error %v, want one naming %s", r.err, missing)
	}
	if exitCode(r.err, io.Discard) != 1 {
		t.Errorf("exit code %d, want 1", exitCode(r.err, io.Discard))
	}
	if strings.Contains(r.stderr, "listening") {
		t.Errorf("serve listened:\n%s", r.stderr)
	}
}

func TestRoutes(t *testing.T) {
	api := &gate{}
	h := routes(api)
	get := func(path string) (int, string) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec.Code, rec.Body.String()
	}
	if code, body := get("/healthz"); code != http.StatusServiceUnavailable || body != `{"status":"loading","articles":0}`+"\n" {
		t.Errorf("/healthz while opening: %d %q", code, body)
	}
	api.loading(loader.Progress{Articles: 120, Total: 800, Quads: 81234, Elapsed: 4 * time.Second})
	want := `{"status":"loading","articles":120,"progress":{"articles":120,"total":800,"quads":81234,"articlesPerSecond":30,"etaSeconds":23,"elapsedSeconds":4}}` + "\n"
	if code, body := get("/healthz"); code != http.StatusServiceUnavailable || body != want {
		t.Errorf("/healthz while loading: %d %s, want %s", code, body, want)
	}
	phase := "reading the store into memory"
	api.phase.Store(&phase)
	if code, body := get("/healthz"); code != http.StatusServiceUnavailable || !strings.HasPrefix(body, `{"status":"loading","articles":120,"phase":"reading the store into memory",`) {
		t.Errorf("/healthz while reading the store: %d %s", code, body)
	}
	if code, body := get("/graphql?query={__typename}"); code != http.StatusServiceUnavailable || !strings.Contains(body, "still loading") {
		t.Errorf("/graphql while loading: %d %q", code, body)
	}
	api.ready(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "api") }))
	api.built(kg.ModelStats{Articles: 800, Quads: 250000, Values: 90000, Built: 1500 * time.Millisecond})
	if code, body := get("/healthz"); code != http.StatusOK || !strings.HasPrefix(body, `{"status":"ok","articles":800,"readModel":{"articles":800,"quads":250000,"values":90000,"builtMs":1500,"refreshed":"`) {
		t.Errorf("/healthz when ready: %d %q", code, body)
	}
	if code, body := get("/graphql"); code != http.StatusOK || body != "api" {
		t.Errorf("/graphql when ready: %d %q", code, body)
	}
	if code, _ := get("/nothing-here"); code != http.StatusNotFound {
		t.Errorf("/nothing-here: %d, want 404", code)
	}
}

func TestCORS(t *testing.T) {
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	tests := []struct {
		cors, origin, method string
		wantAllow            string
		wantCode             int
	}{
		{"", "https://app.example.org", "POST", "", 200},
		{"https://app.example.org", "https://app.example.org", "POST", "https://app.example.org", 200},
		{"https://app.example.org/", "https://app.example.org", "POST", "https://app.example.org", 200},
		{"https://app.example.org", "https://evil.example", "POST", "", 200},
		{"https://a.example, https://app.example.org", "https://app.example.org", "OPTIONS", "https://app.example.org", 204},
		{"*", "https://anyone.example", "POST", "*", 200},
		{"*", "https://anyone.example", "OPTIONS", "*", 204},
	}
	for _, tt := range tests {
		t.Run(tt.cors+" "+tt.origin+" "+tt.method, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, "/graphql", nil)
			req.Header.Set("Origin", tt.origin)
			if tt.method == http.MethodOptions {
				req.Header.Set("Access-Control-Request-Method", "POST")
				req.Header.Set("Access-Control-Request-Headers", "content-type")
			}
			rec := httptest.NewRecorder()
			withCORS(ok, origins(tt.cors)).ServeHTTP(rec, req)
			if got := rec.Header().Get("Access-Control-Allow-Origin"); got != tt.wantAllow {
				t.Errorf("Access-Control-Allow-Origin = %q, want %q", got, tt.wantAllow)
			}
			if rec.Code != tt.wantCode {
				t.Errorf("status %d, want %d", rec.Code, tt.wantCode)
			}
			if tt.wantCode == 204 && rec.Header().Get("Access-Control-Allow-Headers") != "content-type" {
				t.Errorf("a preflight does not allow the headers asked for")
			}
		})
	}
}

func writeFile(t *testing.T, p, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
