package normalize

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cadregraph/cadregraph/lexicon"
	"github.com/cadregraph/cadregraph/loader/dates"
	"github.com/cadregraph/cadregraph/vn"
)

// NameRef is a person's name printed in a byline or a photo credit, with its
// rune span in the line it was read from.
type NameRef struct {
	Text       string // as printed: "VIỆT DŨNG", "S. Hải"
	Start, End int
	// Photo is set for a photographer ("Ảnh: X", "Bài: A; ảnh: B").
	Photo bool
}

// Byline reads an author line: "THU HƯỜNG - VĂN MINH", "Kim Thành",
// "Tác giả bài viết: Quỳnh Thêm - Đức Quang", "Bài và ảnh: Lê Minh",
// "Bài: A; Ảnh: B", "Nhóm PV". ok is false when the line is not a byline. A
// source ("Theo TTXVN", "(Theo Báo Nhân Dân)", "Nguồn: ...") and a group
// ("Nhóm PV") are bylines that name no person: ok with no names.
func Byline(s string) (names []NameRef, ok bool) {
	rs := []rune(s)
	start, end := 0, len(rs)
	trimSpace(rs, &start, &end)
	if start == end || end-start > 160 {
		return nil, false
	}
	// A list's bullet before the name ("• Duy Tiến" in a page's list of
	// date, comments and author), a bar after it ("Phạm Đông |"), and the
	// time the page printed after a dash ("Bùi Ánh - 14:20 28/09/2023 GMT+7").
	for start < end && strings.ContainsRune("•·*|", rs[start]) {
		start++
		trimSpace(rs, &start, &end)
	}
	end = beforeStamp(rs, start, end)
	end = beforeTimestamp(rs, start, end)
	for end > start && rs[end-1] == '|' {
		end--
		trimSpace(rs, &start, &end)
	}
	if start == end {
		return nil, false
	}
	if isInitials(string(rs[start:end])) {
		// K.Q., X.H, Đ.BÌNH, TT: a reporter signing with initials.
		e := end
		if rs[e-1] == '.' {
			e--
		}
		return []NameRef{{Text: string(rs[start:e]), Start: start, End: e}}, true
	}
	// A closing period ("Kim Thành."), unless it closes an initial.
	if rs[end-1] == '.' && !isInitialAt(rs, start, end-1) {
		end--
		trimSpace(rs, &start, &end)
		if start == end {
			return nil, false
		}
	}
	inner := start
	if rs[start] == '(' && rs[end-1] == ')' {
		inner = start + 1
	}
	low := strings.ToLower(string(rs[inner:end]))
	if isSource(low) {
		// Theo Hoàng Diên, Theo Phương Nhi (Chinhphu.vn), Nguồn: Nguyễn
		// Hoàng/chinhphu.vn: a source that is a writer (the realset
		// README's convention); Theo TTXVN, Theo Tuổi Trẻ name no one.
		if e := end; rs[end-1] == ')' && inner > start {
			e--
			return sourceAuthor(rs, inner, e), true
		}
		return sourceAuthor(rs, inner, end), true
	}
	if isDocumentTitle(low) || isSectionHeading(low) || startsWithHonorific(low) || isIssuer(low) {
		return nil, false
	}
	if isGroup(strings.Trim(low, "() .")) {
		return nil, true
	}
	// Labelled parts: "Bài: A; Ảnh: B", "Tác giả bài viết: A - B".
	if slices.Contains(rs[start:end], ':') {
		if names, ok := labelledNames(rs, start, end); ok {
			return names, true
		}
		return leadingNames(rs, start, end)
	}
	// An academic or military rank before the name: "PGS.TS Nguyễn Văn A",
	// "ThS. Trần Thị B".
	start = afterRank(rs, start, end)
	names, ok = nameList(rs, start, end, false)
	if !ok {
		return nameWithAffiliation(rs, start, end)
	}
	return names, true
}

// beforeStamp returns the end of rs[start:end] before the page's stamp printed
// after the name with no dash, or after a bar glued to it: "Phạm Hùng
// 03/02/2022 08:20" (canhco 2022), "Mai Thoa 25/07/2024 - 09:29"
// (baove.congly 2024), "X.PHÚ 19/03/2021 11:01" (baoquangnam 2021), "Quốc
// Bình| 01/08/2014 16:02" (hanoimoi 2014), "Đình Thắng Thứ sáu, ngày
// 29/09/2017 17:37 PM (GMT+7)" (danviet 2017). The first date the line prints must
// open a tail that is a page date and nothing else (isHeader: a day of a
// year, its time, weekday and zone), after a space: a name never ends with
// one ("Mai Thu 20/10/2020" keeps Mai Thu, the date starting at 20), and a
// line whose date is not its tail ("Kim Thành 20/10") is left whole.
func beforeStamp(rs []rune, start, end int) int {
	ms := dates.Find(string(rs[start:end]))
	if len(ms) == 0 || ms[0].Start == 0 {
		return end
	}
	p := start + ms[0].Start
	if rs[p-1] != ' ' || !isHeader(string(rs[p:end])) {
		return end
	}
	e := p
	for e > start && strings.ContainsRune(" |-–,", rs[e-1]) {
		e--
	}
	if e == start {
		return end
	}
	// A place's date line is no byline: a comma before the day ("Hải
	// Phòng, ngày 26 tháng 02 năm 2020", "Vị Thanh, ngày …": a letterhead's
	// or a dateline's), or a province's, a city's or a paper's name before
	// it ("Lạng Sơn 20/10/2020").
	if slices.Contains(rs[e:p], ',') || pressName(string(rs[start:e])) {
		return end
	}
	return e
}

// beforeTimestamp returns the end of rs[start:end] before a time and date
// printed after a dash or a bar ("- 14:20 28/09/2023 GMT+7", "| 20/09/2018"),
// or end. The tail must hold digits and nothing but digits, separators and
// the time zone.
func beforeTimestamp(rs []rune, start, end int) int {
	for k := end - 1; k > start+1; k-- {
		if !strings.ContainsRune("-–|", rs[k]) || rs[k-1] != ' ' {
			continue
		}
		tail := strings.TrimSpace(string(rs[k+1 : end]))
		tail = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(tail, ")"), "GMT+7"), "("))
		digits := 0
		for _, r := range tail {
			switch {
			case r >= '0' && r <= '9':
				digits++
			case strings.ContainsRune(":/.-, h", r):
			default:
				return end
			}
		}
		if digits < 4 {
			return end
		}
		e := k
		trimSpace(rs, &start, &e)
		return e
	}
	return end
}

// isInitials reports a signature of initials: letters in capitals joined by
// dots, the last part possibly a whole given name (K.Q., X.H, Đ.BÌNH,
// T.Hải), or two capitals that name no agency (TT).
func isInitials(s string) bool {
	s = strings.TrimSuffix(s, ".")
	parts := strings.Split(s, ".")
	if len(parts) == 1 {
		rs := []rune(s)
		return len(rs) == 2 && unicode.IsUpper(rs[0]) && unicode.IsUpper(rs[1]) && !knownAgency(vn.Fold(s))
	}
	for i, p := range parts {
		rs := []rune(p)
		if len(rs) == 0 || !unicode.IsUpper(rs[0]) {
			return false
		}
		for _, r := range rs[1:] {
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
				return false
			}
		}
		if len(rs) > 1 && i < len(parts)-1 {
			return false // only the last part is more than an initial
		}
	}
	return true
}

// ranks are the academic and military ranks printed before an author's name,
// in lower case, longest first.
func ranks() []string {
	return []string{"gs.ts.", "pgs.ts.", "gs.ts", "pgs.ts", "pgs. ts.", "gs. ts.", "pgs.", "gs.", "ts.", "ths.",
		"ncs.", "thạc sĩ", "tiến sĩ", "đại tá", "thượng tá", "trung tá", "thiếu tá", "luật sư"}
}

// afterRank returns where the name starts after a rank at rs[start:], or
// start.
func afterRank(rs []rune, start, end int) int {
	low := strings.ToLower(string(rs[start:end]))
	for _, r := range ranks() {
		if rest, ok := strings.CutPrefix(low, r); ok && strings.HasPrefix(rest, " ") {
			k := start + len([]rune(r))
			for k < end && rs[k] == ' ' {
				k++
			}
			return k
		}
	}
	return start
}

// nameWithAffiliation reads an author followed by where the author works:
// "Nguyễn Văn A - Trung tâm Chính trị huyện", "Trần Thị B, Trường Chính trị
// tỉnh".
func nameWithAffiliation(rs []rune, start, end int) ([]NameRef, bool) {
	cut := -1
	for i := start; i < end; i++ {
		if rs[i] == ',' || (rs[i] == '-' || rs[i] == '–') && i > start && rs[i-1] == ' ' {
			cut = i
			break
		}
	}
	if cut < 0 {
		return nil, false
	}
	a, b := start, cut
	trimSpace(rs, &a, &b)
	if a >= b || !IsName(string(rs[a:b])) {
		return nil, false
	}
	rest := strings.TrimSpace(strings.ToLower(string(rs[cut+1 : end])))
	for _, h := range []string{"trung tâm", "trường", "học viện", "viện", "ban ", "sở ", "phòng", "đại học",
		"tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "đảng ủy", "cục", "bộ chỉ huy", "công an"} {
		if strings.HasPrefix(rest, h) {
			return []NameRef{{Text: string(rs[a:b]), Start: a, End: b}}, true
		}
	}
	return nil, false
}

// isSource reports a line that cites a source rather than an author.
func isSource(low string) bool {
	for _, p := range []string{"theo ", "nguồn:", "nguồn tin:", "nguồn :", "nguồn ", "trích ", "trích nguồn"} {
		if strings.HasPrefix(low, p) {
			return utf8.RuneCountInString(low) <= 80 && !strings.Contains(low, ", ") || strings.HasPrefix(low, "nguồn")
		}
	}
	return false
}

// sourceAuthor reads the writer a source line credits after Theo or Nguồn:
// a person's name, alone or before the site in brackets or after a slash
// ("Theo Phương Nhi (Chinhphu.vn)", "Nguồn: Nguyễn Hoàng/chinhphu.vn"). A
// name that is an agency's, a paper's (lexicon.PressNames) or begins with a
// province's (Theo Hà Nội Mới) is no writer: it returns nil.
func sourceAuthor(rs []rune, start, end int) []NameRef {
	low := strings.ToLower(string(rs[start:end]))
	s := start
	switch {
	case strings.HasPrefix(low, "theo "):
		s += 5
	case strings.HasPrefix(low, "nguồn:"):
		s += 6
	case strings.HasPrefix(low, "nguồn :"):
		s += 7
	default:
		return nil
	}
	e := end
	for k := s; k < end; k++ {
		if rs[k] == '(' || rs[k] == '/' {
			e = k
			break
		}
	}
	trimSpace(rs, &s, &e)
	if s >= e {
		return nil
	}
	text := string(rs[s:e])
	if !IsName(text) || pressName(text) {
		return nil
	}
	return []NameRef{{Text: text, Start: s, End: e}}
}

// pressNames are lexicon.PressNames and the provinces' and cities' names,
// as vn.Key writes them.
var pressNames = sync.OnceValue(func() []string {
	out := slices.Clone(lexicon.PressNames())
	cities, provinces := lexicon.TopPlaces()
	for _, p := range append(cities, provinces...) {
		out = append(out, vn.Key(p))
	}
	return out
})

// pressName reports whether s is a paper's name or begins with one, or
// with a place's.
func pressName(s string) bool {
	k := vn.Key(s)
	for _, p := range pressNames() {
		if k == p || strings.HasPrefix(k, p+" ") {
			return true
		}
	}
	return false
}

// isGroup reports bylines that name a team, not a person.
func isGroup(low string) bool {
	// "Nhóm PV Chính trị", "Nhóm phóng viên Thời sự": a desk's team.
	for _, p := range []string{"nhóm pv ", "nhóm phóng viên ", "nhóm ctv "} {
		if strings.HasPrefix(low, p) && len(strings.Fields(low)) <= 6 {
			return true
		}
	}
	switch low {
	case "nhóm pv", "pv", "nhóm phóng viên", "phóng viên", "ctv", "btv", "nhóm ctv", "ban biên tập",
		"pv nhóm", "nhóm tác giả", "tổ pv", "nhóm pv-ctv", "pv-ctv", "bbt":
		return true
	}
	return false
}

// authorLabels and photoLabels introduce names in labelled bylines, in lower
// case.
func authorLabels() []string {
	return []string{"tác giả bài viết", "tác giả", "bài và ảnh", "bài, ảnh", "bài - ảnh", "bài/ảnh", "bài ảnh",
		"tin và ảnh", "tin, ảnh", "tin - ảnh", "tin/ảnh", "tin ảnh", "bài viết", "bài", "tin", "phóng viên",
		"pv", "thực hiện", "nhóm thực hiện", "người viết", "nhóm pv", "nhóm phóng viên", "ghi chép", "video"}
}

func photoLabels() []string {
	return []string{"ảnh", "hình", "hình ảnh", "ảnh và clip", "clip", "đồ họa", "đồ hoạ"}
}

// labelledNames reads "Label: names" parts separated by ';' or ' - ' before a
// new label.
func labelledNames(rs []rune, start, end int) ([]NameRef, bool) {
	var out []NameRef
	i := start
	for i < end {
		// The label runs to the colon.
		c := indexRune(rs, ':', i, end)
		if c < 0 {
			return nil, false
		}
		label := strings.ToLower(strings.Trim(string(rs[i:c]), " ;-–()"))
		photo, known := false, false
		for _, l := range authorLabels() {
			if label == l {
				known = true
				photo = strings.Contains(l, "ảnh")
			}
		}
		for _, l := range photoLabels() {
			if label == l {
				known, photo = true, true
			}
		}
		if !known {
			return nil, false
		}
		// The names run to the next label: a ';' or the next colon's part.
		j := end
		if k := indexRune(rs, ':', c+1, end); k >= 0 {
			// back up to the separator before the next label
			j = k
			for j > c+1 && rs[j-1] != ';' && rs[j-1] != '-' && rs[j-1] != '–' && rs[j-1] != ',' && rs[j-1] != '|' {
				j--
			}
			if j <= c+1 {
				return nil, false
			}
		}
		ns, ok := nameList(rs, c+1, trimSep(rs, c+1, j), true)
		if !ok {
			return nil, false
		}
		// "Bài và ảnh: X": X wrote and took the pictures.
		both := photo && (strings.HasPrefix(label, "bài") || strings.HasPrefix(label, "tin"))
		for _, n := range ns {
			n.Photo = photo
			out = append(out, n)
			if both {
				n.Photo = false
				out = append(out, n)
			}
		}
		i = j
	}
	return out, true
}

// leadingNames reads a byline whose authors come unlabelled before a
// labelled part: "Hoàng Anh - Ảnh: Minh Thu", "Thu Hà, ảnh: Văn Nam".
func leadingNames(rs []rune, start, end int) ([]NameRef, bool) {
	c := indexRune(rs, ':', start, end)
	if c < 0 {
		return nil, false
	}
	sep := -1
	for k := c - 1; k > start; k-- {
		if strings.ContainsRune(";-–,|", rs[k]) {
			sep = k
			break
		}
	}
	if sep < 0 {
		return nil, false
	}
	authors, ok := nameList(rs, start, trimSep(rs, start, sep), false)
	if !ok {
		return nil, false
	}
	rest, ok := labelledNames(rs, sep+1, end)
	if !ok {
		return nil, false
	}
	return append(authors, rest...), true
}

// trimSep trims a trailing separator from [from, to).
func trimSep(rs []rune, from, to int) int {
	for to > from && strings.ContainsRune(" ;-–|,", rs[to-1]) {
		to--
	}
	return to
}

func indexRune(rs []rune, r rune, from, to int) int {
	for i := from; i < to; i++ {
		if rs[i] == r {
			return i
		}
	}
	return -1
}

func trimSpace(rs []rune, start, end *int) {
	for *start < *end && unicode.IsSpace(rs[*start]) {
		*start++
	}
	for *end > *start && unicode.IsSpace(rs[*end-1]) {
		*end--
	}
}

// nameList splits [start, end) on " - ", " – ", ",", ";", " và ", " & " and
// "/" and requires every part to be a name. Groups and agencies among the
// parts are skipped when lenient (after a label).
func nameList(rs []rune, start, end int, lenient bool) ([]NameRef, bool) {
	var out []NameRef
	multi, skipped := false, 0
	partStart := start
	emit := func(a, b int) bool {
		trimSpace(rs, &a, &b)
		// Drop a trailing role note: "(ghi)", "(thực hiện)", "(TTXVN)".
		if b > a && rs[b-1] == ')' {
			if k := lastIndexRune(rs, '(', a, b); k > a {
				b = k
				trimSpace(rs, &a, &b)
			}
		}
		if a >= b {
			return lenient
		}
		text := string(rs[a:b])
		if isGroup(strings.ToLower(text)) || IsAgency(text) {
			// "Minh Anh/TTXVN", "Nhóm PV": no person, but the list goes on.
			skipped++
			return true
		}
		switch {
		case IsName(text):
			multi = true
		case isNameWord(text):
			// A one-word name (H'Linh) stands in a list with full names.
		case lenient:
			// After a label, what is not a name describes the author:
			// "Tác giả: Nguyễn Văn A, Trung tâm Chính trị huyện".
			skipped++
			return true
		default:
			return false
		}
		out = append(out, NameRef{Text: text, Start: a, End: b})
		return true
	}
	for i := start; i < end; i++ {
		r := rs[i]
		sep := 0
		switch {
		case r == ',' || r == ';' || r == '/' || r == '&':
			sep = 1
		case (r == '-' || r == '–' || r == '—') && i > start && rs[i-1] == ' ':
			sep = 1
		case r == 'v' && i+2 < end && rs[i+1] == 'à' && rs[i+2] == ' ' && i > start && rs[i-1] == ' ':
			sep = 2
		}
		if sep == 0 {
			continue
		}
		if !emit(partStart, i) {
			return nil, false
		}
		partStart = i + sep
		i += sep - 1
	}
	if !emit(partStart, end) {
		return nil, false
	}
	if len(out) > 0 && !multi {
		return nil, false
	}
	return out, len(out) > 0 || lenient || skipped > 0
}

// isNameWord reports one capitalised word of letters (and apostrophes).
func isNameWord(s string) bool {
	rs := []rune(s)
	if len(rs) < 2 || !unicode.IsUpper(rs[0]) || IsAgency(s) {
		return false
	}
	for _, r := range rs[1:] {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

func lastIndexRune(rs []rune, r rune, from, to int) int {
	for i := to - 1; i >= from; i-- {
		if rs[i] == r {
			return i
		}
	}
	return -1
}

// IsName reports whether s is shaped like a Vietnamese personal name or pen
// name as bylines print it: two to five words, each capitalised or in
// capitals, of letters only, or an initial ("S. Hải", "K Thành").
func IsName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 5 {
		return false
	}
	initials := 0
	for _, w := range ws {
		rs := []rune(w)
		if len(rs) <= 2 && unicode.IsUpper(rs[0]) && (len(rs) == 1 || rs[1] == '.') {
			initials++
			continue
		}
		if !unicode.IsUpper(rs[0]) {
			return false
		}
		for _, r := range rs[1:] {
			// Letters, and the apostrophe of Ede and Jarai names (H'Linh).
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && r != '\'' && r != '’' {
				return false
			}
		}
	}
	return initials < len(ws) && !IsAgency(s)
}

// IsAgency reports credits that name an agency, a source or no one: TTXVN,
// Internet, CTV, "Ảnh minh họa", "Tư liệu".
func IsAgency(s string) bool {
	f := vn.Fold(s)
	if knownAgency(f) {
		return true
	}
	// Agencies by the word that begins their name, compared with its marks:
	// folded, "đài " (a station) would be "Đại hội" and "báo " (a paper)
	// "Bảo đảm".
	// "Báo", "Đài" and "Tạp chí" name an agency only before its capitalised
	// name (Báo Nhân Dân, not báo cáo).
	nfc := vn.NFC(s)
	low := strings.ToLower(nfc)
	for _, p := range []string{"báo ", "tạp chí ", "đài ", "cổng thông tin", "trang thông tin", "ttxvn", "thông tấn xã"} {
		if !strings.HasPrefix(low, p) {
			continue
		}
		switch p {
		case "báo ", "tạp chí ", "đài ":
			// Lower-casing keeps the length of these letters, so the name
			// starts at the same byte in nfc.
			if r, _ := utf8.DecodeRuneInString(nfc[len(p):]); !unicode.IsUpper(r) {
				continue
			}
		}
		return true
	}
	// A credit in capitals without a single Vietnamese mark or vowel run is an
	// acronym: VGP, TTXVN, HNV.
	if len(strings.Fields(s)) == 1 && strings.ToUpper(s) == s && !strings.ContainsAny(f, "aeiouy") {
		return true
	}
	return false
}

// knownAgency reports f, a folded credit, as one of the agencies, sources
// and non-names credits print.
func knownAgency(f string) bool {
	if t := strings.TrimRight(f, "0123456789"); t != f && t != "" && knownAgency(t) {
		return true // VOV1, VTV4: a station's channel
	}
	for _, a := range []string{"ttxvn", "internet", "ctv", "pv", "minh hoa", "tu lieu", "nvcc", "btc", "st",
		"suu tam", "vgp", "vna", "vov", "vtv", "afp", "reuters", "ap", "getty", "getty images", "xinhua",
		"tl", "tu lieu ttxvn", "nguon internet", "chup man hinh", "doc gia", "ban to chuc", "facebook",
		"cong thong tin", "bao chinh phu", "dang cong san", "baochinhphu vn", "dangcongsan vn"} {
		if f == a || strings.HasPrefix(f, a+" ") && (a == "tu lieu" || a == "minh hoa" || a == "nguon internet") {
			return true
		}
	}
	return false
}

// PhotoCredits finds "Ảnh: NAME" credits in a caption or a line, with rune
// spans in s: "Ảnh: VIỆT DŨNG" → VIỆT DŨNG; "(Ảnh: K Thành)" → K Thành;
// "Ảnh minh họa", "Ảnh: TTXVN" name no one.
func PhotoCredits(s string) []NameRef {
	rs := []rune(s)
	var out []NameRef
	for i := 0; i+4 <= len(rs); i++ {
		if !isPhotoLabel(rs, i) {
			continue
		}
		j := i + 3 // after "ảnh"
		for j < len(rs) && rs[j] == ' ' {
			j++
		}
		if j >= len(rs) || rs[j] != ':' {
			continue
		}
		j++
		// The credit runs to a closing bracket, ';', '|' or the end; a '.' ends
		// it unless it follows an initial.
		k := j
		for k < len(rs) && rs[k] != ')' && rs[k] != ']' && rs[k] != ';' && rs[k] != '|' && rs[k] != '"' && rs[k] != '”' {
			if rs[k] == '.' && !(k > 0 && k-j >= 1 && isInitialAt(rs, j, k)) {
				break
			}
			k++
		}
		// "Ảnh: Minh Anh/TTXVN": the agency goes.
		ns, ok := nameList(rs, j, k, true)
		if ok {
			for _, n := range ns {
				n.Photo = true
				out = append(out, n)
			}
		}
		i = k - 1
		if i < 0 {
			i = 0
		}
	}
	return out
}

// isPhotoLabel reports the word "ảnh" (any case) starting at i.
func isPhotoLabel(rs []rune, i int) bool {
	if i > 0 && (unicode.IsLetter(rs[i-1]) || unicode.Is(unicode.Mn, rs[i-1])) {
		return false
	}
	w := strings.ToLower(vn.NFC(string(rs[i : i+3])))
	if w != "ảnh" {
		return false
	}
	return i+3 == len(rs) || !unicode.IsLetter(rs[i+3])
}

// isInitialAt reports that the '.' at k closes a one-letter word: "S. Hải".
func isInitialAt(rs []rune, from, k int) bool {
	if k-1 < from || !unicode.IsUpper(rs[k-1]) {
		return false
	}
	return k-2 < from || rs[k-2] == ' '
}

// isSectionHeading reports a document's numbered section heading, which
// reads like initials and a name in capitals: "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI
// DUNG", "3. Tổ chức thực hiện".
func isSectionHeading(low string) bool {
	f := " " + vn.Fold(low) + " "
	for _, w := range []string{" muc dich ", " yeu cau ", " noi dung ", " nhiem vu ", " giai phap ", " to chuc thuc hien ",
		" ket qua ", " tinh hinh ", " quan diem ", " muc tieu ", " phuong huong ", " kien nghi ", " de xuat "} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// startsWithHonorific reports a line that opens on an honorific, the way a
// photo caption names the person pictured ("Ông Trịnh Xuân Thanh"): a byline
// never does.
func startsWithHonorific(low string) bool {
	// Not "Anh": a given name that opens bylines (Anh Thư).
	for _, h := range []string{"ông ", "bà ", "đồng chí ", "đ/c "} {
		if strings.HasPrefix(low, h) {
			return true
		}
	}
	return false
}

// isIssuer reports the name of a body, as a letterhead prints its issuer in
// capitals above the number ("BỘ CHÍNH TRỊ", "ĐẢNG CỘNG SẢN VIỆT NAM",
// "TỈNH ỦY QUẢNG NGÃI"): two or three capitalised words like a reporter's
// name, but a body's head opens it.
func isIssuer(low string) bool {
	f := vn.Fold(low) + " "
	for _, h := range []string{"bo chinh tri ", "ban bi thu ", "ban chap hanh ", "ban thuong vu ", "dang cong san ",
		"dang uy ", "dang bo ", "tinh uy ", "thanh uy ", "huyen uy ", "quan uy ", "thi uy ", "uy ban ",
		"hoi dong ", "quoc hoi ", "chinh phu ", "mat tran ", "trung uong "} {
		if strings.HasPrefix(f, h) {
			return true
		}
	}
	// A unit's or a place's name over the page: a masthead (CÔNG AN NGHỆ
	// AN, the police's paper), a letterhead's second line (ỦY BAN NHÂN DÂN /
	// TỈNH NINH THUẬN). Heads of one word (Ban, Hội, Sở) stay names' words.
	k := vn.Key(low)
	for _, o := range unitOpenings() {
		if len(k) > len(o) && k[len(o)] == ' ' && strings.HasPrefix(k, o) && strings.TrimSpace(k[len(o)+1:]) != "" {
			return true
		}
	}
	// A committee's department over its number: "BAN TUYÊN GIÁO", "BAN TỔ CHỨC".
	if rest, ok := strings.CutPrefix(f, "ban "); ok {
		for _, d := range lexicon.Departments() {
			if strings.HasPrefix(rest, vn.Fold(d)+" ") {
				return true
			}
		}
	}
	return false
}

// unitOpenings are the words, as vn.Key writes them, that open a unit's
// name of two words or more (công an, ủy ban nhân dân, hội cựu chiến binh)
// or a place's after its level (tỉnh, thành phố), read from the lexicon
// once and never changed after.
var unitOpenings = sync.OnceValue(func() []string {
	out := slices.Clone(lexicon.PlaceWords())
	for _, h := range lexicon.UnitHeads() {
		if strings.Contains(h.Text, " ") {
			out = append(out, h.Text)
		}
	}
	return out
})

// joinFields appends to b the words of s joined by single spaces, as
// strings.Join(strings.Fields(s), " ") would return them, without the slice.
func joinFields(b []byte, s string) []byte {
	for w := range strings.FieldsSeq(s) {
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return b
}

// isDocumentTitle reports the title line of a document printed in full:
// "HƯỚNG DẪN", "QUY ĐỊNH" over its subject read like a name in capitals.
//
// A qualifier in brackets may follow the kind ("QUY ĐỊNH (BỔ SUNG)"), and the
// subject line under it opens with "về" ("VỀ QUAN HỆ LÃNH ĐẠO, ...").
func isDocumentTitle(low string) bool {
	if k := strings.Index(low, "("); k > 0 && strings.HasSuffix(strings.TrimSpace(low), ")") {
		low = low[:k]
	}
	if strings.HasPrefix(low, "về ") {
		return true
	}
	var buf [64]byte
	switch string(joinFields(buf[:0], low)) {
	case "hướng dẫn", "quy định", "quyết định", "nghị quyết", "kết luận", "chỉ thị", "thông tri", "thông báo",
		"kế hoạch", "chương trình", "báo cáo", "tờ trình", "công văn", "đề án", "quy chế", "thông báo kết luận":
		return true
	}
	return false
}
