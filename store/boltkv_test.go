package store

import (
	"path/filepath"
	"reflect"
	"runtime"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv/kvtest"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
	hkvtest "github.com/hidal-go/hidalgo/kv/kvtest"
)

// openBoltKV is a new boltKV in a temporary folder.
func openBoltKV(t testing.TB) (hkv.KV, func()) {
	db, err := hbolt.Open(filepath.Join(t.TempDir(), boltFile), nil)
	if err != nil {
		t.Fatal(err)
	}
	kv := boltKV{db}
	return kv, func() { kv.Close() }
}

// boltKV's writable transactions pass the key-value tests of hidalgo, whose
// bolt transactions they replace, and Cayley's quad store tests on top of
// them, with and without its bloom filters.
func TestBoltKV(t *testing.T) {
	t.Run("hidalgo", func(t *testing.T) {
		hkvtest.RunTest(t, openBoltKV)
	})
	t.Run("cayley", func(t *testing.T) {
		// Cayley's path tests read its data/testdata.nq, looking for it in
		// the folders above theirs: run them from its module's.
		file, _ := runtime.FuncForPC(reflect.ValueOf(kvtest.TestAll).Pointer()).FileLine(0)
		t.Chdir(filepath.Dir(file))
		kvtest.TestAll(t, func(t testing.TB) (hkv.KV, graph.Options, func()) {
			kv, closer := openBoltKV(t)
			return kv, nil, closer
		}, nil)
	})
}
