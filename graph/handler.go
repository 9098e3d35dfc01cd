package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/cadregraph/cadregraph/kg"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// ComplexityLimit bounds how much one query may ask for (gqlgen's complexity:
// one per field selected). Every list is batched, so cost grows with the depth
// of a query, not with the size of its pages; this stops queries nested
// without end. The richest query of the API's own checks is under 60.
const ComplexityLimit = 1000

type config struct {
	log *slog.Logger
}

// Option configures NewHandler.
type Option func(*config)

// WithLogger sends the details of internal errors, which clients only see as
// "internal error", to l (default: slog.Default()).
func WithLogger(l *slog.Logger) Option {
	return func(c *config) { c.log = l }
}

// NewHandler is the GraphQL endpoint over g: POST and GET, introspection on,
// parsed queries cached, automatic persisted queries, a complexity limit.
// Errors a client caused (a bad argument, cursor or id) reach it with their
// message; any other error reaches it as "internal error" and is logged in
// full.
func NewHandler(g *kg.Graph, opts ...Option) http.Handler {
	c := config{log: slog.Default()}
	for _, o := range opts {
		o(&c)
	}
	srv := handler.New(NewExecutableSchema(Config{Resolvers: &Resolver{KG: g}}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	srv.Use(extension.FixedComplexityLimit(ComplexityLimit))
	srv.AroundFields(hideInternal(c.log))
	srv.SetErrorPresenter(presenter)
	srv.SetRecoverFunc(recoverer(c.log))
	return srv
}

// errInternal is what a client sees of a failure that is not its own.
var errInternal = errors.New("internal error")

// hideInternal lets through what a resolver returns when it is the client's
// error and turns anything else into "internal error", logging the detail.
// Errors gqlgen makes itself (a value that is not a Date, a null where none
// may be) do not come from resolvers and keep their message.
func hideInternal(log *slog.Logger) graphql.FieldMiddleware {
	return func(ctx context.Context, next graphql.Resolver) (any, error) {
		res, err := next(ctx)
		if err != nil && !kg.IsInputError(err) && !errors.Is(err, errInternal) {
			log.ErrorContext(ctx, "graphql: internal error", "path", graphql.GetPath(ctx).String(), "err", err)
			return res, errInternal
		}
		return res, err
	}
}

// The extensions.code of errors that are not the client's.
const codeInternal = "INTERNAL"

// presenter shows a client's own errors by their message alone, and gives
// every error a resolver raised an extensions.code a client can branch on:
// BAD_USER_INPUT, NOT_FOUND (kg.InputError's code) or INTERNAL. Errors
// gqlgen raises itself keep theirs (GRAPHQL_VALIDATION_FAILED...).
func presenter(ctx context.Context, err error) *gqlerror.Error {
	var gerr *gqlerror.Error
	if !errors.As(err, &gerr) {
		gerr = gqlerror.WrapPath(graphql.GetPath(ctx), err)
	}
	code := ""
	var ie *kg.InputError
	switch {
	case errors.As(err, &ie):
		gerr.Message = ie.Error()
		code = ie.Code()
	case errors.Is(err, errInternal):
		code = codeInternal
	}
	if code != "" {
		if gerr.Extensions == nil {
			gerr.Extensions = map[string]any{}
		}
		gerr.Extensions["code"] = code
	}
	return gerr
}

// recoverer turns a panic in a resolver into an internal error, logged with
// its stack.
func recoverer(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "graphql: panic", "panic", fmt.Sprint(p), "path", graphql.GetPath(ctx).String(),
			"stack", string(debug.Stack()))
		return errInternal
	}
}
