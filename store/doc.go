// Package store is the home of aikg's storage backends; it holds no code of
// its own. Each backend implements kg.Store:
//
//   - store/memstore: the embedded default store, an in-memory graph kept
//     durable in a bbolt file.
//   - store/neo4jstore: the Neo4j 5 backend.
//   - store/storetest: the exported contract suite (storetest.Run) both
//     backends must pass, and the fixtures other packages' tests load.
package store
