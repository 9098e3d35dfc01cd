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
		{"one seat after là printed with terms over by the page's latest full date ends with the last; the profile replaces Find's mention (haiquanonline 2021, v008: a June 2021 page, khóa XII over in January 2021)",
			[]string{
				"Thôi giữ chức Thứ trưởng Bộ Quốc phòng từ ngày 1/6/2021.",
				"Ông Trần Đơn là Ủy viên Trung ương Đảng khóa XI, XII.",
			},
			[]string{
				"Trần Đơn [OFFICIAL]: former Ủy viên | Trung ương Đảng @ Ủy viên 0-00..2021-01",
			}},
		{"traps: one seat after là whose last term still runs, and one printed with no term, stay Find's, held",
			[]string{
				"Quyết định có hiệu lực từ ngày 1/6/2021.",
				"Ông Lê Văn Nam là Ủy viên Trung ương Đảng khóa XII, XIII.",
				"Ông Trần Văn Bình là Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy khóa XX.",
			},
			[]string{
				"Lê Văn Nam [OFFICIAL]: Ủy viên | Trung ương Đảng",
				"Trần Văn Bình [OFFICIAL]: Ủy viên | Trung ương Đảng; Bí thư | Tỉnh ủy",
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
		{"an age opens a profile as a birth does (vietnamplus 2021 on Lê Chiêm); no full date printed: the seats stay held",
			[]string{
				"Thượng tướng Lê Chiêm 63 tuổi; Cử nhân, Chỉ huy tham mưu; quê ở huyện Quế Sơn, tỉnh Quảng Nam; Ủy viên Trung ương Đảng khóa XI, XII; đại biểu Quốc hội khóa XIV.",
			},
			[]string{
				"Lê Chiêm [OFFICIAL]: ",
				"Lê Chiêm [OFFICIAL]: Ủy viên | Trung ương Đảng; Đại biểu | Quốc hội",
			}},
		{"là and seats set off by semicolons: a list replacing Find's first seat; terms over by the death end the seats, a span in brackets the post (dantocmiennui 2023 on Vũ Khoan)",
			[]string{
				"Đồng chí Vũ Khoan là Ủy viên Trung ương Đảng khóa VII, VIII, IX; Bí thư Trung ương Đảng khóa IX; Đại biểu Quốc hội khóa XI, XII; Phó Thủ tướng Chính phủ (8/2002 - 6/2006).",
				"Đồng chí đã từ trần vào hồi 7 giờ 5 phút, ngày 21/6/2023 tại Bệnh viện Trung ương Quân đội 108.",
			},
			[]string{
				"Vũ Khoan [OFFICIAL]: former Ủy viên | Trung ương Đảng; former Bí thư | Trung ương Đảng; former Đại biểu | Quốc hội; former Phó Thủ tướng | Chính phủ @ Ủy viên 0-00..2006-04; Bí thư 0-00..2006-04; Đại biểu 0-00..2011-07; Phó Thủ tướng 2002-08..2006-06",
			}},
		{"ông and the given name of the person named before, then , là and seats; a full date in the month the next congress opened ends no seat of the term (24h 2026 on Đỗ Thanh Bình)",
			[]string{
				"Ngày 12/1/2026, Bộ Nội vụ có Bộ trưởng mới, ông Đỗ Thanh Bình.",
				"Ông Bình sinh năm 1967, quê Cà Mau, trình độ thạc sĩ Kinh tế, cử nhân Kinh tế chính trị, là ủy viên Trung ương Đảng khóa 13, đại biểu Quốc hội khóa 15.",
			},
			[]string{
				"Đỗ Thanh Bình [OTHER]: ",
				"Đỗ Thanh Bình [OFFICIAL]: Ủy viên | Trung ương Đảng; Đại biểu | Quốc hội",
			}},
		{"a seat of the Politburo printed with no term takes the term of the seat after it (baolangson 2013 on Hồ Đức Việt)",
			[]string{
				"Đồng chí HỒ ĐỨC VIỆT, sinh ngày 13-8-1947; quê quán: xã Quỳnh Đôi, huyện Quỳnh Lưu, tỉnh Nghệ An; Ủy viên Ban Chấp hành Trung ương Đảng các khóa VII, VIII, IX, X, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng khóa X; Đại biểu Quốc hội các khóa IX, X, XI, XII; Huân chương Độc lập hạng nhất.",
				"Do lâm bệnh nặng, đồng chí đã từ trần hồi 17 giờ 15 phút ngày 31-5-2013 tại Bệnh viện Trung ương Quân đội 108, Hà Nội.",
			},
			[]string{
				"Hồ Đức Việt [OFFICIAL]: ",
				"Hồ Đức Việt [OFFICIAL]: former Ủy viên | Ban Chấp hành Trung ương Đảng; former Ủy viên | Bộ Chính trị; former Bí thư | Trung ương Đảng; former Đại biểu | Quốc hội @ Ủy viên 0-00..2011-01; Ủy viên 0-00..2011-01; Bí thư 0-00..2011-01; Đại biểu 0-00..2011-07",
			}},
		{"a profile going on past a full stop, in sentences naming no one that open on posts (thongtinchongphandong 2018 on Phan Văn Khải); a death in 2018 ends every term",
			[]string{
				"Đồng chí Phan Văn Khải, sinh ngày 25-12-1933; quê quán: Xã Tân Thông Hội, huyện Củ Chi, Thành phố Hồ Chí Minh; đồng chí tham gia cách mạng năm 1947, vào Đảng Cộng sản Việt Nam ngày 15-7-1959.",
				"Nguyên Ủy viên Ban Chấp hành Trung ương Đảng các khóa V, VI, VII, VIII, IX; Ủy viên Bộ Chính trị các khóa VII, VIII, IX; Ủy viên Thường vụ Bộ Chính trị khóa VIII.",
				"Đại biểu Quốc hội các khóa VIII, IX, X, XI.",
				"Đồng chí đã từ trần hồi 01 giờ 30 phút, ngày 17-3-2018.",
			},
			[]string{
				"Phan Văn Khải [OFFICIAL]: ",
				"Phan Văn Khải [OFFICIAL]: former Ủy viên | Ban Chấp hành Trung ương Đảng; former Ủy viên | Bộ Chính trị; former Ủy viên | Thường vụ Bộ Chính trị @ Ủy viên 0-00..2006-04; Ủy viên 0-00..2006-04; Ủy viên 0-00..2001-04",
				"Phan Văn Khải [OFFICIAL]: former Đại biểu | Quốc hội @ Đại biểu 0-00..2007-07",
			}},
		{"traps: a profile's next sentence naming someone, or opening on a title with a verb, or on no post, is no part of it",
			[]string{
				"Ông Trần Văn Nam, sinh ngày 5-6-1950; quê quán: tỉnh Nghệ An.",
				"Bí thư Tỉnh ủy Nguyễn Văn Bình, Ủy viên Ban Chấp hành Trung ương Đảng khóa XII.",
				"Ông Lê Văn Tám, sinh ngày 5-6-1950; quê quán: tỉnh Hà Tĩnh.",
				"Bí thư Tỉnh ủy đã gửi vòng hoa viếng.",
				"Ông Phạm Văn Đức, sinh ngày 5-6-1950; quê quán: tỉnh Nghệ An.",
				"Gia đình xin cảm ơn; Ủy viên Ban Chấp hành Trung ương Đảng khóa XII.",
			},
			[]string{
				"Trần Văn Nam [OTHER]: ",
				"Nguyễn Văn Bình [OFFICIAL]: Bí thư | Tỉnh ủy; Ủy viên | Ban Chấp hành Trung ương Đảng",
				"Lê Văn Tám [OTHER]: ",
				"Phạm Văn Đức [OTHER]: ",
			}},
		{"traps: là and one post is Find's; là and no post first; an age and no post; ông and a given name nobody named before bears; a bracket that is no date",
			[]string{
				"Ông Trần Văn Nam là Bí thư Huyện ủy Nam Đàn; ông được bầu năm 2020.",
				"Ông Lê Văn Bình là người con của quê hương Nghệ An; Ủy viên Ban Chấp hành Trung ương Đảng khóa XII.",
				"Ông Trần Văn Hải 55 tuổi, quê Nghệ An, tốt nghiệp đại học.",
				"Ông Tâm sinh năm 1967, là ủy viên Trung ương Đảng khóa 13.",
				"Ông Phạm Văn Đức sinh năm 1960; Bộ trưởng Bộ Thương mại (nay là Bộ Công Thương).",
			},
			[]string{
				"Trần Văn Nam [OFFICIAL]: Bí thư | Huyện ủy Nam Đàn",
				"Lê Văn Bình [OTHER]: ",
				"Trần Văn Hải [OTHER]: ",
				"Phạm Văn Đức [OTHER]: ",
				"Phạm Văn Đức [OFFICIAL]: Bộ trưởng | Bộ Thương mại",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss, ms := findLines(tt.lines)
			checkSpans(t, "Profiles", Profiles(ss, ms), tt.want)
		})
	}
}
