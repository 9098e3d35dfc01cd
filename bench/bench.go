// Package bench measures cadregraph end to end, as a user meets it: it
// generates synthetic articles (loader/synth), loads them with cadregraph
// load, starts cadregraph serve on the store, and drives a fixed mix of
// GraphQL questions over HTTP at several numbers of concurrent clients; then,
// when given a Cayley binary, it loads the same quads (exported as N-Quads)
// into Cayley and asks its Gizmo endpoint the same holders and person
// questions, so the two are measured side by side in one run.
//
// Every process is a child of the run (cadregraph and Cayley alike), so
// that CPU time and peak memory are each process's own (getrusage of the
// child), and a cold start is a real one: a process that opens the store.
package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/cadregraph/cadregraph/loader/synth"
)

// Config is what a run measures.
type Config struct {
	Articles int    // synthetic articles to generate and load
	Seed     int64  // the corpus (loader/synth)
	Dir      string // work folder: corpus, store, exports; kept
	DB       string // the store; empty: a bolt store in Dir
	Clients  []int  // concurrent clients, one run each
	Requests int    // requests a mix and a number of clients
	Binary   string // the cadregraph executable to run as load and serve
	Cayley   string // a Cayley v0.7.7 executable; empty: no comparison
	// URL is a cadregraph serve already running (its base, ending in /):
	// the questions are asked of it, with no corpus, load or serve of the
	// run's own (to compare two builds on one store, in turn).
	URL string
	Log io.Writer
}

// Report is what a run measured.
type Report struct {
	Articles    int
	CorpusBytes int64
	Load        Proc // cadregraph load
	Quads       int  // in the store, as exported
	ColdStart   time.Duration
	ServeRSS    int64 // serve's resident memory after the questions (bytes)
	ServePeak   int64 // serve's peak resident memory (bytes)
	Runs        []Run // ours
	CayleyLoad  *Proc
	CayleyStart time.Duration
	Gizmo       []Run
}

// Proc is what one child process cost.
type Proc struct {
	Wall    time.Duration
	CPU     time.Duration // user and system
	PeakRSS int64         // bytes
}

// Run is one mix at one number of clients.
type Run struct {
	Mix      string
	Clients  int
	Requests int
	Errors   int
	Elapsed  time.Duration
	Kinds    []KindStats // in the mix's order
}

// PerSecond is the run's throughput.
func (r Run) PerSecond() float64 { return float64(r.Requests) / r.Elapsed.Seconds() }

// KindStats are one kind of question's latencies in a run.
type KindStats struct {
	Kind          string
	N             int
	P50, P90, P99 time.Duration
}

func (c *Config) logf(format string, a ...any) {
	if c.Log != nil {
		fmt.Fprintf(c.Log, format+"\n", a...)
	}
}

// Measure runs what Config says and reports what it measured.
func Measure(ctx context.Context, c Config) (*Report, error) {
	if (c.Articles <= 0 && c.URL == "") || c.Requests <= 0 || len(c.Clients) == 0 {
		return nil, errors.New("bench: articles, requests and clients must be positive")
	}
	if c.URL != "" {
		runs, _, err := ask(ctx, c, c.URL)
		if err != nil {
			return nil, err
		}
		return &Report{Runs: runs}, nil
	}
	rep := &Report{Articles: c.Articles}
	corpus := filepath.Join(c.Dir, "corpus")
	c.logf("generating %d articles in %s", c.Articles, corpus)
	var err error
	if rep.CorpusBytes, err = synth.WriteDir(corpus, c.Seed, c.Articles); err != nil {
		return nil, err
	}
	db := c.DB
	if db == "" {
		db = filepath.Join(c.Dir, "cadregraph.db")
	}
	c.logf("loading them: cadregraph load --db %s", db)
	if rep.Load, err = runProc(ctx, c.Log, c.Binary, "load", "--db", db, corpus); err != nil {
		return nil, fmt.Errorf("bench: load: %w", err)
	}
	nq := filepath.Join(c.Dir, "store.nq")
	c.logf("exporting the store as N-Quads to %s", nq)
	if _, err := runProc(ctx, c.Log, c.Binary, "export", "--db", db, "--format", "nquads", "--out", nq); err != nil {
		return nil, fmt.Errorf("bench: export: %w", err)
	}
	if rep.Quads, err = countLines(nq); err != nil {
		return nil, err
	}

	c.logf("serving the store")
	srv, err := startServe(ctx, c, db)
	if err != nil {
		return nil, err
	}
	rep.ColdStart = srv.coldStart
	runs, qs, err := ask(ctx, c, srv.base)
	if err != nil {
		srv.stop()
		return nil, err
	}
	rep.Runs = runs
	rep.ServeRSS, rep.ServePeak = rssOf(srv.cmd.Process.Pid)
	srv.stop()
	if c.Log != nil && c.Cayley != "" {
		rep.Write(c.Log) // cadregraph's figures, before Cayley's long load
	}

	if c.Cayley != "" {
		if err := gizmo(ctx, c, nq, qs, rep); err != nil {
			return nil, err
		}
	}
	return rep, nil
}

// ask draws the questions from the graph served at base and asks both
// mixes of it at every number of clients.
func ask(ctx context.Context, c Config, base string) ([]Run, *questions, error) {
	qs, err := material(ctx, base)
	if err != nil {
		return nil, nil, err
	}
	var runs []Run
	for _, n := range c.Clients {
		for _, mix := range []string{"point", "full"} {
			c.logf("%s mix, %d clients, %d requests", mix, n, c.Requests)
			r := drive(ctx, n, c.Requests, qs.mix(mix), base+"graphql")
			r.Mix = mix
			runs = append(runs, r)
		}
	}
	return runs, qs, nil
}

// runProc runs one child to its end and says what it cost.
func runProc(ctx context.Context, log io.Writer, bin string, args ...string) (Proc, error) {
	cmd := exec.CommandContext(ctx, bin, args...)
	var stderr strings.Builder
	cmd.Stdout = io.Discard
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	p := Proc{Wall: time.Since(start)}
	if st := cmd.ProcessState; st != nil {
		p.CPU = st.UserTime() + st.SystemTime()
		if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
			p.PeakRSS = ru.Maxrss * 1024 // kB on Linux
		}
	}
	if err != nil {
		return p, fmt.Errorf("%s %s: %w\n%s", filepath.Base(bin), strings.Join(args, " "), err, tail(stderr.String(), 2000))
	}
	return p, nil
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

func countLines(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("bench: %w", err)
	}
	defer f.Close()
	buf := make([]byte, 1<<20)
	n := 0
	for {
		k, err := f.Read(buf)
		n += strings.Count(string(buf[:k]), "\n")
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return 0, fmt.Errorf("bench: %w", err)
		}
	}
}

// freeAddr is a free port on 127.0.0.1.
func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// server is a child process answering HTTP.
type server struct {
	cmd       *exec.Cmd
	base      string
	coldStart time.Duration
}

func (s *server) stop() {
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		_ = s.cmd.Process.Kill()
		<-done
	}
}

// startServe starts cadregraph serve on db; its cold start is the time from
// the process's start to its first answer to a question.
func startServe(ctx context.Context, c Config, db string) (*server, error) {
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, c.Binary, "serve", "--db", db, "--addr", addr)
	cmd.Stdout, cmd.Stderr = io.Discard, c.Log
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("bench: serve: %w", err)
	}
	s := &server{cmd: cmd, base: "http://" + addr + "/"}
	q := `{"query":"{ articles(first: 1) { totalCount } }"}`
	for deadline := time.Now().Add(10 * time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		resp, err := http.Post(s.base+"graphql", "application/json", strings.NewReader(q))
		if err != nil {
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK && strings.Contains(string(body), "totalCount") {
			s.coldStart = time.Since(start)
			return s, nil
		}
	}
	s.stop()
	return nil, errors.New("bench: serve did not answer within 10 minutes")
}

// rssOf is a process's resident memory now and at its peak, from /proc.
func rssOf(pid int) (now, peak int64) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		kb, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "VmRSS:":
			now = kb * 1024
		case "VmHWM:":
			peak = kb * 1024
		}
	}
	return now, peak
}
