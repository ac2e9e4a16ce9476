package graph_test

import (
	"slices"
	"sort"
	"testing"

	"github.com/aikg/aikg/store/storetest"
)

// The vertical slice the dashboards start from: who invests in OpenAI, how
// much, and which sentences say so; and an Arabic name finding its entity.
func TestVerticalSlice(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		e := fixtureEnv(t, b)
		var got struct {
			Entity struct {
				Relationships struct {
					Edges []struct {
						Node struct {
							Source   struct{ Name string }
							Amount   *struct{ USD *float64 }
							Evidence []struct{ Sentence string }
						}
					}
				}
			}
		}
		e.mustQuery(`{ entity(name: "OpenAI") { relationships(direction: IN, types: [INVESTS_IN]) { edges { node { source { name } amount { usd } evidence { sentence } } } } } }`, nil, &got)
		bySource := map[string]float64{}
		evidence := map[string]int{}
		for _, ed := range got.Entity.Relationships.Edges {
			n := ed.Node
			if n.Amount == nil || n.Amount.USD == nil {
				t.Fatalf("%s: no USD amount", n.Source.Name)
			}
			bySource[n.Source.Name] = *n.Amount.USD
			evidence[n.Source.Name] = len(n.Evidence)
		}
		if bySource["Microsoft"] != 13e9 || bySource["Nvidia"] != 100e9 || len(bySource) != 2 {
			t.Errorf("investors in OpenAI = %v, want Microsoft 13e9 and Nvidia 100e9", bySource)
		}
		if evidence["Microsoft"] != 2 {
			t.Errorf("Microsoft→OpenAI has %d evidence sentences, want 2 (English and Arabic)", evidence["Microsoft"])
		}

		for _, name := range []string{"مايكروسوفت", "Microsoft Corp.", "microsoft"} {
			var ms struct {
				Entity *struct{ ID, Name, Kind string }
			}
			e.mustQuery(`query($n: String) { entity(name: $n) { id name kind } }`, map[string]any{"n": name}, &ms)
			if ms.Entity == nil || ms.Entity.ID != "microsoft" || ms.Entity.Name != "Microsoft" || ms.Entity.Kind != "ORGANIZATION" {
				t.Errorf("entity(name: %q) = %+v, want Microsoft", name, ms.Entity)
			}
		}
		var none struct{ Entity *struct{ ID string } }
		e.mustQuery(`{ entity(name: "No Such Company") { id } }`, nil, &none)
		if none.Entity != nil {
			t.Errorf("unknown name gave %+v, want null", none.Entity)
		}
		if errs := e.query(`{ entity { id } }`, nil, nil); codes(errs) != "BAD_USER_INPUT" {
			t.Errorf("entity without id or name: errors %+v, want BAD_USER_INPUT", errs)
		}
	})
}

func TestSearchAndStats(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		e := fixtureEnv(t, b)
		var s struct {
			Search []struct {
				Entity struct{ ID string }
				Score  float64
			}
		}
		e.mustQuery(`{ search(query: "أوبن إيه آي", first: 5) { entity { id } score } }`, nil, &s)
		if len(s.Search) == 0 || s.Search[0].Entity.ID != "openai" {
			t.Errorf("search Arabic OpenAI = %+v, want openai first", s.Search)
		}
		e.mustQuery(`{ search(query: "Microsoft", kinds: [PERSON]) { entity { id } score } }`, nil, &s)
		for _, h := range s.Search {
			if h.Entity.ID == "microsoft" {
				t.Errorf("search with kinds [PERSON] returned microsoft")
			}
		}

		var st struct {
			Stats struct {
				Entities, Relationships, Articles int
				ByKind, ByType                    []struct {
					Key   string
					Count int
				}
			}
		}
		e.mustQuery(`{ stats { entities relationships articles byKind { key count } byType { key count } } }`, nil, &st)
		if st.Stats.Articles != 9 {
			t.Errorf("stats.articles = %d, want the fixture's 9", st.Stats.Articles)
		}
		sum := func(cs []struct {
			Key   string
			Count int
		}) int {
			n := 0
			for _, c := range cs {
				n += c.Count
			}
			return n
		}
		if sum(st.Stats.ByKind) != st.Stats.Entities || sum(st.Stats.ByType) != st.Stats.Relationships || st.Stats.Relationships == 0 {
			t.Errorf("stats counts by kind/type do not add up: %+v", st.Stats)
		}
	})
}

type relConn struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage     bool
		HasPreviousPage bool
		EndCursor       *string
	}
	Edges []struct {
		Cursor string
		Node   struct {
			ID     string
			Type   string
			Date   *string
			Amount *struct{ USD *float64 }
		}
	}
}

// Paging through relationships with cursors visits each exactly once, in
// order, and agrees with totalCount.
func TestRelationshipsPagingAndFilters(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		e := newEnv(t, b, append(storetest.Fixture(), storetest.FixtureLarge(60)...), nil)
		q := `query($after: String, $f: RelationshipFilter, $o: RelationshipOrder) {
			relationships(filter: $f, orderBy: $o, first: 7, after: $after) {
				totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
				edges { cursor node { id type date amount { usd } } } } }`
		cases := []struct {
			name   string
			filter map[string]any
			order  map[string]any
			check  func(t *testing.T, ids []string, c relConn)
		}{
			{"all by id", nil, nil, func(t *testing.T, ids []string, _ relConn) {
				if !sort.StringsAreSorted(ids) {
					t.Errorf("not sorted by id: %v", ids)
				}
			}},
			{"invests in, by amount desc", map[string]any{"types": []string{"INVESTS_IN"}, "minUsd": 1e9}, map[string]any{"field": "AMOUNT", "direction": "DESC"}, nil},
			{"dated 2025", map[string]any{"since": "2025", "until": "2025-12-31"}, map[string]any{"field": "DATE"}, nil},
			{"arabic evidence", map[string]any{"lang": "ar", "minConfidence": 0.7}, nil, nil},
			{"of openai, incoming", map[string]any{"entity": "openai", "direction": "IN"}, nil, nil},
			{"article", map[string]any{"article": storetest.ArticleStargateEN}, nil, nil},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				var ids []string
				var last relConn
				var after any
				seen := map[string]bool{}
				for page := 0; ; page++ {
					var got struct{ Relationships relConn }
					e.mustQuery(q, map[string]any{"after": after, "f": tc.filter, "o": tc.order}, &got)
					c := got.Relationships
					if c.PageInfo.HasPreviousPage != (page > 0) {
						t.Errorf("page %d: hasPreviousPage = %v", page, c.PageInfo.HasPreviousPage)
					}
					for _, ed := range c.Edges {
						if seen[ed.Node.ID] {
							t.Fatalf("relationship %s seen twice", ed.Node.ID)
						}
						seen[ed.Node.ID] = true
						ids = append(ids, ed.Node.ID)
						if tc.filter["types"] != nil && ed.Node.Type != "INVESTS_IN" {
							t.Errorf("type filter let %s through", ed.Node.ID)
						}
						if tc.filter["minUsd"] != nil && (ed.Node.Amount == nil || ed.Node.Amount.USD == nil || *ed.Node.Amount.USD < 1e9) {
							t.Errorf("minUsd let %s through", ed.Node.ID)
						}
						if tc.filter["since"] != nil && (ed.Node.Date == nil || (*ed.Node.Date)[:4] != "2025") {
							t.Errorf("date filter let %s through", ed.Node.ID)
						}
					}
					last = c
					if !c.PageInfo.HasNextPage {
						break
					}
					if c.PageInfo.EndCursor == nil || page > 50 {
						t.Fatalf("page %d: hasNextPage without endCursor", page)
					}
					after = *c.PageInfo.EndCursor
				}
				if len(ids) != last.TotalCount || len(ids) == 0 {
					t.Errorf("visited %d relationships, totalCount %d", len(ids), last.TotalCount)
				}
				if tc.check != nil {
					tc.check(t, ids, last)
				}
			})
		}
	})
}

func TestEntitiesConnection(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		e := fixtureEnv(t, b)
		var got struct {
			Entities struct {
				TotalCount int
				Edges      []struct {
					Cursor string
					Node   struct{ ID, Name, Kind string }
				}
			}
		}
		e.mustQuery(`{ entities(filter: {kinds: [PERSON]}, first: 100) { totalCount edges { cursor node { id name kind } } } }`, nil, &got)
		if got.Entities.TotalCount == 0 || len(got.Entities.Edges) != got.Entities.TotalCount {
			t.Fatalf("people: %+v", got.Entities)
		}
		for _, ed := range got.Entities.Edges {
			if ed.Node.Kind != "PERSON" || ed.Cursor == "" {
				t.Errorf("kind filter or cursor wrong: %+v", ed)
			}
		}
		e.mustQuery(`{ entities(orderBy: {field: INVESTED_IN, direction: DESC}, first: 1) { totalCount edges { cursor node { id name kind } } } }`, nil, &got)
		if len(got.Entities.Edges) != 1 || got.Entities.Edges[0].Node.ID != "stargate" && got.Entities.Edges[0].Node.ID != "openai" {
			t.Errorf("most invested-in entity = %+v, want openai (113 billion USD)", got.Entities.Edges)
		}
		e.mustQuery(`{ entities(filter: {counterpart: "openai", relationTypes: [INVESTS_IN], direction: OUT}, orderBy: {field: NAME}) { totalCount edges { cursor node { id name kind } } } }`, nil, &got)
		var ids []string
		for _, ed := range got.Entities.Edges {
			ids = append(ids, ed.Node.ID)
		}
		if !slices.Contains(ids, "microsoft") || !slices.Contains(ids, "nvidia") {
			t.Errorf("investors related to openai = %v", ids)
		}
	})
}

type graphResult struct {
	Nodes []struct{ ID, Label, Kind string }
	Edges []struct {
		ID, SourceID, TargetID, Type, Label string
		Weight                              float64
		Source, Target                      struct{ ID string }
	}
}

func TestGraphs(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		e := fixtureEnv(t, b)
		sel := `nodes { id label kind } edges { id sourceId targetId type label weight source { id } target { id } }`
		check := func(name string, g graphResult) map[string]bool {
			nodes := map[string]bool{}
			for _, n := range g.Nodes {
				nodes[n.ID] = true
				if n.Label == "" || n.Kind == "" {
					t.Errorf("%s: node %+v lacks label or kind", name, n)
				}
			}
			for _, ed := range g.Edges {
				if !nodes[ed.SourceID] || !nodes[ed.TargetID] {
					t.Errorf("%s: edge %s has an end outside the nodes", name, ed.ID)
				}
				if ed.Source.ID != ed.SourceID || ed.Target.ID != ed.TargetID || ed.Weight < 1 || ed.Label == "" {
					t.Errorf("%s: edge fields inconsistent: %+v", name, ed)
				}
			}
			return nodes
		}
		var n struct{ Neighborhood graphResult }
		e.mustQuery(`{ neighborhood(id: "openai", depth: 1) { `+sel+` } }`, nil, &n)
		nodes := check("neighborhood", n.Neighborhood)
		if len(n.Neighborhood.Nodes) == 0 || n.Neighborhood.Nodes[0].ID != "openai" {
			t.Fatalf("neighborhood centre is not first: %+v", n.Neighborhood.Nodes)
		}
		for _, id := range []string{"microsoft", "nvidia", "oracle", "windsurf", "sam-altman", "stargate"} {
			if !nodes[id] {
				t.Errorf("neighborhood of openai lacks %s", id)
			}
		}
		e.store.reset()
		e.mustQuery(`{ neighborhood(id: "openai", depth: 2, types: [INVESTS_IN, OPERATES]) { `+sel+` } }`, nil, &n)
		if c := e.store.calls(); c != 1 {
			t.Errorf("neighborhood made %d store calls, want exactly 1", c)
		}
		for _, ed := range n.Neighborhood.Edges {
			if ed.Type != "INVESTS_IN" && ed.Type != "OPERATES" {
				t.Errorf("type filter let %s through", ed.ID)
			}
		}
		if errs := e.query(`{ neighborhood(id: "no-such-entity") { nodes { id } } }`, nil, nil); codes(errs) != "NOT_FOUND" {
			t.Errorf("unknown centre: %+v, want NOT_FOUND", errs)
		}

		var p struct{ PartnershipGraph graphResult }
		e.store.reset()
		e.mustQuery(`{ partnershipGraph(ids: ["openai", "microsoft", "nvidia", "nope"]) { `+sel+` } }`, nil, &p)
		if c := e.store.calls(); c != 1 {
			t.Errorf("partnershipGraph made %d store calls, want exactly 1", c)
		}
		pn := check("partnershipGraph", p.PartnershipGraph)
		if len(pn) != 3 || len(p.PartnershipGraph.Edges) < 4 {
			t.Errorf("partnershipGraph = %d nodes, %d edges; want 3 nodes and their 4+ edges", len(pn), len(p.PartnershipGraph.Edges))
		}

		var paths struct {
			Paths []struct {
				Length int
				Nodes  []struct{ ID string }
				Edges  []struct{ ID string }
			}
		}
		e.store.reset()
		e.mustQuery(`{ paths(from: "microsoft", to: "stargate", maxDepth: 3) { length nodes { id } edges { id } } }`, nil, &paths)
		if c := e.store.calls(); c != 1 {
			t.Errorf("paths made %d store calls, want exactly 1", c)
		}
		if len(paths.Paths) == 0 {
			t.Fatal("no path from microsoft to stargate")
		}
		if paths.Paths[0].Length != 2 {
			t.Errorf("shortest path has length %d, want 2 (microsoft–openai–stargate)", paths.Paths[0].Length)
		}
		for i, pa := range paths.Paths {
			if len(pa.Nodes) != pa.Length+1 || len(pa.Edges) != pa.Length || pa.Nodes[0].ID != "microsoft" || pa.Nodes[pa.Length].ID != "stargate" || pa.Length > 3 {
				t.Errorf("path %+v is not a microsoft→stargate path within 3 edges", pa)
			}
			if i > 0 && pa.Length < paths.Paths[i-1].Length {
				t.Errorf("paths not shortest first: %+v", paths.Paths)
			}
		}
	})
}

func TestTimelineTotalsAndProvenance(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		e := fixtureEnv(t, b)
		var got struct {
			Entity struct {
				Timeline struct {
					Edges []struct{ Node struct{ Date *string } }
				}
				Totals []struct {
					Key         string
					Count       int
					USD         float64
					Counterpart *struct{ ID string }
				}
				ByType []struct {
					Key         string
					Counterpart *struct{ ID string }
				}
			}
		}
		e.mustQuery(`{ entity(id: "openai") {
			timeline(first: 50) { edges { node { date } } }
			totals(direction: IN, types: [INVESTS_IN], groupBy: COUNTERPART) { key count usd counterpart { id } }
			byType: totals(groupBy: TYPE) { key counterpart { id } } } }`, nil, &got)
		var dates []string
		undated := false
		for _, ed := range got.Entity.Timeline.Edges {
			if ed.Node.Date == nil {
				undated = true
				continue
			}
			if undated {
				t.Errorf("dated relationship after an undated one in the timeline")
			}
			dates = append(dates, *ed.Node.Date)
		}
		if len(dates) < 3 || !sort.StringsAreSorted(dates) {
			t.Errorf("timeline dates not in order: %v", dates)
		}
		tot := got.Entity.Totals
		if len(tot) != 2 || tot[0].Key != "nvidia" || tot[0].USD != 100e9 || tot[1].Key != "microsoft" || tot[1].USD != 13e9 || tot[0].Counterpart == nil || tot[0].Counterpart.ID != "nvidia" {
			t.Errorf("totals into openai = %+v", tot)
		}
		for _, r := range got.Entity.ByType {
			if r.Counterpart != nil {
				t.Errorf("counterpart set when grouped by type: %+v", r)
			}
		}

		// Provenance: each source shows its own figures.
		var rel struct {
			Relationship struct {
				Status   string
				Evidence []struct {
					ArticleID string
					Sentence  string
					Start     int
					End       int
					Status    string
					Date      string
					Stake     *float64
					Article   struct {
						ID, Lang string
						Title    *string
					}
				}
			}
		}
		e.mustQuery(`{ relationship(id: "microsoft|INVESTS_IN|openai") { status evidence { articleId sentence start end status date stake article { id lang title } } } }`, nil, &rel)
		ev := rel.Relationship.Evidence
		if len(ev) != 2 {
			t.Fatalf("evidence = %+v, want 2", ev)
		}
		byArt := map[string]int{}
		for i, x := range ev {
			byArt[x.ArticleID] = i
			if x.Article.ID != x.ArticleID || x.Sentence == "" || x.End <= x.Start {
				t.Errorf("evidence %d inconsistent: %+v", i, x)
			}
		}
		en, ar := ev[byArt[storetest.ArticleMicrosoftEN]], ev[byArt[storetest.ArticleMicrosoftAR]]
		if en.Status != "COMPLETED" || ar.Status != "AGREED" || ar.Stake == nil || *ar.Stake != 49 || en.Stake != nil || en.Date != "2023-01-23" || ar.Date != "2023-01" || ar.Article.Lang != "ar" {
			t.Errorf("per-source figures lost: en %+v ar %+v", en, ar)
		}
		if rel.Relationship.Status != "COMPLETED" {
			t.Errorf("headline status %s, want the most settled (COMPLETED)", rel.Relationship.Status)
		}

		var art struct {
			Article struct {
				Title         string
				Relationships struct {
					TotalCount int
					Edges      []struct{ Node struct{ ID string } }
				}
			}
			Articles struct {
				TotalCount int
				Edges      []struct{ Node struct{ ID, Lang string } }
			}
			Missing *struct{ ID string }
		}
		e.mustQuery(`query($id: ID!) { article(id: $id) { title relationships { totalCount edges { node { id } } } }
			articles(filter: {lang: "ar"}) { totalCount edges { node { id lang } } }
			missing: article(id: "https://nowhere.example/x") { id } }`, map[string]any{"id": storetest.ArticleStargateEN}, &art)
		if art.Article.Relationships.TotalCount != 5 || len(art.Article.Relationships.Edges) != 5 {
			t.Errorf("Stargate article asserts %d relationships, want 5", art.Article.Relationships.TotalCount)
		}
		if art.Articles.TotalCount == 0 || art.Missing != nil {
			t.Errorf("articles(lang ar) = %+v, missing = %+v", art.Articles, art.Missing)
		}
		for _, ed := range art.Articles.Edges {
			if ed.Node.Lang != "ar" {
				t.Errorf("lang filter let %s through", ed.Node.ID)
			}
		}
	})
}
