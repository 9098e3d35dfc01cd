package people

import (
	"slices"
	"testing"
)

// TestVerbGroup: a post the person moves to, told by a verb group composed
// of its parts after the name and its posts, goes with the person; a group
// that is someone's act on another, or a task given, gives none.
func TestVerbGroup(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"after đối với and a comma: mới, được, two verbs, là (thanhtra 2021, k014)",
			"HĐND TP cũng đã bỏ phiếu kín bầu Uỷ viên UBND TP khoá X nhiệm kỳ 2021-2026 đối với ông Phạm Nam Sơn, mới được điều động bổ nhiệm là Giám đốc Sở Tài nguyên và Môi trường.",
			[]string{"Phạm Nam Sơn [OFFICIAL]: Ủy viên | UBND TP*; Giám đốc | Sở Tài nguyên và Môi trường*"}},
		{"the reason a dismissal gives: để nhận điều động công tác (thanhtra 2021, k014)",
			"Trước đó, HĐND TP đã biểu quyết thông qua việc miễn nhiệm Phó Chủ tịch HĐND TP đối với bà Cao Thị Huyền Trân để nhận điều động công tác Bí thư Quận uỷ Ngũ Hành Sơn;",
			[]string{"Cao Thị Huyền Trân [OFFICIAL]: former Phó Chủ tịch | HĐND TP; Bí thư | Quận uỷ Ngũ Hành Sơn*"}},
		{"in brackets after the name: đã nhận công tác (vietnamnet 2021, k013)",
			"Tại kỳ họp, các đại biểu thống nhất miễn nhiệm chức danh Phó Chủ tịch HĐND TPHCM đối với ông Phạm Thành Kiên (đã nhận công tác Trưởng ban Tổ chức Thành ủy).",
			[]string{"Phạm Thành Kiên [OFFICIAL]: former Phó Chủ tịch | HĐND TPHCM; Trưởng Ban | ban Tổ chức Thành ủy*"}},
		{"to be elected to the post: để bầu chức danh (angiang 2021, lc002)",
			"Kỳ họp lần này đã thông qua tờ trình miễn nhiệm chức danh Chủ tịch HĐND thị trấn nhiệm kỳ 2021 - 2026 đối với bà Hồng Tú Vân để bầu chức danh Chủ tịch UBND;",
			[]string{"Hồng Tú Vân [OFFICIAL]: former Chủ tịch | HĐND thị trấn; Chủ tịch | UBND*"}},
		{"after the posts in apposition: đã điều động nhiệm vụ mới là (baomoi 2010, a026)",
			"Ông Dương Đình Hân đã được bầu giữ chức Bí thư Tỉnh ủy Bắc Kạn thay ông Mai Thế Dương, nguyên Bí thư Tỉnh ủy đã điều động nhiệm vụ mới là Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương.",
			[]string{
				"Dương Đình Hân [OFFICIAL]: Bí thư | Tỉnh ủy Bắc Kạn*",
				"Mai Thế Dương [OFFICIAL]: former Bí thư | Tỉnh ủy; Phó Chủ nhiệm | Ủy ban Kiểm tra Trung ương*; former Bí thư | Tỉnh ủy Bắc Kạn",
			}},
		{"right after the name: đã được, two verbs in a row",
			"Ông Nguyễn Văn An đã được điều động, bổ nhiệm là Giám đốc Sở Tài chính.",
			[]string{"Nguyễn Văn An [OFFICIAL]: Giám đốc | Sở Tài chính*"}},
		{"a trap: the person appoints someone whose post is printed before the name",
			"Ông Nguyễn Văn An, Phó Giám đốc Sở Tài chính đã bổ nhiệm Trưởng phòng Nguyễn Văn Bình.",
			[]string{"Nguyễn Văn An [OFFICIAL]: Phó Giám đốc | Sở Tài chính"}},
		{"a trap: the post after the group is the next person's",
			"Ông Nguyễn Văn An, Phó Giám đốc Sở Tài chính được phân công làm việc với Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình.",
			[]string{"Nguyễn Văn An [OFFICIAL]: Phó Giám đốc | Sở Tài chính", "Nguyễn Văn Bình [OFFICIAL]: Phó Chủ tịch | UBND tỉnh"}},
		{"a trap: a task the post gives",
			"Ông Nguyễn Văn An, Giám đốc Sở Tài chính đã nhận nhiệm vụ Chủ tịch UBND tỉnh giao.",
			[]string{"Nguyễn Văn An [OFFICIAL]: Giám đốc | Sở Tài chính"}},
		{"a trap: the person appoints another, who is named",
			"Ông Nguyễn Văn An, Giám đốc Sở Tài chính đã bổ nhiệm ông Trần Văn Bình làm Phó Giám đốc Sở.",
			[]string{"Nguyễn Văn An [OFFICIAL]: Giám đốc | Sở Tài chính", "Trần Văn Bình [OFFICIAL]: Phó Giám đốc | "}},
		{"a transfer after a decision's addressee ends the post printed before it, as after a name (takenUp)",
			"Miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông Trần Văn Bình, Giám đốc Sở Nội vụ, do được điều động làm Bí thư Huyện ủy.",
			[]string{"Trần Văn Bình [OFFICIAL]: former Ủy viên | UBND tỉnh; former Giám đốc | Sở Nội vụ; Bí thư | Huyện ủy*"}},
		{"a trap: a neighbour in a dismissal's list keeps only his own posts",
			"Miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông Nguyễn Văn An, Giám đốc Sở Tài chính; ông Trần Văn Bình, để nhận nhiệm vụ mới.",
			[]string{"Nguyễn Văn An [OFFICIAL]: former Ủy viên | UBND tỉnh; Giám đốc | Sở Tài chính", "Trần Văn Bình [OFFICIAL]: former Ủy viên | UBND tỉnh"}},
		// Traps: the one who appoints, named before the verb, gives the post
		// to the person named after đối với (a decision's officialese, as
		// "Ban Thường vụ Tỉnh ủy đã chỉ định chức danh Bí thư Huyện ủy đối
		// với ông B" reads); the appointer's own posts stay held.
		{"a trap: the appointer before the verb, the appointee after đối với",
			"Chủ tịch UBND tỉnh Nguyễn Văn An đã bổ nhiệm chức vụ Phó Giám đốc Sở Nội vụ đối với ông Trần Văn Bình.",
			[]string{"Nguyễn Văn An [OFFICIAL]: Chủ tịch | UBND tỉnh", "Trần Văn Bình [OFFICIAL]: Phó Giám đốc | Sở Nội vụ*"}},
		// (The appointee's post after two verbs is not read by the frame
		// of đối với: left, no rule of this reading.)
		{"a trap: the appointer with posts in apposition, two verbs in a row; his own post stays held",
			"Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh đã điều động, bổ nhiệm chức vụ Trưởng Công an huyện Nam Đàn đối với Thượng tá Trần Văn Bình.",
			[]string{"Nguyễn Văn An [OFFICIAL]: Giám đốc | Công an tỉnh", "Trần Văn Bình [OFFICIAL]: "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := found(body(tt.text)); !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestVerbSharedByRun: a verb after the last of several names, each
// announced and with its own posts, joined by commas and và, gives its post
// to every one of them; a name without posts, or a clause of its own,
// breaks the run.
func TestVerbSharedByRun(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"three items, the first's dash unspaced (vietnamnet 2021, k013)",
			"Với đa số phiếu tán thành, HĐND TPHCM đã bầu ông Trần Văn Bảy -Chánh Thanh tra TPHCM, ông Nguyễn Công Vinh - Giám đốc Sở Tài chính TPHCM và ông Hoàng Nguyên Dinh - Phó Ban Tuyên giáo và Dân vận Thành ủy TPHCM giữ chức Phó Chủ tịch UBND TPHCM nhiệm kỳ 2021-2026.",
			[]string{
				"Trần Văn Bảy [OFFICIAL]: Chánh Thanh tra | Thanh tra TPHCM; Phó Chủ tịch | UBND TPHCM*",
				"Nguyễn Công Vinh [OFFICIAL]: Giám đốc | Sở Tài chính TPHCM; Phó Chủ tịch | UBND TPHCM",
				"Hoàng Nguyên Dinh [OFFICIAL]: Phó Trưởng Ban | Ban Tuyên giáo và Dân vận Thành ủy TPHCM; Phó Chủ tịch | UBND TPHCM",
			}},
		{"commas around the posts",
			"HĐND tỉnh đã bầu ông Trần Văn Bảy, Chánh Thanh tra tỉnh, ông Nguyễn Công Vinh, Giám đốc Sở Tài chính và ông Hoàng Nguyên Dinh, Giám đốc Sở Nội vụ giữ chức Phó Chủ tịch UBND tỉnh.",
			[]string{
				"Trần Văn Bảy [OFFICIAL]: Chánh Thanh tra | Thanh tra tỉnh; Phó Chủ tịch | UBND tỉnh*",
				"Nguyễn Công Vinh [OFFICIAL]: Giám đốc | Sở Tài chính; Phó Chủ tịch | UBND tỉnh",
				"Hoàng Nguyên Dinh [OFFICIAL]: Giám đốc | Sở Nội vụ; Phó Chủ tịch | UBND tỉnh",
			}},
		{"a transfer shared by the run ends every item's posts before it, not only the last's",
			"Ông Trần Văn Bảy, Chánh Thanh tra tỉnh, ông Nguyễn Công Vinh, Giám đốc Sở Tài chính và ông Hoàng Nguyên Dinh, Giám đốc Sở Nội vụ được điều động giữ chức Phó Chủ tịch UBND tỉnh.",
			[]string{
				"Trần Văn Bảy [OFFICIAL]: former Chánh Thanh tra | Thanh tra tỉnh; Phó Chủ tịch | UBND tỉnh*",
				"Nguyễn Công Vinh [OFFICIAL]: former Giám đốc | Sở Tài chính; Phó Chủ tịch | UBND tỉnh*",
				"Hoàng Nguyên Dinh [OFFICIAL]: former Giám đốc | Sở Nội vụ; Phó Chủ tịch | UBND tỉnh*",
			}},
		{"a trap: a guest without posts in the run breaks it",
			"Dự hội nghị có ông Trần Văn Bảy, Chánh Thanh tra tỉnh, ông Nguyễn Công Vinh, Giám đốc Sở Tài chính, bà Lê Thị Hoa và ông Hoàng Nguyên Dinh, Giám đốc Sở Nội vụ được bầu giữ chức Phó Chủ tịch UBND tỉnh.",
			[]string{
				"Trần Văn Bảy [OFFICIAL]: Chánh Thanh tra | Thanh tra tỉnh",
				"Nguyễn Công Vinh [OFFICIAL]: Giám đốc | Sở Tài chính",
				"Lê Thị Hoa [OTHER]: ",
				"Hoàng Nguyên Dinh [OFFICIAL]: Giám đốc | Sở Nội vụ; Phó Chủ tịch | UBND tỉnh*",
			}},
		{"a trap: the speakers before a verb of saying",
			"Dự hội nghị có ông Trần Văn Bảy, Chánh Thanh tra tỉnh, ông Nguyễn Công Vinh, Giám đốc Sở Tài chính, cho biết ông Hoàng Nguyên Dinh, Giám đốc Sở Nội vụ giữ chức Phó Chủ tịch UBND tỉnh.",
			[]string{
				"Trần Văn Bảy [OFFICIAL]: Chánh Thanh tra | Thanh tra tỉnh",
				"Nguyễn Công Vinh [OFFICIAL]: Giám đốc | Sở Tài chính",
				"Hoàng Nguyên Dinh [OFFICIAL]: Giám đốc | Sở Nội vụ; Phó Chủ tịch | UBND tỉnh",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := found(body(tt.text)); !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestReachOverUnits: after a decision that appoints, the reach to the verb
// that gives the post counts a unit's long name and a bracket as one step,
// and reads no verb inside a bracket.
func TestReachOverUnits(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a steering committee's long name, its short name in brackets, then the duty (thanhuytphcm 2023, b067)",
			"Theo đó, Ban Thường vụ Thành ủy TPHCM phân công đồng chí Nguyễn Hồ Hải, Phó Bí thư Thành ủy TPHCM tham gia Ban Chỉ đạo kiểm tra, giám sát, đôn đốc giải quyết các vụ việc tồn đọng, vướng mắc, khiếu kiện đông người trên địa bàn TPHCM (viết tắt là Ban Chỉ đạo 902) và giữ nhiệm vụ Trưởng Ban chỉ đạo 902.",
			[]string{"Nguyễn Hồ Hải [OFFICIAL]: Phó Bí thư | Thành ủy TPHCM; Trưởng Ban | Ban chỉ đạo 902*"}},
		{"a trap: là inside a bracket is no verb of the person's",
			"Ban Thường vụ Thành ủy phân công đồng chí Nguyễn Hồ Hải, Phó Bí thư Thành ủy tham gia Ban Chỉ đạo 902 (người đứng đầu là Trưởng Ban Tuyên giáo Thành ủy).",
			[]string{"Nguyễn Hồ Hải [OFFICIAL]: Phó Bí thư | Thành ủy"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := found(body(tt.text)); !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSharedApposition: names in a run with no posts of their own share the
// deputy's or member's posts printed after the last of them, where those
// posts end the item; a head's post, a former one, or posts a clause
// follows stay with the last name.
func TestSharedApposition(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"two names joined by và, the posts after the second, a semicolon (baohoabinh 2016, od002)",
			"Nguyễn Văn Quynh và Nguyễn Tuấn Khanh, Phó Trưởng ban Tổ chức T.Ư;",
			[]string{"Nguyễn Văn Quynh [OFFICIAL]: Phó Trưởng Ban | ban Tổ chức T.Ư", "Nguyễn Tuấn Khanh [OFFICIAL]: Phó Trưởng Ban | ban Tổ chức T.Ư"}},
		{"two names announced in a guest list, the next guest after the posts (hoinongdanag, a019)",
			"Đến dự Đại hội có đồng chí Nguyễn Hồng Lý, đồng chí Lương Quốc Đoàn - Phó Chủ tịch Ban chấp hành Trung ương Hội Nông dân Việt Nam, đồng chí Võ Anh Kiệt, Phó Bí thư Thường trực Tỉnh ủy.",
			[]string{
				"Nguyễn Hồng Lý [OFFICIAL]: Phó Chủ tịch | Ban chấp hành Trung ương Hội Nông dân Việt Nam",
				"Lương Quốc Đoàn [OFFICIAL]: Phó Chủ tịch | Ban chấp hành Trung ương Hội Nông dân Việt Nam",
				"Võ Anh Kiệt [OFFICIAL]: Phó Bí thư Thường trực | Tỉnh ủy",
			}},
		{"a trap: a head's post is one person's",
			"Dự hội nghị có ông Nguyễn Văn An và ông Trần Văn Bình, Chủ tịch UBND tỉnh.",
			[]string{"Nguyễn Văn An [OTHER]: ", "Trần Văn Bình [OFFICIAL]: Chủ tịch | UBND tỉnh"}},
		{"a trap: a clause after the posts",
			"Dự hội nghị có ông Nguyễn Văn An và ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh cho biết tỉnh sẽ triển khai.",
			[]string{"Nguyễn Văn An [OTHER]: ", "Trần Văn Bình [OFFICIAL]: Phó Chủ tịch | UBND tỉnh"}},
		{"a trap: a former post",
			"Dự hội nghị có ông Nguyễn Văn An và ông Trần Văn Bình, nguyên Phó Chủ tịch UBND tỉnh.",
			[]string{"Nguyễn Văn An [OTHER]: ", "Trần Văn Bình [OFFICIAL]: former Phó Chủ tịch | UBND tỉnh"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := found(body(tt.text)); !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
