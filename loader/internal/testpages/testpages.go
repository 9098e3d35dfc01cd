// Package testpages reads the pages the loader's stage tests and benchmarks
// run over — the real set's development pages, a package's test pages, its
// files of test sentences — so that each reads them the same way. Only tests
// import it.
package testpages

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/loader/model"
)

// Page is one file as the glob named it and its text.
type Page struct {
	File, Text string
}

// RealSet reads the real set's development pages (testdata/realset/corpus
// at the module's root), never its frozen part. The module's root is found
// from the test's directory, so File reads as the tests wrote it before
// (../../testdata/realset/corpus/... from loader/meta). None when the
// checkout has no real set: the caller skips or fails as it needs.
func RealSet(tb testing.TB) []Page {
	tb.Helper()
	return Glob(tb, filepath.Join(root(tb), "testdata", "realset", "corpus", "*.txt"))
}

// Glob reads every file pattern matches, in file name order, and fails tb
// on one it cannot read.
func Glob(tb testing.TB, pattern string) []Page {
	tb.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil {
		tb.Fatalf("test pages %s: %v", pattern, err)
	}
	pages := make([]Page, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, Page{File: f, Text: string(b)})
	}
	return pages
}

// Raw reads one of normalize's test pages as the reader would hand it on:
// a *.txt file is the page's text; a *.record.txt file carries a record's
// "title: ..." and "published: ..." lines, then a blank line, then the text.
// Source is the file's base name, as the loader gives it.
func Raw(tb testing.TB, path string) model.Raw {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	r := model.Raw{Source: filepath.Base(path), Text: string(b)}
	if strings.HasSuffix(path, ".record.txt") {
		head, text, _ := strings.Cut(string(b), "\n\n")
		for _, l := range strings.Split(head, "\n") {
			k, v, _ := strings.Cut(l, ": ")
			switch k {
			case "title":
				r.Title = v
			case "published":
				r.Published = v
			}
		}
		r.Text = text
	}
	return r
}

// Lines reads a file of test sentences: one a line, trimmed, with blank
// lines and # comments left out.
func Lines(tb testing.TB, path string) []string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return out
}

// root is the module's root relative to the test's directory: the nearest
// folder above it that holds go.mod.
func root(tb testing.TB) string {
	tb.Helper()
	dir := "."
	for range 8 {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		dir = filepath.Join(dir, "..")
	}
	tb.Fatal("no go.mod above the test's directory")
	return ""
}
