package read_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader/read"
)

// addCorpus seeds a fuzz target with the test corpus files of the given
// extensions and some hand-made edge cases.
func addCorpus(f *testing.F, exts []string, extra ...string) {
	entries, err := os.ReadDir(corpus)
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range entries {
		for _, ext := range exts {
			if strings.HasSuffix(e.Name(), ext) {
				b, err := os.ReadFile(filepath.Join(corpus, e.Name()))
				if err != nil {
					f.Fatal(err)
				}
				f.Add(b)
			}
		}
	}
	for _, s := range extra {
		f.Add([]byte(s))
	}
}

// checkResult is the property every reader must keep: no panic, and
// either a clear coded error naming the file or articles that are
// complete and clean.
func checkResult(t *testing.T, name string, res *read.Result, err error) {
	t.Helper()
	if err != nil {
		if res != nil {
			t.Fatalf("both a result and an error: %v", err)
		}
		if kg.ErrorCode(err) != kg.EINVALID || !strings.HasPrefix(kg.ErrorMessage(err), name) {
			t.Fatalf("error is not a clear EINVALID naming %s: %v", name, err)
		}
		return
	}
	if res == nil || len(res.Items) == 0 {
		t.Fatal("no error and no items")
	}
	for _, it := range res.Items {
		if it.Err != nil {
			if kg.ErrorCode(it.Err) != kg.EINVALID || !strings.HasPrefix(kg.ErrorMessage(it.Err), it.Where) || !strings.HasPrefix(it.Where, name) {
				t.Fatalf("item error is not a clear EINVALID naming %q: %v", it.Where, it.Err)
			}
			continue
		}
		a := it.Article
		if a.ID == "" || !strings.HasPrefix(a.Hash, "sha256:") {
			t.Fatalf("article without identity: %+v", a)
		}
		if strings.TrimSpace(a.Text) == "" || !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Fatalf("article text empty or not UTF-8: %q", a.Text)
		}
		if a.Text != strings.TrimSpace(a.Text) || strings.Contains(a.Text, "\n\n\n") || strings.ContainsAny(a.Text, "\r\x00\uFEFF\u200B") {
			t.Fatalf("text not clean: %q", a.Text)
		}
		if strings.Contains(a.Title, "\n") {
			t.Fatalf("title has a newline: %q", a.Title)
		}
	}
}

func FuzzMarkdown(f *testing.F) {
	addCorpus(f, []string{".md", ".markdown", ".txt"},
		"---\n---\n", "---\ntitle: a\n", "---\n- a\n- b\n---\ntext", "---\ntitle: [unclosed\n---\nx",
		"# h\n\n**b** _i_ [l](u) ![i](x)", "\uFEFF---\r\ntitle: x\r\n---\r\nbody", "```\nunclosed fence")
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := read.Bytes("f.md", data)
		checkResult(t, "f.md", res, err)
		res, err = read.Bytes("f.txt", data)
		checkResult(t, "f.txt", res, err)
	})
}

func FuzzHTML(f *testing.F) {
	addCorpus(f, []string{".html", ".htm"},
		"<p>x", "<html><article></article><main><p>y</p></main>", "<div class='comments'><p>z</p></div>",
		"<meta property='article:published_time' content='bad'><p>a</p>", "<<<>>>&amp;&#0;")
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := read.Bytes("f.html", data)
		checkResult(t, "f.html", res, err)
	})
}

func FuzzFeed(f *testing.F) {
	addCorpus(f, []string{".rss", ".atom", ".xml"},
		"<rss><channel><item><description>a b c</description></item></channel></rss>",
		`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div>x</div></content></entry></feed>`,
		"<rss></rss><rss></rss>", "<?xml version='1.0' encoding='koi8-r'?><rss/>", "<rss><channel><item>")
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := read.Bytes("f.xml", data)
		checkResult(t, "f.xml", res, err)
	})
}

func FuzzJSONL(f *testing.F) {
	addCorpus(f, []string{".jsonl"},
		`{"text":"a"}`, `{"text":null}`, `{"text":"x","format":"html"}`, `{"text":"x"} {"text":"y"}`, "\n\n", `"str"`, `{"text":"x","published":"٢٠٢٥"}`)
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := read.Bytes("f.jsonl", data)
		checkResult(t, "f.jsonl", res, err)
	})
}
