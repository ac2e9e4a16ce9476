package extract

// Symmetric and membership relations (partnerships, consortia, joint acts), compute nouns and the type fixes.

import (
	"slices"
	"sort"
	"strings"

	"github.com/aikg/aikg/kg"
)

func (c *sctx) doSym(h hit, lx *lexeme, trS, trE int, arabic bool, an *anchor) {
	var a arg
	var aG *group
	form := c.r.v.norm[h.nb:h.ne]
	if lx.rel == kg.PartnersWith && c.joinedAsPartner(h, form, trS, an) {
		return
	}
	if lx.rel == kg.PartnersWith && trS > c.s.tlo && partnerTitles[c.tok(trS-1)] && strings.HasPrefix(form, "partner") {
		return // "a managing partner of Accel", "general partners": a job, not a partnership
	}
	if lx.rel == kg.PartnersWith && !lx.explicitPartner && c.jointStatement(trS, trE) {
		return
	}
	if arabic && lx.rel == kg.PartnersWith && c.chosenAs(h, lx, trS, an) {
		return // "اختارت مايكروسوفت ميسترال شريكاً"
	}
	if !arabic && lx.rel == kg.PartnersWith && strings.HasPrefix(form, "partner") && c.chosenAsEn(lx, trS, an) {
		return // "OpenAI selected Oracle as a partner for the site"
	}
	if arabic && pronounTail(form) {
		// "وغريمتها OpenAI", "شراكتها مع"
		if p := c.P(trE, lx.preps, 7); p != nil {
			pa := c.argOf(p)
			ta := c.topicArg(h.pb, pa)
			c.emit(lx.rel, ta, pa, confNoun, trS, an)
			if g := c.ellipticParty(p, lx.preps); g != nil && !overlaps(c.argOf(g), ta) {
				c.emitSplit(lx.rel, ta, c.argOf(g), confNoun*mulList, trS, an, g.tlo)
			}
			return
		}
		if g := c.R(trE, 1); g != nil {
			ga := c.argOf(g)
			c.emit(lx.rel, c.topicArg(h.pb, ga), ga, confNoun, trS, an)
			return
		}
	}
	if lx.fr == frDeal && c.demonstrative(trS) && c.P(trE, lx.preps, 7) == nil {
		// "this deal drew Microsoft's objection", "هذه الصفقة أثارت
		// اعتراض مايكروسوفت": a demonstrative points back to a deal
		// already told; without its own "with"/"مع" phrase the names
		// around it are not its parties (dealAnaphora links it)
		return
	}
	if pa, ok := c.poss(trS); ok {
		a = pa
	} else if g := c.overApposition(trS, srcKinds(lx.rel)); !arabic && g != nil {
		aG = g // "Perplexity, led by X and backed by Y, competes with Google"
		a = c.argOf(g)
	} else if g := c.R(trE, 0); arabic && g != nil && c.P(g.thi, lx.preps, 6) != nil {
		aG = g // construct: "شراكات OpenAI مع …"
		a = c.argOf(g)
		if p := c.P(g.thi, lx.preps, 6); p != nil {
			c.emit(lx.rel, a, c.argOf(p), confNoun, trS, an)
			if e := c.ellipticParty(p, lx.preps); e != nil && !overlaps(c.argOf(e), a) {
				c.emitSplit(lx.rel, a, c.argOf(e), confNoun*mulList, trS, an, e.tlo)
			}
			return
		}
	} else if l := c.Ls(trS, 25, srcKinds(lx.rel)); l != nil {
		if lx.rel == kg.PartnersWith && !arabic && (form == "partner" || form == "partners") && c.personBetween(max(l.thi, trS-4), trS) {
			// "Thrive led the round, said Jane Doe, a partner at Accel":
			// the partnership word belongs to the person's phrase
			return
		}
		if lx.rel == kg.PartnersWith && !arabic && strings.HasPrefix(form, "work") && !c.subjectSpan(l.thi, trS) {
			return // "helps developers work with X", "startups that work with X": another subject
		}
		aG = l
		a = c.argOf(l)
	}
	var b arg
	if p := c.P(trE, lx.preps, 7); p != nil && p != aG {
		b = c.argOf(p)
	} else if g := c.R(trE, 2); g != nil && g != aG {
		if !a.ok() && arabic {
			// VSO: "وقعت OpenAI اتفاقا مع": the group after is the subject
			a, aG = c.argOf(g), g
			if p := c.P(g.thi, lx.preps, 6); p != nil {
				b = c.argOf(p)
			} else if o := c.R(g.thi, 2); o != nil {
				b = c.argOf(o) // "تنافس جوجل شركة OpenAI"
			}
		} else {
			b = c.argOf(g)
		}
	}
	if !b.ok() && lx.rel == kg.CompetesWith {
		// "نماذج منافسة أكبر حجماً، مثل «لاما» و«كوين»", "rivals such as X"
		for _, o := range c.hits {
			if lexicon[o.lex].incl && o.nb >= h.ne && (int(o.tb)-trE <= 5 || arabic && int(o.tb)-trE <= 8 && !c.punctBetween(trE-1, int(o.tb))) {
				if g := c.R(int(o.te)+1, 2); g != nil {
					b = c.argOf(g)
				}
				break
			}
		}
	}
	if a.ok() && b.ok() && a.g != nil && b.g != nil && c.groupKind(a.g) != c.groupKind(b.g) && lx.rel == kg.CompetesWith {
		// rivals are of one kind: "Meta … Llama 4, amid competition with
		// OpenAI and Google" is Meta's rivalry
		if l := c.Ls(trS, 30, c.groupKind(b.g)); l != nil && l != b.g {
			a = c.argOf(l)
		} else if l := c.Lk(trS, 30, c.groupKind(b.g)); arabic && l != nil && l != b.g && !overlaps(c.argOf(l), b) {
			a = c.argOf(l) // "الرئيس التنفيذي لميتا … وسط منافسة مع OpenAI": the possessor
		}
	}
	if lx.rel == kg.PartnersWith && a.ok() && !b.ok() && aG != nil {
		b, a = c.partnerOf(form, trS, trE, a, aG)
	}
	if lx.rel == kg.PartnersWith && !b.ok() && !arabic {
		// "Apple keeps OpenAI's ChatGPT inside Siri under the
		// partnership": the clause a partnership governs names its two
		// parties
		if x, y := c.underPartnership(trS); x >= 0 {
			a, b = arg{ents: []int{x}}, arg{ents: []int{y}}
		}
	}
	rel := lx.rel
	conf := confNoun
	if lx.fr == frDeal {
		conf = confDeal
	}
	if a.ok() && b.ok() {
		c.emit(rel, a, b, conf, trS, an)
		if b.g != nil {
			// "اتفاقها مع إنفيديا على …، ومع AMD على …", "deals with
			// Nvidia for …, and with AMD for …": the deal word is left out
			// before its second party
			if g := c.ellipticParty(b.g, lx.preps); g != nil && !overlaps(c.argOf(g), a) {
				c.emitSplit(rel, a, c.argOf(g), conf*mulList, trS, an, g.tlo)
			}
		}
		return
	}
	if arabic && a.ok() && !b.ok() && aG != nil {
		// "وقّعت أوراكل مع OpenAI عقداً بقيمة …": the partner's مع
		// phrase stands between the subject and the deal word
		for i := range c.groups {
			g := &c.groups[i]
			if g.tlo-1 == aG.thi && g.thi == trS && c.tok(g.tlo-1) == "مع" && !overlaps(c.argOf(g), a) {
				conf := confNoun
				if lx.fr == frDeal {
					conf = confDeal
				}
				c.emit(lx.rel, a, c.argOf(g), conf, trS, an)
				return
			}
		}
	}
	if arabic && lx.rel == kg.PartnersWith && a.ok() && !b.ok() {
		// "أعلنت آلات، المملوكة لـX، ومجموعة لينوفو تعاوناً": the pair
		// is split by the first name's apposition (the list builder may
		// have joined X and Lenovo)
		var near *group
		for i := range c.groups {
			if g := &c.groups[i]; g.thi <= trS && trS-g.thi <= 2 {
				near = g
			}
		}
		if near != nil {
			if x, z := c.apposCoord(near); x != nil && !overlaps(c.argOf(x), z) {
				c.emit(rel, c.argOf(x), z, conf, trS, an)
				return
			}
		}
	}
	// pair: "between X and Y", "X and Y ... partnership", "الطرفين":
	// a two-name group next to the trigger, after "between", or from a
	// pair anaphor
	var pg *group
	for i := range c.groups {
		g := &c.groups[i]
		if len(c.argOf(g).ents) != 2 {
			continue
		}
		// "X and Y … partnership": the pair before the trigger (right
		// before it for a mere deal); the members listed after a word
		// like "includes" belong to something else
		maxBefore := 6
		if lx.fr == frDeal {
			maxBefore = 4
		}
		near := g.thi <= trS && trS-g.thi <= maxBefore && !c.afterIncl(g) && !c.ventureRole(form, g.thi, trS)
		between := g.tlo > c.s.tlo && (c.tok(g.tlo-1) == "between" || c.tok(g.tlo-1) == "بين") && abs(g.tlo-trS) <= 10
		if a.ok() && !overlaps(a, c.argOf(g)) {
			continue // the deal has a party of its own outside this pair
		}
		// Arabic verb-subject order: "ستتعاون X وY في …", "تتحالف X وY"
		vso := arabic && lx.rel == kg.PartnersWith && g.tlo >= trE && g.tlo-trE <= 1 && g.conj
		if !(near || between || g.pair || vso) {
			continue
		}
		if pg == nil || abs(g.tlo-trS) < abs(pg.tlo-trS) {
			pg = g
		}
	}
	if pg != nil {
		pa := c.argOf(pg)
		x := arg{ents: pa.ents[:1], coref: pa.coref, pair: true}
		y := arg{ents: pa.ents[1:], coref: pa.coref, pair: true}
		c.emit(rel, x, y, conf, trS, an)
		return
	}
	if b.ok() && lx.fr == frSym && !a.ok() {
		if rel == kg.PartnersWith && !c.topicPartner(trS, arabic) {
			return
		}
		c.emit(rel, c.topicArg(h.pb, b), b, conf, trS, an)
		return
	}
	if a.ok() && !b.ok() && aG != nil && trS-aG.thi <= 2 && lx.fr == frSym && !arabic && c.partnerTitle(form, aG) {
		// "is a preferred Nvidia Cloud Partner": the named one is the
		// partner of the sentence's subject
		if e := c.firstOrgBefore(c.r.v.toks[aG.tlo].nb); e >= 0 && !contains(a.ents, e) {
			c.emit(rel, arg{ents: []int{e}}, a, confWeak, trS, an)
		}
	}
}

// dropVerbs are Arabic verbs whose dropped subject is the article's
// topic when a partnership is their object ("أعلنت في وقت سابق عن شراكة
// مع X", "ووقّعت اتفاقية تعاون مع X"); matched as prefixes after و/ف/س.
var dropVerbs = []string{"اعلن", "تعلن", "يعلن", "وقع", "توقع", "يوقع", "ابرم", "تبرم", "يبرم", "عقد", "تعقد", "يعقد", "دخل", "تدخل", "يدخل",
	"اطلق", "تطلق", "يطلق", "وسع", "توسع", "يوسع", "جدد", "تجدد", "يجدد", "عزز", "تعزز", "يعزز", "اقام", "تقيم", "يقيم", "كشف", "تكشف", "يكشف", "بدا", "تبدا", "يبدا"}

// topicPartner: a partnership word that found its partner but no subject
// takes the article's topic only where the language leaves the subject
// out: after an Arabic verb with a dropped subject, or in English with no
// other subject in sight ("We've been working with Microsoft," said
// Lambda's chief: "we" is the speaker's company, not the topic).
func (c *sctx) topicPartner(trS int, arabic bool) bool {
	if !arabic {
		for k := trS - 1; k >= c.s.tlo && k >= trS-5; k-- {
			switch c.tok(k) {
			case "we", "i", "our", "us", "my":
				return false
			case ",", ".", ";", ":":
				return true
			}
		}
		return true
	}
	for k := trS - 1; k >= c.s.tlo && k >= trS-6; k-- {
		if c.grpAt[k-c.s.tlo] >= 0 || c.r.v.toks[k].kind == tkPunct {
			return false
		}
		w := strings.TrimPrefix(strings.TrimPrefix(c.tok(k), "و"), "ف")
		w = strings.TrimPrefix(w, "س")
		for _, v := range dropVerbs {
			if strings.HasPrefix(w, v) {
				return true
			}
		}
	}
	return false
}

// subjectFill may stand between a clause's subject and its verb:
// auxiliaries, adverbs, a relative pronoun, and the company's own staff
// ("Anthropic engineers will also work with").
var subjectFill = map[string]bool{"will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "shall": true, "should": true,
	"must": true, "has": true, "have": true, "had": true, "been": true, "be": true, "is": true, "are": true, "was": true, "were": true, "also": true,
	"already": true, "closely": true, "directly": true, "now": true, "currently": true, "still": true, "to": true, "plans": true, "planned": true,
	"agreed": true, "continue": true, "continues": true, "which": true, "that": true, "it": true, "said": true, "says": true, "and": true, "not": true,
	"engineers": true, "researchers": true, "teams": true, "team": true, "staff": true, "executives": true, "scientists": true, "'": true, "s": true,
	"further": true, "more": true, "jointly": true, "expects": true, "expected": true, "intends": true, "hopes": true, "wants": true, "would've": true,
	"its": true, "on": true, "in": true, "a": true, "statement": true, "today": true, "yesterday": true, "earlier": true, "this": true, "last": true,
	"week": true, "month": true, "year": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "announced": true, "confirmed": true, "added": true, "they": true, "he": true, "she": true}

// subjectSpan: the words between a subject name (ending at lo) and a verb
// at t leave the name the verb's subject: auxiliaries and adverbs, or an
// apposition set off by commas ("X, the chip designer, works with").
func (c *sctx) subjectSpan(lo, t int) bool {
	for k := t - 1; k >= lo; k-- {
		w := c.tok(k)
		if w == "," && k > lo {
			j := k - 1
			for j >= lo && c.tok(j) != "," {
				j--
			}
			if j < lo {
				return false
			}
			k = j
			continue
		}
		if !subjectFill[w] && !(w == "," && k == lo) {
			return false
		}
	}
	return true
}

// techNouns are what one company builds in or sells on from another:
// its models, technology, assistant ("Y's models", "نماذج Y", "مساعدها").
var techNouns = map[string]bool{"model": true, "models": true, "technology": true, "technologies": true, "chatbot": true, "assistant": true,
	"software": true, "tools": true, "agents": true, "ai": true, "platform": true,
	"نماذج": true, "نموذج": true, "تقنيات": true, "تقنية": true, "تكنولوجيا": true, "مساعد": true, "برمجيات": true, "منصة": true}

// integrations: "Oracle will integrate Cohere's models into its cloud
// apps", "X distributes Y's models in Europe", "ستدمج أوراكل نماذج كوهير
// في تطبيقاتها": building another company's technology into one's own
// products or selling it on is a partnership of the subject with the
// technology's owner. The owner must be named as the possessor of a
// technology noun right after the verb; the subject is the verb's (the
// name after an Arabic verb, or the English subject before it).
func (c *sctx) integrations() {
	r := c.r
	for _, h := range c.hits {
		if !lexicon[h.lex].integrate {
			continue
		}
		v0, v1 := int(h.tb), int(h.te)+1
		arabic := r.v.toks[v0].flags&tfArabic != 0
		var subj, owner *group
		if arabic {
			k := v1
			if g := c.R(k, 0); g != nil && g.tlo == k && c.groupKind(g) == kOrg {
				subj, k = g, g.thi // VSO: "ستدمج أوراكل نماذج كوهير"
			}
			if k+1 < c.s.thi && techNouns[c.tok(k)] {
				if g := c.R(k+1, 0); g != nil && g.tlo == k+1 && c.groupKind(g) == kOrg {
					owner = g
				}
			}
			if subj == nil && owner != nil && v0 > c.s.tlo {
				// SVO: "أعلنت أوراكل أنها ستدمج نماذج كوهير": the subject
				// named before the verb in the clause
				if l := c.Ls(v0, 6, kOrg); l != nil && !c.punctBetween(l.thi, v0) {
					subj = l
				}
			}
		} else {
			k := v1
			if g := c.R(k, 0); g != nil && g.tlo == k && c.groupKind(g) == kOrg && g.thi+2 < c.s.thi && c.tok(g.thi) == "'" && c.tok(g.thi+1) == "s" {
				j := g.thi + 2
				for j < c.s.thi && j < g.thi+5 && !techNouns[c.tok(j)] && c.r.v.toks[j].kind == tkWord && c.grpAt[j-c.s.tlo] < 0 {
					j++ // "Y's Command models", "Y's open-weight models"
				}
				if j < c.s.thi && techNouns[c.tok(j)] {
					owner = g
				}
			}
			if owner != nil {
				if l := c.Ls(v0, 8, kOrg); l != nil && c.subjectSpan(l.thi, v0) {
					subj = l
				}
			}
		}
		if subj == nil || owner == nil || subj == owner {
			continue
		}
		sa, oa := c.argOf(subj), c.argOf(owner)
		if len(sa.ents) != 1 || len(oa.ents) != 1 || overlaps(sa, oa) {
			continue
		}
		c.emit(kg.PartnersWith, sa, oa, confNoun, v0, nil)
	}
}

// underPartnership: a partnership word after "under"/"through" ("under
// the partnership that went live", "through a multi-year partnership")
// governs the clause before it; its parties are the clause's subject and
// the owner of what it uses ("X keeps Y's chatbot", "X will offer Y's
// models"). It returns them, or -1.
func (c *sctx) underPartnership(trS int) (int, int) {
	k := trS - 1
	for k > c.s.tlo && trS-k <= 5 && (c.r.v.toks[k].kind == tkWord || c.tok(k) == "-") && !(c.tok(k) == "under" || c.tok(k) == "through") {
		k--
	}
	if k <= c.s.tlo || (c.tok(k) != "under" && c.tok(k) != "through") {
		return -1, -1
	}
	x, y := -1, -1
	for i := range c.groups {
		g := &c.groups[i]
		if g.thi > k || g.pair || len(g.ms) != 1 || c.clauseBreak(g.thi, k) {
			continue
		}
		e := c.ms[g.ms[0]].ent
		if c.r.ents[e].Kind != kg.Organization {
			continue
		}
		if x < 0 {
			x = e // the clause's subject
			continue
		}
		if e == x || g.thi+1 >= k || c.tok(g.thi) != "'" || c.tok(g.thi+1) != "s" {
			continue
		}
		if y >= 0 && y != e {
			return -1, -1 // two possessors: which one is not said
		}
		y = e
	}
	if y < 0 {
		return -1, -1
	}
	return x, y
}

// clauseBreak: a semicolon or a sentence-internal full stop between lo
// and t ends the clause.
func (c *sctx) clauseBreak(lo, t int) bool {
	for k := lo; k < t; k++ {
		if w := c.tok(k); w == ";" || w == "." {
			return true
		}
	}
	return false
}

// partnerTitles make "partner" a job at a firm ("managing partner",
// "general partner") or a fund's investor ("limited partners").
var partnerTitles = map[string]bool{"managing": true, "general": true, "limited": true, "venture": true, "operating": true, "senior": true,
	"founding": false, "junior": true, "equity": false}

// personBetween: a person is named between token lo and t.
func (c *sctx) personBetween(lo, t int) bool {
	for i := range c.groups {
		if g := &c.groups[i]; g.tlo >= lo && g.thi <= t && c.groupKind(g) == kPerson {
			return true
		}
	}
	return false
}

// partnerTitle: a name that modifies "partner" in an indefinite
// predicate is a partner programme's title ("is a preferred Nvidia Cloud
// Partner", "as an AWS partner"); "under the Siri partnership" or "Nvidia
// partners such as" is none.
func (c *sctx) partnerTitle(form string, aG *group) bool {
	if form != "partner" {
		return false
	}
	for k := aG.tlo - 1; k >= c.s.tlo && k >= aG.tlo-3; k-- {
		switch c.tok(k) {
		case "a", "an", "as":
			return true
		case ",", ".", ";", ":", "the", "its", "their":
			return false
		}
	}
	return false
}

// seatPlaceOK: the place found for "based in" at trE is the first word
// after the preposition; "based in Rockville, Maryland" with Rockville
// unknown names no place we know (the state is not the seat).
func (c *sctx) seatPlaceOK(trE int, dst *group) bool {
	k := trE
	if k < c.s.thi && (c.tok(k) == "in" || c.tok(k) == "at") {
		k++
	}
	if dst.tlo <= k || c.tok(dst.tlo-1) != "," {
		return true
	}
	return !(c.grpAt[k-c.s.tlo] < 0 && c.r.upperAt(k)) && !(c.grpAt[k-c.s.tlo] >= 0 && c.weakGroup(&c.groups[c.grpAt[k-c.s.tlo]]))
}

// emitSplit emits an elliptic second party's relation and marks where
// its phrase starts.
func (c *sctx) emitSplit(rel kg.RelationType, src, dst arg, base float64, at int, an *anchor, from int) {
	n := len(c.cands)
	c.emit(rel, src, dst, base, at, an)
	for _, cd := range c.cands[n:] {
		cd.split = from + 1
	}
}

// ellipticFigures: in "اتفاقها مع إنفيديا على أنظمة بقدرة 10 غيغاواط، ومع
// AMD على معالجات بقدرة 6 غيغاواط" one trigger has two parties, each with
// its own figures: the figures after the second party's phrase are its
// own, those between the trigger and that phrase the first party's.
func (c *sctx) ellipticFigures() {
	for _, cd := range c.cands {
		if cd.split == 0 || cd.dropped {
			continue
		}
		from := cd.split - 1
		for i := range c.figs {
			f := &c.figs[i]
			if f.assigned || f.kind != fkCapacity && f.kind != fkAmount || !takesFig(cd, f.kind) {
				continue
			}
			switch {
			case f.tlo >= from && f.tlo-from <= 12:
				setFig(cd, f)
				f.assigned = true
			case f.tlo > cd.anchor && f.thi <= from:
				for _, o := range c.cands {
					if o != cd && o.split == 0 && !o.dropped && o.anchor == cd.anchor && o.rel == cd.rel {
						setFig(o, f)
						f.assigned = true
					}
				}
			}
		}
	}
}

// ellipticParty: after the party group b of a deal, ", and with Y" /
// "، ومع Y" repeats the deal's preposition for a second party with the
// deal word left out; it returns Y's group.
func (c *sctx) ellipticParty(b *group, preps []string) *group {
	for k := b.thi; k < c.s.thi && k <= b.thi+16; k++ {
		w := c.tok(k)
		if w == "." || w == ";" || w == ":" {
			return nil
		}
		if k == b.thi || c.tok(k-1) != "," {
			continue
		}
		n := k + 1
		if w == "and" && n < c.s.thi {
			w, n = c.tok(n), n+1 // ", and with AMD"
		} else if strings.HasPrefix(w, "و") && len(w) > len("و") {
			w = w[len("و"):] // "، ومع AMD"
		} else {
			continue
		}
		if !slices.Contains(preps, w) {
			return nil
		}
		if g := c.R(n, 0); g != nil && g != b {
			return g
		}
		return nil
	}
	return nil
}

// statementWords are what a "joint" report is: a statement, a press
// release, a news conference; saying something together is no
// partnership ("in a joint statement", "في بيان مشترك").
var statementWords = map[string]bool{"statement": true, "statements": true, "release": true, "announcement": true, "conference": true,
	"press": true, "news": true, "blog": true, "letter": true, "interview": true, "announced": true, "said": true, "announce": true, "say": true,
	"بيان": true, "البيان": true, "بيانا": true, "ببيان": true, "وبيان": true, "صحفي": true, "الصحفي": true, "مؤتمر": true, "المؤتمر": true,
	"اعلان": true, "الاعلان": true, "تصريح": true, "تصريحات": true, "رسالة": true}

// jointStatement: the joint word at trS..trE qualifies a statement
// ("joint statement", "jointly announced", "بيان صحفي مشترك").
func (c *sctx) jointStatement(trS, trE int) bool {
	for _, k := range []int{trS - 1, trS - 2, trE, trE + 1} { // trE is past the trigger
		if k >= c.s.tlo && k < c.s.thi && statementWords[strings.TrimPrefix(c.tok(k), "و")] {
			return true
		}
	}
	return false
}

// investedInRound: an invest verb whose "in"/"في" names a round, not a
// company: "Nvidia invested in the latest funding round of xAI",
// "استثمرت إنفيديا في جولة التمويل الأخيرة لـxAI".
func (c *sctx) investedInRound(lx *lexeme, t int, sa arg, an *anchor) {
	if lx.rel != kg.InvestsIn || !sa.ok() || sa.coref {
		return
	}
	if ra, ok := c.roundOwnerAfter(t, sa); ok {
		c.emit(kg.InvestsIn, sa, ra, confNoun, int(an.h.tb), an)
		return
	}
	// "Lightspeed will invest $150 million", "Nvidia also invested,
	// alongside Samsung", "وضخّت سوفت بنك 200 مليون دولار" after a
	// sentence about X's round: an investment with no object of its own
	// goes into that round
	if e := c.openRound(); e >= 0 && !contains(sa.ents, e) && investForm(c.r.v.norm[an.h.nb:an.h.ne]) && c.objectlessAt(t) {
		c.emit(kg.InvestsIn, sa, arg{ents: []int{e}, coref: true}, confNoun, int(an.h.tb), an)
	}
}

// thatWords open an Arabic that-clause, whose subject comes before its
// verb ("إن X قادت الجولة").
var thatWords = map[string]bool{"ان": true, "انه": true, "بان": true, "وان": true}

// roundObjectEnd: after an Arabic verb at t stands a definite round
// ("الجولة", "جولة التمويل", "هذه الجولة", "الجولة الجديدة"); it returns
// the token after it, or t.
func (c *sctx) roundObjectEnd(t int) int {
	k := t
	if k < c.s.thi && (c.tok(k) == "هذه" || c.tok(k) == "تلك") {
		k++
	}
	if k >= c.s.thi {
		return t
	}
	w := c.tok(k)
	if !strings.HasPrefix(w, "الجول") && !strings.HasPrefix(w, "جول") && !strings.HasPrefix(w, "التمويل") {
		return t
	}
	k++
	// "جولة التمويل الجديدة", "الجولة الأخيرة": its definite modifiers
	for n := 0; n < 2 && k < c.s.thi && strings.HasPrefix(c.tok(k), "ال") && c.grpAt[k-c.s.tlo] < 0; n++ {
		k++
	}
	return k
}

// drewVerbs say who a round brought in: "The financing drew A and B",
// "the round, which also included A", "واستقطبت الجولة A وB".
var drewVerbs = map[string]bool{"drew": true, "draws": true, "attracted": true, "attracts": true, "included": true, "includes": true,
	"featured": true, "features": true, "استقطبت": true, "اجتذبت": true, "جذبت": true, "ضمت": true, "شملت": true, "تضمنت": true,
	"تستقطب": true, "تضم": true, "تشمل": true}

// backingNoun: what a round draws from its investors ("drew backing from").
var backingNoun = map[string]bool{"backing": true, "investment": true, "investments": true, "participation": true, "support": true,
	"money": true, "funding": true, "capital": true, "commitments": true}

// roundDrew is the investor list a round word at trS..trE takes as the
// object of a drew verb after it (English) or as the subject-verb's object
// after it (Arabic VSO, the verb before the round), or nil.
func (c *sctx) roundDrew(trS, trE int, arabic bool) *group {
	if arabic {
		if trS-1 < c.s.tlo || !drewVerbs[strings.TrimPrefix(c.tok(trS-1), "و")] {
			return nil
		}
		k := c.roundObjectEnd(trS)
		if k <= trS {
			return nil
		}
		if g := c.R(k, 2); g != nil && c.groupKind(g)&(kOrg|kPerson) != 0 {
			return g
		}
		return nil
	}
	k := trE
	for n := 0; n < 4 && k < c.s.thi; n++ {
		if w := c.tok(k); w != "," && w != "which" && w != "that" && w != "also" && w != "has" && w != "have" && w != "had" {
			break
		}
		k++
	}
	if k >= c.s.thi {
		return nil
	}
	if w := c.tok(k); !drewVerbs[w] && !(w == "brought" && k+1 < c.s.thi && c.tok(k+1) == "in") {
		return nil
	}
	if c.tok(k) == "brought" {
		k++
	}
	// "drew backing/investment from A and B"
	if k+2 < c.s.thi && backingNoun[c.tok(k+1)] && c.tok(k+2) == "from" {
		k += 2
	}
	if g := c.R(k+1, 3); g != nil && c.groupKind(g)&(kOrg|kPerson) != 0 {
		return g
	}
	return nil
}

// investForm: the verb forms that say money was (or will be) put in, not
// the ones that take other objects too ("commit to", "back a plan").
func investForm(f string) bool {
	return strings.HasPrefix(f, "invest") || strings.HasPrefix(f, "pour") || strings.HasPrefix(f, "inject") ||
		strings.Contains(f, "ستثمر") || strings.Contains(f, "ضخ")
}

// roundFiller: what may stand between an investment verb with no object
// and the end of its clause: the sum, currency words, adverbs.
var roundFiller = map[string]bool{"$": true, "€": true, "£": true, "million": true, "billion": true, "bn": true, "m": true, "mln": true,
	"trillion": true, "dollars": true, "euros": true, "pounds": true, "us": true, "usd": true, "about": true, "around": true, "roughly": true,
	"some": true, "nearly": true, "almost": true, "another": true, "also": true, "a": true, "further": true, "an": true, "additional": true,
	"up": true, "to": true, "more": true, "than": true, "over": true, "as": true, "much": true, "much as": true,
	"مليون": true, "مليار": true, "ملايين": true, "مليارات": true, "دولار": true, "دولارا": true, "يورو": true, "نحو": true, "حوالي": true,
	"قرابة": true, "ايضا": true, "كذلك": true, "بدورها": true, "بدوره": true, "اضافية": true, "اخري": true}

// objectlessAt: from token t the clause names nothing invested in: it
// ends, or goes on with "alongside", "as", "too", "in the round", "in
// it", "في الجولة", "فيها".
func (c *sctx) objectlessAt(t int) bool {
	k := t
	for k < c.s.thi && (c.r.v.toks[k].kind == tkNum || roundFiller[c.tok(k)]) {
		k++
	}
	if k >= c.s.thi {
		return true
	}
	switch w := c.tok(k); w {
	case ".", ",", ";", "،", "alongside", "too", "with", "and", "as", "الي", "و", "مع", "فيها", "فيه", "بها":
		return c.grpAt[k-c.s.tlo] < 0
	case "in", "into", "في":
		k++
		if k < c.s.thi && (c.tok(k) == "the" || c.tok(k) == "this" || c.tok(k) == "it") {
			if c.tok(k) == "it" {
				return true
			}
			k++
		}
		if k < c.s.thi {
			w := c.tok(k)
			return w == "round" || w == "financing" || w == "funding" || strings.HasPrefix(w, "الجول") || strings.HasPrefix(w, "التمويل") || w == "هذه"
		}
	}
	return false
}

// receiveVerbs take an investment as their object: the subject is the
// company invested in ("Scale AI received a $14.3bn investment from
// Meta", "حصلت X على استثمار من Y", "تلقت X استثماراً").
var receiveVerbs = map[string]bool{"received": true, "receives": true, "receive": true, "receiving": true, "secured": true, "secures": true,
	"got": true, "gets": true, "attracted": true, "attracts": true, "landed": true, "lands": true, "obtained": true, "won": true, "accepted": true, "accepts": true,
	"حصلت": true, "حصل": true, "تحصل": true, "يحصل": true, "ستحصل": true, "سيحصل": true, "تلقت": true, "تلقي": true, "يتلقي": true, "تتلقي": true,
	"ستتلقي": true, "نالت": true, "استقطبت": true, "اجتذبت": true, "جذبت": true}

// receivedFrom: an investment noun governed by a receive verb, with its
// investor after "from"/"من": the investor INVESTS_IN the receiver.
func (c *sctx) receivedFrom(trS, trE int, an *anchor) bool {
	k := trS - 1
	for ; k >= c.s.tlo && k >= trS-6; k-- {
		w := strings.TrimPrefix(strings.TrimPrefix(c.tok(k), "و"), "ف")
		if receiveVerbs[w] {
			break
		}
		if w == "," || w == ";" || w == "." {
			return false
		}
	}
	if k < c.s.tlo || k < trS-6 {
		return false
	}
	var rg *group
	if g := c.R(k+1, 0); g != nil && g.thi <= trS {
		rg = g // "حصلت Scale AI على استثمار"
	} else {
		rg = c.L(k, 1)
	}
	if rg == nil || c.groupKind(rg)&(kOrg|kProject) == 0 {
		return false
	}
	p := c.P(trE, []string{"from", "من"}, 10)
	if p == nil || c.groupKind(p)&(kOrg|kPerson) == 0 {
		return false
	}
	ra, pa := c.argOf(rg), c.argOf(p)
	if overlaps(ra, pa) {
		return false
	}
	n := len(c.cands)
	c.emit(kg.InvestsIn, pa, ra, confNoun, trS, an)
	if w := strings.TrimPrefix(strings.TrimPrefix(c.tok(k), "و"), "ف"); receivedPast[w] {
		for _, cd := range c.cands[n:] {
			cd.form = "received" // the money came in: the verb's tense, not the noun's
		}
	}
	return true
}

// receivedPast are the past forms of receiveVerbs.
var receivedPast = map[string]bool{"received": true, "secured": true, "got": true, "attracted": true, "landed": true, "obtained": true, "won": true,
	"accepted": true, "حصلت": true, "حصل": true, "تلقت": true, "نالت": true, "استقطبت": true, "اجتذبت": true, "جذبت": true}

// partnerMods stand between "as"/"بصفته" and a partner noun.
var partnerMods = map[string]bool{"a": true, "an": true, "the": true, "technology": true, "tech": true, "key": true, "strategic": true, "founding": true,
	"initial": true, "launch": true, "new": true, "its": true, "their": true, "equity": true, "industrial": true}

// joinVerb: a form of "join" / "انضم".
func joinVerb(w string) bool {
	switch w {
	case "join", "joins", "joined", "joining":
		return true
	}
	w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")
	for _, p := range []string{"انضم", "تنضم", "ينضم", "ستنضم", "سينضم"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// joinedAsPartner: "Cisco and SoftBank join the project as technology
// partners", "تنضم سيسكو وسوفت بنك إلى المشروع بصفتهما شريكين"، "انضمت
// X إلى التحالف كشريك": each joiner partners with what it joins, not with
// the other joiners.
func (c *sctx) joinedAsPartner(h hit, form string, trS int, an *anchor) bool {
	if !strings.HasPrefix(form, "partner") && !strings.HasPrefix(form, "شريك") && !strings.HasPrefix(form, "شركاء") {
		return false
	}
	k := trS // first token of "as … partner(s)"
	if !strings.HasSuffix(h.prefix(c.r.v.norm), "ك") {
		k--
		for k > c.s.tlo && partnerMods[c.tok(k)] {
			k--
		}
		if w := c.tok(k); w != "as" && !strings.HasPrefix(w, "بصفت") {
			return false
		}
	}
	if k-1 < c.s.tlo {
		return false
	}
	gi := c.grpAt[k-1-c.s.tlo]
	if gi < 0 {
		return false
	}
	z := &c.groups[gi]
	za := c.argOf(z)
	if len(za.ents) != 1 || c.groupKind(z)&(kOrg|kProject) == 0 {
		return false
	}
	j := z.tlo - 1
	for j > c.s.tlo && (c.tok(j) == "the" || c.tok(j) == "to" || c.tok(j) == "الي" || consortiumWords[c.tok(j)]) {
		j--
	}
	if j < c.s.tlo {
		return false
	}
	var sg *group
	if joinVerb(c.tok(j)) {
		sg = c.L(j, 2) // "Cisco and SoftBank join the project"
	} else if gj := c.grpAt[j-c.s.tlo]; gj >= 0 && c.groups[gj].tlo > c.s.tlo && joinVerb(c.tok(c.groups[gj].tlo-1)) {
		sg = &c.groups[gj] // "تنضم سيسكو وسوفت بنك إلى المشروع"
	}
	if sg == nil || sg == z || c.groupKind(sg)&^kOrg != 0 {
		return false
	}
	sa := c.argOf(sg)
	if overlaps(sa, za) {
		return false
	}
	n := len(c.cands)
	for _, e := range sa.ents {
		c.emit(kg.PartnersWith, arg{ents: []int{e}, g: sg, list: len(sa.ents) > 1}, za, confNoun, trS, an)
	}
	// "join"/"تنضم" in the present announces the partnership; "joined"
	// says it is in place (the trigger's tense is the verb's)
	v := c.tok(j)
	if sg.tlo > c.s.tlo && joinVerb(c.tok(sg.tlo-1)) {
		v = c.tok(sg.tlo - 1)
	}
	v = strings.TrimPrefix(strings.TrimPrefix(v, "و"), "ف")
	if v != "joined" && !strings.HasPrefix(v, "انضم") {
		v = "ستنضم" // present or future: announced
	}
	for _, cd := range c.cands[n:] {
		cd.form = v
	}
	return true
}

// memberWords introduce the members of a consortium ("a partnership
// whose members include", "التحالف الذي يضم").
var memberWords = map[string]bool{"include": true, "includes": true, "included": true, "تضم": true, "يضم": true, "ضمت": true, "ضم": true,
	"تشمل": true, "يشمل": true, "اعضائه": true, "اعضايه": true, "ابرز اعضائه": true, "ابرز اعضايه": true}

// consortiumWords name a consortium: the entity they head or describe
// takes its members as partners.
var consortiumWords = map[string]bool{"consortium": true, "alliance": true, "coalition": true, "partnership": true, "تحالف": true,
	"التحالف": true, "ايتلاف": true, "الايتلاف": true, "شراكة": true, "الشراكة": true, "كونسورتيوم": true}

// memberships: "the AI Infrastructure Partnership, whose members include
// BlackRock, Microsoft and MGX", "members of X include …", "تحالف X الذي
// يضم A وB": each member PARTNERS_WITH the consortium. The consortium must
// be one by name or by the word before it; "Nvidia's customers include"
// is no membership.
func (c *sctx) memberships() {
	r := c.r
	for _, h := range c.hits {
		lx := &lexicon[h.lex]
		if !lx.incl || !memberWords[r.v.norm[h.nb:h.ne]] {
			continue
		}
		if c.consortiumRef(h) {
			continue
		}
		members := c.R(int(h.te)+1, 2)
		if members == nil || c.groupKind(members)&kOrg == 0 || c.groupKind(members)&^kOrg != 0 {
			continue
		}
		// the consortium right before the introducer, over "," "which"
		// "that" "whose members" "التي" "الذي" "و", a closing quote or a
		// parenthesised short name ("«…» (AIP)، التي تضم"); or "members
		// of X"
		k := int(h.tb) - 1
		for k >= c.s.tlo {
			w := c.tok(k)
			if w == "," || w == "which" || w == "that" || w == "whose" || w == "members" || w == "التي" || w == "الذي" || w == "والتي" || w == "والذي" || w == "ومن" || w == "من" || w == "\"" || w == ")" {
				k--
				continue
			}
			if k > c.s.tlo && c.tok(k-1) == "(" && c.grpAt[k-c.s.tlo] < 0 && k+1 < c.s.thi && c.tok(k+1) == ")" {
				k -= 2 // "(AIP)" the gazetteer does not know
				continue
			}
			break
		}
		if k < c.s.tlo {
			continue
		}
		gi := c.grpAt[k-c.s.tlo]
		if gi < 0 {
			continue
		}
		g := &c.groups[gi]
		if g == members || len(c.argOf(g).ents) != 1 {
			continue // one consortium, though maybe named twice: "«…» (AIP)"
		}
		e := c.ms[g.ms[0]].ent
		en := r.ents[e]
		if en.Kind != kg.Organization && en.Kind != kg.Project {
			continue
		}
		if !c.consortium(g, en) {
			continue
		}
		ga := c.argOf(g)
		ma := c.argOf(members)
		ma.list = len(ma.ents) > 1
		for _, m := range ma.ents {
			if m != e {
				n := len(c.cands)
				c.emit(kg.PartnersWith, arg{ents: []int{m}, g: members, list: ma.list}, ga, confNoun, int(h.tb), nil)
				markState(c.cands[n:])
			}
		}
	}
}

// consortium: the group's entity is a consortium by its name ("AI
// Infrastructure Partnership", «تحالف …») or by the word right before it
// ("the consortium Stargate", "تحالف X").
func (c *sctx) consortium(g *group, en *entRec) bool {
	if consortiumName(en.Name) || consortiumWords[c.tok(g.tlo)] {
		return true
	}
	for k := g.tlo - 1; k >= c.s.tlo && k >= g.tlo-2; k-- {
		if consortiumWords[c.tok(k)] {
			return true
		}
	}
	return false
}

// consortiumName: the name itself says consortium ("AI Infrastructure
// Partnership", "Open Compute Alliance").
func consortiumName(name string) bool {
	name = strings.ToLower(name)
	for _, w := range []string{"partnership", "alliance", "consortium", "coalition", "تحالف", "شراكة", "ائتلاف"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// memberFill may stand between a membership verb and its members, or
// between a consortium word and the verb: "وتضم الشراكة أيضاً كلاً من A
// وB", "the alliance now also includes A and B".
var memberFill = map[string]bool{"ايضا": true, "كذلك": true, "حاليا": true, "اليوم": true, "الان": true, "كلا": true, "كل": true, "من": true,
	"also": true, "now": true, "currently": true, "already": true, "additionally": true}

// consortiumRef handles a membership verb whose consortium is a definite
// consortium word referring back to one already named: "وتضم الشراكة
// أيضاً كلاً من مايكروسوفت وإنفيديا", "The alliance also includes A and
// B". The members partner with the last consortium of the article. It
// reports whether the introducer was such a reference (whatever it found).
func (c *sctx) consortiumRef(h hit) bool {
	k := int(h.te) + 1
	ref := false
	if k < c.s.thi && strings.HasPrefix(c.tok(k), "ال") && consortiumWords[c.tok(k)] && c.grpAt[k-c.s.tlo] < 0 {
		ref = true // Arabic VSO: the consortium word follows the verb
		k++
	} else {
		j := int(h.tb) - 1
		for j >= c.s.tlo && memberFill[c.tok(j)] {
			j--
		}
		if j > c.s.tlo && consortiumWords[c.tok(j)] && c.grpAt[j-c.s.tlo] < 0 {
			d := c.tok(j - 1)
			ref = d == "the" || d == "this" || d == "that" || d == "new"
		}
	}
	if !ref {
		return false
	}
	for k < c.s.thi && memberFill[c.tok(k)] {
		k++
	}
	members := c.R(k, 1)
	if members == nil || c.groupKind(members)&kOrg == 0 || c.groupKind(members)&^kOrg != 0 {
		return true
	}
	e := c.lastConsortium(c.r.v.toks[c.s.tlo].nb)
	if e < 0 {
		return true
	}
	ma := c.argOf(members)
	ma.list = len(ma.ents) > 1
	for _, m := range ma.ents {
		if m != e {
			n := len(c.cands)
			c.emit(kg.PartnersWith, arg{ents: []int{m}, g: members, list: ma.list}, arg{ents: []int{e}, coref: true}, confNoun, int(h.tb), nil)
			markState(c.cands[n:])
		}
	}
	return true
}

// markState marks relations just emitted as standing ones (no status).
func markState(cs []*relCand) {
	for _, cd := range cs {
		cd.state = true
	}
}

// lastConsortium is the last consortium named before byte pos (by its
// name or by a consortium word right before it), or -1.
func (c *sctx) lastConsortium(pos int32) int {
	r := c.r
	i := sort.Search(len(r.ments), func(i int) bool { return r.ments[i].nb >= pos })
	for n := 0; i > 0 && n < 80; n++ {
		i--
		m := r.ments[i]
		en := r.ents[m.ent]
		if en.Kind != kg.Organization && en.Kind != kg.Project {
			continue
		}
		if consortiumName(en.Name) || consortiumWords[r.v.tok(m.tlo)] {
			return m.ent
		}
		for k := m.tlo - 1; k >= 0 && k >= m.tlo-2; k-- {
			if consortiumWords[r.v.tok(k)] {
				return m.ent
			}
		}
	}
	return -1
}

// separateWords say that companies named together acted each on its
// own: "their own", "separate", "respectively", "خاصة بها", "منفصلة".
var separateWords = map[string]bool{"own": true, "separate": true, "separately": true, "respective": true, "respectively": true, "individual": true,
	"منفصلة": true, "منفصل": true, "منفصلين": true, "منفصلتين": true, "بها": true, "بهما": true, "الخاصة": true, "التوالي": true}

// jointActVerbs are verbs that, with two companies as their subject, say
// the companies did something together: "Microsoft and G42 launched …",
// "أطلقت مايكروسوفت وG42 …", "كشفتا عن …".
var jointActVerbs = map[string]bool{"launched": true, "launch": true, "launches": true, "unveiled": true, "unveil": true, "unveils": true,
	"introduced": true, "introduce": true, "introduces": true, "debuted": true, "rolled": true, "co-launched": true,
	"اطلقت": true, "اطلقا": true, "اطلقتا": true, "تطلق": true, "ستطلق": true, "كشفت": true, "كشفتا": true, "دشنت": true, "دشنتا": true,
	"اعلنتا": true, "تعلنان": true, "ستطلقان": true, "تطلقان": true}

// jointActs: two or more companies as the joint subject of a launch are
// partners. Rival launches ("Google and OpenAI launched competing models")
// are left alone.
func (c *sctx) jointActs() {
	// only a coordinated group of two names or more can be a joint
	// subject: without one the word scans below would find nothing
	joint := false
	for i := range c.groups {
		if g := &c.groups[i]; g.conj && !g.pair && len(g.ms) >= 2 {
			joint = true
			break
		}
	}
	if !joint {
		return
	}
	for _, h := range c.hits {
		if lexicon[h.lex].rel == kg.CompetesWith {
			return
		}
	}
	for k := c.s.tlo; k < c.s.thi; k++ {
		if separateWords[c.tok(k)] {
			return // "Meta and Google launched their own chatbots": each its own
		}
	}
	for k := c.s.tlo; k < c.s.thi; k++ {
		w := c.tok(k)
		arabic := c.r.v.toks[k].flags&tfArabic != 0
		if arabic {
			w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")
		}
		if !jointActVerbs[w] {
			continue
		}
		if w == "rolled" && (k+1 >= c.s.thi || c.tok(k+1) != "out") {
			continue
		}
		var g *group
		if arabic {
			g = c.R(k+1, 0)
		} else if l := c.L(k, 1); l != nil && !c.prepObject(l) {
			g = l
		}
		if g == nil || !g.conj || g.pair {
			continue
		}
		a := c.argOf(g)
		if len(a.ents) < 2 || len(a.ents) > 4 {
			continue
		}
		orgs := true
		for _, e := range a.ents {
			if c.r.ents[e].Kind != kg.Organization {
				orgs = false
			}
		}
		if !orgs {
			continue
		}
		// "A and B unveiled the X Alliance": each founder partners with
		// the consortium they launched, not pairwise with the others
		ot := k + 1
		if arabic {
			ot = g.thi
		}
		if o := c.R(ot, 2); o != nil && o != g {
			if oa := c.argOf(o); len(oa.ents) == 1 && !contains(a.ents, oa.ents[0]) && c.consortium(o, c.r.ents[oa.ents[0]]) {
				for _, e := range a.ents {
					c.emit(kg.PartnersWith, arg{ents: []int{e}, g: g, list: true}, oa, confNoun, k, nil)
				}
				continue
			}
		}
		for i := 0; i < len(a.ents); i++ {
			for j := i + 1; j < len(a.ents); j++ {
				c.emit(kg.PartnersWith, arg{ents: a.ents[i : i+1], g: g}, arg{ents: a.ents[j : j+1]}, confWeak*mulList, k, nil)
			}
		}
	}
}

// partnerOf finds the other party of a partnership word that has only
// found one: the licensor in "X paid Y $650m to license its models", the
// consortium or project in "X and Y were named technology partners of
// Stargate", "تنضم X وY إلى المشروع بصفتهما شريكين". It returns (b, a).
func (c *sctx) partnerOf(form string, trS, trE int, a arg, aG *group) (arg, arg) {
	if strings.HasPrefix(form, "licen") || strings.HasPrefix(form, "ترخيص") {
		// the licensor stands between the licensee's verb and "to license"
		if l := c.Ls(aG.tlo, 6, kOrg|kPerson); l != nil && l != aG && c.groupKind(aG)&kOrg != 0 {
			if la := c.argOf(l); !overlaps(la, a) {
				return a, la
			}
		}
		return arg{}, a
	}
	if !strings.HasPrefix(form, "partner") && !strings.HasPrefix(form, "شريك") && !strings.HasPrefix(form, "شركاء") {
		return arg{}, a
	}
	if len(a.ents) == 2 && (strings.HasPrefix(form, "partnership") || strings.HasPrefix(form, "شراكة")) {
		// "Oracle and OpenAI announced a partnership to expand
		// Stargate": a partnership the pair announces is theirs; "to"
		// opens its purpose (the caller pairs them)
		return arg{}, a
	}
	// "partners of/in/to Stargate"
	if p := c.P(trE, []string{"of", "in", "to", "for", "في", "ل", "الي"}, 5); p != nil && p != aG && c.groupKind(p)&(kOrg|kProject) != 0 {
		if pa := c.argOf(p); !overlaps(pa, a) && !c.partnerInCompany(trE, p) {
			return pa, a
		}
	}
	// "Arm, Microsoft and Nvidia were named as key initial technology
	// partners": partners of the venture the text is about
	if p := c.r.sal.project; p >= 0 && !contains(a.ents, p) && c.namedAsPartners(aG.thi, trS) {
		return arg{ents: []int{p}, coref: true}, a
	}
	// "X and Y joined the project as partners": the project is named
	// (or referred to) right before, its members before it
	if c.groupKind(aG) == kProject && trS-aG.thi <= 4 {
		if l := c.Ls(aG.tlo, 6, kOrg); l != nil {
			if la := c.argOf(l); !overlaps(la, a) {
				return a, la
			}
		}
	}
	return arg{}, a
}

// partnerInCompany: "a partner in X" with X a company is a stake or a
// role in it ("a partner in the fund", "an early partner in OpenAI's
// round"), not a partnership with it; only a venture or a consortium
// takes its partners with "in" ("technology partners in Stargate").
func (c *sctx) partnerInCompany(trE int, p *group) bool {
	in := false
	for k := trE; k < p.tlo; k++ {
		if c.tok(k) == "in" {
			in = true
		}
	}
	if !in || c.groupKind(p)&kProject != 0 {
		return false
	}
	return len(p.ms) != 1 || !c.consortium(p, c.r.ents[c.ms[p.ms[0]].ent])
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (c *sctx) doCompute(h hit, lx *lexeme, trS, trE int, an *anchor) {
	for k := trS - 1; k-1 >= c.s.tlo && k >= trS-6 && (c.r.v.toks[k].kind != tkPunct || c.tok(k) == "'"); k-- {
		if c.tok(k) == "to" && strings.HasPrefix(c.tok(k-1), "alternative") {
			return // "an alternative to Nvidia GPUs for inference": a rival's chips, not a supply
		}
	}
	// "chip design subsidiary", "cloud company", "AI infrastructure
	// names": the compute word only modifies another noun
	if trE < c.s.thi && (headNouns[c.tok(trE)] || modifiedNouns[c.tok(trE)]) {
		return
	}
	// "تشغيل نماذجها على سحابة جوجل": in the construct state the chip or
	// cloud company right after the compute noun supplies the subject
	if c.r.v.toks[trS].flags&tfArabic != 0 && strings.Contains(c.r.v.norm[h.nb:h.ne], "سحاب") {
		if g := c.R(trE, 0); g != nil && g.tlo == trE && len(g.ms) == 1 && c.groupKind(g) == kOrg && !c.prepClitic(g, []string{"ل", "ب", "م"}) {
			if e := c.r.ents[c.ms[g.ms[0]].ent]; e.tag("cloud") || e.tag("chips") {
				if s := c.firstOrgBefore(h.pb); s >= 0 && s != c.ms[g.ms[0]].ent {
					c.emit(kg.SuppliesCompute, c.argOf(g), arg{ents: []int{s}}, confWeak, trS, an)
					return
				}
			}
		}
	}
	if c.computeAdjAfterSource(h, trS, an) {
		return
	}
	// "spend $30bn on Microsoft's Azure cloud": the possessor supplies
	// the subject
	if pa, ok := c.possFar(trS); ok && pa.g != nil && !pa.coref && !c.ownFacility(h, pa) && !c.rivalBefore(pa.g.tlo, 4) {
		// the customer is the clause's subject: "Anthropic … spread its
		// work across Google's TPUs, Amazon's Trainium and Nvidia's GPUs"
		if e := c.firstOrgBefore(c.r.v.toks[pa.g.tlo].nb); e >= 0 && !contains(pa.ents, e) {
			c.emit(kg.SuppliesCompute, pa, arg{ents: []int{e}}, confWeak, trS, an)
			return
		}
		if l := c.Lxk(pa.g.tlo, 12, kOrg); l != nil {
			c.emit(kg.SuppliesCompute, pa, c.argOf(l), confWeak, trS, an)
			return
		}
	}
	// "OpenAI and Broadcom to deploy 10 gigawatts of custom chips": a
	// pair of companies with one compute supplier among them
	if l := c.Lk(trS, 8, kOrg); l != nil && len(l.ms) == 2 && l.conj {
		a, b := c.r.ents[c.ms[l.ms[0]].ent], c.r.ents[c.ms[l.ms[1]].ent]
		supA, supB := a.tag("chips") || a.tag("cloud"), b.tag("chips") || b.tag("cloud")
		if supA != supB {
			ia, ib := c.ms[l.ms[0]].ent, c.ms[l.ms[1]].ent
			if supB {
				ia, ib = ib, ia
			}
			c.emit(kg.SuppliesCompute, arg{ents: []int{ia}}, arg{ents: []int{ib}}, confWeak, trS, an)
			return
		}
	}
	// "6 GW of AMD Instinct GPUs", "Nvidia chips": a chip or cloud
	// company named right before the compute noun supplies the subject
	// (English word order)
	for k := trS - 1; k >= c.s.tlo && k >= trS-3 && c.r.v.toks[trS].flags&tfLatin != 0; k-- {
		gi := c.grpAt[k-c.s.tlo]
		if gi < 0 {
			if c.r.v.toks[k].flags&tfLatin != 0 {
				continue
			}
			break
		}
		g := &c.groups[gi]
		e := c.r.ents[c.ms[g.ms[0]].ent]
		if e.Kind == kg.Product || c.weakGroup(g) {
			k = g.tlo // "AMD Instinct GPUs": a model name between
			continue
		}
		if e.Kind == kg.Organization && (e.tag("chips") || e.tag("cloud") || e.tag("bigtech") && chipNoun[c.tok(trS)]) {
			// ("Google TPUs": a big-tech group's own chips)
			if l := c.Lxk(g.tlo, 12, kOrg); l != nil && !contains(c.argOf(l).ents, c.ms[g.ms[0]].ent) {
				c.emit(kg.SuppliesCompute, c.argOf(g), c.argOf(l), confWeak, trS, an)
				return
			}
		}
		break
	}
	// "provide OpenAI with compute"
	if trS-1 >= c.s.tlo && c.tok(trS-1) == "with" {
		if d := c.L(trS-1, 0); d != nil {
			if s := c.L(d.tlo, 8); s != nil {
				c.emit(kg.SuppliesCompute, c.argOf(s), c.argOf(d), confWeak, trS, an)
				return
			}
		}
	}
	if c.hostCloud(trS, an) {
		return
	}
	if d := c.P(trE, []string{"to", "for", "ل"}, 4); d != nil && !c.ownerWordBetween(trE, d.tlo) {
		da := c.argOf(d)
		var sa arg
		if l := c.Lk(trS, 12, kOrg); l != nil {
			sa, _ = c.inclExtend(l)
		} else {
			sa = c.topicArg(h.pb, da)
		}
		c.emit(kg.SuppliesCompute, sa, da, confWeak, trS, an)
		return
	}
	win := 4
	if f := c.r.v.norm[h.nb:h.ne]; strings.HasSuffix(f, " deal") || strings.HasSuffix(f, " contract") {
		win = 9 // "a six-year cloud deal worth more than $10 billion with Google Cloud"
	}
	if s := c.P(trE, []string{"from", "من", "with"}, win); s != nil && !c.ownerWordBetween(trE, s.tlo) && !c.backedBetween(trE, s.tlo) {
		// (not "مزوّدة السحابة المدعومة من إنفيديا": backed by, not bought from)
		sa := c.argOf(s)
		var da arg
		if l := c.Lk(trS, 12, kOrg); l != nil {
			da = c.argOf(l)
		} else {
			da = c.topicArg(h.pb, sa)
		}
		c.emit(kg.SuppliesCompute, sa, da, confWeak, trS, an)
	}
}

// rivalBefore: a rivalry word stands in the win tokens before k ("Google's
// TPUs compete with Nvidia's chips", "a rival to AMD's GPUs"): the
// possessed compute is a competitor's, not a supply.
func (c *sctx) rivalBefore(k, win int) bool {
	for _, o := range c.hits {
		if lexicon[o.lex].rel == kg.CompetesWith && int(o.te) < k && int(o.te) >= k-win {
			return true
		}
	}
	return false
}

// ownFacility: a possessed data centre or infrastructure of a company
// that sells no compute is its own ("whose chips power most of OpenAI's
// data centers"): the possessor is the customer, not a supplier.
func (c *sctx) ownFacility(h hit, pa arg) bool {
	switch c.r.v.norm[h.nb:h.ne] {
	case "data centers", "data centres", "infrastructure", "ai infrastructure", "supercomputer", "supercomputers":
	default:
		return false
	}
	for _, e := range pa.ents {
		if c.r.ents[e].tag("cloud") || c.r.ents[e].tag("chips") {
			return false
		}
	}
	return true
}

// fixTypes repairs relations whose kinds show the trigger was read in
// its other sense: "runs"/"led" by an organisation is OPERATES or, in a
// funding context, INVESTS_IN; OPERATES by a person is LEADS.
func (c *sctx) fixTypes() {
	r := c.r
	for _, cd := range c.cands {
		s, d := r.ents[cd.src], r.ents[cd.dst]
		if cd.rel == kg.Leads && s.Kind != kg.Person && d.Kind == kg.Person {
			cd.src, cd.dst = cd.dst, cd.src // the person is the one who leads
			s, d = d, s
		}
		switch cd.rel {
		case kg.Leads:
			if s.Kind != kg.Person {
				switch {
				case s.Kind == kg.Organization && (d.Kind == kg.Project || d.Kind == kg.Product):
					cd.rel = kg.Operates
				case s.Kind == kg.Organization && c.hasInvest && (d.Kind == kg.Organization || r.sal.raiseTarget >= 0):
					cd.rel = kg.InvestsIn
					if t := r.sal.raiseTarget; t >= 0 && t != cd.src {
						cd.dst = t
					}
				default:
					cd.dropped = true
				}
			}
		case kg.Operates:
			if s.Kind == kg.Person {
				cd.rel = kg.Leads
			}
		case kg.Owns:
			if d.Kind == kg.Product || d.Kind == kg.Project && s.Kind == kg.Organization {
				// "منصة Azure التابعة لمايكروسوفت": Microsoft runs Azure;
				// "مجمع «بروميثيوس» التابع لميتا": a facility of the
				// company that builds it
				cd.rel = kg.Operates
			}
		}
	}
}

// accepts says which figures a relation type can carry.
func accepts(t kg.RelationType, kind uint8) bool {
	switch kind {
	case fkAmount:
		// (ownership is a state: the money of its sentence is a deal's)
		return t == kg.InvestsIn || t == kg.Acquires || t == kg.SuppliesCompute || t == kg.PartnersWith
	case fkCapacity:
		return t == kg.SuppliesCompute || t == kg.PartnersWith
	case fkStake:
		return t == kg.InvestsIn || t == kg.Owns || t == kg.Acquires
	}
	return false
}
