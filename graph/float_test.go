package graph_test

import (
	"context"
	"encoding/json"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/aikg/aikg/graph"
	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/store/storetest"
)

// exponent matches a JSON number written in exponent notation.
var exponent = regexp.MustCompile(`[0-9][eE][+-]?[0-9]`)

// Floats reach curl users in plain decimal notation: 13000000000, not
// 1.3e+10; and Float arguments take numbers only.
func TestFloatsArePlainDecimals(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		e := fixtureEnv(t, b)
		post := func(q string, vars map[string]any) (int, string) {
			t.Helper()
			body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
			res := e.httpDo("POST", "/graphql", "application/json", "application/json", string(body))
			return res.StatusCode, readAll(t, res.Body)
		}
		cases := []struct {
			name  string
			query string
			vars  map[string]any
			want  []string
		}{
			{"amounts", `{ relationship(id: "microsoft|INVESTS_IN|openai") { amount { value usd } stake confidence evidence { amount { usd } stake } } }`, nil,
				[]string{`"amount":{"value":13000000000,"usd":13000000000}`, `"stake":49`, `"evidence":[{"amount":{"usd":13000000000},"stake":49},{"amount":{"usd":13000000000},"stake":null}]`}},
			{"capacity and weight", `{ relationship(id: "oracle|SUPPLIES_COMPUTE|openai") { capacity { value unit } amount { usd } } }`, nil,
				[]string{`"capacity":{"value":4.5,"unit":"GW"}`, `"usd":30000000000`}},
			{"totals", `{ totals(entity: "openai", direction: IN, types: [INVESTS_IN], groupBy: COUNTERPART) { key usd } }`, nil,
				[]string{`{"key":"nvidia","usd":100000000000}`, `{"key":"microsoft","usd":13000000000}`}},
			{"literal argument", `{ relationships(filter: {minUsd: 20000000000}) { edges { node { id } } } }`, nil,
				[]string{`"oracle|SUPPLIES_COMPUTE|openai"`, `"nvidia|INVESTS_IN|openai"`}},
			{"exponent variable", `query($m: Float) { relationships(filter: {minUsd: $m}) { edges { node { id amount { usd } } } } }`, map[string]any{"m": json.Number("5e10")},
				[]string{`{"node":{"id":"nvidia|INVESTS_IN|openai","amount":{"usd":100000000000}}}`}},
			{"null variable", `query($m: Float) { relationships(filter: {minUsd: $m}, first: 1) { totalCount } }`, map[string]any{"m": nil},
				[]string{`"totalCount":`}},
			{"graph weights", `{ neighborhood(id: "openai", depth: 2) { edges { weight confidence amount { value usd } capacity { value } } } }`, nil,
				[]string{`"weight":`}},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				status, body := post(tc.query, tc.vars)
				if status != 200 || strings.Contains(body, `"errors"`) {
					t.Fatalf("%d %s", status, body)
				}
				for _, w := range tc.want {
					if !strings.Contains(body, w) {
						t.Errorf("body lacks %s:\n%s", w, body)
					}
				}
				if m := exponent.FindString(body); m != "" {
					t.Errorf("a number in exponent notation (%s):\n%s", m, body)
				}
			})
		}

		bad := []struct {
			name, query string
			vars        map[string]any
			want        string
		}{
			{"string variable", `query($m: Float) { relationships(filter: {minUsd: $m}) { totalCount } }`, map[string]any{"m": "1e10"}, "minUsd"},
			{"string literal", `{ relationships(filter: {minUsd: "1e10"}) { totalCount } }`, nil, "minUsd"},
			{"out of range", `query($c: Float) { neighborhood(id: "openai", minConfidence: $c) { nodes { id } } }`, map[string]any{"c": json.Number("1e999")}, "c"},
		}
		for _, tc := range bad {
			t.Run(tc.name, func(t *testing.T) {
				e.store.reset()
				_, body := post(tc.query, tc.vars)
				var r struct {
					Data   any
					Errors []gqlError
				}
				if err := json.Unmarshal([]byte(body), &r); err != nil {
					t.Fatalf("response is not JSON: %v\n%s", err, body)
				}
				if len(r.Errors) == 0 || r.Errors[0].Extensions.Code != kg.EINVALID && r.Errors[0].Extensions.Code != "GRAPHQL_VALIDATION_FAILED" {
					t.Fatalf("want a BAD_USER_INPUT or validation error, got %s", body)
				}
				if !strings.Contains(r.Errors[0].Message, tc.want) && !strings.Contains(r.Errors[0].Message, "Float") {
					t.Errorf("error %q names neither %q nor Float", r.Errors[0].Message, tc.want)
				}
				if n := e.store.calls(); n != 0 {
					t.Errorf("a rejected Float cost %d store calls", n)
				}
			})
		}
	})
}

// nanStore breaks a relationship's confidence, as a buggy backend might.
type nanStore struct{ kg.Store }

func (s nanStore) RelationshipsByID(ctx context.Context, ids []string) ([]*kg.Relationship, error) {
	rels, err := s.Store.RelationshipsByID(ctx, ids)
	for _, r := range rels {
		if r != nil {
			r.Confidence = math.NaN()
			if r.Stake != nil {
				inf := math.Inf(1)
				r.Stake = &inf
			}
		}
	}
	return rels, err
}

// A value JSON cannot carry is an INTERNAL error on its field, not a
// broken response.
func TestNonFiniteFloatIsAnError(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		e2 := newEnv(t, b, storetest.Fixture(), func(c *graph.Config) { c.Store = nanStore{c.Store} })
		res := e2.httpDo("POST", "/graphql", "application/json", "application/json",
			`{"query":"{ relationship(id: \"microsoft|INVESTS_IN|openai\") { id stake confidence } }"}`)
		body := readAll(t, res.Body)
		var r struct {
			Data   json.RawMessage
			Errors []gqlError
		}
		if err := json.Unmarshal([]byte(body), &r); err != nil {
			t.Fatalf("response is not JSON: %v\n%s", err, body)
		}
		if len(r.Errors) != 2 {
			t.Fatalf("want an error for each of stake and confidence, got %s", body)
		}
		for _, ge := range r.Errors {
			if ge.Extensions.Code != kg.EINTERNAL || !strings.Contains(ge.Message, "Float") || strings.Contains(ge.Message, "NaN") {
				t.Errorf("error %+v: want INTERNAL naming the Float field, without internals", ge)
			}
		}
		if !strings.Contains(e2.logs.String(), "NaN") || !strings.Contains(e2.logs.String(), "+Inf") {
			t.Errorf("the cause is not logged: %s", e2.logs.String())
		}
	})
}
