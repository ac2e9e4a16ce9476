package neo4jstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/aikg/aikg/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Entity returns the entity with this id.
func (s *Store) Entity(ctx context.Context, id string) (*kg.Entity, error) {
	es, err := s.EntitiesByID(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	if es[0] == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "no entity with id %q", id)
	}
	return es[0], nil
}

// EntitiesByID returns entities in the order of ids, nil where missing.
func (s *Store) EntitiesByID(ctx context.Context, ids []string) ([]*kg.Entity, error) {
	out := make([]*kg.Entity, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	recs, err := s.read(ctx, "cannot read entities",
		"UNWIND range(0, size($ids) - 1) AS i MATCH (n:Entity {id: $ids[i]}) RETURN i, n "+entityProj, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		out[r.Values[0].(int64)] = toEntity(r.Values[1])
	}
	return out, nil
}

// EntityByName finds the entity whose name or an alias folds like name.
// The full-text index narrows the candidates; the exact folded comparison
// decides.
func (s *Store) EntityByName(ctx context.Context, name string) (*kg.Entity, error) {
	f := kg.Fold(name)
	if f == "" {
		return nil, kg.Errorf(kg.ENOTFOUND, "no entity named %q", name)
	}
	query := `CALL db.index.fulltext.queryNodes($index, $q) YIELD node AS n
WHERE $f IN n.folded
RETURN n ` + entityProj + ` AS e, n.folded[0] = $f AS canonical
ORDER BY canonical DESC, n.id LIMIT 1`
	p := map[string]any{"index": nameIndex, "q": `"` + luceneEscape(f) + `"`, "f": f}
	if !hasWordChar(f) {
		// Nothing the analyzer would index: compare directly.
		query = `MATCH (n:Entity) WHERE $f IN n.folded
RETURN n ` + entityProj + ` AS e, n.folded[0] = $f AS canonical
ORDER BY canonical DESC, n.id LIMIT 1`
	}
	recs, err := s.read(ctx, "cannot look up the entity name", query, p)
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, kg.Errorf(kg.ENOTFOUND, "no entity named %q", name)
	}
	return toEntity(recs[0].Values[0]), nil
}

// Entities returns a filtered, sorted page of entities.
func (s *Store) Entities(ctx context.Context, q kg.EntityQuery) (*kg.EntityPage, error) {
	first, err := kg.ClampFirst(q.First)
	if err != nil {
		return nil, err
	}
	f := q.Filter
	kinds, err := kindStrings(f.Kinds)
	if err != nil {
		return nil, err
	}
	types, err := typeStrings(f.RelationTypes)
	if err != nil {
		return nil, err
	}
	if err := checkDirection(f.Direction); err != nil {
		return nil, err
	}
	p := map[string]any{"sym": symmetric(), "limit": first + 1}
	match := "MATCH (n:Entity)"
	if f.CounterpartID != "" {
		p["cp"] = f.CounterpartID
		match = "MATCH (:Entity {id: $cp})--(n:Entity) WITH DISTINCT n"
	}
	var conds []string
	if len(kinds) > 0 {
		p["kinds"] = kinds
		conds = append(conds, "n.kind IN $kinds")
	}
	if len(types) > 0 || f.Direction == kg.In || f.Direction == kg.Out {
		var rc []string
		if len(types) > 0 {
			p["types"] = types
			rc = append(rc, "type(r) IN $types")
		}
		if d := dirCond("r", "n", f.Direction); d != "" {
			rc = append(rc, d)
		}
		conds = append(conds, "EXISTS { MATCH (n)-[r]-(:Entity)"+where(rc)+" }")
	}
	if f.NamePrefix != "" {
		p["prefix"] = kg.Fold(f.NamePrefix)
		conds = append(conds, "any(x IN n.folded WHERE x STARTS WITH $prefix)")
	}
	var key string
	numeric := true
	switch q.Order.Field {
	case "", kg.EntByName:
		key, numeric = "n.folded[0]", false
	case kg.EntByDegree:
		key = "COUNT { (n)-[]-(:Entity) }"
	case kg.EntByInvestedIn:
		key = "reduce(acc = 0.0, v IN COLLECT { MATCH (n)<-[r:INVESTS_IN|ACQUIRES]-(:Entity) RETURN r.usd } | acc + coalesce(v, 0.0))"
	case kg.EntByInvestedBy:
		key = "reduce(acc = 0.0, v IN COLLECT { MATCH (n)-[r:INVESTS_IN|ACQUIRES]->(:Entity) RETURN r.usd } | acc + coalesce(v, 0.0))"
	default:
		return nil, kg.Errorf(kg.EINVALID, "unknown entity order %q", q.Order.Field)
	}
	after, err := decodeKey(q.After, numeric)
	if err != nil {
		return nil, err
	}
	pageConds := []string{}
	if after != nil {
		pageConds = append(pageConds, afterCond(after, numeric, q.Order.Desc, "k", "n.id", p))
	}
	query := fmt.Sprintf(`CALL () { %s%s RETURN count(n) AS total }
CALL () { %s%s WITH n, %s AS k%s %s LIMIT $limit RETURN collect([n %s, k]) AS items }
RETURN total, items`, match, where(conds), match, where(conds), key, where(pageConds), orderBy("k", "n.id", q.Order.Desc), entityProj)
	recs, err := s.read(ctx, "cannot list entities", query, p)
	if err != nil {
		return nil, err
	}
	page := &kg.EntityPage{Items: []*kg.Entity{}, Cursors: []string{}}
	if len(recs) == 0 {
		return page, nil
	}
	page.TotalCount = int(recs[0].Values[0].(int64))
	items, _ := recs[0].Values[1].([]any)
	for i, it := range items {
		if i == first {
			page.PageInfo.HasNextPage = true
			break
		}
		pair := it.([]any)
		e := toEntity(pair[0])
		page.Items = append(page.Items, e)
		page.Cursors = append(page.Cursors, encodeKey(true, pair[1], e.ID))
	}
	if n := len(page.Cursors); n > 0 {
		page.PageInfo.EndCursor = page.Cursors[n-1]
	}
	return page, nil
}

// relQuery builds the pattern and conditions selecting relationships x of
// filter f. eid is the Cypher expression of the anchoring entity id
// ("$eid" or a variable), empty for none.
func relQuery(f kg.RelationshipFilter, eid string, p map[string]any) (string, []string, error) {
	types, err := typeStrings(f.Types)
	if err != nil {
		return "", nil, err
	}
	if err := checkDirection(f.Direction); err != nil {
		return "", nil, err
	}
	for _, st := range f.Statuses {
		if st == "" || !st.Valid() {
			return "", nil, kg.Errorf(kg.EINVALID, "unknown deal status %q", st)
		}
	}
	p["sym"] = symmetric()
	var match string
	var conds []string
	switch {
	case eid != "":
		match = "MATCH (e:Entity {id: " + eid + "})-[x]-(o:Entity)"
		if d := dirCond("x", "e", f.Direction); d != "" {
			conds = append(conds, d)
		}
		if f.CounterpartID != "" {
			p["cp"] = f.CounterpartID
			conds = append(conds, "o.id = $cp")
		}
	case f.CounterpartID != "":
		p["cp"] = f.CounterpartID
		match = "MATCH (:Entity {id: $cp})-[x]-(:Entity)"
	default:
		match = "MATCH (:Entity)-[x]->(:Entity)"
	}
	if len(types) > 0 {
		p["types"] = types
		conds = append(conds, "type(x) IN $types")
	}
	if len(f.Statuses) > 0 {
		st := make([]string, len(f.Statuses))
		for i, v := range f.Statuses {
			st[i] = string(v)
		}
		p["statuses"] = st
		conds = append(conds, "x.status IN $statuses")
	}
	if f.MinUSD != nil {
		p["minUSD"] = *f.MinUSD
		conds = append(conds, "x.usd >= $minUSD")
	}
	conds = dateConds(conds, p, "x.date", f.Since, f.Until, "")
	// A relationship lists the articles of its evidence (articles).
	switch {
	case f.ArticleID != "" && f.Lang != "":
		p["aid"], p["lang"] = f.ArticleID, f.Lang
		conds = append(conds, "$aid IN x.articles", "EXISTS { MATCH (a:Article {id: $aid}) WHERE a.lang = $lang }")
	case f.ArticleID != "":
		p["aid"] = f.ArticleID
		conds = append(conds, "$aid IN x.articles")
	case f.Lang != "":
		p["lang"] = f.Lang
		conds = append(conds, "EXISTS { UNWIND x.articles AS aid MATCH (a:Article {id: aid}) WHERE a.lang = $lang }")
	}
	if eid == "" && f.CounterpartID == "" && f.ArticleID != "" {
		// Anchored on the article instead of every relationship: the
		// relationships it lists (Article.evRel), each found from its ends.
		match = articleRelsMatch("$aid", "")
		p["relTypes"] = relTypeStrings()
		conds = append([]string{"x.id = rid"}, conds...)
	}
	if f.MinConfidence > 0 {
		p["minConf"] = f.MinConfidence
		conds = append(conds, "x.confidence >= $minConf")
	}
	return match, conds, nil
}

// relPageQuery is the subqueries computing total and items of one page;
// vars are the outer variables the subqueries import.
func relPageQuery(q kg.RelationshipQuery, eid, vars string, first int, p map[string]any) (string, error) {
	match, conds, err := relQuery(q.Filter, eid, p)
	if err != nil {
		return "", err
	}
	return relPageFrom(match, conds, q, vars, first, p)
}

func relPage(total any, items any, first int, field kg.RelationshipOrderField) *kg.RelationshipPage {
	page := &kg.RelationshipPage{Items: []*kg.Relationship{}, Cursors: []string{}}
	n, _ := total.(int64)
	page.TotalCount = int(n)
	list, _ := items.([]any)
	for i, it := range list {
		if i == first {
			page.PageInfo.HasNextPage = true
			break
		}
		pair := it.([]any)
		r := toRelationship(pair[0])
		page.Items = append(page.Items, r)
		page.Cursors = append(page.Cursors, encodeKey(pair[1] != nil, pair[1], r.ID))
	}
	if n := len(page.Cursors); n > 0 {
		page.PageInfo.EndCursor = page.Cursors[n-1]
	}
	return page
}

// Relationships returns a filtered, sorted page of relationships.
func (s *Store) Relationships(ctx context.Context, q kg.RelationshipQuery) (*kg.RelationshipPage, error) {
	first, err := kg.ClampFirst(q.First)
	if err != nil {
		return nil, err
	}
	p := map[string]any{}
	eid := ""
	if q.Filter.EntityID != "" {
		p["eid"], eid = q.Filter.EntityID, "$eid"
	}
	sub, err := relPageQuery(q, eid, "", first, p)
	if err != nil {
		return nil, err
	}
	page := relPage(nil, nil, first, q.Order.Field)
	err = s.readSettled(ctx, "cannot list relationships", sub+"\nRETURN total, items", p, func(recs []*neo4j.Record) []*kg.Relationship {
		if len(recs) > 0 {
			page = relPage(recs[0].Values[0], recs[0].Values[1], first, q.Order.Field)
		}
		return page.Items
	})
	if err != nil {
		return nil, err
	}
	return page, nil
}

// RelationshipsOf runs q for each entity id in one query.
func (s *Store) RelationshipsOf(ctx context.Context, ids []string, q kg.RelationshipQuery) ([]*kg.RelationshipPage, error) {
	first, err := kg.ClampFirst(q.First)
	if err != nil {
		return nil, err
	}
	p := map[string]any{"ids": ids}
	sub, err := relPageQuery(q, "eid", "eid", first, p)
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
	err = s.readSettled(ctx, "cannot list relationships",
		"UNWIND range(0, size($ids) - 1) AS i WITH i, $ids[i] AS eid\n"+sub+"\nRETURN i, total, items", p,
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

// RelationshipsByID returns relationships in the order of ids, nil where
// missing. The id names both ends, so each is found from an index seek.
func (s *Store) RelationshipsByID(ctx context.Context, ids []string) ([]*kg.Relationship, error) {
	out := make([]*kg.Relationship, len(ids))
	var rows []map[string]any
	for i, id := range ids {
		src, _, tgt, ok := splitRelID(id)
		if ok {
			rows = append(rows, map[string]any{"i": i, "id": id, "s": src, "t": tgt})
		}
	}
	if len(rows) == 0 {
		return out, nil
	}
	err := s.readSettled(ctx, "cannot read relationships", `UNWIND $rows AS row
MATCH (:Entity {id: row.s})-[x]->(:Entity {id: row.t}) WHERE x.id = row.id
RETURN row.i, `+relProj, map[string]any{"rows": rows}, func(recs []*neo4j.Record) []*kg.Relationship {
		clear(out)
		for _, r := range recs {
			out[r.Values[0].(int64)] = toRelationship(r.Values[1])
		}
		return out
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Totals counts and sums relationships grouped by q.GroupBy.
func (s *Store) Totals(ctx context.Context, q kg.TotalsQuery) ([]kg.Total, error) {
	types, err := typeStrings(q.Types)
	if err != nil {
		return nil, err
	}
	if err := checkDirection(q.Direction); err != nil {
		return nil, err
	}
	p := map[string]any{"sym": symmetric()}
	var match, key string
	var conds []string
	if q.EntityID != "" {
		p["eid"] = q.EntityID
		match = "MATCH (e:Entity {id: $eid})\nOPTIONAL MATCH (e)-[x]-(o:Entity)"
		if d := dirCond("x", "e", q.Direction); d != "" {
			conds = append(conds, d)
		}
	} else {
		match = "MATCH (:Entity)-[x]->(:Entity)"
	}
	if len(types) > 0 {
		p["types"] = types
		conds = append(conds, "type(x) IN $types")
	}
	switch q.GroupBy {
	case "", kg.ByType:
		key = "type(x)"
	case kg.ByYear:
		key = "left(coalesce(x.date, ''), 4)"
	case kg.ByCounterpart:
		if q.EntityID == "" {
			return nil, kg.Errorf(kg.EINVALID, "totals by counterpart need an entity id")
		}
		key = "o.id"
	default:
		return nil, kg.Errorf(kg.EINVALID, "unknown totals grouping %q", q.GroupBy)
	}
	query := match + where(conds) + `
RETURN ` + key + ` AS key, count(x) AS n, sum(coalesce(x.usd, 0.0)) AS usd
ORDER BY usd DESC, key`
	recs, err := s.read(ctx, "cannot compute totals", query, p)
	if err != nil {
		return nil, err
	}
	if q.EntityID != "" && len(recs) == 0 {
		return nil, kg.Errorf(kg.ENOTFOUND, "no entity with id %q", q.EntityID)
	}
	out := []kg.Total{}
	for _, r := range recs {
		n, _ := r.Values[1].(int64)
		if n == 0 {
			continue // the entity exists but has nothing to group
		}
		k, _ := r.Values[0].(string)
		usd, _ := r.Values[2].(float64)
		out = append(out, kg.Total{Key: k, Count: int(n), USD: usd})
	}
	return out, nil
}

// Article returns the article with this id.
func (s *Store) Article(ctx context.Context, id string) (*kg.Article, error) {
	as, err := s.ArticlesByID(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	if as[0] == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "no article with id %q", id)
	}
	return as[0], nil
}

// ArticlesByID returns articles in the order of ids, nil where missing.
func (s *Store) ArticlesByID(ctx context.Context, ids []string) ([]*kg.Article, error) {
	out := make([]*kg.Article, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	recs, err := s.read(ctx, "cannot read articles",
		"UNWIND range(0, size($ids) - 1) AS i MATCH (a:Article {id: $ids[i]}) RETURN i, a "+articleProj, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		out[r.Values[0].(int64)] = toArticle(r.Values[1])
	}
	return out, nil
}

// Articles returns a filtered page of articles, newest first, undated
// last, ties by id.
func (s *Store) Articles(ctx context.Context, q kg.ArticleQuery) (*kg.ArticlePage, error) {
	first, err := kg.ClampFirst(q.First)
	if err != nil {
		return nil, err
	}
	f := q.Filter
	p := map[string]any{"limit": first + 1}
	match := "MATCH (a:Article)"
	if f.EntityID != "" {
		p["eid"] = f.EntityID
		match = "MATCH (:Entity {id: $eid})-[x]-(:Entity) UNWIND x.articles AS aid WITH DISTINCT aid MATCH (a:Article {id: aid}) WITH a"
	}
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
	after, err := decodeKey(q.After, false)
	if err != nil {
		return nil, err
	}
	pageConds := append([]string(nil), conds...)
	if after != nil {
		pageConds = append(pageConds, afterCond(after, false, true, "a.published", "a.id", p))
	}
	query := fmt.Sprintf(`CALL () { %s%s RETURN count(a) AS total }
CALL () { %s%s WITH a %s LIMIT $limit RETURN collect(a %s) AS items }
RETURN total, items`, match, where(conds), match, where(pageConds), orderBy("a.published", "a.id", true), articleProj)
	recs, err := s.read(ctx, "cannot list articles", query, p)
	if err != nil {
		return nil, err
	}
	page := &kg.ArticlePage{Items: []*kg.Article{}, Cursors: []string{}}
	if len(recs) == 0 {
		return page, nil
	}
	page.TotalCount = int(recs[0].Values[0].(int64))
	items, _ := recs[0].Values[1].([]any)
	for i, it := range items {
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
	return page, nil
}

// Stats counts what the store holds. Per-label and per-type counts come
// from Neo4j's count store, so this is cheap at any size.
func (s *Store) Stats(ctx context.Context) (*kg.Stats, error) {
	var parts []string
	var ret []string
	parts = append(parts, "CALL () { MATCH (n:Entity) RETURN count(n) AS entities }",
		"CALL () { MATCH (a:Article) RETURN count(a) AS articles }")
	ret = append(ret, "entities", "articles")
	for i, k := range kg.EntityKinds {
		parts = append(parts, fmt.Sprintf("CALL () { MATCH (n:%s) RETURN count(n) AS k%d }", k.Label(), i))
		ret = append(ret, fmt.Sprintf("k%d", i))
	}
	for i, t := range kg.RelationTypes {
		parts = append(parts, fmt.Sprintf("CALL () { MATCH ()-[r:%s]->() RETURN count(r) AS t%d }", string(t), i))
		ret = append(ret, fmt.Sprintf("t%d", i))
	}
	recs, err := s.read(ctx, "cannot count the graph", strings.Join(parts, "\n")+"\nRETURN "+strings.Join(ret, ", "), nil)
	if err != nil {
		return nil, err
	}
	st := &kg.Stats{ByKind: []kg.Count{}, ByType: []kg.Count{}}
	if len(recs) == 0 {
		return st, nil
	}
	v := recs[0].Values
	st.Entities = int(v[0].(int64))
	st.Articles = int(v[1].(int64))
	for i, k := range kg.EntityKinds {
		if n := int(v[2+i].(int64)); n > 0 {
			st.ByKind = append(st.ByKind, kg.Count{Key: string(k), Count: n})
		}
	}
	for i, t := range kg.RelationTypes {
		if n := int(v[2+len(kg.EntityKinds)+i].(int64)); n > 0 {
			st.ByType = append(st.ByType, kg.Count{Key: string(t), Count: n})
			st.Relationships += n
		}
	}
	sortCounts(st.ByKind)
	sortCounts(st.ByType)
	return st, nil
}

func sortCounts(c []kg.Count) {
	for i := 1; i < len(c); i++ {
		for j := i; j > 0 && c[j].Key < c[j-1].Key; j-- {
			c[j], c[j-1] = c[j-1], c[j]
		}
	}
}
