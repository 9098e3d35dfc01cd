package people

import (
	"strings"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/vn"
)

// Referred reads the posts biographies print after naming a person again by
// a short reference: the given name after ông or bà ("Ông Lợi cũng đồng thời
// là đại biểu Quốc hội", "bà Thủy được bổ nhiệm là Ủy viên Ban Thường vụ Tỉnh
// ủy"), or ông or bà alone opening a sentence or a clause and followed by the
// verb ("Ông là ủy viên Bộ Chính trị", "Từ tháng 7/2001, ông giữ chức ...").
// A given name is the last person's named in full before it whose name ends
// so; ông or bà alone is the last person named before the sentence. Posts
// must follow a verb (là, giữ chức, được bầu làm, từng ...), so a short name
// in passing ("theo ông Lợi") gives nothing; nor does a sentence dated
// otherwise than by the span a post was held over. ms are the people the other
// readers found in ss, in order; the result adds one mention a reference.
func Referred(ss []recognize.Sentence, ms []recognize.PersonMention) []recognize.PersonMention {
	out := ms
	var steps []step
	named := map[int][]int{} // the mentions the other readers found, by sentence
	for x, m := range ms {
		named[m.Sentence] = append(named[m.Sentence], x)
	}
	subs := subjects(ss)
	pronouns := pronounsAt(ss) // where each sentence's subject ông or bà stands
	for _, s := range ss {
		if s.Kind == model.Byline || s.Kind == model.Header {
			continue
		}
		if h := heldOf(s); h[1].IsZero() {
			steps = append(steps, namedSteps(s, out, named[s.Index])...)
		}
		elided := -1
		if len(named[s.Index]) == 0 {
			elided = elidedStep(s)
		}
		if !hasPronoun(s.Text) && elided < 0 {
			continue // no reference can be there: the sentence is not cut again
		}
		ts := s.Tokens
		var p *parser
		for i := 0; i < len(ts); i++ {
			var who recognize.PersonMention
			var end int
			var ok bool
			switch {
			case i == elided:
				// Tháng 8/1942, làm Bí thư Tỉnh uỷ Hà Đông. (baoquangninh
				// 2022): a step that leaves its subject out, as ông alone
				// would stand for it.
				who, end, ok = referent(ms, subs, pronouns, s.Sentence, bareOng(ts, i), 0)
				end = i
			case !ts[i].Is("ông", "bà") || ts[i].Upper() || i+1 >= len(ts):
				continue
			default:
				who, end, ok = referent(ms, subs, pronouns, s.Sentence, ts, i)
			}
			if !ok {
				continue
			}
			if p == nil {
				p = newParser(s)
				p.since = since(s.Dates)
				p.held = heldOf(s)
				p.before = beforeClause(ts)
			}
			// Tháng 4/2016, ông được bổ nhiệm làm Phó Thủ tướng: a step of
			// the career, taken up then and left at the next step (or at the
			// end printed after it, đến tháng 2/2020); Sau đó, ông ...: a
			// step after the one before. A span (Từ tháng 11-2010 đến tháng
			// 7-2015, bà giữ chức ...) says when a post was held; any other
			// date dates something else.
			stepped, start, heldSince := false, model.When{}, model.When{}
			if c, ok := beforeDate(ts); ok && i > c {
				// Trước 5/2016, ông là ... (quangbinh24h): held before
				// then, no longer; the date begins no step.
				p.before = c + 1
			} else if p.held[1].IsZero() {
				if len(s.Dates) > 0 {
					if start, stepped = stepDate(s, i); !stepped {
						var ok bool
						if heldSince, ok = lifeOrSince(s, i); !ok {
							break
						}
					}
				} else if i <= 3 && seq(ts, 0, "sau đó") {
					stepped = true
				}
			}
			k := end
			for k < len(ts) && ts[k].Is("cũng", "còn", "hiện", "này") {
				k++
			}
			posts, elected, byVerb := p.trailingVerb(k)
			if !byVerb || len(posts) == 0 {
				if h, degree, ok := p.profileAside(k); ok && degree {
					// là tiến sĩ hóa học, Ủy viên …: the posts after the
					// degree, held.
					if more, _, ok := p.chain(h); ok {
						posts, elected, byVerb = more, false, true
					}
				} else if ok {
					posts, elected, byVerb = p.trailingVerb(h)
				}
			}
			if !byVerb || len(posts) == 0 {
				continue
			}
			if i > 0 && electsBefore(ts, i) {
				elected = true // bầu ông giữ chức ...: the verb before ông elects
			}
			e := p.after(end, posts)
			if e+2 < len(ts) && ts[e].Mark(",") && ts[e+1].Is("rồi") {
				e++ // giữ chức Phó Tổng kiểm toán Nhà nước, rồi Tổng kiểm toán nhà nước
			}
			// làm Phó giám đốc và Giám đốc Sở Xây dựng; làm Phó bí thư, Chủ
			// tịch UBND tỉnh rồi Bí thư Tỉnh ủy: the career goes on. Ông là
			// ủy viên Bộ Chính trị khóa 12, ủy viên TƯ các khóa 10, 11; ĐBQH
			// khóa 13, 14: so do the posts held.
			if e < len(ts) && ts[e].Mark("(") {
				// trưởng đoàn đại biểu Quốc hội tỉnh (từ tháng 5/2016) và là
				// ủy viên Hội đồng Dân tộc (kienthuc 2020): an aside closed,
				// then the next post.
				e = p.aside(e)
			}
			next, later := -1, false
			if e+1 < len(ts) && (ts[e].Is("và", "rồi") || ts[e].Mark(";")) && p.startsTitle(e+1) {
				next = e + 1
			} else if e+2 < len(ts) && ts[e].Is("rồi", "và") && ts[e+1].Is("là", "làm") && p.startsTitle(e+2) {
				// ông là Chủ tịch Quốc hội Việt Nam, rồi là Chủ tịch Mặt trận
				// Tổ quốc (vi.wikipedia 2006): the next post, as rồi alone;
				// "và là ủy viên Hội đồng Dân tộc" (kienthuc 2020) as và.
				next = e + 2
			} else if j, ok := p.thenTaken(e); ok {
				// được bầu làm Bí thư huyện Đoàn, sau đó làm Trưởng Công an
				// huyện (baocaobang 2013): a later step in the same
				// sentence; the posts before it were left for it.
				next, later = j, true
			} else if e+1 < len(ts) && (ts[e].Is("và") || ts[e].Mark(",")) {
				// giữ chức Chánh Văn phòng Trung ương Đảng và được bầu làm
				// Ủy viên Ban Bí thư; được bầu vào Ban chấp hành Đảng bộ
				// tỉnh, giữ chức phó chủ tịch UBND tỉnh: a second post taken
				// up by its own verb.
				for _, v := range takingUp() {
					holds := ts[e].Mark(",") && strings.HasPrefix(v.words, "giữ ")
					if j, ok := p.verbAt(e+1, v); ok && (v.elected || holds) && j < len(ts) && p.startsTitle(j) {
						next = j
						break
					}
				}
				// và đã được Bộ Chính trị phân công giữ chức vụ Bí thư thành
				// ủy Cần Thơ (baomoi 2011): the second verb with who gives
				// the post between được and it.
				if k := e + 1; next < 0 && ts[e].Is("và") {
					if k < len(ts) && ts[k].Is("đã", "vừa", "mới", "cũng") {
						k++
					}
					if j, v, ok := p.byAgent(k); ok && v.elected && j < len(ts) && p.startsTitle(j) {
						next = j
					}
				}
			}
			if next > 0 {
				if later {
					for x := range posts {
						if !seat(posts[x].title) {
							posts[x].former = true
						}
					}
				}
				posts = append(posts, p.run(next)...)
			}
			shareUnits(posts)
			alternateLeft(posts)
			m := p.mention(i, max(end, i+1), posts, who.Role) // an elided subject: the verb stands for the name
			m.Name.Text, m.Sentence = who.Name.Text, s.Index
			if elected {
				for x := range m.Posts {
					m.Posts[x].Elected = !m.Posts[x].Former
				}
			}
			if !p.held[1].IsZero() {
				// A span is a step too: it ends the step before it.
				steps = append(steps, step{at: len(out), start: p.held[0], sentence: s.Index})
			}
			if stepped {
				until, ok := stepUntil(s, p.after(end, posts))
				if !ok && p.laterStep(p.after(end, posts)) {
					// Tháng 8/2008, ông này làm Bí thư Thành ủy Cao Lãnh và
					// hơn 2 năm sau đó được bầu làm ...: a later step in the
					// same sentence, its date not printed; left by the event.
					for x := range m.Posts {
						if q := &m.Posts[x]; !seat(q.Title) {
							q.Former, q.Elected = true, false
						}
					}
				}
				for x := range m.Posts {
					q := &m.Posts[x]
					if q.Start.IsZero() {
						q.Start = start
					}
					if ok && !q.Former {
						q.End, q.Former, q.Elected = until, true, false
					}
				}
				steps = append(steps, step{at: len(out), start: start, sentence: s.Index})
			} else if !heldSince.IsZero() && takesUpPost(m) {
				// Ông giữ chức Bí thư Huyện ủy từ tháng 3/2005: the day a
				// post was taken up is a step of the career too, which ends
				// the step before it and a later step ends (endSteps); its
				// posts keep the starts the sentence prints (p.since). A
				// post left on that day (thôi giữ chức … từ tháng 5/2010)
				// is no step: what the person held besides goes on.
				steps = append(steps, step{at: len(out), start: heldSince, sentence: s.Index})
			}
			out = append(out, m)
			i = p.after(end, posts) - 1
		}
	}
	endSteps(out, steps)
	return out
}

// heldOf is the span a sentence of a dated career opens on, as dates.Find
// reads it (Từ tháng 3-2001 đến tháng 7-2004, ...) or in the shorter forms
// careerSpan reads (Năm 2001-2007, ông ...); zero for any other sentence.
func heldOf(s recognize.Sentence) [2]model.When {
	if h := heldSpan(s.Dates); !h[1].IsZero() {
		return h
	}
	if span, _, colon, ok := careerSpan(s.Tokens); ok && !colon {
		// A span and a colon (2015 - 2020: ...) may head a term's report
		// as well as a tiểu sử line: it dates no post here.
		return span
	}
	return [2]model.When{}
}

// hasPronoun reports whether text may hold ông or bà.
func hasPronoun(text string) bool {
	for _, w := range []string{"ông", "Ông", "bà", "Bà"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// subject is a sentence that opens on ông or bà and a given name, the
// person it is about: "Ông Thắng tiếp quản vị trí của ông Nguyễn Xuân Ký",
// "Tháng 3/2018, ông Thắng được bổ nhiệm ...".
type subject struct {
	short    string // the given name, as vn.Key has it
	sentence int    // model.Sentence.Index
}

// subjects are the sentences of ss that open on ông or bà and a given name
// — at their start, or after a first clause ended by a comma — in order.
func subjects(ss []recognize.Sentence) []subject {
	var out []subject
	for _, s := range ss {
		if s.Kind == model.Byline || s.Kind == model.Header || !hasPronoun(s.Text) {
			continue
		}
		ts := s.Tokens
		for i := 0; i+1 < len(ts) && i < 8; i++ {
			if i > 0 && !ts[i-1].Mark(",") {
				continue
			}
			if ts[i].Is("ông", "bà") && ts[i+1].TitleCase() && (i+2 >= len(ts) || !ts[i+2].TitleCase()) {
				out = append(out, subject{short: ts[i+1].Key, sentence: s.Index})
			}
			break
		}
	}
	return out
}

// referent is who ông or bà at ts[i] refers to, and the index after the
// reference: the given name printed after it (ông Lợi), the last person
// named in full before whose name ends so; or, for ông or bà alone opening
// the sentence or a clause before a word in small letters (Ông là ..., ,
// ông giữ chức ...), the last person named before the sentence — unless a
// sentence since opens on another by the given name (subs): "Ông Thắng tiếp
// quản vị trí của ông Nguyễn Xuân Ký. ... Năm 2016, ông được bầu ..." is
// Thắng's.
func referent(ms []recognize.PersonMention, subs []subject, pronouns map[int]int, s model.Sentence, ts []scan.Token, i int) (recognize.PersonMention, int, bool) {
	at := s.Start + ts[i].Start
	short := ""
	end := i + 1
	switch {
	case ts[i+1].TitleCase() && (i+2 >= len(ts) || !ts[i+2].TitleCase()):
		short, end = ts[i+1].Key, i+2
	case !ts[i+1].Cap() && ts[i+1].Word && (i == 0 || ts[i-1].Mark(",") || electsBefore(ts, i)):
		if m, ok := subjectBefore(ms, subs, s.Index); ok {
			return m, end, true
		}
	default:
		return recognize.PersonMention{}, i, false
	}
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.Sentence > s.Index || m.Sentence == s.Index && (short == "" || m.Name.Span.Start >= at) {
			continue
		}
		ws := strings.Fields(vn.Key(m.Name.Text))
		if len(ws) < 2 {
			continue
		}
		if short != "" && ws[len(ws)-1] != short {
			continue
		}
		if said, ok := pronouns[m.Sentence]; short == "" && ok && m.Sentence < s.Index && said < m.Name.Span.Start {
			// Thời gian này, ông được gặp đồng chí Ma Văn Tần ...
			// (baocaobang 2013): the sentence was about the one ông
			// stood for already; the person it names after him is met,
			// not spoken of again by the next ông.
			continue
		}
		return m, end, true
	}
	return recognize.PersonMention{}, i, false
}

// electsBefore reports whether ts[i], ông or bà, is the object of a verb
// that puts a person in a post: "HĐND tỉnh khóa XVIII bầu ông giữ chức Phó
// chủ tịch UBND tỉnh", "Bộ Chính trị điều động ông làm Bí thư Tỉnh ủy".
func electsBefore(ts []scan.Token, i int) bool {
	for _, v := range electing() {
		if _, ok := scan.Before(ts, i, v); ok {
			return true
		}
	}
	return false
}

// electing are the verbs electsBefore reads, in the active voice.
func electing() []string {
	return []string{"bầu", "tái bầu", "điều động", "phân công", "bổ nhiệm", "chỉ định", "luân chuyển"}
}

// subjectBefore is the person a sentence before the one at names as its
// subject by the given name (subs), where that sentence comes at or after
// the last person named in full before the one at, and that name is one of
// a person named in full before it; false otherwise.
func subjectBefore(ms []recognize.PersonMention, subs []subject, at int) (recognize.PersonMention, bool) {
	var sub subject
	found := false
	for _, x := range subs {
		if x.sentence < at {
			sub, found = x, true
		}
	}
	if !found {
		return recognize.PersonMention{}, false
	}
	latest := -1 // the sentence of the last person named in full before at
	for _, m := range ms {
		if m.Sentence < at && len(strings.Fields(m.Name.Text)) > 1 {
			latest = max(latest, m.Sentence)
		}
	}
	if latest < 0 || latest > sub.sentence {
		return recognize.PersonMention{}, false
	}
	var out recognize.PersonMention
	found = false
	for _, m := range ms {
		ws := strings.Fields(vn.Key(m.Name.Text))
		if m.Sentence > sub.sentence || len(ws) < 2 || ws[len(ws)-1] != sub.short || found && m.Sentence < out.Sentence {
			continue
		}
		out, found = m, true
	}
	return out, found
}

// heldSpan reads the span of time a sentence of a dated career opens on:
// "Từ tháng 6-1992 đến tháng 12-1996, bà Lê Thị Thủy là giảng viên ...".
// Both ends must be printed to the month or the year, with a year: a range
// of days (Từ ngày 21-9 đến 3-10, ...) is an event's, not a tenure's.
func heldSpan(ms []dates.Match) [2]model.When {
	if len(ms) == 0 || ms[0].Start != 0 || !strings.HasPrefix(vn.Key(ms[0].Text), "từ ") {
		return [2]model.When{}
	}
	from, to := ms[0].From, ms[0].To
	if !ms[0].IsRange() && len(ms) > 1 && strings.HasPrefix(vn.Key(ms[1].Text), "đến ") {
		to = ms[1].From
	}
	if from.Year == 0 || to.Year == 0 || from.Day != 0 || to.Day != 0 {
		return [2]model.When{}
	}
	return [2]model.When{from, to}
}

// beforeClause is the index after the comma that closes the clause ts opens
// on with trước khi, trước đó or trước đây (before, before that): "Trước
// khi được bầu giữ chức Bí thư Tỉnh ủy Hậu Giang, ông Hùng giữ chức ...".
// Zero when ts opens otherwise.
// takingUpClause is beforeClause for a person named in full: the index after
// a clause that opens on trước khi and names a post being taken up ("Trước
// khi được bầu Bí thư Tỉnh đoàn Nghệ An, anh Lê Văn Lương ... là Phó bí thư
// Tỉnh đoàn, ..."), so the posts printed after it were held until then. Zero
// for any other sentence: trước khi bế mạc, trước đó date what is done, not
// the posts in apposition.
func takingUpClause(ts []scan.Token) int {
	if !seq(ts, 0, "trước khi") {
		return 0
	}
	end := beforeClause(ts)
	for k := 2; k < end; k++ {
		for _, w := range []string{"được bầu", "được bổ nhiệm", "được điều động", "được chỉ định", "được phân công", "được luân chuyển", "trở thành", "đắc cử", "nhậm chức", "giữ chức"} {
			if seq(ts, k, w) {
				return end
			}
		}
	}
	return 0
}

func beforeClause(ts []scan.Token) int {
	if !seq(ts, 0, "trước khi") && !seq(ts, 0, "trước đó") && !seq(ts, 0, "trước đây") {
		return 0
	}
	for k, t := range ts {
		if t.Mark(",") {
			return k + 1
		}
		if t.Mark(".") || t.Mark(";") {
			break
		}
	}
	return 0
}

// thenTaken reports whether, from ts[e] after a step's posts, the sentence
// goes on to the next post with sau đó and a verb of holding or taking one
// up — ", sau đó làm Trưởng Công an huyện", "và sau đó được bầu làm ...",
// "rồi sau đó giữ chức ..." — and where that post begins.
func (p *parser) thenTaken(e int) (int, bool) {
	ts := p.ts
	if e+3 >= len(ts) || !(ts[e].Mark(",") || ts[e].Is("và", "rồi")) || !ts[e+1].Is("sau") || !ts[e+2].Is("đó") {
		return 0, false
	}
	k := e + 3
	if k < len(ts) && ts[k].Mark(",") {
		k++
	}
	for _, v := range takingUp() {
		if j, ok := p.verbAt(k, v); ok && j < len(ts) && p.startsTitle(j) {
			return j, true
		}
	}
	return 0, false
}

// pronounsAt is where, in each sentence of ss that has one, the first ông or
// bà standing alone as the subject, for a person named before (Thời gian
// này, ông được gặp ...; Bà cho biết), begins: its rune offset in the text,
// by the sentence's index. One after a verb (thay ông là ông A) is an
// object, and A the subject.
func pronounsAt(ss []recognize.Sentence) map[int]int {
	out := map[int]int{}
	for _, s := range ss {
		if !hasPronoun(s.Text) {
			continue
		}
		ts := s.Tokens
		for i := 0; i+1 < len(ts); i++ {
			if ts[i].Is("ông", "bà") && !ts[i].Upper() && ts[i+1].Word && !ts[i+1].Cap() && (i == 0 || ts[i-1].Mark(",")) {
				out[s.Index] = s.Start + ts[i].Start
				break
			}
		}
	}
	return out
}

// elidedStep is the index of the verb of a step of a career that leaves its
// subject out — a date (Tháng 8/1942, Cuối năm 1942, đầu năm 1943), a
// comma, then làm, là or a verb of taking a post up and a title: "Tháng
// 8/1942, làm Bí thư Tỉnh uỷ Hà Đông." — or -1. The subject is the one the
// career is of, as for ông alone.
func elidedStep(s recognize.Sentence) int {
	ts := s.Tokens
	if len(s.Dates) == 0 || len(ts) < 4 {
		return -1
	}
	k := 0
	for k < len(ts) && (ts[k].Digits() || ts[k].Is("tháng", "năm", "cuối", "đầu", "giữa", "ngày") || ts[k].Mark(",") || ts[k].Mark("/") || strings.ContainsAny(ts[k].Text, "0123456789")) {
		k++
	}
	if k == 0 || k >= len(ts) || !ts[k-1].Mark(",") {
		return -1
	}
	p := newParser(s)
	// takingUp holds làm and là (and every longer verb): a title after any
	// of them is a step.
	for _, v := range takingUp() {
		if j, ok := p.verbAt(k, v); ok && j < len(ts) && p.startsTitle(j) {
			return k
		}
	}
	return -1
}

// bareOng is ts with the token at i read as ông alone, opening its clause,
// for referent: the tokens from i on, ông first.
func bareOng(ts []scan.Token, i int) []scan.Token {
	ong := scan.Tokens("ông")[0]
	return append([]scan.Token{ong}, ts[i:]...)
}

// takesUpPost reports whether m gives a post held, not a seat (Ủy viên,
// Đại biểu) and not one left.
func takesUpPost(m recognize.PersonMention) bool {
	for _, q := range m.Posts {
		if !q.Former && !seat(q.Title) {
			return true
		}
	}
	return false
}

// lifeOrSince reports whether every date of s is a date of the person's
// life (sinh năm 1964, SN 1975) or, after the reference at ts[i], the day a
// post was taken up and held since (kể từ đầu tháng 2/2011, (từ tháng
// 5/2016)): such a sentence tells the posts held as one with no date does
// ("Ông Tuân sinh năm 1964, quê Khánh Hòa, ông là đại biểu Quốc hội", 24h
// 2020; "Ông Mẫn hiện là Ủy viên BCH Trung ương Đảng và đã được Bộ Chính
// trị phân công giữ chức vụ Bí thư thành ủy Cần Thơ kể từ đầu tháng 2/2011",
// baomoi 2011; "Ông Niên cũng được bầu làm trưởng đoàn đại biểu Quốc hội
// tỉnh (từ tháng 5/2016)", kienthuc 2020). Any other date (năm 2010, a
// span) may date a post left since, and the reference gives nothing. It
// returns the first day a post was taken up, zero where the dates are all
// of the person's life: that day is a step of the career, as a date
// opening the sentence is, so that a career printed "giữ chức A từ tháng
// 3/2005. … giữ chức B từ tháng 6/2010" leaves A at B.
func lifeOrSince(s recognize.Sentence, i int) (model.When, bool) {
	ts := s.Tokens
	at := ts[i].Start
	held := model.When{}
	for _, d := range s.Dates {
		if d.IsRange() || d.From.Year == 0 {
			return model.When{}, false
		}
		k := 0
		for k < len(ts) && ts[k].Start < d.Start {
			k++
		}
		f := vn.Key(d.Text)
		life := strings.HasPrefix(f, "sinh ") || k > 0 && ts[k-1].Is("sinh", "sn") ||
			k > 1 && ts[k-1].Is("năm") && ts[k-2].Is("sinh")
		j := k - 1
		for j > 0 && ts[j].Is("đầu", "cuối", "giữa") {
			j-- // kể từ đầu tháng 2/2011
		}
		since := d.Start > at && (strings.HasPrefix(f, "từ ") || strings.HasPrefix(f, "kể từ ") || j > 0 && ts[j].Is("từ"))
		if !life && !since {
			return model.When{}, false
		}
		if since && !life && held.IsZero() {
			held = d.From
		}
	}
	return held, true
}

// profileAside reads, from ts[k] after a reference, the facts a profile
// prints before the posts — an age (48 tuổi), a home (quê Nghệ An), a
// title of learning (học hàm phó giáo sư, học vị tiến sĩ) — each closed by
// a comma, and a degree after là (là tiến sĩ hóa học,): "Ông Vinh 48 tuổi,
// quê Nghệ An, học hàm phó giáo sư, là tiến sĩ hóa học, Ủy viên Trung ương
// Đảng khóa XII, Trưởng đoàn đại biểu Quốc hội khóa XIV tỉnh Nghệ An"
// (hatinh24h 2020). It returns where the verb after the facts stands, or,
// after a degree (degree true), where the posts begin; false when no such
// fact comes first.
func (p *parser) profileAside(k int) (at int, degree, ok bool) {
	ts := p.ts
	// clause returns the index after the comma that closes the fact at j.
	clause := func(j int) (int, bool) {
		for e := j + 1; e < len(ts) && e <= j+10; e++ {
			if ts[e].Mark(",") {
				return e + 1, true
			}
			if ts[e].Mark(";") || ts[e].Mark(".") || p.startsTitle(e) {
				return j, false
			}
		}
		return j, false
	}
	facts := 0
	for facts < 4 && k+1 < len(ts) {
		fact := ts[k].Digits() && ts[k+1].Is("tuổi") || ts[k].Is("quê") || seq(ts, k, "học hàm") || seq(ts, k, "học vị")
		if !fact {
			break
		}
		e, ok := clause(k)
		if !ok {
			return k, false, false
		}
		k, facts = e, facts+1
	}
	if k < len(ts) && ts[k].Is("là") {
		for _, d := range lexicon.ProfileDegrees() {
			if e, ok := scan.Seq(ts, k+1, d); ok {
				c, ok := clause(e - 1)
				if !ok || !p.startsTitle(c) {
					return k, false, false
				}
				return c, true, true
			}
		}
	}
	return k, false, facts > 0
}
