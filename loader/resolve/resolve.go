// Package resolve turns what the recognisers found in one article into the
// article's graph: it decides which mentions are one entity, completes the
// names that lean on the article (Thành ủy in an article about TPHCM is Thành ủy
// TPHCM; a bare Đảng ủy is the organisation the article is about), builds
// canonical names and ids through package schema, and dates every post it
// shows by the article's event.
//
// It never guesses: a name that leans on a place the article does not name
// keeps its printed form and is scoped to the article (schema.UnitID with the
// article's id), so that it stays apart from every other city's namesake; a
// document's code is completed only where its issuer makes the sign certain.
//
// Article is pure: the same input gives the same facts, in the order of first
// mention.
package resolve

import (
	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/units"
	"github.com/cadregraph/cadregraph/schema"
)

// Article is the graph of one article: doc and its sentences ss, what the
// meta stage read of it (m) and what the recognisers found in it (r).
func Article(doc model.Doc, ss []recognize.Sentence, m model.Meta, r recognize.Recognized) model.Facts {
	b := newBuilder(doc, ss, m, r)
	b.article()
	b.context()
	b.gatherings()
	b.people()
	b.speakers()
	b.documents()
	b.unitFacts()
	b.apposedParents()
	b.allUnits()
	b.mentions()
	return b.f
}

// builder holds the article's facts while they are assembled, with indices
// from ids to places in the slices of f.
type builder struct {
	doc  model.Doc
	ss   []recognize.Sentence
	m    model.Meta
	r    recognize.Recognized
	art  string    // the article's id
	seen date.Date // the date the article shows its facts
	ctx  units.Context
	// scene is the province each sentence of a report covering several is
	// about (scenes); placesOf the places each person's posts name.
	scene    map[int]units.Place
	placesOf map[string]*[2][]units.Place
	f        model.Facts

	unitAt     map[string]int
	unitBo     map[string]int // how many Đảng bộ heads the unit's name has
	personAt   map[string]int
	positionAt map[string]int
	tenureAt   map[[2]string]int
	takenUp    map[string]string // a position taken up in the article: who took it
	// startInferred are the tenures whose start is the event's taking up
	// rather than a date the text states.
	startInferred map[[2]string]bool
	heads         []headPost         // posts of a ladder taken up, in the order read
	left          map[[2]string]bool // a tenure the article says ended, which it cannot date
	// earlier are the tenures of posts printed with nguyên or cựu
	// (printedFormer), ended before the event's month (endEarlier).
	earlier map[[2]string]bool
	// leftAtEvent are the tenures of former posts not printed so: left
	// at the event, as the article reports it (endEarlier keeps their end).
	leftAtEvent map[[2]string]bool
	// twinEnded are the seats the article ends under their other name
	// (twinSeat), with the end it gives.
	twinEnded map[[2]string]date.Date
	// opened are the terms the article's event opens (openedTerms); ended
	// the tenures it shows only in an older term's post (outgoing), heldNow
	// those it shows in a post of no older term.
	opened         map[termOf]int
	ended, heldNow map[[2]string]bool
	congressAt     map[string]int
	eventAt        map[string]int
	docAt          map[string]int
	linkAt         map[[3]string]int

	// congressOf and eventOf map the recognisers' mentions to ids; main is the
	// gathering the article reports.
	congressOf []string
	eventOf    []string
	mainKind   schema.Kind
	mainID     string
	mainCong   string       // the congress the article speaks of, reported or not
	runes      []rune       // the article's text, when spans must be read
	printed    []units.Unit // the units printed, places completed (printedUnits)

	// parsed and unitIDs remember units.Parse and schema.UnitID, both pure,
	// for the article: each unit an article prints is parsed by several
	// steps (its places, its main unit, every unit added) and its id asked
	// at each of its mentions, and both were a tenth of resolve's time.
	parsed  map[string]parsedUnit
	unitIDs map[[2]string]string
	// named is the name of the person whose posts people is resolving:
	// bracketed reads on from it.
	named recognize.Phrase
}

// parsedUnit is what units.Parse gave for a text.
type parsedUnit struct {
	u  units.Unit
	ok bool
}

// parse is units.Parse(text), read once an article. The Unit it returns
// shares its committee (Of) with the other callers': like every Unit, it is
// read, completed into copies, never changed in place.
func (b *builder) parse(text string) (units.Unit, bool) {
	if p, ok := b.parsed[text]; ok {
		return p.u, p.ok
	}
	u, ok := units.Parse(text)
	b.parsed[text] = parsedUnit{u, ok}
	return u, ok
}

// unitID is schema.UnitID(name, scope), computed once an article.
func (b *builder) unitID(name, scope string) string {
	k := [2]string{name, scope}
	if id, ok := b.unitIDs[k]; ok {
		return id
	}
	id := schema.UnitID(name, scope)
	b.unitIDs[k] = id
	return id
}

func newBuilder(doc model.Doc, ss []recognize.Sentence, m model.Meta, r recognize.Recognized) *builder {
	b := &builder{
		doc: doc, ss: ss, m: m, r: r,
		art:           schema.ArticleID(doc.Text),
		unitAt:        map[string]int{},
		unitBo:        map[string]int{},
		personAt:      map[string]int{},
		positionAt:    map[string]int{},
		tenureAt:      map[[2]string]int{},
		takenUp:       map[string]string{},
		startInferred: map[[2]string]bool{},
		left:          map[[2]string]bool{},
		earlier:       map[[2]string]bool{},
		leftAtEvent:   map[[2]string]bool{},
		twinEnded:     map[[2]string]date.Date{},
		ended:         map[[2]string]bool{},
		heldNow:       map[[2]string]bool{},
		congressAt:    map[string]int{},
		eventAt:       map[string]int{},
		docAt:         map[string]int{},
		linkAt:        map[[3]string]int{},
		parsed:        map[string]parsedUnit{},
		unitIDs:       map[[2]string]string{},
	}
	b.seen = m.EventDate
	if b.seen.IsZero() {
		b.seen = m.Published
	}
	return b
}

func (b *builder) article() {
	b.f.Article = model.Article{
		ID:        b.art,
		Source:    b.doc.Raw.StoredName(),
		Title:     b.m.Title,
		Published: b.m.Published,
		EventDate: b.m.EventDate,
		Text:      b.doc.Text,
	}
}

// sentence is the span of the sentence with index i; the zero span when there
// is none.
func (b *builder) sentence(i int) (model.Span, bool) {
	if i >= 0 && i < len(b.ss) && b.ss[i].Index == i {
		return b.ss[i].Span, true
	}
	for _, s := range b.ss {
		if s.Index == i {
			return s.Span, true
		}
	}
	return model.Span{}, false
}

// addSpan appends the span of sentence i to spans, once.
func (b *builder) addSpan(spans []model.Span, i int) []model.Span {
	s, ok := b.sentence(i)
	if !ok {
		return spans
	}
	return appendSpan(spans, s)
}

func appendSpan(spans []model.Span, s model.Span) []model.Span {
	for _, x := range spans {
		if x == s {
			return spans
		}
	}
	return append(spans, s)
}

func appendString(list []string, s string) []string {
	if s == "" {
		return list
	}
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// when is a printed date completed with the year of the article's event (or,
// failing that, of its publication) when the text leaves it out: "Chiều 10/1"
// in an article about January 2023. It is zero when no year can be had or the
// day does not exist.
func (b *builder) when(w model.When) date.Date {
	if w.IsZero() {
		return date.Date{}
	}
	if w.Year == 0 {
		if b.seen.IsZero() {
			return date.Date{}
		}
		w.Year = b.seen.Year
	}
	d, ok := w.Date()
	if !ok {
		return date.Date{}
	}
	return d
}
