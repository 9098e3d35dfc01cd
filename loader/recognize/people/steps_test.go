package people

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
)

// TestCareerSpan: the spans of years a line of a career opens on, as
// biographies print them (f034 baomoi 2015, e008 ngonluanblog, c001
// nghean24h 2020), and what is no such span: a day range dating an event, a
// span opening a sentence about a province, a term.
func TestCareerSpan(t *testing.T) {
	tests := []struct {
		in   string
		want string // "FROM..TO" as year-month, or "" when no span
	}{
		{"Năm 2001-2007, ông Hoan làm Phó giám đốc và Giám đốc Sở Xây dựng", "2001-00..2007-00"},
		{"Từ tháng 8/1994 - 2002 bà làm Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "1994-08..2002-00"},
		{"Từ tháng 3/1998 - 2/2003, bà làm Chủ tịch Hội Liên hiệp Thanh niên Việt Nam", "1998-03..2003-02"},
		{"Từ tháng 6-1992 đến tháng 12-1996, bà lê Thị Thủy là giảng viên trường Chính trị tỉnh Nghệ An", "1992-06..1996-12"},
		{"Từ năm 2010 đến năm 2015, ông là Bí thư Huyện ủy", "2010-00..2015-00"},
		{"Từ năm 2010 đến năm 2015, tỉnh đã thu hút 120 dự án", ""},
		{"Từ ngày 21-9 đến 3-10, có 15 tỉnh trên cả nước đã tổ chức thành công Đại hội", ""},
		{"Nhiệm kỳ 2015-2020, ông được bầu làm Bí thư", ""},
		{"Năm 2007-2001, ông làm Giám đốc", ""},
		{"Sinh năm 1970, quê ở quận Hoàn Kiếm, Hà Nội", ""},
		{"Những năm 1964 -1974, ông nhận nhiệm vụ về công tác huyện Thạch An", "1964-00..1974-00"},
		{"Năm 1974 -1987, ông được bầu giữ cương vị Chủ tịch UBND huyện", "1974-00..1987-00"},
		{"Trong những năm 2001-2005, bà là Phó Chủ tịch UBND tỉnh", "2001-00..2005-00"},
		{"Những năm 1976-1986, Nghệ Tĩnh sống trong cơ chế quan liêu bao cấp", ""},
		{"Những năm qua, ông luôn tận tâm", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := ""
			if span, _, _, ok := careerSpan(scan.Tokens(tt.in)); ok {
				got = fmt.Sprintf("%d-%02d..%d-%02d", span[0].Year, span[0].Month, span[1].Year, span[1].Month)
			}
			if got != tt.want {
				t.Errorf("careerSpan = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCareerSteps: a biography tells a career as steps that open on a date,
// each left at the next (vnexpress 2025 on Hầu A Lềnh, kienthuc 2020 on
// Vương Đình Huệ, baomoi on Đồng Văn Thanh, plo 2025 on Trịnh Xuân Trường,
// baomoi 2015 on Lê Minh Hoan): a seat in a body is kept, an end printed
// after the posts (đến tháng 2/2020) is the end, the last step is held, a
// step with its date of birth or of joining the Party dates no post, and a
// deputy's title before the head's shares the unit printed once.
func TestCareerSteps(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string // render, then " @ " and spans where there are any
	}{
		{"dated steps, each left at the next, the last held; a title before a dash shares the unit",
			[]string{
				"Ông Hầu A Lềnh, Ủy viên Trung ương Đảng, được Bộ Chính trị chỉ định tiếp tục giữ chức Bí thư Tỉnh ủy Tuyên Quang nhiệm kỳ 2025-2030.",
				"Năm 2018, ông giữ chức Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.",
				"Ba năm sau, tháng 4/2021, ông giữ chức Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc.",
				"Đầu năm 2025, ông được Bộ Chính trị chỉ định làm Bí thư Tỉnh ủy Hà Giang.",
			},
			[]string{
				"Hầu A Lềnh [OFFICIAL]: Ủy viên | Trung ương Đảng; Bí thư | Tỉnh ủy Tuyên Quang",
				"Hầu A Lềnh [OFFICIAL]: former Phó Chủ tịch | Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam; former Tổng Thư ký | Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam @ Phó Chủ tịch 2018-00..2021-04; Tổng Thư ký 2018-00..2021-04",
				"Hầu A Lềnh [OFFICIAL]: former Bộ trưởng | Ủy ban Dân tộc; former Chủ nhiệm | Ủy ban Dân tộc @ Bộ trưởng 2021-04..2025-00; Chủ nhiệm 2021-04..2025-00",
				"Hầu A Lềnh [OFFICIAL]: Bí thư | Tỉnh ủy Hà Giang* @ Bí thư 2025-00..0-00",
			}},
		{"an end printed after the post; a step after sau đó; a step naming the person in full; a verb run with commas",
			[]string{
				"Ông Vương Đình Huệ - Bí thư Thành ủy Hà Nội.",
				"Sau đó, ông được Quốc hội phê chuẩn làm Bộ trưởng Bộ Tài chính.",
				"Hơn 1 năm sau, ngày 28/12/2012, ông Huệ được Bộ Chính trị phân công giữ chức Trưởng ban Kinh tế Trung ương khi ban này được tái lập.",
				"Tháng 4/2016, ông được Quốc hội phê chuẩn bổ nhiệm làm Phó Thủ tướng đến tháng 2/2020.",
				"Tháng 1-2025, ông Vương Đình Huệ được Bộ Chính trị điều động, phân công, chỉ định giữ chức vụ Bí thư Tỉnh ủy Hà Giang.",
			},
			[]string{
				"Vương Đình Huệ [OFFICIAL]: Bí thư | Thành ủy Hà Nội",
				"Vương Đình Huệ [OFFICIAL]: Bí thư | Tỉnh ủy Hà Giang* @ Bí thư 2025-01..0-00",
				"Vương Đình Huệ [OFFICIAL]: former Bộ trưởng | Bộ Tài chính @ Bộ trưởng 0-00..2012-12",
				"Vương Đình Huệ [OFFICIAL]: former Trưởng Ban | ban Kinh tế Trung ương @ Trưởng Ban 2012-12..2016-04",
				"Vương Đình Huệ [OFFICIAL]: former Phó Thủ tướng |  @ Phó Thủ tướng 2016-04..2020-02",
			}},
		{"a step opening on Vào tháng, its post after the committees joined; đến nay ends nothing (hatinh24h 2021 on Vương Đình Huệ)",
			[]string{
				"Ông Vương Đình Huệ, Uỷ viên Bộ Chính trị, Bí thư Thành ủy Hà Nội được giới thiệu ứng cử khối Quốc hội.",
				"Đến tháng 4/2016, ông được Quốc hội phê chuẩn làm Phó Thủ tướng Chính phủ, Trưởng ban Chỉ đạo Tây Nam Bộ.",
				"Vào tháng 2/2020, ông được Bộ Chính trị chỉ định tham gia Ban Chấp hành, Ban Thường vụ Thành ủy Hà Nội và giữ chức Bí thư Thành ủy Hà Nội đến nay.",
			},
			[]string{
				"Vương Đình Huệ [OFFICIAL]: Ủy viên | Bộ Chính trị; Bí thư | Thành ủy Hà Nội",
				"Vương Đình Huệ [OFFICIAL]: former Phó Thủ tướng | Chính phủ; former Trưởng Ban | ban Chỉ đạo Tây Nam Bộ @ Phó Thủ tướng 2016-04..2020-02; Trưởng Ban 2016-04..2020-02",
				"Vương Đình Huệ [OFFICIAL]: Bí thư | Thành ủy Hà Nội* @ Bí thư 2020-02..0-00",
			}},
		{"a seat is kept at the next step; a span is a step that ends the one before; the date of joining the Party dates no post",
			[]string{
				"Ông Đồng Văn Thanh, Phó Bí thư Tỉnh ủy, được bầu làm Chủ tịch UBND tỉnh Hậu Giang, nhiệm kỳ 2016-2021.",
				"Năm 1990, ông vào Đảng và làm Phó Chủ tịch Hội Nông dân huyện Châu Thành.",
				"Năm 2012, ông được bầu làm Ủy viên Ban Thường vụ Tỉnh ủy Hậu Giang.",
				"Ngày 27-8-2014, tại kỳ họp thứ 9 HĐND tỉnh Hậu Giang khóa VIII, ông Thanh được bầu làm Phó Chủ tịch UBND tỉnh nhiệm kỳ 2011-2016 với tỷ lệ số phiếu bầu đạt 100%.",
				"Từ tháng 10-2015 đến tháng 10-2020, ông là Phó Chủ tịch Thường trực UBND tỉnh Hậu Giang.",
			},
			[]string{
				"Đồng Văn Thanh [OFFICIAL]: Phó Bí thư | Tỉnh ủy; Chủ tịch | UBND tỉnh Hậu Giang*",
				"Đồng Văn Thanh [OFFICIAL]: Ủy viên | Ban Thường vụ Tỉnh ủy Hậu Giang* @ Ủy viên 2012-00..0-00",
				"Đồng Văn Thanh [OFFICIAL]: former Phó Chủ tịch | UBND tỉnh @ Phó Chủ tịch 2014-08..2015-10",
				"Đồng Văn Thanh [OFFICIAL]: former Phó Chủ tịch Thường trực | UBND tỉnh Hậu Giang @ Phó Chủ tịch Thường trực 2015-10..2020-10",
			}},
		{"a year span with the given name; posts joined by và share the unit",
			[]string{
				"Đồng chí Lê Minh Hoan SN 1961 tại xã Hòa An, TP.Cao Lãnh (Đồng Tháp), là kiến trúc sư.",
				"Năm 2001-2007, ông Hoan làm Phó giám đốc và Giám đốc Sở Xây dựng trước khi được bầu giữ chức Phó chủ tịch UBND tỉnh Đồng Tháp vào tháng 1/2004.",
			},
			[]string{
				"Lê Minh Hoan [OFFICIAL]: ",
				"Lê Minh Hoan [OFFICIAL]: former Phó Giám đốc | Sở Xây dựng; former Giám đốc | Sở Xây dựng @ Phó Giám đốc 2001-00..2007-00; Giám đốc 2001-00..2007-00",
			}},
		{"a trap: a span and a colon heading a term's report date no post",
			[]string{
				"2015 - 2020: ông Nguyễn Văn Bình được bầu làm Bí thư Huyện ủy Mộc Hóa.",
			},
			[]string{
				"Nguyễn Văn Bình [OFFICIAL]: Bí thư | Huyện ủy Mộc Hóa*",
			}},
		{"a step opening on từ starts then, its end printed after the posts; a run of posts after a comma and rồi, a second post taken up by its own verb after và (kienthuc 2020 on Vương Đình Huệ, nghean24h on Phạm Xuân Thăng); a từ inside the sentence, a date of joining the Party and a retirement date no step",
			[]string{
				"Ông Vương Đình Huệ - Bí thư Thành ủy Hà Nội.",
				"Từ tháng 7/2001, ông giữ chức Phó Tổng kiểm toán Nhà nước, rồi Tổng kiểm toán nhà nước đến tháng 8/2011.",
				"Ông Phạm Xuân Thăng (SN 1966 tại thị trấn Tứ Kỳ, huyện Tứ Kỳ, tỉnh Hải Dương) là Thạc sỹ Quản lý khoa học và công nghệ.",
				"Ngày 6/8/1994, ông Thăng gia nhập Đảng cộng sản Việt Nam.",
				"Từ tháng 11/2001, ông làm Bí thư Tỉnh đoàn Hải Dương.",
				"Tháng 6/2024, ông Thăng được điều động giữ chức Chánh Văn phòng Trung ương Đảng và được bầu làm Ủy viên Ban Bí thư khóa XIII.",
				"Ông được phân công, từ tháng 3/2020, theo dõi công tác tổ chức.",
			},
			[]string{
				"Vương Đình Huệ [OFFICIAL]: Bí thư | Thành ủy Hà Nội",
				"Phạm Xuân Thăng [OTHER]: ",
				"Vương Đình Huệ [OFFICIAL]: former Phó Tổng Kiểm toán | ; former Tổng Kiểm toán |  @ Phó Tổng Kiểm toán 2001-07..2011-08; Tổng Kiểm toán 2001-07..2011-08",
				"Phạm Xuân Thăng [OFFICIAL]: former Bí thư | Tỉnh đoàn Hải Dương @ Bí thư 2001-11..2024-06",
				"Phạm Xuân Thăng [OFFICIAL]: Chánh Văn phòng | Văn phòng Trung ương Đảng*; Ủy viên | Ban Bí thư* @ Chánh Văn phòng 2024-06..0-00; Ủy viên 2024-06..0-00",
			}},
		{"a later step in the same sentence, its date not printed, leaves the step's post; a step with no later one keeps it",
			[]string{
				"Đồng chí Lê Minh Hoan, Bí thư Tỉnh ủy Đồng Tháp khóa IX tái đắc cử chức danh Bí thư Tỉnh ủy Đồng Tháp khóa X.",
				"Tháng 8/2008, ông này làm Bí thư Thành ủy Cao Lãnh và hơn 2 năm sau đó được bầu làm Phó bí thư, Chủ tịch UBND tỉnh rồi Bí thư Tỉnh ủy Đồng Tháp khóa IX, nhiệm kỳ 2010-2015.",
				"Tháng 8/2008, ông làm Bí thư Thành ủy Cao Lãnh và sau đó tham gia đoàn công tác.",
			},
			[]string{
				"Lê Minh Hoan [OFFICIAL]: Bí thư | Tỉnh ủy Đồng Tháp; Bí thư | Tỉnh ủy Đồng Tháp*",
				"Lê Minh Hoan [OFFICIAL]: former Bí thư | Thành ủy Cao Lãnh @ Bí thư 2008-08..0-00",
				"Lê Minh Hoan [OFFICIAL]: Bí thư | Thành ủy Cao Lãnh @ Bí thư 2008-08..0-00",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss, ms := findLines(tt.lines)
			checkSpans(t, "Referred", Referred(ss, ms), tt.want)
		})
	}
}

// TestShareUnits: in a career's run, a deputy's title printed bare before
// the head's shares its unit (plo 2025 on Trịnh Xuân Trường), in small
// letters too, and a party title before a party post (vietnamfinance on
// Bùi Văn Nghiêm: phó bí thư, phó bí thư thường trực Tỉnh ủy Vĩnh Long); a
// party title before a state post does not: it is of the place's party
// organisation (vnexpress 2025: Phó bí thư - Chủ tịch UBND huyện is the Phó
// Bí thư of the Huyện ủy, Đảng bộ huyện, whose place resolve completes).
func TestShareUnits(t *testing.T) {
	lines := []string{
		"Ông Trịnh Xuân Trường, Bí thư Tỉnh ủy Lào Cai.",
		"Ông Trường từng trải qua nhiều vị trí công tác ở Lào Cai như Phó Chủ tịch, Chủ tịch UBND huyện Sa Pa, Phó Giám đốc, Giám đốc Sở Xây dựng.",
		"Ông Hầu A Lềnh từng là Bí thư Huyện đoàn Sa Pa, Phó bí thư - Chủ tịch UBND huyện, Bí thư Huyện ủy Sa Pa.",
		"Ông Bùi Văn Nghiêm, Bí thư Tỉnh ủy Vĩnh Long.",
		"Trước khi giữ chức Bí thư Tỉnh ủy Vĩnh Long nhiệm kỳ 2020-2025, ông Nghiêm từng là chủ tịch UBND huyện, bí thư Huyện ủy Vũng Liêm; phó chủ tịch thường trực, chủ tịch HĐND tỉnh Vĩnh Long nhiệm kỳ 2016-2021; phó bí thư, phó bí thư thường trực Tỉnh ủy Vĩnh Long nhiệm kỳ 2015-2020, nhiệm kỳ 2020-2025.",
	}
	want := []string{
		"Trịnh Xuân Trường [OFFICIAL]: Bí thư | Tỉnh ủy Lào Cai",
		"Hầu A Lềnh [OFFICIAL]: former Bí thư | Huyện đoàn Sa Pa; former Phó Bí thư | Đảng bộ huyện; former Chủ tịch | UBND huyện; former Bí thư | Huyện ủy Sa Pa",
		"Bùi Văn Nghiêm [OFFICIAL]: Bí thư | Tỉnh ủy Vĩnh Long",
		"Trịnh Xuân Trường [OFFICIAL]: former Phó Chủ tịch | UBND huyện Sa Pa; former Chủ tịch | UBND huyện Sa Pa; former Phó Giám đốc | Sở Xây dựng; former Giám đốc | Sở Xây dựng",
		"Bùi Văn Nghiêm [OFFICIAL]: former Chủ tịch | UBND huyện; former Bí thư | Huyện ủy Vũng Liêm; former Phó Chủ tịch Thường trực | HĐND tỉnh Vĩnh Long; former Chủ tịch | HĐND tỉnh Vĩnh Long; former Phó Bí thư | Tỉnh ủy Vĩnh Long; former Phó Bí thư Thường trực | Tỉnh ủy Vĩnh Long",
	}
	ss, ms := findLines(lines)
	checkMentions(t, "Referred after Careers", Referred(ss, Careers(ss, ms)), want, nil)
}

// TestLeftForSameBody: a post left for another of the same body, its place
// printed only by its level beside the full name (vneconomy 2010: Phó chủ
// tịch UBND tỉnh made Chủ tịch UBND tỉnh Quảng Bình); a deputy keeps the
// seat the council's chair is elected from.
func TestLeftForSameBody(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Đối với tỉnh Quảng Bình, Thủ tướng phê chuẩn ông Nguyễn Hữu Hoài, Phó bí thư Tỉnh ủy, Phó chủ tịch UBND tỉnh giữ chức Chủ tịch UBND tỉnh Quảng Bình.",
			"Nguyễn Hữu Hoài [OFFICIAL]: Phó Bí thư | Tỉnh ủy; former Phó Chủ tịch | UBND tỉnh; Chủ tịch | UBND tỉnh Quảng Bình"},
		{"Tại kỳ họp, ông Nguyễn Văn Sơn, Đại biểu HĐND tỉnh, được bầu giữ chức Chủ tịch HĐND tỉnh Tuyên Quang.",
			"Nguyễn Văn Sơn [OFFICIAL]: Đại biểu | HĐND tỉnh; Chủ tịch | HĐND tỉnh Tuyên Quang*"},
	}
	for _, tt := range tests {
		if got := strings.Join(found(body(tt.in)), "\n"); got != tt.want {
			t.Errorf("Find(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

// TestBiographySeats: a biography's line of seats and their terms (kienthuc
// 2020 on Vương Đình Huệ and Nguyễn Thanh Hải, vnexpress 2025 on Hầu A
// Lềnh): the Central Committee printed by TƯ or Trung ương alone, several
// terms (các khóa 10, 11; khóa 12 và 13), posts after a semicolon, and an
// alternate's seat left for a full one of the same committee; Trung ương
// Đoàn stays the Youth Union's.
func TestBiographySeats(t *testing.T) {
	lines := []string{
		"Ông Vương Đình Huệ - Bí thư Thành ủy Hà Nội.",
		"Ông là ủy viên Bộ Chính trị khóa 12, ủy viên TƯ các khóa 10, 11; ĐBQH khóa 13, 14, Trưởng đoàn ĐBQH Hà Nội.",
		"Ông Hầu A Lềnh, Ủy viên Trung ương Đảng.",
		"Ông là Ủy viên dự khuyết Trung ương Đảng khóa 10 và 11, Ủy viên Trung ương khóa 12 và 13.",
		"Anh Lê Quốc Phong, Ủy viên Trung ương Đoàn, dự họp.",
	}
	want := []string{
		"Vương Đình Huệ [OFFICIAL]: Bí thư | Thành ủy Hà Nội",
		"Hầu A Lềnh [OFFICIAL]: Ủy viên | Trung ương Đảng",
		"Lê Quốc Phong [OFFICIAL]: Ủy viên | Trung ương Đoàn",
		"Vương Đình Huệ [OFFICIAL]: Ủy viên | Bộ Chính trị; Ủy viên | TƯ; Đại biểu | ; Trưởng đoàn | đoàn ĐBQH Hà Nội",
		"Hầu A Lềnh [OFFICIAL]: former Ủy viên dự khuyết | Trung ương Đảng; Ủy viên | Trung ương",
	}
	ss, ms := findLines(lines)
	checkMentions(t, "Referred", Referred(ss, ms), want, nil)
}

// TestPeriod: the years a sanction prints after a post, and what is none.
func TestPeriod(t *testing.T) {
	tests := []struct{ in, want string }{
		{"giai đoạn 2012 - 2014 đối với", "2012..2014"},
		{"giai đoạn 2010-2013 đối với", "2010..2013"},
		{"giai đoạn 2014 - 2010 đối với", ""},
		{"giai đoạn mới đối với", ""},
		{"nhiệm kỳ 2011-2016 đối với", ""},
	}
	for _, tt := range tests {
		got := ""
		if span, e := period(scan.Tokens(tt.in), 0); e > 0 {
			got = fmt.Sprintf("%d..%d", span[0].Year, span[1].Year)
		}
		if got != tt.want {
			t.Errorf("period(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
