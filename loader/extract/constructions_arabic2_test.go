package extract_test

import (
	"testing"

	"github.com/aikg/aikg/kg"
)

// arabic2Cases: Arabic constructions of the generalisation round — a
// product named after a possessed product noun ("مساعدها الحواري «X»"), the
// pronoun of a two-word possessive title ("رئيسها التنفيذي") as the
// clause's topic, leasing verbs of compute, …
var arabic2Cases = []partyCase{
	// ---- "<product noun>+ها (adjectives) «Name»": the pronoun's referent operates Name
	{"possessed assistant with gloss", "ar", "جمعت ميسترال 600 مليون يورو. كما أن الشركة أطلقت مساعدها الحواري «لو شا» (Le Chat) بالتزامن مع الإعلان.",
		[]triple{{"Mistral AI", kg.Operates, "Le Chat"}}, nil},
	{"possessed cloud platform", "ar", "وقّعت أرامكو اتفاقاً مع مايكروسوفت لتقدّم من خلاله خدمات منصتها السحابية Azure في المملكة.",
		[]triple{{"Microsoft", kg.Operates, "Azure"}}, []triple{{"Aramco", kg.Operates, "Azure"}}},
	{"possessed supercomputer", "ar", "قالت xAI، الشركة التي أسسها إيلون ماسك، إن حاسوبها العملاق «كولوسس» بات يعمل بكامل طاقته.",
		[]triple{{"xAI", kg.Operates, "Colossus"}}, nil},
	{"possessed model, proclitic", "ar", "دربت أنثروبيك بنموذجها «كلود» آلاف المطورين هذا العام.",
		[]triple{{"Anthropic", kg.Operates, "Claude"}}, nil},
	{"no possessive, no operator", "ar", "وقّعت أرامكو اتفاقاً مع مايكروسوفت لاستخدام Azure في المملكة.",
		nil, []triple{{"Aramco", kg.Operates, "Azure"}}},

	// ---- "وقال رئيسها التنفيذي X": the clause's topic, not the article's most named company
	{"possessive title after a section change", "ar", "وافقت سوفت بنك على شراء أمبير. وقال ماسايوشي سون، رئيس سوفت بنك، إن الصفقة مهمة. وتملك سوفت بنك حصة في Arm.\n\nفي سياق آخر، أبرمت ServiceNow اتفاقاً لشراء Moveworks مقابل 2.85 مليار دولار، وهي أكبر صفقة في تاريخ الشركة. وقال رئيسها التنفيذي بيل ماكديرموت إن الصفقة ستسرّع خططها.",
		[]triple{{"Bill McDermott", kg.Leads, "ServiceNow"}}, []triple{{"Bill McDermott", kg.Leads, "SoftBank"}}},
	{"possessive title, feminine", "ar", "تحدثت إنفيديا عن الطلب. واستحوذت ميتا على حصة في سكيل إيه آي، وهي أكبر صفقة لها. وقالت رئيستها التنفيذية سوزان وجسيكي إن النمو مستمر.",
		nil, []triple{{"Susan Wojcicki", kg.Leads, "Nvidia"}}},

	// ---- a Latin gloss in brackets names what the Arabic spelling stands for
	{"gloss of a cue name", "ar", "أعلنت شركة «ميزان» (Mizan Labs) عن جولة تمويل. واستثمرت أرامكو في «ميزان» 30 مليون دولار.",
		[]triple{{"Saudi Aramco", kg.InvestsIn, "Mizan Labs"}}, nil},
	{"gloss of an unquoted name", "ar", "استحوذت سيلزفورس على نوفاتك (Novatech) مقابل 8 مليارات دولار.",
		[]triple{{"Salesforce", kg.Acquires, "Novatech"}}, nil},
	{"gloss of a quoted name, later mention", "ar", "أعلنت «زينة» (Zeena AI) جمع 40 مليون دولار. وقادت سيكويا كابيتال الجولة التي جمعتها «زينة».",
		[]triple{{"Sequoia Capital", kg.InvestsIn, "Zeena AI"}}, nil},
	{"a term in brackets is no name", "ar", "تعمل مايكروسوفت على الذكاء الاصطناعي العام (AGI) مع أوبن إيه آي منذ سنوات.",
		nil, []triple{{"Microsoft", kg.PartnersWith, "AGI"}}},
	// ---- a quoted Arabic name governed by a trigger (through its preposition)
	{"quoted name after acquisition verb", "ar", "استحوذت سيلزفورس على «نوفاتك» مقابل 8 مليارات دولار.",
		[]triple{{"Salesforce", kg.Acquires, "نوفاتك"}}, nil},
	{"quoted name after invest verb", "ar", "استثمرت مبادلة في «ريادة» خلال الربع الثالث.",
		[]triple{{"Mubadala", kg.InvestsIn, "ريادة"}}, nil},
	{"quoted name after partnership noun", "ar", "أعلنت أرامكو عن شراكة مع «سحاب» لتطوير النماذج.",
		[]triple{{"Saudi Aramco", kg.PartnersWith, "سحاب"}}, nil},
	{"quoted phrase without trigger is no name", "ar", "قال هوانغ إن ما أنجزته إنفيديا مع xAI «عمل خارق» لم يسبق له مثيل.",
		nil, []triple{{"Nvidia", kg.PartnersWith, "عمل خارق"}}},

	// ---- a model number is no party: "من طراز AI200"
	{"model number is no supplier", "ar", "وقّعت هيوماين اتفاقية مع كوالكوم لتزويدها بأنظمة من طراز AI250 وGB300 بقدرة 200 ميغاواط.",
		nil, []triple{{"AI250", kg.SuppliesCompute, "Humain"}, {"GB300", kg.SuppliesCompute, "Qualcomm"}}},
	// ---- the supply verb of the sentence orients the deal it belongs to
	{"deal oriented by its supply verb", "ar", "وقّعت هيوماين اتفاقيةً مع كوالكوم تتولى بموجبها كوالكوم تزويد هيوماين بأنظمة حوسبة بقدرة 200 ميغاواط.",
		[]triple{{"Qualcomm", kg.SuppliesCompute, "Humain"}}, []triple{{"Humain", kg.SuppliesCompute, "Qualcomm"}}},
	{"deal oriented, the latter", "ar", "أبرمت أرامكو عقداً مع إنفيديا تقوم بموجبه الأخيرة بتزويد أرامكو برقائق متقدمة.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "Saudi Aramco"}}, []triple{{"Saudi Aramco", kg.SuppliesCompute, "Nvidia"}}},
	// ---- "تزويد مراكز بيانات X": the customer owns the compute noun
	{"customer after compute noun", "ar", "وقّعت هيوماين اتفاقيةً مع كوالكوم تتولى بموجبها كوالكوم تزويد مراكز بيانات هيوماين بأنظمة حوسبة.",
		[]triple{{"Qualcomm", kg.SuppliesCompute, "Humain"}}, []triple{{"Humain", kg.SuppliesCompute, "Qualcomm"}}},
	{"customer after compute noun, the latter and a description", "ar", "وقّعت هيوماين اتفاقيةً مع كوالكوم تتولى بموجبها الأخيرة تزويد مراكز بيانات الشركة السعودية بأنظمة حوسبة.",
		[]triple{{"Qualcomm", kg.SuppliesCompute, "Humain"}}, []triple{{"Humain", kg.SuppliesCompute, "Qualcomm"}}},
	{"customer after compute noun, servers", "ar", "تعتزم ديل توريد خوادم xAI خلال العام المقبل.",
		[]triple{{"Dell", kg.SuppliesCompute, "xAI"}}, nil},

	// ---- leasing capacity out: the lessor supplies
	{"lease verb, VSO", "ar", "تؤجر كورويف خوادمها المزودة برقائق إنفيديا لشركة ميتا.",
		[]triple{{"CoreWeave", kg.SuppliesCompute, "Meta"}}, []triple{{"Meta", kg.SuppliesCompute, "CoreWeave"}}},
	{"lease verb, description subject", "ar", "بنت G42 المنشأة، على أن تؤجّر المجموعة الإماراتية سعتها لمايكروسوفت لتقدّم خدماتها السحابية.",
		[]triple{{"G42", kg.SuppliesCompute, "Microsoft"}}, []triple{{"Microsoft", kg.SuppliesCompute, "G42"}}},
	{"lease verbal noun", "ar", "وقّعت أوراكل عقداً مع OpenAI لتأجير قدرات حوسبية بقيمة 30 مليار دولار.",
		[]triple{{"Oracle", kg.SuppliesCompute, "OpenAI"}}, nil},

	// ---- "وقّعت X اتفاقية مع Y لتزويدها بـ…": Y supplies X
	{"purpose masdar with pronoun", "ar", "وقّعت شركة هيوماين اتفاقية مع شركة إنفيديا لتزويدها برقائق بقدرة 100 ميغاواط.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "Humain"}}, []triple{{"Humain", kg.SuppliesCompute, "Nvidia"}}},
	{"purpose masdar, lab and cloud", "ar", "أبرمت OpenAI عقداً مع أوراكل لتزويدها بقدرات حوسبية تبلغ 4.5 غيغاواط.",
		[]triple{{"Oracle", kg.SuppliesCompute, "OpenAI"}}, []triple{{"OpenAI", kg.SuppliesCompute, "Oracle"}}},
	{"purpose masdar, provide", "ar", "اتفقت أرامكو مع غوغل كلاود لتوفيرها خدمات الحوسبة السحابية في المملكة.",
		[]triple{{"Google Cloud", kg.SuppliesCompute, "Saudi Aramco"}}, []triple{{"Saudi Aramco", kg.SuppliesCompute, "Google Cloud"}}},
	{"purpose masdar, subject supplies", "ar", "أبرمت أوراكل عقداً مع OpenAI لتزويدها بقدرات حوسبية تبلغ 4.5 غيغاواط.",
		[]triple{{"Oracle", kg.SuppliesCompute, "OpenAI"}}, []triple{{"OpenAI", kg.SuppliesCompute, "Oracle"}}},
	{"purpose masdar, chip maker over cloud", "ar", "وقّعت إنفيديا اتفاقاً مع شركة غروك الأمريكية لتزويدها برقائق للاستدلال.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "Groq"}}, []triple{{"Groq", kg.SuppliesCompute, "Nvidia"}}},

	// ---- a licence deal is a partnership whatever it is used for
	{"licence deal with compute cue", "ar", "وقّعت إنفيديا اتفاق ترخيص غير حصري مع شركة غروك لاستخدام تقنياتها في الاستدلال.",
		[]triple{{"Nvidia", kg.PartnersWith, "Groq"}}, []triple{{"Nvidia", kg.SuppliesCompute, "Groq"}, {"Nvidia", kg.SuppliesCompute, "Grok"}}},
	{"licence agreement, definite", "ar", "أبرمت سامسونغ اتفاقية الترخيص مع إنفيديا لاستخدام رقائقها في مراكز البيانات.",
		[]triple{{"Samsung Electronics", kg.PartnersWith, "Nvidia"}}, nil},

	// ---- a known company's full Latin name, then its first word alone
	{"short form after full name", "ar", "استحوذ تحالف تقوده بلاك روك على Aligned Data Centers. وتتخذ Aligned من مدينة دالاس مقراً لها، ومقرها دالاس.",
		[]triple{{"Aligned Data Centers", kg.LocatedIn, "Dallas"}}, []triple{{"Aligned", kg.LocatedIn, "Dallas"}}},
	{"short form, english", "en", "BlackRock's consortium agreed to buy Aligned Data Centers for $40 billion. The deal values Aligned at about $40 billion, and Aligned, based in Dallas, runs 50 campuses.",
		[]triple{{"Aligned Data Centers", kg.LocatedIn, "Dallas"}}, nil},
	{"no short form without the full name", "en", "Executives aligned with Microsoft said Nvidia will supply chips to OpenAI.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "OpenAI"}}, nil},

	// ---- X (formerly Twitter) is a company: it is bought, invested in, owned
	{"X platform as company", "ar", "وكانت شركة المملكة القابضة قد استثمرت في منصة «إكس» عام 2022.",
		[]triple{{"Kingdom Holding", kg.InvestsIn, "X"}}, nil},
	{"X bought", "ar", "استحوذت xAI على إكس في صفقة قيمتها 33 مليار دولار.",
		[]triple{{"xAI", kg.Acquires, "X"}}, nil},

	// ---- annexing a company: "ضمّ X"
	{"annex masdar, person for company", "ar", "أعلن سام ألتمان، الرئيس التنفيذي لـOpenAI، ضمّ io في صفقة بلغت قيمتها 6.5 مليار دولار.",
		[]triple{{"OpenAI", kg.Acquires, "io"}}, []triple{{"Sam Altman", kg.Acquires, "io"}}},
	{"annex masdar with bi", "ar", "وافقت سيلزفورس على ضم إنفورماتيكا مقابل 8 مليارات دولار.",
		[]triple{{"Salesforce", kg.Acquires, "Informatica"}}, nil},
	{"include verb is no annexing", "ar", "وتضم الشراكة أيضاً كلاً من مايكروسوفت وإنفيديا.",
		nil, []triple{{"Microsoft", kg.Acquires, "Nvidia"}}},

	// ---- "X، <apposition>، وY … تعاوناً": the pair split by an apposition
	{"pair split by owner apposition", "ar", "أعلنت شركة آلات، المملوكة لصندوق الاستثمارات العامة، ومجموعة لينوفو تعاوناً استراتيجياً.",
		[]triple{{"Alat", kg.PartnersWith, "Lenovo"}}, []triple{{"Public Investment Fund", kg.PartnersWith, "Lenovo"}}},
	{"pair split by description apposition", "ar", "وقّعت مبادلة، الصندوق السيادي لأبوظبي، وإنفيديا مذكرة تفاهم للتعاون في الذكاء الاصطناعي.",
		[]triple{{"Mubadala", kg.PartnersWith, "Nvidia"}}, nil},

	// ---- "قادت X جولة تمويل … في Y": the lead investor before the round (VSO)
	{"led round, VSO with fi", "ar", "قادت مبادلة جولة تمويل بقيمة 50 مليون دولار في أنثروبيك.",
		[]triple{{"Mubadala", kg.InvestsIn, "Anthropic"}}, []triple{{"Mubadala", kg.Leads, "Anthropic"}}},
	{"led round, construct", "ar", "وقادت إنفيديا جولة تمويل ميسترال الأخيرة.",
		[]triple{{"Nvidia", kg.InvestsIn, "Mistral AI"}}, nil},
	{"led round, quoted startup", "ar", "قادت سيكويا كابيتال جولة تمويل بقيمة 50 مليون دولار في شركة «نوفا» السعودية الناشئة.",
		[]triple{{"Sequoia Capital", kg.InvestsIn, "نوفا"}}, nil},
	{"leads a company, no round", "ar", "يقود ساتيا ناديلا شركة مايكروسوفت منذ عام 2014.",
		[]triple{{"Satya Nadella", kg.Leads, "Microsoft"}}, []triple{{"Satya Nadella", kg.InvestsIn, "Microsoft"}}},

	// ---- "تتخذ «X» من المدينة (في الولاية) مقراً لها"
	{"seat with quoted name", "ar", "وتتخذ شركة «ليلى» من دبي مقراً لها.",
		[]triple{{"ليلى", kg.LocatedIn, "Dubai"}}, nil},
	{"seat: the city, not its state", "ar", "وتتخذ «أمبير» من سانتا كلارا في كاليفورنيا مقراً لها.",
		[]triple{{"Ampere Computing", kg.LocatedIn, "Santa Clara"}}, []triple{{"Ampere Computing", kg.LocatedIn, "California"}}},

	// ---- a ministry or an authority named by its definite nouns
	{"ministry as a party", "ar", "وقعت وزارة الاتصالات وتقنية المعلومات مذكرة تفاهم مع غوغل كلاود.",
		[]triple{{"Google Cloud", kg.PartnersWith, "وزارة الاتصالات وتقنية المعلومات"}}, nil},
	{"authority after a preposition", "ar", "وقّعت مايكروسوفت اتفاقية مع هيئة الاتصالات والفضاء والتقنية لتطوير البنية الرقمية.",
		[]triple{{"Microsoft", kg.PartnersWith, "هيئة الاتصالات والفضاء والتقنية"}}, nil},
	// ---- a quoted name after a trigger and its modifier
	{"quoted name after stake and modifier", "ar", "تملك مبادلة حصة كبيرة في «نور سحاب» منذ عامين.",
		[]triple{{"Mubadala", kg.InvestsIn, "نور سحاب"}}, nil},

	// ---- "اختارت X Y مزوداً/شريكاً": Y holds the role, X is its other end
	{"chosen as supplier", "ar", "اختارت OpenAI أوراكل مزوداً للحوسبة السحابية.",
		[]triple{{"Oracle", kg.SuppliesCompute, "OpenAI"}}, []triple{{"OpenAI", kg.SuppliesCompute, "Oracle"}}},
	{"adopted as supplier with cue", "ar", "واعتمدت هيوماين شركة AMD مورداً للرقائق.",
		[]triple{{"AMD", kg.SuppliesCompute, "Humain"}}, nil},
	{"chosen as partner", "ar", "اختارت مايكروسوفت ميسترال شريكاً أوروبياً.",
		[]triple{{"Microsoft", kg.PartnersWith, "Mistral AI"}}, nil},
	{"partner of a project is the project's", "ar", "اختارت OpenAI شركة أوراكل شريكاً لها في مشروع ستارغيت.",
		[]triple{{"Oracle", kg.PartnersWith, "Stargate"}}, nil},

	// ---- "أعلن فلان أن شركته …": his company, when the article says which
	{"his company known", "ar", "قال جنسن هوانغ، الرئيس التنفيذي لإنفيديا، للصحفيين. وأعلن هوانغ أن شركته ستستثمر 5 مليارات دولار في إنتل.",
		[]triple{{"Nvidia", kg.InvestsIn, "Intel"}}, []triple{{"Jensen Huang", kg.InvestsIn, "Intel"}}},
	{"his company unknown", "ar", "أعلن جنسن هوانغ أن شركته ستستثمر 5 مليارات دولار في إنتل.",
		nil, []triple{{"Jensen Huang", kg.InvestsIn, "Intel"}}},
	{"a person invests himself", "ar", "استثمر إيلون ماسك 100 مليون دولار في xAI.",
		[]triple{{"Elon Musk", kg.InvestsIn, "xAI"}}, nil},

	// ---- a possessed stake ("حصتها في X": ة written ت before the suffix)
	{"possessed stake", "ar", "رفعت مايكروسوفت حصتها في G42 إلى 20%.",
		[]triple{{"Microsoft", kg.InvestsIn, "G42"}}, nil},
	{"possessed stake, masculine", "ar", "باع صندوق سوفت بنك حصته في إنفيديا العام الماضي.",
		nil, []triple{{"Nvidia", kg.InvestsIn, "SoftBank"}}},
	// ---- "تأسست X على يد فلان": the founders
	{"founded at the hands of", "ar", "وتأسست أنثروبيك عام 2021 على يد داريو أمودي.",
		[]triple{{"Dario Amodei", kg.Leads, "Anthropic"}}, nil},
	{"at the hands of without founding", "ar", "تراجعت OpenAI في الترتيب على يد ديب سيك وليانغ وينفنغ.",
		nil, []triple{{"Liang Wenfeng", kg.Leads, "OpenAI"}}},
	// ---- a possessed round ("جولتها": ة written ت before the suffix)
	{"possessed round with lead", "ar", "أغلقت أنثروبيك جولتها الأخيرة بقيادة آيكونيك بقيمة 13 مليار دولار.",
		[]triple{{"ICONIQ", kg.InvestsIn, "Anthropic"}}, nil},
	// ---- "التابعة لمجموعة X": a name after a cue word with a preposition is no subject
	{"owner after prefixed cue is no deal party", "ar", "أعلنت شركة «كور42» التابعة لمجموعة G42 عن توقيع اتفاقية مع شركة إنفيديا، تحصل بموجبها «كور42» على 20 ألف شريحة من طراز GB300.",
		[]triple{{"G42", kg.Owns, "Core42"}, {"Nvidia", kg.SuppliesCompute, "Core42"}}, []triple{{"G42", kg.PartnersWith, "Nvidia"}}},
	// ---- "وقال الرئيس التنفيذي لـ«X» فلان الفلاني إن": the speaker's name
	// between the organisation and the complementiser
	{"speaker after quoted org", "ar", "وقال الرئيس التنفيذي لـ«كور42» كيريل إيفتيموف إن الاتفاقية تعزز قدرات الشركة.",
		[]triple{{"كيريل إيفتيموف", kg.Leads, "Core42"}}, nil},
	{"speaker after cue and quoted org", "ar", "وقال الرئيس التنفيذي لشركة «ليلى» سامر حداد إن الشركة ستتوسع.",
		[]triple{{"سامر حداد", kg.Leads, "ليلى"}}, nil},
	{"no speaker without a complementiser", "ar", "وحضر الرئيس التنفيذي لـ«كور42» حفل الافتتاح في أبوظبي.",
		nil, []triple{{"حفل الافتتاح", kg.Leads, "Core42"}}},
	// ---- partly owned is a stake, not control
	{"partly owned, Arabic", "ar", "وتعد «سنابل»، المملوكة جزئياً لصندوق الاستثمارات العامة، من أبرز المستثمرين.",
		[]triple{{"Public Investment Fund", kg.InvestsIn, "Sanabil Investments"}}, []triple{{"Public Investment Fund", kg.Owns, "Sanabil Investments"}}},
	{"partly owned, English", "en", "Sanabil, partly owned by the Public Investment Fund, joined the round.",
		[]triple{{"Public Investment Fund", kg.InvestsIn, "Sanabil Investments"}}, []triple{{"Public Investment Fund", kg.Owns, "Sanabil Investments"}}},
	{"owned outright stays owned", "ar", "وتعد «سنابل»، المملوكة لصندوق الاستثمارات العامة، من أبرز المستثمرين.",
		[]triple{{"Public Investment Fund", kg.Owns, "Sanabil Investments"}}, nil},
	// ---- a denied deal is none
	{"denied talks, Arabic", "ar", "نفت أبل وجود أي محادثات للاستحواذ على بيربليكسيتي.",
		nil, []triple{{"Apple", kg.Acquires, "Perplexity"}}},
	{"denied talks, English", "en", "Apple denied it was in talks to acquire Perplexity.",
		nil, []triple{{"Apple", kg.Acquires, "Perplexity"}}},
	{"denial, then a new clause", "ar", "نفت الشركة الشائعات، وقالت إن أبل استحوذت على بيربليكسيتي في صفقة قيمتها مليار دولار.",
		[]triple{{"Apple", kg.Acquires, "Perplexity"}}, nil},
	// ---- "وقّعت X مع Y عقداً": the partner's مع phrase before the deal word
	{"signed with before the contract", "ar", "وقّعت أوراكل مع OpenAI عقداً بقيمة 300 مليار دولار لتوفير قدرات حوسبية.",
		[]triple{{"Oracle", kg.SuppliesCompute, "OpenAI"}}, nil},
	{"signed with before the memorandum", "ar", "وقعت أرامكو مع غوغل مذكرة تفاهم.",
		[]triple{{"Saudi Aramco", kg.PartnersWith, "Google"}}, nil},
	{"with-phrase far from the deal word", "ar", "تعمل أرامكو مع غوغل منذ سنوات، وأعلنت أمس اتفاقية جديدة.",
		nil, []triple{{"Saudi Aramco", kg.SuppliesCompute, "Google"}}},
	// ---- an unquoted Arabic name after "استحوذ على"/"استثمر في", closed by a price or a comma
	{"bare name after acquisition, VSO", "ar", "استحوذت سيلزفورس على نوفاتك مقابل 8 مليارات دولار.",
		[]triple{{"Salesforce", kg.Acquires, "نوفاتك"}}, nil},
	{"bare name after possessed masdar", "ar", "أعلنت سيسكو إتمام استحواذها على سبلانك مقابل 28 مليار دولار.",
		[]triple{{"Cisco", kg.Acquires, "سبلانك"}}, nil},
	{"bare name after invest, comma", "ar", "استثمرت مبادلة في كريتيو، بحسب البيان.",
		[]triple{{"Mubadala", kg.InvestsIn, "كريتيو"}}, nil},
	{"common object is no name", "ar", "استحوذت أرامكو على أصول مقابل مليار دولار.",
		nil, []triple{{"Saudi Aramco", kg.Acquires, "أصول"}}},
}

func TestArabic2Constructions(t *testing.T) {
	runPartyCases(t, arabic2Cases)
}
