package graph

import (
	"github.com/aikg/aikg/graph/model"
	"github.com/aikg/aikg/kg"
)

// This file translates between API input/output shapes and kg queries and
// pages; no decisions are made here beyond defaults the schema documents.

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func optStr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func flt(p *float64) float64 {
	if p == nil {
		return 0
	}
	return *p
}

func intOr(p *int, def int) int {
	if p == nil {
		return def
	}
	return *p
}

func dir(p *kg.Direction) kg.Direction {
	if p == nil {
		return kg.Both
	}
	return *p
}

func desc(d *model.OrderDirection) bool {
	return d != nil && *d == model.OrderDirectionDesc
}

func relFilter(f *model.RelationshipFilter) kg.RelationshipFilter {
	if f == nil {
		return kg.RelationshipFilter{}
	}
	var d kg.Direction
	if f.Direction != nil {
		d = *f.Direction
	}
	return kg.RelationshipFilter{
		Types:         f.Types,
		EntityID:      str(f.Entity),
		Direction:     d,
		CounterpartID: str(f.Counterpart),
		Statuses:      f.Statuses,
		MinUSD:        f.MinUsd,
		Since:         str(f.Since),
		Until:         str(f.Until),
		ArticleID:     str(f.Article),
		Lang:          str(f.Lang),
		MinConfidence: flt(f.MinConfidence),
	}
}

func relOrder(o *model.RelationshipOrder) kg.RelationshipOrder {
	if o == nil {
		return kg.RelationshipOrder{Field: kg.RelByID}
	}
	return kg.RelationshipOrder{Field: o.Field, Desc: desc(o.Direction)}
}

func entFilter(f *model.EntityFilter) kg.EntityFilter {
	if f == nil {
		return kg.EntityFilter{}
	}
	var d kg.Direction
	if f.Direction != nil {
		d = *f.Direction
	}
	return kg.EntityFilter{
		Kinds:         f.Kinds,
		RelationTypes: f.RelationTypes,
		Direction:     d,
		CounterpartID: str(f.Counterpart),
		NamePrefix:    str(f.NamePrefix),
	}
}

func entOrder(o *model.EntityOrder) kg.EntityOrder {
	if o == nil {
		return kg.EntityOrder{Field: kg.EntByName}
	}
	return kg.EntityOrder{Field: o.Field, Desc: desc(o.Direction)}
}

func artFilter(f *model.ArticleFilter) kg.ArticleFilter {
	if f == nil {
		return kg.ArticleFilter{}
	}
	return kg.ArticleFilter{
		Lang:     str(f.Lang),
		Source:   str(f.Source),
		EntityID: str(f.Entity),
		Since:    str(f.Since),
		Until:    str(f.Until),
	}
}

// entityRelQuery is the query behind Entity.relationships; prefetching
// builds it from the same arguments, so both hit the same loader.
func entityRelQuery(direction *kg.Direction, types []kg.RelationType, first *int, after *string, filter *model.RelationshipFilter, orderBy *model.RelationshipOrder) kg.RelationshipQuery {
	f := relFilter(filter)
	f.EntityID = ""
	if len(types) > 0 {
		f.Types = types
	}
	if d := dir(direction); d != kg.Both || f.Direction == "" {
		f.Direction = d
	}
	return kg.RelationshipQuery{
		Filter: f,
		Order:  relOrder(orderBy),
		Page:   kg.Page{First: intOr(first, kg.DefaultFirst), After: str(after)},
	}
}

// timelineQuery is the query behind Entity.timeline.
func timelineQuery(direction *kg.Direction, types []kg.RelationType, first *int, after *string) kg.RelationshipQuery {
	return kg.RelationshipQuery{
		Filter: kg.RelationshipFilter{Types: types, Direction: dir(direction)},
		Order:  kg.RelationshipOrder{Field: kg.RelByDate},
		Page:   kg.Page{First: intOr(first, kg.DefaultFirst), After: str(after)},
	}
}

// totalsQuery is the query behind Query.totals and Entity.totals (without
// the entity).
func totalsQuery(direction *kg.Direction, types []kg.RelationType, groupBy *kg.TotalsGroup) kg.TotalsQuery {
	g := kg.ByCounterpart
	if groupBy != nil {
		g = *groupBy
	}
	return kg.TotalsQuery{Direction: dir(direction), Types: types, GroupBy: g}
}

// pageQuery is a page of the default size unless first is given.
func pageQuery(first *int, after *string) kg.Page {
	return kg.Page{First: intOr(first, kg.DefaultFirst), After: str(after)}
}

// articleRelQuery is the query behind Article.relationships (without the
// article).
func articleRelQuery(first *int, after *string) kg.RelationshipQuery {
	return kg.RelationshipQuery{Order: kg.RelationshipOrder{Field: kg.RelByID}, Page: pageQuery(first, after)}
}

func graphFilter(types []kg.RelationType, since, until *string, minConfidence *float64, limit *int) kg.GraphFilter {
	return kg.GraphFilter{
		Types:         types,
		Since:         str(since),
		Until:         str(until),
		MinConfidence: flt(minConfidence),
		Limit:         intOr(limit, 0),
	}
}

func pageInfo(p kg.PageInfo, cursors []string, after string) *model.PageInfo {
	pi := &model.PageInfo{HasNextPage: p.HasNextPage, HasPreviousPage: after != ""}
	if len(cursors) > 0 {
		pi.StartCursor = optStr(cursors[0])
		pi.EndCursor = optStr(cursors[len(cursors)-1])
	}
	if pi.EndCursor == nil {
		pi.EndCursor = optStr(p.EndCursor)
	}
	return pi
}

func cursorAt(cursors []string, i int) string {
	if i < len(cursors) {
		return cursors[i]
	}
	return ""
}

func relConnection(p *kg.RelationshipPage, after string) *model.RelationshipConnection {
	if p == nil {
		return &model.RelationshipConnection{Edges: []*model.RelationshipEdge{}, PageInfo: &model.PageInfo{}}
	}
	c := &model.RelationshipConnection{
		Edges:      make([]*model.RelationshipEdge, 0, len(p.Items)),
		PageInfo:   pageInfo(p.PageInfo, p.Cursors, after),
		TotalCount: p.TotalCount,
	}
	for i, r := range p.Items {
		c.Edges = append(c.Edges, &model.RelationshipEdge{Cursor: cursorAt(p.Cursors, i), Node: r})
	}
	return c
}

func entConnection(p *kg.EntityPage, after string) *model.EntityConnection {
	c := &model.EntityConnection{
		Edges:      make([]*model.EntityEdge, 0, len(p.Items)),
		PageInfo:   pageInfo(p.PageInfo, p.Cursors, after),
		TotalCount: p.TotalCount,
	}
	for i, e := range p.Items {
		c.Edges = append(c.Edges, &model.EntityEdge{Cursor: cursorAt(p.Cursors, i), Node: e})
	}
	return c
}

func artConnection(p *kg.ArticlePage, after string) *model.ArticleConnection {
	c := &model.ArticleConnection{
		Edges:      make([]*model.ArticleEdge, 0, len(p.Items)),
		PageInfo:   pageInfo(p.PageInfo, p.Cursors, after),
		TotalCount: p.TotalCount,
	}
	for i, a := range p.Items {
		c.Edges = append(c.Edges, &model.ArticleEdge{Cursor: cursorAt(p.Cursors, i), Node: a})
	}
	return c
}

// relLabels are the display labels of relation types in graph views.
var relLabels = map[kg.RelationType]string{
	kg.InvestsIn:       "invests in",
	kg.Acquires:        "acquires",
	kg.SuppliesCompute: "supplies compute to",
	kg.PartnersWith:    "partners with",
	kg.Owns:            "owns",
	kg.Leads:           "leads",
	kg.Operates:        "operates",
	kg.CompetesWith:    "competes with",
	kg.LocatedIn:       "located in",
}
