package lexicon

import "sync"

// LevelWords are the words that announce a place, with their canonical forms.
// "TP" and "Tp." abbreviate thành phố.
func LevelWords() [][2]string { return levelWordsTable() }

// levelWordsTable is LevelWords, built once and shared: read-only.
var levelWordsTable = sync.OnceValue(func() [][2]string {
	return [][2]string{
		{"thành phố", "thành phố"}, {"tp", "thành phố"}, {"tỉnh", "tỉnh"}, {"thị xã", "thị xã"},
		{"thị trấn", "thị trấn"}, {"quận", "quận"}, {"huyện", "huyện"}, {"phường", "phường"},
		{"xã", "xã"}, {"đặc khu", "đặc khu"},
	}
})

// TopPlaces are the provinces and centrally-run cities, before and after the
// 2025 merger, as their names are printed alone (Thành ủy Hà Nội, Tỉnh ủy Lâm
// Đồng). A capitalised run after a unit's head is a place when it is one of
// these; other places need their level word (phường Phù Vân).
func TopPlaces() (cities, provinces []string) {
	cities = []string{"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}
	provinces = []string{
		"An Giang", "Bà Rịa Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre",
		"Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk",
		"Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh",
		"Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
		"Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình",
		"Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
		"Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa",
		"Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
	}
	return cities, provinces
}

// FormerProvinces are provinces of earlier decades, split, merged or renamed
// since (Hà Tây joined Hà Nội in 2008; Hà Bắc, Hà Tuyên, Cao Lạng were split
// in the 1990s; Hà Đông and Sơn Tây made Hà Tây in 1965; Sa Đéc, Long Châu
// Sa, Kiến Phong were provinces of the wars that Đồng Tháp and An Giang took
// in 1976). Careers and obituaries print them after Tỉnh ủy or tỉnh (Bí thư
// Tỉnh uỷ Hà Đông, Bí thư tỉnh ủy Long Châu Sa): there they are the place,
// read whole, where another name beginning with a family name is a person's
// (Chủ tịch UBND tỉnh Trần Phong) and a run of three is cut before one.
// Many are towns' and districts' names today (quận Hà Đông, thành phố Sa
// Đéc), so they never name an article's province.
func FormerProvinces() []string {
	return []string{"Hà Tây", "Hà Bắc", "Hà Tuyên", "Cao Lạng", "Vĩnh Phú", "Bắc Thái", "Hải Hưng",
		"Nghĩa Bình", "Phú Khánh", "Thuận Hải", "Minh Hải", "Cửu Long", "Sông Bé", "Nghệ Tĩnh",
		// the North's before the mergers of 1965-1976
		"Hà Đông", "Sơn Tây", "Kiến An", "Hải Ninh", "Hồng Quảng", "Phúc Yên", "Vĩnh Yên", "Nghĩa Lộ",
		"Hà Nam Ninh", "Nam Hà", "Hà Sơn Bình", "Hoàng Liên Sơn", "Bình Trị Thiên",
		// the South's of the wars (resistance and Republic), merged in 1976
		"Sa Đéc", "Kiến Phong", "Kiến Tường", "Kiến Hòa", "Long Châu Sa", "Long Châu Tiền",
		"Long Châu Hà", "Mỹ Tho", "Gò Công", "Rạch Giá", "Châu Đốc", "Thủ Dầu Một", "Biên Hòa",
		"Bà Rịa", "Gia Định", "Chợ Lớn", "Tân An", "Vĩnh Trà", "Phước Long", "Bình Long",
		"Phước Tuy", "Long Khánh", "Quảng Đức", "Quảng Đà"}
}

// PlaceAliases are other printings of provinces' and cities' names: the
// abbreviations pages use (TT-Huế, BR-VT), a hyphen without spaces, which
// reads as one word (Bà Rịa-Vũng Tàu), and spellings of older pages
// (Đăk Lăk, Kontum).
func PlaceAliases() [][2]string { return placeAliasesTable() }

// placeAliasesTable is PlaceAliases, built once and shared: read-only.
var placeAliasesTable = sync.OnceValue(func() [][2]string {
	return [][2]string{
		{"TT-Huế", "Thừa Thiên Huế"}, {"TT Huế", "Thừa Thiên Huế"}, {"Thừa Thiên-Huế", "Thừa Thiên Huế"},
		{"BR-VT", "Bà Rịa Vũng Tàu"}, {"BR VT", "Bà Rịa Vũng Tàu"}, {"BRVT", "Bà Rịa Vũng Tàu"},
		{"Bà Rịa-Vũng Tàu", "Bà Rịa Vũng Tàu"}, {"Đăk Lăk", "Đắk Lắk"}, {"Đắc Lắc", "Đắk Lắk"},
		{"Đắk Lắc", "Đắk Lắk"}, {"Đăk Nông", "Đắk Nông"}, {"Đắc Nông", "Đắk Nông"}, {"Kontum", "Kon Tum"},
	}
})

// PlaceGlosses are the English of the places that have one, by their folded
// form (vn.Fold); the glossary keeps others as printed.
func PlaceGlosses() map[string]string {
	return map[string]string{
		"tphcm":                 "Ho Chi Minh City",
		"tp hcm":                "Ho Chi Minh City",
		"tp ho chi minh":        "Ho Chi Minh City",
		"thanh pho ho chi minh": "Ho Chi Minh City",
		"ha noi":                "Hanoi",
		"thanh pho ha noi":      "Hanoi",
		"tp ha noi":             "Hanoi",
		"viet nam":              "Vietnam",
		"trung uong":            "the Centre",
		"thanh pho":             "the city",
		"tinh":                  "the province",
		"thanh pho hai phong":   "Hai Phong City",
		"thanh pho da nang":     "Da Nang City",
		"thanh pho can tho":     "Can Tho City",
		"thanh pho thu duc":     "Thu Duc City",
		"tp thu duc":            "Thu Duc City",
	}
}

// A PlaceKind glosses a place by its kind: Tỉnh Bình Dương is "Bình Dương
// Province", Phường Bến Thành "Bến Thành Ward".
type PlaceKind struct {
	Folded        string // the level word, folded (vn.Fold)
	Before, After string // the English put before and after the name
}

// PlaceKinds are the kinds of place the glossary knows.
func PlaceKinds() []PlaceKind { return placeKindsTable() }

// placeKindsTable is PlaceKinds, built once and shared: read-only.
var placeKindsTable = sync.OnceValue(func() []PlaceKind {
	return []PlaceKind{
		{"thanh pho", "", " City"},
		{"tp", "", " City"},
		{"tinh", "", " Province"},
		{"quan", "District ", ""},
		{"huyen", "", " District"},
		{"thi xa", "", " Town"},
		{"phuong", "", " Ward"},
		{"xa", "", " Commune"},
		{"thi tran", "", " Township"},
	}
})
