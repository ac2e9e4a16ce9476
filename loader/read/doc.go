// Package read turns input files and API submissions into clean kg.Article
// values: plain text, Markdown with YAML front matter, HTML pages, JSON Lines
// (one article a line) and RSS 2.0 / Atom feeds.
//
// Reading is strict about what it cannot trust and lenient about what it can
// repair. Text must be UTF-8 (no encoding is guessed), files are bounded by
// MaxFileSize, and every failure is a *kg.Error (code kg.EINVALID) whose
// message names the file, the line or item, and the reason. Multi-article
// files report each bad line or item on its own and still return the good
// ones.
//
// Cleaning normalises newlines and whitespace, strips invisible characters,
// keeps paragraphs apart with one blank line, and drops the site
// boilerplate that copy-pasted and scraped articles carry (related-article
// lists, comment forms, share bars, "back to top" links, photo credits).
// The boilerplate phrases, English and Arabic, are data in boilerplate.txt,
// not code.
//
// Identity: an article's ID is its canonical URL when it has one, else
// "sha256:" and the hash of its cleaned text; its Hash covers title and
// text, so an edited article keeps its ID and gets a new Hash.
package read
