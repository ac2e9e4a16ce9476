package extract_test

import (
	"testing"

	"github.com/aikg/aikg/kg"
)

// dealAmountCases: a deal word without parties of its own ("a contract
// worth $X to provide … to Y") gives its value to the relation its purpose
// clause states, which then beats a figure from a follow-up sentence; a
// parcel of shares ("$N of X stock", "أسهم بقيمة") handed over inside a deal
// is not the deal's value. usd 0 means: no amount.
var dealAmountCases = []struct {
	name string
	lang string
	text string
	rel  triple
	usd  float64
}{
	{"en contract worth then stock follow-up", "en",
		"Nebius signed a four-year agreement worth $17.4 billion to supply GPU capacity to Microsoft. Under the deal, Microsoft also gets $200 million of Nebius stock.",
		triple{"Nebius", kg.SuppliesCompute, "Microsoft"}, 17.4e9},
	{"en contract worth purpose clause alone", "en",
		"CoreWeave won a contract worth $4 billion to deliver AI infrastructure to OpenAI.",
		triple{"CoreWeave", kg.SuppliesCompute, "OpenAI"}, 4e9},
	{"en stock parcel only", "en",
		"Oracle will provide cloud compute to xAI. As part of the deal, xAI receives $90 million of Oracle shares.",
		triple{"Oracle", kg.SuppliesCompute, "xAI"}, 0},
	{"ar contract value then shares follow-up", "ar",
		"أبرمت CoreWeave عقداً بقيمة 6 مليارات دولار لتوفير قدرات حوسبة لشركة OpenAI. وبموجب الاتفاق تحصل OpenAI على أسهم بقيمة 400 مليون دولار.",
		triple{"CoreWeave", kg.SuppliesCompute, "OpenAI"}, 6e9},
	{"ar shares parcel only", "ar",
		"ستوفر أوراكل قدرات حوسبة سحابية لشركة xAI. وبموجب الاتفاق تحصل xAI على أسهم بقيمة 90 مليون دولار.",
		triple{"Oracle", kg.SuppliesCompute, "xAI"}, 0},
	{"en price paid in stock stays the deal's", "en",
		"OpenAI agreed to acquire io for $6.5 billion in stock.",
		triple{"OpenAI", kg.Acquires, "io"}, 6.5e9},
}

func TestDealAmounts(t *testing.T) {
	x := newX(t)
	for _, tc := range dealAmountCases {
		ex := extractOK(t, x, tc.lang, tc.text)
		r := find(ex, tc.rel.src, tc.rel.typ, tc.rel.dst)
		if r == nil {
			t.Errorf("%s: %s\n  want %s; got:%s", tc.name, tc.text, tc.rel, listRels(ex))
			continue
		}
		got, ok := r.Figures.USD()
		switch {
		case tc.usd == 0 && ok:
			t.Errorf("%s: %s\n  %s: amount %v, want none", tc.name, tc.text, tc.rel, got)
		case tc.usd != 0 && (!ok || got != tc.usd):
			t.Errorf("%s: %s\n  %s: amount %v (%v), want %v", tc.name, tc.text, tc.rel, got, ok, tc.usd)
		}
	}
}
