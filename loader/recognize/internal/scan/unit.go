package scan

import (
	"slices"
	"strings"
	"sync"

	"github.com/cadregraph/cadregraph/lexicon"
)

// unitWords are the scanner's words from the lexicon: the heads a unit's name
// begins with (small or only capitalised), the small words that continue a
// name, the compounds it reads on over, the words a number or a place follows.
type unitWords struct {
	small, capital, name, compounds, numbered, places, placeLast []string
	// tails are lexicon.UnitTails: words after a name, perhaps after a
	// dash, that are part of it (Trường Sơn – đường Hồ Chí Minh).
	tails []string
	// fields are lexicon.NameFields: small-letter fields that go on a
	// name after any of its words (Vụ Kinh tế nông nghiệp).
	fields []string
	// headFirst are the first words of the heads that are no family name
	// (ban, sở, hội, bộ, đảng, thành, tỉnh): a name never begins on one.
	headFirst map[string]bool
	// mass are the mass organisations' heads of two words or more (hội
	// luật gia, liên hiệp các hội khoa học và kỹ thuật): printed whole after
	// a capital, they name a unit whatever the case of their later words
	// (Hội luật gia tỉnh, Hội chữ thập đỏ Việt Nam, Liên hiệp Các hội khoa
	// học và kỹ thuật tỉnh).
	mass []string
}

// lex is the scanner's words, read from the lexicon once and never changed
// after.
var lex = sync.OnceValue(func() *unitWords {
	places := lexicon.PlaceWords()
	headFirst := map[string]bool{}
	for _, h := range slices.Concat(lexicon.SmallHeads(), lexicon.CapitalHeads()) {
		if w := strings.Fields(h)[0]; !IsFamilyName(w) {
			headFirst[w] = true
		}
	}
	var mass []string
	for _, h := range lexicon.UnitHeads() {
		if h.Kind == lexicon.KindMass && strings.Contains(h.Text, " ") {
			mass = append(mass, h.Text)
		}
	}
	return &unitWords{
		headFirst: headFirst,
		mass:      mass,
		small:     lexicon.SmallHeads(),
		capital:   lexicon.CapitalHeads(),
		name:      lexicon.NameWords(),
		compounds: lexicon.Compounds(),
		numbered:  lexicon.NumberedWords(),
		places:    places,
		placeLast: lastWords(places),
		tails:     lexicon.UnitTails(),
		fields:    lexicon.NameFields(),
	}
})

// matchAny returns the end of the longest phrase of phrases that follows from
// ts[i], or i.
func matchAny(ts []Token, i int, phrases []string) int {
	best := i
	for _, p := range phrases {
		if j, ok := Seq(ts, i, p); ok && j > best {
			best = j
		}
	}
	return best
}

// UnitHead returns the end of the head word of a unit's name at ts[i] (Đảng bộ,
// Ban Thường vụ, Thành ủy, Hội, UBND...), or i when no unit begins there.
func UnitHead(ts []Token, i int) int {
	if i >= len(ts) || !ts[i].Word {
		return i
	}
	small, capital := lex().small, lex().capital
	if j := matchAny(ts, i, small); j > i {
		return j
	}
	if !ts[i].Cap() {
		return i
	}
	if j := matchAny(ts, i, lex().mass); j > i+1 {
		return j
	}
	j := matchAny(ts, i, capital)
	if j == i {
		return i
	}
	// A capitalised common word (Ban, Hội, Đoàn, Sở, Bộ, Khối...) names a unit
	// only when a name follows it; Đảng, Quốc hội, Chính phủ, Trung ương and the
	// abbreviations stand alone.
	switch ts[i].Key {
	case "ban", "hội", "hiệp", "chi", "đoàn", "sở", "bộ", "khối", "trường", "liên":
		if j >= len(ts) || !(ts[j].Cap() || ts[j].Is("chấp", "thường", "bí", "thanh", "nhân", "kiểm", "liên", "cựu", "nông", "phụ")) {
			return i
		}
	}
	return j
}

// HeadWord reports whether key (a vn.Key) begins a unit's head and is no
// family name: Ban, Sở, Hội, Bộ, Đảng, Tỉnh. A run of capitalised words
// opening on one is a unit's name cut short (Bí thư Ban Cán sự Đoàn, Ban
// Bảo vệ sức khỏe), never a person's.
func HeadWord(key string) bool { return lex().headFirst[key] }

// CutsCompound reports whether a run of words ending just before ts[end]
// cuts one of the lexicon's compounds in two: the capitalised first
// syllable of a name's word, its rest in small letters (Đoàn Đại | học,
// Ban Chỉ | đạo, HĐTV Tập | đoàn). A person's name ends on a word's end.
func CutsCompound(ts []Token, end int) bool {
	if end <= 0 || end >= len(ts) || !ts[end].Word || ts[end].Cap() || ts[end-1].End == ts[end].Start {
		return false
	}
	for _, c := range lex().compounds {
		if j, ok := Seq(ts, end-1, c); ok && j > end {
			return true
		}
	}
	return false
}

// UnitEnd returns the end of the unit's name that begins at ts[i], or i when
// none does. The name runs on over capitalised words, the small words of unit
// names, a place after its place word, "và" joining two capitalised parts of one
// name (Ban Tuyên giáo và Dân vận) and dashes between capitalised words (Dân –
// Chính – Đảng). It stops before a term (khóa XII, nhiệm kỳ), an ordinal (lần
// thứ), a clause word or punctuation.
func UnitEnd(ts []Token, i int) int {
	j := UnitHead(ts, i)
	if j == i {
		return i
	}
	return unitTail(ts, j)
}

func unitTail(ts []Token, j int) int {
	w := lex()
	words, compounds := w.name, w.compounds
	end := j
	for j < len(ts) {
		t := ts[j]
		switch {
		case t.Is("khóa", "lần", "nhiệm", "năm", "và", "về", "của", "các"):
			// "và" joins two parts of one name (Ban Tuyên giáo và Dân vận, Sở
			// Kế hoạch và Đầu tư), not two units or a unit and a document.
			if t.Key == "và" && j+1 < len(ts) && ts[j+1].Cap() && UnitHead(ts, j+1) == j+1 && matchAny(ts, j+1, compounds) > j+2 {
				j++
				continue
			}
			if t.Key == "các" {
				if k := matchAny(ts, j, words); k > j {
					j, end = k, k
					continue
				}
			}
			return end
		case t.Cap() && !startsName(ts, j):
			j++
			end = j
		case t.Word && t.Digits():
			if j > 0 && ts[j-1].Is(w.placeLast...) || numbered(ts, j) {
				j++
				end = j
				continue
			}
			return end
		case t.Word:
			k := matchAny(ts, j, words)
			if k == j {
				k = matchAny(ts, j, w.tails)
			}
			if k == j && j > 0 && ts[j-1].Word {
				// Vụ Kinh tế nông nghiệp: a field after the name's words,
				// unless hóa makes another word of it (xã hội hóa).
				if f := matchAny(ts, j, w.fields); f > j && !(f < len(ts) && ts[f].Is("hóa")) {
					k = f
				}
			}
			if k == j && j > 0 && ts[j-1].Cap() {
				if c := matchAny(ts, j-1, compounds); c > j {
					k = c
				} else if c := matchAny(ts, j-1, words); c > j {
					k = c
				}
			}
			// "Tỉnh ủy ban hành": the verb ban hành is not the "ban" of ủy ban.
			if k > j+1 && ts[k-1].Key == "ban" && k < len(ts) && ts[k].Key == "hành" {
				k--
			}
			if k == j {
				return end
			}
			j, end = k, k
		case t.Mark("-") && j > 0 && ts[j-1].Word && j+1 < len(ts) && ts[j+1].Cap() && ts[j].Start > ts[j-1].End:
			j++
		case t.Mark(",") && j > 0 && ts[j-1].Word && Enumerated(ts, j+1):
			// Bộ Văn hóa, Thể thao và Du lịch; Sở Lao động, Thương binh và
			// Xã hội: the name's own list, as the units parser reads it.
			j++
		case t.Mark("-") && matchAny(ts, j+1, w.tails) > j+1:
			// Hội truyền thống Trường Sơn – đường Hồ Chí Minh: the name's tail.
			j = matchAny(ts, j+1, w.tails)
			end = j
		default:
			return end
		}
	}
	return end
}

// Enumerated reports a name's own list going on at ts[k] after its comma: a
// capitalised word that heads no unit and names no one, then và and another
// such word (Thể thao và Du lịch). Two units listed (Sở Y tế, Sở Tài chính)
// or a person after the name are no part of it.
func Enumerated(ts []Token, k int) bool {
	if k >= len(ts) || !ts[k].Cap() || ts[k].Upper() || UnitHead(ts, k) > k || startsName(ts, k) {
		return false
	}
	m := matchAny(ts, k, lex().compounds)
	if m == k {
		m = k + 1
	}
	return m+1 < len(ts) && ts[m].Is("và") && ts[m+1].Cap() && !ts[m+1].Upper() && UnitHead(ts, m+1) == m+1 && !startsName(ts, m+1)
}

// numbered reports whether one of lexicon.NumberedWords ends just before ts[j].
func numbered(ts []Token, j int) bool {
	for _, w := range lex().numbered {
		n := len(strings.Fields(w))
		if j >= n {
			if e, ok := Seq(ts, j-n, w); ok && e == j {
				return true
			}
		}
	}
	return false
}

func lastWords(phrases []string) []string {
	out := make([]string, 0, len(phrases))
	for _, p := range phrases {
		f := strings.Fields(p)
		out = append(out, f[len(f)-1])
	}
	return out
}

// startsName reports whether ts[i] begins a person's name printed after a unit
// (Bí thư Tỉnh ủy Nguyễn Văn A): a common family name followed by two or three
// title-case syllables and then a word in small letters or a mark. Two-syllable
// runs are left to the unit, since places are named so (Hà Nội, Lâm Đồng), and so
// is Hồ Chí Minh, the city's and the Youth Union's name.
func startsName(ts []Token, i int) bool {
	if !ts[i].TitleCase() || !IsFamilyName(ts[i].Key) {
		return false
	}
	if _, ok := Seq(ts, i, "hồ chí minh"); ok {
		return false
	}
	// Chi bộ trường THPT Ngô Gia Tự: after a school's kind, a person's name
	// is the school's.
	for _, w := range lexicon.SchoolWords() {
		if _, ok := Before(ts, i, w); ok {
			return false
		}
	}
	n := 0
	for k := i + 1; k < len(ts) && ts[k].TitleCase(); k++ {
		n++
	}
	if n < 2 || n > 3 {
		return false
	}
	k := i + 1 + n
	// huyện Hoàng Su Phì, tỉnh Hà Giang: a district's name after its place
	// word, its province in apposition — a person's name printed after a
	// post is never followed by a province.
	if i > 0 && ts[i-1].Is(lex().placeLast...) && provinceAfter(ts, k) > k {
		return false
	}
	return k >= len(ts) || !ts[k].Cap()
}

// IsFamilyName reports whether key (a vn.Key) is one of the common Vietnamese
// family names (lexicon.FamilyName). Names lean on it only where a
// capitalised run must be split between a place and a person.
func IsFamilyName(key string) bool { return lexicon.FamilyName(key) }

// PlaceBefore returns where a place set off by a comma that ends just before
// ts[k] begins (the "thành phố Đà Nẵng" of "Đảng bộ phường Hòa Xuân, thành phố
// Đà Nẵng"): a place word and a capitalised name or a number, after a comma.
// It returns k when no place ends there.
func PlaceBefore(ts []Token, k int) int {
	for s := k - 2; s >= 1 && s >= k-7; s-- {
		j := matchAny(ts, s, lex().places)
		if j == s || j >= k || !ts[s-1].Mark(",") {
			continue
		}
		ok := true
		for n := j; n < k; n++ {
			if !ts[n].Word || !ts[n].Cap() && !(n == j && ts[n].Digits()) {
				ok = false
				break
			}
		}
		if ok {
			return s
		}
	}
	return k
}
