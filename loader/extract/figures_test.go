package extract_test

import (
	"math"
	"testing"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader/extract"
)

func TestParseAmount(t *testing.T) {
	cases := []struct {
		in   string
		val  float64
		ccy  string
		usd  float64
		none bool
	}{
		{in: "13 مليار دولار", val: 13e9, ccy: "USD", usd: 13e9},
		{in: "3 مليارات دولار", val: 3e9, ccy: "USD", usd: 3e9},
		{in: "$1.5bn", val: 1.5e9, ccy: "USD", usd: 1.5e9},
		{in: "$500m", val: 500e6, ccy: "USD", usd: 500e6},
		{in: "€600 million", val: 600e6, ccy: "EUR", usd: 648e6},
		{in: "نحو 30 مليار دولار سنوياً", val: 30e9, ccy: "USD", usd: 30e9},
		{in: "1.2 تريليون دولار", val: 1.2e12, ccy: "USD", usd: 1.2e12},
		{in: "ملياري دولار", val: 2e9, ccy: "USD", usd: 2e9},
		{in: "بقيمة 6.6 مليار دولار", val: 6.6e9, ccy: "USD", usd: 6.6e9},
		{in: "US$4 billion", val: 4e9, ccy: "USD", usd: 4e9},
		{in: "a billion dollars", val: 1e9, ccy: "USD", usd: 1e9},
		{in: "١٣ مليار دولار", val: 13e9, ccy: "USD", usd: 13e9},
		{in: "100 مليار درهم", val: 100e9, ccy: "AED", usd: 27.23e9},
		{in: "40 مليار ريال سعودي", val: 40e9, ccy: "SAR", usd: 10.668e9},
		{in: "10 مليارات ريال قطري", val: 10e9, ccy: "QAR", usd: 2.747e9},
		{in: "£2bn", val: 2e9, ccy: "GBP", usd: 2.54e9},
		{in: "¥1 trillion", val: 1e12, ccy: "JPY", usd: 6.7e9},
		{in: "50 billion yuan", val: 50e9, ccy: "CNY", usd: 6.945e9},
		{in: "1,500,000 dollars", val: 1.5e6, ccy: "USD", usd: 1.5e6},
		{in: "AED 10 billion", val: 10e9, ccy: "AED", usd: 2.723e9},
		{in: "a $6.6-billion round", val: 6.6e9, ccy: "USD", usd: 6.6e9},
		{in: "$300-billion", val: 300e9, ccy: "USD", usd: 300e9},
		{in: "half a billion dollars", val: 0.5e9, ccy: "USD", usd: 0.5e9},
		{in: "£1.8bn", val: 1.8e9, ccy: "GBP", usd: 2.286e9},
		{in: "1.8 مليار جنيه إسترليني", val: 1.8e9, ccy: "GBP", usd: 2.286e9},
		{in: "4.5 gigawatts", none: true},
		{in: "100 million users", none: true},
		{in: "2025", none: true},
	}
	for _, c := range cases {
		m, ok := extract.ParseAmount(c.in)
		if c.none {
			if ok {
				t.Errorf("%q: got %+v, want no amount", c.in, m)
			}
			continue
		}
		if !ok {
			t.Errorf("%q: no amount", c.in)
			continue
		}
		if m.Value != c.val || m.Currency != c.ccy || m.USD == nil || math.Abs(*m.USD-c.usd) > c.usd*1e-9 {
			u := 0.0
			if m.USD != nil {
				u = *m.USD
			}
			t.Errorf("%q: got %v %s (usd %v), want %v %s (usd %v)", c.in, m.Value, m.Currency, u, c.val, c.ccy, c.usd)
		}
	}
}

// figureCases check that a sentence's figures reach its relation.
var figureCases = []struct {
	lang   string
	text   string
	rel    triple
	usd    float64
	per    kg.Period
	gw     float64
	units  float64
	unit   string
	stake  float64
	date   string
	status kg.DealStatus
}{
	{lang: "en", text: "Microsoft invested $13bn in OpenAI.", rel: triple{"Microsoft", kg.InvestsIn, "OpenAI"}, usd: 13e9, per: kg.Once},
	{lang: "en", text: "Oracle will supply 4.5 GW of compute to OpenAI for $30 billion a year.", rel: triple{"Oracle", kg.SuppliesCompute, "OpenAI"}, usd: 30e9, per: kg.Year, gw: 4.5},
	{lang: "en", text: "Nvidia will provide 18,000 GPUs to Humain.", rel: triple{"Nvidia", kg.SuppliesCompute, "Humain"}, units: 18000, unit: "GPUs"},
	{lang: "en", text: "Crusoe will provide 200 MW of capacity to Oracle.", rel: triple{"Crusoe", kg.SuppliesCompute, "Oracle"}, gw: 0.2},
	{lang: "en", text: "Meta agreed to buy a 49% stake in Scale AI for $14.3 billion in June 2025.", rel: triple{"Meta", kg.InvestsIn, "Scale AI"}, usd: 14.3e9, stake: 49, date: "2025-06", status: kg.Agreed},
	{lang: "en", text: "AMD completed its acquisition of ZT Systems for $4.9 billion on 31 March 2025.", rel: triple{"AMD", kg.Acquires, "ZT Systems"}, usd: 4.9e9, date: "2025-03-31", status: kg.Completed},
	{lang: "en", text: "Last May, Microsoft said it was in talks to invest in Mistral AI.", rel: triple{"Microsoft", kg.InvestsIn, "Mistral AI"}, date: "2025-05", status: kg.Talks},
	{lang: "en", text: "The deal collapsed after Google hired the founders. OpenAI had agreed to acquire Windsurf for $3 billion earlier this year.", rel: triple{"OpenAI", kg.Acquires, "Windsurf"}, usd: 3e9, date: "2025", status: kg.Agreed},
	{lang: "ar", text: "استثمرت مايكروسوفت نحو 13 مليار دولار في OpenAI.", rel: triple{"Microsoft", kg.InvestsIn, "OpenAI"}, usd: 13e9, per: kg.Once},
	{lang: "ar", text: "وقّعت OpenAI اتفاقاً مع أوراكل بقيمة 30 مليار دولار سنوياً لتوفير قدرة حوسبية تبلغ 4.5 جيجاوات.", rel: triple{"Oracle", kg.SuppliesCompute, "OpenAI"}, usd: 30e9, per: kg.Year, gw: 4.5, status: kg.Agreed},
	{lang: "ar", text: "ستزود إنفيديا هيوماين بـ 18 ألف شريحة بقدرة 500 ميغاواط.", rel: triple{"Nvidia", kg.SuppliesCompute, "Humain"}, gw: 0.5},
	{lang: "ar", text: "استحوذت ميتا على حصة 49% في Scale AI مقابل 14.3 مليار دولار في يونيو 2025.", rel: triple{"Meta", kg.InvestsIn, "Scale AI"}, usd: 14.3e9, stake: 49, date: "2025-06"},
	{lang: "ar", text: "وأعلنت مايكروسوفت في مايو الماضي عن استثمار ملياري دولار في G42.", rel: triple{"Microsoft", kg.InvestsIn, "G42"}, usd: 2e9, date: "2025-05", status: kg.Announced},
	{lang: "ar", text: "وأتمت AMD استحواذها على ZT Systems في مارس الماضي مقابل 4.9 مليار دولار.", rel: triple{"AMD", kg.Acquires, "ZT Systems"}, usd: 4.9e9, date: "2025-03", status: kg.Completed},
	{lang: "ar", text: "وتجري OpenAI مفاوضات للاستحواذ على ويندسيرف مقابل 3 مليارات دولار.", rel: triple{"OpenAI", kg.Acquires, "Windsurf"}, usd: 3e9, status: kg.Talks},
	{lang: "ar", text: "وكانت مايكروسوفت قد استثمرت 1.5 مليار دولار في G42 العام الماضي.", rel: triple{"Microsoft", kg.InvestsIn, "G42"}, usd: 1.5e9, date: "2024"},
}

func TestFigureTable(t *testing.T) {
	x := newX(t)
	for _, c := range figureCases {
		ex := extractOK(t, x, c.lang, c.text)
		r := find(ex, c.rel.src, c.rel.typ, c.rel.dst)
		if r == nil {
			t.Errorf("%s\n  no %s; got:%s", c.text, c.rel, listRels(ex))
			continue
		}
		f := r.Figures
		if c.usd != 0 {
			if u, ok := f.USD(); !ok || math.Abs(u-c.usd) > 1 {
				t.Errorf("%s\n  amount %+v, want usd %v", c.text, f.Amount, c.usd)
			}
		}
		if c.per != "" && f.Period != c.per {
			t.Errorf("%s\n  period %q, want %q", c.text, f.Period, c.per)
		}
		if c.gw != 0 && (f.Capacity == nil || f.Capacity.Unit != "GW" || math.Abs(f.Capacity.Value-c.gw) > 1e-9) {
			t.Errorf("%s\n  capacity %+v, want %v GW", c.text, f.Capacity, c.gw)
		}
		if c.units != 0 && (f.Capacity == nil || f.Capacity.Unit != c.unit || f.Capacity.Value != c.units) {
			t.Errorf("%s\n  capacity %+v, want %v %s", c.text, f.Capacity, c.units, c.unit)
		}
		if c.stake != 0 && (f.Stake == nil || *f.Stake != c.stake) {
			t.Errorf("%s\n  stake %v, want %v", c.text, f.Stake, c.stake)
		}
		if c.date != "" && f.Date != c.date {
			t.Errorf("%s\n  date %q, want %q", c.text, f.Date, c.date)
		}
		if c.status != "" && f.Status != c.status {
			t.Errorf("%s\n  status %q, want %q", c.text, f.Status, c.status)
		}
	}
}

// A figure belongs to the relation whose clause states it, not to a
// neighbouring one.
func TestFigureNotMisattached(t *testing.T) {
	x := newX(t)
	cases := []struct {
		lang, text string
		rel        triple
	}{
		// the valuation is not the investment
		{"en", "Microsoft invested in OpenAI, which is now valued at $300 billion.", triple{"Microsoft", kg.InvestsIn, "OpenAI"}},
		// money OpenAI raised to fund the project is not MGX's investment
		{"ar", "ويحظى مشروع ستارجيت بدعم شركة MGX. وقد جمعت OpenAI قرابة 50 مليار دولار لتمويل المشروع.", triple{"MGX", kg.InvestsIn, "Stargate"}},
		// revenue is not the deal value
		{"en", "Nvidia supplies chips to Oracle, whose cloud revenue rose to $10 billion.", triple{"Nvidia", kg.SuppliesCompute, "Oracle"}},
	}
	for _, c := range cases {
		ex := extractOK(t, x, c.lang, c.text)
		r := find(ex, c.rel.src, c.rel.typ, c.rel.dst)
		if r == nil {
			t.Errorf("%s\n  no %s; got:%s", c.text, c.rel, listRels(ex))
			continue
		}
		if r.Amount != nil {
			t.Errorf("%s\n  %s got amount %+v that belongs elsewhere", c.text, c.rel, r.Amount)
		}
	}
	// and in a list, the round's total is nobody's own investment
	ex := extractOK(t, x, "en", "Microsoft, Nvidia and SoftBank invested a combined $6.6 billion in OpenAI.")
	for _, inv := range []string{"Microsoft", "Nvidia", "SoftBank"} {
		r := find(ex, inv, kg.InvestsIn, "OpenAI")
		if r == nil {
			t.Errorf("no %s INVESTS_IN OpenAI", inv)
		} else if r.Amount != nil {
			t.Errorf("%s got the round total %+v", inv, r.Amount)
		}
	}
}

// amountCases: the deal's value given in a neighbouring sentence that
// refers back to it, and valuations that are not the deal's amount.
var amountCases = []struct {
	lang string
	text string
	rel  triple
	usd  float64 // 0: the relation must carry no amount
}{
	{"en", "Nvidia agreed to acquire Lepton AI. The deal is worth about $300 million.", triple{"Nvidia", kg.Acquires, "Lepton AI"}, 300e6},
	{"en", "CoreWeave signed an agreement to buy Core Scientific. The transaction is valued at $9 billion.", triple{"CoreWeave", kg.Acquires, "Core Scientific"}, 9e9},
	{"ar", "استحوذت AMD على ZT Systems. وتبلغ قيمة الصفقة 4.9 مليار دولار.", triple{"AMD", kg.Acquires, "ZT Systems"}, 4.9e9},
	{"ar", "وقّعت OpenAI اتفاقاً للاستحواذ على ويندسيرف. وقُدّرت قيمة الصفقة بنحو 3 مليارات دولار.", triple{"OpenAI", kg.Acquires, "Windsurf"}, 3e9},
	{"ar", "أجرت أبل محادثات للاستحواذ على Perplexity، التي تُقدَّر قيمتها بنحو 14 مليار دولار.", triple{"Apple", kg.Acquires, "Perplexity"}, 0},
	{"en", "Apple held talks to acquire Perplexity, which is valued at about $14 billion.", triple{"Apple", kg.Acquires, "Perplexity"}, 0},
	{"ar", "أغلقت أنثروبيك جولة بقيمة 13 مليار دولار قادتها ICONIQ، ما يرفع تقييم الشركة إلى 183 مليار دولار.", triple{"ICONIQ", kg.InvestsIn, "Anthropic"}, 13e9},
	{"en", "Anthropic raised $13 billion in a round led by ICONIQ, lifting its valuation to $183 billion.", triple{"ICONIQ", kg.InvestsIn, "Anthropic"}, 13e9},
}

func TestAmountAttachment(t *testing.T) {
	x := newX(t)
	for _, c := range amountCases {
		ex := extractOK(t, x, c.lang, c.text)
		r := find(ex, c.rel.src, c.rel.typ, c.rel.dst)
		if r == nil {
			t.Errorf("%s\n  no %s; got:%s", c.text, c.rel, listRels(ex))
			continue
		}
		u, ok := r.Figures.USD()
		switch {
		case c.usd == 0 && ok:
			t.Errorf("%s\n  %s got amount %v, want none", c.text, c.rel, u)
		case c.usd != 0 && (!ok || math.Abs(u-c.usd) > 1):
			t.Errorf("%s\n  %s amount %v (%v), want %v", c.text, c.rel, u, ok, c.usd)
		}
	}
}
