//go:build !unix

package neo4jtest

import "os"

// Elsewhere packages are not kept apart: run Neo4j tests with go test -p 1.
func flock(*os.File) error   { return nil }
func funlock(*os.File) error { return nil }
