package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"log/slog"
	"math"
	"net"
	"net/http"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"github.com/cadregraph/cadregraph/corpus"
	"github.com/cadregraph/cadregraph/graph"
	"github.com/cadregraph/cadregraph/httpapi"
	"github.com/cadregraph/cadregraph/kg"
	"github.com/cadregraph/cadregraph/loader"
	"github.com/cadregraph/cadregraph/store"
	"github.com/cadregraph/cadregraph/web"
)

// Timeouts of the HTTP server that are not flags (--read-timeout and
// --timeout are).
const (
	idleTimeout = 60 * time.Second
	// writeSlack is how long after its deadline a request may still take to
	// write its answer (WriteTimeout is --timeout plus this).
	writeSlack = 5 * time.Second
	// exportTimeout bounds one export, which streams the whole graph at most.
	exportTimeout = 5 * time.Minute
	// queueWait is how long a request waits for one in flight to finish
	// when --max-requests run, before a 503: a burst of clients is served
	// in turn, a flood turned away.
	queueWait = 5 * time.Second
)

func serveCommand() command {
	c := command{
		name:    "serve",
		summary: "serve the graph over GraphQL",
		usage:   "[--db DB] [--corpus PATH]... [--curation FILE] [--addr ADDR] [--cors ORIGINS] [LIMITS]",
		help: `
Serves the GraphQL API at /graphql, a GraphiQL page to explore it at /,
exports at /export/{format} (nquads, cytoscape, graphml, gexf, csv; with
?root=ID&depth=N&kinds=K,... for a neighbourhood, as cadregraph export), and
/healthz, which answers 503 {"status":"loading"} until the store is open,
every --corpus is loaded and the store is read into memory, with how far the
load is ("progress": articles, total, quads, articlesPerSecond, etaSeconds),
then 200 {"status":"ok"} with what the read model holds. It listens at once,
so a supervisor can watch /healthz while a large corpus loads.

Questions are answered from a read model of the store, built in memory at
start; on PostgreSQL, serve checks every 2 seconds whether another process
(cadregraph load) wrote to the store and rebuilds it if so.

--corpus loads articles first, as cadregraph load does (it may be given several
times). With neither --db nor --corpus, on an empty store, serve loads the
sample corpus built into the binary: a fresh clone shows a graph at once.

--curation FILE applies a researcher's corrections (YAML) after the corpora,
as cadregraph load --curation does.

--cors lets web pages from other origins query the API: a comma-separated list
of origins (https://app.example.org), or * for any.

The limits (LIMITS: --max-body, --timeout, --read-timeout, --max-requests,
--max-conns, --max-tokens, --max-depth, --max-aliases, --max-directives,
--max-fields, --max-cost, --list-size, --max-results, --query-cache,
--exports, --exports-per-hour, --introspection, --client-ip-header) keep one
request, or one client, from taking the server down; their defaults suit a
public endpoint. docs/deploying.md says what each guards against and how to
deploy behind a reverse proxy.

Examples:
  cadregraph serve                          # open http://127.0.0.1:8080/
  cadregraph serve --db mem: --corpus ./articles --addr 127.0.0.1:9000
  cadregraph serve --addr 0.0.0.0:8080 --cors https://app.example.org
  cadregraph serve --db ./kg.db --introspection=false --exports=false`,
	}
	c.run = func(ctx context.Context, e env, args []string) error { return done(runServe(ctx, c, e, args)) }
	return c
}

func runServe(ctx context.Context, c command, e env, args []string) error {
	f := newFlags(c, e)
	db := f.db()
	var corpora stringList
	f.Var(&corpora, "corpus", "a file or folder of articles (`PATH`) to load before serving, as cadregraph load does; repeatable")
	curation := f.String("curation", "", "a curation `FILE` (YAML) to apply after loading, as cadregraph load does")
	addr := f.String("addr", defaultAddr, "`ADDR` to listen on, host:port (port 0: any free port)")
	cors := f.String("cors", "", "`ORIGINS` allowed to query from web pages: a comma-separated list, or *")
	lim := serveLimits(f)
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return f.fail("serve takes no arguments (got %q); load articles with --corpus PATH", rest[0])
	}
	// A mistyped --corpus is found before anything listens: serving an empty
	// store in its stead would look like a corpus with nothing in it.
	for _, p := range corpora {
		if _, err := os.Stat(p); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("--corpus %s: no such file or folder", p)
			}
			return fmt.Errorf("--corpus %s: %w", p, err)
		}
	}
	logger := log.New(e.stderr, "cadregraph: ", log.LstdFlags)

	if err := lim.check(); err != nil {
		return f.fail("%v", err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	ln = httpapi.LimitListener(ln, lim.conns)
	api := &gate{}
	// Requests' contexts derive from base, which ends when the requests
	// still running after the drain on shutdown must stop.
	base, stopRequests := context.WithCancel(context.Background())
	defer stopRequests()
	srv := &http.Server{
		Handler:           withCORS(routes(api), origins(*cors)),
		ReadHeaderTimeout: min(lim.read, 5*time.Second),
		ReadTimeout:       lim.read,
		WriteTimeout:      lim.timeout + writeSlack,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    int(max(lim.body, 64<<10)),
		ErrorLog:          logger,
		BaseContext:       func(net.Listener) context.Context { return base },
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	logger.Printf("listening on http://%s/ (GraphQL at /graphql; /healthz says when the store is ready)", ln.Addr())

	st, err := openAndLoad(ctx, *db, corpora, *curation, *db == defaultDB, logger, api.loading)
	var stamp string
	var g *kg.Graph
	if err == nil {
		defer st.Close()
		// The API answers from a read model of the store (kg.Graph.Refresh),
		// built before serve says it is ready and rebuilt when another
		// process writes to a PostgreSQL store (keepFresh); an embedded
		// store is this process's alone, written only before serving.
		g = kg.New(st.QuadStore(), kg.WithLog(st), kg.WithDump(st))
		stamp, err = readModel(ctx, st, g, api, logger)
	}
	if err == nil {
		gql := graph.NewHandler(g, graph.WithLogger(slog.New(slog.NewTextHandler(e.stderr, nil))), graph.WithLimits(lim.graph))
		api.ready(lim.wrap(gql, st.QuadStore(), logger))
		logger.Printf("ready: serving %s", st)
		go warm(ctx, g, logger)
		if st.Backend() == store.BackendPostgres {
			go keepFresh(ctx, st, g, stamp, api, logger)
		}
		select {
		case <-ctx.Done():
		case err = <-served:
			err = fmt.Errorf("serve: %w", err)
		}
	}
	if ctx.Err() != nil {
		err = nil // asked to stop: not a failure, even in the middle of a load
		logger.Printf("stopping")
	}
	// Drain: requests in flight finish (each within --timeout), new ones are
	// refused; what still runs after the wait (an export) is stopped.
	sctx, cancel := context.WithTimeout(context.Background(), lim.timeout+writeSlack)
	defer cancel()
	if serr := srv.Shutdown(sctx); serr != nil {
		logger.Printf("requests still running after %s: stopping them", lim.timeout+writeSlack)
		stopRequests()
		srv.Close()
	}
	if st != nil {
		if cerr := st.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}
	return err
}

// warm reads the lists the API keeps with its read model, in the
// background, so that the first client to count or list entities does not
// wait for them; a client asking meanwhile waits for the same read.
func warm(ctx context.Context, g *kg.Graph, logger *log.Logger) {
	start := time.Now()
	if err := g.Warm(ctx); err != nil {
		if ctx.Err() == nil {
			logger.Printf("reading the entity lists ahead: %v", err)
		}
		return
	}
	logger.Printf("entity lists read in %s", time.Since(start).Round(time.Millisecond))
}

// openAndLoad opens the store and loads the corpora into it; with none, on
// the default store while it is empty, it loads the sample corpus. A curation
// file is applied after them. progress hears how far a load is; the log has
// a line every few seconds.
func openAndLoad(ctx context.Context, db string, corpora []string, curation string, isDefault bool, logger *log.Logger, progress func(loader.Progress)) (*store.Store, error) {
	st, err := store.Open(ctx, db)
	if err != nil {
		return nil, err
	}
	logger.Printf("opened %s", st)
	pp := newProgressPrinter(logger.Writer())
	pp.tty = false // the log's lines carry a time each: never redrawn
	waiting := func() { logger.Printf("waiting for another load into %s to end", st) }
	opts := loader.Options{Curation: curation, Waiting: waiting, Progress: func(p loader.Progress) {
		progress(p)
		pp.show(p)
	}}
	var rep loader.Report
	switch {
	case len(corpora) > 0:
		logger.Printf("loading %s", strings.Join(corpora, ", "))
		rep, err = loader.Load(ctx, st, corpora, opts)
	case isDefault:
		empty, eerr := st.Empty(ctx)
		if eerr != nil || !empty {
			err = eerr
			if err == nil && curation != "" {
				rep, err = loader.Load(ctx, st, nil, loader.Options{Curation: curation, Waiting: waiting})
			}
			break
		}
		logger.Printf("the store is empty: loading the sample corpus built into cadregraph")
		rep, err = loader.LoadFS(ctx, st, corpus.FS(), []string{"."}, opts)
	case curation != "":
		rep, err = loader.Load(ctx, st, nil, loader.Options{Curation: curation, Waiting: waiting})
	default:
		return st, nil
	}
	if rep.Elapsed > 0 {
		for _, line := range strings.Split(strings.TrimSpace(rep.String()), "\n") {
			logger.Print(line)
		}
	}
	if err != nil {
		st.Close()
		return nil, err
	}
	return st, nil
}

// gate is the GraphQL endpoint once the store is ready, and 503 before,
// with how far the load is.
type gate struct {
	h        atomic.Pointer[http.Handler]
	progress atomic.Pointer[loader.Progress]
	phase    atomic.Pointer[string]      // after the load: what serve does before it is ready
	model    atomic.Pointer[healthModel] // the read model answering, once built
}

func (g *gate) ready(h http.Handler) { g.h.Store(&h) }

// loading records how far the load is, for /healthz.
func (g *gate) loading(p loader.Progress) { g.progress.Store(&p) }

// health is what /healthz answers, in one JSON shape: {"status": "ok"} once
// ready (200); before, {"status": "loading"} (503) with, while articles load,
// how far: {"status": "loading", "progress": {"articles": 120, "total": 800,
// "quads": 81234, "articlesPerSecond": 35.2, "etaSeconds": 19,
// "elapsedSeconds": 3.4}}.
//
// Articles is how many articles serve knows of: loaded so far while loading,
// in the read model once ready. Phase says what serve does once the load is
// over ("reading the store into memory"); ReadModel what the model holds.
type health struct {
	Status    string          `json:"status"`
	Articles  int             `json:"articles"`
	Phase     string          `json:"phase,omitempty"`
	Progress  *healthProgress `json:"progress,omitempty"`
	ReadModel *healthModel    `json:"readModel,omitempty"`
}

type healthProgress struct {
	Articles          int     `json:"articles"`
	Total             int     `json:"total"`
	Quads             int     `json:"quads"`
	ArticlesPerSecond float64 `json:"articlesPerSecond"`
	ETASeconds        float64 `json:"etaSeconds"`
	ElapsedSeconds    float64 `json:"elapsedSeconds"`
}

// health is the gate's state as /healthz answers it.
func (g *gate) health() (int, health) {
	m := g.model.Load()
	if g.handler() != nil {
		h := health{Status: "ok", ReadModel: m}
		if m != nil {
			h.Articles = m.Articles
		}
		return http.StatusOK, h
	}
	h := health{Status: "loading"}
	if p := g.progress.Load(); p != nil {
		h.Articles = p.Articles
		h.Progress = &healthProgress{Articles: p.Articles, Total: p.Total, Quads: p.Quads,
			ArticlesPerSecond: math.Round(p.Rate()*10) / 10, ETASeconds: p.ETA().Seconds(), ElapsedSeconds: math.Round(p.Elapsed.Seconds()*10) / 10}
	}
	if ph := g.phase.Load(); ph != nil {
		h.Phase = *ph
	}
	return http.StatusServiceUnavailable, h
}

func (g *gate) handler() http.Handler {
	if h := g.h.Load(); h != nil {
		return *h
	}
	return nil
}

func (g *gate) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h := g.handler(); h != nil {
		h.ServeHTTP(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Retry-After", "1")
	w.WriteHeader(http.StatusServiceUnavailable)
	io.WriteString(w, `{"errors":[{"message":"cadregraph is still loading its store; try again when /healthz answers ok"}]}`+"\n")
}

func routes(api *gate) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		code, h := api.health()
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(code)
		_ = json.NewEncoder(w).Encode(h)
	})
	mux.Handle("/graphql", api)
	mux.Handle("GET /export/{format}", api) // exports wait for the store too (limits.wrap)
	mux.Handle("/", web.Handler())          // GraphiQL at /, the explorer at /explore, their files at /assets/
	return mux
}

// origins parses --cors: nil for none, ["*"] for any.
func origins(s string) []string {
	var out []string
	for _, o := range strings.Split(s, ",") {
		if o = strings.TrimSuffix(strings.TrimSpace(o), "/"); o != "" {
			out = append(out, o)
		}
	}
	return out
}

// withCORS lets pages from the allowed origins call the API from a browser.
func withCORS(h http.Handler, allowed []string) http.Handler {
	if len(allowed) == 0 {
		return h
	}
	anyOrigin := len(allowed) == 1 && allowed[0] == "*"
	ok := func(origin string) bool {
		for _, a := range allowed {
			if a == "*" || strings.EqualFold(a, origin) {
				return true
			}
		}
		return false
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		w.Header().Add("Vary", "Origin")
		if origin == "" || !ok(origin) {
			h.ServeHTTP(w, r)
			return
		}
		if anyOrigin {
			w.Header().Set("Access-Control-Allow-Origin", "*")
		} else {
			w.Header().Set("Access-Control-Allow-Origin", origin)
		}
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			w.Header().Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
			if hdr := r.Header.Get("Access-Control-Request-Headers"); hdr != "" {
				w.Header().Set("Access-Control-Allow-Headers", hdr)
			}
			w.Header().Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		h.ServeHTTP(w, r)
	})
}
