package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/aikg/aikg/kg"
)

// Confidence. A relation's confidence starts from the strength of the
// pattern that found it and is lowered for every weaker step on the way:
//
//	explicit verb, both arguments in the clause      0.90
//	passive / title / "X-based" / lexical passive    0.85
//	nominal, agent noun, sale, maker, partnership     0.80
//	compute noun ("… capacity to X"), backing, raise  0.75
//	generic deal typed by the sentence               0.70
//	argument found by coreference (pronoun, "the company", topic)  × 0.75
//	argument is one member of a coordinated list      × 0.90
//	list extended over "including"/"تشمل"              × 0.90
//	pair recovered from "between X and Y"/"الطرفين"    × 0.80
//	evidence added to an earlier deal by "the deal"/"الصفقة"      0.60
const (
	confVerb    = 0.90
	confStrong  = 0.85
	confNoun    = 0.80
	confWeak    = 0.75
	confDeal    = 0.70
	confAnaDeal = 0.60
	mulCoref    = 0.75
	mulList     = 0.90
	mulExt      = 0.90
	mulPair     = 0.80
)

func decodeRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

// relCand is one relation found in one sentence.
type relCand struct {
	rel      kg.RelationType
	src, dst int
	conf     float64
	sent     int
	anchor   int
	fig      kg.Figures
	generic  bool // a "deal with" partnership, not stated as one
	dropped  bool
	explicit bool   // explicit partnership word
	form     string // the trigger as matched (its tense gives a default status)
	lead     bool   // a lead investor ("led by X", "قادتها X")
	round    bool   // an investor in a funding round: the round's status is its own
	// state: a standing relation stated without a deal event (membership
	// of a consortium, "backed by"): it carries no status
	state bool
	// split is 1 + the token where an elliptic second party's phrase
	// starts ("، ومع AMD على …"): the figures after it are its own
	split int
}

func (c *relCand) absorb(o *relCand) {
	if o.conf > c.conf {
		c.conf = o.conf
	}
	f, g := &c.fig, o.fig
	if f.Amount == nil && g.Amount != nil {
		f.Amount, f.Period = g.Amount, g.Period
	}
	if f.Capacity == nil {
		f.Capacity = g.Capacity
	}
	if f.Stake == nil {
		f.Stake = g.Stake
	}
	if f.Date == "" {
		f.Date = g.Date
	}
	if f.Status == "" {
		f.Status = g.Status
	}
}

// dealFrame is a deal between two parties that later sentences may refer
// to ("the deal", "الاتفاق") to add figures, a status or its type.
type dealFrame struct {
	a, b  int
	typ   kg.RelationType // "" while generic
	cands []*relCand
	sent  int
}

// salience is the discourse state coreference reads.
type salience struct {
	topic    int
	lastOrgs []int
	project  int
	startup  int
	counts   map[int]int
	lastDeal *dealFrame
	// raiseTarget is the company whose funding round the text is about,
	// roundAmount and roundStatus what the text said of that round.
	raiseTarget int
	roundAmount *kg.Money
	roundFor    int // the raiseTarget roundAmount was read for
	roundStatus kg.DealStatus
	// raiseSent is 1 + the sentence whose raise verb named raiseTarget
	// over an apposition (0: none).
	raiseSent int
	// raiseAt is 1 + the last sentence that named a round or changed
	// raiseTarget, raiseSeen 1 + the target then: a round is still what a
	// later "A also invested" is about only a few sentences on.
	raiseAt, raiseSeen int
	// person is the last person named (for "he"/"she"), or -1.
	person int
}

// group is a coordinated list of mentions ("Oracle, Microsoft and
// CoreWeave") or a single mention.
type group struct {
	ms       []int // indices into sctx.ms
	pb, ne   int32
	tlo, thi int
	pair     bool // from a pair anaphor ("the two companies")
	conj     bool // joined by "and"/"و"/"or" at least once
}

// arg is one resolved end of a relation.
type arg struct {
	ents  []int
	coref bool
	list  bool
	ext   bool
	pair  bool
	g     *group
}

func (a arg) ok() bool { return len(a.ents) > 0 }

type sctx struct {
	r          *run
	si         int
	s          sentence
	ms         []mention
	groups     []group
	grpAt      []int
	hits       []hit
	hasCompute bool
	hasInvest  bool
	cands      []*relCand
	anchors    []anchor
	makers     [][2]int // (maker, product) named by "the ChatGPT maker"
	figs       []figure
	pending    []figure // figures no trigger of the sentence took
	ownDeal    bool     // the sentence states a deal of its own
	trigMask   []bool   // tokens covered by a trigger word (built on first use)
	appos      []appos  // descriptive appositions (", AMD's biggest rival,")
	// descGap is 1 + the start of a definite description no organisation
	// fits ("the Saudi company" in an article about US firms), 0 if none:
	// the subject it stands for is unknown, not the article's topic.
	descGap int32
}

type anchor struct {
	tok      int
	lx       *lexeme
	cands    []*relCand
	definite bool
	h        hit
}

var stopFill = map[string]bool{
	"in": true, "into": true, "with": true, "to": true, "for": true, "from": true, "of": true, "by": true, "on": true, "at": true,
	"as": true, "and": true, "or": true, "that": true, "which": true, "who": true, "is": true, "was": true, "were": true, "has": true,
	"have": true, "had": true, "said": true, "will": true, "would": true, "after": true, "before": true, "while": true, "than": true,
	"في": true, "على": true, "علي": true, "مع": true, "من": true, "الى": true, "عن": true, "ل": true, "ب": true, "حول": true, "ضمن": true,
	"عبر": true, "بين": true, "التي": true, "الذي": true, "الذين": true, "و": true, "او": true, "ان": true, "انه": true, "انها": true, "قد": true,
	"لدى": true, "منذ": true, "حتى": true, "بعد": true, "قبل": true, "خلال": true, "عند": true, "بعدما": true, "كما": true, "اذ": true, "حيث": true,
}

func (c *sctx) tok(k int) string { return c.r.v.tok(k) }

// sentenceRelations runs the rules over one sentence.
func (r *run) sentenceRelations(si int) {
	s := r.v.sent[si]
	c := &sctx{r: r, si: si, s: s, ms: r.msBuf[:0], cands: r.bufs.cands[:0]}
	defer func() { r.msBuf, r.bufs.cands = c.ms[:0], c.cands[:0] }()
	lo, hi := r.sentLex[si][0], r.sentLex[si][1]
	c.hits = r.lex[lo:hi]
	// mentions of the sentence
	endByte := int32(len(r.v.norm))
	if s.thi < len(r.v.toks) {
		endByte = r.v.toks[s.thi].nb
	}
	startByte := r.v.toks[s.tlo].nb
	mi := sort.Search(len(r.ments), func(i int) bool { return r.ments[i].nb >= startByte })
	for ; mi < len(r.ments) && r.ments[mi].nb < endByte; mi++ {
		c.ms = append(c.ms, r.ments[mi])
	}
	c.resolveAnaphors()
	anyTrig := false
	for _, h := range c.hits {
		lx := &lexicon[h.lex]
		if lx.computeCue {
			c.hasCompute = true
			r.computeSeen++
		}
		if lx.investCue {
			c.hasInvest = true
		}
		if lx.fr != frNone || lx.shares || lx.offer || lx.deploy || lx.integrate || lx.incl && memberWords[r.v.norm[h.nb:h.ne]] {
			anyTrig = true
		}
	}
	if ld := r.sal.lastDeal; !anyTrig && c.hasCompute && ld != nil && ld.sent == si-1 && ld.typ == kg.PartnersWith {
		anyTrig = true // a power figure right after a partnership may size it (energyFollowUp)
	}
	if anyTrig {
		c.buildGroups()
		c.findAppositions()
		c.triggers()
		c.jointActs()
		c.memberships()
		c.leadCompanions()
		c.coFounders()
		c.deployedCompute()
		c.runOnCloud()
		c.integrations()
		c.possessiveProducts()
		c.readFigures()
		c.receivedShares()
		c.offersFrom()
		c.offerMadeBy()
		c.companyFoundedBy()
		c.typeDeals()
		c.deniedDeals()
		c.attachFigures()
		c.ellipticFigures()
		c.projectCapacity()
		c.stakeTypes()
		c.dealAnaphora()
		c.energyFollowUp()
		r.cands = append(r.cands, c.cands...)
	} else if c.productMentioned() {
		// "ahead of Apple's Safari and Microsoft's Edge": a product and
		// its maker need no trigger word
		c.buildGroups()
		c.possessiveProducts()
		r.cands = append(r.cands, c.cands...)
	}
	c.updateSalience()
}

// resolveAnaphors turns definite anaphors ("the company", "الشركة",
// "المشروع", "الطرفين") into mentions of the entity they refer to.
func (c *sctx) resolveAnaphors() {
	r := c.r
	var add []mention
	var covered int32 // end of the last anaphor: a shorter one inside it ("الشركة" of "الشركة الناشئة") is no second referent
	for _, h := range c.hits {
		lx := &lexicon[h.lex]
		if lx.anaph == anNone {
			continue
		}
		if h.nb < covered {
			continue
		}
		covered = h.ne
		pre := h.prefix(r.v.norm)
		form := r.v.norm[h.nb:h.core]
		ar := false
		if rr, _ := utf8.DecodeRuneInString(form); isArabicLetter(rr) {
			ar = true
		}
		if ar && !strings.HasPrefix(form, "ال") && !strings.Contains(pre, "ال") && !strings.HasSuffix(pre, "لل") && lx.anaph != anPair && lx.anaph != anDesc {
			continue // indefinite: a cue, not an anaphor (descriptions are definite by construct: "صانعة الرقائق")
		}
		if h.ne != h.core || lx.anaph != anDesc && c.insideDescription(h) {
			continue
		}
		t0, t1 := int(h.tb), int(h.te)+1
		// "الشركة الأمريكية OpenAI": a name follows or precedes: not an anaphor
		near := false
		for _, m := range c.ms {
			if !m.weak && ((m.tlo >= t1 && m.tlo <= t1+1 && !(m.tlo == t1+1 && (stopFill[c.tok(t1)] || c.verbAt(t1))) && !(ar && m.tlo == t1+1 && prepClitic(r.v.norm[m.pb:m.nb]))) || (m.thi <= t0 && m.thi >= t0-1 && !(m.thi == t0-1 && r.v.toks[m.thi].kind != tkPunct) && !(ar && c.verbRightBefore(m.tlo)))) {
				near = true // (not over a preposition or a verb: "تنضم X إلى المشروع", "X join the project")
			}
		}
		if near {
			continue
		}
		first := -1
		for _, m := range c.ms {
			if m.ne <= h.pb && r.ents[m.ent].Kind == kg.Organization && !m.coref {
				first = m.ent
				break
			}
		}
		mk := func(e int) mention {
			return mention{pb: h.pb, nb: h.nb, ne: h.ne, ent: e, coref: true, tlo: t0, thi: t1}
		}
		switch lx.anaph {
		case anOrg:
			// "the company" is the organisation the article is about;
			// after "buy"/"شراء" it is the target: the last startup named
			e := r.sal.mostSalient()
			if c.afterAcquisition(h.pb) {
				for _, m := range c.ms {
					if m.ne <= h.pb && r.ents[m.ent].Kind == kg.Organization && r.ents[m.ent].startup {
						e = m.ent
					}
				}
			}
			if e < 0 || first >= 0 && c.titleOfContrast(t0) || first >= 0 && c.saidThe(t0) {
				e = first
			}
			if t0-2 >= c.s.tlo && founderVerb[c.tok(t0-1)] {
				// "Tony Pialis, chief executive of Alphawave, who co-founded
				// the company": the company the founder's title named last
				for _, m := range c.ms {
					if m.ne <= h.pb && r.ents[m.ent].Kind == kg.Organization && !m.coref {
						e = m.ent
					}
				}
			}
			if e >= 0 {
				add = append(add, mk(e))
			}
		case anStartup:
			// the last startup named in this sentence, else the one the
			// article is about
			e := -1
			for _, m := range c.ms {
				if m.ne <= h.pb && r.ents[m.ent].Kind == kg.Organization && r.ents[m.ent].startup {
					e = m.ent
				}
			}
			if e < 0 {
				e = r.sal.startup
			}
			if e < 0 {
				e = r.sal.salientNonGiant(r)
			}
			if e < 0 {
				e = first
			}
			if e >= 0 {
				add = append(add, mk(e))
			}
		case anLatter:
			e := -1
			for _, m := range c.ms {
				if m.ne <= h.pb && r.ents[m.ent].Kind == kg.Organization {
					e = m.ent
				}
			}
			if e < 0 && len(r.sal.lastOrgs) > 0 {
				e = r.sal.lastOrgs[len(r.sal.lastOrgs)-1]
			}
			if e >= 0 {
				add = append(add, mk(e))
			}
		case anDesc:
			// the most recent organisation the description fits; none fits:
			// no referent rather than a wrong one
			if e := c.describedOrg(lx.desc, h.pb); e >= 0 {
				add = append(add, mk(e))
				// "The Abu Dhabi fund": the place only modifies the description
				out := c.ms[:0]
				for _, m := range c.ms {
					if !(m.nb >= h.nb && m.ne <= h.ne && r.ents[m.ent].Kind == kg.Place) {
						out = append(out, m)
					}
				}
				c.ms = out
			} else if c.descGap == 0 {
				c.descGap = h.nb + 1
			}
		case anProject:
			if r.sal.project >= 0 {
				add = append(add, mk(r.sal.project))
			}
		case anPair:
			if a, b := c.pairBefore(h.pb); a >= 0 {
				// "X claims its model beats Y's as the two companies
				// compete": the sentence has just named the pair
				m1, m2 := mk(a), mk(b)
				m1.pair, m2.pair = true, true
				add = append(add, m1, m2)
			} else if n := len(r.sal.lastOrgs); n >= 2 {
				a, b := r.sal.pairOf()
				if a >= 0 && b >= 0 {
					m1, m2 := mk(a), mk(b)
					m1.pair, m2.pair = true, true // two mentions over one word, grouped
					add = append(add, m1, m2)
				}
			}
		}
	}
	add = c.placeFunds(add)
	add = c.basedDescriptions(add)
	add = c.pronouns(add)
	// "the ChatGPT maker", "مطورة ChatGPT": the product's maker
	for _, h := range c.hits {
		if lexicon[h.lex].fr != frMaker {
			continue
		}
		t0 := int(h.tb)
		var prod *mention
		for i := range c.ms {
			m := &c.ms[i]
			if m.thi == t0 && r.ents[m.ent].Kind != kg.Person && r.ents[m.ent].gaz != nil && r.ents[m.ent].gaz.ownerIx >= 0 {
				prod = m
			}
		}
		if prod == nil || prod.tlo == 0 || r.v.tok(prod.tlo-1) != "the" {
			continue
		}
		t1 := int(h.te) + 1
		if t1 < len(r.v.toks) && r.mentionAt(t1) {
			continue // "ChatGPT maker OpenAI": the name follows
		}
		owner := r.gazEntity(r.ents[prod.ent].gaz.ownerIx)
		// (no guess: the product names its maker, so "It said it would
		// invest $30bn in the ChatGPT maker" keeps a party by name)
		add = append(add, mention{pb: prod.pb, nb: prod.nb, ne: h.ne, ent: owner, tlo: prod.tlo, thi: t1})
		c.makers = append(c.makers, [2]int{owner, prod.ent})
	}
	if len(add) > 0 {
		c.ms = append(c.ms, add...)
		slices.SortStableFunc(c.ms, func(a, b mention) int { return int(a.nb - b.nb) })
	}
}

// placeFunds: "the Abu Dhabi fund", "the Riyadh-based investor": a place
// naming a fund (English word order, the place between "the" and the fund
// noun) is no party; the description stands for the investor the text is
// about, as "the fund" does.
func (c *sctx) placeFunds(add []mention) []mention {
	r := c.r
	for i := 0; i < len(c.ms); i++ {
		m := c.ms[i]
		if r.ents[m.ent].Kind != kg.Place || m.tlo-1 < c.s.tlo || m.thi >= c.s.thi || c.tok(m.tlo-1) != "the" {
			continue
		}
		k := m.thi
		if c.tok(k) == "-" && k+1 < c.s.thi && c.tok(k+1) == "based" {
			k += 2
		}
		if k >= c.s.thi {
			continue
		}
		switch c.tok(k) {
		case "fund", "investor", "wealth", "sovereign", "state", "investment":
		default:
			continue
		}
		c.ms = append(c.ms[:i], c.ms[i+1:]...)
		i--
		if e := c.describedOrg("investor", m.pb); e >= 0 {
			add = append(add, mention{pb: m.pb, nb: m.nb, ne: m.ne, ent: e, coref: true, tlo: m.tlo, thi: k + 1})
		}
	}
	return add
}

// verbAt: an English trigger verb stands at token k ("The fund joined
// Anthropic's round": the name after the verb is its object, not the
// description's name).
func (c *sctx) verbAt(k int) bool {
	if c.r.v.toks[k].flags&tfLatin == 0 {
		return false
	}
	switch c.tok(k) {
	case "alongside", "along", "together", "including":
		return true // "invested in the company alongside Index Ventures"
	}
	for _, h := range c.hits {
		if int(h.tb) == k {
			if fr := lexicon[h.lex].fr; fr == frVerb || fr == frJoin || fr == frRaise && c.tok(k) != "round" && c.tok(k) != "funding" && c.tok(k) != "financing" {
				return true
			}
		}
	}
	return false
}

// founderVerb: English verbs whose object "the company" is the
// organisation its subject's title has just named ("X's chief executive
// Y co-founded the company").
var founderVerb = map[string]bool{"founded": true, "co-founded": true, "cofounded": true, "started": true, "runs": true, "ran": true,
	"leads": true, "chairs": true, "joined": true, "rejoined": true, "left": true}

// hwNoun: what a chip or cloud company's hardware is called next to
// its name ("Nvidia systems", "أنظمة إنفيديا", "رقائق AMD").
var hwNoun = map[string]bool{"systems": true, "system": true, "gpus": true, "chips": true, "servers": true, "racks": true,
	"accelerators": true, "processors": true, "hardware": true, "supercomputers": true, "tpus": true,
	"انظمة": true, "انظمه": true, "رقايق": true, "رقاقات": true, "شرايح": true, "معالجات": true, "خوادم": true, "مسرعات": true, "وحدات": true, "حواسيب": true}

// deployedCompute: "xAI deployed Nvidia systems", "Lambda buys its
// systems from Nvidia", "وتنشر هيوماين أنظمة إنفيديا", "ستنشر G42 رقائق
// AMD": the chip or cloud company whose hardware is put to use supplies
// the one using it.
func (c *sctx) deployedCompute() {
	r := c.r
	for _, h := range c.hits {
		if !lexicon[h.lex].deploy {
			continue
		}
		v0, v1 := int(h.tb), int(h.te)+1
		arabic := r.v.toks[v0].flags&tfArabic != 0
		if payForm[r.v.norm[h.nb:h.ne]] {
			c.paidForCompute(h, v0, v1, arabic)
			continue
		}
		if spendForm[r.v.norm[h.nb:h.ne]] {
			c.spentOnCompute(v0, v1)
			continue
		}
		if v1 < c.s.thi && c.tok(v1) == "of" {
			continue // "its use of Google Cloud's TPUs": a noun, its possessor names the supplier
		}
		var sup *group
		se := -1 // the supplier: one name of the group
		for k := v1; k < c.s.thi && k <= v1+6 && sup == nil; k++ {
			gi := c.grpAt[k-c.s.tlo]
			if gi < 0 {
				if w := c.tok(k); w == "," || w == "." || w == "and" || w == "و" {
					break
				}
				continue
			}
			g := &c.groups[gi]
			k = g.thi - 1
			if m := c.ms[g.ms[0]]; len(g.ms) == 1 && r.ents[m.ent].Kind == kg.Product && r.computeProduct(m.ent) && r.ents[m.ent].gaz.ownerIx >= 0 && r.v.norm[h.nb:h.ne] != "use" {
				// "access to up to one million Google TPUs": a chip or
				// cloud product is its maker's supply
				sup, se = g, r.gazEntity(r.ents[m.ent].gaz.ownerIx)
				if g.thi+1 < c.s.thi && c.tok(g.thi) == "from" {
					// "one million TPUs from Google Cloud": the seller named
					if f := c.R(g.thi+1, 0); f != nil && len(f.ms) == 1 && c.groupKind(f) == kOrg && !c.ms[f.ms[0]].coref {
						if e := r.ents[c.ms[f.ms[0]].ent]; e.tag("cloud") || e.tag("chips") {
							sup, se = f, c.ms[f.ms[0]].ent
						}
					}
				}
				break
			}
			first, last := c.ms[g.ms[0]], c.ms[g.ms[len(g.ms)-1]]
			hw := func(m mention) bool {
				e := r.ents[m.ent]
				return !m.coref && e.Kind == kg.Organization && (e.tag("chips") || e.tag("cloud"))
			}
			switch {
			case arabic && g.tlo-1 >= v1 && hwNoun[c.tok(g.tlo-1)] && hw(first):
				sup, se = g, first.ent // "أنظمة إنفيديا"
			case !arabic && g.thi < c.s.thi && (hwNoun[c.tok(g.thi)] || c.computeTok(g.thi)) && hw(last):
				sup, se = g, last.ent // "Nvidia systems"
			case !arabic && g.thi+2 < c.s.thi && c.tok(g.thi) == "'" && c.tok(g.thi+1) == "s" && hw(last) && (hwNoun[c.tok(g.thi+2)] || c.computeTok(g.thi+2) || c.computeProductAt(g.thi+2)):
				sup, se = g, last.ent // "Google Cloud's TPUs": the possessor, not the product's maker
			case !arabic && g.tlo-1 > v1 && c.tok(g.tlo-1) == "from" && (hwNoun[c.tok(g.tlo-2)] || c.computeTok(g.tlo-2) || c.computeObject(v1, g.tlo-1)) && hw(first):
				sup, se = g, first.ent // "buys its systems from Nvidia"
			case arabic && g.tlo-1 > v1 && c.tok(g.tlo-1) == "من" && (hwNoun[c.tok(g.tlo-2)] || c.computeTok(g.tlo-2) || c.computeObject(v1, g.tlo-1)) && hw(first):
				sup, se = g, first.ent // "ستنشر إنسكيل 200 ألف وحدة معالجة رسومية من إنفيديا"
			}
		}
		if sup == nil {
			continue
		}
		var cust *group
		if arabic {
			if g := c.R(v1, 0); g != nil && g != sup && c.groupKind(g) == kOrg {
				cust = g // VSO: "تنشر هيوماين أنظمة إنفيديا"
			}
		}
		if cust == nil {
			cust = c.Lxk(v0, 10, kOrg)
		}
		if cust == nil || cust == sup || contains(c.argOf(cust).ents, se) {
			continue
		}
		sa := arg{ents: []int{se}, g: sup}
		if sup.conj {
			// "أنظمة إنفيديا وAMD", "Nvidia and AMD chips": every maker
			sa.ents, sa.list = sa.ents[:0:0], true
			for _, mi := range sup.ms {
				if m := c.ms[mi]; !m.coref && (r.ents[m.ent].tag("chips") || r.ents[m.ent].tag("cloud")) && !contains(sa.ents, m.ent) {
					sa.ents = append(sa.ents, m.ent)
				}
			}
		}
		c.emit(kg.SuppliesCompute, sa, c.argOf(cust), confWeak, v0, nil)
		// "Nscale will deploy 200,000 Nvidia GPUs for Microsoft", "ستنشر
		// «إنسكيل» … لصالح مايكروسوفت": who deploys hardware for a client
		// supplies the client
		if f := c.P(sup.thi, []string{"for", "لصالح"}, 6); f != nil && f != cust && c.groupKind(f) == kOrg && !overlaps(c.argOf(f), c.argOf(cust)) && !overlaps(c.argOf(f), sa) {
			c.emit(kg.SuppliesCompute, c.argOf(cust), c.argOf(f), confWeak, v0, nil)
		}
	}
}

// productFrom: a product followed by who makes it: "Grok, the chatbot
// from xAI", "نموذج «جيميني» من تطوير غوغل" (من تطوير/إنتاج/صنع).
func (c *sctx) productFrom() {
	for i := range c.groups {
		p := &c.groups[i]
		if len(p.ms) != 1 || c.groupKind(p) != kProduct || c.ms[p.ms[0]].coref {
			continue
		}
		k := p.thi
		if k < c.s.thi && closeQuote(c.tok(k)) {
			k++
		}
		for k < c.s.thi && k <= p.thi+3 && (c.tok(k) == "(" || c.tok(k) == ")" || c.r.mentionAt(k) && c.grpAt[k-c.s.tlo] >= 0 && &c.groups[c.grpAt[k-c.s.tlo]] == p) {
			k++ // a gloss: «غروك» (Grok)
		}
		if k+3 < c.s.thi && productNoun[c.tok(k)] && c.tok(k+1) == "," {
			k++ // "the Grok chatbot, made by xAI"
		}
		if k+2 >= c.s.thi {
			continue
		}
		var o *group
		switch w := c.tok(k); {
		case w == "," && (c.tok(k+1) == "the" || c.tok(k+1) == "a" || c.tok(k+1) == "an"):
			// "Grok, the chatbot from xAI", "Sora, the video generator from
			// OpenAI": up to two modifiers before the head noun
			for j := k + 2; j+1 < c.s.thi && j <= k+4; j++ {
				if c.grpAt[j-c.s.tlo] >= 0 || c.tok(j) == "," {
					break
				}
				if (productNoun[c.tok(j)] || appositionNoun[c.tok(j)]) && (c.tok(j+1) == "from" || c.tok(j+1) == "by") {
					o = c.R(j+2, 0)
					break
				}
			}
		case productNoun[w] && (c.tok(k+1) == "from" || c.tok(k+1) == "by"):
			o = c.R(k+2, 0) // "the Gemini app from Google"
		case w == "," || w == "is" || w == "was" || w == "are":
			// "Gemini, which is made by Google", "Claude, made by Anthropic",
			// "Gemini is made by Google"
			for j := k; j+1 < c.s.thi && j <= k+4; j++ {
				if j == k && w == "," {
					continue
				}
				if c.tok(j) == "made" && c.tok(j+1) == "by" {
					o = c.R(j+2, 0)
					break
				}
				if t := c.tok(j); t != "which" && t != "that" && t != "is" && t != "are" && t != "was" {
					break
				}
			}
		case w == "من" && (c.tok(k+1) == "تطوير" || c.tok(k+1) == "انتاج" || c.tok(k+1) == "صنع" || c.tok(k+1) == "ابتكار"):
			o = c.R(k+2, 1) // "«جيميني» من تطوير غوغل"
		case w == "من" && p.tlo > c.s.tlo && (arProductNoun[c.tok(p.tlo-1)] || p.tlo-1 > c.s.tlo && (c.tok(p.tlo-1) == "«" || c.tok(p.tlo-1) == "\"") && arProductNoun[c.tok(p.tlo-2)]):
			o = c.R(k+1, 0) // "نموذج «جيميناي» من غوغل": a product noun, its name, its maker
		}
		if o != nil && c.groupKind(o) == kPerson && o.thi+2 < c.s.thi && c.tok(o.thi) == "'" && c.tok(o.thi+1) == "s" {
			o = c.R(o.thi+2, 0) // "made by Elon Musk's xAI"
		}
		if o != nil && len(o.ms) == 1 && c.groupKind(o) == kOrg {
			c.emit(kg.Operates, c.argOf(o), c.argOf(p), confNoun, p.tlo, nil)
		}
	}
}

// facilitySites: a project or facility followed by its place ("Colossus,
// its supercomputer in Memphis", "مجمع «بروميثيوس» في نيو ألباني", "the
// Stargate site in Abilene, Texas"): the first place named is its site.
func (c *sctx) facilitySites() {
	for i := range c.groups {
		p := &c.groups[i]
		if len(p.ms) != 1 || c.groupKind(p) != kProject || c.ms[p.ms[0]].coref {
			continue
		}
		k := p.thi
		if k < c.s.thi && closeQuote(c.tok(k)) {
			k++
		}
		if k+1 < c.s.thi && c.tok(k) == "," {
			// ", its supercomputer in", ", the campus in"
			w := c.tok(k + 1)
			if w != "its" && w != "the" && w != "a" && w != "an" {
				continue
			}
			if w == "its" && k+2 < c.s.thi && productNoun[c.tok(k+2)] {
				// "Colossus, its supercomputer": the sentence's company runs it
				if e := c.firstOrgBefore(c.r.v.toks[p.tlo].nb); e >= 0 {
					c.emit(kg.Operates, arg{ents: []int{e}, coref: true}, c.argOf(p), confWeak, p.tlo, nil)
				}
			}
			j := k + 2
			for j < c.s.thi && j <= k+5 && c.tok(j) != "in" && c.grpAt[j-c.s.tlo] < 0 && c.tok(j) != "," {
				j++
			}
			k = j
		}
		if k+1 >= c.s.thi || c.tok(k) != "in" && c.tok(k) != "في" {
			continue
		}
		k++
		if w := c.tok(k); (w == "مدينة" || w == "ولاية" || w == "منطقة") && k+1 < c.s.thi {
			k++
		}
		if gi := c.grpAt[k-c.s.tlo]; gi >= 0 {
			if g := &c.groups[gi]; c.groupKind(g) == kPlace && g.tlo == k {
				pl := arg{ents: []int{c.ms[g.ms[0]].ent}, g: g}
				c.emit(kg.LocatedIn, c.argOf(p), pl, confNoun, p.tlo, nil)
			}
		}
	}
}

// basedDescriptions: "The San Jose-based company competes with …": a
// definite "<place>-based company/startup" with no name after it stands for
// an organisation as "the company" does (the last one this sentence named,
// else the topic).
func (c *sctx) basedDescriptions(add []mention) []mention {
	r := c.r
	for _, h := range c.hits {
		if lexicon[h.lex].fr != frBasedAdj {
			continue
		}
		t1 := int(h.te) + 1
		if t1 >= c.s.thi || !headNouns[c.tok(t1)] || t1+1 < c.s.thi && r.mentionAt(t1+1) {
			continue
		}
		// the place before "-based" and "the" before it
		k := int(h.tb) - 1
		for k > c.s.tlo && r.mentionAt(k) && r.mentionAt(k-1) {
			k--
		}
		if k-1 < c.s.tlo || c.tok(k-1) != "the" {
			continue
		}
		if k-2 >= c.s.tlo && c.tok(k-2) == "," {
			continue // "Crusoe, the San Francisco-based builder": an apposition
		}
		e := -1
		for _, m := range c.ms {
			if m.ne <= r.v.toks[k-1].nb && r.ents[m.ent].Kind == kg.Organization && !m.coref {
				e = m.ent
			}
		}
		if e < 0 {
			e = c.topicAt(r.v.toks[k-1].nb, nil)
			// a chip giant or big-tech group named last is rarely the
			// "<city>-based company"; the one the article is about is
			if ms := r.sal.mostSalient(); e >= 0 && ms >= 0 && ms != e && (r.ents[e].tag("chips") || r.ents[e].tag("bigtech")) &&
				!r.ents[ms].tag("chips") && !r.ents[ms].tag("bigtech") {
				e = ms
			}
		}
		if e >= 0 {
			nb := r.v.toks[k-1].nb
			add = append(add, mention{pb: nb, nb: nb, ne: r.v.toks[t1].ne, ent: e, coref: true, tlo: k - 1, thi: t1 + 1})
		}
	}
	return add
}

// boardWords are the words between "يرأس" and the chair's name in "التي
// يرأس مجلس إدارتها صاحب السمو الملكي الأمير X" (folded).
var boardWords = map[string]bool{"مجلس": true, "ادارتها": true, "ادارته": true, "ادارة": true, "الادارة": true, "صاحب": true,
	"السمو": true, "سمو": true, "الملكي": true, "الامير": true, "الشيخ": true, "معالي": true, "فخامة": true}

// boardHolder reads "(X،) التي يرأس مجلس إدارتها (صاحب السمو) الأمير Y":
// the board's pronoun is X, the organisation before the verb; Y, after
// the board phrase and honorifics, chairs it.
func (c *sctx) boardHolder(h hit, trS, trE int, an *anchor) bool {
	k, pron := trE, false
	for k < c.s.thi && k < trE+8 && c.grpAt[k-c.s.tlo] < 0 {
		w := c.tok(k)
		if !boardWords[w] {
			break
		}
		if w == "ادارتها" || w == "ادارته" {
			pron = true
		}
		k++
	}
	if !pron || k >= c.s.thi || c.grpAt[k-c.s.tlo] < 0 {
		return false
	}
	p := &c.groups[c.grpAt[k-c.s.tlo]]
	if c.groupKind(p) != kPerson {
		return false
	}
	o := c.Lk(trS, 8, kOrg|kProject)
	if o == nil {
		return false
	}
	c.emit(kg.Leads, c.argOf(p), c.argOf(o), confVerb, trS, an)
	return true
}

// supplierGroup: every name of g is a chip or cloud company.
func (c *sctx) supplierGroup(g *group) bool {
	for _, mi := range g.ms {
		if e := c.r.ents[c.ms[mi].ent]; e.Kind != kg.Organization || !e.tag("chips") && !e.tag("cloud") {
			return false
		}
	}
	return true
}

// coFounders: "X co-founded the company with A and B", "set up Y with
// A", "أسسها X مع زميليه A وB": the companions of a founding found it too.
func (c *sctx) coFounders() {
	n := len(c.cands)
	for i := 0; i < n; i++ {
		cd := c.cands[i]
		if cd.dropped || cd.rel != kg.Leads || !foundingForm(cd.form) {
			continue
		}
		for k := cd.anchor + 1; k < c.s.thi && k <= cd.anchor+14; k++ {
			w := c.tok(k)
			if w == "." || w == ";" || w == "who" || w == "which" || w == "الذي" || w == "التي" {
				break
			}
			if w != "with" && w != "مع" {
				continue
			}
			// over a describing noun: "مع زميليه", "with fellow researchers"
			for j := k + 1; j < c.s.thi && j <= k+3; j++ {
				if gi := c.grpAt[j-c.s.tlo]; gi >= 0 {
					if g := &c.groups[gi]; c.groupKind(g) == kPerson {
						c.emit(kg.Leads, c.argOf(g), arg{ents: []int{cd.dst}}, confNoun, k, nil)
					}
					break
				}
			}
			break
		}
	}
}

func foundingForm(f string) bool {
	switch f {
	case "founded", "co-founded", "cofounded", "اسس", "اسست", "اسسها", "اسسه", "شارك في تاسيس", "شاركت في تاسيس":
		return true
	}
	return false
}

// productNoun: what a product or a facility is called in an apposition
// ("Google's flagship model", "xAI's supercomputer").
// appositionNoun: heads that, besides productNoun, describe a product or
// project in an apposition naming its maker ("Sora, the video generator from
// OpenAI", "Stargate, OpenAI's data center venture").
var appositionNoun = map[string]bool{"generator": true, "venture": true, "initiative": true, "chatbots": true, "assistants": true, "apps": true}

var productNoun = map[string]bool{"model": true, "models": true, "chatbot": true, "assistant": true, "platform": true, "app": true,
	"service": true, "browser": true, "supercomputer": true, "cluster": true, "agent": true, "editor": true, "product": true,
	"tool": true, "engine": true, "cloud": true, "campus": true, "project": true, "system": true}

// productMentioned: the sentence names a product or a project.
func (c *sctx) productMentioned() bool {
	for _, m := range c.ms {
		if k := c.r.ents[m.ent].Kind; k == kg.Product || k == kg.Project {
			return true
		}
	}
	return false
}

// titleOfContrast: "the company" at token t0 follows a title in a clause
// opened by فيما/بينما/في حين ("يرأس X مجلس إدارة MGX، فيما يشغل Y منصب
// الرئيس التنفيذي للشركة"): the clause continues the sentence's subject,
// the organisation its first clause named, not the article's topic.
func (c *sctx) titleOfContrast(t0 int) bool {
	title := false
	for _, h := range c.hits {
		if lexicon[h.lex].fr == frTitle && int(h.te)+1 == t0 {
			title = true
		}
	}
	if !title {
		return false
	}
	for k := t0 - 1; k > c.s.tlo && k >= t0-12; k-- {
		switch c.tok(k) {
		case "فيما", "بينما", "حين":
			return c.tok(k-1) == "," || c.tok(k-1) == "في"
		case ".", ";":
			return false
		}
	}
	return false
}

// relativeBetween: a relative clause opens between token a and a later
// token b ("partnership with Y, which …", "شراكة … والتي أسفرت", "بموجبها").
func (r *run) relativeBetween(a, b int) bool {
	for k := a + 1; k < b && k < len(r.v.toks); k++ {
		switch r.v.tok(k) {
		case "which", "whereby", "التي", "والتي", "الذي", "والذي", "بموجبها", "بموجبه", "وبموجبها", "وبموجبه":
			return true
		case ".":
			return false
		}
	}
	return false
}

// pairBefore is the pair a "the two companies" at pos refers to when the
// sentence names exactly two organisations before it (a product stands for
// its maker: "outperforms DeepSeek-V3"); -1, -1 otherwise.
func (c *sctx) pairBefore(pos int32) (int, int) {
	r := c.r
	a, b := -1, -1
	for _, m := range c.ms {
		if m.ne > pos || m.coref || m.weak {
			continue
		}
		e := m.ent
		en := r.ents[e]
		if en.Kind == kg.Product && en.gaz != nil && en.gaz.ownerIx >= 0 {
			e = r.gazEntity(en.gaz.ownerIx)
		} else if en.Kind != kg.Organization || en.tag("media") {
			continue
		}
		switch {
		case e == a || e == b:
		case a < 0:
			a = e
		case b < 0:
			b = e
		default:
			return -1, -1 // three or more: which two is not said
		}
	}
	if b < 0 {
		return -1, -1
	}
	return a, b
}

// verbRightBefore: an Arabic finite verb stands right before token k, so
// the name at k is its subject and a description after that name is the
// verb's object ("تزوّد إنفيديا الشركة السعودية بـ…"), not an apposition.
func (c *sctx) verbRightBefore(k int) bool {
	for _, h := range c.hits {
		if lexicon[h.lex].verb && int(h.te)+1 == k {
			return true
		}
	}
	return false
}

// insideDescription: h lies within a longer definite description of the
// sentence ("الشركة" of "الشركة السعودية"), which resolves it instead.
func (c *sctx) insideDescription(h hit) bool {
	for _, d := range c.hits {
		if lexicon[d.lex].anaph == anDesc && d.nb <= h.nb && h.ne <= d.ne && d.ne-d.nb > h.ne-h.nb {
			return true
		}
	}
	return false
}

// describedOrg is the organisation a definite description ("the Saudi
// company", "the chipmaker") refers to: the last one named before pos in
// this sentence, else the article's topic, else the most recent one
// named, whose gazetteer country or tag is desc; -1 when none is.
func (c *sctx) describedOrg(desc string, pos int32) int {
	r := c.r
	fits := func(e int) bool {
		en := r.ents[e]
		if en.Kind != kg.Organization || en.gaz == nil {
			return false
		}
		if len(desc) >= 2 && desc[0] >= 'A' && desc[0] <= 'Z' {
			if en.gaz.country != desc[:2] {
				return false
			}
			// "the Saudi company" is not the Saudi sovereign fund; "the
			// Japanese group" is SoftBank, an investor by trade but no fund
			if strings.HasSuffix(desc, " fund") {
				return en.gaz.has("investor")
			}
			return !isFund(en.gaz)
		}
		return en.gaz.has(desc)
	}
	for i := len(c.ms) - 1; i >= 0; i-- {
		if m := c.ms[i]; m.ne <= pos && !m.coref && fits(m.ent) {
			return m.ent
		}
	}
	// the article's topic first ("«هيوماين»، المملوكة لصندوق الاستثمارات
	// العامة … الشركة السعودية" is Humain, not its owner named after it)
	if t := r.sal.topic; t >= 0 && fits(t) {
		return t
	}
	for i := len(r.sal.lastOrgs) - 1; i >= 0; i-- {
		if e := r.sal.lastOrgs[i]; fits(e) {
			return e
		}
	}
	return -1
}

// isFund: the entity is a fund or an investment house (the gazetteer
// tags it "fund", or it is tagged only "investor" and its name says so:
// "Public Investment Fund", "Qatar Investment Authority", "X Capital"),
// which a company description ("the Qatari company") does not stand for.
func isFund(g *gazEntity) bool {
	if g.has("fund") {
		return true
	}
	if !g.has("investor") || len(g.tags) != 1 {
		return false
	}
	for _, w := range strings.Fields(g.Name) {
		switch strings.ToLower(w) {
		case "fund", "authority", "investment", "investments", "capital", "ventures", "partners", "management":
			return true
		}
	}
	return false
}

// mostSalient is the organisation mentioned most so far (the most recent
// on ties), or -1.
func (s *salience) mostSalient() int {
	best, bc := -1, 0
	for i := len(s.lastOrgs) - 1; i >= 0; i-- {
		e := s.lastOrgs[i]
		if s.counts[e] > bc {
			best, bc = e, s.counts[e]
		}
	}
	if best < 0 {
		return s.topic
	}
	return best
}

// afterAcquisition: an acquisition word stands right before pos ("شراء
// الشركة", "buy the company").
func (c *sctx) afterAcquisition(pos int32) bool {
	k := c.r.tokOf(pos)
	for _, h := range c.hits {
		if lexicon[h.lex].rel != kg.Acquires || h.ne > pos {
			continue
		}
		if e := int(h.te); k-e <= 2 && k > e {
			return true
		}
	}
	return false
}

// salientNonGiant is the most mentioned organisation that is not a big
// tech company, investor or compute supplier: what "the startup" means
// when the gazetteer does not say who is one.
func (s *salience) salientNonGiant(r *run) int {
	best, bc := -1, 0
	giant := func(en *entRec) bool {
		return en.tag("bigtech") || en.tag("investor") || en.tag("cloud") || en.tag("chips")
	}
	for i := len(s.lastOrgs) - 1; i >= 0; i-- {
		e := s.lastOrgs[i]
		if giant(r.ents[e]) {
			continue
		}
		if s.counts[e] > bc {
			best, bc = e, s.counts[e]
		}
	}
	if t := s.topic; t >= 0 && t != best && bc > 0 && s.counts[t] >= bc && r.ents[t].Kind == kg.Organization && !giant(r.ents[t]) {
		return t // on a tie the article's topic, not a customer named last
	}
	return best
}

// pairOf is the two organisations an article is about at this point: the
// topic and the most salient other one.
func (s *salience) pairOf() (int, int) {
	a := s.topic
	if a < 0 && len(s.lastOrgs) > 0 {
		a = s.lastOrgs[len(s.lastOrgs)-1]
	}
	b, bc := -1, -1
	for i := len(s.lastOrgs) - 1; i >= 0; i-- {
		e := s.lastOrgs[i]
		if e != a && s.counts[e] > bc {
			b, bc = e, s.counts[e]
		}
	}
	return a, b
}

func (c *sctx) updateSalience() {
	r := c.r
	sal := &r.sal
	if sal.counts == nil {
		sal.counts = map[int]int{}
	}
	topic := -1
	for _, cd := range c.cands {
		if !cd.dropped && cd.state && strings.HasPrefix(cd.form, "-") && r.ents[cd.dst].Kind == kg.Organization {
			topic = cd.dst // "the Nvidia-backed company": the company is the topic, not its backer
			break
		}
		if !cd.dropped && r.ents[cd.src].Kind == kg.Organization {
			topic = cd.src
			break
		}
	}
	for _, m := range c.ms {
		e := r.ents[m.ent]
		if e.tag("media") {
			continue
		}
		switch e.Kind {
		case kg.Organization:
			if topic < 0 && !c.ownerAdjAfter(m) && !c.objectMention(m) {
				topic = m.ent
			}
			if !m.coref && !m.weak {
				sal.counts[m.ent]++
			}
			// move to the end of lastOrgs
			for i, o := range sal.lastOrgs {
				if o == m.ent {
					sal.lastOrgs = append(sal.lastOrgs[:i], sal.lastOrgs[i+1:]...)
					break
				}
			}
			sal.lastOrgs = append(sal.lastOrgs, m.ent)
			if len(sal.lastOrgs) > 12 {
				sal.lastOrgs = append(sal.lastOrgs[:0], sal.lastOrgs[1:]...) // in place
			}
			if e.startup {
				sal.startup = m.ent
			}
		case kg.Project:
			// "أول توسع لمنصة «ستارغيت»": a project called a platform is
			// not what a later "المشروع"/"the project" refers to
			if !c.platformBefore(m) {
				sal.project = m.ent
			}
		case kg.Person:
			sal.person = m.ent
		}
	}
	if topic >= 0 {
		sal.topic = topic
	}
	if sal.raiseTarget >= 0 && (sal.raiseTarget+1 != sal.raiseSeen || c.raiseWordIn()) {
		sal.raiseAt, sal.raiseSeen = c.si+1, sal.raiseTarget+1
	} else if sal.raiseAt > 0 {
		// another deal between other companies (the next item of a
		// roundup) closes the round
		for _, cd := range c.cands {
			if !cd.dropped && cd.rel != kg.InvestsIn && statusTypes[cd.rel] && cd.src != sal.raiseTarget && cd.dst != sal.raiseTarget {
				sal.raiseAt = 0
				break
			}
		}
	}
}

// raiseWordIn: the sentence names a round or a raise ("raised $750m",
// "جمعت", "the round").
func (c *sctx) raiseWordIn() bool {
	for _, h := range c.hits {
		if lexicon[h.lex].fr == frRaise {
			return true
		}
	}
	return false
}

// objectMention: with no relation of its own, a sentence's topic is its
// first organisation that is not an object: not one governed by a
// preposition or a list word ("Its customers include Shopify and Stripe",
// "builds agents for Shopify"), and none at all when the sentence opens
// on the topic's own possessive ("Its …", "Their …").
func (c *sctx) objectMention(m mention) bool {
	// back over a coordinated list ("include Shopify, Block and Stripe")
	k := m.tlo - 1
walk:
	for k >= c.s.tlo {
		switch c.tok(k) {
		case "the", ",", "and":
			k--
			continue
		}
		for _, o := range c.ms {
			if o.thi-1 == k && o.tlo <= k {
				k = o.tlo - 1
				continue walk
			}
		}
		break
	}
	if k < c.s.tlo {
		return false
	}
	w := c.tok(k)
	if k == c.s.tlo && w != "include" && w != "includes" {
		return false // a fronted phrase: "For OpenAI, the deal …"
	}
	return w == "include" || w == "includes" || w == "including" || w == "among" || w == "as" && k-1 >= c.s.tlo && c.tok(k-1) == "such"
}

// sharedSubject: an Arabic investment verb opening a coordinated clause
// with no subject of its own ("…، كما استثمر في xAI", "…، واستثمرت
// أيضاً في …") shares the sentence's subject: its first party that no
// preposition governs, not the object named last. Nil otherwise.
func (c *sctx) sharedSubject(trS int, rel kg.RelationType) *group {
	if rel != kg.InvestsIn || trS-1 <= c.s.tlo {
		return nil
	}
	if p := c.tok(trS - 1); p != "كما" && p != "," && p != "،" {
		return nil
	}
	for i := range c.groups {
		g := &c.groups[i]
		if g.thi > trS {
			break
		}
		if c.groupKind(g)&srcKinds(rel) != 0 && !c.prepObject(g) {
			return g
		}
	}
	return nil
}

// orgOf is the first organisation among a's entities, or -1.
func (c *sctx) orgOf(a arg) int {
	for _, e := range a.ents {
		if c.r.ents[e].Kind == kg.Organization {
			return e
		}
	}
	return -1
}

// investsHere: one of a's entities already invests in this sentence ("ASML
// led the round"): the round a definite "the round" names is not its own.
func (c *sctx) investsHere(a arg) bool {
	for _, cd := range c.cands {
		if !cd.dropped && cd.rel == kg.InvestsIn && contains(a.ents, cd.src) {
			return true
		}
	}
	return false
}

// openRound is the company whose round the last few sentences have been
// about (no more than three sentences back, no other deal since), or -1:
// "Nvidia also invested", "وشاركت فيها إنفيديا" with no company of their
// own join that round.
func (c *sctx) openRound() int {
	sal := &c.r.sal
	if sal.raiseTarget < 0 || sal.raiseAt == 0 || c.si+1-sal.raiseAt > 3 {
		return -1
	}
	return sal.raiseTarget
}

// ownerAdjAfter: m is the owner in "the Nvidia-backed company",
// "SoftBank-owned Arm": a modifier of another organisation, never what
// the sentence is about, so it does not become the topic a following
// "It closed its acquisition of …" refers to.
func (c *sctx) ownerAdjAfter(m mention) bool {
	for _, h := range c.hits {
		if lexicon[h.lex].fr == frOwnerAdj && (h.pb == m.ne || h.nb == m.ne) {
			return true
		}
	}
	return false
}

// buildGroups joins mentions separated only by list connectors.
func (c *sctx) buildGroups() {
	r := c.r
	n := c.s.thi - c.s.tlo
	if cap(c.r.grpBuf) < n {
		c.r.grpBuf = make([]int, n+64)
	}
	c.grpAt = c.r.grpBuf[:n]
	for i := range c.grpAt {
		c.grpAt[i] = -1
	}
	idx := intsN(&r.bufs.grpIdx, len(c.ms)) // backing array of the groups' member lists
	for i := range idx {
		idx[i] = i
	}
	c.groups = slices.Grow(r.bufs.groups[:0], len(c.ms))
	defer func() { r.bufs.groups = c.groups[:0] }()
	for i := range c.ms {
		m := &c.ms[i]
		if len(c.groups) > 0 {
			g := &c.groups[len(c.groups)-1]
			last := c.ms[g.ms[len(g.ms)-1]]
			if last.pair && m.pair && last.pb == m.pb {
				g.ms = idx[g.ms[0] : i+1 : i+1]
				g.pair = true
				continue
			}
			if ok, conj := c.connected(last, *m); ok && (conj || !g.conj) {
				// a list ends at its conjunction: "A, B and C, OpenAI
				// said" does not take OpenAI in
				g.ms = idx[g.ms[0] : i+1 : i+1]
				g.ne, g.thi = m.ne, max(g.thi, m.thi)
				g.conj = g.conj || conj
				continue
			}
		}
		c.groups = append(c.groups, group{ms: idx[i : i+1 : i+1], pb: m.pb, ne: m.ne, tlo: m.tlo, thi: m.thi})
	}
	// names joined by commas alone are appositions ("Annapurna Labs,
	// Amazon's subsidiary"), not a list: a list has a conjunction
	needSplit := false
	for _, g := range c.groups {
		if len(g.ms) >= 2 && !g.conj && !g.pair {
			needSplit = true
		}
	}
	if needSplit {
		split := make([]group, 0, len(c.ms))
		for _, g := range c.groups {
			if len(g.ms) < 2 || g.conj || g.pair {
				split = append(split, g)
				continue
			}
			for _, mi := range g.ms {
				m := c.ms[mi]
				split = append(split, group{ms: idx[mi : mi+1 : mi+1], pb: m.pb, ne: m.ne, tlo: m.tlo, thi: m.thi})
			}
		}
		c.groups = split
	}
	for gi, g := range c.groups {
		for k := g.tlo; k < g.thi && k < c.s.thi; k++ {
			if k >= c.s.tlo {
				c.grpAt[k-c.s.tlo] = gi
			}
		}
	}
	_ = r
}

var connectors = map[string]bool{",": true, "و": true, "and": true, "&": true, "or": true, "او": true, "\"": true, "'": true, "شركة": true, "the": true, "plus": true, "as": true, "well": true}

func (c *sctx) connected(a, b mention) (bool, bool) {
	v := c.r.v
	if b.tlo < a.thi-1 {
		return false, false
	}
	if ka, kb := c.r.ents[a.ent].Kind, c.r.ents[b.ent].Kind; ka != kb {
		// investors are companies and people alike: "alongside Nvidia,
		// Reid Hoffman, Bill Gates and Eric Schmidt"
		if !(ka == kg.Organization && kb == kg.Person || ka == kg.Person && kb == kg.Organization) || !c.hasInvest {
			return false, false
		}
	}
	if a.ent == b.ent && b.tlo-a.thi <= 2 {
		return true, true // "الهيئة السعودية للبيانات … «سدايا»": one entity named twice
	}
	pre := v.norm[b.pb:b.nb]
	conj := strings.HasPrefix(pre, "و")
	conn := conj
	if pre != "" && !conn {
		return false, false
	}
	for k := a.thi; k < b.tlo; k++ {
		w := v.tok(k)
		if !connectors[w] {
			// "«بروسوس» العالمية وصندوق «واعد فنتشرز»": nationality
			// adjectives and cue nouns may stand between list members
			if cueConnector(w) {
				if strings.HasPrefix(w, "و") {
					conj, conn = true, true
				}
				continue
			}
			if v.toks[k].flags&tfArabic != 0 && strings.HasPrefix(w, "ال") && (strings.HasSuffix(w, "ية") || strings.HasSuffix(w, "ي")) && b.tlo-a.thi <= 4 {
				continue
			}
			return false, false
		}
		if w != "\"" && w != "'" {
			conn = true
		}
		if w == "and" || w == "و" || w == "or" || w == "او" || w == "&" {
			conj = true
		}
	}
	return conn && b.tlo-a.thi <= 4, conj
}

// cueConnector: a cue noun, possibly with "و", between list members.
func cueConnector(w string) bool {
	w = strings.TrimPrefix(w, "و")
	switch w {
	case "شركة", "صندوق", "مجموعة", "جهاز", "هيية", "شركتي", "وشركة":
		return true
	}
	return false
}

func (c *sctx) argOf(g *group) arg {
	a := arg{g: g, pair: g.pair}
	// groups are a handful of names: a linear check beats a map here
	// (argOf runs for every slot of every trigger)
	a.ents = c.r.bufs.ints(len(g.ms))
	for _, mi := range g.ms {
		m := c.ms[mi]
		if m.coref {
			a.coref = true
		}
		if mi == g.ms[len(g.ms)-1] && m.thi+1 < c.s.thi && c.tok(m.thi) == "'" {
			m.ent = c.possessedOrg(mi) // "backed by Nvidia and SoftBank's Vision Fund"
		}
		if !slices.Contains(a.ents, m.ent) {
			a.ents = append(a.ents, m.ent)
		}
	}
	a.list = len(a.ents) > 1
	return a
}

// possessedOrg: the list member at c.ms[mi] is the possessor of the
// organisation named right after it ("SoftBank's Vision Fund", "Amazon's
// AWS,"), which is then the party; else the member itself. The possessed
// name must end its phrase ("Microsoft's OpenAI stake" keeps Microsoft).
func (c *sctx) possessedOrg(mi int) int {
	m := c.ms[mi]
	if c.tok(m.thi+1) != "s" || mi+1 >= len(c.ms) {
		return m.ent
	}
	n := c.ms[mi+1]
	if n.tlo != m.thi+2 || n.coref || c.r.ents[n.ent].Kind != kg.Organization {
		return m.ent
	}
	if n.thi < c.s.thi {
		if w := c.tok(n.thi); c.r.v.toks[n.thi].kind != tkPunct && w != "and" && w != "or" {
			return m.ent
		}
	}
	return n.ent
}

// L is the nearest group ending before token t, within maxTok tokens.
func (c *sctx) L(t, maxTok int) *group { return c.Lk(t, maxTok, 0) }

// kind masks: which kinds of entity may fill a slot.
const (
	kOrg uint8 = 1 << iota
	kPerson
	kProject
	kProduct
	kPlace
)

func kindBit(k kg.EntityKind) uint8 {
	switch k {
	case kg.Organization:
		return kOrg
	case kg.Person:
		return kPerson
	case kg.Project:
		return kProject
	case kg.Product:
		return kProduct
	case kg.Place:
		return kPlace
	}
	return 0
}

// srcKinds and dstKinds are the kinds each end of a relation accepts
// (typeOK checks the same at the end); slot searches skip other names,
// so that "Cognition, the maker of the Devin agent, agreed to acquire X"
// finds Cognition, not Devin, as the buyer.
func srcKinds(t kg.RelationType) uint8 {
	switch t {
	case kg.InvestsIn, kg.Owns, kg.Acquires:
		return kOrg | kPerson // "Elon Musk bought Twitter"
	case kg.Leads:
		return kPerson
	case kg.CompetesWith:
		return kOrg | kProduct
	case kg.LocatedIn:
		return kOrg | kProject
	}
	return kOrg
}

func dstKinds(t kg.RelationType) uint8 {
	switch t {
	case kg.InvestsIn:
		return kOrg | kProject
	case kg.Acquires:
		return kOrg | kProduct
	case kg.SuppliesCompute, kg.Owns:
		return kOrg | kProject | kProduct
	case kg.Leads:
		return kOrg | kProject | kProduct
	case kg.Operates:
		return kProject | kProduct
	case kg.CompetesWith:
		return kOrg | kProduct
	case kg.LocatedIn:
		return kPlace
	}
	return kOrg
}

func (c *sctx) groupKind(g *group) uint8 { return kindBit(c.r.ents[c.ms[g.ms[0]].ent].Kind) }

// Lk is L restricted to groups whose kind is in mask (0: any). A weak
// name (a capitalised word without a cue) is taken only when no known or
// cued name fits in range.
func (c *sctx) Lk(t, maxTok int, mask uint8) *group {
	if g := c.lk(t, maxTok, mask, true); g != nil {
		return g
	}
	return c.lk(t, maxTok, mask, false)
}

func (c *sctx) lk(t, maxTok int, mask uint8, strong bool) *group {
	skip := 0
	for i := len(c.groups) - 1; i >= 0; i-- {
		g := &c.groups[i]
		if g.thi <= t {
			if t-g.thi-skip > maxTok {
				return nil
			}
			if n, ok := c.inAppos(g, t); ok {
				skip = max(skip, n)
				continue
			}
			if mask != 0 && c.groupKind(g)&mask == 0 {
				continue
			}
			if strong && c.weakGroup(g) {
				continue
			}
			return g
		}
	}
	return nil
}

// Ls is L for a subject: names governed by a preposition ("من إنفيديا",
// "from Nvidia", "لميتا") are objects, never subjects, and are skipped.
func (c *sctx) Ls(t, maxTok int, mask uint8) *group {
	skip := 0
	for i := len(c.groups) - 1; i >= 0; i-- {
		g := &c.groups[i]
		if g.thi > t {
			continue
		}
		if t-g.thi-skip > maxTok {
			return nil
		}
		if n, ok := c.inAppos(g, t); ok {
			skip = max(skip, n)
			continue
		}
		if mask != 0 && c.groupKind(g)&mask == 0 {
			continue
		}
		if c.prepObject(g) && !c.relAntecedent(g) {
			continue
		}
		return g
	}
	return nil
}

// relAntecedent: the group heads a relative clause ("for OpenAI, which
// already works with …"): it is that clause's subject even when a
// preposition governs it.
func (c *sctx) relAntecedent(g *group) bool {
	k := g.thi
	if k < c.s.thi && c.tok(k) == "," {
		k++
	}
	return k < c.s.thi && (c.tok(k) == "which" || c.tok(k) == "who" || c.tok(k) == "that" || c.tok(k) == "التي" || c.tok(k) == "الذي")
}

var prepPronoun = map[string]bool{"فيها": true, "فيه": true, "عليها": true, "عليه": true, "بها": true, "لها": true, "معها": true, "معه": true}

var subjPreps = map[string]bool{"من": true, "في": true, "مع": true, "علي": true, "عن": true, "الي": true, "ل": true, "ب": true,
	"from": true, "with": true, "of": true, "in": true, "to": true, "for": true, "at": true, "by": true, "into": true, "on": true}

// prepObject: the group is governed by a preposition (token or clitic).
func (c *sctx) prepObject(g *group) bool {
	m := c.ms[g.ms[0]]
	p := strings.TrimPrefix(strings.TrimPrefix(c.r.v.norm[m.pb:m.nb], "و"), "ف")
	if strings.HasPrefix(p, "ل") || strings.HasPrefix(p, "ب") {
		return true
	}
	k := g.tlo - 1
	for k >= c.s.tlo && (c.tok(k) == "\"" || c.tok(k) == "the" || cueConnector(c.tok(k))) {
		k--
	}
	if k >= c.s.tlo && c.r.v.toks[k].flags&tfArabic != 0 {
		// "التابعة لمجموعة G42", "بشركة إنفيديا": the preposition is on
		// the cue word before the name
		if w := c.tok(k); (strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "ب")) && orgCueWord[w[len("ل"):]] {
			return true
		}
	}
	return k >= c.s.tlo && subjPreps[c.tok(k)]
}

// R is the group starting within maxFill filler tokens after token t.
func (c *sctx) R(t, maxFill int) *group {
	fill := 0
	for k := t; k < c.s.thi; k++ {
		if gi := c.grpAt[k-c.s.tlo]; gi >= 0 {
			g := &c.groups[gi]
			if g.tlo < t {
				continue
			}
			// "Abu Dhabi's Mubadala": the possessor only modifies
			if g.thi+1 < c.s.thi && c.tok(g.thi) == "'" && c.tok(g.thi+1) == "s" {
				if g.thi+2 < c.s.thi {
					if nx := c.grpAt[g.thi+2-c.s.tlo]; nx >= 0 {
						return &c.groups[nx]
					}
				}
				if g.thi+2 < c.s.thi && c.computeTok(g.thi+2) {
					return nil // "to Nvidia's GPUs": the object is the thing possessed
				}
			}
			// "delivering Nvidia GB200 racks": a name used as a modifier
			// of a compute noun is not the object
			if g.thi < c.s.thi && c.r.v.toks[g.thi].flags&tfLatin != 0 {
				nx := g.thi
				if c.r.v.toks[nx].flags&tfAnyUpper != 0 && nx+1 < c.s.thi {
					nx++ // a model name: "GB200"
				}
				if c.computeTok(nx) || hardwareNoun[c.tok(nx)] {
					return nil
				}
			}
			// "serverless Postgres startup Neon": a weak capitalised word
			// before a cue noun and a real name
			if c.weakGroup(g) {
				for j := g.thi; j < c.s.thi && j <= g.thi+2; j++ {
					if w := c.tok(j); stopFill[w] || c.r.v.toks[j].kind == tkPunct {
						break // "of Splunk by Cisco": the weak name is the object
					}
					if nx := c.grpAt[j-c.s.tlo]; nx >= 0 && !c.weakGroup(&c.groups[nx]) {
						return &c.groups[nx]
					}
				}
			}
			return g
		}
		w := c.tok(k)
		tk := c.r.v.toks[k]
		if tk.kind == tkPunct {
			if w == "," && fill > 0 && k+1 < c.s.thi && cueNoun[c.tok(k-1)] && c.grpAt[k+1-c.s.tlo] >= 0 {
				continue // "launched its own browser, Comet"
			}
			if w != "\"" && w != "'" && w != "-" && w != "(" {
				return nil
			}
			continue
		}
		if tk.kind == tkNum || stopFill[w] || c.trigTok(k) {
			return nil
		}
		fill++
		if fill > maxFill {
			return nil
		}
	}
	return nil
}

// computeTok: a compute word covers token k.
func (c *sctx) computeTok(k int) bool {
	for _, h := range c.hits {
		if lexicon[h.lex].fr == frCompute && int(h.tb) <= k && k <= int(h.te) {
			return true
		}
	}
	return false
}

// trigTok: a trigger word covers token k ("buy any capacity CoreWeave
// cannot sell": "capacity" is not filler before a direct object).
func (c *sctx) trigTok(k int) bool {
	if c.trigMask == nil {
		c.trigMask = slices.Grow(c.r.bufs.mask[:0], c.s.thi-c.s.tlo)[:c.s.thi-c.s.tlo]
		clear(c.trigMask)
		c.r.bufs.mask = c.trigMask
		for _, h := range c.hits {
			if fr := lexicon[h.lex].fr; fr == frNone || fr == frTitle || fr == frAgent || fr == frMaker || fr == frCustomers {
				continue
			}
			for j := int(h.tb); j <= int(h.te) && j < c.s.thi; j++ {
				if j >= c.s.tlo {
					c.trigMask[j-c.s.tlo] = true
				}
			}
		}
	}
	return k >= c.s.tlo && k < c.s.thi && c.trigMask[k-c.s.tlo]
}

// weakGroup: every name in the group is a weak (cue-less capitalised)
// candidate.
func (c *sctx) weakGroup(g *group) bool {
	for _, mi := range g.ms {
		if !c.ms[mi].weak {
			return false
		}
	}
	return true
}

// prepClitic: the group's first mention carries the preposition as a
// proclitic ("لصندوق", "بمايكروسوفت").
func (c *sctx) prepClitic(g *group, preps []string) bool {
	m := c.ms[g.ms[0]]
	p := c.r.v.norm[m.pb:m.nb]
	p = strings.TrimPrefix(strings.TrimPrefix(p, "و"), "ف")
	if p == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(p)
	for _, x := range preps {
		if x == string(first) {
			return true
		}
	}
	return false
}

var lPrefixed = map[string]bool{"لشركة": true, "لصالح": true, "للشركة": true, "لمجموعة": true, "لصندوق": true, "لمنصة": true, "لمشروع": true, "لدى": false}

// P finds the group introduced by one of preps within window tokens
// after token t (groups met on the way are skipped).
func (c *sctx) P(t int, preps []string, window int) *group {
	hasL := false
	for _, p := range preps {
		if p == "ل" {
			hasL = true
		}
	}
	end := min(c.s.thi, t+window)
	for k := t; k < end; k++ {
		if gi := c.grpAt[k-c.s.tlo]; gi >= 0 {
			g := &c.groups[gi]
			if g.tlo >= t && c.prepClitic(g, preps) {
				return g
			}
			k = g.thi - 1
			end = min(c.s.thi, end+(g.thi-g.tlo))
			continue
		}
		w := c.tok(k)
		if w == "." || w == ";" {
			return nil
		}
		match := false
		for _, p := range preps {
			if w == p {
				match = true
				break
			}
		}
		if !match && hasL && lPrefixed[w] {
			match = true
		}
		if match && w == "من" && k+1 < c.s.thi && strings.HasPrefix(c.tok(k+1), "بين") {
			match = false // "من بينهم": a list of examples, not "from"
		}
		if match {
			if g := c.R(k+1, 3); g != nil {
				return g
			}
		}
	}
	return nil
}

// poss finds an English possessor before token t ("Microsoft's", "its").
func (c *sctx) poss(t int) (arg, bool) {
	if t-1 < c.s.tlo {
		return arg{}, false
	}
	w := c.tok(t - 1)
	if w == "its" || w == "their" {
		if e := c.topicAt(c.r.v.toks[t-1].nb, nil); e >= 0 {
			return arg{ents: []int{e}, coref: true}, true
		}
		return arg{}, false
	}
	if w == "s" && t-2 >= c.s.tlo && c.tok(t-2) == "'" {
		if g := c.L(t-2, 0); g != nil {
			return c.argOf(g), true
		}
	}
	return arg{}, false
}

// topicAt is the sentence's first organisation before pos, else the
// previous sentences' topic.
func (c *sctx) topicAt(pos int32, excl []int) int {
	r := c.r
	isEx := func(e int) bool {
		for _, x := range excl {
			if x == e {
				return true
			}
		}
		return false
	}
	lead := c.tok(c.s.tlo) == "its" && r.v.toks[c.s.tlo].nb < pos
	for _, m := range c.ms {
		if m.nb >= pos || lead {
			break
		}
		if c.subordinate(m) && m.pb == m.nb {
			continue // "after Microsoft said …, … its purchase": not the main subject
		}
		if r.ents[m.ent].Kind == kg.Organization && !isEx(m.ent) && !r.ents[m.ent].tag("media") {
			return m.ent
		}
	}
	if c.descGap > 0 && c.descGap-1 < pos {
		return -1
	}
	if t := r.sal.topic; t >= 0 && !isEx(t) {
		return t
	}
	return -1
}

// bareTitleOrg is the organisation a bare English title ("co-founder
// Daniel Gross") belongs to: the first one named before pos that does not
// itself modify another title ("The OpenAI co-founder said …" gives
// OpenAI to its own title); firstOrgBefore in Arabic.
func (c *sctx) bareTitleOrg(pos int32) int {
	for _, m := range c.ms {
		if m.nb >= pos {
			break
		}
		e := c.r.ents[m.ent]
		if e.Kind != kg.Organization || e.tag("media") || m.weak {
			continue
		}
		if c.r.v.toks[m.tlo].flags&tfArabic != 0 {
			return m.ent
		}
		if c.titleNoName(m.thi) {
			continue
		}
		return m.ent
	}
	return -1
}

// titleNoName: a title trigger starts at token k with no name after it
// ("The OpenAI co-founder said": a description of someone already named,
// whose organisation is not a later bare title's; "OpenAI chief executive
// Sam Altman and president Greg Brockman" share theirs).
func (c *sctx) titleNoName(k int) bool {
	for _, h := range c.hits {
		if int(h.tb) == k && lexicon[h.lex].fr == frTitle {
			e := int(h.te) + 1
			if e < c.s.thi && (c.tok(e) == "and" || c.tok(e) == "&" || c.tok(e) == "," || c.tok(e) == "/") {
				return false // "Anthropic co-founder and chief executive Dario Amodei"
			}
			return e >= c.s.thi || c.grpAt[e-c.s.tlo] < 0
		}
	}
	return false
}

// firstOrgBefore is the first organisation named in the sentence before
// pos, or -1.
func (c *sctx) firstOrgBefore(pos int32) int {
	for _, m := range c.ms {
		if m.nb >= pos {
			break
		}
		if e := c.r.ents[m.ent]; e.Kind == kg.Organization && !e.tag("media") && !m.weak {
			return m.ent
		}
	}
	return -1
}

func (c *sctx) topicArg(pos int32, excl arg) arg {
	if e := c.topicAt(pos, excl.ents); e >= 0 {
		return arg{ents: []int{e}, coref: true}
	}
	return arg{}
}

// pronounTail: an Arabic trigger carries a pronoun suffix (ـها ـه ـهم).
func pronounTail(s string) bool {
	return strings.HasSuffix(s, "ها") || strings.HasSuffix(s, "هم") || strings.HasSuffix(s, "هما") || strings.HasSuffix(s, "ه")
}

// possTitle: an Arabic title whose head noun carries the possessive
// pronoun ("رئيسها التنفيذي", "مديره العام", "مؤسسها"): the organisation
// is the pronoun's antecedent, not a name after the title.
func possTitle(form string) bool {
	if i := strings.IndexByte(form, ' '); i > 0 {
		form = form[:i]
	}
	return pronounTail(form)
}

// inclExtend extends a subject list over a list introducer before it:
// "Google joins a list including Oracle, Microsoft and CoreWeave".
func (c *sctx) inclExtend(g *group) (arg, bool) {
	a := c.argOf(g)
	cur := g
	extended := false
	for step := 0; step < 2; step++ {
		found := -1
		for _, h := range c.hits {
			if !lexicon[h.lex].incl {
				continue
			}
			ht := int(h.te)
			if ht < cur.tlo && cur.tlo-ht <= 3 {
				found = int(h.tb)
			}
		}
		if found < 0 {
			break
		}
		prev := c.L(found, 6)
		if prev == nil || prev == cur {
			break
		}
		for _, e := range c.argOf(prev).ents {
			a.ents = append(a.ents, e)
		}
		a.list, a.ext = true, true
		extended = true
		cur = prev
	}
	return a, extended
}

// emit records relations between every pair of src and dst entities.
func (c *sctx) emit(rel kg.RelationType, src, dst arg, base float64, at int, an *anchor) {
	if !src.ok() || !dst.ok() {
		return
	}
	if rel != kg.Leads && src.g != nil && len(src.ents) == 1 && at > src.g.thi && c.r.ents[src.ents[0]].Kind == kg.Person {
		// "أعلن جنسن هوانغ أن شركته ستستثمر": the subject is the
		// person's company, known only if the article said whom he leads
		for k := src.g.thi; k < at && k <= src.g.thi+3; k++ {
			if hisCompany[c.tok(k)] {
				e := c.r.ledBy(src.ents[0], c.cands)
				if e < 0 {
					return
				}
				src = arg{ents: []int{e}, coref: true}
				break
			}
		}
	}
	if rel == kg.Owns && len(dst.ents) == 1 && an != nil && an.lx.fr == frVerb {
		// "وتملكها المجموعة", "xAI owns Colossus": a company that has a
		// facility, a project or a product runs it (ownership is of
		// companies)
		if k := c.r.ents[dst.ents[0]].Kind; k == kg.Product || k == kg.Project {
			rel = kg.Operates
		}
	}
	if rel == kg.SuppliesCompute && len(src.ents) == 1 {
		// "18 ألف شريحة GB300 … للشركة السعودية": a chip supplied is
		// its maker's supply
		if en := c.r.ents[src.ents[0]]; en.Kind == kg.Product && c.r.computeProduct(src.ents[0]) && en.gaz.ownerIx >= 0 {
			src.ents = []int{c.r.gazEntity(en.gaz.ownerIx)}
			src.g = nil
		}
	}
	// "it had backed the startup's round, alongside Nvidia, Reid Hoffman
	// and Bill Gates": the names after "alongside" share the subject's role
	// (not a partnership: "a partner in the venture alongside Y" names
	// Y beside the subject, not as a party to its partnership)
	if end := argEnd(src, dst, rel); end >= 0 && (rel == kg.InvestsIn || rel == kg.SuppliesCompute || rel == kg.Operates) {
		for _, o := range c.hits {
			w := c.r.v.norm[o.nb:o.ne]
			if !(w == "alongside" || w == "along with" || w == "together with" || w == "ي جانب" || w == "فضلا عن") {
				continue
			}
			ot := int(o.tb)
			if ot < end || ot-end > 12 {
				continue
			}
			g := c.R(int(o.te)+1, 2)
			if g == nil {
				g = c.describedNext(int(o.te)+1, 3) // "فضلاً عن شركتي الرقائق إنفيديا وAMD"
			}
			if g != nil && g != src.g && g != dst.g {
				extra := c.argOf(g)
				extra.list = true
				if !overlaps(extra, src) && !overlaps(extra, dst) {
					k := c.groupKind(g)
					if k&srcKinds(rel) == 0 && k&dstKinds(rel) != 0 {
						c.emit(rel, src, extra, base*mulExt, at, an) // "launched X alongside Y"
					} else {
						c.emit(rel, extra, dst, base*mulExt, at, an)
					}
				}
			}
			break
		}
	}
	if src.coref && dst.coref && !(src.pair && dst.pair) {
		return // both ends guessed: too weak
	}
	if (src.pair || dst.pair) && !(rel.Symmetric() || an != nil && an.lx.fr == frDeal) {
		return // "the two companies" only ever says they deal with each other
	}
	conf := base
	if src.coref && !src.pair || dst.coref && !dst.pair {
		conf *= mulCoref
	}
	if src.pair || dst.pair {
		conf *= mulPair
	}
	for _, s := range src.ents {
		for _, d := range dst.ents {
			if s == d {
				continue
			}
			cf := conf
			if src.list || dst.list {
				cf *= mulList
			}
			if src.ext || dst.ext {
				cf *= mulExt
			}
			rc := c.r.bufs.newCand()
			*rc = relCand{rel: rel, src: s, dst: d, conf: cf, sent: c.si, anchor: at}
			if an != nil {
				// "backed by X", "X-backed": a standing relation, no deal event
				rc.state = an.lx.fr == frBacked || an.lx.fr == frOwnerAdj
				rc.form = c.r.v.norm[an.h.nb:an.h.ne]
				rc.lead = an.lx.rel == kg.Leads || an.lx.fr == frRaise && (strings.HasPrefix(rc.form, "led") || strings.HasPrefix(rc.form, "co-led")) ||
					an.lx.fr == frJoin && c.leadNear(int(an.h.te)) || an.lx.fr == frRaise && c.ledBy(src.g)
				rc.round = rc.lead || an.lx.fr == frRaise || an.lx.fr == frJoin || an.lx.fr == frAgent && an.lx.rel == kg.InvestsIn
			}
			if c.r.x.debug {
				c.r.x.log.Debug("emit", "sent", c.si, "rel", rel, "src", c.r.ents[s].ID, "dst", c.r.ents[d].ID, "conf", cf)
			}
			c.cands = append(c.cands, rc)
			if an != nil {
				an.cands = append(an.cands, rc)
			}
		}
	}
}
