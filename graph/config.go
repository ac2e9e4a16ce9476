package graph

import (
	"log/slog"
	"time"

	"github.com/aikg/aikg/kg"
)

// Config is everything NewHandler needs. Store is required; the rest have
// safe defaults (zero Limits fields take DefaultLimits' values).
type Config struct {
	// Store serves every query.
	Store kg.Store
	// Ingester runs the ingestArticle mutation; without it (or without
	// APIKey) the mutation answers UNAUTHENTICATED.
	Ingester kg.Ingester
	// APIKey enables ingestArticle for requests that send
	// "Authorization: Bearer <APIKey>". Empty disables writes.
	APIKey string
	// Limits bound what one request may cost.
	Limits Limits
	// Introspection allows __schema and __type queries (GraphiQL needs it).
	Introspection bool
	// Playground serves the GraphiQL page and graph views on "/".
	Playground bool
	// Logger receives causes of internal errors and recovered panics;
	// slog.Default() when nil.
	Logger *slog.Logger
}

// Limits bound the cost of one request; each rejection happens before any
// store call and carries extensions.code LIMIT_EXCEEDED (or
// BAD_USER_INPUT for an argument out of its documented range).
type Limits struct {
	// Depth is the deepest field nesting allowed ({ a { b } } is 2).
	Depth int
	// Aliases is the most aliased fields one operation may have.
	Aliases int
	// Complexity is the most an operation may cost; list fields cost their
	// page size (first, limit) times what they select.
	Complexity int
	// First is the largest page size (at most kg.MaxFirst).
	First int
	// BodyBytes is the largest request body; larger ones get HTTP 413.
	BodyBytes int64
	// Timeout bounds the handling of one HTTP request.
	Timeout time.Duration
}

// DefaultLimits are the limits used for zero fields of Config.Limits.
func DefaultLimits() Limits {
	return Limits{
		Depth:      10,
		Aliases:    20,
		Complexity: 10000,
		First:      kg.MaxFirst,
		BodyBytes:  1 << 20,
		Timeout:    30 * time.Second,
	}
}

// withDefaults fills zero fields from DefaultLimits and caps First at what
// stores accept.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	if l.Depth <= 0 {
		l.Depth = d.Depth
	}
	if l.Aliases <= 0 {
		l.Aliases = d.Aliases
	}
	if l.Complexity <= 0 {
		l.Complexity = d.Complexity
	}
	if l.First <= 0 || l.First > kg.MaxFirst {
		l.First = d.First
	}
	if l.BodyBytes <= 0 {
		l.BodyBytes = d.BodyBytes
	}
	if l.Timeout <= 0 {
		l.Timeout = d.Timeout
	}
	return l
}
