package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/aikg/aikg/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Config says which Neo4j to use and how.
type Config struct {
	// URI is the Bolt address: neo4j://host:7687 (routing, single server or
	// cluster), bolt://host:7687 (one server), or their +s/+ssc TLS forms.
	URI string
	// User and Password authenticate with basic auth; both empty means no
	// authentication.
	User, Password string
	// Database is named in every session so no home-database lookup is
	// needed; "neo4j" when empty.
	Database string
	// Logger receives the store's and the driver's log lines; slog.Default
	// when nil.
	Logger *slog.Logger
	// MaxTransactionRetryTime bounds how long a managed transaction is
	// retried on transient and connectivity errors (driver default 30s).
	MaxTransactionRetryTime time.Duration
	// ConnectTimeout bounds one socket connect (5s when zero), so that an
	// unreachable server fails Ping quickly.
	ConnectTimeout time.Duration
	// BatchArticles is how many articles a bulk Write puts in one
	// transaction (1000 when zero); BatchEvidence bounds the evidence rows
	// of one transaction (20000 when zero). Larger transactions read each
	// shared entity once for more articles and commit less often: Neo4j
	// spends about a quarter less CPU per relationship in transactions of
	// 2,000 articles of ten assertions than of 250.
	BatchArticles, BatchEvidence int
	// MaxConnectionPoolSize is the driver's per-server pool size (driver
	// default when zero).
	MaxConnectionPoolSize int
}

// Store is a kg.Store backed by Neo4j. It is safe for concurrent use; open
// one per process.
type Store struct {
	drv    neo4j.DriverWithContext
	db     string
	uri    string
	log    *slog.Logger
	cfg    Config
	closed atomic.Bool

	// schemaOK is set once constraints and indexes are known to exist; it
	// is cleared when the server becomes unreachable so that a server that
	// came back empty gets its schema again.
	schemaOK atomic.Bool
	schemaMu sync.Mutex

	// counters accumulates the write summaries, for tests and debug logs.
	counters writeCounters
}

var _ kg.Store = (*Store)(nil)

// Open creates the driver. It does not need Neo4j to be up: when it is
// not, Open logs a warning and returns a store whose Ping reports
// EUNAVAILABLE until the server answers; the schema is ensured on the
// first successful contact.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if strings.TrimSpace(cfg.URI) == "" {
		return nil, kg.Errorf(kg.EINVALID, "neo4j: no URI configured (set NEO4J_URI, e.g. neo4j://127.0.0.1:7687)")
	}
	if cfg.Database == "" {
		cfg.Database = "neo4j"
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = 5 * time.Second
	}
	if cfg.BatchArticles <= 0 {
		cfg.BatchArticles = 1000
	}
	if cfg.BatchEvidence <= 0 {
		cfg.BatchEvidence = 20000
	}
	auth := neo4j.NoAuth()
	if cfg.User != "" || cfg.Password != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	lg := cfg.Logger.With("component", "neo4jstore")
	drv, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		c.Log = driverLogger{lg}
		c.SocketConnectTimeout = cfg.ConnectTimeout
		if cfg.MaxTransactionRetryTime > 0 {
			c.MaxTransactionRetryTime = cfg.MaxTransactionRetryTime
		}
		if cfg.MaxConnectionPoolSize > 0 {
			c.MaxConnectionPoolSize = cfg.MaxConnectionPoolSize
		}
		c.ConnectionAcquisitionTimeout = max(cfg.ConnectTimeout*2, 10*time.Second)
	})
	if err != nil {
		return nil, kg.Wrap(kg.EINVALID, err, "neo4j: bad URI %q", cfg.URI)
	}
	s := &Store{drv: drv, db: cfg.Database, uri: cfg.URI, log: lg, cfg: cfg}
	pctx, cancel := context.WithTimeout(ctx, cfg.ConnectTimeout+time.Second)
	defer cancel()
	if err := s.Ping(pctx); err != nil {
		lg.Warn("neo4j is not reachable yet; the store will connect when it is", "uri", cfg.URI, "err", err)
	}
	return s, nil
}

// Close releases the driver's connections.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	return s.drv.Close(context.Background())
}

// Ping checks that Neo4j answers and that the schema is in place.
func (s *Store) Ping(ctx context.Context) error {
	if s.closed.Load() {
		return kg.Errorf(kg.EUNAVAILABLE, "the neo4j store is closed")
	}
	if err := s.drv.VerifyConnectivity(ctx); err != nil {
		s.schemaOK.Store(false)
		return kg.Wrap(kg.EUNAVAILABLE, err, "neo4j at %s is unavailable: %s", s.uri, reason(err))
	}
	return s.ensureSchema(ctx)
}

// schema is created idempotently: the keys MERGE looks up and the
// full-text index over folded names and aliases. Values are folded in Go (kg.Fold) before they are
// indexed, so a whitespace analyzer keeps tokens exactly as Go sees them.
var schema = append([]string{
	"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
	// Evidence nodes of the earlier graph model are gone (see migrate);
	// so is what indexed them.
	"DROP CONSTRAINT evidence_key IF EXISTS",
	"DROP INDEX evidence_rel IF EXISTS",
	"CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published)",
	"CREATE FULLTEXT INDEX " + nameIndex + " IF NOT EXISTS FOR (n:Entity) ON EACH [n.search] OPTIONS {indexConfig: {`fulltext.analyzer`: 'unicode_whitespace'}}",
}, relConstraints()...)

// relConstraints makes the relationship id unique per type. Writes find
// a relationship by its id through the constraint's index instead of
// walking the relationships of its end nodes (which grows with their
// degree), and the index lock that MERGE takes on the id is what keeps
// two concurrent writers from creating the same relationship twice.
func relConstraints() []string {
	out := make([]string, 0, len(kg.RelationTypes))
	for _, t := range kg.RelationTypes {
		out = append(out, fmt.Sprintf("CREATE CONSTRAINT rel_id_%s IF NOT EXISTS FOR ()-[r:%s]-() REQUIRE r.id IS UNIQUE",
			strings.ToLower(string(t)), string(t)))
	}
	return out
}

// nameIndex is the full-text index over Entity.search (folded names and
// aliases, with and without Arabic proclitics).
const nameIndex = "entity_names"

// ready makes sure the schema exists before a query; after the first
// success it costs one atomic load.
func (s *Store) ready(ctx context.Context) error {
	if s.closed.Load() {
		return kg.Errorf(kg.EUNAVAILABLE, "the neo4j store is closed")
	}
	if s.schemaOK.Load() {
		return nil
	}
	return s.ensureSchema(ctx)
}

func (s *Store) ensureSchema(ctx context.Context) error {
	if s.schemaOK.Load() {
		return nil
	}
	s.schemaMu.Lock()
	defer s.schemaMu.Unlock()
	if s.schemaOK.Load() {
		return nil
	}
	for _, q := range schema {
		if _, err := neo4j.ExecuteQuery(ctx, s.drv, q, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.db)); err != nil {
			var ne *neo4j.Neo4jError
			if errors.As(err, &ne) && strings.Contains(ne.Code, "EquivalentSchemaRuleAlreadyExists") {
				continue // created concurrently by another process
			}
			return s.fail(err, "neo4j: cannot create the schema")
		}
	}
	// A new index is populated in the background; queries against a
	// populating full-text index fail, so wait for it.
	if _, err := neo4j.ExecuteQuery(ctx, s.drv, "CALL db.awaitIndexes(300)", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db)); err != nil {
		return s.fail(err, "neo4j: indexes did not come online")
	}
	// Evidence nodes are what the graph model before evidence lists
	// wrote; this store neither reads nor replaces them. The count comes
	// from the count store, so the check is cheap.
	res, err := neo4j.ExecuteQuery(ctx, s.drv, "MATCH (e:Evidence) RETURN count(e) AS n", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db))
	if err != nil {
		return s.fail(err, "neo4j: cannot check the graph model")
	}
	if n, _ := res.Records[0].Values[0].(int64); n > 0 {
		s.log.Warn("the database holds :Evidence nodes of an earlier graph model, which this version neither reads nor replaces; "+
			"empty the database (scripts/neo4j-local wipe, or MATCH (n) DETACH DELETE n) and load the articles again", "evidenceNodes", n)
	}
	s.schemaOK.Store(true)
	s.log.Info("neo4j schema ensured", "uri", s.uri, "database", s.db)
	return nil
}

// fail translates a driver error into a coded error at the store's
// boundary: unreachable server → EUNAVAILABLE, constraint violation →
// ECONFLICT, anything else → EINTERNAL. what is the user-safe message.
func (s *Store) fail(err error, what string, args ...any) error {
	if err == nil {
		return nil
	}
	msg := fmt.Sprintf(what, args...)
	var ke *kg.Error
	if errors.As(err, &ke) {
		return err
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return kg.Wrap(kg.EUNAVAILABLE, err, "%s: the request was cancelled or timed out", msg)
	}
	var tel *neo4j.TransactionExecutionLimit
	if errors.As(err, &tel) && len(tel.Errors) > 0 {
		last := tel.Errors[len(tel.Errors)-1]
		if code := classify(last); code != kg.EUNAVAILABLE {
			return kg.Wrap(code, err, "%s", msg)
		}
		s.schemaOK.Store(false)
		return kg.Wrap(kg.EUNAVAILABLE, err, "%s: neo4j is unavailable: %s", msg, reason(last))
	}
	code := classify(err)
	if code == kg.EUNAVAILABLE {
		s.schemaOK.Store(false)
		return kg.Wrap(code, err, "%s: neo4j is unavailable: %s", msg, reason(err))
	}
	if code == kg.ECONFLICT {
		return kg.Wrap(code, err, "%s: it conflicts with stored data", msg)
	}
	return kg.Wrap(code, err, "%s", msg)
}

// classify maps a driver error to a code.
func classify(err error) string {
	var ne *neo4j.Neo4jError
	switch {
	case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
		return kg.EUNAVAILABLE
	case errors.As(err, &ne):
		switch {
		case strings.Contains(ne.Code, "ConstraintValidationFailed"):
			return kg.ECONFLICT
		case strings.HasPrefix(ne.Code, "Neo.TransientError."),
			strings.Contains(ne.Code, "DatabaseUnavailable"),
			strings.Contains(ne.Code, "DatabaseNotFound"),
			strings.HasPrefix(ne.Code, "Neo.ClientError.Security."),
			strings.HasPrefix(ne.Code, "Neo.ClientError.Cluster."):
			return kg.EUNAVAILABLE
		case strings.HasPrefix(ne.Code, "Neo.ClientError.Statement.ArgumentError"),
			strings.HasPrefix(ne.Code, "Neo.ClientError.Statement.TypeError"):
			return kg.EINVALID
		}
		return kg.EINTERNAL
	}
	var ue *neo4j.UsageError
	if errors.As(err, &ue) {
		return kg.EINTERNAL
	}
	var ae *neo4j.InvalidAuthenticationError
	if errors.As(err, &ae) {
		return kg.EUNAVAILABLE
	}
	// Everything else the driver returns (connectivity, pool, routing,
	// TLS, socket errors) means the server could not be used.
	return kg.EUNAVAILABLE
}

// reason is a short, user-safe account of why the server is unusable.
func reason(err error) string {
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		if ne.Msg != "" {
			return ne.Msg
		}
		return ne.Code
	}
	var ae *neo4j.InvalidAuthenticationError
	if errors.As(err, &ae) {
		return "authentication failed"
	}
	msg := err.Error()
	// Connectivity errors wrap the socket error; its last part is the
	// useful one ("connect: connection refused").
	if i := strings.LastIndex(msg, "dial tcp"); i >= 0 {
		msg = msg[i:]
	}
	if len(msg) > 200 {
		msg = msg[:200] + "…"
	}
	return msg
}

// driverLogger sends the driver's log lines to slog. Driver errors are
// often retried and harmless, so they are logged at debug level; the
// store logs what reaches its callers.
type driverLogger struct{ l *slog.Logger }

func (d driverLogger) Error(name, id string, err error) {
	d.l.Debug("neo4j driver error", "part", name, "id", id, "err", err)
}

func (d driverLogger) Warnf(name, id, msg string, args ...any) {
	d.l.Warn("neo4j driver: "+fmt.Sprintf(msg, args...), "part", name, "id", id)
}

func (d driverLogger) Infof(name, id, msg string, args ...any) {
	d.l.Debug("neo4j driver: "+fmt.Sprintf(msg, args...), "part", name, "id", id)
}

func (d driverLogger) Debugf(name, id, msg string, args ...any) {
	if d.l.Enabled(context.Background(), slog.LevelDebug-4) {
		d.l.Log(context.Background(), slog.LevelDebug-4, "neo4j driver: "+fmt.Sprintf(msg, args...), "part", name, "id", id)
	}
}

// read runs a read query through a managed read transaction routed to
// readers and returns its records.
func (s *Store) read(ctx context.Context, what, query string, params map[string]any) ([]*neo4j.Record, error) {
	if err := s.ready(ctx); err != nil {
		return nil, err
	}
	res, err := neo4j.ExecuteQuery(ctx, s.drv, query, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, s.fail(err, "%s", what)
	}
	return res.Records, nil
}

// readSettled runs a read whose answer includes relationships with their
// evidence, and runs it again while any relationship looks half-written
// (no evidence, or a headline that is not kg.Headline of its evidence).
// Neo4j reads at read-committed isolation: one statement can see a
// concurrent commit partly applied (the relationship but not yet the
// index entries of its evidence). No committed state is half-written, so
// a retry a few milliseconds later sees it whole.
func (s *Store) readSettled(ctx context.Context, what, query string, params map[string]any, decode func([]*neo4j.Record) []*kg.Relationship) error {
	for attempt := 1; ; attempt++ {
		recs, err := s.read(ctx, what, query, params)
		if err != nil {
			return err
		}
		rels := decode(recs)
		if settled(rels) {
			return nil
		}
		if attempt >= 25 {
			s.log.Warn("relationships still look half-written after retries", "what", what)
			return nil
		}
		select {
		case <-ctx.Done():
			return s.fail(ctx.Err(), "%s", what)
		case <-time.After(time.Duration(attempt) * 2 * time.Millisecond):
		}
	}
}

func settled(rels []*kg.Relationship) bool {
	for _, r := range rels {
		if r == nil {
			continue
		}
		if len(r.Evidence) == 0 || !reflect.DeepEqual(r.Figures, kg.Headline(r.Evidence)) {
			return false
		}
	}
	return true
}
