package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aikg/aikg/kg"
)

// corporate suffixes that make a capitalised name an organisation; the
// first group is dropped from the canonical name ("Windsurf Inc." →
// "Windsurf").
var corpDrop = map[string]bool{"inc": true, "corp": true, "corporation": true, "ltd": true, "llc": true, "plc": true, "co": true, "gmbh": true, "sa": true, "ag": true}
var corpKeep = map[string]bool{"labs": true, "lab": true, "ai": true, "technologies": true, "technology": true, "capital": true, "ventures": true, "partners": true,
	"group": true, "holdings": true, "systems": true, "robotics": true, "computing": true, "cloud": true, "networks": true, "semiconductor": true, "semiconductors": true,
	"intelligence": true, "data": false, "energy": true, "investments": true, "management": true, "fund": true, "bank": true}

// capitalised words that are not names on their own.
var capStop = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "it": true, "its": true, "this": true, "that": true, "these": true,
	"those": true, "he": true, "she": true, "they": true, "we": true, "i": true, "but": true, "and": true, "or": true, "as": true, "after": true,
	"before": true, "while": true, "when": true, "according": true, "however": true, "meanwhile": true, "under": true, "with": true, "for": true,
	"from": true, "by": true, "to": true, "of": true, "if": true, "so": true, "also": true, "last": true, "earlier": true, "ai": true, "ceo": true,
	"cfo": true, "cto": true, "coo": true, "gpu": true, "gpus": true, "api": true, "agi": true, "llm": true, "llms": true, "ipo": true, "sec": true,
	"ftc": true, "doj": true, "chief": true, "executive": true, "officer": true, "president": true, "founder": true, "mr": true, "ms": true, "dr": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true, "prime": true, "minister": true,
	"sheikh": true, "his": true, "her": true, "their": true, "our": true, "what": true, "why": true, "how": true, "who": true, "there": true, "here": true,
	"both": true, "all": true, "some": true, "many": true, "one": true, "two": true, "new": true, "other": true, "analysts": true, "investors": true,
	"sources": true, "people": true, "officials": true, "data": true, "center": true, "centers": true, "cloud": true, "inc": true, "corp": true,
	"tpu": true, "cpu": true, "cpus": true, "tpus": true, "lpus": true, "lpu": true, "apis": true, "q1": true, "q2": true, "q3": true, "q4": true, "gw": true, "mw": true, "ceos": true, "chairman": true, "co": true,
	"billion": true, "million": true, "us": true, "uk": true, "eu": true, "uae": true, "nasdaq": true, "nyse": true, "ltd": true, "via": true,
}

func init() {
	for m := range monthWord {
		if m[0] < 0x80 {
			capStop[m] = true
		}
	}
}

// capSeq is a run of capitalised Latin tokens.
type capSeq struct{ lo, hi int }

// discover finds entities the gazetteer lacks: names introduced by a cue
// ("شركة “X”", "the startup X", "منصة X"), names with a corporate suffix
// ("X Labs", "X Inc."), people next to a role title, and — as weak
// candidates used only if a relation needs them — other capitalised
// names (and Latin-script names inside Arabic text).
func (r *run) discover() {
	r.glossedNames()
	v := r.v
	inMent := boolsN(&r.bufs.inMent, len(v.toks))
	for _, m := range r.ments {
		for k := m.tlo; k < m.thi && k < len(inMent); k++ {
			inMent[k] = true
		}
	}
	if r.shortForms(inMent) {
		r.sortMentions()
	}
	type cand struct {
		nb, ne int32
		name   string
		kind   kg.EntityKind
		weak   bool
	}
	var found []cand
	var openers []int // capitalised sentence openers (step 2)
	claim := func(lo, hi int) bool {
		for k := lo; k < hi; k++ {
			if inMent[k] {
				return false
			}
		}
		for k := lo; k < hi; k++ {
			inMent[k] = true
		}
		return true
	}
	sentOf := intsN(&r.bufs.sentOf, len(v.toks))
	clear(sentOf)
	for si, s := range v.sent {
		for k := s.tlo; k < s.thi; k++ {
			sentOf[k] = si
		}
	}
	r.hyphenNames(sentOf, inMent, func(lo, hi int) {
		if claim(lo, hi) {
			nb, ne := v.toks[lo].nb, v.toks[hi-1].ne
			found = append(found, cand{nb, ne, r.origText(nb, ne), kg.Organization, false})
		}
	})
	// 1. cue words
	for _, h := range r.lex {
		lx := &lexicon[h.lex]
		if lx.cue == "" {
			continue
		}
		k := int(h.te) + 1
		if k >= len(v.toks) || sentOf[k] != sentOf[k-1] {
			continue
		}
		kind := lx.cue
		if v.tok(k) == "\"" {
			// quoted name: up to 6 tokens to the closing quote
			end := -1
			for j := k + 1; j < len(v.toks) && j <= k+7 && sentOf[j] == sentOf[k]; j++ {
				if v.tok(j) == "\"" {
					end = j
					break
				}
			}
			if end > k+1 && claim(k+1, end) {
				nb, ne := v.toks[k+1].nb, v.toks[end-1].ne
				found = append(found, cand{nb, ne, r.origText(nb, ne), kind, false})
			}
			continue
		}
		if v.toks[k].flags&tfLatin != 0 {
			if cs, ok := r.capSeqAt(k, sentOf); ok && claim(cs.lo, cs.hi) {
				nb, ne := v.toks[cs.lo].nb, v.toks[cs.hi-1].ne
				found = append(found, cand{nb, ne, cleanName(r.origText(nb, ne)), kind, false})
			}
			continue
		}
		// "شركة X الناشئة": one or two Arabic words before الناشئة
		if v.toks[k].flags&tfArabic != 0 && strings.HasPrefix(v.norm[h.nb:h.ne], "شرك") && !arNisba(v.tok(k)) {
			for n := 1; n <= 2; n++ {
				j := k + n
				if j < len(v.toks) && sentOf[j] == sentOf[k] && strings.HasSuffix(v.tok(j), "الناشية") || j < len(v.toks) && v.tok(j) == "الناشئة" {
					if claim(k, j) {
						nb, ne := v.toks[k].nb, v.toks[j-1].ne
						found = append(found, cand{nb, ne, r.origText(nb, ne), kg.Organization, false})
					}
					break
				}
			}
		}
	}
	// 2. capitalised sequences
	var glossAr map[int]string // found index → the Arabic spelling it glosses
	titleAt := map[int]bool{}
	for _, h := range r.lex {
		if lexicon[h.lex].fr == frTitle {
			titleAt[int(h.tb)] = true
			titleAt[int(h.te)] = true
		}
	}
	for k := 0; k < len(v.toks); k++ {
		if inMent[k] {
			continue
		}
		cs, ok := r.capSeqAt(k, sentOf)
		if !ok {
			continue
		}
		k = cs.hi - 1
		lo, hi := cs.lo, cs.hi
		lastW := v.tok(hi - 1)
		n := hi - lo
		kind := kg.Organization
		weak := true
		if allCorpSuffix(v, lo, hi) {
			continue // "Qualcomm Incorporated", "Nebius Group N.V.": the suffix belongs to the name before it
		}
		switch {
		case corpDrop[lastW] || corpKeep[lastW] && n > 1:
			weak = false
		case r.orgApposAfter(hi, sentOf):
			weak = false // "Kairos Power, an Alameda-based startup", "Oklo, the reactor startup chaired by"
		case n >= 2 && n <= 3 && (titleAt[lo-1] || titleAt[lo-2] && lo >= 2 && v.tok(lo-1) == "," || titleAt[hi] || titleAt[hi+1] && v.tok(hi) == ","):
			kind, weak = kg.Person, false
		case lo >= 2 && namingWord[v.tok(lo-1)] && productNoun[v.tok(lo-2)]:
			kind, weak = kg.Product, false // "a coding agent dubbed Pilot X", "a chatbot called Aria"
		case hi < len(v.toks) && sentOf[hi] == sentOf[lo] && productHead[v.tok(hi)] && lo >= 1 && productDet(v, lo):
			kind, weak = kg.Product, false // "the Nandora model", "Amazon's Zenthor models", "its Velora platform"
		}
		if weak && n == 1 && lo == v.sent[sentOf[lo]].tlo {
			openers = append(openers, lo) // a capitalised sentence opener: a name only if found elsewhere
			continue
		}
		if v.tok(lo) == "artificial" || v.tok(lo) == "generative" || v.tok(lo) == "machine" && v.tok(hi-1) == "learning" {
			continue // the field, in a section header: "Technology | Artificial Intelligence"
		}
		if weak && n == 1 && capStop[v.tok(lo)] {
			continue
		}
		if weak && n == 1 && modelCode(v.tok(lo)) {
			continue // a chip or system model: "AI200", "H100", "MI300X"
		}
		if weak && (nationality[v.tok(lo)] || v.tok(lo) == "series" || n == 1 && len(v.tok(lo)) < 3) {
			continue // "Chinese", "Series K", "Co"
		}
		if lo > 0 && v.tok(lo-1) == "(" && v.toks[lo].flags&tfLatin != 0 && r.arabicAround(lo) {
			// a gloss: "(AGI)", "(API)" are terms; "نوفاتك (Novatech)",
			// "«زينة» (Zeena AI)" a name the Arabic spelling before it
			// transliterates: the Latin name is the entity and the
			// Arabic spelling its alias in this article
			if ar, ok := r.glossedSpelling(lo, hi, inMent); ok && claim(lo, hi) {
				nb, ne := v.toks[lo].nb, v.toks[hi-1].ne
				if glossAr == nil {
					glossAr = map[int]string{}
				}
				glossAr[len(found)] = ar
				found = append(found, cand{nb, ne, cleanName(r.origText(nb, ne)), kind, false})
			} else if r.glossOfName(lo, hi, inMent) && claim(lo, hi) {
				// "شركة «ميزان» (Mizan Labs)": the Arabic name is found
				// already; glossedNames makes it the Latin one
				nb, ne := v.toks[lo].nb, v.toks[hi-1].ne
				found = append(found, cand{nb, ne, cleanName(r.origText(nb, ne)), kind, false})
			}
			continue
		}
		if weak && lo > 0 && (v.tok(lo-1) == ":" || v.tok(lo-1) == "(") {
			continue // a ticker or a dateline: "(Nasdaq: NBIS)", "(Example Wire)"
		}
		if !claim(lo, hi) {
			continue
		}
		nb, ne := v.toks[lo].nb, v.toks[hi-1].ne
		found = append(found, cand{nb, ne, cleanName(r.origText(nb, ne)), kind, weak})
	}
	// a sentence opener is the name the article names mid-sentence ("…
	// agreed to buy Cerner. Cerner's backers include …", "Cerner raised …")
	for _, lo := range openers {
		w := v.tok(lo)
		for _, f := range found {
			if f.kind == kg.Organization && f.ne-f.nb == int32(len(w)) && v.norm[f.nb:f.ne] == w && claim(lo, lo+1) {
				nb, ne := v.toks[lo].nb, v.toks[lo].ne
				found = append(found, cand{nb, ne, f.name, f.kind, f.weak})
				break
			}
		}
	}
	// 2b. a quoted Arabic name governed by a trigger word, directly or
	// through its preposition ("استحوذت X على «نوفاتك»", "استثمرت في
	// «ريادة»"): the quotes mark a name even without a cue word
	for k := 1; k+2 < len(v.toks); k++ {
		if t := v.toks[k]; t.ne-t.nb != 1 || v.norm[t.nb] != '"' || inMent[k+1] || !r.triggerEndsAt(k-1) && !r.governedQuote(k, inMent) {
			continue
		}
		end := -1
		for j := k + 1; j < len(v.toks) && j <= k+4 && sentOf[j] == sentOf[k]; j++ {
			if v.tok(j) == "\"" {
				end = j
				break
			}
			if !arabicNameTok(v, j, inMent) {
				break
			}
		}
		if end < 0 || end == k+1 {
			continue
		}
		nb, ne := v.toks[k+1].nb, v.toks[end-1].ne
		if r.lexWithin(nb, ne) || !claim(k+1, end) {
			continue
		}
		found = append(found, cand{nb, ne, r.origText(nb, ne), kg.Organization, false})
	}
	// 2b'. an unquoted Arabic name right after an acquisition or
	// investment trigger and its preposition, closed by a price or a
	// comma: "استحوذت سيسكو على سبلانك مقابل 28 مليار دولار"
	for _, h := range r.lex {
		lx := &lexicon[h.lex]
		if lx.rel != kg.Acquires && lx.rel != kg.InvestsIn || lx.fr != frVerb && lx.fr != frNoun || v.toks[int(h.tb)].flags&tfArabic == 0 {
			continue
		}
		k := int(h.te) + 1
		for k < len(v.toks) && k <= int(h.te)+4 && inMent[k] {
			k++ // the VSO subject
		}
		company := false
		if k+2 < len(v.toks) && (v.tok(k) == "شركة" || (v.tok(k) == "علي" || v.tok(k) == "في") && v.tok(k+1) == "شركة") {
			// "استحوذت X على شركة سبلانك الأمريكية", "اشترت X شركة Y
			// مقابل …": the company word before the name; an adjective
			// agreeing with it ends in ة ("شركة ناشئة", "شركة أمريكية")
			company = true
			if v.tok(k) != "شركة" {
				k++
			}
			if strings.HasSuffix(v.tok(k+1), "ة") {
				continue
			}
		}
		if k+2 >= len(v.toks) || !company && v.tok(k) != "علي" && v.tok(k) != "في" {
			continue
		}
		j := k + 1
		for j < len(v.toks) && j-k <= 2 && sentOf[j] == sentOf[k] && arabicNameTok(v, j, inMent) && !commonObject[v.tok(j)] && !nameCloser[v.tok(j)] && !(company && j > k+1 && strings.HasPrefix(v.tok(j), "ال")) {
			j++ // (the name itself may fold to "ال…")
		}
		if j == k+1 || j >= len(v.toks) || !nameCloser[v.tok(j)] && !(company && strings.HasPrefix(v.tok(j), "ال")) {
			continue
		}
		nb, ne := v.toks[k+1].nb, v.toks[j-1].ne
		if r.lexWithin(nb, ne) || !claim(k+1, j) {
			continue
		}
		found = append(found, cand{nb, ne, r.origText(nb, ne), kg.Organization, false})
	}
	// 2c. a ministry or an authority is named by its definite nouns:
	// "وزارة الاتصالات وتقنية المعلومات", "وزارة الاستثمار السعودية",
	// "هيئة الاتصالات والفضاء والتقنية"
	bodies := strings.Contains(v.norm, "وزارة") || strings.Contains(v.norm, "هيية")
	for k := 0; bodies && k+1 < len(v.toks); k++ {
		t := v.toks[k]
		if t.ne-t.nb < 8 || v.norm[t.ne-1] != 0xA9 || v.norm[t.ne-2] != 0xD8 {
			continue // (every body cue ends in ة: no map lookup for other words)
		}
		pre, ok := bodyCue[v.tok(k)]
		if !ok || inMent[k] {
			continue
		}
		j := k + 1
		for j < len(v.toks) && j-k <= 5 && sentOf[j] == sentOf[k] && !inMent[j] && v.toks[j].kind == tkWord && v.toks[j].flags&tfArabic != 0 {
			t := v.tok(j)
			if stopFill[t] {
				break
			}
			if !strings.HasPrefix(t, "ال") && !strings.HasPrefix(t, "وال") && !strings.HasPrefix(t, "لل") {
				// a construct after "و": "وتقنية المعلومات"
				if strings.HasPrefix(t, "و") && j+1 < len(v.toks) && sentOf[j+1] == sentOf[k] && !inMent[j+1] && strings.HasPrefix(v.tok(j+1), "ال") {
					j += 2
					continue
				}
				break
			}
			j++
		}
		if j == k+1 {
			continue
		}
		nb, ne := v.toks[k].nb, v.toks[j-1].ne
		nb += int32(pre) // the name starts at "وزارة", after its proclitics
		if r.lexWithin(nb, ne) || !claim(k, j) {
			continue
		}
		found = append(found, cand{nb, ne, r.origText(nb, ne), kg.Organization, false})
	}
	// 3. Arabic names after a title: "الرئيس التنفيذي لـ X، فلان الفلاني،"
	for _, h := range r.lex {
		if lexicon[h.lex].fr != frTitle || v.toks[int(h.tb)].flags&tfArabic == 0 {
			continue
		}
		k := int(h.te) + 1
		// skip "لـ X" / "لشركة X"
		for k < len(v.toks) && (v.tok(k) == "ل" || lPrefixed[v.tok(k)] || inMent[k]) && k < int(h.te)+6 {
			k++
		}
		if k >= len(v.toks) || v.tok(k) != "," {
			continue
		}
		j := k + 1
		for j < len(v.toks) && j <= k+3 && v.toks[j].kind == tkWord && v.toks[j].flags&tfArabic != 0 && !inMent[j] && !stopFill[v.tok(j)] {
			j++
		}
		if j > k+1 && j < len(v.toks) && (v.tok(j) == "," || v.tok(j) == ".") && j-k-1 >= 2 && claim(k+1, j) {
			nb, ne := v.toks[k+1].nb, v.toks[j-1].ne
			found = append(found, cand{nb, ne, r.origText(nb, ne), kg.Person, false})
		}
	}
	// 4. Arabic names before a title: "وقال فيصل البناي، الأمين العام لـ…"
	// and right after a title that has its organisation: "رئيسها التنفيذي
	// راجيت ناندا،"
	for _, h := range r.lex {
		if lexicon[h.lex].fr != frTitle || v.toks[int(h.tb)].flags&tfArabic == 0 {
			continue
		}
		t0 := int(h.tb)
		if t0 >= 2 && v.tok(t0-1) == "," {
			j := t0 - 2
			n := 0
			for j >= 0 && n < 4 && arabicNameTok(v, j, inMent) {
				j--
				n++
			}
			if n >= 2 && (j < 0 || speechVerb[v.tok(j)] || v.tok(j) == "," || sentOf[j] != sentOf[t0]) && claim(j+1, t0-1) {
				nb, ne := v.toks[j+1].nb, v.toks[t0-2].ne
				found = append(found, cand{nb, ne, r.origText(nb, ne), kg.Person, false})
				continue
			}
		}
		k := int(h.te) + 1
		// "الرئيس التنفيذي لـ«كور42» كيريل إيفتيموف": over a detached لـ
		// and the quotes of the organisation's name
		if j := k; j+1 < len(v.toks) && (v.tok(j) == "ل" || v.tok(j) == "\"" || lPrefixed[v.tok(j)]) {
			for j < len(v.toks) && j <= int(h.te)+2 && (v.tok(j) == "ل" || v.tok(j) == "\"" || lPrefixed[v.tok(j)]) {
				j++
			}
			if j < len(v.toks) && inMent[j] {
				k = j
			}
		}
		if possTitle(v.norm[h.nb:h.ne]) || k < len(v.toks) && inMent[k] {
			afterOrg := k < len(v.toks) && inMent[k]
			for k < len(v.toks) && (inMent[k] || v.tok(k) == "\"" && k > 0 && inMent[k-1]) && k <= int(h.te)+6 {
				k++
			}
			j := k
			for j < len(v.toks) && j-k < 3 && arabicNameTok(v, j, inMent) {
				j++
			}
			if pt := possTitle(v.norm[h.nb:h.ne]); pt && j > k && j+1 < len(v.toks) && j-k < 3 && v.toks[j].kind == tkWord && !inMent[j] &&
				strings.HasPrefix(v.tok(j), "ال") && !stopFill[v.tok(j)] && (v.tok(j+1) == "," || v.tok(j+1) == "." || stopFill[v.tok(j+1)]) {
				j++ // a family name with the article: "مديرها التنفيذي خالد العمري، "
			}
			// the name ends at punctuation or, after a possessive title
			// ("رئيسها التنفيذي سامي حداد منذ 2020"), at a function word
			// or a word with the article
			end := j >= len(v.toks) || v.tok(j) == "," || v.tok(j) == "." ||
				(possTitle(v.norm[h.nb:h.ne]) || afterOrg && speechThat[v.tok(j)]) && sentOf[j] == sentOf[k] && (stopFill[v.tok(j)] || strings.HasPrefix(v.tok(j), "ال"))
			if j-k >= 2 && end && claim(k, j) {
				nb, ne := v.toks[k].nb, v.toks[j-1].ne
				found = append(found, cand{nb, ne, r.origText(nb, ne), kg.Person, false})
			}
		}
	}
	// 5. "يشغل فلان الفلاني منصب الرئيس التنفيذي": the name between a verb
	// of holding and "منصب" (the post)
	for k := 2; k < len(v.toks); k++ {
		if w := v.tok(k); w != "منصب" && w != "منصبي" {
			continue
		}
		// the verb and "منصب" bound the name, so a family name with the
		// article ("الإدريسي") is part of it; the first name has none
		j := k - 1
		for j >= 0 && k-j <= 4 && !holdVerb[v.tok(j)] && (arabicNameTok(v, j, inMent) ||
			strings.HasPrefix(v.tok(j), "ال") && v.toks[j].kind == tkWord && !inMent[j] && !stopFill[v.tok(j)]) {
			j--
		}
		if j >= 0 && k-j-1 >= 2 && holdVerb[v.tok(j)] && !strings.HasPrefix(v.tok(j+1), "ال") && sentOf[j] == sentOf[k] && claim(j+1, k) {
			nb, ne := v.toks[j+1].nb, v.toks[k-1].ne
			found = append(found, cand{nb, ne, r.origText(nb, ne), kg.Person, false})
		}
	}
	if len(found) == 0 {
		return
	}
	// register, then find later mentions of the strong ones
	names := map[string]int{}
	for fi, f := range found {
		if utf8.RuneCountInString(f.name) < 2 || kg.Slug(f.name) == "" {
			continue
		}
		ei := r.unknownEntity(f.name, f.kind)
		e := r.ents[ei]
		if !f.weak {
			e.strong = true
			names[foldString(f.name)] = ei
			if ar, ok := glossAr[fi]; ok {
				names[ar] = ei
			}
			if f.kind == kg.Organization {
				if sp := strings.Fields(f.name); len(sp) > 1 && len(sp[0]) >= 4 {
					if rr, _ := utf8.DecodeRuneInString(sp[0]); unicode.IsUpper(rr) && !capStop[strings.ToLower(sp[0])] {
						if _, ok := names[foldString(sp[0])]; !ok {
							names[foldString(sp[0])] = ei
						}
					}
				}
			}
		}
		if f.kind == kg.Organization && r.startupCue(f.nb) {
			e.startup = true
		}
		r.addMention(mention{pb: f.nb, nb: f.nb, ne: f.ne, ent: ei, weak: f.weak})
	}
	for fn, ei := range names {
		for off := 0; off < len(v.norm); {
			i := strings.Index(v.norm[off:], fn)
			if i < 0 {
				break
			}
			s := off + i
			e := s + len(fn)
			off = s + 1
			pb, ok := leftOK(v.norm, s)
			if !ok {
				continue
			}
			if e < len(v.norm) {
				if rr, _ := utf8.DecodeRuneInString(v.norm[e:]); isWordRune(rr) {
					continue
				}
			}
			lo, hi := r.tokOf(int32(pb)), r.tokOf(int32(e-1))+1
			if !claim(lo, hi) {
				continue
			}
			r.addMention(mention{pb: int32(pb), nb: int32(s), ne: int32(e), ent: ei})
		}
	}
	r.sortMentions()
	// a name found from its cue may carry a gloss too: "شركة «آلات»
	// (Alat)" is Alat wherever «آلات» is written
	r.glossedNames()
	// lexicon hits now covered by new names go
	r.lex = r.dropCovered(r.lex)
}

// glossedNames: an Arabic spelling glossed with its Latin name in
// parentheses ("«غروك» (Groq)", "شركة «ميتا» (Meta)") means, in this
// article, the glossed entity: an Arabic transliteration can stand for
// several names (غروك is both Groq and xAI's Grok), and the writer's gloss
// settles which one; every mention of that spelling follows it.
func (r *run) glossedNames() {
	v := r.v
	var remap map[string]int
	for i := 0; i+1 < len(r.ments); i++ {
		a := r.ments[i]
		if a.coref || a.tlo >= len(v.toks) || v.toks[a.tlo].flags&tfArabic == 0 {
			continue
		}
		k := a.thi
		for k < len(v.toks) && k < a.thi+2 && v.tok(k) == "\"" {
			k++
		}
		if k >= len(v.toks) || v.tok(k) != "(" {
			continue
		}
		b := r.ments[i+1]
		if b.tlo != k+1 || b.ent == a.ent || v.toks[b.tlo].flags&tfLatin == 0 || b.thi >= len(v.toks) || v.tok(b.thi) != ")" {
			continue
		}
		if remap == nil {
			remap = map[string]int{}
		}
		remap[v.norm[a.nb:a.ne]] = b.ent
	}
	if remap == nil {
		return
	}
	left := map[int]bool{}
	for i := range r.ments {
		m := &r.ments[i]
		if e, ok := remap[v.norm[m.nb:m.ne]]; ok && !m.coref {
			m.ent = e
		}
		left[m.ent] = true
	}
	for i, e := range r.ents {
		if !left[i] {
			e.strong = false
		}
	}
}

// startupCue: "startup"/"الناشئة" within two tokens of a name.
func (r *run) startupCue(nb int32) bool {
	k := r.tokOf(nb)
	latin := r.v.toks[k].flags&tfLatin != 0
	found := false
	for j := max(0, k-3); j < min(len(r.v.toks), k+4); j++ {
		w := r.v.tok(j)
		if latin && (w == "." || w == "!" || w == "?") {
			// not over a sentence end: "… Shopify and Stripe. The startup
			// raised …" calls the article's company a startup, not Stripe
			if j >= k {
				break
			}
			found = false
			continue
		}
		if w == "startup" || w == "start" || w == "الناشية" || w == "الناشئة" || w == "ناشئة" {
			found = true
		}
	}
	return found
}

// arabicAround reports whether the sentence of token k is mostly Arabic.
func (r *run) arabicAround(k int) bool {
	ar, la := 0, 0
	for j := max(0, k-6); j < min(len(r.v.toks), k+6); j++ {
		if r.v.toks[j].flags&tfArabic != 0 {
			ar++
		} else if r.v.toks[j].flags&tfLatin != 0 {
			la++
		}
	}
	return ar > la
}

// capSeqAt reads a run of capitalised Latin words starting at k, joined
// by "&", "-", "." without spaces ("Character.AI") or by "&"/"of" with
// spaces ("AT&T", "Bank of America").
func (r *run) capSeqAt(k int, sentOf []int) (capSeq, bool) {
	v := r.v
	isCap := func(j int) bool {
		t := v.toks[j]
		if t.kind != tkWord || t.flags&tfLatin == 0 {
			return false
		}
		// "xAI", "iPhone": an upper-case letter inside counts too
		return t.flags&tfAnyUpper != 0
	}
	if k >= len(v.toks) || !isCap(k) {
		return capSeq{}, false
	}
	j := k + 1
	for j < len(v.toks) && j-k < 6 && sentOf[j] == sentOf[k] {
		if r.mentionAt(j) {
			break
		}
		if isCap(j) {
			j++
			continue
		}
		w := v.tok(j)
		if (w == "&" || w == "." || w == "-") && j+1 < len(v.toks) && v.toks[j].nb == v.toks[j-1].ne && v.toks[j+1].nb == v.toks[j].ne && isCap(j+1) {
			j += 2
			continue
		}
		break
	}
	// trailing "Inc." style suffix words are capitalised already; a
	// leading "The" goes
	for k < j && capStop[v.tok(k)] && j-k > 1 {
		k++
	}
	if k >= j {
		return capSeq{}, false
	}
	return capSeq{k, j}, true
}

// cleanName drops corporate suffixes and possessives from a name.
func cleanName(s string) string {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s"))
	f := strings.Fields(s)
	for len(f) > 1 && corpDrop[strings.ToLower(strings.Trim(f[len(f)-1], ".,"))] {
		f = f[:len(f)-1]
	}
	out := strings.Join(f, " ")
	return strings.Trim(out, " ,.;:")
}

var _ = sort.Ints

// hyphenSuffix are the lower-case second halves of "Nvidia-backed",
// "Paris-based": modifiers, never the end of a name.
var hyphenSuffix = map[string]bool{"backed": true, "owned": true, "based": true, "funded": true, "led": true, "related": true, "style": true,
	"like": true, "made": true, "built": true, "powered": true, "designed": true, "linked": true, "run": true, "operated": true,
	"controlled": true, "affiliated": true, "listed": true, "focused": true, "only": true, "native": true, "specific": true, "branded": true,
	"developed": true, "supported": true, "sponsored": true, "headquartered": true, "owner": true, "era": true, "level": true, "scale": true}

// hyphenNames finds organisation names written as a capitalised word, a
// hyphen and a lower-case word ("X-energy", "Y-combinator") that an
// apposition says are organisations ("X-energy, a reactor designer"):
// the gazetteer name the first half happens to spell ("X") is no mention
// there, nor in the compound's later occurrences.
func (r *run) hyphenNames(sentOf []int, inMent []bool, add func(lo, hi int)) {
	v := r.v
	var compounds []string
	for k := 0; k+3 < len(v.toks); k++ {
		if f := v.toks[k].flags; f&tfUpper == 0 || f&tfLatin == 0 {
			continue // (most words: read no further)
		}
		a, h, b := v.toks[k], v.toks[k+1], v.toks[k+2]
		if a.flags&tfUpper == 0 || a.flags&tfLatin == 0 || v.tok(k+1) != "-" || h.nb != a.ne || b.nb != h.ne ||
			b.kind != tkWord || b.flags&(tfLatin|tfAnyUpper) != tfLatin || hyphenSuffix[v.tok(k+2)] {
			continue
		}
		if !r.orgApposAfter(k+3, sentOf) {
			continue
		}
		compounds = append(compounds, v.norm[a.nb:b.ne])
	}
	if len(compounds) == 0 {
		return
	}
	out := r.ments[:0]
	for _, m := range r.ments {
		drop := false
		for _, cp := range compounds {
			if strings.HasPrefix(v.norm[m.nb:], cp) && m.ne < m.nb+int32(len(cp)) {
				drop = true
			}
		}
		if drop {
			for k := m.tlo; k < m.thi && k < len(inMent); k++ {
				inMent[k] = false
			}
			continue
		}
		out = append(out, m)
	}
	r.ments = out
	for k := 0; k+3 < len(v.toks); k++ {
		for _, cp := range compounds {
			if v.toks[k].nb == v.toks[k+2].nb-int32(len(cp))+int32(len(v.tok(k+2))) && v.norm[v.toks[k].nb:v.toks[k+2].ne] == cp {
				add(k, k+3)
			}
		}
	}
}

// corpSuffix are the words of a corporate form that close a name
// ("Incorporated", "N.V.", "S.A."); alone they are no name.
var corpSuffix = map[string]bool{"incorporated": true, "limited": true, "nv": true, "n": true, "v": true, "s": true, "bv": true, "se": true}

// allCorpSuffix: tokens lo..hi are only corporate-form words and dots.
func allCorpSuffix(v *view, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if w := v.tok(k); !corpDrop[w] && !corpSuffix[w] && w != "." {
			return false
		}
	}
	return true
}

// orgHead are English head nouns of a description that says what an
// organisation is ("a reactor designer", "the AI startup").
var orgHead = map[string]bool{"startup": true, "start-up": true, "company": true, "firm": true, "designer": true, "developer": true,
	"maker": true, "chipmaker": true, "manufacturer": true, "operator": true, "provider": true, "utility": true, "consortium": true,
	"lab": true, "laboratory": true, "conglomerate": true, "subsidiary": true, "supplier": true, "builder": true, "producer": true,
	"investor": true, "insurer": true, "bank": true, "fund": true, "unicorn": true, "neocloud": true, "hyperscaler": true, "specialist": true}

// orgApposAfter: the capitalised name ending before token hi is followed
// by an apposition whose head says it is an organisation: ", a/an/the
// … startup/company/designer …" before the apposition's end.
func (r *run) orgApposAfter(hi int, sentOf []int) bool {
	v := r.v
	if hi+2 >= len(v.toks) || v.tok(hi) != "," || sentOf[hi+1] != sentOf[hi] {
		return false
	}
	switch v.tok(hi + 1) {
	case "a", "an", "the":
	default:
		return false
	}
	for k := hi + 2; k < len(v.toks) && k <= hi+9 && sentOf[k] == sentOf[hi]; k++ {
		w := v.tok(k)
		if w == "," && k+1 < len(v.toks) && v.toks[k+1].flags&tfUpper != 0 && k-1 > hi+1 && v.toks[k-1].flags&tfUpper != 0 {
			continue // "an Alameda, California-based startup"
		}
		if w == "," || w == "." || w == ";" || w == "(" {
			return false
		}
		if orgHead[w] {
			return true
		}
	}
	return false
}

// speechVerb: reporting verbs that introduce a speaker's name.
var speechVerb = map[string]bool{}

func init() {
	for _, w := range []string{"قال", "وقال", "قالت", "وقالت", "اوضح", "واوضح", "اوضحت", "واوضحت", "اكد", "واكد", "اكدت", "واكدت",
		"اضاف", "واضاف", "اضافت", "واضافت", "اشار", "واشار", "اشارت", "واشارت", "صرح", "وصرح", "ذكر", "وذكر", "لفت", "ولفت",
		"اعتبر", "واعتبر", "كشف", "وكشف", "اعلن", "واعلن", "يقول", "ويقول", "تقول", "وتقول", "عين", "وعين", "عُين"} {
		speechVerb[foldString(w)] = true
	}
}

// arabicNameTok: an Arabic word that can be part of a person's name (not
// inside a known name, not a function word, no article).
func arabicNameTok(v *view, j int, inMent []bool) bool {
	t := v.toks[j]
	if t.kind != tkWord || t.flags&tfArabic == 0 || inMent[j] {
		return false
	}
	w := v.tok(j)
	return !stopFill[w] && !strings.HasPrefix(w, "ال") && !speechVerb[w] && utf8.RuneCountInString(w) >= 2 && !honorific[w]
}

// holdVerb: the verbs of holding a post ("يشغل/يتولى منصب").
var holdVerb = map[string]bool{}

func init() {
	for _, w := range []string{"يشغل", "تشغل", "شغل", "شغلت", "يتولى", "تتولى", "تولى", "تولت", "سيتولى", "ستتولى"} {
		for _, p := range []string{"", "و", "ف"} {
			holdVerb[foldString(p+w)] = true
		}
	}
}

var honorific = map[string]bool{"البروفيسور": true, "الدكتور": true, "المهندس": true, "السيد": true, "السيدة": true, "سمو": true, "معالي": true}

// nationality adjectives and other capitalised non-names that open a
// capitalised sequence.
var nationality = map[string]bool{}

func init() {
	for _, w := range []string{"american", "chinese", "french", "european", "canadian", "british", "german", "japanese", "korean", "south",
		"indian", "saudi", "emirati", "qatari", "kuwaiti", "israeli", "italian", "spanish", "dutch", "swiss", "swedish", "taiwanese", "arab",
		"gulf", "asian", "african", "middle", "western", "eastern", "northern", "southern", "global", "artificial", "generative", "federal",
		"national", "state", "congress", "senate", "white", "wall", "silicon", "big", "new", "former", "chief", "senior", "vice", "executive",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "photo", "reporting", "editing", "read", "related", "tags",
		"christmas", "easter", "thanksgiving", "halloween", "ramadan", "eid", "diwali", "hanukkah", "labor", "memorial", "independence"} {
		nationality[w] = true
	}
}

// glossedSpelling: the Latin name at tokens [lo, hi) stands in
// parentheses right after an Arabic spelling of it — a quoted one
// ("«زينة» (Zeena AI)") or one to three name-like words no lexicon word
// covers ("نوفاتك (Novatech)") — and is no bare term ("(AGI)"); it
// returns that spelling, folded.
func (r *run) glossedSpelling(lo, hi int, inMent []bool) (string, bool) {
	v := r.v
	if hi >= len(v.toks) || v.tok(hi) != ")" || lo < 2 {
		return "", false
	}
	if hi-lo == 1 && (capStop[v.tok(lo)] || len(v.tok(lo)) < 3) {
		return "", false
	}
	e := lo - 2 // last token of the Arabic spelling
	b := e
	if v.tok(e) == "\"" {
		e--
		b = e
		for b > 0 && e-b < 3 && v.tok(b-1) != "\"" {
			b--
		}
		if b == 0 || v.tok(b-1) != "\"" {
			return "", false
		}
	} else {
		for b > 0 && e-b < 2 && arabicNameTok(v, b-1, inMent) {
			b--
		}
	}
	for j := b; j <= e; j++ {
		if !arabicNameTok(v, j, inMent) {
			return "", false
		}
	}
	// no trigger or cue word inside the spelling ("بقيادة (Sequoia)")
	nb, ne := v.toks[b].nb, v.toks[e].ne
	if r.lexWithin(nb, ne) {
		return "", false
	}
	return v.norm[nb:ne], true
}

// glossOfName: the Latin name at [lo, hi) stands in parentheses right
// after a name already found (quoted or not) and is no bare term.
func (r *run) glossOfName(lo, hi int, inMent []bool) bool {
	v := r.v
	if hi >= len(v.toks) || v.tok(hi) != ")" || lo < 2 || hi-lo == 1 && (capStop[v.tok(lo)] || len(v.tok(lo)) < 3) {
		return false
	}
	e := lo - 2
	if v.tok(e) == "\"" && e > 0 {
		e--
	}
	return inMent[e] && v.toks[e].flags&tfArabic != 0
}

// lexWithin: a lexicon word overlaps the bytes [nb, ne).
func (r *run) lexWithin(nb, ne int32) bool {
	for _, h := range r.lex {
		if h.nb >= ne {
			break
		}
		if h.ne > nb {
			return true
		}
	}
	return false
}

// triggerEndsAt: a relation trigger ends at token k ("استحواذها «X»").
func (r *run) triggerEndsAt(k int) bool {
	for _, h := range r.lex {
		if int(h.te) > k {
			break
		}
		if int(h.te) == k && lexicon[h.lex].fr != frNone {
			return true
		}
	}
	return false
}

// governedQuote: the quote at token k follows a preposition whose
// trigger stands right before it or before the (VSO) subject's name:
// "استحواذ على «X»", "استحوذت سيلزفورس على «X»".
func (r *run) governedQuote(k int, inMent []bool) bool {
	v := r.v
	if k < 2 || !quoteGovernor(v.tok(k-1)) {
		return false
	}
	j := k - 2
	for j > 0 && k-j <= 5 && inMent[j] {
		j--
	}
	if r.triggerEndsAt(j) {
		return true
	}
	// "حصة الأغلبية في «X»", "استثمارات جديدة في «X»": one or two
	// modifiers between the trigger and its preposition
	for n := 0; n < 2 && j > 0 && v.toks[j].flags&tfArabic != 0 && !inMent[j] && !stopFill[v.tok(j)]; n++ {
		j--
		if r.triggerEndsAt(j) {
			return true
		}
	}
	return false
}

// quoteGovernor: the prepositions between a trigger word and a quoted
// name that make the name its argument.
func quoteGovernor(w string) bool {
	switch w {
	case "علي", "في", "مع", "من", "عن", "ل", "ب", "الي":
		return true
	}
	return false
}

// modelCode: a product model number — one to four letters, two or more
// digits, at most two letters after ("ai200", "gb300", "mi300x") — which
// names no party of a deal unless the gazetteer knows it.
func modelCode(w string) bool {
	i := 0
	for i < len(w) && w[i] >= 'a' && w[i] <= 'z' {
		i++
	}
	if i == 0 || i > 4 {
		return false
	}
	j := i
	for j < len(w) && w[j] >= '0' && w[j] <= '9' {
		j++
	}
	if j-i < 2 {
		return false
	}
	k := j
	for k < len(w) && w[k] >= 'a' && w[k] <= 'z' {
		k++
	}
	return k == len(w) && k-j <= 2
}

// shortForms: after a known organisation's full Latin name ("Aligned
// Data Centers"), its first word alone ("Aligned") is the same company:
// writers shorten a name once they have given it. The word must be a
// capitalised name of its own (not a sentence opener, not the start of
// another capitalised run) at least five letters long. It reports
// whether it added mentions.
func (r *run) shortForms(inMent []bool) bool {
	v := r.v
	added := false
	var done []int
	for _, m := range r.ments {
		e := r.ents[m.ent]
		if e.Kind != kg.Organization || e.gaz == nil || m.coref || slices.Contains(done, m.ent) {
			continue
		}
		name := e.Name
		sp := strings.IndexByte(name, ' ')
		if sp < 5 || name[0] >= 0x80 || !strings.EqualFold(v.norm[m.nb:m.ne], name) {
			continue
		}
		first := strings.ToLower(name[:sp])
		if capStop[first] || nationality[first] {
			continue
		}
		done = append(done, m.ent)
		for off := int(m.ne); off < len(v.norm); {
			i := strings.Index(v.norm[off:], first)
			if i < 0 {
				break
			}
			st := off + i
			off = st + len(first)
			k := r.tokOf(int32(st))
			if k < 0 || k >= len(v.toks) || inMent[k] || v.toks[k].nb != int32(st) || v.toks[k].ne != int32(st+len(first)) {
				continue
			}
			t := v.toks[k]
			if t.flags&tfUpper == 0 || k+1 < len(v.toks) && v.toks[k+1].flags&tfUpper != 0 && v.toks[k+1].flags&tfLatin != 0 {
				continue
			}
			if !r.arabicAround(k) && r.sentStart(k) {
				continue // "Aligned with …" opening an English sentence
			}
			inMent[k] = true
			r.addMention(mention{pb: t.nb, nb: t.nb, ne: t.ne, ent: m.ent})
			added = true
		}
	}
	return added
}

// sentStart: token k opens its sentence.
func (r *run) sentStart(k int) bool {
	for _, s := range r.v.sent {
		if s.tlo == k {
			return true
		}
		if s.tlo > k {
			break
		}
	}
	return false
}

// bodyCue: the nouns that head a government body's name ("وزارة",
// "هيئة"), with their proclitics, each mapped to the proclitics' length.
var bodyCue = map[string]int{}

func init() {
	for _, w := range []string{"وزارة", "هيئة"} {
		for _, p := range []string{"", "و", "ب", "ل", "وب", "ول"} {
			bodyCue[foldString(p+w)] = len(foldString(p))
		}
	}
}

// speechThat: the complementisers after a speaker's name ("وقال الرئيس
// التنفيذي لـX فلان الفلاني إن …").
var speechThat = map[string]bool{"ان": true, "انه": true, "انها": true, "ان،": true}

// nameCloser: what may follow a bare Arabic name after "استحوذ على": a
// price, a comma, a full stop.
var nameCloser = map[string]bool{"مقابل": true, "بقيمة": true, "بمبلغ": true, ",": true, ".": true, "في": true, "بنحو": true, "بصفقة": true}

// commonObject: nouns an acquisition or an investment often takes that
// name no company ("استحوذت على أصول", "استثمرت في مشاريع").
var commonObject = map[string]bool{}

func init() {
	for _, w := range []string{"أصول", "اصول", "أعمال", "اعمال", "وحدة", "قسم", "مصنع", "مصانع", "نشاط", "عمليات", "جزء", "كامل", "بعض", "معظم",
		"نسبة", "مزيد", "شركات", "مشاريع", "مشروعات", "قطاع", "قطاعات", "مجال", "مجالات", "تقنيات", "براءات", "حقوق", "أراض", "أراضي",
		"عقارات", "مراكز", "مكاتب", "فرق", "فريق", "موظفي", "تطبيقات", "منتجات", "خدمات", "مواقع", "أسواق", "اسواق", "دول", "مدن", "أكثر", "اكثر",
		"نحو", "حوالي", "ما", "كل", "عدد", "عدة", "أول", "اول", "آخر", "اخر", "أي", "اي", "هذه", "هذا", "تلك", "ذلك", "مبلغ", "مبالغ", "قيمة"} {
		commonObject[foldString(w)] = true
	}
}

// productHead: nouns after a capitalised name that make it a product's
// name ("the Nandora model", "the Corvex supercomputer").
var productHead = map[string]bool{"model": true, "models": true, "chatbot": true, "assistant": true, "app": true, "supercomputer": true,
	"browser": true, "platform": true}

// productDet: the name before a product noun is a determiner's or a
// possessor's ("the", "its", "X's"), not a company's own name used as a
// modifier in a headline.
func productDet(v *view, lo int) bool {
	switch v.tok(lo - 1) {
	case "the", "its", "their", "new":
		return true
	case "s":
		return lo >= 2 && v.tok(lo-2) == "'"
	}
	return false
}

// arNisba: a definite relative adjective ("الفرنسية", "الأمريكي"), as in
// "الشركة الفرنسية الناشئة": a nationality or a sector, never a name.
func arNisba(w string) bool {
	return strings.HasPrefix(w, "ال") && (strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "ية") || strings.HasSuffix(w, "ي"))
}
