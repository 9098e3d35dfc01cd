package kg

import (
	"context"
	"slices"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// HoldersAnswer is who held a post on a date, and, for a post no tenure
// covers on that date, who was seen in it last before.
type HoldersAnswer struct {
	Current        []*Tenure
	LastSeenBefore []*Tenure
}

// HoldersAt answers "who held this post on this date?" for the posts whose
// title reads as title, within a unit named unit when given (see Holders):
// Current are the tenures that cover at (see covers), in order of time. For
// each of those posts that no tenure covers at, LastSeenBefore are the
// tenures that began before at and were seen in the post last, on the latest
// such date (every deputy the last source before at shows): the best a
// researcher can say when the sources fall silent. A tenure no source dates
// is in neither (see covers): Holders without a date lists it.
func (g *Graph) HoldersAt(ctx context.Context, title string, unit *string, at date.Date) (*HoldersAnswer, error) {
	byPos, err := g.holdersOfPosts(ctx, title, unit)
	if err != nil {
		return nil, err
	}
	out := &HoldersAnswer{Current: []*Tenure{}, LastSeenBefore: []*Tenure{}}
	for _, ts := range byPos {
		cur := covering(ts, &at)
		if len(cur) > 0 {
			out.Current = append(out.Current, cur...)
			continue
		}
		var last date.Date
		var before []*Tenure
		for _, t := range ts {
			if undated(t) || !begin(t).Before(at) {
				continue // an undated tenure was not seen before any date
			}
			switch c := t.LastSeen.Compare(last); {
			case c > 0:
				last, before = t.LastSeen, []*Tenure{t}
			case c == 0:
				before = append(before, t)
			}
		}
		out.LastSeenBefore = append(out.LastSeenBefore, before...)
	}
	sortTenures(out.Current)
	sortTenures(out.LastSeenBefore)
	return out, nil
}

// holdersOfPosts are the tenures of the posts whose title reads as title
// (folded), within a unit named unit when given, by post: the posts (see
// model.positionsTitled, over the search model), then the holders load of the
// batch the posts share (so the tenures' status and succession cost no more
// walks).
func (g *Graph) holdersOfPosts(ctx context.Context, title string, unit *string) (map[string][]*Tenure, error) {
	tf := vn.Fold(title)
	if tf == "" {
		return nil, inputErrorf("title must name a post, such as Phó Bí thư")
	}
	m, err := g.searchModel(ctx)
	if err != nil {
		return nil, err
	}
	positions := m.positionsTitled(tf, unit)
	// A unit under which no post has the title: another spelling of it, a
	// place for its units, or a unit the graph does not hold (an error);
	// the first tier of units (see unitsAsked) that has such posts.
	if len(positions) == 0 && unit != nil && vn.Fold(*unit) != "" {
		tiers, err := g.unitsAsked(ctx, *unit)
		if err != nil {
			return nil, err
		}
		for _, tier := range tiers {
			for _, name := range tier {
				positions = append(positions, m.positionsTitled(tf, &name)...)
			}
			if len(positions) > 0 {
				break
			}
		}
	}
	slices.Sort(positions)
	positions = slices.Compact(positions)
	b := g.newBatch(positions)
	return load(b, "holders", func() (map[string][]*Tenure, error) {
		return g.tenuresOf(ctx, b, schema.PositionOf, schema.PersonOf)
	})
}
