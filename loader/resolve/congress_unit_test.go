package resolve

import "testing"

// TestCongressUnit: the unit whose congress is held under another name.
func TestCongressUnit(t *testing.T) {
	for _, c := range []struct{ printed, want string }{
		// Đại hội XVI Công đoàn tỉnh Lạng Sơn (laodong 2018), Đại hội Công
		// đoàn thành phố Hà Nội lần thứ XVII (laodongthudo 2023).
		{"Công đoàn tỉnh Lạng Sơn", "Liên đoàn Lao động tỉnh Lạng Sơn"},
		{"Công đoàn thành phố Hà Nội", "Liên đoàn Lao động thành phố Hà Nội"},
		{"Công đoàn huyện Mỹ Đức", "Liên đoàn Lao động huyện Mỹ Đức"},
		// Đại hội Đoàn toàn quốc lần thứ XI (thanhnien 2017).
		{"Đoàn", "Đoàn TNCS Hồ Chí Minh"},
		// Traps: a branch's or the nation's union, a party organisation.
		{"Công đoàn ngành Giáo dục tỉnh Lạng Sơn", "Công đoàn ngành Giáo dục tỉnh Lạng Sơn"},
		{"Công đoàn Việt Nam", "Công đoàn Việt Nam"},
		{"Công đoàn cơ sở Công ty Than Hà Tu", "Công đoàn cơ sở Công ty Than Hà Tu"},
		{"Đảng bộ tỉnh Lạng Sơn", "Đảng bộ tỉnh Lạng Sơn"},
		{"Đoàn Thanh niên", "Đoàn Thanh niên"},
		// Đại hội đại biểu phụ nữ toàn quốc lần thứ XI (a049, 2012).
		{"phụ nữ", "Hội Liên hiệp Phụ nữ Việt Nam"},
	} {
		if got := congressUnit(c.printed); got != c.want {
			t.Errorf("congressUnit(%q) = %q, want %q", c.printed, got, c.want)
		}
	}
}

// TestNationalOrganisation: the association whose national congress (toàn
// quốc) is printed.
func TestNationalOrganisation(t *testing.T) {
	for _, c := range []struct{ printed, want string }{
		// Đại hội đại biểu Hội Nông dân toàn quốc lần thứ V (a067, 2008).
		{"Hội Nông dân", "Hội Nông dân Việt Nam"},
		{"Hội Cựu chiến binh", "Hội Cựu chiến binh Việt Nam"},
		// Traps: named with its country already, a place's, the Party.
		{"Hội Nông dân Việt Nam", "Hội Nông dân Việt Nam"},
		{"Hội Nông dân tỉnh Nghệ An", "Hội Nông dân tỉnh Nghệ An"},
		{"Đảng", "Đảng"},
		{"Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam"},
	} {
		if got := nationalOrganisation(c.printed); got != c.want {
			t.Errorf("nationalOrganisation(%q) = %q, want %q", c.printed, got, c.want)
		}
	}
}

// TestCongressHolder: a party committee's congresses are its Đảng bộ's.
func TestCongressHolder(t *testing.T) {
	for _, c := range []struct{ unit, want string }{
		{"Tỉnh ủy Thanh Hóa", "Đảng bộ tỉnh Thanh Hóa"},
		{"Thành ủy Hải Phòng", "Đảng bộ thành phố Hải Phòng"},
		{"Thành ủy TPHCM", "Đảng bộ TPHCM"},
		{"Huyện ủy Chư Prông", "Đảng bộ huyện Chư Prông"},
		{"Đảng ủy Khối các cơ quan tỉnh", "Đảng bộ Khối các cơ quan tỉnh"},
		// Traps: no committee, or the committee's word inside a name.
		{"Đảng bộ tỉnh Lạng Sơn", "Đảng bộ tỉnh Lạng Sơn"},
		{"Liên đoàn Lao động tỉnh Lạng Sơn", "Liên đoàn Lao động tỉnh Lạng Sơn"},
		{"Tỉnh ủy", "Tỉnh ủy"},
	} {
		if got := congressHolder(c.unit); got != c.want {
			t.Errorf("congressHolder(%q) = %q, want %q", c.unit, got, c.want)
		}
	}
}
