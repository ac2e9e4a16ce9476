package graph

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/aikg/aikg/graph/generated"
	"github.com/aikg/aikg/graph/ui"
	"github.com/aikg/aikg/kg"
)

// readyTimeout bounds the store ping behind /readyz.
const readyTimeout = 3 * time.Second

// NewHandler returns the HTTP surface of aikg:
//
//	POST, GET /graphql   GraphQL over HTTP (GET for queries only)
//	/graphql (websocket) subscriptions and operations over graphql-transport-ws (and legacy graphql-ws)
//	/healthz             200 while the process is alive
//	/readyz              200 when the store answers Ping, else 503 with the reason
//	/                    the GraphiQL page and graph views, when cfg.Playground
//
// It fails only when cfg has no Store.
func NewHandler(cfg Config) (http.Handler, error) {
	if cfg.Store == nil {
		return nil, errors.New("graph: Config.Store is required")
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	limits := cfg.Limits.withDefaults()
	res := &resolver{
		store:    cfg.Store,
		ingester: cfg.Ingester,
		apiKey:   cfg.APIKey,
		limits:   limits,
		broker:   newBroker(log),
		log:      log,
	}
	srv := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: res, Complexity: complexityRoot()}))
	srv.AddTransport(transport.Websocket{
		// The default implementation accepts graphql-transport-ws and
		// graphql-ws, and browsers only from the same origin.
		KeepAlivePingInterval: 15 * time.Second,
		InitFunc: func(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
			if bearerMatches(p.Authorization(), cfg.APIKey) {
				ctx = withAuth(ctx, true)
			}
			return ctx, nil, nil
		},
	})
	srv.AddTransport(httpTransport{bodyLimit: limits.BodyBytes})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetErrorPresenter(presenter(log))
	srv.SetRecoverFunc(recoverer(log))
	if cfg.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(limitsExtension{limits: limits})
	srv.Use(extension.FixedComplexityLimit(limits.Complexity))
	srv.Use(loadersExtension{store: cfg.Store})

	mux := http.NewServeMux()
	gql := graphqlEndpoint(srv, cfg.APIKey, limits.Timeout)
	mux.Handle("/graphql", gql)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), readyTimeout)
		defer cancel()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if err := cfg.Store.Ping(ctx); err != nil {
			log.WarnContext(ctx, "graph: store not ready", "err", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte("not ready: " + kg.ErrorMessage(err) + "\n"))
			return
		}
		_, _ = w.Write([]byte("ready\n"))
	})
	if cfg.Playground {
		mux.Handle("/", ui.Handler(ui.Options{Endpoint: "/graphql"}))
	}
	return mux, nil
}

// graphqlEndpoint adds what every request to /graphql needs before gqlgen
// sees it: the method check, whether the API key was presented, and the
// per-request timeout (websockets live longer than one request).
func graphqlEndpoint(srv *handler.Server, apiKey string, timeout time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		isWS := r.Header.Get("Upgrade") != ""
		if !isWS && r.Method != http.MethodGet && r.Method != http.MethodPost {
			w.Header().Set("Allow", "GET, POST")
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
			w.WriteHeader(http.StatusMethodNotAllowed)
			_, _ = w.Write([]byte(`{"errors":[{"message":"use GET or POST","extensions":{"code":"BAD_USER_INPUT"}}]}`))
			return
		}
		ctx := withAuth(r.Context(), bearerMatches(r.Header.Get("Authorization"), apiKey))
		if !isWS {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(ctx, timeout)
			defer cancel()
		}
		srv.ServeHTTP(w, r.WithContext(ctx))
	})
}

// loadersExtension gives every response (and every subscription event) a
// fresh set of dataloaders.
type loadersExtension struct {
	store kg.Reader
}

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
} = loadersExtension{}

// ExtensionName implements graphql.HandlerExtension.
func (loadersExtension) ExtensionName() string { return "AikgLoaders" }

// Validate implements graphql.HandlerExtension.
func (loadersExtension) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptResponse implements graphql.ResponseInterceptor.
func (x loadersExtension) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	return next(withLoaders(ctx, newLoaders(x.store)))
}
