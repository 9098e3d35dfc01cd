package lexicon

import (
	"slices"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/vn"
)

// keyed reports a problem with a table's printed words: they must be written
// as vn.Key writes them, or no printed text will ever match the row.
func keyed(t *testing.T, table, text string) {
	t.Helper()
	if text == "" || vn.Key(text) != text {
		t.Errorf("%s: %q is not written as vn.Key writes it (%q)", table, text, vn.Key(text))
	}
}

// row checks a row's printed words (keyed) and that no other row of its
// table prints them (seen holds the table's rows so far): a reader takes the
// first of two, so the second would never count.
func row(t *testing.T, table, text string, seen map[string]bool) {
	t.Helper()
	keyed(t, table, text)
	if seen[text] {
		t.Errorf("%s: %q twice", table, text)
	}
	seen[text] = true
}

func TestUnitHeads(t *testing.T) {
	kinds := []string{KindParty, KindCentral, KindPartyOrg, KindPartyBody, KindPartyDept, KindCell,
		KindCouncil, KindCommittee, KindFront, KindMass, KindState, KindOther}
	seen := map[string]bool{}
	for _, h := range UnitHeads() {
		row(t, "UnitHeads", h.Text, seen)
		if h.Name == "" || !slices.Contains(kinds, h.Kind) || h.Class < Central || h.Class > Board {
			t.Errorf("UnitHeads: %+v lacks a name, a kind or a class", h)
		}
		if (h.Level != "") != (h.Class == Committee) {
			t.Errorf("UnitHeads: %q: a level is what a committee's head carries, and every one carries one", h.Text)
		}
		if h.NeedsPlace && h.Class != Placed && h.Class != Organ {
			t.Errorf("UnitHeads: %q needs a place, but only a placed body or an organ is named by one", h.Text)
		}
		if h.Level != "" && !slices.Contains(PlaceWords(), h.Level) {
			t.Errorf("UnitHeads: %q carries level %q, which is not a place word", h.Text, h.Level)
		}
	}
}

func TestTitles(t *testing.T) {
	seen := map[string]bool{}
	for _, tt := range Titles() {
		row(t, "Titles", tt.Text, seen)
		if tt.Name == "" || vn.Key(tt.Name) != tt.Text && !tt.StandsAlone && tt.Shares == 0 {
			t.Errorf("Titles: %q is named %q", tt.Text, tt.Name)
		}
		if tt.Unit != "" && !tt.StandsAlone {
			t.Errorf("Titles: %q implies unit %q but does not stand alone", tt.Text, tt.Unit)
		}
		if tt.Gloss != "" && tt.Shares > 0 && tt.GlossShort == "" {
			t.Errorf("Titles: %q shares words with its unit and glosses, so it needs the short gloss it takes before the unit", tt.Text)
		}
		if tt.Shares >= len(strings.Fields(tt.Text)) {
			t.Errorf("Titles: %q shares %d words with its unit, leaving no title", tt.Text, tt.Shares)
		}
	}
}

func TestTitleUnit(t *testing.T) {
	tests := []struct {
		title string
		unit  string
		alone bool
	}{
		{"Tổng Bí thư", CentralCommittee, true},
		{"Thủ tướng", "Chính phủ", true},
		{"Phó Thủ tướng Thường trực", "Chính phủ", true},
		{"Thủ tướng Thường trực", "", false},
		{"Chủ tịch nước", "", true},
		{"TỔNG BÍ THƯ", CentralCommittee, true},
		{"Bí thư", "", false},
		{"Chủ tịch", "", false},
	}
	for _, tt := range tests {
		if u, a := TitleUnit(tt.title); u != tt.unit || a != tt.alone {
			t.Errorf("TitleUnit(%q) = %q, %v; want %q, %v", tt.title, u, a, tt.unit, tt.alone)
		}
	}
}

func TestHeadOf(t *testing.T) {
	for _, tt := range []struct{ title, head string }{
		{"Phó Bí thư", "Bí thư"},
		{"Phó Bí thư Thường trực", "Bí thư"},
		{"Bí thư", "Bí thư"},
		{"Phó Chủ tịch Thường trực", "Chủ tịch"},
		{"Phó Giám đốc", "Giám đốc"},
		{"Phó Chủ nhiệm", "Chủ nhiệm"},
		{"Phó Thủ tướng", ""},     // the Government's, named alone
		{"Phó Chủ tịch nước", ""}, // the state's
		{"Ủy viên", ""},           // a member heads no ladder
		{"Phó Trưởng Ban", ""},    // its unit begins inside the title
	} {
		if got := HeadOf(tt.title); got != tt.head {
			t.Errorf("HeadOf(%q) = %q, want %q", tt.title, got, tt.head)
		}
	}
}

func TestCompounds(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Compounds() {
		row(t, "Compounds", c, seen)
	}
	names := NameCompounds()
	for _, c := range []string{"tuyên giáo", "cựu chiến binh", "giáo dục"} {
		if !slices.Contains(names, c) {
			t.Errorf("NameCompounds lacks %q", c)
		}
	}
	for _, c := range []string{"thường vụ", "thường trực"} {
		if slices.Contains(names, c) {
			t.Errorf("NameCompounds has %q, the head of a body", c)
		}
	}
}

func TestWords(t *testing.T) {
	for name, ws := range map[string][]string{
		"SmallHeads": SmallHeads(), "CapitalHeads": CapitalHeads(), "NameWords": NameWords(),
		"NumberedWords": NumberedWords(), "PlaceWords": PlaceWords(), "Departments": Departments(),
		"Ministries": Ministries(), "BlocWords": BlocWords(), "CountWords": CountWords(),
		"ListClosers": ListClosers(), "BirthWords": BirthWords(), "MemberNouns": MemberNouns(), "NominationWords": NominationWords(),
		"FuneralWords": FuneralWords(), "MilitaryRanks": MilitaryRanks(), "DeathWords": DeathWords(),
		"FuneralDayWords": FuneralDayWords(), "MemorialWords": MemorialWords(), "LunarYearWords": LunarYearWords(),
		"ThenWords": ThenWords(), "SchoolWords": SchoolWords(), "HeldWithWords": HeldWithWords(),
		"VisitWords": VisitWords(), "ActsAsWords": ActsAsWords(), "SanctionFormWords": SanctionFormWords(),
		"ProposalWords": ProposalWords(), "ProposalGrantedWords": ProposalGrantedWords(),
		"PreambleWords": PreambleWords(), "DatelineStops": DatelineStops(), "PeopleNouns": PeopleNouns(),
	} {
		for _, w := range ws {
			keyed(t, name, w)
		}
	}
	for _, b := range AdHocBoards() {
		keyed(t, "AdHocBoards", b.Text)
	}
	// ForwardWords are read by scan.Before on keys; a cue's word that is
	// also no cue (ForwardNot) must hold the cue.
	cues := map[string]bool{}
	for _, w := range ForwardWords() {
		keyed(t, "ForwardWords", w.Text)
		if w.Kind == ForwardCue {
			cues[w.Text] = true
		}
	}
	for _, w := range ForwardWords() {
		if w.Kind != ForwardNot {
			continue
		}
		held := false
		for c := range cues {
			held = held || strings.Contains(w.Text, c)
		}
		if !held {
			t.Errorf("ForwardWords: %q is ForwardNot but holds no cue", w.Text)
		}
	}
	// A misspelling is read as the word meant, syllable for syllable.
	for _, m := range Misspellings() {
		keyed(t, "Misspellings", m.Printed)
		keyed(t, "Misspellings", m.Meant)
		if len(strings.Fields(m.Printed)) != len(strings.Fields(m.Meant)) || m.Printed == m.Meant {
			t.Errorf("Misspellings: %q for %q: not as many syllables, or the same", m.Printed, m.Meant)
		}
	}
	for _, st := range LifeSteps() {
		keyed(t, "LifeSteps", st.Text)
	}
	// A member's initials are read as a unit first (people reads the seat
	// from the unit they make): each must be a unit head's text.
	heads := map[string]bool{}
	for _, h := range UnitHeads() {
		heads[h.Text] = true
	}
	for _, w := range MemberAbbrevs() {
		keyed(t, "MemberAbbrevs", w)
		if !heads[w] {
			t.Errorf("MemberAbbrevs: %q is no unit head's text", w)
		}
	}
	// HeldWithWords are tried in order: none after one that begins it.
	hw := HeldWithWords()
	for i, w := range hw {
		for _, q := range hw[:i] {
			if strings.HasPrefix(w, q+" ") {
				t.Errorf("HeldWithWords: %q comes after %q, which begins it", w, q)
			}
		}
	}
	// A removal is tried in the table's order: none after one of its kind
	// that begins it, which would take its words first.
	rs := Removals()
	for i, r := range rs {
		keyed(t, "Removals", r.Text)
		for _, q := range rs[:i] {
			if q.Kind == r.Kind && strings.HasPrefix(r.Text, q.Text+" ") {
				t.Errorf("Removals: %q comes after %q, which begins it", r.Text, q.Text)
			}
		}
	}
}

// TestGlosses: no two glosses of titles, or of units, are printed alike
// (folded, as the glossary matches them), since the glossary would take the
// first and never the second.
func TestGlosses(t *testing.T) {
	titles, units := map[string]string{}, map[string]string{}
	gloss := func(table map[string]string, text, en string) {
		t.Helper()
		keyed(t, "glosses", text)
		f := vn.Fold(text)
		if old, ok := table[f]; ok && old != en {
			t.Errorf("%q glosses as %q and as %q", text, old, en)
		}
		table[f] = en
	}
	for _, tt := range Titles() {
		if tt.Gloss != "" {
			gloss(titles, tt.Text, tt.Gloss)
		}
	}
	for _, w := range TitleWords() {
		gloss(titles, w.Text, w.Gloss)
	}
	for _, h := range UnitHeads() {
		if h.Gloss != "" {
			gloss(units, h.Text, h.Gloss)
		}
	}
	for _, u := range UnitGlosses() {
		gloss(units, u.Text, u.Gloss)
	}
}

func TestManyHolders(t *testing.T) {
	for _, tt := range []struct {
		title, unit string
		many        bool
	}{
		{"Bí thư", "Tỉnh ủy Bình Dương", false},
		{"Bí thư", CentralCommittee, true}, // Bí thư Trung ương Đảng: a seat of the Secretariat
		{"bí thư", "ban chấp hành trung ương đảng", true},
		{"Bí thư", YouthCentral, true},
		{"Bí thư thứ nhất", YouthCentral, false},
		{"Bí thư Thường trực", YouthCentral, false},
		{"Phó Bí thư", "Tỉnh ủy Bình Dương", true},
		{"Phó Bí thư Thường trực", "Thành ủy TPHCM", false},
		{"Ủy viên Ban Thường vụ", "Tỉnh ủy Bình Dương", true},
		{"Ủy viên", CentralCommittee, true},
		{"Ủy viên", "Ban Bí thư", true},
		{"Thường trực", "Ban Bí thư", false},
		{"Ủy viên Thường trực", "Ủy ban Pháp luật", false},
		{"PHÓ CHỦ TỊCH", "HĐND tỉnh Lâm Đồng", true},
		{"Chủ tịch", "HĐND tỉnh Lâm Đồng", false},
		{"Tổng Bí thư", CentralCommittee, false},
		{"Thứ trưởng", "Bộ Y tế", true},
		{"Thứ trưởng Thường trực", "Bộ Y tế", false},
		{"Đại biểu", "Quốc hội", true},
		{"Thành viên", "Chính phủ", true},
		{"Chủ tịch nước", "", false},
		{"Phó Trưởng khoa", "Trường Đại học Y", true}, // a deputy the lexicon does not know
		{"Trưởng khoa", "Trường Đại học Y", false},
	} {
		if got := ManyHolders(tt.title, tt.unit); got != tt.many {
			t.Errorf("ManyHolders(%q, %q) = %v, want %v", tt.title, tt.unit, got, tt.many)
		}
	}
	units := map[string]bool{}
	for _, h := range UnitHeads() {
		units[h.Name] = true
	}
	for _, s := range UnitSeats() {
		if !units[s.Unit] {
			t.Errorf("UnitSeats: %q is no unit head's canonical name", s.Unit)
		}
		if ManyHolders(s.Title, "") == s.Many {
			t.Errorf("UnitSeats: %q in %q counts its holders as the title does anywhere: no exception", s.Title, s.Unit)
		}
	}
	for _, tt := range Titles() {
		if strings.HasPrefix(tt.Text, "phó ") && !tt.Many {
			t.Errorf("Titles: %q is a deputy's title, which several hold at once (Many)", tt.Text)
		}
	}
}

func TestCentralTerm(t *testing.T) {
	tests := []struct {
		year, month int
		khoa        int
		ok          bool
	}{
		{2017, 10, 12, true}, // 18-NQ/TW of 25/10/2017
		{2022, 6, 13, true},  // 18-NQ/TW of 16/6/2022: the same code, the next term
		{2006, 6, 10, true},  // after congress X (April 2006)
		{2006, 2, 9, true},   // before it
		{2006, 4, 0, false},  // the month it met
		{2011, 0, 0, false},  // a congress year without its month
		{2010, 0, 10, true},
		{2021, 5, 13, true},
		{2031, 3, 0, false}, // after the last congress the table knows: its term's end is unknown
		{1990, 5, 6, true},  // khóa VI: congress VI (12/1986) to VII (6/1991)
		{1950, 5, 0, false}, // before the table
	}
	for _, tc := range tests {
		k, ok := CentralTerm(tc.year, tc.month)
		if k != tc.khoa && tc.ok || ok != tc.ok {
			t.Errorf("CentralTerm(%d, %d) = %d, %v; want %d, %v", tc.year, tc.month, k, ok, tc.khoa, tc.ok)
		}
	}
}

func TestLocalTerm(t *testing.T) {
	tests := []struct {
		year, opened int
		ok           bool
	}{
		{2016, 2015, true}, {2019, 2015, true}, {2021, 2020, true},
		{2020, 0, false}, // provinces met in 2020: either term
		{0, 0, false},
	}
	for _, tc := range tests {
		if o, ok := LocalTerm(tc.year); o != tc.opened && tc.ok || ok != tc.ok {
			t.Errorf("LocalTerm(%d) = %d, %v; want %d, %v", tc.year, o, ok, tc.opened, tc.ok)
		}
	}
}

// TestSigns: a local sign names its committee by at least one head, and
// PartySign tells the Party's signs from the state's.
func TestSigns(t *testing.T) {
	for sign, l := range LocalSigns() {
		if len(l.Heads) == 0 || sign != strings.ToUpper(sign) {
			t.Errorf("LocalSigns: %q has no heads or is not in capitals", sign)
		}
	}
	for sign := range NationalSigns() {
		if sign != strings.ToUpper(sign) {
			t.Errorf("NationalSigns: %q is not in capitals", sign)
		}
	}
	for _, tt := range []struct {
		sign string
		want bool
	}{
		{"TW", true}, {"TƯ", true}, {"BTCTW", true}, {"UBKTTW", true},
		{"TU", true}, {"HU", true}, {"ĐUK", true},
		{"CP", false}, {"UBND", false}, {"HĐND", false}, {"TTG", false}, // trap: the state's
		{"", false}, {"QH", false},
	} {
		if got := PartySign(tt.sign); got != tt.want {
			t.Errorf("PartySign(%q) = %v, want %v", tt.sign, got, tt.want)
		}
	}
}

// TestIssuerLetters: the issuer's part of a code's letters after its slash,
// from real codes (realset as008, pm004, as001, a035, b061, w011).
func TestIssuerLetters(t *testing.T) {
	for _, tt := range []struct{ letters, want string }{
		{"VPCP-TCCB", "VPCP"}, {"VPCP - QHĐP", "VPCP"}, {"UBND-TH", "UBND"}, {"UBND-KGVX", "UBND"},
		{"QĐ-CTN", "CTN"}, {"NĐ-CP", "CP"}, {"TW", "TW"}, {"TU", "TU"},
		{"NQ-UBTVQH14", "UBTVQH14"}, // a term's number stays
		{"TTr-SYT", "SYT"},          // trap: neither part known, the last stays
		{"TWĐTN-VP", "VP"},          // trap: the same
		{"QĐ-TTg", "TTg"},           // the last known in any case
		{"", ""},
	} {
		if got := IssuerLetters(tt.letters); got != tt.want {
			t.Errorf("IssuerLetters(%q) = %q, want %q", tt.letters, got, tt.want)
		}
	}
}
