package vn

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestTone(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Đảng uỷ", "Đảng ủy"},
		{"khoá XII", "khóa XII"},
		{"đô thị hoá", "đô thị hóa"},
		{"Thuỷ", "Thủy"},
		{"khoẻ", "khỏe"},
		{"quý", "quý"},               // qu + y: the tone stays on y
		{"hoàn thành", "hoàn thành"}, // closed syllable: untouched
		{"tuyến", "tuyến"},
		{"Ủy ban", "Ủy ban"},
		{"UỶ BAN", "ỦY BAN"},
		{norm.NFD.String("Đảng uỷ"), "Đảng ủy"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Tone(tt.in); got != tt.want {
			t.Errorf("Tone(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTones(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"Nguyễn", 1},
		{"Về", 1}, // ê's circumflex is a vowel's, not a tone
		{"Đoàn", 1},
		{"THƯ", 0},
		{"TRỈỂN", 2}, // a garbled page's capitals (b022)
		{"KHÀÌ", 2},
		{norm.NFD.String("Nguyễn"), 1},
		{"", 0},
	}
	for _, tt := range tests {
		if got := Tones(tt.in); got != tt.want {
			t.Errorf("Tones(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Võ Văn Minh", "vo van minh"},
		{"Đảng uỷ Khối Dân – Chính – Đảng", "dang uy khoi dan chinh dang"},
		{"Đảng ủy Khối Dân - Chính - Đảng", "dang uy khoi dan chinh dang"},
		{"Kết luận số 21-KL/TW", "ket luan so 21-kl/tw"},
		{"TP.HCM", "tp hcm"},
		{"6.373 đảng viên.", "6.373 dang vien"},
		{"  “Đoàn kết”  ", "doan ket"},
		{norm.NFD.String("Phó Bí thư"), "pho bi thu"},
		{"05-ĐA/TU", "05-da/tu"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Đảng uỷ Khối  Dân – Chính – Đảng", "đảng ủy khối dân - chính - đảng"},
		{"Lê Văn Hài", "lê văn hài"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if Key("Lê Văn Hải") == Key("Lê Văn Hài") {
		t.Error("Key must keep diacritics apart")
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Kết luận 21-KL/TW", []string{"ket", "luan", "21-kl/tw", "21", "kl", "tw"}},
		{"Đề án số 05-ĐA/TU", []string{"de", "an", "so", "05-da/tu", "05", "5", "da", "tu"}},
		{"Võ Văn Minh", []string{"vo", "van", "minh"}},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"Võ Văn Minh", 40, "vo-van-minh"},
		{"Kết luận 21-KL/TW", 40, "ket-luan-21-kl-tw"},
		{"Đảng bộ các cơ quan Đảng Thành phố Hồ Chí Minh", 24, "dang-bo-cac-co-quan-dang"},
		{"“…”", 10, ""},
	}
	for _, tt := range tests {
		if got := Slug(tt.in, tt.max); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Đảng uỷ", "21-KL/TW", "6.373", "\xff\xfe", "a\u0301\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fs := Fold(s)
		if Fold(fs) != fs {
			t.Errorf("Fold not idempotent on %q: %q then %q", s, fs, Fold(fs))
		}
		_ = Tone(s)
		_ = Key(s)
		_ = Tokens(s)
		if sl := Slug(s, 16); len(sl) > 16 {
			t.Errorf("Slug too long: %q", sl)
		}
	})
}

// TestToneSyllableFast: the words toneSyllable passes over without
// decomposing them are those moveTone leaves as they are, over syllables
// built from onsets, vowels with every tone and mark, and codas, in both
// cases, composed and not.
func TestToneSyllableFast(t *testing.T) {
	onsets := []string{"", "h", "kh", "th", "qu", "gi", "ng", "Đ", "T"}
	vowels := []string{"a", "e", "y", "o", "u", "i", "â", "ê", "ô", "ơ", "ư", "ă", "oa", "oe", "uy", "ua", "ưa", "uô", "ươ", "ia", "iê", "ai", "oai", "uya"}
	tones := []string{"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}
	codas := []string{"", "n", "ng", "c", "ch", "t", "nh", "i", "o"}
	n := 0
	for _, o := range onsets {
		for _, v := range vowels {
			for _, tone := range tones {
				for _, c := range codas {
					rs := []rune(v)
					for k := range rs { // the tone on each vowel in turn
						w := o + string(rs[:k+1]) + tone + string(rs[k+1:]) + c
						for _, form := range []string{norm.NFC.String(w), norm.NFC.String(strings.ToUpper(w))} {
							n++
							if got, want := toneSyllable(form), moveTone(form); got != want {
								t.Errorf("toneSyllable(%q) = %q, moveTone gives %q", form, got, want)
							}
						}
					}
				}
			}
		}
	}
	if n < 10000 {
		t.Fatalf("only %d syllables tried", n)
	}
}

// TestKeyed checks that Key's shortcut, a string kept as its own key, gives
// what building the key gives: over every rune the shortcut may keep and
// every pair of them (a pair is where composition would change a string),
// and over words of the genre in both cases.
func TestKeyed(t *testing.T) {
	var rs []rune
	for r := rune(0); r < 0x300; r++ {
		rs = append(rs, r)
	}
	for r := rune(0x1ea0); r <= 0x1ef9; r++ {
		rs = append(rs, r)
	}
	kept := 0
	for _, a := range rs {
		for _, b := range rs {
			s := string([]rune{a, b})
			if !keyed(s) {
				continue
			}
			kept++
			if !norm.NFC.IsNormalString(s) {
				t.Fatalf("keyed(%q) but it is not NFC", s)
			}
			if got := key(s); got != s {
				t.Fatalf("keyed(%q), but its key is %q", s, got)
			}
		}
		if s := string(a); keyed(s) && key(s) != s {
			t.Fatalf("keyed(%q), but its key is %q", s, key(s))
		}
	}
	if kept < 100000 {
		t.Fatalf("only %d pairs kept as their own key", kept)
	}
	words := strings.Fields("Đồng chí Nguyễn Văn Hoà, Uỷ viên Ban Thường vụ Tỉnh uỷ, Phó Chủ tịch HĐND tỉnh được bầu giữ chức Bí thư Đảng uỷ Khối khoá XV thủy hòa là 21-KL/TW T.Ư 2020–2025 \u00a0x")
	for _, w := range append(words, strings.Fields(strings.ToLower(strings.Join(words, " ")))...) {
		for _, form := range []string{w, norm.NFD.String(w), w + "\xff"} {
			if got, want := Key(form), key(form); got != want {
				t.Errorf("Key(%q) = %q, built %q", form, got, want)
			}
		}
	}
}

func BenchmarkKey(b *testing.B) {
	s := "Đồng chí Nguyễn Văn Hoà, Uỷ viên Ban Thường vụ Tỉnh uỷ, Phó Chủ tịch Thường trực HĐND tỉnh được bầu giữ chức Bí thư Đảng uỷ Khối các cơ quan tỉnh khoá XV"
	words := strings.Fields(s)
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			Key(w)
		}
	}
}

func TestRoman(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"I", 1, true}, {"IV", 4, true}, {"VI", 6, true}, {"XII", 12, true}, {"XIV", 14, true},
		{"XVI", 16, true}, {"XL", 40, true}, {"IIII", 0, false}, {"VX", 0, false}, {"", 0, false},
		{"xii", 0, false}, {"TW", 0, false}, {"MCM", 0, false},
	}
	for _, tt := range tests {
		got, ok := Roman(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Roman(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestToRoman(t *testing.T) {
	for n, want := range map[int]string{1: "I", 4: "IV", 14: "XIV", 40: "XL", 1999: "MCMXCIX", 0: "", 4000: ""} {
		if got := ToRoman(n); got != want {
			t.Errorf("ToRoman(%d) = %q, want %q", n, got, want)
		}
	}
}
