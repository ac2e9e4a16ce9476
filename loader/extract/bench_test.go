package extract_test

import (
	"fmt"
	"math/rand"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/aikg/aikg/kg"
)

// benchCorpus generates n articles (half Arabic, half English) from
// sentence templates filled with gazetteer names, figures and filler
// prose, so that the benchmark measures the whole pipeline on text that
// looks like news: many names, some triggers, many sentences without any.
func benchCorpus(n int) []*kg.Article {
	rng := rand.New(rand.NewSource(1))
	orgsEN := []string{"Microsoft", "OpenAI", "Nvidia", "Oracle", "CoreWeave", "Anthropic", "Google", "Amazon", "MGX", "SoftBank", "Mistral AI", "xAI", "Meta", "G42", "Humain", "Nebius", "Lumora Labs"}
	orgsAR := []string{"مايكروسوفت", "OpenAI", "إنفيديا", "أوراكل", "CoreWeave", "أنثروبيك", "جوجل", "أمازون", "MGX", "سوفت بنك", "ميسترال", "ميتا", "G42", "هيوماين", "شركة “نوفا” الناشئة"}
	en := []string{
		"%s invested $%d billion in %s, the companies said on Tuesday.",
		"%s agreed to acquire %s for about $%d billion in cash and stock.",
		"%s will supply %d gigawatts of computing capacity to %s under a five-year contract.",
		"%s chief executive Sam Altman said demand for %s was far ahead of supply.",
		"Analysts said the market for AI infrastructure was growing quickly, with data center construction running at record levels across the country.",
		"The agreement with %s follows months of talks, people familiar with the matter said, adding that %s had considered other options.",
		"Shares of %s rose 3%% in early trading, while %s was little changed.",
		"%s, which is backed by %s, is building a campus in Texas.",
		"Regulators in Europe and the United States have been looking at such arrangements, which critics say concentrate power in a handful of firms.",
		"The company did not disclose financial terms, and a spokesperson declined to comment further on Tuesday.",
		"Demand for graphics processors has outstripped supply for two years, pushing prices and waiting times to record highs.",
		"Executives at %s told analysts on a call that they expected the trend to continue well into next year.",
		"The announcement comes as governments in the Gulf race to attract data centers with cheap energy and generous incentives.",
		"Some investors have questioned whether the spending will pay off, pointing to the gap between capital expenditure and revenue.",
		"%s shares closed 2%% higher in New York.",
	}
	ar := []string{
		"استثمرت %s نحو %d مليارات دولار في %s خلال العام الماضي.",
		"وقّعت %s اتفاقاً مع %s لتوفير قدرة حوسبية تبلغ %d جيجاوات سنوياً.",
		"وأعلنت %s عن صفقة استحواذها على %s مقابل %d مليارات دولار.",
		"وقال الرئيس التنفيذي لـ %s، سام ألتمان، إن الطلب على الحوسبة يفوق العرض.",
		"ويرى محللون أن سوق البنية التحتية للذكاء الاصطناعي تشهد نمواً غير مسبوق في ظل تنافس الشركات الكبرى على الرقائق والطاقة.",
		"وتأتي هذه الخطوة في إطار مساعي %s لتنويع مزوديها، بعد أشهر من المفاوضات مع %s.",
		"وارتفع سهم %s بنحو 4%% عقب الإعلان، بينما تحركت أسهم %s في نطاق ضيق.",
		"وتحظى %s بدعم من %s، ومقرها أبوظبي.",
		"وتسعى الحكومات في المنطقة إلى جذب الاستثمارات في مراكز البيانات عبر حوافز ضريبية وأسعار طاقة تنافسية.",
		"ولم تكشف الشركة عن التفاصيل المالية للصفقة، فيما رفض متحدث باسمها التعليق.",
		"ويشهد الطلب على معالجات الرسوميات نمواً متسارعاً منذ عامين، ما دفع الأسعار وفترات الانتظار إلى مستويات قياسية.",
		"وقال مسؤولون في %s خلال مؤتمر صحفي إنهم يتوقعون استمرار هذا التوجه في العام المقبل.",
		"ويأتي الإعلان في وقت تتسابق فيه دول الخليج على استقطاب مراكز البيانات بفضل الطاقة الرخيصة والحوافز السخية.",
		"ويتساءل بعض المستثمرين عن جدوى هذا الإنفاق الضخم في ظل الفجوة بين النفقات الرأسمالية والإيرادات.",
		"وأغلق سهم %s مرتفعاً بنسبة 2%% في تداولات نيويورك.",
	}
	fill := func(tpl string, orgs []string) string {
		var out strings.Builder
		parts := strings.Split(tpl, "%")
		out.WriteString(parts[0])
		for _, p := range parts[1:] {
			switch {
			case strings.HasPrefix(p, "s"):
				out.WriteString(orgs[rng.Intn(len(orgs))])
				out.WriteString(p[1:])
			case strings.HasPrefix(p, "d"):
				fmt.Fprintf(&out, "%d", 1+rng.Intn(40))
				out.WriteString(p[1:])
			case strings.HasPrefix(p, "%"):
				out.WriteString("%" + p[1:])
			default:
				out.WriteString(p)
			}
		}
		return out.String()
	}
	var arts []*kg.Article
	for i := 0; i < n; i++ {
		lang, tpls, orgs := "en", en, orgsEN
		if i%2 == 1 {
			lang, tpls, orgs = "ar", ar, orgsAR
		}
		var b strings.Builder
		for p := 0; p < 8; p++ {
			for s := 0; s < 3; s++ {
				b.WriteString(fill(tpls[rng.Intn(len(tpls))], orgs))
				b.WriteByte(' ')
			}
			b.WriteString("\n\n")
		}
		arts = append(arts, &kg.Article{ID: fmt.Sprintf("bench-%d", i), Lang: lang, Published: "2025-07-20", Text: b.String(), Hash: "sha256:x"})
	}
	return arts
}

// BenchmarkExtract measures extraction throughput in bytes of article
// text per second (one core: run with -cpu 1). Besides the wall-clock
// MB/s it reports cpu-MB/s, the bytes per second of CPU time the process
// used (all threads, GC included): on a shared machine the wall clock
// also counts time the benchmark spent waiting for a core.
//
//	go test -run XXX -bench BenchmarkExtract -benchtime 3s -cpu 1 ./loader/extract
func BenchmarkExtract(b *testing.B) {
	x := newX(b)
	arts := benchCorpus(400)
	total := 0
	for _, a := range arts {
		total += len(a.Text)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			x.Extract(a)
		}
	}
	if c := cpuTime() - c0; c > 0 {
		b.ReportMetric(float64(total)*float64(b.N)/c.Seconds()/1e6, "cpu-MB/s")
	}
}

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkExtractParallel is the same on all cores (the loader runs one
// extraction per worker).
func BenchmarkExtractParallel(b *testing.B) {
	x := newX(b)
	arts := benchCorpus(400)
	total := 0
	for _, a := range arts {
		total += len(a.Text)
	}
	b.SetBytes(int64(total) / int64(len(arts)))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			x.Extract(arts[i%len(arts)])
			i++
		}
	})
}
