package read_test

import (
	"os"
	"strings"
	"testing"

	"github.com/aikg/aikg/internal/testenv"
	"github.com/aikg/aikg/loader/read"
)

// paragraphs splits text on blank lines.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// TestSeedArticle reads the user's real article: the site's tail (related
// articles heading, comment form, "back to top") must go, and every news
// paragraph of the original must be in the cleaned text unchanged.
func TestSeedArticle(t *testing.T) {
	p := testenv.Seed(t)
	raw, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	res, err := read.File(p)
	if err != nil {
		t.Fatalf("read.File: %v", err)
	}
	arts := res.Articles()
	if len(arts) != 1 {
		t.Fatalf("got %d articles, want 1", len(arts))
	}
	a := arts[0]
	if a.Lang != "ar" {
		t.Errorf("Lang = %q, want ar", a.Lang)
	}
	if !strings.HasPrefix(a.ID, "sha256:") || !strings.HasPrefix(a.Hash, "sha256:") || a.ID == a.Hash {
		t.Errorf("ID %q / Hash %q: want distinct sha256: identities", a.ID, a.Hash)
	}
	for _, gone := range []string{"مقالات ذات صلة", "اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني", "الحقول الإلزامية", "شاهد أيضاً", "إغلاق", "زر الذهاب إلى الأعلى"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("cleaned text still has boilerplate %q", gone)
		}
	}
	// News paragraphs: the original's paragraphs that are sentences (long
	// and ending in a full stop), before the tail.
	news := 0
	for _, para := range paragraphs(string(raw)) {
		if len(strings.Fields(para)) < 15 || !strings.HasSuffix(para, ".") {
			continue
		}
		if strings.Contains(para, "بريدك الإلكتروني") {
			continue // the comment form's notice is a sentence too
		}
		news++
		if !strings.Contains(a.Text, para) {
			t.Errorf("news paragraph lost or altered: %.80q…", para)
		}
	}
	if news < 10 {
		t.Fatalf("found only %d news paragraphs in the seed; the test's idea of a paragraph is off", news)
	}
	// The text must end with the last news paragraph.
	last := paragraphs(a.Text)
	if tail := last[len(last)-1]; len(strings.Fields(tail)) < 15 {
		t.Errorf("cleaned text ends with a short line %q, want the last news paragraph", tail)
	}
}
