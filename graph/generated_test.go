package graph_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/formatter"

	"github.com/aikg/aikg/graph/generated"
)

// The generated executable schema must match /schema.graphqls: a schema edit
// without `go generate ./graph/...` fails here (CI also checks that
// regenerating changes nothing).
func TestGeneratedCodeMatchesSchema(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "schema.graphqls"))
	if err != nil {
		t.Fatal(err)
	}
	want, gerr := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphqls", Input: string(src)})
	if gerr != nil {
		t.Fatalf("schema.graphqls: %v", gerr)
	}
	got := generated.NewExecutableSchema(generated.Config{}).Schema()
	format := func(s *ast.Schema) string {
		var b bytes.Buffer
		formatter.NewFormatter(&b, formatter.WithComments()).FormatSchema(s)
		return b.String()
	}
	if format(got) != format(want) {
		t.Fatal("graph/generated is stale: run go generate ./graph/...")
	}
}

// Every type, field, argument and enum value of the API is described.
func TestSchemaIsDescribed(t *testing.T) {
	s := generated.NewExecutableSchema(generated.Config{}).Schema()
	for name, def := range s.Types {
		if def.BuiltIn || len(name) > 1 && name[:2] == "__" {
			continue
		}
		if def.Description == "" {
			t.Errorf("type %s has no description", name)
		}
		for _, f := range def.Fields {
			if len(f.Name) > 1 && f.Name[:2] == "__" {
				continue
			}
			if f.Description == "" {
				t.Errorf("field %s.%s has no description", name, f.Name)
			}
			for _, a := range f.Arguments {
				if a.Description == "" {
					t.Errorf("argument %s.%s(%s) has no description", name, f.Name, a.Name)
				}
			}
		}
		for _, v := range def.EnumValues {
			if v.Description == "" {
				t.Errorf("enum value %s.%s has no description", name, v.Name)
			}
		}
	}
}
