// Package emit turns one article's facts into quads: the loader's last pure
// stage. Every quad is labelled with the article's IRI, so that what the graph
// knows always says where it was read; the loader then stores the facts that
// are the same whoever states them once, with the article's statement records
// (schema.Share).
package emit

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
)

// Quads is the article's graph as quads, each once, in a stable order. extractor
// names the version of the extraction that produced f.
func Quads(f model.Facts, extractor string) []quad.Quad {
	// Sized for the article at the start: growing the set of quads seen
	// was a tenth of emit's time.
	size := sizeOf(f)
	e := emitter{
		label: schema.ArticleLabel(f.Article.ID),
		art:   f.Article,
		seen:  make(map[written]struct{}, size),
		out:   make([]quad.Quad, 0, size),
	}
	e.article(f.Article, extractor)
	units := map[string]string{}
	for _, u := range f.Units {
		units[u.ID] = u.Name
	}
	for _, p := range f.People {
		n := e.entity(p.ID, schema.ClassPerson, p.Name, p.Aliases, p.Mentions)
		for _, r := range p.Roles {
			e.add(n, schema.HasRole, quad.String(string(r)))
		}
	}
	for _, u := range f.Units {
		n := e.entity(u.ID, schema.ClassUnit, u.Name, u.Aliases, u.Mentions)
		e.str(n, schema.HasUnitKind, string(u.Kind))
		e.ref(n, schema.Parent, u.Parent)
		e.date(n, schema.Founded, u.Founded)
		e.int(n, schema.PartyMembers, u.PartyMembers)
		e.int(n, schema.BaseOrganisations, u.BaseOrganisations)
	}
	for _, p := range f.Positions {
		n := e.entity(p.ID, schema.ClassPosition, schema.PositionName(p.Title, units[p.Unit]), nil, p.Mentions)
		e.str(n, schema.PostTitle, p.Title)
		e.ref(n, schema.InUnit, p.Unit)
	}
	for _, t := range f.Tenures {
		e.tenure(t)
	}
	for _, c := range f.Congresses {
		n := e.entity(c.ID, schema.ClassCongress, c.Name, c.Aliases, c.Mentions)
		e.ref(n, schema.HeldBy, c.Unit)
		e.int(n, schema.Ordinal, c.Ordinal)
		e.str(n, schema.Term, c.Term)
		e.date(n, schema.StartDate, c.Start)
		e.date(n, schema.EndDate, c.End)
		e.str(n, schema.Motto, c.Motto)
		e.str(n, schema.Theme, c.Theme)
		if c.MentionedOnly {
			e.add(n, schema.MentionedOnly, quad.Bool(true))
		}
		for _, d := range c.Adopted {
			e.ref(n, schema.Adopted, d)
		}
		e.speakers(n, c.Speakers)
	}
	for _, v := range f.Events {
		n := e.entity(v.ID, schema.ClassEvent, v.Name, v.Aliases, v.Mentions)
		e.ref(n, schema.HeldBy, v.Unit)
		e.date(n, schema.StartDate, v.Start)
		e.date(n, schema.EndDate, v.End)
		e.speakers(n, v.Speakers)
	}
	for _, d := range f.Documents {
		n := e.entity(d.ID, schema.ClassDocument, d.Name, d.Aliases, d.Mentions)
		e.str(n, schema.HasDocKind, string(d.Kind))
		e.str(n, schema.Number, d.Number)
		e.str(n, schema.Code, d.Code)
		e.ref(n, schema.IssuedBy, d.Issuer)
		e.date(n, schema.Issued, d.Issued)
		e.str(n, schema.Subject, d.Subject)
		e.int(n, schema.CitedTerm, d.Term)
	}
	for _, l := range f.Links {
		id := schema.LinkID(l.From, l.To, l.Relation)
		n := schema.IRI(id)
		e.add(n, schema.RDFType, schema.ClassDocumentLink)
		e.ref(n, schema.LinkFrom, l.From)
		e.ref(n, schema.LinkTo, l.To)
		e.str(n, schema.Relation, l.Relation)
		for _, s := range l.Evidence {
			e.add(n, schema.Evidence, e.mention(s))
		}
		// The direct edge a drawing follows is named by the same relation
		// (schema.DocRelations); the recognisers state only those.
		if d, ok := schema.DocRelationOf(schema.Rel(l.Relation)); ok {
			e.add(schema.IRI(l.From), d.Pred, schema.IRI(l.To))
		}
	}
	return e.out
}

// sizeOf guesses how many quads emit writes for f, a little over what the
// synthetic corpus (loader/synth) and the real pages average: about 10 an
// entity with its mentions, 8 a tenure or a link. It guessed 40 an entity
// when search tokens were quads: nearly four times what an article writes,
// allocated for each article (a fifth of extraction's bytes).
func sizeOf(f model.Facts) int {
	entities := len(f.People) + len(f.Units) + len(f.Positions) + len(f.Congresses) + len(f.Events) + len(f.Documents)
	return 16 + 12*entities + 8*len(f.Tenures) + 8*len(f.Links)
}

type emitter struct {
	label quad.IRI
	art   model.Article
	out   []quad.Quad
	seen  map[written]struct{}
	// at is the byte offset of each rune of the article's text and of its
	// end, made for the first quote: a quote is cut out of the text, not
	// made again from its runes. runes is the text as runes instead, for a
	// text that is not valid UTF-8 (whose bad bytes a quote spells U+FFFD).
	at    []int32
	runes []rune
}

// written is a quad emit wrote, as the set of those tells it: every quad
// has the article's label, and subject and predicate are IRIs, so only the
// object is hashed as an interface (a quad.Quad key hashes four, the
// label's long IRI among them).
type written struct {
	s, p quad.IRI
	o    quad.Value
}

func (e *emitter) add(s quad.IRI, p quad.IRI, o quad.Value) {
	k := written{s, p, o}
	if _, ok := e.seen[k]; ok {
		return
	}
	e.seen[k] = struct{}{}
	e.out = append(e.out, quad.Quad{Subject: s, Predicate: p, Object: o, Label: e.label})
}

func (e *emitter) str(s, p quad.IRI, v string) {
	if v != "" {
		e.add(s, p, quad.String(v))
	}
}

func (e *emitter) int(s, p quad.IRI, v int) {
	if v != 0 {
		e.add(s, p, quad.Int(v))
	}
}

func (e *emitter) date(s, p quad.IRI, d date.Date) {
	if !d.IsZero() {
		e.add(s, p, schema.DateValue(d))
	}
}

func (e *emitter) ref(s, p quad.IRI, id string) {
	if id != "" {
		e.add(s, p, schema.IRI(id))
	}
}

func (e *emitter) article(a model.Article, extractor string) {
	n := schema.IRI(a.ID)
	e.add(n, schema.RDFType, schema.ClassArticle)
	e.str(n, schema.Source, a.Source)
	e.str(n, schema.Title, a.Title)
	e.date(n, schema.Published, a.Published)
	e.date(n, schema.EventDate, a.EventDate)
	e.str(n, schema.Text, a.Text)
	e.str(n, schema.Extractor, extractor)
	for _, p := range a.Authors {
		e.ref(n, schema.Author, p)
	}
	for _, p := range a.Photographers {
		e.ref(n, schema.Photographer, p)
	}
}

// entity writes what every entity has: class, name, aliases and mentions, and
// the article's edge to it. Its search terms are not written: the query layer
// derives them from the names (kg's search index), one copy an entity rather
// than one an article naming it.
func (e *emitter) entity(id string, class quad.IRI, name string, aliases []string, mentions []model.Span) quad.IRI {
	n := schema.IRI(id)
	e.add(n, schema.RDFType, class)
	e.str(n, schema.Name, name)
	for _, a := range aliases {
		if a != name {
			e.str(n, schema.Alias, a)
		}
	}
	for _, s := range mentions {
		e.add(n, schema.MentionedIn, e.mention(s))
	}
	e.add(schema.IRI(e.art.ID), schema.Mentions, n)
	return n
}

// mention is the node for a span of the article's text, written once.
func (e *emitter) mention(s model.Span) quad.IRI {
	id := schema.MentionID(e.art.ID, s.Start, s.End)
	n := schema.IRI(id)
	if _, ok := e.seen[written{n, schema.RDFType, schema.ClassMention}]; ok {
		return n
	}
	runes := e.runeCount()
	start, end := clamp(s.Start, runes), clamp(s.End, runes)
	e.add(n, schema.RDFType, schema.ClassMention)
	e.add(n, schema.InArticle, schema.IRI(e.art.ID))
	e.add(n, schema.Quote, quad.String(e.quote(start, max(start, end))))
	e.add(n, schema.Start, quad.Int(start))
	e.add(n, schema.End, quad.Int(max(start, end)))
	return n
}

// runeCount is the runes of the article's text, making the table quotes
// are cut by.
func (e *emitter) runeCount() int {
	if e.at == nil && e.runes == nil {
		text := e.art.Text
		if len(text) < math.MaxInt32 {
			// One pass: room for a rune a byte, and a bad byte (read as
			// U+FFFD, one byte long) sends the text to its runes.
			at := make([]int32, 0, len(text)+1)
			for i, r := range text {
				if r == utf8.RuneError && !strings.HasPrefix(text[i:], "\uFFFD") {
					at = nil
					break
				}
				at = append(at, int32(i))
			}
			if at != nil {
				e.at = append(at, int32(len(text)))
			}
		}
		if e.at == nil {
			e.runes = []rune(text)
		}
	}
	if e.at != nil {
		return len(e.at) - 1
	}
	return len(e.runes)
}

// quote is the article's text over runes [start, end), within its runes
// (runeCount).
func (e *emitter) quote(start, end int) string {
	if e.at != nil {
		return e.art.Text[e.at[start]:e.at[end]]
	}
	return string(e.runes[start:end])
}

func clamp(i, n int) int {
	return min(max(i, 0), n)
}

func (e *emitter) tenure(t model.Tenure) {
	tid := schema.TenureID(t.Person, t.Position)
	tn := schema.IRI(tid)
	e.add(tn, schema.RDFType, schema.ClassTenure)
	e.ref(tn, schema.PersonOf, t.Person)
	e.ref(tn, schema.PositionOf, t.Position)
	e.add(schema.IRI(t.Person), schema.Holds, schema.IRI(t.Position))
	on := schema.IRI(schema.ObservationID(tid, e.art.ID, t.Seen))
	e.add(on, schema.RDFType, schema.ClassObservation)
	e.add(on, schema.Observes, tn)
	e.date(on, schema.Seen, t.Seen)
	e.date(on, schema.StartDate, t.Start)
	e.date(on, schema.EndDate, t.End)
	e.str(on, schema.PrintedTitle, t.PrintedTitle)
	e.ref(on, schema.ElectedAt, t.ElectedAt)
	for _, s := range t.Evidence {
		e.add(on, schema.Evidence, e.mention(s))
	}
}

func (e *emitter) speakers(g quad.IRI, ss []model.Speaker) {
	for _, s := range ss {
		p := schema.IRI(s.Person)
		e.add(p, schema.SpokeAt, g)
		e.add(p, schema.MentionedIn, e.mention(s.Evidence))
	}
}

// Sort orders quads for golden files and diffs: by subject, predicate, object.
func Sort(qs []quad.Quad) {
	sort.Slice(qs, func(i, j int) bool {
		a, b := qs[i], qs[j]
		if x, y := a.Subject.String(), b.Subject.String(); x != y {
			return x < y
		}
		if x, y := a.Predicate.String(), b.Predicate.String(); x != y {
			return x < y
		}
		return a.Object.String() < b.Object.String()
	})
}
