// Command loadtest sends GraphQL queries to a running aikg server on the
// loopback interface and reports throughput and latency percentiles. It is
// bounded in both count and time and refuses any address that is not on
// this machine, so it can never load someone else's server.
//
//	go run ./scripts/loadtest -url http://127.0.0.1:8080/graphql -n 2000 -c 8 -d 30s
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// queries are what a dashboard and a researcher ask most: the vertical
// slice, a neighbourhood, an Arabic search, a page of relationships.
var queries = map[string]string{
	"slice":        `{ entity(name: "OpenAI") { relationships(direction: IN, types: [INVESTS_IN]) { edges { node { source { name } amount { usd } evidence { sentence } } } } } }`,
	"neighborhood": `{ neighborhood(id: "openai", depth: 2) { nodes { id name kind } edges { type source { id } target { id } amount { usd } } } }`,
	"search":       `{ search(query: "مايكروسوفت") { entity { id name } score } }`,
	"page":         `{ relationships(first: 50) { totalCount edges { node { type source { name } target { name } amount { usd } evidence { sentence article { url } } } } } }`,
}

func main() {
	target := flag.String("url", "http://127.0.0.1:8080/graphql", "GraphQL endpoint (loopback only)")
	n := flag.Int("n", 2000, "requests per query, at most")
	c := flag.Int("c", 4, "concurrent clients")
	d := flag.Duration("d", 20*time.Second, "time limit per query")
	flag.Parse()
	u, err := url.Parse(*target)
	if err != nil || !loopback(u.Hostname()) {
		fmt.Fprintf(os.Stderr, "loadtest: %q is not a loopback address; refusing\n", *target)
		os.Exit(2)
	}
	names := []string{"slice", "neighborhood", "search", "page"}
	fmt.Printf("%-13s %8s %9s %9s %9s %9s %7s\n", "query", "requests", "req/s", "p50", "p95", "p99", "errors")
	for _, name := range names {
		run(*target, name, queries[name], *n, *c, *d)
	}
}

func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func run(target, name, query string, n, c int, d time.Duration) {
	body := []byte(fmt.Sprintf(`{"query":%q}`, query))
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: c}}
	var next, errs atomic.Int64
	lat := make([][]time.Duration, c)
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < c; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for ctx.Err() == nil && next.Add(1) <= int64(n) {
				t0 := time.Now()
				req, _ := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				resp, err := client.Do(req)
				if err != nil {
					if ctx.Err() == nil {
						errs.Add(1)
					}
					continue
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 || bytes.Contains(b, []byte(`"errors"`)) {
					errs.Add(1)
				}
				lat[w] = append(lat[w], time.Since(t0))
			}
		}(w)
	}
	wg.Wait()
	el := time.Since(start)
	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	pct := func(p float64) time.Duration {
		if len(all) == 0 {
			return 0
		}
		return all[int(p*float64(len(all)-1))]
	}
	fmt.Printf("%-13s %8d %9.0f %9s %9s %9s %7d\n", name, len(all), float64(len(all))/el.Seconds(),
		pct(0.50).Round(10*time.Microsecond), pct(0.95).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond), errs.Load())
}
