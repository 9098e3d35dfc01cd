package graph

import (
	"context"
	"fmt"
	"math"
	"strings"
	"sync/atomic"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/cadregraph/cadregraph/kg"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// Limits bound what one query may cost the server. The shape limits (tokens,
// depth, aliases, directives, fields) are checked on the parsed query before
// gqlgen validates it: validation costs more than linear time in the number of
// fields (16,000 __typename fields took a minute), so a query must be known
// small before it is validated. The cost is checked after validation, before
// execution; Results bounds what execution may produce when the cost
// estimate is wrong. Defaults follow GraphQL Armor's and GitHub's API.
type Limits struct {
	// Tokens is the most lexical tokens a query may have (gqlparser's token
	// limit, the fix for CVE-2023-49559), counted while parsing.
	Tokens int
	// Depth is the deepest nesting of fields, fragments expanded. Fields under
	// __schema and __type are not counted: gqlparser's own rule bounds how deep
	// introspection may go.
	Depth int
	// Aliases is the most aliased fields, fragments expanded.
	Aliases int
	// Directives is the most directives in the whole document.
	Directives int
	// Fields is the most fields, fragments expanded: what validation walks.
	// gqlparser compares fields of one name pairwise: 300 copies of
	// __typename take some 40 ms to validate, 500 take 120 ms, 16,000 a
	// minute. GraphiQL's introspection query has 219.
	Fields int
	// Cost is the most a query may cost: one per field, times the size of
	// every list above it (see costOf).
	Cost int
	// ListSize is what the cost counts for a list that takes no first, limit
	// or depth (Person.tenures, Article.entities...).
	ListSize int
	// Results is the most fields one request may resolve; a query that reaches
	// it ends with an error rather than growing without bound.
	Results int
	// Errors is the most errors a response lists; the rest are counted in one
	// last error.
	Errors int
	// CacheBytes bounds the cache of parsed queries (and of persisted
	// queries), by an estimate of their size in memory.
	CacheBytes int64
	// Introspection lets clients ask for the schema (__schema, __type).
	Introspection bool
	// Suggestions lets error messages suggest field names ("Did you mean").
	Suggestions bool
}

// DefaultLimits are the limits serve starts with (see docs/deploying.md).
// The API's own queries (README, tests, GraphiQL's introspection) stay well
// within them: a client paging through 100 entities with 100 mentions each
// (what ../shared/eval/kgeval.py asks) costs some 70,000.
func DefaultLimits() Limits {
	return Limits{
		Tokens:        5000,
		Depth:         12,
		Aliases:       30,
		Directives:    50,
		Fields:        300,
		Cost:          200000,
		ListSize:      5,
		Results:       200000,
		Errors:        20,
		CacheBytes:    32 << 20,
		Introspection: true,
		Suggestions:   true,
	}
}

// codeLimit is the extensions.code of a query refused by a limit.
const codeLimit = "QUERY_LIMIT_EXCEEDED"

// limitError is a query refused by the limit named: a validation failure
// (HTTP 422), with extensions.limit naming the limit and its value.
func limitError(name string, limit int, format string, a ...any) *gqlerror.Error {
	err := gqlerror.Errorf(format, a...)
	errcode.Set(err, errcode.ValidationFailed)
	err.Extensions["limit"] = name
	err.Extensions["max"] = limit
	return err
}

// shapeCheck parses each query once more, with the token limit, and checks
// its shape before gqlgen parses and validates it. A query in the cache has
// passed before and is not checked again.
type shapeCheck struct {
	l     Limits
	cache graphql.Cache[*ast.QueryDocument]
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = shapeCheck{}

func (shapeCheck) ExtensionName() string                   { return "QueryShape" }
func (shapeCheck) Validate(graphql.ExecutableSchema) error { return nil }

func (s shapeCheck) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if _, ok := s.cache.Get(ctx, p.Query); ok {
		return nil
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: p.Query}, s.l.Tokens)
	if err != nil {
		gerr, ok := err.(*gqlerror.Error)
		if !ok {
			gerr = gqlerror.Wrap(err)
		}
		if strings.HasPrefix(gerr.Message, "exceeded token limit") {
			return limitError("tokens", s.l.Tokens, "the query has more than %d tokens", s.l.Tokens)
		}
		errcode.Set(gerr, errcode.ParseFailed)
		return gerr
	}
	return s.l.checkShape(doc)
}

// errNoIntrospection refuses a query that asks for the schema when
// introspection is off.
func errNoIntrospection() *gqlerror.Error {
	err := gqlerror.Errorf("introspection is turned off on this server: __schema and __type are not answered")
	errcode.Set(err, errcode.ValidationFailed)
	return err
}

// checkShape checks a parsed (not yet validated) document against the shape
// limits.
func (l Limits) checkShape(doc *ast.QueryDocument) *gqlerror.Error {
	w := shapeWalker{frags: map[string]*ast.FragmentDefinition{}, memo: map[string]shape{}, visiting: map[string]bool{}}
	for _, f := range doc.Fragments {
		if _, dup := w.frags[f.Name]; !dup { // a duplicate is validation's error
			w.frags[f.Name] = f
		}
	}
	directives := 0
	var total shape
	for _, op := range doc.Operations {
		directives += len(op.Directives)
		for _, v := range op.VariableDefinitions {
			directives += len(v.Directives)
		}
		total = total.plus(w.set(op.SelectionSet))
	}
	for _, f := range doc.Fragments {
		directives += len(f.Directives)
		directives += countDirectives(f.SelectionSet)
	}
	for _, op := range doc.Operations {
		directives += countDirectives(op.SelectionSet)
	}
	switch {
	case total.introspects && !l.Introspection:
		return errNoIntrospection()
	case total.long > maxName:
		return limitError("name", maxName, "the query has a name of %d bytes; at most %d are allowed", total.long, maxName)
	case directives > l.Directives:
		return limitError("directives", l.Directives, "the query has %d directives; at most %d are allowed", directives, l.Directives)
	case total.depth > l.Depth:
		return limitError("depth", l.Depth, "the query nests fields %d deep; at most %d is allowed", total.depth, l.Depth)
	case total.aliases > l.Aliases:
		return limitError("aliases", l.Aliases, "the query has %s aliased fields; at most %d are allowed", atLeast(total.aliases), l.Aliases)
	case total.fields > l.Fields:
		return limitError("fields", l.Fields, "the query has %s fields, fragments expanded; at most %d are allowed", atLeast(total.fields), l.Fields)
	}
	return nil
}

// atLeast prints a count that saturated as such.
func atLeast(n int) string {
	if n == math.MaxInt {
		return "too many"
	}
	return fmt.Sprint(n)
}

// countDirectives counts the directives of a selection set, as written (each
// fragment's once).
func countDirectives(ss ast.SelectionSet) int {
	n := 0
	for _, sel := range ss {
		switch s := sel.(type) {
		case *ast.Field:
			n += len(s.Directives) + countDirectives(s.SelectionSet)
		case *ast.InlineFragment:
			n += len(s.Directives) + countDirectives(s.SelectionSet)
		case *ast.FragmentSpread:
			n += len(s.Directives)
		}
	}
	return n
}

// shape is what a selection set holds, fragments expanded.
type shape struct {
	depth, fields, aliases int
	long                   int  // the longest name of a field, alias or argument
	introspects            bool // asks for __schema or __type
}

func (a shape) plus(b shape) shape {
	return shape{max(a.depth, b.depth), satAdd(a.fields, b.fields), satAdd(a.aliases, b.aliases), max(a.long, b.long), a.introspects || b.introspects}
}

// maxName is the longest name of a field, alias or argument, in bytes. The
// schema's are under 30; validation suggests names close to an unknown one
// by edit distance, which for a name of a megabyte costs a second.
const maxName = 256

// shapeWalker measures selection sets, each fragment once (memo): a fragment
// spread many times costs a lookup, and fragments spreading each other twice
// over cannot make the walk exponential. A cycle of fragments counts as
// nothing here; validation refuses it.
type shapeWalker struct {
	frags    map[string]*ast.FragmentDefinition
	memo     map[string]shape
	visiting map[string]bool
}

func (w *shapeWalker) set(ss ast.SelectionSet) shape {
	var out shape
	for _, sel := range ss {
		switch s := sel.(type) {
		case *ast.Field:
			in := shape{long: max(len(s.Name), len(s.Alias))}
			for _, a := range s.Arguments {
				in.long = max(in.long, len(a.Name))
			}
			if !strings.HasPrefix(s.Name, "__") || s.Name == "__typename" {
				in = in.plus(w.set(s.SelectionSet))
				in.depth++
			} else {
				in = in.plus(w.set(s.SelectionSet))
				in.depth = 1 // introspection: gqlparser's MaxIntrospectionDepth bounds it
				in.introspects = true
			}
			in.fields = satAdd(in.fields, 1)
			if s.Alias != "" && s.Alias != s.Name {
				in.aliases = satAdd(in.aliases, 1)
			}
			out = out.plus(in)
		case *ast.InlineFragment:
			out = out.plus(w.set(s.SelectionSet))
		case *ast.FragmentSpread:
			out = out.plus(w.fragment(s.Name))
		}
	}
	return out
}

func (w *shapeWalker) fragment(name string) shape {
	if sh, ok := w.memo[name]; ok {
		return sh
	}
	f := w.frags[name]
	if f == nil || w.visiting[name] {
		return shape{}
	}
	w.visiting[name] = true
	sh := w.set(f.SelectionSet)
	delete(w.visiting, name)
	w.memo[name] = sh
	return sh
}

func satAdd(a, b int) int {
	if a > math.MaxInt-b {
		return math.MaxInt
	}
	return a + b
}

func satMul(a, b int) int {
	if a <= 0 || b <= 0 {
		return 0
	}
	if a > math.MaxInt/b {
		return math.MaxInt
	}
	return a * b
}

// costCheck refuses, after validation and before execution, a query whose
// cost (costOf) is over the limit.
type costCheck struct {
	l  Limits
	es graphql.ExecutableSchema
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = &costCheck{}

func (*costCheck) ExtensionName() string { return "QueryCost" }

func (c *costCheck) Validate(es graphql.ExecutableSchema) error {
	c.es = costSchema{ExecutableSchema: es, l: c.l}
	return nil
}

func (c *costCheck) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Doc.Operations.ForName(oc.OperationName)
	cost := complexity.Calculate(ctx, c.es, op, oc.Variables)
	if cost > c.l.Cost {
		return limitError("cost", c.l.Cost, "the query would cost %s (one a field, times the size of every list it is in); at most %d is allowed", atLeast(cost), c.l.Cost)
	}
	return nil
}

// costSchema is the schema with every field's cost: one, plus its
// selections', times the number of items it may return —
//   - first (or kg.MaxFirst when null) for a paged list;
//   - limit for a neighbourhood, maxDepth+1 for a path, depth times ListSize
//     for a subgraph that only depth bounds (documentGraph);
//   - ListSize for any other list (tenures, mentions' evidence, entities...);
//   - one for the edges of a connection and the lists of a subgraph, which
//     the field above them has counted.
//
// So tenures { person { tenures { person ... } } } costs ListSize to the
// power of its depth, where gqlgen's default counted one a field.
type costSchema struct {
	graphql.ExecutableSchema
	l Limits
}

func (c costSchema) Complexity(ctx context.Context, typeName, field string, child int, args map[string]any) (int, bool) {
	def := c.Schema().Types[typeName]
	if def == nil {
		return 0, false
	}
	fd := def.Fields.ForName(field)
	if fd == nil {
		return 0, false
	}
	return satMul(c.items(typeName, fd, args), satAdd(1, child)), true
}

// items is how many values a field may return (see costSchema).
func (c costSchema) items(typeName string, fd *ast.FieldDefinition, args map[string]any) int {
	if fd.Arguments.ForName("first") != nil {
		if n, ok := intArg(args, "first"); ok {
			return max(n, 1)
		}
		return kg.MaxFirst
	}
	if fd.Arguments.ForName("limit") != nil {
		if n, ok := intArg(args, "limit"); ok {
			return max(n, 1)
		}
		return kg.MaxLimit
	}
	if fd.Arguments.ForName("maxDepth") != nil {
		if n, ok := intArg(args, "maxDepth"); ok {
			return max(n, 0) + 1
		}
	}
	if fd.Arguments.ForName("depth") != nil {
		if n, ok := intArg(args, "depth"); ok {
			return satMul(max(n, 1), c.l.ListSize)
		}
	}
	if fd.Type.Elem == nil {
		return 1
	}
	if (strings.HasSuffix(typeName, "Connection") && fd.Name == "edges") || typeName == "Subgraph" {
		return 1
	}
	return c.l.ListSize
}

// intArg is an Int argument's value as gqlgen's complexity walk passes it
// (defaults applied, variables resolved).
func intArg(args map[string]any, name string) (int, bool) {
	switch v := args[name].(type) {
	case int:
		return v, true
	case int32:
		return int(v), true
	case int64:
		return int(v), true
	case float64:
		return int(v), true
	}
	return 0, false
}

// results counts the fields a request resolves (see Limits.Results).
type resultsKey struct{}

type resultCount struct{ n atomic.Int64 }

func withResultCount(ctx context.Context) context.Context {
	return context.WithValue(ctx, resultsKey{}, &resultCount{})
}

// countResult counts one resolved field and reports whether the request is
// still within max.
func countResult(ctx context.Context, max int) bool {
	c, _ := ctx.Value(resultsKey{}).(*resultCount)
	return c == nil || c.n.Add(1) <= int64(max)
}

// capErrors keeps at most max errors in a response, counting the rest in a
// last one: a query that fails on every field of a large result would
// otherwise answer with an error list larger than the result.
func capErrors(max int) graphql.ResponseMiddleware {
	return func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if resp == nil || len(resp.Errors) <= max {
			return resp
		}
		more := len(resp.Errors) - max
		resp.Errors = append(resp.Errors[:max:max], &gqlerror.Error{Message: fmt.Sprintf("%d more errors left out", more)})
		return resp
	}
}

// maxMessage is the longest error message a client receives, in bytes;
// a longer one is cut to an excerpt, so that an error about a huge input
// (an id, a field name, a JSON body) does not send the input back.
const maxMessage = 300

// excerpt cuts s to about n bytes on a rune boundary, saying how long it was.
func excerpt(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%s… (%d bytes in all)", s[:cut], len(s))
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
