package loader

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/read"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/store"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// fakeExtract stands in for the real rules, so that these tests are about
// loading only: each line "Name, Title" of an article is a person holding a
// post, named in that line. The same name in two articles is one person, as
// with the real rules. Text holding "UNEXTRACTABLE" fails, as unusable text
// does with the real rules.
func fakeExtract(r model.Raw) (model.Facts, error) {
	text := strings.TrimSpace(r.Text)
	if strings.Contains(text, "UNEXTRACTABLE") {
		return model.Facts{}, errors.New("no sentence to read in the text")
	}
	id := schema.ArticleID(text)
	f := model.Facts{Article: model.Article{ID: id, Source: r.Source, Title: r.Title, Text: text}}
	offset := 0
	for _, line := range strings.Split(text, "\n") {
		span := model.Span{Start: offset, End: offset + len([]rune(line))}
		offset = span.End + 1
		name, title, ok := strings.Cut(line, ",")
		if !ok {
			continue
		}
		name, title = strings.TrimSpace(name), strings.TrimSpace(title)
		p := model.Person{ID: schema.PersonID(name), Name: name, Mentions: []model.Span{span}}
		pos := model.Position{ID: schema.PositionID(title, ""), Title: title, Mentions: []model.Span{span}}
		f.People = append(f.People, p)
		f.Positions = append(f.Positions, pos)
		f.Tenures = append(f.Tenures, model.Tenure{Person: p.ID, Position: pos.ID, PrintedTitle: title, Evidence: []model.Span{span}})
	}
	return f, nil
}

// articles writes n small articles into a folder and returns it.
func articles(t testing.TB, n int) string {
	t.Helper()
	dir := t.TempDir()
	people := []string{"Võ Văn Minh", "Nguyễn Thị Nghĩa", "Nguyễn Phước Lộc", "Dương Anh Đức", "Tô Lâm"}
	titles := []string{"Phó Bí thư Thành ủy", "Chủ tịch HĐND", "Bí thư", "Ủy viên Ban Thường vụ"}
	for i := range n {
		var b strings.Builder
		fmt.Fprintf(&b, "Bài số %d.\n", i)
		for j := range 3 {
			fmt.Fprintf(&b, "%s, %s\n", people[(i+j)%len(people)], titles[(i*j)%len(titles)])
		}
		writeFile(t, filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), b.String())
	}
	return dir
}

func writeFile(t testing.TB, p, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func open(t *testing.T, db string) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
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

func sameQuads(t *testing.T, want, got map[quad.Quad]bool) {
	t.Helper()
	n := 0
	for q := range want {
		if !got[q] && n < 10 {
			t.Errorf("missing quad: %s", q)
			n++
		}
	}
	for q := range got {
		if !want[q] && n < 10 {
			t.Errorf("unexpected quad: %s", q)
			n++
		}
	}
	if len(want) != len(got) {
		t.Errorf("the store holds %d quads, want %d", len(got), len(want))
	}
}

var fake = Options{Extract: fakeExtract}

// TestBadInput: each kind of bad input is reported with the file it is in
// and what is wrong with it, and the good article beside it still loads.
func TestBadInput(t *testing.T) {
	good := "Võ Văn Minh, Phó Bí thư Thành ủy\n"
	tests := []struct {
		name  string
		files map[string]string // name → content; "" with size below for a sparse file
		size  int64             // a sparse file of this size named "big.txt"
		paths []string          // what to load, besides the folder; relative to it
		root  bool              // the case needs permissions that root ignores
		perm  string            // a file or folder to make unreadable
		want  []Failure         // sources relative to the folder
	}{
		{name: "invalid utf-8", files: map[string]string{"bad.txt": "Đồng chí V\xf5 Văn Minh"},
			want: []Failure{{"bad.txt", "invalid UTF-8 at byte offset 14 (byte 0xF5); is it in another encoding? Save it as UTF-8"}}},
		{name: "binary", files: map[string]string{"photo.txt": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
			want: []Failure{{"photo.txt", "binary, not text (a NUL byte at byte offset 8)"}}},
		{name: "empty", files: map[string]string{"empty.txt": ""},
			want: []Failure{{"empty.txt", "empty file"}}},
		{name: "whitespace", files: map[string]string{"blank.txt": "\n  \n\t\n"},
			want: []Failure{{"blank.txt", "empty: only whitespace"}}},
		{name: "50 MB", size: 50 << 20,
			want: []Failure{{"big.txt", "too large: 50.0 MB, the limit for one article is 5 MB"}}},
		{name: "missing path", paths: []string{"nowhere.txt"},
			want: []Failure{{"nowhere.txt", "no such file or folder"}}},
		{name: "bad jsonl line", files: map[string]string{"feed.jsonl": `{"text": "Tô Lâm, Tổng Bí thư"}` + "\n" + `{"text": "oops` + "\n" + `{"title": "no text"}` + "\n"},
			want: []Failure{{"feed.jsonl:2", "bad JSON: the object is not closed"}, {"feed.jsonl:3", `no "text" field`}}},
		{name: "unextractable", files: map[string]string{"menu.txt": "UNEXTRACTABLE"},
			want: []Failure{{"menu.txt", "no sentence to read in the text"}}},
		{name: "unreadable file", root: true, files: map[string]string{"secret.txt": "x"}, perm: "secret.txt",
			want: []Failure{{"secret.txt", "cannot read: permission denied"}}},
		{name: "unreadable folder", root: true, files: map[string]string{"locked/a.txt": "x"}, perm: "locked",
			want: []Failure{{"locked", "cannot read folder: permission denied"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.root && os.Geteuid() == 0 {
				t.Skip("running as root, which reads everything whatever its permissions: cannot test permission denied")
			}
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "good.txt"), good)
			for name, content := range tt.files {
				writeFile(t, filepath.Join(dir, name), content)
			}
			if tt.size > 0 {
				f, err := os.Create(filepath.Join(dir, "big.txt"))
				if err != nil {
					t.Fatal(err)
				}
				if err := f.Truncate(tt.size); err != nil { // sparse: instant, and no disk used
					t.Fatal(err)
				}
				f.Close()
			}
			if tt.perm != "" {
				p := filepath.Join(dir, tt.perm)
				if err := os.Chmod(p, 0o000); err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { os.Chmod(p, 0o755) })
			}
			paths := []string{dir}
			for _, p := range tt.paths {
				paths = append(paths, filepath.Join(dir, p))
			}
			st := open(t, store.Memory)
			rep, err := Load(context.Background(), st, paths, fake)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			var want []Failure
			for _, f := range tt.want {
				want = append(want, Failure{Source: filepath.Join(dir, f.Source), Msg: f.Msg})
			}
			if fmt.Sprint(rep.Failed) != fmt.Sprint(want) {
				t.Errorf("failures:\n%s\nwant:\n%s", lines(rep.Failed), lines(want))
			}
			loaded := 1 + strings.Count(tt.files["feed.jsonl"], "Tô Lâm")
			if rep.Loaded != loaded {
				t.Errorf("loaded %d articles, want %d (the good ones beside the bad)", rep.Loaded, loaded)
			}
			if !strings.Contains(rep.String(), want[0].String()) {
				t.Errorf("the report does not list %q:\n%s", want[0], rep)
			}
		})
	}
}

func lines(fs []Failure) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "  %s\n", f)
	}
	return b.String()
}

// TestIdempotent: loading the same articles again writes nothing, whatever
// the path they are named by.
func TestIdempotent(t *testing.T) {
	ctx := context.Background()
	dir := articles(t, 6)
	st := open(t, filepath.Join(t.TempDir(), "cadregraph.db"))
	first, err := Load(ctx, st, []string{dir}, fake)
	if err != nil {
		t.Fatal(err)
	}
	if first.Loaded != 6 || first.Present != 0 || first.Quads == 0 {
		t.Fatalf("first load: %+v", first)
	}
	n, err := st.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(first.Quads) {
		t.Errorf("the store holds %d quads, the report says %d were written", n, first.Quads)
	}
	// The same files again, one also through another path.
	second, err := Load(ctx, st, []string{dir, filepath.Join(dir, "..", filepath.Base(dir), "000.txt")}, fake)
	if err != nil {
		t.Fatal(err)
	}
	if second.Loaded != 0 || second.Present != 7 || second.Quads != 0 {
		t.Errorf("second load: loaded %d, present %d, quads %d; want 0, 7, 0", second.Loaded, second.Present, second.Quads)
	}
	if m, _ := st.Count(ctx); m != n {
		t.Errorf("the second load changed the store: %d quads, was %d", m, n)
	}
}

// TestInterrupted: a load cut short, by cancellation or by a store that
// fails, then run again, leaves the store as a load in one go does.
func TestInterrupted(t *testing.T) {
	ctx := context.Background()
	dir := articles(t, 12)
	whole := open(t, store.Memory)
	if _, err := Load(ctx, whole, []string{dir}, fake); err != nil {
		t.Fatal(err)
	}
	want := quadSet(t, whole.QuadStore())

	t.Run("canceled", func(t *testing.T) {
		st := open(t, filepath.Join(t.TempDir(), "cadregraph.db"))
		cctx, cancel := context.WithCancel(ctx)
		defer cancel()
		var n atomic.Int32
		opt := Options{Workers: 3, Extract: func(r model.Raw) (model.Facts, error) {
			if n.Add(1) == 5 {
				cancel()
			}
			return fakeExtract(r)
		}}
		rep, err := Load(cctx, st, []string{dir}, opt)
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Load after cancel: %v, want context.Canceled", err)
		}
		if rep.Loaded >= 12 {
			t.Fatalf("the canceled load loaded everything (%d)", rep.Loaded)
		}
		rep, err = Load(ctx, st, []string{dir}, fake)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Loaded+rep.Present != 12 {
			t.Errorf("rerun: loaded %d + present %d, want 12", rep.Loaded, rep.Present)
		}
		sameQuads(t, want, quadSet(t, st.QuadStore()))
	})

	t.Run("store fails mid-article", func(t *testing.T) {
		st := open(t, filepath.Join(t.TempDir(), "cadregraph.db"))
		torn := &tearing{QuadStore: st.QuadStore(), failAt: 4}
		perArticle := fake
		perArticle.Batch = 1 // the 4th write is the 4th article's
		rep, err := load(ctx, torn, paths(dir), perArticle)
		if err == nil || !strings.Contains(err.Error(), "the disk is full") || !strings.Contains(err.Error(), "003.txt") {
			t.Fatalf("Load with a failing store: %v, want the store's error naming 003.txt", err)
		}
		if rep.Loaded != 3 {
			t.Errorf("loaded %d articles before the failure, want 3", rep.Loaded)
		}
		if _, err := Load(ctx, st, []string{dir}, fake); err != nil {
			t.Fatal(err)
		}
		sameQuads(t, want, quadSet(t, st.QuadStore()))
	})
}

func paths(p ...string) func(read.Options) iter.Seq2[model.Raw, error] {
	return func(ro read.Options) iter.Seq2[model.Raw, error] { return read.Paths(p, ro) }
}

// tearing is a store whose failAt-th write keeps half its quads and then
// fails, as a store without transactions might when the disk fills up.
type tearing struct {
	graph.QuadStore
	failAt int
	calls  int
}

func (s *tearing) ApplyDeltas(d []graph.Delta, o graph.IgnoreOpts) error {
	s.calls++
	if s.calls == s.failAt {
		if err := s.QuadStore.ApplyDeltas(d[:len(d)/2], o); err != nil {
			return err
		}
		return errors.New("the disk is full")
	}
	return s.QuadStore.ApplyDeltas(d, o)
}

// TestOrder: articles are extracted in parallel but written in input order.
func TestOrder(t *testing.T) {
	dir := articles(t, 20)
	var log bytes.Buffer
	opt := Options{Workers: 8, Log: &log, Extract: func(r model.Raw) (model.Facts, error) {
		// Later articles finish first.
		n := strings.TrimSuffix(filepath.Base(r.Source), ".txt")
		var i int
		fmt.Sscanf(n, "%d", &i)
		time.Sleep(time.Duration(20-i) * time.Millisecond)
		return fakeExtract(r)
	}}
	if _, err := Load(context.Background(), open(t, store.Memory), []string{dir}, opt); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(log.String()), "\n") {
		got = append(got, strings.TrimSuffix(strings.Fields(l)[1], ":"))
	}
	for i, p := range got {
		if want := filepath.Join(dir, fmt.Sprintf("%03d.txt", i)); p != want {
			t.Fatalf("write %d was %s, want %s; all:\n%s", i, p, want, log.String())
		}
	}
}

// TestPanic: an extraction bug on one article costs that article only.
func TestPanic(t *testing.T) {
	dir := articles(t, 3)
	opt := Options{Extract: func(r model.Raw) (model.Facts, error) {
		if strings.HasSuffix(r.Source, "001.txt") {
			var m map[string]int
			m["boom"]++ // a nil map: the kind of bug a rule can have
		}
		return fakeExtract(r)
	}}
	rep, err := Load(context.Background(), open(t, store.Memory), []string{dir}, opt)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Loaded != 2 || len(rep.Failed) != 1 || !strings.Contains(rep.Failed[0].Msg, "internal error") {
		t.Errorf("report: %+v", rep)
	}
}

func TestLoadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt":        {Data: []byte("Tô Lâm, Tổng Bí thư\n")},
		"b/feed.jsonl": {Data: []byte(`{"text": "Võ Văn Minh, Bí thư", "url": "https://example.vn/1"}` + "\n")},
	}
	var log bytes.Buffer
	rep, err := LoadFS(context.Background(), open(t, store.Memory), fsys, []string{"."}, Options{Extract: fakeExtract, Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Loaded != 2 || rep.Entities[schema.Person] != 2 || rep.Entities[schema.Position] != 2 {
		t.Errorf("report: %+v", rep)
	}
	if !strings.Contains(log.String(), "loaded https://example.vn/1 (b/feed.jsonl:1): article-") {
		t.Errorf("log:\n%s", log.String())
	}
}

func TestReportString(t *testing.T) {
	r := Report{
		Loaded: 4, Present: 1, Skipped: 2, Quads: 1234, Elapsed: 1500 * time.Millisecond,
		Entities: map[schema.Kind]int{schema.Person: 12, schema.Unit: 1, schema.Congress: 2},
		Failed:   []Failure{{"corpus/bad.txt", "invalid UTF-8 at byte offset 12 (byte 0xF5); is it in another encoding? Save it as UTF-8"}},
	}
	want := `loaded 4 articles in 1.5s: 1 already present, 1 failed
entities: 12 people, 1 unit, 0 positions, 2 congresses, 0 events, 0 documents
quads written: 1234
files passed over (not .txt or .jsonl, or hidden): 2
not loaded:
  corpus/bad.txt: invalid UTF-8 at byte offset 12 (byte 0xF5); is it in another encoding? Save it as UTF-8
`
	if got := r.String(); got != want {
		t.Errorf("String():\n%s\nwant:\n%s", got, want)
	}
}

// TestCorpus loads the sample corpus with the real extraction.
func TestCorpus(t *testing.T) {
	ctx := context.Background()
	st := open(t, store.Memory)
	rep, err := Load(ctx, st, []string{"../corpus"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Loaded != 5 || len(rep.Failed) != 0 {
		t.Fatalf("loading the sample corpus:\n%s", rep)
	}
	if rep.Entities[schema.Person] == 0 || rep.Quads == 0 {
		t.Errorf("the sample corpus gave no people:\n%s", rep)
	}
	again, err := Load(ctx, st, []string{"../corpus"}, Options{})
	if err != nil || again.Present != 5 || again.Quads != 0 {
		t.Errorf("loading it again: %v\n%s", err, again)
	}
}
