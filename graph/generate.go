package graph

// The executable schema (graph/generated) and the API model types
// (graph/model) are generated from /schema.graphqls by gqlgen, configured in
// /gqlgen.yml. CI runs `go generate ./graph/... && git diff --exit-code`, so
// regenerate after every schema change. gqlgen finds /gqlgen.yml by
// walking up from this directory.
//go:generate go tool gqlgen generate
