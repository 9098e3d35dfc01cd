package loader

import (
	"fmt"
	"time"
)

// Progress is how far a load is, as Options.Progress hears it: after the
// articles are counted, then after each transaction.
type Progress struct {
	// Articles are the articles done with: written, found already present,
	// or failed.
	Articles int
	// Total is how many articles the paths hold, counted by reading them
	// once before the load (reading costs little beside extracting).
	Total int
	// Quads are the quads written.
	Quads   int
	Elapsed time.Duration
}

// Rate is the articles done a second.
func (p Progress) Rate() float64 {
	if p.Elapsed <= 0 {
		return 0
	}
	return float64(p.Articles) / p.Elapsed.Seconds()
}

// ETA is how long the articles left should take at the rate so far; 0 when
// no article is done yet or none is left.
func (p Progress) ETA() time.Duration {
	r := p.Rate()
	if r == 0 || p.Articles >= p.Total {
		return 0
	}
	return time.Duration(float64(p.Total-p.Articles) / r * float64(time.Second)).Round(time.Second)
}

// String is the progress as a line: "120/800 articles, 81234 quads, 35.2
// articles/s, ETA 19s".
func (p Progress) String() string {
	s := fmt.Sprintf("%d/%d articles, %d quads, %.1f articles/s", p.Articles, p.Total, p.Quads, p.Rate())
	if eta := p.ETA(); eta > 0 {
		s += ", ETA " + eta.String()
	}
	return s
}
