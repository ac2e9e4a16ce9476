package read

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// CleanText normalises text: CR/LF and Unicode line separators to "\n";
// byte-order marks, zero-width and bidi control characters and other
// control characters removed; every kind of space to one ASCII space
// within a line; lines trimmed; consecutive identical lines (a tag
// repeated by the page's layout) kept once; and paragraphs separated by
// exactly one blank line. Lines within a paragraph stay lines.
func CleanText(s string) string {
	return joinParas(paragraphs(s))
}

// CleanLine normalises a single-line value such as a title: like
// CleanText, with line breaks turned into spaces.
func CleanLine(s string) string {
	return strings.Join(strings.Fields(strings.Map(cleanRune, normNewlines(s))), " ")
}

func normNewlines(s string) string {
	if !strings.ContainsAny(s, "\r\u2028\u2029\u0085\f\v") {
		return s
	}
	r := strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u2028", "\n", "\u2029", "\n\n", "\u0085", "\n", "\f", "\n", "\v", "\n")
	return r.Replace(s)
}

// cleanRune maps invisible characters to nothing (-1) and any space to
// ' '; newlines are kept.
func cleanRune(r rune) rune {
	switch r {
	case '\n':
		return r
	case '\t':
		return ' '
	case '\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060', '\u180E', '\u00AD', '\u200E', '\u200F', '\u061C', utf8.RuneError:
		return -1
	}
	switch {
	case r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069':
		return -1 // bidi embedding and isolate controls
	case unicode.IsSpace(r):
		return ' '
	case unicode.IsControl(r), unicode.Is(unicode.Cf, r) && r != '\u0600' && r != '\u06DD':
		return -1
	}
	return r
}

// paragraphs splits cleaned text into paragraphs of non-empty lines.
func paragraphs(s string) [][]string {
	s = strings.Map(cleanRune, normNewlines(s))
	var (
		out  [][]string
		cur  []string
		last string
	)
	for _, line := range strings.Split(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		if line == last {
			continue // "مايكروسوفت\nمايكروسوفت", "\n\n" between them or not
		}
		last = line
		cur = append(cur, line)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func joinParas(ps [][]string) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(strings.Join(p, "\n"))
	}
	return b.String()
}

// ruleKind is what a boilerplate rule does to a matching line.
type ruleKind int

const (
	ruleCut ruleKind = iota
	ruleDrop
	rulePrefix
	ruleSuffix
	ruleContains
	ruleNav
)

// rules is the parsed boilerplate.txt, phrases in key form.
type rules struct {
	exact    map[string]ruleKind // cut or drop
	prefix   []string
	suffix   []string
	contains []string
	nav      map[string]bool // words and two-word phrases
}

//go:embed boilerplate.txt
var boilerplateTxt string

// defaultRules is parsed once; the table is read-only after that.
var defaultRules = sync.OnceValue(func() *rules {
	r, err := parseRules(boilerplateTxt)
	if err != nil {
		panic(err) // boilerplate.txt ships with the code; its test catches this
	}
	return r
})

func parseRules(src string) (*rules, error) {
	r := &rules{exact: map[string]ruleKind{}, nav: map[string]bool{}}
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, phrase, ok := strings.Cut(line, "\t")
		if !ok || strings.TrimSpace(phrase) == "" {
			return nil, fmt.Errorf("boilerplate.txt:%d: want KIND<TAB>phrase", i+1)
		}
		switch kind {
		case "cut":
			r.exact[exactKey(phrase)] = ruleCut
		case "drop":
			r.exact[exactKey(phrase)] = ruleDrop
		case "prefix":
			r.prefix = append(r.prefix, ruleKey(phrase))
		case "suffix":
			r.suffix = append(r.suffix, ruleKey(phrase))
		case "contains":
			r.contains = append(r.contains, ruleKey(phrase))
		case "nav":
			k := ruleKey(phrase)
			if len(strings.Fields(k)) > 2 {
				return nil, fmt.Errorf("boilerplate.txt:%d: a nav phrase has at most two words", i+1)
			}
			r.nav[k] = true
		default:
			return nil, fmt.Errorf("boilerplate.txt:%d: unknown kind %q", i+1, kind)
		}
	}
	return r, nil
}

// ruleKey folds a line for matching: lower case, Arabic diacritics and
// tatweel removed, alef/ta marbuta/ya variants folded, Arabic comma as
// comma, spaces collapsed (also around ':'). Unlike kg.Fold it keeps
// punctuation, so "صورة:" (a caption) and "صورة" (a word) differ.
func ruleKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640:
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ة':
			r = 'ه'
		case r == 'ى':
			r = 'ي'
		case r == '،':
			r = ','
		case r == '：':
			r = ':'
		}
		b.WriteRune(r)
	}
	k := strings.Join(strings.Fields(b.String()), " ")
	return strings.ReplaceAll(k, " :", ":")
}

// exactKey is ruleKey without leading bullets and trailing ':' '.' '…'
// and arrows, which vary from site to site around the same heading.
func exactKey(s string) string {
	k := ruleKey(s)
	k = strings.TrimLeft(k, "•·-–—|›»>*#+ ")
	k = strings.TrimRight(k, ":.…!|›»>«<-–— ")
	return k
}

// substantial reports whether a paragraph is real prose rather than a
// heading, label, byline or link: enough words to be a sentence. Tokens
// without a letter (dates, times, "|") do not count.
func substantial(p []string) bool {
	n := 0
	for _, l := range p {
		for _, w := range strings.Fields(l) {
			if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
				n++
			}
		}
	}
	return n >= 12
}

// StripBoilerplate removes site boilerplate from cleaned text by the rules
// in boilerplate.txt: everything from a trailing marker such as "مقالات ذات
// صلة" or "Related articles" on, comment-form and cookie lines,
// navigation lines ("زر الذهاب إلى الأعلى", "Back to top"), photo
// captions and credits. Headings and labels that are not boilerplate stay.
func StripBoilerplate(text string) string {
	return joinParas(stripParas(paragraphs(text), defaultRules()))
}

func stripParas(ps [][]string, r *rules) [][]string {
	var (
		out  [][]string
		seen bool // a substantial paragraph has been kept
	)
outer:
	for _, p := range ps {
		var keep []string
		for _, line := range p {
			switch r.match(line) {
			case ruleCut:
				if seen {
					if len(keep) > 0 {
						out = append(out, keep)
					}
					break outer
				}
				continue
			case ruleDrop:
				continue
			}
			keep = append(keep, line)
		}
		if len(keep) > 0 {
			out = append(out, keep)
			seen = seen || substantial(keep)
		}
	}
	return out
}

// match tells what a rule does to line: ruleCut, ruleDrop, or -1 for keep.
func (r *rules) match(line string) ruleKind {
	if k, ok := r.exact[exactKey(line)]; ok {
		return k
	}
	key := ruleKey(line)
	for _, p := range r.prefix {
		if strings.HasPrefix(key, p) {
			return ruleDrop
		}
	}
	if utf8.RuneCountInString(key) <= 300 {
		for _, s := range r.suffix {
			if strings.HasSuffix(key, s) {
				return ruleDrop
			}
		}
	}
	for _, c := range r.contains {
		if strings.Contains(key, c) {
			return ruleDrop
		}
	}
	if r.navLine(key) {
		return ruleDrop
	}
	return -1
}

// navLine reports whether a short line is a menu or share bar: only nav
// words, or two different ones among at most 10 words.
func (r *rules) navLine(key string) bool {
	if strings.HasSuffix(key, ".") || strings.HasSuffix(key, "؟") || strings.HasSuffix(key, "?") {
		return false
	}
	words := strings.FieldsFunc(key, func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '-'
	})
	if len(words) == 0 || len(words) > 10 {
		return false
	}
	hits, covered := map[string]bool{}, 0
	for i := 0; i < len(words); i++ {
		if i+1 < len(words) && r.nav[words[i]+" "+words[i+1]] {
			hits[words[i]+" "+words[i+1]] = true
			covered += 2
			i++
			continue
		}
		if r.nav[words[i]] {
			hits[words[i]] = true
			covered++
		}
	}
	return len(hits) >= 2 || (covered == len(words) && len(words) > 1)
}
