package neo4jstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"sync/atomic"

	"github.com/aikg/aikg/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// writeCounters sums the server's update counters over committed writes.
type writeCounters struct {
	nodesCreated, nodesDeleted, relsCreated, relsDeleted, propsSet, labelsAdded atomic.Int64
}

// counts is one transaction's update counters; added to the store's
// totals only when the transaction committed.
type counts struct {
	nodesCreated, nodesDeleted, relsCreated, relsDeleted, propsSet, labelsAdded int
}

func (c *counts) add(s neo4j.ResultSummary) {
	k := s.Counters()
	c.nodesCreated += k.NodesCreated()
	c.nodesDeleted += k.NodesDeleted()
	c.relsCreated += k.RelationshipsCreated()
	c.relsDeleted += k.RelationshipsDeleted()
	c.propsSet += k.PropertiesSet()
	c.labelsAdded += k.LabelsAdded()
}

// replanSkip starts every write statement. Each plan is fixed by
// unique-constraint or element-id seeks whatever the statistics say, yet
// Neo4j replans a cached query when the statistics have moved (as they do
// all through a bulk load). TestWritePlansUseIndexes checks the plans
// made on an empty database.
const replanSkip = "CYPHER replan=skip\n"

// The write statements. Each is small and takes one list parameter, and
// a transaction runs only those it has rows for. Neo4j caches a plan per
// statement and per size class of each list parameter, so a statement
// with many list parameters (one per kind and type) gets a plan for every
// combination of empty and non-empty lists it meets, and planning such a
// statement costs more than a small transaction does: that, not the
// writes, made one-article transactions take over 100 ms. Each statement
// starts from a unique-constraint index seek (Article.id, Entity.id,
// relationship id) or from element ids read earlier in the same
// transaction; none scans a label.
const (
	// qArticleState reads the stored version of each article, without
	// locking: most of a reload is unchanged articles, which need no
	// write at all.
	qArticleState = replanSkip + `UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
RETURN id, a.hash AS hash`

	// qArticleLock takes the write lock on each article to be written
	// (creating new ones, filled in at the end of the transaction) and
	// reads the stored version again under the lock, with the
	// relationships it gave evidence for: a concurrent writer of the same
	// article waits here, then sees this one's version.
	qArticleLock = replanSkip + `UNWIND $ids AS id
MERGE (a:Article {id: id})
ON MATCH SET a.hash = a.hash
RETURN id, a.hash AS hash, a.evRel AS rels`

	// qArticleEvidence reads the evidence lists of articles (those, not
	// being written, that give evidence for a relationship being
	// rewritten).
	qArticleEvidence = replanSkip + `UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a.evRel AS rel, a.evSentence AS sentence, a.evStart AS start, a.evEnd AS end, a.evFigures AS figures`

	// qEntityState locks and reads the stored entities, whose aliases
	// are merged with the articles' (setting the id to itself takes the
	// lock and changes nothing).
	qEntityState = replanSkip + `UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.id = n.id
RETURN elementId(n) AS eid, n ` + entityProj + ` AS e`

	// qArticleWrite stores the articles qArticleLock locked.
	qArticleWrite = replanSkip + `UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a += row.props`
)

// entityUpsert is the statement that creates or updates entities of kind
// k; the label is a literal from the enum.
func entityUpsert(k kg.EntityKind) string {
	return fmt.Sprintf(replanSkip+`UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:%s
SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.folded = row.folded, n.search = row.search, n.wikidata = row.wikidata
RETURN row.id AS id, elementId(n) AS eid`, k.Label())
}

// relSet is the statement that writes the final properties (id,
// headline, evidence lists) of relationships of type t that relLock
// locked; null values remove a property. Relationships are found by their
// unique id: with an element id, the planner may choose to scan all
// relationships when the database is empty, and replan=skip would keep
// that plan.
func relSet(t kg.RelationType) string {
	return fmt.Sprintf(replanSkip+`UNWIND $rows AS row
MATCH ()-[x:%s {id: row.id}]->()
SET x += row.props`, string(t))
}

// relDelete is the statement that deletes relationships of type t left
// without evidence.
func relDelete(t kg.RelationType) string {
	return fmt.Sprintf(replanSkip+`UNWIND $ids AS id
MATCH ()-[x:%s {id: id}]->()
DELETE x`, string(t))
}

// relLock is the statement that finds or creates relationships of type t
// by their unique id and takes their write lock before the articles they
// list are read: the setting of the id to itself is what locks a
// relationship that already exists (a new one is locked by its creation).
// Every transaction that changes a relationship's evidence holds this
// lock, so the second of two reads the first's evidence before it
// computes the headline. A new relationship gets its final properties at
// creation (the evidence of this transaction is then all it has), so a
// bulk load of new relationships writes each once; same says its article
// list is the one sent (which is then not sent back).
func relLock(t kg.RelationType) string {
	return fmt.Sprintf(replanSkip+`UNWIND $rows AS row
MATCH (s) WHERE elementId(s) = row.s
MATCH (o) WHERE elementId(o) = row.t
MERGE (s)-[x:%s {id: row.id}]->(o)
ON CREATE SET x += row.props
ON MATCH SET x.id = row.id
WITH row, x, x.articles = row.props.articles AS same
RETURN row.id AS id, same, CASE WHEN same THEN null ELSE x.articles END AS articles`, string(t))
}

// writeQueries lists every write query, for the test that checks their
// plans.
func writeQueries() []string {
	out := []string{qArticleState, qArticleLock, qArticleEvidence, qEntityState, qArticleWrite}
	for _, k := range kg.EntityKinds {
		out = append(out, entityUpsert(k))
	}
	for _, t := range kg.RelationTypes {
		out = append(out, relLock(t), relSet(t), relDelete(t))
	}
	return out
}

// Write stores the extractions. Each is checked with kg.Prepare first; the
// valid ones are written in batches of many articles per transaction. If
// a batch fails for a reason other than Neo4j being unavailable, its
// articles are written again one transaction each, so that a bad article
// fails alone.
func (s *Store) Write(ctx context.Context, xs []*kg.Extraction) ([]kg.WriteResult, error) {
	res := make([]kg.WriteResult, len(xs))
	var todo []int
	prepared := make([]*kg.Extraction, len(xs))
	for i, x := range xs {
		if x == nil {
			res[i] = kg.WriteResult{Status: kg.Failed, Err: kg.Errorf(kg.EINVALID, "extraction #%d is empty", i)}
			continue
		}
		c := *x
		res[i].ArticleID = c.Article.ID
		if err := kg.Prepare(&c); err != nil {
			res[i].Status, res[i].Err = kg.Failed, err
			continue
		}
		prepared[i] = &c
		todo = append(todo, i)
	}
	if len(todo) == 0 {
		return res, nil
	}
	if err := s.ready(ctx); err != nil {
		failAll(res, todo, err)
		return res, err
	}
	for _, chunk := range s.chunks(prepared, todo) {
		err := s.writeChunk(ctx, prepared, chunk, res)
		if err == nil {
			continue
		}
		if kg.ErrorCode(err) == kg.EUNAVAILABLE || len(chunk) == 1 {
			if kg.ErrorCode(err) == kg.EUNAVAILABLE {
				failAll(res, remaining(todo, chunk[0]), err)
				return res, err
			}
			res[chunk[0]].Status, res[chunk[0]].Err = kg.Failed, err
			continue
		}
		s.log.Warn("batch write failed; writing its articles one by one", "articles", len(chunk), "err", err)
		for _, i := range chunk {
			err := s.writeChunk(ctx, prepared, []int{i}, res)
			if err == nil {
				continue
			}
			if kg.ErrorCode(err) == kg.EUNAVAILABLE {
				failAll(res, remaining(todo, i), err)
				return res, err
			}
			res[i].Status, res[i].Err = kg.Failed, err
		}
	}
	return res, nil
}

// remaining returns the indexes of todo from first on.
func remaining(todo []int, first int) []int {
	for k, i := range todo {
		if i == first {
			return todo[k:]
		}
	}
	return nil
}

func failAll(res []kg.WriteResult, idx []int, err error) {
	for _, i := range idx {
		if res[i].Status == "" {
			res[i].Status, res[i].Err = kg.Failed, err
		}
	}
}

// chunks groups the articles to write into transactions, bounded in
// articles and evidence rows; an article id repeated in one Write starts a
// new chunk so that its versions are applied in order.
func (s *Store) chunks(xs []*kg.Extraction, todo []int) [][]int {
	var out [][]int
	var cur []int
	ids := map[string]bool{}
	nev := 0
	for _, i := range todo {
		n := 0
		for _, r := range xs[i].Relationships {
			n += len(r.Evidence)
		}
		if len(cur) > 0 && (len(cur) >= s.cfg.BatchArticles || nev+n > s.cfg.BatchEvidence || ids[xs[i].Article.ID]) {
			out = append(out, cur)
			cur, ids, nev = nil, map[string]bool{}, 0
		}
		cur = append(cur, i)
		ids[xs[i].Article.ID] = true
		nev += n
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// errEntityRace rolls back a transaction that found an entity absent
// which a concurrent transaction then created; run again, it reads (and
// locks) that entity and merges its aliases.
var errEntityRace = errors.New("entity created by a concurrent transaction")

// chunkResult is what one transaction decided for its articles.
type chunkResult struct {
	results map[int]kg.WriteResult
	counts  counts
}

// writeChunk writes the articles xs[idx...] in one transaction and fills
// their results. The transaction function reads what it needs, computes
// in Go and writes; it keeps no state outside itself, so the driver may
// run it again after a transient failure.
func (s *Store) writeChunk(ctx context.Context, xs []*kg.Extraction, idx []int, res []kg.WriteResult) error {
	sess := s.drv.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName:    s.db,
		AccessMode:      neo4j.AccessModeWrite,
		BookmarkManager: s.drv.ExecuteQueryBookmarkManager(),
	})
	defer sess.Close(context.WithoutCancel(ctx))
	var out any
	var err error
	for attempt := 1; ; attempt++ {
		out, err = sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			return writeTx(ctx, tx, xs, idx)
		})
		if !errors.Is(err, errEntityRace) || attempt == 10 {
			break
		}
		s.log.Debug("entity created concurrently; writing the articles again", "articles", len(idx), "attempt", attempt)
	}
	if err != nil {
		what := "cannot store the articles"
		if len(idx) == 1 {
			what = fmt.Sprintf("cannot store article %s", xs[idx[0]].Article.ID)
		}
		return s.fail(err, "%s", what)
	}
	cr := out.(*chunkResult)
	for i, r := range cr.results {
		res[i] = r
	}
	c := &s.counters
	c.nodesCreated.Add(int64(cr.counts.nodesCreated))
	c.nodesDeleted.Add(int64(cr.counts.nodesDeleted))
	c.relsCreated.Add(int64(cr.counts.relsCreated))
	c.relsDeleted.Add(int64(cr.counts.relsDeleted))
	c.propsSet.Add(int64(cr.counts.propsSet))
	c.labelsAdded.Add(int64(cr.counts.labelsAdded))
	s.log.Debug("articles written", "articles", len(idx), "nodesCreated", cr.counts.nodesCreated,
		"relsCreated", cr.counts.relsCreated, "relsDeleted", cr.counts.relsDeleted)
	return nil
}

// run executes one statement in tx, drains it and adds its counters.
func run(ctx context.Context, tx neo4j.ManagedTransaction, c *counts, q string, p map[string]any) ([]*neo4j.Record, error) {
	r, err := tx.Run(ctx, q, p)
	if err != nil {
		return nil, err
	}
	recs, err := r.Collect(ctx)
	if err != nil {
		return nil, err
	}
	sum, err := r.Consume(ctx)
	if err != nil {
		return nil, err
	}
	c.add(sum)
	return recs, nil
}

// relEnds is a relationship's identity.
type relEnds struct {
	id, s, t string
	typ      kg.RelationType
}

func writeTx(ctx context.Context, tx neo4j.ManagedTransaction, xs []*kg.Extraction, idx []int) (*chunkResult, error) {
	cr := &chunkResult{results: map[int]kg.WriteResult{}}
	c := &cr.counts

	// 1. Which articles are new, changed or the same version again. The
	// unlocked read settles the unchanged ones; the others are locked and
	// read again, with the relationships their stored versions assert.
	ids := make([]string, len(idx))
	for k, i := range idx {
		ids[k] = xs[i].Article.ID
	}
	recs, err := run(ctx, tx, c, qArticleState, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	stored := map[string]string{}
	for _, r := range recs {
		id, _ := r.Values[0].(string)
		if h, ok := r.Values[1].(string); ok {
			stored[id] = h
		}
	}
	var cand []string
	for _, i := range idx {
		a := &xs[i].Article
		if h, ok := stored[a.ID]; ok && h == a.Hash {
			cr.results[i] = kg.WriteResult{ArticleID: a.ID, Status: kg.Unchanged}
			continue
		}
		cand = append(cand, a.ID)
	}
	if len(cand) == 0 {
		return cr, nil
	}
	sort.Strings(cand) // lock in a stable order
	recs, err = run(ctx, tx, c, qArticleLock, map[string]any{"ids": cand})
	if err != nil {
		return nil, err
	}
	type state struct {
		hash    string
		exists  bool
		oldRels []string
	}
	states := map[string]state{}
	for _, r := range recs {
		id, _ := r.Values[0].(string)
		h, ok := r.Values[1].(string)
		states[id] = state{hash: h, exists: ok, oldRels: strs(r.Values[2])}
	}
	var live []int
	var liveIDs, updated []string
	for _, i := range idx {
		a := &xs[i].Article
		if _, done := cr.results[i]; done {
			continue
		}
		st := states[a.ID]
		switch {
		case st.exists && st.hash == a.Hash:
			// Written by a concurrent transaction since the first read.
			cr.results[i] = kg.WriteResult{ArticleID: a.ID, Status: kg.Unchanged}
			continue
		case st.exists:
			cr.results[i] = kg.WriteResult{ArticleID: a.ID, Status: kg.Updated}
			updated = append(updated, a.ID)
		default:
			cr.results[i] = kg.WriteResult{ArticleID: a.ID, Status: kg.Created}
		}
		live = append(live, i)
		liveIDs = append(liveIDs, a.ID)
	}
	if len(live) == 0 {
		return cr, nil
	}

	// 2. Relationships touched: those the new versions assert and those
	// the replaced versions asserted.
	ends := map[string]relEnds{}
	var relOrder []string
	addRel := func(id string, e relEnds) {
		if _, ok := ends[id]; !ok {
			ends[id] = e
			relOrder = append(relOrder, id)
		}
	}
	newEv := map[string][]kg.Evidence{}
	for _, i := range live {
		for _, r := range xs[i].Relationships {
			addRel(r.ID, relEnds{id: r.ID, s: r.SourceID, t: r.TargetID, typ: r.Type})
			newEv[r.ID] = append(newEv[r.ID], r.Evidence...)
		}
	}
	oldRelsOf := map[string][]string{}
	for _, id := range updated {
		for k, rid := range states[id].oldRels {
			src, typ, tgt, ok := splitRelID(rid)
			if !ok || slices.Contains(states[id].oldRels[:k], rid) {
				continue // evRel names a relationship once per sentence
			}
			addRel(rid, relEnds{id: rid, s: src, t: tgt, typ: typ})
			oldRelsOf[id] = append(oldRelsOf[id], rid)
		}
	}

	// 3. Entities: merge aliases with what is stored; the stored name and
	// kind are kept. The ends of relationships that replaced versions
	// asserted are read too, to find those relationships.
	var entIDs []string
	seenEnt := map[string]bool{}
	addEnt := func(id string) {
		if !seenEnt[id] {
			seenEnt[id] = true
			entIDs = append(entIDs, id)
		}
	}
	for _, i := range live {
		for _, e := range xs[i].Entities {
			addEnt(e.ID)
		}
	}
	for _, id := range relOrder {
		addEnt(ends[id].s)
		addEnt(ends[id].t)
	}
	sort.Strings(entIDs) // lock in a stable order
	recs, err = run(ctx, tx, c, qEntityState, map[string]any{"ids": entIDs})
	if err != nil {
		return nil, err
	}
	ents := map[string]*kg.Entity{}
	eids := map[string]string{} // entity id → element id
	for _, r := range recs {
		if e := toEntity(r.Values[1]); e != nil {
			ents[e.ID] = e
			eids[e.ID], _ = r.Values[0].(string)
		}
	}
	dirty := map[string]bool{}
	for _, i := range live {
		wr := cr.results[i]
		for _, e := range xs[i].Entities {
			old, ok := ents[e.ID]
			if !ok {
				ne := e
				ne.Aliases = slices.Clone(e.Aliases)
				ents[e.ID] = &ne
				dirty[e.ID] = true
				wr.EntitiesAdded++
				continue
			}
			extra := e.Aliases
			if e.Name != old.Name {
				extra = append(slices.Clone(extra), e.Name)
			}
			merged := kg.MergeAliases(old.Name, old.Aliases, extra)
			if !slices.Equal(merged, old.Aliases) {
				old.Aliases = merged
				dirty[e.ID] = true
			}
			if old.WikidataID == "" && e.WikidataID != "" {
				old.WikidataID = e.WikidataID
				dirty[e.ID] = true
			}
		}
		cr.results[i] = wr
	}
	byKind := map[kg.EntityKind][]map[string]any{}
	newOf := map[kg.EntityKind]int{}
	for _, id := range entIDs {
		if !dirty[id] {
			continue
		}
		e := ents[id]
		fo := foldedNames(e.Name, e.Aliases)
		row := map[string]any{"id": e.ID, "name": e.Name, "kind": string(e.Kind),
			"aliases": nonNil(e.Aliases), "folded": fo, "search": searchTerms(fo), "wikidata": nil}
		if e.WikidataID != "" {
			row["wikidata"] = e.WikidataID
		}
		byKind[e.Kind] = append(byKind[e.Kind], row)
		if eids[id] == "" {
			newOf[e.Kind]++
		}
	}
	for _, k := range kg.EntityKinds {
		if len(byKind[k]) == 0 {
			continue
		}
		before := c.nodesCreated
		recs, err := run(ctx, tx, c, entityUpsert(k), map[string]any{"rows": byKind[k]})
		if err != nil {
			return nil, err
		}
		if c.nodesCreated-before < newOf[k] {
			// An entity this transaction found absent was created by a
			// concurrent one since: its aliases would be overwritten.
			return nil, errEntityRace
		}
		for _, r := range recs {
			id, _ := r.Values[0].(string)
			eids[id], _ = r.Values[1].(string)
		}
	}

	// 4. Lock (creating the new ones) and read every touched
	// relationship, so that its headline is computed from all its
	// evidence, other articles' included.
	writing := map[string]bool{}
	for _, id := range liveIDs {
		writing[id] = true
	}
	lockRows := map[kg.RelationType][]map[string]any{}
	sent := map[string][]string{} // the article list a new relationship is created with
	sorted := slices.Clone(relOrder)
	sort.Strings(sorted)
	for _, id := range sorted {
		e := ends[id]
		se, te := eids[e.s], eids[e.t]
		if se == "" || te == "" {
			continue // an end is gone: nothing stored to replace
		}
		props := map[string]any{"id": id}
		if ev := newEv[id]; len(ev) > 0 {
			props = relProps(id, ev, false)
			sent[id], _ = props["articles"].([]string)
		}
		lockRows[e.typ] = append(lockRows[e.typ], map[string]any{"id": id, "s": se, "t": te, "props": props})
	}
	// A relationship that a replaced version asserted existed before.
	hadBefore := map[string]bool{}
	for _, rids := range oldRelsOf {
		for _, rid := range rids {
			hadBefore[rid] = true
		}
	}
	locked := map[string]bool{}
	existed := map[string]bool{}
	createdHere := map[string]bool{}
	others := map[string][]string{} // relationship → articles not being written that assert it
	var otherIDs []string
	seenOther := map[string]bool{}
	for _, t := range kg.RelationTypes {
		if len(lockRows[t]) == 0 {
			continue
		}
		recs, err := run(ctx, tx, c, relLock(t), map[string]any{"rows": lockRows[t]})
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			id, _ := r.Values[0].(string)
			locked[id] = true
			arts := strs(r.Values[2])
			if same, _ := r.Values[1].(bool); same {
				if !hadBefore[id] {
					// Its article list is this transaction's: created here.
					createdHere[id] = true
					continue
				}
				arts = sent[id]
			}
			existed[id] = len(arts) > 0
			for _, a := range arts {
				if writing[a] {
					continue
				}
				others[id] = append(others[id], a)
				if !seenOther[a] {
					seenOther[a] = true
					otherIDs = append(otherIDs, a)
				}
			}
		}
	}
	// The evidence other articles give for the relationships rewritten.
	allEv := map[string][]kg.Evidence{}
	if len(otherIDs) > 0 {
		sort.Strings(otherIDs)
		recs, err := run(ctx, tx, c, qArticleEvidence, map[string]any{"ids": otherIDs})
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			aid, _ := r.Values[0].(string)
			l := rawLists(r.Values[1:])
			evs, err := l.evidence(aid)
			if err != nil {
				return nil, kg.Wrap(kg.EINTERNAL, err, "article %s has unreadable evidence", aid)
			}
			for k, ev := range evs {
				if rid := l.Rel[k]; locked[rid] && slices.Contains(others[rid], aid) {
					allEv[rid] = append(allEv[rid], ev)
				}
			}
		}
	}

	// 5. Results per article: what it added and changed.
	credited := map[string]bool{}
	for _, i := range live {
		wr := cr.results[i]
		changed := map[string]bool{}
		for _, r := range xs[i].Relationships {
			changed[r.ID] = true
			if !existed[r.ID] && !credited[r.ID] {
				credited[r.ID] = true
				wr.RelationshipsAdded++
			}
		}
		for _, rid := range oldRelsOf[xs[i].Article.ID] {
			changed[rid] = true
		}
		for id := range changed {
			wr.Changed = append(wr.Changed, id)
		}
		sort.Strings(wr.Changed)
		cr.results[i] = wr
	}

	// 6. Writes: the headline and article list of relationships not
	// created here, those left without evidence deleted, then the
	// articles with their evidence.
	setRows := map[kg.RelationType][]map[string]any{}
	dead := map[kg.RelationType][]string{}
	for _, id := range sorted {
		if !locked[id] || createdHere[id] {
			continue
		}
		typ := ends[id].typ
		ev := append(allEv[id], newEv[id]...)
		if len(ev) == 0 {
			dead[typ] = append(dead[typ], id)
			continue
		}
		setRows[typ] = append(setRows[typ], map[string]any{"id": id, "props": relProps(id, ev, true)})
	}
	for _, t := range kg.RelationTypes {
		if len(setRows[t]) > 0 {
			if _, err := run(ctx, tx, c, relSet(t), map[string]any{"rows": setRows[t]}); err != nil {
				return nil, err
			}
		}
		if len(dead[t]) > 0 {
			if _, err := run(ctx, tx, c, relDelete(t), map[string]any{"ids": dead[t]}); err != nil {
				return nil, err
			}
		}
	}
	artRows := make([]map[string]any, 0, len(live))
	for _, i := range live {
		a := &xs[i].Article
		props := articleProps(a)
		l, err := articleEvidence(xs[i])
		if err != nil {
			return nil, err
		}
		props["evRel"], props["evSentence"], props["evStart"], props["evEnd"], props["evFigures"] = l.Rel, l.Sentence, l.Start, l.End, l.Figures
		artRows = append(artRows, map[string]any{"id": a.ID, "props": props})
	}
	if _, err := run(ctx, tx, c, qArticleWrite, map[string]any{"rows": artRows}); err != nil {
		return nil, err
	}
	return cr, nil
}

// headlineKeys are the relationship properties that hold the headline;
// each is written on every update, as null when absent, so that a figure
// the evidence no longer gives is removed.
var headlineKeys = []string{"amount", "currency", "usd", "capacity", "capacityUnit", "period", "stake", "status", "date", "confidence"}

// evLists is an article's evidence as stored: parallel lists, element i
// of each being evidence i, ordered by relationship id, then as
// kg.SortEvidence orders a relationship's evidence; Figures holds each
// one's figures as a JSON object.
type evLists struct {
	Rel, Sentence, Figures []string
	Start, End             []int64
}

// articleEvidence is the evidence lists of a prepared extraction.
func articleEvidence(x *kg.Extraction) (*evLists, error) {
	l := &evLists{Rel: []string{}, Sentence: []string{}, Figures: []string{}, Start: []int64{}, End: []int64{}}
	for _, r := range x.Relationships { // sorted by id (kg.Prepare)
		for _, e := range r.Evidence { // in canonical order (kg.Prepare)
			m := map[string]any{}
			figureProps(&e.Figures, m)
			b, err := json.Marshal(m)
			if err != nil {
				return nil, kg.Wrap(kg.EINVALID, err, "article %s: the figures of the evidence for %s cannot be stored", x.Article.ID, r.ID)
			}
			l.Rel = append(l.Rel, r.ID)
			l.Sentence = append(l.Sentence, e.Sentence)
			l.Start = append(l.Start, int64(e.Start))
			l.End = append(l.End, int64(e.End))
			l.Figures = append(l.Figures, string(b))
		}
	}
	return l, nil
}

// rawLists reads the evidence lists as qArticleEvidence returns them
// (rel, sentence, start, end, figures); absent lists are empty.
func rawLists(v []any) *evLists {
	l := &evLists{Rel: strs(v[0]), Sentence: strs(v[1]), Figures: strs(v[4])}
	for _, x := range asList(v[2]) {
		n, _ := x.(int64)
		l.Start = append(l.Start, n)
	}
	for _, x := range asList(v[3]) {
		n, _ := x.(int64)
		l.End = append(l.End, n)
	}
	return l
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

// evidence decodes the lists of article aid.
func (l *evLists) evidence(aid string) ([]kg.Evidence, error) {
	n := len(l.Rel)
	if len(l.Sentence) != n || len(l.Figures) != n || len(l.Start) != n || len(l.End) != n {
		return nil, fmt.Errorf("evidence lists of different lengths")
	}
	out := make([]kg.Evidence, n)
	for i := range n {
		ev, err := toEvidence(map[string]any{"article": aid, "sentence": l.Sentence[i],
			"start": l.Start[i], "end": l.End[i], "figures": l.Figures[i]})
		if err != nil {
			return nil, err
		}
		out[i] = ev
	}
	return out, nil
}

// relProps is the property set of a relationship with this evidence: its
// id, the headline (kg.Headline) and the sorted ids of the articles that
// give the evidence. With nulls, absent headline figures are null, which
// removes them from a stored relationship; a new one needs none.
func relProps(id string, ev []kg.Evidence, nulls bool) map[string]any {
	ev = slices.Clone(ev)
	kg.SortEvidence(ev)
	h := kg.Headline(ev)
	props := make(map[string]any, len(headlineKeys)+2)
	if nulls {
		for _, k := range headlineKeys {
			props[k] = nil
		}
	}
	props["id"] = id
	figureProps(&h, props)
	var arts []string
	for _, e := range ev {
		if len(arts) == 0 || arts[len(arts)-1] != e.ArticleID {
			arts = append(arts, e.ArticleID)
		}
	}
	props["articles"] = arts
	return props
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// articleProps is the property set of an article; absent fields are null,
// which removes what an earlier version had.
func articleProps(a *kg.Article) map[string]any {
	m := map[string]any{"id": a.ID, "hash": a.Hash}
	for k, v := range map[string]string{"title": a.Title, "url": a.URL, "lang": a.Lang,
		"published": a.Published, "source": a.Source, "text": a.Text} {
		if v != "" {
			m[k] = v
		} else {
			m[k] = nil
		}
	}
	return m
}
