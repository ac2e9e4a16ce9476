package ui_test

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/aikg/aikg/internal/testenv"
)

// TestDistIsFresh rebuilds the UI from web/ into a temp dir and compares it
// with the committed dist/, so sources changed without `npm run build` fail
// here instead of shipping stale assets.
func TestDistIsFresh(t *testing.T) {
	if testing.Short() {
		t.Skip("rebuilding the UI skipped in -short mode")
	}
	web, err := filepath.Abs("web")
	if err != nil {
		t.Fatal(err)
	}
	node, err := exec.LookPath("node")
	missing := ""
	switch {
	case err != nil:
		missing = "node is not on PATH"
	default:
		if _, err := os.Stat(filepath.Join(web, "node_modules", "esbuild", "package.json")); err != nil {
			missing = "graph/ui/web/node_modules is missing"
		}
	}
	if missing != "" {
		testenv.Need(t, "AIKG_REQUIRE_NODE", "%s (install: npm ci --prefix graph/ui/web)", missing)
	}

	out := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "build.mjs")
	cmd.Dir = web
	cmd.Env = append(os.Environ(), "AIKG_UI_DIST="+out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("npm run build failed: %v\n%s", err, b)
	}

	read := func(root string) map[string][]byte {
		files := map[string][]byte{}
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := os.ReadFile(p)
			rel, _ := filepath.Rel(root, p)
			files[filepath.ToSlash(rel)] = b
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return files
	}
	built, committed := read(out), read("dist")
	for name, b := range built {
		c, ok := committed[name]
		switch {
		case !ok:
			t.Errorf("dist/%s is missing: run `npm run build` in graph/ui/web and commit dist/", name)
		case !bytes.Equal(b, c):
			t.Errorf("dist/%s differs from a fresh build: run `npm run build` in graph/ui/web and commit dist/", name)
		}
	}
	for name := range committed {
		if _, ok := built[name]; !ok {
			t.Errorf("dist/%s is not produced by the build any more: delete it", name)
		}
	}
}
