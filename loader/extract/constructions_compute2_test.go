package extract_test

import (
	"testing"

	"github.com/aikg/aikg/kg"
)

// compute2Cases: leadership, supply, operation and location constructions
// of the second compute round. Each construction has several phrasings
// (other companies, verb forms, word orders) and cases that must not fire.
var compute2Cases = []partyCase{
	// ---- a possessive title ("رئيسها التنفيذي فلان"): the pronoun is the
	// company, the name follows the title up to a function word
	{"ar possessive title, verb before", "ar", "أعلنت شركة «نوفا» عن جولة تمويل. ويقود الشركة رئيسها التنفيذي سامي حداد منذ عام 2020.",
		[]triple{{"سامي حداد", kg.Leads, "نوفا"}}, nil},
	{"ar possessive title, family name with the article", "ar", "أعلنت شركة «نوفا» عن نموذج جديد، وقال مديرها التنفيذي خالد العمري إن النموذج متاح.",
		[]triple{{"خالد العمري", kg.Leads, "نوفا"}}, nil},
	{"ar possessive title, known company", "ar", "أعلنت إنفيديا عن رقائق جديدة. وقال رئيسها التنفيذي جنسن هوانغ إن الطلب قوي.",
		[]triple{{"Jensen Huang", kg.Leads, "Nvidia"}}, nil},
	{"ar possessive title, relative clause between", "ar", "أعلنت شركة «داتافولت» السعودية عن خطة جديدة. ويقود الشركة، التي تتخذ من الرياض مقراً لها، رئيسها التنفيذي راجيت ناندا، الذي تحدث للصحفيين.",
		[]triple{{"Rajit Nanda", kg.Leads, "DataVolt"}, {"DataVolt", kg.LocatedIn, "Riyadh"}}, nil},
	{"ar possessive title: a time phrase is no name", "ar", "أعلنت شركة «نوفا» عن نموذج جديد، وقال مديرها التنفيذي خلال الأسبوع الماضي إن النموذج متاح.",
		nil, []triple{{"الأسبوع الماضي", kg.Leads, "نوفا"}}},

	// ---- "…، فيما يشغل فلان منصب الرئيس التنفيذي للشركة": the company is
	// the one the first clause named, not the article's topic
	{"ar contrast clause, fima", "ar", "أعلنت OpenAI عن نموذج جديد. ويرأس سامي حداد مجلس إدارة شركة «نوفا»، فيما يشغل خالد يوسف منصب الرئيس التنفيذي للشركة.",
		[]triple{{"خالد يوسف", kg.Leads, "نوفا"}}, []triple{{"خالد يوسف", kg.Leads, "OpenAI"}}},
	{"ar contrast clause, baynama", "ar", "أعلنت OpenAI عن نموذج. ويرأس سامي حداد مجلس إدارة شركة «نوفا»، بينما تتولى سارة خليل منصب الرئيسة التنفيذية للشركة.",
		[]triple{{"سارة خليل", kg.Leads, "نوفا"}}, []triple{{"سارة خليل", kg.Leads, "OpenAI"}}},
	{"ar contrast clause, owners named between", "ar", "تستثمر مايكروسوفت في الذكاء الاصطناعي. ويرأس سامي حداد مجلس إدارة MGX المملوكة لمبادلة، فيما يشغل أحمد يحيى الإدريسي منصب الرئيس التنفيذي للشركة.",
		[]triple{{"Ahmed Yahia Al Idrissi", kg.Leads, "MGX"}}, []triple{{"Ahmed Yahia Al Idrissi", kg.Leads, "Mubadala"}, {"Ahmed Yahia Al Idrissi", kg.Leads, "Microsoft"}}},

	// ---- a quoted name with an apposition: the names inside the
	// apposition are not the antecedent of a later pronoun; a partnership
	// whose relative clause tells the supply is that supply
	{"ar quoted apposition, supplied it", "ar", "وقّعت شركة «غروك» (Groq) اتفاقاً جديداً. وتأتي الصفقة امتداداً لشراكة «غروك» مع «أرامكو الرقمية»، الذراع التقنية التابعة لأرامكو السعودية، والتي أسفرت عن إنشاء مركز بيانات زوّدته «غروك» بـ19 ألف وحدة LPU.",
		[]triple{{"Groq", kg.SuppliesCompute, "Aramco Digital"}, {"Saudi Aramco", kg.Owns, "Aramco Digital"}},
		[]triple{{"Groq", kg.SuppliesCompute, "Saudi Aramco"}, {"Groq", kg.PartnersWith, "Aramco Digital"}}},
	{"ar unquoted apposition, supplied it", "ar", "تعمل سيريبراس مع G42 منذ سنوات. وتعمق الاتفاقية شراكة سيريبراس مع «كور42»، الوحدة التابعة لـG42، والتي أسفرت عن حاسوب فائق زوّدته سيريبراس بالرقائق.",
		[]triple{{"Cerebras", kg.SuppliesCompute, "Core42"}},
		[]triple{{"Cerebras", kg.SuppliesCompute, "G42"}, {"Cerebras", kg.PartnersWith, "Core42"}}},
	{"en partnership under which supply", "en", "AMD expanded its partnership with Oracle, under which AMD will supply Oracle with 50,000 MI450 GPUs.",
		[]triple{{"AMD", kg.SuppliesCompute, "Oracle"}}, []triple{{"AMD", kg.PartnersWith, "Oracle"}}},
	{"en separate collaboration: the supply stays", "en", "Under a separate collaboration, Intel will build custom processors for Nvidia AI platforms.",
		[]triple{{"Intel", kg.SuppliesCompute, "Nvidia"}}, nil},
}

func TestCompute2Constructions(t *testing.T) {
	runPartyCases(t, compute2Cases)
}

// TestChipUnits: counted chips keep the unit the text names ("19 ألف وحدة
// LPU", "400,000 TPUs").
func TestChipUnits(t *testing.T) {
	x := newX(t)
	cases := []struct {
		name, lang, text string
		src, dst         string
		value            float64
		unit             string
	}{
		{"ar LPU units", "ar", "تصنع شركة «غروك» (Groq) رقائق الاستدلال. وزوّدت «غروك» شركة هيوماين بـ12 ألف وحدة LPU لمركز بيانات في الدمام.", "Groq", "Humain", 12000, "LPUs"},
		{"en TPUs", "en", "Google Cloud will supply Anthropic with 400,000 TPUs for its models.", "Google Cloud", "Anthropic", 400000, "TPUs"},
		{"en LPUs", "en", "Groq will supply Humain with 20,000 LPUs next year.", "Groq", "Humain", 20000, "LPUs"},
	}
	for _, tc := range cases {
		ex := extractOK(t, x, tc.lang, tc.text)
		r := find(ex, tc.src, kg.SuppliesCompute, tc.dst)
		if r == nil {
			t.Errorf("%s: no %s SUPPLIES_COMPUTE %s; got:%s", tc.name, tc.src, tc.dst, listRels(ex))
			continue
		}
		if q := r.Evidence[0].Capacity; q == nil || q.Unit != tc.unit || q.Value != tc.value {
			t.Errorf("%s: capacity %+v, want %v %s", tc.name, q, tc.value, tc.unit)
		}
	}
}

// compute2SupplyCases: customers of a supply as Arabic and English news
// name them.
var compute2SupplyCases = []partyCase{
	// ---- "X أكبر عملاء Y" with a supercomputer as the compute word
	{"ar biggest customer, supercomputers", "ar", "وتُعد شركة «نوفا» أكبر عملاء سيريبراس بفضل الحواسيب الفائقة التي تشغلها.",
		[]triple{{"Cerebras", kg.SuppliesCompute, "نوفا"}}, nil},
	// ---- "Y التي زوّدتها بها X": بها is the thing supplied, the verb's
	// pronoun the customer (the sentence's organisation)
	{"ar supplied her with it", "ar", "وتعتمد G42 على شبكة الحواسيب الفائقة «كوندور غالاكسي» التي زوّدتها بها سيريبراس.",
		[]triple{{"Cerebras", kg.SuppliesCompute, "G42"}}, []triple{{"Cerebras", kg.SuppliesCompute, "Condor Galaxy"}}},
	{"ar supplied him with it", "ar", "ويملك صندوق الاستثمارات العامة مركز بيانات ضخماً زوّدته به إنفيديا العام الماضي.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "Public Investment Fund"}}, nil},
	{"ar supplied it, no resumptive: the antecedent", "ar", "أعلنت OpenAI عن مشروع ستارغيت الإمارات الذي زوّدته إنفيديا بالرقائق.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "Stargate UAE"}}, nil},
	// ---- a company that owns a facility or a product runs it
	{"ar owns a supercomputer network", "ar", "تعمل G42 على الذكاء الاصطناعي، وتملك شبكة «كوندور غالاكسي» للحواسيب الفائقة.",
		[]triple{{"G42", kg.Operates, "Condor Galaxy"}}, []triple{{"G42", kg.Owns, "Condor Galaxy"}}},
	{"en owns a supercomputer", "en", "xAI owns Colossus, the supercomputer in Memphis.",
		[]triple{{"xAI", kg.Operates, "Colossus"}}, []triple{{"xAI", kg.Owns, "Colossus"}}},
	{"owning a company stays ownership", "en", "SoftBank owns Arm and several other chip companies.",
		[]triple{{"SoftBank", kg.Owns, "Arm"}}, []triple{{"SoftBank", kg.Operates, "Arm"}}},
	// ---- elliptic second party: "، ومع Y على …", ", and with Y for …"
	{"ar elliptic second party", "ar", "وقّعت OpenAI هذا العام اتفاقها مع إنفيديا على أنظمة حوسبة بقدرة 10 غيغاواط، ومع AMD على معالجات بقدرة 6 غيغاواط.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "OpenAI"}, {"AMD", kg.SuppliesCompute, "OpenAI"}}, nil},
	{"ar elliptic second party, pronoun deal", "ar", "جاء ذلك بعد اتفاقية G42 مع مايكروسوفت على خدمات سحابية، ومع أوراكل على رقائق إضافية.",
		[]triple{{"Microsoft", kg.SuppliesCompute, "G42"}, {"Oracle", kg.SuppliesCompute, "G42"}}, nil},
	{"en elliptic second party", "en", "Oracle signed cloud contracts with OpenAI for 4.5 gigawatts, and with Meta for 1 gigawatt.",
		[]triple{{"Oracle", kg.SuppliesCompute, "OpenAI"}, {"Oracle", kg.SuppliesCompute, "Meta"}}, nil},
	{"not elliptic: another verb", "ar", "وقّعت OpenAI اتفاقاً مع إنفيديا على رقائق، ومع ذلك تبحث عن موردين آخرين.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "OpenAI"}}, nil},
}

func TestCompute2Supply(t *testing.T) {
	runPartyCases(t, compute2SupplyCases)
}

// TestEllipticFigures: each party of "with A for X, and with B for Y" keeps
// its own figure.
func TestEllipticFigures(t *testing.T) {
	x := newX(t)
	cases := []struct {
		name, lang, text string
		want             map[string]float64 // supplier → GW
	}{
		{"ar", "ar", "وقّعت OpenAI هذا العام اتفاقها مع إنفيديا على أنظمة حوسبة بقدرة 10 غيغاواط، ومع AMD على معالجات بقدرة 6 غيغاواط.",
			map[string]float64{"Nvidia": 10, "AMD": 6}},
		{"en", "en", "Oracle signed cloud contracts with OpenAI for 4.5 gigawatts, and with Meta for 1 gigawatt.",
			map[string]float64{"OpenAI": 4.5, "Meta": 1}},
	}
	for _, tc := range cases {
		ex := extractOK(t, x, tc.lang, tc.text)
		for who, gw := range tc.want {
			r := find(ex, who, kg.SuppliesCompute, "OpenAI")
			if tc.name == "en" {
				r = find(ex, "Oracle", kg.SuppliesCompute, who)
			}
			if r == nil {
				t.Errorf("%s: no supply for %s; got:%s", tc.name, who, listRels(ex))
				continue
			}
			if q := r.Evidence[0].Capacity; q == nil || q.Unit != "GW" || q.Value != gw {
				t.Errorf("%s: %s capacity %+v, want %v GW", tc.name, who, q, gw)
			}
		}
	}
}

// compute2PlaceCases: seats as the press states them, and what is not one.
var compute2PlaceCases = []partyCase{
	// ---- "ومقرها X" is the name right before it, one name of a list
	{"ar seat after a prepositional object", "ar", "وقّعت شركة هيوماين اتفاقيةً مع شركة كوالكوم الأمريكية، ومقرها سان دييغو، لتوريد رقائق.",
		[]triple{{"Qualcomm", kg.LocatedIn, "San Diego"}}, []triple{{"Humain", kg.LocatedIn, "San Diego"}}},
	{"ar seat after a coordination", "ar", "كشفت مايكروسوفت ومجموعة G42، ومقرها أبوظبي، عن استثمارات جديدة.",
		[]triple{{"G42", kg.LocatedIn, "Abu Dhabi"}}, []triple{{"Microsoft", kg.LocatedIn, "Abu Dhabi"}}},
	{"ar seat, masculine pronoun", "ar", "أعلن صندوق الاستثمارات العامة، ومقره الرياض، عن خطة جديدة.",
		[]triple{{"Public Investment Fund", kg.LocatedIn, "Riyadh"}}, nil},
	// ---- "X, a … based in City, State" / "X, an City, State-based …"
	{"en based in, apposition", "en", "Amazon led a round for Nova Labs, a reactor designer based in Austin, Texas.",
		[]triple{{"Nova Labs", kg.LocatedIn, "Austin"}}, []triple{{"Amazon", kg.LocatedIn, "Texas"}}},
	{"en based in, unknown subject", "en", "Amazon led a round for X-energy, a reactor designer based in Austin, Texas.",
		nil, []triple{{"Amazon", kg.LocatedIn, "Austin"}, {"Amazon", kg.LocatedIn, "Texas"}}},
	{"en based in, unknown city", "en", "Nova Labs, which is based in Rockville, Maryland, raised $50 million.",
		nil, []triple{{"Nova Labs", kg.LocatedIn, "Maryland"}}},
	{"en city-state-based", "en", "Google will buy power from Nova Labs, an Austin, Texas-based startup.",
		[]triple{{"Nova Labs", kg.LocatedIn, "Austin"}}, []triple{{"Google", kg.LocatedIn, "Texas"}, {"Nova Labs", kg.LocatedIn, "Texas"}}},
	{"en unknown city-state-based", "en", "Google will buy power from Kairos Power, an Alameda, California-based startup.",
		nil, []triple{{"Google", kg.LocatedIn, "California"}, {"Kairos Power", kg.LocatedIn, "California"}}},
	{"en the city-based", "en", "Microsoft invested in Nova Labs, the Paris-based startup.",
		[]triple{{"Nova Labs", kg.LocatedIn, "Paris"}}, nil},
	// ---- "The San Jose-based company competes with …": the description
	// stands for the company the text is about
	{"en based description as subject", "en", "Lambda raised $480 million in a Series D round. The San Jose-based company competes with CoreWeave and Nebius.",
		[]triple{{"Lambda", kg.CompetesWith, "CoreWeave"}, {"Lambda", kg.CompetesWith, "Nebius"}, {"Lambda", kg.LocatedIn, "San Jose"}}, nil},
	{"en based description, sentence's company", "en", "Cohere named a new CFO on Monday, and the Toronto-based company also opened an office.",
		[]triple{{"Cohere", kg.LocatedIn, "Toronto"}}, nil},
	// ---- the "About X" / "نبذة عن X" block of a press release is
	// boilerplate
	{"en about block", "en", "Qualcomm agreed to buy Nova Labs. The deal values Nova Labs at $2 billion. Nova Labs makes chips. The deal should close next year.\n\nAbout Qualcomm\nQualcomm is headquartered in San Diego and owns Arm.",
		nil, []triple{{"Qualcomm", kg.LocatedIn, "San Diego"}, {"Qualcomm", kg.Owns, "Arm"}}},
	{"ar about block", "ar", "أطلقت جامعة محمد بن زايد نموذجاً. وقال بينغ شياو إن الإطلاق مهم. وتعاونت الجامعة مع G42. وهذا مهم.\n\nنبذة عن G42\nG42 مجموعة تقنية مقرها أبوظبي.",
		nil, []triple{{"G42", kg.LocatedIn, "Abu Dhabi"}}},
	// ---- "ومقرها <unknown city> بولاية <state>": the state is not the seat
	{"ar unknown city before its state", "ar", "أما Statsig، ومقرها بلفيو بولاية واشنطن، فتجيب عن سؤال آخر.",
		nil, []triple{{"Statsig", kg.LocatedIn, "Washington State"}}},
	{"ar seat, city word", "ar", "وتدير Aligned، ومقرها مدينة دالاس، نحو 50 حرماً لمراكز البيانات.",
		[]triple{{"Aligned", kg.LocatedIn, "Dallas"}}, nil},
	{"ar seat, state word", "ar", "وكانت AMD قد استحوذت على ZT Systems، ومقرها ولاية نيوجيرسي، العام الماضي.",
		[]triple{{"ZT Systems", kg.LocatedIn, "New Jersey"}}, nil},
	// ---- a regional office is no seat
	{"ar regional seat", "ar", "كما ستفتتح لينوفو مقراً إقليمياً لمنطقة الشرق الأوسط وأفريقيا في الرياض.",
		nil, []triple{{"Lenovo", kg.LocatedIn, "Riyadh"}}},
	{"ar its regional seat", "ar", "وتتخذ إنفيديا من دبي مقرها الإقليمي في المنطقة.",
		nil, []triple{{"Nvidia", kg.LocatedIn, "Dubai"}}},
	{"en regional headquarters", "en", "Lenovo will open a regional headquarters in Riyadh next year.",
		nil, []triple{{"Lenovo", kg.LocatedIn, "Riyadh"}}},
	{"ar seat, not regional", "ar", "أعلنت شركة «هيوماين» ومقرها الرياض عن خطة.",
		[]triple{{"Humain", kg.LocatedIn, "Riyadh"}}, nil},
	// ---- a project or facility and its site
	{"en facility, its supercomputer in", "en", "xAI will spend the money on Colossus, its supercomputer in Memphis, and on its Grok chatbot.",
		[]triple{{"Colossus", kg.LocatedIn, "Memphis"}, {"xAI", kg.Operates, "Colossus"}}, nil},
	{"ar facility in", "ar", "وأضافت أن مجمع «بروميثيوس» في نيو ألباني بولاية أوهايو سيدخل الخدمة العام المقبل.",
		[]triple{{"Prometheus", kg.LocatedIn, "New Albany"}}, []triple{{"Prometheus", kg.LocatedIn, "Ohio"}}},
	{"en project in city, state", "en", "OpenAI began work on Stargate in Abilene, Texas.",
		[]triple{{"Stargate", kg.LocatedIn, "Abilene"}}, []triple{{"Stargate", kg.LocatedIn, "Texas"}}},
	{"ar project in the city of", "ar", "وبدأ العمل في مشروع «ستارغيت الإمارات» في مدينة أبوظبي.",
		[]triple{{"Stargate UAE", kg.LocatedIn, "Abu Dhabi"}}, nil},
	{"en project in a month is no site", "en", "OpenAI invested in Stargate in January.",
		nil, []triple{{"Stargate", kg.LocatedIn, "January"}}},
	{"en company site is no seat", "en", "Nebius opened a data center in Vineland last year.",
		nil, []triple{{"Nebius", kg.LocatedIn, "Vineland"}}},
	{"en a sentence starting About is no block", "en", "Nvidia sells chips. It has many customers. Demand is high. About OpenAI, Musk said little, and Nova Labs is based in Paris.",
		[]triple{{"Nova Labs", kg.LocatedIn, "Paris"}}, nil},
	{"en about a number is no block", "en", "Nvidia sells chips. It has many customers. Demand is high. About 20 companies rely on it, and Nova Labs is based in Paris.",
		[]triple{{"Nova Labs", kg.LocatedIn, "Paris"}}, nil},
}

func TestCompute2Places(t *testing.T) {
	runPartyCases(t, compute2PlaceCases)
}

// compute2ProductCases: who runs or makes a product, as an apposition or a
// relative clause says it.
var compute2ProductCases = []partyCase{
	// ---- "X, the startup behind the <description> Y"
	{"en behind, long description", "en", "Cognition, the startup behind the autonomous coding agent Devin, raised $400 million.",
		[]triple{{"Cognition", kg.Operates, "Devin"}}, nil},
	{"en behind, place before", "en", "Moonshot AI, the Beijing startup behind the Kimi chatbot, raised money.",
		[]triple{{"Moonshot AI", kg.Operates, "Kimi"}, {"Moonshot AI", kg.LocatedIn, "Beijing"}}, nil},
	{"en maker before the name", "en", "ChatGPT maker OpenAI raised money from SoftBank.",
		[]triple{{"OpenAI", kg.Operates, "ChatGPT"}}, nil},
	// ---- "X, the company that makes (the) … Y"
	{"en that makes", "en", "Anysphere, the company that makes the AI code editor Cursor, raised $900 million.",
		[]triple{{"Anysphere", kg.Operates, "Cursor"}}, nil},
	{"en makes, present", "en", "xAI makes the Grok chatbot and runs a supercomputer in Memphis.",
		[]triple{{"xAI", kg.Operates, "Grok"}}, nil},
	{"en makes chips: a supply, no product", "en", "Nvidia makes chips for OpenAI.",
		nil, []triple{{"Nvidia", kg.Operates, "OpenAI"}}},
	// ---- "Y, X's flagship model"
	{"en apposition, flagship model", "en", "Shazeer now co-leads Gemini, Google's flagship model.",
		[]triple{{"Google", kg.Operates, "Gemini"}}, nil},
	{"en apposition, chatbot", "en", "Users flocked to Claude, Anthropic's chatbot, after the update.",
		[]triple{{"Anthropic", kg.Operates, "Claude"}}, nil},
	{"en apposition without a product noun", "en", "Users compared ChatGPT, Google's rival, with other tools.",
		nil, []triple{{"Google", kg.Operates, "ChatGPT"}}},
	// ---- no trigger word needed for "X's Y"
	{"en possessive product, no trigger", "en", "Chrome holds 60% of the browser market, ahead of Apple's Safari.",
		[]triple{{"Apple", kg.Operates, "Safari"}}, nil},
	// ---- a new product named after "called/named/dubbed"
	{"en released, dubbed new name", "en", "Nova Labs released a coding agent dubbed Pilot X.",
		[]triple{{"Nova Labs", kg.Operates, "Pilot X"}}, nil},
	{"en rolled out", "en", "Meta rolled out Llama 4 to developers.",
		[]triple{{"Meta", kg.Operates, "Llama"}}, nil},
	{"en released, no product", "en", "OpenAI released a statement on Monday.",
		nil, []triple{{"OpenAI", kg.Operates, "OpenAI"}}},
	{"en a person named is no product", "en", "Nova Labs hired a man named John Smith.",
		nil, []triple{{"Nova Labs", kg.Operates, "John Smith"}}},
	// ---- "sells the Grok chatbot", "xAI's models, including the Grok chatbot"
	{"en sells its product", "en", "xAI, the company Musk started in 2023, sells the Grok chatbot and competes with OpenAI.",
		[]triple{{"xAI", kg.Operates, "Grok"}}, nil},
	{"en resells to customers", "en", "Databricks signed a partnership with Anthropic to sell Claude models to its enterprise customers.",
		nil, []triple{{"Databricks", kg.Operates, "Claude"}, {"Anthropic", kg.Operates, "Claude"}}},
	{"en possessive models including", "en", "The combination brings together xAI's models, including the Grok chatbot, with X's data.",
		[]triple{{"xAI", kg.Operates, "Grok"}}, nil},
	{"en models such as", "en", "Demand grew for Anthropic's models, such as Claude, last year.",
		[]triple{{"Anthropic", kg.Operates, "Claude"}}, nil},
	// ---- a product followed by who makes it
	{"en the chatbot from", "en", "Grok, the chatbot from xAI, was updated on Monday.",
		[]triple{{"xAI", kg.Operates, "Grok"}}, nil},
	{"en which is made by", "en", "Gemini, which is made by Google, competes with ChatGPT.",
		[]triple{{"Google", kg.Operates, "Gemini"}}, nil},
	{"ar developed by", "ar", "ويعد نموذج «جيميني» من تطوير غوغل.",
		[]triple{{"Google", kg.Operates, "Gemini"}}, nil},
	{"en created a unit: no product", "en", "OpenAI created a new unit for devices.",
		nil, []triple{{"OpenAI", kg.Operates, "OpenAI"}}},
	// ---- a chip model is no product anyone runs
	{"en chip model", "en", "Nvidia's Blackwell chips are in short supply.",
		nil, []triple{{"Nvidia", kg.Operates, "Blackwell"}}},
}

func TestCompute2Products(t *testing.T) {
	runPartyCases(t, compute2ProductCases)
}

// compute2LeadCases: founders named as the companions of a founding, and
// co-chief executives.
var compute2LeadCases = []partyCase{
	{"en co-founded with two", "en", "Mistral chief executive Arthur Mensch, who co-founded the company in 2023 with Guillaume Lample and Timothée Lacroix, spoke on Monday.",
		[]triple{{"Guillaume Lample", kg.Leads, "Mistral AI"}, {"Timothée Lacroix", kg.Leads, "Mistral AI"}, {"Arthur Mensch", kg.Leads, "Mistral AI"}}, nil},
	{"en founded with one", "en", "Mira Murati founded Thinking Machines Lab with John Schulman after leaving OpenAI.",
		[]triple{{"John Schulman", kg.Leads, "Thinking Machines Lab"}, {"Mira Murati", kg.Leads, "Thinking Machines Lab"}}, []triple{{"John Schulman", kg.Leads, "OpenAI"}}},
	{"ar founded with colleagues", "ar", "أعلنت ميسترال عن جولة. الشركة، ومقرها باريس، أسسها آرثر منش، رئيسها التنفيذي، مع زميليه غيوم لامبل وتيموتيه لاكروا في ربيع العام الماضي.",
		[]triple{{"Guillaume Lample", kg.Leads, "Mistral AI"}, {"Timothée Lacroix", kg.Leads, "Mistral AI"}}, nil},
	{"en founded, with money: no founder", "en", "Sam Altman founded the fund with money from Microsoft.",
		nil, []triple{{"Microsoft", kg.Leads, "OpenAI"}}},
	// ---- "التي يرأس مجلس إدارتها (صاحب السمو) الأمير X"
	{"ar chairs its board, prince", "ar", "يُذكر أن «المملكة القابضة»، التي يرأس مجلس إدارتها الأمير الوليد بن طلال، تُعد أيضاً من المساهمين في منصة «إكس».",
		[]triple{{"Alwaleed bin Talal", kg.Leads, "Kingdom Holding"}}, []triple{{"Alwaleed bin Talal", kg.Leads, "X"}}},
	{"ar chairs its board, long honorific", "ar", "يُذكر أن «هيوماين»، التي يرأس مجلس إدارتها صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد، أُطلقت في مايو 2025.",
		[]triple{{"Mohammed bin Salman", kg.Leads, "Humain"}}, nil},
	{"ar chairs its board, sheikh", "ar", "تستثمر مجموعة G42، التي يرأس مجلس إدارتها الشيخ طحنون بن زايد، في شركات عدة.",
		[]triple{{"Tahnoon bin Zayed Al Nahyan", kg.Leads, "G42"}}, nil},
	// ---- a possessive title on an unnamed noun ("المنصة مؤسسها") and a
	// new clause after the chair's name give no leader of other names
	{"ar chairs the platform, new clause", "ar", "توصلت CoreWeave إلى اتفاق للاستحواذ على منصة Weights & Biases. ويرأس المنصة مؤسسها لوكاس بيوالد، وتضم قائمة مستخدميها مختبرات كبرى مثل OpenAI وميتا.",
		nil, []triple{{"Lukas Biewald", kg.Leads, "OpenAI"}, {"Lukas Biewald", kg.Leads, "Meta"}, {"Lukas Biewald", kg.Leads, "CoreWeave"}}},
	// ---- a name followed by its title with no comma
	{"ar name then title, no comma", "ar", "وصرّح سام ألتمان الرئيس التنفيذي لشركة OpenAI بأن الطلب قوي.",
		[]triple{{"Sam Altman", kg.Leads, "OpenAI"}}, nil},
	{"ar name then title, Nvidia", "ar", "وقال جنسن هوانغ الرئيس التنفيذي لإنفيديا إن الطلب قوي.",
		[]triple{{"Jensen Huang", kg.Leads, "Nvidia"}}, nil},
	// ---- "running": a person runs a company, a company runs a product
	{"en is running", "en", "Ilya Sutskever is now running Safe Superintelligence himself.",
		[]triple{{"Ilya Sutskever", kg.Leads, "Safe Superintelligence"}}, nil},
	{"en while still running", "en", "Inflection pivoted to enterprise sales under chief executive Sean White, while still running its consumer chatbot, Pi.",
		[]triple{{"Inflection AI", kg.Operates, "Pi"}}, []triple{{"Sean White", kg.Leads, "Pi"}}},
	{"en co-chief executives", "en", "Oracle reported results. It was the second call for co-chief executives Clay Magouyrk and Mike Sicilia.",
		[]triple{{"Clay Magouyrk", kg.Leads, "Oracle"}, {"Mike Sicilia", kg.Leads, "Oracle"}}, nil},
}

func TestCompute2Leads(t *testing.T) {
	runPartyCases(t, compute2LeadCases)
}

// compute2RivalCases: rivalry as Arabic news states it.
var compute2RivalCases = []partyCase{
	{"ar competition, possessor of a title", "ar", "ويرى محللون أن مارك زوكربيرغ، الرئيس التنفيذي لميتا، يسعى إلى تعويض تأخر نموذج Llama 4، وسط منافسة محتدمة مع OpenAI وغوغل.",
		[]triple{{"Meta", kg.CompetesWith, "OpenAI"}, {"Meta", kg.CompetesWith, "Google"}}, []triple{{"Llama", kg.CompetesWith, "OpenAI"}}},
	{"ar competes with platforms including, dropped subject", "ar", "جمعت شركة «إنتلا» الناشئة 10 ملايين دولار من شركة «لوسيديا». وتنافس إنتلا في هذا المجال منصات عالمية من بينها «لوسيديا».",
		[]triple{{"إنتلا", kg.CompetesWith, "لوسيديا"}}, nil},
	{"ar elliptic rival", "ar", "وتتنافس «ويندسيرف» في سوق المساعدات البرمجية مع «كيرسر» (Cursor)، ومع GitHub Copilot التابع لمايكروسوفت.",
		[]triple{{"Windsurf", kg.CompetesWith, "Cursor"}, {"Windsurf", kg.CompetesWith, "GitHub Copilot"}}, nil},
}

func TestCompute2Rivals(t *testing.T) {
	runPartyCases(t, compute2RivalCases)
}

// compute2DeployCases: a chip or cloud company's hardware put to use, and
// Arabic supply verbs with their customer after لـ or in the topic.
var compute2DeployCases = []partyCase{
	{"en deployed maker systems", "en", "xAI deployed Nvidia systems in Memphis.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "xAI"}}, nil},
	{"en buys systems from", "en", "Lambda buys its systems from Nvidia, and the two companies have grown close.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "Lambda"}}, []triple{{"Lambda", kg.Acquires, "Nvidia"}}},
	{"en uses maker chips", "en", "OpenAI uses Google TPUs to train some models.",
		[]triple{{"Google", kg.SuppliesCompute, "OpenAI"}}, nil},
	{"ar deploys systems of, VSO", "ar", "وتنشر هيوماين أنظمة إنفيديا وAMD في مراكز بياناتها.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "Humain"}, {"AMD", kg.SuppliesCompute, "Humain"}}, nil},
	{"ar will deploy chips of", "ar", "ستنشر G42 رقائق AMD في مركز بيانات جديد.",
		[]triple{{"AMD", kg.SuppliesCompute, "G42"}}, nil},
	{"en access to maker chips", "en", "Anthropic will get access to up to one million Google TPUs under the deal.",
		[]triple{{"Google", kg.SuppliesCompute, "Anthropic"}}, nil},
	{"en big-tech chips used", "en", "Apple uses Google TPUs to train its models.",
		[]triple{{"Google", kg.SuppliesCompute, "Apple"}}, nil},
	{"en own cloud used: no supply", "en", "Microsoft uses Azure to host its services.",
		nil, []triple{{"Microsoft", kg.SuppliesCompute, "Microsoft"}}},
	{"en cloud deal with, far", "en", "Meta signed a six-year cloud deal worth more than $10 billion with Google Cloud.",
		[]triple{{"Google Cloud", kg.SuppliesCompute, "Meta"}}, nil},
	// ---- paying a company for compute
	{"en pay for capacity", "en", "OpenAI agreed to pay Oracle about $30 billion a year for data center capacity.",
		[]triple{{"Oracle", kg.SuppliesCompute, "OpenAI"}}, nil},
	{"ar pay for compute", "ar", "ستدفع OpenAI لأوراكل نحو 30 مليار دولار سنوياً مقابل قدرات حوسبة.",
		[]triple{{"Oracle", kg.SuppliesCompute, "OpenAI"}}, nil},
	{"en pay for a stake: no supply", "en", "Microsoft paid OpenAI $10 billion for a stake.",
		nil, []triple{{"OpenAI", kg.SuppliesCompute, "Microsoft"}}},
	{"no supply: rival's systems", "en", "Meta competes with Nvidia systems.",
		nil, []triple{{"Nvidia", kg.SuppliesCompute, "Meta"}}},
	{"no supply: a foundry is no chip or cloud company", "en", "Analysts said AMD uses TSMC to build its chips.",
		nil, []triple{{"TSMC", kg.SuppliesCompute, "AMD"}}},
	// ---- "تتيح X لـY بنيتها الحاسوبية"
	{"ar makes available, detached la", "ar", "تتيح مايكروسوفت لـ«ميسترال» بنيتها الحاسوبية الفائقة على Azure لتدريب نماذجها.",
		[]triple{{"Microsoft", kg.SuppliesCompute, "Mistral AI"}}, nil},
	{"ar makes available, attached la", "ar", "أتاحت أمازون لأنثروبيك قدرات حوسبة ضخمة.",
		[]triple{{"Amazon", kg.SuppliesCompute, "Anthropic"}}, nil},
	{"ar makes available, no compute", "ar", "تتيح مايكروسوفت للمستخدمين تطبيقاً جديداً.",
		nil, []triple{{"Microsoft", kg.SuppliesCompute, "Microsoft"}}},
	{"ar chip maker supplies infrastructure after a rival's deal", "ar", "وقّعت هيوماين اتفاقاً مع إنفيديا لتوريد 18 ألف رقاقة. وفي اتفاق منفصل، تورّد AMD معالجاتها ورقائقها لبنية تحتية بقدرة 500 ميغاواط.",
		[]triple{{"AMD", kg.SuppliesCompute, "Humain"}}, []triple{{"Nvidia", kg.SuppliesCompute, "AMD"}}},
	// ---- "backed by" is no "bought from"
	{"ar cloud provider backed by", "ar", "توصّلت CoreWeave، مزوّدة السحابة المدعومة من إنفيديا، إلى اتفاق للاستحواذ على منصة Weights & Biases.",
		[]triple{{"Nvidia", kg.InvestsIn, "CoreWeave"}}, []triple{{"Nvidia", kg.SuppliesCompute, "CoreWeave"}}},
	{"en capacity from", "en", "OpenAI buys cloud capacity from Oracle.",
		[]triple{{"Oracle", kg.SuppliesCompute, "OpenAI"}}, nil},
	// ---- VSO chip maker with no customer of its own: the topic
	{"ar chip maker provides, topic customer", "ar", "أعلنت جامعة محمد بن زايد للذكاء الاصطناعي إطلاق نظام جديد. وتوفر شركة سيريبراس البنية الحاسوبية التي يعمل عليها النظام.",
		[]triple{{"Cerebras", kg.SuppliesCompute, "MBZUAI"}}, []triple{{"MBZUAI", kg.SuppliesCompute, "Cerebras"}}},
}

func TestCompute2Deploy(t *testing.T) {
	runPartyCases(t, compute2DeployCases)
}
