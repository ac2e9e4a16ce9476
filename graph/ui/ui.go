package ui

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html"
	"io/fs"
	"net/http"
	"path"
	"regexp"
	"strings"
	"sync"
	"time"
)

//go:embed dist
var dist embed.FS

// DefaultEndpoint is the GraphQL endpoint path the pages use when Options
// names none.
const DefaultEndpoint = "/graphql"

// Options configures Handler.
type Options struct {
	// Endpoint is the path of the GraphQL endpoint on the same origin,
	// e.g. "/graphql" (DefaultEndpoint when empty). Queries are POSTed to
	// it and subscriptions open a WebSocket to it. It must be an absolute
	// path: the pages never talk to another origin.
	Endpoint string
}

// Validate reports whether the options can be served, naming the bad field.
func (o Options) Validate() error {
	e := o.Endpoint
	if e == "" {
		return nil
	}
	if !strings.HasPrefix(e, "/") || strings.HasPrefix(e, "//") || strings.ContainsAny(e, "\\ \t\r\n\"'<>?#") {
		return fmt.Errorf("ui: Options.Endpoint %q must be an absolute path on the same origin, like %q", e, DefaultEndpoint)
	}
	return nil
}

// hashed matches the content-hashed names the build gives scripts and
// styles; only those may be cached for good.
var hashed = regexp.MustCompile(`-[A-Z0-9]{8}\.(js|css)$`)

var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".svg":  "image/svg+xml",
	".txt":  "text/plain; charset=utf-8",
	".json": "application/json",
	".map":  "application/json",
}

// asset is one servable file, kept in memory with its validator and,
// computed on first use, its gzip encoding.
type asset struct {
	body        []byte
	contentType string
	etag        string
	cache       string

	gzOnce sync.Once
	gz     []byte
	gzETag string
}

func (a *asset) gzipped() ([]byte, string) {
	a.gzOnce.Do(func() {
		var buf bytes.Buffer
		w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		_, _ = w.Write(a.body)
		_ = w.Close()
		if buf.Len() < len(a.body) {
			a.gz = buf.Bytes()
			a.gzETag = strings.TrimSuffix(a.etag, `"`) + `.gz"`
		}
	})
	return a.gz, a.gzETag
}

type handler struct {
	pages  map[string]*asset // by request path
	assets map[string]*asset // by name under /assets/
}

// Handler returns the http.Handler for the UI. Mount it at "/" of the
// server (it answers "/", "/graph" and "/assets/…", and 404 to anything
// else); it serves GET and HEAD only. It panics if opts does not Validate,
// as that is a programming error: check configuration with Validate first.
func Handler(opts Options) http.Handler {
	if err := opts.Validate(); err != nil {
		panic(err)
	}
	endpoint := opts.Endpoint
	if endpoint == "" {
		endpoint = DefaultEndpoint
	}
	h := &handler{pages: map[string]*asset{}, assets: map[string]*asset{}}

	page := func(name string) *asset {
		b, err := dist.ReadFile("dist/" + name)
		if err != nil {
			panic(fmt.Sprintf("ui: embedded %s missing; run npm run build in graph/ui/web: %v", name, err))
		}
		b = bytes.ReplaceAll(b, []byte("{{endpoint}}"), []byte(html.EscapeString(endpoint)))
		return newAsset(b, contentTypes[".html"], "no-cache")
	}
	index, graph := page("index.html"), page("graph.html")
	for _, p := range []string{"/", "/index.html"} {
		h.pages[p] = index
	}
	for _, p := range []string{"/graph", "/graph.html"} {
		h.pages[p] = graph
	}

	entries, err := fs.ReadDir(dist, "dist/assets")
	if err != nil {
		panic(fmt.Sprintf("ui: embedded assets missing: %v", err))
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		name := e.Name()
		b, err := dist.ReadFile("dist/assets/" + name)
		if err != nil {
			panic(fmt.Sprintf("ui: reading embedded asset %s: %v", name, err))
		}
		ct, ok := contentTypes[path.Ext(name)]
		if !ok {
			ct = "application/octet-stream"
		}
		cache := "public, max-age=3600"
		if hashed.MatchString(name) {
			cache = "public, max-age=31536000, immutable"
		}
		h.assets[name] = newAsset(b, ct, cache)
	}
	return h
}

func newAsset(b []byte, contentType, cache string) *asset {
	sum := sha256.Sum256(b)
	return &asset{
		body:        b,
		contentType: contentType,
		etag:        `"` + base64.RawURLEncoding.EncodeToString(sum[:12]) + `"`,
		cache:       cache,
	}
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	a := h.pages[r.URL.Path]
	if a == nil {
		if name, ok := strings.CutPrefix(r.URL.Path, "/assets/"); ok {
			a = h.assets[name]
		}
	}
	hdr := w.Header()
	hdr.Set("X-Content-Type-Options", "nosniff")
	if a == nil && r.URL.Path == "/graph/" {
		// The page's asset paths are relative to "/", so "/graph/" must
		// not serve it; send the browser to the real address.
		target := "/graph"
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusMovedPermanently)
		return
	}
	if a == nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hdr.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed: the UI serves GET and HEAD", http.StatusMethodNotAllowed)
		return
	}
	if a.contentType == contentTypes[".html"] {
		hdr.Set("Content-Security-Policy", csp(r))
		hdr.Set("Referrer-Policy", "no-referrer")
	}
	hdr.Set("Content-Type", a.contentType)
	hdr.Set("Cache-Control", a.cache)
	hdr.Set("Vary", "Accept-Encoding")
	body, etag := a.body, a.etag
	if acceptsGzip(r.Header.Get("Accept-Encoding")) {
		if gz, gzETag := a.gzipped(); gz != nil {
			body, etag = gz, gzETag
			hdr.Set("Content-Encoding", "gzip")
		}
	}
	hdr.Set("ETag", etag)
	// ServeContent answers If-None-Match (304), Range and HEAD; the zero
	// time leaves out Last-Modified, as the ETag is the validator.
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// csp allows the page to load only from its own origin, and to talk only
// to its own origin over HTTP or WebSocket. Styles may be inline because
// GraphiQL's components inject <style> elements.
func csp(r *http.Request) string {
	connect := "'self'"
	if host := r.Host; host != "" && !strings.ContainsAny(host, " ;,'\"") {
		connect += " ws://" + host + " wss://" + host
	}
	return "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
		"img-src 'self' data:; font-src 'self' data:; connect-src " + connect + "; " +
		"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
}

// acceptsGzip reports whether an Accept-Encoding header admits gzip: listed
// with a non-zero q, or covered by "*" with a non-zero q and not listed.
func acceptsGzip(header string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		coding = strings.ToLower(strings.TrimSpace(coding))
		ok := !zeroQ(params)
		switch coding {
		case "gzip", "x-gzip":
			return ok
		case "*":
			star = ok
		}
	}
	return star
}

func zeroQ(params string) bool {
	for _, p := range strings.Split(params, ";") {
		k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
		if strings.EqualFold(strings.TrimSpace(k), "q") {
			v = strings.TrimSpace(v)
			return strings.Trim(strings.TrimPrefix(v, "0"), ".0") == "" && strings.HasPrefix(v, "0")
		}
	}
	return false
}
