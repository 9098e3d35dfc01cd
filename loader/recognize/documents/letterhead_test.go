package documents

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
)

// TestAddArticle reads the sentences of an article in order and checks the
// documents and links they make together: a letterhead completed by the
// lines after it, a bare number that repeats one printed in full.
func TestAddArticle(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		docs  string // "KIND code|number issued subject" for each document, "; " between
		links string // "from -> to relation", "; " between
	}{
		{"a letterhead and its head, preamble and first sentence", []string{
			"Số: 06-HD/UBKTTW",
			"Hà Nội, ngày 18 tháng 12 năm 2018",
			"HƯỚNG DẪN",
			"THỰC HIỆN MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ 07-QĐI/TW, NGÀY 28/8/2018 CỦA BỘ CHÍNH TRỊ VỀ XỬ LÝ KỶ LUẬT TỔ CHỨC ĐẢNG VI PHẠM",
			"- Căn cứ Quy định số 30-QĐ/TW, ngày 26/7/2016 của Ban Chấp hành Trung ương thi hành Chương VII và Chương VIII Điều lệ Đảng;",
			"Ủy ban Kiểm tra Trung ương hướng dẫn thực hiện một số Điều trong Quy định số 07-QĐi/TW, ngày 28/8/2018 của Bộ Chính trị, như sau:",
		}, "INSTRUCTION 06-HD/UBKTTW 2018-12-18 THỰC HIỆN MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ 07-QĐI/TW, NGÀY 28/8/2018 CỦA BỘ CHÍNH TRỊ VỀ XỬ LÝ KỶ LUẬT TỔ CHỨC ĐẢNG VI PHẠM; " +
			"REGULATION 07-QĐI/TW 2018-8-28 XỬ LÝ KỶ LUẬT TỔ CHỨC ĐẢNG VI PHẠM; REGULATION 30-QĐ/TW 2016-7-26 ; REGULATION 07-QĐi/TW 2018-8-28 ",
			"06-HD/UBKTTW -> 07-QĐI/TW implements; 06-HD/UBKTTW -> 30-QĐ/TW cites; 06-HD/UBKTTW -> 07-QĐi/TW implements"},
		{"the title line names the kind a sign leaves open", []string{
			"Số: 97-QĐ/TW Hà Nội, ngày 07 tháng 02 năm 2023",
			"QUY ĐỊNH",
			"CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN, CƠ CẤU TỔ CHỨC CỦA ĐẢNG ĐOÀN, BAN CÁN SỰ ĐẢNG Ở TRUNG ƯƠNG",
		}, "REGULATION 97-QĐ/TW 2023-2-7 CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN, CƠ CẤU TỔ CHỨC CỦA ĐẢNG ĐOÀN, BAN CÁN SỰ ĐẢNG Ở TRUNG ƯƠNG", ""},
		{"the party's name printed after the number line is no subject (cuutnxpvietnam 2022)", []string{
			"Số 69 – HD/BTGTW",
			"ĐẢNG CỘNG SẢN VIỆT NAM",
			"Hà Nội, ngày 20 tháng 9 năm 2022",
			"HƯỚNG DẪN",
			"TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM CÁC NGÀY LỄ LỚN",
		}, "INSTRUCTION 69-HD/BTGTW 2022-9-20 TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM CÁC NGÀY LỄ LỚN", ""},
		{"nor is the state's motto", []string{
			"Số: 1234/QĐ-UBND",
			"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
			"Độc lập - Tự do - Hạnh phúc",
			"Hà Nội, ngày 03 tháng 8 năm 2015",
		}, "DECISION 1234/QĐ-UBND 2015-8-3 ", ""},
		// realset as001 (haugiang 2018): a UBND's letter signs with the
		// body's letters and its department's. Traps: letters no table knows
		// make no document; a body's sign after a sentence's words is no
		// letterhead.
		{"a state body's letter prints no kind letters (haugiang 2018)", []string{
			"Số: 73/UBND-TH Hậu Giang, ngày 12 tháng 1 năm 2018",
			"V/v ủy quyền chỉ đạo, điều hành công việc của UBND tỉnh",
		}, "OTHER 73/UBND-TH 2018-1-12 ", ""},
		{"letters no table knows are no letter", []string{
			"Số: 73/ABC-TH Hậu Giang, ngày 12 tháng 1 năm 2018",
		}, "", ""},
		{"nor is a body's sign in a sentence", []string{
			"Số: 73/UBND-TH được gửi các sở, ngành.",
		}, "", ""},
		{"a number in a sentence is no letterhead", []string{
			"Số: 06-HD/UBKTTW được gửi các tỉnh ủy.",
		}, "", ""},
		{"a preamble too far from its letterhead", []string{
			"Số: 06-HD/UBKTTW", "a", "b", "c", "d", "e", "f", "g", "h", "i", "k", "l", "m",
			"Căn cứ Quy định số 30-QĐ/TW của Ban Chấp hành Trung ương.",
		}, "INSTRUCTION 06-HD/UBKTTW - ; REGULATION 30-QĐ/TW - ", ""},
		{"a flattened letterhead, and the document naming itself", []string{
			"BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNHVề việc ban hành Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh--------- BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;",
			"Căn cứ Quy chế hoạt động của Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh khoá X, nhiệm kỳ 2012 - 2017 ban hành kèm theo Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Chấp hành Trung ương Đoàn;",
			"Điều 2.",
			"Quyết định này thay thế Quyết định số 1836 QĐ/TWĐTN ngày 23/6/2006 của Ban Bí thư Trung ương Đoàn.",
			"Quyết định này có hiệu lực từ ngày ký.",
		}, "DECISION 367-QĐ/TWĐTN-VP 2013-10-29 ; DECISION 84-QĐ/TWĐTN 2013-2-22 ; DECISION 1836-QĐ/TWĐTN 2006-6-23 ",
			"367-QĐ/TWĐTN-VP -> 84-QĐ/TWĐTN cites; 367-QĐ/TWĐTN-VP -> 1836-QĐ/TWĐTN replaces"},
		{"the document naming itself in its closing formula, after when it takes effect", []string{
			"Số: 80-QĐ/TW",
			"Hà Nội, ngày 18 tháng 8 năm 2022",
			"QUY ĐỊNH",
			"VỀ PHÂN CẤP QUẢN LÝ CÁN BỘ VÀ BỔ NHIỆM, GIỚI THIỆU CÁN BỘ ỨNG CỬ",
			"Quy định này có hiệu lực thi hành kể từ ngày ký và thay thế Quy định số 105-QĐ/TW, ngày 19/12/2017 của Bộ Chính trị.",
		}, "REGULATION 80-QĐ/TW 2022-8-18 PHÂN CẤP QUẢN LÝ CÁN BỘ VÀ BỔ NHIỆM, GIỚI THIỆU CÁN BỘ ỨNG CỬ; REGULATION 105-QĐ/TW 2017-12-19 ",
			"80-QĐ/TW -> 105-QĐ/TW replaces"},
		{"a plan carrying out a document the sentence before names, by its kind alone", []string{
			"Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ.",
			"Ngay sau đó, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 15-KH/TU triển khai thực hiện Nghị quyết.",
		}, "RESOLUTION 57-NQ/TW 2024-12-22 đột phá phát triển khoa học, công nghệ; PLAN 15-KH/TU - ", "15-KH/TU -> 57-NQ/TW implements"},
		{"nor one named too long before, or of another kind", []string{
			"Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW.",
			"a", "b",
			"Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 15-KH/TU triển khai thực hiện Nghị quyết.",
			"Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 16-KH/TU triển khai thực hiện Chỉ thị.",
		}, "RESOLUTION 57-NQ/TW 2024-12-22 ; PLAN 15-KH/TU - ; PLAN 16-KH/TU - ", ""},
		{"a letterhead table broken into cells, one a line (thuvienphapluat 2009)", []string{
			"Số:",
			"216-QĐ/TW",
			"Hà",
			"Nội, ngày 01 tháng 4 năm 2009",
			"QUY ĐỊNH (BỔ SUNG)",
			"VỀ QUAN HỆ LÃNH",
		}, "REGULATION 216-QĐ/TW 2009-4-1 QUAN HỆ LÃNH", ""},
		{"a heading with its number in brackets, then its place and day and preamble (tuyengiao 2007)", []string{
			"Thứ Năm, 15/10/2009 11:34'(GMT+7)",
			"Quyết định về việc hợp nhất Ban Khoa giáo Trung ương, Ban Tư tưởng – Văn hóa Trung ương thành Ban Tuyên giáo Trung ương (số 44-QĐ/TW)",
			"(Hà Nội, ngày 11/4/2007)",
			"- Căn cứ Quy định số 30-QĐ/TW, ngày 26/7/2016 của Ban Chấp hành Trung ương;",
		}, "DECISION 44-QĐ/TW 2007-4-11 hợp nhất Ban Khoa giáo Trung ương, Ban Tư tưởng – Văn hóa Trung ương thành Ban Tuyên giáo Trung ương; REGULATION 30-QĐ/TW 2016-7-26 ",
			"44-QĐ/TW -> 30-QĐ/TW cites"},
		{"such a heading far down a page prints no document of its own", []string{
			"a", "b", "c", "d", "e", "f", "g",
			"Quyết định về việc hợp nhất hai ban (số 44-QĐ/TW)",
			"- Căn cứ Quy định số 30-QĐ/TW của Ban Chấp hành Trung ương;",
		}, "DECISION 44-QĐ/TW - hợp nhất hai ban; REGULATION 30-QĐ/TW - ", ""},
		{"a Quy chế's letterhead: other, dated, citing its preamble (vbpl.ts24 2026)", []string{
			"Số 09-QC/TW",
			"Hà Nội, ngày 05 tháng 01 năm 2026",
			"QUY CHẾ",
			"- Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học;",
		}, "OTHER 09-QC/TW 2026-1-5 ; RESOLUTION 57-NQ/TW 2024-12-22 đột phá phát triển khoa học", "09-QC/TW -> 57-NQ/TW cites"},
		{"a code alone far down a page is no letterhead", []string{
			"a", "b", "c", "d", "e", "f",
			"216-QĐ/TW",
			"QUY ĐỊNH",
		}, "", ""},
		{"a preamble line rests on every document it names", []string{
			"Số: 97-QĐ/TW",
			"Hà Nội, ngày 07 tháng 02 năm 2023",
			"QUY ĐỊNH",
			"- Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương;",
		}, "REGULATION 97-QĐ/TW 2023-2-7 ; REGULATION 24-QĐ/TW 2021-7-30 ", "97-QĐ/TW -> 24-QĐ/TW cites"},
		{"what the document before says, Theo đó", []string{
			"ĐNO - Ngày 30-8, Ban Thường vụ Thành ủy có Công văn số 951-CV/TU chỉ đạo công tác phòng, chống dịch.",
			"Theo đó, Thường trực Thành ủy yêu cầu các cấp ủy triển khai thực hiện nghiêm túc, có hiệu quả các nhiệm vụ, giải pháp được nêu tại Thông báo số 10-TB/VPTW ngày 24-8 của Văn phòng Trung ương Đảng.",
		}, "OTHER 951-CV/TU 0-8-30 ; OTHER 10-TB/VPTW 0-8-24 ", "951-CV/TU -> 10-TB/VPTW implements"},
		{"Theo đó with no document before it links nothing", []string{
			"Hội nghị diễn ra sôi nổi.",
			"Theo đó, các cấp ủy triển khai thực hiện Thông báo số 10-TB/VPTW.",
		}, "OTHER 10-TB/VPTW - ", ""},
		{"a bare number repeating one printed in full", []string{
			"Bộ Chính trị ban hành Quyết định số 05-QĐ/TW ngày 2/2/2026.",
			"Quyết định 05 quy định về việc thành lập Ban Chỉ đạo.",
		}, "DECISION 05-QĐ/TW 2026-2-2 ; DECISION 05 - ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := addAll(tt.texts)
			var docs []string
			for _, d := range r.Documents {
				id := d.Code
				if id == "" {
					id = d.Number
				}
				issued := "-"
				if !d.Issued.IsZero() {
					issued = fmt.Sprintf("%d-%d-%d", d.Issued.Year, d.Issued.Month, d.Issued.Day)
				}
				docs = append(docs, fmt.Sprintf("%s %s %s %s", d.Kind, id, issued, d.Subject))
			}
			if got := strings.Join(docs, "; "); got != tt.docs {
				t.Errorf("documents\n %q, want\n %q", got, tt.docs)
			}
			if got := links(r, -1); got != tt.links {
				t.Errorf("links %q, want %q", got, tt.links)
			}
		})
	}
}

// addAll reads texts as the sentences of one article, in order, one line each.
func addAll(texts []string) recognize.Recognized {
	var r recognize.Recognized
	at := 0
	for i, text := range texts {
		Add(&r, sentence(i, at, text))
		at += len([]rune(text)) + 1
	}
	return r
}

// TestLetterheadIssuer: the issuer a letterhead prints in capitals above its
// number line, as the units recogniser reads it, is the document's.
func TestLetterheadIssuer(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  string // the letterhead document's issuer as printed
	}{
		{"the Politburo over the party's name (123docz 2012)", []string{
			"BỘ CHÍNH TRỊ",
			"ĐẢNG CỘNG SẢN VIỆT NAM",
			"Nghị quyết số: 11-NQ/TW Hà Nội, ngày 06 tháng 01 năm 2012",
			"NGHỊ QUYẾT",
		}, "BỘ CHÍNH TRỊ"},
		{"a provincial committee under the party's name", []string{
			"ĐẢNG CỘNG SẢN VIỆT NAM",
			"TỈNH ỦY QUẢNG NGÃI",
			"Số: 12-CT/TU",
			"Quảng Ngãi, ngày 15 tháng 3 năm 2022",
		}, "TỈNH ỦY QUẢNG NGÃI"},
		{"the party's name alone is no issuer", []string{
			"ĐẢNG CỘNG SẢN VIỆT NAM",
			"Số: 12-CT/TU",
		}, ""},
		{"a unit the sign cannot name is no issuer", []string{
			"BAN TUYÊN GIÁO TRUNG ƯƠNG",
			"Số: 12-CT/TU",
		}, ""},
		{"a department under its committee: the committee is not the issuer, the first sentence's speaker is", []string{
			"TỈNH ỦY QUẢNG NGÃI",
			"BAN TUYÊN GIÁO",
			"Số: 12-HD/BTGTU",
			"Quảng Ngãi, ngày 5 tháng 3 năm 2024",
			"HƯỚNG DẪN",
			"Ban Tuyên giáo Tỉnh ủy hướng dẫn tuyên truyền như sau:",
		}, "Ban Tuyên giáo Tỉnh ủy"},
		{"the Central Inspection Commission's first sentence (UBKTTW)", []string{
			"Số: 06-HD/UBKTTW",
			"Hà Nội, ngày 18 tháng 12 năm 2018",
			"HƯỚNG DẪN",
			"Ủy ban Kiểm tra Trung ương hướng dẫn thực hiện một số Điều trong Quy định số 07-QĐi/TW, ngày 28/8/2018 của Bộ Chính trị, như sau:",
		}, "Ủy ban Kiểm tra Trung ương"},
		{"a speaker the sign cannot name is no issuer", []string{
			"Số: 12-HD/BTGTU",
			"Tỉnh ủy hướng dẫn các cấp ủy như sau:",
		}, ""},
		{"a unit named in a sentence is no letterhead's", []string{
			"Tỉnh ủy Quảng Ngãi tổ chức hội nghị.",
			"Số: 12-CT/TU",
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r recognize.Recognized
			at := 0
			for i, text := range tt.texts {
				s := sentence(i, at, text)
				r.Units = append(r.Units, recognize.FindUnits(s)...)
				Add(&r, s)
				at += len([]rune(text)) + 1
			}
			got := "(no letterhead)"
			for _, d := range r.Documents {
				if d.Letterhead {
					got = d.Issuer.Text
				}
			}
			if got != tt.want {
				t.Errorf("issuer %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAddHeadline: the document a page's headline reports (opening it, or
// said to be issued) is the subject of its lead's purpose clause and of its
// issuer's request (real pages: vietnamplus/societynewstech Kết luận
// 127-KL/TW, ngaynay.vn Kết luận 185-KL/TW); anything else keeps its links.
func TestAddHeadline(t *testing.T) {
	const (
		h127 = "KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TRIỂN KHAI NGHIÊN CỨU, ĐỀ XUẤT TIẾP TỤC SẮP XẾP TỔ CHỨC BỘ MÁY"
		p127 = "Để bảo đảm thực hiện quyết liệt, có hiệu quả các nhiệm vụ, giải pháp nêu tại Kết luận số 121-KL/TW, ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng về tổng kết Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII và Kết luận số 126-KL/TW, ngày 14/02/2025 của Bộ Chính trị, Ban Bí thư về một số nội dung, nhiệm vụ tiếp tục sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị năm 2025, Bộ Chính trị, Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng tập trung thực hiện tốt các nội dung sau:"
		h185 = "Thường trực Ban Bí thư ký ban hành Kết luận số 185-KL/TW về tăng cường lãnh đạo, chỉ đạo công tác tổ chức Đại hội Đảng bộ các cấp"
		r185 = "Bộ Chính trị, Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng tiếp tục quán triệt, thực hiện nghiêm túc Chỉ thị số 45-CT/TW, ngày 14/4/2025 của Bộ Chính trị về việc tổ chức Đại hội Đảng bộ các cấp nhiệm kỳ 2025-2030."
	)
	tests := []struct {
		name  string
		texts []string // the first is the headline
		want  string   // the last sentence's links, "from -> to relation"
	}{
		{"the purpose of the document reported", []string{h127,
			"Tại phiên họp ngày 28/2/2025, Bộ Chính trị, Ban Bí thư có ý kiến như sau:", p127},
			"127-KL/TW -> 121-KL/TW implements; 127-KL/TW -> 126-KL/TW implements; 121-KL/TW -> 18-NQ/TW cites"},
		{"the issuer's request to carry on with its own directive", []string{h185,
			"Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận số 185-KL/TW, ngày 22/8/2025.", r185},
			"185-KL/TW -> 45-CT/TW continues"},
		{"a request without carrying on implements", []string{h185,
			"Bộ Chính trị yêu cầu các cấp ủy thực hiện nghiêm túc Kết luận số 12-KL/TU của Tỉnh ủy."},
			"185-KL/TW -> 12-KL/TU implements"},
		{"a headline about a conference reports no document", []string{
			"Hội nghị quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị",
			"Để triển khai thực hiện Kết luận số 123-KL/TW, Bộ Chính trị yêu cầu các cấp ủy tổ chức hội nghị."}, ""},
		{"a headline naming two documents reports neither alone", []string{
			"Kết luận số 185-KL/TW và Chỉ thị số 45-CT/TW của Bộ Chính trị", r185}, ""},
		{"past the lead", []string{h185, "Một.", "Hai.", "Ba.", "Bốn.", r185}, ""},
		{"no headline", []string{"Tin trong tỉnh", r185}, ""},
		{"the main clause is no issuer's", []string{h185,
			"Để thực hiện Chỉ thị số 45-CT/TW, các đại biểu thảo luận sôi nổi."}, ""},
		{"a plan the headline names by its kind, numbered by the lead (issue 10)", []string{
			"Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị",
			"Ngày 5/3/2025, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 15-KH/TU."},
			"15-KH/TU -> 57-NQ/TW implements"},
		{"a headline issuing the plan, the lead opening with its number", []string{
			"Tỉnh ủy ban hành Kế hoạch thực hiện Kết luận số 14-KL/TW",
			"Kế hoạch số 20-KH/TU ngày 5/10/2021 của Ban Thường vụ Tỉnh ủy nêu rõ mục đích, yêu cầu."},
			"20-KH/TU -> 14-KL/TW implements"},
		{"a conclusion the headline names by its kind, continuing its issuer's", []string{
			"Kết luận của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 36-NQ/TW",
			"Bộ Chính trị vừa ban hành Kết luận số 12-KL/TW ngày 5/8/2021."},
			"12-KL/TW -> 36-NQ/TW continues"},
		{"a meeting's headline names no document of the lead", []string{
			"Hội nghị quán triệt Nghị quyết số 57-NQ/TW",
			"Ngày 5/3/2025, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 15-KH/TU."}, ""},
		{"a plan merely discussed is not the headline's", []string{
			"Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị",
			"Hội nghị diễn ra.",
			"Các đại biểu thảo luận Kế hoạch số 15-KH/TU của Huyện ủy."}, ""},
		{"a plan numbered past the lead is not the headline's", []string{
			"Kế hoạch thực hiện Nghị quyết số 57-NQ/TW",
			"Một.", "Hai.", "Ba.", "Bốn.", "Năm.",
			"Ngày 5/3/2025, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 15-KH/TU."}, ""},
		{"the lead's own account of the plan stands", []string{
			"Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị",
			"Ngày 5/3/2025, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 15-KH/TU thực hiện Nghị quyết số 66-NQ/TW."},
			"15-KH/TU -> 66-NQ/TW implements"},
		{"reviewing under the headline cites", []string{
			"Kết luận số 14-KL/TW của Bộ Chính trị về khuyến khích cán bộ năng động",
			"Sau 5 năm thực hiện Nghị quyết số 36-NQ/TW, Bộ Chính trị kết luận như sau:"},
			"14-KL/TW -> 36-NQ/TW cites"},
		{"a review whose main clause is no issuer's", []string{
			"Kết luận số 14-KL/TW của Bộ Chính trị về khuyến khích cán bộ năng động",
			"Sau 5 năm thực hiện Nghị quyết số 36-NQ/TW, các đại biểu thảo luận sôi nổi."}, ""},
		{"a sentence that issues a plan is the plan's", []string{h127,
			"Để thực hiện Nghị quyết số 57-NQ/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 10-KH/TU."},
			"10-KH/TU -> 57-NQ/TW implements"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r recognize.Recognized
			at := 0
			for i, text := range tt.texts {
				s := sentence(i, at, text)
				if i == 0 {
					s.Kind = model.Title
				}
				Add(&r, s)
				at += len([]rune(text)) + 1
			}
			if got := links(r, len(tt.texts)-1); got != tt.want {
				t.Errorf("links %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAddTermOf: a plenum's resolution named with its term and later without
// it is one document; named with two terms before, it stays as printed.
func TestAddTermOf(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  string // the last sentence's document names
	}{
		{"named with its term, then without (baoninhthuan)", []string{
			"Ngày 25-4, Đảng ủy Quân sự tỉnh tổ chức quán triệt, triển khai thực hiện Nghị quyết Trung ương 4 (khóa XI).",
			"Sau Hội nghị, Đảng ủy khối triển khai thực hiện Nghị quyết Trung ương 4 về xây dựng Đảng.",
		}, "Nghị quyết Trung ương 4 khóa XI"},
		{"two terms before: left as printed", []string{
			"Thực hiện Nghị quyết Trung ương 4 khóa XI và Nghị quyết Trung ương 4 khóa XII.",
			"Các cấp ủy tiếp tục thực hiện Nghị quyết Trung ương 4.",
		}, "Nghị quyết Trung ương 4"},
		{"another plenum's term is not this one's", []string{
			"Thực hiện Nghị quyết Trung ương 5 khóa XI.",
			"Các cấp ủy tiếp tục thực hiện Nghị quyết Trung ương 4.",
		}, "Nghị quyết Trung ương 4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := addAll(tt.texts)
			var got []string
			for _, d := range r.Documents {
				if d.Sentence == len(tt.texts)-1 {
					got = append(got, d.Name)
				}
			}
			if strings.Join(got, "; ") != tt.want {
				t.Errorf("names %q, want %q", got, tt.want)
			}
		})
	}
}
