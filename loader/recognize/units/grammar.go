package units

import (
	"slices"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// The tables of the grammar of units' names. Phrases are written as vn.Key
// writes words (lower case, one tone placement), so printed ủy and uỷ, Ban
// Thường vụ and Ban thường vụ match alike; canonical forms are how the graph
// names the unit.

// entry is a head printed one way and named one way.
type entry struct {
	printed   string // the words as keys
	canonical string
	kind      schema.UnitKind
}

// central are the national bodies of the Party and the state, whose names say
// everything about them. Each is also read with Trung ương abbreviated (BCH
// TW, UBKT T.Ư): see compile.
func central() []entry {
	return []entry{
		{"đảng cộng sản việt nam", "Đảng Cộng sản Việt Nam", schema.UnitParty},
		{"bộ chính trị", "Bộ Chính trị", schema.UnitCentral},
		{"ban bí thư trung ương đảng", "Ban Bí thư", schema.UnitCentral},
		{"ban bí thư", "Ban Bí thư", schema.UnitCentral},
		{"ban chấp hành trung ương đảng cộng sản việt nam", centralCommittee, schema.UnitCentral},
		{"ban chấp hành trung ương đảng", centralCommittee, schema.UnitCentral},
		{"ban chấp hành trung ương", centralCommittee, schema.UnitCentral},
		{"bch trung ương đảng", centralCommittee, schema.UnitCentral},
		{"bch trung ương", centralCommittee, schema.UnitCentral},
		// BCH and Trung ương run together: BCHTƯ Đảng, BCHTW.
		{"bchtư đảng", centralCommittee, schema.UnitCentral},
		{"bchtư", centralCommittee, schema.UnitCentral},
		{"bchtw đảng", centralCommittee, schema.UnitCentral},
		{"bchtw", centralCommittee, schema.UnitCentral},
		// Ủy viên Trung ương abbreviated on party sites: UVTW Đảng.
		{"uvtw đảng", centralCommittee, schema.UnitCentral},
		{"uvtw", centralCommittee, schema.UnitCentral},
		// UVTƯ Đảng: the abbreviation glued, with Ư.
		{"uvtư đảng", centralCommittee, schema.UnitCentral},
		{"uvtư", centralCommittee, schema.UnitCentral},
		{"ubkt trung ương", "Ủy ban Kiểm tra Trung ương", schema.UnitCentral},
		{"trung ương đảng", centralCommittee, schema.UnitCentral},
		{"ủy ban kiểm tra trung ương", "Ủy ban Kiểm tra Trung ương", schema.UnitCentral},
		{"quốc hội", "Quốc hội", schema.UnitState},
		{"ủy ban thường vụ quốc hội", "Ủy ban Thường vụ Quốc hội", schema.UnitState},
		{"chính phủ", "Chính phủ", schema.UnitState},
		{"kiểm toán nhà nước", "Kiểm toán Nhà nước", schema.UnitState},
		{"thanh tra chính phủ", "Thanh tra Chính phủ", schema.UnitState},
		// The government's committee for ethnic minorities, a ministry by
		// rank (Phó Chủ nhiệm Ủy ban Dân tộc).
		{"ủy ban dân tộc", "Ủy ban Dân tộc", schema.UnitState},
		{"quân ủy trung ương", "Quân ủy Trung ương", schema.UnitCentral},
		{"đảng ủy quân sự trung ương", "Đảng ủy Quân sự Trung ương", schema.UnitCentral},
		{"đảng ủy công an trung ương", "Đảng ủy Công an Trung ương", schema.UnitCentral},
		{"đảng ủy chính phủ", "Đảng ủy Chính phủ", schema.UnitCentral},
		{"đảng ủy quốc hội", "Đảng ủy Quốc hội", schema.UnitCentral},
		{"đảng ủy các cơ quan đảng trung ương", "Đảng ủy các cơ quan Đảng Trung ương", schema.UnitCentral},
		{"hội đồng lý luận trung ương", "Hội đồng Lý luận Trung ương", schema.UnitCentral},
		{"ủy ban trung ương mttq việt nam", "Ủy ban Trung ương MTTQ Việt Nam", schema.UnitFront},
		{"ủy ban trung ương mặt trận tổ quốc việt nam", "Ủy ban Trung ương MTTQ Việt Nam", schema.UnitFront},
		{"ubtư mttq việt nam", "Ủy ban Trung ương MTTQ Việt Nam", schema.UnitFront},
		{"ubtw mttq việt nam", "Ủy ban Trung ương MTTQ Việt Nam", schema.UnitFront},
		{"ubtư mặt trận tổ quốc việt nam", "Ủy ban Trung ương MTTQ Việt Nam", schema.UnitFront},
		{"ubtw mặt trận tổ quốc việt nam", "Ủy ban Trung ương MTTQ Việt Nam", schema.UnitFront},
		// The trade unions' national confederation, named after the country
		// (a province's Liên đoàn Lao động is placed).
		{"tổng liên đoàn lao động việt nam", "Tổng Liên đoàn Lao động Việt Nam", schema.UnitMass},
		{"tổng lđlđ việt nam", "Tổng Liên đoàn Lao động Việt Nam", schema.UnitMass},
		{"tòa án nhân dân tối cao", "Tòa án nhân dân tối cao", schema.UnitState},
		{"viện kiểm sát nhân dân tối cao", "Viện Kiểm sát nhân dân tối cao", schema.UnitState},
		{"hội đồng dân tộc", "Hội đồng Dân tộc", schema.UnitState},
		// The Assembly's petitions board and the Government's ethnic
		// minorities committee, named without their parent.
		{"ban dân nguyện", "Ban Dân nguyện", schema.UnitState},
		{"ủy ban dân tộc", "Ủy ban Dân tộc", schema.UnitState},
		{"liên minh hợp tác xã việt nam", "Liên minh Hợp tác xã Việt Nam", schema.UnitMass},
		{"ngân hàng nhà nước việt nam", "Ngân hàng Nhà nước Việt Nam", schema.UnitState},
		{"ngân hàng nhà nước", "Ngân hàng Nhà nước Việt Nam", schema.UnitState},
		// The Youth Union's central committee: Bí thư Trung ương Đoàn.
		{"trung ương đoàn", youthCentral, schema.UnitMass},
		{"trung ương đoàn tncs hồ chí minh", youthCentral, schema.UnitMass},
		{"ban chấp hành trung ương đoàn", youthCentral, schema.UnitMass},
		{"ban chấp hành trung ương đoàn tncs hồ chí minh", youthCentral, schema.UnitMass},
	}
}

// youthCentral is the canonical name of the Youth Union's Central Committee.
const youthCentral = "Trung ương Đoàn"

// centralCommittee is the canonical name of the Party's Central Committee.
const centralCommittee = "Ban Chấp hành Trung ương Đảng"

// CentralCommittee is the canonical name of the Party's Central Committee, the
// unit of the Party's national posts (Tổng Bí thư).
func CentralCommittee() string { return centralCommittee }

// bodies are the bodies of a committee: its executive and standing
// committees, its inspection commission, its standing members.
func bodies() []entry {
	return []entry{
		{"ban thường vụ", "Ban Thường vụ", schema.UnitPartyBody},
		{"btv", "Ban Thường vụ", schema.UnitPartyBody},
		{"uvbtv", "Ban Thường vụ", schema.UnitPartyBody},     // Ủy viên Ban Thường vụ, abbreviated
		{"uvbch", "Ban Chấp hành", schema.UnitPartyBody},     // Ủy viên Ban Chấp hành, abbreviated
		{"thường vụ", "Ban Thường vụ", schema.UnitPartyBody}, // Ủy viên Thường vụ Thành ủy
		{"ban chấp hành", "Ban Chấp hành", schema.UnitPartyBody},
		{"bch", "Ban Chấp hành", schema.UnitPartyBody},
		{"ủy ban kiểm tra", "Ủy ban Kiểm tra", schema.UnitPartyBody},
		{"ubkt", "Ủy ban Kiểm tra", schema.UnitPartyBody},
		{"thường trực", "Thường trực", schema.UnitPartyBody},
		// The presidium of the front or a national union (Đoàn Chủ tịch
		// UBTƯ MTTQ Việt Nam, Ủy viên Đoàn Chủ tịch Tổng LĐLĐ Việt Nam).
		{"đoàn chủ tịch", "Đoàn Chủ tịch", schema.UnitMass},
	}
}

// needsOf reports whether a body's head names a unit only with the committee
// after it: "Thường trực" and "thường vụ" alone are words, not bodies.
func needsOf(canonicalHead, printed string) bool {
	return canonicalHead == "Thường trực" || printed == "thường vụ" || canonicalHead == "Đoàn Chủ tịch"
}

// departments are the departments of a party committee, printed after "Ban".
func departments() []string {
	return []string{
		"tổ chức", "tuyên giáo và dân vận", "tuyên giáo", "dân vận", "kinh tế", "nội chính",
		"đối ngoại", "chính sách chiến lược", "bảo vệ chăm sóc sức khỏe cán bộ", "tổ chức trung ương",
	}
}

// committees are the executive committees named after the level of their
// place, with the level word the head carries (Thành ủy Cần Thơ).
func committees() []entry {
	return []entry{
		{"thành ủy", "Thành ủy", schema.UnitPartyOrg},
		{"tỉnh ủy", "Tỉnh ủy", schema.UnitPartyOrg},
		{"tuv", "Tỉnh ủy", schema.UnitPartyOrg}, // Tỉnh ủy viên, abbreviated
		{"huyện ủy", "Huyện ủy", schema.UnitPartyOrg},
		{"quận ủy", "Quận ủy", schema.UnitPartyOrg},
		{"thị ủy", "Thị ủy", schema.UnitPartyOrg},
		{"thành đoàn", "Thành đoàn", schema.UnitMass},
		{"tỉnh đoàn", "Tỉnh đoàn", schema.UnitMass},
		{"huyện đoàn", "Huyện đoàn", schema.UnitMass},
		{"quận đoàn", "Quận đoàn", schema.UnitMass},
		{"thị đoàn", "Thị đoàn", schema.UnitMass},
	}
}

// impliedLevel is the level word a committee's head carries.
func impliedLevel(head string) string {
	switch head {
	case "Thành ủy", "Thành đoàn":
		return "thành phố"
	case "Tỉnh ủy", "Tỉnh đoàn":
		return "tỉnh"
	case "Huyện ủy", "Huyện đoàn":
		return "huyện"
	case "Quận ủy", "Quận đoàn":
		return "quận"
	case "Thị ủy", "Thị đoàn":
		return "thị xã"
	}
	return ""
}

// organisations are the party organisations, named by what follows their head
// (Đảng bộ Khối..., Đảng ủy các cơ quan Đảng..., Chi bộ...).
func organisations() []entry {
	return []entry{
		{"đảng bộ", "Đảng bộ", schema.UnitPartyOrg},
		{"đảng ủy", "Đảng ủy", schema.UnitPartyOrg},
		{"chi bộ", "Chi bộ", schema.UnitCell},
		{"đảng đoàn", "Đảng đoàn", schema.UnitPartyBody},
		{"ban cán sự đảng", "Ban cán sự đảng", schema.UnitPartyBody},
	}
}

// placed are the state, front and mass bodies that exist at every level and
// are named by their place (HĐND tỉnh Lâm Đồng, Ủy ban MTTQ Việt Nam TPHCM), and
// may be named for a bloc (Hội Cựu chiến binh Khối).
func placed() []entry {
	return []entry{
		{"hđnd", "HĐND", schema.UnitCouncil},
		{"hội đồng nhân dân", "HĐND", schema.UnitCouncil},
		{"ubnd", "UBND", schema.UnitCommittee},
		{"ủy ban nhân dân", "UBND", schema.UnitCommittee},
		{"ủy ban mttq việt nam", front, schema.UnitFront},
		{"ủy ban mặt trận tổ quốc việt nam", front, schema.UnitFront},
		{"ủy ban mttq", front, schema.UnitFront},
		{"ủy ban mặt trận tổ quốc", front, schema.UnitFront},
		{"ubmttq việt nam", front, schema.UnitFront},
		{"ubmttq", front, schema.UnitFront},
		{"mttq", front, schema.UnitFront},
		{"mặt trận tổ quốc việt nam", front, schema.UnitFront},
		{"mttq việt nam", front, schema.UnitFront},
		{"đoàn đại biểu quốc hội", "Đoàn đại biểu Quốc hội", schema.UnitState},
		{"đoàn đbqh", "Đoàn đại biểu Quốc hội", schema.UnitState},
		{"tòa án nhân dân", "Tòa án nhân dân", schema.UnitState},
		{"viện kiểm sát nhân dân", "Viện Kiểm sát nhân dân", schema.UnitState},
		{"tand", "Tòa án nhân dân", schema.UnitState},
		{"vksnd", "Viện Kiểm sát nhân dân", schema.UnitState},
		{"ban dân tộc", "Ban Dân tộc", schema.UnitState}, // a province's ethnic board, a state body
		// A place's inspectorate (Thanh tra tỉnh); the Government's is central.
		{"thanh tra", "Thanh tra", schema.UnitState},
		{"bộ chỉ huy quân sự", "Bộ Chỉ huy Quân sự", schema.UnitState},
		{"ban chỉ huy quân sự", "Ban Chỉ huy Quân sự", schema.UnitState}, // a district's command
		{"bộ chỉ huy bộ đội biên phòng", "Bộ Chỉ huy Bộ đội Biên phòng", schema.UnitState},
		// The border guard: the national force alone (Phó Tư lệnh Bộ đội
		// Biên phòng), a province's command with its place.
		{"bộ đội biên phòng", "Bộ đội Biên phòng", schema.UnitState},
		{"đoàn tncs hồ chí minh", "Đoàn TNCS Hồ Chí Minh", schema.UnitMass},
		{"đoàn thanh niên cộng sản hồ chí minh", "Đoàn TNCS Hồ Chí Minh", schema.UnitMass},
		{"đoàn thanh niên", "Đoàn TNCS Hồ Chí Minh", schema.UnitMass},
		{"hội cựu chiến binh", "Hội Cựu chiến binh", schema.UnitMass},
		{"hội ccb", "Hội Cựu chiến binh", schema.UnitMass},
		{"hội liên hiệp phụ nữ", "Hội Liên hiệp Phụ nữ", schema.UnitMass},
		{"hội lhpn", "Hội Liên hiệp Phụ nữ", schema.UnitMass},
		{"hội nông dân", "Hội Nông dân", schema.UnitMass},
		{"hội ndvn", "Hội Nông dân Việt Nam", schema.UnitMass}, // the country abbreviated with the name
		{"hội sinh viên", "Hội Sinh viên", schema.UnitMass},
		{"hội liên hiệp thanh niên", "Hội Liên hiệp Thanh niên", schema.UnitMass},
		{"hội chữ thập đỏ", "Hội Chữ thập đỏ", schema.UnitMass},
		{"hội cựu thanh niên xung phong", "Hội Cựu thanh niên xung phong", schema.UnitMass},
		{"hội người cao tuổi", "Hội Người cao tuổi", schema.UnitMass},
		{"hội khuyến học", "Hội Khuyến học", schema.UnitMass},
		{"hội luật gia", "Hội Luật gia", schema.UnitMass},
		{"hội nhà báo", "Hội Nhà báo", schema.UnitMass},
		{"liên đoàn lao động", "Liên đoàn Lao động", schema.UnitMass},
		{"lđlđ", "Liên đoàn Lao động", schema.UnitMass},
		// The Young Pioneers' council, which the Youth Union's secretary of
		// a place chairs (Chủ tịch Hội đồng Đội tỉnh).
		{"hội đồng đội", "Hội đồng Đội", schema.UnitMass},
		{"công an", "Công an", schema.UnitState},
	}
}

const front = "Ủy ban MTTQ Việt Nam"

// organs are the heads of agencies, schools and firms named by a capitalised
// name after them (Sở Nội vụ, Bộ Công an, Trường Đại học Sư phạm).
func organs() []entry {
	return []entry{
		{"sở", "Sở", schema.UnitState},
		{"bộ", "Bộ", schema.UnitState},
		{"cục", "Cục", schema.UnitState},
		{"tổng cục", "Tổng cục", schema.UnitState},
		{"bộ tư lệnh", "Bộ Tư lệnh", schema.UnitState},
		{"quân khu", "Quân khu", schema.UnitState},
		{"học viện", "Học viện", schema.UnitOther},
		{"viện", "Viện", schema.UnitOther},
		{"trường", "Trường", schema.UnitOther},
		{"báo", "Báo", schema.UnitOther},
		{"đài", "Đài", schema.UnitOther},
		{"bệnh viện", "Bệnh viện", schema.UnitOther},
		{"tổng công ty", "Tổng công ty", schema.UnitOther},
		{"công ty", "Công ty", schema.UnitOther},
		{"tập đoàn", "Tập đoàn", schema.UnitOther},
		{"ngân hàng", "Ngân hàng", schema.UnitOther},
		{"công đoàn", "Công đoàn", schema.UnitMass},
		// A section of an agency (Phòng Cảnh sát giao thông Công an tỉnh,
		// Phòng Nội vụ huyện): its head is printed Trưởng phòng.
		{"phòng", "Phòng", schema.UnitState},
		// An association named by its field (Hội Điện lực Việt Nam); the mass
		// organisations of every place are in placed.
		{"hội", "Hội", schema.UnitMass},
	}
}

// compounds are the words of two or three syllables that names of units are
// made of. A name capitalises only a word's first syllable (Ban Tuyên giáo, Hội
// Cựu chiến binh, Sở Giáo dục và Đào tạo), so the syllables in small letters
// after a capital belong to the name when they complete one of these words.
func compounds() []string {
	return []string{
		"tuyên giáo", "tổ chức", "dân vận", "nội chính", "kinh tế", "đối ngoại", "cựu chiến binh",
		"nông dân", "phụ nữ", "liên hiệp", "thanh niên", "cộng sản", "giáo dục", "đào tạo",
		"tài chính", "kế hoạch", "đầu tư", "nội vụ", "tư pháp", "y tế", "công thương", "xây dựng",
		"giao thông", "vận tải", "văn hóa", "thể thao", "du lịch", "thông tin", "truyền thông",
		"khoa học", "công nghệ", "tài nguyên", "môi trường", "lao động", "thương binh", "xã hội",
		"nông nghiệp", "phát triển", "nông thôn", "ngoại vụ", "ngoại giao", "quốc phòng", "công an",
		"quân sự", "quân đội", "biên phòng", "kiểm tra", "chính trị", "văn phòng", "tổ quốc",
		"nhân dân", "doanh nghiệp", "cơ quan", "kiểm sát", "tòa án", "thanh tra", "ngân hàng",
		"kho bạc", "hải quan", "dân tộc", "tôn giáo", "chữ thập đỏ", "khuyến học", "luật gia",
		"nhà báo", "doanh nhân", "đại học", "sư phạm", "bách khoa", "kinh doanh", "quản lý",
		"tư lệnh", "chỉ huy", "cảnh sát", "an ninh", "hành chính", "quốc gia", "nhà nước",
		"công nghiệp", "thương mại", "dầu khí", "điện lực", "bưu chính", "viễn thông", "xuất bản",
		"phát thanh", "truyền hình", "tuyên truyền", "tuyên huấn", "tổng hợp", "chiến lược", "chính sách",
		"dân chính", "việt nam", "trung ương", "lao động", "thương binh", "cao tuổi", "xung phong",
		"phát triển nông thôn", "giao thông vận tải", "đô thị", "pháp luật", "ngân sách",
		"chính trị quốc gia", "đường sắt", "hàng không", "hàng hải", "cao su", "khoáng sản",
		"lương thực", "thủy lợi", "bảo hiểm", "dệt may", "điều tra", "cổ phần",
		// schools' fields
		"ngoại ngữ", "kỹ thuật", "y dược", "nông lâm", "nhân văn", "mỹ thuật", "kiến trúc",
		"sân khấu", "điện ảnh", "thể dục",
		"điện lực", "tập đoàn", "tổng công ty", "công ty", "bộ đội",
		// the police's sections, whose names run in small letters after
		// the first word (Phòng Cảnh sát giao thông)
		"cảnh sát giao thông", "cảnh sát hình sự", "cảnh sát kinh tế", "cảnh sát điều tra",
		"an ninh điều tra", "an ninh kinh tế", "an ninh mạng", "an ninh nội địa", "an ninh chính trị nội bộ",
	}
}

// ministries are the fields the Government's ministries are named after,
// which a minister's title may print without Bộ (Bộ trưởng Quốc phòng).
func ministries() []string {
	return []string{"quốc phòng", "công an", "ngoại giao", "nội vụ", "tư pháp", "tài chính", "công thương", "y tế",
		"xây dựng", "giáo dục và đào tạo", "kế hoạch và đầu tư", "giao thông vận tải", "tài nguyên và môi trường",
		"nông nghiệp và phát triển nông thôn", "nông nghiệp và môi trường", "khoa học và công nghệ",
		"thông tin và truyền thông", "lao động - thương binh và xã hội", "văn hóa, thể thao và du lịch",
		"dân tộc và tôn giáo"}
}

// isMinistry reports whether name is the field of a ministry.
func isMinistry(name string) bool {
	return slices.Contains(ministries(), vn.Key(name))
}

// commaPhrases are the pairs of words that names of units join with a
// comma, read as one: Cục Quản lý Khám, chữa bệnh; Ủy ban Tài chính, Ngân
// sách; Ban Chỉ đạo phòng, chống tham nhũng.
func commaPhrases() [][2]string {
	return [][2]string{
		{"khám", "chữa bệnh"}, {"tài chính", "ngân sách"}, {"phòng", "chống"}, {"văn hóa", "giáo dục"},
		{"kiểm tra", "giám sát"}, {"chính sách", "chiến lược"},
	}
}

// boards are the boards that govern a firm or a school, named with it after
// them: Hội đồng thành viên Tổng công ty Đường sắt Việt Nam.
func boards() []entry {
	return []entry{
		{"hội đồng thành viên", "Hội đồng thành viên", schema.UnitOther},
		{"hội đồng quản trị", "Hội đồng quản trị", schema.UnitOther},
		{"hội đồng trường", "Hội đồng trường", schema.UnitOther},
	}
}

// orgWords are the words in small letters that may stand in a bloc's name
// (Khối cơ quan và doanh nghiệp).
func orgWords() []string {
	return []string{"cơ quan", "doanh nghiệp"}
}
