package kg

import (
	"cmp"
	"context"
	"maps"
	"slices"
	"strings"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// unitsAsked are the names under which holders looks for the unit a client
// named (see holdersOfPosts), each read by schema.UnitMatchKey: the name
// itself when a unit has it as its name or alias, however it is spelt
// (Thành ủy TPHCM, Thành ủy TP.HCM, Đảng bộ thành phố Hồ Chí Minh: see
// schema.UnitSpellings), in one tier; else, when it names a place (TPHCM,
// HCM), the units of that place, in tiers by the length of the head before
// it (HĐND TPHCM, then Đảng bộ TPHCM, then Đảng bộ Khối ... TPHCM), for
// holders to take the first tier that has the post; a name no unit answers
// to is a NOT_FOUND error that names the closest units. A known unit whose
// post nobody holds is not an error: holders is then [].
//
// It reads the units' names (a list kept over a frozen store) and, only
// when no name matches, a search for the closest.
func (g *Graph) unitsAsked(ctx context.Context, unit string) ([][]string, error) {
	want := schema.UnitMatchKey(vn.Fold(unit))
	wants := []string{want}
	for _, s := range schema.UnitSpellings(unit) {
		if k := schema.UnitMatchKey(s); !slices.Contains(wants, k) {
			wants = append(wants, k)
		}
	}
	un, err := remember(ctx, g, "unit names", g.unitNames)
	if err != nil {
		return nil, err
	}
	// The units in the place by the words of their head: the place's own
	// committee or council before a body within one of them (Đảng bộ
	// TPHCM before Đảng bộ Khối Dân – Chính – Đảng TPHCM).
	var named []string
	place := map[int][]string{}
	for _, w := range wants {
		named = append(named, un.byKey[w]...)
		for n, names := range un.byEnd[w] {
			place[n] = append(place[n], names...)
		}
	}
	if len(named) > 0 {
		return [][]string{named}, nil
	}
	if len(place) > 0 {
		var tiers [][]string
		for _, n := range slices.Sorted(maps.Keys(place)) {
			tiers = append(tiers, place[n])
		}
		return tiers, nil
	}
	// An alias the names do not give (Thành ủy for Đảng bộ...): the units a
	// search finds, if one of them has it.
	hits, err := g.Search(ctx, unit, []schema.Kind{schema.Unit}, nil)
	if err != nil {
		return nil, err
	}
	var closest []string
	for _, h := range hits {
		fs, err := h.Entity.base().props(ctx)
		if err != nil {
			return nil, err
		}
		for _, n := range slices.Concat(strs(fs.of(schema.Name)), strs(fs.of(schema.Alias))) {
			if slices.Contains(wants, schema.UnitMatchKey(vn.Fold(n))) {
				return [][]string{{n}}, nil
			}
		}
		if len(closest) < 5 {
			closest = append(closest, nameOf(fs, h.Entity.base().ID))
		}
	}
	if len(closest) == 0 {
		if closest, err = g.closestUnits(ctx, unit); err != nil {
			return nil, err
		}
	}
	if len(closest) == 0 {
		return nil, notFoundf("no unit is named %q", unit)
	}
	return nil, notFoundf("no unit is named %q; the closest: %s", unit, strings.Join(closest, ", "))
}

// closestUnits are the names of the units that share the most words with
// name, at most five, for a name no search finds: a search a word.
func (g *Graph) closestUnits(ctx context.Context, name string) ([]string, error) {
	shared := map[string]int{}
	names := map[string]string{}
	for _, w := range vn.Tokens(schema.UnitMatchKey(vn.Fold(name))) {
		if len(w) < 2 {
			continue
		}
		hits, err := g.Search(ctx, w, []schema.Kind{schema.Unit}, nil)
		if err != nil {
			return nil, err
		}
		for _, h := range hits {
			id := h.Entity.base().ID
			if _, ok := names[id]; !ok {
				fs, err := h.Entity.base().props(ctx)
				if err != nil {
					return nil, err
				}
				names[id] = nameOf(fs, id)
			}
			shared[id]++
		}
	}
	ids := make([]string, 0, len(shared))
	for id := range shared {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int {
		return cmp.Or(shared[b]-shared[a], strings.Compare(names[a], names[b]))
	})
	var out []string
	for _, id := range ids[:min(5, len(ids))] {
		out = append(out, names[id])
	}
	return out, nil
}

// unitNameIndex are the units' folded names by what unitsAsked looks them
// up by: their schema.UnitMatchKey, and each ending of it after a head of
// n words (the place a unit is of). Kept with the read model: on a store
// of 10,000 articles a scan of every unit's name a question cost more than
// the rest of the answer.
type unitNameIndex struct {
	byKey map[string][]string
	byEnd map[string]map[int][]string
}

func (g *Graph) unitNames(ctx context.Context) (*unitNameIndex, error) {
	keys, err := remember(ctx, g, "entities "+string(schema.Unit), func(ctx context.Context) ([][]string, error) {
		return g.entityKeys(ctx, schema.Unit)
	})
	if err != nil {
		return nil, err
	}
	x := &unitNameIndex{byKey: map[string][]string{}, byEnd: map[string]map[int][]string{}}
	for _, k := range keys {
		mk := schema.UnitMatchKey(k[0])
		x.byKey[mk] = append(x.byKey[mk], k[0])
		for i := range len(mk) {
			if mk[i] != ' ' {
				continue
			}
			end := mk[i+1:]
			n := len(strings.Fields(mk[:i]))
			if x.byEnd[end] == nil {
				x.byEnd[end] = map[int][]string{}
			}
			x.byEnd[end][n] = append(x.byEnd[end][n], k[0])
		}
	}
	return x, nil
}
