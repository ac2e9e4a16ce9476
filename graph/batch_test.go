package graph_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/aikg/aikg/graph"
	"github.com/aikg/aikg/store/storetest"
)

// Batched nested fields answer what the same field asked alone answers:
// Entity.totals in a list (one TotalsOf call) equals Query.totals,
// entities with more relationships than a page included; Entity.articles
// (ArticlesOf) and Article.relationships (RelationshipsOfArticles) in a
// list equal their top-level counterparts, page after page.
func TestBatchedFieldsMatchSingleAnswers(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		// hub(150) gives one entity with more relationships than a page
		// and an article with more than half a page of them.
		data := append(storetest.Fixture(), hub(150)...)
		e := newEnv(t, b, data, func(c *graph.Config) { c.Limits.Complexity = 1 << 20 })

		var ents struct {
			Entities struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		e.mustQuery(`{ entities(first: 100, orderBy: {field: DEGREE, direction: DESC}) { edges { node { id } } } }`, nil, &ents)
		if len(ents.Entities.Edges) < 30 {
			t.Fatalf("only %d entities", len(ents.Entities.Edges))
		}

		t.Run("totals", func(t *testing.T) {
			args := []string{
				`groupBy: COUNTERPART`,
				`groupBy: TYPE`,
				`groupBy: YEAR`,
				`direction: IN, groupBy: COUNTERPART`,
				`direction: OUT, types: [INVESTS_IN, PARTNERS_WITH], groupBy: TYPE`,
				`direction: IN, types: [COMPETES_WITH, PARTNERS_WITH]`,
			}
			for _, a := range args {
				var list struct {
					Entities struct {
						Edges []struct {
							Node struct {
								ID     string
								Totals json.RawMessage
							}
						}
					}
				}
				e.mustQuery(fmt.Sprintf(`{ entities(first: 100, orderBy: {field: DEGREE, direction: DESC}) { edges { node { id totals(%s) { key count usd counterpart { id } } } } } }`, a), nil, &list)
				for _, ed := range list.Entities.Edges {
					var one struct{ Totals json.RawMessage }
					e.mustQuery(fmt.Sprintf(`query($id: ID) { totals(entity: $id, %s) { key count usd counterpart { id } } }`, a), map[string]any{"id": ed.Node.ID}, &one)
					if string(one.Totals) != string(ed.Node.Totals) {
						t.Errorf("%s (%s): in a list %s, alone %s", ed.Node.ID, a, ed.Node.Totals, one.Totals)
					}
				}
			}
		})

		t.Run("entity articles", func(t *testing.T) {
			for _, ed := range ents.Entities.Edges {
				id := ed.Node.ID
				var after any
				for page := 0; ; page++ {
					var list struct {
						Entities struct {
							Edges []struct {
								Node struct {
									ID       string
									Articles json.RawMessage
								}
							}
						}
					}
					const sel = `{ totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id relationships(first: 2) { totalCount } } } }`
					e.mustQuery(`query($after: String) { entities(first: 100, orderBy: {field: DEGREE, direction: DESC}) { edges { node { id articles(first: 1, after: $after) `+sel+` } } } }`, map[string]any{"after": after}, &list)
					var mine json.RawMessage
					for _, le := range list.Entities.Edges {
						if le.Node.ID == id {
							mine = le.Node.Articles
						}
					}
					var one struct{ Articles json.RawMessage }
					e.mustQuery(`query($id: ID, $after: String) { articles(filter: {entity: $id}, first: 1, after: $after) `+sel+` }`, map[string]any{"id": id, "after": after}, &one)
					if string(mine) != string(one.Articles) {
						t.Fatalf("%s page %d: in a list %s, alone %s", id, page, mine, one.Articles)
					}
					var p struct {
						PageInfo struct {
							HasNextPage bool
							EndCursor   string
						}
					}
					if err := json.Unmarshal(mine, &p); err != nil {
						t.Fatal(err)
					}
					if !p.PageInfo.HasNextPage || page > 10 {
						break
					}
					after = p.PageInfo.EndCursor
				}
			}
		})

		t.Run("article relationships", func(t *testing.T) {
			var arts struct {
				Articles struct {
					Edges []struct {
						Node struct {
							ID            string
							Relationships json.RawMessage
						}
					}
				}
			}
			const sel = `{ totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id source { id } evidence { articleId } } } }`
			e.mustQuery(`{ articles(first: 100) { edges { node { id relationships(first: 60) `+sel+` } } } }`, nil, &arts)
			if len(arts.Articles.Edges) != 11 {
				t.Fatalf("%d articles, want 11", len(arts.Articles.Edges))
			}
			for _, ed := range arts.Articles.Edges {
				var one struct{ Relationships json.RawMessage }
				e.mustQuery(`query($id: ID) { relationships(filter: {article: $id}, first: 60) `+sel+` }`, map[string]any{"id": ed.Node.ID}, &one)
				if string(one.Relationships) != string(ed.Node.Relationships) {
					t.Errorf("%s: in a list %s, alone %s", ed.Node.ID, ed.Node.Relationships, one.Relationships)
				}
			}
		})
	})
}
