package vn

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldNFD is Fold as it read before bareRunes: every string decomposed with
// NFD and read rune by rune, marks skipped. Fold must give what it gives,
// byte for byte: ids, search keys and the extraction's matching depend on it.
func foldNFD(s string) string {
	s = strings.ToValidUTF8(s, " ")
	rs := []rune(norm.NFD.String(s))
	var b strings.Builder
	space := true
	for i, r := range rs {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			r = 'd'
		case strings.ContainsRune(dashRunes, r):
			r = '-'
		}
		keep := unicode.IsLetter(r) || unicode.IsDigit(r) ||
			(r == '-' || r == '/') && joinsWord(rs, i) ||
			r == '.' && digitAround(rs, i)
		if keep {
			b.WriteRune(unicode.ToLower(r))
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// vietnameseLetters are the letters of Vietnamese with every tone, lower and
// upper case, composed: the vowels a ă â e ê i o ô ơ u ư y under the five
// tones and none, and d, đ.
func vietnameseLetters() []string {
	var out []string
	for _, v := range []string{"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"} {
		for _, tone := range []string{"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"} {
			l := norm.NFC.String(v + tone)
			out = append(out, l, strings.ToUpper(l))
		}
	}
	return append(out, "d", "D", "đ", "Đ")
}

// TestFoldBare holds Fold to foldNFD over every rune of bareTable and past it,
// alone and between letters, digits and marks; over every Vietnamese letter
// composed, decomposed, with its marks in both orders and doubled; over
// look-alikes (Ð U+00D0 and ð beside Đ and đ, the Kelvin and Ångström signs,
// dashes) and over sentences of the genre.
func TestFoldBare(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := Fold(s), foldNFD(s); got != want {
			t.Fatalf("Fold(%q) = %q, NFD gives %q", s, got, want)
		}
	}
	n := 0
	for r := rune(0); r < bareTableEnd+0x200; r++ {
		c := string(r)
		for _, s := range []string{c, "a" + c + "b", "1" + c + "2", c + "\u0301", "\u0301" + c, "Đ" + c + "\u0323\u0302", "x-" + c + "-y", "3." + c + ".4"} {
			check(s)
			n++
		}
	}
	marks := []string{"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b", "\u0340", "\u0341", "\u0344", "\u034f"}
	for _, l := range vietnameseLetters() {
		d := norm.NFD.String(l)
		rev := []rune(d)
		for i, j := 1, len(rev)-1; i < j; i, j = i+1, j-1 {
			rev[i], rev[j] = rev[j], rev[i]
		}
		for _, form := range []string{l, d, string(rev), l + l, d + d, "Ng" + d + "n", l + "-" + d, "21-" + l + "/TW"} {
			check(form)
			for _, m := range marks {
				check(form + m)
				check(m + form)
				check(form + m + m)
			}
			n++
		}
	}
	for _, s := range []string{
		"Ðảng ủy", "ÐẢNG ỦY", "ðảng", "Đảng uỷ Khối Dân – Chính – Đảng", "Nguyễn Văn Ðức",
		"\u212a\u212b\u2126 K Å Ω", "21-KL/TW", "6.373 đảng viên.", "TP.HCM", "  “Đoàn kết”  ", "…", "a\u00a0b\u2002c\u2009d",
		"Đồng chí Nguyễn Văn Hoà, Uỷ viên Ban Thường vụ Tỉnh uỷ khoá XV (2020–2025)", "x\u2212y", "中国 Trung Quốc", "한국", "ﬁ ﬂ",
		"e\u0301\u0323", "e\u0323\u0301", "\u0ec8\u0ec9", "a\u0f71\u0f72", "\xff\xfeĐ", "ǅ ǈ ǋ Ǳ", "İstanbul ı",
	} {
		check(s)
		check(norm.NFD.String(s))
		check(strings.ToUpper(s))
	}
	if n < 20000 {
		t.Fatalf("only %d forms tried", n)
	}
}

// TestBareTable: the runes bareRunes reads without NFD are most of Latin and
// every Vietnamese letter, so that it is taken on the genre's text.
func TestBareTable(t *testing.T) {
	table := bareTable()
	for _, l := range vietnameseLetters() {
		r, _ := utf8.DecodeRuneInString(l)
		if r >= utf8.RuneSelf && table[r] < 0 {
			t.Errorf("%q (%U) is read with NFD", l, r)
		}
	}
	for _, r := range "–—“”‘’…\u00a0·«»°" {
		if table[r] < 0 {
			t.Errorf("%q (%U) is read with NFD", r, r)
		}
	}
}

func FuzzFoldBare(f *testing.F) {
	for _, s := range []string{"Đảng uỷ", "21-KL/TW", "6.373", "\xff\xfe", "a\u0301\u0301", "Ðð", "e\u0323\u0301", "\u212b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), foldNFD(s); got != want {
			t.Errorf("Fold(%q) = %q, NFD gives %q", s, got, want)
		}
	})
}

// BenchmarkFold folds the words and lines of a lead, as normalize's
// classifiers and ids do.
func BenchmarkFold(b *testing.B) {
	lines := []string{
		"Đồng chí Nguyễn Văn Hoà, Uỷ viên Ban Thường vụ Tỉnh uỷ, Phó Chủ tịch Thường trực HĐND tỉnh được bầu giữ chức Bí thư Đảng uỷ Khối các cơ quan tỉnh khoá XV",
		"Chiều 10/1, Đảng ủy Khối Dân – Chính – Đảng tổ chức Hội nghị triển khai Kết luận số 21-KL/TW.",
		"(ĐCSVN) - Sáng nay", "Ảnh: TTXVN", "Bí thư Tỉnh ủy", "Hà Nội", "person", "21-KL/TW",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			Fold(l)
		}
	}
}
