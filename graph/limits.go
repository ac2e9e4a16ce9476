package graph

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/aikg/aikg/kg"
)

// maxWalk bounds the selections the limits walk visits, so that fragments
// spread many times into each other cannot make the check itself costly.
const maxWalk = 100000

// limitsExtension rejects, after validation and before execution (so before
// any store call), operations that nest too deep, use too many aliases or
// ask for pages and graphs beyond their bounds.
type limitsExtension struct {
	limits Limits
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = limitsExtension{}

// ExtensionName implements graphql.HandlerExtension.
func (limitsExtension) ExtensionName() string { return "AikgLimits" }

// Validate implements graphql.HandlerExtension.
func (limitsExtension) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext implements graphql.OperationContextMutator.
func (x limitsExtension) MutateOperationContext(_ context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	w := walker{limits: x.limits, vars: opCtx.Variables}
	w.walk(opCtx.Operation.SelectionSet, 1)
	if w.err == nil && w.aliases > x.limits.Aliases {
		w.err = requestError(kg.ELIMIT, "the operation uses %d aliases; at most %d are allowed", w.aliases, x.limits.Aliases)
	}
	return w.err
}

type walker struct {
	limits  Limits
	vars    map[string]any
	aliases int
	visited int
	err     *gqlerror.Error
}

func (w *walker) walk(set ast.SelectionSet, depth int) {
	for _, sel := range set {
		if w.err != nil {
			return
		}
		w.visited++
		if w.visited > maxWalk {
			w.err = requestError(kg.ELIMIT, "the operation is too large")
			return
		}
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue // introspection: static data, cheap at any depth
			}
			if s.Alias != "" && s.Alias != s.Name {
				w.aliases++
			}
			if depth > w.limits.Depth {
				w.err = requestError(kg.ELIMIT, "the operation nests %d levels deep at %q; at most %d are allowed", depth, s.Name, w.limits.Depth)
				w.err.Locations = []gqlerror.Location{{Line: s.Position.Line, Column: s.Position.Column}}
				return
			}
			w.checkArgs(s)
			w.walk(s.SelectionSet, depth+1)
		case *ast.InlineFragment:
			w.walk(s.SelectionSet, depth)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				w.walk(s.Definition.SelectionSet, depth)
			}
		}
	}
}

// checkArgs applies the documented ranges of page sizes, graph depths and
// node limits.
func (w *walker) checkArgs(f *ast.Field) {
	if f.Definition == nil || len(f.Definition.Arguments) == 0 {
		return
	}
	args := f.ArgumentMap(w.vars)
	bad := func(code, format string, a ...any) {
		w.err = requestError(code, format, a...)
		w.err.Locations = []gqlerror.Location{{Line: f.Position.Line, Column: f.Position.Column}}
	}
	if n, ok := intArg(args, "first"); ok {
		switch {
		case n > w.limits.First:
			bad(kg.ELIMIT, "%s: first is %d; at most %d items can be asked for at once", f.Name, n, w.limits.First)
		case n < 1:
			bad(kg.EINVALID, "%s: first must be at least 1, got %d", f.Name, n)
		}
	}
	if n, ok := intArg(args, "limit"); ok && (n < 1 || n > kg.MaxGraphLimit) {
		bad(kg.EINVALID, "%s: limit must be between 1 and %d, got %d", f.Name, kg.MaxGraphLimit, n)
	}
	if n, ok := intArg(args, "depth"); ok && (n < 1 || n > kg.MaxNeighborhoodDepth) {
		bad(kg.EINVALID, "%s: depth must be between 1 and %d, got %d", f.Name, kg.MaxNeighborhoodDepth, n)
	}
	if n, ok := intArg(args, "maxDepth"); ok && (n < 1 || n > kg.MaxPathDepth) {
		bad(kg.EINVALID, "%s: maxDepth must be between 1 and %d, got %d", f.Name, kg.MaxPathDepth, n)
	}
	if ids, ok := args["ids"].([]any); ok && len(ids) > kg.MaxGraphLimit {
		bad(kg.ELIMIT, "%s: at most %d ids can be asked for at once, got %d", f.Name, kg.MaxGraphLimit, len(ids))
	}
}

// intArg reads an Int argument, whether it came as a literal or through a
// variable.
func intArg(args map[string]any, name string) (int, bool) {
	switch v := args[name].(type) {
	case int:
		return v, true
	case int64:
		return int(v), true
	case int32:
		return int(v), true
	case float64:
		return int(v), true
	case json.Number:
		n, err := v.Int64()
		return int(n), err == nil
	}
	return 0, false
}
