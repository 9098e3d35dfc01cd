package resolve_test

import "testing"

// TestTwinSeat: a seat in a place's Tỉnh ủy is printed as Tỉnh ủy viên (the
// Đảng bộ's seat) or as Ủy viên Ban Chấp hành Đảng bộ tỉnh; what ends it
// under one name ends it under the other (realset k002, baochinhphu: held as
// Tỉnh ủy viên where the discipline is proposed, ended by cách chức under its
// long name).
func TestTwinSeat(t *testing.T) {
	k002 := []string{
		"Ban Bí thư đã xem xét Báo cáo của Ủy ban Kiểm tra Trung ương về việc đề nghị thi hành kỷ luật đối với ông Nguyễn Thanh Sơn, Tỉnh ủy viên, Bí thư Đảng ủy Khối Doanh nghiệp tỉnh Hà Tĩnh, nguyên Bí thư Huyện ủy Vũ Quang, tỉnh Hà Tĩnh.",
		"Ban Bí thư đã quyết định thi hành kỷ luật ông Nguyễn Thanh Sơn bằng hình thức cách chức các chức vụ: Ủy viên Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh, nhiệm kỳ 2005-2010 và nhiệm kỳ 2010-2015; Bí thư Huyện ủy Vũ Quang, nhiệm kỳ 2005-2010 và nhiệm kỳ 2010-2015; Bí thư Đảng ủy Khối Doanh nghiệp tỉnh Hà Tĩnh, nhiệm kỳ 2010-2015.",
	}
	tests := []struct {
		name  string
		lines []string
		of    []string
		want  []string
	}{
		{
			name:  "an article nothing dates drops the seat under both names",
			lines: append([]string{"Cách chức Bí thư Đảng ủy Khối Doanh nghiệp tỉnh Hà Tĩnh"}, k002...),
			of:    []string{"Nguyễn Thanh Sơn"},
			want:  nil,
		},
		{
			name:  "a dated article ends it under both names",
			lines: append([]string{" date 2013-06-10 Cách chức Bí thư Đảng ủy Khối Doanh nghiệp tỉnh Hà Tĩnh"}, k002...),
			of:    []string{"Nguyễn Thanh Sơn"},
			want: []string{
				"Nguyễn Thanh Sơn | Bí thư | Huyện ủy Vũ Quang to 2013-06-09",
				"Nguyễn Thanh Sơn | Bí thư | Đảng ủy Khối Doanh nghiệp tỉnh Hà Tĩnh to 2013-06-09",
				"Nguyễn Thanh Sơn | Ủy viên | Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh to 2013-06-09",
				"Nguyễn Thanh Sơn | Ủy viên | Đảng bộ tỉnh Hà Tĩnh to 2013-06-09",
			},
		},
		{
			name: "trap: a seat in the standing committee is another seat",
			lines: []string{
				" date 2013-06-10 Cách chức",
				"Ông Nguyễn Thanh Sơn, Tỉnh ủy viên, Bí thư Huyện ủy Vũ Quang, tỉnh Hà Tĩnh dự họp.",
				"Ban Bí thư quyết định thi hành kỷ luật ông Nguyễn Thanh Sơn bằng hình thức cách chức Ủy viên Ban Thường vụ Tỉnh ủy Hà Tĩnh.",
			},
			of: []string{"Nguyễn Thanh Sơn"},
			want: []string{
				"Nguyễn Thanh Sơn | Bí thư | Huyện ủy Vũ Quang",
				"Nguyễn Thanh Sơn | Ủy viên | Ban Thường vụ Tỉnh ủy Hà Tĩnh to 2013-06-09",
				"Nguyễn Thanh Sơn | Ủy viên | Tỉnh ủy Hà Tĩnh",
			},
		},
		{
			name: "trap: another province's executive is another seat",
			lines: []string{
				" date 2013-06-10 Cách chức",
				"Ông Nguyễn Thanh Sơn, Tỉnh ủy viên, Bí thư Huyện ủy Vũ Quang, tỉnh Hà Tĩnh dự họp.",
				"Ban Bí thư quyết định thi hành kỷ luật ông Nguyễn Thanh Sơn bằng hình thức cách chức Ủy viên Ban Chấp hành Đảng bộ tỉnh Nghệ An.",
			},
			of: []string{"Nguyễn Thanh Sơn"},
			want: []string{
				"Nguyễn Thanh Sơn | Bí thư | Huyện ủy Vũ Quang",
				"Nguyễn Thanh Sơn | Ủy viên | Ban Chấp hành Đảng bộ tỉnh Nghệ An to 2013-06-09",
				"Nguyễn Thanh Sơn | Ủy viên | Tỉnh ủy Hà Tĩnh",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPostsOf(t, tt.lines, tt.of, tt.want)
		})
	}
}
