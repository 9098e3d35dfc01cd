package lexicon

import (
	"strings"
	"sync"

	"github.com/cadregraph/cadregraph/vn"
)

// A Title is a post's title as the genre prints it: Bí thư, Phó Chủ tịch,
// Tổng Bí thư, Chánh Văn phòng.
type Title struct {
	Text string // the printed words, as vn.Key writes them
	Name string // the canonical title, as the graph names the post
	// StandsAlone is set for a title that names its post without a unit
	// printed after it: a national post (Tổng Bí thư, Chủ tịch nước, Thủ
	// tướng). A reader takes "Tổng Bí thư, Bí thư Tỉnh ủy X" as an address,
	// not two posts, when the first stands alone.
	StandsAlone bool
	// Unit is the canonical name of the unit a title that stands alone names
	// its post in, if any: the Party's posts the Central Committee (the
	// General Secretary heads the Committee that elects him), the
	// Government's the Government; the state's head has none.
	Unit string
	// Shares is how many of the title's last words begin its unit's name:
	// Trưởng *Ban* Tuyên giáo (1), Chánh *Văn phòng* Thành ủy (2); the reader
	// reads the unit from them.
	Shares int
	// Standing is set for a title that may take "Thường trực" after it, for
	// the deputy who stands in for the head (Phó Bí thư Thường trực, Phó Chủ
	// tịch Thường trực, Ủy viên Thường trực).
	Standing bool
	// Many is set for a title that several people hold at once in one unit:
	// deputies (Phó Bí thư), members (Ủy viên), deputies to an assembly
	// (Đại biểu), deputy ministers (Thứ trưởng). Such a post has no
	// succession, and one person taking it up does not end another's
	// tenure. A standing deputy (Phó Bí thư Thường trực) is one: see
	// ManyHolders. A unit that counts a title otherwise (the Central
	// Committee's secretaries) has a row in UnitSeats.
	Many bool
	// Gloss is the title's English as the head of a post (Bí thư:
	// Secretary); the glossary composes the rest (Phó makes a deputy,
	// Thường trực standing: "Standing Deputy Secretary"). Empty for a title
	// the glossary composes from its parts (Phó Bí thư) or does not know.
	Gloss string
	// Committee is set for the titles of a party committee's own officers
	// (Bí thư, Phó Bí thư): where a place alone stands for the unit of such
	// a post, the post is in the place's party committee ("Hiện Phú Thọ có
	// 6 Phó Bí thư": of Tỉnh ủy Phú Thọ).
	Committee bool
	// Member is set for a seat in a unit rather than an office of it (Ủy
	// viên, Đại biểu): an office of the unit taken up keeps the seat (the
	// chair of a council is one of its deputies), where it ends another
	// office of the unit (Phó Chủ tịch, made Chủ tịch).
	Member bool
	// GlossShort is the English of a title that Shares words with its unit
	// when the unit's name follows and says those words (Chánh Văn phòng
	// Thành ủy: "Chief of the Office of ..."; alone, "Chief of Office").
	GlossShort string
}

// A TitleWord is a part of titles the glossary composes them from that is no
// title a recogniser reads alone: a head (Thành viên: Member) or a modifier,
// which English puts before the head (Thường trực: Standing).
type TitleWord struct {
	Text     string // the words, as vn.Key writes them
	Gloss    string
	Modifier bool
	Many     bool // as Title.Many
	// BoardSeat is set for a word that is a seat's title, named Name, where
	// printed capitalised before a firm's board (a UnitHead of Class Board):
	// Thành viên Hội đồng thành viên, Thành viên HĐTV Tập đoàn (nxbcongthuong
	// 2017, dpm). Elsewhere it is a word (các thành viên Ban Chỉ đạo).
	BoardSeat bool
	Name      string
}

// TitleWords are the parts of titles that gloss but are read as no title.
func TitleWords() []TitleWord { return titleWordsTable() }

// titleWordsTable is TitleWords, built once and shared: read-only.
var titleWordsTable = sync.OnceValue(func() []TitleWord {
	return []TitleWord{
		{Text: "trưởng", Gloss: "Head"},
		{Text: "thành viên", Gloss: "Member", Many: true, BoardSeat: true, Name: "Thành viên"},
		{Text: "thư ký", Gloss: "Secretary"},
		{Text: "đại sứ", Gloss: "Ambassador"},
		{Text: "thường trực", Gloss: "Standing", Modifier: true},
		{Text: "thứ nhất", Gloss: "First", Modifier: true},
	}
})

// Titles are the titles of posts. A reader takes the longest printed.
func Titles() []Title { return titlesTable() }

// titlesTable is Titles, built once and shared: read-only.
var titlesTable = sync.OnceValue(func() []Title {
	return []Title{
		{Text: "tổng bí thư", Name: "Tổng Bí thư", StandsAlone: true, Unit: CentralCommittee, Gloss: "General Secretary"},
		// The Secretariat's standing member: the post Thường trực of Ban Bí
		// thư, whose name is the title's tail. (Bí thư Trung ương Đảng is
		// read as Bí thư of the unit Trung ương Đảng, the Central Committee.)
		{Text: "thường trực ban bí thư", Name: "Thường trực", Shares: 3},
		{Text: "chủ tịch nước", Name: "Chủ tịch nước", StandsAlone: true, Gloss: "State President"},
		{Text: "phó chủ tịch nước", Name: "Phó Chủ tịch nước", Many: true, StandsAlone: true},
		{Text: "quyền chủ tịch nước", Name: "Quyền Chủ tịch nước", StandsAlone: true},
		// The National Assembly's chair names the post alone, as the
		// state's head does: Chủ tịch Quốc hội Trần Thanh Mẫn.
		{Text: "chủ tịch quốc hội", Name: "Chủ tịch Quốc hội", StandsAlone: true},
		{Text: "thủ tướng", Name: "Thủ tướng", StandsAlone: true, Unit: "Chính phủ", Gloss: "Prime Minister"},
		{Text: "phó thủ tướng", Name: "Phó Thủ tướng", Many: true, StandsAlone: true, Unit: "Chính phủ", Standing: true},
		// The State Audit's head and deputies, named by the office's own
		// name: Tổng Kiểm toán Nhà nước is Tổng Kiểm toán of Kiểm toán Nhà
		// nước, as Phó Thủ tướng is of Chính phủ.
		{Text: "tổng kiểm toán nhà nước", Name: "Tổng Kiểm toán", StandsAlone: true, Unit: "Kiểm toán Nhà nước", Gloss: "State Auditor General"},
		{Text: "phó tổng kiểm toán nhà nước", Name: "Phó Tổng Kiểm toán", Many: true, StandsAlone: true, Unit: "Kiểm toán Nhà nước"},
		{Text: "đbqh", Name: "Đại biểu", Many: true, Member: true, StandsAlone: true, Unit: "Quốc hội"},
		{Text: "bí thư", Name: "Bí thư", Standing: true, Committee: true, Gloss: "Secretary"}, // Bí thư Thường trực Trung ương Đoàn
		{Text: "phó bí thư", Name: "Phó Bí thư", Many: true, Standing: true, Committee: true},
		{Text: "quyền bí thư", Name: "Quyền Bí thư"},
		{Text: "ủy viên", Name: "Ủy viên", Many: true, Member: true, Standing: true, Gloss: "Member"},
		{Text: "ủy viên dự khuyết", Name: "Ủy viên dự khuyết", Many: true, Member: true},
		{Text: "chủ tịch", Name: "Chủ tịch", Gloss: "Chairman"},
		{Text: "phó chủ tịch", Name: "Phó Chủ tịch", Many: true, Standing: true},
		{Text: "quyền chủ tịch", Name: "Quyền Chủ tịch"},
		{Text: "trưởng ban", Name: "Trưởng Ban", Shares: 1, Gloss: "Head", GlossShort: "Head"},
		{Text: "phó trưởng ban", Name: "Phó Trưởng Ban", Many: true, Shares: 1},
		// Phó Ban Tổ chức Trung ương Hội Nông dân Việt Nam: the deputy head
		// of a board, Trưởng left out, as boards' own pages print it; the
		// post is the one Phó Trưởng Ban names in full (the real set's
		// convention: b056, g023, k013).
		{Text: "phó ban", Name: "Phó Trưởng Ban", Many: true, Shares: 1},
		{Text: "phó trưởng ban thường trực", Name: "Phó Trưởng Ban Thường trực", Many: true},
		{Text: "chủ nhiệm", Name: "Chủ nhiệm", Gloss: "Chairman"},
		{Text: "phó chủ nhiệm", Name: "Phó Chủ nhiệm", Many: true, Standing: true},
		{Text: "chánh văn phòng", Name: "Chánh Văn phòng", Shares: 2, Gloss: "Chief of Office", GlossShort: "Chief"},
		{Text: "phó chánh văn phòng", Name: "Phó Chánh Văn phòng", Many: true, Shares: 2},
		{Text: "trưởng đoàn", Name: "Trưởng đoàn", Shares: 1},
		{Text: "phó trưởng đoàn", Name: "Phó Trưởng đoàn", Many: true, Shares: 1, Standing: true},
		{Text: "đại biểu", Name: "Đại biểu", Many: true, Member: true, Gloss: "Deputy"},
		// Trưởng Công an xã, phường, thị trấn (and huyện before 2025): the
		// local police's chief, the unit's name beginning at Công an.
		{Text: "trưởng công an", Name: "Trưởng", Shares: 2, Gloss: "Police Chief", GlossShort: "Chief"},
		{Text: "phó trưởng công an", Name: "Phó Trưởng", Many: true, Shares: 2},
		{Text: "giám đốc", Name: "Giám đốc", Gloss: "Director"},
		{Text: "phó giám đốc", Name: "Phó Giám đốc", Many: true},
		{Text: "tổng giám đốc", Name: "Tổng Giám đốc", Gloss: "General Director"},
		{Text: "phó tổng giám đốc", Name: "Phó Tổng Giám đốc", Many: true},
		{Text: "bộ trưởng", Name: "Bộ trưởng", Gloss: "Minister"},
		{Text: "thứ trưởng", Name: "Thứ trưởng", Many: true, Gloss: "Deputy Minister"},
		{Text: "thứ trưởng thường trực", Name: "Thứ trưởng Thường trực"},
		// Acting heads: Quyền Bộ trưởng Bộ Y tế.
		{Text: "quyền bộ trưởng", Name: "Quyền Bộ trưởng"},
		{Text: "quyền giám đốc", Name: "Quyền Giám đốc"},
		{Text: "quyền tổng giám đốc", Name: "Quyền Tổng Giám đốc"},
		{Text: "quyền hiệu trưởng", Name: "Quyền Hiệu trưởng"},
		{Text: "quyền chánh án", Name: "Quyền Chánh án"},
		{Text: "quyền viện trưởng", Name: "Quyền Viện trưởng"},
		{Text: "tổng biên tập", Name: "Tổng Biên tập", Gloss: "Editor-in-Chief"},
		{Text: "phó tổng biên tập", Name: "Phó Tổng Biên tập", Many: true},
		{Text: "hiệu trưởng", Name: "Hiệu trưởng", Gloss: "Principal"},
		{Text: "phó hiệu trưởng", Name: "Phó Hiệu trưởng", Many: true},
		{Text: "viện trưởng", Name: "Viện trưởng", Gloss: "Chief Procurator"},
		{Text: "phó viện trưởng", Name: "Phó Viện trưởng", Many: true},
		{Text: "chánh án", Name: "Chánh án", Gloss: "Chief Justice"},
		{Text: "phó chánh án", Name: "Phó Chánh án", Many: true},
		{Text: "tư lệnh", Name: "Tư lệnh", Gloss: "Commander"},
		{Text: "phó tư lệnh", Name: "Phó Tư lệnh", Many: true},
		{Text: "chính ủy", Name: "Chính ủy", Gloss: "Political Commissar"},
		{Text: "cục trưởng", Name: "Cục trưởng"},
		{Text: "chánh thanh tra", Name: "Chánh Thanh tra", Shares: 2}, // Chánh *Thanh tra* tỉnh
		{Text: "tổng thư ký", Name: "Tổng Thư ký", Gloss: "Secretary General"},
		{Text: "thống đốc", Name: "Thống đốc"},
		{Text: "phó thống đốc", Name: "Phó Thống đốc", Many: true, Standing: true},
		{Text: "tổng thanh tra", Name: "Tổng Thanh tra", Shares: 2},
		{Text: "phó tổng thanh tra", Name: "Phó Tổng Thanh tra", Many: true, Shares: 2},
		{Text: "phó trưởng đoàn chuyên trách", Name: "Phó Trưởng đoàn chuyên trách", Many: true},
		{Text: "tổng cục trưởng", Name: "Tổng Cục trưởng"},
		{Text: "phó tổng cục trưởng", Name: "Phó Tổng Cục trưởng", Many: true},
		{Text: "phó cục trưởng", Name: "Phó Cục trưởng", Many: true},
		{Text: "vụ trưởng", Name: "Vụ trưởng"},
		{Text: "phó vụ trưởng", Name: "Phó Vụ trưởng", Many: true},
		{Text: "chỉ huy trưởng", Name: "Chỉ huy trưởng"},
		{Text: "phó chỉ huy trưởng", Name: "Phó Chỉ huy trưởng", Many: true},
		{Text: "tham mưu trưởng", Name: "Tham mưu trưởng"},
		{Text: "phó tham mưu trưởng", Name: "Phó Tham mưu trưởng", Many: true},
		// The chief of the General Staff and his deputies, of the People's
		// Army, printed with or without it (Tổng Tham mưu trưởng, Thứ trưởng
		// Bộ Quốc phòng Phan Văn Giang, viettimes 2016).
		{Text: "tổng tham mưu trưởng", Name: "Tổng Tham mưu trưởng", StandsAlone: true, Unit: "Quân đội nhân dân Việt Nam", Gloss: "Chief of the General Staff"},
		{Text: "phó tổng tham mưu trưởng", Name: "Phó Tổng Tham mưu trưởng", Many: true, StandsAlone: true, Unit: "Quân đội nhân dân Việt Nam"},
		{Text: "phó chính ủy", Name: "Phó Chính ủy", Many: true},
		{Text: "phó chánh thanh tra", Name: "Phó Chánh Thanh tra", Many: true, Shares: 2},
		{Text: "phó tổng thư ký", Name: "Phó Tổng Thư ký", Many: true},
		{Text: "bí thư thứ nhất", Name: "Bí thư thứ nhất"},
		// Trưởng *phòng* Cảnh sát giao thông: the section's name begins with
		// the title's last word, as Trưởng *Ban* Tuyên giáo does.
		{Text: "trưởng phòng", Name: "Trưởng phòng", Shares: 1, Gloss: "Head of Division", GlossShort: "Head"},
		{Text: "phó trưởng phòng", Name: "Phó Trưởng phòng", Many: true, Shares: 1},
		// The head of an army unit's political department, whose unit
		// follows: Phó Chủ nhiệm Chính trị Quân khu 7.
		{Text: "chủ nhiệm chính trị", Name: "Chủ nhiệm Chính trị"},
		{Text: "phó chủ nhiệm chính trị", Name: "Phó Chủ nhiệm Chính trị", Many: true},
	}
})

// TitleUnit is the unit a title (its canonical name, as a post mention
// carries it) names its post in when no unit is printed after it, and whether
// the title stands alone: Tổng Bí thư is a post of the Central Committee, Thủ
// tướng of the Government, Chủ tịch nước of no unit. Other titles (Bí thư,
// Chủ tịch) name no post without their unit.
func TitleUnit(name string) (unit string, alone bool) {
	unit, alone = aloneUnits()[vn.Key(name)]
	return unit, alone
}

// aloneUnits is TitleUnit's answer by title (as vn.Key writes it): the unit
// of the first title of Titles that stands alone under that key, read once
// and never changed after (TitleUnit is asked of every post resolved).
var aloneUnits = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, t := range Titles() {
		if k := vn.Key(t.Name); t.StandsAlone {
			if _, ok := m[k]; !ok {
				m[k] = t.Unit
			}
		}
	}
	// Phó Thủ tướng Thường trực: the standing deputy of a title that stands
	// alone stands alone too, in the same unit.
	for _, t := range Titles() {
		if k := vn.Key(t.Name + " Thường trực"); t.StandsAlone && t.Standing {
			if _, ok := m[k]; !ok {
				m[k] = t.Unit
			}
		}
	}
	return m
})

// HeadOf is the title a deputy's title (its canonical name) stands under:
// Bí thư for Phó Bí thư and Phó Bí thư Thường trực, Chủ tịch for Phó Chủ
// tịch; the head's own title for a head's; "" for a title that heads no
// ladder (Ủy viên, Tổng Bí thư). A congress or a sitting elects the head,
// then the deputies, printing the unit once: "A tái đắc cử Bí thư Tỉnh ủy X,
// cùng 2 Phó Bí thư là B và C".
func HeadOf(name string) string {
	head := strings.TrimSuffix(strings.TrimPrefix(name, "Phó "), " Thường trực")
	if ladderHeads()[head] {
		return head
	}
	return ""
}

// ladderHeads are the canonical names of the titles that head a ladder (no
// title standing alone, held by many or sharing its unit's words), read once
// and never changed after.
var ladderHeads = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, t := range Titles() {
		if !t.StandsAlone && !t.Many && t.Shares == 0 {
			m[t.Name] = true
		}
	}
	return m
})

// A Seats is a title whose holders in one unit are, against the title's
// rule (Title.Many), several at once or one: the post Bí thư of the Central
// Committee is a seat of its Secretariat, though a Tỉnh ủy has one Bí thư.
type Seats struct {
	Title string // the canonical title, as vn.Key writes it
	Unit  string // the canonical name of the unit
	Many  bool
}

// UnitSeats are the titles whose holders a unit counts otherwise than the
// title does elsewhere, one row per title and unit.
func UnitSeats() []Seats { return unitSeatsTable() }

// unitSeatsTable is UnitSeats, built once and shared: read-only.
var unitSeatsTable = sync.OnceValue(func() []Seats {
	return []Seats{
		// Bí thư Trung ương Đảng: the Secretariat's members, about ten at
		// once under the Tổng Bí thư.
		{Title: "bí thư", Unit: CentralCommittee, Many: true},
		// Bí thư Trung ương Đoàn: the Youth Union's Secretariat, several
		// under its Bí thư thứ nhất.
		{Title: "bí thư", Unit: YouthCentral, Many: true},
	}
})

// ManyHolders reports whether several people hold a post of title (a
// canonical title as a post carries it: Phó Bí thư Thường trực, Ủy viên Ban
// Thường vụ) in unit (its canonical name; empty for a post of no unit) at
// once: by the unit's row in UnitSeats where it has one, else by the Many of
// the longest title or title word the title begins with. A standing member
// or deputy (… Thường trực) is one person; of the titles the lexicon does not
// know, a deputy's (Phó …) has many holders, any other one.
func ManyHolders(title, unit string) bool {
	k := vn.Key(title)
	if many, ok := unitSeats()[[2]string{k, vn.Key(unit)}]; ok {
		return many
	}
	if k == "thường trực" || strings.HasSuffix(k, " thường trực") || strings.Contains(k, " thường trực ") {
		return false
	}
	best, many := 0, false
	for text, m := range holders() {
		if len(text) > best && (k == text || strings.HasPrefix(k, text+" ")) {
			best, many = len(text), m
		}
	}
	if best == 0 {
		return strings.HasPrefix(k, "phó ")
	}
	return many
}

// unitSeats is UnitSeats by title and unit (as vn.Key writes them), read
// once and never changed after.
var unitSeats = sync.OnceValue(func() map[[2]string]bool {
	m := map[[2]string]bool{}
	for _, s := range UnitSeats() {
		m[[2]string{vn.Key(s.Title), vn.Key(s.Unit)}] = s.Many
	}
	return m
})

// holders is whether each title and title word (its printed words) has many
// holders, read once and never changed after.
var holders = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, t := range Titles() {
		for _, text := range []string{t.Text, vn.Key(t.Name)} {
			m[text] = m[text] || t.Many
		}
	}
	for _, w := range TitleWords() {
		m[w.Text] = m[w.Text] || w.Many
	}
	return m
})

// MemberTitle reports whether name (a canonical title) is a seat in a unit
// rather than an office of it (Title.Member).
func MemberTitle(name string) bool {
	return members()[vn.Key(name)]
}

// members is the canonical titles (as vn.Key writes them) that are seats,
// read once and never changed after.
var members = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, t := range Titles() {
		if t.Member {
			m[vn.Key(t.Name)] = true
		}
	}
	return m
})

// A BodySeat is a body whose members are titled as officers of the
// committee that elects them, not as members of the body: elected into the
// Ban Bí thư, one is a Bí thư Trung ương Đảng ("được bầu bổ sung vào Ban Bí
// thư" — "Tân Bí thư Trung ương Đảng"); into the Youth Union's, a Bí thư
// Trung ương Đoàn.
type BodySeat struct {
	Body  string // the body's canonical name
	Title string // the canonical title its members hold
	Unit  string // the canonical name of the unit the title is of
}

// BodySeats are the bodies whose members hold a title of another unit.
func BodySeats() []BodySeat { return bodySeatsTable() }

// bodySeatsTable is BodySeats, built once and shared: read-only.
var bodySeatsTable = sync.OnceValue(func() []BodySeat {
	return []BodySeat{
		{Body: "Ban Bí thư", Title: "Bí thư", Unit: CentralCommittee},
		{Body: "Ban Bí thư Trung ương Đoàn", Title: "Bí thư", Unit: YouthCentral},
	}
})

// A TitleAbbrev is a post's title printed as its initials before the unit,
// as district and commune pages list the guests of a congress: "Trương Hồng
// Phúc TUV, BT.HU, CT.HĐND huyện, Nguyễn Tất Thành – PBT, CT.UBND huyện"
// (doluong 2015), "Vương Phước Hải, UVBTV, CN UBKT; … PCT TT UBND Quận 8"
// (thptngogiatu 2020), "Nguyễn Thị Rỡ, ĐUV, CT.MTTQ Việt Nam" (tuoitre
// giongrieng 2023).
type TitleAbbrev struct {
	Text string // the initials, as vn.Key writes them: pbt
	Name string // the canonical title: Phó Bí thư
	// Alone is set for initials that are nothing else, read as the title
	// with no unit after them (PBT,); the others (CT, CN, BT) are also a
	// Chỉ thị, a Sunday, a province, and name a post only before a unit.
	Alone bool
	// BeforeName is set for initials read only right before a name, as
	// news prints the highest posts (TBT Nguyễn Phú Trọng, vov 2022; TBT
	// Nông Đức Mạnh, dantri): before a paper's name TBT is its Tổng biên
	// tập.
	BeforeName bool
}

// TitleAbbrevs are the titles printed as their initials.
func TitleAbbrevs() []TitleAbbrev { return titleAbbrevsTable() }

// titleAbbrevsTable is TitleAbbrevs, built once and shared: read-only.
var titleAbbrevsTable = sync.OnceValue(func() []TitleAbbrev {
	return []TitleAbbrev{
		{Text: "bt", Name: "Bí thư"},
		{Text: "pbt", Name: "Phó Bí thư", Alone: true},
		{Text: "ct", Name: "Chủ tịch"},
		{Text: "pct", Name: "Phó Chủ tịch", Alone: true},
		{Text: "cn", Name: "Chủ nhiệm"},
		{Text: "pcn", Name: "Phó Chủ nhiệm"},
		{Text: "tbt", Name: "Tổng Bí thư", BeforeName: true},
		// GĐ Sở Y tế (baomoi 2011): a director's initials before the
		// department's name.
		{Text: "gđ", Name: "Giám đốc"},
		{Text: "pgđ", Name: "Phó Giám đốc"},
	}
})

// titleAbbrevs is TitleAbbrevs by Text.
var titleAbbrevs = sync.OnceValue(func() map[string]TitleAbbrev {
	m := map[string]TitleAbbrev{}
	for _, a := range TitleAbbrevs() {
		m[a.Text] = a
	}
	return m
})

// TitleAbbrevOf is the title abbreviated as key (vn.Key of the initials).
func TitleAbbrevOf(key string) (TitleAbbrev, bool) {
	a, ok := titleAbbrevs()[key]
	return a, ok
}

// CommitteeAbbrevs are the party committees printed as their initials after
// a title's, joined by a dot: BT.HU is Bí thư Huyện ủy. Read only there (HU,
// TU alone are other words).
func CommitteeAbbrevs() map[string]string { return committeeAbbrevsTable() }

// committeeAbbrevsTable is CommitteeAbbrevs, built once and shared: read-only.
var committeeAbbrevsTable = sync.OnceValue(func() map[string]string {
	return map[string]string{"hu": "Huyện ủy", "tu": "Tỉnh ủy", "qu": "Quận ủy", "đu": "Đảng ủy"}
})

// MemberAbbrevs are a member's seat printed as initials that carry its
// body's too, as vn.Key writes them: UVTW (Ủy viên Trung ương), UVBTV Tỉnh
// ủy, UVBCH, TUV (Tỉnh ủy viên), HUV, ĐUV. Each is a unit head as well
// (UnitHeads), which reads the body; the seat is Ủy viên of it.
func MemberAbbrevs() []string { return memberAbbrevsTable() }

// memberAbbrevsTable is MemberAbbrevs, built once and shared: read-only.
var memberAbbrevsTable = sync.OnceValue(func() []string {
	return []string{"uvtw", "uvtư", "uvbtv", "uvbch", "tuv", "huv", "đuv"}
})
