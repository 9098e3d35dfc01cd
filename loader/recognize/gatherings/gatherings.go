// Package gatherings recognises the congresses (Đại hội) and events (Hội nghị,
// Lễ kỷ niệm...) a sentence speaks of, who spoke at them, and the facts the
// genre states about units alongside: when a unit was founded, how many party
// members and base organisations it has.
//
// It reports what the sentence prints, with spans: a congress's unit as a
// phrase, its ordinal and term, the dates of the one reported, its motto; the
// resolve stage decides which unit a phrase names and which mentions are one
// congress.
package gatherings

import (
	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/documents"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
)

// Found is what one sentence says of gatherings and units. Speakers' Congress
// and Event index Congresses and Events.
type Found struct {
	Congresses []recognize.CongressMention
	Events     []recognize.EventMention
	Speakers   []recognize.SpeakerMention
	UnitFacts  []recognize.UnitFact
}

// Find reads the congresses, events, speakers and unit facts of s.
func Find(s recognize.Sentence) Found { return find(s, nil) }

// find is Find, with the sentence before s when there is one: a dateline
// printed as a sentence of its own dates the gathering s reports (dateline).
func find(s recognize.Sentence, prev *recognize.Sentence) Found {
	p := newParser(s)
	if prev != nil && prev.Kind == model.Body && s.Kind == model.Body {
		p.lead, p.hasLead = dateline(*prev)
	}
	cs := p.congresses()
	// A committee's khóa inside a congress's own name (Đại hội Công đoàn
	// khóa I) is that congress's number, read with it: no second congress.
	// Where the congress's name left the khóa unread (Đại hội đại biểu Đảng
	// bộ tỉnh Hải Dương khóa XV), the committee's reading numbers it.
	for _, c := range p.committees() {
		if !numberedBy(cs, c) {
			cs = append(cs, c)
		}
	}
	p.mottos(cs)
	p.headlineMotto(cs)
	es := p.events()
	var f Found
	for _, c := range cs {
		f.Congresses = append(f.Congresses, c.m)
	}
	for _, e := range es {
		f.Events = append(f.Events, e.m)
	}
	f.Speakers = p.speakers(cs, es)
	f.UnitFacts = p.unitFacts()
	return f
}

// Add appends what Find reads in s to r, with the speakers' indices into
// r.Congresses and r.Events, and ties the congress resolutions of s already in
// r.Documents to the congresses they name. prev is the sentence before s (nil
// for the first), whose dateline may date the gathering s reports.
func Add(r *recognize.Recognized, s recognize.Sentence, prev *recognize.Sentence) {
	f := find(s, prev)
	cb, eb := len(r.Congresses), len(r.Events)
	r.Congresses = append(r.Congresses, f.Congresses...)
	r.Events = append(r.Events, f.Events...)
	for _, sp := range f.Speakers {
		if sp.Congress >= 0 {
			sp.Congress += cb
		}
		if sp.Event >= 0 {
			sp.Event += eb
		}
		r.Speakers = append(r.Speakers, sp)
	}
	r.UnitFacts = append(r.UnitFacts, f.UnitFacts...)
	documents.TieCongresses(r, s.Index)
}

type token = scan.Token

type parser struct {
	s     model.Sentence
	rs    []rune
	ts    []token
	dates []dates.Match
	terms []dates.Term
	// lead is the day of a dateline sentence just before this one, when
	// hasLead (dateline).
	lead    dates.Match
	hasLead bool
}

// dateline reads the day a sentence of its own gives the next one: a page's
// lead cut from its subject by a full stop — "Sáng ngày 20/3/2023. Hội Nông
// dân xã Sơn Giang đã … tổ chức khai mạc đại hội" (songhinh 2023), "(GLO)-
// Chiều 7-8, tại Văn phòng Hội Nhà báo tỉnh. Chi Hội … đã tổ chức Đại hội"
// (baogialai 2015), "Ngày 14/01/2022, tại UBND xã Tân Bình, huyện Phụng
// Hiệp, tỉnh Hậu Giang. Đoàn TNCS … đã tổ chức" (tuoitrehaugiang 2022). The
// sentence is a day near its start, then nothing or a place after tại, and
// no verb: a sentence that says what happened that day dates only itself.
func dateline(s recognize.Sentence) (dates.Match, bool) {
	var day dates.Match
	n := 0
	for _, d := range s.Dates {
		if d.Precision() == date.Day && !d.IsRange() {
			day, n = d, n+1
		}
	}
	if n != 1 || len(s.Tokens) > 30 {
		return dates.Match{}, false
	}
	p := newParser(s)
	k := p.tokenAt(day.Start)
	if k > 6 || len(p.ts) > 0 && p.ts[0].Is("date") {
		// The date stands too far in to open a lead (a source's tag before
		// it takes a few tokens: "(GLO)- Chiều 7-8" is 5 in), or is a
		// stored copy's stamp (" date 2025-10-27").
		return dates.Match{}, false
	}
	e := p.tokenAt(day.End)
	for e < len(p.ts) && p.ts[e].Mark(".") {
		e++
	}
	if e == len(p.ts) {
		return day, true
	}
	if !p.ts[e].Mark(",") || e+1 >= len(p.ts) || !p.ts[e+1].Is("tại") {
		return dates.Match{}, false
	}
	for j := e + 2; j < len(p.ts); j++ {
		if _, ok := p.seqAny(j, lexicon.DatelineStops()...); ok {
			return dates.Match{}, false
		}
	}
	return day, true
}

func newParser(s recognize.Sentence) *parser {
	return &parser{
		s: s.Sentence, rs: s.Runes, ts: s.Tokens,
		dates: s.Dates, terms: dates.Terms(s.Text),
	}
}

// phrase is the text of tokens [i, j) as a Phrase placed in the article.
func (p *parser) phrase(i, j int) recognize.Phrase {
	if i >= j || i < 0 || j > len(p.ts) {
		return recognize.Phrase{}
	}
	a, b := p.ts[i].Start, p.ts[j-1].End
	return recognize.Phrase{Text: string(p.rs[a:b]), Span: model.Span{Start: p.s.Start + a, End: p.s.Start + b}}
}

// tokenAt is the index of the first token that starts at or after rune offset
// r of the sentence.
func (p *parser) tokenAt(r int) int {
	for i, t := range p.ts {
		if t.Start >= r {
			return i
		}
	}
	return len(p.ts)
}

// clauseStart is the index of the first token of the clause holding ts[i]: after
// the last semicolon, colon or full stop before it.
func (p *parser) clauseStart(i int) int {
	for k := i - 1; k >= 0; k-- {
		if p.stop(k) {
			return k + 1
		}
	}
	return 0
}

// stop reports a mark at ts[k] that ends a clause; the dot of a date printed
// with dots ("chiều 28.9", "11.9.2010") does not.
func (p *parser) stop(k int) bool {
	t := p.ts[k]
	if t.Mark(".") && k > 0 && k+1 < len(p.ts) && p.ts[k-1].Digits() && p.ts[k+1].Digits() &&
		p.ts[k-1].End == t.Start && t.End == p.ts[k+1].Start {
		return false
	}
	// Nor does the dot of an abbreviated place word or degree before a
	// name ("tại TP. Lạng Sơn, Công đoàn tỉnh ... đã khai mạc Đại hội").
	if t.Mark(".") && k > 0 && k+1 < len(p.ts) && p.ts[k-1].End == t.Start && p.ts[k+1].Cap() &&
		p.ts[k-1].Is("tp", "tx", "ts", "ths", "pgs", "gs") {
		return false
	}
	return t.Mark(";") || t.Mark(".") || t.Mark(":") || t.Mark("!") || t.Mark("?")
}

// clauseEnd is the index after the last token of the clause holding ts[i].
func (p *parser) clauseEnd(i int) int {
	for k := i; k < len(p.ts); k++ {
		if p.stop(k) {
			return k
		}
	}
	return len(p.ts)
}

// seqAny reports whether one of phrases follows from ts[i] and returns the
// index after the longest.
func (p *parser) seqAny(i int, phrases ...string) (int, bool) {
	best, ok := i, false
	for _, ph := range phrases {
		if j, found := scan.Seq(p.ts, i, ph); found && j > best {
			best, ok = j, true
		}
	}
	return best, ok
}

// endsBefore reports whether one of phrases ends just before ts[i], and returns
// where the longest begins.
func (p *parser) endsBefore(i int, phrases ...string) (int, bool) {
	best, ok := i, false
	for _, ph := range phrases {
		if j, found := scan.Before(p.ts, i, ph); found && j < best {
			best, ok = j, true
		}
	}
	return best, ok
}

// skipBack steps back from i over the words of phrases, however many.
func (p *parser) skipBack(i int, phrases ...string) int {
	for {
		j, ok := p.endsBefore(i, phrases...)
		if !ok {
			return i
		}
		i = j
	}
}

// skip steps forward from i over the words of phrases, however many.
func (p *parser) skip(i int, phrases ...string) int {
	for {
		j, ok := p.seqAny(i, phrases...)
		if !ok {
			return i
		}
		i = j
	}
}

// congressVerb reads "đại hội" used as the verb of its unit, the whole clause
// after a date: "Ngày 10 và 11-2, Đảng bộ Văn phòng UBND tỉnh Đại hội lần
// thứ VIII, nhiệm kỳ 2020-2025". The unit must open the clause after a comma
// and end at the gathering, and an ordinal must follow it.
func (p *parser) congressVerb(i int) (int, int, bool) {
	if _, ok := scan.Seq(p.ts, i, "đại hội lần"); !ok {
		return 0, 0, false
	}
	s := i - 1
	for s >= 0 && !p.ts[s].Mark(",") {
		if !p.ts[s].Word || i-s > 12 {
			return 0, 0, false
		}
		s--
	}
	if s < 0 {
		return 0, 0, false
	}
	s++
	// The unit grammar may read the capitalised "Đại hội" as a place's name
	// ("UBND tỉnh Đại hội"): the unit ends at the gathering all the same.
	if h := scan.UnitHead(p.ts, s); h > s && h < i && scan.UnitEnd(p.ts, s) >= i {
		return s, i, true
	}
	return 0, 0, false
}

// organiser finds the unit that holds the gathering named from ts[i]: "Đảng
// ủy Khối X (đã) tổ chức Hội nghị...", "Đảng bộ Y long trọng tổ chức đại hội".
// It returns the token range of the unit's name, or false.
func (p *parser) organiser(i int) (int, int, bool) {
	k := p.skipBack(i, "thành công", "long trọng", "trọng thể")
	// A session of it: "Hội Luật gia (HLG) tỉnh Long An tổ chức phiên trù
	// bị Đại hội", "tổ chức khai mạc phiên nội bộ Đại hội đại biểu".
	k = p.skipBack(k, "phiên trù bị", "phiên nội bộ", "phiên khai mạc", "phiên bế mạc", "phiên chính thức", "phiên thứ nhất", "phiên trọng thể")
	k, ok := p.endsBefore(k, "tổ chức", "khai mạc", "bế mạc")
	if !ok {
		return p.congressVerb(i)
	}
	// "Đảng bộ tỉnh Hậu Giang tổ chức khai mạc Đại hội": the verb of
	// holding before the opening.
	k = p.skipBack(k, "tổ chức")
	k = p.skipBack(k, "đã", "vừa", "long trọng", "trọng thể", "chính thức", "cũng")
	// A council names itself with its term: "HĐND tỉnh Thanh Hóa khóa XVIII,
	// nhiệm kỳ 2021 - 2026 khai mạc Kỳ họp thứ 20".
	k = p.termBack(k)
	from := p.clauseStart(k)
	if k-from > 30 {
		from = k - 30
	}
	// The unit may carry its place in apposition: "Đảng bộ phường Hòa Xuân,
	// thành phố Đà Nẵng tổ chức Đại hội" — the unit ends before the comma.
	// So may a chain of places: "Đảng bộ phường Tân Định, quận 1, TPHCM".
	// Or in brackets: "Đảng bộ xã Tân Phú (huyện Đồng Phú, tỉnh Bình Phước)
	// tổ chức Đại hội" — the unit ends before the bracket.
	k = p.bracketBefore(k, from)
	ends := []int{k}
	for e := k; len(ends) < 4; {
		c := scan.PlaceBefore(p.ts, e)
		if c == e {
			c = p.nameBefore(e)
		}
		if c == e || c-1 <= from || !p.ts[c-1].Mark(",") {
			break
		}
		e = c - 1
		ends = append(ends, e)
	}
	// An abbreviation in brackets may stand inside the name, before its
	// place: "Hội Cựu chiến binh (CCB) tỉnh Nghệ An tổ chức Đại hội". The
	// unit is the whole, bracket and place; resolve reads it without the
	// bracket.
	if c := p.abbrevBefore(k, from); c > from {
		for s := from; s < c; s++ {
			if scan.UnitHead(p.ts, s) > s && scan.UnitEnd(p.ts, s) == c {
				return s, k, true
			}
		}
	}
	// Or the organisation it belongs to: "Đảng bộ Trường Đại học Kinh tế,
	// Đại học Quốc gia Hà Nội tổ chức Đại hội" — a short capitalised name
	// after the comma, words only.
	if c := p.appositionBefore(k, from); c > from {
		ends = append(ends, c)
	}
	for _, e := range ends {
		for s := from; s < e; s++ {
			if scan.UnitHead(p.ts, s) > s && scan.UnitEnd(p.ts, s) == e {
				return s, e, true
			}
		}
	}
	return 0, 0, false
}

// bracketBefore returns where a bracketed aside that ends just before ts[k]
// opens, if it opens after from, or k.
func (p *parser) bracketBefore(k, from int) int {
	if k == 0 || !p.ts[k-1].Mark(")") {
		return k
	}
	for o := k - 2; o > from; o-- {
		switch {
		case p.ts[o].Mark("("):
			return o
		case p.ts[o].Mark(")"):
			return k
		}
	}
	return k
}

// nameBefore returns where a proper name of one to three capitalised words
// that ends before ts[e] begins (TPHCM, Hà Nội), or e: a place set off by a
// comma after a unit's name. A unit's own name is not one.
func (p *parser) nameBefore(e int) int {
	s := e
	for s > 0 && e-s < 3 && p.ts[s-1].Word && p.ts[s-1].Cap() {
		s--
	}
	if s == e || scan.UnitHead(p.ts, s) > s {
		return e
	}
	return s
}

// abbrevBefore returns the index of the bracket that opens "(ABBR)" printed
// between a unit's name and its place, the place running to ts[k]: "(CCB)
// tỉnh Nghệ An", "(KH&KT) tỉnh" (the place's name left to the article); or
// -1.
func (p *parser) abbrevBefore(k, from int) int {
	for c := k - 2; c > from && k-c <= 10; c-- {
		if !p.ts[c].Mark("(") {
			continue
		}
		e := p.abbrevEnd(c)
		if e < 0 {
			return -1
		}
		j, ok := p.seqAny(e, "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường")
		if !ok || j > k {
			return -1
		}
		for ; j < k; j++ {
			if !p.ts[j].Word || !p.ts[j].Cap() && !p.ts[j].Digits() {
				return -1
			}
		}
		return c
	}
	return -1
}

// abbrevEnd returns the index after the bracket that closes an
// abbreviation opened at ts[c]: capitals, perhaps joined by & or a dash
// (CCB, KH&KT, KH-KT); or -1.
func (p *parser) abbrevEnd(c int) int {
	for e := c + 1; e < len(p.ts) && e <= c+4; e++ {
		t := p.ts[e]
		switch {
		case t.Mark(")"):
			if e == c+1 || !p.ts[e-1].Word {
				return -1
			}
			return e + 1
		case t.Word && t.Upper():
		case !t.Word && (t.Mark("&") || t.Mark("-")) && e > c+1 && p.ts[e-1].Word:
		default:
			return -1
		}
	}
	return -1
}

// appositionBefore returns the index of the comma that opens a short name
// ending at ts[k] (a capitalised word, then up to seven words, no marks), or
// -1.
func (p *parser) appositionBefore(k, from int) int {
	for c := k - 2; c > from && k-c <= 8; c-- {
		if p.ts[c].Mark(",") {
			if p.ts[c+1].Cap() {
				return c
			}
			return -1
		}
		if !p.ts[c].Word {
			return -1
		}
	}
	return -1
}

// termBack steps back from k over a term that ends just before it: ",
// nhiệm kỳ 2021 - 2026", "khóa XVIII", or both.
func (p *parser) termBack(k int) int {
	for _, t := range p.terms {
		if k > 0 && p.ts[k-1].End == t.End {
			k = p.tokenAt(t.Start)
			if k > 0 && p.ts[k-1].Mark(",") {
				k--
			}
			break
		}
	}
	if k >= 2 && p.ts[k-2].Is("khóa") {
		if _, ok := scan.Ordinal(p.ts[k-1]); ok {
			k -= 2
		}
	}
	return k
}

// starts reports whether one of phrases begins at ts[k].
func (p *parser) starts(k int, phrases ...string) bool {
	_, ok := p.seqAny(k, phrases...)
	return ok
}
