package neo4jstore

import (
	"context"
	"fmt"

	"github.com/aikg/aikg/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The batch reads answer a query for many entities or articles in one
// Cypher statement: the ids are unwound with their positions and each one
// runs the single read's query in a subquery, so a list in a GraphQL
// response costs one round trip whatever its length. Each slot is what the
// single read (Totals, Articles, Relationships) answers for its id.

// TotalsOf runs q once per entity id in one query; an unknown id gets nil
// rows.
func (s *Store) TotalsOf(ctx context.Context, ids []string, q kg.TotalsQuery) ([][]kg.Total, error) {
	query, p, err := totalsOfQuery(q)
	if err != nil {
		return nil, err
	}
	out := make([][]kg.Total, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	p["ids"] = ids
	recs, err := s.read(ctx, "cannot compute totals", query, p)
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		list, _ := r.Values[1].([]any)
		rows := make([]kg.Total, 0, len(list))
		for _, it := range list {
			row, _ := it.([]any)
			if len(row) != 3 {
				continue
			}
			k, _ := row[0].(string)
			n, _ := row[1].(int64)
			usd, _ := row[2].(float64)
			rows = append(rows, kg.Total{Key: k, Count: int(n), USD: usd})
		}
		out[r.Values[0].(int64)] = rows
	}
	return out, nil
}

// ArticlesOf runs q once per entity id in one query; an unknown id gets an
// empty page.
func (s *Store) ArticlesOf(ctx context.Context, ids []string, q kg.ArticleQuery) ([]*kg.ArticlePage, error) {
	query, p, first, err := articlesOfQuery(q)
	if err != nil {
		return nil, err
	}
	out := make([]*kg.ArticlePage, len(ids))
	for i := range out {
		out[i] = articlePage(nil, nil, first)
	}
	if len(ids) == 0 {
		return out, nil
	}
	p["ids"] = ids
	recs, err := s.read(ctx, "cannot list articles", query, p)
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		out[r.Values[0].(int64)] = articlePage(r.Values[1], r.Values[2], first)
	}
	return out, nil
}

// articlePage decodes one page of articles (items one more than first when
// a next page exists), as Articles does.
func articlePage(total, items any, first int) *kg.ArticlePage {
	page := &kg.ArticlePage{Items: []*kg.Article{}, Cursors: []string{}}
	n, _ := total.(int64)
	page.TotalCount = int(n)
	list, _ := items.([]any)
	for i, it := range list {
		if i == first {
			page.PageInfo.HasNextPage = true
			break
		}
		a := toArticle(it)
		page.Items = append(page.Items, a)
		page.Cursors = append(page.Cursors, encodeKey(a.Published != "", a.Published, a.ID))
	}
	if n := len(page.Cursors); n > 0 {
		page.PageInfo.EndCursor = page.Cursors[n-1]
	}
	return page
}

// RelationshipsOfArticles runs q once per article id in one query; an
// unknown id gets an empty page.
//
// Without an entity in the filter, each article anchors its match: the
// relationships it lists (Article.evRel), each found from its two
// ends, which the id spells out, so the cost follows the article's
// evidence, not the size of the graph. With an entity, the entity anchors
// it (as in Relationships) and the article is a condition.
func (s *Store) RelationshipsOfArticles(ctx context.Context, ids []string, q kg.RelationshipQuery) ([]*kg.RelationshipPage, error) {
	query, p, first, err := relsOfArticlesQuery(q)
	if err != nil {
		return nil, err
	}
	out := make([]*kg.RelationshipPage, len(ids))
	for i := range out {
		out[i] = relPage(nil, nil, first, q.Order.Field)
	}
	if len(ids) == 0 {
		return out, nil
	}
	p["ids"] = ids
	err = s.readSettled(ctx, "cannot list relationships", query, p,
		func(recs []*neo4j.Record) []*kg.Relationship {
			var all []*kg.Relationship
			for _, r := range recs {
				pg := relPage(r.Values[1], r.Values[2], first, q.Order.Field)
				out[r.Values[0].(int64)] = pg
				all = append(all, pg.Items...)
			}
			return all
		})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// relPageFrom is the subqueries computing the total and the items of one
// page of the relationships x that match and conds select, importing vars,
// in the order and after the cursor of q.
func relPageFrom(match string, conds []string, q kg.RelationshipQuery, vars string, first int, p map[string]any) (string, error) {
	var key string
	numeric := true
	switch q.Order.Field {
	case "", kg.RelByID:
		key, numeric = "x.id", false
	case kg.RelByDate:
		key, numeric = "x.date", false
	case kg.RelByAmount:
		key = "x.usd"
	case kg.RelByConfidence:
		key = "x.confidence"
	default:
		return "", kg.Errorf(kg.EINVALID, "unknown relationship order %q", q.Order.Field)
	}
	after, err := decodeKey(q.After, numeric)
	if err != nil {
		return "", err
	}
	pageConds := append([]string(nil), conds...)
	if after != nil {
		pageConds = append(pageConds, afterCond(after, numeric, q.Order.Desc, key, "x.id", p))
	}
	p["limit"] = first + 1
	return fmt.Sprintf(`CALL (%s) { %s%s RETURN count(x) AS total }
CALL (%s) { %s%s WITH x, %s AS k %s LIMIT $limit RETURN collect([%s, k]) AS items }`,
		vars, match, where(conds), vars, match, where(pageConds), key, orderBy(key, "x.id", q.Order.Desc), relProj), nil
}

// totalsOfQuery is TotalsOf's statement (over $ids) and its parameters.
func totalsOfQuery(q kg.TotalsQuery) (string, map[string]any, error) {
	types, err := typeStrings(q.Types)
	if err != nil {
		return "", nil, err
	}
	if err := checkDirection(q.Direction); err != nil {
		return "", nil, err
	}
	var key string
	switch q.GroupBy {
	case "", kg.ByType:
		key = "type(x)"
	case kg.ByYear:
		key = "left(coalesce(x.date, ''), 4)"
	case kg.ByCounterpart:
		key = "o.id"
	default:
		return "", nil, kg.Errorf(kg.EINVALID, "unknown totals grouping %q", q.GroupBy)
	}
	p := map[string]any{"sym": symmetric()}
	var conds []string
	if d := dirCond("x", "e", q.Direction); d != "" {
		conds = append(conds, d)
	}
	if len(types) > 0 {
		p["types"] = types
		conds = append(conds, "type(x) IN $types")
	}
	// An unknown id matches no entity and so has no record: nil rows. A
	// known entity with nothing to group collects an empty list.
	return `UNWIND range(0, size($ids) - 1) AS i
MATCH (e:Entity {id: $ids[i]})
CALL (e) {
  MATCH (e)-[x]-(o:Entity)` + where(conds) + `
  WITH ` + key + ` AS key, count(x) AS n, sum(coalesce(x.usd, 0.0)) AS usd
  ORDER BY usd DESC, key
  RETURN collect([key, n, usd]) AS rows
}
RETURN i, rows`, p, nil
}

// articlesOfQuery is ArticlesOf's statement (over $ids), its parameters
// and the page size.
func articlesOfQuery(q kg.ArticleQuery) (string, map[string]any, int, error) {
	first, err := kg.ClampFirst(q.First)
	if err != nil {
		return "", nil, 0, err
	}
	after, err := decodeKey(q.After, false)
	if err != nil {
		return "", nil, 0, err
	}
	f := q.Filter
	p := map[string]any{"limit": first + 1}
	// As Articles with an entity: the articles asserting any relationship
	// of it, named by its relationships (Relationship.articles).
	match := "MATCH (:Entity {id: eid})-[x]-(:Entity) UNWIND x.articles AS aid WITH DISTINCT aid MATCH (a:Article {id: aid}) WITH a"
	var conds []string
	if f.Lang != "" {
		p["lang"] = f.Lang
		conds = append(conds, "a.lang = $lang")
	}
	if f.Source != "" {
		p["source"] = f.Source
		conds = append(conds, "a.source = $source")
	}
	conds = dateConds(conds, p, "a.published", f.Since, f.Until, "")
	pageConds := append([]string(nil), conds...)
	if after != nil {
		pageConds = append(pageConds, afterCond(after, false, true, "a.published", "a.id", p))
	}
	query := fmt.Sprintf(`UNWIND range(0, size($ids) - 1) AS i
WITH i, $ids[i] AS eid
CALL (eid) { %s%s RETURN count(a) AS total }
CALL (eid) { %s%s WITH a %s LIMIT $limit RETURN collect(a %s) AS items }
RETURN i, total, items`, match, where(conds), match, where(pageConds), orderBy("a.published", "a.id", true), articleProj)
	return query, p, first, nil
}

// relsOfArticlesQuery is RelationshipsOfArticles' statement (over $ids),
// its parameters and the page size.
func relsOfArticlesQuery(q kg.RelationshipQuery) (string, map[string]any, int, error) {
	first, err := kg.ClampFirst(q.First)
	if err != nil {
		return "", nil, 0, err
	}
	p := map[string]any{}
	f := q.Filter
	f.ArticleID = ""
	// The language applies to the article itself (the evidence must come
	// from it and it must be in that language), not to any article.
	lang := f.Lang
	f.Lang = ""
	if lang != "" {
		p["artLang"] = lang
	}
	eid := ""
	if f.EntityID != "" {
		p["eid"], eid = f.EntityID, "$eid"
	}
	match, conds, err := relQuery(f, eid, p)
	if err != nil {
		return "", nil, 0, err
	}
	langCond := ""
	if lang != "" {
		langCond = " WHERE aa.lang = $artLang"
	}
	if eid != "" {
		conds = append(conds, "aid IN x.articles")
		if lang != "" {
			conds = append(conds, "EXISTS { MATCH (aa:Article {id: aid})"+langCond+" }")
		}
	} else {
		p["relTypes"] = relTypeStrings()
		match = articleRelsMatch("aid", langCond)
		conds = append([]string{"x.id = rid"}, conds...)
		if f.CounterpartID != "" {
			// relQuery anchored the match on the counterpart; here it is a
			// condition ($cp is set).
			conds = append(conds, "(startNode(x).id = $cp OR endNode(x).id = $cp)")
		}
	}
	sub, err := relPageFrom(match, conds, q, "aid", first, p)
	if err != nil {
		return "", nil, 0, err
	}
	return "UNWIND range(0, size($ids) - 1) AS i WITH i, $ids[i] AS aid\n" + sub + "\nRETURN i, total, items", p, first, nil
}

// articleRelsMatch matches the relationships x that the article with id
// expression aid lists in Article.evRel (rid is each listed id), each found
// from its two ends, which the id spells out; cond (" WHERE ...", on aa)
// restricts the article. $relTypes must be set (relTypeStrings).
func articleRelsMatch(aid, cond string) string {
	// A relationship id is source|TYPE|target; the type comes from the
	// closed enum, so splitting on "|TYPE|" recovers the ends (as
	// splitRelID does).
	return `MATCH (aa:Article {id: ` + aid + `})` + cond + `
UNWIND aa.evRel AS rid
WITH DISTINCT rid
WITH rid, [t IN $relTypes WHERE rid CONTAINS '|' + t + '|'][0] AS rt
WITH rid, split(rid, '|' + rt + '|') AS ends WHERE size(ends) = 2
MATCH (:Entity {id: ends[0]})-[x]->(:Entity {id: ends[1]})`
}

// relTypeStrings lists every relation type, for $relTypes.
func relTypeStrings() []string {
	out := make([]string, len(kg.RelationTypes))
	for i, t := range kg.RelationTypes {
		out[i] = string(t)
	}
	return out
}
