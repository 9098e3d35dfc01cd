package curation

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadGood(t *testing.T) {
	f, err := Read(filepath.Join("testdata", "good.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	got := []int{len(f.Merges), len(f.Splits), len(f.Renames), len(f.Drops), len(f.Adds), len(f.Externals)}
	want := []int{1, 1, 1, 2, 3, 1}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("entries per section = %v, want %v", got, want)
		}
	}
	m := f.Merges[0]
	if m.Line != 3 || m.From.ID != "person-vo-van-minh-0123456789" || m.Into.Kind != "PERSON" || m.Into.Name != "Võ Văn Minh" {
		t.Errorf("merge = %+v", m)
	}
	if d := f.Drops[1]; d.Article != "article-0123456789abcdef" || d.Object.String != "X" || d.Predicate != "name" {
		t.Errorf("drop #2 = %+v", d)
	}
	if a := f.Adds[1]; a.Fact == nil || a.Fact.Object.Date.String() != "1957-07" {
		t.Errorf("add #2 = %+v", a)
	}
	if a := f.Adds[2]; a.Tenure == nil || a.Tenure.Start.String() != "2024-08-03" || a.Tenure.Unit == nil || a.Line != 17 {
		t.Errorf("add #3 = %+v", a)
	}
	if x := f.Externals[0]; x.IDs[0] != "wikidata:Q10800812" {
		t.Errorf("external = %+v", x)
	}
}

func TestReadBad(t *testing.T) {
	for _, tc := range []struct {
		file string
		want []string // all in the error
	}{
		{"unknown_op.yaml", []string{"unknown_op.yaml:3:", `unknown section "mangle"`}},
		{"not_an_id.yaml", []string{"not_an_id.yaml:3 (merge #2)", "not an entity id"}},
		{"bad_date.yaml", []string{"bad_date.yaml:2 (add #1)", "start", "not a date"}},
		{"bad_yaml.yaml", []string{"bad_yaml.yaml:"}},
		{"unknown_kind.yaml", []string{":2 (rename #1)", `unknown kind "planet"`}},
		{"unknown_field.yaml", []string{":2 (merge #1)", "by"}},
		{"two_adds.yaml", []string{":2 (add #1)", "either fact"}},
		{"not_a_list.yaml", []string{":1:", "must be a list"}},
		{"missing.yaml", []string{"missing.yaml: cannot read"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			_, err := Read(filepath.Join("testdata", tc.file))
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestReadEmpty(t *testing.T) {
	f, err := Read(filepath.Join("testdata", "empty.yaml"))
	if err != nil || len(f.Merges)+len(f.Adds) != 0 {
		t.Fatalf("Read = %+v, %v", f, err)
	}
}

// FuzzParse: no bytes make Parse panic; what it accepts has a line for each
// entry, and what it refuses is an *Error naming the file.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.yaml"))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("f.yaml", data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Path != "f.yaml" {
				t.Fatalf("error %T %v", err, err)
			}
			return
		}
		for _, m := range c.Merges {
			if m.Line <= 0 {
				t.Fatalf("merge without a line: %+v", m)
			}
		}
	})
}
