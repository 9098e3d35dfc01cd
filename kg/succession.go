package kg

import (
	"context"
	"fmt"
	"io"
	"strconv"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/schema"
)

// TenureStatus says whether a tenure still holds as of the latest source that
// shows its post.
type TenureStatus string

// The statuses (see succession for the rule).
const (
	Current TenureStatus = "CURRENT"
	Ended   TenureStatus = "ENDED"
	Unknown TenureStatus = "UNKNOWN"
)

func (s TenureStatus) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(s))) }

func (s *TenureStatus) UnmarshalGQL(v any) error {
	str, _ := v.(string)
	switch TenureStatus(str) {
	case Current, Ended, Unknown:
		*s = TenureStatus(str)
		return nil
	}
	return fmt.Errorf("%v is not a TenureStatus", v)
}

// place is a tenure's place in its post's succession.
type place struct {
	predecessor, successor *Tenure
	status                 TenureStatus
}

// TenureStatus is whether a tenure still holds (see succession).
func (g *Graph) TenureStatus(ctx context.Context, t *Tenure) (TenureStatus, error) {
	p, err := g.placeOf(ctx, t)
	if err != nil {
		return "", err
	}
	return p.status, nil
}

// TenurePredecessor is the holder of the same post before this one, where the
// corpus shows one (see succession).
func (g *Graph) TenurePredecessor(ctx context.Context, t *Tenure) (*Tenure, error) {
	p, err := g.placeOf(ctx, t)
	if err != nil {
		return nil, err
	}
	return p.predecessor, nil
}

// TenureSuccessor is the holder of the same post after this one, where the
// corpus shows one (see succession).
func (g *Graph) TenureSuccessor(ctx context.Context, t *Tenure) (*Tenure, error) {
	p, err := g.placeOf(ctx, t)
	if err != nil {
		return nil, err
	}
	return p.successor, nil
}

// placeOf is t's place in the succession of its post. The succession of every
// post of t's siblings is worked out once, from the holders load of the batch
// their positions share (the load Position.holders reads), so a list of
// tenures costs the walks of one list of holders.
func (g *Graph) placeOf(ctx context.Context, t *Tenure) (place, error) {
	b := t.Position.b
	places, err := load(b, "succession", func() (map[string]place, error) {
		all, err := load(b, "holders", func() (map[string][]*Tenure, error) {
			return g.tenuresOf(ctx, b, schema.PositionOf, schema.PersonOf)
		})
		if err != nil {
			return nil, err
		}
		p, err := b.props(ctx)
		if err != nil {
			return nil, err
		}
		units, err := b.linked(ctx, schema.InUnit, schema.Unit, true)
		if err != nil {
			return nil, err
		}
		out := map[string]place{}
		for pos, ts := range all {
			title, _ := pickString(p[pos].of(schema.PostTitle))
			// Whether a post has one holder at a time is the title's in
			// its unit: Bí thư of a Tỉnh ủy is one, of the Central
			// Committee a seat of the Secretariat.
			var unit string
			if us := units[pos]; len(us) > 0 {
				u := us[0].(*Unit)
				fs, err := u.props(ctx)
				if err != nil {
					return nil, err
				}
				unit = nameOf(fs, u.ID)
			}
			succession(ts, lexicon.ManyHolders(title, unit), out)
		}
		return out, nil
	})
	if err != nil {
		return place{}, err
	}
	if p, ok := places[t.ID]; ok {
		return p, nil
	}
	return place{status: Unknown}, nil
}

// succession places the tenures of one post, ts, in order of time, into out.
//
// A tenure's predecessor is, of the other people's tenures of the post that
// are over before it begins (their stated end, else last sighting, before
// its stated start, else first sighting; on the same date only when a source
// states one of the two), the one that finishes last; its successor, of those
// that begin after it is over, the one that begins first. A post that several
// hold at once (lexicon.ManyHolders of its title in its unit) has neither.
//
// Its status, as of the latest source that shows the post: ENDED when a
// source states its end or a successor is seen; CURRENT when neither, and the
// person is among those the latest source showing the post shows in it (its
// last sighting is the post's latest); UNKNOWN otherwise (a deputy not seen
// since, or sources that disagree on who followed whom).
//
// A tenure no source dates (undated) has no place in the order: it has no
// predecessor or successor and is no one's, and its status is UNKNOWN, since
// nothing says when the source that shows it spoke.
func succession(ts []*Tenure, shared bool, out map[string]place) {
	var latest date.Date
	for _, t := range ts {
		if latest.Before(t.LastSeen) {
			latest = t.LastSeen
		}
	}
	for _, t := range ts {
		var p place
		if undated(t) {
			out[t.ID] = place{status: Unknown}
			continue
		}
		if !shared {
			for _, u := range ts {
				if u.Person.ID == t.Person.ID || undated(u) {
					continue
				}
				if precedes(u, t) && (p.predecessor == nil || finish(p.predecessor).Before(finish(u))) {
					p.predecessor = u
				}
				if precedes(t, u) && (p.successor == nil || begin(u).Before(begin(p.successor))) {
					p.successor = u
				}
			}
		}
		switch {
		case t.End != nil || p.successor != nil:
			p.status = Ended
		case !t.LastSeen.Before(latest):
			p.status = Current
		default:
			p.status = Unknown
		}
		out[t.ID] = p
	}
}

// precedes reports whether tenure a is over before b begins.
func precedes(a, b *Tenure) bool {
	switch c := finish(a).Compare(begin(b)); {
	case c < 0:
		return true
	case c == 0:
		return a.End != nil || b.Start != nil
	}
	return false
}
