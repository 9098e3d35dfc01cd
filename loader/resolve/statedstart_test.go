package resolve_test

import "testing"

// TestStatedStart: a tenure the event takes up starts on the event's day
// only until a sentence states the day the post was taken up: the stated
// day, before it, is the start (vietnamfinance 2021, g032: approved on 7/5,
// elected on 22/4/2021). A stated day after the event's, or a start of a
// post left, does not move it.
func TestStatedStart(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		of    []string
		want  []string
	}{
		{
			name: "the day of the election, stated after the approval the page reports (g032)",
			lines: []string{
				"Tân Bí thư Tỉnh ủy Vĩnh Long vừa được Bộ Chính trị chuẩn y là ai?",
				"(VNF) - Ông Bùi Văn Nghiêm, Ủy viên Trung ương Đảng, Phó bí thư thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Vĩnh Long, được chuẩn y giữ chức Bí thư Tỉnh ủy Vĩnh Long nhiệm kỳ 2020-2025.",
				"Ngày 7/5, Tỉnh ủy Vĩnh Long đã tổ chức hội nghị triển khai quyết định của Bộ Chính trị chuẩn y ông Bùi Văn Nghiêm giữ chức bí thư Tỉnh ủy Vĩnh Long nhiệm kỳ 2020-2025.",
				"Tại Đại hội XIII của Đảng, ông Bùi Văn Nghiêm được bầu là Ủy viên Trung ương Đảng, nhiệm kỳ 2020-2025. Tại Hội nghị Ban Chấp hành Đảng bộ tỉnh Vĩnh Long, nhiệm kỳ 2020-2025 tổ chức ngày 22/4/2021, ông được bầu giữ chức Bí thư Tỉnh ủy Vĩnh Long.",
			},
			of: []string{"Bùi Văn Nghiêm"},
			// (The other posts as read today: the standing deputy's end and
			// the Central Committee's start are not this test's.)
			want: []string{
				"Bùi Văn Nghiêm | Bí thư | Đảng bộ tỉnh Vĩnh Long from 2021-04-22",
				"Bùi Văn Nghiêm | Chủ tịch | HĐND tỉnh Vĩnh Long",
				"Bùi Văn Nghiêm | Phó Bí thư Thường trực | Đảng bộ tỉnh Vĩnh Long to 2021-05-06",
				"Bùi Văn Nghiêm | Ủy viên | Ban Chấp hành Trung ương Đảng from 2021-05-07",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPostsOf(t, tt.lines, tt.of, tt.want)
		})
	}
}
