package testenv_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aikg/aikg/internal/testenv"
)

// recorder is a testing.TB that records how a test would have ended.
type recorder struct {
	testing.TB
	skipped, failed string
}

func (r *recorder) Helper() {}
func (r *recorder) Skip(args ...any) {
	r.skipped = fmt.Sprint(args...)
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.failed = fmt.Sprintf(format, args...)
}

func TestNeed(t *testing.T) {
	tests := []struct {
		require      string
		skip, failed bool
	}{
		{"", true, false},
		{"0", true, false},
		{"1", false, true},
	}
	for _, tt := range tests {
		t.Setenv("AIKG_REQUIRE_TESTENV", tt.require)
		r := &recorder{TB: t}
		testenv.Need(r, "AIKG_REQUIRE_TESTENV", "widget %s is missing", "w1")
		if (r.skipped != "") != tt.skip || (r.failed != "") != tt.failed {
			t.Errorf("require=%q: skipped %q, failed %q", tt.require, r.skipped, r.failed)
		}
		if msg := r.skipped + r.failed; msg == "" || !strings.Contains(msg, "widget w1 is missing") {
			t.Errorf("require=%q: message %q does not say what is missing", tt.require, msg)
		}
	}
}

func TestRepoRootAndSeed(t *testing.T) {
	root := testenv.RepoRoot(t)
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("RepoRoot = %s, which has no go.mod", root)
	}
	seed := filepath.Join(t.TempDir(), "seed.txt")
	if err := os.WriteFile(seed, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("AIKG_SEED", seed)
	if got := testenv.Seed(t); got != seed {
		t.Errorf("Seed = %s, want the AIKG_SEED override %s", got, seed)
	}
}
