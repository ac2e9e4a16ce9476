package eval_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader/eval"
)

// TestLinesRoundTrip checks that extraction lines are valid gold: what
// `aikg extract --format jsonl` prints reads back with ReadGold and scores
// perfectly against the extraction it came from.
func TestLinesRoundTrip(t *testing.T) {
	text := "Oracle will supply OpenAI with 4.5 GW for $30 billion a year. Microsoft invested €1 billion in Mistral."
	usd30, usd1 := 30e9, 1.08e9
	x := &kg.Extraction{
		Article: kg.Article{ID: "https://news.example/a", URL: "https://news.example/a", Lang: "en", Hash: "sha256:1", Text: text},
		Entities: []kg.Entity{
			{ID: "oracle", Name: "Oracle", Kind: kg.Organization, Aliases: []string{"أوراكل"}},
			{ID: "openai", Name: "OpenAI", Kind: kg.Organization},
			{ID: "microsoft", Name: "Microsoft", Kind: kg.Organization},
			{ID: "mistral", Name: "Mistral AI", Kind: kg.Organization},
		},
		Relationships: []kg.Relationship{
			{Type: kg.SuppliesCompute, SourceID: "oracle", TargetID: "openai", Evidence: []kg.Evidence{{Start: 0, End: 61, Sentence: text[:61], Figures: kg.Figures{
				Amount: &kg.Money{Value: 30e9, Currency: "USD", USD: &usd30}, Period: kg.Year, Capacity: &kg.Quantity{Value: 4.5, Unit: "GW"}, Status: kg.Agreed, Confidence: 0.9}}}},
			{Type: kg.InvestsIn, SourceID: "microsoft", TargetID: "mistral", Evidence: []kg.Evidence{{Start: 62, End: 103, Sentence: text[62:], Figures: kg.Figures{
				Amount: &kg.Money{Value: 1e9, Currency: "EUR", USD: &usd1}, Date: "2025-02", Confidence: 0.8}}}},
		},
	}
	if err := kg.Prepare(x); err != nil {
		t.Fatal(err)
	}
	lines := eval.Lines(x.Article.URL, x)
	var buf bytes.Buffer
	for _, l := range lines {
		b, err := json.Marshal(l)
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	out := buf.String()
	for _, want := range []string{
		`"subject":"Microsoft","relation":"INVESTS_IN","object":"Mistral AI","amount_usd":1080000000,"amount":1000000000,"currency":"EUR"`,
		`"subject":"Oracle","relation":"SUPPLIES_COMPUTE","object":"OpenAI","amount_usd":30000000000,"currency":"USD","capacity_gw":4.5,"per":"year","status":"AGREED"`,
		`"evidence":"Oracle will supply OpenAI with 4.5 GW for $30 billion a year."`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s\n%s", want, out)
		}
	}
	gold, err := eval.ReadGold(&buf)
	if err != nil {
		t.Fatalf("extract output is not valid gold: %v", err)
	}
	rep := eval.Score(gold, eval.Items(x.Article.URL, x))
	if rep.Overall.TP != 2 || rep.Overall.FP != 0 || rep.Overall.FN != 0 || rep.Amounts.Correct != 2 {
		t.Errorf("lines do not score perfectly against their own extraction: %+v amounts %+v", rep.Overall, rep.Amounts)
	}
}
