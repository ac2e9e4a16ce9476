package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/store/memstore"
	"github.com/aikg/aikg/store/neo4jstore"
)

// openStore opens the store the flags select. The embedded store fails at
// once when another process (a running server) holds its directory; the
// Neo4j store opens even when Neo4j is down and reports it through Ping.
func openStore(ctx context.Context, c storeConfig, log *slog.Logger) (kg.Store, error) {
	switch c.kind {
	case "embedded", "":
		s, err := memstore.Open(c.data, memstore.Options{Logger: log, LockTimeout: time.Second})
		if err != nil {
			if kg.ErrorCode(err) == kg.ECONFLICT {
				return nil, kg.Wrap(kg.ECONFLICT, err, "the embedded store in %s is in use by another aikg process (a running 'aikg serve'?): stop it, or load through its API, or use another --data directory", c.data)
			}
			return nil, err
		}
		return s, nil
	case "neo4j":
		return neo4jstore.Open(ctx, neo4jstore.Config{
			URI:      c.uri,
			User:     c.user,
			Password: c.password,
			Database: c.database,
			Logger:   log,
		})
	default:
		return nil, usageErr("--store must be embedded or neo4j, not %q", c.kind)
	}
}
