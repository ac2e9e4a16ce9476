// Package scalar holds the GraphQL scalar marshalers that gqlgen.yml binds
// in place of gqlgen's defaults. It is a package of its own because the
// generated executable schema (graph/generated) must import it, and package
// graph imports graph/generated.
package scalar
