package recognize

import (
	"testing"

	"github.com/cadregraph/cadregraph/loader/model"
	"golang.org/x/text/unicode/norm"
)

// TestFindUnitsSpans checks that FindUnits places each name in the article: its span,
// offset by the sentence's start, holds the printed text, decomposed input
// included.
func TestFindUnitsSpans(t *testing.T) {
	for _, text := range []string{
		"Phát biểu chỉ đạo, Phó Bí thư Thường trực Thành ủy TPHCM Nguyễn Thị Nghĩa ghi nhận Đảng uỷ Khối.",
		norm.NFD.String("Ban Thường vụ Đảng uỷ Khối Dân – Chính – Đảng TPHCM và HĐND phường Phù Vân"),
	} {
		article := []rune("Câu trước. " + text)
		s := model.Sentence{Index: 3, Span: model.Span{Start: 11, End: len(article)}, Text: text}
		ms := FindUnits(NewSentence(s))
		if len(ms) == 0 {
			t.Errorf("FindUnits(%q) found nothing", text)
		}
		for _, m := range ms {
			if got := norm.NFC.String(string(article[m.Start:m.End])); got != m.Text || m.Sentence != 3 {
				t.Errorf("span %d-%d of %q holds %q, mention %q", m.Start, m.End, text, got, m.Text)
			}
		}
	}
}
