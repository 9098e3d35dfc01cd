// Package curation reads a researcher's corrections to the graph, a small YAML
// file, and turns them into what the store needs: facts labelled
// schema.LabelCuration, and Rules that rewrite every article written while the
// curation holds (merged entities redirected, split ones divided, dropped facts
// filtered). The file is read by Parse, its references to entities are checked
// against the store by Resolve, and the resulting Plan is applied by the
// loader, in one transaction.
//
// A curation file has up to seven sections, each a list:
//
//	merge:    # two entities are one; from answers as into from now on
//	  - {from: person-vo-van-minh-7e0debef99, into: {person: "Võ Văn Minh"}}
//	split:    # what some articles say of an entity is another one's
//	  - {entity: {person: "Văn Minh"}, name: "Văn Minh (phóng viên)", articles: [article-0123456789abcdef]}
//	rename:   # the name the API gives; the old names stay aliases
//	  - {entity: {unit: "Thành ủy TPHCM"}, name: "Thành ủy Thành phố Hồ Chí Minh"}
//	drop:     # a wrong fact, from every article or from one
//	  - {subject: person-x-0123456789, predicate: holds, object: position-y-0123456789, article: article-...}
//	add:      # a missing fact, or a tenure
//	  - fact: {subject: {person: "Tô Lâm"}, predicate: alias, object: "Anh Ba"}
//	  - tenure: {person: {person: "Tô Lâm"}, title: "Tổng Bí thư", unit: {unit: "Ban Chấp hành Trung ương Đảng"}, start: 2024-08-03, note: "..."}
//	external: # identifiers in other databases
//	  - {entity: {person: "Tô Lâm"}, ids: ["wikidata:Q10800812"]}
//
// An entity is named by its id, or by its kind and name ({person: ...},
// {unit: ...}, {document: ...}, {congress: ...}, {event: ...}, {position: ...}),
// which must name exactly one entity of the store.
package curation

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/cadregraph/cadregraph/date"
	"github.com/cadregraph/cadregraph/schema"
	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
)

// Error is a problem with a curation file: the file, the line (0 when the
// whole file is at fault), the entry ("merge #2") and what is wrong.
type Error struct {
	Path  string
	Line  int
	Entry string
	Msg   string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("curation ")
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Entry != "" {
		b.WriteString(" (" + e.Entry + ")")
	}
	b.WriteString(": " + e.Msg)
	return b.String()
}

// Ref names an entity: by ID, or by Kind and Name.
type Ref struct {
	ID   string
	Kind schema.Kind
	Name string
}

func (r Ref) String() string {
	if r.ID != "" {
		return r.ID
	}
	return fmt.Sprintf("{%s: %q}", strings.ToLower(string(r.Kind)), r.Name)
}

// Value is the object of a fact: an entity, or a literal (String, or a Date
// when the YAML gives one for a date predicate, or an Int).
type Value struct {
	Node   *Ref
	String string
	Int    *int
	Date   date.Date
}

// Entry is where an operation was written.
type Entry struct {
	Line int    // 1-based line of the entry in the file
	Name string // "merge #2"
}

// Merge says that From and Into are one entity, which keeps Into's id.
type Merge struct {
	Entry
	From, Into Ref
}

// Split says that what Articles say of Entity is another entity's, named Name.
type Split struct {
	Entry
	Entity   Ref
	Name     string
	Articles []string
}

// Rename gives an entity the name the API shows.
type Rename struct {
	Entry
	Entity Ref
	Name   string
}

// Drop removes a wrong fact: from every article, or from Article only.
type Drop struct {
	Entry
	Subject   Ref
	Predicate string
	Object    Value
	Article   string
}

// Fact is one raw fact to add.
type Fact struct {
	Subject   Ref
	Predicate string
	Object    Value
}

// Tenure is a post held, to add as the loader would have written it.
type Tenure struct {
	Person           Ref
	Title            string
	Unit             *Ref // nil for a post named by its title alone
	Seen, Start, End date.Date
	Note             string
}

// Add is a missing fact or tenure; exactly one of Fact and Tenure is set.
type Add struct {
	Entry
	Fact   *Fact
	Tenure *Tenure
}

// External gives an entity identifiers in other databases ("wikidata:Q123").
type External struct {
	Entry
	Entity Ref
	IDs    []string
}

// File is a curation file as written.
type File struct {
	Path      string
	Merges    []Merge
	Splits    []Split
	Renames   []Rename
	Drops     []Drop
	Adds      []Add
	Externals []External
}

// sections are the top-level keys of a curation file, in the order applied.
var sections = []string{"merge", "split", "rename", "drop", "add", "external"}

// Read reads and parses the curation file at path.
func Read(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{Path: path, Msg: "cannot read: " + err.Error()}
	}
	return Parse(path, data)
}

// Parse parses a curation file's content; path names it in errors. The first
// problem fails the whole file: a curation is applied whole or not at all.
func Parse(path string, data []byte) (_ *File, err error) {
	defer func() {
		// The YAML library may panic on input it mishandles (see decode
		// below): the file is bad, the process goes on.
		if p := recover(); p != nil {
			err = &Error{Path: path, Msg: fmt.Sprintf("cannot read as YAML (%v)", p)}
		}
	}()
	f := &File{Path: path}
	af, err := parser.ParseBytes(data, 0)
	if err != nil {
		return nil, yamlError(path, "", err)
	}
	if len(af.Docs) > 1 {
		return nil, &Error{Path: path, Line: lineOf(af.Docs[1]), Msg: "one YAML document only (no ---)"}
	}
	if len(af.Docs) == 0 || af.Docs[0].Body == nil {
		return f, nil // an empty file curates nothing
	}
	body := af.Docs[0].Body
	if _, ok := body.(*ast.CommentNode); ok {
		return f, nil
	}
	m, ok := body.(ast.MapNode)
	if !ok {
		return nil, &Error{Path: path, Line: lineOf(body), Msg: "expected sections (merge:, split:, rename:, drop:, add:, external:), found " + describe(body)}
	}
	seen := map[string]bool{}
	it := m.MapRange()
	for it.Next() {
		key := it.Key().String()
		line := lineOf(it.Key())
		if !contains(sections, key) {
			return nil, &Error{Path: path, Line: line, Msg: fmt.Sprintf("unknown section %q: the sections are %s", key, strings.Join(sections, ", "))}
		}
		if seen[key] {
			return nil, &Error{Path: path, Line: line, Msg: fmt.Sprintf("section %q given twice", key)}
		}
		seen[key] = true
		v := it.Value()
		if isNull(v) {
			continue
		}
		seq, ok := v.(*ast.SequenceNode)
		if !ok {
			return nil, &Error{Path: path, Line: lineOf(v), Msg: fmt.Sprintf("section %q must be a list of entries (- ...), found %s", key, describe(v))}
		}
		for i, n := range seq.Values {
			e := Entry{Line: lineOf(n), Name: fmt.Sprintf("%s #%d", key, i+1)}
			if err := f.entry(key, e, n); err != nil {
				return nil, err
			}
		}
	}
	return f, nil
}

// entry parses one entry of section key.
func (f *File) entry(key string, e Entry, n ast.Node) error {
	fail := func(format string, a ...any) error {
		return &Error{Path: f.Path, Line: e.Line, Entry: e.Name, Msg: fmt.Sprintf(format, a...)}
	}
	decode := func(v any) (err error) {
		// goccy/go-yaml v1.19.2 panics on some odd entries (a tag on a
		// list, found by FuzzParse): a bad entry, not a crash.
		defer func() {
			if p := recover(); p != nil {
				err = fail("cannot read this entry as YAML (%v)", p)
			}
		}()
		if err := yaml.NodeToValue(n, v, yaml.DisallowUnknownField()); err != nil {
			return yamlError(f.Path, e.Name, err)
		}
		return nil
	}
	switch key {
	case "merge":
		var m struct {
			From any `yaml:"from"`
			Into any `yaml:"into"`
		}
		if err := decode(&m); err != nil {
			return err
		}
		from, err := ref(m.From, "from")
		if err != nil {
			return fail("%s", err)
		}
		into, err := ref(m.Into, "into")
		if err != nil {
			return fail("%s", err)
		}
		f.Merges = append(f.Merges, Merge{Entry: e, From: from, Into: into})
	case "split":
		var s struct {
			Entity   any      `yaml:"entity"`
			Name     string   `yaml:"name"`
			Articles []string `yaml:"articles"`
		}
		if err := decode(&s); err != nil {
			return err
		}
		r, err := ref(s.Entity, "entity")
		if err != nil {
			return fail("%s", err)
		}
		if strings.TrimSpace(s.Name) == "" {
			return fail("a split needs the name of the new entity (name: ...)")
		}
		if len(s.Articles) == 0 {
			return fail("a split needs the articles whose facts go to the new entity (articles: [article-...])")
		}
		for _, a := range s.Articles {
			if !isArticleID(a) {
				return fail("%q is not an article id (article- and 16 hex digits)", a)
			}
		}
		f.Splits = append(f.Splits, Split{Entry: e, Entity: r, Name: strings.TrimSpace(s.Name), Articles: s.Articles})
	case "rename":
		var r struct {
			Entity any    `yaml:"entity"`
			Name   string `yaml:"name"`
		}
		if err := decode(&r); err != nil {
			return err
		}
		x, err := ref(r.Entity, "entity")
		if err != nil {
			return fail("%s", err)
		}
		if strings.TrimSpace(r.Name) == "" {
			return fail("a rename needs the new name (name: ...)")
		}
		f.Renames = append(f.Renames, Rename{Entry: e, Entity: x, Name: strings.TrimSpace(r.Name)})
	case "drop":
		var d struct {
			Subject   any    `yaml:"subject"`
			Predicate string `yaml:"predicate"`
			Object    any    `yaml:"object"`
			Article   string `yaml:"article"`
		}
		if err := decode(&d); err != nil {
			return err
		}
		fact, err := fact(d.Subject, d.Predicate, d.Object)
		if err != nil {
			return fail("%s", err)
		}
		if d.Article != "" && !isArticleID(d.Article) {
			return fail("%q is not an article id (article- and 16 hex digits)", d.Article)
		}
		f.Drops = append(f.Drops, Drop{Entry: e, Subject: fact.Subject, Predicate: fact.Predicate, Object: fact.Object, Article: d.Article})
	case "add":
		var a struct {
			Fact *struct {
				Subject   any    `yaml:"subject"`
				Predicate string `yaml:"predicate"`
				Object    any    `yaml:"object"`
			} `yaml:"fact"`
			Tenure *struct {
				Person any    `yaml:"person"`
				Title  string `yaml:"title"`
				Unit   any    `yaml:"unit"`
				Seen   any    `yaml:"seen"`
				Start  any    `yaml:"start"`
				End    any    `yaml:"end"`
				Note   string `yaml:"note"`
			} `yaml:"tenure"`
		}
		if err := decode(&a); err != nil {
			return err
		}
		switch {
		case (a.Fact == nil) == (a.Tenure == nil):
			return fail("an addition is either fact: {subject, predicate, object} or tenure: {person, title, unit, ...}")
		case a.Fact != nil:
			fact, err := fact(a.Fact.Subject, a.Fact.Predicate, a.Fact.Object)
			if err != nil {
				return fail("%s", err)
			}
			f.Adds = append(f.Adds, Add{Entry: e, Fact: &fact})
		default:
			t := a.Tenure
			p, err := ref(t.Person, "person")
			if err != nil {
				return fail("%s", err)
			}
			if strings.TrimSpace(t.Title) == "" {
				return fail("a tenure needs the post's title (title: ...)")
			}
			out := Tenure{Person: p, Title: strings.TrimSpace(t.Title), Note: t.Note}
			if t.Unit != nil {
				u, err := ref(t.Unit, "unit")
				if err != nil {
					return fail("%s", err)
				}
				out.Unit = &u
			}
			for _, d := range []struct {
				name string
				v    any
				to   *date.Date
			}{{"seen", t.Seen, &out.Seen}, {"start", t.Start, &out.Start}, {"end", t.End, &out.End}} {
				if d.v == nil {
					continue
				}
				if *d.to, err = dateOf(d.v); err != nil {
					return fail("%s: %s", d.name, err)
				}
			}
			if out.Seen.IsZero() && out.Start.IsZero() && out.End.IsZero() {
				return fail("a tenure needs a date: seen, start or end")
			}
			f.Adds = append(f.Adds, Add{Entry: e, Tenure: &out})
		}
	case "external":
		var x struct {
			Entity any      `yaml:"entity"`
			IDs    []string `yaml:"ids"`
		}
		if err := decode(&x); err != nil {
			return err
		}
		r, err := ref(x.Entity, "entity")
		if err != nil {
			return fail("%s", err)
		}
		if len(x.IDs) == 0 {
			return fail("external needs ids: [\"wikidata:Q123\", ...]")
		}
		for _, id := range x.IDs {
			if p, rest, ok := strings.Cut(id, ":"); !ok || p == "" || rest == "" || strings.ContainsAny(id, " \t\n") {
				return fail("%q is not an external id of the form database:id (wikidata:Q123)", id)
			}
		}
		f.Externals = append(f.Externals, External{Entry: e, Entity: r, IDs: x.IDs})
	}
	return nil
}

// ref reads an entity reference: an id, or {kind: name}.
func ref(v any, field string) (Ref, error) {
	switch v := v.(type) {
	case nil:
		return Ref{}, fmt.Errorf("%s is missing: an id, or {person: \"name\"} and the like", field)
	case string:
		if !LooksLikeID(v) {
			return Ref{}, fmt.Errorf("%s: %q is not an entity id (person-..., unit-...); name an entity by kind with {person: %q}", field, v, v)
		}
		return Ref{ID: v}, nil
	case map[string]any:
		if len(v) != 1 {
			return Ref{}, fmt.Errorf("%s: name an entity with one kind and its name, such as {person: \"Võ Văn Minh\"}", field)
		}
		for k, n := range v {
			kind := schema.Kind(strings.ToUpper(k))
			if kind.Class() == "" || kind == schema.Article {
				return Ref{}, fmt.Errorf("%s: unknown kind %q: person, unit, position, congress, event or document", field, k)
			}
			name, ok := n.(string)
			if !ok || strings.TrimSpace(name) == "" {
				return Ref{}, fmt.Errorf("%s: the %s's name must be a string", field, k)
			}
			return Ref{Kind: kind, Name: strings.TrimSpace(name)}, nil
		}
	}
	return Ref{}, fmt.Errorf("%s must be an entity id or {kind: name}, not %v", field, v)
}

func fact(s any, p string, o any) (Fact, error) {
	subj, err := ref(s, "subject")
	if err != nil {
		return Fact{}, err
	}
	if strings.TrimSpace(p) == "" {
		return Fact{}, errors.New("predicate is missing (name, alias, holds...)")
	}
	if strings.ContainsAny(p, " \t<>\"") {
		return Fact{}, fmt.Errorf("predicate %q: a name of cadregraph's vocabulary (holds) or an IRI", p)
	}
	var val Value
	switch o := o.(type) {
	case nil:
		return Fact{}, errors.New("object is missing")
	case string:
		if LooksLikeID(o) {
			val.Node = &Ref{ID: o}
		} else {
			val.String = o
		}
	case uint64:
		n := int(o)
		val.Int = &n
	case int64:
		n := int(o)
		val.Int = &n
	case int:
		val.Int = &o
	case bool:
		val.String = fmt.Sprint(o)
	case map[string]any:
		if d, ok := o["date"]; ok && len(o) == 1 {
			dd, err := dateOf(d)
			if err != nil {
				return Fact{}, fmt.Errorf("object: %s", err)
			}
			val.Date = dd
			break
		}
		r, err := ref(o, "object")
		if err != nil {
			return Fact{}, err
		}
		val.Node = &r
	default:
		return Fact{}, fmt.Errorf("object must be an entity, a string, a number or {date: 2020-10}, not %v", o)
	}
	return Fact{Subject: subj, Predicate: strings.TrimSpace(p), Object: val}, nil
}

// dateOf reads a date as YAML gives it: 2020, 2020-10 or 2020-10-01.
func dateOf(v any) (date.Date, error) {
	var s string
	switch v := v.(type) {
	case string:
		s = v
	case uint64, int64, int:
		s = fmt.Sprint(v)
	default:
		return date.Date{}, fmt.Errorf("%v is not a date (2020, 2020-10 or 2020-10-01)", v)
	}
	d, err := date.Parse(s)
	if err != nil || d.IsZero() {
		return date.Date{}, fmt.Errorf("%q is not a date (2020, 2020-10 or 2020-10-01)", s)
	}
	return d, nil
}

// LooksLikeID reports whether s has the form of an entity's id: a kind's
// prefix, a dash, and lower-case letters, digits and dashes.
func LooksLikeID(s string) bool {
	if _, ok := schema.KindOfID(s); !ok {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

func isArticleID(s string) bool {
	k, ok := schema.KindOfID(s)
	return ok && k == schema.Article && LooksLikeID(s)
}

// yamlErr is what goccy/go-yaml's errors carry.
type yamlErr interface {
	GetToken() *token.Token
	GetMessage() string
}

func yamlError(path, entry string, err error) error {
	var ye yamlErr
	if errors.As(err, &ye) {
		line := 0
		if t := ye.GetToken(); t != nil && t.Position != nil {
			line = t.Position.Line
		}
		return &Error{Path: path, Line: line, Entry: entry, Msg: ye.GetMessage()}
	}
	return &Error{Path: path, Entry: entry, Msg: err.Error()}
}

func lineOf(n ast.Node) int {
	if t := n.GetToken(); t != nil && t.Position != nil {
		return t.Position.Line
	}
	return 0
}

func isNull(n ast.Node) bool {
	_, ok := n.(*ast.NullNode)
	return ok
}

func describe(n ast.Node) string {
	switch n.(type) {
	case ast.MapNode:
		return "a mapping"
	case *ast.SequenceNode:
		return "a list"
	}
	return fmt.Sprintf("%q", n.String())
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
