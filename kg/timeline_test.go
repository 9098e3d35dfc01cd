package kg

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestTimelines: the timelines of a person, a post and a unit of
// kgtest.Succession, as lines of date, precision, kind, the entities' short
// names and how many sentences state it.
func TestTimelines(t *testing.T) {
	f := newSuccession(t)
	ctx := context.Background()
	node := func(key string) Node { t.Helper(); return nodeOf(t, f.g, f.id, key) }
	render := func(es []*TimelineEntry, err error) string {
		if err != nil {
			return "error: " + err.Error()
		}
		var out []string
		for _, e := range es {
			var names []string
			for _, n := range e.Entities {
				names = append(names, f.short[n.base().ID])
			}
			out = append(out, fmt.Sprintf("%s %s %s %s (%d)", e.Date, e.Precision, e.Kind, strings.Join(names, ","), len(e.Evidence)))
		}
		return strings.Join(out, "\n")
	}
	tests := []struct {
		name string
		got  func() ([]*TimelineEntry, error)
		want []string
	}{
		{"a person: elected, a start a month precise, sightings, an end", func() ([]*TimelineEntry, error) {
			return f.g.PersonTimeline(ctx, node("nam").(*Person))
		}, []string{
			"2015-10 MONTH TENURE_START nam,bt (1)",
			"2015-10-05 DAY ELECTED nam,bt,dh10 (1)",
			"2018-03-02 DAY TENURE_SEEN nam,bt (1)",
			"2020-10-14 DAY TENURE_END nam,bt (1)",
			"2020-10-15 DAY TENURE_SEEN nam,bt (1)",
		}},
		{"a person who spoke at the congress that elected them", func() ([]*TimelineEntry, error) {
			return f.g.PersonTimeline(ctx, node("loi").(*Person))
		}, []string{
			"2020-10-13 DAY SPOKE_AT loi,dh11 (2)",
			"2020-10-15 DAY ELECTED loi,bt,dh11 (1)",
			"2022-05-01 DAY TENURE_SEEN loi,bt (1)",
		}},
		{"a post: its holders in turn", func() ([]*TimelineEntry, error) {
			return f.g.PositionTimeline(ctx, node("bt").(*Position))
		}, []string{
			"2015-10 MONTH TENURE_START nam,bt (1)",
			"2015-10-05 DAY ELECTED nam,bt,dh10 (1)",
			"2018-03-02 DAY TENURE_SEEN nam,bt (1)",
			"2020-10-14 DAY TENURE_END nam,bt (1)",
			"2020-10-15 DAY ELECTED loi,bt,dh11 (1)",
			"2020-10-15 DAY TENURE_SEEN nam,bt (1)",
			"2022-05-01 DAY TENURE_SEEN loi,bt (1)",
			"2025-09-10 DAY TENURE_SEEN dung,bt (1)",
		}},
		{"a unit: founded, congresses, a document, its posts", func() ([]*TimelineEntry, error) {
			return f.g.UnitTimeline(ctx, node("tu").(*Unit))
		}, []string{
			"1997 YEAR FOUNDED tu (1)",
			"2015-10 MONTH TENURE_START nam,bt (1)",
			"2015-10-03 DAY CONGRESS dh10,tu (1)",
			"2015-10-05 DAY ELECTED nam,bt,dh10 (1)",
			"2018-03-02 DAY TENURE_SEEN nam,bt (1)",
			"2020-10-13 DAY CONGRESS dh11,tu (1)",
			"2020-10-14 DAY TENURE_END nam,bt (1)",
			"2020-10-15 DAY ELECTED loi,bt,dh11 (1)",
			"2020-10-15 DAY TENURE_SEEN mai,pbt (1)",
			"2020-10-15 DAY TENURE_SEEN nam,bt (1)",
			"2021-01-10 DAY DOCUMENT_ISSUED nq01,tu (1)",
			"2022-05-01 DAY TENURE_SEEN loi,bt (1)",
			"2022-05-01 DAY TENURE_SEEN hai,pbt (1)",
			"2025-09-10 DAY TENURE_SEEN dung,bt (1)",
		}},
		{"a person with no dated fact", func() ([]*TimelineEntry, error) {
			return f.g.PersonTimeline(ctx, node("hai").(*Person))
		}, []string{"2022-05-01 DAY TENURE_SEEN hai,pbt (1)"}},
	}
	for _, tt := range tests {
		if got, want := render(tt.got()), strings.Join(tt.want, "\n"); got != want {
			t.Errorf("%s:\n got:\n%s\nwant:\n%s", tt.name, got, want)
		}
	}
}

// TestTimelineDescriptions: an entry says in English what happened, with
// names as printed and posts glossed.
func TestTimelineDescriptions(t *testing.T) {
	f := newSuccession(t)
	ctx := context.Background()
	n, err := f.g.Node(ctx, f.id["loi"])
	if err != nil {
		t.Fatal(err)
	}
	es, err := f.g.PersonTimeline(ctx, n.(*Person))
	if err != nil || len(es) != 3 {
		t.Fatalf("%v %v", es, err)
	}
	want := []string{
		"Nguyễn Văn Lợi speaks at Đại hội Đảng bộ tỉnh Bình Dương lần thứ XI",
		"Nguyễn Văn Lợi elected Bí thư Tỉnh ủy Bình Dương (Secretary of the Bình Dương Provincial Party Committee) at Đại hội Đảng bộ tỉnh Bình Dương lần thứ XI",
		"Nguyễn Văn Lợi seen as Bí thư Tỉnh ủy Bình Dương (Secretary of the Bình Dương Provincial Party Committee)",
	}
	for i, e := range es {
		if e.Description != want[i] {
			t.Errorf("entry %d: %q, want %q", i, e.Description, want[i])
		}
	}
	var quotes []string
	for _, m := range es[0].Evidence {
		q, err := f.g.MentionQuote(ctx, m)
		if err != nil {
			t.Fatal(err)
		}
		quotes = append(quotes, q)
	}
	if !slices.Contains(quotes, "Đồng chí Nguyễn Văn Lợi phát biểu bế mạc Đại hội.") {
		t.Errorf("the speech's evidence lacks the sentence that reports it: %q", quotes)
	}
}
