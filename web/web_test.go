package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func get(t *testing.T, h http.Handler, method, path string, header map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, path, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestHandler(t *testing.T) {
	h := Handler()
	tests := []struct {
		method, path string
		code         int
		contentType  string
		contains     string
		csp          bool
	}{
		{"GET", "/", 200, "text/html; charset=utf-8", `data-endpoint="/graphql"`, true},
		{"HEAD", "/", 200, "text/html; charset=utf-8", "", true},
		{"GET", "/explore", 200, "text/html; charset=utf-8", `src="/assets/explore.js"`, true},
		{"GET", "/assets/explore.js", 200, "text/javascript; charset=utf-8", "neighborhood(", false},
		{"GET", "/assets/explore.css", 200, "text/css; charset=utf-8", "#cy", false},
		{"GET", "/assets/vendor/graphiql.min.js", 200, "text/javascript; charset=utf-8", "GraphiQL", false},
		{"GET", "/assets/vendor/cytoscape.min.js", 200, "text/javascript; charset=utf-8", "cytoscape", false},
		{"GET", "/assets/vendor/LICENSES.txt", 200, "text/plain; charset=utf-8", "==== cytoscape@", false},
		{"GET", "/assets/", 404, "", "", false},
		{"GET", "/assets/vendor", 404, "", "", false},
		{"GET", "/assets/web.go", 404, "", "", false},
		{"GET", "/explore/", 404, "", "", false},
		{"GET", "/nothing", 404, "", "", false},
		{"POST", "/explore", 405, "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			rec := get(t, h, tt.method, tt.path, nil)
			if rec.Code != tt.code {
				t.Fatalf("status %d, want %d", rec.Code, tt.code)
			}
			if tt.code != 200 {
				return
			}
			if got := rec.Header().Get("Content-Type"); got != tt.contentType {
				t.Errorf("Content-Type %q, want %q", got, tt.contentType)
			}
			if !strings.Contains(rec.Body.String(), tt.contains) {
				t.Errorf("body lacks %q", tt.contains)
			}
			if got := rec.Header().Get("Content-Security-Policy") != ""; got != tt.csp {
				t.Errorf("Content-Security-Policy set: %v, want %v", got, tt.csp)
			}
			if rec.Header().Get("ETag") == "" || rec.Header().Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("headers: %v", rec.Header())
			}
		})
	}
}

// TestRevalidate: a browser that has a file gets a 304 for it, without the
// body, until the file changes.
func TestRevalidate(t *testing.T) {
	h := Handler()
	first := get(t, h, "GET", "/assets/vendor/cytoscape.min.js", nil)
	etag := first.Header().Get("ETag")
	again := get(t, h, "GET", "/assets/vendor/cytoscape.min.js", map[string]string{"If-None-Match": etag})
	if again.Code != http.StatusNotModified || again.Body.Len() != 0 {
		t.Errorf("with its ETag: %d and %d bytes, want 304 and none", again.Code, again.Body.Len())
	}
	other := get(t, h, "GET", "/assets/explore.js", map[string]string{"If-None-Match": etag})
	if other.Code != http.StatusOK {
		t.Errorf("another file with cytoscape's ETag: %d, want 200", other.Code)
	}
}

// reference finds the addresses a page or stylesheet loads: src and href
// attributes, url(...) in CSS, and @import.
var reference = regexp.MustCompile(`(?:src|href)="([^"]*)"|url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)`)

// TestNoRequestLeaves: every address the pages and stylesheets load is on the
// server itself, and every file they name is embedded. (The browser test
// checks what the scripts ask for while they run; the pages' policy forbids
// the rest.)
func TestNoRequestLeaves(t *testing.T) {
	h := Handler()
	err := fs.WalkDir(assets, "assets", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(name, ".html") || strings.HasSuffix(name, ".css")) {
			return err
		}
		b, err := assets.ReadFile(name)
		if err != nil {
			return err
		}
		for _, m := range reference.FindAllStringSubmatch(string(b), -1) {
			ref := m[1] + m[2] + m[3]
			switch {
			case strings.HasPrefix(ref, "data:"):
			case strings.HasPrefix(ref, "/export/"): // the server's exports, outside this handler
			case strings.HasPrefix(ref, "/"):
				if rec := get(t, h, "GET", ref, nil); rec.Code != http.StatusOK {
					t.Errorf("%s loads %s, which answers %d", name, ref, rec.Code)
				}
			default:
				t.Errorf("%s loads %s: not an address on this server", name, ref)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	csp := get(t, h, "GET", "/explore", nil).Header().Get("Content-Security-Policy")
	for _, directive := range []string{"default-src 'self'", "connect-src 'self'", "script-src 'self'"} {
		if !strings.Contains(csp, directive) {
			t.Errorf("Content-Security-Policy lacks %q: %s", directive, csp)
		}
	}
}

// TestLicences: every vendored file comes with the licence of its package.
func TestLicences(t *testing.T) {
	b, err := assets.ReadFile("assets/vendor/LICENSES.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, pkg := range []string{"graphiql", "react", "react-dom", "cytoscape", "@graphiql/react", "codemirror"} {
		if !regexp.MustCompile(`(?m)^==== ` + regexp.QuoteMeta(pkg) + `@[0-9][^ ]* \(MIT\)$`).Match(b) {
			t.Errorf("LICENSES.txt has no MIT licence of %s", pkg)
		}
	}
}

// TestGzip: a browser that accepts gzip gets the text files gzipped, with
// their own ETag, and the same bytes once unzipped; others get them as they
// are.
func TestGzip(t *testing.T) {
	h := Handler()
	plain, err := assets.ReadFile("assets/vendor/graphiql.min.js")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path, acceptEncoding string
		gzipped              bool
	}{
		{"/assets/vendor/graphiql.min.js", "gzip, deflate, br", true},
		{"/assets/vendor/graphiql.min.js", "br;q=1.0, gzip;q=0.5", true},
		{"/assets/vendor/graphiql.min.js", "gzip;q=0", false},
		{"/assets/vendor/graphiql.min.js", "GZIP", true},
		{"/assets/vendor/graphiql.min.js", "", false},
		{"/assets/vendor/graphiql.min.js", "br", false},
		{"/explore", "gzip", true},
	}
	for _, tt := range tests {
		t.Run(tt.path+" "+tt.acceptEncoding, func(t *testing.T) {
			rec := get(t, h, "GET", tt.path, map[string]string{"Accept-Encoding": tt.acceptEncoding})
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d", rec.Code)
			}
			if got := rec.Header().Get("Content-Encoding") == "gzip"; got != tt.gzipped {
				t.Fatalf("gzipped: %v, want %v", got, tt.gzipped)
			}
			if rec.Header().Get("Vary") != "Accept-Encoding" {
				t.Errorf("Vary: %q", rec.Header().Get("Vary"))
			}
			body := rec.Body.Bytes()
			if tt.gzipped {
				if !strings.HasSuffix(rec.Header().Get("ETag"), `-gzip"`) {
					t.Errorf("ETag of the gzipped file: %s", rec.Header().Get("ETag"))
				}
				zr, err := gzip.NewReader(bytes.NewReader(body))
				if err != nil {
					t.Fatal(err)
				}
				if body, err = io.ReadAll(zr); err != nil {
					t.Fatal(err)
				}
			}
			if tt.path == "/assets/vendor/graphiql.min.js" && !bytes.Equal(body, plain) {
				t.Errorf("the file served differs from the embedded one")
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/") {
				t.Errorf("Content-Type %q", ct)
			}
		})
	}
	// The gzipped file revalidates by its own ETag.
	gz := get(t, h, "GET", "/assets/explore.js", map[string]string{"Accept-Encoding": "gzip"})
	again := get(t, h, "GET", "/assets/explore.js", map[string]string{"Accept-Encoding": "gzip", "If-None-Match": gz.Header().Get("ETag")})
	if again.Code != http.StatusNotModified {
		t.Errorf("gzipped, with its ETag: %d, want 304", again.Code)
	}
}
