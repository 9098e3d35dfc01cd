package documents

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/internal/golden"
	"github.com/cadregraph/cadregraph/loader/internal/testpages"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// sentences reads testdata/NAME: one sentence a line, # comments.
func sentences(t testing.TB, name string) []string {
	t.Helper()
	return testpages.Lines(t, filepath.Join("testdata", name))
}

// sentence is text as the sentence numbered i, starting at rune start of its
// article.
func sentence(i, start int, text string) recognize.Sentence {
	n := len([]rune(text))
	return recognize.NewSentence(model.Sentence{Index: i, Span: model.Span{Start: start, End: start + n}, Text: text})
}

// render writes what Find reads in s, one line a document or link.
func render(b *strings.Builder, text string, ds []recognize.DocumentMention, ls []recognize.LinkMention) {
	fmt.Fprintf(b, "> %s\n", text)
	for i, d := range ds {
		fmt.Fprintf(b, "  [%d] %s %q", i, d.Kind, d.Printed.Text)
		if d.Number != "" {
			fmt.Fprintf(b, " number=%s", d.Number)
		}
		if d.Code != "" {
			fmt.Fprintf(b, " code=%s", d.Code)
		}
		if d.Name != "" {
			fmt.Fprintf(b, " name=%q", d.Name)
		}
		if d.Titled != "" {
			fmt.Fprintf(b, " titled=%q", d.Titled)
		}
		if d.OwnCongress {
			b.WriteString(" own-congress")
		}
		if d.Issuer.Text != "" {
			fmt.Fprintf(b, " issuer=%q", d.Issuer.Text)
		}
		if d.IssuerTerm != 0 {
			fmt.Fprintf(b, " khóa=%d", d.IssuerTerm)
		}
		if d.Plenum != 0 {
			fmt.Fprintf(b, " plenum=%d", d.Plenum)
		}
		if !d.Issued.IsZero() {
			fmt.Fprintf(b, " issued=%d-%d-%d", d.Issued.Year, d.Issued.Month, d.Issued.Day)
		}
		if d.Subject != "" {
			fmt.Fprintf(b, " subject=%q", d.Subject)
		}
		b.WriteByte('\n')
	}
	for _, l := range ls {
		fmt.Fprintf(b, "  link %d -> %d %s\n", l.From, l.To, l.Relation)
	}
}

// TestGolden reads each sentence of testdata/NAME.txt alone and compares what
// it finds with NAME.golden: sentences.txt holds the forms of the genre,
// real.txt sentences of real pages.
func TestGolden(t *testing.T) {
	for _, name := range []string{"sentences", "real"} {
		t.Run(name, func(t *testing.T) {
			var b strings.Builder
			for i, text := range sentences(t, name+".txt") {
				s := sentence(i, 1000, text)
				ds, ls := Find(s)
				checkSpans(t, s, ds, ls)
				render(&b, text, ds, ls)
			}
			golden.Check(t, filepath.Join("testdata", name+".golden"), b.String(), *update)
		})
	}
}

// checkSpans fails t unless every phrase's text is the sentence's text at its
// span and every link joins two documents found.
func checkSpans(t testing.TB, s recognize.Sentence, ds []recognize.DocumentMention, ls []recognize.LinkMention) {
	t.Helper()
	rs := []rune(s.Text)
	check := func(what string, p recognize.Phrase) {
		if p.Text == "" && p.Start == 0 && p.End == 0 {
			return
		}
		a, b := p.Start-s.Start, p.End-s.Start
		if a < 0 || b > len(rs) || a >= b || string(rs[a:b]) != p.Text {
			t.Errorf("%q: %s %q has span %d-%d outside or unlike the sentence", s.Text, what, p.Text, p.Start, p.End)
		}
	}
	for _, d := range ds {
		check("printed", d.Printed)
		check("issuer", d.Issuer)
		if d.Sentence != s.Index || d.Congress != -1 {
			t.Errorf("%q: sentence %d, congress %d", s.Text, d.Sentence, d.Congress)
		}
		if d.Number == "" && d.Name == "" {
			t.Errorf("%q: document %q with neither number nor name", s.Text, d.Printed.Text)
		}
	}
	for _, l := range ls {
		if l.From < 0 || l.From >= len(ds) || l.To < 0 || l.To >= len(ds) || l.From == l.To {
			t.Errorf("%q: link %d -> %d out of range", s.Text, l.From, l.To)
		}
	}
}

// The traps of the genre, asserted one by one so that a failure names them.
func TestFind(t *testing.T) {
	type doc struct {
		kind                schema.DocKind
		number, code, name  string
		issuer              string
		year, month, day    int
		subject             string
		own                 bool
		wantIssuerTermKhoa  int
		checkSubject, check bool
	}
	tests := []struct {
		name  string
		in    string
		docs  []doc
		links []recognize.LinkMention
	}{
		{
			name: "every part",
			in:   "Thực hiện Kết luận số 21-KL/TW ngày 25 tháng 10 năm 2021 của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị.",
			docs: []doc{{kind: schema.Conclusion, number: "21", code: "21-KL/TW", issuer: "Ban Chấp hành Trung ương", year: 2021, month: 10, day: 25,
				subject: "đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị", checkSubject: true}},
		},
		// A ministry's or department's name lists its fields after a comma
		// (xasontra.hatinh 2023, w007): the issuer is the whole name.
		{
			name: "an issuer named with its own comma",
			in:   "Thông tư 04/2011/TT-BVHTTDL ngày 21/01/2011 của Bộ Văn hóa, Thể thao và Du lịch quy định về việc thực hiện nếp sống văn minh.",
			docs: []doc{{kind: schema.OtherDoc, number: "04", code: "04/2011/TT-BVHTTDL", issuer: "Bộ Văn hóa, Thể thao và Du lịch", year: 2011, month: 1, day: 21}},
		},
		{
			name: "a subject issuer named with its own comma",
			in:   "Sở Văn hóa, Thể thao và Du lịch vừa ban hành Văn bản số 719/SVHTTDL-NSVHGĐ ngày 10/5/2023 về tiếp tục tổ chức thực hiện các quy định nếp sống văn minh trong việc cưới, việc tang.",
			docs: []doc{{kind: schema.OtherDoc, number: "719", code: "719/SVHTTDL-NSVHGĐ", issuer: "Sở Văn hóa, Thể thao và Du lịch", year: 2023, month: 5, day: 10}},
		},
		{
			name: "trap: two bodies listed are no one name",
			in:   "Thực hiện Hướng dẫn số 08-HD/BTGTW của Ban Tuyên giáo, Ban Tổ chức và Ủy ban Kiểm tra về việc học tập.",
			docs: []doc{{kind: schema.Instruction, number: "08", code: "08-HD/BTGTW", issuer: "Ban Tuyên giáo"}},
		},
		{
			// thuvienphapluat 2022 and dvdn247 (read pages rv3-r04, rv3-r15):
			// the issuing clause after the subject or a title without về.
			name: "do UNIT ban hành after the subject gives the issuer and the day, and ends the subject",
			in:   "Quy định 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm do Ban Chấp hành Trung ương ban hành ngày 06/7/2022.",
			docs: []doc{{kind: schema.Regulation, number: "69", code: "69-QĐ/TW", issuer: "Ban Chấp hành Trung ương", year: 2022, month: 7, day: 6,
				subject: "kỷ luật tổ chức đảng, đảng viên vi phạm", checkSubject: true}},
		},
		{
			name: "do UNIT ban hành after a title without về",
			in:   "Theo Quy định 29-QĐ/TW năm 2016 thi hành Điều lệ Đảng do Ban Chấp hành Trung ương ban hành, chi bộ có từ 3 đảng viên chính thức.",
			docs: []doc{{kind: schema.Regulation, number: "29", code: "29-QĐ/TW", issuer: "Ban Chấp hành Trung ương", year: 2016}},
		},
		{
			name: "issued jointly (do Bộ Chính trị, Ban Bí thư ban hành): the first issuer and the day",
			in:   "Quy định số 105-QĐ/TW do Bộ Chính trị, Ban Bí thư ban hành ngày 19/12/2017 về phân cấp quản lý cán bộ.",
			docs: []doc{{kind: schema.Regulation, number: "105", code: "105-QĐ/TW", issuer: "Bộ Chính trị", year: 2017, month: 12, day: 19}},
		},
		{
			name: "a trap: units listed after do with no ban hành issue nothing",
			in:   "Nghị quyết số 15-NQ/TU do Tỉnh ủy, các ban đảng triển khai.",
			docs: []doc{{kind: schema.Resolution, number: "15", code: "15-NQ/TU"}},
		},
		{
			name: "a trap: do without ban hành is no issuer",
			in:   "Nghị quyết số 15-NQ/TU về phát triển du lịch do yêu cầu của tình hình mới.",
			docs: []doc{{kind: schema.Resolution, number: "15", code: "15-NQ/TU", subject: "phát triển du lịch do yêu cầu của tình hình mới", checkSubject: true}},
		},
		{
			name: "code at the end of the sentence",
			in:   "Tiếp tục tổ chức thực hiện có hiệu quả kết luận số 01-KL/TW.",
			docs: []doc{{kind: schema.Conclusion, number: "01", code: "01-KL/TW"}},
		},
		// One document under the page's spellings must read as it is signed,
		// or the graph holds it twice (baove.congly 2024, dc005: 09-NQ/TW and
		// "09-NQ-TW/2011" on one page; hodine, read: a page in small letters).
		{
			name: "a party code with a hyphen for its slash and its year glued on",
			in:   "Nghị quyết 09-NQ-TW/2011 ra đời 13 năm trước đã đề ra 7 phương hướng, nhiệm vụ.",
			docs: []doc{{kind: schema.Resolution, number: "09", code: "09-NQ/TW"}},
		},
		{
			name: "a party code with its year after the issuer",
			in:   "Các cấp ủy quán triệt Nghị quyết số 09-NQ/TW/2011 về doanh nhân.",
			docs: []doc{{kind: schema.Resolution, number: "09", code: "09-NQ/TW"}},
		},
		{
			name: "a sign printed in small letters",
			in:   "sau đó, bộ chính trị đã ban hành chỉ thị số 03-ct/tw ngày 14/5/2011 về tiếp tục đẩy mạnh học tập và làm theo tấm gương đạo đức hồ chí minh.",
			docs: []doc{{kind: schema.Directive, number: "03", code: "03-CT/TW", issuer: "bộ chính trị", year: 2011, month: 5, day: 14}},
		},
		{
			name: "a sign printed apart with a capital to each word",
			in:   "Hội nghị quán triệt Nghị Quyết Số 36 Nq/tw Về Chiến Lược Phát Triển Bền Vững Kinh Tế Biển.",
			docs: []doc{{kind: schema.Resolution, number: "36", code: "36-NQ/TW"}},
		},
		{
			name: "a state code in small letters",
			in:   "Căn cứ Nghị định số 13/2023/nđ-cp ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu cá nhân.",
			docs: []doc{{kind: schema.OtherDoc, number: "13", code: "13/2023/NĐ-CP", issuer: "Chính phủ", year: 2023, month: 4, day: 17}},
		},
		{
			name: "trap: a kind's small letter stays (QĐi), and so does a number's (06b)",
			in:   "Thực hiện Quy định số 07-QĐi/TW của Bộ Chính trị và Nghị quyết số 06b/NQ-TLĐ của Đoàn Chủ tịch.",
			docs: []doc{{kind: schema.Regulation, number: "07", code: "07-QĐi/TW", issuer: "Bộ Chính trị"},
				{kind: schema.Resolution, number: "06b", code: "06b/NQ-TLĐ", issuer: "Đoàn Chủ tịch"}},
		},
		{
			name: "trap: a state sign with a hyphen is no party code",
			in:   "Chính phủ ban hành Nghị quyết số 01-NQ-CP về nhiệm vụ năm 2024.",
			docs: []doc{{kind: schema.Resolution, number: "01", code: "01-NQ-CP", issuer: "Chính phủ"}},
		},
		// The day a document was issued, told by its verb (doanhnghiephungyen,
		// dc004; truyenhinhthanhnien, dc008).
		{
			name: "ban hành ngày after the code dates the document",
			in:   "Nghị quyết số 09-NQ/TW ngày 09/12/2011, tiếp đến là Nghị quyết 41-NQ/TW ban hành ngày 10/10/2023 đã tiếp sức, góp phần phát triển đội ngũ doanh nhân Việt Nam ngày càng lớn mạnh.",
			docs: []doc{{kind: schema.Resolution, number: "09", code: "09-NQ/TW", year: 2011, month: 12, day: 9},
				{kind: schema.Resolution, number: "41", code: "41-NQ/TW", year: 2023, month: 10, day: 10}},
		},
		{
			name: "mới được ban hành ngày: the adverbs passive skips",
			in:   "Nghị quyết 41-NQ/TW mới được ban hành ngày 10/10/2023 về xây dựng và phát huy vai trò của đội ngũ doanh nhân.",
			docs: []doc{{kind: schema.Resolution, number: "41", code: "41-NQ/TW", year: 2023, month: 10, day: 10}},
		},
		{
			name: "được ký ban hành vào ngày",
			in:   "Chỉ thị số 35-CT/TW đã được ký ban hành vào ngày 30/5/2019.",
			docs: []doc{{kind: schema.Directive, number: "35", code: "35-CT/TW", year: 2019, month: 5, day: 30}},
		},
		{
			name: "ban hành DOCUMENT vào năm: the object's year",
			in:   "Ban Chấp hành Trung ương Đoàn đã tổ chức các hội nghị học tập, quán triệt, đồng thời ban hành Chương trình hành động số 56 vào năm 2008 để thực hiện Nghị quyết.",
			docs: []doc{{kind: schema.Program, number: "56", year: 2008}},
		},
		{
			name: "trap: vào năm after another verb dates the doing",
			in:   "Tỉnh ủy tổ chức thực hiện Nghị quyết số 25 vào năm 2009 với nhiều kết quả.",
			docs: []doc{{kind: schema.Resolution, number: "25"}},
		},
		{
			name: "trap: a day after ban hành and a comma opens the next clause",
			in:   "Sau khi Nghị quyết số 12-NQ/TU ban hành, ngày 20/10/2022 Tỉnh ủy tổ chức hội nghị quán triệt.",
			docs: []doc{{kind: schema.Resolution, number: "12", code: "12-NQ/TU"}},
		},
		// thuvienphapluat 2009 (c008): the last Căn cứ line ends with a comma
		// before the preamble's next formula.
		{
			name: "a subject ends before Nay ban hành",
			in:   "- Căn cứ Nghị quyết số 27-NQ/TW về tiếp tục đổi mới phương thức lãnh đạo của Đảng đối với hoạt động của hệ thống chính trị, Nay ban hành “Quy định về quan hệ lãnh đạo, chỉ đạo của Bộ Chính trị”.",
			docs: []doc{{kind: schema.Resolution, number: "27", code: "27-NQ/TW",
				subject: "tiếp tục đổi mới phương thức lãnh đạo của Đảng đối với hoạt động của hệ thống chính trị", checkSubject: true}},
		},
		{
			name: "trap: a subject's own comma and capitals stay",
			in:   "Thực hiện Nghị quyết số 15-NQ/TW về phát triển Thủ đô Hà Nội, Thành phố Hồ Chí Minh và các đô thị lớn.",
			docs: []doc{{kind: schema.Resolution, number: "15", code: "15-NQ/TW",
				subject: "phát triển Thủ đô Hà Nội, Thành phố Hồ Chí Minh và các đô thị lớn", checkSubject: true}},
		},
		{
			name: "bare number, issuer, term of the issuing committee",
			in:   "Tổng kết thực hiện Nghị quyết 18 của Ban Chấp hành Trung ương Đảng khoá XII.",
			docs: []doc{{kind: schema.Resolution, number: "18", issuer: "Ban Chấp hành Trung ương Đảng", wantIssuerTermKhoa: 12}},
		},
		{
			name: "two resolutions in one phrase",
			in:   "Thực hiện tốt Nghị quyết Trung ương 4 khóa 12, 13.",
			docs: []doc{{kind: schema.Resolution, name: "Nghị quyết Trung ương 4 khóa XII"}, {kind: schema.Resolution, name: "Nghị quyết Trung ương 4 khóa XIII"}},
		},
		{
			name: "a chain: the issuer printed once serves the pair",
			in:   "Thực hiện Kết luận số 01 về tiếp tục thực hiện Chỉ thị số 05 của Bộ Chính trị về “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.",
			docs: []doc{
				{kind: schema.Conclusion, number: "01", issuer: "Bộ Chính trị", checkSubject: true},
				{kind: schema.Directive, number: "05", issuer: "Bộ Chính trị", subject: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", checkSubject: true},
			},
			links: []recognize.LinkMention{{From: 0, To: 1, Relation: Continues}},
		},
		{
			name: "state code",
			in:   "Thực hiện Nghị định số 15/2023/NĐ-CP của Chính phủ.",
			docs: []doc{{kind: schema.OtherDoc, number: "15", code: "15/2023/NĐ-CP", issuer: "Chính phủ"}},
		},
		{
			// The article's own congress's resolution is one only where the
			// sentence reports its adoption.
			name: "a congress's resolution, and the article's own in advice",
			in:   "Nghị quyết Đại hội XII của Đảng và Nghị quyết đại hội đi vào cuộc sống.",
			docs: []doc{{kind: schema.Resolution, name: "Nghị quyết Đại hội XII của Đảng"}},
		},
		{
			name: "the article's own, adopted",
			in:   "Đại hội đã biểu quyết thông qua Nghị quyết đại hội với sự nhất trí cao.",
			docs: []doc{{kind: schema.Resolution, name: "Nghị quyết Đại hội", own: true}},
		},
		{
			name: "a bare number the subject of a relation",
			in:   "Quy định 69 thay thế Quy định số 102-QĐ/TW ngày 15/11/2017 của Bộ Chính trị.",
			docs: []doc{
				{kind: schema.Regulation, number: "69"},
				{kind: schema.Regulation, number: "102", code: "102-QĐ/TW", issuer: "Bộ Chính trị", year: 2017, month: 11, day: 15},
			},
			links: []recognize.LinkMention{{From: 0, To: 1, Relation: Replaces}},
		},
		{
			name: "a youth union's standing committee issues, on the day the sentence opens with",
			in:   "Trước đó, ngày 7/9/2017, Ban Thường vụ Tỉnh đoàn ban hành Hướng dẫn số 03-HD/TĐTN về công tác nhân sự đại hội.",
			docs: []doc{{kind: schema.Instruction, number: "03", code: "03-HD/TĐTN", issuer: "Ban Thường vụ Tỉnh đoàn", year: 2017, month: 9, day: 7}},
		},
		{
			name: "two documents issued for one purpose both carry it out",
			in:   "Đảng ủy xã ban hành Kế hoạch số 45-KH/ĐU và Chương trình số 12-CTr/ĐU để thực hiện Nghị quyết 03.",
			docs: []doc{
				{kind: schema.Plan, number: "45", code: "45-KH/ĐU", issuer: "Đảng ủy xã"},
				{kind: schema.Program, number: "12", code: "12-CTr/ĐU", issuer: "Đảng ủy xã"},
				{kind: schema.Resolution, number: "03"},
			},
			links: []recognize.LinkMention{{From: 1, To: 2, Relation: Implements}, {From: 0, To: 2, Relation: Implements}},
		},
		{
			name: "a bare relation qualifies the nearest document only",
			in:   "Các chi bộ học tập Chỉ thị số 35-CT/TW và Kế hoạch số 10-KH/TU thực hiện Nghị quyết số 57-NQ/TW.",
			docs: []doc{
				{kind: schema.Directive, number: "35", code: "35-CT/TW"},
				{kind: schema.Plan, number: "10", code: "10-KH/TU"},
				{kind: schema.Resolution, number: "57", code: "57-NQ/TW"},
			},
			links: []recognize.LinkMention{{From: 1, To: 2, Relation: Implements}},
		},
		{
			name: "a replacement after the subject, without a comma",
			in:   "Quy định số 148-QĐ/TW ngày 23/5/2024 của Bộ Chính trị về thẩm quyền của người đứng đầu trong công tác cán bộ thay thế Quy định số 50-QĐ/TW.",
			docs: []doc{
				{kind: schema.Regulation, number: "148", code: "148-QĐ/TW", issuer: "Bộ Chính trị", year: 2024, month: 5, day: 23},
				{kind: schema.Regulation, number: "50", code: "50-QĐ/TW"},
			},
			links: []recognize.LinkMention{{From: 0, To: 1, Relation: Replaces}},
		},
		{
			name: "a decision the sentence issues carries out what follows its subject",
			in:   "Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1456-QĐ/TU về việc luân chuyển cán bộ, thực hiện Quy định số 65-QĐ/TW ngày 28/4/2022 của Bộ Chính trị.",
			docs: []doc{
				{kind: schema.Decision, number: "1456", code: "1456-QĐ/TU", issuer: "Ban Thường vụ Tỉnh ủy"},
				{kind: schema.Regulation, number: "65", code: "65-QĐ/TW", issuer: "Bộ Chính trị", year: 2022, month: 4, day: 28},
			},
			links: []recognize.LinkMention{{From: 0, To: 1, Relation: Implements}},
		},
		{
			name: "a directive studied about a subject is followed by what the sentence does next",
			in:   "Hội nghị quán triệt Chỉ thị số 05-CT/TW về công tác cán bộ, triển khai Kế hoạch số 06-KH/TU.",
			docs: []doc{
				{kind: schema.Directive, number: "05", code: "05-CT/TW"},
				{kind: schema.Plan, number: "06", code: "06-KH/TU"},
			},
		},
		{
			name: "replaced, in the passive: the later document replaces the earlier",
			in:   "Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng được thay thế bởi Quy định số 232-QĐ/TW.",
			docs: []doc{
				{kind: schema.Regulation, number: "24", code: "24-QĐ/TW", issuer: "Ban Chấp hành Trung ương", year: 2021, month: 7, day: 30,
					subject: "thi hành Điều lệ Đảng", checkSubject: true},
				{kind: schema.Regulation, number: "232", code: "232-QĐ/TW"},
			},
			links: []recognize.LinkMention{{From: 1, To: 0, Relation: Replaces}},
		},
		{
			name: "an issuer's name does not run into the next document of a list",
			in:   "Thực hiện Hướng dẫn số 36-HD/BTGTW ngày 20/5/2024 của Ban Tuyên giáo Trung ương và Kế hoạch số 215-KH/TU của Tỉnh ủy.",
			docs: []doc{
				{kind: schema.Instruction, number: "36", code: "36-HD/BTGTW", issuer: "Ban Tuyên giáo Trung ương", year: 2024, month: 5, day: 20},
				{kind: schema.Plan, number: "215", code: "215-KH/TU", issuer: "Tỉnh ủy"},
			},
		},
		{
			name: "a department whose name joins two words with và stays whole",
			in:   "Căn cứ Quyết định số 15/QĐ-SKHĐT của Sở Kế hoạch và Đầu tư tỉnh Lào Cai.",
			docs: []doc{{kind: schema.Decision, number: "15", code: "15/QĐ-SKHĐT", issuer: "Sở Kế hoạch và Đầu tư tỉnh Lào Cai"}},
		},
		{
			name: "a pair of one kind and sign prints its day once",
			in:   "Ủy ban MTTQ các cấp thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.",
			docs: []doc{
				{kind: schema.Decision, number: "217", code: "217-QĐ/TW", issuer: "Bộ Chính trị", year: 2013, month: 12, day: 12},
				{kind: schema.Decision, number: "218", code: "218-QĐ/TW", issuer: "Bộ Chính trị", year: 2013, month: 12, day: 12},
			},
		},
		{
			name: "documents of two kinds listed together were issued apart",
			in:   "Thực hiện Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.",
			docs: []doc{
				{kind: schema.Directive, number: "05", code: "05-CT/TW", issuer: "Bộ Chính trị"},
				{kind: schema.Conclusion, number: "01", code: "01-KL/TW", issuer: "Bộ Chính trị", year: 2021, month: 5, day: 18},
			},
		},
		{
			name: "a year that opens the sentence dates the documents it issues",
			in:   "Năm 2017, Ban Thường vụ Huyện ủy đã ban hành Kết luận số 01-KL/HU về tiếp tục thực hiện Chỉ thị số 05-CT/TW.",
			docs: []doc{
				{kind: schema.Conclusion, number: "01", code: "01-KL/HU", issuer: "Ban Thường vụ Huyện ủy", year: 2017},
				{kind: schema.Directive, number: "05", code: "05-CT/TW"},
			},
			links: []recognize.LinkMention{{From: 0, To: 1, Relation: Implements}},
		},
		{
			name: "a month without its year dates nothing",
			in:   "Tháng 3, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 34-KH/HU.",
			docs: []doc{{kind: schema.Plan, number: "34", code: "34-KH/HU", issuer: "Ban Thường vụ Huyện ủy"}},
		},
		{
			name: "an instruction made under another follows it",
			in:   "Ban Thường vụ Tỉnh đoàn ban hành Hướng dẫn số 03-HD/TĐTN về công tác nhân sự đại hội theo Hướng dẫn số 45-HD/TWĐTN-BTC của Ban Bí thư Trung ương Đoàn.",
			docs: []doc{
				{kind: schema.Instruction, number: "03", code: "03-HD/TĐTN", issuer: "Ban Thường vụ Tỉnh đoàn", subject: "công tác nhân sự đại hội", checkSubject: true},
				{kind: schema.Instruction, number: "45", code: "45-HD/TWĐTN-BTC", issuer: "Ban Bí thư Trung ương Đoàn"},
			},
			links: []recognize.LinkMention{{From: 0, To: 1, Relation: Cites}},
		},
		{
			name: "a resolution about a subject studied under a directive is no link",
			in:   "Các chi bộ học tập Nghị quyết số 05-NQ/TU về phát triển du lịch theo Hướng dẫn số 12-HD/BTGTW.",
			docs: []doc{
				{kind: schema.Resolution, number: "05", code: "05-NQ/TU"},
				{kind: schema.Instruction, number: "12", code: "12-HD/BTGTW"},
			},
		},
		{
			name: "a women's union's scheme, its sign naming the subject that builds it",
			in:   "Ban Thường vụ Hội LHPN tỉnh xây dựng Đề án số 01-ĐA/HPN về hỗ trợ phụ nữ khởi nghiệp giai đoạn 2018 - 2020.",
			docs: []doc{{kind: schema.Scheme, number: "01", code: "01-ĐA/HPN", issuer: "Ban Thường vụ Hội LHPN tỉnh"}},
		},
		{
			name: "a subject its sign does not name issues nothing",
			in:   "Ban Thường vụ Tỉnh ủy chỉ đạo triển khai Đề án số 01-ĐA/HPN về hỗ trợ phụ nữ khởi nghiệp.",
			docs: []doc{{kind: schema.Scheme, number: "01", code: "01-ĐA/HPN"}},
		},
		{
			name: "a list prints its issuer once, after the last item",
			in:   "Triển khai Nghị quyết số 57-NQ/TW, Nghị quyết số 66-NQ/TW, Nghị quyết số 68-NQ/TW và Nghị quyết số 59-NQ/TW của Bộ Chính trị.",
			docs: []doc{
				{kind: schema.Resolution, number: "57", code: "57-NQ/TW", issuer: "Bộ Chính trị"},
				{kind: schema.Resolution, number: "66", code: "66-NQ/TW", issuer: "Bộ Chính trị"},
				{kind: schema.Resolution, number: "68", code: "68-NQ/TW", issuer: "Bộ Chính trị"},
				{kind: schema.Resolution, number: "59", code: "59-NQ/TW", issuer: "Bộ Chính trị"},
			},
		},
		{
			name: "a list of signs that differ keeps each its own",
			in:   "Triển khai Kế hoạch số 12-KH/TU, Nghị quyết số 66-NQ/TW và Nghị quyết số 59-NQ/TW của Bộ Chính trị.",
			docs: []doc{
				{kind: schema.Plan, number: "12", code: "12-KH/TU"},
				{kind: schema.Resolution, number: "66", code: "66-NQ/TW", issuer: "Bộ Chính trị"},
				{kind: schema.Resolution, number: "59", code: "59-NQ/TW", issuer: "Bộ Chính trị"},
			},
		},
		{
			name: "a pair of numbers apart was issued apart",
			in:   "Quán triệt Nghị quyết số 57-NQ/TW và Nghị quyết số 59-NQ/TW ngày 24/1/2025 của Bộ Chính trị.",
			docs: []doc{
				{kind: schema.Resolution, number: "57", code: "57-NQ/TW", issuer: "Bộ Chính trị"},
				{kind: schema.Resolution, number: "59", code: "59-NQ/TW", issuer: "Bộ Chính trị", year: 2025, month: 1, day: 24},
			},
		},
		{name: "a count carries nothing out", in: "Kế hoạch 2 năm thực hiện các chỉ tiêu đề ra."},
		{
			name: "a government submission",
			in:   "Quốc hội xem xét Tờ trình số 312/TTr-CP của Chính phủ và dự thảo Nghị quyết.",
			docs: []doc{{kind: schema.OtherDoc, number: "312", code: "312/TTr-CP", issuer: "Chính phủ"}},
		},
		{name: "a submission without number", in: "Bộ trưởng trình bày tờ trình về dự án luật."},
		{name: "a congress to come", in: "Dự thảo chương trình hành động có tích hợp nghị quyết Đại hội đại biểu Đảng bộ TPHCM lần I."},
		{name: "generic kinds", in: "Học tập các nghị quyết, chỉ thị, kết luận... của Đảng và Nghị quyết của Trung ương."},
		{name: "the congresses at every level", in: "Thực hiện Nghị quyết Đại hội Đảng các cấp."},
		{name: "a verb", in: "Thực hiện tốt trách nhiệm nêu gương theo quy định."},
		{name: "a count", in: "Điều lệ quy định 5 nguyên tắc tổ chức."},
		{name: "a plan without number", in: "Xây dựng kế hoạch cải cách hành chính và chương trình hành động."},
		{name: "a year, not a number", in: "Kế hoạch 2025 đã được thông qua."},
		{name: "a congress report", in: "Thông qua Báo cáo chính trị của Ban Chấp hành."},
		{
			// tuachua 2023 (read): a comma between the plenum's number and
			// its committee.
			name: "a plenum's resolution with a comma before its committee",
			in:   "Bộ Chính trị tổ chức Hội nghị toàn quốc quán triệt các Nghị quyết Hội nghị lần thứ Tám, Ban Chấp hành Trung ương Đảng khóa XIII, bằng hình thức trực tuyến.",
			docs: []doc{{kind: schema.Resolution, name: "Nghị quyết Trung ương 8 khóa XIII"}},
		},
		{name: "a plenum's number and a comma before no committee", in: "Thực hiện Nghị quyết Hội nghị lần thứ Tám, tỉnh đã đạt nhiều kết quả."},
		{
			// tuoitre 2024 (read): a party resolution by number and year.
			name: "a resolution by number and year with its issuer",
			in:   "Nhìn lại 7 năm thực hiện nghị quyết 18/2017 của Trung ương về sắp xếp tổ chức bộ máy, ông nhìn nhận thế nào?",
			docs: []doc{{kind: schema.Resolution, number: "18", issuer: "Trung ương", year: 2017}},
		},
		{name: "a month and year after a kind that needs số", in: "Tỉnh ủy triển khai Kế hoạch 12/2024 của Ban Thường vụ."},
		{name: "a number and year with no issuer after a kind that needs số", in: "Nghị quyết 18/2017 đã đi vào cuộc sống."},
		{
			// Bare numbers listed: each a document, the issuer after the last
			// issuing all.
			name: "bare numbers listed share the issuer",
			in:   "Tỉnh ủy quán triệt Nghị quyết số 18, 19 của Ban Chấp hành Trung ương Đảng khóa XII.",
			docs: []doc{
				{kind: schema.Resolution, number: "18", issuer: "Ban Chấp hành Trung ương Đảng", wantIssuerTermKhoa: 12},
				{kind: schema.Resolution, number: "19", issuer: "Ban Chấp hành Trung ương Đảng", wantIssuerTermKhoa: 12},
			},
		},
		{
			name: "bare numbers listed after another document",
			in:   "Thực hiện Chỉ thị 05 và Quy định 101, 55 của Bộ Chính trị.",
			docs: []doc{
				{kind: schema.Directive, number: "05", issuer: "Bộ Chính trị"},
				{kind: schema.Regulation, number: "101", issuer: "Bộ Chính trị"},
				{kind: schema.Regulation, number: "55", issuer: "Bộ Chính trị"},
			},
		},
		{name: "a count after a listed number", in: "Nghị quyết 18, 19 tỉnh đã hoàn thành.", docs: []doc{{kind: schema.Resolution, number: "18"}}},
		{name: "years after a listed number", in: "Sau Chỉ thị 05, 10 năm qua tỉnh đã làm tốt.", docs: []doc{{kind: schema.Directive, number: "05"}}},
		{name: "a year after a number", in: "Kế hoạch số 12, 2025 là năm bản lề.", docs: []doc{{kind: schema.Plan, number: "12"}}},
		{
			// hatinh24h 2020 (as008): a state-form sign's second part after a
			// spaced dash (2735/VPCP - QHĐP), read as 2735/VPCP with an extra
			// document before; trap: a word in small letters after the dash.
			name: "a state sign's second part printed apart after a dash",
			in:   "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng đã ký công văn số 2735/VPCP - QHĐP, thông báo kết luận của Thủ tướng Chính phủ.",
			docs: []doc{{kind: schema.OtherDoc, number: "2735", code: "2735/VPCP-QHĐP"}},
		},
		{
			name: "trap: no sign's part after the dash",
			in:   "Công văn số 12/UBND - Thủ tướng đồng ý.",
			docs: []doc{{kind: schema.OtherDoc, number: "12", code: "12/UBND"}},
		},
		{
			// baoquangtri 2024 (read): the issuer's letters apart from a code
			// cut at its slash; traps: a spaced slash between two words, a
			// date's slash.
			name: "an issuer printed apart after the slash",
			in:   "Ngày 14/6/2024, Bộ Chính trị đã ban hành Chỉ thị số 35-CT/ TW về đại hội đảng bộ các cấp.",
			docs: []doc{{kind: schema.Directive, number: "35", code: "35-CT/TW", issuer: "Bộ Chính trị", year: 2024, month: 6, day: 14}},
		},
		{
			// baoquangtri 2024 (read): the issuing clause's date with "vừa
			// qua"; the reviewed directive keeps its own date.
			name: "an issuing clause dated with vừa qua",
			in:   "Sau khi tổng kết việc thực hiện Chỉ thị số 35- CT/TW, ngày 30/5/2019 từ Trung ương đến cơ sở, ngày 14/6/2024 vừa qua, Bộ Chính trị đã ban hành Chỉ thị số 35-CT/ TW về đại hội đảng bộ các cấp.",
			docs: []doc{
				{kind: schema.Directive, number: "35", code: "35-CT/TW", year: 2019, month: 5, day: 30},
				{kind: schema.Directive, number: "35", code: "35-CT/TW", issuer: "Bộ Chính trị", year: 2024, month: 6, day: 14},
			},
		},
		{
			name: "an issuer printed apart before the slash",
			in:   "Quán triệt Chỉ thị số 35-CT /TW của Bộ Chính trị.",
			docs: []doc{{kind: schema.Directive, number: "35", code: "35-CT/TW", issuer: "Bộ Chính trị"}},
		},
		{
			name: "the party sign in the state form after a spaced slash",
			in:   "Quán triệt Chỉ thị số 35/ CT-TW của Bộ Chính trị.",
			docs: []doc{{kind: schema.Directive, number: "35", code: "35-CT/TW", issuer: "Bộ Chính trị"}},
		},
		{
			name: "a spaced slash between words is no code",
			in:   "Thực hiện Kế hoạch số 12-KH / TU và các văn bản khác.",
			docs: []doc{{kind: schema.Plan, number: "12", code: "12-KH"}},
		},
		{
			// baomoi 2013 (realset n005): a generic word takes its party sign's kind.
			name: "văn bản with a party sign",
			in:   "Ban Tuyên giáo Trung ương đã có văn bản số 71-HD/BTGTW hướng dẫn việc học tập chuyên đề.",
			docs: []doc{{kind: schema.Instruction, number: "71", code: "71-HD/BTGTW", issuer: "Ban Tuyên giáo Trung ương"}},
		},
		{
			name: "văn bản with a state sign stays other",
			in:   "Thực hiện chỉ đạo của UBND tỉnh tại văn bản số 238/UBND-KGVX ngày 19/3/2018.",
			docs: []doc{{kind: schema.OtherDoc, number: "238", code: "238/UBND-KGVX", issuer: "UBND tỉnh", year: 2018, month: 3, day: 19}},
		},
		{
			name: "văn bản with a Thông tư's sign stays other",
			in:   "Theo văn bản số 07/2021/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội.",
			docs: []doc{{kind: schema.OtherDoc, number: "07", code: "07/2021/TT-BLĐTBXH", issuer: "Bộ Lao động - Thương binh và Xã hội"}},
		},
		{
			name: "văn bản with a công văn's sign stays other",
			in:   "Ban Thường vụ Thành ủy có văn bản số 951-CV/TU về việc này.",
			docs: []doc{{kind: schema.OtherDoc, number: "951", code: "951-CV/TU", issuer: "Ban Thường vụ Thành ủy"}},
		},
		{
			// covid19.thanhhoa (realset n014).
			name: "a committee's telegram",
			in:   "Ban Thường vụ Tỉnh ủy vừa ban hành công điện số 07-CĐ/TU về tăng cường lãnh đạo, chỉ đạo phòng, chống dịch COVID-19.",
			docs: []doc{{kind: schema.OtherDoc, number: "07", code: "07-CĐ/TU", issuer: "Ban Thường vụ Tỉnh ủy"}},
		},
		{name: "a telegram without number", in: "Công điện của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo phòng, chống dịch."},
		{
			// baoninhthuan 2019 (realset n010): the title's verb is no part of the issuer.
			name: "a decree's title after its issuer",
			in:   "Triển khai Nghị định số 59/2019/NĐ-CP ngày 1-7-2019 của Chính phủ Quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tham nhũng.",
			docs: []doc{{kind: schema.OtherDoc, number: "59", code: "59/2019/NĐ-CP", issuer: "Chính phủ", year: 2019, month: 7, day: 1}},
		},
		{
			name: "a circular's title after its issuer",
			in:   "Căn cứ Thông tư số 07/2021/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội Hướng dẫn phương pháp rà soát hộ nghèo.",
			docs: []doc{{kind: schema.OtherDoc, number: "07", code: "07/2021/TT-BLĐTBXH", issuer: "Bộ Lao động - Thương binh và Xã hội"}},
		},
		{
			// xaydungdang 2018 (realset n016).
			name: "a committee with its term adopts",
			in:   "Cách đây tròn 10 năm, Hội nghị lần thứ bảy, Ban Chấp hành Trung ương Đảng khóa X đã thông qua Nghị quyết số 26-NQ/TW về nông nghiệp, nông thôn, nông dân.",
			docs: []doc{{kind: schema.Resolution, number: "26", code: "26-NQ/TW", issuer: "Ban Chấp hành Trung ương Đảng"}},
		},
		{
			name: "a council adopts",
			in:   "HĐND tỉnh đã thông qua Nghị quyết số 15/2020/NQ-HĐND về nhiệm vụ năm 2021.",
			docs: []doc{{kind: schema.Resolution, number: "15", code: "15/2020/NQ-HĐND", issuer: "HĐND tỉnh"}},
		},
		{
			name: "a conference adopting is no issuer",
			in:   "Hội nghị đã thông qua Nghị quyết số 05-NQ/TU về phát triển du lịch.",
			docs: []doc{{kind: schema.Resolution, number: "05", code: "05-NQ/TU"}},
		},
		{
			// 8a9a282 dates a document a person signs alone by the clause's
			// day; the signer must open the clause with a title. A signing
			// told of a person (a relative clause, an admission, a
			// conclusion about him) is not dated by the day of the telling.
			name: "trap: a signing told in a relative clause is not dated by the prosecution's day",
			in:   "Ngày 10/5/2024, Cơ quan CSĐT khởi tố ông Nguyễn Văn A, nguyên Chủ tịch UBND huyện, người đã ký Quyết định số 1234/QĐ-UBND giao đất trái phép.",
			docs: []doc{{kind: schema.Decision, number: "1234", code: "1234/QĐ-UBND"}},
		},
		{
			name: "trap: a signing a conclusion tells of is not dated by the conclusion's day",
			in:   "Ngày 10/5/2024, Ủy ban Kiểm tra Trung ương kết luận ông Nguyễn Văn A đã ký Quyết định số 1234/QĐ-UBND phê duyệt dự án sai quy định.",
			docs: []doc{{kind: schema.Decision, number: "1234", code: "1234/QĐ-UBND"}},
		},
		{
			name: "trap: a signing admitted is not dated by the trial's day",
			in:   "Ngày 10/5/2024, bị cáo Nguyễn Văn A thừa nhận đã ký Quyết định số 1234/QĐ-UBND.",
			docs: []doc{{kind: schema.Decision, number: "1234", code: "1234/QĐ-UBND"}},
		},
		{
			name: "a title opening the clause signs: dated by the clause's day",
			in:   "Ngày 5/3/2024, Chủ tịch UBND tỉnh Lê Văn Bình đã ký Quyết định số 345/QĐ-UBND bổ nhiệm ông Nguyễn Văn An.",
			docs: []doc{{kind: schema.Decision, number: "345", code: "345/QĐ-UBND", year: 2024, month: 3, day: 5}},
		},
		{
			name: "thông qua as a means is no issuing",
			in:   "Cán bộ, đảng viên nắm vững chủ trương thông qua Kế hoạch số 12-KH/TU của Tỉnh ủy.",
			docs: []doc{{kind: schema.Plan, number: "12", code: "12-KH/TU", issuer: "Tỉnh ủy"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sentence(3, 10, tt.in)
			ds, ls := Find(s)
			checkSpans(t, s, ds, ls)
			if len(ds) != len(tt.docs) {
				var b strings.Builder
				render(&b, tt.in, ds, ls)
				t.Fatalf("found %d documents, want %d:\n%s", len(ds), len(tt.docs), b.String())
			}
			for i, w := range tt.docs {
				d := ds[i]
				if d.Kind != w.kind || d.Number != w.number || d.Code != w.code || d.Name != w.name || d.Issuer.Text != w.issuer || d.OwnCongress != w.own {
					t.Errorf("document %d = %s %q %q %q issuer %q own %v; want %s %q %q %q issuer %q own %v",
						i, d.Kind, d.Number, d.Code, d.Name, d.Issuer.Text, d.OwnCongress, w.kind, w.number, w.code, w.name, w.issuer, w.own)
				}
				if d.Issued != (model.When{Year: w.year, Month: w.month, Day: w.day}) {
					t.Errorf("document %d issued %v", i, d.Issued)
				}
				if w.checkSubject && d.Subject != w.subject {
					t.Errorf("document %d subject %q, want %q", i, d.Subject, w.subject)
				}
				if d.IssuerTerm != w.wantIssuerTermKhoa {
					t.Errorf("document %d khóa %d, want %d", i, d.IssuerTerm, w.wantIssuerTermKhoa)
				}
			}
			for i := range tt.links {
				tt.links[i].Sentence = s.Index
			}
			if fmt.Sprint(ls) != fmt.Sprint(tt.links) {
				t.Errorf("links %v, want %v", ls, tt.links)
			}
		})
	}
}

func TestAdd(t *testing.T) {
	var r recognize.Recognized
	s0 := recognize.NewSentence(model.Sentence{Index: 0, Text: "Quán triệt Nghị quyết số 35-NQ/TW."})
	s1 := sentence(1, 40, "Quy định số 37-QĐ/TW thay thế Quy định số 105-QĐ/TW.")
	r.Congresses = append(r.Congresses, recognize.CongressMention{Sentence: 2, Printed: recognize.Phrase{Text: "Đại hội XII của Đảng", Span: model.Span{Start: 111, End: 131}}})
	s2 := sentence(2, 100, "Nghị quyết Đại hội XII của Đảng")
	Add(&r, s0)
	Add(&r, s1)
	Add(&r, s2)
	if len(r.Documents) != 4 || len(r.Links) != 1 {
		t.Fatalf("%d documents, %d links", len(r.Documents), len(r.Links))
	}
	if l := r.Links[0]; l.From != 1 || l.To != 2 || l.Relation != Replaces || l.Sentence != 1 {
		t.Errorf("link %+v: want 1 -> 2 replaces in sentence 1", l)
	}
	if r.Documents[1].Printed.Start != 40 {
		t.Errorf("span not placed in the article: %+v", r.Documents[1].Printed)
	}
	if r.Documents[3].Congress != 0 {
		t.Errorf("congress resolution not tied: %d", r.Documents[3].Congress)
	}
}

// TestAddLead: a sentence whose subject is a document named by its kind alone
// links the document of that kind the sentence before is about.
func TestAddLead(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  string // "from -> to relation" over r.Documents' codes; "" for none
	}{
		{"subject of the sentence before", []string{
			"Chỉ thị số 28-CT/TU thay thế Chỉ thị số 07-CT/TU ngày 5/4/2021 của Ban Thường vụ Tỉnh ủy.",
			"Chỉ thị nhằm tiếp tục thực hiện Kết luận số 12-KL/TW ngày 6/8/2021 của Bộ Chính trị.",
		}, "28-CT/TU -> 12-KL/TW implements"},
		{"continues its own issuer's", []string{
			"Bộ Chính trị ban hành Kết luận số 01-KL/TW.",
			"Kết luận nhằm tiếp tục thực hiện Chỉ thị số 05-CT/TW.",
		}, "01-KL/TW -> 05-CT/TW continues"},
		{"with này and a word of purpose", []string{
			"Tỉnh ủy ban hành Kế hoạch số 10-KH/TU.",
			"Kế hoạch này nhằm cụ thể hóa Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
		}, "10-KH/TU -> 57-NQ/TW implements"},
		{"a sentence between", []string{
			"Tỉnh ủy ban hành Kế hoạch số 10-KH/TU.",
			"Hội nghị diễn ra sôi nổi.",
			"Kế hoạch nhằm triển khai Nghị quyết số 57-NQ/TW.",
		}, "10-KH/TU -> 57-NQ/TW implements"},
		{"the subject carried over a sentence that replaced another", []string{
			"Ngày 8/2, thay mặt Ban Bí thư, đồng chí Trương Thị Mai đã ký ban hành Chỉ thị số 27-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng.",
			"Chỉ thị này thay thế Chỉ thị số 50-CT/TW ngày 7/12/2015 của Bộ Chính trị.",
			"Chỉ thị nhằm tiếp tục thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khóa XII.",
		}, "27-CT/TW -> 18-NQ/TW continues"},
		{"what the document named by its kind says it reviews (sau N năm thực hiện)", []string{
			"Ngày 24/1, Bộ Chính trị ban hành Kết luận số 121-KL/TW về tổng kết Nghị quyết số 18-NQ/TW.",
			"Kết luận nêu rõ, sau 7 năm thực hiện Nghị quyết số 19-NQ/TW, tổ chức bộ máy được sắp xếp.",
		}, "121-KL/TW -> 19-NQ/TW cites"},
		{"what it says without reviewing is no link", []string{
			"Ngày 24/1, Bộ Chính trị ban hành Kết luận số 121-KL/TW.",
			"Kết luận nêu rõ, các cấp ủy quán triệt Nghị quyết số 19-NQ/TW.",
		}, ""},
		{"a plan issued to carry out the document the sentence before names", []string{
			"Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ.",
			"Để triển khai thực hiện Nghị quyết, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 10-KH/TU.",
		}, "10-KH/TU -> 57-NQ/TW implements"},
		{"carrying out several documents of a kind links none", []string{
			"Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW.",
			"Thực hiện các Nghị quyết, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 10-KH/TU.",
		}, ""},
		{"carrying out a kind the sentence before does not name links none", []string{
			"Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW.",
			"Thực hiện Chỉ thị này, Huyện ủy đã ban hành Kế hoạch số 22-KH/HU.",
		}, ""},
		{"another kind before", []string{
			"Tỉnh ủy ban hành Kế hoạch số 10-KH/TU.",
			"Chỉ thị nhằm triển khai Nghị quyết số 57-NQ/TW.",
		}, ""},
		{"too far back", []string{
			"Tỉnh ủy ban hành Kế hoạch số 10-KH/TU.",
			"Hội nghị diễn ra sôi nổi.",
			"Các đại biểu thảo luận.",
			"Kế hoạch nhằm triển khai Nghị quyết số 57-NQ/TW.",
		}, ""},
		{"citing is not a link", []string{
			"Tỉnh ủy ban hành Chỉ thị số 28-CT/TU.",
			"Theo Chỉ thị, các cấp ủy quán triệt Quy định số 131-QĐ/TW.",
		}, ""},
		{"what the document is for", []string{
			"Tỉnh ủy ban hành Kế hoạch số 15-KH/TU về phát triển khoa học.",
			"Mục đích của Kế hoạch là triển khai thực hiện có hiệu quả Nghị quyết số 57-NQ/TW.",
		}, "15-KH/TU -> 57-NQ/TW implements"},
		{"what it is built on", []string{
			"Ngày 3/2, Tỉnh ủy ban hành Kế hoạch số 15-KH/TU về phát triển khoa học.",
			"Kế hoạch được xây dựng trên cơ sở cụ thể hóa Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
		}, "15-KH/TU -> 57-NQ/TW implements"},
		{"what it asks to carry out", []string{
			"Ngày 3/2, Tỉnh ủy ban hành Kế hoạch số 15-KH/TU về phát triển khoa học.",
			"Theo Kế hoạch, các cấp ủy quán triệt, triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
		}, "15-KH/TU -> 57-NQ/TW implements"},
		{"as planned, in small letters, is no document", []string{
			"Ngày 3/2, Tỉnh ủy ban hành Kế hoạch số 15-KH/TU về phát triển khoa học.",
			"Theo kế hoạch, các cấp ủy quán triệt, triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
		}, ""},
		{"nor a kind the sentences before do not name", []string{
			"Ngày 3/2, Tỉnh ủy ban hành Kế hoạch số 15-KH/TU về phát triển khoa học.",
			"Theo Chỉ thị, các cấp ủy triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
		}, ""},
		{"a plan the page prints, carrying out a list (issue 10)", []string{
			"ĐẢNG BỘ TỈNH BÌNH ĐỊNH",
			"TỈNH ỦY",
			"Số: 45-KH/TU",
			"Bình Định, ngày 10 tháng 4 năm 2025",
			"KẾ HOẠCH",
			"phát triển khoa học, công nghệ",
			"Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị; Kết luận số 123-KL/TW ngày 24/1/2025 của Ban Chấp hành Trung ương Đảng; Chỉ thị số 45-CT/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:",
		}, "45-KH/TU -> 57-NQ/TW implements; 45-KH/TU -> 123-KL/TW implements; 45-KH/TU -> 45-CT/TW implements"},
		{"a plan the news names, carrying out a list (lite.baomoi 2025)", []string{
			"Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 45-KH/TU về phát triển khoa học, công nghệ.",
			"Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị; Kết luận số 123-KL/TW ngày 24/1/2025 của Ban Chấp hành Trung ương Đảng; Chỉ thị số 45-CT/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:",
		}, "45-KH/TU -> 57-NQ/TW implements; 45-KH/TU -> 123-KL/TW implements; 45-KH/TU -> 45-CT/TW implements"},
		{"another unit's plan is not the one named", []string{
			"Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 45-KH/TU về phát triển khoa học, công nghệ.",
			"Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện.",
		}, ""},
		{"nor every district's plan in small letters", []string{
			"Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 45-KH/TU về phát triển khoa học, công nghệ.",
			"Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, các huyện ủy ban hành kế hoạch thực hiện.",
		}, ""},
		{"nor a document of another kind", []string{
			"Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 45-KH/TU về phát triển khoa học, công nghệ.",
			"Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị về tăng cường lãnh đạo.",
		}, ""},
		{"carried out in a manner listed with a comma (issue 10)", []string{
			"Kế hoạch số 20-KH/TU nhằm triển khai thực hiện nghiêm túc, hiệu quả Kết luận số 14-KL/TW của Bộ Chính trị.",
		}, "20-KH/TU -> 14-KL/TW implements"},
		{"a manner then another clause is no list", []string{
			"Kế hoạch số 20-KH/TU nhằm triển khai thực hiện nghiêm túc, Hội nghị cũng giới thiệu Kết luận số 14-KL/TW của Bộ Chính trị.",
		}, ""},
		{"a regulation named by its kind takes effect and replaces another", []string{
			"Bộ Chính trị ban hành Quy định số 80-QĐ/TW về phân cấp quản lý cán bộ.",
			"Quy định có hiệu lực từ ngày ký và thay thế Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị.",
		}, "80-QĐ/TW -> 105-QĐ/TW replaces"},
		{"taking effect, then what others do with another document", []string{
			"Bộ Chính trị ban hành Quy định số 80-QĐ/TW về phân cấp quản lý cán bộ.",
			"Quy định có hiệu lực từ ngày ký, các cấp ủy triển khai Quy định số 22-QĐ/TW.",
		}, ""},
		{"what the document named by its kind asks to carry on with", []string{
			"Ngày 24/1, Bộ Chính trị ban hành Kết luận số 121-KL/TW.",
			"Kết luận yêu cầu các cấp ủy tiếp tục thực hiện nghiêm Nghị quyết số 18-NQ/TW.",
		}, "121-KL/TW -> 18-NQ/TW continues"},
		{"what it asks to review is no link", []string{
			"Ngày 24/1, Bộ Chính trị ban hành Kết luận số 121-KL/TW.",
			"Kết luận yêu cầu các cấp ủy rà soát, đánh giá Nghị quyết số 18-NQ/TW.",
		}, ""},
		{"concluding a meeting is no document asking", []string{
			"Ngày 24/1, Bộ Chính trị ban hành Kết luận số 121-KL/TW.",
			"Kết luận hội nghị, đồng chí Bí thư yêu cầu các cấp ủy thực hiện Nghị quyết số 18-NQ/TW.",
		}, ""},
		{"the issuer of the document the lead reports asks (ngaynay 2025)", []string{
			"Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận số 185-KL/TW, ngày 22/8/2025 về tăng cường lãnh đạo, chỉ đạo công tác tổ chức Đại hội Đảng bộ các cấp.",
			"Bộ Chính trị, Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng tiếp tục quán triệt, thực hiện nghiêm túc Chỉ thị số 45-CT/TW, ngày 14/4/2025 của Bộ Chính trị về việc tổ chức Đại hội Đảng bộ các cấp.",
		}, "185-KL/TW -> 45-CT/TW continues"},
		{"another unit asking carries out nothing of the lead's", []string{
			"Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận số 185-KL/TW về công tác tổ chức Đại hội Đảng bộ các cấp.",
			"Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy tiếp tục thực hiện nghiêm túc Chỉ thị số 45-CT/TW của Bộ Chính trị.",
		}, ""},
		{"nor does a lead naming two documents", []string{
			"Thay mặt Bộ Chính trị, Thường trực Ban Bí thư ký ban hành Kết luận số 185-KL/TW và Quy định số 300-QĐ/TW.",
			"Bộ Chính trị yêu cầu các cấp ủy tiếp tục thực hiện nghiêm túc Chỉ thị số 45-CT/TW.",
		}, ""},
		{"a decision the page prints takes effect after some days and replaces another (luatminhkhue 2014)", []string{
			"ỦY BAN NHÂN DÂN",
			"TỈNH LONG AN",
			"Số: 14/2014/QĐ-UBND",
			"Long An, ngày 10 tháng 03 năm 2014",
			"QUYẾT ĐỊNH",
			"Quyết định này có hiệu lực thi hành sau 10 (mười) ngày kể từ ngày ký ban hành và thay thế Quyết định số 44/2010/QĐ-UBND ngày 28/10/2010 của UBND tỉnh Long An.",
		}, "14/2014/QĐ-UBND -> 44/2010/QĐ-UBND replaces"},
		{"taking effect after some days replaces nothing unsaid", []string{
			"ỦY BAN NHÂN DÂN",
			"TỈNH LONG AN",
			"Số: 14/2014/QĐ-UBND",
			"Long An, ngày 10 tháng 03 năm 2014",
			"QUYẾT ĐỊNH",
			"Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký; các sở căn cứ Quyết định số 44/2010/QĐ-UBND để thi hành.",
		}, ""},
		{"repealed and replaced by a later one (caselaw 2011)", []string{
			"Nghị quyết số 10/2009/NQ-HĐND ngày 17/07/2009 của Hội đồng nhân dân tỉnh Yên Bái bị bãi bỏ, thay thế bởi Nghị quyết số 24/2011/NQ-HĐND ngày 05/08/2011 của Hội đồng nhân dân tỉnh Yên Bái.",
		}, "24/2011/NQ-HĐND -> 10/2009/NQ-HĐND replaces"},
		{"replaced, in the passive with bị", []string{
			"Quy định số 105-QĐ/TW bị thay thế bởi Quy định số 80-QĐ/TW.",
		}, "80-QĐ/TW -> 105-QĐ/TW replaces"},
		{"repealed by a decision is not replaced by it", []string{
			"Nghị quyết số 10/2009/NQ-HĐND bị bãi bỏ bởi Quyết định số 19/2023/QĐ-UBND của Ủy ban nhân dân tỉnh.",
		}, ""},
		{"disciplined by another is no link", []string{
			"Quy định số 105-QĐ/TW bị vi phạm, theo Kết luận số 80-KL/TW.",
		}, ""},
		{"what an instruction's subject carries out (issue 10)", []string{
			"Ban Tổ chức Trung ương ban hành Hướng dẫn số 36-HD/BTCTW ngày 20/1/2025 về một số nội dung cụ thể thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.",
		}, "36-HD/BTCTW -> 35-CT/TW implements"},
		{"an instruction guiding some of a regulation", []string{
			"Hướng dẫn số 02-HD/TW ngày 9/12/2021 của Ban Bí thư hướng dẫn một số nội dung của Quy định số 24-QĐ/TW.",
		}, "02-HD/TW -> 24-QĐ/TW implements"},
		{"an instruction listed after a comma is no guiding", []string{
			"Kế hoạch số 10-KH/TU, Hướng dẫn số 36-HD/BTCTW và Chỉ thị số 35-CT/TW được quán triệt.",
		}, ""},
		{"a list run on with semicolons after the relation", []string{
			"Chương trình hành động số 30-CTr/TU thực hiện Nghị quyết số 57-NQ/TW; Nghị quyết số 59-NQ/TW; Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ Chính trị.",
		}, "30-CTr/TU -> 57-NQ/TW implements; 30-CTr/TU -> 59-NQ/TW implements; 30-CTr/TU -> 66-NQ/TW implements; 30-CTr/TU -> 68-NQ/TW implements"},
		{"plans listed with semicolons each carry out their own", []string{
			"Kế hoạch số 10-KH/TU thực hiện Nghị quyết số 57-NQ/TW; Kế hoạch số 11-KH/TU thực hiện Nghị quyết số 66-NQ/TW.",
		}, "10-KH/TU -> 57-NQ/TW implements; 11-KH/TU -> 66-NQ/TW implements"},
		{"an item after a semicolon with a relation of its own is no target", []string{
			"Kế hoạch số 10-KH/TU thực hiện Nghị quyết số 57-NQ/TW; Nghị quyết số 66-NQ/TW thay thế Nghị quyết số 52-NQ/TW.",
		}, "10-KH/TU -> 57-NQ/TW implements; 66-NQ/TW -> 52-NQ/TW replaces"},
		{"issued on a day, replacing another", []string{
			"Quy định số 22-QĐ/TW ban hành ngày 28/7/2021 thay thế Quy định số 30-QĐ/TW.",
		}, "22-QĐ/TW -> 30-QĐ/TW replaces"},
		{"a regulation named by its kind, described, replacing another", []string{
			"Ngày 28/7/2021, Ban Chấp hành Trung ương ban hành Quy định số 22-QĐ/TW.",
			"Quy định gồm 6 chương, 40 điều, thay thế Quy định số 30-QĐ/TW ngày 26/7/2016.",
		}, "22-QĐ/TW -> 30-QĐ/TW replaces"},
		{"asking to amend is no amending", []string{
			"Kết luận số 14-KL/TW yêu cầu các cấp ủy, sửa đổi, bổ sung Quy định số 105-QĐ/TW.",
		}, ""},
		{"another unit's clause is no description", []string{
			"Quy định số 22-QĐ/TW, Ban Bí thư đề nghị thay thế Quy định số 30-QĐ/TW.",
		}, ""},
		{"what is done under a numbered plan, the plan carries out", []string{
			"Theo Kế hoạch số 15-KH/TU, các cấp ủy triển khai thực hiện Nghị quyết số 57-NQ/TW.",
		}, "15-KH/TU -> 57-NQ/TW implements"},
		{"what is studied under a directive is not carried out by it", []string{
			"Theo Chỉ thị số 28-CT/TU, các cấp ủy quán triệt Quy định số 131-QĐ/TW.",
		}, ""},
		{"nor what another clause does", []string{
			"Theo Kế hoạch số 15-KH/TU, hội nghị diễn ra; các cấp ủy thực hiện Nghị quyết số 57-NQ/TW.",
		}, ""},
		{"a short name in brackets, then what the document replaces", []string{
			"Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp (Chỉ thị 45) thay thế Chỉ thị số 35-CT/TW.",
		}, " -> 35-CT/TW replaces"},
		{"a short name in brackets, then another clause", []string{
			"Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp (Chỉ thị 45), các cấp ủy triển khai Quy định số 22-QĐ/TW.",
		}, ""},
		{"what the document issued before replaces, after Theo đó", []string{
			"Ngày 14/4/2025, Bộ Chính trị ban hành Chỉ thị số 45-CT/TW.",
			"Theo đó, Chỉ thị này thay thế Chỉ thị số 35-CT/TW ngày 14/6/2024.",
		}, "45-CT/TW -> 35-CT/TW replaces"},
		{"Theo đó before no document named by its kind", []string{
			"Ngày 14/4/2025, Bộ Chính trị ban hành Chỉ thị số 45-CT/TW.",
			"Theo đó, các cấp ủy thay thế Quy định số 30-QĐ/TW.",
		}, ""},
		{"the new one, named by its kind", []string{
			"Ngày 14/4/2025, Bộ Chính trị ban hành Chỉ thị số 45-CT/TW.",
			"Chỉ thị mới thay thế Chỉ thị số 35-CT/TW ngày 14/6/2024.",
		}, "45-CT/TW -> 35-CT/TW replaces"},
		{"the new one of a kind the sentence before does not name", []string{
			"Ngày 14/4/2025, Bộ Chính trị ban hành Chỉ thị số 45-CT/TW.",
			"Nghị quyết mới thay thế Nghị quyết số 09-NQ/TW.",
		}, ""},
		{"a subject quoted from before về", []string{
			"Kết luận số 01-KL/TW “Về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII”.",
		}, "01-KL/TW -> 05-CT/TW continues"},
		{"a relation within a list of verbs (issue 10)", []string{
			"Kế hoạch số 10-KH/TU nhằm cụ thể hóa và tổ chức thực hiện có hiệu quả Nghị quyết số 57-NQ/TW.",
		}, "10-KH/TU -> 57-NQ/TW implements"},
		{"a relation with its manner within a list of verbs", []string{
			"Kế hoạch số 10-KH/TU nhằm quán triệt sâu sắc và triển khai thực hiện Nghị quyết số 57-NQ/TW.",
		}, "10-KH/TU -> 57-NQ/TW implements"},
		{"a relation with its manner, then another clause", []string{
			"Kế hoạch số 10-KH/TU nhằm quán triệt sâu sắc, hội nghị cũng giới thiệu Nghị quyết số 57-NQ/TW.",
		}, ""},
		{"a headline's colon before what the conclusion carries on with", []string{
			"Kết luận số 12-KL/TW: Tiếp tục thực hiện Nghị quyết số 36-NQ/TW về phát triển bền vững kinh tế biển",
		}, "12-KL/TW -> 36-NQ/TW continues"},
		{"a headline's dash before its subject", []string{
			"Kết luận số 12-KL/TW – về tiếp tục thực hiện Nghị quyết số 36-NQ/TW",
		}, "12-KL/TW -> 36-NQ/TW continues"},
		{"a colon before another clause", []string{
			"Kết luận số 21-KL/TW: các cấp ủy quán triệt Quy định số 37-QĐ/TW.",
		}, ""},
		{"a resolution issuing a programme that carries out another", []string{
			"Nghị quyết số 03/NQ-CP ngày 9/1/2025 ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW.",
		}, "03/NQ-CP -> 57-NQ/TW implements"},
		{"issued on a day, then others carrying out", []string{
			"Nghị quyết số 03/NQ-CP ban hành ngày 9/1/2025, các bộ thực hiện Nghị quyết số 57-NQ/TW.",
		}, ""},
		{"a list going on after the first target's subject", []string{
			"Kế hoạch số 15-KH/TU thực hiện Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị về chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung và Quy định số 22-QĐ/TW.",
		}, "15-KH/TU -> 14-KL/TW implements; 15-KH/TU -> 22-QĐ/TW implements"},
		{"a plan after the subject is not carried out", []string{
			"Kế hoạch số 15-KH/TU thực hiện Nghị quyết số 57-NQ/TW về khoa học, công nghệ và Kế hoạch số 20-KH/TU về chuyển đổi số.",
		}, "15-KH/TU -> 57-NQ/TW implements"},
		{"nor a document after the subject with a relation of its own", []string{
			"Kế hoạch số 15-KH/TU thực hiện Nghị quyết số 57-NQ/TW về khoa học và Quyết định số 20-QĐ/TU thay thế Quyết định số 10-QĐ/TU.",
		}, "15-KH/TU -> 57-NQ/TW implements; 20-QĐ/TU -> 10-QĐ/TU replaces"},
		{"nor one after a subject carrying out another", []string{
			"Kế hoạch số 15-KH/TU thực hiện Nghị quyết số 57-NQ/TW về tiếp tục thực hiện đổi mới và Quy định số 22-QĐ/TW.",
		}, "15-KH/TU -> 57-NQ/TW implements"},
		{"the purpose of a document numbered in the sentence is its own", []string{
			"Tỉnh ủy ban hành Kế hoạch số 15-KH/TU về phát triển khoa học.",
			"Mục đích của Nghị quyết số 57-NQ/TW là thực hiện Kết luận số 12-KL/TW.",
		}, "57-NQ/TW -> 12-KL/TW implements"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := addAll(tt.texts)
			if got := links(r, len(tt.texts)-1); got != tt.want {
				t.Errorf("links %q, want %q", got, tt.want)
			}
		})
	}
}

// links renders r's links, "from -> to relation" joined by "; ": those read
// in sentence last, or all of them for a last below 0.
func links(r recognize.Recognized, last int) string {
	var out []string
	for _, l := range r.Links {
		if last < 0 || l.Sentence == last {
			out = append(out, r.Documents[l.From].Code+" -> "+r.Documents[l.To].Code+" "+l.Relation)
		}
	}
	return strings.Join(out, "; ")
}

// FuzzFind: no input panics, loops, or yields a phrase outside its sentence.
func FuzzFind(f *testing.F) {
	for _, s := range sentences(f, "sentences.txt") {
		f.Add(s)
	}
	f.Add("Nghị quyết Trung ương 4 khóa 12, 13, 14, 15")
	f.Add("Nghị quyết số")
	f.Add("Nghị quyết Đại hội Đại hội Đại hội")
	f.Add("Chỉ thị số 28-CT/TU. Chỉ thị nhằm tiếp tục thực hiện Kết luận số 12-KL/TW.")
	f.Add("Chỉ thị nhằm tiếp tục thực hiện Chỉ thị số 1-CT/TU, 2-CT/TU và số")
	f.Fuzz(func(t *testing.T, text string) {
		s := sentence(1, 7, text)
		ds, ls := Find(s)
		rs := []rune(text)
		for _, d := range ds {
			for _, p := range []recognize.Phrase{d.Printed, d.Issuer} {
				if p.Text == "" {
					continue
				}
				a, b := p.Start-s.Start, p.End-s.Start
				if a < 0 || b > len(rs) || a >= b || string(rs[a:b]) != p.Text {
					t.Fatalf("phrase %q at %d-%d is not the sentence's", p.Text, p.Start, p.End)
				}
			}
		}
		for _, l := range ls {
			if l.From < 0 || l.From >= len(ds) || l.To < 0 || l.To >= len(ds) {
				t.Fatalf("link %v out of range", l)
			}
		}
		// The same text twice, as an article's sentences: links across them
		// index the article's documents.
		var r recognize.Recognized
		Add(&r, sentence(0, 0, text))
		Add(&r, sentence(1, len(rs)+1, text))
		for _, l := range r.Links {
			if l.From < 0 || l.From >= len(r.Documents) || l.To < 0 || l.To >= len(r.Documents) {
				t.Fatalf("link %v out of range of %d documents", l, len(r.Documents))
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	ss := sentences(b, "sentences.txt")
	n := 0
	for _, s := range ss {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for i, s := range ss {
			Find(recognize.NewSentence(model.Sentence{Index: i, Text: s}))
		}
	}
}

// TestPlenumNumber: the plenum that adopted a document is read where its
// number starts, in words, digits or a Roman numeral, whether the plenum is
// printed as "Hội nghị lần thứ N Ban Chấp hành Trung ương" or as "Hội nghị
// Trung ương N". Read back from its last word, "mười hai" was two.
func TestPlenumNumber(t *testing.T) {
	words := []string{"một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
		"mười một", "mười hai", "mười ba", "mười bốn", "mười lăm", "mười sáu", "mười bảy", "mười tám", "mười chín", "hai mươi"}
	type tc struct {
		in   string
		want int
	}
	var tests []tc
	for i, w := range words {
		tests = append(tests,
			tc{"Nghị quyết số 26-NQ/TW của Hội nghị lần thứ " + w + " Ban Chấp hành Trung ương Đảng khóa X về nông nghiệp.", i + 1},
			tc{"Nghị quyết số 26-NQ/TW của Hội nghị Trung ương " + w + " khóa X về nông nghiệp.", i + 1})
	}
	tests = append(tests,
		tc{"Nghị quyết số 18-NQ/TW của Hội nghị lần thứ 12 Ban Chấp hành Trung ương Đảng khóa XII.", 12},
		tc{"Nghị quyết số 18-NQ/TW của Hội nghị lần thứ XII Ban Chấp hành Trung ương Đảng khóa XII.", 12},
		tc{"Nghị quyết số 19-NQ/TW Hội nghị Trung ương 5 khóa XIII về nông nghiệp.", 5},
		tc{"Nghị quyết số 19-NQ/TW của Hội nghị TW 11 khóa XIII.", 11},
		tc{"Ngày 25/10/2017, Nghị quyết số 18-NQ/TW ngày 25/10/2017 Hội nghị lần thứ mười sáu Ban Chấp hành Trung ương.", 16},
		// Traps: a provincial committee's plenum is no Central plenum; a
		// plenum with no committee after it is no issuer.
		tc{"Nghị quyết số 05-NQ/TU của Hội nghị lần thứ mười hai Ban Chấp hành Đảng bộ tỉnh khóa XX.", 0},
		tc{"Nghị quyết số 05-NQ/TU của Hội nghị lần thứ mười hai.", 0},
	)
	for _, tt := range tests {
		s := sentence(0, 0, tt.in)
		ds, _ := Find(s)
		if len(ds) == 0 {
			t.Errorf("%q: no document", tt.in)
			continue
		}
		if ds[0].Plenum != tt.want {
			t.Errorf("%q: plenum %d, want %d", tt.in, ds[0].Plenum, tt.want)
		}
	}
}
