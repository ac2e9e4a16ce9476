package extract_test

import (
	"strings"
	"testing"

	"github.com/aikg/aikg/kg"
)

// partyCases: appositions, hyphenated owner/backer adjectives, pair
// anaphora without a trigger and pronoun subjects, Arabic and English.
var partyCases = []partyCase{
	// ---- appositions describe the head; their inner names are not parties
	{"ar appos rival", "ar", "قالت ميتا، المنافسة الرئيسية لجوجل، إنها ستستثمر 15 مليار دولار في سكيل إيه آي.",
		[]triple{{"Meta", kg.InvestsIn, "Scale AI"}}, []triple{{"Google", kg.InvestsIn, "Scale AI"}}},
	{"ar appos owner", "ar", "وافقت سوفت بنك، المالكة لشركة آرم، على ضخ 22 مليار دولار في OpenAI.",
		[]triple{{"SoftBank", kg.InvestsIn, "OpenAI"}}, []triple{{"Arm", kg.InvestsIn, "OpenAI"}}},
	{"ar appos developer", "ar", "تعتزم أنثروبيك، مطوّرة نموذج Claude، شراء رقائق من جوجل.",
		[]triple{{"Google", kg.SuppliesCompute, "Anthropic"}}, nil},
	{"en appos rival", "en", "Microsoft, Google's fiercest competitor, said it would invest $10bn in OpenAI.",
		[]triple{{"Microsoft", kg.InvestsIn, "OpenAI"}}, []triple{{"Google", kg.InvestsIn, "OpenAI"}}},
	{"en appos owner", "en", "SoftBank, the majority owner of Arm, agreed to invest $30bn in OpenAI.",
		[]triple{{"SoftBank", kg.InvestsIn, "OpenAI"}}, []triple{{"Arm", kg.InvestsIn, "OpenAI"}}},
	{"en appos maker", "en", "Anthropic, the maker of Claude, will buy chips from Google.",
		[]triple{{"Google", kg.SuppliesCompute, "Anthropic"}}, nil},
	// ---- "X-owned Y" / "X-backed Y"
	{"en owned adj", "en", "SoftBank-owned Arm unveiled its first in-house server chip.",
		[]triple{{"SoftBank", kg.Owns, "Arm"}}, nil},
	{"en backed adj", "en", "Shares in Nvidia-backed CoreWeave rose sharply on Tuesday.",
		[]triple{{"Nvidia", kg.InvestsIn, "CoreWeave"}}, nil},
	{"en owned and backed coordinated", "en", "SoftBank-owned Arm and Microsoft-backed OpenAI announced a partnership.",
		[]triple{{"SoftBank", kg.Owns, "Arm"}, {"Microsoft", kg.InvestsIn, "OpenAI"}},
		[]triple{{"SoftBank", kg.Owns, "Microsoft"}, {"Arm", kg.InvestsIn, "OpenAI"}, {"SoftBank", kg.Owns, "OpenAI"}}},
	// ---- gazetteer: io Products, Run:ai, Tahnoun
	{"en io products", "en", "OpenAI is buying io Products, the device company co-founded by Jony Ive.",
		[]triple{{"OpenAI", kg.Acquires, "io"}}, nil},
	{"en run:ai", "en", "Nvidia closed its purchase of Run:ai, an Israeli GPU orchestration startup.",
		[]triple{{"Nvidia", kg.Acquires, "Run:ai"}}, nil},
	{"ar tahnoun", "ar", "يرأس طحنون بن زايد مجلس إدارة شركة G42.",
		[]triple{{"Tahnoon bin Zayed Al Nahyan", kg.Leads, "G42"}}, nil},
	{"en tahnoun", "en", "G42 is chaired by Tahnoun bin Zayed, the UAE's national security adviser.",
		[]triple{{"Tahnoon bin Zayed Al Nahyan", kg.Leads, "G42"}}, nil},
	// ---- "it"/"its" is the main clause's subject, not a name in a subordinate clause
	{"en its after subordinate", "en", "Cerebras filed for a listing in Nasdaq last year. Its revenue grew after Meta said it would rent more chips, and in March it finished its takeover of Vortex Labs.",
		[]triple{{"Cerebras", kg.Acquires, "Vortex Labs"}}, []triple{{"Meta", kg.Acquires, "Vortex Labs"}}},
	{"en it after since clause", "en", "Since Microsoft invested in the startup, Mistral AI has grown, and in 2025 it completed its purchase of Koyeb.",
		[]triple{{"Mistral AI", kg.Acquires, "Koyeb"}}, []triple{{"Microsoft", kg.Acquires, "Koyeb"}}},
}

func TestPartyConstructions(t *testing.T) {
	runPartyCases(t, partyCases)
}

// TestPairRemarkNoEvidence: a quote about "the two companies" with no
// deal trigger, amount or status is not evidence of the previous deal.
func TestPairRemarkNoEvidence(t *testing.T) {
	x := newX(t)
	cases := []struct{ lang, text, remark string }{
		{"ar", "قالت مايكروسوفت إنها ستستثمر 10 مليارات دولار في OpenAI. وأضاف ساتيا ناديلا أن الشركتين تعلمتا الكثير من بعضهما على امتداد عقد كامل.",
			"وأضاف ساتيا ناديلا"},
		{"en", "Microsoft said it will invest $10bn in OpenAI. Satya Nadella added that the two companies have learned a lot from each other since their very first agreement.",
			"Satya Nadella added"},
	}
	for _, tc := range cases {
		ex := extractOK(t, x, tc.lang, tc.text)
		r := find(ex, "Microsoft", kg.InvestsIn, "OpenAI")
		if r == nil {
			t.Errorf("%s: want Microsoft INVESTS_IN OpenAI; got:%s", tc.lang, listRels(ex))
			continue
		}
		for _, e := range r.Evidence {
			if strings.Contains(e.Sentence, tc.remark) {
				t.Errorf("%s: the remark about the pair is evidence of the investment: %q", tc.lang, e.Sentence)
			}
		}
	}
}

// TestModifierDealAmount: "in a deal valued at $X" / "في صفقة بلغت
// قيمتها X" gives its amount to the clause it modifies, even inside a
// sentence about another deal.
func TestModifierDealAmount(t *testing.T) {
	x := newX(t)
	cases := []struct {
		lang, text, src, dst string
		usd                  float64
	}{
		{"ar", "باعت إنتل حصة في وحدة الرقائق المبرمجة إلى «سيلفر ليك» بملياري دولار، بعد سنوات من إتمام استحواذها على Altera في صفقة بلغت قيمتها 16.7 مليار دولار.", "Intel", "Altera", 16.7e9},
		{"ar", "أكملت إنفيديا شراء Run:ai في صفقة قدرت قيمتها بنحو 700 مليون دولار.", "Nvidia", "Run:ai", 700e6},
		{"en", "Intel sold part of the unit to Silver Lake, years after it closed its takeover of Altera in a deal valued at $16.7bn.", "Intel", "Altera", 16.7e9},
		{"en", "Nvidia completed its purchase of Run:ai in a $700m deal.", "Nvidia", "Run:ai", 700e6},
		{"en", "OpenAI has bought Windsurf, the AI coding tool once called Codeium, in an all-stock transaction that values Windsurf at $3 billion.", "OpenAI", "Windsurf", 3e9},
	}
	for _, tc := range cases {
		ex := extractOK(t, x, tc.lang, tc.text)
		r := find(ex, tc.src, kg.Acquires, tc.dst)
		checkUSD(t, tc.lang, tc.text, ex, r, tc.src, "ACQUIRES", tc.dst, tc.usd)
	}
}

// TestWorthAndComputeAmounts: "contracts with Y are worth $X" and "$X of
// computing power from Y" go to the compute relation.
func TestWorthAndComputeAmounts(t *testing.T) {
	x := newX(t)
	cases := []struct {
		lang, text, src, dst string
		usd                  float64
	}{
		{"en", "Microsoft leases GPUs to Anthropic. Microsoft's contracts with Anthropic are now worth roughly $12.5 billion.", "Microsoft", "Anthropic", 12.5e9},
		{"en", "Last spring Anthropic reportedly agreed to buy some $200 billion of computing power from Google over four years.", "Google", "Anthropic", 200e9},
		{"ar", "ستزود جوجل أنثروبيك برقائق حوسبة. وتبلغ قيمة الصفقة 40 مليار دولار.", "Google", "Anthropic", 40e9},
		{"ar", "والتزمت ميتا بموجب العقد بشراء سعة إضافية من منصة Azure السحابية بقيمة 20 مليار دولار.", "Microsoft", "Meta", 20e9},
	}
	for _, tc := range cases {
		ex := extractOK(t, x, tc.lang, tc.text)
		checkUSD(t, tc.lang, tc.text, ex, find(ex, tc.src, kg.SuppliesCompute, tc.dst), tc.src, "SUPPLIES_COMPUTE", tc.dst, tc.usd)
	}
}

// checkUSD: relationship r (src rel dst) exists and carries usd.
func checkUSD(t *testing.T, lang, text string, ex *kg.Extraction, r *kg.Relationship, src, rel, dst string, usd float64) {
	t.Helper()
	if r == nil {
		t.Errorf("%s: %s\n  want %s %s %s; got:%s", lang, text, src, rel, dst, listRels(ex))
		return
	}
	if u, ok := r.Figures.USD(); !ok || u != usd {
		t.Errorf("%s: %s\n  amount %v (%v), want %v", lang, text, u, ok, usd)
	}
}

// TestHeldStakeWorth: the worth of a stake a company keeps is not an
// investment amount; the price of a stake bought is.
func TestHeldStakeWorth(t *testing.T) {
	x := newX(t)
	cases := []struct {
		lang, text string
		usd        float64 // 0: no amount
	}{
		{"ar", "وستحتفظ مايكروسوفت بحصة تقارب 30% في OpenAI، تقدر قيمتها بنحو 100 مليار دولار.", 0},
		{"en", "Under the deal Microsoft retains a stake of roughly 30% in OpenAI, worth about $100bn.", 0},
		{"en", "Microsoft paid $10bn for a 30% stake in OpenAI.", 10e9},
	}
	for _, tc := range cases {
		ex := extractOK(t, x, tc.lang, tc.text)
		r := find(ex, "Microsoft", kg.InvestsIn, "OpenAI")
		if r == nil {
			t.Errorf("%s: %s\n  want Microsoft INVESTS_IN OpenAI; got:%s", tc.lang, tc.text, listRels(ex))
			continue
		}
		u, ok := r.Figures.USD()
		if tc.usd == 0 && ok || tc.usd != 0 && u != tc.usd {
			t.Errorf("%s: %s\n  amount %v (%v), want %v", tc.lang, tc.text, u, ok, tc.usd)
		}
	}
}

// TestCoLeadsGetRoundSize: co-leads of a round ("وشاركت في قيادتها",
// "co-led by") get its size like the lead.
func TestCoLeadsGetRoundSize(t *testing.T) {
	x := newX(t)
	text := "أنهت شركة ميسترال جولة تمويلية بقيمة 2 مليار دولار قادتها شركة ASML، وشاركت في قيادتها كل من «إنفيديا» و«مايكروسوفت»."
	ex := extractOK(t, x, "ar", text)
	for _, inv := range []string{"ASML", "Nvidia", "Microsoft"} {
		checkUSD(t, "ar", text, ex, find(ex, inv, kg.InvestsIn, "Mistral AI"), inv, "INVESTS_IN", "Mistral AI", 2e9)
	}
}

// TestRoundLedByGetsSize: "a $400m Series C, which was led by A and B":
// A and B lead the round and get its size.
func TestRoundLedByGetsSize(t *testing.T) {
	x := newX(t)
	text := "Last spring CoreWeave closed a $400 million Series C, which was led by Magnetar and Coatue."
	ex := extractOK(t, x, "en", text)
	for _, inv := range []string{"Magnetar", "Coatue"} {
		checkUSD(t, "en", text, ex, find(ex, inv, kg.InvestsIn, "CoreWeave"), inv, "INVESTS_IN", "CoreWeave", 400e6)
	}
}
