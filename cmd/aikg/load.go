package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/aikg/aikg/examples"
	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader"
)

func runLoad(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("load", "load [flags] PATH...")
	var sc storeConfig
	sc.register(fs)
	var ex extractConfig
	ex.register(fs)
	var withExamples, quiet bool
	var batch int
	fs.boolean(&withExamples, "examples", "", false, "also load the bundled example articles")
	fs.integer(&batch, "batch", "AIKG_BATCH", loader.DefaultBatchSize, "articles per store write")
	fs.boolean(&quiet, "quiet", "", false, "no progress bar")
	fs.SetOutput(stderr)
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 && !withExamples {
		fs.Usage()
		return usageErr("give at least one file or folder to load (or --examples)")
	}
	log := newLogger(stderr, envOr("AIKG_LOG_LEVEL", "warn"))
	x, err := ex.extractor(log)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, sc, log)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.Ping(ctx); err != nil {
		return err
	}

	opts := loader.Options{BatchSize: batch, Logger: log}
	bar := newProgressBar(stderr, quiet)
	opts.Progress = bar.update
	l := loader.New(x, st, opts)

	total := &loader.Summary{}
	if withExamples {
		s, err := l.LoadFS(ctx, examples.FS(), ".")
		total.Add(s)
		if err != nil {
			bar.done()
			fmt.Fprint(stdout, total.String())
			return err
		}
	}
	if fs.NArg() > 0 {
		s, err := l.Load(ctx, fs.Args()...)
		total.Add(s)
		if err != nil {
			bar.done()
			fmt.Fprint(stdout, total.String())
			return err
		}
	}
	bar.done()
	fmt.Fprint(stdout, total.String())
	if stats, err := st.Stats(ctx); err == nil {
		fmt.Fprintf(stdout, "store now holds %d entities, %d relationships, %d articles\n", stats.Entities, stats.Relationships, stats.Articles)
	}
	if total.Failed > 0 || total.FilesFailed > 0 {
		return kg.Errorf(kg.EINVALID, "%d file(s) and %d article(s) could not be loaded (listed above); the rest was loaded", total.FilesFailed, total.Failed)
	}
	return nil
}

// progressBar draws a one-line progress bar on a terminal and stays silent
// otherwise (pipes, CI logs), redrawing at most ten times a second.
type progressBar struct {
	w    io.Writer
	on   bool
	last time.Time
	seen bool
}

func newProgressBar(w io.Writer, quiet bool) *progressBar {
	f, ok := w.(*os.File)
	return &progressBar{w: w, on: !quiet && ok && term.IsTerminal(int(f.Fd()))}
}

func (b *progressBar) update(p loader.Progress) {
	if !b.on || (time.Since(b.last) < 100*time.Millisecond && p.FilesDone < p.FilesTotal) {
		return
	}
	b.last, b.seen = time.Now(), true
	const width = 30
	frac := 0.0
	if p.BytesTotal > 0 {
		frac = float64(p.BytesDone) / float64(p.BytesTotal)
	} else if p.FilesTotal > 0 {
		frac = float64(p.FilesDone) / float64(p.FilesTotal)
	}
	n := int(frac * width)
	fmt.Fprintf(b.w, "\r[%s%s] %3.0f%%  %d/%d files  %d articles  %d written ",
		strings.Repeat("=", n), strings.Repeat(" ", width-n), frac*100, p.FilesDone, p.FilesTotal, p.Articles, p.Written)
}

func (b *progressBar) done() {
	if b.on && b.seen {
		fmt.Fprintln(b.w)
	}
}
