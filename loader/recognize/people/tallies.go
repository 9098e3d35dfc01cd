package people

import (
	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/schema"
)

// titledList reads a sentence that frames a numbered list of the holders of
// one title, as pages print the results of a vote: "Danh sách 5 phó thủ tướng
// và kết quả kiểm phiếu: 1.", "Danh sách các bộ trưởng và kết quả kiểm phiếu
// như sau: 1." — the seat (the title, and its unit where printed), which a
// line of the list may complete with its own unit ("Bộ Quốc phòng - ông Ngô
// Xuân Lịch: 477/487"). The colon may be followed by the first item's number,
// which the segmenter leaves on the frame.
func titledList(s recognize.Sentence) (recognize.PostMention, bool) {
	ts := s.Tokens
	k, ok := scan.Seq(ts, 0, "danh sách")
	if !ok {
		return recognize.PostMention{}, false
	}
	if k < len(ts) && (ts[k].Digits() || ts[k].Is("các")) {
		k++
	}
	p := newParser(s)
	t, j, ok := p.title(k)
	if !ok {
		return recognize.PostMention{}, false
	}
	colon := -1
	for x := j; x < len(ts); x++ {
		if ts[x].Mark(":") {
			colon = x
			break
		}
	}
	// Nothing after the colon but the first item's number.
	if colon < 0 || len(ts)-colon > 3 || colon+1 < len(ts) && !ts[colon+1].Digits() {
		return recognize.PostMention{}, false
	}
	seat := recognize.PostMention{Title: t.Name, Printed: p.phrase(k, j), ElectedAt: -1}
	if _, end, ok := p.units.After(j); ok && end <= colon {
		seat.Unit, seat.Printed = p.phrase(j, end), p.phrase(k, end)
		seat.Parsed = parsed(seat.Unit)
	}
	return seat, true
}

// tallied gives the seat a titled list frames (titledList) to each person
// its lines name, one a line: "[N.] [Unit -] [ông] Name [(...)]: votes ...
// [N+1.]". A line's unit completes a seat printed without one; a seat that
// needs a unit and gets none is given to no one. The list ends at a line that
// names no one or several, or says more than who and the votes.
func tallied(ss []recognize.Sentence, ms []recognize.PersonMention, bySentence map[int][]int, seat recognize.PostMention) []recognize.PersonMention {
	_, alone := lexicon.TitleUnit(seat.Title)
	for _, next := range ss {
		named := bySentence[next.Index]
		if next.Kind == model.Byline || next.Kind == model.Header || len(named) > 1 {
			return ms
		}
		if len(named) == 0 {
			// A line may open on the bare name, no honorific before it.
			m, ok := bareItem(next)
			if !ok {
				return ms
			}
			named = []int{len(ms)}
			ms = append(ms, m)
		}
		m := &ms[named[0]]
		unit, ok := listItem(next, *m)
		if !ok {
			return ms
		}
		q := seat
		if q.Unit.Text == "" && unit.Text != "" {
			q.Unit, q.Parsed = unit, parsed(unit)
		}
		if q.Unit.Text == "" && !alone {
			continue
		}
		held := false
		for _, h := range m.Posts {
			held = held || h.Title == q.Title && sameUnitText(h.Unit.Text, q.Unit.Text)
		}
		if !held {
			m.Posts = append(m.Posts, q)
			m.Role = schema.RoleOfficial
		}
	}
	return ms
}

// bareItem reads a person a line of a list opens on without an honorific,
// and the posts in a parenthesis after the name: "Phạm Bình Minh (kiêm Bộ
// trưởng Ngoại giao): 483/488".
func bareItem(s recognize.Sentence) (recognize.PersonMention, bool) {
	p := newParser(s)
	end, ok := p.name(0, false)
	if !ok || end >= len(p.ts) || !p.ts[end].Mark(":") && !p.ts[end].Mark("(") {
		return recognize.PersonMention{}, false
	}
	var posts []post
	if k := end + 1; p.ts[end].Mark("(") {
		if k < len(p.ts) && p.ts[k].Is("kiêm") {
			k++
		}
		if got, e, ok := p.chain(k); ok && e < len(p.ts) && p.ts[e].Mark(")") {
			posts = got
		}
	}
	m := p.mention(0, end, posts, schema.RoleOther)
	m.Sentence = s.Index
	return m, true
}

// listItem reads a line of a titled list naming m: before the name nothing,
// an honorific, or a unit and a dash (its unit, returned); after it, past a
// parenthesis, a colon and the votes.
func listItem(s recognize.Sentence, m recognize.PersonMention) (recognize.Phrase, bool) {
	ts := s.Tokens
	at := -1
	for x, t := range ts {
		if s.Start+t.Start == m.Name.Span.Start {
			at = x
			break
		}
	}
	if at < 0 {
		return recognize.Phrase{}, false
	}
	k := 0
	var unit recognize.Phrase
	p := newParser(s)
	if _, end, ok := p.units.At(0); ok && end < at && (ts[end].Mark("-") || ts[end].Mark("–")) {
		unit, k = p.phrase(0, end), end+1
	}
	if k < at && ts[k].Is("ông", "bà", "đồng chí") {
		k++
	}
	if k != at {
		return recognize.Phrase{}, false
	}
	e := at
	for e < len(ts) && ts[e].Word && ts[e].Cap() {
		e++
	}
	if e < len(ts) && ts[e].Mark("(") {
		for e < len(ts) && !ts[e].Mark(")") {
			e++
		}
		e++
	}
	return unit, e < len(ts) && ts[e].Mark(":")
}

// titleFrame reads a sentence that gives one new post to every person it
// goes on to list: "3 tân Thứ trưởng Bộ Ngoại giao vừa được bổ nhiệm gồm ông
// A, nguyên ...; ông B, nguyên ..." — a number (or các), perhaps tân or mới,
// a post with its unit, a verb of appointment or election, then gồm. It
// returns the post, taken up in the sentence, and the index after gồm, where
// the list begins.
func titleFrame(s recognize.Sentence) (recognize.PostMention, int, bool) {
	if seat, g, ok := electedFrame(s); ok {
		return seat, g, true
	}
	ts := s.Tokens
	var p *parser // one for the sentence, its unit reader's memory shared by every try
	for k := 0; k+1 < len(ts); k++ {
		if !ts[k].Digits() && !ts[k].Is("các") {
			continue
		}
		j := k + 1
		if ts[j].Is("tân", "mới") {
			j++
		}
		if p == nil {
			p = newParser(s)
		}
		t, e, ok := p.title(j)
		if !ok || !ts[j].Cap() {
			continue
		}
		_, end, ok := p.units.After(e - t.Shares)
		if !ok || end <= e {
			continue
		}
		seat := recognize.PostMention{Title: t.Name, Unit: p.phrase(e-t.Shares, end), Printed: p.phrase(j, end), ElectedAt: -1}
		seat.Parsed = parsed(seat.Unit)
		h := end
		for _, w := range []string{"vừa", "mới", "đã"} {
			if x, ok := scan.Seq(ts, h, w); ok {
				h = x
			}
		}
		x, ok := scan.Seq(ts, h, "được")
		if !ok {
			continue
		}
		for _, w := range []string{"bổ nhiệm", "bầu", "phê chuẩn", "chỉ định", "điều động"} {
			if y, ok := scan.Seq(ts, x, w); ok {
				if g, ok := scan.Seq(ts, y, "gồm"); ok {
					if g < len(ts) && ts[g].Mark(":") {
						g++
					}
					seat.Elected = true
					return seat, g, g < len(ts)
				}
			}
		}
	}
	return recognize.PostMention{}, 0, false
}

// electedFrame reads titleFrame's other order, the people announced before
// the post they are elected to: "Các đồng chí được bầu giữ chức Phó Bí thư
// Tỉnh ủy khóa 19 gồm: A, Phó Bí thư Thường trực Tỉnh ủy khóa 18, …; B, …"
// (nhandan 2020) — các or a number, perhaps đồng chí, ông or bà, được and a
// verb of election or appointment, perhaps giữ chức or làm, the post with its
// unit and perhaps its term, then gồm.
func electedFrame(s recognize.Sentence) (recognize.PostMention, int, bool) {
	ts := s.Tokens
	var p *parser // one for the sentence, its unit reader's memory shared by every try
	for k := 0; k+2 < len(ts); k++ {
		if !ts[k].Digits() && !ts[k].Is("các") {
			continue
		}
		j := k + 1
		for _, w := range []string{"đồng chí", "ông", "bà", "vị"} {
			if x, ok := scan.Seq(ts, j, w); ok {
				j = x
				break
			}
		}
		x, ok := scan.Seq(ts, j, "được")
		if !ok {
			continue
		}
		y, ok := 0, false
		for _, w := range []string{"tín nhiệm bầu", "bầu", "bổ nhiệm", "chỉ định", "phê chuẩn", "hiệp thương cử"} {
			if y, ok = scan.Seq(ts, x, w); ok {
				break
			}
		}
		if !ok {
			continue
		}
		for _, w := range []string{"giữ chức vụ", "giữ chức danh", "giữ chức", "làm"} {
			if z, ok := scan.Seq(ts, y, w); ok {
				y = z
				break
			}
		}
		if p == nil {
			p = newParser(s)
		}
		t, e, ok := p.title(y)
		if !ok || !ts[y].Cap() {
			continue
		}
		_, end, ok := p.units.After(e - t.Shares)
		if !ok || end <= e {
			continue
		}
		g, ok := scan.Seq(ts, p.term(end), "gồm")
		if !ok {
			continue
		}
		if g < len(ts) && ts[g].Mark(":") {
			g++
		}
		if g >= len(ts) {
			continue
		}
		seat := recognize.PostMention{Title: t.Name, Unit: p.phrase(e-t.Shares, end), Printed: p.phrase(y, end), ElectedAt: -1, Elected: true}
		seat.Parsed = parsed(seat.Unit)
		return seat, g, true
	}
	return recognize.PostMention{}, 0, false
}
