package memstore

import (
	"sort"
	"strings"
	"sync"

	"github.com/aikg/aikg/kg"
)

// entity is a stored entity with its matching keys.
type entity struct {
	kg.Entity
	// folded is kg.Fold(Name), the NAME sort key.
	folded string
	// forms are the folded names and aliases, split into tokens.
	forms [][]string
}

// graph is the in-memory state. Writers change it only under Store.mu.
type graph struct {
	ents map[string]*entity
	rels map[string]*kg.Relationship
	arts map[string]*articleRecord
	// adj maps an entity id to the ids of its relationships.
	adj map[string]map[string]struct{}
	// names maps a folded name or alias to the entities that have it.
	names map[string][]string
	// tokens maps a search token (and its proclitic-stripped variants) to
	// the entities with a name containing it; vocab is its sorted keys.
	tokens map[string]map[string]struct{}
	vocab  []string

	kinds map[kg.EntityKind]int
	types map[kg.RelationType]int

	// orders caches every entity and relationship sorted by one order, so
	// that a list query filters in order instead of sorting. Readers fill
	// it under cacheMu; writers drop it (under Store.mu, readers out).
	cacheMu   sync.Mutex
	relOrders map[kg.RelationshipOrder][]keyed[*kg.Relationship]
	entOrders map[kg.EntityOrder][]keyed[*entity]
}

// invalidate drops the sorted orders after a change.
func (g *graph) invalidate() {
	g.relOrders, g.entOrders = nil, nil
}

// relsSorted returns every relationship sorted by o (do not modify).
func (g *graph) relsSorted(o kg.RelationshipOrder) []keyed[*kg.Relationship] {
	g.cacheMu.Lock()
	defer g.cacheMu.Unlock()
	if items, ok := g.relOrders[o]; ok {
		return items
	}
	items := make([]keyed[*kg.Relationship], 0, len(g.rels))
	for _, r := range g.rels {
		items = append(items, keyed[*kg.Relationship]{relKey(r, o.Field), r})
	}
	sortKeyed(items, o.Desc)
	if g.relOrders == nil {
		g.relOrders = map[kg.RelationshipOrder][]keyed[*kg.Relationship]{}
	}
	g.relOrders[o] = items
	return items
}

// entsSorted returns every entity sorted by o (do not modify).
func (g *graph) entsSorted(o kg.EntityOrder) []keyed[*entity] {
	g.cacheMu.Lock()
	defer g.cacheMu.Unlock()
	if items, ok := g.entOrders[o]; ok {
		return items
	}
	items := make([]keyed[*entity], 0, len(g.ents))
	for _, e := range g.ents {
		items = append(items, keyed[*entity]{g.entityKey(e, o.Field), e})
	}
	sortKeyed(items, o.Desc)
	if g.entOrders == nil {
		g.entOrders = map[kg.EntityOrder][]keyed[*entity]{}
	}
	g.entOrders[o] = items
	return items
}

func newGraph() *graph {
	return &graph{
		ents:   map[string]*entity{},
		rels:   map[string]*kg.Relationship{},
		arts:   map[string]*articleRecord{},
		adj:    map[string]map[string]struct{}{},
		names:  map[string][]string{},
		tokens: map[string]map[string]struct{}{},
		kinds:  map[kg.EntityKind]int{},
		types:  map[kg.RelationType]int{},
	}
}

// putEntity stores e (new or merged) and indexes any new spelling.
func (g *graph) putEntity(e *kg.Entity) {
	cur := g.ents[e.ID]
	if cur == nil {
		cur = &entity{}
		g.kinds[e.Kind]++
	} else if cur.Kind != e.Kind {
		g.kinds[cur.Kind]--
		g.kinds[e.Kind]++
	}
	cur.Entity = *e
	cur.folded = kg.Fold(e.Name)
	g.ents[e.ID] = cur
	have := map[string]bool{}
	for _, f := range cur.forms {
		have[strings.Join(f, " ")] = true
	}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		f := kg.Fold(n)
		if f == "" || have[f] {
			continue
		}
		have[f] = true
		toks := strings.Fields(f)
		cur.forms = append(cur.forms, toks)
		g.names[f] = insertSorted(g.names[f], e.ID)
		for _, tok := range toks {
			for _, v := range variants(tok) {
				set := g.tokens[v]
				if set == nil {
					set = map[string]struct{}{}
					g.tokens[v] = set
					i := sort.SearchStrings(g.vocab, v)
					g.vocab = append(g.vocab, "")
					copy(g.vocab[i+1:], g.vocab[i:])
					g.vocab[i] = v
				}
				set[e.ID] = struct{}{}
			}
		}
	}
}

func insertSorted(xs []string, x string) []string {
	i := sort.SearchStrings(xs, x)
	if i < len(xs) && xs[i] == x {
		return xs
	}
	xs = append(xs, "")
	copy(xs[i+1:], xs[i:])
	xs[i] = x
	return xs
}

func (g *graph) link(entityID, relID string) {
	set := g.adj[entityID]
	if set == nil {
		set = map[string]struct{}{}
		g.adj[entityID] = set
	}
	set[relID] = struct{}{}
}

func (g *graph) unlink(entityID, relID string) {
	if set := g.adj[entityID]; set != nil {
		delete(set, relID)
		if len(set) == 0 {
			delete(g.adj, entityID)
		}
	}
}

// addArticle adds an article's evidence to its relationships. With
// headline false (loading), headlines are left for finishLoad.
func (g *graph) addArticle(rec *articleRecord, headline bool) {
	g.arts[rec.Article.ID] = rec
	for i := range rec.Relationships {
		r := &rec.Relationships[i]
		cur := g.rels[r.ID]
		if cur == nil {
			cur = &kg.Relationship{ID: r.ID, Type: r.Type, SourceID: r.SourceID, TargetID: r.TargetID}
			g.rels[r.ID] = cur
			g.types[r.Type]++
			g.link(r.SourceID, r.ID)
			g.link(r.TargetID, r.ID)
		}
		cur.Evidence = append(cur.Evidence, r.Evidence...)
		if headline {
			kg.SortEvidence(cur.Evidence)
			cur.Figures = kg.Headline(cur.Evidence)
		}
	}
}

func (g *graph) finishLoad() {
	for _, r := range g.rels {
		kg.SortEvidence(r.Evidence)
		r.Figures = kg.Headline(r.Evidence)
	}
}

// removeArticle takes an article's evidence out of its relationships and
// drops those left with none.
func (g *graph) removeArticle(id string) {
	rec := g.arts[id]
	if rec == nil {
		return
	}
	delete(g.arts, id)
	for _, r := range rec.Relationships {
		cur := g.rels[r.ID]
		if cur == nil {
			continue
		}
		kept := cur.Evidence[:0:0]
		for _, e := range cur.Evidence {
			if e.ArticleID != id {
				kept = append(kept, e)
			}
		}
		if len(kept) == 0 {
			delete(g.rels, r.ID)
			g.types[r.Type]--
			g.unlink(r.SourceID, r.ID)
			g.unlink(r.TargetID, r.ID)
			continue
		}
		cur.Evidence = kept
		cur.Figures = kg.Headline(kept)
	}
}

// apply writes one prepared, committed article into the graph and reports
// what it did. Relationships are changed in place: readers only ever get
// copies, made under the read lock.
func (g *graph) apply(rec *articleRecord, ents []kg.Entity) kg.WriteResult {
	g.invalidate()
	res := kg.WriteResult{ArticleID: rec.Article.ID, Status: kg.Created}
	changed := map[string]bool{}
	existed := map[string]bool{}
	for _, r := range rec.Relationships {
		existed[r.ID] = g.rels[r.ID] != nil
	}
	if old := g.arts[rec.Article.ID]; old != nil {
		res.Status = kg.Updated
		for _, r := range old.Relationships {
			changed[r.ID] = true
		}
		g.removeArticle(rec.Article.ID)
	}
	for _, e := range ents {
		var cur *kg.Entity
		if ge := g.ents[e.ID]; ge != nil {
			c := ge.Entity
			c.Aliases = append([]string(nil), c.Aliases...)
			cur = &c
		} else {
			res.EntitiesAdded++
		}
		g.putEntity(mergeEntity(cur, e))
	}
	g.addArticle(rec, true)
	for _, r := range rec.Relationships {
		changed[r.ID] = true
		if !existed[r.ID] {
			res.RelationshipsAdded++
		}
	}
	for id := range changed {
		res.Changed = append(res.Changed, id)
	}
	sort.Strings(res.Changed)
	return res
}

// cloneEntity and cloneRel give readers their own copies.
func cloneEntity(e *entity) *kg.Entity {
	c := e.Entity
	c.Aliases = append([]string(nil), e.Aliases...)
	if len(c.Aliases) == 0 {
		c.Aliases = nil
	}
	return &c
}

func cloneFigures(f kg.Figures) kg.Figures {
	if f.Amount != nil {
		m := *f.Amount
		if m.USD != nil {
			u := *m.USD
			m.USD = &u
		}
		f.Amount = &m
	}
	if f.Capacity != nil {
		q := *f.Capacity
		f.Capacity = &q
	}
	if f.Stake != nil {
		s := *f.Stake
		f.Stake = &s
	}
	return f
}

func cloneRel(r *kg.Relationship) *kg.Relationship {
	c := *r
	c.Figures = cloneFigures(r.Figures)
	c.Evidence = make([]kg.Evidence, len(r.Evidence))
	for i, e := range r.Evidence {
		e.Figures = cloneFigures(e.Figures)
		c.Evidence[i] = e
	}
	return &c
}

func cloneArticle(a *articleRecord) *kg.Article {
	c := a.Article
	return &c
}

// other is the end of r that is not id.
func other(r *kg.Relationship, id string) string {
	if r.SourceID == id {
		return r.TargetID
	}
	return r.SourceID
}

// inDirection: OUT = source, IN = target; symmetric types match both.
func inDirection(r *kg.Relationship, id string, d kg.Direction) bool {
	if r.SourceID != id && r.TargetID != id {
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

// relsOf returns the relationships touching id, in no order.
func (g *graph) relsOf(id string) []*kg.Relationship {
	set := g.adj[id]
	out := make([]*kg.Relationship, 0, len(set))
	for rid := range set {
		out = append(out, g.rels[rid])
	}
	return out
}
