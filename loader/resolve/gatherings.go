package resolve

import (
	"strings"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// congressGroup is the mentions of one congress.
type congressGroup struct {
	unit     string
	ordinal  int
	term     string
	mentions []int // indices into Recognized.Congresses
	reported bool
}

// gatherings decides which congress mentions are one congress and which event
// mentions one event, and which gathering the article reports: its main
// gathering, to which a bare "Đại hội" or "hội nghị" and a speaker without a
// gathering belong.
func (b *builder) gatherings() {
	groups := b.congressGroups()
	b.congressOf = make([]string, len(b.r.Congresses))
	for _, g := range groups {
		id := b.addCongress(g)
		for _, k := range g.mentions {
			b.congressOf[k] = id
		}
		if g.reported && b.mainKind == "" {
			b.mainKind, b.mainID = schema.Congress, id
		}
		if b.mainCong == "" && g.reported {
			b.mainCong = id
		}
	}
	b.events()
}

// congressGroups sorts the congress mentions into congresses: those printed
// with their unit and number first; then those with a unit and no number,
// which join the only congress of their unit; then those known by the
// committee they elect (Ban Chấp hành ... khóa VI), which give a congress its
// number; last the bare "Đại hội", which is the congress the article speaks
// of.
func (b *builder) congressGroups() []*congressGroup {
	cs := b.r.Congresses
	unitOf := make([]string, len(cs))
	// central marks a central body's khóa (Ủy viên Bộ Chính trị khóa XIII):
	// the term of the Party's national congress of that number, not a
	// congress of the body. It names that congress only when the article
	// does too (Đại hội XIII của Đảng): a membership's khóa alone recalls no
	// congress, as the gold lists none for it.
	central := make([]bool, len(cs))
	for k, c := range cs {
		if c.Unit.Text == "" {
			continue
		}
		text := withoutAbbrev(c.Unit.Text)
		if text == "Trung ương Hội" && c.ByCommittee {
			// Ban Chấp hành Trung ương Hội khóa V: the association's the
			// article reports, named before (below).
			central[k] = true
			continue
		}
		if u, ok := b.parse(text); ok && c.ByCommittee && (u.Kind == schema.UnitCentral || u.Kind == schema.UnitParty) {
			// Ủy viên BCHTƯ Đảng khóa X: the Party's own khóa, likewise.
			text, central[k] = lexicon.Party, true
		}
		if c.ByCommittee && strings.HasSuffix(text, "Trung ương Đoàn") {
			// BCH Trung ương Đoàn khóa XI: the Youth Union's central
			// committee, whose khóa, like the Party's, names its national
			// congress only when the article names it too.
			text, central[k] = "Đoàn", true
		}
		if rest, ok := strings.CutPrefix(text, "Trung ương Hội "); ok && c.ByCommittee {
			// Ban Chấp hành Trung ương Hội Nông dân Việt Nam khóa V,
			// likewise the association's.
			text, central[k] = "Hội "+rest, true
		}
		if strings.Contains(c.Printed.Text, "toàn quốc") {
			text = nationalOrganisation(text)
		}
		if named := congressUnit(text); named != text {
			// The name the congress is held under, kept as the unit's
			// (not Đoàn alone, which names any delegation).
			printed := text
			if text == "Đoàn" {
				printed = ""
			}
			if u, ok := b.parse(named); ok {
				unitOf[k] = b.addParsed(u, printed, c.Sentence)
			}
			continue
		}
		unitOf[k], _ = b.unit(text, c.Sentence)
	}
	var groups []*congressGroup
	join := func(g *congressGroup, k int) {
		c := cs[k]
		g.mentions = append(g.mentions, k)
		if !c.MentionedOnly && !c.ByCommittee {
			g.reported = true
		}
		if g.ordinal == 0 {
			g.ordinal = c.Ordinal
		}
		if g.term == "" {
			g.term = c.Term
		}
	}
	ofUnit := func(unit, term string) []*congressGroup {
		var out []*congressGroup
		for _, g := range groups {
			if g.unit == unit && (g.term == "" || term == "" || g.term == term) {
				out = append(out, g)
			}
		}
		return out
	}
	for k, c := range cs {
		if c.Anaphoric || c.ByCommittee || c.Ordinal == 0 || unitOf[k] == "" {
			continue
		}
		var g *congressGroup
		for _, h := range groups {
			if h.unit == unitOf[k] && h.ordinal == c.Ordinal {
				g = h
			}
		}
		if g == nil {
			g = &congressGroup{unit: unitOf[k]}
			groups = append(groups, g)
		}
		join(g, k)
	}
	// Those reported first: a congress recalled by its term alone is then
	// the one reported with that term.
	var unnumbered []int
	for _, mentioned := range []bool{false, true} {
		for k, c := range cs {
			if c.MentionedOnly == mentioned {
				unnumbered = append(unnumbered, k)
			}
		}
	}
	for _, k := range unnumbered {
		c := cs[k]
		if c.Anaphoric || c.ByCommittee || c.Ordinal != 0 || unitOf[k] == "" {
			continue
		}
		same := ofUnit(unitOf[k], c.Term)
		if len(same) > 1 && c.Term != "" {
			// Its term printed is one congress's term already known.
			var exact []*congressGroup
			for _, g := range same {
				if g.term == c.Term {
					exact = append(exact, g)
				}
			}
			if len(exact) == 1 {
				same = exact
			}
		}
		if len(same) > 1 && !c.MentionedOnly {
			// A congress reported without its number is the one of its unit
			// the article reports, not one it recalls ("Đại hội ... lần thứ
			// XX" held, "lần thứ XIX" recalled; "Đại hội đại biểu Đảng bộ
			// tỉnh Nghệ An khóa XX, nhiệm kỳ 2025 - 2030 đã biểu quyết").
			var held []*congressGroup
			for _, g := range same {
				if g.reported {
					held = append(held, g)
				}
			}
			same = held
		}
		if len(same) == 1 {
			join(same[0], k)
			continue
		}
		g := &congressGroup{unit: unitOf[k]}
		groups = append(groups, g)
		join(g, k)
	}
	// Đại hội Đại biểu lần thứ XIV printed with its number alone, the unit
	// in the headline: the one congress of that number.
	for k, c := range cs {
		if c.Anaphoric || c.ByCommittee || c.Ordinal == 0 || unitOf[k] != "" {
			continue
		}
		var same []*congressGroup
		for _, g := range groups {
			if g.ordinal == c.Ordinal && !central[g.mentions[0]] {
				same = append(same, g)
			}
		}
		if len(same) == 1 {
			join(same[0], k)
		}
	}
	main := func() *congressGroup {
		for _, g := range groups {
			if g.reported {
				return g
			}
		}
		return nil
	}
	for k, c := range cs {
		if !c.ByCommittee {
			continue
		}
		if central[k] {
			for _, g := range groups {
				association := unitOf[k] == "" && strings.HasPrefix(b.unitName(g.unit), "Hội ")
				if (g.unit == unitOf[k] || association) && g.ordinal == c.Ordinal {
					join(g, k)
					break
				}
			}
			continue
		}
		var g *congressGroup
		if unitOf[k] != "" {
			same := ofUnit(unitOf[k], c.Term)
			if c.Ordinal != 0 {
				// Phó Bí thư Thành ủy khóa XIV được bầu giữ chức Bí thư
				// Thành ủy khóa XV: two committees, two congresses; a
				// committee joins the congress of its number, or one of
				// its unit with none.
				var numbered []*congressGroup
				for _, h := range same {
					if h.ordinal == c.Ordinal || h.ordinal == 0 {
						numbered = append(numbered, h)
					}
				}
				if len(numbered) < len(same) {
					same = numbered
					if len(same) == 0 {
						g = &congressGroup{unit: unitOf[k]}
						groups = append(groups, g)
					}
				}
			}
			if len(same) == 1 {
				g = same[0]
			}
		} else if m := main(); m != nil {
			g = m
		}
		if g == nil {
			unit := unitOf[k]
			if unit == "" {
				unit = b.mainUnitID()
			}
			if unit == "" {
				continue
			}
			g = &congressGroup{unit: unit}
			groups = append(groups, g)
		}
		join(g, k)
	}
	// The congress a bare Đại hội refers to: the one reported, else one known
	// by its committee, else the congress of the article's main unit.
	var target *congressGroup
	if m := main(); m != nil {
		target = m
	} else {
		// Of the committees printed, the latest elected is the congress's
		// (khóa XIV the committee left, khóa XV the one it elected).
		for _, g := range groups {
			for _, k := range g.mentions {
				if cs[k].ByCommittee && (target == nil || target.unit == g.unit && g.ordinal > target.ordinal) {
					target = g
				}
			}
		}
	}
	for k, c := range cs {
		if !c.Anaphoric {
			continue
		}
		if target == nil {
			unit := b.mainUnitID()
			if unit == "" {
				unit = b.electedHeadUnit()
			}
			if unit == "" || c.MentionedOnly {
				continue
			}
			target = &congressGroup{unit: unit}
			groups = append(groups, target)
		}
		join(target, k)
	}
	for _, g := range groups {
		if g.term == "" && !central[g.mentions[0]] && (g.reported || latestElected(g, groups, cs)) {
			g.term = b.pageTerm(g)
		}
	}
	return groups
}

// latestElected reports whether g is known by the committee it elected, its
// number printed nowhere else, and is the latest of its unit's on the page: the committee a first plenum
// reports ("Tại hội nghị lần thứ nhất BCH đảng bộ tỉnh Ninh Bình khóa XXI"),
// not the one it followed (Bí thư tỉnh ủy Lào Cai khóa XIV, re-elected for
// khóa XV).
func latestElected(g *congressGroup, groups []*congressGroup, cs []recognize.CongressMention) bool {
	if g.ordinal == 0 || len(g.mentions) == 0 {
		return false
	}
	for _, k := range g.mentions {
		if !cs[k].ByCommittee && cs[k].Ordinal != 0 {
			return false // a congress printed by its number: recalled, or reported
		}
	}
	for _, h := range groups {
		if h.unit == g.unit && h.ordinal > g.ordinal {
			return false
		}
	}
	return true
}

// pageTerm is the term of the reported congress g when none of its mentions
// prints it but the page does elsewhere: the one term printed with nhiệm kỳ or
// khóa that begins in the congress's year — its days' year where a mention
// prints them, else the article's. The committee it elects, a head it elects
// or the committee's plans print it in their own sentences ("Chủ tịch Tổng
// Liên đoàn Lao động Việt Nam khóa XIII, nhiệm kỳ 2023-2028" after "Đại hội
// Công đoàn Việt Nam lần thứ XIII"; "Ban Chấp hành Đảng bộ tỉnh Tuyên Quang
// nhiệm kỳ 2025-2030"). A term that ends in that year is the one reviewed; a
// period (giai đoạn 2021-2025) is a plan's; two terms beginning that year
// leave it unknown.
func (b *builder) pageTerm(g *congressGroup) string {
	y := 0
	for _, k := range g.mentions {
		m := b.r.Congresses[k]
		for _, w := range []model.When{m.Start, m.End} {
			if d := b.when(w); y == 0 && !d.IsZero() {
				y = d.Year
			}
		}
	}
	if y == 0 {
		y = b.seen.Year
	}
	if y == 0 {
		return ""
	}
	found := ""
	for _, s := range b.ss {
		for _, t := range dates.Terms(s.Text) {
			if t.Word != "nhiệm kỳ" && t.Word != "khóa" || t.From != y {
				continue
			}
			if found != "" && found != t.String() {
				return ""
			}
			found = t.String()
		}
	}
	return found
}

// electedHeadUnit is the id of the organisation whose head the article
// reports elected (tái cử Bí thư Đoàn phường Bình Chuẩn, được bầu giữ chức
// Chủ tịch Hội Nông dân xã), or "": where no party organisation holds the
// congress the article reports, it is that organisation's — a congress
// elects its organisation's head. Only a party organisation, a mass
// organisation or a Fatherland Front committee, named with its place.
func (b *builder) electedHeadUnit() string {
	for _, m := range b.r.People {
		for _, q := range m.Posts {
			if !q.Elected || q.Former || q.Title != "Bí thư" && q.Title != "Chủ tịch" {
				continue
			}
			u, ok := q.ParsedUnit()
			if !ok || u.LeansOnContext() || u.Place.IsZero() {
				continue
			}
			switch u.Kind {
			case schema.UnitPartyOrg, schema.UnitMass, schema.UnitFront:
				return b.addParsed(u, q.Unit.Text, m.Sentence)
			}
		}
	}
	return ""
}

// mainUnitID is the id of the article's main party organisation, or "".
func (b *builder) mainUnitID() string {
	if b.ctx.Main == nil {
		return ""
	}
	return b.addUnit(*b.ctx.Main, "", -1)
}

// addCongress adds the congress of g and returns its id: one per unit and
// number (else term). Its fields come from its mentions, reported ones first.
func (b *builder) addCongress(g *congressGroup) string {
	id := schema.CongressID(g.unit, g.ordinal, g.term)
	i, ok := b.congressAt[id]
	if !ok {
		i = len(b.f.Congresses)
		b.congressAt[id] = i
		b.f.Congresses = append(b.f.Congresses, model.Congress{
			ID: id, Name: congressName(b.unitName(g.unit), g.ordinal, g.term), Unit: g.unit,
			Ordinal: g.ordinal, Term: g.term, MentionedOnly: true,
		})
	}
	c := &b.f.Congresses[i]
	if g.reported {
		c.MentionedOnly = false
	}
	// A mention that prints the congress's span of days (Đại hội diễn ra từ
	// ngày 27 đến ngày 29/9) dates it over one that prints the day it opened
	// or closed, whatever their order.
	if c.Start.IsZero() && c.End.IsZero() {
		for _, k := range g.mentions {
			m := b.r.Congresses[k]
			s, e := b.when(m.Start), b.when(m.End)
			if !s.IsZero() && !e.IsZero() && s.Before(e) {
				c.Start, c.End = s, e
				break
			}
		}
	}
	for _, k := range g.mentions {
		m := b.r.Congresses[k]
		c.Mentions = b.addSpan(c.Mentions, m.Sentence)
		if !m.Anaphoric && !m.ByCommittee {
			c.Aliases = appendString(c.Aliases, m.Printed.Text)
		}
		if c.Start.IsZero() {
			c.Start = b.when(m.Start)
		}
		if c.End.IsZero() {
			c.End = b.when(m.End)
		}
		if c.Motto == "" {
			c.Motto = m.Motto
		}
		if c.Theme == "" {
			c.Theme = m.Theme
		}
	}
	if c.Motto == "" {
		// A congress that prints only a theme is known by it: readers take it
		// as its motto.
		c.Motto = c.Theme
	}
	// A congress held to open its term with no day printed (Đại hội Công
	// đoàn tỉnh Kiên Giang lần thứ XI, nhiệm kỳ 2023-2028 thành công tốt
	// đẹp) is dated by the term's first year, unless the article's event
	// falls in another year (a congress held late, as the next January).
	if !c.MentionedOnly && c.Start.IsZero() && c.End.IsZero() {
		if y, ok := termYear(c.Term); ok && (b.seen.IsZero() || b.seen.Year == y) {
			c.Start = date.Date{Year: y}
		}
	}
	if !c.Start.IsZero() && !c.End.IsZero() && c.End.Before(c.Start) {
		c.End = date.Date{}
	}
	return id
}

// congressHolder is the name of the organisation that holds the congresses
// of the unit named unit: a party committee's are its Đảng bộ's (Tỉnh ủy
// Thanh Hóa: Đảng bộ tỉnh Thanh Hóa; Thành ủy TPHCM: Đảng bộ TPHCM), where
// the page printed only the committee's name.
func congressHolder(unit string) string {
	for _, f := range [][2]string{
		{"Thành ủy", "Đảng bộ thành phố"}, {"Tỉnh ủy", "Đảng bộ tỉnh"}, {"Huyện ủy", "Đảng bộ huyện"},
		{"Quận ủy", "Đảng bộ quận"}, {"Thị ủy", "Đảng bộ thị xã"}, {"Đảng ủy", "Đảng bộ"},
	} {
		rest, ok := strings.CutPrefix(unit, f[0]+" ")
		if !ok {
			continue
		}
		if f[0] == "Thành ủy" && (strings.HasPrefix(rest, "TP") || strings.HasPrefix(rest, "thành phố ")) {
			return "Đảng bộ " + rest // Thành ủy TPHCM: Đảng bộ TPHCM
		}
		return f[1] + " " + rest
	}
	return unit
}

// congressName is a congress's canonical name: Đại hội Đảng bộ các cơ quan
// Đảng TPHCM lần thứ I, nhiệm kỳ 2025-2030; the Party's is its national
// congress.
func congressName(unit string, ordinal int, term string) string {
	var b strings.Builder
	b.WriteString("Đại hội")
	switch unit {
	case lexicon.Party:
		b.WriteString(" đại biểu toàn quốc")
		if ordinal > 0 {
			b.WriteString(" lần thứ " + vn.ToRoman(ordinal))
		}
		b.WriteString(" của Đảng Cộng sản Việt Nam")
	default:
		if unit != "" {
			b.WriteString(" " + congressHolder(unit))
		}
		if ordinal > 0 {
			b.WriteString(" lần thứ " + vn.ToRoman(ordinal))
		}
	}
	if term != "" {
		b.WriteString(", nhiệm kỳ " + term)
	}
	return b.String()
}

// events adds the events: one per unit, name and date. Mentions of one
// event on one date whose names agree (one is the other, or its beginning, as
// a headline shortens it) are one event, named by its longest name and held
// by the unit printed. A bare "hội nghị" is the event the article reports (the
// first it names that is not only mentioned), which is dated by the article's
// event date when its mention carries no date.
func (b *builder) events() {
	es := b.r.Events
	b.eventOf = make([]string, len(es))
	main := -1
	for k, e := range es {
		if !e.Anaphoric && !e.MentionedOnly {
			main = k
			break
		}
	}
	type group struct {
		name     string
		unit     string
		start    date.Date
		end      date.Date
		mentions []int
	}
	var groups []*group
	groupOf := make([]*group, len(es))
	for k, e := range es {
		if e.Anaphoric {
			continue
		}
		unit := ""
		if e.Unit.Text != "" {
			unit, _ = b.unit(e.Unit.Text, e.Sentence)
		}
		d := b.when(e.Start)
		if d.IsZero() && k == main {
			d = b.m.EventDate
		}
		name := strings.Join(strings.Fields(e.Name.Text), " ")
		var g *group
		for _, h := range groups {
			if h.start == d && sameEvent(h.name, name) && (h.unit == "" || unit == "" || h.unit == unit) {
				g = h
			}
		}
		if g == nil {
			g = &group{name: name, start: d, end: b.when(e.End)}
			groups = append(groups, g)
		}
		if len([]rune(name)) > len([]rune(g.name)) {
			g.name = name
		}
		if g.unit == "" {
			g.unit = unit
		}
		g.mentions = append(g.mentions, k)
		groupOf[k] = g
	}
	for _, g := range groups {
		id := schema.EventID(g.unit, g.name, g.start)
		i, ok := b.eventAt[id]
		if !ok {
			i = len(b.f.Events)
			b.eventAt[id] = i
			b.f.Events = append(b.f.Events, model.Event{ID: id, Name: g.name, Unit: g.unit, Start: g.start, End: g.end})
		}
		ev := &b.f.Events[i]
		for _, k := range g.mentions {
			ev.Mentions = b.addSpan(ev.Mentions, es[k].Sentence)
			if a := strings.Join(strings.Fields(es[k].Name.Text), " "); a != ev.Name {
				ev.Aliases = appendString(ev.Aliases, a)
			}
			b.eventOf[k] = id
		}
	}
	mainID := ""
	if main >= 0 {
		mainID = b.eventOf[main]
	}
	for k, e := range es {
		if e.Anaphoric && mainID != "" {
			b.eventOf[k] = mainID
			i := b.eventAt[mainID]
			b.f.Events[i].Mentions = b.addSpan(b.f.Events[i].Mentions, e.Sentence)
		}
	}
	if b.mainKind == "" && mainID != "" {
		b.mainKind, b.mainID = schema.Event, mainID
	}
}

// sameEvent reports whether two names of events on one day name one event:
// the same words, or one the beginning of the other (Hội nghị Ban Chấp hành
// Đảng bộ Thành phố lần thứ 18 and the same with "(khóa XVII)"; a month and
// the month with its year).
func sameEvent(a, b string) bool {
	ka, kb := vn.Key(a), vn.Key(b)
	if len(ka) > len(kb) {
		ka, kb = kb, ka
	}
	// "... thường kỳ tháng 9" in a headline is "... tháng 9/2024" in the text.
	return ka == kb || strings.HasPrefix(kb, ka+" ") || strings.HasPrefix(kb, ka+" (") || strings.HasPrefix(kb, ka+"/")
}

// speakers adds who spoke at which gathering: the one the sentence names,
// else the article's main gathering.
func (b *builder) speakers() {
	for _, sp := range b.r.Speakers {
		if sp.Person.Text == "" {
			continue
		}
		kind, id := b.mainKind, b.mainID
		switch {
		case sp.Congress >= 0 && sp.Congress < len(b.congressOf) && b.congressOf[sp.Congress] != "":
			kind, id = schema.Congress, b.congressOf[sp.Congress]
		case sp.Event >= 0 && sp.Event < len(b.eventOf) && b.eventOf[sp.Event] != "":
			kind, id = schema.Event, b.eventOf[sp.Event]
		}
		if id == "" {
			continue
		}
		span, _ := b.sentence(sp.Sentence)
		pid := schema.PersonID(sp.Person.Text)
		if _, ok := b.personAt[pid]; !ok {
			pid = b.person(sp.Person.Text, schema.RoleOther, span)
		} else {
			b.person(sp.Person.Text, "", span)
		}
		s := model.Speaker{Person: pid, Evidence: span}
		switch kind {
		case schema.Congress:
			c := &b.f.Congresses[b.congressAt[id]]
			c.Speakers = appendSpeaker(c.Speakers, s)
		case schema.Event:
			e := &b.f.Events[b.eventAt[id]]
			e.Speakers = appendSpeaker(e.Speakers, s)
		}
	}
}

func appendSpeaker(ss []model.Speaker, s model.Speaker) []model.Speaker {
	for _, x := range ss {
		if x.Person == s.Person {
			return ss
		}
	}
	return append(ss, s)
}

// unitFacts adds the founding dates and figures the article states about its
// units. A figure is the article's, as of its event date.
func (b *builder) unitFacts() {
	for _, f := range b.r.UnitFacts {
		text := f.Unit.Text
		if text == "" && b.ctx.Main != nil {
			text = b.ctx.Main.String()
		}
		id, ok := b.unit(text, f.Sentence)
		if !ok {
			continue
		}
		u := &b.f.Units[b.unitAt[id]]
		if d := b.when(f.Founded); !d.IsZero() && u.Founded.IsZero() {
			u.Founded = d
		}
		if f.PartyMembers > 0 {
			u.PartyMembers = f.PartyMembers
		}
		if f.BaseOrganisations > 0 {
			u.BaseOrganisations = f.BaseOrganisations
		}
	}
}

// withoutAbbrev is a unit's name as printed without the abbreviation the
// genre puts in brackets before its place: "Hội Cựu chiến binh (CCB) tỉnh
// Nghệ An" is Hội Cựu chiến binh tỉnh Nghệ An. Other brackets stay.
func withoutAbbrev(text string) string {
	open := strings.Index(text, " (")
	if open < 0 {
		return text
	}
	end := strings.Index(text[open:], ") ")
	if end < 0 {
		return text
	}
	inner := text[open+2 : open+end]
	if inner == "" || strings.ToUpper(inner) != inner || strings.ContainsAny(inner, " ,") {
		return text
	}
	return text[:open] + text[open+end+1:]
}

// congressUnit is the unit whose congress is printed with text, where the
// congress is held under a name the unit does not go by: the trade union of
// a place (Đại hội XVI Công đoàn tỉnh Lạng Sơn, Đại hội Công đoàn thành phố
// Hà Nội lần thứ XVII) is that of its Liên đoàn Lao động, and Đại hội Đoàn
// toàn quốc the Youth Union's. Other texts are returned as they are.
func congressUnit(text string) string {
	if text == "Đoàn" {
		return "Đoàn TNCS Hồ Chí Minh"
	}
	if vn.Key(text) == "phụ nữ" {
		return "Hội Liên hiệp Phụ nữ Việt Nam"
	}
	rest, ok := strings.CutPrefix(text, "Công đoàn ")
	if !ok {
		return text
	}
	for _, w := range []string{"tỉnh ", "thành phố ", "TP ", "TP. ", "huyện ", "quận ", "thị xã "} {
		if strings.HasPrefix(rest, w) {
			return "Liên đoàn Lao động " + rest
		}
	}
	return text
}

// nationalOrganisation is the organisation whose national congress (toàn
// quốc) is printed with text: an association named without its country is
// the nation's (Đại hội đại biểu Hội Nông dân toàn quốc lần thứ V: Hội Nông
// dân Việt Nam). Other texts are returned as they are.
func nationalOrganisation(text string) string {
	if !strings.HasPrefix(text, "Hội ") || strings.Contains(text, "Việt Nam") || strings.ContainsAny(text, ",(") {
		return text
	}
	for _, w := range strings.Fields(vn.Key(text)) {
		switch w {
		case "tỉnh", "thành", "huyện", "quận", "xã", "phường", "tp":
			return text // a place's association
		}
	}
	return text + " Việt Nam"
}
