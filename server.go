// Command cadregraph builds a knowledge graph of Vietnamese political news —
// who held which post when, the units, congresses and party documents, and
// the links between them — and serves it over GraphQL.
//
//	cadregraph load   [--db DB] [--curation FILE] [-v] PATH...
//	cadregraph serve  [--db DB] [--corpus PATH]... [--addr ADDR] [--cors ORIGINS]
//	cadregraph export [--db DB] [--format nquads] [--out FILE]
//
// Run cadregraph help for the details.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/cadregraph/cadregraph/loader"
	"github.com/cadregraph/cadregraph/store"
)

// Defaults of the flags every command shares.
const (
	defaultDB   = "./cadregraph.db"
	defaultAddr = "127.0.0.1:8080"
	// envDB sets the default of --db, so that a PostgreSQL URL with its
	// password need not be typed on a command line (where ps shows it).
	envDB = "CADREGRAPH_DB"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop() // a second Ctrl-C ends the process at once
	}()
	// Cayley's log is process-wide: route it once, before any store opens.
	store.RouteCayleyLog(os.Stderr)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// errUsage is a command line that could not be understood; the usage has
// been printed.
var errUsage = errors.New("usage")

// exitCode is the status for run's error, printing it: 0 for none, 2 for a
// command line not understood, 1 for any other failure.
func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage):
		return 2
	}
	fmt.Fprintf(stderr, "cadregraph: %v\n", err)
	return 1
}

// command is a subcommand: its name, what it does, and how to run it.
type command struct {
	name    string
	summary string
	usage   string // the synopsis, after "cadregraph NAME"
	help    string // what it does, and examples
	run     func(ctx context.Context, e env, args []string) error
}

// env is what a command may touch of the world: nothing else.
type env struct {
	getenv         func(string) string
	stdout, stderr io.Writer
}

func commands() []command {
	return []command{loadCommand(), serveCommand(), exportCommand(), benchCommand()}
}

// run runs the command line args (without the program's name).
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	e := env{getenv: getenv, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		usage(stderr)
		return errUsage
	}
	name, rest := args[0], args[1:]
	switch name {
	case "-h", "-help", "--help":
		usage(stdout)
		return nil
	case "--version", "-version", "version":
		fmt.Fprintln(stdout, version(debug.ReadBuildInfo()))
		return nil
	case "help":
		if len(rest) == 0 {
			usage(stdout)
			return nil
		}
		name, rest = rest[0], []string{"--help"}
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(ctx, e, rest)
		}
	}
	fmt.Fprintf(stderr, "cadregraph: unknown command %q\n\n", name)
	usage(stderr)
	return errUsage
}

func usage(w io.Writer) {
	fmt.Fprint(w, `cadregraph builds a knowledge graph of Vietnamese political news: who held which
post when, the party units, congresses and documents, and the links between
them; it serves the graph over GraphQL.

Usage:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  cadregraph %-6s %s\n", c.name, c.usage)
	}
	fmt.Fprint(w, "  cadregraph help [COMMAND]\n  cadregraph --version\n\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-7s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, `
Every command takes --db: a folder for the embedded store (default %s),
mem: for a store in memory that is gone on exit, or a postgres:// URL. %s
sets the default.

Example, on a fresh clone:
  go run . serve        # the sample corpus, at http://%s/

Run "cadregraph COMMAND --help" for a command's flags and examples.
`, defaultDB, envDB, defaultAddr)
}

// flags is a command's flag set, parsed the way people type: flags before or
// after the arguments, -h and --help printing the command's usage to stdout.
type flags struct {
	*flag.FlagSet
	c command
	e env
}

func newFlags(c command, e env) *flags {
	fs := flag.NewFlagSet("cadregraph "+c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // parse errors and help are printed below
	fs.Usage = func() {}
	return &flags{FlagSet: fs, c: c, e: e}
}

// db adds --db, whose default CADREGRAPH_DB may set.
func (f *flags) db() *string {
	def := defaultDB
	if v := f.e.getenv(envDB); v != "" {
		def = v
	}
	return f.String("db", def, "`DB` is the store: a folder for the embedded bolt store, mem: (in memory), or a postgres:// URL; $"+envDB+" sets the default")
}

// parse parses args and returns the arguments that are not flags; flags may
// come after them, and everything after "--" is an argument. It returns
// errHelp after printing the usage for -h, and errUsage after printing the
// problem and the usage for a bad command line.
func (f *flags) parse(args []string) ([]string, error) {
	var tail []string
	for i, a := range args {
		if a == "--" {
			args, tail = args[:i], args[i+1:]
			break
		}
	}
	var rest []string
	for {
		if err := f.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				f.printUsage(f.e.stdout)
				return nil, errHelp
			}
			// Go's flag package names flags with one dash; the docs
			// give words two (--addr), letters one (-v).
			msg := err.Error()
			if i := strings.LastIndex(msg, ": -"); i >= 0 {
				msg = msg[:i+2] + dashed(strings.TrimLeft(msg[i+2:], "-"))
			}
			return nil, f.fail("%s", msg)
		}
		args = f.Args()
		if len(args) == 0 {
			return append(rest, tail...), nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// errHelp means the usage was asked for and printed: the command is done.
var errHelp = errors.New("help printed")

// fail prints a problem with the command line and the usage, to stderr.
func (f *flags) fail(format string, a ...any) error {
	fmt.Fprintf(f.e.stderr, "cadregraph %s: %s\n\n", f.c.name, fmt.Sprintf(format, a...))
	f.printUsage(f.e.stderr)
	return errUsage
}

// dashed is a flag's name as the docs write it: -v for one letter, --db
// for a word (Go's flag package reads either with one dash or two).
func dashed(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// alias is the flag another one repeats: "the same as -v".
const alias = "the same as "

func (f *flags) printUsage(w io.Writer) {
	fmt.Fprintf(w, "Usage: cadregraph %s %s\n\n%s\n\nFlags:\n", f.c.name, f.c.usage, strings.TrimSpace(f.c.help))
	// As flag.PrintDefaults, but with the dashes the docs use, and a flag's
	// other name on its line (-v, --verbose).
	others := map[string][]string{}
	f.VisitAll(func(fl *flag.Flag) {
		if of, ok := strings.CutPrefix(fl.Usage, alias); ok {
			others[strings.TrimLeft(of, "-")] = append(others[strings.TrimLeft(of, "-")], dashed(fl.Name))
		}
	})
	f.VisitAll(func(fl *flag.Flag) {
		if strings.HasPrefix(fl.Usage, alias) {
			return
		}
		name, usage := flag.UnquoteUsage(fl)
		fmt.Fprintf(w, "  %s", strings.Join(append([]string{dashed(fl.Name)}, others[fl.Name]...), ", "))
		if name != "" {
			fmt.Fprintf(w, " %s", name)
		}
		fmt.Fprintf(w, "\n      %s", usage)
		if d := fl.DefValue; d != "" && d != "false" && d != "[]" {
			fmt.Fprintf(w, " (default %s)", d)
		}
		fmt.Fprintln(w)
	})
}

// version is what cadregraph --version prints: the module's version (a
// tag, or (devel) for a build from a clone), the commit it was built from,
// the Go that built it, and the extraction's rules, which say whether a
// store written by another build will be extracted again.
func version(bi *debug.BuildInfo, ok bool) string {
	v := "cadregraph"
	if !ok {
		return v + " (no build information) extractor " + loader.ExtractorVersion
	}
	v += " " + bi.Main.Version
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = " (modified)"
			}
		}
	}
	if rev != "" {
		v += " commit " + rev[:min(12, len(rev))] + modified
	}
	return v + ", " + bi.GoVersion + ", extractor " + loader.ExtractorVersion
}

// done turns errHelp into success: asking for help is not a failure.
func done(err error) error {
	if errors.Is(err, errHelp) {
		return nil
	}
	return err
}

// stringList is a flag that may be given several times.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ", ") }
func (l *stringList) Set(s string) error { *l = append(*l, s); return nil }
