package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cadregraph/cadregraph/export"
	"github.com/cadregraph/cadregraph/store"
)

func exportCommand() command {
	c := command{
		name:    "export",
		summary: "write the whole graph out, for other tools",
		usage:   "[--db DB] [--format nquads] [--out FILE]",
		help: `
Writes every fact in the store, with the article it was read from (its label),
to stdout or to FILE. Formats: ` + strings.Join(export.Formats(), ", ") + ` (W3C N-Quads, which RDF tools
and Cayley read back).

Examples:
  cadregraph export > graph.nq
  cadregraph export --db postgres://cadregraph@localhost/cadregraph --out graph.nq`,
	}
	c.run = func(ctx context.Context, e env, args []string) error { return done(runExport(ctx, c, e, args)) }
	return c
}

func runExport(ctx context.Context, c command, e env, args []string) error {
	f := newFlags(c, e)
	db := f.db()
	format := f.String("format", export.NQuads, "the `FORMAT`: "+strings.Join(export.Formats(), ", "))
	out := f.String("out", "", "the `FILE` to write (default: stdout)")
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return f.fail("export takes no arguments, only flags (got %q)", rest[0])
	}
	if !slices.Contains(export.Formats(), *format) {
		return f.fail("unknown export format %q (supported: %s)", *format, strings.Join(export.Formats(), ", "))
	}
	if store.BackendOf(*db) == store.BackendMemory {
		return f.fail("--db mem: is a new, empty store in this process: there is nothing to export")
	}
	st, err := store.OpenExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if *out == "" || *out == "-" {
		n, err := export.Write(ctx, st.QuadStore(), *format, e.stdout)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "cadregraph export: %d quads from %s\n", n, st)
		return st.Close()
	}
	n, err := exportFile(ctx, st, *format, *out)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "cadregraph export: %d quads from %s to %s\n", n, st, *out)
	return st.Close()
}

// exportFile writes the export beside path and renames it into place, so that
// a failed export never leaves a truncated file where a good one was.
func exportFile(ctx context.Context, st *store.Store, format, path string) (int, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing left to remove
	n, err := export.Write(ctx, st.QuadStore(), format, tmp)
	if err != nil {
		tmp.Close()
		return n, err
	}
	if err := tmp.Close(); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}
