package people

import (
	"slices"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
)

// verbGroup reads at ts[k] a verb group as a page composes it from its parts
// (lexicon.VerbGroup) to tell of a post a person moves to or takes up: aspect
// words, "được", the decision's verbs in a row, then the link to the post —
// "mới được điều động bổ nhiệm là", "để nhận điều động công tác", "đã nhận
// công tác", "đã điều động nhiệm vụ mới là". takingUp lists the groups as
// written; this reads the ones it does not, part by part. A group needs a
// verb, and "được" or a link: "đã bổ nhiệm" alone is someone's act of
// appointing, whose object follows. It returns where the post begins, whether
// an aspect tells of a post held now (nay là), and whether a verb transfers
// the person (điều động, luân chuyển), which ends the posts before.
func (p *parser) verbGroup(k int) (j int, now, transfer, ok bool) {
	ts := p.ts
	g := lexicon.VerbGroup()
	j = k
	for n := 0; n < 4; n++ {
		w, e, ok := seqOf(ts, j, g.Aspects)
		if !ok {
			break
		}
		now = now || slices.Contains(g.Now, w)
		j = e
	}
	passive := false
	if e, ok := scan.Seq(ts, j, "được"); ok {
		j, passive = e, true
	}
	verbs := 0
	for verbs < 4 {
		w, e, ok := seqOf(ts, j, g.Actions)
		if !ok {
			break
		}
		verbs++
		transfer = transfer || w == "điều động" || w == "luân chuyển"
		j = e
		// điều động, bổ nhiệm; điều động và bổ nhiệm: the verbs in a row.
		if j+1 < len(ts) && (ts[j].Mark(",") || ts[j].Is("và")) {
			if _, _, ok := seqOf(ts, j+1, g.Actions); ok {
				j++
			}
		}
	}
	if verbs == 0 {
		return k, false, false, false
	}
	w, e, link := seqOf(ts, j, g.Links)
	if link {
		j = e
	}
	if !passive && !link {
		return k, false, false, false
	}
	if link && dutyVerb("nhận "+w) && p.dutyGiven(j) {
		// nhận nhiệm vụ Chủ tịch UBND tỉnh giao: a task the chair gives.
		return k, false, false, false
	}
	return j, now, transfer, true
}

// movedOnTo reads at ts[k] a verb group (verbGroup) and the posts after it:
// the posts the person takes up, or holds now where an aspect says so. The
// posts must begin right after the group and be no one else's: a name after
// them makes them the next person's title (điều động … làm việc với Phó Chủ
// tịch UBND tỉnh Nguyễn Văn A).
func (p *parser) movedOnTo(k int) (posts []post, transfer, ok bool) {
	j, now, transfer, ok := p.verbGroup(k)
	if !ok || !p.startsTitle(j) {
		return nil, false, false
	}
	posts, e, ok := p.chain(j)
	if !ok || posts[0].start != j || p.nextNamed(p.after(e, posts)) || p.addressed(p.after(e, posts)) {
		return nil, false, false
	}
	for x := range posts {
		posts[x].elected, posts[x].verb = !now, true
	}
	return posts, transfer, true
}

// addressed reports whether the posts that end at ts[k] are given to a
// person named after them, past their term, by "đối với" (towards): "Chủ
// tịch UBND tỉnh Nguyễn Văn An đã bổ nhiệm chức vụ Phó Giám đốc Sở Nội vụ
// đối với ông Trần Văn Bình" — the appointer's act, not a post the name
// before the verb moves to.
func (p *parser) addressed(k int) bool {
	ts := p.ts
	j := p.term(k)
	if j+1 < len(ts) && ts[j].Mark(",") {
		j++
	}
	_, _, ok := p.towards(j)
	return ok
}

// seqOf returns the first of words that begins at ts[k], and the index after
// it.
func seqOf(ts []scan.Token, k int, words []string) (string, int, bool) {
	for _, w := range words {
		if e, ok := scan.Seq(ts, k, w); ok {
			return w, e, true
		}
	}
	return "", k, false
}

// closeBracket returns the index of the ")" that closes a bracket opened at
// ts[k] within fifteen tokens, none of them a sentence's mark, or k.
func closeBracket(ts []scan.Token, k int) int {
	if k >= len(ts) || !ts[k].Mark("(") {
		return k
	}
	for e := k + 1; e < len(ts) && e <= k+15; e++ {
		switch {
		case ts[e].Mark(")"):
			return e
		case ts[e].Mark("(") || ts[e].Mark(".") || ts[e].Mark(";"):
			return k
		}
	}
	return k
}
