package graph

import (
	"context"
	"crypto/subtle"
	"log/slog"
	"math"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/aikg/aikg/graph/generated"
	"github.com/aikg/aikg/graph/model"
	"github.com/aikg/aikg/kg"
)

// resolver is the root of the resolvers. They stay thin: they translate
// arguments into kg queries, ask the store (through the loaders) and shape
// the answer; the store does the work.
type resolver struct {
	store    kg.Store
	ingester kg.Ingester
	apiKey   string
	limits   Limits
	broker   *broker
	log      *slog.Logger
}

var _ generated.ResolverRoot = (*resolver)(nil)

func (r *resolver) Article() generated.ArticleResolver           { return articleResolver{r} }
func (r *resolver) Entity() generated.EntityResolver             { return entityResolver{r} }
func (r *resolver) Evidence() generated.EvidenceResolver         { return evidenceResolver{r} }
func (r *resolver) Mutation() generated.MutationResolver         { return mutationResolver{r} }
func (r *resolver) Path() generated.PathResolver                 { return pathResolver{r} }
func (r *resolver) Query() generated.QueryResolver               { return queryResolver{r} }
func (r *resolver) Relationship() generated.RelationshipResolver { return relationshipResolver{r} }
func (r *resolver) Subscription() generated.SubscriptionResolver { return subscriptionResolver{r} }
func (r *resolver) Total() generated.TotalResolver               { return totalResolver{r} }

// first applies the default page size and the configured maximum (the
// limits check has already rejected larger values before execution).
func (r *resolver) first(p *int) (int, error) {
	n := intOr(p, kg.DefaultFirst)
	if n < 1 || n > r.limits.First {
		return 0, kg.Errorf(kg.EINVALID, "first must be between 1 and %d, got %d", r.limits.First, n)
	}
	return n, nil
}

// notFound turns ENOTFOUND into a null answer for nullable lookups.
func notFound[T any](v *T, err error) (*T, error) {
	if kg.ErrorCode(err) == kg.ENOTFOUND {
		return nil, nil
	}
	return v, err
}

// ---- Query ----

type queryResolver struct{ *resolver }

func (r queryResolver) Entity(ctx context.Context, id *string, name *string) (*kg.Entity, error) {
	var e *kg.Entity
	var err error
	switch {
	case id != nil && name != nil:
		return nil, kg.Errorf(kg.EINVALID, "entity: give either id or name, not both")
	case id != nil:
		e, err = notFound(r.store.Entity(ctx, *id))
	case name != nil:
		if strings.TrimSpace(*name) == "" {
			return nil, kg.Errorf(kg.EINVALID, "entity: name is empty")
		}
		e, err = notFound(r.store.EntityByName(ctx, *name))
	default:
		return nil, kg.Errorf(kg.EINVALID, "entity: give an id or a name")
	}
	if e != nil {
		r.loaders(ctx).primeEntities(e)
		r.prefetchEntities(ctx, []string{e.ID}, here(ctx))
	}
	return e, err
}

func (r queryResolver) Entities(ctx context.Context, filter *model.EntityFilter, orderBy *model.EntityOrder, first *int, after *string) (*model.EntityConnection, error) {
	n, err := r.first(first)
	if err != nil {
		return nil, err
	}
	p, err := r.store.Entities(ctx, kg.EntityQuery{Filter: entFilter(filter), Order: entOrder(orderBy), Page: kg.Page{First: n, After: str(after)}})
	if err != nil {
		return nil, err
	}
	r.loaders(ctx).primeEntities(p.Items...)
	r.prefetchEntities(ctx, entityIDs(p.Items), below(ctx, here(ctx), "edges", "node"))
	return entConnection(p, str(after)), nil
}

func (r queryResolver) Search(ctx context.Context, query string, kinds []kg.EntityKind, first *int) ([]*kg.SearchHit, error) {
	n, err := r.first(first)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(query) == "" {
		return nil, kg.Errorf(kg.EINVALID, "search: query is empty")
	}
	hits, err := r.store.Search(ctx, kg.SearchQuery{Text: query, Kinds: kinds, First: n})
	if err != nil {
		return nil, err
	}
	out := make([]*kg.SearchHit, len(hits))
	ents := make([]*kg.Entity, len(hits))
	for i := range hits {
		out[i] = &hits[i]
		ents[i] = hits[i].Entity
	}
	r.loaders(ctx).primeEntities(ents...)
	r.prefetchEntities(ctx, entityIDs(ents), below(ctx, here(ctx), "entity"))
	return out, nil
}

func (r queryResolver) Relationship(ctx context.Context, id string) (*kg.Relationship, error) {
	rels, err := r.store.RelationshipsByID(ctx, []string{id})
	if err != nil || len(rels) == 0 || rels[0] == nil {
		return nil, err
	}
	r.prefetchRelationships(ctx, rels, here(ctx))
	return rels[0], nil
}

func (r queryResolver) Relationships(ctx context.Context, filter *model.RelationshipFilter, orderBy *model.RelationshipOrder, first *int, after *string) (*model.RelationshipConnection, error) {
	n, err := r.first(first)
	if err != nil {
		return nil, err
	}
	p, err := r.store.Relationships(ctx, kg.RelationshipQuery{Filter: relFilter(filter), Order: relOrder(orderBy), Page: kg.Page{First: n, After: str(after)}})
	if err != nil {
		return nil, err
	}
	r.prefetchRelationships(ctx, p.Items, below(ctx, here(ctx), "edges", "node"))
	return relConnection(p, str(after)), nil
}

func (r queryResolver) Neighborhood(ctx context.Context, id string, depth *int, types []kg.RelationType, since *string, until *string, minConfidence *float64, limit *int) (*kg.Graph, error) {
	g, err := r.store.Neighborhood(ctx, kg.NeighborhoodQuery{ID: id, Depth: intOr(depth, 1), GraphFilter: graphFilter(types, since, until, minConfidence, limit)})
	if err != nil {
		return nil, err
	}
	r.prefetchGraph(ctx, here(ctx), g.Nodes, g.Edges)
	return g, nil
}

func (r queryResolver) PartnershipGraph(ctx context.Context, ids []string, types []kg.RelationType, since *string, until *string, minConfidence *float64, limit *int) (*kg.Graph, error) {
	g, err := r.store.Subgraph(ctx, kg.SubgraphQuery{IDs: ids, GraphFilter: graphFilter(types, since, until, minConfidence, limit)})
	if err != nil {
		return nil, err
	}
	r.prefetchGraph(ctx, here(ctx), g.Nodes, g.Edges)
	return g, nil
}

func (r queryResolver) Paths(ctx context.Context, from string, to string, maxDepth *int, types []kg.RelationType, first *int) ([]*kg.Path, error) {
	n, err := r.first(first)
	if err != nil {
		return nil, err
	}
	paths, err := r.store.Paths(ctx, kg.PathQuery{From: from, To: to, MaxDepth: intOr(maxDepth, 3), Types: types, First: n})
	if err != nil {
		return nil, err
	}
	out := make([]*kg.Path, len(paths))
	var nodes []*kg.Entity
	var edges []*kg.Relationship
	for i := range paths {
		out[i] = &paths[i]
		nodes = append(nodes, paths[i].Nodes...)
		edges = append(edges, paths[i].Edges...)
	}
	r.prefetchGraph(ctx, here(ctx), nodes, edges)
	return out, nil
}

func (r queryResolver) Totals(ctx context.Context, entity *string, direction *kg.Direction, types []kg.RelationType, groupBy *kg.TotalsGroup) ([]*kg.Total, error) {
	return r.totals(ctx, str(entity), direction, types, groupBy)
}

func (r *resolver) totals(ctx context.Context, entity string, direction *kg.Direction, types []kg.RelationType, groupBy *kg.TotalsGroup) ([]*kg.Total, error) {
	q := totalsQuery(direction, types, groupBy)
	q.EntityID = entity
	rows, err := r.store.Totals(ctx, q)
	if err != nil {
		return nil, err
	}
	return r.totalRows(ctx, rows, q.GroupBy), nil
}

// totalRows shapes totals rows for the API and loads the counterparts they
// name when the query selects them.
func (r *resolver) totalRows(ctx context.Context, rows []kg.Total, g kg.TotalsGroup) []*kg.Total {
	out := make([]*kg.Total, len(rows))
	keys := make([]string, 0, len(rows))
	for i := range rows {
		out[i] = &rows[i]
		keys = append(keys, rows[i].Key)
	}
	if g == kg.ByCounterpart && len(keys) > 0 && len(below(ctx, here(ctx), "counterpart")) > 0 {
		r.loaders(ctx).entities.LoadAllThunk(ctx, keys)
	}
	return out
}

func (r queryResolver) Stats(ctx context.Context) (*kg.Stats, error) {
	return r.store.Stats(ctx)
}

func (r queryResolver) Article(ctx context.Context, id string) (*kg.Article, error) {
	a, err := notFound(r.store.Article(ctx, id))
	if a != nil {
		r.loaders(ctx).articles.Prime(a.ID, a)
		r.prefetchArticles(ctx, []string{a.ID}, here(ctx))
	}
	return a, err
}

func (r queryResolver) Articles(ctx context.Context, filter *model.ArticleFilter, first *int, after *string) (*model.ArticleConnection, error) {
	n, err := r.first(first)
	if err != nil {
		return nil, err
	}
	p, err := r.store.Articles(ctx, kg.ArticleQuery{Filter: artFilter(filter), Page: kg.Page{First: n, After: str(after)}})
	if err != nil {
		return nil, err
	}
	r.articlePage(ctx, p)
	return artConnection(p, str(after)), nil
}

// articlePage primes the loaders with a page's articles and prefetches
// what the query reads of them.
func (r *resolver) articlePage(ctx context.Context, p *kg.ArticlePage) {
	l := r.loaders(ctx)
	ids := make([]string, 0, len(p.Items))
	for _, a := range p.Items {
		if a != nil {
			l.articles.Prime(a.ID, a)
			ids = append(ids, a.ID)
		}
	}
	r.prefetchArticles(ctx, ids, below(ctx, here(ctx), "edges", "node"))
}

func entityIDs(ents []*kg.Entity) []string {
	ids := make([]string, 0, len(ents))
	for _, e := range ents {
		if e != nil {
			ids = append(ids, e.ID)
		}
	}
	return ids
}

// ---- Entity ----

type entityResolver struct{ *resolver }

func (r entityResolver) WikidataID(_ context.Context, obj *kg.Entity) (*string, error) {
	return optStr(obj.WikidataID), nil
}

func (r entityResolver) Label(_ context.Context, obj *kg.Entity) (string, error) {
	return obj.Name, nil
}

func (r entityResolver) Relationships(ctx context.Context, obj *kg.Entity, direction *kg.Direction, types []kg.RelationType, first *int, after *string, filter *model.RelationshipFilter, orderBy *model.RelationshipOrder) (*model.RelationshipConnection, error) {
	if _, err := r.first(first); err != nil {
		return nil, err
	}
	return r.relationshipsOf(ctx, obj.ID, entityRelQuery(direction, types, first, after, filter, orderBy))
}

func (r entityResolver) Timeline(ctx context.Context, obj *kg.Entity, direction *kg.Direction, types []kg.RelationType, first *int, after *string) (*model.RelationshipConnection, error) {
	if _, err := r.first(first); err != nil {
		return nil, err
	}
	return r.relationshipsOf(ctx, obj.ID, timelineQuery(direction, types, first, after))
}

func (r *resolver) relationshipsOf(ctx context.Context, id string, q kg.RelationshipQuery) (*model.RelationshipConnection, error) {
	p, err := r.loaders(ctx).relationshipsOf(q).Load(ctx, id)
	if err != nil {
		return nil, err
	}
	if p != nil {
		r.prefetchRelationships(ctx, p.Items, below(ctx, here(ctx), "edges", "node"))
	}
	return relConnection(p, q.After), nil
}

func (r entityResolver) Totals(ctx context.Context, obj *kg.Entity, direction *kg.Direction, types []kg.RelationType, groupBy *kg.TotalsGroup) ([]*kg.Total, error) {
	q := totalsQuery(direction, types, groupBy)
	rows, err := r.loaders(ctx).entityTotals(q).Load(ctx, obj.ID)
	if err != nil {
		return nil, err
	}
	return r.totalRows(ctx, rows, q.GroupBy), nil
}

func (r entityResolver) Articles(ctx context.Context, obj *kg.Entity, first *int, after *string) (*model.ArticleConnection, error) {
	if _, err := r.first(first); err != nil {
		return nil, err
	}
	q := pageQuery(first, after)
	p, err := r.loaders(ctx).entityArticles(kg.ArticleQuery{Page: q}).Load(ctx, obj.ID)
	if err != nil {
		return nil, err
	}
	if p == nil {
		p = &kg.ArticlePage{}
	}
	r.articlePage(ctx, p)
	return artConnection(p, q.After), nil
}

// ---- Relationship ----

type relationshipResolver struct{ *resolver }

func (r *resolver) entity(ctx context.Context, id, relID string) (*kg.Entity, error) {
	e, err := r.loaders(ctx).entities.Load(ctx, id)
	if err == nil && e == nil {
		err = kg.Wrap(kg.EINTERNAL, kg.Errorf(kg.ENOTFOUND, "entity %q of relationship %q is missing", id, relID), "internal error")
	}
	return e, err
}

func (r relationshipResolver) Source(ctx context.Context, obj *kg.Relationship) (*kg.Entity, error) {
	return r.entity(ctx, obj.SourceID, obj.ID)
}

func (r relationshipResolver) Target(ctx context.Context, obj *kg.Relationship) (*kg.Entity, error) {
	return r.entity(ctx, obj.TargetID, obj.ID)
}

func (r relationshipResolver) Label(_ context.Context, obj *kg.Relationship) (string, error) {
	if l, ok := relLabels[obj.Type]; ok {
		return l, nil
	}
	return strings.ToLower(strings.ReplaceAll(string(obj.Type), "_", " ")), nil
}

func (r relationshipResolver) Weight(_ context.Context, obj *kg.Relationship) (float64, error) {
	usd, ok := obj.USD()
	if !ok || usd <= 0 {
		return 1, nil
	}
	return 1 + math.Log10(1+usd/1e6), nil
}

func (r relationshipResolver) Period(_ context.Context, obj *kg.Relationship) (*kg.Period, error) {
	return optEnum(obj.Period), nil
}

func (r relationshipResolver) Status(_ context.Context, obj *kg.Relationship) (*kg.DealStatus, error) {
	return optEnum(obj.Status), nil
}

func (r relationshipResolver) Date(_ context.Context, obj *kg.Relationship) (*string, error) {
	return optStr(obj.Date), nil
}

func (r relationshipResolver) SourceCount(_ context.Context, obj *kg.Relationship) (int, error) {
	n := 0
	for i, ev := range obj.Evidence {
		if i == 0 || ev.ArticleID != obj.Evidence[i-1].ArticleID {
			n++
		}
	}
	return n, nil
}

func optEnum[T ~string](v T) *T {
	if v == "" {
		return nil
	}
	return &v
}

// ---- Evidence ----

type evidenceResolver struct{ *resolver }

func (r evidenceResolver) Article(ctx context.Context, obj *kg.Evidence) (*kg.Article, error) {
	a, err := r.loaders(ctx).articles.Load(ctx, obj.ArticleID)
	if err == nil && a == nil {
		err = kg.Wrap(kg.EINTERNAL, kg.Errorf(kg.ENOTFOUND, "article %q of evidence is missing", obj.ArticleID), "internal error")
	}
	return a, err
}

func (r evidenceResolver) Period(_ context.Context, obj *kg.Evidence) (*kg.Period, error) {
	return optEnum(obj.Period), nil
}

func (r evidenceResolver) Status(_ context.Context, obj *kg.Evidence) (*kg.DealStatus, error) {
	return optEnum(obj.Status), nil
}

func (r evidenceResolver) Date(_ context.Context, obj *kg.Evidence) (*string, error) {
	return optStr(obj.Date), nil
}

// ---- Article ----

type articleResolver struct{ *resolver }

func (r articleResolver) Title(_ context.Context, obj *kg.Article) (*string, error) {
	return optStr(obj.Title), nil
}

func (r articleResolver) URL(_ context.Context, obj *kg.Article) (*string, error) {
	return optStr(obj.URL), nil
}

func (r articleResolver) Lang(_ context.Context, obj *kg.Article) (*string, error) {
	return optStr(obj.Lang), nil
}

func (r articleResolver) Published(_ context.Context, obj *kg.Article) (*string, error) {
	return optStr(obj.Published), nil
}

func (r articleResolver) Source(_ context.Context, obj *kg.Article) (*string, error) {
	return optStr(obj.Source), nil
}

func (r articleResolver) Text(_ context.Context, obj *kg.Article) (*string, error) {
	return optStr(obj.Text), nil
}

func (r articleResolver) Relationships(ctx context.Context, obj *kg.Article, first *int, after *string) (*model.RelationshipConnection, error) {
	if _, err := r.first(first); err != nil {
		return nil, err
	}
	q := articleRelQuery(first, after)
	p, err := r.loaders(ctx).articleRelationships(q).Load(ctx, obj.ID)
	if err != nil {
		return nil, err
	}
	if p != nil {
		r.prefetchRelationships(ctx, p.Items, below(ctx, here(ctx), "edges", "node"))
	}
	return relConnection(p, q.After), nil
}

// ---- Path, Total ----

type pathResolver struct{ *resolver }

func (pathResolver) Length(_ context.Context, obj *kg.Path) (int, error) { return len(obj.Edges), nil }

type totalResolver struct{ *resolver }

func (r totalResolver) Counterpart(ctx context.Context, obj *kg.Total) (*kg.Entity, error) {
	if totalsGroup(ctx) != kg.ByCounterpart || obj.Key == "" {
		return nil, nil
	}
	return r.loaders(ctx).entities.Load(ctx, obj.Key)
}

// totalsGroup is the groupBy argument of the totals field a Total belongs
// to.
func totalsGroup(ctx context.Context) kg.TotalsGroup {
	for fc := graphql.GetFieldContext(ctx); fc != nil; fc = fc.Parent {
		if fc.Field.Field != nil && fc.Field.Name == "totals" {
			if g, ok := fc.Args["groupBy"].(*kg.TotalsGroup); ok && g != nil {
				return *g
			}
			return kg.ByCounterpart
		}
	}
	return kg.ByCounterpart
}

// ---- Mutation ----

type mutationResolver struct{ *resolver }

type authKey struct{}

// withAuth records whether the request presented the API key.
func withAuth(ctx context.Context, ok bool) context.Context {
	return context.WithValue(ctx, authKey{}, ok)
}

// bearerMatches compares "Bearer <key>" with the configured key in
// constant time.
func bearerMatches(header, key string) bool {
	if key == "" {
		return false
	}
	const prefix = "Bearer "
	if len(header) < len(prefix) || !strings.EqualFold(header[:len(prefix)], prefix) {
		return false
	}
	got := strings.TrimSpace(header[len(prefix):])
	return subtle.ConstantTimeCompare([]byte(got), []byte(key)) == 1
}

func (r mutationResolver) IngestArticle(ctx context.Context, input model.ArticleInput) (*model.IngestResult, error) {
	if r.apiKey == "" || r.ingester == nil {
		return nil, kg.Errorf(kg.EUNAUTHENTICATED, "ingestion is disabled on this server")
	}
	if ok, _ := ctx.Value(authKey{}).(bool); !ok {
		return nil, kg.Errorf(kg.EUNAUTHENTICATED, "ingestArticle needs the header Authorization: Bearer <API key>")
	}
	format := "text"
	if input.Format != nil {
		format = strings.ToLower(string(*input.Format))
	}
	x, wr, err := r.ingester.Ingest(ctx, kg.ArticleInput{
		Title: str(input.Title), URL: str(input.URL), Lang: str(input.Lang),
		Published: str(input.Published), Source: str(input.Source),
		Body: input.Body, Format: format,
	})
	if err != nil {
		return nil, err
	}
	if x == nil || wr == nil {
		return nil, kg.Errorf(kg.EINTERNAL, "internal error")
	}
	if wr.Status == kg.Failed {
		if wr.Err != nil {
			return nil, wr.Err
		}
		return nil, kg.Errorf(kg.EINVALID, "the article could not be stored")
	}
	changed := []*kg.Relationship{}
	if len(wr.Changed) > 0 {
		rels, err := r.store.RelationshipsByID(ctx, wr.Changed)
		if err != nil {
			return nil, err
		}
		for _, rel := range rels {
			if rel != nil {
				changed = append(changed, rel)
			}
		}
		r.broker.publish(changed)
	}
	res := &model.IngestResult{
		Article:            &x.Article,
		Status:             wr.Status,
		EntitiesAdded:      wr.EntitiesAdded,
		RelationshipsAdded: wr.RelationshipsAdded,
		Entities:           make([]*kg.Entity, len(x.Entities)),
		Extracted:          make([]*kg.Relationship, len(x.Relationships)),
		Changed:            changed,
	}
	for i := range x.Entities {
		res.Entities[i] = &x.Entities[i]
	}
	for i := range x.Relationships {
		res.Extracted[i] = &x.Relationships[i]
	}
	return res, nil
}

// ---- Subscription ----

type subscriptionResolver struct{ *resolver }

func (r subscriptionResolver) RelationshipAdded(ctx context.Context, types []kg.RelationType, entity *string) (<-chan *kg.Relationship, error) {
	return r.broker.subscribe(ctx, types, str(entity)), nil
}
