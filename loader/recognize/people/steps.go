package people

import (
	"sort"
	"strconv"
	"strings"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/loader/recognize/units"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// careerSpan reads the span of years a line of a career opens on, in the
// forms biographies and tiểu sử print that dates.Find leaves to terms:
// "Năm 2001-2007, ông Hoan làm ...", "Từ tháng 8/1994 - 2002 bà làm ...",
// "Từ tháng 3/1998 - 2/2003, bà làm ...", "Từ năm 2010 đến năm 2015, ông
// là ...". Ends are a month and year or a year, never a day ("Từ ngày 21-9
// đến 3-10" dates an event). It returns the span and the index after it and
// its comma or colon; colon is set when a colon closes it (a tiểu sử line,
// "10/2015 - 2020: Phó Bí thư ...", which Lines reads, with the person named
// before the lines). What follows a comma must be a person
// (ông, bà, đồng chí): a span opening a sentence about a province's years
// ("Từ năm 2010 đến năm 2015, tỉnh đã ...") dates no post. "Những năm
// 1964 -1974, ông ..." is a span as well.
func careerSpan(ts []scan.Token) (span [2]model.When, end int, colon, ok bool) {
	k := 0
	if k < len(ts) && ts[k].Is("trong") {
		k++
	}
	if k+1 < len(ts) && ts[k].Is("những", "các") && ts[k+1].Is("năm") {
		k++ // Những năm 1964 -1974, ông ... (baocaobang 2013): the years a post was held over
	}
	if k < len(ts) && ts[k].Is("từ") {
		k++
	}
	if k < len(ts) && ts[k].Is("năm", "tháng") {
		k++
	}
	if k >= len(ts) {
		return span, 0, false, false
	}
	from, to, joined := careerDate(ts[k].Text)
	if from.IsZero() {
		return span, 0, false, false
	}
	k++
	if !joined {
		if k >= len(ts) || !(ts[k].Mark("-") || ts[k].Mark("–") || ts[k].Is("đến", "tới")) {
			return span, 0, false, false
		}
		k++
		if k < len(ts) && ts[k].Is("năm", "tháng") {
			k++
		}
		if k >= len(ts) {
			return span, 0, false, false
		}
		var two bool
		if to, _, two = careerDate(ts[k].Text); to.IsZero() || two {
			return span, 0, false, false
		}
		k++
	}
	if to.Year < from.Year || to.Year == from.Year && to.Month != 0 && from.Month > to.Month {
		return span, 0, false, false
	}
	span = [2]model.When{from, to}
	switch {
	case k < len(ts) && ts[k].Mark(":"):
		return span, k + 1, true, true
	case k < len(ts) && ts[k].Mark(","):
		k++
	}
	if k < len(ts) && (ts[k].Is("ông", "bà") || seq(ts, k, "đồng chí")) {
		return span, k, false, true
	}
	return span, 0, false, false
}

// careerDate reads a token of a career's dates: a year (2001), a month and a
// year (4/2016, 1-2025, 8.2008), or two years joined (2001-2007), the last
// reported by joined with its second year as to.
func careerDate(text string) (from, to model.When, joined bool) {
	parts := strings.FieldsFunc(text, func(r rune) bool { return r == '/' || r == '-' || r == '.' || r == '–' })
	num := func(s string, lo, hi int) (int, bool) {
		n, err := strconv.Atoi(s)
		return n, err == nil && n >= lo && n <= hi
	}
	switch len(parts) {
	case 1:
		if y, ok := num(parts[0], 1945, 2100); ok && len(parts[0]) == 4 {
			return model.When{Year: y}, model.When{}, false
		}
	case 2:
		y1, ok1 := num(parts[0], 1945, 2100)
		y2, ok2 := num(parts[1], 1945, 2100)
		if ok1 && ok2 && len(parts[0]) == 4 && len(parts[1]) == 4 {
			return model.When{Year: y1}, model.When{Year: y2}, true
		}
		if m, ok := num(parts[0], 1, 12); ok && ok2 && len(parts[1]) == 4 {
			return model.When{Year: y2, Month: m}, model.When{}, false
		}
	}
	return model.When{}, model.When{}, false
}

// stepDate is the date a step of a career opens on, before the reference
// at ts[i]: "Năm 2018, ông giữ chức ...", "Ba năm sau, tháng 4/2021, ông
// ...", "Hơn 1 năm sau, ngày 28/12/2012, ông Huệ được ...". Only a date with
// its year, not a range, and the sentence's first, counts: a step states
// when a post was taken up, not the span it was held over.
func stepDate(s recognize.Sentence, i int) (model.When, bool) {
	if i >= len(s.Tokens) {
		return model.When{}, false
	}
	return stepDateAt(s, s.Tokens[i].Start)
}

// stepDateAt is stepDate for a reference beginning at rune at of the
// sentence.
func stepDateAt(s recognize.Sentence, at int) (model.When, bool) {
	if len(s.Dates) == 0 {
		return model.When{}, false
	}
	d := s.Dates[0]
	if d.IsRange() || d.From.Year == 0 || d.End > at {
		return model.When{}, false
	}
	if f := vn.Key(d.Text); strings.HasPrefix(f, "từ ") && d.Start != 0 || strings.HasPrefix(f, "đến ") {
		// Từ tháng 7/2001, ông giữ chức ...: a step opening the sentence
		// starts then (its end, if any, printed after the posts: đến tháng
		// 8/2011); a từ or đến inside it dates something else.
		return model.When{}, false
	}
	for _, t := range s.Tokens {
		if t.Start >= at {
			break
		}
		if t.Is("sinh", "kết", "tốt") {
			// Sinh năm 1970, ông ...; tốt nghiệp năm 1995, ông ...: a date
			// of the person's life, not of a post. (Năm 1995, ông vào Đảng
			// dates a step that takes up no post: it gives nothing.)
			return model.When{}, false
		}
	}
	return d.From, true
}

// stepUntil is the end a step prints after its posts, from token k: "làm
// Phó Thủ tướng đến tháng 2/2020" — a date of the sentence printed after
// đến.
func stepUntil(s recognize.Sentence, k int) (model.When, bool) {
	if k >= len(s.Tokens) {
		return model.When{}, false
	}
	at := s.Tokens[k].Start
	for _, d := range s.Dates {
		if d.Start < at || d.IsRange() || d.From.Year == 0 {
			continue
		}
		f := vn.Key(d.Text)
		if strings.HasPrefix(f, "đến ") || strings.HasPrefix(f, "tới ") {
			return d.From, true
		}
		// đến tháng 2/2020: the date's own text may begin after đến.
		for j := k; j < len(s.Tokens) && s.Tokens[j].Start < d.Start; j++ {
			if s.Tokens[j].Is("đến", "tới") && j+1 < len(s.Tokens) && s.Tokens[j+1].Start == d.Start {
				return d.From, true
			}
		}
	}
	return model.When{}, false
}

// step is a step of a career read by Referred: the mention it added (an
// index into the mentions) and when the step began (zero for "Sau đó, ông
// ...", a step after the one before).
type step struct {
	at       int
	start    model.When
	sentence int
	// taken is set for a step read with the person's full name (Năm 2021,
	// ông Hầu A Lềnh được bổ nhiệm làm ...): only the posts taken up at it
	// are its own; those in apposition were held before.
	taken bool
}

// endSteps ends the posts of each step of a career at the next step of the
// same person that starts later: a biography tells a career as a run of
// steps, "Năm 2018, ông giữ chức Phó Chủ tịch ... . Ba năm sau, tháng
// 4/2021, ông giữ chức Bộ trưởng ...", and each step is left for the next.
// A seat in a body (Ủy viên, Đại biểu) is kept: a member goes on sitting
// while holding the next post, and a step that only adds a seat ends
// nothing. A post with an end already keeps it.
func endSteps(ms []recognize.PersonMention, steps []step) {
	sort.SliceStable(steps, func(a, b int) bool { return steps[a].sentence < steps[b].sentence })
	for x, a := range steps {
		for _, b := range steps[x+1:] {
			next := ms[b.at]
			if next.Name.Text != ms[a.at].Name.Text || b.start.IsZero() || !before(a.start, b.start) || !holdsPost(next) {
				continue
			}
			posts := ms[a.at].Posts
			for k := range posts {
				if posts[k].Former || !posts[k].End.IsZero() || seat(posts[k].Title) || a.taken && !posts[k].Elected && posts[k].Start != a.start {
					continue
				}
				posts[k].Former, posts[k].End, posts[k].Elected = true, b.start, false
			}
			break
		}
	}
}

// before reports whether a began before b, at the precision both print; a
// zero a (a step with no date of its own) is before any.
func before(a, b model.When) bool {
	if a.IsZero() {
		return true
	}
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	return a.Month != 0 && b.Month != 0 && a.Month < b.Month
}

// holdsPost reports whether m gives a post other than a seat.
func holdsPost(m recognize.PersonMention) bool {
	for _, q := range m.Posts {
		if !seat(q.Title) {
			return true
		}
	}
	return false
}

// seat reports whether title is a seat in a body rather than a post one
// leaves for the next: Ủy viên, Ủy viên dự khuyết, Đại biểu, Thành viên.
func seat(title string) bool {
	switch title {
	case "Ủy viên", "Ủy viên dự khuyết", "Đại biểu", "Thành viên":
		return true
	}
	return false
}

// shareUnits gives a title printed without its unit, in a career's run of
// posts, the unit of the post right after it: "Phó Chủ tịch, Chủ tịch UBND
// huyện Sa Pa", "Phó Giám đốc, Giám đốc Sở Xây dựng", "Phó Chủ tịch - Tổng
// Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Bộ trưởng, Chủ
// nhiệm Ủy ban Dân tộc", "phó bí thư, phó bí thư thường trực Tỉnh ủy Vĩnh
// Long" — two posts of one unit, its name printed once. A title of a party
// committee before a post of another kind is not of that unit: "Phó bí thư,
// Chủ tịch UBND tỉnh" is the Phó Bí thư of the Tỉnh ủy, not of the People's
// Committee — of the party organisation of the place a council or people's
// committee is of ("Phó bí thư - Chủ tịch UBND huyện"), else left bare.
func shareUnits(posts []post) {
	for k := len(posts) - 2; k >= 0; k-- {
		q, next := &posts[k], posts[k+1]
		if q.unitEnd > q.unitStart || q.alone || next.unitEnd <= next.unitStart || next.start < q.end || next.start > q.end+2 {
			continue
		}
		switch q.title {
		case "Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực":
			if next.unit.Kind != schema.UnitPartyOrg && next.unit.OfPlace() && !next.unit.Place.IsZero() {
				// Phó bí thư - Chủ tịch UBND huyện (vnexpress 2025): the
				// party committee of the place the next post is of.
				u := units.PartyOf(next.unit.Place)
				q.unitStart, q.unitEnd, q.unit, q.unitName = next.unitStart, next.unitEnd, u, u.String()
				continue
			}
			if next.unit.Kind != schema.UnitPartyOrg {
				continue
			}
		case "Ủy viên", "Ủy viên dự khuyết", "Đại biểu", "Thành viên":
			if next.unit.Kind != schema.UnitPartyOrg {
				continue
			}
		}
		q.unitStart, q.unitEnd, q.unit = next.unitStart, next.unitEnd, next.unit
	}
}

// namedSteps reads the steps of a career that name the person in full, as
// Find read them: a sentence opening on a date, then the name and a post
// taken up ("Năm 2021, tại kỳ họp 11, Quốc hội khóa XIV, ông Hầu A Lềnh
// được phê chuẩn bổ nhiệm làm bộ trưởng, chủ nhiệm Ủy ban Dân tộc"). The
// posts taken up start at the date; ms[at] are the mentions Find read in s.
func namedSteps(s recognize.Sentence, ms []recognize.PersonMention, at []int) []step {
	var out []step
	for _, x := range at {
		m := ms[x]
		start, ok := stepDateAt(s, m.Name.Span.Start-s.Start)
		if !ok {
			continue
		}
		taken := false
		for k := range m.Posts {
			// Từ tháng 3/2021, ông Lê Hoài Trung giữ cương vị Trưởng ban
			// Đối ngoại Trung ương Đảng (znews 2025): a post held from the
			// step's date is a step too, left at the next.
			if q := &m.Posts[k]; !q.Former && (q.Elected || q.Start == start) {
				taken = true
				if q.Start.IsZero() {
					q.Start = start
				}
			}
		}
		if taken {
			out = append(out, step{at: x, start: start, sentence: s.Index, taken: true})
		}
	}
	return out
}

// laterStep reports whether, from ts[k] after a step's posts, the sentence
// goes on to a later step: và (or a comma), a few words ending on sau đó or
// sau (after), then a verb of taking up a post — "và hơn 2 năm sau đó được
// bầu làm Phó bí thư, Chủ tịch UBND tỉnh".
func (p *parser) laterStep(k int) bool {
	ts := p.ts
	if k >= len(ts) || !(ts[k].Is("và", "rồi") || ts[k].Mark(",")) {
		return false
	}
	for j := k + 1; j < len(ts) && j <= k+7; j++ {
		if !ts[j].Word {
			return false
		}
		if !ts[j].Is("sau") {
			continue
		}
		h := j + 1
		if h < len(ts) && ts[h].Is("đó") {
			h++
		}
		for _, v := range takingUp() {
			if _, ok := scan.Seq(ts, h, v.words); ok && v.elected {
				return true
			}
		}
		return false
	}
	return false
}

// alternateLeft marks former an alternate's seat (Ủy viên dự khuyết) of a
// committee the same run of posts gives the person a full seat of: "Ủy viên
// dự khuyết Trung ương Đảng khóa 10 và 11, Ủy viên Trung ương khóa 12 và
// 13" — no one is both at once, and the full seat came after.
func alternateLeft(posts []post) {
	for k := range posts {
		if posts[k].title != "Ủy viên dự khuyết" || posts[k].unitEnd <= posts[k].unitStart {
			continue
		}
		for _, n := range posts {
			if n.title == "Ủy viên" && n.unitEnd > n.unitStart && !n.former && sameUnit(posts[k].unit, n.unit) {
				posts[k].former = true
			}
		}
	}
}
