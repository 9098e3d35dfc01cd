package bench

import (
	"fmt"
	"io"
	"text/tabwriter"
	"time"
)

// Write prints the report as tables.
func (r *Report) Write(w io.Writer) {
	mb := func(b int64) string { return fmt.Sprintf("%.0f MB", float64(b)/(1<<20)) }
	secs := func(d time.Duration) float64 { return d.Seconds() }
	if r.Articles > 0 { // a run of its own, not of a server already running
		fmt.Fprintf(w, "corpus: %d synthetic articles, %.1f MB of text\n", r.Articles, float64(r.CorpusBytes)/(1<<20))
		fmt.Fprintf(w, "load (cadregraph load): %.1f s wall, %.1f s CPU, %d quads: %.0f quads/s, %.2f MB/s of text, peak RSS %s\n",
			secs(r.Load.Wall), secs(r.Load.CPU), r.Quads, float64(r.Quads)/secs(r.Load.Wall), float64(r.CorpusBytes)/(1<<20)/secs(r.Load.Wall), mb(r.Load.PeakRSS))
		fmt.Fprintf(w, "serve: cold start to first answer %.2f s; RSS %s after the questions, peak %s\n", secs(r.ColdStart), mb(r.ServeRSS), mb(r.ServePeak))
	}
	if r.CayleyLoad != nil {
		l := r.CayleyLoad
		fmt.Fprintf(w, "cayley load (bolt, the same quads as N-Quads): %.1f s wall, %.1f s CPU, %.0f quads/s, peak RSS %s; cayley http answered %.2f s after its start\n",
			secs(l.Wall), secs(l.CPU), float64(r.Quads)/secs(l.Wall), mb(l.PeakRSS), secs(r.CayleyStart))
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "server\tmix\tclients\trequests\terrors\treq/s\tquestion\tn\tp50 ms\tp90 ms\tp99 ms\t")
	ms := func(d time.Duration) string { return fmt.Sprintf("%.2f", float64(d)/float64(time.Millisecond)) }
	rows := func(server string, runs []Run) {
		for _, run := range runs {
			for i, k := range run.Kinds {
				head := fmt.Sprintf("%s\t%s\t%d\t%d\t%d\t%.0f", server, run.Mix, run.Clients, run.Requests, run.Errors, run.PerSecond())
				if i > 0 {
					head = "\t\t\t\t\t"
				}
				fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t\n", head, k.Kind, k.N, ms(k.P50), ms(k.P90), ms(k.P99))
			}
		}
	}
	rows("cadregraph", r.Runs)
	rows("cayley", r.Gizmo)
	tw.Flush()
	if len(r.Gizmo) == 0 {
		return
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Gizmo p50 / cadregraph p50 (point mix), the same question at the same number of clients:")
	for _, g := range r.Gizmo {
		for _, ours := range r.Runs {
			if ours.Mix != "point" || ours.Clients != g.Clients {
				continue
			}
			for _, gk := range g.Kinds {
				for _, ok := range ours.Kinds {
					if ok.Kind == gk.Kind && ok.P50 > 0 {
						fmt.Fprintf(w, "  %-9s %2d clients: %.1f× (Gizmo %s ms, cadregraph %s ms)\n", gk.Kind, g.Clients, float64(gk.P50)/float64(ok.P50), ms(gk.P50), ms(ok.P50))
					}
				}
			}
		}
	}
}
