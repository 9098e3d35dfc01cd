package synth

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/cadregraph/cadregraph/loader/normalize"
	"github.com/cadregraph/cadregraph/schema"
)

// corpusSize is how many articles the tests normalise: enough to catch two
// alike, few enough for the race detector in CI (normalising is its cost). The benchmarks' 10,000 are
// checked distinct as generated (TestCorpusTextsAreDistinct), and a load
// that found two alike would fail BenchmarkLoadCorpus.
func corpusSize() int {
	if testing.Short() {
		return 200
	}
	return 1000
}

func TestArticleIsDeterministic(t *testing.T) {
	for _, i := range []int{0, 1, 999, 12345} {
		a, b := Article(7, i), Article(7, i)
		if a != b {
			t.Errorf("article %d differs between two calls", i)
		}
		if Article(8, i).Text == a.Text {
			t.Errorf("article %d is the same for seeds 7 and 8", i)
		}
	}
}

func TestCorpusTextsAreDistinct(t *testing.T) {
	seen := map[string]int{}
	i := 0
	for raw := range Corpus(1, 10000) {
		if j, ok := seen[raw.Text]; ok {
			t.Fatalf("articles %d and %d are the same text", j, i)
		}
		seen[raw.Text] = i
		i++
	}
}

// TestCorpusArticlesAreDistinct checks what a load of the corpus needs:
// every article normalises to a text of its own, so that no article is
// taken for another already loaded.
func TestCorpusArticlesAreDistinct(t *testing.T) {
	ids := map[string]int{}
	i := 0
	for raw := range Corpus(1, corpusSize()) {
		doc, err := normalize.Normalize(raw)
		if err != nil {
			t.Fatalf("article %d: %v", i, err)
		}
		id := schema.ArticleID(doc.Text)
		if j, ok := ids[id]; ok {
			t.Fatalf("articles %d and %d normalise to the same text:\n%s", j, i, doc.Text)
		}
		ids[id] = i
		i++
	}
}

// TestCorpusFanOut checks that the corpus makes a graph and not a set of
// islands: people, provinces and documents recur across articles.
func TestCorpusFanOut(t *testing.T) {
	n := 2000
	comrade := regexp.MustCompile(`đồng chí ((?:\p{Lu}\p{Ll}+ ){1,3}\p{Lu}\p{Ll}+)`)
	code := regexp.MustCompile(`\d+-(?:NQ|KL|CT|QĐ)/TW`)
	people, codes := map[string]int{}, map[string]int{}
	for raw := range Corpus(1, n) {
		for _, m := range comrade.FindAllStringSubmatch(raw.Text, -1) {
			people[m[1]]++
		}
		for _, m := range code.FindAllString(raw.Text, -1) {
			codes[m]++
		}
	}
	// Most mentions are of people named again elsewhere, though many
	// people, as in real news, are named once.
	mentions, recurring := 0, 0
	for _, c := range people {
		mentions += c
		if c >= 5 {
			recurring += c
		}
	}
	if len(people) < 200 || recurring < mentions/2 {
		t.Errorf("%d people named %d times, %d of these of people named 5 times or more: want a few hundred people, most mentions recurring", len(people), mentions, recurring)
	}
	hubs := 0
	for _, k := range codes {
		if k >= n/100 {
			hubs++
		}
	}
	if len(codes) < 8 || hubs < len(codes)/2 {
		t.Errorf("%d central document codes cited, %d of them in 1%% of articles or more: want most of the table, most of them hubs", len(codes), hubs)
	}
}

func TestWriteDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	size, err := WriteDir(dir, 3, 20)
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 20 {
		t.Fatalf("%d files written, want 20", len(entries))
	}
	var total int64
	for i, e := range entries {
		if e.Name() != Name(i) {
			t.Errorf("file %d is %s, want %s", i, e.Name(), Name(i))
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != Article(3, i).Text {
			t.Errorf("%s does not hold article %d", e.Name(), i)
		}
		total += int64(len(b))
	}
	if total != size {
		t.Errorf("WriteDir reported %d bytes, the files hold %d", size, total)
	}
}
