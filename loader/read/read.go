package read

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/aikg/aikg/kg"
)

// MaxFileSize is the largest input file (and API body) read, in bytes. It
// is checked before reading, so an oversized file costs nothing. 8 MiB holds
// thousands of articles in a feed or JSON Lines file; a single article is
// rarely over 100 KiB.
const MaxFileSize = 8 << 20

// MaxItems bounds the articles taken from one multi-article file, so a
// hostile feed cannot make a batch unbounded.
const MaxItems = 100_000

// Format is an input format.
type Format string

// The formats read knows.
const (
	Text     Format = "text"
	Markdown Format = "markdown"
	HTML     Format = "html"
	JSONL    Format = "jsonl"
	Feed     Format = "feed" // RSS 2.0 or Atom
)

// ErrUnknownFormat is the cause (see errors.Is) of the error for a file
// whose format read does not know; the loader skips such files instead of
// counting them as failures.
var ErrUnknownFormat = errors.New("unknown input format")

// Item is one article of a file, or why that part of the file could not
// be read.
type Item struct {
	// Where names the item for messages: "news.jsonl:3", "feed.xml item 2",
	// or the file name for single-article formats.
	Where   string
	Article kg.Article
	// Err is a *kg.Error naming Where and the reason; Article is zero then.
	Err error
}

// Result is what one file held.
type Result struct {
	Name   string
	Format Format
	// Items are in file order. Single-article formats give exactly one.
	Items []Item
}

// Articles returns the articles that were read, in file order.
func (r *Result) Articles() []kg.Article {
	var out []kg.Article
	for _, it := range r.Items {
		if it.Err == nil {
			out = append(out, it.Article)
		}
	}
	return out
}

// Errs returns the errors of the items that could not be read.
func (r *Result) Errs() []error {
	var out []error
	for _, it := range r.Items {
		if it.Err != nil {
			out = append(out, it.Err)
		}
	}
	return out
}

// FormatOf tells the format of a file from its name ("" when the extension
// is unknown; Bytes then sniffs the content).
func FormatOf(name string) Format {
	switch strings.ToLower(path.Ext(filepath.ToSlash(name))) {
	case ".txt", ".text":
		return Text
	case ".md", ".markdown":
		return Markdown
	case ".html", ".htm", ".xhtml":
		return HTML
	case ".jsonl", ".ndjson":
		return JSONL
	case ".xml", ".rss", ".atom":
		return Feed
	}
	return ""
}

// File reads one file. The error is for the file as a whole (unreadable,
// too big, not UTF-8, unknown format, nothing in it); problems with single
// lines or items of a multi-article file are in the Result's Items. The
// size is checked before reading, and a file of unknown type costs one
// small read to sniff.
func File(name string) (*Result, error) {
	return readFrom(name,
		func() (fs.FileInfo, error) { return os.Stat(name) },
		func() (io.ReadCloser, error) { return os.Open(name) })
}

// FS reads one file of fsys (an embedded corpus), like File.
func FS(fsys fs.FS, name string) (*Result, error) {
	return readFrom(name,
		func() (fs.FileInfo, error) { return fs.Stat(fsys, name) },
		func() (io.ReadCloser, error) { return fsys.Open(name) })
}

func readFrom(name string, stat func() (fs.FileInfo, error), open func() (io.ReadCloser, error)) (*Result, error) {
	st, err := stat()
	if err != nil {
		return nil, statError(name, err)
	}
	if err := checkStat(name, st); err != nil {
		return nil, err
	}
	if FormatOf(name) == "" {
		f, err := open()
		if err != nil {
			return nil, statError(name, err)
		}
		head := make([]byte, 1024)
		n, _ := io.ReadFull(f, head)
		f.Close()
		if sniff(head[:n]) == "" {
			return nil, unknownFormat(name)
		}
	}
	if st.Size() > MaxFileSize {
		return nil, tooBig(name, st.Size())
	}
	f, err := open()
	if err != nil {
		return nil, statError(name, err)
	}
	defer f.Close()
	data, err := readLimited(name, f)
	if err != nil {
		return nil, err
	}
	return Bytes(name, data)
}

func unknownFormat(name string) error {
	ext := path.Ext(filepath.ToSlash(name))
	if ext == "" {
		return kg.Wrap(kg.EINVALID, ErrUnknownFormat, "%s: unknown file type (no extension, and the content is not HTML or a feed)", name)
	}
	return kg.Wrap(kg.EINVALID, ErrUnknownFormat, "%s: unknown file type %q (known: .txt .md .markdown .html .htm .jsonl .xml .rss .atom)", name, ext)
}

func statError(name string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return kg.Wrap(kg.EINVALID, err, "%s: no such file", name)
	case errors.Is(err, fs.ErrPermission):
		return kg.Wrap(kg.EINVALID, err, "%s: permission denied", name)
	}
	return kg.Wrap(kg.EINVALID, err, "%s: cannot be read", name)
}

func checkStat(name string, st fs.FileInfo) error {
	if st.IsDir() {
		return kg.Errorf(kg.EINVALID, "%s: is a directory", name)
	}
	if !st.Mode().IsRegular() {
		return kg.Errorf(kg.EINVALID, "%s: not a regular file", name)
	}
	return nil
}

func tooBig(name string, size int64) error {
	return kg.Errorf(kg.EINVALID, "%s: too big (%d bytes; the limit is %d bytes)", name, size, MaxFileSize)
}

// readLimited reads at most one byte past the limit, so a file that grew
// after Stat is still refused without reading it all.
func readLimited(name string, r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, kg.Wrap(kg.EINVALID, err, "%s: cannot be read", name)
	}
	if len(data) > MaxFileSize {
		return nil, tooBig(name, int64(len(data)))
	}
	return data, nil
}

// Bytes reads the content of a file called name; the name's extension
// chooses the format, and content is sniffed when the extension says
// nothing (a feed or an HTML page without a known extension is still
// read).
func Bytes(name string, data []byte) (*Result, error) {
	if len(data) > MaxFileSize {
		return nil, tooBig(name, int64(len(data)))
	}
	f := FormatOf(name)
	if f == "" {
		f = sniff(data)
	}
	if f == "" {
		return nil, unknownFormat(name)
	}
	if err := checkEncoding(name, data); err != nil {
		return nil, err
	}
	res := &Result{Name: name, Format: f}
	switch f {
	case JSONL:
		items, err := readJSONL(name, data)
		if err != nil {
			return nil, err
		}
		res.Items = items
		return res, nil
	case Feed:
		items, err := readFeed(name, data)
		if err != nil {
			return nil, err
		}
		res.Items = items
		return res, nil
	}
	a, err := single(name, f, string(data), meta{})
	if err != nil {
		return nil, err
	}
	res.Items = []Item{{Where: name, Article: a}}
	return res, nil
}

// sniff recognises feeds and HTML pages by their first tag.
func sniff(data []byte) Format {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n")
	lower := bytes.ToLower(head)
	switch {
	case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.HasPrefix(lower, []byte("<html")):
		return HTML
	case bytes.HasPrefix(lower, []byte("<?xml")), bytes.HasPrefix(lower, []byte("<rss")), bytes.HasPrefix(lower, []byte("<feed")):
		if bytes.Contains(lower, []byte("<html")) {
			return HTML
		}
		return Feed
	}
	return ""
}

// checkEncoding refuses what is not UTF-8 text, saying where the first bad
// byte is, instead of guessing an encoding and storing mojibake.
func checkEncoding(name string, data []byte) error {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return kg.Errorf(kg.EINVALID, "%s: is UTF-16 encoded; only UTF-8 is read (convert the file to UTF-8)", name)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return kg.Errorf(kg.EINVALID, "%s: is a binary file (NUL byte at offset %d), not text", name, i)
	}
	if !utf8.Valid(data) {
		line, col, off := badUTF8(data)
		return kg.Errorf(kg.EINVALID, "%s: is not valid UTF-8 (bad byte 0x%02x at line %d, column %d); only UTF-8 is read (convert the file to UTF-8)", name, data[off], line, col)
	}
	return nil
}

func badUTF8(data []byte) (line, col, off int) {
	line, col = 1, 1
	for off < len(data) {
		r, n := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && n <= 1 {
			return line, col, off
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		off += n
	}
	return line, col, 0
}

// meta is what is known about an article besides its body.
type meta struct {
	Title     string `yaml:"title" json:"title"`
	URL       string `yaml:"url" json:"url"`
	Published string `yaml:"published" json:"published"`
	Lang      string `yaml:"lang" json:"lang"`
	Source    string `yaml:"source" json:"source"`
}

// single reads one article body in format f. Metadata given from outside
// (the API, a JSON Lines record) takes precedence over what the body
// carries.
func single(where string, f Format, body string, given meta) (kg.Article, error) {
	var (
		m    meta
		text string
		err  error
	)
	switch f {
	case Markdown:
		m, text, err = readMarkdown(where, body, true)
	case Text:
		m, text, err = readMarkdown(where, body, false)
	case HTML:
		m, text, err = readHTML(where, body)
	default:
		return kg.Article{}, kg.Errorf(kg.EINVALID, "%s: format %q cannot hold a single article", where, f)
	}
	if err != nil {
		return kg.Article{}, err
	}
	// Front matter is written by a person, so a bad value there is an
	// error to report; a page's meta tags are scraped, so a bad value there
	// is dropped.
	m, err = normMeta(where, m, f != HTML)
	if err != nil {
		return kg.Article{}, err
	}
	g, err := normMeta(where, given, true)
	if err != nil {
		return kg.Article{}, err
	}
	return build(where, override(m, g), text)
}

func override(m, given meta) meta {
	if given.Title != "" {
		m.Title = given.Title
	}
	if given.URL != "" {
		m.URL = given.URL
	}
	if given.Published != "" {
		m.Published = given.Published
	}
	if given.Lang != "" {
		m.Lang = given.Lang
	}
	if given.Source != "" {
		m.Source = given.Source
	}
	return m
}

// normMeta checks and normalises metadata: canonical URL, ISO date,
// language code. When strict, a value that cannot be read is an error;
// otherwise it is dropped.
func normMeta(where string, m meta, strict bool) (meta, error) {
	m.Title, m.Source = CleanLine(m.Title), CleanLine(m.Source)
	if u := strings.TrimSpace(m.URL); u != "" {
		c, err := CanonicalURL(u)
		if err != nil && strict {
			return m, kg.Wrap(kg.EINVALID, err, "%s: url %q is not an absolute http(s) URL", where, u)
		}
		m.URL = c
	}
	if p := strings.TrimSpace(m.Published); p != "" {
		d, err := NormalizeDate(p)
		if err != nil && strict {
			return m, kg.Wrap(kg.EINVALID, err, "%s: published %q is not a date (use 2025-07-15, RFC 3339 or \"July 15, 2025\")", where, p)
		}
		m.Published = d
	}
	if l := strings.TrimSpace(m.Lang); l != "" {
		code, ok := NormalizeLang(l)
		if !ok && strict {
			return m, kg.Errorf(kg.EINVALID, "%s: lang %q is not a language code (use \"ar\" or \"en\")", where, l)
		}
		m.Lang = code
	}
	return m, nil
}

// build finishes an article from normalised metadata and cleaned text: it
// detects the language when none is given and computes identity.
func build(where string, m meta, text string) (kg.Article, error) {
	if strings.TrimSpace(text) == "" {
		return kg.Article{}, kg.Errorf(kg.EINVALID, "%s: has no article text", where)
	}
	a := kg.Article{Title: m.Title, URL: m.URL, Published: m.Published, Lang: m.Lang, Source: m.Source, Text: text}
	if a.Lang == "" {
		a.Lang = DetectLang(text)
	}
	if a.Source == "" && a.URL != "" {
		a.Source = hostOf(a.URL)
	}
	a.ID, a.Hash = Identity(a.URL, a.Title, a.Text)
	return a, nil
}

// Input reads an article submitted through the API. Body is read as
// Format says ("text" when empty, "markdown", "html"); the input's fields
// override metadata found in the body.
func Input(in kg.ArticleInput) (kg.Article, error) {
	const where = "article"
	if len(in.Body) > MaxFileSize {
		return kg.Article{}, kg.Errorf(kg.ELIMIT, "article body is too big (%d bytes; the limit is %d bytes)", len(in.Body), MaxFileSize)
	}
	if !utf8.ValidString(in.Body) || !utf8.ValidString(in.Title) {
		return kg.Article{}, kg.Errorf(kg.EINVALID, "article is not valid UTF-8")
	}
	if strings.IndexByte(in.Body, 0) >= 0 {
		return kg.Article{}, kg.Errorf(kg.EINVALID, "article body contains NUL bytes; it must be text")
	}
	var f Format
	switch strings.ToLower(strings.TrimSpace(in.Format)) {
	case "", "text", "txt", "plain":
		f = Text
	case "markdown", "md":
		f = Markdown
	case "html", "htm":
		f = HTML
	default:
		return kg.Article{}, kg.Errorf(kg.EINVALID, "unknown article format %q (use text, markdown or html)", in.Format)
	}
	given := meta{Title: in.Title, URL: in.URL, Published: in.Published, Lang: in.Lang, Source: in.Source}
	return single(where, f, in.Body, given)
}

// itemError makes the error of one item of a multi-article file.
func itemError(where, format string, args ...any) error {
	return kg.Errorf(kg.EINVALID, "%s: %s", where, fmt.Sprintf(format, args...))
}

func wrapItem(where string, err error, format string, args ...any) error {
	return kg.Wrap(kg.EINVALID, err, "%s: %s", where, fmt.Sprintf(format, args...))
}
