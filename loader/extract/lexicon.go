package extract

import (
	"sort"

	"github.com/aikg/aikg/kg"
)

// frame says how a trigger word finds the two ends of its relation in the
// sentence. Slots (see slots.go): L is the nearest entity group to the left
// in the clause; R is a group right after the trigger (Arabic VSO subject,
// English direct object, Arabic construct-state possessor); P(preps) is the
// group after one of the trigger's prepositions; POSS is "X's"/"its" before
// the trigger or an Arabic pronoun suffix on it; TOPIC is the sentence's
// (or the previous sentence's) main organisation.
type frame uint8

const (
	frNone      frame = iota
	frVerb            // verb: src L (SVO) or R (Arabic VSO), dst P(preps) or direct R; "by"/"من قبل" turns it passive
	frNoun            // nominalisation: src POSS | R (construct) | L | TOPIC, dst P(preps) | R
	frAgent           // agent noun ("investor in", "مزود"): src L, dst P(preps) | pronoun suffix → TOPIC
	frPassive         // lexically passive ("owned by", "المملوكة لـ", "subsidiary of"): src P(preps), dst L | TOPIC
	frBacked          // "backed by"/"بدعم": src first organisation to the right, dst L | TOPIC
	frRaise           // "raised", "جمعت", "تمويل": INVESTS_IN only with "from/by/من X" (X → L); else absorbs figures
	frTitle           // role title → LEADS (person, organisation around it)
	frSym             // partnership/competition: A = L | R | POSS, B = P(preps) | R | a coordinated pair
	frDeal            // generic deal ("agreement", "اتفاق"): like frSym, typed by cues in the sentence or a later one
	frCompute         // compute noun: "… to/for/لـ X" → L supplies X; "… from/من X" → X supplies L
	frSell            // "sold Y to X" → X ACQUIRES Y
	frMaker           // "ChatGPT maker OpenAI" → OpenAI OPERATES ChatGPT; "maker of X"
	frBasedAdj        // "Paris-based Mistral" → Mistral LOCATED_IN Paris
	frOwnerAdj        // "SoftBank-owned Arm" → SoftBank OWNS Arm; "Microsoft-backed OpenAI" → INVESTS_IN
	frValue           // valuation, revenue, cost: absorbs figures only
	frJoin            // "joined OpenAI's round", "شاركت في الجولة": INVESTS_IN the round's company
	frSite            // "the Stargate site in Abilene": LOCATED_IN from the adjacent name
	frCustomers       // "customers including A and B", "among Nvidia's largest customers": SUPPLIES_COMPUTE in a compute context
)

// anaphor kinds.
const (
	anNone    uint8 = iota
	anOrg           // "the company", "الشركة"
	anStartup       // "the startup", "الشركة الناشئة"
	anLatter        // "the latter", "الأخيرة"
	anProject       // "the project", "المشروع"
	anPair          // "the two companies", "الطرفين"
	anDesc          // "the Saudi company", "the chipmaker": the last organisation matching desc
)

// lexeme is one entry of the lexicon. Forms are written as the press
// writes them and folded when the matcher is built. A trailing '*' lets a
// form take any suffix (Arabic stems: "استحواذ*" matches استحواذها,
// استحواذات); Arabic forms always accept the proclitics و ف ب ل ك ال لل.
type lexeme struct {
	forms  []string
	fr     frame
	rel    kg.RelationType
	preps  []string
	status kg.DealStatus
	// needCompute: the trigger counts only when the sentence speaks of
	// compute (supply/provide verbs).
	needCompute bool
	// verb marks finite Arabic verbs, which may take a VSO subject and an
	// object pronoun (أطلقته).
	verb bool
	// cue: the word introduces an entity name ("شركة X", "startup X") of
	// this kind; anaph: the word, when definite, refers back to one.
	cue   kg.EntityKind
	anaph uint8
	// desc is what an anDesc anaphor requires of its referent: a country
	// code ("SA": a company of that country, not a mere fund; "SA fund":
	// an investor of that country) or a gazetteer tag ("chips", "cloud").
	desc string
	// incl: a list introducer ("including", "تشمل", "joins"), which
	// extends a list of arguments to the group before it.
	incl bool
	// computeCue and investCue type generic deals.
	computeCue, investCue bool
	// period marks "a year"/"سنوياً".
	period bool
	// shares marks share words: a sentence with one may state shares
	// received ("حصلت X على أسهم في Y") though it has no trigger.
	shares bool
	// offer marks offer nouns: "rejected an offer from X", "تلقت عرضاً من
	// X" name the buyer after "from" (offersFrom).
	offer bool
	// deploy marks verbs of putting compute to use ("deploys", "تنشر",
	// "buys … from"): the chip or cloud company named with the hardware
	// supplies the subject (deployedCompute).
	deploy bool
	// figStart marks words that can begin an amount or a date (number
	// words, "مليار", ISO currency codes, month names), so the figure
	// readers only look where the matcher saw one.
	figStart bool
	// explicitPartner: the word states a partnership (kept even where a
	// more specific relation exists).
	explicitPartner bool
	// integrate marks verbs of building another company's technology
	// into one's own products or selling it on ("will integrate Y's
	// models", "ستدمج X نماذج Y"): the subject partners with the owner
	// (integrations).
	integrate bool
}

var (
	pIn      = []string{"in", "into", "في"}
	pOn      = []string{"على"}
	pWith    = []string{"with", "مع"}
	pTo      = []string{"to", "for", "ل"}
	pFrom    = []string{"from", "من"}
	pOf      = []string{"of", "ل"}
	pBy      = []string{"by"}
	pOwner   = []string{"of", "by", "ل"}
	pCompete = []string{"with", "to", "of", "against", "مع", "ل"}
	pBased   = []string{"in", "في"}
)

// lexicon is every trigger and cue word, English and Arabic.
var lexicon = []lexeme{
	// ---------------- INVESTS_IN ----------------
	{forms: []string{"invest", "invests", "invested", "investing", "pour", "pours", "poured", "pouring", "inject", "injects", "injected", "plow", "plowed", "ploughed"}, fr: frVerb, rel: kg.InvestsIn, preps: pIn},
	{forms: []string{"commit", "commits", "committed", "committing"}, fr: frVerb, rel: kg.InvestsIn, preps: []string{"to", "in", "into"}, investCue: true},
	// money put into a company: "is putting €15m into Mistral", "pumped
	// $2bn into", "sank $1bn into" (only with "into")
	{forms: []string{"putting", "puts", "pumping", "pumped", "pumps", "sank", "sinking", "sinks", "ploughing", "plowing", "channelled", "channeled", "funnelled", "funneled"}, fr: frVerb, rel: kg.InvestsIn, preps: []string{"into"}},
	{forms: []string{"joined", "joins", "join", "participated", "participates", "participate", "took part", "take part", "takes part", "شارك*", "يشارك*", "تشارك*", "انضم*", "تنضم*", "ينضم*"}, fr: frJoin, rel: kg.InvestsIn, incl: true},
	{forms: []string{"back", "backs", "backed", "backing", "funds", "funded", "financed", "finances", "bankrolled", "bankrolls"}, fr: frVerb, rel: kg.InvestsIn, investCue: true},
	{forms: []string{"investment", "investments", "stake", "stakes", "holding", "holdings", "bet", "bets", "injection", "equity injection", "capital injection", "infusion"}, fr: frNoun, rel: kg.InvestsIn, preps: pIn, investCue: true},
	{forms: []string{"investor", "investors", "backer", "backers", "shareholder", "shareholders", "funder", "funders", "co-investors", "participants"}, fr: frAgent, rel: kg.InvestsIn, preps: []string{"in", "of", "into", "behind"}, investCue: true},
	{forms: []string{"استثمر*", "يستثمر*", "تستثمر*", "ستستثمر*", "سيستثمر*", "نستثمر*", "ضخ", "ضخت", "ضختا", "ضخوا", "يضخ", "تضخ", "ستضخ", "سيضخ"}, fr: frVerb, rel: kg.InvestsIn, preps: pIn, verb: true, investCue: true},
	{forms: []string{"استثمار*", "حصة*", "حصص*", "ضخ"}, fr: frNoun, rel: kg.InvestsIn, preps: pIn, investCue: true},
	// a possessed stake: "حصتها في G42" (ة is written ت before a suffix)
	{forms: []string{"حصتها", "حصته", "حصتهم", "حصتهما", "حصتيهما", "حصتيها"}, fr: frNoun, rel: kg.InvestsIn, preps: pIn, investCue: true},
	// "تأسست X على يد فلان": the founders after "على يد" (only with a
	// founding word in the sentence)
	{forms: []string{"على يد"}, fr: frBacked, rel: kg.Leads},
	{forms: []string{"مستثمر*", "المستثمر*", "مساهم*", "داعم*", "ممول*"}, fr: frAgent, rel: kg.InvestsIn, preps: pIn, investCue: true},
	{forms: []string{"backed by", "funded by", "financed by", "بدعم", "مدعوم*", "المدعوم*", "بتمويل", "ممولة من", "الممولة من", "supported by"}, fr: frBacked, rel: kg.InvestsIn, investCue: true},
	{forms: []string{"raise", "raises", "raised", "raising", "secure", "secures", "secured", "securing", "round", "funding", "financing", "participation", "جمع", "جمعت", "يجمع", "تجمع", "ستجمع", "جمعها", "تمويل*", "جولة*", "جولت*", "بمشاركة", "مشاركة", "حصلت على", "seed round", "series a", "series b", "series c", "series d", "series e", "series f", "series g", "series h", "series j", "series k"}, fr: frRaise, rel: kg.InvestsIn, preps: []string{"from", "by", "من"}, investCue: true},
	{forms: []string{"valuation", "valuations", "valued", "valuing", "values", "value", "worth", "revenue", "revenues", "sales", "cost", "costs", "capex", "market value", "market cap",
		// a company's size and spending plans, never a deal's value
		"capital expenditure", "capital expenditures", "capital spending", "market capitalisation", "market capitalization", "assets", "assets under management",
		"أصول*", "الأصول",
		// a price: the deal's, when it is a deal's (priceFigure), else a
		// share or stock price's
		"price", "prices", "price tag", "سعر*", "ثمن*",
		"تقييم*", "قيمتها السوقية", "القيمة السوقية", "ايرادات*", "إيرادات*", "عائدات*", "تكلفة", "تكلف*", "انفاق*", "إنفاق*", "تبلغ قيمتها السوقية",
		// a company "which is estimated to be worth": the relative
		// pronoun right after the name (a deal's "تُقدّر قيمته" follows
		// the deal word without one)
		"التي تقدر قيمتها", "والتي تقدر قيمتها", "الذي تقدر قيمته", "والذي تقدر قيمته", "التي يقدر قيمتها"}, fr: frValue},

	// ---------------- ACQUIRES ----------------
	{forms: []string{"acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing", "absorb", "absorbed", "absorbs"}, fr: frVerb, rel: kg.Acquires},
	{forms: []string{"acquisition", "acquisitions", "takeover", "takeovers", "buyout", "merger"}, fr: frNoun, rel: kg.Acquires, preps: []string{"of", "by"}},
	// the form holds its "of": the object follows directly
	{forms: []string{"purchase of"}, fr: frNoun, rel: kg.Acquires},
	// an offer or bid to buy: the object follows "for"; not yet accepted
	{forms: []string{"offer for", "offers for", "bid for", "bids for", "takeover bid for", "takeover offer for", "buyout offer for", "tender offer for"}, fr: frNoun, rel: kg.Acquires},
	{forms: []string{"take over", "takes over", "took over", "taking over", "snapped up", "snaps up", "snap up", "snapping up", "scooped up", "scoops up"}, fr: frVerb, rel: kg.Acquires},
	{forms: []string{"استحوذ*", "يستحوذ*", "تستحوذ*", "ستستحوذ*", "سيستحوذ*"}, fr: frVerb, rel: kg.Acquires, preps: pOn, verb: true},
	{forms: []string{"استحواذ*"}, fr: frNoun, rel: kg.Acquires, preps: pOn},
	{forms: []string{"اشترت", "اشترى", "يشتري", "تشتري", "ستشتري", "سيشتري", "اشترته", "اشترتها"}, fr: frVerb, rel: kg.Acquires, verb: true},
	{forms: []string{"شراء", "الشراء"}, fr: frNoun, rel: kg.Acquires},
	// "أعلن ألتمان ضمّ io": annexing a company (the masdar only; "ضمّت
	// قائمة المستثمرين" is a list)
	{forms: []string{"ضم", "بضم", "ضمها", "ضمه"}, fr: frNoun, rel: kg.Acquires},
	{forms: []string{"sell", "sells", "sold", "selling", "sale", "divest", "divests", "divested", "باعت", "باع", "تبيع", "يبيع", "ستبيع", "بيع"}, fr: frSell, rel: kg.Acquires, preps: []string{"to", "ل", "الى"}, verb: true},

	// "انتقلت ملكية Y إلى X": ownership passing to X is X buying Y
	{forms: []string{"انتقلت ملكية", "انتقال ملكية", "نقل ملكية", "تنتقل ملكية", "ستنتقل ملكية"}, fr: frSell, rel: kg.Acquires, preps: []string{"الى", "ل"}, verb: true},

	// ---------------- SUPPLIES_COMPUTE ----------------
	{forms: []string{"chip", "compute", "computing", "computing power", "computing capacity", "compute capacity", "capacity", "chips", "gpus", "gpu", "graphics processing units", "accelerators", "processors", "servers", "cloud", "cloud services", "cloud computing", "cloud capacity", "cloud infrastructure", "cloud contract", "cloud deal", "compute deal", "inference", "tpus", "tensor processing units", "memory chips", "data center capacity", "data centre capacity", "ai infrastructure", "infrastructure", "supercomputer", "supercomputers", "data centers", "data centres"},
		fr: frCompute, rel: kg.SuppliesCompute, computeCue: true},
	{forms: []string{"حوسب*", "الحوسب*", "قدرة حوسبية", "قدرات حوسبية", "القدرة الحوسبية", "القدرات الحوسبية", "طاقة حاسوبية", "الطاقة الحاسوبية", "سحابي*", "السحابي*", "سحابة", "سحابته", "سحابتها", "رقائق", "رقاقات", "شرائح", "شريحة", "رقاقة", "مسرعات", "الاستدلال", "رقائق الذاكرة", "وحدات معالجة رسومية", "معالجات رسومية", "وحدة معالجة", "معالجة رسوميات", "وحدات معالجة الرسوميات", "معالجات", "وحدات معالجة", "خوادم", "مراكز بيانات", "مراكز البيانات", "مركز بيانات", "البنية التحتية", "بنية تحتية",
		"حاسوبية", "الحاسوبية", "بنيتها الحاسوبية", "قدراتها الحاسوبية", "حاسوب فائق", "حاسوبا فائقا", "الحاسوب الفائق", "حواسيب فائقة", "الحواسيب الفائقة", "حاسوب عملاق", "حاسوبا عملاقا", "الحاسوب العملاق", "حواسيب عملاقة", "الحواسيب العملاقة"},
		fr: frCompute, rel: kg.SuppliesCompute, computeCue: true},
	{forms: []string{"supply", "supplies", "supplied", "supplying", "provide", "provides", "provided", "providing", "deliver", "delivers", "delivering", "power", "powers", "host", "hosts", "rent", "rents", "rented", "renting", "lease", "leases", "leased", "leasing"}, fr: frVerb, rel: kg.SuppliesCompute, needCompute: true},
	{forms: []string{"تزود*", "يزود*", "ستزود*", "سيزود*", "تزويد*", "توفر", "يوفر", "ستوفر", "سيوفر", "توفير", "تتيح", "يتيح", "ستتيح", "سيتيح", "اتاحت", "اتاح", "تقدم", "يقدم", "تقديم", "تستضيف", "يستضيف", "استضافة",
		"توريد*", "يورد", "تورد", "ستورد", "سيورد", "زود*", "تصنع", "يصنع", "صنعت", "تنتج", "ينتج", "انتجت",
		// leasing capacity out: the lessor supplies ("تؤجّر G42 سعتها لمايكروسوفت")
		"تؤجر", "يؤجر", "ستؤجر", "سيؤجر", "تأجير", "بتأجير", "لتأجير",
		// handing over hardware: "سلّمت إنفيديا أولى الشحنات إلى هيوماين"
		"سلمت", "ستسلم", "سيسلم", "تسليم", "بتسليم"}, fr: frVerb, rel: kg.SuppliesCompute, needCompute: true, verb: true},
	{forms: []string{"customers", "customer", "clients", "client", "عملاء", "عملائها", "عملائه", "عميل", "عميلا", "زبائن"}, fr: frCustomers, rel: kg.SuppliesCompute},
	{forms: []string{"provider", "providers", "supplier", "suppliers", "compute suppliers", "cloud provider", "cloud providers", "cloud partner", "compute provider", "compute partner", "host"}, fr: frAgent, rel: kg.SuppliesCompute, preps: []string{"for", "to", "of"}, computeCue: true},
	{forms: []string{"مزود*", "المزود*", "مورد*", "المورد*", "مزودي خدمات*", "مزودي خدماتها", "مزودي الخدمات السحابية"}, fr: frAgent, rel: kg.SuppliesCompute, preps: []string{"ل"}, computeCue: true},

	{forms: []string{"أسهم", "أسهما", "أسهماً", "الأسهم"}, shares: true},
	{forms: []string{"offer", "offers", "bid", "takeover approach", "عرضا", "عرضاً"}, offer: true},

	{forms: []string{"deploy", "deploys", "deployed", "deploying", "install", "installs", "installed", "installing", "buys", "bought", "buying", "uses", "used", "using", "access to", "spend", "spends", "spent", "spending", "pay", "pays", "paid", "paying", "تدفع", "يدفع", "ستدفع", "سيدفع", "دفعت",
		"تنشر", "ينشر", "ستنشر", "سينشر", "نشرت", "نشر", "لنشر", "بنشر", "تستخدم", "يستخدم", "ستستخدم", "استخدمت", "استخدام", "باستخدام", "تشتري", "يشتري", "اشترت", "ستشتري", "سيشتري", "تعتمد", "يعتمد", "اعتمدت",
		// training a model on another company's chips: "تدرّب ميسترال نماذجها على رقائق إنفيديا"
		"تدرب", "يدرب", "ستدرب", "سيدرب", "دربت"}, deploy: true},

	// ---------------- PARTNERS_WITH ----------------
	{forms: []string{"partner", "partners", "partnered", "partnering", "partnership", "partnerships", "team up", "teams up", "teamed up", "teaming up", "collaborate", "collaborates", "collaborated", "collaborating", "collaboration", "alliance", "joint venture", "tie-up", "tie up",
		"work with", "works with", "working with", "worked with", "partner program", "strategic partner",
		"join forces", "joins forces", "joined forces", "joining forces",
		"team with", "teams with", "teamed with", "teaming with", "tied up with", "ties up with", "tying up with",
		"work together", "works together", "worked together", "working together"},
		fr: frSym, rel: kg.PartnersWith, preps: pWith, explicitPartner: true},
	{forms: []string{"شراك*", "شريك*", "تعاون*", "يتعاون*", "تتعاون*", "ستتعاون*", "سيتعاون*", "تحالف*", "مشروع مشترك"}, fr: frSym, rel: kg.PartnersWith, preps: pWith, explicitPartner: true},
	// a licence is a partnership (the licensee pays for the licensor's
	// technology): "agreed to license Windsurf's technology", "اتفاق ترخيص"
	{forms: []string{"license", "licenses", "licensed", "licensing", "licence", "licences", "licensing deal", "licensing agreement", "license agreement", "licence agreement", "ترخيص*", "رخصة"}, fr: frSym, rel: kg.PartnersWith, preps: []string{"with", "from", "مع", "من"}, explicitPartner: true},
	// an agreement called strategic is a partnership, not a sale
	{forms: []string{"strategic agreement", "strategic agreements", "strategic deal", "strategic alliance", "strategic cooperation", "strategic collaboration", "اتفاقية استراتيجية", "اتفاقيه استراتيجيه", "اتفاق استراتيجي", "اتفاقا استراتيجيا", "تعاون استراتيجي"}, fr: frSym, rel: kg.PartnersWith, preps: pWith, explicitPartner: true},
	// joint work: "launched a joint offering", "منصة مشتركة"
	{forms: []string{"joint", "jointly", "co-develop", "co-developed", "co-develops", "co-development", "مشترك", "مشتركة", "المشترك", "المشتركة", "بشكل مشترك"}, fr: frSym, rel: kg.PartnersWith, preps: pWith},

	// building in or selling on another company's models: a partnership
	// (integrations checks the object is "Y's models" / "نماذج Y")
	{forms: []string{"integrate", "integrates", "integrated", "integrating", "distribute", "distributes", "distributed", "distributing", "resell", "resells",
		"embed", "embeds", "embedded", "embedding", "rely on", "relies on", "relied on", "relying on", "ستدمج", "سيدمج", "تدمج", "يدمج", "دمجت", "دمج", "لدمج", "بدمج", "ستوزع", "سيوزع", "توزع", "يوزع", "وزعت", "لتوزيع"}, integrate: true},

	// ---------------- generic deals ----------------
	{forms: []string{"deal", "deals", "transaction", "transactions", "agreement", "agreements", "contract", "contracts", "pact", "accord", "memorandum", "arrangement", "arrangements",
		"purchase agreement", "purchase agreements", "power purchase agreement", "power purchase agreements", "power-purchase agreement", "power-purchase agreements"}, fr: frDeal, preps: pWith},
	{forms: []string{"letter of intent", "letters of intent", "memorandum of understanding", "خطاب نوايا", "خطابات نوايا", "خطاب النوايا", "مذكرة تفاهم", "مذكرات تفاهم"}, fr: frDeal, preps: pWith, status: kg.Announced},
	{forms: []string{"talks", "negotiations", "negotiating", "negotiate", "discussions"}, fr: frDeal, preps: pWith, status: kg.Talks},
	{forms: []string{"اتفاق*", "اتفقت", "اتفق", "تتفق", "صفق*", "عقد", "عقدا", "عقود"}, fr: frDeal, preps: pWith},
	{forms: []string{"مفاوضات", "محادثات", "مباحثات", "مناقشات", "تفاوض*", "يتفاوض*", "تتفاوض*", "النقاشات", "نقاشات"}, fr: frDeal, preps: pWith, status: kg.Talks},

	// ---------------- COMPETES_WITH ----------------
	{forms: []string{"rival", "rivals", "rivalling", "rivaling", "competitor", "competitors", "compete", "competes", "competed", "competing", "competition", "challenger", "منافس*", "المنافس*", "تنافس*", "ينافس*", "تتنافس*", "يتنافس*", "لمنافسة", "غريم*", "منافسه", "منافستها", "سباق محتدم", "race with"}, fr: frSym, rel: kg.CompetesWith, preps: pCompete},
	// rivalry told as a fight or a race: "takes on Google", "is racing
	// OpenAI", "a price war", "في مواجهة غوغل", "سباقا مع OpenAI"
	{forms: []string{"rivalry", "rivalries", "takes on", "take on", "taking on", "racing", "race against", "racing against", "price war", "price wars", "catch up with", "catch up to", "catching up with", "catching up to",
		"في مواجهة", "سباق", "سباقا", "السباق", "حرب اسعار", "حرب الاسعار", "اللحاق"}, fr: frSym, rel: kg.CompetesWith, preps: []string{"with", "against", "to", "مع", "ل", "ب"}},
	// competition a company faces comes "from" its rival: "faces stiff
	// competition from Nvidia", "تواجه منافسة شديدة من إنفيديا"
	{forms: []string{"competition from", "stiff competition from", "fierce competition from", "growing competition from", "intense competition from", "increasing competition from",
		"منافسة من", "منافسة شديدة من", "منافسة قوية من", "منافسة متزايدة من", "منافسة محتدمة من"}, fr: frSym, rel: kg.CompetesWith},

	// ---------------- OWNS ----------------
	{forms: []string{"own", "owns", "owned", "controls", "controlled", "holds", "held", "تمتلك*", "يمتلك*", "تملك", "يملك", "تملكها", "يملكها", "امتلاك"}, fr: frVerb, rel: kg.Owns, verb: true},
	{forms: []string{"parent", "parent company", "owner", "owners", "majority owner", "الشركة الام", "الشركه الام", "مالك*", "المالك*"}, fr: frAgent, rel: kg.Owns, preps: []string{"of", "ل"}},
	{forms: []string{"subsidiary", "subsidiaries", "unit", "division", "arm", "owned by", "wholly owned", "majority-owned", "part of", "المملوك*", "مملوك*", "التابع*", "تابع*", "ذراع*", "وحدة تابعة"}, fr: frPassive, rel: kg.Owns, preps: pOwner},
	// "DeepMind, Alphabet's AI research lab": only an apposition with a
	// possessor makes a lab owned (apposOwner)
	{forms: []string{"research lab", "ai lab", "research laboratory", "ai research lab"}, fr: frPassive, rel: kg.Owns, preps: pOwner},

	// ---------------- LEADS ----------------
	{forms: []string{"ceo", "chief executive", "chief executive officer", "founder", "co-founder", "cofounder", "co founder", "founders", "president", "chairman", "chairwoman", "executive chairman", "boss", "cto", "chief technology officer", "chief scientist", "managing director", "head", "secretary-general", "secretary general", "interim ceo", "chair",
		"co-chief executive", "co-chief executives", "co-ceo", "co-ceos", "chief executives"},
		fr: frTitle, rel: kg.Leads},
	{forms: []string{"الرئيس التنفيذي", "رئيس تنفيذي", "رئيسها التنفيذي", "رئيسه التنفيذي", "المدير التنفيذي", "مديرها التنفيذي", "رئيس مجلس الادارة", "رئيس مجلس ادارة", "رئيس مجلس إدارة", "مؤسس", "المؤسس", "مؤسسها", "مؤسسه", "مؤسسي", "مؤسسو", "الشريك المؤسس", "المؤسس المشارك", "رئيس", "رئيسة", "العضو المنتدب", "رئيس قسم",
		"الرئيسة التنفيذية", "رئيستها التنفيذية", "رئيسة تنفيذية", "رئيسا تنفيذيا", "رئيسة مجلس ادارة", "رئيسة مجلس الادارة", "المديرة التنفيذية",
		"المؤسسة المشاركة", "المؤسس والرئيس التنفيذي", "مؤسس ورئيس", "المؤسس والرئيس", "مؤسس والرئيس التنفيذي", "مؤسس ورئيس مجلس ادارة", "الامين العام", "امين عام", "رئيس مجلس ادارتها", "رئيسه التنفيذي"},
		fr: frTitle, rel: kg.Leads},
	{forms: []string{"led", "leads", "leading", "heads", "headed", "chaired", "chairs", "co-led", "co-leads", "co-leading", "founded", "co-founded", "cofounded", "runs", "ran", "running", "يقود*", "تقود*", "قاد*", "ستقود*", "سيقود*", "يرأس*", "ترأس*", "يترأس*", "تترأس*", "co-leads", "co-lead", "runs", "oversees", "lead", "anchored", "anchors", "anchor", "اسس", "اسست", "اسسها", "اسسه", "برئاسة", "بقيادة"}, fr: frVerb, rel: kg.Leads, verb: true},

	// ---------------- OPERATES ----------------
	{forms: []string{"operate", "operates", "operated", "operating", "launch", "launches", "launched", "develop", "develops", "developed", "developing", "run", "built", "builds", "building", "makes", "make", "created", "creates", "released", "releases", "rolled out", "rolls out", "unveiled", "unveils", "introduced", "introduces", "debuted", "debuts"}, fr: frVerb, rel: kg.Operates},
	{forms: []string{"اطلق*", "يطلق*", "تطلق*", "ستطلق*", "اطلاق*", "تدير*", "يدير*", "تديره", "تديرها", "تشغل", "يشغل", "ستشغل", "سيشغل", "تشغله", "تشغلها", "يشغله", "يشغلها", "ستشغله", "ستشغلها", "سيشغله", "سيشغلها", "شغلت", "طورت", "طوره", "طورته", "طورتها", "طورها", "تطوره", "تطورها", "يطوره", "يطورها",
		"تبني", "يبني", "ستبني", "سيبني", "بنت", "تبنيه", "يبنيه", "تبنيها", "يبنيها",
		"طرحت", "تطرح", "يطرح", "ستطرح", "سيطرح", "طرحته", "طرحتها", "كشفت عن", "تكشف عن", "يكشف عن", "كشفت النقاب عن", "ازاحت الستار عن"}, fr: frVerb, rel: kg.Operates, verb: true},
	// "تعمل ميتا على تطوير نموذج «لاما»": the developer before the masdar
	{forms: []string{"على تطوير", "تشغيل", "بتشغيل", "النقاب عن", "الستار عن"}, fr: frVerb, rel: kg.Operates},
	{forms: []string{"company behind", "firm behind", "startup behind", "lab behind", "group behind"}, fr: frMaker, rel: kg.Operates},
	{forms: []string{"maker", "makers", "developer", "developers", "operator", "creator", "owner-operator", "المطور*", "مطور*", "مشغل*", "المشغل*", "مبتكر*", "الشركة المطورة", "صاحبة"}, fr: frMaker, rel: kg.Operates, preps: []string{"of", "ل"}},

	// ---------------- LOCATED_IN ----------------
	{forms: []string{"based", "headquartered", "headquarters", "located", "offices in", "office in", "مقر*", "ومقر*", "يقع مقر*", "مقرا"}, fr: frVerb, rel: kg.LocatedIn, preps: pBased},
	{forms: []string{"-based", "-headquartered"}, fr: frBasedAdj, rel: kg.LocatedIn},
	// "يقع مشروع «ستارغيت» الأول في أبيلين": the verb of being located
	{forms: []string{"يقع", "تقع", "ويقع", "وتقع", "سيقع", "ستقع"}, fr: frVerb, rel: kg.LocatedIn, verb: true, preps: []string{"في"}},
	{forms: []string{"-owned", "-controlled"}, fr: frOwnerAdj, rel: kg.Owns},
	{forms: []string{"-backed", "-funded", "-financed", "-supported"}, fr: frOwnerAdj, rel: kg.InvestsIn, investCue: true},
	{forms: []string{"site", "sites", "campus", "facility", "data center in", "data centre in", "headquarters in", "موقع", "مجمع", "منشاة"}, fr: frSite, rel: kg.LocatedIn, preps: []string{"in", "في"}},

	// ---------------- statuses (on their own) ----------------
	{forms: []string{"in talks", "considering", "weighing", "exploring", "is said to", "are said to", "nearing", "close to", "discussing", "تدرس", "يدرس", "تقترب من", "يقترب من", "تقترب", "يقترب", "تسعى", "يسعى", "تبحث", "يبحث"}, status: kg.Talks},
	{forms: []string{"blocked", "block", "blocks", "abandoned", "abandon", "called off", "scrapped", "collapsed", "terminated", "rejected", "turned down", "rebuffed", "spurned", "fell through", "fell apart", "canceled", "cancelled", "walked away", "halted", "pulled out", "dropped out", "backed out", "ended talks", "broke off",
		// an objection ("objected to", "أثارت اعتراض", "معارضة") is not a
		// blocked deal: only a deal stopped, dropped or rejected is
		"رفض*", "عرقل*", "الغت", "الغى", "الغاء", "انهار*", "انهيار", "فشل*", "تعثر*", "حظر*", "اوقفت", "انسحب*", "انسحاب"}, status: kg.Blocked},
	// talks that ended without a deal: a negated agreement
	{forms: []string{"failed to reach", "failed to agree", "without reaching", "without a deal", "did not reach", "didn't reach", "never reached", "no deal was reached",
		"لم تتوصل", "لم يتوصل", "لم تتوصلا", "لم يتوصلا", "لم يتم التوصل", "دون التوصل", "بدون التوصل", "من دون التوصل", "دون اتمام", "من دون اتمام", "لم تفض", "لم تسفر"}, status: kg.Blocked},
	{forms: []string{"agreed", "agrees", "agree to", "signed", "signs", "struck", "inked", "entered into", "reached an agreement", "reached a deal",
		"وقع*", "يوقع*", "ستوقع", "سيوقع", "توقيع", "توصلت", "اتفقت", "وافقت", "وافق", "ابرمت", "ابرام"}, status: kg.Agreed},
	{forms: []string{"completed", "completes", "closed", "closes", "finalized", "finalised", "finalizes", "completion", "wrapped up",
		"اتمت", "اتم", "اتمام", "اكملت", "اكمل", "استكملت", "استكمال", "انجزت", "اكتمل*", "اغلقت", "اغلق", "إغلاق"}, status: kg.Completed},
	{forms: []string{"will", "plans to", "plan to", "intends to", "aims to", "set to", "تعتزم", "يعتزم", "عزمها", "عزمه", "تخطط", "يخطط", "ستقوم", "سوف"}, status: kg.Announced},
	// reported future and pledges: "said it would invest", "pledged to
	// invest", "تعهدت باستثمار", "تنوي استثمار" ("would" alone is too often
	// a clause's consequence: "a deal that would give it …")
	{forms: []string{"would invest", "would acquire", "would buy", "would supply", "would provide", "would lead", "would join", "would back",
		"would pour", "would put", "would inject", "would purchase", "would take", "would commit", "would also invest", "would also buy",
		"pledged", "pledges", "pledge", "promised to", "promises to", "expects to", "expected to invest",
		"تعهدت", "تعهد", "تنوي", "ينوي", "تتعهد", "يتعهد", "المزمع", "مزمع"}, status: kg.Announced},
	{forms: []string{"announced", "announces", "announce", "unveiled", "unveils", "revealed", "اعلنت", "اعلن", "تعلن", "يعلن", "الاعلان", "اعلان", "كشفت", "كشف"}, status: kg.Announced},

	// ---------------- entity cues, anaphors ----------------
	{forms: []string{"شركة", "شركه"}, cue: kg.Organization, anaph: anOrg},
	{forms: []string{"الشركة الناشئة", "شركة ناشئة", "الناشئة"}, cue: kg.Organization, anaph: anStartup},
	{forms: []string{"منصة", "تطبيق", "خدمة", "نموذج", "نماذج", "روبوت الدردشة", "روبوت المحادثة", "مساعد", "متصفح"}, cue: kg.Product},
	// "نموذجاً لغوياً يحمل اسم «نجمة»": a quoted name after "bears the name"
	{forms: []string{"يحمل اسم", "تحمل اسم", "يحمل اسم", "اطلق عليه اسم", "اطلق عليها اسم"}, cue: kg.Product},
	{forms: []string{"مشروع"}, cue: kg.Project, anaph: anProject},
	{forms: []string{"صندوق", "مختبر", "مجموعة", "مختبرات", "وكالة", "صحيفة"}, cue: kg.Organization},
	{forms: []string{"the company", "the firm", "the group"}, anaph: anOrg},
	{forms: []string{"the startup", "the start-up", "the lab", "the ai startup", "the chatgpt maker"}, anaph: anStartup},
	{forms: []string{"the latter", "الاخيرة", "الاخير"}, anaph: anLatter},
	// "the Saudi company", "الشركة السعودية": the last organisation of that country
	{forms: []string{"the saudi company", "the saudi firm", "the saudi group", "the saudi giant", "the saudi startup", "the saudi start-up", "the saudi conglomerate", "the saudi tech giant", "the saudi chipmaker", "the saudi ai company", "the saudi ai startup", "the saudi ai firm", "the saudi arabian company", "the saudi arabian firm", "the saudi arabian group", "the saudi arabian giant", "the saudi arabian startup", "the saudi arabian start-up", "the saudi arabian conglomerate", "the saudi arabian tech giant", "the saudi arabian chipmaker", "the saudi arabian ai company", "the saudi arabian ai startup", "the saudi arabian ai firm", "الشركة السعودية", "المجموعة السعودية", "العملاقة السعودية", "الشركة الناشئة السعودية"}, anaph: anDesc, desc: "SA"},
	{forms: []string{"the saudi fund", "the saudi arabian fund", "الصندوق السعودي"}, anaph: anDesc, desc: "SA fund"},
	// "the fund", "the sovereign fund", "الصندوق": the investor the text
	// has been about (an organisation the gazetteer calls one); no form
	// holds a trigger word ("the sovereign investor" is an investor noun
	// of its own)
	{forms: []string{"the fund", "the sovereign fund", "the wealth fund", "the sovereign wealth fund", "the state fund",
		"the venture firm", "the venture capital firm", "the asset manager", "الصندوق", "الصندوق السيادي", "صندوق الثروة السيادي"}, anaph: anDesc, desc: "investor"},
	{forms: []string{"the emirati company", "the emirati firm", "the emirati group", "the emirati giant", "the emirati startup", "the emirati start-up", "the emirati conglomerate", "the emirati tech giant", "the emirati chipmaker", "the emirati ai company", "the emirati ai startup", "the emirati ai firm", "the uae company", "the uae firm", "the uae group", "the uae giant", "the uae startup", "the uae start-up", "the uae conglomerate", "the uae tech giant", "the uae chipmaker", "the uae ai company", "the uae ai startup", "the uae ai firm", "the abu dhabi company", "the abu dhabi firm", "the abu dhabi group", "the abu dhabi giant", "the abu dhabi startup", "the abu dhabi start-up", "the abu dhabi conglomerate", "the abu dhabi tech giant", "the abu dhabi chipmaker", "the abu dhabi ai company", "the abu dhabi ai startup", "the abu dhabi ai firm", "the dubai company", "the dubai firm", "the dubai group", "the dubai giant", "the dubai startup", "the dubai start-up", "the dubai conglomerate", "the dubai tech giant", "the dubai chipmaker", "the dubai ai company", "the dubai ai startup", "the dubai ai firm", "الشركة الإماراتية", "الشركة الاماراتية", "المجموعة الإماراتية", "المجموعة الاماراتية", "العملاقة الإماراتية", "العملاقة الاماراتية", "الشركة الناشئة الإماراتية", "الشركة الناشئة الاماراتية"}, anaph: anDesc, desc: "AE"},
	{forms: []string{"the emirati fund", "the uae fund", "the abu dhabi fund", "the dubai fund", "الصندوق الإماراتي", "الصندوق الاماراتي"}, anaph: anDesc, desc: "AE fund"},
	{forms: []string{"the qatari company", "the qatari firm", "the qatari group", "the qatari giant", "the qatari startup", "the qatari start-up", "the qatari conglomerate", "the qatari tech giant", "the qatari chipmaker", "the qatari ai company", "the qatari ai startup", "the qatari ai firm", "الشركة القطرية", "المجموعة القطرية", "العملاقة القطرية", "الشركة الناشئة القطرية"}, anaph: anDesc, desc: "QA"},
	{forms: []string{"the qatari fund", "الصندوق القطري"}, anaph: anDesc, desc: "QA fund"},
	{forms: []string{"the american company", "the american firm", "the american group", "the american giant", "the american startup", "the american start-up", "the american conglomerate", "the american tech giant", "the american chipmaker", "the american ai company", "the american ai startup", "the american ai firm", "the us company", "the us firm", "the us group", "the us giant", "the us startup", "the us start-up", "the us conglomerate", "the us tech giant", "the us chipmaker", "the us ai company", "the us ai startup", "the us ai firm", "the u.s. company", "the u.s. firm", "the u.s. group", "the u.s. giant", "the u.s. startup", "the u.s. start-up", "the u.s. conglomerate", "the u.s. tech giant", "the u.s. chipmaker", "the u.s. ai company", "the u.s. ai startup", "the u.s. ai firm", "الشركة الأمريكية", "الشركة الأميركية", "الشركة الامريكية", "المجموعة الأمريكية", "المجموعة الأميركية", "المجموعة الامريكية", "العملاقة الأمريكية", "العملاقة الأميركية", "العملاقة الامريكية", "الشركة الناشئة الأمريكية", "الشركة الناشئة الأميركية", "الشركة الناشئة الامريكية"}, anaph: anDesc, desc: "US"},
	{forms: []string{"the american fund", "the us fund", "the u.s. fund", "الصندوق الأمريكي", "الصندوق الأميركي"}, anaph: anDesc, desc: "US fund"},
	{forms: []string{"the chinese company", "the chinese firm", "the chinese group", "the chinese giant", "the chinese startup", "the chinese start-up", "the chinese conglomerate", "the chinese tech giant", "the chinese chipmaker", "the chinese ai company", "the chinese ai startup", "the chinese ai firm", "الشركة الصينية", "المجموعة الصينية", "العملاقة الصينية", "الشركة الناشئة الصينية"}, anaph: anDesc, desc: "CN"},
	{forms: []string{"the chinese fund", "الصندوق الصيني"}, anaph: anDesc, desc: "CN fund"},
	{forms: []string{"the french company", "the french firm", "the french group", "the french giant", "the french startup", "the french start-up", "the french conglomerate", "the french tech giant", "the french chipmaker", "the french ai company", "the french ai startup", "the french ai firm", "الشركة الفرنسية", "المجموعة الفرنسية", "العملاقة الفرنسية", "الشركة الناشئة الفرنسية"}, anaph: anDesc, desc: "FR"},
	{forms: []string{"the french fund", "الصندوق الفرنسي"}, anaph: anDesc, desc: "FR fund"},
	{forms: []string{"the british company", "the british firm", "the british group", "the british giant", "the british startup", "the british start-up", "the british conglomerate", "the british tech giant", "the british chipmaker", "the british ai company", "the british ai startup", "the british ai firm", "the uk company", "the uk firm", "the uk group", "the uk giant", "the uk startup", "the uk start-up", "the uk conglomerate", "the uk tech giant", "the uk chipmaker", "the uk ai company", "the uk ai startup", "the uk ai firm", "the u.k. company", "the u.k. firm", "the u.k. group", "the u.k. giant", "the u.k. startup", "the u.k. start-up", "the u.k. conglomerate", "the u.k. tech giant", "the u.k. chipmaker", "the u.k. ai company", "the u.k. ai startup", "the u.k. ai firm", "الشركة البريطانية", "المجموعة البريطانية", "العملاقة البريطانية", "الشركة الناشئة البريطانية"}, anaph: anDesc, desc: "GB"},
	{forms: []string{"the british fund", "the uk fund", "the u.k. fund", "الصندوق البريطاني"}, anaph: anDesc, desc: "GB fund"},
	{forms: []string{"the german company", "the german firm", "the german group", "the german giant", "the german startup", "the german start-up", "the german conglomerate", "the german tech giant", "the german chipmaker", "the german ai company", "the german ai startup", "the german ai firm", "الشركة الألمانية", "المجموعة الألمانية", "العملاقة الألمانية", "الشركة الناشئة الألمانية"}, anaph: anDesc, desc: "DE"},
	{forms: []string{"the german fund", "الصندوق الألماني"}, anaph: anDesc, desc: "DE fund"},
	{forms: []string{"the japanese company", "the japanese firm", "the japanese group", "the japanese giant", "the japanese startup", "the japanese start-up", "the japanese conglomerate", "the japanese tech giant", "the japanese chipmaker", "the japanese ai company", "the japanese ai startup", "the japanese ai firm", "الشركة اليابانية", "المجموعة اليابانية", "العملاقة اليابانية", "الشركة الناشئة اليابانية"}, anaph: anDesc, desc: "JP"},
	{forms: []string{"the japanese fund", "الصندوق الياباني"}, anaph: anDesc, desc: "JP fund"},
	{forms: []string{"the south korean company", "the south korean firm", "the south korean group", "the south korean giant", "the south korean startup", "the south korean start-up", "the south korean conglomerate", "the south korean tech giant", "the south korean chipmaker", "the south korean ai company", "the south korean ai startup", "the south korean ai firm", "the korean company", "the korean firm", "the korean group", "the korean giant", "the korean startup", "the korean start-up", "the korean conglomerate", "the korean tech giant", "the korean chipmaker", "the korean ai company", "the korean ai startup", "the korean ai firm", "الشركة الكورية", "الشركة الكورية الجنوبية", "المجموعة الكورية", "المجموعة الكورية الجنوبية", "العملاقة الكورية", "العملاقة الكورية الجنوبية", "الشركة الناشئة الكورية", "الشركة الناشئة الكورية الجنوبية"}, anaph: anDesc, desc: "KR"},
	{forms: []string{"the south korean fund", "the korean fund", "الصندوق الكوري"}, anaph: anDesc, desc: "KR fund"},
	{forms: []string{"the taiwanese company", "the taiwanese firm", "the taiwanese group", "the taiwanese giant", "the taiwanese startup", "the taiwanese start-up", "the taiwanese conglomerate", "the taiwanese tech giant", "the taiwanese chipmaker", "the taiwanese ai company", "the taiwanese ai startup", "the taiwanese ai firm", "الشركة التايوانية", "المجموعة التايوانية", "العملاقة التايوانية", "الشركة الناشئة التايوانية"}, anaph: anDesc, desc: "TW"},
	{forms: []string{"the taiwanese fund", "الصندوق التايواني"}, anaph: anDesc, desc: "TW fund"},
	{forms: []string{"the indian company", "the indian firm", "the indian group", "the indian giant", "the indian startup", "the indian start-up", "the indian conglomerate", "the indian tech giant", "the indian chipmaker", "the indian ai company", "the indian ai startup", "the indian ai firm", "الشركة الهندية", "المجموعة الهندية", "العملاقة الهندية", "الشركة الناشئة الهندية"}, anaph: anDesc, desc: "IN"},
	{forms: []string{"the indian fund", "الصندوق الهندي"}, anaph: anDesc, desc: "IN fund"},
	{forms: []string{"the canadian company", "the canadian firm", "the canadian group", "the canadian giant", "the canadian startup", "the canadian start-up", "the canadian conglomerate", "the canadian tech giant", "the canadian chipmaker", "the canadian ai company", "the canadian ai startup", "the canadian ai firm", "الشركة الكندية", "المجموعة الكندية", "العملاقة الكندية", "الشركة الناشئة الكندية"}, anaph: anDesc, desc: "CA"},
	{forms: []string{"the canadian fund", "الصندوق الكندي"}, anaph: anDesc, desc: "CA fund"},
	// "the chipmaker", "صانعة الرقائق"; "the neocloud", "مزود الخدمات السحابية"
	{forms: []string{"the chipmaker", "the chip maker", "the chip giant", "the chip designer", "the chipmaking giant", "the semiconductor giant", "the semiconductor company", "the gpu maker", "the graphics chip maker", "صانعة الرقائق", "صانعة الرقاقات", "الشركة المصنعة للرقائق", "الشركة المصنعة للرقاقات", "عملاقة الرقائق", "عملاق الرقائق", "شركة الرقائق", "شركة صناعة الرقائق", "مصنعة الرقائق", "صانع الرقائق"}, anaph: anDesc, desc: "chips"},
	{forms: []string{"the neocloud", "the cloud provider", "the cloud giant", "the cloud company", "the cloud firm", "the hyperscaler", "the cloud computing giant", "عملاقة الحوسبة السحابية", "شركة الحوسبة السحابية"}, anaph: anDesc, desc: "cloud"},
	{forms: []string{"the project", "the initiative", "the venture", "the cluster", "العنقود"}, anaph: anProject},
	{forms: []string{"the two companies", "both companies", "the pair", "the two firms", "both firms", "الشركتين", "الشركتان", "الطرفين", "الطرفان", "الجانبين", "الجانبان"}, anaph: anPair},
	{forms: []string{"startup", "start-up", "company", "firm", "lab", "laboratory", "fund", "chipmaker", "chip maker", "chip designer", "giant", "unicorn", "neocloud", "hyperscaler"}, cue: kg.Organization},
	{forms: []string{"platform", "app", "model", "chatbot", "assistant"}, cue: kg.Product},
	{forms: []string{"project", "initiative"}, cue: kg.Project},

	// ---------------- list introducers ----------------
	{forms: []string{"including", "include", "includes", "included", "such as", "among them", "alongside", "along with", "as well as", "together with",
		"تشمل", "يشمل", "شملت", "تضم", "يضم", "ضمت", "مثل", "من بينها", "من بينهم", "بما في ذلك", "بما فيها", "الى جانب", "إلى جانب", "فضلا عن", "فضلاً عن", "قائمة", "ابرز اعضائه", "ابرز اعضايه", "اعضائه", "اعضايه", "اعضاء"}, incl: true},

	// ---------------- compute cues (units of power) ----------------
	{forms: []string{"gw", "gigawatt", "gigawatts", "mw", "megawatt", "megawatts", "جيجاوات", "جيجاواط", "غيغاواط", "غيغاوات", "جيغاواط", "ميغاواط", "ميجاوات", "ميجاواط", "ميغاوات"}, computeCue: true},

	// ---------------- period markers ----------------
	{forms: []string{"a year", "per year", "annually", "each year", "every year", "per annum", "a-year", "yearly", "annual", "سنويا", "سنوي", "السنوية", "سنوية", "في العام", "في السنة", "كل عام", "كل سنة", "بالعام", "بالسنة"}, period: true},
}

func init() {
	var starts []string
	for _, m := range []map[string]float64{numberWord, dualScale} {
		for k := range m {
			starts = append(starts, k)
		}
	}
	for k := range scaleWord {
		if k[0] >= 0x80 {
			starts = append(starts, k)
		}
	}
	for k := range dollarPrefix {
		starts = append(starts, k)
	}
	for k := range currencyWord {
		if len(k) == 3 {
			starts = append(starts, k)
		}
	}
	for k := range monthWord {
		starts = append(starts, k)
	}
	for k := range monthPair {
		starts = append(starts, k[0])
	}
	starts = append(starts, "year", "month", "العام", "السنة", "عام", "لعام", "الشهر")
	sort.Strings(starts)
	lexicon = append(lexicon, lexeme{forms: starts, figStart: true})
	for i := range lexicon {
		for k, p := range lexicon[i].preps {
			lexicon[i].preps[k] = foldString(p)
		}
	}
}
