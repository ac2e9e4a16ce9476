package neo4jstore_test

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/store/storetest"
)

// corpus generates n articles of perArticle relationships each among a
// pool of entities, each relationship with one evidence sentence.
func corpus(n, perArticle int, seed uint64) []*kg.Extraction {
	rng := rand.New(rand.NewPCG(seed, 7))
	nEnt := max(50, n/2)
	ent := func(i int) kg.Entity {
		kind := kg.EntityKinds[i%len(kg.EntityKinds)]
		name := fmt.Sprintf("Company %05d", i)
		return kg.Entity{ID: kg.Slug(name), Name: name, Kind: kind, Aliases: []string{fmt.Sprintf("شركة %05d", i)}}
	}
	out := make([]*kg.Extraction, n)
	for a := range out {
		var sb strings.Builder
		x := &kg.Extraction{}
		seen := map[string]bool{}
		type span struct{ s, e int }
		var spans []span
		for r := range perArticle {
			i, j := rng.IntN(nEnt), rng.IntN(nEnt)
			if i == j {
				j = (j + 1) % nEnt
			}
			si, sj := ent(i), ent(j)
			for _, e := range []kg.Entity{si, sj} {
				if !seen[e.ID] {
					seen[e.ID] = true
					x.Entities = append(x.Entities, e)
				}
			}
			sent := fmt.Sprintf("%s invested %d million dollars in %s (%d).", si.Name, 10+rng.IntN(990), sj.Name, r)
			start := len([]rune(sb.String()))
			sb.WriteString(sent)
			sb.WriteString(" ")
			spans = append(spans, span{start, start + len([]rune(sent))})
			amt := float64(10+rng.IntN(990)) * 1e6
			usd := amt
			x.Relationships = append(x.Relationships, kg.Relationship{
				Type: kg.RelationTypes[rng.IntN(len(kg.RelationTypes))], SourceID: si.ID, TargetID: sj.ID,
				Evidence: []kg.Evidence{{Sentence: sent, Start: spans[r].s, End: spans[r].e, Figures: kg.Figures{
					Amount: &kg.Money{Value: amt, Currency: "USD", USD: &usd}, Status: kg.Announced,
					Date: fmt.Sprintf("2025-%02d-%02d", 1+rng.IntN(12), 1+rng.IntN(28)), Confidence: 0.5 + rng.Float64()/2}}},
			})
		}
		text := sb.String()
		x.Article = kg.Article{ID: fmt.Sprintf("https://bench.example.com/%d/%06d", seed, a), Lang: "en",
			Published: "2025-06-01", Hash: storetest.Hash(text), Text: text, Title: fmt.Sprintf("Article %d", a)}
		out[a] = x
	}
	return out
}
