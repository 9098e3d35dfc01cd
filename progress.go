package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/cadregraph/cadregraph/loader"
)

// progressEvery is how often a load's progress is written as a line when
// stderr is not a terminal (a log file, a CI job): often enough to show a
// long load is alive, seldom enough not to flood the log.
const progressEvery = 5 * time.Second

// progressPrinter shows how far a load is on stderr: on a terminal one line
// redrawn in place, else a line every progressEvery (and the last one).
type progressPrinter struct {
	w     io.Writer
	tty   bool
	every time.Duration
	now   func() time.Time
	last  time.Time
	drawn bool // a line is drawn on the terminal, to be cleared
}

func newProgressPrinter(w io.Writer) *progressPrinter {
	return &progressPrinter{w: w, tty: isTerminal(w), every: progressEvery, now: time.Now}
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// show is loader.Options.Progress.
func (p *progressPrinter) show(pr loader.Progress) {
	if p.tty {
		fmt.Fprintf(p.w, "\r\x1b[Kloading: %s", pr)
		p.drawn = true
		return
	}
	now := p.now()
	if !p.last.IsZero() && now.Sub(p.last) < p.every && pr.Articles < pr.Total {
		return
	}
	p.last = now
	fmt.Fprintf(p.w, "loading: %s\n", pr)
}

// done clears the line drawn on a terminal, for what follows.
func (p *progressPrinter) done() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}
