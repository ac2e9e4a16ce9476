package graph_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/aikg/aikg/graph"
	"github.com/aikg/aikg/kg"
)

// Each limit rejects before execution, with its code, at no store cost.
func TestLimitsRejectWithoutStoreCalls(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		e := newEnv(t, b, nil, func(c *graph.Config) {
			c.Limits = graph.Limits{Depth: 4, Aliases: 3, Complexity: 500}
		})
		cases := []struct {
			name, query, code string
		}{
			{"depth", `{ entity(id: "openai") { relationships { edges { node { source { name } } } } } }`, "LIMIT_EXCEEDED"},
			{"aliases", `{ a: stats { entities } b: stats { entities } c: stats { entities } d: stats { entities } }`, "LIMIT_EXCEEDED"},
			{"complexity", `{ relationships(first: 100) { edges { node { id type sourceId targetId confidence } } } }`, "LIMIT_EXCEEDED"},
			{"first too large", `{ relationships(first: 101) { totalCount } }`, "LIMIT_EXCEEDED"},
			{"first zero", `{ search(query: "x", first: 0) { score } }`, "BAD_USER_INPUT"},
			{"neighborhood depth", `{ neighborhood(id: "openai", depth: 4) { nodes { id } } }`, "BAD_USER_INPUT"},
			{"paths depth", `{ paths(from: "a", to: "b", maxDepth: 6) { length } }`, "BAD_USER_INPUT"},
			{"graph limit", `{ neighborhood(id: "openai", limit: 5000) { nodes { id } } }`, "BAD_USER_INPUT"},
			{"first via variable", `query($n: Int) { entities(first: $n) { totalCount } }`, "LIMIT_EXCEEDED"},
			{"parse error", `{ stats { `, "GRAPHQL_PARSE_FAILED"},
			{"validation error", `{ stats { nope } }`, "GRAPHQL_VALIDATION_FAILED"},
			{"bad enum", `{ relationships(filter: {types: [LIKES]}) { totalCount } }`, "GRAPHQL_VALIDATION_FAILED"},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				e.store.reset()
				errs := e.query(tc.query, map[string]any{"n": 1000}, nil)
				if len(errs) == 0 || errs[0].Extensions.Code != tc.code {
					t.Errorf("errors %+v, want code %s", errs, tc.code)
				}
				if c := e.store.calls(); c != 0 {
					t.Errorf("rejected query made %d store calls", c)
				}
			})
		}
		// Introspection is exempt from the depth limit: GraphiQL needs it.
		if errs := e.query(`{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }`, nil, nil); len(errs) > 0 {
			t.Errorf("deep introspection rejected: %+v", errs)
		}
		// Within the limits the same shapes pass.
		if errs := e.query(`{ a: stats { entities } b: stats { entities } }`, nil, nil); len(errs) > 0 {
			t.Errorf("two aliases rejected: %+v", errs)
		}
	})
}

func TestBodyLimit(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		e := newEnv(t, b, nil, func(c *graph.Config) { c.Limits.BodyBytes = 1 << 10 })
		body := `{"query":"{ stats { entities } }","variables":{"pad":"` + strings.Repeat("x", 2<<10) + `"}}`
		res := e.httpDo(http.MethodPost, "/graphql", "application/json", "", body)
		if res.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("status %d, want 413", res.StatusCode)
		}
		if s := readAll(t, res.Body); !strings.Contains(s, "LIMIT_EXCEEDED") {
			t.Errorf("body %s lacks LIMIT_EXCEEDED", s)
		}
		if c := e.store.calls(); c != 0 {
			t.Errorf("oversized request made %d store calls", c)
		}
	})
}

// slowStore blocks reads until the request's context ends.
type slowStore struct{ kg.Store }

func (s slowStore) Stats(ctx context.Context) (*kg.Stats, error) {
	<-ctx.Done()
	return nil, kg.Wrap(kg.EUNAVAILABLE, ctx.Err(), "the store did not answer in time")
}

func TestTimeout(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		e := newEnv(t, b, nil, nil)
		h, err := graph.NewHandler(graph.Config{Store: slowStore{e.store}, Limits: graph.Limits{Timeout: 20 * time.Millisecond}})
		if err != nil {
			t.Fatal(err)
		}
		e.h = h
		res := e.httpDo(http.MethodPost, "/graphql", "application/json", "", `{"query":"{ stats { entities } }"}`)
		if s := readAll(t, res.Body); !strings.Contains(s, "did not answer in time") {
			t.Errorf("timed-out request answered %s", s)
		}
	})
}

// failing returns errors of each sort from Stats and panics in Search.
type failing struct {
	kg.Store
	err error
}

func (f failing) Stats(context.Context) (*kg.Stats, error) { return nil, f.err }
func (f failing) Search(context.Context, kg.SearchQuery) ([]kg.SearchHit, error) {
	panic("secret panic detail")
}

func TestErrorsNeverLeakInternals(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		base := newEnv(t, b, nil, nil)
		cases := []struct {
			name      string
			err       error
			code, msg string
		}{
			{"coded", kg.Wrap(kg.EINTERNAL, errors.New("secret dsn bolt://admin:pw@db"), "the store failed"), "INTERNAL", "the store failed"},
			{"plain", errors.New("secret dsn bolt://admin:pw@db"), "INTERNAL", "internal error"},
			{"unavailable", kg.Wrap(kg.EUNAVAILABLE, errors.New("secret dial tcp"), "the store is unreachable"), "UNAVAILABLE", "the store is unreachable"},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				e := newEnv(t, b, nil, func(c *graph.Config) { c.Store = failing{base.store, tc.err} })
				errs := e.query(`{ stats { entities } }`, nil, nil)
				if len(errs) != 1 || errs[0].Extensions.Code != tc.code || errs[0].Message != tc.msg {
					t.Errorf("errors %+v, want %s %q", errs, tc.code, tc.msg)
				}
				if !strings.Contains(e.logs.String(), "secret") {
					t.Errorf("the cause was not logged: %s", e.logs.String())
				}
			})
		}
		e := newEnv(t, b, nil, func(c *graph.Config) { c.Store = failing{base.store, nil} })
		errs := e.query(`{ search(query: "x") { score } }`, nil, nil)
		if len(errs) != 1 || errs[0].Extensions.Code != "INTERNAL" || strings.Contains(errs[0].Message, "secret") {
			t.Errorf("panic answered %+v, want INTERNAL without detail", errs)
		}
	})
}
