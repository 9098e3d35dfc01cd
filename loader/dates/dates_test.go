package dates

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/model"
)

// render writes matches as "text=from[..to][ pod][ wd][ clock][ machine]" for
// table comparison.
func render(ms []Match) string {
	var parts []string
	for _, m := range ms {
		s := fmt.Sprintf("%s=%s", m.Text, when(m.From))
		if m.IsRange() {
			s += ".." + when(m.To)
		}
		if m.PartOfDay != "" {
			s += " " + m.PartOfDay
		}
		if m.HasWeekday {
			s += " " + m.Weekday.String()
		}
		if m.Clock != "" {
			s += " " + m.Clock
		}
		if m.Machine {
			s += " machine"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " | ")
}

func when(w model.When) string {
	return fmt.Sprintf("%04d-%02d-%02d", w.Year, w.Month, w.Day)
}

func TestFind(t *testing.T) {
	tests := []struct{ in, want string }{
		// Parts of day and bare day/month, the year left to the article.
		{"Chiều 10/1, Đảng ủy Khối tổ chức Hội nghị.", "Chiều 10/1=0000-01-10 chiều"},
		// Real pages: a dotted day and month after a part of the day.
		{"Sau 3 ngày làm việc, chiều 28.9, Đại hội đã bế mạc.", "chiều 28.9=0000-09-28 chiều"},
		{"Sáng 7.8, Đại hội bước vào ngày làm việc thứ 3.", "Sáng 7.8=0000-08-07 sáng"},
		{"Giá tăng 1.5 lần.", ""},
		// A page header that prints only the month.
		{" date 2020-10 Ông Vương Đình Huệ", "date 2020-10=2020-10-00 machine"},
		{"Dự án 2020-10 được duyệt", ""},
		{"Đại hội diễn ra từ ngày 18/9 đến hết ngày 20/9/2019.", "từ ngày 18/9 đến hết ngày 20/9/2019=2019-09-18..2019-09-20"},
		{"ngày đầu tiên của năm mới 2020", "năm mới 2020=2020-00-00"},
		{"Sau 2 ngày làm việc, trưa 20-8, Đại hội đã bế mạc.", "trưa 20-8=0000-08-20 trưa"},
		{"Ngày 1-10, Đảng ủy tổ chức Hội nghị.", "Ngày 1-10=0000-10-01"},
		{"Xã hội TP - Chiều 24- 12, Đại hội đại biểu Đảng bộ Khối đã bế mạc.", "Chiều 24- 12=0000-12-24 chiều"},
		{"Đại hội diễn ra ngày 3- 4/8 tại hội trường.", "ngày 3- 4/8=0000-08-03..0000-08-04"},
		{"Tỷ lệ 24- 12 là kết quả.", ""},
		{"Sáng thứ Hai, ngày 5/8, đoàn công tác làm việc.", "Sáng thứ Hai, ngày 5/8=0000-08-05 sáng Monday"},
		{"Tối 31/12 vừa qua, lễ đón năm mới diễn ra.", "Tối 31/12=0000-12-31 tối"},
		// A quarter's year, printed after a slash or a dot (baokhanhhoa 2022, baoquangnam 2020).
		{"hội nghị giao ban công tác kiểm tra, giám sát quý III/2022 với các huyện", "quý III/2022=2022-00-00"},
		{"bàn nhiệm vụ trọng tâm quý IV.2020 và thông qua một số nội dung", "quý IV.2020=2020-00-00"},
		{"kết quả quý 3/2022", "quý 3/2022=2022-00-00"},
		{"quý V/2022 và quý 5/2022", ""},
		{"quý III/2022-2023", ""},
		{"quý II / 2022", ""},
		{"Rạng sáng 2/9 đoàn về tới nơi.", "Rạng sáng 2/9=0000-09-02 rạng sáng"},
		{"Trong buổi làm việc (5/3), hai bên thống nhất.", "5/3=0000-03-05"},
		// Full dates, leading zeros, dots.
		{"Ngày 18/7/2025, Đảng bộ tổ chức đại hội.", "Ngày 18/7/2025=2025-07-18"},
		{"được thành lập ngày 01/7/2025 với 36 đảng viên", "ngày 01/7/2025=2025-07-01"},
		{"Hội nghị diễn ra ngày 18.7.2025 tại hội trường.", "ngày 18.7.2025=2025-07-18"},
		{"Kết luận số 21-KL/TW ngày 25 tháng 10 năm 2021 của Ban Chấp hành Trung ương", "ngày 25 tháng 10 năm 2021=2021-10-25"},
		{"mùng 2 tháng 9", "mùng 2 tháng 9=0000-09-02"},
		// Page headers.
		{"Thứ sáu - 18/07/2025 12:03", "Thứ sáu - 18/07/2025 12:03=2025-07-18 Friday 12:03"},
		{"Thứ Bảy, ngày 22 tháng 6 năm 2024", "Thứ Bảy, ngày 22 tháng 6 năm 2024=2024-06-22 Saturday"},
		{"Chủ nhật, 05/01/2025 - 08:15", "Chủ nhật, 05/01/2025 - 08:15=2025-01-05 Sunday 08:15"},
		{"T2, 12/02/2024 - 08:15", "T2, 12/02/2024 - 08:15=2024-02-12 Monday 08:15"},
		{"CN, 18/02/2024", "CN, 18/02/2024=2024-02-18 Sunday"},
		{"Cụm T2 đạt 12/3 chỉ tiêu", ""},
		{"Thứ Năm, 12-12-2024, 15:42", "Thứ Năm, 12-12-2024, 15:42=2024-12-12 Thursday 15:42"},
		{"ngày 5/8, 10 đại biểu", "ngày 5/8=0000-08-05"},
		{"date 2025-10-01 Ngày 1-10, Đảng ủy", "date 2025-10-01=2025-10-01 machine | Ngày 1-10=0000-10-01"},
		{"2025-10-01T08:30:00+07:00", "2025-10-01T08:30:00+07:00=2025-10-01 08:30 machine"},
		{"2007.07.24", "2007.07.24=2007-07-24"},
		{"Cập nhật 2024/01/15 08:30", "2024/01/15 08:30=2024-01-15 08:30"},
		{"Đảng bộ có 2.007.072 đảng viên, mã 2007.07.24.1", ""},
		{"2007.13.01 và 2007/07.24", ""},
		{"Cập nhật: 20/08/2025 lúc 10:30", "20/08/2025 lúc 10:30=2025-08-20 10:30"},
		// Months in words and a year after a comma, as site templates print them.
		{"22 Tháng Sáu 2024", "22 Tháng Sáu 2024=2024-06-22"},
		{"Thứ Bảy, 22 Tháng Sáu, 2024 09:15", "Thứ Bảy, 22 Tháng Sáu, 2024 09:15=2024-06-22 Saturday 09:15"},
		{"Tháng Mười Hai 5, 2023", "Tháng Mười Hai 5, 2023=2023-12-05"},
		{"22 Tháng Năm 2025", "22 Tháng Năm 2025=2025-05-22"},
		{"22 Tháng 6, 2024", "22 Tháng 6, 2024=2024-06-22"},
		// A comma and a count are no year; a month in small letters is no header.
		{"ngày 3 tháng 2, 2021 người tham gia", "ngày 3 tháng 2=0000-02-03"},
		{"trong 3 tháng sáu năm 2020 qua", "năm 2020=2020-00-00"},
		// Ranges.
		{"Đại hội diễn ra trong 2 ngày, từ ngày 3/8 - 4/8/2020 với chủ đề", "từ ngày 3/8 - 4/8/2020=2020-08-03..2020-08-04"},
		{"thành lập Đảng bộ Khối (03/7/2007 - 03/7/2022).", "03/7/2007 - 03/7/2022=2007-07-03..2022-07-03"},
		{"kỷ niệm 50 năm (30/4/1975 – 30/4/2025)", "30/4/1975 – 30/4/2025=1975-04-30..2025-04-30"},
		{"từ ngày 3 - 4/8/2020", "từ ngày 3 - 4/8/2020=2020-08-03..2020-08-04"},
		{"trong hai ngày 19 và 20/8/2025", "ngày 19 và 20/8/2025=2025-08-19..2025-08-20"},
		{"từ ngày 28/12/2024 đến ngày 2/1/2025", "từ ngày 28/12/2024 đến ngày 2/1/2025=2024-12-28..2025-01-02"},
		// Months and years.
		{"từ tháng 3/2020 giữ chức Bí thư", "từ tháng 3/2020=2020-03-00"},
		{"tháng 10 năm 2021", "tháng 10 năm 2021=2021-10-00"},
		{"Trong tháng 10, các chi bộ", "tháng 10=0000-10-00"},
		{"tổng kết năm 2022 và triển khai chương trình năm 2023", "năm 2022=2022-00-00 | năm 2023=2023-00-00"},
		// Not dates.
		{"Đảng bộ có 6.373 đảng viên, đạt 100% chỉ tiêu", ""},
		{"Sau 2 ngày làm việc, đại hội đặt ra 11 chỉ tiêu", ""},
		{"nhiệm kỳ 2025 - 2030 và nhiệm kỳ 2020-2025", ""},
		{"năm 2025-2030", ""},
		{"Kết nạp 406 đảng viên/400 chỉ tiêu, 2/3 số đại biểu", ""},
		{"Nghị quyết số 35-NQ/TW; Kết luận 21-KL/TW.", ""},
		{"Nghị định 15/2020/NĐ-CP", ""},
		// A span glued to its dash, as anniversaries print it (mbaomoi 2007); traps: codes.
		{"kỷ niệm 120 năm Ngày sinh Chủ tịch Tôn Đức Thắng (20.8.1888-20.8.2008).", "20.8.1888-20.8.2008=1888-08-20..2008-08-20"},
		{"(22/12/1944-22/12/2021)", "22/12/1944-22/12/2021=1944-12-22..2021-12-22"},
		{"Quyết định 20/8/2008-QĐ/TW", ""},
		{"số 20.8.1888-20.8", ""},
		{"9 tháng đầu năm 2025", "năm 2025=2025-00-00"},
		{"ngày 31/2, ngày 30/2/2024", ""},
		{"ngày 29/2", "ngày 29/2=0000-02-29"},
		{"ngày 29/2/2023", ""},
		{"tăng 3,5% so với 1.10", ""},
		{"Ngày 32/1 và ngày 5/13", ""},
		{"phiên bản 1.2.3 và mã 12/3/4/5", ""},
		{"ngày 5/8 - Ngày hội", "ngày 5/8=0000-08-05"},
		{"Sáng nay (20/8), đại hội khai mạc", "Sáng nay (20/8)=0000-08-20 sáng"},
		{"Chiều qua, 9/9, Tỉnh ủy họp", "Chiều qua, 9/9=0000-09-09 chiều"},
		{"Hôm nay (20/8), đại hội khai mạc", "Hôm nay (20/8)=0000-08-20"},
		{"bế mạc Đại hội ngày mai, 28/1.", "ngày mai, 28/1=0000-01-28"},
		{"trap: ngày Mai 28/1 kết hôn", ""},
		{"trong hai ngày 19-20/8/2025", "ngày 19-20/8/2025=2025-08-19..2025-08-20"},
		{"Trong 2 ngày 14 - 15/10, đại hội", "ngày 14 - 15/10=0000-10-14..0000-10-15"},
		{"tỷ lệ 19-20/8 số phiếu", ""},
		{"Trong 2 ngày 14 và 15.1, Đảng bộ tổ chức hội nghị", "ngày 14 và 15.1=0000-01-14..0000-01-15"},
		{"Trong hai ngày 14 - 15.1, đại hội", "ngày 14 - 15.1=0000-01-14..0000-01-15"},
		{"tăng 14 và 15.1 lần", ""},
		// Two days in a row without a cue (vov.vn, Sơn La police congress 2020).
		{"Trong 2 ngày, 3 và 4/8, Đảng bộ Công an tỉnh Sơn La tổ chức Đại hội", "3 và 4/8=0000-08-03..0000-08-04"},
		{"Trong hai ngày, 20 và 21-10, hội nghị làm việc", "20 và 21-10=0000-10-20..0000-10-21"},
		{"đạt 3 và 5/8 chỉ tiêu", ""},  // not the next day
		{"tỷ lệ 3 và 4/18", ""},        // no month
		{"có 3 và 4.8 triệu đồng", ""}, // a decimal
		{"Trong 2 ngày (24-25/9), đại hội làm việc", "24-25/9=0000-09-24..0000-09-25"},
	}
	for _, tt := range tests {
		if got := render(Find(tt.in)); got != tt.want {
			t.Errorf("Find(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

func TestFindSpansAreRunes(t *testing.T) {
	s := "Đảng ủy Khối Dân – Chính – Đảng: chiều 10/1."
	ms := Find(s)
	if len(ms) != 1 {
		t.Fatalf("Find(%q) = %v", s, ms)
	}
	if got := string([]rune(s)[ms[0].Start:ms[0].End]); got != "chiều 10/1" || got != ms[0].Text {
		t.Errorf("span text %q, Text %q", got, ms[0].Text)
	}
}

func TestTerms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"nhiệm kỳ 2025-2030", "nhiệm kỳ 2025-2030=2025-2030"},
		{"Ban Chấp hành khóa VI, nhiệm kỳ 2020 - 2025 cần", "nhiệm kỳ 2020 - 2025=2020-2025"},
		{"khoá 2025 – 2030", "khoá 2025 – 2030=2025-2030"},
		{"giai đoạn 2021-2025, tầm nhìn 2030", "giai đoạn 2021-2025=2021-2025"},
		{"Đoàn TNCS Khối nhiệm kì 2022 – 2027,", "nhiệm kì 2022 – 2027=2022-2027"},
		{"Đại hội các cấp 2020 – 2025;", "2020 – 2025=2020-2025"},
		{"(03/7/2007 - 03/7/2022)", ""},
		{"2007 - 2022", ""},
		{"2025 - 2020", ""},
		{"2025-10-01", ""},
	}
	for _, tt := range tests {
		var parts []string
		for _, m := range Terms(tt.in) {
			parts = append(parts, m.Text+"="+m.String())
		}
		if got := strings.Join(parts, " | "); got != tt.want {
			t.Errorf("Terms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPrecision(t *testing.T) {
	for in, want := range map[string]string{"năm 2022": "1", "tháng 3/2020": "2", "Chiều 10/1": "3", "ngày 3/8 - 4/8/2020": "3"} {
		ms := Find(in)
		if len(ms) != 1 || fmt.Sprint(int(ms[0].Precision())) != want {
			t.Errorf("Precision(%q) = %v, want %s", in, ms, want)
		}
	}
}
