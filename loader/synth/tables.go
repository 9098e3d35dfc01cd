package synth

// The tables the generator draws from. They are written in the forms the
// genre prints (see ../shared/docs/DOMAIN.md): a mix of the spellings
// articles use, so that normalisation and matching are exercised as on real
// pages.

var familyNames = []string{
	"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
	"Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Trương", "Hà", "Mai", "Lương",
}

var middleNames = []string{
	"Văn", "Thị", "Minh", "Quốc", "Thanh", "Ngọc", "Đức", "Hữu", "Thành", "Thu",
	"Kim", "Xuân", "Hồng", "Anh", "Công", "Thị Thu", "Văn Quang", "Thị Kim",
}

var givenNames = []string{
	"Hùng", "Dũng", "Hà", "Lan", "Tuấn", "Sơn", "Hoa", "Nam", "Bình", "Hải",
	"Phong", "Long", "Thắng", "Hương", "Nga", "Toản", "Việt", "Bảo", "Lực", "Hoài",
	"Khánh", "Trung", "Tâm", "Hạnh", "Quân", "Lộc", "Thảo", "Vinh", "Cường", "Yến",
}

// province is a province or a centrally governed city: its name as printed,
// its party committee (Tỉnh ủy or Thành ủy) and the word for it in posts.
type province struct {
	name   string // Lâm Đồng, Hà Nội
	city   bool   // a centrally governed city: Thành ủy, thành phố
	abbrev string // the name as headlines shorten it, or empty
}

var provinces = []province{
	{"Hà Nội", true, ""}, {"Hồ Chí Minh", true, "TP.HCM"}, {"Hải Phòng", true, ""},
	{"Đà Nẵng", true, ""}, {"Cần Thơ", true, ""}, {"Huế", true, ""},
	{"Lâm Đồng", false, ""}, {"Quảng Ninh", false, ""}, {"Bình Dương", false, ""},
	{"Nghệ An", false, ""}, {"Thanh Hóa", false, ""}, {"Đồng Nai", false, ""},
	{"Khánh Hòa", false, ""}, {"Gia Lai", false, ""}, {"Đắk Lắk", false, ""},
	{"An Giang", false, ""}, {"Tây Ninh", false, ""}, {"Vĩnh Long", false, ""},
	{"Quảng Trị", false, ""}, {"Lào Cai", false, ""}, {"Thái Nguyên", false, ""},
	{"Phú Thọ", false, ""}, {"Bắc Ninh", false, ""}, {"Hưng Yên", false, ""},
	{"Ninh Bình", false, ""}, {"Hà Tĩnh", false, ""}, {"Quảng Ngãi", false, ""},
	{"Cà Mau", false, ""}, {"Đồng Tháp", false, ""}, {"Tuyên Quang", false, ""},
	{"Lạng Sơn", false, ""}, {"Sơn La", false, ""}, {"Điện Biên", false, ""}, {"Lai Châu", false, ""},
}

// wardNames are the names wards and communes take; each province has a few
// of them (see wardsOf).
var wardNames = []string{
	"Tân Hưng", "Bến Thành", "Tân Phong", "Hòa Bình", "Thống Nhất", "Quang Trung",
	"Trần Phú", "Lê Lợi", "Phú Lợi", "Hiệp Thành", "An Phú", "Bình An", "Long Biên",
	"Hồng Hà", "Ngọc Hà", "Tây Hồ", "Vĩnh Hưng", "Phước Long", "Tân Định", "Đông Hòa",
	"Hòa Khánh", "Thanh Khê", "Cẩm Lệ", "Ninh Kiều", "Cái Răng", "Xuân Hòa", "Nam Sơn",
	"Phú Mỹ", "Tam Kỳ", "Hội An", "Sơn Trà", "Hải Châu", "Đức Trọng", "Di Linh",
}

// blocs are the blocs of agencies whose party organisations hold their own
// congresses and conferences.
var blocs = []string{"Dân – Chính – Đảng", "các cơ quan Đảng", "Doanh nghiệp", "các cơ quan", "Dân - Chính - Đảng"}

// A post as printed after a name, and the title it is held under. {U} is
// the committee (Tỉnh ủy), {P} the province word with its name (tỉnh Lâm
// Đồng), {L} the level word alone (tỉnh).
type post struct {
	key     string // the post's identity within a province, for who holds it
	printed string
}

var provincePosts = []post{
	{"bt", "Bí thư {U}"},
	{"pbttt", "Phó Bí thư Thường trực {U}"},
	{"ctub", "Phó Bí thư {U}, Chủ tịch UBND {L}"},
	{"cthd", "Phó Bí thư {U}, Chủ tịch HĐND {L}"},
	{"tuyengiao", "Ủy viên Ban Thường vụ {U}, Trưởng ban Tuyên giáo và Dân vận {U}"},
	{"tochuc", "Ủy viên Ban Thường vụ {U}, Trưởng Ban Tổ chức {U}"},
	{"ubkt", "Ủy viên Ban Thường vụ {U}, Chủ nhiệm Ủy ban Kiểm tra {U}"},
	{"mttq", "Ủy viên Ban Thường vụ {U}, Chủ tịch Ủy ban MTTQ Việt Nam {P}"},
	{"pctub", "Phó Chủ tịch UBND {P}"},
	{"vanphong", "{U2} viên, Chánh Văn phòng {U}"},
}

// The same posts printed before a name (post-first order): the short forms
// a sentence uses when it says who chaired or spoke.
var provincePostsBefore = map[string]string{
	"bt":        "Bí thư {U}",
	"pbttt":     "Phó Bí thư Thường trực {U}",
	"ctub":      "Chủ tịch UBND {L}",
	"cthd":      "Chủ tịch HĐND {L}",
	"tuyengiao": "Trưởng ban Tuyên giáo và Dân vận {U}",
	"tochuc":    "Trưởng Ban Tổ chức {U}",
	"ubkt":      "Chủ nhiệm Ủy ban Kiểm tra {U}",
	"mttq":      "Chủ tịch Ủy ban MTTQ Việt Nam {L}",
	"pctub":     "Phó Chủ tịch UBND {L}",
	"vanphong":  "Chánh Văn phòng {U}",
}

var wardPosts = []post{
	{"bt", "Bí thư Đảng ủy {W}"},
	{"pbttt", "Phó Bí thư Thường trực Đảng ủy {W}"},
	{"ctub", "Phó Bí thư Đảng ủy, Chủ tịch UBND {W}"},
	{"cthd", "Phó Bí thư Đảng ủy, Chủ tịch HĐND {W}"},
}

// centralPosts are held by a few national leaders who attend provincial
// events: they recur across provinces, the graph's hubs.
var centralPosts = []post{
	{"pttg", "Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ"},
	{"tctw", "Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương"},
	{"ubktw", "Ủy viên Trung ương Đảng, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương"},
	{"tgtw", "Ủy viên Trung ương Đảng, Phó Trưởng Ban Tuyên giáo và Dân vận Trung ương"},
	{"qh", "Ủy viên Bộ Chính trị, Phó Chủ tịch Quốc hội"},
	{"mttw", "Bí thư Trung ương Đảng, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"},
}

// document is a central document cited across the corpus.
type document struct {
	kind, number, sign string // Nghị quyết, 57, NQ
	day, month, year   int
	issuer             string
	subject            string
	follows            int // index of the document it continues, or -1
}

var centralDocuments = []document{
	{"Nghị quyết", "18", "NQ", 25, 10, 2017, "Ban Chấp hành Trung ương", "một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả", -1},
	{"Kết luận", "21", "KL", 25, 10, 2021, "Ban Chấp hành Trung ương", "đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị", -1},
	{"Chỉ thị", "05", "CT", 15, 5, 2016, "Bộ Chính trị", "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", -1},
	{"Kết luận", "01", "KL", 18, 5, 2021, "Bộ Chính trị", "tiếp tục thực hiện Chỉ thị số 05-CT/TW", 2},
	{"Chỉ thị", "35", "CT", 14, 6, 2024, "Bộ Chính trị", "tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", -1},
	{"Nghị quyết", "57", "NQ", 22, 12, 2024, "Bộ Chính trị", "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", -1},
	{"Quy định", "144", "QĐ", 9, 5, 2024, "Bộ Chính trị", "chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới", -1},
	{"Kết luận", "118", "KL", 18, 1, 2025, "Bộ Chính trị", "Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp", 4},
	{"Nghị quyết", "66", "NQ", 30, 4, 2025, "Bộ Chính trị", "đổi mới công tác xây dựng và thi hành pháp luật", -1},
	{"Quy định", "178", "QĐ", 27, 6, 2024, "Bộ Chính trị", "kiểm soát quyền lực, phòng, chống tham nhũng, tiêu cực trong công tác xây dựng pháp luật", -1},
	{"Chỉ thị", "45", "CT", 14, 4, 2025, "Bộ Chính trị", "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", 4},
	{"Nghị quyết", "41", "NQ", 10, 10, 2023, "Bộ Chính trị", "xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ mới", -1},
}

// conferenceTopics are what a Hội nghị reviews or plans.
var conferenceTopics = []string{
	"tổng kết công tác xây dựng Đảng năm {Y0} và triển khai nhiệm vụ năm {Y}",
	"sơ kết 6 tháng đầu năm {Y}, triển khai nhiệm vụ 6 tháng cuối năm",
	"học tập, quán triệt, triển khai thực hiện {D}",
	"tổng kết {N} năm thực hiện {D}",
	"đánh giá kết quả công tác kiểm tra, giám sát năm {Y0}",
	"triển khai công tác chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030",
}

// mottos are the spirits a congress proclaims.
var mottos = []string{
	"Đoàn kết - Dân chủ - Kỷ cương - Đột phá - Phát triển",
	"Đoàn kết - Kỷ cương - Sáng tạo - Phát triển",
	"Đoàn kết - Dân chủ - Kỷ cương - Sáng tạo - Phát triển",
	"Đoàn kết - Đổi mới - Hành động - Phát triển",
}

// filler is the prose that surrounds the facts: what most of an article is.
// Its sentences name no one, but the recognisers must read them.
var filler = []string{
	"Trong nhiệm kỳ qua, cấp ủy các cấp đã tập trung lãnh đạo thực hiện thắng lợi các mục tiêu, nhiệm vụ đề ra, tình hình chính trị ổn định, đời sống Nhân dân được nâng lên.",
	"Công tác xây dựng Đảng và hệ thống chính trị được chú trọng, năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng được nâng cao.",
	"Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được triển khai sâu rộng, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị.",
	"Công tác kiểm tra, giám sát và thi hành kỷ luật đảng được tăng cường, góp phần ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống.",
	"Bên cạnh những kết quả đạt được, vẫn còn một số hạn chế như công tác nắm bắt tư tưởng đảng viên có lúc chưa kịp thời, việc cụ thể hóa một số chủ trương còn chậm.",
	"Các đại biểu đã tập trung thảo luận, đóng góp nhiều ý kiến tâm huyết, trách nhiệm vào dự thảo các văn kiện trình đại hội.",
	"Kinh tế tiếp tục tăng trưởng khá, thu ngân sách năm sau cao hơn năm trước, kết cấu hạ tầng được đầu tư đồng bộ.",
	"Công tác dân vận, thực hiện quy chế dân chủ ở cơ sở có nhiều chuyển biến tích cực, tạo sự đồng thuận trong Nhân dân.",
	"Chuyển đổi số được đẩy mạnh, nhiều thủ tục hành chính được thực hiện trực tuyến, rút ngắn thời gian giải quyết cho người dân và doanh nghiệp.",
	"Quốc phòng, an ninh được giữ vững, trật tự an toàn xã hội được bảo đảm, không để xảy ra tình huống bất ngờ.",
	"Hội nghị cũng đã dành thời gian đánh giá những tồn tại, hạn chế và chỉ ra nguyên nhân, bài học kinh nghiệm trong lãnh đạo, chỉ đạo.",
	"Các cấp ủy cần tiếp tục đổi mới phương thức lãnh đạo, nâng cao chất lượng sinh hoạt chi bộ, phát huy vai trò tiên phong, gương mẫu của cán bộ, đảng viên.",
	"Công tác phát triển đảng viên được quan tâm, chất lượng đảng viên mới từng bước được nâng lên, nhất là trong khu vực doanh nghiệp ngoài nhà nước.",
	"Việc sắp xếp tổ chức bộ máy bảo đảm tinh gọn, hoạt động hiệu lực, hiệu quả, không để gián đoạn công việc, ảnh hưởng đến người dân.",
	"Phong trào thi đua yêu nước được triển khai rộng khắp, nhiều tập thể, cá nhân tiêu biểu được biểu dương, khen thưởng.",
	"Các chỉ tiêu về giáo dục, y tế, văn hóa đều đạt và vượt kế hoạch, công tác an sinh xã hội được chăm lo chu đáo.",
}

// debris is what a page adds around the article: menus, counters, comment
// boxes. The normaliser is to remove it.
var debris = []string{
	"Bình luận (0)\nGửi bình luận",
	"Ý kiến bạn đọc\nMã bảo mật",
	"Chia sẻ\nFacebook\nZalo",
	"Đang truy cập5\nHôm nay: 1.204",
	"Tin liên quan",
	"leftcenterrightdel",
	"In bài viết\nGửi email",
}

// credits are the names of reporters and photographers, as bylines print
// them (capitals) and as captions credit them.
var credits = []string{
	"THU HƯỜNG", "VĂN MINH", "VIỆT DŨNG", "THANH TÙNG", "KIM THÀNH", "QUỲNH THÊM",
	"ĐỨC QUANG", "HOÀNG ANH", "MINH TRÍ", "NGỌC ÁNH", "PHƯƠNG LIÊN", "TRUNG KIÊN",
}

var weekdays = []string{"Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}

var romans = []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII"}
