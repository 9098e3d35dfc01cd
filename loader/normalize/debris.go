package normalize

import (
	"strings"
	"sync"
	"unicode"

	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/vn"
)

// maxChromeWords bounds the lines that can be chrome: the longest, the
// session notice of NukeViet sites, has about twenty words.
const maxChromeWords = 24

// chrome is what a line of site chrome does to the lines after it.
type chrome int

const (
	notChrome chrome = iota
	// chromeLine is one line of chrome: a counter, a share bar, a menu item.
	chromeLine
	// chromeEnd opens the page's tail (comments, ratings, other news, tags,
	// statistics): once the article has begun, nothing after it is the article.
	chromeEnd
	// chromeList opens a list of related headlines, which news sites also put
	// inside an article: its items go, the article may resume after it.
	chromeList
)

// endMarkers open the tail of a page, written folded (vn.Fold): the comment
// box, the rating widget, lists of other news, tags, statistics, copyright.
// They are matched against whole lines, so that prose mentioning them is safe.
func endMarkers() []string {
	return []string{
		"y kien ban doc", "y kien cua ban", "y kien", "binh luan", "cac binh luan", "gui binh luan",
		"viet binh luan", "gui y kien", "gui y kien cua ban", "tong luot binh luan", "ma bao mat",
		"ma xac nhan", "danh gia bai viet", "tin khac", "cac tin khac", "tin bai khac", "cac bai khac",
		"bai viet khac", "cac bai viet khac", "tin tuc khac", "tin xem nhieu", "tin doc nhieu",
		"doc nhieu nhat", "xem nhieu nhat", "doc nhieu", "xem nhieu", "tin moi", "tin moi nhat", "tin moi cap nhat", "tin da dua", "cac tin da dua",
		"tin moi hon", "nhung tin moi hon", "nhung tin cu hon", "tin cu hon", "tin cung chuyen muc",
		"bai cung chuyen muc", "cung chuyen muc", "tin cung loai", "co the ban quan tam",
		"ban co the quan tam", "co the ban chua doc", "tin noi bat", "bai noi bat", "thong ke",
		"thong ke truy cap", "lien ket website", "lien ket web", "chia se", "chia se bai viet",
		"tu khoa", "tags", "tag", "the", "thong bao", "video noi bat", "tieu diem", "dong su kien",
		"tin tieu diem", "tin anh", "chuyen muc", "muc luc",
	}
}

// endPrefixes open the tail when a line starts with them.
func endPrefixes() []string {
	return []string{
		"tong so diem cua bai viet", "click de danh gia", "ban da khong su dung site", "ban quyen thuoc",
		"copyright", "ban quyen", "giay phep so", "giay phep xuat ban", "co quan chu quan",
		"chiu trach nhiem noi dung", "tong bien tap", "ghi ro nguon",
	}
}

// listMarkers open a list of related headlines.
func listMarkers() []string {
	return []string{
		"tin lien quan", "bai viet lien quan", "bai lien quan", "tin bai lien quan", "tin tuc lien quan",
		"xem them", "doc them", "cung chu de", "tin cung chu de",
	}
}

// lineChrome are single lines of chrome: share and print bars, menus, buttons.
func lineChrome() []string {
	return []string{
		"refresh", "in bai", "in bai viet", "ban in", "gui bai", "gui bai viet", "gui email", "gui cho ban be",
		"email", "e mail", "facebook", "zalo", "twitter", "linkedin", "print", "share", "like", "tweet",
		"quay lai", "tro ve", "tro lai", "ve dau trang", "len dau trang", "dau trang", "trang chu",
		"lien he", "gioi thieu", "dang nhap", "dang ky", "dang xuat", "tim kiem", "co chu", "font",
		"a a a", "luu", "luu bai viet", "bookmark", "theo doi", "menu", "rss", "sitemap", "quang cao",
		"advertisement", "top", "xem tiep", "doc tiep", "xem chi tiet", "chi tiet", "nghe doc bai",
		"nghe bai viet", "phong to", "thu nho", "in", "gui", "huy", "dong", "chon", "video", "audio",
		"hinh anh", "xem", "tai ve", "download", "copy link", "sao chep lien ket", "tai xuong",
		"trang truoc", "trang sau", "tiep theo", "truoc", "sau", "dau", "cuoi",
	}
}

// counterLabels are the labels of visitor counters, glued to their numbers on
// many sites: "Đang truy cập5", "Hôm nay1,300".
func counterLabels() []string {
	return []string{
		"dang truy cap", "dang online", "truc tuyen", "may chu tim kiem", "khach vieng tham", "hom nay",
		"hom qua", "tuan nay", "tuan truoc", "thang nay", "thang truoc", "thang hien tai", "nam nay",
		"tong luot truy cap", "tong so luot truy cap", "luot truy cap", "tong truy cap", "truy cap",
		"tat ca", "thanh vien", "khach", "online", "luot xem", "so luot xem", "da xem", "xem", "luot doc",
		"luot thich", "luot chia se", "tong so", "tong",
	}
}

// sectionNames are the sections of news sites, folded, printed as a line
// above the headline.
func sectionNames() []string {
	return []string{"chinh tri", "thoi su", "xay dung dang", "tin tuc", "tin tuc su kien", "su kien",
		"kinh te", "xa hoi", "van hoa", "phap luat", "quoc phong", "an ninh", "the gioi", "giao duc",
		"suc khoe", "doi song", "hoat dong", "tin hoat dong", "tin dia phuong", "dia phuong",
		"cong tac dang", "to chuc xay dung dang", "dang uy", "van ban", "tin noi bo", "tin moi"}
}

// shareWords are the words of glued share bars ("Chia sẻ Facebook Zalo In bài").
func shareWords() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("chia se facebook zalo twitter email e mail in bai viet gui luu print share like tweet copy link sao chep lien ket linkedin messenger telegram") {
		m[w] = true
	}
	return m
}

// chromeTables are the tables above, built once (chrome) and only read.
type chromeTables struct {
	end, endPrefix, list, line, counters, sections []string
	share                                          map[string]bool
}

func newChromeTables() chromeTables {
	return chromeTables{end: endMarkers(), endPrefix: endPrefixes(), list: listMarkers(),
		line: lineChrome(), counters: counterLabels(), sections: sectionNames(), share: shareWords()}
}

// chrome are the chrome tables, built on first use and never changed after:
// building them for every article was a thirtieth of normalize's time.
var chromeOnce = sync.OnceValue(newChromeTables)

// classify says what kind of chrome the line t (folded f) is.
func (c chromeTables) classify(t, f string) chrome {
	if f == "" {
		// No letters or digits at all: rules, bullets, lone punctuation.
		return chromeLine
	}
	for _, p := range c.endPrefix {
		if strings.HasPrefix(f, p) {
			return chromeEnd
		}
	}
	bare := strings.TrimRight(f, "0123456789 ") // "Ý kiến bạn đọc (0)"
	for _, m := range c.end {
		if bare == m {
			return chromeEnd
		}
	}
	for _, m := range c.list {
		if bare == m {
			return chromeList
		}
	}
	// A button's label may carry its state: "Cỡ chữ A+ A-", "Nghe đọc bài
	// 00:00" — single letters and numbers after it.
	short := f
	for {
		k := strings.LastIndexByte(short, ' ')
		if k < 0 {
			break
		}
		last := short[k+1:]
		if len(last) > 1 && strings.Trim(last, "0123456789") != "" {
			break
		}
		short = short[:k]
	}
	for _, m := range c.line {
		if f == m || short == m {
			return chromeLine
		}
	}
	if c.isCounter(f) || c.isShareBar(f) || labelled(t) || isBreadcrumb(t) || noLetters(t) {
		return chromeLine
	}
	return notChrome
}

// isCounter reports "Đang truy cập5", "Hôm nay1,300", "Lượt xem: 1.234".
func (c chromeTables) isCounter(f string) bool {
	for _, l := range c.counters {
		if !strings.HasPrefix(f, l) {
			continue
		}
		rest := strings.TrimSpace(f[len(l):])
		if rest != "" && strings.Trim(rest, "0123456789 .") == "" {
			return true
		}
	}
	return false
}

func (c chromeTables) isShareBar(f string) bool {
	ws := strings.Fields(f)
	if len(ws) < 2 || len(ws) > 12 {
		return false
	}
	for _, w := range ws {
		if !c.share[w] {
			return false
		}
	}
	return true
}

// labelled reports a line that names a piece of chrome and lists its content
// after a colon: "Từ khóa: đại hội, bầu cử", "Xem thêm: ...", "Tags: ...".
func labelled(t string) bool {
	l := strings.ToLower(t)
	l = strings.TrimLeft(l, ">»›▶►•*+-– ")
	for _, p := range []string{"từ khóa", "từ khoá", "tags", "tag", "thẻ", "chia sẻ", "xem thêm", "đọc thêm",
		"tin liên quan", "bài liên quan", "bài viết liên quan", "tin cùng chuyên mục", "bạn đang xem",
		"bạn đang ở", "lượt xem", "lượt đọc"} {
		if strings.HasPrefix(l, p) {
			rest := strings.TrimSpace(l[len(p):])
			if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, ">>") || strings.HasPrefix(rest, "»") ||
				p == "xem thêm" || p == "đọc thêm" {
				return true
			}
		}
	}
	return false
}

// isBreadcrumb reports menus and breadcrumbs: short items between », ›, > or |
// ("Trang chủ » Tin tức » Hoạt động").
func isBreadcrumb(t string) bool {
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == '»' || r == '›' || r == '>' || r == '|' })
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if n := len(strings.Fields(p)); n > 6 || strings.ContainsAny(p, ".!?") {
			return false
		}
	}
	return true
}

// noLetters reports a line without a single letter, except lines that are a
// date and time ("18/07/2025 12:03", "12.02.2024"), which are page headers.
func noLetters(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) {
			return false
		}
	}
	if strings.ContainsAny(t, "/-:") {
		return false
	}
	for _, m := range dates.Find(t) {
		if m.From.Year != 0 {
			return false
		}
	}
	return true
}

// inlineDebris are markup words glued into the text by page scrapers: the
// image toolbar "leftcenterrightdel" stands alone or is glued to a caption.
func inlineDebris() []string {
	return []string{"leftcenterrightdel", "left center right del"}
}

// stripInline removes inline debris from a line.
func stripInline(t string) string {
	for _, d := range inlineDebris() {
		if strings.Contains(t, d) {
			t = strings.Join(strings.Fields(strings.ReplaceAll(t, d, " ")), " ")
		}
	}
	return t
}

// dropChrome removes site chrome: single lines of it everywhere, the menu at
// the top of the page, lists of related headlines, and the whole tail of the
// page once the article has begun.
func dropChrome(lines []line) []para {
	c := chromeOnce()
	var out []para
	proseSeen, inList := false, false
	prev := "" // the list's last headline dropped
	menu := menuRun(lines)
	for i, ln := range lines {
		t := ln.text
		if t == "" || i < menu {
			continue
		}
		kind := notChrome
		if wordCount(t) <= maxChromeWords {
			kind = c.classify(t, vn.Fold(t))
		}
		switch kind {
		case chromeEnd:
			if proseSeen {
				return out
			}
			continue
		case chromeList:
			inList, prev = proseSeen, ""
			continue
		case chromeLine:
			continue
		}
		if !proseSeen && wordCount(t) <= 4 && c.isSection(vn.Fold(t)) {
			continue
		}
		if datedHeadline(t) {
			continue
		}
		if !proseSeen && isMasthead(t) {
			continue
		}
		if inList {
			if headlineLike(t) {
				prev = t
				continue
			}
			if itemLead(lines, i, c, prev) {
				continue
			}
			inList = false
		}
		if isProse(t) {
			proseSeen = true
		}
		out = append(out, para{text: t})
	}
	return out
}

// itemLead reports a long line of a list of related headlines that is an
// item's lead, printed under its headline (prev, a title with no bullet and
// no full stop), not the article resuming: the list runs to the page's tail
// or end in headlines each with at most one sentence under it ("Bài liên
// quan", "Bộ trưởng Tô Lâm làm việc với …", "Bộ trưởng Tô Lâm đề nghị tỉnh …
// Nghị quyết 30 của Bộ Chính trị …", "(0) Bình luận": vovlive 2023, realset
// m001). Two sentences in a row are the article's paragraphs again.
func itemLead(lines []line, i int, c chromeTables, prev string) bool {
	if !bareHeadline(prev) || !endsWithStop(lines[i].text) {
		return false
	}
	afterTitle := false
	for _, ln := range lines[i+1:] {
		t := ln.text
		if t == "" {
			continue
		}
		kind := notChrome
		if wordCount(t) <= maxChromeWords {
			kind = c.classify(t, vn.Fold(t))
		}
		switch {
		case kind == chromeEnd:
			return true
		case kind != notChrome || datedHeadline(t):
			continue
		case bareHeadline(t):
			afterTitle = true
		case !afterTitle:
			return false
		default:
			afterTitle = false
		}
	}
	return true
}

// bareHeadline reports a headline of a list printed bare: short, with no
// bullet and no full stop (headlineLike takes a bulleted line too).
func bareHeadline(t string) bool {
	return t != "" && wordCount(t) <= maxHeadlineWords && !bulleted(t) && !endsWithStop(t)
}

// endsWithStop reports a line whose last mark, before closing quotes or
// brackets, is a full stop, ! or ? (an official ./. ends in a full stop too):
// a sentence printed whole. Narrower than endsSentence, which also takes a
// line cut at : ; … or a bare closer as ended.
func endsWithStop(t string) bool {
	t = strings.TrimRight(t, " \"”’)")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

// datedHeadline reports an item of a list of other news printed with its
// day glued to its headline: "- 10-07-2014Ông Tống Thanh Hải được bầu làm
// Phó Chủ tịch UBND Lai Châu". Its people, posts and year are another
// article's.
//
// It is asked of every line, so it reads the line's first runes only.
func datedHeadline(t string) bool {
	t = strings.TrimLeft(t, "-•·* ")
	k, at := 0, len(t) // the runes of the day, and the byte after them
	next := rune(-1)   // the rune after the day, -1 at the end
	for i, r := range t {
		if !(unicode.IsDigit(r) || r == '-' || r == '/' || r == '.') || k > 10 {
			at, next = i, r
			break
		}
		k++
	}
	if k < 8 || k > 10 || next < 0 || !unicode.IsUpper(next) {
		return false
	}
	ds := dates.Find(t[:at])
	return len(ds) == 1 && ds[0].Start == 0 && ds[0].End == k && ds[0].From.Year != 0 && ds[0].From.Day != 0
}

// menuRun returns how many lines at the top of the page are a menu: a run of
// at least three short lines without punctuation (a headline is longer, a
// date line has digits).
//
// Rules (dashes, bars) are no items: a letterhead printed as a table puts
// them between its issuer and the party's name ("BỘ CHÍNH TRỊ", "-------",
// "|", "ĐẢNG CỘNG SẢN VIỆT NAM", "|", "Số: 216-QĐ/TW"), two lines a menu
// would have hidden.
func menuRun(lines []line) int {
	n, items := 0, 0
	for _, ln := range lines {
		if wordCount(ln.text) > 5 || strings.ContainsAny(ln.text, ".,:;!?0123456789") {
			break
		}
		n++
		if !cellRule(ln.text) {
			items++
		}
	}
	if items < 3 {
		return 0
	}
	return n
}

// isSection reports the name of a site's section printed above an article
// ("Chính trị", "Xây dựng Đảng"): dropped before the article begins.
func (c chromeTables) isSection(f string) bool {
	for _, s := range c.sections {
		if f == s {
			return true
		}
	}
	return false
}

// maxMastheadWords bounds a site's name printed above its articles.
const maxMastheadWords = 16

// isMasthead reports the name of the site printed above the article: "Báo
// Gia Lai điện tử", "BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM", "Cổng Thông tin điện
// tử Chính phủ", "ĐẠI BIỂU NHÂN DÂN - Cơ quan của Quốc hội". Read as the
// headline it would hide the real one, and its words read as a post. A
// headline about a newspaper (Báo Nhân Dân trao giải ...) does not end in
// "điện tử".
func isMasthead(t string) bool {
	if wordCount(t) > maxMastheadWords {
		return false
	}
	f := vn.Fold(t)
	for _, p := range []string{"bao dien tu ", "cong thong tin ", "trang thong tin dien tu ", "tap chi dien tu "} {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	if (strings.HasPrefix(f, "bao ") || strings.HasPrefix(f, "tap chi ")) && strings.HasSuffix(f, " dien tu") {
		return true
	}
	// "X - Cơ quan của Y", "X - Cơ quan Trung ương của Đảng ...": a paper and
	// whose organ it is.
	for _, dash := range []string{" - ", " – ", " — ", " | "} {
		k := strings.Index(t, dash)
		if k <= 0 {
			continue
		}
		if r := vn.Fold(t[k+len(dash):]); strings.HasPrefix(r, "co quan ") && strings.Contains(r, " cua ") {
			return true
		}
	}
	return false
}

// headlineLike reports an item of a list of headlines: a bullet, or a short
// line.
func headlineLike(t string) bool {
	return bulleted(t) || wordCount(t) <= maxHeadlineWords
}

// maxHeadlineWords is the most words a headline in a list of other news
// runs to; a longer line is the article's prose.
const maxHeadlineWords = 30

// bulleted reports a line that opens with a list's bullet.
func bulleted(t string) bool { return strings.IndexAny(t, "•*+-–>»") == 0 }

// isProse reports a line of running text: long, or a sentence of a dozen words.
func isProse(t string) bool {
	n := wordCount(t)
	return n >= 25 || n >= 12 && strings.ContainsAny(t, ".!?")
}

// wordCount counts the words of a cleaned line (single spaces).
func wordCount(t string) int {
	if t == "" {
		return 0
	}
	return strings.Count(t, " ") + 1
}
