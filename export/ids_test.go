package export_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/cadregraph/cadregraph/export"
	"github.com/cadregraph/cadregraph/kg"
)

// drawnID is the id of a node or an edge of GraphML and GEXF.
var drawnID = regexp.MustCompile(`<(?:node|edge) id="([^"]+)"`)

// TestIDsResolve: every id an export writes (nodes and edges of Cytoscape,
// GraphML and GEXF, every id column of the CSV tables: tenures, links,
// entities, articles) is one node(id) answers, with that id.
func TestIDsResolve(t *testing.T) {
	ctx := context.Background()
	_, g, srcs := sources(t)
	for _, s := range srcs {
		ids := map[string]string{} // id → where it was written
		var buf bytes.Buffer
		if _, err := export.WriteCytoscape(ctx, s.src, &buf); err != nil {
			t.Fatal(err)
		}
		var cy struct {
			Elements struct {
				Nodes, Edges []struct {
					Data struct{ ID string } `json:"data"`
				}
			} `json:"elements"`
		}
		if err := json.Unmarshal(buf.Bytes(), &cy); err != nil {
			t.Fatal(err)
		}
		for _, e := range append(cy.Elements.Nodes, cy.Elements.Edges...) {
			ids[e.Data.ID] = "cytoscape"
		}
		for _, f := range []struct {
			name  string
			write func(context.Context, export.Source, io.Writer) (export.Stats, error)
		}{{"graphml", export.WriteGraphML}, {"gexf", export.WriteGEXF}} {
			buf.Reset()
			if _, err := f.write(ctx, s.src, &buf); err != nil {
				t.Fatal(err)
			}
			for _, m := range drawnID.FindAllStringSubmatch(buf.String(), -1) {
				ids[m[1]] = f.name
			}
		}
		buf.Reset()
		if _, err := export.WriteCSVZip(ctx, s.src, &buf); err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatal(err)
		}
		for _, zf := range zr.File {
			r, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(r).ReadAll()
			r.Close()
			if err != nil {
				t.Fatal(err)
			}
			for _, row := range rows[1:] {
				for i, col := range rows[0] {
					switch {
					case col == "id" || strings.HasSuffix(col, "_id"):
						if row[i] != "" {
							ids[row[i]] = zf.Name + " " + col
						}
					case strings.HasSuffix(col, "_ids"):
						for _, id := range strings.Split(row[i], "; ") {
							ids[id] = zf.Name + " " + col
						}
					}
				}
			}
		}
		kinds := map[string]bool{}
		for id, where := range ids {
			prefix, _, _ := strings.Cut(id, "-")
			kinds[prefix] = true
			n, err := g.Node(ctx, id)
			if err != nil || n == nil || kg.NodeID(n) != id {
				t.Errorf("%s: %s's id %q: node(id) = %v, %v", s.name, where, id, n, err)
			}
		}
		if s.name == "whole" {
			for _, k := range []string{"person", "unit", "position", "document", "article", "congress", "tenure", "link", "edge"} {
				if !kinds[k] {
					t.Errorf("the whole graph's exports have no %s id", k)
				}
			}
		}
	}
}
