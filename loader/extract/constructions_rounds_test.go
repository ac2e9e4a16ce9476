package extract_test

import (
	"testing"

	"github.com/aikg/aikg/kg"
)

// roundsCases: a funding round stated in one sentence and its investors
// named in the next ones, which refer back to it ("the round", "the
// financing", "الجولة", "الشركة") or name no company at all ("Nvidia also
// invested"). The investors attach to the company that raised last, within
// a few sentences and not across another deal of a roundup.
var roundsCases = []partyCase{
	// ---- "A led the round …, and B also took part": the definite round
	// is the one already told, not its lead investor's
	{"led the round, others took part", "en", "Corvane Systems raised €900 million in a Series C round. Qualcomm led the round with €500 million, and Nvidia and Samsung also took part.",
		[]triple{{"Qualcomm", kg.InvestsIn, "Corvane Systems"}, {"Nvidia", kg.InvestsIn, "Corvane Systems"}, {"Samsung Electronics", kg.InvestsIn, "Corvane Systems"}},
		[]triple{{"Nvidia", kg.InvestsIn, "Qualcomm"}, {"Samsung Electronics", kg.InvestsIn, "Qualcomm"}}},
	{"co-led the financing, others participated", "en", "Brightloom AI closed a $250 million round on Monday. Accel co-led the financing, and Intel and Cisco participated.",
		[]triple{{"Accel", kg.InvestsIn, "Brightloom AI"}, {"Intel", kg.InvestsIn, "Brightloom AI"}, {"Cisco", kg.InvestsIn, "Brightloom AI"}},
		[]triple{{"Intel", kg.InvestsIn, "Accel"}}},
	// ---- an investment verb with no object of its own after a round
	{"also invested", "en", "Tessaro Labs raised $90 million in new funding. Sequoia Capital led the round, and Nvidia also invested.",
		[]triple{{"Sequoia Capital", kg.InvestsIn, "Tessaro Labs"}, {"Nvidia", kg.InvestsIn, "Tessaro Labs"}}, nil},
	{"will invest a sum", "en", "Halden Robotics plans to raise $400 million this year. Lightspeed Venture Partners will invest $150 million.",
		[]triple{{"Lightspeed Venture Partners", kg.InvestsIn, "Halden Robotics"}}, nil},
	{"pumped in, Arabic VSO", "ar", "جمعت شركة «هيلكس» الناشئة 300 مليون دولار. وضخّت سوفت بنك 200 مليون دولار.",
		[]triple{{"SoftBank", kg.InvestsIn, "هيلكس"}}, nil},
	{"invested, Arabic, in the round", "ar", "أغلقت شركة «نوفاريس» جولة تمويل بقيمة 80 مليون دولار. واستثمرت إنفيديا في الجولة 20 مليون دولار.",
		[]triple{{"Nvidia", kg.InvestsIn, "نوفاريس"}}, nil},
	{"no round open: nothing", "en", "Oracle reported higher cloud revenue. Nvidia also invested.",
		nil, []triple{{"Nvidia", kg.InvestsIn, "Oracle"}}},
	{"another deal closes the round", "en", "Halden Robotics raised $400 million. Separately, Oracle agreed to buy Cerner. Nvidia invested $50 million.",
		[]triple{{"Oracle", kg.Acquires, "Cerner"}},
		[]triple{{"Nvidia", kg.InvestsIn, "Halden Robotics"}, {"Nvidia", kg.InvestsIn, "Cerner"}, {"Nvidia", kg.InvestsIn, "Oracle"}}},
	{"invested in data centres is no round", "en", "Halden Robotics raised $400 million. Microsoft invested in data centres in Texas.",
		nil, []triple{{"Microsoft", kg.InvestsIn, "Halden Robotics"}}},
	// ---- Arabic VOS: "وقادت الجولة شركة X"; SVO after إن
	{"qadat al-jawla, VOS", "ar", "أعلنت شركة «فيلورا» الناشئة عن جمع 400 مليون دولار في جولة تمويل جديدة. وقادت الجولة شركة سيكويا كابيتال، بمشاركة إنفيديا وسامسونغ.",
		[]triple{{"Sequoia Capital", kg.InvestsIn, "فيلورا"}, {"Nvidia", kg.InvestsIn, "فيلورا"}, {"Samsung Electronics", kg.InvestsIn, "فيلورا"}},
		[]triple{{"Nvidia", kg.InvestsIn, "Sequoia Capital"}}},
	{"qada jawlat al-tamwil, VOS", "ar", "أغلقت شركة «ميرال» جولة تمويل بقيمة 50 مليون دولار. وقاد جولة التمويل صندوق الاستثمارات العامة.",
		[]triple{{"Public Investment Fund", kg.InvestsIn, "ميرال"}}, nil},
	{"future lead, VOS", "ar", "تسعى شركة «ميرال» إلى جمع 250 مليون دولار. وستقود الجولة الجديدة شركة أكسل.",
		[]triple{{"Accel", kg.InvestsIn, "ميرال"}}, nil},
	{"inna X qadat al-jawla", "ar", "جمعت شركة «ميرال» 40 مليون دولار في جولة تمويل جديدة. وقالت الشركة إن سيكويا كابيتال قادت الجولة.",
		[]triple{{"Sequoia Capital", kg.InvestsIn, "ميرال"}}, nil},
	// ---- a round that drew, attracted or included its investors
	{"the financing drew", "en", "Corvane Systems said it had secured $300 million. The financing drew SoftBank and Tiger Global.",
		[]triple{{"SoftBank", kg.InvestsIn, "Corvane Systems"}, {"Tiger Global", kg.InvestsIn, "Corvane Systems"}},
		[]triple{{"SoftBank", kg.InvestsIn, "Tiger Global"}}},
	{"the round, which also included", "en", "Arcadia Robotics closed a $150 million Series C in March. Amazon led the round, which also included Samsung and Intel.",
		[]triple{{"Amazon", kg.InvestsIn, "Arcadia Robotics"}, {"Samsung Electronics", kg.InvestsIn, "Arcadia Robotics"}, {"Intel", kg.InvestsIn, "Arcadia Robotics"}},
		[]triple{{"Samsung Electronics", kg.InvestsIn, "Amazon"}}},
	{"the round attracted", "en", "Velmora AI raised $60 million on Tuesday. The round attracted Khosla Ventures and Microsoft.",
		[]triple{{"Khosla Ventures", kg.InvestsIn, "Velmora AI"}, {"Microsoft", kg.InvestsIn, "Velmora AI"}}, nil},
	{"istaqtabat al-jawla", "ar", "جمعت شركة «ميرال» 60 مليون دولار في جولة تمويل جديدة. واستقطبت الجولة إنفيديا وسامسونغ.",
		[]triple{{"Nvidia", kg.InvestsIn, "ميرال"}, {"Samsung Electronics", kg.InvestsIn, "ميرال"}}, nil},
	{"dammat al-jawla", "ar", "أغلقت شركة «نوفاريس» جولة تمويل بقيمة 70 مليون دولار. وضمت الجولة كلاً من مايكروسوفت وأكسل.",
		[]triple{{"Microsoft", kg.InvestsIn, "نوفاريس"}, {"Accel", kg.InvestsIn, "نوفاريس"}}, nil},
	// ---- Arabic investor nouns of "الشركة"
	{"min abraz al-mustathmirin fi al-sharika", "ar", "جمعت شركة «ميرال» 400 مليون دولار في جولة تمويل جديدة. ومن أبرز المستثمرين في الشركة إنفيديا وسامسونغ.",
		[]triple{{"Nvidia", kg.InvestsIn, "ميرال"}, {"Samsung Electronics", kg.InvestsIn, "ميرال"}},
		[]triple{{"Nvidia", kg.InvestsIn, "Samsung Electronics"}}},
	{"min abraz da'imi al-sharika", "ar", "أغلقت شركة «نوفاريس» جولة تمويل بقيمة 90 مليون دولار. ويعد صندوق الاستثمارات العامة من أبرز داعمي الشركة.",
		[]triple{{"Public Investment Fund", kg.InvestsIn, "نوفاريس"}}, nil},
	{"investors of the company, no round told", "ar", "أطلقت إنفيديا رقاقة جديدة. ومن أبرز المستثمرين في الشركة سوفت بنك.",
		nil, []triple{{"SoftBank", kg.InvestsIn, "Nvidia"}}},
	// ---- the company that raised, after a sentence naming its customers:
	// list objects are not the topic, "the startup" is not the customer
	// named last before the full stop
	{"the startup after a customer list", "en", "Nova Labs builds coding agents. Its customers include Shopify and Stripe. The startup raised $50 million from Index Ventures.",
		[]triple{{"Index Ventures", kg.InvestsIn, "Nova Labs"}}, []triple{{"Index Ventures", kg.InvestsIn, "Stripe"}, {"Index Ventures", kg.InvestsIn, "Shopify"}}},
	{"it after a customer list", "en", "Velmora AI sells fraud models to banks. Its clients include Barclays and Santander. It raised $40 million from Accel on Monday.",
		[]triple{{"Accel", kg.InvestsIn, "Velmora AI"}}, []triple{{"Accel", kg.InvestsIn, "Santander"}}},
	{"described startup after a customer list", "en", "Corvane Systems makes inspection drones. Its customers include Shell and Chevron. The Houston startup raised $30 million from General Catalyst.",
		[]triple{{"General Catalyst", kg.InvestsIn, "Corvane Systems"}}, []triple{{"General Catalyst", kg.InvestsIn, "Chevron"}}},
	// ---- a bare "also joined" after a round (an organisation, not a hire)
	{"also joined", "en", "Nimbus Labs announced a $250 million funding round on Monday. Andreessen Horowitz led the round. Google also joined.",
		[]triple{{"Andreessen Horowitz", kg.InvestsIn, "Nimbus Labs"}, {"Google", kg.InvestsIn, "Nimbus Labs"}}, nil},
	{"a person joining is no investor", "en", "Nimbus Labs raised $250 million on Monday. Jane Doe, a former Google engineer, also joined as chief scientist.",
		nil, []triple{{"Jane Doe", kg.InvestsIn, "Nimbus Labs"}, {"Google", kg.InvestsIn, "Nimbus Labs"}}},
	// ---- a one-word name found mid-sentence is the same name as a
	// sentence opener: the raiser, not the article's topic
	{"opener raised", "en", "Oracle agreed to buy Cerner. Cerner raised $40 million last year from Microsoft.",
		[]triple{{"Microsoft", kg.InvestsIn, "Cerner"}}, []triple{{"Microsoft", kg.InvestsIn, "Oracle"}}},
	{"opener's backers", "en", "Oracle agreed to buy Cerner. Cerner's backers include Microsoft.",
		[]triple{{"Microsoft", kg.InvestsIn, "Cerner"}}, []triple{{"Microsoft", kg.InvestsIn, "Oracle"}}},
	// ---- the investor as a description: "the fund", "the Abu Dhabi
	// fund" (the place only modifies it), then "It"
	{"the fund, then it", "en", "MGX is an Abu Dhabi investment company set up last year. The fund took part in OpenAI's $6.6 billion round in October. It also invested in xAI's Series C.",
		[]triple{{"MGX", kg.InvestsIn, "OpenAI"}, {"MGX", kg.InvestsIn, "xAI"}}, []triple{{"OpenAI", kg.InvestsIn, "xAI"}}},
	{"the place fund", "en", "MGX was set up in 2024 by Mubadala and G42. The Abu Dhabi fund took part in OpenAI's $6.6 billion round in October. It also invested in xAI's Series C.",
		[]triple{{"MGX", kg.InvestsIn, "OpenAI"}, {"MGX", kg.InvestsIn, "xAI"}}, []triple{{"Abu Dhabi", kg.InvestsIn, "OpenAI"}, {"OpenAI", kg.InvestsIn, "xAI"}}},
	{"the sovereign fund", "en", "Qatar Investment Authority manages about $500 billion. The sovereign fund joined Anthropic's latest round.",
		[]triple{{"Qatar Investment Authority", kg.InvestsIn, "Anthropic"}}, nil},
	// ---- a round drawing backing; a person's company raising
	{"drew backing from", "en", "Elon Musk's xAI raised $6 billion in December. The Series C drew backing from Sequoia Capital, Nvidia and AMD, among others.",
		[]triple{{"Sequoia Capital", kg.InvestsIn, "xAI"}, {"Nvidia", kg.InvestsIn, "xAI"}, {"AMD", kg.InvestsIn, "xAI"}},
		[]triple{{"Nvidia", kg.InvestsIn, "Elon Musk"}}},
	{"attracted investment from", "en", "Elon Musk's xAI raised $6 billion in December. The round attracted investment from Nvidia and AMD.",
		[]triple{{"Nvidia", kg.InvestsIn, "xAI"}, {"AMD", kg.InvestsIn, "xAI"}}, nil},
	// ---- an Arabic coordinated clause with no subject of its own shares
	// the sentence's subject, not the object named last
	{"kama istathmara", "ar", "استحوذت مايكروسوفت على حصة في OpenAI، كما استثمرت في ميسترال.",
		[]triple{{"Microsoft", kg.InvestsIn, "Mistral AI"}}, []triple{{"OpenAI", kg.InvestsIn, "Mistral AI"}}},
	{"kama istathmara after a round", "ar", "شاركت سوفت بنك في جولة تمويل OpenAI البالغة 40 مليار دولار، كما استثمرت في أنثروبيك.",
		[]triple{{"SoftBank", kg.InvestsIn, "OpenAI"}, {"SoftBank", kg.InvestsIn, "Anthropic"}}, []triple{{"OpenAI", kg.InvestsIn, "Anthropic"}}},
	// ---- the investor named by a description or a pronoun, the company
	// by its product
	{"it, the ChatGPT maker", "en", "SoftBank reported a quarterly profit on Tuesday. It said it would invest $30 billion in the ChatGPT maker.",
		[]triple{{"SoftBank", kg.InvestsIn, "OpenAI"}}, nil},
	{"the Japanese group, Arabic", "ar", "أعلنت سوفت بنك أرباحاً قوية. وقالت المجموعة اليابانية إنها ستستثمر 30 مليار دولار في OpenAI.",
		[]triple{{"SoftBank", kg.InvestsIn, "OpenAI"}}, nil},
	{"the Emirati fund still a fund", "en", "MGX was set up in 2024. The Emirati fund took part in OpenAI's round.",
		[]triple{{"MGX", kg.InvestsIn, "OpenAI"}}, nil},
	// ---- a different company's investors later in a roundup
	{"roundup: another company's backers", "en", "Halden Robotics raised $400 million in a Series C round led by Lightspeed Venture Partners.\n\nQuantix AI, a Berlin chip startup, unveiled its first product on Tuesday. Its backers include Accel and Index Ventures.",
		[]triple{{"Lightspeed Venture Partners", kg.InvestsIn, "Halden Robotics"}, {"Accel", kg.InvestsIn, "Quantix AI"}},
		[]triple{{"Accel", kg.InvestsIn, "Halden Robotics"}, {"Index Ventures", kg.InvestsIn, "Halden Robotics"}}},
	{"roundup: the next round is its own", "en", "Halden Robotics raised $400 million. Quantix AI raised $50 million in a seed round. The round was led by Accel.",
		[]triple{{"Accel", kg.InvestsIn, "Quantix AI"}}, []triple{{"Accel", kg.InvestsIn, "Halden Robotics"}}},
}

func TestRoundsConstructions(t *testing.T) {
	runPartyCases(t, roundsCases)
}

// roundFigureCases: the lead gets the round's size (or its own stated
// sum), participants none; the status is the round's, by its tense.
func TestRoundFigures(t *testing.T) {
	x := newX(t)
	cases := []struct {
		name, lang, text string
		src, dst         string
		usd              float64 // 0: no amount
		status           kg.DealStatus
		rel              kg.RelationType // "": INVESTS_IN
	}{
		{"lead's own sum", "en", "Corvane Systems raised €900 million in a Series C round. Qualcomm led the round with €500 million, and Nvidia also took part.",
			"Qualcomm", "Corvane Systems", 500e6 * 1.08, kg.Completed, ""},
		{"participant gets none", "en", "Corvane Systems raised €900 million in a Series C round. Qualcomm led the round with €500 million, and Nvidia also took part.",
			"Nvidia", "Corvane Systems", 0, kg.Completed, ""},
		{"announced raise is done, Arabic", "ar", "أعلنت شركة «فيلورا» الناشئة عن جمع 400 مليون دولار في جولة تمويل جديدة. وقادت الجولة شركة سيكويا كابيتال.",
			"Sequoia Capital", "فيلورا", 400e6, kg.Completed, ""},
		{"announced raise, participant, Arabic", "ar", "أعلنت شركة «نيمبوس» عن جمع 250 مليون دولار بمشاركة سيكويا كابيتال.",
			"Sequoia Capital", "نيمبوس", 0, kg.Completed, ""},
		{"announced intention stays a plan, Arabic", "ar", "أعلنت شركة «نيمبوس» عزمها جمع 250 مليون دولار. وستقود الجولة سيكويا كابيتال.",
			"Sequoia Capital", "نيمبوس", 250e6, kg.Announced, ""},
		{"talks", "ar", "تجري شركة «بارسك» محادثات لجمع 60 مليون دولار. وقد تقود سيكويا كابيتال الجولة.",
			"Sequoia Capital", "بارسك", 60e6, kg.Talks, ""},
		{"VSO raise gives the round its tense", "ar", "جمعت شركة «فيلورا» الناشئة 400 مليون دولار في جولة تمويل جديدة. وجاءت الجولة بقيادة سيكويا كابيتال.",
			"Sequoia Capital", "فيلورا", 400e6, kg.Completed, ""},
		{"plan to invest", "en", "Halden Robotics plans to raise $400 million this year. Lightspeed Venture Partners will invest $150 million.",
			"Lightspeed Venture Partners", "Halden Robotics", 150e6, kg.Announced, ""},
		// ---- tense and modality of the investment itself
		{"reported future", "en", "Qualcomm said on Monday it would invest an extra $2 billion in Halden Robotics.",
			"Qualcomm", "Halden Robotics", 2e9, kg.Announced, ""},
		{"pledged", "en", "SoftBank pledged to invest $1 billion in Velmora AI over three years.",
			"SoftBank", "Velmora AI", 1e9, kg.Announced, ""},
		{"present progressive is a disclosed deal", "en", "Microsoft is putting 20 million euros into Corvane Systems, the startup said on Friday.",
			"Microsoft", "Corvane Systems", 20e6 * 1.08, kg.Agreed, ""},
		{"agreed to invest", "en", "Nvidia has agreed to invest $500 million in Tessaro Labs.",
			"Nvidia", "Tessaro Labs", 500e6, kg.Agreed, ""},
		{"has invested", "en", "Nvidia has invested $500 million in Tessaro Labs since 2023.",
			"Nvidia", "Tessaro Labs", 500e6, kg.Completed, ""},
		{"pledge, Arabic", "ar", "تعهدت سوفت بنك باستثمار مليار دولار في شركة «ميرال» خلال ثلاث سنوات.",
			"SoftBank", "ميرال", 1e9, kg.Announced, ""},
		{"intends, Arabic", "ar", "تنوي سوفت بنك استثمار مليار دولار في شركة «ميرال».",
			"SoftBank", "ميرال", 1e9, kg.Announced, ""},
		{"a consequence's would is no plan", "en", "Oracle agreed to buy Cerner for $28 billion, a deal that would give it a foothold in health care.",
			"Oracle", "Cerner", 28e9, kg.Agreed, kg.Acquires},
		{"would buy", "en", "Cisco said it would buy Splunk for $28 billion in cash.",
			"Cisco", "Splunk", 28e9, kg.Announced, kg.Acquires},
	}
	for _, tc := range cases {
		ex := extractOK(t, x, tc.lang, tc.text)
		rel := tc.rel
		if rel == "" {
			rel = kg.InvestsIn
		}
		r := find(ex, tc.src, rel, tc.dst)
		if r == nil {
			t.Errorf("%s: no %s %s %s; got:%s", tc.name, tc.src, rel, tc.dst, listRels(ex))
			continue
		}
		u, ok := r.Figures.USD()
		switch {
		case tc.usd == 0 && ok:
			t.Errorf("%s: amount %v, want none", tc.name, u)
		case tc.usd != 0 && (!ok || u < tc.usd*0.999 || u > tc.usd*1.001):
			t.Errorf("%s: amount %v (%v), want %v", tc.name, u, ok, tc.usd)
		}
		if r.Figures.Status != tc.status {
			t.Errorf("%s: status %q, want %q", tc.name, r.Figures.Status, tc.status)
		}
	}
}
