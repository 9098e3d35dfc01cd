package kg

import (
	"testing"

	"github.com/cadregraph/cadregraph/vn"
)

// TestUnitMatchKey: the names a researcher may give a unit that answer for
// it in holders and holdersAt.
func TestUnitMatchKey(t *testing.T) {
	same := [][2]string{
		{"Đảng ủy các cơ quan Đảng TPHCM", "Đảng bộ các cơ quan Đảng TPHCM"},
		{"Thành ủy TPHCM", "Đảng bộ TPHCM"},
		{"Thành ủy TPHCM", "Đảng bộ Thành phố Hồ Chí Minh"},
		{"Thành ủy Thành phố Hồ Chí Minh", "thanh uy tp hcm"},
		{"Tỉnh ủy Bình Dương", "Đảng bộ tỉnh Bình Dương"},
		{"Huyện ủy Củ Chi", "Đảng bộ huyện Củ Chi"},
		{"Ban Thường vụ Tỉnh ủy Đồng Nai", "Ban Thường vụ Đảng bộ tỉnh Đồng Nai"},
	}
	for _, p := range same {
		if a, b := unitMatchKey(vn.Fold(p[0])), unitMatchKey(vn.Fold(p[1])); a != b {
			t.Errorf("%q (%s) and %q (%s) should answer for one unit", p[0], a, p[1], b)
		}
	}
	apart := [][2]string{
		{"Tỉnh ủy Bình Dương", "Tỉnh ủy Bình Phước"},
		{"Thành ủy TPHCM", "Ban Thường vụ Thành ủy TPHCM"},
		{"Tỉnh ủy Bình Dương", "UBND tỉnh Bình Dương"},
		{"Đảng bộ các cơ quan Đảng TPHCM", "Đảng bộ TPHCM"},
	}
	for _, p := range apart {
		if unitMatchKey(vn.Fold(p[0])) == unitMatchKey(vn.Fold(p[1])) {
			t.Errorf("%q and %q should stay apart", p[0], p[1])
		}
	}
}
