package neo4jstore_test

import (
	"testing"
	"time"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/store/neo4jstore/neo4jtest"
)

// BenchmarkWriteBatched loads 2,000 generated articles of 10 relationships
// each (20,000 relationship assertions) with many articles per
// transaction, and reports relationships per second.
//
//	NEO4J_URI=neo4j://127.0.0.1:7687 go test ./store/neo4jstore -run '^$' -bench WriteBatched -benchtime 1x
func BenchmarkWriteBatched(b *testing.B) {
	benchWrite(b, 2000, 10, 0)
}

// BenchmarkWritePerRelationship writes 500 articles of one relationship
// each, one transaction per article: the cost of a transaction per
// relationship, for comparison.
//
//	NEO4J_URI=neo4j://127.0.0.1:7687 go test ./store/neo4jstore -run '^$' -bench WritePerRelationship -benchtime 1x
func BenchmarkWritePerRelationship(b *testing.B) {
	benchWrite(b, 500, 1, 1)
}

func benchWrite(b *testing.B, articles, perArticle, batch int) {
	var rels int
	var elapsed time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s := neo4jtest.Open(b)
		xs := corpus(articles, perArticle, uint64(1000+i))
		b.StartTimer()
		start := time.Now()
		var err error
		var res []kg.WriteResult
		if batch == 0 {
			res, err = s.Write(b.Context(), xs)
		} else {
			for k := 0; k < len(xs) && err == nil; k += batch {
				var r []kg.WriteResult
				r, err = s.Write(b.Context(), xs[k:min(k+batch, len(xs))])
				res = append(res, r...)
			}
		}
		elapsed += time.Since(start)
		b.StopTimer()
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range res {
			if r.Status != kg.Created {
				b.Fatalf("%s: %s %v", r.ArticleID, r.Status, r.Err)
			}
		}
		rels += articles * perArticle
		s.Close()
	}
	b.ReportMetric(float64(rels)/elapsed.Seconds(), "rels/s")
}
