package graph_test

import (
	"testing"

	"github.com/aikg/aikg/graph"
)

// Store round trips follow the query's nesting, not the size of its lists:
// the same queries cost the same number of calls over 10 and over 1,000
// related items. Queries whose batching needs a batch read the store does
// not have yet (see batchReads) are allowed to grow, and say so in the log.
func TestRoundTripsDoNotGrowWithResults(t *testing.T) {
	queries := []struct {
		name, query string
		// needs names the store method without which the query's calls
		// grow with its lists; "" when existing methods bound them.
		needs string
	}{
		{"connection", `{ entity(id: "hub-capital") { relationships(direction: OUT, first: 100) { totalCount edges { node {
			amount { usd } target { name relationships(first: 5) { totalCount edges { node { source { name } } } } }
			evidence { sentence article { title } } } } } } }`, ""},
		{"neighborhood", `{ neighborhood(id: "hub-capital", limit: 2000) { nodes { id label kind }
			edges { id weight source { name } target { name } evidence { article { title } } } } }`, ""},
		{"relationships", `{ relationships(filter: {entity: "hub-capital"}, first: 100) { edges { node {
			source { name } target { id timeline(first: 3) { edges { node { date target { name } } } } } } } } }`, ""},
		// Entity.totals in a list: one RelationshipsOf call computes the
		// totals of every entity with at most 100 relationships (here all
		// the spokes); only bigger entities cost a Totals call each.
		{"entity totals", `{ entity(id: "hub-capital") { relationships(direction: OUT, first: 100) { edges { node { target {
			totals(direction: IN) { key count usd counterpart { name } }
			byType: totals(groupBy: TYPE) { key usd } } } } } } }`, ""},
		{"search totals", `{ search(query: "spoke", first: 100) { entity { totals(groupBy: YEAR) { key count } } } }`, ""},
		{"entity articles", `{ entities(first: 100) { edges { node { articles(first: 2) { totalCount edges { node { title } } } } } } }`, "ArticlesOf"},
		{"article relationships", `{ articles(first: 100) { edges { node { title relationships(first: 100) { totalCount edges { node {
			target { name } evidence { article { title } } } } } } } } }`, "RelationshipsOfArticles"},
	}
	forEachBackend(t, func(t *testing.T, b backend) {
		calls := map[string][]int64{}
		sizes := []int{10, 1000}
		var batch bool
		for _, n := range sizes {
			// A 2,000-node graph is past the default complexity limit.
			e := newEnv(t, b, hub(n), func(c *graph.Config) { c.Limits.Complexity = 1 << 20 })
			batch = e.batch
			for _, q := range queries {
				var got struct {
					Entity *struct {
						Relationships struct{ TotalCount int }
					}
					Neighborhood *struct{ Nodes []struct{ ID string } }
				}
				e.store.reset()
				e.mustQuery(q.query, nil, &got)
				calls[q.name] = append(calls[q.name], e.store.calls())
				if got.Entity != nil && got.Entity.Relationships.TotalCount != 0 && got.Entity.Relationships.TotalCount != n {
					t.Errorf("%d: totalCount %d", n, got.Entity.Relationships.TotalCount)
				}
				if got.Neighborhood != nil && len(got.Neighborhood.Nodes) != n+1 {
					t.Errorf("%d: neighborhood has %d nodes, want %d", n, len(got.Neighborhood.Nodes), n+1)
				}
			}
		}
		for _, q := range queries {
			c := calls[q.name]
			switch {
			case c[0] == 0:
				t.Errorf("%s: no store calls", q.name)
			case q.needs != "" && !batch:
				t.Logf("%s: STILL GROWS until the store has %s: %d store calls for %d items, %d for %d", q.name, q.needs, c[0], sizes[0], c[1], sizes[1])
			case c[0] != c[1]:
				t.Errorf("%s: %d store calls for %d items, %d for %d", q.name, c[0], sizes[0], c[1], sizes[1])
			default:
				t.Logf("%s: %d store calls", q.name, c[0])
			}
		}
		if c := calls["neighborhood"][0]; c != 2 {
			t.Errorf("neighborhood with evidence articles made %d calls, want 2 (graph, articles)", c)
		}
	})
}
