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
	} {
		if got := congressUnit(c.printed); got != c.want {
			t.Errorf("congressUnit(%q) = %q, want %q", c.printed, got, c.want)
		}
	}
}
