package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/cadregraph/cadregraph/export"
	"github.com/cadregraph/cadregraph/kg"
	"github.com/cayleygraph/cayley/graph"
)

// exportContentTypes are the media types of the formats (GraphML and GEXF
// have no registered type; these are the ones their tools use).
var exportContentTypes = map[string]string{
	export.NQuads:    "application/n-quads; charset=utf-8",
	export.Cytoscape: "application/json; charset=utf-8",
	export.GraphML:   "application/graphml+xml; charset=utf-8",
	export.GEXF:      "application/gexf+xml; charset=utf-8",
}

var exportExtensions = map[string]string{
	export.NQuads: "nq", export.Cytoscape: "json", export.GraphML: "graphml", export.GEXF: "gexf",
}

// exportHandler answers GET /export/{format}[?root=ID&depth=N&kinds=K,K][&table=NAME]:
// the whole graph, or the neighbourhood of root, in format, as a download
// (Content-Disposition names the file). csv is a zip of every table, or one
// table with table=NAME. A bad parameter is a 400, an unknown format or root a
// 404, each with a JSON {"error": ...} that says what is wrong.
func exportHandler(qs graph.QuadStore, logger *log.Logger) http.Handler {
	g := kg.New(qs)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		format := r.PathValue("format")
		if !slices.Contains(export.Formats(), format) {
			httpError(w, http.StatusNotFound, "unknown export format %q (supported: %s)", format, strings.Join(export.Formats(), ", "))
			return
		}
		q := r.URL.Query()
		for name := range q {
			if !slices.Contains([]string{"root", "depth", "kinds", "table"}, name) {
				httpError(w, http.StatusBadRequest, "unknown parameter %q (parameters: root, depth, kinds; table for csv)", name)
				return
			}
		}
		root, table := q.Get("root"), q.Get("table")
		kinds, err := export.ParseKinds(q.Get("kinds"))
		if err != nil {
			httpError(w, http.StatusBadRequest, "kinds: %v", err)
			return
		}
		depth := 1
		if s := q.Get("depth"); s != "" || q.Has("depth") {
			if root == "" {
				httpError(w, http.StatusBadRequest, "depth counts hops from root: give root=ID")
				return
			}
			if depth, err = strconv.Atoi(s); err != nil || depth < 0 || depth > kg.MaxDepth {
				httpError(w, http.StatusBadRequest, "depth must be a whole number from 0 to %d (got %q)", kg.MaxDepth, s)
				return
			}
		}
		switch {
		case table != "" && format != export.CSV:
			httpError(w, http.StatusBadRequest, "table goes with csv")
			return
		case table != "" && !slices.Contains(export.Tables(), table):
			httpError(w, http.StatusBadRequest, "unknown table %q (tables: %s)", table, strings.Join(export.Tables(), ", "))
			return
		}
		src := export.Whole(g, kinds)
		name := "cadregraph"
		if root != "" {
			n, err := g.Node(ctx, root)
			switch {
			case kg.IsInputError(err):
				httpError(w, http.StatusBadRequest, "root: %v", err)
				return
			case err != nil:
				internalError(w, logger, err)
				return
			case n == nil:
				httpError(w, http.StatusNotFound, "no entity or article has id %q", root)
				return
			}
			if src, err = export.Subgraph(ctx, g, root, depth, kinds); err != nil {
				if kg.IsInputError(err) {
					httpError(w, http.StatusBadRequest, "%v", err)
				} else {
					internalError(w, logger, err)
				}
				return
			}
			name = fmt.Sprintf("cadregraph-%s-depth%d", root, depth)
		}
		lw := &lazyWriter{w: w}
		var write func(io.Writer) error
		switch {
		case format == export.CSV && table != "":
			w.Header().Set("Content-Type", "text/csv; charset=utf-8; header=present")
			name += "-" + table + ".csv"
			write = func(w io.Writer) error { _, err := export.WriteCSV(ctx, src, table, w); return err }
		case format == export.CSV:
			w.Header().Set("Content-Type", "application/zip")
			name += "-csv.zip"
			write = func(w io.Writer) error { _, err := export.WriteCSVZip(ctx, src, w); return err }
		case format == export.NQuads && root == "" && len(kinds) == 0:
			w.Header().Set("Content-Type", exportContentTypes[format])
			name += ".nq"
			write = func(w io.Writer) error { _, err := export.Write(ctx, qs, format, w, export.Public()); return err }
		case format == export.NQuads:
			w.Header().Set("Content-Type", exportContentTypes[format])
			name += ".nq"
			write = func(w io.Writer) error { _, err := export.WriteNQuads(ctx, src, w, export.Public()); return err }
		default:
			w.Header().Set("Content-Type", exportContentTypes[format])
			name += "." + exportExtensions[format]
			write = func(w io.Writer) error { _, err := export.Draw(ctx, src, format, w); return err }
		}
		w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
		w.Header().Set("Access-Control-Expose-Headers", "Content-Disposition")
		w.Header().Set("Cache-Control", "no-store") // the store may be loading more
		if err := write(lw); err != nil {
			if errors.Is(err, context.Canceled) {
				return // the client went away
			}
			if !lw.started {
				w.Header().Del("Content-Disposition")
				internalError(w, logger, err)
				return
			}
			// The status is sent: cut the response off, so that the client
			// sees a broken download rather than a short one that looks whole.
			logger.Printf("export %s: %v", r.URL, err)
			panic(http.ErrAbortHandler)
		}
	})
}

// lazyWriter sends the response's status with its first byte, so that an
// export that fails before writing anything is still a 500.
type lazyWriter struct {
	w       http.ResponseWriter
	started bool
}

func (l *lazyWriter) Write(p []byte) (int, error) {
	l.started = true
	return l.w.Write(p)
}

func httpError(w http.ResponseWriter, status int, format string, a ...any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	b, _ := json.Marshal(map[string]string{"error": fmt.Sprintf(format, a...)})
	w.Write(append(b, '\n'))
}

func internalError(w http.ResponseWriter, logger *log.Logger, err error) {
	logger.Printf("export: %v", err)
	httpError(w, http.StatusInternalServerError, "internal error")
}
