package people

import (
	"testing"
)

// TestHeaded: the head's title printed alone after làm goes with the board
// the article has just set up, in the sentence or the two before; a board
// only mentioned, a body no holder of the title heads, or a title printed
// with its own unit gives nothing.
func TestHeaded(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"the board counted in the sentence before, which the segmenter cut at its semicolon (baotainguyenmoitruong 2019, j020)",
			[]string{
				"Để tỏ lòng thương tiếc, Ban Bí thư Trung ương Đảng đã quyết định Ban Lễ tang Nhà nước gồm 23 đồng chí;",
				"đồng chí Nguyễn Xuân Phúc, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ làm Trưởng ban.",
			},
			[]string{"Nguyễn Xuân Phúc [OFFICIAL]: Ủy viên | Bộ Chính trị; Thủ tướng | Chính phủ; Trưởng Ban | Ban Lễ tang Nhà nước"}},
		{"the deputy in the sentence after the head's; the boards named before the deputy's name head nothing (soha 2015, i026)",
			[]string{
				"Ban tổ chức lễ tang gồm 15 người, Bí thư Tỉnh ủy Ninh Bình Nguyễn Thị Thu Hà làm trưởng ban.",
				"Trưởng Ban Công tác đại biểu, phó trưởng Ban Tổ chức trung ương Nguyễn Thị Thanh làm phó trưởng ban.",
			},
			[]string{
				"Nguyễn Thị Thu Hà [OFFICIAL]: Bí thư | Tỉnh ủy Ninh Bình; Trưởng Ban | Ban tổ chức lễ tang",
				"Nguyễn Thị Thanh [OFFICIAL]: Trưởng Ban | Ban Công tác đại biểu; Phó Trưởng Ban | Ban Tổ chức trung ương; Phó Trưởng Ban | Ban tổ chức lễ tang",
			}},
		{"a committee's body elected and counted, its head's title with a word pointing back (vietnamnet 2015, m029)",
			[]string{"Ủy ban kiểm tra tỉnh uỷ được bầu gồm 11 người, ông Tô Văn Từ làm chủ nhiệm ủy ban."},
			[]string{"Tô Văn Từ [OFFICIAL]: Chủ nhiệm | Ủy ban kiểm tra tỉnh uỷ*"}},
		{"a trap: a department named before heads nothing",
			[]string{
				"Ban tổ chức đại hội gồm 15 người, ông Nguyễn Văn An, Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu.",
				"Ông Trần Văn Bình làm Trưởng ban.",
			},
			[]string{"Nguyễn Văn An [OFFICIAL]: Trưởng Ban | Ban Tuyên giáo Tỉnh ủy", "Trần Văn Bình [OTHER]: "}},
		{"a trap: a board only mentioned, not set up",
			[]string{
				"Ban Chỉ đạo phòng, chống tham nhũng tỉnh Lào Cai họp phiên đầu tiên.",
				"Ông Trần Văn Bình làm Trưởng ban.",
			},
			[]string{"Trần Văn Bình [OTHER]: "}},
		{"a trap: a title with its own unit after làm, and a neighbour who is a member only",
			[]string{
				"Ban Lễ tang Nhà nước gồm 23 đồng chí;",
				"ông Nguyễn Văn An làm Trưởng ban Tuyên giáo Tỉnh ủy, ông Trần Văn Bình là thành viên.",
			},
			[]string{"Nguyễn Văn An [OFFICIAL]: Trưởng Ban | ban Tuyên giáo Tỉnh ủy", "Trần Văn Bình [OTHER]: "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss, ms := findLines(tt.lines)
			checkMentions(t, "Headed", Headed(ss, ms), tt.want, nil)
		})
	}
}
