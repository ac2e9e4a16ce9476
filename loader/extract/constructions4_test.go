package extract_test

import (
	"testing"

	"github.com/aikg/aikg/kg"
)

// recallCases: constructions added for recall — taking part in another
// company's round, late participant sentences — Arabic and English.
var recallCases = []partyCase{
	// ---- taking part in X's round: the investee is the round's owner
	{"en took part possessive", "en", "Nvidia took part in CoreWeave's $400 million Series C.",
		[]triple{{"Nvidia", kg.InvestsIn, "CoreWeave"}}, []triple{{"CoreWeave", kg.InvestsIn, "Nvidia"}}},
	{"en participated round of", "en", "Microsoft participated in the funding round of Mistral AI last year.",
		[]triple{{"Microsoft", kg.InvestsIn, "Mistral AI"}}, nil},
	{"ar round owner after", "ar", "شاركت إنفيديا في جولة تمويل ميسترال الأخيرة.",
		[]triple{{"Nvidia", kg.InvestsIn, "Mistral AI"}}, nil},
	// ---- "A, B and C also participated" after the round's sentence
	{"en also participated", "en", "Anysphere raised $900 million in a round led by Thrive Capital. Andreessen Horowitz, Accel and DST Global also participated.",
		[]triple{{"Accel", kg.InvestsIn, "Anysphere"}, {"DST Global", kg.InvestsIn, "Anysphere"}, {"Andreessen Horowitz", kg.InvestsIn, "Anysphere"}}, nil},
	{"en took part later sentence", "en", "Cohere closed a $500 million round. Nvidia and Salesforce Ventures took part.",
		[]triple{{"Nvidia", kg.InvestsIn, "Cohere"}}, nil},
	// ---- a chip or cloud product after a supply verb is what is supplied
	{"en product then to", "en", "Nvidia supplies Blackwell GPUs to xAI.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "xAI"}}, nil},
	{"en compute noun then to", "en", "Nvidia will deliver GPUs to Humain.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "Humain"}}, nil},
	// ---- no round in sight: joining is not investing
	{"en joined job", "en", "Sam Altman joined Microsoft in 2023.",
		nil, []triple{{"Sam Altman", kg.InvestsIn, "Microsoft"}}},
	{"en participated no round", "en", "Nvidia participated in the Paris AI summit alongside Mistral AI.",
		nil, []triple{{"Nvidia", kg.InvestsIn, "Mistral AI"}}},
}

func TestRecallConstructions(t *testing.T) {
	runPartyCases(t, recallCases)
}
