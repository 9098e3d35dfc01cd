package normalize

import "testing"

func TestSpaceTitleDashes(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a name, a tight hyphen, its posts (a government site, 2019)",
			"Các đồng chí: Nguyễn Thanh Nghị-Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; Lâm Hoàng Sa-Ủy viên Ban Thường vụ, Trưởng Ban dân vận Tỉnh ủy dự.",
			"Các đồng chí: Nguyễn Thanh Nghị - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; Lâm Hoàng Sa - Ủy viên Ban Thường vụ, Trưởng Ban dân vận Tỉnh ủy dự."},
		{"a trap: a province joined by a hyphen stays whole", "Tỉnh ủy Bà Rịa-Vũng Tàu và TT-Huế", "Tỉnh ủy Bà Rịa-Vũng Tàu và TT-Huế"},
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
