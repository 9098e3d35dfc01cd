package schema

import (
	"strings"
	"sync"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/vn"
)

// English glosses, so that readers without Vietnamese can use the API. Titles
// and unit names are glossed by composing their parts rather than by a list of
// whole titles, so that a combination no article has shown yet still glosses:
// Phó (Deputy) + Bí thư (Secretary) + Thường trực (Standing) is "Standing
// Deputy Secretary", and Phó Chủ nhiệm Thường trực is "Standing Deputy
// Chairman" without either being listed. Parts are matched on their folded
// form (vn.Fold), so Đảng uỷ and Đảng ủy, or a title in capitals, gloss alike.
// What the tables do not know is kept as printed: a proper name (Khối Dân –
// Chính – Đảng) is better left in Vietnamese than guessed.

// A titleWord is a part of a post's title: a head (the office) or a modifier
// (Thường trực) that qualifies the head. Phó is not listed: it makes the head
// a deputy (see deputyOf).
type titleWord struct {
	folded string
	en     string
	head   bool
	// A head that ends with a unit's first words (Trưởng Ban, Chánh Văn phòng)
	// gives those tail words back when a unit's name follows, and is then
	// short: Chánh Văn phòng Thành ủy is "Chief of the Office of the ... City
	// Party Committee", Chánh Văn phòng alone "Chief of Office".
	tail  int
	short string
}

// glossary is the lexicon's glosses as the glossary matches them, read once
// and never changed after: the parts of titles (lexicon.Titles' heads and
// lexicon.TitleWords) and the heads of units' names (lexicon.UnitHeads,
// lexicon.UnitGlosses). The matcher keeps the longest entry that matches at
// a word (Tổng Bí thư over Bí thư).
var glossary = sync.OnceValue(func() (g glosses) {
	for _, t := range lexicon.Titles() {
		if t.Gloss != "" {
			w := titleWord{folded: vn.Fold(t.Text), en: t.Gloss, head: true}
			if t.GlossShort != "" {
				w.tail, w.short = t.Shares, t.GlossShort
			}
			g.titles = append(g.titles, w)
		}
	}
	for _, t := range lexicon.TitleWords() {
		g.titles = append(g.titles, titleWord{folded: vn.Fold(t.Text), en: t.Gloss, head: !t.Modifier})
	}
	for _, h := range lexicon.UnitHeads() {
		if h.Gloss != "" {
			g.units = append(g.units, unitWord{vn.Fold(h.Text), h.Gloss, h.Class == lexicon.Committee})
		}
	}
	for _, u := range lexicon.UnitGlosses() {
		g.units = append(g.units, unitWord{vn.Fold(u.Text), u.Gloss, false})
	}
	g.places, g.placeKinds = lexicon.PlaceGlosses(), lexicon.PlaceKinds()
	return g
})

// glosses are the glossary's entries: the parts of titles, the heads of
// units' names.
type glosses struct {
	titles     []titleWord
	units      []unitWord
	places     map[string]string // lexicon.PlaceGlosses
	placeKinds []lexicon.PlaceKind
}

// A unitWord is the head of a unit's name: its English, and how the rest of
// the name (the place or the unit it belongs to) attaches to it.
type unitWord struct {
	folded string
	en     string
	// place: the rest is a place that comes before the head (Thành ủy TPHCM:
	// Ho Chi Minh City Party Committee); otherwise "<en> of <rest>".
	place bool
}

// words is a name cut into its printed words and their folded forms.
type words struct {
	printed, folded []string
}

func splitWords(s string) words {
	var w words
	for _, p := range strings.Fields(s) {
		f := vn.Fold(p)
		if f == "" {
			// A dash or other mark between words: keep it with the word
			// before, so that word positions stay aligned.
			if n := len(w.printed); n > 0 {
				w.printed[n-1] += " " + p
			}
			continue
		}
		w.printed = append(w.printed, p)
		w.folded = append(w.folded, f)
	}
	return w
}

// match is the number of words of phrase (folded) that w has at i, or 0.
func (w words) match(i int, phrase string) int {
	ps := strings.Fields(phrase)
	if i+len(ps) > len(w.folded) {
		return 0
	}
	for j, p := range ps {
		if w.folded[i+j] != p {
			return 0
		}
	}
	return len(ps)
}

func (w words) from(i int) words {
	return words{printed: w.printed[i:], folded: w.folded[i:]}
}

func (w words) String() string { return strings.Join(w.printed, " ") }

// TitleEn glosses a post's title: "Standing Deputy Secretary" for Phó Bí thư
// Thường trực. kind is the kind of unit the post is in, which chooses between
// Chairman and President for Chủ tịch (a front or a mass organisation has a
// President); empty when unknown. Words after the title that name a unit (Ủy
// viên Ban Thường vụ) are glossed as "of" that unit. The empty string when the
// title has no head the glossary knows.
func TitleEn(title string, kind UnitKind) string {
	w := splitWords(title)
	var mods []string
	var head *titleWord
	deputy := false
	i := 0
scan:
	for i < len(w.folded) {
		if w.folded[i] == "pho" && head == nil {
			deputy = true
			i++
			continue
		}
		var best *titleWord
		n := 0
		titleWords := glossary().titles
		for k := range titleWords {
			if m := w.match(i, titleWords[k].folded); m > n {
				best, n = &titleWords[k], m
			}
		}
		switch {
		case best == nil, best.head && head != nil:
			break scan // the rest names what the post is of
		case best.head:
			head = best
		default:
			mods = append(mods, best.en)
		}
		i += n
	}
	if head == nil {
		return ""
	}
	en := head.en
	if head.folded == "chu tich" {
		en = chairOf(kind)
	}
	rest := w.from(i)
	if len(rest.folded) > 0 && head.tail > 0 {
		en = head.short
		rest = w.from(i - head.tail)
	}
	if deputy {
		en = deputyOf(head.folded, en)
	}
	out := strings.Join(append(mods, en), " ")
	if len(rest.folded) > 0 {
		out += " of " + unitPhrase(rest)
	}
	return out
}

// chairOf is Chủ tịch in a unit of kind k.
func chairOf(k UnitKind) string {
	switch k {
	case UnitFront, UnitMass:
		return "President"
	}
	return "Chairman"
}

// deputyOf is Phó + head: Vice for a Chủ tịch (Vice Chairman, Vice
// President), Deputy otherwise.
func deputyOf(folded, en string) string {
	switch {
	case strings.HasPrefix(folded, "chu tich"):
		return "Vice " + strings.TrimPrefix(en, "State ")
	case strings.HasPrefix(en, "Deputy "):
		return en // Thứ trưởng is already a deputy minister
	}
	return "Deputy " + en
}

// UnitEn glosses a unit's name: "Standing Committee of the Ho Chi Minh City
// Party Committee" for Ban Thường vụ Thành ủy TPHCM. A name whose head the
// glossary does not know is returned as printed.
func UnitEn(name string) string {
	w := splitWords(name)
	if s, ok := unitGloss(w); ok {
		return s
	}
	return strings.TrimSpace(name)
}

// unitPhrase glosses a unit's name (with "the" before an organisation), a
// place, or keeps the words as printed.
func unitPhrase(w words) string {
	if s, ok := unitGloss(w); ok {
		if strings.HasPrefix(s, "the ") {
			return s
		}
		return "the " + s
	}
	if s, ok := placeGloss(w); ok {
		return s
	}
	return w.String()
}

// unitGloss glosses w when it begins with a unit head the glossary knows.
func unitGloss(w words) (string, bool) {
	best, n := unitWord{}, 0
	for _, u := range glossary().units {
		if m := w.match(0, u.folded); m > n {
			best, n = u, m
		}
	}
	if n == 0 {
		return "", false
	}
	rest := w.from(n)
	if len(rest.folded) == 0 {
		return best.en, true
	}
	if best.place {
		p, ok := placeGloss(rest)
		if !ok {
			p = rest.String()
		}
		// Thành ủy TPHCM: Ho Chi Minh City Party Committee, not City City.
		en := best.en
		if strings.HasSuffix(p, " City") && strings.HasPrefix(en, "City ") {
			en = strings.TrimPrefix(en, "City ")
		}
		return p + " " + en, true
	}
	return best.en + " of " + unitPhrase(rest), true
}

// placeGloss glosses w when it is a place the glossary knows, or a kind of
// place with its name (Tỉnh Bình Dương: Bình Dương Province).
func placeGloss(w words) (string, bool) {
	if p, ok := glossary().places[strings.Join(w.folded, " ")]; ok {
		return p, true
	}
	for _, pp := range glossary().placeKinds {
		if n := w.match(0, pp.Folded); n > 0 && n < len(w.folded) {
			return pp.Before + w.from(n).String() + pp.After, true
		}
	}
	return "", false
}

// PositionEn glosses a post: its title "of" its unit, e.g. "Standing Deputy
// Secretary of the Ho Chi Minh City Party Committee". The two are joined as
// PositionName joins them, so a title that ends with its unit's first words
// (Chánh Văn phòng + Văn phòng Thành ủy) says them once: "Chief of the Office
// of the ... City Party Committee". Empty when the title has no gloss.
func PositionEn(title, unit string, kind UnitKind) string {
	return TitleEn(PositionName(title, unit), kind)
}

// UnitKindEn is the English of a kind of unit; empty for a kind it does not
// know.
func UnitKindEn(k UnitKind) string {
	for _, i := range UnitKinds() {
		if i.Kind == k {
			return i.English
		}
	}
	return ""
}

// DocKindEn is the English of a kind of document: "resolution" for
// RESOLUTION.
func DocKindEn(k DocKind) string {
	if e := k.Info().English; e != "" {
		return e
	}
	return OtherDoc.Info().English
}
