package lexicon

import "sync"

// A UnitHead is the first words of a unit's name, printed one way and named
// one way: Thành ủy, Ban Thường vụ, HĐND, Hội Cựu chiến binh, Bộ Chính trị.
type UnitHead struct {
	Text string // the printed words, as vn.Key writes them
	Name string // the canonical head, as the graph names the unit
	Kind string // the kind of unit it names: one of the Kind constants
	// Class is how the rest of the name attaches to the head: a reader of a
	// unit's name parses what follows by it.
	Class Class
	// Level is, for a committee named after the level of its place, the
	// level word its head carries (Thành ủy: thành phố, Tỉnh đoàn: tỉnh), so
	// that "Thành ủy Cần Thơ" places the unit in thành phố Cần Thơ.
	Level string
	// NeedsUnit is set for a body's head that names a unit only with the
	// committee printed after it: Thường trực and thường vụ alone are words,
	// not bodies (Ủy viên Thường vụ Thành ủy).
	NeedsUnit bool
	// NeedsPlace is set for a head whose unit exists at every level, so that
	// it names one unit only with its place (HĐND tỉnh Lâm Đồng, Sở Nội vụ
	// TPHCM); printed without one, a reader takes the place from the article.
	// A mass organisation's (Hội Cựu chiến binh) and the border guard's
	// national force name one unit alone.
	NeedsPlace bool
	// NamedByPlace is set for an organ's head that a place may name in
	// place of a field: the army's commands of the capital and of Ho Chi
	// Minh City (Phó Tư lệnh kiêm Tham mưu trưởng Bộ Tư lệnh TP HCM,
	// baocaovien 2023; Bộ Tư lệnh Thủ đô Hà Nội), read as no unit at all
	// without it.
	NamedByPlace bool
	// SentenceCase is set for an organ's head whose name is printed in
	// sentence case, one capital and then small letters, closed by its place
	// or the country: an association's (Hội Hỗ trợ gia đình liệt sĩ tỉnh
	// Bình Phước, trianlietsi 2015; Hội Hỗ trợ gia đình liệt sĩ Việt Nam),
	// whose name the capitals alone cut after its first word (Hội Hỗ).
	SentenceCase bool
	// UnderParent is set for the head of a ministry's or a general
	// department's section (Cục, Vụ, Tổng cục), whose name the pages print
	// in sentence case as often as in capitals and follow with the body it
	// belongs to after a comma (Cục trưởng Cục tác chiến, Bộ Tổng tham mưu:
	// tinnhanhchungkhoan 2017; Vụ trưởng Vụ Tổ chức Cán bộ, Bộ Ngoại giao:
	// baomoi 2019): the parent closes the name, small letters and all.
	UnderParent bool
	// Tails are words printed after the head, perhaps after a dash or a
	// slash, that are part of its name, as vn.Key writes them: the Trường
	// Sơn veterans' "đường Hồ Chí Minh" (Hội truyền thống Trường Sơn –
	// đường Hồ Chí Minh xã Thống Nhất), the Agent Orange victims' "dioxin".
	Tails []string
	// Gloss is the head's English (Thành ủy: City Party Committee), which
	// the glossary composes with the rest of the name: "<Gloss> of <rest>",
	// or, for a Committee, the place before it ("Ho Chi Minh City Party
	// Committee"). Empty where the glossary keeps the name as printed.
	Gloss string
}

// UnitTails are the words printed after a head that are part of its name
// (UnitHead.Tails), for a reader of names by their words: "đường hồ chí
// minh" after the Trường Sơn veterans' association.
func UnitTails() []string {
	var out []string
	for _, h := range UnitHeads() {
		out = append(out, h.Tails...)
	}
	return out
}

// A UnitGloss is the English of a name, or a part of one, that is no unit's
// head: a department (Ban Tổ chức), an office, a bloc.
type UnitGloss struct {
	Text  string // the words, as vn.Key writes them
	Gloss string
}

// UnitGlosses are the names and parts of names the glossary knows besides
// the heads of UnitHeads.
func UnitGlosses() []UnitGloss { return unitGlossesTable() }

// unitGlossesTable is UnitGlosses, built once and shared: read-only.
var unitGlossesTable = sync.OnceValue(func() []UnitGloss {
	return []UnitGloss{
		{"ban tổ chức", "Organisation Commission"},
		{"ban tuyên giáo và dân vận", "Propaganda and Mass Mobilisation Commission"},
		{"ban tuyên giáo", "Propaganda and Education Commission"},
		{"ban dân vận", "Mass Mobilisation Commission"},
		{"ban nội chính", "Internal Affairs Commission"},
		{"ban kinh tế", "Economic Commission"},
		{"ban đối ngoại", "External Relations Commission"},
		{"văn phòng trung ương đảng", "Office of the Party Central Committee"},
		{"văn phòng", "Office"},
		{"các cơ quan đảng", "Party Agencies"},
		{"khối các cơ quan", "Agencies Bloc"},
		{"khối dân chính đảng", "Party, Government and Mass Organisations Bloc"},
		{"khối doanh nghiệp", "Enterprises Bloc"},
	}
})

// Class is how a unit's head takes the rest of its name.
type Class int

// The classes of unit heads.
const (
	// Central: a national body of the Party or the state, whose name says
	// everything about it (Bộ Chính trị, Quốc hội). Each is also read with
	// Trung ương abbreviated (BCH TW, UBKT T.Ư).
	Central Class = iota + 1
	// Body: a body of a committee, named with the committee after it (Ban
	// Thường vụ Thành ủy, Ủy ban Kiểm tra Đảng ủy Khối).
	Body
	// Committee: an executive committee named after the level of its place
	// (Thành ủy Cần Thơ); see Level.
	Committee
	// Organisation: a party organisation named by what follows its head
	// (Đảng bộ Khối..., Đảng ủy các cơ quan Đảng..., Chi bộ...).
	Organisation
	// Placed: a state, front or mass body that exists at every level and is
	// named by its place (HĐND tỉnh Lâm Đồng, Ủy ban MTTQ Việt Nam TPHCM), or
	// for a bloc (Hội Cựu chiến binh Khối).
	Placed
	// Organ: an agency, school or firm named by a capitalised name after it
	// (Sở Nội vụ, Bộ Công an, Trường Đại học Sư phạm).
	Organ
	// Board: a board that governs a firm or a school, named with it after
	// it (Hội đồng thành viên Tổng công ty Đường sắt Việt Nam).
	Board
)

// Party is the canonical name of the Communist Party of Vietnam, the unit of
// its national congresses (Đại hội XIV của Đảng, the khóa of a central body).
const Party = "Đảng Cộng sản Việt Nam"

// CentralCommittee is the canonical name of the Party's Central Committee,
// the unit of the Party's national posts (Tổng Bí thư).
const CentralCommittee = "Ban Chấp hành Trung ương Đảng"

// YouthCentral is the canonical name of the Youth Union's Central Committee.
const YouthCentral = "Trung ương Đoàn"

// Front is the canonical name of a Fatherland Front committee.
const Front = "Ủy ban MTTQ Việt Nam"

// UnitHeads are the heads of units' names, grouped by class. Within a class a
// reader takes the longest head printed; of two as long, the first.
func UnitHeads() []UnitHead { return unitHeadsTable() }

// unitHeadsTable is UnitHeads, built once and shared: read-only.
var unitHeadsTable = sync.OnceValue(func() []UnitHead {
	return []UnitHead{
		// Central.
		{Text: "đảng cộng sản việt nam", Name: Party, Kind: KindParty, Class: Central, Gloss: "Communist Party of Vietnam"},
		{Text: "bộ chính trị", Name: "Bộ Chính trị", Kind: KindCentral, Class: Central, Gloss: "Politburo"},
		// UV BCT TƯ Đảng: the Politburo abbreviated, as older pages print it.
		{Text: "bct", Name: "Bộ Chính trị", Kind: KindCentral, Class: Central},
		{Text: "ban bí thư trung ương đảng", Name: "Ban Bí thư", Kind: KindCentral, Class: Central},
		{Text: "ban bí thư", Name: "Ban Bí thư", Kind: KindCentral, Class: Central, Gloss: "Secretariat"},
		{Text: "ban chấp hành trung ương đảng cộng sản việt nam", Name: CentralCommittee, Kind: KindCentral, Class: Central, Gloss: "Central Committee of the Communist Party of Vietnam"},
		{Text: "ban chấp hành trung ương đảng", Name: CentralCommittee, Kind: KindCentral, Class: Central, Gloss: "Party Central Committee"},
		{Text: "ban chấp hành trung ương", Name: CentralCommittee, Kind: KindCentral, Class: Central, Gloss: "Party Central Committee"},
		{Text: "bch trung ương đảng", Name: CentralCommittee, Kind: KindCentral, Class: Central},
		{Text: "bch trung ương", Name: CentralCommittee, Kind: KindCentral, Class: Central},
		// BCH and Trung ương run together: BCHTƯ Đảng, BCHTW.
		{Text: "bchtư đảng", Name: CentralCommittee, Kind: KindCentral, Class: Central},
		{Text: "bchtư", Name: CentralCommittee, Kind: KindCentral, Class: Central},
		{Text: "bchtw đảng", Name: CentralCommittee, Kind: KindCentral, Class: Central},
		{Text: "bchtw", Name: CentralCommittee, Kind: KindCentral, Class: Central},
		// Ủy viên Trung ương abbreviated on party sites: UVTW Đảng.
		{Text: "uvtw đảng", Name: CentralCommittee, Kind: KindCentral, Class: Central},
		{Text: "uvtw", Name: CentralCommittee, Kind: KindCentral, Class: Central},
		// UVTƯ Đảng: the abbreviation glued, with Ư.
		{Text: "uvtư đảng", Name: CentralCommittee, Kind: KindCentral, Class: Central},
		{Text: "uvtư", Name: CentralCommittee, Kind: KindCentral, Class: Central},
		{Text: "ubkt trung ương", Name: "Ủy ban Kiểm tra Trung ương", Kind: KindCentral, Class: Central},
		{Text: "trung ương đảng", Name: CentralCommittee, Kind: KindCentral, Class: Central, Gloss: "Party Central Committee"},
		{Text: "ủy ban kiểm tra trung ương", Name: "Ủy ban Kiểm tra Trung ương", Kind: KindCentral, Class: Central},
		{Text: "quốc hội", Name: "Quốc hội", Kind: KindState, Class: Central, Gloss: "National Assembly"},
		// The country after the body (đại biểu Quốc hội Việt Nam khóa 11, 12,
		// 13, baomoi 2017) is part of its name, not a person's.
		{Text: "quốc hội việt nam", Name: "Quốc hội", Kind: KindState, Class: Central},
		{Text: "chính phủ việt nam", Name: "Chính phủ", Kind: KindState, Class: Central},
		{Text: "ủy ban thường vụ quốc hội", Name: "Ủy ban Thường vụ Quốc hội", Kind: KindState, Class: Central},
		// The President's office, named after the title of the office it
		// serves (Phó Chủ nhiệm Văn phòng Chủ tịch nước: nhandan 2020, g019),
		// which no reader of a department's body reads: a title is no unit.
		{Text: "văn phòng chủ tịch nước", Name: "Văn phòng Chủ tịch nước", Kind: KindState, Class: Central},
		{Text: "chính phủ", Name: "Chính phủ", Kind: KindState, Class: Central, Gloss: "Government"},
		{Text: "kiểm toán nhà nước", Name: "Kiểm toán Nhà nước", Kind: KindState, Class: Central},
		{Text: "thanh tra chính phủ", Name: "Thanh tra Chính phủ", Kind: KindState, Class: Central},
		// The state's central bodies of 1981–1992 and their committees, which
		// the careers of the leaders of the time print (nguyên Phó Chủ tịch
		// Hội đồng Bộ trưởng, kienthuc 2019; Phó Chủ nhiệm thứ nhất Ủy ban
		// Thanh tra Nhà nước, sggp 2020), and the Standing Committee's
		// commission for deputies (nguyên Trưởng Ban Công tác đại biểu, soha,
		// nld): no reader knew them, and a list stopped at them.
		{Text: "hội đồng bộ trưởng", Name: "Hội đồng Bộ trưởng", Kind: KindState, Class: Central},
		{Text: "hội đồng nhà nước", Name: "Hội đồng Nhà nước", Kind: KindState, Class: Central},
		{Text: "ủy ban kế hoạch nhà nước", Name: "Ủy ban Kế hoạch Nhà nước", Kind: KindState, Class: Central},
		{Text: "ủy ban thanh tra nhà nước", Name: "Ủy ban Thanh tra Nhà nước", Kind: KindState, Class: Central},
		{Text: "ban công tác đại biểu", Name: "Ban Công tác đại biểu", Kind: KindState, Class: Central},
		// The People's Army, whose chief of the General Staff is its post
		// (Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, QĐND Việt Nam).
		{Text: "quân đội nhân dân việt nam", Name: "Quân đội nhân dân Việt Nam", Kind: KindState, Class: Central},
		{Text: "qđnd việt nam", Name: "Quân đội nhân dân Việt Nam", Kind: KindState, Class: Central},
		// The government's committee for ethnic minorities, a ministry by
		// rank (Phó Chủ nhiệm Ủy ban Dân tộc).
		{Text: "ủy ban dân tộc", Name: "Ủy ban Dân tộc", Kind: KindState, Class: Central},
		// A ministerial committee of 1998–2007 that older pages name (Bộ
		// trưởng, Chủ nhiệm Ủy ban Thể dục Thể thao).
		{Text: "ủy ban thể dục thể thao", Name: "Ủy ban Thể dục Thể thao", Kind: KindState, Class: Central},
		{Text: "quân ủy trung ương", Name: "Quân ủy Trung ương", Kind: KindCentral, Class: Central},
		{Text: "đảng ủy quân sự trung ương", Name: "Đảng ủy Quân sự Trung ương", Kind: KindCentral, Class: Central},
		{Text: "đảng ủy công an trung ương", Name: "Đảng ủy Công an Trung ương", Kind: KindCentral, Class: Central},
		{Text: "đảng ủy chính phủ", Name: "Đảng ủy Chính phủ", Kind: KindCentral, Class: Central},
		{Text: "đảng ủy quốc hội", Name: "Đảng ủy Quốc hội", Kind: KindCentral, Class: Central},
		{Text: "đảng ủy các cơ quan đảng trung ương", Name: "Đảng ủy các cơ quan Đảng Trung ương", Kind: KindCentral, Class: Central},
		{Text: "hội đồng lý luận trung ương", Name: "Hội đồng Lý luận Trung ương", Kind: KindCentral, Class: Central},
		{Text: "ủy ban trung ương mttq việt nam", Name: "Ủy ban Trung ương MTTQ Việt Nam", Kind: KindFront, Class: Central},
		{Text: "ủy ban trung ương mặt trận tổ quốc việt nam", Name: "Ủy ban Trung ương MTTQ Việt Nam", Kind: KindFront, Class: Central},
		{Text: "ubtư mttq việt nam", Name: "Ủy ban Trung ương MTTQ Việt Nam", Kind: KindFront, Class: Central},
		{Text: "ubtw mttq việt nam", Name: "Ủy ban Trung ương MTTQ Việt Nam", Kind: KindFront, Class: Central},
		{Text: "ubtư mặt trận tổ quốc việt nam", Name: "Ủy ban Trung ương MTTQ Việt Nam", Kind: KindFront, Class: Central},
		{Text: "ubtw mặt trận tổ quốc việt nam", Name: "Ủy ban Trung ương MTTQ Việt Nam", Kind: KindFront, Class: Central},
		// Religious bodies of the Front, whose clergy its pages list among
		// its officers (hanoimoi 2019: Hòa thượng Thích Thiện Nhơn, Chủ tịch
		// Hội đồng Trị sự Giáo hội Phật giáo Việt Nam; Linh mục Trần Xuân
		// Mạnh, Chủ tịch Ủy ban Đoàn kết Công giáo Việt Nam).
		{Text: "hội đồng trị sự giáo hội phật giáo việt nam", Name: "Hội đồng Trị sự Giáo hội Phật giáo Việt Nam", Kind: KindOther, Class: Central},
		{Text: "giáo hội phật giáo việt nam", Name: "Giáo hội Phật giáo Việt Nam", Kind: KindOther, Class: Central},
		{Text: "ủy ban đoàn kết công giáo việt nam", Name: "Ủy ban Đoàn kết Công giáo Việt Nam", Kind: KindOther, Class: Central},
		// UB TƯ MTTQ VN, UBTƯ MTTQ VN: the country abbreviated too (a
		// caption of m029's, Ninh Bình 2015).
		{Text: "ub tw mttq việt nam", Name: "Ủy ban Trung ương MTTQ Việt Nam", Kind: KindFront, Class: Central},
		{Text: "ub tw mttq vn", Name: "Ủy ban Trung ương MTTQ Việt Nam", Kind: KindFront, Class: Central},
		{Text: "ub tư mttq việt nam", Name: "Ủy ban Trung ương MTTQ Việt Nam", Kind: KindFront, Class: Central},
		{Text: "ub tư mttq vn", Name: "Ủy ban Trung ương MTTQ Việt Nam", Kind: KindFront, Class: Central},
		{Text: "ubtw mttq vn", Name: "Ủy ban Trung ương MTTQ Việt Nam", Kind: KindFront, Class: Central},
		{Text: "ubtư mttq vn", Name: "Ủy ban Trung ương MTTQ Việt Nam", Kind: KindFront, Class: Central},
		// The trade unions' national confederation, named after the country
		// (a province's Liên đoàn Lao động is placed).
		{Text: "tổng liên đoàn lao động việt nam", Name: "Tổng Liên đoàn Lao động Việt Nam", Kind: KindMass, Class: Central},
		{Text: "tổng lđlđ việt nam", Name: "Tổng Liên đoàn Lao động Việt Nam", Kind: KindMass, Class: Central},
		{Text: "tổng lđlđvn", Name: "Tổng Liên đoàn Lao động Việt Nam", Kind: KindMass, Class: Central}, // the country glued (laodong 2018)
		{Text: "tòa án nhân dân tối cao", Name: "Tòa án nhân dân tối cao", Kind: KindState, Class: Central},
		{Text: "viện kiểm sát nhân dân tối cao", Name: "Viện Kiểm sát nhân dân tối cao", Kind: KindState, Class: Central},
		{Text: "tand tối cao", Name: "Tòa án nhân dân tối cao", Kind: KindState, Class: Central},
		{Text: "vksnd tối cao", Name: "Viện Kiểm sát nhân dân tối cao", Kind: KindState, Class: Central},
		{Text: "hội đồng dân tộc", Name: "Hội đồng Dân tộc", Kind: KindState, Class: Central},
		// The Assembly's petitions board, named without its parent.
		{Text: "ban dân nguyện", Name: "Ban Dân nguyện", Kind: KindState, Class: Central},
		{Text: "liên minh hợp tác xã việt nam", Name: "Liên minh Hợp tác xã Việt Nam", Kind: KindMass, Class: Central},
		// The business federation, named after the country, and its name
		// before 2021 (doanhnghiephungyen, chinhsachcuocsong: dc004, dc007).
		{Text: "liên đoàn thương mại và công nghiệp việt nam", Name: "Liên đoàn Thương mại và Công nghiệp Việt Nam", Kind: KindOther, Class: Central},
		{Text: "phòng thương mại và công nghiệp việt nam", Name: "Phòng Thương mại và Công nghiệp Việt Nam", Kind: KindOther, Class: Central},
		{Text: "vcci", Name: "Liên đoàn Thương mại và Công nghiệp Việt Nam", Kind: KindOther, Class: Central},
		{Text: "ngân hàng nhà nước việt nam", Name: "Ngân hàng Nhà nước Việt Nam", Kind: KindState, Class: Central},
		{Text: "ngân hàng nhà nước", Name: "Ngân hàng Nhà nước Việt Nam", Kind: KindState, Class: Central},
		// The Youth Union's central committee: Bí thư Trung ương Đoàn.
		{Text: "trung ương đoàn", Name: YouthCentral, Kind: KindMass, Class: Central},
		{Text: "trung ương đoàn tncs hồ chí minh", Name: YouthCentral, Kind: KindMass, Class: Central},
		{Text: "ban chấp hành trung ương đoàn", Name: YouthCentral, Kind: KindMass, Class: Central},
		{Text: "ban chấp hành trung ương đoàn tncs hồ chí minh", Name: YouthCentral, Kind: KindMass, Class: Central},

		// Body.
		{Text: "ban thường vụ", Name: "Ban Thường vụ", Kind: KindPartyBody, Class: Body, Gloss: "Standing Committee"},
		{Text: "btv", Name: "Ban Thường vụ", Kind: KindPartyBody, Class: Body},
		{Text: "uvbtv", Name: "Ban Thường vụ", Kind: KindPartyBody, Class: Body},                      // Ủy viên Ban Thường vụ, abbreviated
		{Text: "uvbch", Name: "Ban Chấp hành", Kind: KindPartyBody, Class: Body},                      // Ủy viên Ban Chấp hành, abbreviated
		{Text: "thường vụ", Name: "Ban Thường vụ", Kind: KindPartyBody, Class: Body, NeedsUnit: true}, // Ủy viên Thường vụ Thành ủy
		{Text: "ban chấp hành", Name: "Ban Chấp hành", Kind: KindPartyBody, Class: Body, Gloss: "Executive Committee"},
		{Text: "bch", Name: "Ban Chấp hành", Kind: KindPartyBody, Class: Body},
		{Text: "ủy ban kiểm tra", Name: "Ủy ban Kiểm tra", Kind: KindPartyBody, Class: Body, Gloss: "Inspection Commission"},
		{Text: "ubkt", Name: "Ủy ban Kiểm tra", Kind: KindPartyBody, Class: Body},
		{Text: "thường trực", Name: "Thường trực", Kind: KindPartyBody, Class: Body, NeedsUnit: true, Gloss: "Standing Board"},
		// The presidium of the front or a national union (Đoàn Chủ tịch
		// UBTƯ MTTQ Việt Nam, Ủy viên Đoàn Chủ tịch Tổng LĐLĐ Việt Nam).
		{Text: "đoàn chủ tịch", Name: "Đoàn Chủ tịch", Kind: KindMass, Class: Body, NeedsUnit: true},
		// The representative board an association or a bank's board keeps in a
		// place (Trưởng ban đại diện Hội Người cao tuổi tỉnh, xsdinh 2011;
		// Trưởng Ban đại diện HĐQT Ngân hàng Chính sách xã hội tỉnh).
		{Text: "ban đại diện", Name: "Ban đại diện", Kind: KindMass, Class: Body, NeedsUnit: true},

		// Committee.
		{Text: "thành ủy", Name: "Thành ủy", Kind: KindPartyOrg, Class: Committee, Level: "thành phố", Gloss: "City Party Committee"},
		{Text: "tỉnh ủy", Name: "Tỉnh ủy", Kind: KindPartyOrg, Class: Committee, Level: "tỉnh", Gloss: "Provincial Party Committee"},
		{Text: "tuv", Name: "Tỉnh ủy", Kind: KindPartyOrg, Class: Committee, Level: "tỉnh"},   // Tỉnh ủy viên, abbreviated
		{Text: "huv", Name: "Huyện ủy", Kind: KindPartyOrg, Class: Committee, Level: "huyện"}, // Huyện ủy viên, abbreviated
		{Text: "huyện ủy", Name: "Huyện ủy", Kind: KindPartyOrg, Class: Committee, Level: "huyện", Gloss: "District Party Committee"},
		{Text: "quận ủy", Name: "Quận ủy", Kind: KindPartyOrg, Class: Committee, Level: "quận", Gloss: "District Party Committee"},
		{Text: "thị ủy", Name: "Thị ủy", Kind: KindPartyOrg, Class: Committee, Level: "thị xã", Gloss: "Town Party Committee"},
		{Text: "thành đoàn", Name: "Thành đoàn", Kind: KindMass, Class: Committee, Level: "thành phố", Gloss: "City Youth Union"},
		{Text: "tỉnh đoàn", Name: "Tỉnh đoàn", Kind: KindMass, Class: Committee, Level: "tỉnh", Gloss: "Provincial Youth Union"},
		{Text: "huyện đoàn", Name: "Huyện đoàn", Kind: KindMass, Class: Committee, Level: "huyện"},
		{Text: "quận đoàn", Name: "Quận đoàn", Kind: KindMass, Class: Committee, Level: "quận"},
		{Text: "thị đoàn", Name: "Thị đoàn", Kind: KindMass, Class: Committee, Level: "thị xã"},

		// Organisation.
		{Text: "đảng bộ", Name: "Đảng bộ", Kind: KindPartyOrg, Class: Organisation, Gloss: "Party Committee"},
		{Text: "đảng ủy", Name: "Đảng ủy", Kind: KindPartyOrg, Class: Organisation, Gloss: "Party Committee"},
		{Text: "đuv", Name: "Đảng ủy", Kind: KindPartyOrg, Class: Organisation}, // Đảng ủy viên, abbreviated (ĐUV, CT.MTTQ)
		{Text: "chi bộ", Name: "Chi bộ", Kind: KindCell, Class: Organisation, Gloss: "Party Cell"},
		{Text: "đảng đoàn", Name: "Đảng đoàn", Kind: KindPartyBody, Class: Organisation},
		{Text: "ban cán sự đảng", Name: "Ban cán sự đảng", Kind: KindPartyBody, Class: Organisation},

		// Placed.
		{Text: "hđnd", Name: "HĐND", Kind: KindCouncil, Class: Placed, NeedsPlace: true, Gloss: "People's Council"},
		{Text: "hội đồng nhân dân", Name: "HĐND", Kind: KindCouncil, Class: Placed, NeedsPlace: true, Gloss: "People's Council"},
		{Text: "ubnd", Name: "UBND", Kind: KindCommittee, Class: Placed, NeedsPlace: true, Gloss: "People's Committee"},
		{Text: "ủy ban nhân dân", Name: "UBND", Kind: KindCommittee, Class: Placed, NeedsPlace: true, Gloss: "People's Committee"},
		{Text: "ủy ban mttq việt nam", Name: Front, Kind: KindFront, Class: Placed, NeedsPlace: true, Gloss: "Vietnam Fatherland Front Committee"},
		{Text: "ủy ban mặt trận tổ quốc việt nam", Name: Front, Kind: KindFront, Class: Placed, NeedsPlace: true, Gloss: "Vietnam Fatherland Front Committee"},
		{Text: "ủy ban mttq", Name: Front, Kind: KindFront, Class: Placed, NeedsPlace: true},
		{Text: "ủy ban mặt trận tổ quốc", Name: Front, Kind: KindFront, Class: Placed, NeedsPlace: true},
		{Text: "ubmttq việt nam", Name: Front, Kind: KindFront, Class: Placed, NeedsPlace: true},
		{Text: "ubmttq", Name: Front, Kind: KindFront, Class: Placed, NeedsPlace: true},
		{Text: "mttq", Name: Front, Kind: KindFront, Class: Placed, NeedsPlace: true},
		// The front's pages abbreviate further: Việt Nam glued as VN
		// (UBMTTQVN tỉnh, Uỷ ban MTTQVN tỉnh, MTTQ VN huyện) and Ủy ban cut to
		// UB with or without a dot (UB.MTTQ Việt Nam tỉnh Tây Ninh).
		{Text: "ubmttqvn", Name: Front, Kind: KindFront, Class: Placed, NeedsPlace: true},
		{Text: "ủy ban mttqvn", Name: Front, Kind: KindFront, Class: Placed, NeedsPlace: true},
		{Text: "mttqvn", Name: Front, Kind: KindFront, Class: Placed, NeedsPlace: true},
		{Text: "mttq vn", Name: Front, Kind: KindFront, Class: Placed, NeedsPlace: true},
		{Text: "ub.mttq việt nam", Name: Front, Kind: KindFront, Class: Placed, NeedsPlace: true},
		{Text: "ub.mttq", Name: Front, Kind: KindFront, Class: Placed, NeedsPlace: true},
		{Text: "ub.mttqvn", Name: Front, Kind: KindFront, Class: Placed, NeedsPlace: true},
		{Text: "ub mttq việt nam", Name: Front, Kind: KindFront, Class: Placed, NeedsPlace: true},
		{Text: "ub mttq", Name: Front, Kind: KindFront, Class: Placed, NeedsPlace: true},
		{Text: "mặt trận tổ quốc việt nam", Name: Front, Kind: KindFront, Class: Placed, NeedsPlace: true, Gloss: "Vietnam Fatherland Front"},
		{Text: "mttq việt nam", Name: Front, Kind: KindFront, Class: Placed, NeedsPlace: true, Gloss: "Vietnam Fatherland Front"},
		{Text: "đoàn đại biểu quốc hội", Name: "Đoàn đại biểu Quốc hội", Kind: KindState, Class: Placed, NeedsPlace: true, Gloss: "National Assembly Delegation"},
		{Text: "đoàn đbqh", Name: "Đoàn đại biểu Quốc hội", Kind: KindState, Class: Placed, NeedsPlace: true, Gloss: "National Assembly Delegation"},
		{Text: "tòa án nhân dân", Name: "Tòa án nhân dân", Kind: KindState, Class: Placed, NeedsPlace: true},
		{Text: "viện kiểm sát nhân dân", Name: "Viện Kiểm sát nhân dân", Kind: KindState, Class: Placed, NeedsPlace: true},
		{Text: "tand", Name: "Tòa án nhân dân", Kind: KindState, Class: Placed, NeedsPlace: true},
		{Text: "vksnd", Name: "Viện Kiểm sát nhân dân", Kind: KindState, Class: Placed, NeedsPlace: true},
		{Text: "ban dân tộc", Name: "Ban Dân tộc", Kind: KindState, Class: Placed, NeedsPlace: true}, // a province's ethnic board, a state body
		// A province's board of its economic zones or industrial parks, a
		// state agency (Trưởng Ban Quản lý Khu kinh tế tỉnh Quảng Trị, g001;
		// trực tiếp làm Trưởng Ban Quản lý các Khu kinh tế, hatinh24h 2020).
		{Text: "ban quản lý các khu kinh tế", Name: "Ban Quản lý các Khu kinh tế", Kind: KindState, Class: Placed, NeedsPlace: true},
		{Text: "ban quản lý khu kinh tế", Name: "Ban Quản lý Khu kinh tế", Kind: KindState, Class: Placed, NeedsPlace: true},
		{Text: "ban quản lý các khu công nghiệp", Name: "Ban Quản lý các Khu công nghiệp", Kind: KindState, Class: Placed, NeedsPlace: true},
		{Text: "ban quản lý khu công nghiệp", Name: "Ban Quản lý Khu công nghiệp", Kind: KindState, Class: Placed, NeedsPlace: true},
		// A place's inspectorate (Thanh tra tỉnh); the Government's is central.
		{Text: "thanh tra", Name: "Thanh tra", Kind: KindState, Class: Placed, NeedsPlace: true},
		{Text: "bộ chỉ huy quân sự", Name: "Bộ Chỉ huy Quân sự", Kind: KindState, Class: Placed, NeedsPlace: true},
		{Text: "bộ chqs", Name: "Bộ Chỉ huy Quân sự", Kind: KindState, Class: Placed, NeedsPlace: true}, // Chỉ huy trưởng Bộ CHQS tỉnh
		// BCH Quân sự huyện: Ban Chỉ huy abbreviated as Ban Chấp hành is (units
		// reads it before the body).
		{Text: "bch quân sự", Name: "Ban Chỉ huy Quân sự", Kind: KindState, Class: Placed, NeedsPlace: true},
		{Text: "ban chỉ huy quân sự", Name: "Ban Chỉ huy Quân sự", Kind: KindState, Class: Placed, NeedsPlace: true}, // a district's command
		{Text: "bộ chỉ huy bộ đội biên phòng", Name: "Bộ Chỉ huy Bộ đội Biên phòng", Kind: KindState, Class: Placed, NeedsPlace: true},
		// The border guard: the national force alone (Phó Tư lệnh Bộ đội
		// Biên phòng), a province's command with its place.
		{Text: "bộ đội biên phòng", Name: "Bộ đội Biên phòng", Kind: KindState, Class: Placed},
		{Text: "bđbp", Name: "Bộ đội Biên phòng", Kind: KindState, Class: Placed},
		{Text: "bộ chỉ huy bđbp", Name: "Bộ Chỉ huy Bộ đội Biên phòng", Kind: KindState, Class: Placed, NeedsPlace: true},
		// A province's border command since 2025, under its military
		// command (Chính ủy Ban Chỉ huy BĐBP tỉnh Lai Châu).
		{Text: "ban chỉ huy bộ đội biên phòng", Name: "Ban Chỉ huy Bộ đội Biên phòng", Kind: KindState, Class: Placed, NeedsPlace: true},
		{Text: "ban chỉ huy bđbp", Name: "Ban Chỉ huy Bộ đội Biên phòng", Kind: KindState, Class: Placed, NeedsPlace: true},
		{Text: "đoàn tncs hồ chí minh", Name: "Đoàn TNCS Hồ Chí Minh", Kind: KindMass, Class: Placed, Gloss: "Ho Chi Minh Communist Youth Union"},
		{Text: "đoàn thanh niên cộng sản hồ chí minh", Name: "Đoàn TNCS Hồ Chí Minh", Kind: KindMass, Class: Placed},
		{Text: "đoàn thanh niên", Name: "Đoàn TNCS Hồ Chí Minh", Kind: KindMass, Class: Placed},
		{Text: "hội cựu chiến binh", Name: "Hội Cựu chiến binh", Kind: KindMass, Class: Placed, Gloss: "Veterans' Association"},
		{Text: "hội ccb", Name: "Hội Cựu chiến binh", Kind: KindMass, Class: Placed},
		{Text: "hội liên hiệp phụ nữ", Name: "Hội Liên hiệp Phụ nữ", Kind: KindMass, Class: Placed, Gloss: "Women's Union"},
		{Text: "hội lhpn", Name: "Hội Liên hiệp Phụ nữ", Kind: KindMass, Class: Placed},
		{Text: "hội nông dân", Name: "Hội Nông dân", Kind: KindMass, Class: Placed, Gloss: "Farmers' Association"},
		{Text: "hội ndvn", Name: "Hội Nông dân Việt Nam", Kind: KindMass, Class: Placed}, // the country abbreviated with the name
		// HND tỉnh, HND Việt Nam: the association's pages abbreviate it whole
		// (Hội Nông dân (HND) tỉnh Thanh Hóa).
		{Text: "hnd", Name: "Hội Nông dân", Kind: KindMass, Class: Placed},
		{Text: "hội sinh viên", Name: "Hội Sinh viên", Kind: KindMass, Class: Placed},
		{Text: "hội liên hiệp thanh niên", Name: "Hội Liên hiệp Thanh niên", Kind: KindMass, Class: Placed},
		{Text: "hội lhtn", Name: "Hội Liên hiệp Thanh niên", Kind: KindMass, Class: Placed}, // Chủ tịch T.Ư Hội LHTN Việt Nam
		{Text: "hội chữ thập đỏ", Name: "Hội Chữ thập đỏ", Kind: KindMass, Class: Placed},
		{Text: "hội cựu thanh niên xung phong", Name: "Hội Cựu thanh niên xung phong", Kind: KindMass, Class: Placed},
		{Text: "hội người cao tuổi", Name: "Hội Người cao tuổi", Kind: KindMass, Class: Placed},
		{Text: "hội khuyến học", Name: "Hội Khuyến học", Kind: KindMass, Class: Placed},
		{Text: "hội luật gia", Name: "Hội Luật gia", Kind: KindMass, Class: Placed},
		{Text: "hội nhà báo", Name: "Hội Nhà báo", Kind: KindMass, Class: Placed},
		// Associations with branches at every level, printed in sentence
		// case (Hội truyền thống Trường Sơn - đường Hồ Chí Minh xã Thống
		// Nhất, tplaocai 2022; Hội Truyền thống Trường Sơn- Đường Hồ Chí
		// Minh tỉnh Đồng Nai; Hội Nạn nhân chất độc da cam/dioxin tỉnh), whose
		// words after the first a reader of "Hội" and capitalised words loses.
		{Text: "hội truyền thống trường sơn", Name: "Hội Truyền thống Trường Sơn – Đường Hồ Chí Minh", Kind: KindMass, Class: Placed, Tails: []string{"đường hồ chí minh", "đường mòn hồ chí minh"}},
		{Text: "hội nạn nhân chất độc da cam", Name: "Hội Nạn nhân chất độc da cam/dioxin", Kind: KindMass, Class: Placed, Tails: []string{"dioxin"}},
		{Text: "hội nạn nhân chất độc da cam/dioxin", Name: "Hội Nạn nhân chất độc da cam/dioxin", Kind: KindMass, Class: Placed},
		// The emulation and awards councils and their boards, central and
		// at every level, printed with or without the dash (Trưởng Ban Thi
		// đua Khen thưởng TW, Phó Chủ tịch Thường trực Hội đồng Thi đua-
		// Khen thưởng TW: cand on Trần Thị Hà, od004; Chủ tịch Hội đồng Thi
		// đua - Khen thưởng: plo 2025, j025).
		{Text: "hội đồng thi đua", Name: "Hội đồng Thi đua - Khen thưởng", Kind: KindState, Class: Placed, Tails: []string{"khen thưởng trung ương", "khen thưởng tw", "khen thưởng tư", "khen thưởng"}},
		{Text: "ban thi đua", Name: "Ban Thi đua - Khen thưởng", Kind: KindState, Class: Placed, Tails: []string{"khen thưởng trung ương", "khen thưởng tw", "khen thưởng tư", "khen thưởng"}},
		{Text: "hội bảo trợ người khuyết tật và trẻ mồ côi", Name: "Hội Bảo trợ người khuyết tật và trẻ mồ côi", Kind: KindMass, Class: Placed},
		{Text: "hội bảo trợ người tàn tật và trẻ mồ côi", Name: "Hội Bảo trợ người khuyết tật và trẻ mồ côi", Kind: KindMass, Class: Placed},
		{Text: "hội cựu giáo chức", Name: "Hội Cựu giáo chức", Kind: KindMass, Class: Placed},
		{Text: "hội cựu công an nhân dân", Name: "Hội Cựu Công an nhân dân", Kind: KindMass, Class: Placed},
		{Text: "hội người mù", Name: "Hội Người mù", Kind: KindMass, Class: Placed},
		{Text: "hội văn học nghệ thuật", Name: "Hội Văn học Nghệ thuật", Kind: KindMass, Class: Placed},
		{Text: "liên hiệp các hội văn học nghệ thuật", Name: "Liên hiệp các Hội Văn học Nghệ thuật", Kind: KindMass, Class: Placed},
		{Text: "liên hiệp các hội khoa học và kỹ thuật", Name: "Liên hiệp các Hội Khoa học và Kỹ thuật", Kind: KindMass, Class: Placed},
		// Without its "và" (Liên hiệp các hội Khoa học Kỹ thuật (KHKT) tỉnh
		// Thừa Thiên Huế, husta 2009).
		{Text: "liên hiệp các hội khoa học kỹ thuật", Name: "Liên hiệp các Hội Khoa học và Kỹ thuật", Kind: KindMass, Class: Placed},
		{Text: "hội doanh nhân trẻ", Name: "Hội Doanh nhân trẻ", Kind: KindMass, Class: Placed},
		{Text: "hội doanh nghiệp nhỏ và vừa", Name: "Hội Doanh nghiệp nhỏ và vừa", Kind: KindMass, Class: Placed},
		// The trade association of small firms, its field in small letters
		// (Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa TPHCM, sggp 2025): read
		// as Hiệp hội and capitals it lost "nhỏ và vừa" and its place.
		{Text: "hiệp hội doanh nghiệp nhỏ và vừa", Name: "Hiệp hội Doanh nghiệp nhỏ và vừa", Kind: KindOther, Class: Placed},
		{Text: "hội nhà văn", Name: "Hội Nhà văn", Kind: KindMass, Class: Placed},
		{Text: "liên đoàn lao động", Name: "Liên đoàn Lao động", Kind: KindMass, Class: Placed, Gloss: "Labour Federation"},
		{Text: "lđlđ", Name: "Liên đoàn Lao động", Kind: KindMass, Class: Placed},
		// The Young Pioneers' council, which the Youth Union's secretary of
		// a place chairs (Chủ tịch Hội đồng Đội tỉnh).
		{Text: "hội đồng đội", Name: "Hội đồng Đội", Kind: KindMass, Class: Placed},
		{Text: "công an", Name: "Công an", Kind: KindState, Class: Placed, NeedsPlace: true},

		// Organ.
		{Text: "sở", Name: "Sở", Kind: KindState, Class: Organ, NeedsPlace: true},
		{Text: "bộ", Name: "Bộ", Kind: KindState, Class: Organ},
		{Text: "cục", Name: "Cục", Kind: KindState, Class: Organ, UnderParent: true},
		// A ministry's or a central board's department (Vụ trưởng Vụ Tổng
		// hợp, Phó Vụ trưởng Vụ Tổ chức cán bộ), named with a capital.
		{Text: "vụ", Name: "Vụ", Kind: KindState, Class: Organ, UnderParent: true},
		{Text: "tổng cục", Name: "Tổng cục", Kind: KindState, Class: Organ, UnderParent: true},
		{Text: "bộ tư lệnh", Name: "Bộ Tư lệnh", Kind: KindState, Class: Organ, NamedByPlace: true, Tails: []string{"thủ đô hà nội"}},
		{Text: "quân khu", Name: "Quân khu", Kind: KindState, Class: Organ},
		// The army's numbered formations (Phó chính ủy Quân đoàn 1, QĐND
		// 2020; Sư đoàn 3, Lữ đoàn 972): named by their number only.
		// The army's services and arms, named by their field (Tư lệnh Quân
		// chủng Hải quân, vtcnews 2021; Binh chủng Công binh).
		{Text: "quân chủng", Name: "Quân chủng", Kind: KindState, Class: Organ},
		{Text: "binh chủng", Name: "Binh chủng", Kind: KindState, Class: Organ},
		{Text: "quân đoàn", Name: "Quân đoàn", Kind: KindState, Class: Organ},
		{Text: "sư đoàn", Name: "Sư đoàn", Kind: KindState, Class: Organ},
		{Text: "lữ đoàn", Name: "Lữ đoàn", Kind: KindState, Class: Organ},
		{Text: "trung đoàn", Name: "Trung đoàn", Kind: KindState, Class: Organ},
		{Text: "học viện", Name: "Học viện", Kind: KindOther, Class: Organ},
		{Text: "viện", Name: "Viện", Kind: KindOther, Class: Organ},
		{Text: "trường", Name: "Trường", Kind: KindOther, Class: Organ},
		{Text: "báo", Name: "Báo", Kind: KindOther, Class: Organ},
		// A province's newspaper merged with its radio and television since
		// 2023–2025, named after the province (Tổng Biên tập Báo và Phát
		// thanh - Truyền hình Lâm Đồng: nld 2023, s023; Báo và Phát thanh,
		// Truyền hình Tuyên Quang): read as Báo it stopped at "và".
		{Text: "báo và phát thanh", Name: "Báo và Phát thanh – Truyền hình", Kind: KindOther, Class: Organ, Tails: []string{"truyền hình"}},
		{Text: "đài", Name: "Đài", Kind: KindOther, Class: Organ},
		{Text: "bệnh viện", Name: "Bệnh viện", Kind: KindOther, Class: Organ},
		{Text: "tổng công ty", Name: "Tổng công ty", Kind: KindOther, Class: Organ},
		{Text: "công ty", Name: "Công ty", Kind: KindOther, Class: Organ},
		{Text: "tập đoàn", Name: "Tập đoàn", Kind: KindOther, Class: Organ},
		{Text: "ngân hàng", Name: "Ngân hàng", Kind: KindOther, Class: Organ},
		{Text: "công đoàn", Name: "Công đoàn", Kind: KindMass, Class: Organ, NeedsPlace: true},
		// A branch's union, named by its branch in capitals after ngành
		// (Đại hội Công đoàn ngành Giáo dục lần thứ XI, tuyenquang 2018).
		{Text: "công đoàn ngành", Name: "Công đoàn ngành", Kind: KindMass, Class: Organ, NeedsPlace: true},
		// A grassroots union, named by the school, firm or agency it is of
		// (Đại hội Công đoàn cơ sở Trường THPT Phong Phú lần thứ I, lc010):
		// its head is not "Công đoàn" with "cơ sở" read as congresses in
		// general (đại hội công đoàn cơ sở, small letters, still is).
		{Text: "công đoàn cơ sở", Name: "Công đoàn cơ sở", Kind: KindMass, Class: Organ, NeedsPlace: true},
		// A section of an agency (Phòng Cảnh sát giao thông Công an tỉnh,
		// Phòng Nội vụ huyện): its head is printed Trưởng phòng.
		{Text: "phòng", Name: "Phòng", Kind: KindState, Class: Organ},
		// An association named by its field (Hội Điện lực Việt Nam); the mass
		// organisations of every place are in placed.
		{Text: "hội", Name: "Hội", Kind: KindMass, Class: Organ, SentenceCase: true},
		// An association's branch, named by its association or its place
		// (Chi Hội Nhà báo Văn phòng Hội Nhà báo tỉnh, baogialai 2015; Chi
		// hội Luật gia Sở Tư pháp).
		{Text: "chi hội", Name: "Chi hội", Kind: KindMass, Class: Organ},
		// A trade or business association named by its field (Chủ tịch
		// Hiệp hội Du lịch tỉnh, baosoctrang 2024; Hiệp hội Doanh nghiệp tỉnh).
		{Text: "hiệp hội", Name: "Hiệp hội", Kind: KindOther, Class: Organ, SentenceCase: true},

		// Board.
		{Text: "hội đồng thành viên", Name: "Hội đồng thành viên", Kind: KindOther, Class: Board},
		{Text: "hội đồng quản trị", Name: "Hội đồng quản trị", Kind: KindOther, Class: Board},
		{Text: "hội đồng trường", Name: "Hội đồng trường", Kind: KindOther, Class: Board},
		// A firm's boards abbreviated, as its own and the party's pages print
		// them: Chủ tịch HĐTV Tập đoàn (giaoduc 2012, postef 2015,
		// doanhnghieptrunguong 2012), Chủ tịch HĐQT Tổng công ty.
		{Text: "hđtv", Name: "Hội đồng thành viên", Kind: KindOther, Class: Board},
		{Text: "hđqt", Name: "Hội đồng quản trị", Kind: KindOther, Class: Board},
	}
})

// A UnitLeader is the title of the head of a unit that its own head word
// names (UBND: Chủ tịch; Tỉnh ủy: Bí thư), whose deputies bear it after
// Phó: a title printed alone in a sentence that names such a unit before
// it (Ủy ban Kiểm tra Trung ương đã họp … dưới sự chủ trì của Chủ nhiệm
// Trần Cẩm Tú) is that unit's. Organs (Bộ, Sở, Trường) are
// units.Unit.HeadedBy's.
type UnitLeader struct {
	Head string // the unit's canonical head (UnitHead.Name), as vn.Key writes it
	// Prefix is set where every head that begins with Head's words is
	// meant (Hội Nông dân, Hội Cựu chiến binh for "hội").
	Prefix bool
	Title  string // the head's canonical title, as vn.Key writes it
}

// UnitLeaders are the heads whose units a title heads, besides organs.
func UnitLeaders() []UnitLeader { return unitLeadersTable() }

// unitLeadersTable is UnitLeaders, built once and shared: read-only.
var unitLeadersTable = sync.OnceValue(func() []UnitLeader {
	return []UnitLeader{
		{Head: "ubnd", Title: "chủ tịch"},
		{Head: "hđnd", Title: "chủ tịch"},
		{Head: "ủy ban mttq việt nam", Title: "chủ tịch"},
		{Head: "ủy ban trung ương mttq việt nam", Title: "chủ tịch"},
		{Head: "tỉnh ủy", Title: "bí thư"},
		{Head: "thành ủy", Title: "bí thư"},
		{Head: "huyện ủy", Title: "bí thư"},
		{Head: "quận ủy", Title: "bí thư"},
		{Head: "thị ủy", Title: "bí thư"},
		{Head: "đảng ủy", Title: "bí thư"},
		// A party organisation and a cell are led by their secretary as
		// their committee is (Đảng bộ khối doanh nghiệp thương mại trung
		// ương bầu 23 người vào ban chấp hành khóa mới, ông A trúng cử bí
		// thư đảng bộ: plo 2010, h023), and so are the Youth Union's
		// committees of every level (Tỉnh đoàn, Đoàn TNCS Hồ Chí Minh).
		{Head: "đảng bộ", Title: "bí thư"},
		{Head: "chi bộ", Title: "bí thư"},
		{Head: "thành đoàn", Title: "bí thư"},
		{Head: "tỉnh đoàn", Title: "bí thư"},
		{Head: "huyện đoàn", Title: "bí thư"},
		{Head: "quận đoàn", Title: "bí thư"},
		{Head: "thị đoàn", Title: "bí thư"},
		{Head: "đoàn tncs hồ chí minh", Title: "bí thư"},
		{Head: "ủy ban kiểm tra", Title: "chủ nhiệm"},
		{Head: "ủy ban kiểm tra trung ương", Title: "chủ nhiệm"},
		// Hội Nông dân, Hội đồng quản trị, Hội đồng Lý luận Trung ương.
		{Head: "hội", Prefix: true, Title: "chủ tịch"},
		{Head: "liên đoàn lao động", Title: "chủ tịch"},
		{Head: "tổng liên đoàn lao động việt nam", Title: "chủ tịch"},
		// Liên hiệp các Hội Văn học Nghệ thuật, Hiệp hội Du lịch: federations
		// and trade associations, chaired as an association is.
		{Head: "liên hiệp các hội", Prefix: true, Title: "chủ tịch"},
		{Head: "hiệp hội", Prefix: true, Title: "chủ tịch"},
	}
})
