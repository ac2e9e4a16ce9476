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

	mu     sync.Mutex
	relsOf map[string]*dataloadgen.Loader[string, *kg.RelationshipPage]
}

func newLoaders(store kg.Reader) *loaders {
	l := &loaders{store: store, relsOf: map[string]*dataloadgen.Loader[string, *kg.RelationshipPage]{}}
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
// one query shape (filter without the entity, order, page); one loader per
// shape so that each batch is one RelationshipsOf call.
func (l *loaders) relationshipsOf(q kg.RelationshipQuery) *dataloadgen.Loader[string, *kg.RelationshipPage] {
	q.Filter.EntityID = ""
	b, _ := json.Marshal(q)
	key := string(b)
	l.mu.Lock()
	defer l.mu.Unlock()
	if ld, ok := l.relsOf[key]; ok {
		return ld
	}
	ld := dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]*kg.RelationshipPage, []error) {
		out, err := l.store.RelationshipsOf(ctx, ids, q)
		return out, batchErr(err, len(ids), len(out))
	}, dataloadgen.WithWait(loaderWait))
	l.relsOf[key] = ld
	return ld
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
