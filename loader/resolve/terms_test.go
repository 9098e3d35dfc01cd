package resolve_test

import (
	"testing"
)

// TestOutgoingTerm checks that a post printed with the term of its organs
// older than the one the article's event opens is ended the day before the
// event (or dropped in an article nothing dates), and that the posts of the
// new term, those held on, and those of an article opening no term are held.
func TestOutgoingTerm(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		of    []string // the people whose posts are checked
		want  []string
	}{
		{
			// vietnamplus 2016 (m013): the first sitting of khóa XVIII
			// elects the people's committee; the deputies printed with
			// khóa XVII are not re-elected. The chair printed with khóa
			// XVII who "tiếp tục được bầu" (re-elected) holds on, the tenure
			// going on (the trap).
			name: "the first sitting of a new council ends the outgoing term's posts",
			lines: []string{
				"Ông Ngô Ngọc Tuấn được bầu làm Chủ tịch HĐND tỉnh Yên Bái",
				"Hội đồng Nhân dân tỉnh Yên Bái khóa XVIII, ngày 30/6/2016 đã tổ chức kỳ họp thứ nhất, bầu ông Ngô Ngọc Tuấn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy Yên Bái làm Chủ tịch Hội đồng Nhân dân tỉnh Yên Bái khóa XVIII, nhiệm kỳ 2016-2021.",
				"Đối với các chức danh của Ủy ban Nhân dân tỉnh, bà Phạm Thị Thanh Trà, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban Nhân dân tỉnh khóa XVII tiếp tục được bầu giữ chức Chủ tịch Ủy ban Nhân dân tỉnh Yên Bái khóa XVIII.",
				"Các ông Tạ Văn Long, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực Ủy ban Nhân dân tỉnh khóa XVII; Nguyễn Chiến Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Ủy ban Nhân dân tỉnh khóa XVII tiếp tục tham gia.",
			},
			of: []string{"Phạm Thị Thanh Trà", "Tạ Văn Long", "Nguyễn Chiến Thắng"},
			want: []string{
				"Nguyễn Chiến Thắng | Phó Chủ tịch | UBND tỉnh Yên Bái to 2016-06-29",
				"Nguyễn Chiến Thắng | Ủy viên | Ban Thường vụ Tỉnh ủy Yên Bái",
				"Phạm Thị Thanh Trà | Chủ tịch | UBND tỉnh Yên Bái",
				"Phạm Thị Thanh Trà | Phó Bí thư | Tỉnh ủy Yên Bái",
				"Phạm Thị Thanh Trà | Ủy viên | Ban Chấp hành Trung ương Đảng",
				"Tạ Văn Long | Phó Chủ tịch Thường trực | UBND tỉnh Yên Bái to 2016-06-29",
				"Tạ Văn Long | Ủy viên | Ban Thường vụ Tỉnh ủy Yên Bái",
			},
		},
		{
			// xosogialai 2015 (j026): the secretary of khóa XV at the close
			// of the congress that opens khóa XVI.
			name: "a congress reported ends the posts of the committee's older term",
			lines: []string{
				"Sẽ phân công Bí thư Thành ủy Hà Nội sau Đại hội XII",
				"Phát biểu bế mạc Đại hội lần thứ XVI Đảng bộ Hà Nội nhiệm kỳ 2015-2020 sáng 3-11-2015, Phó Bí thư Thường trực Thành ủy Hà Nội Ngô Thị Thanh Hằng cảm ơn sự lãnh đạo của Ban chấp hành khóa XV.",
				"Theo bà Hằng, Bộ Chính trị đã quyết định để đồng chí Phạm Quang Nghị, ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội khóa XV tiếp tục chỉ đạo, phụ trách Đảng bộ Hà Nội khóa XVI.",
			},
			of: []string{"Phạm Quang Nghị", "Ngô Thị Thanh Hằng"},
			want: []string{
				"Ngô Thị Thanh Hằng | Phó Bí thư Thường trực | Đảng bộ thành phố Hà Nội",
				"Phạm Quang Nghị | Bí thư | Đảng bộ thành phố Hà Nội to 2015-11-02",
				"Phạm Quang Nghị | Ủy viên | Bộ Chính trị",
			},
		},
		{
			// A term printed by its years: the sitting elects for nhiệm kỳ
			// 2016-2021; a post of 2011-2016 is the outgoing one, a post of
			// the new term (the trap) is held.
			name: "a term printed by its years",
			lines: []string{
				"Bầu Chủ tịch UBND tỉnh Yên Bái",
				"Ngày 30/6/2016, tại kỳ họp thứ nhất, ông Đỗ Đức Duy được bầu giữ chức Chủ tịch Ủy ban Nhân dân tỉnh Yên Bái nhiệm kỳ 2016-2021.",
				"Ông Dương Văn Tiến, Phó Chủ tịch Ủy ban Nhân dân tỉnh Yên Bái nhiệm kỳ 2011-2016, và ông Tạ Văn Long, Phó Chủ tịch Ủy ban Nhân dân tỉnh Yên Bái nhiệm kỳ 2016-2021, dự.",
			},
			of: []string{"Dương Văn Tiến", "Tạ Văn Long"},
			want: []string{
				"Dương Văn Tiến | Phó Chủ tịch | UBND tỉnh Yên Bái to 2016-06-29",
				"Tạ Văn Long | Phó Chủ tịch | UBND tỉnh Yên Bái",
			},
		},
		{
			// hanoimoi 2015 (f007): the deputy's post printed in full, the
			// secretary's cut short (Đảng ủy khối): one unit once resolved.
			name: "a post left for another office of the same unit, as the units resolve",
			lines: []string{
				"Bế mạc Đại hội Đảng bộ khối các cơ quan thành phố",
				"Ngày 13-8-2015, Đại hội Đảng bộ khối các cơ quan thành phố Hà Nội lần thứ VIII, nhiệm kỳ 2015-2020 tiến hành phiên bế mạc.",
				"Đồng chí Vũ Ngọc Liên, Thành ủy viên, Phó Bí thư Đảng ủy khối các cơ quan được bầu giữ chức Bí thư Đảng ủy khối nhiệm kỳ 2015-2020.",
			},
			of: []string{"Vũ Ngọc Liên"},
			want: []string{
				"Vũ Ngọc Liên | Bí thư | Đảng bộ Khối các cơ quan thành phố Hà Nội from 2015-08-13 at Đại hội Đảng bộ Khối các cơ quan thành phố Hà Nội lần thứ VIII, nhiệm kỳ 2015-2020",
				"Vũ Ngọc Liên | Phó Bí thư | Đảng bộ Khối các cơ quan thành phố Hà Nội to 2015-08-12",
				"Vũ Ngọc Liên | Ủy viên | Đảng bộ thành phố Hà Nội",
			},
		},
		{
			// sggp 2016 (m005): the standing deputy head made head of the
			// board; the seat in the standing committee is kept (the trap).
			name: "a deputy made head of the same board leaves the deputy's post, keeps the seat",
			lines: []string{
				"TP.HCM trao quyết định công tác cán bộ",
				"Ngày 25-5-2016, Ban Thường vụ Thành ủy TP. Hồ Chí Minh trao quyết định phân công đồng chí Nguyễn Hữu Hiệp, ủy viên Ban Thường vụ Thành ủy, Phó Trưởng ban Thường trực Ban Tổ chức Thành ủy giữ chức Trưởng Ban Tổ chức Thành ủy TP. Hồ Chí Minh.",
			},
			of: []string{"Nguyễn Hữu Hiệp"},
			want: []string{
				"Nguyễn Hữu Hiệp | Phó Trưởng Ban Thường trực | Ban Tổ chức Thành ủy TPHCM to 2016-05-24",
				"Nguyễn Hữu Hiệp | Trưởng Ban | Ban Tổ chức Thành ủy TPHCM from 2016-05-25",
				"Nguyễn Hữu Hiệp | Ủy viên | Ban Thường vụ Thành ủy TPHCM",
			},
		},
		{
			// infonet 2016 (Bạc Liêu): re-elected (tái cử) for the new
			// term, the outgoing term's post printed first goes on.
			name: "a post of the outgoing term held on by re-election",
			lines: []string{
				"Chủ tịch HĐND các tỉnh",
				"Ngày 17/6/2016, HĐND tỉnh Bạc Liêu khóa IX, nhiệm kỳ 2016-2021 tổ chức kỳ họp thứ nhất.",
				"Về các chức danh chủ chốt UBND tỉnh, ông Dương Thành Trung, sinh năm 1961, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bạc Liêu khóa VIII, tái cử Chủ tịch UBND tỉnh Bạc Liêu khóa IX, nhiệm kỳ 2016-2021.",
			},
			of: []string{"Dương Thành Trung"},
			want: []string{
				"Dương Thành Trung | Chủ tịch | UBND tỉnh Bạc Liêu from 2016-06-17",
				"Dương Thành Trung | Phó Bí thư | Tỉnh ủy Bạc Liêu",
			},
		},
		{
			// tuoitre 2007 (h016): the Assembly's khóa XII elects its
			// officers; posts printed with khóa XI, after the post or after
			// a comma and the Assembly's name, are the outgoing term's. The
			// chair re-elected holds on (the trap).
			name: "the Assembly's new term opened by a post taken up; officers of the outgoing one",
			lines: []string{
				"Quốc hội bầu Chủ tịch, Phó Chủ tịch Quốc hội",
				"Ngày 23/7/2007, với 483 phiếu bầu, Chủ tịch Quốc hội khóa XI Nguyễn Phú Trọng đã tái đắc cử Chủ tịch Quốc hội khóa XII.",
				"Ông Nguyễn Văn Thuận, Phó Chủ nhiệm Uỷ ban Pháp luật Quốc hội khoá XI.",
				"Ông Lê Quang Bình, Trưởng ban dân nguyện, Quốc hội khoá XI.",
			},
			of: []string{"Nguyễn Phú Trọng", "Nguyễn Văn Thuận", "Lê Quang Bình"},
			want: []string{
				"Lê Quang Bình | Trưởng Ban | Ban Dân nguyện to 2007-07-22",
				"Nguyễn Phú Trọng | Chủ tịch Quốc hội |  from 2007-07-23",
				"Nguyễn Văn Thuận | Phó Chủ nhiệm | Ủy ban Pháp luật của Quốc hội to 2007-07-22",
			},
		},
		{
			// thaibinh 2015 (k029): the headline elects; the body prints the
			// person with the deputy's post. Trap: another deputy of the
			// committee, and the elected one's post in another body, held.
			name: "the deputy's post of a person the article shows taking up the head's, printed elsewhere",
			lines: []string{
				"Đồng chí Phạm Văn Sinh được bầu giữ chức Bí thư Tỉnh ủy Thái Bình",
				"Ngày 14/2/2015, Ban Chấp hành Đảng bộ tỉnh Thái Bình họp.",
				"Ban Thường vụ Tỉnh ủy đã xin ý kiến Bộ Chính trị về việc giới thiệu đồng chí Phạm Văn Sinh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh ứng cử chức danh Bí thư Tỉnh ủy; đồng chí Nguyễn Hồng Diên, Phó Bí thư Tỉnh ủy, dự.",
			},
			of: []string{"Phạm Văn Sinh", "Nguyễn Hồng Diên"},
			want: []string{
				"Nguyễn Hồng Diên | Phó Bí thư | Đảng bộ tỉnh Thái Bình",
				"Phạm Văn Sinh | Bí thư | Đảng bộ tỉnh Thái Bình from 2015-02-14",
				"Phạm Văn Sinh | Chủ tịch | UBND tỉnh Thái Bình",
				"Phạm Văn Sinh | Phó Bí thư | Đảng bộ tỉnh Thái Bình to 2015-02-13",
			},
		},
		{
			// The trap: a term printed where no event opens a newer one
			// (an ordinary meeting of the council's khóa XVII) ends nothing.
			name: "a term printed where the article opens none ends nothing",
			lines: []string{
				"Yên Bái họp giao ban",
				"Ngày 12/3/2014, Thường trực HĐND tỉnh Yên Bái họp giao ban.",
				"Ông Tạ Văn Long, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực Ủy ban Nhân dân tỉnh khóa XVII, dự.",
			},
			of: []string{"Tạ Văn Long"},
			want: []string{
				"Tạ Văn Long | Phó Chủ tịch Thường trực | UBND tỉnh Yên Bái",
				"Tạ Văn Long | Ủy viên | Ban Thường vụ Tỉnh ủy Yên Bái",
			},
		},
		{
			// The trap: a congress to come (chuẩn bị nhân sự khóa XVI)
			// opens no term.
			name: "a congress only prepared opens no term",
			lines: []string{
				"Hà Nội chuẩn bị Đại hội",
				"Ngày 5/6/2015, Ban Thường vụ Thành ủy Hà Nội họp bàn công tác chuẩn bị nhân sự Ban Chấp hành khóa XVI cho Đại hội lần thứ XVI Đảng bộ Hà Nội sắp tới.",
				"Đồng chí Phạm Quang Nghị, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội khóa XV chủ trì.",
			},
			of: []string{"Phạm Quang Nghị"},
			want: []string{
				"Phạm Quang Nghị | Bí thư | Đảng bộ thành phố Hà Nội",
				"Phạm Quang Nghị | Ủy viên | Bộ Chính trị",
			},
		},
		{
			// The trap: a central committee's membership is listed by
			// khóa in careers; its terms are not ended by a local event.
			name: "a central post printed with its khóa is not a place's term",
			lines: []string{
				"Bế mạc Đại hội Đảng bộ tỉnh Nghệ An",
				"Ngày 15/10/2020, Đại hội lần thứ XIX Đảng bộ tỉnh Nghệ An bế mạc.",
				"Đồng chí Nguyễn Đắc Vinh, Ủy viên Ban Chấp hành Trung ương Đảng khóa XII, phát biểu.",
			},
			of: []string{"Nguyễn Đắc Vinh"},
			want: []string{
				"Nguyễn Đắc Vinh | Ủy viên | Ban Chấp hành Trung ương Đảng",
			},
		},
		{
			name: "an article nothing dates drops the outgoing term's posts",
			lines: []string{
				"Kỳ họp thứ nhất HĐND tỉnh Yên Bái",
				"Hội đồng Nhân dân tỉnh Yên Bái khóa XVIII tổ chức kỳ họp thứ nhất, bầu ông Ngô Ngọc Tuấn làm Chủ tịch Hội đồng Nhân dân tỉnh Yên Bái khóa XVIII.",
				"Ông Tạ Văn Long, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực Ủy ban Nhân dân tỉnh khóa XVII, dự.",
			},
			of: []string{"Tạ Văn Long"},
			want: []string{
				"Tạ Văn Long | Ủy viên | Ban Thường vụ Tỉnh ủy Yên Bái",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPostsOf(t, tt.lines, tt.of, tt.want)
		})
	}
}
