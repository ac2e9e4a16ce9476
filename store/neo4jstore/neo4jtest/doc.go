// Package neo4jtest gives any package's tests a Neo4j store: Open reads
// NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), empties the
// database and closes the store on cleanup. Without NEO4J_URI the test is
// skipped with one line, unless AIKG_REQUIRE_NEO4J=1 makes that a failure.
package neo4jtest
