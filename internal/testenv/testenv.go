// Package testenv gives tests one way to find the repository, the user's
// seed article beside it, and the parts of the machine they need (Neo4j,
// Chromium, Node): a test whose part is absent skips with one line saying
// what is missing, unless the matching AIKG_REQUIRE_* variable is 1 (as in
// CI), where the skip becomes a failure.
package testenv

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// SeedName is the file name of the user's source article in shared/seed.
const SeedName = "000_e9bd1de167f1df97.txt"

// RepoRoot returns the repository root: the nearest folder above the
// working directory that holds go.mod.
func RepoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("testenv: no go.mod above the test's folder")
		}
		dir = parent
	}
}

// Need skips the test with one line, or fails it when the environment
// variable require is "1".
func Need(t testing.TB, require, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if os.Getenv(require) == "1" {
		t.Fatalf("%s (%s=1 makes this a failure)", msg, require)
		return
	}
	t.Skip(msg)
}

// Seed returns the path of the user's seed article, ../shared/seed beside
// the repository root; AIKG_SEED overrides it. Without it the test skips,
// or fails when AIKG_REQUIRE_SEED=1.
func Seed(t testing.TB) string {
	t.Helper()
	p := os.Getenv("AIKG_SEED")
	if p == "" {
		p = filepath.Join(RepoRoot(t), "..", "shared", "seed", SeedName)
	}
	if _, err := os.Stat(p); err != nil {
		Need(t, "AIKG_REQUIRE_SEED", "seed article %s is absent: skipping (it lives in ../shared beside the repository)", p)
	}
	return p
}
