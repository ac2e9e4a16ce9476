package eval

import (
	"context"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/aikg/aikg/examples"
	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader"
)

// Run reads every article in paths (files, and folders walked as `aikg
// load` walks them) with the loader's reader, extracts it with x and
// scores the result against gold. Articles are keyed by URL, else by file
// name relative to the folder given in paths (a file given directly: its
// base name). Files or articles that cannot be read or extracted are listed
// in Report.Failures and do not stop the run; the error is for a run that
// stopped (ctx cancelled).
func Run(ctx context.Context, gold []Gold, x loader.Extractor, paths ...string) (*Report, error) {
	if x == nil {
		return nil, kg.Errorf(kg.EINTERNAL, "eval needs an extractor")
	}
	roots := make([]string, len(paths))
	for i, p := range paths {
		roots[i] = filepath.Clean(p)
	}
	keyer := func(p string) string { return relKey(roots, p) }
	return run(ctx, gold, func(fn func(loader.Extracted) error) (*loader.Summary, error) {
		return loader.New(x, nil, loader.Options{}).Extract(ctx, fn, paths...)
	}, keyer)
}

// RunFile is Run with the gold read from a file: the whole of `aikg eval
// --gold FILE PATH...` in one call.
func RunFile(ctx context.Context, goldFile string, x loader.Extractor, paths ...string) (*Report, error) {
	gold, err := ReadGoldFile(goldFile)
	if err != nil {
		return nil, err
	}
	return Run(ctx, gold, x, paths...)
}

// RunFS is Run over a file system such as an embedded corpus; root is a
// file or folder in fsys ("." for all of it), and article keys without a
// URL are relative to it.
func RunFS(ctx context.Context, gold []Gold, x loader.Extractor, fsys fs.FS, root string) (*Report, error) {
	if x == nil {
		return nil, kg.Errorf(kg.EINTERNAL, "eval needs an extractor")
	}
	if root == "" {
		root = "."
	}
	root = path.Clean(root)
	keyer := func(p string) string {
		if root == "." {
			return p
		}
		if p == root {
			return path.Base(p)
		}
		return strings.TrimPrefix(p, root+"/")
	}
	return run(ctx, gold, func(fn func(loader.Extracted) error) (*loader.Summary, error) {
		return loader.New(x, nil, loader.Options{}).ExtractFS(ctx, fsys, root, fn)
	}, keyer)
}

// Examples scores x on the bundled example corpus (package examples)
// against its gold.
func Examples(ctx context.Context, x loader.Extractor) (*Report, error) {
	gold, err := ReadGold(strings.NewReader(string(examples.Gold())))
	if err != nil {
		return nil, kg.Wrap(kg.EINTERNAL, err, "the bundled example gold is invalid: %s", kg.ErrorMessage(err))
	}
	return RunFS(ctx, gold, x, examples.FS(), ".")
}

// relKey is the key of a file read from the OS: its path relative to the
// folder of paths it was found under, or its base name when it was given
// directly.
func relKey(roots []string, p string) string {
	p = filepath.Clean(p)
	best := ""
	for _, r := range roots {
		if p == r {
			return filepath.ToSlash(filepath.Base(p))
		}
		if strings.HasPrefix(p, r+string(filepath.Separator)) && len(r) > len(best) {
			best = r
		}
	}
	if best != "" {
		if rel, err := filepath.Rel(best, p); err == nil {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(p)
}

// run collects the items of every extracted article, keyed by URL or by
// relative file name, fills in the gold's languages from the corpus and
// scores.
func run(ctx context.Context, gold []Gold, extract func(func(loader.Extracted) error) (*loader.Summary, error), keyer func(string) string) (*Report, error) {
	var items []Item
	langs := map[string]string{}
	seen := map[string]bool{}
	sum, err := extract(func(e loader.Extracted) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		x := e.Extraction
		key := x.Article.URL
		if key == "" {
			key = keyer(e.Path)
			// A line or item of a multi-article file: keep read's
			// suffix (":3", " item 2") after the relative name.
			if strings.HasPrefix(e.Where, e.Path) && len(e.Where) > len(e.Path) {
				key += e.Where[len(e.Path):]
			}
		}
		key = articleKey(key)
		seen[key] = true
		if x.Article.Lang != "" {
			langs[key] = x.Article.Lang
		}
		items = append(items, Items(key, x)...)
		return nil
	})
	if err != nil {
		if cerr := ctx.Err(); cerr != nil {
			return nil, kg.Wrap(kg.EUNAVAILABLE, cerr, "evaluation cancelled")
		}
		return nil, err
	}
	g := make([]Gold, len(gold))
	copy(g, gold)
	missing := map[string]bool{}
	for i := range g {
		k := articleKey(g[i].Article)
		if g[i].Lang == "" {
			g[i].Lang = langs[k]
		}
		if !seen[k] {
			missing[k] = true
		}
	}
	rep := Score(g, items)
	for k := range missing {
		rep.MissingArticles = append(rep.MissingArticles, k)
	}
	sort.Strings(rep.MissingArticles)
	if sum != nil {
		for _, p := range sum.Failures {
			rep.Failures = append(rep.Failures, p.Path+": "+p.Reason)
		}
	}
	return rep, nil
}
