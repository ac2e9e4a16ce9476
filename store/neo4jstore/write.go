package neo4jstore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
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

// The write queries. Each starts from a unique-constraint index seek
// (Article.id, Entity.id) or the Evidence.rel index; none scans a label.
const (
	qArticleState = `UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
RETURN id, a.hash AS hash, COLLECT { MATCH (a)-[:ASSERTS]->(ev:Evidence) RETURN DISTINCT ev.rel } AS rels`

	qEntityState = `UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n ` + entityProj + ` AS e`

	// qRelState reads the evidence of each touched relationship. A
	// relationship exists exactly when it has evidence (Write deletes
	// those left without), so this one index seek per row also says
	// whether it existed.
	qRelState = `UNWIND $ids AS id
RETURN id, COLLECT { MATCH (ev:Evidence {rel: id})<-[:ASSERTS]-(evA:Article) RETURN ev {.*, article: evA.id} } AS evidence`
)

// replanSkip starts the write statements. The write plans are fixed by
// unique-constraint seeks, whatever the statistics say, yet Neo4j replans a
// cached query when the statistics have moved (as they do all through a
// bulk load), and planning a write costs more than running it on a batch.
// TestWritePlansUseIndexes checks the plans made on an empty database.
const replanSkip = "CYPHER replan=skip\n"

// qWrite is every write of a transaction in one statement, so that a
// batch costs one round trip and one cached plan: the evidence of replaced
// article versions is deleted; articles are upserted and their evidence
// created under them (new keys: the old evidence is gone); entities are
// upserted, one subquery per kind so that the label is a literal;
// relationships are merged on their unique id, one subquery per type, and
// those left without evidence deleted. Subqueries run in this order, each
// over its own parameter list (empty lists do nothing).
var qWrite = writeStatement()

func writeStatement() string {
	var b strings.Builder
	b.WriteString(replanSkip + `CALL {
  UNWIND $replaced AS id
  MATCH (:Article {id: id})-[:ASSERTS]->(ev:Evidence)
  DETACH DELETE ev
}
CALL {
  UNWIND $articles AS row
  MERGE (a:Article {id: row.id})
  SET a = row.props
  WITH a, row
  UNWIND row.evidence AS e
  CREATE (a)-[:ASSERTS]->(ev:Evidence)
  SET ev = e
}
`)
	for _, k := range kg.EntityKinds {
		fmt.Fprintf(&b, `CALL {
  UNWIND $%s AS row
  MERGE (n:Entity {id: row.id})
  ON CREATE SET n:%s
  SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.folded = row.folded, n.search = row.search, n.wikidata = row.wikidata
}
`, entParam(k), k.Label())
	}
	for _, t := range kg.RelationTypes {
		fmt.Fprintf(&b, `CALL {
  UNWIND $%s AS row
  MATCH (s:Entity {id: row.s})
  MATCH (t:Entity {id: row.t})
  MERGE (s)-[x:%s {id: row.id}]->(t)
  SET x = row.props
}
CALL {
  UNWIND $%s AS id
  MATCH ()-[x:%s {id: id}]->()
  DELETE x
}
`, relParam(t), string(t), deadParam(t), string(t))
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// The parameter names of qWrite's per-kind and per-type row lists.
func entParam(k kg.EntityKind) string    { return "e_" + k.Label() }
func relParam(t kg.RelationType) string  { return "r_" + string(t) }
func deadParam(t kg.RelationType) string { return "d_" + string(t) }

// writeQueries lists every write query, for the test that checks their
// plans.
func writeQueries() []string {
	return []string{qArticleState, qEntityState, qRelState, qWrite}
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
	out, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return writeTx(ctx, tx, xs, idx)
	})
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

	// 1. Which articles are new, changed or the same version again, and
	// which relationships the stored versions gave evidence for.
	ids := make([]string, len(idx))
	for k, i := range idx {
		ids[k] = xs[i].Article.ID
	}
	recs, err := run(ctx, tx, c, qArticleState, map[string]any{"ids": ids})
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
		st := states[a.ID]
		switch {
		case st.exists && st.hash == a.Hash:
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

	// 2. Entities: merge aliases with what is stored; the stored name and
	// kind are kept.
	var entIDs []string
	seenEnt := map[string]bool{}
	for _, i := range live {
		for _, e := range xs[i].Entities {
			if !seenEnt[e.ID] {
				seenEnt[e.ID] = true
				entIDs = append(entIDs, e.ID)
			}
		}
	}
	recs, err = run(ctx, tx, c, qEntityState, map[string]any{"ids": entIDs})
	if err != nil {
		return nil, err
	}
	ents := map[string]*kg.Entity{}
	for _, r := range recs {
		if e := toEntity(r.Values[0]); e != nil {
			ents[e.ID] = e
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

	// 3. Relationships touched: those the new versions assert and those
	// the replaced versions asserted. Their evidence from other articles
	// is read so that the headline is computed from all of it.
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
		for _, rid := range states[id].oldRels {
			src, typ, tgt, ok := splitRelID(rid)
			if !ok {
				continue
			}
			addRel(rid, relEnds{id: rid, s: src, t: tgt, typ: typ})
			oldRelsOf[id] = append(oldRelsOf[id], rid)
		}
	}
	writing := map[string]bool{}
	for _, id := range liveIDs {
		writing[id] = true
	}
	recs, err = run(ctx, tx, c, qRelState, map[string]any{"ids": relOrder})
	if err != nil {
		return nil, err
	}
	existed := map[string]bool{}
	allEv := map[string][]kg.Evidence{}
	for _, r := range recs {
		id, _ := r.Values[0].(string)
		for _, ev := range r.Values[1].([]any) {
			m, ok := ev.(map[string]any)
			if !ok {
				continue
			}
			existed[id] = true
			if a, _ := m["article"].(string); !writing[a] {
				allEv[id] = append(allEv[id], toEvidence(m))
			}
		}
	}

	// 4. Results per article: what it added and changed.
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

	// 5. Writes, in one statement.
	p := make(map[string]any, 2+len(kg.EntityKinds)+2*len(kg.RelationTypes))
	p["replaced"] = nonNil(updated)
	artRows := make([]map[string]any, 0, len(live))
	for _, i := range live {
		x := xs[i]
		var evRows []map[string]any
		for _, r := range x.Relationships {
			for seq, ev := range r.Evidence {
				m := map[string]any{
					"key":      evidenceKey(ev.ArticleID, r.ID, seq),
					"rel":      r.ID,
					"seq":      seq,
					"sentence": ev.Sentence,
					"start":    ev.Start,
					"end":      ev.End,
				}
				figureProps(&ev.Figures, m)
				evRows = append(evRows, m)
			}
		}
		artRows = append(artRows, map[string]any{"id": x.Article.ID, "props": articleProps(&x.Article), "evidence": nonNilRows(evRows)})
	}
	p["articles"] = artRows
	byKind := map[kg.EntityKind][]map[string]any{}
	for _, id := range entIDs {
		if !dirty[id] {
			continue
		}
		e := ents[id]
		fo := foldedNames(e.Name, e.Aliases)
		row := map[string]any{"id": e.ID, "name": e.Name, "kind": string(e.Kind),
			"aliases": nonNil(e.Aliases), "folded": fo, "search": searchTerms(fo)}
		if e.WikidataID != "" {
			row["wikidata"] = e.WikidataID
		}
		byKind[e.Kind] = append(byKind[e.Kind], row)
	}
	for _, k := range kg.EntityKinds {
		p[entParam(k)] = nonNilRows(byKind[k])
	}
	byType := map[kg.RelationType][]map[string]any{}
	dead := map[kg.RelationType][]string{}
	for _, id := range relOrder {
		e := ends[id]
		ev := append(allEv[id], newEv[id]...)
		if len(ev) == 0 {
			if existed[id] {
				dead[e.typ] = append(dead[e.typ], id)
			}
			continue
		}
		kg.SortEvidence(ev)
		h := kg.Headline(ev)
		props := map[string]any{"id": id}
		figureProps(&h, props)
		byType[e.typ] = append(byType[e.typ], map[string]any{"id": id, "s": e.s, "t": e.t, "props": props})
	}
	for _, t := range kg.RelationTypes {
		p[relParam(t)] = nonNilRows(byType[t])
		p[deadParam(t)] = nonNil(dead[t])
	}
	if _, err := run(ctx, tx, c, qWrite, p); err != nil {
		return nil, err
	}
	return cr, nil
}

// evidenceKey is Evidence.key: the first 128 bits of the SHA-256 of the
// evidence's identity (article id, relationship id, position), in hex.
// The identity itself is in the graph (the ASSERTS link, rel and seq); the
// key only has to be unique, and a short fixed-size key keeps the unique
// index small and stores inline in the property record instead of in the
// string store.
func evidenceKey(articleID, relID string, seq int) string {
	h := sha256.New()
	h.Write([]byte(articleID))
	h.Write([]byte{0})
	h.Write([]byte(relID))
	h.Write([]byte{0})
	h.Write(strconv.AppendInt(nil, int64(seq), 10))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func nonNilRows(s []map[string]any) []map[string]any {
	if s == nil {
		return []map[string]any{}
	}
	return s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func articleProps(a *kg.Article) map[string]any {
	m := map[string]any{"id": a.ID, "hash": a.Hash}
	for k, v := range map[string]string{"title": a.Title, "url": a.URL, "lang": a.Lang,
		"published": a.Published, "source": a.Source, "text": a.Text} {
		if v != "" {
			m[k] = v
		}
	}
	return m
}
