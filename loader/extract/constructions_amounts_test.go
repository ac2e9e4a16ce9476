package extract_test

import (
	"math"
	"testing"

	"github.com/aikg/aikg/kg"
)

// amountCase is one text and the amount one of its relations must carry
// (usd 0: the relation must be found and carry none; per "" is not
// checked).
type amountCase struct {
	name string
	lang string
	text string
	rel  triple
	usd  float64
	per  kg.Period
}

// dealValueCases are the ways the press states what a deal is worth, and
// the figures next to a deal that are not its value (a company's
// valuation, revenue, a stake's worth).
var dealValueCases = []amountCase{
	// ---- a generic contract's value stated by "worth" before its type is
	// known (a later sentence or the article makes it a compute deal)
	{"contracts worth, no cue", "en", "Lambda's contracts with Microsoft are now worth about $1.5 billion.",
		triple{"Lambda", kg.PartnersWith, "Microsoft"}, 1.5e9, kg.Once},
	{"contract participle and worth", "en", "Nebius pointed to its contract with Microsoft, signed in September and worth about $17.4 billion over five years, as its largest.",
		triple{"Nebius", kg.PartnersWith, "Microsoft"}, 17.4e9, kg.Once},
	{"agreement participle and valued", "en", "Google pointed to its agreement with Anthropic, announced last week and valued at $10 billion, as proof of demand.",
		triple{"Google", kg.PartnersWith, "Anthropic"}, 10e9, ""},
	{"participle with a name is no deal clause", "en", "Nebius pointed to its contract with Microsoft, signed in September by Nvidia and worth about $17.4 billion.",
		triple{"Nebius", kg.PartnersWith, "Microsoft"}, 0, ""},

	// ---- a trigger inside a description of the target does not take the
	// price the main clause states after it
	{"ar price over description", "ar", "اتفقت أبل على شراء شركة Beta، المتخصصة في تطوير الرقائق وإطلاق الخوادم، مقابل ملياري دولار.",
		triple{"Apple", kg.Acquires, "Beta"}, 2e9, kg.Once},
	{"ar price over description, deal", "ar", "وقّعت سيسكو اتفاقاً لشراء شركة Splunk، المتخصصة في تحليل البيانات وإطلاق أدوات المراقبة، مقابل 28 مليار دولار تُدفع نقداً.",
		triple{"Cisco", kg.Acquires, "Splunk"}, 28e9, kg.Once},
	{"en price over description", "en", "OpenAI agreed to buy Statsig, a startup that builds testing and deployment tools, for $1.1 billion.",
		triple{"OpenAI", kg.Acquires, "Statsig"}, 1.1e9, kg.Once},
	{"en price over relative clause", "en", "Nvidia will acquire Lepton AI, which develops and launches cloud software, for about $300 million.",
		triple{"Nvidia", kg.Acquires, "Lepton AI"}, 300e6, kg.Once},
}

func TestDealValues(t *testing.T) {
	runAmountCases(t, dealValueCases)
}

func runAmountCases(t *testing.T, cases []amountCase) {
	t.Helper()
	x := newX(t)
	for _, c := range cases {
		ex := extractOK(t, x, c.lang, c.text)
		r := find(ex, c.rel.src, c.rel.typ, c.rel.dst)
		if r == nil && c.rel.typ.Symmetric() {
			r = find(ex, c.rel.dst, c.rel.typ, c.rel.src)
		}
		if r == nil {
			t.Errorf("%s: %s\n  no %s; got:%s", c.name, c.text, c.rel, listRels(ex))
			continue
		}
		u, ok := r.Figures.USD()
		switch {
		case c.usd == 0 && ok:
			t.Errorf("%s: %s\n  %s got amount %v, want none", c.name, c.text, c.rel, u)
		case c.usd != 0 && (!ok || math.Abs(u-c.usd) > c.usd*1e-6):
			t.Errorf("%s: %s\n  %s amount %v (%v), want %v", c.name, c.text, c.rel, u, ok, c.usd)
		case c.usd != 0 && c.per != "" && r.Figures.Period != c.per:
			t.Errorf("%s: %s\n  %s period %q, want %q", c.name, c.text, c.rel, r.Figures.Period, c.per)
		}
	}
}
