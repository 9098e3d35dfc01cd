package gatherings

import (
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
)

// speechLeads open a sentence about someone speaking at a gathering, before
// the comma that precedes the speaker: "Phát biểu bế mạc, đồng chí ...",
// "Báo cáo tại Hội nghị, đồng chí ...", "Phát biểu chỉ đạo, Phó Bí thư ...".
func speechLeads() []string {
	return []string{"phát biểu", "báo cáo", "trình bày", "kết luận", "chủ trì", "khai mạc", "bế mạc"}
}

// speechVerbs follow the speaker: "đồng chí X phát biểu tại hội nghị", "X phát
// biểu chỉ đạo", "X trình bày báo cáo".
func speechVerbs() []string {
	return []string{"phát biểu", "trình bày", "báo cáo", "chủ trì", "kết luận", "khai mạc", "bế mạc", "chỉ đạo"}
}

// speakers reads who spoke, reported, directed, opened or closed, and at which
// gathering when the sentence names one.
func (p *parser) speakers(cs []congress, es []event) []recognize.SpeakerMention {
	var out []recognize.SpeakerMention
	seen := map[int]bool{}
	add := func(a, b, cueFrom, cueTo int) {
		if a >= b || seen[a] {
			return
		}
		seen[a] = true
		sp := recognize.SpeakerMention{Person: p.phrase(a, b), Congress: -1, Event: -1, Sentence: p.s.Index}
		sp.Congress, sp.Event = gatheringIn(cs, es, cueFrom, cueTo)
		out = append(out, sp)
	}
	// A lead at the start of the sentence (after "Tại hội nghị,"): the speaker
	// follows the comma that closes the lead.
	lead := 0
	if k, ok := p.seqAny(0, "tại"); ok {
		if c := p.nextComma(k); c > 0 {
			lead = c + 1
		}
	}
	if _, ok := p.seqAny(lead, speechLeads()...); ok {
		// The comma closing the lead is none inside a congress's name:
		// "Khai mạc Đại hội đại biểu Hội chữ thập đỏ Việt Nam, tỉnh Thái
		// Nguyên lần thứ IX" names no speaker.
		if c := p.nextComma(lead); c > 0 && !insideCongress(cs, c) {
			if a, b, ok := p.personAt(c + 1); ok {
				add(a, b, 0, c)
			}
		}
	}
	// A speaker before a verb of speech.
	for k := 1; k < len(p.ts); k++ {
		if _, ok := p.seqAny(k, speechVerbs()...); !ok {
			continue
		}
		if k+1 < len(p.ts) && p.ts[k].Is("báo") && p.ts[k+1].Is("cáo") && k > 0 && p.ts[k-1].Cap() && !p.ts[k-1].TitleCase() {
			continue
		}
		if a, b, ok := p.personBefore(k); ok {
			// The gathering is named after the verb (phát biểu tại Hội nghị)
			// or in the lead (Tại hội nghị, đồng chí X phát biểu).
			from, to := k, p.clauseEnd(k)
			if c, e := gatheringIn(cs, es, from, to); c < 0 && e < 0 {
				from, to = 0, lead
			}
			add(a, b, from, to)
		}
	}
	return out
}

// insideCongress reports whether token k lies within a congress's printed name.
func insideCongress(cs []congress, k int) bool {
	for _, c := range cs {
		if c.start <= k && k < c.end {
			return true
		}
	}
	return false
}

// numberedBy reports whether the committee reading c lies within a congress
// of cs that has read c's number already.
func numberedBy(cs []congress, c congress) bool {
	for _, g := range cs {
		if g.start <= c.start && c.start < g.end && g.m.Ordinal == c.m.Ordinal {
			return true
		}
	}
	return false
}

// nextComma is the index of the first comma from ts[k] within its clause, or -1.
func (p *parser) nextComma(k int) int {
	for j := k; j < len(p.ts) && j < k+25; j++ {
		if p.ts[j].Mark(",") {
			return j
		}
		if p.ts[j].Mark(";") || p.ts[j].Mark(".") {
			return -1
		}
	}
	return -1
}

// gatheringIn is the congress or event named between tokens from and to, as
// indices into cs and es; -1, -1 when none is.
func gatheringIn(cs []congress, es []event, from, to int) (int, int) {
	for n, c := range cs {
		if !c.m.ByCommittee && c.start >= from && c.start < to {
			return n, -1
		}
	}
	for n, e := range es {
		if e.start >= from && e.start < to {
			return -1, n
		}
	}
	return -1, -1
}

// personAt reads the person named from ts[k]: "đồng chí NAME", "đồng chí
// TITLE ... NAME", "TITLE ... NAME" (the name ends the capitalised run before
// the first word of the clause's predicate), or a bare NAME.
func (p *parser) personAt(k int) (int, int, bool) {
	if j, ok := p.seqAny(k, "đồng chí", "ông", "bà"); ok {
		if a, b, ok := nameAt(p.ts, j); ok {
			return a, b, true
		}
		k = j
	}
	if a, b, ok := nameAt(p.ts, k); ok {
		return a, b, true
	}
	// A title and its unit, then the name: the last run of title-case
	// syllables before a word in small letters or a mark.
	end := k
	for end < len(p.ts) && end < k+20 && (p.ts[end].Cap() || p.ts[end].Word && titleWord(p.ts, end)) {
		end++
	}
	if a, ok := nameEnding(p.ts, k, end); ok {
		return a, end, true
	}
	return 0, 0, false
}

// nameEnding finds where a person's name that ends at ts[end] begins, within
// ts[from:end], when a place or a unit's name runs into it (Tỉnh ủy Hà Giang
// Nguyễn Thị Nghĩa): a family name followed by title-case syllables to the end,
// three syllables if a reading gives three (most names have three), else the
// longest of two to four.
func nameEnding(ts []token, from, end int) (int, bool) {
	best := -1
	for a := from; a <= end-2; a++ {
		if !startsPerson(ts, a) {
			continue
		}
		b := a + 1
		for b < end && ts[b].TitleCase() {
			b++
		}
		if b != end || end-a > 4 {
			continue
		}
		if end-a == 3 {
			return a, true
		}
		if best < 0 {
			best = a
		}
	}
	return best, best >= 0
}

// personBefore reads the person named just before the verb at ts[k]: "đồng
// chí X phát biểu", "Phó Bí thư Thành ủy X phát biểu", "đồng chí X, Bí thư...,
// phát biểu".
func (p *parser) personBefore(k int) (int, int, bool) {
	from := p.clauseStart(k)
	// "đồng chí NAME" in the clause, the posts after it ending at the verb.
	for j := k - 1; j >= from && j >= k-40; j-- {
		if e, ok := p.seqAny(j, "đồng chí", "ông", "bà"); ok {
			if a, b, ok := nameAt(p.ts, e); ok {
				if b == k || b < k && p.ts[b].Mark(",") {
					return a, b, true
				}
			}
			break
		}
	}
	// "... NAME phát biểu": title-case syllables just before the verb.
	a := k
	for a > from && p.ts[a-1].TitleCase() {
		a--
	}
	if s, ok := nameEnding(p.ts, a, k); ok {
		return s, k, true
	}
	return 0, 0, false
}

// nameAt reads a person's name from ts[k]: two to four title-case syllables,
// not a title (Phó, Bí thư) nor a unit (Ban, Đảng). It leans on the family name
// only to tell a name from a place.
func nameAt(ts []token, k int) (int, int, bool) {
	if k >= len(ts) || !ts[k].TitleCase() || titleStart(ts, k) || scan.UnitHead(ts, k) > k {
		return 0, 0, false
	}
	b := k
	for b < len(ts) && b < k+4 && ts[b].TitleCase() {
		b++
	}
	if b-k < 2 || b < len(ts) && ts[b].TitleCase() {
		return 0, 0, false
	}
	return k, b, true
}

// titleStart reports whether ts[k] begins a post's title.
func titleStart(ts []token, k int) bool {
	return ts[k].Is("phó", "bí", "tổng", "chủ", "trưởng", "ủy", "thường", "giám", "thứ", "bộ", "chánh", "đại", "tân", "nguyên", "đồng", "thủ", "hiệu", "viện", "chỉ")
}

// titleWord reports whether the small word at ts[k] belongs to a title or a
// unit's name (Bí thư, Thường trực, Ban Chấp hành, Thành ủy, thành phố).
func titleWord(ts []token, k int) bool {
	return ts[k].Is("thư", "trực", "tịch", "ban", "hành", "vụ", "ủy", "nhiệm", "trưởng", "phố", "tỉnh",
		"huyện", "quận", "phường", "xã", "các", "cơ", "quan", "viên", "dân", "đốc", "trị", "ương",
		"bộ", "văn", "phòng", "kiểm", "tra", "giáo", "vận", "và", "khối", "chính", "thường", "đảng")
}
