package kg

import (
	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
)

// node is what every object read lazily from the store has: its id and the
// batch of its siblings, which its fields are loaded with.
type node struct {
	ID string
	b  *batch
}

func (n *node) base() *node   { return n }
func (n *node) iri() quad.IRI { return schema.IRI(n.ID) }

// Node is anything with an id the API serves: an entity or an article, and
// the facts between them a client keys by id (a tenure, a link between
// documents, a graph edge). Only entities and articles are read lazily
// through their batch; the facts are read whole and have none.
type Node interface {
	base() *node
}

// Entity is anything articles mention: a person, unit, position, congress,
// event or document.
type Entity interface {
	Node
	Kind() schema.Kind
	entity()
}

// Gathering is a congress or an event.
type Gathering interface {
	Entity
	gathering()
}

// Person is a person the corpus names.
type Person struct{ node }

// Unit is a party or state organisation.
type Unit struct{ node }

// Position is a post within a unit.
type Position struct{ node }

// Congress is a Đại hội of a unit.
type Congress struct{ node }

// Event is a gathering that is not a congress, such as a Hội nghị.
type Event struct{ node }

// Document is a party or state document.
type Document struct{ node }

// Article is a source article.
type Article struct{ node }

// Mention is a sentence of an article that speaks of something.
type Mention struct{ node }

// Kind is the entity kind, from the node's rdf:type.
func (*Person) Kind() schema.Kind   { return schema.Person }
func (*Unit) Kind() schema.Kind     { return schema.Unit }
func (*Position) Kind() schema.Kind { return schema.Position }
func (*Congress) Kind() schema.Kind { return schema.Congress }
func (*Event) Kind() schema.Kind    { return schema.Event }
func (*Document) Kind() schema.Kind { return schema.Document }

func (*Person) entity()      {}
func (*Unit) entity()        {}
func (*Position) entity()    {}
func (*Congress) entity()    {}
func (*Event) entity()       {}
func (*Document) entity()    {}
func (*Congress) gathering() {}
func (*Event) gathering()    {}

// newNode is the object for the node with id of kind k, in batch b; nil for a
// kind the API has no object for.
func newNode(b *batch, id string, k schema.Kind) Node {
	n := node{ID: id, b: b}
	switch k {
	case schema.Person:
		return &Person{n}
	case schema.Unit:
		return &Unit{n}
	case schema.Position:
		return &Position{n}
	case schema.Congress:
		return &Congress{n}
	case schema.Event:
		return &Event{n}
	case schema.Document:
		return &Document{n}
	case schema.Article:
		return &Article{n}
	}
	return nil
}

// Tenure is a person holding a position, as the corpus shows it: the dates
// sources show it on, any start and end they state, and the sentences.
// FirstSeen and LastSeen are zero when no source dates it (an article whose
// date the loader could not read): it is kept, undated (see covers).
type Tenure struct {
	ID        string
	Person    *Person
	Position  *Position
	FirstSeen date.Date
	LastSeen  date.Date
	Start     *date.Date
	End       *date.Date
	// detail are its observations, evidence and congress, made when first
	// asked for: a post's holders (for its succession, a tenure's status)
	// read the dates of every observation of every tenure, and seldom more.
	detail *observationSet
}

// Observations are what each source says of the tenure, kept apart where
// sources disagree (see observations).
func (t *Tenure) Observations() []*Observation { return t.detail.of(t.ID).obs }

// Evidence are the sentences that show the tenure.
func (t *Tenure) Evidence() []*Mention { return t.detail.of(t.ID).evidence }

// ElectedAt is the congress at which a source says the post was taken up,
// or nil.
func (t *Tenure) ElectedAt() *Congress { return t.detail.of(t.ID).electedAt }

// FirstSeenOrNil is FirstSeen as the API gives it: nil when no source dates
// the tenure.
func (t *Tenure) FirstSeenOrNil() *date.Date { return orNil(t.FirstSeen) }

// LastSeenOrNil is LastSeen as the API gives it: nil when no source dates the
// tenure.
func (t *Tenure) LastSeenOrNil() *date.Date { return orNil(t.LastSeen) }

func orNil(d date.Date) *date.Date {
	if d.IsZero() {
		return nil
	}
	return &d
}

// Observation is one source's sighting of a tenure: the date it shows the
// person in the post, any start or end it states, the title as it prints it,
// the congress it says the post was taken up at, and its sentences.
type Observation struct {
	ID           string
	Seen         *date.Date
	Start        *date.Date
	End          *date.Date
	PrintedTitle *string
	ElectedAt    *Congress
	Article      *Article
	Evidence     []*Mention
}

// DocumentLink is one document's link to another.
type DocumentLink struct {
	ID       string
	From     *Document
	To       *Document
	Relation string
	Evidence []*Mention
}

func (t *Tenure) base() *node       { return &node{ID: t.ID} }
func (l *DocumentLink) base() *node { return &node{ID: l.ID} }
func (e *GraphEdge) base() *node    { return &node{ID: e.ID()} }

// RelationKind is the link's relation as the API's Relation enum.
func (l *DocumentLink) RelationKind() schema.Rel { return schema.Rel(l.Relation) }

// PageInfo says where a page of a connection sits: whether items come after
// it and before it, and the cursors of its ends.
type PageInfo struct {
	HasNextPage     bool
	EndCursor       *string
	HasPreviousPage bool
	StartCursor     *string
}

// MentionEdge is a mention with its cursor.
type MentionEdge struct {
	Node   *Mention
	Cursor string
}

// MentionConnection is a page of mentions.
type MentionConnection struct {
	Edges      []*MentionEdge
	PageInfo   *PageInfo
	TotalCount int
}

// EntityEdge is an entity with its cursor.
type EntityEdge struct {
	Node   Entity
	Cursor string
}

// EntityConnection is a page of entities.
type EntityConnection struct {
	Edges      []*EntityEdge
	PageInfo   *PageInfo
	TotalCount int
}

// ArticleEdge is an article with its cursor.
type ArticleEdge struct {
	Node   *Article
	Cursor string
}

// ArticleConnection is a page of articles.
type ArticleConnection struct {
	Edges      []*ArticleEdge
	PageInfo   *PageInfo
	TotalCount int
}

// SearchHit is an entity a search found, scored in (0, 1].
type SearchHit struct {
	Entity Entity
	Score  float64
}

// Subgraph is nodes and the edges between them, for drawing. Truncated
// says a limit left out nodes the walk reached.
type Subgraph struct {
	Nodes     []*GraphNode
	Edges     []*GraphEdge
	Truncated bool
}

// GraphNode is a node of a Subgraph.
type GraphNode struct {
	ID    string
	Kind  schema.Kind
	Label string
}

// GraphEdge is an edge of a Subgraph, from the quad's subject to its object.
type GraphEdge struct {
	Source   string
	Target   string
	Relation string
}

// ID is the edge's id (schema.EdgeID): the same in every answer and export,
// and node(id) reads the edge back from it.
func (e *GraphEdge) ID() string { return schema.EdgeID(e.Source, schema.Rel(e.Relation), e.Target) }

// RelationKind is the edge's relation as the API's Relation enum.
func (e *GraphEdge) RelationKind() schema.Rel { return schema.Rel(e.Relation) }
