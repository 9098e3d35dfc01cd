package resolve

import (
	"strings"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/units"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// A term of a unit's organs, as a post prints it after its unit: its number
// (khóa XVII) or its first year (nhiệm kỳ 2011-2016), with the organs whose
// terms run together (termOrgans).
type term struct {
	termOf
	n int // the khóa's number or the term's first year
}

// termOf is what a term numbers: the organs, and whether by khóa or by year.
type termOf struct {
	organs string
	byYear bool
}

// openedTerms are the terms the article's event opens, the latest of each
// organs: a congress the article reports (Đại hội lần thứ XVI Đảng bộ Hà Nội
// opens khóa XVI of the city's party committee; its nhiệm kỳ 2015-2020 the
// term from 2015), and a post the article shows taken up with its term
// printed (được bầu giữ chức Chủ tịch UBND tỉnh Yên Bái khóa XVIII opens khóa
// XVIII of the province's council and people's committee). A term only
// named (chuẩn bị nhân sự Ban Chấp hành khóa XVI, a congress to come) opens
// none.
func (b *builder) openedTerms() map[termOf]int {
	out := map[termOf]int{}
	add := func(t term) {
		if t.organs == "" || t.n == 0 {
			return
		}
		if t.n > out[t.termOf] {
			out[t.termOf] = t.n
		}
	}
	for _, c := range b.r.Congresses {
		if c.MentionedOnly {
			continue
		}
		u, ok := b.parse(c.Unit.Text)
		if !ok {
			continue
		}
		organs := termOrgans(u.Complete(b.ctxAt(c.Sentence)))
		add(term{termOf{organs, false}, c.Ordinal})
		if y, ok := termYear(c.Term); ok {
			add(term{termOf{organs, true}, y})
		}
	}
	for _, pm := range b.r.People {
		pid := schema.PersonID(cleanName(pm.Name.Text))
		for _, q := range pm.Posts {
			if q.Elected && !q.Former {
				add(b.postTerm(q, pid, pm.Sentence))
			}
		}
	}
	return out
}

// postTerm is the term printed after the post q of person pid, read in
// sentence, and the organs it is a term of; zero when none is printed, when
// several are (khóa X, XI: a post held over terms) or when the unit's organs
// have no terms of their own here.
func (b *builder) postTerm(q recognize.PostMention, pid string, sentence int) term {
	n, byYear := b.termAfter(q.Printed.Span.End)
	if n == 0 {
		// Trưởng ban dân nguyện, Quốc hội khoá XI: an officer of the
		// Assembly's term printed after the post.
		if n := b.assemblyTermAfter(q.Printed.Span.End); n > 0 {
			return term{termOf{"Quốc hội", false}, n}
		}
		return term{}
	}
	var u units.Unit
	if q.Unit.Text != "" {
		p, ok := q.ParsedUnit()
		if !ok {
			return term{}
		}
		u = p.Complete(b.ctxOf(sentence, pid, q.Former))
	} else if strings.HasSuffix(vn.Key(q.Title), " quốc hội") {
		// Chủ tịch Quốc hội khóa XII: a title that names the Assembly.
		return term{termOf{"Quốc hội", byYear}, n}
	} else if unit, alone := lexicon.TitleUnit(q.Title); alone && unit != "" {
		// Chủ tịch Quốc hội khóa XII: the Assembly's.
		p, ok := b.parse(unit)
		if !ok {
			return term{}
		}
		u = p
	} else {
		return term{}
	}
	return term{termOf{termOrgans(u), byYear}, n}
}

// termOrgans names the organs whose terms a unit's term is: the National
// Assembly's for it and its bodies (Ủy ban Pháp luật của Quốc hội); a
// place's council and people's committee, elected together, for either and
// their boards; a place's party committee for it, its bodies and
// departments. "" for anything else (a ministry, a school, the Party's
// central bodies, whose members a biography lists by khóa), or a place not
// named.
func termOrgans(u units.Unit) string {
	for x := &u; x != nil; x = x.Of {
		if x.Kind == schema.UnitState && x.National() && (strings.HasSuffix(x.Head, "Quốc hội") || strings.HasSuffix(x.Name, "Quốc hội")) {
			return "Quốc hội"
		}
	}
	root := u
	for root.Of != nil {
		root = *root.Of
	}
	if root.Place.Name == "" {
		return ""
	}
	place := vn.Key(root.Place.Word + " " + root.Place.Name)
	switch root.Kind {
	case schema.UnitCouncil, schema.UnitCommittee:
		return "state " + place
	case schema.UnitPartyOrg:
		return "party " + place
	}
	return ""
}

// termAfter reads the term printed at rune at, after a post: khóa XVII
// (khoá 12, in parentheses or not) gives its number, nhiệm kỳ 2011-2016 its
// first year (byYear). Zero when none is printed there, or several (khóa X,
// XI; khóa X và XI).
func (b *builder) termAfter(at int) (n int, byYear bool) {
	if b.runes == nil {
		b.runes = []rune(b.doc.Text)
	}
	if at <= 0 || at >= len(b.runes) {
		return 0, false
	}
	s := strings.TrimLeft(string(b.runes[at:min(at+48, len(b.runes))]), " ")
	s = strings.TrimPrefix(s, "(")
	w := strings.Fields(s)
	switch {
	case len(w) >= 2 && vn.Key(w[0]) == "khóa":
		n, ok := termNumber(w[1])
		if !ok {
			return 0, false
		}
		more := len(w) >= 3 && strings.HasSuffix(w[1], ",")
		if len(w) >= 4 && w[2] == "và" {
			more, w = true, w[1:]
		}
		if more {
			if _, ok := termNumber(w[2]); ok {
				return 0, false // khóa X, XI: terms over which the post was held
			}
		}
		return n, false
	case len(w) >= 3 && vn.Key(w[0]) == "nhiệm" && vn.Key(w[1]) == "kỳ":
		y, ok := termYear(strings.Join(w[2:min(5, len(w))], ""))
		return y, ok
	}
	return 0, false
}

// assemblyTermAfter reads ", Quốc hội khóa XI" at rune at, after a post: the
// number of the Assembly's term the post is printed with, zero where none
// or several are.
func (b *builder) assemblyTermAfter(at int) int {
	if b.runes == nil {
		b.runes = []rune(b.doc.Text)
	}
	if at <= 0 || at >= len(b.runes) {
		return 0
	}
	s := strings.TrimLeft(string(b.runes[at:min(at+40, len(b.runes))]), " ")
	s, ok := strings.CutPrefix(s, ",")
	if !ok {
		return 0
	}
	w := strings.Fields(s)
	if len(w) < 4 || vn.Key(w[0]+" "+w[1]) != "quốc hội" || vn.Key(w[2]) != "khóa" {
		return 0
	}
	n, ok := termNumber(w[3])
	if !ok {
		return 0
	}
	if len(w) > 4 {
		// Quốc hội khóa XI, XII; khóa XI và XII: terms over which it was
		// held.
		if _, more := termNumber(w[4]); more && strings.HasSuffix(w[3], ",") || w[4] == "và" {
			return 0
		}
	}
	return n
}

// termNumber reads a khóa's number: XVII, 12, with the mark after it.
func termNumber(w string) (int, bool) {
	w = strings.TrimRight(w, ".,;:)")
	if n, ok := vn.Roman(w); ok {
		return n, true
	}
	if len(w) == 0 || len(w) > 2 {
		return 0, false
	}
	n := 0
	for _, r := range w {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, n > 0
}

// termYear is the first year of a term printed as two years and a dash
// (2011-2016, 2011–2016, spaces removed).
func termYear(s string) (int, bool) {
	r := []rune(s)
	if len(r) < 9 || r[4] != '-' && r[4] != '–' && r[4] != '—' {
		return 0, false
	}
	y := 0
	for _, c := range r[:4] {
		if c < '0' || c > '9' {
			return 0, false
		}
		y = y*10 + int(c-'0')
	}
	for _, c := range r[5:9] {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	return y, y >= 1945
}

// outgoing reports whether q, a post of person pid printed in sentence, is
// one of a term older than one the article's event opens for the same
// organs: "Các ông Tạ Văn Long, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch
// Thường trực Ủy ban Nhân dân tỉnh khóa XVII; ..." at the first sitting of
// khóa XVIII, "Phó Chủ nhiệm Uỷ ban Pháp luật Quốc hội khoá XI" among the
// officers khóa XII elects, "Bí thư Thành ủy Hà Nội khóa XV" at the close of
// Đại hội lần thứ XVI. The post ended with the new term's votes (endOutgoing).
func (b *builder) outgoing(q recognize.PostMention, pid string, sentence int) bool {
	if q.Former || q.Elected || len(b.opened) == 0 {
		return false
	}
	t := b.postTerm(q, pid, sentence)
	return t.organs != "" && t.n < b.opened[t.termOf]
}

// endOutgoing ends the posts of an outgoing term (outgoing) at the latest
// the day before the event that opens the new one, as a former post
// (formerEnd), unless the article shows the person in the post again, taken
// up in the new term or held without a term (tiếp tục được bầu giữ chức Chủ
// tịch UBND tỉnh khóa XVIII): one tenure that goes on. An article nothing
// dates drops them, as its other former posts (dropLeft).
func (b *builder) endOutgoing() {
	for k, t := range b.f.Tenures {
		key := [2]string{t.Person, t.Position}
		if !b.ended[key] || b.heldNow[key] {
			continue
		}
		end, ok := b.formerEnd(t.Start)
		if end.IsZero() {
			b.left[key] = true
			continue
		}
		if !ok {
			continue // taken up at the event: no end before it
		}
		if t.End.IsZero() || end.Before(t.End) {
			b.f.Tenures[k].End = end
		}
	}
}

// placed is a post of a person's mention, as post placed it: the position
// and its unit.
type placed struct {
	q         recognize.PostMention
	pos, unit string
}

// leftFor marks the posts of person pid, printed together in sentence (got),
// that the mention shows ended: those of an older term than the event opens
// (outgoing), and those the person leaves for another office of the same
// unit, as the units resolve (Đồng chí Vũ Ngọc Liên, Thành ủy viên, Phó Bí
// thư Đảng ủy khối các cơ quan được bầu giữ chức Bí thư Đảng ủy khối: one
// unit, printed in full and cut short). The recogniser ends the latter where
// the printed units show it; a seat (Ủy viên) is kept with an office. The
// rest not former are held now.
func (b *builder) leftFor(pid string, sentence int, got []placed) {
	for _, g := range got {
		key := [2]string{pid, g.pos}
		switch {
		case g.q.Former:
		case b.outgoing(g.q, pid, sentence):
			b.ended[key] = true
		case leftForOffice(g, got):
			b.endLeft(key)
		default:
			b.heldNow[key] = true
		}
	}
}

// leftForOffice reports whether g, a post held, is left for another office of
// its unit that the same mention takes up.
func leftForOffice(g placed, got []placed) bool {
	if g.q.Elected || g.unit == "" || lexicon.MemberTitle(g.q.Title) {
		return false
	}
	for _, e := range got {
		if e.q.Elected && !e.q.Former && e.unit == g.unit && e.q.Title != g.q.Title && !lexicon.MemberTitle(e.q.Title) {
			return true
		}
	}
	return false
}

// endLeft ends the tenure of key at the latest the day before the article's
// event (formerEnd), or, in an article nothing dates, leaves it out
// (dropLeft).
func (b *builder) endLeft(key [2]string) {
	if b.seen.IsZero() {
		b.left[key] = true
		return
	}
	j, ok := b.tenureAt[key]
	if !ok {
		return
	}
	t := &b.f.Tenures[j]
	end, ok := b.formerEnd(t.Start)
	if !ok {
		return
	}
	if t.End.IsZero() || end.Before(t.End) {
		t.End = end
	}
}

// leftForHead ends the deputy's post of a person the article shows taking up
// the head's post of the same unit, wherever it prints the deputy's: "Đồng
// chí Phạm Văn Sinh được bầu giữ chức Bí thư Tỉnh ủy Thái Bình" (the
// headline) and "giới thiệu đồng chí Phạm Văn Sinh, Phó Bí thư Tỉnh ủy, Chủ
// tịch UBND tỉnh ứng cử chức danh Bí thư Tỉnh ủy" (thaibinh 2015): the Phó
// Bí thư post ends the day before the event (endLeft). A standing deputy's
// (Phó Bí thư Thường trực, Phó Chủ tịch Thường trực) is a deputy's too.
func (b *builder) leftForHead() {
	if len(b.takenUp) == 0 {
		return
	}
	pos := map[string]model.Position{}
	for _, p := range b.f.Positions {
		pos[p.ID] = p
	}
	var ended [][2]string
	for _, t := range b.f.Tenures {
		held, ok := pos[t.Position]
		if !ok || held.Unit == "" || !t.End.IsZero() {
			continue
		}
		head, ok := deputyOf(held.Title)
		if !ok {
			continue
		}
		if taker, ok := b.takenUp[schema.PositionID(head, held.Unit)]; ok && taker == t.Person {
			ended = append(ended, [2]string{t.Person, t.Position})
		}
	}
	for _, key := range ended {
		b.endLeft(key)
	}
}

// deputyOf is the head's title a deputy's title is the deputy of: Phó Bí
// thư, Phó Bí thư Thường trực → Bí thư; Phó Chủ tịch → Chủ tịch.
func deputyOf(title string) (string, bool) {
	head, ok := strings.CutPrefix(title, "Phó ")
	if !ok {
		return "", false
	}
	head = strings.TrimSuffix(head, " Thường trực")
	return head, head != "" && !strings.HasPrefix(head, "Phó ")
}
