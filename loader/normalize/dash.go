package normalize

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/vn"
)

// spaceTitleDashes spaces a hyphen printed tight between a name and the
// title after it, as some government sites print a list of guests: "Các đồng
// chí: Nguyễn Thanh Nghị-Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; Lâm Hoàng
// Sa-Ủy viên Ban Thường vụ" reads as "Nguyễn Thanh Nghị - Ủy viên ...", the
// form the recognisers know. Only a hyphen after a small letter and before a
// capitalised title is spaced, so that Bà Rịa-Vũng Tàu and TT-Huế stay whole.
// A title that says the post is past may open in small letters ("Trần
// Liễm-nguyên Chủ tịch Hội Nhà báo tỉnh", Gia Lai, 2015): nguyên, cố or cựu
// and a capitalised title after it are spaced too, and so are the heads the
// glossary knows (Thư ký, Thành viên: "Lê Bá Tuế-Thư ký Chi hội"), which
// otherwise glue the name's last syllable to them.
func spaceTitleDashes(t string, titles []string) string {
	if !strings.Contains(t, "-") {
		return t
	}
	var b strings.Builder
	for i := 0; i < len(t); {
		k := strings.IndexByte(t[i:], '-')
		if k < 0 {
			b.WriteString(t[i:])
			break
		}
		k += i
		b.WriteString(t[i:k])
		i = k + 1
		before, _ := utf8.DecodeLastRuneInString(t[:k])
		after, _ := utf8.DecodeRuneInString(t[k+1:])
		if unicode.IsLower(before) && (unicode.IsUpper(after) && startsTitle(t[k+1:], titles) || startsPastTitle(t[k+1:], titles)) {
			b.WriteString(" - ")
			continue
		}
		b.WriteByte('-')
	}
	return b.String()
}

// startsTitle reports whether s begins with one of titles (vn.Key forms)
// followed by the end of a word.
func startsTitle(s string, titles []string) bool {
	head := s
	if len(head) > 64 {
		head = head[:64]
		for !utf8.ValidString(head) {
			head = head[:len(head)-1]
		}
	}
	key := vn.Key(head)
	for _, w := range titles {
		if rest, ok := strings.CutPrefix(key, w); ok {
			if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// startsPastTitle reports whether s begins with nguyên, cố or cựu, in small
// letters or not, and a capitalised title after one space.
func startsPastTitle(s string, titles []string) bool {
	for _, w := range []string{"nguyên ", "Nguyên ", "cố ", "Cố ", "cựu ", "Cựu "} {
		if rest, ok := strings.CutPrefix(s, w); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r) && startsTitle(rest, titles)
		}
	}
	return false
}

// titleKeys are the printed forms of the lexicon's titles, and of the heads
// the glossary composes titles from (Thư ký, Thành viên); built once and
// shared, read-only, since every article's normalising asks for them.
var titleKeys = sync.OnceValue(func() []string {
	var out []string
	for _, t := range lexicon.Titles() {
		out = append(out, t.Text)
	}
	for _, w := range lexicon.TitleWords() {
		if !w.Modifier {
			out = append(out, w.Text)
		}
	}
	return out
})
