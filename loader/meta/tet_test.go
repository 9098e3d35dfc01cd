package meta

import (
	"testing"

	"github.com/cadregraph/cadregraph/loader/model"
)

// TestTetYear reads the year of a yearless day from the Tết the opening
// names: January to March in the Tết's year, November and December in the
// year before; nothing from a Tết of no year, two Tết years, or Xuân alone.
func TestTetYear(t *testing.T) {
	body := func(texts ...string) []model.Sentence {
		var ss []model.Sentence
		for _, s := range texts {
			ss = append(ss, model.Sentence{Kind: model.Body, Text: s})
		}
		return ss
	}
	tests := []struct {
		name     string
		ss       []model.Sentence
		month    int
		want     int
		wantText string
	}{
		{"a visit before the Tết, in its January", body("Nhân dịp Tết Nguyên đán Nhâm Dần 2022, đoàn công tác đến thăm, chúc Tết các gia đình chính sách."), 1, 2022, "Tết Nguyên đán Nhâm Dần 2022"},
		{"a visit in the December before", body("Chiều 28/12, đoàn đến thăm, chúc Tết Nhâm Dần 2022 các gia đình."), 12, 2021, "Tết Nhâm Dần 2022"},
		{"xuân with the year's name", body("Hội nghị gặp mặt mừng Xuân Bính Ngọ 2026 diễn ra sáng 9/2."), 2, 2026, "Xuân Bính Ngọ 2026"},
		{"a Tết in quotes and brackets", body("Chương trình \"Tết (Quý Mão 2023) vì người nghèo\" được tổ chức."), 1, 2023, "Tết Quý Mão 2023"},
		{"trap: a month of no Tết", body("Nhân dịp Tết Nguyên đán Nhâm Dần 2022, đoàn đến thăm."), 6, 0, ""},
		{"trap: no month", body("Nhân dịp Tết Nguyên đán Nhâm Dần 2022, đoàn đến thăm."), 0, 0, ""},
		{"trap: two Tết years, a review of the year", body("So với Tết Quý Mão 2023, Tết Giáp Thìn 2024 có nhiều hoạt động hơn."), 2, 0, ""},
		{"trap: xuân alone is a name", body("Ông Xuân Thanh 2022 đến thăm các gia đình."), 1, 0, ""},
		{"trap: the solar new year is no Tết of the lunar calendar", body("Tết Dương lịch 2022 được nghỉ một ngày."), 1, 0, ""},
		{"trap: a year before the years the news is of", body("Tết Canh Ngọ 1930 được nhắc lại."), 1, 0, ""},
		{"trap: a number of other than four digits", body("Tết Nhâm Dần 20222 được nhắc lại."), 1, 0, ""},
		{"trap: a Tết an anniversary recalls is history", body("Sáng 30/1, Tỉnh ủy tổ chức kỷ niệm 55 năm cuộc Tổng tiến công và nổi dậy Tết Mậu Thân 1968."), 1, 0, ""},
		{"trap: a title is not the opening's prose", []model.Sentence{{Kind: model.Title, Text: "Chúc Tết Nhâm Dần 2022"}}, 1, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, text := tetYear(tt.ss, tt.month)
			if got != tt.want || text != tt.wantText {
				t.Errorf("tetYear(month %d) = %d %q, want %d %q", tt.month, got, text, tt.want, tt.wantText)
			}
		})
	}
}
