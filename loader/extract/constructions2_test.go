package extract_test

import (
	"testing"

	"github.com/aikg/aikg/kg"
)

// briefCases are compute-supply, ownership, acquisition and role
// constructions, Arabic first, each in several phrasings.
var briefCases = []partyCase{
	// ---- compute supply, Arabic
	{"ar tazwid bi", "ar", "وقّعت أوراكل اتفاقاً لتزويد OpenAI بقدرات حوسبية بقيمة 30 مليار دولار سنوياً.",
		[]triple{{"Oracle", kg.SuppliesCompute, "OpenAI"}}, []triple{{"OpenAI", kg.SuppliesCompute, "Oracle"}}},
	{"ar tazwid bi gpus", "ar", "ستقوم إنفيديا بتزويد هيوماين بـ18 ألف رقاقة من أحدث معالجاتها.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "Humain"}}, nil},
	{"ar tawfir qudrat", "ar", "تعهدت مايكروسوفت بتوفير قدرات حوسبية لـOpenAI عبر منصة أزور.",
		[]triple{{"Microsoft", kg.SuppliesCompute, "OpenAI"}}, []triple{{"OpenAI", kg.SuppliesCompute, "Microsoft"}}},
	{"ar istijar min", "ar", "تعتزم OpenAI استئجار قدرات حوسبية من كورويف بقيمة 12 مليار دولار.",
		[]triple{{"CoreWeave", kg.SuppliesCompute, "OpenAI"}}, []triple{{"OpenAI", kg.SuppliesCompute, "CoreWeave"}}},
	{"ar shira raqaiq min", "ar", "قالت xAI إنها ستواصل شراء رقائق من إنفيديا لتوسيع حاسوبها العملاق.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "xAI"}}, []triple{{"xAI", kg.SuppliesCompute, "Nvidia"}, {"xAI", kg.Acquires, "Nvidia"}}},
	{"ar shira muaalijat min", "ar", "وافقت أنثروبيك على شراء معالجات من جوجل بقيمة عشرات المليارات.",
		[]triple{{"Google", kg.SuppliesCompute, "Anthropic"}}, []triple{{"Anthropic", kg.Acquires, "Google"}}},
	{"ar tashghil namadhij ala sahaba", "ar", "ستعمل OpenAI على تشغيل نماذجها على سحابة جوجل.",
		[]triple{{"Google", kg.SuppliesCompute, "OpenAI"}}, nil},
	// ---- compute supply, English
	{"en rent from", "en", "OpenAI will rent capacity from Oracle under the new contract.",
		[]triple{{"Oracle", kg.SuppliesCompute, "OpenAI"}}, []triple{{"OpenAI", kg.SuppliesCompute, "Oracle"}}},
	{"en buy chips from", "en", "Anthropic agreed to buy TPUs from Google worth tens of billions of dollars.",
		[]triple{{"Google", kg.SuppliesCompute, "Anthropic"}}, []triple{{"Anthropic", kg.Acquires, "Google"}}},
	{"en lease gpus from", "en", "Meta will lease GPUs from CoreWeave for its new models.",
		[]triple{{"CoreWeave", kg.SuppliesCompute, "Meta"}}, nil},
	{"en runs models on cloud", "en", "Anthropic trains its models on Amazon's cloud.",
		[]triple{{"Amazon", kg.SuppliesCompute, "Anthropic"}}, nil},
	{"en provides cloud to", "en", "Google provides cloud infrastructure to Anthropic.",
		[]triple{{"Google", kg.SuppliesCompute, "Anthropic"}}, nil},
	{"en supply with gpus", "en", "Nvidia will supply Humain with 18,000 GPUs.",
		[]triple{{"Nvidia", kg.SuppliesCompute, "Humain"}}, []triple{{"Humain", kg.SuppliesCompute, "Nvidia"}}},
	{"en expand azure capacity for", "en", "Microsoft will expand its Azure capacity for OpenAI.",
		[]triple{{"Microsoft", kg.SuppliesCompute, "OpenAI"}}, nil},
	// ---- ownership, Arabic
	{"ar attabia li", "ar", "أعلنت شركة MGX التابعة لمبادلة عن استثمار جديد.",
		[]triple{{"Mubadala", kg.Owns, "MGX"}}, nil},
	{"ar mamluka bilkamil", "ar", "تعمل هيوماين، المملوكة بالكامل لصندوق الاستثمارات العامة، على بناء مراكز بيانات.",
		[]triple{{"Public Investment Fund", kg.Owns, "Humain"}}, nil},
	{"ar dhira", "ar", "قالت MGX، الذراع الاستثمارية لمبادلة، إنها ستشارك في الجولة.",
		[]triple{{"Mubadala", kg.Owns, "MGX"}}, nil},
	{"ar majority", "ar", "تمتلك سوفت بنك 90% من آرم.",
		[]triple{{"SoftBank", kg.Owns, "Arm"}}, nil},
	// ---- ownership, English
	{"en unit of", "en", "Google DeepMind, a unit of Alphabet, released Gemini 3.",
		[]triple{{"Alphabet", kg.Owns, "Google DeepMind"}}, nil},
	{"en subsidiary of", "en", "Amazon Web Services, the cloud subsidiary of Amazon, signed the contract.",
		[]triple{{"Amazon", kg.Owns, "Amazon Web Services"}}, nil},
	{"en parent company", "en", "Alphabet, the parent company of Google, reported record revenue.",
		[]triple{{"Alphabet", kg.Owns, "Google"}}, nil},
	{"en owns majority", "en", "SoftBank owns about 90% of Arm.",
		[]triple{{"SoftBank", kg.Owns, "Arm"}}, nil},
	{"en minority stake is invests", "en", "Microsoft owns 27% of OpenAI.",
		[]triple{{"Microsoft", kg.InvestsIn, "OpenAI"}}, []triple{{"Microsoft", kg.Owns, "OpenAI"}}},
	// ---- acquisitions, Arabic
	{"ar istahwadhat ala", "ar", "استحوذت كوجنيشن على شركة Windsurf مقابل 250 مليون دولار.",
		[]triple{{"Cognition", kg.Acquires, "Windsurf"}}, nil},
	{"ar shira sharika", "ar", "أتمّت كوجنيشن صفقة شراء شركة Windsurf الأمريكية.",
		[]triple{{"Cognition", kg.Acquires, "Windsurf"}}, nil},
	{"ar intaqalat milkiya", "ar", "انتقلت ملكية Scale AI إلى ميتا بعد الصفقة.",
		[]triple{{"Meta", kg.Acquires, "Scale AI"}}, nil},
	// ---- acquisitions, English
	{"en snapped up", "en", "Cognition snapped up Windsurf days after Google's deal.",
		[]triple{{"Cognition", kg.Acquires, "Windsurf"}}, nil},
	{"en purchase of", "en", "Cognition's purchase of Windsurf was announced in July.",
		[]triple{{"Cognition", kg.Acquires, "Windsurf"}}, nil},
	{"en was bought by", "en", "Windsurf was bought by Cognition in July.",
		[]triple{{"Cognition", kg.Acquires, "Windsurf"}}, []triple{{"Windsurf", kg.Acquires, "Cognition"}}},
	{"en completed acquisition", "en", "Cognition completed its acquisition of Windsurf in July.",
		[]triple{{"Cognition", kg.Acquires, "Windsurf"}}, nil},
	// ---- roles, Arabic
	{"ar assasaha", "ar", "شركة Safe Superintelligence التي أسسها إيليا سوتسكيفر جمعت ملياري دولار.",
		[]triple{{"Ilya Sutskever", kg.Leads, "Safe Superintelligence"}}, nil},
	{"ar rais majlis idara", "ar", "قال الشيخ طحنون بن زايد، رئيس مجلس إدارة G42، إن الشراكة مهمة.",
		[]triple{{"Tahnoon bin Zayed Al Nahyan", kg.Leads, "G42"}}, nil},
	{"ar muassis musharik", "ar", "قال جريج بروكمان، المؤسس المشارك لـOpenAI، إن الطلب يتزايد.",
		[]triple{{"Greg Brockman", kg.Leads, "OpenAI"}}, nil},
	{"ar muassis wa rais", "ar", "قال إيلون ماسك، مؤسس ورئيس xAI، إن الحاسوب جاهز.",
		[]triple{{"Elon Musk", kg.Leads, "xAI"}}, nil},
	// ---- roles, English
	{"en apposition chairman", "en", "Masayoshi Son, SoftBank's chairman, said the deal was historic.",
		[]triple{{"Masayoshi Son", kg.Leads, "SoftBank"}}, nil},
	{"en will be chairman", "en", "Masayoshi Son will be chairman of Stargate.",
		[]triple{{"Masayoshi Son", kg.Leads, "Stargate"}}, nil},
	{"en who founded", "en", "Mustafa Suleyman, who co-founded DeepMind, now runs Microsoft AI.",
		[]triple{{"Mustafa Suleyman", kg.Leads, "Microsoft AI"}}, nil},
}

func TestBriefConstructions(t *testing.T) {
	runPartyCases(t, briefCases)
}
