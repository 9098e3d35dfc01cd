package lexicon

// FamilyName reports whether key (a vn.Key) is one of the common Vietnamese
// family names: a name's first syllable, where a run of capitalised words
// must be told apart from a place's or a unit's.
func FamilyName(key string) bool {
	switch key {
	case "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi",
		"đỗ", "hồ", "ngô", "dương", "lý", "đào", "đoàn", "trương", "hà", "mai", "tô", "hàng",
		"đinh", "lâm", "trịnh", "lương", "cao", "lưu", "văn", "thái", "tạ", "quách", "châu",
		"vương", "phùng", "triệu", "kiều", "đàm", "la", "lại", "khúc", "từ", "tăng", "nông",
		"giang", "âu", "thân", "chu", "doãn", "diệp", "lò", "hứa", "tống", "mạc", "lạc", "nghiêm",
		"bạch", "đồng", "tôn", "ninh", "kim", "khổng", "y", "hầu", "quan", "đàng", "viên", "lục",
		// the northern mountains' peoples: Thái, Mông, Dao, Tày
		"quàng", "cầm", "lường", "lù", "sùng", "giàng", "vàng", "thào", "mùa", "tòng", "điêu",
		"đầu", "sầm", "tẩn", "chảo", "lìu", "ma", "chẩu", "bế", "lầu", "mã", "vi",
		// less common Kinh names, and the Central Highlands' and the
		// Khmer's: Lữ Văn Hùng, Uông Chung Lưu, Sử Văn A, Niê Thuật, Ksor
		// Phước Hà, Siu Hương, Danh Út, Thạch Phước Bình
		"lữ", "uông", "sử", "đống", "khuất", "niê", "ksor", "siu", "danh", "thạch":
		return true
	}
	return false
}

// PressNames are newspapers and sites that pages credit by their name alone
// after Theo, capitalising every word as a person's name is written ("Theo
// Tuổi Trẻ", "Theo Người Lao Động"), as vn.Key writes them: such a source
// names no author, where "Theo Hoàng Diên" does. A paper named after its
// province (Theo Quảng Ninh, Theo Hà Nội Mới) is told by the place.
func PressNames() []string {
	return []string{"tuổi trẻ", "thanh niên", "tiền phong", "lao động", "người lao động", "nhân dân",
		"tin tức", "dân trí", "dân việt", "pháp luật", "đại đoàn kết", "đoàn kết", "quân đội nhân dân",
		"công an nhân dân", "sài gòn giải phóng", "đầu tư", "thời nay", "nông thôn ngày nay",
		"giáo dục thời đại", "giáo dục", "tri thức", "văn hóa", "biên phòng", "công thương",
		"người đưa tin", "đời sống", "đất việt", "tầm nhìn", "gia đình", "phụ nữ", "kinh tế",
		"kinh tế đô thị", "xây dựng", "giao thông", "an ninh thủ đô", "an ninh thế giới",
		"thế giới", "pháp luật việt nam", "vietnam plus", "việt nam", "vnexpress", "vietnamnet",
		"zing", "kiến thức", "kênh", "thời báo", "sức khỏe đời sống", "thanh tra", "nhà báo",
		"diễn đàn doanh nghiệp", "doanh nhân", "tài chính", "bảo vệ pháp luật", "khoa học",
		"người cao tuổi", "cựu chiến binh", "nông nghiệp", "môi trường", "tổ quốc", "quốc phòng"}
}
