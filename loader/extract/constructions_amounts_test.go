package extract_test

import (
	"math"
	"testing"

	"github.com/aikg/aikg/kg"
)

// amountCase is one text and the amount one of its relations must carry
// (usd 0: the relation must be found and carry none; per "" is not
// checked).
type amountCase struct {
	name string
	lang string
	text string
	rel  triple
	usd  float64
	per  kg.Period
}

// dealValueCases are the ways the press states what a deal is worth, and
// the figures next to a deal that are not its value (a company's
// valuation, revenue, a stake's worth).
var dealValueCases = []amountCase{
	// ---- a generic contract's value stated by "worth" before its type is
	// known (a later sentence or the article makes it a compute deal)
	{"contracts worth, no cue", "en", "Lambda's contracts with Microsoft are now worth about $1.5 billion.",
		triple{"Lambda", kg.PartnersWith, "Microsoft"}, 1.5e9, kg.Once},
	{"contract participle and worth", "en", "Nebius pointed to its contract with Microsoft, signed in September and worth about $17.4 billion over five years, as its largest.",
		triple{"Nebius", kg.PartnersWith, "Microsoft"}, 17.4e9, kg.Once},
	{"agreement participle and valued", "en", "Google pointed to its agreement with Anthropic, announced last week and valued at $10 billion, as proof of demand.",
		triple{"Google", kg.PartnersWith, "Anthropic"}, 10e9, ""},
	{"participle with a name is no deal clause", "en", "Nebius pointed to its contract with Microsoft, signed in September by Nvidia and worth about $17.4 billion.",
		triple{"Nebius", kg.PartnersWith, "Microsoft"}, 0, ""},

	// ---- a trigger inside a description of the target does not take the
	// price the main clause states after it
	{"ar price over description", "ar", "اتفقت أبل على شراء شركة Beta، المتخصصة في تطوير الرقائق وإطلاق الخوادم، مقابل ملياري دولار.",
		triple{"Apple", kg.Acquires, "Beta"}, 2e9, kg.Once},
	{"ar price over description, deal", "ar", "وقّعت سيسكو اتفاقاً لشراء شركة Splunk، المتخصصة في تحليل البيانات وإطلاق أدوات المراقبة، مقابل 28 مليار دولار تُدفع نقداً.",
		triple{"Cisco", kg.Acquires, "Splunk"}, 28e9, kg.Once},
	{"en price over description", "en", "OpenAI agreed to buy Statsig, a startup that builds testing and deployment tools, for $1.1 billion.",
		triple{"OpenAI", kg.Acquires, "Statsig"}, 1.1e9, kg.Once},
	{"en price over relative clause", "en", "Nvidia will acquire Lepton AI, which develops and launches cloud software, for about $300 million.",
		triple{"Nvidia", kg.Acquires, "Lepton AI"}, 300e6, kg.Once},

	// ---- a contract's new total after a top-up is the relation's
	// headline amount; a total investment is not (the news is the new
	// money), nor a total that only would be reached
	{"total value of agreements", "en", "Nebius added $2 billion to its contract with Microsoft, taking the total value of the deal to about $19.4 billion.",
		triple{"Nebius", kg.PartnersWith, "Microsoft"}, 19.4e9, kg.Once},
	{"its total value", "en", "Oracle will supply more GPUs to Meta under a $4 billion expansion of their cloud contract, taking its total value to $20 billion.",
		triple{"Oracle", kg.SuppliesCompute, "Meta"}, 20e9, kg.Once},
	{"bringing the total", "en", "Lambda will supply Microsoft with more GPUs under a $1.5 billion expansion of its contract, bringing the total to $4 billion.",
		triple{"Lambda", kg.SuppliesCompute, "Microsoft"}, 4e9, kg.Once},
	{"ar total of contracts", "ar", "وقّعت كورويف عقداً إضافياً مع OpenAI بقيمة 6.5 مليار دولار، لترتفع القيمة الإجمالية لعقودها مع الشركة إلى 22.4 مليار دولار.",
		triple{"CoreWeave", kg.PartnersWith, "OpenAI"}, 22.4e9, kg.Once},
	{"ar total of agreements", "ar", "وسّعت أوراكل عقدها مع ميتا بقيمة 4 مليارات دولار، ليصل إجمالي قيمة الاتفاقيات بين الشركتين إلى 20 مليار دولار.",
		triple{"Oracle", kg.PartnersWith, "Meta"}, 20e9, kg.Once},
	{"total investment is not", "en", "Amazon will invest an additional $4 billion in Anthropic, bringing its total investment in the startup to $8 billion.",
		triple{"Amazon", kg.InvestsIn, "Anthropic"}, 4e9, kg.Once},
	{"total of investments is not", "en", "Nvidia invested $2 billion more in xAI, bringing the total to $4 billion.",
		triple{"Nvidia", kg.InvestsIn, "xAI"}, 2e9, kg.Once},
	{"ar total investment is not", "ar", "ضخّت أمازون 4 مليارات دولار إضافية في أنثروبيك، ليرتفع إجمالي استثماراتها في الشركة إلى 8 مليارات دولار.",
		triple{"Amazon", kg.InvestsIn, "Anthropic"}, 4e9, kg.Once},
	{"a total that would be", "en", "Nebius signed a $17.4 billion contract to supply GPUs to Microsoft, which could bring the total contract value to $19.4 billion.",
		triple{"Nebius", kg.SuppliesCompute, "Microsoft"}, 17.4e9, kg.Once},

	// ---- what an acquisition values its target at is its price; what a
	// round values a company at is a valuation, never an amount
	{"offer values, next sentence", "en", "Qualcomm agreed to buy Alphawave Semi. The offer values the London-based company at approximately £1.8 billion.",
		triple{"Qualcomm", kg.Acquires, "Alphawave Semi"}, 1.8e9 * 1.27, kg.Once},
	{"transaction values, next sentence", "en", "Salesforce will acquire Informatica. The transaction values the data company at about $8 billion.",
		triple{"Salesforce", kg.Acquires, "Informatica"}, 8e9, kg.Once},
	{"valuing participle", "en", "Qualcomm agreed to buy Alphawave Semi for 183 pence a share, valuing the chip designer at £1.8 billion.",
		triple{"Qualcomm", kg.Acquires, "Alphawave Semi"}, 1.8e9 * 1.27, kg.Once},
	{"deal that values", "en", "AMD agreed to buy ZT Systems in a deal that values the server maker at $4.9 billion.",
		triple{"AMD", kg.Acquires, "ZT Systems"}, 4.9e9, kg.Once},
	{"round valuing is no amount", "en", "Alphawave Semi raised $100 million from Accel, valuing the company at $1.8 billion.",
		triple{"Accel", kg.InvestsIn, "Alphawave Semi"}, 100e6, kg.Once},
	{"stake valuing is no price", "en", "Meta agreed to take a 49% stake in Scale AI for $14.3 billion, valuing the startup at $29 billion.",
		triple{"Meta", kg.InvestsIn, "Scale AI"}, 14.3e9, kg.Once},
	{"round values, next sentence", "en", "Accel invested $100 million in Alphawave Semi. The round values the chip designer at $1.8 billion.",
		triple{"Accel", kg.InvestsIn, "Alphawave Semi"}, 100e6, kg.Once},
	{"company valued is no price", "en", "Apple held talks to acquire Perplexity, which is valued at about $14 billion.",
		triple{"Apple", kg.Acquires, "Perplexity"}, 0, ""},

	// ---- a compute deal noun ("cloud deal", "cloud contract") takes the
	// worth stated after it like any deal
	{"cloud deal worth", "en", "Meta signed a cloud deal worth more than $10 billion with Google.",
		triple{"Google", kg.SuppliesCompute, "Meta"}, 10e9, kg.Once},
	{"cloud contract worth", "en", "Anthropic signed a cloud contract worth $30 billion with Microsoft.",
		triple{"Microsoft", kg.SuppliesCompute, "Anthropic"}, 30e9, kg.Once},

	// ---- what partners set out to invest in something that is no
	// company (a zone, data centres, a country) is the partnership's value;
	// an investment in a company is that investor's own
	{"partnership to invest", "en", "Amazon Web Services announced a partnership with Humain to invest more than $5 billion in an AI zone in Saudi Arabia.",
		triple{"Amazon Web Services", kg.PartnersWith, "Humain"}, 5e9, kg.Once},
	{"partnered to invest", "en", "Microsoft partnered with G42 to invest $1 billion in a data center in Kenya.",
		triple{"Microsoft", kg.PartnersWith, "G42"}, 1e9, kg.Once},
	{"ar partnership li-istithmar", "ar", "كما أعلنت أمازون ويب سيرفيسز (AWS) عن شراكة مع «هيوماين» لاستثمار أكثر من 5 مليارات دولار في «منطقة ذكاء اصطناعي» داخل المملكة.",
		triple{"Amazon Web Services", kg.PartnersWith, "Humain"}, 5e9, kg.Once},
	{"ar partnership bihadaf", "ar", "أعلنت إنفيديا عن شراكة مع «هيوماين» بهدف استثمار 10 مليارات دولار في مراكز بيانات داخل المملكة.",
		triple{"Nvidia", kg.PartnersWith, "Humain"}, 10e9, kg.Once},
	{"investment in a company is its investor's", "en", "Microsoft partnered with G42 to invest $1 billion in Mistral AI.",
		triple{"Microsoft", kg.PartnersWith, "G42"}, 0, ""},
	{"separate clause", "en", "Microsoft partnered with G42, and Microsoft plans to invest $1 billion in Kenya.",
		triple{"Microsoft", kg.PartnersWith, "G42"}, 0, ""},

	// ---- the revenue a contract is to bring in is its value (yearly when
	// the text says so); a company's own revenue is no amount
	{"contract to bring in revenue", "en", "Meta signed a cloud contract with Oracle that is expected to bring in about $20 billion in revenue over five years.",
		triple{"Oracle", kg.SuppliesCompute, "Meta"}, 20e9, kg.Once},
	{"ar contract yudirru revenue", "ar", "وقّعت أوراكل عقداً مع ميتا يُتوقع أن يدرّ أكثر من 20 مليار دولار من الإيرادات سنوياً.",
		triple{"Oracle", kg.PartnersWith, "Meta"}, 20e9, kg.Year},
	{"the deal to generate sales", "en", "Oracle signed a contract with Meta. The deal is expected to generate $3 billion in sales a year.",
		triple{"Oracle", kg.PartnersWith, "Meta"}, 3e9, kg.Year},
	{"the expansion is part of a contract", "en", "Nscale agreed to supply GPU capacity to Microsoft in Texas. The expansion is part of a contract that Nscale said would bring in more than $2 billion in revenue a year.",
		triple{"Nscale", kg.SuppliesCompute, "Microsoft"}, 2e9, kg.Year},
	{"company revenue is no amount", "en", "Oracle signed a contract with Meta. Oracle expects cloud revenue to grow to $20 billion next year.",
		triple{"Oracle", kg.PartnersWith, "Meta"}, 0, ""},
	{"another company's revenue is no amount", "en", "Oracle agreed to supply capacity to Meta. Separately, Nvidia said its chips would bring in $20 billion in revenue.",
		triple{"Oracle", kg.SuppliesCompute, "Meta"}, 0, ""},

	// ---- a company's size, takings and spending plans are no deal's
	// value, however close to a deal they stand
	{"market value added", "en", "Nvidia shares rose 4% after it agreed to supply chips to Humain, adding $150 billion to its market value.",
		triple{"Nvidia", kg.SuppliesCompute, "Humain"}, 0, ""},
	{"capital expenditure in a relative clause", "en", "Meta, which plans capital expenditure of up to $72 billion this year, signed a cloud deal with Google.",
		triple{"Google", kg.SuppliesCompute, "Meta"}, 0, ""},
	{"assets under management", "en", "BlackRock, which manages $11 trillion in assets, agreed to buy Aligned Data Centers for $40 billion.",
		triple{"BlackRock", kg.Acquires, "Aligned Data Centers"}, 40e9, kg.Once},
	{"fund's size before its name", "en", "Humain, backed by the $900 billion Public Investment Fund, agreed to buy chips from AMD.",
		triple{"Public Investment Fund", kg.InvestsIn, "Humain"}, 0, ""},
	{"ar fund's assets", "ar", "استحوذت هيوماين على شركة Beta، بدعم من صندوق الاستثمارات العامة الذي تبلغ أصوله 900 مليار دولار.",
		triple{"Humain", kg.Acquires, "Beta"}, 0, ""},
	{"worth in revenue is the deal's", "en", "Oracle's contract with OpenAI is worth $30 billion in revenue a year.",
		triple{"Oracle", kg.PartnersWith, "OpenAI"}, 30e9, kg.Year},

	// ---- a fee paid to use another company's technology is a licence
	// partnership worth the fee (yearly when said); the amount right after
	// the payee is the payment's
	{"paying to use", "en", "Apple is paying Google about $1 billion a year to use Gemini for Siri.",
		triple{"Apple", kg.PartnersWith, "Google"}, 1e9, kg.Year},
	{"pay for access", "en", "Samsung will pay Perplexity roughly $500 million annually for access to its search models.",
		triple{"Samsung Electronics", kg.PartnersWith, "Perplexity"}, 500e6, kg.Year},
	{"paid to license", "en", "Meta paid Midjourney $1 billion to license its image technology.",
		triple{"Meta", kg.PartnersWith, "Midjourney"}, 1e9, kg.Once},
	{"ar pay for use", "ar", "ستدفع أبل لغوغل نحو مليار دولار سنوياً مقابل استخدام نموذج جيميني.",
		triple{"Apple", kg.PartnersWith, "Google"}, 1e9, kg.Year},
	{"ar pay for compute", "ar", "ستدفع ميتا لأوراكل نحو 20 مليار دولار سنوياً مقابل قدرات حوسبة.",
		triple{"Oracle", kg.SuppliesCompute, "Meta"}, 20e9, kg.Year},
	{"paying for a stake is none", "en", "Meta will pay $14.3 billion for a 49% stake in Scale AI.",
		triple{"Meta", kg.InvestsIn, "Scale AI"}, 14.3e9, kg.Once},

	// ---- "$N worth of <compute>" is the supply's amount
	{"worth of GPUs", "en", "Meta ordered $10 billion worth of GPUs from Nvidia.",
		triple{"Nvidia", kg.SuppliesCompute, "Meta"}, 10e9, kg.Once},
	{"worth of maker's chips", "en", "xAI bought $5 billion worth of Nvidia chips.",
		triple{"Nvidia", kg.SuppliesCompute, "xAI"}, 5e9, kg.Once},

	// ---- an investor's own stated money is its amount, over the round's
	// size a lead would otherwise get; a participant with no money of its
	// own stated gets none
	{"which put in", "en", "Groq raised $750 million in a round led by Disruptive, which put in $350 million.",
		triple{"Disruptive", kg.InvestsIn, "Groq"}, 350e6, kg.Once},
	{"led by with", "en", "Groq raised $750 million in a round led by Disruptive with $350 million.",
		triple{"Disruptive", kg.InvestsIn, "Groq"}, 350e6, kg.Once},
	{"which invested", "en", "Mistral AI raised €1.7 billion in a Series C led by ASML, which invested €1.3 billion.",
		triple{"ASML", kg.InvestsIn, "Mistral AI"}, 1.3e9 * 1.08, kg.Once},
	{"which is putting in", "en", "OpenAI raised $40 billion in a round led by SoftBank, which is putting in $30 billion.",
		triple{"SoftBank", kg.InvestsIn, "OpenAI"}, 30e9, kg.Once},
	{"participant which contributed", "en", "xAI raised $6 billion from investors including Nvidia, which contributed $500 million.",
		triple{"Nvidia", kg.InvestsIn, "xAI"}, 500e6, kg.Once},
	{"ar allati istathmarat", "ar", "جمعت Mistral AI مبلغ 1.7 مليار يورو في جولة قادتها ASML التي استثمرت 1.3 مليار يورو.",
		triple{"ASML", kg.InvestsIn, "Mistral AI"}, 1.3e9 * 1.08, kg.Once},
	{"lead without own money gets the round", "en", "Groq raised $750 million in a round led by Disruptive, which is based in Texas.",
		triple{"Disruptive", kg.InvestsIn, "Groq"}, 750e6, kg.Once},
	{"which valued is no own money", "en", "Groq raised $750 million in a round led by Disruptive, which valued the company at $6.9 billion.",
		triple{"Disruptive", kg.InvestsIn, "Groq"}, 750e6, kg.Once},

	// ---- the period: a yearly marker after the amount or right before it
	// ("بقيمة سنوية تبلغ", "annually about"); "over five years" is a total
	{"ar annual value before", "ar", "وقّعت OpenAI عقداً مع أوراكل بقيمة سنوية تبلغ 30 مليار دولار.",
		triple{"OpenAI", kg.PartnersWith, "Oracle"}, 30e9, kg.Year},
	{"annually before", "en", "OpenAI will pay Oracle annually about $30 billion for data center capacity.",
		triple{"Oracle", kg.SuppliesCompute, "OpenAI"}, 30e9, kg.Year},
	{"a-year compound", "en", "Oracle signed a $30 billion-a-year contract with OpenAI.",
		triple{"Oracle", kg.PartnersWith, "OpenAI"}, 30e9, kg.Year},
	{"over five years is a total", "ar", "وقّعت OpenAI عقداً مع أوراكل بقيمة 300 مليار دولار على مدى خمس سنوات.",
		triple{"OpenAI", kg.PartnersWith, "Oracle"}, 300e9, kg.Once},
	{"company's annual revenue is not the deal's period", "en", "Oracle, whose annual revenue is $50 billion, signed a $30 billion contract with OpenAI.",
		triple{"Oracle", kg.PartnersWith, "OpenAI"}, 30e9, kg.Once},
	{"hyphenated scale", "en", "Microsoft signed a $9.7-billion contract with IREN.",
		triple{"Microsoft", kg.PartnersWith, "IREN"}, 9.7e9, kg.Once},

	// ---- a price stated for the deal, in its own sentence or the next;
	// a price per share is none
	{"purchase price next sentence", "en", "Google agreed to buy Wiz. The purchase price is $32 billion, to be paid in cash.",
		triple{"Google", kg.Acquires, "Wiz"}, 32e9, kg.Once},
	{"put the price at", "en", "Google agreed to buy Wiz. People familiar with the matter put the price at $32 billion.",
		triple{"Google", kg.Acquires, "Wiz"}, 32e9, kg.Once},
	{"estimated the price at", "en", "Salesforce agreed to acquire Informatica. Analysts estimated the price at about $8 billion.",
		triple{"Salesforce", kg.Acquires, "Informatica"}, 8e9, kg.Once},
	{"the price colon", "en", "Nvidia agreed to license Groq's technology. The price: about $20 billion in cash.",
		triple{"Nvidia", kg.PartnersWith, "Groq"}, 20e9, kg.Once},
	{"ar sicr as-safqa", "ar", "استحوذت غوغل على ويز. وبلغ سعر الصفقة 32 مليار دولار.",
		triple{"Google", kg.Acquires, "Wiz"}, 32e9, kg.Once},
	{"price per share is none", "en", "Nvidia agreed to invest $5 billion in Intel, buying shares at a price of $23.28 each.",
		triple{"Nvidia", kg.InvestsIn, "Intel"}, 5e9, kg.Once},
	{"stock price is none", "en", "Google agreed to buy Wiz. Alphabet's share price rose to $180.",
		triple{"Google", kg.Acquires, "Wiz"}, 0, ""},

	// ---- "the five-year contract" is as definite as "the contract"
	{"definite over modifiers", "en", "CoreWeave agreed to supply compute to OpenAI. The five-year contract is worth $11.9 billion.",
		triple{"CoreWeave", kg.SuppliesCompute, "OpenAI"}, 11.9e9, kg.Once},
	{"definite over new", "en", "Nebius agreed to provide GPU capacity to Microsoft. The new agreement is valued at $17.4 billion.",
		triple{"Nebius", kg.SuppliesCompute, "Microsoft"}, 17.4e9, kg.Once},

	// ---- a round's size is no later deal's value; a round's mere
	// participants get none of it
	{"ar undisclosed value, round size", "ar", "استحوذت كوجنيشن على ويندسيرف. ولم يُكشف عن قيمة الصفقة، لكن ويندسيرف كانت قد جمعت 243 مليون دولار.",
		triple{"Cognition", kg.Acquires, "Windsurf"}, 0, ""},
	{"investors including", "en", "xAI raised $6 billion from investors including Nvidia.",
		triple{"Nvidia", kg.InvestsIn, "xAI"}, 0, ""},
	{"with participation from", "en", "Anthropic raised $13 billion with participation from Fidelity.",
		triple{"Fidelity", kg.InvestsIn, "Anthropic"}, 0, ""},
	{"ar bimusharakat", "ar", "جمعت xAI ستة مليارات دولار بمشاركة إنفيديا.",
		triple{"Nvidia", kg.InvestsIn, "xAI"}, 0, ""},
	{"sole funder keeps it", "en", "xAI raised $6 billion from Nvidia.",
		triple{"Nvidia", kg.InvestsIn, "xAI"}, 6e9, kg.Once},

	// ---- a later sentence's payment for "the capacity"/"the chips" is the
	// supply's price; a unit cost or a company's revenue is not
	{"pay for the capacity", "en", "Oracle will supply OpenAI with 4.5 GW. OpenAI will pay about $30 billion a year for the capacity.",
		triple{"Oracle", kg.SuppliesCompute, "OpenAI"}, 30e9, kg.Year},
	{"the chips will cost", "en", "Nvidia will supply GPUs to xAI. The chips will cost about $3 billion.",
		triple{"Nvidia", kg.SuppliesCompute, "xAI"}, 3e9, kg.Once},
	{"revenue after the chips is none", "en", "Nvidia will supply GPUs to xAI. The chips helped Nvidia's revenue rise to $30 billion.",
		triple{"Nvidia", kg.SuppliesCompute, "xAI"}, 0, ""},
	{"revenue after the deal is none", "en", "Nvidia agreed to acquire Run:ai. The deal helped lift Nvidia's revenue to $30 billion.",
		triple{"Nvidia", kg.Acquires, "Run:ai"}, 0, ""},
	{"ar unit cost is none", "ar", "وقّعت برودكوم اتفاقاً لتزويد OpenAI برقائق بقدرة 10 غيغاواط. ويقدّر محللون أن تكلفة نشر كل غيغاواط من القدرة الحاسوبية تراوح بين 35 و50 مليار دولار.",
		triple{"Broadcom", kg.SuppliesCompute, "OpenAI"}, 0, ""},

	// ---- a generic deal silenced by the supply it states hands it its
	// amount
	{"ar contract value to the supply", "ar", "وقعت OpenAI عقداً بقيمة 38 مليار دولار مع أمازون ويب سيرفيسز لتشغيل أعباء عملها على سحابة AWS لسبع سنوات.",
		triple{"Amazon Web Services", kg.SuppliesCompute, "OpenAI"}, 38e9, kg.Once},

	// ---- what a held stake is worth and what a venture plans to spend
	// are not what its investors put in; a stake bought has its price
	{"ar owned stake worth", "ar", "تمتلك مايكروسوفت حصة 27% في OpenAI تقدر قيمتها بنحو 135 مليار دولار.",
		triple{"Microsoft", kg.InvestsIn, "OpenAI"}, 0, ""},
	{"owns a stake worth", "en", "Microsoft owns a 27% stake in OpenAI worth about $135 billion.",
		triple{"Microsoft", kg.InvestsIn, "OpenAI"}, 0, ""},
	{"stake valued at", "en", "Microsoft's 27% stake in OpenAI is valued at about $135 billion.",
		triple{"Microsoft", kg.InvestsIn, "OpenAI"}, 0, ""},
	{"ar stake bought has its price", "ar", "استحوذت ميتا على حصة 49% في Scale AI بقيمة 14.3 مليار دولار.",
		triple{"Meta", kg.InvestsIn, "Scale AI"}, 14.3e9, kg.Once},
	{"venture's spending plan", "en", "SoftBank, OpenAI, Oracle and MGX are the initial equity funders of Stargate, which plans to invest $500 billion over four years.",
		triple{"SoftBank", kg.InvestsIn, "Stargate"}, 0, ""},
	{"venture's spending in a relative clause", "en", "SoftBank will invest in Stargate, which intends to spend $500 billion on data centers.",
		triple{"SoftBank", kg.InvestsIn, "Stargate"}, 0, ""},
	{"capex of a list", "en", "Alphabet, Amazon, Meta and Microsoft are expected to spend close to $400 billion on capital expenditure this year; Microsoft also invests in OpenAI.",
		triple{"Microsoft", kg.InvestsIn, "OpenAI"}, 0, ""},

	// ---- money paid for a company named whole after "for" buys it, at
	// that price; paying for a stake, a company's capacity or its chips
	// does not
	{"pay for a company", "en", "Google will pay $32 billion for Wiz.",
		triple{"Google", kg.Acquires, "Wiz"}, 32e9, kg.Once},
	{"paid in cash for", "en", "Nvidia paid $6.9 billion in cash for Mellanox in 2020.",
		triple{"Nvidia", kg.Acquires, "Mellanox"}, 6.9e9, kg.Once},
	{"agreed to pay for", "en", "Salesforce agreed to pay about $8 billion for Informatica, its biggest deal in years.",
		triple{"Salesforce", kg.Acquires, "Informatica"}, 8e9, kg.Once},
	{"pay for a stake is an investment", "en", "Meta will pay $14.3 billion for a 49% stake in Scale AI.",
		triple{"Meta", kg.InvestsIn, "Scale AI"}, 14.3e9, kg.Once},
	{"pay for capacity is a supply", "en", "OpenAI will pay $30 billion for Oracle's capacity.",
		triple{"Oracle", kg.SuppliesCompute, "OpenAI"}, 30e9, kg.Once},
	{"pay for chips is a supply", "en", "xAI paid $5 billion for Nvidia chips.",
		triple{"Nvidia", kg.SuppliesCompute, "xAI"}, 5e9, kg.Once},

	// ---- Arabic: money paid "مقابل"/"لقاء" a company named whole buys it
	{"ar pay muqabil company", "ar", "ستدفع غوغل 32 مليار دولار مقابل شركة Wiz.",
		triple{"Google", kg.Acquires, "Wiz"}, 32e9, kg.Once},
	{"ar paid cash muqabil", "ar", "دفعت إنفيديا 6.9 مليار دولار نقداً مقابل Mellanox عام 2020.",
		triple{"Nvidia", kg.Acquires, "Mellanox"}, 6.9e9, kg.Once},
	{"ar paid liqaa", "ar", "دفعت أبل نحو 3 مليارات دولار لقاء شركة Beats.",
		triple{"Apple", kg.Acquires, "Beats"}, 3e9, kg.Once},
	{"ar pay for a stake", "ar", "ستدفع ميتا 14.3 مليار دولار مقابل حصة 49% في Scale AI.",
		triple{"Meta", kg.InvestsIn, "Scale AI"}, 14.3e9, kg.Once},

	// ---- among a trigger's objects the one right before "for $N" is the
	// one priced; a list before it shares an aggregate nobody owns alone
	{"priced object before for", "en", "SoftBank agreed to buy Ampere Computing for $6.5 billion, and Oracle, an Ampere investor, will sell its stake.",
		triple{"SoftBank", kg.Acquires, "Ampere Computing"}, 6.5e9, kg.Once},
	{"a list before for is an aggregate", "en", "Google agreed to buy Wiz and Lookout for $32 billion.",
		triple{"Google", kg.Acquires, "Wiz"}, 0, ""},

	// ---- "worth" in an apposition after the deal and its party, and a
	// licence or partnership deal's own worth; a company is "valued at"
	{"apposition worth", "en", "Nvidia signed a contract with Groq, worth about $20 billion.",
		triple{"Nvidia", kg.PartnersWith, "Groq"}, 20e9, kg.Once},
	{"licensing deal apposition worth", "en", "Nvidia's licensing deal with Groq, worth about $20 billion, is its largest ever.",
		triple{"Nvidia", kg.PartnersWith, "Groq"}, 20e9, kg.Once},
	{"licensing agreement is worth", "en", "Nvidia's licensing agreement with Groq is worth about $20 billion.",
		triple{"Nvidia", kg.PartnersWith, "Groq"}, 20e9, kg.Once},
	{"apposition valued at is the company's", "en", "OpenAI struck a deal with Anthropic, valued at $183 billion, to share safety research.",
		triple{"OpenAI", kg.PartnersWith, "Anthropic"}, 0, ""},

	// ---- an investor's part of a round ("$30bn of the $40bn", "منها")
	// is its amount, in the round's sentence or the next
	{"share of the round next sentence", "en", "OpenAI raised $40 billion in a round led by SoftBank. SoftBank will provide $30 billion of the $40 billion, with the rest from other investors.",
		triple{"SoftBank", kg.InvestsIn, "OpenAI"}, 30e9, kg.Once},
	{"which will provide of the total", "en", "OpenAI is raising $40 billion in a round led by SoftBank, which will provide $30 billion of the total.",
		triple{"SoftBank", kg.InvestsIn, "OpenAI"}, 30e9, kg.Once},
	{"ar pro-drop minha", "ar", "قادت سوفت بنك جولة تمويل OpenAI البالغة 40 مليار دولار، وستساهم بـ30 مليار دولار منها.",
		triple{"SoftBank", kg.InvestsIn, "OpenAI"}, 30e9, kg.Once},
	{"ar allati minha", "ar", "جمعت OpenAI أربعين مليار دولار في جولة قادتها سوفت بنك، التي ستقدم 30 مليار دولار منها.",
		triple{"SoftBank", kg.InvestsIn, "OpenAI"}, 30e9, kg.Once},
	{"lead without a share keeps the round", "en", "OpenAI raised $40 billion in a round led by SoftBank. Microsoft also took part.",
		triple{"SoftBank", kg.InvestsIn, "OpenAI"}, 40e9, kg.Once},

	// ---- a deal phrase that modifies the clause before it, over
	// compound adjectives and a relative clause of its own
	{"cash-and-stock deal valued at", "en", "AMD said it would acquire ZT Systems in a cash-and-stock deal valued at $4.9 billion, including a contingent payment of up to $400 million.",
		triple{"AMD", kg.Acquires, "ZT Systems"}, 4.9e9, kg.Once},
	{"landmark deal worth", "en", "Microsoft bought Activision in a landmark deal worth $69 billion.",
		triple{"Microsoft", kg.Acquires, "Activision"}, 69e9, kg.Once},
	{"transaction that sources valued", "en", "Nvidia will buy Run:ai in a transaction that people familiar with the matter valued at roughly $700 million.",
		triple{"Nvidia", kg.Acquires, "Run:ai"}, 700e6, kg.Once},
	{"relative clause after the party is its valuation", "en", "Nvidia signed a deal with Groq, which analysts say is valued at $6.9 billion.",
		triple{"Nvidia", kg.PartnersWith, "Groq"}, 0, ""},
}

func TestDealValues(t *testing.T) {
	runAmountCases(t, dealValueCases)
}

func runAmountCases(t *testing.T, cases []amountCase) {
	t.Helper()
	x := newX(t)
	for _, c := range cases {
		ex := extractOK(t, x, c.lang, c.text)
		r := find(ex, c.rel.src, c.rel.typ, c.rel.dst)
		if r == nil && c.rel.typ.Symmetric() {
			r = find(ex, c.rel.dst, c.rel.typ, c.rel.src)
		}
		if r == nil {
			t.Errorf("%s: %s\n  no %s; got:%s", c.name, c.text, c.rel, listRels(ex))
			continue
		}
		u, ok := r.Figures.USD()
		switch {
		case c.usd == 0 && ok:
			t.Errorf("%s: %s\n  %s got amount %v, want none", c.name, c.text, c.rel, u)
		case c.usd != 0 && (!ok || math.Abs(u-c.usd) > c.usd*1e-6):
			t.Errorf("%s: %s\n  %s amount %v (%v), want %v", c.name, c.text, c.rel, u, ok, c.usd)
		case c.usd != 0 && c.per != "" && r.Figures.Period != c.per:
			t.Errorf("%s: %s\n  %s period %q, want %q", c.name, c.text, c.rel, r.Figures.Period, c.per)
		}
	}
}

// TestPaidIsNoPurchase: paying for another company's products or capacity
// buys no company.
func TestPaidIsNoPurchase(t *testing.T) {
	runPartyCases(t, []partyCase{
		{"pay for capacity", "en", "OpenAI will pay $30 billion for Oracle's capacity.", nil,
			[]triple{{"OpenAI", kg.Acquires, "Oracle"}}},
		{"pay for chips", "en", "xAI paid $5 billion for Nvidia chips.", nil,
			[]triple{{"xAI", kg.Acquires, "Nvidia"}}},
		{"pay for models", "en", "Microsoft paid $650 million for Inflection AI's models and hired its staff.", nil,
			[]triple{{"Microsoft", kg.Acquires, "Inflection AI"}}},
		{"pay for a stake", "en", "Meta will pay $14.3 billion for a 49% stake in Scale AI.", nil,
			[]triple{{"Meta", kg.Acquires, "Scale AI"}}},
		{"ar pay for chips", "ar", "دفعت xAI خمسة مليارات دولار مقابل رقائق إنفيديا.", nil,
			[]triple{{"xAI", kg.Acquires, "Nvidia"}}},
		{"ar pay for compute", "ar", "ستدفع OpenAI لأوراكل نحو 30 مليار دولار سنوياً مقابل قدرات حوسبة.", nil,
			[]triple{{"OpenAI", kg.Acquires, "Oracle"}}},
	})
}
