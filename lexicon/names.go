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
