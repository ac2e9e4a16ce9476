package eval_test

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader/eval"
)

func f64(v float64) *float64 { return &v }

func gl(article, s string, r kg.RelationType, o string) eval.Gold {
	return eval.Gold{Article: article, Subject: s, Relation: r, Object: o}
}

func it(article, lang, s string, r kg.RelationType, o string, aliases ...[]string) eval.Item {
	x := eval.Item{Article: article, Lang: lang, Subject: eval.Name{Name: s}, Relation: r, Object: eval.Name{Name: o}}
	if len(aliases) > 0 {
		x.Subject.Aliases = aliases[0]
	}
	if len(aliases) > 1 {
		x.Object.Aliases = aliases[1]
	}
	return x
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func checkCounts(t *testing.T, what string, c eval.Counts, tp, fp, fn int, p, r, f1 float64) {
	t.Helper()
	if c.TP != tp || c.FP != fp || c.FN != fn {
		t.Errorf("%s: TP/FP/FN = %d/%d/%d, want %d/%d/%d", what, c.TP, c.FP, c.FN, tp, fp, fn)
	}
	if !near(c.Precision, p) || !near(c.Recall, r) || !near(c.F1, f1) {
		t.Errorf("%s: P/R/F1 = %.4f/%.4f/%.4f, want %.4f/%.4f/%.4f", what, c.Precision, c.Recall, c.F1, p, r, f1)
	}
}

func TestScoreMatching(t *testing.T) {
	const a, b = "https://news.example/a", "https://news.example/b"
	tests := []struct {
		name       string
		gold       []eval.Gold
		got        []eval.Item
		tp, fp, fn int
		p, r, f1   float64
	}{
		{
			name: "perfect",
			gold: []eval.Gold{gl(a, "Microsoft", kg.InvestsIn, "OpenAI"), gl(a, "Sam Altman", kg.Leads, "OpenAI")},
			got:  []eval.Item{it(a, "en", "Sam Altman", kg.Leads, "OpenAI"), it(a, "en", "Microsoft", kg.InvestsIn, "OpenAI")},
			tp:   2, p: 1, r: 1, f1: 1,
		},
		{
			name: "two of four found, one wrong: P 2/3, R 1/2, F1 4/7",
			gold: []eval.Gold{
				gl(a, "Microsoft", kg.InvestsIn, "OpenAI"), gl(a, "Oracle", kg.SuppliesCompute, "OpenAI"),
				gl(a, "Sam Altman", kg.Leads, "OpenAI"), gl(a, "Stargate", kg.LocatedIn, "Abilene"),
			},
			got: []eval.Item{
				it(a, "en", "Microsoft", kg.InvestsIn, "OpenAI"), it(a, "en", "Oracle", kg.SuppliesCompute, "OpenAI"),
				it(a, "en", "Sam Altman", kg.Leads, "Microsoft"),
			},
			tp: 2, fp: 1, fn: 2, p: 2.0 / 3, r: 0.5, f1: 4.0 / 7,
		},
		{
			name: "nothing extracted",
			gold: []eval.Gold{gl(a, "Microsoft", kg.InvestsIn, "OpenAI")},
			fn:   1,
		},
		{
			name: "direction matters for asymmetric types",
			gold: []eval.Gold{gl(a, "Microsoft", kg.InvestsIn, "OpenAI")},
			got:  []eval.Item{it(a, "en", "OpenAI", kg.InvestsIn, "Microsoft")},
			fp:   1, fn: 1,
		},
		{
			name: "symmetric types match either way",
			gold: []eval.Gold{gl(a, "Google", kg.PartnersWith, "Windsurf"), gl(a, "xAI", kg.CompetesWith, "OpenAI")},
			got:  []eval.Item{it(a, "en", "Windsurf", kg.PartnersWith, "Google"), it(a, "en", "xAI", kg.CompetesWith, "OpenAI")},
			tp:   2, p: 1, r: 1, f1: 1,
		},
		{
			name: "relation type must agree",
			gold: []eval.Gold{gl(a, "Meta", kg.InvestsIn, "Scale AI")},
			got:  []eval.Item{it(a, "en", "Meta", kg.Acquires, "Scale AI")},
			fp:   1, fn: 1,
		},
		{
			name: "names fold: case, hamza, punctuation",
			gold: []eval.Gold{gl(a, "openai", kg.Acquires, "Windsurf"), gl(a, "أوراكل", kg.SuppliesCompute, "OpenAI")},
			got:  []eval.Item{it(a, "ar", "OpenAI", kg.Acquires, "«WINDSURF»"), it(a, "ar", "اوراكل", kg.SuppliesCompute, "Open-AI", nil, []string{"OpenAI"})},
			tp:   2, p: 1, r: 1, f1: 1,
		},
		{
			name: "aliases match, so Arabic-only entities count",
			gold: []eval.Gold{gl(a, "Codeium", kg.Acquires, "ويندسيرف"), gl(a, "G42", kg.Owns, "MGX")},
			got: []eval.Item{
				it(a, "ar", "Cognition", kg.Acquires, "Windsurf", []string{"Codeium"}, []string{"ويندسيرف"}),
				it(a, "ar", "جي 42", kg.Owns, "إم جي إكس", []string{"G42"}, []string{"MGX"}),
			},
			tp: 2, p: 1, r: 1, f1: 1,
		},
		{
			name: "one item pairs with one gold line",
			gold: []eval.Gold{gl(a, "Microsoft", kg.InvestsIn, "OpenAI")},
			got:  []eval.Item{it(a, "en", "Microsoft", kg.InvestsIn, "OpenAI"), it(a, "en", "MSFT", kg.InvestsIn, "OpenAI", []string{"Microsoft"})},
			tp:   1, fp: 1, p: 0.5, r: 1, f1: 2.0 / 3,
		},
		{
			name: "articles are separate",
			gold: []eval.Gold{gl(a, "Microsoft", kg.InvestsIn, "OpenAI"), gl(b, "Nvidia", kg.InvestsIn, "OpenAI")},
			got:  []eval.Item{it(b, "en", "Microsoft", kg.InvestsIn, "OpenAI"), it(b, "en", "Nvidia", kg.InvestsIn, "OpenAI")},
			tp:   1, fp: 1, fn: 1, p: 0.5, r: 0.5, f1: 0.5,
		},
		{
			name: "URL keys compare canonically",
			gold: []eval.Gold{gl("https://NEWS.example/a/?utm_source=x#top", "Microsoft", kg.InvestsIn, "OpenAI")},
			got:  []eval.Item{it(a, "en", "Microsoft", kg.InvestsIn, "OpenAI")},
			tp:   1, p: 1, r: 1, f1: 1,
		},
		{
			name: "articles without gold are not scored",
			gold: []eval.Gold{gl(a, "Microsoft", kg.InvestsIn, "OpenAI")},
			got:  []eval.Item{it(a, "en", "Microsoft", kg.InvestsIn, "OpenAI"), it("https://news.example/unannotated", "en", "X", kg.Leads, "Y")},
			tp:   1, p: 1, r: 1, f1: 1,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := eval.Score(tc.gold, tc.got)
			checkCounts(t, "overall", rep.Overall, tc.tp, tc.fp, tc.fn, tc.p, tc.r, tc.f1)
			if len(rep.Missed) != tc.fn || len(rep.Spurious) != tc.fp {
				t.Errorf("%d missed and %d spurious listed, want %d and %d", len(rep.Missed), len(rep.Spurious), tc.fn, tc.fp)
			}
		})
	}
}

func TestScorePrefersCanonicalName(t *testing.T) {
	// The first item matches "OpenAI" only through an alias; the second by
	// its canonical name. Pairing greedily in item order would pair the
	// alias and leave the canonical one spurious.
	const a = "a.md"
	gold := []eval.Gold{gl(a, "Microsoft", kg.InvestsIn, "OpenAI")}
	got := []eval.Item{
		it(a, "en", "Microsoft", kg.InvestsIn, "OpenAI Foundation", nil, []string{"OpenAI"}),
		it(a, "en", "Microsoft", kg.InvestsIn, "OpenAI"),
	}
	rep := eval.Score(gold, got)
	if len(rep.Spurious) != 1 || rep.Spurious[0].Object != "OpenAI Foundation" {
		t.Fatalf("spurious = %+v, want the alias match", rep.Spurious)
	}
}

func TestScoreBreakdowns(t *testing.T) {
	const en, ar = "https://news.example/en", "https://news.example/ar"
	gold := []eval.Gold{
		gl(en, "Microsoft", kg.InvestsIn, "OpenAI"),    // found
		gl(en, "Sam Altman", kg.Leads, "OpenAI"),       // missed
		gl(en, "Stargate", kg.LocatedIn, "Abilene"),    // found, not headline
		gl(ar, "Oracle", kg.SuppliesCompute, "OpenAI"), // found
		gl(ar, "G42", kg.Operates, "Stargate UAE"),     // missed, not headline
	}
	gold[3].Lang = "ar" // from the gold line; the English article's language comes from its items
	got := []eval.Item{
		it(en, "en", "Microsoft", kg.InvestsIn, "OpenAI"),
		it(en, "en", "Stargate", kg.LocatedIn, "Abilene"),
		it(en, "en", "Texas", kg.LocatedIn, "United States"), // spurious, not headline
		it(ar, "", "Oracle", kg.SuppliesCompute, "OpenAI"),
		it(ar, "", "Oracle", kg.Owns, "OpenAI"), // spurious, headline
	}
	rep := eval.Score(gold, got)
	if rep.Articles != 2 {
		t.Errorf("%d articles, want 2", rep.Articles)
	}
	checkCounts(t, "overall", rep.Overall, 3, 2, 2, 0.6, 0.6, 0.6)
	// Headline: TP InvestsIn + SuppliesCompute, FP Owns, FN Leads.
	checkCounts(t, "headline", rep.Headline, 2, 1, 1, 2.0/3, 2.0/3, 2.0/3)
	checkCounts(t, "LOCATED_IN", rep.Type(kg.LocatedIn), 1, 1, 0, 0.5, 1, 2.0/3)
	checkCounts(t, "OPERATES", rep.Type(kg.Operates), 0, 0, 1, 0, 0, 0)
	checkCounts(t, "ACQUIRES", rep.Type(kg.Acquires), 0, 0, 0, 0, 0, 0)
	if len(rep.ByType) != len(kg.RelationTypes) {
		t.Errorf("%d type rows, want %d", len(rep.ByType), len(kg.RelationTypes))
	}
	enS, arS := rep.Lang("en"), rep.Lang("ar")
	checkCounts(t, "en", enS.All, 2, 1, 1, 2.0/3, 2.0/3, 2.0/3)
	checkCounts(t, "en headline", enS.Headline, 1, 0, 1, 1, 0.5, 2.0/3)
	checkCounts(t, "ar", arS.All, 1, 1, 1, 0.5, 0.5, 0.5)
	checkCounts(t, "ar headline", arS.Headline, 1, 1, 0, 0.5, 1, 2.0/3)
	if enS.Articles != 1 || arS.Articles != 1 || len(rep.ByLang) != 2 {
		t.Errorf("languages = %+v", rep.ByLang)
	}
}

func TestScoreFigures(t *testing.T) {
	const a = "a.md"
	usd := func(v float64) *kg.Money { return &kg.Money{Value: v, Currency: "USD", USD: f64(v)} }
	type row struct {
		gold eval.Gold
		fig  kg.Figures
	}
	withAmt := func(s, o string, g *float64, per string) eval.Gold {
		x := gl(a, s, kg.InvestsIn, o)
		x.AmountUSD, x.Per = g, per
		return x
	}
	rows := []row{
		{withAmt("A", "B", f64(13e9), ""), kg.Figures{Amount: usd(13.1e9)}},                                // correct: 0.77% off
		{withAmt("A", "C", f64(13e9), ""), kg.Figures{Amount: usd(13.3e9)}},                                // wrong: 2.3% off
		{withAmt("A", "D", f64(30e9), "year"), kg.Figures{Amount: usd(30e9), Period: kg.Year}},             // correct
		{withAmt("A", "E", f64(30e9), "year"), kg.Figures{Amount: usd(30e9), Period: kg.Once}},             // wrong period
		{withAmt("A", "F", f64(5e9), ""), kg.Figures{}},                                                    // missing
		{withAmt("A", "G", nil, ""), kg.Figures{Amount: usd(1e9)}},                                         // extra
		{withAmt("A", "H", nil, ""), kg.Figures{}},                                                         // not compared
		{withAmt("A", "I", f64(30e9), ""), kg.Figures{Amount: &kg.Money{Value: 30, Currency: "USD"}}},      // wrong: no USD, value 30
		{withAmt("A", "J", f64(2e9), ""), kg.Figures{Amount: &kg.Money{Value: 2e9, Currency: "USD"}}},      // correct: USD by currency
		{withAmt("A", "K", f64(1.52e9), ""), kg.Figures{Amount: &kg.Money{Value: 1.3e9, Currency: "EUR"}}}, // wrong: gold gives no EUR amount
	}
	eur := withAmt("A", "L", f64(1.52e9), "")
	eur.Amount, eur.Currency = f64(1.3e9), "EUR"
	rows = append(rows,
		row{eur, kg.Figures{Amount: &kg.Money{Value: 1.3e9, Currency: "EUR", USD: f64(1.41e9)}}}, // correct in the stated currency
		row{eur, kg.Figures{Amount: &kg.Money{Value: 1.5e9, Currency: "EUR", USD: f64(1.52e9)}}}, // correct in dollars
	)
	rows[len(rows)-1].gold.Object = "M"

	var gold []eval.Gold
	var got []eval.Item
	for _, r := range rows {
		gold = append(gold, r.gold)
		x := it(a, "en", r.gold.Subject, r.gold.Relation, r.gold.Object)
		x.Figures = r.fig
		got = append(got, x)
	}
	rep := eval.Score(gold, got)
	am := rep.Amounts
	if am.Compared != 11 || am.Correct != 5 || am.Missing != 1 || am.Extra != 1 || am.Wrong != 4 {
		t.Errorf("amounts = %+v, want 11 compared, 5 correct, 1 missing, 1 extra, 4 wrong", am)
	}
	if !near(am.Accuracy, 5.0/11) {
		t.Errorf("amount accuracy %.4f, want %.4f", am.Accuracy, 5.0/11)
	}
	var amountErrs int
	for _, e := range rep.FigureErrors {
		if e.Figure == "amount" {
			amountErrs++
		}
	}
	if amountErrs != 6 {
		t.Errorf("%d amount errors listed, want 6", amountErrs)
	}
}

// TestScoreAmountsByLanguage: each language counts the amounts of its own
// articles' matched relations, and the languages add up to the total.
func TestScoreAmountsByLanguage(t *testing.T) {
	const en, ar = "en.md", "ar.md"
	usd := func(v float64) kg.Figures {
		return kg.Figures{Amount: &kg.Money{Value: v, Currency: "USD", USD: f64(v)}}
	}
	type row struct {
		article, lang, obj string
		gold               *float64
		got                kg.Figures
	}
	rows := []row{
		{en, "en", "B", f64(13e9), usd(13e9)},   // en correct
		{en, "en", "C", f64(6e9), usd(6.6e9)},   // en wrong
		{en, "en", "D", nil, kg.Figures{}},      // en not compared
		{ar, "ar", "B", f64(3e9), usd(3e9)},     // ar correct
		{ar, "ar", "C", f64(1e9), kg.Figures{}}, // ar missing
		{ar, "ar", "D", f64(2e9), usd(2e9)},     // ar correct
	}
	var gold []eval.Gold
	var got []eval.Item
	for _, r := range rows {
		g := gl(r.article, "A", kg.InvestsIn, r.obj)
		g.AmountUSD = r.gold
		gold = append(gold, g)
		x := it(r.article, r.lang, "A", kg.InvestsIn, r.obj)
		x.Figures = r.got
		got = append(got, x)
	}
	rep := eval.Score(gold, got)
	for _, c := range []struct {
		lang                      string
		compared, correct, missed int
		want                      float64
	}{
		{"en", 2, 1, 0, 0.5},
		{"ar", 3, 2, 1, 2.0 / 3},
	} {
		am := rep.Lang(c.lang).Amounts
		if am.Compared != c.compared || am.Correct != c.correct || am.Missing != c.missed || !near(am.Accuracy, c.want) {
			t.Errorf("%s amounts = %+v, want %d compared, %d correct, %d missing, accuracy %.3f", c.lang, am, c.compared, c.correct, c.missed, c.want)
		}
	}
	if en, ar := rep.Lang("en").Amounts, rep.Lang("ar").Amounts; en.Compared+ar.Compared != rep.Amounts.Compared || en.Correct+ar.Correct != rep.Amounts.Correct {
		t.Errorf("languages' amounts %+v + %+v do not add up to %+v", en, ar, rep.Amounts)
	}
}

func TestScoreCapacitiesAndStatus(t *testing.T) {
	const a = "a.md"
	capRow := func(o string, set func(*eval.Gold), q *kg.Quantity, gs, st kg.DealStatus) (eval.Gold, eval.Item) {
		g := gl(a, "X", kg.SuppliesCompute, o)
		set(&g)
		g.Status = gs
		x := it(a, "en", "X", kg.SuppliesCompute, o)
		x.Figures.Capacity, x.Figures.Status = q, st
		return g, x
	}
	none := func(*eval.Gold) {}
	gw := func(v float64) func(*eval.Gold) { return func(g *eval.Gold) { g.CapacityGW = f64(v) } }
	cnt := func(v float64, u string) func(*eval.Gold) {
		return func(g *eval.Gold) { g.Capacity, g.CapacityUnit = f64(v), u }
	}
	var gold []eval.Gold
	var got []eval.Item
	add := func(g eval.Gold, x eval.Item) { gold, got = append(gold, g), append(got, x) }
	add(capRow("A", gw(0.5), &kg.Quantity{Value: 500, Unit: "MW"}, kg.Agreed, kg.Agreed))         // cap ok, status ok
	add(capRow("B", gw(4.5), &kg.Quantity{Value: 4.5, Unit: "GW"}, kg.Agreed, kg.Announced))      // cap ok, status wrong
	add(capRow("C", cnt(18000, "chips"), &kg.Quantity{Value: 18000, Unit: "Chip"}, "", kg.Talks)) // cap ok, status extra
	add(capRow("D", cnt(1, "GW"), &kg.Quantity{Value: 1000, Unit: "MW"}, kg.Blocked, ""))         // cap ok (power units), status missing
	add(capRow("E", cnt(100000, "GPUs"), &kg.Quantity{Value: 100000, Unit: "chips"}, "", ""))     // cap wrong unit
	add(capRow("F", gw(10), nil, "", ""))                                                         // cap missing
	add(capRow("G", none, &kg.Quantity{Value: 6, Unit: "GW"}, "", ""))                            // cap extra
	add(capRow("H", gw(6), &kg.Quantity{Value: 6, Unit: "GPUs"}, "", ""))                         // cap wrong: not power
	rep := eval.Score(gold, got)
	c := rep.Capacities
	if c.Compared != 8 || c.Correct != 4 || c.Missing != 1 || c.Extra != 1 || c.Wrong != 2 || !near(c.Accuracy, 0.5) {
		t.Errorf("capacities = %+v, want 8 compared, 4 correct, 1 missing, 1 extra, 2 wrong", c)
	}
	s := rep.Statuses
	if s.Compared != 4 || s.Correct != 1 || s.Missing != 1 || s.Extra != 1 || s.Wrong != 1 || !near(s.Accuracy, 0.25) {
		t.Errorf("statuses = %+v, want 4 compared, 1 correct, 1 missing, 1 extra, 1 wrong", s)
	}
}

func TestItemsFromExtraction(t *testing.T) {
	x := &kg.Extraction{
		Article: kg.Article{ID: "https://news.example/a", Lang: "ar"},
		Entities: []kg.Entity{
			{ID: "oracle", Name: "Oracle", Kind: kg.Organization, Aliases: []string{"أوراكل"}},
			{ID: "openai", Name: "OpenAI", Kind: kg.Organization},
		},
		Relationships: []kg.Relationship{{
			Type: kg.SuppliesCompute, SourceID: "oracle", TargetID: "openai",
			Evidence: []kg.Evidence{
				{Figures: kg.Figures{Confidence: 0.6, Status: kg.Talks}},
				{Figures: kg.Figures{Confidence: 0.9, Status: kg.Agreed, Capacity: &kg.Quantity{Value: 4.5, Unit: "GW"}}},
			},
		}},
	}
	items := eval.Items("https://news.example/a", x)
	if len(items) != 1 {
		t.Fatalf("%d items, want 1", len(items))
	}
	got := items[0]
	if got.Subject.Name != "Oracle" || len(got.Subject.Aliases) != 1 || got.Object.Name != "OpenAI" || got.Lang != "ar" {
		t.Errorf("item = %+v", got)
	}
	// Not prepared: the headline is merged from the evidence.
	if got.Figures.Status != kg.Agreed || got.Figures.Capacity == nil || got.Figures.Capacity.Value != 4.5 {
		t.Errorf("figures = %+v, want the merged headline", got.Figures)
	}
	g := gl("https://news.example/a", "أوراكل", kg.SuppliesCompute, "OpenAI")
	g.CapacityGW = f64(4.5)
	rep := eval.Score([]eval.Gold{g}, items)
	if rep.Overall.TP != 1 || rep.Capacities.Correct != 1 {
		t.Errorf("report = %+v", rep.Overall)
	}
}

func TestReportOutputs(t *testing.T) {
	const a = "https://news.example/a"
	g := gl(a, "Oracle", kg.SuppliesCompute, "OpenAI")
	g.AmountUSD, g.Per, g.Line = f64(30e9), "year", 7
	x := it(a, "en", "Oracle", kg.SuppliesCompute, "OpenAI")
	x.Figures.Amount = &kg.Money{Value: 30e9, Currency: "USD", USD: f64(30e9)}
	rep := eval.Score([]eval.Gold{g, gl(a, "Larry Ellison", kg.Leads, "Oracle")}, []eval.Item{x, it(a, "en", "Oracle", kg.Owns, "OpenAI")})

	var text bytes.Buffer
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"1 articles scored", "SUPPLIES_COMPUTE", "headline", "overall", "50.0%", "amount", "en"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, text.String())
		}
	}
	var det bytes.Buffer
	if err := rep.WriteDetails(&det); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"missed (1)", "Larry Ellison LEADS Oracle", "spurious (1)", "Oracle OWNS OpenAI", "wrong figures (1)", "gold 30B USD a year, got 30B USD"} {
		if !strings.Contains(det.String(), want) {
			t.Errorf("details lack %q:\n%s", want, det.String())
		}
	}
	var js bytes.Buffer
	if err := rep.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var back eval.Report
	if err := json.Unmarshal(js.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if back.Overall != rep.Overall || back.Amounts != rep.Amounts || len(back.ByType) != len(kg.RelationTypes) {
		t.Errorf("JSON round trip lost figures: %+v", back.Overall)
	}
}
