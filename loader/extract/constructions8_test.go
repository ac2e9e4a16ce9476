package extract_test

import (
	"testing"

	"github.com/aikg/aikg/kg"
)

// descriptionCases: a definite description ("the Saudi company", "the
// chipmaker", "الشركة الإماراتية", "صانعة الرقائق") refers back to the
// last organisation whose gazetteer country or tag fits it; when none
// fits, it gives no party rather than the article's topic.
var descriptionCases = []partyCase{
	{"en nationality resolves", "en", "Nvidia invested in Humain. The Saudi company plans to build data centers with AMD.",
		[]triple{{"Nvidia", kg.InvestsIn, "Humain"}}, []triple{{"AMD", kg.SuppliesCompute, "Nvidia"}}},
	{"en nationality no fit", "en", "Nvidia invested in OpenAI. The Saudi company plans to build data centers with AMD.",
		[]triple{{"Nvidia", kg.InvestsIn, "OpenAI"}}, []triple{{"AMD", kg.SuppliesCompute, "Nvidia"}, {"AMD", kg.SuppliesCompute, "OpenAI"}}},
	{"en emirati buyer", "en", "Microsoft invested in G42. The Emirati company will buy chips from Nvidia.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "G42"}}, []triple{{"Nvidia", kg.SuppliesCompute, "Microsoft"}}},
	{"en chipmaker", "en", "OpenAI signed a deal with Nvidia. The chipmaker will invest $100 billion in OpenAI.",
		[]triple{{"Nvidia", kg.InvestsIn, "OpenAI"}}, nil},
	{"en neocloud", "en", "Meta met CoreWeave. The neocloud signed a $14 billion deal to supply compute to Meta.",
		[]triple{{"CoreWeave", kg.SuppliesCompute, "Meta"}}, nil},
	{"en chipmaker no fit", "en", "OpenAI talked to Microsoft. The chipmaker will supply GPUs to OpenAI.",
		nil, []triple{{"Microsoft", kg.SuppliesCompute, "OpenAI"}}},
	{"ar nationality resolves", "ar", "استثمرت إنفيديا في هيوماين. ووقعت الشركة السعودية اتفاقية شراكة مع أمازون.",
		[]triple{{"Amazon", kg.PartnersWith, "Humain"}}, []triple{{"Amazon", kg.PartnersWith, "Nvidia"}}},
	{"ar emirati buyer", "ar", "استثمرت مايكروسوفت في جي42. وقالت الشركة الإماراتية إنها ستشتري رقائق من إنفيديا.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "G42"}}, []triple{{"Nvidia", kg.SuppliesCompute, "Microsoft"}}},
	{"ar chipmaker", "ar", "وقعت OpenAI اتفاقاً مع إنفيديا. وستستثمر صانعة الرقائق 100 مليار دولار في OpenAI.",
		[]triple{{"Nvidia", kg.InvestsIn, "OpenAI"}}, nil},
	{"ar nationality no fit", "ar", "استثمرت أمازون في OpenAI. ووقعت الشركة السعودية اتفاقية شراكة مع إنفيديا.",
		nil, []triple{{"Nvidia", kg.PartnersWith, "Amazon"}, {"Nvidia", kg.PartnersWith, "OpenAI"}}},
}

func TestDefiniteDescriptions(t *testing.T) {
	runPartyCases(t, descriptionCases)
}

// partyCase is one sentence with the relations it must give and those it
// must not; runPartyCases checks a table of them.
type partyCase struct {
	name string
	lang string
	text string
	want []triple
	not  []triple
}

func runPartyCases(t *testing.T, cases []partyCase) {
	t.Helper()
	x := newX(t)
	for _, tc := range cases {
		ex := extractOK(t, x, tc.lang, tc.text)
		for _, w := range tc.want {
			r := find(ex, w.src, w.typ, w.dst)
			if r == nil && w.typ.Symmetric() {
				r = find(ex, w.dst, w.typ, w.src)
			}
			if r == nil {
				t.Errorf("%s: %s\n  want %s; got:%s", tc.name, tc.text, w, listRels(ex))
			}
		}
		for _, n := range tc.not {
			if find(ex, n.src, n.typ, n.dst) != nil || (n.typ.Symmetric() && find(ex, n.dst, n.typ, n.src) != nil) {
				t.Errorf("%s: %s\n  must not give %s; got:%s", tc.name, tc.text, n, listRels(ex))
			}
		}
	}
}

// computeProductCases: a chip or cloud product (gazetteer PRODUCT tagged
// "chips"/"cloud" or made by a chipmaker) right after a supply verb makes
// it a compute supply; Arabic "إلى"/"ل" after the product names the
// customer. A product named elsewhere in the sentence does not.
var computeProductCases = []partyCase{
	{"en supply TPUs", "en", "Google will supply TPUs to Anthropic.",
		[]triple{{"Google", kg.SuppliesCompute, "Anthropic"}}, nil},
	{"en provide Trainium", "en", "Amazon will provide Trainium to Anthropic.",
		[]triple{{"Amazon", kg.SuppliesCompute, "Anthropic"}}, nil},
	{"en supply Blackwell GPUs", "en", "Nvidia said it will supply Blackwell GPUs to xAI.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "xAI"}}, nil},
	{"en product elsewhere", "en", "Microsoft will provide support to OpenAI, which trains its models on H100 clusters.",
		nil, []triple{{"Microsoft", kg.SuppliesCompute, "OpenAI"}}},
	{"ar chips product to", "ar", "تورد إنفيديا رقائق بلاكويل إلى هيوماين.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "Humain"}}, []triple{{"Humain", kg.SuppliesCompute, "Nvidia"}}},
	{"ar chips to", "ar", "تورد إنفيديا رقائق إلى هيوماين.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "Humain"}}, nil},
	{"ar product for", "ar", "ستورد AMD معالجات MI450 لشركة OpenAI.",
		[]triple{{"AMD", kg.SuppliesCompute, "OpenAI"}}, nil},
	{"ar chip supplied is its maker's", "ar", "أعلنت هيوماين عن صفقة كبرى. وستحصل الشركة السعودية على 18 ألف شريحة من طراز GB300 لمراكز بياناتها.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "Humain"}}, []triple{{"GB300", kg.SuppliesCompute, "Humain"}}},
	{"en chip supplied is its maker's", "en", "Humain will receive 18,000 GB300 chips for its data centers.",
		nil, []triple{{"GB300", kg.SuppliesCompute, "Humain"}}},
}

func TestComputeProducts(t *testing.T) {
	runPartyCases(t, computeProductCases)
}

// heldInvestmentCases: a stated background investment ("has invested",
// "having invested", "the biggest investor … with $13bn", "المستثمر الأكبر
// … حيث تصل قيمة استثماراتها") is COMPLETED; a future one is not.
var heldInvestmentCases = []struct {
	name string
	lang string
	text string
	want kg.DealStatus
}{
	{"en having invested", "en", "Microsoft, having invested $13bn in OpenAI, wants a say.", kg.Completed},
	{"en has invested", "en", "Microsoft has invested about $13 billion in OpenAI.", kg.Completed},
	{"en biggest backer with", "en", "Microsoft, OpenAI's biggest backer with $13 billion, objected.", kg.Completed},
	{"en will become investor", "en", "Nvidia will become an investor in xAI with $2 billion.", kg.Announced},
	{"ar biggest investor investments", "ar", "يتطلب هذا التحول موافقة مايكروسوفت، التي تُعد المستثمر الأكبر في OpenAI، حيث تصل قيمة استثماراتها إلى نحو 13 مليار دولار.", kg.Completed},
	{"ar biggest investor with investments", "ar", "أمازون هي المستثمر الأكبر في أنثروبيك باستثمارات تبلغ 8 مليارات دولار.", kg.Completed},
	{"ar had invested", "ar", "وكانت مايكروسوفت قد استثمرت 13 مليار دولار في OpenAI.", kg.Completed},
}

func TestHeldInvestmentStatus(t *testing.T) {
	x := newX(t)
	for _, tc := range heldInvestmentCases {
		ex := extractOK(t, x, tc.lang, tc.text)
		var r *kg.Relationship
		for i := range ex.Relationships {
			if ex.Relationships[i].Type == kg.InvestsIn {
				r = &ex.Relationships[i]
			}
		}
		if r == nil {
			t.Errorf("%s: %s\n  no INVESTS_IN; got:%s", tc.name, tc.text, listRels(ex))
			continue
		}
		if got := r.Evidence[0].Status; got != tc.want {
			t.Errorf("%s: %s\n  status %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

// membershipCases: the members a consortium's name or noun introduces
// ("whose members include", "members of X include", "التي تضم") are its
// partners; a company's customers are not its members.
var membershipCases = []partyCase{
	{"en members of include", "en", "Members of the AI Infrastructure Partnership include BlackRock, Microsoft and MGX.",
		[]triple{{"BlackRock", kg.PartnersWith, "AI Infrastructure Partnership"}, {"Microsoft", kg.PartnersWith, "AI Infrastructure Partnership"}, {"MGX", kg.PartnersWith, "AI Infrastructure Partnership"}}, nil},
	{"en whose members include", "en", "The AI Infrastructure Partnership, whose members include BlackRock, Microsoft and MGX, plans to invest $30bn.",
		[]triple{{"BlackRock", kg.PartnersWith, "AI Infrastructure Partnership"}, {"MGX", kg.PartnersWith, "AI Infrastructure Partnership"}}, nil},
	{"en consortium noun", "en", "The consortium Stargate includes OpenAI, SoftBank and Oracle.",
		[]triple{{"SoftBank", kg.PartnersWith, "Stargate"}, {"Oracle", kg.PartnersWith, "Stargate"}}, nil},
	{"en customers are no members", "en", "Nvidia's customers include Microsoft, Meta and Oracle.",
		nil, []triple{{"Microsoft", kg.PartnersWith, "Nvidia"}, {"Meta", kg.PartnersWith, "Nvidia"}}},
	{"ar that includes", "ar", "انضمت إنفيديا إلى شراكة البنية التحتية للذكاء الاصطناعي التي تضم بلاك روك ومايكروسوفت وMGX.",
		[]triple{{"BlackRock", kg.PartnersWith, "AI Infrastructure Partnership"}, {"Microsoft", kg.PartnersWith, "AI Infrastructure Partnership"}, {"MGX", kg.PartnersWith, "AI Infrastructure Partnership"}}, nil},
	{"ar consortium noun", "ar", "يقف وراء المشروع تحالف ستارجيت الذي يضم OpenAI وسوفت بنك وأوراكل.",
		[]triple{{"SoftBank", kg.PartnersWith, "Stargate"}, {"Oracle", kg.PartnersWith, "Stargate"}}, nil},
}

func TestMemberships(t *testing.T) {
	runPartyCases(t, membershipCases)
}
