package scan

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func words(ts []Token) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Text)
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Kết luận số 21-KL/TW ngày 25/10/2021.", []string{"Kết", "luận", "số", "21-KL/TW", "ngày", "25/10/2021", "."}},
		{"số 15/2023/NĐ-CP của Chính phủ", []string{"số", "15/2023/NĐ-CP", "của", "Chính", "phủ"}},
		{"với 6.373 đảng viên, TP.HCM", []string{"với", "6.373", "đảng", "viên", ",", "TP.HCM"}},
		// A title's initials and its unit's are two words (doluong 2015,
		// tuoitregiongrieng 2023); a place's stay one.
		{"TUV, BT.HU, CT.HĐND huyện", []string{"TUV", ",", "BT", ".", "HU", ",", "CT", ".", "HĐND", "huyện"}},
		{"ĐUV, CT.MTTQ Việt Nam", []string{"ĐUV", ",", "CT", ".", "MTTQ", "Việt", "Nam"}},
		{"Tp.HCM, TT.Huế", []string{"Tp.HCM", ",", "TT.Huế"}},
		{"Dân – Chính – Đảng", []string{"Dân", "–", "Chính", "–", "Đảng"}},
		{"“Đoàn kết - Dân chủ”…", []string{"“", "Đoàn", "kết", "-", "Dân", "chủ", "”", "…"}},
		{"kết luận... của Đảng", []string{"kết", "luận", "...", "của", "Đảng"}},
		{"trưa 20-8, đảng.Đây", []string{"trưa", "20-8", ",", "đảng", ".", "Đây"}},
		{"nhiệm kỳ 2025 - 2030", []string{"nhiệm", "kỳ", "2025", "-", "2030"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := words(Tokens(tt.in)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCutter checks that a Cutter shared by an article's sentences gives
// each the tokens Tokens gives it alone, in every shape a word's text and key
// can take: repeated words in other cases and marks, decomposed letters,
// invalid bytes, the abbreviations of Trung ương whose key depends on their
// neighbours.
func TestCutter(t *testing.T) {
	sentences := []string{
		"Đảng bộ Thành ủy TPHCM; Đảng ủy, ĐẢNG BỘ đảng bộ.",
		"Ủy viên T.Ư Đảng, Ủy viên TƯ, BỘ TƯ PHÁP, thứ TƯ: TƯ",
		"Hòa Bình, hoà bình, Thuỷ, thủy – 21-KL/TW; 6.373; TP.HCM",
		"Hoa\u0300 bi\u0300nh Hòa",      // decomposed, then composed
		"Đảng \xff\xfeĐảng b\xc3ộ \xc3", // invalid bytes
		"“Đoàn kết - Dân chủ”… kết luận... Đảng bộ",
		"",
	}
	c := NewCutter()
	for _, s := range sentences {
		want := Tokens(s)
		got := c.Tokens(s)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("cut %q with a shared cutter:\n%+v\nalone:\n%+v", s, got, want)
		}
		rs := []rune(s)
		for _, tok := range got {
			if tok.Text != string(rs[tok.Start:tok.End]) {
				t.Errorf("%q: token %+v is not the runes %d-%d, %q", s, tok, tok.Start, tok.End, string(rs[tok.Start:tok.End]))
			}
		}
	}
}

// TestCutterForgets checks that a Cutter serving a corpus, one article after
// another, remembers no more words than its bound (maxKeys; a small one
// here) and cuts as Tokens does after it has forgotten them.
func TestCutterForgets(t *testing.T) {
	const max = 64
	c := NewCutter()
	c.max = max
	for n := range 3 {
		var b strings.Builder
		for i := range max * 3 / 4 {
			fmt.Fprintf(&b, "Đảng%d ủy%d, ", n*max+i, i)
		}
		s := b.String()
		if got, want := c.Tokens(s), Tokens(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("article %d: a Cutter that forgot its words cuts otherwise than Tokens", n)
		}
		if len(c.keys) > max {
			t.Fatalf("article %d: the Cutter remembers %d words, more than %d", n, len(c.keys), max)
		}
	}
}

// TestCentralAbbrev checks the keys of the abbreviations of Trung ương: T.Ư
// and T.W always, TƯ beside a word in small letters or a name, never inside
// a run of capitals (a headline's LẦN THỨ TƯ, BỘ TƯ PHÁP) nor as tư.
func TestCentralAbbrev(t *testing.T) {
	tests := []struct {
		in   string
		want string // the keys, space-separated
	}{
		{"Ủy viên T.Ư Đảng", "ủy viên tw đảng"},
		{"Ban Tổ chức T.W.", "ban tổ chức tw ."},
		{"Chủ nhiệm UBKT TƯ", "chủ nhiệm ubkt tw"},
		{"ủy viên TƯ Đảng", "ủy viên tw đảng"},
		{"UV BCT TƯ Đảng", "uv bct tw đảng"},
		{"Ủy viên TƯ.", "ủy viên tw ."},
		{"HỘI NGHỊ LẦN THỨ TƯ", "hội nghị lần thứ tư"},
		{"BỘ TƯ PHÁP", "bộ tư pháp"},
		{"ngày thứ TƯ tuần này", "ngày thứ tư tuần này"},
		{"Bộ Tư pháp", "bộ tư pháp"},
		// UVT.Ư Đảng (baoninhbinh): Ủy viên T.Ư, UVTW's key.
		{"Nguyễn Thị Thanh, UVT.Ư Đảng", "nguyễn thị thanh , uvtw đảng"},
		// Trap: the dotted name of another body keeps its own key.
		{"UBT.Ư MTTQ", "ubt.ư mttq"},
	}
	for _, tt := range tests {
		var keys []string
		for _, tok := range Tokens(tt.in) {
			keys = append(keys, tok.Key)
		}
		if got := strings.Join(keys, " "); got != tt.want {
			t.Errorf("keys of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestMisspelt checks the keys of a title printed misspelt
// (lexicon.Misspellings): the word meant, the text as printed; traps keep
// their own keys (a syllable alone, one split by a mark).
func TestMisspelt(t *testing.T) {
	tests := []struct {
		in   string
		want string // the keys, space-separated
	}{
		// tiendienhatinh 2025 (fr001), tuoitregiongrieng 2021 (fr008).
		{"phó Bi thư thường trực Đảng uỷ", "phó bí thư thường trực đảng ủy"},
		{"Viên Thế Tấn - Bí thu Đảng ủy xã", "viên thế tấn - bí thư đảng ủy xã"},
		{"BI THU ĐOÀN", "bí thư đoàn"},
		// Traps.
		{"Bi, thư và Bí đỏ", "bi , thư và bí đỏ"},
		{"mùa thu", "mùa thu"},
	}
	for _, tt := range tests {
		toks := Tokens(tt.in)
		var keys []string
		for _, tok := range toks {
			keys = append(keys, tok.Key)
		}
		if got := strings.Join(keys, " "); got != tt.want {
			t.Errorf("keys of %q = %q, want %q", tt.in, got, tt.want)
		}
		if toks[0].Text == "" {
			t.Errorf("%q: no text", tt.in)
		}
	}
	if ts := Tokens("Bi thư"); ts[0].Text != "Bi" || ts[1].Text != "thư" {
		t.Errorf("Bi thư printed as %q %q, want the text as printed", ts[0].Text, ts[1].Text)
	}
}

func TestTokenSpans(t *testing.T) {
	s := "Đảng uỷ Khối  (mở rộng)"
	rs := []rune(s)
	for _, tok := range Tokens(s) {
		if got := string(rs[tok.Start:tok.End]); got != tok.Text {
			t.Errorf("span %d-%d is %q, token %q", tok.Start, tok.End, got, tok.Text)
		}
	}
	if k := Tokens(s)[1].Key; k != "ủy" {
		t.Errorf("key of uỷ = %q", k)
	}
}

func TestNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"36", 36, true}, {"6.373", 6373, true}, {"1.200.000", 1200000, true}, {"06", 6, true},
		{"6.37", 0, false}, {"3,5", 0, false}, {"1,300", 0, false}, {"20-8", 0, false},
	}
	for _, tt := range tests {
		got, ok := Number(Tokens(tt.in)[0])
		if got != tt.want || ok != tt.ok {
			t.Errorf("Number(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestUnitEnd(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Bộ Văn hóa, Thể thao và Du lịch quy định", "Bộ Văn hóa, Thể thao và Du lịch"},
		{"Sở Lao động, Thương binh và Xã hội tỉnh Nghệ An tổ chức", "Sở Lao động, Thương binh và Xã hội tỉnh Nghệ An"},
		{"Sở Y tế, Sở Tài chính và Sở Nội vụ", "Sở Y tế"},     // trap: units listed
		{"Sở Y tế, Nguyễn Văn Nam và Lê Văn Hùng", "Sở Y tế"}, // trap: people after it
		{"Ban Thường vụ Thành ủy về việc", "Ban Thường vụ Thành ủy"},
		{"Ban Chấp hành Trung ương Đảng khoá XII", "Ban Chấp hành Trung ương Đảng"},
		{"Bộ Chính trị về “Học tập”", "Bộ Chính trị"},
		{"Đảng bộ các cơ quan Đảng phường Phù Vân lần thứ I", "Đảng bộ các cơ quan Đảng phường Phù Vân"},
		{"Đảng ủy Khối Dân – Chính – Đảng TPHCM tổ chức Hội nghị", "Đảng ủy Khối Dân – Chính – Đảng TPHCM"},
		{"Đảng bộ thành phố đạt được", "Đảng bộ thành phố"},
		{"đảng bộ phường lần thứ I", "đảng bộ phường"},
		{"Đảng bộ các cấp", "Đảng bộ"},
		{"Ban Tuyên giáo và Dân vận Thành ủy TPHCM; Nguyễn", "Ban Tuyên giáo và Dân vận Thành ủy TPHCM"},
		{"Ủy ban nhân dân tỉnh Quảng Ninh và Sở Nội vụ", "Ủy ban nhân dân tỉnh Quảng Ninh"},
		{"Đảng ủy Phường 5 đã", "Đảng ủy Phường 5"},
		{"Tỉnh ủy Hà Nam Nguyễn Văn An phát biểu", "Tỉnh ủy Hà Nam"},
		{"Hội Cựu chiến binh Khối và Đoàn TNCS Hồ Chí Minh Khối", "Hội Cựu chiến binh Khối"},
		{"Đoàn TNCS Hồ Chí Minh tỉnh", "Đoàn TNCS Hồ Chí Minh tỉnh"},
		{"ban hành", ""},
		{"Ban Thường vụ Tỉnh ủy ban hành Chỉ thị", "Ban Thường vụ Tỉnh ủy"},
		{"Ủy ban nhân dân tỉnh Đồng Nai ban hành", "Ủy ban nhân dân tỉnh Đồng Nai"},
		{"Ban hành", ""},
		{"hội nghị", ""},
		{"Đảng bộ Quân khu 7 tổ chức Đại hội", "Đảng bộ Quân khu 7"},
		// A school's cell: trường in small letters, the school named after
		// a person (thptngogiatu 2020).
		{"chi bộ trường THPT Ngô Gia Tự đã diễn ra", "chi bộ trường THPT Ngô Gia Tự"},
		{"Chi bộ Trường Tiểu học Nguyễn Du khóa II", "Chi bộ Trường Tiểu học Nguyễn Du"},
		{"Chi bộ Nguyễn Văn An phát biểu", "Chi bộ"},                   // trap: no school, a person after it
		{"Tỉnh ủy Nghệ An Nguyễn Văn An phát biểu", "Tỉnh ủy Nghệ An"}, // trap
		{"Đảng ủy Quân đoàn 4 tổ chức", "Đảng ủy Quân đoàn 4"},
		{"Đảng ủy Bộ Chỉ huy Quân sự tỉnh Điện Biên tổ chức", "Đảng ủy Bộ Chỉ huy Quân sự tỉnh Điện Biên"},
		{"Đảng bộ Tập đoàn Điện lực Việt Nam lần thứ IV", "Đảng bộ Tập đoàn Điện lực Việt Nam"},
		{"Đảng ủy Tổng công ty Điện lực miền Nam tổ chức", "Đảng ủy Tổng công ty Điện lực miền Nam"},
		{"Đảng ủy Học viện Chính trị quốc gia Hồ Chí Minh tổ chức", "Đảng ủy Học viện Chính trị quốc gia Hồ Chí Minh"},
		{"Đảng bộ Ngân hàng Nhà nước Việt Nam tổ chức", "Đảng bộ Ngân hàng Nhà nước Việt Nam"},
		// A number follows a numbered unit word only.
		{"Đảng bộ Tập đoàn 2 năm qua", "Đảng bộ Tập đoàn"},
		// The Trường Sơn veterans' association, its name's tail after a
		// dash in small letters (baomoi 2024, Đồng Nai); trap: a dash
		// before another word ends the name.
		{"Hội Truyền thống Trường Sơn- đường Hồ Chí Minh tỉnh Đồng Nai lần thứ nhất", "Hội Truyền thống Trường Sơn- đường Hồ Chí Minh tỉnh Đồng Nai"},
		{"Hội Truyền thống Trường Sơn đường Hồ Chí Minh thành phố Bắc Kạn tổ chức", "Hội Truyền thống Trường Sơn đường Hồ Chí Minh thành phố Bắc Kạn"},
		{"Hội Nông dân tỉnh - đường lối", "Hội Nông dân tỉnh"},
	}
	for _, tt := range tests {
		ts := Tokens(tt.in)
		got := Text([]rune(tt.in), ts, 0, UnitEnd(ts, 0))
		if got != tt.want {
			t.Errorf("UnitEnd(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPlaceBefore(t *testing.T) {
	// The text before "|" is searched for a place that ends there.
	tests := []struct{ in, want string }{
		{"Đảng bộ phường Hòa Xuân, thành phố Đà Nẵng | tổ chức", "thành phố Đà Nẵng"},
		{"Đảng bộ huyện Cam Lộ, tỉnh Quảng Trị | đã", "tỉnh Quảng Trị"},
		{"Đảng ủy, phường 5 | tổ chức", "phường 5"},
		{"Đảng bộ phường Hòa Xuân | tổ chức", ""},
		{"các xã, phường | tổ chức", ""},
		{"tại thành phố lớn | và", ""},
	}
	for _, tt := range tests {
		before, _, _ := strings.Cut(tt.in, " |")
		ts := Tokens(before)
		k := len(ts)
		got := Text([]rune(before), ts, PlaceBefore(ts, k), k)
		if got != tt.want {
			t.Errorf("PlaceBefore(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSeq(t *testing.T) {
	ts := Tokens("Nghị quyết Trung ương 4")
	if j, ok := Seq(ts, 0, "nghị quyết"); !ok || j != 2 {
		t.Errorf("Seq = %d, %v", j, ok)
	}
	if _, ok := SeqFold(ts, 2, "trung uong"); !ok {
		t.Error("SeqFold failed")
	}
	if j, ok := Before(ts, 4, "trung ương"); !ok || j != 2 {
		t.Errorf("Before = %d, %v", j, ok)
	}
}

func TestCongressAt(t *testing.T) {
	tests := []struct {
		in, unit string
		ordinal  int
	}{
		{"Đại hội đại biểu Đảng bộ huyện Mường Khương lần thứ XXI", "Đảng bộ huyện Mường Khương", 21},
		// The province in apposition between the unit and the ordinal.
		{"Đại hội đại biểu Đảng bộ huyện Mường Khương, tỉnh Lào Cai lần thứ XXI nhiệm kỳ 2020 - 2025", "Đảng bộ huyện Mường Khương", 21},
		{"Đại hội Đảng bộ huyện Mường Khương, tỉnh Lào Cai và Đảng bộ", "Đảng bộ huyện Mường Khương", 0},
		{"Đại hội đại biểu Hội Nông dân toàn quốc lần thứ V", "Hội Nông dân", 5},
	}
	for _, tt := range tests {
		ts := Tokens(tt.in)
		c, ok := CongressAt(ts, 0)
		if !ok {
			t.Errorf("CongressAt(%q): none", tt.in)
			continue
		}
		if got := Text([]rune(tt.in), ts, c.UnitStart, c.UnitEnd); got != tt.unit || c.Ordinal != tt.ordinal {
			t.Errorf("CongressAt(%q) = %q, %d; want %q, %d", tt.in, got, c.Ordinal, tt.unit, tt.ordinal)
		}
	}
}

// TestSeqCut holds Seq to the plain reading it short-cuts (cut the phrase at
// single spaces, skip empty words, compare each word with a word token's
// key) at every token, on phrases with doubled, leading and trailing spaces,
// words that are a key's start or extend it, and tokens that are no words,
// with no key or with a space in it.
func TestSeqCut(t *testing.T) {
	plain := func(ts []Token, i int, phrase string) (int, bool) {
		for _, w := range strings.Split(phrase, " ") {
			if w == "" {
				continue
			}
			if i >= len(ts) || !ts[i].Word || ts[i].Key != w {
				return i, false
			}
			i++
		}
		return i, true
	}
	ts := append(Tokens("Bí thư Tỉnh ủy, Phó Bí thư thường trực (Bí thư)"),
		Token{Key: "", Word: true}, Token{Key: "ban bí", Word: true}, Token{Key: "thư", Word: true})
	for _, phrase := range []string{
		"", " ", "bí", "bí thư", "bí  thư", " bí thư", "bí thư ", "bí th", "bí thưa", "b", "bíthư",
		"bí thư tỉnh ủy", "tỉnh ủy ,", ",", "phó bí thư thường trực", "thường trực (", "(", ")",
		"ban bí thư", "ban bí", "ban", "thư", "x",
	} {
		for i := 0; i <= len(ts)+1; i++ {
			gj, gok := Seq(ts, i, phrase)
			wj, wok := plain(ts, i, phrase)
			if gj != wj || gok != wok {
				t.Errorf("Seq(%d, %q) = %d, %v; want %d, %v", i, phrase, gj, gok, wj, wok)
			}
		}
	}
}

// BenchmarkSeq asks Seq, at every token of a sentence of a congress's
// report, whether one of the phrases a recogniser looks for begins there:
// as the recognisers ask, and as most asks fail on the first word.
func BenchmarkSeq(b *testing.B) {
	ts := NewCutter().Tokens("Phát biểu chỉ đạo tại Đại hội, đồng chí Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy TPHCM ghi nhận, biểu dương những kết quả mà Đảng bộ các cơ quan Đảng Thành phố đạt được trong nhiệm kỳ 2020 - 2025 và đề nghị Ban Chấp hành khóa mới tập trung lãnh đạo thực hiện thắng lợi Nghị quyết Đại hội.")
	phrases := []string{"phát biểu", "phát biểu chỉ đạo", "báo cáo", "nhấn mạnh", "đề nghị", "yêu cầu", "cho biết", "khẳng định", "ghi nhận", "biểu dương", "chủ trì", "trình bày", "tham dự", "dự đại hội", "ban chấp hành", "bch", "nhiệm kỳ", "khóa"}
	b.ReportAllocs()
	for b.Loop() {
		for i := range ts {
			for _, p := range phrases {
				Seq(ts, i, p)
			}
		}
	}
}

// TestNumberWord: one to twenty and the tens as a plenum or congress is
// counted in words (lần thứ mười hai), read from the number's first word; and
// the words around numbers that are no part of one.
func TestNumberWord(t *testing.T) {
	tests := []struct {
		in   string
		want int
		n    int // words read
	}{
		{"một", 1, 1}, {"nhất", 1, 1}, {"hai", 2, 1}, {"ba", 3, 1}, {"tư", 4, 1}, {"bốn", 4, 1},
		{"năm", 5, 1}, {"sáu", 6, 1}, {"bảy", 7, 1}, {"tám", 8, 1}, {"chín", 9, 1}, {"mười", 10, 1},
		{"mười một", 11, 2}, {"mười hai", 12, 2}, {"mười ba", 13, 2}, {"mười bốn", 14, 2},
		{"mười lăm", 15, 2}, {"mười sáu", 16, 2}, {"mười bảy", 17, 2}, {"mười tám", 18, 2},
		{"mười chín", 19, 2}, {"hai mươi", 20, 2}, {"hai mươi mốt", 21, 3}, {"hai mươi tư", 24, 3},
		{"ba mươi lăm", 35, 3}, {"Mười Hai", 12, 2},
		// Traps: "mười năm" and "hai mươi năm" are years; lăm and mốt
		// count only after ten; "mươi" alone is no number.
		{"mười năm qua", 10, 1},
		{"hai mươi năm qua", 20, 2},
		{"lăm", 0, 0}, {"mốt", 0, 0}, {"mươi", 0, 0}, {"hai người", 2, 1}, {"Ban", 0, 0},
	}
	for _, tt := range tests {
		ts := Tokens(tt.in)
		got, e := NumberWord(ts, 0)
		if got != tt.want || e != tt.n {
			t.Errorf("NumberWord(%q) = %d, %d words; want %d, %d", tt.in, got, e, tt.want, tt.n)
		}
	}
}
