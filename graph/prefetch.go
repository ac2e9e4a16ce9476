package graph

import (
	"context"
	"encoding/json"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/aikg/aikg/graph/model"
	"github.com/aikg/aikg/kg"
)

// Prefetching hands every key a list will need to the loaders at once, as
// soon as the list is known, instead of letting each item's resolver ask on
// its own and relying on the loaders' wait to gather them. That makes the
// number of store round trips a function of the query's nesting alone: a
// page of 1,000 relationships costs the same calls as a page of 10.

// fields returns the fields selected in the selection sets, fragments
// merged.
func fields(ctx context.Context, sels []ast.SelectionSet) []graphql.CollectedField {
	opCtx := graphql.GetOperationContext(ctx)
	var out []graphql.CollectedField
	for _, s := range sels {
		out = append(out, graphql.CollectFields(opCtx, s, nil)...)
	}
	return out
}

// below follows field names down from the selection sets and returns the
// selection sets reached (several when a field is selected under aliases).
func below(ctx context.Context, sels []ast.SelectionSet, names ...string) []ast.SelectionSet {
	for _, name := range names {
		var next []ast.SelectionSet
		for _, f := range fields(ctx, sels) {
			if f.Name == name {
				next = append(next, f.Selections)
			}
		}
		sels = next
	}
	return sels
}

// here is the selection set of the field being resolved.
func here(ctx context.Context) []ast.SelectionSet {
	if fc := graphql.GetFieldContext(ctx); fc != nil {
		return []ast.SelectionSet{fc.Field.Selections}
	}
	return nil
}

func hasOpCtx(ctx context.Context) bool {
	return graphql.HasOperationContext(ctx)
}

// prefetchRelationships warms the loaders for what sels (selections on
// Relationship) will read from rels: their ends, their evidence's articles
// and the relationship pages of their ends.
func (r *resolver) prefetchRelationships(ctx context.Context, rels []*kg.Relationship, sels []ast.SelectionSet) {
	if len(rels) == 0 || len(sels) == 0 || !hasOpCtx(ctx) {
		return
	}
	l := r.loaders(ctx)
	var ends, arts []string
	var endSels, artSels []ast.SelectionSet
	for _, f := range fields(ctx, sels) {
		switch f.Name {
		case "source", "target":
			endSels = append(endSels, f.Selections)
			for _, rel := range rels {
				if f.Name == "source" {
					ends = append(ends, rel.SourceID)
				} else {
					ends = append(ends, rel.TargetID)
				}
			}
		case "evidence":
			if a := below(ctx, []ast.SelectionSet{f.Selections}, "article"); len(a) > 0 {
				artSels = append(artSels, a...)
				for _, rel := range rels {
					for _, ev := range rel.Evidence {
						arts = append(arts, ev.ArticleID)
					}
				}
			}
		}
	}
	if len(ends) > 0 {
		l.entities.LoadAllThunk(ctx, ends)
		r.prefetchEntities(ctx, ends, endSels)
	}
	if len(arts) > 0 {
		l.articles.LoadAllThunk(ctx, arts)
		r.prefetchArticles(ctx, arts, artSels)
	}
}

// prefetchArticles warms the relationship-page loader for the
// relationships field that sels (selections on Article) ask of the
// articles ids, and, once the pages arrive, what their items select.
func (r *resolver) prefetchArticles(ctx context.Context, ids []string, sels []ast.SelectionSet) {
	if len(ids) == 0 || len(sels) == 0 || !hasOpCtx(ctx) {
		return
	}
	l := r.loaders(ctx)
	vars := graphql.GetOperationContext(ctx).Variables
	for _, f := range fields(ctx, sels) {
		if f.Name != "relationships" {
			continue
		}
		var a fieldArgs
		if !a.read(f, vars) {
			continue
		}
		r.prefetchPages(ctx, l.articleRelationships(articleRelQuery(a.First, a.After)), ids, f)
	}
}

// prefetchPages loads the relationship pages of ids with ld and, as the
// pages arrive (before their resolvers see them, see batched.then),
// prefetches what the items of field f's pages select.
func (r *resolver) prefetchPages(ctx context.Context, ld *batched[*kg.RelationshipPage], ids []string, f graphql.CollectedField) {
	nodeSels := below(ctx, []ast.SelectionSet{f.Selections}, "edges", "node")
	if len(nodeSels) == 0 {
		ld.LoadAllThunk(ctx, ids)
		return
	}
	ld.then(ctx, ids, func(pages []*kg.RelationshipPage) {
		var items []*kg.Relationship
		for _, p := range pages {
			if p != nil {
				items = append(items, p.Items...)
			}
		}
		r.prefetchRelationships(ctx, items, nodeSels)
	})
}

// fieldArgs are the arguments of the fields prefetching looks ahead into
// (Entity.relationships, timeline, totals and articles,
// Article.relationships), read from the query text the way gqlgen reads
// them, so that prefetching asks the loaders for exactly what the
// resolvers will.
type fieldArgs struct {
	Direction *kg.Direction             `json:"direction"`
	Types     []kg.RelationType         `json:"types"`
	First     *int                      `json:"first"`
	After     *string                   `json:"after"`
	Filter    *model.RelationshipFilter `json:"filter"`
	OrderBy   *model.RelationshipOrder  `json:"orderBy"`
	GroupBy   *kg.TotalsGroup           `json:"groupBy"`
}

// read fills a from f's arguments; false when they do not decode (the
// resolver then reports them).
func (a *fieldArgs) read(f graphql.CollectedField, vars map[string]any) bool {
	raw, err := json.Marshal(f.ArgumentMap(vars))
	return err == nil && json.Unmarshal(raw, a) == nil
}

// prefetchEntities warms the loaders for the relationships, timeline,
// totals and articles fields that sels (selections on Entity) ask of the
// entities ids, and, once those answers arrive, whatever their items select
// in turn.
func (r *resolver) prefetchEntities(ctx context.Context, ids []string, sels []ast.SelectionSet) {
	if len(ids) == 0 || len(sels) == 0 || !hasOpCtx(ctx) {
		return
	}
	l := r.loaders(ctx)
	vars := graphql.GetOperationContext(ctx).Variables
	for _, f := range fields(ctx, sels) {
		var a fieldArgs
		switch f.Name {
		case "relationships", "timeline", "totals", "articles":
			if !a.read(f, vars) {
				continue
			}
		default:
			continue
		}
		switch f.Name {
		case "relationships":
			q := entityRelQuery(a.Direction, a.Types, a.First, a.After, a.Filter, a.OrderBy)
			r.prefetchPages(ctx, l.relationshipsOf(q), ids, f)
		case "timeline":
			q := timelineQuery(a.Direction, a.Types, a.First, a.After)
			r.prefetchPages(ctx, l.relationshipsOf(q), ids, f)
		case "totals":
			q := totalsQuery(a.Direction, a.Types, a.GroupBy)
			ld := l.entityTotals(q)
			if q.GroupBy != kg.ByCounterpart || len(below(ctx, []ast.SelectionSet{f.Selections}, "counterpart")) == 0 {
				ld.LoadAllThunk(ctx, ids)
				continue
			}
			ld.then(ctx, ids, func(rows [][]kg.Total) {
				var keys []string
				for _, rs := range rows {
					for _, t := range rs {
						keys = append(keys, t.Key)
					}
				}
				l.entities.LoadAllThunk(ctx, keys)
			})
		case "articles":
			ld := l.entityArticles(kg.ArticleQuery{Page: pageQuery(a.First, a.After)})
			nodeSels := below(ctx, []ast.SelectionSet{f.Selections}, "edges", "node")
			if len(nodeSels) == 0 {
				ld.LoadAllThunk(ctx, ids)
				continue
			}
			ld.then(ctx, ids, func(pages []*kg.ArticlePage) {
				var arts []string
				for _, p := range pages {
					if p == nil {
						continue
					}
					for _, a := range p.Items {
						if a != nil {
							l.articles.Prime(a.ID, a)
							arts = append(arts, a.ID)
						}
					}
				}
				r.prefetchArticles(ctx, arts, nodeSels)
			})
		}
	}
}

// prefetchGraph warms the loaders for a graph-shaped answer (Graph, Path)
// whose nodes the store already returned.
func (r *resolver) prefetchGraph(ctx context.Context, sels []ast.SelectionSet, nodes []*kg.Entity, edges []*kg.Relationship) {
	if !hasOpCtx(ctx) {
		return
	}
	l := r.loaders(ctx)
	l.primeEntities(nodes...)
	ids := make([]string, 0, len(nodes))
	for _, n := range nodes {
		if n != nil {
			ids = append(ids, n.ID)
		}
	}
	r.prefetchEntities(ctx, ids, below(ctx, sels, "nodes"))
	r.prefetchRelationships(ctx, edges, below(ctx, sels, "edges"))
}
