package kg

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/kg/kgtest"
)

// successionFixture is the query layer over kgtest.Succession, with a way to
// write tenures back in the fixture's short names.
type successionFixture struct {
	g     *Graph
	id    map[string]string
	short map[string]string
}

func newSuccession(t *testing.T) *successionFixture {
	t.Helper()
	return queryFixture(t, kgtest.Succession(t))
}

// queryFixture is the query layer over a kgtest fixture.
func queryFixture(t *testing.T, f *kgtest.Fixture) *successionFixture {
	t.Helper()
	short := map[string]string{}
	for k, id := range f.ID {
		short[id] = k
	}
	return &successionFixture{g: New(f.Store(t)), id: f.ID, short: short}
}

func (f *successionFixture) position(t *testing.T, key string) *Position {
	t.Helper()
	n, err := f.g.Node(context.Background(), f.id[key])
	if err != nil || n == nil {
		t.Fatalf("node %s: %v %v", key, n, err)
	}
	return n.(*Position)
}

// line is a tenure as person@post, its span and its status, predecessor and
// successor.
func (f *successionFixture) line(t *testing.T, tn *Tenure) string {
	t.Helper()
	ctx := context.Background()
	st, err := f.g.TenureStatus(ctx, tn)
	if err != nil {
		t.Fatal(err)
	}
	pre, err := f.g.TenurePredecessor(ctx, tn)
	if err != nil {
		t.Fatal(err)
	}
	suc, err := f.g.TenureSuccessor(ctx, tn)
	if err != nil {
		t.Fatal(err)
	}
	s := fmt.Sprintf("%s@%s %s..%s %s", f.short[tn.Person.ID], f.short[tn.Position.ID], begin(tn), finish(tn), st)
	if pre != nil {
		s += " after " + f.short[pre.Person.ID]
	}
	if suc != nil {
		s += " before " + f.short[suc.Person.ID]
	}
	return s
}

func (f *successionFixture) lines(t *testing.T, ts []*Tenure, err error) string {
	t.Helper()
	if err != nil {
		return "error: " + err.Error()
	}
	var out []string
	for _, tn := range ts {
		out = append(out, f.line(t, tn))
	}
	return strings.Join(out, "; ")
}

func TestSuccession(t *testing.T) {
	province, central := newSuccession(t), queryFixture(t, kgtest.Secretariat(t))
	ctx := context.Background()
	tests := []struct {
		name string
		f    *successionFixture
		post string
		want string
	}{
		{"a post held in turn, in order of time, each with who came before and after", province, "bt",
			"nam@bt 2015-10..2020-10-14 ENDED before loi; loi@bt 2020-10-15..2022-05-01 ENDED after nam before dung; " +
				"dung@bt 2025-09-10..2025-09-10 CURRENT after loi"},
		{"deputies: no succession; only those the latest source shows are current", province, "pbt",
			"mai@pbt 2020-10-15..2020-10-15 UNKNOWN; hai@pbt 2022-05-01..2022-05-01 CURRENT"},
		{"the Central Committee's secretaries (Bí thư Trung ương Đảng) sit together: one elected joins the others, none follows another", central, "btw",
			"binh@btw 2021-01-31..2022-05-10 CURRENT; an@btw 2021-01-31..2022-05-10 CURRENT; cuong@btw 2022-05-10..2022-05-10 CURRENT"},
	}
	for _, tt := range tests {
		f := tt.f
		ts, err := f.g.PositionHolders(ctx, f.position(t, tt.post), nil)
		got := f.lines(t, ts, err)
		if got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}

// TestObservations: where sources disagree each keeps its own date, title
// and sentence; the tenure keeps the congress it was taken up at.
func TestObservations(t *testing.T) {
	f := newSuccession(t)
	ctx := context.Background()
	ts, err := f.g.PositionHolders(ctx, f.position(t, "bt"), nil)
	if err != nil || len(ts) != 3 {
		t.Fatalf("holders: %v %v", ts, err)
	}
	nam := ts[0]
	var got []string
	for _, o := range nam.Observations() {
		q, err := f.g.MentionQuote(ctx, o.Evidence[0])
		if err != nil {
			t.Fatal(err)
		}
		s := fmt.Sprintf("%s %s seen %v", f.short[o.Article.ID], *o.PrintedTitle, opt(o.Seen))
		if o.Start != nil {
			s += " start " + o.Start.String()
		}
		if o.End != nil {
			s += " end " + o.End.String()
		}
		if o.ElectedAt != nil {
			s += " elected at " + f.short[o.ElectedAt.ID]
		}
		got = append(got, s+": "+q)
	}
	want := []string{
		"s1 Bí thư Tỉnh ủy Bình Dương seen 2015-10-05 elected at dh10: Đại hội Đảng bộ tỉnh Bình Dương lần thứ X bầu đồng chí Trần Văn Nam làm Bí thư Tỉnh ủy Bình Dương.",
		"s2 Bí thư Tỉnh ủy seen 2018-03-02 start 2015-10: Đồng chí Trần Văn Nam, Bí thư Tỉnh ủy từ tháng 10/2015, làm việc với cơ sở.",
		"s3 Bí thư Tỉnh ủy seen 2020-10-15 end 2020-10-14: Đồng chí Trần Văn Nam thôi giữ chức Bí thư Tỉnh ủy từ ngày 14/10/2020.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("observations:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if nam.ElectedAt() == nil || nam.ElectedAt().ID != f.id["dh10"] || ts[1].ElectedAt() == nil || ts[1].ElectedAt().ID != f.id["dh11"] || ts[2].ElectedAt() != nil {
		t.Errorf("electedAt: %v %v %v", nam.ElectedAt(), ts[1].ElectedAt(), ts[2].ElectedAt())
	}
	if nam.Start == nil || nam.Start.String() != "2015-10" || nam.Start.Precision() != date.Month {
		t.Errorf("a month stated as the start keeps its precision: %v", nam.Start)
	}
}

func TestHoldersAt(t *testing.T) {
	f := newSuccession(t)
	ctx := context.Background()
	unit := "tinh uy binh duong"       // a unit by its name, accent- and case-insensitive
	party := "Đảng bộ tỉnh Bình Dương" // the organisation whose committee the Tỉnh ủy is
	tests := []struct {
		title string
		unit  *string
		at    string
		want  string
	}{
		{"Bí thư", &unit, "2019", "current: nam@bt 2015-10..2020-10-14 ENDED before loi"},
		{"bi thu", &unit, "2020-10-15", "current: loi@bt 2020-10-15..2022-05-01 ENDED after nam before dung"},
		{"BÍ THƯ", nil, "2024-01", "last seen before: loi@bt 2020-10-15..2022-05-01 ENDED after nam before dung"},
		{"Phó Bí thư", nil, "2023", "last seen before: hai@pbt 2022-05-01..2022-05-01 CURRENT"},
		{"Phó Bí thư", nil, "2021", "last seen before: mai@pbt 2020-10-15..2020-10-15 UNKNOWN"},
		{"Bí thư", &party, "2022", "current: loi@bt 2020-10-15..2022-05-01 ENDED after nam before dung"},
		{"Bí thư", nil, "2010", ""},
		{"Chủ tịch", nil, "2020", ""},
	}
	for _, tt := range tests {
		a, err := f.g.HoldersAt(ctx, tt.title, tt.unit, date.MustParse(tt.at))
		if err != nil {
			t.Fatal(err)
		}
		var parts []string
		if len(a.Current) > 0 {
			parts = append(parts, "current: "+f.lines(t, a.Current, nil))
		}
		if len(a.LastSeenBefore) > 0 {
			parts = append(parts, "last seen before: "+f.lines(t, a.LastSeenBefore, nil))
		}
		if got := strings.Join(parts, " | "); got != tt.want {
			t.Errorf("holdersAt(%q, %v, %s):\n got %s\nwant %s", tt.title, tt.unit, tt.at, got, tt.want)
		}
	}
	if _, err := f.g.HoldersAt(ctx, " ", nil, date.MustParse("2020")); !IsInputError(err) {
		t.Errorf("a blank title: %v, want an input error", err)
	}
}
