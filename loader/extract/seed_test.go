package extract_test

import (
	"crypto/sha256"
	"encoding/hex"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/aikg/aikg/internal/testenv"
	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader/extract"
	"github.com/aikg/aikg/loader/read"
)

// cleanSeed is the test's own tiny boilerplate stripper: the site's
// footer starts at "مقالات ذات صلة".
func cleanSeed(s string) string {
	if i := strings.Index(s, "مقالات ذات صلة"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

func seedPath(t *testing.T) string {
	t.Helper()
	return testenv.Seed(t)
}

// loadSeed reads the seed with the test's own clean step (the footer cut).
func loadSeed(t *testing.T) *kg.Article {
	t.Helper()
	b, err := os.ReadFile(seedPath(t))
	if err != nil {
		t.Fatal(err)
	}
	text := cleanSeed(string(b))
	sum := sha256.Sum256([]byte(text))
	return &kg.Article{ID: "seed-000", Lang: "ar", Published: "2025-07-20", Text: text, Hash: "sha256:" + hex.EncodeToString(sum[:])}
}

// loadSeedRead reads the seed the way the loader does (loader/read).
func loadSeedRead(t *testing.T) *kg.Article {
	t.Helper()
	res, err := read.File(seedPath(t))
	if err != nil {
		t.Fatalf("read.File: %v", err)
	}
	arts := res.Articles()
	if len(arts) != 1 {
		t.Fatalf("read.File gave %d articles", len(arts))
	}
	a := arts[0]
	if a.Published == "" {
		a.Published = "2025-07-20" // the file has no date; relative dates need one
	}
	return &a
}

func newX(t testing.TB) *extract.Extractor {
	t.Helper()
	var opts extract.Options
	if os.Getenv("EXTRACT_DEBUG") != "" {
		opts.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	x, err := extract.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func find(x *kg.Extraction, src string, typ kg.RelationType, dst string) *kg.Relationship {
	s, d := kg.Slug(src), kg.Slug(dst)
	if typ.Symmetric() && d < s {
		s, d = d, s
	}
	for i := range x.Relationships {
		r := &x.Relationships[i]
		if r.Type == typ && r.SourceID == s && r.TargetID == d {
			return r
		}
	}
	return nil
}

func dump(t *testing.T, x *kg.Extraction) {
	t.Helper()
	for _, r := range x.Relationships {
		f := r.Figures
		line := r.SourceID + " " + string(r.Type) + " " + r.TargetID
		if u, ok := f.USD(); ok {
			line += " usd=" + ftoa(u)
		}
		if f.Capacity != nil {
			line += " cap=" + ftoa(f.Capacity.Value) + f.Capacity.Unit
		}
		if f.Period != "" {
			line += " per=" + string(f.Period)
		}
		if f.Status != "" {
			line += " status=" + string(f.Status)
		}
		if f.Date != "" {
			line += " date=" + f.Date
		}
		line += " conf=" + ftoa(f.Confidence)
		t.Log(line)
		if testing.Verbose() && os.Getenv("EXTRACT_DEBUG") != "" {
			for _, e := range r.Evidence {
				t.Logf("    [%.2f %s] %s", e.Confidence, e.Status, e.Sentence)
			}
		}
	}
}

func TestSeedArticle(t *testing.T) {
	t.Run("local-clean", func(t *testing.T) { checkSeed(t, loadSeed(t)) })
	t.Run("loader-read", func(t *testing.T) { checkSeed(t, loadSeedRead(t)) })
}

func checkSeed(t *testing.T, a *kg.Article) {
	x := newX(t).Extract(a)
	if err := kg.Prepare(x); err != nil {
		t.Fatalf("Prepare: %v", err)
	}
	dump(t, x)
	runes := []rune(a.Text)
	for _, r := range x.Relationships {
		for _, e := range r.Evidence {
			if string(runes[e.Start:e.End]) != e.Sentence {
				t.Errorf("%s: evidence offsets do not give the sentence", r.ID)
			}
			if strings.Contains(e.Sentence, "اترك تعليقاً") || strings.Contains(e.Sentence, "بريدك الإلكتروني") {
				t.Errorf("%s: evidence from boilerplate", r.ID)
			}
		}
	}
	type want struct {
		src string
		typ kg.RelationType
		dst string
		usd float64
		gw  float64
		per kg.Period
		in  string // evidence sentence must contain this
	}
	wants := []want{
		{"Microsoft", kg.InvestsIn, "OpenAI", 13e9, 0, "", "13 مليار دولار"},
		{"OpenAI", kg.Acquires, "Windsurf", 3e9, 0, "", "3 مليارات"},
		{"Oracle", kg.SuppliesCompute, "OpenAI", 30e9, 4.5, kg.Year, ""},
		{"Google", kg.SuppliesCompute, "OpenAI", 0, 0, "", ""},
		{"CoreWeave", kg.SuppliesCompute, "OpenAI", 0, 0, "", ""},
		{"Microsoft", kg.SuppliesCompute, "OpenAI", 0, 0, "", ""},
		{"MGX", kg.InvestsIn, "Stargate", 0, 0, "", ""},
		{"Abu Dhabi Investment Authority", kg.Owns, "MGX", 0, 0, "", ""},
		{"Sam Altman", kg.Leads, "OpenAI", 0, 0, "", ""},
		{"OpenAI", kg.Operates, "Stargate", 0, 0, "", ""},
		{"Microsoft", kg.PartnersWith, "OpenAI", 0, 0, "", ""},
	}
	for _, w := range wants {
		r := find(x, w.src, w.typ, w.dst)
		if r == nil {
			t.Errorf("missing %s %s %s", w.src, w.typ, w.dst)
			continue
		}
		if w.usd != 0 {
			if u, ok := r.Figures.USD(); !ok || u != w.usd {
				t.Errorf("%s: amount %v, want %v", r.ID, r.Figures.Amount, w.usd)
			}
		}
		if w.gw != 0 && (r.Capacity == nil || r.Capacity.Unit != "GW" || r.Capacity.Value != w.gw) {
			t.Errorf("%s: capacity %+v, want %v GW", r.ID, r.Capacity, w.gw)
		}
		if w.per != "" && r.Period != w.per {
			t.Errorf("%s: period %q, want %q", r.ID, r.Period, w.per)
		}
		if w.in != "" {
			ok := false
			for _, e := range r.Evidence {
				if strings.Contains(e.Sentence, w.in) && e.Amount != nil {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%s: no evidence sentence with %q carrying the amount", r.ID, w.in)
			}
		}
	}
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
