package e2e_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/aikg/aikg/graph"
	"github.com/aikg/aikg/graph/ui"
	"github.com/aikg/aikg/internal/testenv"
)

// chromiumPath is Debian's Chromium, which the browser test drives.
const chromiumPath = "/usr/bin/chromium"

// startServer runs the real HTTP surface of aikg (graph.NewHandler with
// the embedded UI) on 127.0.0.1 over a store loaded with data.
func startServer(t *testing.T) *httptest.Server {
	t.Helper()
	st := openStore(t)
	h, err := graph.NewHandler(graph.Config{Store: st, Introspection: true, Playground: true})
	if err != nil {
		t.Fatalf("graph.NewHandler: %v", err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// e2eDir is this package's directory, where the Node scripts and their
// node_modules live.
func e2eDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// need skips the test with one line naming what is missing and how to
// install it, or fails it when the env var that makes the part required
// (as CI sets it) is 1.
func need(t *testing.T, requireVar, missing string) {
	t.Helper()
	testenv.Need(t, requireVar, "%s (install: apt-get install -y chromium chromium-driver nodejs npm; npm ci --prefix e2e)", missing)
}

// nodeScript checks that node and the script's npm packages are present;
// it returns the node binary.
func nodeScript(t *testing.T, requireVar string, pkgs ...string) string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		need(t, requireVar, "node is not on PATH")
	}
	for _, p := range pkgs {
		if _, err := os.Stat(filepath.Join(e2eDir(t), "node_modules", p, "package.json")); err != nil {
			need(t, requireVar, "e2e/node_modules/"+p+" is missing")
		}
	}
	return node
}

// runNode runs a script of this folder with a deadline, logs its output
// and fails the test if it exits non-zero.
func runNode(t *testing.T, node string, timeout time.Duration, env []string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, args...)
	cmd.Dir = e2eDir(t)
	cmd.Env = append(os.Environ(), env...)
	ownGroup(cmd)
	cmd.WaitDelay = 5 * time.Second
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	err := cmd.Run()
	t.Logf("node %s:\n%s", strings.Join(args, " "), out.String())
	if ctx.Err() != nil {
		t.Fatalf("node %s did not finish within %s", args[0], timeout)
	}
	if err != nil {
		t.Fatalf("node %s failed: %v", args[0], err)
	}
	return out.String()
}

// TestBrowser drives GraphiQL and the graph view in headless Chromium with
// the network cut off except for the test server (see graphiql.mjs).
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	if _, err := os.Stat(chromiumPath); err != nil {
		need(t, "AIKG_REQUIRE_CHROMIUM", chromiumPath+" is missing")
	}
	node := nodeScript(t, "AIKG_REQUIRE_CHROMIUM", "playwright-core")
	srv := startServer(t)
	var env []string
	if dir := os.Getenv("AIKG_SCREENSHOTS"); dir != "" {
		env = append(env, "AIKG_SCREENSHOTS="+dir)
	}
	out := runNode(t, node, 3*time.Minute, env, "graphiql.mjs", srv.URL)
	for _, step := range []string{"graphiql-who-invests-in-openai", "graph-view-microsoft", "graph-view-recentre", "graph-view-evidence"} {
		if !strings.Contains(out, "ok   "+step) {
			t.Errorf("browser step %s did not pass", step)
		}
	}
}

// TestGraphQLOverHTTPAudit runs graphql-http's conformance audit of the
// GraphQL over HTTP specification against /graphql.
func TestGraphQLOverHTTPAudit(t *testing.T) {
	node := nodeScript(t, "AIKG_REQUIRE_NODE", "graphql-http", "graphql")
	srv := startServer(t)
	out := runNode(t, node, 90*time.Second, nil, "audit.mjs", srv.URL+"/graphql")
	m := regexp.MustCompile(`audit: (\d+) ok, (\d+) warnings, (\d+) notices, (\d+) errors`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("the audit printed no summary")
	}
	if m[1] == "0" {
		t.Errorf("no audit passed: %s", m[0])
	}
	// Errors already fail the script; warnings fail here, because the
	// README promises none (a new one must be fixed or listed there).
	if m[2] != "0" {
		t.Errorf("the audit has warnings (%s):\n%s", m[0], out)
	}
}

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func post(t *testing.T, url, query string) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json")
	client := &http.Client{Timeout: 30 * time.Second}
	res, err := client.Do(req)
	if err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	var r gqlResponse
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("POST %s: status %d, not a GraphQL response: %v\n%s", url, res.StatusCode, err, b)
	}
	if res.StatusCode != http.StatusOK {
		t.Fatalf("POST %s: status %d: %s", url, res.StatusCode, b)
	}
	return r
}

// TestExamplesAnswer runs every query GraphiQL opens with against the real
// server and checks that each answers the question its tab asks.
func TestExamplesAnswer(t *testing.T) {
	srv := startServer(t)
	checks := map[string]func(t *testing.T, data json.RawMessage){
		"who-invests-in-openai": func(t *testing.T, data json.RawMessage) {
			var d struct {
				Entity struct {
					ID            string
					Relationships struct {
						TotalCount int
						Edges      []struct {
							Node struct {
								Source   struct{ ID, Name string }
								Type     string
								Amount   *struct{ USD *float64 }
								Evidence []struct {
									Sentence string
								}
							}
						}
					}
				}
			}
			mustDecode(t, data, &d)
			if d.Entity.ID != "openai" {
				t.Fatalf("entity(name: OpenAI) is %q", d.Entity.ID)
			}
			var found bool
			for _, e := range d.Entity.Relationships.Edges {
				n := e.Node
				if n.Type != "INVESTS_IN" {
					t.Errorf("relationship of type %s in an INVESTS_IN query", n.Type)
				}
				if n.Source.ID == "microsoft" {
					found = true
					if n.Amount == nil || n.Amount.USD == nil || *n.Amount.USD != 13e9 {
						t.Errorf("Microsoft's investment in OpenAI: amount %+v, want 13e9 USD", n.Amount)
					}
					if len(n.Evidence) == 0 || n.Evidence[0].Sentence == "" {
						t.Errorf("Microsoft's investment in OpenAI has no evidence sentence")
					}
				}
			}
			if !found {
				t.Errorf("Microsoft is not among OpenAI's investors: %s", data)
			}
		},
		"microsoft-neighborhood": func(t *testing.T, data json.RawMessage) {
			var d struct {
				Neighborhood struct {
					Nodes []struct{ ID string }
					Edges []struct {
						Type   string
						Source struct{ ID string }
						Target struct{ ID string }
					}
				}
			}
			mustDecode(t, data, &d)
			g := d.Neighborhood
			if len(g.Nodes) == 0 || g.Nodes[0].ID != "microsoft" {
				t.Fatalf("neighborhood does not start at microsoft: %s", data)
			}
			ids := map[string]bool{}
			for _, n := range g.Nodes {
				ids[n.ID] = true
			}
			if !ids["openai"] {
				t.Errorf("OpenAI is not one hop from Microsoft: %s", data)
			}
			for _, e := range g.Edges {
				if !ids[e.Source.ID] || !ids[e.Target.ID] {
					t.Errorf("edge %s %s→%s leaves the returned nodes", e.Type, e.Source.ID, e.Target.ID)
				}
			}
		},
		"arabic-search": func(t *testing.T, data json.RawMessage) {
			var d struct {
				Search []struct{ Entity struct{ ID string } }
			}
			mustDecode(t, data, &d)
			if len(d.Search) == 0 || d.Search[0].Entity.ID != "microsoft" {
				t.Errorf("search(مايكروسوفت) does not find Microsoft first: %s", data)
			}
		},
		"path-mgx-microsoft": func(t *testing.T, data json.RawMessage) {
			var d struct {
				Paths []struct {
					Length int
					Nodes  []struct{ ID string }
					Edges  []struct{ Type string }
				}
			}
			mustDecode(t, data, &d)
			if len(d.Paths) == 0 {
				t.Fatalf("no path from MGX to Microsoft: %s", data)
			}
			for _, p := range d.Paths {
				if len(p.Nodes) != len(p.Edges)+1 || p.Length != len(p.Edges) {
					t.Errorf("malformed path: %d nodes, %d edges, length %d", len(p.Nodes), len(p.Edges), p.Length)
					continue
				}
				if p.Nodes[0].ID != "mgx" || p.Nodes[len(p.Nodes)-1].ID != "microsoft" {
					t.Errorf("path runs %s→%s, want mgx→microsoft", p.Nodes[0].ID, p.Nodes[len(p.Nodes)-1].ID)
				}
			}
		},
	}
	examples := ui.Examples()
	if len(examples) != len(checks) {
		t.Errorf("%d examples, %d checks: add a check for each new example", len(examples), len(checks))
	}
	for _, ex := range examples {
		t.Run(ex.Name, func(t *testing.T) {
			r := post(t, srv.URL+"/graphql", ex.Query)
			if len(r.Errors) > 0 {
				t.Fatalf("example %s answered errors: %+v", ex.Name, r.Errors)
			}
			check := checks[ex.Name]
			if check == nil {
				t.Fatalf("no check for example %s", ex.Name)
			}
			check(t, r.Data)
		})
	}
}

func mustDecode(t *testing.T, data json.RawMessage, v any) {
	t.Helper()
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("decoding %s: %v", data, err)
	}
}

// TestServerServesUI checks that the server wires the embedded UI: GraphiQL
// at "/", the graph view at "/graph", and their assets.
func TestServerServesUI(t *testing.T) {
	srv := startServer(t)
	client := &http.Client{Timeout: 30 * time.Second}
	for _, path := range []string{"/", "/graph?id=openai"} {
		res, err := client.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
			t.Fatalf("GET %s: %d %s", path, res.StatusCode, res.Header.Get("Content-Type"))
		}
		refs := regexp.MustCompile(`(?:src|href)="(assets/[^"]+)"`).FindAllStringSubmatch(string(b), -1)
		if len(refs) < 2 {
			t.Fatalf("GET %s: page names %d assets; is the embedded UI wired in?\n%s", path, len(refs), b)
		}
		for _, m := range refs {
			res, err := client.Get(srv.URL + "/" + m[1])
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != http.StatusOK {
				t.Errorf("GET /%s: %d", m[1], res.StatusCode)
			}
		}
	}
}
