package people

import "testing"

// TestUnreadItem: a list of posts goes on past an item whose unit the reader
// does not know — a name with a word in small letters after the title, set
// off by a comma from a next item opening on a title — leaving that item out;
// a holder's name, a clause or a unit's head alone after a title is no such
// item.
func TestUnreadItem(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"nguyên items, the Standing Committee's commission for deputies read (lexicon) (soha, i026)",
			"Ông Phạm Minh Tuyên nguyên là Ủy viên Trung ương Đảng, nguyên Ủy viên Ủy ban Thường vụ Quốc hội, nguyên Trưởng Ban Công tác đại biểu, nguyên Phó Trưởng Ban Tổ chức Trung ương.",
			[]string{"Phạm Minh Tuyên [OFFICIAL]: former Ủy viên | Trung ương Đảng; former Ủy viên | Ủy ban Thường vụ Quốc hội; former Trưởng Ban | Ban Công tác đại biểu; former Phó Trưởng Ban | Ban Tổ chức Trung ương"}},
		{"nguyên items past a commission no table knows (soha, i026, its last item moved up)",
			"Ông Phạm Minh Tuyên nguyên là Ủy viên Trung ương Đảng, nguyên Phó trưởng Ban Thường trực Ban Bảo vệ chính trị nội bộ Trung ương, nguyên Phó Trưởng Ban Tổ chức Trung ương.",
			[]string{"Phạm Minh Tuyên [OFFICIAL]: former Ủy viên | Trung ương Đảng; former Phó Trưởng Ban | Ban Tổ chức Trung ương"}},
		{"a misspelt unit in a bracketed list (h016)",
			"Ông Nguyễn Đức Kiên (Uỷ viên Trung ương Đảng, Ủy viên Ủy ban Thương vụ Quốc hội, Chủ nhiệm Uỷ ban Kinh tế - Ngân sách Quốc hội khoá XI) với 477 phiếu.",
			[]string{"Nguyễn Đức Kiên [OFFICIAL]: Ủy viên | Trung ương Đảng; Chủ nhiệm | Uỷ ban Kinh tế - Ngân sách Quốc hội"}},
		{"the first item of a list, a council of old (lexicon) (kienthuc 2019)",
			"Trung tướng Đồng Sỹ Nguyên, nguyên Phó Chủ tịch Hội đồng Bộ trưởng, nguyên Bộ trưởng Bộ Xây dựng, đã từ trần.",
			[]string{"Đồng Sỹ Nguyên [OFFICIAL]: former Phó Chủ tịch | Hội đồng Bộ trưởng; former Bộ trưởng | Bộ Xây dựng"}},
		{"trap: a unit's head alone that the sentence completes (a022)",
			"Trung tướng Trần Hoài Trung, Chính uỷ Quân khu, Bí thư Đảng uỷ Quân khu 7, nhiệm kỳ 2015 – 2020 tái đắc cử Bí thư Đảng uỷ Quân khu 7.",
			[]string{"Trần Hoài Trung [OFFICIAL]: Chính ủy | ; Bí thư | Đảng uỷ Quân khu 7*"}},
		{"trap: the holder's name after the title, then a clause",
			"Tổng Bí thư Nguyễn Phú Trọng chủ trì hội nghị, Thủ tướng Phạm Minh Chính dự.",
			[]string{"Nguyễn Phú Trọng [OFFICIAL]: Tổng Bí thư | ", "Phạm Minh Chính [OFFICIAL]: Thủ tướng | "}},
		{"trap: a unit the reader does not know as the list's last item keeps its title (soha, i026)",
			"Ông Phạm Minh Tuyên nguyên là Ủy viên Trung ương Đảng, nguyên Phó trưởng Ban Thường trực Ban Bảo vệ chính trị nội bộ Trung ương.",
			[]string{"Phạm Minh Tuyên [OFFICIAL]: former Ủy viên | Trung ương Đảng; former Phó Trưởng Ban Thường trực | "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ms := findLines([]string{tt.line})
			checkSpans(t, "Find", ms, tt.want)
		})
	}
}

// TestCareerPastBracketedTail: a career goes on past a post whose unit the
// reader read only in part, a bracket giving the unit's present name in the
// words passed over (sggp 2020 on Trần Quốc Hương); a bracket left open
// ends the career there.
func TestCareerPastBracketedTail(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"the bracket passed over",
			[]string{
				"Đồng chí Trần Quốc Hương, nguyên Bí thư Trung ương Đảng.",
				"Đồng chí đã giữ các chức vụ: Phó Bí thư Thường trực Thành ủy Hà Nội; Phó Chủ nhiệm thứ nhất Ủy ban Thanh tra Nhà nước (nay là Thanh tra Chính phủ); Tổng cục trưởng Tổng cục Du lịch (nay là Bộ Văn hóa, Thể thao và Du lịch); Trưởng ban Nội chính Trung ương.",
			},
			"Trần Quốc Hương [OFFICIAL]: former Phó Bí thư Thường trực | Thành ủy Hà Nội; former Phó Chủ nhiệm | ; former Tổng Cục trưởng | Tổng cục Du lịch; former Trưởng Ban | ban Nội chính Trung ương"},
		{"trap: a bracket left open",
			[]string{
				"Đồng chí Trần Quốc Hương, nguyên Bí thư Trung ương Đảng.",
				"Đồng chí đã giữ các chức vụ: Phó Bí thư Thường trực Thành ủy Hà Nội; Phó Chủ nhiệm thứ nhất Ủy ban Thanh tra Nhà nước (nay là Thanh tra Chính phủ; Tổng cục trưởng Tổng cục Du lịch.",
			},
			"Trần Quốc Hương [OFFICIAL]: former Phó Bí thư Thường trực | Thành ủy Hà Nội; former Phó Chủ nhiệm | "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss, ms := findLines(tt.lines)
			all := Careers(ss, ms)
			if got := render(all[len(all)-1]); got != tt.want {
				t.Errorf("career %q, want %q", got, tt.want)
			}
		})
	}
}
