package people

import (
	"strings"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/loader/recognize/units"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// Headed gives a person the head's post of a board the article has just
// set up, counted or elected, where a sentence names the person, then làm,
// là or giữ chức and the head's title alone: "Ban Bí thư Trung ương Đảng đã
// quyết định Ban Lễ tang Nhà nước gồm 23 đồng chí; đồng chí Nguyễn Xuân
// Phúc, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ làm Trưởng ban."
// (baotainguyenmoitruong 2019) — the segmenter cuts at the semicolon, so
// the board is the sentence before's; "Ban tổ chức lễ tang gồm 15 người, Bí
// thư Tỉnh ủy Ninh Bình Nguyễn Thị Thu Hà làm trưởng ban. Trưởng Ban Công
// tác đại biểu, phó trưởng Ban Tổ chức trung ương Nguyễn Thị Thanh làm phó
// trưởng ban." (soha 2015); "Ủy ban kiểm tra tỉnh uỷ được bầu gồm 11
// người, ông Tô Văn Từ làm chủ nhiệm ủy ban." (vietnamnet 2015). Find
// reads such a title after the name only in the clause that names the
// board (ledBy); this reads it where the board is named earlier in the
// sentence or in the two sentences before. The board is the last one
// named there that a holder of the title leads: a board of one task
// (lexicon.AdHocBoards, a steering committee named in full) for Trưởng Ban
// and Phó Trưởng Ban, a committee's body (Ủy ban Kiểm tra) for its head's
// title; and a sentence from the board's on must set it up (gồm, thành
// lập), so that a board merely mentioned heads nothing. ms are the people
// Find read in ss, in order; the result is ms with the posts added.
func Headed(ss []recognize.Sentence, ms []recognize.PersonMention) []recognize.PersonMention {
	bySentence := map[int][]int{}
	for k, m := range ms {
		bySentence[m.Sentence] = append(bySentence[m.Sentence], k)
	}
	for i, s := range ss {
		named := bySentence[s.Index]
		if s.Kind != model.Body || len(named) == 0 || !containsAny(s.Text, lexicon.BoardHead().Links) {
			continue
		}
		p := newParser(s)
		for _, k := range named {
			m := &ms[k]
			end := m.Name.Span.End
			for _, q := range m.Posts {
				if q.Printed.Span.End > end && q.Printed.Span.Start >= m.Name.Span.Start {
					end = q.Printed.Span.End
				}
			}
			t, j, e, ok := p.bareHead(p.tokenAt(end))
			if !ok {
				continue
			}
			q, ok := headedBoard(ss, i, p, p.tokenAt(m.Name.Span.Start), t)
			if !ok || held(m.Posts, q) {
				continue
			}
			q.Printed = p.phrase(j, e)
			q.Elected = p.electedBefore(j)
			m.Posts = append(m.Posts, q)
			m.Role = schema.RoleOfficial
		}
	}
	return ms
}

// held reports whether posts hold the post h already (ledBy read it).
func held(posts []recognize.PostMention, h recognize.PostMention) bool {
	for _, q := range posts {
		if q.Title == h.Title && vn.Key(q.Unit.Text) == vn.Key(h.Unit.Text) {
			return true
		}
	}
	return false
}

// bareHead reads, from ts[k] after a name and its posts, làm, là or giữ
// chức and a title printed alone at the end of its clause — perhaps with a
// word that points back to the board (chủ nhiệm ủy ban): the title, and
// where it begins and ends.
func (p *parser) bareHead(k int) (title, int, int, bool) {
	ts := p.ts
	if k < len(ts) && (ts[k].Mark(",") || ts[k].Mark("-")) {
		k++
	}
	j, ok := k, false
	for _, w := range lexicon.BoardHead().Links {
		if e, found := scan.Seq(p.ts, k, w); found {
			j, ok = e, true
			break
		}
	}
	if !ok {
		return title{}, k, k, false
	}
	t, e, ok := p.title(j)
	if !ok || t.StandsAlone {
		return title{}, k, k, false
	}
	if _, _, named := p.units.At(e); named {
		return title{}, k, k, false // làm Trưởng ban Tuyên giáo: a post of its own
	}
	printed := e
	for _, w := range lexicon.BoardHead().Pointers {
		if x, found := scan.Seq(ts, e, w); found && !ts[e].Cap() {
			e = x // chủ nhiệm ủy ban: the board named before
			break
		}
	}
	if e < len(ts) && !ts[e].Mark(".") && !ts[e].Mark(";") && !ts[e].Mark(",") && !ts[e].Mark(")") {
		return title{}, k, k, false
	}
	return t, j, printed, true
}

// headedBoard finds the board a head's title t refers to: the last one named
// before ts[before] in the sentence s = ss[i], or in the two sentences before
// it, that a holder of t leads, where a sentence from the board's on sets it
// up (gồm, thành lập). It returns the post with its unit.
func headedBoard(ss []recognize.Sentence, i int, p *parser, before int, t title) (recognize.PostMention, bool) {
	setUp := false
	for back := 0; back <= 2 && i-back >= 0; back++ {
		s := ss[i-back]
		if s.Kind != model.Body {
			break
		}
		setUp = setUp || containsAny(s.Text, lexicon.BoardHead().SetUp)
		q := p
		to := before
		if back > 0 {
			q, to = newParser(s), len(s.Tokens)
		}
		if u, a, b, ok := q.lastLed(to, t); ok {
			if !setUp {
				return recognize.PostMention{}, false
			}
			pm := recognize.PostMention{Title: t.Name, Unit: q.phrase(a, b), ElectedAt: -1}
			u.Text = pm.Unit.Text
			pm.Parsed = &u
			return pm, true
		}
	}
	return recognize.PostMention{}, false
}

// lastLed returns the last unit named in ts[:to] that a holder of t leads as
// its head (headedBy), with its span.
func (p *parser) lastLed(to int, t title) (units.Unit, int, int, bool) {
	var found units.Unit
	a, b := -1, -1
	for k := 0; k < to; k++ {
		u, e, ok := p.units.At(k)
		if !ok || e > to {
			continue
		}
		if headedBy(u, t) {
			found, a, b = u, k, e
		}
		k = e - 1
	}
	return found, a, b, a >= 0
}

// headedBy reports whether a holder of t heads u as a board set up for it:
// Trưởng Ban of a board of one task, Chủ nhiệm of a committee's body.
func headedBy(u units.Unit, t title) bool {
	if u.AdHoc() {
		return t.Shares == 1
	}
	return u.Body() && !u.HeadOnly() && u.LedBy(t.Name)
}

// containsAny reports whether text contains any of words, as printed.
func containsAny(text string, words []string) bool {
	for _, w := range words {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}
