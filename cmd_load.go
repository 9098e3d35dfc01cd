package main

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/cadregraph/cadregraph/loader"
	"github.com/cadregraph/cadregraph/loader/curation"
	"github.com/cadregraph/cadregraph/store"
)

func loadCommand() command {
	c := command{
		name:    "load",
		summary: "read articles into the store",
		usage:   "[--db DB] [--curation FILE] [-v] [--corpus PATH]... PATH...",
		help: `
Reads the articles in each PATH, extracts their people, posts, units,
congresses, events and documents, and writes each article whole into the store.
A folder is read with its subfolders, in name order. An article already in the
store (the same text, from any path) is left as it is, so loading again is safe;
an interrupted load can simply be run again.

Articles are .txt files, one article each, or .jsonl files, one article per
line as a JSON object: {"text": "...", "url": "...", "title": "...",
"published": "2025-08-20"}, where only text is required. In a folder, other
files are passed over; a file named on the command line is read as .txt.
A file that cannot be read as an article is reported with what is wrong, and
the load goes on; the exit status is then 1.

A file named .nq, .nquads (or either .gz) is N-Quads, as cadregraph export
--format nquads writes them: its quads are loaded as they are, labels kept
(a bad line, named, loads nothing of the file; loading it again is safe).

--corpus PATH names a PATH as serve --corpus does (repeatable): the two
spellings load the same files.

--curation FILE applies a researcher's corrections, a YAML file, after the
articles: merge two entities, split one, rename, drop a wrong fact, add a
missing one or a tenure, give external ids (wikidata:Q...). The store records
the curation it applied: loading with an edited file takes back what was taken
out of it; without --curation the store keeps the curation it has. A bad file
(naming its line) changes nothing. See docs/curation.md.

Examples:
  cadregraph load ./articles
  cadregraph load --db mem: a.txt b.jsonl
  cadregraph load --db postgres://cadregraph@localhost/cadregraph ./articles
  cadregraph load --curation corrections.yaml ./articles
  cadregraph load --db copy.db graph.nq`,
	}
	c.run = func(ctx context.Context, e env, args []string) error { return done(runLoad(ctx, c, e, args)) }
	return c
}

// loadGCPercent is the garbage collector's target during a load, unless
// GOGC is set. A load makes garbage at a steady rate while its live heap
// stays small (the articles in flight and one batch), so collecting at 5x
// the live heap instead of 2x spends memory it has to spare on about a fifth
// less CPU: 1,000 synthetic articles into bolt took 11.3-12.7 s of CPU
// instead of 14.4-16.3 s, peak RSS 300-350 MB instead of 205-210 MB (cayley
// load of the same quads: 960 MB).
const loadGCPercent = 400

func runLoad(ctx context.Context, c command, e env, args []string) error {
	f := newFlags(c, e)
	db := f.db()
	curationPath := f.String("curation", "", "a curation `FILE` (YAML) to apply after the articles")
	var verbose bool
	f.BoolVar(&verbose, "v", false, "say what happens to each file and article, on stderr")
	f.BoolVar(&verbose, "verbose", false, "the same as -v")
	var corpora stringList
	f.Var(&corpora, "corpus", "a file or folder of articles (`PATH`) to load, as a PATH argument is; repeatable")
	paths, err := f.parse(args)
	if err != nil {
		return err
	}
	paths = append(corpora, paths...)
	if len(paths) == 0 && *curationPath == "" {
		return f.fail("no PATH: name the files or folders of articles to load")
	}
	if e.getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(loadGCPercent))
	}
	if store.BackendOf(*db) == store.BackendMemory {
		fmt.Fprintln(e.stderr, "cadregraph load: note: --db mem: keeps the graph in this process only; it is gone when the load ends")
	}
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	opt := loader.Options{Curation: *curationPath}
	opt.Waiting = func() { fmt.Fprintf(e.stderr, "cadregraph load: waiting for another load into %s to end\n", st) }
	pp := newProgressPrinter(e.stderr)
	if verbose {
		opt.Log = e.stderr
	} else {
		// -v says more, a line an article; without it a long load still
		// says how far it is.
		opt.Progress = pp.show
	}
	rep, err := loader.Load(ctx, st, paths, opt)
	pp.done() // the summary goes where the line was
	switch {
	case len(paths) > 0:
		fmt.Fprint(e.stdout, rep)
	case rep.Curation != nil:
		fmt.Fprint(e.stdout, rep.Curation) // no articles: the curation's line alone
	}
	var bad *curation.Error
	if errors.As(err, &bad) {
		return fmt.Errorf("%w\nthe curation changed nothing; the articles counted as loaded are stored", err)
	}
	if err != nil {
		return fmt.Errorf("%w\nthe articles counted as loaded are stored whole; run the same load again to finish it", err)
	}
	if err := st.Close(); err != nil {
		return err
	}
	if n := len(rep.Failed); n > 0 {
		if in := rep.Loaded + rep.Present; in > 0 {
			verb := "are"
			if in == 1 {
				verb = "is"
			}
			return fmt.Errorf("%s not loaded (listed above); the other %d %s in the store", plural(n, "article was", "articles were"), in, verb)
		}
		return fmt.Errorf("no article was loaded: %d could not be (listed above)", n)
	}
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
