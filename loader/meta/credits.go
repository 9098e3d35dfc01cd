package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/normalize"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// credits are the authors of the bylines and the photographers of the photo
// credits, each person once (at the first place they are credited), written as
// names are written.
func credits(d model.Doc) []model.Credit {
	// Blocks are cut from the text by rune offsets: the text is walked once,
	// from block to block, rather than copied whole into runes.
	all := d.Text
	if !utf8.ValidString(all) {
		all = string([]rune(all)) // each bad byte a rune, as []rune reads it
	}
	n := utf8.RuneCountInString(all)
	bi, ri := 0, 0 // a byte of all and the rune it starts
	at := func(r int) int {
		if r < ri {
			bi, ri = 0, 0
		}
		for ; ri < r; ri++ {
			_, w := utf8.DecodeRuneInString(all[bi:])
			bi += w
		}
		return bi
	}
	var out []model.Credit
	seen := map[string]bool{}
	add := func(b model.Block, refs []normalize.NameRef) {
		for _, r := range refs {
			role := schema.RoleAuthor
			if r.Photo {
				role = schema.RolePhotographer
			}
			name := NameCase(r.Text)
			key := string(role) + "|" + vn.Key(name)
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, model.Credit{Name: name, Role: role,
				Span: model.Span{Start: b.Start + r.Start, End: b.Start + r.End}})
		}
	}
	for _, b := range d.Blocks {
		if b.Start < 0 || b.End > n || b.Start >= b.End || b.Kind != model.Byline && b.Kind != model.Caption {
			continue
		}
		start := at(b.Start)
		text := all[start:at(b.End)]
		switch b.Kind {
		case model.Byline:
			if refs, ok := normalize.Byline(text); ok {
				add(b, refs)
			}
		case model.Caption:
			add(b, normalize.PhotoCredits(text))
		}
	}
	return out
}

// NameCase writes a name printed in capitals as names are written: "THU HƯỜNG"
// → "Thu Hường", "VIỆT DŨNG" → "Việt Dũng", "Đ.BÌNH" → "Đ.Bình". Words already
// in mixed case, initials ("S.", "K", "K.Q.") and a signature of capitals
// without a vowel, which no Vietnamese syllable lacks ("TT"), are kept as
// printed.
func NameCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		if strings.Contains(strings.TrimSuffix(w, "."), ".") {
			// Initials joined by dots: each part cased alone.
			ps := strings.Split(w, ".")
			for j, p := range ps {
				ps[j] = NameCase(p)
			}
			ws[i] = strings.Join(ps, ".")
			continue
		}
		if !strings.ContainsAny(vn.Fold(w), "aeiouyAEIOUY") {
			continue
		}
		rs := []rune(w)
		letters := 0
		upper := true
		for _, r := range rs {
			if unicode.IsLetter(r) {
				letters++
				if !unicode.IsUpper(r) {
					upper = false
				}
			}
		}
		if letters < 2 || !upper {
			continue
		}
		for j := 1; j < len(rs); j++ {
			rs[j] = unicode.ToLower(rs[j])
		}
		// Ede and Jarai names capitalise after the apostrophe: H'Linh.
		if len(rs) > 2 && (rs[1] == '\'' || rs[1] == '’') {
			rs[2] = unicode.ToUpper(rs[2])
		}
		ws[i] = string(rs)
	}
	return strings.Join(ws, " ")
}
