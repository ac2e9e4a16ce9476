package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/aikg/aikg/kg"
)

// catalogue holds the canonical entities of the fixture; articles add their
// own aliases on top.
var catalogue = map[string]kg.Entity{
	"microsoft":                      {ID: "microsoft", Name: "Microsoft", Kind: kg.Organization, WikidataID: "Q2283"},
	"openai":                         {ID: "openai", Name: "OpenAI", Kind: kg.Organization, WikidataID: "Q21708200"},
	"sam-altman":                     {ID: "sam-altman", Name: "Sam Altman", Kind: kg.Person, WikidataID: "Q7407093"},
	"oracle":                         {ID: "oracle", Name: "Oracle", Kind: kg.Organization, WikidataID: "Q19900"},
	"windsurf":                       {ID: "windsurf", Name: "Windsurf", Kind: kg.Organization},
	"mgx":                            {ID: "mgx", Name: "MGX", Kind: kg.Organization},
	"mubadala":                       {ID: "mubadala", Name: "Mubadala", Kind: kg.Organization},
	"abu-dhabi-investment-authority": {ID: "abu-dhabi-investment-authority", Name: "Abu Dhabi Investment Authority", Kind: kg.Organization},
	"stargate":                       {ID: "stargate", Name: "Stargate", Kind: kg.Project},
	"stargate-uae":                   {ID: "stargate-uae", Name: "Stargate UAE", Kind: kg.Project},
	"united-states":                  {ID: "united-states", Name: "United States", Kind: kg.Place},
	"united-arab-emirates":           {ID: "united-arab-emirates", Name: "United Arab Emirates", Kind: kg.Place},
	"softbank":                       {ID: "softbank", Name: "SoftBank", Kind: kg.Organization},
	"nvidia":                         {ID: "nvidia", Name: "Nvidia", Kind: kg.Organization},
	"groq":                           {ID: "groq", Name: "Groq", Kind: kg.Organization},
	"groqcloud":                      {ID: "groqcloud", Name: "GroqCloud", Kind: kg.Product},
	"grok":                           {ID: "grok", Name: "Grok", Kind: kg.Product},
	"xai":                            {ID: "xai", Name: "xAI", Kind: kg.Organization},
	"humain":                         {ID: "humain", Name: "Humain", Kind: kg.Organization},
	"g42":                            {ID: "g42", Name: "G42", Kind: kg.Organization},
	"google":                         {ID: "google", Name: "Google", Kind: kg.Organization},
	"alphabet":                       {ID: "alphabet", Name: "Alphabet", Kind: kg.Organization},
}

// relSpec is one assertion of an article: sentence s says src typ dst.
type relSpec struct {
	src string
	typ kg.RelationType
	dst string
	s   int
	fig kg.Figures
}

// articleSpec is an article written as sentences, so that evidence offsets
// can be computed rather than typed.
type articleSpec struct {
	art       kg.Article
	sentences []string
	// ents maps entity id to the aliases this article gives it.
	ents map[string][]string
	rels []relSpec
}

func usd(v float64) *kg.Money {
	u := v
	return &kg.Money{Value: v, Currency: "USD", USD: &u}
}

func gw(v float64) *kg.Quantity { return &kg.Quantity{Value: v, Unit: "GW"} }

func pct(v float64) *float64 { return &v }

// Hash is the content hash the fixtures give an article text.
func Hash(text string) string {
	h := sha256.Sum256([]byte(text))
	return "sha256:" + hex.EncodeToString(h[:])
}

// build turns a spec into an extraction whose evidence offsets point into
// the article's text (in runes).
func (a articleSpec) build() *kg.Extraction {
	x := &kg.Extraction{Article: a.art}
	var starts []int
	pos := 0
	for i, s := range a.sentences {
		if i > 0 {
			pos++ // the joining space
		}
		starts = append(starts, pos)
		pos += utf8.RuneCountInString(s)
	}
	x.Article.Text = strings.Join(a.sentences, " ")
	x.Article.Hash = Hash(x.Article.Title + "\n" + x.Article.Text)
	ids := make([]string, 0, len(a.ents))
	for id := range a.ents {
		ids = append(ids, id)
	}
	sortStrings(ids)
	for _, id := range ids {
		e, ok := catalogue[id]
		if !ok {
			e = kg.Entity{ID: id, Name: id, Kind: kg.Organization}
		}
		e.Aliases = append([]string(nil), a.ents[id]...)
		x.Entities = append(x.Entities, e)
	}
	for _, r := range a.rels {
		ev := kg.Evidence{
			Sentence: a.sentences[r.s],
			Start:    starts[r.s],
			End:      starts[r.s] + utf8.RuneCountInString(a.sentences[r.s]),
			Figures:  r.fig,
		}
		x.Relationships = append(x.Relationships, kg.Relationship{
			Type: r.typ, SourceID: r.src, TargetID: r.dst, Evidence: []kg.Evidence{ev},
		})
	}
	return x
}

// Article ids of the fixture, for tests that refer to one.
const (
	ArticleMicrosoftEN = "https://news.example.com/en/2023/01/microsoft-openai-13b"
	ArticleMicrosoftAR = "https://akhbar.example.com/ar/2023/01/microsoft-openai"
	ArticleWindsurfEN  = "https://news.example.com/en/2025/05/openai-windsurf"
	ArticleOracleAR    = "https://akhbar.example.com/ar/2025/07/oracle-openai-4-5gw"
	ArticleStargateEN  = "https://wire.example.com/en/2025/01/stargate"
	ArticleMGXAR       = "https://khaleej.example.com/ar/2025/03/mgx"
	ArticleNvidiaEN    = "https://wire.example.com/en/2025/09/nvidia-openai"
	ArticleGroqEN      = "https://chips.example.com/en/2025/02/groq-humain"
	ArticleGulfAR      = "sha256:0a6f3c2e9b7d41e8a5c0f2d7e9b3a1c4d6e8f0a2b4c6d8e0f1a3b5c7d9e1f3a5"
)

func fixtureSpecs() []articleSpec {
	return []articleSpec{
		{
			art: kg.Article{ID: ArticleMicrosoftEN, URL: ArticleMicrosoftEN, Title: "Microsoft's OpenAI stake reaches $13 billion", Lang: "en", Published: "2023-01-23", Source: "Tech Ledger"},
			sentences: []string{
				"Microsoft has now invested $13 billion in OpenAI, the company confirmed on January 23, 2023.",
				"OpenAI and Microsoft also extended their partnership to keep Azure as the exclusive cloud for OpenAI's models.",
				"Sam Altman, OpenAI's chief executive, welcomed the deal.",
			},
			ents: map[string][]string{"microsoft": {"Microsoft Corp."}, "openai": nil, "sam-altman": nil},
			rels: []relSpec{
				{"microsoft", kg.InvestsIn, "openai", 0, kg.Figures{Amount: usd(13e9), Status: kg.Completed, Date: "2023-01-23", Confidence: 0.9}},
				{"openai", kg.PartnersWith, "microsoft", 1, kg.Figures{Status: kg.Agreed, Date: "2023-01-23", Confidence: 0.85}},
				{"sam-altman", kg.Leads, "openai", 2, kg.Figures{Confidence: 0.9}},
			},
		},
		{
			art: kg.Article{ID: ArticleMicrosoftAR, URL: ArticleMicrosoftAR, Title: "مايكروسوفت ترفع استثمارها في أوبن إيه آي", Lang: "ar", Published: "2023-01-24", Source: "النشرة التقنية"},
			sentences: []string{
				"استثمرت مايكروسوفت 13 مليار دولار في أوبن إيه آي مقابل حصة تبلغ 49 بالمئة من أرباحها.",
				"وقال سام ألتمان، الرئيس التنفيذي لأوبن إيه آي، إن الشراكة مع مايكروسوفت ستستمر.",
			},
			ents: map[string][]string{"microsoft": {"مايكروسوفت"}, "openai": {"أوبن إيه آي"}, "sam-altman": {"سام ألتمان"}},
			rels: []relSpec{
				{"microsoft", kg.InvestsIn, "openai", 0, kg.Figures{Amount: usd(13e9), Stake: pct(49), Status: kg.Agreed, Date: "2023-01", Confidence: 0.7}},
				{"sam-altman", kg.Leads, "openai", 1, kg.Figures{Confidence: 0.8}},
				{"microsoft", kg.PartnersWith, "openai", 1, kg.Figures{Status: kg.Announced, Confidence: 0.6}},
			},
		},
		{
			art: kg.Article{ID: ArticleWindsurfEN, URL: ArticleWindsurfEN, Title: "OpenAI agrees to buy Windsurf", Lang: "en", Published: "2025-05-06", Source: "Tech Ledger"},
			sentences: []string{
				"OpenAI has agreed to buy Windsurf, the AI coding assistant formerly known as Codeium, for about $3 billion.",
			},
			ents: map[string][]string{"openai": nil, "windsurf": {"Codeium"}},
			rels: []relSpec{
				{"openai", kg.Acquires, "windsurf", 0, kg.Figures{Amount: usd(3e9), Status: kg.Agreed, Date: "2025-05-06", Confidence: 0.75}},
			},
		},
		{
			art: kg.Article{ID: ArticleOracleAR, URL: ArticleOracleAR, Title: "أوراكل تزود أوبن إيه آي بقدرة 4.5 غيغاواط", Lang: "ar", Published: "2025-07-23", Source: "النشرة التقنية"},
			sentences: []string{
				"وقعت أوراكل اتفاقاً لتزويد أوبن إيه آي بقدرة حوسبة تبلغ 4.5 غيغاواط مقابل نحو 30 مليار دولار سنوياً.",
				"وتأتي الصفقة ضمن مشروع ستارغيت الذي تشغله أوبن إيه آي في الولايات المتحدة.",
			},
			ents: map[string][]string{"oracle": {"أوراكل"}, "openai": {"أوبن إيه آي"}, "stargate": {"ستارغيت"}, "united-states": {"الولايات المتحدة"}},
			rels: []relSpec{
				{"oracle", kg.SuppliesCompute, "openai", 0, kg.Figures{Amount: usd(30e9), Period: kg.Year, Capacity: gw(4.5), Status: kg.Agreed, Date: "2025-07", Confidence: 0.85}},
				{"openai", kg.Operates, "stargate", 1, kg.Figures{Confidence: 0.7}},
				{"stargate", kg.LocatedIn, "united-states", 1, kg.Figures{Confidence: 0.65}},
			},
		},
		{
			art: kg.Article{ID: ArticleStargateEN, URL: ArticleStargateEN, Title: "Stargate: $500 billion for AI infrastructure", Lang: "en", Published: "2025-01-21", Source: "Wire Daily"},
			sentences: []string{
				"OpenAI, SoftBank, Oracle and MGX announced Stargate, a venture that plans to invest $500 billion in AI infrastructure in the United States.",
				"SoftBank and MGX are the lead equity partners, with SoftBank committing $19 billion.",
				"OpenAI will have operational responsibility for Stargate.",
			},
			ents: map[string][]string{"openai": nil, "softbank": nil, "oracle": nil, "mgx": nil, "stargate": {"Stargate Project"}, "united-states": nil},
			rels: []relSpec{
				{"mgx", kg.InvestsIn, "stargate", 1, kg.Figures{Status: kg.Announced, Date: "2025-01-21", Confidence: 0.8}},
				{"softbank", kg.InvestsIn, "stargate", 1, kg.Figures{Amount: usd(19e9), Status: kg.Announced, Date: "2025-01-21", Confidence: 0.8}},
				{"oracle", kg.InvestsIn, "stargate", 0, kg.Figures{Status: kg.Announced, Date: "2025-01-21", Confidence: 0.6}},
				{"openai", kg.Operates, "stargate", 2, kg.Figures{Status: kg.Announced, Date: "2025-01-21", Confidence: 0.9}},
				{"stargate", kg.LocatedIn, "united-states", 0, kg.Figures{Confidence: 0.9}},
			},
		},
		{
			art: kg.Article{ID: ArticleMGXAR, URL: ArticleMGXAR, Title: "إم جي إكس: ذراع أبوظبي للاستثمار في الذكاء الاصطناعي", Lang: "ar", Published: "2025-03-10", Source: "الخليج الرقمي"},
			sentences: []string{
				"تملك مبادلة، صندوق أبوظبي السيادي، حصة مؤسِّسة في شركة إم جي إكس للاستثمار في الذكاء الاصطناعي.",
				"وأعلنت إم جي إكس مشاركتها في ستارغيت الإمارات، الذي تشغله جي 42 في الإمارات.",
				"ويُعد جهاز أبوظبي للاستثمار صندوق أبوظبي الأكبر.",
			},
			ents: map[string][]string{
				"mubadala":                       {"مبادلة", "صندوق أبوظبي"},
				"mgx":                            {"إم جي إكس"},
				"stargate-uae":                   {"ستارغيت الإمارات", "Stargate"},
				"g42":                            {"جي 42"},
				"united-arab-emirates":           {"الإمارات"},
				"abu-dhabi-investment-authority": {"جهاز أبوظبي للاستثمار", "صندوق أبوظبي"},
			},
			rels: []relSpec{
				{"mubadala", kg.Owns, "mgx", 0, kg.Figures{Status: kg.Completed, Date: "2024-03", Confidence: 0.8}},
				{"mgx", kg.InvestsIn, "stargate-uae", 1, kg.Figures{Status: kg.Announced, Date: "2025-05", Confidence: 0.7}},
				{"g42", kg.Operates, "stargate-uae", 1, kg.Figures{Confidence: 0.75}},
				{"stargate-uae", kg.LocatedIn, "united-arab-emirates", 1, kg.Figures{Confidence: 0.8}},
			},
		},
		{
			art: kg.Article{ID: ArticleNvidiaEN, URL: ArticleNvidiaEN, Title: "Nvidia to invest up to $100 billion in OpenAI", Lang: "en", Published: "2025-09-22", Source: "Wire Daily"},
			sentences: []string{
				"Nvidia intends to invest up to $100 billion in OpenAI as the AI lab deploys at least 10 gigawatts of Nvidia systems.",
			},
			ents: map[string][]string{"nvidia": nil, "openai": nil},
			rels: []relSpec{
				{"nvidia", kg.InvestsIn, "openai", 0, kg.Figures{Amount: usd(100e9), Status: kg.Announced, Date: "2025-09-22", Confidence: 0.8}},
				{"nvidia", kg.SuppliesCompute, "openai", 0, kg.Figures{Capacity: gw(10), Status: kg.Announced, Date: "2025-09-22", Confidence: 0.7}},
			},
		},
		{
			art: kg.Article{ID: ArticleGroqEN, URL: ArticleGroqEN, Title: "Groq takes GroqCloud to Saudi Arabia", Lang: "en", Published: "2025-02-10", Source: "Chip Report"},
			sentences: []string{
				"Groq is bringing its GroqCloud inference service to Saudi Arabia in partnership with Humain.",
				"Separately, xAI released a new version of its Grok chatbot.",
				"Microsoft and Google compete fiercely in AI assistants.",
				"Google sees Microsoft as its main rival in search.",
				"Alphabet, which owns Google, did not comment.",
			},
			// The extractor tagged one mention of Google as Alphabet: an alias
			// that is another entity's canonical name.
			ents: map[string][]string{"groq": nil, "groqcloud": nil, "humain": {"هيوماين"}, "xai": nil, "grok": nil, "microsoft": nil, "google": nil, "alphabet": {"Google", "ألفابت"}},
			rels: []relSpec{
				{"groq", kg.Operates, "groqcloud", 0, kg.Figures{Confidence: 0.8}},
				{"groq", kg.PartnersWith, "humain", 0, kg.Figures{Status: kg.Announced, Date: "2025-02", Confidence: 0.75}},
				{"xai", kg.Operates, "grok", 1, kg.Figures{Confidence: 0.85}},
				{"microsoft", kg.CompetesWith, "google", 2, kg.Figures{Confidence: 0.6}},
				{"google", kg.CompetesWith, "microsoft", 3, kg.Figures{Confidence: 0.5}},
				{"alphabet", kg.Owns, "google", 4, kg.Figures{Status: kg.Completed, Confidence: 0.9}},
			},
		},
		{
			art: kg.Article{ID: ArticleGulfAR, Title: "سوق الذكاء الاصطناعي في الخليج", Lang: "ar", Source: "الخليج الرقمي"},
			sentences: []string{
				"تحدثت الصحيفة عن سوق الذكاء الاصطناعي في الخليج ودور جي 42 فيه.",
			},
			ents: map[string][]string{"g42": {"جي 42"}},
		},
	}
}

// Fixture returns a fresh copy of a small AI-industry graph: nine articles
// in Arabic and English, with Arabic aliases, one relationship asserted by
// two articles in two languages, a symmetric relationship written both ways,
// yearly amounts, capacities, stakes, statuses, an undated article and an
// article without relationships. Extractions are in raw form (not passed
// through kg.Prepare); callers may modify them.
func Fixture() []*kg.Extraction {
	specs := fixtureSpecs()
	out := make([]*kg.Extraction, len(specs))
	for i, s := range specs {
		out[i] = s.build()
	}
	for _, x := range out {
		for i := range x.Entities {
			e := &x.Entities[i]
			switch {
			case x.Article.ID == ArticleMicrosoftEN && e.ID == "sam-altman":
				// Not known at first; the Arabic article fills it in.
				e.WikidataID = ""
			case x.Article.ID == ArticleNvidiaEN && e.ID == "openai":
				// Another spelling of the name: it becomes an alias.
				e.Name = "Open AI"
			}
		}
	}
	return out
}

// FixtureLarge returns n generated relationships (funds investing in,
// partnering with and supplying start-ups) spread over articles of ten
// relationships each, with a mix of missing and repeated amounts, dates and
// confidences, for exercising paging and ordering. Its entities and
// articles do not overlap Fixture's. It is deterministic in n.
func FixtureLarge(n int) []*kg.Extraction {
	const funds = 12
	startups := max(8, n/4)
	rng := rand.New(rand.NewPCG(uint64(n), 42))
	pairs := rng.Perm(funds * startups)
	if n > len(pairs) {
		n = len(pairs)
	}
	types := []kg.RelationType{kg.InvestsIn, kg.InvestsIn, kg.PartnersWith, kg.SuppliesCompute, kg.Acquires}
	statuses := []kg.DealStatus{"", kg.Talks, kg.Announced, kg.Agreed, kg.Completed, kg.Blocked}
	fundName := func(i int) string { return fmt.Sprintf("Gulf Fund %02d", i) }
	startName := func(i int) string { return fmt.Sprintf("Startup %04d Labs", i) }
	var out []*kg.Extraction
	var spec *articleSpec
	for i := 0; i < n; i++ {
		if i%10 == 0 {
			k := i / 10
			lang := "en"
			if k%2 == 1 {
				lang = "ar"
			}
			pub := fmt.Sprintf("2024-%02d-%02d", 1+k%12, 1+(k/12)%28)
			if k%9 == 4 {
				pub = "" // some undated articles
			}
			if spec != nil {
				out = append(out, spec.build())
			}
			spec = &articleSpec{
				art: kg.Article{
					ID:        fmt.Sprintf("https://gen.example.com/%s/%05d", lang, k),
					Title:     fmt.Sprintf("Funding round-up %d", k),
					Lang:      lang,
					Published: pub,
					Source:    []string{"Gen Wire", "Gen Daily", "Gen Ledger"}[k%3],
				},
				ents: map[string][]string{},
			}
			spec.art.URL = spec.art.ID
		}
		p := pairs[i]
		f, s := p%funds, p/funds
		fid, sid := kg.Slug(fundName(f)), kg.Slug(startName(s))
		if _, ok := spec.ents[fid]; !ok {
			spec.ents[fid] = []string{fmt.Sprintf("صندوق الخليج %02d", f)}
		}
		spec.ents[sid] = nil
		typ := types[i%len(types)]
		fig := kg.Figures{
			Status:     statuses[i%len(statuses)],
			Confidence: float64(50+(i*7)%50) / 100,
		}
		switch {
		case i%5 == 1:
			// no amount
		case i%11 == 3:
			fig.Amount = &kg.Money{Value: float64(1 + i%40), Currency: "XAU"} // no USD rate
		default:
			fig.Amount = usd(float64(1+(i*37)%97) * 1e6)
			if i%13 == 0 {
				fig.Period = kg.Year
			}
		}
		switch {
		case i%7 == 0:
			// undated
		case i%7 == 3:
			fig.Date = fmt.Sprintf("%d", 2022+i%3)
		default:
			fig.Date = fmt.Sprintf("%d-%02d-%02d", 2022+i%3, 1+i%12, 1+i%28)
		}
		verb := map[kg.RelationType]string{kg.InvestsIn: "invested in", kg.PartnersWith: "partnered with", kg.SuppliesCompute: "supplies compute to", kg.Acquires: "is buying"}[typ]
		spec.sentences = append(spec.sentences, fmt.Sprintf("%s %s %s (item %d).", fundName(f), verb, startName(s), i))
		spec.rels = append(spec.rels, relSpec{fid, typ, sid, len(spec.sentences) - 1, fig})
	}
	if spec != nil {
		out = append(out, spec.build())
	}
	// catalogue lookups fall back to id as the name; give generated entities
	// their real names.
	for _, x := range out {
		for i := range x.Entities {
			e := &x.Entities[i]
			var num int
			if _, err := fmt.Sscanf(e.ID, "gulf-fund-%d", &num); err == nil {
				e.Name = fundName(num)
			} else if _, err := fmt.Sscanf(e.ID, "startup-%d-labs", &num); err == nil {
				e.Name = startName(num)
				e.Kind = kg.Organization
			}
		}
	}
	return out
}
