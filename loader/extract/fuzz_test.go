package extract_test

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader/extract"
)

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"13 مليار دولار", "$1.5bn", "€600 million", "ملياري دولار", "US$4 billion", "1,500,000 dollars",
		"AED 10 billion", "٣٫٥ مليار دولار", "$", "9999999999999999999999999 trillion dollars", "1,2,3 bn $", "..5 مليار"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, ok := extract.ParseAmount(s)
		if !ok {
			return
		}
		if m.Value <= 0 || math.IsNaN(m.Value) || math.IsInf(m.Value, 0) {
			t.Fatalf("%q: bad value %v", s, m.Value)
		}
		if _, known := extract.USDRates[m.Currency]; known != (m.USD != nil) {
			t.Fatalf("%q: currency %s and usd %v disagree", s, m.Currency, m.USD)
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"OpenAI Inc. raised $4.5bn. The U.S. deal closed.",
		"قالت الشركة: «سنستثمر». وأضافت؟ نعم؛ بالتأكيد.",
		"J. P. Morgan\n\nمايكروسوفت\nمايكروسوفت",
		"“Quote.” Next.", "", "\n\n", ".", "4.5 GW... done!", "a\u200f.b", "\xff\xfe",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		spans := extract.Sentences(s)
		n := utf8.RuneCountInString(s)
		runes := []rune(s)
		prev := 0
		for _, sp := range spans {
			if sp.Start < prev || sp.End < sp.Start || sp.End > n {
				t.Fatalf("%q: bad span %+v after %d (len %d)", s, sp, prev, n)
			}
			if utf8.RuneCountInString(sp.Text) != sp.End-sp.Start || utf8.ValidString(s) && string(runes[sp.Start:sp.End]) != sp.Text {
				t.Fatalf("%q: span %+v text does not match its offsets", s, sp)
			}
			prev = sp.End
		}
	})
}

// FuzzExtract: any text extracts without panicking into something
// kg.Prepare accepts.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{"Microsoft invested $13bn in OpenAI.", "وقّعت OpenAI اتفاقاً مع أوراكل بقيمة 30 مليار دولار سنوياً.",
		"الرئيس التنفيذي لـ OpenAI، سام ألتمان،", "the company's", "الشركتين الطرفين الأخيرة", "Paris-based"} {
		f.Add(s)
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "?")
		}
		ex := x.Extract(&kg.Article{ID: "fuzz", Hash: "sha256:x", Text: s, Published: "2025-07-01"})
		if err := kg.Prepare(ex); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
	})
}
