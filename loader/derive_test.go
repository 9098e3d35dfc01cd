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
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/read"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/cayley/graph"
)

// docExtract reads each line "KL 21 TW 2022" of an article as a document of
// kind, number, issuer sign and year (0: printed without one), as resolve
// gives them ids; a first line ending in a year ("Bài một, 2011.") dates
// the article's event.
func docExtract(r model.Raw) (model.Facts, error) {
	text := strings.TrimSpace(r.Text)
	f := model.Facts{Article: model.Article{ID: schema.ArticleID(text), Source: r.Source, Text: text}}
	first, _, _ := strings.Cut(text, "\n")
	if w := strings.Fields(strings.TrimSuffix(first, ".")); len(w) > 0 {
		if y, err := strconv.Atoi(w[len(w)-1]); err == nil {
			f.Article.EventDate, _ = date.Of(y, 0, 0)
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
		year, _ := strconv.Atoi(w[3])
		kind := schema.Conclusion
		d := model.Document{ID: schema.DocumentID(kind, w[1], w[2], year), Kind: kind, Number: w[1],
			Code: w[1] + "-KL/" + w[2], Name: "Kết luận số " + w[1] + "-KL/" + w[2], Mentions: []model.Span{span}}
		if year > 0 {
			d.Issued, _ = date.Of(year, 0, 0)
		}
		f.Documents = append(f.Documents, d)
	}
	return f, nil
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
// issued by the article's year and less than a term before it. Articles of
// years that leave different documents, or none, keep it apart.
func TestYearlessDocumentsByYear(t *testing.T) {
	ctx := context.Background()
	yearless := schema.DocumentID(schema.Conclusion, "01", "TW", 0)
	id := func(y int) string { return schema.DocumentID(schema.Conclusion, "01", "TW", y) }
	tests := []struct {
		name     string
		articles []string // each an article's text
		want     string   // the id the yearless document joins, or "apart"
	}{
		{"cited the year after", []string{"Một, 2007.\nKL 01 TW 0", "Hai, 2006.\nKL 01 TW 2006"}, id(2006)},
		{"cited a term later", []string{"Một, 2011.\nKL 01 TW 0", "Hai, 2006.\nKL 01 TW 2006"}, "apart"},
		{"cited before it was issued", []string{"Một, 2005.\nKL 01 TW 0", "Hai, 2006.\nKL 01 TW 2006"}, "apart"},
		{"two terms, the later one meant", []string{"Một, 2012.\nKL 01 TW 0", "Hai, 2006.\nKL 01 TW 2006", "Ba, 2011.\nKL 01 TW 2011"}, id(2011)},
		{"two terms, the earlier one meant", []string{"Một, 2008.\nKL 01 TW 0", "Hai, 2006.\nKL 01 TW 2006", "Ba, 2011.\nKL 01 TW 2011"}, id(2006)},
		{"citing articles that mean different ones", []string{"Một, 2008.\nKL 01 TW 0", "Bốn, 2012.\nKL 01 TW 0", "Hai, 2006.\nKL 01 TW 2006", "Ba, 2011.\nKL 01 TW 2011"}, "apart"},
		{"an undated article, one dated document", []string{"Một.\nKL 01 TW 0", "Hai, 2006.\nKL 01 TW 2006"}, id(2006)},
		{"an undated article, two dated documents", []string{"Một.\nKL 01 TW 0", "Hai, 2006.\nKL 01 TW 2006", "Ba, 2011.\nKL 01 TW 2011"}, "apart"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			var paths []string
			for i, text := range tc.articles {
				p := filepath.Join(dir, strconv.Itoa(i)+".txt")
				writeFile(t, p, text+"\n")
				paths = append(paths, p)
			}
			// All at once, and one by one: the same join.
			for _, batch := range [][][]string{{paths}, splitPaths(paths)} {
				st := open(t, "mem:")
				for _, ps := range batch {
					if _, err := Load(ctx, st, ps, Options{Extract: docExtract}); err != nil {
						t.Fatal(err)
					}
				}
				got := "apart"
				for q := range quadSet(t, st.QuadStore()) {
					if q.Subject == schema.IRI(yearless) && q.Predicate == schema.MergedInto {
						got, _ = schema.IDOf(q.Object)
					}
				}
				if got != tc.want {
					t.Errorf("loaded in %d steps: the yearless document is %s, want %s", len(batch), got, tc.want)
				}
			}
		})
	}
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
