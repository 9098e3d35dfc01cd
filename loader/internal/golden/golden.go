// Package golden compares a test's output with a golden file and rewrites the
// file when the test runs with -update, the way go/printer's tests do.
package golden

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// Check compares got with the file at path; with update set it writes got
// there instead. A mismatch fails t with a line diff.
func Check(t *testing.T, path, got string, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatalf("writing golden file: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run with -update to create it): %v", err)
	}
	if d := Diff(string(want), got); d != "" {
		t.Errorf("%s differs (-want +got; run with -update to accept):\n%s", path, d)
	}
}

// Diff is a line diff of a and b: lines only in a marked "-", only in b "+",
// with a line of context around each change; "" when they are equal.
func Diff(a, b string) string {
	if a == b {
		return ""
	}
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	// Longest common subsequence table, from the ends.
	n, m := len(x), len(y)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	type line struct {
		op   byte
		text string
	}
	var ls []line
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && x[i] == y[j]:
			ls = append(ls, line{' ', x[i]})
			i++
			j++
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			ls = append(ls, line{'+', y[j]})
			j++
		default:
			ls = append(ls, line{'-', x[i]})
			i++
		}
	}
	var b2 strings.Builder
	for k, l := range ls {
		near := l.op != ' ' || k > 0 && ls[k-1].op != ' ' || k+1 < len(ls) && ls[k+1].op != ' '
		if near {
			fmt.Fprintf(&b2, "%c %s\n", l.op, l.text)
		}
	}
	return b2.String()
}
