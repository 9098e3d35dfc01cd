// Package people recognises the people a sentence names and the posts it
// gives them, in the genre's two orders: a name then its posts (đồng chí Võ
// Văn Minh, Phó Bí thư Thành ủy, Chủ tịch HĐND, ...), and posts then a name
// (Phó Bí thư Thường trực Thành ủy Nguyễn Thị Nghĩa, Tổng Bí thư Tô Lâm),
// including lists of guests that alternate the two (Dự hội nghị có các đồng
// chí: A, posts; B, posts).
//
// A post is a title from the genre's gazetteer and the unit printed after it,
// read by package units; a title is split from its unit (Trưởng Ban + Ban
// Tuyên giáo và Dân vận Thành ủy TPHCM). A name is two to four capitalised
// syllables in a slot where the genre puts names: after đồng chí, ông or bà,
// after a post, or before a comma and a post. Bylines and page headers name
// no officials: credits come from the meta stage.
package people

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/loader/recognize/units"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// Find returns the people s names, with the posts it gives them, in the order
// printed. Spans are the article's (s.Start added).
func Find(s recognize.Sentence) []recognize.PersonMention {
	if s.Kind == model.Byline || s.Kind == model.Header {
		return nil
	}
	p := newParser(s)
	p.since = since(s.Dates)
	p.held = heldOf(s)
	p.before = takingUpClause(p.ts)
	p.thenWas = p.thenCopula()
	var out []recognize.PersonMention
	// Lists that share a post: framed by a count (có 6 Phó Bí thư, gồm:),
	// by a plural (các Phó Bí thư Tỉnh ủy A và B), or by a decision that
	// prints the post before the people it names (miễn nhiệm chức vụ … đối
	// với ông A; phê chuẩn … đối với ông A; ông B, ...).
	lists := []func(int) ([]recognize.PersonMention, int, bool){p.counted, p.shared, p.supplemented, p.dismissed, p.grantedTo, p.leftAll}
	// Clauses that print one person's posts before or around the name (do
	// đồng chí A làm Bí thư; thôi giữ chức … đối với A), read before a
	// plain name so those posts go with it.
	mentions := []func(int) (recognize.PersonMention, int, bool){p.ledBy, p.leftBy}
	for i := 0; i < len(p.ts); {
		if ms, end, ok := readAt(lists, i); ok {
			for _, m := range ms {
				m.Sentence = s.Index
				out = append(out, m)
			}
			i = end
			continue
		}
		if m, end, ok := readAt(mentions, i); ok {
			m.Sentence = s.Index
			out = append(out, m)
			i = end
			continue
		}
		m, end, ok := p.person(i)
		if ok {
			m.Sentence = s.Index
			if i > 0 && p.ts[i-1].Is("thay", "thế") {
				if more := replaced(out, m.Posts); len(more) > 0 {
					m.Posts, m.Role = append(m.Posts, more...), schema.RoleOfficial
				}
			}
			out = append(out, m)
			i = end
			continue
		}
		if end > i {
			i = end
			continue
		}
		i++
	}
	p.semicolonRun(out)
	p.sanctioned(out)
	p.retiring(out, s.Dates)
	p.framedLists(out)
	p.unclaimed(out)
	p.putForward(out)
	return out
}

// semicolonRun gives the posts the last person of a run takes up to the
// people listed before it, one an item, separated by semicolons, when
// nothing but each one's own posts stands between them: "Ông Lê Văn Dung,
// Giám đốc Sở Giáo dục và Đào tạo; ông Đinh Văn Điến, Bí thư Thành uỷ Ninh
// Bình được bầu giữ chức vụ Phó Chủ tịch UBND tỉnh" (baochinhphu 2011,
// q005); "các ông Lê Vĩnh Tân (...), Ủy viên Trung ương Đảng, ...; tiến sỹ
// kinh tế Nguyễn Ngọc Bảo (...), ..., được ... bổ nhiệm giữ chức Phó Trưởng
// ban Kinh tế Trung ương" (tuyengiao 2014, q007). The run opens the
// sentence or follows các ông, các bà, các đồng chí; an item that takes up
// or leaves a post of its own, or says anything more, is no item of it.
func (p *parser) semicolonRun(out []recognize.PersonMention) {
	for k := 1; k < len(out); k++ {
		var taken []recognize.PostMention
		for _, q := range out[k].Posts {
			if q.Elected && !q.Former {
				taken = append(taken, q)
			}
		}
		if len(taken) == 0 {
			continue
		}
		j := k
		for j > 0 && p.runItem(out[j-1], out[j]) {
			j--
		}
		if j == k || !p.runOpens(out[j]) {
			continue
		}
		for x := j; x < k; x++ {
			for _, q := range taken {
				dup := false
				for _, o := range out[x].Posts {
					dup = dup || o.Title == q.Title && vn.Key(o.Unit.Text) == vn.Key(q.Unit.Text)
				}
				if !dup {
					out[x].Posts = append(out[x].Posts, q)
				}
			}
			out[x].Role = schema.RoleOfficial
		}
	}
}

// tokenAt is the index of the first token of the sentence that begins at or
// after rune off of the article, or len(p.ts).
func (p *parser) tokenAt(off int) int {
	for k, t := range p.ts {
		if p.base+t.Start >= off {
			return k
		}
	}
	return len(p.ts)
}

// runItem reports whether a, read just before b, is an item of a list run
// on by semicolons to b: a's name and posts (none taken up or left), a
// semicolon, then at most the few small words that announce b's name (ông,
// tiến sỹ kinh tế); or a's name alone and a comma.
func (p *parser) runItem(a, b recognize.PersonMention) bool {
	end := a.Name.End
	for _, q := range a.Posts {
		if q.Elected || q.Former {
			return false
		}
		end = max(end, q.Printed.End)
	}
	k, name := p.tokenAt(end), p.tokenAt(b.Name.Start)
	if len(a.Posts) == 0 && k+1 == name && p.ts[k].Mark(",") {
		// bầu các ông Trần Xuân Hòa, Đỗ Hữu Nghị, Võ Đại tái đắc cử Phó
		// Chủ tịch UBND tỉnh (baochinhphu 2011, q005): names alone.
		return true
	}
	if k >= name || !p.ts[k].Mark(";") {
		return false
	}
	if name-k-1 > 4 {
		return false
	}
	for x := k + 1; x < name; x++ {
		if !p.ts[x].Word || p.ts[x].Cap() && !(x == k+1 && p.ts[x].Is("ông", "bà")) {
			return false
		}
	}
	return true
}

// runOpens reports whether the name of m opens a run of semicolon items:
// at the head of the sentence (Ông A, ...;) or after các ông, các bà, các
// đồng chí.
func (p *parser) runOpens(m recognize.PersonMention) bool {
	i := p.tokenAt(m.Name.Start)
	if i > 0 && p.ts[i-1].Is("ông", "bà") {
		i--
	} else if i > 1 && seq(p.ts, i-2, "đồng chí") {
		i -= 2
	}
	return i == 0 || i > 0 && p.ts[i-1].Is("các") && !p.ts[i-1].Cap()
}

// readAt reads at ts[i] with the first of readers that reads there: a list
// of mentions, or one mention.
func readAt[T any](readers []func(int) (T, int, bool), i int) (T, int, bool) {
	for _, read := range readers {
		if v, end, ok := read(i); ok {
			return v, end, true
		}
	}
	var none T
	return none, i, false
}

// newParser is a parser of sentence s, cut into ts.
func newParser(s recognize.Sentence) *parser {
	return &parser{text: s.Text, rs: s.Runes, ts: s.Tokens, base: s.Start, units: units.NewReader(s.Tokens, s.Runes), titles: compiledTitles(), dates: s.Dates}
}

type parser struct {
	text   string
	rs     []rune
	ts     []scan.Token
	base   int
	units  *units.Reader
	titles map[string][]compiledTitle
	dates  []dates.Match // the sentence's dates
	since  []dates.Match // the sentence's dates printed with từ: từ tháng 3/2020
	// held is the span of time a sentence of a dated career opens on (Từ
	// tháng 6-1992 đến tháng 12-1996, ...), which its posts were held over;
	// zero for any other sentence.
	held [2]model.When
	// before is the index after the clause a sentence opens on with trước
	// khi (before) or trước đó (before that), where a reference's posts
	// follow it (Referred): they were held before the event the clause
	// names. Zero for any other sentence: "Trước đó, Phó Bí thư Tỉnh ủy Đoàn
	// Thị Mai đã trình bày báo cáo" dates the report, not the posts.
	before int
	// thenWas is the index after "Trước đó," (before that) a sentence
	// opens on where the person named next is then said to be (là, từng
	// là, giữ chức) what follows: "Trước đó, ông Nguyễn Văn Sơn là Phó bí
	// thư Tỉnh ủy, Chủ tịch UBND tỉnh Tuyên Quang (cũ)." Zero otherwise.
	thenWas int
	// listed are the token indices where the names of a list that shares
	// one post begin (A, B, C và D giữ chức ...), read ahead of them: such a
	// name is one whatever its family name (Đầu Thanh Tùng).
	listed map[int]bool
}

// since returns the dates of a sentence (ds, dates.Find of its text) printed
// after "từ" (from), which start the posts they follow or, at the head of the
// sentence, the posts it reports.
func since(ds []dates.Match) []dates.Match {
	var out []dates.Match
	for _, m := range ds {
		if m.IsRange() || m.From.Year == 0 {
			continue
		}
		if f := vn.Key(m.Text); strings.HasPrefix(f, "từ ") {
			out = append(out, m)
		}
	}
	return out
}

// startOf is the start of a post that ends at token end (exclusive): a date
// with từ printed right after it ("Bí thư Tỉnh ủy từ tháng 3/2020", "(từ
// tháng 3/2020)"), or one that opens the sentence ("Từ tháng 3/2020, đồng
// chí A giữ chức ...").
func (p *parser) startOf(end int) model.When {
	for _, m := range p.since {
		if m.Start == p.leading() && p.takesOffice() {
			return m.From
		}
		if end > 0 && end <= len(p.ts) && m.Start >= p.ts[end-1].End && m.Start <= len(p.rs) {
			gap := strings.TrimSpace(string(p.rs[p.ts[end-1].End:m.Start]))
			if gap == "" || gap == "(" || gap == "," || vn.Key(gap) == "kể" || vn.Key(gap) == ", kể" {
				return m.From
			}
		}
	}
	return model.When{}
}

// takesOffice reports whether the sentence has a verb of taking up or
// holding office, without which a date heading it dates something else.
func (p *parser) takesOffice() bool {
	for k := range p.ts {
		for _, w := range []string{"giữ chức", "giữ cương vị", "giữ vị trí", "đảm nhiệm", "được bầu", "bổ nhiệm", "chỉ định", "điều động", "đắc cử"} {
			if seq(p.ts, k, w) {
				return true
			}
		}
	}
	return false
}

// leading is the rune offset of the sentence's first word.
func (p *parser) leading() int {
	if len(p.ts) == 0 {
		return -1
	}
	return p.ts[0].Start
}

// post is a post read from tokens: its title, and its unit's tokens (a zero
// range when none is printed).
type post struct {
	title              string
	start, end         int // the whole post
	unitStart, unitEnd int
	unit               units.Unit
	alone              bool   // a title printed alone: Tổng Bí thư
	former             bool   // nguyên, cố: a post held before, not now
	elected            bool   // taken up in the sentence: được bầu giữ chức ...
	printedEnd         int    // where the post's printed name ends, if before end
	shared             bool   // given by a verb after the next name (A, ..., và B, ..., được bầu làm)
	unitName           string // the unit's name where the words printed are not it (a place for its committee)
	verb               bool   // given by a verb after the posts in apposition (takenUp)
	handed             bool   // an acting post handed over (giao quyền): it ends no post held before
	seat               bool   // a seat in a committee or its standing body left (thôi tham gia)
	// all marks a leaving of every post the person is printed with, titled
	// by none: "xin thôi các chức vụ lãnh đạo, quản lý" (leave).
	all bool
	// atUnit marks what a leaving names by its unit alone, titled by none:
	// "thôi giữ chức vụ tại Ban Chính sách, chiến lược Trung ương" ends
	// every post printed before it in that unit (leave), and is no post.
	atUnit bool
	// held is the span a career prints in brackets after the post, "Bí
	// thư Thành ủy Thái Nguyên (từ tháng 5/2022 đến tháng 6/2025)": held
	// over it, and no longer. Zero for any other post.
	held [2]model.When
}

// centralSeat reports whether ts[j], after the title named title, is the
// Central Committee printed by the word alone — TƯ, T.Ư or Trung ương before
// its terms (khóa, các khóa), a comma, a semicolon or the sentence's end — a
// member's or alternate's seat; it returns the index after the word. Trung
// ương Đoàn, Trung ương Hội name other bodies and are read as units.
func (p *parser) centralSeat(title string, j int) (int, bool) {
	ts := p.ts
	if title != "Ủy viên" && title != "Ủy viên dự khuyết" || j >= len(ts) {
		return j, false
	}
	e := j + 1
	if !ts[j].Is("tw") {
		var ok bool
		if e, ok = scan.Seq(ts, j, "trung ương"); !ok {
			return j, false
		}
	}
	if e == len(ts) || ts[e].Mark(",") || ts[e].Mark(";") || ts[e].Mark(".") || seq(ts, e, "khóa") || seq(ts, e, "các khóa") {
		return e, true
	}
	return j, false
}

// namedAs reads "là" after posts, or "được chỉ định là" (được bầu là, được
// bổ nhiệm là): the holder named next, given the post in the sentence when a
// verb says so (named). A word of time before là says when the holder held
// it: "Chủ tịch UBND tỉnh Quảng Ngãi hiện nay là ông Nguyễn Hoàng Giang"
// (docnhanh, t004) the holder now; "Chủ tịch UBND tỉnh Khánh Hòa trước đó là
// ông Lê Đức Vinh" (24h 2020, e031) the one before (before): the words are
// lexicon.HolderTimeWords. It returns i itself when none is printed there.
func namedAs(ts []scan.Token, i int) (e int, named, before bool) {
	if e, ok := scan.Seq(ts, i, "là"); ok {
		return e, false, false
	}
	for _, w := range lexicon.HolderTimeWords() {
		if h, ok := scan.Seq(ts, i, w.Text); ok {
			if e, ok := scan.Seq(ts, h, "là"); ok {
				return e, false, w.Former
			}
		}
	}
	for _, v := range []string{"được chỉ định là", "được bầu là", "được bổ nhiệm là"} {
		if e, ok := scan.Seq(ts, i, v); ok {
			return e, true, false
		}
	}
	return i, false, false
}

// national reports whether q is a post of the nation: a national title or a
// post in a national body (Ủy viên Bộ Chính trị, Chủ tịch Quốc hội).
func (q post) national() bool {
	if q.unitEnd > q.unitStart {
		return q.unit.National()
	}
	return q.alone
}

// person reads a person at ts[i], or returns how far to skip (past a unit's
// name or a run of posts that names no one).
func (p *parser) person(i int) (recognize.PersonMention, int, bool) {
	ts := p.ts
	role := schema.Role("")
	j := i
	// các đồng chí: A, B, C được bầu ...; các bà: A, B ...
	if k, ok := scan.Seq(ts, j, "các"); ok && (seq(ts, k, "đồng chí") || k < len(ts) && ts[k].Is("ông", "bà") && !ts[k].Upper()) {
		j = k
	}
	switch {
	case seq(ts, j, "đồng chí"):
		j, _ = scan.Seq(ts, j, "đồng chí")
		role = schema.RoleOfficial
	case j+2 < len(ts) && ts[j].Is("đ") && ts[j+1].Mark("/") && ts[j+2].Is("c"):
		j += 3
		role = schema.RoleOfficial
	case ts[j].Is("đ/c"):
		j++
		role = schema.RoleOfficial
	case ts[j].Is("ông", "bà", "anh", "chị") && !ts[j].Upper():
		j++
		role = schema.RoleOther
	}
	if role != "" && j < len(ts) && ts[j].Mark(":") {
		j++
	}
	// Posts, then the name: Phó Bí thư Thường trực Thành ủy Nguyễn Thị Nghĩa;
	// Bộ trưởng Bộ Quốc phòng, Đại tướng Phan Văn Giang.
	if posts, k, ok := p.chain(j); ok {
		h := k
		// Thừa ủy quyền của Thủ tướng, Phó Thủ tướng, Bộ trưởng Bộ Ngoại
		// giao Bùi Thanh Sơn: the first post is the principal's, whom the
		// person named stands in for.
		if len(posts) > 1 && j >= 3 && ts[j-1].Is("của") && seq(ts, j-3, "ủy quyền") {
			posts = posts[1:]
		}
		if p.whileHeldBefore(j) && !p.stillHeld(k) {
			// Khi còn là Bí thư Tỉnh ủy Khánh Hòa, ông A đã ...; Trong
			// thời gian giữ chức Chủ tịch UBND tỉnh, ông A đã ...: the posts
			// of a time the sentence sets in the past, held no more. The
			// clause ends at its comma: posts printed after it right before
			// the name are the person's title now ("Trong thời gian giữ chức
			// Chủ tịch UBND tỉnh Lâm Đồng, Phó Thủ tướng Trần Hồng Hà đã
			// ký": the deputy premier's post held).
			now := k
			if k < len(ts) && ts[k].Word && ts[k].Cap() {
				for c := k - 1; c > j; c-- {
					if ts[c].Mark(",") {
						now = c
						break
					}
				}
			}
			for x := range posts {
				posts[x].former = posts[x].former || posts[x].start < now
			}
		}
		// After a preposition the posts are someone addressed (Báo cáo với
		// Tổng Bí thư, đồng chí Trần Đức Quận cho biết): the name announced
		// after the comma is the next subject's.
		addressed := j > 0 && ts[j-1].Is("với", "cho", "gửi", "tới", "đến", "lên", "của", "thay")
		// Bí thư Tỉnh ủy Quảng Nam, ông Phan Việt Cường: ông or bà in
		// small letters after the comma announces the name as đồng chí does,
		// and so do anh and chị for the Youth Union's officers (Bí thư
		// Thành đoàn TP HCM, anh Lê Quốc Phong).
		if h < len(ts) && ts[h].Mark(",") && (p.honorific(h+1) > h+1 || (seq(ts, h+1, "đồng chí") || h+1 < len(ts) && ts[h+1].Is("ông", "bà", "anh", "chị") && !ts[h+1].Cap()) && !addressed) {
			h++
		}
		// Bí thư tỉnh ủy Lai Châu: Ông Lò Văn Giàng, as lists of office
		// holders print them: the posts, a colon, the name announced; or
		// "Bí thư Tỉnh ủy Thái Bình là ông Nguyễn Hồng Diên".
		colon := h == k && h < len(ts) && ts[h].Mark(":") && !addressed
		if colon {
			h++
		} else if h == k && !addressed && p.dashedName(h) {
			// Chủ tịch Hội Luật gia tỉnh Long An - Ngô Văn Phê phát biểu;
			// Phó trưởng Ban Tổ chức Tỉnh ủy - Phạm Xuân Bách cùng ... đến
			// dự: the posts, a spaced dash, the name (baolongan 2018).
			h++
		} else if e, named, before := namedAs(ts, h); h == k && !addressed && e < len(ts) && (ts[e].Is("ông", "bà") || seq(ts, e, "đồng chí") || e > h && p.honorific(e) > e) {
			// or a rank, as a holder is printed after là: "Bộ trưởng là
			// Đại tướng Tô Lâm" (vnexpress 2020).
			h, colon = e, true
			for x := range posts {
				posts[x].former = posts[x].former || before
			}
			if named {
				// Chủ tịch UBND tỉnh Tuyên Quang được chỉ định là ông
				// Phan Huy Ngọc: the post given in the sentence.
				for x := range posts {
					posts[x].elected = true
				}
			}
		}
		// Phó Bí thư Thường trực Tỉnh ủy, đồng chí Nguyễn Mạnh Hùng: the
		// posts, then the name announced.
		if e, ok := scan.Seq(ts, h, "đồng chí"); ok && h > k {
			h = e
		} else if (colon || h > k) && h < len(ts) && ts[h].Is("ông", "bà") || h > k && h < len(ts) && ts[h].Is("anh", "chị") && !ts[h].Cap() {
			h++
		}
		h = p.honorific(h)
		if end, ok := p.name(h, true); ok {
			if left, e := p.leaving(p.aside(end)); len(left) > 0 {
				// Ủy viên Bộ Chính trị, Trưởng ban Tuyên giáo Trung ương
				// Tô Huy Rứa nay thôi giữ chức Trưởng ban Tuyên giáo Trung
				// ương để giữ chức Trưởng ban Tổ chức Trung ương: the posts
				// before the name, one left, then the one taken up.
				posts = secretarySeats(leave(posts, left))
				if more, transfer, ok := p.takenUp(e, true); ok {
					posts = supersede(posts, more, transfer)
				}
				return p.mention(h, end, posts, schema.RoleOfficial), p.after(end, posts), true
			}
			// anh Lê Văn Lương (36 tuổi, quê ...) là ...: an aside that
			// names no post, then the posts.
			more, elected := p.trailing(p.aside(end), p.appointing(i) || p.electing(i))
			// (Trước khi được bầu Bí thư Tỉnh đoàn, anh A là Phó bí thư
			// ...: the vote is the clause's, the verb after the name tells
			// of the posts before.)
			elected = elected && p.before == 0
			if len(more) > 0 && (more[0].verb || elected) {
				// hiệp thương cử Ủy viên Ủy ban MTTQ Việt Nam tỉnh Nguyễn
				// Văn Khởi, giữ chức vụ Phó Chủ tịch ...: the posts before
				// the name, then the one the verb gives, taken up where the
				// sentence elects or appoints; đã bầu Phó Bí thư Tỉnh ủy, Chủ
				// tịch UBND tỉnh Hà Tĩnh Võ Kim Cự giữ chức Bí thư Tỉnh ủy:
				// the verb after the name, the vote before it.
				for x := range more {
					more[x].elected = more[x].elected || elected || p.electing(i) || p.appointing(i)
				}
				posts = supersede(posts, more, false)
			} else {
				posts = append(posts, more...)
			}
			return p.mention(h, end, posts, schema.RoleOfficial), p.after(end, posts), true
		}
		return recognize.PersonMention{}, k, false
	}
	if _, end, ok := p.units.At(j); ok && role == "" {
		return recognize.PersonMention{}, end, false
	}
	// A name, then its posts: Nguyễn Phước Lộc, Phó Bí thư Thành ủy, ...;
	// đồng chí Nguyễn Văn A được bầu giữ chức Bí thư Đảng ủy phường.
	h := p.honorific(j)
	// In a list of guests, after ";" or ":", a name is expected whatever its
	// family name (Thào Hồng Sơn, Phó Bí thư Tỉnh ủy); it must still carry
	// posts.
	listed := i > 0 && (ts[i-1].Mark(";") || ts[i-1].Mark(":")) || p.listed[h] || p.listRow(i)
	end, ok := p.name(h, role != "" || h > j || listed)
	if !ok {
		return recognize.PersonMention{}, j, false
	}
	var posts []post
	var elected bool
	if co, coElected, ok := p.bareRun(end); ok {
		// bầu các ông Trần Xuân Hòa, Đỗ Hữu Nghị, Võ Đại tái đắc cử Phó
		// Chủ tịch UBND tỉnh (baochinhphu 2011, q005): bare names in a row,
		// the verb after the last; each name is read in its turn.
		posts, elected = co, coElected
	} else {
		posts, elected = p.trailing(p.aside(end), p.appointing(i) || p.electing(i))
	}
	after := p.after(end, posts)
	if len(posts) == 0 {
		posts, elected = p.coordinated(end, role != "" || i == 0 || listed)
	}
	if len(posts) == 0 && listed {
		posts = p.pairedItem(end)
	}
	if role == "" && h == j && len(posts) == 0 {
		return recognize.PersonMention{}, i, false
	}
	if len(posts) > 0 || role == "" {
		role = schema.RoleOfficial
	}
	if elected || p.electing(i) {
		// Đã bầu ông A - Phó Bí thư Tỉnh ủy, giữ chức Chủ tịch UBND tỉnh:
		// what a verb after the apposition gives is what is taken up; with
		// no such verb, every post the sentence elects the person to.
		verb := false
		for _, q := range posts {
			verb = verb || q.verb
		}
		for x := range posts {
			posts[x].elected = posts[x].elected || !verb || posts[x].verb
		}
	}
	m := p.mention(h, end, posts, role)
	return m, after, true
}

// listRow reports whether ts[i] opens an item of a list, where a name is
// expected whatever its family (it must still carry posts): after a row's
// number ("2. Lư Lan Vi, Phó Bí thư Chi bộ.", bvbnd 2017), or after the và
// that joins the last item of a list run by colons and semicolons ("gồm
// các ông, bà: A, Trưởng ban …; B, Trưởng ban … và Thổ Thân, Ủy viên BCH
// Hội Người cao tuổi xã Bàu Trâm", xsdinh 2011).
func (p *parser) listRow(i int) bool {
	ts := p.ts
	if i == 2 && ts[0].Digits() && len(ts[0].Text) <= 2 && (ts[1].Mark(".") || ts[1].Mark(")")) {
		return true
	}
	if i < 2 || !ts[i-1].Is("và") || ts[i-1].Cap() {
		return false
	}
	colon, semicolon := false, false
	for k := 0; k < i-1; k++ {
		colon = colon || ts[k].Mark(":")
		semicolon = semicolon || colon && ts[k].Mark(";")
	}
	return semicolon
}

// pairedItem reads, in a list's item that names two people joined by và
// and prints posts after the second only, those posts for the first too:
// "…; Nguyễn Văn Quynh và Nguyễn Tuấn Khanh, Phó Trưởng ban Tổ chức T.Ư;
// Đào Tấn Lộc, …" (baohoabinh 2010): the item ends at a semicolon or the
// sentence's end. The posts are marked shared, so the second name is read
// next, on its own.
func (p *parser) pairedItem(end int) []post {
	ts := p.ts
	if end+1 >= len(ts) || !ts[end].Is("và") {
		return nil
	}
	h := end + 1
	if k, ok := scan.Seq(ts, h, "đồng chí"); ok {
		h = k
	} else if ts[h].Is("ông", "bà") && !ts[h].Cap() {
		h++
	}
	h = p.honorific(h)
	e, ok := p.name(h, true)
	if !ok || e >= len(ts) || !ts[e].Mark(",") {
		return nil
	}
	own, _ := p.trailing(e, false)
	if len(own) == 0 {
		return nil
	}
	if x := p.after(e, own); x < len(ts) && !ts[x].Mark(";") && !ts[x].Mark(".") {
		return nil
	}
	out := make([]post, len(own))
	copy(out, own)
	for x := range out {
		out[x].shared = true
	}
	return out
}

// dashedName reports whether ts[h] is a dash set off by spaces with a name
// of a known family after it that ends the clause or comes before its verb:
// the holder of the posts printed before the dash. A post after the dash
// (Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh) is the chain's, read before.
func (p *parser) dashedName(h int) bool {
	ts := p.ts
	if h == 0 || h+1 >= len(ts) || !(ts[h].Mark("-") || ts[h].Mark("–")) || ts[h].Start == ts[h-1].End || ts[h+1].Start == ts[h].End {
		return false
	}
	if !scan.IsFamilyName(ts[h+1].Key) || !ts[h+1].Cap() {
		return false
	}
	// Three syllables at least: a place after a dash (Bí thư Huyện ủy - Hà
	// Trung) reads like a name of two.
	end, ok := p.name(h+1, false)
	return ok && end-h-1 >= 3
}

// shared reads posts shared by a list of names, the plural "các" (các đồng
// chí) before them: các Phó Thủ tướng Chính phủ: Trần Hồng Hà, Lê Thành Long;
// các Phó Bí thư Tỉnh ủy A và B; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy:
// A, Phó Chủ tịch UBND tỉnh; B, Chủ nhiệm UBKT Tỉnh ủy. Each name gets the
// shared posts, then its own.
//
// A first plenum's or a council's officers are printed the same way with
// là or gồm before the names, the post counted or the names announced as
// many: Hai Phó Chủ tịch HĐND tỉnh là ông A và ông B; Các Phó Chủ tịch UBND
// tỉnh là các ông A, B và C; Phó Bí thư Đảng ủy khối là hai đồng chí A và B;
// cùng 2 Phó Bí thư là A và B; các phó bí thư gồm ông A (Chủ tịch UBND
// tỉnh), B (...). There the title may stand without its unit, which the
// post of the head the sentence names gives (resolve).
func (p *parser) shared(i int) ([]recognize.PersonMention, int, bool) {
	ts := p.ts
	j, plural := i, false
	switch {
	case ts[i].Is("các"):
		if ts[i].Cap() && i > 0 && ts[i-1].Word {
			return nil, i, false // Các at the head of a sentence is the plural still
		}
		j, plural = i+1, true
	case ts[i].Is("cùng") && i+1 < len(ts) && countWord(ts[i+1]):
		j, plural = i+2, true // cùng 2 Phó Bí thư là ...
	case countWord(ts[i]) && (i == 0 || !ts[i-1].Word):
		j, plural = i+1, true // Hai Phó Chủ tịch HĐND tỉnh là ...
	}
	if !plural && !p.startsTitle(i) {
		return nil, i, false
	}
	if k, ok := scan.Seq(ts, j, "đồng chí"); ok && plural {
		j = k
	}
	posts, k, ok := p.chain(j)
	if !ok && plural {
		posts, k, ok = p.bareTitle(j)
	}
	if !ok {
		return nil, i, false
	}
	listed := false
	if plural && k < len(ts) && ts[k].Mark(":") {
		k, listed = k+1, true
	} else if e, many, ok := p.listing(k); ok && (plural || many) {
		// Đồng chí A được bầu giữ chức Bí thư; Phó Bí thư là hai đồng chí
		// B và C: taken up by the sentence's vote as the head's post is.
		k = e
		dismissed := p.dismissing(i)
		for x := range posts {
			posts[x].elected = p.electedBefore(i) && !dismissed
			// miễn nhiệm 3 Phó chủ tịch UBND tỉnh gồm các ông A, B và C:
			// the post the sitting ends for all of them.
			posts[x].former = posts[x].former || dismissed
		}
	} else if !plural {
		return nil, i, false
	}
	var out []recognize.PersonMention
	for {
		h := p.honorific(p.announced(k))
		end, ok := p.name(h, true)
		if !ok {
			break
		}
		own, _ := p.trailing(end, false)
		var all []post
		for _, q := range posts {
			// các Phó Bí thư Tỉnh ủy … gồm: bà A, Phó Bí thư Thường trực
			// Tỉnh ủy: her own post names the shared one more closely.
			if !holdsTitle(own, q) {
				all = append(all, q)
			}
		}
		all = append(all, own...)
		out = append(out, p.mention(h, end, all, schema.RoleOfficial))
		k = p.after(end, own)
		if k < len(ts) && ts[k].Mark(")") {
			k++ // ông A (Chủ tịch UBND tỉnh), B (...): the aside closed
		}
		if k+1 < len(ts) && (ts[k].Mark(",") || ts[k].Mark(";") || ts[k].Is("và")) {
			if _, ok := p.name(p.honorific(p.announced(k+1)), true); ok {
				k++
				continue
			}
		}
		break
	}
	if len(out) < 2 && !(listed && len(out) == 1) {
		return nil, i, false // one name after a plural title: read it the usual way
	}
	// Các Ủy viên Bộ Chính trị A, B tham gia Ban Bí thư: a seat they all
	// take.
	if e, ok := scan.Seq(ts, k, "tham gia"); ok {
		if u, end, ok := p.units.After(e); ok && (u.Body() || u.National()) {
			seat := post{title: "Ủy viên", start: e, end: end, unitStart: e, unitEnd: end, unit: u, elected: true}
			for x := range out {
				out[x].Posts = append(out[x].Posts, p.mention(e, end, []post{seat}, schema.RoleOfficial).Posts...)
			}
			k = end
		}
	}
	return out, k, true
}

// countWord reports whether t counts a few holders of a post: 2 to 9 in
// figures, or in words (lexicon.CountWords).
func countWord(t scan.Token) bool {
	if t.Digits() {
		return len(t.Key) == 1 && t.Key >= "2"
	}
	return slices.Contains(lexicon.CountWords(), t.Key)
}

// dismissing reports whether a verb that ends a post stands right before
// ts[i], perhaps with a count and chức vụ between: miễn nhiệm 3 Phó chủ tịch
// ...; thôi chức vụ Phó Chủ tịch ...; bãi nhiệm, cách chức.
func (p *parser) dismissing(i int) bool {
	ts := p.ts
	k := i
	if k > 0 && countWord(ts[k-1]) {
		k--
	}
	for _, w := range []string{"chức vụ", "chức danh", "chức"} {
		if k >= 2 && seq(ts, k-2, w) && strings.Count(w, " ") == 1 {
			k -= 2
			break
		}
		if k >= 1 && w == "chức" && ts[k-1].Is("chức") {
			k--
			break
		}
	}
	for _, w := range []string{"miễn nhiệm", "bãi nhiệm", "cách chức"} {
		if k >= 2 && seq(ts, k-2, w) {
			return true
		}
	}
	return k >= 1 && ts[k-1].Is("thôi")
}

// bareTitle reads, at ts[j], a title printed without its unit, in capitals
// or small letters, when là or gồm follows it: the post a counted or
// plural list of names shares (các phó bí thư gồm ...; 2 Phó Bí thư là ...).
func (p *parser) bareTitle(j int) ([]post, int, bool) {
	t, e, ok := p.title(j)
	if !ok || t.StandsAlone || t.Shares > 0 {
		return nil, j, false
	}
	if _, _, ok := p.listing(e); !ok {
		return nil, j, false
	}
	return []post{{title: t.Name, start: j, end: e}}, e, true
}

// listing reads, at ts[k], the words before the names of a list that
// shares a post (lexicon.ListClosers: là, gồm, gồm các ông ...) and how the
// names are announced: many reports a plural or a count (là các ông, là hai
// đồng chí); it returns the index of the first announcer or name.
func (p *parser) listing(k int) (int, bool, bool) {
	ts := p.ts
	for _, w := range lexicon.ListClosers() {
		e, ok := scan.Seq(ts, k, w)
		if !ok {
			continue
		}
		if e < len(ts) && ts[e].Mark(":") {
			e++
		}
		if e >= len(ts) {
			return k, false, false
		}
		many := strings.Contains(w, " các ") || ts[e].Is("các") && !ts[e].Cap() ||
			countWord(ts[e]) && e+1 < len(ts) && (seq(ts, e+1, "đồng chí") || ts[e+1].Is("ông", "bà"))
		return e, many, true
	}
	return k, false, false
}

// announced returns the index after the words that announce a name in a
// list (các ông, hai đồng chí, đồng chí, ông, bà), or k.
func (p *parser) announced(k int) int {
	ts := p.ts
	if k < len(ts) && (ts[k].Is("các") && !ts[k].Cap() || countWord(ts[k])) && k+1 < len(ts) && (seq(ts, k+1, "đồng chí") || ts[k+1].Is("ông", "bà")) {
		k++
	}
	if e, ok := scan.Seq(ts, k, "đồng chí"); ok {
		return e
	}
	// Ông and Bà in capitals open a list after its colon (gồm: Bà A, …):
	// elsewhere a capital Bà may begin a place (Bà Rịa).
	if k < len(ts) && ts[k].Is("ông", "bà") && (!ts[k].Cap() || k > 0 && ts[k-1].Mark(":")) {
		return k + 1
	}
	return k
}

// electing reports whether the sentence elects before ts[i]: Đại hội đã bầu
// đồng chí A giữ chức Bí thư.
func (p *parser) electing(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if p.ts[k].Is("bầu", "cử") {
			return true
		}
		if p.ts[k].Mark(".") || p.ts[k].Mark(";") {
			return false
		}
	}
	return false
}

// honorific returns the index after the ranks and degrees printed before a
// name (Đại tướng, Thiếu tướng, PGS.TS), or i.
func (p *parser) honorific(i int) int {
	for _, h := range honorifics() {
		if j, ok := scan.Seq(p.ts, i, h); ok {
			if j < len(p.ts) && p.ts[j].Mark(".") {
				j++
			}
			return j
		}
	}
	return i
}

// honorifics are the military ranks and academic degrees the genre prints
// before a name.
func honorifics() []string { return honorificsTable() }

// honorificsTable is honorifics, built once and shared: read-only.
var honorificsTable = sync.OnceValue(func() []string {
	return append(slices.Clone(lexicon.MilitaryRanks()),
		"pgs.ts", "gs.ts", "pgs", "gs", "ts", "ths", "tiến sĩ", "thạc sĩ",
		"tiến sỹ", "thạc sỹ", // the older spelling (tuyengiao 2014)
		"giáo sư", "phó giáo sư", "nhà giáo nhân dân", "nsnd", "nsưt", "bác sĩ", "luật sư",
		// The clergy the Front's pages list among its officers (Hòa thượng
		// Thích Thiện Nhơn, Linh mục Trần Xuân Mạnh: hanoimoi 2019).
		"hòa thượng", "thượng tọa", "đại đức", "linh mục", "mục sư", "giám mục",
	)
})

// after is the token index after a person's name and the posts that follow it.
func (p *parser) after(end int, posts []post) int {
	for _, q := range posts {
		if q.end > end && !q.shared {
			end = q.end
		}
	}
	return end
}

func (p *parser) mention(start, end int, posts []post, role schema.Role) recognize.PersonMention {
	m := recognize.PersonMention{
		Name: p.phrase(start, end),
		Role: role,
	}
	m.Name.Text = nameText(p.ts[start:end])
	retired := p.retired(p.after(end, posts))
	moved := p.movedOn(p.after(end, posts))
	for _, q := range posts {
		former := q.former || retired || moved && !q.national()
		start, end := p.startOf(q.end), model.When{}
		if p.thenWas > 0 && q.start >= p.thenWas && !(q.national() && strings.HasPrefix(q.title, "Ủy viên")) {
			// Trước đó, ông A là Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh:
			// held before the news, no longer; a seat in a national body
			// (Ủy viên T.Ư Đảng) goes with the person.
			former = true
		}
		if p.before > 0 && q.start >= p.before {
			// Trước khi được bầu giữ chức Bí thư Tỉnh ủy, ông Hùng giữ chức
			// Phó Bí thư Tỉnh ủy: held before, no longer.
			former = true
		}
		if !p.held[1].IsZero() {
			// Từ tháng 3-2001 đến tháng 7-2004, bà A giữ chức ...: held over
			// the span, and no longer.
			start, end, former = p.held[0], p.held[1], true
		}
		if !q.held[1].IsZero() {
			start, end, former = q.held[0], q.held[1], true
		}
		pm := p.postMention(q)
		pm.Start, pm.End, pm.Elected, pm.Former = start, end, q.elected && !former, former
		m.Posts = append(m.Posts, pm)
	}
	if len(m.Posts) > 0 {
		m.Role = schema.RoleOfficial
	}
	return m
}

// postMention is the post q as printed: its title, unit and whole phrase,
// and the unit as the sentence was read, which resolve completes rather than
// parsing the phrase again.
func (p *parser) postMention(q post) recognize.PostMention {
	printed := q.end
	if q.printedEnd > q.start && q.printedEnd < printed {
		printed = q.printedEnd
	}
	pm := recognize.PostMention{Title: q.title, Printed: p.phrase(q.start, printed), ElectedAt: -1}
	if q.unitEnd > q.unitStart {
		pm.Unit = p.phrase(q.unitStart, q.unitEnd)
		if q.unitName != "" {
			pm.Unit.Text = q.unitName
		}
		u := q.unit
		u.Text = pm.Unit.Text
		pm.Parsed = &u
	}
	return pm
}

// parsed is the unit a post's printed unit names, for resolve to complete.
func parsed(unit recognize.Phrase) *units.Unit {
	if u, ok := units.Parse(unit.Text); ok {
		return &u
	}
	return nil
}

// retired reports whether ts[k] says the posts before it are no longer held:
// "(đã nghỉ hưu)", ", đã nghỉ hưu", "nay đã nghỉ hưu", "để nghỉ hưu theo
// chế độ" (after the posts a decision lets the person leave), "nghỉ chờ hưu".
func (p *parser) retired(k int) bool {
	ts := p.ts
	if k < len(ts) && (ts[k].Mark(",") || ts[k].Mark("(")) {
		k++
	}
	for _, w := range []string{"nay", "đã", "để", "được", "cho"} {
		if j, ok := scan.Seq(ts, k, w); ok {
			k = j
		}
	}
	return seq(ts, k, "nghỉ hưu") || seq(ts, k, "nghỉ công tác") || seq(ts, k, "nghỉ chờ hưu") || seq(ts, k, "nghỉ chế độ")
}

// movedOn reports whether ts[k] says the person has left the posts before
// it for another duty: "thay đồng chí A, Phó Bí thư Thành ủy TPHCM, Trưởng
// Ban Chỉ đạo, đã nhận nhiệm vụ mới" (để nhận nhiệm vụ mới, after a
// dismissal, gives its reason and leaves the apposition's posts alone). A
// seat of the nation (Ủy viên Trung ương Đảng) goes with the person.
func (p *parser) movedOn(k int) bool {
	ts := p.ts
	if k < len(ts) && ts[k].Mark(",") {
		k++
	}
	return seq(ts, k, "đã nhận nhiệm vụ mới") || seq(ts, k, "đã được điều động")
}

// formerVerbs are the words between a name and the posts it held before the
// article's event: khi đó là (then), từng là (once), nguyên là (formerly).
func formerVerbs() []string {
	return []string{
		"khi đó là", "lúc đó là", "khi ấy là", "lúc ấy là", "thời điểm đó là", "trước đó là", "trước đây là",
		// ông Đỗ Thanh Bình khi đó đang là Bí thư Thành ủy Cần Thơ (24h 2026).
		"khi đó đang là", "lúc đó đang là", "khi ấy đang là", "lúc ấy đang là",
		"từng giữ các chức vụ", "từng giữ chức vụ", "từng giữ chức", "từng đảm nhiệm", "từng là", "nguyên là",
		// từng làm nhân viên Văn phòng UBND tỉnh, Phó chánh Thanh tra tỉnh
		// ...; từng công tác tại Đại học Bách khoa Hà Nội, Phó Giám đốc ...:
		// a first step that is no post, then the posts (run passes it over).
		"từng làm", "từng công tác",
		// Ông Trần Lưu Quang từng có thời gian làm Phó Bí thư Thường trực
		// Thành ủy TP HCM từ tháng 2/2019 - 4/2021: once, for a while.
		"từng có thời gian làm", "từng có thời gian là", "từng có thời gian giữ chức", "có thời gian từng là",
		// Nguyễn Chí Dũng sinh năm 1960, trước khi nhận nhiệm vụ mới là
		// Thứ trưởng Bộ Kế hoạch và Đầu tư: the post held before the one
		// the article gives.
		"trước khi nhận nhiệm vụ mới là", "trước khi nhận nhiệm vụ là", "trước khi được điều động là",
	}
}

// formerAt reads, from ts[k], a verb of formerVerbs (after a comma or not)
// and the posts after it, marked former.
func (p *parser) formerAt(k int) ([]post, bool) {
	ts := p.ts
	if k < len(ts) && ts[k].Mark(",") {
		k++
	}
	for _, w := range formerVerbs() {
		if j, ok := scan.Seq(ts, k, w); ok {
			// từng là A, B; C rồi D: the list a career prints, each former.
			posts := p.run(j)
			if len(posts) == 0 {
				return nil, false
			}
			then := model.When{}
			if strings.HasPrefix(w, "khi") || strings.HasPrefix(w, "lúc") {
				then = p.thenDate(k)
			}
			for x := range posts {
				posts[x].former = true
				if !then.IsZero() && posts[x].held[1].IsZero() {
					posts[x].held = [2]model.When{{}, then}
				}
			}
			return posts, true
		}
	}
	for _, w := range lexicon.WhileHeldWords() {
		if j, ok := scan.Seq(ts, k, w); ok {
			// ông Nông Quốc Tuấn trong thời gian giữ cương vị Bí thư Tỉnh ủy
			// Bắc Giang: the posts of a time the sentence sets in the past.
			posts, e := p.runTo(j)
			if len(posts) == 0 || p.stillHeld(e) {
				return nil, false
			}
			for x := range posts {
				posts[x].former = true
			}
			return posts, true
		}
	}
	return nil, false
}

// whileHeldBefore reports whether a clause of time in office
// (lexicon.WhileHeldWords) opens just before ts[k], the posts it is of
// printed from there: not one after trước or sau (trước khi giữ chức X: the
// post taken up).
func (p *parser) whileHeldBefore(k int) bool {
	for _, w := range lexicon.WhileHeldWords() {
		if i, ok := scan.Before(p.ts, k, w); ok {
			return i == 0 || !p.ts[i-1].Is("trước", "sau")
		}
	}
	return false
}

// stillHeld reports whether the clause from ts[k] to its comma, semicolon or
// full stop says its time runs on to the article's (lexicon.StillWords):
// "trong thời gian giữ chức Bí thư Tỉnh ủy từ năm 2020 đến nay".
func (p *parser) stillHeld(k int) bool {
	ts := p.ts
	for ; k < len(ts) && !ts[k].Mark(",") && !ts[k].Mark(";") && !ts[k].Mark("."); k++ {
		for _, w := range lexicon.StillWords() {
			if seq(ts, k, w) {
				return true
			}
		}
	}
	return false
}

// thenDate is when khi đó (then) at ts[k] is: the one date the sentence
// prints before it, a month and year, not a span — "Tại Bộ Ngoại giao,
// tháng 8/2025, Bộ Chính trị đã chỉ định … Lê Hoài Trung khi đó là Chánh
// Văn phòng Trung ương Đảng" (24h 2026): the post was held then, and the
// page reports it left since. Zero for any other sentence.
func (p *parser) thenDate(k int) model.When {
	if len(p.dates) != 1 || k >= len(p.ts) {
		return model.When{}
	}
	d := p.dates[0]
	if d.IsRange() || d.From.Year == 0 || d.From.Month == 0 || d.End > p.ts[k].Start {
		return model.When{}
	}
	return d.From
}

// leaving reads, from ts[k], the posts a person is let go from, as decisions
// print them after the name and its posts: "thôi giữ chức Phó Bí thư Tỉnh
// ủy", "thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy", joined by
// commas or và, each perhaps after cho or được. It returns them marked
// former (a seat in a body as Ủy viên of it) and the index after them.
func (p *parser) leaving(k int) ([]post, int) {
	ts := p.ts
	var out []post
	for k < len(ts) {
		j := k
		if ts[j].Mark(",") || ts[j].Mark("-") {
			j++
		}
		if seq(ts, j, "và") {
			j++
		}
		// Tô Huy Rứa nay thôi giữ chức ...: now leaves it.
		for _, w := range []string{"nay", "đồng thời", "đã", "được", "cho"} {
			if e, ok := scan.Seq(ts, j, w); ok {
				j = e
			}
		}
		asked := false
		for _, w := range lexicon.RequestWords() {
			// Ông Phạm Văn Thành xin thôi chức Phó Chủ tịch UBND tỉnh: the
			// leaving the person asks for, which the page reports.
			if e, ok := scan.Seq(ts, j, w); ok {
				j, asked = e, true
				if !seq(ts, j, "thôi") {
					// có đơn xin chuyển công tác và xin thôi các chức vụ
					// (quangbinh24h): another request first.
					for x := j; x < len(ts) && x < j+5; x++ {
						if h, ok := scan.Seq(ts, x, "và xin"); ok {
							j = h
							break
						}
					}
				}
				break
			}
		}
		e, ok := scan.Seq(ts, j, "thôi")
		if !ok {
			break
		}
		var got []post
		next := e
		if h, ok := p.everyPost(e); ok && asked {
			// xin thôi các chức vụ lãnh đạo, quản lý: every post the person
			// is printed with, as the person asks (a decision's "cho thôi
			// giữ các chức vụ đối với" is the sanctions reader's, which
			// tells one considered from one given).
			got, next = []post{{all: true}}, h
		} else if h, ok := scan.Seq(ts, e, "tham gia"); ok {
			got, next = p.seats(h)
			for x := range got {
				got[x].seat = true
			}
		} else {
			// thôi chức, thôi chức vụ: older and shorter reports drop giữ.
			// thôi nhiệm vụ đại biểu HĐND tỉnh (truyenhinhdaknong): làm
			// left out too.
			for _, w := range []string{"giữ các chức vụ", "giữ chức vụ", "giữ chức", "đảm nhiệm chức vụ", "đảm nhiệm", "làm nhiệm vụ", "làm", "nhiệm vụ", "chức vụ", "chức"} {
				if h, ok := scan.Seq(ts, e, w); ok {
					if q, end, ok := p.postsAt(h); ok && strings.HasSuffix(w, "chức vụ") {
						got, next = []post{q}, end
						break
					}
					if h < len(ts) && ts[h].Mark(":") && w == "giữ các chức vụ" {
						// thôi giữ các chức vụ: Ủy viên Bộ Chính trị, ...,
						// Chủ tịch nước ... nhiệm kỳ 2021-2026: the list.
						got, next = p.postList(h + 1)
						break
					}
					if posts, end, ok := p.chain(h); ok {
						got, next = posts, end
						// thôi giữ chức Thường trực Ban Bí thư và Chủ
						// tịch Hội đồng Lý luận Trung ương nhiệm kỳ
						// 2016-2021: both left, the term printed after.
						if h := p.term(next); h < len(ts) && ts[h].Is("và") {
							if more, end, ok := p.chain(h + 1); ok {
								got, next = append(got, more...), end
							}
						}
						next = p.term(next)
					}
					break
				}
			}
		}
		if len(got) == 0 {
			break
		}
		for x := range got {
			got[x].former = true
		}
		out, k = append(out, got...), next
	}
	return out, k
}

// everyPost reads, from ts[k] after thôi, a leaving of every post the person
// holds, named by none: "(giữ) (tất cả) các chức vụ", perhaps "lãnh đạo,
// quản lý" or "đang giữ" after it; and returns the index after it. Not the
// list a colon opens (thôi giữ các chức vụ: Ủy viên Bộ Chính trị, …), nor
// the posts of one body or place (các chức vụ trong Đảng, tại Ban X), which
// leave the others held.
func (p *parser) everyPost(k int) (int, bool) {
	ts := p.ts
	if e, ok := scan.Seq(ts, k, "giữ"); ok {
		k = e
	}
	if e, ok := scan.Seq(ts, k, "tất cả"); ok {
		k = e
	}
	e, ok := scan.Seq(ts, k, "các chức vụ")
	if !ok {
		return k, false
	}
	// lãnh đạo, quản lý; lãnh đạo và quản lý; đang giữ (lexicon.AllPostsWords).
	for read := true; read; {
		read = false
		for _, w := range lexicon.AllPostsWords() {
			if h, ok := scan.Seq(ts, e, w); ok {
				e, read = h, true
				break
			}
		}
		if read && e+1 < len(ts) && (ts[e].Mark(",") || ts[e].Is("và")) {
			for _, w := range lexicon.AllPostsWords() {
				if _, ok := scan.Seq(ts, e+1, w); ok {
					e++
					break
				}
			}
		}
	}
	if e < len(ts) && (ts[e].Mark(":") || ts[e].Is("trong", "tại", "ở", "của", "đảng")) {
		return k, false
	}
	return e, true
}

// postsAt reads, from ts[k], the unit a leaving names its posts by: "(thôi
// giữ chức vụ) tại Ban Chính sách, chiến lược Trung ương và các chức danh
// liên quan" — every post the person holds there, titled by none (atUnit),
// and the index after it, past the related posts said with it.
func (p *parser) postsAt(k int) (post, int, bool) {
	ts := p.ts
	if k >= len(ts) || !ts[k].Is("tại", "ở") {
		return post{}, k, false
	}
	u, end, ok := p.units.At(k + 1)
	if !ok {
		return post{}, k, false
	}
	q := post{start: k + 1, end: end, unitStart: k + 1, unitEnd: end, unit: u, atUnit: true}
	for _, w := range []string{"và các chức danh liên quan", "và các chức vụ liên quan", "và các chức danh khác", "và các chức vụ khác"} {
		if e, ok := scan.Seq(ts, end, w); ok {
			end = e
			break
		}
	}
	return q, end, true
}

// titled drops from posts what a leaving names by its unit alone (atUnit):
// no post of its own where no posts printed before it are ended by it.
func titled(posts []post) []post {
	var out []post
	for _, q := range posts {
		if !q.atUnit {
			out = append(out, q)
		}
	}
	return out
}

// replaced is what the person named after thay (in place of) held: the
// posts the last person before took up in the sentence ("A giữ chức Bí thư
// Tỉnh ủy Bắc Giang thay ông Nông Quốc Tuấn"), marked former, less those
// already among own.
func replaced(before []recognize.PersonMention, own []recognize.PostMention) []recognize.PostMention {
	if len(before) == 0 {
		return nil
	}
	var out []recognize.PostMention
	for _, q := range before[len(before)-1].Posts {
		if !q.Elected {
			continue
		}
		// giữ chức Quyền Chủ tịch UBND tỉnh ... thay ông A: A was Chủ
		// tịch (nld 2003, q010).
		q.Title = lexicon.Substantive(q.Title)
		dup := false
		for _, o := range own {
			dup = dup || o.Title == q.Title && vn.Key(o.Unit.Text) == vn.Key(q.Unit.Text)
		}
		if !dup {
			q.Elected, q.Former, q.Start = false, true, model.When{}
			out = append(out, q)
		}
	}
	return out
}

// ledBy reads, from ts[i] (do), the head a sentence gives the body or the
// party organisation its clause opens on, the title printed after the name
// without the unit's name: "Ủy ban Kiểm tra Tỉnh ủy có 13 thành viên, do ông
// Nguyễn Hưng Vượng làm Chủ nhiệm"; "bầu Ủy ban Kiểm tra gồm 11 đồng chí do
// đồng chí Trần Ngọc Ẩn, Ủy viên Ban Thường vụ Tỉnh khóa X làm Chủ nhiệm";
// "Đảng bộ UBND tỉnh Quảng Trị do ông Trần Phong - Chủ tịch UBND tỉnh Quảng
// Trị làm Bí thư Đảng ủy"; "Đảng bộ Quân sự tỉnh do Bí thư Tỉnh ủy Quảng Trị
// Lê Ngọc Quang làm Bí thư Đảng ủy". The unit is the last one before do in
// the clause: a committee's body, whose head's title follows bare, or a
// party organisation, whose head's title follows with a bare Đảng ủy. The
// person's posts, in apposition or before the name, are read as well. Taken
// up when the sentence votes before.
func (p *parser) ledBy(i int) (recognize.PersonMention, int, bool) {
	ts := p.ts
	// Ban lễ tang Nhà nước gồm 21 người, Phó Thủ tướng A làm Trưởng ban: a
	// board counted, then its head after the comma, as after do.
	counted := ts[i].Mark(",") && p.countedBefore(i)
	if !(ts[i].Is("do") && !ts[i].Cap() || counted) {
		return recognize.PersonMention{}, i, false
	}
	from := i
	for from > 0 && !ts[from-1].Mark(".") && !ts[from-1].Mark(";") {
		from--
	}
	bodyStart, bodyEnd, body := -1, -1, units.Unit{}
	for k := from; k < i; k++ {
		// BCH cũng bầu Ủy ban Kiểm tra gồm 11 đồng chí do ...: the unit
		// named last before do, which the clause tells of.
		u, end, ok := p.units.At(k)
		if !ok && ts[k].Is("ban") {
			// ban lễ tang Nhà nước: a board of one task in small letters.
			if u, end, ok = p.units.After(k); ok && !u.AdHoc() {
				ok = false
			}
		}
		if ok && end <= i {
			bodyStart, bodyEnd, body = k, end, u
			k = end - 1
		}
	}
	if bodyStart < 0 || !body.Body() && !(body.Party() && !body.Bare()) && !body.AdHoc() || counted && !body.AdHoc() {
		return recognize.PersonMention{}, i, false
	}
	var own []post
	h := p.honorific(p.announced(i + 1))
	if h == i+1 {
		// do Bí thư Tỉnh ủy Quảng Trị Lê Ngọc Quang làm ...: posts, then
		// the name; else do gives a cause.
		posts, k, ok := p.chain(i + 1)
		if !ok {
			return recognize.PersonMention{}, i, false
		}
		own, h = posts, p.honorific(k)
	}
	end, ok := p.name(h, true)
	if !ok {
		return recognize.PersonMention{}, i, false
	}
	if end < len(ts) && (ts[end].Mark(",") || ts[end].Mark("-")) {
		more, _, _ := p.trailingVerb(end)
		own = append(own, more...)
	}
	k := p.after(end, own)
	if k < len(ts) && (ts[k].Mark(",") || ts[k].Mark("-")) {
		k++
	}
	// The verb, perhaps after a few words of the apposition the posts did
	// not read (Ủy viên Ban Thường vụ Tỉnh khóa X làm Chủ nhiệm).
	j, ok := -1, false
	for n := k; n < len(ts) && n <= k+4 && !ok; n++ {
		if ts[n].Mark(",") || ts[n].Mark(";") || ts[n].Mark(".") {
			break
		}
		if j, ok = scan.Seq(ts, n, "làm"); !ok {
			if j, ok = scan.Seq(ts, n, "giữ chức"); !ok {
				j, ok = scan.Seq(ts, n, "là") // do Tổng Bí thư A là Trưởng ban
			}
		}
	}
	if !ok {
		return recognize.PersonMention{}, i, false
	}
	t, e, ok := p.title(j)
	// Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, do Tổng Bí thư A
	// làm trưởng ban: a steering committee's head, printed by the title
	// alone (Trưởng Ban, whose Ban is the committee's).
	steers := body.AdHoc() && ok && t.Shares == 1
	if !ok || t.StandsAlone || t.Shares > 0 && !steers {
		return recognize.PersonMention{}, i, false
	}
	if steers {
		if _, _, named := p.units.At(e - t.Shares); named {
			return recognize.PersonMention{}, i, false // làm Trưởng Ban Tuyên giáo: the usual reading
		}
	}
	switch u, ue, named := p.units.At(e); {
	case (body.Body() || steers) && !named:
	case body.Party() && named && u.Bare():
		e = ue // làm Bí thư Đảng ủy: the organisation's committee
	default:
		return recognize.PersonMention{}, i, false // làm Chủ nhiệm Ủy ban X: the usual reading
	}
	if body.Body() && !body.LedBy(t.Name) {
		// bầu Ban Chấp hành Tỉnh Hội gồm 19 đồng chí do đồng chí A làm
		// Chủ tịch (trianlietsi 2015); thành lập Liên đoàn … và bầu BCH
		// gồm 5 người do ông B làm Chủ tịch: an executive committee has no
		// Chủ tịch of its own; its head is the association's, the last unit
		// before it in the clause that the title leads.
		if of := body.Of; of != nil && of.Kind == schema.UnitMass && of.LedBy(t.Name) {
			// Ban Chấp hành Hội Nông dân xã … do ông A làm Chủ tịch: the
			// association, printed as its own name inside the board's, so
			// that the board's name is no alias of it.
			if s, e, u, ok := p.assocBefore(bodyStart+1, bodyEnd, t.Name); ok {
				bodyStart, bodyEnd, body = s, e, u
			} else {
				body = *of
			}
		} else if s, e, u, ok := p.assocBefore(from, bodyStart, t.Name); ok {
			bodyStart, bodyEnd, body = s, e, u
		}
	}
	head := post{title: t.Name, start: j, end: e, unitStart: bodyStart, unitEnd: bodyEnd, unit: body, elected: p.electedBefore(i) || p.electedBefore(from+1)}
	return p.mention(h, end, append(own, head), schema.RoleOfficial), e, true
}

// assocBefore returns the last mass organisation named in ts[from:to] that a
// holder of title leads (units.Unit.LedBy: Chủ tịch of a Hội), with its span:
// the association whose executive committee a clause elects after naming it.
func (p *parser) assocBefore(from, to int, title string) (int, int, units.Unit, bool) {
	start, end, found := -1, -1, units.Unit{}
	for k := from; k < to; k++ {
		u, e, ok := p.units.At(k)
		if !ok || e > to {
			continue
		}
		if u.Kind == schema.UnitMass && u.LedBy(title) {
			start, end, found = k, e, u
		}
		k = e - 1
	}
	return start, end, found, start >= 0
}

// countedBefore reports whether the clause before the comma at ts[i] ends
// on a count of members (gồm 21 người, gồm có 15 thành viên).
func (p *parser) countedBefore(i int) bool {
	ts := p.ts
	for _, w := range lexicon.MemberNouns() {
		n := 0 // the noun's words, counted without cutting them out
		for range strings.FieldsSeq(w) {
			n++
		}
		k := i - n
		if k < 2 || !seq(ts, k, w) || !ts[k-1].Digits() {
			continue
		}
		return ts[k-2].Is("gồm") || k >= 3 && seq(ts, k-3, "gồm có")
	}
	return false
}

// grantedTo reads a decision that names the post before the person, from
// ts[i]: "phê chuẩn kết quả bầu: Chủ tịch Hội đồng Nhân dân tỉnh Điện Biên
// khóa XV đối với ông Lò Văn Phương" — the person, with the posts, taken up
// when the sentence elects, appoints or approves before them.
func (p *parser) grantedTo(i int) ([]recognize.PersonMention, int, bool) {
	ts := p.ts
	// công nhận Bí thư Tỉnh đoàn … đối với anh A: the Youth Union's
	// higher committee confirms whom a committee elected.
	recognised := i >= 2 && ts[i-1].Is("nhận") && ts[i-2].Is("công")
	// bầu Uỷ viên UBND TP khoá X đối với ông Phạm Nam Sơn: a council elects
	// the person named after the post.
	recognised = recognised || i >= 1 && ts[i-1].Is("bầu") && !ts[i-1].Cap() && !p.proposal(i)
	// chuẩn y chức danh Bí thư Tỉnh ủy Nghệ An đối với đồng chí A: the
	// post announced as such; bầu bổ sung chức danh Ủy viên UBND tỉnh đối
	// với ông A; ông B: the seat a council fills; (hiệp thương) cử giữ chức
	// danh Chủ tịch UBMTTQVN tỉnh … đối với ông A: the front's committee
	// seats the person it consulted on.
	// A proposal (đề nghị Bộ Chính trị chuẩn y …, sẽ chuẩn y) seats no one
	// yet.
	titled := false // the post announced as such after a decision's verb
	if i >= 4 && (seq(ts, i-2, "chức danh") || seq(ts, i-2, "chức vụ")) && !p.proposal(i) {
		for _, v := range []string{"chuẩn y", "phê chuẩn", "công nhận", "bổ nhiệm", "chỉ định", "cử giữ", "bổ sung"} {
			titled = titled || seq(ts, i-4, v)
		}
		recognised = recognised || titled
		// phê chuẩn kết quả bầu chức vụ Chủ tịch UBND tỉnh … đối với ông
		// A: the council's vote, its post announced as such.
		recognised = recognised || ts[i-3].Is("bầu") && !ts[i-3].Cap()
	}
	// giao quyền Tổng cục trưởng Tổng cục Thủy sản cho ông Nguyễn Ngọc Oai
	// (danviet 2017, pm005); giao quyền Chủ tịch UBND tỉnh Bắc Kạn … đối với
	// bà Đỗ Thị Minh Hoa (baochinhphu): the acting post handed to the person
	// named after it.
	handed := i >= 1 && ts[i-1].Is("giao") && !ts[i-1].Cap() && ts[i].Is("quyền") && p.startsTitle(i+1) && !p.proposal(i)
	if handed {
		titled, recognised = true, true
	}
	if i >= 2 && seq(ts, i-2, "chuẩn y") && !p.proposal(i) {
		// chuẩn y Bí thư Huyện ủy … đối với đồng chí A: the post the
		// higher committee approves, printed without chức danh.
		titled, recognised = true, true
	}
	if !p.startsTitle(i) && !handed || i > 0 && ts[i-1].Word && !ts[i-1].Is("và") && !recognised {
		return nil, i, false
	}
	posts, k, ok := p.chain(i)
	if !ok {
		return nil, i, false
	}
	j, ok := p.towardsAfter(k)
	if e, to := scan.Seq(ts, p.term(k), "cho"); !ok && to && titled && e < len(ts) && (seq(ts, e, "đồng chí") || ts[e].Is("ông", "bà") && !ts[e].Cap()) {
		// chuẩn y chức danh Bí thư Huyện ủy … cho ông A: the post
		// announced, then whom it goes to, as after đối với.
		j, ok = e, true
	}
	if !ok {
		return nil, i, false
	}
	who := p.addressees(j)
	if len(who) == 0 {
		return nil, i, false
	}
	elected := false
	for x := 0; x < i; x++ {
		elected = elected || ts[x].Is("bầu", "chuẩn") || seq(ts, x, "bổ nhiệm") || seq(ts, x, "chỉ định") || seq(ts, x, "công nhận") || seq(ts, x, "cử giữ") || seq(ts, x, "bổ sung")
	}
	for x := range posts {
		posts[x].elected = elected || handed
		posts[x].handed = handed
	}
	if len(who) == 1 && len(who[0].posts) == 0 {
		// ... đối với đồng chí A và chỉ định tham gia Đảng ủy Quân khu 4.
		a := who[0]
		seats := p.joined(a.end)
		return []recognize.PersonMention{p.mention(a.start, a.end, append(posts, seats...), schema.RoleOfficial)}, p.after(a.end, seats), true
	}
	var out []recognize.PersonMention
	for _, a := range who {
		own := slices.DeleteFunc(a.posts, func(q post) bool { return grants(posts, q) })
		if elected {
			// phê chuẩn kết quả bầu chức vụ Chủ tịch UBND tỉnh Hà Nam …
			// đối với ông A, Phó Bí thư Tỉnh ủy, Phó Chủ tịch UBND tỉnh Hà
			// Nam: the deputy's post left for the chair, as after bầu ông A
			// giữ chức.
			own = supersede(own, posts, false)
			own = own[:len(own)-len(posts)]
		}
		out, k = append(out, p.mention(a.start, a.end, append(append([]post(nil), posts...), own...), schema.RoleOfficial)), a.next
	}
	return out, k, true
}

// grants reports whether posts, a decision's, include q, printed again after
// a name (ông C, Phó chủ tịch UBND tỉnh Hải Dương nhiệm kỳ 2011-2016: the
// term before the one the decision approves, the same post).
func grants(posts []post, q post) bool {
	for _, g := range posts {
		if g.title == q.title && sameUnit(g.unit, q.unit) {
			return true
		}
	}
	return false
}

// closesList reports whether what follows a list of names at ts[k] leaves
// them the post printed before: the sentence's end, a mark, or the day or
// term the decision takes effect in (kể từ ngày, từ ngày, khóa, nhiệm kỳ).
func closesList(ts []scan.Token, k int) bool {
	return k >= len(ts) || !ts[k].Word || ts[k].Is("kể", "từ", "khóa", "khoá", "nhiệm")
}

// supplemented reads a seat given to the people a decision adds to a body,
// the seat printed before them, from ts[i]: "bổ sung Ủy viên Ủy ban MTTQ
// Việt Nam tỉnh khóa IX, nhiệm kỳ 2019 – 2024 đối với nguyên Phó Trưởng Ban
// Dân vận Tỉnh ủy Nguyễn Văn Khởi và Tỉnh ủy viên, Chủ tịch Hội Liên hiệp
// Phụ nữ tỉnh Trần Thị Kiều Yến" — each person, as the list prints them
// (posts then name, or name then posts), with the seat taken up.
func (p *parser) supplemented(i int) ([]recognize.PersonMention, int, bool) {
	ts := p.ts
	counted := i >= 3 && (ts[i-1].Digits() || slices.Contains(lexicon.CountWords(), ts[i-1].Key)) && seq(ts, i-3, "bổ sung")
	if i < 2 || !seq(ts, i-2, "bổ sung") && !counted || !p.startsTitle(i) {
		return nil, i, false
	}
	seats, k, ok := p.chain(i)
	if !ok {
		return nil, i, false
	}
	j, ok := p.towardsAfter(k)
	if !ok {
		return nil, i, false
	}
	// bầu bổ sung 3 Ủy viên UBND TPHCM đối với các ông: A (Giám đốc Sở
	// ...), ông B (...) và ông C (...): the people, announced as a group.
	for _, w := range []string{"các đồng chí", "các ông", "các bà"} {
		if e, ok := scan.Seq(ts, j, w); ok {
			j = e
			if j < len(ts) && ts[j].Mark(":") {
				j++
			}
			break
		}
	}
	var out []recognize.PersonMention
	for j < len(ts) {
		m, end, ok := p.person(j)
		if !ok || m.Name.Text == "" {
			break
		}
		if len(m.Posts) > 0 && end < len(ts) && ts[end].Mark(")") {
			end++ // A (Giám đốc Sở Xây dựng), B (...)
		}
		for _, q := range seats {
			pm := p.postMention(q)
			pm.Elected = true
			m.Posts = append(m.Posts, pm)
		}
		m.Role = schema.RoleOfficial
		out, j = append(out, m), end
		if j+1 < len(ts) && (ts[j].Is("và") || ts[j].Mark(",") || ts[j].Mark(";")) {
			j++
			continue
		}
		break
	}
	return out, j, len(out) > 0
}

// towardsAfter reads the term of the posts a decision names, from ts[k],
// and the "đối với" after it, perhaps set off by a comma: "phê chuẩn kết quả
// bầu bổ sung chức vụ Phó Chủ tịch UBND tỉnh Tiền Giang, nhiệm kỳ 2016-2021,
// đối với ông Nguyễn Văn Mười" (thtg). It returns the index after đối với.
func (p *parser) towardsAfter(k int) (int, bool) {
	ts := p.ts
	j := p.term(k)
	if j+1 < len(ts) && ts[j].Mark(",") && seq(ts, j+1, "đối với") {
		j++
	}
	return scan.Seq(ts, j, "đối với")
}

// towards reads "đối với" and the person a decision concerns, from ts[k]:
// đối với (đồng chí|ông|bà) Name. It returns where the name begins and ends.
func (p *parser) towards(k int) (int, int, bool) {
	ts := p.ts
	j, ok := scan.Seq(ts, k, "đối với")
	if !ok {
		return 0, 0, false
	}
	// đối với: Ông A, ông B và bà C — a list after a colon opens on a
	// capital honorific.
	colon := j < len(ts) && ts[j].Mark(":")
	if colon {
		j++
	}
	if e, ok := scan.Seq(ts, j, "đồng chí"); ok {
		j = e
	} else if j < len(ts) && ts[j].Is("ông", "bà", "anh", "chị") && (!ts[j].Cap() || colon) {
		j++ // anh, chị: how the Youth Union's pages name its officials
	}
	h := p.honorific(j)
	end, ok := p.name(h, true)
	return h, end, ok
}

// leftBy reads a decision that names the posts left before the person, from
// ts[i]: "(cho) thôi giữ chức Bí thư Tỉnh ủy Hà Giang nhiệm kỳ 2020-2025 đối
// với đồng chí Đặng Quốc Khánh" — the person, with those posts former.
func (p *parser) leftBy(i int) (recognize.PersonMention, int, bool) {
	left, dated, k, ok := p.leftDecision(i)
	if !ok {
		return recognize.PersonMention{}, i, false
	}
	h, end, ok := p.towards(k)
	if !ok {
		return recognize.PersonMention{}, i, false
	}
	own, _ := p.trailing(end, false)
	for x := range own {
		own[x].former = own[x].former || p.retired(p.after(end, own))
	}
	m := p.mention(h, end, leave(own, left), schema.RoleOfficial)
	if dated {
		for x := range m.Posts {
			if m.Posts[x].Former {
				// từ ngày 1/6/2021 is when the posts left end, never their start.
				m.Posts[x].Start = model.When{}
			}
		}
	}
	return m, p.after(end, own), true
}

// leftAll reads a decision that ends a post of several people named after
// it, announced together: "Thôi giữ chức Thứ trưởng Bộ Quốc phòng từ ngày
// 1/6/2021 đối với các đồng chí Thượng tướng: Lê Chiêm, Trần Đơn, Nguyễn
// Chí Vịnh và Bế Xuân Trường" (haiquanonline 2021) — each with the posts
// left former, besides those printed after the name. One person is
// leftBy's.
func (p *parser) leftAll(i int) ([]recognize.PersonMention, int, bool) {
	ts := p.ts
	left, _, k, ok := p.leftDecision(i)
	if !ok {
		return nil, i, false
	}
	j, ok := scan.Seq(ts, k, "đối với")
	if !ok || j >= len(ts) || !ts[j].Is("các") || ts[j].Cap() {
		return nil, i, false
	}
	var out []recognize.PersonMention
	for _, a := range p.addressees(j) {
		posts := append(append([]post(nil), left...), a.posts...)
		m := p.mention(a.start, a.end, posts, schema.RoleOfficial)
		for x := 0; x < len(left) && x < len(m.Posts); x++ {
			// từ ngày 1/6/2021 is when the post ends, never its start.
			m.Posts[x].Start = model.When{}
		}
		out, k = append(out, m), a.next
	}
	if len(out) < 2 {
		return nil, i, false
	}
	return out, k, true
}

// leftDecision reads the opening of a decision that ends posts, from ts[i],
// which leftBy and leftAll share: "(cho) thôi giữ chức X" (leaving), then
// the day it takes effect from (từ ngày 1/6/2021, effectiveFrom) and a
// comma. It returns the posts left, whether the day is printed, and the
// index after them, where the people the decision concerns are named.
func (p *parser) leftDecision(i int) (left []post, dated bool, k int, ok bool) {
	ts := p.ts
	if !ts[i].Is("thôi") || i > 0 && !ts[i-1].Is("cho") && !ts[i-1].Mark(",") && !ts[i-1].Is("định", "và") {
		return nil, false, i, false
	}
	left, k = p.leaving(i)
	if len(left) == 0 {
		return nil, false, i, false
	}
	e := effectiveFrom(ts, k)
	dated, k = e > k, e
	if k < len(ts) && ts[k].Mark(",") {
		k++
	}
	return left, dated, k, true
}

// effectiveFrom returns the index after the day a decision takes effect
// from, printed at ts[k] between the posts it ends and whom ("từ ngày
// 1/6/2021", "kể từ ngày 01/8/2020"), or k.
func effectiveFrom(ts []scan.Token, k int) int {
	j, ok := scan.Seq(ts, k, "kể từ ngày")
	if !ok {
		if j, ok = scan.Seq(ts, k, "từ ngày"); !ok {
			return k
		}
	}
	n := j
	for n < len(ts) && n < j+5 && (strings.ContainsAny(ts[n].Text, "0123456789") || ts[n].Mark("/") || ts[n].Mark("-")) {
		n++
	}
	if n == j {
		return k
	}
	return n
}

// seats reads the bodies a person sits in, from ts[k]: "Ban Chấp hành, Ban
// Thường vụ Tỉnh ủy", "Ban Chấp hành Trung ương Đảng khóa XIII" — each the
// post Ủy viên of that body — and the index after them.
func (p *parser) seats(k int) ([]post, int) {
	ts := p.ts
	var out []post
	for k < len(ts) {
		u, end, ok := p.units.At(k)
		// A party group is a seat's body too: Ban cán sự đảng Bộ Tư pháp,
		// Đảng đoàn Ủy ban Trung ương MTTQ Việt Nam.
		if !ok || !u.Body() && u.Kind != schema.UnitPartyOrg && u.Kind != schema.UnitCentral && u.Kind != schema.UnitPartyBody {
			break
		}
		after := p.term(end)
		out = append(out, post{title: "Ủy viên", start: k, end: after, unitStart: k, unitEnd: end, unit: u, printedEnd: end})
		k = after
		if k+1 < len(ts) && (ts[k].Mark(",") || ts[k].Is("và")) && p.startsUnit(k+1) {
			k++
			continue
		}
		break
	}
	return out, k
}

// leave marks the posts in apposition, before, that the posts left name
// (the same unit, the title or a title beginning with it: Phó Chủ tịch
// Thường trực UBND tỉnh left as Phó Chủ tịch UBND tỉnh), and returns them with
// the posts left that none of them is.
func leave(before, left []post) []post {
	out := append([]post(nil), before...)
	for _, l := range left {
		if l.all {
			// xin thôi các chức vụ lãnh đạo, quản lý: every post before it.
			for x := range before {
				out[x].former = true
			}
			continue
		}
		if l.atUnit {
			// thôi giữ chức vụ tại Ban X: every post before it in Ban X.
			for x, q := range before {
				if q.unitEnd > q.unitStart && sameUnit(q.unit, l.unit) {
					out[x].former = true
				}
			}
			continue
		}
		same := false
		for x, q := range out {
			if x < len(before) && (q.title == l.title || strings.HasPrefix(q.title, l.title+" ")) &&
				(q.unitEnd > q.unitStart) == (l.unitEnd > l.unitStart) && (q.unitEnd == q.unitStart || sameUnit(q.unit, l.unit)) ||
				x < len(before) && (secretariatSeat(q, l) || committeeSeat(q, l)) {
				out[x].former, same = true, true
			}
		}
		if !same {
			out = append(out, l)
		}
	}
	return out
}

// secretarySeats drops from posts the seats left in a committee and its
// standing body (thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy) where
// the person holds or leaves a secretary's post of a party committee: "thôi
// giữ chức Bí thư Tỉnh ủy, thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh
// ủy Sóc Trăng" ends the secretary's post, whose seats go with it and are
// not told apart (as the real set's gold reads b055, m020, e013). Seats
// left with no such post are kept (cho thôi tham gia Ban Chấp hành, Ban
// Thường vụ Tỉnh ủy: both former).
func secretarySeats(posts []post) []post {
	var places []units.Place
	anyPlace := false
	for _, q := range posts {
		if !q.seat && (strings.HasPrefix(q.title, "Bí thư") || strings.HasPrefix(q.title, "Phó Bí thư")) &&
			q.unitEnd > q.unitStart && q.unit.Kind == schema.UnitPartyOrg {
			pl, _ := q.unit.CommitteePlace()
			places = append(places, pl)
			// thôi giữ chức Bí thư Tỉnh ủy, thôi tham gia … Tỉnh ủy Sóc
			// Trăng: the province printed once, at the end of what is left.
			anyPlace = anyPlace || q.former && pl.Name == ""
		}
	}
	if len(places) == 0 {
		return posts
	}
	// The seat is the secretary's committee's: the same place, or one the
	// seat leaves unsaid (thôi tham gia Ban Chấp hành, Ban Thường vụ).
	ofSecretary := func(q post) bool {
		pl, ok := q.unit.CommitteePlace()
		if !ok || pl.Name == "" || anyPlace {
			return true
		}
		for _, s := range places {
			if s.Name != "" && vn.Key(s.Name) == vn.Key(pl.Name) {
				return true
			}
		}
		return false
	}
	out := posts[:0:0]
	for _, q := range posts {
		if !q.seat || !ofSecretary(q) {
			out = append(out, q)
		}
	}
	return out
}

// secretariatSeat reports whether leaving l, a seat in the Ban Bí thư (thôi
// tham gia Ban Bí thư khóa XIII), ends q, the post Bí thư Trung ương Đảng
// that the seat is: the Secretariat's members are the Central Committee's
// secretaries.
func secretariatSeat(q, l post) bool {
	return l.title == "Ủy viên" && l.unitEnd > l.unitStart && l.unit.Head == "Ban Bí thư" &&
		q.title == "Bí thư" && q.unitEnd > q.unitStart && q.unit.Head == lexicon.CentralCommittee
}

// committeeSeat reports whether leaving l, a seat in a party committee's
// Ban Chấp hành or Ban Thường vụ (thôi tham gia Ban Chấp hành, Ban Thường vụ
// Tỉnh ủy Vĩnh Long), ends q, a post of that committee itself (Bí thư Tỉnh
// ủy Vĩnh Long): its secretaries sit in both.
func committeeSeat(q, l post) bool {
	if l.title != "Ủy viên" || l.unitEnd == l.unitStart || l.unit.Of == nil || l.unit.Head != "Ban Chấp hành" && l.unit.Head != "Ban Thường vụ" {
		return false
	}
	return q.unitEnd > q.unitStart && q.unit.Kind == schema.UnitPartyOrg && sameUnit(*l.unit.Of, q.unit)
}

// phrase is the text of tokens [i, j) with its span in the article.
func (p *parser) phrase(i, j int) recognize.Phrase {
	s, e := p.ts[i].Start, p.ts[j-1].End
	return recognize.Phrase{Text: vn.NFC(string(p.rs[s:e])), Span: model.Span{Start: p.base + s, End: p.base + e}}
}

// chain reads one or more posts from ts[i], joined by commas or kiêm: Ủy viên
// Bộ Chính trị, Bí thư Thành ủy TPHCM.
func (p *parser) chain(i int) ([]post, int, bool) {
	i = p.rank(i)
	q, j, ok := p.post(i)
	if !ok {
		if q, j, ok = p.lowerBeforePost(i); !ok {
			return nil, i, false
		}
	}
	var posts []post
	if x, ok := p.unreadItem(i, j); ok && j > i {
		// Ủy viên dự khuyết Bộ Chính trị, nguyên Phó Chủ tịch Hội đồng Bộ
		// trưởng, ...: the first item too (unreadItem).
		j = x
	} else {
		q, j = p.old(q, j)
		posts = []post{q}
	}
	for j < len(p.ts) {
		k := j
		// Posts are joined by commas, kiêm, or dashes (Phó Bí thư Tỉnh ủy -
		// Chủ tịch UBND tỉnh).
		joined := p.ts[k].Is("kiêm")
		if p.ts[k].Mark(",") || joined || p.ts[k].Mark("-") {
			k++
			if !joined && k < len(p.ts) && p.ts[k].Is("kiêm") && !p.ts[k].Cap() {
				// Phó Chủ tịch, kiêm Tổng Thư ký Hội Nhà báo Việt Nam.
				joined = true
				k++
			}
		} else if p.ts[k].Mark(";") && seq(p.ts, k+1, "đồng thời") {
			// giữ chức Bí thư Huyện ủy; đồng thời giữ chức Chủ tịch HĐND
			// huyện: the clause after the semicolon leaves its subject out.
			k++
		} else if p.ts[k].Mark(";") && k+1 < len(p.ts) && p.ts[k+1].Is("kiêm") && !p.ts[k+1].Cap() {
			// làm Phó giám đốc Học viện Ngoại giao; kiêm nhiệm Viện trưởng
			// ... (kenhhot 2021, v002): so does kiêm after it.
			joined = true
			k += 2
		} else {
			break
		}
		if joined {
			// Chủ tịch UBND tỉnh Quảng Nam kiêm nhiệm chức danh Trưởng
			// đoàn đại biểu Quốc hội tỉnh (dantri 2015): the words that say
			// the post is held with the last, when a post follows them.
			for _, w := range lexicon.HeldWithWords() {
				if e, ok := scan.Seq(p.ts, k, w); ok {
					if _, _, ok := p.post(e); ok {
						k = e
					}
					break
				}
			}
		}
		k = p.rank(k)
		// Bí thư Huyện ủy, đồng thời là Chủ tịch HĐND huyện: one more post;
		// đồng thời giữ chức, đồng thời làm: given with it.
		if e, ok := scan.Seq(p.ts, k, "đồng thời là"); ok {
			k = e
		} else if e, ok := scan.Seq(p.ts, k, "đồng thời"); ok {
			k = e
			for _, w := range []string{"giữ chức vụ", "giữ chức", "làm", "kiêm"} {
				if e, ok := scan.Seq(p.ts, k, w); ok {
					k = e
					break
				}
			}
		}
		q, e, ok := p.post(k)
		if !ok {
			if x, ok := p.unreadItem(k, k); ok {
				// nguyên Ủy viên Ủy ban Thường vụ Quốc hội, nguyên Trưởng
				// Ban Công tác đại biểu, nguyên Phó Trưởng Ban Tổ chức
				// Trung ương (soha, i026): a post whose unit the reader
				// does not know is left out, and the list goes on after it.
				j = x
				continue
			}
			break
		}
		if x, ok := p.unreadItem(k, e); ok && e > k {
			// nguyên phó chủ tịch Hội đồng Bộ trưởng, nguyên Tư lệnh ...:
			// the title read without the unit printed after it, which the
			// reader does not know; the post is left out (no unit of the
			// sentence is its), and the list goes on after it.
			j = x
			continue
		}
		q, e = p.old(q, e)
		// A national title alone then a comma is the title as an address
		// ("Báo cáo với Tổng Bí thư, Bí thư Tỉnh ủy X"), unless what follows is
		// national too (Tổng Bí thư, Chủ tịch nước Tô Lâm). Kiêm joins two
		// posts of one person whatever they are (Phó thủ tướng kiêm Phó ban
		// Chỉ đạo chống tham nhũng Trung ương, vneconomy 2007).
		if len(posts) == 0 {
			posts, j = append(posts, q), e
			continue
		}
		if len(posts) == 1 && !joined && posts[0].alone && !posts[0].former && posts[0].unitEnd == posts[0].unitStart && !q.national() {
			break
		}
		posts, j = append(posts, q), e
	}
	if len(posts) == 0 {
		return nil, i, false
	}
	if e, ok := p.thenAfter(j); ok {
		// "TS Vũ Tiến Lộc, Chủ tịch VCCI khi đó đã nói rằng"
		// (doanhnghiephungyen, dc004): the posts as they were then, held
		// no more.
		for x := range posts {
			posts[x].former = true
		}
		j = e
	}
	return posts, j, true
}

// unreadItem reports whether the item of a list of posts that opens at
// ts[k] is a post the reader cannot read whole — a title (after nguyên, cố or
// cựu) then, from ts[tail] on, a unit's name the reader does not know — set
// off by a comma or a semicolon from a next item that opens on a title; it
// returns the index of that comma or semicolon. The unread words must hold
// one in small letters (Ban Công tác đại biểu, Hội đồng Bộ trưởng, Ủy ban
// Kế hoạch Nhà nước), which a person's name never does: "Chủ tịch HĐND tỉnh
// Nguyễn Văn A, Phó Bí thư …" is a post then its holder, not an item.
func (p *parser) unreadItem(k, tail int) (int, bool) {
	ts := p.ts
	if k >= len(ts) {
		return k, false
	}
	if ts[k].Is("nguyên", "cố", "cựu") {
		k++
	}
	if tail == k || tail == k-1 {
		_, e, ok := p.title(k)
		if !ok {
			return k, false
		}
		tail = e
	}
	if tail >= len(ts) || !ts[tail].Word || !ts[tail].Cap() || p.startsTitle(tail) {
		return k, false
	}
	if _, ok := p.name(tail, false); ok {
		return k, false // Tổng Bí thư Nguyễn Phú Trọng chủ trì, ...: the holder
	}
	for _, h := range lexicon.UnitHeads() {
		if e, ok := scan.Seq(ts, tail, h.Text); ok && e < len(ts) && (ts[e].Mark(",") || ts[e].Mark(";")) {
			// Chính uỷ Quân khu, Bí thư Đảng uỷ Quân khu 7 (a022): a unit's
			// head alone, which the sentence completes; the post is read.
			return k, false
		}
	}
	lower, depth := false, 0
	for x := tail; x < len(ts) && x < tail+14; x++ {
		t := ts[x]
		switch {
		case t.Mark("("):
			depth++
		case t.Mark(")"):
			depth--
		case depth > 0:
		case t.Word && !t.Cap() && t.Is(lexicon.FieldStops()...):
			return k, false // a clause goes on: no unit's name
		case t.Mark(",") || t.Mark(";"):
			n := x + 1
			if n < len(ts) && ts[n].Is("nguyên", "cố", "cựu") {
				n++
			}
			if !lower || n >= len(ts) || !p.startsTitle(n) {
				return k, false
			}
			return x, true
		case !t.Word && !t.Mark("-"):
			return k, false
		case !t.Cap():
			lower = true
		}
	}
	return k, false
}

// thenAfter reads a word of lexicon.ThenWords at ts[k], and returns the
// index after it. Followed by là or đang it opens a clause of its own (Bí
// thư Tỉnh ủy khi đó là ông A: the post, then its holder), as it does
// followed by a subject or an age (khi đó ông mới 40 tuổi), and is not read.
func (p *parser) thenAfter(k int) (int, bool) {
	for _, w := range lexicon.ThenWords() {
		if e, ok := scan.Seq(p.ts, k, w); ok {
			if e < len(p.ts) && p.ts[e].Is("là", "đang", "ông", "bà", "anh", "chị", "mới", "chỉ") {
				// A clause of its own, with its subject or its age: "được
				// bầu làm Chủ tịch UBND tỉnh khi đó ông mới 40 tuổi",
				// "lúc ấy mới 45 tuổi" date the person, not the posts.
				return k, false
			}
			return e, true
		}
	}
	return k, false
}

// lowerBeforePost reads a title in small letters printed without its unit
// at ts[i] when a dash, a comma or kiêm and a post with its unit follow it,
// as pages that print titles in small letters list a person's posts (Nguyễn
// Tất Thành – phó bí thư- chủ tịch UBND huyện; ông A, phó chủ tịch kiêm tổng
// thư ký Hội Nhà báo Việt Nam): the title is a post there,
// its unit left to the article, as a capitalised one is. Alone, or before
// anything but such a post, a title in small letters is a common noun.
func (p *parser) lowerBeforePost(i int) (post, int, bool) {
	ts := p.ts
	if i >= len(ts) || !ts[i].Word || ts[i].Cap() {
		return post{}, i, false
	}
	// It opens the posts: after a mark (a dash or a comma after the
	// name) or a verb (làm bộ trưởng, chủ nhiệm Ủy ban Dân tộc), not inside
	// a unit's name (Trưởng Ban Công tác đại biểu, phó trưởng Ban ...).
	if i > 0 && ts[i-1].Word && !ts[i-1].Is("làm", "là", "chức", "vụ") {
		return post{}, i, false
	}
	t, e, ok := p.title(i)
	if !ok || t.Shares > 0 || t.StandsAlone || e+1 >= len(ts) || !ts[e].Mark("-") && !ts[e].Mark(",") && !(ts[e].Is("kiêm") && !ts[e].Cap()) {
		return post{}, i, false
	}
	if next, _, ok := p.post(e + 1); !ok || next.unitEnd == next.unitStart {
		return post{}, i, false
	}
	return post{title: t.Name, start: i, end: e}, e, true
}

// rank returns the index of the post after a rank or degree printed as one
// more item among posts (Ủy viên Trung ương Đảng, Trung tướng, Tư lệnh Quân
// khu 5; LÊ CHIÊM - Trung tướng, Thứ trưởng Bộ Quốc phòng), or k.
func (p *parser) rank(k int) int {
	if h := p.honorific(k); h > k && h+1 < len(p.ts) && p.ts[h].Mark(",") {
		if _, _, ok := p.post(h + 1); ok {
			return h + 1
		}
	}
	// Đại tá Chỉ huy trưởng Bộ chỉ huy Quân sự tỉnh: a military rank glued
	// to the title it goes with (huongtra 2010), no post and no part of it.
	if h := p.militaryRank(k); h > k && h < len(p.ts) && p.ts[h].Cap() {
		if _, _, ok := p.post(h); ok {
			return h
		}
	}
	return k
}

// militaryRank returns the index after a military rank printed with its
// capital at ts[k] (Đại tá, Thiếu tướng), or k.
func (p *parser) militaryRank(k int) int {
	if k >= len(p.ts) || !p.ts[k].Cap() {
		return k // đại tá in small letters is a common noun (hai đại tá)
	}
	for _, r := range lexicon.MilitaryRanks() {
		if j, ok := scan.Seq(p.ts, k, r); ok {
			return j
		}
	}
	return k
}

// old marks the post q, read up to ts[e], former when cũ (old) follows it
// ("ông A, Bí thư Tỉnh ủy Bắc Ninh cũ, Phó Chủ tịch ..."), and returns it with
// the index after cũ. A cũ in parentheses after a province (tỉnh Bình Dương
// (cũ)) names the province before a merger, not the post: it is not read.
func (p *parser) old(q post, e int) (post, int) {
	if e < len(p.ts) && p.ts[e].Is("cũ") && !p.ts[e].Cap() {
		q.former, q.end = true, e+1
		return q, e + 1
	}
	return q, e
}

// trailing reads the posts printed after a name: a comma, a dash or a
// parenthesis, then posts joined by commas or kiêm, up to the first thing that
// is not a post (the verb: "thông tin", "đã báo cáo", "phụ trách"); or a verb
// of taking up a post, then posts (được bầu giữ chức Bí thư ...), reported as
// elected unless the verb only says the post is held (giữ chức).
//
// Posts printed after a comma and then a verb of taking up a post are the
// posts held before it: "đồng chí A, Phó Chủ tịch UBND tỉnh, được bầu giữ
// chức Chủ tịch UBND tỉnh". appointed is set when the sentence appoints or
// transfers the person (điều động, chỉ định đồng chí A, ...), which lets the
// verb stand further on ("..., tham gia Ban Chấp hành và giữ chức Bí thư").
func (p *parser) trailing(end int, appointed bool) ([]post, bool) {
	posts, elected, byVerb := p.trailingVerb(end)
	if byVerb {
		return posts, elected || p.electedBefore(end)
	}
	if len(posts) == 0 {
		// Bà A, Trưởng phòng Kế hoạch, được bổ nhiệm làm Phó Giám đốc Sở:
		// an apposition that is no post of the gazetteer, then the verb.
		if k := p.appositionEnd(end); k > end {
			if more, _, ok := p.takenUp(k, appointed); ok {
				return more, false
			}
		}
		if more, _, ok := p.takenUp(end, false); ok && end < len(p.ts) && p.ts[end].Mark(",") {
			// Ủy viên Ủy ban MTTQ tỉnh Nguyễn Văn Khởi, giữ chức vụ Phó
			// Chủ tịch: the name, a comma, then the verb.
			return more, false
		}
		if appointed && seq(p.ts, end, "tham gia") {
			// chỉ định ông A tham gia Ban Chấp hành Đảng bộ, Ban Thường vụ
			// Huyện ủy và giữ chức Bí thư Huyện ủy Nhơn Trạch: the bodies,
			// then the post the decision gives.
			if more, _, ok := p.takenUp(end, appointed); ok {
				return more, false
			}
		}
		return posts, elected
	}
	// Chủ tịch UBND tỉnh khóa XVII tiếp tục được bầu giữ chức ...: the
	// verb after the term the last post is printed with.
	k := p.unitAside(p.term(p.after(end, posts)))
	left, e := p.leaving(k)
	if len(left) > 0 {
		// Đồng chí A, Phó Chủ tịch UBND tỉnh, thôi giữ chức Phó Chủ tịch
		// UBND tỉnh: the post in apposition, left; and every post when
		// the decision lets the person retire (để nghỉ hưu).
		posts, k = secretarySeats(leave(posts, left)), e
		if p.retired(k) {
			for x := range posts {
				posts[x].former = true
			}
		}
		// ... thôi giữ chức Bí thư Đảng ủy X; điều động, phân công, chỉ
		// định ... giữ chức Phó Bí thư Thường trực Đảng ủy Quốc hội: the
		// decision goes on to the post the person is moved to.
		if ts := p.ts; k+1 < len(ts) && ts[k].Mark(";") {
			for _, w := range []string{"điều động", "phân công", "chỉ định", "bổ nhiệm", "luân chuyển"} {
				if seq(ts, k+1, w) {
					k++
					break
				}
			}
		}
	}
	more, transfer, ok := p.takenUp(k, appointed || len(left) > 0)
	if !ok {
		if appointed && len(left) == 0 {
			// chỉ định đồng chí A, Phó Bí thư Quận ủy, Chủ tịch UBND Quận 12,
			// tham gia Ban Chấp hành Đảng bộ TP. Hồ Chí Minh (xaydungdang
			// 2016): the decision gives a seat only.
			if seats := p.joined(k); len(seats) > 0 {
				return append(posts, seats...), false
			}
		}
		if shared, transfer, ok := p.andNext(k, appointed); ok {
			// A, Chủ tịch UBND phường, và B, Chủ tịch HĐND phường, được bầu
			// làm Phó Bí thư: the verb after B gives the post to both, and
			// a transfer (được điều động giữ chức) ends A's posts before it
			// as it ends B's.
			return supersede(posts, shared, transfer || appointed && p.transferring()), false
		}
		return posts, false
	}
	more = p.reelected(posts, more)
	return append(supersede(posts, more, transfer || appointed && p.transferring()), p.joined(p.after(k, more))...), false
}

// reelected gives a post taken up with a bare Hội after its title (tái cử
// Chủ tịch Hội) the association of the same title the person held before
// it in the sentence: Ông Đào Nguyên Hùng, Chủ tịch Hội CCB thị trấn nhiệm
// kỳ 2017 – 2022 tái cử Chủ tịch Hội nhiệm kỳ 2022 – 2027 — re-elected to
// that association's chair, not to the last association the article names.
func (p *parser) reelected(before, more []post) []post {
	ts := p.ts
	for x, n := range more {
		e := n.end
		if n.unitEnd > n.unitStart || e >= len(ts) || !ts[e].Is("hội") || !ts[e].Cap() || e+1 < len(ts) && ts[e+1].Word && ts[e+1].Cap() {
			continue
		}
		for _, q := range before {
			if q.title == n.title && !q.former && q.unitEnd > q.unitStart && strings.HasPrefix(q.unit.Head, "Hội ") {
				more[x].unit, more[x].unitStart, more[x].unitEnd, more[x].unitName = q.unit, q.unitStart, q.unitEnd, q.unitName
				break
			}
		}
	}
	return more
}

// unitAside returns the index after a bracket at ts[k] that names a post's
// unit again or the body it belongs to, or k: "Phó Giám đốc Sở Thông tin và
// Truyền thông (TT&TT) giữ chức Giám đốc Sở TT&TT", "Cục trưởng Cục An ninh
// nội địa (Bộ Công an), tham gia Ban Chấp hành ... và giữ chức" — the verb
// after it is read. A bracket that begins with a post, a number or (cũ) is
// no such name.
func (p *parser) unitAside(k int) int {
	ts := p.ts
	if k+2 >= len(ts) || !ts[k].Mark("(") || !ts[k+1].Cap() || p.startsTitle(k+1) {
		return k
	}
	for j := k + 1; j < len(ts) && j <= k+8; j++ {
		switch {
		case ts[j].Mark(")"):
			if j == k+1 {
				return k
			}
			return j + 1
		case ts[j].Digits() || !ts[j].Word && !ts[j].Mark("&") && !ts[j].Mark("-"):
			return k
		}
	}
	return k
}

// joined reads, from ts[k], the committees a decision appoints the person
// to join after the post it gives: "...; chỉ định tham gia Đảng ủy Quân khu 3
// nhiệm kỳ 2025–2030", ", chỉ định tham gia Đảng đoàn Ủy ban Trung ương Mặt
// trận Tổ quốc Việt Nam", "giữ chức vụ Thứ trưởng Bộ Tư pháp và tham gia Ban
// cán sự Đảng Bộ Tư pháp" (vietnamplus 2015) — a seat in each (Ủy viên),
// taken up.
func (p *parser) joined(k int) []post {
	ts := p.ts
	if k >= len(ts) || !ts[k].Mark(";") && !ts[k].Mark(",") && !ts[k].Is("và") {
		return nil
	}
	h := k + 1
	if e, ok := scan.Seq(ts, h, "được"); ok {
		h = e
	}
	if e, ok := scan.Seq(ts, h, "chỉ định"); ok {
		h = e
	}
	e, ok := scan.Seq(ts, h, "tham gia")
	if !ok {
		return nil
	}
	seats, _ := p.seats(e)
	for x := range seats {
		seats[x].elected = true
	}
	return seats
}

// andNext reads, from ts[k], "và" and the next name with its posts in
// apposition, then the verb that gives them a post: the post the verb gives,
// which the name before "và" shares, and whether the verb transfers (which
// ends the posts before it, supersede).
func (p *parser) andNext(k int, appointed bool) (posts []post, transfer, ok bool) {
	ts := p.ts
	if k < len(ts) && ts[k].Mark(",") {
		k++
	}
	// bầu ông A - Chánh Thanh tra TPHCM, ông B - Giám đốc Sở Tài chính
	// TPHCM và ông C - ... giữ chức Phó Chủ tịch UBND TPHCM (vietnamnet
	// 2021): the items before the last joined by commas, each announced
	// and with posts of its own, share the verb too.
	for n := 0; n < 6 && !seq(ts, k, "và"); n++ {
		e, ok := p.listItem(k)
		if !ok {
			return nil, false, false
		}
		k = e
	}
	if !seq(ts, k, "và") {
		return nil, false, false
	}
	k++
	if j, ok := scan.Seq(ts, k, "đồng chí"); ok {
		k = j
	} else if k < len(ts) && ts[k].Is("ông", "bà", "anh", "chị") && !ts[k].Cap() {
		k++
	}
	k = p.honorific(k)
	e, ok := p.name(k, true)
	if !ok {
		return nil, false, false
	}
	e = p.aside(p.born(e))
	own, _, _ := p.trailingVerb(e)
	more, transfer, ok := p.takenUp(p.after(e, own), appointed)
	if !ok {
		return nil, false, false
	}
	out := make([]post, len(more))
	copy(out, more)
	for x := range out {
		out[x].shared = true // the next name is read on its own
	}
	return out, transfer, true
}

// listItem reads at ts[k] one item of a list run on by commas: a name
// announced (ông, bà, đồng chí), its posts in apposition and nothing more
// (no verb of its own), then a comma or và; it returns the index after the
// comma, or of và.
func (p *parser) listItem(k int) (int, bool) {
	ts := p.ts
	h := k
	if x, ok := scan.Seq(ts, h, "đồng chí"); ok {
		h = x
	} else if h < len(ts) && ts[h].Is("ông", "bà") && !ts[h].Cap() {
		h++
	} else {
		return k, false
	}
	e, ok := p.name(p.honorific(h), true)
	if !ok {
		return k, false
	}
	own, _, byVerb := p.trailingVerb(e)
	if byVerb || len(own) == 0 {
		return k, false
	}
	e = p.after(e, own)
	switch {
	case e < len(ts) && ts[e].Is("và"):
		return e, true
	case e+1 < len(ts) && ts[e].Mark(","):
		return e + 1, true
	}
	return k, false
}

// appositionEnd returns the index of the comma that closes an apposition
// opened by the comma at ts[end] ("A, Trưởng phòng Kế hoạch, ..."), or end
// when there is none within a few words.
func (p *parser) appositionEnd(end int) int {
	ts := p.ts
	if end >= len(ts) || !ts[end].Mark(",") {
		return end
	}
	for k := end + 1; k < len(ts) && k <= end+9; k++ {
		if ts[k].Mark(",") {
			return k
		}
		// Bà Đoàn Thị Hảo, Trưởng ban văn hoá xã hội HĐND giữ chức Phó Chủ
		// tịch HĐND tỉnh: an apposition that opens on a title ends where a
		// verb of taking up a post begins, without a comma (a list of names
		// before the verb is no apposition); a dash may join its words
		// (Trưởng Ban Dân chủ - Pháp luật).
		if k > end+1 && ts[k].Word && p.startsTitle(end+1) && takesUpAt(ts, k) {
			return k
		}
		if !ts[k].Word && !ts[k].Mark("-") {
			return end
		}
	}
	return end
}

// takesUpAt reports whether a verb of taking up a post (takingUp) that
// cannot be read otherwise begins at ts[k]: giữ chức, được bầu, tái đắc cử
// ..., not là or làm alone.
func takesUpAt(ts []scan.Token, k int) bool {
	for _, v := range takingUp() {
		if v.words == "là" || v.words == "làm" || v.words == "đảm nhiệm" || !strings.Contains(v.words, " ") && !v.elected {
			continue
		}
		if seq(ts, k, v.words) {
			return true
		}
	}
	return false
}

// takenUp reads the posts a verb of taking up a post gives after the posts
// in apposition, which end at k: ", được bầu giữ chức Chủ tịch UBND tỉnh",
// ", nay đã được điều động giữ chức Bộ trưởng ...". transfer reports a verb
// of transfer (điều động, luân chuyển), which ends the posts before. Where
// appointed, up to twenty words may stand before the verb (để điều động,
// phân công, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức ...),
// none of them the next person's.
func (p *parser) takenUp(k int, appointed bool) (posts []post, transfer, ok bool) {
	ts := p.ts
	if k+2 < len(ts) && ts[k].Mark("(") && ts[k+1].Is("cũ") && ts[k+2].Mark(")") {
		k += 3 // Tỉnh ủy Quảng Bình (cũ): the province before a merger
	}
	if k < len(ts) && (ts[k].Mark(",") || ts[k].Mark(")") || ts[k].Mark("-")) {
		k++
	}
	reach := 0
	if appointed {
		reach = 20
		k = p.workPlace(k)
	}
	for j := k; j < len(ts) && j <= k+reach; j++ {
		if ts[j].Mark(";") || ts[j].Mark(".") || ts[j].Mark(":") {
			break
		}
		if j > k && (seq(ts, j, "đồng chí") || ts[j].Is("ông", "bà") && !ts[j].Cap()) {
			break // the next person's: và đồng chí B giữ chức ...
		}
		if j > k && ts[j-1].Mark(",") {
			if _, ok := p.name(j, false); ok {
				break // chỉ định các ông A, B, C giữ chức ...: the list's
			}
		}
		if reach > 0 && j > k {
			// phân công đồng chí A, Phó Bí thư Thành ủy tham gia Ban Chỉ
			// đạo kiểm tra, giám sát, đôn đốc giải quyết các vụ việc tồn
			// đọng, … trên địa bàn TPHCM (viết tắt là Ban Chỉ đạo 902) và
			// giữ nhiệm vụ Trưởng Ban chỉ đạo 902 (thanhuytphcm 2023): a
			// unit's long name and a bracket are one step of the reach,
			// and no verb inside them is read.
			if _, e, ok := p.units.At(j); ok && e > j+1 {
				reach += e - j - 1
				j = e - 1
				continue
			}
			if e := closeBracket(ts, j); e > j {
				reach += e - j
				j = e
				continue
			}
		}
		// tiếp tục được bầu giữ chức: re-elected, the post held on (kept);
		// đã chính thức được bầu làm: the vote reported done.
		h, now, kept := j, false, false
		for _, w := range []string{"nay", "hiện", "đã", "vừa", "chính thức", "tiếp tục"} {
			if e, ok := scan.Seq(ts, h, w); ok {
				h, now, kept = e, now || w == "nay" || w == "hiện", kept || w == "tiếp tục"
			}
		}
		if appointed && seq(ts, h, "giao quyền") {
			// điều động ông Lê Mạnh Hùng, Chủ tịch Hội đồng thành viên …, về
			// công tác tại Bộ Công Thương, giao Quyền Bộ trưởng Bộ Công Thương
			// (baotintuc 2025, e034): the acting post the decision hands the
			// person it moves; the posts before are not ended by it.
			if got, _, ok := p.chain(h + 1); ok {
				for x := range got {
					got[x].elected, got[x].verb, got[x].handed = !now, true, true
				}
				return got, false, true
			}
		}
		if e, v, ok := p.byAgent(h); ok {
			// được Ban Bí thư điều động làm ...: the agent between; được
			// điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và
			// giữ chức ...: the post after the seats.
			got, _, ok := p.chain(e)
			if !ok && v.elected {
				got, ok = p.heldAfterSeats(e)
			}
			if ok {
				for x := range got {
					got[x].elected, got[x].verb, got[x].handed = (v.elected || appointed) && !now, true, handsOver(v)
				}
				return got, strings.Contains(v.words, "điều động") || strings.Contains(v.words, "luân chuyển"), true
			}
		}
		got, ok := p.member(h)
		if !ok {
			got, ok = p.into(h)
		}
		if ok {
			for x := range got {
				got[x].verb = true
			}
			return got, false, true
		}
		// takingUp holds là too: nay là, hiện là, the post held now.
		for _, v := range takingUp() {
			if v.words == "làm" && j > k {
				continue // làm alone, further on, is any work
			}
			e, ok := p.verbAt(h, v)
			if !ok || bareMove(v.words) && !seq(ts, e, "tham gia") {
				continue
			}
			got, _, ok := p.chain(e)
			if !ok && v.elected {
				// được chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ
				// chức Bí thư Tỉnh ủy: the seats, then the post.
				got, ok = p.heldAfterSeats(e)
			}
			if !ok {
				break
			}
			for x := k; x < j; x++ {
				// chỉ định tham gia Ban Chấp hành, Ban Thường vụ Huyện uỷ
				// Đồng Hỷ và giữ chức Phó Bí thư Huyện uỷ: the seats
				// before the verb place its committee.
				if e, ok := scan.Seq(ts, x, "tham gia"); ok {
					seats, _ := p.seats(e)
					placeFromSeats(got, seats)
					break
				}
			}
			for x := range got {
				// "nay đã được điều động giữ chức": holds it now, taken up
				// before the article; in a sentence that appoints the person,
				// giữ chức is the appointment.
				got[x].elected, got[x].verb = (v.elected || appointed) && !now && !kept, !now
				got[x].handed = handsOver(v)
			}
			return got, strings.Contains(v.words, "điều động") || strings.Contains(v.words, "luân chuyển"), true
		}
		if j == k {
			// A, Giám đốc Sở, mới được điều động bổ nhiệm là ...; A,
			// nguyên Bí thư Tỉnh ủy đã điều động nhiệm vụ mới là ...: a
			// verb group no row of takingUp writes, read by its parts,
			// right after the posts.
			if got, transfer, ok := p.movedOnTo(j); ok {
				return got, transfer, true
			}
		}
	}
	return nil, false, false
}

// workPlace skips, from ts[k], where a transfer sends the person before the
// posts it gives there: "điều động, phân công đồng chí A, Phó Bí thư Thường
// trực Đảng ủy xã Trung Sơn, đến nhận công tác tại xã Xuân Vân, chỉ định
// tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Thường trực
// Đảng ủy xã Xuân Vân" (tuyenquang 2026); "…; chỉ định tham gia …" after a
// semicolon. It returns the index after the clause and its mark, or k when
// no such clause closed by a mark begins there.
func (p *parser) workPlace(k int) int {
	ts := p.ts
	for _, w := range []string{"đến nhận công tác tại", "về nhận công tác tại", "đến công tác tại", "về công tác tại"} {
		e, ok := scan.Seq(ts, k, w)
		if !ok {
			continue
		}
		for j := e; j < len(ts) && j <= e+10; j++ {
			if ts[j].Mark(",") || ts[j].Mark(";") {
				if j > e && j+1 < len(ts) && ts[j+1].Word && !ts[j+1].Cap() {
					return j + 1
				}
				return k
			}
			if !ts[j].Word {
				return k
			}
		}
		return k
	}
	return k
}

// supersede returns the posts a person holds after taking up more, and those
// held before: the posts before, those in the unit of a post taken up
// (Phó Chủ tịch, then Chủ tịch of one UBND; not a seat, Đại biểu HĐND made
// its Chủ tịch) and, on a transfer, all but the
// national ones (a seat on the Central Committee goes with the person)
// marked former. A post that the one taken up names more closely (Phó Bí thư
// Tỉnh ủy, made Phó Bí thư Thường trực of it) is not left but narrowed: it
// is dropped.
func supersede(before, more []post, transfer bool) []post {
	var out []post
	// An acting post handed over (được giao quyền Chủ tịch UBND tỉnh, giao
	// Quyền Bộ trưởng) is a charge until the post is filled: the sentence
	// ends none of the posts printed before it (a transfer's included, as
	// e034's gold reads the board chair's post of the minister moved); the
	// deputy's post of the same unit is ended in resolve (leftForHead), as
	// for any acting head.
	handed := len(more) > 0
	for _, n := range more {
		handed = handed && n.handed
	}
	if handed {
		return append(slices.Clone(before), more...)
	}
	for _, q := range before {
		left, narrowed := transfer && !q.goesWith() && !seatKept(q, more) && !partyKept(q, more), false
		for _, n := range more {
			// Phó Chủ tịch UBND tỉnh elected Chủ tịch UBND tỉnh Quảng Bình:
			// the post left for another of the same body. A deputy keeps
			// the seat the council's chair is elected from (lexicon.Title.Member).
			if q.unitEnd > q.unitStart && sameUnit(q.unit, n.unit) && !(q.title == n.title && q.former == n.former) && !(lexicon.MemberTitle(q.title) && q.title != n.title) {
				left = true
				narrowed = narrowed || strings.HasPrefix(n.title, q.title+" ")
			}
			// Trưởng Ban Văn hóa - Xã hội HĐND tỉnh elected Phó Chủ tịch
			// HĐND tỉnh: a board of the council left for an office of it.
			if q.unitEnd > q.unitStart && q.unit.Head == "Ban" && q.unit.Of != nil && q.unit.Of.Kind == schema.UnitCouncil &&
				sameUnit(*q.unit.Of, n.unit) && !lexicon.MemberTitle(n.title) {
				left = true
			}
			// Bí thư Tỉnh ủy Hà Giang, made Bí thư Tỉnh ủy Tuyên Quang: one
			// title of two units of one kind, which no one holds at once.
			if q.title == n.title && q.unitEnd > q.unitStart && n.unitEnd > n.unitStart && !q.national() &&
				q.unit.Head == n.unit.Head && !q.unit.Place.IsZero() && !n.unit.Place.IsZero() && !sameUnit(q.unit, n.unit) {
				left = true
			}
		}
		if narrowed {
			continue
		}
		q.former = q.former || left
		out = append(out, q)
	}
	return append(out, more...)
}

// goesWith reports whether q goes with a person transferred: a seat in the
// Party's central bodies or departments (as the held-out gold reads Phó
// Trưởng Ban Tổ chức Trung ương sent to lead a province) or in the National
// Assembly, not a post in a state agency (Phó Cục trưởng Cục Cảnh sát hình
// sự, left for Giám đốc Công an tỉnh).
func (q post) goesWith() bool {
	if q.unitEnd > q.unitStart {
		u := q.unit
		central := u.Kind == schema.UnitCentral || u.Kind == schema.UnitParty || u.Of != nil && u.Of.Kind == schema.UnitCentral
		return central || q.title == "Đại biểu"
	}
	return q.alone
}

// seatKept reports whether q, a seat in a party committee or its bodies
// (Ủy viên Ban Chấp hành Đảng bộ tỉnh), stays with a person transferred to
// a post of the same committee (Trưởng Ban Tổ chức Tỉnh ủy): a move within
// the province keeps the member in its committee.
func seatKept(q post, more []post) bool {
	if q.title != "Ủy viên" || q.unitEnd <= q.unitStart {
		return false
	}
	pq, ok := q.unit.CommitteePlace()
	if !ok {
		return false
	}
	for _, n := range more {
		if pn, ok := n.unit.CommitteePlace(); ok && pn.Word == pq.Word && (pn.Name == "" || pq.Name == "" || vn.Key(pn.Name) == vn.Key(pq.Name)) {
			return true
		}
	}
	return false
}

// partyKept reports whether q, a post in a place's party committee or its
// bodies (Phó Bí thư Huyện ủy Mỹ Hào), stays with a person transferred to an
// office of the council or people's committee of the same place (Chủ tịch
// UBND huyện Mỹ Hào), or q, such an office, with one transferred to the
// party committee of its place (Chủ tịch UBND tỉnh Hà Tĩnh made Bí thư Tỉnh
// ủy Hà Tĩnh, who chairs the committee until the council relieves him): a
// place's deputy secretary routinely chairs its people's committee, its
// secretary its council, so a move between the two within one place ends
// nothing by itself.
func partyKept(q post, more []post) bool {
	pq, party, ok := localPlace(q)
	if !ok {
		return false
	}
	for _, n := range more {
		pn, nparty, ok := localPlace(n)
		if ok && party != nparty && pn.Word == pq.Word && (pn.Name == "" || pq.Name == "" || vn.Key(pn.Name) == vn.Key(pq.Name)) {
			return true
		}
	}
	return false
}

// localPlace is the place of q's unit where it is a place's party committee
// or its standing or executive committee (party true; not its inspection
// commission, whose chair sent to the people's committee leaves it), or its
// council or people's committee.
func localPlace(q post) (units.Place, bool, bool) {
	if q.unitEnd <= q.unitStart {
		return units.Place{}, false, false
	}
	switch {
	case q.unit.Kind == schema.UnitPartyOrg || q.unit.Kind == schema.UnitPartyBody && (q.unit.Head == "Ban Thường vụ" || q.unit.Head == "Ban Chấp hành"):
		p, ok := q.unit.CommitteePlace()
		return p, true, ok && p.Word != ""
	case q.unit.Kind == schema.UnitCouncil || q.unit.Kind == schema.UnitCommittee:
		return q.unit.Place, false, q.unit.Place.Word != ""
	}
	return units.Place{}, false, false
}

// sameUnit reports whether a and b name one unit as far as the sentence
// shows: the same name, one of them perhaps without the place the other
// prints (Sở Tài chính, Sở Tài chính tỉnh Đồng Tháp), or with its level word
// alone (UBND tỉnh, UBND tỉnh Nghệ An).
func sameUnit(a, b units.Unit) bool {
	if vn.Key(a.String()) == vn.Key(b.String()) {
		return true
	}
	// Hội LHPN tỉnh and Hội LHPN tỉnh Nghệ An: a place printed only by its
	// level is the one named in full beside it.
	bareOf := a.Place.Bare() && a.Place.Word == b.Place.Word || b.Place.Bare() && b.Place.Word == a.Place.Word
	if a.Place.IsZero() == b.Place.IsZero() && !bareOf {
		return false
	}
	a.Place, b.Place = units.Place{}, units.Place{}
	return vn.Key(a.String()) == vn.Key(b.String())
}

// appointing reports whether the words before ts[i] appoint the person named
// there: điều động, chỉ định, bổ nhiệm, phân công, luân chuyển, chuẩn y (the
// higher committee's approval of an election) ... đồng chí A.
func (p *parser) appointing(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if p.ts[k].Is("động", "định", "nhiệm", "công", "chuyển", "y") && k > 0 &&
			(seq(p.ts, k-1, "điều động") || seq(p.ts, k-1, "chỉ định") || seq(p.ts, k-1, "bổ nhiệm") ||
				seq(p.ts, k-1, "phân công") || seq(p.ts, k-1, "luân chuyển") || seq(p.ts, k-1, "chuẩn y")) {
			return true
		}
		if p.ts[k].Mark(".") || p.ts[k].Mark(";") {
			return false
		}
	}
	return false
}

// transferring reports whether the sentence transfers someone: điều động,
// luân chuyển.
func (p *parser) transferring() bool {
	for k := range p.ts {
		if seq(p.ts, k, "điều động") || seq(p.ts, k, "luân chuyển") {
			return true
		}
	}
	return false
}

// trailingVerb is trailing, which also reports whether the posts follow a
// verb rather than a comma.
func (p *parser) trailingVerb(end int) (posts []post, elected, byVerb bool) {
	ts := p.ts
	if end >= len(ts) {
		return nil, false, false
	}
	if posts, ok := p.formerAt(end); ok {
		return posts, false, true
	}
	if posts, e := p.leaving(end); len(titled(posts)) > 0 {
		posts = titled(posts)
		// cho đồng chí A thôi giữ chức ...; A thôi chức Chủ tịch UBND tỉnh
		// để giữ chức Phó ban chỉ đạo Tây Nam Bộ: để and the post the move
		// is for, taken up at the event; a comma may stand before để
		// (thôi giữ chức ... nhiệm kỳ (2016 – 2021), để tham gia ...).
		if e+1 < len(ts) && ts[e].Mark(",") && ts[e+1].Is("để") {
			e++
		}
		if h, ok := scan.Seq(p.ts, e, "để"); ok {
			for _, w := range []string{"chuyển sang", "chuyển công tác"} {
				if x, ok := scan.Seq(p.ts, h, w); ok {
					h = x
					break
				}
			}
			if more, _, ok := p.takenUp(h, true); ok {
				if n := len(more); n > 0 && more[n-1].unit.BareBoard() {
					// giữ chức Bí thư Đảng đoàn Liên minh Hợp tác xã Việt
					// Nam, read only as far as Đảng đoàn: no post after it
					// places the group, so it names none.
					more = more[:n-1]
				}
				posts = append(posts, more...)
			}
		}
		return posts, false, true
	}
	// Ông Nguyễn Văn An phó chủ tịch UBND tỉnh Quảng Nam cho biết: a post in
	// small letters with its unit, printed after the name with no comma.
	// Đồng chí Hoàng Văn Hùng Ủy viên Ban Thường vụ Tỉnh ủy, Phó Trưởng đoàn
	// …: the comma left out before a capitalised post, as older and local
	// pages print it — taken where no name follows the posts, which would
	// make them the next person's.
	// So does a post abbreviated (Trương Hồng Phúc TUV, BT.HU, …).
	if !ts[end].Cap() || p.startsTitle(end) || p.startsAbbrev(end) {
		if posts, _, ok := p.chain(end); ok && posts[0].unitEnd > posts[0].unitStart && (!ts[end].Cap() || !p.nextNamed(p.after(end, posts))) {
			return posts, false, false
		}
	}
	// A và B, đều là Phó Giám đốc Sở Công Thương: the post both hold, as
	// a verb after the last name gives it (coordinated).
	if k := end; k < len(ts) {
		if ts[k].Mark(",") {
			k++
		}
		if e, ok := scan.Seq(ts, k, "đều"); ok {
			for _, v := range takingUp() {
				if j, ok := p.verbAt(e, v); ok {
					if posts, _, ok := p.chain(j); ok {
						return posts, v.elected, true
					}
				}
			}
		}
	}
	if ts[end].Mark("-") && end+1 < len(ts) && ts[end+1].Word && !ts[end+1].Cap() {
		// Ông Chu Thế Hưu – giữ chức Chủ tịch Ủy ban MTTQ xã Dương Phong: a
		// dash before the verb, as a comma is; thay bà A – người trở thành
		// Phó Thủ tướng (24h 2026): người, the one who, before it.
		k := end + 1
		if ts[k].Is("người") && k+1 < len(ts) {
			k++
		}
		if posts, elected, ok := p.trailingVerb(k); ok {
			return posts, elected, true
		}
	}
	if ts[end].Mark(",") || ts[end].Mark("-") || ts[end].Mark("(") {
		k := end + 1
		// Ông Trần Sỹ Thanh - 41 tuổi, Ủy viên ...: the age first.
		if k+2 < len(ts) && ts[k].Digits() && ts[k+1].Is("tuổi") && ts[k+2].Mark(",") {
			k += 3
		}
		// bà A, đảng viên Chi bộ thôn Sâm Linh Tây thuộc Đảng bộ xã Núi
		// Thành, TP Đà Nẵng; nguyên Phó Bí thư Đảng ủy, ...: the cell the
		// person is a member of is no post; the former posts after it are.
		var cell post
		if seq(ts, k, "đảng viên") {
			for j := k + 2; j < len(ts) && j <= k+25 && !ts[j].Mark("."); j++ {
				if (ts[j-1].Mark(",") || ts[j-1].Mark(";")) && ts[j].Is("nguyên") && !ts[j].Cap() {
					if u, e, ok := p.units.At(k + 2); ok && u.Kind == schema.UnitCell {
						cell = post{unitStart: k + 2, unitEnd: e, unit: u}
					}
					k = j
					break
				}
			}
		}
		// đồng chí Hà Sơn Nhin (dân tộc Ba Na; Ủy viên BCHTƯ Đảng khóa X):
		// the people the person is of, then the posts.
		if ts[end].Mark("(") {
			k = p.ethnicity(k)
		}
		if seq(ts, k, "khi đang") && ts[end].Mark(",") {
			// Ông A, khi đang giữ chức X, được điều động giữ chức Y: the
			// clause set off by commas.
			if posts, elected, ok := p.trailingVerb(k); ok && len(posts) > 0 {
				return posts, elected, true
			}
		}
		posts, _, _ := p.chain(k)
		for x := range posts {
			// ..., nguyên Bí thư Chi bộ: the cell named as the person's.
			if cell.unitEnd > cell.unitStart && posts[x].unitEnd > posts[x].unitStart && vn.Key(p.phrase(posts[x].unitStart, posts[x].unitEnd).Text) == "chi bộ" {
				posts[x].unitStart, posts[x].unitEnd, posts[x].unit = cell.unitStart, cell.unitEnd, cell.unit
			}
		}
		if p.nextNamed(p.after(end, posts)) {
			// Phó Chủ tịch nước Võ Thị Ánh Xuân, Phó Thủ tướng Phạm Thị
			// Thanh Trà, Chánh án TAND Tối cao Nguyễn Văn Quảng: posts then a
			// name after the comma are the next person's, as lists of
			// guests and appointees print them.
			return nil, false, false
		}
		return posts, false, false
	}
	// cũng (also), đều (each): A, B, C cũng tái đắc cử Bí thư Trung ương
	// Đoàn; tiếp tục được tín nhiệm giữ vị trí ...: goes on holding it.
	for _, w := range []string{"cũng", "đều", "tiếp tục"} {
		if e, ok := scan.Seq(ts, end, w); ok {
			end = e
		}
	}
	// Ông A đã trúng cử chức Chánh án ..., đã chính thức tái đắc cử chức vụ
	// Thủ tướng: an election reported done; a verb of holding after đã
	// (đã là, đã làm) may tell of the past, and is left alone.
	adv := end
	for _, w := range []string{"đã", "vừa", "chính thức"} {
		if e, ok := scan.Seq(ts, adv, w); ok {
			adv = e
		}
	}
	if adv > end {
		for _, v := range takingUp() {
			if j, ok := p.verbAt(adv, v); ok && v.elected {
				if posts, _, ok := p.chain(j); ok {
					return posts, true, true
				}
			}
		}
		// A đã được điều động, chỉ định tham gia Ban Chấp hành, Ban
		// Thường vụ Tỉnh ủy và giữ chức Phó Bí thư Tỉnh ủy: the post after
		// the seats, the appointment reported done. Bà A đã được Hội đồng
		// nhân dân tỉnh Bắc Ninh bầu giữ chức Chủ tịch UBND tỉnh
		// (trangtraiviet on Nguyễn Hương Giang): who elects between, as
		// without đã.
		if j, v, ok := p.byAgent(adv); ok && v.elected {
			if posts, _, ok := p.chain(j); ok {
				return posts, true, true
			}
			if posts, ok := p.heldAfterSeats(j); ok {
				return posts, true, true
			}
		}
	}
	for _, v := range takingUp() {
		if j, ok := p.verbAt(end, v); ok {
			if posts, _, ok := p.chain(j); ok {
				if strings.Contains(v.words, "đang giữ") {
					// A khi đang giữ chức X (,) đã được điều động giữ chức
					// Y: X held until the move, Y taken up at it.
					if more, ok := p.movedTo(p.after(j, posts)); ok {
						for x := range posts {
							posts[x].former = true
						}
						return append(posts, more...), true, true
					}
				}
				return posts, v.elected, true
			}
			// A được chỉ định tham gia Ban Chấp hành, Ban Thường vụ Huyện
			// ủy và giữ chức Phó Bí thư Huyện ủy: the post after the seats.
			if v.elected {
				if posts, ok := p.heldAfterSeats(j); ok {
					return posts, true, true
				}
			}
		}
	}
	if j, v, ok := p.byAgent(end); ok {
		if posts, _, ok := p.chain(j); ok {
			return posts, v.elected, true
		}
		// được Bộ Chính trị chỉ định tham gia Ban Chấp hành, Ban Thường vụ
		// Thành ủy Hà Nội và giữ chức Bí thư Thành ủy Hà Nội: the post after
		// the committees joined.
		if posts, ok := p.heldAfterSeats(j); ok {
			return posts, v.elected, true
		}
	}
	if posts, ok := p.member(end); ok {
		return posts, true, true
	}
	// Ông A đã được điều động, bổ nhiệm là Giám đốc Sở: a verb group no
	// row of takingUp writes, read by its parts.
	if posts, _, ok := p.movedOnTo(end); ok {
		return posts, posts[0].elected, true
	}
	return nil, false, false
}

// movedTo reads, at ts[k], the post a person holding another is moved or
// elected to: an optional comma, đã or vừa, then a verb that takes a post
// up (được điều động giữ chức, được bầu làm) and the posts after it.
func (p *parser) movedTo(k int) ([]post, bool) {
	ts := p.ts
	if k < len(ts) && ts[k].Mark(",") {
		k++
	}
	for _, w := range []string{"đã", "vừa"} {
		if e, ok := scan.Seq(ts, k, w); ok {
			k = e
		}
	}
	for _, v := range takingUp() {
		if !v.elected {
			continue
		}
		if j, ok := p.verbAt(k, v); ok {
			if posts, _, ok := p.chain(j); ok {
				return posts, true
			}
		}
	}
	return nil, false
}

// verbAt reads the verb v at ts[k] and returns the index after it, the noun
// chức vụ or chức danh stepped over (titleNoun): where the post begins.
func (p *parser) verbAt(k int, v verb) (int, bool) {
	e, ok := scan.Seq(p.ts, k, v.words)
	if !ok {
		return k, false
	}
	if dutyVerb(v.words) && p.dutyGiven(e) {
		return k, false
	}
	return p.titleNoun(e, v.words), true
}

// dutyVerb reports whether words name a duty rather than a post (nhận nhiệm
// vụ, làm nhiệm vụ, giữ vai trò): what follows is a post only where no one
// is said to give the duty after it (dutyGiven).
func dutyVerb(words string) bool {
	return strings.HasSuffix(words, " nhiệm vụ") || strings.HasSuffix(words, " vai trò")
}

// dutyGiven reports whether the posts after a duty's verb, from ts[j], are
// followed by a verb that names them as who gives it
// (lexicon.DutyGivenWords): "nhận nhiệm vụ Chủ tịch UBND tỉnh giao" is the
// chairman's task, not his post. The verb must follow the posts: giao inside
// a unit's name (Bộ Ngoại giao, Sở Giao thông vận tải) or a giving told
// after them (theo sự phân công của Bộ Chính trị) gives the post. The
// giver's name may follow the posts ("nhận nhiệm vụ Chủ tịch UBND tỉnh Lê
// Văn Bình giao").
func (p *parser) dutyGiven(j int) bool {
	ts := p.ts
	_, k, ok := p.chain(j)
	if !ok {
		return false
	}
	if e, ok := p.name(k, true); ok {
		k = e // nhận nhiệm vụ Chủ tịch UBND tỉnh Lê Văn Bình giao: the giver's name
	}
	if k < len(ts) && ts[k].Is("đã", "vừa", "mới") {
		k++ // nhận nhiệm vụ Chủ tịch UBND tỉnh đã giao
	}
	for _, w := range lexicon.DutyGivenWords() {
		if _, ok := scan.Seq(ts, k, w); ok {
			return true
		}
	}
	return false
}

// titleNoun returns the index after the noun's second word when a verb whose
// words end on chức is followed by vụ or danh, ts[j]: the post follows the
// noun chức vụ or chức danh as it follows chức ("được Bộ Chính trị phân công
// giữ chức vụ Bí thư thành ủy Cần Thơ", baomoi 2011; "tái đắc cử chức danh
// Bí thư Đảng bộ tỉnh"; "được tín nhiệm bầu giữ chức danh Phó chủ tịch HĐND
// huyện"); j otherwise. The verbs have no rows of their own for chức vụ:
// this is the one place that reads it.
//
// "vụ" is the title's own first word only in a Vụ's head or deputy printed
// small, with the Vụ after it: "giữ chức vụ trưởng Vụ Tổ chức cán bộ" is
// Vụ trưởng Vụ Tổ chức cán bộ, as "giữ chức Vụ trưởng" ("giữ chức vụ phó
// Vụ trưởng Vụ X" is the noun and Phó Vụ trưởng). Before any other
// title, capital or small ("giữ chức vụ Trưởng ban Tổ chức Thành ủy", "giữ
// chức vụ phó bí thư tỉnh ủy"), vụ is the noun: read as a title, "vụ
// Trưởng ban" was a Vụ trưởng of Ban Tổ chức.
func (p *parser) titleNoun(j int, words string) int {
	if strings.HasSuffix(words, " quyền") {
		return j - 1 // được giao quyền Chủ tịch: the post read from quyền, acting
	}
	if !strings.HasSuffix(words, " chức") || j >= len(p.ts) || p.ts[j].Cap() {
		return j
	}
	if p.ts[j].Is("danh") {
		return j + 1
	}
	if !p.ts[j].Is("vụ") || j+1 >= len(p.ts) || !p.ts[j+1].Word {
		return j
	}
	if p.ts[j+1].Is("trưởng", "phó") && !p.ts[j+1].Cap() && j+2 < len(p.ts) && p.ts[j+2].Is("vụ") &&
		!(j+3 < len(p.ts) && p.ts[j+3].Is("trưởng")) {
		return j // not "chức vụ phó Vụ trưởng Vụ X": the title is Phó Vụ trưởng
	}
	return j + 1
}

// nextNamed reports whether a name follows at ts[k], right after posts
// (perhaps after a rank, Đại tướng Phan Văn Giang, or a colon): the posts
// are that person's. Out of a strong slot the name must open on a family name, so a
// place the units reader does not know is no name.
func (p *parser) nextNamed(k int) bool {
	if k < len(p.ts) && p.ts[k].Mark(":") {
		k++ // nguyên Chủ tịch Quốc hội: Nguyễn Sinh Hùng, ...
	}
	if k >= len(p.ts) || !p.ts[k].Word {
		return false
	}
	_, ok := p.name(p.honorific(k), false)
	return ok
}

// byAgent reads "được", then who elects or appoints, then the verb, from
// ts[k]: được Ban Chấp hành bầu giữ chức Bí thư; được Đại hội tín nhiệm bầu
// làm Chủ tịch; được Ban Bí thư điều động làm Phó Trưởng Ban. It returns the
// index after the verb, and after chức vụ or chức danh (titleNoun).
func (p *parser) byAgent(k0 int) (int, verb, bool) {
	ts := p.ts
	if !seq(ts, k0, "được") {
		return k0, verb{}, false
	}
	if seq(ts, k0+1, "giới thiệu") || seq(ts, k0+1, "đề cử") || seq(ts, k0+1, "đề nghị") {
		return k0, verb{}, false // được giới thiệu để bầu chức Chủ tịch: a nomination
	}
	// Who elects may be printed with its term and as a whole (được tập thể
	// Ban Chấp hành Tỉnh đoàn khóa XV tín nhiệm bầu): up to ten words.
	limit := k0 + 11
	for k := k0 + 2; k < len(ts) && k <= limit; k++ {
		if ts[k].Mark(",") && k+1 < len(ts) && ts[k+1].Is("điều", "phân", "chỉ", "luân", "bổ") {
			// được Bộ Chính trị điều động, phân công, chỉ định giữ chức
			// vụ: the decision's verbs in a row.
			continue
		}
		if ts[k].Mark(",") && k+1 < len(ts) {
			// được Bộ Chính trị, Ban Bí thư điều động, bổ nhiệm giữ chức
			// Phó Trưởng ban Kinh tế Trung ương (tuyengiao 2014, q007):
			// two bodies decide, named in a row.
			if u, end, ok := p.units.At(k + 1); ok && u.National() {
				limit += end - k
				k = end - 1
				continue
			}
		}
		if ts[k].Mark(",") || ts[k].Mark(";") || ts[k].Mark(".") {
			break
		}
		// được giới thiệu (ứng cử) để bầu chức Chủ tịch: a nomination,
		// no post taken up.
		if seq(ts, k, "giới thiệu") || seq(ts, k, "đề cử") || seq(ts, k, "ứng cử") || seq(ts, k, "đề nghị") {
			break
		}
		for _, v := range takingUp() {
			rest, ok := strings.CutPrefix(v.words, "được ")
			if !ok {
				continue
			}
			if j, ok := scan.Seq(ts, k, rest); ok && (!bareMove(v.words) || seq(ts, j, "tham gia")) {
				return p.titleNoun(j, v.words), v, true
			}
		}
	}
	return k0, verb{}, false
}

// member reads a seat taken in a committee's body, from ts[k]: "được bầu vào
// Ban Thường vụ", "được bầu bổ sung vào Ban Chấp hành Tỉnh ủy", "được Ban
// Thường vụ Tỉnh ủy chỉ định tham gia Ban Thường vụ Tỉnh ủy" — the post Ủy
// viên of that body, taken up in the sentence. A body followed by more (tham
// gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư) is left to the posts
// the sentence goes on to give.
func (p *parser) member(k int) ([]post, bool) {
	ts := p.ts
	verbs := []string{"bầu bổ sung vào", "bầu vào", "chỉ định bổ sung vào", "chỉ định vào", "chỉ định tham gia", "chỉ định bổ sung tham gia"}
	if !seq(ts, k, "được") {
		return nil, false
	}
	for h := k + 1; h < len(ts) && h <= k+8; h++ {
		if ts[h].Mark(",") || ts[h].Mark(";") || ts[h].Mark(".") {
			break
		}
		for _, w := range verbs {
			j, ok := scan.Seq(ts, h, w)
			if !ok || h > k+1 && !p.agent(k+1, h) {
				continue
			}
			u, end, ok := p.units.After(j)
			if !ok || !u.Body() && !u.National() {
				return nil, false
			}
			after := p.term(end)
			if after < len(ts) && !(ts[after].Mark(".") || ts[after].Mark(";") || ts[after].Mark(",") && !p.startsTitle(after+1) && !p.startsUnit(after+1)) {
				return nil, false
			}
			return []post{seatIn(j, end, u)}, true
		}
	}
	return nil, false
}

// seatIn is the post of a member elected into u, the body printed at
// ts[start:end]: Ủy viên of it (Ban Thường vụ, Bộ Chính trị), or, for a body
// whose members are titled as the committee's officers (lexicon.BodySeats:
// the Secretariats), that title of that committee.
func seatIn(start, end int, u units.Unit) post {
	q := post{title: "Ủy viên", start: start, end: end, unitStart: start, unitEnd: end, unit: u, elected: true}
	for _, b := range lexicon.BodySeats() {
		if vn.Key(b.Body) != vn.Key(u.String()) {
			continue
		}
		if of, ok := units.Parse(b.Unit); ok {
			q.title, q.unit, q.unitName = b.Title, of, b.Unit
		}
	}
	return q
}

// into reads a seat taken by a verb before the name, from ts[k]: "(Ban Chấp
// hành) đã bầu bổ sung đồng chí A, Trưởng Ban Tổ chức Trung ương Đoàn, vào
// Ban Bí thư Trung ương Đoàn khóa X" — vào and the body, after a sentence
// that elects before; or vào chức vụ and the post.
func (p *parser) into(k int) ([]post, bool) {
	j, ok := scan.Seq(p.ts, k, "vào")
	if !ok || !p.electedBefore(k) {
		return nil, false
	}
	// bầu bổ sung ông A, Phó Chủ tịch Thường trực UBND tỉnh, vào chức vụ
	// Chủ tịch UBND tỉnh: the post itself.
	for _, w := range []string{"chức vụ", "chức danh"} {
		if e, ok := scan.Seq(p.ts, j, w); ok {
			got, _, ok := p.chain(e)
			for x := range got {
				got[x].elected = true
			}
			return got, ok
		}
	}
	u, end, ok := p.units.After(j)
	if !ok || !u.Body() && !u.National() && u.Head != "Ban Bí thư" {
		return nil, false
	}
	return []post{seatIn(j, end, u)}, true
}

// bareMove reports whether words are a transfer's verb alone (được điều
// động, được luân chuyển), which takes up a post only through the seats
// after it (tham gia …, và giữ chức): the decision's other verbs may follow
// (điều động, phân công, chỉ định giữ chức vụ).
func bareMove(words string) bool {
	return words == "được điều động" || words == "được luân chuyển"
}

// heldAfterSeats reads the post given after the seats a person is appointed
// to, from ts[e]: "tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư
// Tỉnh ủy" — the bodies named with tham gia, then giữ chức and the posts.
func (p *parser) heldAfterSeats(e int) ([]post, bool) {
	ts := p.ts
	j, ok := scan.Seq(ts, e, "tham gia")
	if !ok {
		return nil, false
	}
	// The bodies may be named in full with their term (tham gia Ban Chấp
	// hành Đảng bộ TP.HCM, nhiệm kỳ 2010-2015, tham gia Ban Thường vụ Thành
	// ủy TP.HCM và giữ chức).
	for ; j < len(ts) && j <= e+24; j++ {
		if ts[j].Mark(";") || ts[j].Mark(".") {
			return nil, false
		}
		if seq(ts, j, "đồng chí") || ts[j].Is("ông", "bà") && !ts[j].Cap() {
			return nil, false // và đồng chí B giữ chức ...: the next person's
		}
		for _, w := range []string{"giữ chức vụ", "giữ chức"} {
			if k, ok := scan.Seq(ts, j, w); ok {
				got, _, ok := p.chain(k)
				if ok {
					seats, _ := p.seats(e + 2)
					placeFromSeats(got, seats)
				}
				return got, ok
			}
		}
	}
	return nil, false
}

// placeFromSeats gives a post of a committee printed without its place the
// place of the same committee among the seats named before it: "tham gia Ban
// Chấp hành, Ban Thường vụ Huyện uỷ Đồng Hỷ và giữ chức Phó Bí thư Thường
// trực Huyện uỷ" — the Huyện ủy is Đồng Hỷ's.
func placeFromSeats(got, seats []post) {
	var named units.Place
	head := ""
	for _, s := range seats {
		if s.unitEnd == s.unitStart {
			continue
		}
		c := s.unit
		if c.Of != nil {
			c = *c.Of
		}
		if pl, ok := s.unit.CommitteePlace(); ok && pl.Name != "" {
			named, head = pl, c.Head
		}
	}
	if named.IsZero() {
		return
	}
	for x := range got {
		q := &got[x]
		if q.unitEnd == q.unitStart || q.unit.Of != nil || q.unit.Head != head {
			continue
		}
		if pl, ok := q.unit.CommitteePlace(); ok && pl.Name == "" && (pl.Word == "" || pl.Word == named.Word) {
			q.unit.Place = named
		}
	}
}

// agent reports whether ts[i:j] is who elects or appoints, between được and
// the verb: a unit's name (Ban Thường vụ Tỉnh ủy, Đại hội).
func (p *parser) agent(i, j int) bool {
	if _, end, ok := p.units.At(i); ok && end == j {
		return true
	}
	return j == i+2 && seq(p.ts, i, "đại hội")
}

// startsUnit reports whether a unit's name begins at ts[k].
func (p *parser) startsUnit(k int) bool {
	_, _, ok := p.units.At(k)
	return ok
}

// coordinated reads the posts that a name shares with the names joined to
// it by commas and "và" when a verb after the last gives them all: Các đồng
// chí A và B được bầu giữ chức Phó Bí thư; các đồng chí A, B và C giữ chức
// Phó Bí thư. In a list (list), posts in apposition after the last are
// shared too (sharedApposition).
func (p *parser) coordinated(end int, list bool) ([]post, bool) {
	ts := p.ts
	end = p.aside(end)
	for n := 0; n < 12 && end < len(ts) && (ts[end].Is("và") || ts[end].Mark(",")); n++ {
		k := end + 1
		if j, ok := scan.Seq(ts, k, "đồng chí"); ok {
			k = j
		} else if k < len(ts) && ts[k].Is("ông", "bà", "anh", "chị") && !ts[k].Cap() {
			k++ // anh Vàng A Sềnh và chị Lù Thị Ngọc được bầu ...
		}
		k = p.honorific(k)
		e, ok := p.name(k, true)
		if !ok {
			return nil, false
		}
		if p.listed == nil {
			p.listed = map[int]bool{}
		}
		p.listed[k] = true
		e = p.aside(e)
		posts, elected, byVerb := p.trailingVerb(e)
		if byVerb {
			return posts, elected || p.electedBefore(end)
		}
		if shared, ok := p.sharedApposition(e, posts); ok && list {
			return shared, false
		}
		end = e
	}
	return nil, false
}

// sharedApposition gives the names before the last of a run (A và B, posts;
// đồng chí A, đồng chí B - posts) the posts printed in apposition after the
// last, where they are a deputy's or a member's — titles many hold at once —
// and end the item: "Nguyễn Văn Quynh và Nguyễn Tuấn Khanh, Phó Trưởng ban
// Tổ chức T.Ư;" (baohoabinh 2016), "đồng chí Nguyễn Hồng Lý, đồng chí Lương
// Quốc Đoàn - Phó Chủ tịch Ban chấp hành Trung ương Hội Nông dân Việt Nam,
// đồng chí Võ Anh Kiệt, …" (hoinongdanag). A head's title (Chủ tịch UBND
// tỉnh) is one person's, and a clause after the posts makes them that
// clause's, so neither is shared; nor is a pair outside a list (nói với A
// và B, Phó Chủ tịch UBND tỉnh): the first name must be announced (ông,
// đồng chí), open the sentence, or follow a list's mark (coordinated's
// caller says so). The posts are marked shared, as the last name is read
// next on its own.
func (p *parser) sharedApposition(e int, posts []post) ([]post, bool) {
	ts := p.ts
	if len(posts) == 0 {
		return nil, false
	}
	for _, q := range posts {
		if q.former || q.unitEnd == q.unitStart || !strings.HasPrefix(q.title, "Phó ") && !strings.HasPrefix(q.title, "Ủy viên") {
			return nil, false
		}
	}
	k := p.after(e, posts)
	switch {
	case k >= len(ts), ts[k].Mark(";"), ts[k].Mark("."):
	case ts[k].Mark(",") && p.announcedAt(k+1):
	default:
		return nil, false
	}
	out := make([]post, len(posts))
	copy(out, posts)
	for x := range out {
		out[x].shared = true
	}
	return out, true
}

// bareRun reads, after a name ending at ts[end], the bare names that follow
// it one after a comma, announced by nothing, and the posts a verb after the
// last of them gives them all (coordinated): "bầu các ông A, B, C tái đắc
// cử Phó Chủ tịch UBND tỉnh". The posts are marked shared, so the names are
// read next, each on its own. A run joined by và, or whose names carry posts
// of their own, is left to the other readers.
func (p *parser) bareRun(end int) ([]post, bool, bool) {
	ts := p.ts
	k := end
	n := 0
	for ; k+1 < len(ts) && ts[k].Mark(","); n++ {
		e, ok := p.name(k+1, true)
		if !ok {
			return nil, false, false
		}
		k = e
	}
	if n < 1 || k >= len(ts) || ts[k].Is("và") || ts[k].Mark(",") {
		return nil, false, false
	}
	posts, elected, byVerb := p.trailingVerb(k)
	if !byVerb || len(posts) == 0 {
		return nil, false, false
	}
	if p.listed == nil {
		p.listed = map[int]bool{}
	}
	for j := end; j < k; j++ {
		if ts[j].Mark(",") {
			p.listed[j+1] = true
		}
	}
	out := make([]post, len(posts))
	copy(out, posts)
	for x := range out {
		out[x].shared = true
	}
	return out, elected || p.electedBefore(end), true
}

// electedBefore reports whether the sentence elects before ts[i]: "Ban Chấp
// hành đã bầu đồng chí A giữ chức Bí thư; các đồng chí B, C giữ chức Phó Bí
// thư" takes both posts up by the one verb.
func (p *parser) electedBefore(i int) bool {
	for k := i - 1; k >= 0; k-- {
		if p.ts[k].Is("bầu") {
			return true
		}
		if p.ts[k].Mark(".") {
			return false
		}
	}
	return false
}

// verb is a way of saying a person takes up or holds a post.
type verb struct {
	words   string
	elected bool
}

// handsOver reports whether v hands an acting post over (được giao quyền):
// the post it gives ends none held before.
func handsOver(v verb) bool { return strings.HasSuffix(v.words, " quyền") }

// takingUp are the verbs between a name and the post it takes up or holds,
// longest first. The list is built once and shared (it was built anew at
// each of its many asks a sentence): it is clipped, so a caller's append
// copies it.
func takingUp() []verb { return slices.Clip(takingUpVerbs()) }

var takingUpVerbs = sync.OnceValue(func() []verb { return withElectingForms(takingUpBase()) })

// withElectingForms adds to vs the forms of an election's verb group that a
// page composes from its parts: the vote (được bầu, được tín nhiệm bầu),
// again (lại), and the link to the post (giữ chức, giữ nhiệm vụ, làm, là) —
// "được tín nhiệm bầu lại là Bí thư Đảng ủy Tập đoàn" (postef 2015); and the
// post held printed after giữ nhiệm vụ as after giữ chức ("Đồng chí Hà Thanh
// An giữ nhiệm vụ Bí thư", thptngogiatu 2020); each verb before giữ chức
// before giữ cương vị and giữ vị trí too ("được bầu giữ cương vị Chủ tịch
// UBND huyện", baocaobang 2013). A form is put before the
// first shorter one it begins with, so that none cuts it short.
func withElectingForms(vs []verb) []verb {
	have := map[string]bool{}
	for _, v := range vs {
		have[v.words] = true
	}
	var forms []verb
	// được bầu bổ sung: elected to fill a seat between congresses, a vote
	// as any ("được bầu bổ sung giữ chức Phó Chủ tịch UBND tỉnh").
	for _, vote := range []string{"được bầu", "được bầu bổ sung", "được tín nhiệm bầu", "tiếp tục được bầu", "tiếp tục được tín nhiệm bầu"} {
		for _, again := range []string{"", " lại"} {
			for _, link := range []string{" giữ chức", " giữ nhiệm vụ", " làm", " là"} {
				forms = append(forms, verb{vote + again + link, true})
			}
		}
	}
	for _, v := range vs {
		// được bầu giữ cương vị Chủ tịch UBND huyện (baocaobang 2013),
		// được bổ nhiệm giữ vị trí ...: every verb before giữ chức before
		// the other nouns of holding a post as well.
		if base, ok := strings.CutSuffix(v.words, " giữ chức"); ok {
			for _, w := range []string{" giữ cương vị", " giữ vị trí"} {
				forms = append(forms, verb{base + w, v.elected})
			}
		}
	}
	// giữ nhiệm vụ names a duty given at the event (phân công … giữ nhiệm
	// vụ Trưởng Ban; the new cell's Bí thư at its congress), taken up there.
	forms = append(forms, verb{"giữ nhiệm vụ", true})
	out := slices.Clone(vs)
	for _, f := range forms {
		if have[f.words] {
			continue
		}
		have[f.words] = true
		at := len(out)
		for i, v := range out {
			if strings.HasPrefix(f.words, v.words+" ") {
				at = i
				break
			}
		}
		out = slices.Insert(out, at, f)
	}
	return out
}

// takingUpBase is the verbs as written. A verb ending in chức has no row
// with chức vụ or chức danh after it: what follows chức is read once, by
// verbAt (titleNoun).
func takingUpBase() []verb {
	return []verb{
		// Longer first: "được bầu" would cut "được bầu chức" short.
		{"được tín nhiệm giữ vị trí", true}, {"được tín nhiệm giữ chức", true}, {"được bầu là", true},
		{"được bầu chức", true},
		{"được bầu giữ chức", true}, {"được bầu làm", true},
		{"được bầu lại giữ chức", true}, {"được bầu vào chức", true}, {"được bầu tái cử giữ chức", true},
		{"được bầu lại làm", true}, {"được bầu tái cử", true},
		// được bầu mới làm: newly elected, as against tái cử.
		{"được bầu mới làm", true}, {"được bầu mới giữ chức", true},
		// được bầu bổ sung (chức vụ) Ủy viên Bộ Chính trị; được Hội nghị
		// Trung ương bầu bổ sung Ủy viên Bộ Chính trị (tapchidongnama 2024):
		// a seat filled between congresses, the post printed right after
		// the verb as after được bầu. Before được bầu, which would stop at
		// bổ sung and read no post.
		{"được bầu bổ sung chức", true}, {"được bầu bổ sung", true}, {"được bầu", true},
		{"trúng cử chức", true},
		{"tái đắc cử chức", true}, {"tái cử chức", true}, {"đắc cử chức", true},
		{"tái đắc cử", true}, {"tái cử", true}, {"trúng cử", true}, {"đắc cử", true},
		{"được tín nhiệm bầu giữ chức", true}, {"được tín nhiệm bầu làm", true}, {"được tín nhiệm bầu", true},
		{"được giao giữ chức", true},
		// ông A, Phó Chủ tịch UBND tỉnh Đồng Nai được giao quyền Chủ tịch UBND
		// tỉnh Đồng Nai (dantocmiennui, r008): the acting post handed over;
		// quyền is the post's own first word (titleNoun steps back onto it).
		{"được giao quyền", true},
		// The front elects by consultation: được (hiệp thương) cử làm.
		{"được hiệp thương cử giữ chức", true}, {"được hiệp thương cử làm", true}, {"được hiệp thương cử", true},
		{"được cử giữ chức", true}, {"được cử làm", true},
		{"được chỉ định giữ chức", true},
		{"được chỉ định làm", true}, {"được chỉ định", true},
		{"được bổ nhiệm giữ chức", true},
		{"được bổ nhiệm làm", true}, {"được bổ nhiệm là", true}, {"được bổ nhiệm", true},
		{"được phân công giữ chức", true}, {"được phân công làm", true},
		// The National Assembly approves a minister: được (Quốc hội) phê
		// chuẩn (bổ nhiệm) làm Bộ trưởng.
		{"được phê chuẩn bổ nhiệm làm", true}, {"được phê chuẩn bổ nhiệm giữ chức", true},
		{"được phê chuẩn làm", true}, {"được phê chuẩn giữ chức", true},
		{"được điều động giữ chức", true}, {"được điều động làm", true}, {"được luân chuyển giữ chức", true},
		// được điều động tham gia Ban Chấp hành …, Ban Thường vụ … và giữ
		// chức: the post after the seats (heldAfterSeats) only.
		{"được điều động", true}, {"được luân chuyển", true},
		{"nhận quyết định giữ chức", true},
		// thay bà A – người trở thành Phó Thủ tướng: becomes, takes it up.
		{"trở thành", true},
		// ông Võ Văn Dũng về nhận nhiệm vụ Phó trưởng Ban Nội chính Trung
		// ương (vneconomy 2015): the post the transfer is to.
		{"về nhận nhiệm vụ", true},
		// thay đồng chí A nhận nhiệm vụ Bí thư Thành ủy Tuy Hòa (baophuyen):
		// the post taken up, as after về; ông A - Phó Chủ tịch UBND tỉnh …
		// làm nhiệm vụ Phó Chủ tịch Thường trực UBND tỉnh (hatinh24h 2020),
		// ông A giữ vai trò Phó Chủ tịch thường trực UBND tỉnh (plo 2025):
		// the duty held is a post.
		{"nhận nhiệm vụ", true}, {"làm nhiệm vụ", false}, {"giữ vai trò", false},
		{"hiện đang là", false}, {"hiện đang giữ chức", false}, {"hiện là", false}, {"đang là", false},
		// ông A (khi) đang giữ chức Giám đốc Sở …: the post held then, which
		// the text does not end.
		{"khi đang giữ chức", false}, {"đang giữ chức", false},
		{"nay là", false}, {"đồng thời là", false}, {"là", false},
		{"giữ chức", false}, {"giữ cương vị", false}, {"giữ vị trí", false}, {"đảm nhiệm chức", false},
		{"đảm nhận chức", false}, {"đảm nhiệm vị trí", false}, {"đảm nhiệm cương vị", false}, {"đảm nhiệm", false}, {"làm", false},
		// bầu đồng chí A, Phó Bí thư Thường trực Tỉnh ủy vào vị trí Chủ tịch
		// HĐND tỉnh (sggp 2010): the seat voted into.
		{"vào vị trí", false}, {"vào chức", false},
	}
}

// post reads one post at ts[i]: a title, then its unit unless the title
// stands alone. A post printed with nguyên (former) or cố (the late) is read
// and marked former. Some papers print titles in small letters (ông Phan Văn
// Mãi - phó bí thư Thành ủy, chủ tịch UBND TP.HCM): such a title names a
// post only with its unit after it.
func (p *parser) post(i int) (post, int, bool) {
	ts := p.ts
	if i >= len(ts) {
		return post{}, i, false
	}
	former, acting := false, false
	start := i
	next := func() bool { return i+1 < len(ts) && (ts[i+1].Cap() || p.startsTitle(i+1)) }
	switch {
	case ts[i].Is("nguyên", "cố", "cựu") && next():
		// cựu Bí thư Tỉnh ủy Thanh Hóa: ex-, as nguyên (Hội Cựu chiến binh is
		// a unit's name: no title follows its Cựu).
		former = true
		i++
	case ts[i].Is("quyền") && next():
		// quyền bí thư Tỉnh ủy, Quyền Chủ tịch nước: acting, a post of its
		// own (the lexicon's Quyền Bộ trưởng is the same form).
		acting = true
		i++
	case ts[i].Is("tân") && !ts[i].Cap() && next():
		i++ // tân Bí thư: the new one, holding it now
	case ts[i].Is("nữ") && !ts[i].Cap() && next() && p.startsTitle(i+1):
		i++ // nữ Phó Thủ tướng đầu tiên: the first woman to hold it
	}
	if i >= len(ts) || !ts[i].Word {
		return post{}, start, false
	}
	lower := !ts[i].Cap()
	// UVTW Đảng, UVBTV Tỉnh ủy, TUV: a member of the committee or body,
	// the title abbreviated with it.
	if ts[i].Upper() && ts[i].Is(lexicon.MemberAbbrevs()...) {
		if u, end, ok := p.units.At(i); ok {
			return post{title: "Ủy viên", start: start, end: end, unitStart: i, unitEnd: end, unit: u, former: former}, end, true
		}
	}
	if q, end, ok := p.abbreviatedPost(i, start, former); ok {
		return q, end, true
	}
	// UVTV Tỉnh ủy: a member of the committee's standing body (Ban
	// Thường vụ), the body left out of the abbreviation.
	if ts[i].Upper() && ts[i].Is("uvtv") {
		if _, end, ok := p.units.At(i + 1); ok {
			if u, ok := units.Parse("Ban Thường vụ " + p.phrase(i+1, end).Text); ok && u.Body() {
				return post{title: "Ủy viên", start: start, end: end, unitStart: i, unitEnd: end, unit: u, former: former, unitName: u.String()}, end, true
			}
		}
	}
	// UV BTV Tỉnh ủy, UV BCT TƯ Đảng: Ủy viên abbreviated apart from the
	// body's abbreviation.
	if ts[i].Upper() && ts[i].Is("uv") && i+1 < len(ts) && ts[i+1].Upper() {
		if u, end, ok := p.units.At(i + 1); ok && (u.Body() || u.National()) {
			after := end
			if e, ok := scan.Seq(ts, end, "tw đảng"); ok && u.National() {
				after = e // BCT TƯ Đảng: the Party's central body, said again
			}
			return post{title: "Ủy viên", start: start, end: after, unitStart: i + 1, unitEnd: end, unit: u, former: former}, after, true
		}
	}
	// Thành ủy viên, Tỉnh ủy viên, Đảng ủy viên: a member of the committee.
	// Printed in small letters where it opens a person's posts (ông A, tỉnh
	// ủy viên, Phó Bí thư thường trực thành ủy: hoianrt 2016, baomoi 2019),
	// after a mark or là, làm, as lowerBeforePost reads a title; after a
	// word (hai tỉnh ủy viên, các thành ủy viên) it is a common noun.
	member := p.units.At
	if lower && (i == 0 || !ts[i-1].Word || ts[i-1].Is("là", "làm")) {
		member = p.units.After
	}
	if u, end, ok := member(i); ok && end < len(ts) && ts[end].Is("viên") && u.Kind == schema.UnitPartyOrg {
		return post{title: "Ủy viên", start: start, end: end + 1, unitStart: i, unitEnd: end, unit: u, former: former}, end + 1, true
	}
	t, j, ok := p.title(i)
	if !ok {
		return post{}, start, false
	}
	q := post{title: t.Name, start: start, end: j, former: former, alone: t.StandsAlone}
	if acting && !strings.HasPrefix(t.Name, "Quyền ") {
		q.title = "Quyền " + t.Name
	}
	// Ủy viên (dự khuyết) Trung ương Đảng: an alternate member, the
	// qualifier in brackets.
	if t.Name == "Ủy viên" && j+3 < len(ts) && ts[j].Mark("(") && seq(ts, j+1, "dự khuyết") && ts[j+3].Mark(")") {
		q.title = "Ủy viên dự khuyết"
		j += 4
	}
	if t.Standing && seq(ts, j, "thường trực") {
		// Phó Bí thư Thường trực Tỉnh ủy; giữ chức Phó Bí thư Thường trực;
		// (the unit printed before): the standing deputy, where a unit or
		// the end of the clause follows.
		_, _, unit := p.units.After(j + 2)
		_, steering := p.steeringAlone(j+2, j+2)
		// Phó Thủ tướng Thường trực Trương Hòa Bình: the name after it.
		named := j+2 < len(ts) && ts[j+2].Cap() && p.nextNamed(j+2)
		if unit || steering || named || j+2 == len(ts) || ts[j+2].Mark(";") || ts[j+2].Mark(".") || ts[j+2].Mark(",") || ts[j+2].Mark(")") {
			q.title += " Thường trực"
			j += 2
		}
	}
	if t.Shares == 0 {
		// Phó Chủ tịch chuyên trách UBMTTQ Việt Nam tỉnh, Phó Chủ tịch không
		// chuyên trách Ủy ban Trung ương MTTQ Việt Nam: whether the post is
		// the holder's full-time job, not another post; the unit follows.
		for _, w := range []string{"chuyên trách", "không chuyên trách"} {
			if e, ok := scan.Seq(ts, j, w); ok {
				if _, _, unit := p.units.After(e); unit {
					j = e
				}
				break
			}
		}
	}
	from := j - t.Shares
	if t.Shares > 0 && j < len(ts) && ts[j].Cap() && ts[j].Key == ts[j-1].Key {
		// Phó Trưởng ban Ban Chỉ đạo Tây Nam Bộ, Trưởng ban Ban Tổ chức
		// Tỉnh ủy: the shared word printed again, as the unit's own; so is
		// a steering committee printed by its head alone (Thứ trưởng Bộ Y
		// tế làm Phó Trưởng ban Ban Chỉ đạo., baochinhphu 2022), which
		// resolve names after the one the article names in full.
		if _, _, ok := p.units.At(j); ok {
			from = j
		} else if _, ok := p.steeringAlone(j, j); ok {
			from = j
		}
	}
	// The unit begins inside the title (Trưởng Ban Tuyên giáo) and runs past
	// it, or, for a national body, is the title's whole tail (Thường trực Ban
	// Bí thư).
	// In small letters a title sharing its head with the unit names a post
	// only where the unit's own name is capitalised: trưởng ban Nội chính
	// Tỉnh ủy, not trưởng ban chỉ đạo.
	common := from < j && lower && !ts[from].Cap() && !(j < len(ts) && ts[j].Cap())
	u, end, ok := p.units.After(from)
	if common && ok && u.Head == "Đoàn đại biểu Quốc hội" {
		// trưởng đoàn đại biểu Quốc hội tỉnh (kienthuc 2020): the
		// delegation's name is capitalised inside, at Quốc hội.
		common = false
	}
	if ok && (end > j || t.Shares > 0 && end == j && u.National()) && !common {
		after := p.term(end)
		q.unitStart, q.unitEnd, q.end, q.unit = from, end, after, u
		q.printedEnd = end // the term is not part of the post's name
		return q, after, true
	}
	if e, ok := p.centralSeat(t.Name, j); ok {
		// ủy viên TƯ các khóa 10, 11; Ủy viên Trung ương khóa 12 và 13: a
		// seat of the Party's Central Committee, the committee printed by
		// the word alone.
		u, _ := units.Parse("Trung ương Đảng")
		after := p.term(e)
		q.unitStart, q.unitEnd, q.end, q.unit, q.printedEnd = j, e, after, u, e
		return q, after, true
	}
	if !lower && seq(ts, j, "việt nam") && (t.StandsAlone || t.Name == "Chủ tịch") {
		// Chủ tịch Việt Nam Nguyễn Minh Triết, as foreign agencies' captions
		// print it: the country is the President's, no part of the name.
		if t.Name == "Chủ tịch" {
			q.title, q.alone = "Chủ tịch nước", true
		}
		q.end = j + 2
		return q, j + 2, true
	}
	if e, ok := p.steeringAlone(from, j); ok {
		// làm Trưởng Ban Chỉ đạo; Ủy viên Ban Chỉ đạo gồm các đồng chí: the
		// steering committee the article names in full (resolve).
		q.unitStart, q.unitEnd, q.end, q.unit = from, e, e, units.Steering()
		return q, e, true
	}
	if u, e, standing, ok := p.councilOfPlace(t.Name, j); ok {
		// Phó chủ tịch tỉnh Nghệ An Lê Ngọc Hoa, Chủ tịch huyện Tĩnh Gia:
		// the chairman of a place is its People's Committee's.
		if standing {
			q.title += " Thường trực"
		}
		q.unitStart, q.unitEnd, q.end, q.unit, q.unitName, q.printedEnd = j, e, e, u, u.String(), e
		return q, e, true
	}
	if strings.HasSuffix(q.title, " Thường trực") && !lower && j+1 < len(ts) && ts[j].Mark(",") {
		// Phó Trưởng Ban Thường trực, Ban Tuyên giáo và Dân vận Tỉnh ủy:
		// the standing deputy's board set off by a comma. A board or an
		// association printed alone is no post of its own; a body (Thường
		// trực HĐND) after the comma is the next item of a list.
		if u, end, ok := p.units.At(j + 1); ok && !u.Body() && (u.Kind == schema.UnitPartyDept || u.Kind == schema.UnitMass || u.Kind == schema.UnitFront) {
			after := p.term(end)
			q.unitStart, q.unitEnd, q.end, q.unit, q.printedEnd = j+1, end, after, u, end
			return q, after, true
		}
	}
	if u, e, ok := p.boardBefore(j); ok && t.Shares == 0 {
		// Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty X (postef 2015, u002);
		// Phó Chủ tịch HĐTV, Tổng Giám đốc Tập đoàn X: the board of the
		// firm whose head's post follows.
		q.unitStart, q.unitEnd, q.end, q.unit, q.unitName, q.printedEnd = j, e, e, u, u.String(), e
		return q, e, true
	}
	if t.Shares > 0 || lower {
		return post{}, start, false // Trưởng Ban alone: the head of some board
	}
	if t.StandsAlone {
		// Phó Chủ tịch nước nhiệm kỳ khóa XII, đại biểu Quốc hội khóa XIII:
		// the term the post is held for, no end of the run of posts.
		if after := p.term(j); after > j {
			q.end, q.printedEnd = after, j
			return q, after, true
		}
	}
	q.end = j
	return q, j, true
}

// boardBefore reads, at ts[j] after a title, a firm's board printed by its
// head alone (hội đồng quản trị, HĐQT, HĐTV: a lexicon Board head) and then
// joined by kiêm, a comma or a dash to a post of the firm's head printed
// with the firm: "Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty X". It returns
// the board of that firm (units.FirmBoard) and the index after the board's
// head. A board before anything else is not read, nor one before a firm
// whose name may go on in small letters past what was read.
func (p *parser) boardBefore(j int) (units.Unit, int, bool) {
	ts := p.ts
	for _, h := range lexicon.UnitHeads() {
		if h.Class != lexicon.Board {
			continue
		}
		e, ok := scan.Seq(ts, j, h.Text)
		if !ok {
			continue
		}
		k := e
		if k < len(ts) && (ts[k].Mark(",") || ts[k].Mark("-") || ts[k].Mark("–")) {
			k++
		}
		if k < len(ts) && ts[k].Is("kiêm") && !ts[k].Cap() {
			k++
		}
		if k == e || k >= len(ts) {
			return units.Unit{}, j, false
		}
		next, after, ok := p.post(k)
		if !ok || next.unitEnd == next.unitStart || !next.unit.HeadedBy(next.title) {
			return units.Unit{}, j, false
		}
		closed := next.unitEnd >= 2 && ts[next.unitEnd-2].Is("việt") && ts[next.unitEnd-1].Is("nam")
		if after < len(ts) && ts[after].Word && !ts[after].Cap() && !ts[after].Is("và") && !closed {
			// (Tập đoàn Dầu khí Việt Nam tạm thời …: the country closes a
			// firm's name; pm004, nxbcongthuong 2017.)
			// tổng giám đốc Công ty Xây dựng công trình giao thông 4 (l017):
			// a firm's name going on in small letters, read only in part.
			return units.Unit{}, j, false
		}
		u, ok := units.FirmBoard(h.Name, p.phrase(next.unitStart, next.unitEnd).Text)
		return u, e, ok
	}
	return units.Unit{}, j, false
}

// councilOfPlace reads, at ts[j] after the title named title (Chủ tịch or
// Phó Chủ tịch, perhaps then thường trực), a place printed with its level
// word and its capitalised name — "Phó chủ tịch tỉnh Nghệ An", "Chủ tịch
// huyện Tĩnh Gia", "Phó Chủ tịch thường trực thành phố Hà Nội" — which the
// press writes for the place's People's Committee (UBND). It returns that
// committee, the index after the name and whether thường trực was printed.
// A place without a name (Chủ tịch tỉnh trẻ nhất) is none; so is one whose
// level word is capitalised, a unit's name (Chủ tịch Tỉnh Đoàn), or missing.
//
// A party secretary's title before a place so printed (Bí thư tỉnh Quảng
// Ninh: cand; Bí thư tỉnh Yên Bái: kimdunghn; Bí thư tỉnh Quảng Nam Đà
// Nẵng: kinhtedothi) is the place's party committee's, as the press writes
// it: Tỉnh ủy Quảng Ninh, Đảng ủy xã for a commune. A place named Đoàn or
// Hội is a unit's name in small letters (Bí thư huyện Đoàn, Bí thư xã Đoàn:
// the Youth Union's), no place.
func (p *parser) councilOfPlace(title string, j int) (units.Unit, int, bool, bool) {
	ts := p.ts
	party := title == "Bí thư" || title == "Phó Bí thư" || title == "Phó Bí thư Thường trực"
	if title != "Chủ tịch" && title != "Phó Chủ tịch" && !party {
		return units.Unit{}, j, false, false
	}
	standing := false
	if (title == "Phó Chủ tịch" || title == "Phó Bí thư") && seq(ts, j, "thường trực") {
		standing, j = true, j+2
	}
	if j >= len(ts) || ts[j].TitleCase() {
		return units.Unit{}, j, false, false
	}
	pl, e := units.PlaceNamedAt(ts, j)
	if pl.Name == "" || pl.Word == "" || e-j <= len(strings.Fields(pl.Name)) {
		// Chủ tịch Hà Nội: a place printed without its level word is left
		// to what follows.
		return units.Unit{}, j, false, false
	}
	if party {
		if first := strings.Fields(vn.Key(pl.Name))[0]; first == "đoàn" || first == "hội" || first == "đảng" {
			return units.Unit{}, j, false, false
		}
		if e < len(ts) && ts[e].TitleCase() && !p.nextNamed(e) {
			// Bí thư tỉnh Quảng Nam Đà Nẵng: a name that goes on past the
			// place read (a province of before 1997) is not that place;
			// the holder's name after it (Bí thư tỉnh Quảng Ninh Nguyễn
			// Văn Đọc) is.
			return units.Unit{}, j, false, false
		}
		u := units.PartyOf(pl)
		if c, ok := u.CommitteeForm(); ok {
			u = c
		}
		return u, e, standing, true
	}
	u, ok := units.Parse("UBND " + p.phrase(j, e).Text)
	if !ok || u.Place.Name == "" {
		return units.Unit{}, j, false, false
	}
	return u, e, standing, true
}

// steeringAlone reports whether a steering committee is printed by its head
// alone (Ban Chỉ đạo, Chỉ capitalised) from ts[from], where a title's unit
// begins (Trưởng *Ban* Chỉ đạo, Ủy viên *Ban Chỉ đạo*), and returns the
// index after it. What follows must name nothing more of it: the end, a
// mark, a word in small letters (gồm, là, thay) or the next name. A
// steering committee named by its task, number or region is a unit in
// full (units), read before.
func (p *parser) steeringAlone(from, j int) (int, bool) {
	ts := p.ts
	e, ok := scan.Seq(ts, from, "ban chỉ đạo")
	if !ok || !ts[from+1].Cap() {
		return j, false
	}
	if e < len(ts) && ts[e].Word && ts[e].Cap() && !p.nextNamed(e) {
		return j, false
	}
	return e, true
}

// term returns the index after the term a post's unit may carry, printed
// after it: khóa XIII, (khóa XIX), nhiệm kỳ 2020 - 2025; k when none.
func (p *parser) term(k int) int {
	ts := p.ts
	j := k
	paren := j < len(ts) && ts[j].Mark("(")
	if paren {
		j++
	}
	// Ủy viên UBND tỉnh, nhiệm kỳ 2021-2026 đối với ...: the term after a
	// comma, its years printed, is the post's still.
	if !paren && j+3 < len(ts) && ts[j].Mark(",") && seq(ts, j+1, "nhiệm kỳ") {
		if yearSpan(ts[j+3]) {
			return j + 4
		}
		if j+5 < len(ts) && year(ts[j+3]) && ts[j+4].Mark("-") && year(ts[j+5]) {
			return j + 6 // nhiệm kỳ 2021 - 2026
		}
	}
	if seq(ts, j, "các khóa") {
		j++ // ủy viên TƯ các khóa 10, 11: the terms, several
	}
	switch {
	case seq(ts, j, "khóa") && j+1 < len(ts) && numeral(ts[j+1]):
		j += 2
		// khóa 8, 9; khóa X và XI: one post held over several terms.
		for j+1 < len(ts) && (ts[j].Mark(",") || ts[j].Is("và")) && numeral(ts[j+1]) {
			j += 2
		}
	case seq(ts, j, "nhiệm kỳ khóa") && j+3 < len(ts) && numeral(ts[j+3]):
		j += 4 // Thủ tướng Chính phủ nhiệm kỳ khóa XII: the assembly's term
	case seq(ts, j, "nhiệm kỳ") && j+2 < len(ts) && yearSpan(ts[j+2]):
		j += 3 // nhiệm kỳ 2020-2025, printed as one word
	case seq(ts, j, "nhiệm kỳ"):
		e, _ := scan.Seq(ts, j, "nhiệm kỳ")
		// nhiệm kỳ (2016 – 2021): the years in parentheses (thanhtra 2019).
		inner := !paren && e < len(ts) && ts[e].Mark("(")
		if inner {
			e++
		}
		n := e
		for n < len(ts) && n-e < 3 && (ts[n].Digits() || ts[n].Mark("-")) {
			n++
		}
		if n == e || !ts[n-1].Digits() {
			return k
		}
		if inner {
			if n >= len(ts) || !ts[n].Mark(")") {
				return k
			}
			n++
		}
		j = n
	default:
		return k
	}
	if paren {
		if j >= len(ts) || !ts[j].Mark(")") {
			return k
		}
		j++
	}
	// khóa XIX, nhiệm kỳ 2021 - 2026: both, the second after a comma or
	// not (khóa VI nhiệm kỳ 2021 – 2026).
	if !paren && seq(ts, k, "khóa") {
		n := j
		if n < len(ts) && ts[n].Mark(",") {
			n++
		}
		if seq(ts, n, "nhiệm kỳ") {
			if e := p.term(n); e > n {
				return e
			}
		}
	}
	return j
}

// aside returns the index after a parenthesis at ts[k] that names no post
// ("bà Lê Thị Thanh Trà (với tỷ lệ phiếu bầu đạt 98,18%) và ..."), or k.
// A birth year or an age set off by commas after a name (Bà Lê Thị Ái Nam,
// sinh năm 1963, Phó Bí thư ...; ông Nguyễn Văn Mười, 48 tuổi, Chánh Thanh
// tra ...) is passed over to the comma that closes it, where the posts
// begin; so is one printed with no comma before it (A sinh năm 1959, B …).
func (p *parser) aside(k int) int {
	ts := p.ts
	// Các ông A sinh năm 1959, B sinh năm 1959 cũng được bầu …: a birth
	// year right after the name, no comma before it.
	for _, w := range lexicon.BirthWords() {
		if e, ok := scan.Seq(ts, k, w); ok && e < len(ts) && year(ts[e]) && !ts[k].Cap() {
			return e + 1
		}
	}
	if k < len(ts) && ts[k].Mark(",") {
		j := k + 1
		for _, w := range lexicon.BirthWords() {
			e, ok := scan.Seq(ts, j, w)
			if !ok {
				continue
			}
			// ông A, sinh 1949 - nguyên Trưởng Ban …: a dash may close it
			// as the comma does (nld 2003, q010).
			if e+1 < len(ts) && ts[e].Digits() && len(ts[e].Text) == 4 && (ts[e+1].Mark(",") || ts[e+1].Mark("-")) {
				return e + 1
			}
			// đồng chí Vũ Cao Minh, sinh ngày 17/10/1960, Thành ủy viên, …
			// (kinhtedothi 2019, t011): a day of birth, then the posts.
			if e < len(ts) && ts[e].Is("ngày") && !ts[e].Cap() {
				e++
			}
			if d := birthDay(ts, e); d > e && d < len(ts) && (ts[d].Mark(",") || ts[d].Mark("-")) {
				return d
			}
		}
		if j+2 < len(ts) && ts[j].Digits() && len(ts[j].Text) == 2 && ts[j+1].Is("tuổi") && ts[j+2].Mark(",") {
			return j + 2
		}
		return k
	}
	if k >= len(ts) || !ts[k].Mark("(") {
		return k
	}
	for j := k + 1; j < len(ts) && j <= k+20; j++ {
		if p.startsTitle(j) {
			return k
		}
		if ts[j].Mark(")") {
			return j + 1
		}
	}
	return k
}

// ethnicity returns the index after a note of the people a person is of,
// opening a bracket after the name and closed by a semicolon or a comma
// ("(dân tộc Ba Na; Ủy viên ...", "(người dân tộc Tày, ..."), or k.
func (p *parser) ethnicity(k int) int {
	ts := p.ts
	j := k
	if seq(ts, j, "người") {
		j++
	}
	j, ok := scan.Seq(ts, j, "dân tộc")
	if !ok {
		return k
	}
	for e := j; e < len(ts) && e <= j+4; e++ {
		if ts[e].Mark(";") || ts[e].Mark(",") {
			return e + 1
		}
		if !ts[e].Word || !ts[e].Cap() {
			break
		}
	}
	return k
}

// year reports whether t is a year printed in four figures.
func year(t scan.Token) bool { return t.Digits() && len(t.Text) == 4 }

// yearSpan reports whether t is two years joined by a hyphen: 2020-2025.
func yearSpan(t scan.Token) bool {
	a, b, ok := strings.Cut(t.Text, "-")
	return ok && len(a) == 4 && len(b) == 4 && scan.Token{Text: a, Word: true}.Digits() && scan.Token{Text: b, Word: true}.Digits()
}

// numeral reports whether t is a term's number: Roman (XIII) or Arabic.
func numeral(t scan.Token) bool {
	if t.Digits() {
		return true
	}
	if t.Text == "" {
		return false
	}
	for _, r := range t.Text {
		if !strings.ContainsRune("IVXLC", r) {
			return false
		}
	}
	return true
}

// startsTitle reports whether a title of the gazetteer begins at ts[k].
func (p *parser) startsTitle(k int) bool {
	_, _, ok := p.title(k)
	return ok
}

// title reads the longest title at ts[i].
func (p *parser) title(i int) (title, int, bool) {
	if i >= len(p.ts) || !p.ts[i].Word {
		return title{}, i, false
	}
	if i >= 2 && p.ts[i].Key == "đại" && p.ts[i-1].Key == "hội" && p.ts[i-2].Key == "đại" {
		// "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ SỞ Y TẾ LẦN THỨ IX" (benhvienungbuou
		// 2021, dc001): the congress's name, no delegate's post; in capitals
		// its words read as a post, a unit and a name.
		return title{}, i, false
	}
	best, end := title{}, i
	for _, c := range p.titles[p.ts[i].Key] {
		if j, ok := p.keysAt(i, c.words); ok && j > end {
			best, end = c.t, j
		}
	}
	if end == i && p.ts[i].Cap() {
		// Thành viên Hội đồng thành viên, Tổng giám đốc Tập đoàn Dầu khí
		// Việt Nam: a seat's title before a firm's board.
		if t, j, ok := p.boardSeat(i); ok {
			return t, j, true
		}
	}
	return best, end, end > i
}

// keysAt reports whether the words at ts[i] are keys, one word each (as
// vn.Key writes them), and returns the index after them.
func (p *parser) keysAt(i int, keys []string) (int, bool) {
	j := i
	for _, w := range keys {
		if j >= len(p.ts) || !p.ts[j].Word || p.ts[j].Key != w {
			return i, false
		}
		j++
	}
	return j, true
}

// boardSeat reads at ts[i] a word that is a seat's title before a firm's
// board (lexicon.TitleWord.BoardSeat) and returns it and its end.
func (p *parser) boardSeat(i int) (title, int, bool) {
	bs := boardSeats()
	for _, c := range bs.seats {
		j, ok := p.keysAt(i, c.words)
		if !ok {
			continue
		}
		for _, b := range bs.boards {
			if _, ok := scan.Seq(p.ts, j, strings.Join(b, " ")); ok && p.ts[j].Cap() {
				return c.t, j, true
			}
		}
	}
	return title{}, i, false
}

// name reads a person's name at ts[i]: two to four title-case syllables that
// end there (a longer run is something else), not a province's or city's
// name, not Hồ Chí Minh (the city, the Youth Union, the President in a
// campaign's name), not starting a title or a unit. Out of a strong slot (after
// đồng chí, a post) the name must begin with a common family name.
func (p *parser) name(i int, strong bool) (int, bool) {
	ts := p.ts
	if k, ok := p.apostrophe(i); ok {
		// H'Kim Hoa Byă, K' Đăng: names of the Central Highlands' peoples
		// that open on a letter and an apostrophe; one syllable may follow.
		n := 0
		for k+n < len(ts) && n <= 4 && p.nameWord(k+n, true) {
			n++
		}
		if n < 1 || n > 4 {
			return i, false
		}
		return k + n, true
	}
	// Names of the Central Highlands' peoples run longer: Y Thanh Hà Niê
	// Kđăm; after đồng chí or a post five syllables are a name.
	most := 4
	if strong {
		most = 5
	}
	n := 0
	for i+n < len(ts) && n <= most && p.nameWord(i+n, strong) {
		if n >= 2 && ts[i+n].Upper() && p.startsUnitAt(i+n) {
			// đối với ông Huỳnh Cách Mạng UBND TP hiện chỉ có ...: a unit's
			// abbreviation after the name, no comma between, ends it.
			break
		}
		n++
	}
	if n < 2 || n > most {
		return i, false
	}
	if seq(ts, i, "hồ chí minh") || units.PlaceAt(ts, i) > i {
		return i, false
	}
	if ts[i].Is(lexicon.PlacePrepositions()...) && units.PlaceAt(ts, i+1) > i+1 {
		// Cụ thể: Tại Thái Nguyên, ông A được bầu …: a place after tại, no
		// name (danviet 2024).
		return i, false
	}
	if !strong && !scan.IsFamilyName(ts[i].Key) {
		return i, false
	}
	if n == 2 && !strong && i > 0 && !ts[i-1].Cap() && levelEnd(ts[i-1]) {
		// ông nhận nhiệm vụ về công tác huyện Thạch An, được bầu làm Bí
		// thư huyện Đoàn (baocaobang 2013): two words a level word in small
		// letters names are the place, not the subject of the verb after
		// them; a holder's name printed after his post (Chủ tịch UBND tỉnh
		// Trần Phong) is read in a strong slot.
		return i, false
	}
	if n == 2 && afterListedPlace(ts, i) {
		// phụ trách xã Thạch Đỉnh, Thạch Bàn - Phó Chủ tịch UBND huyện: the
		// next place of a list, its level word left out.
		return i, false
	}
	if scan.HeadWord(ts[i].Key) || scan.CutsCompound(ts, i+n) {
		// Bí thư Ban Cán sự Đoàn, Bí thư Đoàn Đại học Khoa học tự nhiên:
		// a unit's name the units' reader does not know, cut short.
		return i, false
	}
	if _, _, ok := p.title(i); ok {
		return i, false
	}
	if _, _, ok := p.units.At(i); ok {
		return i, false
	}
	return i + n, true
}

// afterListedPlace reports whether ts[i] follows a comma that closes a place
// printed with its level word in small letters (xã Thạch Đỉnh, ; các huyện
// Thạch Thất, ): what follows is read as the list's next place.
func afterListedPlace(ts []scan.Token, i int) bool {
	if i < 3 || !ts[i-1].Mark(",") {
		return false
	}
	k := i - 2
	for k > 0 && i-2-k < 4 && ts[k].TitleCase() {
		k--
	}
	return k < i-2 && !ts[k].Cap() && levelEnd(ts[k])
}

// levelEnd reports whether t is the last word of a level word a place's name
// is printed after (tỉnh, thành phố, quận, huyện, phường, xã, thị xã, thị
// trấn: lexicon.PlaceWords but đặc khu, whose khu is a common noun too).
func levelEnd(t scan.Token) bool {
	return t.Is("tỉnh", "phố", "quận", "huyện", "phường", "xã", "trấn")
}

// apostrophe reports whether ts[i] is the letter and apostrophe a name of
// the Central Highlands may open on (H'Kim, H’Yim, K' Đăng), and the index
// after the apostrophe.
func (p *parser) apostrophe(i int) (int, bool) {
	ts := p.ts
	if i+2 >= len(ts) || !ts[i].Is("h", "k") || !ts[i].Cap() || !(ts[i+1].Mark("'") || ts[i+1].Mark("’")) || ts[i].End != ts[i+1].Start {
		return i, false
	}
	return i + 2, ts[i+2].TitleCase()
}

// nameWord reports whether ts[k] may be a syllable of a name: title case (or,
// after đồng chí, capitals: NGUYỄN VĂN A), not beginning a title.
func (p *parser) nameWord(k int, strong bool) bool {
	t := p.ts[k]
	if !t.TitleCase() && !(strong && t.Upper() && isSyllable(t.Text)) {
		return false
	}
	if vn.Tones(t.Text) > 1 {
		return false // two tone marks: a garbled page's capitals, no syllable
	}
	if t.Upper() && t.Is("sn") {
		return false // Đồng chí Lê Minh Hoan SN 1961: sinh năm, born in
	}
	if _, roman := vn.Roman(t.Text); roman && len(t.Text) > 1 && k > 0 && p.ts[k-1].Word && !p.ts[k-1].Upper() {
		// Ủy viên Trung ương Đảng: Khóa XII, XIII (bg004): a term's number
		// in capitals after a word that is not, no syllable of a name (a
		// name printed in capitals, NGUYỄN VĂN VI, is capitals throughout).
		return false
	}
	if !hasVowel(t.Text) && (len([]rune(t.Text)) > 1 || k == len(p.ts)-1) {
		// Bí thư Đảng ủy-Chủ tịch HĐQT NHPT (vdb 2020): every syllable of a
		// name has a vowel; capitals without one abbreviate a unit. A lone
		// consonant is a name's initial (ông Phạm S), except as the last
		// word of all, where the page was cut inside the name (Bộ trưởng
		// Nguyễn V, thoibaotaichinhvietnam 2026).
		return false
	}
	if k > 0 && p.ts[k-1].Word && p.ts[k-1].End == t.Start {
		return false
	}
	if _, _, ok := p.title(k); ok && k > 0 {
		// Nguyễn Văn A Phó Bí thư: the title ends the name.
		return !startsPost(p, k)
	}
	if k > 0 && t.Is("phó") && p.startsAbbrev(k) {
		return false // Lê Thanh Bình Phó CT UBND xã: a title's initials
	}
	return true
}

// thenCopula is p.thenWas: the index after the comma of a sentence opening
// on "Trước đó," or "Trước đây," then a person announced or named and là,
// từng là, đã là or giữ chức; zero for any other sentence ("Trước đó, ông
// A, Chánh văn phòng …, đã ra Hà Nội": the posts are in apposition).
func (p *parser) thenCopula() int {
	ts := p.ts
	h := 3
	if !seq(ts, 0, "trước đó") && !seq(ts, 0, "trước đây") || len(ts) < 4 || !ts[2].Mark(",") {
		// Trước 5/2016, ông là Ủy viên Ban Thường vụ Đảng ủy, Phó Chính ủy
		// Quân khu 2 (quangbinh24h): before a month or a year.
		c, ok := beforeDate(ts)
		if !ok {
			return 0
		}
		h = c + 1
	}
	after := h
	if h+1 < len(ts) && ts[h].Is("ông", "bà") && ts[h+1].Is("là") {
		return h // the person the page is about, by the pronoun alone
	}
	if e, ok := scan.Seq(ts, h, "đồng chí"); ok {
		h = e
	} else if h < len(ts) && ts[h].Is("ông", "bà") {
		h++
	}
	end, ok := p.name(p.honorific(h), true)
	if !ok {
		return 0
	}
	for _, w := range []string{"là", "từng là", "đã là", "giữ chức", "từng giữ chức"} {
		if seq(ts, end, w) {
			return after
		}
	}
	return 0
}

// beforeDate reads a sentence's opening "Trước 5/2016," "Trước tháng
// 5-2016," "Trước năm 2016,": Trước, a month or a year in digits, and the
// comma, whose index it returns.
func beforeDate(ts []scan.Token) (int, bool) {
	if len(ts) < 4 || !ts[0].Is("trước") {
		return 0, false
	}
	year := false
	for k := 1; k < len(ts) && k <= 8; k++ {
		t := ts[k]
		switch {
		case t.Mark(","):
			return k, year && k > 1
		case strings.Trim(t.Text, "0123456789/-.") == "" && strings.ContainsAny(t.Text, "0123456789"):
			year = year || len(t.Text) >= 4
		case t.Mark("/") || t.Mark("-") || t.Is("tháng", "năm", "ngày"):
		default:
			return 0, false
		}
	}
	return 0, false
}

func startsPost(p *parser, k int) bool {
	_, _, ok := p.post(k)
	return ok
}

// hasVowel reports whether s holds a vowel letter (a, e, i, o, u, y with
// or without marks), as every Vietnamese syllable does and an abbreviation
// in capitals (HĐQT, NHPT, BCH) need not.
func hasVowel(s string) bool {
	return strings.ContainsAny(vn.Fold(s), "aeiouy")
}

// isSyllable reports whether s is letters only, as a syllable of a name is.
func isSyllable(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return s != ""
}

// nameText writes a name as names are written: its syllables with single
// spaces, each capitalised (a name printed in capitals is title-cased).
func nameText(ts []scan.Token) string {
	var b strings.Builder
	for k, t := range ts {
		w := vn.NFC(t.Text)
		if t.Upper() {
			rs := []rune(strings.ToLower(w))
			rs[0] = unicode.ToUpper(rs[0])
			w = string(rs)
		}
		if w == "’" {
			w = "'"
		}
		// Syllables are apart; H'Kim is printed glued.
		if k > 0 && t.Start != ts[k-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

func seq(ts []scan.Token, i int, phrase string) bool {
	_, ok := scan.Seq(ts, i, phrase)
	return ok
}

// startsUnitAt reports whether a unit's name begins at ts[k].
func (p *parser) startsUnitAt(k int) bool {
	_, _, ok := p.units.At(k)
	return ok
}

// abbreviatedPost reads a post whose title is printed as its initials
// (lexicon.TitleAbbrevs) at ts[i]: before its unit, or its committee's
// initials after a dot ("BT.HU, CT.HĐND huyện", "CN UBKT", "PCT TT UBND Quận
// 8", "CT.MTTQ Việt Nam"); alone only where the initials are nothing else and
// a mark follows ("PBT, CT.UBND huyện"). TT after the title is Thường trực.
func (p *parser) abbreviatedPost(i, start int, former bool) (post, int, bool) {
	ts := p.ts
	deputy := false
	if ts[i].Is("phó") && p.startsAbbrev(i+1) && !deputyAbbrev(ts[i+1]) {
		// Phó CT UBND xã (fr001): Phó before a title's initials.
		deputy = true
		i++
	}
	if !ts[i].Upper() {
		return post{}, start, false
	}
	a, ok := lexicon.TitleAbbrevOf(ts[i].Key)
	if !ok {
		return post{}, start, false
	}
	title, j := a.Name, i+1
	if deputy {
		title = "Phó " + title
	}
	dot := j < len(ts) && ts[j].Mark(".")
	if dot {
		j++
	}
	if !dot && j+1 < len(ts) && ts[j].Upper() && ts[j].Is("tt") {
		title += " Thường trực" // PCT TT UBND: the standing deputy
		j++
	}
	if j >= len(ts) {
		return post{}, start, false
	}
	q := post{title: title, start: start, unitStart: j, former: former}
	if (a.Alone || a.BeforeName || deputy) && !dot && ts[j].Word && ts[j].Cap() {
		// PBT Nguyễn Văn A, TBT Nguyễn Phú Trọng (vov 2022), 2 Phó CT
		// Nguyễn Văn Sơn và Nguyễn Thế Hùng (hoianrt 2016): initials that
		// are a title and nothing else, then the holder's name, as a title
		// printed whole stands before it alone.
		if _, ok := p.name(j, true); ok && !p.startsUnitAt(j) {
			q.end, q.unitStart = j, j
			return q, j, true
		}
	}
	if a.BeforeName {
		return post{}, start, false
	}
	if dot && ts[j].Upper() {
		if name, ok := lexicon.CommitteeAbbrevs()[ts[j].Key]; ok {
			// BT.HU: the committee's initials; a place may follow.
			if u, ok := units.Parse(name); ok {
				q.unit, q.unitEnd, q.end, q.unitName = u, j+1, j+1, u.String()
				return q, j + 1, true
			}
		}
	}
	if j < len(ts) && ts[j].Word && ts[j].Cap() {
		if u, end, ok := p.units.At(j); ok {
			q.unit, q.unitEnd, q.end = u, end, end
			return q, end, true
		}
	}
	if a.Alone && !dot && (ts[j].Mark(",") || ts[j].Mark(";")) {
		q.end, q.unitStart = j, j
		return q, j, true
	}
	return post{}, start, false
}

// deputyAbbrev reports whether t is a deputy's title printed as its
// initials (PBT, PCT: lexicon.TitleAbbrevs), which takes no Phó before it.
func deputyAbbrev(t scan.Token) bool {
	a, ok := lexicon.TitleAbbrevOf(t.Key)
	return ok && t.Word && strings.HasPrefix(a.Name, "Phó ")
}

// startsAbbrev reports whether a post printed as initials begins at ts[k]:
// a member's (TUV, UVBTV) or a title's (BT.HU, PCT).
func (p *parser) startsAbbrev(k int) bool {
	if k+1 < len(p.ts) && p.ts[k].Is("phó") {
		k++ // Phó CT UBND xã, PHÓ CT UBND xã: the initials after it decide
	}
	if k >= len(p.ts) || !p.ts[k].Upper() {
		return false
	}
	if p.ts[k].Is(lexicon.MemberAbbrevs()...) {
		return true
	}
	_, ok := lexicon.TitleAbbrevOf(p.ts[k].Key)
	return ok
}

// birthDay returns the index after a day of birth printed at ts[e] with
// its year, as the tokenizer keeps it, one token (17/10/1960, 17-10-1960,
// 17.10.1960), or e.
func birthDay(ts []scan.Token, e int) int {
	if e >= len(ts) {
		return e
	}
	parts := strings.FieldsFunc(ts[e].Text, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	if len(parts) != 3 || len(parts[2]) != 4 {
		return e
	}
	for _, x := range parts {
		for _, r := range x {
			if r < '0' || r > '9' {
				return e
			}
		}
	}
	return e + 1
}
