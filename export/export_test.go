package export_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/export"
	"github.com/cadregraph/cadregraph/loader/emit"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/store"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// facts is an article with a literal of every kind the loader writes: text
// with line breaks, quotes, backslashes, tabs and control characters; dates
// of each precision; integers; a boolean.
func facts() model.Facts {
	text := "Đồng chí \"Võ Văn Minh\", Phó Bí thư.\n\nC:\\tệp\tmột\x01hai\fba\r\nHết."
	id := schema.ArticleID(text)
	unit := schema.UnitID("Thành ủy TPHCM", "")
	person := schema.PersonID("Võ Văn Minh")
	pos := schema.PositionID("Phó Bí thư", unit)
	cong := schema.CongressID(unit, 1, "2025-2030")
	span := model.Span{Start: 0, End: 35}
	return model.Facts{
		Article:    model.Article{ID: id, Source: "bài/một.txt", Title: "Tiêu đề", Published: date.Date{Year: 2025, Month: 8, Day: 20}, EventDate: date.Date{Year: 2025, Month: 8}, Text: text},
		People:     []model.Person{{ID: person, Name: "Võ Văn Minh", Roles: []schema.Role{schema.RoleOfficial}, Mentions: []model.Span{span}}},
		Units:      []model.Unit{{ID: unit, Name: "Thành ủy TPHCM", Kind: schema.UnitCommittee, Founded: date.Date{Year: 1930}, PartyMembers: 1234, Mentions: []model.Span{span}}},
		Positions:  []model.Position{{ID: pos, Title: "Phó Bí thư", Unit: unit, Mentions: []model.Span{span}}},
		Tenures:    []model.Tenure{{Person: person, Position: pos, Seen: date.Date{Year: 2025, Month: 8, Day: 20}, PrintedTitle: "Phó Bí thư", Evidence: []model.Span{span}}},
		Congresses: []model.Congress{{ID: cong, Name: "Đại hội I", Unit: unit, Ordinal: 1, Term: "2025-2030", MentionedOnly: true, Mentions: []model.Span{span}}},
	}
}

func storeOf(t *testing.T, qs []quad.Quad) graph.QuadStore {
	t.Helper()
	m := memstore.New()
	var d []graph.Delta
	for _, q := range qs {
		d = append(d, graph.Delta{Quad: q, Action: graph.Add})
	}
	if err := m.ApplyDeltas(d, graph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	return m
}

func quadSet(t *testing.T, qs graph.QuadStore) map[quad.Quad]bool {
	t.Helper()
	set := map[quad.Quad]bool{}
	err := graph.Iterate(context.Background(), qs.QuadsAllIterator()).Each(func(r graph.Ref) { set[qs.Quad(r)] = true })
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// TestRoundTrip: an export loads back, through Cayley's own N-Quads reader,
// into a store with the same quads, labels included, from every backend.
func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	qs := emit.Quads(facts(), "test")
	for _, db := range []string{store.Memory, filepath.Join(t.TempDir(), "cadregraph.db")} {
		t.Run(string(store.BackendOf(db)), func(t *testing.T) {
			st, err := store.Open(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			var d []graph.Delta
			for _, q := range qs {
				d = append(d, graph.Delta{Quad: q, Action: graph.Add})
			}
			if err := st.QuadStore().ApplyDeltas(d, graph.IgnoreOpts{}); err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			n, err := export.Write(ctx, st.QuadStore(), export.NQuads, &out)
			if err != nil {
				t.Fatal(err)
			}
			if n != len(qs) {
				t.Errorf("exported %d quads, want %d", n, len(qs))
			}
			back := memstore.New()
			w, err := back.NewQuadWriter()
			if err != nil {
				t.Fatal(err)
			}
			if _, err := quad.Copy(w, nquads.NewReader(&out, false)); err != nil {
				t.Fatalf("reading the export back: %v", err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			want, got := quadSet(t, st.QuadStore()), quadSet(t, back)
			for q := range want {
				if !got[q] {
					t.Errorf("lost in the round trip: %s (%#v)", q, q.Object)
				}
				if q.Label == nil {
					t.Errorf("a quad without its label: %s", q)
				}
			}
			if len(got) != len(want) {
				t.Errorf("read back %d quads, want %d", len(got), len(want))
			}
		})
	}
}

func TestGolden(t *testing.T) {
	var out bytes.Buffer
	if _, err := export.Write(context.Background(), storeOf(t, emit.Quads(facts(), "test")), export.NQuads, &out); err != nil {
		t.Fatal(err)
	}
	golden(t, "article.nq", out.Bytes())
}

func TestUnknownFormat(t *testing.T) {
	_, err := export.Write(context.Background(), memstore.New(), "turtle", io.Discard)
	if want := `unknown export format "turtle" (supported: nquads, cytoscape, graphml, gexf, csv)`; fmt.Sprint(err) != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

// failing is a writer whose disk is full.
type failing struct{}

func (failing) Write([]byte) (int, error) { return 0, fmt.Errorf("no space left on device") }

func TestWriteError(t *testing.T) {
	_, err := export.Write(context.Background(), storeOf(t, emit.Quads(facts(), "test")), export.NQuads, failing{})
	if err == nil || !strings.Contains(err.Error(), "no space left on device") {
		t.Errorf("error = %v, want the writer's", err)
	}
}
