package graph

import (
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
)

// TestSearchOnSample asks the sample corpus what a person types: codes in
// every printed form, names and titles without accents, unfinished words.
func TestSearchOnSample(t *testing.T) {
	c, _ := sampleClient(t)
	tests := []struct {
		query string
		kind  string // of the first hit
		name  string // the first hit's name begins so
		exact bool   // the first hit scores 1
	}{
		{"21-KL/TW", "DOCUMENT", "Kết luận số 21-KL/TW", true},
		{"KL 21", "DOCUMENT", "Kết luận số 21-KL/TW", true},
		{"ket luan 21", "DOCUMENT", "Kết luận số 21-KL/TW", true},
		{"kết luận 21", "DOCUMENT", "Kết luận số 21-KL/TW", true},
		{"05-CT/TW", "DOCUMENT", "Chỉ thị số 05-CT/TW", true},
		{"vo van minh", "PERSON", "Võ Văn Minh", true},
		{"VÕ VĂN MINH", "PERSON", "Võ Văn Minh", true},
		{"vo van mi", "PERSON", "Võ Văn Minh", false},
		{"Pho Bi thu Thuong truc", "POSITION", "Phó Bí thư Thường trực", true},
		{"pho bi thu thuong tr", "POSITION", "Phó Bí thư Thường trực", false},
	}
	for _, tt := range tests {
		var resp struct {
			Search []struct {
				Score  float64
				Entity struct{ Kind, Name string }
			}
		}
		c.MustPost(`query($q: String!) { search(query: $q) { score entity { kind name } } }`, &resp, client.Var("q", tt.query))
		if len(resp.Search) == 0 {
			t.Errorf("search(%q) finds nothing", tt.query)
			continue
		}
		h := resp.Search[0]
		if h.Entity.Kind != tt.kind || !strings.HasPrefix(h.Entity.Name, tt.name) || (h.Score == 1) != tt.exact {
			t.Errorf("search(%q) first finds %s %q (%.2f), want %s %q (exact %v)", tt.query, h.Entity.Kind, h.Entity.Name, h.Score, tt.kind, tt.name, tt.exact)
		}
		for i := 1; i < len(resp.Search); i++ {
			if resp.Search[i].Score > resp.Search[i-1].Score {
				t.Errorf("search(%q): hits out of order: %v", tt.query, resp.Search)
			}
		}
	}
	// The title finds every post with it, ranked before anything else.
	var resp struct {
		Search []struct {
			Score  float64
			Entity struct{ Kind, Name string }
		}
	}
	c.MustPost(`{ search(query: "Pho Bi thu Thuong truc") { score entity { kind name } } }`, &resp)
	posts := 0
	for i, h := range resp.Search {
		if h.Entity.Kind == "POSITION" && strings.HasPrefix(h.Entity.Name, "Phó Bí thư Thường trực") {
			posts++
			if i > 0 && resp.Search[i-1].Entity.Kind != "POSITION" {
				t.Errorf("a post with the title comes after %s %q", resp.Search[i-1].Entity.Kind, resp.Search[i-1].Entity.Name)
			}
		}
	}
	if posts < 2 {
		t.Errorf("search(Pho Bi thu Thuong truc) finds %d posts with the title: %v", posts, resp.Search)
	}
}

// TestUnitSpellingsOnSample: the party committee of Ho Chi Minh City, as
// people spell it, is found by search, and its posts' holders by holders.
func TestUnitSpellingsOnSample(t *testing.T) {
	c, _ := sampleClient(t)
	for _, q := range []string{"TP.HCM", "TPHCM", "HCM", "Thành phố Hồ Chí Minh", "thanh uy tp hcm", "Thành ủy TP.HCM"} {
		var resp struct {
			Search  []struct{ Entity struct{ Name string } }
			Holders []struct {
				Person struct{ Name string }
			}
		}
		c.MustPost(`query($q: String!) { search(query: $q, kinds: [UNIT], first: 5) { entity { name } }
			holders(title: "Phó Bí thư", unit: $q) { person { name } } }`, &resp, client.Var("q", q))
		found := false
		for _, h := range resp.Search {
			found = found || h.Entity.Name == "Đảng bộ TPHCM"
		}
		if !found {
			t.Errorf("search(%q) does not find Đảng bộ TPHCM: %+v", q, resp.Search)
		}
		if len(resp.Holders) == 0 {
			t.Errorf("holders(Phó Bí thư, unit: %q) is empty", q)
		}
	}
}
