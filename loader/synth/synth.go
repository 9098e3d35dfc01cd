// Package synth writes synthetic articles of the genre cadregraph reads —
// Vietnamese party news — for benchmarks and tests at scale: as many as
// asked, all different, from a seed, so that a run can be repeated.
//
// An article is made of the parts real pages have: a headline, a page
// header with a date in one of its printed forms, a lead with the event and
// its date, a guest list with people and their posts in both orders,
// documents with their codes and the links between them, photo captions
// with credits, a byline and page debris, around paragraphs of the prose
// that makes up most of an article. Names, provinces, wards, posts and
// documents come from tables, so the graph the corpus makes has the fan-out
// of a real one: the officials of a province recur in its articles, a post
// changes hands between terms, national leaders and central documents are
// hubs cited from many provinces.
//
// The text is built to be read, not to be right: nothing here is gold, and
// tests must not score extraction against it.
package synth

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"iter"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/cadregraph/cadregraph/loader/model"
)

// Corpus yields the first n articles of the corpus seed names: article i is
// always the same for the same seed (see Article). Nothing is held between
// articles, so a corpus of any size costs the memory of one article.
func Corpus(seed int64, n int) iter.Seq[model.Raw] {
	return func(yield func(model.Raw) bool) {
		for i := range n {
			if !yield(Article(seed, i)) {
				return
			}
		}
	}
}

// Article is article i of the corpus seed names; its Source is Name(i).
// Articles of one corpus all differ in their text, whatever the
// normalisation, since each states figures no other article states.
func Article(seed int64, i int) model.Raw {
	g := gen{
		seed: seed,
		i:    i,
		r:    rand.New(rand.NewPCG(uint64(seed), uint64(i))),
	}
	return model.Raw{Source: Name(i), Text: g.article()}
}

// Name is the file name of article i: numbered so that a folder of them
// reads back in corpus order.
func Name(i int) string { return fmt.Sprintf("synth_%06d.txt", i) }

// WriteDir writes the first n articles of the corpus seed names into dir,
// one .txt file each (see Name), creating dir if needed. It returns the
// bytes written.
func WriteDir(dir string, seed int64, n int) (int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("synth: %w", err)
	}
	var total int64
	for raw := range Corpus(seed, n) {
		f, err := os.Create(filepath.Join(dir, raw.Source))
		if err != nil {
			return total, fmt.Errorf("synth: %w", err)
		}
		w := bufio.NewWriter(f)
		k, err := w.WriteString(raw.Text)
		if err == nil {
			err = w.Flush()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return total, fmt.Errorf("synth: write %s: %w", raw.Source, err)
		}
		total += int64(k)
	}
	return total, nil
}

// gen builds one article.
type gen struct {
	seed int64
	i    int
	r    *rand.Rand
	b    strings.Builder

	// The article's setting, chosen first.
	prov province
	date time.Time
	term string // the term in office at the date: 2020 - 2025
}

// pick is a random element of s.
func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }

// hash is a stable number for a key within the corpus: who holds a post,
// which wards a province has.
func (g *gen) hash(parts ...string) uint64 {
	h := fnv.New64a()
	fmt.Fprint(h, g.seed)
	for _, p := range parts {
		h.Write([]byte{0})
		h.Write([]byte(p))
	}
	return h.Sum64()
}

// person is the name of whoever holds the post key within a place during
// a term: the same across the corpus, so people recur.
func (g *gen) person(place, key, term string) string {
	h := g.hash("person", place, key, term)
	f := familyNames[h%uint64(len(familyNames))]
	h /= uint64(len(familyNames))
	m := middleNames[h%uint64(len(middleNames))]
	h /= uint64(len(middleNames))
	n := givenNames[h%uint64(len(givenNames))]
	return f + " " + m + " " + n
}

func termOf(year int) string {
	switch {
	case year < 2020:
		return "2015 - 2020"
	case year < 2025:
		return "2020 - 2025"
	}
	return "2025 - 2030"
}

// ordinalOf is a province congress's number for the term starting in year.
func ordinalOf(year int) int { return 11 + (year-2000)/5 }

func (g *gen) article() string {
	// Provinces follow a Zipf law: a few are in the news far more often.
	z := rand.NewZipf(g.r, 1.1, 3, uint64(len(provinces)-1))
	g.prov = provinces[z.Uint64()]
	day := g.r.IntN(7*365 + 1)
	g.date = time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, day)
	g.term = termOf(g.date.Year())

	switch g.r.IntN(5) {
	case 0:
		g.provinceConference()
	case 1:
		g.wardCongress()
	case 2:
		g.provinceCongress()
	case 3:
		g.blocConference()
	default:
		g.documentStudy()
	}
	return g.b.String()
}

// para writes a paragraph.
func (g *gen) para(format string, a ...any) {
	if g.b.Len() > 0 {
		g.b.WriteString("\n\n")
	}
	fmt.Fprintf(&g.b, format, a...)
}

// committee is the province's party committee: Tỉnh ủy Lâm Đồng.
func (g *gen) committee() string {
	if g.prov.city {
		return "Thành ủy " + g.placeName()
	}
	return "Tỉnh ủy " + g.placeName()
}

func (g *gen) committeeWord() string {
	if g.prov.city {
		return "Thành ủy"
	}
	return "Tỉnh ủy"
}

func (g *gen) levelWord() string {
	if g.prov.city {
		return "thành phố"
	}
	return "tỉnh"
}

func (g *gen) placeName() string {
	if g.prov.abbrev != "" && g.r.IntN(2) == 0 {
		return g.prov.abbrev
	}
	return g.prov.name
}

// fill puts the province into a post's template.
func (g *gen) fill(s, ward string) string {
	return strings.NewReplacer(
		"{U2}", g.committeeWord(),
		"{U}", g.committeeWord(),
		"{L}", g.levelWord(),
		"{P}", g.levelWord()+" "+g.prov.name,
		"{W}", "phường "+ward,
	).Replace(s)
}

// official is a province post's holder at the article's date, with the
// post as printed after the name.
func (g *gen) official(p post) (name, printed string) {
	return g.person(g.prov.name, p.key, g.term), g.fill(p.printed, "")
}

// titled is a province official with the post printed before the name.
func (g *gen) titled(p post) string {
	before := g.fill(provincePostsBefore[p.key], "")
	if g.r.IntN(3) == 0 && strings.HasSuffix(before, g.committeeWord()) {
		before += " " + g.prov.name
	}
	return before + " " + g.person(g.prov.name, p.key, g.term)
}

func (g *gen) central() (name, printed string) {
	p := pick(g.r, centralPosts)
	return g.person("trung ương", p.key, g.term), p.printed
}

// wardsOf are the wards of the article's province, a few names each.
func (g *gen) ward() string {
	h := g.hash("ward", g.prov.name)
	k := int(h % uint64(len(wardNames)))
	return wardNames[(k+g.r.IntN(5)*7)%len(wardNames)]
}

// header is the page header, in one of the forms pages print dates.
func (g *gen) header() {
	d := g.date
	hh, mm := 6+g.r.IntN(14), g.r.IntN(60)
	switch g.r.IntN(5) {
	case 0:
		g.para("%s, ngày %d tháng %d năm %d", weekdays[d.Weekday()], d.Day(), int(d.Month()), d.Year())
	case 1:
		g.para("%s, ngày %d/%d/%d - %02d:%02d", weekdays[d.Weekday()], d.Day(), int(d.Month()), d.Year(), hh, mm)
	case 2:
		g.para("Cập nhật: %02d/%02d/%d", d.Day(), int(d.Month()), d.Year())
	case 3:
		g.para("%s - %02d/%02d/%d %02d:%02d", strings.ToLower(weekdays[d.Weekday()][:1])+weekdays[d.Weekday()][1:], d.Day(), int(d.Month()), d.Year(), hh, mm)
	default:
		g.para("date %04d-%02d-%02d", d.Year(), int(d.Month()), d.Day())
	}
}

// when is the event's date as a lead prints it, mostly without its year.
func (g *gen) when() string {
	d := g.date
	part := pick(g.r, []string{"Sáng", "Chiều", "Trưa", "Tối", "Ngày"})
	switch g.r.IntN(4) {
	case 0:
		return fmt.Sprintf("%s %d-%d", part, d.Day(), int(d.Month()))
	case 1:
		return fmt.Sprintf("%s %d/%d", part, d.Day(), int(d.Month()))
	case 2:
		return fmt.Sprintf("Ngày %d/%d/%d", d.Day(), int(d.Month()), d.Year())
	}
	return fmt.Sprintf("%s nay (%d/%d)", part, d.Day(), int(d.Month()))
}

// figures is the sentence that makes the article unique: two counts that
// together no other article of the corpus states.
func (g *gen) figures() {
	a, b := 12+g.i%997, 3+g.i/997
	g.para("Năm %d, toàn Đảng bộ kết nạp %d đảng viên mới; %d tổ chức cơ sở đảng được đánh giá hoàn thành xuất sắc nhiệm vụ.", g.date.Year()-1, a, b)
}

// fillers writes min to max sentences of prose (times three: an article is
// mostly prose), a few to a paragraph.
func (g *gen) fillers(min, max int) {
	n := 3 * (min + g.r.IntN(max-min+1))
	perm := g.r.Perm(len(filler))
	for k := range n {
		if k >= len(perm) {
			perm = append(perm, g.r.Perm(len(filler))...)
		}
		if k%3 == 2 {
			g.b.WriteString(" ")
			g.b.WriteString(filler[perm[k]])
			continue
		}
		g.para("%s", filler[perm[k]])
	}
}

// cited is a central document issued before the article's date, or false.
func (g *gen) cited() (document, bool) {
	for range 8 {
		k := g.r.IntN(len(centralDocuments))
		d := centralDocuments[k]
		if time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC).Before(g.date) {
			return d, true
		}
	}
	return document{}, false
}

// docRef prints a document in one of the forms articles use, from the full
// citation to the bare number.
func (g *gen) docRef(d document) string {
	code := d.number + "-" + d.sign + "/TW"
	switch g.r.IntN(5) {
	case 0:
		return fmt.Sprintf("%s số %s ngày %d/%d/%d của %s về %s", d.kind, code, d.day, d.month, d.year, d.issuer, d.subject)
	case 1:
		return fmt.Sprintf("%s số %s ngày %d tháng %d năm %d của %s", d.kind, code, d.day, d.month, d.year, d.issuer)
	case 2:
		return fmt.Sprintf("%s %s", d.kind, code)
	case 3:
		return fmt.Sprintf("%s số %s của %s về %s", d.kind, d.number, d.issuer, d.subject)
	}
	return fmt.Sprintf("%s số %s", d.kind, code)
}

// localDoc is a document of the province's committee, cited again by other
// articles of the province.
func (g *gen) localDoc() string {
	kinds := []struct{ kind, sign string }{{"Nghị quyết", "NQ"}, {"Kế hoạch", "KH"}, {"Chương trình", "CTr"}, {"Đề án", "ĐA"}, {"Chỉ thị", "CT"}}
	k := pick(g.r, kinds)
	n := 1 + int(g.hash("doc", g.prov.name, k.kind)%40) + g.r.IntN(3)*17
	return fmt.Sprintf("%s số %02d-%s/TU của Ban Thường vụ %s", k.kind, n, k.sign, g.committeeWord())
}

// caption is a photo caption naming the person it shows, and its credit.
func (g *gen) caption(name, what string) {
	g.para("%s %s %s. Ảnh: %s", pick(g.r, []string{"Đồng chí", "Ông", "Bà", "Đồng chí"}), name, what, pick(g.r, credits))
}

func (g *gen) byline() {
	switch g.r.IntN(4) {
	case 0:
		g.para("%s - %s", pick(g.r, credits), pick(g.r, credits))
	case 1:
		g.para("Tác giả bài viết: %s", titleCase(pick(g.r, credits)))
	case 2:
		g.para("(Theo %s)", pick(g.r, []string{"HNM", "SGGP", "Nhân Dân", "QĐND"}))
	default:
		g.para("%s", pick(g.r, credits))
	}
}

func (g *gen) debris() {
	for range g.r.IntN(3) {
		g.para("%s", pick(g.r, debris))
	}
}

// titleCase is a name in capitals as a name is written: VIỆT DŨNG → Việt Dũng.
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for k, w := range words {
		r := []rune(w)
		words[k] = strings.ToUpper(string(r[0])) + string(r[1:])
	}
	return strings.Join(words, " ")
}

// guests is a guest list, name first, posts after, separated by semicolons.
func (g *gen) guests(n int, withCentral bool) []string {
	var names, parts []string
	if withCentral {
		name, printed := g.central()
		names = append(names, name)
		parts = append(parts, name+" - "+printed)
	}
	for _, k := range g.r.Perm(len(provincePosts))[:n] {
		name, printed := g.official(provincePosts[k])
		names = append(names, name)
		sep := pick(g.r, []string{" - ", ", "})
		parts = append(parts, name+sep+printed)
	}
	g.para("Tham dự %s có các đồng chí: %s.", pick(g.r, []string{"hội nghị", "đại hội", "buổi lễ"}), strings.Join(parts, "; "))
	return names
}

func (g *gen) provinceConference() {
	topic := g.topic()
	g.para("%s: Hội nghị Ban Chấp hành Đảng bộ %s lần thứ %d", g.placeName(), g.levelWord(), 2+g.r.IntN(30))
	g.header()
	g.para("(%s) – %s, %s tổ chức Hội nghị %s.", pick(g.r, []string{"ĐCSVN", "Thanhuytphcm.vn", "TTXVN", "Báo Nhân Dân"}), g.when(), g.committee(), topic)
	withCentral := g.r.IntN(3) == 0
	g.guests(2+g.r.IntN(4), withCentral)
	chair := pick(g.r, provincePosts[:2])
	g.para("Hội nghị do %s chủ trì.", g.titled(chair))
	g.fillers(1, 3)
	g.figures()
	reporter := pick(g.r, provincePosts[4:])
	g.para("Trình bày báo cáo, %s cho biết, %s đã ban hành %s để cụ thể hóa %s.", g.titled(reporter), g.committeeWord(), g.localDoc(), g.docOr("các nghị quyết của Trung ương"))
	g.fillers(2, 4)
	name, printed := g.official(provincePosts[0])
	g.para("Kết luận hội nghị, đồng chí %s, %s yêu cầu các cấp ủy, tổ chức đảng tiếp tục quán triệt, thực hiện nghiêm %s.", name, printed, g.docOr("các chủ trương của Đảng"))
	g.caption(name, "phát biểu kết luận hội nghị")
	g.byline()
	g.debris()
}

// docOr cites a central document, or says something general when none was
// issued yet at the article's date.
func (g *gen) docOr(general string) string {
	if d, ok := g.cited(); ok {
		return g.docRef(d)
	}
	return general
}

func (g *gen) topic() string {
	t := pick(g.r, conferenceTopics)
	y := g.date.Year()
	return strings.NewReplacer(
		"{Y0}", fmt.Sprint(y-1), "{Y}", fmt.Sprint(y),
		"{N}", fmt.Sprint(3+g.r.IntN(8)), "{D}", g.docOr("các nghị quyết của Trung ương"),
	).Replace(t)
}

func (g *gen) wardCongress() {
	w := g.ward()
	year := g.date.Year()
	term := termOf(year + 1) // a congress elects for the term to come
	g.para("Đại hội Đảng bộ phường %s lần thứ %s, nhiệm kỳ %s thành công tốt đẹp", w, romans[1+g.r.IntN(4)], term)
	g.header()
	d := g.date
	g.para("Trong 2 ngày %d và %d-%d, Đảng bộ phường %s tổ chức Đại hội đại biểu lần thứ %s, nhiệm kỳ %s. Dự đại hội có đồng chí %s, %s; %d đại biểu đại diện cho %d đảng viên của Đảng bộ.",
		d.Day(), d.Day()+1, int(d.Month()), w, romans[1+g.r.IntN(4)], term,
		g.person(g.prov.name, "tochuc", g.term), g.fill("{U2} viên, Phó Trưởng Ban Tổ chức {U}", "")+" "+g.prov.name,
		100+g.r.IntN(200), 500+g.r.IntN(3000))
	g.para("Phường %s được thành lập trên cơ sở sắp xếp các phường %s, %s. Đảng bộ phường hiện có %d tổ chức cơ sở đảng.", w, pick(g.r, wardNames), pick(g.r, wardNames), 10+g.r.IntN(60))
	g.fillers(2, 4)
	g.figures()
	bt := g.person(g.prov.name+"/"+w, "bt", term)
	ct := g.person(g.prov.name+"/"+w, "ctub", term)
	g.para("Đại hội đã bầu Ban Chấp hành Đảng bộ phường khóa %s gồm %d đồng chí. Tại phiên họp thứ nhất, đồng chí %s được bầu giữ chức Bí thư Đảng ủy phường; đồng chí %s được bầu làm Phó Bí thư Đảng ủy phường, Chủ tịch UBND phường.",
		romans[1+g.r.IntN(4)], 15+g.r.IntN(25), bt, ct)
	g.para("Đồng chí %s, Bí thư Đảng ủy phường %s, phát biểu nhận nhiệm vụ. Ảnh: %s", bt, w, pick(g.r, credits))
	g.para("Với phương châm \"%s\", Đại hội đề ra %d chỉ tiêu.", pick(g.r, mottos), 8+g.r.IntN(15))
	g.byline()
	g.debris()
}

func (g *gen) provinceCongress() {
	year := g.date.Year()
	start := year - year%5
	if year%5 != 0 {
		start = year - year%5 + 5
	}
	term := fmt.Sprintf("%d - %d", start, start+5)
	ord := romans[min(ordinalOf(start), len(romans)-1)]
	g.para("Khai mạc Đại hội đại biểu Đảng bộ %s %s lần thứ %s", g.levelWord(), g.prov.name, ord)
	g.header()
	g.para("%s, Đại hội đại biểu Đảng bộ %s %s lần thứ %s, nhiệm kỳ %s khai mạc trọng thể với sự tham dự của %d đại biểu chính thức.", g.when(), g.levelWord(), g.prov.name, ord, term, 300+g.r.IntN(200))
	cname, cposts := g.central()
	g.para("Dự đại hội có đồng chí %s, %s.", cname, cposts)
	g.guests(1+g.r.IntN(3), false)
	g.fillers(2, 4)
	g.figures()
	g.para("Đại hội diễn ra với tinh thần \"%s\".", pick(g.r, mottos))
	bt := g.person(g.prov.name, "bt", termOf(start))
	g.para("Đại hội đã bầu Ban Chấp hành Đảng bộ %s khóa %s gồm %d đồng chí. Đồng chí %s được bầu giữ chức Bí thư %s nhiệm kỳ %s.", g.levelWord(), ord, 45+g.r.IntN(20), bt, g.committeeWord(), term)
	g.para("Đại hội đã biểu quyết thông qua Nghị quyết Đại hội, trong đó xác định quyết tâm triển khai %s.", g.docOr("các nghị quyết của Trung ương"))
	g.caption(bt, "phát biểu tại đại hội")
	g.fillers(1, 2)
	g.byline()
	g.debris()
}

func (g *gen) blocConference() {
	bloc := pick(g.r, blocs)
	place := g.placeName()
	unit := "Đảng ủy Khối " + bloc + " " + place
	g.para("%s tổng kết công tác năm %d", unit, g.date.Year()-1)
	g.header()
	g.para("%s, %s tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm %d và triển khai chương trình công tác năm %d.", g.when(), unit, g.date.Year()-1, g.date.Year())
	bt := g.person(g.prov.name+"/"+bloc, "bt", g.term)
	pbt := g.person(g.prov.name+"/"+bloc, "pbt", g.term)
	name, printed := g.official(pick(g.r, provincePosts[:4]))
	g.para("Dự hội nghị có đồng chí %s, %s; đồng chí %s, Bí thư Đảng ủy Khối.", name, printed, bt)
	g.para("Báo cáo tại Hội nghị, đồng chí %s, Phó Bí thư Đảng ủy Khối đã báo cáo những kết quả nổi bật của Đảng bộ Khối %s năm %d.", pbt, bloc, g.date.Year()-1)
	g.fillers(2, 5)
	g.figures()
	g.para("Ban Thường vụ Đảng ủy Khối đã ban hành %s thực hiện %s.", g.localDoc(), g.docOr("các chỉ thị của Trung ương"))
	g.caption(pbt, "phát biểu tại Hội nghị")
	g.byline()
	g.debris()
}

func (g *gen) documentStudy() {
	d, ok := g.cited()
	if !ok {
		g.provinceConference()
		return
	}
	g.para("%s học tập, quán triệt %s %s-%s/TW", g.committee(), d.kind, d.number, d.sign)
	g.header()
	g.para("%s, %s tổ chức hội nghị trực tuyến học tập, quán triệt, triển khai thực hiện %s số %s-%s/TW ngày %d/%d/%d của %s về %s.",
		g.when(), g.committee(), d.kind, d.number, d.sign, d.day, d.month, d.year, d.issuer, d.subject)
	if d.follows >= 0 {
		f := centralDocuments[d.follows]
		g.para("%s số %s-%s/TW được ban hành về tiếp tục thực hiện %s số %s-%s/TW của %s.", d.kind, d.number, d.sign, f.kind, f.number, f.sign, f.issuer)
	}
	g.para("Hội nghị do %s chủ trì.", g.titled(provincePosts[0]))
	g.fillers(1, 3)
	g.figures()
	name, printed := g.official(pick(g.r, provincePosts[4:]))
	g.para("Phát biểu tại hội nghị, đồng chí %s, %s nhấn mạnh việc thực hiện %s gắn với %s và %s.", name, printed, g.docRef(d), g.docOr("các nghị quyết của Trung ương"), g.localDoc())
	g.fillers(1, 3)
	g.caption(name, "phát biểu tại hội nghị")
	g.byline()
	g.debris()
}
