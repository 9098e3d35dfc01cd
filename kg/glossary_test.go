package kg

import (
	"context"
	"fmt"
	"testing"
)

// The glosses as the API reads them from the fixture: a title with its unit's
// kind, a unit's name, the kinds.
func TestGlosses(t *testing.T) {
	f := newFixture(t)
	g := f.graph(t)
	ctx := context.Background()
	node := func(key string) Node { t.Helper(); return nodeOf(t, g, f.id, key) }
	show := func(v any, err error) string {
		if err != nil {
			return "error: " + err.Error()
		}
		if s, ok := v.(*string); ok {
			if s == nil {
				return "<nil>"
			}
			return *s
		}
		return fmt.Sprint(v)
	}
	tests := []struct {
		name string
		got  func() string
		want string
	}{
		{"title", func() string { return show(g.PositionTitleEn(ctx, node("pbt").(*Position))) }, "Deputy Secretary"},
		{"post with its unit", func() string { return show(g.PositionNameEn(ctx, node("pbt").(*Position))) },
			"Deputy Secretary of the Ho Chi Minh City Party Committee"},
		{"post in a unit named two ways", func() string { return show(g.PositionNameEn(ctx, node("bt").(*Position))) },
			"Secretary of the Party Committee of the Party Agencies of Ho Chi Minh City"},
		{"unit", func() string { return show(g.UnitNameEn(ctx, node("thanhuy").(*Unit))) }, "Ho Chi Minh City Party Committee"},
		{"unit kind", func() string { return show(g.UnitKindEn(ctx, node("bchtw").(*Unit))) }, "central party body"},
		{"document kind", func() string { return show(g.DocumentKindEn(ctx, node("ct05").(*Document))) }, "directive"},
	}
	for _, tt := range tests {
		if got := tt.got(); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
