package store

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/cadregraph/cadregraph/schema"
	"github.com/cayleygraph/cayley"
	"github.com/cayleygraph/cayley/graph/shape"
)

// TestPlannedWhole: a walk on PostgreSQL is still planned as one SELECT,
// bound to the store: the optimiser merges what it planned for the walk's
// parts though each came back bound.
func TestPlannedWhole(t *testing.T) {
	db := os.Getenv("CADREGRAPH_TEST_POSTGRES")
	if db == "" {
		t.Skip("CADREGRAPH_TEST_POSTGRES not set: set it to a postgres:// URL to test the PostgreSQL store")
	}
	st, err := Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p := cayley.StartPath(st.QuadStore(), schema.IRI("article-x")).Out(schema.Mentions).Out(schema.Name)
	got, _ := shape.Optimize(p.Shape(), st.QuadStore())
	if _, ok := got.(bound); !ok {
		t.Errorf("the walk is planned as %s, want one bound SELECT", fmt.Sprintf("%T", got))
	}
}

// TestExclusive: two stores open on one PostgreSQL database (two processes'
// loads) write one after the other: the second is told it waits, and goes on
// once the first releases the store.
func TestExclusive(t *testing.T) {
	db := os.Getenv("CADREGRAPH_TEST_POSTGRES")
	if db == "" {
		t.Skip("CADREGRAPH_TEST_POSTGRES not set: set it to a postgres:// URL to test the PostgreSQL store")
	}
	ctx := context.Background()
	a, err := Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	releaseA, err := a.Exclusive(ctx, func() { t.Error("the first writer was told to wait") })
	if err != nil {
		t.Fatal(err)
	}
	waited := make(chan struct{})
	got := make(chan func())
	go func() {
		release, err := b.Exclusive(ctx, func() { close(waited) })
		if err != nil {
			t.Error(err)
			release = func() {}
		}
		got <- release
	}()
	select {
	case <-waited:
	case <-time.After(10 * time.Second):
		t.Fatal("the second writer was not told to wait")
	}
	select {
	case <-got:
		t.Fatal("the second writer went on while the first held the store")
	case <-time.After(200 * time.Millisecond):
	}
	releaseA()
	select {
	case release := <-got:
		release()
	case <-time.After(10 * time.Second):
		t.Fatal("the second writer did not go on once the first released the store")
	}
}
