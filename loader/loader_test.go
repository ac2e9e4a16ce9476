package loader_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader"
)

const mixed = "testdata/load/mixed"

func p(name string) string { return filepath.Join(mixed, name) }

// TestLoadMixed loads a folder of good, bad and irrelevant files and
// checks the whole summary: what was created, what was skipped and what
// failed, each with its reason, in input order.
func TestLoadMixed(t *testing.T) {
	for _, workers := range []int{1, 4} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			w := newWriter()
			var last loader.Progress
			l := loader.New(fakeExtractor{}, w, loader.Options{Workers: workers, BatchSize: 3, Progress: func(pr loader.Progress) { last = pr }})
			s, err := l.Load(context.Background(), mixed)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			want := &loader.Summary{
				FilesRead: 6, FilesSkipped: 1, FilesFailed: 2, Bytes: s.Bytes,
				Articles: 7, Created: 6, Unchanged: 1, Failed: 2,
				EntitiesAdded: 10, RelationshipsAdded: 6, Evidence: 6,
				Skipped: []loader.Problem{
					{Path: p("e_report.pdf"), Reason: `unknown file type ".pdf" (known: .txt .md .markdown .html .htm .jsonl .xml .rss .atom)`},
				},
				Failures: []loader.Problem{
					{Path: p("c_lines.jsonl") + ":2", Reason: "invalid JSON: unexpected EOF"},
					{Path: p("f_latin1.txt"), Reason: "is not valid UTF-8 (bad byte 0xe9 at line 1, column 4); only UTF-8 is read (convert the file to UTF-8)"},
					{Path: p("sub/g_feed.rss") + " item 2", Reason: "has no article text"},
					{Path: p("sub/h_empty.txt"), Reason: "has no article text"},
				},
			}
			if !reflect.DeepEqual(s, want) {
				t.Errorf("summary:\n got %+v\nwant %+v", s, want)
			}
			var size int64
			for _, f := range []string{"a_oracle.txt", "b_microsoft.md", "c_lines.jsonl", "copy_of_a.txt", "d_page.html", "e_report.pdf", "f_latin1.txt", "sub/g_feed.rss", "sub/h_empty.txt"} {
				st, err := os.Stat(p(f))
				if err != nil {
					t.Fatal(err)
				}
				size += st.Size()
			}
			if s.Bytes != size {
				t.Errorf("Bytes = %d, want %d (hidden files must not count)", s.Bytes, size)
			}
			wantIDs := []string{
				w.batches[0][0], // a_oracle.txt: a text hash
				"https://news.example.com/ar/microsoft-openai",
				"https://news.example.com/en/nvidia-xai",
				"https://news.example.com/en/amd",
				w.batches[0][0], // copy_of_a.txt: same text, same id
				"https://news.example.com/en/google-anthropic",
				"https://wire.example.com/meta-scale",
			}
			if got := w.written(); !reflect.DeepEqual(got, wantIDs) {
				t.Errorf("written ids:\n got %q\nwant %q", got, wantIDs)
			}
			if !strings.HasPrefix(wantIDs[0], "sha256:") {
				t.Errorf("a text file without URL has id %q", wantIDs[0])
			}
			for i, b := range w.batches {
				if len(b) > 3 {
					t.Errorf("batch %d has %d articles, BatchSize is 3", i, len(b))
				}
			}
			if last.FilesDone != 9 || last.FilesTotal != 9 || last.BytesDone != size || last.BytesTotal != size || last.Articles != 7 || last.Written != 7 {
				t.Errorf("last progress = %+v", last)
			}
			str := s.String()
			for _, frag := range []string{"6 created", "1 unchanged", "2 failed", "e_report.pdf", "c_lines.jsonl:2", "invalid JSON"} {
				if !strings.Contains(str, frag) {
					t.Errorf("Summary.String() lacks %q:\n%s", frag, str)
				}
			}
		})
	}
}

// TestLoadAgain: loading the same files twice changes nothing the second
// time; an edited article with the same URL is updated.
func TestLoadAgain(t *testing.T) {
	w := newWriter()
	l := loader.New(fakeExtractor{}, w, loader.Options{})
	if _, err := l.Load(context.Background(), mixed); err != nil {
		t.Fatal(err)
	}
	s, err := l.Load(context.Background(), mixed)
	if err != nil {
		t.Fatal(err)
	}
	if s.Created != 0 || s.Updated != 0 || s.Unchanged != 7 || s.EntitiesAdded != 0 || s.Evidence != 0 {
		t.Errorf("second load: %+v", s)
	}
	dir := t.TempDir()
	edited := "---\nurl: https://news.example.com/en/google-anthropic\n---\nGoogle invests two billion dollars in Anthropic, the company said.\n"
	if err := os.WriteFile(filepath.Join(dir, "edit.md"), []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err = l.Load(context.Background(), dir)
	if err != nil || s.Updated != 1 {
		t.Errorf("edited article: %+v, %v", s, err)
	}
}

// TestBatchFailure: when the store fails a whole batch, the load stops
// with the store's error code, counts what was written before, and lists
// the articles not written and the files not read.
func TestBatchFailure(t *testing.T) {
	w := newWriter()
	w.failOn = 2
	l := loader.New(fakeExtractor{}, w, loader.Options{Workers: 2, BatchSize: 2})
	s, err := l.Load(context.Background(), mixed)
	if kg.ErrorCode(err) != kg.EUNAVAILABLE || !strings.Contains(kg.ErrorMessage(err), "store unreachable") {
		t.Fatalf("err = %v, want UNAVAILABLE naming the store's reason", err)
	}
	if s == nil {
		t.Fatal("no summary with the error")
	}
	// Batch 1: a_oracle, b_microsoft. Batch 2 (fails): the two good lines
	// of c_lines.jsonl. The load stops there.
	if s.Created != 2 || len(w.batches) != 1 {
		t.Errorf("created %d in %d batches, want 2 in 1", s.Created, len(w.batches))
	}
	want := []loader.Problem{
		{Path: p("c_lines.jsonl") + ":1", Article: "https://news.example.com/en/nvidia-xai", Reason: "not written: store unreachable"},
		{Path: p("c_lines.jsonl") + ":3", Article: "https://news.example.com/en/amd", Reason: "not written: store unreachable"},
	}
	if !reflect.DeepEqual(s.NotWritten, want) {
		t.Errorf("NotWritten:\n got %+v\nwant %+v", s.NotWritten, want)
	}
	if len(s.Unread) == 0 || s.Unread[len(s.Unread)-1] != p("sub/h_empty.txt") {
		t.Errorf("Unread = %q, want the files after the failed batch", s.Unread)
	}
	for _, u := range s.Unread {
		if u == p("a_oracle.txt") || u == p("b_microsoft.md") {
			t.Errorf("written file %s listed as unread", u)
		}
	}
	if !strings.Contains(s.String(), "not written") {
		t.Errorf("Summary.String() does not list what was not written:\n%s", s)
	}
}

// TestArticleFailures: an extractor that panics or returns nothing, and
// a store that refuses one article, fail only those articles.
func TestArticleFailures(t *testing.T) {
	fsys := fstest.MapFS{
		"corpus/1.txt":       {Data: []byte("Oracle supplies OpenAI with compute.")},
		"corpus/2.txt":       {Data: []byte("PANIC in the extractor for this article.")},
		"corpus/3.txt":       {Data: []byte("NOTHING comes back for this one.")},
		"corpus/4.txt":       {Data: []byte("REFUSE: Nvidia and xAI build a cluster.")},
		"corpus/5.md":        {Data: []byte("# Title\n\nAMD and OpenAI sign a deal.")},
		"corpus/.hidden.txt": {Data: []byte("Microsoft and OpenAI.")},
		"other/x.txt":        {Data: []byte("Google and Anthropic.")},
	}
	w := newWriter()
	l := loader.New(fakeExtractor{}, w, loader.Options{BatchSize: 10})
	s, err := l.LoadFS(context.Background(), fsys, "corpus")
	if err != nil {
		t.Fatal(err)
	}
	if s.FilesRead != 5 || s.Articles != 3 || s.Created != 2 || s.Failed != 3 {
		t.Errorf("summary %+v", s)
	}
	var got []string
	for _, f := range s.Failures {
		got = append(got, f.Path+": "+f.Reason)
	}
	want := []string{
		"corpus/2.txt: extraction failed",
		"corpus/3.txt: extraction gave nothing",
		"corpus/4.txt: article " + w.batches[0][1] + " refused by the store",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("failures:\n got %q\nwant %q", got, want)
	}
}

// TestDeterminism: the same input gives the same writes and summary
// whatever the number of workers.
func TestDeterminism(t *testing.T) {
	var first []string
	var firstSummary string
	for _, workers := range []int{1, 2, 8, 3} {
		w := newWriter()
		s, err := loader.New(fakeExtractor{}, w, loader.Options{Workers: workers, BatchSize: 2}).Load(context.Background(), mixed, p("a_oracle.txt"), "testdata/load/missing.txt")
		if err != nil {
			t.Fatal(err)
		}
		ids := w.written()
		if first == nil {
			first, firstSummary = ids, s.String()
			if !regexp.MustCompile(`mixed/f_latin1.txt .*\n(.*\n)*.*testdata/load/missing.txt +no such file or folder`).MatchString(firstSummary) {
				t.Errorf("missing path not reported:\n%s", firstSummary)
			}
			continue
		}
		if !reflect.DeepEqual(ids, first) || s.String() != firstSummary {
			t.Errorf("workers=%d differs:\n%q\n%s\nvs\n%q\n%s", workers, ids, s, first, firstSummary)
		}
	}
}

// TestCancel: cancelling stops the load with an error that is
// context.Canceled, and what was not written is listed.
func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	w := newWriter()
	l := loader.New(fakeExtractor{}, w, loader.Options{Workers: 2, BatchSize: 100, Progress: func(pr loader.Progress) {
		if pr.FilesDone == 2 {
			cancel()
		}
	}})
	s, err := l.Load(ctx, mixed)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if len(w.batches) != 0 {
		t.Errorf("wrote %d batches after cancel", len(w.batches))
	}
	if len(s.Unread) == 0 {
		t.Errorf("no unread files listed: %+v", s)
	}

	done, cancel2 := context.WithCancel(context.Background())
	cancel2()
	if _, err := l.Load(done, mixed); !errors.Is(err, context.Canceled) {
		t.Errorf("pre-cancelled: err = %v", err)
	}
}

// TestExtract: extraction without writing hands each article over in
// order, and an error from the callback stops the run.
func TestExtract(t *testing.T) {
	l := loader.New(fakeExtractor{}, nil, loader.Options{Workers: 3})
	var wheres []string
	s, err := l.Extract(context.Background(), func(e loader.Extracted) error {
		wheres = append(wheres, e.Where)
		if e.Extraction == nil || e.Extraction.Article.ID == "" {
			t.Errorf("empty extraction for %s", e.Where)
		}
		return nil
	}, mixed)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{p("a_oracle.txt"), p("b_microsoft.md"), p("c_lines.jsonl") + ":1", p("c_lines.jsonl") + ":3", p("copy_of_a.txt"), p("d_page.html"), p("sub/g_feed.rss") + " item 1"}
	if !reflect.DeepEqual(wheres, want) {
		t.Errorf("order:\n got %q\nwant %q", wheres, want)
	}
	if s.Articles != 7 || s.Evidence != 7 || s.Created != 0 {
		t.Errorf("summary %+v", s)
	}
	stop := errors.New("stdout closed")
	n := 0
	_, err = l.Extract(context.Background(), func(loader.Extracted) error {
		n++
		return stop
	}, mixed)
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("callback error: err %v after %d calls", err, n)
	}
	if _, err := l.Load(context.Background(), mixed); kg.ErrorCode(err) != kg.EINTERNAL {
		t.Errorf("Load without a writer: %v", err)
	}
}

// TestIngest is the GraphQL path: one article read, extracted, written.
func TestIngest(t *testing.T) {
	w := newWriter()
	l := loader.New(fakeExtractor{}, w, loader.Options{})
	x, r, err := l.Ingest(context.Background(), kg.ArticleInput{URL: "https://example.com/a/", Body: "Oracle supplies OpenAI with compute."})
	if err != nil || r.Status != kg.Created || x.Article.ID != "https://example.com/a" || len(x.Relationships) != 1 {
		t.Fatalf("Ingest = %+v, %+v, %v", x, r, err)
	}
	if x.Relationships[0].ID != "openai|PARTNERS_WITH|oracle" {
		t.Errorf("extraction not prepared: relationship id %q", x.Relationships[0].ID)
	}
	if _, r, err = l.Ingest(context.Background(), kg.ArticleInput{URL: "https://example.com/a", Body: "Oracle supplies OpenAI with compute."}); err != nil || r.Status != kg.Unchanged {
		t.Errorf("again: %+v %v", r, err)
	}
	if _, _, err := l.Ingest(context.Background(), kg.ArticleInput{Body: "  "}); kg.ErrorCode(err) != kg.EINVALID {
		t.Errorf("empty body: %v", err)
	}
	if _, r, err := l.Ingest(context.Background(), kg.ArticleInput{Body: "REFUSE this"}); kg.ErrorCode(err) != kg.EINVALID || r == nil || r.Status != kg.Failed {
		t.Errorf("refused: %+v %v", r, err)
	}
	w.failOn = w.calls + 1
	if _, _, err := l.Ingest(context.Background(), kg.ArticleInput{Body: "Nvidia and xAI."}); kg.ErrorCode(err) != kg.EUNAVAILABLE {
		t.Errorf("store down: %v", err)
	}
	var _ kg.Ingester = l
}

func TestSummaryAdd(t *testing.T) {
	a := &loader.Summary{FilesRead: 1, Created: 2, Failures: []loader.Problem{{Path: "x", Reason: "bad"}}}
	b := &loader.Summary{FilesRead: 3, Updated: 1, Evidence: 4, Unread: []string{"y"}}
	a.Add(b)
	a.Add(nil)
	want := &loader.Summary{FilesRead: 4, Created: 2, Updated: 1, Evidence: 4, Failures: []loader.Problem{{Path: "x", Reason: "bad"}}, Unread: []string{"y"}}
	if !reflect.DeepEqual(a, want) {
		t.Errorf("Add = %+v", a)
	}
}
