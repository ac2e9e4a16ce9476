package extract_test

import (
	"testing"

	"github.com/aikg/aikg/kg"
)

// dealScopeCases: a supply deal needs its own sentence to speak of compute
// or to bind both parties ("X's contracts with Y"); a demonstrative "this
// deal"/"هذه الصفقة" points back and takes no parties from names around
// it; talks about revising standing terms do not lend their TALKS status
// to the relation an earlier sentence stated.
var dealScopeCases = []struct {
	name      string
	lang      string
	text      string
	want      []triple
	not       []triple
	notStatus map[triple]kg.DealStatus
}{
	{"ar this deal objection in compute article", "ar",
		"تبني أوراكل مراكز بيانات ضخمة وتوفر قدرات حوسبة وشرائح ووحدات معالجة رسومية لعملائها. واستحوذت OpenAI على شركة “ويندسيرف”. وتشتهر “ويندسيرف” بأدوات البرمجة، لكن هذه الصفقة قوبلت برفض من مايكروسوفت.",
		[]triple{{"OpenAI", kg.Acquires, "Windsurf"}},
		[]triple{{"Microsoft", kg.SuppliesCompute, "Windsurf"}, {"Microsoft", kg.PartnersWith, "Windsurf"}}, nil},
	{"en this deal objection in compute article", "en",
		"Oracle builds data centers and rents GPUs, chips and compute capacity to labs. OpenAI bought Windsurf last spring. Windsurf makes coding assistants, and that deal angered Microsoft.",
		[]triple{{"OpenAI", kg.Acquires, "Windsurf"}},
		[]triple{{"Microsoft", kg.SuppliesCompute, "Windsurf"}, {"Microsoft", kg.PartnersWith, "Windsurf"}}, nil},
	{"en cloud firm co-mentioned with a deal word", "en",
		"Data centers, GPUs and compute capacity are scarce. Microsoft criticised the deal, said Anthropic in a filing.",
		nil, []triple{{"Microsoft", kg.SuppliesCompute, "Anthropic"}}, nil},
	{"en cloud firm's contracts with a lab", "en",
		"Data centers, GPUs and compute capacity are scarce. GPU clouds keep growing. CoreWeave's contracts with OpenAI are now worth about $22 billion.",
		[]triple{{"CoreWeave", kg.SuppliesCompute, "OpenAI"}}, nil, nil},
	{"ar renegotiation talks keep background investment", "ar",
		"تعد مايكروسوفت أكبر مستثمر في OpenAI باستثمارات تبلغ نحو 13 مليار دولار. وتقول مصادر إن المحادثات بين الشركتين تتناول مراجعة شروط الاستثمار القائمة.",
		[]triple{{"Microsoft", kg.InvestsIn, "OpenAI"}}, nil,
		map[triple]kg.DealStatus{{"Microsoft", kg.InvestsIn, "OpenAI"}: kg.Talks}},
	{"en renegotiation talks keep background investment", "en",
		"Microsoft is OpenAI's biggest investor, having invested about $13 billion. The talks between the two companies are about renegotiating the terms of that stake.",
		[]triple{{"Microsoft", kg.InvestsIn, "OpenAI"}}, nil,
		map[triple]kg.DealStatus{{"Microsoft", kg.InvestsIn, "OpenAI"}: kg.Talks}},
	{"en talks without revision still give talks", "en",
		"Nvidia said it agreed to invest in xAI. The talks between the two companies started in May.",
		[]triple{{"Nvidia", kg.InvestsIn, "xAI"}}, nil, nil},
}

func TestDealScope(t *testing.T) {
	x := newX(t)
	for _, tc := range dealScopeCases {
		ex := extractOK(t, x, tc.lang, tc.text)
		for _, w := range tc.want {
			if find(ex, w.src, w.typ, w.dst) == nil {
				t.Errorf("%s: %s\n  want %s; got:%s", tc.name, tc.text, w, listRels(ex))
			}
		}
		for _, n := range tc.not {
			if find(ex, n.src, n.typ, n.dst) != nil {
				t.Errorf("%s: %s\n  must not give %s", tc.name, tc.text, n)
			}
		}
		for tr, st := range tc.notStatus {
			if r := find(ex, tr.src, tr.typ, tr.dst); r != nil && r.Status == st {
				t.Errorf("%s: %s\n  %s must not have status %q", tc.name, tc.text, tr, st)
			}
		}
	}
}
