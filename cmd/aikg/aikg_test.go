package main_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aikg/aikg/internal/testenv"
	"github.com/aikg/aikg/store/neo4jstore/neo4jtest"
)

// The tests build the real binary once and drive it as a user would.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "aikg-cmd-test")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "aikg")
	out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "building aikg: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// aikg runs the binary with args and extra environment, returning stdout,
// stderr and the exit code.
func aikg(t *testing.T, env []string, args ...string) (string, string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	cmd.Env = append(cleanEnv(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("aikg %v: %v", args, err)
		}
		code = ee.ExitCode()
	}
	return stdout.String(), stderr.String(), code
}

// cleanEnv is the test's environment without aikg's own variables, so a
// developer's shell does not change what the tests see.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "AIKG_") || strings.HasPrefix(kv, "NEO4J_") {
			continue
		}
		env = append(env, kv)
	}
	return env
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{nil, 2, "usage:"},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{[]string{"load"}, 2, "give at least one file or folder"},
		{[]string{"extract", "--format", "xml", "x"}, 2, "--format must be jsonl or text"},
		{[]string{"serve", "--store", "mysql", "--examples=false"}, 2, "--store must be embedded or neo4j"},
		{[]string{"eval"}, 2, "give --gold FILE"},
	}
	for _, tt := range tests {
		_, stderr, code := aikg(t, []string{"AIKG_DATA=" + t.TempDir()}, tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.want) {
			t.Errorf("aikg %v: exit %d, stderr %q; want exit %d and %q", tt.args, code, stderr, tt.code, tt.want)
		}
	}
}

func TestExtractSeedJSONL(t *testing.T) {
	seed := testenv.Seed(t)
	stdout, stderr, code := aikg(t, nil, "extract", "--format", "jsonl", seed)
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, stderr)
	}
	type rel struct {
		Subject, Relation, Object string
		AmountUSD                 *float64 `json:"amount_usd"`
		CapacityGW                *float64 `json:"capacity_gw"`
		Per                       string
		Evidence                  string
		Confidence                float64
	}
	got := map[string]rel{}
	sc := bufio.NewScanner(strings.NewReader(stdout))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r rel
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("bad JSONL line %q: %v", sc.Text(), err)
		}
		for _, k := range []string{"article", "subject", "relation", "object", "confidence", "evidence"} {
			if !bytes.Contains(sc.Bytes(), []byte(`"`+k+`"`)) {
				t.Errorf("line lacks %q: %s", k, sc.Text())
			}
		}
		got[r.Subject+" "+r.Relation+" "+r.Object] = r
	}
	want := []string{
		"Microsoft INVESTS_IN OpenAI", "OpenAI ACQUIRES Windsurf", "Oracle SUPPLIES_COMPUTE OpenAI",
		"Google SUPPLIES_COMPUTE OpenAI", "CoreWeave SUPPLIES_COMPUTE OpenAI", "Microsoft SUPPLIES_COMPUTE OpenAI",
		"MGX INVESTS_IN Stargate", "Sam Altman LEADS OpenAI", "OpenAI OPERATES Stargate", "Microsoft PARTNERS_WITH OpenAI",
	}
	for _, k := range want {
		if _, ok := got[k]; !ok {
			t.Errorf("missing %s; got %v", k, keys(got))
		}
	}
	if r := got["Microsoft INVESTS_IN OpenAI"]; r.AmountUSD == nil || *r.AmountUSD != 13e9 || !strings.Contains(r.Evidence, "13 مليار دولار") {
		t.Errorf("Microsoft INVESTS_IN OpenAI = %+v, want $13B with the sentence about 13 مليار دولار", r)
	}
	if r := got["Oracle SUPPLIES_COMPUTE OpenAI"]; r.AmountUSD == nil || *r.AmountUSD != 30e9 || r.Per != "year" || r.CapacityGW == nil || *r.CapacityGW != 4.5 {
		t.Errorf("Oracle SUPPLIES_COMPUTE OpenAI = %+v, want $30B per year and 4.5 GW", r)
	}
	owned := false
	for k := range got {
		if strings.HasSuffix(k, " OWNS MGX") {
			owned = true
		}
	}
	if !owned {
		t.Errorf("no owner of MGX found; got %v", keys(got))
	}
	for k, r := range got {
		for _, boiler := range []string{"اترك تعليقاً", "بريدك الإلكتروني", "مقالات ذات صلة", "زر الذهاب"} {
			if strings.Contains(r.Evidence, boiler) {
				t.Errorf("%s comes from boilerplate: %q", k, r.Evidence)
			}
		}
	}
}

// TestEvalExamples runs `aikg eval` on the bundled examples: the report
// names every headline type and language and, with --details, the misses.
func TestEvalExamples(t *testing.T) {
	stdout, stderr, code := aikg(t, nil, "eval", "--examples", "--details")
	if code != 0 {
		t.Fatalf("eval: exit %d: %s", code, stderr)
	}
	for _, want := range []string{"INVESTS_IN", "SUPPLIES_COMPUTE", "headline", "overall", " ar ", " en ", "amount", "missed ("} {
		if !strings.Contains(stdout, want) {
			t.Errorf("eval report lacks %q:\n%s", want, stdout)
		}
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestSeedVerticalSlice is the vertical slice end to end: load the seed
// article (twice: nothing changes), serve it, and ask the fixed question.
func TestSeedVerticalSlice(t *testing.T) {
	seed := testenv.Seed(t)
	stores := []struct {
		name string
		env  []string
	}{
		{"embedded", []string{"AIKG_DATA=" + t.TempDir()}},
	}
	if uri := os.Getenv("NEO4J_URI"); uri != "" {
		stores = append(stores, struct {
			name string
			env  []string
		}{"neo4j", []string{"AIKG_STORE=neo4j", "NEO4J_URI=" + uri, "NEO4J_USER=" + os.Getenv("NEO4J_USER"),
			"NEO4J_PASSWORD=" + os.Getenv("NEO4J_PASSWORD"), "NEO4J_DATABASE=" + os.Getenv("NEO4J_DATABASE")}})
	} else if os.Getenv("AIKG_REQUIRE_NEO4J") == "1" {
		t.Fatal(neo4jtest.SkipMessage + " (AIKG_REQUIRE_NEO4J=1 makes this a failure)")
	}
	answers := map[string]string{}
	for _, s := range stores {
		t.Run(s.name, func(t *testing.T) {
			if s.name == "neo4j" {
				clearNeo4j(t, s.env)
			}
			out1, stderr, code := aikg(t, s.env, "load", seed)
			if code != 0 {
				t.Fatalf("first load: exit %d: %s%s", code, out1, stderr)
			}
			out2, stderr, code := aikg(t, s.env, "load", seed)
			if code != 0 {
				t.Fatalf("second load: exit %d: %s%s", code, out2, stderr)
			}
			if last(out1) != last(out2) {
				t.Errorf("loading twice changed the store:\n%s\n%s", last(out1), last(out2))
			}
			url, stop := serve(t, s.env, "--examples=false")
			defer stop()
			body := gql(t, url, `{ entity(name: "OpenAI") { relationships(direction: IN, types: [INVESTS_IN]) { edges { node { source { name } amount { usd } evidence { sentence } } } } } }`)
			var resp struct {
				Data struct {
					Entity struct {
						Relationships struct {
							Edges []struct {
								Node struct {
									Source   struct{ Name string }
									Amount   *struct{ USD float64 }
									Evidence []struct{ Sentence string }
								}
							}
						}
					}
				}
			}
			if err := json.Unmarshal([]byte(body), &resp); err != nil {
				t.Fatalf("%v: %s", err, body)
			}
			found := false
			for _, e := range resp.Data.Entity.Relationships.Edges {
				n := e.Node
				if n.Source.Name == "Microsoft" && n.Amount != nil && n.Amount.USD == 13e9 && len(n.Evidence) > 0 && strings.Contains(n.Evidence[0].Sentence, "13 مليار دولار") {
					found = true
				}
			}
			if !found {
				t.Errorf("no Microsoft $13B investment with its sentence in %s", body)
			}
			answers[s.name] = body
			if s.name == "embedded" {
				_, stderr, code := aikg(t, s.env, "load", seed)
				if code != 1 || !strings.Contains(stderr, "in use by another aikg process") {
					t.Errorf("load while the server holds the store: exit %d, %q; want a clear refusal", code, stderr)
				}
			}
			body = gql(t, url, `{ entity(name: "مايكروسوفت") { id name } stats { entities relationships articles } }`)
			if !strings.Contains(body, `"id":"microsoft"`) || !strings.Contains(body, `"articles":1`) {
				t.Errorf("entity(name: مايكروسوفت) = %s, want Microsoft and one article", body)
			}
		})
	}
	if a, b := answers["embedded"], answers["neo4j"]; a != "" && b != "" && a != b {
		t.Errorf("the stores answer differently:\nembedded %s\nneo4j    %s", a, b)
	}
}

func last(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// serve starts `aikg serve` on a free port and waits for /readyz.
func serve(t *testing.T, env []string, args ...string) (string, func()) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(binary, append([]string{"serve", "--addr", addr}, args...)...)
	cmd.Env = append(cleanEnv(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stop := func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	}
	url := "http://" + addr
	for i := 0; i < 300; i++ {
		resp, err := http.Get(url + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return url, stop
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	stop()
	t.Fatalf("server never became ready: %s", stderr.String())
	return "", nil
}

func gql(t *testing.T, url, query string) string {
	t.Helper()
	b, _ := json.Marshal(map[string]string{"query": query})
	resp, err := http.Post(url+"/graphql", "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("POST /graphql: %s: %s", resp.Status, body)
	}
	return string(body)
}

// clearNeo4j empties the test database (neo4jtest does it on open).
func clearNeo4j(t *testing.T, _ []string) {
	t.Helper()
	neo4jtest.Open(t)
}
