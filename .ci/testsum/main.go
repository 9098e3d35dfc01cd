// Command testsum reads `go test -json` on stdin and writes what a plain
// `go test` run shows (each package's ok or FAIL line, build errors, the
// output of failing tests), plus what a plain run hides: every skipped test
// with its reason, and at the end a list of them, so that a suite that
// skipped (the PostgreSQL tests without CADREGRAPH_TEST_POSTGRES) says so in
// CI's log. It exits 1 when a test or a build failed. Used by .ci/test.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
)

// event is one line of `go test -json` (cmd/test2json).
type event struct {
	Action     string
	Package    string
	ImportPath string
	Test       string
	Output     string
}

func main() {
	failed, err := summarise(os.Stdin, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "testsum:", err)
		os.Exit(1)
	}
	if failed {
		os.Exit(1)
	}
}

// summarise copies the run's essentials from r to w and reports whether
// anything failed.
func summarise(r io.Reader, w io.Writer) (bool, error) {
	out := map[[2]string][]string{} // (package, test) → output not yet shown
	var skips []string
	failed := false
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var e event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			fmt.Fprintln(w, sc.Text()) // not an event: go's own message
			continue
		}
		key := [2]string{e.Package, e.Test}
		switch e.Action {
		case "build-output":
			fmt.Fprint(w, e.Output)
		case "build-fail":
			failed = true
		case "output":
			if e.Test == "" {
				// A package's own lines: ok, FAIL, coverage, a panic
				// outside tests; not the PASS and RUN chatter of -json.
				if s := strings.TrimSpace(e.Output); s != "PASS" && !strings.HasPrefix(s, "=== ") {
					fmt.Fprint(w, e.Output)
				}
				if strings.HasPrefix(e.Output, "FAIL") {
					failed = true
				}
				continue
			}
			if !strings.HasPrefix(e.Output, "=== ") {
				out[key] = append(out[key], e.Output)
			}
		case "skip":
			if e.Test != "" {
				lines := out[key]
				fmt.Fprint(w, strings.Join(lines, ""))
				reason := ""
				for _, l := range lines {
					if s := strings.TrimSpace(l); s != "" && !strings.HasPrefix(s, "--- SKIP") {
						reason = s
						break
					}
				}
				skips = append(skips, fmt.Sprintf("%s %s: %s", e.Package, e.Test, reason))
			}
			delete(out, key)
		case "fail":
			failed = true
			if e.Test != "" {
				fmt.Fprint(w, strings.Join(out[key], ""))
				delete(out, key)
				continue
			}
			// A package that failed with tests unfinished (a timeout's
			// panic, a crash) has their output still held: show it.
			for _, k := range slices.SortedFunc(maps.Keys(out), func(a, b [2]string) int { return strings.Compare(a[1], b[1]) }) {
				if k[0] == e.Package {
					fmt.Fprint(w, strings.Join(out[k], ""))
					delete(out, k)
				}
			}
		case "pass":
			delete(out, key)
		}
	}
	if err := sc.Err(); err != nil {
		return true, err
	}
	if len(skips) > 0 {
		fmt.Fprintf(w, "\nskipped (%d):\n", len(skips))
		for _, s := range skips {
			fmt.Fprintln(w, "  "+s)
		}
	} else {
		fmt.Fprintln(w, "\nno test skipped")
	}
	return failed, nil
}
