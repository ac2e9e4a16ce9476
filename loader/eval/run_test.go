package eval_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/aikg/aikg/examples"
	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader/eval"
)

// markerExtractor is a stand-in extractor for testing the plumbing of Run:
// it reports exactly the relations written in the text as
// "[[Subject RELATION Object]]", so the expected scores are known.
type markerExtractor struct{}

var marker = regexp.MustCompile(`\[\[(.+?) ([A-Z_]+) (.+?)\]\]`)

func (markerExtractor) Extract(a *kg.Article) *kg.Extraction {
	x := &kg.Extraction{Article: *a}
	for _, m := range marker.FindAllStringSubmatchIndex(a.Text, -1) {
		s, r, o := a.Text[m[2]:m[3]], a.Text[m[4]:m[5]], a.Text[m[6]:m[7]]
		start := utf8.RuneCountInString(a.Text[:m[0]])
		end := start + utf8.RuneCountInString(a.Text[m[0]:m[1]])
		x.Entities = append(x.Entities, kg.Entity{ID: kg.Slug(s), Name: s, Kind: kg.Organization}, kg.Entity{ID: kg.Slug(o), Name: o, Kind: kg.Organization})
		x.Relationships = append(x.Relationships, kg.Relationship{
			Type: kg.RelationType(r), SourceID: kg.Slug(s), TargetID: kg.Slug(o),
			Evidence: []kg.Evidence{{Sentence: a.Text[m[0]:m[1]], Start: start, End: end, Figures: kg.Figures{Confidence: 0.9}}},
		})
	}
	return x
}

const filler = "This paragraph is here so that the article reads like an article and is long enough for the reader. "

func writeFile(t *testing.T, name, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	writeFile(t, filepath.Join(corpus, "en", "a.md"), `---
title: A deal
url: https://news.example/a
published: 2025-01-02
lang: en
---
`+filler+"Microsoft put money in. [[Microsoft INVESTS_IN OpenAI]] "+filler+"[[Oracle LEADS OpenAI]]\n")
	writeFile(t, filepath.Join(corpus, "b.txt"), "أعلنت الشركتان اليوم عن شراكة جديدة في مجال الذكاء الاصطناعي تشمل مراكز البيانات والحوسبة السحابية. [[G42 PARTNERS_WITH Microsoft]] وقالت الشركتان إن التعاون يمتد لسنوات.\n")
	writeFile(t, filepath.Join(corpus, "feed.jsonl"),
		`{"title":"One","lang":"en","text":"`+filler+`[[Nvidia INVESTS_IN OpenAI]]"}`+"\n"+
			`{"title":"Two","lang":"en","text":"`+filler+`[[AMD SUPPLIES_COMPUTE OpenAI]]"}`+"\n")
	writeFile(t, filepath.Join(corpus, "broken.txt"), "\xff\xfe not text")
	single := filepath.Join(dir, "single.md")
	writeFile(t, single, "---\ntitle: Single\nlang: en\n---\n"+filler+"[[xAI ACQUIRES X]]\n")

	goldFile := filepath.Join(dir, "gold.jsonl")
	writeFile(t, goldFile, strings.Join([]string{
		`{"article":"https://news.example/a","subject":"Microsoft","relation":"INVESTS_IN","object":"OpenAI"}`,
		`{"article":"https://news.example/a","subject":"Sam Altman","relation":"LEADS","object":"OpenAI"}`,
		`{"article":"b.txt","subject":"Microsoft","relation":"PARTNERS_WITH","object":"G42"}`,
		`{"article":"feed.jsonl:2","subject":"AMD","relation":"SUPPLIES_COMPUTE","object":"OpenAI"}`,
		`{"article":"single.md","subject":"xAI","relation":"ACQUIRES","object":"X"}`,
		`{"article":"https://news.example/gone","subject":"Meta","relation":"INVESTS_IN","object":"Scale AI"}`,
	}, "\n")+"\n")

	rep, err := eval.RunFile(context.Background(), goldFile, markerExtractor{}, corpus, single)
	if err != nil {
		t.Fatal(err)
	}
	// Found: a.md INVESTS_IN, b.txt PARTNERS_WITH (reversed), feed:2,
	// single.md. Missed: LEADS, the absent article. Spurious: Oracle
	// LEADS. feed.jsonl:1 has no gold and is not scored.
	checkCounts(t, "overall", rep.Overall, 4, 1, 2, 0.8, 4.0/6, 2*0.8*(4.0/6)/(0.8+4.0/6))
	if got := strings.Join(rep.MissingArticles, ","); got != "https://news.example/gone" {
		t.Errorf("missing articles = %q", got)
	}
	if got := strings.Join(rep.Unannotated, ","); got != "feed.jsonl:1" {
		t.Errorf("unannotated = %q", got)
	}
	if len(rep.Failures) != 1 || !strings.Contains(rep.Failures[0], "broken.txt") {
		t.Errorf("failures = %q, want broken.txt", rep.Failures)
	}
	if ar := rep.Lang("ar"); ar.Articles != 1 || ar.All.TP != 1 {
		t.Errorf("Arabic row = %+v (language detected by the reader)", ar)
	}
}

func TestRunCancelled(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), filler+filler)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := eval.Run(ctx, nil, markerExtractor{}, dir); err == nil {
		t.Fatal("a cancelled run reported success")
	}
}

func TestRunFS(t *testing.T) {
	fsys := fstest.MapFS{
		"news/x/a.md": {Data: []byte("---\ntitle: A\nlang: en\n---\n" + filler + "[[SoftBank INVESTS_IN OpenAI]]\n")},
	}
	gold := []eval.Gold{{Article: "x/a.md", Subject: "SoftBank", Relation: kg.InvestsIn, Object: "OpenAI"}}
	rep, err := eval.RunFS(context.Background(), gold, markerExtractor{}, fsys, "news")
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, "overall", rep.Overall, 1, 0, 0, 1, 1, 1)
}

// TestExamplesPlumbing runs the bundled examples through the reader with an
// extractor that finds nothing: every gold relation must then be missed
// and, above all, every gold article must be found in the corpus under
// the URL the reader gives it.
func TestExamplesPlumbing(t *testing.T) {
	rep, err := eval.Examples(context.Background(), markerExtractor{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.MissingArticles) > 0 || len(rep.Failures) > 0 {
		t.Fatalf("examples not read as their gold expects: missing %q, failures %q", rep.MissingArticles, rep.Failures)
	}
	gold, err := eval.ReadGold(strings.NewReader(string(examples.Gold())))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Overall.FN != len(gold) || rep.Overall.TP+rep.Overall.FP != 0 {
		t.Errorf("overall = %+v, want all %d gold relations missed", rep.Overall, len(gold))
	}
	if rep.Lang("ar").Articles < 12 || rep.Lang("en").Articles < 12 {
		t.Errorf("languages = %+v, want at least 12 articles of each", rep.ByLang)
	}
}
