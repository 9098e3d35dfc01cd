package normalize

import (
	"html"
	"strings"
)

// stripMarkup turns HTML that a feed or a scraper left in an article into
// text: block elements end lines, scripts and styles go with their content,
// other tags go, and character references are decoded. Text without tags is
// returned as it is, apart from its character references.
func stripMarkup(s string) string {
	if looksLikeHTML(s) {
		s = dropTags(s)
	}
	if strings.Contains(s, "&") && strings.Contains(s, ";") {
		s = html.UnescapeString(s)
	}
	return s
}

// looksLikeHTML reports closing tags or line breaks, which plain text does not
// print.
func looksLikeHTML(s string) bool {
	if !strings.Contains(s, "<") {
		return false
	}
	l := strings.ToLower(s)
	for _, t := range []string{"</p>", "</div>", "<br", "</a>", "</span>", "</li>", "</h", "</strong>", "</figcaption>", "<p>", "<p "} {
		if strings.Contains(l, t) {
			return true
		}
	}
	return false
}

// dropTags removes tags in one pass. A '<' that does not open a tag (a name
// after it, a '>' within a bounded distance) is text.
func dropTags(s string) string {
	const maxTag = 512 // longer than any tag with its attributes
	var b strings.Builder
	b.Grow(len(s))
	skipUntil := "" // the closing tag of a script or style being skipped
	for i := 0; i < len(s); {
		c := s[i]
		if c != '<' {
			if skipUntil == "" {
				b.WriteByte(c)
			}
			i++
			continue
		}
		end := strings.IndexByte(s[i:min(len(s), i+maxTag)], '>')
		name, closing := tagName(s[i+1:])
		if end < 0 || name == "" {
			if skipUntil == "" {
				b.WriteByte(c)
			}
			i++
			continue
		}
		i += end + 1
		if skipUntil != "" {
			if closing && name == skipUntil {
				skipUntil = ""
			}
			continue
		}
		switch name {
		case "script", "style", "noscript", "template":
			if !closing {
				skipUntil = name
			}
		case "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "figure",
			"figcaption", "blockquote", "ul", "ol", "table", "section", "article", "header", "footer",
			"nav", "aside", "dd", "dt", "hr", "caption":
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// tagName reads the name after '<' (and '/'), in lower case.
func tagName(s string) (name string, closing bool) {
	if strings.HasPrefix(s, "/") {
		closing = true
		s = s[1:]
	}
	j := 0
	for j < len(s) && j < 16 && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || j > 0 && s[j] >= '0' && s[j] <= '9') {
		j++
	}
	if j == 0 || j < len(s) && !(s[j] == '>' || s[j] == ' ' || s[j] == '/' || s[j] == '\n' || s[j] == '\t') {
		return "", false
	}
	return strings.ToLower(s[:j]), closing
}
