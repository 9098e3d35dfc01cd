package resolve

import (
	"github.com/cadregraph/cadregraph/lexicon"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cadregraph/cadregraph/loader/model"
	"github.com/cadregraph/cadregraph/loader/recognize"
	"github.com/cadregraph/cadregraph/loader/recognize/units"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/cadregraph/cadregraph/vn"
)

// context reads where the article is and what it is about, for the names that
// lean on it: the places it names (the most named at each level), its main
// party organisation (the one holding the gathering it reports, else the one it
// names most), the bloc it names in full, and home, the main unit's place.
func (b *builder) context() {
	b.scene = b.scenes()
	b.ctx.Places = b.places()
	b.ctx.Bloc = b.bloc()
	for _, u := range b.printedUnits() {
		if u.Association() {
			b.ctx.Associations = append(b.ctx.Associations, u)
		}
	}
	if main, ok := b.mainUnit(); ok {
		b.ctx.Main = &main
		if main.Bloc() && b.ctx.Bloc == nil {
			b.ctx.Bloc = &main
		}
		if !main.Place.IsZero() {
			b.ctx.Home = main.Place
		}
	}
	if b.ctx.Home.IsZero() {
		for _, p := range b.ctx.Places {
			if p.Level() == units.Top {
				b.ctx.Home = p
				break
			}
		}
	}
}

// ctxAt is the context of sentence i: the article's, save in the scene of
// one part of a report that covers several provinces (scenes): there a bare
// tỉnh, Tỉnh ủy or UBND tỉnh is the scene's province, not the article's
// first.
func (b *builder) ctxAt(i int) units.Context {
	scene, ok := b.scene[i]
	if !ok {
		return b.ctx
	}
	return b.ctx.At(scene)
}

// scenes reads where each part of a report covering several provinces is:
// a sentence opening on a province named alone or with its level word (Tại
// Hòa Bình, ...; Ở tỉnh Phú Yên, ...) sets the scene, which lasts until
// another is set — by such an opening or, once the report has set one, by a
// sentence whose subject is a unit of another province (HĐND tỉnh Kon Tum đã
// bầu ...). The next sentences of a scene are about it (Ông Bùi Văn Tỉnh,
// Phó Bí thư Tỉnh uỷ, ...) until the report moves on. A city opening a
// sentence (Tại thành phố Hà Giang) is where an event is held, often inside
// the article's province, and sets nothing.
//
// A round-up of sittings or congresses in several provinces also gives each
// its part under a heading that is the province's name (Bạc Liêu), or a
// paragraph opening on the province's council or party organisation after
// the day (Ngày 11/12, tại kỳ họp thứ 14 HĐND tỉnh Bắc Giang khóa XVII, ...;
// Chiều 22-10, Đại hội đại biểu Đảng bộ tỉnh An Giang ... bế mạc): where such
// parts name two provinces or more, each sets the scene. An article about one
// province that opens a paragraph on another's unit sets none.
func (b *builder) scenes() map[int]units.Place {
	parts := map[int]units.Place{}
	distinct := map[string]bool{}
	headed := map[int]units.Place{} // Khánh Hòa: ...
	distinctHeaded := map[string]bool{}
	for k, s := range b.ss {
		if p, ok := b.partOpening(k, s); ok {
			parts[s.Index] = p
			distinct[vn.Key(p.Name)] = true
		} else if p, ok := b.headedPart(k, s); ok {
			headed[s.Index] = p
			distinctHeaded[vn.Key(p.Name)] = true
		}
	}
	if len(distinctHeaded) >= 2 {
		// Paragraphs headed by a province and a colon count only where
		// two provinces or more head them: one such paragraph in an
		// article about another province makes no round-up.
		for i, p := range headed {
			parts[i] = p
			distinct[vn.Key(p.Name)] = true
		}
	}
	roundUp := len(distinct) >= 2
	out := map[int]units.Place{}
	var scene units.Place
	for _, s := range b.ss {
		if s.Kind == model.Byline || s.Kind == model.Header {
			continue
		}
		if p, ok := parts[s.Index]; ok && roundUp {
			scene = p
		} else if p, ok := sceneOpening(s.Text); ok {
			scene = p
		} else if !scene.IsZero() {
			if p, ok := subjectProvince(s); ok {
				scene = p
			}
		}
		if !scene.IsZero() {
			out[s.Index] = scene
		}
		if p, ok := sideProvince(s); ok {
			out[s.Index] = p // for this sentence only
		}
	}
	for i, p := range b.itemScenes() {
		if _, ok := out[i]; !ok {
			out[i] = p
		}
	}
	return out
}

// itemScenes reads a page of separate items, one a paragraph, each about a
// province of its own, as tag pages and round-ups of personnel news print
// them: "Ngày 25/11, Ban Chấp hành Đảng bộ tỉnh Quảng Ninh đã thống nhất cho
// ông Phạm Văn Thành, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh thôi tham gia …"
// after an item on Đồng Nai (dantocmiennui). Where three paragraphs or more
// each name one province or centrally run city only, three provinces or more
// in all, none named by more than two of them nor by more than half, every
// sentence of such a paragraph is in that province's scene: its bare tỉnh,
// Tỉnh ủy, UBND tỉnh are that province's, not the page's most named one. An
// article about one province that names guests of others paragraph by
// paragraph names its own in more of them, and is left as it is.
func (b *builder) itemScenes() map[int]units.Place {
	type para struct {
		sentences []int
		places    map[string]units.Place
	}
	var paras []*para
	for k, s := range b.ss {
		if len(paras) == 0 || b.opensParagraph(k) {
			paras = append(paras, &para{places: map[string]units.Place{}})
		}
		p := paras[len(paras)-1]
		if s.Kind == model.Byline || s.Kind == model.Header {
			continue
		}
		p.sentences = append(p.sentences, s.Index)
		for _, pl := range s.Places() {
			if pl.Level() == units.Top && pl.Name != "" {
				p.places[vn.Key(pl.Name)] = pl
			}
		}
	}
	items := 0
	count := map[string]int{}
	for _, p := range paras {
		if len(p.places) == 1 {
			items++
			for k := range p.places {
				count[k]++
			}
		}
	}
	if items < 3 || len(count) < 3 {
		return nil
	}
	for _, n := range count {
		if 2*n > items || n > 2 {
			return nil
		}
	}
	out := map[int]units.Place{}
	for _, p := range paras {
		if len(p.places) != 1 {
			continue
		}
		for _, pl := range p.places {
			for _, i := range p.sentences {
				out[i] = pl
			}
		}
	}
	return out
}

// sideProvince is the province a sentence lists the guests of, where it
// names one side only: "Cùng tham gia Đoàn viếng về phía tỉnh Tuyên Quang
// có các đồng chí: Lê Thị Kim Dung, Phó Bí thư Thường trực Tỉnh ủy, Chủ
// tịch HĐND tỉnh; ..." (baomoi 2025, an article led by Hà Giang's
// delegation): the bare Tỉnh ủy and HĐND tỉnh are Tuyên Quang's.
func sideProvince(s recognize.Sentence) (units.Place, bool) {
	ts := s.Tokens
	var side units.Place
	for i := 0; i+2 < len(ts); i++ {
		if !ts[i].Is("về") || !ts[i+1].Is("phía") {
			continue
		}
		head := string(s.Runes[ts[i+2].Start:])
		if k := strings.IndexAny(head, ",:;("); k >= 0 {
			head = head[:k]
		}
		if k := strings.Index(head, " có "); k >= 0 {
			head = head[:k]
		}
		p, ok := provinceAlone(head)
		if !ok || !side.IsZero() && side != p {
			return units.Place{}, false
		}
		side = p
	}
	return side, !side.IsZero()
}

// partOpening is the province that ss[k] opens a part of a round-up on: a
// heading that is a province's name alone, or the first sentence of a
// paragraph whose first unit, within its opening words, is of one province
// (its council, people's committee, party organisation or committee).
func (b *builder) partOpening(k int, s recognize.Sentence) (units.Place, bool) {
	switch s.Kind {
	case model.Heading:
		return provinceAlone(s.Text)
	case model.Body:
	default:
		return units.Place{}, false
	}
	if !b.opensParagraph(k) {
		return units.Place{}, false
	}
	us := s.Units()
	if len(us) == 0 || len(s.Runes) == 0 || us[0].Start > openingRunes {
		return units.Place{}, false
	}
	if ps := units.Places(string(s.Runes[:us[0].End])); len(ps) != 1 {
		return units.Place{}, false // HĐND các tỉnh Nghệ An, Bắc Giang, Hà Giang: many
	}
	if !gathers(s.Text) {
		return units.Place{}, false // HĐND tỉnh Hà Tĩnh đã gửi thư chúc mừng: no part of a round-up
	}
	for u := &us[0]; u != nil; u = u.Of {
		if u.Place.Word == "tỉnh" && u.Place.Name != "" {
			return u.Place, true
		}
	}
	return units.Place{}, false
}

// headedPart is the province whose name and a colon open the paragraph
// ss[k] opens, as a round-up heads its parts: "Khánh Hòa: Ông Lê Thanh
// Quang giữ chức chủ tịch HĐND tỉnh; ..." (plo 2011).
func (b *builder) headedPart(k int, s recognize.Sentence) (units.Place, bool) {
	if s.Kind != model.Body || !b.opensParagraph(k) {
		return units.Place{}, false
	}
	head, _, ok := strings.Cut(s.Text, ":")
	if !ok || utf8.RuneCountInString(head) > 30 {
		return units.Place{}, false
	}
	return provinceAlone(head)
}

// provinceAlone reads a province printed alone, or with its level word, as
// a part of a round-up is headed (Bạc Liêu; tỉnh Hòa Bình:).
func provinceAlone(text string) (units.Place, bool) {
	ps := units.Places(text)
	if len(ps) != 1 || ps[0].Word != "tỉnh" {
		return units.Place{}, false
	}
	name := strings.TrimPrefix(vn.Key(strings.TrimSpace(strings.Trim(strings.TrimSpace(text), ".:*"))), "tỉnh ")
	for _, a := range lexicon.PlaceAliases() {
		if vn.Key(a[0]) == name {
			name = vn.Key(a[1]) // Đăk Nông, as older pages spell it
		}
	}
	if name != vn.Key(ps[0].Name) {
		return units.Place{}, false
	}
	return ps[0], true
}

// gathers reports whether a sentence tells of a sitting, a congress or a
// vote, as the paragraphs of a round-up open: kỳ họp, họp, Đại hội, Hội
// nghị, bầu.
func gathers(text string) bool {
	k := " " + vn.Key(text) + " "
	for _, w := range []string{" kỳ họp ", " họp ", " đại hội ", " hội nghị ", " bầu ", " phiên họp "} {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}

// openingRunes is how far into a sentence the unit it opens a part of a
// round-up on may begin: after the day and the sitting (Ngày 11/12, tại kỳ
// họp thứ 14 HĐND tỉnh ...; * Cũng trong ngày 11/12, tại kỳ họp thứ 12 khóa
// IX, HĐND tỉnh ...), not deep in the sentence.
const openingRunes = 60

// opensParagraph reports whether ss[k] is the first sentence of its
// paragraph: a line break stands between it and the sentence before.
func (b *builder) opensParagraph(k int) bool {
	if k == 0 {
		return true
	}
	if b.runes == nil {
		b.runes = []rune(b.doc.Text)
	}
	from, to := b.ss[k-1].End, b.ss[k].Start
	if from > to || to > len(b.runes) {
		return false
	}
	return slices.Contains(b.runes[from:to], '\n')
}

// sceneOpening reads the province a sentence opens on, before a comma: "Tại
// Hòa Bình, ...", "Ở tỉnh Phú Yên, ...".
func sceneOpening(text string) (units.Place, bool) {
	var rest string
	for _, w := range []string{"Tại ", "Ở "} {
		if r, ok := strings.CutPrefix(text, w); ok {
			rest = r
		}
	}
	head, _, ok := strings.Cut(rest, ",")
	if !ok {
		return units.Place{}, false
	}
	ps := units.Places(head)
	if len(ps) != 1 || ps[0].Word != "tỉnh" || !strings.HasSuffix(vn.Key(head), vn.Key(ps[0].Name)) {
		return units.Place{}, false
	}
	return ps[0], true
}

// subjectProvince is the province of the unit a sentence opens on, where it
// names one: tỉnh Kon Tum in "HĐND tỉnh Kon Tum đã bầu ông Hà Ban, ...".
func subjectProvince(s recognize.Sentence) (units.Place, bool) {
	us := s.Units()
	if len(us) == 0 || us[0].Start != 0 {
		return units.Place{}, false
	}
	for u := &us[0]; u != nil; u = u.Of {
		if u.Place.Word == "tỉnh" && u.Place.Name != "" {
			return u.Place, true
		}
	}
	return units.Place{}, false
}

func containsPlace(ps []units.Place, p units.Place) bool {
	for _, x := range ps {
		if x == p {
			return true
		}
	}
	return false
}

// sentenceAt is the sentence with index i.
func (b *builder) sentenceAt(i int) (model.Sentence, bool) {
	if i >= 0 && i < len(b.ss) && b.ss[i].Index == i {
		return b.ss[i].Sentence, true
	}
	for _, s := range b.ss {
		if s.Index == i {
			return s.Sentence, true
		}
	}
	return model.Sentence{}, false
}

// places are the places the article's sentences name, the most named for each
// level word. A tie between provinces or cities goes to the first named, the
// article's subject; a tie between wards or districts, which reports list by
// the dozen, settles nothing: a bare HĐND xã in an article about two communes
// stays unsettled rather than guessed. Bylines and headers are not the
// article's subject.
func (b *builder) places() []units.Place {
	type count struct {
		p   units.Place
		key string // vn.Key(p.Name)
		n   int
	}
	var counts []count
	for _, s := range b.ss {
		if s.Kind == model.Byline || s.Kind == model.Header {
			continue
		}
		ps := s.Places()
		for _, u := range s.Units() {
			// Huyện ủy Mường Khương names huyện Mường Khương, though the
			// level word is the committee's.
			if u.Committee() && u.Place.Name != "" && !u.Place.Numbered() {
				ps = append(ps, u.Place)
			}
		}
		for _, p := range ps {
			key := vn.Key(p.Name)
			found := false
			for k := range counts {
				if counts[k].p.Word == p.Word && counts[k].key == key {
					counts[k].n++
					found = true
					break
				}
			}
			if !found {
				counts = append(counts, count{p, key, 1})
			}
		}
	}
	var out []units.Place
	for _, c := range counts {
		best := true
		for _, d := range counts {
			if d.p.Word == c.p.Word && (d.n > c.n || d.n == c.n && d.p != c.p && c.p.Level() != units.Top) {
				best = false
			}
		}
		taken := false
		for _, o := range out {
			if o.Word == c.p.Word {
				taken = true
			}
		}
		if best && !taken {
			out = append(out, c.p)
		}
	}
	return out
}

// printedUnits are the units the article prints, parsed, with the places of
// their names completed (Đảng ủy Khối Dân – Chính – Đảng TP is of TPHCM in an
// article about TPHCM), and how often each is printed.
func (b *builder) printedUnits() []units.Unit {
	if b.printed != nil {
		return b.printed
	}
	placesOnly := units.Context{Places: b.ctx.Places}
	out := []units.Unit{}
	add := func(text string) {
		if u, ok := b.parse(text); ok {
			out = append(out, u.Complete(placesOnly))
		}
	}
	for _, m := range b.r.Units {
		add(m.Text)
	}
	for _, p := range b.r.People {
		for _, q := range p.Posts {
			if u, ok := q.ParsedUnit(); ok {
				out = append(out, u.Complete(placesOnly))
			}
		}
	}
	b.printed = out
	return out
}

// bloc is the party organisation of a bloc that the article names in full,
// when it names one only.
func (b *builder) bloc() *units.Unit {
	var found *units.Unit
	for _, u := range b.printedUnits() {
		if !u.Bloc() {
			continue
		}
		if found != nil && schema.UnitKey(found.String()) != schema.UnitKey(u.String()) {
			return nil
		}
		if found == nil {
			u := u
			found = &u
		}
	}
	return found
}

// mainUnit is the party organisation the article is about: the one holding the
// congress or event it reports, else the one it names most.
func (b *builder) mainUnit() (units.Unit, bool) {
	partial := units.Context{Places: b.ctx.Places, Bloc: b.ctx.Bloc}
	var phrases []string
	for _, c := range b.r.Congresses {
		if !c.MentionedOnly && c.Unit.Text != "" {
			phrases = append(phrases, c.Unit.Text)
		}
	}
	for _, e := range b.r.Events {
		if !e.MentionedOnly && !e.Anaphoric && e.Unit.Text != "" {
			phrases = append(phrases, e.Unit.Text)
		}
	}
	for _, t := range phrases {
		u, ok := b.parse(t)
		if !ok {
			continue
		}
		u = u.Complete(partial)
		if u.Party() && !u.Bare() {
			return u, true
		}
	}
	type count struct {
		u   units.Unit
		key string // schema.UnitKey(u.String())
		n   int
	}
	var counts []count
	for _, u := range b.printedUnits() {
		u = u.Complete(partial)
		if !u.Party() || u.Bare() || u.LeansOnContext() && u.Name == "Khối" {
			continue
		}
		k := schema.UnitKey(u.String())
		found := false
		for i := range counts {
			if counts[i].key == k {
				counts[i].n++
				found = true
			}
		}
		if !found {
			counts = append(counts, count{u, k, 1})
		}
	}
	best := -1
	for i, c := range counts {
		if best < 0 || c.n > counts[best].n {
			best = i
		}
	}
	if best < 0 {
		return units.Unit{}, false
	}
	return counts[best].u, true
}

// unit resolves a unit's name as printed in sentence (-1 for a unit no
// sentence prints, such as the one a title implies) and returns its id.
func (b *builder) unit(text string, sentence int) (string, bool) {
	u, ok := b.parse(text)
	if !ok {
		return "", false
	}
	return b.addParsed(u, text, sentence), true
}

// addParsed completes u, printed as text, and adds it. A printing of the head
// alone (Đảng ủy, Ban Chấp hành) is not kept as a name of the unit.
func (b *builder) addParsed(u units.Unit, text string, sentence int) string {
	return b.addIn(u, text, sentence, b.ctxAt(sentence))
}

// addIn is addParsed completing u in the context c.
func (b *builder) addIn(u units.Unit, text string, sentence int, c units.Context) string {
	if u.HeadOnly() {
		text = ""
	}
	return b.addUnit(u.Complete(c), text, sentence)
}

// addUnit adds u, completed, to the facts, with printed as an alias, and
// returns its id. A unit whose name still leans on the article is scoped to it.
func (b *builder) addUnit(u units.Unit, printed string, sentence int) string {
	scope := ""
	if u.LeansOnContext() {
		scope = b.art
	}
	name := units.CommaJoined(u.String())
	id := b.unitID(name, scope)
	i, ok := b.unitAt[id]
	if !ok {
		parent := ""
		if p, ok := u.Parent(); ok {
			parent = b.addUnit(p, "", -1)
		}
		i = len(b.f.Units)
		b.unitAt[id] = i
		b.f.Units = append(b.f.Units, model.Unit{ID: id, Name: name, Kind: u.Kind, Parent: parent})
	}
	x := &b.f.Units[i]
	if n := organisations(u); n > b.unitBo[id] {
		// The canonical name is the Đảng bộ form wherever the article prints
		// it: Ban Chấp hành Đảng bộ phường X rather than Ban Chấp hành Đảng ủy
		// phường X, Đảng bộ TPHCM rather than Thành ủy TPHCM.
		x.Aliases = appendString(x.Aliases, x.Name)
		x.Name = name
		b.unitBo[id] = n
	}
	x.Aliases = appendString(x.Aliases, printed)
	x.Aliases = appendString(x.Aliases, name)
	if u.Party() {
		x.Aliases = appendString(x.Aliases, u.WithHead("Đảng ủy").String())
		x.Aliases = appendString(x.Aliases, u.WithHead("Đảng bộ").String())
	}
	if c, ok := u.CommitteeForm(); ok {
		x.Aliases = appendString(x.Aliases, c.String())
	}
	if sentence >= 0 {
		x.Mentions = b.addSpan(x.Mentions, sentence)
	}
	return id
}

// allUnits adds the units printed that no other fact has added, and writes
// each unit's aliases without its name.
func (b *builder) allUnits() {
	for k, m := range b.r.Units {
		u, ok := b.parse(m.Text)
		if !ok {
			continue
		}
		if of, ok := b.sharedOf(u, k); ok {
			u.Of = &of
			b.addUnit(u.Complete(b.ctx), "", m.Sentence)
			continue
		}
		b.addParsed(u, m.Text, m.Sentence)
	}
	for i := range b.f.Units {
		u := &b.f.Units[i]
		var as []string
		for _, a := range u.Aliases {
			if a != u.Name {
				as = append(as, a)
			}
		}
		u.Aliases = as
	}
}

// unitKind is the kind of the unit with id, or "" when it is not in the facts.
func (b *builder) unitKind(id string) schema.UnitKind {
	if i, ok := b.unitAt[id]; ok {
		return b.f.Units[i].Kind
	}
	return ""
}

// unitName is the canonical name of the unit with id.
func (b *builder) unitName(id string) string {
	if i, ok := b.unitAt[id]; ok {
		return b.f.Units[i].Name
	}
	return ""
}

// sharedOf is the committee that a body printed alone shares with the body
// printed next to it: Ban Chấp hành, Ban Thường vụ Đảng ủy phường are both the
// ward's.
func (b *builder) sharedOf(u units.Unit, k int) (units.Unit, bool) {
	if !u.Body() || u.Of != nil || k+1 >= len(b.r.Units) {
		return units.Unit{}, false
	}
	m, next := b.r.Units[k], b.r.Units[k+1]
	if next.Sentence != m.Sentence || next.Start < m.End {
		return units.Unit{}, false
	}
	if b.runes == nil {
		b.runes = []rune(b.doc.Text)
	}
	if next.Start > len(b.runes) {
		return units.Unit{}, false
	}
	between := strings.TrimSpace(string(b.runes[m.End:next.Start]))
	if between != "," && between != "và" && between != ", và" {
		return units.Unit{}, false
	}
	v, ok := b.parse(next.Text)
	if !ok || !v.Body() || v.Of == nil {
		return units.Unit{}, false
	}
	return *v.Of, true
}

// organisations counts the party organisations named by their Đảng bộ head in
// u and the committees it belongs to.
func organisations(u units.Unit) int {
	n := 0
	for v := &u; v != nil; v = v.Of {
		if v.Party() && v.Head == "Đảng bộ" {
			n++
		}
	}
	return n
}

// apposedParents places a ward's or district's party organisation within the
// one of the place printed in apposition after it: Đảng bộ phường Hòa Xuân,
// thành phố Đà Nẵng is within Đảng bộ thành phố Đà Nẵng; Đảng bộ phường Tân
// Định, quận 1, TPHCM within Đảng bộ Quận 1, itself within Đảng bộ TPHCM. Only
// the printed apposition says so: a ward's organisation is never placed in a
// city the article merely names elsewhere.
func (b *builder) apposedParents() {
	for _, m := range b.r.Units {
		u, ok := b.parse(m.Text)
		if !ok || !u.Party() || u.Name != "" || u.Of != nil || u.Place.Name == "" {
			continue
		}
		level := u.Place.Level()
		if level != units.Ward && level != units.District {
			continue
		}
		span, ok := b.sentence(m.Sentence)
		if !ok || m.End < span.Start || m.End > span.End {
			continue
		}
		if b.runes == nil {
			b.runes = []rune(b.doc.Text)
		}
		if span.End > len(b.runes) {
			continue
		}
		child := b.addUnit(u.Complete(b.ctx), "", -1)
		for _, p := range units.Apposed(string(b.runes[m.End:span.End])) {
			if l := p.Level(); l == units.NoLevel || l >= level {
				continue
			}
			parent := b.addUnit(units.PartyOf(p), "", -1)
			if c := &b.f.Units[b.unitAt[child]]; c.Parent == "" && parent != child {
				c.Parent = parent
			}
			child, level = parent, p.Level()
		}
	}
}
