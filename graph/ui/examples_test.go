package ui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/aikg/aikg/graph/ui"
	"github.com/aikg/aikg/internal/testenv"
)

// TestExamplesValidateAgainstSchema checks every GraphiQL example against
// /schema.graphqls, so a schema change that breaks a tab fails here.
func TestExamplesValidateAgainstSchema(t *testing.T) {
	sdl, err := os.ReadFile(filepath.Join(testenv.RepoRoot(t), "schema.graphqls"))
	if err != nil {
		t.Fatalf("reading the schema: %v", err)
	}
	schema, gerr := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphqls", Input: string(sdl)})
	if gerr != nil {
		t.Fatalf("loading the schema: %v", gerr)
	}
	ex := ui.Examples()
	wantNames := []string{"who-invests-in-openai", "microsoft-neighborhood", "arabic-search", "path-mgx-microsoft"}
	if len(ex) != len(wantNames) {
		t.Fatalf("Examples() = %d examples, want %d", len(ex), len(wantNames))
	}
	wantText := []string{`entity(name: "OpenAI")`, `neighborhood(id: "microsoft", depth: 1)`, `search(query: "مايكروسوفت")`, `paths(from: "mgx", to: "microsoft")`}
	for i, e := range ex {
		if e.Name != wantNames[i] {
			t.Errorf("example %d is %q, want %q", i, e.Name, wantNames[i])
		}
		if !strings.Contains(e.Query, wantText[i]) {
			t.Errorf("example %s lacks %s", e.Name, wantText[i])
		}
		if _, errs := gqlparser.LoadQuery(schema, e.Query); len(errs) > 0 {
			t.Errorf("example %s does not validate against the schema: %v", e.Name, errs)
		}
	}
}
