package people

import (
	"slices"
	"testing"
)

// TestPutForward: a post the clause puts a person forward for (giới thiệu …
// ứng cử, đề nghị phân công, thực hiện quy trình bầu … đối với ông A, dự
// kiến, ứng viên) is not given, whichever reader read it; the posts printed
// in apposition to the nominee's name are held; a post given after all
// (trúng cử, phê chuẩn kết quả bầu, theo đề nghị của …, đã bầu) stays.
func TestPutForward(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		// Real sentences (dev pages).
		{"tờ trình giới thiệu … bầu bổ sung chức vụ X đối với ông A: the proposal (baomoi 2011, x010); the vote is the next sentence's",
			"Cũng tại kỳ họp này, HĐND thành phố đã thông qua các tờ trình giới thiệu đại biểu bầu bổ sung chức vụ Chủ tịch UBND thành phố đối với ông Nguyễn Thanh Sơn (54 tuổi, hiện giữ chức Phó chủ tịch Thường trực UBND thành phố).",
			[]string{"Nguyễn Thanh Sơn [OFFICIAL]: "}},
		{"giới thiệu ông A, posts, làm X để bầu giữ chức Y: posts in apposition held, X and Y to come (baomoi 2016, l026)",
			"Tờ trình của Đoàn Chủ tịch cũng đã giới thiệu ông Trần Thanh Mẫn, Ủy viên Trung ương Đảng làm Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam khóa VIII để bầu giữ chức Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam khóa VIII, nhiệm kỳ 2014- 2019.",
			[]string{"Trần Thanh Mẫn [OFFICIAL]: Ủy viên | Trung ương Đảng"}},
		{"giới thiệu đồng chí A, …, hiệp thương cử giữ chức vụ X (vinanet 2015, b073)",
			"Tại Hội nghị, đồng chí Nguyễn Ngọc Lâm, Phó trưởng ban Ban Tổ chức Trung ương Đảng thông báo ý kiến của Bộ Chính trị về việc điều động phân công và giới thiệu đồng chí Trần Thanh Mẫn, Ủy viên Trung ương Đảng, nguyên Bí thư Thành ủy thành phố Cần Thơ hiệp thương cử giữ chức vụ Phó chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.",
			[]string{"Nguyễn Ngọc Lâm [OFFICIAL]: Phó Trưởng Ban | Ban Tổ chức Trung ương", "Trần Thanh Mẫn [OFFICIAL]: Ủy viên | Trung ương Đảng; former Bí thư | Thành ủy thành phố Cần Thơ"}},
		{"giới thiệu ông A - posts ứng cử để bầu giữ chức X (dongthap 2011, x007)",
			"Chủ tịch UBND tỉnh trân trọng giới thiệu ông Nguyễn Văn Thể - Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Tân Hồng ứng cử để bầu giữ chức Phó Chủ tịch UBND tỉnh nhiệm kỳ 2011-2016.",
			[]string{"Nguyễn Văn Thể [OFFICIAL]: Ủy viên dự khuyết | Ban Chấp hành Trung ương Đảng; Ủy viên | Ban Thường vụ Tỉnh ủy; Bí thư | Huyện ủy Tân Hồng"}},
		// The forms met on unseen pages, written out.
		{"giao … thực hiện quy trình bầu chức danh X đối với ông A",
			"Ban Thường vụ Tỉnh ủy giao Đảng đoàn HĐND tỉnh thực hiện quy trình bầu chức danh Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026 đối với ông Nguyễn Văn An, Phó Bí thư Tỉnh ủy.",
			[]string{"Nguyễn Văn An [OFFICIAL]: Phó Bí thư | Tỉnh ủy"}},
		{"đề nghị phân công ông A giữ chức X",
			"Ban Thường vụ Tỉnh ủy đề nghị phân công ông Trần Văn Bình giữ chức Phó Chủ tịch UBND tỉnh.",
			[]string{"Trần Văn Bình [OFFICIAL]: "}},
		{"thực hiện quy trình bổ nhiệm ông A, his post, giữ chức X",
			"Ban Cán sự đảng UBND tỉnh thống nhất thực hiện quy trình bổ nhiệm ông Phạm Văn Dũng, Phó Giám đốc Sở Tài chính giữ chức Giám đốc Sở Tài chính.",
			[]string{"Phạm Văn Dũng [OFFICIAL]: former Phó Giám đốc | Sở Tài chính"}},
		{"nhân sự dự kiến giữ chức X là ông A",
			"Nhân sự dự kiến giữ chức Chủ tịch UBND tỉnh là ông Võ Văn Phúc, Phó Bí thư Tỉnh ủy.",
			[]string{"Võ Văn Phúc [OFFICIAL]: Phó Bí thư | Tỉnh ủy"}},
		{"ứng viên cho chức X là ông A",
			"Ứng viên cho chức Chủ tịch UBND tỉnh là ông Lưu Văn Sáng, Phó Chủ tịch UBND tỉnh.",
			[]string{"Lưu Văn Sáng [OFFICIAL]: Phó Chủ tịch | UBND tỉnh"}},
		{"dự kiến bầu ông A giữ chức X",
			"Ban Chấp hành Đảng bộ tỉnh dự kiến bầu ông Đỗ Văn Uy giữ chức Bí thư Tỉnh ủy.",
			[]string{"Đỗ Văn Uy [OFFICIAL]: "}},
		{"trap: theo sự giới thiệu của X, HĐND bầu ông A giữ chức Y: the basis, given",
			"Theo sự giới thiệu của Thường trực HĐND tỉnh, các đại biểu bầu ông Nguyễn Văn Hùng giữ chức Phó Chủ tịch HĐND tỉnh.",
			[]string{"Nguyễn Văn Hùng [OFFICIAL]: Phó Chủ tịch | HĐND tỉnh*"}},
		{"trap: theo đề nghị của X tại Tờ trình số …, bổ nhiệm ông A giữ chức Y: the basis, given",
			"Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 125/TTr-SNV, Chủ tịch UBND tỉnh bổ nhiệm ông Lê Văn Tám giữ chức Giám đốc Sở Y tế.",
			[]string{"Lê Văn Tám [OFFICIAL]: Giám đốc | Sở Y tế"}},
		// Traps: given after all.
		{"trap: theo tờ trình, then đã bầu (baoquangngai 2021, t004)",
			"Tại kỳ họp, trên cơ sở tờ trình của Chủ tịch UBND tỉnh Quảng Ngãi, các đại biểu Hội đồng nhân dân tỉnh đã bầu ông Nguyễn Công Hoàng, Bí thư Đảng ủy xã Ba Gia, giữ chức Phó Chủ tịch UBND tỉnh Quảng Ngãi nhiệm kỳ 2021-2026.",
			[]string{"Nguyễn Công Hoàng [OFFICIAL]: Bí thư | Đảng ủy xã Ba Gia; Phó Chủ tịch | UBND tỉnh Quảng Ngãi*"}},
		{"trap: xem xét tờ trình, thảo luận và bầu bổ sung ông A vào vị trí X (doanhnghiephoinhap 2021, t007)",
			"Theo đó, tại kỳ họp nêu trên của HĐND huyện Tân Kỳ đã tiến hành xem xét tờ trình, thảo luận và bầu bổ sung ông Phan Văn Giáp - Phó Bí thư Thường trực Huyện ủy Tân Kỳ vào vị trí Chủ tịch UBND huyện này.",
			[]string{"Phan Văn Giáp [OFFICIAL]: Phó Bí thư Thường trực | Huyện ủy Tân Kỳ; Chủ tịch | UBND huyện*"}},
		{"trap: ông A làm X, được giới thiệu để bầu Y: X held (tienphong, b008)",
			"Ông Nguyễn Thanh Bình làm Phó Bí thư Tỉnh ủy Ninh Bình, được giới thiệu để bầu Chủ tịch tỉnh.",
			[]string{"Nguyễn Thanh Bình [OFFICIAL]: Phó Bí thư | Tỉnh ủy Ninh Bình"}},
		{"trap: phê chuẩn kết quả bầu X đối với ông A",
			"Chủ tịch Quốc hội đã phê chuẩn kết quả bầu Chủ tịch HĐND tỉnh Bắc Ninh đối với ông Ngô Văn Khánh.",
			[]string{"Ngô Văn Khánh [OFFICIAL]: Chủ tịch | HĐND tỉnh Bắc Ninh*"}},
		{"trap: đã được Thủ tướng phê chuẩn giữ chức X",
			"Ông Đinh Văn Long đã được Thủ tướng phê chuẩn giữ chức Phó Chủ tịch UBND tỉnh Lào Cai.",
			[]string{"Đinh Văn Long [OFFICIAL]: Phó Chủ tịch | UBND tỉnh Lào Cai*"}},
		{"trap: HĐND đã bầu ông A, được … giới thiệu, giữ chức X: the cue is an aside's",
			"HĐND tỉnh đã bầu ông Đặng Văn Giang, được Ban Thường vụ Tỉnh ủy giới thiệu, giữ chức Chủ tịch UBND tỉnh.",
			[]string{"Đặng Văn Giang [OFFICIAL]: Chủ tịch | UBND tỉnh*"}},
		{"trap: HĐND đã bầu ông A (được giới thiệu) giữ chức X",
			"HĐND tỉnh đã bầu ông Đặng Văn Giang (được Ban Thường vụ Tỉnh ủy giới thiệu) giữ chức Chủ tịch UBND tỉnh.",
			[]string{"Đặng Văn Giang [OFFICIAL]: Chủ tịch | UBND tỉnh*"}},
		{"trap: được giới thiệu và trúng cử chức danh X",
			"Ông Bùi Văn Hải được giới thiệu và trúng cử chức danh Bí thư Huyện ủy Kim Sơn.",
			[]string{"Bùi Văn Hải [OFFICIAL]: Bí thư | Huyện ủy Kim Sơn*"}},
		{"trap: ông A, his post, được giới thiệu và đã trúng cử X: both held",
			"Ông Đặng Văn Giang, Phó Bí thư Tỉnh ủy được giới thiệu và đã trúng cử Chủ tịch UBND tỉnh với 100% phiếu.",
			[]string{"Đặng Văn Giang [OFFICIAL]: Phó Bí thư | Tỉnh ủy; Chủ tịch | UBND tỉnh*"}},
		{"trap: a fronted clause ends with the cue; the main clause gives the post",
			"Tháng 5/2010, được Tỉnh ủy giới thiệu, ông Đặng Văn Giang được HĐND tỉnh bầu làm Phó Chủ tịch UBND tỉnh.",
			[]string{"Đặng Văn Giang [OFFICIAL]: Phó Chủ tịch | UBND tỉnh*"}},
		{"trap: được … giới thiệu và được HĐND tỉnh bầu giữ chức X",
			"Ông Đặng Văn Giang được Ban Thường vụ Tỉnh ủy giới thiệu và được HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh.",
			[]string{"Đặng Văn Giang [OFFICIAL]: Chủ tịch | UBND tỉnh"}},
		{"trap: theo đề nghị của …, Thủ tướng bổ nhiệm ông A giữ chức X",
			"Theo đề nghị của Bộ trưởng Bộ Nội vụ, Thủ tướng bổ nhiệm ông Lê Văn Cường giữ chức Thứ trưởng Bộ Tài chính.",
			[]string{"Lê Văn Cường [OFFICIAL]: Thứ trưởng | Bộ Tài chính"}},
		{"trap: Trình is a name, no cue",
			"Theo quyết định, Ban Thường vụ Tỉnh ủy điều động ông Trình Minh Đức – Phó Bí thư Thường trực Thành ủy Tam Kỳ giữ chức Chánh Văn phòng Đoàn Đại biểu Quốc hội và HĐND tỉnh từ ngày 1.9.2021.",
			[]string{"Trình Minh Đức [OFFICIAL]: former Phó Bí thư Thường trực | Thành ủy Tam Kỳ; Chánh Văn phòng | Văn phòng Đoàn Đại biểu Quốc hội và HĐND tỉnh*"}},
	}
	for _, tt := range tests {
		if got := found(body(tt.in)); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
