package kg

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/schema"
)

func TestSearch(t *testing.T) {
	f := newFixture(t)
	g := f.graph(t)
	short := map[string]string{}
	for k, id := range f.id {
		short[id] = k
	}
	tests := []struct {
		query string
		kinds []schema.Kind
		first int
		want  string // hits in order, with "=" after one that scores 1
	}{
		{"vo van minh", []schema.Kind{schema.Person}, 20, "minh="},
		{"Võ Văn Minh", nil, 20, "minh="},
		{"VÕ VĂN MINH", nil, 20, "minh="},
		{"van minh", []schema.Kind{schema.Person}, 20, "vanminh= minh"},
		{"vo van mi", nil, 20, "minh"},
		{"21-KL/TW", nil, 20, "kl21="},
		{"KL 21", nil, 20, "kl21="},
		{"ket luan 21", nil, 20, "kl21="},
		{"kết luận 21", nil, 20, "kl21="},
		{"kl 2", nil, 20, "kl21"},
		{"05-ct/tw", nil, 20, "ct05="},
		{"chi thi 5", nil, 20, "ct05"},
		{"le thi hong nga", nil, 20, "nga="},
		{"thanh uy", []schema.Kind{schema.Unit}, 20, "thanhuy"},
		{"thanh uy tphcm", []schema.Kind{schema.Unit}, 20, "thanhuy= dbcq"},
		// The city however it is spelt finds its units (schema.UnitSpellings).
		{"thành phố hồ chí minh", []schema.Kind{schema.Unit}, 20, "thanhuy dbcq"},
		{"TP.HCM", []schema.Kind{schema.Unit}, 20, "thanhuy dbcq"},
		{"HCM", []schema.Kind{schema.Unit}, 20, "thanhuy dbcq"},
		{"thanh uy tp hcm", []schema.Kind{schema.Unit}, 20, "thanhuy= dbcq"},
		{"pho bi thu", []schema.Kind{schema.Position}, 20, "pbt="},
		{"ng", []schema.Kind{schema.Person}, 20, "nga"},
		{"minh", []schema.Kind{schema.Person}, 1, "vanminh"},
		{"minh", []schema.Kind{schema.Person}, 0, ""},
		{"nobody at all", nil, 20, ""},
		{"  ,.; ", nil, 20, ""},
		{"dai hoi xiv", nil, 20, "dh14"},
		{"dai hoi", []schema.Kind{schema.Event}, 20, ""},
		{"hoi nghi", []schema.Kind{schema.Event}, 20, "hn1"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			n := tt.first
			hits, err := g.Search(context.Background(), tt.query, tt.kinds, &n)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for i, h := range hits {
				if h.Score <= 0 || h.Score > 1 || i > 0 && h.Score > hits[i-1].Score {
					t.Errorf("hit %d scores %v after %v", i, h.Score, hits[max(i-1, 0)].Score)
				}
				s := short[h.Entity.base().ID]
				if s == "" {
					s = h.Entity.base().ID
				}
				if h.Score == 1 {
					s += "="
				}
				got = append(got, s)
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("search(%q) = %s, want %s", tt.query, g, tt.want)
			}
		})
	}
	n := 101
	if _, err := g.Search(context.Background(), "minh", nil, &n); !IsInputError(err) {
		t.Errorf("search(first: 101): %v, want an input error", err)
	}
}

func TestHolders(t *testing.T) {
	f := newFixture(t)
	g := f.graph(t)
	short := map[string]string{}
	for k, id := range f.id {
		short[id] = k
	}
	str := func(s string) *string { return &s }
	at := func(s string) *date.Date { d := date.MustParse(s); return &d }
	tests := []struct {
		title string
		unit  *string
		at    *date.Date
		want  string // or the error
	}{
		{"Phó Bí thư", nil, nil, "nga@pbt minh@pbt"},
		{"pho bi thu", nil, nil, "nga@pbt minh@pbt"},
		{"PHÓ BÍ THƯ", str("Thành ủy TPHCM"), nil, "nga@pbt minh@pbt"},
		{"Phó Bí thư", str("thanh uy tphcm"), nil, "nga@pbt minh@pbt"},
		{"Phó Bí thư", str("Thành ủy Thành phố Hồ Chí Minh"), nil, "nga@pbt minh@pbt"},
		{"Phó Bí thư", str("Thành uỷ TPHCM"), nil, "nga@pbt minh@pbt"},
		// A unit however it is spelt; a place for its units (the one with
		// the shortest head: Đảng bộ TPHCM, not the Đảng bộ of its agencies).
		{"Phó Bí thư", str("TP.HCM"), nil, "nga@pbt minh@pbt"},
		{"Phó Bí thư", str("TPHCM"), nil, "nga@pbt minh@pbt"},
		{"Phó Bí thư", str("Thành phố Hồ Chí Minh"), nil, "nga@pbt minh@pbt"},
		// An unknown unit is an error naming the closest; a known unit whose
		// post nobody holds is none.
		{"Phó Bí thư", str("Thành ủy Hà Nội"), nil, `error: no unit is named "Thành ủy Hà Nội"; the closest: `},
		{"Phó Bí thư", str("Thành ủy Đà Lạt"), nil, `error: no unit is named "Thành ủy Đà Lạt"`},
		{"Chủ tịch", str("Thành ủy TPHCM"), nil, ""},
		{"Phó Bí thư", nil, at("2025"), "minh@pbt"},
		{"Phó Bí thư", nil, at("2024-06"), "nga@pbt minh@pbt"},
		{"Phó Bí thư", nil, at("2026"), ""},
		{"Bí thư", nil, nil, "minh@bt"},
		{"Bí thư", str("Đảng bộ các cơ quan Đảng TPHCM"), nil, "minh@bt"},
		{"Bí thư", str("Đảng ủy các cơ quan Đảng TPHCM"), nil, "minh@bt"},
		{"Bí thư", str("Đảng uỷ các cơ quan Đảng TPHCM"), nil, "minh@bt"},
		{"Bí thư", str(""), nil, "minh@bt"},
		{"Tổng Bí thư", nil, nil, ""},
	}
	for _, tt := range tests {
		name := fmt.Sprintf("%s/%v/%v", tt.title, show(tt.unit, nil), opt(tt.at))
		t.Run(name, func(t *testing.T) {
			ts, err := g.Holders(context.Background(), tt.title, tt.unit, tt.at)
			if want, ok := strings.CutPrefix(tt.want, "error: "); ok {
				var ie *InputError
				if !errors.As(err, &ie) || ie.Code() != CodeNotFound || !strings.HasPrefix(err.Error(), want) {
					t.Errorf("error %v, want NOT_FOUND %q", err, want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, t := range ts {
				got = append(got, short[t.Person.ID]+"@"+short[t.Position.ID])
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("got %s, want %s", g, tt.want)
			}
		})
	}
	if _, err := g.Holders(context.Background(), " – ", nil, nil); !IsInputError(err) {
		t.Errorf("holders(title: ' – '): %v, want an input error", err)
	}
}

// TestSearchTooLong: a search longer than MaxSearchQuery is the client's
// error, refused before any reading.
func TestSearchTooLong(t *testing.T) {
	g := newFixture(t).graph(t)
	_, err := g.Search(context.Background(), strings.Repeat("a", MaxSearchQuery+1), nil, nil)
	if !IsInputError(err) || !strings.Contains(err.Error(), "at most 1000 bytes") {
		t.Errorf("a long search: %v", err)
	}
	if _, err := g.Search(context.Background(), strings.Repeat("a ", MaxSearchQuery/2), nil, nil); err != nil {
		t.Errorf("a search of %d bytes: %v", MaxSearchQuery, err)
	}
}
