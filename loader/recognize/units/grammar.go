package units

import (
	"slices"
	"strings"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// The grammar of units' names reads the lexicon's tables (lexicon.UnitHeads,
// lexicon.Compounds...). Phrases are written as vn.Key writes words (lower
// case, one tone placement), so printed ủy and uỷ, Ban Thường vụ and Ban
// thường vụ match alike; canonical forms are how the graph names the unit.

// entry is a head printed one way and named one way.
type entry struct {
	printed   string // the words as keys
	canonical string
	kind      schema.UnitKind
	// needsUnit: the head names a unit only with the committee after it
	// (lexicon.UnitHead.NeedsUnit).
	needsUnit bool
	// needsPlace: the unit exists at every level, so needs a place to be one
	// unit (lexicon.UnitHead.NeedsPlace).
	needsPlace bool
	// placeNamed: a place may name the unit in place of a field
	// (lexicon.UnitHead.NamedByPlace).
	placeNamed bool
	// sentenceCase: a name in sentence case closed by its place
	// (lexicon.UnitHead.SentenceCase).
	sentenceCase bool
	// underParent: a section whose parent body after a comma closes its
	// name (lexicon.UnitHead.UnderParent).
	underParent bool
	// tails: words that may follow as part of the name (lexicon.UnitHead.Tails).
	tails [][]string
}

// headsOf are the lexicon's unit heads of class c, in the lexicon's order.
func headsOf(c lexicon.Class) []entry {
	var out []entry
	for _, h := range lexicon.UnitHeads() {
		if h.Class == c {
			e := entry{printed: h.Text, canonical: h.Name, kind: schema.UnitKind(h.Kind), needsUnit: h.NeedsUnit, needsPlace: h.NeedsPlace, placeNamed: h.NamedByPlace, sentenceCase: h.SentenceCase, underParent: h.UnderParent}
			for _, t := range h.Tails {
				e.tails = append(e.tails, strings.Fields(t))
			}
			out = append(out, e)
		}
	}
	return out
}

// centralCommittee is the canonical name of the Party's Central Committee.
const centralCommittee = lexicon.CentralCommittee

// impliedLevel is the level word a committee's head carries (Thành ủy:
// thành phố); "" for any other head.
func impliedLevel(head string) string {
	return tables().level[head]
}

// isMinistry reports whether name is the field of a ministry.
func isMinistry(name string) bool {
	return slices.Contains(tables().ministries, vn.Key(name))
}
