package extract

// Figures and statuses: which amount, capacity, date and status a sentence gives to which relation.

import (
	"slices"
	"strings"

	"github.com/aikg/aikg/kg"
)

// takesFig: the relation can carry a figure of this kind; a standing
// relation stated as a modifier ("the Nvidia-backed company", "المدعومة
// من إنفيديا") carries no amount: the sentence's money is its deal's.
func takesFig(cd *relCand, kind uint8) bool {
	return accepts(cd.rel, kind) && !(cd.state && kind == fkAmount)
}

// statusTypes are the deal relations that carry a status and a date
// (ownership, roles, places and rivalries carry neither).
var statusTypes = map[kg.RelationType]bool{kg.InvestsIn: true, kg.Acquires: true, kg.SuppliesCompute: true, kg.PartnersWith: true}

// attachFigures gives each figure to the relation whose trigger governs
// it: the nearest trigger (a preceding one on ties); a valuation or an
// unattributed fund-raise absorbs it; a trigger whose relations cannot
// carry it lets the next one try.
func (c *sctx) readFigures() {
	r := c.r
	isEnt := func(k int) bool { return r.mentionAt(k) }
	stakeCue := func(lo, hi int) bool {
		for k := lo; k < hi; k++ {
			if t := c.tok(k); isStart(stakeWord, t) || ownVerb[t] {
				return true
			}
		}
		return false
	}
	var flagged []int
	for _, h := range c.hits {
		if lexicon[h.lex].figStart {
			flagged = append(flagged, int(h.tb))
		}
	}
	starts := func(k int) bool {
		for _, f := range flagged {
			if f == k {
				return true
			}
		}
		return false
	}
	c.figs = r.v.readFigures(c.s, r.ref, isEnt, stakeCue, starts)
}

func (c *sctx) attachFigures() {
	r := c.r
	figs := c.figs
	c.pending = c.pending[:0]
	// period markers
	for i := range figs {
		f := &figs[i]
		if f.kind != fkAmount {
			continue
		}
		for _, h := range c.hits {
			if !lexicon[h.lex].period {
				continue
			}
			ht := int(h.tb)
			if ht >= f.thi && ht <= f.thi+3 {
				f.yearly = true
			}
			if te := int(h.te); te < f.tlo && f.tlo-te <= 3 && !c.punctBetween(te, f.tlo) {
				f.yearly = true // "بقيمة سنوية تبلغ 30 مليار دولار", "pay Oracle annually about $30bn"
			}
		}
	}
	type ad struct {
		a *anchor
		d int
	}
	var orderBuf []ad // each figure's order, reused
	for i := range figs {
		f := &figs[i]
		if f.kind == fkDate {
			continue
		}
		if f.kind == fkAmount && c.ownShare(f) {
			continue // "SoftBank will provide $30bn of the $40bn": the investor's part of the round
		}
		if f.kind == fkAmount && c.investorOwnAmount(f) {
			continue // "led by ASML, which invested €1.3bn": the investor's own money over the round's size
		}
		if f.kind == fkAmount && c.paidAmount(f) {
			continue // "Apple is paying Google about $1bn a year to use Gemini"
		}
		if f.kind == fkAmount && c.priceFigure(f) {
			continue // "Google agreed to buy Wiz. The purchase price is $32bn"
		}
		if f.kind == fkAmount && c.contractRevenue(f) {
			continue // "a contract … expected to bring in more than $30bn in revenue a year": the contract's value
		}
		if f.kind == fkAmount && (c.valueNounAfter(f) || c.entitySize(f)) {
			continue // "adding $150bn to its market value", "the $900bn Public Investment Fund"
		}
		if f.kind == fkAmount && c.contractTotal(f) && c.totalToDeal(f) {
			continue // "lifting the total value of its agreements with Y to $22.4bn": the headline over the top-up
		}
		if f.kind == fkAmount && (c.valuationFigure(f) || c.heldStakeWorth(f)) {
			continue // "lifting its valuation after the round to $183bn"
		}
		if f.kind == fkAmount && c.sharesAmount(f) && !c.hasInvest {
			// "OpenAI will receive $350 million of CoreWeave stock",
			// "ستحصل على أسهم بقيمة 350 مليون دولار": shares handed over
			// inside a deal are not what the deal is worth
			continue
		}
		order := orderBuf[:0]
		for k := range c.anchors {
			a := &c.anchors[k]
			d := 0
			if a.tok == f.thi && a.lx.fr == frValue && c.tok(a.tok) == "worth" && a.tok+1 < c.s.thi && c.tok(a.tok+1) == "of" {
				continue // "$10bn worth of GPUs from Nvidia": the amount is what follows "of"
			}
			if a.tok >= f.thi && a.lx.fr == frValue && a.tok-f.thi <= 3 && a.tok > f.thi && (c.tok(f.thi) == "," || c.tok(a.tok-1) == ",") {
				continue // "for $14.3bn, valuing the startup at $29bn": the value clause after the comma is another figure's
			}
			if a.tok >= f.thi && c.commaRelBetween(f.thi, a.tok) {
				continue // "$20bn in cash, citing X of Disruptive, which led Groq's round": not that round's size
			}
			switch {
			case a.tok >= f.thi:
				// a trigger after the figure governs it only when it
				// follows at once ("a $3bn acquisition"); "مقابل 3
				// مليارات" belongs to the clause before it
				d = a.tok - f.thi + 1
				if d > 2 {
					d *= 2
				}
			case a.tok < f.tlo:
				d = f.tlo - a.tok
			}
			order = append(order, ad{a, d})
		}
		slices.SortStableFunc(order, func(x, y ad) int {
			if x.d != y.d {
				return x.d - y.d
			}
			return x.a.tok - y.a.tok
		})
		orderBuf = order
	next:
		for _, o := range order {
			a := o.a
			if a.lx.fr == frValue {
				// "in a deal valued at $4.9bn": the value is the deal's
				if d := c.dealBefore(a); d != nil && len(liveCands(d.cands)) == 0 && f.kind == fkAmount && c.modifierDeal(d) {
					if acc := c.modifiedCands(d, f); len(acc) > 0 {
						for _, cd := range acc {
							setFig(cd, f)
						}
						f.assigned = true
					}
				} else if d != nil && f.kind == fkAmount {
					// "X's contracts with Y are now worth about $22bn"
					var acc []*relCand
					for _, cd := range liveCands(d.cands) {
						// (a generic deal typed a partnership only for want
						// of a cue is still the contract the value states:
						// "the company's contract with Y, … worth $300bn")
						if takesFig(cd, f.kind) && (cd.rel != kg.PartnersWith || cd.generic || d.lx.fr == frSym) {
							acc = append(acc, cd)
						}
					}
					if len(liveCands(d.cands)) == 0 {
						// "signed a contract worth $11.9bn to provide AI
						// infrastructure to OpenAI": a deal without parties
						// of its own is the one its purpose clause states
						for _, cd := range liveCands(c.cands) {
							if cd.anchor > d.tok && statusTypes[cd.rel] && cd.rel != kg.PartnersWith && takesFig(cd, f.kind) {
								acc = append(acc, cd)
							}
						}
					}
					if len(acc) > 0 && samePair(acc) {
						for _, cd := range acc {
							setFig(cd, f)
						}
						f.assigned = true
					}
				}
				if !f.assigned && f.kind == fkAmount && c.acquisitionValue(a, f) {
					f.assigned = true // "The offer … values the company at £1.8bn": the price
				}
				if !f.assigned && companyValueForm(c.r.v.norm[a.h.nb:a.h.ne]) {
					f.company = true // "Nvidia's revenue rose to $30bn": no later "the deal"'s value
				}
				break
			}
			if a.lx.fr == frRaise && len(a.cands) == 0 {
				f.raise = true
				if a.definite && f.kind == fkAmount && r.sal.roundAmount != nil && r.sal.roundFor == r.sal.raiseTarget && len(c.cands) > 0 {
					continue // "ASML led the round with €1.3bn": the round's size is known, this is the investor's
				}
				// a round's size: it goes to the round's lead investors
				if f.kind == fkAmount && (r.sal.roundAmount == nil || r.sal.roundFor != r.sal.raiseTarget) {
					m := f.money
					r.sal.roundAmount = &m
					r.sal.roundFor = r.sal.raiseTarget
					st := c.statusNear(a.tok, 8)
					if st == "" {
						st = tenseStatus(r.v.norm[a.h.nb:a.h.ne])
					}
					for k := 0; st == "" && k < len(c.anchors); k++ {
						// "جمعت X 400 مليون دولار في جولة": the sentence's raise verb
						if o := &c.anchors[k]; o.lx.fr == frRaise {
							st = tenseStatus(r.v.norm[o.h.nb:o.h.ne])
						}
					}
					r.sal.roundStatus = st
				}
				break
			}
			live := liveCands(a.cands)
			if f.kind == fkAmount && a.lx.rel == kg.InvestsIn && f.tlo > a.tok && c.noCounterparty(live) {
				if acc := c.partnershipPurpose(a); len(acc) > 0 {
					// "a partnership with Humain to invest more than $5bn
					// in an AI zone", "شراكة مع «هيوماين» لاستثمار أكثر من
					// 5 مليارات دولار في …": what the partners will put in
					// is the partnership's value
					for _, cd := range acc {
						setFig(cd, f)
					}
					f.assigned = true
					break
				}
			}
			if len(live) == 0 && (c.descriptionBetween(a.tok, f.tlo) || c.inCoref(a.tok)) {
				// ("valuing the chip designer at £1.8bn": a description's
				// compute word names who, it governs no figure)
				continue // "شراء شركة X، المتخصصة في … وإطلاق …، مقابل 1.1 مليار": the price is the main clause's
			}
			if len(live) > 0 {
				var acc []*relCand
				for _, cd := range live {
					if takesFig(cd, f.kind) || (cd.rel == "" && f.kind != fkStake) {
						acc = append(acc, cd)
					}
				}
				if len(acc) == 0 {
					continue
				}
				if f.kind == fkAmount && a.lx.fr == frRaise && c.participantsOnly(a, acc) {
					// "raised $6bn from investors including Nvidia", "with
					// participation from Fidelity", "بمشاركة إنفيديا": a
					// round's participants get no part of its size
					f.raise = true
					break
				}
				if !samePair(acc) && f.kind == fkAmount {
					if po := c.pricedObject(acc, f); po != nil {
						acc = po // "agreed to buy Ampere for $6.5bn, and Oracle, …": the object the price follows
					}
				}
				if !samePair(acc) {
					// an aggregate over a list belongs to none alone, except
					// a round's size, which every lead investor gets
					if f.kind == fkAmount && allLeadsOf(acc) {
						for _, cd := range acc {
							setFig(cd, f)
						}
						m := f.money
						r.sal.roundAmount, r.sal.roundFor = &m, acc[0].dst
						f.assigned = true
					}
					break
				}
				for _, cd := range acc {
					setFig(cd, f)
				}
				if f.kind == fkAmount && allLeadsOf(acc) && acc[0].rel == kg.InvestsIn && r.sal.roundAmount == nil {
					// "a $2bn round led by X and co-led by Y and Z": the
					// co-leads get the round's size too
					m := f.money
					r.sal.roundAmount, r.sal.roundFor = &m, acc[0].dst
				}
				f.assigned = true
				break
			}
			// "… استحواذها على X في صفقة بلغت قيمتها 4.9 مليار دولار",
			// "… bought X in a deal valued at $4.9bn": the deal phrase
			// modifies the trigger right before it
			if a.lx.fr == frDeal && len(a.cands) == 0 && f.kind == fkAmount && c.modifierDeal(a) {
				if acc := c.modifiedCands(a, f); len(acc) > 0 {
					for _, cd := range acc {
						setFig(cd, f)
					}
					f.assigned = true
					break next
				}
			}
			// an unresolved trigger: its type's one relation in the
			// sentence (any deal's for "the contract"), or the deal a
			// later "the deal" points at
			if a.lx.rel != "" || a.lx.fr == frDeal {
				var same []*relCand
				for _, cd := range liveCands(c.cands) {
					if (cd.rel == a.lx.rel || a.lx.fr == frDeal && statusTypes[cd.rel]) && takesFig(cd, f.kind) {
						same = append(same, cd)
					}
				}
				if len(same) > 0 && samePair(same) {
					for _, cd := range same {
						setFig(cd, f)
					}
					f.assigned = true
					break next
				}
			}
			if (a.lx.fr == frVerb || a.lx.fr == frNoun) && len(live) == 0 && c.computeAfter(f) {
				continue // "to buy about $300bn of computing power from X"
			}
			if a.lx.fr == frCompute || a.lx.fr == frDeal || a.lx.fr == frNoun || a.lx.fr == frVerb || a.lx.fr == frAgent {
				break
			}
		}
		if !f.assigned {
			c.pending = append(c.pending, *f)
		}
	}
	// lead investors get the round's size
	for _, cd := range c.cands {
		if cd.lead && cd.rel == kg.InvestsIn && cd.fig.Amount == nil && r.sal.roundAmount != nil && !cd.dropped && (r.sal.roundFor < 0 || r.sal.roundFor == cd.dst) {
			m := *r.sal.roundAmount
			cd.fig.Amount, cd.fig.Period = &m, kg.Once
		}
	}
	// dates and statuses
	for _, cd := range c.cands {
		if !(statusTypes[cd.rel] && cd.rel != kg.Owns || cd.rel == "") {
			continue // roles, ownership, places and rivalries carry no date
		}
		best := -1
		for i := range figs {
			if figs[i].kind != fkDate {
				continue
			}
			d := abs(figs[i].tlo - cd.anchor)
			if best < 0 || d < abs(figs[best].tlo-cd.anchor) {
				best = i
			}
		}
		if best >= 0 {
			cd.fig.Date = figs[best].date
		}
		if cd.state {
			continue
		}
		if statusTypes[cd.rel] || cd.rel == "" {
			cd.fig.Status = c.statusNear(cd.anchor, 15)
			if cd.fig.Status == kg.Announced && tenseStatus(cd.form) == kg.Completed && c.reportedPast(cd.anchor) {
				// "announced it had raised", "أعلنت أنها جمعت": what is
				// announced is a deal done
				cd.fig.Status = kg.Completed
			}
			if cd.fig.Status == "" {
				cd.fig.Status = tenseStatus(cd.form)
				if cd.fig.Status == "" && cd.round {
					cd.fig.Status = c.r.sal.roundStatus
				}
			}
			if cd.fig.Status == "" {
				cd.fig.Status = c.clauseStatus(cd.anchor)
			}
			if cd.fig.Status == "" {
				cd.fig.Status = c.presentStatus(cd)
			}
			if cd.fig.Status == "" && cd.rel == kg.InvestsIn && cd.fig.Amount != nil && heldInvestment(cd.form) {
				// "المستثمر الأكبر … حيث تصل قيمة استثماراتها إلى 13
				// مليار", "its biggest backer with $13bn": a stated
				// background investment, which has happened
				cd.fig.Status = kg.Completed
			}
			if cd.round && cd.fig.Status != "" && c.r.sal.roundStatus == "" {
				c.r.sal.roundStatus = cd.fig.Status // the round's state, for its other investors
			}
		}
	}
}

// valuationFigure: the amount is what a valuation noun ("valuation",
// "تقييم") states, with nothing but funding words between them ("تقييم
// الشركة بعد التمويل إلى 183 مليار"): a company's worth, never a deal's
// or an investor's amount.
func (c *sctx) valuationFigure(f *figure) bool {
	for k := len(c.anchors) - 1; k >= 0; k-- {
		a := &c.anchors[k]
		if a.tok >= f.tlo {
			continue
		}
		if f.tlo-a.tok > 8 {
			return false
		}
		switch a.lx.fr {
		case frRaise:
			continue
		case frValue:
			form := c.r.v.norm[a.h.nb:a.h.ne]
			return strings.HasPrefix(form, "valuation") || strings.Contains(form, "تقييم")
		}
		return false
	}
	return false
}

func liveCands(cs []*relCand) []*relCand {
	var out []*relCand
	for _, c := range cs {
		if !c.dropped {
			out = append(out, c)
		}
	}
	return out
}

// leadNear: "شاركت في قيادتها", "took part in leading": a co-lead.
func (c *sctx) leadNear(t int) bool {
	for k := t + 1; k < c.s.thi && k <= t+3; k++ {
		if w := c.tok(k); strings.Contains(w, "قياد") || w == "leading" || w == "co-leading" {
			return true
		}
	}
	return false
}

// allLeadsOf: every candidate is a lead investor in one company.
func allLeadsOf(cs []*relCand) bool {
	for _, c := range cs {
		if !c.lead || c.rel != kg.InvestsIn || c.dst != cs[0].dst {
			return false
		}
	}
	return true
}

func samePair(cs []*relCand) bool {
	for _, c := range cs[1:] {
		if c.src != cs[0].src || c.dst != cs[0].dst {
			return false
		}
	}
	return true
}

func setFig(cd *relCand, f *figure) {
	switch f.kind {
	case fkAmount:
		m := f.money
		if cd.fig.Amount == nil {
			cd.fig.Amount = &m
			cd.fig.Period = kg.Once
			if f.yearly {
				cd.fig.Period = kg.Year
			}
		}
	case fkCapacity:
		q := f.qty
		// power wins over a count of chips when the sentence gives both
		if cd.fig.Capacity == nil || cd.fig.Capacity.Unit != "GW" && q.Unit == "GW" {
			cd.fig.Capacity = &q
		}
	case fkStake:
		s := f.stake
		if cd.fig.Stake == nil {
			cd.fig.Stake = &s
		}
	}
}

// statusNear is the status cue nearest to token t (within maxDist).
// A deal that collapsed or was dropped is BLOCKED whatever else the
// sentence says of it ("had been in talks, dropped out").
func (c *sctx) statusNear(t, maxDist int) kg.DealStatus {
	best, bd, bt := kg.DealStatus(""), maxDist+1, 0
	for _, h := range c.hits {
		st := lexicon[h.lex].status
		if st == "" {
			continue
		}
		d := abs(int(h.tb) - t)
		if st == kg.Blocked && (d <= 8 || d <= maxDist && c.negatedDeal(h)) {
			return kg.Blocked
		}
		if d < bd {
			best, bd, bt = st, d, int(h.tb)
		}
	}
	if best == kg.Agreed || best == kg.Completed {
		// "تقترب من إبرام اتفاق", "is close to signing": the agreement
		// is what the talks are nearing, not what happened
		for _, h := range c.hits {
			if lexicon[h.lex].status == kg.Talks && int(h.te) < bt && bt-int(h.te) <= 5 && !c.punctBetween(int(h.te), bt) {
				return kg.Talks // (over a VSO subject: "تقترب سامسونغ من إبرام")
			}
		}
	}
	if best == kg.Announced {
		// "أعلنت شركة X عن جمع …": the announced round has been raised,
		// for the investors the sentence names too
		for _, h := range c.hits {
			if k := int(h.tb); lexicon[h.lex].fr == frRaise && k > bt && k-bt <= 8 && c.announcedRaise(k) && c.reportedPast(k) {
				return kg.Completed
			}
		}
	}
	return best
}

// punctBetween: a comma or other punctuation stands between tokens a and b.
func (c *sctx) punctBetween(a, b int) bool {
	for k := a + 1; k < b && k < c.s.thi; k++ {
		if c.r.v.toks[k].kind == tkPunct {
			return true
		}
	}
	return false
}

// announceForms report a deal; what they report keeps its own tense.
var announceForms = map[string]bool{"announced": true, "announces": true, "announce": true, "unveiled": true, "unveils": true, "revealed": true,
	"اعلنت": true, "اعلن": true, "تعلن": true, "يعلن": true, "كشفت": true, "كشف": true}

// reportedPast: the announced-status cue nearest to the past-tense trigger
// at t is a reporting verb before it with no future or plan word ("will",
// "تعتزم") between them. In Arabic the trigger must be a finite verb of a
// that-clause ("أعلنت أنها جمعت"): a verbal noun right after the verb
// ("أعلنت ضخ 5 مليارات") is what was announced, not done.
func (c *sctx) reportedPast(t int) bool {
	rep := false
	for _, h := range c.hits {
		if lexicon[h.lex].status != kg.Announced || int(h.tb) >= t || t-int(h.tb) > 8 {
			continue
		}
		w := strings.TrimPrefix(strings.TrimPrefix(c.tok(int(h.tb)), "و"), "ف")
		if !announceForms[w] {
			return false // "will", "plans to", "تعتزم": not done yet
		}
		if c.r.v.toks[t].flags&tfArabic != 0 {
			that := false
			for k := int(h.te) + 1; k < t; k++ {
				switch c.tok(k) {
				case "ان", "انها", "انه", "انهما", "انهم", "بان", "بانها", "بانه":
					that = true
				}
			}
			if !that && !c.announcedRaise(t) {
				return false
			}
		}
		rep = true
	}
	return rep
}

// announcedRaise: the Arabic verbal noun at t is a raise an announce
// verb reports as done ("أعلنت شركة X عن جمع 400 مليون دولار",
// "أعلنت X جمع …"): a round announced is a round raised, unlike an
// announced investment ("أعلنت ضخ 5 مليارات"), which is a plan.
func (c *sctx) announcedRaise(t int) bool {
	if w := c.tok(t); w != "جمع" && w != "بجمع" {
		return false
	}
	for _, h := range c.hits {
		if lexicon[h.lex].fr == frRaise && int(h.tb) == t {
			return true
		}
	}
	return false
}

// negatedDeal: a status cue that ends talks with no deal ("لكنها لم
// تتوصل إلى اتفاق", "without reaching a deal"): it blocks the deal the
// sentence's talks are about however far from their trigger.
func (c *sctx) negatedDeal(h hit) bool {
	w := c.tok(int(h.tb))
	switch w {
	case "لم", "دون", "بدون", "without", "failed", "did", "didn't", "never", "no":
		return true
	}
	return w == "من" && int(h.tb)+1 < c.s.thi && c.tok(int(h.tb)+1) == "دون"
}

// clauseStatus is the status of the sentence-initial Arabic verb that
// governs a verbal noun through its preposition, however long the
// clause between them: "اتفقت «…»، التي تضم …، على الاستحواذ على X",
// "تسعى X، …، إلى الاستحواذ على Y".
func (c *sctx) clauseStatus(t int) kg.DealStatus {
	if t-1 <= c.s.tlo || t >= c.s.thi || c.r.v.toks[t].flags&tfArabic == 0 {
		return ""
	}
	if p := c.tok(t - 1); p != "علي" && p != "الي" {
		return ""
	}
	for _, h := range c.hits {
		if int(h.tb) > c.s.tlo+1 {
			break
		}
		if st := lexicon[h.lex].status; st != "" && st != kg.Blocked && int(h.tb) < t {
			return st
		}
	}
	return ""
}

// pastForms are trigger forms in the past tense: a deal stated that way
// has happened (COMPLETED) unless a nearer word says otherwise; future and
// intention forms make it ANNOUNCED.
var pastForms = map[string]kg.DealStatus{
	"invested": kg.Completed, "acquired": kg.Completed, "bought": kg.Completed, "purchased": kg.Completed, "raised": kg.Completed,
	"secured": kg.Completed, "received": kg.Completed, "جمع": kg.Completed, "got": kg.Completed, "obtained": kg.Completed,
	"حصلت": kg.Completed, "تلقت": kg.Completed, "عرض": kg.Talks, "ستحصل": kg.Announced, "سيحصل": kg.Announced, "ستتلقي": kg.Announced, "poured": kg.Completed, "injected": kg.Completed, "took over": kg.Completed, "closed": kg.Completed,
	"participated": kg.Completed, "joined": kg.Completed, "backed": kg.Completed, "took part": kg.Completed, "led": kg.Completed, "co-led": kg.Completed, "sold": kg.Completed,
	"استثمرت": kg.Completed, "استثمر": kg.Completed, "استثمروا": kg.Completed, "استحوذت": kg.Completed, "استحوذ": kg.Completed,
	"اشترت": kg.Completed, "اشتري": kg.Completed, "ضخت": kg.Completed, "ضخ": kg.Completed, "ضختا": kg.Completed, "ضخوا": kg.Completed,
	"جمعت": kg.Completed, "باعت": kg.Completed, "باع": kg.Completed, "قادتها": kg.Completed, "قادها": kg.Completed, "شاركت": kg.Completed,
	"قادت": kg.Completed, "قاد": kg.Completed, "ستقود": kg.Announced, "سيقود": kg.Announced,
	"ستنضم": kg.Announced, "سينضم": kg.Announced, "انضمت": kg.Completed, "انضم": kg.Completed, "انضمتا": kg.Completed,
	"ستستثمر": kg.Announced, "سيستثمر": kg.Announced, "ستستحوذ": kg.Announced, "سيستحوذ": kg.Announced, "ستضخ": kg.Announced,
	"سيضخ": kg.Announced, "ستشتري": kg.Announced, "سيشتري": kg.Announced, "ستوفر": kg.Announced, "سيوفر": kg.Announced, "ستزود": kg.Announced,
	// an offer or bid is not (yet) accepted
	"offer for": kg.Talks, "offers for": kg.Talks, "bid for": kg.Talks, "bids for": kg.Talks, "takeover bid for": kg.Talks,
	"takeover offer for": kg.Talks, "buyout offer for": kg.Talks, "tender offer for": kg.Talks,
}

func tenseStatus(form string) kg.DealStatus { return pastForms[form] }

// presentForms are English deal verbs in the present ("Microsoft is
// putting €15m into Mistral", "Nvidia invests $5bn in Intel"): a
// disclosed deal whose money is to flow, AGREED, when no nearer word says
// more. The -ing forms need "is"/"are" before them ("plans on investing"
// is no deal made).
var presentForms = map[string]bool{"invests": true, "buys": true, "acquires": true, "investing": true, "putting": true, "pumping": true,
	"injecting": true, "pouring": true, "buying": true, "acquiring": true}

func (c *sctx) presentStatus(cd *relCand) kg.DealStatus {
	if cd.rel != kg.InvestsIn && cd.rel != kg.Acquires || !presentForms[cd.form] || cd.state {
		return ""
	}
	if c.r.v.toks[cd.anchor].flags&tfArabic != 0 {
		return "" // (an Arabic present is as often a plan or a habit: "تستثمر الشركة في …")
	}
	if strings.HasSuffix(cd.form, "ing") {
		if k := cd.anchor - 1; k < c.s.tlo || c.tok(k) != "is" && c.tok(k) != "are" && !(c.tok(k) == "also" && k-1 >= c.s.tlo && (c.tok(k-1) == "is" || c.tok(k-1) == "are")) {
			return ""
		}
	}
	if k := cd.anchor - 1; k >= c.s.tlo && relPron[c.tok(k)] {
		return "" // "X, which invests in startups": what it does, not a deal
	}
	return kg.Agreed
}

// heldInvestment: the trigger form states an investment one holds (an
// investor noun, "investments"/"استثمارات"), not a deal being made.
func heldInvestment(form string) bool {
	for _, p := range []string{"investor", "backer", "shareholder", "investments", "مستثمر", "المستثمر", "مساهم", "المساهم", "استثمارات", "الاستثمارات"} {
		if strings.HasPrefix(form, p) {
			return true
		}
	}
	return false
}
