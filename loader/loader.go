package loader

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"runtime"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader/read"
)

// Extractor finds entities and relationships in one article; package
// loader/extract implements it. It must be safe for concurrent use: the
// loader calls it from several workers at once.
type Extractor interface {
	Extract(a *kg.Article) *kg.Extraction
}

// DefaultBatchSize is how many articles go to the store in one Write when
// Options.BatchSize is 0: large enough to amortise a transaction, small
// enough that a failed batch loses little.
const DefaultBatchSize = 64

// Options tune a Loader. The zero value is usable.
type Options struct {
	// BatchSize is the number of articles per Write (DefaultBatchSize
	// when 0).
	BatchSize int
	// Workers is the number of files read and articles extracted at once
	// (GOMAXPROCS when 0).
	Workers int
	// Logger gets a line per skipped or failed file and article (nothing
	// is logged when nil).
	Logger *slog.Logger
	// Progress, when set, is called after each file is read and after each
	// batch is written, always from one goroutine at a time, so a command
	// can draw a progress bar.
	Progress func(Progress)
}

// Progress is how far a load has got.
type Progress struct {
	FilesDone, FilesTotal int
	BytesDone, BytesTotal int64
	// Articles counts the articles read and extracted so far; Written
	// those the store has acknowledged (whatever their status).
	Articles, Written int
	// Path is the file read last.
	Path string
}

// Loader runs the pipeline read → extract → write.
type Loader struct {
	x    Extractor
	w    kg.Writer
	opts Options
	log  *slog.Logger
}

// New makes a Loader. w may be nil for a loader that only extracts (the
// Extract methods); Load, LoadFS and Ingest need it.
func New(x Extractor, w kg.Writer, opts Options) *Loader {
	if opts.BatchSize <= 0 {
		opts.BatchSize = DefaultBatchSize
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Loader{x: x, w: w, opts: opts, log: log}
}

// Extracted is one article's extraction, as the Extract methods hand it
// over.
type Extracted struct {
	// Path is the file the article came from; Where names the article in
	// it ("news.jsonl:3", "feed.xml item 2", or the path).
	Path, Where string
	Extraction  *kg.Extraction
}

// Load reads, extracts and writes every article in paths (files, and
// folders walked recursively in name order, hidden entries skipped). The
// error is only for a load that stopped: the store failed a whole batch
// or ctx was cancelled; the Summary then lists what was not written.
func (l *Loader) Load(ctx context.Context, paths ...string) (*Summary, error) {
	if err := l.needWriter(); err != nil {
		return nil, err
	}
	return l.run(ctx, listOS(paths), nil)
}

// LoadFS is Load over a file system such as an embedded corpus; root is
// a file or folder in fsys ("." for all of it).
func (l *Loader) LoadFS(ctx context.Context, fsys fs.FS, root string) (*Summary, error) {
	if err := l.needWriter(); err != nil {
		return nil, err
	}
	return l.run(ctx, listFS(fsys, root), nil)
}

// Extract reads and extracts every article in paths like Load, without
// writing: fn gets each extraction in input order (from one goroutine at a
// time). An error from fn stops the run and is returned.
func (l *Loader) Extract(ctx context.Context, fn func(Extracted) error, paths ...string) (*Summary, error) {
	if l.x == nil {
		return nil, kg.Errorf(kg.EINTERNAL, "loader has no extractor")
	}
	return l.run(ctx, listOS(paths), fn)
}

// ExtractFS is Extract over a file system.
func (l *Loader) ExtractFS(ctx context.Context, fsys fs.FS, root string, fn func(Extracted) error) (*Summary, error) {
	if l.x == nil {
		return nil, kg.Errorf(kg.EINTERNAL, "loader has no extractor")
	}
	return l.run(ctx, listFS(fsys, root), fn)
}

func (l *Loader) needWriter() error {
	if l.w == nil {
		return kg.Errorf(kg.EINTERNAL, "loader has no store to write to")
	}
	if l.x == nil {
		return kg.Errorf(kg.EINTERNAL, "loader has no extractor")
	}
	return nil
}

// extract runs the extractor on one article and checks its output, so a
// broken extraction fails that article alone instead of its whole batch.
func (l *Loader) extract(a *kg.Article) (x *kg.Extraction, err error) {
	defer func() {
		if p := recover(); p != nil {
			x, err = nil, kg.Wrap(kg.EINTERNAL, fmt.Errorf("panic: %v", p), "extraction failed")
		}
	}()
	if l.x == nil {
		return nil, kg.Errorf(kg.EINTERNAL, "loader has no extractor")
	}
	x = l.x.Extract(a)
	if x == nil {
		return nil, kg.Errorf(kg.EINTERNAL, "extraction gave nothing")
	}
	if x.Article.ID == "" {
		x.Article = *a
	}
	if err := kg.Prepare(x); err != nil {
		return nil, kg.Wrap(kg.EINTERNAL, err, "extraction is invalid: %s", kg.ErrorMessage(err))
	}
	return x, nil
}

// Ingest reads one submitted article (read.Input), extracts and writes
// it: kg.Ingester for the GraphQL ingestArticle mutation. A bad article is
// EINVALID; a store failure keeps the store's code.
func (l *Loader) Ingest(ctx context.Context, in kg.ArticleInput) (*kg.Extraction, *kg.WriteResult, error) {
	if err := l.needWriter(); err != nil {
		return nil, nil, err
	}
	a, err := read.Input(in)
	if err != nil {
		return nil, nil, err
	}
	x, err := l.extract(&a)
	if err != nil {
		return nil, nil, err
	}
	res, err := l.w.Write(ctx, []*kg.Extraction{x})
	if err != nil && !(len(res) == 1 && written(res[0].Status)) {
		return x, nil, storeError(err)
	}
	if len(res) != 1 {
		return x, nil, kg.Errorf(kg.EINTERNAL, "store reported %d results for one article", len(res))
	}
	r := res[0]
	if r.Status == kg.Failed {
		if r.Err == nil {
			r.Err = kg.Errorf(kg.EINTERNAL, "store failed the article without a reason")
		}
		return x, &r, r.Err
	}
	return x, &r, nil
}

// storeError keeps a store's coded error and codes any other as
// unavailable.
func storeError(err error) error {
	var e *kg.Error
	if errors.As(err, &e) {
		return err
	}
	return kg.Wrap(kg.EUNAVAILABLE, err, "the store could not be written")
}

var _ kg.Ingester = (*Loader)(nil)

// written reports whether the store acknowledged an article.
func written(s kg.WriteStatus) bool {
	return s == kg.Created || s == kg.Updated || s == kg.Unchanged
}
