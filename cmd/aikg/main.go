// Command aikg builds and serves the AI-industry knowledge graph.
//
//	aikg serve    serve the GraphQL API and GraphiQL
//	aikg load     load article files into the store
//	aikg extract  print what would be loaded, without a store
//	aikg eval     score extraction against gold relations
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/aikg/aikg/kg"
)

const usage = `aikg builds a knowledge graph of the AI industry from news articles (Arabic and English) and serves it over GraphQL.

usage:
  aikg serve   [flags]            serve GraphQL on --addr (GraphiQL at /)
  aikg load    [flags] PATH...    load articles (files or folders) into the store
  aikg extract [flags] PATH...    print the relationships that would be loaded
  aikg eval    --gold FILE PATH... score extraction against gold relations

Run 'aikg COMMAND -h' for the flags of a command.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes one command and returns the process exit code: 0 on success,
// 1 on failure, 2 on a usage error.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "serve":
		err = runServe(ctx, args[1:], stderr)
	case "load":
		err = runLoad(ctx, args[1:], stdout, stderr)
	case "extract":
		err = runExtract(ctx, args[1:], stdout, stderr)
	case "eval":
		err = runEval(ctx, args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "aikg: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "aikg %s: %v\n", args[0], err)
		return 2
	default:
		fmt.Fprintf(stderr, "aikg %s: %s\n", args[0], describe(err))
		return 1
	}
}

// errUsage marks errors in how the command was called.
var errUsage = errors.New("usage")

func usageErr(format string, a ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, a...))
}

// describe turns an error into one line for the terminal: coded errors show
// their message (and cause, which on the CLI is the operator's own system),
// others as they are.
func describe(err error) string {
	var e *kg.Error
	if errors.As(err, &e) {
		if e.Err != nil {
			return fmt.Sprintf("%s (%v)", e.Message, e.Err)
		}
		return e.Message
	}
	return err.Error()
}

// newLogger logs to stderr as text, at the level given by AIKG_LOG_LEVEL
// (debug, info, warn, error; info by default).
func newLogger(stderr io.Writer, level string) *slog.Logger {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		l = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: l}))
}
