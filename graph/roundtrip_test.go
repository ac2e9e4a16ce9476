package graph_test

import (
	"testing"

	"github.com/aikg/aikg/graph"
)

// Store round trips follow the query's nesting, not the size of its lists:
// the same queries cost the same number of calls over 10 and over 1,000
// related items.
func TestRoundTripsDoNotGrowWithResults(t *testing.T) {
	queries := map[string]string{
		"connection": `{ entity(id: "hub-capital") { relationships(direction: OUT, first: 100) { totalCount edges { node {
			amount { usd } target { name relationships(first: 5) { totalCount edges { node { source { name } } } } }
			evidence { sentence article { title } } } } } } }`,
		"neighborhood": `{ neighborhood(id: "hub-capital", limit: 2000) { nodes { id label kind }
			edges { id weight source { name } target { name } evidence { article { title } } } } }`,
		"relationships": `{ relationships(filter: {entity: "hub-capital"}, first: 100) { edges { node {
			source { name } target { id timeline(first: 3) { edges { node { date target { name } } } } } } } } }`,
	}
	forEachBackend(t, func(t *testing.T, b backend) {
		calls := map[string][]int64{}
		sizes := []int{10, 1000}
		for _, n := range sizes {
			// A 2,000-node graph is past the default complexity limit.
			e := newEnv(t, b, hub(n), func(c *graph.Config) { c.Limits.Complexity = 1 << 20 })
			for name, q := range queries {
				var got struct {
					Entity *struct {
						Relationships struct{ TotalCount int }
					}
					Neighborhood *struct{ Nodes []struct{ ID string } }
				}
				e.store.reset()
				e.mustQuery(q, nil, &got)
				calls[name] = append(calls[name], e.store.calls())
				if got.Entity != nil && got.Entity.Relationships.TotalCount != n {
					t.Errorf("%d: totalCount %d", n, got.Entity.Relationships.TotalCount)
				}
				if got.Neighborhood != nil && len(got.Neighborhood.Nodes) != n+1 {
					t.Errorf("%d: neighborhood has %d nodes, want %d", n, len(got.Neighborhood.Nodes), n+1)
				}
			}
		}
		for name, c := range calls {
			if c[0] != c[1] || c[0] == 0 {
				t.Errorf("%s: %d store calls for %d items, %d for %d", name, c[0], sizes[0], c[1], sizes[1])
			}
			t.Logf("%s: %d store calls", name, c[0])
		}
		if c := calls["neighborhood"][0]; c != 2 {
			t.Errorf("neighborhood with evidence articles made %d calls, want 2 (graph, articles)", c)
		}
	})
}
