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
	"github.com/cadregraph/cadregraph/loader/recognize/units"
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
	// HeadlineLinks are links a page's headline states from a document it
	// names by its kind alone ("Kế hoạch thực hiện Nghị quyết số 57-NQ/TW"):
	// the documents recogniser gives them to the numbered document of that
	// kind the lead then reports. Recognition's own bookkeeping; later stages
	// read Links only.
	HeadlineLinks []HeadlineLink
}

// HeadlineLink is a link of a headline whose document is named by its kind
// alone, waiting for the lead to number it.
type HeadlineLink struct {
	Kind     schema.DocKind
	Relation string
	To       []int // indices into Recognized.Documents
	Sentence int   // the headline's
	Used     bool  // given to a numbered document already
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
	Title string // canonical title alone: Phó Bí thư Thường trực
	Unit  Phrase // the unit as printed ("Thành ủy", "HĐND"); zero when the title stands alone
	// Parsed is the unit Unit names, read into its parts (head, name, place,
	// the committee it is of) where the recogniser read the sentence; nil
	// when no unit is printed or the phrase names none. Resolve completes it
	// from the article (the place of a bare Thành ủy) without parsing the
	// phrase again: see ParsedUnit.
	Parsed  *units.Unit
	Printed Phrase // the whole post as printed: "Phó Bí thư Thường trực Đảng uỷ các cơ quan Đảng TPHCM"
	// Start and End where the sentence states them ("từ tháng 3/2020").
	Start, End model.When
	// ElectedAt is set when the sentence says the post was taken up at a
	// congress: an index into Recognized.Congresses, or -1.
	ElectedAt int
	// Elected is set when the sentence says the person was elected or
	// appointed to the post (được bầu giữ chức, tái đắc cử, được chỉ định làm):
	// the resolve stage ties it to the congress the article reports.
	Elected bool
	// Former is set when the sentence says the post is held no longer at the
	// article's event: printed with nguyên or cố, after khi đó là or từng
	// là, left (thôi giữ chức, nghỉ hưu), or given up for the post the
	// sentence appoints the person to.
	Former bool
}

// ParsedUnit is the unit the post is in as the sentence names it
// (Parsed), and whether one is.
func (q PostMention) ParsedUnit() (units.Unit, bool) {
	if q.Parsed == nil {
		return units.Unit{}, false
	}
	return *q.Parsed, true
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
	// Motto is the quoted text after tinh thần, phương châm or khẩu hiệu;
	// Theme the quoted text after chủ đề. Where a congress prints only a theme,
	// readers (and the gold annotations) take the theme as its motto.
	Motto string
	Theme string
	// MentionedOnly is set when the article only refers to the congress rather
	// than reporting it.
	MentionedOnly bool
	Sentence      int
	// Anaphoric is set for a bare "Đại hội" that names neither unit nor number:
	// it refers back to the congress the article speaks of, most often the one
	// it reports; its other fields (dates, motto) belong to that congress.
	Anaphoric bool
	// ByCommittee is set when the congress is known only through the committee
	// it elects: "Ban Chấp hành Đảng bộ Khối khóa VI, nhiệm kỳ 2020 - 2025" is
	// the committee of the VIth congress, held for the term 2020-2025. Printed
	// is the committee and Unit its organisation ("Đảng bộ Khối"; zero when
	// the committee is named alone). Such a mention completes the ordinal and
	// term of the congress of the same unit (or of the article's congress when
	// Unit is zero); it does not say whether that congress is reported. A
	// central body's committee (Bộ Chính trị khóa XIII) is the Party's: its
	// congress is the national one (Đại hội XIII của Đảng).
	ByCommittee bool
}

// EventMention is a conference or meeting (Hội nghị) that is not a congress.
type EventMention struct {
	Name       Phrase // "Hội nghị tổng kết công tác xây dựng Đảng năm 2022 và triển khai chương trình công tác năm 2023"
	Unit       Phrase // the unit that holds it, where printed
	Start, End model.When
	Sentence   int
	// Anaphoric is set for a bare "hội nghị" (or "Hội nghị") that refers back
	// to the event the article speaks of.
	Anaphoric bool
	// MentionedOnly is set when the sentence only refers to the event (tiến
	// tới Hội nghị..., sau Hội nghị...) rather than reporting it.
	MentionedOnly bool
}

// DocumentMention is a party or state document named in a sentence.
type DocumentMention struct {
	Printed Phrase // the whole reference as printed
	// Titled is the name of a document known by name as the page prints
	// it, through its term and no further: "Nghị quyết Đại hội đại biểu Đảng
	// bộ tỉnh Nghệ An khóa XX, nhiệm kỳ 2025 - 2030" (a term Printed stops
	// before), "Nghị quyết Trung ương 4 (khóa XI)" (without the issuer or
	// date Printed goes on with). Readers cite a document by either, so it is
	// one more name of it; empty when it is Printed's text.
	Titled  string
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
	// Name is the name of a document known by name rather than number, written
	// the way it is cited: "Nghị quyết Đại hội XII của Đảng", "Nghị quyết Trung
	// ương 4 khóa XII" (a term printed in digits, khóa 12, is written in Roman
	// numerals). "Nghị quyết Đại hội" alone is the resolution of the congress the
	// article reports (OwnCongress). Empty for a numbered document.
	Name string
	// OwnCongress is set for "Nghị quyết Đại hội" printed without naming the
	// congress: the resolution adopted by the article's own congress.
	OwnCongress bool
	// Plenum is the Central Committee plenum printed as adopting a numbered
	// resolution: 7 for "Nghị quyết số 26-NQ/TW ngày 5/8/2008 của Hội nghị
	// lần thứ 7 Ban Chấp hành Trung ương Đảng khoá X"; 0 when not printed.
	// Resolve joins the plenum's resolution known by name (Nghị quyết Trung
	// ương 7 khóa X) to it.
	Plenum int
	// IssuerTerm is the term (khóa) of the issuing committee where printed
	// after it: 12 for "của Ban Chấp hành Trung ương Đảng khoá XII"; 0 when not.
	IssuerTerm int
	// OnEventDay is set when the sentence says the document was issued on the
	// day of the article's event without printing it: "Cùng ngày, Ban
	// Thường vụ Tỉnh ủy ban hành Quyết định số ...".
	OnEventDay bool
	// JustIssued is set when the sentence reports the document issued just
	// now without its date ("vừa ký ban hành Quyết định số 01-QĐNS/TW"): it
	// was issued in the year of the article's event.
	JustIssued bool
	// Letterhead is set for the document the page prints in full, read from
	// its letterhead ("Số: 06-HD/UBKTTW" over "HƯỚNG DẪN"); the sentences of
	// its head and preamble complete it (kind, date, subject, what it rests on).
	Letterhead bool
	// Headline is set for the document a page's headline opens with ("KẾT
	// LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ ..."): the news the page reports.
	Headline bool
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
