package kg

// Entity is one node of the graph: a company, person, project, product or
// place. One real-world thing is one Entity whatever language or spelling
// the articles use; its spellings are its Aliases.
type Entity struct {
	// ID is stable: the slug of the canonical English name ("openai").
	ID string `json:"id"`
	// Name is the canonical English name ("OpenAI").
	Name string     `json:"name"`
	Kind EntityKind `json:"kind"`
	// Aliases are every other spelling seen, in any language, sorted and
	// without duplicates ("Open AI", "أوبن إيه آي").
	Aliases []string `json:"aliases,omitempty"`
	// WikidataID is the entity's Wikidata Q-id when the gazetteer knows it.
	WikidataID string `json:"wikidata,omitempty"`
}

// Money is an amount of money as an article states it, with its value in US
// dollars when the currency has a known rate.
type Money struct {
	Value    float64  `json:"value"`
	Currency string   `json:"currency"` // ISO 4217: USD, EUR, AED, SAR, ...
	USD      *float64 `json:"usd,omitempty"`
}

// Quantity is a measured capacity: gigawatts of compute, numbers of GPUs.
type Quantity struct {
	Value float64 `json:"value"`
	Unit  string  `json:"unit"` // GW, MW, GPUs
}

// Figures are the facts one piece of evidence gives about a relationship,
// and, merged over all its evidence, the relationship's headline.
type Figures struct {
	Amount   *Money    `json:"amount,omitempty"`
	Capacity *Quantity `json:"capacity,omitempty"`
	Period   Period    `json:"period,omitempty"`
	// Stake is an ownership share in percent (49 for 49%).
	Stake  *float64   `json:"stake,omitempty"`
	Status DealStatus `json:"status,omitempty"`
	// Date is an ISO date, as precise as the article is: YYYY, YYYY-MM or
	// YYYY-MM-DD.
	Date string `json:"date,omitempty"`
	// Confidence is in (0, 1].
	Confidence float64 `json:"confidence"`
}

// Evidence is one article's assertion of a relationship: the sentence that
// says it, where it stands in the article's text, and the figures it gives.
type Evidence struct {
	ArticleID string `json:"article"`
	Sentence  string `json:"sentence"`
	// Start and End are offsets in runes (Unicode code points) into the
	// article's Text, End exclusive, so that Text[Start:End] (as runes) is
	// Sentence.
	Start int `json:"start"`
	End   int `json:"end"`
	Figures
}

// Relationship is one edge of the graph. Its identity is (Source, Type,
// Target): two articles asserting the same fact give one Relationship with
// two Evidence. The embedded Figures are the headline, derived from Evidence
// by Headline; stores recompute it whenever evidence changes.
type Relationship struct {
	ID       string       `json:"id"`
	Type     RelationType `json:"type"`
	SourceID string       `json:"source"`
	TargetID string       `json:"target"`
	Figures
	// Evidence is sorted by ArticleID, then Start.
	Evidence []Evidence `json:"evidence"`
}

// Article is one news article that was loaded.
type Article struct {
	// ID is the canonical URL when known, else "sha256:" and the hash of
	// the normalised text.
	ID    string `json:"id"`
	Title string `json:"title,omitempty"`
	URL   string `json:"url,omitempty"`
	// Lang is the ISO 639-1 code ("ar", "en").
	Lang string `json:"lang,omitempty"`
	// Published is an ISO date (YYYY-MM-DD) or date-time.
	Published string `json:"published,omitempty"`
	Source    string `json:"source,omitempty"`
	// Hash identifies the content ("sha256:..."); loading an article whose
	// ID is stored with the same Hash changes nothing.
	Hash string `json:"hash"`
	// Text is the cleaned article text that Evidence offsets point into.
	Text string `json:"text,omitempty"`
}

// Extraction is what the loader found in one article. A store writes it
// whole or not at all, and replaces whatever that article asserted before.
type Extraction struct {
	Article Article `json:"article"`
	// Entities are every entity the article mentions; those that
	// Relationships refer to must be among them.
	Entities []Entity `json:"entities"`
	// Relationships carry only Evidence from Article; their ID and headline
	// are (re)computed by the store.
	Relationships []Relationship `json:"relationships"`
}

// WriteStatus says what writing one article did.
type WriteStatus string

// The outcomes of writing one article.
const (
	Created   WriteStatus = "CREATED"   // the article was new
	Updated   WriteStatus = "UPDATED"   // an earlier version was replaced
	Unchanged WriteStatus = "UNCHANGED" // the same version was already stored
	Failed    WriteStatus = "FAILED"    // nothing was written; see Err
)

// WriteResult reports the writing of one article of a batch.
type WriteResult struct {
	ArticleID string      `json:"article"`
	Status    WriteStatus `json:"status"`
	// EntitiesAdded and RelationshipsAdded count what did not exist before.
	EntitiesAdded      int `json:"entitiesAdded"`
	RelationshipsAdded int `json:"relationshipsAdded"`
	// Changed lists the ids of relationships added or whose evidence
	// changed, sorted; live subscriptions are fed from it.
	Changed []string `json:"changed,omitempty"`
	// Err is why the article failed (Status == Failed); a *Error.
	Err error `json:"-"`
}

// Graph is a set of entities and the relationships among them.
type Graph struct {
	Nodes []*Entity       `json:"nodes"`
	Edges []*Relationship `json:"edges"`
}

// Path is a chain of relationships from one entity to another: Nodes has
// one more element than Edges, and Edges[i] joins Nodes[i] and Nodes[i+1]
// in either direction.
type Path struct {
	Nodes []*Entity       `json:"nodes"`
	Edges []*Relationship `json:"edges"`
}

// SearchHit is one entity found by a name search, with its score (higher is
// better).
type SearchHit struct {
	Entity *Entity `json:"entity"`
	Score  float64 `json:"score"`
}

// Count is a number of things under a key (an entity kind, a relation type).
type Count struct {
	Key   string `json:"key"`
	Count int    `json:"count"`
}

// Stats counts what the store holds.
type Stats struct {
	Entities      int `json:"entities"`
	Relationships int `json:"relationships"`
	Articles      int `json:"articles"`
	// ByKind and ByType are sorted by Key and list only non-zero counts.
	ByKind []Count `json:"byKind"`
	ByType []Count `json:"byType"`
}

// USD is the headline amount in US dollars, if the figures have one with a
// known rate. Yearly amounts count one year.
func (f Figures) USD() (float64, bool) {
	if f.Amount == nil || f.Amount.USD == nil {
		return 0, false
	}
	return *f.Amount.USD, true
}
