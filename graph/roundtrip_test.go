package graph_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/aikg/aikg/graph"
	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/store/memstore"
)

// Store round trips follow the query's nesting, not the size of its lists:
// the same queries cost the same number of calls over 10 and over 1,000
// related items.
func TestRoundTripsDoNotGrowWithResults(t *testing.T) {
	queries := []struct{ name, query string }{
		{"connection", `{ entity(id: "hub-capital") { relationships(direction: OUT, first: 100) { totalCount edges { node {
			amount { usd } target { name relationships(first: 5) { totalCount edges { node { source { name } } } } }
			evidence { sentence article { title } } } } } } }`},
		{"neighborhood", `{ neighborhood(id: "hub-capital", limit: 2000) { nodes { id label kind }
			edges { id weight source { name } target { name } evidence { article { title } } } } }`},
		{"relationships", `{ relationships(filter: {entity: "hub-capital"}, first: 100) { edges { node {
			source { name } target { id timeline(first: 3) { edges { node { date target { name } } } } } } } } }`},
		{"entity totals", `{ entity(id: "hub-capital") { relationships(direction: OUT, first: 100) { edges { node { target {
			totals(direction: IN) { key count usd counterpart { name } }
			byType: totals(groupBy: TYPE) { key usd } } } } } } }`},
		{"search totals", `{ search(query: "spoke", first: 100) { entity { totals(groupBy: YEAR) { key count } } } }`},
		{"hub totals", `{ entity(id: "hub-capital") { totals(groupBy: COUNTERPART) { key count usd counterpart { name } } } }`},
		{"entity articles", `{ entities(first: 100) { edges { node { articles(first: 2) { totalCount edges { node { title } } } } } } }`},
		{"article relationships", `{ articles(first: 100) { edges { node { title relationships(first: 100) { totalCount edges { node {
			target { name } evidence { article { title } } } } } } } } }`},
	}
	forEachBackend(t, func(t *testing.T, b backend) {
		calls := map[string][]int64{}
		methods := map[string][]string{}
		sizes := []int{10, 1000}
		for _, n := range sizes {
			// A 2,000-node graph is past the default complexity limit.
			e := newEnv(t, b, hub(n), func(c *graph.Config) { c.Limits.Complexity = 1 << 20 })
			for _, q := range queries {
				var got struct {
					Entity *struct {
						Relationships struct{ TotalCount int }
					}
					Neighborhood *struct{ Nodes []struct{ ID string } }
					Articles     *struct {
						Edges []struct {
							Node struct {
								Relationships struct{ TotalCount int }
							}
						}
					}
				}
				e.store.reset()
				e.mustQuery(q.query, nil, &got)
				calls[q.name] = append(calls[q.name], e.store.calls())
				methods[q.name] = append(methods[q.name], e.store.methods())
				if got.Entity != nil && got.Entity.Relationships.TotalCount != 0 && got.Entity.Relationships.TotalCount != n {
					t.Errorf("%d: totalCount %d", n, got.Entity.Relationships.TotalCount)
				}
				if got.Neighborhood != nil && len(got.Neighborhood.Nodes) != n+1 {
					t.Errorf("%d: neighborhood has %d nodes, want %d", n, len(got.Neighborhood.Nodes), n+1)
				}
				if got.Articles != nil {
					// hub(n) spreads n relationships over articles of 100.
					sum := 0
					for _, ed := range got.Articles.Edges {
						sum += ed.Node.Relationships.TotalCount
					}
					if sum != n {
						t.Errorf("%d: articles' relationships total %d, want %d", n, sum, n)
					}
				}
			}
		}
		for _, q := range queries {
			c := calls[q.name]
			switch {
			case c[0] == 0:
				t.Errorf("%s: no store calls", q.name)
			case c[0] != c[1]:
				t.Errorf("%s: %d store calls for %d items (%s), %d for %d (%s)", q.name, c[0], sizes[0], methods[q.name][0], c[1], sizes[1], methods[q.name][1])
			default:
				t.Logf("%s: %d store calls (%s)", q.name, c[0], methods[q.name][0])
			}
		}
		if c := calls["neighborhood"][0]; c != 2 {
			t.Errorf("neighborhood with evidence articles made %d calls, want 2 (graph, articles)", c)
		}
	})
}

// The round-trip counts are only as good as the counting wrapper: every
// read kg.Reader has must be counted, not passed through uncounted by the
// embedded store (as a read added to kg.Reader later would be).
func TestCountingCountsEveryRead(t *testing.T) {
	s, err := memstore.Open(t.TempDir(), memstore.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := &counting{Store: s}
	reader := reflect.TypeFor[kg.Reader]()
	cv := reflect.ValueOf(c)
	for i := range reader.NumMethod() {
		m := reader.Method(i)
		args := []reflect.Value{reflect.ValueOf(context.Background())}
		for j := 1; j < m.Type.NumIn(); j++ {
			args = append(args, reflect.Zero(m.Type.In(j)))
		}
		before := c.calls()
		cv.MethodByName(m.Name).Call(args) // errors for zero arguments are fine
		if got := c.calls() - before; got != 1 {
			t.Errorf("counting.%s counted %d calls, want 1", m.Name, got)
		}
	}
}
