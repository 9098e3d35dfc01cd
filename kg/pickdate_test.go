package kg

import (
	"testing"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/quad"
)

// TestPickDatePreciser: between dates stated by as many articles, the one
// that says the other and more is shown (a decree's year from its code in one
// article, its day in another); dates that disagree keep the default order.
func TestPickDatePreciser(t *testing.T) {
	dv := func(y, m, d int) fact {
		return fact{pred: schema.Issued, to: schema.DateValue(date.Date{Year: y, Month: m, Day: d}), label: quad.IRI("a")}
	}
	tests := []struct {
		name string
		fs   []fact
		want date.Date
	}{
		{"year then day", []fact{dv(2019, 0, 0), dv(2019, 7, 1)}, date.Date{Year: 2019, Month: 7, Day: 1}},
		{"day then year", []fact{dv(2019, 7, 1), dv(2019, 0, 0)}, date.Date{Year: 2019, Month: 7, Day: 1}},
		{"month then day", []fact{dv(2019, 7, 0), dv(2019, 7, 1)}, date.Date{Year: 2019, Month: 7, Day: 1}},
		// Traps: another year, or another month, is no refinement.
		{"another year", []fact{dv(2018, 0, 0), dv(2019, 7, 1)}, date.Date{Year: 2018}},
		{"another month", []fact{dv(2019, 6, 0), dv(2019, 7, 1)}, date.Date{Year: 2019, Month: 6}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := pickDate(tt.fs)
			if !ok || got != tt.want {
				t.Errorf("pickDate = %v %v, want %v", got, ok, tt.want)
			}
		})
	}
}
