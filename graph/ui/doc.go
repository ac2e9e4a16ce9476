// Package ui serves aikg's browser front end: GraphiQL at "/" and the graph
// view at "/graph", with their scripts, styles and fonts under "/assets/".
//
// Everything is embedded in the binary from dist/, which is built from web/
// by `npm ci && npm run build` (in graph/ui/web) and committed, so `aikg
// serve` needs neither Node nor the network: the pages make no request to any
// other origin, and their Content-Security-Policy forbids it.
//
// GraphiQL opens on the example queries in examples/*.graphql, one per tab;
// Examples returns the same text so tests can run it against a real server.
package ui
