package units

import (
	"slices"
	"strings"
	"sync"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/vn"
)

// table is a list of entries compiled for matching: each entry's words split
// once and indexed by its first word, so that a token that begins none of them
// costs one map lookup.
type table map[string][]compiled

type compiled struct {
	words []string
	e     entry
}

func compile(es []entry) table {
	t := table{}
	for _, e := range es {
		ws := strings.Fields(e.printed)
		t[ws[0]] = append(t[ws[0]], compiled{ws, e})
		// Trung ương is abbreviated TW, TƯ or T.Ư in every name it is part
		// of (Đảng ủy Quân sự T.Ư, UBKT TƯ): the tokens' key is "tw".
		if abbr := strings.Fields(strings.ReplaceAll(e.printed, "trung ương", "tw")); len(abbr) != len(ws) {
			t[abbr[0]] = append(t[abbr[0]], compiled{abbr, e})
		}
	}
	return t
}

// longest returns the longest entry of t printed at ts[i].
func (t table) longest(ts []scan.Token, i int) (entry, int, bool) {
	if i >= len(ts) || !ts[i].Word {
		return entry{}, i, false
	}
	best, end := entry{}, i
	for _, c := range t[ts[i].Key] {
		if j, ok := words(ts, i, c.words); ok && j > end {
			best, end = c.e, j
		}
	}
	return best, end, end > i
}

// words reports whether ws follow each other as words from ts[i], and the
// index after them.
func words(ts []scan.Token, i int, ws []string) (int, bool) {
	for _, w := range ws {
		if i >= len(ts) || !ts[i].Word || ts[i].Key != w {
			return i, false
		}
		i++
	}
	return i, true
}

// grammar is the compiled form of the lexicon's tables and places.go's.
type grammar struct {
	central, bodies, committees, organisations, placed, organs table
	boards                                                     table
	departments                                                table
	// heads are the heads a name of an organ stops before (Thành ủy after Ban
	// Tuyên giáo và Dân vận); Công an is not one, as it is part of names (Bộ
	// Công an).
	heads     table
	compounds table
	// fields are lexicon.NameFields: small-letter fields that go on a name
	// after any of its words.
	fields    table
	blocWords table
	levels    table
	places    table // provinces and cities, their level word as canonical
	placeName map[string]string
	// former are the keys (vn.Key) of lexicon.FormerProvinces.
	former map[string]bool
	// level is the level word a committee's canonical head carries.
	level map[string]string
	// organNames are the canonical heads of organs (Sở, Tập đoàn, Trường).
	organNames   []string
	ministries   []string
	commaPhrases [][2]string
	// commaPairs are commaPhrases split into words, as vn.Key writes them:
	// CommaJoined compares every unit name added against them.
	commaPairs  [][2][]string
	fieldStops  []string // vn.Key forms of lexicon.FieldStops
	adHocBoards []lexicon.AdHocBoard
}

// tables is the grammar, compiled once; it is never changed after.
var tables = sync.OnceValue(func() *grammar {
	g := &grammar{
		central:       compile(headsOf(lexicon.Central)),
		bodies:        compile(headsOf(lexicon.Body)),
		committees:    compile(headsOf(lexicon.Committee)),
		organisations: compile(headsOf(lexicon.Organisation)),
		placed:        compile(headsOf(lexicon.Placed)),
		organs:        compile(headsOf(lexicon.Organ)),
		boards:        compile(headsOf(lexicon.Board)),
		placeName:     map[string]string{},
		former:        map[string]bool{},
		level:         map[string]string{},
		ministries:    lexicon.Ministries(),
		commaPhrases:  lexicon.CommaPhrases(),
		adHocBoards:   lexicon.AdHocBoards(),
	}
	for _, c := range g.commaPhrases {
		g.commaPairs = append(g.commaPairs, [2][]string{keysOf(c[0]), keysOf(c[1])})
	}
	for _, w := range lexicon.FieldStops() {
		g.fieldStops = append(g.fieldStops, vn.Key(w))
	}
	for _, h := range lexicon.UnitHeads() {
		if h.Level != "" {
			g.level[h.Name] = h.Level
		}
		if h.Class == lexicon.Organ {
			g.organNames = append(g.organNames, h.Name)
		}
	}
	var deps, comps, bws, levels, heads, fields []entry
	for _, f := range lexicon.NameFields() {
		fields = append(fields, entry{printed: f, canonical: f})
	}
	g.fields = compile(fields)
	for _, d := range lexicon.Departments() {
		deps = append(deps, entry{printed: d, canonical: d})
	}
	for _, c := range lexicon.NameCompounds() {
		comps = append(comps, entry{printed: c, canonical: c})
	}
	for _, w := range lexicon.BlocWords() {
		bws = append(bws, entry{printed: w, canonical: w})
	}
	for _, lw := range lexicon.LevelWords() {
		levels = append(levels, entry{printed: lw[0], canonical: lw[1]})
	}
	for _, list := range [][]entry{headsOf(lexicon.Committee), headsOf(lexicon.Organisation), headsOf(lexicon.Placed), headsOf(lexicon.Central), headsOf(lexicon.Board)} {
		for _, e := range list {
			if e.canonical != "Công an" {
				heads = append(heads, e)
			}
		}
	}
	g.departments, g.compounds, g.blocWords, g.levels, g.heads = compile(deps), compile(comps), compile(bws), compile(levels), compile(heads)
	cities, provinces := lexicon.TopPlaces()
	var ps []entry
	for _, c := range cities {
		ps = append(ps, entry{printed: vn.Key(c), canonical: "thành phố"})
		g.placeName[vn.Key(c)] = c
	}
	for _, p := range provinces {
		ps = append(ps, entry{printed: vn.Key(p), canonical: "tỉnh"})
		g.placeName[vn.Key(p)] = p
	}
	for _, a := range lexicon.PlaceAliases() {
		level := "tỉnh"
		if slices.Contains(cities, a[1]) {
			level = "thành phố"
		}
		ps = append(ps, entry{printed: vn.Key(a[0]), canonical: level})
		g.placeName[vn.Key(a[0])] = a[1]
	}
	g.places = compile(ps)
	for _, p := range lexicon.FormerProvinces() {
		g.former[vn.Key(p)] = true
	}
	return g
})
