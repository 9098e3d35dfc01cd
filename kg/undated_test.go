package kg

import (
	"testing"

	"github.com/cadregraph/cadregraph/date"
)

// TestUndatedTenure: a tenure no source dates is listed last, covers no
// date, and has no place in its post's succession (UNKNOWN, no predecessor
// or successor, no one's), while the dated tenures around it keep theirs.
func TestUndatedTenure(t *testing.T) {
	d := date.MustParse
	tenure := func(id, first, last string) *Tenure {
		tn := &Tenure{ID: id, Person: &Person{node: node{ID: "person-" + id}}, Position: &Position{node: node{ID: "position-x"}}}
		if first != "" {
			tn.FirstSeen, tn.LastSeen = d(first), d(last)
		}
		return tn
	}
	a, u, b := tenure("a", "2020", "2021"), tenure("u", "", ""), tenure("b", "2023-05", "2024")
	ts := []*Tenure{u, b, a}
	sortTenures(ts)
	if got := ts[0].ID + ts[1].ID + ts[2].ID; got != "abu" {
		t.Errorf("order %s, want abu (undated last)", got)
	}
	for _, c := range []struct {
		at   string
		want string
	}{{"2020", "a"}, {"2022", ""}, {"2024-01", "b"}} {
		got, at := "", d(c.at)
		for _, tn := range covering(ts, &at) {
			got += tn.ID
		}
		if got != c.want {
			t.Errorf("covering %s: %q, want %q", c.at, got, c.want)
		}
	}
	if got := covering(ts, nil); len(got) != 3 {
		t.Errorf("covering without a date: %d tenures, want all 3", len(got))
	}
	out := map[string]place{}
	succession(ts, false, out)
	if p := out["u"]; p.status != Unknown || p.predecessor != nil || p.successor != nil {
		t.Errorf("undated: %+v, want UNKNOWN alone", p)
	}
	if p := out["a"]; p.status != Ended || p.successor != b {
		t.Errorf("a: %+v, want ENDED before b", p)
	}
	if p := out["b"]; p.status != Current || p.predecessor != a {
		t.Errorf("b: %+v, want CURRENT after a", p)
	}
}
