package extract_test

import (
	"testing"

	"github.com/aikg/aikg/kg"
)

// dealsCases: consortium membership, joining a venture as a partner and
// the deal constructions around them. Members partner with the
// consortium or venture, never pairwise with each other.
var dealsCases = []partyCase{
	// ---- a named consortium, then "which includes" over quotes and a
	// parenthesised short name
	{"members after a short name", "en", "Cisco and Oracle unveiled the Sovereign Compute Alliance (SCA), which includes AMD and Intel.",
		[]triple{{"AMD", kg.PartnersWith, "Sovereign Compute Alliance"}, {"Intel", kg.PartnersWith, "Sovereign Compute Alliance"},
			{"Cisco", kg.PartnersWith, "Sovereign Compute Alliance"}, {"Oracle", kg.PartnersWith, "Sovereign Compute Alliance"}},
		[]triple{{"Cisco", kg.PartnersWith, "Oracle"}, {"AMD", kg.PartnersWith, "Intel"}}},
	{"members after quotes and abbreviation, Arabic", "ar", "اتفقت «شراكة البنية التحتية للذكاء الاصطناعي» (AIP)، التي تضم شركة MGX الإماراتية وبلاك روك، على الاستحواذ على شركة كورويف.",
		[]triple{{"MGX", kg.PartnersWith, "AI Infrastructure Partnership"}, {"BlackRock", kg.PartnersWith, "AI Infrastructure Partnership"},
			{"AI Infrastructure Partnership", kg.Acquires, "CoreWeave"}},
		[]triple{{"MGX", kg.PartnersWith, "BlackRock"}, {"BlackRock", kg.Acquires, "CoreWeave"}}},
	{"founders launch a consortium, Arabic", "ar", "أطلقت مايكروسوفت وبلاك روك «شراكة البنية التحتية للذكاء الاصطناعي» العام الماضي.",
		[]triple{{"Microsoft", kg.PartnersWith, "AI Infrastructure Partnership"}, {"BlackRock", kg.PartnersWith, "AI Infrastructure Partnership"}},
		[]triple{{"Microsoft", kg.PartnersWith, "BlackRock"}}},
	// ---- a definite consortium word refers back: "وتضم الشراكة أيضاً
	// كلاً من A وB", "The alliance now also includes A and B"
	{"the partnership also includes, Arabic VSO", "ar", "وقّعت «شراكة البنية التحتية للذكاء الاصطناعي» اتفاقاً جديداً. وتضم الشراكة أيضاً كلاً من مايكروسوفت وإنفيديا.",
		[]triple{{"Microsoft", kg.PartnersWith, "AI Infrastructure Partnership"}, {"Nvidia", kg.PartnersWith, "AI Infrastructure Partnership"}},
		[]triple{{"Microsoft", kg.PartnersWith, "Nvidia"}}},
	{"the alliance now includes, Arabic", "ar", "تأسست «شراكة البنية التحتية للذكاء الاصطناعي» لتمويل مراكز البيانات. ويضم التحالف حالياً أوراكل وسيسكو.",
		[]triple{{"Oracle", kg.PartnersWith, "AI Infrastructure Partnership"}, {"Cisco", kg.PartnersWith, "AI Infrastructure Partnership"}}, nil},
	{"the alliance also includes, English", "en", "The Open Compute Alliance was formed in March to fund data centers. The alliance now also includes Microsoft and Nvidia.",
		[]triple{{"Microsoft", kg.PartnersWith, "Open Compute Alliance"}, {"Nvidia", kg.PartnersWith, "Open Compute Alliance"}},
		[]triple{{"Microsoft", kg.PartnersWith, "Nvidia"}}},
	{"no consortium named before", "en", "The alliance also includes Microsoft and Nvidia.",
		nil, []triple{{"Microsoft", kg.PartnersWith, "Nvidia"}}},
	{"customers are no members", "en", "Nvidia's customers include Microsoft and Meta.",
		nil, []triple{{"Microsoft", kg.PartnersWith, "Nvidia"}, {"Meta", kg.PartnersWith, "Nvidia"}}},
	// ---- "X and Y join Z as (technology) partners", "تنضم X وY إلى Z
	// بصفتهما شريكين", "كشريك"
	{"join the project as partners, Arabic dual", "ar", "أعلنت G42 وOpenAI إطلاق مشروع «ستارغيت الإمارات» في أبوظبي. وتورّد إنفيديا للمشروع أحدث أنظمتها، فيما تنضم أوراكل وسوفت بنك إلى المشروع بصفتهما شريكين تقنيين.",
		[]triple{{"Oracle", kg.PartnersWith, "Stargate UAE"}, {"SoftBank", kg.PartnersWith, "Stargate UAE"}},
		[]triple{{"Oracle", kg.PartnersWith, "SoftBank"}}},
	{"join the project as a partner, Arabic ka-", "ar", "أعلنت G42 وOpenAI إطلاق مشروع «ستارغيت الإمارات» في أبوظبي. وتنضم سيسكو إلى المشروع كشريك تقني.",
		[]triple{{"Cisco", kg.PartnersWith, "Stargate UAE"}}, nil},
	{"join the project as partners, English", "en", "OpenAI and G42 unveiled Stargate UAE in Abu Dhabi. Cisco and SoftBank join the project as technology partners.",
		[]triple{{"Cisco", kg.PartnersWith, "Stargate UAE"}, {"SoftBank", kg.PartnersWith, "Stargate UAE"}},
		[]triple{{"Cisco", kg.PartnersWith, "SoftBank"}}},
	{"joined a consortium as a founding partner", "en", "Oracle joined the AI Infrastructure Partnership as a founding partner.",
		[]triple{{"Oracle", kg.PartnersWith, "AI Infrastructure Partnership"}}, nil},
	// ---- saying something together is no partnership: "in a joint
	// statement", "في بيان مشترك", "jointly announced"; companies acting
	// each on its own are no joint launch
	{"joint statement", "en", "Oracle and xAI said in a joint statement that Oracle will invest $2 billion in the startup.",
		[]triple{{"Oracle", kg.InvestsIn, "xAI"}}, []triple{{"Oracle", kg.PartnersWith, "xAI"}}},
	{"joint statement, Arabic", "ar", "وقالت إنفيديا وميسترال في بيان مشترك إن إنفيديا ستستثمر مليار دولار في الشركة الناشئة.",
		[]triple{{"Nvidia", kg.InvestsIn, "Mistral AI"}}, []triple{{"Nvidia", kg.PartnersWith, "Mistral AI"}}},
	{"joint press conference, Arabic", "ar", "وأعلنت أوراكل وOpenAI في مؤتمر صحفي مشترك أن أوراكل ستورد رقائق لمشروع ستارغيت.",
		nil, []triple{{"Oracle", kg.PartnersWith, "OpenAI"}}},
	{"a joint offering is a partnership", "en", "Microsoft and G42 launched a joint offering for governments.",
		[]triple{{"Microsoft", kg.PartnersWith, "G42"}}, nil},
	{"a joint platform is a partnership, Arabic", "ar", "أطلقت مايكروسوفت وG42 منصة مشتركة للحكومات.",
		[]triple{{"Microsoft", kg.PartnersWith, "G42"}}, nil},
	{"their own launches", "en", "Meta and Google launched their own chatbots last year.",
		nil, []triple{{"Meta", kg.PartnersWith, "Google"}}},
	{"separate launches, Arabic", "ar", "أطلقت ميتا وغوغل نماذج خاصة بها العام الماضي.",
		nil, []triple{{"Meta", kg.PartnersWith, "Google"}}},
	// ---- "led by X, with participation from A, B and C", "قادتها X
	// بمشاركة A وB": the participants invest in the round's company,
	// not in its lead; "with A and B co-leading"
	{"participation after the lead", "en", "Mistral AI raised €1.7 billion in a round led by ASML, with participation from Nvidia, DST Global and Bpifrance.",
		[]triple{{"ASML", kg.InvestsIn, "Mistral AI"}, {"Nvidia", kg.InvestsIn, "Mistral AI"}, {"DST Global", kg.InvestsIn, "Mistral AI"}, {"Bpifrance", kg.InvestsIn, "Mistral AI"}},
		[]triple{{"Nvidia", kg.InvestsIn, "ASML"}, {"Bpifrance", kg.InvestsIn, "ASML"}}},
	{"participation after the lead, Arabic", "ar", "جمعت ميسترال 1.7 مليار يورو في جولة قادتها ASML بمشاركة إنفيديا وبي بي آي فرانس.",
		[]triple{{"ASML", kg.InvestsIn, "Mistral AI"}, {"Nvidia", kg.InvestsIn, "Mistral AI"}, {"Bpifrance", kg.InvestsIn, "Mistral AI"}},
		[]triple{{"Nvidia", kg.InvestsIn, "ASML"}}},
	{"participation after the lead, other names", "en", "Cohere raised $500 million in a round led by Radical Ventures, with participation from Nvidia, Salesforce and Cisco.",
		[]triple{{"Nvidia", kg.InvestsIn, "Cohere"}, {"Salesforce", kg.InvestsIn, "Cohere"}, {"Cisco", kg.InvestsIn, "Cohere"}},
		[]triple{{"Nvidia", kg.InvestsIn, "Radical Ventures"}, {"Cisco", kg.InvestsIn, "Radical Ventures"}}},
	{"co-leading", "en", "Anthropic raised $13 billion led by ICONIQ, with Fidelity and Lightspeed co-leading.",
		[]triple{{"ICONIQ", kg.InvestsIn, "Anthropic"}, {"Fidelity", kg.InvestsIn, "Anthropic"}, {"Lightspeed Venture Partners", kg.InvestsIn, "Anthropic"}}, nil},
	{"co-leading, active lead", "en", "Thrive Capital led Anysphere's $900 million round, with Andreessen Horowitz co-leading.",
		[]triple{{"Andreessen Horowitz", kg.InvestsIn, "Anysphere"}}, []triple{{"Andreessen Horowitz", kg.InvestsIn, "Thrive Capital"}}},
	{"led by X with Y and Z", "en", "xAI raised $6 billion led by Valor with BlackRock and Sequoia.",
		[]triple{{"Valor Equity Partners", kg.InvestsIn, "xAI"}, {"BlackRock", kg.InvestsIn, "xAI"}, {"Sequoia Capital", kg.InvestsIn, "xAI"}},
		[]triple{{"BlackRock", kg.InvestsIn, "Valor Equity Partners"}}},
	{"led by X, joined by Y and Z", "en", "Perplexity raised $500 million in a round led by IVP, joined by Nvidia and SoftBank.",
		[]triple{{"Nvidia", kg.InvestsIn, "Perplexity"}, {"SoftBank", kg.InvestsIn, "Perplexity"}},
		[]triple{{"Nvidia", kg.InvestsIn, "IVP"}}},
	{"led by X with a valuation", "en", "Cohere raised $500 million led by Radical Ventures with a valuation of $6.8 billion.",
		[]triple{{"Radical Ventures", kg.InvestsIn, "Cohere"}}, nil},
	// ---- the receiver of an investment is the subject: "X received an
	// investment from Y", "حصلت X على استثمار من Y", "تلقت X استثماراً"
	{"received an investment", "en", "Scale AI received a $14.3 billion investment from Meta.",
		[]triple{{"Meta", kg.InvestsIn, "Scale AI"}}, []triple{{"Scale AI", kg.InvestsIn, "Meta"}}},
	{"secured an investment", "en", "Anthropic secured a fresh $4 billion investment from Amazon, its cloud partner.",
		[]triple{{"Amazon", kg.InvestsIn, "Anthropic"}}, []triple{{"Anthropic", kg.InvestsIn, "Amazon"}}},
	{"received an investment, Arabic VSO", "ar", "حصلت Scale AI على استثمار بقيمة 14.3 مليار دولار من ميتا.",
		[]triple{{"Meta", kg.InvestsIn, "Scale AI"}}, []triple{{"Scale AI", kg.InvestsIn, "Meta"}}},
	{"received an investment, Arabic talaqqat", "ar", "تلقت أنثروبيك استثماراً بقيمة 4 مليارات دولار من أمازون.",
		[]triple{{"Amazon", kg.InvestsIn, "Anthropic"}}, []triple{{"Anthropic", kg.InvestsIn, "Amazon"}}},
	// ---- an invest verb whose "in" names a round: the round's company
	{"invested in the round of X", "en", "Nvidia invested in the latest funding round of xAI.",
		[]triple{{"Nvidia", kg.InvestsIn, "xAI"}}, nil},
	{"invested in the round of X, Arabic", "ar", "واستثمرت إنفيديا في جولة التمويل الأخيرة لـxAI.",
		[]triple{{"Nvidia", kg.InvestsIn, "xAI"}}, nil},
	{"invested in X's round, Arabic construct", "ar", "استثمرت سيسكو في جولة تمويل ميسترال.",
		[]triple{{"Cisco", kg.InvestsIn, "Mistral AI"}}, nil},
	{"investing in data centres is no counterparty", "ar", "استثمرت سوفت بنك في مراكز بيانات في تكساس.",
		nil, []triple{{"SoftBank", kg.InvestsIn, "Texas"}}},
	// ---- the object is the antecedent of a relative clause whose
	// subject is the buyer or investor
	{"which X acquired", "en", "Windsurf, which Cognition acquired in July, makes coding tools.",
		[]triple{{"Cognition", kg.Acquires, "Windsurf"}}, []triple{{"Windsurf", kg.Acquires, "Cognition"}}},
	{"which X bought last year", "en", "Run:ai, which Nvidia bought last year, makes GPU software.",
		[]triple{{"Nvidia", kg.Acquires, "Run:ai"}}, nil},
	{"in which X has invested", "en", "Anthropic, in which Amazon has invested $8 billion, develops Claude.",
		[]triple{{"Amazon", kg.InvestsIn, "Anthropic"}}, []triple{{"Anthropic", kg.InvestsIn, "Amazon"}}},
	{"allati istahwadhat 'alayha", "ar", "ويندسيرف، التي استحوذت عليها كوغنيشن في يوليو، تطور أدوات برمجة.",
		[]triple{{"Cognition", kg.Acquires, "Windsurf"}}, []triple{{"Windsurf", kg.Acquires, "Cognition"}}},
	{"allati istatharat fiha", "ar", "أنثروبيك، التي استثمرت فيها أمازون 8 مليارات دولار، تطور نماذج كلود.",
		[]triple{{"Amazon", kg.InvestsIn, "Anthropic"}}, []triple{{"Anthropic", kg.InvestsIn, "Amazon"}}},
	{"allati ishtaratha (object suffix)", "ar", "ويندسيرف التي اشترتها كوغنيشن تطور أدوات برمجة.",
		[]triple{{"Cognition", kg.Acquires, "Windsurf"}}, nil},
	{"a stake bought in a relative is an investment", "ar", "سكيل إيه آي، التي اشترت ميتا حصة فيها، تعمل في وسم البيانات.",
		[]triple{{"Meta", kg.InvestsIn, "Scale AI"}}, []triple{{"Scale AI", kg.Acquires, "Meta"}, {"Meta", kg.Acquires, "Scale AI"}}},
	{"which it has backed", "en", "Microsoft also gains a second supplier alongside OpenAI, which it has backed with some $13 billion since 2019.",
		[]triple{{"Microsoft", kg.InvestsIn, "OpenAI"}}, []triple{{"OpenAI", kg.InvestsIn, "Microsoft"}}},
	{"in which it has invested", "en", "Amazon said Anthropic, in which it has invested $8 billion, will use its chips.",
		[]triple{{"Amazon", kg.InvestsIn, "Anthropic"}}, nil},
	// ---- an owner apposition closes at its comma: ", وZ" / ", and Z"
	// after it are the subject's partners, not co-owners
	{"owned-by apposition then a co-subject, Arabic", "ar", "أعلنت شركة «آلات» (Alat)، المملوكة بالكامل لصندوق الاستثمارات العامة، ومجموعة لينوفو (Lenovo Group) اليوم عن تعاون استراتيجي طويل الأمد.",
		[]triple{{"Public Investment Fund", kg.Owns, "Alat"}}, []triple{{"Lenovo", kg.Owns, "Alat"}}},
	{"owned-by apposition then a co-subject", "en", "Alat, wholly owned by the Public Investment Fund, and Lenovo announced a strategic collaboration.",
		[]triple{{"Public Investment Fund", kg.Owns, "Alat"}}, []triple{{"Lenovo", kg.Owns, "Alat"}}},
	{"two owners stay two owners", "en", "MGX, owned by Mubadala and G42, raised money.",
		[]triple{{"Mubadala", kg.Owns, "MGX"}, {"G42", kg.Owns, "MGX"}}, nil},
	// ---- a majority or controlling stake is control: OWNS, not INVESTS_IN
	{"majority stake", "en", "SoftBank holds a majority stake in Arm.",
		[]triple{{"SoftBank", kg.Owns, "Arm"}}, []triple{{"SoftBank", kg.InvestsIn, "Arm"}}},
	{"hissat al-aghlabiyya", "ar", "يُذكر أن سوفت بنك تملك أصلاً حصة الأغلبية في Arm.",
		[]triple{{"SoftBank", kg.Owns, "Arm"}}, []triple{{"SoftBank", kg.InvestsIn, "Arm"}}},
	{"a minority stake stays an investment", "en", "Microsoft holds a 27% stake in OpenAI.",
		[]triple{{"Microsoft", kg.InvestsIn, "OpenAI"}}, []triple{{"Microsoft", kg.Owns, "OpenAI"}}},
	// ---- money put into a company
	{"putting money into", "en", "Microsoft is putting 15 million euros into Mistral AI, the startup said on Tuesday.",
		[]triple{{"Microsoft", kg.InvestsIn, "Mistral AI"}}, nil},
	{"pumped money into", "en", "SoftBank pumped $2 billion into Intel.",
		[]triple{{"SoftBank", kg.InvestsIn, "Intel"}}, nil},
	{"putting pressure is no investment", "en", "Microsoft is putting pressure on OpenAI.",
		nil, []triple{{"Microsoft", kg.InvestsIn, "OpenAI"}}},
	{"among the other participants", "en", "Mistral AI raised €385 million in a round led by Andreessen Horowitz; Lightspeed Venture Partners, Nvidia and Salesforce were among the other participants.",
		[]triple{{"Nvidia", kg.InvestsIn, "Mistral AI"}, {"Salesforce", kg.InvestsIn, "Mistral AI"}}, []triple{{"Nvidia", kg.InvestsIn, "Andreessen Horowitz"}}},
	{"subject relative stays active", "en", "Cognition, which acquired Windsurf in July, raised $400 million.",
		[]triple{{"Cognition", kg.Acquires, "Windsurf"}}, []triple{{"Windsurf", kg.Acquires, "Cognition"}}},
	// ---- "the Nvidia-backed company acquired …": the company buys, its
	// backer holds no amount of the sentence
	{"the X-backed company as subject", "en", "Cognition makes the Devin agent. The Nvidia-backed company acquired Windsurf for $250 million.",
		[]triple{{"Cognition", kg.Acquires, "Windsurf"}, {"Nvidia", kg.InvestsIn, "Cognition"}}, []triple{{"Nvidia", kg.Acquires, "Windsurf"}}},
	{"al-sharika al-mad'uma min X", "ar", "تطور كوغنيشن وكيل البرمجة ديفين. واستحوذت الشركة المدعومة من إنفيديا على ويندسيرف مقابل 250 مليون دولار.",
		[]triple{{"Cognition", kg.Acquires, "Windsurf"}, {"Nvidia", kg.InvestsIn, "Cognition"}}, []triple{{"Nvidia", kg.Acquires, "Windsurf"}}},
	// ---- the backer in a modifier phrase is not the buyer
	{"backed-by apposition, Arabic", "ar", "توصّلت كورويف، مزوّدة السحابة المدعومة من إنفيديا، مطلع الشهر إلى اتفاق للاستحواذ على ويندسيرف مقابل نحو 1.7 مليار دولار.",
		[]triple{{"CoreWeave", kg.Acquires, "Windsurf"}, {"Nvidia", kg.InvestsIn, "CoreWeave"}}, []triple{{"Nvidia", kg.Acquires, "Windsurf"}}},
	{"backed-by apposition", "en", "CoreWeave, backed by Nvidia, agreed to buy Windsurf for $1.7 billion.",
		[]triple{{"CoreWeave", kg.Acquires, "Windsurf"}}, []triple{{"Nvidia", kg.Acquires, "Windsurf"}}},
	// ---- "with A and B joining as strategic investors": the round's
	// investors, not investors in the names before them
	{"joining as investors", "en", "xAI said it had raised $20bn. Valor Equity Partners and MGX took part, with Nvidia and Cisco joining as strategic investors.",
		[]triple{{"Nvidia", kg.InvestsIn, "xAI"}, {"Cisco", kg.InvestsIn, "xAI"}, {"MGX", kg.InvestsIn, "xAI"}},
		[]triple{{"Cisco", kg.InvestsIn, "MGX"}, {"Nvidia", kg.InvestsIn, "Valor Equity Partners"}}},
	{"added as suppliers still works", "en", "Oracle has added Microsoft and Google as suppliers.",
		[]triple{{"Microsoft", kg.SuppliesCompute, "Oracle"}}, nil},
	// ---- "X's founder said (last week) the company …": the company is
	// the one the speaker was named with, not an older topic
	{"said the company, in a roundup", "en", "Apple signed a deal with Google. Elon Musk, xAI's founder, said last week the company had raised $20bn. Valor Equity Partners and MGX took part.",
		[]triple{{"Valor Equity Partners", kg.InvestsIn, "xAI"}, {"MGX", kg.InvestsIn, "xAI"}}, []triple{{"MGX", kg.InvestsIn, "Apple"}}},
	{"qala inna al-sharika", "ar", "وقعت أبل اتفاقاً مع غوغل. وقال إيلون ماسك، مؤسس xAI، إن الشركة جمعت 20 مليار دولار. وشاركت في الجولة فالور وMGX.",
		[]triple{{"MGX", kg.InvestsIn, "xAI"}}, []triple{{"MGX", kg.InvestsIn, "Apple"}}},
	// ---- the target rejects or receives an offer from the buyer
	{"rejected an offer from", "en", "Windsurf rejected a $3 billion offer from OpenAI last year.",
		[]triple{{"OpenAI", kg.Acquires, "Windsurf"}}, []triple{{"Windsurf", kg.Acquires, "OpenAI"}}},
	{"turned down an approach from", "en", "Windsurf turned down a takeover approach from OpenAI.",
		[]triple{{"OpenAI", kg.Acquires, "Windsurf"}}, nil},
	{"rafadat 'ardan min", "ar", "رفضت ويندسيرف عرضاً من OpenAI بقيمة 3 مليارات دولار.",
		[]triple{{"OpenAI", kg.Acquires, "Windsurf"}}, []triple{{"Windsurf", kg.Acquires, "OpenAI"}}},
	{"talaqqat 'ardan min", "ar", "تلقت بيربلكسيتي عرضاً من ميتا للاستحواذ عليها.",
		[]triple{{"Meta", kg.Acquires, "Perplexity"}}, nil},
	{"a funding offer is no takeover", "en", "Mistral AI received a funding offer from Nvidia.",
		nil, []triple{{"Nvidia", kg.Acquires, "Mistral AI"}}},
	// ---- a parent named in an apposition is the subject
	{"al-sharika al-umm", "ar", "وقّعت Alphabet، الشركة الأم لغوغل، اتفاقاً للاستحواذ على ويندسيرف.",
		[]triple{{"Alphabet", kg.Acquires, "Windsurf"}, {"Alphabet", kg.Owns, "Google"}}, []triple{{"Google", kg.Acquires, "Windsurf"}}},
	// ---- the seller named as the owner of what is sold
	{"from its owner X", "en", "Oracle bought Aligned Data Centers from its owner BlackRock.",
		[]triple{{"BlackRock", kg.Owns, "Aligned Data Centers"}, {"Oracle", kg.Acquires, "Aligned Data Centers"}}, nil},
	{"min X al-malika laha", "ar", "استحوذت أوراكل على شركة Aligned Data Centers من «بلاك روك» المالكة لها.",
		[]triple{{"BlackRock", kg.Owns, "Aligned Data Centers"}, {"Oracle", kg.Acquires, "Aligned Data Centers"}}, nil},
	{"from its parent: what is sold is no named company", "en", "Sanmina bought the factory business from its parent company AMD.",
		nil, []triple{{"AMD", kg.Owns, "Sanmina"}}},
	{"al-malika laha with no sale", "ar", "وقالت بلاك روك المالكة لها إن الصفقة مهمة.",
		nil, nil},
	// ---- buying shares of a company is investing in it
	{"buy $X of Y stock", "en", "Nvidia agreed to buy $5 billion of Intel stock.",
		[]triple{{"Nvidia", kg.InvestsIn, "Intel"}}, []triple{{"Nvidia", kg.Acquires, "Intel"}}},
	{"bought shares in Y", "en", "SoftBank bought shares in Intel worth $2 billion.",
		[]triple{{"SoftBank", kg.InvestsIn, "Intel"}}, []triple{{"SoftBank", kg.Acquires, "Intel"}}},
	{"ishtarat ashuman fi Y", "ar", "اشترت سوفت بنك أسهماً في إنتل بقيمة ملياري دولار.",
		[]triple{{"SoftBank", kg.InvestsIn, "Intel"}}, []triple{{"SoftBank", kg.Acquires, "Intel"}}},
	{"ashum Y construct", "ar", "ستشتري إنفيديا أسهم إنتل بقيمة 5 مليارات دولار.",
		[]triple{{"Nvidia", kg.InvestsIn, "Intel"}}, []triple{{"Nvidia", kg.Acquires, "Intel"}}},
	// ---- shares received are an investment in their issuer
	{"received $X of Y stock", "en", "As part of the deal, OpenAI received $350 million worth of CoreWeave stock.",
		[]triple{{"OpenAI", kg.InvestsIn, "CoreWeave"}}, []triple{{"CoreWeave", kg.InvestsIn, "OpenAI"}}},
	{"will receive Y shares", "en", "As part of the agreement, Oracle will receive $1 billion of xAI shares.",
		[]triple{{"Oracle", kg.InvestsIn, "xAI"}}, nil},
	{"hasalat 'ala ashum fi Y", "ar", "وحصلت OpenAI على أسهم في كورويف بقيمة 350 مليون دولار.",
		[]triple{{"OpenAI", kg.InvestsIn, "CoreWeave"}}, []triple{{"CoreWeave", kg.InvestsIn, "OpenAI"}}},
	{"satahsul 'ala ashum … fi Y", "ar", "ستحصل أوراكل على أسهم بقيمة مليار دولار في xAI.",
		[]triple{{"Oracle", kg.InvestsIn, "xAI"}}, nil},
	{"a share price is no shares received", "en", "Nvidia shares rose 3% after the company received approval from Intel.",
		nil, []triple{{"Nvidia", kg.InvestsIn, "Intel"}}},
	{"a stock move is no purchase", "en", "Intel shares rose after Nvidia bought Run:ai.",
		[]triple{{"Nvidia", kg.Acquires, "Run:ai"}}, []triple{{"Nvidia", kg.InvestsIn, "Intel"}, {"Nvidia", kg.Acquires, "Intel"}}},
	{"received approval is no investment", "en", "Mistral AI received approval from Microsoft for the plan.",
		nil, []triple{{"Microsoft", kg.InvestsIn, "Mistral AI"}}},
}

func TestDealsConstructions(t *testing.T) {
	runPartyCases(t, dealsCases)
}

// TestDealsMembershipStatus: membership of a consortium is a standing
// relation (no status); joining a venture in the present tense is an
// announced partnership; the verb opening an Arabic clause gives its
// verbal noun's status however long the clause between them.
func TestDealsMembershipStatus(t *testing.T) {
	x := newX(t)
	ex := extractOK(t, x, "ar", "اتفقت «شراكة البنية التحتية للذكاء الاصطناعي» (AIP)، التي تضم شركة MGX الإماراتية وبلاك روك، على الاستحواذ على شركة كورويف.")
	if r := find(ex, "AI Infrastructure Partnership", kg.Acquires, "CoreWeave"); r == nil || r.Evidence[0].Status != kg.Agreed {
		t.Errorf("acquisition: want AGREED; got:%s", listRels(ex))
	}
	for _, m := range []string{"MGX", "BlackRock"} {
		r := find(ex, m, kg.PartnersWith, "AI Infrastructure Partnership")
		if r == nil {
			r = find(ex, "AI Infrastructure Partnership", kg.PartnersWith, m)
		}
		if r == nil || r.Evidence[0].Status != "" {
			t.Errorf("%s membership: want no status; got:%s", m, listRels(ex))
		}
	}
	ex = extractOK(t, x, "en", "OpenAI and G42 unveiled Stargate UAE in Abu Dhabi. Cisco and SoftBank join the project as technology partners.")
	r := find(ex, "Cisco", kg.PartnersWith, "Stargate UAE")
	if r == nil {
		r = find(ex, "Stargate UAE", kg.PartnersWith, "Cisco")
	}
	if r == nil || r.Evidence[0].Status != kg.Announced {
		t.Errorf("joining partner: want ANNOUNCED; got:%s", listRels(ex))
	}
}

// TestDealsStatus: how far a deal got, as the sentence says it.
func TestDealsStatus(t *testing.T) {
	x := newX(t)
	cases := []struct {
		name, lang, text string
		want             triple
		status           kg.DealStatus
	}{
		// talks that ended without a deal are BLOCKED, however far the
		// negated agreement stands from the talks
		{"talks, no agreement, Arabic", "ar", "وكانت ميتا قد أجرت محادثات للاستحواذ على ويندسيرف في وقت سابق من العام الماضي، لكنها لم تتوصل إلى اتفاق مع مؤسسيها.",
			triple{"Meta", kg.Acquires, "Windsurf"}, kg.Blocked},
		{"talks ended without a deal, Arabic", "ar", "أجرت أبل مفاوضات لشراء بيربلكسيتي انتهت من دون التوصل إلى اتفاق.",
			triple{"Apple", kg.Acquires, "Perplexity"}, kg.Blocked},
		{"failed to reach a deal", "en", "Meta held talks to acquire Perplexity earlier this year but failed to reach an agreement.",
			triple{"Meta", kg.Acquires, "Perplexity"}, kg.Blocked},
		// nearing an agreement is still talks
		{"nearing an agreement, Arabic", "ar", "تقترب سامسونغ للإلكترونيات من إبرام اتفاق للاستثمار في بيربلكسيتي.",
			triple{"Samsung Electronics", kg.InvestsIn, "Perplexity"}, kg.Talks},
		{"close to signing", "en", "Samsung is close to signing a deal to invest in Perplexity.",
			triple{"Samsung Electronics", kg.InvestsIn, "Perplexity"}, kg.Talks},
		// internal discussions are talks
		{"discussions, Arabic", "ar", "أجرى مسؤولون في أبل مناقشات داخلية حول الاستحواذ على بيربلكسيتي.",
			triple{"Apple", kg.Acquires, "Perplexity"}, kg.Talks},
		// closing a round is a completed round
		{"closing a round, Arabic", "ar", "أعلنت ميسترال إغلاق جولة تمويل بقيمة 600 مليون دولار قادتها جنرال كاتاليست.",
			triple{"General Catalyst", kg.InvestsIn, "Mistral AI"}, kg.Completed},
		// what a reporting verb reports keeps its own tense; a plan stays
		// announced; an Arabic verbal noun after "أعلنت" is what was
		// announced
		{"announced it had raised", "en", "Mistral AI announced it had raised €600 million from General Catalyst.",
			triple{"General Catalyst", kg.InvestsIn, "Mistral AI"}, kg.Completed},
		{"announced that it raised, Arabic", "ar", "أعلنت ميسترال أنها جمعت 600 مليون يورو من جنرال كاتاليست.",
			triple{"General Catalyst", kg.InvestsIn, "Mistral AI"}, kg.Completed},
		{"announced it will raise", "en", "Mistral AI announced it will raise €600 million from General Catalyst.",
			triple{"General Catalyst", kg.InvestsIn, "Mistral AI"}, kg.Announced},
		{"announced injecting, Arabic verbal noun", "ar", "أعلنت إنفيديا الشهر الماضي ضخ 5 مليارات دولار في إنتل.",
			triple{"Nvidia", kg.InvestsIn, "Intel"}, kg.Announced},
		{"received an investment", "en", "Scale AI received a $14.3 billion investment from Meta.",
			triple{"Meta", kg.InvestsIn, "Scale AI"}, kg.Completed},
		{"offer rejected", "ar", "رفضت ويندسيرف عرضاً من OpenAI بقيمة 3 مليارات دولار.",
			triple{"OpenAI", kg.Acquires, "Windsurf"}, kg.Blocked},
		{"offer received", "en", "Perplexity received a takeover approach from Meta earlier this year.",
			triple{"Meta", kg.Acquires, "Perplexity"}, kg.Talks},
		{"shares received", "ar", "وحصلت OpenAI على أسهم في كورويف بقيمة 350 مليون دولار.",
			triple{"OpenAI", kg.InvestsIn, "CoreWeave"}, kg.Completed},
		{"shares to be received", "ar", "ستحصل OpenAI على أسهم بقيمة 350 مليون دولار في كورويف.",
			triple{"OpenAI", kg.InvestsIn, "CoreWeave"}, kg.Announced},
		// backed by: a standing relation with no deal state
		{"backed by", "en", "Hugging Face, which is backed by Nvidia, announced a new robot.",
			triple{"Nvidia", kg.InvestsIn, "Hugging Face"}, ""},
		{"X-backed", "en", "Nvidia-backed Mistral AI announced a new model on Tuesday.",
			triple{"Nvidia", kg.InvestsIn, "Mistral AI"}, ""},
		{"backed by, Arabic", "ar", "أعلنت كوغنيشن المدعومة من إنفيديا عن منتج جديد.",
			triple{"Nvidia", kg.InvestsIn, "Cognition"}, ""},
	}
	for _, tc := range cases {
		ex := extractOK(t, x, tc.lang, tc.text)
		r := find(ex, tc.want.src, tc.want.typ, tc.want.dst)
		if r == nil {
			t.Errorf("%s: %s\n  want %s; got:%s", tc.name, tc.text, tc.want, listRels(ex))
			continue
		}
		if got := r.Evidence[0].Status; got != tc.status {
			t.Errorf("%s: %s\n  %s: status %q, want %q", tc.name, tc.text, tc.want, got, tc.status)
		}
	}
}

// TestDealsAmountToDeal: a backer named as a modifier carries no amount;
// the sentence's money is the deal's.
func TestDealsAmountToDeal(t *testing.T) {
	x := newX(t)
	ex := extractOK(t, x, "ar", "تطور كوغنيشن وكيل البرمجة ديفين. واستحوذت الشركة المدعومة من إنفيديا على ويندسيرف مقابل 250 مليون دولار.")
	if r := find(ex, "Nvidia", kg.InvestsIn, "Cognition"); r == nil || r.Evidence[0].Amount != nil {
		t.Errorf("backer: want no amount; got:%s", listRels(ex))
	}
	if r := find(ex, "Cognition", kg.Acquires, "Windsurf"); r == nil || r.Evidence[0].Amount == nil || r.Evidence[0].Amount.Value != 250e6 {
		t.Errorf("acquisition: want $250m; got:%s", listRels(ex))
	}
	// ownership is a state: the sentence's money is the deal's
	ex = extractOK(t, x, "ar", "بعد رفض ويندسيرف عرضاً من غوغل بقيمة 23 مليار دولار، وقّعت Alphabet، الشركة الأم لغوغل، اتفاقاً للاستحواذ على كوغنيشن.")
	if r := find(ex, "Alphabet", kg.Owns, "Google"); r == nil || r.Evidence[0].Amount != nil {
		t.Errorf("ownership: want no amount; got:%s", listRels(ex))
	}
	// shares received are worth what the text values them at
	ex = extractOK(t, x, "en", "As part of the deal, OpenAI received $350 million worth of CoreWeave stock.")
	if r := find(ex, "OpenAI", kg.InvestsIn, "CoreWeave"); r == nil || r.Evidence[0].Amount == nil || r.Evidence[0].Amount.Value != 350e6 {
		t.Errorf("shares received: want $350m; got:%s", listRels(ex))
	}
	// round participants named after the lead get no amount; the lead does
	ex = extractOK(t, x, "en", "xAI raised $6 billion led by Valor with BlackRock and Sequoia.")
	if r := find(ex, "Valor Equity Partners", kg.InvestsIn, "xAI"); r == nil || r.Evidence[0].Amount == nil {
		t.Errorf("lead: want the round's amount; got:%s", listRels(ex))
	}
	if r := find(ex, "BlackRock", kg.InvestsIn, "xAI"); r == nil || r.Evidence[0].Amount != nil {
		t.Errorf("participant: want no amount; got:%s", listRels(ex))
	}
}
