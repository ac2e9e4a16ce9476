package neo4jstore_test

import (
	"context"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"

	"github.com/aikg/aikg/internal/testenv"
	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/store/neo4jstore"
	"github.com/aikg/aikg/store/neo4jstore/neo4jtest"
)

// ctl runs scripts/neo4j-local (named by AIKG_NEO4J_CTL) with a command;
// tests that stop and start the server skip without it.
func ctl(t *testing.T, cmd string) {
	t.Helper()
	path := os.Getenv("AIKG_NEO4J_CTL")
	if path == "" {
		testenv.Need(t, "AIKG_REQUIRE_NEO4J", "AIKG_NEO4J_CTL not set: skipping tests that stop and start Neo4j (set it to scripts/neo4j-local)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, path, cmd).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", path, cmd, err, out)
	}
}

// waitPing polls Ping until it succeeds, for at most bound.
func waitPing(t *testing.T, s *neo4jstore.Store, bound time.Duration) {
	t.Helper()
	deadline := time.Now().Add(bound)
	var err error
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
		err = s.Ping(ctx)
		cancel()
		if err == nil {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("Ping still failing after %v: %v", bound, err)
}

// TestOpenWhileDown stops Neo4j, opens the store (which must succeed),
// checks Ping names the problem, starts Neo4j and checks the same store
// becomes healthy and usable.
func TestOpenWhileDown(t *testing.T) {
	cfg := neo4jtest.Config(t)
	ctl(t, "stop")
	t.Cleanup(func() { ctl(t, "start") })
	cfg.ConnectTimeout = 2 * time.Second
	s, err := neo4jstore.Open(t.Context(), cfg)
	if err != nil {
		t.Fatalf("Open with Neo4j down: %v", err)
	}
	defer s.Close()
	err = s.Ping(t.Context())
	if kg.ErrorCode(err) != kg.EUNAVAILABLE || kg.ErrorMessage(err) == "" {
		t.Fatalf("Ping with Neo4j down: %v, want UNAVAILABLE with a reason", err)
	}
	t.Logf("while down: %s", kg.ErrorMessage(err))
	ctl(t, "start")
	waitPing(t, s, 2*time.Minute)
	if _, err := s.Stats(t.Context()); err != nil {
		t.Errorf("Stats after Neo4j came up: %v", err)
	}
}

// TestRestartDuringBulkWrite restarts Neo4j while a bulk Write runs. The
// write either finishes (the driver retries managed transactions) or says
// which articles failed; no article may be half-stored either way.
func TestRestartDuringBulkWrite(t *testing.T) {
	s0 := neo4jtest.Open(t) // empties the database
	s0.Close()
	cfg := neo4jtest.Config(t)
	if os.Getenv("AIKG_NEO4J_CTL") == "" {
		ctl(t, "status") // skips with one line
	}
	cfg.MaxTransactionRetryTime = 90 * time.Second
	cfg.BatchArticles = 10
	s, err := neo4jstore.Open(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	xs := corpus(400, 10, 99)
	var wg sync.WaitGroup
	var res []kg.WriteResult
	var werr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
		defer cancel()
		res, werr = s.Write(ctx, xs)
	}()
	time.Sleep(1500 * time.Millisecond) // let some batches commit first
	ctl(t, "restart")
	wg.Wait()
	waitPing(t, s, 2*time.Minute)

	failed := 0
	for _, r := range res {
		if r.Status == kg.Failed {
			failed++
		}
	}
	t.Logf("bulk write across a restart: %d of %d articles failed, batch error: %v", failed, len(xs), werr)
	if failed > 0 && kg.ErrorCode(werr) != kg.EUNAVAILABLE {
		t.Errorf("%d articles failed but the batch error is %v, want UNAVAILABLE", failed, werr)
	}
	// Every article is either stored whole or absent.
	ctx := t.Context()
	for i, x := range xs {
		a, err := s.Article(ctx, x.Article.ID)
		stored := err == nil && a != nil
		if err != nil && kg.ErrorCode(err) != kg.ENOTFOUND {
			t.Fatalf("Article: %v", err)
		}
		if res[i].Status == kg.Failed && stored {
			// A transaction can commit while its acknowledgement is lost;
			// then the article must still be whole.
			t.Logf("article %s reported failed but committed", x.Article.ID)
		}
		if res[i].Status == kg.Created && !stored {
			t.Errorf("article %s reported CREATED but is not stored", x.Article.ID)
		}
		p, err := s.Relationships(ctx, kg.RelationshipQuery{Filter: kg.RelationshipFilter{ArticleID: x.Article.ID}, Page: kg.Page{First: kg.MaxFirst}})
		if err != nil {
			t.Fatalf("Relationships: %v", err)
		}
		want := map[string]bool{}
		for _, r := range x.Relationships {
			src, tgt := kg.Canonical(r.SourceID, r.Type, r.TargetID)
			want[kg.RelationshipID(src, r.Type, tgt)] = true
		}
		if stored && p.TotalCount != len(want) {
			t.Errorf("article %s stored with %d of its %d relationships", x.Article.ID, p.TotalCount, len(want))
		}
		if !stored && p.TotalCount != 0 {
			t.Errorf("article %s absent but %d relationships carry its evidence", x.Article.ID, p.TotalCount)
		}
	}
}
