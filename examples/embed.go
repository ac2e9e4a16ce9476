package examples

import (
	"bytes"
	"embed"
	"io/fs"
)

//go:embed articles
var articles embed.FS

//go:embed gold.jsonl
var gold []byte

// Dir is the folder of the embedded tree that holds the articles; FS is
// rooted there, so file names in FS are the article file names.
const Dir = "articles"

// FS returns the example articles, rooted at their folder ("en-….md",
// "ar-….html", "wire-feed.jsonl"). It is read-only and safe for concurrent
// use.
func FS() fs.FS {
	sub, err := fs.Sub(articles, Dir)
	if err != nil {
		// fs.Sub only fails on an invalid path, and Dir is a constant.
		panic(err)
	}
	return sub
}

// Gold returns the gold relations of the examples as JSON Lines (see the
// team conventions: article, subject, relation, object and the optional
// figures). Each call returns a fresh copy the caller may modify.
func Gold() []byte { return bytes.Clone(gold) }

// Files returns the names of the example article files in FS, sorted.
func Files() []string {
	ents, err := fs.ReadDir(FS(), ".")
	if err != nil {
		panic(err) // an embedded directory always reads
	}
	out := make([]string, 0, len(ents))
	for _, e := range ents {
		if !e.IsDir() {
			out = append(out, e.Name())
		}
	}
	return out
}
