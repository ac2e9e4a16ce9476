package graph

import (
	"github.com/aikg/aikg/graph/generated"
	"github.com/aikg/aikg/graph/model"
	"github.com/aikg/aikg/kg"
)

// Assumed sizes of lists whose length no argument bounds, for complexity.
const (
	evidencePerRelationship = 5
	totalsRows              = 20
)

// complexityRoot weights list fields by how many items they may return, so
// that gqlgen's complexity limit bounds the real work of a query: a page of
// first items costs first times what each item selects.
func complexityRoot() generated.ComplexityRoot {
	var c generated.ComplexityRoot
	page := func(child int, first *int, def int) int {
		n := def
		if first != nil && *first > 0 {
			n = *first
		}
		return 1 + n*max(child, 1)
	}
	graphSize := func(child int, limit *int) int { return page(child, limit, kg.DefaultGraphLimit) }

	c.Query.Entities = func(child int, _ *model.EntityFilter, _ *model.EntityOrder, first *int, _ *string) int {
		return page(child, first, kg.DefaultFirst)
	}
	c.Query.Relationships = func(child int, _ *model.RelationshipFilter, _ *model.RelationshipOrder, first *int, _ *string) int {
		return page(child, first, kg.DefaultFirst)
	}
	c.Query.Articles = func(child int, _ *model.ArticleFilter, first *int, _ *string) int {
		return page(child, first, kg.DefaultFirst)
	}
	c.Query.Search = func(child int, _ string, _ []kg.EntityKind, first *int) int {
		return page(child, first, kg.DefaultFirst)
	}
	c.Query.Neighborhood = func(child int, _ string, _ *int, _ []kg.RelationType, _, _ *string, _ *float64, limit *int) int {
		return graphSize(child, limit)
	}
	c.Query.PartnershipGraph = func(child int, ids []string, _ []kg.RelationType, _, _ *string, _ *float64, limit *int) int {
		n := len(ids)
		if limit != nil && *limit > 0 && *limit < n {
			n = *limit
		}
		return 1 + max(n, 1)*max(child, 1)
	}
	c.Query.Paths = func(child int, _, _ string, maxDepth *int, _ []kg.RelationType, first *int) int {
		d := 3
		if maxDepth != nil && *maxDepth > 0 {
			d = *maxDepth
		}
		return page(child*d, first, 5)
	}
	c.Query.Totals = func(child int, _ *string, _ *kg.Direction, _ []kg.RelationType, _ *kg.TotalsGroup) int {
		return 1 + totalsRows*max(child, 1)
	}
	c.Entity.Relationships = func(child int, _ *kg.Direction, _ []kg.RelationType, first *int, _ *string, _ *model.RelationshipFilter, _ *model.RelationshipOrder) int {
		return page(child, first, kg.DefaultFirst)
	}
	c.Entity.Timeline = func(child int, _ *kg.Direction, _ []kg.RelationType, first *int, _ *string) int {
		return page(child, first, kg.DefaultFirst)
	}
	c.Entity.Totals = func(child int, _ *kg.Direction, _ []kg.RelationType, _ *kg.TotalsGroup) int {
		return 1 + totalsRows*max(child, 1)
	}
	c.Entity.Articles = func(child int, first *int, _ *string) int {
		return page(child, first, kg.DefaultFirst)
	}
	c.Article.Relationships = func(child int, first *int, _ *string) int {
		return page(child, first, kg.DefaultFirst)
	}
	c.Relationship.Evidence = func(child int) int {
		return 1 + evidencePerRelationship*max(child, 1)
	}
	return c
}
