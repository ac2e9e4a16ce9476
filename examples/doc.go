// Package examples bundles aikg's example corpus: short Arabic and English
// news articles about AI-industry deals (Markdown with YAML front matter,
// HTML pages with their navigation and footers, and a JSON Lines feed), and
// gold.jsonl, the relations a careful analyst takes from each of them.
//
// The articles were written for aikg; their facts and figures follow public
// news, their sentences are our own. They are embedded in the binary so that
// `aikg load` can seed a store and `aikg eval` can score the extractor with
// no files on disk. README.md records the annotation guidelines and the
// canonical-name decisions behind the gold file.
package examples
