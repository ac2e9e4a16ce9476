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
	var endSels []ast.SelectionSet
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
			if len(below(ctx, []ast.SelectionSet{f.Selections}, "article")) > 0 {
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
	}
}

// relArgs are Entity.relationships' and Entity.timeline's arguments, read
// from the query text the way gqlgen reads them.
type relArgs struct {
	Direction *kg.Direction             `json:"direction"`
	Types     []kg.RelationType         `json:"types"`
	First     *int                      `json:"first"`
	After     *string                   `json:"after"`
	Filter    *model.RelationshipFilter `json:"filter"`
	OrderBy   *model.RelationshipOrder  `json:"orderBy"`
}

// prefetchEntities warms the relationship-page loaders for the
// relationships and timeline fields that sels (selections on Entity) ask of
// the entities ids, and, once those pages arrive, whatever the pages' items
// select in turn.
func (r *resolver) prefetchEntities(ctx context.Context, ids []string, sels []ast.SelectionSet) {
	if len(ids) == 0 || len(sels) == 0 {
		return
	}
	l := r.loaders(ctx)
	vars := graphql.GetOperationContext(ctx).Variables
	for _, f := range fields(ctx, sels) {
		if f.Name != "relationships" && f.Name != "timeline" {
			continue
		}
		raw, err := json.Marshal(f.ArgumentMap(vars))
		var a relArgs
		if err != nil || json.Unmarshal(raw, &a) != nil {
			continue // the resolver reports bad arguments
		}
		q := timelineQuery(a.Direction, a.Types, a.First, a.After)
		if f.Name == "relationships" {
			q = entityRelQuery(a.Direction, a.Types, a.First, a.After, a.Filter, a.OrderBy)
		}
		thunk := l.relationshipsOf(q).LoadAllThunk(ctx, ids)
		nodeSels := below(ctx, []ast.SelectionSet{f.Selections}, "edges", "node")
		if len(nodeSels) == 0 {
			continue
		}
		go func() {
			pages, err := thunk()
			if err != nil {
				return
			}
			var items []*kg.Relationship
			for _, p := range pages {
				if p != nil {
					items = append(items, p.Items...)
				}
			}
			r.prefetchRelationships(ctx, items, nodeSels)
		}()
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
