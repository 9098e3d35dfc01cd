package resolve

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/units"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// people adds the people the article names: the officials the recognisers
// found, with their posts, and the authors and photographers its credits name.
// A person is one per full name: the byline's Văn Minh is not Võ Văn Minh.
func (b *builder) people() {
	b.placesOf = b.personPlaces()
	b.opened = b.openedTerms()
	for _, pm := range b.r.People {
		span, _ := b.sentence(pm.Sentence)
		pid := b.person(pm.Name.Text, pm.Role, span)
		b.named = pm.Name
		// A post's unit is completed from the person's other posts held at
		// the same time: those held now for a post held now, the former
		// ones for a former post (Phó Chủ tịch UBND tỉnh, nguyên Phó Chủ
		// tịch UBND tỉnh Hà Giang: two provinces).
		var got []placed
		for _, former := range []bool{false, true} {
			var same []recognize.PostMention
			for _, q := range pm.Posts {
				if q.Former == former {
					same = append(same, q)
				}
			}
			for k, post := range same {
				if pos, unit := b.post(pid, post, pm.Sentence, same, k); pos != "" {
					got = append(got, placed{post, pos, unit})
				}
			}
		}
		b.leftFor(pid, pm.Sentence, got)
	}
	b.leftForHead()
	b.endOutgoing()
	b.dropSuperseded()
	b.endTwins()
	b.endEarlier()
	b.dropLeft()
	for _, c := range b.m.Credits {
		pid := b.person(c.Name, c.Role, c.Span)
		switch c.Role {
		case schema.RoleAuthor:
			b.f.Article.Authors = appendString(b.f.Article.Authors, pid)
		case schema.RolePhotographer:
			b.f.Article.Photographers = appendString(b.f.Article.Photographers, pid)
		}
	}
}

// person adds the person printed as name, in role, mentioned in span, and
// returns their id.
func (b *builder) person(name string, role schema.Role, span model.Span) string {
	name = cleanName(name)
	id := schema.PersonID(name)
	i, ok := b.personAt[id]
	if !ok {
		i = len(b.f.People)
		b.personAt[id] = i
		b.f.People = append(b.f.People, model.Person{ID: id, Name: name})
	}
	p := &b.f.People[i]
	if name != p.Name {
		p.Aliases = appendString(p.Aliases, name)
	}
	if role != "" {
		p.Roles = appendRole(p.Roles, role)
	}
	if span != (model.Span{}) {
		p.Mentions = appendSpan(p.Mentions, span)
	}
	return id
}

// cleanName is a name as a person is stored under it: NFC, single spaces.
func cleanName(name string) string {
	return strings.Join(strings.Fields(vn.NFC(name)), " ")
}

// personPlaces are the places each person's posts name, by person id: [0]
// those of the posts held, [1] those of former posts — a place's own units
// (Tỉnh ủy Gia Lai, UBND huyện Sa Pa), not a company named after one. A city
// (thành phố) is left out: a Thành phố Thủ Đức within a city is no place a
// bare Thành ủy means.
func (b *builder) personPlaces() map[string]*[2][]units.Place {
	out := map[string]*[2][]units.Place{}
	for _, pm := range b.r.People {
		pid := schema.PersonID(cleanName(pm.Name.Text))
		for _, q := range pm.Posts {
			u, ok := q.ParsedUnit()
			if !ok {
				continue
			}
			k := 0
			if q.Former {
				k = 1
			}
			for x := &u; x != nil; x = x.Of {
				if !x.OfPlace() || x.Place.Name == "" || x.Place.Word == "" || x.Place.Word == "thành phố" {
					continue
				}
				own := out[pid]
				if own == nil {
					own = &[2][]units.Place{}
					out[pid] = own
				}
				if !samePlace(own[k], x.Place) {
					own[k] = append(own[k], x.Place)
				}
			}
		}
	}
	return out
}

// ctxOf is the context in which the posts of person pid printed in sentence
// are read: the sentence's, save that a level of place the person's other
// posts name one place of is that place. A career printed after "Ông Nguyễn
// Văn Lợi tái đắc cử bí thư Tỉnh ủy Bình Phước" is in Bình Phước even on a
// page that names Quảng Nam first, and a birthplace (quê TP HCM) is no post.
// A post held reads the places of the posts held only (Phó Chủ tịch UBND
// tỉnh, nguyên Phó Chủ tịch UBND tỉnh Hà Giang: two provinces); a former one
// those of the former posts, else those of the posts held.
func (b *builder) ctxOf(sentence int, pid string, former bool) units.Context {
	c := b.ctxAt(sentence)
	own := b.placesOf[pid]
	if own == nil {
		return c
	}
	first, second := own[0], own[1]
	if former {
		first, second = own[1], own[0]
	} else {
		second = nil
	}
	for _, word := range []string{"tỉnh", "quận", "huyện", "thị xã", "phường", "xã", "thị trấn"} {
		p, n := onlyPlace(first, word)
		if n == 0 {
			p, n = onlyPlace(second, word)
		}
		if n == 1 {
			c = c.At(p)
		}
	}
	return c
}

// samePlace reports whether ps holds p, however its tones are printed.
func samePlace(ps []units.Place, p units.Place) bool {
	for _, x := range ps {
		if x.Word == p.Word && vn.Key(x.Name) == vn.Key(p.Name) {
			return true
		}
	}
	return false
}

// onlyPlace is the place of level word among ps, and how many ps has.
func onlyPlace(ps []units.Place, word string) (units.Place, int) {
	var out units.Place
	n := 0
	for _, p := range ps {
		if p.Word == word {
			out = p
			n++
		}
	}
	return out, n
}

func appendRole(rs []schema.Role, r schema.Role) []schema.Role {
	for _, x := range rs {
		if x == r {
			return rs
		}
	}
	// OTHER is what a person is when nothing else is known.
	if r == schema.RoleOther && len(rs) > 0 {
		return rs
	}
	var out []schema.Role
	for _, x := range rs {
		if x != schema.RoleOther {
			out = append(out, x)
		}
	}
	return append(out, r)
}

// post adds the post q of the person with id pid, printed in sentence: the
// position (title and unit) and the tenure that the article shows, dated by its
// event. A title printed without its unit names a post only when it stands
// alone (Tổng Bí thư).
//
// A former post (q.Former) is a tenure that ended by the article's event:
// at the end the sentence states, else at the latest the day before the
// event (formerEnd). An article nothing dates cannot say when, so its former
// posts are left out, and so are the same posts where it names them held
// (dropLeft): they are not read as held.
func (b *builder) post(pid string, q recognize.PostMention, sentence int, all []recognize.PostMention, k int) (posID, unitID string) {
	ended := b.when(q.End)
	rest := all[k+1:]
	of := committeeAfter(rest)
	if of == nil {
		// Bí thư Tỉnh ủy Hà Giang, thôi tham gia Ban Chấp hành, Ban Thường
		// vụ: the bodies of the committee a post before names.
		of = committeeBefore(all[:k])
	}
	ctx := b.ctxOf(sentence, pid, q.Former)
	if q.Unit.Text != "" {
		u, ok := q.ParsedUnit()
		if !ok {
			return "", ""
		}
		printed := q.Unit.Text
		if u.Of == nil && u.Name == "" && u.Place.IsZero() {
			if b.runes == nil {
				b.runes = []rune(b.doc.Text)
			}
			if t, text, n := b.topicUnit(q.Title, sentence, q.Unit.Start); n == 1 && strings.HasPrefix(t.String(), u.String()+" ") && !b.hostBefore(sentence, q.Unit.Start) {
				// Ủy ban Kiểm tra T.Ư họp … dưới sự chủ trì của Chủ nhiệm
				// UBKT Trần Cẩm Tú (b038): a unit printed by its head alone
				// is the one of that head its sentence named in full before.
				u, printed = t, text
			}
		}
		if u.BareSteering() {
			// làm Trưởng Ban Chỉ đạo: the steering committee named in
			// full before; none named, no post.
			if u, ok = b.namedSteering(q); !ok {
				return "", ""
			}
			printed = ""
		}
		if u.Place.Bare() {
			if pl, ok := namedPlace(all, u.Place.Word); ok {
				// Bí thư Đảng ủy xã Phước Đông, Chủ tịch HĐND xã: the commune
				// another post of the person names, not one named elsewhere.
				u.Place = pl
			}
		}
		if pl, ok := u.CommitteePlace(); ok && pl.Bare() {
			if named, ok := namedPlace(all, pl.Word); ok {
				// Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch UBND huyện
				// Sơn Dương: the committee of the district another post of
				// the person names (a career's line moves from one to the
				// next), not the one the article names most.
				if u.Of != nil {
					of := *u.Of
					of.Place = named
					u.Of = &of
				} else {
					u.Place = named
				}
			}
		}
		if u.Bare() && len(rest) > 0 {
			if next, ok := rest[0].ParsedUnit(); ok && !(next.ByAbbrev() && b.mainIsOrgan()) {
				// (Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên EVN in an
				// article about Đảng bộ Tập đoàn Điện lực Việt Nam: the
				// abbreviation is the article's group, which Complete names.)
				if po, ok := units.PartyOfOrgan(next); ok {
					// Bí thư Đảng ủy, Giám đốc Công an tỉnh: the party
					// organisation of the force the next post heads.
					u, printed = po, ""
				}
			}
		}
		if u.Bare() && k > 0 {
			if prev, ok := all[k-1].ParsedUnit(); ok {
				if po, ok := units.PartyOfOrgan(prev); ok {
					// Giám đốc Công an tỉnh Quảng Trị giữ chức Bí thư Đảng
					// ủy: the party organisation of the force the post
					// before heads.
					u, printed = po, ""
				}
			}
		}
		if u.BareBoard() && len(rest) > 0 {
			if next, ok := rest[0].ParsedUnit(); ok {
				board := units.BoardOf
				if u.Head == "Đảng đoàn" {
					board = units.GroupOf
				}
				if bo, ok := board(next); ok {
					// Bí thư Ban cán sự đảng, Bộ trưởng Bộ Y tế: the
					// ministry's board.
					u, printed = bo, ""
				}
			}
		}
		if u.Bare() {
			if pl, ok := placeAfter(rest); ok {
				// Bí thư Đảng ủy, Chủ tịch HĐND xã Phước Lợi: the commune's
				// party organisation, which the next post places.
				u, printed = units.PartyOf(pl), ""
			} else if _, main := b.mainOrgan(rest0Title(rest)); headsUnread(q, rest) && !main {
				// Bí thư Đảng ủy, Tổng Biên tập Báo và phát thanh, truyền hình
				// Tuyên Quang: the party organisation of the agency the next
				// post heads, whose name was not read; not the article's
				// (Bí thư Đảng ủy, Chính ủy Quân khu in an article about
				// Đảng bộ Quân khu 4 is the article's).
				return "", ""
			}
		}
		if u.Body() && u.Of == nil && of == nil && standingBody(u.Head) {
			if c, ok := localCommitteeNext(rest, ctx); ok {
				// Ủy viên Ban Thường vụ, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh
				// (d007, Kiên Giang): the front, the council and the people's
				// committee have no standing committee of their own; the body
				// is that of the party committee of their place.
				of = &c
			} else if c := u.Complete(ctx); c.Of == nil {
				// Ủy viên Ban thường vụ, and nothing places it (lc010): a body
				// of no committee the page names is no unit one can name.
				return "", ""
			}
		}
		if u.Body() && u.Of == nil && of == nil && u.Head == "Đoàn Chủ tịch" {
			// Ủy viên Đoàn Chủ tịch, Chủ tịch Hội Nông dân tỉnh: a presidium
			// no post after it places is no body one can name.
			return "", ""
		}
		if u.Body() && u.Of == nil && of != nil {
			// Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy: the body is
			// the Tỉnh ủy's that the next post names. Printed with it, as
			// the next post prints it, it is named as readers find it: Đoàn
			// Chủ tịch Tổng LĐLĐ Việt Nam.
			u.Of = of
			unitID = b.addUnit(u.Complete(ctx), printed, sentence)
			if of.Text != "" && printed != "" {
				b.addUnit(u.Complete(ctx), printed+" "+of.Text, -1)
			}
		} else {
			unitID = b.addIn(u, printed, sentence, ctx)
		}
	} else if next, ok := b.dashed(q, rest); ok {
		// Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam: two
		// titles joined by a dash share the unit printed after the second.
		unitID = b.addIn(next, rest[0].Unit.Text, sentence, ctx)
	} else if pl, ok := b.committeeNext(q, rest); ok {
		// Phó bí thư, Chủ tịch UBND huyện Tân Hưng: a party title printed
		// alone before the council's or people's committee's post of a
		// place is in that place's party committee.
		unitID = b.addUnit(units.PartyOf(pl), "", sentence)
	} else if minister(q, rest) {
		// Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ: a minister by rank,
		// heading the body the next post names.
		u, ok := rest[0].ParsedUnit()
		if !ok {
			return "", ""
		}
		unitID = b.addIn(u, rest[0].Unit.Text, sentence, ctx)
	} else if id, ok := b.sentenceUnit(q, sentence); ok {
		// Ủy ban Kiểm tra Trung ương đã họp … dưới sự chủ trì của Chủ nhiệm
		// Trần Cẩm Tú: the unit the sentence names before the title.
		unitID = id
	} else if organ, ok := b.mainOrgan(q.Title); ok {
		// Phó Hiệu trưởng, printed alone in an article about the party
		// organisation of a school: that school's.
		unitID = b.addUnit(organ, "", sentence)
	} else if organ, ok := b.onlyOrgan(q.Title); ok {
		// Thứ trưởng Thường trực, in an article that names one ministry.
		unitID = b.addUnit(organ, "", sentence)
	} else if u, ok := b.bareAssociation(q); ok {
		// đồng chí Lê Văn Hạng đắc cử Chủ tịch Hội: the association the
		// article last named.
		unitID = b.addIn(u, "", sentence, ctx)
	} else if id, ok := b.headsUnit(q, sentence); ok {
		// Đồng chí A tái đắc cử Bí thư Đảng bộ tỉnh Đồng Tháp, cùng 2 Phó
		// Bí thư là B và C: the deputies of the unit whose head the
		// sentence, or the one before, elects or appoints.
		unitID = id
	} else if id, ok := b.electedIn(q, sentence); ok {
		// Đại tá A và Thượng tá B được bầu làm Phó Chủ tịch, at the
		// association's congress: the congress's unit.
		unitID = id
	} else {
		unit, alone := lexicon.TitleUnit(q.Title)
		if !alone {
			return "", ""
		}
		if unit != "" {
			id, ok := b.unit(unit, sentence)
			if !ok {
				return "", ""
			}
			unitID = id
		}
	}
	if !q.Former && q.Unit.Text != "" && unitID != "" && lexicon.HeadOf(q.Title) != "" {
		head := lexicon.HeadOf(q.Title)
		b.heads = append(b.heads, headPost{sentence: sentence, at: q.Printed.Span.Start, head: head, unit: unitID, taken: q.Elected, deputy: head != q.Title && b.opens(sentence, q.Printed.Span.Start)})
	}
	posID = schema.PositionID(q.Title, unitID)
	// The seat under its other name, which what ends a former post ends too
	// (endTwins): asked of former posts only, as it may go through every unit.
	var twin string
	hasTwin := false
	if q.Former {
		twin, hasTwin = b.twinSeat(q.Title, unitID)
	}
	if q.Former && ended.IsZero() && b.seen.IsZero() {
		b.left[[2]string{pid, posID}] = true
		if hasTwin {
			b.left[[2]string{pid, twin}] = true
		}
		return posID, unitID
	}
	i, ok := b.positionAt[posID]
	if !ok {
		i = len(b.f.Positions)
		b.positionAt[posID] = i
		b.f.Positions = append(b.f.Positions, model.Position{ID: posID, Title: q.Title, Unit: unitID})
	}
	b.f.Positions[i].Mentions = b.addSpan(b.f.Positions[i].Mentions, sentence)

	key := [2]string{pid, posID}
	j, ok := b.tenureAt[key]
	if !ok {
		j = len(b.f.Tenures)
		b.tenureAt[key] = j
		b.f.Tenures = append(b.f.Tenures, model.Tenure{Person: pid, Position: posID, Seen: b.seen, PrintedTitle: q.Printed.Text})
	}
	t := &b.f.Tenures[j]
	t.Evidence = b.addSpan(t.Evidence, sentence)
	if q.Elected {
		b.takenUp[posID] = pid
		if held, ok := strings.CutPrefix(q.Title, "Quyền "); ok {
			// Made quyền bí thư Tỉnh ủy: the acting secretary takes the
			// post's work from whoever held it.
			b.takenUp[schema.PositionID(held, unitID)] = pid
		}
	}
	if d := b.when(q.Start); !d.IsZero() && (t.Start.IsZero() || b.startInferred[key] && !q.Former && endsBefore(d, t.Start)) {
		// A start the sentence states outweighs the event's day, which an
		// earlier mention inferred (inferStart): "được chuẩn y giữ chức Bí
		// thư Tỉnh ủy" on the day the approval is announced (7/5), then
		// "tổ chức ngày 22/4/2021, ông được bầu giữ chức Bí thư Tỉnh ủy"
		// (vietnamfinance 2021): the election began it.
		t.Start = d
		delete(b.startInferred, key)
	}
	if !q.Former && ended.IsZero() && t.End.IsZero() && heldTooLong(t.Start, b.seen) {
		// Tháng 8/1942, làm Bí thư Tỉnh uỷ Hà Đông, on a page of 2022
		// (baoquangninh, a veteran's career): a step that the career's
		// next does not end, begun before no one still holds a post,
		// was left long before the event.
		ended, _ = b.formerEnd(t.Start)
	}
	if q.Former && !ended.IsZero() && !b.seen.IsZero() && !ended.Last().Before(b.seen.First()) {
		// An end the sentence gives that is not before the event at the
		// precision the event is known, such as the bound the career's
		// next step sets (ông Cường từng kinh qua ..., before his
		// re-election on 13/10: the day before) on a page known only to
		// the month (kienthuc b013, a roundup of October's provincial
		// secretaries): a post ending in the event's month reads held then
		// (formerEnd), yet the sentence says it was left by the event. It
		// ends where formerEnd has it, unless the post was taken up at the
		// event (no end before it: the sentence's end stays).
		if end, ok := b.formerEnd(t.Start); ok {
			ended = end
		}
	}
	if q.Former && ended.IsZero() {
		// A start the event gave (inferStart) is no start the sentence
		// states: the leaving it says outweighs it (below).
		start := t.Start
		if b.startInferred[key] {
			start = date.Date{}
		}
		var ok bool
		if ended, ok = b.formerEnd(start); !ok {
			// Taken up on the event's day as the article states
			// ("Ngày 15/10/2020, ông A được bổ nhiệm giữ chức Giám
			// đốc Sở", then "ông A, nguyên Giám đốc Sở"): the day
			// before is no end of it, and the article gives no other.
			ended = date.Date{}
		} else if printedFormer(q) {
			b.earlier[key] = true
			if hasTwin {
				b.earlier[[2]string{pid, twin}] = true
			}
		} else {
			// Reported left at the event (thôi giữ chức, cách chức,
			// miễn nhiệm, a successor named): the day before stands
			// (endEarlier), wherever else it is printed nguyên.
			b.leftAtEvent[key] = true
		}
	}
	if !ended.IsZero() && (t.End.IsZero() || ended.Before(t.End)) {
		t.End = ended
		if b.startInferred[key] && endsBefore(t.End, t.Start) {
			// Named in apposition to a transfer, then left in it (điều động
			// bà A - Ủy viên Đảng đoàn Quốc hội, ... thôi giữ chức Ủy viên
			// Đảng đoàn Quốc hội): the leaving is what the sentence says of
			// the post, so the event takes nothing up.
			t.Start = date.Date{}
			delete(b.startInferred, key)
		}
	}
	if q.Former && hasTwin && !t.End.IsZero() {
		if e, ok := b.twinEnded[[2]string{pid, twin}]; !ok || t.End.Before(e) {
			b.twinEnded[[2]string{pid, twin}] = t.End
		}
	}
	if q.ElectedAt >= 0 && q.ElectedAt < len(b.congressOf) && t.ElectedAt == "" {
		t.ElectedAt = b.congressOf[q.ElectedAt]
	}
	if q.Elected && t.ElectedAt == "" {
		t.ElectedAt = b.electedAt(sentence)
	}
	if t.ElectedAt != "" && t.Start.IsZero() {
		// Taken up at the congress: from the day it closed, where known.
		b.inferStart(key, t, b.f.Congresses[b.congressAt[t.ElectedAt]].End)
	}
	if q.Elected && t.ElectedAt == "" && t.Start.IsZero() {
		// Appointed, or elected outside a congress the article reports: the
		// article's event is the appointment, which starts the tenure.
		b.inferStart(key, t, b.seen)
	}
	return posID, unitID
}

// inferStart starts t, the tenure of key, on the day the article's event
// takes the post up, unless the article already ended it before then: a post
// the sentence says is left is not taken up by the event that leaves it.
func (b *builder) inferStart(key [2]string, t *model.Tenure, d date.Date) {
	if d.IsZero() || endsBefore(t.End, d) {
		return
	}
	t.Start = d
	b.startInferred[key] = true
}

// endsBefore reports whether an end is before a start at the precision both
// share: every day end may stand for is before every day start may (2020 is
// before none of 2020-05's days).
func endsBefore(end, start date.Date) bool {
	return !end.IsZero() && !start.IsZero() && end.Last().Before(start.First())
}

// dropSuperseded ends the tenures of a post that one person holds at a time
// (Trưởng Ban, Bí thư, Chủ tịch) of everyone but the one the article shows
// taking it up: Đinh Văn Thiệu, Trưởng Ban Tổ chức Tỉnh ủy, made Chủ nhiệm
// Ủy ban Kiểm tra while Lê Hữu Hoàng is appointed Trưởng Ban Tổ chức, holds
// the board no longer (formerEnd); in an article nothing dates they are
// dropped.
func (b *builder) dropSuperseded() {
	if len(b.takenUp) == 0 {
		return
	}
	unit := map[string]string{}
	for _, u := range b.f.Units {
		unit[u.ID] = u.Name
	}
	// Whether a post has one holder is its title's in its unit (Bí thư
	// Trung ương Đảng is a seat of the Secretariat).
	many := map[string]bool{}
	for _, p := range b.f.Positions {
		many[p.ID] = lexicon.ManyHolders(p.Title, unit[p.Unit])
	}
	b.keepTenures(func(t *model.Tenure) bool {
		if taker, ok := b.takenUp[t.Position]; ok && taker != t.Person && !many[t.Position] {
			if b.fromEvent(t.Start) {
				// Taken up at the event as well (ông A trúng cử bí thư Quận
				// ủy quận 1, ông B trúng cử bí thư đảng bộ): two takers of
				// one post say the units were read wrong, not that A left
				// the post before taking it.
				return true
			}
			end, _ := b.formerEnd(t.Start)
			if end.IsZero() {
				return false
			}
			if t.End.IsZero() || end.Before(t.End) {
				t.End = end
			}
		}
		return true
	})
}

// twinSeat is the position of the seat of title in unitID under its other
// name: a seat in the Ban Chấp hành of a place's party organisation (Ủy viên
// Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh) is a seat in its Tỉnh ủy (Tỉnh ủy
// viên, Ủy viên Tỉnh ủy Hà Tĩnh), whose unit is the Đảng bộ, and back: the
// units' own comment, the Ban Chấp hành Đảng bộ tỉnh is the Tỉnh ủy itself.
// A page names the seat both ways (k002, baochinhphu: "ông Nguyễn Thanh Sơn,
// Tỉnh ủy viên, …", then "cách chức các chức vụ: Ủy viên Ban Chấp hành Đảng
// bộ tỉnh Hà Tĩnh, …"); what ends it under one name ends it under the other.
// The back way needs the Ban Chấp hành read on the page.
func (b *builder) twinSeat(title, unitID string) (string, bool) {
	if title != "Ủy viên" || unitID == "" {
		return "", false
	}
	i, ok := b.unitAt[unitID]
	if !ok {
		return "", false
	}
	u := b.f.Units[i]
	if u.Kind == schema.UnitPartyBody && u.Parent != "" && b.executive(u.Name) {
		if p, ok := b.unitAt[u.Parent]; ok && b.f.Units[p].Kind == schema.UnitPartyOrg {
			return schema.PositionID(title, u.Parent), true
		}
	}
	if u.Kind == schema.UnitPartyOrg {
		for _, v := range b.f.Units {
			if v.Parent == unitID && v.Kind == schema.UnitPartyBody && b.executive(v.Name) {
				return schema.PositionID(title, v.ID), true
			}
		}
	}
	return "", false
}

// executive reports a party organisation's Ban Chấp hành, by its name.
func (b *builder) executive(name string) bool {
	u, ok := b.parse(name)
	return ok && u.Head == "Ban Chấp hành"
}

// endTwins ends the tenures of a seat the article ends under its other name
// (twinSeat), as it ends the seat under that name (post): from the end given,
// unless the tenure began after it or has an end.
func (b *builder) endTwins() {
	for key, end := range b.twinEnded {
		j, ok := b.tenureAt[key]
		if !ok {
			continue
		}
		t := &b.f.Tenures[j]
		if t.End.IsZero() && !endsBefore(end, t.Start) {
			t.End = end
		}
	}
}

// dropLeft removes the tenures that the article also says ended but cannot
// date (b.left): Võ Kim Cự, Bí thư Tỉnh ủy, then "thôi giữ chức Bí thư Tỉnh
// ủy" in a page without a year is no post held.
func (b *builder) dropLeft() {
	if len(b.left) == 0 {
		return
	}
	b.keepTenures(func(t *model.Tenure) bool { return !b.left[[2]string{t.Person, t.Position}] })
}

// keepTenures keeps the tenures keep reports true for, which it may change.
func (b *builder) keepTenures(keep func(t *model.Tenure) bool) {
	var kept []model.Tenure
	for _, t := range b.f.Tenures {
		if keep(&t) {
			kept = append(kept, t)
		}
	}
	b.f.Tenures = kept
	b.tenureAt = map[[2]string]int{}
	for i, t := range kept {
		b.tenureAt[[2]string{t.Person, t.Position}] = i
	}
}

// mainIsOrgan reports whether the article's party organisation is named
// after an organ (Đảng bộ Tập đoàn Điện lực Việt Nam), not a place or bloc.
func (b *builder) mainIsOrgan() bool {
	if b.ctx.Main == nil {
		return false
	}
	_, ok := b.ctx.Main.Organ()
	return ok
}

// mainOrgan is the organ the article's main party organisation is named
// after, where title is one its head or deputy bears: Trường Đại học Kinh tế
// for Phó Hiệu trưởng in an article about Đảng bộ Trường Đại học Kinh tế.
func (b *builder) mainOrgan(title string) (units.Unit, bool) {
	if b.ctx.Main == nil {
		return units.Unit{}, false
	}
	organ, ok := b.ctx.Main.Organ()
	if !ok || !organ.HeadedBy(title) {
		return units.Unit{}, false
	}
	return organ.Complete(b.ctx), true
}

// onlyOrgan is the one organ the article prints whose head or deputy bears
// title (the one ministry for Thứ trưởng, the one school for Phó Hiệu
// trưởng), completed; false when it prints none or several.
func (b *builder) onlyOrgan(title string) (units.Unit, bool) {
	var found *units.Unit
	for _, u := range b.printedUnits() {
		if o, ok := u.Organ(); ok {
			u = o
		}
		if !u.HeadedBy(title) || u.LeansOnContext() && u.Complete(b.ctx).LeansOnContext() {
			continue
		}
		u = u.Complete(b.ctx)
		if found != nil && schema.UnitKey(found.String()) != schema.UnitKey(u.String()) {
			return units.Unit{}, false
		}
		if found == nil {
			found = &u
		}
	}
	if found == nil {
		return units.Unit{}, false
	}
	return *found, true
}

// A headPost is a post of a ladder (Bí thư, Phó Bí thư) the article says
// was taken up, printed with its unit: the unit of deputies it goes on to
// name without one.
type headPost struct {
	sentence, at int // the sentence and the rune where the post is printed
	head         string
	unit         string // the unit's id
	// taken is set for a post taken up in its sentence, whose deputies may
	// follow in the next sentence; a post held (a guest list's) leads only
	// its own sentence's: Tới dự có đ/c A - Bí thư huyện ủy, B - Phó bí thư
	// thường trực.
	taken bool
	// deputy is set for a deputy's post that opens its sentence, which leads
	// the next sentence's deputies opening theirs, held or taken up: a list of a unit's deputies, one a
	// sentence (Phó Chủ tịch Thường trực UBND tỉnh Y Ngọc được giao phụ
	// trách …. Phó Chủ tịch Ông Nguyễn Ngọc Sâm phụ trách …).
	deputy bool
}

// sentenceUnit is the unit q, a title printed without its unit, heads when
// its sentence names that unit before it: the sentence's topic, whose head
// or deputy the title names (Ủy ban Kiểm tra Trung ương đã họp … dưới sự
// chủ trì của Chủ nhiệm Trần Cẩm Tú; Bộ Xây dựng hiện có 7 Thứ trưởng và
// người trẻ nhất là Thứ trưởng Nguyễn Thanh Nghị). Only one such unit may be
// named before the title; a unit the sentence visits (làm việc với UBND
// huyện Y, tại Huyện ủy) is no one's post, and one printed after the title
// is what the holder acts on, not what they head — save the deputy's acting
// as its head (actsFor) and a unit in brackets after the holder's name
// (bracketed).
func (b *builder) sentenceUnit(q recognize.PostMention, sentence int) (string, bool) {
	if q.Printed.Span.End == 0 {
		return "", false
	}
	if _, alone := lexicon.TitleUnit(q.Title); alone {
		return "", false
	}
	if b.runes == nil {
		b.runes = []rune(b.doc.Text)
	}
	if deputyBefore(b.runes, q.Printed.Span.Start) {
		return "", false
	}
	if _, ok := b.headsUnit(q, sentence); ok {
		return "", false // the deputies of a head the sentence elects: headsUnit's
	}
	u, text, n := b.topicUnit(q.Title, sentence, q.Printed.Span.Start)
	if n == 0 {
		u, text, n = b.actsFor(q, sentence)
	}
	if n == 0 {
		u, text, n = b.bracketed(q, sentence)
	}
	if n != 1 {
		return "", false
	}
	return b.addIn(u, text, sentence, b.ctxAt(sentence)), true
}

// actsFor is the unit printed after q, a deputy's title printed alone, with
// the title of its head before it, that no one's post prints: Phó chủ tịch
// thường trực Hà Sỹ Đồng thực hiện các nhiệm vụ Chủ tịch UBND tỉnh.
func (b *builder) actsFor(q recognize.PostMention, sentence int) (units.Unit, string, int) {
	head := lexicon.HeadOf(q.Title)
	if head == "" || head == q.Title {
		return units.Unit{}, "", 0
	}
	hk := vn.Key(head)
	for _, m := range b.r.Units {
		if m.Sentence != sentence || m.Start < q.Printed.Span.End {
			continue
		}
		u, ok := b.parse(m.Text)
		if !ok || !u.LedBy(head) || b.postUnit(m) {
			continue
		}
		at := m.Start - len([]rune(hk)) - 1
		if at < 0 || !strings.HasSuffix(vn.Key(strings.TrimRight(string(b.runes[at:m.Start]), " ")), hk) {
			continue
		}
		if visited(b.runes, at) || deputyBefore(b.runes, at) {
			return units.Unit{}, "", 2 // làm việc với Chủ tịch UBND huyện
		}
		if !actsAs(b.runes, at) {
			continue // yêu cầu Chủ tịch UBND huyện: another the deputy addresses
		}
		if u.Complete(b.ctxAt(sentence)).LeansOnContext() {
			return units.Unit{}, "", 2
		}
		return u, m.Text, 1
	}
	return units.Unit{}, "", 0
}

// actsAs reports whether the head's title printed from rune at follows the
// words that say the deputy acts as that head (lexicon.ActsAsWords: thực
// hiện các nhiệm vụ Chủ tịch UBND tỉnh).
func actsAs(text []rune, at int) bool {
	if at > len(text) {
		return false
	}
	before := " " + strings.Join(strings.Fields(vn.Key(string(text[max(0, at-24):at]))), " ")
	for _, w := range lexicon.ActsAsWords() {
		if strings.HasSuffix(before, " "+vn.Key(w)) {
			return true
		}
	}
	return false
}

// bracketed is the unit printed in brackets after the name of the person
// whose post q is, or after the names that follow it joined by commas: 3
// Thứ trưởng gồm các ông Nguyễn Minh Hồng, Nguyễn Thành Hưng (Bộ Thông tin
// và Truyền thông) và ông Lê Hoài Trung (Bộ Ngoại giao).
func (b *builder) bracketed(q recognize.PostMention, sentence int) (units.Unit, string, int) {
	if b.named.End == 0 || b.named.End > len(b.runes) {
		return units.Unit{}, "", 0
	}
	at := b.named.End
	for hops := 0; hops < 8; hops++ {
		for at < len(b.runes) && b.runes[at] == ' ' {
			at++
		}
		if at >= len(b.runes) {
			break
		}
		switch b.runes[at] {
		case '(':
			at++
			for at < len(b.runes) && b.runes[at] == ' ' {
				at++
			}
			for _, m := range b.r.Units {
				if m.Sentence != sentence || m.Start != at {
					continue
				}
				u, ok := b.parse(m.Text)
				if !ok {
					return units.Unit{}, "", 0
				}
				printed := m.Text
				if o, ok := u.Organ(); ok {
					u, printed = o, ""
				}
				if !u.LedBy(q.Title) || u.Complete(b.ctxAt(sentence)).LeansOnContext() {
					return units.Unit{}, "", 0
				}
				return u, printed, 1
			}
			return units.Unit{}, "", 0
		case ',':
			at++
			for at < len(b.runes) && b.runes[at] == ' ' {
				at++
			}
			next := -1
			for _, p := range b.r.People {
				if p.Sentence == sentence && p.Name.Start == at {
					next = p.Name.End
				}
			}
			if next < 0 {
				return units.Unit{}, "", 0
			}
			at = next
		default:
			return units.Unit{}, "", 0
		}
	}
	return units.Unit{}, "", 0
}

// topicUnit is the unit sentence names, before rune before where before is
// not negative, whose head or deputy bears title (units.Unit.LedBy), with
// its printing, and how many such units it names: 1 when one, 2 when more
// or when one is visited (visited) or leans on a place the article does not
// give.
func (b *builder) topicUnit(title string, sentence, before int) (units.Unit, string, int) {
	var found units.Unit
	text, key := "", ""
	for _, m := range b.r.Units {
		if m.Sentence != sentence || before >= 0 && m.End > before {
			continue
		}
		u, ok := b.parse(m.Text)
		if !ok {
			continue
		}
		printed := m.Text
		if o, ok := u.Organ(); ok {
			u, printed = o, ""
		}
		if !u.LedBy(title) || b.postUnit(m) {
			continue
		}
		if visited(b.runes, m.Start) {
			return units.Unit{}, "", 2
		}
		c := u.Complete(b.ctxAt(sentence))
		if c.LeansOnContext() {
			return units.Unit{}, "", 2
		}
		k := schema.UnitKey(c.String())
		if key != "" && k != key {
			return units.Unit{}, "", 2 // two units the title may head
		}
		found, text, key = u, printed, k
	}
	if key == "" {
		return units.Unit{}, "", 0
	}
	return found, text, 1
}

// hostBefore reports whether the sentence names a unit visited (lexicon.
// VisitWords before it) before rune offset before: "Ủy ban Kiểm tra Trung
// ương làm việc với Tỉnh ủy Phú Yên; ông A, Chủ nhiệm UBKT báo cáo": the
// bare head may be the host's, not the visiting unit's.
func (b *builder) hostBefore(sentence, before int) bool {
	for _, m := range b.r.Units {
		if m.Sentence == sentence && m.End <= before && visited(b.runes, m.Start) {
			return true
		}
	}
	return false
}

// postUnit reports whether m is printed as the unit of a post, a title's
// (Chủ tịch UBND TP Hải Phòng Trần Huy Năng), not as the sentence's topic.
func (b *builder) postUnit(m recognize.UnitMention) bool {
	for _, p := range b.r.People {
		if p.Sentence != m.Sentence {
			continue
		}
		for _, q := range p.Posts {
			if q.Unit.Text != "" && q.Unit.Start < m.End && m.Start < q.Unit.End {
				return true
			}
		}
	}
	return false
}

// deputyBefore reports whether the title printed from rune at follows a
// deputy's word the title does not carry (tân phó Chủ tịch Nguyễn Văn
// Thiện): the head's title is not the post.
func deputyBefore(text []rune, at int) bool {
	if at > len(text) {
		return false
	}
	words := strings.Fields(vn.Key(string(text[max(0, at-6):at])))
	return len(words) > 0 && words[len(words)-1] == "phó"
}

// visited reports whether the unit printed from rune at is one the sentence
// goes to or meets, by the word before it (lexicon.VisitWords): làm việc
// với UBND huyện, tại Huyện ủy.
func visited(text []rune, at int) bool {
	if at > len(text) {
		return false
	}
	before := strings.TrimRight(string(text[max(0, at-12):at]), " ")
	words := strings.Fields(vn.Key(before))
	if len(words) == 0 {
		return false
	}
	return slices.Contains(lexicon.VisitWords(), words[len(words)-1])
}

// headsUnit is the unit of the post of q's ladder (lexicon.HeadOf) taken up
// last before q, a deputy's title printed without its unit, in q's sentence
// or the one before: a congress's or a sitting's officers are printed head
// first, the unit once (A được bầu giữ chức Bí thư Đảng ủy X; B giữ chức Phó
// Bí thư; chỉ định ông A giữ chức Bí thư Đảng ủy quân sự tỉnh. Đại tá B, ...,
// giữ chức Phó Bí thư Thường trực), and a unit's deputies one a sentence, the
// first printed with the unit (headPost.deputy).
func (b *builder) headsUnit(q recognize.PostMention, sentence int) (string, bool) {
	head := lexicon.HeadOf(q.Title)
	if head == "" || head == q.Title || q.Printed.Span.End == 0 {
		return "", false // a head's own title names another unit's head, not a deputy
	}
	for k := len(b.heads) - 1; k >= 0; k-- {
		h := b.heads[k]
		if h.sentence < sentence-1 {
			break
		}
		listed := h.deputy && b.opens(sentence, q.Printed.Span.Start)
		if h.head == head && h.at < q.Printed.Span.Start && h.sentence <= sentence && (h.taken || listed || h.sentence == sentence) {
			return h.unit, true
		}
	}
	return "", false
}

// opens reports whether the title printed from rune at opens its sentence,
// nothing but marks and numbers before it: a unit's deputies listed one a
// sentence each open theirs (Phó Chủ tịch Thường trực UBND tỉnh Y Ngọc được
// giao …. Phó Chủ tịch Ông Nguyễn Ngọc Sâm phụ trách …), where a guest
// list's deputy (Dự có ông A, Phó Chủ tịch UBND tỉnh. Về phía huyện có Phó
// Chủ tịch B) leads no other side's.
func (b *builder) opens(sentence, at int) bool {
	if b.runes == nil {
		b.runes = []rune(b.doc.Text)
	}
	span, ok := b.sentence(sentence)
	if !ok || at > len(b.runes) || span.Start > at {
		return false
	}
	for _, r := range b.runes[span.Start:at] {
		if unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// electedIn is the unit of the congress where q, a title printed without its
// unit, was taken up (được bầu làm Phó Chủ tịch): a congress elects the
// officers of the unit that holds it. Titles of the party's committees (Bí
// thư) are read so only where the unit is no party organisation's body.
func (b *builder) electedIn(q recognize.PostMention, sentence int) (string, bool) {
	if !q.Elected {
		return "", false
	}
	id := b.electedAt(sentence)
	if id == "" {
		return "", false
	}
	c := b.f.Congresses[b.congressAt[id]]
	if c.Unit == "" {
		return "", false
	}
	switch q.Title {
	case "Chủ tịch", "Phó Chủ tịch", "Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực", "Phó Chủ tịch Thường trực":
		return c.Unit, true
	}
	return "", false
}

// bareAssociation is the association a title printed without its unit
// means when a bare Hội ends it (Hội nghị đã bầu ra Ban Chấp hành Hội Nông
// dân huyện ..., đồng chí Lê Văn Hạng đắc cử Chủ tịch Hội.): the last one the
// article names before it, itself or as the association a body or a
// department belongs to. Hội followed by more words (Hội đồng, Hội nghị) is
// another thing, and so is an article that names no association before.
func (b *builder) bareAssociation(q recognize.PostMention) (units.Unit, bool) {
	if q.Printed.Span.End == 0 {
		return units.Unit{}, false
	}
	if b.runes == nil {
		b.runes = []rune(b.doc.Text)
	}
	from := q.Printed.Span.End
	if from > len(b.runes) {
		return units.Unit{}, false
	}
	after := []rune(strings.TrimLeft(string(b.runes[from:min(from+8, len(b.runes))]), " "))
	if len(after) < 3 || string(after[:3]) != "Hội" || len(after) > 3 && !strings.ContainsRune(".,;:)", after[3]) {
		return units.Unit{}, false
	}
	var found units.Unit
	ok := false
	for _, m := range b.r.Units {
		if m.Start >= from {
			continue
		}
		u, parsed := b.parse(m.Text)
		for v := &u; parsed && v != nil; v = v.Of {
			if v.Kind == schema.UnitMass && strings.HasPrefix(v.Head, "Hội ") && !strings.HasPrefix(v.Head, "Hội đồng") {
				found, ok = *v, true
				break
			}
		}
	}
	return found, ok
}

// namedSteering is the steering committee q's, printed by its head alone
// (Trưởng Ban Chỉ đạo), means: the last one the article names in full
// before it (thành lập Ban Chỉ đạo Trung ương về phát triển văn hóa Việt
// Nam (Ban Chỉ đạo)). An article that names none leaves it unknown.
func (b *builder) namedSteering(q recognize.PostMention) (units.Unit, bool) {
	var found units.Unit
	at := -1
	for _, m := range b.r.Units {
		if m.Start >= q.Printed.Span.Start || m.Start < at {
			continue
		}
		if u, parsed := units.Parse(m.Text); parsed && u.NamedSteering() {
			found, at = u, m.Start
		}
	}
	for _, pm := range b.r.People {
		// Trưởng ban Chỉ đạo thi THPT …, Phó Trưởng ban Thường trực Ban Chỉ
		// đạo (Sơn La 2019): named in full as another's post, after a title
		// and in small letters, which the article's scan of units leaves.
		for _, o := range pm.Posts {
			if o.Unit.Text == "" || o.Unit.Start >= q.Printed.Span.Start || o.Unit.Start < at {
				continue
			}
			if u, ok := o.ParsedUnit(); ok && u.NamedSteering() {
				found, at = u, o.Unit.Start
			}
		}
	}
	return found, at >= 0
}

// commandTitle reports whether title is an officer's of a military
// command, held in no other kind of unit.
func commandTitle(title string) bool {
	switch title {
	case "Chỉ huy trưởng", "Phó Chỉ huy trưởng", "Tham mưu trưởng", "Phó Tham mưu trưởng",
		"Chính ủy", "Phó Chính ủy", "Tư lệnh", "Phó Tư lệnh":
		return true
	}
	return false
}

// dashed is the unit of the next post when q, a title printed without its
// unit, is joined to it by a dash: Phó Chủ tịch - Tổng Thư ký Ủy ban Trung
// ương MTTQ Việt Nam.
func (b *builder) dashed(q recognize.PostMention, rest []recognize.PostMention) (units.Unit, bool) {
	if len(rest) == 0 || rest[0].Unit.Text == "" || q.Printed.Span.End == 0 {
		return units.Unit{}, false
	}
	if _, alone := lexicon.TitleUnit(q.Title); alone {
		return units.Unit{}, false // Thủ tướng - Trưởng Ban Chỉ đạo ...: the Government's
	}
	if b.runes == nil {
		b.runes = []rune(b.doc.Text)
	}
	from, to := q.Printed.Span.End, rest[0].Printed.Span.Start
	if from > to || to > len(b.runes) {
		return units.Unit{}, false
	}
	between := strings.TrimSpace(string(b.runes[from:to]))
	// Phó Chủ tịch, Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam: the front's
	// (or an association's) deputy who is its secretary-general, printed
	// with a comma as often as with a dash.
	secretary := between == "," && q.Title == "Phó Chủ tịch" && rest[0].Title == "Tổng Thư ký"
	// Phó Chỉ huy trưởng, Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh (k019,
	// 2023): two officers' titles of one command, joined by a comma or kiêm.
	kiem := between == "kiêm" || between == ", kiêm"
	command := (between == "," || kiem) && commandTitle(q.Title) && commandTitle(rest[0].Title)
	if kiem && !command {
		return kiemUnit(q, rest[0])
	}
	if between != "-" && between != "–" && !secretary && !command {
		return units.Unit{}, false
	}
	u, ok := rest[0].ParsedUnit()
	if ok && !u.LedBy(q.Title) && u.Of != nil && u.Of.LedBy(q.Title) {
		// Phó Chủ tịch - Trưởng ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh:
		// the front's deputy, not the department's (as kiemUnit).
		return *u.Of, true
	}
	if ok && partySecretary(q.Title) && (u.Kind == schema.UnitCouncil || u.Kind == schema.UnitCommittee) {
		// Phó bí thư - Chủ tịch UBND huyện: the Huyện ủy's, not the
		// committee's (committeeNext).
		return units.Unit{}, false
	}
	return u, ok
}

// kiemUnit is the unit of q, a title printed bare and joined by kiêm to
// next, a post printed with its unit: that unit when q's title heads it
// (Phó Chủ tịch kiêm Tổng Thư ký Hội Nhà báo Việt Nam), else the unit it
// belongs to when q's title heads that one (Phó Chủ tịch kiêm Trưởng ban
// Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh: the front's deputy, not the
// department's). Kiêm joins two posts of one person whatever they are, so a
// title that heads neither (Phó Viện trưởng kiêm Giám đốc Bệnh viện Chợ Rẫy)
// takes nothing from it; nor does a party secretary's before a council's or
// people's committee's post, which is its place's party committee's
// (committeeNext).
func kiemUnit(q, next recognize.PostMention) (units.Unit, bool) {
	u, ok := next.ParsedUnit()
	if !ok {
		return units.Unit{}, false
	}
	if u.LedBy(q.Title) {
		return u, true
	}
	if u.Of != nil && u.Of.LedBy(q.Title) {
		return *u.Of, true
	}
	return units.Unit{}, false
}

// partySecretary reports whether title is a party committee's secretary's.
func partySecretary(title string) bool {
	switch title {
	case "Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực":
		return true
	}
	return false
}

// committeeNext is the place of the council or people's committee whose post
// follows q, a party secretary's title printed without its committee and
// joined to that post by a comma, a dash or kiêm alone (Phó bí thư, Chủ tịch
// UBND H.Tân Hưng; Phó bí thư - Chủ tịch UBND huyện Sa Pa; Phó Bí thư kiêm
// Chủ tịch UBND huyện).
func (b *builder) committeeNext(q recognize.PostMention, rest []recognize.PostMention) (units.Place, bool) {
	if !partySecretary(q.Title) {
		return units.Place{}, false
	}
	if len(rest) == 0 || rest[0].Unit.Text == "" || q.Printed.Span.End == 0 {
		return units.Place{}, false
	}
	if b.runes == nil {
		b.runes = []rune(b.doc.Text)
	}
	from, to := q.Printed.Span.End, rest[0].Printed.Span.Start
	if from > to || to > len(b.runes) {
		return units.Place{}, false
	}
	if between := strings.TrimSpace(string(b.runes[from:to])); between != "," && between != "-" && between != "–" && between != "kiêm" && between != ", kiêm" {
		return units.Place{}, false
	}
	u, ok := rest[0].ParsedUnit()
	if !ok || u.Kind != schema.UnitCouncil && u.Kind != schema.UnitCommittee || u.Place.Name == "" {
		return units.Place{}, false
	}
	return u.Place, true
}

// minister reports whether q is Bộ trưởng printed without a ministry before
// the post Chủ nhiệm of a national body (Văn phòng Chính phủ, Ủy ban Dân
// tộc), which has a minister at its head.
func minister(q recognize.PostMention, rest []recognize.PostMention) bool {
	if q.Title != "Bộ trưởng" || len(rest) == 0 || rest[0].Title != "Chủ nhiệm" || rest[0].Unit.Text == "" {
		return false
	}
	u, ok := rest[0].ParsedUnit()
	return ok && u.National()
}

// committeeAfter is the committee named by the first of posts whose unit
// names one, as a committee (or party organisation) or the committee a body
// or department belongs to: Tỉnh ủy in "Trưởng Ban Tổ chức Tỉnh ủy"; nil
// when none does. A department of a mass organisation names that
// organisation: Trung ương Đoàn in "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức
// Trung ương Đoàn", Tổng LĐLĐ Việt Nam in "Ủy viên Đoàn Chủ tịch, Trưởng Ban
// Tài chính Tổng LĐLĐ Việt Nam". The organisation itself does not (Ủy viên Ban
// Thường vụ, Chủ tịch Hội Nông dân tỉnh: the standing committee is the Tỉnh
// ủy's as often as the association's).
func committeeAfter(posts []recognize.PostMention) *units.Unit {
	for _, q := range posts {
		u, ok := q.ParsedUnit()
		if !ok {
			continue
		}
		if u.Committee() || u.Party() {
			return &u
		}
		if u.Of != nil && (u.Of.Committee() || u.Of.Party() || u.Of.Kind == schema.UnitMass) {
			return u.Of
		}
	}
	return nil
}

// localCommitteeNext is the party committee of the place of the post right
// after a body printed bare, when that post is of a front, a council or a
// people's committee of a place (Ủy viên Ban Thường vụ, Chủ tịch Ủy ban MTTQ
// Việt Nam tỉnh: the Tỉnh ủy of the article's province). A mass
// organisation's post says nothing of it: an association has a standing
// committee of its own (committeeAfter).
func localCommitteeNext(rest []recognize.PostMention, ctx units.Context) (units.Unit, bool) {
	if len(rest) == 0 || rest[0].Unit.Text == "" {
		return units.Unit{}, false
	}
	next, ok := rest[0].ParsedUnit()
	if !ok {
		return units.Unit{}, false
	}
	next = next.Complete(ctx)
	if next.Of != nil || next.Kind != schema.UnitFront && next.Kind != schema.UnitCouncil && next.Kind != schema.UnitCommittee {
		return units.Unit{}, false
	}
	if next.Place.Name == "" {
		return units.Unit{}, false
	}
	return units.PartyOf(next.Place).CommitteeForm()
}

// standingBody reports whether head is a committee's standing or executive
// body, which a page names only with the committee it belongs to.
func standingBody(head string) bool {
	return head == "Ban Thường vụ" || head == "Ban Chấp hành"
}

// committeeBefore is the committee (a Tỉnh ủy, a Huyện ủy) that the last of
// posts with one names, or nil.
func committeeBefore(posts []recognize.PostMention) *units.Unit {
	for k := len(posts) - 1; k >= 0; k-- {
		u, ok := posts[k].ParsedUnit()
		if !ok {
			continue
		}
		if u.Committee() {
			return &u
		}
		if u.Of != nil && u.Of.Committee() {
			return u.Of
		}
	}
	return nil
}

// namedPlace is the place of level word that one of posts names, itself or
// the committee it belongs to: xã Phước Đông for "xã" among "Bí thư Đảng ủy
// xã Phước Đông, Chủ tịch HĐND xã"; huyện Tây Giang among "Phó Bí thư Huyện
// uỷ kiêm Trưởng ban Dân vận huyện uỷ Tây Giang".
func namedPlace(posts []recognize.PostMention, word string) (units.Place, bool) {
	for _, q := range posts {
		u, ok := q.ParsedUnit()
		if !ok {
			continue
		}
		for x := &u; x != nil; x = x.Of {
			if x.Place.Word == word && x.Place.Name != "" {
				return x.Place, true
			}
		}
	}
	return units.Place{}, false
}

// placeAfter is the ward or district that the first of posts whose unit
// names one places it in: xã Phước Lợi in "Chủ tịch HĐND xã Phước Lợi".
func placeAfter(posts []recognize.PostMention) (units.Place, bool) {
	for _, q := range posts {
		u, ok := q.ParsedUnit()
		if !ok {
			continue
		}
		if l := u.Place.Level(); u.Place.Name != "" && (l == units.Ward || l == units.District) {
			return u.Place, true
		}
	}
	return units.Place{}, false
}

// electedAt is the congress where a post taken up in sentence was: the one
// the sentence reports, else the one the article reports; "" when neither.
func (b *builder) electedAt(sentence int) string {
	for k, c := range b.r.Congresses {
		if c.Sentence == sentence && !c.MentionedOnly && b.congressOf[k] != "" {
			return b.congressOf[k]
		}
	}
	if b.mainKind == schema.Congress {
		return b.mainID
	}
	return ""
}

// mentions adds to each person named by the recognisers the other sentences
// that print their full name (Nguyễn Phước Lộc biểu dương...), where the name
// is not the tail of a longer one.
func (b *builder) mentions() {
	for i := range b.f.People {
		p := &b.f.People[i]
		if !hasRole(p.Roles, schema.RoleOfficial) {
			continue
		}
		for _, s := range b.ss {
			if s.Kind == model.Byline || s.Kind == model.Header {
				continue
			}
			if namesIn(s.Text, p.Name) {
				p.Mentions = appendSpan(p.Mentions, s.Span)
			}
		}
	}
}

func hasRole(rs []schema.Role, r schema.Role) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// namesIn reports whether text prints name as a whole name: not glued to the
// letters around it, not preceded by another capitalised syllable (Văn Minh in
// Võ Văn Minh).
func namesIn(text, name string) bool {
	for from := 0; ; {
		k := strings.Index(text[from:], name)
		if k < 0 {
			return false
		}
		start, end := from+k, from+k+len(name)
		from = start + 1
		before := []rune(text[:start])
		after := []rune(text[end:])
		if len(after) > 0 && unicode.IsLetter(after[0]) {
			continue
		}
		if n := len(before); n > 0 {
			if unicode.IsLetter(before[n-1]) {
				continue
			}
			j := n - 1
			for j >= 0 && before[j] == ' ' {
				j--
			}
			w := j
			for w >= 0 && (unicode.IsLetter(before[w]) || unicode.Is(unicode.Mn, before[w])) {
				w--
			}
			if j >= 0 && w < j && j < n-1 && titleCase(before[w+1:j+1]) {
				continue
			}
		}
		return true
	}
}

// titleCase reports whether w is a capitalised syllable with small letters
// after its first: Võ, not TPHCM.
func titleCase(w []rune) bool {
	if len(w) == 0 || !unicode.IsUpper(w[0]) {
		return false
	}
	for _, r := range w[1:] {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// endEarlier ends the tenures of posts printed with nguyên or cựu
// (b.earlier, printedFormer) on a page dated to the day in the month before the event's.
// Such a post is called former, not reported left: "Đại tướng ... Lê Văn
// Dũng, sinh ngày 25/12/1945, nguyên Bí thư Trung ương Đảng, nguyên Chủ
// nhiệm Tổng cục Chính trị" (bg002, znews 2026, a death on 9/1 under the
// stamp 10/1), "ông Hoàng Văn Phong, nguyên Bộ trưởng Bộ Khoa học và Công
// nghệ" (x008, vov 2012), "ông Nguyễn Văn Minh, nguyên Giám đốc Sở Nội vụ
// tỉnh" (od001, vietnamplus 2015, a sitting of 23-25/12 whose gold has the
// month). Its end is not known, and the day before the event says the post
// was held in the event's month, which such a post was not (holders(at:) of
// the month listed it; the golds, dated a day earlier or to the month, read
// it held), as formerEnd ends the former posts of a page dated to the month
// in the month before. A tenure the page shows begun in the event's month
// keeps its end, and so does one with an earlier end; so does a post the
// article also reports left at the event (thôi giữ chức, cách chức, miễn
// nhiệm, a successor named: b.leftAtEvent), as the k002 page (baochinhphu)
// prints "nguyên Bí thư Huyện ủy Vũ Quang" and then removes him from it. Run
// after every mention: a start may come from a later sentence.
func (b *builder) endEarlier() {
	if len(b.earlier) == 0 || b.seen.Precision() != date.Day {
		return
	}
	month := date.Date{Year: b.seen.Year, Month: b.seen.Month}
	before := date.Date{Year: b.seen.Year, Month: b.seen.Month - 1}
	if b.seen.Month == 1 {
		before = date.Date{Year: b.seen.Year - 1, Month: 12}
	}
	for key := range b.earlier {
		j, ok := b.tenureAt[key]
		if !ok {
			continue
		}
		t := &b.f.Tenures[j]
		if b.leftAtEvent[key] || t.End.IsZero() || !t.Start.IsZero() && !t.Start.First().Before(month.First()) {
			continue
		}
		if before.Last().Before(t.End.Last()) {
			t.End = before
		}
	}
}

// printedFormer reports whether q is printed with nguyên or cựu before its
// title. Not cố (the late): a death says nothing of when the post was left,
// and one held until it ends in the month of the news of the death — "cố
// Tổng Bí thư Nguyễn Phú Trọng" (congly, 25/7/2024) held the post into July,
// where the month before would say he had left it.
func printedFormer(q recognize.PostMention) bool {
	w, _, _ := strings.Cut(vn.Key(strings.TrimSpace(q.Printed.Text)), " ")
	return w == "nguyên" || w == "cựu"
}

// formerEnd is when a post begun at start (zero when not known) that the
// article says is held no longer ended, at the latest, when the sentence
// states no end: the day before the article's event (a post left on the day,
// thôi giữ chức, was held until the day before), or, for an event known only
// to the month or year, the month or year before it; zero for an article
// nothing dates.
//
// An end in the event's own month or year would not say the post was left:
// a tenure ending in the month the article shows it is read as held then
// (realset t013, a death notice dated by the death's month: the deceased's
// nguyên and từng posts all read as held; b013, a page stamped 2020-10: the
// careers of the secretaries it profiles). The month or year before is the
// latest end that is before the event at the precision the event is known.
//
// No end is before its start. A post begun in the month (or year) the article
// is dated to and left by it ends in that month, the most the article's date
// says ('Tháng 10/2020, ông A được bầu giữ chức Phó Bí thư Tỉnh ủy', then
// 'ông A, nguyên Phó Bí thư Tỉnh ủy' on a page stamped 2020-10). A post begun
// on the day of a day-dated event, or after the event, has no end before it:
// ok is false, and the end returned is the day before, for the callers that
// judge what such a post is (post drops a start the event inferred,
// dropSuperseded and endLeft keep the tenure as it is).
func (b *builder) formerEnd(start date.Date) (end date.Date, ok bool) {
	switch b.seen.Precision() {
	case date.None:
		return date.Date{}, true
	case date.Year, date.Month:
		if b.fromEvent(start) {
			return b.seen, true
		}
		if b.seen.Precision() == date.Year {
			return date.Date{Year: b.seen.Year - 1}, true
		}
		if b.seen.Month == 1 {
			return date.Date{Year: b.seen.Year - 1, Month: 12}, true
		}
		return date.Date{Year: b.seen.Year, Month: b.seen.Month - 1}, true
	}
	t := time.Date(b.seen.Year, time.Month(b.seen.Month), b.seen.Day-1, 0, 0, 0, 0, time.UTC)
	end, _ = date.Of(t.Year(), int(t.Month()), t.Day())
	return end, !b.fromEvent(start)
}

// fromEvent reports whether a tenure begun at start began at the article's
// event or after it, at the precision the event is known: no day of start is
// before the event's first (a start in 2020-10 is from an event of 2020-10 or
// 2020, not from one of 2020-10-15).
func (b *builder) fromEvent(start date.Date) bool {
	return !start.IsZero() && !b.seen.IsZero() && !start.First().Before(b.seen.First())
}

// rest0Title is the title of the first of rest, "" when there is none.
func rest0Title(rest []recognize.PostMention) string {
	if len(rest) == 0 {
		return ""
	}
	return rest[0].Title
}

// headsUnread reports whether the post printed next after q, set off by a
// comma alone, is a title whose unit was not read and that needs one: the
// head of some agency (Tổng Biên tập, Giám đốc), which a bare Đảng ủy before
// it is the party organisation of.
func headsUnread(q recognize.PostMention, rest []recognize.PostMention) bool {
	if len(rest) == 0 || rest[0].Unit.Text != "" || q.Printed.Span.End == 0 {
		return false
	}
	if _, alone := lexicon.TitleUnit(rest[0].Title); alone {
		return false
	}
	gap := rest[0].Printed.Span.Start - q.Printed.Span.End
	return gap > 0 && gap <= 2
}

// heldForAtMost is the longest a person holds any one post, in years: a post
// begun this long before the event was left before it, whatever the text
// prints after it (an official retires at sixty or so; a deputy sits for
// terms of five years).
const heldForAtMost = 40

// heldTooLong reports whether a post begun at start cannot still be held at
// the event seen: both dated, heldForAtMost years or more apart.
func heldTooLong(start, seen date.Date) bool {
	return start.Year > 0 && seen.Year > 0 && seen.Year-start.Year >= heldForAtMost
}
