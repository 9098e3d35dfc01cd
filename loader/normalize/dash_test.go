package normalize

import "testing"

func TestSpaceTitleDashes(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a name, a tight hyphen, its posts (a government site, 2019)",
			"Các đồng chí: Nguyễn Thanh Nghị-Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; Lâm Hoàng Sa-Ủy viên Ban Thường vụ, Trưởng Ban dân vận Tỉnh ủy dự.",
			"Các đồng chí: Nguyễn Thanh Nghị - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; Lâm Hoàng Sa - Ủy viên Ban Thường vụ, Trưởng Ban dân vận Tỉnh ủy dự."},
		{"a past title in small letters after a tight hyphen (Gia Lai, 2015)",
			"Dự Đại hội có các đồng chí: Trần Liễm-nguyên Chủ tịch Hội Nhà báo tỉnh; Lê Hoàng Trung-Phó Chủ tịch Thường trực Hội Nhà báo tỉnh.",
			"Dự Đại hội có các đồng chí: Trần Liễm - nguyên Chủ tịch Hội Nhà báo tỉnh; Lê Hoàng Trung - Phó Chủ tịch Thường trực Hội Nhà báo tỉnh."},
		{"a head the glossary knows after a tight hyphen (Gia Lai, 2015)",
			"do đồng chí Lê Bá Tuế-Thư ký Chi hội trình bày; Đường Trung Tính-Thành viên Ban Thư ký",
			"do đồng chí Lê Bá Tuế - Thư ký Chi hội trình bày; Đường Trung Tính - Thành viên Ban Thư ký"},
		{"a trap: nguyên before no title", "Kon Tum-nguyên liệu gỗ", "Kon Tum-nguyên liệu gỗ"},
		{"a trap: nguyên before a small-letter word", "khu vực Tây Nguyên-nguyên trạng", "khu vực Tây Nguyên-nguyên trạng"},
		{"a trap: a place that begins like a head", "Phú Bình-Thành phố", "Phú Bình-Thành phố"},
		{"a trap: a document's code", "Nghị quyết 18-NQ/TW và Chỉ thị 05-CT/TW", "Nghị quyết 18-NQ/TW và Chỉ thị 05-CT/TW"},
		{"a trap: a province joined by a hyphen stays whole", "Tỉnh ủy Bà Rịa-Vũng Tàu, BR-VT và TT-Huế", "Tỉnh ủy Bà Rịa-Vũng Tàu, BR-VT và TT-Huế"},
		{"a trap: a capitalised word that only begins like a title", "Xã Phú Bình-Chủng tộc", "Xã Phú Bình-Chủng tộc"},
		{"a trap: a term range", "nhiệm kỳ 2020-2025", "nhiệm kỳ 2020-2025"},
	}
	titles := titleKeys()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := spaceTitleDashes(tt.in, titles); got != tt.want {
				t.Errorf("spaceTitleDashes(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
