package extract_test

import (
	"testing"

	"github.com/aikg/aikg/kg"
)

// englishCases are English business-news constructions: the active "X led
// the round", "the two companies" resolved inside its own sentence, and the
// other English rules added with them. Every sentence is written for the
// test.
var englishCases = []partyCase{
	// ---- active "X led the round": X invests in the round's company
	{"led the round", "en", "Vela Robotics raised $200 million on Monday. Accel led the round, with participation from Nvidia.",
		[]triple{{"Accel", kg.InvestsIn, "Vela Robotics"}, {"Nvidia", kg.InvestsIn, "Vela Robotics"}},
		[]triple{{"Nvidia", kg.InvestsIn, "Accel"}, {"Accel", kg.Leads, "Vela Robotics"}}},
	{"co-led a possessed series", "en", "Index Ventures co-led Cohere's $50 million Series A with Sequoia.",
		[]triple{{"Index Ventures", kg.InvestsIn, "Cohere"}}, nil},
	{"leads the financing", "en", "Groq is raising fresh capital. Greenoaks leads the financing, the startup said.",
		[]triple{{"Greenoaks", kg.InvestsIn, "Groq"}}, nil},
	{"led in X: the older rule keeps it", "en", "Alibaba also led a $1 billion funding round in Cohere last year.",
		[]triple{{"Alibaba", kg.InvestsIn, "Cohere"}}, nil},
	{"led a company is no round", "en", "Sam Altman led OpenAI for years before the board fired him.",
		[]triple{{"Sam Altman", kg.Leads, "OpenAI"}}, []triple{{"Sam Altman", kg.InvestsIn, "OpenAI"}}},
	{"led by is the passive rule", "en", "Mistral AI raised €600 million in a round led by General Catalyst.",
		[]triple{{"General Catalyst", kg.InvestsIn, "Mistral AI"}}, nil},
	// ---- "the X-backed company": the backer and the company the text is about
	{"the X-backed company", "en", "CoreWeave signed a new contract with OpenAI. The Nvidia-backed company has also been on a buying spree. It closed its purchase of Weights & Biases in May.",
		[]triple{{"Nvidia", kg.InvestsIn, "CoreWeave"}, {"CoreWeave", kg.Acquires, "Weights & Biases"}},
		[]triple{{"Nvidia", kg.InvestsIn, "OpenAI"}, {"Nvidia", kg.Acquires, "Weights & Biases"}}},
	{"the X-owned chip designer", "en", "Arm reported results on Tuesday. The SoftBank-owned chip designer said sales rose.",
		[]triple{{"SoftBank", kg.Owns, "Arm"}}, nil},
	{"the X-funded startup after said", "en", "Lambda filed for a listing. Analysts said the Nvidia-funded startup could be valued at $10 billion.",
		[]triple{{"Nvidia", kg.InvestsIn, "Lambda"}}, nil},
	{"X-backed with a name keeps the name", "en", "Groq raised money. The Nvidia-backed startup Lambda was not part of it.",
		[]triple{{"Nvidia", kg.InvestsIn, "Lambda"}}, []triple{{"Nvidia", kg.InvestsIn, "Groq"}}},
	// ---- offers and bids: "a $Xbn offer for Y" is an acquisition in talks
	{"offer for", "en", "Perplexity has made an unsolicited $20 billion all-cash offer for Google's Chrome browser, the startup said.",
		[]triple{{"Perplexity", kg.Acquires, "Chrome"}}, []triple{{"Perplexity", kg.Acquires, "Google"}}},
	{"bid for", "en", "xAI made a surprise takeover bid for Mistral AI last week.",
		[]triple{{"xAI", kg.Acquires, "Mistral AI"}}, nil},
	{"bids for, plural subject", "en", "Meta and Apple both submitted bids for Perplexity in June.",
		[]triple{{"Meta", kg.Acquires, "Perplexity"}, {"Apple", kg.Acquires, "Perplexity"}}, nil},
	{"no bid: negated, or for a name's rivals", "en", "Nvidia, which owns a stake in CoreWeave, said it would not bid for Groq competitors.",
		[]triple{{"Nvidia", kg.InvestsIn, "CoreWeave"}}, []triple{{"Nvidia", kg.Acquires, "Groq"}}},
	// ---- "X's takeover" with no object: the possessor buys the sentence's company
	{"possessor's takeover voted down", "en", "Lambda shareholders have rejected CoreWeave's roughly $4 billion all-stock takeover, ending the deal.",
		[]triple{{"CoreWeave", kg.Acquires, "Lambda"}},
		[]triple{{"CoreWeave", kg.InvestsIn, "Lambda"}, {"Lambda", kg.Acquires, "CoreWeave"}}},
	{"possessor's takeover collapsed", "en", "Windsurf said Google's $2.4 billion takeover collapsed in July.",
		[]triple{{"Google", kg.Acquires, "Windsurf"}}, nil},
	{"possessor's shares: no takeover by the holder", "en", "Holders of most of Lambda's shares voted against the merger, CoreWeave said.",
		nil, []triple{{"Lambda", kg.Acquires, "CoreWeave"}, {"CoreWeave", kg.Acquires, "Lambda"}}},
	{"acquisition spree is no deal", "en", "Lambda grew quickly. Google's acquisition spree continued.",
		nil, []triple{{"Google", kg.Acquires, "Lambda"}}},
	// ---- a participial apposition stands between the subject and its verb
	{"subject over led by / backed by", "en", "Perplexity, led by chief executive Aravind Srinivas and backed by Nvidia, competes with Google in search.",
		[]triple{{"Perplexity", kg.CompetesWith, "Google"}, {"Nvidia", kg.InvestsIn, "Perplexity"}},
		[]triple{{"Nvidia", kg.CompetesWith, "Google"}, {"Aravind Srinivas", kg.CompetesWith, "Google"}}},
	{"subject over based in", "en", "Mistral AI, based in Paris since 2023, partners with Microsoft on cloud distribution.",
		[]triple{{"Mistral AI", kg.PartnersWith, "Microsoft"}}, []triple{{"Paris", kg.PartnersWith, "Microsoft"}}},
	{"subject over valued at", "en", "Cohere, valued at $7 billion after its last round, competes with OpenAI and Anthropic.",
		[]triple{{"Cohere", kg.CompetesWith, "OpenAI"}, {"Cohere", kg.CompetesWith, "Anthropic"}}, nil},
	// ---- "X's Y" in a list: the possessed organisation is the party
	{"SoftBank's Vision Fund", "en", "Groq is backed by BlackRock and SoftBank's Vision Fund.",
		[]triple{{"BlackRock", kg.InvestsIn, "Groq"}, {"SoftBank Vision Fund", kg.InvestsIn, "Groq"}},
		[]triple{{"SoftBank", kg.InvestsIn, "Groq"}}},
	{"Amazon's AWS", "en", "Anthropic is backed by Google and Amazon's AWS.",
		[]triple{{"Amazon Web Services", kg.InvestsIn, "Anthropic"}, {"Google", kg.InvestsIn, "Anthropic"}},
		[]triple{{"Amazon", kg.InvestsIn, "Anthropic"}}},
	{"possessor of a stake stays", "en", "Cohere counts Nvidia's venture arm and Oracle among its investors.",
		[]triple{{"Oracle", kg.InvestsIn, "Cohere"}}, nil},
	// ---- a person can buy a company
	{"person buys", "en", "Elon Musk bought Twitter for $44 billion in 2022.",
		[]triple{{"Elon Musk", kg.Acquires, "X"}}, nil},
	{"person agreed to acquire", "en", "Masayoshi Son agreed to acquire Ampere Computing last year, SoftBank said.",
		[]triple{{"Masayoshi Son", kg.Acquires, "Ampere Computing"}}, nil},
	{"person's company buys: the company", "en", "Elon Musk said on Friday that his startup xAI has acquired Cursor.",
		[]triple{{"xAI", kg.Acquires, "Cursor"}}, []triple{{"Elon Musk", kg.Acquires, "Cursor"}}},
	{"person in a led-by apposition is no buyer", "en", "Databricks grew. The San Francisco-based company, led by Ali Ghodsi, also bought Tecton earlier this year.",
		[]triple{{"Databricks", kg.Acquires, "Tecton"}}, []triple{{"Ali Ghodsi", kg.Acquires, "Tecton"}}},
	// ---- bare titles: whose co-founder?
	{"bare co-founder after a described subject", "en", "The OpenAI co-founder said that he has taken over as chief executive of Safe Superintelligence after co-founder Daniel Gross left to join Meta.",
		[]triple{{"Daniel Gross", kg.Leads, "Safe Superintelligence"}}, []triple{{"Daniel Gross", kg.Leads, "OpenAI"}}},
	{"coordinated titles share the name", "en", "Anthropic co-founder and chief executive Dario Amodei said the company would expand.",
		[]triple{{"Dario Amodei", kg.Leads, "Anthropic"}}, nil},
	{"titles after a named title share the company", "en", "Cohere chief executive Aidan Gomez and president Martin Kon spoke on Monday.",
		[]triple{{"Aidan Gomez", kg.Leads, "Cohere"}}, nil},
	{"who now runs: the clause gives the role", "en", "Microsoft hired most of Inflection AI's staff, including co-founder Mustafa Suleyman, who now runs Microsoft AI.",
		[]triple{{"Mustafa Suleyman", kg.Leads, "Microsoft AI"}}, []triple{{"Mustafa Suleyman", kg.Leads, "Microsoft"}}},
	// ---- "the two companies" names the pair its own sentence gave
	{"two companies in the sentence", "en", "Microsoft and Nvidia are partners. Alibaba released Qwen on Friday, saying it beats DeepSeek-V3, as the two companies compete for developers.",
		[]triple{{"Alibaba", kg.CompetesWith, "DeepSeek"}},
		[]triple{{"Alibaba", kg.CompetesWith, "Microsoft"}, {"DeepSeek", kg.CompetesWith, "Microsoft"}, {"DeepSeek", kg.CompetesWith, "Nvidia"}}},
	{"two firms, plain names", "en", "OpenAI raised money from SoftBank. Cohere hired executives away from Mistral AI, and the two firms now compete for enterprise customers.",
		[]triple{{"Cohere", kg.CompetesWith, "Mistral AI"}},
		[]triple{{"OpenAI", kg.CompetesWith, "Cohere"}, {"SoftBank", kg.CompetesWith, "Mistral AI"}}},
	{"three names: no guess from the sentence", "en", "Groq, Cerebras and Nvidia sell chips, and the two companies compete.",
		nil, []triple{{"Groq", kg.CompetesWith, "Cerebras"}, {"Cerebras", kg.CompetesWith, "Nvidia"}}},
}

func TestEnglishConstructions(t *testing.T) {
	runPartyCases(t, englishCases)
}
