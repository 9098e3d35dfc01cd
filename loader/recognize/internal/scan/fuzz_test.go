package scan

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

// FuzzScan: no text panics the scanner; tokens lie in the text in order, and
// every range a reader returns stays within the tokens.
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"Đảng bộ phường Hòa Xuân, thành phố Đà Nẵng tổ chức Đại hội đại biểu lần thứ I",
		"Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 28-CT/TU",
		"Đại hội Đại hội Đảng các cấp nhiệm kỳ 2020 – 2025",
		"Đại hội XIV của Đảng, Đại hội đại biểu toàn quốc lần thứ mười bốn",
		", , thành phố", "Đảng", "", "lần thứ", "Ban Tuyên giáo và Dân vận Thành ủy TPHCM",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		rs := []rune(s)
		ts := Tokens(s)
		last := 0
		for _, tok := range ts {
			if tok.Start < last || tok.End <= tok.Start || tok.End > len(rs) {
				t.Fatalf("token %+v out of order or of the text", tok)
			}
			if tok.Text != string(rs[tok.Start:tok.End]) {
				t.Fatalf("token %+v is not the text's runes %d-%d", tok, tok.Start, tok.End)
			}
			last = tok.End
		}
		// A cutter that has seen the words already gives the same tokens.
		c := NewCutter()
		c.Tokens(s)
		if again := c.Tokens(s); !reflect.DeepEqual(again, ts) {
			t.Fatalf("a cutter's second cut %+v, want %+v", again, ts)
		}
		for i := range ts {
			if e := UnitEnd(ts, i); e < i || e > len(ts) {
				t.Fatalf("UnitEnd(%d) = %d of %d tokens", i, e, len(ts))
			}
			if b := PlaceBefore(ts, i); b < 0 || b > i {
				t.Fatalf("PlaceBefore(%d) = %d", i, b)
			}
			if c, ok := CongressAt(ts, i); ok && (c.Start < i || c.End > len(ts) || c.UnitStart > c.UnitEnd || c.UnitEnd > len(ts)) {
				t.Fatalf("CongressAt(%d) = %+v of %d tokens", i, c, len(ts))
			}
			if _, e := NumberWord(ts, i); e < i || e > len(ts) {
				t.Fatalf("NumberWord(%d) ends at %d", i, e)
			}
		}
	})
}
