package segment

import (
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/model"
)

// doc makes a one-block Doc.
func doc(kind model.BlockKind, text string) model.Doc {
	return model.Doc{Text: text, Blocks: []model.Block{{Kind: kind, Span: model.Span{Start: 0, End: len([]rune(text))}}}}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		kind model.BlockKind
		in   string
		want []string
	}{
		{"two sentences", model.Body, "Đại hội đã bế mạc. Đây là văn kiện quan trọng.",
			[]string{"Đại hội đã bế mạc.", "Đây là văn kiện quan trọng."}},
		{"abbreviations of titles", model.Body, "PGS. TS. Nguyễn Văn A và ThS. Lê B dự hội thảo tại TP. Hồ Chí Minh. Hội thảo kết thúc.",
			[]string{"PGS. TS. Nguyễn Văn A và ThS. Lê B dự hội thảo tại TP. Hồ Chí Minh.", "Hội thảo kết thúc."}},
		{"TP ends a sentence before a verb", model.Body, "thực hiện chủ đề năm 2022 Đảng bộ TP. Tập trung việc học tập.",
			[]string{"thực hiện chủ đề năm 2022 Đảng bộ TP.", "Tập trung việc học tập."}},
		{"TP. HCM", model.Body, "Thành ủy TP. HCM chỉ đạo. Các đơn vị thực hiện.",
			[]string{"Thành ủy TP. HCM chỉ đạo.", "Các đơn vị thực hiện."}},
		{"initials", model.Body, "Bài viết của S. Hải và Q. Anh được đăng. Xin cảm ơn.",
			[]string{"Bài viết của S. Hải và Q. Anh được đăng.", "Xin cảm ơn."}},
		{"numbers and dates", model.Body, "Đảng bộ có 6.373 đảng viên, tăng 3,5% so với ngày 18.7.2025. 9 tháng đầu năm, Đảng bộ kết nạp 120 đảng viên.",
			[]string{"Đảng bộ có 6.373 đảng viên, tăng 3,5% so với ngày 18.7.2025.", "9 tháng đầu năm, Đảng bộ kết nạp 120 đảng viên."}},
		{"code at sentence end", model.Body, "thực hiện Kết luận số 21-KL/TW. Đồng thời tại TP.HCM triển khai.",
			[]string{"thực hiện Kết luận số 21-KL/TW.", "Đồng thời tại TP.HCM triển khai."}},
		{"quoted speech", model.Body, "Đồng chí nói: “Phải làm ngay.” Sau đó hội nghị bế mạc. “Thành công!”, đồng chí khẳng định.",
			[]string{"Đồng chí nói: “Phải làm ngay.”", "Sau đó hội nghị bế mạc.", "“Thành công!”, đồng chí khẳng định."}},
		{"ellipsis mid-sentence", model.Body, "các nghị quyết, chỉ thị, kết luận... của Đảng và các chuyên đề… đã được quán triệt. Xong.",
			[]string{"các nghị quyết, chỉ thị, kết luận... của Đảng và các chuyên đề… đã được quán triệt.", "Xong."}},
		{"ellipsis glued to the next sentence", model.Body, "ở các chi bộ trực thuộc…Đồng chí cũng đề nghị tiếp tục.",
			[]string{"ở các chi bộ trực thuộc…", "Đồng chí cũng đề nghị tiếp tục."}},
		{"a sentence glued to the next, its space lost (chomoiangiang 2024, baolangson 2010)", model.Body,
			"Đến dự có bà Phạm Xuân Đào, Phó Trưởng ban Pháp chế HĐND huyện Chợ Mới.Kỳ họp lần này đã thông qua tờ trình. Dự có Ban Tuyên giáo Tỉnh ủy.Tại hội nghị, đồng chí A phát biểu.",
			[]string{"Đến dự có bà Phạm Xuân Đào, Phó Trưởng ban Pháp chế HĐND huyện Chợ Mới.", "Kỳ họp lần này đã thông qua tờ trình.",
				"Dự có Ban Tuyên giáo Tỉnh ủy.", "Tại hội nghị, đồng chí A phát biểu."}},
		{"traps: glued abbreviations of places and degrees, initials, capitals, domains", model.Body,
			"Tại TP.HCM, Tp.Hồ Chí Minh, Tx.Sơn Tây, H.Tân Hưng và ThS.Lê Văn A, Bộ.GTVT, Dantri.com.vn, v.v.Xong, năm 2025.Đoàn về dự.",
			[]string{"Tại TP.HCM, Tp.Hồ Chí Minh, Tx.Sơn Tây, H.Tân Hưng và ThS.Lê Văn A, Bộ.GTVT, Dantri.com.vn, v.v.Xong, năm 2025.Đoàn về dự."}},
		{"a row's number opening the block stays with its row (bvbnd 2017)", model.Body, "2. Lư Lan Vi, Phó Bí thư Chi bộ. Đồng chí được bầu.",
			[]string{"2. Lư Lan Vi, Phó Bí thư Chi bộ.", "Đồng chí được bầu."}},
		{"traps: a year, or a number inside the block, still ends its sentence", model.Body, "Ông A về hưu năm 2010. Ông B được bầu 15. 3. Ông C dự.",
			[]string{"Ông A về hưu năm 2010.", "Ông B được bầu 15.", "3.", "Ông C dự."}},
		{"list in a paragraph", model.Body, "Đại hội đặt ra 11 chỉ tiêu, gồm: - Hàng năm, 100% tổ chức hoàn thành. - 100% đảng viên học tập. - Kết nạp từ 3% trở lên…",
			[]string{"Đại hội đặt ra 11 chỉ tiêu, gồm:", "Hàng năm, 100% tổ chức hoàn thành.", "100% đảng viên học tập.", "Kết nạp từ 3% trở lên…"}},
		{"motto dashes are not a list", model.Body, "Với tinh thần “Đoàn kết - Dân chủ - Kỷ cương - Phát triển”, Đại hội thành công.",
			[]string{"Với tinh thần “Đoàn kết - Dân chủ - Kỷ cương - Phát triển”, Đại hội thành công."}},
		{"official end mark", model.Body, "dự thảo văn kiện Đại hội XV của Đảng./. Tin: A",
			[]string{"dự thảo văn kiện Đại hội XV của Đảng./.", "Tin: A"}},
		{"abbreviation v.v. lower case", model.Body, "các tổ chức v.v. đều tham gia. Hết.",
			[]string{"các tổ chức v.v. đều tham gia.", "Hết."}},
		{"caption without final period is one", model.Caption, "Đồng chí Võ Văn Minh phát biểu bế mạc. Ảnh: VIỆT DŨNG",
			[]string{"Đồng chí Võ Văn Minh phát biểu bế mạc. Ảnh: VIỆT DŨNG"}},
		{"heading", model.Heading, "10 kết quả nổi bật", []string{"10 kết quả nổi bật"}},
		{"byline with initial", model.Byline, "S. Hải", []string{"S. Hải"}},
		{"truncated body", model.Body, "Đại hội đã thành công. Các đại biểu đã bầu Ban Chấp hành Đảng b",
			[]string{"Đại hội đã thành công.", "Các đại biểu đã bầu Ban Chấp hành Đảng b"}},
		{"source prefix", model.Body, "(Thanhuytphcm.vn) – Chiều 10/1, Đảng ủy Khối tổ chức Hội nghị.",
			[]string{"(Thanhuytphcm.vn) – Chiều 10/1, Đảng ủy Khối tổ chức Hội nghị."}},
		{"a number alone is still a sentence", model.Body, "Đại hội bế mạc. 2025.",
			[]string{"Đại hội bế mạc.", "2025."}},
		{"question and exclamation", model.Body, "Làm thế nào? Phải đổi mới! Và tiếp tục.",
			[]string{"Làm thế nào?", "Phải đổi mới!", "Và tiếp tục."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(tt.kind, tt.in)
			ss := Sentences(d)
			var got []string
			rs := []rune(d.Text)
			for i, s := range ss {
				if s.Index != i || s.Kind != tt.kind || string(rs[s.Start:s.End]) != s.Text {
					t.Errorf("sentence %d: %+v", i, s)
				}
				got = append(got, s.Text)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestSentencesAcrossBlocks(t *testing.T) {
	text := "Tiêu đề bài\n\nCâu một. Câu hai.\n\nTHU HƯỜNG"
	d := model.Doc{Text: text, Blocks: []model.Block{
		{Kind: model.Title, Span: model.Span{Start: 0, End: 11}},
		{Kind: model.Body, Span: model.Span{Start: 13, End: 30}},
		{Kind: model.Byline, Span: model.Span{Start: 32, End: 41}},
	}}
	ss := Sentences(d)
	want := []string{"Tiêu đề bài", "Câu một.", "Câu hai.", "THU HƯỜNG"}
	if len(ss) != len(want) {
		t.Fatalf("got %d sentences: %+v", len(ss), ss)
	}
	for i, s := range ss {
		if s.Text != want[i] || s.Index != i {
			t.Errorf("sentence %d = %+v, want %q", i, s, want[i])
		}
	}
	if ss[3].Kind != model.Byline || ss[1].Start != 13 {
		t.Errorf("kinds or offsets wrong: %+v", ss)
	}
}

// A sentence's Text is the article's text over its span, whether cut out of
// the text's bytes (valid UTF-8) or made from its runes (not), and whatever
// the order of the blocks.
func TestSentenceText(t *testing.T) {
	text := "Tiêu đề bài\nSáng 10/2, Tỉnh ủy họp. Đồng chí Nguyễn Văn A phát biểu.\nẢnh: S. Hải"
	rs := []rune(text)
	block := func(kind model.BlockKind, from, to string) model.Block {
		s := len([]rune(text[:strings.Index(text, from)]))
		e := len([]rune(text[:strings.Index(text, to)+len(to)]))
		return model.Block{Kind: kind, Span: model.Span{Start: s, End: e}}
	}
	title, body, credit := block(model.Title, "Tiêu", "bài"), block(model.Body, "Sáng", "biểu."), block(model.Caption, "Ảnh", "Hải")
	bad := "Sáng 10/2, Tỉnh \xff họp. Đồng chí \xc3 phát biểu."
	tests := []struct {
		name string
		d    model.Doc
		want int // sentences
	}{
		{"in order", model.Doc{Text: text, Blocks: []model.Block{title, body, credit}}, 4},
		{"blocks out of order", model.Doc{Text: text, Blocks: []model.Block{credit, body, title}}, 4},
		{"invalid UTF-8", model.Doc{Text: bad, Blocks: []model.Block{{Kind: model.Body, Span: model.Span{End: len([]rune(bad))}}}}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := rs
			if tt.d.Text != text {
				rs = []rune(tt.d.Text)
			}
			got := Sentences(tt.d)
			if len(got) != tt.want {
				t.Fatalf("%d sentences, want %d: %+v", len(got), tt.want, got)
			}
			for _, s := range got {
				if want := string(rs[s.Start:s.End]); s.Text != want {
					t.Errorf("sentence %d at %d-%d: %q, want %q", s.Index, s.Start, s.End, s.Text, want)
				}
			}
		})
	}
}

// Marks alone are no sentence: a stray "." opening a paragraph cut one of
// its own that took a place in the lead (nld 2004, y002: "\n\n. Ngày 11 và
// 12-2, Chủ tịch nước …"), and so did "|", "*" and "-------" lines between
// items (debris of old pages).
func TestMarksAloneAreNoSentence(t *testing.T) {
	text := "Tổng Bí thư lưu ý tỉnh nhà.\n\n. Ngày 11 và 12-2, Chủ tịch nước đã đến thăm.\n|\n*\n-------\nB.T.T"
	block := func(kind model.BlockKind, from, to string) model.Block {
		s := len([]rune(text[:strings.Index(text, from)]))
		e := len([]rune(text[:strings.Index(text, to)+len(to)]))
		return model.Block{Kind: kind, Span: model.Span{Start: s, End: e}}
	}
	d := model.Doc{Text: text, Blocks: []model.Block{
		block(model.Body, "Tổng", "nhà."),
		block(model.Body, ". Ngày", "thăm."),
		block(model.Body, "|", "|"),
		block(model.Body, "*", "*"),
		block(model.Body, "-------", "-------"),
		block(model.Byline, "B.T.T", "B.T.T"),
	}}
	var got []string
	for i, s := range Sentences(d) {
		if s.Index != i {
			t.Errorf("sentence %d has index %d", i, s.Index)
		}
		got = append(got, s.Text)
	}
	want := []string{"Tổng Bí thư lưu ý tỉnh nhà.", "Ngày 11 và 12-2, Chủ tịch nước đã đến thăm.", "B.T.T"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}
