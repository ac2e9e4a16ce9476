package graph

import (
	"context"
	"encoding/json"
	"sync"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/aikg/aikg/kg"
)

// loaderWait is how long a loader collects keys before it asks the store:
// long enough for the concurrently resolved fields of one level to hand in
// their keys, short enough not to dominate small queries (at 2ms the
// vertical-slice query took twice as long). Lists do not depend on it: their resolvers hand all keys of a page to the
// loaders at once (see prefetch.go), so round trips follow nesting depth,
// not timing.
const loaderWait = 250 * time.Microsecond

// loaders batch and cache the store reads of one response, so a query makes
// one store call per nesting level whatever the size of its lists. A fresh
// set is made for every response (and every subscription event), so nothing
// is cached across requests.
type loaders struct {
	store    kg.Reader
	entities *dataloadgen.Loader[string, *kg.Entity]
	articles *dataloadgen.Loader[string, *kg.Article]

	// One loader per query shape (arguments but the id), so that each
	// batch is one store call with one query.
	relsOf     shapes[*kg.RelationshipPage]
	relsOfArt  shapes[*kg.RelationshipPage]
	totalsOf   shapes[[]kg.Total]
	articlesOf shapes[*kg.ArticlePage]
}

// shapes holds a response's loaders of one kind, by query shape.
type shapes[V any] struct {
	mu sync.Mutex
	m  map[string]*batched[V]
}

// get returns the loader for the query shape q (which must not contain the
// id), making it with fetch the first time.
func (s *shapes[V]) get(q any, fetch func(ctx context.Context, ids []string) ([]V, []error)) *batched[V] {
	b, _ := json.Marshal(q)
	key := string(b)
	s.mu.Lock()
	defer s.mu.Unlock()
	if ld, ok := s.m[key]; ok {
		return ld
	}
	if s.m == nil {
		s.m = map[string]*batched[V]{}
	}
	ld := newBatched(fetch)
	s.m[key] = ld
	return ld
}

// batched is the loader of one query shape. Besides loading, it runs
// follow-ups (see then) inside the fetch of a batch, before the batch's
// waiters are released.
//
// That ordering is what keeps round trips independent of timing: the
// follow-up of a list hands the loaders every key the list's items will
// need (their ends, their pages, ...) before any item's resolver runs, so
// the resolvers find their keys already queued instead of each opening a
// batch of its own, which the loader's short wait would close before the
// others arrive when the machine is busy.
type batched[V any] struct {
	*dataloadgen.Loader[string, V]

	mu      sync.Mutex
	fetched map[string]V
	waiting []*followUp[V]
}

// followUp is a function waiting for the values of keys.
type followUp[V any] struct {
	keys    []string
	missing map[string]bool
	got     map[string]V
	run     func([]V)
}

// fire runs the follow-up with the values in the order of its keys.
func (f *followUp[V]) fire() {
	vals := make([]V, len(f.keys))
	for i, k := range f.keys {
		vals[i] = f.got[k]
	}
	f.run(vals)
}

func newBatched[V any](fetch func(ctx context.Context, ids []string) ([]V, []error)) *batched[V] {
	b := &batched[V]{fetched: map[string]V{}}
	b.Loader = dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]V, []error) {
		out, errs := fetch(ctx, ids)
		for _, f := range b.arrived(ids, out, errs) {
			f.fire()
		}
		return out, errs
	}, dataloadgen.WithWait(loaderWait))
	return b
}

// then loads keys and, once all their values have arrived, runs f with
// them (in the order of keys): in the fetch of the batch that completes
// them, before that batch's waiters see it, or at once when every key was
// fetched before. f must not block (it may only queue loads, with
// LoadAllThunk or then). When the batch fails, f does not run; the
// resolvers report the error.
func (b *batched[V]) then(ctx context.Context, keys []string, f func([]V)) {
	fu := &followUp[V]{keys: keys, missing: map[string]bool{}, got: map[string]V{}, run: f}
	// Registered before the keys are queued, so no batch can complete them
	// unseen.
	b.mu.Lock()
	for _, k := range keys {
		if v, ok := b.fetched[k]; ok {
			fu.got[k] = v
		} else {
			fu.missing[k] = true
		}
	}
	ready := len(fu.missing) == 0
	if !ready {
		b.waiting = append(b.waiting, fu)
	}
	b.mu.Unlock()
	b.LoadAllThunk(ctx, keys)
	if ready {
		fu.fire()
	}
}

// arrived records a fetched batch and returns the follow-ups it
// completes; those it leaves unable to complete (the batch failed) are
// dropped.
func (b *batched[V]) arrived(ids []string, out []V, errs []error) []*followUp[V] {
	failed := len(out) != len(ids)
	for _, err := range errs {
		failed = failed || err != nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if !failed {
		for i, id := range ids {
			b.fetched[id] = out[i]
		}
	}
	var done []*followUp[V]
	keep := b.waiting[:0]
	for _, fu := range b.waiting {
		hit := false
		for _, id := range ids {
			if fu.missing[id] {
				hit = true
				delete(fu.missing, id)
				fu.got[id] = b.fetched[id]
			}
		}
		switch {
		case hit && failed:
		case len(fu.missing) == 0:
			done = append(done, fu)
		default:
			keep = append(keep, fu)
		}
	}
	clear(b.waiting[len(keep):])
	b.waiting = keep
	return done
}

func newLoaders(store kg.Reader) *loaders {
	l := &loaders{store: store}
	l.entities = dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]*kg.Entity, []error) {
		out, err := store.EntitiesByID(ctx, ids)
		return out, batchErr(err, len(ids), len(out))
	}, dataloadgen.WithWait(loaderWait))
	l.articles = dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]*kg.Article, []error) {
		out, err := store.ArticlesByID(ctx, ids)
		return out, batchErr(err, len(ids), len(out))
	}, dataloadgen.WithWait(loaderWait))
	return l
}

// batchErr reports a failed batch to every key, and a store that broke the
// key-order contract as an internal error rather than a wrong answer.
func batchErr(err error, keys, got int) []error {
	if err == nil && got != keys {
		err = kg.Errorf(kg.EINTERNAL, "internal error")
	}
	if err == nil {
		return nil
	}
	return []error{err}
}

// relationshipsOf returns the loader of entities' relationship pages for
// one query shape (filter without the entity, order, page).
func (l *loaders) relationshipsOf(q kg.RelationshipQuery) *batched[*kg.RelationshipPage] {
	q.Filter.EntityID = ""
	return l.relsOf.get(q, func(ctx context.Context, ids []string) ([]*kg.RelationshipPage, []error) {
		out, err := l.store.RelationshipsOf(ctx, ids, q)
		return out, batchErr(err, len(ids), len(out))
	})
}

// articleRelationships returns the loader of articles' relationship pages
// (Article.relationships) for one query shape.
func (l *loaders) articleRelationships(q kg.RelationshipQuery) *batched[*kg.RelationshipPage] {
	q.Filter.ArticleID = ""
	return l.relsOfArt.get(q, func(ctx context.Context, ids []string) ([]*kg.RelationshipPage, []error) {
		out, err := l.store.RelationshipsOfArticles(ctx, ids, q)
		return out, batchErr(err, len(ids), len(out))
	})
}

// entityTotals returns the loader of entities' totals (Entity.totals) for
// one query shape.
func (l *loaders) entityTotals(q kg.TotalsQuery) *batched[[]kg.Total] {
	q.EntityID = ""
	return l.totalsOf.get(q, func(ctx context.Context, ids []string) ([][]kg.Total, []error) {
		out, err := l.store.TotalsOf(ctx, ids, q)
		return out, batchErr(err, len(ids), len(out))
	})
}

// entityArticles returns the loader of entities' article pages
// (Entity.articles) for one query shape.
func (l *loaders) entityArticles(q kg.ArticleQuery) *batched[*kg.ArticlePage] {
	q.Filter.EntityID = ""
	return l.articlesOf.get(q, func(ctx context.Context, ids []string) ([]*kg.ArticlePage, []error) {
		out, err := l.store.ArticlesOf(ctx, ids, q)
		return out, batchErr(err, len(ids), len(out))
	})
}

// primeEntities caches entities the store already returned (graph nodes,
// pages), so that fields reaching them cost no further call.
func (l *loaders) primeEntities(ents ...*kg.Entity) {
	for _, e := range ents {
		if e != nil {
			l.entities.Prime(e.ID, e)
		}
	}
}

type loadersKey struct{}

func withLoaders(ctx context.Context, l *loaders) context.Context {
	return context.WithValue(ctx, loadersKey{}, l)
}

// loadersFrom returns the response's loaders, or a fresh set where a
// resolver runs outside a response (a subscription's setup).
func (r *resolver) loaders(ctx context.Context) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return newLoaders(r.store)
}
