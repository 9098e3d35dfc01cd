package people

import (
	"testing"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
)

// TestListed: a line framing a list of a body's members gives each member
// listed on the lines after it the seat, until the list ends.
func TestListed(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a body's members, one a line, as bullets print them; a line the rules cannot read is passed, a sentence that reports more ends the list",
			[]string{
				"Với việc bầu bổ sung này, hiện nay Bộ Chính trị có 16 ủy viên:",
				"Tổng Bí thư Nguyễn Phú Trọng",
				"Phó Chủ tịch Thường trực điều hành hoạt động của Quốc hội Trần Thanh Mẫn",
				"Chủ nhiệm Ủy ban Kiểm tra Trung ương Trần Cẩm Tú",
				"Phát biểu tại hội nghị, đồng chí Lê Văn Hòa, Bí thư Tỉnh ủy, cho biết tỉnh sẽ triển khai ngay.",
				"Đồng chí Trần Văn Nam, Chủ tịch UBND tỉnh.",
			},
			[]string{
				"Nguyễn Phú Trọng [OFFICIAL]: Tổng Bí thư | ; Ủy viên | Bộ Chính trị",
				"Trần Cẩm Tú [OFFICIAL]: Chủ nhiệm | Ủy ban Kiểm tra Trung ương; Ủy viên | Bộ Chính trị",
				"Lê Văn Hòa [OFFICIAL]: Bí thư | Tỉnh ủy",
				"Trần Văn Nam [OFFICIAL]: Chủ tịch | UBND tỉnh",
			}},
		{"elected members with their posts, after gồm",
			[]string{
				"Ban Chấp hành Trung ương Đảng đã bầu bổ sung 2 ủy viên Bộ Chính trị khóa 13, gồm:",
				"Ông Lê Minh Hưng, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương;",
				"Bà Bùi Thị Minh Hoài, Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương.",
				"Các đồng chí Nguyễn Văn An và Trần Văn Bình dự hội nghị.",
			},
			[]string{
				"Lê Minh Hưng [OFFICIAL]: Bí thư | Trung ương Đảng; Trưởng Ban | Ban Tổ chức Trung ương; Ủy viên | Bộ Chính trị*",
				"Bùi Thị Minh Hoài [OFFICIAL]: Bí thư | Trung ương Đảng; Trưởng Ban | Ban Dân vận Trung ương; Ủy viên | Bộ Chính trị*",
				"Nguyễn Văn An [OFFICIAL]: ",
			}},
		{"members of one body given a seat in another, one a line after như sau; Tổng cục Chính trị Quân đội nhân dân Việt Nam read whole (baomoi 2026)",
			[]string{
				"Theo đó, Bộ Chính trị quyết định phân công các Ủy viên Bộ Chính trị khóa XIV tham gia Ban Bí thư khóa XIV như sau:",
				"Tổng Bí thư Tô Lâm, Bí thư Quân ủy Trung ương.",
				"Thường trực Ban Bí thư Trần Cẩm Tú, Bí thư Đảng ủy các cơ quan Đảng Trung ương.",
				"Ủy viên Ban Thường vụ Quân ủy Trung ương, Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam Nguyễn Trọng Nghĩa.",
				"Trưởng Ban Nội chính Trung ương Lê Minh Trí.",
				"Phát biểu tại hội nghị, đồng chí Lê Văn Hòa, Bí thư Tỉnh ủy, cho biết tỉnh sẽ triển khai ngay.",
			},
			[]string{
				"Tô Lâm [OFFICIAL]: Tổng Bí thư | ; Bí thư | Quân ủy Trung ương; Ủy viên | Bộ Chính trị",
				"Trần Cẩm Tú [OFFICIAL]: Thường trực | Ban Bí thư; Bí thư | Đảng ủy các cơ quan Đảng Trung ương; Ủy viên | Bộ Chính trị",
				"Nguyễn Trọng Nghĩa [OFFICIAL]: Ủy viên | Ban Thường vụ Quân ủy Trung ương; Chủ nhiệm | Tổng cục Chính trị Quân đội nhân dân Việt Nam; Ủy viên | Bộ Chính trị; Ủy viên | Ban Bí thư*",
				"Lê Minh Trí [OFFICIAL]: Trưởng Ban | Ban Nội chính Trung ương; Ủy viên | Bộ Chính trị; Ủy viên | Ban Bí thư*",
				"Lê Văn Hòa [OFFICIAL]: Bí thư | Tỉnh ủy",
			}},
		{"the list runs on in the framing sentence after gồm (baomoi 2016)",
			[]string{
				"Bộ Chính trị phân công một số Ủy viên Bộ Chính trị tham gia Ban Bí thư gồm: đồng chí Nguyễn Phú Trọng (Tổng bí thư); đồng chí Đinh Thế Huynh (Thường trực Ban Bí thư); đồng chí Trương Thị Mai (Trưởng ban Dân vận Trung ương).",
			},
			[]string{
				"Nguyễn Phú Trọng [OFFICIAL]: Tổng Bí thư | ; Ủy viên | Bộ Chính trị",
				"Đinh Thế Huynh [OFFICIAL]: Thường trực | Ban Bí thư; Ủy viên | Bộ Chính trị",
				"Trương Thị Mai [OFFICIAL]: Trưởng Ban | ban Dân vận Trung ương; Ủy viên | Bộ Chính trị; Ủy viên | Ban Bí thư*",
			}},
		{"the holders of one title and their votes, numbered, one a line as the segmenter cuts them (cand 2016)",
			[]string{
				"Danh sách 5 phó thủ tướng và kết quả kiểm phiếu: 1.",
				"Ông Trương Hòa Bình: 469/487 (94,94%, tổng số đại biểu Quốc hội) 2.",
				"Ông Trịnh Đình Dũng: 445/488 (90,08%) 3.",
				"Phạm Bình Minh (kiêm Bộ trưởng Ngoại giao): 483/488 (97,77%) |",
				"Danh sách các bộ trưởng và kết quả kiểm phiếu như sau: 1.",
				"Bộ Quốc phòng - ông Ngô Xuân Lịch: 477/487 (96,56%) 2.",
				"Bộ Kế hoạch và Đầu tư - ông Nguyễn Chí Dũng: 452/485 (91,50%) 3.",
				"Ông Trần Văn Nam: 400/480 (83,33%) 4.",
				"Theo kết quả, ông Lê Văn Hòa được nhiều phiếu nhất: 470/487.",
			},
			[]string{
				"Trương Hòa Bình [OFFICIAL]: Phó Thủ tướng | ",
				"Trịnh Đình Dũng [OFFICIAL]: Phó Thủ tướng | ",
				"Phạm Bình Minh [OFFICIAL]: Bộ trưởng | Ngoại giao; Phó Thủ tướng | ",
				"Ngô Xuân Lịch [OFFICIAL]: Bộ trưởng | Bộ Quốc phòng",
				"Nguyễn Chí Dũng [OFFICIAL]: Bộ trưởng | Bộ Kế hoạch và Đầu tư",
				"Trần Văn Nam [OTHER]: ",
				"Lê Văn Hòa [OTHER]: ",
			}},
		{"one new post given to everyone the sentence lists after gồm, each with a former post (dantri)",
			[]string{
				"3 tân Thứ trưởng Bộ Ngoại giao vừa được bổ nhiệm gồm ông Nguyễn Mạnh Cường, nguyên Phó Trưởng ban Thường trực Ban Đối ngoại Trung ương; ông Ngô Lê Văn, nguyên Phó Trưởng ban Đối ngoại Trung ương; ông Lê Anh Tuấn, nguyên Phó Chủ nhiệm Ủy ban Đối ngoại của Quốc hội.",
			},
			[]string{
				"Nguyễn Mạnh Cường [OFFICIAL]: former Phó Trưởng Ban Thường trực | Ban Đối ngoại Trung ương; Thứ trưởng | Bộ Ngoại giao*",
				"Ngô Lê Văn [OFFICIAL]: former Phó Trưởng Ban | ban Đối ngoại Trung ương; Thứ trưởng | Bộ Ngoại giao*",
				"Lê Anh Tuấn [OFFICIAL]: former Phó Chủ nhiệm | Ủy ban Đối ngoại của Quốc hội; Thứ trưởng | Bộ Ngoại giao*",
			}},
		{"the people announced before the post they are elected to, then gồm and the list; a standing deputy of the outgoing committee gets the plain post too (nhandan 2020)",
			[]string{
				"Các đồng chí được bầu giữ chức Phó Bí thư Tỉnh ủy khóa 19 gồm: Lê Thị Thu Hồng, Phó Bí thư Thường trực Tỉnh ủy khóa 18, Trưởng đoàn đại biểu Quốc hội tỉnh; Lê Ánh Dương, Phó Chủ tịch Thường trực UBND tỉnh.",
			},
			[]string{
				"Lê Thị Thu Hồng [OFFICIAL]: Phó Bí thư Thường trực | Tỉnh ủy; Trưởng đoàn | đoàn đại biểu Quốc hội tỉnh; Phó Bí thư | Tỉnh ủy*",
				"Lê Ánh Dương [OFFICIAL]: Phó Chủ tịch Thường trực | UBND tỉnh; Phó Bí thư | Tỉnh ủy*",
			}},
		{"a trap: elected into a body, no title: no post framed",
			[]string{
				"Các đồng chí được bầu vào Ban Chấp hành gồm: ông Nguyễn Văn An, Giám đốc Sở Tài chính; ông Trần Văn Bình, Chủ tịch UBND huyện.",
			},
			[]string{"Nguyễn Văn An [OFFICIAL]: Giám đốc | Sở Tài chính", "Trần Văn Bình [OFFICIAL]: Chủ tịch | UBND huyện"}},
		{"a trap: a number of holders of a post, no list after it",
			[]string{
				"2 Thứ trưởng Bộ Ngoại giao được bổ nhiệm trong năm nay, ông Nguyễn Văn A, Vụ trưởng, cho biết.",
			},
			[]string{"Nguyễn Văn A [OFFICIAL]: Vụ trưởng | "}},
		{"a count of a title's new holders in a unit, bao gồm, the lines after with the votes each won (vneconomy 2007)",
			[]string{
				"4 phó chủ tịch mới của Quốc hội bao gồm:",
				"Ông Nguyễn Đức Kiên (Uỷ viên Trung ương Đảng, Ủy viên Ủy ban Thương vụ Quốc hội, Chủ nhiệm Uỷ ban Kinh tế - Ngân sách Quốc hội khoá XI) với 477 phiếu, chiếm 96,75% tổng số đại biểu.",
				"Ông Uông Chu Lưu (Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tư pháp): 463 phiếu, chiếm 93,91%.",
				"Bà Tòng Thị Phóng (Bí thư Trung ương Đảng, Trưởng ban Dân vận Trung ương): 449 phiếu, chiếm 91,08%.",
				"Ông Huỳnh Ngọc Sơn (Ủy viên Trung ương Đảng, Trung tướng, Tư lệnh Quân khu 5): 456 phiếu, chiếm 92,49%.",
				"Đại biểu Nguyễn Văn A, Bí thư Tỉnh ủy, cho biết Quốc hội sẽ họp tiếp.",
			},
			[]string{
				"Nguyễn Đức Kiên [OFFICIAL]: Ủy viên | Trung ương Đảng; Chủ nhiệm | Uỷ ban Kinh tế - Ngân sách Quốc hội; Phó Chủ tịch | Quốc hội",
				"Uông Chu Lưu [OFFICIAL]: Ủy viên | Trung ương Đảng; Bộ trưởng | Bộ Tư pháp; Phó Chủ tịch | Quốc hội",
				"Tòng Thị Phóng [OFFICIAL]: Bí thư | Trung ương Đảng; Trưởng Ban | ban Dân vận Trung ương; Phó Chủ tịch | Quốc hội",
				"Huỳnh Ngọc Sơn [OFFICIAL]: Ủy viên | Trung ương Đảng; Tư lệnh | Quân khu 5; Phó Chủ tịch | Quốc hội",
				"Nguyễn Văn A [OFFICIAL]: Đại biểu | ; Bí thư | Tỉnh ủy",
			}},
		{"a colon after members of no body frames nothing",
			[]string{
				"Hội nghị có 16 ủy viên dự:",
				"Tổng Bí thư Nguyễn Phú Trọng",
			},
			[]string{"Nguyễn Phú Trọng [OFFICIAL]: Tổng Bí thư | "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss, ms := findLines(tt.lines)
			checkMentions(t, "Listed", Listed(ss, ms), tt.want, nil)
		})
	}
}

// findLines reads lines as the body sentences of one article, one a line,
// and returns them with the people Find reads in them.
func findLines(lines []string) ([]recognize.Sentence, []recognize.PersonMention) {
	var ss []recognize.Sentence
	var ms []recognize.PersonMention
	off := 0
	for i, l := range lines {
		s := recognize.NewSentence(model.Sentence{Index: i, Kind: model.Body, Text: l, Span: model.Span{Start: off, End: off + len([]rune(l))}})
		off = s.Span.End + 1
		ss = append(ss, s)
		ms = append(ms, Find(s)...)
	}
	return ss, ms
}
