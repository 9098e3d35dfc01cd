package graph

import (
	"strings"
	"testing"
)

// The research features on the sample corpus: what a researcher asks of
// five real articles, checked for answers that hold whatever the extraction
// misses.

// TestGlossesOnSample: every post, unit and document of the sample corpus
// reads in English, and the standard titles gloss as a translator would.
func TestGlossesOnSample(t *testing.T) {
	c, _ := sampleClient(t)
	var resp struct {
		Positions struct {
			Edges []struct {
				Node struct {
					Name, Title     string
					TitleEn, NameEn *string
					Unit            *struct {
						Name, NameEn string
						UnitKind     *string
						UnitKindEn   *string
					}
				}
			}
		}
		Documents struct {
			Edges []struct {
				Node struct{ Name, DocumentKindEn string }
			}
		}
	}
	c.MustPost(`{ positions: entities(kind: POSITION, first: 100) { edges { node { name ... on Position { title titleEn nameEn
		unit { name nameEn unitKind unitKindEn } } } } }
		documents: entities(kind: DOCUMENT, first: 100) { edges { node { name ... on Document { documentKindEn } } } } }`, &resp)
	if len(resp.Positions.Edges) == 0 || len(resp.Documents.Edges) == 0 {
		t.Fatalf("no posts or documents: %+v", resp)
	}
	want := map[string]string{
		"Phó Bí thư Thường trực": "Standing Deputy Secretary",
		"Phó Bí thư":             "Deputy Secretary",
		"Bí thư":                 "Secretary",
		"Tổng Bí thư":            "General Secretary",
		"Ủy viên":                "Member",
		"Trưởng Ban":             "Head",
	}
	for _, e := range resp.Positions.Edges {
		p := e.Node
		if p.TitleEn == nil || p.NameEn == nil {
			t.Errorf("%s: no gloss", p.Name)
			continue
		}
		if w, ok := want[p.Title]; ok && *p.TitleEn != w {
			t.Errorf("%s: titleEn %q, want %q", p.Name, *p.TitleEn, w)
		}
		if !strings.HasPrefix(*p.NameEn, *p.TitleEn) {
			t.Errorf("%s: nameEn %q does not begin with its title %q", p.Name, *p.NameEn, *p.TitleEn)
		}
		if u := p.Unit; u != nil && (u.NameEn == "" || !strings.HasSuffix(*p.NameEn, u.NameEn) || (u.UnitKind != nil) != (u.UnitKindEn != nil)) {
			t.Errorf("%s: unit %+v glossed apart from the post %q", p.Name, u, *p.NameEn)
		}
	}
	for _, e := range resp.Documents.Edges {
		if e.Node.DocumentKindEn == "" {
			t.Errorf("%s: no kind in English", e.Node.Name)
		}
	}
}
