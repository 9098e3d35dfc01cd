package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/cadregraph/cadregraph/bench"
)

func benchCommand() command {
	c := command{
		name:    "bench",
		summary: "measure load and serve on generated articles, beside Cayley's own endpoint",
		usage:   "[--articles N] [--requests N] [--clients LIST] [--dir DIR] [--db DB] [--cayley PATH] [--url URL]",
		help: `
Generates N synthetic articles (loader/synth: the genre, all different), loads
them with cadregraph load, serves them with cadregraph serve and asks a fixed
mix of GraphQL questions over HTTP at each number of concurrent clients: a
person with tenures, who held a post in a unit on a date and without a date,
a person's name in full and a word's first letters, a neighbourhood at depth
1 and 2, a path between two people, a page of articles. The point mix is the
first three. It prints p50, p90 and p99 a question, requests a second and
errors; the load's wall and CPU time, quads a second, MB of text a second and
peak memory; serve's cold start to its first answer and its memory.

With --cayley, the path of a Cayley v0.7.7 binary, it also loads the same
quads (exported as N-Quads) into Cayley's bolt store and asks its Gizmo
endpoint the holders and person questions, at the same numbers of clients,
and prints how much slower or faster it answers. Build one outside the
project: in an empty module, go get github.com/cayleygraph/cayley@v0.7.7,
then go build -o /tmp/cayley github.com/cayleygraph/cayley/cmd/cayley.

Every process it measures is its own child: nothing else should run.

With --url, the address of a cadregraph serve already running, it only asks
the questions, of that server: no corpus, load or serve of its own (to
compare two builds serving one store, one after the other).

Examples:
  cadregraph bench --articles 1000
  cadregraph bench --articles 10000 --requests 3000 --cayley /tmp/cayley --dir /tmp/bench10k
  cadregraph bench --url http://127.0.0.1:8080/ --clients 1,64`,
	}
	c.run = func(ctx context.Context, e env, args []string) error { return done(runBench(ctx, c, e, args)) }
	return c
}

func runBench(ctx context.Context, c command, e env, args []string) error {
	f := newFlags(c, e)
	articles := f.Int("articles", 1000, "`N` synthetic articles to generate and load")
	seed := f.Int64("seed", 1, "the generated corpus (`SEED`)")
	requests := f.Int("requests", 2000, "`N` requests a mix and a number of clients")
	clients := f.String("clients", "1,16,64", "numbers of concurrent clients (`LIST`), comma-separated")
	dir := f.String("dir", "", "work folder (`DIR`) for the corpus, the stores and the export, kept after the run; default: a new temporary folder, removed after it")
	db := f.String("db", "", "the store to load and serve (`DB`), as --db elsewhere; default: a bolt store in --dir")
	cayley := f.String("cayley", "", "a Cayley v0.7.7 executable (`PATH`) to compare with; none: no comparison")
	url := f.String("url", "", "ask the questions of the cadregraph serve running at `URL` (http://host:port/), with no corpus, load or serve of its own")
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return f.fail("bench takes no arguments (got %q)", rest[0])
	}
	var ns []int
	for _, s := range strings.Split(*clients, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			return f.fail("--clients %q: want positive numbers separated by commas", *clients)
		}
		ns = append(ns, n)
	}
	if *articles <= 0 || *requests <= 0 {
		return f.fail("--articles and --requests must be positive")
	}
	if *url != "" {
		if !strings.HasPrefix(*url, "http://") && !strings.HasPrefix(*url, "https://") {
			return f.fail("--url %q: want the server's address, such as http://127.0.0.1:8080/", *url)
		}
		if *cayley != "" {
			return f.fail("--cayley asks Cayley the questions of a run's own store: not with --url")
		}
		rep, err := bench.Measure(ctx, bench.Config{Clients: ns, Requests: *requests, URL: strings.TrimSuffix(*url, "/") + "/", Log: e.stderr})
		if err != nil {
			return err
		}
		rep.Write(e.stdout)
		return nil
	}
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("bench: finding cadregraph's own executable: %w", err)
	}
	work := *dir
	if work == "" {
		if work, err = os.MkdirTemp("", "cadregraph-bench-"); err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		defer os.RemoveAll(work)
	}
	rep, err := bench.Measure(ctx, bench.Config{
		Articles: *articles, Seed: *seed, Dir: work, DB: *db, Clients: ns, Requests: *requests,
		Binary: self, Cayley: *cayley, Log: e.stderr,
	})
	if err != nil {
		return err
	}
	rep.Write(e.stdout)
	return nil
}
