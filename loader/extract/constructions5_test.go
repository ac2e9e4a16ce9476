package extract_test

import (
	"testing"

	"github.com/aikg/aikg/kg"
)

// ownsApposCases: ownership said by an apposition ("X, Y's cloud unit"),
// by a possessive naming a unit after its owner ("SoftBank's Vision
// Fund") or by "التابعة لها" — Arabic and English, with phrasings that must
// stay silent.
var ownsApposCases = []partyCase{
	{"en named possessor lab", "en", "Researchers from Meta moved to DeepMind, Alphabet's artificial intelligence research lab, last year.",
		[]triple{{"Alphabet", kg.Owns, "Google DeepMind"}}, []triple{{"Meta", kg.Owns, "Google DeepMind"}}},
	{"en named possessor unit", "en", "The chips come from Annapurna Labs, Amazon's chip design unit, in Austin.",
		[]triple{{"Amazon", kg.Owns, "Annapurna Labs"}}, nil},
	{"en the company's division", "en", "Mustafa Suleyman left for Microsoft, where he heads Microsoft AI, the company's consumer division.",
		[]triple{{"Microsoft", kg.Owns, "Microsoft AI"}}, nil},
	{"en the retailer's unit", "en", "Amazon has backed Anthropic since 2023. Anthropic picked Amazon Web Services, the retailer's cloud unit, for training.",
		[]triple{{"Amazon", kg.Owns, "Amazon Web Services"}}, []triple{{"Anthropic", kg.Owns, "Amazon Web Services"}}},
	{"en the company's unit unnamed owner", "en", "Anthropic picked Amazon Web Services, the company's cloud unit, for training.",
		nil, []triple{{"Anthropic", kg.Owns, "Amazon Web Services"}}},
	{"en lab without possessor", "en", "OpenAI, the AI research lab behind ChatGPT, said Microsoft would invest more.",
		nil, []triple{{"Microsoft", kg.Owns, "OpenAI"}}},
	{"en possessive unit bears owner name", "en", "The round drew Nvidia and SoftBank's Vision Fund.",
		[]triple{{"SoftBank", kg.Owns, "SoftBank Vision Fund"}}, nil},
	{"en possessive other company", "en", "Microsoft's OpenAI stake is worth billions.",
		nil, []triple{{"Microsoft", kg.Owns, "OpenAI"}}},
	{"ar pronoun owner by name", "ar", "أعلنت غوغل عن صفقة ترخيص. وانتقل الباحثون إلى وحدة «غوغل ديب مايند» التابعة لها.",
		[]triple{{"Google", kg.Owns, "Google DeepMind"}}, nil},
	{"ar pronoun owner previous name", "ar", "يضم التحالف شركة MGX وبلاك روك وشركة Global Infrastructure Partners التابعة لها.",
		[]triple{{"BlackRock", kg.Owns, "Global Infrastructure Partners"}}, []triple{{"MGX", kg.Owns, "Global Infrastructure Partners"}}},
}

func TestOwnsAppositions(t *testing.T) {
	runPartyCases(t, ownsApposCases)
}
