package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/aikg/aikg/kg"
)

// gqlgen's own code for an operation over the complexity limit; presented
// as LIMIT_EXCEEDED like every other limit.
const gqlgenComplexityCode = "COMPLEXITY_LIMIT_EXCEEDED"

// presenter turns any error into a GraphQL error with a user-safe message and
// extensions.code. Coded kg errors keep their message and code; plain
// GraphQL errors (parse, validation, limits) keep their message; anything
// else becomes INTERNAL with a generic message, its cause logged.
func presenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		out := graphql.DefaultErrorPresenter(ctx, err)
		var ke *kg.Error
		switch {
		case errors.As(err, &ke):
			out = clone(out)
			out.Message = ke.Message
			setCode(out, ke.Code)
			if ke.Code == kg.EINTERNAL || ke.Code == kg.EUNAVAILABLE {
				log.ErrorContext(ctx, "graphql: request failed", "code", ke.Code, "path", out.Path.String(), "err", err)
			}
		case errors.Is(err, context.DeadlineExceeded):
			out = clone(out)
			out.Message = "the request took too long and was stopped"
			setCode(out, kg.ELIMIT)
		case errors.Is(err, context.Canceled):
			out = clone(out)
			out.Message = "the request was cancelled"
			setCode(out, kg.EUNAVAILABLE)
		case out.Err == nil:
			// A GraphQL error made by gqlgen, gqlparser or our limits: its
			// message is about the request, so it is safe to show.
			code, _ := out.Extensions["code"].(string)
			switch code {
			case "":
				setCode(out, kg.EINVALID)
			case gqlgenComplexityCode:
				setCode(out, kg.ELIMIT)
			}
		default:
			log.ErrorContext(ctx, "graphql: internal error", "path", out.Path.String(), "err", err)
			out = clone(out)
			out.Message = "internal error"
			setCode(out, kg.EINTERNAL)
		}
		return out
	}
}

// clone copies a presented error so that rewriting its message never
// touches an error value shared with the caller.
func clone(e *gqlerror.Error) *gqlerror.Error {
	c := *e
	c.Err = nil
	c.Extensions = make(map[string]any, len(e.Extensions)+1)
	for k, v := range e.Extensions {
		c.Extensions[k] = v
	}
	return &c
}

func setCode(e *gqlerror.Error, code string) {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = code
}

// recoverer logs a panic in a resolver with its stack and answers INTERNAL.
func recoverer(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "graphql: panic", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		return kg.Errorf(kg.EINTERNAL, "internal error")
	}
}

// requestError is a GraphQL error about the request itself, with a code.
func requestError(code, format string, args ...any) *gqlerror.Error {
	e := gqlerror.Errorf(format, args...)
	setCode(e, code)
	return e
}
