package storetest

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/aikg/aikg/kg"
)

func hitIDs(hs []kg.SearchHit) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		if h.Entity != nil {
			out[i] = h.Entity.ID
		}
	}
	return out
}

func indexOf(xs []string, x string) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func testSearch(t *testing.T, s kg.Store) {
	search := func(q kg.SearchQuery) []kg.SearchHit {
		t.Helper()
		hs, err := s.Search(t.Context(), q)
		if err != nil {
			t.Fatalf("Search %+v: %v", q, err)
		}
		for i, h := range hs {
			if h.Entity == nil {
				t.Fatalf("Search %+v: hit %d has no entity", q, i)
			}
			if i > 0 && (h.Score > hs[i-1].Score || h.Score == hs[i-1].Score && h.Entity.ID < hs[i-1].Entity.ID) {
				t.Errorf("Search %+v: hits not ordered by score then id: %v", q, hitIDs(hs))
			}
		}
		return hs
	}
	firsts := []struct{ text, want string }{
		{"Microsoft", "microsoft"},
		{"مايكروسوفت", "microsoft"},
		{"ومايكروسوفت", "microsoft"}, // proclitic و
		{"لمايكروسوفت", "microsoft"}, // proclitic ل
		{"لأوراكل", "oracle"},        // ل + أوراكل
		{"اوراكل", "oracle"},         // folded hamza
		{"والإمارات", "united-arab-emirates"},
		{"إمارات", "united-arab-emirates"}, // the alias carries ال
		{"مبادله", "mubadala"},
		{"Microsof", "microsoft"},  // prefix
		{"Micrisoft", "microsoft"}, // one typo
		{"Nvidiq", "nvidia"},       // one substitution
		{"sam altman", "sam-altman"},
		{"altman", "sam-altman"},
		{"أوبن إيه آي", "openai"},
		{"groq", "groq"},
		{"ستارغيت", "stargate"},
	}
	for _, c := range firsts {
		hs := search(kg.SearchQuery{Text: c.text})
		if len(hs) == 0 || hs[0].Entity.ID != c.want {
			t.Errorf("Search(%q) = %v, want %s first", c.text, hitIDs(hs), c.want)
		}
	}
	// Exact before prefix before fuzzy: Groq, GroqCloud, Grok.
	hs := search(kg.SearchQuery{Text: "Groq"})
	got := hitIDs(hs)
	i, j, k := indexOf(got, "groq"), indexOf(got, "groqcloud"), indexOf(got, "grok")
	if i < 0 || j < 0 || k < 0 || !(i < j && j < k) || !(hs[i].Score > hs[j].Score && hs[j].Score > hs[k].Score) {
		t.Errorf("Search(Groq) = %v; want groq (exact) > groqcloud (prefix) > grok (typo), scores strictly falling", got)
	}
	// The canonical Stargate before Stargate UAE, which only shares a token.
	got = hitIDs(search(kg.SearchQuery{Text: "ستارغيت"}))
	if a, b := indexOf(got, "stargate"), indexOf(got, "stargate-uae"); a < 0 || b < 0 || a > b {
		t.Errorf("Search(ستارغيت) = %v; want stargate before stargate-uae", got)
	}
	// Kinds filter.
	got = hitIDs(search(kg.SearchQuery{Text: "groq", Kinds: []kg.EntityKind{kg.Product}}))
	if indexOf(got, "groq") >= 0 || indexOf(got, "groqcloud") < 0 || indexOf(got, "grok") < 0 {
		t.Errorf("Search(groq, PRODUCT) = %v; want groqcloud and grok, not groq", got)
	}
	// First bounds the hits.
	if hs := search(kg.SearchQuery{Text: "gulf fund", First: 3}); len(hs) != 3 {
		t.Errorf("Search(gulf fund, First 3) = %d hits, want 3", len(hs))
	}
	for _, text := range []string{"zzqxv", "", "   "} {
		if hs := search(kg.SearchQuery{Text: text}); len(hs) != 0 {
			t.Errorf("Search(%q) = %v, want nothing", text, hitIDs(hs))
		}
	}
	_, err := s.Search(t.Context(), kg.SearchQuery{Text: "x", Kinds: []kg.EntityKind{"ANIMAL"}})
	wantCode(t, "Search with kind ANIMAL", err, kg.EINVALID)
	_, err = s.Search(t.Context(), kg.SearchQuery{Text: "x", First: kg.MaxFirst + 1})
	wantCode(t, "Search with First too big", err, kg.EINVALID)
}

func graphIDs(g *kg.Graph) (nodes, edges []string) {
	return ids(g.Nodes), ids(g.Edges)
}

func testNeighborhood(t *testing.T, s kg.Store, m *model) {
	cases := []kg.NeighborhoodQuery{
		{ID: "openai", Depth: 1},
		{ID: "openai", Depth: 2},
		{ID: "openai", Depth: 3},
		{ID: "microsoft", Depth: 3, GraphFilter: kg.GraphFilter{Types: []kg.RelationType{kg.InvestsIn, kg.Operates, kg.PartnersWith}}},
		{ID: "openai", Depth: 2, GraphFilter: kg.GraphFilter{Since: "2025", Until: "2025-06"}},
		{ID: "openai", Depth: 2, GraphFilter: kg.GraphFilter{MinConfidence: 0.8}},
		{ID: "openai", Depth: 3, GraphFilter: kg.GraphFilter{Limit: 4}},
		{ID: "openai", Depth: 3, GraphFilter: kg.GraphFilter{Limit: 1}},
		{ID: "gulf-fund-01", Depth: 2},
		{ID: "abu-dhabi-investment-authority", Depth: 2},
	}
	for _, q := range cases {
		g, err := s.Neighborhood(t.Context(), q)
		if err != nil {
			t.Errorf("Neighborhood %+v: %v", q, err)
			continue
		}
		wn, we := m.neighborhood(q)
		gn, ge := graphIDs(g)
		sameJSON(t, fmt.Sprintf("Neighborhood %+v nodes", q), gn, wn)
		sameJSON(t, fmt.Sprintf("Neighborhood %+v edges", q), ge, we)
		for _, e := range g.Nodes {
			sameJSON(t, "node "+e.ID, e, m.ents[e.ID])
		}
		for _, r := range g.Edges {
			sameJSON(t, "edge "+r.ID, r, m.rels[r.ID])
		}
	}
	bad := []struct {
		q    kg.NeighborhoodQuery
		code string
	}{
		{kg.NeighborhoodQuery{ID: "no-such", Depth: 1}, kg.ENOTFOUND},
		{kg.NeighborhoodQuery{ID: "openai", Depth: 4}, kg.EINVALID},
		{kg.NeighborhoodQuery{ID: "openai", Depth: 0}, kg.EINVALID},
		{kg.NeighborhoodQuery{ID: "openai", Depth: 1, GraphFilter: kg.GraphFilter{Limit: kg.MaxGraphLimit + 1}}, kg.EINVALID},
		{kg.NeighborhoodQuery{ID: "openai", Depth: 1, GraphFilter: kg.GraphFilter{Limit: -1}}, kg.EINVALID},
		{kg.NeighborhoodQuery{ID: "openai", Depth: 1, GraphFilter: kg.GraphFilter{Types: []kg.RelationType{"LIKES"}}}, kg.EINVALID},
	}
	for _, c := range bad {
		_, err := s.Neighborhood(t.Context(), c.q)
		wantCode(t, fmt.Sprintf("Neighborhood %+v", c.q), err, c.code)
	}
}

func testSubgraph(t *testing.T, s kg.Store, m *model) {
	cases := []struct {
		q    kg.SubgraphQuery
		want []string
	}{
		{kg.SubgraphQuery{IDs: []string{"openai", "no-such", "microsoft", "stargate", "openai"}}, []string{"openai", "microsoft", "stargate"}},
		{kg.SubgraphQuery{IDs: []string{"stargate", "openai", "microsoft", "oracle", "mgx"}, GraphFilter: kg.GraphFilter{Types: []kg.RelationType{kg.InvestsIn, kg.Operates}}}, []string{"stargate", "openai", "microsoft", "oracle", "mgx"}},
		{kg.SubgraphQuery{IDs: []string{"stargate", "openai", "microsoft", "oracle"}, GraphFilter: kg.GraphFilter{Limit: 2}}, []string{"stargate", "openai"}},
		{kg.SubgraphQuery{IDs: []string{"openai", "microsoft", "nvidia", "oracle"}, GraphFilter: kg.GraphFilter{Since: "2025", MinConfidence: 0.75}}, []string{"openai", "microsoft", "nvidia", "oracle"}},
		{kg.SubgraphQuery{}, nil},
	}
	for _, c := range cases {
		g, err := s.Subgraph(t.Context(), c.q)
		if err != nil {
			t.Errorf("Subgraph %+v: %v", c.q, err)
			continue
		}
		gn, ge := graphIDs(g)
		sameJSON(t, fmt.Sprintf("Subgraph %+v nodes", c.q), gn, c.want)
		sameJSON(t, fmt.Sprintf("Subgraph %+v edges", c.q), ge, m.edgesAmong(c.want, c.q.GraphFilter))
	}
	_, err := s.Subgraph(t.Context(), kg.SubgraphQuery{IDs: []string{"openai"}, GraphFilter: kg.GraphFilter{Limit: kg.MaxGraphLimit + 1}})
	wantCode(t, "Subgraph with a limit too big", err, kg.EINVALID)
}

func testPaths(t *testing.T, s kg.Store, m *model) {
	cases := []kg.PathQuery{
		{From: "microsoft", To: "stargate", MaxDepth: 5, First: 10},
		{From: "microsoft", To: "stargate", MaxDepth: 2, First: 10},
		{From: "microsoft", To: "stargate", MaxDepth: 1},
		{From: "microsoft", To: "stargate", MaxDepth: 3, First: 1},
		{From: "stargate", To: "microsoft", MaxDepth: 3},
		{From: "microsoft", To: "mubadala", MaxDepth: 5},
		{From: "microsoft", To: "mubadala", MaxDepth: 3},
		{From: "microsoft", To: "stargate", MaxDepth: 4, Types: []kg.RelationType{kg.PartnersWith, kg.Operates, kg.SuppliesCompute}},
		{From: "microsoft", To: "groq", MaxDepth: 5},
		{From: "sam-altman", To: "united-states", MaxDepth: 4, First: 3},
	}
	for _, q := range cases {
		ps, err := s.Paths(t.Context(), q)
		if err != nil {
			t.Errorf("Paths %+v: %v", q, err)
			continue
		}
		var got []pathIDs
		for _, p := range ps {
			if len(p.Nodes) != len(p.Edges)+1 {
				t.Errorf("Paths %+v: a path with %d nodes and %d edges", q, len(p.Nodes), len(p.Edges))
			}
			got = append(got, pathIDs{ids(p.Nodes), ids(p.Edges)})
		}
		want := m.paths(q)
		if len(got) != len(want) {
			t.Errorf("Paths %+v: %d paths, want %d:\n got %v\nwant %v", q, len(got), len(want), got, want)
			continue
		}
		for i := range want {
			sameJSON(t, fmt.Sprintf("Paths %+v #%d nodes", q, i), got[i].nodes, want[i].nodes)
			sameJSON(t, fmt.Sprintf("Paths %+v #%d edges", q, i), got[i].edges, want[i].edges)
		}
	}
	bad := []struct {
		q    kg.PathQuery
		code string
	}{
		{kg.PathQuery{From: "no-such", To: "openai", MaxDepth: 3}, kg.ENOTFOUND},
		{kg.PathQuery{From: "openai", To: "no-such", MaxDepth: 3}, kg.ENOTFOUND},
		{kg.PathQuery{From: "openai", To: "microsoft", MaxDepth: 6}, kg.EINVALID},
		{kg.PathQuery{From: "openai", To: "microsoft", MaxDepth: 0}, kg.EINVALID},
		{kg.PathQuery{From: "openai", To: "openai", MaxDepth: 3}, kg.EINVALID},
		{kg.PathQuery{From: "openai", To: "microsoft", MaxDepth: 3, First: -1}, kg.EINVALID},
		{kg.PathQuery{From: "openai", To: "microsoft", MaxDepth: 3, Types: []kg.RelationType{"LIKES"}}, kg.EINVALID},
	}
	for _, c := range bad {
		_, err := s.Paths(t.Context(), c.q)
		wantCode(t, fmt.Sprintf("Paths %+v", c.q), err, c.code)
	}
}

// testConcurrent reads while articles are written one by one and checks
// that no reader ever sees part of an article: a relationship's evidence
// always has its article, and an article always has all its relationships.
func testConcurrent(t *testing.T, f Factory) {
	s := f.New(t)
	xs := append(Fixture(), FixtureLarge(200)...)
	// What each article must bring, computed up front.
	expect := map[string][]string{}
	for _, x := range xs {
		p := clone(x)
		if err := kg.Prepare(p); err != nil {
			t.Fatal(err)
		}
		for _, r := range p.Relationships {
			expect[p.Article.ID] = append(expect[p.Article.ID], r.ID)
		}
	}
	ctx := t.Context()
	var done atomic.Bool
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer done.Store(true)
		for _, x := range xs {
			res, err := s.Write(ctx, []*kg.Extraction{x})
			if err != nil || len(res) != 1 || res[0].Status != kg.Created {
				t.Errorf("Write %s: %v %+v", x.Article.ID, err, res)
				return
			}
		}
	}()
	reader := func(n int) {
		defer wg.Done()
		lastRels := 0
		for round := 0; !done.Load() || round < 2; round++ {
			st, err := s.Stats(ctx)
			if err != nil {
				t.Errorf("reader %d: Stats: %v", n, err)
				return
			}
			if st.Relationships < lastRels {
				t.Errorf("reader %d: relationships went from %d to %d", n, lastRels, st.Relationships)
			}
			lastRels = st.Relationships
			p, err := s.Articles(ctx, kg.ArticleQuery{Page: kg.Page{First: kg.MaxFirst}})
			if err != nil {
				t.Errorf("reader %d: Articles: %v", n, err)
				return
			}
			for _, a := range p.Items {
				want := expect[a.ID]
				rs, err := s.RelationshipsByID(ctx, want)
				if err != nil {
					t.Errorf("reader %d: RelationshipsByID: %v", n, err)
					return
				}
				for i, r := range rs {
					if r == nil {
						t.Errorf("reader %d: article %s visible without its relationship %s", n, a.ID, want[i])
					}
				}
			}
			rp, err := s.Relationships(ctx, kg.RelationshipQuery{Order: kg.RelationshipOrder{Field: kg.RelByDate, Desc: true}, Page: kg.Page{First: 50}})
			if err != nil {
				t.Errorf("reader %d: Relationships: %v", n, err)
				return
			}
			for _, r := range rp.Items {
				if len(r.Evidence) == 0 {
					t.Errorf("reader %d: relationship %s without evidence", n, r.ID)
					continue
				}
				arts, err := s.ArticlesByID(ctx, []string{r.Evidence[0].ArticleID})
				if err != nil || arts[0] == nil {
					t.Errorf("reader %d: relationship %s visible before its article %s (%v)", n, r.ID, r.Evidence[0].ArticleID, err)
				}
				if jsonOf(r.Figures) != jsonOf(kg.Headline(r.Evidence)) {
					t.Errorf("reader %d: relationship %s headline out of step with its evidence", n, r.ID)
				}
			}
			if _, err := s.Neighborhood(ctx, kg.NeighborhoodQuery{ID: "openai", Depth: 2}); err != nil && kg.ErrorCode(err) != kg.ENOTFOUND {
				t.Errorf("reader %d: Neighborhood: %v", n, err)
			}
			if _, err := s.Search(ctx, kg.SearchQuery{Text: "gulf"}); err != nil {
				t.Errorf("reader %d: Search: %v", n, err)
			}
		}
	}
	for n := range 3 {
		wg.Add(1)
		go reader(n)
	}
	wg.Wait()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != len(xs) {
		t.Errorf("after concurrent writes: %d articles, want %d", st.Articles, len(xs))
	}
}
