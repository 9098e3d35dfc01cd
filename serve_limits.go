package main

import (
	"errors"
	"log"
	"net/http"
	"runtime"
	"time"

	"github.com/cadregraph/cadregraph/graph"
	"github.com/cadregraph/cadregraph/httpapi"
	cgraph "github.com/cayleygraph/cayley/graph"
)

// limits are serve's limits, from its flags (docs/deploying.md describes
// each and why its default).
type limits struct {
	body           int64
	timeout        time.Duration
	read           time.Duration
	requests       int
	conns          int
	graph          graph.Limits
	exports        bool
	exportsPerHour int
	clientIPHeader string
}

// Defaults of the limits that are not graph.Limits.
const (
	defaultMaxBody        = 1 << 20
	defaultTimeout        = 10 * time.Second
	defaultReadTimeout    = 15 * time.Second
	defaultMaxConns       = 1024
	defaultExportsPerHour = 60
)

// serveLimits adds the limits' flags to f; their values are read once f is
// parsed.
func serveLimits(f *flags) *limits {
	l := &limits{graph: graph.DefaultLimits()}
	g := &l.graph
	f.Int64Var(&l.body, "max-body", defaultMaxBody, "the largest request body, and request header, in `BYTES` (413 beyond)")
	f.DurationVar(&l.timeout, "timeout", defaultTimeout, "how long one request may run (`DURATION`); its walks of the store stop then")
	f.DurationVar(&l.read, "read-timeout", defaultReadTimeout, "how long a client may take to send a request, headers and body (`DURATION`); headers alone, at most 5s: a connection sending a byte now and then is closed")
	// Queries are answered from memory, with the CPU: more at once than a
	// few a core adds to every answer's time and to memory, not to
	// throughput, and starves /healthz.
	f.IntVar(&l.requests, "max-requests", 4*runtime.GOMAXPROCS(0), "the most requests run at once (`N`; default four a core); beyond, a request waits up to 5s for a slot, then gets 503 with Retry-After")
	f.IntVar(&l.conns, "max-conns", defaultMaxConns, "the most connections open at once (`N`); beyond, a connection gets 503 and is closed")
	f.IntVar(&g.Tokens, "max-tokens", g.Tokens, "the most lexical tokens in a query (`N`), counted while parsing, before validation")
	f.IntVar(&g.Depth, "max-depth", g.Depth, "the deepest nesting of fields in a query (`N`), fragments expanded")
	f.IntVar(&g.Aliases, "max-aliases", g.Aliases, "the most aliased fields in a query (`N`)")
	f.IntVar(&g.Directives, "max-directives", g.Directives, "the most directives in a query (`N`)")
	f.IntVar(&g.Fields, "max-fields", g.Fields, "the most fields in a query as written (`N`), fragments expanded, before validation")
	f.IntVar(&g.Cost, "max-cost", g.Cost, "the most a query may cost (`N`): one a field, times the size of every list it is in (first, limit, depth, or --list-size)")
	f.IntVar(&g.ListSize, "list-size", g.ListSize, "what the cost counts (`N`) for a list that takes no first, limit or depth (tenures, evidence...)")
	f.IntVar(&g.Results, "max-results", g.Results, "the most fields one request may resolve (`N`); a query reaching it ends with an error")
	f.Int64Var(&g.CacheBytes, "query-cache", g.CacheBytes, "the memory for parsed and persisted queries (`BYTES`), by estimate")
	f.BoolVar(&g.Introspection, "introspection", g.Introspection, "answer introspection (__schema, __type; what GraphiQL needs) and suggest field names in errors; --introspection=false in public if the schema is private")
	f.BoolVar(&l.exports, "exports", true, "serve /export/{format}; --exports=false turns the downloads off")
	f.IntVar(&l.exportsPerHour, "exports-per-hour", defaultExportsPerHour, "the most exports one client may start an hour (`N`), a quarter of them at once, one at a time; 0 for no limit")
	f.StringVar(&l.clientIPHeader, "client-ip-header", "", "the `HEADER` a reverse proxy sets to the client's address (X-Real-IP), which the export limit then counts by; only behind a proxy that sets it")
	return l
}

// check says what is wrong with the limits given.
func (l *limits) check() error {
	g := l.graph
	switch {
	case l.body < 1:
		return errors.New("--max-body must be at least 1")
	case l.timeout <= 0 || l.read <= 0:
		return errors.New("--timeout and --read-timeout must be more than 0")
	case l.requests < 1 || l.conns < 1:
		return errors.New("--max-requests and --max-conns must be at least 1")
	case g.Tokens < 1 || g.Depth < 1 || g.Aliases < 0 || g.Directives < 0 || g.Fields < 1 || g.Cost < 1 || g.ListSize < 1 || g.Results < 1:
		return errors.New("the query limits (--max-tokens, --max-depth, --max-fields, --max-cost, --list-size, --max-results) must be at least 1, --max-aliases and --max-directives at least 0")
	case g.CacheBytes < 0 || l.exportsPerHour < 0:
		return errors.New("--query-cache and --exports-per-hour cannot be negative")
	}
	g.Suggestions = g.Introspection // suggestions tell the schema as introspection does
	l.graph = g
	return nil
}

// wrap serves gql at /graphql and, unless turned off, the exports at
// /export/{format}, each within its limits. GraphQL requests run at most
// --max-requests at once; they are read (their bodies checked) before, at
// most four times as many at once, so that clients sending their bodies
// slowly do not hold the slots of queries running, and bodies in memory stay
// bounded (4 × --max-requests × --max-body). Exports are limited by client
// and run at most four at once.
func (l *limits) wrap(gql http.Handler, qs cgraph.QuadStore, logger *log.Logger) http.Handler {
	run := httpapi.Concurrency(l.requests, queueWait, httpapi.Deadline(l.timeout, gql))
	mux := http.NewServeMux()
	mux.Handle("/graphql", httpapi.Concurrency(4*l.requests, queueWait, httpapi.Body(l.body, run)))
	if l.exports {
		exp := withWriteDeadline(exportTimeout, httpapi.Deadline(exportTimeout, exportHandler(qs, logger)))
		exp = httpapi.RateLimit(l.exportsPerHour, max(1, l.exportsPerHour/4), httpapi.ClientIP(l.clientIPHeader), httpapi.Concurrency(4, 0, exp))
		mux.Handle("GET /export/{format}", exp)
	} else {
		mux.HandleFunc("GET /export/{format}", func(w http.ResponseWriter, r *http.Request) {
			httpError(w, http.StatusNotFound, "exports are turned off on this server (--exports=false)")
		})
	}
	return mux
}

// withWriteDeadline gives a response longer to be written than the server's
// WriteTimeout, which suits GraphQL answers, not a download of the graph.
func withWriteDeadline(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.NewResponseController(w).SetWriteDeadline(time.Now().Add(d))
		next.ServeHTTP(w, r)
	})
}
