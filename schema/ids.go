package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/vn"
	"github.com/cayleygraph/quad"
)

// IDBase prefixes every node IRI; the API's ids are the part after it.
const IDBase = "https://cadregraph.org/id/"

// Kind is the kind of an entity, as the API's EntityKind names it.
type Kind string

// The entity kinds.
const (
	Person   Kind = "PERSON"
	Unit     Kind = "UNIT"
	Position Kind = "POSITION"
	Congress Kind = "CONGRESS"
	Event    Kind = "EVENT"
	Document Kind = "DOCUMENT"
	Article  Kind = "ARTICLE"
)

// Kinds lists the entity kinds in the API's order.
func Kinds() []Kind {
	return []Kind{Person, Unit, Position, Congress, Event, Document, Article}
}

// Class is the rdf:type of an entity of kind k.
func (k Kind) Class() quad.IRI {
	switch k {
	case Person:
		return ClassPerson
	case Unit:
		return ClassUnit
	case Position:
		return ClassPosition
	case Congress:
		return ClassCongress
	case Event:
		return ClassEvent
	case Document:
		return ClassDocument
	case Article:
		return ClassArticle
	}
	return ""
}

// KindOfClass is the inverse of Kind.Class; it reports false for the classes that
// are not entities (tenures, mentions...).
func KindOfClass(c quad.IRI) (Kind, bool) {
	for _, k := range Kinds() {
		if k.Class() == c {
			return k, true
		}
	}
	return "", false
}

// prefix is the first segment of the ids of kind k: its name in lower
// case, spelled out for the kinds there are, since KindOfID asks it of each
// kind for every quad the loader shares and reads (a lower-casing each was
// 3% of an extraction's CPU).
func (k Kind) prefix() string {
	switch k {
	case Person:
		return "person"
	case Unit:
		return "unit"
	case Position:
		return "position"
	case Congress:
		return "congress"
	case Event:
		return "event"
	case Document:
		return "document"
	case Article:
		return "article"
	}
	return strings.ToLower(string(k))
}

// ID is the stable id of the entity of kind k whose canonical key is key:
// "person-vo-van-minh-3f9c2a01d4". The slug is for people reading urls and logs;
// the hash of kind and key makes the id unique and the same on every machine and
// every load. Keys are built by the loader's resolve stage (see doc.go).
func ID(k Kind, key string) string {
	return k.prefix() + "-" + slugged(vn.Slug(key, 48), string(k)+"\x00"+key)
}

// ArticleID is the id of the article whose normalised text is text: the text's
// hash, so the same article loaded twice, from anywhere, is one article.
func ArticleID(text string) string {
	h := sha256.Sum256([]byte(text))
	return "article-" + hex.EncodeToString(h[:8])
}

// TenureID is the id of the node for person holding position.
func TenureID(personID, positionID string) string {
	return "tenure-" + hash(personID+"\x00"+positionID)
}

// ObservationID is the id of one article's sighting of a tenure on a date.
func ObservationID(tenureID, articleID string, seen date.Date) string {
	return "obs-" + hash(tenureID+"\x00"+articleID+"\x00"+seen.String())
}

// MentionID is the id of the span [start, end) of an article's normalised text.
func MentionID(articleID string, start, end int) string {
	// As fmt.Sprintf("mention-%s-%d-%d", ...) spells it, without boxing
	// its arguments: an article writes one for every span it quotes.
	return "mention-" + strings.TrimPrefix(articleID, "article-") + "-" + strconv.Itoa(start) + "-" + strconv.Itoa(end)
}

// LinkID is the id of the link from one document to another.
func LinkID(fromID, toID, relation string) string {
	return "link-" + hash(fromID+"\x00"+toID+"\x00"+relation)
}

// EdgeID is the id of the graph edge of relation from source to target:
// "edge-holds.person-vo-van-minh-3f9c2a01d4.position-pho-bi-thu-…". Unlike
// the other ids it is not a hash: an edge is no node of the store, so its id
// holds what names it, and ParseEdgeID reads it back (ids never hold a dot).
func EdgeID(source string, relation Rel, target string) string {
	return "edge-" + string(relation) + "." + source + "." + target
}

// ParseEdgeID reads an id EdgeID made; it reports false for any other.
func ParseEdgeID(id string) (source string, relation Rel, target string, ok bool) {
	rest, ok := strings.CutPrefix(id, "edge-")
	if !ok {
		return "", "", "", false
	}
	parts := strings.Split(rest, ".")
	if len(parts) != 3 || parts[0] == "" || parts[1] == "" || parts[2] == "" {
		return "", "", "", false
	}
	r, err := ParseRelation(parts[0])
	if err != nil || string(r) != parts[0] {
		return "", "", "", false
	}
	return parts[1], r, parts[2], true
}

func slugged(slug, key string) string {
	if slug == "" {
		return hash(key)
	}
	return slug + "-" + hash(key)
}

func hash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:5])
}

// IRI is the node IRI of id.
func IRI(id string) quad.IRI { return quad.IRI(IDBase + id) }

// IDOf is the id of a node IRI; it reports false for an IRI that is not a node
// of cadregraph's.
func IDOf(v quad.Value) (string, bool) {
	iri, ok := v.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iri), IDBase) {
		return "", false
	}
	return string(iri)[len(IDBase):], true
}

// KindOfID is the entity kind an id names, from its first segment; it reports
// false for ids of tenures, mentions and other non-entities, and for ids that
// are not cadregraph's.
func KindOfID(id string) (Kind, bool) {
	p, _, _ := strings.Cut(id, "-")
	for _, k := range Kinds() {
		if k.prefix() == p {
			return k, true
		}
	}
	return "", false
}
