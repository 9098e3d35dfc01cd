package export_test

import (
	"context"
	"io"
	"testing"

	"github.com/cadregraph/cadregraph/export"
	"github.com/cadregraph/cadregraph/kg"
	"github.com/cadregraph/cadregraph/kg/kgtest"
)

// BenchmarkWhole measures a whole-graph export of a crowd of 2,000 people
// (each with two tenures, 4,000 positions, 2,000 units, two articles): about
// 8,000 nodes and 20,000 edges, in each format. -benchmem shows what one
// export allocates; memory held at once is a page, not the graph.
func BenchmarkWhole(b *testing.B) {
	g := kg.New(kgtest.Crowd(b, 2000))
	ctx := context.Background()
	src := export.Whole(g, nil)
	for _, format := range []string{export.Cytoscape, export.GraphML, export.GEXF} {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := export.Draw(ctx, src, format, io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("csv", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := export.WriteCSVZip(ctx, src, io.Discard); err != nil {
				b.Fatal(err)
			}
		}
	})
}
