package examples_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/aikg/aikg/examples"
	"github.com/aikg/aikg/kg"
	"go.yaml.in/yaml/v3"
	"golang.org/x/net/html"
)

// meta is what every example article must declare, whatever its format.
type meta struct {
	Title     string `yaml:"title" json:"title"`
	URL       string `yaml:"url" json:"url"`
	Published string `yaml:"published" json:"published"`
	Lang      string `yaml:"lang" json:"lang"`
	Source    string `yaml:"source" json:"source"`
	Text      string `yaml:"-" json:"text"`
}

// parseMarkdown splits YAML front matter from the body and decodes it
// strictly, so a misspelt key fails the test.
func parseMarkdown(b []byte) (meta, error) {
	var m meta
	s := string(b)
	if !strings.HasPrefix(s, "---\n") {
		return m, fmt.Errorf("no front matter")
	}
	end := strings.Index(s[4:], "\n---\n")
	if end < 0 {
		return m, fmt.Errorf("front matter not closed")
	}
	dec := yaml.NewDecoder(strings.NewReader(s[4 : 4+end]))
	dec.KnownFields(true)
	if err := dec.Decode(&m); err != nil {
		return m, fmt.Errorf("front matter: %w", err)
	}
	m.Text = s[4+end+5:]
	return m, nil
}

// parseHTML takes the metadata a reader finds in a page's head: the
// canonical link, <html lang>, og:site_name and article:published_time.
func parseHTML(b []byte) (meta, error) {
	var m meta
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return m, err
	}
	var text strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			attr := map[string]string{}
			for _, a := range n.Attr {
				attr[a.Key] = a.Val
			}
			switch n.Data {
			case "html":
				m.Lang = attr["lang"]
			case "title":
				if n.FirstChild != nil {
					m.Title = n.FirstChild.Data
				}
			case "link":
				if attr["rel"] == "canonical" {
					m.URL = attr["href"]
				}
			case "meta":
				switch attr["property"] {
				case "og:site_name":
					m.Source = attr["content"]
				case "article:published_time":
					m.Published = attr["content"]
				}
			}
		}
		if n.Type == html.TextNode {
			text.WriteString(n.Data)
			text.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	m.Text = text.String()
	return m, nil
}

func parseJSONL(b []byte) ([]meta, error) {
	var out []meta
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var m meta
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&m); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		out = append(out, m)
	}
	return out, sc.Err()
}

// loadArticles parses every example file and returns the articles by URL.
func loadArticles(t *testing.T) map[string]meta {
	t.Helper()
	byURL := map[string]meta{}
	files := examples.Files()
	if len(files) == 0 {
		t.Fatal("no example articles embedded")
	}
	for _, name := range files {
		b, err := fs.ReadFile(examples.FS(), name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var ms []meta
		switch path.Ext(name) {
		case ".md":
			m, err := parseMarkdown(b)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			ms = []meta{m}
		case ".html":
			m, err := parseHTML(b)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			ms = []meta{m}
		case ".jsonl":
			ms, err = parseJSONL(b)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
		default:
			t.Errorf("%s: unexpected file type in the example corpus", name)
			continue
		}
		for i, m := range ms {
			where := name
			if len(ms) > 1 {
				where = fmt.Sprintf("%s #%d", name, i+1)
			}
			checkMeta(t, where, m)
			if prev, ok := byURL[m.URL]; ok {
				t.Errorf("%s: url %s already used by %q", where, m.URL, prev.Title)
			}
			byURL[m.URL] = m
		}
	}
	return byURL
}

func checkMeta(t *testing.T, where string, m meta) {
	t.Helper()
	if strings.TrimSpace(m.Title) == "" {
		t.Errorf("%s: no title", where)
	}
	if m.Lang != "ar" && m.Lang != "en" {
		t.Errorf("%s: lang %q, want ar or en", where, m.Lang)
	}
	if u, err := url.Parse(m.URL); err != nil || u.Scheme != "https" || u.Host != "news.example" {
		t.Errorf("%s: url %q must be an https URL on the fake domain news.example", where, m.URL)
	}
	if len(m.Published) < 10 {
		t.Errorf("%s: published %q is not an ISO date", where, m.Published)
	} else if _, err := time.Parse("2006-01-02", m.Published[:10]); err != nil {
		t.Errorf("%s: published %q is not an ISO date: %v", where, m.Published, err)
	}
	if strings.TrimSpace(m.Source) == "" {
		t.Errorf("%s: no source", where)
	}
	// Short news pieces: long enough to carry several relations, short
	// enough to annotate by hand (Arabic runs to fewer, longer words).
	words := len(strings.Fields(m.Text))
	if words < 120 || words > 450 {
		t.Errorf("%s: %d words, want roughly 150-400", where, words)
	}
	script := 0
	for _, r := range m.Text {
		if unicode.Is(unicode.Arabic, r) {
			script++
		}
	}
	if (m.Lang == "ar") != (script > 200) {
		t.Errorf("%s: lang %s but %d Arabic letters in the text", where, m.Lang, script)
	}
}

func TestArticlesParse(t *testing.T) {
	byURL := loadArticles(t)
	langs := map[string]int{}
	for _, m := range byURL {
		langs[m.Lang]++
	}
	if langs["ar"] < 12 || langs["en"] < 12 {
		t.Errorf("corpus has %d Arabic and %d English articles, want at least 12 of each", langs["ar"], langs["en"])
	}
}

// goldLine mirrors the gold JSONL keys; decoding with DisallowUnknownFields
// catches misspelt keys.
type goldLine struct {
	Article      string   `json:"article"`
	Subject      string   `json:"subject"`
	Relation     string   `json:"relation"`
	Object       string   `json:"object"`
	AmountUSD    *float64 `json:"amount_usd"`
	Amount       *float64 `json:"amount"`
	Currency     string   `json:"currency"`
	CapacityGW   *float64 `json:"capacity_gw"`
	Capacity     *float64 `json:"capacity"`
	CapacityUnit string   `json:"capacity_unit"`
	Per          string   `json:"per"`
	Stake        *float64 `json:"stake"`
	Status       string   `json:"status"`
	Date         string   `json:"date"`
	Confidence   *float64 `json:"confidence"`
	Evidence     string   `json:"evidence"`
}

func TestGold(t *testing.T) {
	byURL := loadArticles(t)
	withGold := map[string]int{}
	types := map[kg.RelationType]int{}
	seen := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(examples.Gold()))
	n := 0
	for sc.Scan() {
		n++
		var g goldLine
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&g); err != nil {
			t.Errorf("gold line %d: %v", n, err)
			continue
		}
		where := fmt.Sprintf("gold line %d (%s %s %s)", n, g.Subject, g.Relation, g.Object)
		if _, ok := byURL[g.Article]; !ok {
			t.Errorf("%s: article %q is not in the corpus", where, g.Article)
		}
		withGold[g.Article]++
		rt := kg.RelationType(g.Relation)
		if !rt.Valid() {
			t.Errorf("%s: unknown relation", where)
		}
		types[rt]++
		if g.Subject == "" || g.Object == "" || g.Subject == g.Object {
			t.Errorf("%s: subject and object must be two different names", where)
		}
		if !kg.DealStatus(g.Status).Valid() {
			t.Errorf("%s: unknown status %q", where, g.Status)
		}
		if g.Per != "" && g.Per != "year" {
			t.Errorf("%s: per %q, want year or nothing", where, g.Per)
		}
		if g.Per != "" && g.AmountUSD == nil {
			t.Errorf("%s: per without an amount", where)
		}
		if (g.AmountUSD != nil || g.Amount != nil) && len(g.Currency) != 3 {
			t.Errorf("%s: amount without an ISO currency", where)
		}
		if g.Amount != nil && g.Currency == "USD" {
			t.Errorf("%s: amount is for non-USD figures; use amount_usd", where)
		}
		if (g.Capacity == nil) != (g.CapacityUnit == "") {
			t.Errorf("%s: capacity and capacity_unit go together", where)
		}
		if g.Stake != nil && (*g.Stake <= 0 || *g.Stake > 100) {
			t.Errorf("%s: stake %v is not a percentage", where, *g.Stake)
		}
		if g.Date != "" {
			ok := false
			for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
				if _, err := time.Parse(layout, g.Date); err == nil {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%s: date %q is not YYYY, YYYY-MM or YYYY-MM-DD", where, g.Date)
			}
		}
		a, b := g.Subject, g.Object
		if rt.Symmetric() && b < a {
			a, b = b, a
		}
		key := g.Article + "|" + a + "|" + g.Relation + "|" + b
		if prev, ok := seen[key]; ok {
			t.Errorf("%s: same relation as line %d", where, prev)
		}
		seen[key] = n
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for u, m := range byURL {
		if withGold[u] == 0 {
			t.Errorf("article %q (%s) has no gold relations", m.Title, u)
		}
	}
	for _, rt := range kg.RelationTypes {
		if types[rt] == 0 {
			t.Errorf("no gold relation of type %s", rt)
		}
	}
}
