package extract

// The trigger dispatch: verbs, verbal and agent nouns, titles (doVerb, doNoun, doAgent, doTitle) and what they need.

import (
	"slices"
	"strings"

	"github.com/aikg/aikg/kg"
)

// triggers resolves every trigger of the sentence.
func (c *sctx) triggers() {
	r := c.r
	v := r.v
	// longest trigger wins where triggers overlap
	trig := r.bufs.trig[:0]
	defer func() { r.bufs.trig = trig[:0] }()
	for _, h := range c.hits {
		if lexicon[h.lex].fr == frNone {
			continue
		}
		if n := len(trig); n > 0 && h.nb < trig[n-1].ne {
			if h.ne-h.nb > trig[n-1].ne-trig[n-1].nb {
				trig[n-1] = h
			}
			continue
		}
		trig = append(trig, h)
	}
	// (room for every trigger: ap below points into it while it grows)
	c.anchors = slices.Grow(r.bufs.anchors[:0], len(trig))
	r.bufs.anchors = c.anchors
	for _, h := range trig {
		lx := &lexicon[h.lex]
		trS, trE := int(h.tb), int(h.te)+1
		an := anchor{tok: trS, lx: lx, h: h}
		pre := h.prefix(v.norm)
		form := v.norm[h.nb:h.ne]
		arabic := v.toks[trS].flags&tfArabic != 0
		an.definite = strings.Contains(pre, "ال") || strings.HasSuffix(pre, "لل") || strings.HasPrefix(form, "ال") ||
			(trS > c.s.tlo && (c.tok(trS-1) == "the" || c.tok(trS-1) == "this" || c.tok(trS-1) == "that" || c.tok(trS-1) == "هذه" || c.tok(trS-1) == "هذا"))
		pron := arabic && pronounTail(form)
		c.anchors = append(c.anchors, an)
		ap := &c.anchors[len(c.anchors)-1]
		if r.x.debug {
			r.x.log.Debug("trigger", "sent", c.si, "form", form, "frame", lx.fr, "rel", lx.rel, "groups", len(c.groups))
		}
		if lx.needCompute && !c.hasCompute && !c.computeProductAfter(trE, 4) && !c.supplierSubject(form, trS, trE, arabic) {
			continue
		}
		if lx.fr == frDeal && arabic && c.decade(form, trS, trE) {
			continue
		}
		switch lx.fr {
		case frVerb:
			c.doVerb(h, lx, trS, trE, arabic, pron, ap)
		case frNoun:
			c.doNoun(h, lx, trS, trE, arabic, pron, ap)
		case frAgent:
			c.doAgent(h, lx, trS, trE, arabic, pron, ap)
		case frPassive:
			if lx.rel == kg.Owns && c.r.v.toks[trS].flags&tfLatin != 0 {
				if c.apposOwner(trE-1, ap) {
					continue
				}
				if w := c.tok(trE - 1); w == "lab" || w == "laboratory" {
					continue
				}
			}
			if lx.rel == kg.Owns && arabic && c.pronOwner(trS, trE, ap) {
				continue
			}
			src := c.P(trE, lx.preps, 4)
			if src == nil {
				src = c.R(trE, 1)
			}
			if src == nil {
				// "Annapurna Labs, Amazon's chip design subsidiary"
				if pa, ok := c.possFar(trS); ok && pa.g != nil {
					if l := c.L(pa.g.tlo, 2); l != nil {
						c.emit(lx.rel, pa, c.argOf(l), confNoun, trS, ap)
					}
				}
				continue
			}
			sa := c.argOf(src)
			if lx.rel == kg.Owns {
				sa = c.apposPrefix(src, trS, sa)
			}
			rel := lx.rel
			if rel == kg.Owns && (trE < c.s.thi && partlyWord[c.tok(trE)] || trS-1 >= c.s.tlo && partlyWord[c.tok(trS-1)]) {
				// "المملوكة جزئياً لـX", "partly owned by X": a stake, not control
				rel = kg.InvestsIn
			}
			var da arg
			if g := c.subjectOf(trS, dstKinds(lx.rel)); g != nil && (trS-g.thi <= 6 || c.andBetween(g.thi, trS)) {
				da = c.argOf(g) // the owned thing stands right before "owned by"
				if len(g.ms) > 1 && g.thi < c.s.thi && (c.tok(g.thi) == "," || c.tok(g.thi) == "the" || trS-g.thi <= 2) {
					// "Valor and Mubadala Capital, the arm of Mubadala":
					// the apposition is about the last name
					last := c.ms[g.ms[len(g.ms)-1]].ent
					da = arg{ents: []int{last}, g: g}
				}
			} else if trS-1 < c.s.tlo || c.grpAt[trS-1-c.s.tlo] < 0 && c.tok(trS-1) != "," && c.tok(trS-1) != "\"" {
				continue // "أعمال التصنيع التابعة لـ X": something unnamed is owned
			} else {
				da = c.topicArg(h.pb, sa)
			}
			c.emit(rel, sa, da, confStrong, trS, ap)
		case frBacked:
			var src *group
			for i := range c.groups {
				g := &c.groups[i]
				if g.tlo >= trE && g.tlo-trE <= 12 {
					src = g
					break
				}
			}
			if src == nil {
				continue
			}
			if lx.rel == kg.Leads && (c.groupKind(src) != kPerson || !c.foundingBefore(trS)) {
				continue // "على يد" is a founder only after a founding word
			}
			sa := c.argOf(src)
			var da arg
			if g := c.Lk(trS, 12, dstKinds(lx.rel)); g != nil {
				da = c.argOf(g)
			} else {
				da = c.topicArg(h.pb, sa)
			}
			c.emit(lx.rel, sa, da, confWeak, trS, ap)
		case frRaise:
			if st := c.statusNear(trS, 6); st != "" {
				r.sal.roundStatus = st
			} else if st := tenseStatus(form); st != "" {
				r.sal.roundStatus = st
			}
			src := c.P(trE, lx.preps, 12)
			if src == nil && (strings.HasSuffix(form, "مشاركة") || form == "participation") {
				src = c.R(trE, 1)
			}
			if src == nil {
				src = c.roundDrew(trS, trE, arabic)
			}
			if src == nil {
				// "OpenAI raised $6.6bn": remember whose round it is
				if pa, ok := c.possFar(trS); ok {
					r.sal.raiseTarget = pa.ents[0]
				} else if g := c.overApposition(trS, kOrg); g != nil {
					r.sal.raiseTarget = c.argOf(g).ents[0]
					r.sal.raiseSent = c.si + 1
				} else if r.sal.raiseSent == c.si+1 {
					// "X, the startup …, has raised $2bn in a seed round":
					// the round is the one the verb already gave a company
				} else if g := c.Lk(trS, 15, kOrg); g != nil && c.orgOf(c.argOf(g)) >= 0 && !r.ents[c.orgOf(c.argOf(g))].tag("investor") && !c.investsHere(c.argOf(g)) {
					r.sal.raiseTarget = c.orgOf(c.argOf(g)) // ("Elon Musk's xAI raised": the company, not its owner)
				} else if g := c.R(trE, 1); arabic && !an.definite && g != nil && c.groupKind(g) == kOrg && !r.ents[c.argOf(g).ents[0]].tag("investor") && c.Lk(trS, 15, kOrg) == nil {
					r.sal.raiseTarget = c.argOf(g).ents[0] // "جمعت شركة X 400 مليون دولار": VSO
				}
				continue
			}
			sa := c.argOf(src)
			c.emit(kg.InvestsIn, sa, c.raiseDst(h, trS, sa), confWeak, trS, ap)
		case frJoin:
			// "A, B and C also participated" after a sentence about X's
			// round: the round is still the article's funding topic
			// "Google also joined", "as did Nvidia": a bare join right
			// after a round joins it (an organisation, not a new hire)
			bareJoin := false
			if f := c.r.v.norm[h.nb:h.ne]; !arabic && !c.hasInvest && strings.HasPrefix(f, "join") && (c.openRound() >= 0 && c.objectlessAt(trE) || c.roundWordNear(trE, 6)) {
				// (or "joined Anthropic's latest round")
				if g := c.Lx(trS, 12); g != nil && c.groupKind(g) == kOrg {
					bareJoin = true
				}
			}
			if !c.hasInvest && !bareJoin && !(r.sal.raiseTarget >= 0 && participateForm(c.r.v.norm[h.nb:h.ne])) {
				continue
			}
			var sa arg
			if arabic {
				for i := range c.groups {
					if g := &c.groups[i]; g.tlo >= trE && g.tlo-trE <= 14 && c.groupKind(g)&(kOrg|kPerson) != 0 {
						sa = c.argOf(g)
						break
					}
				}
				if !sa.ok() {
					if g := c.L(trS, 8); g != nil {
						sa = c.argOf(g)
					}
				}
			} else if g := c.Lx(trS, 12); g != nil {
				sa = c.argOf(g)
			}
			if !sa.ok() {
				continue
			}
			var da arg
			if pa, ok := c.possAfter(trE); ok {
				da = pa
				r.sal.raiseTarget = pa.ents[0]
			} else if ra, ok := c.roundOwnerAfter(joinTail(trE, sa), sa); ok {
				da = ra
				r.sal.raiseTarget = ra.ents[0]
			} else if t := r.sal.raiseTarget; t >= 0 && !contains(sa.ents, t) {
				da = arg{ents: []int{t}, coref: true}
			} else {
				da = c.topicArg(h.pb, sa)
			}
			c.emit(kg.InvestsIn, sa, da, confWeak, trS, ap)
		case frCustomers:
			if !c.hasCompute && r.computeSeen < 3 && !c.customersOfSupplier(trS, trE, arabic) {
				continue
			}
			// "among Nvidia's largest customers", "Microsoft … its largest
			// customer"
			if pa, ok := c.possFar(trS); ok {
				from := trS
				if pa.g != nil {
					from = pa.g.tlo
				}
				if l := c.Lxk(from, 12, kOrg); l != nil && !overlaps(c.argOf(l), pa) {
					c.emit(kg.SuppliesCompute, pa, c.argOf(l), confWeak, trS, ap)
				}
				continue
			}
			// "Microsoft is the biggest customer of Nebius"
			if g := c.R(trE+1, 0); !arabic && trE+1 < c.s.thi && c.tok(trE) == "of" && g != nil && c.groupKind(g) == kOrg {
				if l := c.Lxk(trS, 12, kOrg); l != nil && !overlaps(c.argOf(l), c.argOf(g)) {
					c.emit(kg.SuppliesCompute, c.argOf(g), c.argOf(l), confWeak, trS, ap)
				}
				continue
			}
			// "تعد G42 أكبر عملاء سيريبراس"
			if g := c.R(trE, 0); arabic && g != nil && c.groupKind(g) == kOrg {
				if l := c.Lk(trS, 8, kOrg); l != nil {
					c.emit(kg.SuppliesCompute, c.argOf(g), c.argOf(l), confWeak, trS, ap)
				}
				continue
			}
			// "customers including A and B", "لعملاء من بينهم A وB"
			for _, o := range c.hits {
				if !lexicon[o.lex].incl || o.nb < h.ne || int(o.tb)-trE > 3 {
					continue
				}
				if g := c.R(int(o.te)+1, 2); g != nil {
					// the supplier is the sentence's subject (the verb of
					// "offers services to customers including …" often
					// has no subject of its own)
					ga := c.argOf(g)
					c.emit(kg.SuppliesCompute, c.topicArg(h.pb, ga), ga, confWeak, trS, ap)
				}
				break
			}
		case frSite:
			// "the flagship Stargate site in Abilene": the site is the
			// project's; a company's site or data centre is not its seat
			if l := c.L(trS, 1); l != nil && c.groupKind(l)&(kProject|kProduct) != 0 {
				if p := c.P(trE, lx.preps, 3); p != nil {
					c.emit(kg.LocatedIn, c.argOf(l), c.argOf(p), confNoun, trS, ap)
				}
			}
		case frTitle:
			c.doTitle(h, lx, trS, trE, pron, ap)
		case frSym, frDeal:
			c.doSym(h, lx, trS, trE, arabic, ap)
		case frCompute:
			c.doCompute(h, lx, trS, trE, ap)
		case frSell:
			buyer := c.P(trE, []string{"to", "الي"}, 12)
			if buyer == nil {
				buyer = c.P(trE, lx.preps, 10)
			}
			if buyer == nil {
				// "xAI … sells the Grok chatbot": a company selling its
				// product to no one named runs it
				if g := c.R(trE, 2); !arabic && g != nil && len(g.ms) == 1 && c.groupKind(g) == kProduct && !c.r.computeProduct(c.ms[g.ms[0]].ent) && !c.toAfter(g.thi) {
					if l := c.Lxk(trS, 12, kOrg); l != nil {
						c.emit(kg.Operates, c.argOf(l), c.argOf(g), confNoun, trS, ap)
					}
				}
				continue
			}
			var sold *group
			for i := range c.groups {
				g := &c.groups[i]
				if g.tlo >= trE && g.thi <= buyer.tlo {
					sold = g
				}
			}
			if buyer.tlo-2 >= c.s.tlo && strings.HasPrefix(c.tok(buyer.tlo-2), "alternative") {
				continue // "selling an alternative to Nvidia GPUs": a rival, not a buyer
			}
			if sold == nil && (arabic || trS-1 >= c.s.tlo && beAux[c.tok(trS-1)]) {
				sold = c.L(trS, 8) // "X was sold to Y"; "X sells chips to Y" sells no X
			}
			if sold == nil {
				continue
			}
			c.emit(kg.Acquires, c.argOf(buyer), c.argOf(sold), confNoun, trS, ap)
		case frMaker:
			ls := trS
			if ls-1 > c.s.tlo && c.tok(ls-1) == "-" {
				ls-- // "ChatGPT-maker OpenAI"
			}
			if l := c.L(ls, 0); l != nil && c.groupKind(l)&(kProduct|kProject) != 0 {
				// "ChatGPT maker OpenAI" (not "the Beijing startup behind")
				if rg := c.R(trE, 1); rg != nil {
					c.emit(lx.rel, c.argOf(rg), c.argOf(l), confNoun, trS, ap)
					continue
				}
			}
			var d *group
			if len(lx.preps) == 0 {
				d = c.R(trE, 2) // "the company behind Cursor"
				if d == nil {
					// "the startup behind the autonomous coding agent Devin"
					if g := c.R(trE, 5); g != nil && c.groupKind(g)&(kProduct|kProject) != 0 {
						d = g
					}
				}
			} else if d = c.P(trE, lx.preps, 3); d == nil && arabic {
				d = c.R(trE, 3) // "مطورة المساعد البرمجي «ديفين»"
			}
			if d != nil {
				da := c.argOf(d)
				var sa arg
				if l := c.Lk(trS, 6, kOrg); l != nil {
					sa = c.argOf(l)
				} else if o := c.R(d.thi+1, 0); d.thi+1 < c.s.thi && c.tok(d.thi) == "," && o != nil && o.tlo == d.thi+1 && c.groupKind(o) == kOrg && len(o.ms) == 1 {
					sa = c.argOf(o) // "الشركة المطورة لنموذج كلود، أنثروبيك", "The maker of Grok, xAI,"
				} else {
					sa = c.topicArg(h.pb, da)
				}
				c.emit(lx.rel, sa, da, confNoun, trS, ap)
			}
		case frOwnerAdj:
			c.doOwnerAdj(lx, trS, trE, ap)
		case frBasedAdj:
			if l := c.L(trS, 0); l != nil {
				la := c.argOf(l)
				at := l.tlo // where the place phrase starts
				if at-3 >= c.s.tlo && c.tok(at-1) == "," {
					if g := c.Lk(at-1, 0, kPlace); g != nil && g.thi == at-1 {
						la, at = c.argOf(g), g.tlo // "an Alameda, California-based startup": the city
					} else if w := c.tok(at - 3); (c.grpAt[at-2-c.s.tlo] < 0 || c.weakGroup(&c.groups[c.grpAt[at-2-c.s.tlo]])) && c.r.upperAt(at-2) && (w == "a" || w == "an" || w == "the") {
						continue // a city the gazetteer lacks before its state: no guess
					}
				}
				// "the San Francisco-based startup": an anaphor for the topic
				k := trE
				for k < c.s.thi && k < trE+3 && !headNouns[c.tok(k)] && c.grpAt[k-c.s.tlo] < 0 {
					k++
				}
				if k < c.s.thi && headNouns[c.tok(k)] && c.R(k+1, 0) == nil {
					// "the Paris-based company": the last organisation named
					// in the sentence, else the article's
					sa := arg{}
					if o := c.Lk(l.tlo, 40, kOrg); o != nil {
						sa = c.argOf(o)
						sa.coref = true
					} else if e := c.r.sal.raiseTarget; e >= 0 && c.r.ents[e].Kind == kg.Organization {
						sa = arg{ents: []int{e}, coref: true} // a funding story: the company that raised
					} else if e := c.r.sal.mostSalient(); e >= 0 {
						sa = arg{ents: []int{e}, coref: true}
					}
					// "Crusoe, the San Francisco-based builder of …",
					// "Kairos Power, an Alameda, California-based startup"
					if w := c.tok(max(at-1, c.s.tlo)); at-2 >= c.s.tlo && (w == "the" || w == "a" || w == "an") && c.tok(at-2) == "," {
						if o := c.Lk(at-2, 0, kOrg); o != nil && o.thi == at-2 {
							sa = c.argOf(o)
						} else if w != "the" {
							continue // an apposition to a name not known: not the topic
						}
					}
					c.emit(kg.LocatedIn, sa, la, confStrong, trS, ap)
				} else if rg := c.R(trE, 4); rg != nil {
					ra := c.argOf(rg)
					if len(ra.ents) > 1 {
						// "Abu Dhabi-based MGX and Microsoft": the adjective
						// is the first name's
						ra.ents, ra.list = ra.ents[:1], false
					}
					c.emit(kg.LocatedIn, ra, la, confStrong, trS, ap)
				}
			}
		}
	}
	c.fixTypes()
}

// governingSubject: a stake noun governed by a verb of taking or holding
// ("acquired a 49% stake", "استحوذت على حصة", "owns a stake") has that
// verb's subject as investor; it returns the subject's group.
func (c *sctx) governingSubject(trS int) *group {
	for i := len(c.anchors) - 1; i >= 0; i-- {
		a := &c.anchors[i]
		if a.tok >= trS || trS-a.tok > 10 {
			continue
		}
		if !(a.lx.rel == kg.Acquires || a.lx.rel == kg.Owns) || a.lx.fr != frVerb && a.lx.fr != frNoun {
			continue
		}
		ve := int(a.h.te) + 1
		if c.r.v.toks[a.tok].flags&tfArabic != 0 {
			if g := c.R(ve, 2); g != nil && g.thi <= trS {
				return g
			}
		}
		return c.subjectOf(a.tok, kOrg|kPerson)
	}
	// "taking a stake", "holds a stake", "تملك فيه حصة"
	for k := trS - 1; k >= c.s.tlo && k >= trS-4; k-- {
		if stakeVerbs[c.tok(k)] {
			return c.subjectOf(k, kOrg|kPerson)
		}
	}
	return nil
}

var stakeVerbs = map[string]bool{"take": true, "takes": true, "took": true, "taken": true, "taking": true, "hold": true, "holds": true,
	"held": true, "holding": true, "has": true, "have": true, "had": true, "own": true, "owns": true, "tملك": false,
	"تملك": true, "تمتلك": true, "يملك": true, "يمتلك": true, "وتملك": true, "وتمتلك": true, "لديها": true}

// appositionTarget: an apposition after a list is about its last name
// ("Apple, Anthropic and Safe Superintelligence, the startup founded by
// Ilya Sutskever").
func (c *sctx) appositionTarget(g *group, t int) arg {
	a := c.argOf(g)
	if len(a.ents) > 1 && g.thi < c.s.thi && c.tok(g.thi) == "," && t-g.thi <= 8 {
		return arg{ents: a.ents[len(a.ents)-1:], g: g}
	}
	return a
}

// andBetween: a coordinating "and"/"و" stands between tokens lo and hi.
func (c *sctx) andBetween(lo, hi int) bool {
	for j := lo; j < hi && j < c.s.thi; j++ {
		if j >= c.s.tlo && (c.tok(j) == "and" || c.tok(j) == "و") && c.grpAt[j-c.s.tlo] < 0 {
			return true
		}
	}
	return false
}

// subjectOf is the subject of the verb at token k: the nearest name on
// the left (over relative clauses), or, when "and" stands between, the
// first name of the sentence ("Nebius owns Avride … and holds a stake").
func (c *sctx) subjectOf(k int, mask uint8) *group {
	if j := k - 1; j-2 >= c.s.tlo && c.r.v.toks[j].flags&tfLatin != 0 {
		// "Alex Davis of Disruptive, which led the round": the name
		// before ", which" is the subject, weak or not
		for j > c.s.tlo && relAux[c.tok(j)] {
			j--
		}
		if (c.tok(j) == "which" || c.tok(j) == "who") && c.tok(j-1) == "," {
			if gi := c.grpAt[j-2-c.s.tlo]; gi >= 0 && c.groupKind(&c.groups[gi])&mask != 0 {
				return &c.groups[gi]
			}
		}
	}
	l := c.Lxk(k, 15, mask)
	if l == nil {
		return nil
	}
	for j := l.thi; j < k; j++ {
		if (c.tok(j) == "and" || c.tok(j) == "و") && c.grpAt[j-c.s.tlo] < 0 {
			for i := range c.groups {
				if g0 := &c.groups[i]; c.groupKind(g0)&mask != 0 {
					if g0.thi <= l.tlo {
						return g0
					}
					break
				}
			}
			break
		}
	}
	return l
}

// possessiveModified: "OpenAI's flagship GPT-5 model", "Meta Platforms'
// open-source Llama models", "Microsoft' Copilot": the possessor and the
// product with at most three modifier words between them (none a name, a
// comma or a word that makes the product someone else's, as in "Google's
// rival to ChatGPT").
func (c *sctx) possessiveModified(g, p *group) bool {
	if c.tok(g.thi) != "'" {
		return false
	}
	k := g.thi + 1
	if c.tok(k) == "s" {
		k++
	} else if !strings.HasSuffix(c.tok(g.thi-1), "s") {
		return false
	}
	if p.tlo < k || p.tlo > k+3 {
		return false
	}
	for j := k; j < p.tlo; j++ {
		if c.grpAt[j-c.s.tlo] >= 0 || possessiveStop[c.tok(j)] {
			return false
		}
		if w := c.tok(j); w != "-" && !isASCIIWord(w) {
			return false
		}
	}
	return true
}

// possessiveStop: words between "X's" and a product that keep the product
// from being X's.
var possessiveStop = map[string]bool{"rival": true, "rivals": true, "competitor": true, "competitors": true, "challenger": true, "alternative": true,
	"answer": true, "and": true, "or": true, "to": true, "with": true, "for": true, "in": true, "on": true, "of": true, "the": true, "a": true,
	"an": true, "use": true, "investment": true, "stake": true, "deal": true, "version": true, "clone": true}

func isASCIIWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if b := w[i]; !(b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-' || b == '.') {
			return false
		}
	}
	return true
}

// possessiveProducts: "OpenAI's ChatGPT", "Google's Chrome" say who runs
// the product; "the ChatGPT maker" says it too.
func (c *sctx) possessiveProducts() {
	c.personsCompanies()
	for i := 0; i+1 < len(c.groups); i++ {
		g, p := &c.groups[i], &c.groups[i+1]
		if c.groupKind(g) != kOrg || c.groupKind(p)&(kProduct|kProject) == 0 || len(g.ms) > 1 {
			continue
		}
		if p.tlo == g.thi+2 && c.tok(g.thi) == "'" && c.tok(g.thi+1) == "s" {
			c.emit(kg.Operates, c.argOf(g), c.argOf(p), confNoun, g.tlo, nil)
		} else if c.possessiveModified(g, p) {
			c.emit(kg.Operates, c.argOf(g), c.argOf(p), confNoun, g.tlo, nil)
		}
	}
	// "SoftBank's Vision Fund", "Alphabet's Google DeepMind"? only when
	// the possessed unit bears the possessor's name
	for i := 0; i+1 < len(c.groups); i++ {
		g, p := &c.groups[i], &c.groups[i+1]
		if p.tlo != g.thi+2 || c.tok(g.thi) != "'" || c.tok(g.thi+1) != "s" || len(p.ms) > 1 {
			continue
		}
		o, d := c.ms[g.ms[len(g.ms)-1]], c.ms[p.ms[0]]
		on, dn := c.r.ents[o.ent], c.r.ents[d.ent]
		if !o.coref && on.Kind == kg.Organization && dn.Kind == kg.Organization && len(on.Name) < len(dn.Name) &&
			strings.HasPrefix(dn.Name, on.Name+" ") {
			c.emit(kg.Owns, arg{ents: []int{o.ent}, g: g}, c.argOf(p), confNoun, g.tlo, nil)
		}
	}
	for i := range c.groups {
		p := &c.groups[i]
		if c.groupKind(p)&kProduct == 0 || p.tlo-1 < c.s.tlo {
			continue
		}
		// "Alibaba rushed out its Qwen 2.5-Max model"
		if w := c.tok(p.tlo - 1); w == "its" || w == "their" {
			if e := c.firstOrgBefore(c.r.v.toks[p.tlo-1].nb); e >= 0 {
				c.emit(kg.Operates, arg{ents: []int{e}, coref: true}, c.argOf(p), confWeak, p.tlo, nil)
			}
		}
	}
	for i := range c.groups {
		if p := &c.groups[i]; c.groupKind(p)&(kProduct|kProject) != 0 && p.tlo-1 > c.s.tlo {
			c.arPossessedProduct(p)
		}
	}
	// "Gemini, Google's flagship model", "Claude, Anthropic's chatbot":
	// an apposition naming the product's maker
	for i := 0; i+1 < len(c.groups); i++ {
		p, g := &c.groups[i], &c.groups[i+1]
		if c.groupKind(p)&(kProduct|kProject) == 0 || c.groupKind(g) != kOrg || len(g.ms) > 1 || g.tlo != p.thi+1 || c.tok(p.thi) != "," {
			continue
		}
		if g.thi+2 < c.s.thi && c.tok(g.thi) == "'" && c.tok(g.thi+1) == "s" {
			for k := g.thi + 2; k < c.s.thi && k <= g.thi+4; k++ {
				if productNoun[c.tok(k)] || appositionNoun[c.tok(k)] {
					c.emit(kg.Operates, c.argOf(g), c.argOf(p), confNoun, g.tlo, nil)
					break
				}
				if c.grpAt[k-c.s.tlo] >= 0 || c.tok(k) == "," {
					break
				}
			}
		}
	}
	// "xAI's models, including the Grok chatbot": the products named in
	// the list are the possessor's
	for i := 0; i+1 < len(c.groups); i++ {
		g := &c.groups[i]
		if c.groupKind(g) != kOrg || len(g.ms) > 1 || g.thi+3 >= c.s.thi || c.tok(g.thi) != "'" || c.tok(g.thi+1) != "s" || !productNoun[c.tok(g.thi+2)] {
			continue
		}
		k := g.thi + 3
		if k < c.s.thi && c.tok(k) == "," {
			k++
		}
		if k+1 < c.s.thi && (c.tok(k) == "including" || c.tok(k) == "such") {
			if c.tok(k) == "such" {
				k++
			}
			if p := c.R(k+1, 2); p != nil && c.groupKind(p) == kProduct {
				c.emit(kg.Operates, c.argOf(g), c.argOf(p), confNoun, g.tlo, nil)
			}
		}
	}
	// "Elon Musk said his artificial intelligence startup xAI …"
	for k := c.s.tlo; k < c.s.thi; k++ {
		if w := c.tok(k); w != "his" && w != "her" {
			continue
		}
		for j := k + 1; j < c.s.thi && j <= k+4; j++ {
			if !headNouns[c.tok(j)] {
				continue
			}
			if g := c.R(j+1, 0); g != nil && c.groupKind(g) == kOrg {
				if pg := c.Lk(k, 20, kPerson); pg != nil {
					c.emit(kg.Leads, c.argOf(pg), c.argOf(g), confWeak, k, nil)
				}
			}
			break
		}
	}
	// "Moonshot AI, the Beijing startup": the place of an apposition
	for i := range c.groups {
		p := &c.groups[i]
		if c.groupKind(p) != kPlace || p.tlo-3 < c.s.tlo || p.thi >= c.s.thi {
			continue
		}
		if c.tok(p.tlo-1) == "the" && c.tok(p.tlo-2) == "," && headNouns[c.tok(p.thi)] {
			if o := c.Lk(p.tlo-2, 0, kOrg); o != nil {
				c.emit(kg.LocatedIn, c.argOf(o), c.argOf(p), confNoun, p.tlo, nil)
			}
		}
	}
	c.facilitySites()
	c.productFrom()
	c.ownerNamed()
	c.basedOpener()
	for _, mp := range c.makers {
		c.emit(kg.Operates, arg{ents: []int{mp[0]}}, arg{ents: []int{mp[1]}}, confWeak, c.s.tlo, nil)
	}
}

// passiveAgent finds "by X" / "من قبل X" right after a verb; X is the
// first name of a fitting kind ("founded by former OpenAI CTO Mira
// Murati" is Murati).
func (c *sctx) passiveAgent(trE int, mask uint8) *group {
	for k := trE; k < min(c.s.thi, trE+3); k++ {
		w := c.tok(k)
		start := -1
		if w == "by" || w == "بواسطة" {
			start = k + 1
		} else if w == "من" && k+1 < c.s.thi && (c.tok(k+1) == "قبل" || c.tok(k+1) == "جانب") {
			start = k + 2
		}
		if start < 0 {
			continue
		}
		g := c.R(start, 3)
		if g == nil || mask == 0 || c.groupKind(g)&mask != 0 {
			return g
		}
		for i := range c.groups {
			h := &c.groups[i]
			if h.tlo >= start && h.tlo-start <= 8 && c.groupKind(h)&mask != 0 {
				return h
			}
		}
		return g
	}
	return nil
}

func (c *sctx) doVerb(h hit, lx *lexeme, trS, trE int, arabic, pron bool, an *anchor) {
	if lx.rel == kg.Owns && !arabic && trS-1 >= c.s.tlo && possDet[c.tok(trS-1)] {
		return // "his own xAI", "its own chips": an adjective, not the verb
	}
	if lx.rel == kg.Leads && !arabic && c.leftSince(trE) {
		return // "who co-founded OpenAI in 2015 and quit its board three years later": a past role
	}
	if lx.rel == kg.Acquires && !arabic && trE < c.s.thi && (c.tok(trE) == "power" || c.tok(trE) == "electricity" || c.tok(trE) == "energy") {
		// "Google agreed to buy power from reactors to be developed by
		// Kairos Power": electricity bought is a partnership with the
		// first organisation the clause names after it
		if l := c.subjectOf(trS, kOrg); l != nil {
			for i := range c.groups {
				if g := &c.groups[i]; g.tlo > trE && g.tlo-trE <= 16 && c.groupKind(g) == kOrg && !c.punctBetween(trE, g.tlo) {
					c.emit(kg.PartnersWith, c.argOf(l), c.argOf(g), confWeak, trS, an)
					break
				}
			}
		}
		return
	}
	if f := c.r.v.norm[h.nb:h.ne]; lx.rel == kg.Leads && (f == "lead" || strings.HasPrefix(f, "anchor")) && !c.ledRound(h, trE) {
		return // "to lead/anchor a round" only: "lead the market" is no role
	}
	if (lx.rel == kg.Acquires || lx.rel == kg.InvestsIn || lx.rel == kg.Owns) && c.objectRelative(h, lx, trS, trE, arabic, an) {
		return
	}
	if lx.rel == kg.Acquires && c.sharesBought(trS, trE, arabic, an) {
		return
	}
	if c.r.v.norm[h.nb:h.ne] == "co-leading" {
		// "led by ICONIQ, with Fidelity and Lightspeed co-leading": the
		// co-leads invest in the round the sentence already gave
		if l := c.L(trS, 1); l != nil {
			for _, cd := range c.cands {
				if !cd.dropped && cd.rel == kg.InvestsIn && cd.round {
					if la := c.argOf(l); !contains(la.ents, cd.dst) {
						c.emit(kg.InvestsIn, la, arg{ents: []int{cd.dst}}, confNoun, trS, an)
					}
					return
				}
			}
		}
		return
	}
	if lx.rel == kg.SuppliesCompute && !arabic && passiveSupply[c.r.v.norm[h.nb:h.ne]] && trS-1 >= c.s.tlo && c.tok(trS-1) != "has" && c.tok(trS-1) != "have" && c.tok(trS-1) != "had" {
		// "chips supplied by Nvidia for xAI", "The chips will be supplied
		// to Humain by AMD": the agent after "by" supplies the one after
		// "to"/"for", else the clause's subject
		if p := c.P(trE, []string{"by"}, 6); p != nil && c.groupKind(p) == kOrg {
			pa := c.argOf(p)
			var ca arg
			if d := c.P(trE, []string{"to", "for"}, 10); d != nil && d != p && c.groupKind(d) == kOrg {
				ca = c.argOf(d)
			} else if l := c.subjectOf(trS, kOrg); l != nil {
				ca = c.argOf(l)
			}
			if ca.ok() && !overlaps(ca, pa) {
				c.emit(kg.SuppliesCompute, pa, ca, confVerb, trS, an)
			}
			return
		}
	}
	if g := c.passiveAgent(trE, srcKinds(lx.rel)); g != nil {
		sa := c.argOf(g)
		var da arg
		if l := c.subjectOf(trS, dstKinds(lx.rel)); l != nil {
			da = c.appositionTarget(l, trS)
		} else {
			da = c.topicArg(h.pb, sa)
		}
		c.emit(lx.rel, sa, da, confStrong, trS, an)
		return
	}
	direct := len(lx.preps) == 0
	if lx.rel == kg.Leads && !arabic && c.ledRound(h, trE) && c.P(trE, []string{"in", "into", "for"}, 10) == nil {
		// "Accel led the round", "Index co-led the $200 million Series
		// B", "Accel led Vela's round": the subject invests in the
		// company whose round it is
		if l := c.subjectOf(trS, kOrg|kPerson); l != nil {
			sa := c.argOf(l)
			da, ok := c.possAfter(trE)
			if g := c.R(trE, 1); !ok && g != nil && g.thi < c.s.thi && c.tok(g.thi) == "'" {
				da, ok = c.argOf(g), true // "co-led Vela Robotics' round"
			}
			if !ok || overlaps(da, sa) {
				da = c.raiseDstOnly(h, sa)
			}
			n := len(c.cands)
			c.emit(kg.InvestsIn, sa, da, confWeak, trS, an)
			if trS > c.s.tlo && c.tok(trS-1) == "had" || trS > c.s.tlo+1 && c.tok(trS-2) == "had" {
				// "Thrive had also led its Series J": an earlier round,
				// whose size is not this round's
				for _, cd := range c.cands[n:] {
					cd.lead = false
				}
			}
			return
		}
	}
	if lx.rel == kg.Leads && !arabic && !c.hasInvest && c.ledRound(h, trE) {
		// "Thrive will lead a $6 billion round for Databricks": the
		// round word alone says it is money
		if d := c.P(trE, []string{"in", "into", "for"}, 10); d != nil {
			if l := c.subjectOf(trS, kOrg|kPerson); l != nil && l != d {
				c.emit(kg.InvestsIn, c.argOf(l), c.argOf(d), confNoun, trS, an)
				return
			}
		}
	}
	if lx.rel == kg.Leads && c.hasInvest && arabic && !pron {
		// "وقادت الجولة (الجديدة) شركة X": VOS, the round named before
		// its lead investor
		if k := c.roundObjectEnd(trE); k > trE {
			g := c.R(k, 1)
			if g == nil {
				// "وقالت الشركة إن X قادت الجولة": SVO after إن/أن
				if l := c.L(trS, 0); l != nil && l.tlo-1 >= c.s.tlo && thatWords[c.tok(l.tlo-1)] {
					g = l
				}
			}
			if g != nil && c.groupKind(g)&(kOrg|kPerson) != 0 {
				sa := c.argOf(g)
				c.emit(kg.InvestsIn, sa, c.raiseDstOnly(h, sa), confWeak, trS, an)
				return
			}
		}
	}
	if lx.rel == kg.Leads && c.hasInvest && arabic && !pron {
		// "قادت X جولة تمويل بقيمة … في Y", "قادت X جولة تمويل Y": VSO,
		// the lead investor before the round, the company after it
		if g := c.R(trE, 2); g != nil && c.groupKind(g)&(kOrg|kPerson) != 0 && c.roundWordNear(g.thi, 2) {
			var d *group
			if p := c.P(g.thi, []string{"في", "ل"}, 12); p != nil && p != g && c.groupKind(p) == kOrg {
				d = p
			} else if k := c.roundObjectEnd(g.thi); k > g.thi {
				if w := c.tok(k); strings.HasPrefix(w, "تمويل") {
					k++
				}
				if o := c.R(k, 0); o != nil && o.tlo == k && c.groupKind(o) == kOrg {
					d = o
				}
			}
			if d != nil && !overlaps(c.argOf(g), c.argOf(d)) {
				c.emit(kg.InvestsIn, c.argOf(g), c.argOf(d), confNoun, trS, an)
				return
			}
		}
	}
	if lx.rel == kg.Leads && c.hasInvest {
		// "a round led by X" / "جولة قادتها X": X invests in the company
		// whose round it is
		if g := c.R(trE, 2); g != nil && c.groupKind(g) == kOrg {
			sa := c.argOf(g)
			c.emit(kg.InvestsIn, sa, c.raiseDstOnly(h, sa), confWeak, trS, an)
			return
		}
		// "X also led a $1 billion funding round in Moonshot AI"
		if f := c.r.v.norm[h.nb:h.ne]; (f == "led" || f == "leads" || f == "co-led" || f == "co-leads" || f == "lead" || strings.HasPrefix(f, "anchor")) && c.passiveAgent(trE, 0) == nil {
			if d := c.P(trE, []string{"in", "into", "for", "في", "ل"}, 10); d != nil {
				if l := c.subjectOf(trS, kOrg|kPerson); l != nil && l != d {
					c.emit(kg.InvestsIn, c.argOf(l), c.argOf(d), confNoun, trS, an)
					return
				}
			}
		}
	}
	if arabic && lx.verb && lx.rel == kg.Leads && !pron && c.boardHolder(h, trS, trE, an) {
		return
	}
	if arabic && lx.verb {
		if pron && direct {
			// "الذي أطلقته OpenAI": the object is the antecedent, the name
			// before the relative pronoun when there is one
			l := c.Lk(trS, 12, dstKinds(lx.rel))
			newClause := strings.HasPrefix(h.prefix(c.r.v.norm), "و") && trS-1 >= c.s.tlo && c.tok(trS-1) == ","
			for k := trS - 1; k >= c.s.tlo && k >= trS-8 && !newClause; k-- {
				if relPron[c.tok(k)] && c.r.v.toks[k].flags&tfArabic != 0 {
					if a := c.Lk(k, 2, dstKinds(lx.rel)); a != nil {
						l = a
					}
					break
				}
			}
			if newClause {
				// "…، ويقودها الرئيس التنفيذي X": a new clause about the
				// sentence's subject
				for i := range c.groups {
					if g := &c.groups[i]; c.groupKind(g)&dstKinds(lx.rel) != 0 && g.thi <= trS {
						l = g
						break
					}
				}
			}
			if lx.rel == kg.SuppliesCompute && l != nil && c.purposeMasdar(h, c.r.v.norm[h.nb:h.ne]) && c.prepObject(l) && !c.relAntecedent(l) {
				// "وقّعت X اتفاقية مع Y لتزويدها برقائق": the verbal
				// noun's agent is the partner after مع, its pronoun the
				// sentence's subject
				for i := range c.groups {
					if g := &c.groups[i]; g.thi <= l.tlo && g != l && c.groupKind(g) == kOrg && !c.prepObject(g) {
						// who supplies is told by what the two sell (chips
						// over cloud over neither); between equals the
						// purpose clause's agent is the subject
						sa, da := c.argOf(l), c.argOf(g)
						if c.supplierRank(g) >= c.supplierRank(l) {
							sa, da = da, sa
						}
						c.emit(lx.rel, sa, da, confNoun, trS, an)
						return
					}
				}
			}
			if lx.rel == kg.SuppliesCompute && l != nil && trE < c.s.thi && (c.tok(trE) == "بها" || c.tok(trE) == "به") {
				// "«كوندور غالاكسي» التي زوّدتها بها سيريبراس": the
				// antecedent is the thing supplied (بها), the verb's
				// pronoun the customer: the sentence's first organisation
				// before it
				l = nil
				for i := range c.groups {
					if g := &c.groups[i]; g.thi <= trS && c.groupKind(g) == kOrg {
						l = g
						break
					}
				}
				if l == nil {
					return
				}
			}
			var da arg
			if l != nil {
				da = c.argOf(l)
			} else if p := c.r.sal.project; p >= 0 && lx.rel == kg.Operates {
				// "على أن تشغّله OpenAI": the pronoun is the project the
				// text is about
				da = arg{ents: []int{p}, coref: true}
			} else {
				return
			}
			var sa arg
			if g := c.R(trE, 2); g != nil {
				sa = c.argOf(g)
			} else {
				sa = c.topicArg(h.pb, da)
			}
			c.emit(lx.rel, sa, da, confNoun, trS, an)
			return
		}
		r0 := c.R(trE, 2)
		if r0 == nil && lx.rel == kg.SuppliesCompute {
			// "تتولى كوالكوم تزويد مراكز بيانات هيوماين بأنظمة …": the
			// customer owns the compute noun after the verbal noun
			k := trE
			for k < c.s.thi && k < trE+3 && c.computeTok(k) {
				k++
			}
			if g := c.R(k, 0); k > trE && g != nil && g.tlo == k && c.groupKind(g) == kOrg {
				// the subject right before the verbal noun ("تتولى
				// بموجبها الأخيرة تزويد"), else the clause's subject
				var sa arg
				for _, m := range c.ms {
					if m.thi == trS && c.r.ents[m.ent].Kind == kg.Organization {
						// "the latter" names the last company outright: no guess
						w := c.tok(m.tlo)
						sa = arg{ents: []int{m.ent}, coref: m.coref && w != "الاخيرة" && w != "الاخير"}
					}
				}
				if l := c.Lxk(trS, 12, srcKinds(lx.rel)); !sa.ok() && l != nil {
					sa = c.argOf(l)
				}
				if sa.ok() && !overlaps(sa, c.argOf(g)) {
					c.emit(lx.rel, sa, c.argOf(g), confVerb*mulCoref, trS, an)
					return
				}
			}
		}
		if r0 != nil {
			if !direct {
				if p := c.P(r0.thi, lx.preps, 8); p != nil {
					c.emit(lx.rel, c.argOf(r0), c.argOf(p), confVerb, trS, an)
					return
				}
				n := len(c.cands)
				if c.investedInRound(lx, r0.thi, c.argOf(r0), an); len(c.cands) > n {
					return // "استثمرت إنفيديا في جولة تمويل ميسترال"
				}
				// "استثمرت سوفت بنك فيها": the object is a pronoun
				if r0.thi < c.s.thi && prepPronoun[c.tok(r0.thi)] {
					if l := c.Lk(trS, 20, dstKinds(lx.rel)); l != nil && l != r0 {
						c.emit(lx.rel, c.argOf(r0), c.argOf(l), confNoun*mulCoref, trS, an)
						return
					}
				}
			} else if p := c.P(r0.thi, []string{"الي"}, 4); p != nil && lx.rel == kg.SuppliesCompute && r0.thi < c.s.thi && c.computeTok(r0.thi) && c.groupKind(p)&kProduct == 0 {
				// "تورد إنفيديا رقائق إلى هيوماين" (preps here are written folded: إلى is الي)
				c.emit(lx.rel, c.argOf(r0), c.argOf(p), confVerb, trS, an)
				return
			} else if p := c.customerAfterComputeProduct(r0.thi, lx.rel); p != nil {
				// "تورد إنفيديا رقائق بلاكويل إلى هيوماين"
				c.emit(lx.rel, c.argOf(r0), c.argOf(p), confVerb, trS, an)
				return
			} else if g := c.namedObject(r0.thi, lx.rel); g != nil {
				// "تشغّل xAI في ممفيس حاسوباً فائقاً يحمل اسم «كولوسس»"
				c.emit(lx.rel, c.argOf(r0), c.argOf(g), confNoun, trS, an)
				if c.groupKind(g) == kProject {
					// the place on the way is the facility's site
					for k := r0.thi; k+1 < g.tlo; k++ {
						if c.tok(k) != "في" {
							continue
						}
						j := k + 1
						if w := c.tok(j); w == "مدينة" || w == "ولاية" || w == "منطقة" {
							j++
						}
						if gi := c.grpAt[j-c.s.tlo]; gi >= 0 && c.groupKind(&c.groups[gi]) == kPlace {
							pg := &c.groups[gi]
							c.emit(kg.LocatedIn, c.argOf(g), arg{ents: []int{c.ms[pg.ms[0]].ent}, g: pg}, confNoun, trS, nil)
						}
						break
					}
				}
				return
			} else if g := c.facilityAfterDescriptor(r0.thi, lx.rel); g != nil {
				// "تدير xAI الحاسوب الفائق «كولوسوس»": a compute noun describes the facility named next
				c.emit(lx.rel, c.argOf(r0), c.argOf(g), confVerb, trS, an)
				return
			} else if r1 := c.R(r0.thi, 3); r1 != nil && !(lx.rel == kg.Leads && c.tok(r0.thi) == ",") {
				// ("ويرأس المنصة مؤسسها X، وتضم قائمة …": a new clause
				// after the subject's comma has its own objects)
				if lx.rel == kg.SuppliesCompute {
					if r1 = c.customerAfterProduct(r1, []string{"الي", "ل", "لـ"}); r1 == nil {
						return
					}
				}
				c.emit(lx.rel, c.argOf(r0), c.argOf(r1), confVerb, trS, an)
				return
			} else if p := c.P(r0.thi, []string{"ل"}, 2); p != nil && lx.rel == kg.SuppliesCompute && c.groupKind(p) == kOrg {
				// "تتيح مايكروسوفت لـ«ميسترال» بنيتها الحاسوبية": the
				// customer after a detached لـ
				c.emit(lx.rel, c.argOf(r0), c.argOf(p), confVerb, trS, an)
				return
			} else if p := c.P(r0.thi, ownOf, 5); p != nil && lx.rel == kg.Owns {
				// "تمتلك سوفت بنك 90% من آرم"
				c.emit(lx.rel, c.argOf(r0), c.argOf(p), confVerb, trS, an)
				return
			} else if r0.thi < c.s.thi && c.tok(r0.thi) == "," && lx.rel != kg.Leads {
				// "أطلق معهد الابتكار التكنولوجي، الذراع البحثية …، نموذج
				// «فالكون عربي»": the object after the subject's apposition
				for i := range c.groups {
					g := &c.groups[i]
					if g.tlo > r0.thi && g.tlo-r0.thi <= 25 && c.groupKind(g)&dstKinds(lx.rel) != 0 && c.groupKind(g)&srcKinds(lx.rel) == 0 {
						c.emit(lx.rel, c.argOf(r0), c.argOf(g), confNoun, trS, an)
						return
					}
				}
			} else if c.groupKind(r0)&srcKinds(lx.rel) != 0 && c.groupKind(r0)&dstKinds(lx.rel) == 0 {
				// "المجموعة التي يرأس مجلس إدارتها الشيخ طحنون": the
				// subject follows the verb, the object is the antecedent
				if l := c.Lk(trS, 8, dstKinds(lx.rel)); l != nil {
					c.emit(lx.rel, c.argOf(r0), c.argOf(l), confNoun, trS, an)
					return
				}
			}
		}
		var sa arg
		if l := c.Lxk(trS, 12, srcKinds(lx.rel)); l != nil {
			sa = c.argOf(l)
			if g := c.sharedSubject(trS, lx.rel); g != nil && g != l {
				sa = c.argOf(g) // "وشارك الصندوق في جولة OpenAI، كما استثمر في xAI"
			}
		}
		var dst *group
		if !direct {
			dst = c.P(trE, lx.preps, 12)
		} else {
			dst = r0
		}
		if dst == nil {
			c.investedInRound(lx, joinTail(trE, sa), sa, an)
			return
		}
		if direct && dst == r0 && lx.rel == kg.Leads && c.groupKind(r0) == kPerson {
			return // "ويرأس المنصة مؤسسها X": the person is the subject, the object unnamed
		}
		if direct && dst == r0 && !sa.ok() && lx.rel == kg.SuppliesCompute && r0.thi+1 < c.s.thi && (c.computeTok(r0.thi) || c.computeTok(r0.thi+1) || supplyOnly[c.r.v.norm[h.nb:h.ne]]) && c.supplierGroup(r0) {
			// "وتوفر شركة سيريبراس البنية الحاسوبية التي يعمل عليها
			// النظام": the chip maker after the verb is its subject, the
			// customer the one the text is about
			ra := c.argOf(r0)
			if p := c.P(r0.thi, []string{"ل", "الي"}, 6); p != nil {
				if c.groupKind(p) == kOrg {
					c.emit(lx.rel, ra, c.argOf(p), confVerb, trS, an) // "خدمات الحوسبة السحابية لهيوماين"
				}
				return
			}
			ta := c.topicArg(h.pb, ra)
			if ta.ok() && c.r.ents[ta.ents[0]].tag("chips") {
				// "وفي اتفاق منفصل، تورّد AMD معالجاتها لبنية تحتية": after
				// a rival chip maker's deal, the customer is the article's
				// company, not the rival
				if e := c.r.sal.mostSalient(); e >= 0 && !c.r.ents[e].tag("chips") && !contains(ra.ents, e) {
					ta = arg{ents: []int{e}, coref: true}
				} else {
					return
				}
			}
			c.emit(lx.rel, ra, ta, confNoun, trS, an)
			return
		}
		da := c.argOf(dst)
		if !sa.ok() {
			if pron && lx.rel == kg.LocatedIn {
				sa = c.topicArg(h.pb, da)
			} else {
				sa = c.topicArg(h.pb, da)
			}
		}
		c.emit(lx.rel, sa, da, confVerb, trS, an)
		return
	}
	// English (and Arabic non-verb forms): SVO
	var sa arg
	l0 := c.Lxk(trS, 15, srcKinds(lx.rel))
	seatPron := false
	if lx.rel == kg.LocatedIn && arabic {
		switch c.r.v.norm[h.nb:h.ne] {
		case "مقرها", "ومقرها", "مقره", "ومقره":
			// "اتفاقية مع شركة كوالكوم الأمريكية، ومقرها سان دييغو": the
			// pronoun is the name right before, even one governed by a
			// preposition, and a singular pronoun is one name of a list
			if g := c.Lk(trS, 4, srcKinds(lx.rel)); g != nil {
				l0, seatPron = g, true
			}
		}
	}
	if lx.rel == kg.Leads && c.r.v.norm[h.nb:h.ne] == "running" && trS-1 > c.s.tlo && (c.tok(trS-1) == "still" || c.tok(trS-1) == "while" || c.tok(trS-1) == ",") {
		// "Inflection pivoted under chief executive Sean White, while
		// still running its chatbot Pi": the participle's subject is the
		// main clause's company, not the person named last
		if g := c.Lxk(trS, 30, kOrg); g != nil {
			l0 = g
		}
	}
	if l0 != nil && lx.rel == kg.Acquires && c.groupKind(l0) == kPerson && c.prepObject(l0) {
		l0 = c.Lxk(trS, 15, kOrg) // "The company, led by Ali Ghodsi, bought Tecton": the person is no buyer
	}
	if l := l0; l != nil {
		sa = c.argOf(l)
		if d, ok := c.modifiedBy(l); ok {
			sa = d // "The Nvidia-backed company acquired …": the company, not its backer
		}
		if seatPron && len(sa.ents) > 1 {
			sa = arg{ents: []int{c.ms[l.ms[len(l.ms)-1]].ent}, g: l} // "مايكروسوفت ومجموعة G42، ومقرها أبوظبي"
		}
		if lx.rel == kg.LocatedIn {
			pron = false // "ومقرها": the pronoun is the name just before
		}
		// "The company bought Neon in May, and in August agreed to
		// acquire Tecton": after "and", the verb shares the first
		// clause's subject
		if !arabic && lx.rel != kg.LocatedIn {
			for k := l.thi; k < trS; k++ {
				if c.tok(k) == "and" && c.grpAt[k-c.s.tlo] < 0 && len(c.groups) > 0 && &c.groups[0] != l {
					if w := c.tok(c.s.tlo); w == "it" || w == "they" || w == "the" && c.groups[0].tlo > c.s.tlo+2 {
						sa = c.topicArg(h.pb, arg{}) // "It closed X …, and agreed to buy Y"
					} else if g0 := &c.groups[0]; c.groupKind(g0)&srcKinds(lx.rel) != 0 && g0.thi <= l.tlo {
						sa = c.argOf(g0)
					}
					break
				}
			}
		}
	}
	if lx.rel == kg.LocatedIn && c.branchSeat(trS, trE) {
		return // "ستفتتح لينوفو مقراً إقليمياً في الرياض": a regional office is no seat
	}
	if lx.rel == kg.LocatedIn && arabic {
		if p, v, o := c.takesAsSeat(trS); p != nil {
			// "الشركة، التي تتخذ من الرياض مقراً لها": the place is
			// before "مقراً", the company before the verb or, "وتتخذ
			// شركة X من دبي مقراً", right after it
			if o != nil {
				c.emit(kg.LocatedIn, c.argOf(o), c.argOf(p), confStrong, trS, an)
			} else if l := c.Lxk(v, 15, kOrg); l != nil {
				c.emit(kg.LocatedIn, c.argOf(l), c.argOf(p), confStrong, trS, an)
			} else {
				pa := c.argOf(p)
				c.emit(kg.LocatedIn, c.topicArg(h.pb, pa), pa, confStrong*mulCoref, trS, an)
			}
			return
		}
	}
	if lx.rel == kg.SuppliesCompute && !arabic && rentFrom[c.r.v.norm[h.nb:h.ne]] {
		// "agreed to rent Nvidia-powered servers from Nebius": renting or
		// leasing FROM a company makes that company the supplier and the
		// subject its customer ("Oracle will lease the site to OpenAI"
		// keeps the subject as supplier)
		if p := c.P(trE, pFrom, 10); p != nil && c.groupKind(p) == kOrg {
			if sa.ok() && !contains(sa.ents, c.argOf(p).ents[0]) {
				c.emit(kg.SuppliesCompute, c.argOf(p), sa, confVerb, trS, an)
			}
			return
		}
	}
	var dst *group
	if lx.rel == kg.LocatedIn {
		// "ومقرها ماونتن فيو في كاليفورنيا": the first place named
		if dst = c.R(trE, 1); dst == nil {
			dst = c.P(trE, lx.preps, 4)
		}
		if dst != nil && !arabic && !c.seatPlaceOK(trE, dst) {
			return
		}
		if dst != nil && arabic && trE < dst.tlo && c.grpAt[trE-c.s.tlo] < 0 {
			// "ومقرها بلفيو بولاية واشنطن": an unknown city before its
			// state; the state is not the seat
			switch w := c.tok(trE); {
			case w == "مدينة" || w == "العاصمة" || w == "في" || w == "بمدينة" || w == "لها" || w == "," || w == "ولاية" || w == "بولاية" || w == "امارة" || w == "منطقة" || w == "جزيرة" || strings.HasPrefix(w, "ال"):
				// "مدينة دالاس", "الرئيسي في الرياض"
			case c.r.v.toks[trE].flags&tfArabic != 0 && c.r.v.toks[trE].kind == tkWord:
				return // an unknown name right after the seat word is the seat
			}
		}
		if dst != nil && !arabic && !seatPron {
			// "X-energy, a reactor designer based in …": the subject is
			// the name the apposition describes, or unknown
			for k := trS - 1; k > c.s.tlo && k >= trS-8; k-- {
				if w := c.tok(k); (w == "a" || w == "an") && c.tok(k-1) == "," {
					if g := c.Lk(k-1, 0, srcKinds(lx.rel)); g != nil && g.thi == k-1 {
						sa = c.argOf(g)
						pron = false
					} else {
						return
					}
					break
				} else if c.grpAt[k-c.s.tlo] >= 0 || w == "," {
					break
				}
			}
		}
	} else if !direct {
		dst = c.P(trE, lx.preps, 12) // "invest 1.3 billion euros ($1.5 billion) in"
	} else {
		dst = c.R(trE, 4)
		if g := c.namedObject(trE, lx.rel); g != nil && (dst == nil || dst.tlo > g.tlo) {
			dst = g // "xAI runs a supercomputer called Colossus"
		}
		if dst != nil && lx.rel == kg.SuppliesCompute && c.groupKind(dst) == kProduct && dst.tlo-3 >= c.s.tlo && c.tok(dst.tlo-1) == "s" && c.tok(dst.tlo-2) == "'" {
			// "host xAI's Grok models on its cloud": the product's
			// possessor is the customer
			if g := c.L(dst.tlo-2, 0); g != nil && g.thi == dst.tlo-2 && c.groupKind(g) == kOrg && !c.r.computeProduct(c.ms[dst.ms[0]].ent) {
				dst = g
			}
		}
		if dst != nil && lx.rel == kg.SuppliesCompute {
			dst = c.customerAfterProduct(dst, []string{"to", "for"})
		} else if dst == nil && lx.rel == kg.SuppliesCompute && trE < c.s.thi && c.computeTok(trE) {
			dst = c.P(trE, []string{"to"}, 4) // "supply TPUs to Anthropic"
		}
		if dst != nil && lx.rel == kg.Acquires && (c.computeTok(dst.tlo) || c.chipProduct(dst)) {
			// "agreed to buy TPUs from Google": chips bought are compute
			// supplied, not a company acquired
			if p := c.P(dst.thi, pFrom, 4); p != nil && sa.ok() {
				c.emit(kg.SuppliesCompute, c.argOf(p), sa, confNoun, trS, an)
			}
			return
		}
		if dst == nil && lx.rel == kg.Owns {
			dst = c.P(trE, ownOf, 6) // "owns about 90% of Arm"
		}
	}
	if dst == nil {
		c.investedInRound(lx, trE, sa, an)
		return
	}
	da := c.argOf(dst)
	if !sa.ok() || pron {
		sa = c.topicArg(h.pb, da)
	}
	c.emit(lx.rel, sa, da, confVerb, trS, an)
	if direct && !arabic {
		// "owns Avride, a developer of …, and TripleTen, an edtech
		// platform": more objects after an apposition
		for k := dst.thi; k < c.s.thi && k <= dst.thi+10; k++ {
			if c.tok(k) != "and" || k == 0 || c.tok(k-1) != "," {
				continue
			}
			if g := c.R(k+1, 0); g != nil && c.groupKind(g) == c.groupKind(dst) && !(g.thi < c.s.thi && (shareWord(c.tok(g.thi)) || modifiedNouns[c.tok(g.thi)])) {
				c.emit(lx.rel, sa, c.argOf(g), confNoun, trS, an) // (not "…, and Intel shares rose")
			}
			break
		}
	}
}

func (c *sctx) doNoun(h hit, lx *lexeme, trS, trE int, arabic, pron bool, an *anchor) {
	if lx.rel == kg.InvestsIn && c.receivedFrom(trS, trE, an) {
		return
	}
	var sa arg
	after := trE
	conf := confNoun
	if g := c.governingSubject(trS); g != nil && lx.rel == kg.InvestsIn {
		// "X acquired/took/holds a 10% stake in Y", "استحوذت X على حصة في Y"
		sa = c.argOf(g)
	} else if pa, ok := c.poss(trS); ok {
		sa = pa
	} else if arabic && pron {
		sa = c.topicArg(h.pb, arg{})
	} else if arabic {
		if r0 := c.R(trE, 1); r0 != nil && len(lx.preps) > 0 && c.P(r0.thi, lx.preps, 6) != nil {
			sa = c.argOf(r0)
			after = r0.thi
		}
	}
	if !sa.ok() {
		if l := c.L(trS, 0); l != nil && !arabic {
			sa = c.argOf(l) // "Microsoft investment in"
		}
	}
	var dst *group
	if len(lx.preps) > 0 {
		dst = c.P(after, lx.preps, 8)
	} else {
		dst = c.R(after, 3)
	}
	if dst != nil && !arabic && lx.rel == kg.Acquires && strings.HasSuffix(c.r.v.norm[h.nb:h.ne], " for") {
		// "said it would not bid for Run:ai competitors": no offer, or
		// not for the company named
		if trS-1 >= c.s.tlo && (c.tok(trS-1) == "not" || c.tok(trS-1) == "no" || c.tok(trS-1) == "never") ||
			dst.thi < c.s.thi && modifierHeads[c.tok(dst.thi)] {
			return
		}
	}
	if dst == nil {
		if !arabic && lx.rel == kg.Acquires && c.targetlessTakeover(trE) {
			// "shareholders voted down CoreWeave's $9 billion takeover":
			// the possessor buys the company the sentence is about
			if pa, ok := c.possFar(trS); ok && !pa.coref && pa.g != nil && c.npBetween(pa.g.thi, trS) {
				if da := c.topicArg(h.pb, pa); da.ok() && c.r.ents[da.ents[0]].Kind == kg.Organization {
					c.emit(lx.rel, pa, da, confWeak, trS, an)
				}
			}
		}
		return
	}
	da := c.argOf(dst)
	// "the acquisition of Y by X", "an equity injection into Intel from
	// SoftBank"
	if !arabic {
		for k := dst.thi; k < min(c.s.thi, dst.thi+3); k++ {
			if c.tok(k) == "by" || c.tok(k) == "from" && lx.rel == kg.InvestsIn {
				if g := c.R(k+1, 2); g != nil {
					sa = c.argOf(g)
				}
				break
			}
		}
	}
	if !sa.ok() {
		if l := c.Lxk(trS, 12, srcKinds(lx.rel)); l != nil {
			sa = c.argOf(l)
			if d, ok := c.modifiedBy(l); ok {
				sa = d // the backer of an apposition is not the buyer
			}
			conf = confWeak
		} else {
			sa = c.topicArg(h.pb, da)
		}
	}
	c.emit(lx.rel, sa, da, conf, trS, an)
}

func (c *sctx) doAgent(h hit, lx *lexeme, trS, trE int, arabic, pron bool, an *anchor) {
	if lx.rel == kg.SuppliesCompute && !arabic && trS-1 >= c.s.tlo && modelWord[c.tok(trS-1)] {
		return // "a second frontier-model supplier", "a software provider": no compute
	}
	if lx.rel == kg.Owns && c.ownerOfIt(trS, trE, arabic, an) {
		return
	}
	// "has added Oracle, Google Cloud and CoreWeave as suppliers", "named
	// X as its cloud provider": the names before "as" take the role, the
	// subject is the other end
	for k := trS - 1; k >= c.s.tlo && k >= trS-4; k-- {
		if c.tok(k) != "as" {
			continue
		}
		if k-1 >= c.s.tlo && (joinVerb(c.tok(k-1)) || strings.HasPrefix(c.tok(k-1), "participat")) {
			// "with Nvidia and Cisco joining as strategic investors": they
			// join the round the sentence is about, not its other investors
			if g := c.Lk(k-1, 2, kOrg|kPerson); g != nil && lx.rel == kg.InvestsIn {
				sa := c.argOf(g)
				da := c.raiseDstOnly(h, sa)
				for _, cd := range c.cands {
					if !cd.dropped && cd.rel == kg.InvestsIn && cd.round && !contains(sa.ents, cd.dst) {
						da = arg{ents: []int{cd.dst}, coref: true}
						break
					}
				}
				if da.ok() && !overlaps(sa, da) {
					n := len(c.cands)
					c.emit(kg.InvestsIn, sa, da, confNoun, trS, an)
					for _, cd := range c.cands[n:] {
						cd.round = true
					}
				}
			}
			return
		}
		if g := c.Lk(k, 6, srcKinds(lx.rel)); g != nil {
			if e := c.firstOrgBefore(c.r.v.toks[g.tlo].nb); e >= 0 {
				ga := c.argOf(g)
				if !contains(ga.ents, e) {
					c.emit(lx.rel, ga, arg{ents: []int{e}}, confNoun, trS, an)
					return
				}
			}
		}
		break
	}
	if arabic && c.chosenAs(h, lx, trS, an) {
		return
	}
	if lx.rel == kg.InvestsIn {
		// "with Alphabet and Nvidia among the backers"
		if k := trS - 1; k-1 >= c.s.tlo && (c.tok(k) == "the" || c.tok(k) == "its" || c.tok(k) == "their") && c.tok(k-1) == "among" {
			if l := c.Lk(k-1, 1, kOrg|kPerson); l != nil {
				sa := c.argOf(l)
				c.emit(lx.rel, sa, c.raiseDstOnly(h, sa), confWeak, trS, an)
				return
			}
		}
		// "investors in X including A and B"
		if d := c.P(trE, lx.preps, 3); d != nil {
			for _, o := range c.hits {
				if lexicon[o.lex].incl && o.nb >= c.r.v.toks[d.thi-1].ne && int(o.tb)-d.thi <= 1 {
					if g := c.R(int(o.te)+1, 2); g != nil {
						c.emit(lx.rel, c.argOf(g), c.argOf(d), confNoun, trS, an)
						return
					}
				}
			}
		}
	}
	// "SoftBank, OpenAI, Oracle and MGX are the initial equity funders":
	// the agent noun is the predicate, its subject the list before the
	// copula, and what is funded the venture or round the text is about
	if lx.rel == kg.InvestsIn && !arabic {
		if k, ok := c.copulaBefore(trS); ok && c.P(trE, lx.preps, 5) == nil {
			if l := c.Lxk(k, 15, kOrg|kPerson); l != nil {
				sa := c.argOf(l)
				var da arg
				if p := c.r.sal.project; p >= 0 && !contains(sa.ents, p) {
					da = arg{ents: []int{p}, coref: true}
				} else {
					da = c.raiseDstOnly(h, sa)
				}
				c.emit(lx.rel, sa, da, confNoun, trS, an)
				return
			}
		}
	}
	// "investors including A, B and C" / "من بين المستثمرين"
	for _, o := range c.hits {
		if lexicon[o.lex].incl && o.nb >= h.ne && int(o.tb)-trE <= 2 {
			if g := c.R(int(o.te)+1, 2); g != nil {
				sa := c.argOf(g)
				var da arg
				if pa, ok := c.poss(trS); ok {
					da = pa
				} else if d := c.P(trE, lx.preps, 3); d != nil {
					da = c.argOf(d)
				} else if l := c.L(trS, 4); l != nil {
					da = c.argOf(l)
				} else {
					da = c.topicArg(h.pb, sa)
				}
				c.emit(lx.rel, sa, da, confNoun, trS, an)
				return
			}
		}
	}
	if !arabic && lx.rel == kg.InvestsIn && c.itsAgentAppos(trS, an) {
		return
	}
	if arabic && lx.rel == kg.InvestsIn && c.investorsOfIt(h, trS, trE, an) {
		return
	}
	var da arg
	if d := c.P(trE, lx.preps, 5); d != nil {
		da = c.argOf(d)
	} else if arabic && pron {
		da = c.topicArg(h.pb, arg{})
	} else if trS-1 >= c.s.tlo && (c.tok(trS-1) == "its" || c.tok(trS-1) == "their" || trS-2 >= c.s.tlo && (c.tok(trS-2) == "its" || c.tok(trS-2) == "their")) {
		// "X counts Google among its backers"
		var sa arg
		if l := c.Lx(trS, 12); l != nil {
			sa = c.argOf(l)
		}
		if sa.ok() {
			c.emit(lx.rel, sa, c.topicArg(c.r.v.toks[c.s.tlo].nb, sa), confNoun, trS, an)
		}
		return
	} else if pa, ok := c.possFar(trS); ok {
		// "makes Microsoft one of Anthropic's largest cloud providers"
		if pa.g != nil {
			if l := c.Lk(pa.g.tlo, 4, srcKinds(lx.rel)); l != nil {
				c.emit(lx.rel, c.argOf(l), pa, confNoun, trS, an)
			}
		}
		// "OpenAI's largest investor, Microsoft"
		if g := c.R(trE, 2); g != nil {
			c.emit(lx.rel, c.argOf(g), pa, confNoun, trS, an)
		} else if trE < c.s.thi && c.tok(trE) == "," {
			if g := c.R(trE+1, 0); g != nil {
				c.emit(lx.rel, c.argOf(g), pa, confNoun, trS, an)
			}
		}
		return
	} else if lx.rel == kg.InvestsIn {
		if l := c.L(trS, 0); !arabic && l != nil && l.thi == trS {
			return // "Core Scientific shareholders voted …": the owners of X, unnamed
		}
		// "وضمت قائمة المستثمرين في الجولة X، وY": the list follows
		for i := range c.groups {
			if g := &c.groups[i]; g.tlo >= trE && g.tlo-trE <= 5 {
				sa := c.argOf(g)
				da := c.raiseDstOnly(h, sa)
				c.emit(lx.rel, sa, da, confWeak, trS, an)
				return
			}
		}
	}
	if !da.ok() {
		return
	}
	var sa arg
	if l := c.Lxk(trS, 12, srcKinds(lx.rel)); l != nil {
		sa = c.argOf(l)
	} else if g := c.R(trE, 2); g != nil && (da.g == nil || g != da.g) {
		sa = c.argOf(g)
	}
	c.emit(lx.rel, sa, da, confNoun, trS, an)
}

// investorsOfIt: Arabic investor nouns whose company is a definite
// description, in a funding story the company that raised: "ومن أبرز
// المستثمرين في الشركة X وY" (the list after the description), "ويعدّ X
// من أبرز داعمي الشركة" (the subject before the noun). It reports whether
// it emitted.
func (c *sctx) investorsOfIt(h hit, trS, trE int, an *anchor) bool {
	if f := c.r.v.norm[h.nb:h.ne]; strings.HasSuffix(f, "ي") && !strings.HasSuffix(f, "يي") {
		// "Carlyle، أكبر مساهمي «أمبير»": a construct investor noun's
		// company is the name right after it, its investor the name
		// before (an apposition's head)
		if g := c.R(trE, 0); g != nil && c.groupKind(g) == kOrg {
			// (the apposition closes at its comma: "«أمبير»، وشركة أوراكل"
			// names its first company only)
			da := arg{ents: []int{c.ms[g.ms[0]].ent}, g: g}
			if l := c.Lk(trS, 4, kOrg|kPerson); l != nil && !overlaps(c.argOf(l), da) {
				c.emit(kg.InvestsIn, c.argOf(l), da, confNoun, trS, an)
				return true
			}
		}
	}
	k := trE
	if k < c.s.thi && c.tok(k) == "في" {
		k++
	}
	if k >= c.s.thi || !orgWord[c.tok(k)] {
		return false
	}
	k++
	if k < c.s.thi && (c.tok(k) == "الناشية" || c.tok(k) == "الناشئة") {
		k++
	}
	e := c.openRound()
	if e < 0 {
		e = c.r.sal.raiseTarget
	}
	if e < 0 {
		return false
	}
	var sa arg
	if g := c.R(k, 1); g != nil && c.groupKind(g)&(kOrg|kPerson) != 0 {
		sa = c.argOf(g)
	} else if l := c.Lk(trS, 8, kOrg|kPerson); l != nil && c.R(k, 3) == nil {
		sa = c.argOf(l)
	}
	if !sa.ok() || contains(sa.ents, e) {
		return false
	}
	c.emit(kg.InvestsIn, sa, arg{ents: []int{e}, coref: true}, confNoun, trS, an)
	return true
}

// orgWord: the Arabic definite nouns that stand for the company a story
// is about.
var orgWord = map[string]bool{"الشركة": true, "الشركه": true, "للشركة": true}

// titleFill may stand between a person and the title that follows:
// "Sam Altman, the CEO", "بينغ شياو منصب الرئيس التنفيذي".
var titleFill = map[string]bool{",": true, "the": true, "is": true, "was": true, "as": true, "now": true, "هو": true, "وهو": true,
	"منصب": true, "تولي": true, "قد": true, "بصفته": true, "بصفتها": true, "يتولى": true, "تتولى": true, "becomes": true, "became": true, "named": true,
	"will": true, "be": true, "become": true, "would": true, "remains": true,
	// "X, who is chief executive of Y", "X took over as Y's chief executive"
	"took": true, "takes": true, "over": true}

// titleCoord: the words of a title coordinated before the one matched
// ("Marc Benioff, chairman and chief executive of Salesforce",
// "co-founder and CEO X"); each widens the reach back to the person.
var titleCoord = map[string]bool{"and": true, "&": true, "chairman": true, "chairwoman": true, "chair": true, "founder": true, "co-founder": true, "cofounder": true, "president": true, "chief": true, "executive": true, "ceo": true}

var weakTitles = map[string]bool{"president": true, "head": true, "chief": true, "chairman": true, "رييس": true, "رئيس": true, "رئيسة": true, "boss": true}

func (c *sctx) isKind(g *group, k kg.EntityKind) bool {
	if g == nil {
		return false
	}
	return c.r.ents[c.ms[g.ms[0]].ent].Kind == k
}

func (c *sctx) doTitle(h hit, lx *lexeme, trS, trE int, pron bool, an *anchor) {
	r := c.r
	form := r.v.norm[h.nb:h.ne]
	var org arg
	var orgG *group
	after := trE
	orgLike := func(g *group) bool { return c.groupKind(g)&(kOrg|kProject|kProduct) != 0 }
	if trS-1 >= c.s.tlo && c.tok(trS-1) == "whose" {
		if l := c.L(trS-1, 1); l != nil && orgLike(l) {
			orgG = l // "OpenAI, whose chief executive Sam Altman"
		}
	}
	if orgG != nil {
	} else if l := c.L(trS, 0); l != nil && orgLike(l) {
		orgG = l // "OpenAI CEO", "OpenAI chief executive"
	} else if l := c.L(trS-2, 0); l != nil && trS-2 >= c.s.tlo && c.tok(trS-1) == "s" && c.tok(trS-2) == "'" && orgLike(l) {
		orgG = l // "OpenAI's CEO"
	} else if l := c.L(trS-1, 0); l != nil && trS-1 >= c.s.tlo && c.tok(trS-1) == "'" && orgLike(l) {
		orgG = l // "Databricks' chief executive"
	}
	if orgG == nil {
		if p := c.P(trE, []string{"of", "at", "ل", "in"}, 3); p != nil {
			after = p.thi
			if orgLike(p) {
				orgG = p
			}
		} else if g := c.R(trE, 0); g != nil && orgLike(g) && c.r.v.toks[trS].flags&tfArabic != 0 {
			orgG, after = g, g.thi // "رئيس مجلس إدارة بلاك روك"
		}
	}
	if orgG != nil {
		org = c.argOf(orgG)
	}
	// person after the title (or after "title of Org,")
	var person *group
	whoIs := false
	if g := c.R(after, 1); g != nil && c.isKind(g, kg.Person) {
		person = g
	} else if after < c.s.thi && c.tok(after) == "," {
		if g := c.R(after+1, 0); g != nil && c.isKind(g, kg.Person) {
			person = g
		}
	}
	if person == nil {
		// "Sam Altman, CEO of OpenAI" / "Sam Altman, OpenAI's CEO"
		start := trS
		if orgG != nil && orgG.thi <= trS {
			start = orgG.tlo
		}
		reach := start - 4
		for k := start - 1; k >= c.s.tlo && k >= reach; k-- {
			w := c.tok(k)
			if titleFill[w] {
				continue
			}
			if w == "who" {
				if c.tok(k+1) != "is" {
					break // "X, who was Y's chief executive": a past role
				}
				whoIs = true
				continue // "X, who is chief executive of Y"
			}
			if titleCoord[w] {
				reach--
				continue
			}
			if gi := c.grpAt[k-c.s.tlo]; gi >= 0 && c.isKind(&c.groups[gi], kg.Person) {
				person = &c.groups[gi]
			}
			break
		}
		for start-1 > c.s.tlo && c.tok(start-1) != "," && titleFill[c.tok(start-1)] {
			start-- // "Simon Edwards, the finance chief, becomes chief executive"
		}
		if person == nil && start-1 >= c.s.tlo && c.tok(start-1) == "," {
			// "جيسون دروغ، كبير مسؤولي الاستراتيجية، رئيساً تنفيذياً":
			// the person before an appositive between commas
			for k := start - 2; k >= c.s.tlo && k >= start-9; k-- {
				if c.tok(k) != "," {
					continue
				}
				if k-1 >= c.s.tlo {
					if gi := c.grpAt[k-1-c.s.tlo]; gi >= 0 && c.isKind(&c.groups[gi], kg.Person) {
						person = &c.groups[gi]
					}
				}
				break
			}
		}
	}
	if person == nil || whoIs && (orgG == nil || c.argOf(orgG).coref) {
		return // "X, who is chief executive of the company": no name to give the role
	}
	if trS > c.s.tlo && (c.tok(trS-1) == "former" || c.tok(trS-1) == "ex") || trE < c.s.thi && (c.tok(trE) == "السابق" || c.tok(trE) == "السابقة") {
		return // a past role
	}
	if orgG != nil && orgG.tlo > c.s.tlo && c.tok(orgG.tlo-1) == "former" {
		return
	}
	if !org.ok() {
		if weakTitles[form] {
			return
		}
		if possTitle(form) && trS-1 >= c.s.tlo && strings.HasPrefix(c.tok(trS-1), "ال") && c.grpAt[trS-1-c.s.tlo] < 0 {
			return // "ويرأس المنصة مؤسسها X": the pronoun is a noun no name stands for
		}
		if !pron && person.thi+1 < c.s.thi && c.tok(person.thi) == "," && c.tok(person.thi+1) == "who" {
			return // "co-founder Mustafa Suleyman, who now runs Microsoft AI": the clause gives the role
		}
		// a bare "Chief executive X said": the organisation of this
		// sentence, else the one the article is about
		if e := c.bareTitleOrg(h.pb); e >= 0 {
			org = arg{ents: []int{e}, coref: true}
		} else if e := r.sal.mostSalient(); e >= 0 {
			org = arg{ents: []int{e}, coref: true}
		}
		// "وقال رئيسها التنفيذي X": the pronoun of a two-word title
		// ("رئيسها التنفيذي") is the clause's topic too, not the
		// article's most mentioned company
		if pron || c.r.v.toks[trS].flags&tfArabic != 0 && possTitle(form) {
			if e := c.topicAt(person.pb, nil); e >= 0 {
				org = arg{ents: []int{e}, coref: true}
			}
		}
	}
	c.emit(kg.Leads, c.argOf(person), org, confStrong, trS, an)
}
