package resolve_test

import (
	"testing"

	"github.com/cadregraph/cadregraph/loader/model"
)

// idOf is the id of the unit or person of f named (or aliased) name, or "".
func idOf(f model.Facts, name string) string {
	for _, u := range f.Units {
		if u.Name == name {
			return u.ID
		}
		for _, a := range u.Aliases {
			if a == name {
				return u.ID
			}
		}
	}
	for _, p := range f.People {
		if p.Name == name {
			return p.ID
		}
	}
	return ""
}

// TestAcrossArticles loads articles that print one unit or person in
// different forms and checks that every form gives one id, and that
// namesakes and units of unnamed cities stay apart.
func TestAcrossArticles(t *testing.T) {
	same := []struct {
		name     string
		articles [][]string
		printed  []string // the form each article prints
	}{
		{
			name: "Thành ủy of Hồ Chí Minh City however printed",
			articles: [][]string{
				{"Thành ủy TP.HCM họp", "3/3/2025", "Sáng 3/3, Thành ủy TP.HCM tổ chức hội nghị."},
				{"Thành uỷ TPHCM họp", "4/3/2025", "Sáng 4/3, Thành uỷ TPHCM tổ chức hội nghị."},
				{"Thành ủy Thành phố Hồ Chí Minh họp", "5/3/2025", "Sáng 5/3, Thành ủy Thành phố Hồ Chí Minh tổ chức hội nghị."},
				{"Thành ủy TP HCM họp", "6/3/2025", "Sáng 6/3, Thành ủy TP HCM tổ chức hội nghị."},
			},
			printed: []string{"Thành ủy TP.HCM", "Thành uỷ TPHCM", "Thành ủy Thành phố Hồ Chí Minh", "Thành ủy TP HCM"},
		},
		{
			name: "a party organisation by its committee's name or its own",
			articles: [][]string{
				{"Đảng ủy Khối các cơ quan tỉnh Nghệ An", "3/3/2025", "Sáng 3/3, Đảng ủy Khối các cơ quan tỉnh Nghệ An tổ chức hội nghị."},
				{"Đảng bộ Khối các cơ quan tỉnh Nghệ An", "4/3/2025", "Sáng 4/3, Đảng bộ Khối các cơ quan tỉnh Nghệ An tổ chức hội nghị."},
			},
			printed: []string{"Đảng ủy Khối các cơ quan tỉnh Nghệ An", "Đảng bộ Khối các cơ quan tỉnh Nghệ An"},
		},
		{
			name: "a council under its long and short names",
			articles: [][]string{
				{"Kỳ họp HĐND tỉnh Lâm Đồng", "3/3/2025", "Sáng 3/3, HĐND tỉnh Lâm Đồng khai mạc kỳ họp."},
				{"Kỳ họp Hội đồng nhân dân tỉnh Lâm Đồng", "4/3/2025", "Sáng 4/3, Hội đồng nhân dân tỉnh Lâm Đồng khai mạc kỳ họp."},
			},
			printed: []string{"HĐND tỉnh Lâm Đồng", "Hội đồng nhân dân tỉnh Lâm Đồng"},
		},
		{
			name: "a department of the Central Committee with TW for Trung ương",
			articles: [][]string{
				{"Hội nghị Tỉnh ủy Long An", "3/3/2025", "Sáng 3/3, đồng chí Lê Văn Hoà, Phó Trưởng Ban Tổ chức TW, dự hội nghị của Tỉnh ủy Long An."},
				{"Hội nghị Tỉnh ủy Long An", "4/3/2025", "Sáng 4/3, đồng chí Lê Văn Hòa, Phó Trưởng Ban Tổ chức Trung ương, dự hội nghị của Tỉnh ủy Long An."},
			},
			printed: []string{"Ban Tổ chức TW", "Ban Tổ chức Trung ương"},
		},
		{
			name: "a person whatever the tone placement",
			articles: [][]string{
				{"Hội nghị Tỉnh ủy Long An", "3/3/2025", "Sáng 3/3, đồng chí Lê Văn Hoà, Phó Trưởng Ban Tổ chức TW, dự hội nghị của Tỉnh ủy Long An."},
				{"Hội nghị Tỉnh ủy Long An", "4/3/2025", "Sáng 4/3, đồng chí Lê Văn Hòa, Phó Trưởng Ban Tổ chức Trung ương, dự hội nghị của Tỉnh ủy Long An."},
			},
			printed: []string{"Lê Văn Hoà", "Lê Văn Hòa"},
		},
		{
			name: "a person in both orders and in capitals",
			articles: [][]string{
				{"Hội nghị Tỉnh ủy Lâm Đồng", "3/3/2025", "Sáng 3/3, Tỉnh ủy Lâm Đồng tổ chức hội nghị sơ kết; Bí thư Tỉnh ủy Lâm Đồng Trần Đức Quận phát biểu chỉ đạo hội nghị."},
				{"Hội nghị Tỉnh ủy Lâm Đồng", "4/3/2025", "Sáng 4/3, Tỉnh ủy Lâm Đồng tổ chức hội nghị; đồng chí TRẦN ĐỨC QUẬN, Bí thư Tỉnh ủy Lâm Đồng, phát biểu chỉ đạo hội nghị."},
			},
			printed: []string{"Trần Đức Quận", "Trần Đức Quận"},
		},
	}
	for _, tt := range same {
		t.Run(tt.name, func(t *testing.T) {
			want := ""
			for k, lines := range tt.articles {
				id := idOf(extract(t, lines...), tt.printed[k])
				if id == "" {
					t.Fatalf("article %d: no unit or person printed %q", k, tt.printed[k])
				}
				if want == "" {
					want = id
				} else if id != want {
					t.Errorf("article %d: %q is %s, want %s", k, tt.printed[k], id, want)
				}
			}
		})
	}

	t.Run("an unnamed city's Thành ủy stays apart from Thành ủy TPHCM", func(t *testing.T) {
		a := idOf(extract(t, "Thành ủy tổng kết", "3/3/2025", "Sáng 3/3, Thành ủy tổ chức hội nghị tổng kết."), "Thành ủy")
		b := idOf(extract(t, "Thành ủy TPHCM tổng kết", "3/3/2025", "Sáng 3/3, Thành ủy TPHCM tổ chức hội nghị tổng kết."), "Thành ủy TPHCM")
		c := idOf(extract(t, "Thành ủy tổng kết năm", "4/3/2025", "Chiều 4/3, Thành ủy tổ chức hội nghị tổng kết năm."), "Thành ủy")
		if a == "" || b == "" || c == "" {
			t.Fatalf("ids %q %q %q: a unit is missing", a, b, c)
		}
		if a == b || a == c {
			t.Errorf("unnamed cities' Thành ủy share an id with another: %s, %s, %s", a, b, c)
		}
	})

	t.Run("every funeral has its own board", func(t *testing.T) {
		// g007, i025: a bare Ban Lễ tang is the board of the funeral its
		// article reports; two funerals years apart share no board.
		a := idOf(extract(t, "Lễ tang", "20/7/2024", "Ban Lễ tang gồm có 37 người do Tổng Bí thư Tô Lâm là Trưởng ban."), "Ban Lễ tang")
		b := idOf(extract(t, "Lễ tang", "9/6/2016", "Ban Lễ tang gồm có 25 người do Chủ tịch nước Trần Đại Quang là Trưởng ban."), "Ban Lễ tang")
		if a == "" || b == "" || a == b {
			t.Errorf("two articles' bare Ban Lễ tang: %q and %q, want two units", a, b)
		}
		// The board named for the one it is for is his in every article.
		c := idOf(extract(t, "Lễ tang", "20/7/2024", "Ban Lễ tang đồng chí Nguyễn Phú Trọng gồm có 37 người."), "Ban Lễ tang đồng chí Nguyễn Phú Trọng")
		d := idOf(extract(t, "Lễ truy điệu", "26/7/2024", "Sáng 26/7, Ban Lễ tang đồng chí Nguyễn Phú Trọng họp."), "Ban Lễ tang đồng chí Nguyễn Phú Trọng")
		if c == "" || c != d {
			t.Errorf("one person's board in two articles: %q and %q, want one unit", c, d)
		}
	})

	t.Run("a byline's name is not an official's namesake", func(t *testing.T) {
		f := extract(t, "Đại hội Đảng bộ các cơ quan Đảng TPHCM", "20/8/2025",
			"Đồng chí Võ Văn Minh, Phó Bí thư Thành ủy TPHCM, phát biểu.", "THU HƯỜNG - VĂN MINH")
		official, author := idOf(f, "Võ Văn Minh"), idOf(f, "Văn Minh")
		if official == "" || official == author {
			t.Errorf("Võ Văn Minh is %q and the byline's Văn Minh %q", official, author)
		}
	})
}
