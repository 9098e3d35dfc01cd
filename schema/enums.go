package schema

import (
	"fmt"
	"io"
	"strconv"

	"github.com/cadregraph/cadregraph/lexicon"
)

// Role is what a person is in an article: PersonRole in the API, the literal of
// the role predicate in the store.
type Role string

// The roles.
const (
	RoleOfficial     Role = "OFFICIAL"
	RoleAuthor       Role = "AUTHOR"
	RolePhotographer Role = "PHOTOGRAPHER"
	RoleOther        Role = "OTHER"
)

// DocKind is the kind of a party or state document: DocumentKind in the API.
type DocKind string

// The document kinds, with the Vietnamese word and the sign each is printed with
// in DocKinds.
const (
	Resolution  DocKind = "RESOLUTION"
	Directive   DocKind = "DIRECTIVE"
	Conclusion  DocKind = "CONCLUSION"
	Regulation  DocKind = "REGULATION"
	Circular    DocKind = "CIRCULAR"
	Scheme      DocKind = "SCHEME"
	Decision    DocKind = "DECISION"
	Instruction DocKind = "INSTRUCTION"
	Program     DocKind = "PROGRAM"
	Plan        DocKind = "PLAN"
	Report      DocKind = "REPORT"
	OtherDoc    DocKind = "OTHER"
)

// DocKindInfo is how a kind of document is printed and glossed.
type DocKindInfo struct {
	Kind       DocKind
	Vietnamese string // Nghị quyết
	Sign       string // NQ: the letters of 21-NQ/TW
	English    string // resolution
}

// DocKinds lists every kind with its printed word, sign and gloss.
func DocKinds() []DocKindInfo {
	return []DocKindInfo{
		{Resolution, "Nghị quyết", "NQ", "resolution"},
		{Directive, "Chỉ thị", "CT", "directive"},
		{Conclusion, "Kết luận", "KL", "conclusion"},
		{Regulation, "Quy định", "QĐ", "regulation"},
		{Circular, "Thông tri", "TT", "circular"},
		{Scheme, "Đề án", "ĐA", "scheme"},
		{Decision, "Quyết định", "QĐ", "decision"},
		{Instruction, "Hướng dẫn", "HD", "instruction"},
		{Program, "Chương trình", "CTr", "program"},
		{Plan, "Kế hoạch", "KH", "plan"},
		{Report, "Báo cáo", "BC", "report"},
		{OtherDoc, "Văn bản", "", "document"},
	}
}

// Info is the printed word, sign and gloss of k.
func (k DocKind) Info() DocKindInfo {
	for _, i := range DocKinds() {
		if i.Kind == k {
			return i
		}
	}
	return DocKindInfo{Kind: k}
}

// MarshalGQL, UnmarshalGQL: the enums are their own GraphQL values.

func (k Kind) MarshalGQL(w io.Writer)    { _, _ = io.WriteString(w, strconv.Quote(string(k))) }
func (r Role) MarshalGQL(w io.Writer)    { _, _ = io.WriteString(w, strconv.Quote(string(r))) }
func (k DocKind) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(k))) }

func (k *Kind) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	for _, c := range Kinds() {
		if string(c) == s {
			*k = c
			return nil
		}
	}
	return fmt.Errorf("%v is not an EntityKind", v)
}

func (r *Role) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	switch Role(s) {
	case RoleOfficial, RoleAuthor, RolePhotographer, RoleOther:
		*r = Role(s)
		return nil
	}
	return fmt.Errorf("%v is not a PersonRole", v)
}

func (k *DocKind) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	for _, i := range DocKinds() {
		if string(i.Kind) == s {
			*k = i.Kind
			return nil
		}
	}
	return fmt.Errorf("%v is not a DocumentKind", v)
}

// UnitKind is what kind of organisation a unit is: the literal of unitKind.
type UnitKind string

// The kinds of unit: the lexicon's literals, which its tables of unit heads
// carry.
const (
	UnitParty     UnitKind = lexicon.KindParty     // Đảng Cộng sản Việt Nam
	UnitCentral   UnitKind = lexicon.KindCentral   // Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư
	UnitPartyOrg  UnitKind = lexicon.KindPartyOrg  // Đảng bộ / Đảng ủy X, Thành ủy, Tỉnh ủy, Huyện ủy...
	UnitPartyBody UnitKind = lexicon.KindPartyBody // Ban Thường vụ, Ban Chấp hành, Ủy ban Kiểm tra of a committee
	UnitPartyDept UnitKind = lexicon.KindPartyDept // Ban Tổ chức, Ban Tuyên giáo, Văn phòng of a committee
	UnitCell      UnitKind = lexicon.KindCell      // Chi bộ
	UnitCouncil   UnitKind = lexicon.KindCouncil   // HĐND
	UnitCommittee UnitKind = lexicon.KindCommittee // UBND
	UnitFront     UnitKind = lexicon.KindFront     // Ủy ban MTTQ Việt Nam
	UnitMass      UnitKind = lexicon.KindMass      // Đoàn TNCS Hồ Chí Minh, Hội Cựu chiến binh, Công đoàn...
	UnitState     UnitKind = lexicon.KindState     // Quốc hội, Chính phủ, ministries, departments
	UnitOther     UnitKind = lexicon.KindOther
)

// UnitKindInfo glosses a kind of unit.
type UnitKindInfo struct {
	Kind    UnitKind
	English string
}

// UnitKinds lists the kinds of unit with their English glosses.
func UnitKinds() []UnitKindInfo {
	return []UnitKindInfo{
		{UnitParty, "the Communist Party of Vietnam"},
		{UnitCentral, "central party body"},
		{UnitPartyOrg, "party organisation and its executive committee"},
		{UnitPartyBody, "body of a party committee"},
		{UnitPartyDept, "department of a party committee"},
		{UnitCell, "party cell"},
		{UnitCouncil, "People's Council"},
		{UnitCommittee, "People's Committee"},
		{UnitFront, "Fatherland Front committee"},
		{UnitMass, "mass organisation"},
		{UnitState, "state body"},
		{UnitOther, "organisation"},
	}
}
