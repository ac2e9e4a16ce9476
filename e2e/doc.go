// Package e2e holds aikg's end-to-end tests, which run the real server
// in-process (graph handler, embedded UI, embedded store loaded with data)
// and then drive it from outside:
//
//   - e2e_test.go runs GraphiQL's example queries over HTTP and checks
//     their answers, in Go alone;
//   - graphiql.mjs drives Debian's Chromium through playwright-core with
//     the network cut off except for the server, runs the "who invests in
//     OpenAI" tab in GraphiQL and checks the graph view;
//   - audit.mjs runs graphql-http's GraphQL-over-HTTP conformance audit.
//
// The Node scripts need `npm ci --prefix e2e`, and the browser test
// `apt-get install chromium`; without them those tests skip with one line,
// or fail when AIKG_REQUIRE_CHROMIUM=1 (browser) or AIKG_REQUIRE_NODE=1
// (audit) is set, as in CI.
package e2e
