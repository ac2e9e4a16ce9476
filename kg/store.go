package kg

import "context"

// Every store method takes a context and returns a *Error (see ErrorCode)
// on failure: ENOTFOUND for a missing id where one thing is asked for,
// EINVALID for a bad argument (unknown enum value, bad cursor, depth out of
// range), EUNAVAILABLE when the backend cannot be reached, EINTERNAL
// otherwise. Batch lookups (…ByID) never fail for missing ids: they return
// nil in that slot, so dataloaders get results in key order. The batch
// reads (…Of) likewise answer an unknown id with an empty result in its
// slot; a bad argument fails the whole batch with EINVALID, even when ids
// is empty.

// EntityReader reads entities.
type EntityReader interface {
	// Entity returns the entity with this id.
	Entity(ctx context.Context, id string) (*Entity, error)
	// EntityByName returns the entity whose name or any alias, in any
	// language, folds (see Fold) to the same string as name; ENOTFOUND if
	// none. When several match, the one whose canonical name matches wins,
	// then the smallest id.
	EntityByName(ctx context.Context, name string) (*Entity, error)
	// EntitiesByID returns entities in the order of ids, nil where missing.
	EntitiesByID(ctx context.Context, ids []string) ([]*Entity, error)
	// Entities returns a filtered, sorted page of entities.
	Entities(ctx context.Context, q EntityQuery) (*EntityPage, error)
	// Search finds entities by name or alias with Arabic folding, prefix
	// and typo tolerance, best first.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)
}

// RelationshipReader reads relationships.
type RelationshipReader interface {
	// RelationshipsByID returns relationships in the order of ids, nil
	// where missing.
	RelationshipsByID(ctx context.Context, ids []string) ([]*Relationship, error)
	// Relationships returns a filtered, sorted page of relationships.
	Relationships(ctx context.Context, q RelationshipQuery) (*RelationshipPage, error)
	// RelationshipsOf runs q once per entity id, with Filter.EntityID set
	// to that id, and returns the pages in the order of ids. It is one
	// store round trip, for dataloaders.
	RelationshipsOf(ctx context.Context, ids []string, q RelationshipQuery) ([]*RelationshipPage, error)
	// Totals counts and sums relationships grouped by q.GroupBy, largest
	// USD first (ties by Key).
	Totals(ctx context.Context, q TotalsQuery) ([]Total, error)
	// TotalsOf runs q once per entity id, with q.EntityID set to that id,
	// and returns the rows in the order of ids (nil rows for an unknown
	// id, never ENOTFOUND). It is one store round trip, for dataloaders
	// (Entity.totals in a list).
	TotalsOf(ctx context.Context, ids []string, q TotalsQuery) ([][]Total, error)
	// RelationshipsOfArticles runs q once per article id, with
	// q.Filter.ArticleID set to that id, and returns the pages in the order
	// of ids (an empty page for an unknown id). It is one store round trip,
	// for dataloaders (Article.relationships in a list).
	RelationshipsOfArticles(ctx context.Context, ids []string, q RelationshipQuery) ([]*RelationshipPage, error)
}

// GraphReader answers graph-shaped questions, each in one round trip.
type GraphReader interface {
	// Neighborhood returns the entities within q.Depth (1..3) hops of q.ID
	// and the edges among them that pass the filter; ENOTFOUND if q.ID is
	// unknown. The centre is always Nodes[0].
	Neighborhood(ctx context.Context, q NeighborhoodQuery) (*Graph, error)
	// Subgraph returns the known entities of q.IDs (in that order) and the
	// edges among them that pass the filter.
	Subgraph(ctx context.Context, q SubgraphQuery) (*Graph, error)
	// Paths returns up to q.First shortest paths (fewest edges; ties by the
	// ids along the path) from q.From to q.To; none when they are not
	// connected within q.MaxDepth (1..5). ENOTFOUND if an end is unknown.
	Paths(ctx context.Context, q PathQuery) ([]Path, error)
}

// ArticleReader reads articles.
type ArticleReader interface {
	// Article returns the article with this id.
	Article(ctx context.Context, id string) (*Article, error)
	// ArticlesByID returns articles in the order of ids, nil where missing.
	ArticlesByID(ctx context.Context, ids []string) ([]*Article, error)
	// Articles returns a filtered page of articles, newest first.
	Articles(ctx context.Context, q ArticleQuery) (*ArticlePage, error)
	// ArticlesOf runs q once per entity id, with q.Filter.EntityID set to
	// that id, and returns the pages in the order of ids (an empty page for
	// an unknown id). It is one store round trip, for dataloaders
	// (Entity.articles in a list).
	ArticlesOf(ctx context.Context, ids []string, q ArticleQuery) ([]*ArticlePage, error)
}

// Reader is everything a store can be asked.
type Reader interface {
	EntityReader
	RelationshipReader
	GraphReader
	ArticleReader
	// Stats counts what the store holds.
	Stats(ctx context.Context) (*Stats, error)
}

// Writer writes articles' extractions.
type Writer interface {
	// Write stores each extraction atomically: an article is stored whole
	// or not at all, and replaces the evidence an earlier version of the
	// same article (same Article.ID, other Hash) gave; relationships left
	// without evidence are removed; entities are kept and their aliases
	// merged. The same version again changes nothing (Unchanged). One bad
	// extraction fails alone (its result has Status Failed and Err) and
	// the rest of the batch is written. The returned error is for the
	// batch as a whole (store unreachable, context cancelled): then each
	// result says which articles were written. When Write returns, what it
	// reports written is durable.
	Write(ctx context.Context, xs []*Extraction) ([]WriteResult, error)
}

// Store is a complete backend.
type Store interface {
	Reader
	Writer
	// Ping reports whether the store can serve requests, for /readyz.
	Ping(ctx context.Context) error
	// Close releases the store; it is safe to call once.
	Close() error
}

// ArticleInput is an article submitted for ingestion (through the API),
// before it is read and cleaned.
type ArticleInput struct {
	Title     string
	URL       string
	Lang      string
	Published string
	Source    string
	// Body is the article; Format says how to read it: "text" (default),
	// "markdown" (front matter allowed) or "html".
	Body   string
	Format string
}

// Ingester reads, extracts and stores one article, as `aikg load` does for
// a file. The GraphQL layer uses it for the ingestArticle mutation without
// knowing the loader.
type Ingester interface {
	Ingest(ctx context.Context, in ArticleInput) (*Extraction, *WriteResult, error)
}
