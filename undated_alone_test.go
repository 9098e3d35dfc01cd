package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/vn"
)

// realsetCorpus is the development part of the real set: real pages from many
// sites and years, about a third of which print no year the loader can read.
const realsetCorpus = "testdata/realset/corpus"

// TestUndatedPostsAmongOthers: every post the loader reads from a page the
// graph cannot date is in the graph, whether the page is loaded alone or with
// every other page of the real set. Other articles may date a tenure, end it
// or give its unit another name, but never take a (person, title) away from
// the page that states it. The undated pages' posts once seemed to come and
// go with unrelated changes (b043, b040): what came and went was a window of
// kgeval's printed misses, capped at 40 a kind, not the graph; this holds the
// graph to it at every change.
func TestUndatedPostsAmongOthers(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the real set's development part once, then each undated page alone")
	}
	whole := server(t, "--db", "mem:", "--corpus", realsetCorpus)
	var undated []string
	for _, a := range articlesOf(t, whole) {
		if a.EventDate == nil {
			undated = append(undated, a.Source)
		}
	}
	if len(undated) < 10 {
		t.Fatalf("%d undated pages in %s; the test needs many", len(undated), realsetCorpus)
	}
	together := postsByArticle(t, whole)
	for _, source := range undated {
		t.Run(source, func(t *testing.T) {
			path := filepath.Join(realsetCorpus, source)
			read := strings.Join(extractedPosts(t, path), "\n")
			alone := postsByArticle(t, server(t, "--db", "mem:", "--corpus", path))
			if got := strings.Join(alone[source], "\n"); got != read {
				t.Errorf("posts of the page loaded alone:\n%s\nwant those the loader reads from it:\n%s", got, read)
			}
			if got := strings.Join(together[source], "\n"); got != read {
				t.Errorf("posts of the page among the others:\n%s\nwant those the loader reads from it:\n%s", got, read)
			}
		})
	}
}

// extractedPosts is the sorted set of "person | title" the loader reads from
// the article at path.
func extractedPosts(t *testing.T, path string) []string {
	t.Helper()
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := loader.Extract(model.Raw{Source: filepath.Base(path), Text: string(text)})
	if err != nil {
		t.Fatal(err)
	}
	names, titles := map[string]string{}, map[string]string{}
	for _, p := range f.People {
		names[p.ID] = p.Name
	}
	for _, p := range f.Positions {
		titles[p.ID] = p.Title
	}
	var out []string
	for _, tn := range f.Tenures {
		if post := vn.Key(names[tn.Person]) + " | " + titles[tn.Position]; !slices.Contains(out, post) {
			out = append(out, post)
		}
	}
	slices.Sort(out)
	return out
}

type articleRow struct {
	Source    string
	EventDate *string
}

// articlesOf lists the articles the server at base holds, by base name.
func articlesOf(t *testing.T, base string) []articleRow {
	t.Helper()
	var out []articleRow
	after := "null"
	for {
		var d struct {
			Articles struct {
				PageInfo struct {
					HasNextPage bool
					EndCursor   string
				}
				Edges []struct{ Node articleRow }
			}
		}
		query(t, base, `{ articles(first: 100, after: `+after+`) { pageInfo { hasNextPage endCursor } edges { node { source eventDate } } } }`, &d)
		for _, e := range d.Articles.Edges {
			e.Node.Source = filepath.Base(e.Node.Source)
			out = append(out, e.Node)
		}
		if !d.Articles.PageInfo.HasNextPage {
			return out
		}
		after = fmt.Sprintf("%q", d.Articles.PageInfo.EndCursor)
	}
}

// postsByArticle is, by the base name of each article, the sorted set of
// "person | title" its evidence shows, as kgeval reads them: every person's
// tenures with the articles of their evidence.
func postsByArticle(t *testing.T, base string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, tn := range graphTenures(t, base) {
		// A person is one whatever the tone placement of the name each
		// article prints (Trương Hoà Bình, Trương Hòa Bình): the graph
		// names them once, so the name is compared as vn.Key writes it.
		post := vn.Key(tn.Person) + " | " + tn.Title
		for _, ev := range tn.Evidence {
			if ev.Article == nil {
				continue
			}
			a := filepath.Base(ev.Article.Source)
			if !slices.Contains(out[a], post) {
				out[a] = append(out[a], post)
			}
		}
	}
	for _, posts := range out {
		slices.Sort(posts)
	}
	return out
}
