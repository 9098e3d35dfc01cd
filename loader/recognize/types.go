// Package recognize finds what each sentence of an article speaks of: people and
// their posts, units, congresses, events, documents and the links between them.
// Recognisers report phrases as printed, with their spans; they do not decide
// identity (which Thành ủy, which document): that is the resolve stage's job.
//
// The recognisers live in subpackages, one job each; this package holds the
// data they produce and runs them in order.
package recognize

import (
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/schema"
)

// Phrase is text as printed in the normalised article, with its span. The zero
// Phrase is "not printed".
type Phrase struct {
	Text string
	model.Span
}

// Recognized is everything the recognisers found in one article.
type Recognized struct {
	People     []PersonMention
	Units      []UnitMention
	UnitFacts  []UnitFact
	Congresses []CongressMention
	Events     []EventMention
	Documents  []DocumentMention
	Links      []LinkMention
	Speakers   []SpeakerMention
}

// PersonMention is a person named in a sentence, with the posts the sentence
// gives them.
type PersonMention struct {
	Name     Phrase // as a name is written: Võ Văn Minh (title-cased if printed in capitals)
	Role     schema.Role
	Posts    []PostMention
	Sentence int // model.Sentence.Index
}

// PostMention is one post of a person: a title and, where printed, its unit.
type PostMention struct {
	Title   string // canonical title alone: Phó Bí thư Thường trực
	Unit    Phrase // the unit as printed ("Thành ủy", "HĐND"); zero when the title stands alone
	Printed Phrase // the whole post as printed: "Phó Bí thư Thường trực Đảng uỷ các cơ quan Đảng TPHCM"
	// Start and End where the sentence states them ("từ tháng 3/2020").
	Start, End model.When
	// ElectedAt is set when the sentence says the post was taken up at a
	// congress: an index into Recognized.Congresses, or -1.
	ElectedAt int
}

// UnitMention is a unit named in a sentence.
type UnitMention struct {
	Phrase
	Sentence int
}

// UnitFact is a figure or date the article states about a unit.
type UnitFact struct {
	Unit              Phrase
	Founded           model.When
	PartyMembers      int
	BaseOrganisations int
	Sentence          int
}

// CongressMention is a congress (Đại hội) of a unit, held or only referred to.
type CongressMention struct {
	Printed    Phrase // "Đại hội đại biểu Đảng bộ các cơ quan Đảng TPHCM lần thứ I"
	Unit       Phrase // "Đảng bộ các cơ quan Đảng TPHCM"; "Đảng" for Đại hội XIV của Đảng
	Ordinal    int    // 1 for lần thứ I; 0 when not printed
	Term       string // 2025-2030, normalised
	Start, End model.When
	Motto      string
	Theme      string
	// MentionedOnly is set when the article only refers to the congress rather
	// than reporting it.
	MentionedOnly bool
	Sentence      int
}

// EventMention is a conference or meeting (Hội nghị) that is not a congress.
type EventMention struct {
	Name       Phrase // "Hội nghị tổng kết công tác xây dựng Đảng năm 2022 và triển khai chương trình công tác năm 2023"
	Unit       Phrase // the unit that holds it, where printed
	Start, End model.When
	Sentence   int
}

// DocumentMention is a party or state document named in a sentence.
type DocumentMention struct {
	Printed Phrase // the whole reference as printed
	Kind    schema.DocKind
	Number  string // as printed: 05; empty for a document known by name
	Code    string // number and sign as printed: 05-ĐA/TU; empty when not printed
	Issuer  Phrase // "Bộ Chính trị", "Ban Thường vụ Thành ủy"; zero when not printed
	Issued  model.When
	Subject string
	// Congress is set for a congress's resolution (Nghị quyết Đại hội XII của
	// Đảng): an index into Recognized.Congresses, or -1.
	Congress int
	Sentence int
}

// LinkMention is one document's link to another in a sentence: indices into
// Recognized.Documents.
type LinkMention struct {
	From, To int
	Relation string // continues, implements, amends, replaces, cites
	Sentence int
}

// SpeakerMention is a person who spoke at, reported to or directed a gathering.
type SpeakerMention struct {
	Person Phrase
	// Congress or Event is the gathering where the sentence names it: an index
	// into Recognized.Congresses or Recognized.Events; both -1 when the sentence
	// leaves it to context (the article's main gathering).
	Congress, Event int
	Sentence        int
}
