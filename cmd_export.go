package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/cadregraph/cadregraph/export"
	"github.com/cadregraph/cadregraph/kg"
	"github.com/cadregraph/cadregraph/store"
)

func exportCommand() command {
	c := command{
		name:    "export",
		summary: "write the graph out, whole or around a node, for other tools",
		usage:   "[--db DB] [--format FORMAT] [--root ID [--depth N]] [--kinds KINDS] [--out FILE|DIR] [--table NAME]",
		help: `
Writes the graph in the store to stdout or to FILE. Formats:

  nquads     W3C N-Quads: every fact with the article it was read from (its
             label), with XML Schema datatypes; RDF tools, Cayley and
             cadregraph load read it back. With --root or --kinds, the facts
             of those nodes only.
  cytoscape  Cytoscape.js elements JSON: {"elements": {"nodes": [...],
             "edges": [...]}}, for cy.add(json.elements).
  graphml    GraphML with typed keys (label, kind; relation), for Gephi, yEd,
             networkx.read_graphml.
  gexf       dynamic GEXF 1.3 for Gephi's timeline: a holds edge lives over
             its tenure (stated start, else first seen, to stated end, else
             last seen; a partial date widened to its first or last day), a
             person over their tenures.
  csv        CSV tables for notebooks (UTF-8, a header row, ISO dates):
             ` + strings.Join(export.Tables(), ", ") + `.
             --out DIR writes one file each, --table NAME one table.

Every format takes --root ID for the neighbourhood of one node
within --depth hops (default 1, at most ` + fmt.Sprint(kg.MaxDepth) + `; at most ` + fmt.Sprint(kg.MaxLimit) + ` nodes), and
--kinds (person,unit,position,congress,event,document,article) to keep only
nodes of those kinds (the root always), as the API's neighborhood query does.

Examples:
  cadregraph export > graph.nq
  cadregraph export --format gexf --out network.gexf
  cadregraph export --format cytoscape --root person-vo-van-minh-7e0debef99 --depth 2
  cadregraph export --format csv --out tables/
  cadregraph export --format csv --table tenures > tenures.csv`,
	}
	c.run = func(ctx context.Context, e env, args []string) error { return done(runExport(ctx, c, e, args)) }
	return c
}

func runExport(ctx context.Context, c command, e env, args []string) error {
	f := newFlags(c, e)
	db := f.db()
	format := f.String("format", export.NQuads, "the `FORMAT`: "+strings.Join(export.Formats(), ", "))
	out := f.String("out", "", "the `FILE` to write (default: stdout); for csv, the DIR to write the tables into")
	root := f.String("root", "", "export the neighbourhood of the node with this `ID` only")
	depth := f.Int("depth", 1, "with --root, how many hops (`N`) from it, 0 to "+fmt.Sprint(kg.MaxDepth))
	kinds := f.String("kinds", "", "keep only nodes of these `KINDS`, comma-separated (person,unit,...)")
	tableName := f.String("table", "", "for csv, write only the table `NAME` ("+strings.Join(export.Tables(), ", ")+")")
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
	ks, err := export.ParseKinds(*kinds)
	if err != nil {
		return f.fail("--kinds: %v", err)
	}
	set := map[string]bool{}
	f.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	switch {
	case set["depth"] && *root == "":
		return f.fail("--depth counts hops from --root: give --root ID")
	case *tableName != "" && *format != export.CSV:
		return f.fail("--table goes with --format csv")
	case *tableName != "" && !slices.Contains(export.Tables(), *tableName):
		return f.fail("unknown table %q (tables: %s)", *tableName, strings.Join(export.Tables(), ", "))
	case *format == export.CSV && *tableName == "" && (*out == "" || *out == "-"):
		return f.fail("csv writes %d tables: give --out DIR for all of them, or --table NAME for one", len(export.Tables()))
	}
	if store.BackendOf(*db) == store.BackendMemory {
		return f.fail("--db mem: is a new, empty store in this process: there is nothing to export")
	}
	st, err := store.OpenExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if *format == export.NQuads && *root == "" && len(ks) == 0 {
		n, err := writeTo(*out, e.stdout, func(w io.Writer) (int, error) {
			return export.Write(ctx, st.QuadStore(), *format, w)
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "cadregraph export: %d quads from %s%s\n", n, st, to(*out))
		return st.Close()
	}
	g := kg.New(st.QuadStore())
	src := export.Whole(g, ks)
	if *root != "" {
		if src, err = export.Subgraph(ctx, g, *root, *depth, ks); err != nil {
			if kg.IsInputError(err) {
				return f.fail("--root %s: %v", *root, err)
			}
			return err
		}
	}
	var what string
	switch {
	case *format == export.NQuads:
		n, err := writeTo(*out, e.stdout, func(w io.Writer) (int, error) {
			return export.WriteNQuads(ctx, src, w)
		})
		if err != nil {
			return err
		}
		what = fmt.Sprintf("%d quads", n)
	case *format == export.CSV && *tableName != "":
		n, err := writeTo(*out, e.stdout, func(w io.Writer) (int, error) {
			return export.WriteCSV(ctx, src, *tableName, w)
		})
		if err != nil {
			return err
		}
		what = fmt.Sprintf("%d rows of %s", n, *tableName)
	case *format == export.CSV:
		rows, err := export.WriteCSVDir(ctx, src, *out)
		if err != nil {
			return err
		}
		var parts []string
		for name, n := range rows {
			parts = append(parts, fmt.Sprintf("%s %d", name, n))
		}
		sort.Strings(parts)
		what = "tables (rows: " + strings.Join(parts, ", ") + ")"
	default:
		var stats export.Stats
		_, err := writeTo(*out, e.stdout, func(w io.Writer) (int, error) {
			stats, err = export.Draw(ctx, src, *format, w)
			return stats.Nodes, err
		})
		if err != nil {
			return err
		}
		what = stats.String()
	}
	fmt.Fprintf(e.stderr, "cadregraph export: %s from %s%s\n", what, st, to(*out))
	return st.Close()
}

// writeTo writes to stdout, or to path through a temporary file renamed into
// place, so that a failed export never leaves a truncated file where a good
// one was.
func writeTo(path string, stdout io.Writer, write func(io.Writer) (int, error)) (int, error) {
	if path == "" || path == "-" {
		return write(stdout)
	}
	if dir := filepath.Dir(path); dir != "" {
		if _, err := os.Stat(dir); err != nil {
			return 0, fmt.Errorf("export: %w", err)
		}
	}
	return export.WriteFile(path, write)
}

func to(out string) string {
	if out == "" || out == "-" {
		return ""
	}
	return " to " + out
}
