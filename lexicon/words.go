package lexicon

import (
	"strings"
	"sync"
)

// The small words of units' names, as the scanner that finds where a name
// begins and ends reads them (loader/recognize/internal/scan).

// SmallHeads are the words a unit's name begins with that may be printed in
// small letters (đảng bộ phường, ban thường vụ).
func SmallHeads() []string { return smallHeadsTable() }

// smallHeadsTable is SmallHeads, built once and shared: read-only.
var smallHeadsTable = sync.OnceValue(func() []string {
	return []string{
		"đảng bộ", "đảng ủy", "chi bộ", "thành ủy", "tỉnh ủy", "huyện ủy", "quận ủy", "thị ủy",
		"ban chấp hành", "ban thường vụ", "ủy ban kiểm tra", "bộ chính trị", "ban bí thư", "ban đại diện",
		"ủy ban nhân dân", "hội đồng nhân dân", "quân ủy",
	}
})

// CapitalHeads are the words a unit's name begins with only when capitalised,
// since as common words they mean something else (ban: a board; hội: an
// association or a meeting; sở: a department).
func CapitalHeads() []string { return capitalHeadsTable() }

// capitalHeadsTable is CapitalHeads, built once and shared: read-only.
var capitalHeadsTable = sync.OnceValue(func() []string {
	return []string{
		"đảng", "ban", "ủy ban", "văn phòng", "trung ương", "quốc hội", "chính phủ", "thủ tướng",
		"mặt trận", "hội", "hiệp hội", "chi hội", "đoàn", "công đoàn", "công đoàn ngành", "công đoàn cơ sở", "liên đoàn", "bộ", "sở", "khối", "trường",
		"tỉnh đoàn", "thành đoàn", "huyện đoàn", "quận đoàn", "thị đoàn",
		"bch", "btv", "ubkt", "ubnd", "hđnd", "mttq", "btc",
	}
})

// NameWords are the words in small letters that may continue a unit's name
// after its head (Ban Chấp hành Trung ương, Đảng bộ các cơ quan Đảng, Ủy ban
// nhân dân tỉnh, Hội Liên hiệp Phụ nữ). Words that are also verbs (tổ chức,
// thành lập) are left out: a capitalised Ban Tổ chức continues as a
// capitalised word.
func NameWords() []string { return nameWordsTable() }

// nameWordsTable is NameWords, built once and shared: read-only.
var nameWordsTable = sync.OnceValue(func() []string {
	return []string{
		"chấp hành", "thường vụ", "bí thư", "chính trị", "trung ương", "ủy", "bộ", "đảng",
		"các cơ quan", "cơ quan", "khối", "tỉnh", "thành phố", "quận", "huyện", "phường", "xã",
		"thị xã", "thị trấn", "đặc khu", "nhân dân", "kiểm tra", "tuyên giáo", "dân vận",
		"nội chính", "văn phòng", "mặt trận", "tổ quốc", "việt nam", "cựu chiến binh",
		"liên hiệp", "phụ nữ", "thanh niên", "cộng sản", "công đoàn", "doanh nghiệp",
		"công an", "quân sự", "ủy ban", "hội đồng", "đại biểu", "quốc hội", "chính phủ",
		"nông dân", "dân", "chính", "kinh tế",
		// Học viện Chính trị quốc gia Hồ Chí Minh; Tổng công ty Điện lực miền Nam.
		"quốc gia", "miền",
		// Chi bộ trường THPT Ngô Gia Tự (thptngogiatu 2020), Chi bộ Trường
		// Tiểu học Nguyễn Du: a party cell or union of a school, trường and
		// the school's kind in small letters.
		"trường", "tiểu học", "trung học", "mầm non", "phổ thông", "đại học", "cao đẳng",
	}
})

// NumberedWords are the unit words a number follows (Quân khu 7, Quân đoàn 4,
// Ban Chỉ đạo 35 Trung ương).
func NumberedWords() []string { return numberedWordsTable() }

// numberedWordsTable is NumberedWords, built once and shared: read-only.
var numberedWordsTable = sync.OnceValue(func() []string {
	return []string{"quân khu", "quân đoàn", "sư đoàn", "lữ đoàn", "trung đoàn", "vùng", "chỉ đạo"}
})

// PlaceWords are the words in small letters after which a place's name or
// number follows (phường 5, quận Hoàn Kiếm).
func PlaceWords() []string { return placeWordsTable() }

// placeWordsTable is PlaceWords, built once and shared: read-only.
var placeWordsTable = sync.OnceValue(func() []string {
	return []string{"tỉnh", "thành phố", "quận", "huyện", "phường", "xã", "thị xã", "thị trấn", "đặc khu"}
})

// PlacePrepositions are the words that put a place after them (tại Hà Nội,
// ở tỉnh Lạng Sơn). Capitalised at the head of a clause before a place's
// name, one is no name's first syllable: "Cụ thể: Tại Thái Nguyên, ông
// Trịnh Việt Hùng được bầu giữ chức Bí thư Tỉnh ủy" (danviet 2024) is no
// person Tại Thái Nguyên.
func PlacePrepositions() []string { return placePrepositionsTable() }

// placePrepositionsTable is PlacePrepositions, built once and shared: read-only.
var placePrepositionsTable = sync.OnceValue(func() []string {
	return []string{"tại", "ở"}
})

// Departments are the departments of a party committee, printed after "Ban"
// (Ban Tổ chức, Ban Tuyên giáo và Dân vận).
func Departments() []string { return departmentsTable() }

// PartyOnlyDepartments are the departments (as vn.Key writes them) that
// only a party committee has, so that printed without their committee (Trưởng
// Ban Dân vận, Chủ tịch UBND huyện) they still name a committee's department;
// Ban Tổ chức alone is an event's organising board, Ban Kinh tế a council's.
func PartyOnlyDepartments() []string {
	return []string{"tuyên giáo và dân vận", "tuyên giáo", "dân vận", "nội chính"}
}

// departmentsTable is Departments, built once and shared: read-only.
var departmentsTable = sync.OnceValue(func() []string {
	return []string{
		"tổ chức", "tuyên giáo và dân vận", "tuyên giáo", "dân vận", "kinh tế", "nội chính",
		"đối ngoại", "chính sách chiến lược", "bảo vệ chăm sóc sức khỏe cán bộ", "tổ chức trung ương",
		// the front's board for women's work, since the mass organisations
		// joined it (Trưởng Ban Công tác Phụ nữ, Ủy ban MTTQ Việt Nam tỉnh)
		"công tác phụ nữ",
	}
})

// CouncilBoards are the boards of a People's Council (HĐND), named by their
// field, which a sitting's page prints alone once the council is said (bà A
// làm Trưởng ban Kinh tế - Ngân sách; ông B làm Trưởng ban Pháp chế): a
// name no committee's department bears, so it names the council's board
// without the council after it. Written as vn.Key writes them, a dash
// between two fields as a hyphen with a space either side. Ban Dân tộc is
// not one: alone, it is a province's ethnic affairs board (UnitHeads).
func CouncilBoards() []string { return councilBoardsTable() }

// councilBoardsTable is CouncilBoards, built once and shared: read-only.
var councilBoardsTable = sync.OnceValue(func() []string {
	return []string{"pháp chế", "kinh tế - ngân sách", "kinh tế và ngân sách", "văn hóa - xã hội",
		"văn hóa xã hội", "kinh tế - xã hội", "đô thị"}
})

// Ministries are the fields the Government's ministries are named after,
// which a minister's title may print without Bộ (Bộ trưởng Quốc phòng).
func Ministries() []string { return ministriesTable() }

// ministriesTable is Ministries, built once and shared: read-only.
var ministriesTable = sync.OnceValue(func() []string {
	return []string{"quốc phòng", "công an", "ngoại giao", "nội vụ", "tư pháp", "tài chính", "công thương", "y tế",
		"xây dựng", "giáo dục và đào tạo", "kế hoạch và đầu tư", "giao thông vận tải", "tài nguyên và môi trường",
		"nông nghiệp và phát triển nông thôn", "nông nghiệp và môi trường", "khoa học và công nghệ",
		"thông tin và truyền thông", "lao động - thương binh và xã hội", "văn hóa, thể thao và du lịch",
		"dân tộc và tôn giáo",
		// ministries of 2002–2007 that older pages name (Bộ trưởng Văn hóa -
		// Thông tin Phạm Quang Nghị; Bộ trưởng Thủy sản).
		"công nghiệp", "thương mại", "thủy sản", "văn hóa - thông tin", "văn hóa thông tin",
		"bưu chính, viễn thông", "bưu chính viễn thông"}
})

// FieldAbbrevs are the abbreviations of a ministry's or a department's field
// that provincial and district pages print after Bộ, Sở or Phòng (Giám đốc
// Sở TN-MT tỉnh Hậu Giang, Sở GTVT, Phòng TN&MT huyện), keyed by their
// capital letters with the joining marks (&, -) left out, each with the field
// as the full name prints it. Only abbreviations of three letters or more:
// two (TP, CT, NV) name other things as well.
func FieldAbbrevs() map[string]string { return fieldAbbrevsTable() }

// fieldAbbrevsTable is FieldAbbrevs, built once and shared: read-only.
var fieldAbbrevsTable = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"GTVT":   "Giao thông vận tải",
		"TNMT":   "Tài nguyên và Môi trường",
		"NNPTNT": "Nông nghiệp và Phát triển nông thôn",
		"NNMT":   "Nông nghiệp và Môi trường",
		"KHĐT":   "Kế hoạch và Đầu tư",
		"GDĐT":   "Giáo dục và Đào tạo",
		"LĐTBXH": "Lao động – Thương binh và Xã hội", // the dash as names print it (joinWords)
		"VHTTDL": "Văn hóa, Thể thao và Du lịch",
		"TTTT":   "Thông tin và Truyền thông",
		"KHCN":   "Khoa học và Công nghệ",
	}
})

// CommaPhrases are the pairs of words that names of units join with a comma,
// read as one: Cục Quản lý Khám, chữa bệnh; Ủy ban Tài chính, Ngân sách; Ban
// Chỉ đạo phòng, chống tham nhũng.
func CommaPhrases() [][2]string { return commaPhrasesTable() }

// commaPhrasesTable is CommaPhrases, built once and shared: read-only.
var commaPhrasesTable = sync.OnceValue(func() [][2]string {
	return [][2]string{
		{"khám", "chữa bệnh"}, {"tài chính", "ngân sách"}, {"phòng", "chống"}, {"văn hóa", "giáo dục"},
		{"kiểm tra", "giám sát"}, {"chính sách", "chiến lược"},
		// Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương (2025).
		{"tổ quốc", "các đoàn thể"}, {"mttq", "các đoàn thể"},
		// Bộ Bưu chính, Viễn thông, a ministry of 2002–2007.
		{"bưu chính", "viễn thông"},
	}
})

// BlocWords are the words in small letters that may stand in a bloc's name
// (Khối cơ quan và doanh nghiệp).
func BlocWords() []string { return blocWordsTable() }

// blocWordsTable is BlocWords, built once and shared: read-only.
var blocWordsTable = sync.OnceValue(func() []string {
	return []string{"cơ quan", "doanh nghiệp", "cơ sở"}
})

// FieldStops are the small words that end a unit's field printed in small
// letters after a capitalised Các (Vụ Các tổ chức quốc tế, Ủy ban Các vấn
// đề xã hội): the sentence goes on after them (Vụ Các tổ chức quốc tế của
// Bộ; Vụ Các vấn đề chung đã ...). Level words (tỉnh, huyện) end it too.
func FieldStops() []string { return fieldStopsTable() }

// fieldStopsTable is FieldStops, built once and shared: read-only.
var fieldStopsTable = sync.OnceValue(func() []string {
	return []string{"của", "về", "tại", "và", "đã", "được", "là", "trong", "với", "cho", "thuộc", "nay",
		"từ", "đến", "năm", "khóa", "nhiệm", "lần", "đang", "sẽ", "vừa", "để", "do", "theo"}
})

// BlocAbbreviations are the central blocs printed abbreviated after Khối
// (Ủy viên Ban Thường vụ Đảng ủy khối DNTW, dpm): the key of the
// abbreviation and the bloc's name after Khối.
func BlocAbbreviations() map[string]string { return blocAbbreviationsTable() }

// blocAbbreviationsTable is BlocAbbreviations, built once and shared: read-only.
var blocAbbreviationsTable = sync.OnceValue(func() map[string]string {
	return map[string]string{"dntw": "Doanh nghiệp Trung ương", "cqtw": "các cơ quan Trung ương"}
})

// CountWords are the numbers written as words that count the holders of a
// title before a list of them (Hai Phó Giám đốc Sở ... là bà A và ông B; có
// ba Phó Bí thư). A number in digits counts as well.
func CountWords() []string { return countWordsTable() }

// countWordsTable is CountWords, built once and shared: read-only.
var countWordsTable = sync.OnceValue(func() []string {
	return []string{"hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"}
})

// ListClosers are the words that close the frame of a list and open its
// names, longest first: "có 6 Phó Bí thư, gồm: A, B", "3 tân thứ trưởng gồm
// các ông A, B và C", "Hai Phó Giám đốc Sở X là bà A và ông B".
func ListClosers() []string { return listClosersTable() }

// listClosersTable is ListClosers, built once and shared: read-only.
var listClosersTable = sync.OnceValue(func() []string {
	return []string{"gồm các đồng chí", "gồm các ông", "gồm các bà", "gồm có", "gồm", "là các đồng chí", "là các ông", "là các bà", "đó là", "là"}
})

// BirthWords are the words a person's year of birth is printed after, in
// brackets after the name: (SN 1970), (sinh năm 1970), (năm sinh 1970).
func BirthWords() []string { return birthWordsTable() }

// birthWordsTable is BirthWords, built once and shared: read-only.
var birthWordsTable = sync.OnceValue(func() []string {
	return []string{"sn", "sinh năm", "năm sinh", "sinh"}
})

// FuneralWords are the words a dead person's name is printed right after,
// past đồng chí, ông or bà and the posts printed before the name: the rites
// of a funeral and visiting the dead ("kính viếng đồng chí Bí thư Tỉnh ủy
// A", "tại đám tang ông B", "Lễ truy điệu đồng chí C"). Words of a place
// (viếng Lăng, viếng nghĩa trang) or of a board (Ban lễ tang do ông D làm
// Trưởng ban) put no name right after them.
func FuneralWords() []string { return funeralWordsTable() }

// funeralWordsTable is FuneralWords, built once and shared: read-only.
var funeralWordsTable = sync.OnceValue(func() []string {
	return []string{"viếng", "đám tang", "lễ tang", "tang lễ", "truy điệu", "tiễn đưa", "đưa tiễn", "an táng", "linh cữu", "di hài"}
})

// FuneralDayWords are the words a funeral's day is printed after, a
// funeral that follows a death within days: "lễ viếng diễn ra từ 7 giờ đến
// 11 giờ ngày 4/11/2014", "Lễ truy điệu vào hồi 6h30 ngày 8/4". Narrower
// than FuneralWords: viếng alone also visits a monument or a grave years
// on.
func FuneralDayWords() []string { return funeralDayWordsTable() }

// funeralDayWordsTable is FuneralDayWords, built once and shared: read-only.
var funeralDayWordsTable = sync.OnceValue(func() []string {
	return []string{"lễ tang", "lễ viếng", "truy điệu", "an táng", "đưa tang"}
})

// MemorialWords are the words of remembering a death years on, before a
// day that is no funeral's: "lễ tưởng niệm", "ngày mất", "giỗ".
func MemorialWords() []string { return memorialWordsTable() }

// memorialWordsTable is MemorialWords, built once and shared: read-only.
var memorialWordsTable = sync.OnceValue(func() []string {
	return []string{"tưởng niệm", "ngày mất", "giỗ"}
})

// ThenWords are the words that, printed right after a post, date it to a
// time past, a post held no more: "Chủ tịch VCCI khi đó", khi ấy, lúc bấy
// giờ, hồi đó (then).
func ThenWords() []string { return thenWordsTable() }

// thenWordsTable is ThenWords, built once and shared: read-only.
var thenWordsTable = sync.OnceValue(func() []string {
	return []string{"khi đó", "lúc đó", "khi ấy", "lúc ấy", "lúc bấy giờ", "khi bấy giờ", "thời điểm đó", "thời điểm ấy", "hồi đó", "hồi ấy"}
})

// WhileHeldWords open a clause of time in office: the posts printed after
// them were held at the time the sentence tells of, which it sets in the
// past — a violation found, a contribution thanked — so they are held no
// more: "đóng góp của ông Nông Quốc Tuấn trong thời gian giữ cương vị Bí
// thư Tỉnh ủy Bắc Giang" (nld 2012), "khi còn là Bí thư Tỉnh ủy", "trong
// thời gian giữ cương vị Ủy viên Bộ Chính trị, …, bà đã" (viettimes). Longer
// first: each is tried in order. Not khi là (khi là đảng viên), nor khi
// đang giữ chức (the people package reads it as the post held then, and a
// move after it), nor one after trước or sau (trước khi giữ chức X names the
// post taken up).
func WhileHeldWords() []string { return whileHeldWordsTable() }

// whileHeldWordsTable is WhileHeldWords, built once and shared: read-only.
var whileHeldWordsTable = sync.OnceValue(func() []string {
	return []string{
		"khi còn giữ chức vụ", "khi còn giữ chức", "khi còn giữ cương vị", "khi còn đảm nhiệm chức vụ", "khi còn là",
		"lúc còn giữ chức vụ", "lúc còn giữ chức", "lúc còn là",
		"khi giữ chức vụ", "khi giữ chức", "khi giữ cương vị", "khi đảm nhiệm chức vụ", "khi đảm nhiệm cương vị",
		"trong thời gian giữ chức vụ", "trong thời gian giữ chức", "trong thời gian giữ cương vị",
		"trong thời gian đảm nhiệm chức vụ", "trong thời gian đảm nhiệm cương vị", "trong thời gian đảm nhiệm",
		"trong thời gian làm", "trong thời gian là",
	}
})

// HolderTime is a word of time printed between a post and là before its
// holder: "Chủ tịch UBND tỉnh Quảng Ngãi hiện nay là ông Nguyễn Hoàng Giang"
// (docnhanh, t004) names the holder now; "Chủ tịch UBND tỉnh Khánh Hòa trước
// đó là ông Lê Đức Vinh" (24h 2020, e031) the one before (Former).
type HolderTime struct {
	Text   string
	Former bool
}

// HolderTimeWords are the HolderTime rows, each as printed before là.
func HolderTimeWords() []HolderTime { return holderTimeWordsTable() }

// holderTimeWordsTable is HolderTimeWords, built once and shared: read-only.
var holderTimeWordsTable = sync.OnceValue(func() []HolderTime {
	return []HolderTime{
		{Text: "hiện nay"}, {Text: "hiện"},
		{Text: "trước đó", Former: true}, {Text: "trước đây", Former: true},
	}
})

// StillWords, printed after the posts of a clause of time in office, say
// the time runs on to the article's: "trong thời gian giữ chức Bí thư Tỉnh
// ủy từ năm 2020 đến nay" — held still.
func StillWords() []string { return stillWordsTable() }

// stillWordsTable is StillWords, built once and shared: read-only.
var stillWordsTable = sync.OnceValue(func() []string {
	return []string{"đến nay", "tới nay", "cho đến nay", "cho tới nay", "đến hiện nay", "hiện nay", "đến bây giờ"}
})

// AllPostsWords qualify "các chức vụ" after a request to leave as every post
// the person holds: "xin thôi các chức vụ lãnh đạo, quản lý" (quangbinh24h,
// j014), "các chức vụ đang giữ". They may be joined by a comma or và.
func AllPostsWords() []string { return allPostsWordsTable() }

// allPostsWordsTable is AllPostsWords, built once and shared: read-only.
var allPostsWordsTable = sync.OnceValue(func() []string {
	return []string{"lãnh đạo", "quản lý", "đang giữ", "hiện giữ", "hiện nay"}
})

// RequestWords are the words of a person's own request to leave a post,
// printed before thôi: "Ông Phạm Văn Thành xin thôi chức Phó Chủ tịch UBND
// tỉnh Quảng Ninh" (vietnamnet 2022), "đơn của ông Nguyễn Bá Thanh xin thôi
// cương vị đại biểu HĐND" (cand), "có đơn xin ... và xin thôi các chức vụ
// lãnh đạo, quản lý" (quangbinh24h): the page reports the leaving, and the
// real set's gold reads the posts asked to be left as ended (b037, j014,
// x013). Longer first: each is tried in order.
func RequestWords() []string { return requestWordsTable() }

// requestWordsTable is RequestWords, built once and shared: read-only.
var requestWordsTable = sync.OnceValue(func() []string {
	return []string{"đã có đơn xin", "có đơn xin", "làm đơn xin", "đã xin", "xin"}
})

// HeldWithWords are the words printed between kiêm and the post it joins to
// the one before, saying it is held with it: "Chủ tịch UBND tỉnh Quảng Nam
// kiêm nhiệm chức danh Trưởng đoàn đại biểu Quốc hội tỉnh" (dantri 2015),
// "kiêm giữ chức Chủ tịch Hội đồng ...". Longer first: each is tried in
// order. After a post and before no other (Phó Trưởng ban kiêm nhiệm), kiêm
// nhiệm says the post is held part-time and is no join.
func HeldWithWords() []string { return heldWithWordsTable() }

// heldWithWordsTable is HeldWithWords, built once and shared: read-only.
var heldWithWordsTable = sync.OnceValue(func() []string {
	return []string{"nhiệm chức danh", "nhiệm chức vụ", "nhiệm chức", "nhiệm", "giữ chức danh", "giữ chức vụ", "giữ chức", "chức danh", "chức vụ", "chức"}
})

// DutyGivenWords are the verbs that, printed after a post read after a verb
// of a duty (nhận nhiệm vụ, làm nhiệm vụ, giữ vai trò), make the post the
// one who gives the duty, not the one taken: "nhận nhiệm vụ Chủ tịch UBND
// tỉnh giao" is a task the chairman gives.
func DutyGivenWords() []string { return dutyGivenWordsTable() }

// dutyGivenWordsTable is DutyGivenWords, built once and shared: read-only.
var dutyGivenWordsTable = sync.OnceValue(func() []string {
	return []string{"giao", "phân công", "ủy quyền", "uỷ quyền", "ủy nhiệm", "uỷ nhiệm"}
})

// DeathWords are the verbs of dying a death notice prints after the dead
// person's name (Đồng chí A đã từ trần, ông B qua đời, cụ C tạ thế).
func DeathWords() []string { return deathWordsTable() }

// deathWordsTable is DeathWords, built once and shared: read-only.
var deathWordsTable = sync.OnceValue(func() []string {
	return []string{"từ trần", "qua đời", "tạ thế"}
})

// MilitaryRanks are the army's and police's ranks, in small letters, as the
// genre prints them before a name (Trung tướng Trịnh Văn Quyết): a person's
// honorific, and the opening of a profile as ông or bà is.
func MilitaryRanks() []string { return militaryRanksTable() }

// militaryRanksTable is MilitaryRanks, built once and shared: read-only.
var militaryRanksTable = sync.OnceValue(func() []string {
	return []string{"đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá"}
})

// ActingWords are the words that make a post an acting one (Quyền Chủ tịch
// UBND tỉnh), printed before the title it stands for.
func ActingWords() []string { return actingWordsTable() }

// actingWordsTable is ActingWords, built once and shared: read-only.
var actingWordsTable = sync.OnceValue(func() []string {
	return []string{"Quyền"}
})

// Substantive is the post an acting title stands for: Chủ tịch for Quyền
// Chủ tịch; any other title as it is. The person an acting holder replaces
// ("giữ chức Quyền Chủ tịch UBND tỉnh ... thay ông A") held the post itself.
func Substantive(title string) string {
	for _, w := range ActingWords() {
		if rest, ok := strings.CutPrefix(title, w+" "); ok && rest != "" {
			return rest
		}
	}
	return title
}

// Misspelling is a word of the genre's titles as pages print it with a
// tone or a vowel's mark left out (Printed), and the word meant (Meant), both
// as vn.Key writes them and of as many syllables.
type Misspelling struct{ Printed, Meant string }

// Misspellings are the titles' words that pages print misspelt: Bi thư and
// Bí thu for Bí thư (phó Bi thư thường trực Đảng uỷ, tiendienhatinh 2025; Bí
// thu Đảng ủy xã, tuoitregiongrieng 2021; thanhgiong 2012, baomoi 2015,
// kynangandlifeskills — five sites). The tokeniser gives the printed
// syllables the meant word's keys, so that every reader reads the title; no
// other word of the language is spelt so.
func Misspellings() []Misspelling { return misspellingsTable() }

// misspellingsTable is Misspellings, built once and shared: read-only.
var misspellingsTable = sync.OnceValue(func() []Misspelling {
	return []Misspelling{
		{Printed: "bi thư", Meant: "bí thư"},
		{Printed: "bí thu", Meant: "bí thư"},
		{Printed: "bi thu", Meant: "bí thư"},
	}
})

// MemberNouns are the words a count of a body's new members is made of when
// no title names them ("bầu bổ sung thêm 02 thành viên vào Bộ Chính trị",
// "5 vị lần đầu vào Bộ Chính trị", "bầu bổ sung 2 đồng chí vào Ban Thường
// vụ").
func MemberNouns() []string { return memberNounsTable() }

// memberNounsTable is MemberNouns, built once and shared: read-only.
var memberNounsTable = sync.OnceValue(func() []string {
	return []string{"thành viên", "đồng chí", "người", "vị"}
})

// PeopleNouns are the nouns of people a plural (các, những, nhiều) makes a
// group of, when a clause reports a group's deaths: "thăm các gia đình cán bộ
// … đã từ trần" is about others, not the visitor. A plural before any other
// noun ("nhiều năm lâm bệnh", "nhiều huân chương cao quý khác") says nothing
// of who died.
func PeopleNouns() []string { return peopleNounsTable() }

// peopleNounsTable is PeopleNouns, built once and shared: read-only.
var peopleNounsTable = sync.OnceValue(func() []string {
	return []string{"gia đình", "cán bộ", "đồng chí", "người", "đảng viên", "thân nhân", "liệt sĩ", "chiến sĩ",
		"cựu chiến binh", "thương binh", "bà mẹ", "mẹ", "đồng bào", "lão thành", "nạn nhân", "vị", "ông", "bà"}
})

// PreambleWords open the formulas of a document's preamble after its "Căn
// cứ" lines, capitalised after a comma: "…, Nay ban hành “Quy định …”". A
// subject read before one ends there.
func PreambleWords() []string { return preambleWordsTable() }

// preambleWordsTable is PreambleWords, built once and shared: read-only.
var preambleWordsTable = sync.OnceValue(func() []string {
	return []string{"nay ban hành", "nay quyết định", "xét đề nghị", "xét tờ trình", "theo đề nghị", "căn cứ"}
})

// DatelineStops are the words that make a sentence holding a day and a place
// say what happened that day ("Ngày 14/01/2022, tại UBND xã, Đoàn … đã tổ
// chức"), so that it is no dateline of its own for the sentence after it.
func DatelineStops() []string { return datelineStopsTable() }

// datelineStopsTable is DatelineStops, built once and shared: read-only.
var datelineStopsTable = sync.OnceValue(func() []string {
	return []string{"đã", "đang", "sẽ", "được", "tổ chức", "diễn ra", "khai mạc", "bế mạc", "họp", "tiến hành", "bầu", "đến", "dự", "là", "có"}
})

// NominationWords are the verbs a list of nominees is named by after danh
// sách (danh sách bầu 4 Phó chủ tịch Quốc hội, danh sách đề cử): the people
// listed are put forward for the post, and hold none of it yet.
func NominationWords() []string { return nominationWordsTable() }

// nominationWordsTable is NominationWords, built once and shared: read-only.
var nominationWordsTable = sync.OnceValue(func() []string {
	return []string{"bầu", "đề cử", "ứng cử", "giới thiệu", "đề nghị bầu", "đề nghị"}
})

// A Removal is the words of a measure that ends a person's posts, printed
// before the posts or the person: a party discipline (cách chức, khai trừ ra
// khỏi Đảng), a dismissal (miễn nhiệm, xóa tư cách), a release (cho thôi làm
// nhiệm vụ).
type Removal struct {
	Text string // as vn.Key writes it; a longer one before one it begins with
	Kind RemovalKind
}

// RemovalKind is what a Removal ends.
type RemovalKind int

const (
	// RemovesAll ends every party post of the person: "khai trừ ra khỏi
	// Đảng", "cách chức tất cả các chức vụ trong Đảng".
	RemovesAll RemovalKind = iota
	// RemovesNamed ends the post named after it, perhaps after chức vụ or
	// chức danh: "miễn nhiệm chức danh Chủ tịch UBND tỉnh".
	RemovesNamed
	// Releases ends a second post a sitting ends, after và: "miễn nhiệm
	// chức danh Chủ tịch UBND tỉnh và chấp thuận cho thôi làm đại biểu".
	Releases
)

// Removals are the measures that end posts a reader of people knows, in the
// order they are tried.
func Removals() []Removal { return removalsTable() }

// removalsTable is Removals, built once and shared: read-only.
var removalsTable = sync.OnceValue(func() []Removal {
	return []Removal{
		{"khai trừ ra khỏi đảng", RemovesAll}, {"khai trừ khỏi đảng", RemovesAll}, {"khai trừ đảng", RemovesAll},
		{"cách chức tất cả các chức vụ trong đảng", RemovesAll}, {"cách tất cả các chức vụ trong đảng", RemovesAll},
		{"cách hết các chức vụ trong đảng", RemovesAll}, {"cách chức hết các chức vụ trong đảng", RemovesAll},
		{"cách chức tất cả các chức vụ đảng", RemovesAll}, {"cách tất cả các chức vụ đảng", RemovesAll},
		{"miễn nhiệm", RemovesNamed}, {"cách chức", RemovesNamed}, {"xóa tư cách", RemovesNamed},
		{"chấp thuận cho thôi làm nhiệm vụ", Releases}, {"chấp thuận cho thôi làm", Releases},
		{"cho thôi làm nhiệm vụ", Releases}, {"cho thôi làm", Releases}, {"thôi làm nhiệm vụ", Releases},
	}
})

// SanctionFormWords are the words printed right before a cách chức that
// names no post which make it the sanction given (nhất trí hình thức kỷ luật
// cách chức., bằng hình thức cách chức đối với ông A, bị kỷ luật cách chức.),
// not the top of a range of sanctions the rules allow (từ khiển trách đến
// cách chức) nor the last of a list of them (khiển trách, cảnh cáo, cách chức).
func SanctionFormWords() []string { return sanctionFormWordsTable() }

// sanctionFormWordsTable is SanctionFormWords, built once and shared: read-only.
var sanctionFormWordsTable = sync.OnceValue(func() []string {
	return []string{"hình thức", "kỷ luật"}
})

// ProposalWords are the verbs by which a sentence only proposes a sanction
// it names far after them (Ủy ban Kiểm tra Tỉnh ủy đề nghị Ban Thường vụ xem
// xét, thi hành kỷ luật ông A … bằng hình thức cách chức.), unless
// ProposalGrantedWords come before them (Theo đề nghị của Ủy ban Kiểm tra,
// Ban Thường vụ đã thi hành kỷ luật …): the proposal the sanction answers.
func ProposalWords() []string { return proposalWordsTable() }

// proposalWordsTable is ProposalWords, built once and shared: read-only.
var proposalWordsTable = sync.OnceValue(func() []string {
	return []string{"đề nghị", "kiến nghị"}
})

// ProposalGrantedWords are printed before a ProposalWords verb to make it the
// proposal acted on (theo đề nghị của, xét đề nghị của, căn cứ đề nghị của,
// trên cơ sở đề nghị của, theo sự đề nghị của, thống nhất với đề nghị của).
func ProposalGrantedWords() []string { return proposalGrantedWordsTable() }

// proposalGrantedWordsTable is ProposalGrantedWords, built once and shared:
// read-only.
var proposalGrantedWordsTable = sync.OnceValue(func() []string {
	return []string{"theo", "xét", "căn cứ", "cơ sở", "theo sự", "xét sự", "với"}
})

// A LifeStep is the words a profile dates a step of a person's life by,
// printed before the day or year: a birth (sinh năm 1963, SN 1970), a death
// (qua đời, hy sinh), joining the Party, the army or the revolution (vào Đảng
// ngày 25/10/1964, nhập ngũ tháng 2/1965, tham gia hoạt động cách mạng). A
// date after them is a person's, not the news's.
type LifeStep struct {
	Text  string // in small letters, as a profile prints it
	Short bool   // an abbreviation (SN): read right before its date only
}

// LifeSteps are the steps of a life a reader of dates knows.
func LifeSteps() []LifeStep { return lifeStepsTable() }

// lifeStepsTable is LifeSteps, built once and shared: read-only.
var lifeStepsTable = sync.OnceValue(func() []LifeStep {
	return []LifeStep{
		{Text: "sinh"}, {Text: "sn", Short: true},
		{Text: "mất"}, {Text: "qua đời"}, {Text: "từ trần"}, {Text: "tạ thế"}, {Text: "hy sinh"},
		{Text: "vào đảng"}, {Text: "kết nạp"}, {Text: "nhập ngũ"},
		{Text: "hoạt động cách mạng"}, {Text: "tham gia cách mạng"},
	}
})

// An AdHocBoard is a board set up for one task and named by it, which
// decisions print with their heads and members: a funeral's (Ban Lễ tang,
// Ban tổ chức lễ tang). Steering committees (Ban Chỉ đạo) are read apart, by
// their number, region or task.
type AdHocBoard struct {
	Text string // the printed words, as vn.Key writes them
	Name string // the canonical head, as the graph names the board
}

// AdHocBoards are the boards of one task a reader of units knows.
func AdHocBoards() []AdHocBoard { return adHocBoardsTable() }

// adHocBoardsTable is AdHocBoards, built once and shared: read-only.
var adHocBoardsTable = sync.OnceValue(func() []AdHocBoard {
	return []AdHocBoard{
		{Text: "ban lễ tang", Name: "Ban Lễ tang"},
		{Text: "ban tổ chức lễ tang", Name: "Ban tổ chức lễ tang"},
	}
})

// SchoolWords are the last words of a school's kind, after which a person's
// name is the school's name, not a person's: Chi bộ trường THPT Ngô Gia Tự
// (thptngogiatu 2020), Trường Tiểu học Nguyễn Du, Trường Mầm non Hoa Sen.
func SchoolWords() []string { return schoolWordsTable() }

// schoolWordsTable is SchoolWords, built once and shared: read-only.
var schoolWordsTable = sync.OnceValue(func() []string {
	return []string{"thpt", "thcs", "ptdtnt", "tiểu học", "trung học", "mầm non", "đại học", "cao đẳng", "trường"}
})

// LunarYearWords are the words of a lunar year's name, its heavenly stem
// and its earthly branch (Nhâm Dần, Ất Tỵ, Bính Ngọ), in small letters and
// in both spellings a page may use (kỷ, kỉ; quý, quí; tý, tí; tỵ, tị; mão,
// mẹo): a Tết named by its year (Tết Nguyên đán Nhâm Dần 2022).
func LunarYearWords() []string { return lunarYearWordsTable() }

// lunarYearWordsTable is LunarYearWords, built once and shared: read-only.
var lunarYearWordsTable = sync.OnceValue(func() []string {
	return strings.Fields("giáp ất bính đinh mậu kỷ kỉ canh tân nhâm quý quí " +
		"tý tí sửu dần mão mẹo thìn tỵ tị ngọ mùi thân dậu tuất hợi")
})

// ActsAsWords are the words printed right before a head's title that make
// the deputy the sentence names act as that head (Phó chủ tịch thường trực
// Hà Sỹ Đồng thực hiện các nhiệm vụ Chủ tịch UBND tỉnh, vietnamnet): without
// them the head is another the deputy addresses (Phó Chủ tịch A yêu cầu Chủ
// tịch UBND huyện X), whose unit is not the deputy's.
func ActsAsWords() []string { return actsAsWordsTable() }

// actsAsWordsTable is ActsAsWords, built once and shared: read-only.
var actsAsWordsTable = sync.OnceValue(func() []string {
	return []string{"nhiệm vụ", "nhiệm vụ của", "quyền hạn", "quyền hạn của"}
})

// VisitWords are the words before a unit that make it one a sentence goes
// to, meets or acts on (làm việc với UBND huyện, thăm Huyện ủy, tại Đảng ủy
// xã), not its subject: a title printed alone after it is not that unit's.
func VisitWords() []string { return visitWordsTable() }

// visitWordsTable is VisitWords, built once and shared: read-only.
var visitWordsTable = sync.OnceValue(func() []string {
	return []string{"với", "tại", "ở", "thăm", "đến", "tới", "dự", "gặp", "cho", "gửi", "tặng", "về", "giữa", "và", "cùng", "của", "lên", "vào"}
})

// A ForwardWord is a word a clause that puts a person forward for a post
// is read by ("giới thiệu ông A, Phó Chủ tịch UBND tỉnh, ứng cử chức danh
// Chủ tịch UBND tỉnh"; "đề nghị phân công ông A giữ chức …"; "thực hiện
// quy trình bầu chức danh … đối với ông A"): the post it names is one to
// come, not one held.
type ForwardWord struct {
	Text string // in small letters, as vn.Key writes it
	Kind ForwardKind
}

// ForwardKind is what a ForwardWord does in its clause.
type ForwardKind int

const (
	// ForwardComing is printed right before a post the clause gives or
	// puts forward (giữ chức, chức danh, làm, bầu, bổ nhiệm, vào): a post
	// printed after no such word (in apposition to a name) is held.
	ForwardComing ForwardKind = iota
	// ForwardCue puts the person forward (giới thiệu, đề cử, đề nghị, tờ
	// trình, quy trình, dự kiến, ứng viên): met first walking back from a
	// coming post within its clause, the post is not given. A bare trình
	// is none: "trình xin ý kiến … hiệp thương cử ông A giữ chức …" is put
	// to the vote that follows (ubmttqcamau 2021, a038), and Trình is a name.
	ForwardCue
	// ForwardSelf is a coming word that is itself a cue: ứng cử chức danh
	// Chủ tịch, đề cử làm.
	ForwardSelf
	// ForwardDone gives the post after all (đã, vừa, trúng cử, kết quả bầu,
	// phê chuẩn, "được giới thiệu và bầu làm", "được Tỉnh ủy giới thiệu và
	// được HĐND tỉnh bầu"): met first, the post is given.
	ForwardDone
	// ForwardBasis, before a cue, makes it what a decision rests on (theo
	// đề nghị của, căn cứ tờ trình, thông qua tờ trình, theo sự giới thiệu
	// của, "theo đề nghị của X tại Tờ trình số …"): the post is given.
	ForwardBasis
	// ForwardNot is a word that holds a cue and is no cue: giới thiệu về
	// (a talk's subject).
	ForwardNot
)

// ForwardWords are the words a reader of people tells a post put forward
// from a post given by (see ForwardKind), longer ones first within a kind.
func ForwardWords() []ForwardWord { return forwardWordsTable() }

// forwardWordsTable is ForwardWords, built once and shared: read-only.
var forwardWordsTable = sync.OnceValue(func() []ForwardWord {
	var out []ForwardWord
	add := func(k ForwardKind, ws ...string) {
		for _, w := range ws {
			out = append(out, ForwardWord{w, k})
		}
	}
	add(ForwardComing, "giữ chức vụ", "giữ chức danh", "giữ chức", "chức vụ", "chức danh", "chức", "vị trí", "làm",
		"bầu bổ sung", "bầu", "bổ nhiệm", "phân công", "cử", "giữ", "vào")
	add(ForwardSelf, "tái ứng cử", "ứng cử", "đề cử")
	add(ForwardCue, "giới thiệu", "đề cử", "ứng cử", "ứng viên", "đề nghị", "đề xuất", "tờ trình", "quy trình", "dự kiến")
	add(ForwardDone, "đã", "vừa", "trúng cử", "đắc cử", "tái cử", "kết quả", "phê chuẩn", "chuẩn y",
		"được bầu", "được bổ nhiệm", "được phân công", "được chỉ định", "được điều động", "được cử", "được tín nhiệm",
		"và bầu", "và được", "và bổ nhiệm", "và được bổ nhiệm", "và phân công", "và cử", "và trúng cử")
	add(ForwardBasis, "theo sự", "với sự", "trên cơ sở sự", "theo", "xét", "căn cứ", "trên cơ sở", "thông qua", "tại")
	add(ForwardNot, "giới thiệu về", "giới thiệu toàn văn")
	return out
})

// VerbGroupParts are the parts a page composes a clause from when, after a
// person's name and posts, it tells of a post the person moves to or takes
// up: aspect words (đã, mới, để), the decision's verbs in a row (điều động,
// bổ nhiệm), then the link to the post (giữ chức, là, công tác) — "mới được
// điều động bổ nhiệm là Giám đốc Sở" (thanhtra 2021), "để nhận điều động
// công tác Bí thư Quận ủy" (thanhtra 2021), "(đã nhận công tác Trưởng ban Tổ
// chức Thành ủy)" (vietnamnet 2021), "đã điều động nhiệm vụ mới là Phó Chủ
// nhiệm" (baomoi 2010), "để bầu chức danh Chủ tịch UBND" (angiang 2021).
// Each list is tried in order, longer first.
type VerbGroupParts struct {
	// Aspects may open the group, any of them in a row. Now marks those
	// that tell of a post held now rather than taken up (nay, hiện).
	Aspects, Now []string
	// Actions are the decision's verbs, one or more, joined by a comma or
	// và.
	Actions []string
	// Links join the verbs to the post.
	Links []string
}

// VerbGroup is the parts of a verb group (VerbGroupParts).
func VerbGroup() VerbGroupParts { return verbGroupTable() }

// verbGroupTable is VerbGroup, built once and shared: read-only.
var verbGroupTable = sync.OnceValue(func() VerbGroupParts {
	return VerbGroupParts{
		Aspects: []string{"đã", "vừa", "mới", "để", "do", "nay", "hiện", "tiếp tục", "chính thức", "cũng"},
		Now:     []string{"nay", "hiện"},
		Actions: []string{"bầu bổ sung", "bầu", "tái bổ nhiệm", "bổ nhiệm", "điều động", "luân chuyển", "phân công", "chỉ định", "cử", "phê chuẩn", "chuẩn y", "nhận quyết định", "nhận", "chuyển sang", "chuyển"},
		Links:   []string{"giữ chức vụ", "giữ chức danh", "giữ chức", "giữ cương vị", "giữ vị trí", "giữ nhiệm vụ", "nhiệm vụ mới là", "nhiệm vụ mới", "nhiệm vụ", "công tác", "làm", "là", "vào chức", "vào vị trí", "chức vụ", "chức danh", "chức"},
	}
})

// BoardHeadParts are the words a page names a board's head with after the
// holder's name, the board named before (people.Headed): "Ban Lễ tang Nhà
// nước gồm 23 đồng chí; đồng chí Nguyễn Xuân Phúc … làm Trưởng ban."
// (baotainguyenmoitruong 2019), "Ủy ban kiểm tra tỉnh uỷ được bầu gồm 11
// người, ông Tô Văn Từ làm chủ nhiệm ủy ban." (vietnamnet 2015).
type BoardHeadParts struct {
	// Links join the name to the head's title, longer first (làm, là,
	// giữ chức).
	Links []string
	// Pointers are the words after the title that point back to the board
	// (chủ nhiệm ủy ban), printed in small letters.
	Pointers []string
	// SetUp are the words of a sentence that sets a board up or counts it
	// (gồm, thành lập), as printed.
	SetUp []string
}

// BoardHead is the parts of a board's head named after the holder
// (BoardHeadParts).
func BoardHead() BoardHeadParts { return boardHeadTable() }

// boardHeadTable is BoardHead, built once and shared: read-only.
var boardHeadTable = sync.OnceValue(func() BoardHeadParts {
	return BoardHeadParts{
		Links:    []string{"giữ chức vụ", "giữ chức", "làm", "là"},
		Pointers: []string{"ủy ban", "uỷ ban", "ban", "hội", "đoàn"},
		SetUp:    []string{"gồm", "thành lập"},
	}
})

// ProfileDegrees are the degrees a profile prints after là before the posts
// (là tiến sĩ hóa học, là thạc sỹ luật,: hatinh24h 2020).
func ProfileDegrees() []string { return profileDegreesTable() }

// profileDegreesTable is ProfileDegrees, built once and shared: read-only.
var profileDegreesTable = sync.OnceValue(func() []string {
	return []string{"tiến sĩ", "tiến sỹ", "thạc sĩ", "thạc sỹ", "cử nhân", "kỹ sư", "bác sĩ", "phó giáo sư", "giáo sư"}
})
