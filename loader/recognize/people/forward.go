package people

import (
	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
)

// putForward drops from the people of a sentence the posts it puts them
// forward for rather than gives them, whichever reader read the post
// (apposition, a verb of taking up, a list, the back-off): "Chủ tịch UBND
// tỉnh trân trọng giới thiệu ông A, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư
// Huyện ủy Tân Hồng ứng cử để bầu giữ chức Phó Chủ tịch UBND tỉnh" (dongthap
// 2011, x007): Phó Chủ tịch is to come; "giao Đảng đoàn HĐND tỉnh thực hiện
// quy trình bầu chức danh Chủ tịch UBND tỉnh đối với ông A"; "đề nghị phân
// công ông A giữ chức …". The posts printed in apposition to the nominee's
// name (Ủy viên Ban Thường vụ, Bí thư Huyện ủy) are held and stay; a post
// given after all (được giới thiệu và trúng cử, phê chuẩn kết quả bầu, theo
// đề nghị của …, HĐND đã bầu ông A (được giới thiệu) giữ chức) stays. See
// forward.
func (p *parser) putForward(out []recognize.PersonMention) {
	for x := range out {
		var kept []recognize.PostMention
		drop := false
		for _, q := range out[x].Posts {
			if !q.Former && q.Printed.End > q.Printed.Start && p.forward(q, out[x]) {
				drop = true
				continue
			}
			kept = append(kept, q)
		}
		if drop {
			out[x].Posts = kept
		}
	}
}

// forward reports whether the post q of m is printed as one its clause puts
// m forward for: right after a word of a coming post (giữ chức, chức danh,
// làm, bầu, ứng cử: lexicon.ForwardComing, ForwardSelf) and, walking back
// from it within the clause (to a ; : or the sentence's start, over
// brackets), a cue (giới thiệu, đề nghị, tờ trình, quy trình, dự kiến) met
// before any word that gives it after all (đã, trúng cử, kết quả, và bầu)
// and not after a basis (theo, căn cứ, thông qua). A coming word that is a
// cue itself (ứng cử, đề cử) needs none. A title printed right before m's
// name (bổ nhiệm Phó Giám đốc Sở A Nguyễn Văn B giữ chức …) is the name's,
// held.
func (p *parser) forward(q recognize.PostMention, m recognize.PersonMention) bool {
	ts := p.ts
	k := p.tokenAt(q.Printed.Start)
	if n := p.tokenAt(m.Name.Start); n == p.tokenAt(q.Printed.End) && n > k {
		return false
	}
	j, self := -1, false
	for _, kind := range []lexicon.ForwardKind{lexicon.ForwardSelf, lexicon.ForwardComing} {
		for _, w := range lexicon.ForwardWords() {
			if j >= 0 || w.Kind != kind {
				continue
			}
			if i, ok := scan.Before(ts, k, w.Text); ok {
				j, self = i, kind == lexicon.ForwardSelf
			}
		}
	}
	if j < 0 {
		return false
	}
	for x := j - 1; x >= 0; x-- {
		if ts[x].Mark(";") || ts[x].Mark(":") || ts[x].Mark(".") {
			break
		}
		if ts[x].Mark(")") {
			for x > 0 && !ts[x].Mark("(") {
				x--
			}
			continue
		}
		if i, ok := forwardEnds(ts, x, lexicon.ForwardNot); ok {
			x = i
			continue
		}
		if _, ok := forwardEnds(ts, x, lexicon.ForwardDone); ok {
			return false
		}
		if c, ok := forwardEnds(ts, x, lexicon.ForwardCue); ok {
			if _, basis := forwardEnds(ts, c-1, lexicon.ForwardBasis); basis {
				return false
			}
			if x+1 < len(ts) && ts[x+1].Mark(",") {
				// HĐND tỉnh đã bầu ông A, được Ban Thường vụ Tỉnh ủy
				// giới thiệu, giữ chức …; Được Tỉnh ủy giới thiệu, ông
				// A được HĐND tỉnh bầu làm …: a cue that closes an
				// aside or a fronted clause is not the main verb's.
				x = c
				continue
			}
			return true
		}
	}
	return self
}

// forwardEnds reports whether a forward word of kind ends at ts[x], the
// longest; it returns the index of its first word.
func forwardEnds(ts []scan.Token, x int, kind lexicon.ForwardKind) (int, bool) {
	if x < 0 {
		return x, false
	}
	best, found := x+1, false
	for _, w := range lexicon.ForwardWords() {
		if w.Kind != kind {
			continue
		}
		if i, ok := scan.Before(ts, x+1, w.Text); ok && i < best {
			best, found = i, true
		}
	}
	return best, found
}
