package loader

import (
	"context"
	"fmt"
	"iter"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/loader/curation"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/read"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/cayley/graph"
)

// docExtract reads each line "KL 21 TW 2022" of an article as a document of
// kind, number, issuer sign and year (0: printed without one; "2022-06" with
// its month; "k12": without one, with its committee's term), as resolve
// gives them ids; a first line ending in a year ("Bài
// một, 2011.", "Bài hai, 2011-03.") dates the article's event.
func docExtract(r model.Raw) (model.Facts, error) {
	text := strings.TrimSpace(r.Text)
	f := model.Facts{Article: model.Article{ID: schema.ArticleID(text), Source: r.Source, Text: text}}
	first, _, _ := strings.Cut(text, "\n")
	if w := strings.Fields(strings.TrimSuffix(first, ".")); len(w) > 0 {
		if y, m, ok := yearMonth(w[len(w)-1]); ok {
			f.Article.EventDate, _ = date.Of(y, m, 0)
		}
	}
	offset := 0
	for _, line := range strings.Split(text, "\n") {
		span := model.Span{Start: offset, End: offset + len([]rune(line))}
		offset = span.End + 1
		w := strings.Fields(line)
		if len(w) != 4 {
			continue
		}
		year, month, _ := yearMonth(w[3])
		kind := schema.Conclusion
		sign, term := w[2], 0
		if t, ok := strings.CutPrefix(w[3], "k"); ok { // "KL 18 TW k12": cited with its term
			term, _ = strconv.Atoi(t)
			sign = schema.TermSign(w[2], term)
		}
		d := model.Document{ID: schema.DocumentID(kind, w[1], sign, year), Kind: kind, Number: w[1],
			Code: w[1] + "-KL/" + w[2], Name: "Kết luận số " + w[1] + "-KL/" + w[2], Term: term, Mentions: []model.Span{span}}
		if year > 0 {
			d.Issued, _ = date.Of(year, month, 0)
		}
		f.Documents = append(f.Documents, d)
	}
	return f, nil
}

// yearMonth reads "2011" or "2011-03".
func yearMonth(s string) (year, month int, ok bool) {
	ys, ms, _ := strings.Cut(s, "-")
	year, err := strconv.Atoi(ys)
	if err != nil {
		return 0, 0, false
	}
	month, _ = strconv.Atoi(ms)
	return year, month, true
}

func TestYearlessDocuments(t *testing.T) {
	ctx := context.Background()
	yearless := schema.DocumentID(schema.Conclusion, "21", "TW", 0)
	d2022 := schema.DocumentID(schema.Conclusion, "21", "TW", 2022)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "1.txt"), "Bài một.\nKL 21 TW 0\n")
	writeFile(t, filepath.Join(dir, "2.txt"), "Bài hai.\nKL 21 TW 2022\n")
	writeFile(t, filepath.Join(dir, "3.txt"), "Bài ba.\nKL 21 TW 2017\n")
	opt := Options{Extract: docExtract}
	st := open(t, filepath.Join(t.TempDir(), "db"))
	merged := func() string {
		for q := range quadSet(t, st.QuadStore()) {
			if q.Subject == schema.IRI(yearless) && q.Predicate == schema.MergedInto {
				id, _ := schema.IDOf(q.Object)
				return fmt.Sprintf("%s (%s)", id, q.Label)
			}
		}
		return "apart"
	}
	steps := []struct {
		file string
		want string
	}{
		{"1.txt", "apart"}, // yearless only: stays
		{"2.txt", d2022 + " (" + schema.LabelDerived.String() + ")"}, // one dated: joined
		{"3.txt", "apart"}, // two years: apart again
	}
	for _, s := range steps {
		if _, err := Load(ctx, st, []string{filepath.Join(dir, s.file)}, opt); err != nil {
			t.Fatal(err)
		}
		if got := merged(); got != s.want {
			t.Errorf("after %s: the yearless document is %s, want %s", s.file, got, s.want)
		}
	}
	// Apart again, the store is a fresh load's of the three articles.
	fresh := open(t, "mem:")
	if _, err := Load(ctx, fresh, []string{dir}, opt); err != nil {
		t.Fatal(err)
	}
	sameQuads(t, quadSet(t, fresh.QuadStore()), quadSet(t, st.QuadStore()))

	// Joined: the yearless document's facts are on the dated one, labels kept.
	st2 := open(t, "mem:")
	if _, err := Load(ctx, st2, []string{filepath.Join(dir, "1.txt"), filepath.Join(dir, "2.txt")}, opt); err != nil {
		t.Fatal(err)
	}
	n := 0
	for q := range quadSet(t, st2.QuadStore()) {
		if q.Subject == schema.IRI(yearless) && q.Predicate != schema.MergedInto && q.Predicate != schema.JoinKey {
			t.Errorf("the joined document keeps %v", q)
		}
		if q.Object == schema.IRI(d2022) && q.Predicate == schema.Mentions {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d articles mention the dated document, want 2", n)
	}
}

// A yearless citation joins the dated document its article can mean: one
// of the issuer's term the article is written in, issued before it.
// Articles of dates that leave different documents, or none, keep it apart.
// Central documents (TW) are placed by the national congresses (April 2006,
// January 2011, 2016, 2021), local ones (TU) by the local congress years
// (2015, 2020), other signs by a span of five years after the document.
func TestYearlessDocumentsByYear(t *testing.T) {
	tests := []struct {
		name     string
		sign     string
		articles []string // each an article's text
		want     int      // the year of the document the yearless one joins, or 0: apart
	}{
		// 01-QĐNS/TW of 2006 and of 2011: two documents, each cited bare in its term.
		{"cited the year after", "TW", []string{"Một, 2007.\nKL 01 TW 0", "Hai, 2006.\nKL 01 TW 2006-06"}, 2006},
		{"cited in the next term", "TW", []string{"Một, 2011-03.\nKL 01 TW 0", "Hai, 2006.\nKL 01 TW 2006-06"}, 0},
		{"cited before it was issued", "TW", []string{"Một, 2005.\nKL 01 TW 0", "Hai, 2006.\nKL 01 TW 2006-06"}, 0},
		{"cited the month before it was issued", "TW", []string{"Một, 2006-05.\nKL 01 TW 0", "Hai, 2006.\nKL 01 TW 2006-06"}, 0},
		{"two terms, the later one meant", "TW", []string{"Một, 2012.\nKL 01 TW 0", "Hai, 2006.\nKL 01 TW 2006-06", "Ba, 2011.\nKL 01 TW 2011-03"}, 2011},
		{"two terms, the earlier one meant", "TW", []string{"Một, 2008.\nKL 01 TW 0", "Hai, 2006.\nKL 01 TW 2006-06", "Ba, 2011.\nKL 01 TW 2011-03"}, 2006},
		{"citing articles that mean different ones", "TW", []string{"Một, 2008.\nKL 01 TW 0", "Bốn, 2012.\nKL 01 TW 0", "Hai, 2006.\nKL 01 TW 2006-06", "Ba, 2011.\nKL 01 TW 2011-03"}, 0},
		// 18-NQ/TW of 25/10/2017 (khóa XII): a 2025 page may mean that of 16/6/2022 (khóa XIII).
		{"a landmark cited bare a term later", "TW", []string{"Một, 2025.\nKL 18 TW 0", "Hai, 2017.\nKL 18 TW 2017-10"}, 0},
		{"a landmark cited bare in its term", "TW", []string{"Một, 2019.\nKL 18 TW 0", "Hai, 2017.\nKL 18 TW 2017-10"}, 2017},
		{"one code in two terms, cited in the second", "TW", []string{"Một, 2023.\nKL 18 TW 0", "Hai, 2017.\nKL 18 TW 2017-10", "Ba, 2022.\nKL 18 TW 2022-06"}, 2022},
		{"issued in a congress year, month unknown", "TW", []string{"Một, 2022.\nKL 18 TW 0", "Hai, 2021.\nKL 18 TW 2021"}, 0},
		{"issued after the congress of its year", "TW", []string{"Một, 2022.\nKL 18 TW 0", "Hai, 2021.\nKL 18 TW 2021-05"}, 2021},
		{"cited in a congress year, month unknown", "TW", []string{"Một, 2021.\nKL 18 TW 0", "Hai, 2017.\nKL 18 TW 2017-10"}, 0},
		{"cited in a congress year before the congress", "TW", []string{"Một, 2016-01.\nKL 18 TW 0", "Hai, 2013.\nKL 18 TW 2013-05"}, 0},
		{"cited in the January before the congress's month", "TW", []string{"Một, 2006-02.\nKL 18 TW 0", "Hai, 2003.\nKL 18 TW 2003-05"}, 2003},
		// Provincial committees meet in 2015, 2020, 2025.
		{"local, cited in its term", "TU", []string{"Một, 2019.\nKL 01 TU 0", "Hai, 2016.\nKL 01 TU 2016-05"}, 2016},
		{"local, cited in the congress year", "TU", []string{"Một, 2020.\nKL 01 TU 0", "Hai, 2016.\nKL 01 TU 2016-05"}, 0},
		{"local, cited a term later", "TU", []string{"Một, 2021.\nKL 01 TU 0", "Hai, 2016.\nKL 01 TU 2016-05"}, 0},
		// A sign whose terms are not read: five years after the document.
		{"other issuer, within five years", "TWĐTN", []string{"Một, 2012.\nKL 01 TWĐTN 0", "Hai, 2008.\nKL 01 TWĐTN 2008"}, 2008},
		{"other issuer, five years on", "TWĐTN", []string{"Một, 2013.\nKL 01 TWĐTN 0", "Hai, 2008.\nKL 01 TWĐTN 2008"}, 0},
		{"an undated article, one dated document", "TW", []string{"Một.\nKL 01 TW 0", "Hai, 2006.\nKL 01 TW 2006-06"}, 2006},
		{"an undated article, two dated documents", "TW", []string{"Một.\nKL 01 TW 0", "Hai, 2006.\nKL 01 TW 2006-06", "Ba, 2011.\nKL 01 TW 2011-03"}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			paths := writeArticles(t, tc.articles)
			lines := strings.Split(tc.articles[0], "\n")
			number := strings.Fields(lines[len(lines)-1])[1]
			yearless := schema.DocumentID(schema.Conclusion, number, tc.sign, 0)
			want := "apart"
			if tc.want != 0 {
				want = schema.DocumentID(schema.Conclusion, number, tc.sign, tc.want)
			}
			checkJoined(t, paths, yearless, want, "the yearless document")
		})
	}
}

// checkJoined loads paths all at once and one by one, and fails t unless
// each way the document yearless is merged into want ("apart": into none);
// what names it in the failure. The join must not depend on what a load
// saw before.
func checkJoined(t *testing.T, paths []string, yearless, want, what string) {
	t.Helper()
	for _, batch := range [][][]string{{paths}, splitPaths(paths)} {
		st := open(t, "mem:")
		for _, ps := range batch {
			if _, err := Load(context.Background(), st, ps, Options{Extract: docExtract}); err != nil {
				t.Fatal(err)
			}
		}
		got := "apart"
		for q := range quadSet(t, st.QuadStore()) {
			if q.Subject == schema.IRI(yearless) && q.Predicate == schema.MergedInto {
				got, _ = schema.IDOf(q.Object)
			}
		}
		if got != want {
			t.Errorf("loaded in %d steps: %s is %s, want %s", len(batch), what, got, want)
		}
	}
}

// writeArticles writes each text, a line ended, as its own article 0.txt,
// 1.txt, ... in a new folder, and returns their paths in order.
func writeArticles(t testing.TB, texts []string) []string {
	t.Helper()
	dir := t.TempDir()
	paths := make([]string, len(texts))
	for i, text := range texts {
		paths[i] = filepath.Join(dir, strconv.Itoa(i)+".txt")
		writeFile(t, paths[i], text+"\n")
	}
	return paths
}

func splitPaths(ps []string) [][]string {
	out := make([][]string, len(ps))
	for i, p := range ps {
		out[i] = []string{p}
	}
	return out
}

// deltaCounter counts the quads a store is asked to add and delete.
type deltaCounter struct {
	graph.QuadStore
	adds, dels int
}

func (c *deltaCounter) ApplyDeltas(ds []graph.Delta, o graph.IgnoreOpts) error {
	for _, d := range ds {
		if d.Action == graph.Add {
			c.adds++
		} else {
			c.dels++
		}
	}
	return c.QuadStore.ApplyDeltas(ds, o)
}

// An article citing a document without its year is held back until the
// load has seen the dated one, and then written once, joined: nothing it
// adds is deleted again. Past the bound on held text, or when the join
// comes from a later load, the article is written at once and rewritten.
// A held article keeps its extraction, or past their bound its text alone.
// Either way the store is the same.
func TestHeldArticles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "1.txt"), "Bài một.\nKL 21 TW 0\n")
	writeFile(t, filepath.Join(dir, "2.txt"), "Bài hai.\nKL 21 TW 2022\n")
	writeFile(t, filepath.Join(dir, "3.txt"), "Bài ba.\nKL 5 TW 0\n") // never joins
	all := []string{filepath.Join(dir, "1.txt"), filepath.Join(dir, "2.txt"), filepath.Join(dir, "3.txt")}
	twice := append(all, filepath.Join(dir, "1.txt")) // a held article read twice is reported once present

	want := open(t, "mem:") // the join made by a second load, rewriting article 1
	for _, p := range all {
		if _, err := Load(ctx, want, []string{p}, Options{Extract: docExtract}); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name      string
		hold      int
		holdFacts int
		wantDels  bool
		// extracts: the four read, 2.txt again when the join rewrites it (it
		// states the dated document), and the held articles again when
		// they are held as text (1, 3 and 1), or rewritten (1).
		extracts int
	}{
		{"held", 0, 0, false, 5},
		{"extractions past their bound", 0, 1, false, 8},
		{"past the bound", 1, 1, true, 6},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			st := open(t, "mem:")
			qs := &deltaCounter{QuadStore: st.QuadStore()}
			extracts := 0
			count := func(r model.Raw) (model.Facts, error) {
				extracts++ // the workers run one at a time: Workers is 1
				return docExtract(r)
			}
			opt := Options{Extract: count, Workers: 1, hold: c.hold, holdFacts: c.holdFacts}
			rep, err := load(ctx, qs, func(ro read.Options) iter.Seq2[model.Raw, error] { return read.Paths(twice, ro) }, opt)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Loaded != 3 || rep.Present != 1 || rep.Joined != 1 {
				t.Errorf("loaded %d, present %d, joined %d; want 3, 1 and 1:\n%s", rep.Loaded, rep.Present, rep.Joined, rep)
			}
			if got := qs.dels > 0; got != c.wantDels {
				t.Errorf("%d quads deleted, want deletes: %v", qs.dels, c.wantDels)
			}
			if extracts != c.extracts {
				t.Errorf("%d extractions, want %d", extracts, c.extracts)
			}
			sameQuads(t, quadSet(t, want.QuadStore()), quadSet(t, st.QuadStore()))

			// Loading them again holds nothing back and changes nothing.
			qs.adds, qs.dels = 0, 0
			rep, err = load(ctx, qs, func(ro read.Options) iter.Seq2[model.Raw, error] { return read.Paths(all, ro) }, opt)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Present != 3 || qs.adds+qs.dels != 0 {
				t.Errorf("a second load: %d present, %d adds, %d deletes; want 3, 0, 0", rep.Present, qs.adds, qs.dels)
			}
		})
	}
}

// Each province numbers its own documents: 05-NQ/TU of Quảng Trị and of Yên
// Bái, both of 2021, are two resolutions, and a page of 2022 that cites
// Quảng Trị's without its date joins that one. A citation whose issuer the
// page leaves unsaid joins neither. Read by the whole extraction.
func TestLocalDocumentsByIssuer(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	pages := map[string]string{
		"qt.txt":   "Tỉnh ủy Quảng Trị ban hành nghị quyết\n\nNgày 5/3/2021, Tỉnh ủy Quảng Trị ban hành Nghị quyết số 05-NQ/TU ngày 5/3/2021 của Tỉnh ủy Quảng Trị về phát triển du lịch.",
		"yb.txt":   "Tỉnh ủy Yên Bái ban hành nghị quyết\n\nNgày 10/4/2021, Tỉnh ủy Yên Bái ban hành Nghị quyết số 05-NQ/TU ngày 10/4/2021 của Tỉnh ủy Yên Bái về chuyển đổi số.",
		"qt2.txt":  "Quảng Trị sơ kết nghị quyết\n\nNgày 6/5/2022, Tỉnh ủy Quảng Trị sơ kết Nghị quyết số 05-NQ/TU của Tỉnh ủy Quảng Trị về phát triển du lịch.",
		"bare.txt": "Sơ kết nghị quyết\n\nNgày 7/5/2022, các chi bộ sơ kết Nghị quyết số 05-NQ/TU về phát triển.",
	}
	var paths []string
	for name, text := range pages {
		p := filepath.Join(dir, name)
		writeFile(t, p, text+"\n")
		paths = append(paths, p)
	}
	st := open(t, "mem:")
	if _, err := Load(ctx, st, paths, Options{}); err != nil {
		t.Fatal(err)
	}
	// The documents coded 05-NQ/TU: their issuers, and where each is merged.
	coded := map[string]bool{}
	issuers := map[string][]string{}
	merged := map[string]string{}
	names := map[string]string{}
	for q := range quadSet(t, st.QuadStore()) {
		id, ok := schema.IDOf(q.Subject)
		if !ok {
			continue
		}
		switch q.Predicate {
		case schema.Code:
			coded[id] = curation.Key(q.Object) == "05-NQ/TU"
		case schema.IssuedBy:
			u, _ := schema.IDOf(q.Object)
			issuers[id] = append(issuers[id], u)
		case schema.MergedInto:
			merged[id], _ = schema.IDOf(q.Object)
		case schema.Name:
			names[id] = curation.Key(q.Object)
		}
	}
	var qt, yb, bare []string
	for id := range coded {
		us := issuers[id]
		if !coded[id] {
			continue
		}
		switch {
		case len(us) > 1:
			t.Errorf("%s has %d issuers %v: two provinces' documents merged", id, len(us), us)
		case len(us) == 0:
			bare = append(bare, id)
		case strings.Contains(names[us[0]], "Quảng Trị"):
			qt = append(qt, id)
		default:
			yb = append(yb, id)
		}
	}
	if len(qt) != 1 || len(yb) != 1 || len(bare) != 1 {
		t.Fatalf("documents coded 05-NQ/TU: Quảng Trị's %v, Yên Bái's %v, with no issuer %v; want one each", qt, yb, bare)
	}
	var into []string
	for from, to := range merged {
		if to == qt[0] {
			into = append(into, from)
		}
		if to == yb[0] || from == bare[0] {
			t.Errorf("%s is merged into %s", from, to)
		}
	}
	if len(into) != 1 || !strings.Contains(into[0], "quang-tri") {
		t.Errorf("merged into Quảng Trị's resolution: %v, want its bare citation alone", into)
	}
}

// A citation printed with its committee's term (khóa) and no year means
// that term's document of the code, whatever the citing page's date: a 2025
// page citing "Nghị quyết số 18-NQ/TW ... khóa XII" means that of 2017, not
// the 18-NQ/TW of 2022 (khóa XIII).
func TestYearlessDocumentsByTerm(t *testing.T) {
	tests := []struct {
		name     string
		articles []string
		want     int // the year of the document joined, or 0: apart
	}{
		{"a landmark cited with its term a term later", []string{"Một, 2025.\nKL 18 TW k12", "Hai, 2017.\nKL 18 TW 2017-10"}, 2017},
		{"one code in two terms, the earlier named", []string{"Một, 2025.\nKL 18 TW k12", "Hai, 2017.\nKL 18 TW 2017-10", "Ba, 2022.\nKL 18 TW 2022-06"}, 2017},
		{"one code in two terms, the later named", []string{"Một, 2025.\nKL 18 TW k13", "Hai, 2017.\nKL 18 TW 2017-10", "Ba, 2022.\nKL 18 TW 2022-06"}, 2022},
		{"an undated page naming the term", []string{"Một.\nKL 18 TW k12", "Hai, 2017.\nKL 18 TW 2017-10", "Ba, 2022.\nKL 18 TW 2022-06"}, 2017},
		{"no document of the term named", []string{"Một, 2025.\nKL 18 TW k11", "Hai, 2017.\nKL 18 TW 2017-10"}, 0},
		{"a document of the congress's month cannot be placed", []string{"Một, 2025.\nKL 18 TW k13", "Hai, 2021.\nKL 18 TW 2021-01"}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			paths := writeArticles(t, tc.articles)
			first := strings.Fields(strings.Split(tc.articles[0], "\n")[1])
			khoa, _ := strconv.Atoi(strings.TrimPrefix(first[3], "k"))
			yearless := schema.DocumentID(schema.Conclusion, first[1], schema.TermSign(first[2], khoa), 0)
			want := "apart"
			if tc.want != 0 {
				want = schema.DocumentID(schema.Conclusion, first[1], first[2], tc.want)
			}
			checkJoined(t, paths, yearless, want, "the citation")
		})
	}
}
