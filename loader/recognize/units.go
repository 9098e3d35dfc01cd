package recognize

import (
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize/units"
)

// Units are the units s names, read from the tokens it was cut into
// (units.Scan), outermost names only, in the order printed. They are read
// when s is cut: callers share them and must not change them.
func (s Sentence) Units() []units.Unit { return s.units }

// Places are the places s names (units.Places).
func (s Sentence) Places() []units.Place { return units.PlacesOf(s.Tokens) }

// FindUnits returns the units s names as mentions placed in the article: Ban
// Thường vụ Thành ủy TPHCM is one name, whose committee units.Parse reads.
func FindUnits(s Sentence) []UnitMention {
	var out []UnitMention
	for _, u := range s.Units() {
		out = append(out, UnitMention{
			Phrase:   Phrase{Text: u.Text, Span: model.Span{Start: s.Start + u.Start, End: s.Start + u.End}},
			Sentence: s.Index,
		})
	}
	return out
}
