package people

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/recognize"
)

// spans renders the posts of m that carry a start or an end, as
// "Title START..END".
func spans(m recognize.PersonMention) string {
	var out []string
	for _, q := range m.Posts {
		if !q.Start.IsZero() || !q.End.IsZero() {
			out = append(out, fmt.Sprintf("%s %d-%02d..%d-%02d", q.Title, q.Start.Year, q.Start.Month, q.End.Year, q.End.Month))
		}
	}
	return strings.Join(out, "; ")
}

// checkSpans fails t unless got, each mention rendered with its spans after
// " @ " where it has any, reads want line by line; what names the reader
// that gave got.
func checkSpans(t *testing.T, what string, got []recognize.PersonMention, want []string) {
	t.Helper()
	checkMentions(t, what, got, want, spans)
}

// checkMentions fails t unless got, each mention rendered and, where span
// gives it any, " @ " and its spans, reads want line by line; what names the
// reader that gave got. A nil span compares the posts alone.
func checkMentions(t *testing.T, what string, got []recognize.PersonMention, want []string, span func(recognize.PersonMention) string) {
	t.Helper()
	var lines []string
	for _, m := range got {
		r := render(m)
		if span != nil {
			if sp := span(m); sp != "" {
				r += " @ " + sp
			}
		}
		lines = append(lines, r)
	}
	if g, w := strings.Join(lines, "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("%s:\n got\n%s\nwant\n%s", what, g, w)
	}
}

// TestReferred: biographies name a person again by the given name or by ông
// or bà alone, and print posts after a verb; a dated career gives the span a
// post was held over; a clause opening on trước khi makes the posts after it
// former. Sentences are from real pages (kienthuc 2020, nghean24h 2020,
// kienthuc 2020 on Vương Đình Huệ, thanhtra 2017).
func TestReferred(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string // render, then " @ " and spans where there are any
	}{
		{"Trước 5/2016, ông là posts: held before then, the date no step's start (quangbinh24h 2016 on Trịnh Văn Quyết)",
			[]string{
				"Ông Trịnh Văn Quyết sinh năm 1966, quê tỉnh Vĩnh Phúc.",
				"Trước 5/2016, ông là Ủy viên Ban Thường vụ Đảng ủy, Phó Chính ủy Quân khu 2.",
			},
			[]string{
				"Trịnh Văn Quyết [OTHER]: ",
				"Trịnh Văn Quyết [OFFICIAL]: former Ủy viên | Ban Thường vụ Đảng ủy; former Phó Chính ủy | Quân khu 2",
			}},
		{"a given name after ông is the last person named so, not the one named last; a birthplace names no post",
			[]string{
				"Ông Nguyễn Văn Lợi (SN 1961, quê TP HCM) tái đắc cử bí thư Tỉnh ủy Bình Phước ngày 3/10.",
				"Ông Hồ Văn Niên ( SN 1975, quê Gia Lai) tái đắc cử bí thư tỉnh ủy Gia Lai ngày 29/9.",
				"Ông Lợi cũng đồng thời là đại biểu Quốc hội, ủy viên Ủy ban Tài chính, ngân sách của Quốc hội đương nhiệm.",
			},
			[]string{
				"Nguyễn Văn Lợi [OFFICIAL]: Bí thư | Tỉnh ủy Bình Phước*",
				"Hồ Văn Niên [OFFICIAL]: Bí thư | tỉnh ủy Gia Lai*",
				"Nguyễn Văn Lợi [OFFICIAL]: Đại biểu | Quốc hội; Ủy viên | Ủy ban Tài chính, ngân sách của Quốc hội",
			}},
		{"a dated career: the span both ends give, with the full name, the given name or bà alone; a day range dates no post",
			[]string{
				"Từ ngày 21-9 đến 3-10, có 15 tỉnh trên cả nước đã tổ chức thành công Đại hội Đảng bộ; bà Lê Thị Thủy, Bí thư Tỉnh ủy Hà Nam tái đắc cử.",
				"Từ tháng 3-2001 đến tháng 7-2004, bà Lê Thị Thủy giữ chức Phó chánh Thanh tra tỉnh Nghệ An.",
				"Từ tháng 11-2008 đến tháng 10-2010, bà Thủy được bổ nhiệm là Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Nghệ An.",
				"Từ tháng 11-2010 đến tháng 7-2015, bà giữ chức Phó Tổng Thanh tra Chính phủ, Ủy viên Ban Cán sự Đảng.",
			},
			[]string{
				"Lê Thị Thủy [OFFICIAL]: Bí thư | Tỉnh ủy Hà Nam",
				"Lê Thị Thủy [OFFICIAL]: former Phó Chánh Thanh tra | Thanh tra tỉnh Nghệ An @ Phó Chánh Thanh tra 2001-03..2004-07",
				"Lê Thị Thủy [OFFICIAL]: former Ủy viên | Ban Thường vụ Tỉnh ủy; former Chủ nhiệm | Ủy ban Kiểm tra Tỉnh ủy Nghệ An @ Ủy viên 2008-11..2010-10; Chủ nhiệm 2008-11..2010-10",
				"Lê Thị Thủy [OFFICIAL]: former Phó Tổng Thanh tra | Thanh tra Chính phủ; former Ủy viên | Ban Cán sự Đảng @ Phó Tổng Thanh tra 2010-11..2015-07; Ủy viên 2010-11..2015-07",
			}},
		{"ông alone opening a sentence; a step of a career dated by its start gives the post from then, ended where the sentence says; a name in passing gives nothing",
			[]string{
				"Ông Vương Đình Huệ - Bí thư Thành ủy Hà Nội.",
				"Tháng 4/2016, ông được Quốc hội phê chuẩn bổ nhiệm làm Phó Thủ tướng đến tháng 2/2020.",
				"Theo ông Huệ, Bí thư Thành ủy cần gần dân.",
				"Ông là ủy viên Bộ Chính trị khóa 12.",
			},
			[]string{
				"Vương Đình Huệ [OFFICIAL]: Bí thư | Thành ủy Hà Nội",
				"Vương Đình Huệ [OFFICIAL]: former Phó Thủ tướng |  @ Phó Thủ tướng 2016-04..2020-02",
				"Vương Đình Huệ [OFFICIAL]: Ủy viên | Bộ Chính trị",
			}},
		{"a clause opening on trước khi makes the posts after it former",
			[]string{
				"Bộ Chính trị quyết định điều động ông Lữ Văn Hùng, Bí thư Tỉnh ủy Hậu Giang giữ chức Bí thư Tỉnh ủy Bạc Liêu.",
				"Trước khi được bầu giữ chức Bí thư Tỉnh ủy Hậu Giang nhiệm kỳ 2015 - 2020, ông Hùng giữ chức Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hậu Giang.",
			},
			[]string{
				"Lữ Văn Hùng [OFFICIAL]: former Bí thư | Tỉnh ủy Hậu Giang; Bí thư | Tỉnh ủy Bạc Liêu*",
				"Lữ Văn Hùng [OFFICIAL]: former Phó Bí thư | Tỉnh ủy; former Chủ tịch | UBND tỉnh Hậu Giang",
			}},
		{"từng làm after a short reference: a first step that is no post passed over (kienthuc 2020 on Lê Thị Thuỷ); từng làm việc and từng công tác tại a unit name no post",
			[]string{
				"Bà Lê Thị Thuỷ - Bí thư Tỉnh uỷ Hà Nam, sinh năm 1964, tại Diễn Châu, Nghệ An.",
				"Bà Thuỷ từng làm nhân viên Văn phòng UBND tỉnh Nghệ An, Phó chánh Thanh tra tỉnh Nghệ An, Phó Giám đốc Sở Tư pháp tỉnh Nghệ An.",
				"Ông Trần Văn Bình từng làm việc nhiều năm ở cơ sở.",
				"Ông Trần Văn Bình từng công tác tại Sở Tư pháp tỉnh Nghệ An.",
			},
			[]string{
				"Lê Thị Thuỷ [OFFICIAL]: Bí thư | Tỉnh uỷ Hà Nam",
				"Trần Văn Bình [OTHER]: ",
				"Trần Văn Bình [OTHER]: ",
				"Lê Thị Thuỷ [OFFICIAL]: former Phó Chánh Thanh tra | Thanh tra tỉnh Nghệ An; former Phó Giám đốc | Sở Tư pháp tỉnh Nghệ An",
			}},
		{"ông alone is the person the sentences since the last full name open on by the given name, not the predecessor named last (vnexpress via vntrends on Vũ Đại Thắng); with no such sentence, the last named",
			[]string{
				"Sáng 26/10, Trưởng ban Tổ chức Trung ương Lê Minh Hưng đã trao quyết định của Bộ Chính trị cho ông Vũ Đại Thắng.",
				"Ông Thắng tiếp quản vị trí của ông Nguyễn Xuân Ký, người có đơn xin thôi giữ các chức vụ vào tháng 8 năm nay.",
				"Ông Thắng 49 tuổi, quê Hà Nội.",
				"Năm 2016, ông được bầu làm Ủy viên dự khuyết Trung ương Đảng khóa 12.",
				"Ông Nguyễn Văn Nam về hưu, thay ông là ông Trần Văn Bình.",
				"Năm 2018, ông được bầu làm Chủ tịch UBND tỉnh Nghệ An.",
			},
			[]string{
				"Lê Minh Hưng [OFFICIAL]: Trưởng Ban | ban Tổ chức Trung ương",
				"Vũ Đại Thắng [OTHER]: ",
				"Nguyễn Xuân Ký [OTHER]: ",
				"Nguyễn Văn Nam [OTHER]: ",
				"Trần Văn Bình [OTHER]: ",
				"Vũ Đại Thắng [OFFICIAL]: Ủy viên dự khuyết | Trung ương Đảng* @ Ủy viên dự khuyết 2016-00..0-00",
				"Trần Văn Bình [OFFICIAL]: Chủ tịch | UBND tỉnh Nghệ An* @ Chủ tịch 2018-00..0-00",
			}},
		{"ông as the object of bầu, elected to the post after it; a second post after a comma taken up by giữ chức (blogspot 2022 on Lê Ngọc Hoa); điều động ông with no post after it gives nothing",
			[]string{
				"Ông Lê Ngọc Hoa sinh năm 1967, quê xã Thanh Tiên, huyện Thanh Chương (Nghệ An).",
				"Từ 11/2014, ông được bầu vào Ban chấp hành Đảng bộ tỉnh, giữ chức phó chủ tịch UBND tỉnh Nghệ An.",
				"Tháng 7/2021, tại kỳ họp thứ nhất, HĐND tỉnh khóa XVIII bầu ông giữ chức Phó chủ tịch UBND tỉnh Nghệ An, nhiệm kỳ 2021 - 2026.",
				"Năm 2023, Bộ Chính trị điều động ông về công tác tại Hà Nội.",
			},
			[]string{
				"Lê Ngọc Hoa [OTHER]: ",
				"Lê Ngọc Hoa [OFFICIAL]: Ủy viên | Ban chấp hành Đảng bộ tỉnh*; Phó Chủ tịch | UBND tỉnh Nghệ An*",
				"Lê Ngọc Hoa [OFFICIAL]: Phó Chủ tịch | UBND tỉnh Nghệ An* @ Phó Chủ tịch 2021-07..0-00",
			}},
		{"a step with the full name holding a post from its date (giữ cương vị) ends at the next step (znews 2025 on Lê Hoài Trung); traps: a post in apposition under a date that is no step's stays",
			[]string{
				"Ông Lê Hoài Trung sinh năm 1961.",
				"Từ tháng 3/2021, ông Lê Hoài Trung giữ cương vị Trưởng ban Đối ngoại Trung ương Đảng.",
				"Tháng 2/2025, ông được Bộ Chính trị bổ nhiệm giữ chức Chánh văn phòng Trung ương Đảng.",
				"Ông Trần Văn Nam sinh năm 1965.",
				"Ngày 5/3/2024, ông Trần Văn Nam, Bí thư Huyện ủy Nam Đàn, chủ trì hội nghị.",
				"Tháng 6/2024, ông được điều động giữ chức Phó Chủ tịch UBND tỉnh Nghệ An.",
			},
			[]string{
				"Lê Hoài Trung [OTHER]: ",
				"Lê Hoài Trung [OFFICIAL]: former Trưởng Ban | ban Đối ngoại Trung ương Đảng @ Trưởng Ban 2021-03..2025-02",
				"Trần Văn Nam [OTHER]: ",
				"Trần Văn Nam [OFFICIAL]: Bí thư | Huyện ủy Nam Đàn",
				"Lê Hoài Trung [OFFICIAL]: Chánh Văn phòng | văn phòng Trung ương Đảng* @ Chánh Văn phòng 2025-02..0-00",
				"Trần Văn Nam [OFFICIAL]: Phó Chủ tịch | UBND tỉnh Nghệ An* @ Phó Chủ tịch 2024-06..0-00",
			}},
		{"a veteran's career in prose (baocaobang 2013): Những năm opens a span, giữ cương vị takes a post up as giữ chức does, sau đó goes on to a later post and leaves the one before; ông is the one the page is about, not a man he met",
			[]string{
				"Ông Nguyễn Chức trao đổi với phóng viên.",
				"Thời gian này, ông được gặp đồng chí Ma Văn Tần trong Ủy ban Việt Minh xã Đức Thông.",
				"Những năm 1964 -1974, ông được bầu làm Bí thư Huyện đoàn Thạch An, sau đó làm Trưởng Công an huyện Thạch An.",
				"Năm 1974 -1987, ông được bầu giữ cương vị Chủ tịch UBND huyện Thạch An.",
			},
			[]string{
				"Nguyễn Chức [OTHER]: ",
				"Ma Văn Tần [OFFICIAL]: ",
				"Nguyễn Chức [OFFICIAL]: former Bí thư | Huyện đoàn Thạch An; former Trưởng | Công an huyện Thạch An @ Bí thư 1964-00..1974-00; Trưởng 1964-00..1974-00",
				"Nguyễn Chức [OFFICIAL]: former Chủ tịch | UBND huyện Thạch An @ Chủ tịch 1974-00..1987-00",
			}},
		{"a dated step, then rồi là and the next post (vi.wikipedia 2006 on Nguyễn Hữu Thọ); trap: ông after a verb is its object, the name after it the subject",
			[]string{
				"Ông Nguyễn Hữu Thọ sinh năm 1910.",
				"Năm 1981, ông là Chủ tịch Quốc hội, rồi là Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.",
				"Ông Nguyễn Văn Nam về hưu, thay ông là ông Trần Văn Bình.",
				"Năm 2018, ông được bầu làm Chủ tịch UBND tỉnh Nghệ An.",
			},
			[]string{
				"Nguyễn Hữu Thọ [OTHER]: ",
				"Nguyễn Văn Nam [OTHER]: ",
				"Trần Văn Bình [OTHER]: ",
				"Nguyễn Hữu Thọ [OFFICIAL]: Chủ tịch Quốc hội | ; Chủ tịch | Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam @ Chủ tịch Quốc hội 1981-00..0-00; Chủ tịch 1981-00..0-00",
				"Trần Văn Bình [OFFICIAL]: Chủ tịch | UBND tỉnh Nghệ An* @ Chủ tịch 2018-00..0-00",
			}},
		{"giữ chức vụ in a step without its subject and after sau đó: vụ is the noun, no Vụ trưởng (the verbs read as everywhere, verbAt)",
			[]string{
				"Cuộc đời hoạt động cách mạng của đồng chí Nguyễn Thọ Chân đã kinh qua nhiều vị trí:",
				"Tháng 8/1942, giữ chức vụ Bí thư Tỉnh uỷ Hà Đông.",
				"Năm 1964, ông Nguyễn Chức được bầu làm Bí thư Huyện đoàn Thạch An, sau đó giữ chức vụ Trưởng Công an huyện Thạch An.",
			},
			[]string{
				"Nguyễn Thọ Chân [OFFICIAL]: ",
				"Nguyễn Chức [OFFICIAL]: Bí thư | Huyện đoàn Thạch An* @ Bí thư 1964-00..0-00",
				"Nguyễn Thọ Chân [OFFICIAL]: Bí thư | Tỉnh uỷ Hà Đông @ Bí thư 1942-08..0-00",
			}},
		{"steps that leave their subject out, a date then làm (baoquangninh 2022 on Nguyễn Thọ Chân): the career's person's; traps: làm with no post, a sentence naming its own subject",
			[]string{
				"Cuộc đời hoạt động cách mạng của đồng chí Nguyễn Thọ Chân đã kinh qua nhiều vị trí:",
				"Tháng 8/1942, làm Bí thư Tỉnh uỷ Hà Đông.",
				"Cuối năm 1942, đầu năm 1943, làm Bí thư Thành uỷ Hà Nội.",
				"Năm 1944, làm tốt công tác tuyên truyền.",
				"Năm 1945, đồng chí Lê Văn Hiến làm Bộ trưởng Bộ Tài chính.",
			},
			[]string{
				"Nguyễn Thọ Chân [OFFICIAL]: ",
				"Lê Văn Hiến [OFFICIAL]: Bộ trưởng | Bộ Tài chính",
				// 1942-08, then 1942: the year alone is not after the month,
				// so neither ends the other here (resolve ends both, begun
				// long before the page).
				"Nguyễn Thọ Chân [OFFICIAL]: Bí thư | Tỉnh uỷ Hà Đông @ Bí thư 1942-08..0-00",
				"Nguyễn Thọ Chân [OFFICIAL]: Bí thư | Thành uỷ Hà Nội @ Bí thư 1942-00..0-00",
			}},
		{"a date of the person's life or the day a post was taken up and held since dates no past post (24h 2020, baomoi 2011, kienthuc 2020)",
			[]string{
				"Cách đây 2 ngày (21/2), ông Nguyễn Tấn Tuân, Phó Bí thư Thường trực Tỉnh ủy được bầu giữ chức Chủ tịch UBND tỉnh.",
				"Ông Tuân sinh năm 1964, quê Khánh Hòa, ông là đại biểu Quốc hội khóa XIV.",
				"HĐND thông qua việc miễn nhiệm chức vụ Chủ tịch UBND TP Cần Thơ đối với ông Trần Thanh Mẫn.",
				"Ông Mẫn hiện là Ủy viên BCH Trung ương Đảng và đã được Bộ Chính trị phân công giữ chức vụ Bí thư thành ủy Cần Thơ kể từ đầu tháng 2/2011 vừa qua.",
				"Ông Hồ Văn Niên (SN 1975, quê Gia Lai) tái đắc cử bí thư tỉnh ủy Gia Lai ngày 29/9.",
				"Ông Niên cũng được bầu làm trưởng đoàn đại biểu Quốc hội tỉnh (từ tháng 5/2016) và là ủy viên Hội đồng Dân tộc của Quốc hội.",
			},
			[]string{
				"Nguyễn Tấn Tuân [OFFICIAL]: Phó Bí thư Thường trực | Tỉnh ủy; Chủ tịch | UBND tỉnh*",
				"Trần Thanh Mẫn [OFFICIAL]: former Chủ tịch | UBND TP Cần Thơ",
				"Hồ Văn Niên [OFFICIAL]: Bí thư | tỉnh ủy Gia Lai*",
				"Nguyễn Tấn Tuân [OFFICIAL]: Đại biểu | Quốc hội",
				"Trần Thanh Mẫn [OFFICIAL]: Ủy viên | BCH Trung ương Đảng; Bí thư | thành ủy Cần Thơ",
				// The vote marks the seat after và là as taken up too (the
				// sentence's verb is the reader's whole clue).
				"Hồ Văn Niên [OFFICIAL]: Trưởng đoàn | đoàn đại biểu Quốc hội tỉnh*; Ủy viên | Hội đồng Dân tộc* @ Trưởng đoàn 2016-05..0-00",
			}},
		{"traps: a year that may date a post left since, or a span, still gives nothing",
			[]string{
				"Ông Nguyễn Văn An được bầu giữ chức Chủ tịch UBND tỉnh.",
				"Ông An là Bí thư Huyện ủy Nam Đàn năm 2010.",
				"Ông An là Phó Bí thư Huyện ủy Nam Đàn từ năm 2005 đến năm 2010.",
			},
			[]string{
				"Nguyễn Văn An [OFFICIAL]: Chủ tịch | UBND tỉnh*",
			}},
		{"a post held since a date is a step of the career: a later step ends it, and it ends the step before it (the form of hatinh24h 2020, e010: Ông giữ chức Phó chánh Văn phòng Trung ương Đảng từ tháng 12/2019)",
			[]string{
				"Ông Nguyễn Văn An sinh năm 1960, quê Nghệ An.",
				"Tháng 3/2001, ông được bầu làm Chủ tịch UBND huyện Nam Đàn.",
				"Ông giữ chức Bí thư Huyện ủy Nam Đàn từ tháng 3/2005.",
				"Ông giữ chức Phó Chủ tịch UBND tỉnh Nghệ An từ tháng 6/2010.",
			},
			[]string{
				"Nguyễn Văn An [OTHER]: ",
				"Nguyễn Văn An [OFFICIAL]: former Chủ tịch | UBND huyện Nam Đàn @ Chủ tịch 2001-03..2005-03",
				"Nguyễn Văn An [OFFICIAL]: former Bí thư | Huyện ủy Nam Đàn @ Bí thư 2005-03..2010-06",
				"Nguyễn Văn An [OFFICIAL]: Phó Chủ tịch | UBND tỉnh Nghệ An @ Phó Chủ tịch 2010-06..0-00",
			}},
		{"a trap: a post left on a day printed after it is no step, and ends nothing the person holds besides",
			[]string{
				"Ông Nguyễn Văn An sinh năm 1960, quê Nghệ An.",
				"Tháng 3/2010, ông An được bầu làm Chủ tịch UBND tỉnh Nghệ An.",
				"Ông An thôi giữ chức Bí thư Huyện ủy Nam Đàn từ tháng 5/2010.",
			},
			[]string{
				"Nguyễn Văn An [OTHER]: ",
				"Nguyễn Văn An [OFFICIAL]: Chủ tịch | UBND tỉnh Nghệ An* @ Chủ tịch 2010-03..0-00",
				"Nguyễn Văn An [OFFICIAL]: former Bí thư | Huyện ủy Nam Đàn @ Bí thư 2010-05..0-00",
			}},
		{"a reference, then the facts a profile prints (age, home, title of learning) and a degree after là, then the posts held (hatinh24h 2020, e010)",
			[]string{
				"Ông Nguyễn Đắc Vinh được bầu giữ chức Bí thư Đảng ủy nhiệm kỳ mới.",
				"Ông Vinh 48 tuổi, quê Nghệ An, học hàm phó giáo sư, là tiến sĩ hóa học, Ủy viên Trung ương Đảng khóa XII, Trưởng đoàn đại biểu Quốc hội khóa XIV tỉnh Nghệ An.",
				"Ông Vinh 48 tuổi, quê Nghệ An, từng là Bí thư Tỉnh đoàn Nghệ An.",
			},
			[]string{
				"Nguyễn Đắc Vinh [OFFICIAL]: Bí thư | Đảng ủy*",
				"Nguyễn Đắc Vinh [OFFICIAL]: Ủy viên | Trung ương Đảng; Trưởng đoàn | đoàn đại biểu Quốc hội",
				"Nguyễn Đắc Vinh [OFFICIAL]: former Bí thư | Tỉnh đoàn Nghệ An",
			}},
		{"traps: a degree with no post after it, facts and no verb",
			[]string{
				"Ông Nguyễn Đắc Vinh được bầu giữ chức Bí thư Đảng ủy nhiệm kỳ mới.",
				"Ông Vinh là tiến sĩ hóa học, từng học tại Nga.",
				"Ông Vinh 48 tuổi, quê Nghệ An, có vợ và hai con.",
			},
			[]string{
				"Nguyễn Đắc Vinh [OFFICIAL]: Bí thư | Đảng ủy*",
			}},
		{"trap: sau đó with no post after it goes on to nothing",
			[]string{
				"Ông Lê Văn Hải sinh năm 1970.",
				"Năm 2010, ông làm Bí thư Huyện ủy Nam Đàn, sau đó đi học tại Học viện Chính trị quốc gia.",
			},
			[]string{
				"Lê Văn Hải [OTHER]: ",
				"Lê Văn Hải [OFFICIAL]: Bí thư | Huyện ủy Nam Đàn @ Bí thư 2010-00..0-00",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss, ms := findLines(tt.lines)
			checkSpans(t, "Referred", Referred(ss, ms), tt.want)
		})
	}
}
