package neo4jstore_test

import (
	"context"
	"testing"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/store/neo4jstore"
	"github.com/aikg/aikg/store/neo4jstore/neo4jtest"
	"github.com/aikg/aikg/store/storetest"
)

// TestContract runs the shared store contract against a real Neo4j.
func TestContract(t *testing.T) {
	neo4jtest.Config(t) // skip early, with one line, when Neo4j is absent
	storetest.Run(t, storetest.Factory{
		New: func(t *testing.T) kg.Store { return neo4jtest.Open(t) },
		Reopen: func(t *testing.T, s kg.Store) kg.Store {
			s.Close()
			n, err := neo4jstore.Open(context.Background(), neo4jtest.Config(t))
			if err != nil {
				t.Fatalf("reopen: %v", err)
			}
			t.Cleanup(func() { n.Close() })
			return n
		},
	})
}
