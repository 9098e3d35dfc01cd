package loader

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/curation"
	"github.com/cadregraph/cadregraph/loader/write"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/store"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// TestReextractCorpus: every article of the sample corpus, extracted again
// from the text stored with it, gives the quads the store holds for it (its
// own, its statement records and the shared facts they state), and
// the walk from the article's node finds them all: what rewriting an article
// under a new curation or extractor relies on.
func TestReextractCorpus(t *testing.T) {
	ctx := context.Background()
	st := open(t, "mem:")
	if _, err := Load(ctx, st, []string{"../corpus"}, Options{}); err != nil {
		t.Fatal(err)
	}
	qs := st.QuadStore()
	all := quadSet(t, qs)
	byLabel := map[quad.Value]map[quad.Quad]bool{}
	for q := range all {
		if byLabel[q.Label] == nil {
			byLabel[q.Label] = map[quad.Quad]bool{}
		}
		byLabel[q.Label][q] = true
	}
	arts := articleIDs(t, qs)
	if len(arts) != 5 {
		t.Fatalf("%d articles, want 5", len(arts))
	}
	for _, id := range arts {
		walked, err := write.ArticleQuads(ctx, qs, id)
		if err != nil {
			t.Fatal(err)
		}
		sameQuads(t, byLabel[schema.ArticleLabel(id)], setOf(walked))
		again, err := reextract(ctx, qs, id, Options{})
		if err != nil {
			t.Fatal(err)
		}
		// What the store keeps of it: its own quads and records, and the
		// shared facts they state, each in the store.
		own := byLabel[schema.ArticleLabel(id)]
		shared, err := schema.Stating(walked, slices.Collect(maps.Keys(byLabel[schema.LabelShared])))
		if err != nil {
			t.Fatal(err)
		}
		if len(shared) == 0 {
			t.Errorf("%s: its records state no shared fact", id)
		}
		want := maps.Clone(own)
		for _, q := range shared {
			if !all[q] {
				t.Errorf("%s: %v is stated but not stored", id, q)
			}
			want[q] = true
		}
		sameQuads(t, want, setOf(schema.Share(id, again)))
	}
}

func setOf(qs []quad.Quad) map[quad.Quad]bool {
	m := map[quad.Quad]bool{}
	for _, q := range qs {
		m[q] = true
	}
	return m
}

func articleIDs(t *testing.T, qs graph.QuadStore) []string {
	t.Helper()
	var out []string
	for q := range quadSet(t, qs) {
		if q.Predicate == schema.RDFType && q.Object == schema.ClassArticle {
			id, _ := schema.IDOf(q.Subject)
			out = append(out, id)
		}
	}
	return out
}

// fixture writes the articles of the curation tests: a1 and a2 name the same
// man two ways, a3 (loaded later) names him the second way again.
func fixture(t *testing.T) (dir string, later string) {
	dir = t.TempDir()
	writeFile(t, filepath.Join(dir, "a1.txt"), "Bài một.\nVõ Văn Minh, Bí thư Thành ủy\nNguyễn Văn Nên, Ủy viên Bộ Chính trị\n")
	writeFile(t, filepath.Join(dir, "a2.txt"), "Bài hai.\nVõ V. Minh, Chủ tịch HĐND\nVăn Minh, Phóng viên\n")
	later = filepath.Join(t.TempDir(), "a3.txt")
	writeFile(t, later, "Bài ba.\nVõ V. Minh, Phó Bí thư\n")
	return dir, later
}

func curationFile(t *testing.T, yaml string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "curation.yaml")
	if err := os.WriteFile(p, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// loadCurated loads paths into db with the curation yaml ("" for none) and
// the fake extraction, closes the store, and gives the report and the quads.
func loadCurated(t *testing.T, db string, paths []string, yaml string) (*Report, map[quad.Quad]bool) {
	t.Helper()
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	opt := fake
	if yaml != "" {
		opt.Curation = curationFile(t, yaml)
	}
	rep, err := Load(context.Background(), st, paths, opt)
	if err != nil {
		t.Fatal(err)
	}
	return &rep, quadSet(t, st.QuadStore())
}

// facts is the store's quads as "s p o" lines of ids and values, without
// labels, for asserting what a reader sees.
func has(set map[quad.Quad]bool, s string, p quad.IRI, o quad.Value) bool {
	for q := range set {
		if q.Subject == schema.IRI(s) && q.Predicate == p && q.Object == o {
			return true
		}
	}
	return false
}

// statedByArticle reports whether a statement record in set, labelled with
// the article it names, states the shared fact q.
func statedByArticle(t *testing.T, set map[quad.Quad]bool, q quad.Quad) bool {
	t.Helper()
	for r := range set {
		if r.Subject != q.Subject || r.Predicate != schema.Stated || !schema.IsArticleLabel(r.Label) {
			continue
		}
		facts, err := schema.Stating([]quad.Quad{r}, []quad.Quad{q})
		if err != nil {
			t.Fatal(err)
		}
		if len(facts) == 1 {
			return true
		}
	}
	return false
}

func subjectQuads(set map[quad.Quad]bool, s string) []quad.Quad {
	var out []quad.Quad
	for q := range set {
		if q.Subject == schema.IRI(s) {
			out = append(out, q)
		}
	}
	return out
}

const mergeYAML = `merge:
  - from: {person: "Võ V. Minh"}
    into: {person: "Võ Văn Minh"}
`

func TestCurationMerge(t *testing.T) {
	dir, later := fixture(t)
	db := filepath.Join(t.TempDir(), "db")
	x, y := schema.PersonID("Võ V. Minh"), schema.PersonID("Võ Văn Minh")
	chu := schema.IRI(schema.PositionID("Chủ tịch HĐND", ""))

	rep, set := loadCurated(t, db, []string{dir}, mergeYAML)
	if rep.Curation == nil || rep.Curation.Rewritten != 1 {
		t.Fatalf("curation report: %+v", rep.Curation)
	}
	if got := subjectQuads(set, x); len(got) != 1 || got[0].Predicate != schema.MergedInto || got[0].Label != schema.LabelCuration {
		t.Errorf("the merged person keeps %v, want only its mergedInto", got)
	}
	if !has(set, y, schema.Holds, chu) || !has(set, y, schema.Alias, quad.String("Võ V. Minh")) {
		t.Errorf("the survivor lacks the merged person's post or name")
	}
	// The moved fact is stored once, and an article's statement record of
	// the survivor states it.
	moved := quad.Quad{Subject: schema.IRI(y), Predicate: schema.Holds, Object: chu, Label: schema.LabelShared}
	if !set[moved] {
		t.Errorf("the survivor's post is not stored once: %v", subjectQuads(set, y))
	}
	if !statedByArticle(t, set, moved) {
		t.Errorf("no article's statement record states the moved fact %v", moved)
	}
	// A later article naming the merged person lands on the survivor.
	rep2, set := loadCurated(t, db, []string{later}, "")
	if rep2.Loaded != 1 {
		t.Fatalf("later load: %+v", rep2)
	}
	pho := schema.IRI(schema.PositionID("Phó Bí thư", ""))
	if !has(set, y, schema.Holds, pho) || len(subjectQuads(set, x)) != 1 {
		t.Errorf("the later article was not redirected to the survivor")
	}

	// Loading again with the same curation changes nothing.
	before := set
	rep3, after := loadCurated(t, db, []string{dir, later}, mergeYAML)
	if !rep3.Curation.Unchanged || rep3.Loaded != 0 {
		t.Errorf("reload: %+v %+v", rep3, rep3.Curation)
	}
	sameQuads(t, before, after)

	// Taking the merge out of the file takes it back: the store is a fresh
	// load with the edited file.
	_, edited := loadCurated(t, db, nil, "merge: []\n")
	_, fresh := loadCurated(t, "mem:", []string{dir, later}, "merge: []\n")
	sameQuads(t, fresh, edited)
}

func TestCurationOperations(t *testing.T) {
	dir, _ := fixture(t)
	minh, nen := schema.PersonID("Võ Văn Minh"), schema.PersonID("Nguyễn Văn Nên")
	bithu := schema.PositionID("Bí thư Thành ủy", "")
	var a1 string
	{
		_, set := loadCurated(t, "mem:", []string{dir}, "")
		for q := range set {
			if q.Predicate == schema.Source && q.Object == quad.String(filepath.Join(dir, "a1.txt")) {
				a1, _ = schema.IDOf(q.Subject)
			}
		}
	}
	yaml := `
split:
  - {entity: {person: "Nguyễn Văn Nên"}, name: "Nguyễn Văn Nên (Tây Ninh)", articles: [` + a1 + `]}
rename:
  - {entity: {person: "Võ Văn Minh"}, name: "Võ Văn Minh (TPHCM)"}
drop:
  - {subject: ` + minh + `, predicate: holds, object: ` + bithu + `}
add:
  - fact: {subject: {person: "Văn Minh"}, predicate: alias, object: "VM"}
  - tenure: {person: {person: "Võ Văn Minh"}, title: "Bí thư Thành ủy", start: 2024-06-01, note: "Quyết định của Bộ Chính trị"}
external:
  - {entity: ` + minh + `, ids: ["wikidata:Q1"]}
`
	rep, set := loadCurated(t, "mem:", []string{dir}, yaml)
	if rep.Curation == nil || rep.Curation.Added == 0 {
		t.Fatalf("curation report %+v", rep.Curation)
	}
	split := schema.ID(schema.Person, "split "+nen+" "+"nguyễn văn nên (tây ninh)")
	if !has(set, split, schema.SplitFrom, schema.IRI(nen)) || !has(set, split, schema.Name, quad.String("Nguyễn Văn Nên (Tây Ninh)")) {
		t.Errorf("split: no new entity %s", split)
	}
	if len(subjectQuads(set, nen)) != 0 {
		t.Errorf("split: %s keeps %v", nen, subjectQuads(set, nen))
	}
	if !has(set, minh, schema.Name, quad.String("Võ Văn Minh (TPHCM)")) {
		t.Error("rename: no curated name")
	}
	// The dropped holds edge is gone from the article; the added tenure
	// puts it back with the curation's label.
	for q := range set {
		if q.Subject == schema.IRI(minh) && q.Predicate == schema.Holds && q.Label != schema.LabelCuration {
			t.Errorf("drop: %v stays", q)
		}
	}
	tenure := schema.TenureID(minh, bithu)
	if !has(set, minh, schema.Holds, schema.IRI(bithu)) || !has(set, tenure, schema.PersonOf, schema.IRI(minh)) {
		t.Error("add tenure: no holds edge or tenure")
	}
	if !has(set, schema.PersonID("Văn Minh"), schema.Alias, quad.String("VM")) {
		t.Error("add fact: no alias")
	}
	if !has(set, minh, schema.ExternalID, quad.String("wikidata:Q1")) {
		t.Error("external: no id")
	}

	// Loading again: the curation still resolves (the split entity has no
	// quads of its own left) and changes nothing.
	db := filepath.Join(t.TempDir(), "db")
	_, first := loadCurated(t, db, []string{dir}, yaml)
	rep, second := loadCurated(t, db, []string{dir}, yaml)
	if !rep.Curation.Unchanged {
		t.Errorf("second load: %+v", rep.Curation)
	}
	sameQuads(t, first, second)
	sameQuads(t, set, second)
}

// TestCurationAtomic: a curation with an unknown entity fails, naming its
// line, and leaves the store as it was.
func TestCurationAtomic(t *testing.T) {
	ctx := context.Background()
	dir, _ := fixture(t)
	st := open(t, "mem:")
	if _, err := Load(ctx, st, []string{dir}, Options{Extract: fakeExtract, Curation: curationFile(t, mergeYAML)}); err != nil {
		t.Fatal(err)
	}
	before := quadSet(t, st.QuadStore())
	for _, bad := range []string{
		mergeYAML + "rename:\n  - {entity: {person: \"Không Có Ai\"}, name: X}\n",
		"merge:\n  - {from: {person: \"Văn Minh\"}, into: {unit: \"Thành ủy\"}}\n",
		"merge:\n  - {from: {person: \"Văn Minh\"}, into: {person: \"Võ Văn Minh\"}}\n  - {from: {person: \"Võ Văn Minh\"}, into: {person: \"Văn Minh\"}}\n",
		"merge: [\n",
	} {
		_, err := Load(ctx, st, nil, Options{Extract: fakeExtract, Curation: curationFile(t, bad)})
		if err == nil || !strings.Contains(err.Error(), "curation.yaml:") {
			t.Errorf("curation %q: error %v, want one naming the file and line", bad, err)
		}
		sameQuads(t, before, quadSet(t, st.QuadStore()))
	}
}

var _ = curation.Key

// TestExtractorVersion: articles written by another version of the rules
// are extracted again, under the curation, and the store is a fresh load's.
func TestExtractorVersion(t *testing.T) {
	dir, later := fixture(t)
	db := filepath.Join(t.TempDir(), "db")
	st := open(t, db)
	ctx := context.Background()
	opt := Options{Extract: fakeExtract, Version: "old", Curation: curationFile(t, mergeYAML)}
	if _, err := Load(ctx, st, []string{dir}, opt); err != nil {
		t.Fatal(err)
	}
	opt.Version = "new"
	rep, err := Load(ctx, st, []string{later}, opt)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Refreshed != 2 || rep.Loaded != 1 || !rep.Curation.Unchanged {
		t.Errorf("report: %+v", rep)
	}
	fresh := open(t, "mem:")
	if _, err := Load(ctx, fresh, []string{dir, later}, opt); err != nil {
		t.Fatal(err)
	}
	sameQuads(t, quadSet(t, fresh.QuadStore()), quadSet(t, st.QuadStore()))
	again, err := Load(ctx, st, nil, opt)
	if err != nil || again.Refreshed != 0 {
		t.Errorf("a third load refreshed %d articles (%v)", again.Refreshed, err)
	}
}

// TestNQuads: a store's quads written as N-Quads load back into a fresh
// store as they were, labels kept, twice without change; a bad line writes
// nothing and names the line.
func TestNQuads(t *testing.T) {
	ctx := context.Background()
	dir, _ := fixture(t)
	st := open(t, "mem:")
	if _, err := Load(ctx, st, []string{dir}, Options{Extract: fakeExtract, Curation: curationFile(t, mergeYAML)}); err != nil {
		t.Fatal(err)
	}
	want := quadSet(t, st.QuadStore())
	var b strings.Builder
	for q := range want {
		b.WriteString(q.NQuad() + "\n")
	}
	nq := filepath.Join(t.TempDir(), "graph.nq")
	writeFile(t, nq, b.String())
	back := open(t, "mem:")
	for range 2 {
		rep, err := Load(ctx, back, []string{nq}, fake)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Imported != len(want) {
			t.Errorf("imported %d quads, want %d", rep.Imported, len(want))
		}
		sameQuads(t, want, quadSet(t, back.QuadStore()))
	}
	bad := filepath.Join(t.TempDir(), "bad.nquads")
	writeFile(t, bad, b.String()+"<a> <b> .\n")
	empty := open(t, "mem:")
	if _, err := Load(ctx, empty, []string{bad}, fake); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("bad.nquads:%d:", len(want)+1)) {
		t.Errorf("a bad line: %v", err)
	}
	if n := len(quadSet(t, empty.QuadStore())); n != 0 {
		t.Errorf("a bad file wrote %d quads", n)
	}
}

// TestCurationExample applies README's example to the sample corpus with
// the real extraction: each correction shows, and a second load changes
// nothing.
func TestCurationExample(t *testing.T) {
	ctx := context.Background()
	example := filepath.Join("curation", "testdata", "example.yaml")
	db := filepath.Join(t.TempDir(), "db")
	st := open(t, db)
	rep, err := Load(ctx, st, []string{"../corpus"}, Options{Curation: example})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Curation == nil || rep.Curation.Rewritten == 0 {
		t.Fatalf("report: %s", rep)
	}
	set := quadSet(t, st.QuadStore())
	kim, k := schema.PersonID("Kim Thành"), schema.PersonID("K Thành")
	lam := schema.PersonID("Tô Lâm")
	tbt := schema.PositionID("Tổng Bí thư", schema.UnitID("Ban Chấp hành Trung ương Đảng", ""))
	for _, c := range []struct {
		what string
		ok   bool
	}{
		{"K Thành merged into Kim Thành", has(set, k, schema.MergedInto, schema.IRI(kim))},
		{"Kim Thành has the photographer's role", has(set, kim, schema.HasRole, quad.String("PHOTOGRAPHER"))},
		{"the unnamed city's Thành ủy merged", has(set, "unit-dang-bo-thanh-pho-article-678f5f69f0ab5c6d-8d33c8c6a6", schema.MergedInto, schema.IRI(schema.UnitID("Thành ủy TPHCM", "")))},
		{"Đảng bộ TPHCM renamed", has(set, schema.UnitID("Đảng bộ TPHCM", ""), schema.Name, quad.String("Đảng bộ Thành phố Hồ Chí Minh"))},
		{"Tô Lâm holds Tổng Bí thư", has(set, lam, schema.Holds, schema.IRI(tbt))},
		{"Tô Lâm's external id", has(set, lam, schema.ExternalID, quad.String("wikidata:Q0000001"))},
		{"Văn Minh's role dropped", !has(set, schema.PersonID("Văn Minh"), schema.HasRole, quad.String("AUTHOR"))},
	} {
		if !c.ok {
			t.Errorf("%s: no", c.what)
		}
	}
	again, err := Load(ctx, st, []string{"../corpus"}, Options{Curation: example})
	if err != nil || !again.Curation.Unchanged || again.Loaded != 0 {
		t.Errorf("second load: %v\n%s", err, again)
	}
	sameQuads(t, set, quadSet(t, st.QuadStore()))
}

// TestCurationByName: an entity named by its name alone, once merged, has
// its name as the survivor's alias; the next load still reads the name as
// the merged entity (the curation's bindings), and changes nothing.
func TestCurationByName(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "1.txt"), "Bài một.\nKL 21 TW 2017\n")
	writeFile(t, filepath.Join(dir, "2.txt"), "Bài hai.\nKL 22 TW 2018\n")
	yaml := "merge:\n  - {from: {document: \"Kết luận số 22-KL/TW\"}, into: {document: \"Kết luận số 21-KL/TW\"}}\n"
	db := filepath.Join(t.TempDir(), "db")
	ctx := context.Background()
	var sets []map[quad.Quad]bool
	for i := range 2 {
		st, err := store.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := Load(ctx, st, []string{dir}, Options{Extract: docExtract, Curation: curationFile(t, yaml)})
		if err != nil {
			st.Close()
			t.Fatalf("load %d: %v", i+1, err)
		}
		if i == 1 && !rep.Curation.Unchanged {
			t.Errorf("second load: %+v", rep.Curation)
		}
		sets = append(sets, quadSet(t, st.QuadStore()))
		st.Close()
	}
	sameQuads(t, sets[0], sets[1])
	d22 := schema.DocumentID(schema.Conclusion, "22", "TW", 2018)
	if !has(sets[1], d22, schema.MergedInto, schema.IRI(schema.DocumentID(schema.Conclusion, "21", "TW", 2017))) {
		t.Error("not merged")
	}
}

// TestCurationOnMerged: a correction naming a merged entity lands on its
// survivor, where readers see it.
func TestCurationOnMerged(t *testing.T) {
	dir, _ := fixture(t)
	yaml := mergeYAML + "external:\n  - {entity: {person: \"Võ V. Minh\"}, ids: [\"wikidata:Q2\"]}\n"
	_, set := loadCurated(t, "mem:", []string{dir}, yaml)
	if !has(set, schema.PersonID("Võ Văn Minh"), schema.ExternalID, quad.String("wikidata:Q2")) {
		t.Error("the external id is not on the survivor")
	}
}

// TestStoredQuads: the quads stored for each article, found by one scan of
// the store for many articles or by walks for a few, are those labelled with
// it and the shared facts its statement records state, on memory and on
// bolt.
func TestStoredQuads(t *testing.T) {
	ctx := context.Background()
	for _, db := range []string{"mem:", filepath.Join(t.TempDir(), "db")} {
		st := open(t, db)
		if _, err := Load(ctx, st, []string{"../corpus", "../testdata/devset/corpus"}, Options{}); err != nil {
			t.Fatal(err)
		}
		qs := st.QuadStore()
		byLabel := map[quad.Value]map[quad.Quad]bool{}
		for q := range quadSet(t, qs) {
			if byLabel[q.Label] == nil {
				byLabel[q.Label] = map[quad.Quad]bool{}
			}
			byLabel[q.Label][q] = true
		}
		arts := articleIDs(t, qs)
		cases := []struct {
			name string
			ids  []string
		}{
			{"scan", append(arts, "article-not-stored")},
			{"walk", arts[:3]},
		}
		for _, c := range cases {
			if c.name == "scan" && len(c.ids) <= 8 {
				t.Fatalf("%d articles: too few to scan", len(c.ids))
			}
			got, err := write.StoredQuads(ctx, qs, c.ids)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(c.ids) {
				t.Errorf("%s %s: %d articles, want %d", db, c.name, len(got), len(c.ids))
			}
			for _, id := range c.ids {
				want := byLabel[schema.ArticleLabel(id)]
				shared, err := schema.Stating(slices.Collect(maps.Keys(want)), slices.Collect(maps.Keys(byLabel[schema.LabelShared])))
				if err != nil {
					t.Fatal(err)
				}
				for _, q := range shared {
					want[q] = true
				}
				sameQuads(t, want, setOf(got[id]))
			}
		}
	}
}
