package schema

import (
	"strconv"
	"strings"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/vn"
)

// The functions below are the identity rules of the graph: what makes two
// mentions one node. The loader's resolve stage decides the canonical parts (the
// full name of a unit, the kind and number of a document); these turn them into
// keys and ids. See doc.go.

// PersonID is the id of the person printed as name: one node per name,
// whatever its case, tone placement or spacing.
func PersonID(name string) string { return ID(Person, vn.Key(name)) }

// UnitKey is the canonical key of a unit's full name. A party organisation and
// its committee are one unit (Đảng bộ X / Đảng ủy X), so "đảng ủy" keys as
// "đảng bộ".
func UnitKey(name string) string {
	k := vn.Key(name)
	k = strings.ReplaceAll(k, "đảng ủy", "đảng bộ")
	return k
}

// UnitID is the id of the unit with the full canonical name. scope is empty for
// a unit whose name says where it is (Thành ủy TPHCM, Bộ Chính trị); for a name
// that leans on a place the article never names (a bare Thành ủy in an article
// about an unnamed city) scope is the article's id, so that it stays apart from
// every other city's Thành ủy.
func UnitID(name, scope string) string {
	k := UnitKey(name)
	if scope != "" {
		k += " @" + scope
	}
	return ID(Unit, k)
}

// PositionID is the id of the post with title (Phó Bí thư Thường trực) in the
// unit with unitID; unitID is empty for a post named by its title alone.
func PositionID(title, unitID string) string {
	return ID(Position, vn.Key(title)+" @"+unitID)
}

// CongressID is the id of a unit's congress: by ordinal where known, else by
// term (2025-2030).
func CongressID(unitID string, ordinal int, term string) string {
	if ordinal > 0 {
		return ID(Congress, unitID+" #"+strconv.Itoa(ordinal))
	}
	return ID(Congress, unitID+" term "+term)
}

// EventID is the id of an event (Hội nghị) of a unit, by its name and date.
func EventID(unitID, name string, d date.Date) string {
	return ID(Event, vn.Key(name)+" @"+unitID+" "+d.String())
}

// DocumentID is the id of a numbered document: its kind, its number without
// leading zeros, the issuer part of its sign (TW, TU, ĐU...; empty when not
// certain) and its year (0 when not known). A number is unique only with kind,
// issuer and year: Chỉ thị 35-CT/TW and Nghị quyết 35-NQ/TW are two documents,
// and so are two Chỉ thị 35 of the Bộ Chính trị from different years.
func DocumentID(kind DocKind, number, issuerSign string, year int) string {
	n := strings.TrimLeft(number, "0")
	if n == "" {
		n = number
	}
	k := string(kind) + " " + strings.ToLower(n) + " /" + vn.Key(issuerSign)
	if year > 0 {
		k += " " + strconv.Itoa(year)
	}
	return ID(Document, k)
}

// NamedDocumentID is the id of a document known by its name alone (Nghị quyết
// Đại hội XII của Đảng), scoped like UnitID when the name leans on an unnamed
// place.
func NamedDocumentID(kind DocKind, name, scope string) string {
	k := string(kind) + " " + vn.Key(name)
	if scope != "" {
		k += " @" + scope
	}
	return ID(Document, k)
}

// CodeSign is the issuer part of a document's code, what follows its last
// slash and last dash: TW in 21-KL/TW, TU in 05-ĐA/TU, CP in
// 15/2023/NĐ-CP; "" when there is none. Together with kind, number and year it
// decides which document a code names.
func CodeSign(code string) string {
	k := strings.LastIndex(code, "/")
	if k < 0 {
		return ""
	}
	s := code[k+1:]
	if j := strings.LastIndex(s, "-"); j >= 0 {
		s = s[j+1:]
	}
	return s
}
