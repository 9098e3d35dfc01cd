package kg

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/schema"
)

func TestIdentity(t *testing.T) {
	f := newFixture(t)
	g := New(f.CuratedStore(t))
	ctx := context.Background()
	short := shortNames(f)
	tests := []struct {
		id   string
		want string // the node's id, referents and external ids
	}{
		{"minh", "minh [vanminh vietdung] [vnexpress:vo-van-minh wikidata:Q0000001]"},
		{"vanminh", "minh [vanminh vietdung] [vnexpress:vo-van-minh wikidata:Q0000001]"},
		{"vietdung", "minh [vanminh vietdung] [vnexpress:vo-van-minh wikidata:Q0000001]"},
		{"nga", "nga [] []"},
		{"kl21", "kl21 [] [vbpl:21-KL-TW]"},
	}
	for _, tt := range tests {
		n, err := g.Node(ctx, f.id[tt.id])
		if err != nil || n == nil {
			t.Fatalf("node(%s): %v %v", tt.id, n, err)
		}
		e := n.(Entity)
		refs, err := g.Referents(ctx, e)
		if err != nil {
			t.Fatal(err)
		}
		ext, err := g.ExternalIDs(ctx, e)
		if err != nil {
			t.Fatal(err)
		}
		var rs []string
		for _, r := range refs {
			rs = append(rs, short[r])
		}
		if got := fmt.Sprintf("%s %v %v", short[n.base().ID], rs, ext); got != tt.want {
			t.Errorf("node(%s) = %s, want %s", tt.id, got, tt.want)
		}
	}
	// Drawings start where the entity now is.
	one := 1
	s, err := g.Neighborhood(ctx, f.id["vietdung"], &one, nil, []schema.Kind{schema.Person, schema.Position})
	if err != nil {
		t.Fatal(err)
	}
	if got := render(s, short); got != "minh bt pbt | minh holds bt, minh holds pbt" {
		t.Errorf("neighborhood of a merged id = %s", got)
	}
	p, err := g.Path(ctx, f.id["vanminh"], f.id["nga"], nil, nil)
	if err != nil || p == nil || p.Nodes[0].ID != f.id["minh"] {
		t.Errorf("path from a merged id: %v %v", p, err)
	}
	// Listings and counts leave the merged out.
	conn, err := g.Entities(ctx, schema.Person, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range conn.Edges {
		names = append(names, short[e.Node.base().ID])
	}
	if got := strings.Join(names, " "); got != "nga minh" || conn.TotalCount != 2 {
		t.Errorf("entities(PERSON) after merges = %s (%d), want nga minh", got, conn.TotalCount)
	}
	cs, err := g.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if cs[0].Kind != schema.Person || cs[0].Count != 2 {
		t.Errorf("counts after merges: %+v", *cs[0])
	}
	// Uncurated: nothing merged, nothing external.
	plain := f.graph(t)
	n, _ := plain.Node(ctx, f.id["vanminh"])
	refs, _ := plain.Referents(ctx, n.(Entity))
	ext, _ := plain.ExternalIDs(ctx, n.(Entity))
	if n.base().ID != f.id["vanminh"] || len(refs) != 0 || len(ext) != 0 {
		t.Errorf("uncurated node(vanminh) = %s %v %v", n.base().ID, refs, ext)
	}
}
