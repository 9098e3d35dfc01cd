package people

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/recognize"
)

// TestSanctioned holds the posts a disciplinary sanction ends at the event,
// on sentences of Central Committee plenums, and the sanctions that end none.
func TestSanctioned(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"cách chức, one post after another",
			"Sau khi xem xét, Ban Chấp hành Trung ương Đảng đã quyết định thi hành kỷ luật đồng chí Tất Thành Cang bằng hình thức cách chức Ủy viên Ban Chấp hành Trung ương Đảng khóa XII; cách chức Phó Bí thư thường trực Thành ủy Thành phố Hồ Chí Minh nhiệm kỳ 2015 - 2020; cách chức Ủy viên Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh nhiệm kỳ 2015 - 2020.",
			[]string{"Tất Thành Cang [OFFICIAL]: former Ủy viên | Ban Chấp hành Trung ương Đảng; former Phó Bí thư Thường trực | Thành ủy Thành phố Hồ Chí Minh; former Ủy viên | Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh"}},
		{"all party posts, the sanction before the name",
			"Trong đó, đã quyết định Thi hành kỷ luật bằng hình thức Cách chức tất cả các chức vụ trong Đảng đối với đồng chí Đỗ Trọng Hưng, Ủy viên Trung ương Đảng, nguyên Phó Trưởng Ban Tổ chức Trung ương, nguyên Bí thư Tỉnh ủy, nguyên Chủ tịch Hội đồng nhân dân tỉnh Thanh Hoá do đã vi phạm quy định của Đảng.",
			[]string{"Đỗ Trọng Hưng [OFFICIAL]: former Ủy viên | Trung ương Đảng; former Phó Trưởng Ban | Ban Tổ chức Trung ương; former Bí thư | Tỉnh ủy; former Chủ tịch | Hội đồng nhân dân tỉnh Thanh Hoá"}},
		{"expelled, and all party posts: a state post survives",
			"Ban Chấp hành Trung ương Đảng đã quyết định thi hành kỷ luật đồng chí Vũ Huy Hoàng, nguyên Ủy viên Trung ương Đảng bằng hình thức khai trừ ra khỏi Đảng; thi hành kỷ luật đồng chí Trần Văn Nam, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội khóa XIV tỉnh Bình Dương bằng hình thức cách chức tất cả các chức vụ trong Đảng nhiệm kỳ 2015 - 2020.",
			[]string{"Vũ Huy Hoàng [OFFICIAL]: former Ủy viên | Trung ương Đảng",
				"Trần Văn Nam [OFFICIAL]: former Ủy viên | Trung ương Đảng; former Bí thư | Tỉnh ủy; Trưởng đoàn | Đoàn đại biểu Quốc hội"}},
		{"cách chức the person named after it: the posts printed with the name end (chinhphu 2013)",
			"(Chinhphu.vn) – Ban Bí thư đã quyết định cách chức ông Nguyễn Thanh Sơn, Bí thư Đảng ủy khối Doanh nghiệp tỉnh Hà Tĩnh.",
			[]string{"Nguyễn Thanh Sơn [OFFICIAL]: former Bí thư | Đảng ủy khối Doanh nghiệp tỉnh Hà Tĩnh"}},
		{"cách chức các chức vụ: a list, each post with its terms (chinhphu 2013)",
			"Ban Bí thư đã quyết định thi hành kỷ luật ông Nguyễn Thanh Sơn bằng hình thức cách chức các chức vụ: Ủy viên Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh, nhiệm kỳ 2005-2010 và nhiệm kỳ 2010-2015; Bí thư Huyện ủy Vũ Quang, nhiệm kỳ 2005-2010 và nhiệm kỳ 2010-2015; Bí thư Đảng ủy Khối Doanh nghiệp tỉnh Hà Tĩnh, nhiệm kỳ 2010-2015.",
			[]string{"Nguyễn Thanh Sơn [OFFICIAL]: former Ủy viên | Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh; former Bí thư | Huyện ủy Vũ Quang; former Bí thư | Đảng ủy Khối Doanh nghiệp tỉnh Hà Tĩnh"}},
		{"a trap: cách chức the person only proposed ends nothing",
			"Ủy ban Kiểm tra Trung ương đề nghị cách chức ông Nguyễn Văn An, Bí thư Huyện ủy Vũ Quang.",
			[]string{"Nguyễn Văn An [OFFICIAL]: Bí thư | Huyện ủy Vũ Quang"}},
		{"a trap: kiến nghị and dự kiến propose as đề nghị does",
			"Ủy ban Kiểm tra Trung ương kiến nghị cách chức ông Trần Văn Bình, Bí thư Huyện ủy Can Lộc; dự kiến cách chức ông Lê Văn Cường, Chủ tịch UBND huyện Can Lộc.",
			[]string{"Trần Văn Bình [OFFICIAL]: Bí thư | Huyện ủy Can Lộc", "Lê Văn Cường [OFFICIAL]: Chủ tịch | UBND huyện Can Lộc"}},
		{"miễn nhiệm A đối với ông X và chức vụ B đối với ông Y: the second post, its unit the first's (sggp 2013, baodongnai 2018)",
			"Theo đó, Thủ tướng phê chuẩn việc miễn nhiệm chức vụ chủ tịch UBND tỉnh Trà Vinh đối với ông Trần Khiêu (59 tuổi) và chức vụ phó chủ tịch đối với ông Tống Minh Viễn.",
			[]string{"Trần Khiêu [OFFICIAL]: former Chủ tịch | UBND tỉnh Trà Vinh", "Tống Minh Viễn [OFFICIAL]: former Phó Chủ tịch | UBND tỉnh Trà Vinh"}},
		{"trap: a person after a semicolon with a clause of his own is not dismissed",
			"HĐND tỉnh miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Lê Văn An và chức vụ Phó Chủ tịch HĐND tỉnh Nghệ An đối với bà Trần Thị Bình; ông Nguyễn Văn Cường, Phó Chủ tịch UBND tỉnh, dự.",
			[]string{"Lê Văn An [OFFICIAL]: former Chủ tịch | UBND tỉnh", "Trần Thị Bình [OFFICIAL]: former Phó Chủ tịch | HĐND tỉnh Nghệ An", "Nguyễn Văn Cường [OFFICIAL]: Phó Chủ tịch | UBND tỉnh"}},
		{"cách hết các chức vụ trong Đảng đối với các đồng chí: a list, each one's party posts (nhandan 2021)",
			"Ngày 14/8, Ban Thường vụ Huyện ủy Nông Cống, tỉnh Thanh Hóa đã ban hành các quyết định thi hành kỷ luật Đảng bằng hình thức cách hết các chức vụ trong Đảng đối với các đồng chí: Đỗ Khắc Minh, Phó Bí thư Đảng ủy xã Minh Nghĩa; Lê Văn Duệ, Phó Bí thư Đảng ủy xã Tế Thắng; Ngô Minh Trung, Đảng ủy viên và Lường Khắc Nam, Phó Bí thư Đảng ủy xã Tế Lợi.",
			[]string{"Đỗ Khắc Minh [OFFICIAL]: former Phó Bí thư | Đảng ủy xã Minh Nghĩa", "Lê Văn Duệ [OFFICIAL]: former Phó Bí thư | Đảng ủy xã Tế Thắng", "Ngô Minh Trung [OFFICIAL]: former Ủy viên | Đảng ủy", "Lường Khắc Nam [OFFICIAL]: former Phó Bí thư | Đảng ủy xã Tế Lợi"}},
		{"trap: after the sanctioned, a person with a clause of his own keeps his posts",
			"Ban Bí thư thi hành kỷ luật bằng hình thức cách chức tất cả các chức vụ trong Đảng đối với đồng chí Nguyễn Văn An, Bí thư Huyện ủy Nam Đàn; đồng chí Trần Văn Bình, Phó Bí thư Huyện ủy Nam Đàn, chủ trì hội nghị.",
			[]string{"Nguyễn Văn An [OFFICIAL]: former Bí thư | Huyện ủy Nam Đàn", "Trần Văn Bình [OFFICIAL]: Phó Bí thư | Huyện ủy Nam Đàn"}},
		{"đã xem xét cho thôi giữ các chức vụ, nghỉ công tác đối với: every post of the person (viettimes 2024)",
			"Theo thông cáo của Văn phòng Trung ương Đảng, tại Hội nghị Trung ương Đảng lần thứ 9 đã xem xét cho thôi giữ các chức vụ, nghỉ công tác đối với bà Trương Thị Mai, Ủy viên Bộ Chính trị, Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII.",
			[]string{"Trương Thị Mai [OFFICIAL]: former Ủy viên | Bộ Chính trị; former Ủy viên | Ban Chấp hành Trung ương Đảng"}},
		{"trap: a release still to be considered ends nothing",
			"Ban Thường vụ sẽ xem xét cho thôi giữ các chức vụ đối với ông Nguyễn Văn An, Bí thư Huyện ủy Nam Đàn.",
			[]string{"Nguyễn Văn An [OFFICIAL]: Bí thư | Huyện ủy Nam Đàn"}},
		{"miễn nhiệm chức vụ Chủ tịch UBND tỉnh này của ông A: the post with its unit named before (2010, Quảng Bình)",
			"Đối với tỉnh Quảng Bình, Thủ tướng phê chuẩn ông Nguyễn Hữu Hoài, Phó bí thư Tỉnh ủy, Phó chủ tịch UBND tỉnh giữ chức Chủ tịch UBND tỉnh Quảng Bình. Theo đó, miễn nhiệm chức vụ Chủ tịch UBND tỉnh này của ông Phan Lâm Phương để nghỉ hưu theo chế độ.",
			[]string{"Nguyễn Hữu Hoài [OFFICIAL]: Phó Bí thư | Tỉnh ủy; former Phó Chủ tịch | UBND tỉnh; Chủ tịch | UBND tỉnh Quảng Bình", "Phan Lâm Phương [OFFICIAL]: former Chủ tịch | UBND tỉnh"}},
		{"a trap: a sanction only proposed ends nothing",
			"Bộ Chính trị đề nghị Ban Chấp hành Trung ương xem xét cách chức Ủy viên Ban Chấp hành Trung ương Đảng đối với đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy Hà Giang.",
			[]string{"Nguyễn Văn A [OFFICIAL]: Bí thư | Tỉnh ủy Hà Giang"}},
		{"a trap: a second person's warning after đồng thời does not take the first one's cách chức",
			"Ông Nguyễn Văn An bị cách chức Bí thư Huyện ủy Nam Đàn, đồng thời Ủy ban Kiểm tra thi hành kỷ luật cảnh cáo đối với ông Trần Văn Bình, Phó Bí thư Huyện ủy Nam Đàn.",
			[]string{"Nguyễn Văn An [OFFICIAL]: former Bí thư | Huyện ủy Nam Đàn", "Trần Văn Bình [OFFICIAL]: Phó Bí thư | Huyện ủy Nam Đàn"}},
		{"cách chức naming no post: the party posts printed with the person named before end (dantri, Hà Tĩnh 2013)",
			"Đối với ông Nguyễn Thanh Sơn, Bí thư Đảng bộ khối doanh nghiệp Hà Tĩnh, Ban chấp hành Đảng bộ Hà Tĩnh nhất trí hình thức kỷ luật cách chức.",
			[]string{"Nguyễn Thanh Sơn [OFFICIAL]: former Bí thư | Đảng bộ khối doanh nghiệp Hà Tĩnh"}},
		{"cách chức naming no post, đối với the person after it: a state post survives",
			"Ban Thường vụ Tỉnh ủy thi hành kỷ luật bằng hình thức cách chức đối với ông Nguyễn Văn Hải, Bí thư Huyện ủy, Chủ tịch HĐND huyện Can Lộc.",
			[]string{"Nguyễn Văn Hải [OFFICIAL]: former Bí thư | Huyện ủy; Chủ tịch | HĐND huyện Can Lộc"}},
		{"a trap: a bare cách chức only proposed ends nothing",
			"Đối với ông Nguyễn Văn Hải, Bí thư Huyện ủy Can Lộc, Ủy ban Kiểm tra đề nghị kỷ luật cách chức.",
			[]string{"Nguyễn Văn Hải [OFFICIAL]: Bí thư | Huyện ủy Can Lộc"}},
		{"a trap: cách chức as the top of a range of sanctions the rules allow ends nothing",
			"Ông Nguyễn Văn Hải, Bí thư Huyện ủy Can Lộc cho biết cán bộ sai phạm có thể bị xử lý từ khiển trách đến cách chức.",
			[]string{"Nguyễn Văn Hải [OFFICIAL]: Bí thư | Huyện ủy Can Lộc"}},
		{"a trap: cách chức last in a list of the rules' sanctions ends nothing",
			"Theo ông Nguyễn Văn Hải, Bí thư Huyện ủy Can Lộc, các hình thức kỷ luật gồm khiển trách, cảnh cáo, cách chức.",
			[]string{"Nguyễn Văn Hải [OFFICIAL]: Bí thư | Huyện ủy Can Lộc"}},
		{"a trap: a bare cách chức a checking commission proposes, its verb far before it, ends nothing",
			"Ủy ban Kiểm tra Tỉnh ủy đề nghị Ban Thường vụ Tỉnh ủy xem xét, thi hành kỷ luật ông Nguyễn Văn Hải, Bí thư Huyện ủy Can Lộc bằng hình thức cách chức.",
			[]string{"Nguyễn Văn Hải [OFFICIAL]: Bí thư | Huyện ủy Can Lộc"}},
		{"a bare cách chức given, the standing committee agreeing with a commission's proposal, ends the party posts",
			"Ban Thường vụ Tỉnh ủy thống nhất với đề nghị của Ủy ban Kiểm tra Tỉnh ủy, quyết định thi hành kỷ luật ông Nguyễn Văn Hải, Bí thư Huyện ủy Can Lộc bằng hình thức cách chức.",
			[]string{"Nguyễn Văn Hải [OFFICIAL]: former Bí thư | Huyện ủy Can Lộc"}},
		{"a bare cách chức given on theo sự đề nghị ends the party posts",
			"Theo sự đề nghị của Ủy ban Kiểm tra Tỉnh ủy, Ban Thường vụ Tỉnh ủy đã thi hành kỷ luật ông Nguyễn Văn Hải, Bí thư Huyện ủy Can Lộc bằng hình thức cách chức.",
			[]string{"Nguyễn Văn Hải [OFFICIAL]: former Bí thư | Huyện ủy Can Lộc"}},
		{"a bare cách chức given on a commission's proposal ends the party posts",
			"Theo đề nghị của Ủy ban Kiểm tra Tỉnh ủy, Ban Thường vụ Tỉnh ủy đã thi hành kỷ luật ông Nguyễn Văn Hải, Bí thư Huyện ủy Can Lộc bằng hình thức cách chức.",
			[]string{"Nguyễn Văn Hải [OFFICIAL]: former Bí thư | Huyện ủy Can Lộc"}},
		{"a trap: a warning of one, and cách chức of the other, each their own (dantri, Hà Tĩnh 2013)",
			"BCH Đảng bộ tỉnh Hà Tĩnh đã thống nhất xử lý mức độ kỷ luật với hình thức cảnh cáo đối với bà Nguyễn Thị Tuyết Anh, Chủ tịch Hội Nông dân tỉnh.",
			[]string{"Nguyễn Thị Tuyết Anh [OFFICIAL]: Chủ tịch | Hội Nông dân tỉnh"}},
		{"a trap: a warning ends nothing",
			"Ban Bí thư quyết định thi hành kỷ luật đồng chí Nguyễn Văn B, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh Hà Giang bằng hình thức cảnh cáo.",
			[]string{"Nguyễn Văn B [OFFICIAL]: Ủy viên | Ban Thường vụ Tỉnh ủy; Chủ tịch | UBND tỉnh Hà Giang"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := found(body(tt.in)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestDismissed: a dismissal that names the post before the person ends the
// post at the event (vneconomy 2010, baochinhphu 2015, cafef 2019 and
// anninhthudo pages: the Prime Minister's approvals and councils' votes); a
// dismissal only proposed, or miễn nhiệm in a list of procedures, ends
// nothing.
func TestDismissed(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"đối với, then the posts the person keeps",
			"Ngày 11/12, tại kỳ họp thứ 14 HĐND tỉnh Bắc Giang khóa XVII, các đại biểu đã biểu quyết thông qua việc miễn nhiệm chức danh Chủ tịch HĐND tỉnh đối với ông Thân Văn Khoa, Phó Bí thư Thường trực Tỉnh ủy.",
			[]string{"Thân Văn Khoa [OFFICIAL]: former Chủ tịch | HĐND tỉnh; Phó Bí thư Thường trực | Tỉnh ủy"}},
		{"của, the reason after",
			"Thủ tướng cũng miễn nhiệm chức vụ Ủy viên UBND tỉnh Quảng Trị của ông Nguyễn Hữu Dũng để nhận nhiệm vụ mới.",
			[]string{"Nguyễn Hữu Dũng [OFFICIAL]: former Ủy viên | UBND tỉnh Quảng Trị"}},
		{"two dismissals in a row; the term after the post",
			"Cũng trong ngày 28-9, HĐND huyện Thường Tín khóa XVIII, nhiệm kỳ 2011-2016 đã tổ chức kỳ họp thứ 12 để miễn nhiệm chức danh Chủ tịch UBND huyện đối với ông Uông Đức Ngọc; miễn nhiệm chức danh Phó Chủ tịch UBND huyện nhiệm kỳ 2011-2016 đối với bà Chu Thị Minh Huyền.",
			[]string{"Uông Đức Ngọc [OFFICIAL]: former Chủ tịch | UBND huyện", "Chu Thị Minh Huyền [OFFICIAL]: former Phó Chủ tịch | UBND huyện"}},
		{"a post held before, printed with nguyên",
			"Đại biểu HĐND tỉnh đã biểu quyết thông qua nghị quyết miễn nhiệm chức vụ Ủy viên UBND tỉnh nhiệm kỳ 2016-2021 đối với ông Nguyễn Minh Thuấn, nguyên Giám đốc Công an tỉnh (do nghỉ hưu).",
			[]string{"Nguyễn Minh Thuấn [OFFICIAL]: former Ủy viên | UBND tỉnh; former Giám đốc | Công an tỉnh"}},
		{"the Prime Minister's sanction: xóa tư cách, the periods the posts were held over, the signer before it keeps his post (kienthuc 2023)",
			"Phó thủ tướng Trần Lưu Quang vừa ký quyết định của Thủ tướng Chính phủ thi hành kỷ luật bằng hình thức xóa tư cách chức vụ chủ tịch UBND tỉnh Thanh Hóa giai đoạn 2015 - 2020, phó chủ tịch UBND tỉnh Thanh Hóa giai đoạn 2012 - 2014 đối với ông Nguyễn Đình Xứng.",
			[]string{"Trần Lưu Quang [OFFICIAL]: Phó Thủ tướng | ", "Nguyễn Đình Xứng [OFFICIAL]: former Chủ tịch | UBND tỉnh Thanh Hóa; former Phó Chủ tịch | UBND tỉnh Thanh Hóa"}},
		{"cách chức and xóa tư cách joined by và, each with its term (viettimes)",
			"Thủ tướng Chính phủ vừa ra quyết định cách chức Chủ tịch UBND tỉnh Khánh Hòa nhiệm kỳ 2016-2021 và xóa tư cách Phó Chủ tịch UBND tỉnh Khánh Hòa nhiệm kỳ 2011-2016 đối với ông Lê Đức Vinh, do đã có những vi phạm.",
			[]string{"Lê Đức Vinh [OFFICIAL]: former Chủ tịch | UBND tỉnh Khánh Hòa; former Phó Chủ tịch | UBND tỉnh Khánh Hòa"}},
		{"cựu, as nguyên; Hội Cựu chiến binh is a unit's name (vietnamdaily 2023)",
			"Ban Chấp hành Trung ương Đảng quyết định thi hành kỷ luật cách chức tất cả các chức vụ trong Đảng đối với cựu Bí thư Tỉnh ủy Thanh Hóa Trịnh Văn Chiến; Chủ tịch Hội Cựu chiến binh tỉnh Nguyễn Văn Bình dự họp.",
			[]string{"Trịnh Văn Chiến [OFFICIAL]: former Bí thư | Tỉnh ủy Thanh Hóa", "Nguyễn Văn Bình [OFFICIAL]: Chủ tịch | Hội Cựu chiến binh tỉnh"}},
		{"a trap: a dismissal only proposed",
			"UBND tỉnh đề nghị HĐND tỉnh xem xét miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Nguyễn Văn C.",
			[]string{"Nguyễn Văn C [OTHER]: "}},
		{"a trap: quyết định inside a proposal (xem xét, quyết định) is still a proposal",
			"UBND tỉnh đề nghị HĐND tỉnh xem xét, quyết định miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Nghệ An đối với ông Nguyễn Văn D.",
			[]string{"Nguyễn Văn D [OTHER]: "}},
		{"a trap: miễn nhiệm among procedures names no one",
			"Căn cứ quy trình, thủ tục bầu, từ chức, miễn nhiệm, bãi nhiệm, điều động, cách chức thành viên UBND, HĐND tỉnh đã họp.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := found(body(tt.in)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// days renders the starts and ends of m's posts to the day, "from
// 2024-04-01, to 2025-02-28": a retirement ends a post on a day.
func days(m recognize.PersonMention) string {
	var sp []string
	for _, q := range m.Posts {
		if !q.Start.IsZero() {
			sp = append(sp, fmt.Sprintf("from %d-%02d-%02d", q.Start.Year, q.Start.Month, q.Start.Day))
		}
		if !q.End.IsZero() {
			sp = append(sp, fmt.Sprintf("to %d-%02d-%02d", q.End.Year, q.End.Month, q.End.Day))
		}
	}
	return strings.Join(sp, ", ")
}

// TestRetiring: a retirement decision that prints the day it takes effect
// ends, the day before, the posts of the people named after nghỉ hưu — not
// those of whoever announces it — and that day starts nothing (baomoi 2025,
// plo 2025); one that prints no day ends nothing (dantri 2025).
func TestRetiring(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // render, then " @ " and spans where there are any
	}{
		{"kể từ ngày before đối với; the announcer keeps his post",
			"Tại buổi lễ, ông Phạm Hoàng Nam, Trưởng Ban Tổ chức Tỉnh ủy An Giang, đã công bố Quyết định của Ban Thường vụ Tỉnh ủy An Giang về việc nghỉ hưu trước tuổi để hưởng chính sách, chế độ theo Nghị định 178 (sửa đổi, bổ sung tại Nghị định 67) kể từ ngày 1-9 đối với ông Võ Minh Hoàng, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy An Giang và ông Giang Thanh Khoa, Phó Chủ tịch UBND tỉnh An Giang, sau hợp nhất.",
			[]string{
				"Phạm Hoàng Nam [OFFICIAL]: Trưởng Ban | Ban Tổ chức Tỉnh ủy An Giang",
				"Võ Minh Hoàng [OFFICIAL]: former Chủ nhiệm | Ủy ban Kiểm tra Tỉnh ủy An Giang @ to 0-08-00",
				"Giang Thanh Khoa [OFFICIAL]: former Phó Chủ tịch | UBND tỉnh An Giang @ to 0-08-00",
			}},
		{"từ ngày after the posts, with its year: the end, not a start",
			"Cũng tại hội nghị, lãnh đạo HĐND tỉnh đã công bố Quyết định của HĐND tỉnh về việc nghỉ hưu trước tuổi đối với đồng chí Lê Văn Hiểu - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh từ ngày 1/3/2025.",
			[]string{
				"Lê Văn Hiểu [OFFICIAL]: former Ủy viên | Ban Thường vụ Tỉnh ủy; former Phó Chủ tịch Thường trực | HĐND tỉnh @ to 2025-02-28, to 2025-02-28",
			}},
		{"a trap: the successor appointed from the same day takes the post up",
			"UBND tỉnh đã trao Quyết định về việc nghỉ hưu đối với ông Nguyễn Văn A, Giám đốc Sở Tài chính, kể từ ngày 1/4/2024 và bổ nhiệm ông Trần Văn B giữ chức Giám đốc Sở Tài chính kể từ ngày 1/4/2024.",
			[]string{
				"Nguyễn Văn A [OFFICIAL]: former Giám đốc | Sở Tài chính @ to 2024-03-31",
				"Trần Văn B [OFFICIAL]: Giám đốc | Sở Tài chính @ from 2024-04-01",
			}},
		{"a trap: no day printed, nothing ended",
			"Trong đợt này, Chủ tịch UBND tỉnh Quảng Ngãi cũng ký quyết định nghỉ hưu trước tuổi đối với bà Huỳnh Thị Phương Hoa (SN 1972), Phó Chánh Văn phòng UBND tỉnh Quảng Ngãi.",
			[]string{
				"Huỳnh Thị Phương Hoa [OFFICIAL]: Phó Chánh Văn phòng | Văn phòng UBND tỉnh Quảng Ngãi",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			checkMentions(t, "Find", Find(body(tt.in)), tt.want, days)
		})
	}
}
