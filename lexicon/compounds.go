package lexicon

import "sync"

// Compounds are the words of two or three syllables that names of units are
// made of, as vn.Key writes them. A name capitalises only a word's first
// syllable (Ban Tuyên giáo, Hội Cựu chiến binh, Sở Giáo dục và Đào tạo), so
// the syllables in small letters after a capital belong to the name when they
// complete one of these words. The scanner reads on over them when it decides
// where a unit's name ends (scan.UnitEnd); the units parser reads them as the
// words of a name, except those that head a body of their own (NameCompounds).
//
// They are the fields of committees' departments and the state's ministries
// and departments (Tuyên giáo, Giáo dục, Đào tạo), of schools (Sư phạm, Y
// dược), the army's units and state enterprises, whose party organisations
// hold congresses (Quân khu, Tổng công ty, Điện lực), the police's sections,
// named in small letters after their first word (Cảnh sát giao thông), the
// youth union of a place (Tỉnh đoàn), and the bodies' own words (Thường vụ,
// Chấp hành, Mặt trận Tổ quốc).
func Compounds() []string { return compoundsTable() }

// compoundsTable is Compounds, built once and shared: read-only.
var compoundsTable = sync.OnceValue(func() []string {
	return []string{
		"tuyên giáo", "tổ chức cán bộ", "tổ chức", "dân vận", "nội chính", "kinh tế", "đối ngoại", "cựu chiến binh",
		"nông dân", "phụ nữ", "liên hiệp", "thanh niên", "cộng sản", "giáo dục", "đào tạo", "tài chính",
		"kế hoạch", "đầu tư", "nội vụ", "tư pháp", "y tế", "công thương", "xây dựng", "giao thông",
		"vận tải", "văn hóa", "thể thao", "du lịch", "thông tin", "truyền thông", "khoa học", "công nghệ",
		"tài nguyên", "môi trường", "lao động", "thương binh", "xã hội", "nông nghiệp", "phát triển",
		"nông thôn", "ngoại vụ", "ngoại giao", "quốc phòng", "công an", "quân sự", "quân đội",
		"biên phòng", "kiểm tra", "chính trị", "văn phòng", "tổ quốc", "nhân dân", "doanh nghiệp",
		"cơ quan", "kiểm sát", "tòa án", "thanh tra", "ngân hàng", "kho bạc", "hải quan", "dân tộc",
		"tôn giáo", "truyền thống", "chữ thập đỏ", "khuyến học", "luật gia", "nhà báo", "doanh nhân", "đại học",
		"sư phạm", "bách khoa", "kinh doanh", "quản lý", "tư lệnh", "chỉ huy", "cảnh sát", "an ninh",
		"hành chính", "quốc gia", "nhà nước", "công nghiệp", "thương mại", "dầu khí", "điện lực",
		"bưu chính", "viễn thông", "xuất bản", "phát thanh", "truyền hình", "tuyên truyền", "tuyên huấn",
		"tổng hợp", "chiến lược", "chính sách", "dân chính", "việt nam", "trung ương", "cao tuổi",
		"xung phong", "phát triển nông thôn", "giao thông vận tải", "đô thị", "pháp luật", "ngân sách",
		"chính trị quốc gia", "đường sắt", "đường bộ", "đường thủy", "hàng không", "hàng hải", "cao su", "khoáng sản", "lương thực",
		"thủy lợi", "bảo hiểm", "dệt may", "điều tra", "cổ phần", "ngoại ngữ", "kỹ thuật", "y dược",
		"nông lâm", "nhân văn", "mỹ thuật", "kiến trúc", "sân khấu", "điện ảnh", "thể dục", "tập đoàn",
		"tổng công ty", "công ty", "bộ đội", "cảnh sát giao thông", "cảnh sát hình sự",
		"cảnh sát kinh tế", "cảnh sát điều tra", "an ninh điều tra", "an ninh kinh tế", "an ninh mạng",
		"an ninh nội địa", "an ninh chính trị nội bộ", "chiến binh", "thường vụ", "thường trực",
		"chấp hành", "bí thư", "mặt trận", "người cao tuổi", "liên đoàn", "công đoàn", "đại biểu",
		"quốc hội", "chính phủ", "hội đồng", "ủy ban", "cộng hòa", "chủ nghĩa", "dân chủ",
		"mặt trận tổ quốc", "tỉnh đoàn", "thành đoàn", "huyện đoàn", "quận đoàn", "thị đoàn", "quân khu",
		"quân đoàn", "sư đoàn", "lữ đoàn", "trung đoàn", "quân chủng", "binh chủng", "học viện",
		"bệnh viện", "xăng dầu", "than", "xi măng", "năng lượng", "chỉ đạo",
		// the army's logistics and the capital's command (Tổng cục Hậu cần,
		// Quân khu Thủ đô, kienthuc 2019): read as Tổng cục Hậu, Quân khu Thủ
		"hậu cần", "thủ đô",
		// the police's mobile force (Bộ Tư lệnh Cảnh sát cơ động)
		"cảnh sát cơ động", "cơ động",
		// the army's services and arms (Quân chủng Hải quân, Binh chủng Công binh)
		"hải quân", "không quân", "phòng không", "công binh", "đặc công", "pháo binh", "tăng thiết giáp",
		// a council's legal board (Trưởng Ban Pháp chế HĐND tỉnh)
		"pháp chế",
		// the civil judgment enforcement department, printed with one
		// capital (Cục trưởng Cục Thi hành án dân sự tỉnh, baodongnai 2019)
		"thi hành án dân sự", "thi hành án",
		// an association of historians (Hội Khoa học lịch sử tỉnh)
		"khoa học lịch sử",
		// bodies of 2002–2007 that older pages name: the Party's Ban Tư
		// tưởng - Văn hóa and Ban Khoa giáo Trung ương (merged into the Ban
		// Tuyên giáo in 2007) and the Bộ Thủy sản (cand 2008, tintuconline
		// 2011).
		"tư tưởng", "khoa giáo", "thủy sản",
		// departments of ministries and the government's office named with
		// one capital (Vụ trưởng Vụ Quan hệ quốc tế, Văn phòng Chính phủ,
		// bbc 2022; Vụ Hợp tác quốc tế thuộc Bộ Giao thông Vận tải, Cục Lãnh
		// sự, Cục Quản lý xuất nhập cảnh, voa 2022): read without them as
		// Vụ Quan, Vụ Hợp, Cục Lãnh, Cục Quản lý.
		"quan hệ quốc tế", "hợp tác quốc tế", "lãnh sự", "quản lý xuất nhập cảnh",
		// a trade association's field (Chủ tịch Hiệp hội Bất động sản TP.HCM
		// (HoREA), thanhnien 2022)
		"bất động sản",
		// fields that names of ministries, committees and associations
		// print in small letters after a capital, cut without them (Bộ
		// Nội, Ủy ban Dân, Hiệp hội Năng lượng): the Bộ Nội thương and Bộ
		// Ngoại thương of older biographies, the Ủy ban Dân số, Gia đình
		// và Trẻ em (2002–2007), the Hiệp hội Năng lượng sạch Việt Nam.
		"nội thương", "ngoại thương", "dân số", "gia đình", "trẻ em", "năng lượng sạch",
		// words of institutes', academies' and the army's departments'
		// names printed with one capital, read without them as Viện
		// Nghiên, Học viện Thanh, Cục Tác (Viện trưởng Viện Nghiên cứu
		// Chiến lược ngoại giao, vietnamnet 2021; Phó Giám đốc Học viện
		// Thanh thiếu niên Việt Nam, vietnamnet; Cục trưởng Cục Tác chiến,
		// qdnd 2024).
		"nghiên cứu", "thanh thiếu niên", "thiếu niên", "tác chiến",
	}
})

// NameFields are the fields in small letters that go on a name after any of
// its words, not only after the capital that begins a compound: an agency's
// name capitalises only its first word, so the fields after it come in
// small letters (Vụ Kinh tế nông nghiệp, Cục Phát triển đô thị, Tập đoàn
// Dầu khí quốc gia Việt Nam, Hội đồng Chính sách Khoa học và Công nghệ quốc
// gia: vinamarine 2013, kinhdoanhtiepthi 2013, nhipcaudautu 2014, vov 2012,
// where the name was cut before them). Only nouns are listed, never a word
// that is also a verb (phát triển, quản lý, tổ chức, đầu tư, tổng hợp,
// thông tin, công tác), which after a name is the sentence's predicate ("Sở
// Y tế quản lý", "Ban Thường vụ tổ chức hội nghị"). The units parser and the
// scanner stop before one followed by hóa, which makes another word of it
// (xã hội hóa, đô thị hóa, công nghiệp hóa).
func NameFields() []string { return nameFieldsTable() }

// nameFieldsTable is NameFields, built once and shared: read-only.
var nameFieldsTable = sync.OnceValue(func() []string {
	return []string{
		"nông nghiệp", "nông thôn", "lâm nghiệp", "thủy sản", "thủy lợi", "đô thị", "quốc gia",
		"quốc tế", "đường bộ", "đường thủy", "đường sắt", "hàng không", "hàng hải", "dầu khí",
		"điện lực", "khoáng sản", "xã hội", "dân tộc", "miền núi", "dân sự", "hình sự",
		"công nghiệp", "khoa học", "công nghệ", "môi trường", "tài nguyên", "văn hóa", "du lịch",
		"thể thao", "y tế", "tuyên giáo", "dân vận", "nội chính", "đối ngoại", "pháp chế",
		"kinh tế", "tài chính", "ngân sách", "tàu thủy",
		// a ministry's press department and a central bank's monetary
		// policy department (Vụ Thông tin báo chí, Bộ Ngoại giao; Vụ
		// Chính sách tiền tệ): nouns, never the sentence's verb.
		"báo chí", "tiền tệ", "ngoại giao",
	}
})

// NameCompounds are the compounds the units parser reads as the words of a
// name: all but those that are the head of a body (UnitHeads of class Body:
// thường vụ, thường trực), which begin a unit of their own — Ban Thường trực
// Ban Tổ chức is a body's standing members, not a department named
// "Thường trực Ban Tổ chức", and Ủy ban Thường vụ ends before "của Quốc hội".
func NameCompounds() []string { return nameCompoundsTable() }

// nameCompoundsTable is NameCompounds, built once and shared: read-only.
var nameCompoundsTable = sync.OnceValue(func() []string {
	bodies := map[string]bool{}
	for _, h := range UnitHeads() {
		if h.Class == Body {
			bodies[h.Text] = true
		}
	}
	var out []string
	for _, c := range Compounds() {
		if !bodies[c] {
			out = append(out, c)
		}
	}
	return out
})
