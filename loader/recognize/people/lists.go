package people

import (
	"slices"
	"strings"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/loader/recognize/units"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// counted reads a list framed by a count of a title's holders, from ts[i]
// ("có" or a count opening the sentence): the subject, a count, the title,
// perhaps a few words more, then gồm or là and the names, each of which
// holds the post the frame names besides its own:
//
//	Hiện Phú Thọ có 6 Phó Bí thư, gồm: A, Chủ tịch UBND tỉnh; B; C.
//	Sở Tài chính có 4 phó giám đốc nghỉ hưu trước tuổi gồm: ông A (SN 1967), ông B (SN 1968) và bà C.
//	Hai Phó Giám đốc Sở Giáo dục và Đào tạo nghỉ hưu trước tuổi là bà A (SN 1974) và ông B (SN 1966).
//	Bộ Ngoại giao vừa có thêm 3 tân thứ trưởng gồm các ông A, B và C.
//
// The post's unit is the one printed after the title, else the subject
// before có: a unit (Sở Tài chính), or a place for a party committee's
// title (Phú Thọ: Tỉnh ủy Phú Thọ). A frame that leaves the post without a
// unit it needs frames nothing. The words between the title and gồm that
// say the holders leave (nghỉ, nghỉ hưu) make the post one they held;
// new ones (có thêm, tân) take it up.
func (p *parser) counted(i int) ([]recognize.PersonMention, int, bool) {
	ts := p.ts
	j, taken, dismissed := i, false, false
	subject := i // where the subject a title without its unit takes ends (subjectUnit)
	switch {
	case ts[i].Is("có") && !ts[i].Cap():
		j++
		if seq(ts, j, "thêm") {
			j, taken = j+1, true // có thêm: more, appointed now
		}
	case nominees(ts, i):
		// danh sách bầu 4 Phó chủ tịch Quốc hội, gồm: the nominees a vote
		// is on hold none of it yet.
		return nil, i, false
	case i > 0 && ts[i-1].Is("bầu", "sung", "thêm", "cử") && !ts[i].Cap():
		// bầu bổ sung thêm 02 thành viên vào Bộ Chính trị, đó là ...; Ủy
		// ban MTTQ tỉnh khóa XVII đã hiệp thương cử 8 phó chủ tịch chuyên
		// trách gồm: ... — the unit that elects, before its verb and term,
		// is the subject.
		taken = true
		subject = electingSubject(ts, i-1)
	case i > 1 && !ts[i].Cap() && seq(ts, i-2, "miễn nhiệm") && !seq(ts, i+1, "đồng chí"):
		// phê chuẩn miễn nhiệm 2 Ủy viên UBND tỉnh Bình Định là ông A, …
		// và ông B, … (plo): the seat the decision ends for each.
		dismissed = true
	case i > 1 && !ts[i].Cap() && appointedBy(ts, i):
		// chuẩn y 3 đồng chí giữ chức Ủy viên Ban Thường vụ Tỉnh ủy là: ...
		taken = true
	case i >= 2 && seq(ts, i-2, "danh sách"):
	case i == 0:
	case i > 1 && (ts[i-1].Is("và") || ts[i-1].Mark(",")) && !ts[i].Cap() && countedEarlier(ts, i-1) > 0:
		// UBND tỉnh Tiền Giang gồm có 01 Chủ tịch UBND tỉnh là ông A và 03
		// Phó Chủ tịch UBND tỉnh gồm: ông B, ông C và ông D (thtg): the
		// second count of the frame "có" opened; Bộ TT-TT gồm Bộ trưởng A
		// và 5 Thứ trưởng gồm các ông: … (taichinhdientu 2014): of the
		// frame gồm opened after its subject; Ban Tuyên giáo Trung ương có
		// Trưởng ban là ông A, 5 Phó ban chuyên trách là ông B, … (bizlive):
		// a count after a comma, of the frame a title after có opened.
		subject = countedEarlier(ts, i-1)
	default:
		return nil, i, false
	}
	if j >= len(ts) || !(ts[j].Digits() || slices.Contains(lexicon.CountWords(), ts[j].Key)) {
		if !ts[i].Is("có") || !p.titledHolder(j) {
			return nil, i, false
		}
		// Ban Tuyên giáo Trung ương có Trưởng ban là ông A, 5 Phó ban
		// chuyên trách là ông B, ...: one holder, no count.
		j--
	}
	j++
	if j < len(ts) && ts[j].Is("tân") && !ts[j].Cap() {
		j, taken = j+1, true // tân thứ trưởng: new ones
	}
	seat, k, ok := p.memberOf(j)
	if !ok {
		seat, k, ok = p.post(j)
	}
	if !ok {
		// In small letters a title names a post only with its unit after
		// it (p.post); counted, it is a title whose unit is the subject's.
		t, e, ok := p.title(j)
		if !ok {
			return nil, i, false
		}
		seat, k = post{title: t.Name, start: j, end: e, alone: t.StandsAlone}, e
		if t.Shares > 0 && !p.sharedSubject(subject, &seat, e-t.Shares, e) {
			// phó ban alone: the deputy of some board, unless the subject
			// is the board (Ban Nội chính Trung ương có ba phó ban là ...).
			return nil, i, false
		}
	}
	seat.elected = taken
	if seat.unitEnd == seat.unitStart && !seat.alone {
		if !p.subjectUnit(subject, &seat) {
			return nil, i, false
		}
	}
	// A few words may qualify the holders before the list (nghỉ hưu trước
	// tuổi, là nữ, mới): the first closer that names people ends them.
	for n := 0; k < len(ts) && n <= 8; n++ {
		c := k
		if ts[c].Mark(",") || ts[c].Mark(";") {
			c++ // bầu 2 Phó Chủ tịch HĐND TP khóa X, nhiệm kỳ 2021-2026; gồm ...
		}
		if c >= len(ts) {
			break // the sentence ends on the mark (3 Phó Bí thư Tỉnh ủy,): no list follows
		}
		closers := lexicon.ListClosers()
		if ts[c].Mark(":") {
			// Bộ Công an hiện có 9 thứ trưởng: Thượng tướng A; Thượng
			// tướng B (vnexpress 2020): the colon alone closes the frame.
			closers = []string{":"}
		}
		for _, w := range closers {
			e, ok := scan.Seq(ts, c, w)
			if w == ":" {
				e, ok = c+1, true
			}
			if !ok {
				continue
			}
			if e < len(ts) && ts[e].Mark(":") {
				e++
			}
			if seat.former = dismissed || leaves(ts[seat.end:k]); true {
				if ms, end := p.namesWith(e, seat); len(ms) > 0 {
					return ms, end, true
				}
			}
			break
		}
		if !ts[k].Word {
			break
		}
		k++
	}
	return nil, i, false
}

// electingSubject returns where the subject of the electing verb that ends
// at ts[k] ends: before the verb's words (bầu, bổ sung, thêm, hiệp thương,
// cử, tiến hành) and a term (khóa XVII, nhiệm kỳ 2024-2029) — the adverbs
// subjectUnit passes over stay.
func electingSubject(ts []scan.Token, k int) int {
	s := k + 1
	for s > 0 && ts[s-1].Word && !ts[s-1].Cap() && ts[s-1].Is("bầu", "bổ", "sung", "thêm", "hiệp", "thương", "cử", "tiến", "hành") {
		s--
	}
	a := s
	for a > 0 && ts[a-1].Word && !ts[a-1].Cap() && ts[a-1].Is("hiện", "nay", "vừa", "đã", "cũng", "đang") {
		a--
	}
	// a term between the unit and the verb: khóa XVII, nhiệm kỳ 2024-2029
	for x := a - 1; x > 0 && x >= a-6; x-- {
		if ts[x].Is("khóa", "khoá") || seq(ts, x, "nhiệm kỳ") {
			if x > 0 && ts[x-1].Mark(",") {
				x--
			}
			return x
		}
	}
	return s
}

// countedEarlier returns where the frame opens that a count after và or a
// comma, at ts[k+1], goes on — "có" before an earlier count or a title in
// capitals in the clause that ends before ts[k] (có 01 Chủ tịch … và 03 Phó
// Chủ tịch; có Trưởng ban là ông A, 5 Phó ban …), or "gồm" right after
// the clause's subject (Bộ TT-TT gồm Bộ trưởng A và 5 Thứ trưởng) — or 0
// when none does.
func countedEarlier(ts []scan.Token, k int) int {
	for x := k - 1; x > 0; x-- {
		if ts[x].Mark(".") || ts[x].Mark(";") {
			return 0
		}
		if ts[x-1].Is("có") && !ts[x-1].Cap() && (ts[x].Digits() || ts[x].Cap() || slices.Contains(lexicon.CountWords(), ts[x].Key)) {
			return x - 1
		}
		if ts[x].Is("gồm") && !ts[x].Cap() && ts[x-1].Word && !ts[x-1].Is("bao") {
			return x
		}
	}
	return 0
}

// titledHolder reports whether ts[j] opens a title in capitals, printed
// without a count, then là and one person announced: "có Trưởng ban là ông
// Võ Văn Thưởng" (bizlive).
func (p *parser) titledHolder(j int) bool {
	ts := p.ts
	if j >= len(ts) || !ts[j].Cap() {
		return false
	}
	_, e, ok := p.title(j)
	if !ok || e+1 >= len(ts) || !ts[e].Is("là") {
		return false
	}
	if _, ok := scan.Seq(ts, e+1, "đồng chí"); ok {
		return true
	}
	return ts[e+1].Is("ông", "bà")
}

// appointedBy reports whether a verb of appointing by a higher body stands
// right before the count at ts[i]: chuẩn y, chỉ định, bổ nhiệm, phê chuẩn.
func appointedBy(ts []scan.Token, i int) bool {
	for _, w := range []string{"chuẩn y", "chỉ định", "bổ nhiệm", "phê chuẩn"} {
		if _, ok := scan.Before(ts, i, w); ok {
			return true
		}
	}
	return false
}

// nominees reports whether the count at ts[i] follows a list of nominees:
// danh sách then a verb of nominating (danh sách bầu, danh sách đề cử).
func nominees(ts []scan.Token, i int) bool {
	// Asked at every word a count may stand on: matched in place, since
	// splitting the words and joining the phrase anew at each was 5% of a
	// load's CPU; and danh, where danh sách would stand before the verb,
	// is looked at before the verb, as it is seldom there.
	for _, w := range lexicon.NominationWords() {
		j := i - (strings.Count(w, " ") + 1) // where w begins if it ends before ts[i] (scan.Before)
		if j < 2 || !ts[j-2].Is("danh") {
			continue
		}
		if _, ok := scan.Before(ts, i, w); ok && seq(ts, j-2, "danh sách") {
			return true
		}
	}
	return false
}

// memberOf reads, from ts[j], the members a count is of, when no title
// names them: a word for people (thành viên, người, vị), a few words, then
// vào and the body they are elected into ("02 thành viên vào Bộ Chính trị",
// "5 vị lần đầu vào Bộ Chính trị"): the seat in it (seatIn), and the index
// after the body.
func (p *parser) memberOf(j int) (post, int, bool) {
	ts := p.ts
	if !slices.ContainsFunc(lexicon.MemberNouns(), func(w string) bool { return seq(ts, j, w) }) {
		return post{}, j, false
	}
	for k := j + 1; k < len(ts) && k <= j+5; k++ {
		if !ts[k].Word {
			break
		}
		// 3 đồng chí giữ chức Ủy viên Ban Thường vụ Tỉnh ủy là: the post
		// the count is of, printed with its unit after the verb.
		for _, w := range []string{"giữ chức vụ", "giữ chức", "làm"} {
			if e, ok := scan.Seq(ts, k, w); ok {
				if q, end, ok := p.post(e); ok && q.unitEnd > q.unitStart {
					return q, end, true
				}
			}
		}
		if e, ok := scan.Seq(ts, k, "vào"); ok {
			if u, end, ok := p.units.After(e); ok && (u.Body() || u.National()) {
				return seatIn(e, end, u), p.term(end), true
			}
			break
		}
	}
	return post{}, j, false
}

// leaves reports whether the words ts, between a counted title and its
// list, say the holders leave it: nghỉ, nghỉ hưu, thôi việc.
func leaves(ts []scan.Token) bool {
	for k := range ts {
		if ts[k].Is("nghỉ") || seq(ts, k, "thôi việc") || seq(ts, k, "thôi giữ chức") {
			return true
		}
	}
	return false
}

// subjectUnit gives seat, a title printed without its unit, the unit the
// sentence's subject names right before ts[i] (có), past hiện, nay, vừa and
// đã: a unit, or the place of a party committee's title. It reports whether
// there is one.
func (p *parser) subjectUnit(i int, seat *post) bool {
	ts := p.ts
	s := i
	for s > 0 && ts[s-1].Word && ts[s-1].Is("hiện", "nay", "vừa", "đã", "cũng", "đang") && !ts[s-1].Cap() {
		s--
	}
	for from := 0; from < s; from++ {
		if u, end, ok := p.units.At(from); ok && end == s {
			seat.unitStart, seat.unitEnd, seat.unit = from, end, u
			if t, _, ok := p.title(seat.start); ok && !t.Member && u.Body() && u.Head == "Ban Chấp hành" && u.Of != nil {
				// Ban Chấp hành Hội Nông dân tỉnh đã bầu 4 phó chủ tịch: the
				// officers are the organisation's, not its committee's.
				seat.unit, seat.unitName = *u.Of, u.Of.String()
			}
			return true
		}
		if t, _, ok := p.title(seat.start); ok && t.Committee {
			if pl, end := units.PlaceNamedAt(ts, from); end == s && !pl.IsZero() && !pl.Bare() {
				u := units.PartyOf(pl)
				seat.unitStart, seat.unitEnd, seat.unit, seat.unitName = from, end, u, u.String()
				return true
			}
		}
	}
	return false
}

// sharedSubject gives seat, a title that shares its last words ts[a:b] with
// its unit's name (phó ban, chánh văn phòng), the subject before có as its
// unit when the subject's name begins with those words: "Ban Nội chính
// Trung ương có ba phó ban là ...".
func (p *parser) sharedSubject(i int, seat *post, a, b int) bool {
	if !p.subjectUnit(i, seat) || seat.unitEnd-seat.unitStart <= b-a {
		return false
	}
	for n := 0; n < b-a; n++ {
		if p.ts[seat.unitStart+n].Key != p.ts[a+n].Key {
			return false
		}
	}
	return true
}

// namesWith reads the names a list prints from ts[k], joined by commas,
// semicolons and và, each perhaps announced (ông, bà, đồng chí), with a
// year of birth in brackets and its own posts after it, and gives each the
// post seat as well unless it holds a post of that title already. It returns
// them and the index after the list.
func (p *parser) namesWith(k int, seat post) ([]recognize.PersonMention, int) {
	ts := p.ts
	var out []recognize.PersonMention
	// là các ông A, B và C: the list announced as a whole.
	for _, w := range []string{"các đồng chí", "các ông", "các bà"} {
		if e, ok := scan.Seq(ts, k, w); ok {
			k = e
			break
		}
	}
	for k < len(ts) {
		h := k
		if e, ok := scan.Seq(ts, h, "đồng chí"); ok {
			h = e
		} else if ts[h].Is("ông", "bà", "anh", "chị") {
			h++
		}
		h = p.honorific(h)
		// gồm các ông: Thứ trưởng thường trực A, ông B …; có 7 Thứ trưởng
		// và người trẻ nhất là Thứ trưởng C: an item may print the seat's
		// title, or one that names it more closely, before the name
		// (taichinhdientu 2014, kinhdoanhtiepthi 2013).
		lead := seat
		if t, e, ok := p.title(h); ok && (t.Name == seat.title || strings.HasPrefix(t.Name, seat.title+" ")) && e > h {
			if _, ok := p.name(e, true); ok {
				lead.title, lead.start, lead.end, lead.printedEnd = t.Name, h, e, 0
				h = e
			}
		}
		end, ok := p.name(h, true)
		if !ok || end == len(ts) && len(out) > 0 {
			// A name with nothing after it, not even a mark, ends a text
			// cut short: Nguyễn Mạ for Nguyễn Mạnh ...
			break
		}
		e := p.born(end)
		own, _ := p.trailing(e, false)
		all := append([]post(nil), own...)
		if !holdsTitle(own, lead) {
			all = append(all, lead)
		}
		out = append(out, p.mention(h, end, all, schema.RoleOfficial))
		k = p.after(e, own)
		if len(own) > 0 && k < len(ts) && ts[k].Mark(")") {
			k++ // A (Chủ tịch Quốc hội), B (Thủ tướng)
		}
		if j := aside(ts, k); j > k {
			if j == k+4 && seq(ts, k+1, "thường trực") && !holdsTitle(own, seat) {
				// ông B (thường trực): the standing deputy of the seat.
				last := &out[len(out)-1]
				last.Posts[len(last.Posts)-1].Title = seat.title + " Thường trực"
			}
			k = j
		}
		if k+1 < len(ts) && (ts[k].Mark(",") || ts[k].Mark(";")) && ts[k+1].Is("và") {
			k++
		}
		if k+1 < len(ts) && (ts[k].Mark(",") || ts[k].Mark(";") || ts[k].Is("và")) {
			k++
			continue
		}
		break
	}
	return out, k
}

// aside returns the index after a short remark in brackets at ts[k], in
// small letters, that a list prints after an item ("A, Bộ trưởng Thông tin
// và Truyền thông (kiêm nhiệm); B, ..." — kenhhot 2021; "ông C (thường
// trực), ông D" — bizlive), or k. A bracket that holds a capital, a number or
// more than a few words is no remark.
func aside(ts []scan.Token, k int) int {
	if k >= len(ts) || !ts[k].Mark("(") {
		return k
	}
	for j := k + 1; j < len(ts) && j <= k+4; j++ {
		if ts[j].Mark(")") {
			if j == k+1 {
				return k
			}
			return j + 1
		}
		if !ts[j].Word || ts[j].Cap() || ts[j].Digits() {
			return k
		}
	}
	return k
}

// holdsTitle reports whether posts has seat's post already, or one that
// names it more closely (Phó Bí thư Thường trực Tỉnh ủy of Phó Bí thư Tỉnh
// ủy Bắc Giang): of its title or a title that begins with it, in its unit.
// Ủy viên Trung ương Đảng is no seat in the Bộ Chính trị.
func holdsTitle(posts []post, seat post) bool {
	for _, q := range posts {
		same := q.unitEnd == q.unitStart || seat.unitEnd == seat.unitStart || sameUnit(q.unit, seat.unit)
		if (q.title == seat.title || strings.HasPrefix(q.title, seat.title+" ")) && same {
			return true
		}
	}
	return false
}

// born returns the index after a year of birth printed in brackets at
// ts[k] ("(SN 1967)", "(sinh năm 1970)", "(1977)"), or k.
func (p *parser) born(k int) int {
	ts := p.ts
	if k >= len(ts) || !ts[k].Mark("(") {
		return k
	}
	j := k + 1
	for _, w := range lexicon.BirthWords() {
		if e, ok := scan.Seq(ts, j, w); ok {
			j = e
			break
		}
	}
	if j < len(ts) && ts[j].Mark(":") {
		j++
	}
	if j+1 < len(ts) && ts[j].Digits() && len(ts[j].Text) == 4 && ts[j+1].Mark(")") && vn.Key(ts[j].Text) >= "1900" {
		return j + 2
	}
	return k
}
