package schema

import "testing"

func TestPositionName(t *testing.T) {
	tests := []struct{ title, unit, want string }{
		{"Bí thư", "Thành ủy TPHCM", "Bí thư Thành ủy TPHCM"},
		{"Trưởng Ban", "Ban Tuyên giáo và Dân vận Thành ủy TPHCM", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy TPHCM"},
		{"Chánh Văn phòng", "Văn phòng Trung ương Đảng", "Chánh Văn phòng Trung ương Đảng"},
		{"Phó Trưởng ban", "Ban Tổ chức Tỉnh ủy", "Phó Trưởng Ban Tổ chức Tỉnh ủy"},
		{"Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Nghệ An", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Nghệ An"},
		// No overlap, nothing fused.
		{"Ủy viên", "Ban Bí thư", "Ủy viên Ban Bí thư"},
		{"Thủ tướng", "", "Thủ tướng"},
		{"", "Bộ Chính trị", "Bộ Chính trị"},
		// Tone placement does not hide the overlap.
		{"Chủ nhiệm Uỷ ban", "Ủy ban Kiểm tra Quận ủy", "Chủ nhiệm Ủy ban Kiểm tra Quận ủy"},
	}
	for _, tt := range tests {
		if got := PositionName(tt.title, tt.unit); got != tt.want {
			t.Errorf("PositionName(%q, %q) = %q, want %q", tt.title, tt.unit, got, tt.want)
		}
	}
}
