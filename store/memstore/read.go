package memstore

import (
	"context"
	"sort"
	"strings"

	"github.com/aikg/aikg/kg"
)

// Entity returns the entity with this id.
func (s *Store) Entity(ctx context.Context, id string) (*kg.Entity, error) {
	g, unlock, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	e := g.ents[id]
	if e == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "no entity with id %q", id)
	}
	return cloneEntity(e), nil
}

// EntityByName finds the entity one of whose spellings folds like name.
func (s *Store) EntityByName(ctx context.Context, name string) (*kg.Entity, error) {
	g, unlock, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	f := kg.Fold(name)
	ids := g.names[f]
	if f == "" || len(ids) == 0 {
		return nil, kg.Errorf(kg.ENOTFOUND, "no entity named %q", name)
	}
	for _, id := range ids { // sorted: the first canonical match is the smallest id
		if g.ents[id].folded == f {
			return cloneEntity(g.ents[id]), nil
		}
	}
	return cloneEntity(g.ents[ids[0]]), nil
}

// EntitiesByID returns entities in the order of ids, nil where missing.
func (s *Store) EntitiesByID(ctx context.Context, ids []string) ([]*kg.Entity, error) {
	g, unlock, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	return byID(g.ents, ids, cloneEntity), nil
}

func isInvestment(t kg.RelationType) bool { return t == kg.InvestsIn || t == kg.Acquires }

// entityMatches applies an EntityFilter to one entity.
func (g *graph) entityMatches(e *entity, f *kg.EntityFilter, kinds map[kg.EntityKind]bool, types map[kg.RelationType]bool, prefix string) bool {
	if kinds != nil && !kinds[e.Kind] {
		return false
	}
	if types != nil || f.Direction == kg.In || f.Direction == kg.Out {
		ok := false
		for rid := range g.adj[e.ID] {
			r := g.rels[rid]
			if (types == nil || types[r.Type]) && inDirection(r, e.ID, f.Direction) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	if f.CounterpartID != "" {
		ok := false
		for rid := range g.adj[e.ID] {
			if other(g.rels[rid], e.ID) == f.CounterpartID {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	if prefix != "" {
		ok := false
		for _, form := range e.forms {
			if strings.HasPrefix(strings.Join(form, " "), prefix) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// entityKey is an entity's sort key for an order field.
func (g *graph) entityKey(e *entity, field kg.EntityOrderField) sortKey {
	k := sortKey{has: true, id: e.ID}
	switch field {
	case kg.EntByDegree:
		k.num = float64(len(g.adj[e.ID]))
	case kg.EntByInvestedIn, kg.EntByInvestedBy:
		for rid := range g.adj[e.ID] {
			r := g.rels[rid]
			if !isInvestment(r.Type) {
				continue
			}
			if (field == kg.EntByInvestedIn && r.TargetID == e.ID) || (field == kg.EntByInvestedBy && r.SourceID == e.ID) {
				if v, ok := r.USD(); ok {
					k.num += v
				}
			}
		}
	default:
		k.str = e.folded
	}
	return k
}

// Entities returns a filtered, sorted page of entities.
func (s *Store) Entities(ctx context.Context, q kg.EntityQuery) (*kg.EntityPage, error) {
	f := q.Filter
	if err := checkKinds(f.Kinds); err != nil {
		return nil, err
	}
	if err := checkTypes(f.RelationTypes); err != nil {
		return nil, err
	}
	if err := checkDirection(f.Direction); err != nil {
		return nil, err
	}
	switch q.Order.Field {
	case "", kg.EntByName, kg.EntByDegree, kg.EntByInvestedIn, kg.EntByInvestedBy:
	default:
		return nil, kg.Errorf(kg.EINVALID, "unknown entity order %q", q.Order.Field)
	}
	g, unlock, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	var kinds map[kg.EntityKind]bool
	if len(f.Kinds) > 0 {
		kinds = map[kg.EntityKind]bool{}
		for _, k := range f.Kinds {
			kinds[k] = true
		}
	}
	types := typeSet(f.RelationTypes)
	pfx := kg.Fold(f.NamePrefix)
	if q.Order.Field == "" {
		q.Order.Field = kg.EntByName
	}
	var (
		page    []keyed[*entity]
		cursors []string
		info    kg.PageInfo
		total   int
	)
	if f.CounterpartID != "" {
		var items []keyed[*entity]
		seen := map[string]bool{}
		for rid := range g.adj[f.CounterpartID] {
			o := other(g.rels[rid], f.CounterpartID)
			if e := g.ents[o]; !seen[o] && e != nil && g.entityMatches(e, &f, kinds, types, pfx) {
				items = append(items, keyed[*entity]{g.entityKey(e, q.Order.Field), e})
			}
			seen[o] = true
		}
		sortKeyed(items, q.Order.Desc)
		total = len(items)
		page, cursors, info, err = paginate(items, q.Order.Desc, q.Page)
	} else {
		match := func(e *entity) bool { return g.entityMatches(e, &f, kinds, types, pfx) }
		page, cursors, info, total, err = pageSorted(g.entsSorted(q.Order), match, q.Order.Desc, q.Page)
	}
	if err != nil {
		return nil, err
	}
	out := &kg.EntityPage{PageInfo: info, TotalCount: total, Cursors: cursors, Items: make([]*kg.Entity, len(page))}
	for i, it := range page {
		out.Items[i] = cloneEntity(it.item)
	}
	return out, nil
}

// RelationshipsByID returns relationships in the order of ids, nil where
// missing.
func (s *Store) RelationshipsByID(ctx context.Context, ids []string) ([]*kg.Relationship, error) {
	g, unlock, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	return byID(g.rels, ids, cloneRel), nil
}

func checkRelQuery(q *kg.RelationshipQuery) error {
	if err := checkTypes(q.Filter.Types); err != nil {
		return err
	}
	if err := checkStatuses(q.Filter.Statuses); err != nil {
		return err
	}
	if err := checkDirection(q.Filter.Direction); err != nil {
		return err
	}
	switch q.Order.Field {
	case "", kg.RelByID, kg.RelByDate, kg.RelByAmount, kg.RelByConfidence:
	default:
		return kg.Errorf(kg.EINVALID, "unknown relationship order %q", q.Order.Field)
	}
	_, err := kg.ClampFirst(q.First)
	return err
}

// relMatches applies a RelationshipFilter (less the entity anchor, which
// chose the candidates) to one relationship.
func (g *graph) relMatches(r *kg.Relationship, f *kg.RelationshipFilter, types map[kg.RelationType]bool) bool {
	if types != nil && !types[r.Type] {
		return false
	}
	if f.EntityID != "" {
		if !inDirection(r, f.EntityID, f.Direction) {
			return false
		}
		if f.CounterpartID != "" && other(r, f.EntityID) != f.CounterpartID {
			return false
		}
	} else if f.CounterpartID != "" && r.SourceID != f.CounterpartID && r.TargetID != f.CounterpartID {
		return false
	}
	if len(f.Statuses) > 0 {
		ok := false
		for _, s := range f.Statuses {
			if r.Status == s {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	if f.MinUSD != nil {
		if v, ok := r.USD(); !ok || v < *f.MinUSD {
			return false
		}
	}
	if !dateIn(r.Date, f.Since, f.Until) {
		return false
	}
	if r.Confidence < f.MinConfidence {
		return false
	}
	if f.ArticleID != "" || f.Lang != "" {
		ok := false
		for _, e := range r.Evidence {
			if f.ArticleID != "" && e.ArticleID != f.ArticleID {
				continue
			}
			if f.Lang != "" {
				if a := g.arts[e.ArticleID]; a == nil || a.Article.Lang != f.Lang {
					continue
				}
			}
			ok = true
			break
		}
		if !ok {
			return false
		}
	}
	return true
}

func relKey(r *kg.Relationship, field kg.RelationshipOrderField) sortKey {
	k := sortKey{id: r.ID}
	switch field {
	case kg.RelByDate:
		k.has, k.str = r.Date != "", r.Date
	case kg.RelByAmount:
		k.num, k.has = r.USD()
	case kg.RelByConfidence:
		k.has, k.num = true, r.Confidence
	default:
		k.has, k.str = true, r.ID
	}
	return k
}

// queryRels runs a relationship query against g (read lock held).
func (g *graph) queryRels(q kg.RelationshipQuery) (*kg.RelationshipPage, error) {
	f := q.Filter
	types := typeSet(f.Types)
	if q.Order.Field == "" {
		q.Order.Field = kg.RelByID
	}
	var cands []*kg.Relationship
	switch {
	case f.EntityID != "":
		cands = g.relsOf(f.EntityID)
	case f.CounterpartID != "":
		cands = g.relsOf(f.CounterpartID)
	case f.ArticleID != "":
		if a := g.arts[f.ArticleID]; a != nil {
			for _, r := range a.Relationships {
				if cur := g.rels[r.ID]; cur != nil {
					cands = append(cands, cur)
				}
			}
		}
	default:
		match := func(r *kg.Relationship) bool { return g.relMatches(r, &f, types) }
		page, cursors, info, total, err := pageSorted(g.relsSorted(q.Order), match, q.Order.Desc, q.Page)
		if err != nil {
			return nil, err
		}
		return relPage(page, cursors, info, total), nil
	}
	items := make([]keyed[*kg.Relationship], 0, len(cands))
	for _, r := range cands {
		if g.relMatches(r, &f, types) {
			items = append(items, keyed[*kg.Relationship]{relKey(r, q.Order.Field), r})
		}
	}
	sortKeyed(items, q.Order.Desc)
	page, cursors, info, err := paginate(items, q.Order.Desc, q.Page)
	if err != nil {
		return nil, err
	}
	return relPage(page, cursors, info, len(items)), nil
}

func relPage(page []keyed[*kg.Relationship], cursors []string, info kg.PageInfo, total int) *kg.RelationshipPage {
	out := &kg.RelationshipPage{PageInfo: info, TotalCount: total, Cursors: cursors, Items: make([]*kg.Relationship, len(page))}
	for i, it := range page {
		out.Items[i] = cloneRel(it.item)
	}
	return out
}

// Relationships returns a filtered, sorted page of relationships.
func (s *Store) Relationships(ctx context.Context, q kg.RelationshipQuery) (*kg.RelationshipPage, error) {
	if err := checkRelQuery(&q); err != nil {
		return nil, err
	}
	g, unlock, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	return g.queryRels(q)
}

// RelationshipsOf runs q once per entity id, under one read lock.
func (s *Store) RelationshipsOf(ctx context.Context, ids []string, q kg.RelationshipQuery) ([]*kg.RelationshipPage, error) {
	if err := checkRelQuery(&q); err != nil {
		return nil, err
	}
	g, unlock, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	out := make([]*kg.RelationshipPage, len(ids))
	for i, id := range ids {
		qq := q
		qq.Filter.EntityID = id
		if id == "" {
			out[i] = &kg.RelationshipPage{}
			continue
		}
		p, err := g.queryRels(qq)
		if err != nil {
			return nil, err
		}
		out[i] = p
	}
	return out, nil
}

// checkTotals validates a totals query; batch says the entity id comes
// from the batch, so COUNTERPART needs none here.
func checkTotals(q *kg.TotalsQuery, batch bool) error {
	if err := checkTypes(q.Types); err != nil {
		return err
	}
	if err := checkDirection(q.Direction); err != nil {
		return err
	}
	switch q.GroupBy {
	case "", kg.ByType, kg.ByYear:
	case kg.ByCounterpart:
		if q.EntityID == "" && !batch {
			return kg.Errorf(kg.EINVALID, "totals by counterpart need an entity")
		}
	default:
		return kg.Errorf(kg.EINVALID, "unknown totals grouping %q", q.GroupBy)
	}
	return nil
}

// Totals counts and sums relationships by group, largest USD first.
func (s *Store) Totals(ctx context.Context, q kg.TotalsQuery) ([]kg.Total, error) {
	if err := checkTotals(&q, false); err != nil {
		return nil, err
	}
	g, unlock, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if q.EntityID != "" && g.ents[q.EntityID] == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "no entity with id %q", q.EntityID)
	}
	return g.totals(q), nil
}

// totals runs a validated totals query against g (read lock held); an
// unknown entity has no rows.
func (g *graph) totals(q kg.TotalsQuery) []kg.Total {
	var cands []*kg.Relationship
	if q.EntityID != "" {
		cands = g.relsOf(q.EntityID)
	} else {
		cands = make([]*kg.Relationship, 0, len(g.rels))
		for _, r := range g.rels {
			cands = append(cands, r)
		}
	}
	types := typeSet(q.Types)
	rows := map[string]*kg.Total{}
	for _, r := range cands {
		if types != nil && !types[r.Type] {
			continue
		}
		if q.EntityID != "" && !inDirection(r, q.EntityID, q.Direction) {
			continue
		}
		var k string
		switch q.GroupBy {
		case kg.ByCounterpart:
			k = other(r, q.EntityID)
		case kg.ByYear:
			k = prefix(r.Date, 4)
		default:
			k = string(r.Type)
		}
		t := rows[k]
		if t == nil {
			t = &kg.Total{Key: k}
			rows[k] = t
		}
		t.Count++
		if v, ok := r.USD(); ok {
			t.USD += v
		}
	}
	out := make([]kg.Total, 0, len(rows))
	for _, t := range rows {
		out = append(out, *t)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].USD != out[j].USD {
			return out[i].USD > out[j].USD
		}
		return out[i].Key < out[j].Key
	})
	return out
}

// Article returns the article with this id.
func (s *Store) Article(ctx context.Context, id string) (*kg.Article, error) {
	g, unlock, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	a := g.arts[id]
	if a == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "no article with id %q", id)
	}
	c := cloneArticle(a)
	if err := s.withText(c); err != nil {
		return nil, err
	}
	return c, nil
}

// ArticlesByID returns articles in the order of ids, nil where missing.
func (s *Store) ArticlesByID(ctx context.Context, ids []string) ([]*kg.Article, error) {
	g, unlock, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	out := byID(g.arts, ids, cloneArticle)
	if err := s.withText(out...); err != nil {
		return nil, err
	}
	return out, nil
}

// Articles returns a filtered page of articles, newest first.
func (s *Store) Articles(ctx context.Context, q kg.ArticleQuery) (*kg.ArticlePage, error) {
	g, unlock, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	p, err := g.queryArticles(q)
	if err != nil {
		return nil, err
	}
	if err := s.withTexts(p); err != nil {
		return nil, err
	}
	return p, nil
}

// queryArticles runs an article query against g (read lock held). With an
// entity, the candidates are the articles giving evidence for its
// relationships, found through its adjacency rather than by scanning every
// article.
func (g *graph) queryArticles(q kg.ArticleQuery) (*kg.ArticlePage, error) {
	f := q.Filter
	var cands []*articleRecord
	if f.EntityID != "" {
		seen := map[string]bool{}
		for rid := range g.adj[f.EntityID] {
			for _, e := range g.rels[rid].Evidence {
				if a := g.arts[e.ArticleID]; a != nil && !seen[e.ArticleID] {
					seen[e.ArticleID] = true
					cands = append(cands, a)
				}
			}
		}
	} else {
		cands = make([]*articleRecord, 0, len(g.arts))
		for _, a := range g.arts {
			cands = append(cands, a)
		}
	}
	var items []keyed[*articleRecord]
	for _, a := range cands {
		if f.Lang != "" && a.Article.Lang != f.Lang || f.Source != "" && a.Article.Source != f.Source {
			continue
		}
		if !dateIn(a.Article.Published, f.Since, f.Until) {
			continue
		}
		p := a.Article.Published
		items = append(items, keyed[*articleRecord]{sortKey{has: p != "", str: p, id: a.Article.ID}, a})
	}
	sortKeyed(items, true)
	page, cursors, info, err := paginate(items, true, q.Page)
	if err != nil {
		return nil, err
	}
	out := &kg.ArticlePage{PageInfo: info, TotalCount: len(items), Cursors: cursors, Items: make([]*kg.Article, len(page))}
	for i, it := range page {
		out.Items[i] = cloneArticle(it.item)
	}
	return out, nil
}

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (*kg.Stats, error) {
	g, unlock, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	st := &kg.Stats{Entities: len(g.ents), Relationships: len(g.rels), Articles: len(g.arts)}
	for k, n := range g.kinds {
		if n > 0 {
			st.ByKind = append(st.ByKind, kg.Count{Key: string(k), Count: n})
		}
	}
	for t, n := range g.types {
		if n > 0 {
			st.ByType = append(st.ByType, kg.Count{Key: string(t), Count: n})
		}
	}
	sort.Slice(st.ByKind, func(i, j int) bool { return st.ByKind[i].Key < st.ByKind[j].Key })
	sort.Slice(st.ByType, func(i, j int) bool { return st.ByType[i].Key < st.ByType[j].Key })
	return st, nil
}

// byID looks ids up in m and returns copies in the order of ids, nil where
// missing: the shape every …ByID read and its dataloader need.
func byID[T, R any](m map[string]*T, ids []string, clone func(*T) *R) []*R {
	out := make([]*R, len(ids))
	for i, id := range ids {
		if v := m[id]; v != nil {
			out[i] = clone(v)
		}
	}
	return out
}
