package neo4jtest

import (
	"context"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/aikg/aikg/store/neo4jstore"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// SkipMessage is the one line a test prints when no Neo4j is configured.
const SkipMessage = "NEO4J_URI not set: skipping Neo4j tests (start one with scripts/neo4j-local start)"

// Config returns the store configuration from the environment (NEO4J_URI,
// NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE). Without NEO4J_URI the test
// is skipped, or fails when AIKG_REQUIRE_NEO4J=1. The test holds the
// Neo4j until it ends: tests of other packages that use it wait (see
// lock).
func Config(t testing.TB) neo4jstore.Config {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("AIKG_REQUIRE_NEO4J") == "1" {
			t.Fatal("AIKG_REQUIRE_NEO4J=1 but NEO4J_URI is not set (start Neo4j with scripts/neo4j-local start)")
		}
		t.Skip(SkipMessage)
	}
	lock(t, uri)
	return neo4jstore.Config{
		URI:      uri,
		User:     os.Getenv("NEO4J_USER"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
		Logger:   slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn})),
	}
}

// Open connects to the configured Neo4j, deletes everything in its
// database (the schema is kept) and registers Close on cleanup. Tests that
// use it must not run in parallel with each other.
func Open(t testing.TB) *neo4jstore.Store {
	t.Helper()
	cfg := Config(t)
	Empty(t, cfg)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("neo4jstore.Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.Ping(ctx); err != nil {
		t.Fatalf("Neo4j at %s: %v", cfg.URI, err)
	}
	return s
}

// Empty deletes every node and relationship of the configured database.
func Empty(t testing.TB, cfg neo4jstore.Config) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	auth := neo4j.NoAuth()
	if cfg.User != "" || cfg.Password != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		t.Fatalf("neo4j driver: %v", err)
	}
	defer drv.Close(ctx)
	db := cfg.Database
	if db == "" {
		db = "neo4j"
	}
	sess := drv.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db})
	defer sess.Close(ctx)
	// An auto-commit transaction, so that large databases are emptied in
	// batches.
	res, err := sess.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatalf("emptying Neo4j at %s: %v", cfg.URI, err)
	}
}

// testWriter sends log output to the test log.
type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(string(p))
	return len(p), nil
}
