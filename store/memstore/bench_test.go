package memstore_test

import (
	"context"
	"runtime"
	"strings"
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

// BenchmarkOpen opens a store of ~2,000 generated articles (20,000
// relationship assertions) of about 6 KB of text each (13 MB of text) and
// reports the time to open it and the live heap it holds afterwards: the
// graph's memory, which should not grow with the article texts (they stay
// in the file).
//
//	go test -run '^$' -bench Open -benchtime 5x ./store/memstore
func BenchmarkOpen(b *testing.B) {
	dir := b.TempDir()
	s, err := memstore.Open(dir, memstore.Options{Logger: quiet})
	if err != nil {
		b.Fatal(err)
	}
	xs := storetest.FixtureLarge(20000)
	filler := strings.Repeat("Background paragraph about the data-center market that asserts nothing. ", 85)
	var textBytes int
	for _, x := range xs {
		x.Article.Text += "\n\n" + filler
		x.Article.Hash = storetest.Hash(x.Article.Title + "\n" + x.Article.Text)
		textBytes += len(x.Article.Text)
	}
	if _, err := s.Write(context.Background(), xs); err != nil {
		b.Fatal(err)
	}
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	xs = nil
	var heap uint64
	for b.Loop() {
		s, err := memstore.Open(dir, memstore.Options{Logger: quiet})
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		var m runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m)
		heap = m.HeapAlloc
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		b.StartTimer()
	}
	b.ReportMetric(float64(heap)/(1<<20), "heap-MB")
	b.ReportMetric(float64(textBytes)/(1<<20), "text-MB")
}
