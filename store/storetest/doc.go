// Package storetest is the contract every kg.Store must honour, as an
// exported test suite (Run), and the fixtures other packages' tests load
// (Fixture, FixtureLarge).
//
// The suite is the specification for both backends where kg's comments
// leave room. The decisions it makes, kept simple enough for a Cypher
// backend to match:
//
//   - Entities: the Name, Kind and WikidataID of an entity come from the
//     first article that mentions it (WikidataID is filled in later if it
//     was empty); later articles only add aliases (a different spelling of
//     the name becomes an alias). Entities are never deleted, even when no
//     relationship is left.
//   - WriteResult.Changed: for CREATED the relationships the article gives
//     evidence for; for UPDATED the union of those of the old and the new
//     version; empty for UNCHANGED and FAILED.
//   - Direction: OUT means the entity is the source, IN the target, BOTH or
//     empty either end. A symmetric relationship (PARTNERS_WITH,
//     COMPETES_WITH) matches IN and OUT at both of its ends. Without an
//     EntityID, RelationshipFilter.Direction is ignored. In EntityFilter,
//     Direction IN or OUT without RelationTypes means "has a relationship of
//     any type in that direction".
//   - Since/Until (relationship dates, graph filters, article Published): a
//     value passes Since when its first len(Since) characters are >= Since
//     and Until when its first len(Until) characters are <= Until (string
//     comparison); an empty value passes neither. So a year-only date "2025"
//     passes Until "2025-03" but not Since "2025-03".
//   - Entity order NAME sorts by kg.Fold(Name); DEGREE counts all of the
//     entity's relationships (no filter applies); INVESTED_IN / INVESTED_BY
//     sum headline USD of INVESTS_IN and ACQUIRES (0 when none). Ties, in
//     either direction, by id ascending. The empty field means NAME.
//   - Relationship order: the empty field means ID; relationships without
//     a value for the key sort last in either direction; ties by id
//     ascending.
//   - Paging: First 0 means kg.DefaultFirst; First < 0 or > kg.MaxFirst,
//     a cursor that does not decode, and unknown enum values are EINVALID.
//     Every page reports the TotalCount of the whole filter.
//   - RelationshipsOf: an unknown id gets an empty page, not an error.
//   - Batch reads (RelationshipsOf, TotalsOf, ArticlesOf,
//     RelationshipsOfArticles): each slot, in the order of the ids (repeats
//     included), is exactly what the single read (Relationships, Totals,
//     Articles) answers for that id with the same filter, order and
//     cursor. An unknown id, and the empty id (never "no filter"), gets an
//     empty page, or nil rows from TotalsOf (where Totals says ENOTFOUND);
//     a known entity with nothing to count gets empty, non-nil rows. No
//     ids is an empty answer; a bad argument fails the whole batch with
//     EINVALID, even with no ids.
//   - Articles: newest Published first (string comparison), undated
//     articles last, ties by id ascending.
//   - Neighborhood: Depth outside 1..3 and Limit outside 0..MaxGraphLimit
//     are EINVALID. The traversal only follows edges that pass the filter.
//     Nodes are the centre, then the others by (hop distance, id), cut at
//     Limit; Edges are all relationships among the returned nodes that pass
//     the filter, by id.
//   - Subgraph: Nodes are the known ids in the order given, duplicates
//     dropped, cut at Limit; Edges as for Neighborhood.
//   - Paths: simple paths (no node twice) of 1..MaxDepth edges, following
//     edges of Types in either direction, ordered by length, then the
//     list of node ids, then the list of edge ids (element by element),
//     the first First of them (0 means kg.DefaultFirst). MaxDepth outside
//     1..5 and From == To are EINVALID; an unknown end is ENOTFOUND.
//   - Totals: an empty GroupBy means TYPE; COUNTERPART needs an EntityID
//     (EINVALID otherwise); an unknown EntityID is ENOTFOUND. Count counts
//     relationships, USD sums those with a headline USD amount. Only
//     non-empty groups are listed.
//   - Search: blank text gives no hits. Hits are ordered by score (higher
//     first), ties by id. Whole-name matches (after folding and stripping
//     Arabic proclitics) score above token/prefix matches, which score
//     above matches that need a typo.
//   - EntityByName: blank or unknown names are ENOTFOUND.
package storetest
