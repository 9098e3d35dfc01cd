package people

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"golang.org/x/text/unicode/norm"
)

// found renders what Find reads in a body sentence: "Name [ROLE]: Title |
// Unit; Title | Unit", with "*" after a post taken up in the sentence and
// "former" before one held no longer.
func found(s recognize.Sentence) []string {
	var out []string
	for _, m := range Find(s) {
		out = append(out, render(m))
	}
	return out
}

// render is one person as found renders it.
func render(m recognize.PersonMention) string {
	{
		var posts []string
		for _, p := range m.Posts {
			e, f := "", ""
			if p.Elected {
				e = "*"
			}
			if p.Former {
				f = "former "
			}
			posts = append(posts, fmt.Sprintf("%s%s | %s%s", f, p.Title, p.Unit.Text, e))
		}
		return fmt.Sprintf("%s [%s]: %s", m.Name.Text, m.Role, strings.Join(posts, "; "))
	}
}

func body(text string) recognize.Sentence {
	return recognize.NewSentence(model.Sentence{Kind: model.Body, Text: text, Span: model.Span{End: len([]rune(text))}})
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"name then posts, ended by the verb",
			"Phát biểu bế mạc, đồng chí Võ Văn Minh, Phó Bí thư Thành ủy, Chủ tịch HĐND, Phó Bí thư Thường trực Đảng uỷ các cơ quan Đảng TPHCM, thông tin, đại hội đã thành công.",
			[]string{"Võ Văn Minh [OFFICIAL]: Phó Bí thư | Thành ủy; Chủ tịch | HĐND; Phó Bí thư Thường trực | Đảng uỷ các cơ quan Đảng TPHCM"}},
		{"posts then name",
			"Phát biểu chỉ đạo, Phó Bí thư Thường trực Tỉnh ủy Nghệ An Hoàng Nghĩa Hiếu ghi nhận kết quả.",
			[]string{"Hoàng Nghĩa Hiếu [OFFICIAL]: Phó Bí thư Thường trực | Tỉnh ủy Nghệ An"}},
		{"a title in small letters ends the sentence: no unit, no post, no panic (vneconomy 2011)",
			"Ông Nguyễn Tấn Dũng được giới thiệu làm thủ tướng",
			[]string{"Nguyễn Tấn Dũng [OTHER]: "}},
		{"a list after các bà and a colon shares the post an agent elects them to (hoilhpn 2021)",
			"Các bà: Tăng Thị Linh Chi, Nguyễn Thị Quyên, Trương Thị Lượng được Ban chấp hành bầu chức vụ Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.",
			[]string{
				"Tăng Thị Linh Chi [OFFICIAL]: Phó Chủ tịch | Hội Liên hiệp Phụ nữ tỉnh*",
				"Nguyễn Thị Quyên [OFFICIAL]: Phó Chủ tịch | Hội Liên hiệp Phụ nữ tỉnh*",
				"Trương Thị Lượng [OFFICIAL]: Phó Chủ tịch | Hội Liên hiệp Phụ nữ tỉnh*",
			}},
		{"a rank, then tiếp tục được tín nhiệm giữ vị trí (cand 2017)",
			"Thượng tướng Nguyễn Văn Được tiếp tục được tín nhiệm giữ vị trí Chủ tịch Hội Cựu chiến binh Việt Nam khóa VI, nhiệm kỳ 2017 – 2022.",
			[]string{"Nguyễn Văn Được [OFFICIAL]: Chủ tịch | Hội Cựu chiến binh Việt Nam*"}},
		{"được bầu là (cand 2017)",
			"Các đồng chí: Nguyễn Văn Đạo, Nguyễn Song Phi được bầu là Phó Chủ tịch Hội Cựu chiến binh Việt Nam khóa VI.",
			[]string{
				"Nguyễn Văn Đạo [OFFICIAL]: Phó Chủ tịch | Hội Cựu chiến binh Việt Nam*",
				"Nguyễn Song Phi [OFFICIAL]: Phó Chủ tịch | Hội Cựu chiến binh Việt Nam*",
			}},
		{"posts then a name, after a comma, are the next person's: a list of appointees (plo 2026)",
			"Phó Chủ tịch nước Võ Thị Ánh Xuân, Phó Thủ tướng Phạm Thị Thanh Trà, Chánh án TAND Tối cao Nguyễn Văn Quảng",
			[]string{
				"Võ Thị Ánh Xuân [OFFICIAL]: Phó Chủ tịch nước | ",
				"Phạm Thị Thanh Trà [OFFICIAL]: Phó Thủ tướng | ",
				"Nguyễn Văn Quảng [OFFICIAL]: Chánh án | TAND Tối cao",
			}},
		{"a list of guests, posts then name, comma after comma (vietnamnet 2025)",
			"Dự lễ viếng có Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường, Thủ tướng Phạm Minh Chính, Chủ tịch Quốc hội Trần Thanh Mẫn, Thường trực Ban Bí thư Trần Cẩm Tú cùng các đại biểu Quốc hội khóa 15.",
			[]string{
				"Tô Lâm [OFFICIAL]: Tổng Bí thư | ",
				"Lương Cường [OFFICIAL]: Chủ tịch nước | ",
				"Phạm Minh Chính [OFFICIAL]: Thủ tướng | ",
				"Trần Thanh Mẫn [OFFICIAL]: Chủ tịch Quốc hội | ",
				"Trần Cẩm Tú [OFFICIAL]: Thường trực | Ban Bí thư",
			}},
		{"posts before a colon and the names it lists are theirs, not the name's before the comma (vietbao 2025)",
			"Dự buổi lễ có các đồng chí: Nguyên Tổng Bí thư Nông Đức Mạnh, Thủ tướng Chính phủ Phạm Minh Chính, nguyên Chủ tịch Quốc hội: Nguyễn Sinh Hùng, Nguyễn Thị Kim Ngân;",
			[]string{
				"Nông Đức Mạnh [OFFICIAL]: former Tổng Bí thư | ",
				"Phạm Minh Chính [OFFICIAL]: Thủ tướng | Chính phủ",
				"Nguyễn Sinh Hùng [OFFICIAL]: former Chủ tịch Quốc hội | ",
			}},
		{"trap: a place after the unit that is no family name stays the post's, and the name before keeps it",
			"Đồng chí Hồ Văn Niên, Bí thư Huyện ủy Đak Pơ, phát biểu tại hội nghị.",
			[]string{"Hồ Văn Niên [OFFICIAL]: Bí thư | Huyện ủy Đak Pơ"}},
		{"trap: a name then posts keeps them when a comma parts them from the next name",
			"Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Quảng Nam, Lê Trí Thanh và các đại biểu dự lễ.",
			[]string{"Nguyễn Văn An [OFFICIAL]: Chủ tịch | UBND tỉnh Quảng Nam"}},
		{"a nomination takes up no post (plo 2020)",
			"Ông Nguyễn Ngọc Tuấn, phó Bí thư Thành uỷ, Phó Chủ tịch thường trực HĐND TP Hà Nội được giới thiệu để bầu chức Chủ tịch HĐND TP khoá mới.",
			[]string{"Nguyễn Ngọc Tuấn [OFFICIAL]: Phó Bí thư | Thành uỷ; Phó Chủ tịch Thường trực | HĐND TP Hà Nội"}},
		{"a post in small letters with its unit after the name, no comma; a birth year in brackets before it (nongthonmoihatinh 2020)",
			"Ông Nguyễn Văn An (SN 1970) phó chủ tịch UBND tỉnh Quảng Nam cho biết.",
			[]string{"Nguyễn Văn An [OFFICIAL]: Phó Chủ tịch | UBND tỉnh Quảng Nam"}},
		{"Ủy viên (dự khuyết) Trung ương Đảng: an alternate member",
			"Đồng chí Nguyễn Văn An, Ủy viên (dự khuyết) Trung ương Đảng, Bí thư Tỉnh ủy phát biểu.",
			[]string{"Nguyễn Văn An [OFFICIAL]: Ủy viên dự khuyết | Trung ương Đảng; Bí thư | Tỉnh ủy"}},
		{"Bí thư Thường trực of the Youth Union",
			"Đồng chí Phan Văn Mãi, Bí thư Thường trực Trung ương Đoàn, Chủ tịch Hội Sinh viên Việt Nam phát biểu.",
			[]string{"Phan Văn Mãi [OFFICIAL]: Bí thư Thường trực | Trung ương Đoàn; Chủ tịch | Hội Sinh viên Việt Nam"}},
		{"a decision gives the bodies, then the post, to a name printed alone (baomoi 2024)",
			"Điều động ông Đỗ Khôi Nguyên, Tỉnh ủy viên, Phó Bí thư Thành ủy, Chủ tịch UBND Tp.Biên Hòa đến công tác tại Huyện ủy Cẩm Mỹ; chỉ định ông Đỗ Khôi Nguyên tham gia Ban Chấp hành Đảng bộ, Ban Thường vụ Huyện ủy và giữ chức Bí thư Huyện ủy Cẩm Mỹ, nhiệm kỳ 2020-2025.",
			[]string{
				"Đỗ Khôi Nguyên [OFFICIAL]: Ủy viên | Tỉnh ủy; Phó Bí thư | Thành ủy; Chủ tịch | UBND Tp.Biên Hòa",
				"Đỗ Khôi Nguyên [OFFICIAL]: Bí thư | Huyện ủy Cẩm Mỹ*",
			}},
		{"adverbs before the verb, and chức vụ after it (vneconomy 2011)",
			"Theo đó, ông Nguyễn Tấn Dũng đã chính thức tái đắc cử chức vụ Thủ tướng Chính phủ.",
			[]string{"Nguyễn Tấn Dũng [OFFICIAL]: Thủ tướng | Chính phủ*"}},
		{"the supreme court abbreviated, its tier in capitals (baomoi 2024)",
			"Chánh án TAND Tối cao Nguyễn Hòa Bình",
			[]string{"Nguyễn Hòa Bình [OFFICIAL]: Chánh án | TAND Tối cao"}},
		{"posts then name after a lower-case place word",
			"Bí thư Đảng ủy Khối Các cơ quan thành phố Phạm Xuân Thanh cho biết.",
			[]string{"Phạm Xuân Thanh [OFFICIAL]: Bí thư | Đảng ủy Khối Các cơ quan thành phố"}},
		{"a national title after đồng chí", "Đồng chí Tổng Bí thư Tô Lâm đã có nhiều chỉ đạo.",
			[]string{"Tô Lâm [OFFICIAL]: Tổng Bí thư | "}},
		{"two national titles", "Tổng Bí thư, Chủ tịch nước Tô Lâm dự lễ.",
			[]string{"Tô Lâm [OFFICIAL]: Tổng Bí thư | ; Chủ tịch nước | "}},
		{"a title as an address is not the next person's post",
			"Báo cáo với Tổng Bí thư, Bí thư Tỉnh ủy Quảng Ninh Vũ Đại Thắng cho biết.",
			[]string{"Vũ Đại Thắng [OFFICIAL]: Bí thư | Tỉnh ủy Quảng Ninh"}},
		{"a guest list",
			"Dự hội nghị có các đồng chí: Lê Văn Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đinh Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Hàng Thị Thu Nga, Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Tỉnh ủy.",
			[]string{
				"Lê Văn Hùng [OFFICIAL]: Phó Bí thư | Tỉnh ủy; Chủ tịch | Ủy ban MTTQ Việt Nam tỉnh",
				"Đinh Thị Lan [OFFICIAL]: Ủy viên | Ban Thường vụ Tỉnh ủy; Trưởng Ban | Ban Tuyên giáo và Dân vận Tỉnh ủy",
				"Hàng Thị Thu Nga [OFFICIAL]: Phó Chủ nhiệm Thường trực | Ủy ban Kiểm tra Tỉnh ủy"}},
		{"a guest list with dashes and lower-case titles",
			"Tham dự có các đồng chí: Bùi Văn Nam - Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng đoàn đại biểu Quốc hội Thành phố; Trần Quang Vinh - Phó trưởng Ban Thường trực Ban Tổ chức Thành ủy.",
			[]string{
				"Bùi Văn Nam [OFFICIAL]: Ủy viên | Bộ Chính trị; Bí thư | Thành ủy; Trưởng đoàn | đoàn đại biểu Quốc hội Thành phố",
				"Trần Quang Vinh [OFFICIAL]: Phó Trưởng Ban Thường trực | Ban Tổ chức Thành ủy"}},
		{"titles that share their unit's first word",
			"đồng chí Ngô Thị Hà, Chánh Văn phòng Thành ủy, Trưởng ban Dân vận Huyện ủy Củ Chi",
			[]string{"Ngô Thị Hà [OFFICIAL]: Chánh Văn phòng | Văn phòng Thành ủy; Trưởng Ban | ban Dân vận Huyện ủy Củ Chi"}},
		{"a member of the committee", "đồng chí Lê Quốc Bảo, Thành ủy viên, Giám đốc Sở Nội vụ",
			[]string{"Lê Quốc Bảo [OFFICIAL]: Ủy viên | Thành ủy; Giám đốc | Sở Nội vụ"}},
		{"elected", "Đại hội đã bầu đồng chí Phạm Thị Thu Hà giữ chức Bí thư Đảng ủy phường nhiệm kỳ 2025 - 2030.",
			[]string{"Phạm Thị Thu Hà [OFFICIAL]: Bí thư | Đảng ủy phường*"}},
		{"re-elected", "Đồng chí Trần Minh Khôi tái đắc cử Bí thư Tỉnh ủy Lâm Đồng.",
			[]string{"Trần Minh Khôi [OFFICIAL]: Bí thư | Tỉnh ủy Lâm Đồng*"}},
		{"two elected to one post", "Các đồng chí Đoàn Thị Mai và Nguyễn Hữu Tài được bầu giữ chức Phó Bí thư Tỉnh ủy.",
			[]string{"Đoàn Thị Mai [OFFICIAL]: Phó Bí thư | Tỉnh ủy*", "Nguyễn Hữu Tài [OFFICIAL]: Phó Bí thư | Tỉnh ủy*"}},
		{"a list of names sharing the post a verb gives, elected earlier in the sentence",
			"Ban Chấp hành đã bầu đồng chí Vũ Minh Thanh giữ chức Bí thư Đảng ủy phường; các đồng chí Trần Văn Bảy, Lê Thị Thu và Ngô Minh Châu giữ chức Phó Bí thư Đảng ủy phường.",
			[]string{"Vũ Minh Thanh [OFFICIAL]: Bí thư | Đảng ủy phường*",
				"Trần Văn Bảy [OFFICIAL]: Phó Bí thư | Đảng ủy phường*",
				"Lê Thị Thu [OFFICIAL]: Phó Bí thư | Đảng ủy phường*",
				"Ngô Minh Châu [OFFICIAL]: Phó Bí thư | Đảng ủy phường*"}},
		{"a post held, not taken up, in a sentence that elects no one",
			"Đồng chí Vũ Minh Thanh giữ chức Bí thư Đảng ủy phường từ năm 2020.",
			[]string{"Vũ Minh Thanh [OFFICIAL]: Bí thư | Đảng ủy phường"}},
		{"a former post is read as former", "Nguyên Bí thư Tỉnh ủy Quảng Ninh, đồng chí Nguyễn Văn Đọc, có mặt.",
			[]string{"Nguyễn Văn Đọc [OFFICIAL]: former Bí thư | Tỉnh ủy Quảng Ninh"}},
		{"a former post before the name", "nguyên Chủ tịch Quốc hội Nguyễn Sinh Hùng dự lễ",
			[]string{"Nguyễn Sinh Hùng [OFFICIAL]: former Chủ tịch Quốc hội | "}},
		{"ranks before the name",
			"Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng; Bộ trưởng Bộ Công an, Thượng tướng Lương Tam Quang.",
			[]string{"Phan Văn Giang [OFFICIAL]: Bộ trưởng | Bộ Quốc phòng", "Lương Tam Quang [OFFICIAL]: Bộ trưởng | Bộ Công an"}},
		{"a name of the Central Highlands", "Đồng chí Y Thanh Hà Niê Kđăm, Phó Bí thư Tỉnh ủy Đắk Lắk, đến dự.",
			[]string{"Y Thanh Hà Niê Kđăm [OFFICIAL]: Phó Bí thư | Tỉnh ủy Đắk Lắk"}},
		{"a glued typo before the title",
			"tác phẩm “Một số vấn đề lý luận và thực tiễn về chủ nghĩa xã hội ở Việt Namcủa Tổng Bí thư Nguyễn Phú Trọng.",
			[]string{"Nguyễn Phú Trọng [OFFICIAL]: Tổng Bí thư | "}},
		{"a caption names a person without posts", "Đồng chí Võ Văn Minh phát biểu bế mạc. Ảnh: VIỆT DŨNG",
			[]string{"Võ Văn Minh [OFFICIAL]: "}},
		{"a caption stating a post", "Phó Bí thư Thành ủy TPHCM Nguyễn Phước Lộc và các đại biểu dự hội nghị chụp hình lưu niệm",
			[]string{"Nguyễn Phước Lộc [OFFICIAL]: Phó Bí thư | Thành ủy TPHCM"}},
		{"ông with no post is not an official", "Ông Nguyễn Văn Lực, một đảng viên 50 năm tuổi Đảng, chia sẻ.",
			[]string{"Nguyễn Văn Lực [OTHER]: "}},
		{"bà with a post is", "Bà Phạm Thị Thu Hà, Bí thư Đảng ủy phường Tân Hưng, phát biểu.",
			[]string{"Phạm Thị Thu Hà [OFFICIAL]: Bí thư | Đảng ủy phường Tân Hưng"}},
		{"capitals after đồng chí", "đồng chí NGUYỄN VĂN AN, Bí thư Huyện ủy",
			[]string{"Nguyễn Văn An [OFFICIAL]: Bí thư | Huyện ủy"}},
		{"Bác is no one", "Triển khai đến 100% đảng viên đăng ký học tập và làm theo Bác.", nil},
		{"a campaign's name is no one", "thực hiện tốt các chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”", nil},
		{"the President in a campaign is no one", "làm theo tấm gương đạo đức của Chủ tịch Hồ Chí Minh", nil},
		{"leaders without a name", "Về dự và phát biểu chỉ đạo tại Đại hội, lãnh đạo Đảng ủy phường đã ghi nhận.", nil},
		{"a title without its unit is no post", "Đồng chí Bí thư yêu cầu các chi bộ thực hiện tốt.", nil},
		{"places are not names", "tại Hà Nội, Thái Bình và Quảng Ninh, Bí thư các tỉnh ủy đã họp", nil},
		{"a board, not a department", "Trưởng Ban Tổ chức đại hội Nguyễn Văn Bình cho biết", nil},
		{"a retired official's post is former", "Ông Trần Văn Bảy, Chủ tịch UBND xã Tân Phú (đã nghỉ hưu), chia sẻ.",
			[]string{"Trần Văn Bảy [OFFICIAL]: former Chủ tịch | UBND xã Tân Phú"}},
		{"a retired official, after a comma", "Ông Trần Văn Bảy, Chủ tịch UBND xã Tân Phú, đã nghỉ hưu từ năm 2020.",
			[]string{"Trần Văn Bảy [OFFICIAL]: former Chủ tịch | UBND xã Tân Phú"}},
		{"a post held before one taken up in the same unit",
			"Đồng chí Lê Văn Hòa, Phó Chủ tịch UBND tỉnh, được bầu giữ chức Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026.",
			[]string{"Lê Văn Hòa [OFFICIAL]: former Phó Chủ tịch | UBND tỉnh; Chủ tịch | UBND tỉnh*"}},
		{"a post taken up in the same unit printed with its place",
			"ông Trần Văn Hai, Phó Giám đốc Sở Tài chính, giữ chức Giám đốc Sở Tài chính tỉnh Đồng Tháp.",
			[]string{"Trần Văn Hai [OFFICIAL]: former Phó Giám đốc | Sở Tài chính; Giám đốc | Sở Tài chính tỉnh Đồng Tháp"}},
		{"an apposition that is no post, then the verb",
			"Bà Lê Thị Hằng, Trưởng phòng Kế hoạch, được bổ nhiệm làm Phó Giám đốc Sở Kế hoạch và Đầu tư.",
			[]string{"Lê Thị Hằng [OFFICIAL]: Phó Giám đốc | Sở Kế hoạch và Đầu tư*"}},
		{"a post held alongside one taken up in another unit",
			"Đồng chí Lê Văn Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, được bầu giữ chức Chủ tịch HĐND tỉnh.",
			[]string{"Lê Văn Hòa [OFFICIAL]: Ủy viên | Ban Thường vụ Tỉnh ủy; Chủ tịch | HĐND tỉnh*"}},
		{"a transfer ends the posts before, but not a seat on the Central Committee",
			"Bộ Chính trị điều động, chỉ định đồng chí Nguyễn Mạnh Dũng, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Phó Bí thư Tỉnh ủy Thái Bình, tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy Hà Giang nhiệm kỳ 2020 - 2025.",
			[]string{"Nguyễn Mạnh Dũng [OFFICIAL]: Ủy viên dự khuyết | Ban Chấp hành Trung ương Đảng; former Phó Bí thư | Tỉnh ủy Thái Bình; Bí thư | Tỉnh ủy Hà Giang*"}},
		{"a former post, then the post held now",
			"đồng chí Đặng Quốc Khánh, nguyên Bí thư Tỉnh ủy Hà Giang, nay đã được điều động giữ chức Bộ trưởng Bộ Tài nguyên và Môi trường.",
			[]string{"Đặng Quốc Khánh [OFFICIAL]: former Bí thư | Tỉnh ủy Hà Giang; Bộ trưởng | Bộ Tài nguyên và Môi trường"}},
		{"a former post, then the post held now with hiện là",
			"đồng chí Nguyễn Văn Lợi, nguyên Bí thư Tỉnh ủy, hiện là Phó Trưởng Ban Kinh tế Trung ương, dự.",
			[]string{"Nguyễn Văn Lợi [OFFICIAL]: former Bí thư | Tỉnh ủy; Phó Trưởng Ban | Ban Kinh tế Trung ương"}},
		{"là without nay or hiện is not a post",
			"đồng chí Nguyễn Văn Lợi, Bí thư Tỉnh ủy, là người có nhiều đóng góp.",
			[]string{"Nguyễn Văn Lợi [OFFICIAL]: Bí thư | Tỉnh ủy"}},
		{"đồng thời là joins one more post",
			"Đồng chí Lê Minh Dũng, Bí thư Huyện ủy, đồng thời là Chủ tịch HĐND huyện Cần Giờ, chủ trì.",
			[]string{"Lê Minh Dũng [OFFICIAL]: Bí thư | Huyện ủy; Chủ tịch | HĐND huyện Cần Giờ"}},
		{"a caption's position in parentheses is no post",
			"Đồng chí Võ Văn Minh (thứ 3 từ trái sang) trao quyết định cho các đồng chí.",
			[]string{"Võ Văn Minh [OFFICIAL]: "}},
		{"an age and an address are no post", "Ông Nguyễn Văn Tư, 65 tuổi, ngụ xã Bình Khánh, chia sẻ niềm vui.",
			[]string{"Nguyễn Văn Tư [OTHER]: "}},
		{"the late leader's post is former", "Tác phẩm của cố Tổng Bí thư Nguyễn Phú Trọng được giới thiệu.",
			[]string{"Nguyễn Phú Trọng [OFFICIAL]: former Tổng Bí thư | "}},
		{"posts spoken of in general name no one",
			"Đồng chí nhấn mạnh, Bí thư chi bộ phải gương mẫu; Chủ tịch UBND xã phải sâu sát. Theo Chủ tịch UBND huyện Cần Giờ, năm 2024 huyện đạt 12/15 chỉ tiêu.", nil},
		{"posts, then the name announced by đồng chí",
			"Phát biểu chỉ đạo, Phó Bí thư Thường trực Tỉnh ủy Tây Ninh, đồng chí Nguyễn Mạnh Hùng đề nghị các cấp ủy quan tâm.",
			[]string{"Nguyễn Mạnh Hùng [OFFICIAL]: Phó Bí thư Thường trực | Tỉnh ủy Tây Ninh"}},
		{"posts addressed after a preposition are not the next name's",
			"Báo cáo với Tổng Bí thư, đồng chí Trần Đức Quận, Bí thư Tỉnh ủy Lâm Đồng cho biết.",
			[]string{"Trần Đức Quận [OFFICIAL]: Bí thư | Tỉnh ủy Lâm Đồng"}},
		{"elected by a named body", "Đồng chí Hà Văn Thạch được Ban Chấp hành bầu giữ chức Bí thư Huyện ủy Mường La.",
			[]string{"Hà Văn Thạch [OFFICIAL]: Bí thư | Huyện ủy Mường La*"}},
		{"re-elected to the office of", "Đồng chí Hà Văn Thạch tái cử chức Bí thư Huyện ủy Mường La.",
			[]string{"Hà Văn Thạch [OFFICIAL]: Bí thư | Huyện ủy Mường La*"}},
		{"được then no verb of office is no post", "Đồng chí Hà Văn Thạch được Ban Chấp hành khen thưởng, Bí thư Huyện ủy Mường La trao tặng.",
			[]string{"Hà Văn Thạch [OFFICIAL]: "}},
		{"là gives the post held", "Ông Trần Văn Bình là Chủ tịch UBND xã Tân Phong.",
			[]string{"Trần Văn Bình [OFFICIAL]: Chủ tịch | UBND xã Tân Phong"}},
		{"hiện là gives the posts held", "Đồng chí Nguyễn Thành Tâm hiện là Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Tây Ninh.",
			[]string{"Nguyễn Thành Tâm [OFFICIAL]: Ủy viên | Trung ương Đảng; Bí thư | Tỉnh ủy Tây Ninh"}},
		{"là before no title is no post", "Ông Trần Văn Bình là người có nhiều đóng góp.",
			[]string{"Trần Văn Bình [OTHER]: "}},
		{"a name of the highlands in a list of guests",
			"Dự có các đồng chí: Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy; Thào Hồng Sơn, Phó Bí thư Tỉnh ủy; Sùng Thị Mỷ, Trưởng Ban Dân vận Tỉnh ủy.",
			[]string{"Nguyễn Văn Sơn [OFFICIAL]: Phó Bí thư | Tỉnh ủy", "Thào Hồng Sơn [OFFICIAL]: Phó Bí thư | Tỉnh ủy",
				"Sùng Thị Mỷ [OFFICIAL]: Trưởng Ban | Ban Dân vận Tỉnh ủy"}},
		{"a place before the comma is no name", "Tại Đà Lạt, Bí thư Tỉnh ủy Trần Đức Quận phát biểu.",
			[]string{"Trần Đức Quận [OFFICIAL]: Bí thư | Tỉnh ủy"}},
		{"titles in small letters, as some papers print them",
			"Cùng dự có ông Phan Văn Mãi - phó bí thư Thành ủy, chủ tịch UBND TP.HCM; bà Nguyễn Thị Lệ - phó bí thư Thành ủy, chủ tịch HĐND TP.HCM.",
			[]string{"Phan Văn Mãi [OFFICIAL]: Phó Bí thư | Thành ủy; Chủ tịch | UBND TP.HCM",
				"Nguyễn Thị Lệ [OFFICIAL]: Phó Bí thư | Thành ủy; Chủ tịch | HĐND TP.HCM"}},
		{"a title in small letters before the name", "Theo phó bí thư thường trực Thành ủy TP.HCM Nguyễn Hồ Hải, năm 2023 thành phố kết nạp 8.000 đảng viên.",
			[]string{"Nguyễn Hồ Hải [OFFICIAL]: Phó Bí thư Thường trực | Thành ủy TP.HCM"}},
		{"a former post in small letters", "Dự có ông Trần Văn B, nguyên phó chủ tịch UBND tỉnh, và nguyên chủ tịch UBND tỉnh Lê Văn C.",
			[]string{"Trần Văn B [OFFICIAL]: former Phó Chủ tịch | UBND tỉnh", "Lê Văn C [OFFICIAL]: former Chủ tịch | UBND tỉnh"}},
		{"nominees put forward for posts hold none of them (vnexpress 2007)",
			"Trong phiên họp này, Chủ tịch nước cũng đề cử bà Nguyễn Thị Doan làm Phó chủ tịch nước, ông Nguyễn Tấn Dũng làm Thủ tướng chánh phủ, ông Trương Hòa Bình làm chánh án tòa án nhân dân tối cao.",
			[]string{"Nguyễn Thị Doan [OFFICIAL]: ", "Nguyễn Tấn Dũng [OFFICIAL]: ", "Trương Hòa Bình [OFFICIAL]: "}},
		{"the post of the one a person stands in for is not theirs (dantri)",
			"Ngày 28/2, thừa ủy quyền của Thủ tướng, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn đã trao quyết định bổ nhiệm.",
			[]string{"Bùi Thanh Sơn [OFFICIAL]: Phó Thủ tướng | ; Bộ trưởng | Bộ Ngoại giao"}},
		{"a trap: the principal's post alone before the name is still read",
			"Thừa ủy quyền của Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà, ông Nguyễn Văn A trao quyết định.",
			[]string{"Phạm Thị Thanh Trà [OFFICIAL]: Bộ trưởng | Bộ Nội vụ", "Nguyễn Văn A [OTHER]: "}},
		{"the country after a national title is no part of the name (AFP caption, 2007)",
			"Chủ tịch Việt Nam Nguyễn Minh Triết. AFP PHOTO",
			[]string{"Nguyễn Minh Triết [OFFICIAL]: Chủ tịch nước | "}},
		{"a trap: a national body named with Việt Nam keeps its unit",
			"Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Đỗ Văn Chiến phát biểu.",
			[]string{"Đỗ Văn Chiến [OFFICIAL]: Chủ tịch | Ủy ban Trung ương MTTQ Việt Nam"}},
		{"leaving the Secretariat ends the post Bí thư Trung ương Đảng; a unit whose name holds a comma; the decision goes on after a semicolon to the post taken up (vietnamplus 2025)",
			"Bộ Chính trị quyết định đồng chí Đỗ Văn Chiến, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam thôi tham gia Ban Bí thư khóa XIII, thôi giữ chức Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương; điều động, phân công, chỉ định tham gia Ban Chấp hành, Ban Thường vụ Đảng ủy và giữ chức Phó Bí thư Thường trực Đảng ủy Quốc hội.",
			[]string{"Đỗ Văn Chiến [OFFICIAL]: Ủy viên | Bộ Chính trị; former Bí thư | Trung ương Đảng; former Bí thư | Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương; Chủ tịch | Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam; Phó Bí thư Thường trực | Đảng ủy Quốc hội*"}},
		{"a trap: after a semicolon, a clause that appoints no one is not the person's",
			"Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy Hà Giang thôi giữ chức Bí thư Tỉnh ủy Hà Giang; đồng chí Trần Văn B giữ chức Chủ tịch UBND tỉnh.",
			[]string{"Nguyễn Văn A [OFFICIAL]: former Bí thư | Tỉnh ủy Hà Giang", "Trần Văn B [OFFICIAL]: Chủ tịch | UBND tỉnh"}},
		{"elections reported done, after đã and chính thức (vietnamnet 2011)",
			"Ông Trương Hòa Bình đã trúng cử chức Chánh án Tòa án Nhân dân Tối cao với 481 phiếu. Theo đó, ông Nguyễn Tấn Dũng đã chính thức tái đắc cử chức vụ Thủ tướng Chính phủ.",
			[]string{"Trương Hòa Bình [OFFICIAL]: Chánh án | Tòa án Nhân dân Tối cao*", "Nguyễn Tấn Dũng [OFFICIAL]: Thủ tướng | Chính phủ*"}},
		{"a trap: a post said held after đã is not read as taken up",
			"Ông Nguyễn Văn A đã là Chủ tịch UBND tỉnh Hà Giang.",
			[]string{"Nguyễn Văn A [OTHER]: "}},
		{"the term of a title standing alone does not end the run of posts (nguyensinhhung)",
			"Chủ tịch nước trình bày Tờ trình giới thiệu bà Nguyễn Thị Doan, Ủy viên Trung ương Đảng, Phó Chủ tịch nước nhiệm kỳ khóa XII, đại biểu Quốc hội khóa XIII để Quốc hội bầu giữ chức Phó Chủ tịch nước.",
			[]string{"Nguyễn Thị Doan [OFFICIAL]: Ủy viên | Trung ương Đảng; Phó Chủ tịch nước | ; Đại biểu | Quốc hội"}},
		{"an acting post is a post of its own, in small letters or capitals (hiv 2006, thanhnien 2020)",
			"Ông Vũ Huy Hoàng, Chủ tịch UBND tỉnh Hà Tây được cử giữ chức quyền bí thư Tỉnh ủy Lạng Sơn. Dự có Quyền Chủ tịch nước Võ Thị Ánh Xuân.",
			[]string{"Vũ Huy Hoàng [OFFICIAL]: Chủ tịch | UBND tỉnh Hà Tây; Quyền Bí thư | Tỉnh ủy Lạng Sơn*", "Võ Thị Ánh Xuân [OFFICIAL]: Quyền Chủ tịch nước | "}},
		{"a trap: quyền as a right is no title", "Xây dựng Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam, quyền con người được tôn trọng.", nil},
		{"a trap: a post held, said with làm, where nobody is put forward",
			"Ông Nguyễn Văn A làm Chủ tịch UBND tỉnh Hà Giang từ năm 2020.",
			[]string{"Nguyễn Văn A [OFFICIAL]: Chủ tịch | UBND tỉnh Hà Giang"}},
		{"a title in small letters without its unit is no post", "Ông Trần Văn B, chủ tịch, cho biết các bí thư chi bộ cần gương mẫu.",
			[]string{"Trần Văn B [OTHER]: "}},
		{"a unit's term after it does not end the run of posts",
			"Đồng chí Thái Thanh Quý, Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh khóa XV, chủ trì. Đồng chí Hoàng Nghĩa Hiếu, Phó Bí thư Thường trực Tỉnh ủy nhiệm kỳ 2020 - 2025, Chủ tịch HĐND tỉnh phát biểu.",
			[]string{"Thái Thanh Quý [OFFICIAL]: Ủy viên | Ban Chấp hành Trung ương Đảng; Bí thư | Tỉnh ủy; Trưởng đoàn | Đoàn ĐBQH tỉnh",
				"Hoàng Nghĩa Hiếu [OFFICIAL]: Phó Bí thư Thường trực | Tỉnh ủy; Chủ tịch | HĐND tỉnh"}},
		{"a term between the posts and the name",
			"Đại biểu Quốc hội khóa XV Nguyễn Thị Thu Hà và Ủy viên Ban Thường vụ Tỉnh ủy (khóa XIX) Lê Hồng Vinh cùng dự.",
			[]string{"Nguyễn Thị Thu Hà [OFFICIAL]: Đại biểu | Quốc hội", "Lê Hồng Vinh [OFFICIAL]: Ủy viên | Ban Thường vụ Tỉnh ủy"}},
		{"anh and chị announce a name as ông and bà do",
			"Anh Nguyễn Minh Triết, Bí thư Đoàn Thanh niên xã Tân Phú, và chị Lê Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã Tân Phú, cùng tham gia.",
			[]string{"Nguyễn Minh Triết [OFFICIAL]: Bí thư | Đoàn Thanh niên xã Tân Phú",
				"Lê Thị Hoa [OFFICIAL]: Chủ tịch | Hội Liên hiệp Phụ nữ xã Tân Phú"}},
		{"anh em is no name", "Anh em trong đơn vị đoàn kết, chị em phụ nữ tham gia tích cực.", nil},
		{"posts joined by dashes",
			"Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh Phạm Anh Tuấn báo cáo. Đồng chí Hồ Quốc Dũng - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Bình Định kết luận.",
			[]string{"Phạm Anh Tuấn [OFFICIAL]: Phó Bí thư | Tỉnh ủy; Chủ tịch | UBND tỉnh",
				"Hồ Quốc Dũng [OFFICIAL]: Ủy viên | Trung ương Đảng; Bí thư | Tỉnh ủy Bình Định"}},
		{"a post held then, or once, is former",
			"Năm 2015, đồng chí Lê Văn Hòa, khi đó là Bí thư Huyện ủy Cần Đước, đã chỉ đạo. Đồng chí Trần Văn Nam từng là Chủ tịch UBND tỉnh. Ông Lê Văn Tám là nguyên Bí thư Tỉnh ủy.",
			[]string{"Lê Văn Hòa [OFFICIAL]: former Bí thư | Huyện ủy Cần Đước", "Trần Văn Nam [OFFICIAL]: former Chủ tịch | UBND tỉnh", "Lê Văn Tám [OFFICIAL]: former Bí thư | Tỉnh ủy"}},
		{"a decision lets the person leave seats and post, and retire: every post former",
			"Bộ Chính trị quyết định cho đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hà Giang, thôi tham gia Ban Chấp hành, Ban Thường vụ và thôi giữ chức Bí thư Tỉnh ủy Hà Giang nhiệm kỳ 2020 - 2025 để nghỉ hưu theo chế độ.",
			[]string{"Nguyễn Văn An [OFFICIAL]: former Ủy viên | Trung ương Đảng; former Bí thư | Tỉnh ủy Hà Giang; former Ủy viên | Ban Chấp hành; former Ủy viên | Ban Thường vụ"}},
		{"a post left after the name", "Đồng chí Trần Văn Bình thôi giữ chức Phó Chủ tịch UBND tỉnh Lào Cai để nhận nhiệm vụ mới.",
			[]string{"Trần Văn Bình [OFFICIAL]: former Phó Chủ tịch | UBND tỉnh Lào Cai"}},
		{"a post left, printed before the person (đối với)",
			"Ban Bí thư quyết định cho thôi giữ chức Bí thư Tỉnh ủy Hà Giang nhiệm kỳ 2020-2025 đối với đồng chí Đặng Quốc Khánh.",
			[]string{"Đặng Quốc Khánh [OFFICIAL]: former Bí thư | Tỉnh ủy Hà Giang"}},
		{"a post left as a shorter title, then a post taken up",
			"Đồng chí Hoàng Văn Em, Phó Chủ tịch Thường trực UBND tỉnh, thôi giữ chức Phó Chủ tịch UBND tỉnh, được điều động giữ chức Bí thư Huyện ủy Văn Bàn.",
			[]string{"Hoàng Văn Em [OFFICIAL]: former Phó Chủ tịch Thường trực | UBND tỉnh; Bí thư | Huyện ủy Văn Bàn*"}},
		{"thôi chức (without giữ) then the post taken up: the one left is former, the new one held",
			"Thủ tướng cũng vừa ký quyết định điều động bà Nguyễn Thị Kim Ngân, thôi chức Thứ trưởng Tài chính để chuyển sang làm Thứ trưởng Thương mại. Ông Huỳnh Phong Tranh thôi chức Chủ tịch UBND tỉnh Hậu Giang để giữ chức Phó ban chỉ đạo Tây Nam Bộ.",
			[]string{"Nguyễn Thị Kim Ngân [OFFICIAL]: former Thứ trưởng | Tài chính; Thứ trưởng | *", "Huỳnh Phong Tranh [OFFICIAL]: former Chủ tịch | UBND tỉnh Hậu Giang"}},
		{"thôi chức vụ next to a post held: only the one left is former",
			"Ông Trần Văn Nam, Ủy viên Ban Thường vụ Tỉnh ủy, thôi chức vụ Phó Chủ tịch UBND tỉnh Lào Cai để giữ chức Trưởng Ban Dân vận Tỉnh ủy Lào Cai. Ông Nguyên Văn Hùng thôi chức Giám đốc Sở Xây dựng tỉnh Lào Cai. Ông Võ Kim Cự thôi giữ chức vụ Bí thư Tỉnh ủy Hà Tĩnh để tham gia Đảng đoàn, giữ chức Bí thư Đảng đoàn Liên minh Hợp tác xã Việt Nam.",
			[]string{"Trần Văn Nam [OFFICIAL]: Ủy viên | Ban Thường vụ Tỉnh ủy; former Phó Chủ tịch | UBND tỉnh Lào Cai; Trưởng Ban | Ban Dân vận Tỉnh ủy Lào Cai*", "Nguyên Văn Hùng [OFFICIAL]: former Giám đốc | Sở Xây dựng tỉnh Lào Cai", "Võ Kim Cự [OFFICIAL]: former Bí thư | Tỉnh ủy Hà Tĩnh"}},
		{"a trap: thôi chức names no post, the post held stays",
			"Ông Lê Văn Tư, Chủ tịch UBND xã Tân Hòa, cho biết nhiều người xin thôi chức vì lương thấp.",
			[]string{"Lê Văn Tư [OFFICIAL]: Chủ tịch | UBND xã Tân Hòa"}},
		{"trước khi được bầu: the posts the person held then are former, the province printed once at the end",
			"Trước khi được bầu Bí thư Tỉnh đoàn Nghệ An, anh Lê Văn Lương (36 tuổi, quê xã Hùng Tiến, H.Nam Đàn, Nghệ An) là Phó bí thư Tỉnh đoàn, Chủ tịch Hội Sinh viên, Chủ tịch Hội đồng Đội tỉnh Nghệ An.",
			[]string{"Lê Văn Lương [OFFICIAL]: former Phó Bí thư | Tỉnh đoàn; former Chủ tịch | Hội Sinh viên; former Chủ tịch | Hội đồng Đội tỉnh Nghệ An"}},
		{"trước khi with a post held now next to the one left",
			"Trước khi được bầu giữ chức Bí thư Tỉnh ủy Hậu Giang nhiệm kỳ 2015 - 2020, ông Lữ Văn Hùng giữ chức Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hậu Giang.",
			[]string{"Lữ Văn Hùng [OFFICIAL]: Bí thư | Tỉnh ủy Hậu Giang; former Phó Bí thư | Tỉnh ủy; former Chủ tịch | UBND tỉnh Hậu Giang"}},
		{"a trap: trước khi that takes up no post leaves the posts in apposition held",
			"Trước khi bế mạc, ông Nguyên Văn Hùng, Bí thư Tỉnh ủy Hậu Giang, phát biểu.",
			[]string{"Nguyên Văn Hùng [OFFICIAL]: Bí thư | Tỉnh ủy Hậu Giang"}},
		{"từng là a list joined by commas, semicolons and a hyphen, ended by nay là; nguyên in a name is no post's",
			"Ông Nguyên Văn Hùng từng là Bí thư Huyện đoàn Sa Pa, Phó bí thư - Chủ tịch UBND huyện, Bí thư Huyện ủy Sa Pa; Phó bí thư Tỉnh ủy Lào Cai, nay là Chủ tịch UBND tỉnh Lào Cai.",
			[]string{"Nguyên Văn Hùng [OFFICIAL]: former Bí thư | Huyện đoàn Sa Pa; former Phó Bí thư | ; former Chủ tịch | UBND huyện; former Bí thư | Huyện ủy Sa Pa; former Phó Bí thư | Tỉnh ủy Lào Cai"}},
		{"a trap: từng là then a post held in apposition of the next person",
			"Ông Lê Văn Tám từng là Bí thư Huyện ủy Sa Pa, đồng chí Trần Văn Chín, Chủ tịch UBND tỉnh Lào Cai, phát biểu.",
			[]string{"Lê Văn Tám [OFFICIAL]: former Bí thư | Huyện ủy Sa Pa", "Trần Văn Chín [OFFICIAL]: Chủ tịch | UBND tỉnh Lào Cai"}},
		{"cũ after a post ends it; the post held next to it stays, and the list goes on",
			"Ông Nguyễn Văn Phúc, Bí thư Tỉnh ủy Bắc Ninh cũ, Phó Chủ tịch Thường trực UBND tỉnh Bắc Ninh, phát biểu.",
			[]string{"Nguyễn Văn Phúc [OFFICIAL]: former Bí thư | Tỉnh ủy Bắc Ninh; Phó Chủ tịch Thường trực | UBND tỉnh Bắc Ninh"}},
		{"a trap: (cũ) in parentheses after a province is the province before a merger",
			"Ông Trần Văn Nam, Phó Giám đốc Sở Ngoại vụ tỉnh Bình Dương (cũ), phát biểu.",
			[]string{"Trần Văn Nam [OFFICIAL]: Phó Giám đốc | Sở Ngoại vụ tỉnh Bình Dương"}},
		{"cũ after a post printed before the name",
			"Bí thư Tỉnh ủy Bắc Ninh cũ Nguyễn Nhân Chiến dự.",
			[]string{"Nguyễn Nhân Chiến [OFFICIAL]: former Bí thư | Tỉnh ủy Bắc Ninh"}},
		{"từng giữ chức", "Đồng chí Lê Thị Cúc, từng giữ chức Bí thư Huyện ủy Bảo Thắng, phát biểu.",
			[]string{"Lê Thị Cúc [OFFICIAL]: former Bí thư | Huyện ủy Bảo Thắng"}},
		{"thôi that leaves no post", "Ông Đỗ Văn Dũng, Chủ tịch Hội Nông dân xã Tân Phú, cho biết bà con đã thôi trồng lúa.",
			[]string{"Đỗ Văn Dũng [OFFICIAL]: Chủ tịch | Hội Nông dân xã Tân Phú"}},
		{"promoted within a post: the narrower title replaces it, not a post left",
			"Bộ Chính trị chuẩn y đồng chí Mai Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Giang, giữ chức Phó Bí thư Thường trực Tỉnh ủy Bắc Giang.",
			[]string{"Mai Sơn [OFFICIAL]: Chủ tịch | UBND tỉnh Bắc Giang; Phó Bí thư Thường trực | Tỉnh ủy Bắc Giang*"}},
		{"a list of office holders: the post, a colon, the name announced",
			"10. Bí thư tỉnh ủy Bình Phước: Ông Nguyễn Tấn Hưng, Ủy viên T.Ư Đảng.",
			[]string{"Nguyễn Tấn Hưng [OFFICIAL]: Bí thư | tỉnh ủy Bình Phước; Ủy viên | T.Ư Đảng"}},
		{"the post, a colon and đồng chí", "Chủ tịch UBND tỉnh: đồng chí Trần Văn Nam.",
			[]string{"Trần Văn Nam [OFFICIAL]: Chủ tịch | UBND tỉnh"}},
		{"a post after a preposition, then a colon, is no one's", "Ý kiến gửi tới Bí thư Tỉnh ủy: Ông Trần Văn Nam cho rằng cần làm rõ.",
			[]string{"Trần Văn Nam [OTHER]: "}},
		{"Trung ương abbreviated in capitals: TƯ, T.Ư, UVTƯ, after an en dash",
			"Đồng chí Nguyễn Tấn Hưng, Ủy viên TƯ Đảng, Bí thư Tỉnh ủy Bình Phước; đồng chí Trần Đình Thành, Ủy viên BCH T.Ư Đảng, Bí thư Tỉnh ủy Đồng Nai. Đ/c Mai Thế Trung – UVTƯ Đảng, Bí thư Tỉnh ủy Bình Dương phát biểu. Hội nghị lần thứ tư Đảng ủy Khối bế mạc.",
			[]string{"Nguyễn Tấn Hưng [OFFICIAL]: Ủy viên | TƯ Đảng; Bí thư | Tỉnh ủy Bình Phước",
				"Trần Đình Thành [OFFICIAL]: Ủy viên | BCH T.Ư Đảng; Bí thư | Tỉnh ủy Đồng Nai",
				"Mai Thế Trung [OFFICIAL]: Ủy viên | UVTƯ Đảng; Bí thư | Tỉnh ủy Bình Dương"}},
		{"a post left after posts closed by a dash, then the post taken up further on",
			"Bộ Chính trị quyết định ông Nông Quốc Tuấn - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Bắc Giang - thôi tham gia Ban Thường vụ, thôi giữ chức Bí thư Tỉnh ủy Bắc Giang chuyển công tác về Ủy ban Dân tộc, giữ chức Phó Chủ nhiệm Ủy ban Dân tộc.",
			[]string{"Nông Quốc Tuấn [OFFICIAL]: Ủy viên | Trung ương Đảng; former Bí thư | Tỉnh ủy Bắc Giang; former Ủy viên | Ban Thường vụ; Phó Chủ nhiệm | Ủy ban Dân tộc*"}},
		{"posts left, then a post taken up twenty words on; the next person's verb is not",
			"Đồng chí Nguyễn Văn Hiếu, Phó Bí thư Thành ủy TPHCM thôi giữ chức vụ Phó Bí thư Thành ủy TPHCM nhiệm kỳ 2020-2025 để điều động, phân công, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Thành ủy Cần Thơ. Đồng chí Lê Văn Tám, Phó Chủ tịch UBND tỉnh, thôi giữ chức Phó Chủ tịch UBND tỉnh và đồng chí Trần Văn Chín giữ chức Chủ tịch UBND tỉnh.",
			[]string{"Nguyễn Văn Hiếu [OFFICIAL]: former Phó Bí thư | Thành ủy TPHCM; Bí thư | Thành ủy Cần Thơ*",
				"Lê Văn Tám [OFFICIAL]: former Phó Chủ tịch | UBND tỉnh",
				"Trần Văn Chín [OFFICIAL]: Chủ tịch | UBND tỉnh"}},
		{"the post, là, the name announced", "Hiện Bí thư Tỉnh ủy Thái Bình là ông Nguyễn Hồng Diên, còn Chủ tịch UBND tỉnh Thái Bình là ông Đặng Trọng Thăng. Bí thư Tỉnh ủy là người đứng đầu.",
			[]string{"Nguyễn Hồng Diên [OFFICIAL]: Bí thư | Tỉnh ủy Thái Bình", "Đặng Trọng Thăng [OFFICIAL]: Chủ tịch | UBND tỉnh Thái Bình"}},
		{"an age before the posts", "Ông Trần Sỹ Thanh - 41 tuổi, Ủy viên Ủy ban Kiểm tra Trung ương - phát biểu.",
			[]string{"Trần Sỹ Thanh [OFFICIAL]: Ủy viên | Ủy ban Kiểm tra Trung ương"}},
		{"whom the one taken up replaces held it before",
			"Đồng chí Dương Đình Hân được bầu giữ chức Bí thư Tỉnh ủy Bắc Kạn thay đồng chí Mai Thế Dương. Ông Lê Văn A phát biểu thay ông Trần Văn B.",
			[]string{"Dương Đình Hân [OFFICIAL]: Bí thư | Tỉnh ủy Bắc Kạn*", "Mai Thế Dương [OFFICIAL]: former Bí thư | Tỉnh ủy Bắc Kạn",
				"Lê Văn A [OTHER]: ", "Trần Văn B [OTHER]: "}},
		{"post, comma, ông, name; not after a preposition",
			"Phát biểu tại hội nghị, Bí thư Tỉnh ủy Quảng Nam, ông Phan Việt Cường cho biết tỉnh sẽ triển khai ngay. Báo cáo với Bí thư Tỉnh ủy, ông Lê Văn Hòa cho biết.",
			[]string{"Phan Việt Cường [OFFICIAL]: Bí thư | Tỉnh ủy Quảng Nam", "Lê Văn Hòa [OTHER]: "}},
		{"a committee of the National Assembly with và and without của",
			"Đồng chí Vũ Hồng Thanh, Chủ nhiệm Ủy ban Kinh tế và Tài chính Quốc hội, phát biểu.",
			[]string{"Vũ Hồng Thanh [OFFICIAL]: Chủ nhiệm | Ủy ban Kinh tế và Tài chính Quốc hội"}},
		{"a list sharing its framing seat, at the head of a sentence, and the seat they take together",
			"Các Ủy viên Bộ Chính trị Trần Cẩm Tú, Lương Cường tham gia Ban Bí thư.",
			[]string{"Trần Cẩm Tú [OFFICIAL]: Ủy viên | Bộ Chính trị; Ủy viên | Ban Bí thư*",
				"Lương Cường [OFFICIAL]: Ủy viên | Bộ Chính trị; Ủy viên | Ban Bí thư*"}},
		{"a council's sitting: the term and khóa after the posts, then the verb",
			"Tại kỳ họp, bà Lê Thị Kim Dung, Phó Bí thư thường trực Tỉnh ủy, Đại biểu HĐND tỉnh khóa XIX, nhiệm kỳ 2021 - 2026, được bầu giữ chức Chủ tịch HĐND tỉnh Tuyên Quang khóa XIX, nhiệm kỳ 2021 - 2026, với tỷ lệ phiếu bầu đạt 100%.",
			[]string{"Lê Thị Kim Dung [OFFICIAL]: Phó Bí thư Thường trực | Tỉnh ủy; Đại biểu | HĐND tỉnh; Chủ tịch | HĐND tỉnh Tuyên Quang*"}},
		{"names each with its vote in brackets share the post elected",
			"Các đại biểu đã bầu bà Lê Thị Thanh Trà (với tỷ lệ phiếu bầu đạt 98,18%) và bà Phạm Thị Minh Xuân (với tỷ lệ phiếu bầu đạt 100%) giữ chức Phó Chủ tịch HĐND tỉnh Tuyên Quang khóa XIX.",
			[]string{"Lê Thị Thanh Trà [OFFICIAL]: Phó Chủ tịch | HĐND tỉnh Tuyên Quang*", "Phạm Thị Minh Xuân [OFFICIAL]: Phó Chủ tịch | HĐND tỉnh Tuyên Quang*"}},
		{"an approval naming each post before its holder (đối với); a sanction đối với names no post",
			"Chủ tịch Quốc hội vừa phê chuẩn kết quả bầu: Chủ tịch Hội đồng Nhân dân tỉnh Hậu Giang khóa X đối với ông Trần Văn Huyến kể từ ngày 22/6/2021; Chủ tịch Hội đồng Nhân dân tỉnh Điện Biên khóa XV đối với ông Lò Văn Phương. Ban Bí thư thi hành kỷ luật bằng hình thức cách chức tất cả các chức vụ trong Đảng đối với ông Nguyễn Văn Hai.",
			[]string{"Trần Văn Huyến [OFFICIAL]: Chủ tịch | Hội đồng Nhân dân tỉnh Hậu Giang*", "Lò Văn Phương [OFFICIAL]: Chủ tịch | Hội đồng Nhân dân tỉnh Điện Biên*",
				"Nguyễn Văn Hai [OTHER]: "}},
		{"one title of another unit of the same kind is left, though no transfer is said",
			"Bộ Chính trị chỉ định ông Hầu A Lềnh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hà Giang, giữ chức Bí thư Tỉnh ủy Tuyên Quang.",
			[]string{"Hầu A Lềnh [OFFICIAL]: Ủy viên | Trung ương Đảng; former Bí thư | Tỉnh ủy Hà Giang; Bí thư | Tỉnh ủy Tuyên Quang*"}},
		{"a verb of work after the posts is no post",
			"Đồng chí Lê Văn Hòa, Chủ tịch UBND tỉnh, làm việc với các sở, ngành.",
			[]string{"Lê Văn Hòa [OFFICIAL]: Chủ tịch | UBND tỉnh"}},
		{"national bodies and the titles of their heads",
			"Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng; đồng chí Đỗ Văn Chiến, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Nguyễn Hòa Bình, Phó Thủ tướng Thường trực Chính phủ; đồng chí Đoàn Hồng Phong, Tổng Thanh tra Chính phủ; đồng chí Nguyễn Thị Hồng, Thống đốc Ngân hàng Nhà nước Việt Nam.",
			[]string{"Phan Văn Giang [OFFICIAL]: Ủy viên | Bộ Chính trị; Phó Bí thư | Quân ủy Trung ương; Bộ trưởng | Bộ Quốc phòng",
				"Đỗ Văn Chiến [OFFICIAL]: Chủ tịch | Ủy ban Trung ương MTTQ Việt Nam",
				"Nguyễn Hòa Bình [OFFICIAL]: Phó Thủ tướng Thường trực | Chính phủ",
				"Đoàn Hồng Phong [OFFICIAL]: Tổng Thanh tra | Thanh tra Chính phủ",
				"Nguyễn Thị Hồng [OFFICIAL]: Thống đốc | Ngân hàng Nhà nước Việt Nam"}},
		{"provincial heads of the armed forces, a delegation and a cell",
			"Đại tá Nguyễn Văn Hùng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; đồng chí Phan Thái Bình, Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh; đồng chí Võ Văn Hùng, Bí thư Chi bộ thôn 3.",
			[]string{"Nguyễn Văn Hùng [OFFICIAL]: Chỉ huy trưởng | Bộ Chỉ huy Quân sự tỉnh",
				"Phan Thái Bình [OFFICIAL]: Phó Trưởng đoàn chuyên trách | Đoàn ĐBQH tỉnh",
				"Võ Văn Hùng [OFFICIAL]: Bí thư | Chi bộ thôn 3"}},
		{"the Secretariat's standing member", "đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, dự hội nghị",
			[]string{"Trần Cẩm Tú [OFFICIAL]: Ủy viên | Bộ Chính trị; Thường trực | Ban Bí thư"}},
		{"a secretary of the Central Committee", "đồng chí Lê Hoài Trung, Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng",
			[]string{"Lê Hoài Trung [OFFICIAL]: Bí thư | Trung ương Đảng; Chánh Văn phòng | Văn phòng Trung ương Đảng"}},
		{"appointed", "Đồng chí Nguyễn Văn Phúc được chỉ định giữ chức Bí thư Tỉnh ủy Hà Giang nhiệm kỳ 2020-2025.",
			[]string{"Nguyễn Văn Phúc [OFFICIAL]: Bí thư | Tỉnh ủy Hà Giang*"}},
		{"transferred", "Đồng chí Trần Văn Nam được điều động giữ chức Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn.",
			[]string{"Trần Văn Nam [OFFICIAL]: Bộ trưởng | Bộ Nông nghiệp và Phát triển nông thôn*"}},
		{"elected as, after bà", "Bà Đỗ Thị Hạnh được bầu làm Phó Bí thư Tỉnh ủy.",
			[]string{"Đỗ Thị Hạnh [OFFICIAL]: Phó Bí thư | Tỉnh ủy*"}},
		{"re-elected, after ông", "Ông Hoàng Minh Tuấn tái đắc cử Bí thư Đảng ủy xã Thuận Hòa.",
			[]string{"Hoàng Minh Tuấn [OFFICIAL]: Bí thư | Đảng ủy xã Thuận Hòa*"}},
		{"a ministry whose name lists its fields", "Đồng chí Nguyễn Văn Hùng, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch; đồng chí Đào Ngọc Dung, Bộ trưởng Bộ Lao động - Thương binh và Xã hội.",
			[]string{"Nguyễn Văn Hùng [OFFICIAL]: Bộ trưởng | Bộ Văn hóa, Thể thao và Du lịch", "Đào Ngọc Dung [OFFICIAL]: Bộ trưởng | Bộ Lao động - Thương binh và Xã hội"}},
		{"a post in parentheses", "Ông Phạm Văn Dũng (Phó Chủ tịch HĐND tỉnh) cho biết.",
			[]string{"Phạm Văn Dũng [OFFICIAL]: Phó Chủ tịch | HĐND tỉnh"}},
		{"the head of a delegation to the National Assembly", "Đồng chí Vương Văn Thắng, Trưởng Đoàn đại biểu Quốc hội tỉnh Hà Giang phát biểu.",
			[]string{"Vương Văn Thắng [OFFICIAL]: Trưởng đoàn | Đoàn đại biểu Quốc hội tỉnh Hà Giang"}},
		{"one title shared by a list of names", "Dự lễ có các Phó Thủ tướng Chính phủ: Trần Hồng Hà, Lê Thành Long.",
			[]string{"Trần Hồng Hà [OFFICIAL]: Phó Thủ tướng | Chính phủ", "Lê Thành Long [OFFICIAL]: Phó Thủ tướng | Chính phủ"}},
		{"a post shared by a list whose names carry their own",
			"Tham dự có các đồng chí Ủy viên BTV Tỉnh ủy: Lê Văn Phước, Phó Chủ tịch Thường trực UBND tỉnh; Đinh Văn Dũng, Chủ nhiệm UBKT Tỉnh ủy.",
			[]string{"Lê Văn Phước [OFFICIAL]: Ủy viên | BTV Tỉnh ủy; Phó Chủ tịch Thường trực | UBND tỉnh",
				"Đinh Văn Dũng [OFFICIAL]: Ủy viên | BTV Tỉnh ủy; Chủ nhiệm | UBKT Tỉnh ủy"}},
		{"a guest list after các đồng chí is not a shared post",
			"Cùng chủ trì có các đồng chí: Lâm Quang Thi - Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Thanh Bình - Chủ tịch UBND tỉnh.",
			[]string{"Lâm Quang Thi [OFFICIAL]: Phó Bí thư Thường trực | Tỉnh ủy", "Nguyễn Thanh Bình [OFFICIAL]: Chủ tịch | UBND tỉnh"}},
		{"one title shared, joined by và", "các Phó Bí thư Tỉnh ủy Lê Văn Hà và Trần Thị Mai cùng dự.",
			[]string{"Lê Văn Hà [OFFICIAL]: Phó Bí thư | Tỉnh ủy", "Trần Thị Mai [OFFICIAL]: Phó Bí thư | Tỉnh ủy"}},
		{"a former post, then a current one", "đồng chí Nguyễn Văn Sơn, nguyên Bí thư Tỉnh ủy Hà Giang, Chủ tịch Hội Cựu chiến binh tỉnh",
			[]string{"Nguyễn Văn Sơn [OFFICIAL]: former Bí thư | Tỉnh ủy Hà Giang; Chủ tịch | Hội Cựu chiến binh tỉnh"}},
		{"a national association is no part of the name after it",
			"Dự đại hội có Phó Chủ tịch Hội LHPN Việt Nam Đỗ Thị Thu Thảo; Phó Chủ tịch UBND tỉnh Lê Văn Nam.",
			[]string{"Đỗ Thị Thu Thảo [OFFICIAL]: Phó Chủ tịch | Hội LHPN Việt Nam", "Lê Văn Nam [OFFICIAL]: Phó Chủ tịch | UBND tỉnh"}},
		{"army posts, the political department's head among them",
			"Dự có Đại tá Hoàng Văn Lợi, Phó Chủ nhiệm Chính trị Quân khu 2; Trung tá Lò Văn Mạnh, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Phó Tham mưu trưởng.",
			[]string{"Hoàng Văn Lợi [OFFICIAL]: Phó Chủ nhiệm Chính trị | Quân khu 2",
				"Lò Văn Mạnh [OFFICIAL]: Phó Chỉ huy trưởng | Bộ Chỉ huy Quân sự tỉnh; Phó Tham mưu trưởng | "}}, // a title without its unit: resolve drops it
		{"a former army post, then the one held now",
			"Thiếu tá Giàng A Chu, nguyên Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, nay là Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Mường Nhé, phát biểu.",
			[]string{"Giàng A Chu [OFFICIAL]: former Phó Chỉ huy trưởng | Bộ Chỉ huy Quân sự tỉnh; Chỉ huy trưởng | Ban Chỉ huy Quân sự huyện Mường Nhé"}},
		{"the head of a police section, named with its force",
			"Trung tá Phan Văn Kiên, Trưởng phòng Cảnh sát hình sự Công an tỉnh nhận Bằng khen.",
			[]string{"Phan Văn Kiên [OFFICIAL]: Trưởng phòng | phòng Cảnh sát hình sự Công an tỉnh"}},
		{"the board of a state firm after a bare Đảng ủy",
			"Đồng chí Đỗ Văn Hải, Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Tập đoàn Cao su Việt Nam phát biểu.",
			[]string{"Đỗ Văn Hải [OFFICIAL]: Bí thư | Đảng ủy; Chủ tịch | Hội đồng thành viên Tập đoàn Cao su Việt Nam"}},
		{"names after và announced by anh and chị share the post the verb gives",
			"Chị Lò Thị Hoa tái đắc cử Bí thư Tỉnh đoàn; anh Giàng A Páo và chị Lù Thị Mai được bầu làm Phó Bí thư Tỉnh đoàn.",
			[]string{"Lò Thị Hoa [OFFICIAL]: Bí thư | Tỉnh đoàn*", "Giàng A Páo [OFFICIAL]: Phó Bí thư | Tỉnh đoàn*", "Lù Thị Mai [OFFICIAL]: Phó Bí thư | Tỉnh đoàn*"}},
		{"who elects printed as a whole with its term, then tín nhiệm bầu giữ chức vụ",
			"Đồng chí Vũ Hồng Luyến, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội đồng Đội tỉnh được tập thể Ban Chấp hành Tỉnh đoàn khóa XV tín nhiệm bầu giữ chức vụ Bí thư Tỉnh đoàn với 100% số phiếu.",
			[]string{"Vũ Hồng Luyến [OFFICIAL]: former Phó Bí thư | Tỉnh đoàn; Chủ tịch | Hội đồng Đội tỉnh; Bí thư | Tỉnh đoàn*"}},
		{"a trap: a nomination by a body printed with its term takes up nothing",
			"Đồng chí Lê Văn Nam, Phó Bí thư Tỉnh đoàn, được tập thể Ban Thường vụ Tỉnh đoàn khóa XV giới thiệu để bầu giữ chức vụ Bí thư Tỉnh đoàn.",
			[]string{"Lê Văn Nam [OFFICIAL]: Phó Bí thư | Tỉnh đoàn"}},
		{"a higher committee confirms the post before the person, named with anh",
			"Tỉnh đoàn Nghệ An tổ chức lễ công bố quyết định của Ban Bí thư Trung ương Đoàn về việc công nhận Bí thư Tỉnh đoàn Nghệ An khóa 17, nhiệm kỳ 2017-2022 đối với anh Lê Văn Lương.",
			[]string{"Lê Văn Lương [OFFICIAL]: Bí thư | Tỉnh đoàn Nghệ An*"}},
		{"a trap: công nhận a result, not a post, gives the person none",
			"Ban Thường vụ Tỉnh ủy công nhận kết quả hội nghị đối với anh Lê Văn Lương.",
			[]string{"Lê Văn Lương [OTHER]: "}},
		{"the front elects by consultation",
			"Bà Hà Thị Lan tái cử Chủ tịch Ủy ban MTTQ tỉnh; ông Sùng A Dình được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ tỉnh; ông Lý Văn Tám và ông Đặng Văn Tư được cử làm Ủy viên Thường trực Ủy ban MTTQ tỉnh.",
			[]string{"Hà Thị Lan [OFFICIAL]: Chủ tịch | Ủy ban MTTQ tỉnh*", "Sùng A Dình [OFFICIAL]: Phó Chủ tịch | Ủy ban MTTQ tỉnh*",
				"Lý Văn Tám [OFFICIAL]: Ủy viên Thường trực | Ủy ban MTTQ tỉnh*", "Đặng Văn Tư [OFFICIAL]: Ủy viên Thường trực | Ủy ban MTTQ tỉnh*"}},
		{"who transfers stands between được and the verb, after a former post",
			"Đồng chí Lê Văn Thịnh, nguyên Phó Bí thư Tỉnh ủy, được Bộ Chính trị điều động làm Phó Trưởng Ban Kinh tế Trung ương.",
			[]string{"Lê Văn Thịnh [OFFICIAL]: former Phó Bí thư | Tỉnh ủy; Phó Trưởng Ban | Ban Kinh tế Trung ương*"}},
		{"a seat in the standing committee, taken by election",
			"Đồng chí Nguyễn Văn Tùng, Phó Chủ tịch UBND tỉnh, được bầu vào Ban Thường vụ; ông Trần Văn Lộc được bầu bổ sung vào Ban Chấp hành Tỉnh ủy.",
			[]string{"Nguyễn Văn Tùng [OFFICIAL]: Phó Chủ tịch | UBND tỉnh; Ủy viên | Ban Thường vụ*", "Trần Văn Lộc [OFFICIAL]: Ủy viên | Ban Chấp hành Tỉnh ủy*"}},
		{"a seat given by who appoints, between được and the verb",
			"Bà Hà Thị Lan, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, được Ban Thường vụ Tỉnh ủy chỉ định tham gia Ban Thường vụ Tỉnh ủy.",
			[]string{"Hà Thị Lan [OFFICIAL]: Chủ tịch | Ủy ban MTTQ Việt Nam tỉnh; Ủy viên | Ban Thường vụ Tỉnh ủy*"}},
		{"seats, then the post they come with",
			"Đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy Nam Định, được chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy Thái Bình.",
			[]string{"Nguyễn Văn An [OFFICIAL]: Phó Bí thư | Tỉnh ủy Nam Định; Bí thư | Tỉnh ủy Thái Bình*"}},
		{"a trap: được bầu vào what is no body names no seat",
			"Ông Trần Văn Lộc được bầu vào danh sách đề cử.", []string{"Trần Văn Lộc [OTHER]: "}},
		{"the Youth Union's central committee is not the Party's",
			"Dự có anh Bùi Quang Huy, Bí thư thứ nhất Trung ương Đoàn; anh Nguyễn Minh Triết, Bí thư Trung ương Đoàn, Chủ tịch Hội Sinh viên Việt Nam.",
			[]string{"Bùi Quang Huy [OFFICIAL]: Bí thư thứ nhất | Trung ương Đoàn", "Nguyễn Minh Triết [OFFICIAL]: Bí thư | Trung ương Đoàn; Chủ tịch | Hội Sinh viên Việt Nam"}},
		{"a list sharing one post reads every name, whatever its family name",
			"Kỳ họp đã bầu các đồng chí Lê Văn Thi, Đầu Thanh Hải và Lường Văn Mai giữ chức Phó Chủ tịch UBND tỉnh.",
			[]string{"Lê Văn Thi [OFFICIAL]: Phó Chủ tịch | UBND tỉnh*", "Đầu Thanh Hải [OFFICIAL]: Phó Chủ tịch | UBND tỉnh*", "Lường Văn Mai [OFFICIAL]: Phó Chủ tịch | UBND tỉnh*"}},
		{"a state group by its abbreviation, and its board",
			"Đồng chí Vũ Minh Khoa, Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên PVN; ông Lê Văn Tâm, nguyên Tổng Giám đốc TKV, nay là Phó Chủ tịch Hội Dầu khí Việt Nam, dự.",
			[]string{"Vũ Minh Khoa [OFFICIAL]: Bí thư | Đảng ủy; Chủ tịch | Hội đồng thành viên PVN", "Lê Văn Tâm [OFFICIAL]: former Tổng Giám đốc | TKV; Phó Chủ tịch | Hội Dầu khí Việt Nam"}},
		{"the border guard, national and a province's",
			"Thiếu tướng Lê Đức Thái, Tư lệnh Bộ đội Biên phòng; Đại tá Hồ Văn Minh, Chỉ huy trưởng Bộ đội Biên phòng tỉnh.",
			[]string{"Lê Đức Thái [OFFICIAL]: Tư lệnh | Bộ đội Biên phòng", "Hồ Văn Minh [OFFICIAL]: Chỉ huy trưởng | Bộ đội Biên phòng tỉnh"}},
		{"the heads of state and of the National Assembly name their posts alone",
			"Dự có Quyền Chủ tịch nước Võ Thị Ánh Xuân và Chủ tịch Quốc hội Trần Thanh Mẫn; Phó Chủ tịch Quốc hội Nguyễn Đức Hải.",
			[]string{"Võ Thị Ánh Xuân [OFFICIAL]: Quyền Chủ tịch nước | ", "Trần Thanh Mẫn [OFFICIAL]: Chủ tịch Quốc hội | ", "Nguyễn Đức Hải [OFFICIAL]: Phó Chủ tịch | Quốc hội"}},
		{"acting and standing heads",
			"Dự có đồng chí Đào Thị Lan, Quyền Bộ trưởng Bộ Y tế; Thứ trưởng Thường trực Đỗ Văn Tuyên.",
			[]string{"Đào Thị Lan [OFFICIAL]: Quyền Bộ trưởng | Bộ Y tế", "Đỗ Văn Tuyên [OFFICIAL]: Thứ trưởng Thường trực | "}},
		{"a family name of the northern mountains after a common noun",
			"học viên Quàng Văn Hưởng, Phó Giám đốc Sở Nội vụ, phát biểu; ThS Cầm Thị Phong đọc quyết định.",
			[]string{"Quàng Văn Hưởng [OFFICIAL]: Phó Giám đốc | Sở Nội vụ", "Cầm Thị Phong [OFFICIAL]: "}},
		{"a move within the province keeps the seat in its committee; a move to another does not",
			"Ban Thường vụ Tỉnh ủy điều động, bổ nhiệm đồng chí Lê Văn Hòa, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh, giữ chức Trưởng Ban Dân vận Tỉnh ủy.",
			[]string{"Lê Văn Hòa [OFFICIAL]: Ủy viên | Ban Chấp hành Đảng bộ tỉnh; former Phó Chủ tịch | UBND tỉnh; Trưởng Ban | Ban Dân vận Tỉnh ủy*"}},
		{"a transfer to another province leaves the seat",
			"Bộ Chính trị điều động, chỉ định đồng chí Trần Văn Gấu, Ủy viên Trung ương Đảng, Ủy viên Ban Thường vụ Tỉnh ủy Yên Bái, giữ chức Bí thư Tỉnh ủy Bắc Giang.",
			[]string{"Trần Văn Gấu [OFFICIAL]: Ủy viên | Trung ương Đảng; former Ủy viên | Ban Thường vụ Tỉnh ủy Yên Bái; Bí thư | Tỉnh ủy Bắc Giang*"}},
		{"two names, each with its posts, share the post the verb after the second gives",
			"Đồng chí Trần Thị Hoa, Chủ tịch UBND phường, và đồng chí Nguyễn Hữu Thành, Chủ tịch HĐND phường, được bầu làm Phó Bí thư Đảng ủy phường.",
			[]string{"Trần Thị Hoa [OFFICIAL]: Chủ tịch | UBND phường; Phó Bí thư | Đảng ủy phường*",
				"Nguyễn Hữu Thành [OFFICIAL]: Chủ tịch | HĐND phường; Phó Bí thư | Đảng ủy phường*"}},
		{"a trap: và then a name with no verb after gives nothing",
			"Đồng chí Trần Thị Hoa, Chủ tịch UBND phường, và đồng chí Nguyễn Hữu Thành, Chủ tịch HĐND phường, dự.",
			[]string{"Trần Thị Hoa [OFFICIAL]: Chủ tịch | UBND phường", "Nguyễn Hữu Thành [OFFICIAL]: Chủ tịch | HĐND phường"}},
		{"a ministry's office", "Chánh Văn phòng Bộ Y tế Nguyễn Văn Sang báo cáo.",
			[]string{"Nguyễn Văn Sang [OFFICIAL]: Chánh Văn phòng | Văn phòng Bộ Y tế"}},
		{"names of the Central Highlands that open on a letter and an apostrophe",
			"Dự có đồng chí H'Kim Hoa Byă, Phó Bí thư Tỉnh ủy; đồng chí K' Đăng, Phó Bí thư Đảng ủy Khối. Bà H’Yim Kđoh tái đắc cử Chủ tịch Hội Nông dân tỉnh.",
			[]string{"H'Kim Hoa Byă [OFFICIAL]: Phó Bí thư | Tỉnh ủy", "K' Đăng [OFFICIAL]: Phó Bí thư | Đảng ủy Khối", "H'Yim Kđoh [OFFICIAL]: Chủ tịch | Hội Nông dân tỉnh*"}},
		{"a trap: a letter and an apostrophe before small letters is no name", "Điểm K' của bảng được ghi nhận.", nil},
		{"posts abbreviated as party sites print them",
			"Chủ trì có đ/c Nguyễn Thanh Ngọc - UVTW Đảng, Bí thư Tỉnh ủy; đ/c Võ Đức Trong - UVBTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy; đ/c Lê Thị Hương - TUV, Trưởng Ban Dân vận Tỉnh ủy.",
			[]string{"Nguyễn Thanh Ngọc [OFFICIAL]: Ủy viên | UVTW Đảng; Bí thư | Tỉnh ủy",
				"Võ Đức Trong [OFFICIAL]: Ủy viên | UVBTV Tỉnh ủy; Trưởng Ban | Ban Tổ chức Tỉnh ủy",
				"Lê Thị Hương [OFFICIAL]: Ủy viên | TUV; Trưởng Ban | Ban Dân vận Tỉnh ủy"}},
		{"a transfer from a national agency leaves its post; the Central Committee's seat stays",
			"Bộ trưởng Bộ Công an quyết định điều động Đại tá Nguyễn Văn Phong, Ủy viên Trung ương Đảng, Phó Cục trưởng Cục Cảnh sát hình sự, đến nhận công tác và giữ chức Giám đốc Công an tỉnh Hà Tĩnh.",
			[]string{"Nguyễn Văn Phong [OFFICIAL]: Ủy viên | Trung ương Đảng; former Phó Cục trưởng | Cục Cảnh sát hình sự; Giám đốc | Công an tỉnh Hà Tĩnh*"}},
		{"a firm's name with an abbreviation", "Đồng chí Nguyễn Văn Hùng, Tổng Giám đốc Tổng công ty Becamex IDC, phát biểu.",
			[]string{"Nguyễn Văn Hùng [OFFICIAL]: Tổng Giám đốc | Tổng công ty Becamex IDC"}},
		{"the court, the procuracy and the inspectorate of a province",
			"Tham dự có các đồng chí: Đào Văn Sơn, Chánh án TAND tỉnh; Nguyễn Thị Hà, Viện trưởng VKSND tỉnh; Phạm Thị Thu, Chánh Thanh tra tỉnh.",
			[]string{"Đào Văn Sơn [OFFICIAL]: Chánh án | TAND tỉnh", "Nguyễn Thị Hà [OFFICIAL]: Viện trưởng | VKSND tỉnh", "Phạm Thị Thu [OFFICIAL]: Chánh Thanh tra | Thanh tra tỉnh"}},
		{"a province's ethnic board", "Ông Danh Út, Trưởng Ban Dân tộc tỉnh, báo cáo.",
			[]string{"Danh Út [OFFICIAL]: Trưởng Ban | Ban Dân tộc tỉnh"}},
		{"a trap: thanh tra as work names no body", "Đoàn công tác đã Thanh tra, kiểm tra 12 đơn vị.", nil},
		{"a minister by rank heading the Government's office",
			"Cùng dự có Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn.",
			[]string{"Trần Văn Sơn [OFFICIAL]: Bộ trưởng | ; Chủ nhiệm | Văn phòng Chính phủ"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := found(body(tt.in)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Find(%q):\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestFindKinds checks that bylines and page headers name no one.
func TestFindKinds(t *testing.T) {
	for _, s := range []model.Sentence{
		{Kind: model.Byline, Text: "THU HƯỜNG - VĂN MINH"},
		{Kind: model.Byline, Text: "Tác giả bài viết: Quỳnh Thêm - Đức Quang"},
		{Kind: model.Header, Text: "Thứ Bảy, ngày 22 tháng 6 năm 2024"},
		{Kind: model.Body, Text: "Ảnh: VIỆT DŨNG"},
		{Kind: model.Byline, Text: "đồng chí Nguyễn Văn An, Bí thư Huyện ủy"},
	} {
		if got := Find(recognize.NewSentence(s)); len(got) > 0 {
			t.Errorf("Find(%s %q) = %v, want no one", s.Kind, s.Text, got)
		}
	}
}

// TestFindSpans checks that names and posts are placed in the article, NFD
// input included.
func TestFindSpans(t *testing.T) {
	for _, text := range []string{
		"Phát biểu chỉ đạo, Phó Bí thư Thường trực Thành ủy Nguyễn Thị Nghĩa ghi nhận.",
		norm.NFD.String("đồng chí Lê Thị Hồng Nga, Phó Bí thư Đảng uỷ, phụ trách điều hành"),
	} {
		article := []rune("Câu trước. " + text)
		s := model.Sentence{Index: 1, Kind: model.Body, Span: model.Span{Start: 11, End: len(article)}, Text: text}
		ms := Find(recognize.NewSentence(s))
		if len(ms) != 1 || len(ms[0].Posts) != 1 {
			t.Fatalf("Find(%q) = %v, want one person with one post", text, ms)
		}
		m := ms[0]
		for _, p := range []struct {
			what string
			text string
			span model.Span
		}{{"name", m.Name.Text, m.Name.Span}, {"unit", m.Posts[0].Unit.Text, m.Posts[0].Unit.Span}, {"post", m.Posts[0].Printed.Text, m.Posts[0].Printed.Span}} {
			if got := norm.NFC.String(string(article[p.span.Start:p.span.End])); got != p.text {
				t.Errorf("%s span %v holds %q, mention %q", p.what, p.span, got, p.text)
			}
		}
		if m.Sentence != 1 {
			t.Errorf("sentence %d, want 1", m.Sentence)
		}
	}
}

// TestFindStart checks the start of a post printed with từ after it or at
// the head of the sentence, and no start elsewhere.
func TestFindStart(t *testing.T) {
	tests := []struct {
		in   string
		want []model.When // one per post, in order
	}{
		{"Đồng chí Lê Minh Hải, Bí thư Tỉnh ủy Hậu Giang từ tháng 3/2020, phát biểu.", []model.When{{Year: 2020, Month: 3}}},
		{"Đồng chí Lê Minh Hải, Bí thư Tỉnh ủy Hậu Giang (từ ngày 5/3/2020), phát biểu.", []model.When{{Year: 2020, Month: 3, Day: 5}}},
		{"Từ tháng 10/2021, đồng chí Lê Minh Hải giữ chức Bí thư Tỉnh ủy Hậu Giang.", []model.When{{Year: 2021, Month: 10}}},
		{"Đồng chí Lê Minh Hải được bổ nhiệm giữ chức Giám đốc Sở Nội vụ tỉnh Hậu Giang kể từ ngày 1/3/2024.", []model.When{{Year: 2024, Month: 3, Day: 1}}},
		{"Đồng chí Lê Minh Hải, Bí thư Tỉnh ủy Hậu Giang, cho biết từ tháng 3/2020 tỉnh đã triển khai.", []model.When{{}}},
		{"Đồng chí Lê Minh Hải, Bí thư Tỉnh ủy Hậu Giang, phát biểu ngày 3/3/2020.", []model.When{{}}},
		{"Từ ngày 1/7/2025, đồng chí Lê Minh Hải, Bí thư Tỉnh ủy Hậu Giang, chủ trì các cuộc họp.", []model.When{{}}},
		// A date with từ before the post, not heading the sentence.
		{"Ông Lê Văn A cho biết từ tháng 3/2020, đồng chí Lê Minh Hải, Bí thư Tỉnh ủy Hậu Giang, đã chỉ đạo.", []model.When{{}}},
	}
	for _, tt := range tests {
		var got []model.When
		for _, m := range Find(body(tt.in)) {
			for _, q := range m.Posts {
				got = append(got, q.Start)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Find(%q) starts %v, want %v", tt.in, got, tt.want)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	s := body("Dự hội nghị có các đồng chí: Nguyễn Phước Lộc, Phó Bí thư Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam TPHCM; Dương Anh Đức, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy TPHCM; Nguyễn Chí Trung, Ủy viên Ban Thường vụ Thành ủy, Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Thành ủy TPHCM.")
	b.SetBytes(int64(len(s.Text)))
	for b.Loop() {
		Find(s)
	}
}
