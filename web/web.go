// Package web serves the pages cadregraph serve shows in a browser: GraphiQL
// at / and the explorer at /explore, with everything they load (scripts,
// styles, fonts) embedded in the binary, so that they work on a machine with
// no network and no request leaves it.
//
// The third-party files in assets/vendor are copied, unchanged, from the npm
// packages that package-lock.json pins (GraphiQL, React, ReactDOM,
// Cytoscape.js) by build.sh, which can also check that they still match the
// lockfile; the pages and the explorer's script are written here, in plain
// JavaScript, and need no build.
package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:embed assets
var assets embed.FS

// contentSecurityPolicy lets the pages load and call only their own server:
// a browser refuses any other host, even if a vendored file asked for one.
// GraphiQL, its editor and Cytoscape.js set styles inline; the PNG export
// and GraphiQL's icons are data: and blob: images; GraphiQL's fonts are
// data: URLs in its stylesheet.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; " +
	"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// Handler serves the pages and, under /assets/, the files they load. Each
// answer carries an ETag (a hash of the content), so a browser revalidates
// instead of downloading again, and goes gzipped to a browser that accepts it
// (GraphiQL's 1 MB script is a third of that); unknown paths are 404.
func Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /{$}", mustFile("assets/graphiql.html"))
	mux.Handle("GET /explore", mustFile("assets/explore.html"))
	sub, err := fs.Sub(assets, "assets")
	if err != nil {
		panic(fmt.Sprintf("web: %v", err)) // the embed directive guarantees the folder
	}
	files := map[string]*file{}
	err = fs.WalkDir(sub, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		files["/assets/"+name] = mustFile("assets/" + name)
		return nil
	})
	if err != nil {
		panic(fmt.Sprintf("web: %v", err))
	}
	mux.HandleFunc("GET /assets/", func(w http.ResponseWriter, r *http.Request) {
		f, ok := files[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		f.ServeHTTP(w, r)
	})
	return mux
}

// file is one embedded file, read once, with the hash its ETag is made of,
// and its gzipped form, made the first time a browser asks for it.
type file struct {
	name string
	body []byte
	etag string

	gzipOnce sync.Once
	gzipped  []byte // nil when gzip would not make it smaller
}

// mustFile reads an embedded file. Its panic can only come from a file
// named in this package that the embed directive did not include, which the
// package's tests catch.
func mustFile(name string) *file {
	b, err := assets.ReadFile(name)
	if err != nil {
		panic(fmt.Sprintf("web: %v", err))
	}
	sum := sha256.Sum256(b)
	return &file{name: name, body: b, etag: `"` + hex.EncodeToString(sum[:16]) + `"`}
}

// compressible reports whether a file is of a kind worth gzipping: text.
func compressible(name string) bool {
	switch path.Ext(name) {
	case ".html", ".js", ".css", ".txt":
		return true
	}
	return false
}

// gzip is the file gzipped, or nil when that is not smaller.
func (f *file) gzip() []byte {
	f.gzipOnce.Do(func() {
		if !compressible(f.name) {
			return
		}
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression) // a valid level: no error
		if _, err := zw.Write(f.body); err != nil || zw.Close() != nil {
			return // writes to a buffer do not fail; serve the file as it is if one did
		}
		if buf.Len() < len(f.body) {
			f.gzipped = buf.Bytes()
		}
	})
	return f.gzipped
}

// acceptsGzip reports whether the request's Accept-Encoding lists gzip
// with a weight above 0 ("gzip", "gzip;q=0.5", not "gzip;q=0").
func acceptsGzip(r *http.Request) bool {
	for _, v := range r.Header.Values("Accept-Encoding") {
		for _, coding := range strings.Split(v, ",") {
			name, params, _ := strings.Cut(coding, ";")
			if !strings.EqualFold(strings.TrimSpace(name), "gzip") {
				continue
			}
			weight := 1.0
			if q, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
				var err error
				if weight, err = strconv.ParseFloat(strings.TrimSpace(q), 64); err != nil {
					weight = 0 // a weight that cannot be read: do not assume gzip
				}
			}
			return weight > 0
		}
	}
	return false
}

func (f *file) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Vary", "Accept-Encoding")
	body, etag := f.body, f.etag
	if acceptsGzip(r) {
		if gz := f.gzip(); gz != nil {
			// Its own ETag: the gzipped bytes are another representation.
			body, etag = gz, strings.TrimSuffix(f.etag, `"`)+`-gzip"`
			h.Set("Content-Encoding", "gzip")
		}
	}
	h.Set("ETag", etag)
	// no-cache: revalidate each time (a 304 when unchanged), so that a new
	// binary's pages are never mixed with an old one's scripts.
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Content-Type-Options", "nosniff")
	if path.Ext(f.name) == ".html" {
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("Referrer-Policy", "no-referrer")
	}
	// ServeContent sets Content-Type from the extension and answers
	// If-None-Match and Range; the zero time leaves Last-Modified out.
	http.ServeContent(w, r, path.Base(f.name), time.Time{}, bytes.NewReader(body))
}
