package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// envOr returns the value of the environment variable name, or def when it
// is unset or empty. Flags take their defaults from it, so that an explicit
// flag always wins over the environment.
func envOr(name, def string) string {
	if v, ok := os.LookupEnv(name); ok && v != "" {
		return v
	}
	return def
}

// flagSet builds a FlagSet whose defaults may come from environment
// variables; env records which variable backs which flag, for the usage text.
type flagSet struct {
	*flag.FlagSet
	errs []string
}

func newFlagSet(name, usage string) *flagSet {
	fs := &flagSet{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError)}
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: aikg %s\n\nflags (environment variables in brackets):\n", usage)
		fs.PrintDefaults()
	}
	return fs
}

func (fs *flagSet) str(p *string, name, env, def, help string) {
	if env != "" {
		help += " [" + env + "]"
		def = envOr(env, def)
	}
	fs.StringVar(p, name, def, help)
}

func (fs *flagSet) boolean(p *bool, name, env string, def bool, help string) {
	if env != "" {
		help += " [" + env + "]"
		if v := envOr(env, ""); v != "" {
			b, err := strconv.ParseBool(v)
			if err != nil {
				fs.errs = append(fs.errs, fmt.Sprintf("%s=%q is not a boolean", env, v))
			} else {
				def = b
			}
		}
	}
	fs.BoolVar(p, name, def, help)
}

func (fs *flagSet) integer(p *int, name, env string, def int, help string) {
	if env != "" {
		help += " [" + env + "]"
		if v := envOr(env, ""); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				fs.errs = append(fs.errs, fmt.Sprintf("%s=%q is not an integer", env, v))
			} else {
				def = n
			}
		}
	}
	fs.IntVar(p, name, def, help)
}

func (fs *flagSet) duration(p *time.Duration, name, env string, def time.Duration, help string) {
	if env != "" {
		help += " [" + env + "]"
		if v := envOr(env, ""); v != "" {
			d, err := time.ParseDuration(v)
			if err != nil {
				fs.errs = append(fs.errs, fmt.Sprintf("%s=%q is not a duration", env, v))
			} else {
				def = d
			}
		}
	}
	fs.DurationVar(p, name, def, help)
}

// parse parses args and reports bad environment values as usage errors.
func (fs *flagSet) parse(args []string) error {
	if err := fs.Parse(args); err != nil {
		return err
	}
	if len(fs.errs) > 0 {
		return fmt.Errorf("%s", strings.Join(fs.errs, "; "))
	}
	return nil
}

// storeConfig selects and configures the graph store.
type storeConfig struct {
	kind     string // embedded or neo4j
	data     string
	uri      string
	user     string
	password string
	database string
}

func (c *storeConfig) register(fs *flagSet) {
	fs.str(&c.kind, "store", "AIKG_STORE", "embedded", "graph store: embedded or neo4j")
	fs.str(&c.data, "data", "AIKG_DATA", defaultDataDir(), "data directory of the embedded store")
	fs.str(&c.uri, "neo4j-uri", "NEO4J_URI", "neo4j://127.0.0.1:7687", "Neo4j URI (neo4j:// routes, for a server or a cluster)")
	fs.str(&c.user, "neo4j-user", "NEO4J_USER", "neo4j", "Neo4j user")
	fs.str(&c.password, "neo4j-password", "NEO4J_PASSWORD", "", "Neo4j password")
	fs.str(&c.database, "neo4j-database", "NEO4J_DATABASE", "neo4j", "Neo4j database")
}

// defaultDataDir is ./data under the working directory: easy to find, easy
// to delete, and what the README's commands use.
func defaultDataDir() string { return "data" }
