// Package units recognises the organisations a sentence names — party
// organisations and their committees, bodies and departments, the Party's
// central bodies, councils, people's committees, fronts, mass organisations,
// state agencies — and reads the structure of each name: its head (Đảng bộ,
// Thành ủy, Ban Thường vụ, HĐND), what names it (Khối Dân – Chính – Đảng, các
// cơ quan Đảng), the committee it belongs to (Ban Thường vụ *Thành ủy TPHCM*) and
// its place (TPHCM, tỉnh Lâm Đồng, phường Phù Vân, or a bare thành phố that
// leans on the article).
//
// Find scans a sentence for the names as printed; Parse reads the structure of
// one printed name, for the resolve stage, which completes what leans on the
// article (Complete) and writes the canonical name (String).
package units

import (
	"slices"
	"strings"
	"unicode"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// Unit is the structure of a unit's name as printed.
type Unit struct {
	Kind schema.UnitKind
	// Head is the word that says what the unit is, canonical: Đảng bộ, Đảng ủy,
	// Thành ủy, Ban Thường vụ, Ban, Văn phòng, HĐND, Sở; for a national body its
	// whole name (Bộ Chính trị).
	Head string
	// Name is what names the unit after its head, without its place: Khối Dân –
	// Chính – Đảng, các cơ quan Đảng, Tuyên giáo và Dân vận, Nội vụ.
	Name string
	// Of is the committee or body a body or a department belongs to: Thành ủy
	// TPHCM in Ban Thường vụ Thành ủy TPHCM.
	Of    *Unit
	Place Place
	// Start and End are the rune offsets of the name in the text read, and
	// Text the name as printed.
	Start, End int
	Text       string

	form  form
	local bool // exists at every level, so needs a place to be one unit (HĐND, Sở)
	short bool // the Central Committee printed as "Trung ương" inside another name
}

// form is how a unit's name is built.
type form int

const (
	fixed      form = iota // the head is the whole name: Bộ Chính trị, Quốc hội
	org                    // Đảng bộ, Đảng ủy, Chi bộ + name + place
	committee              // Thành ủy, Tỉnh ủy...: the head carries the place's level
	body                   // Ban Thường vụ, Ban Chấp hành... of a committee
	dept                   // Ban Tổ chức, Văn phòng... of a committee
	placedForm             // HĐND, UBND, Ủy ban MTTQ...: head + place
	organ                  // Sở, Bộ, Trường... + name + place
)

// String is the unit's canonical name: its parts as the graph writes them,
// with single spaces, en dashes, abbreviations of HĐND, UBND, MTTQ and TPHCM.
func (u Unit) String() string {
	parts := []string{u.Head}
	if u.Name != "" {
		parts = append(parts, u.Name)
	}
	if u.Of != nil {
		switch {
		case u.Of.short && u.Head == "Văn phòng":
			parts = append(parts, "Trung ương Đảng")
		case u.Of.short:
			parts = append(parts, "Trung ương")
		default:
			parts = append(parts, u.Of.String())
		}
	}
	if p := u.placeString(); p != "" {
		parts = append(parts, p)
	}
	return strings.Join(parts, " ")
}

func (u Unit) placeString() string {
	if implied := impliedLevel(u.Head); implied != "" && u.Place.Word == implied && u.Place.Name != "" && !u.Place.Numbered() {
		if u.Place.HCM() {
			return "TPHCM"
		}
		return u.Place.Name
	}
	return u.Place.String()
}

// Party reports whether u is a party organisation named by Đảng bộ or Đảng
// ủy, whose two heads name one unit.
func (u Unit) Party() bool {
	return u.form == org && (u.Head == "Đảng bộ" || u.Head == "Đảng ủy")
}

// CommitteeForm is u named after the committee that leads it, where u is a
// place's party organisation or a body of one: Tỉnh ủy Nam Định for Đảng bộ
// tỉnh Nam Định, Ủy ban Kiểm tra Huyện ủy Cờ Đỏ for Ủy ban Kiểm tra Đảng bộ
// huyện Cờ Đỏ. A page names the unit either way (baocantho 2010: Chủ nhiệm
// UBKT, read as the Đảng bộ huyện's; baodauthau: Phó Bí thư of the province
// named after UBND tỉnh Nam Định).
func (u Unit) CommitteeForm() (Unit, bool) {
	if u.Of != nil {
		// Ban Chấp hành Đảng bộ tỉnh is the Tỉnh ủy itself, never "Ban
		// Chấp hành Tỉnh ủy".
		c, ok := u.Of.CommitteeForm()
		if !ok || u.form != body || u.Head == "Ban Chấp hành" {
			return Unit{}, false
		}
		v := u
		v.Of = &c
		return v, true
	}
	if !u.Party() || u.Name != "" || u.Place.IsZero() || u.Place.Bare() || u.Place.Name == "" {
		return Unit{}, false
	}
	for _, h := range lexicon.UnitHeads() {
		if h.Class == lexicon.Committee && h.Kind == lexicon.KindPartyOrg && h.Level == u.Place.Word {
			return Unit{Kind: u.Kind, Head: h.Name, Place: u.Place, form: committee}, true
		}
	}
	return Unit{}, false
}

// WithHead is u with another head: Đảng bộ X for Đảng ủy X.
func (u Unit) WithHead(h string) Unit {
	u.Head = h
	return u
}

// Parent is the unit u belongs to where its name shows it: a body's or
// department's committee, and for a party organisation of a bloc, of agencies
// or of an organ, the Đảng bộ of its place (Đảng bộ các cơ quan Đảng TPHCM within
// Đảng bộ TPHCM).
func (u Unit) Parent() (Unit, bool) {
	if u.Of != nil {
		return *u.Of, true
	}
	if u.form == org && u.Name != "" && !u.Place.IsZero() {
		return Unit{Kind: schema.UnitPartyOrg, Head: "Đảng bộ", Place: u.Place, form: org}, true
	}
	return Unit{}, false
}

// PartyOf is the party organisation of place p: Đảng bộ thành phố Đà Nẵng.
func PartyOf(p Place) Unit {
	return Unit{Kind: schema.UnitPartyOrg, Head: "Đảng bộ", Place: p, form: org}
}

// Context is what an article says about where it is, for the names that lean
// on it (Thành ủy, thành phố, HĐND, Đảng ủy Khối, a bare Đảng ủy).
type Context struct {
	// Places are the places the article names, one per level word at most:
	// the city or province, the ward...
	Places []Place
	// Home is where the article's main unit is: the place of a bare HĐND,
	// UBND or Ủy ban MTTQ.
	Home Place
	// Main is the article's main party organisation, which a bare Đảng ủy,
	// Đảng bộ or Ban Thường vụ means; nil when unknown.
	Main *Unit
	// Bloc is the bloc's party organisation the article names in full, which
	// a bare Đảng ủy Khối means; nil when none or several.
	Bloc *Unit
	// Associations are the mass organisations the article prints with a
	// place (Hội LHPN tỉnh Hà Tĩnh), whose place one printed bare (Phó Chủ
	// tịch Hội Liên hiệp Phụ nữ) takes where they name one place only.
	Associations []Unit
}

// formation reports whether head is one of the army's numbered formations.
func formation(head string) bool {
	switch head {
	case "Quân đoàn", "Sư đoàn", "Lữ đoàn", "Trung đoàn":
		return true
	}
	return false
}

// tail returns the index after one of tails printed at ts[j], perhaps after
// a dash, a slash or a comma (Trường Sơn – đường Hồ Chí Minh, da cam/dioxin,
// Báo và Phát thanh, Truyền hình), or j.
func tail(ts []scan.Token, j int, tails [][]string) int {
	for _, t := range tails {
		k := j
		if k < len(ts) && (ts[k].Mark("-") || ts[k].Text == "/" || ts[k].Mark(",")) {
			k++
		}
		if e, ok := words(ts, k, t); ok {
			return e
		}
	}
	return j
}

// bareAssociation reports whether u is "Hội" alone (Trung ương Hội).
func (u Unit) bareAssociation() bool {
	return u.form == organ && u.Head == "Hội" && u.Name == "" && u.Place.IsZero()
}

// associationHead is the head of the associations c's article prints with
// their places, when they are all of one kind (Hội Nông dân).
func (c Context) associationHead() (string, bool) {
	head := ""
	for _, a := range c.Associations {
		if head != "" && a.Head != head {
			return "", false
		}
		head = a.Head
	}
	return head, head != "" && strings.HasPrefix(head, "Hội ")
}

// association is the place of the mass organisation headed head that c's
// article prints with a place, if it prints one place only for it.
func (c Context) association(head string) (Place, bool) {
	var found Place
	for _, a := range c.Associations {
		if a.Head != head || a.Name != "" || a.Place.Name == "" {
			continue
		}
		if !found.IsZero() && (found.Word != a.Place.Word || vn.Key(found.Name) != vn.Key(a.Place.Name)) {
			return Place{}, false
		}
		found = a.Place
	}
	return found, !found.IsZero()
}

// Association reports whether u is a mass organisation printed with its
// place, one an article's bare printing of it may mean (Context.Associations).
func (u Unit) Association() bool {
	return u.form == placedForm && u.Kind == schema.UnitMass && u.Name == "" && u.Place.Name != ""
}

// At is c where p stands for its level word: the places named at p's level
// give way to p, and so does home where it is at that level. A report's
// scene (Tại Hòa Bình, ...) and a person's own province are read this way.
func (c Context) At(p Place) Context {
	places := make([]Place, 0, len(c.Places)+1)
	found := false
	for _, x := range c.Places {
		if x.Word == p.Word {
			x, found = p, true
		}
		places = append(places, x)
	}
	if !found {
		places = append(places, p)
	}
	c.Places = places
	if c.Home.Word == p.Word {
		c.Home = p
	}
	return c
}

func (c Context) place(word string) (Place, bool) {
	for _, p := range c.Places {
		if p.Word == word && p.Name != "" {
			return p, true
		}
	}
	return Place{}, false
}

// Complete fills what u leaves to the article from c: a bare place from the
// place the article names at that level, a committee's missing place, the
// place of a council or front printed without one, the organisation a bare
// Đảng ủy or Ban Thường vụ means, the bloc a bare Đảng ủy Khối means. What c
// cannot settle stays bare (LeansOnContext): the graph never guesses a city.
func (u Unit) Complete(c Context) Unit {
	if u.Of != nil {
		of := u.Of.Complete(c)
		u.Of = &of
	}
	switch u.form {
	case org:
		switch {
		case u.Party() && u.Name == "" && u.Place.IsZero() && c.Main != nil:
			u.Name, u.Place = c.Main.Name, c.Main.Place
		case u.Party() && bareOrgan(u.Name) && u.Place.IsZero() && c.Main != nil && strings.HasPrefix(c.Main.Name, u.Name+" "):
			// Đảng ủy Tập đoàn in an article about Đảng bộ Tập đoàn Điện
			// lực Việt Nam: that group's.
			u.Name, u.Place = c.Main.Name, c.Main.Place
		case isBareBloc(u.Name) && c.Bloc != nil && (u.Place.IsZero() || u.Place.Bare() && u.Place.Word == c.Bloc.Place.Word):
			u.Name, u.Place = c.Bloc.Name, c.Bloc.Place
		case u.Place.IsZero() && (isBloc(u.Name) && !centralBloc(u.Name) || agencies(u.Name)):
			u.Place = c.Home
		}
	case body:
		if u.Of == nil && c.Main != nil && u.Head != "Thường trực" {
			m := *c.Main
			u.Of = &m
		}
	case committee:
		if u.Place.IsZero() {
			if p, ok := c.place(impliedLevel(u.Head)); ok {
				u.Place = p
			} else if p, ok := c.place("thành phố"); ok && u.Kind == schema.UnitPartyOrg && impliedLevel(u.Head) == "tỉnh" && p.Level() == Top && p.Name != "" &&
				slices.Contains(lexicon.MemberAbbrevs(), vn.Key(u.Text)) {
				// Trần Văn Khuê – TUV, Bí thư Quận ủy (i007, haiphong.gov
				// 2019): the initials are a Thành ủy viên's as well as a
				// Tỉnh ủy viên's; in an article about a city under the
				// centre, naming no province, the city's committee. Tỉnh ủy
				// printed in full there stays unknown (another province's).
				if cf, ok := PartyOf(p).CommitteeForm(); ok {
					cf.Start, cf.End, cf.Text = u.Start, u.End, u.Text
					u = cf
				}
			}
		}
	case placedForm, organ:
		if u.Place.IsZero() && u.local && (u.Name == "" || isBloc(u.Name)) {
			u.Place = c.Home
		}
		// HĐTV Tập đoàn in an article about Đảng bộ Tập đoàn Bưu chính Viễn
		// thông Việt Nam: that group.
		if u.bareFirm() && c.Main != nil {
			if o, ok := c.Main.Organ(); ok && o.Head == u.Head && o.Name != "" {
				u.Name, u.Place = o.Name, o.Place
			}
		}
		// Trung ương Hội in an article about Hội Nông dân tỉnh An Giang: the
		// farmers' association of the country.
		if u.form == organ && u.bareAssociation() {
			if h, ok := c.associationHead(); ok {
				u = Unit{Kind: schema.UnitMass, Head: h, Name: "Việt Nam", form: placedForm, Start: u.Start, End: u.End, Text: u.Text}
			}
		}
		// Phó Chủ tịch Hội Liên hiệp Phụ nữ in an article about Hội LHPN
		// tỉnh Hà Tĩnh (hoilhpn 2021): that province's association.
		if u.form == placedForm && u.Kind == schema.UnitMass && u.Name == "" && u.Place.IsZero() {
			if p, ok := c.association(u.Head); ok {
				u.Place = p
			}
		}
		// A Sở is a province's or a city's: in an article at home there, Sở
		// Tài chính is that province's. Elsewhere it stays the article's.
		if u.form == organ && u.Head == "Sở" && u.Place.IsZero() && c.Home.Level() == Top && c.Home.Name != "" {
			u.Place = c.Home
		}
	}
	if u.form != org && isBareBloc(u.Name) && c.Bloc != nil {
		// Hội Cựu chiến binh Khối: the bloc's association.
		u.Name, u.Place = c.Bloc.Name, c.Bloc.Place
	}
	if u.Place.Bare() {
		if p, ok := c.place(u.Place.Word); ok {
			u.Place = p
		}
	}
	return u
}

// LeansOnContext reports whether u's name leans on a place or an organisation
// the article leaves unnamed: a bare Thành ủy, thành phố, HĐND, Đảng ủy Khối.
// Such a unit is one only within its article.
func (u Unit) LeansOnContext() bool {
	if u.Of != nil && u.Of.LeansOnContext() {
		return true
	}
	if u.Place.Bare() || isBareBloc(u.Name) || u.Place.Numbered() {
		return true
	}
	switch u.form {
	case org:
		// A cell is named after its hamlet or a number, found in every ward:
		// without its place it is the article's.
		if u.Head == "Chi bộ" && u.Place.IsZero() {
			return true
		}
		return u.Name == "" && u.Place.IsZero() || u.Place.IsZero() && (isBloc(u.Name) && !centralBloc(u.Name) || agencies(u.Name) || bareOrgan(u.Name))
	case committee:
		return u.Place.IsZero()
	case body, dept:
		return u.Of == nil
	case placedForm, organ:
		return u.local && u.Place.IsZero() || u.BareSteering() || u.unnamedFuneralBoard() || u.bareAssociation() || u.bareFirm()
	}
	return false
}

// unnamedFuneralBoard reports whether u is a funeral's board
// (lexicon.AdHocBoards) not named for the one it is for: Ban Lễ tang, Ban lễ
// tang Nhà nước. Every funeral sets one up, so such a board is one only
// within its article; Ban Lễ tang đồng chí A (adHoc reads ông, bà or đồng chí
// and the name) is A's, whichever article prints it.
func (u Unit) unnamedFuneralBoard() bool {
	if u.form != organ || u.NamedSteering() || !u.AdHoc() {
		return false
	}
	for _, w := range []string{"ông ", "bà ", "đồng chí "} {
		if strings.HasPrefix(u.Name, w) {
			return false
		}
	}
	return true
}

// nameGoesOn reports a name that may go on at ts[k] past lower-case words: a
// capital within three words, before any mark (Tập đoàn điện lực VN, Tập đoàn
// Công nghiệp tàu thủy Việt Nam), where the head is no bare firm's.
func nameGoesOn(ts []scan.Token, k int) bool {
	for j := k; j < len(ts) && j < k+3; j++ {
		if !ts[j].Word {
			return false
		}
		if ts[j].Cap() {
			return true
		}
	}
	return false
}

// firmHead reports the head of a firm's name (Tập đoàn, Tổng công ty, Công
// ty), whose boards (Hội đồng thành viên) a page names with the head alone.
func firmHead(head string) bool {
	switch head {
	case "Tập đoàn", "Tổng công ty", "Công ty":
		return true
	}
	return false
}

// FirmBoard is the board named by board, the name of a board's head
// (Hội đồng quản trị, Hội đồng thành viên, Hội đồng trường), of the firm,
// bank or school printed as firm: the board a page prints by its head alone
// before the post of the firm's head (Chủ tịch HĐQT kiêm Tổng Giám đốc
// Công ty X: Hội đồng quản trị Công ty X). Anything else a board governs
// nothing the genre names (Hội đồng quản trị Sở Y tế).
func FirmBoard(board, firm string) (Unit, bool) {
	f, ok := Parse(firm)
	if !ok || f.form != organ || f.Name == "" || !firmHead(f.Head) && f.Head != "Ngân hàng" && f.Head != "Trường" {
		return Unit{}, false
	}
	u, ok := Parse(board + " " + firm)
	if !ok || u.Of == nil || u.Of.Head != f.Head {
		return Unit{}, false
	}
	return u, true
}

// bareFirm reports a firm printed by its head alone (HĐTV Tập đoàn): the
// article's, if it names one.
func (u Unit) bareFirm() bool {
	return u.form == organ && u.Name == "" && u.Place.IsZero() && firmHead(u.Head)
}

// bareOrgan reports whether name is an organ's head alone (Tập đoàn, Tổng
// công ty, Trường): Đảng ủy Tập đoàn names the article's group.
func bareOrgan(name string) bool {
	return slices.Contains(tables().organNames, name)
}

func isBloc(name string) bool     { return name == "Khối" || strings.HasPrefix(name, "Khối ") }
func agencies(name string) bool   { return name == "các cơ quan Đảng" || name == "các cơ quan" }
func isBareBloc(name string) bool { return name == "Khối" }

// centralBloc reports whether name is a central bloc's (Khối Doanh nghiệp
// Trung ương, Khối các cơ quan Trung ương) or a ministry's (Khối cơ sở Bộ
// GTVT): a bloc of the country, which takes no place from the article.
func centralBloc(name string) bool {
	return isBloc(name) && (strings.HasSuffix(name, " Trung ương") || strings.Contains(vn.Key(name), " cơ sở bộ "))
}

// Bloc reports whether u is the party organisation of a bloc named in full
// (Đảng bộ Khối Dân – Chính – Đảng TPHCM).
func (u Unit) Bloc() bool { return u.Party() && isBloc(u.Name) && !isBareBloc(u.Name) }

// Bare reports whether u is a party organisation printed by its head alone
// (Đảng ủy, Đảng bộ).
func (u Unit) Bare() bool { return u.Party() && u.Name == "" && u.Place.IsZero() }

// HeadOnly reports whether u is a party organisation or a body printed as
// its head alone, naming its unit only through the article: Đảng ủy, Đảng bộ,
// Ban Chấp hành. Such a printing is no name of the unit (while Thành ủy and
// HĐND, printed alone, still say what the unit is).
func (u Unit) HeadOnly() bool {
	return u.Bare() || u.form == body && u.Of == nil
}

// National reports whether u is a national body, named without a place: the
// Party, its central bodies and departments, the National Assembly, the
// Government and its ministries.
func (u Unit) National() bool {
	if !u.Place.IsZero() || u.LeansOnContext() {
		return false
	}
	switch {
	case u.Kind == schema.UnitCentral || u.Kind == schema.UnitParty:
		return true
	case u.form == fixed:
		return true
	case u.form == organ && !u.local && u.Kind == schema.UnitState:
		return true
	case u.Of != nil:
		return u.Of.National()
	}
	return false
}

// Body reports whether u is a body of a committee (Ban Thường vụ, Ban Chấp
// hành, Ủy ban Kiểm tra).
func (u Unit) Body() bool { return u.form == body }

// Committee reports whether u is a committee named by its place (Tỉnh ủy
// Bình Phước, Thành ủy, Huyện ủy), which bodies and departments belong to.
func (u Unit) Committee() bool { return u.form == committee }

// OfPlace reports whether u is a place's own: its committee (Tỉnh ủy Gia
// Lai), party organisation (Đảng bộ tỉnh Gia Lai), council or people's
// committee (UBND tỉnh Gia Lai) — not an organ whose name ends on a place
// (Công ty Cổ phần Nước – Môi trường Bình Dương).
func (u Unit) OfPlace() bool {
	return u.form == committee || u.form == placedForm || u.form == org && u.Name == ""
}

// Scan returns the units printed in text with their structure. Offsets are
// runes of text. Heads must be capitalised, as the genre prints the names of
// units; in small letters the same words are common nouns (chi bộ, ban chấp
// hành, ủy ban kiểm tra cấp ủy).
func Scan(text string) []Unit { return scanUnits(scan.Tokens(text), []rune(text)) }

// ScanTokens is Scan of the tokens and runes a text was cut into
// (recognize.Sentence.Units).
func ScanTokens(ts []scan.Token, rs []rune) []Unit { return scanUnits(ts, rs) }

// scanUnits is Scan of the tokens and runes of a text.
func scanUnits(ts []scan.Token, rs []rune) []Unit {
	p := &parser{ts: ts, rs: rs, strict: true, g: tables()}
	var out []Unit
	for i := 0; i < len(p.ts); {
		if u, end, ok := p.unit(i); ok {
			out = append(out, p.finish(u, i, end))
			i = end
			continue
		}
		i++
	}
	return out
}

// Reader reads units inside the tokens of one text, for recognisers that
// meet a unit inside a larger phrase (a post: Phó Bí thư *Thành ủy TPHCM*).
type Reader struct {
	ts []scan.Token
	rs []rune
	// none marks the first tokens where no unit begins, read strictly
	// (none[0]) or not (none[1]), a bit a token. The people recogniser asks
	// at the same token again and again (a post tried in a list, then for a
	// name): on the synthetic corpus nearly half the asks repeat one already
	// answered, nearly all of them answered no.
	none [2][noneWords]uint64
}

// noneWords is the words of Reader.none: the first 256 tokens of a text,
// more than nearly any sentence has.
const noneWords = 4

// NewReader is a Reader of ts, the tokens of a text whose runes are rs: the
// caller has them already (recognize.Sentence), and converting the text again
// for each sentence was a tenth of what the people recogniser allocated.
func NewReader(ts []scan.Token, rs []rune) *Reader {
	return &Reader{ts: ts, rs: rs}
}

// At reads the unit whose name begins at token i and returns the token index
// after the name. Its head must be capitalised, as in Scan.
func (r *Reader) At(i int) (Unit, int, bool) { return r.at(i, true) }

// After is At for a unit printed after a title (Phó Bí thư *Thành ủy TPHCM*,
// Trưởng *ban Tổ chức Tỉnh ủy*), which anchors it: the head may be printed in
// small letters.
func (r *Reader) After(i int) (Unit, int, bool) { return r.at(i, false) }

func (r *Reader) at(i int, strict bool) (Unit, int, bool) {
	mode := 0
	if !strict {
		mode = 1
	}
	w, bit := i/64, uint64(1)<<(uint(i)%64)
	memo := i >= 0 && w < noneWords
	if memo && r.none[mode][w]&bit != 0 {
		return Unit{}, i, false
	}
	p := &parser{ts: r.ts, rs: r.rs, strict: strict, g: tables()}
	u, end, ok := p.unit(i)
	if !ok {
		if memo {
			r.none[mode][w] |= bit
		}
		return Unit{}, i, false
	}
	// The caller has the tokens and the text: the span is enough.
	u.Start, u.End = r.ts[i].Start, r.ts[end-1].End
	return u, end, true
}

// Parse reads the structure of text, the printed name of one unit, as another
// recogniser reported it (the unit of a congress, the issuer of a document).
// Small letters are accepted (đảng bộ phường), and so are "Đảng" (the Party) and
// "Trung ương" (its Central Committee) alone. It reports false when text does
// not begin with a unit's name.
func Parse(text string) (Unit, bool) {
	p := newParser(text, false)
	if len(p.ts) == 0 {
		return Unit{}, false
	}
	if u, end, ok := p.unit(0); ok {
		return p.finish(u, 0, end), true
	}
	if isMinistry(text) {
		// Quốc phòng, as the unit of Bộ trưởng Quốc phòng: the ministry.
		return p.finish(Unit{Kind: schema.UnitState, Head: "Bộ", Name: joinWords(p.ts), form: organ}, 0, len(p.ts)), true
	}
	switch {
	case p.ts[0].Is("đảng") && (len(p.ts) == 1 || !p.ts[1].Word):
		return p.finish(Unit{Kind: schema.UnitParty, Head: "Đảng Cộng sản Việt Nam"}, 0, 1), true
	case len(p.ts) >= 2 && p.ts[0].Is("trung") && p.ts[1].Is("ương"):
		return p.finish(Unit{Kind: schema.UnitCentral, Head: centralCommittee}, 0, 2), true
	}
	return Unit{}, false
}

type parser struct {
	ts     []scan.Token
	rs     []rune
	strict bool
	g      *grammar
}

func newParser(text string, strict bool) *parser {
	return &parser{ts: scan.Tokens(text), rs: []rune(text), strict: strict, g: tables()}
}

func (p *parser) finish(u Unit, i, end int) Unit {
	u.Start, u.End = p.ts[i].Start, p.ts[end-1].End
	u.Text = vn.NFC(string(p.rs[u.Start:u.End]))
	return u
}

// unit reads the name of a unit at ts[i].
func (p *parser) unit(i int) (Unit, int, bool) {
	ts := p.ts
	if i >= len(ts) || !ts[i].Word || p.strict && !ts[i].Cap() {
		return Unit{}, i, false
	}
	if !p.strict && i >= 2 && ts[i-1].Is("trưởng") && ts[i-2].Is("bộ", "thứ") {
		// Bộ trưởng Quốc phòng, Thứ trưởng Ngoại giao: the minister's title
		// names the ministry, printed without Bộ.
		if end := p.orgName(i); end > i && isMinistry(joinWords(ts[i:end])) {
			return Unit{Kind: schema.UnitState, Head: "Bộ", Name: joinWords(ts[i:end]), form: organ}, end, true
		}
	}
	if u, j, ok := p.assemblyCommittee(i); ok {
		return u, j, true
	}
	at := i
	if k, ok := scan.Seq(ts, i, "ban chấp hành"); ok {
		at = k // Ban Chấp hành Trung ương Hội Nông dân Việt Nam
	} else if k, ok := scan.Seq(ts, i, "bch"); ok {
		at = k
	}
	if j, ok := centralAt(ts, at); ok && ts[at].Cap() && ts[i].Cap() {
		// Trung ương Hội CCB Việt Nam: the central committee of a national
		// association, its executive committee printed before it or not.
		if e, k, ok := p.g.placed.longest(ts, j); ok && e.kind == schema.UnitMass {
			strict := p.strict
			p.strict = false
			in, end, ok := p.unit(j)
			p.strict = strict
			if ok && end >= k && in.form == placedForm && strings.HasPrefix(in.Head, "Hội ") && !strings.HasSuffix(in.Head, " Việt Nam") && in.Name == "" && in.Place.IsZero() && (end >= len(ts) || !ts[end].Cap()) {
				// Phó chủ tịch Trung ương Hội Truyền thống Trường Sơn-
				// đường Hồ Chí Minh (baomoi 2024): the country left out.
				in.Name = "Việt Nam"
				in = p.finish(in, j, end)
				return Unit{Kind: schema.UnitMass, Head: "Trung ương", Of: &in, form: dept}, end, true
			}
			if ok && end >= k && (in.Name == "Việt Nam" || strings.HasSuffix(in.Head, " Việt Nam")) {
				in = p.finish(in, j, end)
				return Unit{Kind: schema.UnitMass, Head: "Trung ương", Of: &in, form: dept}, end, true
			}
		}
		if j < len(ts) && ts[j].Is("hội") && ts[j].Cap() && (j+1 >= len(ts) || !ts[j+1].Word) {
			// Ủy viên Ban Chấp hành Trung ương Hội, Chủ tịch Hội Nông dân
			// tỉnh (j002, An Giang 2023): the national association of the
			// one the article is about, which Complete reads.
			in := p.finish(Unit{Kind: schema.UnitMass, Head: "Hội", form: organ}, j, j+1)
			return Unit{Kind: schema.UnitMass, Head: "Trung ương", Of: &in, form: dept}, j + 1, true
		}
	}
	if u, j, ok := p.youthUnion(i); ok {
		return u, j, true
	}
	if e, j, ok := p.g.central.longest(ts, i); ok {
		if u, k, ok := p.unionCentral(e.canonical, j); ok {
			return u, k, true
		}
		// Ban Chấp hành Trung ương Đoàn is the Youth Union's, not the Party's.
		if !(e.canonical == centralCommittee && j < len(ts) && ts[j].Is("đoàn", "hội")) {
			return Unit{Kind: e.kind, Head: e.canonical, form: fixed}, j, true
		}
	}
	if e, j, ok := p.g.bodies.longest(ts, i); ok && !(e.canonical == "Ban Chấp hành" && ts0(ts, j, "quân sự") && ts[i].Upper()) {
		if e.canonical == "Thường trực" && i > 0 && ts[i-1].Is("thư", "tịch", "nhiệm", "ban", "trưởng", "đoàn", "tướng", "đốc") {
			return Unit{}, i, false // Phó Bí thư Thường trực: part of a title
		}
		u := Unit{Kind: e.kind, Head: e.canonical, form: body}
		if of, k, ok := p.of(j); ok {
			if e.canonical == "Thường trực" && of.Head == "Ban Bí thư" {
				// Thường trực Ban Bí thư is one person's post, the
				// Secretariat's standing member, not a body of it.
				return Unit{}, i, false
			}
			u.Of, j = &of, k
			if of.Kind == schema.UnitCentral {
				u.Kind = schema.UnitCentral
			}
		} else if e.needsUnit && (p.strict || e.canonical != "Đoàn Chủ tịch" || j >= len(ts) || !ts[j].Mark(",")) {
			// After a title, a presidium printed bare before a comma
			// shares the unit of the post after it (Ủy viên Đoàn Chủ tịch,
			// Trưởng Ban Tài chính Tổng LĐLĐ Việt Nam), which resolve gives
			// it or drops the post; scanned alone it names nothing, and
			// Thường trực alone stays a word.
			return Unit{}, i, false
		}
		return u, j, true
	}
	if u, j, ok := p.department(i); ok {
		return u, j, true
	}
	if e, j, ok := p.g.committees.longest(ts, i); ok {
		u := Unit{Kind: e.kind, Head: e.canonical, form: committee}
		level, at := impliedLevel(e.canonical), j
		u.Place, j = placeAt(ts, j, level)
		if level != "" && u.Place.Word != level && u.Place.Name != "" && vn.Key(joinWords(ts[at:j])) == vn.Key(u.Place.Name) {
			// Thành ủy Sóc Trăng, Huyện ủy Quảng Ninh: a place printed bare
			// after a committee named by its level is the place of that
			// level, a province's capital or a district named as a province.
			u.Place.Word = level
		}
		return u, j, true
	}
	if e, j, ok := p.g.organisations.longest(ts, i); ok {
		return p.organisation(e, j)
	}
	if e, j, ok := p.g.placed.longest(ts, i); ok {
		u := Unit{Kind: e.kind, Head: e.canonical, form: placedForm, local: e.needsPlace}
		j = tail(ts, j, e.tails)
		if e.canonical == "Công an" && p.strict && (j >= len(ts) || ts[j].Is("nhân")) {
			return Unit{}, i, false // công an nhân dân: the police as a force
		}
		if _, ok := scan.Seq(ts, j, "khối"); ok {
			u.Name, j = p.bloc(j)
		}
		if k, ok := scan.Seq(ts, j, "việt nam"); ok && e.kind == schema.UnitMass && ts[j].Cap() {
			// Hội LHPN Việt Nam, Hội Nông dân Việt Nam: the national
			// association, named after the country, not a place in it.
			u.Name, j = "Việt Nam", k
		} else if j < len(ts) && e.kind == schema.UnitMass && ts[j].Text == "VN" {
			u.Name, j = "Việt Nam", j+1 // Hội CCB VN
		}
		u.Place, j = placeAt(ts, j, "")
		if (e.canonical == "Công an" || e.canonical == "Thanh tra") && u.Place.IsZero() {
			return Unit{}, i, false // công an, thanh tra alone: the work, not a body
		}
		return u, j, true
	}
	if e, j, ok := p.g.boards.longest(ts, i); ok {
		// Hội đồng thành viên Tổng công ty X: the board of the firm after it.
		strict := p.strict
		p.strict = false
		in, k, ok := p.unit(j)
		p.strict = strict
		if !ok {
			// Chủ tịch HĐTV Tập đoàn: the firm by its head alone, the one
			// the article is about (Complete), never a name of its own.
			f, fk, fok := p.g.organs.longest(ts, j)
			if !fok || !firmHead(f.canonical) || nameGoesOn(ts, fk) {
				return Unit{}, i, false
			}
			in, k, ok = Unit{Kind: f.kind, Head: f.canonical, form: organ}, fk, true
		}
		// Hội đồng thành viên EVN: the firm by its abbreviation.
		if !ok || in.form != organ && !(in.form == fixed && in.Kind == schema.UnitOther) {
			return Unit{}, i, false
		}
		in = p.finish(in, j, k)
		return Unit{Kind: e.kind, Head: e.canonical, Of: &in, form: dept}, k, true
	}
	if !p.strict && acronym(ts[i]) && !p.startsPlace(i) {
		// Tổng Giám đốc EVN: after a title, a firm by its abbreviation.
		return Unit{Kind: schema.UnitOther, Head: ts[i].Text, form: fixed}, i + 1, true
	}
	if e, j, ok := p.g.organs.longest(ts, i); ok {
		if e.canonical == "Quân khu" && j < len(ts) && ts[j].Digits() && len(ts[j].Text) <= 2 {
			// Quân khu 7: a military region is numbered.
			return Unit{Kind: e.kind, Head: e.canonical, Name: ts[j].Text, form: organ}, j + 1, true
		}
		if formation(e.canonical) {
			// Quân đoàn 1, Lữ đoàn 972: a formation is named by its number
			// alone; without one the word is no unit's name.
			if j < len(ts) && ts[j].Digits() && len(ts[j].Text) <= 3 {
				return Unit{Kind: e.kind, Head: e.canonical, Name: ts[j].Text, form: organ}, j + 1, true
			}
			return Unit{}, i, false
		}
		sector := ""
		if e.canonical == "Công đoàn" && j+1 < len(ts) && ts[j].Is("ngành") && !ts[j].Cap() {
			// Chủ tịch Công đoàn ngành Giáo dục tỉnh: the trade union of a
			// sector, its field capitalised after ngành.
			sector, j = "ngành ", j+1
		}
		if field, k, ok := fieldAbbrev(ts, j); ok && (e.canonical == "Sở" || e.canonical == "Bộ" || e.canonical == "Phòng") {
			// Sở TN-MT tỉnh Hậu Giang, Sở GTVT, Phòng TN&MT huyện: the
			// field abbreviated, named in full.
			u := Unit{Kind: e.kind, Head: e.canonical, Name: field, form: organ, local: e.needsPlace}
			u.Place, k = placeAt(ts, k, "")
			if e.canonical == "Phòng" && u.Place.IsZero() {
				return Unit{}, i, false
			}
			return u, k, true
		}
		if e.canonical == "Công đoàn" && ts0(ts, j, "văn phòng") {
			// Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh, Công đoàn Văn
			// phòng UBND tỉnh: the union of an office, whose name runs on
			// past the capitals of the body it serves.
			if in, k, ok := p.unit(j); ok && k > j+2 {
				if name := p.finish(in, j, k).String(); strings.HasPrefix(name, "Văn phòng ") {
					return Unit{Kind: e.kind, Head: e.canonical, Name: name, form: organ}, k, true
				}
			}
		}
		if e.placeNamed {
			// Bộ Tư lệnh TP HCM, Bộ Tư lệnh Thành phố Hồ Chí Minh: the
			// command named by its city, no field before it.
			if pl, k := placeAt(ts, j, ""); k > j && pl.Name != "" {
				return Unit{Kind: e.kind, Head: e.canonical, Place: pl, form: organ}, k, true
			}
			if k := tail(ts, j, e.tails); k > j && ts[j].Cap() {
				// Bộ Tư lệnh Thủ đô Hà Nội: the capital by its title, a
				// tail of the head's (lexicon.UnitHead.Tails).
				return Unit{Kind: e.kind, Head: e.canonical, Name: joinWords(ts[j:k]), form: organ}, k, true
			}
		}
		if e.underParent && !p.strict {
			if k := p.parentClosed(j); k > j && j < len(ts) && !ts[j].Cap() {
				// Cục trưởng Cục tác chiến, Bộ Tổng tham mưu: after a
				// title, a section named in small letters, closed by the
				// body it belongs to.
				return Unit{Kind: e.kind, Head: e.canonical, Name: capitalise(joinWords(ts[j:k])), form: organ}, k, true
			}
		}
		if len(e.tails) > 0 && !e.placeNamed {
			// Báo và Phát thanh - Truyền hình Lâm Đồng: the words of the
			// head's name printed after a mark, then the province that
			// names it, with its level word or not.
			k := tail(ts, j, e.tails)
			if k == j {
				return Unit{}, i, false
			}
			if pl, m := placeAt(ts, k, ""); m > k && pl.Name != "" {
				// Named after the province as the paper's masthead
				// prints it, without the level word.
				return Unit{Kind: e.kind, Head: e.canonical, Name: pl.Name, form: organ}, m, true
			}
			j = k
		}
		if j >= len(ts) || !ts[j].Cap() || ts[j].Upper() {
			return Unit{}, i, false
		}
		end := p.orgName(j)
		if end == j {
			return Unit{}, i, false
		}
		if e.underParent && !p.strict {
			// Vụ Tổ chức Cán bộ, Bộ Ngoại giao: after a title, the small
			// letters after the capitals go on to the parent that closes
			// the name. Not in a sentence's scan, where they are as often
			// its verb and the ministry the next subject (Giao Vụ Pháp chế
			// chủ trì, Bộ Tư pháp phối hợp).
			end = p.parentClosed(end)
		}
		if k, ok := scan.Seq(ts, end, "hồ chí minh"); ok {
			// Học viện Chính trị quốc gia Hồ Chí Minh: named after the
			// President; the city is printed with its level (TP., Thành phố).
			end = k
		}
		if e.sentenceCase {
			end = p.sentenceCase(j, end)
		}
		if e.canonical == "Hiệp hội" && end == j+1 && end < len(ts) && ts[end].Word && !ts[end].Cap() && !ts[end].Digits() && ts[end].Start > ts[j].End && !p.startsPlace(end) {
			// Hiệp hội Bất động sản TP.HCM, Hiệp hội Phần mềm và Dịch vụ
			// CNTT: trade associations print their field in sentence case,
			// and one capital syllable before small letters is a word cut
			// in two (Hiệp hội Bất, Hiệp hội Phần), no name: read nothing
			// rather than a wrong unit.
			return Unit{}, i, false
		}
		u := Unit{Kind: e.kind, Head: e.canonical, Name: sector + joinWords(ts[j:end]), form: organ, local: e.needsPlace}
		u.Place, end = placeAt(ts, end, "")
		if e.canonical == "Phòng" && u.Place.IsZero() {
			// Phòng Kế hoạch alone: a section of some agency the name does
			// not say (Phòng Cảnh sát giao thông Công an tỉnh does).
			return Unit{}, i, false
		}
		return u, end, true
	}
	return Unit{}, i, false
}

// fieldAbbrev reads the abbreviation of a ministry's or department's field
// at ts[j] (lexicon.FieldAbbrevs): words in capitals glued by & or -, as TN&MT,
// TN-MT, LĐ-TB&XH print it, and returns the field's full name and the end.
func fieldAbbrev(ts []scan.Token, j int) (string, int, bool) {
	var b strings.Builder
	k := j
	// Sở TN- MT, Sở TN - MT: spaces may stand around the dash; the
	// abbreviation ends on a word (Sở KH&: cut after the mark; Sở GTVT -
	// Trưởng ban: the dash joins the next post).
	end := j
	for ; k < len(ts) && (k == j || ts[k].Start == ts[k-1].End || ts[k].Mark("-") || ts[k-1].Mark("-") || strings.HasSuffix(ts[k-1].Text, "-")); k++ {
		if t := ts[k]; t.Word && t.Upper() {
			b.WriteString(strings.ReplaceAll(t.Text, "-", ""))
			end = k + 1
		} else if k == j || !t.Mark("&") && !t.Mark("-") {
			break
		}
	}
	k = end
	if k == j {
		return "", j, false
	}
	field, ok := lexicon.FieldAbbrevs()[b.String()]
	return field, k, ok
}

// regionNumber reports whether t numbers a region: I, II, 3.
func regionNumber(t scan.Token) bool {
	if !t.Word {
		return false
	}
	if t.Digits() {
		return len(t.Text) <= 2
	}
	_, ok := vn.Roman(t.Text)
	return ok && strings.ToUpper(t.Text) == t.Text
}

// acronym reports whether t is a firm's or an agency's abbreviation: two to
// five capital Latin letters (EVN, VNPT, TKV), none of the genre's
// abbreviations of units and places, which the tables read before.
func acronym(t scan.Token) bool {
	if !t.Word || !t.Upper() {
		return false
	}
	if _, ok := vn.Roman(t.Text); ok {
		return false // Bí thư khóa XXI, printed Bí thư XXI: a term, not a firm
	}
	return acronymText(t.Text)
}

// acronymText reports whether s is two to five capital Latin letters.
func acronymText(s string) bool {
	n := 0
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
		n++
	}
	return n >= 2 && n <= 5
}

// assemblyCommittee reads a committee of the National Assembly, named with
// "của Quốc hội" after it: Ủy ban Kinh tế của Quốc hội, Ủy ban Pháp luật và
// Tư pháp của Quốc hội.
func (p *parser) assemblyCommittee(i int) (Unit, int, bool) {
	ts := p.ts
	j, ok := scan.Seq(ts, i, "ủy ban")
	if !ok || j >= len(ts) || !ts[j].Cap() || !ts[i].Cap() {
		return Unit{}, i, false
	}
	end := p.orgName(j)
	if end == j {
		return Unit{}, i, false
	}
	// Ủy ban Văn hóa, Giáo dục của Quốc hội: "của Quốc hội" closes the name,
	// so its fields may be listed with commas.
	for end+1 < len(ts) && ts[end].Mark(",") && ts[end+1].Cap() {
		next := p.orgName(end + 1)
		if next == end+1 {
			break
		}
		end = next
	}
	k, ok := scan.Seq(ts, end, "của quốc hội")
	if !ok && end < len(ts) && ts[end].Cap() {
		// Ủy ban Kinh tế và Tài chính Quốc hội: "của" left out.
		k, ok = scan.Seq(ts, end, "quốc hội")
	}
	if !ok {
		// Ủy ban Kinh tế và Tài chính Quốc hội: Quốc hội printed without
		// của, closing the name or read into it.
		if k, ok = scan.Seq(ts, end, "quốc hội"); !ok && end-2 > j && isSeq(ts, end-2, "quốc hội") {
			end, k, ok = end-2, end, true
		}
		if !ok {
			return Unit{}, i, false
		}
	}
	return Unit{Kind: schema.UnitState, Head: "Ủy ban", Name: joinWords(ts[j:end]) + " của Quốc hội", form: fixed}, k, true
}

// of reads the committee or organisation that a body or a department belongs
// to, printed right after it: Thành ủy TPHCM, Đảng ủy Khối, HĐND tỉnh,
// Trung ương (the Central Committee, in Ban Tổ chức Trung ương).
func (p *parser) of(j int) (Unit, int, bool) {
	ts := p.ts
	if j >= len(ts) || !ts[j].Word {
		return Unit{}, j, false
	}
	k, ok := scan.Seq(ts, j, "trung ương")
	if !ok && ts[j].Is("tw") && ts[j].Upper() {
		k, ok = j+1, true // TW, as Ban Tổ chức TW prints Trung ương
	}
	if ok && ts[j].Cap() {
		if k2, ok := scan.Seq(ts, k, "đảng"); ok {
			k = k2
		}
		if !(k < len(ts) && ts[k].Is("đoàn", "hội")) {
			u := Unit{Kind: schema.UnitCentral, Head: centralCommittee, form: fixed, short: true}
			return p.finish(u, j, k), k, true
		}
		// Trung ương Hội, Trung ương Đoàn: an association's, read below.
	}
	strict := p.strict
	p.strict = false // Ban Thường vụ thành ủy: the body's head anchors the name
	defer func() { p.strict = strict }()
	u, k, ok := p.unit(j)
	if !ok {
		return Unit{}, j, false
	}
	switch u.form {
	case org, committee, placedForm:
	case fixed:
		// Đoàn Chủ tịch UBTƯ MTTQ Việt Nam, Ban Chấp hành Tổng LĐLĐ Việt
		// Nam: the front's and the national unions' bodies too.
		if u.Kind != schema.UnitState && u.Kind != schema.UnitCentral && u.Kind != schema.UnitFront && u.Kind != schema.UnitMass {
			return Unit{}, j, false
		}
	case dept:
		if u.Head != "Trung ương" { // Trung ương Hội Nông dân Việt Nam
			return Unit{}, j, false
		}
	default:
		return Unit{}, j, false
	}
	return p.finish(u, j, k), k, true
}

// centralAt reports whether Trung ương is printed at ts[i], in full or
// abbreviated (TW, TƯ, T.Ư: one key, see scan), and the index after it.
func centralAt(ts []scan.Token, i int) (int, bool) {
	if k, ok := scan.Seq(ts, i, "trung ương"); ok {
		return k, true
	}
	if i < len(ts) && ts[i].Is("tw") && ts[i].Upper() {
		return i + 1, true
	}
	return i, false
}

// youthUnion reads the Youth Union of a commune or a ward, printed Đoàn and
// the place (Bí thư Đoàn phường Bình Chuẩn, Đoàn xã Tân Phú): the district's
// and the province's are printed Huyện đoàn, Tỉnh đoàn (committees); Đoàn
// phường alone is the article's ward's. Đoàn alone, or before anything but a
// commune's level word, is a delegation or a word (Đoàn công tác, đoàn kết).
// unionCentral reads a body or board of the Youth Union's central committee
// that bears a name of the Party's, printed as the Party's body ends at
// ts[j]: Ban Bí thư Trung ương Đoàn (head "Ban Bí thư", then Trung ương
// Đoàn), Ban Tổ chức Trung ương Đoàn (head "Ban Tổ chức Trung ương", then
// Đoàn). It is the board of Trung ương Đoàn, never the Party's.
func (p *parser) unionCentral(head string, j int) (Unit, int, bool) {
	ts := p.ts
	at := -1
	switch {
	case j+2 < len(ts) && ts[j].Is("trung") && ts[j+1].Is("ương") && ts[j+2].Is("đoàn"):
		at = j
	case j+2 < len(ts) && j >= 2 && ts[j].Is("hội") && ts[j].Cap() && ts[j-2].Is("trung") && ts[j-1].Is("ương"):
		// Ban Tổ chức Trung ương Hội Nông dân Việt Nam: a board of a national
		// association's central committee, as of the Youth Union's.
		at = j - 2
		head = strings.TrimSuffix(head, " Trung ương")
	case j < len(ts) && j >= 2 && ts[j].Is("đoàn") && ts[j-2].Is("trung") && ts[j-1].Is("ương"):
		at = j - 2
		head = strings.TrimSuffix(head, " Trung ương")
	}
	if at < 0 || head == centralCommittee {
		return Unit{}, j, false
	}
	strict := p.strict
	p.strict = false
	in, end, ok := p.unit(at)
	p.strict = strict
	if !ok || in.Kind != schema.UnitMass {
		return Unit{}, j, false
	}
	in = p.finish(in, at, end)
	return Unit{Kind: schema.UnitMass, Head: head, Of: &in, form: dept}, end, true
}

func (p *parser) youthUnion(i int) (Unit, int, bool) {
	ts := p.ts
	if ts[i].Is("đoàn") && ts[i].Cap() && i+1 < len(ts) && ts[i+1].Is("khối") && ts[i+1].Cap() {
		// Bí thư Đoàn Khối các cơ quan tỉnh: the Youth Union of a bloc of
		// agencies, named as the bloc's party organisation is (Đảng ủy Khối
		// các cơ quan tỉnh).
		name, j := p.bloc(i + 1)
		if j == i+2 {
			return Unit{}, i, false // Khối alone
		}
		pl, k := placeAt(ts, j, "")
		return Unit{Kind: schema.UnitMass, Head: "Đoàn", Name: name, Place: pl, form: placedForm}, k, true
	}
	if !ts[i].Is("đoàn") || i+1 >= len(ts) || !ts[i+1].Is("xã", "phường", "thị") {
		return Unit{}, i, false
	}
	pl, j := placeAt(ts, i+1, "")
	if pl.Level() == Top || pl.Word != "xã" && pl.Word != "phường" && pl.Word != "thị trấn" {
		return Unit{}, i, false
	}
	if pl.Name == "" && j < len(ts) && ts[j].Cap() {
		return Unit{}, i, false // a name the place grammar cannot read
	}
	// Đoàn phường alone (BCH Đoàn phường): the article's ward's.
	return Unit{Kind: schema.UnitMass, Head: "Đoàn TNCS Hồ Chí Minh", Place: pl, form: placedForm}, j, true
}

// department reads a department of a committee: Ban + its name + the
// committee (Ban Tuyên giáo và Dân vận Thành ủy TPHCM, Ban Tổ chức Trung ương),
// or Văn phòng + the committee or council (Văn phòng Thành ủy, Văn phòng UBND).
// A department is named only with its committee: Ban Tổ chức alone is the
// organising board of an event.
func (p *parser) department(i int) (Unit, int, bool) {
	ts := p.ts
	if j, ok := scan.Seq(ts, i, "văn phòng"); ok {
		if u, k, ok := p.jointOffice(j); ok {
			return u, k, true
		}
		of, k, ok := p.of(j)
		if !ok {
			// Văn phòng Bộ Y tế: a ministry's office; Văn phòng Ban Chỉ đạo
			// Trung ương về phòng, chống tham nhũng: a steering committee's.
			strict := p.strict
			p.strict = false
			in, end, found := p.unit(j)
			p.strict = strict
			if !found || in.form != organ || in.Head != "Bộ" && in.Head != "Ban Chỉ đạo" || in.Name == "" {
				return Unit{}, i, false
			}
			of, k = p.finish(in, j, end), end
		}
		kind := schema.UnitPartyDept
		if of.Kind == schema.UnitOther {
			kind = schema.UnitOther
		} else if of.Kind != schema.UnitPartyOrg && of.Kind != schema.UnitCentral {
			kind = schema.UnitState
		}
		return Unit{Kind: kind, Head: "Văn phòng", Of: &of, form: dept}, k, true
	}
	if j, ok := scan.Seq(ts, i, "ban chỉ đạo"); ok {
		return p.steering(i, j)
	}
	if u, j, ok := p.adHoc(i); ok {
		return u, j, true
	}
	j, ok := scan.Seq(ts, i, "ban")
	if !ok || j >= len(ts) {
		return Unit{}, i, false
	}
	if e, _, ok := p.g.placed.longest(ts, i); ok && strings.HasPrefix(e.canonical, "Ban Chỉ huy ") {
		// Ban Chỉ huy BĐBP tỉnh Lai Châu: a command, no department of the
		// force after it.
		return Unit{}, i, false
	}
	_, end, _ := p.g.departments.longest(ts, j)
	if end > j && end+1 < len(ts) && ts[end].Mark("-") && ts[end+1].Cap() {
		// Ban Kinh tế - Ngân sách HĐND tỉnh: a council's board whose name
		// begins with a committee's department and goes on past a dash.
		if e := p.orgName(j); e > end+1 && p.boardPastDash(j, end, e) {
			end = e
		}
	}
	if k, ok := scan.Seq(ts, j, "chính sách"); ok && k+1 < len(ts) && ts[k].Mark(",") && ts0(ts, k+1, "chiến lược") {
		end = k + 3 // Ban Chính sách, chiến lược, its name printed with a comma
	}
	if end == j && ts[j].Cap() {
		end = p.orgName(j)
	}
	council := false // a board named in small letters, as only a council's is
	if k := p.smallField(j); k > end && !ts[j].Cap() && !p.strict {
		end, council = k, true
	}
	if end > j && end+1 < len(ts) && ts[end].Mark("-") && !ts[end+1].Cap() {
		// Trưởng ban Văn hóa - xã hội: the field after the dash in small
		// letters.
		if k := p.smallField(end + 1); k > end+1 {
			end = k
		}
	}
	if end == j {
		return Unit{}, i, false
	}
	name := joinWords(ts[j:end])
	if strings.HasSuffix(vn.Key(name), " trung ương") || end-j > 1 && ts[end-1].Key == "tw" {
		// Ban Tổ chức Trung ương: the name carries the committee.
		name = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(name, " Trung ương"), " "+ts[end-1].Text))
		if u, k, ok := p.unionCentral("Ban "+capitalise(name)+" Trung ương", end); ok {
			return u, k, true // Ban Tổ chức Trung ương Đoàn: the Youth Union's
		}
		of := Unit{Kind: schema.UnitCentral, Head: centralCommittee, form: fixed, short: true}
		return Unit{Kind: schema.UnitPartyDept, Head: "Ban", Name: capitalise(name), Of: &of, form: dept}, end, true
	}
	of, k, ok := p.of(end)
	if !ok && end+1 < len(ts) && ts[end].Mark(",") {
		// Trưởng Ban Công tác Phụ nữ, Ủy ban MTTQ Việt Nam tỉnh: a board of
		// the front, its committee set off by a comma.
		if f, e, found := p.of(end + 1); found && f.Kind == schema.UnitFront {
			of, k, ok = f, e, true
		}
	}
	if !ok && ts0(ts, end, "của") {
		// Trưởng ban Văn hóa - xã hội của HĐND tỉnh: the council after của.
		if f, e, found := p.of(end + 1); found && (f.Kind == schema.UnitCouncil || f.Kind == schema.UnitPartyOrg) {
			of, k, ok = f, e, true
		}
	}
	// làm Trưởng ban Pháp chế; a council's board by its capitalised name
	// alone, after a title (lexicon.CouncilBoards).
	board := !p.strict && ts[j].Cap() && councilBoard(name)
	if !ok && (partyOnly(ts, j, end) || board) && (end == len(ts) || !ts[end].Word || p.startsPerson(end)) {
		// Trưởng Ban Dân vận, Chủ tịch UBND huyện; làm Trưởng ban
		// Tuyên giáo; — the committee left to the article, as a bare
		// Ban Thường vụ leaves it.
		return Unit{Kind: schema.UnitPartyDept, Head: "Ban", Name: capitalise(name), form: dept}, end, true
	}
	if !ok || council && of.Kind != schema.UnitCouncil {
		return Unit{}, i, false
	}
	return Unit{Kind: schema.UnitPartyDept, Head: "Ban", Name: capitalise(name), Of: &of, form: dept}, k, true
}

// boardPastDash reports whether a department's name from ts[j], its dash at
// ts[dash], goes on to ts[e] as one board's: a council's (Ban Kinh tế - Ngân
// sách HĐND tỉnh; làm Trưởng ban Kinh tế - Ngân sách), or two departments of
// the committee named after them (Ban Tuyên giáo - Dân vận Huyện ủy). A dash
// also closes an apposition (bà Trương Thị Mai - trưởng Ban Tổ chức Trung
// ương - Ảnh: T.D.) or joins the next post (Trưởng Ban Dân vận - Chủ tịch Ủy
// ban MTTQ huyện): then the board ends at the dash.
func (p *parser) boardPastDash(j, dash, e int) bool {
	if councilBoard(joinWords(p.ts[j:e])) {
		return true
	}
	of, _, ok := p.of(e)
	if !ok {
		return false
	}
	if of.Kind == schema.UnitCouncil {
		return true
	}
	_, end, ok := p.g.departments.longest(p.ts, dash+1)
	return ok && end == e
}

// councilBoard reports whether name, printed after Ban, is the field of a
// council's board (lexicon.CouncilBoards), whatever its dashes and spaces.
func councilBoard(name string) bool {
	k := strings.Join(strings.Fields(strings.NewReplacer("–", " - ", "-", " - ").Replace(vn.Key(name))), " ")
	return slices.Contains(lexicon.CouncilBoards(), k)
}

// smallField returns the end of a field printed in small letters from ts[j]
// as a council's boards are after a title (Trưởng ban văn hoá xã hội HĐND,
// Phó trưởng ban kinh tế - ngân sách HĐND tỉnh): the compounds of names,
// one after another or joined by a dash or và; j when none begins there.
func (p *parser) smallField(j int) int {
	ts := p.ts
	end := j
	for k := j; k < len(ts) && !ts[k].Cap(); {
		_, e, ok := p.g.compounds.longest(ts, k)
		if !ok {
			break
		}
		end, k = e, e
		if k+1 < len(ts) && (ts[k].Mark("-") || ts[k].Is("và")) {
			k++
		}
	}
	return end
}

// partyOnly reports whether the department's name at ts[j:end], printed
// without its committee, is one only a party committee has
// (lexicon.PartyOnlyDepartments: Tuyên giáo, Dân vận, Nội chính); its caller
// takes it where the name ends at a mark, the sentence's end or a holder's
// name. Ban Tổ chức alone is an event's organising board, Ban Kinh tế a
// council's: those stay unread.
func partyOnly(ts []scan.Token, j, end int) bool {
	if !ts[j].Cap() || ts[j].Upper() {
		// BAN TUYÊN GIÁO under TỈNH ỦY QUẢNG NGÃI: a letterhead's line,
		// whose committee is the line above.
		return false
	}
	name := vn.Key(joinWords(ts[j:end]))
	return slices.Contains(lexicon.PartyOnlyDepartments(), name)
}

// adHoc reads a board set up for one task (lexicon.AdHocBoards: Ban Lễ
// tang, Ban tổ chức lễ tang) at ts[i], and what names its occasion after it:
// the state's (Ban lễ tang Nhà nước) or the one it is for (Ban tổ chức lễ
// tang ông Phạm Minh Tuyên, đồng chí ...).
func (p *parser) adHoc(i int) (Unit, int, bool) {
	ts := p.ts
	for _, b := range tables().adHocBoards {
		j, ok := scan.Seq(ts, i, b.Text)
		if !ok {
			continue
		}
		u := Unit{Kind: schema.UnitOther, Head: b.Name, form: organ}
		switch {
		case ts0(ts, j, "nhà nước") && ts[j].Cap() || ts0(ts, j, "quốc gia") && ts[j].Cap():
			u.Name, j = joinWords(ts[j:j+2]), j+2
		case j+1 < len(ts) && (ts[j].Is("ông", "bà") && !ts[j].Cap()) && p.startsPerson(j+1):
			e := j + 1
			for e < len(ts) && e < j+5 && ts[e].TitleCase() {
				e++
			}
			u.Name, j = joinWords(ts[j:e]), e
		case ts0(ts, j, "đồng chí") && j+2 < len(ts) && p.startsPerson(j+2):
			e := j + 2
			for e < len(ts) && e < j+6 && ts[e].TitleCase() {
				e++
			}
			u.Name, j = joinWords(ts[j:e]), e
		}
		return u, j, true
	}
	return Unit{}, i, false
}

// jointOffice reads the office two bodies of a place share, printed after
// Văn phòng: Văn phòng Đoàn đại biểu Quốc hội và HĐND TP.HCM, Văn phòng HĐND
// và UBND huyện Mường Tè. The place printed once, after the second body, is
// both bodies'; the office is one unit, named with both.
func (p *parser) jointOffice(j int) (Unit, int, bool) {
	ts := p.ts
	strict := p.strict
	p.strict = false
	defer func() { p.strict = strict }()
	first, k, ok := p.unit(j)
	if !ok || first.form != placedForm || !first.Place.IsZero() || first.Name != "" || k+1 >= len(ts) || !ts[k].Is("và") {
		return Unit{}, j, false
	}
	second, end, ok := p.unit(k + 1)
	if !ok || second.form != placedForm || second.Place.IsZero() || second.Name != "" {
		return Unit{}, j, false
	}
	return Unit{Kind: schema.UnitState, Head: "Văn phòng", Name: first.Head + " và " + second.Head, Place: second.Place, form: organ, local: true}, end, true
}

// steering reads a steering committee from the name after "Ban Chỉ đạo" at
// ts[j]: a number (Ban Chỉ đạo 35 Trung ương, Ban Chỉ đạo 902), a region
// (Ban Chỉ đạo Tây Nam Bộ), or its task in small letters up to the place or
// the Central Committee that closes it (Ban Chỉ đạo phòng, chống dịch
// Covid-19 TP Hà Nội). A task that no place or Trung ương closes is a
// sentence about a steering committee, not its name.
func (p *parser) steering(i, j int) (Unit, int, bool) {
	ts := p.ts
	if j >= len(ts) {
		if !p.strict {
			return Steering(), j, true // a post's unit, Ban Chỉ đạo alone (Parse)
		}
		return Unit{}, i, false
	}
	u := Unit{Kind: schema.UnitOther, Head: "Ban Chỉ đạo", form: organ}
	var end int
	switch {
	case ts[j].Digits() && len(ts[j].Text) <= 4:
		end = j + 1
	case programme(ts, j) > j:
		// Ban Chỉ đạo Đề án 06 tỉnh, Ban Chỉ đạo Chương trình mục tiêu
		// quốc gia …: the programme it steers, its kind capitalised, then
		// its number or its task in small letters.
		k := programme(ts, j)
		end = p.task(k)
		if k < len(ts) && ts[k].Word && unicode.IsDigit([]rune(ts[k].Text)[0]) && len(ts[k].Text) <= 12 {
			end = k + 1
		}
		if end == k {
			return Unit{}, i, false
		}
	case ts[j].Cap() && !p.startsPlace(j) && !p.startsPerson(j):
		end = p.orgName(j)
		// Ban Chỉ đạo Thông tin đối ngoại (cand 2008): the task's words after
		// the capitalised one, each a compound of names in small letters.
		for end > j && end < len(ts) && !ts[end].Cap() {
			_, e, ok := p.g.compounds.longest(ts, end)
			if !ok {
				break
			}
			end = e
		}
	default:
		end = p.task(j)
		if end == j {
			return Unit{}, i, false
		}
		if !p.strict && end < len(ts) && end-j <= 3 && acronym(ts[end]) && !p.startsPlace(end) && !p.startsHead(end) {
			// Trưởng ban Chỉ đạo thi THPT (Sơn La 2019): a short task
			// closed by the abbreviation of what it steers is a name.
			end++
			break
		}
		if _, ok := centralAt(ts, end); !ok && !placeFollows(ts, end) {
			return Unit{}, i, false
		}
	}
	if end == j {
		return Unit{}, i, false
	}
	u.Name = joinWords(ts[j:end])
	if k, ok := centralAt(ts, j); ok && k == end && end+1 < len(ts) && ts[end].Is("về") {
		// Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực: the
		// Party's committees are named by the field they steer after về.
		if e := p.field(end + 1); e > end+1 {
			u.Name += " về " + joinWords(ts[end+1:e])
			return u, e, true
		}
	}
	if k, ok := centralAt(ts, end); ok && ts[end].Cap() {
		u.Name += " Trung ương"
		return u, k, true
	}
	u.Place, end = placeAt(ts, end, "")
	return u, end, true
}

// programme returns the end of the kind of programme a steering committee
// is named after, printed capitalised at ts[j] (Đề án, Chương trình, Dự án,
// Kế hoạch, Cuộc vận động, Phong trào), or j.
func programme(ts []scan.Token, j int) int {
	if j >= len(ts) || !ts[j].Cap() {
		return j
	}
	for _, w := range []string{"đề án", "chương trình", "dự án", "kế hoạch", "cuộc vận động", "phong trào"} {
		if k, ok := scan.Seq(ts, j, w); ok {
			return k
		}
	}
	return j
}

// task reads the task a steering committee is named after, in small letters
// with the commas of its list (phòng, chống dịch Covid-19; kiểm tra, giám sát,
// đôn đốc giải quyết ... trên địa bàn) and its dashes (kinh tế - xã hội), and
// returns its end: before a place, a capitalised word that is not part of it,
// or a word that begins a clause.
func (p *parser) task(j int) int {
	ts := p.ts
	k, last := j, j
	for k < len(ts) && k-j < 30 {
		t := ts[k]
		switch {
		case p.startsPlace(k):
			return last
		case t.Word && t.Is("đã", "sẽ", "đang", "được", "bị", "là", "vừa", "cũng", "của", "tại", "với", "cho", "về", "do", "theo", "gồm", "và"):
			return last
		case t.Word && (!t.Cap() || strings.ContainsRune(t.Text, '-') && k > j):
			k++ // a word of the task, or Covid-19 inside it
			last = k
		case (t.Mark(",") || t.Mark("-")) && k > j && k+1 < len(ts) && ts[k+1].Word && !ts[k+1].Cap():
			k++ // kinh tế - xã hội: a dash between words in small letters
		default:
			return last
		}
	}
	return last
}

// field reads the field a central steering committee is named after, from
// ts[j] after về: words in small letters and the commas of their list
// (phòng, chống tham nhũng, tiêu cực), the country's name that closes it
// (phát triển văn hóa Việt Nam), or an abbreviation (PCTN). A part after và is
// the name's when nothing hangs on it but the sentence's next clause
// (khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số gồm 19 thành
// viên); a part with a preposition after it is another thing the sentence
// names (tham nhũng, tiêu cực và kết luận của Ủy ban Kiểm tra).
func (p *parser) field(j int) int {
	ts := p.ts
	if j < len(ts) && acronym(ts[j]) {
		return j + 1
	}
	end := p.fieldRun(j)
	if end == j {
		return j
	}
	for end+1 < len(ts) && ts[end].Is("và") {
		more := p.fieldRun(end + 1)
		if more == end+1 || more < len(ts) && ts[more].Word && !ts[more].Cap() && ts[more].Is("của", "cho", "với", "tại", "theo", "về", "trong") {
			break
		}
		end = more
	}
	return end
}

// fieldRun returns the end of the words of a field in small letters from
// ts[j], across the commas of a list and through Việt Nam: before và, a
// word that begins a clause, or a mark or a capitalised word that is not
// the country.
func (p *parser) fieldRun(j int) int {
	ts := p.ts
	k, last := j, j
	for k < len(ts) && k-j < 20 {
		t := ts[k]
		switch {
		case k > j && ts0(ts, k, "việt nam"):
			return k + 2 // the country closes the field
		case t.Word && t.Is("đã", "sẽ", "đang", "được", "bị", "là", "vừa", "cũng", "của", "tại", "với", "cho", "về", "do", "theo", "gồm", "và", "làm", "có"):
			return last
		case t.Word && !t.Cap():
			k++
			last = k
		case t.Mark(",") && k > j && k+1 < len(ts) && ts[k+1].Word && !ts[k+1].Cap():
			k++
		default:
			return last
		}
	}
	return last
}

// commaPhrase returns the end of a pair of words a name joins with a comma
// (Khám, chữa bệnh) when the comma at ts[k] stands between them, or k.
func (p *parser) commaPhrase(k int) int {
	ts := p.ts
	if k >= len(ts) || !ts[k].Mark(",") {
		return k
	}
	for _, c := range tables().commaPhrases {
		first := strings.Fields(c[0])
		start := k - len(first)
		if start < 0 {
			continue
		}
		if _, ok := scan.Seq(ts, start, c[0]); !ok {
			continue
		}
		if end, ok := scan.Seq(ts, k+1, c[1]); ok {
			return end
		}
	}
	return k
}

// capitalise writes the first letter of a department's name in capitals, as
// the genre does (Ban Tổ chức, Ban tổ chức).
func capitalise(s string) string {
	rs := []rune(s)
	if len(rs) == 0 {
		return s
	}
	return strings.ToUpper(string(rs[0])) + string(rs[1:])
}

// organisation reads what follows the head of a party organisation: a bloc
// (Khối ...), the party's agencies (các cơ quan Đảng), a place, or the name of
// an organ (Đảng bộ Quân đội, Chi bộ Văn phòng), and then a place.
func (p *parser) organisation(e entry, j int) (Unit, int, bool) {
	ts := p.ts
	u := Unit{Kind: e.kind, Head: e.canonical, form: org}
	// "Đảng bộ bộ": a doubled word, printed by mistake.
	if j < len(ts) && ts[j].Key == "bộ" && !ts[j].Cap() && ts[j-1].Key == "bộ" {
		j++
	}
	switch {
	case ts0(ts, j, "khối"):
		u.Name, j = p.bloc(j)
	case ts0(ts, j, "các cơ quan đảng") || ts0(ts, j, "cơ quan đảng"):
		j, _ = scan.Seq(ts, j, "các")
		j, _ = scan.Seq(ts, j, "cơ quan đảng")
		u.Name = "các cơ quan Đảng"
	case (ts0(ts, j, "quân sự") || ts0(ts, j, "công an")) && placeFollows(ts, j+2):
		// Đảng ủy quân sự tỉnh, Đảng bộ công an huyện: the force's party
		// organisation, its name printed in small letters (Quân sự, Công an).
		u.Name, j = capitalise(vn.Key(ts[j].Text))+" "+ts[j+1].Key, j+2
	case ts0(ts, j, "cơ quan") && j+2 < len(ts) && ts[j+2].Cap() && p.agencyAt(j+2) > j+2:
		// Đảng uỷ cơ quan Tỉnh uỷ Thanh Hóa, Đảng ủy cơ quan Văn phòng
		// Tỉnh ủy: the party committee of one agency, which the name
		// that follows names — not the bloc of agencies (các cơ quan).
		end := p.agencyAt(j + 2)
		u.Name = "cơ quan " + joinWords(ts[j+2:end])
		return u, end, true
	case ts0(ts, j, "mttq") && p.commaPhrase(j+1) > j+1:
		// Đảng ủy MTTQ, các đoàn thể Trung ương (plo 2026, c013), of a
		// province or a commune since 2025: the Front abbreviated in the
		// name the comma joins (lexicon.CommaPhrases), not the party
		// committee of the Front's own committee. Named as in full, so that
		// the two printings are one unit.
		k := p.commaPhrase(j + 1)
		end := p.orgName(k)
		u.Name, j = "Mặt trận Tổ quốc, "+joinWords(ts[j+2:end]), end
	case ts0(ts, j, "các cơ quan") || ts0(ts, j, "cơ quan"):
		k, _ := scan.Seq(ts, j, "các")
		k, _ = scan.Seq(ts, k, "cơ quan")
		end := p.orgName(k)
		u.Name = "các cơ quan"
		if end > k {
			u.Name += " " + joinWords(ts[k:end])
		}
		j = end
	}
	var pl Place
	pl, j = placeAt(ts, j, "")
	u.Place = pl
	if u.Name == "" && pl.IsZero() && j < len(ts) && ts[j].Cap() {
		// The party organisation of a state body: Đảng bộ UBND tỉnh, Đảng ủy
		// Công an TPHCM, Đảng bộ Quốc hội.
		// Đảng ủy Tổng công ty Đường sắt Việt Nam, Đảng bộ Trường Đại học Y:
		// of a firm's or a school's.
		if in, k, ok := p.unit(j); ok && (in.form == placedForm || in.form == organ || in.form == fixed && (in.Kind == schema.UnitState || in.Kind == schema.UnitMass || in.Kind == schema.UnitFront)) {
			// Đảng ủy Trung ương Đoàn, Đảng ủy Tổng LĐLĐ Việt Nam: of a
			// national union's agency. Đảng đoàn Ủy ban Trung ương Mặt trận
			// Tổ quốc Việt Nam: of the Front's central committee (vinanet
			// 2015), as GroupOf names it.
			u.Name, u.Place = strings.TrimSpace(in.Head+" "+in.Name), in.Place
			return u, k, true
		} else if ok && in.form == dept && in.Head == "Trung ương" && in.Of != nil {
			// Đảng ủy Trung ương Hội Liên hiệp Phụ nữ Việt Nam: the party
			// committee of a national association's central agency, not a
			// committee named Trung ương.
			u.Name = "Trung ương " + p.finish(in, j, k).Of.String()
			return u, k, true
		}
	}
	if u.Name == "" && pl.IsZero() && j < len(ts) {
		if end := p.orgName(j); end > j {
			u.Name = joinWords(ts[j:end])
			u.Place, j = placeAt(ts, end, "")
		} else if e.canonical == "Chi bộ" && ts[j].Digits() {
			u.Name, j = ts[j].Text, j+1
		} else if e.canonical == "Chi bộ" {
			u.Name, j = hamlet(ts, j)
		}
	}
	if e.canonical == "Chi bộ" && u.Name == "" && u.Place.IsZero() && p.strict {
		return Unit{}, j, false // chi bộ alone: a cell, not one of them
	}
	return u, j, true
}

// agencyAt reads the agency a party committee of one agency is named after,
// from ts[k]: a committee, its office or department, a council or a state
// body (Tỉnh ủy Thanh Hóa, Văn phòng Tỉnh ủy, Ủy ban Kiểm tra Trung ương,
// Bộ Ngoại giao). It returns the index after it, or k when none begins there.
func (p *parser) agencyAt(k int) int {
	in, end, ok := p.unit(k)
	if !ok || end <= k {
		return k
	}
	switch {
	case in.form == dept, in.form == organ, in.form == committee, in.Kind == schema.UnitCouncil, in.Kind == schema.UnitState:
		return end
	}
	return k
}

// hamlet reads the hamlet or street quarter a cell is named after, below
// the ward: thôn 3, ấp Tân Hòa, khu phố 5, tổ dân phố Đông. It returns "" and
// j when there is none.
func hamlet(ts []scan.Token, j int) (string, int) {
	for _, w := range []string{"tổ dân phố", "khu dân cư", "khu phố", "khối phố", "thôn", "ấp", "bản", "xóm", "buôn", "làng"} {
		k, ok := scan.Seq(ts, j, w)
		if !ok || k >= len(ts) {
			continue
		}
		end := k
		switch {
		case ts[k].Digits() && len(ts[k].Text) <= 3:
			end = k + 1
		default:
			for end < len(ts) && end-k < 4 && ts[end].TitleCase() {
				end++
			}
		}
		if end == k {
			return "", j
		}
		return joinWords(ts[j:end]), end
	}
	return "", j
}

// placeFollows reports whether a place is printed at ts[j].
func placeFollows(ts []scan.Token, j int) bool {
	_, k := placeAt(ts, j, "")
	return k > j
}

func ts0(ts []scan.Token, j int, phrase string) bool {
	_, ok := scan.Seq(ts, j, phrase)
	return ok
}

// bloc reads the name of a bloc from "Khối" at ts[j]: capitalised words,
// the small words of such names, dashes between words (Khối Dân – Chính – Đảng,
// Khối Các cơ quan, Khối cơ quan và doanh nghiệp), up to a place, a person, the
// head of another unit or the end of the name. The name is written with a
// capital Khối, however printed.
func (p *parser) bloc(j int) (string, int) {
	ts := p.ts
	k, last := j+1, j+1
	// Đảng ủy khối DNTW (dpm): a central bloc abbreviated
	// (lexicon.BlocAbbreviations).
	if k < len(ts) && ts[k].Upper() {
		if name, ok := lexicon.BlocAbbreviations()[ts[k].Key]; ok {
			return "Khối " + name, k + 1
		}
	}
	for k < len(ts) && k-j < 12 {
		t := ts[k]
		// Trung ương, printed in full, in small letters or abbreviated (TW,
		// T.Ư), closes the name of a central bloc, perhaps after a few small
		// words of its field: Khối các cơ quan T.Ư (tienphong 2010), khối
		// doanh nghiệp thương mại trung ương (plo 2010).
		if n, e, ok := p.blocCentral(j, k); ok {
			return "Khối" + strings.TrimPrefix(joinWords(ts[j:n]), ts[j].Text) + " Trung ương", e
		}
		if p.startsPlace(k) || p.startsPerson(k) || t.Upper() || p.startsHead(k) {
			break
		}
		// A bloc's own words, in small letters or capitals (Khối cơ sở,
		// khối Cơ sở Bộ GTVT).
		if w, ok := p.blocWord(k); ok {
			k = w
			last = k
			// Khối cơ sở Bộ GTVT (tapchigiaothong 2015): the base
			// organisations of a ministry, named with it.
			if ts[k-1].Is("sở") {
				if in, e, ok := p.unit(k); ok && in.National() && in.Kind == schema.UnitState {
					return "Khối" + strings.TrimPrefix(joinWords(ts[j:e]), ts[j].Text), e
				}
			}
			continue
		}
		if t.Cap() {
			k = p.compoundTail(k)
			last = k
			continue
		}
		if t.Mark("-") && ts[k-1].Word && k+1 < len(ts) && ts[k+1].Cap() {
			k++
			continue
		}
		if t.Is("các") && k == j+1 {
			k++
			continue
		}
		if t.Is("và") && k > j+1 && k+1 < len(ts) && !p.startsHead(k+1) {
			if _, ok := p.blocWord(k + 1); ok || ts[k+1].Cap() && !ts[k+1].Upper() {
				k++
				continue
			}
		}
		break
	}
	return "Khối" + strings.TrimPrefix(joinWords(ts[j:last]), ts[j].Text), last
}

// blocCentral reports whether, at ts[k] inside the name of the bloc opened
// at ts[j], Trung ương follows (at once, or after up to three small words of
// the bloc's field): the index where it is printed and the index after it.
func (p *parser) blocCentral(j, k int) (int, int, bool) {
	ts := p.ts
	if k == j+1 {
		return k, k, false
	}
	for n := k; n < len(ts) && n-k <= 3; n++ {
		if e, ok := centralAt(ts, n); ok {
			return n, e, true
		}
		if !ts[n].Word || ts[n].Cap() || p.startsPlace(n) || p.startsHead(n) {
			break
		}
	}
	return k, k, false
}

// blocWord matches the words in small letters of a bloc's name at ts[k].
func (p *parser) blocWord(k int) (int, bool) {
	_, j, ok := p.g.blocWords.longest(p.ts, k)
	return j, ok
}

// orgName reads the capitalised name of an organ from ts[j] and returns its
// end: capitalised words with the small syllables that complete them
// (Giáo dục và Đào tạo), "và" between two of them, up to a place, a person's
// name, a unit's head or anything else.
func (p *parser) orgName(j int) int {
	ts := p.ts
	k, last := j, j
	for k < len(ts) && k-j < 10 {
		t := ts[k]
		switch {
		case k > j && (ts0(ts, k, "qđnd việt nam") || ts0(ts, k, "quân đội nhân dân việt nam")):
			// Tổng cục Chính trị QĐND Việt Nam: of the People's Army,
			// abbreviated or not; read before the compound Quân đội, which
			// would end the name at its small letters (nhân dân).
			k, _ = scan.Seq(ts, k, "qđnd")
			k, _ = scan.Seq(ts, k, "quân đội nhân dân")
			k, _ = scan.Seq(ts, k, "việt nam")
			last = k
		case t.Is("các") && t.Cap() && k == j && p.pluralField(k) > k+1:
			// Vụ Các tổ chức quốc tế (znews 2025), Ủy ban Các vấn đề xã hội:
			// a capitalised Các opens a field in small letters.
			k = p.pluralField(k)
			last = k
		case t.Cap() && !t.Upper() && !p.startsPlace(k) && !p.startsPerson(k) && !p.startsHead(k):
			k = p.fieldTail(p.compoundTail(k))
			last = k
		case t.Is("và") && k > j && k+1 < len(ts) && ts[k+1].Cap() && !ts[k+1].Upper() && !p.startsHead(k+1) && !p.startsOrgan(k+1):
			k++
		case t.Mark("-") && k > j && k+1 < len(ts) && ts[k+1].Cap():
			k++
		case t.Mark(",") && k > j && p.commaPhrase(k) > k:
			k = p.commaPhrase(k) // Cục Quản lý Khám, chữa bệnh
			last = k
		case t.Mark(",") && k > j && p.enumerates(k+1):
			k++ // Bộ Văn hóa, Thể thao và Du lịch: the name's own list
		case acronym(t) && k > j && !p.startsPlace(k) && !p.startsHead(k):
			// Tổng công ty Becamex IDC: an abbreviation inside a firm's name.
			k++
			last = k
		case t.Is("khu") && k > j && k+2 < len(ts) && ts[k+1].Is("vực") && regionNumber(ts[k+2]):
			// Học viện Chính trị khu vực I: a region's, numbered.
			k += 3
			last = k
		default:
			return last
		}
	}
	return last
}

// parentClosed returns the end of one to four words in small letters from
// ts[j] that a comma and the body the section belongs to close (Cục tác
// chiến, Bộ Tổng tham mưu; Vụ Tổ chức Cán bộ, Bộ Ngoại giao): a ministry, a
// general department or a national body, its head capitalised. Words that
// go on the sentence (lexicon.FieldStops: của, tại, đã), a digit, a capital
// or a place before the comma, or no such body after it: j, nothing read.
func (p *parser) parentClosed(j int) int {
	ts := p.ts
	m := j
	for m < len(ts) && m-j < 4 && ts[m].Word && !ts[m].Cap() && !ts[m].Digits() && !ts[m].Is(p.g.fieldStops...) && !p.startsPlace(m) {
		m++
	}
	if m == j || m+1 >= len(ts) || !ts[m].Mark(",") || !ts[m+1].Cap() {
		return j
	}
	if _, _, ok := p.g.central.longest(ts, m+1); ok {
		return m
	}
	if e, k, ok := p.g.organs.longest(ts, m+1); ok && (e.canonical == "Bộ" || e.canonical == "Tổng cục") && k < len(ts) && ts[k].Cap() {
		return m
	}
	return j
}

// sentenceCase returns the end of the words in small letters that go on an
// association's name printed in sentence case from ts[k], where its
// capitals end (Hội Hỗ trợ gia đình liệt sĩ tỉnh Bình Phước: Hội Hỗ, then
// "trợ gia đình liệt sĩ"): one to six of them, which a place or the country
// must follow, so that the name is closed where the place is read; the
// country, printed after a national association, is read into the name
// (Hội Hỗ trợ gia đình liệt sĩ Việt Nam). A digit,
// a capital that is no place, or a word that goes on the sentence
// (lexicon.FieldStops: của, tại, đã, và) before it: k, the name as the
// capitals print it. A name from ts[j] that is whole already reads on to
// nothing: one printed in title case, every word a capital (Hội Bảo Trợ
// Người Khuyết Tật thăm hỏi trẻ em mồ côi huyện Bù Đăng), or one its
// country closes (Hội Thẩm Định Giá Việt Nam tập huấn hội viên tỉnh Bình
// Dương): the small letters after it are the sentence's verb and object.
func (p *parser) sentenceCase(j, k int) int {
	ts := p.ts
	if k-j >= 2 && (ts0(ts, k-2, "việt nam") || titleCase(ts[j:k])) {
		return k
	}
	m := k
	for m < len(ts) && m-k < 6 && ts[m].Word && !ts[m].Cap() && !ts[m].Digits() && !ts[m].Is(p.g.fieldStops...) && !p.startsPlace(m) {
		m++
	}
	switch {
	case m == k || m >= len(ts):
		return k
	case ts0(ts, m, "việt nam"):
		return m + 2 // the national association: the country is its name's
	case p.startsPlace(m):
		return m
	}
	return k
}

// titleCase reports whether a name of two words or more prints every word
// with a capital, but for và between them (Hội Doanh Nghiệp Nhỏ và Vừa).
func titleCase(ts []scan.Token) bool {
	words := 0
	for _, t := range ts {
		if !t.Word {
			continue
		}
		if !t.Cap() && !t.Is("và") {
			return false
		}
		words++
	}
	return words >= 2
}

// pluralField returns the end of a field opened by a capitalised Các at
// ts[k] (Vụ Các tổ chức quốc tế): two to four words in small letters after
// it, which a mark, a capital, the end, a level word (tỉnh, huyện) or a word
// that goes on the sentence (lexicon.FieldStops: của, về, đã) must follow.
// More words in small letters may be a verb after the name (Vụ Các vấn đề
// chung tổ chức hội nghị): then it returns k+1, reading no field.
func (p *parser) pluralField(k int) int {
	ts := p.ts
	m := k + 1
	for m < len(ts) && ts[m].Word && !ts[m].Cap() && !ts[m].Is(p.g.fieldStops...) {
		if _, _, ok := p.g.levels.longest(ts, m); ok {
			break
		}
		if m-k == 5 {
			return k + 1
		}
		m++
	}
	if m-k < 3 {
		return k + 1
	}
	return m
}

// enumerates reports whether ts[k] begins the rest of a name that lists its
// fields, "B và C" after "A,": one capitalised word, then và and another.
// A comma before a head, a place or a person ends the name instead.
func (p *parser) enumerates(k int) bool {
	ts := p.ts
	if k >= len(ts) || !ts[k].Cap() || ts[k].Upper() || p.startsPlace(k) || p.startsPerson(k) || p.startsHead(k) || p.startsOrgan(k) {
		return false
	}
	m := p.compoundTail(k)
	return m+1 < len(ts) && ts[m].Is("và") && ts[m+1].Cap() && !ts[m+1].Upper() && !p.startsHead(m+1) && !p.startsOrgan(m+1)
}

// compoundTail returns the end of the word that begins with the capitalised
// syllable ts[k]: after it, when the syllables in small letters that follow
// complete one of the compounds.
func (p *parser) compoundTail(k int) int {
	best := k + 1
	for _, c := range p.g.compounds[p.ts[k].Key] {
		j := k + 1
		ok := true
		for _, w := range c.words[1:] {
			if j >= len(p.ts) || p.ts[j].Cap() || p.ts[j].Key != w {
				ok = false
				break
			}
			j++
		}
		if ok && j > best {
			best = j
		}
	}
	return best
}

// fieldTail returns the end of the fields in small letters that go on a
// name from ts[k] (lexicon.NameFields: Vụ Kinh tế nông nghiệp, Tập đoàn Dầu
// khí quốc gia Việt Nam), or k. A field followed by hóa is another word
// (xã hội hóa): the name ends before it.
func (p *parser) fieldTail(k int) int {
	ts := p.ts
	for k < len(ts) && ts[k].Word && !ts[k].Cap() {
		_, e, ok := p.g.fields.longest(ts, k)
		if !ok || e < len(ts) && ts[e].Is("hóa") {
			break
		}
		k = e
	}
	return k
}

func (p *parser) startsPlace(k int) bool {
	_, end := placeAt(p.ts, k, "")
	return end > k
}

// startsHead reports whether a unit's head begins at ts[k] (Thành ủy after Ban
// Tuyên giáo và Dân vận).
func (p *parser) startsHead(k int) bool {
	_, _, ok := p.g.heads.longest(p.ts, k)
	return ok
}

// startsOrgan reports whether ts[k] begins the head of an organ (Sở, Bộ,
// Cục): after và, the next unit of a list (Sở Tài chính và Sở Y tế).
func (p *parser) startsOrgan(k int) bool {
	_, _, ok := p.g.organs.longest(p.ts, k)
	return ok
}

// startsPerson reports whether ts[k] begins a person's name: a family name
// heading a run of two to four title-case syllables.
func (p *parser) startsPerson(k int) bool {
	ts := p.ts
	if !ts[k].TitleCase() || !scan.IsFamilyName(ts[k].Key) {
		return false
	}
	if _, ok := scan.Seq(ts, k, "hồ chí minh"); ok {
		return false
	}
	n := 0
	for k+n < len(ts) && ts[k+n].TitleCase() {
		n++
	}
	if _, end, ok := p.g.compounds.longest(ts, k); ok && end == k+n {
		// Đầu Tư, Đào Tạo, Tôn Giáo, Cao Tuổi: a field of a name on a page
		// that capitalises every word (Bộ Kế Hoạch Và Đầu Tư), its first
		// syllable a family name; the run is that word, not a person.
		return false
	}
	return n >= 2 && n <= 4
}

// PlaceAt reports the end of a province's or city's name printed alone at
// ts[i] (Hà Nội, Lâm Đồng), or i: such a run is a place, not a person.
func PlaceAt(ts []scan.Token, i int) int {
	end, _, _ := knownPlace(ts, i)
	return end
}

// PlaceNamedAt reads a place at ts[i] as a sentence's subject names it (Phú
// Thọ, tỉnh Phú Thọ, TP.HCM): a province or city known by name, or a place
// after its level word. It returns the place and its end, i when none.
func PlaceNamedAt(ts []scan.Token, i int) (Place, int) { return placeAt(ts, i, "") }

// PartyOfOrgan is the party organisation of the agency, force or firm u, as
// the genre names it, for a bare Đảng ủy printed before u's post (Bí thư Đảng
// ủy, Giám đốc Công an tỉnh): Đảng bộ Công an tỉnh for Công an tỉnh, Đảng bộ
// Quân sự tỉnh for the province's Bộ Chỉ huy Quân sự, Đảng bộ Sở Y tế, Đảng
// bộ Tổng công ty X for the firm or for its board (Hội đồng thành viên). It
// reports false for councils, people's committees, fronts and mass
// organisations, for a section (Phòng) and for a ministry, whose party bodies
// are named otherwise (a cell, a Ban cán sự đảng).
func PartyOfOrgan(u Unit) (Unit, bool) {
	if u.form == dept && u.Of != nil && (u.Of.form == organ || u.Of.firmAbbrev()) {
		u = *u.Of // Hội đồng thành viên Tổng công ty X, HĐQT NHPT: the firm's
	}
	var name string
	switch {
	case u.firmAbbrev():
		// Bí thư Đảng ủy-Chủ tịch HĐQT NHPT (vdb 2020), Bí thư Đảng ủy,
		// Tổng Giám đốc EVN: the firm's own party organisation, named by
		// the abbreviation it is printed with.
		name = u.Head
	case u.form == organ && u.Head != "Phòng" && (!u.National() || u.Head == "Quân khu" || u.Head == "Bộ Tư lệnh"):
		// A military region or command has its own Đảng ủy (Đảng ủy Quân
		// khu 2); a ministry's is named otherwise.
		name = strings.TrimSpace(u.Head + " " + u.Name)
	case u.form == placedForm && u.Head == "Công an":
		name = "Công an"
	case u.form == placedForm && (u.Head == "Bộ Chỉ huy Quân sự" || u.Head == "Ban Chỉ huy Quân sự"):
		name = "Quân sự"
	case u.form == placedForm && (u.Head == "Bộ Chỉ huy Bộ đội Biên phòng" || u.Head == "Bộ đội Biên phòng") && !u.Place.IsZero():
		name = "Bộ đội Biên phòng"
	default:
		return Unit{}, false
	}
	return Unit{Kind: schema.UnitPartyOrg, Head: "Đảng bộ", Name: name, Place: u.Place, form: org}, true
}

// firmAbbrev reports whether u is a firm or an agency read by its
// abbreviation after a title (Giám đốc EVN, HĐQT NHPT), as acronym reads it.
func (u Unit) firmAbbrev() bool {
	return u.form == fixed && u.Kind == schema.UnitOther && u.Name == "" && acronymText(u.Head)
}

// ByAbbrev reports whether u is a firm named by its abbreviation, or a board
// of one (Hội đồng thành viên EVN, HĐQT NHPT): a name that may be the short
// one of the group an article is about.
func (u Unit) ByAbbrev() bool {
	return u.firmAbbrev() || u.form == dept && u.Of != nil && u.Of.firmAbbrev()
}

// Organ is the agency, force, school or firm that u, a party organisation,
// is named after, with the head its titles name (Trường, Sở, Công an, Bộ Chỉ
// huy Quân sự): Trường Đại học Kinh tế for Đảng bộ Trường Đại học Kinh tế,
// Bộ Chỉ huy Quân sự tỉnh X for Đảng bộ Quân sự tỉnh X. It reports false for
// the party organisation of a place, a bloc or the Party's agencies.
func (u Unit) Organ() (Unit, bool) {
	if !u.Party() || u.Name == "" || isBloc(u.Name) || agencies(u.Name) {
		return Unit{}, false
	}
	name := u.Name
	if name == "Quân sự" {
		name = "Bộ Chỉ huy Quân sự"
		if l := u.Place.Level(); l != Top {
			name = "Ban Chỉ huy Quân sự" // a district's command
		}
	}
	if pl := u.Place.String(); pl != "" {
		name += " " + pl // Công an is a unit only with its place
	}
	p := newParser(name, false)
	in, end, ok := p.unit(0)
	if !ok || end != len(p.ts) || in.form != organ && in.form != placedForm {
		return Unit{}, false
	}
	if in.form == placedForm && in.Head != "Công an" && in.Head != "Bộ Chỉ huy Quân sự" && in.Head != "Ban Chỉ huy Quân sự" && in.Head != "Bộ đội Biên phòng" {
		return Unit{}, false // Đảng bộ UBND tỉnh: a council's titles are its own
	}
	in.Place = u.Place
	in.Text = ""
	return in, true
}

// HeadedBy reports whether title is one the head or a deputy head of u, an
// organ, bears: Hiệu trưởng of a Trường, Giám đốc of a Sở or of the police,
// Chỉ huy trưởng and Chính ủy of a military command.
func (u Unit) HeadedBy(title string) bool {
	t := strings.TrimPrefix(vn.Key(title), "quyền ")
	t = strings.TrimSuffix(strings.TrimPrefix(t, "phó "), " thường trực")
	switch u.Head {
	case "Bộ":
		return t == "bộ trưởng" || t == "thứ trưởng"
	case "Trường":
		return t == "hiệu trưởng"
	case "Sở", "Công an", "Bệnh viện", "Học viện", "Đài":
		return t == "giám đốc"
	case "Tổng công ty", "Tập đoàn", "Công ty":
		return t == "tổng giám đốc"
	case "Bộ Chỉ huy Quân sự", "Ban Chỉ huy Quân sự", "Bộ Chỉ huy Bộ đội Biên phòng", "Bộ đội Biên phòng":
		return t == "chỉ huy trưởng" || t == "chính ủy" || t == "tham mưu trưởng"
	case "Quân khu", "Bộ Tư lệnh":
		return t == "tư lệnh" || t == "chính ủy" || t == "tham mưu trưởng"
	case "Viện":
		return t == "viện trưởng"
	case "Cục":
		return t == "cục trưởng"
	case "Báo":
		return t == "tổng biên tập"
	}
	return false
}

// LedBy reports whether title is one the head or a deputy head of u bears:
// an organ's (HeadedBy), or a council's, a committee's, a front's or an
// association's that lexicon.UnitLeaders names (Chủ tịch of an UBND, Bí thư
// of a Tỉnh ủy, Chủ nhiệm of an Ủy ban Kiểm tra).
func (u Unit) LedBy(title string) bool {
	if u.HeadedBy(title) {
		return true
	}
	t := strings.TrimPrefix(vn.Key(title), "quyền ")
	t = strings.TrimSuffix(strings.TrimPrefix(t, "phó "), " thường trực")
	h := vn.Key(u.Head)
	for _, l := range lexicon.UnitLeaders() {
		if l.Title == t && (h == l.Head || l.Prefix && strings.HasPrefix(h, l.Head+" ")) {
			return true
		}
	}
	return false
}

// Steering is a steering committee printed by its head alone after a
// title (làm Trưởng Ban Chỉ đạo; Ủy viên Ban Chỉ đạo gồm các đồng chí),
// as a decision that sets one up goes on naming it (thành lập Ban Chỉ đạo
// Trung ương về phát triển văn hóa Việt Nam (Ban Chỉ đạo)): the one the
// article names in full, which resolve finds. Alone in a sentence (Ban Chỉ
// đạo đã họp) the words are no name: Scan never reads it.
func Steering() Unit { return Unit{Kind: schema.UnitOther, Head: "Ban Chỉ đạo", form: organ} }

// BareSteering reports whether u is a steering committee printed by its
// head alone (Steering).
func (u Unit) BareSteering() bool {
	return u.form == organ && u.Head == "Ban Chỉ đạo" && u.Name == "" && u.Place.IsZero()
}

// AdHoc reports whether u is a board set up for one task: a steering
// committee named in full, or a funeral's board (lexicon.AdHocBoards).
func (u Unit) AdHoc() bool {
	if u.NamedSteering() {
		return true
	}
	for _, b := range tables().adHocBoards {
		if u.form == organ && u.Head == b.Name {
			return true
		}
	}
	return false
}

// NamedSteering reports whether u is a steering committee named in full:
// Ban Chỉ đạo 902, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng.
func (u Unit) NamedSteering() bool {
	return u.form == organ && u.Head == "Ban Chỉ đạo" && u.Name != ""
}

// BareBoard reports whether u is a Ban cán sự đảng or a Đảng đoàn printed
// alone, which the post after it places (Bí thư Ban cán sự đảng, Bộ trưởng
// Bộ Y tế; Bí thư Đảng đoàn, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam).
func (u Unit) BareBoard() bool {
	return u.form == org && (u.Head == "Ban cán sự đảng" || u.Head == "Đảng đoàn") && u.Name == "" && u.Place.IsZero()
}

// GroupOf is the Đảng đoàn, the party's group, of a council, a front, a mass
// organisation or the National Assembly: Đảng đoàn Ủy ban Trung ương MTTQ
// Việt Nam, Đảng đoàn HĐND tỉnh.
func GroupOf(u Unit) (Unit, bool) {
	switch {
	case u.form == placedForm && (u.Kind == schema.UnitCouncil || u.Kind == schema.UnitFront || u.Kind == schema.UnitMass):
	case u.form == fixed && (u.Kind == schema.UnitFront || u.Kind == schema.UnitMass || u.Head == "Quốc hội"):
		// Đảng đoàn Liên minh Hợp tác xã Việt Nam, Đảng đoàn Tổng LĐLĐ.
	case u.form == dept && u.Head == "Trung ương" && u.Of != nil:
		// Bí thư Đảng đoàn, Chủ tịch Trung ương Hội Nông dân Việt Nam: the
		// association's group, Đảng đoàn Hội Nông dân Việt Nam.
		u = *u.Of
	default:
		return Unit{}, false
	}
	name := u.String()
	if p := u.placeString(); p != "" {
		name = strings.TrimSpace(strings.TrimSuffix(name, p))
	}
	return Unit{Kind: schema.UnitPartyBody, Head: "Đảng đoàn", Name: name, Place: u.Place, form: org}, true
}

// BoardOf is the Ban cán sự đảng of a ministry or a people's committee, the
// party's board inside a state body: Ban cán sự đảng Bộ Y tế, Ban cán sự đảng
// UBND tỉnh.
func BoardOf(u Unit) (Unit, bool) {
	var name string
	switch {
	case u.form == organ && u.Head == "Bộ" && u.Name != "":
		name = "Bộ " + u.Name
	case u.form == placedForm && u.Head == "UBND":
		name = "UBND"
	default:
		return Unit{}, false
	}
	return Unit{Kind: schema.UnitPartyBody, Head: "Ban cán sự đảng", Name: name, Place: u.Place, form: org}, true
}

// CommitteePlace is the place of the party committee u is or belongs to, as
// far as its name shows: tỉnh for Tỉnh ủy, Ban Tổ chức Tỉnh ủy and Ban Chấp
// hành Đảng bộ tỉnh; Lào Cai for Ban Thường vụ Tỉnh ủy Lào Cai.
func (u Unit) CommitteePlace() (Place, bool) {
	c := u
	if u.Of != nil {
		c = *u.Of
	}
	switch {
	case c.form == committee:
		if c.Place.IsZero() {
			return Place{Word: impliedLevel(c.Head)}, impliedLevel(c.Head) != ""
		}
		return c.Place, true
	case c.Party() && c.Name == "":
		return c.Place, !c.Place.IsZero()
	}
	return Place{}, false
}

// isSeq reports whether the words of phrase follow each other from ts[i].
func isSeq(ts []scan.Token, i int, phrase string) bool {
	_, ok := scan.Seq(ts, i, phrase)
	return ok
}

// CommaJoined is name with the comma its pairs of words joined by one
// (lexicon.CommaPhrases) written where the page left it out: Ban Chính sách
// chiến lược Trung ương is Ban Chính sách, chiến lược Trung ương, one unit
// however a page prints it (realset t008 prints both within one article).
func CommaJoined(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return name
	}
	// The words' keys, built once: this runs on every unit resolve adds.
	keys := make([]string, len(ws))
	for i, w := range ws {
		keys[i] = vn.Key(w)
	}
	changed := false
	for _, c := range tables().commaPairs {
		a, z := c[0], c[1]
		for i := 0; i+len(a)+len(z) <= len(ws); i++ {
			if strings.HasSuffix(ws[i+len(a)-1], ",") || !slices.Equal(keys[i:i+len(a)], a) || !slices.Equal(keys[i+len(a):i+len(a)+len(z)], z) {
				continue
			}
			ws[i+len(a)-1] += ","
			changed = true
		}
	}
	if !changed {
		return name
	}
	return strings.Join(ws, " ")
}

// keysOf is the words of s as vn.Key writes them.
func keysOf(s string) []string {
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = vn.Key(w)
	}
	return ws
}
