package units

import (
	"strings"
	"unicode/utf8"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/vn"
)

// Place is where a unit is, as its name prints it: a level word and a proper
// name or number (tỉnh Lâm Đồng, phường Phù Vân, quận 1), a city or province
// named alone (Hà Nội, Thành ủy Cần Thơ), or a level word alone (thành phố, TP,
// phường), which leans on the article for the name.
type Place struct {
	Word string // the level, canonical: thành phố, tỉnh, quận, huyện, thị xã, phường, xã, thị trấn, đặc khu
	Name string // Hồ Chí Minh, Phù Vân, 5; "" when only the level is printed
}

// IsZero reports whether no place is printed.
func (p Place) IsZero() bool { return p.Word == "" && p.Name == "" }

// Bare reports whether only the level is printed: thành phố, TP, phường.
func (p Place) Bare() bool { return p.Name == "" && p.Word != "" }

// HCM reports whether p is Hồ Chí Minh City, however printed (TPHCM, TP.HCM,
// TP HCM, Thành phố Hồ Chí Minh).
func (p Place) HCM() bool { return vn.Key(p.Name) == "hồ chí minh" }

// Level is how high a place stands: a centrally-run city or a province; a
// district, town or county; a ward, commune or township.
type Level int

// The levels of places.
const (
	NoLevel Level = iota
	Top
	District
	Ward
)

// Level is the level of p.
func (p Place) Level() Level { return levelOf(p.Word) }

func levelOf(word string) Level {
	switch word {
	case "thành phố", "tỉnh":
		return Top
	case "quận", "huyện", "thị xã":
		return District
	case "phường", "xã", "thị trấn", "đặc khu":
		return Ward
	}
	return NoLevel
}

// String is the place as a canonical name writes it: TPHCM, tỉnh Lâm Đồng,
// thành phố Hà Nội, phường Phù Vân, Quận 1 (a numbered place capitalises its
// level, as the genre prints it), or the level alone.
func (p Place) String() string {
	switch {
	case p.HCM():
		return "TPHCM"
	case p.Name == "":
		return p.Word
	case p.Word == "":
		return p.Name
	case p.Numbered():
		rs := []rune(p.Word)
		return strings.ToUpper(string(rs[0])) + string(rs[1:]) + " " + p.Name
	}
	return p.Word + " " + p.Name
}

// Numbered reports whether p is a district or ward known by a number (Quận 1,
// Phường 5): many cities have one, so it names a place only within its city.
func (p Place) Numbered() bool {
	if p.Name == "" {
		return false
	}
	for _, r := range p.Name {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// knownPlace matches a province or city named alone at ts[i], skipping a dash
// inside a name (Bà Rịa - Vũng Tàu, Thừa Thiên - Huế). It returns the end, the
// name as canonical text and the level word it implies.
func knownPlace(ts []scan.Token, i int) (end int, name, word string) {
	if i >= len(ts) || !ts[i].Cap() {
		return i, "", ""
	}
	g := tables()
	end = i
	for _, c := range g.places[ts[i].Key] {
		if j, ok := skippingDashes(ts, i, c.words); ok && j > end {
			end, name, word = j, g.placeName[c.e.printed], c.e.canonical
		}
	}
	return end, name, word
}

// skippingDashes is words that lets a dash stand between two words.
func skippingDashes(ts []scan.Token, i int, ws []string) (int, bool) {
	for _, w := range ws {
		if i < len(ts) && ts[i].Mark("-") && i > 0 {
			i++
		}
		if i >= len(ts) || !ts[i].Word || ts[i].Key != w {
			return i, false
		}
		i++
	}
	return i, true
}

// placeAt reads a place at ts[i]. implied is the level word a head such as
// Thành ủy carries, after which a bare capitalised run names the place
// (Thành ủy Cần Thơ); "" for other heads, after which only a known province or
// city is read without its level word.
func placeAt(ts []scan.Token, i int, implied string) (Place, int) {
	if i >= len(ts) || !ts[i].Word {
		return Place{}, i
	}
	// TPHCM, TP.HCM, Tp.HCM, TP.Hồ Chí Minh (TP. glued to the next word).
	switch k := ts[i].Key; {
	case k == "tphcm" || k == "tp.hcm" || k == "hcm" && i > 0 && ts[i-1].Key == "tp":
		return Place{Word: "thành phố", Name: "Hồ Chí Minh"}, i + 1
	case ts[i].Cap():
		// TP.Cần Thơ, H.Tân Hưng: the level abbreviated and glued to the
		// first word of the name.
		word, n := gluedLevel(k)
		if word == "" {
			break
		}
		rest := []rune(ts[i].Text)[n:]
		first := scan.Token{Text: string(rest), Key: vn.Key(string(rest)), Word: true}
		sub := append([]scan.Token{first}, ts[i+1:]...)
		if first.TitleCase() {
			if end, name := placeName(sub, 0); end > 1 || end == 1 && (isKnown(sub, 0) || levelOf(word) != Top) {
				return Place{Word: word, Name: name}, i + end
			}
		}
	}
	if e, j, ok := tables().levels.longest(ts, i); ok {
		lw := [2]string{e.printed, e.canonical}
		if lw[0] == "xã" && j < len(ts) && ts[j].Is("hội") {
			return Place{}, i // xã hội: society, not a commune
		}
		bare := j // TP. at the end of a sentence: the dot is the sentence's
		if lw[0] == "tp" && j < len(ts) && ts[j].Mark(".") {
			j++
		}
		if lw[0] == "tp" && j < len(ts) && ts[j].Is("hcm") {
			return Place{Word: "thành phố", Name: "Hồ Chí Minh"}, j + 1
		}
		if k, ok := scan.Seq(ts, j, "hồ chí minh"); ok && lw[1] == "thành phố" {
			return Place{Word: "thành phố", Name: "Hồ Chí Minh"}, k
		}
		if j < len(ts) && ts[j].Digits() && len(ts[j].Text) <= 3 && levelOf(lw[1]) != Top {
			return Place{Word: lw[1], Name: strings.TrimLeft(ts[j].Text, "0")}, j + 1
		}
		if end, name := placeName(ts, j); end > j && (end-j >= 2 || levelOf(lw[1]) != Top || isKnown(ts, j)) {
			if lw[1] == "tỉnh" && end-j == 2 && personAfterProvince(ts, j) {
				return Place{Word: lw[1]}, bare
			}
			// A city or province is named in two syllables or more (a lone
			// capital after TP. may begin the next sentence), unless known: Huế.
			if levelOf(lw[1]) != Top && isKnown(ts, j) {
				end, name = districtName(ts, end, name, j)
			}
			return Place{Word: lw[1], Name: name}, end
		}
		return Place{Word: lw[1]}, bare
	}
	if end, name, word := knownPlace(ts, i); end > i {
		return Place{Word: word, Name: name}, end
	}
	if implied != "" {
		if end, name := placeName(ts, i); end > i {
			if implied == "tỉnh" && end-i == 2 && personAfterProvince(ts, i) {
				// Trưởng ban Tổ chức Tỉnh ủy Nguyễn Chín: as after tỉnh,
				// two words beginning with a family name that name no
				// province are the holder's name.
				return Place{}, i
			}
			return Place{Word: implied, Name: name}, end
		}
	}
	return Place{}, i
}

// personAfterProvince reports whether the two capitalised words at ts[j],
// after tỉnh, are a person's name rather than the province's: provinces are
// a closed set (lexicon.TopPlaces, lexicon.FormerProvinces), so two words
// that begin with a family name and are none of them name the holder of the
// post printed before (Chủ tịch UBND tỉnh Trần Phong), while a district's or a
// city's name, an open set, stays a place (thành phố Phan Thiết).
func personAfterProvince(ts []scan.Token, j int) bool {
	if !scan.IsFamilyName(ts[j].Key) || isKnown(ts, j) {
		return false
	}
	return !tables().former[ts[j].Key+" "+ts[j+1].Key]
}

// gluedLevel reads the abbreviated level word a token begins with, glued to
// the name by its dot (TP.Cần Thơ, H.Tân Hưng, Q.Bình Thạnh, TX.Thuận An,
// P.Bình Chuẩn): the level word and the runes of the abbreviation with its
// dot; "" when k begins with none.
func gluedLevel(k string) (string, int) {
	for _, a := range [][2]string{{"tp.", "thành phố"}, {"tx.", "thị xã"}, {"tt.", "thị trấn"},
		{"h.", "huyện"}, {"q.", "quận"}, {"p.", "phường"}, {"x.", "xã"}} {
		if strings.HasPrefix(k, a[0]) {
			return a[1], len(a[0])
		}
	}
	return "", 0
}

// placeName reads the proper name of a place from ts[i]: a known province or
// city, else a run of capitalised syllables. A person's name may follow a place
// with nothing between them (Bí thư Đảng ủy phường Phù Vân Nguyễn Văn A), so the
// run is cut where a family name begins a name of two to four syllables that
// ends it; a run that is itself such a name of three or four syllables is a
// person, not a place (Bí thư Thành ủy Nguyễn Thị Nghĩa).
func placeName(ts []scan.Token, i int) (int, string) {
	if end, name, _ := knownPlace(ts, i); end > i {
		return end, name
	}
	n := 0
	for i+n < len(ts) && ts[i+n].TitleCase() && n < 8 && !termWord(ts, i+n) {
		n++
	}
	if n == 0 {
		return i, ""
	}
	if _, ok := scan.Seq(ts, i, "hồ chí minh"); ok {
		return i + 3, "Hồ Chí Minh"
	}
	for m := min(n, 3); m >= 2; m-- {
		// Bí thư tỉnh ủy Long Châu Sa (kynangandlifeskills), Tỉnh uỷ Hà
		// Đông: a province of earlier decades is read whole, never cut
		// before a family name inside it nor taken for a person.
		if tables().former[joinKeys(ts[i:i+m])] {
			return i + m, joinWords(ts[i : i+m])
		}
	}
	if n >= 3 && n <= 4 && (scan.IsFamilyName(ts[i].Key) || ts[i+1].Is("văn", "thị")) && !inProvince(ts, i+n) && !letter(ts[i+n-1]) {
		// Nguyễn Thị Nghĩa, Chẩu Văn Lâm (Văn and Thị are the middle
		// names): a person, unless a province follows the run, as it
		// follows a district's name (huyện Hoàng Su Phì, tỉnh Hà Giang),
		// or the run ends on a letter alone, as districts split in two are
		// named (huyện Châu Thành A, Huyện ủy Châu Thành A): a person's
		// name printed after the post is printed whole.
		return i, ""
	}
	// Where two cuts could begin a name (huyện Thạch Hà Nguyễn Văn An: Hà
	// and Nguyễn are both family names), the one that leaves a name of
	// three syllables, the commonest, wins; else the first.
	cut := n
	for p := 1; p < n; p++ {
		if scan.IsFamilyName(ts[i+p].Key) && n-p >= 2 && n-p <= 4 {
			if cut == n {
				cut = p
			}
			if n-p == 3 {
				cut = p
				break
			}
		}
	}
	if cut > 4 {
		return i, ""
	}
	return i + cut, joinWords(ts[i : i+cut])
}

// termWord reports whether ts[k] is khóa printed with a capital before the
// term's number (Huyện ủy Khóa XX, Tỉnh ủy Khoá 15): the term, never a place's
// name.
func termWord(ts []scan.Token, k int) bool {
	if !ts[k].Is("khóa", "khoá") || k+1 >= len(ts) {
		return false
	}
	if ts[k+1].Digits() {
		return true
	}
	_, ok := vn.Roman(ts[k+1].Text)
	return ok
}

// letter reports whether t is a letter alone (the A of Châu Thành A).
func letter(t scan.Token) bool { return utf8.RuneCountInString(t.Text) == 1 }

// districtName is the name of a district or commune that begins with a
// province's (huyện Điện Biên Đông, of tỉnh Điện Biên), read past the
// province's name at ts[end] while capitalised syllables follow that begin
// no person's name nor a term (khóa), up to four in all; name and end as
// they are when none follows.
func districtName(ts []scan.Token, end int, name string, start int) (int, string) {
	e := end
	for e < len(ts) && e-start < 4 && ts[e].TitleCase() && !scan.IsFamilyName(ts[e].Key) && !ts[e].Is("khóa", "nhiệm") {
		e++
	}
	if e == end {
		return end, name
	}
	return e, joinWords(ts[start:e])
}

// inProvince reports whether a province or a city is printed at ts[k] after
// a comma or in brackets: ", tỉnh Hà Giang", " (Long An)".
func inProvince(ts []scan.Token, k int) bool {
	if k+1 >= len(ts) || !ts[k].Mark(",") && !ts[k].Mark("(") {
		return false
	}
	pl, _ := placeAt(ts, k+1, "")
	return pl.Name != "" && pl.Level() == Top
}

// joinWords writes tokens with single spaces, and dashes between words as en
// dashes with spaces around them, the way canonical names are written.
func joinWords(ts []scan.Token) string {
	var b strings.Builder
	for k, t := range ts {
		if k > 0 && !t.Mark(",") {
			b.WriteByte(' ')
		}
		if t.Mark("-") {
			b.WriteString("–")
			continue
		}
		b.WriteString(vn.NFC(t.Text))
	}
	return b.String()
}

func isKnown(ts []scan.Token, i int) bool {
	end, _, _ := knownPlace(ts, i)
	return end > i
}

// Places returns the places text names, in the order printed: a level word
// with a name or number (tỉnh Tây Ninh, phường Phù Vân), Hồ Chí Minh City
// however printed, a province or city named alone. Bare level words are left
// out: they name nothing by themselves, and so are the places a person comes
// from or lives in (quê quán xã A, huyện B, tỉnh C; sinh tại; trú tại), which
// say nothing of where the article's units are.
func Places(text string) []Place { return placesIn(scan.Tokens(text)) }

// PlacesOf is Places of the tokens a text was cut into
// (recognize.Sentence.Places).
func PlacesOf(ts []scan.Token) []Place { return placesIn(ts) }

func placesIn(ts []scan.Token) []Place {
	var out []Place
	home := false // in the places after quê quán, sinh tại...
	for i := 0; i < len(ts); {
		if end, ok := personalPlace(ts, i); ok {
			home, i = true, end
			continue
		}
		if !ts[i].Cap() && levelOf(canonicalLevel(ts[i].Key)) == NoLevel && !ts[i].Is("thành", "thị", "đặc") {
			if !ts[i].Mark(",") && !ts[i].Mark(":") && !ts[i].Mark("-") {
				home = false
			}
			i++
			continue
		}
		p, end := placeAt(ts, i, "")
		if end > i && p.Name != "" {
			if !home {
				out = append(out, p)
			}
			i = end
			continue
		}
		home = false
		i++
	}
	return out
}

// personalPlace reports the words that introduce where a person was born,
// comes from or lives at ts[i], and the index after them.
func personalPlace(ts []scan.Token, i int) (int, bool) {
	for _, w := range []string{"quê quán", "nguyên quán", "quê ở", "quê hương", "quê", "sinh ra tại", "sinh ra ở",
		"sinh tại", "sinh ở", "thường trú tại", "thường trú", "trú tại", "nơi ở", "nơi sinh"} {
		if end, ok := scan.Seq(ts, i, w); ok {
			return end, true
		}
	}
	return i, false
}

func canonicalLevel(key string) string {
	for _, lw := range lexicon.LevelWords() {
		if lw[0] == key {
			return lw[1]
		}
	}
	return ""
}

// Apposed returns the places printed in apposition at the head of text, each
// after a comma, as the genre places a unit in its district and city: for
// "Đảng bộ phường Tân Định, quận 1, TPHCM tổ chức", the text after the unit,
// ", quận 1, TPHCM tổ chức", gives quận 1 and TPHCM. A place must carry its
// level word or be a known province or city; the run ends at the first thing
// that is not such a place.
func Apposed(text string) []Place {
	ts := scan.Tokens(text)
	var out []Place
	for i := 0; i+1 < len(ts) && ts[i].Mark(","); {
		p, end := placeAt(ts, i+1, "")
		if end == i+1 || p.Name == "" {
			break
		}
		out = append(out, p)
		i = end
	}
	return out
}

// joinKeys is the keys (vn.Key) of ts joined by spaces, as the tables key
// names of several words.
func joinKeys(ts []scan.Token) string {
	ks := make([]string, len(ts))
	for x, t := range ts {
		ks[x] = t.Key
	}
	return strings.Join(ks, " ")
}
