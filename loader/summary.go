package loader

import (
	"fmt"
	"strings"
	"text/tabwriter"
)

// Problem is a file that was skipped or an article that failed, and why.
type Problem struct {
	// Path names the file, or the article in it ("news.jsonl:3",
	// "feed.xml item 2").
	Path string `json:"path"`
	// Article is the article's id when it was read.
	Article string `json:"article,omitempty"`
	// Reason is user-safe.
	Reason string `json:"reason"`
}

// Summary is what a load did.
type Summary struct {
	// FilesRead counts files that gave at least one article; FilesSkipped
	// those that are not articles (unknown type); FilesFailed those that
	// could not be read at all (bad encoding, too big, broken).
	FilesRead    int   `json:"filesRead"`
	FilesSkipped int   `json:"filesSkipped"`
	FilesFailed  int   `json:"filesFailed"`
	Bytes        int64 `json:"bytes"`
	// Articles counts the articles read and extracted.
	Articles  int `json:"articles"`
	Created   int `json:"created"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
	// Failed counts articles that could not be read (a bad line or item),
	// extracted or written.
	Failed int `json:"failed"`
	// EntitiesAdded and RelationshipsAdded are what the store did not have
	// before; Evidence counts the evidence sentences written (found, for
	// an extract-only run).
	EntitiesAdded      int `json:"entitiesAdded"`
	RelationshipsAdded int `json:"relationshipsAdded"`
	Evidence           int `json:"evidence"`
	// Skipped are the skipped files; Failures the failed files and
	// articles, in input order.
	Skipped  []Problem `json:"skipped,omitempty"`
	Failures []Problem `json:"failures,omitempty"`
	// NotWritten lists the articles that were read but not written because
	// the load stopped (store unavailable, cancelled), and Unread the files
	// it did not get to.
	NotWritten []Problem `json:"notWritten,omitempty"`
	Unread     []string  `json:"unread,omitempty"`
}

// String is the summary as a small table for the command line, followed
// by every skipped file and failed article with its reason.
func (s *Summary) String() string {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "files\t%d read\t%d skipped\t%d failed\t%s\n", s.FilesRead, s.FilesSkipped, s.FilesFailed, humanBytes(s.Bytes))
	fmt.Fprintf(tw, "articles\t%d read\t%d created\t%d updated\t%d unchanged\t%d failed\n", s.Articles, s.Created, s.Updated, s.Unchanged, s.Failed)
	fmt.Fprintf(tw, "graph\t%d entities added\t%d relationships added\t%d evidence\n", s.EntitiesAdded, s.RelationshipsAdded, s.Evidence)
	tw.Flush()
	list := func(title string, ps []Problem) {
		if len(ps) == 0 {
			return
		}
		fmt.Fprintf(&b, "%s:\n", title)
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		for _, p := range ps {
			fmt.Fprintf(tw, "  %s\t%s\n", p.Path, p.Reason)
		}
		tw.Flush()
	}
	list("skipped", s.Skipped)
	list("failed", s.Failures)
	list("not written", s.NotWritten)
	if len(s.Unread) > 0 {
		fmt.Fprintf(&b, "not read (%d files):\n", len(s.Unread))
		for _, p := range s.Unread {
			fmt.Fprintf(&b, "  %s\n", p)
		}
	}
	return b.String()
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// Add folds another load's summary into s, for a command that loads
// several sources (bundled examples, then the user's paths) and reports
// once.
func (s *Summary) Add(o *Summary) {
	if o == nil {
		return
	}
	s.FilesRead += o.FilesRead
	s.FilesSkipped += o.FilesSkipped
	s.FilesFailed += o.FilesFailed
	s.Bytes += o.Bytes
	s.Articles += o.Articles
	s.Created += o.Created
	s.Updated += o.Updated
	s.Unchanged += o.Unchanged
	s.Failed += o.Failed
	s.EntitiesAdded += o.EntitiesAdded
	s.RelationshipsAdded += o.RelationshipsAdded
	s.Evidence += o.Evidence
	s.Skipped = append(s.Skipped, o.Skipped...)
	s.Failures = append(s.Failures, o.Failures...)
	s.NotWritten = append(s.NotWritten, o.NotWritten...)
	s.Unread = append(s.Unread, o.Unread...)
}
