package meta

import (
	"testing"
	"unicode/utf8"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/normalize"
	"github.com/cadregraph/cadregraph/loader/segment"
)

// FuzzRead: no article panics the meta stage; credits lie in the text and
// name someone; an event date, when read, is a real day, month or year.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"Tỉnh ủy tổng kết công tác năm 2023\n\nThứ Hai, 12/02/2024, 08:15 (GMT+7)\n\nSáng 10/2, Tỉnh ủy tổ chức hội nghị.\n\nHoàng Anh - Ảnh: Minh Thu",
		"Đại hội\n\nCập nhật: 14:25 | 28/09/2025\n\nTrong hai ngày 19 và 20/7/2025, Đảng bộ phường tổ chức Đại hội.\n\nTHU HƯỜNG - VĂN MINH",
		"Tin\n\nNgày truy cập: 15/06/2025\n\nChiều 29/2, hội nghị diễn ra.\n\nBài và ảnh: LÊ MINH",
		"x\n\n2025-13-45\n\nNgày 31/4, y.",
	} {
		f.Add(s, "")
	}
	f.Add("Hội nghị\n\nSáng 10/1, z.", "2023-01-11T08:00:00+07:00")
	f.Fuzz(func(t *testing.T, text, published string) {
		if !utf8.ValidString(text) || !utf8.ValidString(published) {
			return
		}
		d, err := normalize.Normalize(model.Raw{Source: "f.txt", Text: text, Published: published})
		if err != nil {
			return
		}
		m := Read(d, segment.Sentences(d))
		n := len([]rune(d.Text))
		for _, c := range m.Credits {
			if c.Name == "" || c.Span.Start < 0 || c.Span.End > n || c.Span.Start >= c.Span.End {
				t.Fatalf("credit %+v outside the text of %d runes", c, n)
			}
		}
		if e := m.EventDate; !e.IsZero() && (e.Month < 0 || e.Month > 12 || e.Day < 0 || e.Day > 31) {
			t.Fatalf("event date %+v", e)
		}
	})
}
