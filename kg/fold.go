package kg

import (
	"strings"
	"unicode"
)

// Fold maps a name to its matching key: case-folded; Arabic diacritics and
// tatweel removed; hamza-carrying alef forms (أ إ آ ٱ) to ا; ة to ه; ى to ي;
// ؤ to و; ئ to ي; Arabic-Indic and Persian digits to ASCII; punctuation to
// spaces; runs of space collapsed and trimmed. The loader, every store's
// name lookup and search all use it, so that "مايكروسوفت", "ميكروسوفت" (after
// aliasing) and "Microsoft" are compared the same way everywhere. Evidence
// always keeps the original text.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true // drop leading space
	for _, r := range s {
		switch {
		case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640: // harakat, superscript alef, tatweel
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ة':
			r = 'ه'
		case r == 'ى':
			r = 'ي'
		case r == 'ؤ':
			r = 'و'
		case r == 'ئ':
			r = 'ي'
		case r >= '٠' && r <= '٩':
			r = '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			r = '0' + (r - '۰')
		case r == '&' || r == '+' || r == '.':
			// kept: "AT&T", "Meta.ai" should stay distinguishable
		case unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r) || r == 0x200C || r == 0x200D || r == 0x200F || r == 0x200E:
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		b.WriteRune(unicode.ToLower(r))
		space = false
	}
	out := b.String()
	return strings.TrimRight(out, " ")
}

// Slug is the id form of a canonical English name: lower case ASCII letters
// and digits with single hyphens ("Abu Dhabi Investment Authority" →
// "abu-dhabi-investment-authority"). Non-ASCII letters are kept folded, so a
// name with no Latin spelling still gets an id.
func Slug(name string) string {
	var b strings.Builder
	dash := true
	for _, r := range Fold(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
			continue
		}
		if !dash {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.Trim(b.String(), "-")
}

// RelationshipID is the deterministic id of the relationship (source, type,
// target): the same triple always gives the same id. For symmetric types the
// caller must already have ordered the ends (see Canonical).
func RelationshipID(source string, t RelationType, target string) string {
	return source + "|" + string(t) + "|" + target
}

// Canonical orders the ends of a symmetric relationship (smaller id first)
// and leaves others as they are.
func Canonical(source string, t RelationType, target string) (string, string) {
	if t.Symmetric() && target < source {
		return target, source
	}
	return source, target
}
