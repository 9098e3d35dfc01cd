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
	blocks := newRuneText(d.Text)
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
		if b.Kind != model.Byline && b.Kind != model.Caption {
			continue
		}
		text, ok := blocks.cut(b.Span)
		if !ok {
			continue
		}
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

// runeText cuts a text by rune offsets, as blocks and spans give them,
// walking it from cut to cut (blocks come in order) rather than copying it
// whole into runes.
type runeText struct {
	s    string
	b, r int // a byte of s and the rune it starts
}

func newRuneText(s string) *runeText {
	if !utf8.ValidString(s) {
		s = string([]rune(s)) // each bad byte a rune, as []rune reads it
	}
	return &runeText{s: s}
}

// at is the byte where rune r starts (len(s) for the rune count); false
// past the end.
func (t *runeText) at(r int) (int, bool) {
	if r < t.r {
		t.b, t.r = 0, 0
	}
	for ; t.r < r; t.r++ {
		if t.b >= len(t.s) {
			return 0, false
		}
		if t.s[t.b] < utf8.RuneSelf {
			t.b++
			continue
		}
		_, w := utf8.DecodeRuneInString(t.s[t.b:])
		t.b += w
	}
	return t.b, true
}

// cut is string([]rune(s)[sp.Start:sp.End]); false for an empty span or
// one outside the text.
func (t *runeText) cut(sp model.Span) (string, bool) {
	if sp.Start < 0 || sp.Start >= sp.End {
		return "", false
	}
	start, ok := t.at(sp.Start)
	if !ok {
		return "", false
	}
	end, ok := t.at(sp.End)
	if !ok {
		return "", false
	}
	return t.s[start:end], true
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
