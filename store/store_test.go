package store_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/write"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/store"
	"github.com/cayleygraph/cayley"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// article is a small article's quads, as emit writes them: its marker and a
// few facts, all labelled with the article.
func article(id string) []quad.Quad {
	l := schema.ArticleLabel(id)
	n := schema.IRI(id)
	p := schema.IRI("person-vo-van-minh-0000000000")
	return []quad.Quad{
		{Subject: n, Predicate: schema.RDFType, Object: schema.ClassArticle, Label: l},
		{Subject: n, Predicate: schema.Source, Object: quad.String("bài " + id + ".txt"), Label: l},
		{Subject: n, Predicate: schema.Published, Object: quad.TypedString{Value: "2025-08-20", Type: schema.XSDDate}, Label: l},
		{Subject: n, Predicate: schema.Mentions, Object: p, Label: l},
		{Subject: p, Predicate: schema.Name, Object: quad.String("Võ Văn Minh"), Label: l},
		{Subject: p, Predicate: schema.PartyMembers, Object: quad.Int(1234), Label: l},
	}
}

func quadSet(t *testing.T, qs graph.QuadStore) map[quad.Quad]bool {
	t.Helper()
	set := map[quad.Quad]bool{}
	err := graph.Iterate(context.Background(), qs.QuadsAllIterator()).Each(func(r graph.Ref) {
		set[qs.Quad(r)] = true
	})
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func TestBackendOf(t *testing.T) {
	tests := []struct {
		db   string
		want store.Backend
	}{
		{"mem:", store.BackendMemory},
		{"postgres://u@localhost/db", store.BackendPostgres},
		{"postgresql://u:secret@localhost:5433/db?sslmode=disable", store.BackendPostgres},
		{"./cadregraph.db", store.BackendBolt},
		{"/var/lib/cadregraph", store.BackendBolt},
		{"memory", store.BackendBolt},
	}
	for _, tt := range tests {
		if got := store.BackendOf(tt.db); got != tt.want {
			t.Errorf("BackendOf(%q) = %s, want %s", tt.db, got, tt.want)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a-file")
	foreign := filepath.Join(dir, "articles")
	empty := filepath.Join(dir, "empty")
	for _, err := range []error{
		os.WriteFile(file, []byte("x"), 0o644),
		os.Mkdir(foreign, 0o755),
		os.WriteFile(filepath.Join(foreign, "a.txt"), []byte("x"), 0o644),
		os.Mkdir(empty, 0o755),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name     string
		db       string
		existing bool
		want     string
	}{
		{"a file", file, false, "open bolt store " + file + ": it is a file; a bolt store is a folder (holding indexes.bolt)"},
		{"a folder of something else", foreign, false, "open bolt store " + foreign + ": the folder is not a cadregraph store (it has no indexes.bolt)"},
		{"missing, to read", filepath.Join(dir, "nope.db"), true, "open bolt store " + filepath.Join(dir, "nope.db") + ": it does not exist (load articles into it first: cadregraph load --db " + filepath.Join(dir, "nope.db") + " PATH...)"},
		{"empty, to read", empty, true, "open bolt store " + empty + ": the folder is empty (load articles into it first)"},
		{"no path", "", false, "open store: no database given (--db)"},
		{"postgres, no server", "postgres://nobody:secret@127.0.0.1:1/none?sslmode=disable&connect_timeout=2", false, "open postgres store postgres://nobody:xxxxx@127.0.0.1:1/none?sslmode=disable&connect_timeout=2: create tables: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			open := store.Open
			if tt.existing {
				open = store.OpenExisting
			}
			st, err := open(context.Background(), tt.db)
			if err == nil {
				st.Close()
				t.Fatalf("Open(%q) succeeded, want %q", tt.db, tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Open(%q) = %q, want %q", tt.db, err, tt.want)
			}
			if strings.Contains(err.Error(), "secret") {
				t.Errorf("the error shows the password: %q", err)
			}
		})
	}
}

// TestBolt checks what the loader relies on in an embedded store: it is
// created on first open, keeps what was written across a reopen, and one
// process at a time holds it.
func TestBolt(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "cadregraph.db")
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := st.String(), "bolt "+db; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if empty, err := st.Empty(ctx); err != nil || !empty {
		t.Errorf("a new store: Empty() = %v, %v; want true", empty, err)
	}
	id := "article-0123456789abcdef"
	if ok, err := write.Article(ctx, st.QuadStore(), id, article(id)); err != nil || !ok {
		t.Fatalf("write.Article = %v, %v", ok, err)
	}
	want := quadSet(t, st.QuadStore())

	if _, err := store.Open(ctx, db); err == nil || !strings.Contains(err.Error(), "in use by another process") {
		t.Errorf("opening a store in use: %v, want an error saying it is in use", err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(db, "indexes.bolt")); err != nil {
		t.Errorf("the bolt file is not where Cayley keeps it: %v", err)
	}

	st, err = store.OpenExisting(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sameQuads(t, want, quadSet(t, st.QuadStore()))
	if empty, err := st.Empty(ctx); err != nil || empty {
		t.Errorf("a store with an article: Empty() = %v, %v; want false", empty, err)
	}
	if n, err := st.Count(ctx); err != nil || n != int64(len(want)) {
		t.Errorf("Count() = %d, %v; want %d", n, err, len(want))
	}
}

// TestAtomic checks the property an article's single transaction relies on,
// on every backend: a batch of deltas that fails leaves nothing behind.
func TestAtomic(t *testing.T) {
	for _, db := range backends(t) {
		t.Run(string(store.BackendOf(db)), func(t *testing.T) {
			ctx := context.Background()
			st, err := store.Open(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			qs := st.QuadStore()
			id := "article-" + randomHex(8)
			if _, err := write.Article(ctx, qs, id, article(id)); err != nil {
				t.Fatal(err)
			}
			before := quadSet(t, qs)
			fresh := quad.Quad{Subject: schema.IRI(id), Predicate: schema.Title, Object: quad.String("mới"), Label: schema.ArticleLabel(id)}
			// The second delta adds a quad that exists: without IgnoreDup the
			// batch fails, and the first must not stay.
			err = qs.ApplyDeltas([]graph.Delta{
				{Quad: fresh, Action: graph.Add},
				{Quad: article(id)[1], Action: graph.Add},
			}, graph.IgnoreOpts{})
			if err == nil {
				t.Fatal("adding a quad that exists succeeded")
			}
			sameQuads(t, before, quadSet(t, qs))
		})
	}
}

// TestPostgres opens a PostgreSQL store, writes an article, reopens it and
// reads the article back. It runs in a schema of its own, dropped after.
func TestPostgres(t *testing.T) {
	db := postgresURL(t)
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if empty, err := st.Empty(ctx); err != nil || !empty {
		t.Errorf("a new store: Empty() = %v, %v; want true", empty, err)
	}
	id := "article-fedcba9876543210"
	if ok, err := write.Article(ctx, st.QuadStore(), id, article(id)); err != nil || !ok {
		t.Fatalf("write.Article = %v, %v", ok, err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	st, err = store.Open(ctx, db) // tables exist now: opening again must not fail
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	want := map[quad.Quad]bool{}
	for _, q := range article(id) {
		want[q] = true
	}
	sameQuads(t, want, quadSet(t, st.QuadStore()))
	if ok, err := write.Has(ctx, st.QuadStore(), id); err != nil || !ok {
		t.Errorf("write.Has after reopening = %v, %v; want true", ok, err)
	}
	if ok, err := write.Article(ctx, st.QuadStore(), id, article(id)); err != nil || ok {
		t.Errorf("writing the article again = %v, %v; want false (already there)", ok, err)
	}
}

// backends are the stores to run a test on: memory and bolt always,
// PostgreSQL when CADREGRAPH_TEST_POSTGRES names a server.
func backends(t *testing.T) []string {
	dbs := []string{store.Memory, filepath.Join(t.TempDir(), "cadregraph.db")}
	if os.Getenv(postgresEnv) != "" {
		dbs = append(dbs, postgresURL(t))
	}
	return dbs
}

const postgresEnv = "CADREGRAPH_TEST_POSTGRES"

// postgresURL is the server CADREGRAPH_TEST_POSTGRES names, with a fresh
// schema of the test's own as its search path; the test skips, saying why,
// when the variable is not set.
func postgresURL(t *testing.T) string {
	t.Helper()
	base := os.Getenv(postgresEnv)
	if base == "" {
		t.Skip(postgresEnv + " not set: set it to a postgres:// URL of a database the test may create schemas in (.ci/run does) to test the PostgreSQL store")
	}
	conn, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	schemaName := "cadregraph_test_" + randomHex(6)
	if _, err := conn.Exec("CREATE SCHEMA " + schemaName); err != nil {
		t.Fatalf("create schema in %s: %v", postgresEnv, err)
	}
	t.Cleanup(func() {
		conn, err := sql.Open("postgres", base)
		if err != nil {
			t.Error(err)
			return
		}
		defer conn.Close()
		if _, err := conn.Exec("DROP SCHEMA " + schemaName + " CASCADE"); err != nil {
			t.Errorf("drop schema: %v", err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schemaName) // lib/pq passes it to the server
	u.RawQuery = q.Encode()
	return u.String()
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func sameQuads(t *testing.T, want, got map[quad.Quad]bool) {
	t.Helper()
	for q := range want {
		if !got[q] {
			t.Errorf("missing quad: %s", q)
		}
	}
	for q := range got {
		if !want[q] {
			t.Errorf("unexpected quad: %s", q)
		}
	}
}

// TestConcurrentReaders reads a store from many goroutines at once, as the
// GraphQL server does, on every backend; run with -race.
func TestConcurrentReaders(t *testing.T) {
	for _, db := range backends(t) {
		t.Run(string(store.BackendOf(db)), func(t *testing.T) {
			ctx := context.Background()
			st, err := store.Open(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			id := "article-" + randomHex(8)
			if _, err := write.Article(ctx, st.QuadStore(), id, article(id)); err != nil {
				t.Fatal(err)
			}
			qs := st.QuadStore()
			done := make(chan int)
			for range 8 {
				go func() {
					// A path walk: planned by the store's optimiser, then run.
					n := 0
					err := cayley.StartPath(qs, schema.IRI(id)).Out(schema.Mentions).Out(schema.Name).Iterate(ctx).EachValue(qs, func(quad.Value) { n++ })
					if err != nil {
						t.Error(err)
					}
					it := qs.NodesAllIterator()
					for it.Next(ctx) {
					}
					it.Close()
					done <- n
				}()
			}
			for range 8 {
				if n := <-done; n != 1 {
					t.Errorf("a reader found %d names, want 1", n)
				}
			}
		})
	}
}

// TestStamp: a store's stamp stays while nothing is written and changes when
// an article is, on PostgreSQL also when another handle (another process,
// in serve's case) writes it.
func TestStamp(t *testing.T) {
	ctx := context.Background()
	for _, db := range backends(t) {
		t.Run(string(store.BackendOf(db)), func(t *testing.T) {
			st, err := store.Open(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			writer := st
			if store.BackendOf(db) == store.BackendPostgres {
				if writer, err = store.Open(ctx, db); err != nil {
					t.Fatal(err)
				}
				defer writer.Close()
			}
			before, err := st.Stamp(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if again, err := st.Stamp(ctx); err != nil || again != before {
				t.Errorf("stamp %q, then %q (%v) with nothing written", before, again, err)
			}
			id := "article-0123456789abcdef"
			if ok, err := write.Article(ctx, writer.QuadStore(), id, article(id)); err != nil || !ok {
				t.Fatalf("write.Article = %v, %v", ok, err)
			}
			if after, err := st.Stamp(ctx); err != nil || after == before {
				t.Errorf("stamp %q before and %q (%v) after an article was written", before, after, err)
			}
		})
	}
}
