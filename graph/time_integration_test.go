package graph

import (
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/cadregraph/cadregraph/kg"
	"github.com/cadregraph/cadregraph/kg/kgtest"
)

// The research features on the sample corpus: what a researcher asks of
// five real articles, checked for answers that hold whatever the extraction
// misses.

// TestGlossesOnSample: every post, unit and document of the sample corpus
// reads in English, and the standard titles gloss as a translator would.
func TestGlossesOnSample(t *testing.T) {
	c, _ := sampleClient(t)
	var resp struct {
		Positions struct {
			Edges []struct {
				Node struct {
					Name, Title     string
					TitleEn, NameEn *string
					Unit            *struct {
						Name, NameEn string
						UnitKind     *string
						UnitKindEn   *string
					}
				}
			}
		}
		Documents struct {
			Edges []struct {
				Node struct{ Name, DocumentKindEn string }
			}
		}
	}
	c.MustPost(`{ positions: entities(kind: POSITION, first: 100) { edges { node { name ... on Position { title titleEn nameEn
		unit { name nameEn unitKind unitKindEn } } } } }
		documents: entities(kind: DOCUMENT, first: 100) { edges { node { name ... on Document { documentKindEn } } } } }`, &resp)
	if len(resp.Positions.Edges) == 0 || len(resp.Documents.Edges) == 0 {
		t.Fatalf("no posts or documents: %+v", resp)
	}
	want := map[string]string{
		"Phó Bí thư Thường trực": "Standing Deputy Secretary",
		"Phó Bí thư":             "Deputy Secretary",
		"Bí thư":                 "Secretary",
		"Tổng Bí thư":            "General Secretary",
		"Ủy viên":                "Member",
		"Trưởng Ban":             "Head",
	}
	for _, e := range resp.Positions.Edges {
		p := e.Node
		if p.TitleEn == nil || p.NameEn == nil {
			t.Errorf("%s: no gloss", p.Name)
			continue
		}
		if w, ok := want[p.Title]; ok && *p.TitleEn != w {
			t.Errorf("%s: titleEn %q, want %q", p.Name, *p.TitleEn, w)
		}
		if !strings.HasPrefix(*p.NameEn, *p.TitleEn) {
			t.Errorf("%s: nameEn %q does not begin with its title %q", p.Name, *p.NameEn, *p.TitleEn)
		}
		if u := p.Unit; u != nil && (u.NameEn == "" || !strings.HasSuffix(*p.NameEn, u.NameEn) || (u.UnitKind != nil) != (u.UnitKindEn != nil)) {
			t.Errorf("%s: unit %+v glossed apart from the post %q", p.Name, u, *p.NameEn)
		}
	}
	for _, e := range resp.Documents.Edges {
		if e.Node.DocumentKindEn == "" {
			t.Errorf("%s: no kind in English", e.Node.Name)
		}
	}
}

// TestSuccessionGolden runs the queries of testdata/succession against
// kgtest.Succession, a post held in turn, on a memory store, on bolt and,
// when CADREGRAPH_TEST_POSTGRES names a server, on PostgreSQL.
func TestSuccessionGolden(t *testing.T) {
	f := kgtest.Succession(t)
	t.Run("mem", func(t *testing.T) { goldenGlob(t, f.Store(t), "testdata/succession/*.graphql") })
	if *update {
		return
	}
	t.Run("bolt", func(t *testing.T) {
		goldenGlob(t, fixtureIn(t, f, t.TempDir()+"/cadregraph.db"), "testdata/succession/*.graphql")
	})
	t.Run("postgres", func(t *testing.T) {
		u := os.Getenv("CADREGRAPH_TEST_POSTGRES")
		if u == "" {
			t.Skip("CADREGRAPH_TEST_POSTGRES not set: set it to a postgres:// URL to check the answers on PostgreSQL too")
		}
		goldenGlob(t, fixtureIn(t, f, freshDatabase(t, u)), "testdata/succession/*.graphql")
	})
}

type tenureOnSample struct {
	Person              struct{ ID, Name string }
	FirstSeen, LastSeen string
	Start, End          *string
	Status              string
	Predecessor         *struct{ Person struct{ Name string } }
	Successor           *struct{ Person struct{ Name string } }
	Observations        []struct {
		Seen         *string
		PrintedTitle *string
		Article      *struct{ Source string }
		Evidence     []struct{ Quote string }
	}
}

// TestSuccessionsOnSample: every post of the sample corpus lists its holders
// in order of time, each with a status that agrees with its succession and
// with what each source says of it; the General Secretary the 2023 article
// names is followed by the one the 2025 article names.
func TestSuccessionsOnSample(t *testing.T) {
	c, _ := sampleClient(t)
	var resp struct {
		Entities struct {
			Edges []struct {
				Node struct {
					Name    string
					Title   string
					Holders []tenureOnSample
				}
			}
		}
	}
	c.MustPost(`{ entities(kind: POSITION, first: 100) { edges { node { name ... on Position { title holders {
		person { id name } firstSeen lastSeen start end status predecessor { person { name } } successor { person { name } }
		observations { seen printedTitle article { source } evidence { quote } } } } } } } }`, &resp)
	general := ""
	for _, e := range resp.Entities.Edges {
		p := e.Node
		current := 0
		for i, h := range p.Holders {
			if i > 0 && h.FirstSeen < p.Holders[i-1].FirstSeen && h.Start == nil && p.Holders[i-1].Start == nil {
				t.Errorf("%s: holders out of order: %s before %s", p.Name, p.Holders[i-1].FirstSeen, h.FirstSeen)
			}
			if len(h.Observations) == 0 {
				t.Errorf("%s, %s: no observation", p.Name, h.Person.Name)
			}
			for _, o := range h.Observations {
				if o.Seen == nil || o.Article == nil || len(o.Evidence) == 0 || *o.Seen < h.FirstSeen || *o.Seen > h.LastSeen && h.End == nil {
					t.Errorf("%s, %s: observation %+v outside the tenure's sightings %s..%s or without its source", p.Name, h.Person.Name, o, h.FirstSeen, h.LastSeen)
				}
			}
			switch h.Status {
			case "ENDED":
				if h.End == nil && h.Successor == nil {
					t.Errorf("%s, %s: ENDED with neither an end nor a successor", p.Name, h.Person.Name)
				}
			case "CURRENT":
				current++
				if h.End != nil || h.Successor != nil {
					t.Errorf("%s, %s: CURRENT with an end or a successor", p.Name, h.Person.Name)
				}
			case "UNKNOWN":
			default:
				t.Errorf("%s, %s: status %q", p.Name, h.Person.Name, h.Status)
			}
			if h.Predecessor != nil && h.Predecessor.Person.Name == h.Person.Name {
				t.Errorf("%s, %s: follows themself", p.Name, h.Person.Name)
			}
		}
		if len(p.Holders) > 0 && current == 0 {
			t.Errorf("%s: no holder is current as of the latest source that shows the post", p.Name)
		}
		if p.Title == "Tổng Bí thư" {
			for _, h := range p.Holders {
				if h.Person.Name == "Nguyễn Phú Trọng" && h.Successor != nil {
					general = h.Status + " " + h.Successor.Person.Name
				}
			}
		}
	}
	if general != "ENDED Tô Lâm" {
		t.Errorf("General Secretary Nguyễn Phú Trọng (2023): %q, want ENDED and followed by Tô Lâm (2025)", general)
	}
}

// TestHoldersAtOnSample: who was General Secretary in 2024, when no sample
// article speaks (the last seen before), and on the day of the 2025 article.
func TestHoldersAtOnSample(t *testing.T) {
	c, _ := sampleClient(t)
	type answer struct {
		HoldersAt struct {
			Current, LastSeenBefore []struct {
				Person   struct{ Name string }
				LastSeen string
			}
		}
	}
	names := func(ts []struct {
		Person   struct{ Name string }
		LastSeen string
	}) string {
		var out []string
		for _, t := range ts {
			out = append(out, t.Person.Name)
		}
		return strings.Join(out, ", ")
	}
	tests := []struct{ title, unit, at, current, before string }{
		{"tong bi thu", "Ban Chấp hành Trung ương Đảng", "2024", "", "Nguyễn Phú Trọng"},
		{"TỔNG BÍ THƯ", "", "2025-10-01", "Tô Lâm", ""},
		{"Tổng Bí thư", "", "2020", "", ""},
	}
	for _, tt := range tests {
		var resp answer
		c.MustPost(`query($title: String!, $unit: String, $at: Date!) { holdersAt(title: $title, unit: $unit, at: $at) {
			current { person { name } lastSeen } lastSeenBefore { person { name } lastSeen } } }`, &resp,
			client.Var("title", tt.title), client.Var("unit", tt.unit), client.Var("at", tt.at))
		if got := names(resp.HoldersAt.Current); got != tt.current {
			t.Errorf("holdersAt(%s, %s, %s).current = %q, want %q", tt.title, tt.unit, tt.at, got, tt.current)
		}
		if got := names(resp.HoldersAt.LastSeenBefore); got != tt.before {
			t.Errorf("holdersAt(%s, %s, %s).lastSeenBefore = %q, want %q", tt.title, tt.unit, tt.at, got, tt.before)
		}
		for _, h := range resp.HoldersAt.LastSeenBefore {
			if h.LastSeen >= tt.at {
				t.Errorf("holdersAt(%s, %s): %s last seen %s, not before", tt.title, tt.at, h.Person.Name, h.LastSeen)
			}
		}
	}
}

// TestTimelinesOnSample: the timelines of every person, post and unit of the
// sample corpus are in order, each entry at its date's precision, with its
// entities and the sentences that state it; Võ Văn Minh's includes the
// congress he spoke at and his posts in August 2025.
func TestTimelinesOnSample(t *testing.T) {
	c, _ := sampleClient(t)
	type entry struct {
		Date, Precision, Kind, Description string
		Entities                           []struct{ ID, Kind string }
		Evidence                           []struct{ Quote string }
	}
	var resp struct {
		People, Positions, Units struct {
			Edges []struct {
				Node struct {
					ID, Name string
					Timeline []entry
				}
			}
		}
	}
	sel := `edges { node { id name ... on %s { timeline { date precision kind description entities { id kind } evidence { quote } } } } }`
	c.MustPost(`{ people: entities(kind: PERSON, first: 100) { `+fmt.Sprintf(sel, "Person")+` }
		positions: entities(kind: POSITION, first: 100) { `+fmt.Sprintf(sel, "Position")+` }
		units: entities(kind: UNIT, first: 100) { `+fmt.Sprintf(sel, "Unit")+` } }`, &resp)
	precision := map[int]string{4: "YEAR", 7: "MONTH", 10: "DAY"}
	entries := 0
	for _, list := range [][]struct {
		Node struct {
			ID, Name string
			Timeline []entry
		}
	}{resp.People.Edges, resp.Positions.Edges, resp.Units.Edges} {
		for _, e := range list {
			n := e.Node
			for i, x := range n.Timeline {
				entries++
				if i > 0 && x.Date < n.Timeline[i-1].Date {
					t.Errorf("%s: %s after %s", n.Name, x.Date, n.Timeline[i-1].Date)
				}
				if precision[len(x.Date)] != x.Precision {
					t.Errorf("%s: %s is not of precision %s", n.Name, x.Date, x.Precision)
				}
				if x.Description == "" || len(x.Evidence) == 0 {
					t.Errorf("%s: %+v without a description or evidence", n.Name, x)
				}
				if !slices.ContainsFunc(x.Entities, func(e struct{ ID, Kind string }) bool { return e.ID == n.ID }) &&
					!strings.HasPrefix(x.Kind, "TENURE") && x.Kind != "ELECTED" {
					t.Errorf("%s: entry %q is not about it", n.Name, x.Description)
				}
			}
		}
	}
	if entries == 0 {
		t.Fatal("no dated fact in the sample corpus")
	}
	var minh []string
	for _, e := range resp.People.Edges {
		if e.Node.Name == "Võ Văn Minh" {
			for _, x := range e.Node.Timeline {
				minh = append(minh, x.Date+" "+x.Kind)
			}
		}
	}
	for _, want := range []string{"2025-08-19 SPOKE_AT", "2025-08-20 TENURE_SEEN"} {
		if !slices.Contains(minh, want) {
			t.Errorf("Võ Văn Minh's timeline %v lacks %s", minh, want)
		}
	}
}

// TestStatusWalks: the status and succession of every tenure of a page of
// people cost the same few walks whatever the page size.
func TestStatusWalks(t *testing.T) {
	q := `{ entities(kind: PERSON, first: 100) { edges { node { ... on Person {
		tenures { status predecessor { person { name } } successor { person { name } } observations { seen printedTitle article { source } } } } } } } }`
	var walks []int64
	for _, n := range []int{10, 100} {
		g := kg.New(kgtest.Crowd(t, n))
		c := client.New(NewHandler(g))
		var resp struct {
			Entities struct {
				Edges []struct {
					Node struct {
						Tenures []struct {
							Status                 string
							Predecessor, Successor *struct{ Person struct{ Name string } }
							Observations           []struct {
								Seen, PrintedTitle *string
								Article            struct{ Source string }
							}
						}
					}
				}
			}
		}
		before := g.Walks()
		c.MustPost(q, &resp)
		walks = append(walks, g.Walks()-before)
		if len(resp.Entities.Edges) != n || len(resp.Entities.Edges[0].Node.Tenures) != 2 ||
			len(resp.Entities.Edges[0].Node.Tenures[0].Observations) != 2 {
			t.Fatalf("%d people: %+v", n, resp.Entities.Edges[0])
		}
	}
	t.Logf("walks for the tenures' status and succession of 10 and 100 people: %v", walks)
	if walks[0] != walks[1] || walks[1] > 16 {
		t.Errorf("walks for 10 and 100 people: %v, want the same few", walks)
	}
}

// TestTimelineWalks: the timelines of a page of people cost the walks the
// timelines of one person do, whatever the page size.
func TestTimelineWalks(t *testing.T) {
	q := `{ entities(kind: PERSON, first: 100) { edges { node { ... on Person {
		timeline { date kind description entities { id } evidence { quote } } } } } } }`
	var walks []int64
	for _, n := range []int{10, 100} {
		g := kg.New(kgtest.Crowd(t, n))
		c := client.New(NewHandler(g))
		var resp struct {
			Entities struct {
				Edges []struct {
					Node struct {
						Timeline []struct {
							Date, Kind, Description string
							Entities                []struct{ ID string }
							Evidence                []struct{ Quote string }
						}
					}
				}
			}
		}
		before := g.Walks()
		c.MustPost(q, &resp)
		walks = append(walks, g.Walks()-before)
		if len(resp.Entities.Edges) != n || len(resp.Entities.Edges[0].Node.Timeline) != 4 {
			t.Fatalf("%d people: %+v", n, resp.Entities.Edges[0])
		}
	}
	t.Logf("walks for the timelines of 10 and 100 people: %v", walks)
	if walks[0] != walks[1] || walks[1] > 20 {
		t.Errorf("walks for the timelines of 10 and 100 people: %v, want the same few", walks)
	}
}

// TestHoldersOnSample: the contract's holders with a title typed without
// accents in capitals and the unit by its committee's name (Đảng ủy for the
// Đảng bộ the store names), with a date; and a person's posts on a date.
func TestHoldersOnSample(t *testing.T) {
	c, _ := sampleClient(t)
	var resp struct {
		Holders []struct {
			Person    struct{ Name string }
			Position  struct{ Name string }
			FirstSeen string
			Status    string
		}
		Before []struct{ FirstSeen string }
		Minh   []struct {
			Entity struct {
				On, Before []struct{ Position struct{ Name string } }
			}
		}
	}
	c.MustPost(`{ holders(title: "PHO BI THU THUONG TRUC", unit: "Đảng ủy các cơ quan Đảng TPHCM", at: "2025-08") {
			person { name } position { name } firstSeen status }
		before: holders(title: "pho bi thu thuong truc", unit: "Đảng bộ các cơ quan Đảng TPHCM", at: "2024") { firstSeen }
		minh: search(query: "vo van minh", kinds: [PERSON], first: 1) { entity { ... on Person {
			on: tenures(at: "2025-08-20") { position { name } } before: tenures(at: "2024") { position { name } } } } } }`, &resp)
	if len(resp.Holders) != 1 || resp.Holders[0].Person.Name != "Võ Văn Minh" ||
		resp.Holders[0].Position.Name != "Phó Bí thư Thường trực Đảng bộ các cơ quan Đảng TPHCM" || resp.Holders[0].Status != "CURRENT" {
		t.Errorf("holders: %+v", resp.Holders)
	}
	// The city's committee and its party organisation are one unit: its
	// deputies hold one post, asked for by either name.
	var city struct {
		Org, Committee []struct{ Position struct{ ID, Name string } }
	}
	c.MustPost(`{ org: holders(title: "Phó Bí thư", unit: "Đảng bộ Thành phố Hồ Chí Minh") { position { id name } }
		committee: holders(title: "Phó Bí thư", unit: "Thành ủy TPHCM") { position { id name } } }`, &city)
	if len(city.Org) == 0 || city.Org[0].Position.Name != "Phó Bí thư Đảng bộ TPHCM" || !reflect.DeepEqual(city.Org, city.Committee) {
		t.Errorf("the deputies of the city's committee, asked for by its party organisation's name: %+v; by the committee's: %+v", city.Org, city.Committee)
	}
	if len(resp.Before) != 0 {
		t.Errorf("holders before any source: %+v", resp.Before)
	}
	if len(resp.Minh) != 1 || len(resp.Minh[0].Entity.On) < 2 || len(resp.Minh[0].Entity.Before) != 0 {
		t.Errorf("Võ Văn Minh's posts on 2025-08-20 and in 2024: %+v", resp.Minh)
	}
}
