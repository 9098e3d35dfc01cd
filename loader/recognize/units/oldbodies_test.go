package units

import "testing"

// TestArmyCompounds: the army's logistics and the capital's command are read
// whole (kienthuc 2019 on Đồng Sỹ Nguyên: Chủ nhiệm Tổng cục Hậu cần tiền
// phương; Tư lệnh kiêm Chính ủy Quân khu Thủ đô), as the old central bodies
// of the state (Hội đồng Bộ trưởng); the capital's command named with the
// city still takes it (Bộ Tư lệnh Thủ đô Hà Nội).
func TestArmyCompounds(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Chủ nhiệm Tổng cục Hậu cần tiền phương", "Tổng cục Hậu cần"},
		{"Tư lệnh kiêm Chính ủy Quân khu Thủ đô; Ủy viên dự khuyết Bộ Chính trị", "Quân khu Thủ đô"},
		{"nguyên phó chủ tịch Hội đồng Bộ trưởng, do tuổi cao", "Hội đồng Bộ trưởng"},
		{"Phó Chủ nhiệm thứ nhất Ủy ban Thanh tra Nhà nước (nay là Thanh tra Chính phủ)", "Ủy ban Thanh tra Nhà nước"},
		{"Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội", "Bộ Tư lệnh Thủ đô Hà Nội"},
	} {
		us := Scan(tt.text)
		got := ""
		if len(us) > 0 {
			got = us[0].String()
		}
		if got != tt.want {
			t.Errorf("Scan(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
