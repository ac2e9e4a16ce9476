package memstore

import (
	"context"

	"github.com/aikg/aikg/kg"
)

// The batch reads answer a query for many entities or articles under one
// read lock, as one round trip: each id's answer is what the single read
// gives for it, so a dataloader's list is the same as the field asked
// alone.

// TotalsOf runs q once per entity id, under one read lock; an unknown id
// gets nil rows.
func (s *Store) TotalsOf(ctx context.Context, ids []string, q kg.TotalsQuery) ([][]kg.Total, error) {
	if err := checkTotals(&q, true); err != nil {
		return nil, err
	}
	g, unlock, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	out := make([][]kg.Total, len(ids))
	for i, id := range ids {
		if g.ents[id] == nil {
			continue
		}
		qq := q
		qq.EntityID = id
		out[i] = g.totals(qq)
	}
	return out, nil
}

// RelationshipsOfArticles runs q once per article id, under one read lock;
// an unknown id gets an empty page.
func (s *Store) RelationshipsOfArticles(ctx context.Context, ids []string, q kg.RelationshipQuery) ([]*kg.RelationshipPage, error) {
	if err := checkRelQuery(&q); err != nil {
		return nil, err
	}
	if err := checkAfter(q.After); err != nil {
		return nil, err
	}
	g, unlock, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	out := make([]*kg.RelationshipPage, len(ids))
	for i, id := range ids {
		if id == "" {
			// The empty id is no article; without this it would mean
			// "any article".
			out[i] = &kg.RelationshipPage{Items: []*kg.Relationship{}, Cursors: []string{}}
			continue
		}
		qq := q
		qq.Filter.ArticleID = id
		p, err := g.queryRels(qq)
		if err != nil {
			return nil, err
		}
		out[i] = p
	}
	return out, nil
}

// ArticlesOf runs q once per entity id, under one read lock; an unknown id
// gets an empty page.
func (s *Store) ArticlesOf(ctx context.Context, ids []string, q kg.ArticleQuery) ([]*kg.ArticlePage, error) {
	if _, err := kg.ClampFirst(q.First); err != nil {
		return nil, err
	}
	if err := checkAfter(q.After); err != nil {
		return nil, err
	}
	g, unlock, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	out := make([]*kg.ArticlePage, len(ids))
	for i, id := range ids {
		if id == "" {
			// The empty id is no entity; without this it would mean
			// "any entity".
			out[i] = &kg.ArticlePage{Items: []*kg.Article{}, Cursors: []string{}}
			continue
		}
		qq := q
		qq.Filter.EntityID = id
		p, err := g.queryArticles(qq)
		if err != nil {
			return nil, err
		}
		out[i] = p
	}
	if err := s.withTexts(out...); err != nil {
		return nil, err
	}
	return out, nil
}

// checkAfter rejects a cursor that does not decode, so that a batch fails
// the same way whether or not any id reaches the pager.
func checkAfter(after string) error {
	if after == "" {
		return nil
	}
	_, err := decodeKey(after)
	return err
}
