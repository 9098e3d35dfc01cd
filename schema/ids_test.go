package schema

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cayleygraph/quad"
	"golang.org/x/text/unicode/norm"
)

// TestIDsAreStable pins ids: an id printed in a paper or a notebook must answer
// after every reload and upgrade, so changing the scheme must be deliberate.
func TestIDsAreStable(t *testing.T) {
	tests := []struct{ got, want string }{
		{PersonID("Võ Văn Minh"), "person-vo-van-minh-" + hash("PERSON\x00võ văn minh")},
		{ArticleID("x"), "article-2d711642b726b044"},
		{ID(Unit, "bộ chính trị"), "unit-bo-chinh-tri-" + hash("UNIT\x00bộ chính trị")},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("id %q, want %q", tt.got, tt.want)
		}
	}
	if got := PersonID("Võ Văn Minh"); got != "person-vo-van-minh-7e0debef99" {
		t.Errorf("PersonID changed: %s", got)
	}
}

func TestSameAndDifferent(t *testing.T) {
	same := [][2]string{
		{PersonID("Võ Văn Minh"), PersonID("VÕ VĂN MINH")},
		{PersonID("Võ Văn Minh"), PersonID(norm.NFD.String("Võ  Văn Minh"))},
		{UnitID("Đảng ủy các cơ quan Đảng TPHCM", ""), UnitID("Đảng bộ các cơ quan Đảng TPHCM", "")},
		{UnitID("Đảng uỷ Khối Dân – Chính – Đảng TPHCM", ""), UnitID("Đảng bộ Khối Dân - Chính - Đảng TPHCM", "")},
		{DocumentID(Conclusion, "01", "TW", 0), DocumentID(Conclusion, "1", "TW", 0)},
	}
	for _, p := range same {
		if p[0] != p[1] {
			t.Errorf("%s and %s should be one id", p[0], p[1])
		}
	}
	different := [][2]string{
		{PersonID("Võ Văn Minh"), PersonID("Văn Minh")},
		{PersonID("Lê Văn Hải"), PersonID("Lê Văn Hài")},
		{UnitID("Thành ủy", "article-1"), UnitID("Thành ủy", "article-2")},
		{UnitID("Thành ủy", "article-1"), UnitID("Thành ủy TPHCM", "")},
		{DocumentID(Directive, "35", "TW", 0), DocumentID(Resolution, "35", "TW", 0)},
		{DocumentID(Directive, "35", "TW", 2019), DocumentID(Directive, "35", "TW", 2024)},
	}
	for _, p := range different {
		if p[0] == p[1] {
			t.Errorf("%s should be two ids", p[0])
		}
	}
}

func TestIDsAreURLSafe(t *testing.T) {
	safe := regexp.MustCompile(`^[a-z0-9-]+$`)
	for _, id := range []string{
		PersonID("Nguyễn Thị Kim Dung"), UnitID("Ủy ban MTTQ Việt Nam TPHCM", ""),
		DocumentID(Scheme, "05", "TU", 2023), PositionID("Phó Bí thư", UnitID("Thành ủy TPHCM", "")),
		EventID("", "“…”", date.Date{}), MentionID(ArticleID("a"), 3, 40),
	} {
		if !safe.MatchString(id) {
			t.Errorf("id %q is not URL-safe", id)
		}
		if k, ok := KindOfID(id); ok && IRI(id) != IRI(ID(k, "x")) {
			if got, _ := IDOf(IRI(id)); got != id {
				t.Errorf("IDOf(IRI(%q)) = %q", id, got)
			}
		}
	}
}

func TestDateValues(t *testing.T) {
	for _, s := range []string{"2025", "2025-08", "2025-08-20"} {
		d := date.MustParse(s)
		got, ok := ToDate(DateValue(d))
		if !ok || got != d {
			t.Errorf("round trip of %s: %v %v", s, got, ok)
		}
	}
	if v := DateValue(date.MustParse("2025-08")).(quad.TypedString); v.Type != XSDGYearMonth {
		t.Errorf("2025-08 typed %s", v.Type)
	}
}

func TestCodeSign(t *testing.T) {
	for _, tc := range []struct{ code, want string }{
		{"21-KL/TW", "TW"},
		{"05-ĐA/TU", "TU"},
		{"15/2023/NĐ-CP", "CP"},
		{"143/NQ-CP", "CP"},
		{"01-CTr/QU", "QU"},
		{"57", ""},
		{"", ""},
	} {
		if got := CodeSign(tc.code); got != tc.want {
			t.Errorf("CodeSign(%q) = %q, want %q", tc.code, got, tc.want)
		}
	}
}

// Each kind's id prefix is its name in lower case, and an id made for it
// reads back as it.
func TestKindPrefix(t *testing.T) {
	for _, k := range Kinds() {
		if got, want := k.prefix(), strings.ToLower(string(k)); got != want {
			t.Errorf("%s: prefix %q, want %q", k, got, want)
		}
		if got, ok := KindOfID(ID(k, "Nguyễn Văn A")); !ok || got != k {
			t.Errorf("%s: an id of it reads as %q, %v", k, got, ok)
		}
	}
}

// MentionID spells its offsets as fmt's %d does, negative and large ones too.
func TestMentionIDSpelling(t *testing.T) {
	for _, c := range []struct {
		id         string
		start, end int
	}{{"article-0123456789abcdef", 0, 12}, {"article-ab", -3, 1 << 40}, {"x", 7, -1}} {
		want := fmt.Sprintf("mention-%s-%d-%d", strings.TrimPrefix(c.id, "article-"), c.start, c.end)
		if got := MentionID(c.id, c.start, c.end); got != want {
			t.Errorf("MentionID(%q, %d, %d) = %q, want %q", c.id, c.start, c.end, got, want)
		}
	}
}
