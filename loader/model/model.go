// Package model holds the plain data that passes between the loader's stages:
//
//	read       → Raw
//	normalize  → Doc        (normalised text, cut into blocks)
//	segment    → []Sentence
//	recognize  → Recognized (what each sentence speaks of, with spans)
//	resolve    → Facts      (entities with ids, tenures, links: the article's graph)
//	emit       → []quad.Quad
//	write      → the store
//
// Offsets everywhere are rune offsets into Doc.Text, the article's normalised
// text; a Span is half-open.
package model

import (
	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/schema"
)

// Raw is an article as read, before anything is done to its text.
type Raw struct {
	// Source is the file (as named on the command line, joined with the path
	// inside a folder), or the record's url for a .jsonl line.
	Source string
	// Where the article came from when Source is a URL: "corpus.jsonl:12".
	Origin string
	// Name is how the store and the API know the article: Source relative to
	// the folder of the path the caller named ("corpus/a.txt" for
	// /srv/news/corpus/a.txt read under /srv/news/corpus), or the URL. A
	// server's own paths never reach the store; Source, as given, stays for
	// the messages of whoever runs the load. Empty: Source is the name.
	Name string
	// Title and Published as a .jsonl record gives them; empty for .txt files.
	Title     string
	Published string
	// Text is valid UTF-8.
	Text string
}

// StoredName is the name the article is stored under: Name, or Source
// where the reader gave none (an article read back from the store, a test's).
func (r Raw) StoredName() string {
	if r.Name != "" {
		return r.Name
	}
	return r.Source
}

// BlockKind is what a block of the normalised text is.
type BlockKind int

// The kinds of block. Only Body sentences state facts about people's posts;
// captions name people but are kept apart, bylines and credits give authors and
// photographers, headers give dates.
const (
	Body    BlockKind = iota
	Title             // the headline
	Header            // a dateline or page header: "Thứ Bảy, ngày 22 tháng 6 năm 2024", "date 2025-10-01"
	Heading           // a subheading inside the article
	Caption           // a photo caption: "Đồng chí Võ Văn Minh phát biểu bế mạc. Ảnh: VIỆT DŨNG"
	Byline            // the authors: "THU HƯỜNG - VĂN MINH", "Tác giả bài viết: ..."
)

// String names the kind.
func (k BlockKind) String() string {
	switch k {
	case Body:
		return "body"
	case Title:
		return "title"
	case Header:
		return "header"
	case Heading:
		return "heading"
	case Caption:
		return "caption"
	case Byline:
		return "byline"
	}
	return "unknown"
}

// Span is [Start, End) in runes of Doc.Text.
type Span struct {
	Start, End int
}

// Block is a stretch of the normalised text of one kind, usually a paragraph.
type Block struct {
	Kind BlockKind
	Span
}

// Doc is a normalised article: page debris gone, NFC, one space between words,
// blocks separated by a blank line.
type Doc struct {
	Raw    Raw
	Text   string
	Blocks []Block
}

// Sentence is one sentence of a block.
type Sentence struct {
	Index int // its place among the article's sentences, from 0
	Kind  BlockKind
	Span
	Text string // Doc.Text[Start:End]
}

// Facts is the graph of one article: everything it states, with ids, and the
// sentences that state it. Ids come from the schema package's identity rules;
// references between facts are by id.
type Facts struct {
	Article    Article
	People     []Person
	Units      []Unit
	Positions  []Position
	Tenures    []Tenure
	Congresses []Congress
	Events     []Event
	Documents  []Document
	Links      []DocLink
}

// Article is the article itself.
type Article struct {
	ID            string
	Source        string
	Title         string
	Published     date.Date
	EventDate     date.Date
	Text          string
	Authors       []string // person ids
	Photographers []string // person ids
}

// Person is a person the article names.
type Person struct {
	ID       string
	Name     string
	Aliases  []string
	Roles    []schema.Role
	Mentions []Span // the sentences that name the person
}

// Unit is an organisation the article names.
type Unit struct {
	ID      string
	Name    string // canonical full name
	Aliases []string
	Kind    schema.UnitKind
	Parent  string // unit id, or empty
	Founded date.Date
	// Figures the article gives, as of its event date; 0 when not given.
	PartyMembers      int
	BaseOrganisations int
	Mentions          []Span
}

// Position is a post: a title within a unit.
type Position struct {
	ID       string
	Title    string // the title alone: Phó Bí thư Thường trực
	Unit     string // unit id; empty for a title that names its post alone
	Mentions []Span
}

// Tenure is the article showing a person in a post.
type Tenure struct {
	Person   string // person id
	Position string // position id
	// Seen is the date the article shows the person in the post: its event
	// date unless the sentence dates the fact itself.
	Seen       date.Date
	Start, End date.Date // as stated, or zero
	// PrintedTitle is the post as the sentence prints it, before the unit was
	// completed from context: "Phó Bí thư Thành ủy".
	PrintedTitle string
	ElectedAt    string // congress id, where the article says the post was taken up there
	Evidence     []Span
}

// Speaker is a person who spoke at or directed a gathering.
type Speaker struct {
	Person   string // person id
	Evidence Span
}

// Congress is a Đại hội of a unit, held or only mentioned.
type Congress struct {
	ID            string
	Name          string
	Aliases       []string
	Unit          string // unit id
	Ordinal       int
	Term          string // 2025-2030
	Start, End    date.Date
	Motto         string
	Theme         string
	MentionedOnly bool
	Speakers      []Speaker
	Adopted       []string // document ids
	Mentions      []Span
}

// Event is a Hội nghị or another gathering that is not a congress.
type Event struct {
	ID         string
	Name       string
	Aliases    []string
	Unit       string // unit id, or empty
	Start, End date.Date
	Speakers   []Speaker
	Mentions   []Span
}

// Document is a party or state document.
type Document struct {
	ID      string
	Name    string // Kết luận số 21-KL/TW; Nghị quyết Đại hội XII của Đảng
	Aliases []string
	Kind    schema.DocKind
	Number  string // as printed: 05
	Code    string // 21-KL/TW, only where printed or certain
	Issuer  string // unit id, or empty
	Issued  date.Date
	Subject string
	// Term is the Central Committee's term (khóa) a document cited without
	// its year is named by, or 0.
	Term     int
	Mentions []Span
}

// DocLink is one document's link to another.
type DocLink struct {
	From, To string // document ids
	Relation string // continues, implements, amends, replaces, cites
	Evidence []Span
}

// Credit is a person a byline or a photo credit names.
type Credit struct {
	Name string      // as a person's name is written: "Việt Dũng", not "VIỆT DŨNG"
	Role schema.Role // RoleAuthor or RolePhotographer
	Span Span        // the byline or credit
}

// Meta is what an article says about itself: the meta stage's output.
type Meta struct {
	Title     string
	Published date.Date
	// PublishedIsCrawl is set when the only header date is a crawl or page date
	// rather than the publication's.
	PublishedIsCrawl bool
	// EventDate is the date of the main event reported, at the precision the
	// text supports, and EventBasis says how it was read ("Chiều 10/1" + the year
	// of the content).
	EventDate  date.Date
	EventBasis string
	Credits    []Credit
}

// When is a date as printed, which may lack its year ("Chiều 10/1": Year 0) or
// its day ("tháng 3/2020": Day 0). The resolve stage completes the year from the
// article's context; a When with Year 0 is never stored.
type When struct {
	Year, Month, Day int
}

// IsZero reports whether nothing was printed.
func (w When) IsZero() bool { return w == When{} }

// Date is w as a date, if its year is known and the day exists.
func (w When) Date() (date.Date, bool) {
	if w.Year == 0 {
		return date.Date{}, false
	}
	if w.Day == 0 {
		d := date.Date{Year: w.Year, Month: w.Month}
		return d, w.Month >= 0 && w.Month <= 12
	}
	return date.Of(w.Year, w.Month, w.Day)
}
