// Package neo4jstore is the kg.Store backed by Neo4j 5 (tested on 5.26
// Community), through the official Go driver. It writes the same graph
// the embedded store holds, as a graph a researcher can query directly in
// Cypher.
//
// # Graph model
//
// Entities are nodes labelled :Entity plus one label for their kind
// (:Organization, :Person, :Project, :Product or :Place, from
// kg.EntityKind.Label), with properties
//
//	id        kg.Slug of the canonical English name ("openai"), unique
//	name      canonical name ("OpenAI")
//	kind      "ORGANIZATION", "PERSON", ...
//	aliases   other spellings, any language, sorted
//	wikidata  Wikidata Q-id, when known
//	folded    kg.Fold of the name, then of each alias (name lookups)
//	search    folded plus proclitic-free Arabic forms (full-text index)
//
// Relationships are real Neo4j relationships of the domain type, from the
// subject to the object (PARTNERS_WITH and COMPETES_WITH from the smaller
// id): INVESTS_IN, ACQUIRES, SUPPLIES_COMPUTE, PARTNERS_WITH, OWNS, LEADS,
// OPERATES, COMPETES_WITH, LOCATED_IN. Their properties are the headline
// figures merged from all evidence by kg.Headline:
//
//	id            "microsoft|INVESTS_IN|openai" (kg.RelationshipID)
//	amount, currency, usd     money as stated and in US dollars
//	capacity, capacityUnit    e.g. 5, "GW"
//	period        "ONCE" or "YEAR"
//	stake         ownership share in percent
//	status        TALKS, ANNOUNCED, AGREED, COMPLETED, BLOCKED
//	date          ISO date, as precise as the sources
//	confidence    combined confidence in (0, 1]
//
// Articles are :Article nodes (id, title, url, lang, published, source,
// hash, text). Each sentence that asserts a relationship is an :Evidence
// node, linked (:Article)-[:ASSERTS]->(:Evidence), with the figures that
// sentence gives plus
//
//	rel       the id of the relationship it supports (indexed)
//	sentence, start, end   the sentence and its rune offsets in the text
//	seq       its position among the article's evidence for rel
//	key       unique: 32 hex digits of the SHA-256 of (article id, rel,
//	          seq), which guards against storing the same evidence twice
//
// Neo4j cannot point a node at a relationship, so evidence names its
// relationship by id; the index on Evidence.rel makes the join cheap. Its
// article is the one ASSERTS link of the node (the article id is not
// copied onto it):
//
//	MATCH (ev:Evidence {rel: $rel})<-[:ASSERTS]-(a:Article)
//	RETURN a.id, ev.sentence ORDER BY a.id, ev.start
//
// Schema, created idempotently on first contact: uniqueness constraints on
// Entity.id, Article.id and Evidence.key, and on the id property of each
// relationship type (rel_id_invests_in, ...); range indexes on Evidence.rel
// and Article.published; the full-text index entity_names on Entity.search.
//
// # Example
//
// Who invested in OpenAI, how much, and which sentences say so:
//
//	MATCH (investor:Entity)-[r:INVESTS_IN]->(:Entity {id: 'openai'})
//	MATCH (a:Article)-[:ASSERTS]->(ev:Evidence {rel: r.id})
//	RETURN investor.name, r.usd, r.status, r.date, a.url, ev.sentence
//	ORDER BY r.usd DESC
//
// Finding an entity by any spelling, Arabic included:
//
//	CALL db.index.fulltext.queryNodes('entity_names', 'مايكروسوفت~1')
//	YIELD node, score RETURN node.name, score
//
// # Writes
//
// Write runs kg.Prepare in Go, then writes many articles per managed
// transaction with UNWIND batches; the transaction function reads the
// state it needs (stored versions, entities, the other evidence of each
// touched relationship), computes the results and headlines in Go with
// kg.Headline and writes with MERGE, so it can be retried by the driver.
// A transaction is three reads and one write statement (CYPHER
// replan=skip: the plans are fixed by unique-constraint seeks, and
// replanning as the statistics move during a bulk load costs more than the
// writes).
// When a batch fails for a reason other than Neo4j being unavailable, its
// articles are written again one per transaction so that one bad article
// fails alone. An edited article's evidence is replaced in the same
// transaction; relationships left without evidence are deleted.
//
// # Availability
//
// Open does not need Neo4j to be up; Ping reports kg.EUNAVAILABLE with the
// reason until it is, and the schema is ensured on the first successful
// contact. Driver errors are translated at this package's boundary into
// kg error codes with user-safe messages.
//
// scripts/neo4j-local starts a local Neo4j without Docker; package
// neo4jtest opens this store for tests against NEO4J_URI.
package neo4jstore
