// Package memstore is aikg's embedded default store: the whole graph lives
// in memory, indexed for every read kg.Store offers (entities, folded names
// and aliases, search tokens, adjacency, relationships, articles), and is
// kept durable in a bbolt file, dir/aikg.db.
//
// The file holds what cannot be recomputed: each article's prepared
// extraction (the article and the relationships and evidence it asserts)
// and each entity's merged record. Article texts, most of a corpus's
// bytes, stay in the file only and are read (memory-mapped) when an
// article is asked for, so memory grows with the graph, not the text. Relationships and their headlines are
// rebuilt from the articles when the store opens. Every Write commits to
// bbolt (fsync) before it returns and before readers can see it, so an
// acknowledged write survives a crash, and each article is applied to the
// in-memory graph under one lock, so readers never see half an article.
//
// bbolt locks the file: a second process (or a second Open) on the same
// directory gets a kg.ECONFLICT error after Options.LockTimeout.
package memstore
