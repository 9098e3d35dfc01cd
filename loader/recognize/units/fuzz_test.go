package units

import (
	"testing"
	"unicode/utf8"

	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
)

// FuzzUnits: no text panics the unit grammar, which reads ahead of the token
// it stands on (a place after a level word, Quốc hội after a committee's
// name, a task up to its place); every name Scan finds lies in the text, and
// a reader's unit ends within the tokens.
func FuzzUnits(f *testing.F) {
	for _, s := range []string{
		"Bí thư Tỉnh ủy TT-Huế; Chủ tịch UBND H.Tân Hưng", "Ủy ban Kinh tế và Tài chính",
		"Ban Chỉ đạo phòng, chống dịch Covid-19", "Ban Chấp hành Trung ương Hội", "Đoàn phường",
		"Bộ trưởng Quốc phòng", "Ủy viên T.Ư Đảng, UBKT TƯ", "Đảng ủy quân sự", "Cục Quản lý Khám,",
		"quê quán xã A, huyện B, tỉnh", "Tỉnh ủy Chẩu Văn", "", "Ban", "Ủy ban",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		n := utf8.RuneCountInString(s)
		for _, u := range Scan(s) {
			if u.Start < 0 || u.End > n || u.Start >= u.End {
				t.Fatalf("unit %q at [%d,%d) of %d runes", u.Text, u.Start, u.End, n)
			}
			_ = u.String()
		}
		ts := scan.Tokens(s)
		r := NewReader(ts, []rune(s))
		for i := range ts {
			if _, end, ok := r.After(i); ok && (end <= i || end > len(ts)) {
				t.Fatalf("After(%d) ends at %d of %d tokens", i, end, len(ts))
			}
		}
		if u, ok := Parse(s); ok {
			_ = u.String()
		}
		_ = Places(s)
	})
}
