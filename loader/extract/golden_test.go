package extract_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/aikg/aikg/kg"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenLine is one relationship in the team's JSONL shape.
type goldenLine struct {
	Subject      string   `json:"subject"`
	Relation     string   `json:"relation"`
	Object       string   `json:"object"`
	AmountUSD    *float64 `json:"amount_usd,omitempty"`
	Currency     string   `json:"currency,omitempty"`
	CapacityGW   *float64 `json:"capacity_gw,omitempty"`
	Capacity     *float64 `json:"capacity,omitempty"`
	CapacityUnit string   `json:"capacity_unit,omitempty"`
	Stake        *float64 `json:"stake,omitempty"`
	Per          string   `json:"per,omitempty"`
	Status       string   `json:"status,omitempty"`
	Date         string   `json:"date,omitempty"`
	Confidence   float64  `json:"confidence"`
	Evidence     []string `json:"evidence"`
}

func goldenLines(x *kg.Extraction) []goldenLine {
	names := map[string]string{}
	for _, e := range x.Entities {
		names[e.ID] = e.Name
	}
	var out []goldenLine
	for _, r := range x.Relationships {
		f := r.Figures
		g := goldenLine{Subject: names[r.SourceID], Relation: string(r.Type), Object: names[r.TargetID], Status: string(f.Status), Date: f.Date, Confidence: f.Confidence, Stake: f.Stake}
		if f.Amount != nil {
			g.AmountUSD, g.Currency = f.Amount.USD, f.Amount.Currency
		}
		if f.Period == kg.Year {
			g.Per = "year"
		}
		if q := f.Capacity; q != nil {
			v := q.Value
			if q.Unit == "GW" {
				g.CapacityGW = &v
			} else {
				g.Capacity, g.CapacityUnit = &v, q.Unit
			}
		}
		for _, e := range r.Evidence {
			g.Evidence = append(g.Evidence, e.Sentence)
		}
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Relation != b.Relation {
			return a.Relation < b.Relation
		}
		if a.Subject != b.Subject {
			return a.Subject < b.Subject
		}
		return a.Object < b.Object
	})
	return out
}

// TestGolden extracts the articles in testdata/articles (written for these
// tests) and compares with testdata/golden; -update rewrites the golden
// files after a deliberate rule change (review the diff).
func TestGolden(t *testing.T) {
	x := newX(t)
	files, err := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lang := "en"
		if strings.HasPrefix(filepath.Base(f), "ar_") {
			lang = "ar"
		}
		ex := extractOK(t, x, lang, string(b))
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		for _, l := range goldenLines(ex) {
			if err := enc.Encode(l); err != nil {
				t.Fatal(err)
			}
		}
		gf := filepath.Join("testdata", "golden", strings.TrimSuffix(filepath.Base(f), ".txt")+".jsonl")
		if *update {
			if err := os.MkdirAll(filepath.Dir(gf), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(gf, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(gf)
		if err != nil {
			t.Fatalf("%s: %v (run with -update to create)", gf, err)
		}
		if !bytes.Equal(want, buf.Bytes()) {
			t.Errorf("%s differs from %s:\n--- got\n%s\n--- want\n%s", f, gf, buf.String(), want)
		}
	}
}
