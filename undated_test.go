package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/export"
)

// undatedCorpus holds an article that prints no year anywhere and a dated one
// naming another holder of the same post (see its README).
const undatedCorpus = "testdata/undated"

// TestUndatedPosts: a post read from a page without a date is a fact all the
// same. holders and Person.tenures list it, undated (firstSeen and lastSeen
// null) and after the dated ones; with a date (at) it is never claimed as
// held, nor as the last seen before; its timeline invents no dated entry; and
// every export keeps it (CSV with empty dates, GEXF with an open spell,
// Cytoscape with its holds edge).
func TestUndatedPosts(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cadregraph.db")
	if r := runArgs(t, nil, "load", "--db", db, undatedCorpus); r.err != nil {
		t.Fatalf("load: %v\n%s", r.err, r.stderr)
	}
	base := server(t, "--db", "mem:", "--corpus", undatedCorpus)

	type tenure struct {
		FirstSeen, LastSeen *string
		Status              string
		Person              struct{ Name string }
		Position            struct{ Name string }
	}
	names := func(ts []tenure) string {
		var out []string
		for _, t := range ts {
			d := "undated"
			if t.FirstSeen != nil {
				d = *t.FirstSeen
			}
			out = append(out, t.Person.Name+" "+d)
		}
		return strings.Join(out, ", ")
	}
	const post = `title: "Bí thư", unit: "Tỉnh ủy Quảng Trị"`
	const fields = `firstSeen lastSeen status person { name } position { name }`
	var h struct {
		All, At2023, AtMarch []tenure
		HoldersAt            struct{ Current, LastSeenBefore []tenure }
	}
	query(t, base, `{ all: holders(`+post+`) { `+fields+` }
		at2023: holders(`+post+`, at: "2023") { `+fields+` }
		atMarch: holders(`+post+`, at: "2024-03-12") { `+fields+` }
		holdersAt(`+post+`, at: "2030") { current { `+fields+` } lastSeenBefore { `+fields+` } } }`, &h)
	for _, c := range []struct {
		what string
		got  []tenure
		want string
	}{
		{"holders", h.All, "Nguyễn Đức Sơn 2023-01-10, Hoàng Minh Tuấn undated"},
		{"holders at 2023", h.At2023, "Nguyễn Đức Sơn 2023-01-10"},
		{"holders at a day the undated page could be of", h.AtMarch, ""},
		{"holdersAt 2030, current", h.HoldersAt.Current, ""},
		{"holdersAt 2030, last seen before", h.HoldersAt.LastSeenBefore, "Nguyễn Đức Sơn 2023-01-10"},
	} {
		if got := names(c.got); got != c.want {
			t.Errorf("%s: %s, want %s", c.what, got, c.want)
		}
	}
	if n := len(h.All); n == 2 && (h.All[1].LastSeen != nil || h.All[1].Status != "UNKNOWN") {
		t.Errorf("the undated tenure: lastSeen %v, status %s; want null, UNKNOWN", h.All[1].LastSeen, h.All[1].Status)
	}

	// Every post of the undated page, through Person.tenures.
	var p struct {
		Entities struct {
			Edges []struct {
				Node struct {
					Name     string
					Tenures  []tenure
					At       []tenure
					Timeline []struct{ Date, Kind string }
				}
			}
		}
	}
	query(t, base, `{ entities(kind: PERSON, first: 50) { edges { node { name ... on Person {
		tenures { `+fields+` } at: tenures(at: "2024") { `+fields+` } timeline { date kind } } } } } }`, &p)
	want := map[string][]string{
		"Hoàng Minh Tuấn": {"Bí thư Tỉnh ủy Quảng Trị", "Ủy viên Ban Chấp hành Trung ương Đảng"},
		"Trần Quốc Bình":  {"Chủ tịch UBND tỉnh Quảng Trị", "Phó Bí thư Tỉnh ủy Quảng Trị"},
		"Lê Thị Hạnh":     {"Trưởng Ban Tổ chức Tỉnh ủy Quảng Trị", "Ủy viên Ban Thường vụ Tỉnh ủy Quảng Trị"},
	}
	for _, e := range p.Entities.Edges {
		n := e.Node
		w, ok := want[n.Name]
		if !ok {
			continue
		}
		delete(want, n.Name)
		var got []string
		for _, t := range n.Tenures {
			got = append(got, t.Position.Name)
		}
		if strings.Join(got, "; ") != strings.Join(w, "; ") {
			t.Errorf("%s: tenures %q, want %q", n.Name, got, w)
		}
		for _, tn := range n.Tenures {
			if tn.FirstSeen != nil || tn.LastSeen != nil {
				t.Errorf("%s: %s seen %v–%v; nothing dates it", n.Name, tn.Position.Name, tn.FirstSeen, tn.LastSeen)
			}
		}
		if len(n.At) > 0 {
			t.Errorf("%s: tenures at 2024 %s; an undated post is not claimed on a date", n.Name, names(n.At))
		}
		for _, e := range n.Timeline {
			if strings.HasPrefix(e.Kind, "TENURE_") {
				t.Errorf("%s: timeline entry %s on %s; nothing dates the post", n.Name, e.Kind, e.Date)
			}
		}
	}
	for name := range want {
		t.Errorf("%s: not among the people", name)
	}

	// Exports keep the undated tenures.
	dir := t.TempDir()
	out := func(format string, args ...string) string {
		t.Helper()
		f := filepath.Join(dir, "graph."+format)
		if r := runArgs(t, nil, append([]string{"export", "--db", db, "--format", format, "--out", f}, args...)...); r.err != nil {
			t.Fatalf("export %s: %v\n%s", format, r.err, r.stderr)
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		wellFormed(t, format, b)
		return string(b)
	}
	r := runArgs(t, nil, "export", "--db", db, "--format", export.CSV, "--table", "tenures")
	if r.err != nil {
		t.Fatalf("csv tenures: %v\n%s", r.err, r.stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	undated := 0
	for _, row := range rows[1:] {
		// id, person_id, person, position_id, title, unit_id, first_seen, last_seen, start, end
		if row[2] == "Hoàng Minh Tuấn" && row[4] == "Bí thư" {
			if row[6] != "" || row[7] != "" {
				t.Errorf("csv: %q; want empty first and last seen", row)
			}
		}
		if row[6] == "" {
			undated++
		}
	}
	if undated != 6 {
		t.Errorf("csv: %d undated tenures, want the 6 of the undated page:\n%s", undated, r.stdout)
	}
	gexf := out(export.GEXF)
	// The undated Bí thư's node: open spells, from nowhere to nowhere.
	node := regexp.MustCompile(`<node id="person-hoang-minh-tuan[^"]*"[^\n]*`).FindString(gexf)
	if !strings.Contains(node, "<spells><spell/></spells>") {
		t.Errorf("gexf: the undated holder's node %q; want one open spell", node)
	}
	cy := out(export.Cytoscape)
	if !regexp.MustCompile(`"source":\s*"person-hoang-minh-tuan[^"]*",\s*"target":\s*"position-[^"]*",\s*"relation":\s*"holds"`).MatchString(cy) {
		t.Errorf("cytoscape: no holds edge from the undated holder")
	}
}
