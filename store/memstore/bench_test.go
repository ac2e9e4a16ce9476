package memstore_test

import (
	"context"
	"testing"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/store/memstore"
	"github.com/aikg/aikg/store/storetest"
)

// BenchmarkWrite measures write throughput in relationships per second, for
// one article per Write (one fsync each) and for batches of 100 articles.
func BenchmarkWrite(b *testing.B) {
	for _, batch := range []int{1, 100} {
		b.Run(map[int]string{1: "article", 100: "batch100"}[batch], func(b *testing.B) {
			xs := storetest.FixtureLarge(b.N * 10)
			rels := 0
			for _, x := range xs {
				rels += len(x.Relationships)
			}
			s, err := memstore.Open(b.TempDir(), memstore.Options{Logger: quiet})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			ctx := context.Background()
			b.ResetTimer()
			for i := 0; i < len(xs); i += batch {
				if _, err := s.Write(ctx, xs[i:min(i+batch, len(xs))]); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(rels)/b.Elapsed().Seconds(), "rels/s")
		})
	}
}

// BenchmarkRead measures typical reads on a graph of 20,000 generated
// relationships plus the fixture.
func BenchmarkRead(b *testing.B) {
	s, err := memstore.Open(b.TempDir(), memstore.Options{Logger: quiet})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if _, err := s.Write(ctx, append(storetest.Fixture(), storetest.FixtureLarge(20000)...)); err != nil {
		b.Fatal(err)
	}
	reads := []struct {
		name string
		run  func() error
	}{
		{"Neighborhood/fund-depth2", func() error {
			_, err := s.Neighborhood(ctx, kg.NeighborhoodQuery{ID: "gulf-fund-01", Depth: 2})
			return err
		}},
		{"Neighborhood/openai-depth3", func() error {
			_, err := s.Neighborhood(ctx, kg.NeighborhoodQuery{ID: "openai", Depth: 3})
			return err
		}},
		{"Relationships/all-by-amount", func() error {
			_, err := s.Relationships(ctx, kg.RelationshipQuery{Order: kg.RelationshipOrder{Field: kg.RelByAmount, Desc: true}, Page: kg.Page{First: 20}})
			return err
		}},
		{"Relationships/entity", func() error {
			_, err := s.Relationships(ctx, kg.RelationshipQuery{Filter: kg.RelationshipFilter{EntityID: "gulf-fund-01", Types: []kg.RelationType{kg.InvestsIn}}, Order: kg.RelationshipOrder{Field: kg.RelByDate, Desc: true}, Page: kg.Page{First: 20}})
			return err
		}},
		{"Search", func() error {
			_, err := s.Search(ctx, kg.SearchQuery{Text: "startup 0042"})
			return err
		}},
		{"Paths", func() error {
			_, err := s.Paths(ctx, kg.PathQuery{From: "microsoft", To: "mubadala", MaxDepth: 5, First: 5})
			return err
		}},
	}
	for _, r := range reads {
		b.Run(r.name, func(b *testing.B) {
			for b.Loop() {
				if err := r.run(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
