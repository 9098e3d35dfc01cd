package schema

import (
	"github.com/cayleygraph/quad"
)

// NS is the namespace of cadregraph's classes and predicates.
const NS = "https://cadregraph.org/ns#"

// RDFType is rdf:type: every node has exactly one class.
const RDFType quad.IRI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

// Classes. The seven entity classes match the API's EntityKind; the others are
// the nodes that carry facts about them.
const (
	ClassPerson   quad.IRI = NS + "Person"
	ClassUnit     quad.IRI = NS + "Unit"
	ClassPosition quad.IRI = NS + "Position"
	ClassCongress quad.IRI = NS + "Congress"
	ClassEvent    quad.IRI = NS + "Event"
	ClassDocument quad.IRI = NS + "Document"
	ClassArticle  quad.IRI = NS + "Article"

	// A person in a position, one node per (person, position).
	ClassTenure quad.IRI = NS + "Tenure"
	// One source's sighting of a tenure: its date, stated start or end, and the
	// sentence that shows it.
	ClassObservation quad.IRI = NS + "Observation"
	// A sentence of an article that speaks of something.
	ClassMention quad.IRI = NS + "Mention"
	// A link from one document to another, with its relation and evidence.
	ClassDocumentLink quad.IRI = NS + "DocumentLink"
)

// Predicates shared by every entity.
const (
	Name        quad.IRI = NS + "name"        // string: the canonical name
	Alias       quad.IRI = NS + "alias"       // string: another printed form
	MentionedIn quad.IRI = NS + "mentionedIn" // entity → Mention
	// The search terms, written by extractor versions before 7, a copy per
	// article naming the entity: no longer written, and read by nothing (the
	// query layer derives its search index from names, aliases, titles and
	// codes). Named so that the read model can pass over them in a store
	// that has not been reloaded since.
	Token       quad.IRI = NS + "token"       // string: a search token (vn.Tokens of a name, alias or code)
	SearchKey   quad.IRI = NS + "searchKey"   // string: vn.Fold of a whole name, alias or code
	TokenPrefix quad.IRI = NS + "tokenPrefix" // string: a beginning of a token (search by prefix)
	MergedInto  quad.IRI = NS + "mergedInto"  // entity → entity that now answers for it (curation)
	ExternalID  quad.IRI = NS + "externalId"  // string: "wikidata:Q123" and the like (curation)
)

// Mentions.
const (
	InArticle quad.IRI = NS + "inArticle" // Mention → Article
	Quote     quad.IRI = NS + "quote"     // string: the sentence as printed
	Start     quad.IRI = NS + "start"     // int: rune offset of the sentence in the article's normalised text
	End       quad.IRI = NS + "end"       // int: rune offset just past the sentence
)

// Articles.
const (
	Source       quad.IRI = NS + "source"       // string: file name or URL
	Title        quad.IRI = NS + "title"        // string
	Published    quad.IRI = NS + "published"    // date
	EventDate    quad.IRI = NS + "eventDate"    // date: of the main event reported
	Author       quad.IRI = NS + "author"       // Article → Person
	Photographer quad.IRI = NS + "photographer" // Article → Person
	Text         quad.IRI = NS + "text"         // string: the normalised text, which offsets index
	Extractor    quad.IRI = NS + "extractor"    // string: version of the extraction that wrote the article
	Mentions     quad.IRI = NS + "mentions"     // Article → entity (graph edge)
)

// People, posts and tenures.
const (
	HasRole      quad.IRI = NS + "role"         // string: OFFICIAL, AUTHOR, PHOTOGRAPHER or OTHER
	Holds        quad.IRI = NS + "holds"        // Person → Position (graph edge)
	PositionOf   quad.IRI = NS + "position"     // Tenure → Position
	PersonOf     quad.IRI = NS + "person"       // Tenure → Person
	PostTitle    quad.IRI = NS + "postTitle"    // string: Position's title alone, e.g. Phó Bí thư Thường trực
	InUnit       quad.IRI = NS + "unit"         // Position → Unit (graph edge "within")
	Observes     quad.IRI = NS + "observes"     // Observation → Tenure
	Seen         quad.IRI = NS + "seen"         // date: the day (or month, year) a source shows the tenure
	StartDate    quad.IRI = NS + "startDate"    // date: start stated by a source
	EndDate      quad.IRI = NS + "endDate"      // date: end stated by a source
	Evidence     quad.IRI = NS + "evidence"     // Observation or DocumentLink → Mention
	ElectedAt    quad.IRI = NS + "electedAt"    // Observation → Congress at which the post was taken up
	PrintedTitle quad.IRI = NS + "printedTitle" // string: an Observation's title as printed
)

// Units.
const (
	Parent            quad.IRI = NS + "parent"            // Unit → Unit (graph edge "within")
	Founded           quad.IRI = NS + "founded"           // date
	HasUnitKind       quad.IRI = NS + "unitKind"          // string: see UnitKinds
	PartyMembers      quad.IRI = NS + "partyMembers"      // int, as of the observation's article
	BaseOrganisations quad.IRI = NS + "baseOrganisations" // int: tổ chức cơ sở đảng
)

// Congresses and events.
const (
	HeldBy        quad.IRI = NS + "heldBy"        // Congress or Event → Unit (graph edge)
	Ordinal       quad.IRI = NS + "ordinal"       // int
	Term          quad.IRI = NS + "term"          // string: 2025-2030
	Motto         quad.IRI = NS + "motto"         // string
	Theme         quad.IRI = NS + "theme"         // string: chủ đề
	Adopted       quad.IRI = NS + "adopted"       // Congress → Document (graph edge)
	SpokeAt       quad.IRI = NS + "spokeAt"       // Person → Congress or Event (graph edge)
	MentionedOnly quad.IRI = NS + "mentionedOnly" // bool: the article only refers to the gathering
)

// Documents and their links.
const (
	HasDocKind quad.IRI = NS + "documentKind" // string: RESOLUTION, DIRECTIVE...
	Number     quad.IRI = NS + "number"       // string, as printed: 05
	Code       quad.IRI = NS + "code"         // string: 21-KL/TW
	IssuedBy   quad.IRI = NS + "issuedBy"     // Document → Unit (graph edge)
	Issued     quad.IRI = NS + "issued"       // date
	Subject    quad.IRI = NS + "subject"      // string
	// CitedTerm is the term (khóa) of the Central Committee a citation
	// printed without its year names the document by ("Nghị quyết số
	// 18-NQ/TW của Hội nghị Trung ương 6 khóa XII"), its id holding it
	// (TermSign): int.
	CitedTerm quad.IRI = NS + "citedTerm"
	LinkFrom  quad.IRI = NS + "from"     // DocumentLink → Document
	LinkTo    quad.IRI = NS + "to"       // DocumentLink → Document
	Relation  quad.IRI = NS + "relation" // string: a Relation of DocRelations (continues, implements...)
)

// An Edge is a predicate drawn as an edge between two entities, with the
// relation the API names it by.
type Edge struct {
	Pred     quad.IRI
	Relation Rel
}

// GraphEdges are the predicates that link two entity nodes directly: the
// structural ones, then one per relation between documents (DocRelations),
// each from the citing document to the cited one. Congresses and events use
// StartDate and EndDate for their dates.
func GraphEdges() []Edge {
	out := []Edge{
		{Holds, RelHolds},
		{InUnit, RelWithin},
		{Parent, RelWithin},
		{SpokeAt, RelSpokeAt},
		{HeldBy, RelHeldBy},
		{IssuedBy, RelIssuedBy},
		{Adopted, RelAdopted},
		{Mentions, RelMentions},
	}
	for _, d := range DocRelations() {
		out = append(out, Edge{d.Pred, d.Rel})
	}
	return out
}
