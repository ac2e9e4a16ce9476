package extract

// Smaller constructions: shares, offers, appositions, object relatives, possessives, descriptions.

import (
	"strings"

	"github.com/aikg/aikg/kg"
)

// shareWords: buying them is an investment, not a takeover.
func shareWord(w string) bool {
	switch w {
	case "shares", "stock", "stocks", "equity", "سهم", "اسهم", "اسهما", "الاسهم", "سهما":
		return true
	}
	return false
}

// sharesBought: a buy verb whose object is shares of a company ("Nvidia
// will buy $5 billion of Intel stock", "buy shares in Intel", "اشترت سوفت
// بنك أسهماً في إنتل", "شراء أسهم إنتل"): the buyer INVESTS_IN it.
func (c *sctx) sharesBought(trS, trE int, arabic bool, an *anchor) bool {
	sh := -1
	for k := trE; k < c.s.thi && k <= trE+7; k++ {
		if shareWord(c.tok(k)) {
			sh = k
			break
		}
		if w := c.tok(k); w == "," || w == ";" || w == "." {
			return false
		}
	}
	if sh < 0 {
		return false
	}
	var tg *group
	if sh-1 >= c.s.tlo && c.grpAt[sh-1-c.s.tlo] >= 0 && c.grpAt[sh-1-c.s.tlo] != c.grpAt[trE-c.s.tlo] || sh-1 >= trE && c.grpAt[sh-1-c.s.tlo] >= 0 && !arabic {
		tg = &c.groups[c.grpAt[sh-1-c.s.tlo]] // "of Intel stock"
	} else if p := c.P(sh+1, []string{"in", "of", "في", "من"}, 3); p != nil {
		tg = p // "shares in Intel", "أسهماً في إنتل"
	} else if arabic {
		tg = c.R(sh+1, 0) // construct: "أسهم إنتل"
	}
	if tg == nil || c.groupKind(tg)&kOrg == 0 {
		return false
	}
	var sg *group
	if arabic {
		if g := c.R(trE, 1); g != nil && g.thi <= sh && g != tg {
			sg = g // VSO: "اشترت سوفت بنك أسهماً"
		}
	}
	if sg == nil {
		sg = c.Lxk(trS, 12, kOrg|kPerson)
	}
	ta := c.argOf(tg)
	var sa arg
	if sg != nil {
		sa = c.argOf(sg)
	} else {
		sa = c.topicArg(an.h.pb, ta)
	}
	if !sa.ok() || overlaps(sa, ta) {
		return false
	}
	c.hasInvest = true // the shares' price is the investment, not a side payment
	c.emit(kg.InvestsIn, sa, ta, confVerb, trS, an)
	return true
}

// leadCompanions: "led by Valor with BlackRock and Sequoia", "led by
// Valor, joined by BlackRock and Sequoia": the companions of a round's
// lead invest in the same round (as participants: no amount).
func (c *sctx) leadCompanions() {
	invest := false
	for _, cd := range c.cands {
		invest = invest || !cd.dropped && cd.rel == kg.InvestsIn
	}
	if !invest {
		return // companions join a lead's investment: none, nothing to join
	}
	for k := c.s.tlo; k+2 < c.s.thi; k++ {
		if w := c.tok(k); (w != "led" && w != "co-led") || c.tok(k+1) != "by" {
			continue
		}
		g := c.R(k+2, 0)
		if g == nil {
			continue
		}
		ga := c.argOf(g)
		dst := -1
		for _, cd := range c.cands {
			if !cd.dropped && cd.rel == kg.InvestsIn && contains(ga.ents, cd.src) {
				dst = cd.dst
				break
			}
		}
		if dst < 0 {
			continue
		}
		j := g.thi
		if j < c.s.thi && c.tok(j) == "," {
			j++
		}
		switch {
		case j < c.s.thi && c.tok(j) == "with":
			j++
		case j+1 < c.s.thi && c.tok(j) == "joined" && c.tok(j+1) == "by":
			j += 2
		default:
			continue
		}
		if j < c.s.thi && (c.tok(j) == "participation" || c.tok(j) == "a" || c.tok(j) == "the") {
			continue // "with participation from" is the raise word's; "with a valuation"
		}
		m := c.R(j, 0)
		if m == nil || c.groupKind(m)&^(kOrg|kPerson) != 0 {
			continue
		}
		ma := c.argOf(m)
		if contains(ma.ents, dst) || overlaps(ma, ga) {
			continue
		}
		ma.list = len(ma.ents) > 1
		n := len(c.cands)
		c.emit(kg.InvestsIn, ma, arg{ents: []int{dst}, coref: true}, confNoun, j, nil)
		for _, cd := range c.cands[n:] {
			cd.round = true // the round's status is theirs
		}
	}
}

// receivedShares: "OpenAI received $350 million worth of CoreWeave
// stock", "حصلت OpenAI على أسهم في كورويف بقيمة 350 مليون دولار": shares
// received are an investment in their issuer, worth the amount they are
// valued at.
func (c *sctx) receivedShares() {
	if len(c.groups) < 2 {
		return // receiver and company must be two groups: the word scan below would find nothing
	}
	shares := false
	for k := c.s.tlo; k < c.s.thi && !shares; k++ {
		shares = shareWord(c.tok(k))
	}
	if !shares {
		return // nor without a word for shares
	}
	for k := c.s.tlo; k < c.s.thi; k++ {
		w := strings.TrimPrefix(strings.TrimPrefix(c.tok(k), "و"), "ف")
		if !receiveVerbs[w] {
			continue
		}
		arabic := c.r.v.toks[k].flags&tfArabic != 0
		sh := -1
		for j := k + 1; j < c.s.thi && j <= k+8; j++ {
			if shareWord(c.tok(j)) {
				sh = j
				break
			}
			if t := c.tok(j); t == "," || t == ";" || t == "." {
				break
			}
		}
		if sh < 0 {
			continue
		}
		var tg *group
		if gi := c.grpAt[sh-1-c.s.tlo]; gi >= 0 && sh-1 > k && !arabic {
			tg = &c.groups[gi] // "CoreWeave stock"
		} else if p := c.P(sh+1, []string{"in", "of", "في"}, 8); p != nil {
			tg = p // "أسهم (بقيمة …) في كورويف"
		} else if arabic {
			tg = c.R(sh+1, 0) // "أسهم كورويف"
		}
		if tg == nil || c.groupKind(tg)&kOrg == 0 {
			continue
		}
		var rg *group
		if arabic {
			if g := c.R(k+1, 1); g != nil && g.thi <= sh && g != tg {
				rg = g
			}
		}
		if rg == nil {
			rg = c.L(k, 1)
		}
		if rg == nil || c.groupKind(rg)&kOrg == 0 {
			continue
		}
		ra, ta := c.argOf(rg), c.argOf(tg)
		if overlaps(ra, ta) {
			continue
		}
		n := len(c.cands)
		c.emit(kg.InvestsIn, ra, ta, confNoun, k, nil)
		for _, cd := range c.cands[n:] {
			cd.form = w // the receive verb's tense is the deal's
			for i := range c.figs {
				if f := &c.figs[i]; f.kind == fkAmount && f.tlo > k && f.tlo <= max(sh, tg.thi)+4 && !f.assigned {
					setFig(cd, f)
					break
				}
			}
		}
	}
}

// ownerOfIt: the seller named as the owner of what is sold: "bought
// Aligned from its owner Macquarie", "from parent company X", "استحوذت
// على Y من «X» المالكة لها": X OWNS the company named before it.
func (c *sctx) ownerOfIt(trS, trE int, arabic bool, an *anchor) bool {
	var og *group
	var before int
	if arabic {
		if trE >= c.s.thi || c.tok(trE) != "لها" && c.tok(trE) != "له" {
			return false
		}
		og = c.L(trS, 1) // "«ماكواري» المالكة لها"
		if og == nil {
			return false
		}
		before = og.tlo
	} else {
		k := trS - 1
		if k-1 < c.s.tlo || c.tok(k) != "its" || c.tok(k-1) != "from" {
			return false
		}
		og = c.R(trE, 1) // "from its owner Macquarie"
		before = k - 1
	}
	if og == nil || c.groupKind(og)&(kOrg|kPerson) == 0 {
		return false
	}
	if arabic {
		// "… Y من «X» المالكة لها": "من" right before the owner
		k := og.tlo - 1
		for k >= c.s.tlo && c.tok(k) == "\"" {
			k--
		}
		if k < c.s.tlo || c.tok(k) != "من" {
			return false
		}
		before = k
	}
	owned := c.Lk(before, 12, kOrg|kProduct)
	if owned == nil || owned == og || before-owned.thi > 2 {
		return false // what is sold stands right before "from"/"من"
	}
	oa, da := c.argOf(og), c.argOf(owned)
	if overlaps(oa, da) {
		return false
	}
	c.emit(kg.Owns, oa, da, confNoun, trS, an)
	return true
}

// saidThe: the anaphor at t0 opens the clause of a reporting verb ("Elon
// Musk, xAI's founder, said the company had raised", "وقال X إن الشركة"):
// the company is the one the speaker was just named with, not the
// article's older topic.
func (c *sctx) saidThe(t0 int) bool {
	k := t0 - 1
	if k >= c.s.tlo && (c.tok(k) == "the" || c.tok(k) == "that") {
		k--
	}
	if k >= c.s.tlo && c.tok(k) == "that" {
		k--
	}
	for n := 0; n < 3 && k > c.s.tlo && timeFill[c.tok(k)]; n++ {
		k-- // "said last week the company"
	}
	if k < c.s.tlo {
		return false
	}
	switch strings.TrimPrefix(c.tok(k), "و") {
	case "said", "says", "told", "announced", "confirmed", "ان", "قال", "قالت", "اكد", "اكدت":
		return true
	}
	return false
}

// timeFill are time words between a reporting verb and its clause.
var timeFill = map[string]bool{"last": true, "this": true, "week": true, "month": true, "year": true, "on": true, "yesterday": true, "today": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true, "earlier": true,
	"امس": true, "اليوم": true, "الاسبوع": true, "الماضي": true}

// offersFrom: the target of an offer is the subject that rejects or
// receives it, the buyer follows "from"/"من": "Wiz rejected a $23bn offer
// from Google", "رفض «ويز» عرضاً من غوغل بقيمة 23 مليار دولار", "تلقت X
// عرضاً من Y". A rejected offer is BLOCKED (the status cue), one only
// received is talks.
func (c *sctx) offersFrom() {
	for _, h := range c.hits {
		if !lexicon[h.lex].offer {
			continue
		}
		ot := int(h.tb)
		if c.moneyOfferNear(ot) {
			continue // "a funding offer from", "عرض تمويل": no takeover
		}
		b := c.P(int(h.te)+1, []string{"from", "من"}, 6)
		if b == nil || c.groupKind(b)&(kOrg|kPerson) == 0 {
			continue
		}
		t := c.Lk(ot, 6, kOrg)
		if t == nil || t == b || t.tlo > ot {
			continue
		}
		ba, ta := c.argOf(b), c.argOf(t)
		if overlaps(ba, ta) {
			continue
		}
		n := len(c.cands)
		c.emit(kg.Acquires, ba, ta, confNoun, ot, nil)
		for _, cd := range c.cands[n:] {
			cd.form = "عرض" // an offer: talks unless the sentence says more
			for i := range c.figs {
				if f := &c.figs[i]; f.kind == fkAmount && abs(f.tlo-ot) <= 6 && !f.assigned {
					setFig(cd, f)
					break
				}
			}
		}
	}
}

// leaveVerb are English verbs of leaving a post or an organisation.
var leaveVerb = map[string]bool{"quit": true, "left": true, "resigned": true, "departed": true, "stepped": true, "exited": true}

// leftSince: the English clause after a founding or leading verb at trE
// goes on "and quit/left/resigned …": the role is over.
func (c *sctx) leftSince(trE int) bool {
	for k := trE; k < c.s.thi && k <= trE+10; k++ {
		w := c.tok(k)
		if w == "." || w == ";" || w == "," || w == "but" || w == "who" {
			return false
		}
		if w == "and" {
			for j := k + 1; j < c.s.thi && j <= k+3; j++ {
				if leaveVerb[c.tok(j)] {
					return true
				}
			}
		}
	}
	return false
}

// companyFoundedBy: English "X, the company/startup (that) Y
// founded/started/set up": the person Y leads X (founders count).
func (c *sctx) companyFoundedBy() {
	r := c.r
	for i := range c.ms {
		p := c.ms[i]
		if p.coref || r.ents[p.ent].Kind != kg.Person || p.thi >= c.s.thi {
			continue
		}
		switch w := c.tok(p.thi); {
		case w == "founded" || w == "cofounded" || w == "started" || w == "created" || w == "launched":
		case w == "co" && p.thi+2 < c.s.thi && c.tok(p.thi+2) == "founded":
		default:
			continue
		}
		if c.leftSince(p.thi + 1) {
			continue
		}
		k := p.tlo - 1
		if k > c.s.tlo && (c.tok(k) == "that" || c.tok(k) == "which") {
			k--
		}
		if k-2 < c.s.tlo || c.tok(k-1) != "the" || !(c.tok(k) == "company" || c.tok(k) == "startup" || c.tok(k) == "firm" || c.tok(k) == "lab") || c.tok(k-2) != "," {
			continue
		}
		for j := range c.ms {
			o := c.ms[j]
			if o.thi == k-2 && r.ents[o.ent].Kind == kg.Organization {
				c.emit(kg.Leads, arg{ents: []int{p.ent}}, arg{ents: []int{o.ent}}, confNoun, p.thi, nil)
			}
		}
	}
}

// itsAgentAppos: English "… OpenAI and Microsoft, its biggest backer":
// an apposition "its/their [adjectives] backer/investor" to the name
// before the comma; "its" is the organisation named before that name.
func (c *sctx) itsAgentAppos(trS int, an *anchor) bool {
	p := -1
	for k := trS - 1; k >= c.s.tlo && k >= trS-3; k-- {
		if w := c.tok(k); w == "its" || w == "their" {
			p = k
			break
		}
	}
	if p-2 < c.s.tlo || c.tok(p-1) != "," || c.P(trS+1, []string{"in"}, 2) != nil {
		return false
	}
	src, dst := -1, -1
	for _, m := range c.ms {
		if m.thi == p-1 && !m.coref {
			src = m.ent
		}
	}
	if src < 0 {
		return false
	}
	for _, m := range c.ms {
		if m.thi < p-1 && m.ent != src && !m.coref && c.r.ents[m.ent].Kind == kg.Organization {
			dst = m.ent
		}
	}
	if dst < 0 {
		return false
	}
	c.emit(kg.InvestsIn, arg{ents: []int{src}}, arg{ents: []int{dst}}, confNoun, trS, an)
	return true
}

// modelWord modify an English supplier noun that sells no compute.
var modelWord = map[string]bool{"model": true, "models": true, "software": true, "content": true, "data": true, "talent": true, "search": true}

// energyFollowUp: English "The reactors would add up to 500 megawatts",
// "The 835 MW unit is expected back online": a sentence that only sizes
// the plant of the partnership the sentence before told gives that
// partnership its capacity.
func (c *sctx) energyFollowUp() {
	ld := c.r.sal.lastDeal
	if ld == nil || ld.typ != kg.PartnersWith || ld.sent != c.si-1 || len(ld.cands) == 0 || c.tok(c.s.tlo) != "the" {
		return
	}
	for _, cd := range c.cands {
		if !cd.dropped {
			return
		}
	}
	plant := false
	for k := c.s.tlo + 1; k < c.s.thi && k <= c.s.tlo+4; k++ {
		if w := c.tok(k); energyWord[w] || w == "unit" || w == "units" || w == "plant" || w == "plants" || w == "station" {
			plant = true
		}
	}
	if !plant {
		return
	}
	for i := range c.figs {
		if f := &c.figs[i]; f.kind == fkCapacity && f.qty.Unit == "GW" && !f.assigned {
			for _, cd := range ld.cands {
				if cd.fig.Capacity == nil && cd.rel == kg.PartnersWith {
					setFig(cd, f)
				}
			}
			f.assigned = true
			return
		}
	}
}

// energyWord are words of electricity deals; computeWord of compute ones.
var energyWord = map[string]bool{"reactor": true, "reactors": true, "nuclear": true, "electricity": true, "utility": true, "utilities": true,
	"geothermal": true, "solar": true, "turbines": true, "fusion": true, "renewable": true, "hydropower": true, "ppa": true, "power-purchase": true}
var computeWord = map[string]bool{"gpu": true, "gpus": true, "chip": true, "chips": true, "tpu": true, "tpus": true, "accelerators": true,
	"servers": true, "cloud": true, "compute": true, "computing": true, "processors": true}

// energyDeal: the sentence is about electricity (reactors, utilities, a
// power purchase agreement) and names no chips, cloud or compute.
func (c *sctx) energyDeal() bool {
	energy := false
	for k := c.s.tlo; k < c.s.thi; k++ {
		w := c.tok(k)
		if computeWord[w] {
			return false
		}
		if energyWord[w] || w == "power" && k+1 < c.s.thi && strings.HasPrefix(c.tok(k+1), "purchase") {
			energy = true
		}
	}
	return energy
}

// commaRelBetween: an English non-restrictive relative (", which",
// ", who") opens between tokens a and b.
func (c *sctx) commaRelBetween(a, b int) bool {
	for k := a + 1; k < b && k < c.s.thi; k++ {
		if w := c.tok(k); (w == "which" || w == "who") && c.tok(k-1) == "," {
			return true
		}
	}
	return false
}

// inCoref: token k is part of a description resolved to an entity ("the
// chip giant", "صانعة الرقائق"): its compute word names who, not what.
func (c *sctx) inCoref(k int) bool {
	for _, m := range c.ms {
		if m.coref && m.tlo <= k && k < m.thi {
			return true
		}
	}
	return false
}

// beAux are the English forms of "be" that make a participle passive.
var beAux = map[string]bool{"was": true, "were": true, "be": true, "been": true, "being": true, "is": true, "are": true}

// possDet are the English possessive determiners.
var possDet = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true}

// offerMakeVerb are the English verbs of making an offer.
var offerMakeVerb = map[string]bool{"made": true, "make": true, "makes": true, "submitted": true, "tabled": true, "launched": true, "put": true, "lodged": true}

// offerMadeBy: English "the $97bn offer that X and a group of investors,
// Y among them, had made to take control of Z", "the bid Broadcom made
// for Arm": everyone named between the offer and its verb makes it, the
// object is what the verb's "for"/"of" names, else the organisation
// that turns the offer down or receives it ("Z's board rejected the
// offer that X made"). Talks unless the sentence says more.
func (c *sctx) offerMadeBy() {
	if c.r.v.toks[c.s.tlo].flags&tfArabic != 0 {
		return
	}
	for _, h := range c.hits {
		if !lexicon[h.lex].offer {
			continue
		}
		ot := int(h.tb)
		if c.moneyOfferNear(ot) {
			continue
		}
		k := int(h.te) + 1
		if k < c.s.thi && (c.tok(k) == "that" || c.tok(k) == "which") {
			k++
		}
		if k >= c.s.thi || c.grpAt[k-c.s.tlo] < 0 {
			continue
		}
		verb := -1
		for j := k + 1; j < c.s.thi && j <= k+18; j++ {
			if w := c.tok(j); w == "." || w == ";" {
				break
			}
			if offerMakeVerb[c.tok(j)] {
				verb = j
				break
			}
		}
		if verb < 0 {
			continue
		}
		var makers arg
		for i := range c.groups {
			if g := &c.groups[i]; g.tlo >= k && g.thi <= verb && c.groupKind(g)&(kOrg|kPerson) != 0 {
				a := c.argOf(g)
				makers.ents = append(makers.ents, a.ents...)
			}
		}
		if !makers.ok() {
			continue
		}
		var ta arg
		if g := c.P(verb+1, []string{"for", "of"}, 8); g != nil && c.groupKind(g)&kOrg != 0 {
			ta = c.argOf(g)
		} else if t := c.Lk(ot, 12, kOrg); t != nil {
			ta = c.argOf(t)
		}
		if !ta.ok() || overlaps(makers, ta) {
			continue
		}
		for _, cd := range c.cands {
			if cd.rel == kg.InvestsIn && contains(makers.ents, cd.src) && contains(ta.ents, cd.dst) {
				cd.dropped = true // "a group of investors" making a takeover offer invests nothing
			}
		}
		n := len(c.cands)
		c.emit(kg.Acquires, makers, ta, confNoun, ot, nil)
		for _, cd := range c.cands[n:] {
			cd.form = "عرض" // an offer: talks unless the sentence says more
			for i := range c.figs {
				if f := &c.figs[i]; f.kind == fkAmount && abs(f.tlo-ot) <= 6 && !f.assigned {
					setFig(cd, f)
					break
				}
			}
		}
	}
}

// moneyOfferNear: a funding or investment word qualifies the offer at t.
func (c *sctx) moneyOfferNear(t int) bool {
	for k := max(c.s.tlo, t-2); k < c.s.thi && k <= t+2; k++ {
		w := c.tok(k)
		if strings.HasPrefix(w, "fund") || strings.HasPrefix(w, "invest") || strings.HasPrefix(w, "financ") || strings.Contains(w, "تمويل") || strings.Contains(w, "استثمار") || w == "loan" || w == "قرض" {
			return true
		}
	}
	return false
}

// apposPrefix: in "X، المملوكة لـY، وZ …" / "X, owned by Y, and Z
// announced" the apposition opened by a comma before the trigger closes
// at the next comma; the names after ", و"/", and" are X's co-subjects,
// not Y's co-owners. It keeps the group's names before that comma.
func (c *sctx) apposPrefix(g *group, trS int, a arg) arg {
	if trS-1 < c.s.tlo || c.tok(trS-1) != "," && !(trS-2 >= c.s.tlo && c.tok(trS-2) == "," && (c.tok(trS-1) == "wholly" || c.tok(trS-1) == "majority")) {
		return a
	}
	cut := -1
	for k := g.tlo; k+1 < g.thi; k++ {
		if c.tok(k) == "," && (c.tok(k+1) == "and" || strings.HasPrefix(c.tok(k+1), "و")) {
			cut = k
			break
		}
	}
	if cut < 0 {
		return a
	}
	var keep []int
	for _, mi := range g.ms {
		if c.ms[mi].thi <= cut {
			keep = append(keep, c.ms[mi].ent)
		}
	}
	if len(keep) == 0 {
		return a
	}
	return arg{ents: keep, g: g}
}

// relAux may stand between the subject of an object relative and its
// verb ("which Nvidia has since bought").
var relAux = map[string]bool{"has": true, "had": true, "have": true, "since": true, "recently": true, "already": true, "later": true, "last": true,
	"also": true, "quietly": true, "reportedly": true, "قد": true, "بدورها": true}

// objectRelative: the relation's object is the antecedent of a relative
// clause whose subject is the buyer or investor: "Windsurf, which
// Cognition acquired in July", "Anthropic, in which Amazon has invested
// $8bn", "ويندسيرف، التي استحوذت عليها كوغنيشن", "أنثروبيك، التي
// استثمرت فيها أمازون", "X التي اشترتها Y", "X التي اشترت Y حصة فيها"
// (a stake: INVESTS_IN).
func (c *sctx) objectRelative(h hit, lx *lexeme, trS, trE int, arabic bool, an *anchor) bool {
	var subj *group
	k := trS - 1
	if arabic {
		if k < c.s.tlo || (c.tok(k) != "التي" && c.tok(k) != "الذي" && c.tok(k) != "والتي") {
			return false
		}
		form := c.r.v.norm[h.nb:h.ne]
		j := trE
		resumptive := pronounTail(form) // "اشترتها"
		if j < c.s.thi && prepPronoun[c.tok(j)] {
			resumptive = true // "استحوذت عليها كوغنيشن"
			j++
		}
		subj = c.R(j, 1)
		if subj == nil {
			return false
		}
		if !resumptive {
			// "استثمرت فيها أمازون" is above; "استثمرت أمازون فيها",
			// "اشترت ميتا حصة فيها": the pronoun after the subject
			for q := subj.thi; q < c.s.thi && q <= subj.thi+3; q++ {
				if prepPronoun[c.tok(q)] {
					resumptive = true
					break
				}
				if c.r.v.toks[q].kind == tkPunct {
					break
				}
			}
		}
		if !resumptive {
			return false
		}
	} else {
		for k >= c.s.tlo && relAux[c.tok(k)] {
			k--
		}
		if k > c.s.tlo && (c.tok(k) == "it" || c.tok(k) == "they") && (c.tok(k-1) == "which" || c.tok(k-1) == "that") {
			// "OpenAI, which it has backed with $13bn": "it" is the
			// sentence's first organisation, the main clause's subject
			if e := c.firstOrgBefore(c.r.v.toks[k].nb); e >= 0 {
				for i := range c.groups {
					if g := &c.groups[i]; g.thi <= k && contains(c.argOf(g).ents, e) {
						subj = g
						break
					}
				}
			}
			if subj == nil {
				return false
			}
			k--
			if k-1 >= c.s.tlo && (c.tok(k-1) == "in" || c.tok(k-1) == "into") {
				k--
			}
			goto ante
		}
		if k < c.s.tlo || c.grpAt[k-c.s.tlo] < 0 {
			return false
		}
		subj = &c.groups[c.grpAt[k-c.s.tlo]]
		k = subj.tlo - 1
		if k < c.s.tlo || c.tok(k) != "which" && c.tok(k) != "that" {
			return false
		}
		if k-1 >= c.s.tlo && (c.tok(k-1) == "in" || c.tok(k-1) == "into") {
			k-- // "in which Amazon has invested"
		}
	}
	if arabic {
		k = trS - 1
	}
ante:
	k--
	for k >= c.s.tlo && (c.tok(k) == "," || c.tok(k) == "\"") {
		k--
	}
	if k < c.s.tlo || c.grpAt[k-c.s.tlo] < 0 {
		return false
	}
	ante := &c.groups[c.grpAt[k-c.s.tlo]]
	if ante == subj || c.groupKind(ante)&dstKinds(lx.rel) == 0 || c.groupKind(subj)&srcKinds(lx.rel) == 0 {
		return false
	}
	sa, da := c.argOf(subj), c.argOf(ante)
	if overlaps(sa, da) {
		return false
	}
	rel := lx.rel
	if rel == kg.Acquires {
		for q := trE; q < c.s.thi && q <= trE+6; q++ {
			if w := c.tok(q); w == "stake" || strings.HasPrefix(w, "حصة") || w == "shares" {
				rel = kg.InvestsIn // "which Meta bought a stake in", "اشترت ميتا حصة فيها"
				break
			}
		}
	}
	c.emit(rel, sa, da, confVerb, trS, an)
	return true
}

// modifiedBy: g is the owner in "the Nvidia-backed company" or
// "SoftBank-owned Arm"; the company it modifies (as its "-backed" relation
// resolved it) stands for the clause's subject.
func (c *sctx) modifiedBy(g *group) (arg, bool) {
	if len(g.ms) != 1 {
		return arg{}, false
	}
	e := c.ms[g.ms[0]].ent
	if !c.ownerAdjAfter(c.ms[g.ms[0]]) {
		// "CoreWeave، مزوّدة السحابة المدعومة من إنفيديا، … الاستحواذ
		// على", "X, backed by Nvidia, agreed to buy": the backer of a
		// modifier phrase is not the clause's subject; the backed is
		for _, cd := range c.cands {
			if !cd.dropped && cd.state && cd.src == e && cd.anchor < g.tlo && g.tlo-cd.anchor <= 3 && !strings.HasPrefix(cd.form, "-") {
				return arg{ents: []int{cd.dst}, coref: true}, true
			}
			if !cd.dropped && cd.rel == kg.Owns && cd.dst == e && cd.anchor < g.tlo && g.tlo-cd.anchor <= 3 {
				return arg{ents: []int{cd.src}, coref: true}, true // "Alphabet، الشركة الأم لغوغل،": the parent
			}
		}
		// "Alphabet، الشركة الأم لغوغل، … للاستحواذ على": a name inside a
		// descriptive apposition is not the subject; the head before it is
		for _, ap := range c.appos {
			if ap.open < g.tlo && g.thi <= ap.close && ap.open-1 >= c.s.tlo {
				if hi := c.grpAt[ap.open-1-c.s.tlo]; hi >= 0 && &c.groups[hi] != g && c.groupKind(&c.groups[hi])&kOrg != 0 {
					return c.argOf(&c.groups[hi]), true
				}
			}
		}
		return arg{}, false
	}
	for _, cd := range c.cands {
		if !cd.dropped && cd.state && cd.src == e && strings.HasPrefix(cd.form, "-") {
			return arg{ents: []int{cd.dst}, coref: true}, true
		}
	}
	return arg{}, true
}
