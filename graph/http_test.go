package graph_test

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/aikg/aikg/graph"
	"github.com/aikg/aikg/kg"
)

// GraphQL over HTTP: status codes and media types per the spec.
func TestGraphQLOverHTTP(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		e := fixtureEnv(t, b)
		const gr = "application/graphql-response+json"
		get := func(q string) string { return "/graphql?query=" + url.QueryEscape(q) }
		cases := []struct {
			name, method, target, ctype, accept, body string
			status                                    int
			wantCT, wantBody                          string
		}{
			{"post json", "POST", "/graphql", "application/json", "application/json", `{"query":"{ stats { articles } }"}`, 200, "application/json", `"articles":9`},
			{"post graphql-response", "POST", "/graphql", "application/json; charset=utf-8", gr, `{"query":"{ __typename }"}`, 200, gr, `"Query"`},
			{"accept any", "POST", "/graphql", "application/json", "*/*", `{"query":"{ __typename }"}`, 200, "application/json", `"Query"`},
			{"get query", "GET", get(`{ entity(id: "openai") { name } }`), "", "", "", 200, "application/json", `"OpenAI"`},
			{"get variables", "GET", get(`query($id: ID) { entity(id: $id) { name } }`) + "&variables=" + url.QueryEscape(`{"id":"oracle"}`), "", gr, "", 200, gr, `"Oracle"`},
			{"get mutation", "GET", get(`mutation { __typename }`), "", gr, "", 405, gr, "POST"},
			{"no content type", "POST", "/graphql", "", "", `{"query":"{ __typename }"}`, 415, "application/json", "Content-Type"},
			{"bad json, graphql-response", "POST", "/graphql", "application/json", gr, `{ "not a JSON`, 400, gr, "BAD_USER_INPUT"},
			{"bad json, json", "POST", "/graphql", "application/json", "application/json", `{ "not a JSON`, 400, "application/json", "BAD_USER_INPUT"},
			{"bad json, no accept", "POST", "/graphql", "application/json", "", `NONSENSE`, 400, "application/json", "not a JSON object"},
			{"empty body, json", "POST", "/graphql", "application/json", "application/json", ``, 400, "application/json", "body is empty"},
			{"missing query, json", "POST", "/graphql", "application/json", "application/json", `{"qeury":"{ __typename }"}`, 400, "application/json", "query parameter is missing"},
			{"query not a string, json", "POST", "/graphql", "application/json", "application/json", `{"query":["{ __typename }"]}`, 400, "application/json", "must be a string"},
			{"operationName not a string, json", "POST", "/graphql", "application/json", "application/json", `{"query":"{ __typename }","operationName":1}`, 400, "application/json", "operationName parameter must be a string"},
			{"variables not an object, json", "POST", "/graphql", "application/json", "application/json", `{"query":"{ __typename }","variables":[7]}`, 400, "application/json", "variables parameter must be a JSON object"},
			{"extensions not an object, json", "POST", "/graphql", "application/json", "application/json", `{"query":"{ __typename }","extensions":true}`, 400, "application/json", "extensions parameter must be a JSON object"},
			{"get without query, json", "GET", "/graphql?operationName=x", "", "application/json", "", 400, "application/json", "query parameter is missing"},
			{"get bad variables, json", "GET", get(`{ __typename }`) + "&variables=" + url.QueryEscape(`[1]`), "", "", "", 400, "application/json", "variables parameter must be a JSON object"},
			{"parse error, json", "POST", "/graphql", "application/json", "application/json", `{"query":"{"}`, 200, "application/json", "GRAPHQL_PARSE_FAILED"},
			{"missing query", "POST", "/graphql", "application/json", gr, `{"qeury":"{ __typename }"}`, 400, gr, "query parameter is missing"},
			{"query not a string", "POST", "/graphql", "application/json", gr, `{"query":0}`, 400, gr, "must be a string"},
			{"variables not an object", "POST", "/graphql", "application/json", gr, `{"query":"{ __typename }","variables":"x"}`, 400, gr, "must be a JSON object"},
			{"null parameters", "POST", "/graphql", "application/json", gr, `{"query":"{ __typename }","variables":null,"operationName":null,"extensions":null}`, 200, gr, `"Query"`},
			{"parse error", "POST", "/graphql", "application/json", gr, `{"query":"{"}`, 400, gr, "GRAPHQL_PARSE_FAILED"},
			{"validation error", "POST", "/graphql", "application/json", gr, `{"query":"{ nope }"}`, 400, gr, "GRAPHQL_VALIDATION_FAILED"},
			{"validation error, json", "POST", "/graphql", "application/json", "application/json", `{"query":"{ nope }"}`, 200, "application/json", "GRAPHQL_VALIDATION_FAILED"},
			{"not acceptable", "POST", "/graphql", "application/json", "text/html", `{"query":"{ __typename }"}`, 406, "application/json", "Accept"},
			{"put", "PUT", "/graphql", "application/json", "", `{"query":"{ __typename }"}`, 405, "application/json", "GET or POST"},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				res := e.httpDo(tc.method, tc.target, tc.ctype, tc.accept, tc.body)
				body := readAll(t, res.Body)
				if res.StatusCode != tc.status {
					t.Errorf("status %d, want %d; body %s", res.StatusCode, tc.status, body)
				}
				if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, tc.wantCT) {
					t.Errorf("Content-Type %q, want %s", ct, tc.wantCT)
				}
				if !strings.Contains(body, tc.wantBody) {
					t.Errorf("body %s lacks %q", body, tc.wantBody)
				}
				if tc.status >= 400 && strings.Contains(body, `"data"`) {
					t.Errorf("rejected request has a data entry: %s", body)
				}
			})
		}
	})
}

// pingStore fails Ping with a reason.
type pingStore struct {
	kg.Store
	err error
}

func (p pingStore) Ping(context.Context) error { return p.err }

func TestHealthReadinessAndSwitches(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		e := newEnv(t, b, nil, func(c *graph.Config) { c.Introspection, c.Playground = false, false })
		if res := e.httpDo("GET", "/healthz", "", "", ""); res.StatusCode != 200 {
			t.Errorf("/healthz %d", res.StatusCode)
		}
		if res := e.httpDo("GET", "/readyz", "", "", ""); res.StatusCode != 200 {
			t.Errorf("/readyz %d", res.StatusCode)
		}
		if res := e.httpDo("GET", "/", "", "", ""); res.StatusCode != 404 {
			t.Errorf("/ with Playground off: %d, want 404", res.StatusCode)
		}
		if errs := e.query(`{ __schema { queryType { name } } }`, nil, nil); len(errs) == 0 {
			t.Error("introspection answered while switched off")
		}

		down := newEnv(t, b, nil, func(c *graph.Config) {
			c.Store = pingStore{c.Store, kg.Wrap(kg.EUNAVAILABLE, errors.New("dial tcp: refused"), "the database is unreachable")}
		})
		res := down.httpDo("GET", "/readyz", "", "", "")
		body := readAll(t, res.Body)
		if res.StatusCode != 503 || !strings.Contains(body, "the database is unreachable") || strings.Contains(body, "dial tcp") {
			t.Errorf("/readyz when down: %d %q", res.StatusCode, body)
		}

		on := newEnv(t, b, nil, nil)
		res = on.httpDo("GET", "/", "", "", "")
		if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Type"), "text/html") {
			t.Errorf("/ with Playground on: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
		}
		var s struct {
			Schema struct{ QueryType struct{ Name string } } `json:"__schema"`
		}
		on.mustQuery(`{ __schema { queryType { name } } }`, nil, &s)
		if s.Schema.QueryType.Name != "Query" {
			t.Errorf("introspection: %+v", s)
		}
	})
}

// lineIngester stands in for the loader: each body line "source TYPE
// target [usd]" (entity names, one word each) becomes a relationship of
// one article, written through the store like the loader does.
type lineIngester struct {
	w  kg.Writer
	mu sync.Mutex
}

func (li *lineIngester) Ingest(ctx context.Context, in kg.ArticleInput) (*kg.Extraction, *kg.WriteResult, error) {
	li.mu.Lock()
	defer li.mu.Unlock()
	x := &kg.Extraction{Article: kg.Article{ID: in.URL, URL: in.URL, Title: in.Title, Lang: "en", Text: in.Body, Hash: fmt.Sprintf("sha256:%x", in.Body)}}
	seen := map[string]bool{}
	pos := 0
	for _, line := range strings.Split(in.Body, "\n") {
		start := pos
		pos += len([]rune(line)) + 1
		var s, typ, o string
		var amount float64
		if n, _ := fmt.Sscanf(line, "%s %s %s %g", &s, &typ, &o, &amount); n < 3 {
			return nil, nil, kg.Errorf(kg.EINVALID, "line %q is not \"source TYPE target\"", line)
		}
		for _, name := range []string{s, o} {
			if !seen[name] {
				seen[name] = true
				x.Entities = append(x.Entities, kg.Entity{ID: kg.Slug(name), Name: name, Kind: kg.Organization})
			}
		}
		ev := kg.Evidence{Sentence: line, Start: start, End: start + len([]rune(line)), Figures: kg.Figures{Confidence: 0.9}}
		if amount > 0 {
			ev.Amount = &kg.Money{Value: amount, Currency: "USD", USD: &amount}
		}
		x.Relationships = append(x.Relationships, kg.Relationship{Type: kg.RelationType(typ), SourceID: kg.Slug(s), TargetID: kg.Slug(o), Evidence: []kg.Evidence{ev}})
	}
	res, err := li.w.Write(ctx, []*kg.Extraction{x})
	if err != nil {
		return nil, nil, err
	}
	return x, &res[0], nil
}

const ingestMutation = `mutation($in: ArticleInput!) { ingestArticle(input: $in) {
	status entitiesAdded relationshipsAdded article { id title }
	entities { id name } extracted { id type } changed { id source { name } target { name } amount { usd } evidence { sentence } } } }`

func article(url, body string) map[string]any {
	return map[string]any{"url": url, "title": "Test " + url, "body": body}
}

func TestIngestAuth(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		in := map[string]any{"in": article("https://t.example/1", "Alpha INVESTS_IN Beta 5000000")}
		disabled := newEnv(t, b, nil, nil)
		if errs := disabled.query(ingestMutation, in, nil, client.AddHeader("Authorization", "Bearer anything")); codes(errs) != "UNAUTHENTICATED" {
			t.Errorf("without a configured key: %+v, want UNAUTHENTICATED", errs)
		}

		var e *env
		e = newEnv(t, b, nil, func(c *graph.Config) {
			c.APIKey = "s3cret-key"
			c.Ingester = &lineIngester{w: c.Store}
		})
		for name, opts := range map[string][]client.Option{
			"no header":    nil,
			"wrong key":    {client.AddHeader("Authorization", "Bearer s3cret-kez")},
			"not bearer":   {client.AddHeader("Authorization", "Basic s3cret-key")},
			"key prefix":   {client.AddHeader("Authorization", "Bearer s3cret")},
			"empty bearer": {client.AddHeader("Authorization", "Bearer ")},
		} {
			if errs := e.query(ingestMutation, in, nil, opts...); codes(errs) != "UNAUTHENTICATED" {
				t.Errorf("%s: %+v, want UNAUTHENTICATED", name, errs)
			}
		}
		var got struct {
			IngestArticle struct {
				Status                            string
				EntitiesAdded, RelationshipsAdded int
				Article                           struct{ ID string }
				Extracted                         []struct{ ID, Type string }
				Changed                           []struct {
					ID     string
					Source struct{ Name string }
					Amount struct{ USD float64 }
				}
			}
		}
		e.mustQuery(ingestMutation, in, &got, client.AddHeader("Authorization", "Bearer s3cret-key"))
		r := got.IngestArticle
		if r.Status != "CREATED" || r.EntitiesAdded != 2 || r.RelationshipsAdded != 1 || len(r.Changed) != 1 || r.Changed[0].Source.Name != "Alpha" || r.Changed[0].Amount.USD != 5e6 || len(r.Extracted) != 1 {
			t.Errorf("ingest result %+v", r)
		}
		var q struct{ Entity struct{ Name string } }
		e.mustQuery(`{ entity(name: "Beta") { name } }`, nil, &q)
		if q.Entity.Name != "Beta" {
			t.Errorf("ingested entity not readable: %+v", q)
		}
		bad := map[string]any{"in": article("https://t.example/2", "not a relationship")}
		if errs := e.query(ingestMutation, bad, nil, client.AddHeader("Authorization", "Bearer s3cret-key")); codes(errs) != "BAD_USER_INPUT" {
			t.Errorf("bad article: %+v, want BAD_USER_INPUT", errs)
		}
	})
}
