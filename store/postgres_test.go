package store

import (
	"context"
	"fmt"
	"os"
	"testing"

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
