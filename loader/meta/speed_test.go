package meta

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/cadregraph/cadregraph/loader/internal/testpages"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/normalize"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// creditsRunes is credits as it read before it walked the text: the text
// copied into runes and each block cut from the copy.
func creditsRunes(d model.Doc) []model.Credit {
	rs := []rune(d.Text)
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
		if b.Start < 0 || b.End > len(rs) || b.Start >= b.End {
			continue
		}
		text := string(rs[b.Start:b.End])
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

// titleRunes is title as it read before it walked the text.
func titleRunes(d model.Doc) string {
	rs := []rune(d.Text)
	for _, b := range d.Blocks {
		if b.Kind == model.Title && b.Start >= 0 && b.End <= len(rs) && b.Start < b.End {
			return string(rs[b.Start:b.End])
		}
	}
	return d.Raw.Title
}

// TestHieuLuc: ệ and Ệ are the only runes that lower-case to ệ, so
// hasHieuLuc may pass over a sentence without them.
func TestHieuLuc(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.ToLower(r) == 'ệ' && r != 'ệ' && r != 'Ệ' {
			t.Fatalf("%U lower-cases to ệ", r)
		}
	}
}

// TestCreditsWalk holds credits and title to the versions that cut from
// runes, and hasHieuLuc to lowering every line, over the real set's
// development pages, and over documents whose blocks come out of order,
// overlap, run past the text or cut a text with invalid bytes.
func TestCreditsWalk(t *testing.T) {
	pages := testpages.RealSet(t)
	if len(pages) < 100 {
		t.Fatalf("only %d real pages", len(pages))
	}
	var docs []model.Doc
	for _, p := range pages {
		if d, err := normalize.Normalize(model.Raw{Source: p.File, Text: p.Text}); err == nil {
			docs = append(docs, d)
		}
	}
	text := "Ảnh: Trần Hải\n\nTHU HƯỜNG - VĂN MINH\n\n\xffBài: Lê Mi\xfenh; Ảnh: Hà Anh"
	docs = append(docs, model.Doc{Text: text, Blocks: []model.Block{
		{Kind: model.Byline, Span: model.Span{Start: 15, End: 35}},
		{Kind: model.Caption, Span: model.Span{Start: 0, End: 13}},
		{Kind: model.Byline, Span: model.Span{Start: 37, End: 64}},
		{Kind: model.Byline, Span: model.Span{Start: 38, End: 64}},
		{Kind: model.Byline, Span: model.Span{Start: 15, End: 200}},
		{Kind: model.Caption, Span: model.Span{Start: 5, End: 13}},
		{Kind: model.Byline, Span: model.Span{Start: -1, End: 3}},
	}})
	docs = append(docs, model.Doc{Text: text, Raw: model.Raw{Title: "Raw title"}, Blocks: []model.Block{
		{Kind: model.Title, Span: model.Span{Start: 30, End: 90}},
		{Kind: model.Title, Span: model.Span{Start: 38, End: 50}},
	}}, model.Doc{Text: text, Raw: model.Raw{Title: "Raw"}, Blocks: []model.Block{{Kind: model.Title, Span: model.Span{Start: 3, End: 3}}}})
	credited, effective := 0, 0
	for _, d := range docs {
		got, want := credits(d), creditsRunes(d)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: credits = %+v, cut from runes %+v", d.Raw.Source, got, want)
		}
		credited += len(got)
		if got, want := title(d), titleRunes(d); got != want {
			t.Fatalf("%s: title = %q, cut from runes %q", d.Raw.Source, got, want)
		}
		for _, l := range strings.Split(d.Text, "\n") {
			for _, s := range []string{l, strings.ToUpper(l)} {
				if got, want := hasHieuLuc(s), strings.Contains(strings.ToLower(s), "hiệu lực"); got != want {
					t.Fatalf("hasHieuLuc(%q) = %v", s, got)
				} else if got {
					effective++
				}
			}
		}
	}
	if effective < 10 {
		t.Fatalf("only %d lines with hiệu lực", effective)
	}
	if credited < 60 {
		t.Fatalf("only %d credits read", credited)
	}
}
