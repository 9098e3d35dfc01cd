package resolve_test

import "testing"

// TestFormerEndNotBeforeStart: every way the article ends a post it does
// not date (a former post, a post left for another office of its unit, a
// post one holder at a time taken up by another, a post of the outgoing term)
// ends it no earlier than it began: on a page dated to the month, a post
// begun in that month ends in it, not in the month before.
func TestFormerEndNotBeforeStart(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		of    []string
		want  []string
	}{
		{
			name: "a post left for another office of the unit, begun in the page's month",
			lines: []string{
				" date 2015-08 Đại hội Đảng bộ khối các cơ quan thành phố Hà Nội",
				"Tháng 8/2015, đồng chí Vũ Ngọc Liên được bầu giữ chức Phó Bí thư Đảng ủy khối các cơ quan thành phố Hà Nội.",
				"Đồng chí Vũ Ngọc Liên, Phó Bí thư Đảng ủy khối các cơ quan được bầu giữ chức Bí thư Đảng ủy khối các cơ quan thành phố Hà Nội.",
			},
			of: []string{"Vũ Ngọc Liên"},
			want: []string{
				"Vũ Ngọc Liên | Bí thư | Đảng bộ Khối các cơ quan thành phố Hà Nội at Đại hội Đảng bộ Khối các cơ quan thành phố Hà Nội",
				"Vũ Ngọc Liên | Phó Bí thư | Đảng bộ Khối các cơ quan thành phố Hà Nội from 2015-08 to 2015-08 at Đại hội Đảng bộ Khối các cơ quan thành phố Hà Nội",
			},
		},
		{
			name: "a post left for another office of the unit, begun before the page's month",
			lines: []string{
				" date 2015-08 Đại hội Đảng bộ khối các cơ quan thành phố Hà Nội",
				"Tháng 3/2012, đồng chí Vũ Ngọc Liên được bầu giữ chức Phó Bí thư Đảng ủy khối các cơ quan thành phố Hà Nội.",
				"Đồng chí Vũ Ngọc Liên, Phó Bí thư Đảng ủy khối các cơ quan được bầu giữ chức Bí thư Đảng ủy khối các cơ quan thành phố Hà Nội.",
			},
			of: []string{"Vũ Ngọc Liên"},
			want: []string{
				"Vũ Ngọc Liên | Bí thư | Đảng bộ Khối các cơ quan thành phố Hà Nội at Đại hội Đảng bộ Khối các cơ quan thành phố Hà Nội",
				"Vũ Ngọc Liên | Phó Bí thư | Đảng bộ Khối các cơ quan thành phố Hà Nội from 2012-03 to 2015-07 at Đại hội Đảng bộ Khối các cơ quan thành phố Hà Nội",
			},
		},
		{
			name: "a post the article shows another taking up, begun before the page's month",
			lines: []string{
				" date 2020-10 Công tác cán bộ tỉnh Hà Giang",
				"Ông Đinh Văn Thiệu giữ chức Trưởng Ban Tổ chức Tỉnh ủy Hà Giang từ tháng 3/2016.",
				"Ông Lê Hữu Hoàng được bổ nhiệm giữ chức Trưởng Ban Tổ chức Tỉnh ủy Hà Giang.",
			},
			of: []string{"Đinh Văn Thiệu", "Lê Hữu Hoàng"},
			want: []string{
				"Lê Hữu Hoàng | Trưởng Ban | Ban Tổ chức Tỉnh ủy Hà Giang from 2020-10",
				"Đinh Văn Thiệu | Trưởng Ban | Ban Tổ chức Tỉnh ủy Hà Giang from 2016-03 to 2020-09",
			},
		},
		{
			name: "an outgoing term's post begun in the page's month",
			lines: []string{
				" date 2016-06 Kỳ họp thứ nhất HĐND tỉnh Yên Bái",
				"Hội đồng Nhân dân tỉnh Yên Bái khóa XVIII tổ chức kỳ họp thứ nhất, bầu ông Ngô Ngọc Tuấn làm Chủ tịch Hội đồng Nhân dân tỉnh Yên Bái khóa XVIII.",
				"Ông Tạ Văn Long, Phó Chủ tịch Ủy ban Nhân dân tỉnh khóa XVII từ tháng 6/2016, dự.",
			},
			of: []string{"Tạ Văn Long"},
			want: []string{
				"Tạ Văn Long | Phó Chủ tịch | UBND tỉnh Yên Bái from 2016-06 to 2016-06",
			},
		},
		{
			name: "trap: a post begun in the page's month that another takes up is two takers, kept as read",
			lines: []string{
				" date 2020-10 Công tác cán bộ tỉnh Hà Giang",
				"Ông Đinh Văn Thiệu giữ chức Trưởng Ban Tổ chức Tỉnh ủy Hà Giang từ tháng 10/2020.",
				"Ông Lê Hữu Hoàng được bổ nhiệm giữ chức Trưởng Ban Tổ chức Tỉnh ủy Hà Giang.",
			},
			of: []string{"Đinh Văn Thiệu", "Lê Hữu Hoàng"},
			want: []string{
				"Lê Hữu Hoàng | Trưởng Ban | Ban Tổ chức Tỉnh ủy Hà Giang from 2020-10",
				"Đinh Văn Thiệu | Trưởng Ban | Ban Tổ chức Tỉnh ủy Hà Giang from 2020-10",
			},
		},
		{
			name: "trap: an outgoing term's post begun on the day of a day-dated event has no end before it",
			lines: []string{
				"Kỳ họp thứ nhất HĐND tỉnh Yên Bái",
				"Ngày 30/6/2016, Hội đồng Nhân dân tỉnh Yên Bái khóa XVIII tổ chức kỳ họp thứ nhất, bầu ông Ngô Ngọc Tuấn làm Chủ tịch Hội đồng Nhân dân tỉnh Yên Bái khóa XVIII.",
				"Ông Tạ Văn Long, Phó Chủ tịch Ủy ban Nhân dân tỉnh khóa XVII từ ngày 30/6/2016, dự.",
			},
			of: []string{"Tạ Văn Long"},
			want: []string{
				"Tạ Văn Long | Phó Chủ tịch | UBND tỉnh Yên Bái from 2016-06-30",
			},
		},
		{
			name: "trap: a post the article states taken up on its day, then called nguyên, ends on no day before it",
			lines: []string{
				" date 2020-10-15 Công tác cán bộ tỉnh Hà Giang",
				"Ngày 15/10/2020, ông Nguyễn Văn Hùng được bổ nhiệm giữ chức Giám đốc Sở Tài chính tỉnh Hà Giang.",
				"Ông Nguyễn Văn Hùng, nguyên Giám đốc Sở Tài chính tỉnh Hà Giang, phát biểu.",
			},
			of: []string{"Nguyễn Văn Hùng"},
			want: []string{
				"Nguyễn Văn Hùng | Giám đốc | Sở Tài chính tỉnh Hà Giang from 2020-10-15",
			},
		},
		{
			name: "a veteran's steps of 1942 on a page of 2022 are left long before it, the last too (baoquangninh 2022)",
			lines: []string{
				" date 2022-11-04 Người đảng viên 85 năm sắt son với Đảng",
				"Cuộc đời hoạt động cách mạng của đồng chí Nguyễn Thọ Chân đã kinh qua nhiều vị trí:",
				"Tháng 8/1942, làm Bí thư Tỉnh uỷ Hà Đông.",
				"Cuối năm 1942, đầu năm 1943, làm Bí thư Thành uỷ Hà Nội.",
			},
			of: []string{"Nguyễn Thọ Chân"},
			want: []string{
				"Nguyễn Thọ Chân | Bí thư | Thành ủy Hà Nội from 1942 to 2022-11-03",
				"Nguyễn Thọ Chân | Bí thư | Tỉnh ủy Hà Đông from 1942-08 to 2022-11-03",
			},
		},
		{
			name: "trap: a step of thirty years before is still held where nothing ends it",
			lines: []string{
				" date 2022-11-04 Hội Cựu chiến binh",
				"Năm 1995, ông Lê Văn Hải được bầu làm Chủ tịch Hội Cựu chiến binh xã Đông Mỹ.",
			},
			of: []string{"Lê Văn Hải"},
			want: []string{
				"Lê Văn Hải | Chủ tịch | Hội Cựu chiến binh xã Đông Mỹ from 1995",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPostsOf(t, tt.lines, tt.of, tt.want)
		})
	}
}

// TestFormerEndBeforeEventPeriod: a former post whose end the sentence gives
// (the day before the career's next step, a term's year) ends before the
// article's event at the precision the event is known: on a page dated to
// the month, an end within that month would read the post held then, so it
// ends the month before (kienthuc b013, a roundup of the month's provincial
// secretaries, each profile's career ended the day before its own re-election
// day). On a page dated to the day the day before stands.
func TestFormerEndBeforeEventPeriod(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		of    []string
		want  []string
	}{
		{
			name: "a career before a re-election day, on a page known to the month (b013)",
			lines: []string{
				" date 2020-10 Ông Phan Việt Cường tái đắc cử Bí thư Tỉnh ủy Quảng Nam ngày 13/10.",
				"Trước khi tái đắc cử chức Bí thư Tỉnh uỷ Quảng Nam, ông Cường từng kinh qua các chức vụ Phó Chánh Thanh tra tỉnh, Chánh Thanh tra tỉnh, Trưởng Ban Nội chính, Phó Bí thư Thường trực, Trưởng Đoàn đại biểu Quốc hội tỉnh Quảng Nam.",
				"Ông Nguyễn Văn Lợi (SN 1961, quê TP HCM) tái đắc cử bí thư Tỉnh ủy Bình Phước ngày 3/10.",
				"Ông Lợi từng giữ nhiều chức vụ: trưởng Ban Tuyên giáo Tỉnh ủy, bí thư Thị ủy Đồng Xoài, phó chủ tịch UBND tỉnh, phó bí thư Tỉnh ủy rồi bí thư Tỉnh ủy tỉnh Bình Phước.",
			},
			of: []string{"Phan Việt Cường", "Nguyễn Văn Lợi"},
			want: []string{
				"Nguyễn Văn Lợi | Bí thư | Thị ủy Đồng Xoài to 2020-09",
				"Nguyễn Văn Lợi | Bí thư | Tỉnh ủy Bình Phước from 2020-10",
				"Nguyễn Văn Lợi | Phó Bí thư | Tỉnh ủy Bình Phước to 2020-09",
				"Nguyễn Văn Lợi | Phó Chủ tịch | UBND tỉnh Bình Phước to 2020-09",
				"Nguyễn Văn Lợi | Trưởng Ban | Ban Tuyên giáo Tỉnh ủy Bình Phước to 2020-09",
				"Phan Việt Cường | Bí thư | Đảng bộ tỉnh Quảng Nam from 2020-10",
				"Phan Việt Cường | Chánh Thanh tra | Thanh tra tỉnh Quảng Nam to 2020-09",
				"Phan Việt Cường | Phó Bí thư Thường trực | Đảng bộ tỉnh Quảng Nam to 2020-09",
				"Phan Việt Cường | Phó Chánh Thanh tra | Thanh tra tỉnh Quảng Nam to 2020-09",
				"Phan Việt Cường | Trưởng Ban | Ban Nội chính to 2020-09",
				"Phan Việt Cường | Trưởng đoàn | Đoàn đại biểu Quốc hội tỉnh Quảng Nam to 2020-09",
			},
		},
		{
			name: "trap: the same career on a page known to the day ends the day before",
			lines: []string{
				" date 2020-10-13 Ông Phan Việt Cường tái đắc cử Bí thư Tỉnh ủy Quảng Nam ngày 13/10.",
				"Trước khi tái đắc cử chức Bí thư Tỉnh uỷ Quảng Nam, ông Cường từng kinh qua các chức vụ Phó Chánh Thanh tra tỉnh, Chánh Thanh tra tỉnh, Trưởng Ban Nội chính, Phó Bí thư Thường trực, Trưởng Đoàn đại biểu Quốc hội tỉnh Quảng Nam.",
				"Ông Nguyễn Văn Lợi (SN 1961, quê TP HCM) tái đắc cử bí thư Tỉnh ủy Bình Phước ngày 3/10.",
				"Ông Lợi từng giữ nhiều chức vụ: trưởng Ban Tuyên giáo Tỉnh ủy, bí thư Thị ủy Đồng Xoài, phó chủ tịch UBND tỉnh, phó bí thư Tỉnh ủy rồi bí thư Tỉnh ủy tỉnh Bình Phước.",
			},
			of: []string{"Phan Việt Cường"},
			want: []string{
				"Phan Việt Cường | Bí thư | Đảng bộ tỉnh Quảng Nam from 2020-10-13",
				"Phan Việt Cường | Chánh Thanh tra | Thanh tra tỉnh Quảng Nam to 2020-10-12",
				"Phan Việt Cường | Phó Bí thư Thường trực | Đảng bộ tỉnh Quảng Nam to 2020-10-12",
				"Phan Việt Cường | Phó Chánh Thanh tra | Thanh tra tỉnh Quảng Nam to 2020-10-12",
				"Phan Việt Cường | Trưởng Ban | Ban Nội chính to 2020-10-12",
				"Phan Việt Cường | Trưởng đoàn | Đoàn đại biểu Quốc hội tỉnh Quảng Nam to 2020-10-12",
			},
		},
		{
			name: "trap: a post held in apposition to an election stays held",
			lines: []string{
				" date 2021-06 Kỳ họp thứ nhất HĐND tỉnh Quảng Nam",
				"Ông Phan Việt Cường, Bí thư Tỉnh ủy Quảng Nam, được bầu giữ chức Chủ tịch HĐND tỉnh Quảng Nam.",
			},
			of: []string{"Phan Việt Cường"},
			want: []string{
				"Phan Việt Cường | Bí thư | Tỉnh ủy Quảng Nam",
				"Phan Việt Cường | Chủ tịch | HĐND tỉnh Quảng Nam from 2021-06",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPostsOf(t, tt.lines, tt.of, tt.want)
		})
	}
}
