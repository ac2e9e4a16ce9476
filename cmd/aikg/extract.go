package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader"
	"github.com/aikg/aikg/loader/eval"
	"github.com/aikg/aikg/loader/extract"
)

// extractConfig configures the extractor.
type extractConfig struct {
	gazetteer string
}

func (c *extractConfig) register(fs *flagSet) {
	fs.str(&c.gazetteer, "gazetteer", "AIKG_GAZETTEER", "", "extra gazetteer files, comma-separated, merged over the built-in one")
}

func (c *extractConfig) extractor(log *slog.Logger) (*extract.Extractor, error) {
	var files []string
	for _, f := range strings.Split(c.gazetteer, ",") {
		if f = strings.TrimSpace(f); f != "" {
			files = append(files, f)
		}
	}
	return extract.New(extract.Options{GazetteerFiles: files, Logger: log})
}

func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract", "extract [--format jsonl|text] PATH...")
	var ex extractConfig
	ex.register(fs)
	var format string
	fs.str(&format, "format", "", "text", "output format: jsonl (one relationship a line) or text")
	fs.SetOutput(stderr)
	if err := fs.parse(args); err != nil {
		return err
	}
	if format != "jsonl" && format != "text" {
		return usageErr("--format must be jsonl or text, not %q", format)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageErr("give at least one file or folder")
	}
	log := newLogger(stderr, envOr("AIKG_LOG_LEVEL", "warn"))
	x, err := ex.extractor(log)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	sum, err := loader.New(x, nil, loader.Options{Logger: log}).Extract(ctx, func(e loader.Extracted) error {
		if format == "jsonl" {
			for _, l := range eval.Lines(articleKey(e), e.Extraction) {
				if err := enc.Encode(l); err != nil {
					return err
				}
			}
			return nil
		}
		return writeText(stdout, e)
	}, fs.Args()...)
	if err != nil {
		return err
	}
	if format == "text" || len(sum.Failures)+len(sum.Skipped) > 0 {
		fmt.Fprint(stderr, sum.String())
	}
	if sum.Failed > 0 || sum.FilesFailed > 0 {
		return kg.Errorf(kg.EINVALID, "%d file(s) and %d article(s) could not be read (listed above)", sum.FilesFailed, sum.Failed)
	}
	return nil
}

// articleKey names an article in extraction output as gold files do: its
// URL when it has one, else where it was read from.
func articleKey(e loader.Extracted) string {
	if e.Extraction.Article.URL != "" {
		return e.Extraction.Article.URL
	}
	return e.Where
}

// writeText prints one article's extraction for a reader.
func writeText(w io.Writer, e loader.Extracted) error {
	x := e.Extraction
	title := x.Article.Title
	if title == "" {
		title = x.Article.ID
	}
	fmt.Fprintf(w, "== %s  [%s] %s\n", e.Where, x.Article.Lang, title)
	fmt.Fprintf(w, "   %d entities, %d relationships\n", len(x.Entities), len(x.Relationships))
	for _, l := range eval.Lines(articleKey(e), x) {
		fmt.Fprintf(w, "   %s %s %s", l.Subject, l.Relation, l.Object)
		if l.AmountUSD != nil {
			fmt.Fprintf(w, "  $%s", humanUSD(*l.AmountUSD))
			if l.Per == "year" {
				fmt.Fprint(w, "/year")
			}
		}
		if l.CapacityGW != nil {
			fmt.Fprintf(w, "  %g GW", *l.CapacityGW)
		}
		if l.Capacity != nil {
			fmt.Fprintf(w, "  %g %s", *l.Capacity, l.CapacityUnit)
		}
		if l.Stake != nil {
			fmt.Fprintf(w, "  %g%%", *l.Stake)
		}
		if l.Status != "" {
			fmt.Fprintf(w, "  %s", l.Status)
		}
		if l.Date != "" {
			fmt.Fprintf(w, "  %s", l.Date)
		}
		fmt.Fprintf(w, "  (%.2f)\n      “%s”\n", *l.Confidence, l.Evidence)
	}
	return nil
}

func humanUSD(v float64) string {
	switch {
	case v >= 1e12:
		return fmt.Sprintf("%gT", v/1e12)
	case v >= 1e9:
		return fmt.Sprintf("%gB", v/1e9)
	case v >= 1e6:
		return fmt.Sprintf("%gM", v/1e6)
	}
	return fmt.Sprintf("%g", v)
}
