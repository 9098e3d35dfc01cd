package meta

import (
	"testing"

	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/normalize"
	"github.com/cadregraph/cadregraph/loader/segment"
)

func TestNameCase(t *testing.T) {
	for in, want := range map[string]string{
		"THU HƯỜNG":    "Thu Hường",
		"VIỆT DŨNG":    "Việt Dũng",
		"ĐỨC QUANG":    "Đức Quang",
		"S. HẢI":       "S. Hải",
		"K Thành":      "K Thành",
		"Quỳnh Thêm":   "Quỳnh Thêm",
		"H'LINH":       "H'Linh",
		"NGUYỄN THỊ Ư": "Nguyễn Thị Ư",
		"Đ.BÌNH":       "Đ.Bình",
		"K.Q":          "K.Q",
		"TT":           "TT",
	} {
		if got := NameCase(in); got != want {
			t.Errorf("NameCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParsePublished(t *testing.T) {
	for in, want := range map[string]string{
		"2025-10-01":                      "2025-10-01",
		"2025-10-01T08:30:00+07:00":       "2025-10-01",
		"2025-09-30T20:30:00Z":            "2025-10-01", // already 1 October in Vietnam
		"2025-10-01 08:30:00":             "2025-10-01",
		"Wed, 01 Oct 2025 08:30:00 +0700": "2025-10-01",
		"1759282200":                      "2025-10-01",
		"1759282200000":                   "2025-10-01",
		"01/10/2025 08:30":                "2025-10-01",
		"Thứ Tư, 01/10/2025 - 08:30":      "2025-10-01",
		"ngày 1 tháng 10 năm 2025":        "2025-10-01",
		"tháng 10/2025":                   "2025-10",
		"không rõ":                        "",
		"31/02/2025":                      "",
	} {
		d, ok := ParsePublished(in)
		if got := d.String(); got != want || ok != (want != "") {
			t.Errorf("ParsePublished(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// TestEventDate reads short articles written in the genre's forms: the year
// of the event comes from a trusted page date, the congress's term, the lead's
// years, or a page date that may be the crawl's, and stays empty when nothing
// settles it.
func TestEventDate(t *testing.T) {
	tests := []struct {
		name, text, published string
		want                  string
		crawl                 bool
	}{
		{"full date in the lead", "Ngày 18/7/2025, Đảng bộ phường tổ chức đại hội lần thứ I, nhiệm kỳ 2025 – 2030.", "", "2025-07-18", false},
		{"range: the closing day", "Đại hội diễn ra trong 2 ngày, từ ngày 3/8 - 4/8/2020 với chủ đề đoàn kết.", "", "2020-08-04", false},
		{"year from the congress's term", "Đại hội Đảng bộ xã lần thứ XV, nhiệm kỳ 2025 - 2030 thành công.\n\nSáng 12-6, Đại hội Đảng bộ xã đã bế mạc.", "", "2025-06-12", false},
		{"the term of a conference's subject does not date it", "Sáng 12/12, Tỉnh ủy tổ chức hội nghị tổng kết công tác chuẩn bị đại hội nhiệm kỳ 2020-2025.", "", "", false},
		{"review early in the next year", "Chiều 10/1, Đảng ủy Khối tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2022 và triển khai chương trình công tác năm 2023.", "", "2023-01-10", false},
		{"plan late in the year before", "Sáng 20/12, Đảng ủy xã tổ chức hội nghị tổng kết công tác năm 2022, triển khai phương hướng, nhiệm vụ năm 2023.", "", "2022-12-20", false},
		{"trusted page date", "Thứ Hai, 05/09/2022 09:15\n\nSáng 3/9, Chi bộ thôn tổ chức Đại hội.", "", "2022-09-03", false},
		{"page date early in the year", "Thứ Sáu, 03/01/2025 08:00\n\nChiều 28/12, Huyện ủy tổ chức hội nghị.", "", "2024-12-28", false},
		{"crawl page date", "Thứ Bảy, ngày 22 tháng 6 năm 2024\n\nChiều 10/1, Đảng ủy Khối tổ chức Hội nghị tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023.", "", "2023-01-10", true},
		{"crawl date with a full event date", "Thứ Bảy, ngày 22 tháng 6 năm 2024\n\nNgày 18/7/2020, Đảng bộ tổ chức đại hội.", "", "2020-07-18", true},
		{"record's published timestamp", "Sáng 15/1, Đảng bộ phường tổ chức hội nghị.", "2024-01-16T08:30:00+07:00", "2024-01-15", false},
		{"no year anywhere", "Chiều 10/1, Đảng ủy Khối tổ chức Hội nghị sơ kết công tác.", "", "", false},
		{"no date in the lead: the page date", "Thứ Hai, 05/09/2022 09:15\n\nĐảng bộ xã tổ chức hội nghị sơ kết công tác.", "", "2022-09-05", false},
		{"document dates are not the event's", "Thứ Hai, 05/09/2022 09:15\n\nĐảng ủy triển khai Kết luận số 21-KL/TW ngày 25 tháng 10 năm 2021 của Ban Chấp hành Trung ương.", "", "2022-09-05", false},
		{"founding dates are not the event's", "Đảng bộ được thành lập ngày 01/7/2025 với 36 đảng viên. Ngày 18/7/2025, Đảng bộ tổ chức đại hội.", "", "2025-07-18", false},
		{"an old year in the lead does not make a page date a crawl's", "Thứ Hai, 03/03/2025 08:00\n\nSáng 1/3, Đảng ủy tổ chức hội nghị quán triệt Nghị quyết 18 ban hành năm 2017.", "", "2025-03-01", false},
		{"no date in the lead, a review long before the page date", "Thứ Bảy, ngày 22 tháng 6 năm 2024\n\nĐảng ủy Khối tổ chức hội nghị tổng kết công tác năm 2022.", "", "", true},
		{"no date in the lead, a review just before the page date", "Thứ Hai, 20/02/2023 08:00\n\nĐảng ủy Khối tổ chức hội nghị tổng kết công tác năm 2022.", "", "2023-02-20", false},
		// Real pages (testdata/realset).
		{"a congress named before its date opens the term", "Tiếp tục chương trình Đại hội đại biểu Đảng bộ huyện Hương Sơn lần thứ XXII nhiệm kỳ 2015-2020, chiều nay (5/8), các đại biểu tập trung thảo luận báo cáo chính trị.", "", "2015-08-05", false},
		{"a council's second sitting is of the term's first year", "Sáng ngày 26/7, tại Trung tâm hội nghị tỉnh, HĐND tỉnh khóa XV, nhiệm kỳ 2011 - 2016 long trọng tổ chức kỳ họp thứ 2.", "", "2011-07-26", false},
		{"a congress's resolution does not open a term", "04:35 15/03/2016\n\nSáng 15-3, các đồng chí lãnh đạo Tỉnh ủy làm việc về kế hoạch hành động thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ X, nhiệm kỳ 2015-2020.", "", "2016-03-15", false},
		{"an anniversary's span gives the year of the day", "Nhân kỷ niệm 77 năm ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2021), sáng ngày 22/12, lãnh đạo tỉnh đã tới chúc mừng.", "", "2021-12-22", false},
		{"on or after the documents it cites", "Ngày 6/8, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị về công tác cán bộ.\n\nChỉ thị nêu rõ, thực hiện Kết luận số 111-KL/TU ngày 14/8/2017 của Tỉnh ủy, các cấp ủy đã đạt kết quả.", "", "2018-08-06", false},
		{"a letter the lead reports issued (w007)", "Sở Văn hóa, Thể thao và Du lịch vừa ban hành Văn bản số 719/SVHTTDL-NSVHGĐ ngày 10/5/2023 về tiếp tục tổ chức thực hiện các quy định nếp sống văn minh.", "", "2023-05-10", false},
		{"a document told by its issue day is no news: the byline's stamp (dc005)", "Tâm huyết phát triển đội ngũ doanh nhân\n\nMai Thoa 25/07/2024 - 09:29\n\nQua 3 nhiệm kỳ, cố Tổng Bí thư đã để lại những định hướng lớn.\n\nChính sách vĩ mô mà chúng tôi muốn đề cập đến là Nghị quyết số 09-NQ/TW ngày 09/12/2011 và Nghị quyết 41-NQ/TW ban hành ngày 10/10/2023 đã tiếp thêm sức mạnh.", "", "2024-07-25", false},
		{"a document told by its issue day, no stamp: no date (dc004)", "Nghị quyết số 09-NQ/TW ngày 09/12/2011, tiếp đến là Nghị quyết 41-NQ/TW ban hành ngày 10/10/2023 đã tiếp sức, góp phần phát triển đội ngũ doanh nhân Việt Nam ngày càng lớn mạnh.", "", "", false},
		{"a Tết of 2022 fixes a January day (fr005)", "Trong 02 ngày 20, 21/01, Đoàn công tác Huyện ủy Cao Lãnh do đồng chí Bùi Tấn Phước, Phó Bí thư Thường trực Huyện ủy làm trưởng Đoàn đã đến thăm, chúc Tết Nhâm Dần 2022 các gia đình chính sách trên địa bàn Huyện.", "", "2022-01-21", false},
		{"a Tết named sentences after the day (bi002)", "Chiều 18/01, đồng chí Trần Ngọc Thanh đã đến thăm và tặng quà Tết cho các gia đình cán bộ chủ chốt của tỉnh đã từ trần.\n\nGia đình các ông gồm: Nguyễn Chí Quyết - nguyên Khu ủy viên.\n\nTại các gia đình đến thăm, đồng chí bày tỏ sự tri ân.\n\nĐồng thời, mong muốn các gia đình tiếp tục phát huy truyền thống cách mạng.\n\nNhân dịp Tết Nguyên đán Nhâm Dần 2022, đồng chí Trần Ngọc Thanh chúc các gia đình đón Tết an vui.", "", "2022-01-18", false},
		{"a December visit ahead of the Tết is the year before's", "Chiều 28/12, Thường trực Huyện ủy đến thăm, tặng quà nhân dịp Tết Nguyên đán Quý Mão 2023.", "", "2022-12-28", false},
		{"trap: a Tết recalled in a mid-year review dates nothing", "Sáng 15/6, Huyện ủy tổ chức hội nghị sơ kết, trong đó có việc tổ chức Tết Nhâm Dần 2022 an toàn.", "", "", false},
		{"trap: two Tết years named date nothing", "Chiều 10/1, Hội nghị so sánh việc tổ chức Tết Tân Sửu 2021 và Tết Nhâm Dần 2022.", "", "", false},
		{"trap: Xuân without a year's name is a person's", "Chiều 10/1, Huyện ủy công bố quyết định bổ nhiệm ông Nguyễn Xuân 1965 làm Chánh Văn phòng.", "", "", false},
		{"a dispatch's tag glued to its day is no document's code (u007)", "(BVBNĐ-22/6/2017) Chiều ngày 22/6/2017 Chi bộ 2 các đảng viên đang công tác tại các khoa lâm sàng đã tổ chức đại hội chi bộ.", "", "2017-06-22", false},
		{"trap: a code's letters after its slash still mark a document's day, not the event's", "Theo văn bản 719/SVHTTDL-NSVHGĐ ngày 10/5/2023, Đảng ủy xã tổ chức hội nghị.", "", "", false},
		{"the document the lead reports issued", "date 2025-11-21\n\nThay mặt Ban Chấp hành Trung ương Đảng, Tổng Bí thư Tô Lâm vừa ký ban hành Kết luận số 210-KL/TW ngày 12/11/2025 của Ban Chấp hành Trung ương Đảng khóa XIII.", "", "2025-11-12", false},
		{"the document the headline names", "Quy định số 97-QĐ/TW của Bộ Chính trị: Đảng đoàn MTTQ Việt Nam do Bộ Chính trị quyết định thành lập\n\n(Mặt trận) - Tại Quy định số 97-QĐ/TW ngày 7/2/2023 của Bộ Chính trị về chức năng, nhiệm vụ của đảng đoàn đã đề cập đến một điểm mới.", "", "2023-02-07", false},
		{"a headline naming the directive its conference reviews does not date it (ttbdctbencau 2016)", "Bến Cầu tổ chức tổng kết năm 2015 và 5 năm thực hiện Chỉ thị 03-CT/TW của Bộ Chính trị (khóa XI) về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh\n\nThực hiện Kế hoạch số 10-KH/TU, ngày 15/3/2016 của Ban Thường vụ Tỉnh ủy về việc tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị số 03-CT/TW, ngày 14/5/2011 của Bộ Chính trị (khóa XI). Ngày 19/4/2016, Ban Thường vụ Huyện ủy Bến Cầu tổ chức hội nghị tổng kết.", "", "2016-04-19", false},
		{"a print view's place and day over a day before it in the year (haiphong.gov.vn 2020)", "Hải Phòng, ngày 26 tháng 02 năm 2020\n\nHội nghị trực tuyến quán triệt và triển khai thực hiện Nghị quyết số 45 của Bộ Chính trị\n\nNgày 11/7, Thành ủy tổ chức Hội nghị cán bộ thành phố quán triệt Nghị quyết số 45 của Bộ Chính trị.", "", "2019-07-11", false},
		{"a place and day opening a sentence of prose is no page date", "Hà Nội, ngày 5/3/2021, các đại biểu đã về dự hội nghị của Tỉnh ủy.", "", "2021-03-05", false},
		{"a year an aim is to be reached by does not date a day (baoninhthuan)", "Ngày 25-4, Đảng ủy Khối doanh nghiệp tỉnh tổ chức hội nghị quán triệt Nghị quyết Trung ương 4 (khóa XI).\n\nHội nghị được quán triệt Nghị quyết số 13-NQ/TW về “Xây dựng kết cấu hạ tầng đồng bộ nhằm đưa nước ta cơ bản trở thành nước công nghiệp theo hướng hiện đại vào năm 2020”.", "", "", false},
		{"a year's theme chosen late in the year before, under a crawl's stamp (baolangson 2013)", "Thứ năm,  04/06/2020\n\nAnh Lê Quốc Phong trúng cử Bí thư Trung ương Đoàn\n\nNgày 21/12 tại Hà Nội, Hội nghị Ban Chấp hành Trung ương Đoàn lần thứ 4 khóa 10 thông qua Nghị quyết phát triển tổ chức Đoàn; quyết định chủ đề công tác năm 2014: Năm thanh niên tình nguyện.", "", "2013-12-21", true},
		{"a birth date is not the event's: the month header", " date 2020-06 Ông Vương Đình Huệ - Bí thư Thành ủy Hà Nội. Sinh ngày 15/3/1957, quê ở Nghi Lộc, Nghệ An.", "", "2020-06", false},
		{"a month header and a stamp of its day", " date 2025-06 23 bí thư tỉnh ủy các địa phương mới sau sáp nhập 30/06/2025 08:54\n\nBộ Chính trị đã có các quyết định chỉ định nhân sự.\n\nCác quyết định này có hiệu lực từ ngày 1-7-2025.", "", "2025-06-30", false},
		{"an effective date is not the event's", "Thứ Hai, 30/06/2025 08:54\n\nCác quyết định có hiệu lực kể từ ngày 1/7/2025.", "", "2025-06-30", false},
		{"an election with no day: the term it opens", "Trung tướng Trần Hoài Trung tái đắc cử Bí thư Đảng uỷ Quân khu 7\n\nTrung tướng Trần Hoài Trung, Bí thư Đảng uỷ Quân khu 7, nhiệm kỳ 2015 – 2020 tái đắc cử Bí thư Đảng uỷ Quân khu 7, nhiệm kỳ 2020 – 2025.", "", "2020", false},
		{"a by-election at a plenum does not open the term", "(SGGP).- Ban Chấp hành Đảng bộ tỉnh Bắc Kạn vừa tổ chức hội nghị đột xuất bầu kiện toàn chức danh Bí thư Tỉnh ủy nhiệm kỳ 2005-2010.\n\nÔng Dương Đình Hân đã được bầu giữ chức Bí thư Tỉnh ủy Bắc Kạn.", "", "", false},
		{"a round-up prints its term apart", "Trong 62 đơn vị đã đại hội, có 36 bí thư tỉnh, thành ủy tái đắc cử; 26 bí thư tỉnh, thành ủy mới.\n\nBí thư tỉnh, thành ủy nhiệm kỳ 2010 – 2015\n\nBí thư tỉnh ủy tái đắc cử:", "", "2010", false},
		{"a congress's session opens the latest term printed", "Đại hội sẽ tổng kết phong trào trong nhiệm kỳ qua (2007 - 2012), xác định nhiệm vụ trong nhiệm kỳ tới (2012 - 2017).\n\nSáng 11-3, Trung ương Hội LHPN Việt Nam đã tổ chức phiên trù bị Đại hội đại biểu phụ nữ toàn quốc lần thứ XI.", "", "2012-03-11", false},
		{"an anniversary is no lower bound", "Nhân kỷ niệm 50 năm Ngày giải phóng miền Nam (30/4/1975 - 30/4/2025), ngày 23/4, Hội Cựu chiến binh tỉnh tổ chức gặp mặt.", "", "2025-04-23", false},
		{"the agency's dispatch date is not the news's", "Hà Nội (TTXVN 11/3/2022) Tại hội nghị lần thứ nhất Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam chiều 10/3/2022, các ủy viên đã bầu Chủ tịch.", "", "2022-03-10", false},
		{"a labelled page date in a section line", "Gặp mặt đoàn đại biểu đi dự Đại hội XII Công đoàn Việt Nam\n\nChính trị - Ngày đăng : 13:55, 20/09/2018\n\nĐoàn đại biểu LĐLĐ tỉnh có 9 đại biểu.", "", "2018-09-20", false},
		{"an effective date with kể từ", "Ủy ban Thường vụ Quốc hội vừa phê chuẩn kết quả bầu Chủ tịch HĐND tỉnh Hậu Giang nhiệm kỳ 2021-2026, kể từ ngày 22/6/2021.", "", "2021", false},
		{"a document printed in full: its letterhead's day", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\n\nSố: 1234/QĐ-TLĐ\n\nHà Nội, ngày 03 tháng 8 năm 2015\n\nQUYẾT ĐỊNH\n\nHội nghị lần thứ 5 diễn ra từ ngày 02 đến 03 tháng 7 năm 2015.", "", "2015-08-03", false},
		{"a birth year in the lead is not the event's", "Ngày 5/7, Bộ Chính trị điều động ông Nguyễn Văn A, sinh năm 1963, giữ chức Bí thư Tỉnh ủy.", "", "", false},
		{"a birth year in brackets is not the event's either (tuyengiao 2014, q007)", "Chiều 30/12, tại Hà Nội, lễ trao quyết định của Bộ Chính trị đã diễn ra.\n\nTheo quyết định, các ông Lê Vĩnh Tân (sinh năm 1958 tại Đồng Tháp), Ủy viên Trung ương Đảng; Nguyễn Ngọc Bảo (sinh năm 1963 tại Thái Bình) được bổ nhiệm.", "", "", false},
		{"a profile's career years after a birth are not the event's (dantri 2004, y013)", "(Dân trí) - Ngày 9/12, HĐND TPHCM đã bầu ông Lê Minh Trí, Chủ tịch UBND Quận 1 làm Phó chủ tịch UBND TPHCM nhiệm kỳ 2004 - 2011.\n\nÔng Lê Minh Trí (sinh năm 1960, quê quán xã Tân Thông Hội, huyện Củ Chi, TPHCM), nguyên là cán bộ công an chuyển ngành, tham gia công tác từ năm 1978, vào Đảng năm 1984.", "", "", false},
		{"trap: a year before the birth in its sentence still dates the day", "Chiều 30/12, Ban Thường vụ Tỉnh ủy tổng kết công tác năm 2013, tặng quà đồng chí A (sinh năm 1930).", "", "2013-12-30", false},
		{"trap: pupils of a school year are no birth", "Chiều 30/12, Huyện ủy tuyên dương học sinh năm học 2012-2013 và tổng kết công tác năm 2013.", "", "2013-12-30", false},
		{"trap: a day printed in full after a birth is still the news", "Ông Nguyễn Văn A, sinh năm 1965, ngày 12/5/2010 được bầu giữ chức Bí thư Tỉnh ủy.", "", "2010-05-12", false},
		{"trap: a year in brackets with no birth cue still dates the day", "Chiều 30/12, Ban Thường vụ Tỉnh ủy tổng kết công tác năm (năm 2013).", "", "2013-12-30", false},
		{"the days a profile says the person joined the Party or the revolution are not the event's year (hoabinhtv 2021)", "Ngày 19/2, Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương thông báo đồng chí Trương Vĩnh Trọng từ trần.\n\nĐồng chí Trương Vĩnh Trọng, sinh ngày 11/11/1942; tham gia hoạt động cách mạng tháng 01/1960; vào Đảng ngày 25/10/1964; nhập ngũ tháng 2/1965.", "", "", false},
		{"the revolution's tradition near a day is no person's", "Ngày 12/3, Đảng ủy xã tổ chức gặp mặt; phát huy truyền thống cách mạng, ngày 5/3/2021 xã đã ra mắt câu lạc bộ.", "", "2021-03-12", false},
		{"a provincial congress under the Central Committee of khóa X", "Chỉ đạo tại phiên khai mạc đại hội, Tổng Bí thư phát biểu. Đại hội đã bầu 55 thành viên vào Ban Chấp hành Đảng bộ tỉnh khóa XIV.\n\nNgày 5.10, Ban chấp hành đã bầu Ban Thường vụ Tỉnh ủy; đồng chí Hà Sơn Nhin (Ủy viên BCHTƯ Đảng khóa X) tái đắc cử Bí thư Tỉnh ủy.", "", "2010-10-05", false},
		{"before the coming national congress", "Sáng 12/9, Đảng ủy xã tổ chức hội nghị thi đua chào mừng Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.", "", "2020-09-12", false},
		{"a provincial committee's khóa is not the Central Committee's", "Sáng 12/9, Đại hội Đảng bộ huyện bầu Ban Chấp hành Đảng bộ tỉnh khóa XV.", "", "", false},
		{"a page without a date: the first plenum of the Central Committee of khóa XI", "Phân công các đồng chí Ủy viên Bộ Chính trị tham gia Ban Bí thư Trung ương khóa XI\n\nThay mặt Bộ Chính trị, Tổng Bí thư vừa ký ban hành Quyết định số 01-QĐNS/TW.\n\nTại Hội nghị lần thứ nhất, Ban Chấp hành Trung ương khóa XI cũng đã bầu 4 đồng chí vào Ban Bí thư.", "", "2011", false},
		{"a later plenum of khóa XI dates nothing", "Phân công cán bộ\n\nTại Hội nghị lần thứ 9, Ban Chấp hành Trung ương khóa XI đã bầu bổ sung Ủy viên Bộ Chính trị.", "", "", false},
		{"a plan for congresses at every level opens no term", "KẾ HOẠCH\nTổ chức đại hội Đoàn các cấp, tiến tới Đại hội đại biểu Đoàn TNCS Hồ Chí Minh thành phố Hà Nội lần thứ XIV, nhiệm kỳ 2012 - 2017\n\nCăn cứ Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 của Ban Chấp hành Trung ương Đoàn, Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch tổ chức đại hội đoàn các cấp.", "", "2011", false},
		{"no year anywhere stays empty", "Sáng ngày 01/11, Hội Nông dân tỉnh tổ chức hội nghị sơ kết 10 năm thực hiện Nghị quyết số 19-NQ/HNDTW.", "", "", false},
		{"a span longer than a gathering is a round-up: its month", " date 2020-10 Từ ngày 21-9 đến 3-10, có 15 tỉnh trên cả nước đã tổ chức thành công Đại hội Đảng bộ nhiệm kỳ mới 2020 - 2025.", "", "2020-10", false},
		{"different days on a page dated by its month: a round-up", " date 2020-10 Ông Phan Việt Cường tái đắc cử Bí thư Tỉnh ủy Quảng Nam ngày 13/10. Trước khi tái đắc cử, ông Cường từng kinh qua nhiều chức vụ. Ông Nguyễn Văn Lợi (SN 1961, quê TP HCM) tái đắc cử bí thư Tỉnh ủy Bình Phước ngày 3/10.", "", "2020-10", false},
		{"one day told twice on a page dated by its month", " date 2020-10 Sáng 13/10, Đại hội Đảng bộ tỉnh bế mạc.\n\nNgày 13/10, các đại biểu đã bầu Ban Chấp hành Đảng bộ tỉnh.", "", "2020-10-13", false},
		{"Vừa qua over events dated one by one: a round-up", "16:36 04/10/2015\n\nVừa qua, một số cơ quan Trung ương, địa phương đã tổ chức triển khai các quyết định của Bộ Chính trị về việc điều động cán bộ.\n\nSáng 3/10, Hội nghị Ủy ban Trung ương MTTQ Việt Nam đã diễn ra tại Hà Nội.\n\nTại Hội nghị, các đại biểu đã hiệp thương.\n\nNgày 2/10, Tỉnh ủy Bình Dương tổ chức hội nghị công bố quyết định.", "", "2015-10", false},
		{"Trong thời gian qua over events dated by day and by month: a round-up", "Chủ Nhật, ngày 23/02/2020 15:30\n\nTrong thời gian qua (tính từ tháng 5 năm 2019 tới nay) nhiều tỉnh đã bầu Chủ tịch UBND tỉnh mới.\n\nCách đây 2 ngày (21/2), ông Nguyễn Tấn Tuân được bầu giữ chức Chủ tịch UBND tỉnh Khánh Hòa.\n\nTháng 12/2019, HĐND tỉnh Bình Phước đã họp và bầu bà Trần Tuệ Hiền giữ chức Chủ tịch UBND tỉnh.", "", "2020-02", false},
		// Round-ups whose lead names several places (chinhphu.vn 2015, tienphong.vn 2025, infonet 2016).
		{"several provinces' sittings: their month", "(Chinhphu.vn) – Trong kỳ họp cuối năm 2015, HĐND các tỉnh Bắc Giang, Bình Thuận, Thanh Hóa đã tiến hành kiện toàn nhân sự HĐND và UBND nhiệm kỳ 2011-2016.\n\nNgày 11/12, tại kỳ họp thứ 14 HĐND tỉnh Bắc Giang khóa XVII, các đại biểu đã biểu quyết thông qua việc miễn nhiệm.\n\nCác đại biểu cũng đã bầu Phó Chủ tịch UBND tỉnh.\n\nNgày 10/12, HĐND tỉnh Bình Thuận đã bầu Chủ tịch UBND tỉnh.", "", "2015-12", false},
		{"a week's sittings in a span: their month", " date 2025-01 TPO - Trong tuần (từ 30/12/2024 đến 4/1/2025), HĐND các tỉnh Nghệ An, Bắc Giang, Hà Giang đã tiến hành quy trình bầu chức Chủ tịch UBND tỉnh.\n\nChiều 3/1, tại Kỳ họp thứ 26, HĐND tỉnh Nghệ An khóa XVIII đã bầu ông Lê Hồng Vinh.\n\nSáng 2/1, HĐND tỉnh Bắc Giang đã bầu Chủ tịch UBND tỉnh.", "", "2025-01", false},
		{"nhiều tỉnh over days one by one", "Trong khoảng 1 tuần qua, nhiều tỉnh đã tổ chức kỳ họp thứ nhất HĐND tỉnh nhiệm kỳ 2016-2021 để bầu lãnh đạo HĐND và UBND.\n\nNgày 17/6, HĐND tỉnh Bạc Liêu khóa IX tổ chức kỳ họp thứ nhất.\n\nNgày 20/6, HĐND tỉnh Hòa Bình tổ chức kỳ họp thứ nhất.", "", "2016-06", false},
		{"guests of several provinces at one congress keep its day", "Thứ Hai, 19/10/2020 08:00\n\nĐại hội Đảng bộ tỉnh Nghệ An lần thứ XIX đã diễn ra với đại biểu các tỉnh bạn tham dự.\n\nSáng 15/10, Đại hội khai mạc.\n\nNgày 17/10, Đại hội bế mạc.", "", "2020-10-15", false},
		{"one province's sittings on two days keep the first", "Thứ Hai, 14/12/2015 08:00\n\nHĐND tỉnh Bắc Giang đã tiến hành kỳ họp thứ 14.\n\nNgày 10/12, kỳ họp khai mạc.\n\nNgày 11/12, kỳ họp bế mạc.", "", "2015-12-10", false},
		{"Vừa qua over one event", "16:36 04/10/2015\n\nVừa qua, Tỉnh ủy tổ chức hội nghị công bố quyết định của Bộ Chính trị.\n\nSáng 3/10, đồng chí Nguyễn Văn A (sinh ngày 2/10/1970) đã nhận quyết định.", "", "2015-10-03", false},
		{"decisions in effect two days later fix the year, not the day", "Chiều 3/10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố các quyết định về công tác cán bộ.\n\nCác quyết định có hiệu lực kể từ ngày 5/10/2024.", "", "2024-10-03", false},
		{"an effective date far from the meeting fixes nothing", "Chiều 3/10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố các quyết định.\n\nQuy định có hiệu lực từ ngày 1/3/2016.", "", "", false},
		{"the term of the posts a congress fills, printed before it", "Ông Hầu A Lềnh được Bộ Chính trị chỉ định tiếp tục giữ chức Bí thư Tỉnh ủy Tuyên Quang nhiệm kỳ 2025-2030.\n\nQuyết định được công bố tại phiên khai mạc Đại hội Đảng bộ tỉnh Tuyên Quang sáng 24/9.", "", "2025-09-24", false},
		{"a month spaced off its dash", "Xã hội TP - Chiều 24- 12, Đại hội đại biểu Đảng bộ Khối các cơ quan T.Ư nhiệm kỳ 2010- 2015 đã bế mạc.", "", "2010-12-24", false},
		{"a letterhead whose day was left blank: its month", "Hướng dẫn tiêu chuẩn và hồ sơ xét kết nạp Đảng viên\n\nĐẢNG ỦY TRƯỜNG ĐẠI HỌC\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố -/ĐU\n\nThái Nguyên, ngày       tháng 10 năm 2021\n\nQUYẾT ĐỊNH\n\nCăn cứ Hướng dẫn số 01-HD/BTCĐU ngày 10/5/2021 của Ban Tổ chức Đảng ủy về tiêu chuẩn xét kết nạp Đảng.", "", "2021-10", false},
		{"a council's first meeting opens its term", "Hội đồng nhân dân Thành phố Hội An khóa XI, nhiệm kỳ 2016 – 2021 vừa tổ chức cuộc họp lần thứ nhất để bầu các chức danh chủ chốt của HĐND, UBND.", "", "2016", false},
		{"an election told in a session of the congress reported", "Đồng thời tiến hành thảo luận về Dự thảo Báo cáo Chính trị nhiệm kỳ 2017-2022.\n\nTại Đại hội, đa số các đại biểu nhất trí với nội dung Báo cáo.\n\nTrước khi kết thúc phiên làm việc buổi chiều, Đại hội đã công bố kết quả bầu cử Ban chấp hành khóa VI.", "", "2017", false},
		{"an election at a later plenum opens nothing", "Tại Hội nghị lần thứ 9, Ban Chấp hành Đảng bộ tỉnh khóa XV, nhiệm kỳ 2020-2025 đã bầu bổ sung Phó Bí thư Tỉnh ủy.", "", "", false},
		{"a blog's stamp line in English", "Saturday, 6 August 2011\n\nQuốc hội 13 - Kỳ họp 1\n\nSau đây là kết quả của kỳ họp thứ nhất, Quốc hội khóa 13.", "", "2011-08-06", false},
		{"a short furniture line ending with the day", "Ông Hoàng Công Hoàn thôi chức bí thư Tỉnh ủy Lạng Sơn\nCác Website khác - 29/03/2006\n\nBộ Chính trị vừa có quyết định điều động ông Hoàng Công Hoàn về giữ chức Phó ban Quản trị tài chính trung ương.", "", "2006-03-29", false},
		{"a stamp whose section follows a bar, its time before the day (suckhoedoisong 2016, v007)", "Hàng ngàn người đội mưa đưa tiễn Bí thư Tỉnh ủy Yên Bái\n\nThứ bảy, 16:00 20/08/2016 | Xã hội\n\nSuốt từ 6h đến 8h hôm nay, hàng ngàn người dân tỉnh Yên Bái đã đến thắp hương kính viếng đồng chí Bí thư Tỉnh ủy.", "", "2016-08-20", false},
		{"the crawl's stamp above the article's, whose time and zone follow a bar; the article's is the earlier (baoquangninh 2022, v001)", "Tất cả chuyên mục\nThứ Ba, 24/12/2024 03:07 (GMT +7)\nNgười đảng viên 85 năm sắt son với Đảng\nThứ 6, 04/11/2022 | 11:27:54 [GMT +7] A A\nTrong suốt những năm tháng công tác ở Quảng Ninh, đồng chí Nguyễn Thọ Chân luôn khắc ghi lời Bác Hồ dạy.", "", "2022-11-04", false},
		// The site's day alone at the top over the article's stamp with its time (tuyengiao 2021, cy008; tinhuyhaiduong 2022, b035); traps: a later stamp, a stamp line with words before the day, a stamp far down.
		{"the site's day alone above the article's stamp with its time (tuyengiao 2021, cy008)", "Thứ Năm, 19/9/2024\nThời sự - Chính trị\nThứ Tư, 1/12/2021 15:39'(GMT+7)\n\nĐồng chí Nguyễn Thị Doan tái đắc cử chức Chủ tịch Hội Khuyến học Việt Nam\n\nPhát biểu khai mạc Đại hội, Chủ tịch Hội Khuyến học Việt Nam Nguyễn Thị Doan cho biết.", "", "2021-12-01", false},
		{"the site's day with ngày above the article's stamp (tinhuyhaiduong 2022, b035)", "Thứ sáu, ngày 1/3/2024\n\nĐồng chí Lê Văn Hiệu điều hành hoạt động của Tỉnh ủy Hải Dương\n\nThứ Hai 19/09/2022 17:07\n\nBan Thường vụ Tỉnh ủy đã họp.", "", "2022-09-19", false},
		{"trap: a stamp with its time after the day alone, but later, is no article's", "Thứ Năm, 19/9/2024\nThời sự - Chính trị\nThứ Sáu, 20/9/2024 15:39\n\nĐồng chí Nguyễn Thị Doan phát biểu.", "", "2024-09-19", false},
		{"trap: a time-stamped day far down the page is not the article's stamp", "Thứ Năm, 19/9/2024\nThời sự - Chính trị\nĐồng chí Nguyễn Thị Doan tái đắc cử.\nChủ tịch Hội phát biểu.\nCác đại biểu dự lễ khai mạc.\nẢnh tư liệu\nThứ Tư, 1/12/2021 15:39\n\nĐồng chí Nguyễn Thị Doan phát biểu.", "", "2024-09-19", false},
		{"a headline ending with a document's day is no stamp", "Kết luận 21-KL/TW ngày 25/10/2021\n\nChiều 3/12, Đảng ủy tổ chức hội nghị quán triệt.", "", "", false},
		{"a page date on the very day printed is the article's, over the term of a congress held late (baolongan 2018)", "29/01/2018 - 20:02\n\nNgày 29/01, Hội Luật gia (HLG) tỉnh Long An tổ chức phiên trù bị Đại hội Đại biểu (ĐB) lần thứ V, nhiệm kỳ 2017-2022.", "", "2018-01-29", false},
		{"trap: a page date a year after another day is still a crawl's", "29/01/2018 - 20:02\n\nNgày 28/01, Hội Luật gia tỉnh Long An tổ chức Đại hội Đại biểu lần thứ V, nhiệm kỳ 2017-2022.", "", "2017-01-28", true},
		{"an election named in the headline, then a by-election at a plenum", "Đồng chí Lê Minh Khái, được bầu giữ chức Bí thư Tỉnh ủy Bạc Liêu\n\nCũng tại hội nghị, Ban Chấp hành Đảng bộ tỉnh Bạc Liêu đã tiến hành bỏ phiếu bầu chức danh Bí thư Tỉnh ủy nhiệm kỳ 2010-2015.", "", "", false},
		{"a dated day the lead goes back to is before the event, not its year", "Thứ Hai, 27/01/2025 10:15\n\nNgày 24/1, Bộ Chính trị ban hành Kết luận số 121-KL/TW.\n\nNgày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ.", "", "2025-01-24", false},
		{"a dated day just after the event gives its year", "Sáng 29-2, Hội Cựu chiến binh Thành phố tổ chức hội nghị công bố quyết định.\n\nĐồng chí Nguyễn Văn Chương giữ chức Chủ tịch Hội từ ngày 1-3-2016.", "", "2016-02-29", false},
		{"the annual resolution is made the year before", "Sáng ngày 28/11, Đảng uỷ quân sự thành phố tổ chức hội nghị ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2024.", "", "2023-11-28", false},
		{"a review of the annual resolution in its own year", "Sáng ngày 28/11, Đảng uỷ quân sự tổ chức hội nghị tổng kết thực hiện nghị quyết lãnh đạo nhiệm vụ năm 2023.", "", "2023-11-28", false},
		{"a founding text's edition dates nothing", "Sáng nay (28/7), Tỉnh ủy Bình Định tổ chức thông báo nhanh kết quả Hội nghị Trung ương 10.\n\nĐồng chí đã đề cập một số vấn đề về bổ sung và phát triển Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên CNXH (Cương lĩnh năm 1991).", "", "", false},
		{"a law's year dates nothing", "Sáng 12/3, Sở Tư pháp tổ chức hội nghị tuyên truyền Luật Cán bộ, công chức năm 2008.", "", "", false},
		{"a discipline review's year is no law's", "Sáng 12/1, Ủy ban Kiểm tra tổ chức hội nghị tổng kết công tác kiểm tra, thi hành kỷ luật đảng năm 2023.", "", "2024-01-12", false},
		{"the first year of a period that runs on", "Chiều 14/5, Đảng ủy Khối các cơ quan tỉnh đã tổ chức Hội nghị Sơ kết 02 năm thực hiện Chỉ thị 05 của Bộ Chính trị.\n\nĐồng thời xác định rõ các nội dung, lộ trình cần làm ngay trong năm 2016 và những năm tiếp theo.", "", "", false},
		{"a header printed month first, the text day first", " date 2025-03-10 Sáng 3/10, Đại hội đại biểu Đảng bộ tỉnh Nghệ An khóa XX, nhiệm kỳ 2025 - 2030 đã biểu quyết thông qua Nghị quyết.", "", "2025-10-03", false},
		{"a posting time the day after", "Gửi lúc: 05/12/2013 09:12\n\nChiều 4/12, Huyện ủy tổ chức hội nghị.", "", "2013-12-04", false},
		{"a page stamp printed year first with dots", "Ông Nguyễn Minh Triết tiếp tục giữ chức Chủ tịch nước\n\n2007.07.24\n\nÔng Nguyễn Minh Triết được quốc hội bầu lại để tiếp tục giữ chức Chủ tịch nước, trong phiên họp Quốc hội hôm nay tại Hà Nội.", "", "2007-07-24", false},
		{"an undated programme carrying out a resolution is not of the resolution's year", "Chương trình của Ban Chấp hành Đảng bộ tỉnh Khóa XVI thực hiện Nghị quyết số 45-NQ/TW, ngày 24-11-2023 của Ban Chấp hành Trung ương Đảng về tiếp tục xây dựng đội ngũ trí thức.", "", "", false},
		// A standing document's day is no year of a page with no day of its
		// own (cucthongke w001, utc.edu.vn w005).
		{"trap: the days of the documents a page rests on date nothing", "HỌC TẬP VÀ LÀM THEO TẤM GƯƠNG ĐẠO ĐỨC HỒ CHÍ MINH\n\nCăn cứ Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị và Kế hoạch số 03-KH/TW ngày 25-7-2016 của Ban Bí thư Trung ương Đảng, Hướng dẫn số 08-HD/BTGTW ngày 19-8-2016 của Ban Tuyên giáo Trung ương.", "", "", false},
		{"trap: a plan's number without its sign", "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ chính trị và Kế hoạch số 155, ngày 07/7/2019 của Thành ủy Hà Nội, Đảng ủy Khối xây dựng Kế hoạch như sau:", "", "", false},
		{"a day of the news itself still gives the year", "Căn cứ Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị, ngày 12/3/2018 Huyện ủy tổ chức hội nghị sơ kết.", "", "2018-03-12", false},
		{"an undated decision after the one that made the vacancy", "Ban Thường vụ Thành ủy vừa có quyết định kiện toàn Ban Chỉ đạo.\n\nĐồng chí Nguyễn Hồ Hải giữ nhiệm vụ Trưởng Ban chỉ đạo (thay đồng chí Nguyễn Văn Hiếu, đã nhận nhiệm vụ mới theo Quyết định số 685-QĐNS/TW ngày 25/5/2023 của Bộ Chính trị).", "", "2023", false},
		{"months just reported give the year of an undated meeting", "Sáng nay, đồng chí Nguyễn Duy Lâm, Bí thư Tỉnh ủy chủ trì buổi gặp mặt cán bộ nghỉ hưu.\n\nTừ tháng 1 đến tháng 9 năm 2025, Hà Tĩnh có 22 đồng chí đủ tuổi nghỉ hưu.", "", "2025", false},
		{"months ahead are no period reported", "Sáng nay, Tỉnh ủy tổ chức hội nghị.\n\nTỉnh dự kiến từ tháng 10 đến tháng 12 năm 2026 hoàn thành việc sắp xếp.", "", "", false},
		{"an emulation congress closes its period", "Sáng 5/6, Hội Cựu chiến binh tỉnh tổ chức Đại hội thi đua yêu nước giai đoạn 2006 – 2010.", "", "2010-06-05", false},
		{"a party congress opens its term, its period of plans says nothing", "Sáng 5/6, Đại hội Hội Cựu chiến binh tỉnh lần thứ VI, nhiệm kỳ 2012 – 2017 thông qua kế hoạch giai đoạn 2012 – 2017.", "", "2012-06-05", false},
		{"a record under căn cứ is no event, it bounds the decision", "Căn cứ Biên bản kiểm phiếu ngày 22/4/2016 của Hội nghị Ban Chấp hành.\n\nNgày 25/4, Ban Thường vụ ban hành quyết định chuẩn y.", "", "2016-04-25", false},
		{"two days with dots sharing a month", "Trong 2 ngày 14 và 15.1.2019, Đảng bộ tổ chức hội nghị tổng kết.", "", "2019-01-15", false},
		{"related news under Tin mới cập nhật never dates the page", "Chiều 4/12, Huyện ủy tổ chức hội nghị với sự tham dự của đông đảo cán bộ, đảng viên.\n\nĐồng chí Bí thư phát biểu chỉ đạo hội nghị.\n\nTin mới cập nhật\n\n- Thủ tướng yêu cầu đẩy mạnh giải ngân vốn đầu tư công năm 2019 ( 13/09)\n\n- Bộ Chính trị làm việc với Ban Thường vụ ( 12/01/2019)", "", "", false},
		{"a coming congress in a directive's subject is the directive's, not the event's", "Chiều 9/8, Tổng Bí thư Tô Lâm chủ trì buổi làm việc với Ban Thường vụ Thành ủy Hà Nội về việc quán triệt, triển khai thực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.", "", "2024-08-09", false},
		// A local congress numbered before "Đảng bộ" is no national one (utc.edu.vn, w005).
		{"trap: a local congress's number before Đảng bộ gives no national year", "Đảng ủy Khối các trường Đại học, Cao đẳng Hà Nội xây dựng Kế hoạch tổ chức đại hội Đảng các cấp tiến tới Đại hội đại biểu lần thứ III Đảng bộ Khối như sau:", "", "", false},
		{"trap: nor before Đảng ủy", "Chiều 5/6, Huyện ủy tổ chức hội nghị chào mừng Đại hội đại biểu lần thứ XII Đảng ủy Khối.", "", "", false},
		{"the national congress named with của Đảng still gives its year", "Chiều 5/6, Huyện ủy tổ chức hội nghị chào mừng Đại hội đại biểu toàn quốc lần thứ XII của Đảng.", "", "2015-06-05", false},
		{"directives about congresses to come date no undated conference", "QĐND - Đảng ủy Quân khu 9 vừa tổ chức hội nghị quán triệt, triển khai các văn bản chỉ đạo về Đại hội Đảng các cấp trong LLVT quân khu tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng.", "", "", false},
		{"an election refilling a post relieved opens no term", "Tại kỳ họp, HĐND huyện thực hiện quy trình miễn nhiệm chức danh Chủ tịch UBND huyện đối với đồng chí Bùi Ngọc La do nhận nhiệm vụ mới; đồng thời tiến hành bầu chức danh Chủ tịch UBND huyện khóa VI nhiệm kỳ 2021 – 2026.", "", "", false},
		{"a crawl month over a lead of speeches: the first congress dated further on", " date 2017-03 Thủ tướng Chính phủ Nguyễn Tấn Dũng thay mặt Bộ Chính trị tới dự và chỉ đạo đại hội.\n\nThủ tướng nhấn mạnh: Hải Phòng cần mạnh dạn là địa phương đi đầu.\n\nThủ tướng Nguyễn Tấn Dũng phát biểu chỉ đạo đại hội Đảng bộ TP Hải Phòng. Ảnh: TTXVN\n\nCùng ngày, Đại hội đại biểu Đảng bộ tỉnh Bà Rịa-Vũng Tàu lần thứ VI nhiệm kỳ 2015-2020 đã khai mạc. Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa X gồm 52 thành viên.\n\nChiều 22-10, Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ X (nhiệm kỳ 2015-2020) bế mạc.", "", "2015-10-22", true},
		{"a page with its day keeps it over a date further on", "Thứ Hai, 05/09/2022 09:15\n\nĐảng bộ xã tổ chức hội nghị sơ kết công tác.\n\nĐồng chí Bí thư phát biểu.\n\nCác đại biểu thảo luận.\n\nHội nghị thống nhất cao về các nhiệm vụ.\n\nHội nghị đề ra năm giải pháp.\n\nCác chi bộ cam kết thực hiện.\n\nNgày 1/9, Ban Thường vụ đã họp chuẩn bị.", "", "2022-09-05", false},
		{"the same day printed with its year wins over a page date", "Thứ Năm, 02/03/2017 08:00\n\nChiều 22-10, Đại hội đại biểu Đảng bộ tỉnh An Giang bế mạc.\n\nĐại hội diễn ra từ ngày 20/10/2015 đến ngày 22/10/2015 tại thành phố Long Xuyên.", "", "2015-10-22", true},
		{"a founding on the same day is no print of the event's", "Thứ Hai, 03/02/2025 08:00\n\nSáng 3/2, Tỉnh ủy tổ chức lễ kỷ niệm.\n\nĐảng Cộng sản Việt Nam được thành lập ngày 3/2/1930.", "", "2025-02-03", false},
		{"a document of the same day a year before is no print of the event's", "Thứ Ba, 23/12/2025 08:00\n\nSáng 22/12, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.", "", "2025-12-22", false},
		{"a post left for one of the next term: the turn of the terms", "Ngày 16/10, ông Nguyễn Thanh Bình đã công bố các quyết định của Bộ Chính trị.\n\nBộ Chính trị quyết định điều động ông Võ Kim Cự thôi giữ chức vụ Bí thư Tỉnh ủy Hà Tĩnh nhiệm kỳ 2010-2015 để giữ chức Bí thư Đảng đoàn Liên minh Hợp tác xã Việt Nam nhiệm kỳ 2015-2020.", "", "2015-10-16", false},
		{"terms that do not meet date no transfer", "Ngày 16/10, Bộ Chính trị quyết định điều động ông A thôi giữ chức Bí thư Tỉnh ủy nhiệm kỳ 2015-2020 để giữ chức Trưởng đoàn đại biểu Quốc hội nhiệm kỳ 2016-2021.", "", "", false},
		{"terms listed with no one moved", "Ngày 16/10, Tỉnh ủy tổng kết nhiệm kỳ 2010-2015 và bàn phương hướng nhiệm kỳ 2015-2020 của các chi bộ.", "", "", false},
		{"a day ahead of the page's own is not the news's event", "CHUẨN BỊ KỸ LƯỠNG CHO NGÀY HỘI TOÀN DÂN\n\n09:47, 15/03/2021\n\nQuốc hội đã quyết định ngày bầu cử đại biểu Quốc hội khóa XV là vào Chủ nhật, ngày 23/5/2021. Đến nay, công tác chuẩn bị đang được gấp rút tiến hành.", "", "2021-03-15", false},
		{"a posting a day after its event keeps the event's day", "Gửi lúc: 05/12/2013 09:12\n\nNgày 4/12/2013, Huyện ủy tổ chức hội nghị.", "", "2013-12-04", false},
		{"a plan's congresses are not yet held", "KẾ HOẠCH\n\nTổ chức đại hội Đoàn các cấp, tiến tới Đại hội đại biểu Đoàn TNCS Hồ Chí Minh thành phố Hà Nội lần thứ XIV, nhiệm kỳ 2012 - 2017\n\nCăn cứ Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 của Ban Chấp hành Trung ương Đoàn, Thành đoàn ban hành Kế hoạch.\n\nI. YÊU CẦU\n\n1. Đại hội Đoàn các cấp và Đại hội đại biểu Đoàn TNCS Hồ Chí Minh thành phố Hà Nội lần thứ XIV, nhiệm kỳ 2012 - 2017 phải quán triệt sâu sắc tư tưởng chỉ đạo của Nghị quyết Đại hội Đảng toàn quốc lần thứ XI.", "", "2011", false},
		// A review of N years of a dated document is held N years on (ttthlak.gov.vn 2021, hcmcpv 2024, district3 2016).
		{"a review of five years of a dated directive", "Chiều ngày 19/5, BTV Huyện ủy tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ chính trị về “Đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.", "", "2021-05-19", false},
		{"a review of ten years, the directive printed state-style", "Chiều 25/10, Ban Thường vụ Thành ủy tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số 34/CT-TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng.", "", "2024-10-25", false},
		{"the results of two years carried out", "Sáng 18/1, Đảng ủy Khối tổ chức hội nghị đánh giá kết quả 2 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.", "", "2018-01-18", false},
		{"a later day printed puts the review later still", "Ngày 14/5, Huyện ủy tổ chức sơ kết 2 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, theo Kế hoạch số 50-KH/TU ngày 20/3/2019 của Tỉnh ủy.", "", "2019-05-14", false},
		{"years of a programme's own are no review of the document", "Ngày 14/5, Huyện ủy ban hành kế hoạch 5 năm thực hiện Nghị quyết số 05-NQ/TU ngày 15/11/2016 của Tỉnh ủy.", "", "2017-05-14", false},
		{"a review of a document printed without its date dates nothing", "Chiều 14/5, Đảng ủy Khối tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05 của Bộ Chính trị.", "", "", false},
		// An anniversary's span repeats one day of the year, a life's does not.
		{"a birthday's anniversary span dates the day", "Sáng 19/5, Huyện ủy tổ chức lễ kỷ niệm 131 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2021).", "", "2021-05-19", false},
		{"a life's span after the birth is no anniversary", "Chiều 10/7, Tỉnh ủy tổ chức hội thảo về thân thế đồng chí Lê Duẩn, ngày sinh, ngày mất (7/4/1907 - 10/7/1986).", "", "", false},
		// A retirement's day is the person's, not the sitting's (gialaitv 2020, dantri 2025, plo 2025).
		{"a retirement's day under a month header", " date 2020-07 HĐND huyện Chư Prông vừa tổ chức thành công Kỳ họp lần thứ Mười một, khóa XII, nhiệm kỳ 2016-2021.\n\nKỳ họp đã miễn nhiệm chức vụ Chủ tịch HĐND huyện khóa XII đối với ông Bùi Viết Hội vì lý do nghỉ hưu hưởng chế độ bảo hiểm xã hội từ ngày 1/6/2020.", "", "2020-07", false},
		{"a retirement after the meeting bounds nothing", "Chiều ngày 28/2, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định.\n\nĐồng chí Nguyễn Văn A nghỉ hưu theo chế độ từ ngày 1/3/2024.", "", "", false},
		{"a meeting's day after a retirement's word is the meeting's", "Ngày 1/3/2024, Tỉnh ủy tổ chức hội nghị trao quyết định nghỉ hưu cho các đồng chí.", "", "2024-03-01", false},
		// A quarter reviewed or planned (baokhanhhoa 2022, baoquangnam 2020).
		{"a quarter reviewed", "Sáng 22-9, Ủy ban Kiểm tra Tỉnh ủy Khánh Hòa tổ chức hội nghị giao ban công tác kiểm tra, giám sát quý III/2022 với các huyện, thị, thành ủy và đảng ủy trực thuộc Tỉnh ủy.", "", "2022-09-22", false},
		{"a quarter planned", "Sáng 8.10, Huyện ủy Núi Thành tổ chức hội nghị Ban Chấp hành khóa XXII (mở rộng) lần thứ 4 nhằm sơ kết tình hình công tác 9 tháng đầu năm, bàn nhiệm vụ trọng tâm quý IV.2020 và thông qua một số nội dung quan trọng khác.", "", "2020-10-08", false},
		{"a tiểu sử's line is a step of the career, not the news: only the year of the latest bounds the page", "Tiểu sử đồng chí Nguyễn Văn Anh\n\nĐồng chí Nguyễn Văn Anh, sinh ngày 5/5/1970, quê quán tỉnh Nghệ An.\n\n● 4/2010 - 4/2015: Phó Bí thư Huyện ủy Quỳnh Lưu, tỉnh Nghệ An.\n\n● 1/7/2021: Phó Chủ tịch UBND tỉnh Nghệ An.", "", "2021", false},
		{"trap: a day with its cue before a colon is the event's", "Ngày 19/5/2021: Huyện ủy tổ chức hội nghị sơ kết công tác.", "", "2021-05-19", false},
		{"the fourth quarter reviewed early in the next year", "Sáng 8/1, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị giao ban công tác kiểm tra, giám sát quý IV/2020.", "", "2021-01-08", false},
		{"trap: a quarter reviewed at its end is of its own year, not the next", "Chiều 30/3, Huyện ủy tổ chức hội nghị sơ kết công tác quý I/2021 và triển khai nhiệm vụ quý II/2021.", "", "2021-03-30", false},
		{"trap: a quarter printed with năm, reviewed at its end", "Chiều 30/3, Huyện ủy tổ chức hội nghị sơ kết công tác quý I năm 2021.", "", "2021-03-30", false},
		{"trap: the fourth quarter planned as it opens is of its own year", "Sáng 2/10, Huyện ủy tổ chức hội nghị triển khai nhiệm vụ quý IV/2021.", "", "2021-10-02", false},
		{"the first quarter planned late in the year before", "Sáng 20/12, Đảng ủy xã tổ chức hội nghị tổng kết công tác năm 2020, triển khai nhiệm vụ quý I/2021.", "", "2020-12-20", false},
		// An effective date bounds a day printed, but dates no event alone (realset j035, h002).
		{"an earlier assignment's effective date dates no undated announcement", "Ban Tổ chức Trung ương Đảng đã công bố quyết định của Bộ Chính trị phân công ông Đào Ngọc Dung giữ chức quyền Bí thư thứ nhất BCH T.Ư Đoàn TNCS Hồ Chí Minh.\n\nTrước đó, ông Hoàng Bình Quân đã được phân công giữ chức Bí thư tỉnh ủy Tuyên Quang kể từ ngày 1-3-2005.", "", "", false},
		{"a task taken up from a day before the sitting gives the sitting's year", "Sáng 28/4, HĐND tỉnh khai mạc kỳ họp chuyên đề.\n\nCác đại biểu đã biểu quyết cho thôi làm nhiệm vụ đại biểu HĐND tỉnh đối với đồng chí Nguyễn Hữu Thạch, do nhận nhiệm vụ mới, kể từ ngày 18/4/2022.", "", "2022-04-28", false},
		{"deadlines are not the event's", "Các chi bộ hoàn thành đại hội trước ngày 30/4/2025. Sáng 2/3/2025, Huyện ủy tổ chức hội nghị.", "", "2025-03-02", false},
		// The day an appointment takes effect is not the news's (kienthuc 2020, a round-up under its month); traps: a day opening the news, a span of days.
		{"an appointment's từ ngày in a round-up is not its day", " date 2020-06 Bà Nguyễn Thanh Hải - Bí thư Tỉnh ủy Thái Nguyên. Bà Nguyễn Thanh Hải được Bộ Chính trị điều động, phân công giữ chức Bí thư Tỉnh ủy Thái Nguyên nhiệm kỳ 2015-2020 từ ngày 23/5.", "", "2020-06", false},
		{"an appointment's từ ngày alone dates nothing", "Ông Trần Sỹ Thanh được Bộ Chính trị phân công giữ chức Bí thư Tỉnh ủy Bắc Giang từ ngày 15/6.", "", "", false},
		{"the day an appointment is announced is the news's", "Ngày 15-6, ông Tô Huy Rứa công bố quyết định phân công ông Trần Sỹ Thanh giữ chức Bí thư Tỉnh ủy Bắc Giang nhiệm kỳ 2010-2015.\n\nThứ Sáu, 15/06/2012 23:37", "", "2012-06-15", false},
		{"a span of days after an appointment stays a gathering's", "Thứ Hai, 25/05/2020 08:00\n\nSau khi được phân công giữ chức Bí thư, từ ngày 20 đến 22/5, bà Nguyễn Thanh Hải đi thăm các huyện.", "", "2020-05-22", false},
		// Deaths: a notice is dated by the death's month, news days after a death by its year (hoabinhtv 2021, sggp 2020, thanhhoa24h 2018); traps: a death long before, a notice with no year.
		{"a notice on the death's own day: its month", "Tin buồn: Nguyên Phó Thủ tướng Trương Vĩnh Trọng từ trần\n\n13:04 21/02\n\nNgày 19/2, Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương thông báo Nguyên Phó thủ tướng Chính phủ Trương Vĩnh Trọng từ trần.\n\nĐồng chí Trương Vĩnh Trọng sinh ngày 11/11/1942; vào Đảng ngày 25/10/1964.\n\nDo tuổi cao, sức yếu, đồng chí đã từ trần hồi 03 giờ 25 phút ngày 19/02/2021.", "", "2021-02", false},
		{"a notice with no day of its own: the death's month", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam và gia đình vô cùng thương tiếc báo tin:\n\nĐồng chí Trần Quốc Hương sinh ngày 20-12-1924.\n\nDo tuổi cao, sức yếu, đồng chí đã từ trần hồi 10 giờ 10 phút ngày 11-6-2020 tại Bệnh viện Thống Nhất.", "", "2020-06", false},
		{"a communiqué days after a death: its day, the death's year", "Tang lễ Chủ tịch nước Trần Đại Quang sẽ được tổ chức theo nghi thức Quốc tang trong 2 ngày 26 - 27.9.\n\nChiều 23.9, BCH T.Ư Đảng, Quốc hội, Chủ tịch nước, Chính phủ đã phát đi thông cáo đặc biệt về tang lễ.\n\nTheo thông cáo, Chủ tịch nước Trần Đại Quang đã từ trần hồi 10 giờ 05 phút ngày 21.9.2018.", "", "2018-09-23", false},
		{"a death long before the news dates nothing", "Sáng 5/3, Tỉnh ủy tổ chức hội thảo khoa học về đồng chí Lê Duẩn.\n\nĐồng chí Lê Duẩn đã từ trần ngày 10/7/1986.", "", "", false},
		{"a notice whose death has no year dates nothing", "Vô cùng thương tiếc báo tin: đồng chí Nguyễn Văn A đã từ trần hồi 9 giờ ngày 5/3.", "", "", false},
		// A vision's year (baonghean, of 2012); trap: a year's tasks.
		{"a vision's year without vào dates nothing", "Sáng nay 25/4, Đảng ủy Khối doanh nghiệp tổ chức Hội nghị quán triệt Nghị quyết Trung ương 4 (Khóa XI).\n\nCác đại biểu được nghe quán triệt Nghị quyết về “Xây dựng hệ thống kết cấu hạ tầng đồng bộ nhằm đưa nước ta cơ bản trở thành nước công nghiệp theo hướng hiện đại năm 2020”.", "", "", false},
		{"a year's tasks still date a day of January", "Sáng 10/1, Đảng ủy xã tổ chức hội nghị triển khai nhiệm vụ năm 2020.", "", "2020-01-10", false},
		// Preparing an anniversary comes before it (mbaomoi 2007); trap: the anniversary held.
		{"a plan for an anniversary comes before its day", "Ngày 6.11, Phó Chủ tịch UBND tỉnh Lê Minh Tùng chủ trì triển khai kế hoạch tổ chức kỷ niệm 120 năm Ngày sinh Chủ tịch Tôn Đức Thắng (20.8.1888-20.8.2008).", "", "2007-11-06", false},
		{"an anniversary held on its day", "Sáng 20.8, tỉnh tổ chức lễ kỷ niệm 120 năm Ngày sinh Chủ tịch Tôn Đức Thắng (20.8.1888-20.8.2008).", "", "2008-08-20", false},
		// A review of N years of a dated directive, no day printed (baomoi 2010).
		{"a review of ten years with no day: its year", "Tỉnh ủy Phú Yên vừa tổ chức Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 59-CT/TW, ngày 15/12/2000 của Bộ Chính trị (khóa VIII).", "", "2010", false},
		// A retirement told as done bounds the news after it (vietnamplus 2014); the coming one's trap is above.
		{"a retirement already taken gives the year", "Ngày 28/4, Ban Chấp hành Đảng bộ tỉnh Lai Châu khóa XII đã tổ chức Hội nghị bầu chức danh Phó Bí thư Tỉnh ủy.\n\nÔng Vũ Văn Hoàn được bầu thay ông Tô Như Sơn, Phó Bí thư Thường trực Tỉnh ủy đã được nghỉ hưu theo chế độ từ ngày 1/3/2014.", "", "2014-04-28", false},
		// Background told after the news (plo 2013); trap: the same day as the news.
		{"Trước đó dates what led to the news", "Theo đó, Thủ tướng phê chuẩn việc miễn nhiệm chức vụ chủ tịch UBND tỉnh Trà Vinh đối với ông Trần Khiêu. Quyết định có hiệu lực thi hành kể từ ngày 18-7-2013. Trước đó, ngày 10-7, HĐND tỉnh Trà Vinh đã bỏ phiếu thống nhất miễn nhiệm.\n\nTrong ngày 18-7, Thủ tướng cũng ký các quyết định phê chuẩn kết quả bầu chức vụ phó chủ tịch UBND tỉnh Trà Vinh.", "", "2013-07-18", false},
		{"a day without Trước đó is the news's", "Ngày 10-7, HĐND tỉnh Trà Vinh đã bỏ phiếu miễn nhiệm. Quyết định có hiệu lực thi hành kể từ ngày 18-7-2013.", "", "2013-07-10", false},
		// A first plenum's session opens the term (baomoi.net.vn 2020); trap: a later session.
		{"họp phiên thứ nhất opens the term", "Sáng 24/9, Ban Chấp hành Đảng bộ tỉnh Kon Tum khóa XVI, nhiệm kỳ 2020 - 2025 đã họp phiên thứ nhất bầu Ban Thường vụ Tỉnh ủy.", "", "2020-09-24", false},
		{"a later session opens nothing", "Sáng 24/9, Ban Chấp hành Đảng bộ tỉnh khóa XVI, nhiệm kỳ 2020 - 2025 đã họp phiên thứ năm.", "", "", false},
		// A day a report is told (cho biết) of a meeting dated days before (plo 2025); traps: no cho biết, a later day.
		{"cho biết tells of a meeting days before", "Đà Nẵng: Khai trừ đảng chủ tịch xã 07/09/2025 15:26\n\nNgày 7-9, Văn phòng Thành ủy Đà Nẵng cho biết đã có thông cáo báo chí kỳ họp thứ 3 của Ủy ban Kiểm tra Thành ủy.\n\nTheo đó, chiều 4-9, bà Lê Thị Mỹ Hạnh, Chủ nhiệm UBKT Thành ủy chủ trì kỳ họp thứ 3.", "", "2025-09-04", false},
		{"a communiqué issued is its own news", "Thứ Hai, 07/09/2025 15:26\n\nNgày 7-9, Văn phòng Thành ủy phát đi thông cáo báo chí.\n\nChiều 4-9, Ủy ban Kiểm tra Thành ủy họp kỳ thứ 3.", "", "2025-09-07", false},
		{"cho biết of a day to come keeps the report's day", "Thứ Hai, 07/09/2025 15:26\n\nNgày 7-9, Văn phòng Thành ủy cho biết kỳ họp sẽ diễn ra.\n\nChiều 10-9, Ủy ban Kiểm tra Thành ủy họp kỳ thứ 3.", "", "2025-09-07", false},
		// A deadline set days ahead fixes the meeting's year (baomoi 2016); trap: one months ahead.
		{"a deadline the next day gives the year", "Chiều ngày 14/4, Hội nghị UBTƯ MTTQ Việt Nam lần thứ năm, khóa VIII đã hiệp thương cử bổ sung một số chức danh.\n\nTại hội nghị, Phó Chủ tịch Bùi Thị Thanh đã trình bày tờ trình về việc thôi chức vụ Phó Chủ tịch - Tổng thư ký đối với ông Vũ Trọng Kim trước ngày 15/4/2016.", "", "2016-04-14", false},
		{"a deadline months ahead gives nothing", "Sáng 10/1, Ban Thường vụ Huyện ủy họp, yêu cầu các chi bộ hoàn thành trước ngày 30/6/2025.", "", "", false},
		// A Tờ trình's day is a document's (mvietnamnet).
		{"a submission's day is a document's", "Thứ Hai, 22/05/2017 08:00\n\nBộ Nội vụ có tờ trình 2461 ngày 18/5 về việc phê chuẩn kết quả miễn nhiệm.", "", "2017-05-22", false},
		// A day a body sent a submission (hatinh24h 2020); traps: a decision made that day, a letter.
		{"a submission's day told first is a document's", " date 2020-06 Ngày 4/5, Huyện ủy Yên Định có Tờ trình số 90-TTr/HU đề nghị Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa thành lập Đoàn kiểm tra xem xét, xử lý kỷ luật đối với bà Nguyễn Thị Hà.", "", "2020-06", false},
		{"trap: a decision made that day is the news", " date 2020-06 Ngày 4/6, UBND tỉnh có quyết định bổ nhiệm ông Nguyễn Văn A giữ chức Giám đốc Sở Nội vụ.", "", "2020-06-04", false},
		{"trap: a letter sent that day is the news", " date 2020-06 Ngày 4/6, Văn phòng Chính phủ có công văn thông báo ý kiến của Thủ tướng Chính phủ.", "", "2020-06-04", false},
		// A gathering still to come dates nothing but bounds the year (xsdinh 2017, tienphong 2012).
		{"a coming congress's days are not the news's", "Đại hội đại biểu phụ nữ toàn quốc lần thứ XII nhiệm kỳ 2017-2022 sẽ diễn ra từ ngày 7 đến 9-3-2017 tại Trung tâm hội nghị quốc gia Hà Nội.\n\nChiều 27-2, thông tin về Đại hội đại biểu phụ nữ toàn quốc lần thứ XII, Chủ tịch Hội Liên hiệp phụ nữ Việt Nam cho biết về dự đại hội có 1.155 đại biểu chính thức.", "", "2017-02-27", false},
		{"a plenum the day before, a congress to come", "TP - Tại phiên bế mạc hôm qua (31-10), Hội nghị BCH T.Ư Đoàn lần thứ 14 (khóa IX) thông qua nhiều nội dung quan trọng trình tại ĐH Đoàn toàn quốc. Theo đó, ĐH Đoàn sẽ khai mạc ngày 12-12-2012, với 1.000 đại biểu.", "", "2012-10-31", false},
		{"a coming day in another clause stays the news's", "Sáng 5/3/2017, Đại hội đã bế mạc; Ban Chấp hành sẽ họp phiên đầu tiên.", "", "2017-03-05", false},
		{"an effective day after sẽ is no coming gathering's", "Chiều 3/10, Ban Thường vụ Tỉnh ủy công bố quyết định, sẽ có hiệu lực từ ngày 1/12/2024.", "", "", false},
		// A provincial congress due in a month printed (dantri 2015); traps: no month, a month already past.
		{"a congress due this coming month dates the news before it", "Ngày 4/9, Ban Thường vụ Tỉnh ủy Quảng Nam đã có cuộc họp và thông báo kết luận của Bộ Chính trị.\n\nĐược biết, Đại hội Đảng bộ tỉnh Quảng Nam lần thứ 21 nhiệm kỳ 2015 – 2020 sẽ diễn ra vào trung tuần tháng 10 tới.", "", "2015-09-04", false},
		{"a congress due in a quarter dates nothing", "Ngày 4/12, Ban Thường vụ Tỉnh ủy đã có cuộc họp.\n\nĐược biết, Đại hội Đảng bộ tỉnh lần thứ 21 nhiệm kỳ 2025 – 2030 sẽ diễn ra vào quý III.", "", "", false},
		{"a congress due in a month before the news dates nothing", "Ngày 4/11, Ban Thường vụ Tỉnh ủy đã có cuộc họp.\n\nĐại hội Đảng bộ tỉnh nhiệm kỳ 2025 – 2030 sẽ diễn ra vào tháng 10.", "", "", false},
		// A day read further on than the lead, before a later day the page prints, is a step of a story (mvietnamnet, undated); trap: a day after every other.
		{"a career's step read further on, before a later day, is no news", "Ông Chính nghỉ hưu theo chế độ.\n\nHĐND tỉnh mới làm thủ tục miễn nhiệm.\n\nPhó chủ tịch thường trực thực hiện các nhiệm vụ Chủ tịch.\n\nBộ Nội vụ đã 2 lần gửi công văn đề nghị miễn nhiệm.\n\nÔng Chính được HĐND tỉnh bầu làm Chủ tịch UBND tỉnh nhiệm kỳ 2011-2016 ngày 17/11/2014. Ngày 30/6/2016, ông tái cử chức Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021.", "", "2016", false},
		{"trap: a day read further on, after every other, is the news", "Ông Chính nghỉ hưu theo chế độ.\n\nHĐND tỉnh làm thủ tục miễn nhiệm.\n\nPhó chủ tịch thường trực thực hiện các nhiệm vụ Chủ tịch.\n\nBộ Nội vụ đã gửi công văn số 12/BNV ngày 2/3/2020.\n\nNgày 10/3/2020, HĐND tỉnh đã miễn nhiệm chức Chủ tịch UBND tỉnh đối với ông Chính.", "", "2020-03-10", false},
		// A by-election at a gathering numbered inside the term, the within-term cue said after the election (ubmttqcamau, undated); trap: a first sitting.
		{"an election told before its by-election cue opens no term", "Vừa qua, Ban Thường trực Ủy ban MTTQ Việt Nam huyện triệu tập Hội nghị Ủy ban MTTQ Việt Nam huyện lần thứ 5 để hiệp thương cử chức danh Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện khóa XI, nhiệm kỳ 2019 - 2024.\n\nĐồng chí Phạm Kim Cương, Huyện ủy viên, Chủ tịch Ủy ban nhân dân xã Rạch Chèo được bầu làm Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện khóa IX, nhiệm kỳ 2019 – 2024.\n\nTại hội nghị đã thông qua quy trình hiệp thương cử bổ sung chức danh Phó Chủ tịch.", "", "", false},
		{"an election after a gathering numbered inside the term opens none", "HĐND tỉnh vừa tổ chức kỳ họp thứ 12.\n\nÔng Nguyễn Văn A được bầu giữ chức Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026.", "", "", false},
		{"trap: an election after a first sitting opens the term", "HĐND tỉnh khóa X vừa tổ chức kỳ họp thứ nhất.\n\nÔng Nguyễn Văn A được bầu giữ chức Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026.", "", "2021", false},
		// A standing rule cited as the ground of a by-election bounds it only (thanhuyhue, undated); trap: a plan's day.
		{"a standing rule's day dates no undated page", "Theo Quy định số 61-QĐ/TU ngày 15/01/2021 của Ban Thường vụ Tỉnh ủy về yêu cầu tiêu chuẩn cụ thể đối với chức danh Bí thư Huyện ủy, đồng chí A đã báo cáo danh sách nhân sự giới thiệu để bầu bổ sung chức danh Bí thư Huyện ủy Quảng Điền, nhiệm kỳ 2020-2025.", "", "", false},
		{"trap: a plan's day cited as the ground dates the page's year", "Căn cứ Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 của Ban Chấp hành Trung ương Đoàn về việc tổ chức đại hội đoàn các cấp, Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch.", "", "2011", false},
		{"a standing rule's day still bounds a day printed", "Sáng nay 26/6, tỉnh Lào Cai tổ chức Hội nghị công bố Quyết định thành lập Ban Chỉ đạo phòng chống tham nhũng.\n\nBan Chỉ đạo thực hiện theo Quy định số 67 ngày 2/6/2022 của Ban Bí thư.", "", "2022-06-26", false},
		// A profile appended to the news tells steps of a career (mvietnamnet, undated); trap: a page that is the profile.
		{"a profile's latest step dates no undated news", "Ông Chính nghỉ hưu theo chế độ nhưng HĐND tỉnh mới làm thủ tục miễn nhiệm chức vụ Chủ tịch UBND tỉnh.\n\nPhó Chủ tịch thường trực thực hiện các nhiệm vụ Chủ tịch UBND tỉnh.\n\nBộ Nội vụ đã 2 lần gửi công văn đề nghị miễn nhiệm.\n\nTrong thời gian này, tỉnh chưa có Chủ tịch.\n\nÔng Chính sinh ngày 2/12/1959; quê quán ở thị trấn Gio Linh.\n\nÔng Chính được HĐND tỉnh bầu làm Chủ tịch UBND tỉnh ngày 17/11/2014. Ngày 30/6/2016, ông tái cử chức Chủ tịch UBND tỉnh.", "", "", false},
		// A review held for the Nth time is years after its programme (cand, undated); trap: the first review.
		{"a programme's twelfth review bounds no year", "Đó là thông tin được tổng kết trong Hội nghị sơ kết lần thứ 12 chương trình phối hợp số 70/CTPH ngày 19-5-2006 về giữ gìn an ninh của lực lượng CAND chiều 21-3, tại TP Hồ Chí Minh.", "", "", false},
		{"trap: a plan's day bounds the day after it", "Đó là thông tin được tổng kết trong Hội nghị sơ kết chương trình phối hợp số 70/CTPH ngày 19-5-2006 về giữ gìn an ninh của lực lượng CAND chiều 21-3, tại TP Hồ Chí Minh.", "", "2007-03-21", false},
		// ĐH for Đại hội (tienphong); trap: ĐH for a university.
		{"ĐH is a congress that opens its term", "Chiều 28-9, ĐH Đảng bộ tỉnh Hải Dương lần thứ XV, nhiệm kỳ 2010-2015 đã bế mạc sau 3 ngày làm việc.", "", "2010-09-28", false},
		{"trap: ĐH Công đoàn is a university", "Chiều 28-9, ĐH Công đoàn tổ chức lễ ra mắt Hội đồng trường nhiệm kỳ 2020-2025.", "", "", false},
		{"ĐH Công đoàn with its number is a congress", "Chiều 28-9, ĐH Công đoàn tỉnh lần thứ XVI, nhiệm kỳ 2023-2028 đã bế mạc.", "", "2023-09-28", false},
		{"trap: ĐH Quốc gia is a university", "Chiều 28-9, ĐH Quốc gia Hà Nội tổ chức lễ ra mắt Hội đồng trường nhiệm kỳ 2010-2015.", "", "", false},
		// The Thủ tướng's approval of a council's vote comes any time in the term (tienphong 2011); trap: a first sitting named.
		{"an approval of a vice-chairman's election opens no term", "Ông Phạm Trường Thọ làm Phó chủ tịch tỉnh Quảng Ngãi\n\nTại Quyết định 524/QĐ-TTg, Thủ tướng phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh Quảng Ngãi nhiệm kỳ 2011 - 2016 đối với ông Phạm Trường Thọ, Ủy viên Ban Chấp hành Đảng bộ tỉnh.", "", "", false},
		{"a first sitting named beside an approval opens its term", "Ngày 17/6, HĐND tỉnh Bạc Liêu khóa IX, nhiệm kỳ 2016-2021 tổ chức kỳ họp thứ nhất để bầu các chức danh chủ chốt; Thủ tướng sẽ phê chuẩn kết quả bầu Chủ tịch UBND tỉnh.", "", "2016-06-17", false},
		// A caption's earlier step, a month before the stamp, over the news near it (doanhnghiephoinhap 2021); traps: a crawl's stamp, a later day far from the stamp.
		{"an earlier step a month before the stamp is not the news", "Tân Kỳ (Nghệ An) có tân Chủ tịch UBND huyện\n\n10:36 23/04/2021\n\nÔng Phan Văn Giáp - Phó Bí thư Thường trực Huyện ủy Tân Kỳ (Nghệ An) vừa được bầu giữ chức vụ Chủ tịch UBND huyện khóa XVIII, nhiệm kỳ 2016-2021.\n\n  Ông Nguyễn Đức Trung - Chủ tịch UBND tỉnh Nghệ An trao quyết định bổ nhiệm tân Giám đốc Sở TN&MT cho ông Hoàng Quốc Việt - nguyên Chủ tịch UBND huyện Tân Kỳ vào ngày 12/3/2021\n\nĐược biết, sau khi Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung ký Quyết định số 586/QĐ-UBND ngày 11/3 về việc điều động, bổ nhiệm có thời hạn 5 năm đối với ông Hoàng Quốc Việt giữ chức Giám đốc Sở Tài nguyên và Môi trường thay ông Võ Duy Việt nghỉ hưu theo chế độ, thì vào ngày 22/4, HĐND huyện Tân Kỳ khóa XVIII, nhiệm kỳ 2016 - 2021 đã tổ chức kỳ họp thứ 15.", "", "2021-04-22", false},
		{"trap: a crawl's stamp over a full date and a day far from the stamp", "Thứ Bảy, ngày 22 tháng 6 năm 2024\n\nNgày 18/7/2020, Đảng bộ tổ chức đại hội.\n\nNgày 19/7, Ban Chấp hành họp phiên thứ nhất.", "", "2020-07-18", true},
		{"trap: a day after the stamp is no news near it", "Thứ Hai, 23/08/2021 08:00\n\nNgày 12/3/2021, Bộ Chính trị điều động ông A.\n\nNgày 30/8, ông A sẽ nhận nhiệm vụ.", "", "2021-03-12", true},
		// A death printed without its year, the funeral's day with it (kinhtedothi 2014); traps: no year anywhere (nld 2016), a memorial a year on.
		{"a death's year from its funeral: the death's month", "Nguyên Phó chủ tịch Quốc hội Mai Thúc Lân từ trần\n\nNguyên Phó chủ tịch Quốc hội Mai Thúc Lân đã trút hơi thở cuối cùng vào lúc 5 giờ 5 phút sáng 29/10, tại Bệnh viện T.Ư Quân đội 108, sau một thời gian lâm bệnh; hưởng thọ 79 tuổi.\n\nÔng Mai Thúc Lân sinh ngày 6/1/1935, quê quán xã Điện Phước, huyện Điện Bàn, tỉnh Quảng Nam.\n\nDự kiến, lễ tang nguyên Phó chủ tịch Quốc hội Mai Thúc Lân sẽ được tổ chức tại Nhà tang lễ Quốc gia, số 5 Trần Thánh Tông, Hà Nội; lễ viếng diễn ra từ 7 giờ đến 11 giờ ngày 4/11/2014.", "", "2014-10", false},
		{"trap: a death and funeral with no year and a birth date", "Nguyên Phó chủ tịch QH Trương Quang Được qua đời\n\n(NLĐO)- Ông Trương Quang Được, nguyên Phó Chủ tịch QH, đã qua đời ngày 27-10 ở Hà Nội, hưởng thọ 76 tuổi. Lễ tang ông Trương Quang Được tổ chức với nghi thức Lễ tang cấp Nhà nước vào ngày 1-11, viếng và đưa tang cùng ngày 1-11.\n\nÔng Trương Quang Được sinh ngày 10-2-1940; quê quán thôn Kim Bồng, xã Cẩm Kim, TP. Hội An, tỉnh Quảng Nam.", "", "", false},
		{"trap: a memorial a year after a death gives it no year", "Nguyên Bí thư Tỉnh ủy từ trần\n\nÔng A đã từ trần vào sáng 29/10 tại nhà riêng.\n\nLễ tưởng niệm và lễ viếng một năm ngày mất sẽ được tổ chức ngày 29/10/2015.", "", "", false},
		// The day a law was passed, told of the law, under a page stamp (tanbien 2019); traps: the passing dated as news, a programme passed before a day.
		{"a law's passing day is the law's, not the page's news", "TÀI LIỆU GIỚI THIỆU  LUẬT PHÒNG, CHỐNG THAM NHŨNG\n\nThứ năm - 15/08/2019 09:37 631 0\n\nLuật phòng, chống tham nhũng (PCTN) được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, kỳ họp thứ 6 thông qua ngày 20/11/2018. Chủ tịch nước ký Lệnh công bố ngày 04/12/2018. Luật có hiệu lực thi hành kể từ ngày 01/07/2019.", "", "2019-08-15", false},
		{"trap: a passing dated before its verb is the news", "Thứ Ba, 20/11/2018 16:00\n\nNgày 20/11, Quốc hội thông qua Luật Phòng, chống tham nhũng (sửa đổi).", "", "2018-11-20", false},
		{"trap: a programme passed, then the day of the session", "Sau khi thông qua chương trình, sáng 12/9/2020, Đại hội bầu Ban Chấp hành Đảng bộ huyện khóa mới.", "", "2020-09-12", false},
		// A stamp with its zone under a section's name glued to it (vtc 2020); traps: words after the time, a dispatch in brackets.
		{"a stamp line ending with its zone", "Ông Hà Sỹ Đồng được giao nhiệm vụ Chủ tịch UBND tỉnh Quảng Trị\n\nChính trịThứ Ba, 04/02/2020 12:01:49 +07:00\n(VTC News) -\n\nSau khi ông Nguyễn Đức Chính nghỉ hưu theo chế độ, ông Hà Sỹ Đồng được giao nhiệm vụ Chủ tịch UBND tỉnh Quảng Trị.\n\nTheo đó, ông Nguyễn Đức Chính, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Trị nghỉ hưu kể từ ngày 1/2/2020.", "", "2020-02-04", false},
		{"trap: words after a day and time make no stamp", "Ông A được giao nhiệm vụ\n\nChính trị 04/02/2020 12:01 bàn giao\n\nÔng A được giao nhiệm vụ Chủ tịch UBND tỉnh.", "", "", false},
		// Tomorrow's day under a lead of today, the year from the national congress sitting (vietnamnet 2016); traps: no today, tomorrow's day alone.
		{"today is the day before tomorrow's day, the year the congress's", "- Hôm nay, Ban chấp hành TƯ mới được bầu tại Đại hội 12 hôm qua nhóm họp lần đầu tiên để bầu Bộ Chính trị và Tổng bí thư.\n\nTrong khi Đại hội có một ngày nghỉ, 200 ủy viên Ban chấp hành TƯ khóa 12 họp hội nghị lần thứ nhất tại Trụ sở Văn phòng Trung ương Đảng.\n\nTân Tổng bí thư sẽ chính thức ra mắt tại phiên bế mạc Đại hội ngày mai, 28/1.", "", "2016-01-27", false},
		{"trap: tomorrow's day is no event's without today", "Thứ Hai, 25/01/2016 08:00\n\nPhiên bế mạc Đại hội sẽ diễn ra ngày mai, 28/1.", "", "2016-01-25", false},
		{"trap: a plenum of khóa 12 after its first names no year", "Ban chấp hành TƯ khóa 12 họp hội nghị lần thứ tư tại Hà Nội.", "", "", false},
		// Death notices: a profile's day of joining the Party before the death (thongtinchongphandong 2018), a crawl's stamp years after it (baolangson 2013); traps: a stamp days after the death, a profile's day on a page that is no notice.
		{"a notice of a death, not the day the dead joined the Party", "Thông cáo đặc biệt tang lễ nguyên Thủ tướng Phan Văn Khải\n\nBan Chấp hành Trung ương Đảng Cộng sản Việt Nam ... vô cùng thương tiếc báo tin:\n\nĐồng chí Phan Văn Khải, sinh ngày 25-12-1933; đồng chí tham gia cách mạng năm 1947, vào Đảng Cộng sản Việt Nam ngày 15-7-1959.\n\nSau một thời gian lâm bệnh nặng, đồng chí đã từ trần hồi 01 giờ 30 phút, ngày 17-3-2018 (tức ngày 01 tháng 02 năm Mậu Tuất).", "", "2018-03", false},
		{"a notice of a death under a crawl's stamp years on", "Thứ bảy,  01/10/2022\n\nTIN BUỒN\n\nBan Chấp hành Trung ương Đảng Cộng sản Việt Nam vô cùng thương tiếc báo tin:\n\nĐồng chí Nguyễn Văn A đã từ trần hồi 17 giờ 15 phút ngày 31-5-2013.", "", "2013-05", true},
		{"trap: a stamp days after the death stands", "Thứ hai,  03/06/2013\n\nTIN BUỒN\n\nBan Chấp hành Trung ương Đảng Cộng sản Việt Nam vô cùng thương tiếc báo tin:\n\nĐồng chí Nguyễn Văn A đã từ trần hồi 17 giờ 15 phút ngày 31-5-2013.", "", "2013-06-03", false},
		{"trap: a day of joining the Party dates no appointment", "Ngày 5/7, Thủ tướng bổ nhiệm ông A. Ông A vào Đảng ngày 15-7-1990.", "", "", false},
		// A dated fragment cut off the congress's clause by a full stop (baogialai 2015); traps: a long sentence, a next sentence of a later plenum, of no gathering.
		{"a dated fragment, then the congress and the term it opens", "(GLO)- Chiều 7-8, tại Văn phòng Hội Nhà báo tỉnh. Chi Hội Nhà báo Văn phòng Hội Nhà báo tỉnh đã tổ chức Đại hội lần thứ II (nhiệm kỳ 2015-2017).", "", "2015-08-07", false},
		{"trap: a dated sentence of its own news before a congress's term", "Chiều 7-8, Ban Thường vụ Tỉnh ủy đã làm việc với Hội Nhà báo tỉnh về công tác chuẩn bị. Chi Hội Nhà báo đã tổ chức Đại hội lần thứ II (nhiệm kỳ 2015-2017).", "", "", false},
		{"trap: a fragment before a later plenum opens no term", "Chiều 7-8, tại Văn phòng Tỉnh ủy. Ban Chấp hành Đảng bộ tỉnh khóa XV, nhiệm kỳ 2020-2025 đã tổ chức Hội nghị lần thứ 9.", "", "", false},
		// A recurring contest or prize named by its edition and year, with no day printed (thads 2023, xaydungdang 2018); traps: a plenum's number before a year, a year after an edition's subject.
		{"a contest's edition and year date a page with no day", "Ban Chỉ đạo 35 Trung ương quyết định tổ chức \"Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng lần thứ 3 năm 2023\" với mục tiêu tiếp tục đẩy mạnh việc thực hiện Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị khóa XII.", "", "2023", false},
		{"a prize's edition and year, dashed", "Tác phẩm của nhóm tác giả Báo Quân đội Nhân dân đoạt Giải Khuyến khích - Giải báo chí toàn quốc về xây dựng Đảng (Giải Búa liềm vàng) lần thứ III - năm 2018.", "", "2018", false},
		{"trap: a plenum's number is no edition of a year", "Tại Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ tỉnh, các đại biểu thảo luận kế hoạch năm 2020.", "", "", false},
		// A profile opened by a rank before the name tells a career's steps (quangbinh24h, undated); trap: a rank in news that dates itself.
		{"a profile opened by a rank dates no undated appointment", "Trong nước\n\nChân dung tân Phó Chủ nhiệm Tổng cục Chính trị QĐND Việt Nam\n\nTrung tướng Trịnh Văn Quyết, Ủy viên Trung ương Đảng, Chính ủy Quân khu 2, giữ chức Phó Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam.\n\nThủ tướng Phạm Minh Chính vừa bổ nhiệm Trung tướng Trịnh Văn Quyết, Ủy viên Trung ương Đảng, Chính ủy Quân khu 2, giữ chức Phó Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam.\n\nTrung tướng Trịnh Văn Quyết, sinh ngày 22/1/1966, quê quán xã Thanh Quang, huyện Thanh Hà, tỉnh Hải Dương. Ông là Cử nhân Xây dựng Đảng và cơ quan nhà nước, trình độ Cao cấp lý luận chính trị.\n\nTrung tướng Trịnh Văn Quyết là Ủy viên Trung ương Đảng Khóa XIII; Bí thư Đảng ủy, Chính ủy Quân khu 2.\n\nTrung tướng Trịnh Văn Quyết. (Ảnh: Báo quốc tế)\n\nTrước 5/2016, ông là Ủy viên Ban Thường vụ Đảng ủy, Phó Chính ủy Quân khu 2.\n\nTừ 5/2016, ông được Thủ tướng bổ nhiệm giữ chức vụ Chính ủy Quân khu 2 và Thường vụ Quân ủy Trung ương chỉ định giữ chức Bí thư Đảng ủy Quân khu 2. Tháng 8/2016, ông được thăng quân hàm Thiếu tướng.\n\nTừ 26 - 28/6/2020, tại Đại hội đại biểu Đảng bộ Quân khu 2 lần thứ IX, ông tiếp tục được bầu giữ chức Bí thư Đảng ủy Quân khu 2, nhiệm kỳ 2020-2025. Năm 2020, ông được thăng quân hàm Trung tướng.\n\nNgày 30/1/2021, tại Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, ông được bầu là Ủy viên Trung ương Đảng khóa XIII, nhiệm kỳ 2021-2026.", "", "", false},
		{"trap: a rank opening the news with its own day", "Ngày 12/3/2021, Thủ tướng bổ nhiệm Trung tướng Trịnh Văn Quyết giữ chức Phó Chủ nhiệm Tổng cục Chính trị.\n\nTrung tướng Trịnh Văn Quyết, sinh ngày 22/1/1966, quê Hải Dương.", "", "2021-03-12", false},
		// Decisions handed over and the day they take effect agree on the year (kinhtedothi 2019); traps: years apart, an effective date alone.
		{"a decision and its effective day agree on the year", "Cùng dự có Ủy viên Ban Thường vụ Thành ủy, Trưởng ban Tổ chức Thành ủy Vũ Đức Bảo.\n\nTheo Quyết định 7498-QĐ/TU ngày 23/9/2019 của Ban Thường vụ Thành ủy, đồng chí Vũ Cao Minh, sinh ngày 17/10/1960, Thành ủy viên, Bí thư Quận ủy, Chủ tịch HĐND quận Thanh Xuân được nghỉ công tác kể từ ngày 1/10/2019, nghỉ hưu trí từ ngày 1/11/2020.\n\nTrao Quyết định và tặng hoa chúc mừng đồng chí Vũ Cao Minh.", "", "2019", false},
		{"trap: a decision of December in effect from January dates nothing", "Theo Quyết định 123-QĐ/TU ngày 28/12/2019 của Ban Thường vụ Tỉnh ủy, đồng chí A được nghỉ công tác kể từ ngày 1/1/2020.\n\nTrao Quyết định và tặng hoa chúc mừng đồng chí A.", "", "", false},
		// A history of congresses told on past its lead's day on a page with no date of its own (qdnd as004, quanhoa.thanhhoa v005); traps: news whose later days are a target, an effective day, a year of plans; a page date; a year a year on.
		{"a history's first step is no news", "Từ ngày 8 đến 15-10-1956, Trung ương Liên đoàn Thanh niên Việt Nam và Ban Vận động Mặt trận Thanh niên toàn quốc triệu tập đại hội tại Nhà hát Lớn Hà Nội, thống nhất các tổ chức thanh niên Việt Nam và lấy tên là Hội LHTN Việt Nam.\n\n2. Đại hội đại biểu toàn quốc Hội LHTN Việt Nam lần thứ II: Diễn ra tháng 12-1961, tại Hà Nội, với 400 đại biểu tham dự.", "", "", false},
		{"a founding told before the congresses that follow", "Được Tỉnh uỷ Thanh Hoá uỷ nhiệm, ngày 28/3/1950 Ban Miền Tây, ra quyết định: thành lập Đảng bộ huyện Quan Hoá.\n\nĐẠI HỘI LẦN THỨ II\n\nĐược tổ chức vào tháng 01/1958, tại khu Bó Lót, bản Khằm, xã Hồi Xuân.", "", "", false},
		{"a memoir's years told as past", "Ngày 27/12/1975, Quốc hội đã ban hành Nghị quyết hợp nhất hai tỉnh Nghệ An và Hà Tĩnh lại thành tỉnh Nghệ Tĩnh.\n\nNăm 1978, đồng chí Nguyễn Sĩ Quế làm Bí thư Tỉnh ủy.", "", "", false},
		{"trap: a target years on is no history", "Ngày 18/7/2020, Đảng bộ xã tổ chức đại hội lần thứ XV.\n\nĐại hội phấn đấu đến tháng 12/2025 hoàn thành xây dựng nông thôn mới.", "", "2020-07-18", false},
		{"trap: a day in effect years on is no history", "Ngày 18/7/2020, Ban Thường vụ Tỉnh ủy trao quyết định cho đồng chí A, nghỉ hưu kể từ ngày 1/11/2022.", "", "2020-07-18", false},
		{"trap: a year of plans inside a sentence is no history", "Ngày 15/12/2023, Huyện ủy tổ chức hội nghị.\n\nHội nghị thống nhất chỉ tiêu năm 2025, toàn huyện có 10 xã đạt chuẩn.", "", "2023-12-15", false},
		{"trap: a page date stands over later days", "Thứ Hai, 05/09/2022 09:15\n\nNgày 18/7/2020, Đảng bộ tổ chức đại hội.\n\nTháng 3/2022, Đảng bộ tổ chức hội nghị.", "", "2020-07-18", true},
		{"trap: an anniversary's span is no later step", "Sáng ngày 20/10/2023, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị.\n\nMừng Đảng, mừng Xuân (03/02/1930 - 03/02/2025).", "", "2023-10-20", false},
		// A preamble's basis line dates a document, however far its day from the cue (lc010).
		{"a basis line's day is no event's", "- Căn cứ Hướng dẫn số 79 /HD-CĐGD của CĐGD thành phố Hồ Chí Minh ngày 24 tháng 4 năm 2017 về hướng dẫn tổ chức Đại hội Công đoàn các cấp;\n\nNgày 19/09/2020 Trường THPT Phong Phú Tổ chức Đại hội Công đoàn cơ sở Trường THPT Phong Phú Lần thứ I nhiệm kỳ 2020 - 2023.", "", "2020-09-19", false},
		{"trap: a basis named inside the news's sentence", "Ngày 19/9/2020, căn cứ kết quả bầu cử, Đảng ủy xã công bố quyết định.", "", "2020-09-19", false},
		// A sitting that confirms its delegates' credentials is the term's first (budang ol005, hoiancaman lc004); traps: a by-election's credentials, a sitting that confirms none.
		{"a sitting confirming credentials opens the term", "Tại kỳ họp, đại biểu đã được báo cáo tổng kết cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp trên địa bàn xã; công bố Nghị quyết xác nhận tư cách đại biểu, đồng thời trao giấy chứng nhận, gắn huy hiệu đại biểu HĐND xã nhiệm kỳ 2016 – 2021.\n\nKỳ họp đã tiến hành các quy trình thủ tục bầu cử các chức danh của HĐND các ban của HĐND và UBND theo luật định.", "", "2016", false},
		{"a caption confirming credentials under the sitting's lead", "Thay mặt đại biểu HĐND phường khóa XII phát biểu khai mạc kỳ họp, ông Nguyễn Tuấn Anh - Phó Chủ tịch HĐND phường cho biết, Ủy ban bầu cử phường đã tổ chức thành công cuộc bầu cử Đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026.\n\nTrao quyết định xác nhận tư cách đại biểu HĐND phường khóa XIII", "", "2021", false},
		{"trap: a by-election's credentials open no term", "Tại kỳ họp, HĐND xã công bố Nghị quyết xác nhận tư cách đại biểu HĐND xã được bầu bổ sung nhiệm kỳ 2016 – 2021.\n\nKỳ họp đã bầu ông A giữ chức Chủ tịch HĐND xã.", "", "", false},
		{"trap: a sitting confirming no credentials opens no term", "Tại kỳ họp, đại biểu đã được báo cáo kết quả phát triển kinh tế của xã nhiệm kỳ 2016 – 2021.\n\nKỳ họp đã bầu ông A giữ chức Chủ tịch HĐND xã.", "", "", false},
		{"trap: an effective day alone dates nothing", "Ban Thường vụ Tỉnh ủy trao quyết định cho đồng chí A, sinh ngày 5/5/1965, nghỉ công tác kể từ ngày 1/10/2019.", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := normalize.Normalize(model.Raw{Text: tt.text, Published: tt.published})
			if err != nil {
				t.Fatal(err)
			}
			m := Read(d, segment.Sentences(d))
			if m.EventDate.String() != tt.want || m.PublishedIsCrawl != tt.crawl {
				t.Errorf("event %q (%s), crawl %v; want %q, crawl %v", m.EventDate, m.EventBasis, m.PublishedIsCrawl, tt.want, tt.crawl)
			}
		})
	}
}

// TestPipedTail: what a stamp line may print after its day — its time and
// zone, a text-size button, a section's name after a bar — and what makes
// it no stamp.
func TestPipedTail(t *testing.T) {
	tests := []struct {
		rest string
		want bool
	}{
		{"| Xã hội", true},           // suckhoedoisong 2016
		{"[GMT +7] A A", true},       // baoquangninh 2022, the clock read with the day
		{"| 11:27:54 (GMT+7)", true}, // the clock after the bar
		{"| Hội nghị tổng kết công tác năm của Tỉnh ủy", false}, // prose after a bar
		{"Xã hội", false},         // a section with no bar: words of the line
		{"| Kỳ họp thứ 2", false}, // a number after the bar
		{"", false},
	}
	for _, tt := range tests {
		if got := pipedTail(tt.rest); got != tt.want {
			t.Errorf("pipedTail(%q) = %v, want %v", tt.rest, got, tt.want)
		}
	}
}

// TestCareerYear: a year printed without its day after a birth in the same
// sentence is a step of a career; the birth cue is read once a sentence and
// compared with each date's start, a date glued to the cue's word included.
func TestCareerYear(t *testing.T) {
	tests := []struct {
		in   string
		want []bool // per date found, in order
	}{
		// The birth's own year is matched with its "năm": the cue ends
		// after it, at the steps that follow.
		{"Ông Lê Minh Trí (sinh năm 1960, quê quán xã Tân Thông Hội), tham gia công tác từ năm 1978, vào Đảng năm 1984.", []bool{false, true, true}},
		{"Bà A, SN 1970, được bầu năm 2015.", []bool{true}},
		{"Ông Nguyễn Văn A, sinh ngày 5/7/1970, được bầu năm 2015.", []bool{false, true}},
		// Traps: a year before the birth; a word glued to the year is no
		// cue; pupils; no birth at all.
		{"Năm 2015, ông A (sinh năm 1970) được bầu.", []bool{false, false}},
		{"Ông A sinh năm1963, công tác từ năm 1985.", []bool{false, false}},
		{"Học sinh năm học 2023-2024 đạt giải năm 2024.", []bool{false}},
		{"Tham gia công tác từ năm 1978, vào Đảng năm 1984.", []bool{false, false}},
	}
	for _, tt := range tests {
		st := model.Sentence{Kind: model.Body, Text: tt.in}
		s := newLeadSentence(st, "", nil)
		unread := leadSentence{Sentence: st, runes: []rune(tt.in)} // the cue read at the ask
		ms := dates.Find(tt.in)
		if len(ms) != len(tt.want) {
			t.Errorf("%q: %d dates, want %d", tt.in, len(ms), len(tt.want))
			continue
		}
		for i, m := range ms {
			if got := careerYear(s, m); got != tt.want[i] {
				t.Errorf("%q: careerYear(%q) = %v, want %v", tt.in, m.Text, got, tt.want[i])
			}
			if got := careerYear(unread, m); got != tt.want[i] {
				t.Errorf("%q, cue not read before: careerYear(%q) = %v, want %v", tt.in, m.Text, got, tt.want[i])
			}
		}
	}
}

// TestLifeSteps: a date after a step of a life (lexicon.LifeSteps) is a
// person's: personal reads the step's last words right before it, notPast
// the step anywhere in the eight words before, SN only right before.
func TestLifeSteps(t *testing.T) {
	tests := []struct {
		in               string
		personal, notPst bool // of the sentence's last date
	}{
		{"Ông A tham gia hoạt động cách mạng tháng 01/1960.", true, true},
		{"Ông A vào Đảng ngày 25/10/1964.", true, true},
		{"Ông A hy sinh ngày 3/4/1972.", true, true},
		{"Ông A, SN 12/5/1965.", true, true},
		{"Ông A kết nạp vào tổ chức từ lâu, được bầu ngày 3/4/2020.", false, false},
		{"SN ông A là đại biểu, dự họp ngày 3/4/2020.", false, false},
		{"Hội nghị khai mạc ngày 3/4/2020.", false, false},
	}
	for _, tt := range tests {
		s := leadSentence{Sentence: model.Sentence{Kind: model.Body, Text: tt.in}, runes: []rune(tt.in)}
		ms := dates.Find(tt.in)
		if len(ms) == 0 {
			t.Errorf("%q: no date", tt.in)
			continue
		}
		m := ms[len(ms)-1]
		if got := personal(s, m); got != tt.personal {
			t.Errorf("%q: personal(%q) = %v, want %v", tt.in, m.Text, got, tt.personal)
		}
		if got := notPast(s, m); got != tt.notPst {
			t.Errorf("%q: notPast(%q) = %v, want %v", tt.in, m.Text, got, tt.notPst)
		}
	}
}
