package resolve_test

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/model"
)

// unitLines renders the units of an article that want names: "Name (aka A;
// B) within Parent", aliases sorted; a unit absent from the facts is
// "missing".
func unitLines(f model.Facts, names []string) []string {
	var out []string
	for _, n := range names {
		line := "missing " + n
		for _, u := range f.Units {
			if u.Name != n {
				continue
			}
			as := append([]string(nil), u.Aliases...)
			sort.Strings(as)
			line = u.Name
			if len(as) > 0 {
				line += " (aka " + strings.Join(as, "; ") + ")"
			}
			if u.Parent != "" {
				line += " within " + unitName(f, u.Parent)
			}
		}
		out = append(out, line)
	}
	return out
}

// TestUnits checks the units resolve makes of an article: one unit for a
// party organisation and its committee, the names printed kept as aliases,
// the parents the text shows, places completed from the article.
func TestUnits(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{
			name: "Đảng ủy and Đảng bộ are one unit; bodies and departments within their committee",
			lines: []string{
				"Đảng ủy các cơ quan Đảng TP.HCM sơ kết 6 tháng",
				"10/7/2025",
				"Sáng 10/7, Đảng ủy các cơ quan Đảng TPHCM tổ chức hội nghị sơ kết. Ban Thường vụ Đảng bộ các cơ quan Đảng TPHCM báo cáo.",
				"Dự có đồng chí Nguyễn Văn A, Ủy viên Ban Thường vụ Thành ủy TPHCM, Chủ nhiệm Ủy ban Kiểm tra Thành ủy TPHCM.",
			},
			want: []string{
				"Đảng bộ các cơ quan Đảng TPHCM (aka Đảng ủy các cơ quan Đảng TP.HCM; Đảng ủy các cơ quan Đảng TPHCM) within Đảng bộ TPHCM",
				"Ban Thường vụ Thành ủy TPHCM within Đảng bộ TPHCM",
				"Ủy ban Kiểm tra Thành ủy TPHCM within Đảng bộ TPHCM",
			},
		},
		{
			name: "a presidium printed bare takes its name from the union the next post prints",
			lines: []string{
				"Kỳ họp Ban Chấp hành LĐLĐ tỉnh Nghệ An",
				"12/3/2021",
				"Đồng chí Phan Văn Anh - Ủy viên Đoàn Chủ tịch, Trưởng Ban Tài chính Tổng LĐLĐ Việt Nam và đại diện Ban Tổ chức Tỉnh ủy Nghệ An tham dự và chỉ đạo kỳ họp.",
			},
			want: []string{
				"Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam (aka Đoàn Chủ tịch; Đoàn Chủ tịch Tổng LĐLĐ Việt Nam) within Tổng Liên đoàn Lao động Việt Nam",
			},
		},
		{
			name: "a bare Thành ủy takes the city the article names",
			lines: []string{
				"Thành ủy Cần Thơ tổng kết năm 2023",
				"5/1/2024",
				"Sáng 5/1, Thành ủy Cần Thơ tổ chức hội nghị. Đồng chí Đỗ Thanh Bình, Bí thư Thành ủy, phát biểu. Ban Thường vụ Thành ủy đã lãnh đạo.",
			},
			want: []string{
				"Thành ủy Cần Thơ (aka Thành ủy)",
				"Ban Thường vụ Thành ủy Cần Thơ (aka Ban Thường vụ Thành ủy) within Thành ủy Cần Thơ",
			},
		},
		{
			name: "a ward's organisation within its city's, where printed in apposition",
			lines: []string{
				"Đại hội Đảng bộ phường Hòa Xuân",
				"20/7/2025",
				"Trong hai ngày 19 và 20/7/2025, Đảng bộ phường Hòa Xuân, thành phố Đà Nẵng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.",
				"Đảng bộ xã Tam Phước, huyện Long Điền, tỉnh Bà Rịa - Vũng Tàu đã tổ chức đại hội trước đó.",
			},
			want: []string{
				"Đảng bộ phường Hòa Xuân (aka Đảng ủy phường Hòa Xuân) within Đảng bộ thành phố Đà Nẵng",
				"Đảng bộ xã Tam Phước (aka Đảng ủy xã Tam Phước) within Đảng bộ huyện Long Điền",
				"Đảng bộ huyện Long Điền (aka Huyện ủy Long Điền; Đảng ủy huyện Long Điền) within Đảng bộ tỉnh Bà Rịa Vũng Tàu",
			},
		},
		{
			name: "a city named elsewhere in the article is not a ward's parent",
			lines: []string{
				"Đại hội Đảng bộ phường Hòa Xuân",
				"20/7/2025",
				"Đảng bộ phường Hòa Xuân tổ chức Đại hội đại biểu lần thứ I. Đồng chí Nguyễn Văn Quảng, Bí thư Thành ủy Đà Nẵng, dự.",
			},
			want: []string{
				"Đảng bộ phường Hòa Xuân (aka Đảng ủy phường Hòa Xuân)",
			},
		},
		{
			name: "councils, committees and fronts under their long and short names",
			lines: []string{
				"Lâm Đồng: kỳ họp HĐND tỉnh",
				"10/12/2024",
				"Sáng 10/12, Hội đồng nhân dân tỉnh Lâm Đồng khai mạc kỳ họp. Ủy ban nhân dân tỉnh Lâm Đồng báo cáo; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng thông báo. HĐND tỉnh đã thông qua 20 nghị quyết.",
			},
			want: []string{
				"HĐND tỉnh Lâm Đồng (aka HĐND tỉnh; Hội đồng nhân dân tỉnh Lâm Đồng)",
				"UBND tỉnh Lâm Đồng (aka Ủy ban nhân dân tỉnh Lâm Đồng)",
				"Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng (aka Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng)",
			},
		},
		{
			name: "an association printed bare is the one the article prints with its place (hoilhpn 2021)",
			lines: []string{
				"Đại hội đại biểu Phụ nữ tỉnh Hà Tĩnh lần thứ XVI",
				"20/5/2021",
				"Dự Đại hội có bà Bùi Thị Hòa, Phó Chủ tịch Hội LHPN Việt Nam. Bà Nguyễn Thị Việt Hà được bầu giữ chức vụ Chủ tịch Hội LHPN tỉnh Hà Tĩnh khóa XVI, nhiệm kỳ 2021 - 2026. Các bà: Tăng Thị Linh Chi, Nguyễn Thị Quyên được Ban chấp hành bầu chức vụ Phó Chủ tịch Hội Liên hiệp Phụ nữ.",
			},
			want: []string{
				"Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh (aka Hội LHPN tỉnh Hà Tĩnh; Hội Liên hiệp Phụ nữ)",
				"Hội Liên hiệp Phụ nữ Việt Nam (aka Hội LHPN Việt Nam)",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var names []string
			for _, w := range tt.want {
				names = append(names, strings.SplitN(strings.SplitN(w, " (aka", 2)[0], " within ", 2)[0])
			}
			got := unitLines(extract(t, tt.lines...), names)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("units:\n got %s\nwant %s", strings.Join(got, "\n     "), strings.Join(tt.want, "\n     "))
			}
		})
	}
}
