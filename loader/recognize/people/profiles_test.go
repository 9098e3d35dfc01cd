package people

import "testing"

// TestProfiles: the parts of a one-sentence profile that open on posts are
// the person's posts; a seat of the Central Committee over terms over by
// the article's latest full date ends with the last of them.
func TestProfiles(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a death notice's profile: seats over past terms end with the last, an alternate's of khóa VI in June 1991; the Assembly's terms are its own, khóa XI ending at the XIIth's first sitting; nguyên posts former (hoabinhtv 2021 on Trương Vĩnh Trọng)",
			[]string{
				"Đồng chí Trương Vĩnh Trọng (tên thường gọi Hai Nghĩa), sinh ngày 11/11/1942; quê quán: Xã Bình Hoà, huyện Giồng Trôm, tỉnh Bến Tre; vào Đảng ngày 25/10/1964; Uỷ viên dự khuyết Ban Chấp hành Trung ương khoá VI, Uỷ viên Ban Chấp hành Trung ương Đảng các khoá VII, VIII, IX, X; Bí thư Trung ương Đảng các khoá IX, X; đại biểu Quốc hội các khoá VIII, XI; nguyên Trưởng Ban Nội chính Trung ương.",
				"Đồng chí đã từ trần hồi 03 giờ 25 phút ngày 19/02/2021 tại nhà riêng.",
			},
			[]string{
				"Trương Vĩnh Trọng [OFFICIAL]: ",
				"Trương Vĩnh Trọng [OFFICIAL]: former Ủy viên dự khuyết | Ban Chấp hành Trung ương; former Ủy viên | Ban Chấp hành Trung ương Đảng; former Bí thư | Trung ương Đảng; former Đại biểu | Quốc hội; former Trưởng Ban | Ban Nội chính Trung ương @ Ủy viên dự khuyết 0-00..1991-06; Ủy viên 0-00..2011-01; Bí thư 0-00..2011-01; Đại biểu 0-00..2007-07",
			}},
		{"trap: the Assembly's term not over by the page's year stays held (a profile dated 2020 by a decision, đại biểu Quốc hội khóa XIV)",
			[]string{
				"Ông Trần Văn Nam sinh năm 1965; quê quán: tỉnh Nghệ An; Ủy viên Ban Chấp hành Trung ương Đảng khóa XII, đại biểu Quốc hội khóa XIV.",
				"Quyết định có hiệu lực từ ngày 15/3/2020.",
			},
			[]string{
				"Trần Văn Nam [OTHER]: ",
				"Trần Văn Nam [OFFICIAL]: Ủy viên | Ban Chấp hành Trung ương Đảng; Đại biểu | Quốc hội",
			}},
		{"a profile whose only full date is the birth ends no seat; a part that is no post gives nothing (vietnamplus on Hồ Đức Việt)",
			[]string{
				"Ông Hồ Đức Việt, sinh ngày 13/8/1947; quê quán xã Quỳnh Đôi, huyện Quỳnh Lưu, tỉnh Nghệ An; Ủy viên Ban Chấp hành Trung ương Đảng các khóa VII, VIII, IX, X, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng khóa X; Huân chương Độc lập hạng Nhất.",
			},
			[]string{
				"Hồ Đức Việt [OTHER]: ",
				"Hồ Đức Việt [OFFICIAL]: Ủy viên | Ban Chấp hành Trung ương Đảng; Ủy viên | Bộ Chính trị; Bí thư | Trung ương Đảng",
			}},
		{"posts closing a part after a comma: a deputy's delegation after them (báo Hải Dương via baomoi 2020 on Lê Thị Thủy); after trình độ (baomoi 2011 on Trần Văn Túy); a profile with no semicolon",
			[]string{
				"Bà Lê Thị Thủy sinh năm 1964 tại Nghệ An, là thạc sỹ luật; lý luận chính trị cao cấp, Ủy viên Trung ương Đảng khóa 12, Đại biểu Quốc hội khóa 14 thuộc đoàn Hải Dương.",
				"Đồng chí Trần Văn Túy sinh năm 1957; quê quán: xã Bình Dương, huyện Gia Bình, tỉnh Bắc Ninh, trình độ Tiến sĩ, Lý luận chính trị cao cấp, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Ninh.",
				"Ông Trần Văn Long sinh năm 1968, quê Nghệ An, Phó Chủ tịch UBND tỉnh Nghệ An.",
			},
			[]string{
				"Lê Thị Thủy [OTHER]: ",
				"Trần Văn Túy [OFFICIAL]: ",
				"Trần Văn Long [OTHER]: ",
				"Lê Thị Thủy [OFFICIAL]: Ủy viên | Trung ương Đảng; Đại biểu | Quốc hội",
				"Trần Văn Túy [OFFICIAL]: Phó Bí thư | Tỉnh ủy; Chủ tịch | UBND tỉnh Bắc Ninh",
				"Trần Văn Long [OFFICIAL]: Phó Chủ tịch | UBND tỉnh Nghệ An",
			}},
		{"traps: a part that goes on past its post; sinh away from the name; posts before another's name",
			[]string{
				"Ông Trần Văn Nam, sinh năm 1970; Bí thư Huyện ủy Nam Đàn từ năm 2020 đến nay.",
				"Ông Lê Văn Bình cho biết bà Nguyễn Thị Hoa sinh năm 1975; Phó Chủ tịch UBND tỉnh Nghệ An.",
				"Ông Trần Văn Hải sinh năm 1968, quê Nghệ An, Phó Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn Bình cho biết.",
			},
			[]string{
				"Trần Văn Nam [OTHER]: ",
				"Lê Văn Bình [OTHER]: ",
				"Nguyễn Thị Hoa [OTHER]: ",
				"Trần Văn Hải [OTHER]: ",
				"Nguyễn Văn Bình [OFFICIAL]: Phó Chủ tịch | UBND tỉnh Nghệ An",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss, ms := findLines(tt.lines)
			checkSpans(t, "Profiles", Profiles(ss, ms), tt.want)
		})
	}
}
