package date

import (
	"strings"
	"testing"
)

func TestParseString(t *testing.T) {
	tests := []struct {
		in      string
		want    Date
		wantErr bool
	}{
		{"2025", Date{2025, 0, 0}, false},
		{"2025-08", Date{2025, 8, 0}, false},
		{"2025-08-20", Date{2025, 8, 20}, false},
		{"2023-02-29", Date{}, true},
		{"2024-02-29", Date{2024, 2, 29}, false},
		{"2025-13", Date{}, true},
		{"2025-00-10", Date{}, true},
		{"25-08-20", Date{}, true},
		{"", Date{}, true},
		{"2025-8-20", Date{}, true},
		{"2025-08-20-01", Date{}, true},
		{"2025-", Date{}, true},
		{"-", Date{}, true},
		{"2025--20", Date{}, true},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("Parse(%q) = %v, %v; want %v, err %v", tt.in, got, err, tt.want, tt.wantErr)
		}
		if err == nil && got.String() != tt.in {
			t.Errorf("Parse(%q).String() = %q", tt.in, got.String())
		}
	}
}

func TestCovers(t *testing.T) {
	tests := []struct {
		from, to, day string
		want          bool
	}{
		{"2025-08-20", "2025-10-01", "2025-09", true},
		{"2025-08-20", "2025-10-01", "2025-10-02", false},
		{"2025", "2025", "2025-06-01", true},
		{"2025-08", "", "2025-08-31", true},
		{"2025-08", "", "2025-07-31", false},
		{"", "2023", "2024", false},
	}
	for _, tt := range tests {
		var from, to Date
		if tt.from != "" {
			from = MustParse(tt.from)
		}
		if tt.to != "" {
			to = MustParse(tt.to)
		}
		if got := Covers(from, to, MustParse(tt.day)); got != tt.want {
			t.Errorf("Covers(%s, %s, %s) = %v", tt.from, tt.to, tt.day, got)
		}
	}
}

func TestLast(t *testing.T) {
	for in, want := range map[string]string{"2024-02": "2024-02-29", "2025": "2025-12-31", "2025-08-20": "2025-08-20"} {
		if got := MustParse(in).Last().String(); got != want {
			t.Errorf("Last(%s) = %s, want %s", in, got, want)
		}
	}
}

// TestCompareAsStrings: Compare orders every pair of dates as their ISO
// strings do, also the dates whose numbers it cannot compare directly (five
// digit and negative years, months and days out of range).
func TestCompareAsStrings(t *testing.T) {
	var ds []Date
	for _, y := range []int{0, -5, 1, 999, 2024, 2025, 9999, 10000} {
		for _, m := range []int{0, -1, 1, 9, 10, 12, 99, 100} {
			for _, d := range []int{0, -1, 1, 9, 10, 31, 99, 100} {
				ds = append(ds, Date{y, m, d})
			}
		}
	}
	for _, a := range ds {
		for _, b := range ds {
			if got, want := a.Compare(b), strings.Compare(a.String(), b.String()); got != want {
				t.Fatalf("%#v.Compare(%#v) = %d, want %d (%q, %q)", a, b, got, want, a.String(), b.String())
			}
		}
	}
}
