package schema

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestRelationEnum holds the API's Relation enum to the one table of
// relations: every relation of GraphEdges and DocRelations is a value, in
// the same order, and nothing else is.
func TestRelationEnum(t *testing.T) {
	files, err := filepath.Glob("*.graphqls")
	if err != nil {
		t.Fatal(err)
	}
	s := loadSchema(t, files...)
	enum := s.Types["Relation"]
	if enum == nil {
		t.Fatal("the schema has no Relation enum")
	}
	var have, want []string
	for _, v := range enum.EnumValues {
		have = append(have, v.Name)
		if v.Description == "" {
			t.Errorf("Relation.%s has no description", v.Name)
		}
	}
	for _, r := range Relations() {
		want = append(want, strings.ToUpper(string(r)))
	}
	if !slices.Equal(have, want) {
		t.Errorf("enum Relation is %v, the table %v", have, want)
	}
	for _, d := range DocRelations() {
		if !slices.Contains(Relations(), d.Rel) {
			t.Errorf("document relation %s is not among Relations", d.Rel)
		}
	}
}

func TestParseRelation(t *testing.T) {
	tests := []struct{ in, want, err string }{
		{"continues", "continues", ""},
		{"CONTINUES", "continues", ""},
		{" Spoke_At ", "spoke_at", ""},
		{"references", "", `"references" is not a relation (known: holds, within,`},
		{"", "", "is not a relation"},
	}
	for _, tt := range tests {
		got, err := ParseRelation(tt.in)
		if string(got) != tt.want || (err == nil) != (tt.err == "") || err != nil && !strings.Contains(err.Error(), tt.err) {
			t.Errorf("ParseRelation(%q) = %q, %v; want %q, %q", tt.in, got, err, tt.want, tt.err)
		}
	}
	var r Rel
	if err := r.UnmarshalGQL("SPOKE_AT"); err != nil || r != RelSpokeAt {
		t.Errorf("UnmarshalGQL(SPOKE_AT) = %q, %v", r, err)
	}
	if err := r.UnmarshalGQL("spoke_at"); err == nil {
		t.Error("UnmarshalGQL(spoke_at): an enum value is in capitals")
	}
	var b strings.Builder
	RelSpokeAt.MarshalGQL(&b)
	if b.String() != `"SPOKE_AT"` {
		t.Errorf("MarshalGQL(spoke_at) = %s", b.String())
	}
}

func TestEdgeID(t *testing.T) {
	p, pos := ID(Person, "võ văn minh"), ID(Position, "phó bí thư")
	for _, r := range Relations() {
		id := EdgeID(p, r, pos)
		src, rel, dst, ok := ParseEdgeID(id)
		if !ok || src != p || rel != r || dst != pos {
			t.Errorf("ParseEdgeID(%q) = %q %q %q %t", id, src, rel, dst, ok)
		}
		if strings.Trim(id, "abcdefghijklmnopqrstuvwxyz0123456789-._") != "" {
			t.Errorf("edge id %q is not URL-safe", id)
		}
	}
	for _, bad := range []string{"edge-holds", "edge-holds.a", "edge-holds.a.b.c", "edge-knows.a.b", "edge-HOLDS.a.b", "edge-.a.b", "edge-holds..b", "holds.a.b"} {
		if _, _, _, ok := ParseEdgeID(bad); ok {
			t.Errorf("ParseEdgeID(%q) read an edge", bad)
		}
	}
}
