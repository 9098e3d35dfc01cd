package units_test

import (
	"testing"

	"github.com/cadregraph/cadregraph/loader/recognize/units"
)

// TestCommaJoined: a unit's name whose pair of words the genre joins with a
// comma reads as one name however the page prints it (realset t008 prints
// Ban Chính sách, chiến lược Trung ương and Ban Chính sách chiến lược Trung
// ương Đảng in one article: two units, one of them left held).
func TestCommaJoined(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Ban Chính sách chiến lược Trung ương", "Ban Chính sách, chiến lược Trung ương"},
		{"Ban Chính sách, chiến lược Trung ương", "Ban Chính sách, chiến lược Trung ương"},
		{"Ủy ban Tài chính Ngân sách", "Ủy ban Tài chính, Ngân sách"},
		{"Cục Quản lý Khám chữa bệnh", "Cục Quản lý Khám, chữa bệnh"},
		// Traps: a pair's word alone, and words that are no pair.
		{"Ban Chính sách Trung ương", "Ban Chính sách Trung ương"},
		{"Vụ Tài chính", "Vụ Tài chính"},
		{"Ban Tổ chức Tỉnh ủy Bình Phước", "Ban Tổ chức Tỉnh ủy Bình Phước"},
		{"Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch"},
	} {
		if got := units.CommaJoined(tt.in); got != tt.want {
			t.Errorf("CommaJoined(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
