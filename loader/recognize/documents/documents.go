// Package documents recognises the party and state documents a sentence names
// (Nghị quyết, Chỉ thị, Kết luận, Quy định...) and the links the sentence states
// between them.
//
// The genre prints a document as "Kind [số] NUMBER[-SIGN/ISSUER] [ngày ...]
// [của ISSUER] [về SUBJECT]" with every part optional, or by name (Nghị quyết
// Đại hội XII của Đảng, Nghị quyết Trung ương 4 khóa XII). A kind word alone is
// not a document: "các nghị quyết, chỉ thị của Đảng", "theo quy định", "kế
// hoạch" name documents in general. The recogniser reports what is printed; the
// resolve stage decides identity and completes codes the issuer makes certain.
package documents

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/internal/scan"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// The relations a link may have, as LinkMention.Relation spells them: the
// names of schema.DocRelations, the one table the store and the API share.
const (
	Continues  = string(schema.RelContinues)
	Implements = string(schema.RelImplements)
	Amends     = string(schema.RelAmends)
	Replaces   = string(schema.RelReplaces)
	Cites      = string(schema.RelCites)
)

// Find returns the documents s names, in the order printed, and the links s
// states between them. LinkMention.From and To index the documents returned;
// DocumentMention.Congress is -1 (Add ties congress resolutions to congresses).
func Find(s recognize.Sentence) ([]recognize.DocumentMention, []recognize.LinkMention) {
	ds, ls, _ := find(s, nil)
	return ds, ls
}

// find is Find, with the link the sentence states from a document it names
// only by its kind at its head (lead), for Add to tie to an earlier sentence.
// earlier are the documents the article has named before s: a bare number
// after a kind word is one of them where it repeats one (Quyết định 05 after
// Quyết định số 05-QĐ/TW), whatever word follows it.
func find(s recognize.Sentence, earlier []recognize.DocumentMention) ([]recognize.DocumentMention, []recognize.LinkMention, lead) {
	p := newParser(s)
	p.earlier = earlier
	ds, ls, ld, _ := p.find()
	return ds, ls, ld
}

// find reads the parser's sentence; it also returns the references read.
func (p *parser) find() ([]recognize.DocumentMention, []recognize.LinkMention, lead, []ref) {
	refs := p.refs()
	if len(refs) == 0 {
		return nil, nil, lead{}, nil
	}
	links := p.links(refs)
	p.issuers(refs)
	p.subjects(refs)
	p.described(refs)
	refs, links = p.restated(refs, links)
	links = append(links, p.backLinks(refs, links)...)
	links = append(links, p.byMeans(refs, links)...)
	out := make([]recognize.DocumentMention, len(refs))
	for i, r := range refs {
		out[i] = r.m
	}
	return out, links, p.lead(refs), refs
}

// Add appends the documents and links of s to r, with link indices into
// r.Documents, and ties each congress's resolution to the congress it names when
// that congress is among r.Congresses of the same sentence. A sentence whose
// subject is a document named by its kind alone (Chỉ thị nhằm tiếp tục thực
// hiện Kết luận số 12-KL/TW) speaks of the last numbered document of that kind
// the sentence before names, and its link is that document's.
//
// A page that prints a document in full names it by its letterhead ("Số:
// 06-HD/UBKTTW"); the lines after it complete it, and what its subject,
// preamble and first sentences carry out or rest on is linked from it.
func Add(r *recognize.Recognized, s recognize.Sentence) {
	p := newParser(s)
	p.earlier = r.Documents
	if m, ok := p.letterhead(); ok {
		if m.Issuer.Text == "" {
			m.Issuer = letterheadIssuer(r.Units, s.Index, m.Code)
		}
		r.Documents = append(r.Documents, m)
	}
	ds, ls, ld, refs := p.find()
	if len(refs) > 0 && refs[0].heading && s.Index < numberLines {
		// Its place-and-day line and preamble follow, as under a letterhead:
		// "(Hà Nội, ngày 11/4/2007)", "- Căn cứ Điều lệ Đảng".
		ds[0].Letterhead = true
	}
	if s.Kind == model.Title && len(refs) > 0 && refs[0].m.Number != "" {
		// The news a headline reports: a document it opens with, or one it
		// says is issued (Thường trực Ban Bí thư ký ban hành Kết luận số
		// 185-KL/TW ...).
		if _, _, issued := p.issuing(refs[0].start); issued || refs[0].start <= 1 {
			ds[0].Headline = true
		}
	}
	for k := range ds {
		ds[k].Name = termOf(r.Documents, ds[k].Name)
	}
	base := len(r.Documents)
	from, rel := -1, ""
	var rels []string // the letterhead's relation to each of refs
	if at := openLetterhead(r.Documents, s.Index, preambleLines); at >= 0 {
		if s.Index-r.Documents[at].Sentence <= headLines {
			p.completeLetterhead(&r.Documents[at])
		}
		// Its first sentence names who speaks in it: "Ban Tuyên giáo Tỉnh ủy
		// hướng dẫn tuyên truyền như sau:" under "Số: 12-HD/BTGTU".
		if d := &r.Documents[at]; d.Issuer.Text == "" {
			if a, e, ok := p.speaker(kindVerb(d.Kind)); ok && signFits(issuerSign(d.Code), scan.Text(p.rs, p.ts, a, e)) {
				d.Issuer = p.phrase(a, e)
			}
		}
		if rr, ok := p.restsOn(refs); ok {
			from, rels = at, rr
		}
	}
	if rr, kind, ok := p.accordingly(refs); ok && from < 0 {
		at := -1
		if kind == "" {
			at = subjectBefore(r.Documents, s.Index)
		} else {
			at = lastOfKind(r, kind, s.Index)
		}
		if at >= 0 {
			from, rel = at, rr
		}
	}
	if kind, rr, ok := p.thisDocument(refs); ok {
		if at := lastLetterhead(r.Documents, kind); at >= 0 {
			// "Quyết định này" is the page's own, not the last one named.
			from, rel, ld.ok, rels = at, rr, false, nil
		}
	}
	for t := 0; from >= 0 && t < len(refs); t++ {
		rt := rel
		if rels != nil {
			rt = rels[t]
		} else if refs[t].group != refs[0].group {
			break
		}
		if rt != "" {
			r.Links = append(r.Links, recognize.LinkMention{From: from, To: base + t, Relation: rt, Sentence: s.Index})
		}
	}
	if ld.ok {
		if from := lastOfKind(r, ld.kind, s.Index); from >= 0 {
			for _, t := range ld.to {
				rel := ld.relation
				if ld.carry && ds[t].Code != "" && r.Documents[from].Code != "" && issuerSign(ds[t].Code) != issuerSign(r.Documents[from].Code) {
					rel = Implements
				}
				r.Links = append(r.Links, recognize.LinkMention{From: from, To: base + t, Relation: rel, Sentence: s.Index})
			}
		}
	}
	if rel, to, ok := p.purpose(refs, ls); ok && from < 0 && !ld.ok {
		h := headlineDocument(r.Documents, s.Index)
		if h < 0 {
			h = p.askedBy(r.Documents, s.Index)
		}
		if h >= 0 {
			for _, t := range to {
				rel := rel
				if rel == Continues && (ds[t].Code == "" || r.Documents[h].Code == "" || issuerSign(ds[t].Code) != issuerSign(r.Documents[h].Code)) {
					rel = Implements // a higher committee's document is carried out
				}
				r.Links = append(r.Links, recognize.LinkMention{From: h, To: base + t, Relation: rel, Sentence: s.Index})
			}
		}
	}
	if kind, rels, issuer, ok := p.issuesKind(refs); ok && from < 0 && !ld.ok {
		at := headlineDocument(r.Documents, s.Index)
		if at < 0 || r.Documents[at].Kind != kind {
			at = lastOfKind(r, kind, s.Index)
		}
		if at >= 0 && (issuer == "" || r.Documents[at].Issuer.Text == "" || vn.Key(issuer) == vn.Key(r.Documents[at].Issuer.Text)) {
			for t, rt := range rels {
				if rt != "" {
					r.Links = append(r.Links, recognize.LinkMention{From: at, To: base + t, Relation: rt, Sentence: s.Index})
				}
			}
		}
	}
	if kind, rel, issued, ok := p.openingBack(refs); ok {
		if to := lastOfKind(r, kind, s.Index); to >= 0 {
			for _, a := range issued {
				r.Links = append(r.Links, recognize.LinkMention{From: base + a, To: to, Relation: rel, Sentence: s.Index})
			}
		}
	}
	for _, b := range p.unsaid {
		if to := lastNamed(r.Documents, b.kind, s.Index); to >= 0 {
			r.Links = append(r.Links, recognize.LinkMention{From: base + b.from, To: to, Relation: b.relation, Sentence: s.Index})
		}
	}
	if s.Kind == model.Title {
		if kind, rel, to, ok := p.headlineKind(refs); ok {
			h := recognize.HeadlineLink{Kind: kind, Relation: rel, Sentence: s.Index}
			for _, t := range to {
				h.To = append(h.To, base+t)
			}
			r.HeadlineLinks = append(r.HeadlineLinks, h)
		}
	} else {
		p.numberHeadline(r, ds, refs, ls, base)
	}
	r.Documents = append(r.Documents, ds...)
	for _, l := range ls {
		l.From += base
		l.To += base
		r.Links = append(r.Links, l)
	}
	TieCongresses(r, s.Index)
}

// headlineKind reads a headline that names the page's document by its kind
// alone and says what it carries out, continues, replaces or amends: "Kế
// hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị", "Ban Thường vụ
// Tỉnh ủy ban hành Kế hoạch thực hiện Kết luận số 14-KL/TW", "Chỉ thị của Bộ
// Chính trị thay thế Chỉ thị số 35-CT/TW". The kind word is capitalised and
// opens the headline or follows "ban hành"; its issuer may follow it (của
// UNIT), and its subject's "về". It returns the kind, the relation and the
// documents of the first group after it (indices into refs).
func (p *parser) headlineKind(refs []ref) (schema.DocKind, string, []int, bool) {
	if len(refs) == 0 {
		return "", "", nil, false
	}
	i := 0
	if i < len(p.ts) && !p.ts[i].Word {
		i++
	}
	if n, ok := scan.Seq(p.ts, i, "ban hành"); ok {
		i = n
	} else if e := scan.UnitEnd(p.ts, i); e > i {
		n := p.skipWords(e, "vừa", "đã")
		if m, ok := scan.Seq(p.ts, n, "ban hành"); ok {
			i = m
		}
	}
	if i >= len(p.ts) || !p.ts[i].Cap() || refs[0].start <= i {
		return "", "", nil, false
	}
	kw, j, ok := p.kindAt(i)
	if !ok || kw.abbrev {
		return "", "", nil, false
	}
	if j < len(p.ts) && p.ts[j].Is("của") {
		if e := scan.UnitEnd(p.ts, j+1); e > j+1 {
			j = e
		}
	}
	if n, ok := p.about(j); ok {
		j = n
	}
	rel, e, ok := relationAt(p.ts, j)
	if !ok {
		rel, e, ok = p.verbList(j, refs[0].start)
	}
	if !ok || rel == Cites || p.toTarget(e) != refs[0].start {
		return "", "", nil, false
	}
	var to []int
	for t := 0; t < len(refs) && refs[t].group == refs[0].group; t++ {
		to = append(to, t)
	}
	return kw.kind, rel, to, true
}

// numberHeadline gives a headline's link (Recognized.HeadlineLinks) to the
// document of its kind the lead under it numbers: the first of that kind in
// a sentence within leadLines of the headline that issues it, reports it
// just issued or opens with it ("Ngày 5/3/2025, Ban Thường vụ Tỉnh ủy ban
// hành Kế hoạch số 15-KH/TU." under "Kế hoạch thực hiện Nghị quyết số
// 57-NQ/TW"). Each headline link is given once, and not to a document the
// sentence itself links to others (the body's own account of it stands).
func (p *parser) numberHeadline(r *recognize.Recognized, ds []recognize.DocumentMention, refs []ref, ls []recognize.LinkMention, base int) {
	linked := map[int]bool{} // documents the sentence links itself: theirs is what it says
	for _, l := range ls {
		linked[l.From] = true
	}
	for h := range r.HeadlineLinks {
		hl := &r.HeadlineLinks[h]
		if hl.Used || p.s.Index <= hl.Sentence || p.s.Index-hl.Sentence > leadLines {
			continue
		}
		for k, d := range ds {
			if d.Kind != hl.Kind || d.Number == "" {
				continue
			}
			_, _, issued := p.issuing(refs[k].start)
			if !issued && !d.JustIssued && refs[k].start > 2 {
				continue
			}
			hl.Used = true
			if linked[k] {
				break
			}
			for _, t := range hl.To {
				rel := hl.Relation
				if rel == Continues && (d.Code == "" || r.Documents[t].Code == "" || issuerSign(d.Code) != issuerSign(r.Documents[t].Code)) {
					rel = Implements
				}
				if r.Documents[t].Kind == d.Kind && strings.TrimLeft(r.Documents[t].Number, "0") == strings.TrimLeft(d.Number, "0") {
					continue
				}
				r.Links = append(r.Links, recognize.LinkMention{From: base + k, To: t, Relation: rel, Sentence: p.s.Index})
			}
			break
		}
	}
}

// askedBy is the index in ds of the document the sentence before reports
// its issuer issued, when this sentence opens with that issuer asking for a
// document to be carried out: "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư
// ký ban hành Kết luận số 185-KL/TW … . Bộ Chính trị, Ban Bí thư yêu cầu các
// cấp ủy … tiếp tục quán triệt, thực hiện nghiêm túc Chỉ thị số 45-CT/TW" —
// the conclusion asks it. The issuer must be the unit the sentence opens
// with, and the document the only numbered one of the sentence before;
// else -1.
func (p *parser) askedBy(ds []recognize.DocumentMention, sentence int) int {
	k := 0
	if k < len(p.ts) && !p.ts[k].Word {
		k++
	}
	e := scan.UnitEnd(p.ts, k)
	if e == k {
		return -1
	}
	unit := vn.Key(scan.Text(p.rs, p.ts, k, e))
	found := -1
	for i, d := range ds {
		if d.Sentence != sentence-1 || d.Number == "" {
			continue
		}
		if found >= 0 {
			return -1 // a sentence naming two documents reports neither alone
		}
		found = i
	}
	if found < 0 || ds[found].Code == "" || ds[found].Issuer.Text == "" || vn.Key(ds[found].Issuer.Text) != unit {
		return -1
	}
	return found
}

// termOf is name completed with the term the article gave it before: a
// plenum's resolution named with its term ("Nghị quyết Trung ương 4 khóa
// XI") and later without it ("triển khai thực hiện Nghị quyết Trung ương 4 về
// xây dựng Đảng") is one document. A name the article gave with two terms, or
// none, stays as printed.
func termOf(earlier []recognize.DocumentMention, name string) string {
	if name == "" || strings.Contains(name, " khóa ") {
		return name
	}
	full := ""
	for _, d := range earlier {
		if rest, ok := strings.CutPrefix(d.Name, name+" khóa "); ok && !strings.Contains(rest, " ") {
			if full != "" && full != d.Name {
				return name
			}
			full = d.Name
		}
	}
	if full == "" {
		return name
	}
	return full
}

// backLinks are the links of backRefs whose target the sentence itself
// names before the plan: the nearest document of the kind (of any kind when
// the relation ends the clause) outside the plan's group. Those of a kind
// the sentence does not name are left in p.unsaid. A plan the sentence
// links otherwise (Thực hiện A và B, ... xây dựng Kế hoạch C để triển khai
// thực hiện) has its links already.
func (p *parser) backLinks(refs []ref, links []recognize.LinkMention) []recognize.LinkMention {
	var out []recognize.LinkMention
	linked := map[int]bool{}
	for _, l := range links {
		linked[l.From] = true
	}
	for _, b := range p.backRefs(refs) {
		if linked[b.from] {
			continue
		}
		to := -1
		for t := b.from - 1; t >= 0 && to < 0; t-- {
			if refs[t].group != refs[b.from].group && (b.kind == "" || refs[t].m.Kind == b.kind) {
				to = t
			}
		}
		switch {
		case to >= 0 && !issuedBefore(refs[b.from].m.Issued, refs[to].m.Issued):
			out = append(out, recognize.LinkMention{From: b.from, To: to, Relation: b.relation, Sentence: p.s.Index})
		case to < 0 && b.kind != "":
			p.unsaid = append(p.unsaid, b)
		}
	}
	return out
}

// lastNamed is the index in ds of the last document of kind, numbered or
// named, that the two sentences before sentence name; -1 when none does.
func lastNamed(ds []recognize.DocumentMention, kind schema.DocKind, sentence int) int {
	for k := len(ds) - 1; k >= 0; k-- {
		if ds[k].Sentence < sentence-2 {
			break
		}
		if ds[k].Kind == kind && ds[k].Sentence < sentence && (ds[k].Number != "" || ds[k].Name != "") {
			return k
		}
	}
	return -1
}

// lastOfKind is the index of the document of kind a sentence speaks of when
// it opens with the kind word alone, or -1: in the nearer of the two
// sentences before that speaks of one, the document of that kind it was
// about — the subject of that sentence, not the documents it replaces or
// carries out ("Chỉ thị số 28-CT/TU thay thế Chỉ thị số 07-CT/TU. Chỉ thị
// nhằm ..." speaks of 28-CT/TU). A sentence that itself opened with the kind
// word alone was about the document its link comes from: "Chỉ thị số
// 27-CT/TW ... . Chỉ thị này thay thế Chỉ thị số 50-CT/TW. Chỉ thị nhằm ..."
// speaks of 27-CT/TW, not of the one replaced.
func lastOfKind(r *recognize.Recognized, kind schema.DocKind, sentence int) int {
	for in := sentence - 1; in >= sentence-2 && in >= 0; in-- {
		for _, l := range r.Links {
			if l.Sentence == in && r.Documents[l.From].Sentence < in && r.Documents[l.From].Kind == kind {
				return l.From
			}
		}
		for k, d := range r.Documents {
			if d.Sentence == in && d.Kind == kind && d.Number != "" {
				return k
			}
		}
	}
	return -1
}

// restated folds a document named by its name into the numbered reference
// that restates it in brackets right after: "Nghị quyết Hội nghị lần thứ tư
// Ban Chấp hành Trung ương Đảng khóa X về đổi mới, kiện toàn tổ chức bộ máy
// ... (Nghị quyết số 10-NQ/TW, ngày 9/2/2007)" is one document, 10-NQ/TW,
// issued by the committee the name holds, of that term, on that subject.
// Links to or from the name are the number's.
func (p *parser) restated(refs []ref, links []recognize.LinkMention) ([]ref, []recognize.LinkMention) {
	into := map[int]int{}
	for b := 1; b < len(refs); b++ {
		a := b - 1
		ra, rb := &refs[a], &refs[b]
		if ra.m.Number != "" || ra.m.Name == "" || ra.m.Kind != rb.m.Kind || rb.m.Number == "" ||
			rb.start < 1 || !p.ts[rb.start-1].Mark("(") || ra.end > rb.start-1 {
			continue
		}
		if rb.m.Issuer.Text == "" {
			rb.m.Issuer = ra.m.Issuer
			for t := ra.start; rb.m.Issuer.Text == "" && t < ra.end; t++ {
				if e := scan.UnitEnd(p.ts, t); e > t && e <= ra.end {
					rb.m.Issuer = p.phrase(t, e)
				}
			}
		}
		if rb.m.IssuerTerm == 0 {
			rb.m.IssuerTerm = ra.m.IssuerTerm
			if e := p.issuerTermIn(ra.start, ra.end); rb.m.IssuerTerm == 0 {
				rb.m.IssuerTerm = e
			}
		}
		if rb.m.Subject == "" {
			rb.m.Subject = ra.m.Subject
		}
		into[a] = b
	}
	if len(into) == 0 {
		return refs, links
	}
	at := make([]int, len(refs)) // old index → new
	var out []ref
	for k, r := range refs {
		if _, gone := into[k]; gone {
			continue
		}
		at[k] = len(out)
		out = append(out, r)
	}
	for a, b := range into {
		at[a] = at[b]
	}
	var ls []recognize.LinkMention
	for _, l := range links {
		l.From, l.To = at[l.From], at[l.To]
		if l.From != l.To {
			ls = append(ls, l)
		}
	}
	return out, ls
}

// issuerTermIn is the term (khóa) printed in ts[i:j], or 0.
func (p *parser) issuerTermIn(i, j int) int {
	for k := i; k < j; k++ {
		if t, e, ok := p.term(k); ok && e <= j {
			return t
		}
	}
	return 0
}

// TieCongresses sets DocumentMention.Congress for the congress resolutions of
// sentence whose name holds a congress mention of the same sentence. The two
// recognisers may run in either order; the one that runs second ties them.
func TieCongresses(r *recognize.Recognized, sentence int) {
	for i := range r.Documents {
		d := &r.Documents[i]
		if d.Sentence != sentence || d.Kind != schema.Resolution || d.Name == "" || d.Congress >= 0 {
			continue
		}
		for j, c := range r.Congresses {
			if c.Sentence == sentence && c.Printed.Start >= d.Printed.Start && c.Printed.End <= d.Printed.End && c.Printed.End > c.Printed.Start {
				d.Congress = j
				break
			}
		}
	}
}

// ref is a document being read: its mention and where it lies in the tokens.
type ref struct {
	m          recognize.DocumentMention
	start, end int // the reference, from the kind word to its number, date or issuer
	// group numbers the references read from one printed phrase ("Nghị quyết
	// Trung ương 4 khóa 12, 13" is two documents, one group).
	group  int
	coded  bool // the code carries its issuer: 21-KL/TW
	linked bool // a link's clause follows the reference, so it has no subject
	// heading is set for a title with its number in brackets (bracketed):
	// at the top of a page, the document the page prints.
	heading bool
}

type parser struct {
	s       model.Sentence
	rs      []rune
	ts      []token
	dates   []dates.Match
	earlier []recognize.DocumentMention // the article's documents before s
	// unsaid are the links whose target the sentence names by its kind
	// alone and does not print before (backLinks): Add looks for it in
	// the sentences before.
	unsaid []backRef
}

// named reports whether the article has already named a document of kind
// with number.
func (p *parser) named(kind schema.DocKind, number string) bool {
	for _, d := range p.earlier {
		if d.Kind == kind && d.Number != "" && strings.TrimLeft(d.Number, "0") == strings.TrimLeft(number, "0") {
			return true
		}
	}
	return false
}

type token = scan.Token

func newParser(s recognize.Sentence) *parser {
	return &parser{s: s.Sentence, rs: s.Runes, ts: s.Tokens, dates: s.Dates}
}

// phrase is the text of tokens [i, j) as a Phrase placed in the article.
func (p *parser) phrase(i, j int) recognize.Phrase {
	if i >= j || i < 0 || j > len(p.ts) {
		return recognize.Phrase{}
	}
	a, b := p.ts[i].Start, p.ts[j-1].End
	return recognize.Phrase{Text: string(p.rs[a:b]), Span: model.Span{Start: p.s.Start + a, End: p.s.Start + b}}
}

// kindWord is a word that names a kind of document.
type kindWord struct {
	words string // keys, or the sign as printed for an abbreviation
	kind  schema.DocKind
	// common is set for words that are also everyday nouns or verbs (quy định:
	// to rule; kế hoạch: a plan): in small letters they name a document only
	// with "số" or a sign, or a number that ends the reference.
	common bool
	abbrev bool // a sign used as a word, before a number: NQ 35, KL 21
	// numbered is set for kinds that are documents only with a number: a law,
	// a report or a notice known by name is left alone.
	numbered bool
	// scrambled is set for a kind word read from its letters alone, its
	// marks scrambled (scrambledKindAt).
	scrambled bool
	// central is set for the resolution's sign glued to the Central
	// Committee's (NQTW 4, NQTƯ 4): a plenum's resolution, never a number.
	central bool
	// generic is set for a word that names any document (văn bản): the
	// kind is read from the code's sign where it has one.
	generic bool
}

// foldedKinds are the kind words of kindWords but the abbreviations, in
// their order, folded once for scrambledKindAt (folding them at each word
// was a tenth of a load's CPU).
var foldedKinds = sync.OnceValue(func() []foldedKind {
	var out []foldedKind
	for _, k := range kindWords() {
		if k.abbrev {
			continue
		}
		words := vn.Fold(k.words)
		first, _, _ := strings.Cut(words, " ")
		out = append(out, foldedKind{kindWord: k, words: words, first: first})
	}
	return out
})

type foldedKind struct {
	kindWord
	words string // vn.Fold(words)
	first string // its first word
}

// kindWords is built once: kindAt reads it at every word that may begin one.
var kindWords = sync.OnceValue(func() []kindWord {
	return []kindWord{
		{words: "nghị quyết", kind: schema.Resolution},
		{words: "chỉ thị", kind: schema.Directive},
		{words: "kết luận", kind: schema.Conclusion, common: true},
		{words: "quy định", kind: schema.Regulation, common: true},
		{words: "thông tri", kind: schema.Circular},
		{words: "hướng dẫn", kind: schema.Instruction, common: true},
		{words: "đề án", kind: schema.Scheme, common: true},
		{words: "quyết định", kind: schema.Decision, common: true},
		{words: "chương trình", kind: schema.Program, common: true},
		{words: "kế hoạch", kind: schema.Plan, common: true},
		// A report is "other" among the kinds the gold format and readers
		// sort documents into (resolution ... plan, other), as a notice is.
		{words: "báo cáo", kind: schema.OtherDoc, common: true, numbered: true},
		{words: "thông tư", kind: schema.OtherDoc, numbered: true}, // a state circular: not a Thông tri
		{words: "nghị định", kind: schema.OtherDoc, numbered: true},
		{words: "thông báo kết luận", kind: schema.OtherDoc, numbered: true},
		{words: "thông báo", kind: schema.OtherDoc, common: true, numbered: true},
		{words: "công văn", kind: schema.OtherDoc, common: true, numbered: true},
		{words: "tờ trình", kind: schema.OtherDoc, common: true, numbered: true},
		{words: "quy chế", kind: schema.OtherDoc, common: true, numbered: true},
		{words: "luật", kind: schema.OtherDoc, numbered: true},
		// A generic word: its kind is its sign's where a party sign has one
		// (văn bản số 71-HD/BTGTW is an instruction, văn bản số 238/UBND-KGVX
		// is other).
		{words: "văn bản", kind: schema.OtherDoc, common: true, numbered: true, generic: true},
		// A telegram of a committee (công điện số 07-CĐ/TU) is "other", as a
		// notice is; known by name alone it is left alone.
		{words: "công điện", kind: schema.OtherDoc, common: true, numbered: true},
		{words: "pháp lệnh", kind: schema.OtherDoc, numbered: true},
		{words: "NQ", kind: schema.Resolution, abbrev: true},
		{words: "CT", kind: schema.Directive, abbrev: true},
		{words: "KL", kind: schema.Conclusion, abbrev: true},
		{words: "QĐ", kind: schema.Decision, abbrev: true},
		{words: "QĐi", kind: schema.Regulation, abbrev: true},
		{words: "HD", kind: schema.Instruction, abbrev: true},
		{words: "ĐA", kind: schema.Scheme, abbrev: true},
		{words: "CTr", kind: schema.Program, abbrev: true},
		{words: "KH", kind: schema.Plan, abbrev: true},
	}
})

// kindStart reports whether t may begin a kind word: most words do not, and
// kindAt need not try them.
func kindStart(t token) bool {
	switch t.Key {
	case "nghị", "chỉ", "kết", "quy", "thông", "hướng", "đề", "quyết", "chương", "kế", "báo",
		"công", "tờ", "luật", "pháp", "văn", "nq", "ct", "kl", "qđ", "qđi", "hd", "đa", "ctr", "kh":
		return true
	}
	return false
}

// kindAt reads a kind word at ts[i], returning it and the index after it.
func (p *parser) kindAt(i int) (kindWord, int, bool) {
	if i >= len(p.ts) {
		// A sentence of no words (the letterhead asks at 0 of every one).
		return kindWord{}, i, false
	}
	t := p.ts[i]
	if !t.Word {
		return kindWord{}, i, false
	}
	switch t.Key {
	case "nqtw", "nqtư", "nqt.ư", "nqt.w":
		return kindWord{words: t.Text, kind: schema.Resolution, abbrev: true, central: true}, i + 1, true
	}
	if !kindStart(t) {
		return p.scrambledKindAt(i)
	}
	for _, k := range kindWords() {
		if k.abbrev {
			if t.Text == k.words {
				return k, i + 1, true
			}
			continue
		}
		if j, ok := scan.Seq(p.ts, i, k.words); ok {
			return k, j, true
		}
	}
	return p.scrambledKindAt(i)
}

// scrambledKindAt reads a kind word whose tone marks a page scrambled to
// keep scrapers off ("Kết lúận số 121-KL/TW", "Nghị qụỵết số 18-NQ/TW"):
// its letters without marks are the kind's, and a code of the kind's sign
// follows it, or a number the article has named in full. Everyday words fold
// the same way (chi thi, de an), so nothing less than the code will do.
func (p *parser) scrambledKindAt(i int) (kindWord, int, bool) {
	// A number two or three words on, or nothing to read: most words are
	// not followed so, and folding every word would cost the scan.
	digitAt := func(n int) bool { return n < len(p.ts) && p.ts[n].Text[0] >= '0' && p.ts[n].Text[0] <= '9' }
	if !digitAt(i+2) && !digitAt(i+3) {
		return kindWord{}, i, false
	}
	first := p.ts[i].Fold() // once, not once a kind
	for _, f := range foldedKinds() {
		k := f.kindWord
		if f.first != first {
			continue
		}
		j, ok := scan.SeqFold(p.ts, i, f.words)
		if !ok {
			continue
		}
		n := j
		if n < len(p.ts) && p.ts[n].Fold() == "so" {
			n++
		}
		if n >= len(p.ts) {
			return kindWord{}, i, false
		}
		number, code, ok := numberToken(p.ts[n])
		if !ok {
			return kindWord{}, i, false
		}
		sign := k.kind.Info().Sign
		if code != "" && sign != "" && strings.EqualFold(signLetters(code), sign) || p.named(k.kind, number) {
			k.scrambled = true
			return k, j, true
		}
		return kindWord{}, i, false
	}
	return kindWord{}, i, false
}

// refs reads every document reference of the sentence, in order.
func (p *parser) refs() []ref {
	var out []ref
	group := 0
	for i := 0; i < len(p.ts); {
		k, j, ok := p.kindAt(i)
		if !ok {
			i++
			continue
		}
		rs, end := p.reference(i, j, k)
		if len(rs) == 0 {
			i = j
			continue
		}
		for n := range rs {
			rs[n].group = group
		}
		group++
		out = append(out, rs...)
		i = end
	}
	return out
}

// innerKind reports whether the kind word inner, read at ts[i] inside a
// qualifier printed between the kind word outer and a number, is the
// number's kind: where the number's sign names a kind, it must be inner's
// and not outer's ("kỷ luật tại Quyết định số 1192-QĐ/UBKTTW" a decision;
// "Báo cáo kết luận số 12/BC-ĐKT" a report); where it names none, inner
// must be printed as a title, with a capital ("Quyết định kỷ luật số
// 1234-QĐNS/TW": kỷ luật is the decision's subject, no law).
func (p *parser) innerKind(i int, inner, outer kindWord) bool {
	for q := i + 1; q <= i+4 && q+1 < len(p.ts); q++ {
		if !p.ts[q].Is("số") {
			continue
		}
		if _, code, ok := numberToken(p.ts[q+1]); ok && code != "" {
			if kind, ok := signKind(signLetters(code)); ok {
				return kind == inner.kind && kind != outer.kind
			}
		}
		break
	}
	return p.ts[i].Cap()
}

// reference reads the document(s) whose kind word spans ts[i:j].
func (p *parser) reference(i, j int, k kindWord) ([]ref, int) {
	if k.central {
		rs, end, _ := p.central(i, j, true)
		return rs, end
	}
	if rs, end, ok := p.numbered(i, j, k); ok {
		// A draft is no document yet, whatever number its file has: "Dự
		// thảo Quy định số 15 về công tác kiểm tra sẽ được trình ...".
		if _, draft := scan.Before(p.ts, i, "dự thảo"); draft {
			return nil, end
		}
		return rs, end
	}
	if rs, end, ok := p.bracketed(i, j, k); ok {
		return rs, end
	}
	if k.kind == schema.Resolution {
		// "NQ TƯ 5" as "Nghị quyết Trung ương 5".
		if rs, end, ok := p.central(i, j, false); ok {
			return rs, end
		}
	}
	if k.kind == schema.Resolution && !k.abbrev {
		if rs, end, ok := p.congressResolution(i, j); ok {
			return rs, end
		}
	}
	return nil, j
}

// numbered reads "[số] NUMBER[-SIGN] (, CODE)* [date] [của ISSUER] [khóa X]
// [date]" after a kind word.
func (p *parser) numbered(i, j int, k kindWord) ([]ref, int, bool) {
	so := false
	// A qualifier between the kind and its number: Chương trình hành động số
	// 15-CTr/TU, Nghị quyết chuyên đề số 05-NQ/TU.
	for _, q := range []string{"hành động", "chuyên đề", "liên tịch", "công tác", "toàn khóa"} {
		if n, ok := scan.Seq(p.ts, j, q); ok {
			if _, ok := scan.Seq(p.ts, n, "số"); ok {
				j = n
			}
			break
		}
	}
	// Any short qualifier, when a coded number follows it: Thông tri Triệu
	// tập số 38/TT-MTTW-BTT. Another kind word ends it where the number is
	// that kind's ("thi hành kỷ luật tại Quyết định số 1192-QĐ/UBKTTW" is a
	// decision, not a law), not where it only qualifies this one
	// (innerKind: Quyết định kỷ luật số 12-QĐ/UBKTTU is a decision).
	if j < len(p.ts) && !p.ts[j].Is("số") {
		for q := j + 1; q <= j+3 && q+1 < len(p.ts); q++ {
			if w := p.ts[q-1]; !w.Word || w.Text[0] >= '0' && w.Text[0] <= '9' || w.Is("số") {
				break
			}
			if inner, _, other := p.kindAt(q - 1); other && p.innerKind(q-1, inner, k) {
				break
			}
			if _, code, ok := numberToken(p.ts[q+1]); ok && code != "" && p.ts[q].Is("số") {
				j = q
				break
			}
		}
	}
	if n, ok := scan.Seq(p.ts, j, "số"); ok || k.scrambled && j < len(p.ts) && p.ts[j].Fold() == "so" {
		if !ok {
			n = j + 1
		}
		so, j = true, n
		if j < len(p.ts) && p.ts[j].Mark(":") {
			j++
		}
	}
	if j >= len(p.ts) {
		return nil, j, false
	}
	number, code, ok := numberToken(p.ts[j])
	if !ok && !so {
		// "Nghị quyết số57-NQ/TW": số glued to its number, as pages joined
		// from markup print it. Only a code will do: "số5" alone is no
		// document's.
		if rest, glued := strings.CutPrefix(p.ts[j].Text, "số"); glued {
			t := p.ts[j]
			t.Text = rest
			if n, c, gok := numberToken(t); gok && strings.Contains(c, "/") {
				number, code, ok, so = n, c, true, true
			}
		}
	}
	yearOf := 0
	if !ok && (k.numbered || so || p.issuerFollows(j+1) && !monthYear(p.ts[j].Text)) {
		// A state document by its number and year, its sign left out:
		// "Nghị định 178/2024 của Chính phủ", "Thông tư số 07/2021"; a
		// party one so too, its issuer or subject after it: "nghị quyết
		// 18/2017 của Trung ương về sắp xếp tổ chức bộ máy" (tuoitre 2024,
		// read), but not a month and year (Kế hoạch 12/2024 của …). The year
		// is the year it was issued.
		number, ok = yearNumber(p.ts[j])
		if ok {
			_, y, _ := strings.Cut(p.ts[j].Text, "/")
			yearOf, _ = strconv.Atoi(y)
		}
	}
	if !ok {
		return nil, j, false
	}
	// A sign printed apart from its number: Nghị quyết số 18 - NQ/TW, or
	// without its hyphen: Quyết định số 84 QĐ/TWĐTN. Either is the code
	// NUMBER-SIGN, as the document is signed.
	apart := 0
	if code == "" {
		code, apart = p.signApart(j, number)
	} else if c, n := p.issuerApart(j, code); n > 0 {
		code, apart = c, n
	} else if c, n := p.stateSignApart(j, code); n > 0 {
		code, apart = c, n
	}
	if !so && code == "" && !p.bareNumberEnds(i, j, k) {
		return nil, j, false
	}
	if k.abbrev && !so && p.ts[j].Start-p.ts[i].End > 1 {
		return nil, j, false
	}
	j += 1 + apart
	nums := []struct{ number, code string }{{number, code}}
	// A list of codes of one kind: Nghị quyết số 35-NQ/TW, 36-NQ/TW.
	// "Nghị quyết số 18-NQ/TW và số 19-NQ/TW": số may be repeated.
	for j+1 < len(p.ts) && (p.ts[j].Mark(",") || p.ts[j].Is("và")) {
		k := j + 1
		if p.ts[k].Is("số") && k+1 < len(p.ts) {
			k++
		}
		n, c, ok := numberToken(p.ts[k])
		if !ok || c == "" || code == "" || signLetters(c) != signLetters(code) {
			break
		}
		nums = append(nums, struct{ number, code string }{n, c})
		j = k + 1
	}
	// Numbers that share the sign printed on the last: "Nghị quyết số 18, 19-
	// NQ/TW", "số 18, 19 và 20-NQ/TW" — each is NUMBER-SIGN.
	if code == "" && so {
		if more, e, ok := p.sharedSign(j); ok {
			sign := more[len(more)-1].code[len(more[len(more)-1].number):]
			nums[0].code = number + sign
			for _, m := range more {
				nums = append(nums, struct{ number, code string }{m.number, m.number + sign})
			}
			j = e
		}
	}
	// Bare numbers listed with no sign: "Nghị quyết số 18, 19 của Ban Chấp
	// hành Trung ương", "Quy định 101, 55 của Bộ Chính trị" — each a document
	// of the kind, issued by the issuer printed after the last.
	if code == "" && len(nums) == 1 {
		if more, e := p.bareList(j); len(more) > 0 {
			for _, m := range more {
				nums = append(nums, struct{ number, code string }{m, ""})
			}
			j = e
		}
	}
	end := j
	var r ref
	r.m.Kind = k.kind
	end = p.tail(&r, end)
	end = p.issuedWhen(&r, i, end)
	if r.m.Issued.IsZero() && yearOf > 0 {
		r.m.Issued = model.When{Year: yearOf}
	}
	printed := p.phrase(i, end)
	var out []ref
	for _, n := range nums {
		c := r
		c.m.Printed = printed
		c.m.Number = n.number
		c.m.Code = n.code
		if k.generic && partySigned(n.code) {
			if kind, ok := signKind(signLetters(n.code)); ok {
				c.m.Kind = kind
			}
		}
		c.m.Congress = -1
		c.m.Sentence = p.s.Index
		c.start, c.end = i, end
		c.coded = strings.Contains(n.code, "/")
		out = append(out, c)
	}
	return out, end, true
}

// bracketed reads a document's title whose number follows it in brackets,
// as a page prints the document's heading: "Quyết định về việc hợp nhất Ban
// Khoa giáo Trung ương, Ban Tư tưởng – Văn hóa Trung ương thành Ban Tuyên
// giáo Trung ương (số 44-QĐ/TW)". The kind word opens the sentence, its
// subject follows with "về", and the code in brackets ends it with the sign
// of that kind; anything else is no reference.
func (p *parser) bracketed(i, j int, k kindWord) ([]ref, int, bool) {
	if i != 0 || k.abbrev {
		return nil, j, false
	}
	about, ok := p.about(j)
	if !ok {
		return nil, j, false
	}
	n := len(p.ts)
	for n > 0 && !p.ts[n-1].Word && !p.ts[n-1].Mark(")") {
		n-- // the sentence's last mark
	}
	if n < about+4 || !p.ts[n-1].Mark(")") || !p.ts[n-4].Mark("(") || !p.ts[n-3].Is("số") {
		return nil, j, false
	}
	number, code, ok := numberToken(p.ts[n-2])
	if !ok || !strings.Contains(code, "/") {
		return nil, j, false
	}
	if kind, ok := signKind(signLetters(code)); !ok || kind != k.kind && !(kind == schema.Decision && k.kind == schema.Regulation) {
		return nil, j, false
	}
	for t := about; t < n-4; t++ {
		if p.ts[t].Mark(";") || p.ts[t].Mark("(") {
			return nil, j, false
		}
	}
	var r ref
	r.m = recognize.DocumentMention{Printed: p.phrase(i, n), Kind: k.kind, Number: number, Code: code, Congress: -1,
		Sentence: p.s.Index, Subject: strings.TrimSpace(scan.Text(p.rs, p.ts, about, n-4))}
	r.start, r.end, r.coded, r.linked, r.heading = i, n, true, true, true
	return []ref{r}, n, true
}

// sharedSign reads ", 19, 20 và 21-NQ/TW" at ts[j]: bare numbers and a last
// one with its sign. It returns the numbers read, the last with its code.
func (p *parser) sharedSign(j int) ([]struct{ number, code string }, int, bool) {
	var out []struct{ number, code string }
	for j+1 < len(p.ts) && (p.ts[j].Mark(",") || p.ts[j].Is("và")) {
		n, c, ok := numberToken(p.ts[j+1])
		if !ok || len(n) > 4 {
			return nil, 0, false
		}
		out = append(out, struct{ number, code string }{n, c})
		j += 2
		if c != "" {
			if c[len(n)] != '-' && c[len(n)] != '/' || strings.Count(c, "/") != 1 {
				return nil, 0, false // a state code carries its own year
			}
			return out, j, true
		}
	}
	return nil, 0, false
}

// tail reads what may follow a document's number or name: its date, "của"
// ISSUER, the issuer's term (khóa XII, or in brackets), and a date after the
// issuer. It returns the index after the last part read.
func (p *parser) tail(r *ref, j int) int {
	j = p.dated(r, j)
	n, ok := scan.Seq(p.ts, p.comma(j, "của"), "của")
	if !ok && !r.m.Issued.IsZero() {
		// "ngày 25/10/2017 Hội nghị lần thứ sáu Ban Chấp hành Trung ương":
		// the plenum may follow the date without "của".
		_, e := p.plenum(j)
		n, ok = j, e > j
	}
	if !ok && j < len(p.ts) && p.ts[j].Cap() {
		// Or the number: "Nghị quyết số 19-NQ/TW Hội nghị Trung ương 5
		// khóa XIII", "… Hội nghị lần thứ năm Ban Chấp hành Trung ương".
		_, e := p.plenum(j)
		if _, central := p.centralPlenum(j); central || e > j {
			n, ok = j, true
		}
	}
	if ok {
		// "của Hội nghị Trung ương 4 khóa XIII": the Central Committee's
		// plenum, printed by its number.
		if c, ok := p.centralPlenum(n); ok {
			r.m.Issuer = p.phrase(c.committeeAt, c.numberAt)
			r.m.Plenum = c.plenum
			j = c.end
			if t, e, ok := p.term(j); ok {
				r.m.IssuerTerm = t
				j = e
			}
			return p.dated(r, j)
		}
		// The plenum that adopted it: its committee is the issuer.
		if number, e := p.plenum(n); e > n {
			if isCentralCommittee(scan.Text(p.rs, p.ts, e, p.issuerEnd(e))) {
				r.m.Plenum = number
			}
			n = e
		}
		if e := p.issuerEnd(n); e > n {
			r.m.Issuer = p.phrase(n, e)
			j = e
			if t, e, ok := p.term(j); ok {
				r.m.IssuerTerm = t
				j = e
			}
		}
	}
	j = p.dated(r, j)
	if r.m.Issuer.Text == "" {
		j = p.passive(r, j)
	}
	return p.issuedByVerb(r, j)
}

// issuedByVerb reads the day a document was issued told by its verb after it:
// "Nghị quyết 41-NQ/TW ban hành ngày 10/10/2023" (doanhnghiephungyen, dc004;
// baove.congly 2024, dc005), "đã được ký ban hành vào ngày …", "ban hành năm
// 2016". Only a date right after the verb: "ban hành, ngày 20/10 Tỉnh ủy …"
// and "ban hành Kế hoạch … ngày …" date something else.
func (p *parser) issuedByVerb(r *ref, j int) int {
	if !r.m.Issued.IsZero() {
		return j
	}
	k := j
	for moved := true; moved; {
		moved = false
		// The adverbs passive skips too ("mới được ban hành ngày …").
		for _, w := range []string{"đã", "vừa", "mới", "được", "chính thức", "ký"} {
			if m, ok := scan.Seq(p.ts, k, w); ok {
				k, moved = m, true
			}
		}
	}
	k, ok := scan.Seq(p.ts, k, "ban hành")
	if !ok {
		return j
	}
	if m, ok := scan.Seq(p.ts, k, "vào"); ok {
		k = m
	}
	return p.issuedAt(r, k, j)
}

// issuedWhen reads the day of a document that is the object of "ban hành",
// told after it with "vào": "ban hành Chương trình hành động số 56 vào năm
// 2008" (truyenhinhthanhnien, dc008). After any other verb, "vào năm 2009"
// dates the doing: "thực hiện Nghị quyết 25 vào năm 2009".
func (p *parser) issuedWhen(r *ref, i, j int) int {
	if !r.m.Issued.IsZero() || i < 2 || !p.ts[i-1].Is("hành") || !p.ts[i-2].Is("ban") {
		return j
	}
	k, ok := scan.Seq(p.ts, j, "vào")
	if !ok {
		return j
	}
	return p.issuedAt(r, k, j)
}

// issuedAt reads the document's day at ts[k] when ngày or năm opens one
// there (issued), and returns the index after it; else it leaves r as it is
// and returns j, where the caller's reading stopped.
func (p *parser) issuedAt(r *ref, k, j int) int {
	if k >= len(p.ts) || !p.ts[k].Is("ngày", "năm") {
		return j
	}
	if e := p.issued(r, k); !r.m.Issued.IsZero() {
		return e
	}
	return j
}

// issuerEnd is the end of the issuer's name that begins at ts[n], or n. A
// name may join two parts with "và" (Sở Kế hoạch và Đầu tư), but not a
// document listed after it: "của Ban Tuyên giáo Trung ương và Kế hoạch số
// 215-KH/TU của Tỉnh ủy" names two documents.
func (p *parser) issuerEnd(n int) int {
	e := scan.UnitEnd(p.ts, n)
	for k := n + 1; k < e; k++ {
		// A state document's title opens with its verb in capitals, right
		// after the issuer: "Nghị định số 59/2019/NĐ-CP ngày 1-7-2019 của
		// Chính phủ Quy định chi tiết …" (baoninhthuan 2019), "của Bộ Nội vụ
		// Hướng dẫn …". A document referred to by its number there (Ban Chỉ
		// đạo thực hiện Quy định 11) is part of the name.
		if p.ts[k].Cap() {
			if kw, j, ok := p.kindAt(k); ok && !kw.abbrev && (kw.kind == schema.Regulation || kw.kind == schema.Instruction) {
				if rs, _ := p.reference(k, j, kw); len(rs) == 0 {
					return k
				}
			}
		}
		if !p.ts[k].Is("và") {
			continue
		}
		if kw, j, ok := p.kindAt(k + 1); ok {
			if rs, _ := p.reference(k+1, j, kw); len(rs) > 0 {
				return k
			}
		}
	}
	return e
}

// centralRead is a plenum of the Central Committee printed by its number
// (Hội nghị Trung ương 4): the committee's name runs from ts[committeeAt] up
// to ts[numberAt], where the plenum's number starts; end is the index after
// the number, plenum the number itself.
type centralRead struct {
	committeeAt, numberAt, end int
	plenum                     int
}

// centralPlenum reads "Hội nghị Trung ương 4" (or "Hội nghị TW 4", "Hội
// nghị Trung ương mười hai") at ts[j].
func (p *parser) centralPlenum(j int) (centralRead, bool) {
	n, ok := scan.Seq(p.ts, j, "hội nghị")
	if !ok || !p.isCentral(n) {
		return centralRead{}, false
	}
	e := p.centralEnd(n)
	if number, k := plenumNumber(p.ts, e); k > e {
		return centralRead{committeeAt: n, numberAt: e, end: k, plenum: number}, true
	}
	return centralRead{}, false
}

// passive reads "do UNIT (vừa, đã) (ký) ban hành [ngày ...]" after a document: the unit
// that issued it, and the day (Quy định số 144-QĐ/TW do Bộ Chính trị ban hành
// ngày 9/5/2024).
func (p *parser) passive(r *ref, j int) int {
	n, ok := scan.Seq(p.ts, j, "do")
	if !ok {
		return j
	}
	e := p.issuerEnd(n)
	if e == n {
		return j
	}
	k := e
	// "do Bộ Chính trị, Ban Bí thư ban hành": issued jointly; the graph
	// keeps one issuer, the first, as for "của Bộ Chính trị, Ban Bí thư".
	for k+1 < len(p.ts) && (p.ts[k].Mark(",") || p.ts[k].Is("và")) {
		f := p.issuerEnd(k + 1)
		if f == k+1 {
			break
		}
		k = f
	}
	// "do Ban Thường vụ Tỉnh ủy Nghệ An vừa ban hành", "do Bộ Chính trị đã
	// ký ban hành".
	for _, w := range []string{"vừa", "đã", "mới", "chính thức", "ký"} {
		if m, ok := scan.Seq(p.ts, k, w); ok {
			k = m
		}
	}
	m, ok := scan.Seq(p.ts, k, "ban hành")
	if !ok {
		return j
	}
	r.m.Issuer = p.phrase(n, e)
	return p.dated(r, m)
}

// plenum reads "Hội nghị lần thứ tư" (or "Hội nghị lần thứ 4", "Hội nghị 8",
// "Hội nghị lần thứ mười hai") before the committee that held it, and returns
// its number and the index after it when the committee's name follows; else
// 0 and j.
func (p *parser) plenum(j int) (int, int) {
	n, ok := scan.Seq(p.ts, j, "hội nghị")
	if !ok {
		return 0, j
	}
	// "Hội nghị 8 Ban Chấp hành Trung ương Đảng khóa 12": the number may
	// come without "lần".
	if m, ok := scan.Seq(p.ts, n, "lần"); ok {
		n = m
	}
	if m, ok := scan.Seq(p.ts, n, "thứ"); ok {
		n = m
	}
	number, e := plenumNumber(p.ts, n)
	if e == n || scan.UnitEnd(p.ts, e) == e {
		return 0, j
	}
	return number, e
}

// plenumNumber reads a plenum's number at ts[k]: in digits or a Roman
// numeral (4, IV) or in words (bảy, mười hai). It returns the number and the
// index after it, or 0 and k. The number is read once, where it starts: read
// back from its last word, "mười hai" would be two.
func plenumNumber(ts []scan.Token, k int) (int, int) {
	if k >= len(ts) {
		return 0, k
	}
	if n, ok := scan.Ordinal(ts[k]); ok {
		return n, k + 1
	}
	if n, e := scan.NumberWord(ts, k); e > k {
		return n, e
	}
	return 0, k
}

// isCentralCommittee reports whether text names the Party's Central
// Committee: "Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương".
func isCentralCommittee(text string) bool {
	return strings.HasPrefix(vn.Key(text), centralCommitteeKey())
}

// centralCommitteeKey is the Central Committee's name as vn.Key folds it.
var centralCommitteeKey = sync.OnceValue(func() string { return vn.Key("Ban Chấp hành Trung ương") })

// dated reads the document's date at ts[j], or after a comma there, when it
// has none yet; it returns the index after what it read, or j.
func (p *parser) dated(r *ref, j int) int {
	if !r.m.Issued.IsZero() {
		return j
	}
	c := p.comma(j, "ngày")
	if k := p.issued(r, c); !r.m.Issued.IsZero() {
		if c > j && p.opensClause(k) {
			// "… kết quả 1 năm thực hiện Nghị quyết 25-NQ/TƯ, ngày
			// 18/7/2014, Ban Dân vận Tỉnh ủy có Công văn …": the day set
			// off by commas opens the next clause, whose subject follows.
			r.m.Issued = model.When{}
			return j
		}
		return k
	}
	// In brackets: "Nghị quyết số 57-NQ/TW (ngày 22/12/2024) của Bộ Chính trị".
	if j+1 < len(p.ts) && p.ts[j].Mark("(") {
		k := p.issued(r, j+1)
		if !r.m.Issued.IsZero() {
			if k < len(p.ts) && p.ts[k].Mark(")") {
				return k + 1
			}
			r.m.Issued = model.When{} // a bracket that says more dates something else
		}
	}
	return j
}

// opensClause reports a comma at ts[k] followed by a unit that is the
// subject of a verb, not the issuer after "của": "…, Ban Dân vận Tỉnh ủy có
// Công văn …".
func (p *parser) opensClause(k int) bool {
	if k+1 >= len(p.ts) || !p.ts[k].Mark(",") || !p.ts[k+1].Cap() {
		return false
	}
	e := scan.UnitEnd(p.ts, k+1)
	return e > k+1 && e < len(p.ts) && p.ts[e].Word && !p.ts[e].Is("của", "và", "về", "khóa", "khoá")
}

// comma steps over a comma at ts[j] when word follows it: the genre sets the
// date and the issuer off with commas (Quy định số 144-QĐ/TW, ngày 9/5/2024,
// của Bộ Chính trị).
func (p *parser) comma(j int, word string) int {
	if j+1 < len(p.ts) && p.ts[j].Mark(",") && p.ts[j+1].Is(word) {
		return j + 1
	}
	return j
}

// term reads "khóa XII", "khoá 12" or "(khóa XII)" at ts[j].
func (p *parser) term(j int) (int, int, bool) {
	k := j
	open := k < len(p.ts) && p.ts[k].Mark("(")
	if open {
		k++
	}
	n, ok := scan.Seq(p.ts, k, "khóa")
	if !ok || n >= len(p.ts) {
		return 0, j, false
	}
	t, ok := scan.Ordinal(p.ts[n])
	if !ok {
		return 0, j, false
	}
	n++
	if open {
		if n >= len(p.ts) || !p.ts[n].Mark(")") {
			return 0, j, false
		}
		n++
	}
	return t, n, true
}

// issued reads a date that begins at ts[j] into r when r has none yet: "ngày
// 25 tháng 10 năm 2021", "ngày 5/3/2024", "năm 2018".
func (p *parser) issued(r *ref, j int) int {
	if j >= len(p.ts) || !r.m.Issued.IsZero() {
		return j
	}
	for _, d := range p.dates {
		if d.Start != p.ts[j].Start || d.IsRange() {
			continue
		}
		if !d.DayWord && d.From.Day != 0 && !p.ts[j].Word {
			continue
		}
		r.m.Issued = d.From
		for j < len(p.ts) && p.ts[j].Start < d.End {
			j++
		}
		return j
	}
	return j
}

// numberToken reads a document's number, and its code when a sign follows it:
// "35" → 35; "21-KL/TW" → 21, 21-KL/TW; "15/2023/NĐ-CP" → 15, 15/2023/NĐ-CP.
// Dates and ranges (3/8, 20-8, 2025-2030) are not numbers.
func numberToken(t token) (number, code string, ok bool) {
	if !t.Word {
		return "", "", false
	}
	n := 0
	for n < len(t.Text) && t.Text[n] >= '0' && t.Text[n] <= '9' {
		n++
	}
	if n == 0 || n > 6 {
		return "", "", false
	}
	// A number may carry a letter: Nghị quyết số 06b/NQ-TLĐ.
	if n < len(t.Text) && t.Text[n] >= 'a' && t.Text[n] <= 'z' && (n+1 == len(t.Text) || t.Text[n+1] == '-' || t.Text[n+1] == '/') {
		n++
	}
	rest := t.Text[n:]
	if rest == "" {
		return t.Text, "", true
	}
	if rest[0] != '-' && rest[0] != '/' {
		return "", "", false
	}
	if !strings.ContainsFunc(rest, unicode.IsLetter) {
		return "", "", false
	}
	return t.Text[:n], canonicalCode(t.Text), true
}

// yearNumber reads a state document's number and year with no sign,
// "178/2024", returning the number: its sign unknown, it has no code.
func yearNumber(t token) (string, bool) {
	number, year, ok := strings.Cut(t.Text, "/")
	if !ok || len(number) == 0 || len(number) > 5 || len(year) != 4 || !strings.HasPrefix(year, "19") && !strings.HasPrefix(year, "20") {
		return "", false
	}
	for _, r := range number + year {
		if r < '0' || r > '9' {
			return "", false
		}
	}
	return number, true
}

// signApart reads the sign printed apart from the number at ts[j]: "18 -
// NQ/TW", "84 QĐ/TWĐTN". It returns the code NUMBER-SIGN, as the document is
// signed, and how many tokens after the number it read (0 for none).
func (p *parser) signApart(j int, number string) (string, int) {
	apart := 0
	switch {
	case j+2 < len(p.ts) && p.ts[j+1].Mark("-") && isSign(p.ts[j+2].Text):
		apart = 2
	case j+1 < len(p.ts) && isSign(p.ts[j+1].Text) && p.ts[j+1].Start-p.ts[j].End == 1:
		apart = 1
	case j+2 < len(p.ts) && p.ts[j+1].Mark("/") && stateSign(p.ts[j+2].Text):
		// "06b /NQ-TLĐ": a state-form sign after a spaced slash; "35/ CT-TW"
		// is the Central Committee's sign in that form (35-CT/TW).
		return canonicalCode(number + "/" + p.ts[j+2].Text), 2
	default:
		return "", 0
	}
	return canonicalCode(number + "-" + p.ts[j+apart].Text), apart
}

// issuerApart reads the issuer's letters printed apart from a code cut at
// its slash: "Chỉ thị số 35-CT/ TW", "35-CT /TW" (baoquangtri 2024, read)
// are 35-CT/TW. It returns the code and how many tokens after the number it
// read, or 0 when the code at ts[j] has its slash or none follows it.
func (p *parser) issuerApart(j int, code string) (string, int) {
	if strings.Contains(code, "/") || !strings.Contains(code, "-") || j+2 >= len(p.ts) || !p.ts[j+1].Mark("/") {
		return "", 0
	}
	// The slash touches one side: two spaced words are not one code.
	if p.ts[j+1].Start != p.ts[j].End && p.ts[j+2].Start != p.ts[j+1].End {
		return "", 0
	}
	issuer := p.ts[j+2].Text
	if issuer == "" || strings.ContainsFunc(issuer, func(r rune) bool { return !unicode.IsUpper(r) }) {
		return "", 0
	}
	return canonicalCode(code + "/" + issuer), 2
}

// stateSignApart reads the rest of a state-form sign printed apart after a
// spaced dash: "công văn số 2735/VPCP - QHĐP" (hatinh24h 2020) is
// 2735/VPCP-QHĐP, as the office signs it. The code at ts[j] must end on
// its first part (a slash, letters and no hyphen after it), and the word
// after the dash be capitals alone: "số 12/UBND - Thủ tướng" reads no more.
// It returns the code and how many tokens after the number it read, or 0.
func (p *parser) stateSignApart(j int, code string) (string, int) {
	ts := p.ts
	_, after, ok := strings.Cut(code, "/")
	if !ok || after == "" || strings.ContainsAny(after, "-/") || j+2 >= len(ts) || !(ts[j+1].Mark("-") || ts[j+1].Mark("–")) {
		return "", 0
	}
	rest := ts[j+2].Text
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsLetter(r) || strings.ContainsFunc(rest, func(r rune) bool { return !unicode.IsUpper(r) && !unicode.IsDigit(r) }) {
		return "", 0
	}
	return canonicalCode(code + "-" + rest), 2
}

// stateSign reports a sign in the state's form, kind and issuer joined by a
// hyphen: NQ-TLĐ, QĐ-UBND.
func stateSign(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(r) || !strings.Contains(text, "-") {
		return false
	}
	for _, r := range text {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
			return false
		}
	}
	return true
}

// isSign reports a document's sign printed as a word of its own: capitals
// and the issuer after a slash (QĐ/TWĐTN, NQ/TW, QĐ-TWĐTN/BTC), no digits.
func isSign(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(r) || !strings.Contains(text, "/") || strings.HasSuffix(text, "/") {
		return false
	}
	for _, r := range text {
		if !unicode.IsLetter(r) && r != '/' && r != '-' {
			return false
		}
	}
	return true
}

// partyCode writes a party document's code as it is signed, NUMBER-SIGN/ISSUER,
// where a page prints a slash for the hyphen (03/QĐNS/TW is 03-QĐNS/TW): one
// document must read the same everywhere. A state code is left alone: its
// slash is its own (143/NQ-CP, 15/2023/NĐ-CP), and so it holds a hyphen or a
// year after the slash.
func partyCode(code string) string {
	parts := strings.Split(code, "/")
	// 22/CT-TW: the Central Committee's sign, TW, printed in the state's
	// form; it signs 22-CT/TW.
	if len(parts) == 2 && strings.HasSuffix(parts[1], "-TW") && !strings.Contains(parts[0], "-") {
		letters := strings.TrimSuffix(parts[1], "-TW")
		if letters != "" && !strings.ContainsFunc(letters, func(r rune) bool { return !unicode.IsLetter(r) }) {
			return parts[0] + "-" + letters + "/TW"
		}
	}
	if len(parts) != 3 || strings.Contains(code, "-") {
		return code
	}
	for _, part := range parts[1:] {
		if part == "" || strings.ContainsFunc(part, func(r rune) bool { return !unicode.IsLetter(r) }) {
			return code
		}
	}
	return parts[0] + "-" + parts[1] + "/" + parts[2]
}

// canonicalCode writes a code as its document is signed, whatever the page's
// spelling, so that one document reads the same everywhere: the sign in
// capitals, the party's hyphen and slash in their places, the Central
// Committee's TW.
func canonicalCode(code string) string {
	return partyCode(centralSign(gluedYear(signCapitals(code))))
}

// signCapitals writes in capitals a sign printed in small letters — a page
// that prints every word in small letters (kết luận số 01-kl/tw) or with a
// capital each (Nghị Quyết Số 28 Nq/tw). The issuer's letters, the code's
// last, say so when none is a capital: a page that keeps the sign's case
// prints them in capitals, but for a small letter of their own (QĐ-TTg), and
// a kind may hold one too (07-QĐi/TW, 312/TTr-CP), and so may a number
// (06b/NQ-TLĐ), which stays as printed.
func signCapitals(code string) string {
	n := 0
	for n < len(code) && code[n] >= '0' && code[n] <= '9' {
		n++
	}
	if n < len(code) && code[n] >= 'a' && code[n] <= 'z' && n+1 < len(code) && (code[n+1] == '-' || code[n+1] == '/') {
		n++
	}
	k := strings.LastIndexByte(code, '/')
	if k < n {
		return code
	}
	// A state code's kind stands before its issuer after the slash, and may
	// hold a small letter (312/TTr-CP): the issuer is the last part.
	issuer := code[k+1:]
	if h := strings.LastIndexByte(issuer, '-'); h >= 0 {
		issuer = issuer[h+1:]
	}
	if issuer == "" || strings.ContainsFunc(issuer, unicode.IsUpper) {
		return code
	}
	return code[:n] + strings.ToUpper(code[n:])
}

// gluedYear writes a party code printed with its year glued after it, or with
// a hyphen for its slash and, it may be, the year — 09-NQ/TW/2011,
// 09-NQ-TW/2011, 09-NQ-TW — as it is signed, 09-NQ/TW. The issuer must be
// one of the party's: a state code keeps its slash before the kind
// (143/NQ-CP) and is left alone.
func gluedYear(code string) string {
	if k := strings.LastIndexByte(code, '/'); k > 0 && yearDigits(code[k+1:]) {
		// 09-NQ/TW/2011: the year after the issuer.
		if number, sign, ok := strings.Cut(code[:k], "-"); ok && number != "" && number[0] >= '0' && number[0] <= '9' {
			if letters, issuer, ok := strings.Cut(sign, "/"); ok && letters != "" && lexicon.PartySign(issuer) {
				return code[:k]
			}
		}
	}
	base, year, ok := strings.Cut(code, "/")
	if ok && !yearDigits(year) {
		return code
	}
	parts := strings.Split(base, "-")
	if len(parts) != 3 || parts[0] == "" || parts[0][0] < '0' || parts[0][0] > '9' {
		return code
	}
	if parts[1] == "" || strings.ContainsFunc(parts[1], func(r rune) bool { return !unicode.IsUpper(r) }) || !lexicon.PartySign(parts[2]) {
		return code
	}
	return parts[0] + "-" + parts[1] + "/" + parts[2]
}

// yearDigits reports a year of four digits, 19xx or 20xx.
func yearDigits(s string) bool {
	if len(s) != 4 || !strings.HasPrefix(s, "19") && !strings.HasPrefix(s, "20") {
		return false
	}
	return !strings.ContainsFunc(s, func(r rune) bool { return r < '0' || r > '9' })
}

// centralSign writes the Central Committee's sign as it is signed, TW, where a
// page prints it TƯ (18-NQ/TƯ): one document must read the same everywhere.
func centralSign(code string) string {
	if rest, ok := strings.CutSuffix(code, "/TƯ"); ok {
		return rest + "/TW"
	}
	return code
}

// partySigned reports a code in the party's form, NUMBER-SIGN/ISSUER
// (71-HD/BTGTW), whose sign's letters name its kind; a state code's (07/2021/
// TT-BLĐTBXH: a Thông tư, not a Thông tri) may not.
func partySigned(code string) bool {
	number, _, ok := strings.Cut(code, "-")
	return ok && number != "" && !strings.Contains(number, "/")
}

// signLetters is the letters of a code's sign: NQ for 35-NQ/TW.
func signLetters(code string) string {
	parts := strings.FieldsFunc(code, func(r rune) bool { return r == '-' || r == '/' })
	for _, p := range parts {
		if r, _ := utf8.DecodeRuneInString(p); unicode.IsLetter(r) {
			return p
		}
	}
	return ""
}

// bareNumberEnds decides whether a number printed after a kind word with neither
// "số" nor a sign is a document's number (Nghị quyết 18 của..., quy định 1374
// tại...) rather than a count (quy định 5 nhóm, kế hoạch 2 năm) or a year.
func (p *parser) bareNumberEnds(i, j int, k kindWord) bool {
	t := p.ts[j]
	if len(t.Text) == 4 && (strings.HasPrefix(t.Text, "19") || strings.HasPrefix(t.Text, "20")) {
		return false // a year: Kế hoạch 2025
	}
	if k.abbrev || p.named(k.kind, t.Text) {
		return true
	}
	if j+1 >= len(p.ts) {
		return true
	}
	next := p.ts[j+1]
	if !next.Word {
		return !next.Mark("%") && !next.Mark("/")
	}
	for _, d := range p.dates {
		if d.Start == next.Start {
			return true
		}
	}
	if next.Key == "năm" {
		return false
	}
	// What is issued or signed is one document, known by its number: "Tổng
	// Bí thư ký ban hành Quyết định 05 phân công ...". A count comes before
	// its noun (ban hành 5 quyết định) or counts what follows (kế hoạch 5 năm).
	if !next.Is(countNouns()...) {
		if _, ok := scan.Before(p.ts, i, "ban hành"); ok {
			return true
		}
		if _, ok := scan.Before(p.ts, i, "ký"); ok {
			return true
		}
	}
	if next.Is(followWords()...) {
		return true
	}
	// A relation to another document: "Quy định 69 thay thế Quy định số
	// 102-QĐ/TW". A count does not replace, amend or carry out anything.
	if rel, _, ok := relationAt(p.ts, j+1); ok && rel != Cites {
		return true
	}
	// A capitalised kind word is a name; only a count noun makes it a count.
	return p.ts[i].Cap() && !k.common && !next.Is(countNouns()...)
}

// monthYear reports a number and year that may be a month and year, 12/2024:
// after a kind that needs "số" it is no number.
func monthYear(text string) bool {
	m, _, _ := strings.Cut(text, "/")
	n, err := strconv.Atoi(m)
	return err == nil && n >= 1 && n <= 12
}

// issuerFollows reports whether ts[k] opens a document's issuer or subject:
// "của", "về".
func (p *parser) issuerFollows(k int) bool {
	return k < len(p.ts) && p.ts[k].Is("của", "về")
}

// bareList reads ", 19", "và 20" after a bare number ending at ts[j]: more
// numbers of the same kind, none with a sign. The list must end as a
// document's bare number does, on a word of its issuer, date or clause or on
// a mark: "18, 19 tỉnh", "05, 10 năm qua" count things and give none.
func (p *parser) bareList(j int) ([]string, int) {
	var out []string
	k := j
	for k+1 < len(p.ts) && (p.ts[k].Mark(",") || p.ts[k].Is("và")) {
		t := p.ts[k+1]
		n, c, ok := numberToken(t)
		if !ok || c != "" || n != t.Text || !t.Digits() || len(n) > 4 ||
			len(n) == 4 && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20")) {
			break
		}
		out = append(out, n)
		k += 2
	}
	if len(out) == 0 {
		return nil, j
	}
	if k < len(p.ts) {
		next := p.ts[k]
		if !next.Word && (next.Mark("%") || next.Mark("/") || next.Mark("-")) ||
			next.Word && (!next.Is(followWords()...) || next.Is(countNouns()...)) {
			return nil, j
		}
	}
	return out, k
}

// followWords may follow a document's bare number: the words that begin its
// issuer, date, subject, or the clause it is part of.
func followWords() []string {
	return []string{"của", "về", "ngày", "và", "khóa", "tại", "trong", "đã", "được", "với", "là",
		"thì", "này", "nhằm", "để", "cho", "gắn", "theo", "đến", "từ", "do", "mà", "cũng", "đang",
		"sẽ", "vào", "trên", "hoặc", "hay", "như", "đối", "còn"}
}

// countNouns follow a number that counts things.
func countNouns() []string {
	return []string{"nhóm", "điều", "chỉ", "nội", "nhiệm", "giải", "người", "đảng", "tổ", "chi",
		"đồng", "lần", "tháng", "ngày", "năm", "điểm", "mục", "khoản", "chương", "phần", "trang",
		"bước", "tiêu", "đơn", "cơ", "xã", "phường", "huyện", "tỉnh", "vấn", "lĩnh", "công", "dự",
		"triệu", "tỷ", "nghìn", "ngàn", "trăm", "hộ", "cán", "văn", "thành", "đại", "tập", "cá",
		"vụ", "trường", "lớp", "buổi", "đợt", "ý", "kiến", "mô", "sản", "phòng", "ban", "mặt"}
}

// central reads a resolution of a plenum of the Central Committee: "Nghị quyết
// Trung ương 4 khóa XII", "Nghị quyết Hội nghị Trung ương 4 (khóa XII)", "Nghị
// quyết Trung ương 4 khóa 12, 13" (two resolutions), "Nghị quyết Hội nghị lần
// thứ tư Ban Chấp hành Trung ương Đảng khóa XII".
// signed is set when the kind word carries the committee's sign (NQTW 4):
// the plenum's number follows at ts[j].
func (p *parser) central(i, j int, signed bool) ([]ref, int, bool) {
	k := j
	if n, ok := scan.Seq(p.ts, k, "hội nghị"); ok && !signed {
		k = n
	}
	plenum := 0
	switch {
	case !signed && gluedPlenum(p.ts, k) > 0:
		// "Nghị quyết TW7 khóa X", "Nghị quyết T.Ư4": the committee and
		// the plenum's number printed as one word.
		plenum = gluedPlenum(p.ts, k)
		k++
	case signed || p.isCentral(k):
		if !signed {
			k = p.centralEnd(k)
		}
		if k >= len(p.ts) {
			return nil, j, false
		}
		n, ok := scan.Ordinal(p.ts[k])
		if !ok {
			if n, e := scan.NumberWord(p.ts, k); e > k && !p.ts[k].Is("lần") {
				plenum, k = n, e
				break
			}
			return nil, j, false
		}
		plenum = n
		k++
	default:
		n, ok := scan.Seq(p.ts, k, "lần")
		if !ok {
			return nil, j, false
		}
		if m, ok := scan.Seq(p.ts, n, "thứ"); ok {
			n = m
		}
		if n >= len(p.ts) {
			return nil, j, false
		}
		if v, ok := scan.Ordinal(p.ts[n]); ok {
			plenum, n = v, n+1
		} else if v, e := scan.NumberWord(p.ts, n); e > n {
			plenum, n = v, e
		} else {
			return nil, j, false
		}
		// "Ban Chấp hành Trung ương (Đảng)" must follow the plenum's number,
		// a comma may come between: "các Nghị quyết Hội nghị lần thứ Tám,
		// Ban Chấp hành Trung ương Đảng khóa XIII" (tuachua 2023, read).
		if n+1 < len(p.ts) && p.ts[n].Mark(",") {
			n++
		}
		e := scan.UnitEnd(p.ts, n)
		if e == n || !strings.Contains(scan.Text(p.rs, p.ts, n, e), "Trung ương") {
			return nil, j, false
		}
		k = e
	}
	// The terms: khóa XII; khóa 12, 13; (khóa XII); khóa XII và XIII; ",
	// khóa XII" after a comma.
	var terms []int
	if k+1 < len(p.ts) && p.ts[k].Mark(",") && p.ts[k+1].Is("khóa", "khoá") {
		k++
	}
	open := k < len(p.ts) && p.ts[k].Mark("(")
	m := k
	if open {
		m++
	}
	if n, ok := scan.Seq(p.ts, m, "khóa"); ok && n < len(p.ts) {
		if t, ok := scan.Ordinal(p.ts[n]); ok {
			terms = append(terms, t)
			n++
			for n+1 < len(p.ts) && (p.ts[n].Mark(",") || p.ts[n].Is("và")) {
				t, ok := scan.Ordinal(p.ts[n+1])
				if !ok || t <= terms[len(terms)-1] || t > terms[len(terms)-1]+3 {
					break
				}
				terms = append(terms, t)
				n += 2
			}
			if open {
				if n < len(p.ts) && p.ts[n].Mark(")") {
					k = n + 1
				}
			} else {
				k = n
			}
		}
	}
	name := "Nghị quyết Trung ương " + itoa(plenum)
	var r ref
	r.m.Kind = schema.Resolution
	end := p.tail(&r, k)
	printed := p.phrase(i, end)
	titled := ""
	if k < end && len(terms) <= 1 {
		titled = strings.Join(strings.Fields(scan.Text(p.rs, p.ts, i, k)), " ")
	}
	mk := func(n string) ref {
		c := r
		c.m.Printed, c.m.Name, c.m.Congress, c.m.Sentence = printed, n, -1, p.s.Index
		c.m.Titled = titled
		c.start, c.end = i, end
		return c
	}
	if len(terms) == 0 {
		return []ref{mk(name)}, end, true
	}
	var out []ref
	for _, t := range terms {
		out = append(out, mk(name+" khóa "+vn.ToRoman(t)))
	}
	return out, end, true
}

// gluedPlenum is the number of a Central Committee plenum printed glued to
// the committee's sign at ts[k] (TW7, TƯ4), or 0.
func gluedPlenum(ts []token, k int) int {
	if k >= len(ts) || !ts[k].Word {
		return 0
	}
	rest, ok := "", false
	for _, sign := range []string{"tw", "tư", "t.ư", "t.w"} {
		if rest, ok = strings.CutPrefix(ts[k].Key, sign); ok {
			break
		}
	}
	if !ok || len(rest) == 0 || len(rest) > 2 {
		return 0
	}
	n := 0
	for _, r := range rest {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// isCentral reports whether "Trung ương" or its sign (TW, TƯ, T.Ư) begins
// at ts[k].
func (p *parser) isCentral(k int) bool {
	if _, ok := scan.Seq(p.ts, k, "trung ương"); ok {
		return true
	}
	return k < len(p.ts) && p.ts[k].Key == "tw" && p.ts[k].Cap()
}

func (p *parser) centralEnd(k int) int {
	if n, ok := scan.Seq(p.ts, k, "trung ương"); ok {
		return n
	}
	return k + 1
}

// congressResolution reads "Nghị quyết Đại hội ..." — the resolution a congress
// adopted, known by the congress's name. A congress's resolution is a document
// when the sentence reports the congress adopting it (Đại hội đã thông qua
// Nghị quyết Đại hội) or names a congress's resolution already adopted
// (thực hiện Nghị quyết Đại hội XIII của Đảng). It is not one when the
// sentence speaks of resolutions in general (Nghị quyết Đại hội Đảng các cấp),
// of a congress yet to be held (dự thảo chương trình hành động có tích hợp
// nghị quyết Đại hội ... lần I), or of "the congress's resolution" as advice
// for what is to be done with it (cụ thể hóa Nghị quyết Đại hội thành các
// chương trình hành động) without reporting its adoption.
func (p *parser) congressResolution(i, j int) ([]ref, int, bool) {
	c, ok := scan.CongressAt(p.ts, j)
	if !ok || c.Generic || p.prospective(i) {
		return nil, j, false
	}
	// The national congress named by no number and no unit is every one of
	// them: "(Bộ Chính trị) kiểm tra việc thực hiện nghị quyết Đại hội đại
	// biểu toàn quốc và Ban Chấp hành Trung ương".
	if c.National && c.Ordinal == 0 && c.UnitEnd == c.UnitStart {
		return nil, j, false
	}
	if c.Bare() && !p.adopted(i) {
		return nil, j, false
	}
	var r ref
	r.m.Kind = schema.Resolution
	end := c.End
	if c.Bare() {
		r.m.Name = "Nghị quyết Đại hội"
		r.m.OwnCongress = true
		end = j + 2
		if c.End > end {
			end = c.End
		}
	} else {
		r.m.Name = "Nghị quyết " + capitalise(scan.Text(p.rs, p.ts, c.Start, c.End))
	}
	r.m.Printed = p.phrase(i, end)
	if t := p.termAfter(end); t > end {
		r.m.Titled = strings.Join(strings.Fields(scan.Text(p.rs, p.ts, i, t)), " ")
	}
	r.m.Congress = -1
	r.m.Sentence = p.s.Index
	r.start, r.end = i, end
	return []ref{r}, end, true
}

// termAfter is the index after the term printed right after a congress's
// name that ends at ts[end], or end: the committee's number ("khóa XX"), the
// years ("nhiệm kỳ 2025 - 2030", after a comma or in brackets), or both.
func (p *parser) termAfter(end int) int {
	k := end
	if k+1 < len(p.ts) && p.ts[k].Is("khóa", "khoá") {
		if _, ok := scan.Ordinal(p.ts[k+1]); ok {
			k += 2
		}
	}
	n := k
	open := false
	for n < len(p.ts) && (p.ts[n].Mark(",") || p.ts[n].Mark("(")) {
		open = open || p.ts[n].Mark("(")
		n++
	}
	if _, ok := scan.Seq(p.ts, n, "nhiệm kỳ"); !ok {
		return k
	}
	for _, t := range dates.Terms(p.s.Text) {
		if t.Start != p.ts[n].Start {
			continue
		}
		e := n
		for e < len(p.ts) && p.ts[e].Start < t.End {
			e++
		}
		if open && e < len(p.ts) && p.ts[e].Mark(")") {
			e++
		}
		return e
	}
	return k
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// prospective reports whether the document whose kind word is at ts[i] is
// spoken of as yet to come: drafting or preparing it earlier in its clause
// (dự thảo, chuẩn bị, tiến tới). A programme drafted to carry out a resolution
// (dự thảo chương trình hành động thực hiện Nghị quyết ...) carries out one
// that exists: "thực hiện" between them ends the search.
func (p *parser) prospective(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		t := p.ts[k]
		if t.Mark(",") || t.Mark(";") || t.Mark(":") || t.Mark(".") {
			return false
		}
		if t.Is("thực") && k+1 < i && p.ts[k+1].Is("hiện") {
			return false
		}
		for _, cue := range []string{"dự thảo", "chuẩn bị", "tiến tới"} {
			if _, ok := scan.Seq(p.ts, k, cue); ok {
				return true
			}
		}
	}
	return false
}

// adopted reports whether the sentence reports the adoption of the document
// whose kind word is at ts[i]: "thông qua" or "biểu quyết" before it in its
// clause, which may list what was adopted; "ban hành" shortly before it; or
// "được (Đại hội) thông qua" after it. A verb in another clause adopts
// something else ("xây dựng, ban hành Quy chế làm việc ...; cụ thể hóa Nghị
// quyết Đại hội").
func (p *parser) adopted(i int) bool {
	from := i - 6
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if p.ts[k].Mark(",") || p.ts[k].Mark(";") || p.ts[k].Mark(":") || p.ts[k].Mark(".") {
			from = k + 1
			break
		}
	}
	if from < 0 {
		from = 0
	}
	for k := from; k < i; k++ {
		if p.ts[k].Is("ban") && k+1 < i && p.ts[k+1].Is("hành") {
			return true
		}
	}
	// A congress adopts a list: "thông qua Báo cáo chính trị, Báo cáo kiểm
	// điểm ... và Nghị quyết Đại hội". Only a semicolon or a full stop ends it.
	for k := i - 1; k >= 0 && k >= i-30; k-- {
		if p.ts[k].Mark(";") || p.ts[k].Mark(":") || p.ts[k].Mark(".") {
			break
		}
		if _, ok := scan.Seq(p.ts, k, "thông qua"); ok {
			return true
		}
		if p.ts[k].Is("biểu") && k+1 < i && p.ts[k+1].Is("quyết") {
			return true
		}
	}
	for k := i + 2; k < len(p.ts) && k < i+10; k++ {
		if _, ok := scan.Seq(p.ts, k, "được thông qua"); ok {
			return true
		}
		if _, ok := scan.Seq(p.ts, k, "được đại hội thông qua"); ok {
			return true
		}
	}
	return false
}
