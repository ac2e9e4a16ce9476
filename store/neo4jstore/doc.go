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
// figures merged from all evidence by kg.Headline, and the articles that
// assert them:
//
//	id            "microsoft|INVESTS_IN|openai" (kg.RelationshipID)
//	amount, currency, usd     money as stated and in US dollars
//	capacity, capacityUnit    e.g. 5, "GW"
//	period        "ONCE" or "YEAR"
//	stake         ownership share in percent
//	status        TALKS, ANNOUNCED, AGREED, COMPLETED, BLOCKED
//	date          ISO date, as precise as the sources
//	confidence    combined confidence in (0, 1]
//	articles      ids of the articles whose sentences assert it, sorted
//
// Articles are :Article nodes (id, title, url, lang, published, source,
// hash, text) that hold their evidence, one sentence per element of
// parallel lists, ordered by relationship id and then position:
//
//	evRel       the id of the relationship the sentence asserts
//	evSentence  the sentence
//	evStart, evEnd  its rune offsets in text
//	evFigures   the figures that sentence gives, a JSON object
//	            ({"amount":…, "currency":…, "usd":…, "status":…,
//	            "date":…, "confidence":…}, absent ones left out)
//
// Evidence is stored once, with the article that gives it: an edited
// article replaces its lists whole, and a relationship's articles list is
// what leads to its evidence (Neo4j cannot point a node at a
// relationship). From a relationship to its sentences:
//
//	MATCH ()-[r:INVESTS_IN {id: $rel}]->()
//	UNWIND r.articles AS aid
//	MATCH (a:Article {id: aid})
//	UNWIND range(0, size(a.evRel) - 1) AS i
//	WITH a, i WHERE a.evRel[i] = r.id
//	RETURN a.id, a.evSentence[i] ORDER BY a.id, a.evStart[i]
//
// An earlier model kept each sentence as an :Evidence node linked
// (:Article)-[:ASSERTS]->(:Evidence): a node, a link, three index entries
// and a dozen properties per assertion, more work for Neo4j than the
// relationship itself (BENCHMARKS.md, "Neo4j ingest"); lists on the
// article cost a few array records per article, and each relationship
// one list. This version does not read :Evidence nodes; it warns when it
// finds any (empty the database and load again).
//
// Schema, created idempotently on first contact: uniqueness constraints on
// Entity.id and Article.id, and on the id property of each relationship
// type (rel_id_invests_in, ...); a range index on Article.published; the
// full-text index entity_names on Entity.search.
//
// # Example
//
// Who invested in OpenAI, how much, and which sentences say so:
//
//	MATCH (investor:Entity)-[r:INVESTS_IN]->(:Entity {id: 'openai'})
//	UNWIND r.articles AS aid
//	MATCH (a:Article {id: aid})
//	UNWIND range(0, size(a.evRel) - 1) AS i
//	WITH investor, r, a, i WHERE a.evRel[i] = r.id
//	RETURN investor.name, r.usd, r.status, r.date, a.url, a.evSentence[i] AS sentence
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
// transaction (1,000 by default); the transaction function keeps no state
// outside itself, so the driver may run it again. In order, it reads the
// stored version of each article (unchanged ones need nothing more), locks
// the others (MERGE on Article.id) and reads them again under the lock
// with the relationships their stored version asserts, locks and reads
// the entities and upserts the new or changed ones (an entity another
// transaction created meanwhile makes it start again, so no alias is
// lost), then finds or creates each touched
// relationship by its unique id and locks it (MERGE; a new one gets its
// final properties at creation), reads the evidence that other articles
// give for the existing ones, computes headlines in Go with kg.Headline,
// rewrites the existing relationships, deletes those left without
// evidence, and writes the articles with their evidence lists. Every
// transaction that changes a relationship's evidence holds its lock, so
// concurrent writers see each other's evidence.
//
// Each statement is small, takes one list parameter and is sent only
// when it has rows (one per entity kind and relationship type that
// occurs), with CYPHER replan=skip: its plan, fixed by unique-constraint
// or element-id seeks, is made once per size class of its list. Neo4j
// caches a plan per statement and per size class of every list
// parameter; one statement with a list per kind and type had a plan for
// each combination of empty and non-empty lists, and planning it cost
// over 100 ms, which is what a one-article transaction used to take.
//
// When a batch fails for a reason other than Neo4j being unavailable, its
// articles are written again one per transaction so that one bad article
// fails alone.
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
