package loader

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// invariantInputs are the articles whose graph TestInvariants reads: the
// sample corpus, the development set and the development part of the real
// set (never its frozen part, which is scored once, unread).
var invariantInputs = []string{
	"../corpus/*.txt",
	"../testdata/devset/corpus/*.txt",
	"../testdata/realset/corpus/*.txt",
}

// extracted is one article's graph as the loader writes it, with what the
// invariants look facts up by.
type extracted struct {
	file      string
	facts     model.Facts
	text      []rune
	people    map[string]model.Person
	positions map[string]model.Position
}

// sentence is the text of the span s of the article, or why there is none.
func (a *extracted) sentence(s model.Span) string {
	if s.Start < 0 || s.End > len(a.text) || s.Start >= s.End {
		return fmt.Sprintf("<span %d-%d outside the article's %d runes>", s.Start, s.End, len(a.text))
	}
	return string(a.text[s.Start:s.End])
}

// evidence is the first sentence of spans, for a report.
func (a *extracted) evidence(spans []model.Span) string {
	if len(spans) == 0 {
		return "<no evidence>"
	}
	return a.sentence(spans[0])
}

// post names a tenure's person and post for a report.
func (a *extracted) post(t model.Tenure) string {
	q := a.positions[t.Position]
	return fmt.Sprintf("%s: %s [%s]", a.people[t.Person].Name, q.Title, q.Unit)
}

// A violation is a fact of one article that no reader would accept.
type violation struct {
	file, what, sentence string
}

// invariants are what a researcher relies on in every article's graph.
var invariants = []struct {
	name  string
	check func(a *extracted) []violation
}{
	{"tenure ends before it starts", func(a *extracted) []violation {
		var out []violation
		for _, t := range a.facts.Tenures {
			if !t.Start.IsZero() && !t.End.IsZero() && before(t.End, t.Start) {
				out = append(out, violation{a.file, fmt.Sprintf("%s from %s to %s", a.post(t), t.Start, t.End), a.evidence(t.Evidence)})
			}
		}
		return out
	}},
	{"post both ended and held in one article", func(a *extracted) []violation {
		var out []violation
		event := a.facts.Article.EventDate
		if event.IsZero() {
			return nil
		}
		type key struct{ person, position string }
		ended, held := map[key]model.Tenure{}, map[key]model.Tenure{}
		for _, t := range a.facts.Tenures {
			k := key{t.Person, t.Position}
			switch {
			case !t.End.IsZero() && before(t.End, event):
				ended[k] = t
			case t.End.IsZero() && !t.Seen.IsZero() && !before(t.Seen, event):
				held[k] = t
			}
		}
		for k, t := range ended {
			if h, ok := held[k]; ok {
				out = append(out, violation{a.file, fmt.Sprintf("%s ended %s, held %s", a.post(t), t.End, h.Seen), a.evidence(t.Evidence) + " | " + a.evidence(h.Evidence)})
			}
		}
		return out
	}},
	{"tenure without evidence", func(a *extracted) []violation {
		var out []violation
		for _, t := range a.facts.Tenures {
			if len(t.Evidence) == 0 {
				out = append(out, violation{a.file, a.post(t), "<no evidence>"})
			}
		}
		return out
	}},
	{"evidence outside the article", func(a *extracted) []violation {
		var out []violation
		check := func(what string, spans []model.Span) {
			for _, s := range spans {
				if s.Start < 0 || s.End > len(a.text) || s.Start >= s.End {
					out = append(out, violation{a.file, what, a.sentence(s)})
				}
			}
		}
		for _, t := range a.facts.Tenures {
			check(a.post(t), t.Evidence)
		}
		for _, p := range a.facts.People {
			check(p.Name, p.Mentions)
		}
		for _, l := range a.facts.Links {
			check(l.From+" "+l.Relation+" "+l.To, l.Evidence)
		}
		for _, d := range a.facts.Documents {
			check(d.Name, d.Mentions)
		}
		return out
	}},
	{"person named by one syllable", func(a *extracted) []violation {
		var out []violation
		for _, p := range a.named() {
			if len(strings.Fields(p.Name)) < 2 {
				out = append(out, violation{a.file, p.Name, a.evidence(p.Mentions)})
			}
		}
		return out
	}},
	{"person named by no Vietnamese syllables", func(a *extracted) []violation {
		var out []violation
		for _, p := range a.named() {
			for _, w := range strings.Fields(p.Name) {
				if vn.Tones(w) > 1 {
					out = append(out, violation{a.file, p.Name, a.evidence(p.Mentions)})
					break
				}
			}
		}
		return out
	}},
	{"author or photographer named by a unit's or a place's words", func(a *extracted) []violation {
		// What a unit's name of two words or more, or a place's after its
		// level, opens on: a pen name opens on none (Thành Cường, Ban Mai).
		openings := slices.Clone(lexicon.PlaceWords())
		for _, h := range lexicon.UnitHeads() {
			if strings.Contains(h.Text, " ") {
				openings = append(openings, h.Text)
			}
		}
		var out []violation
		for _, p := range a.facts.People {
			if !slices.Contains(p.Roles, schema.RoleAuthor) && !slices.Contains(p.Roles, schema.RolePhotographer) {
				continue
			}
			for _, o := range openings {
				if rest, ok := strings.CutPrefix(vn.Key(p.Name), o+" "); ok && rest != "" {
					out = append(out, violation{a.file, p.Name, a.evidence(p.Mentions)})
					break
				}
			}
		}
		return out
	}},
	{"person named by a unit's words", func(a *extracted) []violation {
		var out []violation
		for _, p := range a.named() {
			if s, ok := a.unitLike(p); ok {
				out = append(out, violation{a.file, p.Name, s})
			}
		}
		return out
	}},
}

// named are the people the article's text names, not its credits: a byline
// prints a pen name or initials (N.HÀ, TT) as the site signs.
func (a *extracted) named() []model.Person {
	var out []model.Person
	for _, p := range a.facts.People {
		if !slices.Contains(p.Roles, schema.RoleAuthor) && !slices.Contains(p.Roles, schema.RolePhotographer) {
			out = append(out, p)
		}
	}
	return out
}

// unitLike reports whether p's name is a unit's words rather than a
// person's, and the sentence that shows it: the name opens on the first
// word of a unit's head that is no family name (Ban Cán, of Ban Cán sự
// Đoàn), or one of its sentences goes on after the name with the rest of a
// compound its last syllable begins (Đoàn Đại, of Bí thư Đoàn Đại học ...).
func (a *extracted) unitLike(p model.Person) (string, bool) {
	words := strings.Fields(vn.Key(p.Name))
	heads := slices.Concat(lexicon.SmallHeads(), lexicon.CapitalHeads())
	for _, h := range heads {
		if strings.Fields(h)[0] == words[0] && !lexicon.FamilyName(words[0]) {
			return a.evidence(p.Mentions), true
		}
	}
	name := vn.Key(p.Name)
	for _, m := range p.Mentions {
		s := vn.Key(a.sentence(m))
		for k := strings.Index(s, name); k >= 0; {
			rest := strings.Fields(s[k+len(name):])
			if len(rest) > 0 {
				for _, c := range lexicon.Compounds() {
					if strings.HasPrefix(c, words[len(words)-1]+" "+rest[0]) {
						return a.sentence(m), true
					}
				}
			}
			next := strings.Index(s[k+1:], name)
			if next < 0 {
				break
			}
			k += 1 + next
		}
	}
	return "", false
}

// before reports whether d is before e at the precision both share: every
// day d may stand for is before every day e may (2020 is before none of
// 2020-05's days).
func before(d, e date.Date) bool { return d.Last().Before(e.First()) }

// TestInvariants extracts every article the team develops on and holds each
// article's graph to what a researcher relies on: tenures that end after
// they start, a post not both ended and held in one article, people named as
// people, every fact resting on sentences of its article. Each violation is
// reported with its article and sentence.
func TestInvariants(t *testing.T) {
	var files []string
	for _, pattern := range invariantInputs {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatalf("glob %s: %v", pattern, err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatalf("no articles in %v", invariantInputs)
	}
	sort.Strings(files)
	articles := make([]*extracted, 0, len(files))
	for _, file := range files {
		text, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Extract(model.Raw{Source: filepath.Base(file), Text: string(text)})
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		a := &extracted{file: file, facts: f, text: []rune(f.Article.Text), people: map[string]model.Person{}, positions: map[string]model.Position{}}
		for _, p := range f.People {
			a.people[p.ID] = p
		}
		for _, p := range f.Positions {
			a.positions[p.ID] = p
		}
		articles = append(articles, a)
	}
	for _, inv := range invariants {
		t.Run(inv.name, func(t *testing.T) {
			for _, a := range articles {
				for _, v := range inv.check(a) {
					t.Errorf("%s: %s\n\t%s", v.file, v.what, v.sentence)
				}
			}
		})
	}
}
