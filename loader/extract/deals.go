package extract

// Deal typing and deal anaphora: generic deals retyped by the sentence, supply direction, funding rounds.

import (
	"strings"

	"github.com/aikg/aikg/kg"
)

// typeDeals types the generic deals of the sentence by what the sentence
// says (compute, an acquisition, an investment) and records the last deal
// for a later "the deal".
func (c *sctx) typeDeals() {
	r := c.r
	var last *dealFrame
	var own *dealFrame // the frame made below, while only last points to it
	for _, a := range c.anchors {
		for _, cd := range a.cands {
			if cd.dropped {
				continue
			}
			if a.lx.fr == frDeal {
				cd.generic = true
				cd.rel = kg.PartnersWith
				f := &dealFrame{a: cd.src, b: cd.dst, cands: []*relCand{cd}, sent: c.si}
				fromPair := cd.conf < confDeal*mulPair+1e-9 && c.pairIn(cd)
				if ld := r.sal.lastDeal; fromPair && ld != nil && ld.typ != "" && !c.dealCue(ld.typ, a.tok) {
					// "the two companies have pushed each other through a
					// decade of collaboration": a remark about the pair with
					// no trigger, figure or status is no deal
					cd.dropped = true
					continue
				}
				if ld := r.sal.lastDeal; ld != nil && ld.typ != "" && ld.typ != kg.PartnersWith && (ld.a == f.a && ld.b == f.b || ld.a == f.b && ld.b == f.a) && a.lx.status != "" && c.revisionNear(a.tok, 12) {
					// "talks between the two companies include a review of
					// the current investment terms": talks about amending a
					// standing relation are not that relation's status; it
					// stays what its own sentence said
					cd.dropped = true
					continue
				}
				if ld := r.sal.lastDeal; ld != nil && ld.typ != "" && (ld.a == f.a && ld.b == f.b || ld.a == f.b && ld.b == f.a) {
					// the same parties again ("the talks between the two
					// companies"): more about the last deal
					base := ld.cands[0]
					cd.rel, cd.src, cd.dst, cd.generic = base.rel, base.src, base.dst, false
					ld.cands = append(ld.cands, cd)
					last = ld
					continue
				}
				switch {
				case fromPair && !(c.hasCompute || c.hasCapacity()):
				case a.lx.status == kg.Announced && !c.tradeNear(a.tok) && !c.hasCapacity():
					// a memorandum to "develop"/"explore" something together
					// is a partnership; one to supply or buy is a supply deal
				case c.licenceDeal(a.tok):
					// "اتفاق ترخيص غير حصري مع X لاستخدام تقنياتها في
					// الاستدلال": a licence is a partnership whatever it
					// is used for
					f.retype(r, kg.PartnersWith)
				case c.energyDeal():
					// a power purchase agreement, a deal to fund reactors:
					// electricity is no compute, the deal a partnership
					// (typed, so a later "the contracts" keeps it one)
					f.retype(r, kg.PartnersWith)
				case c.computeNear(a.tok, 10):
					if d, ok := c.statedSupply(f); ok {
						// "وقّعت X اتفاقية مع Y تتولى بموجبها Y تزويد X":
						// the supply verb of the sentence gives the direction
						f.retype(r, kg.SuppliesCompute)
						for _, g := range f.cands {
							g.src, g.dst = d[0], d[1]
						}
						break
					}
					f.retypeDir(r, kg.SuppliesCompute, c.supplyDirection(a.tok))
				case c.unresolvedNear(kg.Acquires, a.tok, 8):
					f.retype(r, kg.Acquires)
				case c.unresolvedNear(kg.InvestsIn, a.tok, 8):
					f.retype(r, kg.InvestsIn)
				case c.supplyClauseNear(a.tok, 20):
					// "an agreement with Meta under which it will provide
					// about $20bn of computing power", "عقداً مع «ميتا»
					// بقيمة … لتوفير قدرات الحوسبة": the deal's clause
					// supplies compute, farther than computeNear reaches
					f.retypeDir(r, kg.SuppliesCompute, c.supplyDirection(a.tok))
				}
				last = f
				continue
			}
			if a.lx.fr != frTitle && statusTypes[cd.rel] {
				if own != nil && last == own {
					// the frame it replaces is unreachable: refill it
					*own = dealFrame{a: cd.src, b: cd.dst, typ: cd.rel, cands: append(own.cands[:0], cd), sent: c.si}
					continue
				}
				last = &dealFrame{a: cd.src, b: cd.dst, typ: cd.rel, cands: []*relCand{cd}, sent: c.si}
				own = last
			}
		}
	}
	if last != nil {
		r.sal.lastDeal = last
		c.ownDeal = true
	}
}

// dealAnaphora links "the deal"/"الصفقة"/"الاتفاق" with no parties of its
// own to the last deal of the article: its status, figures and type.
func (c *sctx) dealAnaphora() {
	r := c.r
	if c.ownDeal {
		return
	}
	d := r.sal.lastDeal
	if d == nil || c.si-d.sent > 2 {
		return
	}
	for _, a := range c.anchors {
		if a.lx.status != "" && c.revisionNear(a.tok, 12) {
			// talks to revise standing terms are not the deal's own
			// status
			return
		}
	}
	for _, a := range c.anchors {
		if !(a.definite || c.definiteOver(a.tok)) || len(liveCands(a.cands)) > 0 {
			continue
		}
		if !(a.lx.fr == frDeal || (a.lx.fr == frNoun && a.lx.rel == d.typ) || a.lx.fr == frCompute && d.typ == kg.SuppliesCompute && c.pendingAmount() && c.payForCompute()) {
			continue // ("OpenAI will pay about $30bn a year for the capacity": the supply's price)
		}
		if d.typ == "" || d.cands[0].generic {
			switch {
			case c.hasCompute || c.hasCapacity():
				d.retype(r, kg.SuppliesCompute)
			case c.hasInvest:
				d.retype(r, kg.InvestsIn)
			}
		}
		st := c.statusNear(a.tok, 8)
		if st == "" && len(c.pending) == 0 && !(c.hasCompute && d.typ == kg.SuppliesCompute) {
			return
		}
		base := d.cands[0]
		nc := &relCand{rel: base.rel, src: base.src, dst: base.dst, conf: confAnaDeal, sent: c.si, anchor: a.tok, generic: base.generic}
		nc.fig.Status = st
		for i := range c.pending {
			if c.pending[i].raise && nc.rel != kg.InvestsIn || c.pending[i].company {
				continue // "ولم يُكشف عن قيمة الصفقة، لكن X كانت قد جمعت 243 مليون دولار": a round's size is no deal's value
			}
			if accepts(nc.rel, c.pending[i].kind) || nc.rel == kg.PartnersWith && nc.generic {
				setFig(nc, &c.pending[i])
			}
		}
		for i := range c.figs {
			if c.figs[i].kind == fkDate {
				nc.fig.Date = c.figs[i].date
			}
		}
		d.cands = append(d.cands, nc)
		c.cands = append(c.cands, nc)
		return
	}
}

// computeNear: a compute word or a power figure within dist tokens.
func (c *sctx) computeNear(tok, dist int) bool {
	for _, h := range c.hits {
		if lexicon[h.lex].computeCue && abs(int(h.tb)-tok) <= dist && !c.inCoref(int(h.tb)) &&
			!(int(h.te)+1 < c.s.thi && (modifiedNouns[c.tok(int(h.te)+1)] || headNouns[c.tok(int(h.te)+1)])) {
			return true
		}
	}
	for _, f := range c.figs {
		if f.kind == fkCapacity && abs(f.tlo-tok) <= dist {
			return true
		}
	}
	return false
}

func (c *sctx) hasCapacity() bool {
	for _, f := range c.figs {
		if f.kind == fkCapacity {
			return true
		}
	}
	return false
}

func (c *sctx) unresolvedNear(t kg.RelationType, tok, dist int) bool {
	for _, a := range c.anchors {
		if a.lx.rel == t && len(liveCands(a.cands)) == 0 && abs(a.tok-tok) <= dist {
			return true
		}
	}
	return false
}

// supplyDirection reads the verb after a deal word: "to supply/deliver/
// provide" makes the deal's subject the supplier, "to buy/rent/lease/use"
// the customer.
// supplyClauseNear: within dist tokens after a deal word, in its
// sentence part, a supply or purchase verb comes before a compute word
// ("under which it will provide … computing power", "لتوفير قدرات
// الحوسبة").
func (c *sctx) supplyClauseNear(tok, dist int) bool {
	verb := false
	if tok-1 >= c.s.tlo && (energyWord[c.tok(tok-1)] || clauseEnergyWord[c.tok(tok-1)]) {
		return false // "power agreements … that could supply up to 6.6GW": electricity
	}
	for k := tok + 1; k < c.s.thi && k <= tok+dist; k++ {
		w := c.tok(k)
		if w == "." || w == ";" || energyWord[w] || clauseEnergyWord[w] && !(k+1 < c.s.thi && c.computeTok(k+1)) {
			return false
		}
		if !verb {
			verb = supplyVerbs[w] || buyVerbs[w] || supplyVerbs[strings.TrimPrefix(w, "ل")] || buyVerbs[strings.TrimPrefix(w, "ل")]
			continue
		}
		if c.computeTok(k) && !c.inCoref(k) {
			return true
		}
	}
	return false
}

// clauseEnergyWord: besides energyWord, words that make a supply clause
// one of electricity ("power agreements", "إمدادات الطاقة").
var clauseEnergyWord = map[string]bool{"power": true, "energy": true, "gas": true,
	"الطاقة": true, "طاقة": true, "الكهرباء": true, "كهرباء": true, "النووية": true, "نووية": true}

func (c *sctx) supplyDirection(tok int) int {
	for k := tok + 1; k < c.s.thi && k <= tok+12; k++ {
		w := c.tok(k)
		for _, f := range []string{w, strings.TrimPrefix(w, "ل")} {
			if supplyVerbs[f] {
				return 1
			}
			if buyVerbs[f] {
				return -1
			}
		}
	}
	return 0
}

// tradeNear: a verb of selling or buying follows the trigger ("a letter
// of intent to supply chips"); building or developing together is not
// trade.
func (c *sctx) tradeNear(tok int) bool {
	for k := tok + 1; k < c.s.thi && k <= tok+12; k++ {
		w := c.tok(k)
		for _, f := range []string{w, strings.TrimPrefix(w, "ل")} {
			if (supplyVerbs[f] || buyVerbs[f]) && !jointVerbs[f] {
				return true
			}
		}
	}
	return false
}

var jointVerbs = map[string]bool{"build": true, "deploy": true, "بناء": true, "نشر": true, "تطوير": true, "develop": true}

var supplyVerbs = map[string]bool{"supply": true, "deliver": true, "provide": true, "host": true, "build": true, "deploy": true, "power": true,
	"توفير": true, "تزويد": true, "توريد": true, "تقديم": true, "بناء": true, "نشر": true, "تطوير": true}
var buyVerbs = map[string]bool{"buy": true, "rent": true, "lease": true, "use": true, "purchase": true, "access": true,
	"شراء": true, "استئجار": true, "استخدام": true}

// afterIncl: the group follows a list introducer ("such as", "مثل",
// "including", "كلاً من"): it gives examples, not the parties.
func (c *sctx) afterIncl(g *group) bool {
	for _, h := range c.hits {
		if !lexicon[h.lex].incl {
			continue
		}
		if e := int(h.te); e < g.tlo && g.tlo-e <= 3 {
			return true
		}
	}
	k := g.tlo - 1
	return k >= c.s.tlo && (c.tok(k) == "من" && k > c.s.tlo && strings.HasPrefix(c.tok(k-1), "كل"))
}

// pairIn reports whether a candidate's ends come from a pair anaphor.
func (c *sctx) pairIn(cd *relCand) bool {
	for _, m := range c.ms {
		if m.pair && (m.ent == cd.src || m.ent == cd.dst) {
			return true
		}
	}
	return false
}

// retype turns a generic deal into a specific relation; for compute the
// supplier is the party the gazetteer knows as a cloud or chip company
// (else the party the deal was signed with), for investment the investor.
func (f *dealFrame) retype(r *run, t kg.RelationType) {
	f.retypeDir(r, t, 0)
}

// retypeDir is retype with the direction the sentence's verbs give for a
// compute deal: +1 the deal's subject supplies ("signed a deal with
// Microsoft to deliver capacity"), -1 it buys ("to rent GPUs from"), 0
// unknown. The gazetteer's cloud/chips tags decide first (a lab signing
// "to secure compute" with Oracle is the customer whatever the verb);
// between two suppliers or two unknowns the verb decides, else the party
// the deal was made with supplies.
func (f *dealFrame) retypeDir(r *run, t kg.RelationType, dir int) {
	f.typ = t
	src, dst := f.a, f.b
	ea, eb := r.ents[f.a], r.ents[f.b]
	switch t {
	case kg.SuppliesCompute:
		supA := ea.tag("cloud") || ea.tag("chips")
		supB := eb.tag("cloud") || eb.tag("chips")
		switch {
		case supA && !supB:
		case supB && !supA:
			src, dst = f.b, f.a
		case dir > 0:
		default:
			src, dst = f.b, f.a
		}
	case kg.InvestsIn:
		if eb.tag("investor") && !ea.tag("investor") {
			src, dst = f.b, f.a
		}
	}
	for _, cd := range f.cands {
		cd.rel, cd.src, cd.dst, cd.generic = t, src, dst, false
	}
}

// relPron open a relative clause or an appositive participle phrase
// (", owned by X,", "، المملوكة لـ X،") that the subject is outside of.
var relPron = map[string]bool{"which": true, "who": true, "whose": true, "التي": true, "الذي": true, "الذين": true,
	"owned": true, "backed": true, "led": true, "founded": true, "based": true, "headquartered": true, "a": true, "an": true, "the": true,
	"المملوكة": true, "المملوك": true, "التابعة": true, "التابع": true, "المدعومة": true, "ومقرها": true, "مقرها": true}

// Lx is L that steps over a relative clause: in "Anthropic, whose chief
// executive previously led research at OpenAI, competes with …" the
// subject of "competes" is Anthropic, not OpenAI.
func (c *sctx) Lx(t, maxTok int) *group { return c.Lxk(t, maxTok, 0) }

// Lxk is Lx restricted to kinds in mask.
func (c *sctx) Lxk(t, maxTok int, mask uint8) *group {
	g := c.Lk(t, maxTok, mask)
	if g == nil {
		return nil
	}
	k := t - 1
	for k >= g.thi && k > t-4 && c.tok(k) != "," {
		k--
	}
	if k < g.thi || k < c.s.tlo || c.tok(k) != "," {
		return g
	}
	for j := g.tlo - 1; j > c.s.tlo; j-- {
		w := c.tok(j)
		if relPron[w] && c.tok(j-1) == "," {
			if g2 := c.Lk(j-1, 2, mask); g2 != nil {
				return g2
			}
			return g
		}
		if w == "." || w == ";" {
			break
		}
	}
	return g
}

// possFar finds "X's" before token t across an amount and modifiers:
// "OpenAI's $6.6 billion funding round".
func (c *sctx) possFar(t int) (arg, bool) {
	for k := t - 1; k >= c.s.tlo && k >= t-8; k-- {
		w := c.tok(k)
		if w == "s" && k-1 >= c.s.tlo && c.tok(k-1) == "'" {
			if g := c.L(k-1, 0); g != nil {
				return c.argOf(g), true
			}
			return arg{}, false
		}
		if w == "its" || w == "their" {
			if e := c.topicAt(c.r.v.toks[k].nb, nil); e >= 0 {
				return arg{ents: []int{e}, coref: true}, true
			}
			return arg{}, false
		}
		if gi := c.grpAt[k-c.s.tlo]; gi >= 0 && c.groupKind(&c.groups[gi])&kOrg != 0 {
			break // "Elon Musk's xAI raised": a lower-case name ends the phrase
		}
		tk := c.r.v.toks[k]
		if w == "on" || w == "in" || w == "to" || w == "for" || w == "with" || w == "from" || w == "at" {
			break // "hosts OpenAI's ChatGPT on Azure servers": the servers are no one's named before the preposition
		}
		if tk.kind == tkNum || w == "$" || w == "-" || w == "." || tk.kind == tkWord && tk.flags&tfLatin != 0 && tk.flags&tfUpper == 0 {
			continue
		}
		if gi := c.grpAt[k-c.s.tlo]; gi >= 0 && c.groupKind(&c.groups[gi]) == kProduct {
			k = c.groups[gi].tlo // "Microsoft's Azure cloud"
			continue
		}
		break
	}
	return arg{}, false
}

// modifierHeads follow a name that only modifies them ("Run:ai
// competitors", "OpenAI rivals"): the name is not the object.
var modifierHeads = map[string]bool{"competitors": true, "rivals": true, "customers": true, "clients": true, "peers": true, "suppliers": true}

// targetlessTakeover: an English acquisition noun with no object of its
// own ("CoreWeave's takeover, ending …"), not a compound about buying in
// general ("Google's acquisition spree", "its takeover strategy").
func (c *sctx) targetlessTakeover(trE int) bool {
	if trE >= c.s.thi {
		return true
	}
	tk := c.r.v.toks[trE]
	if tk.kind == tkPunct {
		return true
	}
	switch c.tok(trE) {
	case "was", "is", "has", "had", "would", "will", "could", "collapsed", "failed", "fell", "ended", "closed", "in", "on", "after", "last", "earlier", "this":
		return true
	}
	return false
}

// npBetween: the tokens from lo to hi can all stand inside one English
// noun phrase ("'s roughly $9 billion all-stock"): no article,
// preposition or verb ("'s shares voted against the").
func (c *sctx) npBetween(lo, hi int) bool {
	if hi-lo > 9 {
		return false
	}
	for k := lo; k < hi; k++ {
		switch w := c.tok(k); w {
		case "the", "a", "an", "against", "for", "to", "of", "on", "with", "by", "from", "in", "at", "that", "which", "its", "their", ",", "and", "or":
			return false
		default:
			if strings.HasSuffix(w, "ed") && w != "proposed" && w != "planned" && w != "rumored" && w != "rumoured" {
				return false
			}
		}
	}
	return true
}

// ledRound: an active English "led"/"co-led" whose object is a funding
// round ("led the round", "co-led the $200 million Series B", "led
// Vela's seed round"), not a company or a team.
func (c *sctx) ledRound(h hit, trE int) bool {
	switch c.r.v.norm[h.nb:h.ne] {
	case "led", "leads", "co-led", "co-leads", "leading", "co-leading", "lead", "anchored", "anchors", "anchor":
	default:
		return false
	}
	if trE < c.s.thi && c.tok(trE) == "by" {
		return false
	}
	for j := trE; j < c.s.thi && j < trE+8; j++ {
		w := c.tok(j)
		switch {
		case w == "round" || w == "series" || w == "funding" || w == "financing" || w == "seed" || w == "raise" || w == "investment":
			return true
		case c.r.v.toks[j].kind == tkPunct && w != "$" && w != "'" && w != "." && w != "-":
			return false
		}
	}
	return false
}

// possAfter finds "X's" right after token t: "joined OpenAI's round".
func (c *sctx) possAfter(t int) (arg, bool) {
	g := c.R(t, 1)
	if g == nil || g.thi+1 >= c.s.thi {
		return arg{}, false
	}
	if c.tok(g.thi) == "'" && c.tok(g.thi+1) == "s" {
		return c.argOf(g), true
	}
	return arg{}, false
}

// customerAfterProduct: the object of a supply verb that names a chip or
// cloud product ("supply TPUs to Anthropic", "تورد رقائق بلاكويل إلى
// هيوماين") is the thing supplied; the customer follows "to". Nil when the
// product has no customer in the sentence.
func (c *sctx) customerAfterProduct(g *group, to []string) *group {
	if c.groupKind(g)&kProduct == 0 && !c.chipProduct(g) {
		return g
	}
	if p := c.P(g.thi, to, 4); p != nil && c.groupKind(p)&kProduct == 0 {
		return p
	}
	return nil
}

// participateForm: the English join verbs that, after a round, mean taking
// part in it ("joined" also means taking a job, so it needs a money cue).
func participateForm(f string) bool {
	// Arabic شارك also takes part in founding, events and talks: it
	// keeps needing a money cue in its own sentence
	return strings.HasPrefix(f, "particip") || strings.HasPrefix(f, "took part") || strings.HasPrefix(f, "take part") ||
		strings.HasPrefix(f, "takes part")
}

// roundOwnerAfter finds the company whose round a join verb names after a
// preposition: "took part in CoreWeave's $400m Series C", "participated
// in the funding round of Mistral", "شاركت في جولة تمويل ميسترال".
func (c *sctx) roundOwnerAfter(t int, src arg) (arg, bool) {
	k := t
	if k >= c.s.thi {
		return arg{}, false
	}
	if w := c.tok(k); w != "in" && w != "في" {
		return arg{}, false
	}
	k++
	if k < c.s.thi && (c.tok(k) == "the" || c.tok(k) == "a") {
		k++
	}
	// "in X's …": the possessor before a round word
	if k < c.s.thi {
		if gi := c.grpAt[k-c.s.tlo]; gi >= 0 {
			g := &c.groups[gi]
			if g.thi+1 < c.s.thi && c.tok(g.thi) == "'" && c.tok(g.thi+1) == "s" && c.groupKind(g)&kOrg != 0 {
				if a := c.argOf(g); !overlaps(a, src) && c.roundWordNear(g.thi+2, 6) {
					return a, true
				}
			}
		}
	}
	// "in the funding round of X", "في جولة (التمويل) X"
	for j := k; j < c.s.thi && j <= k+8; j++ {
		if gi := c.grpAt[j-c.s.tlo]; gi >= 0 {
			g := &c.groups[gi]
			if c.groupKind(g)&kOrg == 0 || !c.roundWordNear(k, j-k) {
				return arg{}, false
			}
			if a := c.argOf(g); !overlaps(a, src) && !c.r.ents[a.ents[0]].tag("investor") {
				return a, true
			}
			return arg{}, false
		}
		if w := c.tok(j); c.r.v.toks[j].kind == tkPunct || stopFill[w] && w != "of" && w != "ل" {
			return arg{}, false
		}
	}
	return arg{}, false
}

// joinTail is where a join verb's complement starts: after an Arabic
// subject that follows the verb ("شاركت إنفيديا في …").
func joinTail(trE int, sa arg) int {
	if sa.g != nil && sa.g.tlo >= trE && sa.g.tlo-trE <= 1 {
		return sa.g.thi
	}
	return trE
}

// roundWordNear: one of the n tokens from k names a funding round.
func (c *sctx) roundWordNear(k, n int) bool {
	for j := k; j < c.s.thi && j < k+n; j++ {
		w := c.tok(j)
		if w == "round" || w == "series" || w == "funding" || w == "financing" || w == "seed" ||
			strings.HasPrefix(w, "جول") || strings.HasPrefix(w, "تمويل") || strings.HasPrefix(w, "التمويل") {
			return true
		}
	}
	return false
}

// raiseDst is the company a funding trigger is about: the possessor
// ("OpenAI's round"), the subject on the left unless it is itself an
// investor, the company whose round the article has been describing, or
// the topic.
func (c *sctx) raiseDst(h hit, trS int, src arg) arg {
	r := c.r
	if pa, ok := c.possFar(trS); ok && !overlaps(pa, src) {
		r.sal.raiseTarget = pa.ents[0]
		return pa
	}
	g := c.overApposition(trS, kOrg)
	if g == nil {
		g = c.Lk(trS, 15, kOrg)
	}
	if g != nil {
		a := c.argOf(g)
		// "a round led by ASML, with participation from Nvidia", "قادتها
		// ASML بمشاركة إنفيديا": the name on the left already invests in
		// this sentence's round; the participants join the same round
		for _, cd := range c.cands {
			if !cd.dropped && cd.rel == kg.InvestsIn && contains(a.ents, cd.src) && !contains(src.ents, cd.dst) {
				return arg{ents: []int{cd.dst}, coref: true}
			}
		}
		if !overlaps(a, src) && !r.ents[a.ents[0]].tag("investor") && r.ents[a.ents[0]].Kind == kg.Organization {
			r.sal.raiseTarget = a.ents[0]
			return a
		}
	}
	if t := r.sal.raiseTarget; t >= 0 && !contains(src.ents, t) {
		return arg{ents: []int{t}, coref: true}
	}
	return c.topicArg(h.pb, src)
}

// raiseDstOnly is the round's company without looking at the left.
func (c *sctx) raiseDstOnly(h hit, src arg) arg {
	if t := c.r.sal.raiseTarget; t >= 0 && !contains(src.ents, t) {
		return arg{ents: []int{t}, coref: true}
	}
	return c.topicArg(h.pb, src)
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func overlaps(a, b arg) bool {
	for _, x := range a.ents {
		if contains(b.ents, x) {
			return true
		}
	}
	return false
}
