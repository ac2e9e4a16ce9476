package extract_test

import (
	"testing"

	"github.com/aikg/aikg/kg"
)

// computeCases: compute supply, operators, roles, places and names as the
// press writes them. Each construction has several phrasings (other
// companies, verb forms, word orders) and cases that must not fire.
var computeCases = []partyCase{
	// ---- an Arabic spelling glossed with its Latin name settles which
	// entity it is (غروك is Groq or xAI's Grok)
	{"gloss Groq", "ar", "وقّعت شركة «غروك» (Groq) الأمريكية اتفاقاً مع هيوماين. وقال جوناثان روس، مؤسس «غروك» ورئيسها التنفيذي، إن الطلب كبير.",
		[]triple{{"Jonathan Ross", kg.Leads, "Groq"}}, []triple{{"Jonathan Ross", kg.Leads, "Grok"}}},
	{"gloss Groq, rival", "ar", "تبيع «غروك» (Groq) رقائق الاستدلال. وتنافس «غروك» شركة إنفيديا في هذا السوق.",
		[]triple{{"Groq", kg.CompetesWith, "Nvidia"}}, []triple{{"Grok", kg.CompetesWith, "Nvidia"}}},
	{"gloss Grok", "ar", "حدّثت xAI روبوت الدردشة «غروك» (Grok) هذا الأسبوع. وتنافس «غروك» روبوت ChatGPT.",
		[]triple{{"Grok", kg.CompetesWith, "ChatGPT"}}, []triple{{"Groq", kg.CompetesWith, "ChatGPT"}}},

	// ---- a supply verb with a chip or cloud company as subject speaks of
	// compute without a compute word
	{"ar supplier subject, project", "ar", "أطلقت G42 مشروع ستارغيت الإمارات الشهر الماضي. وتورّد إنفيديا للمشروع أحدث أنظمتها.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "Stargate UAE"}}, nil},
	{"ar supplier subject, company", "ar", "ستزوّد AMD شركة هيوماين بأحدث أنظمتها خلال العام المقبل.",
		[]triple{{"AMD", kg.SuppliesCompute, "Humain"}}, nil},
	{"en supplier subject", "en", "Nvidia will supply xAI with its newest systems next year.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "xAI"}}, nil},
	{"en supplier subject, Oracle", "en", "Oracle supplies OpenAI under a five-year arrangement.",
		[]triple{{"Oracle", kg.SuppliesCompute, "OpenAI"}}, nil},
	{"not a supplier subject: provide support", "en", "Nvidia will provide support to Mistral AI's engineers.",
		nil, []triple{{"Nvidia", kg.SuppliesCompute, "Mistral AI"}}},
	{"not a supplier subject: non-compute company", "ar", "تورّد أرامكو النفط لشركة هيوماين.",
		nil, []triple{{"Saudi Aramco", kg.SuppliesCompute, "Humain"}}},

	// ---- "X runs its work on Y's cloud": Y (or the cloud's maker) supplies X
	{"ar run apps on Azure", "ar", "ستشغّل G42 تطبيقاتها على منصة Azure السحابية التابعة لمايكروسوفت.",
		[]triple{{"Microsoft", kg.SuppliesCompute, "G42"}, {"Microsoft", kg.Operates, "Azure"}},
		[]triple{{"G42", kg.SuppliesCompute, "Microsoft"}}},
	{"en run apps on the Azure cloud", "en", "Under the agreement, G42 will run its applications on the Azure cloud.",
		[]triple{{"Microsoft", kg.SuppliesCompute, "G42"}}, nil},
	{"en train models on Azure", "en", "Mistral AI trains its models on Azure cloud, the startup said.",
		[]triple{{"Microsoft", kg.SuppliesCompute, "Mistral AI"}}, nil},
	{"not hosted: Azure named without on", "en", "G42 praised the Azure cloud in a statement.",
		nil, []triple{{"Microsoft", kg.SuppliesCompute, "G42"}}},
	{"owner of the cloud is no customer", "ar", "تعمل أنظمة G42 على خدمات Azure السحابية التابعة لمايكروسوفت منذ عامين.",
		nil, []triple{{"G42", kg.SuppliesCompute, "Microsoft"}}},

	// ---- "تشغّله X": the object pronoun is the project the text is about
	{"ar operates it, project", "ar", "كشفت G42 عن مشروع ستارغيت الإمارات في أبوظبي. وستتولى G42 بناء العنقود، على أن تشغّله OpenAI وأوراكل.",
		[]triple{{"OpenAI", kg.Operates, "Stargate UAE"}, {"Oracle", kg.Operates, "Stargate UAE"}}, nil},
	{"ar operates it, named project", "ar", "أعلنت مايكروسوفت عن مشروع «فاركون» للحوسبة. وتشغّله شركة نيبيوس منذ العام الماضي.",
		[]triple{{"Nebius", kg.Operates, "فاركون"}}, nil},
	{"ar operates it: a platform is not the project", "ar", "كشفت OpenAI عن مشروع ستارغيت الإمارات، أول توسع لمنصة «ستارغيت» خارج أمريكا. وستشغّله أوراكل.",
		[]triple{{"Oracle", kg.Operates, "Stargate UAE"}}, []triple{{"Oracle", kg.Operates, "Stargate"}}},
	{"ar no project, no operator", "ar", "قالت أوراكل إنها ستشغّله قريباً.",
		nil, []triple{{"Oracle", kg.Operates, "Stargate"}}},

	// ---- the operated thing described, then named
	{"ar operates, named supercomputer", "ar", "وتشغّل xAI في مدينة ممفيس حاسوباً فائقاً يحمل اسم «كولوسس» منذ العام الماضي.",
		[]triple{{"xAI", kg.Operates, "Colossus"}}, nil},
	{"ar launched, named model", "ar", "أطلقت شركة «نوفا» الناشئة نموذجاً لغوياً يحمل اسم «نجمة».",
		[]triple{{"نوفا", kg.Operates, "نجمة"}}, nil},
	{"en runs, called", "en", "xAI runs a supercomputer called Colossus in Memphis.",
		[]triple{{"xAI", kg.Operates, "Colossus"}}, nil},
	{"not named after the clause", "ar", "تشغّل أوراكل مراكز بيانات كثيرة. وتملك xAI حاسوباً يحمل اسم «كولوسس».",
		nil, []triple{{"Oracle", kg.Operates, "Colossus"}}},

	// ---- "يشغل/يتولى فلان منصب الرئيس التنفيذي لـ X": the name between
	// the verb of holding and "منصب"
	{"ar holds the post", "ar", "تأسست شركة «داتافولت» عام 2020. ويشغل راجيف مهتا منصب الرئيس التنفيذي لداتافولت.",
		[]triple{{"راجيف مهتا", kg.Leads, "Datavolt"}}, nil},
	{"ar holds the post, family name with the article", "ar", "تعمل MGX في أبوظبي. ويشغل سالم أحمد الكعبي منصب الرئيس التنفيذي لـ MGX.",
		[]triple{{"سالم أحمد الكعبي", kg.Leads, "MGX"}}, nil},
	{"ar takes the post, feminine", "ar", "وتتولى سارة خليل منصب الرئيسة التنفيذية لشركة «نوفا».",
		[]triple{{"سارة خليل", kg.Leads, "نوفا"}}, nil},
	{"ar a post without a holder verb", "ar", "أعلنت MGX أن منصب الرئيس التنفيذي شاغر.",
		nil, []triple{{"MGX", kg.Leads, "MGX"}}},

	// ---- "تتخذ من X مقراً (لها)": X is the seat
	{"ar takes as seat, relative", "ar", "أعلنت G42، التي تتخذ من أبوظبي مقراً لها، عن نموذج جديد.",
		[]triple{{"G42", kg.LocatedIn, "Abu Dhabi"}}, nil},
	{"ar takes as seat, VSO", "ar", "وتتخذ G42 من أبوظبي مقراً لها منذ تأسيسها.",
		[]triple{{"G42", kg.LocatedIn, "Abu Dhabi"}}, nil},
	{"ar takes as seat, anaphor", "ar", "أعلنت شركة «داتافولت» السعودية عن استثمار. ويقود الشركة، التي تتخذ من الرياض مقراً لها، رئيسها التنفيذي.",
		[]triple{{"Datavolt", kg.LocatedIn, "Riyadh"}}, nil},
	{"ar takes something else", "ar", "تتخذ G42 من الذكاء الاصطناعي محوراً لعملها في أبوظبي.",
		nil, []triple{{"G42", kg.LocatedIn, "Abu Dhabi"}}},
}

func TestComputeConstructions(t *testing.T) {
	runPartyCases(t, computeCases)
}

// TestProjectCapacity: a project introduced with its size ("عنقود … بقدرة
// 1 غيغاواط", "houses 100,000 GPUs") gives that size to its operators; an
// order of chips for it does not.
func TestProjectCapacity(t *testing.T) {
	x := newX(t)
	cases := []struct {
		name, lang, text string
		op, proj         string
		value            float64
		unit             string
	}{
		{"ar gigawatt cluster", "ar", "كشفت G42 عن مشروع ستارغيت الإمارات، وهو عنقود حوسبة بقدرة 1 غيغاواط. وستتولى G42 بناء العنقود، على أن تشغّله OpenAI.",
			"OpenAI", "Stargate UAE", 1, "GW"},
		{"ar GPUs", "ar", "وتشغّل xAI حاسوباً فائقاً يحمل اسم «كولوسس»، يضم 100 ألف وحدة معالجة رسوميات.",
			"xAI", "Colossus", 100000, "GPUs"},
		{"ar megawatts", "ar", "أطلقت G42 مشروع ستارغيت الإمارات بقدرة 500 ميغاواط، وتشغّله أوراكل.",
			"Oracle", "Stargate UAE", 0.5, "GW"},
		{"no size: chips ordered", "en", "OpenAI runs the Stargate project, which ordered 900,000 memory chips a month from Samsung.",
			"OpenAI", "Stargate", 0, ""},
	}
	for _, tc := range cases {
		ex := extractOK(t, x, tc.lang, tc.text)
		r := find(ex, tc.op, kg.Operates, tc.proj)
		if r == nil {
			t.Errorf("%s: no %s OPERATES %s; got:%s", tc.name, tc.op, tc.proj, listRels(ex))
			continue
		}
		q := r.Evidence[0].Capacity
		switch {
		case tc.unit == "" && q != nil:
			t.Errorf("%s: capacity %v %s, want none", tc.name, q.Value, q.Unit)
		case tc.unit != "" && (q == nil || q.Unit != tc.unit || q.Value != tc.value):
			t.Errorf("%s: capacity %+v, want %v %s", tc.name, q, tc.value, tc.unit)
		}
	}
}
