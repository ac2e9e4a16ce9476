package neo4jstore_test

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/store/neo4jstore/neo4jtest"
	"github.com/aikg/aikg/store/storetest"
)

// sharedArticle asserts the same three relationships as every other
// article n, each with a sentence of its own.
func sharedArticle(n int) *kg.Extraction {
	ents := []kg.Entity{
		{ID: "alpha-ai", Name: "Alpha AI", Kind: kg.Organization},
		{ID: "beta-cloud", Name: "Beta Cloud", Kind: kg.Organization},
		{ID: "gamma-fund", Name: "Gamma Fund", Kind: kg.Organization, Aliases: []string{fmt.Sprintf("Gamma Fund %d", n)}},
	}
	type rel struct {
		s, t string
		typ  kg.RelationType
		verb string
	}
	rels := []rel{
		{"gamma-fund", "alpha-ai", kg.InvestsIn, "invested %d million dollars in"},
		{"beta-cloud", "alpha-ai", kg.SuppliesCompute, "supplies %d megawatts of compute to"},
		{"alpha-ai", "beta-cloud", kg.PartnersWith, "signed partnership number %d with"},
	}
	x := &kg.Extraction{Entities: ents}
	var text strings.Builder
	for i, r := range rels {
		sent := fmt.Sprintf("%s "+r.verb+" %s.", r.s, 10+n, r.t)
		start := len([]rune(text.String()))
		text.WriteString(sent + " ")
		usd := float64(10+n) * 1e6
		x.Relationships = append(x.Relationships, kg.Relationship{Type: r.typ, SourceID: r.s, TargetID: r.t,
			Evidence: []kg.Evidence{{Sentence: sent, Start: start, End: start + len([]rune(sent)), Figures: kg.Figures{
				Amount: &kg.Money{Value: usd, Currency: "USD", USD: &usd}, Status: kg.Announced,
				Date: fmt.Sprintf("2025-%02d-01", 1+(n+i)%12), Confidence: 0.3 + float64(n%7)/10}}}})
	}
	t := text.String()
	x.Article = kg.Article{ID: fmt.Sprintf("https://concurrent.example.com/%03d", n), Lang: "en", Text: t, Hash: storetest.Hash(t)}
	return x
}

// TestConcurrentWritersShareRelationships writes many articles that assert
// the same relationships from several goroutines at once, one article per
// Write. Each transaction locks a relationship before it reads the
// evidence other articles give for it, so none may lose another's
// evidence: every relationship must end with one sentence per article and
// the headline kg.Headline computes from them. Entities are locked too:
// the alias each article gives its entity must all be kept.
func TestConcurrentWritersShareRelationships(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := t.Context()
	const writers, perWriter = 4, 6
	var wg sync.WaitGroup
	errs := make(chan error, writers*perWriter)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range perWriter {
				res, err := s.Write(ctx, []*kg.Extraction{sharedArticle(w*perWriter + k)})
				if err == nil && res[0].Status != kg.Created {
					err = fmt.Errorf("%s: %s %v", res[0].ArticleID, res[0].Status, res[0].Err)
				}
				if err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	x := sharedArticle(0)
	if err := kg.Prepare(x); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(x.Relationships))
	for i, r := range x.Relationships {
		ids[i] = r.ID
	}
	rels, err := s.RelationshipsByID(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rels {
		if r == nil {
			t.Errorf("%s: missing", ids[i])
			continue
		}
		arts := map[string]bool{}
		for _, ev := range r.Evidence {
			arts[ev.ArticleID] = true
		}
		if len(r.Evidence) != writers*perWriter || len(arts) != writers*perWriter {
			t.Errorf("%s: %d sentences from %d articles, want %d from %d", r.ID, len(r.Evidence), len(arts), writers*perWriter, writers*perWriter)
		}
		if h := kg.Headline(r.Evidence); !reflect.DeepEqual(r.Figures, h) {
			t.Errorf("%s: headline %+v, want %+v from its evidence", r.ID, r.Figures, h)
		}
	}
	e, err := s.Entity(ctx, "gamma-fund")
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Aliases) != writers*perWriter {
		t.Errorf("gamma-fund has %d aliases after concurrent writes, want all %d (one per article)", len(e.Aliases), writers*perWriter)
	}
}
