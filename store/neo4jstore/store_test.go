package neo4jstore_test

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/store/neo4jstore"
	"github.com/aikg/aikg/store/neo4jstore/neo4jtest"
	"github.com/aikg/aikg/store/storetest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestWritePlansUseIndexes checks with EXPLAIN that no write statement
// scans a label or all nodes or relationships: every write starts from an
// index seek, so write cost does not grow with the graph.
func TestWritePlansUseIndexes(t *testing.T) {
	s := neo4jtest.Open(t)
	_ = s
	cfg := neo4jtest.Config(t)
	drv, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.NoAuth())
	if cfg.User != "" || cfg.Password != "" {
		drv, err = neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	}
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(context.Background())
	db := cfg.Database
	if db == "" {
		db = "neo4j"
	}
	params := map[string]any{"ids": []string{"a"}, "rels": []any{}, "rows": []any{}, "articles": []string{}}
	bad := []string{"NodeByLabelScan", "AllNodesScan", "AllRelationshipsScan", "RelationshipTypeScan", "UnionNodeByLabelsScan"}
	for _, q := range neo4jstore.WriteQueries() {
		res, err := neo4j.ExecuteQuery(t.Context(), drv, "EXPLAIN "+q, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db))
		if err != nil {
			t.Fatalf("EXPLAIN %s: %v", q, err)
		}
		plan := res.Summary.Plan()
		if plan == nil {
			t.Fatalf("EXPLAIN %s: no plan", q)
		}
		ops := planOperators(t, plan)
		if !slices.ContainsFunc(ops, func(op string) bool { return strings.Contains(op, "Seek") }) {
			t.Errorf("no index seek found in the plan of:\n%s\nplan: %v", q, ops)
		}
		for _, op := range ops {
			for _, b := range bad {
				if strings.Contains(op, b) {
					t.Errorf("write query scans (%s):\n%s\nplan: %v", op, q, ops)
				}
			}
		}
	}
}

// planOperators lists every operator of an EXPLAIN plan, all branches
// included. The driver's Plan.Children (v5.28.4) wraps the address of its
// loop variable, so every child it returns is the last one and a walk
// through it misses every other branch (the subqueries of a write
// statement). The raw plan the summary holds is read by reflection
// instead; the test fails if its shape is not the one expected.
func planOperators(t *testing.T, p neo4j.Plan) []string {
	t.Helper()
	v := reflect.ValueOf(p)
	if v.Kind() == reflect.Pointer && v.Elem().Kind() == reflect.Struct && v.Elem().NumField() == 1 {
		v = v.Elem().Field(0)
	}
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	var ops []string
	var walk func(n reflect.Value)
	walk = func(n reflect.Value) {
		op, children := n.FieldByName("Operator"), n.FieldByName("Children")
		if n.Kind() != reflect.Struct || op.Kind() != reflect.String || children.Kind() != reflect.Slice {
			t.Fatalf("the driver's raw plan has an unexpected shape (%s); update planOperators", n.Type())
		}
		ops = append(ops, op.String())
		for i := 0; i < children.Len(); i++ {
			walk(children.Index(i))
		}
	}
	walk(v)
	return ops
}

// TestReloadCreatesNothing loads the fixture twice and checks the server's
// own update counters: the second load writes nothing at all.
func TestReloadCreatesNothing(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := t.Context()
	if _, err := s.Write(ctx, storetest.Fixture()); err != nil {
		t.Fatal(err)
	}
	n1, r1, p1, d1 := s.Counters()
	if n1 == 0 || r1 == 0 {
		t.Fatalf("first load created %d nodes, %d relationships", n1, r1)
	}
	res, err := s.Write(ctx, storetest.Fixture())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Status != kg.Unchanged {
			t.Errorf("%s: %s, want UNCHANGED", r.ArticleID, r.Status)
		}
	}
	n2, r2, p2, d2 := s.Counters()
	if n2 != n1 || r2 != r1 || p2 != p1 || d2 != d1 {
		t.Errorf("re-load changed the graph: nodes +%d, relationships +%d, properties +%d, deleted +%d", n2-n1, r2-r1, p2-p1, d2-d1)
	}
}

// TestBatchFallsBackPerArticle makes one article of a batch fail inside
// Neo4j (not in kg.Prepare): a property value Neo4j cannot store. The
// others of the batch must be written, the bad one reported alone.
func TestBatchFallsBackPerArticle(t *testing.T) {
	s := neo4jtest.Open(t)
	ctx := t.Context()
	xs := storetest.FixtureLarge(40)
	bad := xs[3]
	// An entity id that collides with an existing one of another kind is
	// fine; what Neo4j refuses is a string beyond its limits. A huge
	// index key in the unique constraint does that.
	bad.Entities[0].ID = strings.Repeat("x", 40000)
	old := storetest.FixtureLarge(40)[3].Entities[0].ID
	for i := range bad.Relationships {
		r := &bad.Relationships[i]
		if r.SourceID == old {
			r.SourceID = bad.Entities[0].ID
		}
		if r.TargetID == old {
			r.TargetID = bad.Entities[0].ID
		}
	}
	probe := *bad
	if err := kg.Prepare(&probe); err != nil {
		t.Fatalf("the bad article must pass kg.Prepare, so that Neo4j is what fails it: %v", err)
	}
	res, err := s.Write(ctx, xs)
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	failed := 0
	for i, r := range res {
		if r.Status == kg.Failed {
			failed++
			if i != 3 {
				t.Errorf("article #%d %s failed: %v", i, r.ArticleID, r.Err)
			}
			continue
		}
		if _, err := s.Article(ctx, r.ArticleID); err != nil {
			t.Errorf("article %s reported %s but not stored: %v", r.ArticleID, r.Status, err)
		}
	}
	if failed != 1 {
		t.Fatalf("%d articles failed, want exactly the bad one", failed)
	}
	if _, err := s.Article(ctx, bad.Article.ID); kg.ErrorCode(err) != kg.ENOTFOUND {
		t.Errorf("the failed article is stored (%v)", err)
	}
	t.Logf("bad article: %v", res[3].Err)
	if !strings.Contains(kg.ErrorMessage(res[3].Err), bad.Article.ID) {
		t.Errorf("failure %q does not name the article", kg.ErrorMessage(res[3].Err))
	}
}

// TestUnreachable opens the store on a port where nothing listens: Open
// succeeds, Ping and reads report UNAVAILABLE with the reason.
func TestUnreachable(t *testing.T) {
	ctx := t.Context()
	s, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: "neo4j://127.0.0.1:1", ConnectTimeout: time.Second,
		MaxTransactionRetryTime: time.Second})
	if err != nil {
		t.Fatalf("Open with Neo4j down: %v", err)
	}
	defer s.Close()
	err = s.Ping(ctx)
	if kg.ErrorCode(err) != kg.EUNAVAILABLE || !strings.Contains(kg.ErrorMessage(err), "refused") {
		t.Errorf("Ping: %v, want UNAVAILABLE naming the reason", err)
	}
	_, err = s.Entity(ctx, "openai")
	if kg.ErrorCode(err) != kg.EUNAVAILABLE {
		t.Errorf("Entity: %v, want UNAVAILABLE", err)
	}
	res, err := s.Write(ctx, storetest.Fixture()[:2])
	if kg.ErrorCode(err) != kg.EUNAVAILABLE {
		t.Errorf("Write: %v, want UNAVAILABLE", err)
	}
	for _, r := range res {
		if r.Status != kg.Failed {
			t.Errorf("Write %s: %s, want FAILED", r.ArticleID, r.Status)
		}
	}
	if strings.Contains(kg.ErrorMessage(err), "TransactionExecutionLimit") {
		t.Errorf("message leaks driver internals: %q", kg.ErrorMessage(err))
	}
}

func TestOpenWithoutURI(t *testing.T) {
	_, err := neo4jstore.Open(t.Context(), neo4jstore.Config{})
	if kg.ErrorCode(err) != kg.EINVALID {
		t.Errorf("Open without URI: %v, want %s", err, kg.EINVALID)
	}
}

func ExampleOpen() {
	ctx := context.Background()
	s, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: "neo4j://127.0.0.1:7687", Database: "neo4j"})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()
	if err := s.Ping(ctx); err != nil {
		fmt.Println("not ready:", kg.ErrorMessage(err))
	}
}
