package graph

import (
	"context"
	"encoding/json"
	"sync"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/aikg/aikg/kg"
)

// loaderWait is how long a loader collects keys before it asks the store.
// Lists do not depend on it: their resolvers hand all keys of a page to the
// loaders at once (see prefetch.go), so round trips follow nesting depth,
// not timing.
const loaderWait = 2 * time.Millisecond

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
	m  map[string]*dataloadgen.Loader[string, V]
}

// get returns the loader for the query shape q (which must not contain the
// id), making it with fetch the first time.
func (s *shapes[V]) get(q any, fetch func(ctx context.Context, ids []string) ([]V, []error)) *dataloadgen.Loader[string, V] {
	b, _ := json.Marshal(q)
	key := string(b)
	s.mu.Lock()
	defer s.mu.Unlock()
	if ld, ok := s.m[key]; ok {
		return ld
	}
	if s.m == nil {
		s.m = map[string]*dataloadgen.Loader[string, V]{}
	}
	ld := dataloadgen.NewLoader(fetch, dataloadgen.WithWait(loaderWait))
	s.m[key] = ld
	return ld
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
func (l *loaders) relationshipsOf(q kg.RelationshipQuery) *dataloadgen.Loader[string, *kg.RelationshipPage] {
	q.Filter.EntityID = ""
	return l.relsOf.get(q, func(ctx context.Context, ids []string) ([]*kg.RelationshipPage, []error) {
		out, err := l.store.RelationshipsOf(ctx, ids, q)
		return out, batchErr(err, len(ids), len(out))
	})
}

// articleRelationships returns the loader of articles' relationship pages
// (Article.relationships) for one query shape.
func (l *loaders) articleRelationships(q kg.RelationshipQuery) *dataloadgen.Loader[string, *kg.RelationshipPage] {
	q.Filter.ArticleID = ""
	return l.relsOfArt.get(q, func(ctx context.Context, ids []string) ([]*kg.RelationshipPage, []error) {
		if b, ok := l.store.(articleRelationshipsReader); ok {
			out, err := b.RelationshipsOfArticles(ctx, ids, q)
			return out, batchErr(err, len(ids), len(out))
		}
		return each(ctx, ids, func(ctx context.Context, id string) (*kg.RelationshipPage, error) {
			q := q
			q.Filter.ArticleID = id
			return l.store.Relationships(ctx, q)
		})
	})
}

// entityTotals returns the loader of entities' totals (Entity.totals) for
// one query shape.
func (l *loaders) entityTotals(q kg.TotalsQuery) *dataloadgen.Loader[string, []kg.Total] {
	q.EntityID = ""
	return l.totalsOf.get(q, func(ctx context.Context, ids []string) ([][]kg.Total, []error) {
		if b, ok := l.store.(totalsOfReader); ok {
			out, err := b.TotalsOf(ctx, ids, q)
			return out, batchErr(err, len(ids), len(out))
		}
		return totalsFromRelationships(ctx, l.store, ids, q)
	})
}

// entityArticles returns the loader of entities' article pages
// (Entity.articles) for one query shape.
func (l *loaders) entityArticles(q kg.ArticleQuery) *dataloadgen.Loader[string, *kg.ArticlePage] {
	q.Filter.EntityID = ""
	return l.articlesOf.get(q, func(ctx context.Context, ids []string) ([]*kg.ArticlePage, []error) {
		if b, ok := l.store.(articlesOfReader); ok {
			out, err := b.ArticlesOf(ctx, ids, q)
			return out, batchErr(err, len(ids), len(out))
		}
		return each(ctx, ids, func(ctx context.Context, id string) (*kg.ArticlePage, error) {
			q := q
			q.Filter.EntityID = id
			return l.store.Articles(ctx, q)
		})
	})
}

// eachConcurrency bounds the store calls one fallback batch runs at once.
const eachConcurrency = 8

// each is the fallback of a batch the store cannot answer in one call: one
// call per id, a few at a time, each id with its own error.
func each[V any](ctx context.Context, ids []string, get func(context.Context, string) (V, error)) ([]V, []error) {
	out := make([]V, len(ids))
	errs := make([]error, len(ids))
	sem := make(chan struct{}, eachConcurrency)
	var wg sync.WaitGroup
	for i, id := range ids {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			out[i], errs[i] = get(ctx, id)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return out, errs
		}
	}
	return out, nil
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
