package kg

// Page limits shared by every list query.
const (
	// DefaultFirst is the page size when a query gives none.
	DefaultFirst = 20
	// MaxFirst is the largest page a store will return.
	MaxFirst = 100
	// MaxNeighborhoodDepth bounds Neighborhood.
	MaxNeighborhoodDepth = 3
	// MaxPathDepth bounds Paths.
	MaxPathDepth = 5
	// DefaultGraphLimit bounds the nodes of a graph-shaped answer when the
	// query gives no limit.
	DefaultGraphLimit = 200
	// MaxGraphLimit is the largest graph-shaped answer a store returns.
	MaxGraphLimit = 2000
)

// Page asks for First items after the opaque keyset cursor After ("" for the
// first page). Cursors are only valid with the same filter and order.
type Page struct {
	First int
	After string
}

// PageInfo tells whether more items follow the page.
type PageInfo struct {
	HasNextPage bool
	EndCursor   string
}

// RelationshipFilter selects relationships. Zero fields select everything.
type RelationshipFilter struct {
	Types []RelationType
	// EntityID anchors the filter on one entity; Direction is then relative
	// to it (IN: the entity is the target).
	EntityID  string
	Direction Direction
	// CounterpartID, with EntityID, keeps relationships whose other end is
	// this entity; without EntityID, those touching it at either end.
	CounterpartID string
	Statuses      []DealStatus
	// MinUSD keeps relationships whose headline amount is at least this many
	// US dollars (a yearly amount counts one year).
	MinUSD *float64
	// Since and Until bound the headline Date, inclusive, compared as ISO
	// date prefixes ("2025" <= "2025-05" <= "2025-12-31"); relationships
	// without a date are dropped when either is set.
	Since, Until string
	// ArticleID keeps relationships that article gives evidence for.
	ArticleID string
	// Lang keeps relationships with evidence from an article in that
	// language.
	Lang          string
	MinConfidence float64
}

// RelationshipOrderField is what relationships are sorted by.
type RelationshipOrderField string

// The relationship sort keys. Relationships with no value for the key sort
// last in either direction; ties are broken by ID ascending.
const (
	RelByID         RelationshipOrderField = "ID"
	RelByDate       RelationshipOrderField = "DATE"
	RelByAmount     RelationshipOrderField = "AMOUNT" // headline USD
	RelByConfidence RelationshipOrderField = "CONFIDENCE"
)

// RelationshipOrder is a sort key and direction.
type RelationshipOrder struct {
	Field RelationshipOrderField
	Desc  bool
}

// RelationshipQuery is a filtered, sorted page of relationships.
type RelationshipQuery struct {
	Filter RelationshipFilter
	Order  RelationshipOrder
	Page
}

// RelationshipPage is one page of relationships and the total matching the
// filter.
type RelationshipPage struct {
	Items      []*Relationship
	PageInfo   PageInfo
	TotalCount int
	// Cursors[i] is the cursor of Items[i].
	Cursors []string
}

// EntityFilter selects entities. Zero fields select everything.
type EntityFilter struct {
	Kinds []EntityKind
	// RelationTypes keeps entities with at least one relationship of these
	// types in Direction (relative to the entity).
	RelationTypes []RelationType
	Direction     Direction
	// CounterpartID keeps entities related to this entity.
	CounterpartID string
	// NamePrefix keeps entities whose folded name or an alias starts with
	// the folded prefix.
	NamePrefix string
}

// EntityOrderField is what entities are sorted by.
type EntityOrderField string

// The entity sort keys; ties are broken by ID ascending.
const (
	EntByName EntityOrderField = "NAME"
	// EntByDegree counts the entity's relationships.
	EntByDegree EntityOrderField = "DEGREE"
	// EntByInvestedIn sums the headline USD of INVESTS_IN and ACQUIRES
	// relationships the entity is the target of.
	EntByInvestedIn EntityOrderField = "INVESTED_IN"
	// EntByInvestedBy sums the same where the entity is the source.
	EntByInvestedBy EntityOrderField = "INVESTED_BY"
)

// EntityOrder is a sort key and direction.
type EntityOrder struct {
	Field EntityOrderField
	Desc  bool
}

// EntityQuery is a filtered, sorted page of entities.
type EntityQuery struct {
	Filter EntityFilter
	Order  EntityOrder
	Page
}

// EntityPage is one page of entities.
type EntityPage struct {
	Items      []*Entity
	PageInfo   PageInfo
	TotalCount int
	Cursors    []string
}

// SearchQuery is a name search over names and aliases in any language.
type SearchQuery struct {
	Text  string
	Kinds []EntityKind
	First int
}

// GraphFilter restricts the edges of graph-shaped queries.
type GraphFilter struct {
	Types         []RelationType
	Since, Until  string
	MinConfidence float64
	// Limit bounds the number of nodes (DefaultGraphLimit when 0).
	Limit int
}

// NeighborhoodQuery asks for the entities within Depth hops of ID (edges
// followed in either direction) and the edges among them that pass Filter.
type NeighborhoodQuery struct {
	ID    string
	Depth int
	GraphFilter
}

// SubgraphQuery asks for the given entities and the edges among them.
type SubgraphQuery struct {
	IDs []string
	GraphFilter
}

// PathQuery asks for up to First shortest paths from From to To of at most
// MaxDepth edges, following edges of Types (all when empty) either way.
type PathQuery struct {
	From, To string
	MaxDepth int
	Types    []RelationType
	First    int
}

// ArticleFilter selects articles.
type ArticleFilter struct {
	Lang   string
	Source string
	// EntityID keeps articles that give evidence for a relationship of this
	// entity.
	EntityID string
	// Since and Until bound Published, inclusive, as ISO prefixes.
	Since, Until string
}

// ArticleQuery is a page of articles, newest Published first (ties by ID).
type ArticleQuery struct {
	Filter ArticleFilter
	Page
}

// ArticlePage is one page of articles.
type ArticlePage struct {
	Items      []*Article
	PageInfo   PageInfo
	TotalCount int
	Cursors    []string
}

// TotalsGroup is how Totals groups an entity's relationships.
type TotalsGroup string

// The groupings of Totals.
const (
	ByCounterpart TotalsGroup = "COUNTERPART"
	ByType        TotalsGroup = "TYPE"
	ByYear        TotalsGroup = "YEAR" // the first four characters of Date; "" when undated
)

// TotalsQuery sums the headline USD and counts the relationships of one
// entity (or of the whole graph when EntityID is empty).
type TotalsQuery struct {
	EntityID  string
	Direction Direction
	Types     []RelationType
	GroupBy   TotalsGroup
}

// Total is one row of Totals: the key (a counterpart id, a type, a year),
// how many relationships, and their USD sum.
type Total struct {
	Key   string  `json:"key"`
	Count int     `json:"count"`
	USD   float64 `json:"usd"`
}
