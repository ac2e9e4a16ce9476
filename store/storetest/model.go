package storetest

import (
	"encoding/json"
	"sort"
	"strings"

	"github.com/aikg/aikg/kg"
)

func sortStrings(s []string) { sort.Strings(s) }

// model is the suite's reference: the graph the contract says a store
// holds after a sequence of writes, computed the slow, obvious way
// (relationships rebuilt from every stored article after each write).
type model struct {
	ents map[string]*kg.Entity
	arts map[string]*kg.Article
	// artRels are the prepared relationships of each stored article.
	artRels map[string][]kg.Relationship
	rels    map[string]*kg.Relationship
}

func newModel() *model {
	return &model{
		ents:    map[string]*kg.Entity{},
		arts:    map[string]*kg.Article{},
		artRels: map[string][]kg.Relationship{},
		rels:    map[string]*kg.Relationship{},
	}
}

// clone deep-copies v through JSON (the kg types round-trip exactly).
func clone[T any](v T) T {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	var out T
	if err := json.Unmarshal(b, &out); err != nil {
		panic(err)
	}
	return out
}

// apply writes one extraction and returns the result the store must report
// (Err left nil for failures; callers compare codes).
func (m *model) apply(raw *kg.Extraction) kg.WriteResult {
	x := clone(raw)
	res := kg.WriteResult{ArticleID: x.Article.ID}
	if err := kg.Prepare(x); err != nil {
		res.Status = kg.Failed
		res.Err = err
		return res
	}
	old, had := m.arts[x.Article.ID]
	if had && old.Hash == x.Article.Hash {
		res.Status = kg.Unchanged
		return res
	}
	res.Status = kg.Created
	changed := map[string]bool{}
	if had {
		res.Status = kg.Updated
		for _, r := range m.artRels[x.Article.ID] {
			changed[r.ID] = true
		}
	}
	for _, e := range x.Entities {
		cur, ok := m.ents[e.ID]
		if !ok {
			res.EntitiesAdded++
			c := clone(e)
			c.Aliases = kg.MergeAliases(c.Name, c.Aliases)
			m.ents[e.ID] = &c
			continue
		}
		cur.Aliases = kg.MergeAliases(cur.Name, cur.Aliases, e.Aliases, []string{e.Name})
		if cur.WikidataID == "" {
			cur.WikidataID = e.WikidataID
		}
	}
	a := x.Article
	m.arts[a.ID] = &a
	m.artRels[a.ID] = x.Relationships
	for _, r := range x.Relationships {
		changed[r.ID] = true
		if m.rels[r.ID] == nil {
			res.RelationshipsAdded++
		}
	}
	m.rebuild()
	for id := range changed {
		res.Changed = append(res.Changed, id)
	}
	sort.Strings(res.Changed)
	return res
}

func (m *model) rebuild() {
	m.rels = map[string]*kg.Relationship{}
	for _, rs := range m.artRels {
		for _, r := range rs {
			cur := m.rels[r.ID]
			if cur == nil {
				c := clone(r)
				c.Evidence = nil
				cur = &c
				m.rels[r.ID] = cur
			}
			cur.Evidence = append(cur.Evidence, clone(r.Evidence)...)
		}
	}
	for _, r := range m.rels {
		kg.SortEvidence(r.Evidence)
		r.Figures = kg.Headline(r.Evidence)
	}
}

func (m *model) stats() *kg.Stats {
	st := &kg.Stats{Entities: len(m.ents), Relationships: len(m.rels), Articles: len(m.arts)}
	kinds, types := map[string]int{}, map[string]int{}
	for _, e := range m.ents {
		kinds[string(e.Kind)]++
	}
	for _, r := range m.rels {
		types[string(r.Type)]++
	}
	st.ByKind, st.ByType = counts(kinds), counts(types)
	return st
}

func counts(m map[string]int) []kg.Count {
	var out []kg.Count
	for k, n := range m {
		out = append(out, kg.Count{Key: k, Count: n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

func (m *model) entityIDs() []string { return keys(m.ents) }
func (m *model) relIDs() []string    { return keys(m.rels) }
func (m *model) articleIDs() []string {
	return keys(m.arts)
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// touches reports whether r has id at either end.
func touches(r *kg.Relationship, id string) bool { return r.SourceID == id || r.TargetID == id }

// other is the end of r that is not id.
func other(r *kg.Relationship, id string) string {
	if r.SourceID == id {
		return r.TargetID
	}
	return r.SourceID
}

// inDirection is the suite's reading of Direction: OUT means the entity is
// the source, IN the target, BOTH (or empty) either; a symmetric
// relationship matches IN and OUT at both its ends.
func inDirection(r *kg.Relationship, id string, d kg.Direction) bool {
	if !touches(r, id) {
		return false
	}
	if d == "" || d == kg.Both || r.Type.Symmetric() {
		return true
	}
	if d == kg.Out {
		return r.SourceID == id
	}
	return r.TargetID == id
}

func typeIn(t kg.RelationType, ts []kg.RelationType) bool {
	if len(ts) == 0 {
		return true
	}
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

// dateIn is the suite's reading of Since/Until: a value passes Since when
// its first len(Since) characters are >= Since, and Until when its first
// len(Until) characters are <= Until; an empty value passes neither.
func dateIn(v, since, until string) bool {
	if since == "" && until == "" {
		return true
	}
	if v == "" {
		return false
	}
	if since != "" && prefix(v, len(since)) < since {
		return false
	}
	if until != "" && prefix(v, len(until)) > until {
		return false
	}
	return true
}

func prefix(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func (m *model) relMatches(r *kg.Relationship, f kg.RelationshipFilter) bool {
	if !typeIn(r.Type, f.Types) {
		return false
	}
	if f.EntityID != "" {
		if !inDirection(r, f.EntityID, f.Direction) {
			return false
		}
		if f.CounterpartID != "" && other(r, f.EntityID) != f.CounterpartID {
			return false
		}
	} else if f.CounterpartID != "" && !touches(r, f.CounterpartID) {
		return false
	}
	if len(f.Statuses) > 0 {
		ok := false
		for _, s := range f.Statuses {
			ok = ok || r.Status == s
		}
		if !ok {
			return false
		}
	}
	if f.MinUSD != nil {
		v, ok := r.USD()
		if !ok || v < *f.MinUSD {
			return false
		}
	}
	if !dateIn(r.Date, f.Since, f.Until) {
		return false
	}
	if f.ArticleID != "" || f.Lang != "" {
		ok := false
		for _, e := range r.Evidence {
			if f.ArticleID != "" && e.ArticleID != f.ArticleID {
				continue
			}
			if f.Lang != "" && m.arts[e.ArticleID].Lang != f.Lang {
				continue
			}
			ok = true
		}
		if !ok {
			return false
		}
	}
	return r.Confidence >= f.MinConfidence
}

// relKey is the sort value of r for a field; ok is false when r has none.
func relKey(r *kg.Relationship, f kg.RelationshipOrderField) (float64, string, bool) {
	switch f {
	case kg.RelByDate:
		return 0, r.Date, r.Date != ""
	case kg.RelByAmount:
		v, ok := r.USD()
		return v, "", ok
	case kg.RelByConfidence:
		return r.Confidence, "", true
	}
	return 0, r.ID, true
}

// sortRels sorts by the order's key, relationships without a value last in
// either direction, ties by id ascending.
func sortRels(rs []*kg.Relationship, o kg.RelationshipOrder) {
	sort.Slice(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		an, as, aok := relKey(a, o.Field)
		bn, bs, bok := relKey(b, o.Field)
		if aok != bok {
			return aok
		}
		if aok && (an != bn || as != bs) {
			less := an < bn || (an == bn && as < bs)
			if o.Desc {
				return !less
			}
			return less
		}
		return a.ID < b.ID
	})
}

func (m *model) queryRels(f kg.RelationshipFilter, o kg.RelationshipOrder) []*kg.Relationship {
	var out []*kg.Relationship
	for _, id := range m.relIDs() {
		if r := m.rels[id]; m.relMatches(r, f) {
			out = append(out, r)
		}
	}
	sortRels(out, o)
	return out
}

func (m *model) entMatches(e *kg.Entity, f kg.EntityFilter) bool {
	if len(f.Kinds) > 0 {
		ok := false
		for _, k := range f.Kinds {
			ok = ok || e.Kind == k
		}
		if !ok {
			return false
		}
	}
	if len(f.RelationTypes) > 0 || f.Direction == kg.In || f.Direction == kg.Out {
		ok := false
		for _, r := range m.rels {
			if typeIn(r.Type, f.RelationTypes) && inDirection(r, e.ID, f.Direction) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	if f.CounterpartID != "" {
		ok := false
		for _, r := range m.rels {
			if touches(r, e.ID) && other(r, e.ID) == f.CounterpartID {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	if f.NamePrefix != "" {
		p := kg.Fold(f.NamePrefix)
		ok := strings.HasPrefix(kg.Fold(e.Name), p)
		for _, a := range e.Aliases {
			ok = ok || strings.HasPrefix(kg.Fold(a), p)
		}
		if !ok {
			return false
		}
	}
	return true
}

// entKey is an entity's sort value: the folded name for NAME, the number
// of relationships for DEGREE, and the headline USD sums of INVESTS_IN and
// ACQUIRES relationships it is the target (INVESTED_IN) or source
// (INVESTED_BY) of.
func (m *model) entKey(e *kg.Entity, f kg.EntityOrderField) (float64, string) {
	switch f {
	case kg.EntByDegree, kg.EntByInvestedIn, kg.EntByInvestedBy:
		n := 0.0
		for _, r := range m.rels {
			switch {
			case f == kg.EntByDegree && touches(r, e.ID):
				n++
			case f == kg.EntByInvestedIn && r.TargetID == e.ID && (r.Type == kg.InvestsIn || r.Type == kg.Acquires):
				v, _ := r.USD()
				n += v
			case f == kg.EntByInvestedBy && r.SourceID == e.ID && (r.Type == kg.InvestsIn || r.Type == kg.Acquires):
				v, _ := r.USD()
				n += v
			}
		}
		return n, ""
	}
	return 0, kg.Fold(e.Name)
}

func (m *model) queryEnts(f kg.EntityFilter, o kg.EntityOrder) []*kg.Entity {
	var out []*kg.Entity
	type keyed struct {
		n float64
		s string
	}
	key := map[string]keyed{}
	for _, id := range m.entityIDs() {
		if e := m.ents[id]; m.entMatches(e, f) {
			out = append(out, e)
			n, s := m.entKey(e, o.Field)
			key[id] = keyed{n, s}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := key[out[i].ID], key[out[j].ID]
		if a != b {
			less := a.n < b.n || (a.n == b.n && a.s < b.s)
			if o.Desc {
				return !less
			}
			return less
		}
		return out[i].ID < out[j].ID
	})
	return out
}

func (m *model) queryArts(f kg.ArticleFilter) []*kg.Article {
	var out []*kg.Article
	for _, id := range m.articleIDs() {
		a := m.arts[id]
		if f.Lang != "" && a.Lang != f.Lang || f.Source != "" && a.Source != f.Source {
			continue
		}
		if !dateIn(a.Published, f.Since, f.Until) {
			continue
		}
		if f.EntityID != "" {
			ok := false
			for _, r := range m.artRels[id] {
				ok = ok || touches(&r, f.EntityID)
			}
			if !ok {
				continue
			}
		}
		out = append(out, a)
	}
	// Newest first; undated last; ties by id.
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Published == "") != (b.Published == "") {
			return a.Published != ""
		}
		if a.Published != b.Published {
			return a.Published > b.Published
		}
		return a.ID < b.ID
	})
	return out
}

// edgeOK is the GraphFilter test for one edge.
func edgeOK(r *kg.Relationship, f kg.GraphFilter) bool {
	return typeIn(r.Type, f.Types) && dateIn(r.Date, f.Since, f.Until) && r.Confidence >= f.MinConfidence
}

// neighborhood: nodes are the centre, then the others by (distance, id),
// cut at the limit; traversal only follows edges that pass the filter;
// edges are those among the nodes that pass the filter, by id.
func (m *model) neighborhood(q kg.NeighborhoodQuery) (nodes, edges []string) {
	limit := q.Limit
	if limit == 0 {
		limit = kg.DefaultGraphLimit
	}
	dist := map[string]int{q.ID: 0}
	frontier := []string{q.ID}
	nodes = []string{q.ID}
	for d := 1; d <= q.Depth; d++ {
		var next []string
		for _, id := range frontier {
			for _, r := range m.rels {
				if !touches(r, id) || !edgeOK(r, q.GraphFilter) {
					continue
				}
				o := other(r, id)
				if _, seen := dist[o]; !seen {
					dist[o] = d
					next = append(next, o)
				}
			}
		}
		sort.Strings(next)
		nodes = append(nodes, next...)
		frontier = next
	}
	if len(nodes) > limit {
		nodes = nodes[:limit]
	}
	return nodes, m.edgesAmong(nodes, q.GraphFilter)
}

func (m *model) edgesAmong(nodes []string, f kg.GraphFilter) []string {
	in := map[string]bool{}
	for _, n := range nodes {
		in[n] = true
	}
	var edges []string
	for _, id := range m.relIDs() {
		r := m.rels[id]
		if in[r.SourceID] && in[r.TargetID] && edgeOK(r, f) {
			edges = append(edges, id)
		}
	}
	return edges
}

// pathIDs is a path as its node ids and edge ids.
type pathIDs struct{ nodes, edges []string }

// paths enumerates every simple path (no repeated node) of at most
// maxDepth edges and orders them by length, then node ids, then edge ids,
// element by element.
func (m *model) paths(q kg.PathQuery) []pathIDs {
	var out []pathIDs
	var walk func(nodes, edges []string)
	walk = func(nodes, edges []string) {
		cur := nodes[len(nodes)-1]
		if cur == q.To {
			out = append(out, pathIDs{append([]string(nil), nodes...), append([]string(nil), edges...)})
			return
		}
		if len(edges) == q.MaxDepth {
			return
		}
		for _, id := range m.relIDs() {
			r := m.rels[id]
			if !touches(r, cur) || !typeIn(r.Type, q.Types) {
				continue
			}
			o := other(r, cur)
			seen := false
			for _, n := range nodes {
				seen = seen || n == o
			}
			if !seen {
				walk(append(nodes, o), append(edges, id))
			}
		}
	}
	walk([]string{q.From}, nil)
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if len(a.edges) != len(b.edges) {
			return len(a.edges) < len(b.edges)
		}
		if c := compareLists(a.nodes, b.nodes); c != 0 {
			return c < 0
		}
		return compareLists(a.edges, b.edges) < 0
	})
	first := q.First
	if first == 0 {
		first = kg.DefaultFirst
	}
	if len(out) > first {
		out = out[:first]
	}
	return out
}

func compareLists(a, b []string) int {
	for i := range min(len(a), len(b)) {
		if c := strings.Compare(a[i], b[i]); c != 0 {
			return c
		}
	}
	return len(a) - len(b)
}

// totals groups the relationships of q by key: counterpart id, type or the
// year (first four characters of the headline date, "" when undated);
// rows are largest USD first, ties by key.
func (m *model) totals(q kg.TotalsQuery) []kg.Total {
	rows := map[string]*kg.Total{}
	for _, id := range m.relIDs() {
		r := m.rels[id]
		if !typeIn(r.Type, q.Types) {
			continue
		}
		if q.EntityID != "" && !inDirection(r, q.EntityID, q.Direction) {
			continue
		}
		var k string
		switch q.GroupBy {
		case kg.ByCounterpart:
			k = other(r, q.EntityID)
		case kg.ByYear:
			k = prefix(r.Date, 4)
		default:
			k = string(r.Type)
		}
		t := rows[k]
		if t == nil {
			t = &kg.Total{Key: k}
			rows[k] = t
		}
		t.Count++
		if v, ok := r.USD(); ok {
			t.USD += v
		}
	}
	var out []kg.Total
	for _, t := range rows {
		out = append(out, *t)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].USD != out[j].USD {
			return out[i].USD > out[j].USD
		}
		return out[i].Key < out[j].Key
	})
	return out
}
