package kg

import (
	"testing"

	"github.com/cadregraph/cadregraph/date"
)

// TestTenureEnd holds a tenure's end to the tightest its sources allow: a
// page dated by its year alone ends a post left at its event "by 2015",
// another dated to the day "by 2015-08-23" (the day before a congress that
// moved the holder up), and the tenure ended by the day, not the year.
func TestTenureEnd(t *testing.T) {
	for _, tc := range []struct {
		name string
		ends [][]string // each observation's stated ends
		want string
	}{
		{"a year-dated page and a day-dated one", [][]string{{"2015"}, {"2015-08-23"}}, "2015-08-23"},
		{"the same, the other way round", [][]string{{"2015-08-23"}, {"2015"}}, "2015-08-23"},
		{"a month against a day in it", [][]string{{"2020-02"}, {"2020-02-14"}}, "2020-02-14"},
		{"a day after a month's end", [][]string{{"2020-02"}, {"2020-03-01"}}, "2020-02"},
		{"an earlier year", [][]string{{"2014"}, {"2015-01-01"}}, "2014"},
		{"the last day of a year and the year", [][]string{{"2015"}, {"2015-12-31"}}, "2015-12-31"},
		{"one source", [][]string{{"2011-08"}}, "2011-08"},
		{"none", [][]string{{}}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			to := &tenureObserved{}
			for _, ends := range tc.ends {
				o := &observed{}
				for _, e := range ends {
					o.end = append(o.end, date.MustParse(e))
				}
				to.obs = append(to.obs, o)
			}
			to.summarise()
			if got := to.end.String(); got != tc.want {
				t.Errorf("end = %q, want %q", got, tc.want)
			}
		})
	}
}
