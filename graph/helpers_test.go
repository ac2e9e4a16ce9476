package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/aikg/aikg/graph"
	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/store/memstore"
	"github.com/aikg/aikg/store/neo4jstore/neo4jtest"
	"github.com/aikg/aikg/store/storetest"
)

// backend is one store the API is tested against; every capability test
// runs on each.
type backend struct {
	name string
	open func(t *testing.T) kg.Store
}

var backends = []backend{
	{"memstore", func(t *testing.T) kg.Store {
		s, err := memstore.Open(t.TempDir(), memstore.Options{})
		if err != nil {
			t.Fatalf("memstore.Open: %v", err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}},
	{"neo4j", func(t *testing.T) kg.Store { return neo4jtest.Open(t) }},
}

// forEachBackend runs f as a subtest per backend.
func forEachBackend(t *testing.T, f func(t *testing.T, b backend)) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { f(t, b) })
	}
}

// counting wraps a store and counts read round trips, to check that
// rejected queries cost none and that batching bounds them.
type counting struct {
	kg.Store
	n atomic.Int64

	mu       sync.Mutex
	byMethod map[string]int
}

func (c *counting) calls() int64 { return c.n.Load() }

func (c *counting) reset() {
	c.n.Store(0)
	c.mu.Lock()
	c.byMethod = nil
	c.mu.Unlock()
}

func (c *counting) count(method string) {
	c.n.Add(1)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byMethod == nil {
		c.byMethod = map[string]int{}
	}
	c.byMethod[method]++
}

// methods says which reads were made since reset, for failure messages.
func (c *counting) methods() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	names := make([]string, 0, len(c.byMethod))
	for m := range c.byMethod {
		names = append(names, m)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, m := range names {
		fmt.Fprintf(&b, "%s×%d ", m, c.byMethod[m])
	}
	return strings.TrimSpace(b.String())
}

func (c *counting) Entity(ctx context.Context, id string) (*kg.Entity, error) {
	c.count("Entity")
	return c.Store.Entity(ctx, id)
}
func (c *counting) EntityByName(ctx context.Context, name string) (*kg.Entity, error) {
	c.count("EntityByName")
	return c.Store.EntityByName(ctx, name)
}
func (c *counting) EntitiesByID(ctx context.Context, ids []string) ([]*kg.Entity, error) {
	c.count("EntitiesByID")
	return c.Store.EntitiesByID(ctx, ids)
}
func (c *counting) Entities(ctx context.Context, q kg.EntityQuery) (*kg.EntityPage, error) {
	c.count("Entities")
	return c.Store.Entities(ctx, q)
}
func (c *counting) Search(ctx context.Context, q kg.SearchQuery) ([]kg.SearchHit, error) {
	c.count("Search")
	return c.Store.Search(ctx, q)
}
func (c *counting) RelationshipsByID(ctx context.Context, ids []string) ([]*kg.Relationship, error) {
	c.count("RelationshipsByID")
	return c.Store.RelationshipsByID(ctx, ids)
}
func (c *counting) Relationships(ctx context.Context, q kg.RelationshipQuery) (*kg.RelationshipPage, error) {
	c.count("Relationships")
	return c.Store.Relationships(ctx, q)
}
func (c *counting) RelationshipsOf(ctx context.Context, ids []string, q kg.RelationshipQuery) ([]*kg.RelationshipPage, error) {
	c.count("RelationshipsOf")
	return c.Store.RelationshipsOf(ctx, ids, q)
}
func (c *counting) Totals(ctx context.Context, q kg.TotalsQuery) ([]kg.Total, error) {
	c.count("Totals")
	return c.Store.Totals(ctx, q)
}
func (c *counting) TotalsOf(ctx context.Context, ids []string, q kg.TotalsQuery) ([][]kg.Total, error) {
	c.count("TotalsOf")
	return c.Store.TotalsOf(ctx, ids, q)
}
func (c *counting) RelationshipsOfArticles(ctx context.Context, ids []string, q kg.RelationshipQuery) ([]*kg.RelationshipPage, error) {
	c.count("RelationshipsOfArticles")
	return c.Store.RelationshipsOfArticles(ctx, ids, q)
}
func (c *counting) Neighborhood(ctx context.Context, q kg.NeighborhoodQuery) (*kg.Graph, error) {
	c.count("Neighborhood")
	return c.Store.Neighborhood(ctx, q)
}
func (c *counting) Subgraph(ctx context.Context, q kg.SubgraphQuery) (*kg.Graph, error) {
	c.count("Subgraph")
	return c.Store.Subgraph(ctx, q)
}
func (c *counting) Paths(ctx context.Context, q kg.PathQuery) ([]kg.Path, error) {
	c.count("Paths")
	return c.Store.Paths(ctx, q)
}
func (c *counting) Article(ctx context.Context, id string) (*kg.Article, error) {
	c.count("Article")
	return c.Store.Article(ctx, id)
}
func (c *counting) ArticlesByID(ctx context.Context, ids []string) ([]*kg.Article, error) {
	c.count("ArticlesByID")
	return c.Store.ArticlesByID(ctx, ids)
}
func (c *counting) Articles(ctx context.Context, q kg.ArticleQuery) (*kg.ArticlePage, error) {
	c.count("Articles")
	return c.Store.Articles(ctx, q)
}
func (c *counting) ArticlesOf(ctx context.Context, ids []string, q kg.ArticleQuery) ([]*kg.ArticlePage, error) {
	c.count("ArticlesOf")
	return c.Store.ArticlesOf(ctx, ids, q)
}
func (c *counting) Stats(ctx context.Context) (*kg.Stats, error) {
	c.count("Stats")
	return c.Store.Stats(ctx)
}

// env is a handler over a loaded store.
type env struct {
	t     *testing.T
	store *counting
	h     http.Handler
	c     *client.Client
	logs  *bytes.Buffer
}

// newEnv opens the backend, writes the extractions and builds a handler;
// configure may adjust the config.
func newEnv(t *testing.T, b backend, data []*kg.Extraction, configure func(*graph.Config)) *env {
	t.Helper()
	st := b.open(t)
	if len(data) > 0 {
		res, err := st.Write(context.Background(), data)
		if err != nil {
			t.Fatalf("Write: %v", err)
		}
		for _, r := range res {
			if r.Status == kg.Failed {
				t.Fatalf("Write %s: %v", r.ArticleID, r.Err)
			}
		}
	}
	logs := &bytes.Buffer{}
	cs := &counting{Store: st}
	cfg := graph.Config{
		Store:         cs,
		Introspection: true,
		Playground:    true,
		Logger:        slog.New(slog.NewTextHandler(logs, nil)),
	}
	if configure != nil {
		configure(&cfg)
	}
	h, err := graph.NewHandler(cfg)
	if err != nil {
		t.Fatalf("NewHandler: %v", err)
	}
	return &env{t: t, store: cs, h: h, c: client.New(h, client.Path("/graphql")), logs: logs}
}

func fixtureEnv(t *testing.T, b backend) *env {
	return newEnv(t, b, storetest.Fixture(), nil)
}

type gqlError struct {
	Message    string `json:"message"`
	Path       []any  `json:"path"`
	Extensions struct {
		Code string `json:"code"`
	} `json:"extensions"`
}

// query runs a GraphQL operation through gqlgen's client and decodes data
// into out; it returns the errors (none expected unless the caller checks).
func (e *env) query(q string, vars map[string]any, out any, opts ...client.Option) []gqlError {
	e.t.Helper()
	for k, v := range vars {
		opts = append(opts, client.Var(k, v))
	}
	resp, err := e.c.RawPost(q, opts...)
	if err != nil {
		e.t.Fatalf("post: %v", err)
	}
	var errs []gqlError
	if len(resp.Errors) > 0 {
		if err := json.Unmarshal(resp.Errors, &errs); err != nil {
			e.t.Fatalf("errors: %v", err)
		}
	}
	if out != nil && resp.Data != nil {
		b, _ := json.Marshal(resp.Data)
		if err := json.Unmarshal(b, out); err != nil {
			e.t.Fatalf("decode data %s: %v", b, err)
		}
	}
	return errs
}

// mustQuery is query that fails the test on any error.
func (e *env) mustQuery(q string, vars map[string]any, out any, opts ...client.Option) {
	e.t.Helper()
	if errs := e.query(q, vars, out, opts...); len(errs) > 0 {
		e.t.Fatalf("query failed: %+v\n%s", errs, q)
	}
}

// httpDo sends a raw HTTP request to the handler.
func (e *env) httpDo(method, target, contentType, accept, body string) *http.Response {
	e.t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, rd)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	w := httptest.NewRecorder()
	e.h.ServeHTTP(w, req)
	return w.Result()
}

func readAll(t *testing.T, r io.Reader) string {
	t.Helper()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func codes(errs []gqlError) string {
	var s []string
	for _, e := range errs {
		s = append(s, e.Extensions.Code)
	}
	return strings.Join(s, ",")
}

// hub builds n relationships from one hub entity to n spokes, over
// articles of at most 100 relationships each, for the round-trip test.
func hub(n int) []*kg.Extraction {
	var out []*kg.Extraction
	for a := 0; a*100 < n; a++ {
		var sents []string
		ents := []kg.Entity{{ID: "hub-capital", Name: "Hub Capital", Kind: kg.Organization}}
		var rels []kg.Relationship
		pos := 0
		for i := a * 100; i < min(n, (a+1)*100); i++ {
			name := fmt.Sprintf("Spoke %04d", i)
			s := fmt.Sprintf("Hub Capital invested $%d million in %s.", i+1, name)
			start := pos
			pos += len([]rune(s)) + 1
			sents = append(sents, s)
			ents = append(ents, kg.Entity{ID: kg.Slug(name), Name: name, Kind: kg.Organization})
			usdv := float64(i+1) * 1e6
			rels = append(rels, kg.Relationship{Type: kg.InvestsIn, SourceID: "hub-capital", TargetID: kg.Slug(name),
				Evidence: []kg.Evidence{{Sentence: s, Start: start, End: start + len([]rune(s)),
					Figures: kg.Figures{Amount: &kg.Money{Value: usdv, Currency: "USD", USD: &usdv}, Date: "2024-06-01", Confidence: 0.8}}}})
		}
		text := strings.Join(sents, " ")
		id := fmt.Sprintf("https://example.test/hub/%d", a)
		out = append(out, &kg.Extraction{
			Article:       kg.Article{ID: id, URL: id, Title: fmt.Sprintf("Hub round %d", a), Lang: "en", Published: "2024-06-01", Hash: storetest.Hash(text), Text: text},
			Entities:      ents,
			Relationships: rels,
		})
	}
	return out
}
