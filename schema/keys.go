package schema

import (
	"slices"
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

// UnitKey is the canonical key of a unit's full name: two names with one key
// are one unit (see unitForms).
func UnitKey(name string) string { return unitForm(vn.Key(name), unitForms) }

// UnitMatchKey is UnitKey for a folded name (marks dropped, đ as d, as
// vn.Fold gives and as a researcher may type it): names with one
// UnitMatchKey answer for one unit.
func UnitMatchKey(folded string) string { return unitForm(folded, foldedUnitForms) }

// unitForms are the printed forms of a unit's name that read as one unit,
// each pair applied in turn to whole words of the key. A party organisation
// and its committee are one unit: Đảng ủy X is Đảng bộ X, and the committees
// named after their place's level are those of its Đảng bộ (Thành ủy X is
// the committee of Đảng bộ thành phố X, Tỉnh ủy X of Đảng bộ tỉnh X...). The
// level stays in the key: Tỉnh ủy Thanh Hóa and Thành ủy Thanh Hóa (the
// province's capital) are two units. Ho Chi Minh City is one name however it
// is printed, and TP is thành phố.
var unitForms = slices.Concat(unitHeadForms, unitPlaceForms)

// unitHeadForms are the forms of unitForms that name a party organisation
// by its committee.
var unitHeadForms = [][2]string{
	{"đảng ủy", "đảng bộ"},
	{"thành ủy", "đảng bộ thành phố"},
	{"tỉnh ủy", "đảng bộ tỉnh"},
	{"huyện ủy", "đảng bộ huyện"},
	{"quận ủy", "đảng bộ quận"},
	{"thị ủy", "đảng bộ thị xã"},
}

// unitPlaceForms are the forms of unitForms that spell a place.
var unitPlaceForms = [][2]string{
	{"thành phố hồ chí minh", "tphcm"},
	{"tp hồ chí minh", "tphcm"},
	{"tp hcm", "tphcm"},
	{"tp.hcm", "tphcm"},
	{"tp", "thành phố"},
	{"thành phố tphcm", "tphcm"},
	{"thành phố thành phố", "thành phố"},
	{"tỉnh tỉnh", "tỉnh"},
	{"huyện huyện", "huyện"},
	{"quận quận", "quận"},
}

// foldedUnitForms are unitForms folded, for UnitMatchKey, and
// foldedPlaceForms unitPlaceForms, for UnitSpellings.
var foldedUnitForms, foldedPlaceForms = folded(unitForms), folded(unitPlaceForms)

func folded(forms [][2]string) [][2]string {
	out := make([][2]string, len(forms))
	for i, f := range forms {
		out[i] = [2]string{vn.Fold(f[0]), vn.Fold(f[1])}
	}
	return out
}

func unitForm(key string, forms [][2]string) string {
	k := " " + key + " "
	for _, f := range forms {
		k = strings.ReplaceAll(k, " "+f[0]+" ", " "+f[1]+" ")
	}
	return strings.TrimSpace(k)
}

// UnitID is the id of the unit with the full canonical name. scope is empty for
// a unit whose name says where it is (Thành ủy TPHCM, Bộ Chính trị); for a name
// that leans on a place the article never names (a bare Thành ủy in an article
// about an unnamed city) scope is the article's id, so that it stays apart from
// every other city's Thành ủy; so too for a board every funeral sets up (Ban
// Lễ tang) when the name does not say whose funeral.
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

// TermSign is the issuer part of the id of a central document cited
// without its year but with its committee's term ("TW k12" for khóa XII):
// numbers restart each term, so the term tells which document of the code
// the citation means.
func TermSign(sign string, khoa int) string {
	return sign + " k" + strconv.Itoa(khoa)
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

// UnitSpellings are the other spellings, folded, under which a search for
// query may mean a unit: its places spelt as the keys spell them (Thành
// phố Hồ Chí Minh, TP.HCM and TP HCM read TPHCM), its UnitMatchKey (Thành
// ủy X reads Đảng bộ thành phố X too), and, for a word of the query written
// as initials (no vowel: HCM, HN), the city it abbreviates as the press
// prints it, TP and the initials (TPHCM). None when the query reads only as
// itself.
func UnitSpellings(query string) []string {
	f := vn.Fold(query)
	var out []string
	add := func(s string) {
		if s != "" && s != f && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	add(unitForm(f, foldedPlaceForms))
	k := UnitMatchKey(f)
	add(k)
	// A query with a number names a document (KL 21, 05-CT/TW), and a
	// document's sign is no city.
	if strings.ContainsAny(f, "0123456789") {
		return out
	}
	words := strings.Fields(k)
	changed := false
	for i, w := range words {
		if initials(w) && !strings.HasPrefix(w, "tp") && !isDocSign(w) {
			words[i], changed = "tp"+w, true
		}
	}
	if changed {
		add(UnitMatchKey(strings.Join(words, " ")))
	}
	return out
}

// isDocSign reports whether a folded word is the sign of a kind of
// document (nq, ct, kl...: DocKinds).
func isDocSign(w string) bool {
	for _, k := range DocKinds() {
		if k.Sign != "" && vn.Fold(k.Sign) == w {
			return true
		}
	}
	return false
}

// initials reports whether a folded word is letters without a vowel, which
// no Vietnamese syllable is: an abbreviation by initials (hcm, ubnd, tw).
// The consonants a syllable begins with (ng, nh, tr...) are rather a word
// being typed.
func initials(w string) bool {
	if len(w) < 2 || slices.Contains([]string{"ch", "gh", "gi", "kh", "ng", "ngh", "nh", "ph", "qu", "th", "tr"}, w) {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' || strings.ContainsRune("aeiouy", r) {
			return false
		}
	}
	return true
}
