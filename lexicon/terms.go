package lexicon

// A Congress is the month a national party congress opened: the Central
// Committee it elects (khóa N) serves until congress N+1 opens.
type Congress struct {
	Ordinal     int
	Year, Month int
}

// NationalCongresses are the Party's national congresses, in order.
func NationalCongresses() []Congress {
	return []Congress{
		{2, 1951, 2}, {3, 1960, 9}, {4, 1976, 12}, {5, 1982, 3}, {6, 1986, 12}, {7, 1991, 6},
		{8, 1996, 6}, {9, 2001, 4}, {10, 2006, 4}, {11, 2011, 1}, {12, 2016, 1},
		{13, 2021, 1}, {14, 2026, 1}, {15, 2031, 1},
	}
}

// AssemblySittings are the months the National Assembly of each term (khóa)
// first sat, from the VIIIth: the Assembly of khóa N sits until the first
// sitting of khóa N+1.
func AssemblySittings() []Congress {
	return []Congress{
		{8, 1987, 6}, {9, 1992, 9}, {10, 1997, 9}, {11, 2002, 7}, {12, 2007, 7},
		{13, 2011, 7}, {14, 2016, 7}, {15, 2021, 7}, {16, 2026, 4},
	}
}

// CentralTerm is the term (khóa) of the Central Committee in office in year
// and month (0: not known). ok is false where the date cannot tell: the month
// a congress opened, a congress year without its month, or a date outside the
// table.
func CentralTerm(year, month int) (khoa int, ok bool) {
	cs := NationalCongresses()
	for i := len(cs) - 1; i >= 0; i-- {
		c := cs[i]
		if year == c.Year && (month == 0 || month == c.Month) {
			return 0, false
		}
		if year > c.Year || year == c.Year && month > c.Month {
			return c.Ordinal, i+1 < len(cs)
		}
	}
	return 0, false
}

// LocalTerm is the term of the party committees below the Centre (provinces,
// districts, communes, blocs) in office in year, counted by the year it
// opened: their congresses all meet in the year before a national one (2015,
// 2020, 2025), at months that vary by level and place, so that a congress
// year cannot tell the term.
func LocalTerm(year int) (opened int, ok bool) {
	if year <= 0 || year%5 == 0 {
		return 0, false
	}
	return year - year%5, true
}
