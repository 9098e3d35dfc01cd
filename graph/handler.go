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
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/cadregraph/cadregraph/kg"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

type config struct {
	log    *slog.Logger
	limits Limits
}

// Option configures NewHandler.
type Option func(*config)

// WithLogger sends the details of internal errors, which clients only see as
// "internal error", to l (default: slog.Default()).
func WithLogger(l *slog.Logger) Option {
	return func(c *config) { c.log = l }
}

// WithLimits sets the limits on queries (default: DefaultLimits()).
func WithLimits(l Limits) Option {
	return func(c *config) { c.limits = l }
}

// NewHandler is the GraphQL endpoint over g: POST and GET, parsed queries
// cached, automatic persisted queries, and the limits (Limits) checked in
// order of their cost to the server: the query's shape while it is parsed,
// before validation; its cost after validation, before execution; the fields
// it resolves during execution. Errors a client caused (a bad argument,
// cursor or id, a limit) reach it with their message, cut to an excerpt;
// any other error reaches it as "internal error" and is logged in full.
func NewHandler(g *kg.Graph, opts ...Option) http.Handler {
	c := config{log: slog.Default(), limits: DefaultLimits()}
	for _, o := range opts {
		o(&c)
	}
	l := c.limits
	srv := handler.New(NewExecutableSchema(Config{Resolvers: &Resolver{KG: g}}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	docs := newQueryCache(l.CacheBytes * 7 / 8)
	srv.SetQueryCache(docs)
	srv.SetParserTokenLimit(l.Tokens)
	srv.SetDisableSuggestion(!l.Suggestions)
	if l.Introspection {
		srv.Use(extension.Introspection{})
	}
	// Persisted queries first: the checks below see the query they stand for.
	srv.Use(extension.AutomaticPersistedQuery{Cache: newPersistedCache(l.CacheBytes / 8)})
	srv.Use(shapeCheck{l: l, cache: docs})
	srv.Use(&costCheck{l: l})
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(withResultCount(ctx))
	})
	srv.AroundResponses(capErrors(l.Errors))
	srv.AroundFields(guardFields(c.log, l.Results))
	srv.SetErrorPresenter(presenter)
	srv.SetRecoverFunc(recoverer(c.log))
	return srv
}

// errInternal is what a client sees of a failure that is not its own.
var errInternal = errors.New("internal error")

// codedError is an error of the request, not of a resolver, with its
// extensions.code.
type codedError struct{ msg, code string }

func (e codedError) Error() string { return e.msg }

// errResults is a request that resolved more fields than Limits.Results.
func errResults(max int) error {
	return codedError{fmt.Sprintf("the query resolved more than %d fields, the most one request may; ask for smaller pages or fewer levels", max), codeLimit}
}

// guardFields runs each resolver unless the request is over (its deadline
// passed, its client gone) or has resolved Results fields, and then lets
// through what the resolver returns when it is the client's error and turns
// anything else into "internal error", logging the detail. Errors gqlgen
// makes itself (a value that is not a Date, a null where none may be) do not
// come from resolvers and keep their message.
func guardFields(log *slog.Logger, results int) graphql.FieldMiddleware {
	return func(ctx context.Context, next graphql.Resolver) (any, error) {
		if err := ctx.Err(); err != nil {
			return nil, requestOver(err)
		}
		if !countResult(ctx, results) {
			return nil, errResults(results)
		}
		res, err := next(ctx)
		switch {
		case err == nil || kg.IsInputError(err) || errors.Is(err, errInternal):
			return res, err
		case ctx.Err() != nil:
			// The store's walks end with the request's context: not a fault.
			return nil, requestOver(ctx.Err())
		}
		log.ErrorContext(ctx, "graphql: internal error", "path", graphql.GetPath(ctx).String(), "err", err)
		return res, errInternal
	}
}

// requestOver is the error of a field resolved after its request ended.
func requestOver(err error) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return codedError{"the query ran past the server's time limit for one request; ask for less", "TIMEOUT"}
	}
	return codedError{"the request was cancelled", "CANCELLED"}
}

// The extensions.code of errors that are not the client's.
const codeInternal = "INTERNAL"

// presenter shows a client's own errors by their message alone, and gives
// every error a resolver raised an extensions.code a client can branch on:
// BAD_USER_INPUT, NOT_FOUND (kg.InputError's code), INTERNAL, or for a
// request that ran out of time or results TIMEOUT, CANCELLED or
// QUERY_LIMIT_EXCEEDED. Errors gqlgen raises itself keep theirs
// (GRAPHQL_VALIDATION_FAILED, with extensions.limit for a query refused by
// a limit). Every message is cut to an excerpt.
func presenter(ctx context.Context, err error) *gqlerror.Error {
	var gerr *gqlerror.Error
	if !errors.As(err, &gerr) {
		gerr = gqlerror.WrapPath(graphql.GetPath(ctx), err)
	}
	code := ""
	var ie *kg.InputError
	var ce codedError
	switch {
	case errors.As(err, &ie):
		gerr.Message = ie.Error()
		code = ie.Code()
	case errors.As(err, &ce):
		code = ce.code
	case errors.Is(err, errInternal):
		code = codeInternal
	}
	if code != "" {
		if gerr.Extensions == nil {
			gerr.Extensions = map[string]any{}
		}
		gerr.Extensions["code"] = code
	}
	gerr.Message = excerpt(gerr.Message, maxMessage)
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
