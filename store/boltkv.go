package store

// The writable transactions below follow hidalgo's kv/bolt package
// (github.com/hidal-go/hidalgo, Apache License 2.0, the Cayley Authors),
// which Cayley's bolt store is written against; only Put differs.

import (
	"bytes"
	"context"

	boltdb "github.com/boltdb/bolt"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// boltKV is hidalgo's bolt database as Cayley uses it, with writable
// transactions of our own (boltWriteTx). hidalgo's Put asks bolt to create
// the bucket of every key it writes: bolt looks the bucket up with a new
// cursor each time, before finding it exists, and every quad Cayley writes
// is a dozen Puts into buckets that exist (a seventh of a load's writing
// time, BenchmarkWriteCorpus). Read-only transactions are hidalgo's own.
type boltKV struct {
	db *hbolt.DB
}

var _ hkv.KV = boltKV{}

// Close closes the database.
func (d boltKV) Close() error { return d.db.Close() }

// Tx begins a transaction: writable ones are boltWriteTx.
func (d boltKV) Tx(rw bool) (hkv.Tx, error) {
	if !rw {
		return d.db.Tx(false)
	}
	tx, err := d.db.DB().Begin(true)
	if err != nil {
		return nil, err
	}
	return &boltWriteTx{tx: tx}, nil
}

// boltWriteTx is a writable transaction: hidalgo's bolt transaction whose Put
// opens a key's bucket through bolt's cache of the transaction's open
// buckets, creating it only when it is missing.
type boltWriteTx struct {
	tx *boltdb.Tx
}

var _ hkv.Tx = (*boltWriteTx)(nil)

// bucket is the bucket holding key and what is left of the key in it (one
// part when key names a value); nil when a bucket on the way is missing.
func (tx *boltWriteTx) bucket(key hkv.Key) (*boltdb.Bucket, hkv.Key) {
	if len(key) <= 1 {
		return tx.tx.Cursor().Bucket(), key // the root bucket
	}
	b := tx.tx.Bucket(key[0])
	key = key[1:]
	for b != nil && len(key) > 1 {
		b = b.Bucket(key[0])
		key = key[1:]
	}
	return b, key
}

func (tx *boltWriteTx) Get(ctx context.Context, key hkv.Key) (hkv.Value, error) {
	b, k := tx.bucket(key)
	if b == nil || len(k) != 1 {
		return nil, hkv.ErrNotFound
	}
	v := b.Get(k[0])
	if v == nil {
		return nil, hkv.ErrNotFound
	}
	return v, nil
}

func (tx *boltWriteTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	vals := make([]hkv.Value, len(keys))
	for i, k := range keys {
		if b, k := tx.bucket(k); b != nil && len(k) == 1 {
			vals[i] = b.Get(k[0])
		}
	}
	return vals, nil
}

// Put writes v under k, creating the buckets k names that are missing.
func (tx *boltWriteTx) Put(k hkv.Key, v hkv.Value) error {
	var b *boltdb.Bucket
	if len(k) <= 1 {
		b = tx.tx.Cursor().Bucket()
	} else {
		// A writable transaction keeps the buckets it has opened: Bucket
		// finds an existing one without a cursor.
		var err error
		if b = tx.tx.Bucket(k[0]); b == nil {
			if b, err = tx.tx.CreateBucket(k[0]); err != nil {
				return err
			}
		}
		for k = k[1:]; len(k) > 1; k = k[1:] {
			next := b.Bucket(k[0])
			if next == nil {
				if next, err = b.CreateBucket(k[0]); err != nil {
					return err
				}
			}
			b = next
		}
	}
	if len(k[0]) == 0 && len(v) == 0 {
		return nil // the buckets alone were asked for
	}
	return b.Put(k[0], v)
}

func (tx *boltWriteTx) Del(k hkv.Key) error {
	b, k := tx.bucket(k)
	if b == nil || len(k) != 1 {
		return nil
	}
	return b.Delete(k[0])
}

func (tx *boltWriteTx) Commit(ctx context.Context) error { return tx.tx.Commit() }

func (tx *boltWriteTx) Close() error { return tx.tx.Rollback() }

func (tx *boltWriteTx) Scan(pref hkv.Key) hkv.Iterator {
	b, p := tx.bucket(pref)
	if b == nil || len(p) > 1 {
		// A bucket the prefix names is missing: nothing to find.
		return &boltIterator{}
	}
	return &boltIterator{
		b:    []*boltdb.Bucket{b},
		pref: p,
		root: pref[:len(pref)-len(p)].Clone(), // the bucket's key, appended to
	}
}

// boltIterator walks the keys under a prefix, into nested buckets.
type boltIterator struct {
	root hkv.Key // the key of the bucket walked, to make full keys
	pref hkv.Key // the prefix each level's keys must have
	b    []*boltdb.Bucket
	c    []*boltdb.Cursor
	k, v []byte
}

func (it *boltIterator) Next(ctx context.Context) bool {
	for len(it.b) > 0 {
		i := len(it.b) - 1
		cb := it.b[i]
		if len(it.c) < len(it.b) {
			c := cb.Cursor()
			it.c = append(it.c, c)
			if i >= len(it.pref) {
				it.k, it.v = c.First()
			} else {
				it.k, it.v = c.Seek(it.pref[i])
			}
		} else {
			it.k, it.v = it.c[i].Next()
		}
		if it.k != nil && (i >= len(it.pref) || bytes.HasPrefix(it.k, it.pref[i])) {
			if it.v == nil { // a bucket, unless a key with an empty value
				if b := cb.Bucket(it.k); b != nil {
					it.b = append(it.b, b)
					it.root = append(it.root, it.k)
					continue
				}
			}
			return true
		}
		// This level is done: back to the bucket above.
		it.c = it.c[:len(it.c)-1]
		it.b = it.b[:len(it.b)-1]
		if len(it.root) > 0 {
			it.root = it.root[:len(it.root)-1]
		}
	}
	return false
}

func (it *boltIterator) Key() hkv.Key {
	if len(it.b) == 0 {
		return nil
	}
	k := it.root.Clone()
	return append(k, append([]byte{}, it.k...))
}

func (it *boltIterator) Val() hkv.Value { return it.v }

func (it *boltIterator) Err() error { return nil }

func (it *boltIterator) Close() error {
	*it = boltIterator{}
	return nil
}
