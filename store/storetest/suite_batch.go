package storetest

import (
	"fmt"
	"slices"
	"testing"

	"github.com/aikg/aikg/kg"
)

// The batch reads (TotalsOf, ArticlesOf, RelationshipsOfArticles) must give,
// for every id, exactly what the single read gives for it, in the order of
// the ids, whatever the filter, order and page. Each case below asks a
// batch of every id the store knows of that kind, plus ids it does not
// know, and checks every slot against the single read and, where the model
// makes it cheap, against the model.

// unknownIDs are ids no fixture uses; "" is no id at all (it must not be
// taken as "no filter").
var unknownIDs = []string{"no-such", ""}

// batchKeys is every known id, in an order that is neither sorted nor
// the store's, with the unknown ids and a repeat mixed in.
func batchKeys(known []string) []string {
	keys := slices.Clone(known)
	slices.Reverse(keys)
	mid := len(keys) / 2
	keys = slices.Insert(keys, mid, unknownIDs[0])
	keys = append(keys, unknownIDs[1])
	if len(known) > 0 {
		keys = append(keys, known[len(known)/3])
	}
	return keys
}

func unknown(id string) bool { return slices.Contains(unknownIDs, id) }

// spread picks the first, middle and last of xs, for cursors taken from
// different ids' pages.
func spread(xs []string) []string {
	if len(xs) <= 3 {
		return xs
	}
	return []string{xs[0], xs[len(xs)/2], xs[len(xs)-1]}
}

// relPageJSON and artPageJSON render a page with nil slices as empty ones,
// so pages compare by content.
func relPageJSON(p *kg.RelationshipPage) string {
	if p == nil {
		return "<nil page>"
	}
	c := *p
	if c.Items == nil {
		c.Items = []*kg.Relationship{}
	}
	if c.Cursors == nil {
		c.Cursors = []string{}
	}
	return jsonOf(c)
}

func artPageJSON(p *kg.ArticlePage) string {
	if p == nil {
		return "<nil page>"
	}
	c := *p
	if c.Items == nil {
		c.Items = []*kg.Article{}
	}
	if c.Cursors == nil {
		c.Cursors = []string{}
	}
	return jsonOf(c)
}

// checkEmptyPage fails unless the page is empty: no items, no total, no
// next page.
func checkEmptyPage(t *testing.T, what string, n, total int, info kg.PageInfo) {
	t.Helper()
	if n != 0 || total != 0 || info.HasNextPage || info.EndCursor != "" {
		t.Errorf("%s: %d items, total %d, next %v, end %q; want an empty page", what, n, total, info.HasNextPage, info.EndCursor)
	}
}

func testTotalsOf(t *testing.T, s kg.Store, m *model) {
	ctx := t.Context()
	keys := batchKeys(m.entityIDs())
	queries := []kg.TotalsQuery{
		{},
		{GroupBy: kg.ByCounterpart},
		{GroupBy: kg.ByType, Direction: kg.In},
		{GroupBy: kg.ByYear, Direction: kg.Out},
		{GroupBy: kg.ByCounterpart, Direction: kg.Out, Types: []kg.RelationType{kg.PartnersWith, kg.InvestsIn}},
		{GroupBy: kg.ByYear, Types: []kg.RelationType{kg.InvestsIn, kg.Acquires}},
		{GroupBy: kg.ByCounterpart, Direction: kg.In, Types: []kg.RelationType{kg.CompetesWith}},
		// EntityID is overridden per id.
		{EntityID: "openai", GroupBy: kg.ByType},
	}
	for _, q := range queries {
		rows, err := s.TotalsOf(ctx, keys, q)
		if err != nil {
			t.Errorf("TotalsOf %+v: %v", q, err)
			continue
		}
		if len(rows) != len(keys) {
			t.Errorf("TotalsOf %+v: %d rows for %d ids", q, len(rows), len(keys))
			continue
		}
		for i, id := range keys {
			what := fmt.Sprintf("TotalsOf %+v [%d] %q", q, i, id)
			if unknown(id) {
				if rows[i] != nil {
					t.Errorf("%s: %s, want nil rows", what, jsonOf(rows[i]))
				}
				continue
			}
			if rows[i] == nil {
				t.Errorf("%s: nil rows for a known entity", what)
			}
			qq := q
			qq.EntityID = id
			one, err := s.Totals(ctx, qq)
			if err != nil {
				t.Errorf("%s: Totals: %v", what, err)
				continue
			}
			if jsonOf(rows[i]) != jsonOf(one) {
				t.Errorf("%s:\n batch %s\nsingle %s", what, jsonOf(rows[i]), jsonOf(one))
			}
			sameJSON(t, what+" (model)", rows[i], m.totals(qq))
		}
	}
	// Unknown ids only: nil rows, no error.
	rows, err := s.TotalsOf(ctx, unknownIDs, kg.TotalsQuery{GroupBy: kg.ByCounterpart})
	if err != nil || len(rows) != len(unknownIDs) || rows[0] != nil || rows[1] != nil {
		t.Errorf("TotalsOf unknown ids = %s, %v; want %d nil rows", jsonOf(rows), err, len(unknownIDs))
	}
	batchEdges(t, "TotalsOf",
		func(ids []string) (int, error) { r, err := s.TotalsOf(ctx, ids, kg.TotalsQuery{}); return len(r), err },
		map[string]func() error{
			"bad grouping": func() error { _, err := s.TotalsOf(ctx, keys, kg.TotalsQuery{GroupBy: "MONTH"}); return err },
			"bad type": func() error {
				_, err := s.TotalsOf(ctx, keys, kg.TotalsQuery{Types: []kg.RelationType{"LIKES"}})
				return err
			},
			"bad direction": func() error { _, err := s.TotalsOf(ctx, keys, kg.TotalsQuery{Direction: "UP"}); return err },
			"bad grouping, no ids": func() error {
				_, err := s.TotalsOf(ctx, nil, kg.TotalsQuery{GroupBy: "MONTH"})
				return err
			},
		})
}

func testArticlesOf(t *testing.T, s kg.Store, m *model) {
	ctx := t.Context()
	keys := batchKeys(m.entityIDs())
	filters := []kg.ArticleFilter{
		{},
		{Lang: "ar"},
		{Lang: "en", Since: "2024-03"},
		{Source: "Gen Wire"},
		{Until: "2024-06"},
		// EntityID is overridden per id.
		{EntityID: "openai", Lang: "en"},
	}
	for _, f := range filters {
		for _, first := range []int{1, 3, kg.MaxFirst} {
			q := kg.ArticleQuery{Filter: f, Page: kg.Page{First: first}}
			pages := checkArticlesOf(t, s, m, keys, q)
			// The same batch from the cursors the first pages ended at:
			// a cursor is a position in the order, valid for every id.
			if first == kg.MaxFirst {
				continue
			}
			var cursors []string
			for _, p := range pages {
				if p != nil && p.PageInfo.HasNextPage {
					cursors = append(cursors, p.PageInfo.EndCursor)
				}
			}
			for _, c := range spread(cursors) {
				q.After = c
				checkArticlesOf(t, s, nil, keys, q)
			}
		}
	}
	batchEdges(t, "ArticlesOf",
		func(ids []string) (int, error) {
			p, err := s.ArticlesOf(ctx, ids, kg.ArticleQuery{})
			return len(p), err
		},
		map[string]func() error{
			"bad cursor": func() error {
				_, err := s.ArticlesOf(ctx, keys, kg.ArticleQuery{Page: kg.Page{After: "??"}})
				return err
			},
			"First -3": func() error { _, err := s.ArticlesOf(ctx, keys, kg.ArticleQuery{Page: kg.Page{First: -3}}); return err },
			"First > MaxFirst": func() error {
				_, err := s.ArticlesOf(ctx, keys, kg.ArticleQuery{Page: kg.Page{First: kg.MaxFirst + 1}})
				return err
			},
			"bad cursor, no ids": func() error {
				_, err := s.ArticlesOf(ctx, nil, kg.ArticleQuery{Page: kg.Page{After: "??"}})
				return err
			},
		})
}

// checkArticlesOf runs one ArticlesOf batch and checks every slot against
// Articles and, when m is given (first pages only), against the model.
func checkArticlesOf(t *testing.T, s kg.Store, m *model, keys []string, q kg.ArticleQuery) []*kg.ArticlePage {
	t.Helper()
	ctx := t.Context()
	pages, err := s.ArticlesOf(ctx, keys, q)
	if err != nil {
		t.Errorf("ArticlesOf %+v: %v", q, err)
		return nil
	}
	if len(pages) != len(keys) {
		t.Errorf("ArticlesOf %+v: %d pages for %d ids", q, len(pages), len(keys))
		return nil
	}
	for i, id := range keys {
		what := fmt.Sprintf("ArticlesOf %+v [%d] %q", q, i, id)
		p := pages[i]
		if p == nil {
			t.Errorf("%s: nil page", what)
			continue
		}
		if unknown(id) {
			checkEmptyPage(t, what, len(p.Items), p.TotalCount, p.PageInfo)
			continue
		}
		qq := q
		qq.Filter.EntityID = id
		one, err := s.Articles(ctx, qq)
		if err != nil {
			t.Errorf("%s: Articles: %v", what, err)
			continue
		}
		if g, w := artPageJSON(p), artPageJSON(one); g != w {
			t.Errorf("%s:\n batch %s\nsingle %s", what, g, w)
		}
		if m == nil {
			continue
		}
		want := m.queryArts(qq.Filter)
		n := min(q.First, len(want))
		sameJSON(t, what+" (model)", p.Items, want[:n])
		if p.TotalCount != len(want) || p.PageInfo.HasNextPage != (len(want) > q.First) {
			t.Errorf("%s: total %d next %v; model says %d %v", what, p.TotalCount, p.PageInfo.HasNextPage, len(want), len(want) > q.First)
		}
	}
	return pages
}

func testRelationshipsOfArticles(t *testing.T, s kg.Store, m *model) {
	ctx := t.Context()
	keys := batchKeys(m.articleIDs())
	filters := []kg.RelationshipFilter{
		{},
		{Types: []kg.RelationType{kg.InvestsIn, kg.PartnersWith}},
		{EntityID: "openai"},
		{EntityID: "openai", Direction: kg.In},
		{CounterpartID: "stargate"},
		{Statuses: []kg.DealStatus{kg.Agreed, kg.Completed, kg.Announced}},
		{MinUSD: f64(20e6)},
		{Since: "2023-02", Until: "2024-06-30"},
		{Lang: "ar"}, // with the article: that article is in Arabic
		{MinConfidence: 0.8, Types: []kg.RelationType{kg.InvestsIn}},
		// ArticleID is overridden per id.
		{ArticleID: ArticleMicrosoftAR},
	}
	orders := []kg.RelationshipOrder{{}, {Field: kg.RelByAmount, Desc: true}}
	for _, f := range []kg.RelationshipOrderField{kg.RelByID, kg.RelByDate, kg.RelByAmount, kg.RelByConfidence} {
		orders = append(orders, kg.RelationshipOrder{Field: f}, kg.RelationshipOrder{Field: f, Desc: true})
	}
	run := func(f kg.RelationshipFilter, o kg.RelationshipOrder, first int, cursors bool) {
		t.Helper()
		q := kg.RelationshipQuery{Filter: f, Order: o, Page: kg.Page{First: first}}
		pages := checkRelsOfArticles(t, s, m, keys, q)
		if !cursors {
			return
		}
		var after []string
		for _, p := range pages {
			if p != nil && p.PageInfo.HasNextPage {
				after = append(after, p.PageInfo.EndCursor)
			}
		}
		if len(after) == 0 {
			t.Errorf("RelationshipsOfArticles %+v: no page has a next page; the case tests no cursor", q)
		}
		for _, c := range spread(after) {
			q.After = c
			checkRelsOfArticles(t, s, nil, keys, q)
		}
	}
	for _, f := range filters {
		run(f, orders[0], 4, false)
		run(f, orders[1], kg.MaxFirst, false)
	}
	for _, o := range orders {
		run(kg.RelationshipFilter{}, o, 3, true)
	}
	run(kg.RelationshipFilter{Types: []kg.RelationType{kg.InvestsIn}, Since: "2023"}, kg.RelationshipOrder{Field: kg.RelByDate, Desc: true}, 2, true)
	batchEdges(t, "RelationshipsOfArticles",
		func(ids []string) (int, error) {
			p, err := s.RelationshipsOfArticles(ctx, ids, kg.RelationshipQuery{})
			return len(p), err
		},
		map[string]func() error{
			"bad order": func() error {
				_, err := s.RelationshipsOfArticles(ctx, keys, kg.RelationshipQuery{Order: kg.RelationshipOrder{Field: "COLOUR"}})
				return err
			},
			"bad type": func() error {
				_, err := s.RelationshipsOfArticles(ctx, keys, kg.RelationshipQuery{Filter: kg.RelationshipFilter{Types: []kg.RelationType{"LIKES"}}})
				return err
			},
			"bad status": func() error {
				_, err := s.RelationshipsOfArticles(ctx, keys, kg.RelationshipQuery{Filter: kg.RelationshipFilter{Statuses: []kg.DealStatus{"RUMOURED"}}})
				return err
			},
			"bad cursor": func() error {
				_, err := s.RelationshipsOfArticles(ctx, keys, kg.RelationshipQuery{Page: kg.Page{After: "%%%"}})
				return err
			},
			"First > MaxFirst": func() error {
				_, err := s.RelationshipsOfArticles(ctx, keys, kg.RelationshipQuery{Page: kg.Page{First: kg.MaxFirst + 1}})
				return err
			},
			"bad order, no ids": func() error {
				_, err := s.RelationshipsOfArticles(ctx, nil, kg.RelationshipQuery{Order: kg.RelationshipOrder{Field: "COLOUR"}})
				return err
			},
		})
}

// checkRelsOfArticles runs one RelationshipsOfArticles batch and checks
// every slot against Relationships and, when m is given (first pages
// only), against the model, items field by field.
func checkRelsOfArticles(t *testing.T, s kg.Store, m *model, keys []string, q kg.RelationshipQuery) []*kg.RelationshipPage {
	t.Helper()
	ctx := t.Context()
	pages, err := s.RelationshipsOfArticles(ctx, keys, q)
	if err != nil {
		t.Errorf("RelationshipsOfArticles %+v: %v", q, err)
		return nil
	}
	if len(pages) != len(keys) {
		t.Errorf("RelationshipsOfArticles %+v: %d pages for %d ids", q, len(pages), len(keys))
		return nil
	}
	for i, id := range keys {
		what := fmt.Sprintf("RelationshipsOfArticles %+v [%d] %q", q, i, id)
		p := pages[i]
		if p == nil {
			t.Errorf("%s: nil page", what)
			continue
		}
		if unknown(id) {
			checkEmptyPage(t, what, len(p.Items), p.TotalCount, p.PageInfo)
			continue
		}
		qq := q
		qq.Filter.ArticleID = id
		one, err := s.Relationships(ctx, qq)
		if err != nil {
			t.Errorf("%s: Relationships: %v", what, err)
			continue
		}
		if g, w := relPageJSON(p), relPageJSON(one); g != w {
			t.Errorf("%s:\n batch %s\nsingle %s", what, g, w)
		}
		if m == nil {
			continue
		}
		want := m.queryRels(qq.Filter, q.Order)
		first, _ := kg.ClampFirst(q.First)
		sameJSON(t, what+" (model)", p.Items, want[:min(first, len(want))])
		if p.TotalCount != len(want) || p.PageInfo.HasNextPage != (len(want) > first) {
			t.Errorf("%s: total %d next %v; model says %d %v", what, p.TotalCount, p.PageInfo.HasNextPage, len(want), len(want) > first)
		}
	}
	return pages
}

// batchEdges checks what every batch read shares: no ids (nil or empty)
// is an empty answer, and a bad argument fails the whole batch with
// EINVALID, even one with no ids.
func batchEdges(t *testing.T, name string, call func(ids []string) (int, error), bad map[string]func() error) {
	t.Helper()
	for _, ids := range [][]string{nil, {}} {
		if n, err := call(ids); n != 0 || err != nil {
			t.Errorf("%s(%#v) = %d results, %v; want none", name, ids, n, err)
		}
	}
	for what, f := range bad {
		wantCode(t, name+" with "+what, f(), kg.EINVALID)
	}
}
