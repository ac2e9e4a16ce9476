package extract_test

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader/extract"
)

func article(lang, text string) *kg.Article {
	sum := sha256.Sum256([]byte(text))
	return &kg.Article{ID: "test:" + hex.EncodeToString(sum[:6]), Lang: lang, Published: "2025-07-20", Text: text, Hash: "sha256:" + hex.EncodeToString(sum[:])}
}

func extractOK(t *testing.T, x *extract.Extractor, lang, text string) *kg.Extraction {
	t.Helper()
	ex := x.Extract(article(lang, text))
	if err := kg.Prepare(ex); err != nil {
		t.Fatalf("Prepare: %v\ntext: %s", err, text)
	}
	return ex
}

type triple struct {
	src string
	typ kg.RelationType
	dst string
}

func (tr triple) String() string { return tr.src + " " + string(tr.typ) + " " + tr.dst }

func listRels(x *kg.Extraction) string {
	var b strings.Builder
	for _, r := range x.Relationships {
		b.WriteString("\n  " + r.SourceID + " " + string(r.Type) + " " + r.TargetID)
	}
	return b.String()
}

// relationCases: each sentence must yield the listed relations (it may
// yield others: negative cases are separate).
var relationCases = []struct {
	lang string
	text string
	want []triple
}{
	// ---- INVESTS_IN, English
	{"en", "Microsoft invested $10 billion in OpenAI in January 2023.", []triple{{"Microsoft", kg.InvestsIn, "OpenAI"}}},
	{"en", "Nvidia has invested in CoreWeave and owns a stake of about 7%.", []triple{{"Nvidia", kg.InvestsIn, "CoreWeave"}}},
	{"en", "Anthropic, which is backed by Amazon and Google, released a new model.", []triple{{"Amazon", kg.InvestsIn, "Anthropic"}, {"Google", kg.InvestsIn, "Anthropic"}}},
	{"en", "Mistral AI raised €600 million from investors including General Catalyst and Nvidia.", []triple{{"General Catalyst", kg.InvestsIn, "Mistral AI"}, {"Nvidia", kg.InvestsIn, "Mistral AI"}}},
	{"en", "Amazon will pour another $4 billion into Anthropic.", []triple{{"Amazon", kg.InvestsIn, "Anthropic"}}},
	{"en", "OpenAI raised $40 billion. SoftBank led the round, with participation from Microsoft and Thrive Capital.", []triple{{"Microsoft", kg.InvestsIn, "OpenAI"}}},
	{"en", "Microsoft is the largest investor in OpenAI.", []triple{{"Microsoft", kg.InvestsIn, "OpenAI"}}},
	{"en", "Google took a 10% stake in Anthropic last year.", []triple{{"Google", kg.InvestsIn, "Anthropic"}}},
	// ---- INVESTS_IN, Arabic
	{"ar", "استثمرت مايكروسوفت 10 مليارات دولار في OpenAI مطلع العام.", []triple{{"Microsoft", kg.InvestsIn, "OpenAI"}}},
	{"ar", "وكانت إنفيديا قد استثمرت في CoreWeave العام الماضي.", []triple{{"Nvidia", kg.InvestsIn, "CoreWeave"}}},
	{"ar", "تعد مايكروسوفت المستثمر الأكبر في OpenAI.", []triple{{"Microsoft", kg.InvestsIn, "OpenAI"}}},
	{"ar", "وتبلغ استثمارات أمازون في أنثروبيك 8 مليارات دولار.", []triple{{"Amazon", kg.InvestsIn, "Anthropic"}}},
	{"ar", "ضخت سوفت بنك 30 مليار دولار في OpenAI.", []triple{{"SoftBank", kg.InvestsIn, "OpenAI"}}},
	{"ar", "وتحظى الشركة الناشئة ميسترال بدعم من إنفيديا.", []triple{{"Nvidia", kg.InvestsIn, "Mistral AI"}}},
	// ---- ACQUIRES
	{"en", "Nvidia acquired Run:ai for $700 million.", []triple{}},
	{"en", "OpenAI agreed to acquire Windsurf for about $3 billion.", []triple{{"OpenAI", kg.Acquires, "Windsurf"}}},
	{"en", "Windsurf was acquired by Cognition in July.", []triple{{"Cognition", kg.Acquires, "Windsurf"}}},
	{"en", "AMD completed its acquisition of ZT Systems.", []triple{{"AMD", kg.Acquires, "ZT Systems"}}},
	{"en", "Meta bought a stake in Scale AI, while Cognition bought Windsurf.", []triple{{"Cognition", kg.Acquires, "Windsurf"}}},
	{"ar", "استحوذت Cognition على ويندسيرف بعد انهيار صفقة OpenAI.", []triple{{"Cognition", kg.Acquires, "Windsurf"}}},
	{"ar", "وأتمت AMD صفقة استحواذها على ZT Systems.", []triple{{"AMD", kg.Acquires, "ZT Systems"}}},
	{"ar", "اشترت إنفيديا شركة Run:ai الإسرائيلية.", []triple{}},
	{"ar", "وتسعى OpenAI إلى الاستحواذ على ويندسيرف مقابل 3 مليارات دولار.", []triple{{"OpenAI", kg.Acquires, "Windsurf"}}},
	// ---- SUPPLIES_COMPUTE
	{"en", "Oracle will provide 4.5 gigawatts of capacity to OpenAI.", []triple{{"Oracle", kg.SuppliesCompute, "OpenAI"}}},
	{"en", "OpenAI will rent GPUs from CoreWeave under a five-year contract.", []triple{{"CoreWeave", kg.SuppliesCompute, "OpenAI"}}},
	{"en", "Google Cloud became a cloud provider for OpenAI.", []triple{{"Google Cloud", kg.SuppliesCompute, "OpenAI"}}},
	{"en", "Nvidia signed a deal to supply chips to Humain.", []triple{{"Nvidia", kg.SuppliesCompute, "Humain"}}},
	{"en", "Meta signed a $14 billion compute deal with CoreWeave.", []triple{{"CoreWeave", kg.SuppliesCompute, "Meta"}}},
	{"ar", "وقّعت OpenAI اتفاقاً مع أوراكل لتوفير قدرة حوسبية تبلغ 4.5 غيغاواط.", []triple{{"Oracle", kg.SuppliesCompute, "OpenAI"}}},
	{"ar", "ستوفر إنفيديا رقائق لشركة هيوماين السعودية.", []triple{{"Nvidia", kg.SuppliesCompute, "Humain"}}},
	{"ar", "وتستأجر OpenAI قدرات حوسبية من CoreWeave.", []triple{{"CoreWeave", kg.SuppliesCompute, "OpenAI"}}},
	{"ar", "أضافت أنثروبيك جوجل إلى مزودي خدماتها السحابية.", []triple{{"Google", kg.SuppliesCompute, "Anthropic"}}},
	// ---- PARTNERS_WITH
	{"en", "Apple partnered with Alibaba to bring AI features to iPhones in China.", []triple{{"Apple", kg.PartnersWith, "Alibaba"}}},
	{"en", "G42 announced a strategic partnership with Microsoft.", []triple{{"G42", kg.PartnersWith, "Microsoft"}}},
	{"ar", "أعلنت G42 عن شراكة استراتيجية مع مايكروسوفت.", []triple{{"G42", kg.PartnersWith, "Microsoft"}}},
	{"ar", "وتعد العلاقة بين مايكروسوفت وOpenAI من أبرز الشراكات في القطاع.", []triple{{"Microsoft", kg.PartnersWith, "OpenAI"}}},
	{"ar", "وتتعاون سامسونج مع OpenAI في تطوير مراكز بيانات عائمة.", []triple{{"Samsung Electronics", kg.PartnersWith, "OpenAI"}}},
	// ---- OWNS
	{"en", "MGX is owned by Mubadala and G42.", []triple{{"Mubadala", kg.Owns, "MGX"}, {"G42", kg.Owns, "MGX"}}},
	{"en", "Google, a unit of Alphabet, makes Gemini.", []triple{{"Alphabet", kg.Owns, "Google"}}},
	{"en", "Annapurna Labs, Amazon's chip design subsidiary, builds Trainium.", []triple{{"Amazon", kg.Owns, "Annapurna Labs"}}},
	{"ar", "شركة MGX المملوكة لصندوق أبوظبي السيادي.", []triple{{"Abu Dhabi Investment Authority", kg.Owns, "MGX"}}},
	{"ar", "وتعمل خزنة لمراكز البيانات التابعة لمجموعة G42 على بناء المجمع.", []triple{{"G42", kg.Owns, "Khazna"}}},
	// ---- LEADS
	{"en", "OpenAI chief executive Sam Altman said the company needs more compute.", []triple{{"Sam Altman", kg.Leads, "OpenAI"}}},
	{"en", "Satya Nadella, Microsoft's CEO, praised the deal.", []triple{{"Satya Nadella", kg.Leads, "Microsoft"}}},
	{"en", "Jensen Huang, CEO of Nvidia, spoke in Taipei.", []triple{{"Jensen Huang", kg.Leads, "Nvidia"}}},
	{"en", "Safe Superintelligence was founded by Ilya Sutskever.", []triple{{"Ilya Sutskever", kg.Leads, "Safe Superintelligence"}}},
	{"en", "The startup's founder Jane Doakes said Nova Labs would expand.", []triple{}},
	{"ar", "قال الرئيس التنفيذي لـ OpenAI، سام ألتمان، إن الطلب كبير.", []triple{{"Sam Altman", kg.Leads, "OpenAI"}}},
	{"ar", "وقال جنسن هوانغ، الرئيس التنفيذي لإنفيديا، إن الطلب يفوق العرض.", []triple{{"Jensen Huang", kg.Leads, "Nvidia"}}},
	{"ar", "وأكد الرئيس التنفيذي لشركة مايكروسوفت ساتيا ناديلا أهمية الاتفاق.", []triple{{"Satya Nadella", kg.Leads, "Microsoft"}}},
	// ---- OPERATES
	{"en", "OpenAI operates ChatGPT, which has 700 million weekly users.", []triple{{"OpenAI", kg.Operates, "ChatGPT"}}},
	{"en", "Claude, developed by Anthropic, competes with ChatGPT.", []triple{{"Anthropic", kg.Operates, "Claude"}}},
	{"en", "ChatGPT maker OpenAI said on Monday it would expand.", []triple{{"OpenAI", kg.Operates, "ChatGPT"}}},
	{"ar", "مشروع ستارجيت الذي أطلقته OpenAI في يناير.", []triple{{"OpenAI", kg.Operates, "Stargate"}}},
	{"ar", "أطلقت OpenAI مشروع ستارجيت مع سوفت بنك وأوراكل.", []triple{{"OpenAI", kg.Operates, "Stargate"}}},
	// ---- COMPETES_WITH
	{"en", "Anthropic competes with OpenAI for enterprise customers.", []triple{{"Anthropic", kg.CompetesWith, "OpenAI"}}},
	{"en", "OpenAI rival Anthropic raised new funds.", []triple{{"OpenAI", kg.CompetesWith, "Anthropic"}}},
	{"ar", "تنافس جوجل شركة OpenAI في سوق النماذج.", []triple{{"Google", kg.CompetesWith, "OpenAI"}}},
	// ---- LOCATED_IN
	{"en", "Paris-based Mistral AI released a new model.", []triple{{"Mistral AI", kg.LocatedIn, "Paris"}}},
	{"en", "Cohere, which is headquartered in Toronto, raised $500 million.", []triple{{"Cohere", kg.LocatedIn, "Toronto"}}},
	{"ar", "وتتخذ G42 ومقرها أبوظبي خطوات للتوسع.", []triple{{"G42", kg.LocatedIn, "Abu Dhabi"}}},
	// ---- coordination
	{"en", "Microsoft, Nvidia and SoftBank invested in OpenAI's latest round.", []triple{{"Microsoft", kg.InvestsIn, "OpenAI"}, {"Nvidia", kg.InvestsIn, "OpenAI"}, {"SoftBank", kg.InvestsIn, "OpenAI"}}},
	{"ar", "وتنضم جوجل إلى قائمة تشمل أوراكل، ومايكروسوفت، وCoreWeave، في تقديم الدعم الحوسبي لـ OpenAI.", []triple{{"Google", kg.SuppliesCompute, "OpenAI"}, {"Oracle", kg.SuppliesCompute, "OpenAI"}, {"Microsoft", kg.SuppliesCompute, "OpenAI"}, {"CoreWeave", kg.SuppliesCompute, "OpenAI"}}},
	// ---- unknown entities
	{"en", "Nvidia invested in the startup Lumora Robotics last month.", []triple{{"Nvidia", kg.InvestsIn, "Lumora Robotics"}}},
	{"ar", "استحوذت مايكروسوفت على شركة “نوفاتك” الناشئة.", []triple{{"Microsoft", kg.Acquires, "نوفاتك"}}},
}

func TestRelationTable(t *testing.T) {
	x := newX(t)
	for _, tc := range relationCases {
		ex := extractOK(t, x, tc.lang, tc.text)
		for _, w := range tc.want {
			if find(ex, w.src, w.typ, w.dst) == nil {
				t.Errorf("%s\n  want %s; got:%s", tc.text, w, listRels(ex))
			}
		}
	}
}

// negativeCases must not yield the listed relations.
var negativeCases = []struct {
	lang string
	text string
	not  []triple
}{
	// co-mention only
	{"en", "Shares of Nvidia, Arm and Dell also gained on Tuesday.", []triple{{"Nvidia", kg.PartnersWith, "Arm"}, {"Nvidia", kg.InvestsIn, "Arm"}}},
	{"ar", "وارتفعت أسهم إنفيديا وإنتل وAMD في تعاملات الثلاثاء.", []triple{{"Nvidia", kg.PartnersWith, "Intel"}}},
	{"en", "Microsoft and Google reported earnings on the same day.", []triple{{"Microsoft", kg.PartnersWith, "Google"}}},
	{"ar", "شركات مثل مايكروسوفت وأمازون وغوغل أعلنت خططاً منفصلة للإنفاق.", []triple{{"Microsoft", kg.PartnersWith, "Amazon"}}},
	// a supply deal is not also a partnership
	{"en", "Oracle signed a deal with OpenAI to supply 4.5 gigawatts of computing capacity.", []triple{{"OpenAI", kg.PartnersWith, "Oracle"}}},
	// a person cannot acquire; the place is not an investee
	{"en", "Elon Musk said xAI would build a data center in Memphis.", []triple{{"xAI", kg.InvestsIn, "Memphis"}}},
	// the reporting agency takes part in nothing
	{"ar", "وأفادت وكالة رويترز أن مايكروسوفت استثمرت في OpenAI.", []triple{{"Reuters", kg.InvestsIn, "OpenAI"}}},
}

func TestNegativeCases(t *testing.T) {
	x := newX(t)
	for _, tc := range negativeCases {
		ex := extractOK(t, x, tc.lang, tc.text)
		for _, n := range tc.not {
			if find(ex, n.src, n.typ, n.dst) != nil {
				t.Errorf("%s\n  must not give %s", tc.text, n)
			}
		}
	}
}

// partnerCases are the constructions news uses for partnerships besides
// the word "partnership" itself: joint launches, licences, consortium
// membership, collaborations, memoranda.
var partnerCases = []struct {
	lang   string
	text   string
	want   []triple
	status kg.DealStatus
}{
	{"en", "Nvidia and Mistral AI unveiled a new sovereign cloud for European businesses.", []triple{{"Nvidia", kg.PartnersWith, "Mistral AI"}}, ""},
	{"en", "Microsoft and G42 launched a joint offering for customers in the Gulf.", []triple{{"Microsoft", kg.PartnersWith, "G42"}}, ""},
	{"en", "Samsung Electronics teamed up with Perplexity to build an assistant into its phones.", []triple{{"Samsung Electronics", kg.PartnersWith, "Perplexity"}}, ""},
	{"en", "The collaboration between Nvidia and Intel covers custom data center chips.", []triple{{"Nvidia", kg.PartnersWith, "Intel"}}, ""},
	{"en", "Google agreed to license Windsurf's technology for $2.4 billion.", []triple{{"Google", kg.PartnersWith, "Windsurf"}}, ""},
	{"en", "Microsoft paid Inflection AI $650 million to license its models.", []triple{{"Microsoft", kg.PartnersWith, "Inflection AI"}}, ""},
	{"en", "The partnership includes MGX, BlackRock and Microsoft.", nil, ""},
	{"en", "Arm, Microsoft and Nvidia were named technology partners of Stargate.", []triple{{"Arm", kg.PartnersWith, "Stargate"}, {"Microsoft", kg.PartnersWith, "Stargate"}, {"Nvidia", kg.PartnersWith, "Stargate"}}, ""},
	{"en", "SK Telecom signed a memorandum of understanding with OpenAI on AI services.", []triple{{"SK Telecom", kg.PartnersWith, "OpenAI"}}, kg.Announced},
	{"ar", "أطلقت مايكروسوفت وG42 منصة مشتركة للحوسبة السيادية.", []triple{{"Microsoft", kg.PartnersWith, "G42"}}, ""},
	{"ar", "وقّعت سامسونج مذكرة تفاهم مع OpenAI لتطوير مراكز بيانات عائمة.", []triple{{"Samsung Electronics", kg.PartnersWith, "OpenAI"}}, kg.Announced},
	{"ar", "وأعلنت جامعة محمد بن زايد للذكاء الاصطناعي عن إطلاق نموذج جديد بالتعاون مع G42.", []triple{{"MBZUAI", kg.PartnersWith, "G42"}}, ""},
	{"ar", "وتأتي الخطوة في إطار شراكة استراتيجية بين إنفيديا وهيوماين.", []triple{{"Nvidia", kg.PartnersWith, "Humain"}}, ""},
	{"ar", "وتنضم سيسكو وسوفت بنك إلى المشروع بصفتهما شريكين تقنيين في مشروع ستارغيت.", []triple{{"Cisco", kg.PartnersWith, "Stargate"}, {"SoftBank", kg.PartnersWith, "Stargate"}}, ""},
	{"ar", "وأعلنت مايكروسوفت عن تحالف يضم بلاك روك وMGX وإنفيديا.", []triple{{"BlackRock", kg.PartnersWith, "Microsoft"}}, ""},
}

func TestPartnerConstructions(t *testing.T) {
	x := newX(t)
	for _, tc := range partnerCases {
		ex := extractOK(t, x, tc.lang, tc.text)
		for _, w := range tc.want {
			r := find(ex, w.src, w.typ, w.dst)
			if r == nil {
				r = find(ex, w.dst, w.typ, w.src)
			}
			if r == nil {
				t.Errorf("%s\n  want %s; got:%s", tc.text, w, listRels(ex))
			} else if tc.status != "" && r.Status != tc.status {
				t.Errorf("%s\n  %s status %q, want %q", tc.text, w, r.Status, tc.status)
			}
		}
	}
}
