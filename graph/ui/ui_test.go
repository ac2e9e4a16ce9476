package ui_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/aikg/aikg/graph/ui"
)

func get(t *testing.T, h http.Handler, method, target string, header map[string]string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

var assetRef = regexp.MustCompile(`(?:src|href)="([^"]+)"`)

// TestPagesAndTheirAssets loads each page, follows every asset it names and
// checks that each is served, with the right type and caching, from this
// handler: no page may depend on another origin.
func TestPagesAndTheirAssets(t *testing.T) {
	h := ui.Handler(ui.Options{})
	pages := []struct {
		path   string
		marker string // an element only this page has
		js     string // prefix of its script
	}{
		{"/", `id="graphiql"`, "assets/graphiql-"},
		{"/graph", `id="graph"`, "assets/graph-"},
		{"/graph?id=openai", `id="graph"`, "assets/graph-"},
		{"/index.html", `id="graphiql"`, "assets/graphiql-"},
	}
	for _, p := range pages {
		t.Run(p.path, func(t *testing.T) {
			res := get(t, h, "GET", p.path, nil)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("GET %s: status %d", p.path, res.StatusCode)
			}
			if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
				t.Errorf("GET %s: Content-Type %q", p.path, ct)
			}
			if cc := res.Header.Get("Cache-Control"); cc != "no-cache" {
				t.Errorf("GET %s: Cache-Control %q, want no-cache (pages name hashed assets and must be revalidated)", p.path, cc)
			}
			csp := res.Header.Get("Content-Security-Policy")
			if !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "script-src 'self'") {
				t.Errorf("GET %s: Content-Security-Policy %q does not confine the page to its origin", p.path, csp)
			}
			html := body(t, res)
			if !strings.Contains(html, p.marker) {
				t.Errorf("GET %s: page lacks %s", p.path, p.marker)
			}
			if strings.Contains(html, "http://") || strings.Contains(html, "https://") {
				t.Errorf("GET %s: page names an absolute URL:\n%s", p.path, html)
			}
			if strings.Contains(html, "{{") {
				t.Errorf("GET %s: unfilled template placeholder in page", p.path)
			}
			refs := assetRef.FindAllStringSubmatch(html, -1)
			var sawJS, sawCSS bool
			for _, m := range refs {
				ref := m[1]
				if !strings.HasPrefix(ref, "assets/") && ref != "./" && !strings.HasPrefix(ref, "graph?") {
					t.Errorf("GET %s: reference %q is not a relative asset path", p.path, ref)
					continue
				}
				if !strings.HasPrefix(ref, "assets/") {
					continue
				}
				ares := get(t, h, "GET", "/"+ref, nil)
				if ares.StatusCode != http.StatusOK {
					t.Errorf("GET /%s: status %d", ref, ares.StatusCode)
					continue
				}
				ab := body(t, ares)
				if len(ab) == 0 {
					t.Errorf("GET /%s: empty", ref)
				}
				ct := ares.Header.Get("Content-Type")
				switch {
				case strings.HasSuffix(ref, ".js"):
					sawJS = sawJS || strings.HasPrefix(ref, p.js)
					if ct != "text/javascript; charset=utf-8" {
						t.Errorf("GET /%s: Content-Type %q", ref, ct)
					}
				case strings.HasSuffix(ref, ".css"):
					sawCSS = true
					if ct != "text/css; charset=utf-8" {
						t.Errorf("GET /%s: Content-Type %q", ref, ct)
					}
					if m := regexp.MustCompile(`url\(\s*['"]?(https?:)?//`).FindString(ab); m != "" {
						t.Errorf("GET /%s: stylesheet loads from another origin: %s", ref, m)
					}
				case strings.HasSuffix(ref, ".svg"):
					if ct != "image/svg+xml" {
						t.Errorf("GET /%s: Content-Type %q", ref, ct)
					}
				}
				if strings.HasSuffix(ref, ".js") || strings.HasSuffix(ref, ".css") {
					if cc := ares.Header.Get("Cache-Control"); !strings.Contains(cc, "immutable") {
						t.Errorf("GET /%s: Cache-Control %q, want immutable for a content-hashed asset", ref, cc)
					}
				}
				if ares.Header.Get("X-Content-Type-Options") != "nosniff" {
					t.Errorf("GET /%s: no X-Content-Type-Options: nosniff", ref)
				}
			}
			if !sawJS || !sawCSS {
				t.Errorf("GET %s: page names no script %s… (%v) or no stylesheet (%v)", p.path, p.js, sawJS, sawCSS)
			}
		})
	}
}

func TestEndpointOption(t *testing.T) {
	tests := []struct {
		endpoint string
		want     string
	}{
		{"", `content="/graphql"`},
		{"/graphql", `content="/graphql"`},
		{"/api/v1/graphql", `content="/api/v1/graphql"`},
		{"/q&a", `content="/q&amp;a"`},
	}
	for _, tt := range tests {
		h := ui.Handler(ui.Options{Endpoint: tt.endpoint})
		for _, page := range []string{"/", "/graph"} {
			html := body(t, get(t, h, "GET", page, nil))
			if !strings.Contains(html, `name="aikg-graphql-endpoint" `+tt.want) {
				t.Errorf("Endpoint %q: page %s lacks meta %s", tt.endpoint, page, tt.want)
			}
		}
	}
}

func TestOptionsValidate(t *testing.T) {
	tests := []struct {
		endpoint string
		ok       bool
	}{
		{"", true},
		{"/graphql", true},
		{"/a/b", true},
		{"graphql", false},
		{"//evil.example/graphql", false},
		{"http://evil.example/graphql", false},
		{"/graphql?x=1", false},
		{`/a"><script>`, false},
	}
	for _, tt := range tests {
		err := ui.Options{Endpoint: tt.endpoint}.Validate()
		if (err == nil) != tt.ok {
			t.Errorf("Validate(Endpoint %q) = %v, want ok=%v", tt.endpoint, err, tt.ok)
		}
		if err != nil && !strings.Contains(err.Error(), "Endpoint") {
			t.Errorf("Validate(Endpoint %q) error %q does not name the field", tt.endpoint, err)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("Handler with an invalid Endpoint did not panic")
		}
	}()
	ui.Handler(ui.Options{Endpoint: "http://evil.example/graphql"})
}

func TestConditionalAndCompressed(t *testing.T) {
	h := ui.Handler(ui.Options{})
	for _, path := range []string{"/", "/graph", "/assets/favicon.svg"} {
		plain := get(t, h, "GET", path, nil)
		etag := plain.Header.Get("ETag")
		if !regexp.MustCompile(`^"[A-Za-z0-9_-]+"$`).MatchString(etag) {
			t.Fatalf("GET %s: ETag %q is not a strong quoted tag", path, etag)
		}
		want := body(t, plain)

		res := get(t, h, "GET", path, map[string]string{"If-None-Match": etag})
		if res.StatusCode != http.StatusNotModified {
			t.Errorf("GET %s If-None-Match %s: status %d, want 304", path, etag, res.StatusCode)
		}
		res = get(t, h, "GET", path, map[string]string{"If-None-Match": `"other"`})
		if res.StatusCode != http.StatusOK {
			t.Errorf("GET %s with a stale If-None-Match: status %d, want 200", path, res.StatusCode)
		}

		gz := get(t, h, "GET", path, map[string]string{"Accept-Encoding": "br, gzip;q=0.8"})
		if gz.Header.Get("Content-Encoding") == "gzip" {
			if gz.Header.Get("ETag") == etag {
				t.Errorf("GET %s: gzip and identity share ETag %s", path, etag)
			}
			zr, err := gzip.NewReader(gz.Body)
			if err != nil {
				t.Fatalf("GET %s gzip: %v", path, err)
			}
			got, err := io.ReadAll(zr)
			if err != nil {
				t.Fatalf("GET %s gzip: %v", path, err)
			}
			if !bytes.Equal(got, []byte(want)) {
				t.Errorf("GET %s: gzip body differs from identity body", path)
			}
			if v := gz.Header.Get("Vary"); v != "Accept-Encoding" {
				t.Errorf("GET %s: Vary %q", path, v)
			}
		} else if path != "/assets/favicon.svg" {
			t.Errorf("GET %s Accept-Encoding gzip: not compressed", path)
		}
	}

	// The page scripts are large: they must be compressed when asked.
	html := body(t, get(t, h, "GET", "/", nil))
	js := regexp.MustCompile(`assets/graphiql-[A-Z0-9]+\.js`).FindString(html)
	for _, tt := range []struct {
		accept string
		gzip   bool
	}{
		{"gzip", true},
		{"gzip, deflate, br", true},
		{"*", true},
		{"br", false},
		{"", false},
		{"gzip;q=0", false},
		{"gzip;q=0.000, *", false},
		{"*;q=0", false},
		{"identity, *;q=0.5", true},
	} {
		res := get(t, h, "GET", "/"+js, map[string]string{"Accept-Encoding": tt.accept})
		if got := res.Header.Get("Content-Encoding") == "gzip"; got != tt.gzip {
			t.Errorf("Accept-Encoding %q: gzip %v, want %v", tt.accept, got, tt.gzip)
		}
	}
}

func TestNotFoundAndMethods(t *testing.T) {
	h := ui.Handler(ui.Options{})
	tests := []struct {
		method, path string
		status       int
	}{
		{"GET", "/nope", http.StatusNotFound},
		{"GET", "/assets/", http.StatusNotFound},
		{"GET", "/assets/nope.js", http.StatusNotFound},
		{"GET", "/assets/../index.html", http.StatusNotFound},
		{"GET", "/dist/index.html", http.StatusNotFound},
		{"POST", "/", http.StatusMethodNotAllowed},
		{"DELETE", "/graph", http.StatusMethodNotAllowed},
		{"GET", "/graph/?id=openai", http.StatusMovedPermanently},
		{"HEAD", "/", http.StatusOK},
		{"HEAD", "/graph", http.StatusOK},
	}
	for _, tt := range tests {
		res := get(t, h, tt.method, tt.path, nil)
		if res.StatusCode != tt.status {
			t.Errorf("%s %s: status %d, want %d", tt.method, tt.path, res.StatusCode, tt.status)
		}
		if tt.status == http.StatusMovedPermanently && res.Header.Get("Location") != "/graph?id=openai" {
			t.Errorf("%s %s: Location %q", tt.method, tt.path, res.Header.Get("Location"))
		}
		if tt.status == http.StatusMethodNotAllowed && res.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s %s: Allow %q", tt.method, tt.path, res.Header.Get("Allow"))
		}
		if tt.method == "HEAD" && body(t, res) != "" {
			t.Errorf("HEAD %s: has a body", tt.path)
		}
	}
}

// TestExamplesShipped checks that GraphiQL's bundle carries the example
// queries the page opens with.
func TestExamplesShipped(t *testing.T) {
	h := ui.Handler(ui.Options{})
	html := body(t, get(t, h, "GET", "/", nil))
	js := regexp.MustCompile(`assets/graphiql-[A-Z0-9]+\.js`).FindString(html)
	src := body(t, get(t, h, "GET", "/"+js, nil))
	for _, want := range []string{`entity(name: "OpenAI")`, `neighborhood(id: "microsoft"`, `search(query: "`, `paths(from: "mgx", to: "microsoft")`} {
		if !strings.Contains(src, want) {
			t.Errorf("GraphiQL bundle lacks example %s", want)
		}
	}
}
