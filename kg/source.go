package kg

import (
	"net/url"
	"path"
	"strings"
)

// PublicSource is an article's source as the API shows it: a URL as it is;
// a file as the loader named it when that path is relative and stays within
// the folder it was loaded from (corpus/a.txt), else by its file name alone.
// An absolute path, or one climbing out with "..", tells clients where the
// server keeps its files: /home/ops/data/a.txt is shown as a.txt. The file
// name stays last, so that a client can match articles by it; a JSON Lines
// source keeps its line (/srv/news.jsonl:12 is shown as news.jsonl:12).
func PublicSource(s string) string {
	if u, err := url.Parse(s); err == nil {
		switch {
		case (u.Scheme == "http" || u.Scheme == "https") && u.Host != "":
			return s
		case u.Scheme == "file":
			return path.Base(u.Path)
		}
	}
	p := strings.ReplaceAll(s, `\`, "/")
	abs := strings.HasPrefix(p, "/") || hasDrive(p)
	climbs := false
	for _, el := range strings.Split(p, "/") {
		if el == ".." {
			climbs = true
		}
	}
	if !abs && !climbs {
		return s
	}
	return path.Base(p)
}

// hasDrive reports whether p begins with a Windows drive (C:/...).
func hasDrive(p string) bool {
	return len(p) >= 3 && p[1] == ':' && p[2] == '/' &&
		(p[0] >= 'a' && p[0] <= 'z' || p[0] >= 'A' && p[0] <= 'Z')
}
