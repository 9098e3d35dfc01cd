package vn

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestComposed holds composed, NFC's shortcut, to norm: every rune it keeps,
// and every pair of them (a pair is where composition would change a
// string), is NFC.
func TestComposed(t *testing.T) {
	var rs []rune
	for r := rune(0); r < 0x300; r++ {
		rs = append(rs, r)
	}
	for r := rune(0x1ea0); r <= 0x1ef9; r++ {
		rs = append(rs, r)
	}
	for r := rune(0x2002); r < 0x2070; r++ {
		rs = append(rs, r)
	}
	for _, a := range rs {
		for _, b := range rs {
			s := string([]rune{a, b})
			if !composed(s) {
				t.Fatalf("composed(%q) is false", s)
			}
			if !norm.NFC.IsNormalString(s) {
				t.Fatalf("composed(%q) but it is not NFC", s)
			}
		}
	}
	for _, s := range []string{"a\u0301", "\u0301", "Đa\u0323", "\xff", "a\xffb", "\u212b", "\u1e00", "\u1efa", "\uac00", "\u2000", "\u2001", "\u2070", "\u2126"} {
		if composed(s) {
			t.Errorf("composed(%q): it should be left to norm", s)
		}
	}
}

// TestHasTonedAEY: hasTonedAEY is strings.ContainsAny(s, tonedAEY) over
// every rune up to the Vietnamese letters and past them, alone and among
// others.
func TestHasTonedAEY(t *testing.T) {
	for r := rune(0); r < 0x2000; r++ {
		for _, s := range []string{string(r), "Ngu" + string(r) + "n", string(r) + "\xff"} {
			if got, want := hasTonedAEY(s), strings.ContainsAny(s, tonedAEY); got != want {
				t.Fatalf("hasTonedAEY(%q) = %v, ContainsAny says %v", s, got, want)
			}
		}
	}
}

// keyLower is key as it read before its shortcuts: Tone, strings.ToLower,
// then one dash and single spaces. key must give what it gives, byte for
// byte: every id is made of keys.
func keyLower(s string) string {
	s = strings.ToLower(Tone(s))
	var b strings.Builder
	space := true
	for _, r := range s {
		if strings.ContainsRune(dashRunes, r) {
			r = '-'
		}
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		b.WriteRune(r)
		space = false
	}
	return strings.TrimRight(b.String(), " ")
}

// TestKeyBuilt holds key to keyLower over every Vietnamese letter in names
// and in tone placements Tone moves (Hoà, thuỷ), composed, decomposed, in
// capitals, with dashes, spaces and invalid bytes, and over every rune up
// to General Punctuation in a name.
func TestKeyBuilt(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := key(s), keyLower(s); got != want {
			t.Fatalf("key(%q) = %q, built the old way %q", s, got, want)
		}
	}
	words := strings.Fields("Đồng chí Nguyễn Văn Hoà, Uỷ viên Ban Thường vụ Tỉnh uỷ, Phó Chủ tịch HĐND tỉnh được bầu giữ chức Bí thư Đảng uỷ Khối khoá XV thủy hòa QUÝ KHOẺ là 21-KL/TW T.Ư 2020–2025 \u00a0x Ðức İ")
	for _, l := range vietnameseLetters() {
		words = append(words, l, "Ng"+l+"n", "Ho"+l, "Qu"+l)
	}
	for _, w := range words {
		for _, form := range []string{w, norm.NFD.String(w), strings.ToUpper(w), w + "\xff", " " + w + "  –  " + w + "\t", w + "\u2013" + w} {
			check(form)
		}
	}
	for r := rune(0); r < 0x2070; r++ {
		check("Lê Văn " + string(r) + "ải")
		check(string(r))
	}
}

// BenchmarkKeyBuilt is Key of the names and units a sentence's tokens and
// ids are keyed by, most capitalised, so that they are built.
func BenchmarkKeyBuilt(b *testing.B) {
	names := []string{"Nguyễn Văn Hoà", "Bí thư Tỉnh ủy", "Đảng uỷ Khối các cơ quan tỉnh", "Hà Nội", "Uỷ viên Ban Thường vụ", "Kết luận số 21-KL/TW", "Đồng", "Chí", "HĐND"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range names {
			Key(s)
		}
	}
}

// TestTonesTable holds Tones, counted rune by rune, to the count over the
// whole string's NFD: over every rune to past the table and every pair with
// the Vietnamese letters, decomposed and with stray marks.
func TestTonesTable(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := Tones(s), tonesNFD(s); got != want {
			t.Fatalf("Tones(%q) = %d, NFD counts %d", s, got, want)
		}
	}
	for r := rune(0); r < bareTableEnd+0x1000; r++ {
		check(string(r))
		check("a" + string(r) + "\u0301")
	}
	for _, a := range vietnameseLetters() {
		for _, b := range vietnameseLetters() {
			check(a + b)
			check(norm.NFD.String(a+b) + "\u0323")
		}
	}
	for _, s := range []string{"TRỈỂN", "KHÀÌ", "Nguyễn", "\uac00", "\xffà", "a\u0300\u0301\u0303\u0309\u0323"} {
		check(s)
	}
	if Tones("TRỈỂN") != 2 {
		t.Fatal("TRỈỂN has two tone marks")
	}
}

// TestIsDash: isDash is strings.ContainsRune(dashRunes, r) over the BMP.
func TestIsDash(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if got, want := isDash(r), strings.ContainsRune(dashRunes, r); got != want {
			t.Fatalf("isDash(%U) = %v", r, got)
		}
	}
}

// FuzzKeyShortcuts holds the shortcuts of this package to the readings they
// replace on any text: key to keyLower, Tones' table to decomposing the
// string, toneSyllable to moveTone on every run of letters and marks, and
// NFC's shortcut to norm.
func FuzzKeyShortcuts(f *testing.F) {
	for _, s := range []string{"Nguyễn Văn Hoà", "thuỷ QUÝ khoẻ", "Uỷ viên – Ban", "a\u0301\u0323", "Hoa\u0300", "x\xffy", "Ðức İ \u2013 \u2212"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := key(s), keyLower(s); got != want {
			t.Fatalf("key(%q) = %q, built the old way %q", s, got, want)
		}
		// norm leaves a letter after an invalid byte composed, so NFD counts
		// its tone as none; the text the loader reads is valid UTF-8.
		if got, want := Tones(s), tonesNFD(s); utf8.ValidString(s) && got != want {
			t.Fatalf("Tones(%q) = %d, decomposed %d", s, got, want)
		}
		if got, want := NFC(s), norm.NFC.String(s); got != want {
			t.Fatalf("NFC(%q) = %q, norm gives %q", s, got, want)
		}
		c := norm.NFC.String(s)
		start := -1
		for i, r := range c + " " {
			if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				w := c[start:i]
				if got, want := toneSyllable(w), moveTone(w); got != want {
					t.Fatalf("toneSyllable(%q) = %q, moveTone gives %q", w, got, want)
				}
				start = -1
			}
		}
	})
}
