package kg

// EntityKind is what sort of thing an entity is. The values double as the
// GraphQL enum values and, through Label, as Neo4j labels; labels therefore
// only ever come from this closed set, never from user input.
type EntityKind string

// The entity kinds aikg knows.
const (
	Organization EntityKind = "ORGANIZATION"
	Person       EntityKind = "PERSON"
	Project      EntityKind = "PROJECT"
	Product      EntityKind = "PRODUCT"
	Place        EntityKind = "PLACE"
)

// EntityKinds lists every EntityKind in a stable order.
var EntityKinds = []EntityKind{Organization, Person, Project, Product, Place}

// Valid reports whether k is one of EntityKinds.
func (k EntityKind) Valid() bool {
	for _, v := range EntityKinds {
		if v == k {
			return true
		}
	}
	return false
}

// Label is the Neo4j node label for the kind (e.g. "Organization").
func (k EntityKind) Label() string {
	switch k {
	case Organization:
		return "Organization"
	case Person:
		return "Person"
	case Project:
		return "Project"
	case Product:
		return "Product"
	case Place:
		return "Place"
	}
	return ""
}

// RelationType is the type of a relationship between two entities. It doubles
// as the Neo4j relationship type, so it must come from this closed set.
type RelationType string

// The relationship types aikg extracts. The subject is the source, the object
// the target: Microsoft INVESTS_IN OpenAI, OpenAI ACQUIRES Windsurf, Oracle
// SUPPLIES_COMPUTE OpenAI, Abu Dhabi's sovereign fund OWNS MGX (the owner is
// the source), Sam Altman LEADS OpenAI, OpenAI OPERATES Stargate, OpenAI
// LOCATED_IN United States.
const (
	InvestsIn       RelationType = "INVESTS_IN"
	Acquires        RelationType = "ACQUIRES"
	SuppliesCompute RelationType = "SUPPLIES_COMPUTE"
	PartnersWith    RelationType = "PARTNERS_WITH"
	Owns            RelationType = "OWNS"
	Leads           RelationType = "LEADS"
	Operates        RelationType = "OPERATES"
	CompetesWith    RelationType = "COMPETES_WITH"
	LocatedIn       RelationType = "LOCATED_IN"
)

// RelationTypes lists every RelationType in a stable order.
var RelationTypes = []RelationType{InvestsIn, Acquires, SuppliesCompute, PartnersWith, Owns, Leads, Operates, CompetesWith, LocatedIn}

// Valid reports whether t is one of RelationTypes.
func (t RelationType) Valid() bool {
	for _, v := range RelationTypes {
		if v == t {
			return true
		}
	}
	return false
}

// Symmetric reports whether the relation reads the same both ways
// (PARTNERS_WITH, COMPETES_WITH). Symmetric relationships are stored with the
// smaller entity id as source so that "A partners with B" and "B partners with
// A" are one relationship.
func (t RelationType) Symmetric() bool {
	return t == PartnersWith || t == CompetesWith
}

// Period says whether an amount is paid once or every year.
type Period string

// The periods of an amount.
const (
	Once Period = "ONCE"
	Year Period = "YEAR"
)

// Valid reports whether p is a known period or empty (unknown).
func (p Period) Valid() bool { return p == "" || p == Once || p == Year }

// DealStatus is how far a relationship has got, as the evidence tells it.
type DealStatus string

// The deal statuses, from least to most settled; Blocked ends a deal.
const (
	Talks     DealStatus = "TALKS"
	Announced DealStatus = "ANNOUNCED"
	Agreed    DealStatus = "AGREED"
	Completed DealStatus = "COMPLETED"
	Blocked   DealStatus = "BLOCKED"
)

// DealStatuses lists every DealStatus in a stable order.
var DealStatuses = []DealStatus{Talks, Announced, Agreed, Completed, Blocked}

// Valid reports whether s is a known status or empty (unknown).
func (s DealStatus) Valid() bool {
	if s == "" {
		return true
	}
	for _, v := range DealStatuses {
		if v == s {
			return true
		}
	}
	return false
}

// Direction selects relationships by which end an entity is on.
type Direction string

// The directions: IN (the entity is the target), OUT (the source), BOTH.
const (
	In   Direction = "IN"
	Out  Direction = "OUT"
	Both Direction = "BOTH"
)

// Valid reports whether d is a known direction or empty (meaning BOTH).
func (d Direction) Valid() bool { return d == "" || d == In || d == Out || d == Both }
