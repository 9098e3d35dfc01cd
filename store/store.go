// Package store opens the Cayley quad store that holds cadregraph's graph: in
// memory, an embedded bolt database, or a PostgreSQL server. It only opens and
// closes; what is written is the loader's business (loader/write), what is read
// the query layer's (kg).
package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	boltdb "github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/clog"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/graph/sql/postgres" // registers the backend and lib/pq
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// Memory is the --db value for a store held in memory, gone when the process ends.
const Memory = "mem:"

// Backend is the kind of store a --db value names.
type Backend string

// The backends.
const (
	BackendMemory   Backend = "memory"
	BackendBolt     Backend = "bolt"
	BackendPostgres Backend = "postgres"
)

// boltFile is the file inside a bolt store's folder, where Cayley keeps it.
const boltFile = "indexes.bolt"

// boltLockWait is how long opening a bolt store waits for another process to
// let go of it: bolt allows one process at a time.
const boltLockWait = 2 * time.Second

// boltMmap is the address space a bolt store maps on opening. Bolt maps its
// file anew each time the file outgrows the mapping, and first copies every
// page the open transaction holds out of the old one: a tenth of a large
// load's write time (BenchmarkStages/write-bolt). Mapping more than the file
// costs address space only, not memory.
const boltMmap = 1 << 30

// Store is an open quad store.
type Store struct {
	qs      graph.QuadStore
	backend Backend
	where   string // for messages: the folder, or the server without its password
	closed  bool
	sql     *sql.DB    // PostgreSQL: for Stamp
	bolt    *boltdb.DB // bolt: for ScanLog
}

// BackendOf is the backend a --db value names: mem:, a postgres:// or
// postgresql:// URL, or else a path to a bolt store.
func BackendOf(db string) Backend {
	switch {
	case db == Memory:
		return BackendMemory
	case strings.HasPrefix(db, "postgres://"), strings.HasPrefix(db, "postgresql://"):
		return BackendPostgres
	}
	return BackendBolt
}

// Open opens the store db names, creating it if it does not exist: a bolt
// store's folder and file, a PostgreSQL database's tables (the database itself
// must exist).
func Open(ctx context.Context, db string) (*Store, error) {
	return open(ctx, db, true)
}

// OpenExisting opens the store db names, and fails with a clear error if it
// does not exist yet: for commands that only read, such as export, where
// creating an empty store by a typo would hide the mistake.
func OpenExisting(ctx context.Context, db string) (*Store, error) {
	return open(ctx, db, false)
}

func open(ctx context.Context, db string, create bool) (*Store, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	switch BackendOf(db) {
	case BackendMemory:
		return &Store{qs: newMemory(), backend: BackendMemory, where: "memory"}, nil
	case BackendPostgres:
		return openPostgres(db, create)
	}
	if db == "" {
		return nil, errors.New("open store: no database given (--db)")
	}
	return openBolt(db, create)
}

func openBolt(dir string, create bool) (*Store, error) {
	fail := func(format string, a ...any) (*Store, error) {
		return nil, fmt.Errorf("open bolt store %s: "+format, append([]any{dir}, a...)...)
	}
	file := filepath.Join(dir, boltFile)
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if !create {
			return fail("it does not exist (load articles into it first: cadregraph load --db %s PATH...)", dir)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fail("%w", err)
		}
	case err != nil:
		return fail("%w", err)
	case !info.IsDir():
		return fail("it is a file; a bolt store is a folder (holding %s)", boltFile)
	default:
		if _, err := os.Stat(file); errors.Is(err, os.ErrNotExist) {
			// A folder of something else, named by mistake: writing our
			// database into it would only add to the confusion.
			entries, rerr := os.ReadDir(dir)
			if rerr != nil {
				return fail("%w", rerr)
			}
			if len(entries) > 0 {
				return fail("the folder is not a cadregraph store (it has no %s)", boltFile)
			}
			if !create {
				return fail("the folder is empty (load articles into it first)")
			}
		}
	}
	hdb, err := hbolt.Open(file, &boltdb.Options{Timeout: boltLockWait, InitialMmapSize: boltMmap})
	if errors.Is(err, boltdb.ErrTimeout) {
		return fail("it is in use by another process (a running cadregraph serve?); bolt lets one process open it at a time")
	}
	if err != nil {
		return fail("%w", err)
	}
	kvdb := boltKV{hdb}
	if err := kv.Init(kvdb, nil); err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
		kvdb.Close()
		return fail("initialise: %w", err)
	}
	// Cayley's bloom filters are sized for 100 million quads whatever the
	// store: about 80 MB on every open (300 MB on a new store), filled by
	// scanning the whole store first. Without them a write checks its quads
	// in the index instead, which measured faster here, and a large store
	// opens at once.
	qs, err := kv.New(kvdb, graph.Options{kv.OptNoBloom: true})
	if err != nil {
		kvdb.Close()
		return fail("%w", err)
	}
	return &Store{qs: qs, backend: BackendBolt, where: dir, bolt: hdb.DB()}, nil
}

func openPostgres(addr string, create bool) (*Store, error) {
	where := redact(addr)
	if create {
		// Init creates the tables and indexes; on a database that has them it
		// reports ErrDatabaseExists, which is what a second open expects.
		if err := graph.InitQuadStore(postgres.Type, addr, nil); err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
			return nil, fmt.Errorf("open postgres store %s: create tables: %w", where, err)
		}
	}
	qs, err := graph.NewQuadStore(postgres.Type, addr, nil)
	if err != nil {
		return nil, fmt.Errorf("open postgres store %s: %w", where, err)
	}
	sqs, ok := qs.(*csql.QuadStore)
	if !ok {
		qs.Close()
		return nil, fmt.Errorf("open postgres store %s: Cayley gave a %T, not its SQL store", where, qs)
	}
	db, err := sql.Open("postgres", addr)
	if err != nil {
		qs.Close()
		return nil, fmt.Errorf("open postgres store %s: %w", where, err)
	}
	db.SetMaxOpenConns(1) // one stamp at a time is all it asks
	return &Store{qs: &sqlStore{QuadStore: sqs}, backend: BackendPostgres, where: where, sql: db}, nil
}

// redact is a PostgreSQL URL without its password, for messages and logs.
func redact(addr string) string {
	u, err := url.Parse(addr)
	if err != nil {
		return "(unparsable URL)"
	}
	return u.Redacted()
}

// QuadStore is the Cayley store, for the loader's writer and the query layer.
func (s *Store) QuadStore() graph.QuadStore { return s.qs }

// Backend is the kind of store.
func (s *Store) Backend() Backend { return s.backend }

// String says which store this is, for logs: "bolt ./cadregraph.db",
// "memory", "postgres postgres://user:xxxxx@host/db".
func (s *Store) String() string {
	if s.backend == BackendMemory {
		return string(s.backend)
	}
	return string(s.backend) + " " + s.where
}

// Close closes the store; a bolt store's file is released for other
// processes. Closing it again does nothing, so that a deferred Close may
// follow one whose error is checked.
func (s *Store) Close() error {
	if s.closed {
		return nil
	}
	s.closed = true
	if s.sql != nil {
		s.sql.Close()
	}
	if err := s.qs.Close(); err != nil {
		return fmt.Errorf("close store %s: %w", s, err)
	}
	return nil
}

// Stamp is a short string that changes when the store's quads change, cheap
// enough to ask every second or two: a server that keeps a read model of the
// store (kg.Graph.Refresh) asks it to learn that another process loaded
// articles. On PostgreSQL it is the newest quad's number in Cayley's quads
// table (a write adds quads with new numbers) with the table's counts of
// rows inserted and deleted (a write that only deletes; PostgreSQL reports
// them a moment after the commit); on an embedded store, which one process
// holds, the store's counts of quads and nodes.
func (s *Store) Stamp(ctx context.Context) (string, error) {
	if s.sql != nil {
		var horizon, changes int64
		err := s.sql.QueryRowContext(ctx, `SELECT
			(SELECT coalesce(max(horizon), 0) FROM quads),
			(SELECT coalesce(sum(n_tup_ins + n_tup_del), 0) FROM pg_stat_user_tables WHERE relname = 'quads')`).Scan(&horizon, &changes)
		if err != nil {
			return "", fmt.Errorf("read the stamp of %s: %w", s, err)
		}
		return fmt.Sprintf("%d/%d", horizon, changes), nil
	}
	st, err := s.qs.Stats(ctx, false)
	if errors.Is(err, kv.ErrNoBucket) {
		return "0/0", nil // a bolt store nothing was written to yet
	}
	if err != nil {
		return "", fmt.Errorf("read the stamp of %s: %w", s, err)
	}
	return fmt.Sprintf("%d/%d", st.Quads.Size, st.Nodes.Size), nil
}

// logBucket is the bucket of Cayley's key-value store (v0.7.7) that holds
// every value and quad once, as a proto.Primitive under its number (eight
// bytes, big-endian): its log.
var logBucket = []byte("log")

// LogEnd is one past the largest number in a bolt store's log (see
// ScanLog); ok is false for a store of another backend.
func (s *Store) LogEnd(ctx context.Context) (end uint64, ok bool, err error) {
	if s.bolt == nil {
		return 0, false, nil
	}
	err = s.bolt.View(func(tx *boltdb.Tx) error {
		if b := tx.Bucket(logBucket); b != nil {
			if k, _ := b.Cursor().Last(); len(k) == 8 {
				end = binary.BigEndian.Uint64(k) + 1
			}
		}
		return nil
	})
	if err != nil {
		return 0, true, fmt.Errorf("read the log of %s: %w", s, err)
	}
	return end, true, ctx.Err()
}

// ScanLog calls fn with every entry of a bolt store's log whose number is
// in [from, to), in order, in one read transaction: a proto.Primitive, a
// value (its Value set) or a quad (the numbers of its values), dead ones
// included (Deleted). raw is bolt's memory, valid during the call only. It
// reads the store sequentially, as a whole-store scan through Cayley's
// iterators does not (a transaction and a lookup per hundred entries):
// serve's read model is built from it. Several ranges may be read at once.
func (s *Store) ScanLog(ctx context.Context, from, to uint64, fn func(raw []byte) error) error {
	if s.bolt == nil {
		return fmt.Errorf("read the log of %s: not a bolt store", s)
	}
	err := s.bolt.View(func(tx *boltdb.Tx) error {
		b := tx.Bucket(logBucket)
		if b == nil {
			return nil
		}
		start := make([]byte, 8)
		binary.BigEndian.PutUint64(start, from)
		c := b.Cursor()
		n := 0
		for k, v := c.Seek(start); k != nil; k, v = c.Next() {
			if len(k) != 8 || binary.BigEndian.Uint64(k) >= to {
				break
			}
			if err := fn(v); err != nil {
				return err
			}
			if n++; n%4096 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read the log of %s: %w", s, err)
	}
	return ctx.Err()
}

// PagesWritten is the number of pages a bolt store has written since it was
// opened (bolt's own count; ok is false for another backend): what a load's
// commits cost in writing does not depend on the machine's load, as its time
// does (BenchmarkWriteCorpus).
func (s *Store) PagesWritten() (n int, ok bool) {
	if s.bolt == nil {
		return 0, false
	}
	return s.bolt.Stats().TxStats.Write, true
}

// Empty reports whether the store holds no quad at all.
func (s *Store) Empty(ctx context.Context) (bool, error) {
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	if it.Next(ctx) {
		return false, nil
	}
	if err := it.Err(); err != nil {
		return false, fmt.Errorf("read store %s: %w", s, err)
	}
	return true, ctx.Err()
}

// Count is the number of quads in the store, counted one by one: Cayley's
// statistics are estimates on some backends, and its Count trusts a size the
// memory store gets wrong (it counts nodes too).
func (s *Store) Count(ctx context.Context) (int64, error) {
	var n int64
	err := graph.Iterate(ctx, s.qs.QuadsAllIterator()).Each(func(graph.Ref) { n++ })
	if err != nil {
		return 0, fmt.Errorf("count quads in %s: %w", s, err)
	}
	return n, nil
}

// RouteCayleyLog sends Cayley's own log, which is process-wide, to w: its
// warnings only. Its errors are dropped because every one of them is also
// returned, wrapped, to us; its informational lines are debugging noise. main
// calls it once, before anything opens a store.
func RouteCayleyLog(w io.Writer) {
	clog.SetLogger(cayleyLog{w: w})
}

type cayleyLog struct{ w io.Writer }

func (cayleyLog) Infof(string, ...any) {}
func (l cayleyLog) Warningf(format string, args ...any) {
	fmt.Fprintf(l.w, "cayley: warning: "+strings.TrimSuffix(format, "\n")+"\n", args...)
}
func (cayleyLog) Errorf(string, ...any) {}
func (l cayleyLog) Fatalf(format string, args ...any) {
	// Cayley calls Fatalf only where it cannot go on; keep its contract.
	fmt.Fprintf(l.w, "cayley: fatal: "+strings.TrimSuffix(format, "\n")+"\n", args...)
	os.Exit(1)
}
func (cayleyLog) V(int) bool { return false }
func (cayleyLog) SetV(int)   {}

// writerLock is the PostgreSQL advisory lock a load holds (Exclusive): a
// number of cadregraph's own, so that no other application's lock is taken.
const writerLock int64 = 0x63616472 // "cadr"

// Exclusive makes its caller the store's one writer until release is called.
// A load deletes quads as well as adding them (an article re-extracted, a
// join rewriting the articles that cite a document, a shared fact leaving
// with its last statement), and its writer takes for granted that a fact it
// wrote is still stored; two loads into one PostgreSQL database from two
// processes would break both. On PostgreSQL the lock is a session advisory
// lock on a connection of its own, released with it, so a process that dies
// holding it lets the next load go on; waiting reports itself through wait,
// once, if another load holds the lock. bolt locks its file for one process
// and mem: is a process's own: nothing to take there.
func (s *Store) Exclusive(ctx context.Context, wait func()) (release func(), err error) {
	if s.sql == nil {
		return func() {}, nil
	}
	conn, err := s.sql.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("take %s for writing: %w", s, err)
	}
	var got bool
	if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1)`, writerLock).Scan(&got); err != nil {
		conn.Close()
		return nil, fmt.Errorf("take %s for writing: %w", s, err)
	}
	if !got {
		if wait != nil {
			wait()
		}
		if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, writerLock); err != nil {
			conn.Close()
			return nil, fmt.Errorf("wait for another load into %s: %w", s, err)
		}
	}
	return func() {
		// Closing the connection ends the session and its lock even if
		// the unlock fails.
		_, _ = conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, writerLock)
		conn.Close()
	}, nil
}
