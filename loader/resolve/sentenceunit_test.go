package resolve_test

import "testing"

// TestSentenceUnit checks that a title printed without its unit takes the
// one unit its sentence names before it whose head or deputy bears the title
// (the sentence's topic), or the unit printed after the head's title the
// deputy acts as; and that it takes no unit the sentence visits, a unit of
// another's post, one of two, or one printed after the title.
func TestSentenceUnit(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		of    []string
		want  []string
	}{
		{
			name: "the topic before the title (baomoi 2023, b040)",
			lines: []string{
				"Ủy ban Kiểm tra Trung ương họp Kỳ thứ 27",
				"22/3/2023",
				"Trong các ngày 21 và 22/3/2023, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp Kỳ thứ 27 dưới sự chủ trì của Chủ nhiệm Trần Cẩm Tú.",
			},
			of:   []string{"Trần Cẩm Tú"},
			want: []string{"Trần Cẩm Tú | Chủ nhiệm | Ủy ban Kiểm tra Trung ương"},
		},
		{
			name: "the council's members after it (dantri, y013)",
			lines: []string{
				"TPHCM có thêm Phó chủ tịch",
				"Như vậy, tính đến nay UBND TPHCM đã có đủ 13 thành viên theo luật định gồm Chủ tịch Lê Hoàng Quân và 5 Phó chủ tịch là: ông Nguyễn Thành Tài, ông Nguyễn Trung Tín, bà Nguyễn Thị Hồng, ông Hứa Ngọc Thuận và ông Lê Minh Trí; cùng 7 Ủy viên UBND TPHCM.",
			},
			of:   []string{"Lê Hoàng Quân"},
			want: []string{"Lê Hoàng Quân | Chủ tịch | UBND TPHCM"},
		},
		{
			name: "the deputy acting as the head (vietnamnet, j013)",
			lines: []string{
				"Quảng Trị: Phó chủ tịch thường trực điều hành UBND tỉnh",
				"Phó chủ tịch thường trực Hà Sỹ Đồng thực hiện các nhiệm vụ Chủ tịch UBND tỉnh kể từ ngày 1/2 đến khi HĐND tỉnh bầu được Chủ tịch và Thủ tướng phê chuẩn.",
			},
			of:   []string{"Hà Sỹ Đồng"},
			want: []string{"Hà Sỹ Đồng | Phó Chủ tịch Thường trực | UBND tỉnh Quảng Trị"},
		},
		{
			name: "a unit the sentence visits is not the title's",
			lines: []string{
				"Quảng Trị kiểm tra phòng chống dịch",
				"Chiều 5/3, tại UBND huyện Gio Linh, Phó Chủ tịch Hà Sỹ Đồng làm việc về công tác phòng chống dịch.",
				"Làm việc với UBND huyện Vĩnh Linh, Phó Chủ tịch Hà Sỹ Đồng yêu cầu huyện chủ động ứng phó.",
			},
			of:   []string{"Hà Sỹ Đồng"},
			want: nil,
		},
		{
			name: "two units the title may head",
			lines: []string{
				"Quảng Trị và Quảng Bình ký kết hợp tác",
				"UBND tỉnh Quảng Trị và UBND tỉnh Quảng Bình ký kết chương trình hợp tác, Chủ tịch Võ Văn Hưng phát biểu.",
			},
			of:   []string{"Võ Văn Hưng"},
			want: nil,
		},
		{
			name: "a unit after the title is what the holder acts on",
			lines: []string{
				"Quảng Trị kiểm tra phòng chống dịch",
				"Chủ tịch Võ Văn Hưng làm việc với UBND huyện Gio Linh về công tác phòng chống dịch.",
				"Phó Chủ tịch Hà Sỹ Đồng làm việc với Chủ tịch UBND huyện Gio Linh.",
			},
			of:   []string{"Võ Văn Hưng", "Hà Sỹ Đồng"},
			want: nil,
		},
		{
			name: "a head the deputy asks to act is not the deputy's (a province's orders to its districts)",
			lines: []string{
				"Quảng Trị kiểm tra phòng chống dịch",
				"Phó Chủ tịch Hà Sỹ Đồng yêu cầu Chủ tịch UBND huyện Gio Linh khẩn trương khắc phục hậu quả.",
				"Phó Chủ tịch Hoàng Nam đề nghị Chủ tịch UBND huyện Vĩnh Linh chỉ đạo các xã.",
			},
			of:   []string{"Hà Sỹ Đồng", "Hoàng Nam"},
			want: nil,
		},
		{
			name: "the unit of another's post is no topic (nld 2004, y002)",
			lines: []string{
				"Chủ tịch nước thăm Hải Phòng",
				"Sau khi nghe Chủ tịch UBND TP Hải Phòng Trần Huy Năng báo cáo tình hình thực hiện nhiệm vụ năm 2003, Chủ tịch Trần Đức Lương yêu cầu Hải Phòng phải xây dựng bằng được cơ sở hạ tầng.",
			},
			of:   []string{"Trần Đức Lương"},
			want: nil,
		},
		{
			name: "a party organisation named before its secretary (plo 2010, h023)",
			lines: []string{
				"(PL)- Hai đảng bộ được chọn thí điểm bầu trực tiếp bí thư tại TP.HCM là Đảng bộ quận 1 và Đảng bộ khối doanh nghiệp thương mại trung ương tại TP.HCM.",
				"Đảng bộ quận 1 đã bầu ra ban chấp hành khóa mới gồm 41 người, ông Lê Bá Cần trúng cử bí thư Quận ủy quận 1 với 291/298 phiếu tín nhiệm (tỉ lệ 97,65%). Đảng bộ khối doanh nghiệp thương mại trung ương bầu 23 người vào ban chấp hành khóa mới, ông Nguyễn Văn Lịch trúng cử bí thư đảng bộ.",
			},
			of:   []string{"Nguyễn Văn Lịch"},
			want: []string{"Nguyễn Văn Lịch | Bí thư | Đảng bộ Khối doanh nghiệp thương mại Trung ương"},
		},
		{
			name: "a party organisation the sentence visits is not the secretary's",
			lines: []string{
				"Kiểm tra công tác đảng",
				"Đoàn công tác làm việc với Đảng bộ khối doanh nghiệp thương mại trung ương, Bí thư Nguyễn Văn Lịch báo cáo.",
			},
			of:   []string{"Nguyễn Văn Lịch"},
			want: nil,
		},
		{
			name: "a deputy's word the title lost (mattran, h010)",
			lines: []string{
				"Hiệp thương cử Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa",
				"Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa tặng hoa chúc mừng tân phó Chủ tịch Nguyễn Văn Thiện",
			},
			of:   []string{"Nguyễn Văn Thiện"},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPostsOf(t, tt.lines, tt.of, tt.want)
		})
	}
}

// TestDeputiesListed checks that a unit's deputies listed one a sentence,
// the first printed with the unit, share it (dantri 2025, j023), and that a
// head held in the sentence before (a guest list's) still leads no deputy
// of the next.
func TestDeputiesListed(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		of    []string
		want  []string
	}{
		{
			name: "a deputy's unit leads the next deputy (j023)",
			lines: []string{
				"Quảng Ngãi phân công nhiệm vụ Chủ tịch và các Phó Chủ tịch UBND tỉnh",
				"Phó Chủ tịch Thường trực UBND tỉnh Y Ngọc được giao phụ trách lĩnh vực thống kê, ngoại vụ, giáo dục.",
				"Phó Chủ tịch Ông Nguyễn Ngọc Sâm phụ trách lĩnh vực y tế, dân tộc và tôn giáo, tài chính, tiền tệ, ngân hàng.",
			},
			of:   []string{"Nguyễn Ngọc Sâm"},
			want: []string{"Nguyễn Ngọc Sâm | Phó Chủ tịch | UBND tỉnh Quảng Ngãi"},
		},
		{
			name: "a head held leads only its own sentence",
			lines: []string{
				"Huyện Đô Lương tổng kết công tác năm",
				"Tới dự có đ/c Trương Hồng Phúc, Bí thư Huyện ủy Đô Lương.",
				"Phó bí thư Lê Minh Giang phát biểu tại hội nghị.",
			},
			of:   []string{"Lê Minh Giang"},
			want: nil,
		},
		{
			name: "a guest list's deputy leads no deputy of another side's (conference reports)",
			lines: []string{
				"Huyện Tân Hưng tổng kết công tác năm",
				"Dự hội nghị có ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Long An.",
				"Về phía huyện Tân Hưng có Phó Chủ tịch Trần Văn Bình.",
			},
			of:   []string{"Trần Văn Bình"},
			want: nil,
		},
		{
			name: "a deputy two sentences before leads none",
			lines: []string{
				"Quảng Ngãi phân công nhiệm vụ",
				"Phó Chủ tịch Thường trực UBND tỉnh Y Ngọc được giao phụ trách lĩnh vực thống kê.",
				"Các công việc khác do Chủ tịch quyết định.",
				"Phó Chủ tịch Ông Nguyễn Ngọc Sâm phụ trách lĩnh vực y tế.",
			},
			of:   []string{"Nguyễn Ngọc Sâm"},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPostsOf(t, tt.lines, tt.of, tt.want)
		})
	}
}

// TestBracketedUnit checks that a title printed without its unit before a
// list of names takes the unit printed in brackets after the name, or after
// the names joined to it by commas (dantri, pm008), and not a bracket that
// another post or a "và" separates from it.
func TestBracketedUnit(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		of    []string
		want  []string
	}{
		{
			name: "names joined by commas share the bracket (pm008)",
			lines: []string{
				"Bổ nhiệm lại 3 Thứ trưởng",
				"Thủ tướng Chính phủ Nguyễn Tấn Dũng vừa ký quyết định bổ nhiệm lại 3 Thứ trưởng gồm các ông Nguyễn Minh Hồng, Nguyễn Thành Hưng (Bộ Thông tin và Truyền thông) và ông Lê Hoài Trung (Bộ Ngoại giao).",
			},
			of: []string{"Nguyễn Minh Hồng", "Nguyễn Thành Hưng"},
			want: []string{
				"Nguyễn Minh Hồng | Thứ trưởng | Bộ Thông tin và Truyền thông",
				"Nguyễn Thành Hưng | Thứ trưởng | Bộ Thông tin và Truyền thông",
			},
		},
		{
			name: "a post between the name and the bracket stops it",
			lines: []string{
				"Bổ nhiệm Thứ trưởng",
				"Hội nghị có các ông Nguyễn Minh Hồng, Giám đốc Sở Y tế tỉnh Nam Định, Nguyễn Thành Hưng (Bộ Y tế).",
			},
			of:   []string{"Nguyễn Minh Hồng"},
			want: []string{"Nguyễn Minh Hồng | Giám đốc | Sở Y tế tỉnh Nam Định"},
		},
		{
			name: "a bracket after và is the next name's",
			lines: []string{
				"Bổ nhiệm lại Thứ trưởng",
				"Thủ tướng vừa bổ nhiệm lại các Thứ trưởng Nguyễn Minh Hồng và Lê Hoài Trung (Bộ Ngoại giao), Trần Văn Hiếu (Bộ Tài chính).",
			},
			of:   []string{"Nguyễn Minh Hồng"},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPostsOf(t, tt.lines, tt.of, tt.want)
		})
	}
}
