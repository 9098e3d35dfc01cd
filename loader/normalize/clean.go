package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one printed line after cleaning, with its place in the page.
type line struct {
	text string
	// brk is set when a blank line (or a removed line) comes before this one:
	// the line cannot continue the previous paragraph.
	brk bool
}

// cleanLines splits composed text into trimmed lines with single spaces. Line
// and paragraph separators of every convention become '\n'; tabs, no-break,
// wide and zero-width spaces become plain spaces; other control and format
// characters go. A soft hyphen is an invisible hyphenation point inside a word,
// so it goes without a space. Look-alike letters some pages print for
// Vietnamese ones become the Vietnamese letter (see lookalike).
func cleanLines(s string) []line {
	s = strings.ReplaceAll(s, "&nbsp;", " ")
	var out []line
	var b strings.Builder
	space, brk := false, true
	flush := func() {
		t := b.String()
		b.Reset()
		space = false
		if t == "" {
			brk = true
			return
		}
		out = append(out, line{text: t, brk: brk})
		brk = false
	}
	// A line is given room for what is left of it when its first runes are
	// written: it is never longer than the page's bytes up to its end, and
	// grown as it is written, a line took a few buffers.
	start := func(i int) {
		if b.Cap() > 0 {
			return
		}
		n := strings.IndexAny(s[i:], "\r\n")
		if n < 0 {
			n = len(s) - i
		}
		b.Grow(min(n, maxLineRoom))
	}
	// Most of a page is runes kept as they are: runs of them are copied
	// whole, from run to the rune being read.
	run := -1
	endRun := func(i int) {
		if run >= 0 {
			start(run)
			b.WriteString(s[run:i])
			run = -1
		}
	}
	for i, n := 0, 0; i < len(s); i += n {
		r := rune(s[i])
		n = 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if plain(r) {
			if space {
				b.WriteByte(' ')
				space = false
			}
			if l := lookalike(r); l != r {
				endRun(i)
				start(i)
				b.WriteRune(l)
			} else if run < 0 {
				run = i
			}
			continue
		}
		endRun(i)
		switch {
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			flush()
		case r == '\n' || r == '\v' || r == '\f' || r == '\u0085' || r == '\u2028' || r == '\u2029':
			flush()
		case r == '\u00AD':
			// soft hyphen: nothing
		case isOddSpace(r) || unicode.IsSpace(r) || unicode.IsControl(r):
			space = b.Len() > 0
		case unicode.Is(unicode.Cf, r):
			// bidi marks and other invisible format characters
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			start(i)
			b.WriteRune(r)
		}
	}
	endRun(len(s))
	flush()
	return out
}

// unescapeBreaks turns the line breaks of a page stored as an escaped string
// back into breaks: a copy taken from a JSON field prints each as the four
// characters \r\n (dulieuphapluat 2020: "\r\n Số: 54/KH-UBND \r\n | \r\n
// Lạng Sơn, ngày 27 tháng 3 năm 2020"), between the cells of its letterhead,
// inside sentences and between a document's sign and its date
// ("1896/QĐ-TTg\r\nngày 25/12/2019"). Only a page that prints the pair is read
// so: a lone backslash is text.
func unescapeBreaks(s string) string {
	if !strings.Contains(s, `\r\n`) {
		return s
	}
	return strings.NewReplacer(`\r\n`, "\n", `\n`, "\n", `\r`, "\n", `\t`, " ").Replace(s)
}

// rejoinGrave mends a syllable a page split after its à (Thà nh ủy, Ban
// Chấp hà nh, nguoihanoi: a publishing tool that took the second byte of
// à's UTF-8, 0xA0, for a no-break space). Only an ending that is no word on
// its own is joined back (nh, ng, n, m): "và y tế", "là o" could be words.
func rejoinGrave(t string) string {
	if !strings.Contains(t, "à ") {
		return t
	}
	var b strings.Builder
	for {
		i := strings.Index(t, "à ")
		if i < 0 {
			break
		}
		j := i + len("à ")
		k := j
		for k < len(t) && k-j < 2 && strings.IndexByte("nghm", t[k]) >= 0 {
			k++
		}
		frag := t[j:k]
		end := k == len(t) || !letterAt(t, k)
		b.WriteString(t[:i+len("à")])
		if (frag == "nh" || frag == "ng" || frag == "n" || frag == "m") && end {
			b.WriteString(frag)
		} else {
			b.WriteString(t[i+len("à") : k])
		}
		t = t[k:]
	}
	b.WriteString(t)
	return b.String()
}

// letterAt reports whether the rune at t[i] is a letter.
func letterAt(t string, i int) bool {
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsLetter(r)
}

// maxLineRoom bounds the room a line is given at first: a page whose lines
// end in separators cleanLines does not look for (U+2028) would otherwise
// give each line the room of the rest of the page.
const maxLineRoom = 4096

// lookalike returns the Vietnamese letter a page meant where it printed a
// letter of another alphabet drawn the same: old fonts and keyboard drivers
// type Đ as the Icelandic eth Ð (U+00D0) or the African D Ɖ (U+0189), so
// "Ðảng" would never compare equal to "Đảng". The fold is rune for rune, so
// spans counted on the folded text stay right. The lower-case eth ð looks
// unlike đ and is not folded: a page printing it means something else.
func lookalike(r rune) rune {
	switch r {
	case '\u00D0', '\u0189':
		return '\u0110' // Đ
	case '\u0256':
		return '\u0111' // đ (ɖ, the African d, drawn with the same bar)
	}
	return r
}

// plain reports the runes that are text as they are: every printable rune
// outside the ranges that hold spaces, controls and format characters.
func plain(r rune) bool {
	switch {
	case r > ' ' && r < 0x7F:
		return true
	case r <= 0xA0 || r == 0xAD:
		return false
	case r < 0x1680:
		return r < 0x600 || r > 0x70F
	}
	return false
}

// isOddSpace reports the invisible or unusual spaces pages carry: no-break,
// figure, thin, ideographic, and the zero-width space and joiners, which sit
// where a word boundary was.
func isOddSpace(r rune) bool {
	switch r {
	case '\t', '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000', '\u180E',
		'\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return true
	}
	return r >= '\u2000' && r <= '\u200A'
}

// splitGlued puts back the space a scraped page lost between two words, the
// second a capitalised word glued to a Vietnamese word in small letters:
// "Thành viênThủ tướng Chính phủ Nguyễn Tấn Dũng" (a menu item run into the
// story, x005), "làm Chủ tịch UBND huyệnThạch An" (bi008), "Chính trịThứ Ba,
// 04/02/2020" (t017). The word before must carry a Vietnamese mark (ê, ị,
// ệ …): names that are written in camel case (VnExpress, VietnamNet, CafeF,
// KonTum, iPhone) carry none and stay whole.
func splitGlued(t string) string {
	if isASCII(t) || !lowerThenUpper(t) {
		return t
	}
	rs := []rune(t)
	var b strings.Builder
	start := 0 // where the word being read began
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			start = i + 1
		} else if i > start && unicode.IsUpper(r) && unicode.IsLower(rs[i-1]) &&
			i+1 < len(rs) && unicode.IsLower(rs[i+1]) && i-start >= 2 && hasVietnameseMark(string(rs[start:i])) {
			b.WriteByte(' ')
			start = i
		}
		b.WriteRune(r)
	}
	return b.String()
}

// lowerThenUpper reports a small letter followed by a capital, the one
// place splitGlued may split: most lines have none and are not copied.
func lowerThenUpper(s string) bool {
	prevLower := false
	for _, r := range s {
		if prevLower && unicode.IsUpper(r) {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
