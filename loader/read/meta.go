package read

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Identity returns an article's ID and content Hash. The ID is the
// canonical URL when there is one, so re-loading an edited page updates
// the stored article; else it is the hash of the text, so the same text
// loaded from two files is one article. The Hash covers title and text.
func Identity(canonicalURL, title, text string) (id, hash string) {
	h := sha256.Sum256([]byte(title + "\n\n" + text))
	hash = "sha256:" + hex.EncodeToString(h[:])
	if canonicalURL != "" {
		return canonicalURL, hash
	}
	t := sha256.Sum256([]byte(text))
	return "sha256:" + hex.EncodeToString(t[:]), hash
}

// trackingParam reports whether a query parameter only tracks the reader
// and does not select the content.
func trackingParam(k string) bool {
	k = strings.ToLower(k)
	switch k {
	case "fbclid", "gclid", "dclid", "msclkid", "yclid", "mc_cid", "mc_eid", "igshid", "_ga", "ref_src":
		return true
	}
	return strings.HasPrefix(k, "utm_")
}

// CanonicalURL puts an absolute http(s) URL in the form used as an
// article's identity: scheme and host lower-cased, default port, fragment,
// tracking parameters (utm_*, fbclid, gclid, ...) and trailing slash
// dropped, remaining query parameters sorted.
func CanonicalURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", err
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", errors.New("not an http or https URL")
	}
	if u.Host == "" || u.Opaque != "" {
		return "", errors.New("no host")
	}
	host, port := u.Hostname(), u.Port()
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if host == "" {
		return "", errors.New("no host")
	}
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port != "" {
		host = net.JoinHostPort(strings.Trim(host, "[]"), port)
	}
	u.Host = host
	u.User = nil
	u.Fragment, u.RawFragment = "", ""
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if trackingParam(k) {
				delete(q, k)
			}
		}
		u.RawQuery = q.Encode() // sorted by key
	}
	u.ForceQuery = false
	p := strings.TrimRight(u.EscapedPath(), "/")
	u.RawPath = ""
	u.Path, err = url.PathUnescape(p)
	if err != nil {
		return "", err
	}
	if u.EscapedPath() != p {
		u.RawPath = p
	}
	return u.String(), nil
}

func hostOf(canonical string) string {
	u, err := url.Parse(canonical)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// NormalizeLang turns a language tag ("en-US", "ar_AE", "AR") into its
// ISO 639 code ("en", "ar"); ok is false when it is not a language tag.
func NormalizeLang(tag string) (string, bool) {
	tag = strings.ToLower(strings.TrimSpace(tag))
	switch tag {
	case "arabic", "عربي", "العربية":
		return "ar", true
	case "english":
		return "en", true
	}
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 {
		return "", false
	}
	for _, r := range tag {
		if r < 'a' || r > 'z' {
			return "", false
		}
	}
	return tag, true
}

// DetectLang tells the language of a text from its letters: "ar" when
// most are Arabic, "en" when most are Latin, "" when neither clearly
// dominates or there are too few letters to say. Latin names in Arabic
// news (OpenAI, ChatGPT) do not tip it over.
func DetectLang(text string) string {
	var ar, la int
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r):
			ar++
		case unicode.Is(unicode.Latin, r) && unicode.IsLetter(r):
			la++
		}
	}
	total := ar + la
	if total < 3 {
		return ""
	}
	switch {
	case float64(ar) >= 0.6*float64(total):
		return "ar"
	case float64(la) >= 0.6*float64(total):
		return "en"
	}
	return ""
}

// months maps month names, English and Arabic (Egyptian/Gulf and Levantine
// names), folded, to their number.
var months = func() map[string]int {
	m := map[string]int{}
	en := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	for i, n := range en {
		m[n] = i + 1
		m[n[:3]] = i + 1
	}
	m["sept"] = 9
	ar := [][]string{
		{"يناير", "كانون الثاني", "جانفي"},
		{"فبراير", "شباط", "فيفري"},
		{"مارس", "آذار"},
		{"أبريل", "ابريل", "إبريل", "نيسان", "أفريل"},
		{"مايو", "أيار", "ماي"},
		{"يونيو", "يونيه", "حزيران", "جوان"},
		{"يوليو", "يوليه", "تموز", "جويلية"},
		{"أغسطس", "اغسطس", "آب", "أوت"},
		{"سبتمبر", "أيلول"},
		{"أكتوبر", "اكتوبر", "تشرين الأول"},
		{"نوفمبر", "تشرين الثاني"},
		{"ديسمبر", "كانون الأول"},
	}
	for i, names := range ar {
		for _, n := range names {
			m[foldMonth(n)] = i + 1
		}
	}
	return m
}()

func foldMonth(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'أ', 'إ', 'آ':
			r = 'ا'
		case 'ة':
			r = 'ه'
		case 'ى':
			r = 'ي'
		}
		b.WriteRune(r)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

var (
	dateLayouts = []string{
		time.RFC3339Nano, time.RFC3339,
		"2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02T15:04",
		"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05", "2006-01-02 15:04",
		time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
		"Mon, 2 Jan 2006 15:04 -0700", "Mon, 02 Jan 2006 15:04:05 Z", "2 Jan 2006 15:04:05 -0700",
		time.RFC822Z, time.RFC822, time.RFC850, time.ANSIC,
	}
	dayOnlyLayouts = []string{"2006-01-02", "2006/01/02", "2006.01.02", "20060102"}
	// "Tuesday, July 15, 2025", "15 July 2025", "July 2025", "15 يوليو 2025",
	// "الثلاثاء 15 تموز/يوليو 2025".
	wordDate = regexp.MustCompile(`^(?:[^\d\s,]+,?\s+)?(?:(\d{1,2})\s+([^\d,]+?)|([^\d,]+?)\s+(\d{1,2})(?:st|nd|rd|th)?,?|([^\d,]+?))\s*,?\s+(\d{4})$`)
	numDate  = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$`)
	yearOnly = regexp.MustCompile(`^(\d{4})(?:-(\d{2}))?$`)
)

// NormalizeDate reads a publication date in the forms news sites and feeds
// use (RFC 3339, RFC 1123 and friends, "2025-07-15", "July 15, 2025",
// "15 July 2025", "15 يوليو 2025" and Levantine month names, Arabic-Indic
// digits, "15/07/2025" day first) and returns it as ISO: "2025-07-15" for
// a day, "2025-07-15T09:30:00Z" (UTC) when a time is given, "2025-07" or
// "2025" when only those are.
func NormalizeDate(s string) (string, error) {
	s = strings.Join(strings.Fields(asciiDigits(strings.TrimSpace(s))), " ")
	if s == "" {
		return "", errors.New("empty date")
	}
	for _, l := range dayOnlyLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC().Format(time.RFC3339), nil
		}
	}
	if m := yearOnly.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		if m[2] == "" {
			return m[1], nil
		}
		mo, _ := strconv.Atoi(m[2])
		if y > 0 && mo >= 1 && mo <= 12 {
			return m[0], nil
		}
	}
	if m := numDate.FindStringSubmatch(s); m != nil {
		d, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		return ymd(y, mo, d)
	}
	if m := wordDate.FindStringSubmatch(strings.ReplaceAll(s, "،", ",")); m != nil {
		y, _ := strconv.Atoi(m[6])
		var dayS, mon string
		switch {
		case m[2] != "":
			dayS, mon = m[1], m[2]
		case m[3] != "":
			dayS, mon = m[4], m[3]
		default:
			mon = m[5]
		}
		mo, ok := monthNumber(mon)
		if !ok {
			return "", fmt.Errorf("unknown month %q", mon)
		}
		if dayS == "" {
			return fmt.Sprintf("%04d-%02d", y, mo), nil
		}
		d, _ := strconv.Atoi(dayS)
		return ymd(y, mo, d)
	}
	return "", errors.New("unrecognised date")
}

// monthNumber finds a month name, also in "تموز/يوليو" (both calendars'
// names, as Levantine sites print them).
func monthNumber(name string) (int, bool) {
	name = foldMonth(strings.Trim(name, " .,"))
	if mo, ok := months[name]; ok {
		return mo, true
	}
	for _, part := range strings.FieldsFunc(name, func(r rune) bool { return r == '/' || r == '-' || r == '(' || r == ')' }) {
		if mo, ok := months[strings.TrimSpace(part)]; ok {
			return mo, true
		}
	}
	return 0, false
}

func ymd(y, mo, d int) (string, error) {
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if mo < 1 || mo > 12 || d < 1 || t.Day() != d {
		return "", fmt.Errorf("no such day %04d-%02d-%02d", y, mo, d)
	}
	return t.Format("2006-01-02"), nil
}

// asciiDigits turns Arabic-Indic and Persian digits into ASCII ones.
func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			return '0' + (r - '۰')
		}
		return r
	}, s)
}
