package storetest

import (
	"fmt"
	"testing"

	"github.com/aikg/aikg/kg"
)

func f64(v float64) *float64 { return &v }

// testRead loads Fixture and FixtureLarge into one store and runs every
// read against it.
func testRead(t *testing.T, f Factory) {
	s, m := freshWith(t, f, Fixture(), FixtureLarge(LargeSize))
	t.Run("Graph", func(t *testing.T) { checkGraph(t, s, m) })
	t.Run("ByID", func(t *testing.T) { testByID(t, s, m) })
	t.Run("EntityByName", func(t *testing.T) { testEntityByName(t, s) })
	t.Run("Entities", func(t *testing.T) { testEntities(t, s, m) })
	t.Run("Relationships", func(t *testing.T) { testRelationships(t, s, m) })
	t.Run("RelationshipsOf", func(t *testing.T) { testRelationshipsOf(t, s, m) })
	t.Run("Search", func(t *testing.T) { testSearch(t, s) })
	t.Run("Neighborhood", func(t *testing.T) { testNeighborhood(t, s, m) })
	t.Run("Subgraph", func(t *testing.T) { testSubgraph(t, s, m) })
	t.Run("Paths", func(t *testing.T) { testPaths(t, s, m) })
	t.Run("Articles", func(t *testing.T) { testArticles(t, s, m) })
	t.Run("Totals", func(t *testing.T) { testTotals(t, s, m) })
	t.Run("TotalsOf", func(t *testing.T) { testTotalsOf(t, s, m) })
	t.Run("ArticlesOf", func(t *testing.T) { testArticlesOf(t, s, m) })
	t.Run("RelationshipsOfArticles", func(t *testing.T) { testRelationshipsOfArticles(t, s, m) })
}

func testByID(t *testing.T, s kg.Store, m *model) {
	ctx := t.Context()
	keys := []string{"openai", "no-such", "microsoft", "openai", "gulf-fund-03"}
	es, err := s.EntitiesByID(ctx, keys)
	if err != nil {
		t.Fatal(err)
	}
	want := make([]*kg.Entity, len(keys))
	for i, k := range keys {
		want[i] = m.ents[k]
	}
	sameJSON(t, "EntitiesByID", es, want)

	rkeys := []string{"openai|ACQUIRES|windsurf", "x|INVESTS_IN|y", m.relIDs()[0], "openai|ACQUIRES|windsurf"}
	rs, err := s.RelationshipsByID(ctx, rkeys)
	if err != nil {
		t.Fatal(err)
	}
	wantR := make([]*kg.Relationship, len(rkeys))
	for i, k := range rkeys {
		wantR[i] = m.rels[k]
	}
	sameJSON(t, "RelationshipsByID", rs, wantR)

	akeys := []string{ArticleOracleAR, "missing", ArticleGulfAR}
	as, err := s.ArticlesByID(ctx, akeys)
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "ArticlesByID", as, []*kg.Article{m.arts[ArticleOracleAR], nil, m.arts[ArticleGulfAR]})

	for name, n := range map[string]func() (int, error){
		"EntitiesByID(nil)": func() (int, error) { x, err := s.EntitiesByID(ctx, nil); return len(x), err },
		"RelationshipsByID(nil)": func() (int, error) {
			x, err := s.RelationshipsByID(ctx, nil)
			return len(x), err
		},
		"ArticlesByID(nil)": func() (int, error) { x, err := s.ArticlesByID(ctx, nil); return len(x), err },
	} {
		if got, err := n(); got != 0 || err != nil {
			t.Errorf("%s = %d items, %v; want none", name, got, err)
		}
	}
}

func testEntityByName(t *testing.T, s kg.Store) {
	cases := []struct{ name, want string }{
		{"Microsoft", "microsoft"},
		{"  MICROSOFT ", "microsoft"},
		{"MICROSOFT  CORP.", "microsoft"}, // case and spacing fold away
		{"مايكروسوفت", "microsoft"},       // Arabic alias
		{"مَايْكْرُوسُوفْت", "microsoft"}, // diacritics
		{"مايكـــروسوفت", "microsoft"},    // tatweel
		{"اوراكل", "oracle"},              // أ written as ا
		{"إوراكل", "oracle"},              // أ written as إ
		{"مبادله", "mubadala"},            // ة written as ه
		{"اوبن ايه اي", "openai"},         // every hamza form bare
		{"Codeium", "windsurf"},           // English alias
		{"Stargate", "stargate"},          // canonical name beats stargate-uae's alias
		{"google", "google"},              // canonical name beats alphabet's alias, though alphabet < google
		{"ألفابت", "alphabet"},
		{"صندوق ابوظبي", "abu-dhabi-investment-authority"}, // two aliases: smallest id
		{"سام ألتمان", "sam-altman"},
	}
	for _, c := range cases {
		e, err := s.EntityByName(t.Context(), c.name)
		if err != nil || e == nil || e.ID != c.want {
			t.Errorf("EntityByName(%q) = %s, %v; want %s", c.name, jsonOf(e), err, c.want)
		}
	}
	for _, name := range []string{"Microsoftt", "", "   ", "ميتا"} {
		_, err := s.EntityByName(t.Context(), name)
		wantCode(t, fmt.Sprintf("EntityByName(%q)", name), err, kg.ENOTFOUND)
	}
}

func testEntities(t *testing.T, s kg.Store, m *model) {
	filters := []kg.EntityFilter{
		{},
		{Kinds: []kg.EntityKind{kg.Project, kg.Place}},
		{Kinds: []kg.EntityKind{kg.Person}},
		{RelationTypes: []kg.RelationType{kg.InvestsIn}, Direction: kg.Out},
		{RelationTypes: []kg.RelationType{kg.InvestsIn, kg.Acquires}, Direction: kg.In},
		{RelationTypes: []kg.RelationType{kg.PartnersWith}, Direction: kg.In},
		{RelationTypes: []kg.RelationType{kg.Operates}},
		{Direction: kg.Out},
		{CounterpartID: "openai"},
		{CounterpartID: "stargate", Kinds: []kg.EntityKind{kg.Organization}},
		{NamePrefix: "Stargate"},
		{NamePrefix: "ستارغ"},
		{NamePrefix: "gulf fund 0"},
		{NamePrefix: "مايكرو"},
		{NamePrefix: "Open"},
		{NamePrefix: "zzz"},
	}
	orders := []kg.EntityOrder{{}, {Field: kg.EntByName, Desc: true}}
	allOrders := []kg.EntityOrder{}
	for _, f := range []kg.EntityOrderField{kg.EntByName, kg.EntByDegree, kg.EntByInvestedIn, kg.EntByInvestedBy} {
		allOrders = append(allOrders, kg.EntityOrder{Field: f}, kg.EntityOrder{Field: f, Desc: true})
	}
	run := func(f kg.EntityFilter, o kg.EntityOrder) {
		t.Helper()
		want := ids(m.queryEnts(f, o))
		got := walkEntitiesWant(t, s, kg.EntityQuery{Filter: f, Order: o}, 7, len(want))
		sameJSON(t, fmt.Sprintf("Entities filter %+v order %+v", f, o), got, want)
	}
	for _, f := range filters {
		for _, o := range orders {
			run(f, o)
		}
	}
	for _, o := range allOrders {
		run(kg.EntityFilter{}, o)
		run(kg.EntityFilter{RelationTypes: []kg.RelationType{kg.InvestsIn}}, o)
	}
	// The default page size.
	p, err := s.Entities(t.Context(), kg.EntityQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Items) != kg.DefaultFirst || !p.PageInfo.HasNextPage {
		t.Errorf("Entities with First 0: %d items, next %v; want %d and a next page", len(p.Items), p.PageInfo.HasNextPage, kg.DefaultFirst)
	}
	bad := []kg.EntityQuery{
		{Page: kg.Page{After: "not a cursor!"}},
		{Page: kg.Page{After: kg.EncodeCursor("a", "b", "c", "d", "e")}},
		{Page: kg.Page{First: kg.MaxFirst + 1}},
		{Page: kg.Page{First: -1}},
		{Filter: kg.EntityFilter{Kinds: []kg.EntityKind{"ANIMAL"}}},
		{Filter: kg.EntityFilter{RelationTypes: []kg.RelationType{"LIKES"}}},
		{Filter: kg.EntityFilter{Direction: "SIDEWAYS"}},
		{Order: kg.EntityOrder{Field: "SIZE"}},
	}
	for _, q := range bad {
		_, err := s.Entities(t.Context(), q)
		wantCode(t, fmt.Sprintf("Entities %+v", q), err, kg.EINVALID)
	}
}

func testRelationships(t *testing.T, s kg.Store, m *model) {
	filters := []kg.RelationshipFilter{
		{},
		{Types: []kg.RelationType{kg.InvestsIn}},
		{Types: []kg.RelationType{kg.SuppliesCompute, kg.Acquires}},
		{EntityID: "openai"},
		{EntityID: "openai", Direction: kg.In},
		{EntityID: "openai", Direction: kg.Out},
		{EntityID: "microsoft", Direction: kg.Out, Types: []kg.RelationType{kg.PartnersWith}},
		{EntityID: "openai", Direction: kg.Out, Types: []kg.RelationType{kg.PartnersWith}}, // symmetric: both ends
		{EntityID: "openai", CounterpartID: "microsoft"},
		{EntityID: "openai", CounterpartID: "nvidia", Direction: kg.In},
		{CounterpartID: "stargate"},
		{Direction: kg.In}, // ignored without an entity
		{Statuses: []kg.DealStatus{kg.Agreed, kg.Completed}},
		{Statuses: []kg.DealStatus{kg.Blocked}},
		{MinUSD: f64(13e9)},
		{MinUSD: f64(50e6)},
		{MinUSD: f64(0)},
		{Since: "2025"},
		{Until: "2023-06"},
		{Since: "2023-02", Until: "2024-06-30"},
		{Since: "2024-03", Until: "2024-03"},
		{ArticleID: ArticleMicrosoftAR},
		{ArticleID: "https://gen.example.com/en/00002"},
		{Lang: "ar"},
		{Lang: "en", Types: []kg.RelationType{kg.InvestsIn}},
		{MinConfidence: 0.9},
		{MinConfidence: 0.75, Types: []kg.RelationType{kg.InvestsIn}, Since: "2024"},
		{EntityID: "no-such"},
	}
	orders := []kg.RelationshipOrder{{}, {Field: kg.RelByAmount, Desc: true}}
	var allOrders []kg.RelationshipOrder
	for _, f := range []kg.RelationshipOrderField{kg.RelByID, kg.RelByDate, kg.RelByAmount, kg.RelByConfidence} {
		allOrders = append(allOrders, kg.RelationshipOrder{Field: f}, kg.RelationshipOrder{Field: f, Desc: true})
	}
	run := func(f kg.RelationshipFilter, o kg.RelationshipOrder, first int) {
		t.Helper()
		want := ids(m.queryRels(f, o))
		got := walkRelsWant(t, s, kg.RelationshipQuery{Filter: f, Order: o}, first, len(want))
		sameJSON(t, fmt.Sprintf("Relationships filter %+v order %+v", f, o), got, want)
	}
	for _, f := range filters {
		for _, o := range orders {
			run(f, o, 9)
		}
	}
	for _, o := range allOrders {
		run(kg.RelationshipFilter{}, o, 23)
		run(kg.RelationshipFilter{Types: []kg.RelationType{kg.InvestsIn}, Since: "2023"}, o, 9)
		run(kg.RelationshipFilter{EntityID: "openai"}, o, 2)
	}
	// Items are whole relationships.
	p, err := s.Relationships(t.Context(), kg.RelationshipQuery{Filter: kg.RelationshipFilter{EntityID: "openai"}, Page: kg.Page{First: kg.MaxFirst}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range p.Items {
		sameJSON(t, "Relationships item "+r.ID, r, m.rels[r.ID])
	}
	bad := []kg.RelationshipQuery{
		{Page: kg.Page{After: "%%%"}},
		{Page: kg.Page{After: kg.EncodeCursor()}},
		{Page: kg.Page{First: kg.MaxFirst + 1}},
		{Filter: kg.RelationshipFilter{Types: []kg.RelationType{"LIKES"}}},
		{Filter: kg.RelationshipFilter{Statuses: []kg.DealStatus{"RUMOURED"}}},
		{Filter: kg.RelationshipFilter{EntityID: "openai", Direction: "UP"}},
		{Order: kg.RelationshipOrder{Field: "COLOUR"}},
	}
	for _, q := range bad {
		_, err := s.Relationships(t.Context(), q)
		wantCode(t, fmt.Sprintf("Relationships %+v", q), err, kg.EINVALID)
	}
}

func testRelationshipsOf(t *testing.T, s kg.Store, m *model) {
	keys := []string{"openai", "no-such", "microsoft", "gulf-fund-03", "openai"}
	q := kg.RelationshipQuery{
		Filter: kg.RelationshipFilter{Types: []kg.RelationType{kg.InvestsIn, kg.SuppliesCompute, kg.PartnersWith}, Direction: kg.Both},
		Order:  kg.RelationshipOrder{Field: kg.RelByAmount, Desc: true},
		Page:   kg.Page{First: 3},
	}
	pages, err := s.RelationshipsOf(t.Context(), keys, q)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != len(keys) {
		t.Fatalf("RelationshipsOf: %d pages for %d ids", len(pages), len(keys))
	}
	for i, id := range keys {
		f := q.Filter
		f.EntityID = id
		want := ids(m.queryRels(f, q.Order))
		p := pages[i]
		if p == nil {
			t.Errorf("RelationshipsOf %s: nil page", id)
			continue
		}
		n := min(3, len(want))
		sameJSON(t, "RelationshipsOf "+id, ids(p.Items), want[:n])
		if p.TotalCount != len(want) || p.PageInfo.HasNextPage != (len(want) > 3) {
			t.Errorf("RelationshipsOf %s: total %d next %v; want %d %v", id, p.TotalCount, p.PageInfo.HasNextPage, len(want), len(want) > 3)
		}
	}
	_, err = s.RelationshipsOf(t.Context(), keys, kg.RelationshipQuery{Order: kg.RelationshipOrder{Field: "COLOUR"}})
	wantCode(t, "RelationshipsOf with a bad order", err, kg.EINVALID)
}

func testArticles(t *testing.T, s kg.Store, m *model) {
	filters := []kg.ArticleFilter{
		{},
		{Lang: "ar"},
		{Lang: "en"},
		{Source: "Tech Ledger"},
		{Source: "النشرة التقنية"},
		{EntityID: "openai"},
		{EntityID: "g42"}, // only the article with a relationship of G42
		{EntityID: "gulf-fund-05"},
		{Since: "2025"},
		{Until: "2024-02"},
		{Since: "2024-03", Until: "2024-06-15"},
		{Lang: "ar", Since: "2025-01", EntityID: "openai"},
		{Source: "nobody"},
	}
	for _, f := range filters {
		want := ids(m.queryArts(f))
		for _, first := range []int{1, 4, kg.MaxFirst} {
			got := walkArticlesWant(t, s, kg.ArticleQuery{Filter: f}, first, len(want))
			sameJSON(t, fmt.Sprintf("Articles %+v first %d", f, first), got, want)
		}
	}
	_, err := s.Articles(t.Context(), kg.ArticleQuery{Page: kg.Page{After: "??"}})
	wantCode(t, "Articles with a bad cursor", err, kg.EINVALID)
	_, err = s.Articles(t.Context(), kg.ArticleQuery{Page: kg.Page{First: -3}})
	wantCode(t, "Articles with First -3", err, kg.EINVALID)
}

func testTotals(t *testing.T, s kg.Store, m *model) {
	queries := []kg.TotalsQuery{
		{EntityID: "openai", GroupBy: kg.ByCounterpart},
		{EntityID: "openai", Direction: kg.In, GroupBy: kg.ByType},
		{EntityID: "openai", Direction: kg.Out, GroupBy: kg.ByCounterpart},
		{EntityID: "microsoft", Direction: kg.Out, GroupBy: kg.ByCounterpart},
		{EntityID: "microsoft", Direction: kg.Out, Types: []kg.RelationType{kg.PartnersWith}, GroupBy: kg.ByCounterpart},
		{EntityID: "gulf-fund-02", GroupBy: kg.ByYear},
		{EntityID: "gulf-fund-02", Types: []kg.RelationType{kg.InvestsIn}, GroupBy: kg.ByCounterpart},
		{GroupBy: kg.ByType},
		{GroupBy: kg.ByYear},
		{},
		{Types: []kg.RelationType{kg.InvestsIn, kg.Acquires}, GroupBy: kg.ByYear},
		{EntityID: "abu-dhabi-investment-authority", GroupBy: kg.ByType},
	}
	for _, q := range queries {
		got, err := s.Totals(t.Context(), q)
		if err != nil {
			t.Errorf("Totals %+v: %v", q, err)
			continue
		}
		sameJSON(t, fmt.Sprintf("Totals %+v", q), got, m.totals(q))
	}
	_, err := s.Totals(t.Context(), kg.TotalsQuery{GroupBy: kg.ByCounterpart})
	wantCode(t, "Totals by counterpart without an entity", err, kg.EINVALID)
	_, err = s.Totals(t.Context(), kg.TotalsQuery{EntityID: "no-such", GroupBy: kg.ByType})
	wantCode(t, "Totals of an unknown entity", err, kg.ENOTFOUND)
	_, err = s.Totals(t.Context(), kg.TotalsQuery{GroupBy: "MONTH"})
	wantCode(t, "Totals by MONTH", err, kg.EINVALID)
	_, err = s.Totals(t.Context(), kg.TotalsQuery{Types: []kg.RelationType{"LIKES"}})
	wantCode(t, "Totals of type LIKES", err, kg.EINVALID)
}
