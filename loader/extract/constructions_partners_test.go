package extract_test

import (
	"testing"

	"github.com/aikg/aikg/kg"
)

// partnersCases: when two organisations named near each other are
// partners. A partnership needs a partnership word whose frame holds both
// parties; co-occurrence, a stake or role "in" a company, a name beside
// the partners ("alongside"), a quote's "we" or a bare "is a partner" is
// none.
var partnersCases = []partyCase{
	// ---- "a partner in X": a venture or consortium takes its partners
	// with "in"; a company does not (a stake or a role in it)
	{"partner in a company", "en", "Thrive Capital, an early partner in OpenAI, raised a new fund of $5 billion.",
		nil, []triple{{"Thrive Capital", kg.PartnersWith, "OpenAI"}}},
	{"partner in a company, plural", "en", "Accel and Index Ventures, longtime partners in Mistral AI, did not comment.",
		nil, []triple{{"Accel", kg.PartnersWith, "Mistral AI"}, {"Index Ventures", kg.PartnersWith, "Mistral AI"}}},
	{"partners in a venture", "en", "OpenAI unveiled the Stargate project. Cisco and SoftBank are technology partners in Stargate.",
		[]triple{{"Cisco", kg.PartnersWith, "Stargate"}, {"SoftBank", kg.PartnersWith, "Stargate"}}, nil},
	{"partners of a venture", "en", "OpenAI unveiled the Stargate project on Tuesday. Arm and Nvidia are key partners of Stargate.",
		[]triple{{"Arm", kg.PartnersWith, "Stargate"}, {"Nvidia", kg.PartnersWith, "Stargate"}}, nil},

	// ---- a venture's partners are named with a role or a naming verb;
	// "X and Y are partners" pairs them with each other
	{"bare partners pair with each other", "en", "OpenAI unveiled the Stargate project. Microsoft and Nvidia are partners.",
		[]triple{{"Microsoft", kg.PartnersWith, "Nvidia"}},
		[]triple{{"Microsoft", kg.PartnersWith, "Stargate"}, {"Nvidia", kg.PartnersWith, "Stargate"}}},
	{"bare partner: which venture is not said", "en", "OpenAI unveiled the Stargate project. Oracle said on Monday that it is a partner.",
		nil, []triple{{"Oracle", kg.PartnersWith, "Stargate"}, {"Oracle", kg.PartnersWith, "OpenAI"}}},
	{"selected as partners", "en", "OpenAI unveiled Stargate UAE last week. Oracle and Cisco were selected as partners.",
		[]triple{{"Oracle", kg.PartnersWith, "Stargate UAE"}, {"Cisco", kg.PartnersWith, "Stargate UAE"}}, []triple{{"Oracle", kg.PartnersWith, "Cisco"}}},
	{"lead partners of an unnamed venture", "en", "SoftBank and OpenAI will act as the lead partners, the companies said.",
		nil, []triple{{"SoftBank", kg.PartnersWith, "OpenAI"}}},
	{"longtime partners pair", "en", "Microsoft and OpenAI have been longtime partners since 2019.",
		[]triple{{"Microsoft", kg.PartnersWith, "OpenAI"}}, nil},

	// ---- a partner programme's title: "is a preferred Nvidia Cloud
	// Partner", "an AWS partner"; a name before "partnership" is no title
	{"partner programme title", "en", "Nebius said it had become an AWS partner.",
		[]triple{{"Amazon Web Services", kg.PartnersWith, "Nebius"}}, nil},
	{"partner programme title, as", "en", "Cohere joined the programme as a Google Cloud partner.",
		[]triple{{"Google Cloud", kg.PartnersWith, "Cohere"}}, nil},
	{"product before partnership", "en", "Apple keeps ChatGPT inside Siri under the partnership that started in 2024.",
		nil, []triple{{"Apple", kg.PartnersWith, "Siri"}}},

	// ---- a partnership with no subject of its own: the topic only where
	// the language drops the subject
	{"quote we is the speaker", "en", `Lambda signed a deal with Nvidia. "We have been working with Microsoft for years," said Lambda chief executive Stephen Balaban.`,
		nil, []triple{{"Nvidia", kg.PartnersWith, "Microsoft"}}},
	{"quote our partnership", "en", `Nebius signed a deal with Nvidia. "Our partnership with Microsoft keeps growing," the chief executive said.`,
		nil, []triple{{"Nvidia", kg.PartnersWith, "Microsoft"}}},
	{"ar dropped subject, announced", "ar", "أعلنت شركة «نوفا» عن نتائجها الفصلية. وكانت قد أعلنت في وقت سابق عن شراكة مع أوراكل.",
		[]triple{{"نوفا", kg.PartnersWith, "Oracle"}}, nil},
	{"ar dropped subject, signed", "ar", "أعلنت شركة «نوفا» عن نتائجها الفصلية. ووقّعت اتفاقية تعاون مع أوراكل لتطوير حلول للمصارف.",
		[]triple{{"نوفا", kg.PartnersWith, "Oracle"}}, nil},
	{"ar dropped subject, concluded", "ar", "حققت شركة «نوفا» إيرادات قياسية هذا العام، كما أبرمت شراكة مع سيسكو.",
		[]triple{{"نوفا", kg.PartnersWith, "Cisco"}}, nil},
	{"ar no subject: analysts' remark", "ar", "ارتفعت أسهم شركة «نوفا» بعد الإعلان. وقال محللون إن شراكة مع أوراكل قد تفيد قطاع المصارف.",
		nil, []triple{{"نوفا", kg.PartnersWith, "Oracle"}}},
	{"ar no subject: a framework phrase", "ar", "أطلقت شركة «نوفا» منصة جديدة للمصارف. ويأتي ذلك في إطار شراكة مع أوراكل.",
		nil, []triple{{"نوفا", kg.PartnersWith, "Oracle"}}},

	// ---- "alongside" adds no partner
	{"alongside adds no partner", "en", "Cohere partnered with Oracle, alongside its investor Nvidia.",
		[]triple{{"Cohere", kg.PartnersWith, "Oracle"}}, []triple{{"Nvidia", kg.PartnersWith, "Oracle"}, {"Nvidia", kg.PartnersWith, "Cohere"}}},

	// ---- future and dual Arabic verbs of cooperation; the subject pair
	// after the verb (verb-subject order); "join forces"
	{"ar future cooperate, pair anaphor", "ar", "أعلنت أوراكل عن استثمار بقيمة 2 مليار دولار في شركة كوهير. وستتعاون الشركتان في تطوير حلول للمصارف.",
		[]triple{{"Cohere", kg.PartnersWith, "Oracle"}, {"Oracle", kg.InvestsIn, "Cohere"}}, nil},
	{"ar future cooperate, pair after the verb", "ar", "ستتعاون إنفيديا وسيسكو على تطوير شبكات لمراكز البيانات.",
		[]triple{{"Nvidia", kg.PartnersWith, "Cisco"}}, nil},
	{"ar present cooperate, pair after the verb", "ar", "وتتعاون مايكروسوفت وG42 منذ عام 2023 في تقديم الخدمات الرقمية للحكومات.",
		[]triple{{"Microsoft", kg.PartnersWith, "G42"}}, nil},
	{"ar future cooperate with", "ar", "وسيتعاون صندوق الاستثمارات العامة مع شركة IBM في تطوير أنظمة الدفع.",
		[]triple{{"IBM", kg.PartnersWith, "Public Investment Fund"}}, nil},
	{"join forces, pair", "en", "Cohere and Oracle joined forces to build assistants for banks.",
		[]triple{{"Cohere", kg.PartnersWith, "Oracle"}}, nil},
	{"join forces with", "en", "Nvidia is joining forces with Cisco on data center networks.",
		[]triple{{"Nvidia", kg.PartnersWith, "Cisco"}}, nil},
	{"ar the pair named after a verb of rivalry is no partnership", "ar", "تتنافس إنفيديا وAMD على سوق الرقائق.",
		nil, []triple{{"Nvidia", kg.PartnersWith, "AMD"}}},

	// ---- "partner" as a job: the person's phrase, not the company's
	{"a partner at a firm after a person", "en", "Thrive Capital led the round, said Jane Doakes, a partner of Accel.",
		nil, []triple{{"Thrive Capital", kg.PartnersWith, "Accel"}}},
	{"managing partner", "en", "Mistral AI raised $600 million, according to John Smith, managing partner of General Catalyst.",
		nil, []triple{{"General Catalyst", kg.PartnersWith, "Mistral AI"}}},
	{"general partners", "en", "Cohere closed its round on Monday. General partners of Index Ventures joined the board.",
		nil, []triple{{"Cohere", kg.PartnersWith, "Index Ventures"}}},
	{"chairman confirmed the company will partner", "en", "Alibaba Group chairman Joe Tsai confirmed that the company will partner with Apple in China.",
		[]triple{{"Alibaba", kg.PartnersWith, "Apple"}}, nil},

	// ---- "work with": the name must be the verb's subject
	{"work with, staff of the subject", "en", "Anthropic engineers will also work with Annapurna Labs on future chips.",
		[]triple{{"Anthropic", kg.PartnersWith, "Annapurna Labs"}}, nil},
	{"works with, relative clause", "en", "The deal was signed by Alphawave Semi, which already works with TSMC on advanced chips.",
		[]triple{{"Alphawave Semi", kg.PartnersWith, "TSMC"}}, nil},
	{"work with, said on a day", "en", "Cohere said on Tuesday it would work with Oracle on banking assistants.",
		[]triple{{"Cohere", kg.PartnersWith, "Oracle"}}, nil},
	{"work with, another subject", "en", "Nvidia invested in the fund, which helps startups and researchers work with Microsoft on new models.",
		nil, []triple{{"Nvidia", kg.PartnersWith, "Microsoft"}}},
	{"work with, customers of the subject", "en", "Databricks said many of its largest customers also work with Snowflake.",
		nil, []triple{{"Databricks", kg.PartnersWith, "Snowflake"}}},

	// ---- "under/through the partnership": the clause's subject and the
	// owner of what it uses are the parties
	{"under the partnership, a product inside another", "en", "Apple keeps OpenAI's ChatGPT inside Siri under the partnership that went live in December 2024.",
		[]triple{{"Apple", kg.PartnersWith, "OpenAI"}}, []triple{{"Apple", kg.PartnersWith, "Siri"}}},
	{"under a multi-year partnership", "en", "Microsoft will offer Mistral AI's models on Azure under a multi-year partnership.",
		[]triple{{"Microsoft", kg.PartnersWith, "Mistral AI"}}, nil},
	{"through a new partnership", "en", "Samsung will ship Perplexity's assistant on its phones through a new partnership.",
		[]triple{{"Samsung Electronics", kg.PartnersWith, "Perplexity"}}, nil},
	{"under the partnership, no possessor", "en", "Amazon, Google and Microsoft run their data centers under the partnership.",
		nil, []triple{{"Amazon", kg.PartnersWith, "Google"}, {"Google", kg.PartnersWith, "Microsoft"}}},
	{"under the partnership, two possessors", "en", "Cohere trains Google's and Meta's models under the partnership.",
		nil, []triple{{"Cohere", kg.PartnersWith, "Google"}, {"Cohere", kg.PartnersWith, "Meta"}}},

	// ---- building in or selling on another company's technology
	{"integrate Y's models", "en", "Oracle will integrate Cohere's models into its cloud applications.",
		[]triple{{"Oracle", kg.PartnersWith, "Cohere"}}, nil},
	{"distribute Y's models", "en", "Oracle will distribute Mistral AI's models to its customers in Europe.",
		[]triple{{"Oracle", kg.PartnersWith, "Mistral AI"}}, nil},
	{"has integrated Y's assistant", "en", "Samsung said it has integrated Perplexity's assistant into its Galaxy phones.",
		[]triple{{"Samsung Electronics", kg.PartnersWith, "Perplexity"}}, nil},
	{"ar integrate, verb-subject", "ar", "ستدمج أوراكل نماذج كوهير في تطبيقاتها السحابية.",
		[]triple{{"Oracle", kg.PartnersWith, "Cohere"}}, nil},
	{"ar integrate, subject before", "ar", "أعلنت سامسونغ أنها ستدمج مساعد Perplexity في هواتفها.",
		[]triple{{"Samsung Electronics", kg.PartnersWith, "Perplexity"}}, nil},
	{"integrate one's own chips", "en", "Nvidia will integrate its chips into Intel's systems.",
		nil, []triple{{"Nvidia", kg.PartnersWith, "Intel"}}},
	{"integrate: developers are the subject", "en", "Developers can integrate Cohere's models with a few lines of code, Oracle said.",
		nil, []triple{{"Oracle", kg.PartnersWith, "Cohere"}}},
}

func TestPartnersConstructions(t *testing.T) {
	runPartyCases(t, partnersCases)
}
