package extract

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/aikg/aikg/kg"
)

// USDRates is the fixed conversion table used to give amounts a US-dollar
// value: US dollars per unit of each ISO 4217 currency. The rates are
// rounded 2025 averages (the same table the evaluation gold uses); they are deliberately fixed (and documented here)
// so that the same article always yields the same figures. Gulf currencies
// pegged to the dollar use their peg.
var USDRates = map[string]float64{
	"USD": 1,
	"EUR": 1.08,
	"GBP": 1.27,
	"CHF": 1.13,
	"AED": 0.2723, // peg 3.6725
	"SAR": 0.2667, // peg 3.75
	"QAR": 0.2747, // peg 3.64
	"KWD": 3.25,
	"BHD": 2.6596, // peg 0.376
	"OMR": 2.6008, // peg 0.3845
	"EGP": 0.0206,
	"JPY": 0.0067,
	"CNY": 0.1389,
	"HKD": 0.128,
	"TWD": 0.031,
	"KRW": 0.00072,
	"INR": 0.0118,
	"CAD": 0.73,
	"AUD": 0.65,
	"SGD": 0.75,
}

var symbolCurrency = map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR"}

// currency words after a number (folded); "riyal" etc. may be refined by
// the next word (see currencyQualifier).
var currencyWord = map[string]string{
	"usd": "USD", "dollar": "USD", "dollars": "USD", "eur": "EUR", "euro": "EUR", "euros": "EUR",
	"gbp": "GBP", "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "aed": "AED", "dirham": "AED", "dirhams": "AED",
	"sar": "SAR", "riyal": "SAR", "riyals": "SAR", "qar": "QAR", "jpy": "JPY", "yen": "JPY", "cny": "CNY", "yuan": "CNY",
	"renminbi": "CNY", "rmb": "CNY", "krw": "KRW", "won": "KRW", "inr": "INR", "rupee": "INR", "rupees": "INR",
	"kwd": "KWD", "dinar": "KWD", "dinars": "KWD", "chf": "CHF", "francs": "CHF", "egp": "EGP",
	"دولار": "USD", "دولارا": "USD", "دولارات": "USD", "يورو": "EUR", "جنيه": "EGP", "جنيها": "EGP", "استرليني": "GBP",
	"درهم": "AED", "دراهم": "AED", "درهما": "AED", "ريال": "SAR", "ريالا": "SAR", "ريالات": "SAR", "دينار": "KWD", "دينارا": "KWD",
	"ين": "JPY", "يوان": "CNY", "وون": "KRW", "روبية": "INR", "فرنك": "CHF",
}

var currencyQualifier = map[string]string{
	"qatari": "QAR", "saudi": "SAR", "omani": "OMR", "kuwaiti": "KWD", "bahraini": "BHD", "egyptian": "EGP", "emirati": "AED",
	"قطري": "QAR", "سعودي": "SAR", "عماني": "OMR", "كويتي": "KWD", "بحريني": "BHD", "مصري": "EGP", "اماراتي": "AED",
	"استرليني": "GBP", "امريكي": "USD", "اميركي": "USD", "us": "USD", "hong": "HKD", "taiwan": "TWD",
}

// dollar-sign prefixes: "US$", "A$", "C$", "HK$", "S$".
var dollarPrefix = map[string]string{"us": "USD", "a": "AUD", "c": "CAD", "hk": "HKD", "s": "SGD", "nt": "TWD"}

var scaleWord = map[string]float64{
	"thousand": 1e3, "thousands": 1e3, "k": 1e3, "الف": 1e3, "الاف": 1e3, "الفا": 1e3,
	"million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "مليون": 1e6, "ملايين": 1e6, "مليونا": 1e6,
	"billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "مليار": 1e9, "مليارات": 1e9, "مليارا": 1e9, "بليون": 1e9,
	"trillion": 1e12, "trillions": 1e12, "tn": 1e12, "trn": 1e12, "تريليون": 1e12, "تريليونات": 1e12, "تريليونا": 1e12,
}

// dual forms: "ملياري دولار" is two billion dollars.
var dualScale = map[string]float64{
	"مليارين": 2e9, "ملياري": 2e9, "مليونين": 2e6, "مليوني": 2e6, "الفين": 2e3, "الفي": 2e3, "تريليونين": 2e12, "تريليوني": 2e12,
}

var numberWord = map[string]float64{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "half": 0.5,
	"واحد": 1, "اثنين": 2, "اثنان": 2, "ثلاثة": 3, "ثلاث": 3, "اربعة": 4, "اربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6,
	"سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10, "عشرين": 20, "عشرون": 20,
	"ثلاثين": 30, "اربعين": 40, "خمسين": 50, "مئة": 100, "مائة": 100, "نصف": 0.5,
}

var gwWord = map[string]float64{
	"gw": 1, "gigawatt": 1, "gigawatts": 1, "جيجاوات": 1, "جيجاواط": 1, "غيغاواط": 1, "غيغاوات": 1, "جيغاواط": 1, "جيغاوات": 1, "جيجا": 1, "غيغا": 1,
	"mw": 0.001, "megawatt": 0.001, "megawatts": 0.001, "ميغاواط": 0.001, "ميجاوات": 0.001, "ميجاواط": 0.001, "ميغاوات": 0.001, "ميجا": 0.001, "ميغا": 0.001,
}

var chipWord = map[string]string{
	"gpus": "GPUs", "gpu": "GPUs", "graphics": "GPUs", "وحدة": "GPUs", "وحدات": "GPUs", "معالج": "GPUs", "معالجات": "GPUs",
	"chips": "chips", "chip": "chips", "accelerators": "chips", "tpus": "TPUs", "tpu": "TPUs", "lpus": "LPUs", "lpu": "LPUs", "رقاقة": "chips", "رقائق": "chips", "رقاقات": "chips", "شريحة": "chips", "شرائح": "chips",
}

var percentWord = map[string]bool{"%": true, "percent": true, "pct": true, "بالمئة": true, "بالمائة": true}

var stakeWord = map[string]bool{
	"stake": true, "stakes": true, "share": true, "shares": true, "ownership": true, "equity": true, "interest": true,
	"حصة": true, "حصته": true, "حصتها": true, "الحصة": true, "ملكية": true, "اسهم": true, "سهم": true, "حصص": true, "نسبة": true, "بنسبة": true,
}

var monthWord = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	"يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "ماي": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "اغسطس": 8,
	"سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "ايلول": 9,
	"جانفي": 1, "فيفري": 2, "افريل": 4, "جوان": 6, "جويلية": 7, "اوت": 8,
}

// two-word Levantine month names.
var monthPair = map[[2]string]int{
	{"كانون", "الثاني"}: 1, {"كانون", "الاول"}: 12, {"تشرين", "الاول"}: 10, {"تشرين", "الثاني"}: 11,
}

var pastWord = map[string]bool{"الماضي": true, "المنصرم": true, "الفايت": true, "الفائت": true, "السابق": true, "الماضيه": true, "الماضية": true}
var currentWord = map[string]bool{"الجاري": true, "الحالي": true, "هذا": true}

// figure kinds.
const (
	fkAmount uint8 = iota + 1
	fkCapacity
	fkStake
	fkDate
)

// figure is one figure read from a sentence, with the tokens it covers.
type figure struct {
	kind     uint8
	tlo, thi int
	money    kg.Money
	qty      kg.Quantity
	stake    float64
	date     string
	yearly   bool
	assigned bool
	raise    bool // a funding round's size (a raise trigger governed it)
	company  bool // a company's revenue, valuation or spending (a value noun governed it)
}

var cliticPfx = []string{"و", "ب", "ل", "ف", "وب", "ول", "ك"}

// eachForm calls fn with w and with w stripped of one or two Arabic
// proclitic letters ("بمليار" → "مليار") until fn says yes; Latin words
// are tried as they are. It allocates nothing: it runs per token.
func eachForm(w string, fn func(string) bool) bool {
	if fn(w) {
		return true
	}
	if len(w) < 4 || w[0] < 0x80 {
		return false
	}
	for _, p := range cliticPfx {
		if len(w) > len(p)+2 && strings.HasPrefix(w, p) && fn(w[len(p):]) {
			return true
		}
	}
	return false
}

func lookF(m map[string]float64, w string) (float64, bool) {
	var out float64
	ok := eachForm(w, func(c string) bool {
		f, ok := m[c]
		out = f
		return ok
	})
	return out, ok
}

func lookS(m map[string]string, w string) (string, bool) {
	var out string
	ok := eachForm(w, func(c string) bool {
		f, ok := m[c]
		out = f
		return ok
	})
	return out, ok
}

func isStart(m map[string]bool, w string) bool {
	return eachForm(w, func(c string) bool { return m[c] })
}

// amountAt reads a money amount starting at token i of toks (within
// [i, hi)): [currency] number [scale] [currency [qualifier]]. It returns
// the amount and the token after it.
func (v *view) amountAt(i, hi int) (kg.Money, int, bool) {
	ccy := ""
	j := i
	tk := func(k int) string {
		if k >= hi {
			return ""
		}
		return v.tok(k)
	}
	// prefix currency
	if c, ok := symbolCurrency[tk(j)]; ok {
		ccy = c
		j++
	} else if c, ok := dollarPrefix[tk(j)]; ok && tk(j+1) == "$" && v.toks[j+1].nb == v.toks[j].ne {
		ccy = c
		j += 2
	} else if c, ok := currencyWord[tk(j)]; ok && len(tk(j)) == 3 && j+1 < hi && v.toks[j+1].kind == tkNum {
		ccy = c // "USD 5bn", "AED 10 billion"
		j++
	}
	if j >= hi {
		return kg.Money{}, i, false
	}
	val := 0.0
	scaled := false
	w := tk(j)
	switch {
	case v.toks[j].kind == tkNum:
		f, ok := parseNum(w)
		if !ok {
			return kg.Money{}, i, false
		}
		val = f
		j++
	default:
		if f, ok := lookF(dualScale, w); ok {
			val, scaled = f, true
			j++
		} else if f, ok := lookF(numberWord, w); ok && j+1 < hi {
			if f == 0.5 && (tk(j+1) == "a" || tk(j+1) == "an") && j+2 < hi {
				j++ // "half a billion dollars"
			}
			if _, isScale := lookF(scaleWord, tk(j+1)); !isScale {
				return kg.Money{}, i, false
			}
			val = f
			j++
		} else if f, ok := lookF(scaleWord, w); ok && v.toks[j].flags&tfArabic != 0 {
			val, scaled = f, true // "مليار دولار"
			j++
		} else {
			return kg.Money{}, i, false
		}
	}
	if !scaled && j+1 < hi && tk(j) == "-" && v.toks[j].nb == v.toks[j-1].ne && v.toks[j+1].nb == v.toks[j].ne {
		if _, ok := lookF(scaleWord, tk(j+1)); ok {
			j++ // "a $6.6-billion round"
		}
	}
	if !scaled && j < hi {
		if f, ok := lookF(scaleWord, tk(j)); ok {
			val *= f
			scaled = true
			j++
			// "100 ألف مليار" is rare; "1.5 million" done.
		}
	}
	if ccy == "" && j < hi {
		if c, ok := lookS(currencyWord, tk(j)); ok {
			ccy = c
			j++
			if j < hi {
				if q, ok := currencyQualifier[tk(j)]; ok {
					if ccy == "USD" || ccy == "SAR" || ccy == "KWD" || ccy == "EGP" || ccy == "GBP" || (ccy == "AED" && q == "AED") {
						ccy = q
					}
					j++
				}
			}
		} else if c, ok := dollarPrefix[tk(j)]; ok && c == "USD" && tk(j+1) == "dollars" {
			ccy = "USD"
			j += 2
		}
	}
	if ccy == "" || val <= 0 || math.IsInf(val, 0) || math.IsNaN(val) {
		return kg.Money{}, i, false
	}
	m := kg.Money{Value: val, Currency: ccy}
	if r, ok := USDRates[ccy]; ok {
		u := roundSig(val * r)
		m.USD = &u
	}
	return m, j, true
}

// roundSig rounds converted amounts to 6 significant digits so that
// floating-point noise never shows in outputs.
func roundSig(x float64) float64 {
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return x
	}
	f, err := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 6, 64), 64)
	if err != nil {
		return x
	}
	return f
}

// capacityAt reads "4.5 GW", "500 ميغاواط", "100 ألف وحدة معالجة رسوميات",
// "100,000 GPUs".
func (v *view) capacityAt(i, hi int, isEnt func(tok int) bool) (kg.Quantity, int, bool) {
	if v.toks[i].kind != tkNum {
		return kg.Quantity{}, i, false
	}
	val, ok := parseNum(v.tok(i))
	if !ok || val <= 0 {
		return kg.Quantity{}, i, false
	}
	j := i + 1
	if j < hi {
		if f, ok := lookF(scaleWord, v.tok(j)); ok {
			val *= f
			j++
		}
	}
	if j < hi {
		if f, ok := lookF(gwWord, v.tok(j)); ok {
			n := j + 1
			if (v.tok(j) == "جيجا" || v.tok(j) == "غيغا" || v.tok(j) == "ميجا" || v.tok(j) == "ميغا") && n < hi {
				if w := v.tok(n); w == "وات" || w == "واط" {
					n++
				} else {
					return kg.Quantity{}, i, false
				}
			}
			return kg.Quantity{Value: roundSig(val * f), Unit: "GW"}, n, true
		}
	}
	// GPUs may be preceded by a maker or model name: "100,000 Nvidia H100 GPUs"
	for k := j; k < hi && k <= j+2; k++ {
		w := v.tok(k)
		if u, ok := lookS(chipWord, w); ok {
			if u == "GPUs" && v.toks[k].flags&tfArabic != 0 && k+1 < hi {
				// "19 ألف وحدة LPU": the unit names its chip
				if u2, ok := lookS(chipWord, v.tok(k+1)); ok && v.toks[k+1].flags&tfLatin != 0 {
					return kg.Quantity{Value: val, Unit: u2}, k + 2, true
				}
			}
			if u == "GPUs" && v.toks[k].flags&tfArabic != 0 {
				// وحدة/وحدات/معالج need "معالجة رسومية/رسوميات" or "رسومي"
				if !(k+1 < hi && (strings.HasPrefix(v.tok(k+1), "رسوم") || strings.HasPrefix(v.tok(k+1), "معالجة") && k+2 < hi && strings.HasPrefix(v.tok(k+2), "رسوم"))) {
					return kg.Quantity{}, i, false
				}
			}
			if w == "graphics" && !(k+1 < hi && v.tok(k+1) == "processing") {
				return kg.Quantity{}, i, false
			}
			return kg.Quantity{Value: val, Unit: u}, k + 1, true
		}
		if k == j && w == "من" {
			continue
		}
		if !(v.toks[k].flags&tfLatin != 0 || v.toks[k].kind == tkNum || isEnt(k)) {
			break
		}
	}
	return kg.Quantity{}, i, false
}

// stakeAt reads "49%", "49 percent", "49 في المئة".
func (v *view) stakeAt(i, hi int) (float64, int, bool) {
	if v.toks[i].kind != tkNum || i+1 >= hi {
		return 0, i, false
	}
	val, ok := parseNum(v.tok(i))
	if !ok || val <= 0 || val > 100 {
		return 0, i, false
	}
	w := v.tok(i + 1)
	if percentWord[w] {
		return val, i + 2, true
	}
	if w == "per" && i+2 < hi && v.tok(i+2) == "cent" {
		return val, i + 3, true
	}
	if (w == "في" || w == "من") && i+2 < hi {
		if n := v.tok(i + 2); n == "المية" || n == "المئة" || n == "المائة" || n == "الماية" {
			return val, i + 3, true
		}
	}
	return 0, i, false
}

// refDate is the date relative expressions are resolved against.
type refDate struct {
	y, m, d int
	ok      bool
}

func parseRef(published string, now func() time.Time) refDate {
	if len(published) >= 7 {
		if t, err := time.Parse("2006-01-02", published[:min(10, len(published))]); err == nil {
			return refDate{t.Year(), int(t.Month()), t.Day(), true}
		}
		if t, err := time.Parse("2006-01", published[:7]); err == nil {
			return refDate{t.Year(), int(t.Month()), 0, true}
		}
	}
	if len(published) == 4 {
		if y, err := strconv.Atoi(published); err == nil {
			return refDate{y, 0, 0, true}
		}
	}
	if now != nil {
		t := now()
		return refDate{t.Year(), int(t.Month()), t.Day(), true}
	}
	return refDate{}
}

func yearTok(w string) (int, bool) {
	if len(w) != 4 || !isDigit(w[0]) || !isDigit(w[1]) || !isDigit(w[2]) || !isDigit(w[3]) {
		return 0, false // (Atoi's error for a word would cost an allocation)
	}
	y, err := strconv.Atoi(w)
	if err != nil || y < 1990 || y > 2100 {
		return 0, false
	}
	return y, true
}

// dateAt reads a date starting at token i: "15 July 2025", "July 15, 2025",
// "July 2025", "يوليو 2025", "مايو الماضي", "last May", "this month",
// "العام الماضي", "مطلع العام الحالي", "in 2024".
func (v *view) dateAt(i, hi int, ref refDate) (string, int, bool) {
	tk := func(k int) string {
		if k >= hi || k < 0 {
			return ""
		}
		return v.tok(k)
	}
	w := tk(i)
	day := 0
	j := i
	if v.toks[i].kind == tkNum && len(w) <= 2 {
		d, err := strconv.Atoi(w)
		if err == nil && d >= 1 && d <= 31 {
			if _, n := lookMonth(tk(i+1), tk(i+2)); n > 0 {
				day = d
				j = i + 1
			}
		}
	}
	if mo, n := lookMonth(tk(j), tk(j+1)); n > 0 {
		k := j + n
		if day == 0 && k < hi && v.toks[k].kind == tkNum && len(tk(k)) <= 2 {
			if d, err := strconv.Atoi(tk(k)); err == nil && d >= 1 && d <= 31 {
				if tk(k+1) == "," {
					if _, ok := yearTok(tk(k + 2)); ok {
						day = d
						k += 2
					}
				} else if _, ok := yearTok(tk(k + 1)); ok {
					day = d
					k++
				}
			}
		}
		if y, ok := yearTok(tk(k)); ok {
			return fmtDate(y, mo, day), k + 1, true
		}
		if mo == 5 && j > 0 && v.toks[j].flags&tfLatin != 0 && (v.toks[j].flags&tfUpper == 0) {
			return "", i, false // the verb "may"
		}
		if !ref.ok {
			return "", i, false
		}
		prev := tk(j - 1)
		switch {
		case pastWord[tk(k)] || prev == "last":
			y := ref.y
			if ref.m != 0 && mo >= ref.m {
				y--
			}
			if pastWord[tk(k)] {
				k++
			}
			return fmtDate(y, mo, day), k, true
		case currentWord[tk(k)] || prev == "this":
			if currentWord[tk(k)] {
				k++
			}
			return fmtDate(ref.y, mo, day), k, true
		case prev == "next" || tk(k) == "المقبل" || tk(k) == "القادم":
			y := ref.y
			if ref.m != 0 && mo <= ref.m {
				y++
			}
			if prev != "next" {
				k++
			}
			return fmtDate(y, mo, day), k, true
		}
		if v.toks[j].flags&tfLatin != 0 && v.toks[j].flags&tfUpper == 0 {
			return "", i, false
		}
		// a bare month in news reports a past or current month
		y := ref.y
		if ref.m != 0 && mo > ref.m {
			y--
		}
		return fmtDate(y, mo, day), k, true
	}
	// year after "in"/"عام"/"في"
	if y, ok := yearTok(w); ok {
		p := tk(i - 1)
		if p == "in" || p == "عام" || p == "العام" || p == "في" || p == "سنة" || p == "خلال" || p == "since" || p == "منذ" || p == "لعام" || p == "of" {
			return strconv.Itoa(y), i + 1, true
		}
		return "", i, false
	}
	if !ref.ok {
		return "", i, false
	}
	// relative years and months
	unit := ""
	switch {
	case w == "year" || w == "العام" || w == "السنة" || w == "عام" || w == "لعام":
		unit = "y"
	case w == "month" || w == "الشهر":
		unit = "m"
	}
	if unit == "" {
		return "", i, false
	}
	prev, next := tk(i-1), tk(i+1)
	rel, end := 0, i+1
	switch {
	case prev == "last" || pastWord[next]:
		rel = -1
	case prev == "this" || currentWord[next] || prev == "هذا":
		rel = 0
	case prev == "next" || next == "المقبل" || next == "القادم":
		rel = 1
	default:
		return "", i, false
	}
	if pastWord[next] || currentWord[next] || next == "المقبل" || next == "القادم" {
		end = i + 2
	}
	if unit == "y" {
		return strconv.Itoa(ref.y + rel), end, true
	}
	if ref.m == 0 {
		return "", i, false
	}
	y, m := ref.y, ref.m+rel
	if m < 1 {
		y, m = y-1, 12
	} else if m > 12 {
		y, m = y+1, 1
	}
	return fmtDate(y, m, 0), end, true
}

func lookMonth(w, next string) (int, int) {
	if m, ok := monthPair[[2]string{w, next}]; ok {
		return m, 2
	}
	mo := 0
	if eachForm(w, func(c string) bool { mo = monthWord[c]; return mo != 0 }) {
		return mo, 1
	}
	return 0, 0
}

func fmtDate(y, m, d int) string {
	switch {
	case m == 0:
		return strconv.Itoa(y)
	case d == 0:
		return fmt.Sprintf("%04d-%02d", y, m)
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// readFigures reads every figure of sentence s. starts(i) says whether
// the matcher saw a word that can begin an amount or a date at token i;
// other words are not tried.
func (v *view) readFigures(s sentence, ref refDate, isEnt func(int) bool, stakeCue func(lo, hi int) bool, starts func(int) bool) []figure {
	var out []figure
	for i := s.tlo; i < s.thi; i++ {
		t := v.toks[i]
		start := false
		switch t.kind {
		case tkPunct:
			if _, ok := symbolCurrency[v.tok(i)]; !ok {
				continue
			}
		case tkWord:
			start = starts(i) || v.tok(i) == "a" || v.tok(i) == "an"
			if !start {
				continue
			}
		}
		if t.kind != tkWord || start {
			if m, j, ok := v.amountAt(i, s.thi); ok {
				out = append(out, figure{kind: fkAmount, tlo: i, thi: j, money: m})
				i = j - 1
				continue
			}
		}
		if t.kind == tkNum {
			if q, j, ok := v.capacityAt(i, s.thi, isEnt); ok {
				out = append(out, figure{kind: fkCapacity, tlo: i, thi: j, qty: q})
				i = j - 1
				continue
			}
			if p, j, ok := v.stakeAt(i, s.thi); ok {
				if stakeCue(max(s.tlo, i-6), min(s.thi, j+4)) {
					out = append(out, figure{kind: fkStake, tlo: i, thi: j, stake: p})
				}
				i = j - 1
				continue
			}
		}
		if t.kind == tkNum || start {
			if d, j, ok := v.dateAt(i, s.thi, ref); ok {
				out = append(out, figure{kind: fkDate, tlo: i, thi: j, date: d})
				i = j - 1
			}
		}
	}
	return out
}

// ParseAmount reads the first money amount in s ("$1.5bn", "13 مليار
// دولار", "€600 million", "ملياري دولار") and returns it with its US-dollar
// value (from USDRates). It is the amount reader Extract uses.
func ParseAmount(s string) (kg.Money, bool) {
	v := newView(s)
	for i := range v.toks {
		if m, _, ok := v.amountAt(i, len(v.toks)); ok {
			return m, true
		}
	}
	return kg.Money{}, false
}
