package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/date"
)

// graphTenure is a tenure as the API gives it, with its dates and evidence.
type graphTenure struct {
	Person   string
	Title    string
	Unit     string
	First    *string
	Last     *string
	Start    *string
	End      *string
	Evidence []apiMention
}

// TestGraphInvariants loads the sample corpus, the development set and the
// development part of the real set into one store (never the real set's
// frozen part) and holds the graph the API serves, where the sources of a
// tenure are merged, to what a researcher relies on: no tenure ends before it
// starts or is last seen before it is first seen (at the precision both
// dates share), every tenure rests on sentences, and every sentence names an
// article of the store. The loader's own TestInvariants holds each article's
// extraction to the same and more; this one holds what the merging makes of
// them; every entity's mentions and every document link's evidence name a
// stored article too. Each violation is reported with its article and
// sentence.
func TestGraphInvariants(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the development articles into a store")
	}
	base := server(t, "--db", "mem:", "--corpus", "corpus", "--corpus", "testdata/devset/corpus", "--corpus", realsetCorpus)
	stored := map[string]bool{}
	for _, a := range articlesOf(t, base) {
		stored[a.Source] = true
	}
	if len(stored) < 300 {
		t.Fatalf("%d articles in the store; the corpora hold more than 300", len(stored))
	}
	tenures := graphTenures(t, base)
	if len(tenures) < 1000 {
		t.Fatalf("%d tenures in the store; the corpora show more than 1,000", len(tenures))
	}
	checks := []struct {
		name  string
		check func(tn graphTenure) string // what is wrong, or ""
	}{
		{"tenure ends before it starts", func(tn graphTenure) string {
			if s, e := dateOf(t, tn.Start), dateOf(t, tn.End); !s.IsZero() && !e.IsZero() && e.Last().Before(s.First()) {
				return fmt.Sprintf("from %s to %s", s, e)
			}
			return ""
		}},
		{"tenure last seen before first seen", func(tn graphTenure) string {
			if f, l := dateOf(t, tn.First), dateOf(t, tn.Last); !f.IsZero() && !l.IsZero() && l.Last().Before(f.First()) {
				return fmt.Sprintf("first seen %s, last seen %s", f, l)
			}
			return ""
		}},
		{"tenure without evidence", func(tn graphTenure) string {
			if len(tn.Evidence) == 0 {
				return "no evidence"
			}
			return ""
		}},
		{"evidence naming no article of the store", func(tn graphTenure) string {
			for _, ev := range tn.Evidence {
				if ev.Article == nil || !stored[filepath.Base(ev.Article.Source)] {
					return fmt.Sprintf("evidence %q names no stored article", ev.Quote)
				}
			}
			return ""
		}},
	}
	t.Run("mention or link naming no article of the store", func(t *testing.T) {
		ms := graphMentions(t, base)
		links := 0
		for _, m := range ms {
			if strings.HasPrefix(m.of, "link ") {
				links++
			}
		}
		if len(ms) < 5000 || links < 30 {
			t.Fatalf("%d mentions, %d of document links; the corpora hold more than 5,000 and 30", len(ms), links)
		}
		for _, m := range ms {
			if m.article == "" || !stored[filepath.Base(m.article)] {
				t.Errorf("%s: %s names the article %q, which the store does not hold\n\t%s", m.article, m.of, m.article, m.quote)
			}
		}
	})
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			for _, tn := range tenures {
				if what := c.check(tn); what != "" {
					article, sentence := "<none>", "<none>"
					if len(tn.Evidence) > 0 {
						sentence = tn.Evidence[0].Quote
						if a := tn.Evidence[0].Article; a != nil {
							article = a.Source
						}
					}
					t.Errorf("%s: %s, %s [%s]: %s\n\t%s", article, tn.Person, tn.Title, tn.Unit, what, sentence)
				}
			}
		})
	}
}

// dateOf parses a date the API gives; the zero date for null.
func dateOf(t *testing.T, s *string) date.Date {
	t.Helper()
	if s == nil {
		return date.Date{}
	}
	d, err := date.Parse(*s)
	if err != nil {
		t.Fatalf("the API gave the date %q: %v", *s, err)
	}
	return d
}

// eachEntity calls each with every entity of kind the API lists, read as N
// from the fields asked of each node, a page of 100 at a time.
func eachEntity[N any](t *testing.T, base, kind, fields string, each func(N)) {
	t.Helper()
	after := "null"
	for {
		var d struct {
			Entities struct {
				PageInfo struct {
					HasNextPage bool
					EndCursor   string
				}
				Edges []struct{ Node N }
			}
		}
		query(t, base, `{ entities(kind: `+kind+`, first: 100, after: `+after+`) { pageInfo { hasNextPage endCursor }
			edges { node { `+fields+` } } } }`, &d)
		for _, e := range d.Entities.Edges {
			each(e.Node)
		}
		if !d.Entities.PageInfo.HasNextPage {
			return
		}
		after = fmt.Sprintf("%q", d.Entities.PageInfo.EndCursor)
	}
}

// apiMention is a sentence as the API gives it.
type apiMention struct {
	Quote   string
	Article *struct{ Source string }
}

// graphTenures is every person's tenures as the API gives them.
func graphTenures(t *testing.T, base string) []graphTenure {
	t.Helper()
	type person struct {
		Name    string
		Tenures []struct {
			FirstSeen, LastSeen, Start, End *string
			Position                        struct {
				Title string
				Unit  *struct{ Name string }
			}
			Evidence []apiMention
		}
	}
	var out []graphTenure
	eachEntity(t, base, "PERSON", `name ... on Person { tenures { firstSeen lastSeen start end position { title unit { name } }
		evidence { quote article { source } } } }`, func(p person) {
		for _, tn := range p.Tenures {
			g := graphTenure{Person: p.Name, Title: tn.Position.Title, First: tn.FirstSeen, Last: tn.LastSeen,
				Start: tn.Start, End: tn.End, Evidence: tn.Evidence}
			if tn.Position.Unit != nil {
				g.Unit = tn.Position.Unit.Name
			}
			out = append(out, g)
		}
	})
	return out
}

// graphMention is a sentence the API gives as an entity's mention or a
// document link's evidence: what it is of, its article's source and quote.
type graphMention struct {
	of, article, quote string
}

// graphMentions is every entity's mentions (a page of them each) and every
// document link's evidence, as the API gives them.
func graphMentions(t *testing.T, base string) []graphMention {
	t.Helper()
	type entity struct {
		Name     string
		Mentions struct{ Edges []struct{ Node apiMention } }
		// References are a document's links.
		References []struct {
			Relation string
			To       struct{ Name string }
			Evidence []apiMention
		}
	}
	add := func(out []graphMention, of string, m apiMention) []graphMention {
		g := graphMention{of: of, quote: m.Quote}
		if m.Article != nil {
			g.article = m.Article.Source
		}
		return append(out, g)
	}
	var out []graphMention
	for _, kind := range []string{"PERSON", "UNIT", "POSITION", "CONGRESS", "EVENT", "DOCUMENT"} {
		refs := ""
		if kind == "DOCUMENT" {
			refs = `... on Document { references { relation to { name } evidence { quote article { source } } } }`
		}
		eachEntity(t, base, kind, `name mentions(first: 100) { edges { node { quote article { source } } } } `+refs, func(e entity) {
			for _, m := range e.Mentions.Edges {
				out = add(out, kind+" "+e.Name, m.Node)
			}
			for _, r := range e.References {
				of := "link " + e.Name + " " + r.Relation + " " + r.To.Name
				if len(r.Evidence) == 0 {
					out = append(out, graphMention{of: of, quote: "<no evidence>"})
				}
				for _, m := range r.Evidence {
					out = add(out, of, m)
				}
			}
		})
	}
	return out
}
