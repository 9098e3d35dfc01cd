package people

import "testing"

// TestLines: a tiểu sử prints a career one step a line, each opening on when
// it was held (lichsu.daihoidang.vn on Trần Quốc Toàn and Nguyễn Hoàng
// Giang, daihoidang.vn on Nguyễn Hữu Đông, Lê Đình Sơn and Phạm Thị Thanh
// Trà, sggp 2026 on Đỗ Văn Chiến and Trịnh Văn Quyết). A span's posts end
// with it unless a later line prints them again; a single date's end where
// the next line giving a post starts; the last line's are held.
func TestLines(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"spans with a colon; a seat printed again goes on; a step that is no post, a study line and a birthplace give nothing",
			[]string{
				"Đồng chí Trần Quốc Toàn, sinh ngày 10/5/1970.",
				"Quê quán: xã Thạch Long, huyện Thạch Hà, tỉnh Hà Tĩnh.",
				"8/1991 - 8/1993: Cán bộ Văn phòng Huyện ủy huyện Mỹ Văn, tỉnh Hải Hưng.",
				"11/2006 - 10/2009: Phó Giám đốc Sở Tư pháp tỉnh Hưng Yên.",
				"9/1997 - 8/1999: Học cử nhân chính trị tại Học viện Chính trị - Hành chính Quốc gia Hồ Chí Minh",
				"4/2012 - 2/2014: Tỉnh ủy viên, Bí thư Huyện ủy Kim Động, tỉnh Hưng Yên; Ủy viên Ban Thường vụ Tỉnh ủy (từ 2/2014).",
				"4/2015 - 4/2020: Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hưng Yên; Trưởng ban Kinh tế - Ngân sách HĐND tỉnh Hưng Yên khóa XVI, nhiệm kỳ 2016-2021 (từ 6/2016).",
				"5/2020 - 10/2020: Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh Hưng Yên; Bí thư Đảng đoàn HĐND tỉnh Hưng Yên.",
			},
			[]string{
				"Trần Quốc Toàn [OFFICIAL]: ",
				"Trần Quốc Toàn [OFFICIAL]: former Phó Giám đốc | Sở Tư pháp tỉnh Hưng Yên @ Phó Giám đốc 2006-11..2009-10",
				"Trần Quốc Toàn [OFFICIAL]: former Ủy viên | Tỉnh ủy; former Bí thư | Huyện ủy Kim Động; Ủy viên | Ban Thường vụ Tỉnh ủy @ Ủy viên 2012-04..2014-02; Bí thư 2012-04..2014-02; Ủy viên 2012-04..0-00",
				"Trần Quốc Toàn [OFFICIAL]: Ủy viên | Ban Thường vụ Tỉnh ủy; former Chủ nhiệm | Ủy ban Kiểm tra Tỉnh ủy Hưng Yên; former Trưởng Ban | ban Kinh tế - Ngân sách HĐND tỉnh Hưng Yên @ Ủy viên 2015-04..0-00; Chủ nhiệm 2015-04..2020-04; Trưởng Ban 2015-04..2020-04",
				"Trần Quốc Toàn [OFFICIAL]: former Ủy viên | Ban Thường vụ Tỉnh ủy; former Chủ tịch | HĐND tỉnh Hưng Yên; former Bí thư | Đảng đoàn HĐND tỉnh Hưng Yên @ Ủy viên 2020-05..2020-10; Chủ tịch 2020-05..2020-10; Bí thư 2020-05..2020-10",
			}},
		{"single dates end at the next line giving a post; a seat is kept; the last line is held; a day, month and year; Trước (daihoidang.vn on Nguyễn Hữu Đông)",
			[]string{
				"Đồng chí Nguyễn Hữu Đông sinh ngày 20/9/1972.",
				"Trước 7/2013: Chủ tịch huyện Yên Lập, Bí thư Huyện ủy Yên Lập, tỉnh Phú Thọ",
				"7/2013: Tỉnh ủy viên, Trưởng Ban Nội chính Tỉnh ủy Phú Thọ",
				"9/2015 - 3/2016: Phó Bí thư Tỉnh ủy rồi Phó Bí thư Thường trực Tỉnh ủy Phú Thọ khóa XVIII, nhiệm kỳ 2015-2020",
				"1/2016: Ủy viên dự khuyết Trung ương Đảng khóa XII",
				"3/2016 - 9/2019: Phó Bí thư Tỉnh ủy Sơn La khóa XIV, nhiệm kỳ 2015-2020",
				"16/9/2019: Bộ Chính trị ra Quyết định chuẩn y giữ chức Bí thư Tỉnh ủy Sơn La khóa XIV, nhiệm kỳ 2015-2020",
				"9/6/2020 - 9/2020: Bí thư Tỉnh ủy Sơn La khóa XIV, kiêm Bí thư Đảng ủy Quân sự tỉnh khóa XVII, nhiệm kỳ 2020-2025",
			},
			[]string{
				"Nguyễn Hữu Đông [OFFICIAL]: ",
				"Nguyễn Hữu Đông [OFFICIAL]: former Chủ tịch | UBND huyện Yên Lập; former Bí thư | Huyện ủy Yên Lập @ Chủ tịch 0-00..2013-07; Bí thư 0-00..2013-07",
				"Nguyễn Hữu Đông [OFFICIAL]: Ủy viên | Tỉnh ủy; former Trưởng Ban | Ban Nội chính Tỉnh ủy Phú Thọ @ Ủy viên 2013-07..0-00; Trưởng Ban 2013-07..2015-09",
				"Nguyễn Hữu Đông [OFFICIAL]: former Phó Bí thư | Tỉnh ủy; former Phó Bí thư Thường trực | Tỉnh ủy Phú Thọ @ Phó Bí thư 2015-09..2016-03; Phó Bí thư Thường trực 2015-09..2016-03",
				"Nguyễn Hữu Đông [OFFICIAL]: Ủy viên dự khuyết | Trung ương Đảng @ Ủy viên dự khuyết 2016-01..0-00",
				"Nguyễn Hữu Đông [OFFICIAL]: former Phó Bí thư | Tỉnh ủy Sơn La @ Phó Bí thư 2016-03..2019-09",
				"Nguyễn Hữu Đông [OFFICIAL]: former Bí thư | Tỉnh ủy Sơn La; former Bí thư | Đảng ủy Quân sự tỉnh @ Bí thư 2020-06..2020-09; Bí thư 2020-06..2020-09",
			}},
		{"a span over the paragraph under it; a line that is no post ends nothing (sggp 2026 on Đỗ Văn Chiến and Trịnh Văn Quyết)",
			[]string{
				"Tiểu sử đồng chí Đỗ Văn Chiến",
				"● 1980 – 1986:",
				"Sinh viên trường Đại học Nông nghiệp 3 Bắc Thái.",
				"● 9-1993 – 12-1994:",
				"Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch UBND huyện Sơn Dương, tỉnh Tuyên Quang.",
				"● 4-1998 – 5-1998:",
				"Tỉnh ủy viên, Bí thư Huyện ủy Yên Sơn, tỉnh Tuyên Quang.",
				"Tiểu sử đồng chí Trịnh Văn Quyết",
				"● 5-2016:",
				"Bí thư Đảng ủy, Chính ủy Quân khu 2.",
				"● 8-2016:",
				"Được thăng quân hàm Thiếu tướng.",
				"● 28-4-2021:",
				"Ủy viên Trung ương Đảng khóa XIII, Phó Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam.",
				"● 6-2024:",
				"Ủy viên Trung ương Đảng khóa XIII, Thượng tướng, Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam.",
			},
			[]string{
				"Đỗ Văn Chiến [OFFICIAL]: ",
				"Trịnh Văn Quyết [OFFICIAL]: ",
				"Đỗ Văn Chiến [OFFICIAL]: former Ủy viên | Ban Thường vụ Huyện ủy; former Phó Chủ tịch | UBND huyện Sơn Dương @ Ủy viên 1993-09..1994-12; Phó Chủ tịch 1993-09..1994-12",
				"Đỗ Văn Chiến [OFFICIAL]: former Ủy viên | Tỉnh ủy; former Bí thư | Huyện ủy Yên Sơn @ Ủy viên 1998-04..1998-05; Bí thư 1998-04..1998-05",
				"Trịnh Văn Quyết [OFFICIAL]: former Bí thư | Đảng ủy; former Chính ủy | Quân khu 2 @ Bí thư 2016-05..2021-04; Chính ủy 2016-05..2021-04",
				"Trịnh Văn Quyết [OFFICIAL]: Ủy viên | Trung ương Đảng; former Phó Chủ nhiệm | Tổng cục Chính trị Quân đội nhân dân Việt Nam @ Ủy viên 2021-04..0-00; Phó Chủ nhiệm 2021-04..2024-06",
				"Trịnh Văn Quyết [OFFICIAL]: Ủy viên | Trung ương Đảng; Chủ nhiệm | Tổng cục Chính trị Quân đội nhân dân Việt Nam @ Ủy viên 2024-06..0-00; Chủ nhiệm 2024-06..0-00",
			}},
		{"trap: a second profile under a name no reader takes is not the first person's career: its lines go back decades",
			[]string{
				"Đồng chí Nguyễn Văn Anh, sinh ngày 5/5/1970, quê quán xã Quỳnh Lưu, tỉnh Nghệ An.",
				"● 4/2010 - 4/2015: Phó Bí thư Huyện ủy Quỳnh Lưu, tỉnh Nghệ An.",
				"● 7/2021: Phó Chủ tịch UBND tỉnh Nghệ An.",
				"TRẦN VĂN BÌNH",
				"Sinh ngày 1/1/1972, quê quán huyện Diễn Châu, tỉnh Nghệ An.",
				"● 3/2012 - 2/2016: Giám đốc Sở Tài chính tỉnh Nghệ An.",
				"● 7/2021: Phó Chủ tịch UBND tỉnh Nghệ An.",
			},
			[]string{
				"Nguyễn Văn Anh [OFFICIAL]: ",
				"Nguyễn Văn Anh [OFFICIAL]: former Phó Bí thư | Huyện ủy Quỳnh Lưu @ Phó Bí thư 2010-04..2015-04",
				"Nguyễn Văn Anh [OFFICIAL]: Phó Chủ tịch | UBND tỉnh Nghệ An @ Phó Chủ tịch 2021-07..0-00",
			}},
		{"a term's report and a lone line give nothing; a date of birth or of joining the Party heads no line",
			[]string{
				"Đồng chí Lê Đình Sơn, Bí thư Tỉnh ủy Hà Tĩnh.",
				"Ngày sinh: 6/8/1960",
				"Ngày vào Đảng: 13/1/1988",
				"2015 - 2020: tỉnh đã thu hút 120 dự án đầu tư.",
				"2020: Bí thư Tỉnh ủy Hà Tĩnh Lê Đình Sơn phát biểu tại hội nghị.",
				"3/6/2020 - 25/7/2024: Thủ tướng Chính phủ ký Quyết định 756/QĐ-TTg, điều động, bổ nhiệm giữ chức vụ Thứ trưởng Bộ Khoa học và Công nghệ.",
			},
			[]string{
				"Lê Đình Sơn [OFFICIAL]: Bí thư | Tỉnh ủy Hà Tĩnh",
				"Lê Đình Sơn [OFFICIAL]: Bí thư | Tỉnh ủy Hà Tĩnh",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss, ms := findLines(tt.lines)
			checkSpans(t, "Lines", Lines(ss, ms), tt.want)
		})
	}
}
