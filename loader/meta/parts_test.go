package meta

import (
	"testing"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/normalize"
	"github.com/cadregraph/cadregraph/loader/segment"
)

func TestNameCase(t *testing.T) {
	for in, want := range map[string]string{
		"THU HƯỜNG":    "Thu Hường",
		"VIỆT DŨNG":    "Việt Dũng",
		"ĐỨC QUANG":    "Đức Quang",
		"S. HẢI":       "S. Hải",
		"K Thành":      "K Thành",
		"Quỳnh Thêm":   "Quỳnh Thêm",
		"H'LINH":       "H'Linh",
		"NGUYỄN THỊ Ư": "Nguyễn Thị Ư",
	} {
		if got := NameCase(in); got != want {
			t.Errorf("NameCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParsePublished(t *testing.T) {
	for in, want := range map[string]string{
		"2025-10-01":                      "2025-10-01",
		"2025-10-01T08:30:00+07:00":       "2025-10-01",
		"2025-09-30T20:30:00Z":            "2025-10-01", // already 1 October in Vietnam
		"2025-10-01 08:30:00":             "2025-10-01",
		"Wed, 01 Oct 2025 08:30:00 +0700": "2025-10-01",
		"1759282200":                      "2025-10-01",
		"1759282200000":                   "2025-10-01",
		"01/10/2025 08:30":                "2025-10-01",
		"Thứ Tư, 01/10/2025 - 08:30":      "2025-10-01",
		"ngày 1 tháng 10 năm 2025":        "2025-10-01",
		"tháng 10/2025":                   "2025-10",
		"không rõ":                        "",
		"31/02/2025":                      "",
	} {
		d, ok := ParsePublished(in)
		if got := d.String(); got != want || ok != (want != "") {
			t.Errorf("ParsePublished(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// TestEventDate reads short articles written in the genre's forms: the year
// of the event comes from a trusted page date, the congress's term, the lead's
// years, or a page date that may be the crawl's, and stays empty when nothing
// settles it.
func TestEventDate(t *testing.T) {
	tests := []struct {
		name, text, published string
		want                  string
		crawl                 bool
	}{
		{"full date in the lead", "Ngày 18/7/2025, Đảng bộ phường tổ chức đại hội lần thứ I, nhiệm kỳ 2025 – 2030.", "", "2025-07-18", false},
		{"range: the closing day", "Đại hội diễn ra trong 2 ngày, từ ngày 3/8 - 4/8/2020 với chủ đề đoàn kết.", "", "2020-08-04", false},
		{"year from the congress's term", "Đại hội Đảng bộ xã lần thứ XV, nhiệm kỳ 2025 - 2030 thành công.\n\nSáng 12-6, Đại hội Đảng bộ xã đã bế mạc.", "", "2025-06-12", false},
		{"the term of a conference's subject does not date it", "Sáng 12/12, Tỉnh ủy tổ chức hội nghị tổng kết công tác chuẩn bị đại hội nhiệm kỳ 2020-2025.", "", "", false},
		{"review early in the next year", "Chiều 10/1, Đảng ủy Khối tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2022 và triển khai chương trình công tác năm 2023.", "", "2023-01-10", false},
		{"plan late in the year before", "Sáng 20/12, Đảng ủy xã tổ chức hội nghị tổng kết công tác năm 2022, triển khai phương hướng, nhiệm vụ năm 2023.", "", "2022-12-20", false},
		{"trusted page date", "Thứ Hai, 05/09/2022 09:15\n\nSáng 3/9, Chi bộ thôn tổ chức Đại hội.", "", "2022-09-03", false},
		{"page date early in the year", "Thứ Sáu, 03/01/2025 08:00\n\nChiều 28/12, Huyện ủy tổ chức hội nghị.", "", "2024-12-28", false},
		{"crawl page date", "Thứ Bảy, ngày 22 tháng 6 năm 2024\n\nChiều 10/1, Đảng ủy Khối tổ chức Hội nghị tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023.", "", "2023-01-10", true},
		{"crawl date with a full event date", "Thứ Bảy, ngày 22 tháng 6 năm 2024\n\nNgày 18/7/2020, Đảng bộ tổ chức đại hội.", "", "2020-07-18", true},
		{"record's published timestamp", "Sáng 15/1, Đảng bộ phường tổ chức hội nghị.", "2024-01-16T08:30:00+07:00", "2024-01-15", false},
		{"no year anywhere", "Chiều 10/1, Đảng ủy Khối tổ chức Hội nghị sơ kết công tác.", "", "", false},
		{"no date in the lead: the page date", "Thứ Hai, 05/09/2022 09:15\n\nĐảng bộ xã tổ chức hội nghị sơ kết công tác.", "", "2022-09-05", false},
		{"document dates are not the event's", "Thứ Hai, 05/09/2022 09:15\n\nĐảng ủy triển khai Kết luận số 21-KL/TW ngày 25 tháng 10 năm 2021 của Ban Chấp hành Trung ương.", "", "2022-09-05", false},
		{"founding dates are not the event's", "Đảng bộ được thành lập ngày 01/7/2025 với 36 đảng viên. Ngày 18/7/2025, Đảng bộ tổ chức đại hội.", "", "2025-07-18", false},
		{"an old year in the lead does not make a page date a crawl's", "Thứ Hai, 03/03/2025 08:00\n\nSáng 1/3, Đảng ủy tổ chức hội nghị quán triệt Nghị quyết 18 ban hành năm 2017.", "", "2025-03-01", false},
		{"no date in the lead, a review long before the page date", "Thứ Bảy, ngày 22 tháng 6 năm 2024\n\nĐảng ủy Khối tổ chức hội nghị tổng kết công tác năm 2022.", "", "", true},
		{"no date in the lead, a review just before the page date", "Thứ Hai, 20/02/2023 08:00\n\nĐảng ủy Khối tổ chức hội nghị tổng kết công tác năm 2022.", "", "2023-02-20", false},
		{"deadlines are not the event's", "Các chi bộ hoàn thành đại hội trước ngày 30/4/2025. Sáng 2/3/2025, Huyện ủy tổ chức hội nghị.", "", "2025-03-02", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := normalize.Normalize(model.Raw{Text: tt.text, Published: tt.published})
			if err != nil {
				t.Fatal(err)
			}
			m := Read(d, segment.Sentences(d))
			if m.EventDate.String() != tt.want || m.PublishedIsCrawl != tt.crawl {
				t.Errorf("event %q (%s), crawl %v; want %q, crawl %v", m.EventDate, m.EventBasis, m.PublishedIsCrawl, tt.want, tt.crawl)
			}
		})
	}
}
