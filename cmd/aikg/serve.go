package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/aikg/aikg/examples"
	"github.com/aikg/aikg/graph"
	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader"
)

func runServe(ctx context.Context, args []string, stderr io.Writer) error {
	fs := newFlagSet("serve", "serve [flags]")
	var sc storeConfig
	sc.register(fs)
	var ex extractConfig
	ex.register(fs)
	var addr, apiKey, logLevel string
	var withExamples, introspection, playground bool
	lim := graph.DefaultLimits()
	fs.str(&addr, "addr", "AIKG_ADDR", "127.0.0.1:8080", "listen address")
	fs.boolean(&withExamples, "examples", "AIKG_EXAMPLES", true, "load the bundled example articles into an empty store at start")
	fs.str(&apiKey, "api-key", "AIKG_API_KEY", "", "enables the ingestArticle mutation for requests with 'Authorization: Bearer <key>'")
	fs.boolean(&introspection, "introspection", "AIKG_INTROSPECTION", true, "allow GraphQL introspection (GraphiQL needs it)")
	fs.boolean(&playground, "playground", "AIKG_PLAYGROUND", true, "serve GraphiQL and the graph view on /")
	fs.integer(&lim.Depth, "max-depth", "AIKG_MAX_DEPTH", lim.Depth, "deepest field nesting of a query")
	fs.integer(&lim.Aliases, "max-aliases", "AIKG_MAX_ALIASES", lim.Aliases, "most aliased fields in a query")
	fs.integer(&lim.Complexity, "max-complexity", "AIKG_MAX_COMPLEXITY", lim.Complexity, "highest query complexity (list fields weigh their page size)")
	fs.integer(&lim.First, "max-first", "AIKG_MAX_FIRST", lim.First, "largest page size (first)")
	var body int
	fs.integer(&body, "max-body", "AIKG_MAX_BODY", int(lim.BodyBytes), "largest request body in bytes (larger: HTTP 413)")
	fs.duration(&lim.Timeout, "timeout", "AIKG_TIMEOUT", lim.Timeout, "time limit of one request")
	fs.str(&logLevel, "log-level", "AIKG_LOG_LEVEL", "info", "debug, info, warn or error")
	fs.SetOutput(stderr)
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageErr("serve takes no arguments (got %q)", fs.Args())
	}
	lim.BodyBytes = int64(body)
	log := newLogger(stderr, logLevel)

	x, err := ex.extractor(log)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, sc, log)
	if err != nil {
		return err
	}
	defer st.Close()
	l := loader.New(x, st, loader.Options{Logger: log})

	h, err := graph.NewHandler(graph.Config{
		Store:         st,
		Ingester:      l,
		APIKey:        apiKey,
		Limits:        lim,
		Introspection: introspection,
		Playground:    playground,
		Logger:        log,
	})
	if err != nil {
		return err
	}
	if withExamples {
		// The embedded store is ready now: load before listening so the
		// first query sees the examples. Neo4j may still be starting:
		// load in the background once it answers.
		if st.Ping(ctx) == nil {
			seedExamples(ctx, st, l, log)
		} else {
			go func() {
				for ctx.Err() == nil {
					if st.Ping(ctx) == nil {
						seedExamples(ctx, st, l, log)
						return
					}
					select {
					case <-ctx.Done():
					case <-time.After(2 * time.Second):
					}
				}
			}()
		}
	}

	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return kg.Wrap(kg.EUNAVAILABLE, err, "cannot listen on %s", addr)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	where := fmt.Sprintf("http://%s/", ln.Addr())
	log.Info("aikg serving", "graphiql", where, "graphql", where+"graphql", "store", sc.kind)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// seedExamples loads the bundled examples into a store that holds no
// articles yet, so a first start shows a useful graph and later starts
// leave the operator's data alone.
func seedExamples(ctx context.Context, st kg.Store, l *loader.Loader, log *slog.Logger) {
	stats, err := st.Stats(ctx)
	if err != nil {
		log.Warn("examples not loaded", "err", err)
		return
	}
	if stats.Articles > 0 {
		return
	}
	s, err := l.LoadFS(ctx, examples.FS(), ".")
	if err != nil {
		log.Warn("examples not loaded", "err", err)
		return
	}
	log.Info("loaded the bundled examples", "articles", s.Articles, "relationships", s.RelationshipsAdded, "entities", s.EntitiesAdded)
}
