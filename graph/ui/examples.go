package ui

import (
	"embed"
	"io/fs"
	"sort"
	"strings"
)

//go:embed examples/*.graphql
var examplesFS embed.FS

// Example is one of the queries GraphiQL opens with, in a tab of its own.
type Example struct {
	// Name is the file name without its order prefix and extension
	// ("who-invests-in-openai").
	Name string
	// Query is the GraphQL document, comments included, exactly as the tab
	// shows it.
	Query string
}

// Examples returns GraphiQL's example queries in tab order. Tests run them
// against a real server so that the examples keep working as the schema
// changes.
func Examples() []Example {
	paths, _ := fs.Glob(examplesFS, "examples/*.graphql")
	sort.Strings(paths)
	out := make([]Example, 0, len(paths))
	for _, p := range paths {
		b, err := examplesFS.ReadFile(p)
		if err != nil {
			continue // cannot happen: the names come from the same FS
		}
		name := strings.TrimSuffix(strings.TrimPrefix(p, "examples/"), ".graphql")
		if i := strings.IndexByte(name, '-'); i > 0 && strings.Trim(name[:i], "0123456789") == "" {
			name = name[i+1:]
		}
		out = append(out, Example{Name: name, Query: string(b)})
	}
	return out
}
