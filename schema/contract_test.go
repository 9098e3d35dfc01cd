package schema

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// contractPath is the public API's contract, kept beside the project.
const contractPath = "../../shared/contract/core.graphqls"

// TestHoldsContract checks what ../shared/contract/check checks: the schema has
// every type of the contract with the same kind, interfaces and enum values,
// every field with a compatible type (the same, or non-null where the contract
// allows null), every argument with the same type, and no new required
// argument.
func TestHoldsContract(t *testing.T) {
	if _, err := os.Stat(contractPath); err != nil {
		t.Skipf("the contract is not beside the project (%v): clone ../shared next to it to run this check", err)
	}
	want := loadSchema(t, contractPath)
	files, err := filepath.Glob("*.graphqls")
	if err != nil || len(files) == 0 {
		t.Fatalf("no schema files: %v", err)
	}
	have := loadSchema(t, files...)
	for _, p := range departures(want, have) {
		t.Error(p)
	}
}

// TestDeparturesFound makes sure the comparison can fail: a schema that drops a
// field, changes a type and adds a required argument is caught.
func TestDeparturesFound(t *testing.T) {
	want := parse(t, `type Query { a(x: Int): String! b: [Int!] } enum E { X Y }`)
	have := parse(t, `type Query { a(x: String, y: Int!): String b: [Int] } enum E { X }`)
	got := departures(want, have)
	for _, w := range []string{"Query.a is String", "Query.a(x) is String", "new required argument", "Query.b is [Int]", "enum E lacks Y"} {
		if !slices.ContainsFunc(got, func(p string) bool { return strings.Contains(p, w) }) {
			t.Errorf("departure %q not reported; got %q", w, got)
		}
	}
}

func departures(want, have *ast.Schema) []string {
	var out []string
	for name, wt := range want.Types {
		if wt.BuiltIn {
			continue
		}
		ht := have.Types[name]
		if ht == nil {
			out = append(out, "missing type "+name)
			continue
		}
		if ht.Kind != wt.Kind {
			out = append(out, fmt.Sprintf("%s is %s, want %s", name, ht.Kind, wt.Kind))
			continue
		}
		for _, i := range wt.Interfaces {
			if !slices.Contains(ht.Interfaces, i) {
				out = append(out, fmt.Sprintf("%s does not implement %s", name, i))
			}
		}
		for _, ev := range wt.EnumValues {
			if ht.EnumValues.ForName(ev.Name) == nil {
				out = append(out, fmt.Sprintf("enum %s lacks %s", name, ev.Name))
			}
		}
		for _, wf := range wt.Fields {
			hf := ht.Fields.ForName(wf.Name)
			if hf == nil {
				out = append(out, fmt.Sprintf("missing field %s.%s", name, wf.Name))
				continue
			}
			if !compatible(wf.Type, hf.Type) {
				out = append(out, fmt.Sprintf("%s.%s is %s, want %s", name, wf.Name, hf.Type, wf.Type))
			}
			for _, wa := range wf.Arguments {
				ha := hf.Arguments.ForName(wa.Name)
				if ha == nil {
					out = append(out, fmt.Sprintf("missing argument %s.%s(%s)", name, wf.Name, wa.Name))
				} else if ha.Type.String() != wa.Type.String() {
					out = append(out, fmt.Sprintf("%s.%s(%s) is %s, want %s", name, wf.Name, wa.Name, ha.Type, wa.Type))
				}
			}
			for _, ha := range hf.Arguments {
				if wf.Arguments.ForName(ha.Name) == nil && ha.Type.NonNull && ha.DefaultValue == nil {
					out = append(out, fmt.Sprintf("%s.%s(%s) is a new required argument", name, wf.Name, ha.Name))
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// compatible: the same type, or non-null where the contract allows null, at any depth.
func compatible(want, have *ast.Type) bool {
	if want == nil || have == nil {
		return want == have
	}
	if want.NonNull && !have.NonNull || want.NamedType != have.NamedType {
		return false
	}
	return (want.Elem == nil) == (have.Elem == nil) && (want.Elem == nil || compatible(want.Elem, have.Elem))
}

func loadSchema(t *testing.T, files ...string) *ast.Schema {
	t.Helper()
	var srcs []*ast.Source
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, &ast.Source{Name: f, Input: string(b)})
	}
	s, err := gqlparser.LoadSchema(srcs...)
	if err != nil {
		t.Fatalf("loading %v: %v", files, err)
	}
	return s
}

func parse(t *testing.T, sdl string) *ast.Schema {
	t.Helper()
	s, err := gqlparser.LoadSchema(&ast.Source{Name: "test", Input: sdl})
	if err != nil {
		t.Fatal(err)
	}
	return s
}
