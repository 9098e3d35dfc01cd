package segment

import (
	"testing"
	"unicode/utf8"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/normalize"
)

// FuzzSentences: no text panics the segmenter, and every sentence lies within
// its block, in order, without overlap, its Text the article's text there.
func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"Đại hội đã bế mạc. Đây là văn kiện quan trọng.",
		"PGS. TS. Nguyễn Văn A và ThS. Lê B dự hội thảo tại TP. Hồ Chí Minh. Hội thảo kết thúc.",
		"Có 6.373 đảng viên... Tiếp theo?! “Đoàn kết.” (Ảnh: S. Hải)",
		"Tiêu đề\n\n12/02/2024\n\nSáng 10/2, Tỉnh ủy tổ chức hội nghị.\n\nMinh Anh",
		"...", ". . .", "A.B.C.", "“”", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d, err := normalize.Normalize(model.Raw{Source: "f.txt", Text: text})
		if err != nil {
			return
		}
		rs := []rune(d.Text)
		last := 0
		for i, s := range Sentences(d) {
			if s.Index != i {
				t.Fatalf("sentence %d has index %d", i, s.Index)
			}
			if s.Start < last || s.End <= s.Start || s.End > len(rs) {
				t.Fatalf("sentence %d at %d-%d after %d in %d runes", i, s.Start, s.End, last, len(rs))
			}
			if string(rs[s.Start:s.End]) != s.Text {
				t.Fatalf("sentence %d text %q is not the article's %q", i, s.Text, string(rs[s.Start:s.End]))
			}
			last = s.End
		}
	})
}
