// Package graph is aikg's GraphQL API: the gqlgen resolvers over a kg.Store,
// per-request dataloaders, the query limits (depth, aliases, complexity,
// page size, body size, timeout), the error presenter that maps kg error
// codes to extensions.code, the GraphQL-over-HTTP transport, the
// relationshipAdded broker and the HTTP handler that serves /graphql,
// /healthz, /readyz and the UI. The schema is /schema.graphqls; the
// generated code lives in graph/generated and graph/model, the scalar
// marshalers it binds in graph/scalar.
package graph
