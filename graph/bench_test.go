package graph_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/aikg/aikg/graph"
	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/store/memstore"
	"github.com/aikg/aikg/store/storetest"
)

// benchRels is the size of the generated graph the benchmarks run over:
// AIKG_BENCH_RELS relationships (2,000 by default, which loads in about a
// second), plus the hand-written fixture.
func benchRels(b *testing.B) int {
	if v := os.Getenv("AIKG_BENCH_RELS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			b.Fatalf("AIKG_BENCH_RELS=%q is not a positive number", v)
		}
		return n
	}
	return 2000
}

// BenchmarkHTTP measures the whole HTTP API (transport, parsing,
// validation, limits, execution, loaders, JSON) over memstore, one request
// at a time, and reports queries per second, allocations and store round
// trips per query.
func BenchmarkHTTP(b *testing.B) {
	st, err := memstore.Open(b.TempDir(), memstore.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	data := append(storetest.Fixture(), storetest.FixtureLarge(benchRels(b))...)
	res, err := st.Write(context.Background(), data)
	if err != nil {
		b.Fatal(err)
	}
	for _, r := range res {
		if r.Status == kg.Failed {
			b.Fatalf("write %s: %v", r.ArticleID, r.Err)
		}
	}
	cs := &counting{Store: st}
	h, err := graph.NewHandler(graph.Config{Store: cs, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		b.Fatal(err)
	}

	cases := []struct{ name, query string }{
		{"vertical-slice", `{ entity(name: "OpenAI") { relationships(direction: IN, types: [INVESTS_IN]) { edges { node {
			source { name } amount { usd } evidence { sentence } } } } } }`},
		{"neighborhood-depth2", `{ neighborhood(id: "gulf-fund-03", depth: 2) { nodes { id label kind }
			edges { id sourceId targetId type label weight amount { usd } } } }`},
		{"search-arabic", `{ search(query: "صندوق الخليج", first: 20) { score entity { id name kind aliases } } }`},
		{"relationships-100", `{ relationships(first: 100, orderBy: {field: AMOUNT, direction: DESC}) { totalCount edges { cursor node {
			id type amount { usd } date confidence source { id name kind } target { id name kind }
			evidence { sentence start end article { title url published } } } } } }`},
	}
	for _, tc := range cases {
		body, _ := json.Marshal(map[string]string{"query": tc.query})
		do := func() *httptest.ResponseRecorder {
			req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(body)))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Accept", "application/graphql-response+json")
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			return w
		}
		b.Run(tc.name, func(b *testing.B) {
			w := do()
			if w.Code != 200 || strings.Contains(w.Body.String(), `"errors"`) || len(w.Body.String()) < 100 {
				b.Fatalf("%d %.300s", w.Code, w.Body.String())
			}
			b.ReportAllocs()
			cs.reset()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if w := do(); w.Code != 200 {
					b.Fatalf("%d %.300s", w.Code, w.Body.String())
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(cs.calls())/float64(b.N), "roundtrips/op")
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "queries/s")
			b.ReportMetric(float64(len(w.Body.Bytes())), "resp-bytes")
		})
	}
}
