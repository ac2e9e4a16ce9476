package neo4jstore_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/aikg/aikg/store/neo4jstore/neo4jtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// BenchmarkFloorMerge measures what Neo4j itself needs to store the
// relationships of BenchmarkWriteBatched with nothing else: one UNWIND
// statement that MERGEs 20,000 typed relationships between 2,000 existing
// entities on the unique relationship id, with headline properties and an
// articles list, in one transaction. No articles, no evidence, no reads,
// no Go-side work. It is the ceiling any Write of that corpus can reach on
// this machine, reported in the same units (rels/s, server-µs/rel).
//
//	AIKG_NEO4J_HOME=... NEO4J_URI=neo4j://127.0.0.1:7687 go test ./store/neo4jstore -run '^$' -bench FloorMerge -benchtime 3x
func BenchmarkFloorMerge(b *testing.B) {
	const entities, rels = 2000, 20000
	rng := rand.New(rand.NewPCG(7, 11))
	rows := make([]any, rels)
	for i := range rows {
		s, t := rng.IntN(entities), rng.IntN(entities)
		if s == t {
			t = (t + 1) % entities
		}
		rows[i] = map[string]any{
			"s": fmt.Sprintf("floor-%04d", s), "t": fmt.Sprintf("floor-%04d", t),
			"id":       fmt.Sprintf("floor-%04d|INVESTS_IN|floor-%04d|%d", s, t, i),
			"props":    map[string]any{"usd": float64(1e6 * (i%997 + 1)), "currency": "USD", "status": "COMPLETED", "date": "2025-06", "confidence": 0.9},
			"articles": []any{fmt.Sprintf("https://news.example/a/%d", i/10)},
		}
	}
	ents := make([]any, entities)
	for i := range ents {
		ents[i] = fmt.Sprintf("floor-%04d", i)
	}
	const q = `UNWIND $rows AS row
MATCH (s:Entity {id: row.s})
MATCH (t:Entity {id: row.t})
MERGE (s)-[x:INVESTS_IN {id: row.id}]->(t)
ON CREATE SET x += row.props, x.articles = row.articles`

	var total, serverCPU time.Duration
	cpuOK := true
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s := neo4jtest.Open(b) // empties the database and ensures the schema
		cfg := neo4jtest.Config(b)
		s.Close()
		ctx := context.Background()
		auth := neo4j.NoAuth()
		if cfg.User != "" || cfg.Password != "" {
			auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
		}
		drv, err := neo4j.NewDriverWithContext(cfg.URI, auth)
		if err != nil {
			b.Fatal(err)
		}
		db := cfg.Database
		if db == "" {
			db = "neo4j"
		}
		run := func(query string, params map[string]any) (int, error) {
			res, err := neo4j.ExecuteQuery(ctx, drv, query, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
			if err != nil {
				return 0, err
			}
			return res.Summary.Counters().RelationshipsCreated(), nil
		}
		if _, err := run(`UNWIND $ids AS id CREATE (:Entity:Organization {id: id, name: id})`, map[string]any{"ids": ents}); err != nil {
			b.Fatal(err)
		}
		cpu0, ok0 := serverCPUTime()
		b.StartTimer()
		start := time.Now()
		n, err := run(q, map[string]any{"rows": rows})
		total += time.Since(start)
		b.StopTimer()
		cpu1, ok1 := serverCPUTime()
		cpuOK = cpuOK && ok0 && ok1
		serverCPU += cpu1 - cpu0
		_ = drv.Close(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if n != rels {
			b.Fatalf("%d relationships created, want %d", n, rels)
		}
	}
	b.ReportMetric(float64(rels*b.N)/total.Seconds(), "rels/s")
	if cpuOK {
		b.ReportMetric(float64(serverCPU.Microseconds())/float64(rels*b.N), "server-µs/rel")
	}
}
