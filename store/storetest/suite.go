package storetest

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/aikg/aikg/kg"
)

// Factory makes the stores the suite runs against.
type Factory struct {
	// New returns a fresh, empty store. The factory closes it (t.Cleanup);
	// the suite never calls Close.
	New func(t *testing.T) kg.Store
	// Reopen closes s and opens the same data again; nil when the backend
	// cannot. The factory closes the returned store (t.Cleanup), and must
	// cope with s having been closed already.
	Reopen func(t *testing.T, s kg.Store) kg.Store
}

// LargeSize is the number of generated relationships the read tests load
// on top of Fixture.
const LargeSize = 240

// Run runs the whole contract against the factory's stores. Subtests run
// one after another, never in parallel, so a backend may share one
// database and empty it in New.
func Run(t *testing.T, f Factory) {
	t.Run("WriteAndReadBack", func(t *testing.T) { testWriteReadBack(t, f) })
	t.Run("PrepareSemantics", func(t *testing.T) { testPrepareSemantics(t, f) })
	t.Run("Idempotent", func(t *testing.T) { testIdempotent(t, f) })
	t.Run("EditedArticle", func(t *testing.T) { testEdited(t, f) })
	t.Run("Atomicity", func(t *testing.T) { testAtomicity(t, f) })
	t.Run("Reopen", func(t *testing.T) { testReopen(t, f) })
	t.Run("Read", func(t *testing.T) { testRead(t, f) })
	t.Run("ConcurrentReadsDuringWrites", func(t *testing.T) { testConcurrent(t, f) })
}

// --- helpers ---

func jsonOf(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprintf("<%v>", err)
	}
	return string(b)
}

// sameJSON compares through JSON, so nil and empty slices are alike.
func sameJSON(t *testing.T, what string, got, want any) bool {
	t.Helper()
	g, w := jsonOf(got), jsonOf(want)
	if g == "null" {
		g = "[]"
	}
	if w == "null" {
		w = "[]"
	}
	if g != w {
		t.Errorf("%s:\n got %s\nwant %s", what, g, w)
		return false
	}
	return true
}

func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := kg.ErrorCode(err); got != code {
		t.Errorf("%s: error code %q (err %v), want %q", what, got, err, code)
	}
}

// load writes xs in one batch, applies them to m and checks the results
// against the model's.
func load(t *testing.T, s kg.Store, m *model, xs []*kg.Extraction) []kg.WriteResult {
	t.Helper()
	want := make([]kg.WriteResult, len(xs))
	for i, x := range xs {
		want[i] = m.apply(x)
	}
	got, err := s.Write(t.Context(), xs)
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	if len(got) != len(want) {
		t.Fatalf("Write returned %d results for %d extractions", len(got), len(xs))
	}
	for i := range want {
		checkResult(t, got[i], want[i])
	}
	return got
}

func checkResult(t *testing.T, got, want kg.WriteResult) {
	t.Helper()
	if got.ArticleID != want.ArticleID || got.Status != want.Status {
		t.Errorf("write %s: status %s (err %v), want %s", want.ArticleID, got.Status, got.Err, want.Status)
		return
	}
	if want.Status == kg.Failed {
		if kg.ErrorCode(got.Err) != kg.EINVALID {
			t.Errorf("write %s: failure code %q (%v), want %s", want.ArticleID, kg.ErrorCode(got.Err), got.Err, kg.EINVALID)
		}
		if want.ArticleID != "" && !strings.Contains(kg.ErrorMessage(got.Err), want.ArticleID) {
			t.Errorf("write %s: failure message %q does not name the article", want.ArticleID, kg.ErrorMessage(got.Err))
		}
		return
	}
	if got.Err != nil {
		t.Errorf("write %s: %s with Err %v", want.ArticleID, got.Status, got.Err)
	}
	if got.EntitiesAdded != want.EntitiesAdded || got.RelationshipsAdded != want.RelationshipsAdded {
		t.Errorf("write %s: added %d entities, %d relationships; want %d, %d", want.ArticleID,
			got.EntitiesAdded, got.RelationshipsAdded, want.EntitiesAdded, want.RelationshipsAdded)
	}
	sameJSON(t, "write "+want.ArticleID+": Changed", got.Changed, want.Changed)
}

func freshWith(t *testing.T, f Factory, batches ...[]*kg.Extraction) (kg.Store, *model) {
	t.Helper()
	s := f.New(t)
	m := newModel()
	for _, xs := range batches {
		load(t, s, m, xs)
	}
	return s, m
}

// checkGraph compares everything the store holds with the model: every
// entity, relationship and article field by field, the lists of all
// entities, relationships and articles, and Stats.
func checkGraph(t *testing.T, s kg.Store, m *model) {
	t.Helper()
	ctx := t.Context()
	eids := m.entityIDs()
	ents, err := s.EntitiesByID(ctx, eids)
	if err != nil {
		t.Fatalf("EntitiesByID: %v", err)
	}
	for i, id := range eids {
		sameJSON(t, "entity "+id, ents[i], m.ents[id])
	}
	rids := m.relIDs()
	rels, err := s.RelationshipsByID(ctx, rids)
	if err != nil {
		t.Fatalf("RelationshipsByID: %v", err)
	}
	for i, id := range rids {
		sameJSON(t, "relationship "+id, rels[i], m.rels[id])
	}
	aids := m.articleIDs()
	arts, err := s.ArticlesByID(ctx, aids)
	if err != nil {
		t.Fatalf("ArticlesByID: %v", err)
	}
	for i, id := range aids {
		sameJSON(t, "article "+id, arts[i], m.arts[id])
	}
	got := walkEntities(t, s, kg.EntityQuery{Order: kg.EntityOrder{Field: kg.EntByName}}, kg.MaxFirst)
	sameJSON(t, "all entities", got, ids(m.queryEnts(kg.EntityFilter{}, kg.EntityOrder{Field: kg.EntByName})))
	gotR := walkRels(t, s, kg.RelationshipQuery{}, kg.MaxFirst)
	sameJSON(t, "all relationships", gotR, rids)
	gotA := walkArticles(t, s, kg.ArticleQuery{}, kg.MaxFirst)
	sameJSON(t, "all articles", gotA, ids(m.queryArts(kg.ArticleFilter{})))
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	sameJSON(t, "Stats", st, m.stats())
}

func ids[T interface {
	*kg.Entity | *kg.Relationship | *kg.Article
}](xs []T) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		switch v := any(x).(type) {
		case *kg.Entity:
			out = append(out, v.ID)
		case *kg.Relationship:
			out = append(out, v.ID)
		case *kg.Article:
			out = append(out, v.ID)
		}
	}
	return out
}

// pageCheck checks the invariants every page has and reports whether to go
// on.
func pageCheck(t *testing.T, what string, n, first int, cursors []string, info kg.PageInfo, total, wantTotal int) bool {
	t.Helper()
	if total != wantTotal {
		t.Errorf("%s: TotalCount %d, want %d", what, total, wantTotal)
	}
	if n > first {
		t.Errorf("%s: %d items on a page of %d", what, n, first)
	}
	if len(cursors) != n {
		t.Errorf("%s: %d cursors for %d items", what, len(cursors), n)
		return false
	}
	if n > 0 && info.EndCursor != cursors[n-1] {
		t.Errorf("%s: EndCursor %q is not the last item's cursor %q", what, info.EndCursor, cursors[n-1])
	}
	if info.HasNextPage && n == 0 {
		t.Errorf("%s: empty page says it has a next page", what)
		return false
	}
	return info.HasNextPage
}

const maxPages = 1000

// walkEntities follows a query's pages to the end and returns the ids in
// order.
func walkEntities(t *testing.T, s kg.Store, q kg.EntityQuery, first int) []string {
	t.Helper()
	return walkEntitiesWant(t, s, q, first, -1)
}

func walkEntitiesWant(t *testing.T, s kg.Store, q kg.EntityQuery, first, wantTotal int) []string {
	t.Helper()
	q.First, q.After = first, ""
	var out []string
	for range maxPages {
		p, err := s.Entities(t.Context(), q)
		if err != nil {
			t.Fatalf("Entities %+v: %v", q, err)
		}
		if wantTotal < 0 {
			wantTotal = p.TotalCount
		}
		out = append(out, ids(p.Items)...)
		if !pageCheck(t, fmt.Sprintf("Entities %+v", q), len(p.Items), first, p.Cursors, p.PageInfo, p.TotalCount, wantTotal) {
			return out
		}
		q.After = p.PageInfo.EndCursor
	}
	t.Fatalf("Entities %+v: more than %d pages", q, maxPages)
	return nil
}

func walkRels(t *testing.T, s kg.Store, q kg.RelationshipQuery, first int) []string {
	t.Helper()
	return walkRelsWant(t, s, q, first, -1)
}

func walkRelsWant(t *testing.T, s kg.Store, q kg.RelationshipQuery, first, wantTotal int) []string {
	t.Helper()
	q.First, q.After = first, ""
	var out []string
	for range maxPages {
		p, err := s.Relationships(t.Context(), q)
		if err != nil {
			t.Fatalf("Relationships %+v: %v", q, err)
		}
		if wantTotal < 0 {
			wantTotal = p.TotalCount
		}
		out = append(out, ids(p.Items)...)
		if !pageCheck(t, fmt.Sprintf("Relationships %+v", q), len(p.Items), first, p.Cursors, p.PageInfo, p.TotalCount, wantTotal) {
			return out
		}
		q.After = p.PageInfo.EndCursor
	}
	t.Fatalf("Relationships %+v: more than %d pages", q, maxPages)
	return nil
}

func walkArticles(t *testing.T, s kg.Store, q kg.ArticleQuery, first int) []string {
	t.Helper()
	return walkArticlesWant(t, s, q, first, -1)
}

func walkArticlesWant(t *testing.T, s kg.Store, q kg.ArticleQuery, first, wantTotal int) []string {
	t.Helper()
	q.First, q.After = first, ""
	var out []string
	for range maxPages {
		p, err := s.Articles(t.Context(), q)
		if err != nil {
			t.Fatalf("Articles %+v: %v", q, err)
		}
		if wantTotal < 0 {
			wantTotal = p.TotalCount
		}
		out = append(out, ids(p.Items)...)
		if !pageCheck(t, fmt.Sprintf("Articles %+v", q), len(p.Items), first, p.Cursors, p.PageInfo, p.TotalCount, wantTotal) {
			return out
		}
		q.After = p.PageInfo.EndCursor
	}
	t.Fatalf("Articles %+v: more than %d pages", q, maxPages)
	return nil
}

// --- write-side tests ---

func testWriteReadBack(t *testing.T, f Factory) {
	s, m := freshWith(t, f, Fixture())
	checkGraph(t, s, m)
	ctx := t.Context()
	for _, id := range m.entityIDs() {
		e, err := s.Entity(ctx, id)
		if err != nil {
			t.Errorf("Entity(%q): %v", id, err)
			continue
		}
		sameJSON(t, "Entity "+id, e, m.ents[id])
	}
	for _, id := range m.articleIDs() {
		a, err := s.Article(ctx, id)
		if err != nil {
			t.Errorf("Article(%q): %v", id, err)
			continue
		}
		sameJSON(t, "Article "+id, a, m.arts[id])
	}
	_, err := s.Entity(ctx, "no-such-entity")
	wantCode(t, "Entity(missing)", err, kg.ENOTFOUND)
	_, err = s.Article(ctx, "https://nowhere.example.com/x")
	wantCode(t, "Article(missing)", err, kg.ENOTFOUND)
	if err := s.Ping(ctx); err != nil {
		t.Errorf("Ping: %v", err)
	}
	res, err := s.Write(ctx, nil)
	if err != nil || len(res) != 0 {
		t.Errorf("Write(nil) = %v, %v; want no results, no error", res, err)
	}
	// The evidence offsets the store returns point at the sentence.
	for _, id := range m.relIDs() {
		rs, _ := s.RelationshipsByID(ctx, []string{id})
		if len(rs) != 1 || rs[0] == nil {
			continue
		}
		for _, e := range rs[0].Evidence {
			text := []rune(m.arts[e.ArticleID].Text)
			if e.End > len(text) || string(text[e.Start:e.End]) != e.Sentence {
				t.Errorf("relationship %s: evidence %d..%d does not point at %q", id, e.Start, e.End, e.Sentence)
			}
		}
	}
}

func testPrepareSemantics(t *testing.T, f Factory) {
	s, m := freshWith(t, f, Fixture())
	ctx := t.Context()
	rs, err := s.RelationshipsByID(ctx, []string{
		"microsoft|PARTNERS_WITH|openai", "openai|PARTNERS_WITH|microsoft",
		"google|COMPETES_WITH|microsoft", "microsoft|COMPETES_WITH|google",
		"microsoft|INVESTS_IN|openai",
	})
	if err != nil {
		t.Fatal(err)
	}
	// Written openai→microsoft in one article and microsoft→openai in the
	// other: one relationship, smaller id first, two evidence.
	if r := rs[0]; r == nil || r.SourceID != "microsoft" || r.TargetID != "openai" || len(r.Evidence) != 2 {
		t.Errorf("symmetric PARTNERS_WITH: got %s", jsonOf(r))
	} else if r.Evidence[0].ArticleID != ArticleMicrosoftAR || r.Evidence[1].ArticleID != ArticleMicrosoftEN {
		t.Errorf("evidence not sorted by article id: %s", jsonOf(r.Evidence))
	}
	if rs[1] != nil || rs[3] != nil {
		t.Errorf("reversed ids of symmetric relationships exist: %s %s", jsonOf(rs[1]), jsonOf(rs[3]))
	}
	// Asserted twice, both ways, in one article: one relationship, two
	// evidence ordered by offset.
	if r := rs[2]; r == nil || len(r.Evidence) != 2 || r.Evidence[0].Start >= r.Evidence[1].Start {
		t.Errorf("COMPETES_WITH asserted twice in one article: got %s", jsonOf(r))
	}
	// Two articles in two languages, one relationship; the headline takes
	// each figure from the most confident evidence that has it.
	r := rs[4]
	if r == nil || len(r.Evidence) != 2 {
		t.Fatalf("Microsoft INVESTS_IN OpenAI: got %s", jsonOf(r))
	}
	if usd, ok := r.USD(); !ok || usd != 13e9 {
		t.Errorf("headline USD %v, want 13e9", usd)
	}
	if r.Stake == nil || *r.Stake != 49 {
		t.Errorf("headline stake %v, want 49 (only the Arabic article gives it)", r.Stake)
	}
	if r.Status != kg.Completed || r.Date != "2023-01-23" || r.Confidence != 0.97 {
		t.Errorf("headline status %s date %s confidence %v; want COMPLETED 2023-01-23 0.97", r.Status, r.Date, r.Confidence)
	}
	sameJSON(t, "headline", r.Figures, kg.Headline(r.Evidence))
	// Aliases merged across articles, sorted, without the name.
	e, err := s.Entity(ctx, "microsoft")
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "microsoft aliases", e.Aliases, []string{"Microsoft Corp.", "مايكروسوفت"})
	sameJSON(t, "microsoft", e, m.ents["microsoft"])
}

func testIdempotent(t *testing.T, f Factory) {
	s, m := freshWith(t, f, Fixture())
	ctx := t.Context()
	before, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	res := load(t, s, m, Fixture())
	for _, r := range res {
		if r.Status != kg.Unchanged || r.EntitiesAdded != 0 || r.RelationshipsAdded != 0 || len(r.Changed) != 0 {
			t.Errorf("re-load %s: %+v, want UNCHANGED and nothing added", r.ArticleID, r)
		}
	}
	after, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "Stats after re-load", after, before)
	checkGraph(t, s, m)
}

// editedStargate is a new version of ArticleStargateEN: the MGX and SoftBank
// investments are gone, a SoftBank partnership is new, and Stargate
// LOCATED_IN United States keeps only the Arabic article's evidence (so its
// headline must be recomputed).
func editedStargate() *kg.Extraction {
	return articleSpec{
		art: kg.Article{ID: ArticleStargateEN, URL: ArticleStargateEN, Title: "Stargate venture names its operator (corrected)", Lang: "en", Published: "2025-01-22", Source: "Wire Daily"},
		sentences: []string{
			"OpenAI and Oracle announced Stargate, a $500 billion AI infrastructure venture in the United States.",
			"OpenAI will operate Stargate, and SoftBank will partner with OpenAI on financing.",
		},
		ents: map[string][]string{"openai": nil, "oracle": nil, "softbank": {"سوفت بنك"}, "stargate": nil, "united-states": nil},
		rels: []relSpec{
			{"oracle", kg.InvestsIn, "stargate", 0, kg.Figures{Status: kg.Announced, Date: "2025-01-21", Confidence: 0.65}},
			{"openai", kg.Operates, "stargate", 1, kg.Figures{Confidence: 0.9}},
			{"softbank", kg.PartnersWith, "openai", 1, kg.Figures{Status: kg.Talks, Confidence: 0.7}},
		},
	}.build()
}

func testEdited(t *testing.T, f Factory) {
	s, m := freshWith(t, f, Fixture())
	ctx := t.Context()
	res := load(t, s, m, []*kg.Extraction{editedStargate()})
	if res[0].Status != kg.Updated {
		t.Fatalf("edited article: %s, want UPDATED", res[0].Status)
	}
	gone, err := s.RelationshipsByID(ctx, []string{"mgx|INVESTS_IN|stargate", "softbank|INVESTS_IN|stargate"})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range gone {
		if r != nil {
			t.Errorf("relationship left without evidence still there (#%d): %s", i, jsonOf(r))
		}
	}
	for _, id := range []string{"mgx", "softbank"} {
		if _, err := s.Entity(ctx, id); err != nil {
			t.Errorf("entity %s was dropped with its relationships: %v", id, err)
		}
	}
	a, err := s.Article(ctx, ArticleStargateEN)
	if err != nil || a.Hash != editedStargate().Article.Hash {
		t.Errorf("article not replaced: %s, %v", jsonOf(a), err)
	}
	checkGraph(t, s, m)
	// The old version again is an update back.
	for _, x := range Fixture() {
		if x.Article.ID == ArticleStargateEN {
			load(t, s, m, []*kg.Extraction{x})
		}
	}
	checkGraph(t, s, m)
}

func testAtomicity(t *testing.T, f Factory) {
	s, m := freshWith(t, f, Fixture())
	ctx := t.Context()
	good1 := articleSpec{
		art:       kg.Article{ID: "https://news.example.com/en/2024/03/amazon-anthropic", Title: "Amazon completes Anthropic investment", Lang: "en", Published: "2024-03-27", Source: "Tech Ledger"},
		sentences: []string{"Amazon has completed its $4 billion investment in Anthropic.", "أكملت أمازون استثمارها في أنثروبيك."},
		ents:      map[string][]string{"amazon": {"أمازون"}, "anthropic": {"أنثروبيك"}},
		rels:      []relSpec{{"amazon", kg.InvestsIn, "anthropic", 0, kg.Figures{Amount: usd(4e9), Status: kg.Completed, Date: "2024-03-27", Confidence: 0.9}}},
	}.build()
	dangling := articleSpec{
		art:       kg.Article{ID: "https://news.example.com/en/2025/01/ghost", Title: "Ghost deal", Lang: "en", Published: "2025-01-01"},
		sentences: []string{"Ghost Ventures invested in Phantom Labs and OpenAI."},
		ents:      map[string][]string{"ghost-ventures": nil, "openai": nil},
		rels: []relSpec{
			{"ghost-ventures", kg.InvestsIn, "openai", 0, kg.Figures{Confidence: 0.5}},
			{"ghost-ventures", kg.InvestsIn, "phantom-labs", 0, kg.Figures{Confidence: 0.5}},
		},
	}.build()
	good2 := articleSpec{
		art:       kg.Article{ID: "https://news.example.com/en/2025/06/g42-microsoft", Title: "Microsoft invests in G42", Lang: "en", Published: "2024-04-16"},
		sentences: []string{"Microsoft is investing $1.5 billion in G42."},
		ents:      map[string][]string{"microsoft": nil, "g42": {"G42 Group"}},
		rels:      []relSpec{{"microsoft", kg.InvestsIn, "g42", 0, kg.Figures{Amount: usd(1.5e9), Status: kg.Completed, Date: "2024-04-16", Confidence: 0.85}}},
	}.build()
	// A new version of an existing article with offsets past its text: the
	// old version must stay whole.
	badOffsets := articleSpec{
		art:       kg.Article{ID: ArticleWindsurfEN, URL: ArticleWindsurfEN, Title: "Windsurf deal collapses", Lang: "en", Published: "2025-07-11"},
		sentences: []string{"The Windsurf deal collapsed."},
		ents:      map[string][]string{"openai": nil, "windsurf": {"Windsurf AI"}, "ghost-ventures": nil},
		rels:      []relSpec{{"openai", kg.Acquires, "windsurf", 0, kg.Figures{Status: kg.Blocked, Confidence: 0.9}}},
	}.build()
	badOffsets.Relationships[0].Evidence[0].End += 500
	noHash := clone(good1)
	noHash.Article.ID = "https://news.example.com/en/2025/01/no-hash"
	noHash.Article.Hash = ""
	badConfidence := clone(good2)
	badConfidence.Article.ID = "https://news.example.com/en/2025/01/bad-confidence"
	badConfidence.Relationships[0].Evidence[0].Confidence = 1.5
	badType := clone(good2)
	badType.Article.ID = "https://news.example.com/en/2025/01/bad-type"
	badType.Relationships[0].Type = "LIKES"
	badKind := clone(good2)
	badKind.Article.ID = "https://news.example.com/en/2025/01/bad-kind"
	badKind.Entities[0].Kind = "ANIMAL"

	res := load(t, s, m, []*kg.Extraction{good1, dangling, good2, badOffsets, noHash, badConfidence, badType, badKind})
	for i, want := range []kg.WriteStatus{kg.Created, kg.Failed, kg.Created, kg.Failed, kg.Failed, kg.Failed, kg.Failed, kg.Failed} {
		if res[i].Status != want {
			t.Errorf("batch #%d (%s): %s, want %s", i, res[i].ArticleID, res[i].Status, want)
		}
	}
	for _, id := range []string{dangling.Article.ID, noHash.Article.ID, badConfidence.Article.ID} {
		_, err := s.Article(ctx, id)
		wantCode(t, "failed article "+id, err, kg.ENOTFOUND)
	}
	_, err := s.Entity(ctx, "ghost-ventures")
	wantCode(t, "entity of a failed article", err, kg.ENOTFOUND)
	a, err := s.Article(ctx, ArticleWindsurfEN)
	if err != nil || a.Title != "OpenAI agrees to buy Windsurf" {
		t.Errorf("failed update spoiled the stored version: %s, %v", jsonOf(a), err)
	}
	checkGraph(t, s, m)
}

func testReopen(t *testing.T, f Factory) {
	if f.Reopen == nil {
		t.Skip("backend cannot reopen its data")
	}
	s, m := freshWith(t, f, Fixture(), FixtureLarge(60))
	checkGraph(t, s, m)
	s = f.Reopen(t, s)
	checkGraph(t, s, m)
	load(t, s, m, []*kg.Extraction{editedStargate()})
	load(t, s, m, Fixture()[:2])
	s = f.Reopen(t, s)
	checkGraph(t, s, m)
	res := load(t, s, m, []*kg.Extraction{editedStargate()})
	if res[0].Status != kg.Unchanged {
		t.Errorf("after reopen, same version: %s, want UNCHANGED", res[0].Status)
	}
}
