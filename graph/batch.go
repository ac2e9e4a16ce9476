package graph

import (
	"context"
	"sort"

	"github.com/aikg/aikg/kg"
)

// The batch reads below let Entity.totals, Entity.articles and
// Article.relationships cost one store round trip per nesting level, like
// Entity.relationships does with kg.RelationshipReader.RelationshipsOf.
// kg.Reader does not have them yet; a store that implements them is used
// through them, and until then the loaders fall back as each loader says.
// They are meant to move into kg.Reader with the same signatures and
// meanings.

// totalsOfReader answers Totals for many entities at once.
type totalsOfReader interface {
	// TotalsOf runs q once per entity id, with q.EntityID set to that id,
	// and returns the rows in the order of ids (nil rows for an unknown
	// id, never ENOTFOUND). One store round trip.
	TotalsOf(ctx context.Context, ids []string, q kg.TotalsQuery) ([][]kg.Total, error)
}

// articlesOfReader answers Articles for many entities at once.
type articlesOfReader interface {
	// ArticlesOf runs q once per entity id, with q.Filter.EntityID set to
	// that id, and returns the pages in the order of ids (an empty page for
	// an unknown id). One store round trip.
	ArticlesOf(ctx context.Context, ids []string, q kg.ArticleQuery) ([]*kg.ArticlePage, error)
}

// articleRelationshipsReader answers Relationships for many articles at
// once.
type articleRelationshipsReader interface {
	// RelationshipsOfArticles runs q once per article id, with
	// q.Filter.ArticleID set to that id, and returns the pages in the order
	// of ids (an empty page for an unknown id). One store round trip.
	RelationshipsOfArticles(ctx context.Context, ids []string, q kg.RelationshipQuery) ([]*kg.RelationshipPage, error)
}

// totalsFromRelationships answers a batch of Totals without TotalsOf: one
// RelationshipsOf call fetches a full page of each entity's relationships,
// and entities whose relationships all fit in it (at most kg.MaxFirst) get
// their totals computed here, exactly as kg.RelationshipReader.Totals
// defines them. Only entities with more relationships than a page cost a
// Totals call of their own.
func totalsFromRelationships(ctx context.Context, store kg.Reader, ids []string, q kg.TotalsQuery) ([][]kg.Total, []error) {
	byStore := func(ctx context.Context, id string) ([]kg.Total, error) {
		q := q
		q.EntityID = id
		return store.Totals(ctx, q)
	}
	switch q.GroupBy {
	case kg.ByCounterpart, kg.ByType, kg.ByYear:
	default:
		return each(ctx, ids, byStore) // the store says what is wrong
	}
	pages, err := store.RelationshipsOf(ctx, ids, kg.RelationshipQuery{
		Filter: kg.RelationshipFilter{Types: q.Types, Direction: q.Direction},
		Order:  kg.RelationshipOrder{Field: kg.RelByID},
		Page:   kg.Page{First: kg.MaxFirst},
	})
	if errs := batchErr(err, len(ids), len(pages)); errs != nil {
		return nil, errs
	}
	out := make([][]kg.Total, len(ids))
	var big []int
	for i, p := range pages {
		switch {
		case p == nil:
			out[i] = []kg.Total{}
		case p.PageInfo.HasNextPage || p.TotalCount > len(p.Items):
			big = append(big, i)
		default:
			out[i] = groupTotals(ids[i], p.Items, q.GroupBy)
		}
	}
	if len(big) == 0 {
		return out, nil
	}
	bigIDs := make([]string, len(big))
	for j, i := range big {
		bigIDs[j] = ids[i]
	}
	rows, rowErrs := each(ctx, bigIDs, byStore)
	var errs []error
	if rowErrs != nil {
		errs = make([]error, len(ids))
	}
	for j, i := range big {
		out[i] = rows[j]
		if rowErrs != nil {
			errs[i] = rowErrs[j]
		}
	}
	return out, errs
}

// groupTotals groups one entity's relationships as Totals does: by the
// other end, the type or the year of the headline date ("" when undated);
// largest USD first, ties by key.
func groupTotals(id string, rels []*kg.Relationship, g kg.TotalsGroup) []kg.Total {
	rows := map[string]*kg.Total{}
	var order []string
	for _, r := range rels {
		var k string
		switch g {
		case kg.ByCounterpart:
			k = r.SourceID
			if k == id {
				k = r.TargetID
			}
		case kg.ByYear:
			k = r.Date
			if len(k) > 4 {
				k = k[:4]
			}
		default:
			k = string(r.Type)
		}
		t := rows[k]
		if t == nil {
			t = &kg.Total{Key: k}
			rows[k] = t
			order = append(order, k)
		}
		t.Count++
		if v, ok := r.USD(); ok {
			t.USD += v
		}
	}
	out := make([]kg.Total, 0, len(rows))
	for _, k := range order {
		out = append(out, *rows[k])
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].USD != out[j].USD {
			return out[i].USD > out[j].USD
		}
		return out[i].Key < out[j].Key
	})
	return out
}
