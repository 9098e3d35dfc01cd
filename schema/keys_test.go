package schema

import (
	"slices"
	"testing"

	"github.com/cadregraph/cadregraph/vn"
)

// TestUnitKey: the printed names that are one unit, and the traps that are
// two. UnitKey reads names as printed; UnitMatchKey reads them folded, as a
// researcher may type them, and must agree with it.
func TestUnitKey(t *testing.T) {
	cases := []struct {
		a, b string
		same bool
	}{
		{"Đảng ủy các cơ quan Đảng TPHCM", "Đảng bộ các cơ quan Đảng TPHCM", true},
		{"Đảng uỷ xã Tân Phú", "Đảng bộ xã Tân Phú", true},
		{"Thành ủy TPHCM", "Đảng bộ TPHCM", true},
		{"Thành ủy TPHCM", "Đảng bộ Thành phố Hồ Chí Minh", true},
		{"Thành ủy Thành phố Hồ Chí Minh", "Thành ủy TP HCM", true},
		{"Thành ủy Hà Nội", "Đảng bộ thành phố Hà Nội", true},
		{"Thành ủy Hà Nội", "Đảng bộ TP Hà Nội", true},
		{"Tỉnh ủy Bình Dương", "Đảng bộ tỉnh Bình Dương", true},
		{"Tỉnh uỷ Bình Dương", "Tỉnh ủy Bình Dương", true},
		{"Huyện ủy Củ Chi", "Đảng bộ huyện Củ Chi", true},
		{"Quận ủy Bình Thạnh", "Đảng bộ quận Bình Thạnh", true},
		{"Thị ủy Phú Mỹ", "Đảng bộ thị xã Phú Mỹ", true},
		{"Ban Thường vụ Tỉnh ủy Đồng Nai", "Ban Thường vụ Đảng bộ tỉnh Đồng Nai", true},
		{"Ủy ban Kiểm tra Thành ủy Đà Nẵng", "Ủy ban Kiểm tra Đảng ủy thành phố Đà Nẵng", true},
		{"UBND TP Thủ Đức", "UBND thành phố Thủ Đức", true},
		// A province and its capital of the same name are two units.
		{"Tỉnh ủy Thanh Hóa", "Thành ủy Thanh Hóa", false},
		// A district and its town of the same name too.
		{"Huyện ủy Củ Chi", "Đảng ủy thị trấn Củ Chi", false},
		{"Tỉnh ủy Bình Dương", "Tỉnh ủy Bình Phước", false},
		{"Thành ủy TPHCM", "Ban Thường vụ Thành ủy TPHCM", false},
		{"Tỉnh ủy Bình Dương", "UBND tỉnh Bình Dương", false},
		{"Đảng bộ các cơ quan Đảng TPHCM", "Đảng bộ TPHCM", false},
	}
	for _, c := range cases {
		ka, kb := UnitKey(c.a), UnitKey(c.b)
		if (ka == kb) != c.same {
			t.Errorf("UnitKey(%q) = %q, UnitKey(%q) = %q; one unit: %v, want %v", c.a, ka, c.b, kb, ka == kb, c.same)
		}
		fa, fb := UnitMatchKey(vn.Fold(c.a)), UnitMatchKey(vn.Fold(c.b))
		if (fa == fb) != c.same {
			t.Errorf("UnitMatchKey(%q) = %q, UnitMatchKey(%q) = %q; one unit: %v, want %v", c.a, fa, c.b, fb, fa == fb, c.same)
		}
		if got, want := UnitMatchKey(vn.Fold(c.a)), vn.Fold(UnitKey(c.a)); got != want {
			t.Errorf("%q: UnitMatchKey %q, folded UnitKey %q: the two keys disagree", c.a, got, want)
		}
	}
}

func TestUnitSpellings(t *testing.T) {
	tests := []struct {
		query string
		want  []string
	}{
		{"TP.HCM", []string{"tphcm"}},
		{"TP HCM", []string{"tphcm"}},
		{"HCM", []string{"tphcm"}},
		{"Thành phố Hồ Chí Minh", []string{"tphcm"}},
		{"thanh uy tp hcm", []string{"thanh uy tphcm", "dang bo tphcm"}},
		{"Thành ủy Hà Nội", []string{"dang bo thanh pho ha noi"}},
		{"Thành ủy TP Hà Nội", []string{"thanh uy thanh pho ha noi", "dang bo thanh pho ha noi"}},
		{"Tỉnh ủy Thanh Hóa", []string{"dang bo tinh thanh hoa"}},
		{"Đảng ủy Khối HN", []string{"dang bo khoi hn", "dang bo khoi tphn"}},
		{"TPHCM", nil},
		{"KL 21", nil},
		{"ng", nil},
		{"nguyen th", nil},
		{"nghi quyet nq", nil},
		{"ket luan so 21-KL/TW", nil},
		{"vo van minh", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := UnitSpellings(tt.query); !slices.Equal(got, tt.want) {
			t.Errorf("UnitSpellings(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
}
