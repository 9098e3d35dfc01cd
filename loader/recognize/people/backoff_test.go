package people

import (
	"slices"
	"testing"
)

// TestUnclaimed is the back-off: a post a verb of taking up gives, which no
// reader tied to a name, goes to the person the clause is about; the traps
// are the clauses where it must not.
func TestUnclaimed(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"a decision's second item: the seats, then giữ chức (vietnamnet 2020, b004)",
			"Ông Nguyễn Hoài Anh, Phó Bí thư Thường trực Tỉnh ủy Lâm Đồng, tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy và giữ chức Phó Bí thư Tỉnh ủy Thanh Hóa nhiệm kỳ 2020 - 2025; giới thiệu để bầu giữ chức Chủ tịch UBND tỉnh Thanh Hóa nhiệm kỳ 2021 - 2026; Thiếu tướng Nguyễn Hồng Phong - Ủy viên Đảng ủy Công an Trung ương, Cục trưởng Cục An ninh nội địa (Bộ Công an), tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Thường trực Tỉnh ủy Thanh Hóa nhiệm kỳ 2020 - 2025.",
			[]string{"Nguyễn Hồng Phong [OFFICIAL]: Ủy viên | Đảng ủy Công an Trung ương; Cục trưởng | Cục An ninh nội địa; Phó Bí thư Thường trực | Tỉnh ủy Thanh Hóa"}},
		{"a post left, then để trở lại giữ chức vụ (b031)",
			"Bộ Chính trị cũng quyết định điều động ông Lê Thành Long thôi giữ chức vụ Phó Bí thư Tỉnh ủy, thôi tham gia ban Chấp hành, Ban Thường vụ Tỉnh ủy Hà Tĩnh nhiệm kỳ 2010-2015 để trở lại giữ chức vụ Thứ trưởng Bộ Tư pháp.",
			[]string{"Lê Thành Long [OFFICIAL]: former Phó Bí thư | Tỉnh ủy; Thứ trưởng | Bộ Tư pháp*"}},
		{"the post left is no post taken: thôi giữ chức … của ông A, posts, để điều động … giữ chức (b032)",
			"Thay mặt Ban Tổ chức Trung ương, ông Nguyễn Văn Quynh công bố Quyết định của Bộ Chính trị về việc thôi giữ chức Bí thư Tỉnh ủy của ông Mai Văn Ninh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Thanh Hóa để điều động và phân công nhiệm vụ giữ chức Phó Trưởng ban Tuyên Giáo Trung ương.",
			[]string{"Mai Văn Ninh [OFFICIAL]: Ủy viên | Trung ương Đảng; Bí thư | Tỉnh ủy; Chủ tịch | HĐND tỉnh Thanh Hóa; Phó Trưởng Ban | ban Tuyên Giáo Trung ương*"}},
		{"nguyên without a comma breaks the apposition, the verb after it still the person's (f005)",
			"Đồng chí Lê Văn Thành, Chủ tịch UBND Thành phố nguyên Phó bí thư Thành ủy khóa XIV được bầu giữ chức Bí thư Thành ủy khóa XV.",
			[]string{"Lê Văn Thành [OFFICIAL]: Chủ tịch | UBND Thành phố; Bí thư | Thành ủy*"}},
		{"a word no title (thành viên) breaks the apposition; the verb after it is still the person's (g014)",
			"Bộ Chính trị quyết định, ông Trần Quốc Vượng, Ủy viên Bộ Chính trị, Chủ nhiệm Ủy ban Kiểm tra Trung ương, Thành viên Thường trực Ban Bí thư giữ chức Thường trực Ban Bí thư.",
			[]string{"Trần Quốc Vượng [OFFICIAL]: Ủy viên | Bộ Chính trị; Chủ nhiệm | Ủy ban Kiểm tra Trung ương; Thường trực | Ban Bí thư"}},
		{"đã được điều động đảm nhiệm chức vụ (dantri, y013)",
			"Theo tờ trình của UBND TPHCM, ông thay thế vị trí của bà Nguyễn Thị Thu Hà đã được điều động đảm nhiệm chức vụ Trưởng ban Tổ chức Thành uỷ.",
			[]string{"Nguyễn Thị Thu Hà [OFFICIAL]: Trưởng Ban | ban Tổ chức Thành uỷ*"}},
		{"trap: a post the apposition prints in the other spelling (uỷ, ủy) is one post, not given again",
			"Bộ Chính trị quyết định, ông Trần Văn Nam, Phó Bí thư Thành uỷ, Thành viên Ban Chỉ đạo giữ chức Phó Bí thư Thành ủy.",
			[]string{"Trần Văn Nam [OFFICIAL]: Phó Bí thư | Thành uỷ"}},
		// Traps.
		{"trap: a nominee of the clause (giới thiệu đồng chí A, …, bầu giữ chức danh) holds nothing yet (s005)",
			"Ban Thường vụ Tỉnh ủy đã thống nhất giới thiệu đồng chí Trịnh Công Lý - Chủ tịch Hội Khoa học lịch sử tỉnh bầu giữ chức danh Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh.",
			[]string{"Trịnh Công Lý [OFFICIAL]: Chủ tịch | Hội Khoa học lịch sử tỉnh"}},
		{"trap: đề cử A làm X, B làm Y: nominees (e005)",
			"Trong phiên họp này, Chủ tịch nước cũng đề cử bà Nguyễn Thị Doan làm Phó chủ tịch nước, ông Nguyễn Tấn Dũng làm Thủ tướng chánh phủ, ông Trương Hòa Bình làm chánh án tòa án nhân dân tối cao.",
			nil},
		{"trap: a speaker's report of others (q007)",
			"Phát biểu tại buổi lễ, ông Trần Lưu Hải - Ủy viên Trung ương Đảng, Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương nêu rõ hai người được Bộ Chính trị, Ban Bí thư lựa chọn, bổ nhiệm giữ chức Phó Trưởng Ban Kinh tế Trung ương là những cán bộ có năng lực.",
			[]string{"Trần Lưu Hải [OFFICIAL]: Ủy viên | Trung ương Đảng; Phó Trưởng Ban Thường trực | Ban Tổ chức Trung ương"}},
		{"trap: trong thời gian giữ chức is a post held then (devset d46)",
			"Thi hành kỷ luật bằng hình thức cảnh cáo đối với đồng chí Phan Văn Đăng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh, trong thời gian giữ chức Giám đốc Sở Tài nguyên và Môi trường.",
			[]string{"Phan Văn Đăng [OFFICIAL]: Ủy viên | Ban Thường vụ Tỉnh ủy; Phó Chủ tịch | UBND tỉnh"}},
		{"trap: thời điểm còn làm, a caption of a post held then",
			"Ông Hồ Đại Dũng thời điểm còn làm Phó Chủ tịch UBND tỉnh Phú Thọ.",
			[]string{"Hồ Đại Dũng [OTHER]: "}},
		{"trap: a place read as a name, then a career's later step (bi008)",
			"Những năm 1964 -1974, ông nhận nhiệm vụ về công tác huyện Thạch An, được bầu làm Bí thư huyện Đoàn, sau đó làm Trưởng Công an huyện.",
			nil},
		{"trap: the post's own holder named after it is another person",
			"Ông Nguyễn Văn Hải, Giám đốc Sở Nội vụ, làm việc với Bí thư Tỉnh ủy Trần Văn Bình.",
			[]string{"Nguyễn Văn Hải [OFFICIAL]: Giám đốc | Sở Nội vụ", "Trần Văn Bình [OFFICIAL]: Bí thư | Tỉnh ủy"}},
	}
	for _, tt := range tests {
		got := found(body(tt.in))
		var keep []string
		for _, g := range got {
			for _, w := range tt.want {
				if len(w) > 0 && len(g) >= len(w[:indexColon(w)]) && g[:indexColon(g)] == w[:indexColon(w)] {
					keep = append(keep, g)
				}
			}
		}
		if tt.want == nil {
			// Nobody in the sentence takes up the posts after its verbs.
			for _, g := range got {
				for _, bad := range []string{"Phó Chủ tịch nước", "Thủ tướng", "Chánh án", "Trưởng | Công an"} {
					if contains(g, bad) {
						t.Errorf("%s:\ngot  %q, which holds %q", tt.name, g, bad)
					}
				}
			}
			continue
		}
		if !slices.Equal(keep, tt.want) {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func indexColon(s string) int {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == ']' && s[i+1] == ':' {
			return i
		}
	}
	return len(s)
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// TestFramedLists: a post, then gồm or là, then the people it frames.
func TestFramedLists(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"the posts elected, gồm and a colon, the list split by semicolons (baobacgiang 2015, u014)",
			"Các đồng chí được bầu giữ chức Phó Bí thư Tỉnh ủy khóa 19 gồm: Lê Thị Thu Hồng, Phó Bí thư Thường trực Tỉnh ủy khóa 18, Trưởng đoàn đại biểu Quốc hội tỉnh; Lê Ánh Dương, Phó Chủ tịch Thường trực UBND tỉnh.",
			[]string{
				"Lê Thị Thu Hồng [OFFICIAL]: Phó Bí thư Thường trực | Tỉnh ủy; Trưởng đoàn | đoàn đại biểu Quốc hội tỉnh; Phó Bí thư | Tỉnh ủy*",
				"Lê Ánh Dương [OFFICIAL]: Phó Chủ tịch Thường trực | UBND tỉnh; Phó Bí thư | Tỉnh ủy*",
			}},
		{"a group of deputies, its members with their own posts, joined by và (baocamau 2012, fr002)",
			"(BL-MĐ) Ngày 27/11/2012, tổ đại biểu Quốc hội gồm ông Trần Bình Minh, Ủy viên Trung ương Đảng, Tổng Giám đốc Đài Truyền hình Việt Nam và bà Võ Thị Hồng Thoại, Phó trưởng Đoàn đại biểu Quốc hội tỉnh đã đến tiếp xúc gần 200 cử tri xã Vĩnh Thịnh và Minh Diệu (huyện Hòa Bình).",
			[]string{
				"Trần Bình Minh [OFFICIAL]: Ủy viên | Trung ương Đảng; Tổng Giám đốc | Đài Truyền hình Việt Nam; Đại biểu | Quốc hội",
				"Võ Thị Hồng Thoại [OFFICIAL]: Phó Trưởng đoàn | Đoàn đại biểu Quốc hội tỉnh; Đại biểu | Quốc hội",
			}},
		{"trap: a team's list frames no post (Đoàn công tác is no post)",
			"Đoàn công tác gồm ông Nguyễn Văn Hải, Phó Chủ tịch UBND tỉnh; ông Trần Văn Bình, Giám đốc Sở Nội vụ.",
			[]string{"Nguyễn Văn Hải [OFFICIAL]: Phó Chủ tịch | UBND tỉnh", "Trần Văn Bình [OFFICIAL]: Giám đốc | Sở Nội vụ"}},
		{"trap: a body's list frames no post; each keeps its own",
			"Thường trực HĐND tỉnh gồm ông Nguyễn Văn Hải, Chủ tịch HĐND tỉnh và bà Trần Thị Bình, Phó Chủ tịch HĐND tỉnh.",
			[]string{"Nguyễn Văn Hải [OFFICIAL]: Chủ tịch | HĐND tỉnh", "Trần Thị Bình [OFFICIAL]: Phó Chủ tịch | HĐND tỉnh"}},
		{"trap: the list ends at a capitalised word no item's (Giám đốc Sở Nội vụ Trần Văn Bình is not framed)",
			"Đại biểu Quốc hội là ông Nguyễn Văn Hải và Giám đốc Sở Nội vụ Trần Văn Bình cùng dự.",
			[]string{"Nguyễn Văn Hải [OFFICIAL]: Đại biểu | Quốc hội", "Trần Văn Bình [OFFICIAL]: Giám đốc | Sở Nội vụ"}},
		{"a former post frames nothing here; the plural's reader gives it, former",
			"Các đồng chí nguyên Bí thư Tỉnh ủy gồm ông Nguyễn Văn Hải, ông Trần Văn Bình đến dự.",
			[]string{"Nguyễn Văn Hải [OFFICIAL]: former Bí thư | Tỉnh ủy", "Trần Văn Bình [OFFICIAL]: former Bí thư | Tỉnh ủy"}},
		{"trap: là then a word no degree: no list",
			"Huyện có Chủ tịch UBND huyện là người địa phương, ông Trần Văn Bình.",
			[]string{"Trần Văn Bình [OTHER]: "}},
	}
	for _, tt := range tests {
		got := found(body(tt.in))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestBirthDayAside: a day of birth set off by commas after the name is an
// aside, the posts after it the person's.
func TestBirthDayAside(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"sinh ngày with the whole date (kinhtedothi 2019, t011)",
			"Theo Quyết định 7499-QĐ/TU ngày 23/9/2019, Ban Thường vụ Thành ủy chuẩn y đồng chí Nguyễn Xuân Lưu, sinh ngày 28/10/1969, Phó Bí thư Quận ủy, Chủ tịch UBND quận Thanh Xuân giữ chức vụ Bí thư Quận ủy Thanh Xuân, nhiệm kỳ 2015 -2020.",
			[]string{"Nguyễn Xuân Lưu [OFFICIAL]: former Phó Bí thư | Quận ủy; Chủ tịch | UBND quận Thanh Xuân; Bí thư | Quận ủy Thanh Xuân*"}},
		{"trap: a day and month with no year is no day of birth read here",
			"Đồng chí Nguyễn Xuân Lưu, sinh ngày 28/10, Phó Bí thư Quận ủy, phát biểu.",
			[]string{"Nguyễn Xuân Lưu [OFFICIAL]: "}},
		{"trap: a date with no sinh is no aside",
			"Đồng chí Nguyễn Xuân Lưu, ngày 28/10/1969, Phó Bí thư Quận ủy, phát biểu.",
			[]string{"Nguyễn Xuân Lưu [OFFICIAL]: "}},
	}
	for _, tt := range tests {
		got := found(body(tt.in))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s:\ngot  %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
