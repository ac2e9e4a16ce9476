package read_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader/read"
)

var update = flag.Bool("update", false, "rewrite the golden files in ../testdata/read/golden")

const corpus = "../testdata/read"

// goldenItem and goldenResult are what a golden file holds: the articles
// read and every error as its code and user-safe message.
type goldenItem struct {
	Where   string      `json:"where"`
	Article *kg.Article `json:"article,omitempty"`
	Error   string      `json:"error,omitempty"`
}

type goldenResult struct {
	Format string       `json:"format,omitempty"`
	Error  string       `json:"error,omitempty"`
	Items  []goldenItem `json:"items,omitempty"`
}

func errString(err error) string {
	return kg.ErrorCode(err) + ": " + kg.ErrorMessage(err)
}

// TestGolden reads every file of the test corpus and compares what it
// gives, articles and errors, with the golden file of the same name.
// Run with -update to rewrite them after a deliberate change, then review
// the diff.
func TestGolden(t *testing.T) {
	entries, err := os.ReadDir(corpus)
	if err != nil {
		t.Fatal(err)
	}
	fsys := os.DirFS(corpus)
	n := 0
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		n++
		name := e.Name()
		t.Run(name, func(t *testing.T) {
			var got goldenResult
			res, err := read.FS(fsys, name)
			if err != nil {
				got.Error = errString(err)
			} else {
				got.Format = string(res.Format)
				for _, it := range res.Items {
					gi := goldenItem{Where: it.Where}
					if it.Err != nil {
						gi.Error = errString(it.Err)
					} else {
						a := it.Article
						gi.Article = &a
					}
					got.Items = append(got.Items, gi)
				}
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(got); err != nil {
				t.Fatal(err)
			}
			b := buf.Bytes()
			golden := filepath.Join(corpus, "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, b, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("no golden file (run go test -run TestGolden -update): %v", err)
			}
			if !bytes.Equal(b, want) {
				t.Errorf("%s differs from %s (rerun with -update if the change is intended):\n%s", name, golden, diffLines(string(want), string(b)))
			}
		})
	}
	if n < 10 {
		t.Fatalf("only %d corpus files in %s", n, corpus)
	}
}

// diffLines shows the first lines that differ.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("- " + wl + "\n+ " + gl + "\n")
			if shown++; shown > 8 {
				break
			}
		}
	}
	return b.String()
}
