package extract_test

import (
	"testing"

	"github.com/aikg/aikg/kg"
)

// constructionCases are the round, funder, ownership, compute, role and
// coreference constructions added rule by rule; each rule has several
// phrasings of its own, in both languages where the construction exists in
// both.
var constructionCases = []partyCase{
	// ---- the company that raised stands before an apposition
	{"raise over apposition", "en", "Nova Labs, the robotics startup founded by former OpenAI researcher Jane Doakes, has raised $300 million. The round was led by Accel, with participation from Nvidia and AMD.",
		[]triple{{"Accel", kg.InvestsIn, "Nova Labs"}, {"Nvidia", kg.InvestsIn, "Nova Labs"}, {"AMD", kg.InvestsIn, "Nova Labs"}},
		[]triple{{"Nvidia", kg.InvestsIn, "OpenAI"}, {"Accel", kg.InvestsIn, "OpenAI"}}},
	{"raise over apposition, seed", "en", "Thinking Machines Lab, the startup led by a former Google executive, raised $2 billion in a seed round. Nvidia and Cisco took part in the round.",
		[]triple{{"Nvidia", kg.InvestsIn, "Thinking Machines Lab"}, {"Cisco", kg.InvestsIn, "Thinking Machines Lab"}},
		[]triple{{"Nvidia", kg.InvestsIn, "Google"}}},
	// ---- "X, Y and Z are the (initial) equity funders"
	{"predicate funders", "en", "OpenAI and SoftBank unveiled Stargate, a new venture. SoftBank, OpenAI, Oracle and MGX are the initial equity funders.",
		[]triple{{"SoftBank", kg.InvestsIn, "Stargate"}, {"Oracle", kg.InvestsIn, "Stargate"}, {"MGX", kg.InvestsIn, "Stargate"}},
		[]triple{{"SoftBank", kg.InvestsIn, "Oracle"}}},
	{"predicate backers", "en", "Mistral AI raised €600 million last year. General Catalyst and Bpifrance were early backers.",
		[]triple{{"General Catalyst", kg.InvestsIn, "Mistral AI"}, {"Bpifrance", kg.InvestsIn, "Mistral AI"}}, nil},
	{"predicate investor", "en", "Anthropic closed a new round in March. Amazon, the e-commerce group, is the largest investor.",
		[]triple{{"Amazon", kg.InvestsIn, "Anthropic"}}, nil},
	// ---- "were named (as) key technology partners"
	{"named partners", "en", "OpenAI launched the Stargate project in January. Arm, Microsoft and Nvidia were named as key initial technology partners.",
		[]triple{{"Arm", kg.PartnersWith, "Stargate"}, {"Microsoft", kg.PartnersWith, "Stargate"}, {"Nvidia", kg.PartnersWith, "Stargate"}},
		[]triple{{"Arm", kg.PartnersWith, "Microsoft"}}},
	{"named partners, launch", "en", "The Stargate project will build data centers in Texas. Cisco and SoftBank are the launch partners.",
		[]triple{{"Cisco", kg.PartnersWith, "Stargate"}, {"SoftBank", kg.PartnersWith, "Stargate"}}, nil},
	// ---- pronouns
	{"it after a colon", "en", "The startup Inflection AI built the Pi chatbot. Microsoft was no stranger to Inflection AI: it had backed the startup's $1.3 billion round in 2023, alongside Nvidia, Reid Hoffman and Bill Gates.",
		[]triple{{"Microsoft", kg.InvestsIn, "Inflection AI"}, {"Nvidia", kg.InvestsIn, "Inflection AI"}, {"Reid Hoffman", kg.InvestsIn, "Inflection AI"}, {"Bill Gates", kg.InvestsIn, "Inflection AI"}}, nil},
	{"it after said", "en", "Nvidia said it would invest $5 billion in Intel.",
		[]triple{{"Nvidia", kg.InvestsIn, "Intel"}}, nil},
	{"he in the next sentence", "en", "Ilya Sutskever left OpenAI in 2024. He founded Safe Superintelligence with Daniel Gross.",
		[]triple{{"Ilya Sutskever", kg.Leads, "Safe Superintelligence"}}, nil},
	{"it is: no party", "en", "It is expected that Microsoft will invest in OpenAI.",
		[]triple{{"Microsoft", kg.InvestsIn, "OpenAI"}}, nil},
	// ---- mixed company and people investor lists
	{"mixed investor list", "en", "Mistral AI raised $600 million from General Catalyst, Eric Schmidt and Nvidia.",
		[]triple{{"General Catalyst", kg.InvestsIn, "Mistral AI"}, {"Eric Schmidt", kg.InvestsIn, "Mistral AI"}, {"Nvidia", kg.InvestsIn, "Mistral AI"}}, nil},
	{"no mixed list without money", "en", "Microsoft and Satya Nadella were in Seattle; Sam Altman leads OpenAI.",
		[]triple{{"Sam Altman", kg.Leads, "OpenAI"}}, []triple{{"Microsoft", kg.Leads, "OpenAI"}}},
	// ---- "alongside" / "إلى جانب" / "فضلاً عن" extend an investor list
	{"ila janib", "ar", "أعلنت xAI إتمام جولة تمويل بقيمة 6 مليارات دولار، شارك فيها جهاز قطر للاستثمار، إلى جانب شركة المملكة القابضة السعودية.",
		[]triple{{"Kingdom Holding", kg.InvestsIn, "xAI"}}, nil},
	{"fadlan an", "ar", "جمعت xAI ستة مليارات دولار. وضمّت قائمة المستثمرين كذلك أندريسن هورويتز وبلاك روك، فضلاً عن شركتي الرقائق إنفيديا وAMD.",
		[]triple{{"Nvidia", kg.InvestsIn, "xAI"}, {"AMD", kg.InvestsIn, "xAI"}, {"BlackRock", kg.InvestsIn, "xAI"}}, nil},
	{"alongside the chipmakers", "en", "xAI raised $6 billion. Its investors included Andreessen Horowitz and BlackRock, alongside the chipmakers Nvidia and AMD.",
		[]triple{{"Nvidia", kg.InvestsIn, "xAI"}, {"AMD", kg.InvestsIn, "xAI"}}, nil},
}

func TestConstructions(t *testing.T) {
	runPartyCases(t, constructionCases)
}
