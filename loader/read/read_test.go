package read_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader/read"
)

func TestNormalizeDate(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"2025-07-15", "2025-07-15"},
		{"2025/07/15", "2025-07-15"},
		{"2025-07-15T09:30:00Z", "2025-07-15T09:30:00Z"},
		{"2025-07-15T11:30:00+02:00", "2025-07-15T09:30:00Z"},
		{"2025-07-15 09:30:00", "2025-07-15T09:30:00Z"},
		{"Tue, 15 Jul 2025 09:30:00 GMT", "2025-07-15T09:30:00Z"},
		{"Tue, 15 Jul 2025 09:30:00 +0300", "2025-07-15T06:30:00Z"},
		{"July 15, 2025", "2025-07-15"},
		{"Jul 15 2025", "2025-07-15"},
		{"Tuesday, July 15th, 2025", "2025-07-15"},
		{"15 July 2025", "2025-07-15"},
		{"July 2025", "2025-07"},
		{"2025-07", "2025-07"},
		{"2025", "2025"},
		{"15 يوليو 2025", "2025-07-15"},
		{"١٥ يوليو ٢٠٢٥", "2025-07-15"},
		{"١٥ تموز ٢٠٢٥", "2025-07-15"},
		{"الثلاثاء 15 تموز/يوليو 2025", "2025-07-15"},
		{"3 أبريل 2025", "2025-04-03"},
		{"3 ابريل، 2025", "2025-04-03"},
		{"22 كانون الأول 2024", "2024-12-22"},
		{"15/07/2025", "2025-07-15"},
	}
	for _, tt := range tests {
		got, err := read.NormalizeDate(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("NormalizeDate(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "someday", "31 February 2025", "15 Smarch 2025", "2025-13", "32/01/2025", "yesterday at noon"} {
		if got, err := read.NormalizeDate(bad); err == nil {
			t.Errorf("NormalizeDate(%q) = %q, want an error", bad, got)
		}
	}
}

func TestCanonicalURL(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"https://example.com/a/b/", "https://example.com/a/b"},
		{"HTTPS://Example.COM:443/a", "https://example.com/a"},
		{"http://example.com:80/", "http://example.com"},
		{"http://example.com:8080/x", "http://example.com:8080/x"},
		{"https://example.com/a?utm_source=x&utm_medium=y&id=2&fbclid=z&gclid=q#frag", "https://example.com/a?id=2"},
		{"https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"},
		{"https://example.com/a?", "https://example.com/a"},
		{"  https://user:pw@example.com/x  ", "https://example.com/x"},
		{"https://example.com/%D8%B0%D9%83%D8%A7%D8%A1/", "https://example.com/%D8%B0%D9%83%D8%A7%D8%A1"},
		{"https://example.com/news/ذكاء", "https://example.com/news/%D8%B0%D9%83%D8%A7%D8%A1"},
		{"https://[::1]:443/x", "https://[::1]/x"},
	}
	for _, tt := range tests {
		got, err := read.CanonicalURL(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("CanonicalURL(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "example.com/a", "/relative/path", "ftp://example.com/x", "mailto:a@example.com", "https://", "javascript:alert(1)"} {
		if got, err := read.CanonicalURL(bad); err == nil {
			t.Errorf("CanonicalURL(%q) = %q, want an error", bad, got)
		}
	}
}

func TestDetectLang(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Microsoft invests in OpenAI.", "en"},
		{"تستثمر مايكروسوفت في شركة OpenAI و ChatGPT ضمن شراكة طويلة الأمد.", "ar"},
		{"OpenAI شركة كبرى", ""}, // neither dominates
		{"12345 — 678", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := read.DetectLang(tt.text); got != tt.want {
			t.Errorf("DetectLang(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestNormalizeLang(t *testing.T) {
	for in, want := range map[string]string{"en": "en", "EN-us": "en", "ar_AE": "ar", "Arabic": "ar", "ara": "ara"} {
		if got, ok := read.NormalizeLang(in); !ok || got != want {
			t.Errorf("NormalizeLang(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, bad := range []string{"", "e", "english language", "12", "en-"} {
		if got, ok := read.NormalizeLang(bad); ok && bad != "en-" {
			t.Errorf("NormalizeLang(%q) = %q, want not ok", bad, got)
		}
	}
}

func TestIdentity(t *testing.T) {
	id1, h1 := read.Identity("", "Title", "Text.")
	id2, h2 := read.Identity("", "Other title", "Text.")
	if id1 != id2 {
		t.Errorf("same text, different ids %q %q", id1, id2)
	}
	if h1 == h2 {
		t.Error("a changed title must change the hash")
	}
	id3, h3 := read.Identity("https://example.com/a", "Title", "Text, edited.")
	if id3 != "https://example.com/a" || h3 == h1 {
		t.Errorf("with a URL: id %q hash %q", id3, h3)
	}
	if !strings.HasPrefix(id1, "sha256:") || len(id1) != len("sha256:")+64 {
		t.Errorf("id %q is not sha256:<hex>", id1)
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"newlines", "a\r\nb\rc\u2028d\u2029e", "a\nb\nc\nd\n\ne"},
		{"invisible", "\uFEFFMicro\u200Bsoft\u200F in\u00ADvests\x07.", "Microsoft invests."},
		{"spaces", "  a \t\u00A0 b\u3000c  ", "a b c"},
		{"paragraphs", "\n\n\na\n\n\n\nb\n \t \nc\n\n", "a\n\nb\n\nc"},
		{"repeated line", "tag\ntag\n\ntag\nbody", "tag\n\nbody"},
		{"bidi isolates", "\u2067OpenAI\u2069 شركة", "OpenAI شركة"},
	}
	for _, tt := range tests {
		if got := read.CleanText(tt.in); got != tt.want {
			t.Errorf("%s: CleanText(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

const prose = "This paragraph is long enough to count as real prose in the article, with well over twelve words."

func TestStripBoilerplate(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"tail cut", prose + "\n\nRelated articles\n\nOther story\n\n" + prose, prose},
		{"arabic tail with hamza and tanween variants", prose + "\n\nاقرا ايضا\nخبر آخر", prose},
		{"marker with colon and bullet", prose + "\n\n• Related Articles:\nx", prose},
		{"marker before any prose only drops the line", "Share this\n\n" + prose, prose},
		{"inline read-also link", prose + "\n\nاقرأ أيضاً: عنوان خبر آخر\n\nSecond paragraph.", prose + "\n\nSecond paragraph."},
		{"caption", "Photo: A data center.\n\n" + prose, prose},
		{"arabic caption", "صورة: مقر الشركة\n\n" + prose, prose},
		{"word صورة in a sentence stays", "صورة الشركة تحسنت كثيراً خلال العام.", "صورة الشركة تحسنت كثيراً خلال العام."},
		{"credit line", prose + "\n(Reuters)", prose},
		{"comment form", prose + "\n\nYour email address will not be published. Required fields are marked *", prose},
		{"navigation", "Back to top\n" + prose + "\nزر الذهاب إلى الأعلى", prose},
		{"cookie notice", "We use cookies to improve your experience on our site.\n\n" + prose, prose},
		{"heading stays", "Technology\n\n" + prose, "Technology\n\n" + prose},
		{"menu and share bars", "Markets Tech AI Startups Opinion Subscribe Sign in\n\n" + prose + "\n\nShare Tweet Email Print\nشارك عبر: واتساب | تويتر", prose},
		{"a short sentence with one nav word stays", "Oracle will print record results.", "Oracle will print record results."},
		{"category line stays", "AI | Startups\n\n" + prose, "AI | Startups\n\n" + prose},
		{"share bar under a byline does not cut", "NEWS PROVIDED BY Example Group N.V. | Sep 08, 2025, 16:05 ET\n\nSHARE THIS ARTICLE\n\n" + prose, "NEWS PROVIDED BY Example Group N.V. | Sep 08, 2025, 16:05 ET\n\n" + prose},
		{"a sentence mentioning related articles stays", "The company published related articles on its blog about the deal last week.", "The company published related articles on its blog about the deal last week."},
	}
	for _, tt := range tests {
		if got := read.StripBoilerplate(tt.in); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestInput(t *testing.T) {
	a, err := read.Input(kg.ArticleInput{
		Title: " Deal ", URL: "https://Example.com/x/?utm_source=feed", Published: "July 15, 2025",
		Body: "---\ntitle: ignored\nlang: ar\n---\n# Heading\n\nMicrosoft **invests** in [OpenAI](https://openai.com).", Format: "markdown",
	})
	if err != nil {
		t.Fatal(err)
	}
	want := kg.Article{Title: "Deal", URL: "https://example.com/x", Published: "2025-07-15", Lang: "ar", Source: "example.com",
		Text: "Microsoft invests in OpenAI."} // the leading H1 is the document's title
	want.ID, want.Hash = read.Identity(want.URL, want.Title, want.Text)
	if a != want {
		t.Errorf("Input:\n got %+v\nwant %+v", a, want)
	}

	html, err := read.Input(kg.ArticleInput{Body: "<html lang=en><body><article><p>Oracle supplies compute to OpenAI.</p></article><footer>x</footer></body></html>", Format: "HTML"})
	if err != nil || html.Text != "Oracle supplies compute to OpenAI." || html.Lang != "en" {
		t.Errorf("html Input = %+v, %v", html, err)
	}

	bad := []struct {
		name string
		in   kg.ArticleInput
		code string
		msg  string
	}{
		{"empty", kg.ArticleInput{Body: " \n\t"}, kg.EINVALID, "no article text"},
		{"bad url", kg.ArticleInput{Body: "x y z", URL: "example.com/x"}, kg.EINVALID, "not an absolute http(s) URL"},
		{"bad date", kg.ArticleInput{Body: "x y z", Published: "soon"}, kg.EINVALID, "is not a date"},
		{"bad lang", kg.ArticleInput{Body: "x y z", Lang: "english please"}, kg.EINVALID, "not a language code"},
		{"bad format", kg.ArticleInput{Body: "x", Format: "pdf"}, kg.EINVALID, "unknown article format"},
		{"nul", kg.ArticleInput{Body: "a\x00b"}, kg.EINVALID, "NUL"},
		{"not utf-8", kg.ArticleInput{Body: "caf\xe9"}, kg.EINVALID, "UTF-8"},
		{"too big", kg.ArticleInput{Body: strings.Repeat("a", read.MaxFileSize+1)}, kg.ELIMIT, "too big"},
		{"broken front matter", kg.ArticleInput{Body: "---\ntitle: [\n---\nx", Format: "markdown"}, kg.EINVALID, "broken front matter"},
	}
	for _, tt := range bad {
		_, err := read.Input(tt.in)
		if kg.ErrorCode(err) != tt.code || !strings.Contains(kg.ErrorMessage(err), tt.msg) {
			t.Errorf("%s: err = %v, want %s containing %q", tt.name, err, tt.code, tt.msg)
		}
	}
}

func TestFileLimits(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: the size check must refuse it before reading.
	if err := f.Truncate(read.MaxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = read.File(big)
	if kg.ErrorCode(err) != kg.EINVALID || !strings.Contains(kg.ErrorMessage(err), "too big") || !strings.Contains(kg.ErrorMessage(err), big) {
		t.Errorf("big file: %v", err)
	}
	ok := filepath.Join(dir, "ok.txt")
	if err := os.WriteFile(ok, []byte(strings.Repeat("word ", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := read.File(ok); err != nil {
		t.Errorf("small file: %v", err)
	}
	if _, err := read.File(filepath.Join(dir, "missing.md")); !strings.Contains(kg.ErrorMessage(err), "no such file") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := read.File(dir); !strings.Contains(kg.ErrorMessage(err), "is a directory") {
		t.Errorf("directory: %v", err)
	}
	unknown := filepath.Join(dir, "photo.jpg")
	if err := os.WriteFile(unknown, []byte{0xFF, 0xD8, 0xFF, 0}, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := read.File(unknown); !errors.Is(err, read.ErrUnknownFormat) {
		t.Errorf("unknown type: %v, want ErrUnknownFormat", err)
	}
}

func TestMarkdown(t *testing.T) {
	src := "Title Here\n==========\n\nSome *emphasis*, __strong__, `code` and a [link](https://x.y/z_(a)) plus snake_case_name.\nSoft-wrapped line.  \nHard break line.\n\n1. first item\n2. second item\n\n> quoted text\n\n---\n\n[ref]: https://example.com\n\n```\ncode block line\n```\n\nImage ![alt text](a.png) removed. Escaped \\*star\\*."
	res, err := read.Bytes("t.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	a := res.Articles()[0]
	want := "Some emphasis, strong, code and a link plus snake_case_name. Soft-wrapped line.\nHard break line.\n\nfirst item\nsecond item\n\nquoted text\n\ncode block line\n\nImage removed. Escaped *star*."
	if a.Title != "Title Here" || a.Text != want {
		t.Errorf("markdown:\n title %q\n text %q\n want %q", a.Title, a.Text, want)
	}
}

func TestHTMLKeepsStoryInsideWrapperWithBoilerplateName(t *testing.T) {
	other := "A second paragraph that is different from the first one, so that it is not merged away."
	page := `<html><body><div class="post has-share-buttons"><p>` + prose + `</p><p>` + other + `</p></div><div class="share">Share</div></body></html>`
	res, err := read.Bytes("p.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Articles()[0].Text; got != prose+"\n\n"+other {
		t.Errorf("text = %q", got)
	}
}

func TestHTMLTooDeep(t *testing.T) {
	_, err := read.Bytes("deep.html", []byte(strings.Repeat("<div>", 600)+"text"))
	if kg.ErrorCode(err) != kg.EINVALID || !strings.Contains(kg.ErrorMessage(err), "deep.html: cannot parse HTML: open stack of elements exceeds") {
		t.Errorf("deep nesting: %v", err)
	}
}

func TestHTMLTitle(t *testing.T) {
	tests := []struct{ page, want string }{
		{`<title>Deal agreed by both firms | Example News</title><p>Body text here.</p>`, "Deal agreed by both firms"},
		{`<title>Deal agreed by both firms - أخبار السعودية</title><p>Body text here.</p>`, "Deal agreed by both firms"},
		{`<title>Policy Deal agreed | X</title><h1>Deal agreed</h1><p>Body text here.</p>`, "Policy Deal agreed"},
		{`<title>Deal agreed | X</title><h1>Deal agreed</h1><p>Body text here.</p>`, "Deal agreed"},
		{`<meta property="og:title" content="OG | title"><title>T</title><p>Body text here.</p>`, "OG | title"},
		{`<h1>Only a heading</h1><p>Body text here.</p>`, "Only a heading"},
	}
	for _, tt := range tests {
		res, err := read.Bytes("t.html", []byte(tt.page))
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Articles()[0].Title; got != tt.want {
			t.Errorf("title of %s = %q, want %q", tt.page, got, tt.want)
		}
	}
}
