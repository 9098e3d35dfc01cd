package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	var out strings.Builder
	if err := run([]string{"-n", "3", "-seed", "9", dir}, &out); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 3 || !strings.HasPrefix(out.String(), "wrote 3 articles") {
		t.Errorf("%d files, output %q; want 3 files and a line saying so", len(entries), out.String())
	}
	for _, args := range [][]string{nil, {"a", "b"}, {"-n", "x", dir}} {
		if err := run(args, &out); err == nil {
			t.Errorf("run(%q): no error", args)
		}
	}
}
