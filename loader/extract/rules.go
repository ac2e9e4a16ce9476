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
		if k+2 >= c.s.thi {
			continue
		}
		var o *group
		switch w := c.tok(k); {
		case w == "," && (c.tok(k+1) == "the" || c.tok(k+1) == "a") && k+3 < c.s.thi && productNoun[c.tok(k+2)] && (c.tok(k+3) == "from" || c.tok(k+3) == "by"):
			o = c.R(k+4, 0) // "Grok, the chatbot from xAI"
		case productNoun[w] && (c.tok(k+1) == "from" || c.tok(k+1) == "by"):
			o = c.R(k+2, 0) // "the Gemini app from Google"
		case w == ",":
			// "Gemini, which is made by Google", "Claude, made by Anthropic"
			for j := k + 1; j+1 < c.s.thi && j <= k+4; j++ {
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
			return !(en.gaz.has("investor") && len(en.gaz.tags) == 1 && fundName(en.Name))
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

// fundName: an investor's name says it is a fund or an investment house
// ("Public Investment Fund", "Qatar Investment Authority", "Mubadala
// Capital"), which a company description ("the Qatari company") does not
// stand for.
func fundName(name string) bool {
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "fund", "authority", "investment", "investments", "capital", "ventures", "partners", "management", "mubadala", "adq", "gic", "temasek", "mgx", "lunate":
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
					c.emit(kg.LocatedIn, c.argOf(rg), la, confStrong, trS, ap)
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
				if productNoun[c.tok(k)] {
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

// headNouns name the kind of company an "X-based" adjective or an
// anaphor describes.
var hardwareNoun = map[string]bool{"racks": true, "systems": true, "servers": true, "hardware": true, "gpus": true, "chips": true,
	"accelerators": true, "processors": true, "superchips": true, "clusters": true}

// cueNoun: common nouns an appositive name may follow ("its own
// browser, Comet").
var cueNoun = map[string]bool{"browser": true, "chatbot": true, "model": true, "platform": true, "assistant": true, "app": true,
	"startup": true, "company": true, "unit": true, "subsidiary": true, "supercomputer": true, "agent": true, "product": true, "service": true}

var modifiedNouns = map[string]bool{"design": true, "designs": true, "division": true, "unit": true, "business": true, "arm": true, "names": true,
	"stocks": true, "shares": true, "sector": true, "industry": true, "market": true, "companies": true, "firms": true, "players": true,
	"makers": true, "giants": true, "team": true, "revenue": true, "sales": true, "spending": true,
	"technology": true, "technologies": true, "know-how": true, "patents": true, "ip": true}

var headNouns = map[string]bool{"startup": true, "company": true, "firm": true, "lab": true, "group": true, "chipmaker": true, "developer": true,
	"builder": true, "designer": true, "manufacturer": true, "platform": true, "lender": true, "bank": true, "subsidiary": true,
	"maker": true, "giant": true, "provider": true, "operator": true, "unicorn": true, "fund": true, "investor": true, "neocloud": true}

// auxWord are the words between a subject's closing apposition comma and
// its verb ("…, has raised", "…, said on Tuesday it raised").
var auxWord = map[string]bool{"has": true, "have": true, "had": true, "is": true, "was": true, "will": true, "would": true,
	"also": true, "now": true, "just": true, "has now": true, "recently": true, "said": true, "it": true, "on": true, "today": true}

// overApposition is the subject of the verb at t when a comma-bounded
// apposition stands between them: in "Thinking Machines Lab, the startup
// founded by former OpenAI CTO Mira Murati, has raised $2bn" the company
// that raised is Thinking Machines Lab, not the nearer OpenAI. It returns
// nil when no such apposition is there.
func (c *sctx) overApposition(t int, mask uint8) *group {
	k := t - 1
	for k > c.s.tlo && t-k <= 3 && auxWord[c.tok(k)] {
		k--
	}
	if k <= c.s.tlo || c.tok(k) != "," {
		return nil
	}
	for j := k - 1; j > c.s.tlo && k-j <= 25; j-- {
		w := c.tok(j)
		if w == "." || w == ";" || w == ":" || w == "-" || w == "(" || w == ")" {
			return nil
		}
		if w != "," {
			continue
		}
		gi := c.grpAt[j-1-c.s.tlo]
		if gi < 0 {
			return nil
		}
		g := &c.groups[gi]
		if g.thi != j || len(g.ms) > 1 || c.groupKind(g)&mask == 0 {
			return nil
		}
		// the apposition must describe, not list: "the startup", "a unit",
		// "led by …", "backed by …"
		if n := c.tok(j + 1); n != "the" && n != "a" && n != "an" && n != "which" && n != "who" && !apposParticiples[n] {
			return nil
		}
		return g
	}
	return nil
}

// apposParticiples open a participial apposition after a name ("Perplexity,
// led by Aravind Srinivas and backed by Nvidia, competes with Google").
var apposParticiples = map[string]bool{"led": true, "backed": true, "founded": true, "co-founded": true, "owned": true, "run": true,
	"based": true, "headquartered": true, "valued": true, "known": true, "created": true, "funded": true, "controlled": true, "chaired": true}

var copula = map[string]bool{"are": true, "is": true, "were": true, "was": true, "remain": true, "remains": true, "became": true,
	"become": true, "becomes": true, "be": true}

// copulaBefore finds a copula before the predicate noun at t, over its
// determiner and modifiers ("are the initial equity funders", "is an early
// backer"); it returns the copula's token.
func (c *sctx) copulaBefore(t int) (int, bool) {
	for k := t - 1; k >= c.s.tlo && t-k <= 5; k-- {
		w := c.tok(k)
		if copula[w] {
			return k, true
		}
		tk := c.r.v.toks[k]
		if w == "the" || w == "a" || w == "an" || w == "its" || w == "their" ||
			tk.kind == tkWord && tk.flags&tfLatin != 0 && tk.flags&tfUpper == 0 && !stopFill[w] {
			if c.grpAt[k-c.s.tlo] >= 0 {
				return 0, false
			}
			continue
		}
		return 0, false
	}
	return 0, false
}

// namedAsPartners: the words between a list (ending at lo) and the
// partner noun at t make the list the noun's predicate subject with a
// modifier ("were named as key technology partners", "are the launch
// partners"), not two parties partnering each other.
func (c *sctx) namedAsPartners(lo, t int) bool {
	if t-lo > 8 || t-lo < 2 {
		return false
	}
	// "were named as partners", "are key technology partners": a naming
	// verb or a role word; a bare "is a partner" says nothing of which
	// venture
	pred, mods, role, named := false, 0, false, false
	for k := lo; k < t; k++ {
		w := c.tok(k)
		if partnerRoles[w] {
			role = true
		}
		switch {
		case w == "named" || w == "chosen" || w == "selected":
			pred, role, named = true, true, true
		case copula[w]:
			pred = true
		case w == "as" || w == "the" || w == "its" || w == "among":
		default:
			tk := c.r.v.toks[k]
			if !(tk.kind == tkWord && tk.flags&tfLatin != 0 && tk.flags&tfUpper == 0 && !stopFill[w]) {
				return false
			}
			if pred {
				mods++
			}
		}
	}
	return pred && (mods > 0 || named) && role
}

// ventureRole: "X and Y were selected as partners", "acting as the lead
// partners": the pair before a role of partner are a venture's partners,
// not each other's ("X and Y are partners", "longtime partners" are).
func (c *sctx) ventureRole(form string, lo, t int) bool {
	if !strings.HasPrefix(form, "partner") || t-lo > 8 {
		return false
	}
	for k := lo; k < t; k++ {
		if w := c.tok(k); partnerRoles[w] || w == "lead" || w == "named" || w == "chosen" || w == "selected" || w == "acting" || w == "serving" {
			return true
		}
	}
	return false
}

// partnerRoles are the roles a venture gives its partners ("key initial
// technology partners", "a founding partner").
var partnerRoles = map[string]bool{"technology": true, "tech": true, "key": true, "strategic": true, "founding": true, "initial": true,
	"launch": true, "equity": true, "industrial": true, "infrastructure": true, "development": true, "anchor": true}

// subjectSlot are the words after which an English pronoun is a clause's
// subject ("…: it had backed", "said he would", "and she founded").
var subjectSlot = map[string]bool{",": true, ":": true, ";": true, "and": true, "but": true, "said": true, "says": true, "that": true,
	"because": true, "after": true, "when": true, "as": true, "while": true, "where": true, "before": true, "since": true, "(": true}

// pronouns resolves subject pronouns: "he"/"she" to the last person named
// (in this sentence or before), "it" to the sentence's first organisation
// before it, else the article's topic. An antecedent in the same sentence
// counts as named ("Microsoft itself was no stranger to Inflection: it had
// backed the startup's round").
func (c *sctx) pronouns(add []mention) []mention {
	r := c.r
	if r.v.toks[c.s.tlo].flags&tfArabic != 0 {
		return add
	}
	// an earlier subject "it" of this sentence, resolved before any
	// organisation was named, is what a later coordinated "it" continues
	// ("it agreed to acquire Monolith AI, …, and in September it completed
	// its purchase of OpenPipe": both are the acquirer)
	prevIt, prevItAt := -1, int32(0)
	for k := c.s.tlo; k < c.s.thi; k++ {
		tk := r.v.toks[k]
		if tk.ne-tk.nb > 3 || tk.ne-tk.nb < 2 {
			continue
		}
		w := r.v.norm[tk.nb:tk.ne]
		if w != "it" && w != "he" && w != "she" {
			continue
		}
		if k > c.s.tlo && !subjectSlot[c.tok(k-1)] && !c.timeBefore(k) {
			continue
		}
		if k+1 < c.s.thi && (c.tok(k+1) == "'" || c.tok(k+1) == "is" && w == "it") {
			continue // "it's", "it is expected": not a party
		}
		e, same := -1, false
		lead := w == "it" && c.possPronounFirst(k)
		if sp := c.speakerBefore(k); w == "it" && sp >= 0 {
			e, same, lead = sp, true, true // "Microsoft said it would …"
		}
		for _, m := range c.ms {
			if m.ne > tk.nb || lead {
				break
			}
			if w == "it" && prevIt >= 0 && m.nb > prevItAt {
				e, same = prevIt, true
				break
			}
			ent := r.ents[m.ent]
			if false && c.subordinate(m) {
				continue // "after Microsoft said …, it completed": not the main subject
			}
			if w == "it" && ent.Kind == kg.Organization && !ent.tag("media") && !m.weak && !m.coref {
				e, same = m.ent, true
				break
			}
			if w != "it" && ent.Kind == kg.Person && !m.coref {
				e, same = m.ent, true // the last one before
			}
		}
		if e < 0 || lead && !same {
			if w == "it" {
				e = r.sal.topic
			} else {
				e = r.sal.person
			}
		}
		if e < 0 {
			continue
		}
		if w == "it" && prevIt < 0 && !c.orgBefore(tk.nb) {
			prevIt, prevItAt = e, tk.nb
		}
		add = append(add, mention{pb: tk.nb, nb: tk.nb, ne: tk.ne, ent: e, coref: !same, tlo: k, thi: k + 1})
	}
	return add
}

// orgBefore: an organisation is named in this sentence before pos.
func (c *sctx) orgBefore(pos int32) bool {
	for _, m := range c.ms {
		if m.ne <= pos && !m.coref && !m.weak && c.r.ents[m.ent].Kind == kg.Organization {
			return true
		}
	}
	return false
}

// argEnd is the token after the later of the two ends' groups, or -1 when
// the object was not named in the sentence (for a round, whose company is
// often the one the text is about, the subject's group will do).
func argEnd(src, dst arg, rel kg.RelationType) int {
	end := -1
	if src.g != nil && rel == kg.InvestsIn {
		end = src.g.thi
	}
	if dst.g != nil && dst.g.thi > end {
		end = dst.g.thi
	}
	return end
}

// describedNext is the group after at most max words of description
// (trigger words included: "شركتي الرقائق إنفيديا", "the chipmakers
// Nvidia and AMD"), with no punctuation or number between.
func (c *sctx) describedNext(t, max int) *group {
	for k := t; k < c.s.thi && k-t <= max; k++ {
		if gi := c.grpAt[k-c.s.tlo]; gi >= 0 {
			return &c.groups[gi]
		}
		if tk := c.r.v.toks[k]; tk.kind == tkPunct || tk.kind == tkNum {
			return nil
		}
	}
	return nil
}

// ownVerb are the verbs of holding whose percentage is a stake ("owns 27%
// of", "تمتلك 90% من"), and ownOf the prepositions that then name the
// company held.
var (
	ownVerb = map[string]bool{"own": true, "owns": true, "owned": true, "holds": true, "held": true, "controls": true,
		"تمتلك": true, "يمتلك": true, "تملك": true, "يملك": true, "وتمتلك": true, "ويمتلك": true, "وتملك": true, "ويملك": true}
	ownOf = []string{"of", "من"}
)

// stakeTypes applies the guideline's control line: holding a stated
// minority (below half) is INVESTS_IN with the stake, not OWNS.
func (c *sctx) stakeTypes() {
	for _, cd := range c.cands {
		if cd.rel == kg.Owns && cd.fig.Stake != nil && *cd.fig.Stake < 50 {
			cd.rel = kg.InvestsIn
		}
		if cd.rel == kg.InvestsIn && (cd.fig.Stake != nil && *cd.fig.Stake > 50 || c.controlStake(cd.anchor)) {
			cd.rel = kg.Owns // "a majority stake in Arm", "حصة الأغلبية في", "a 90% stake": control
			cd.fig.Amount, cd.fig.Status = nil, ""
		}
	}
}

// controlStake: a stake word at t is called a majority or controlling one
// ("majority stake", "controlling interest", "حصة الأغلبية", "حصة
// مسيطرة").
func (c *sctx) controlStake(t int) bool {
	if t < c.s.tlo || t >= c.s.thi {
		return false
	}
	w := c.tok(t)
	if w != "stake" && w != "interest" && !strings.HasPrefix(w, "حصة") {
		return false
	}
	for k := max(c.s.tlo, t-2); k < c.s.thi && k <= t+2; k++ {
		switch c.tok(k) {
		case "majority", "controlling", "الاغلبية", "اغلبية", "مسيطرة", "الاكبرية":
			return true
		}
	}
	return false
}

// customerAfterComputeProduct reads "رقائق بلاكويل إلى هيوماين" after a
// supply verb's subject ending at token k: a compute word, a chip or cloud
// product, then the customer after إلى/ل.
func (c *sctx) customerAfterComputeProduct(k int, rel kg.RelationType) *group {
	if rel != kg.SuppliesCompute || k >= c.s.thi || !c.computeTok(k) {
		return nil
	}
	for i := range c.groups {
		g := &c.groups[i]
		if g.tlo <= k || g.tlo > k+3 {
			continue
		}
		for _, mi := range g.ms {
			if !c.r.computeProduct(c.ms[mi].ent) {
				return nil
			}
		}
		if p := c.P(g.thi, []string{"الي", "ل", "لـ"}, 3); p != nil && c.groupKind(p)&kOrg != 0 && c.groupKind(p)&kProduct == 0 {
			return p
		}
		return nil
	}
	return nil
}

// computeProductAfter: a chip or cloud product is named within n tokens
// after token t, as a supply verb's object ("supply TPUs to Anthropic").
// A product named elsewhere in the sentence does not make it a compute one.
func (c *sctx) computeProductAfter(t, n int) bool {
	for _, m := range c.ms {
		if m.tlo >= t && m.tlo <= t+n && c.r.computeProduct(m.ent) {
			return true
		}
	}
	return false
}

// computeProduct: entity e is a chip or cloud product (TPU, Blackwell,
// Azure): tagged "chips"/"cloud" in the gazetteer, or made by a chipmaker
// that is not a conglomerate (Huawei also makes the Pangu models).
func (r *run) computeProduct(e int) bool {
	en := r.ents[e]
	if en.Kind != kg.Product || en.gaz == nil {
		return false
	}
	if en.gaz.has("chips") || en.gaz.has("cloud") {
		return true
	}
	if en.gaz.ownerIx < 0 {
		return false
	}
	o := r.x.ents[en.gaz.ownerIx]
	return o.has("chips") && !o.has("bigtech")
}

// chipProduct: the group is one product the gazetteer gives a maker (TPU,
// Trainium, Blackwell) and that is tagged or named as compute.
func (c *sctx) chipProduct(g *group) bool {
	if len(g.ms) != 1 {
		return false
	}
	e := c.r.ents[c.ms[g.ms[0]].ent]
	return e.Kind == kg.Product && e.gaz != nil && e.gaz.owner != "" && c.P(g.thi, pFrom, 1) != nil
}

// demonstrative: the word before tok is "this"/"that"/"هذه"/"هذا"/"تلك"/
// "ذلك" (or "these"/"those"/"هذين").
func (c *sctx) demonstrative(tok int) bool {
	if tok <= c.s.tlo {
		return false
	}
	switch c.tok(tok - 1) {
	case "this", "that", "these", "those", "هذه", "هذا", "تلك", "ذلك", "هاتين", "هذين":
		return true
	}
	return false
}

// revisionWords speak of changing the terms of a relation that already
// exists ("renegotiate", "مراجعة الشروط", "إعادة صياغة").
var revisionWords = map[string]bool{"review": true, "reviewing": true, "revise": true, "revising": true, "revision": true,
	"renegotiate": true, "renegotiating": true, "renegotiation": true, "amend": true, "amending": true, "restructure": true, "restructuring": true, "rework": true, "reworking": true,
	"مراجعة": true, "تعديل": true, "صياغة": true, "هيكلة": true, "تغيير": true}

// revisionNear: a revision word within dist tokens after tok.
func (c *sctx) revisionNear(tok, dist int) bool {
	for k := tok + 1; k < c.s.thi && k <= tok+dist; k++ {
		w := c.tok(k)
		if revisionWords[w] || revisionWords[strings.TrimPrefix(w, "و")] || revisionWords[strings.TrimPrefix(w, "ل")] || revisionWords[strings.TrimPrefix(w, "ال")] {
			return true
		}
	}
	return false
}

// sharesAmount: the amount is a parcel of shares ("$350 million of
// CoreWeave stock", "$2bn worth of its shares", "أسهم بقيمة 350 مليون
// دولار", "350 مليون دولار من أسهم X"); "$6.5bn in stock" is how a price
// is paid and stays the deal's.
func (c *sctx) sharesAmount(f *figure) bool {
	stockWord := func(w string) bool {
		switch w {
		case "stock", "shares", "equity", "stocks":
			return true
		}
		return false
	}
	k := f.thi
	if k < c.s.thi && c.tok(k) == "worth" {
		k++
	}
	if k < c.s.thi && c.tok(k) == "of" {
		for j := k + 1; j < c.s.thi && j <= k+4; j++ {
			if stockWord(c.tok(j)) {
				return true
			}
		}
	}
	if k < c.s.thi && c.tok(k) == "من" && k+1 < c.s.thi && strings.HasPrefix(c.tok(k+1), "اسهم") {
		return true
	}
	if b := f.tlo - 1; b > c.s.tlo && (c.tok(b) == "بقيمة" || c.tok(b) == "قيمتها") {
		for j := b - 1; j >= c.s.tlo && j >= b-2; j-- {
			w := strings.TrimPrefix(c.tok(j), "و")
			if strings.HasPrefix(w, "اسهم") || strings.HasPrefix(w, "الاسهم") {
				return true
			}
		}
	}
	return false
}

// supplyOnly are the supply verbs that, with a chip or cloud company as
// their subject, speak of compute without a compute word ("وتورّد إنفيديا
// للمشروع أحدث أنظمتها", "Nvidia will supply the venture with its newest
// systems"); "provide"/"تقدم" take money, support or services as well.
var supplyOnly = map[string]bool{}

func init() {
	for _, w := range []string{"supply", "supplies", "supplied", "supplying", "deliver", "delivers", "delivering",
		"تورد", "يورد", "ستورد", "سيورد", "توريد", "تزود", "يزود", "ستزود", "سيزود", "زودت", "زود"} {
		supplyOnly[foldString(w)] = true
	}
}

// supplierSubject: a supply verb whose subject is a chip or cloud company
// (the name right after an Arabic verb, right before an English one).
func (c *sctx) supplierSubject(form string, trS, trE int, arabic bool) bool {
	if !supplyOnly[form] {
		return false
	}
	var g *group
	if arabic {
		g = c.R(trE, 0)
	} else {
		g = c.L(trS, 2)
	}
	if g == nil || c.groupKind(g) != kOrg || c.weakGroup(g) {
		return false
	}
	e := c.r.ents[c.ms[g.ms[0]].ent]
	return e.tag("chips") || e.tag("cloud")
}

// hostCloud reads "X runs its apps on Y's cloud": a cloud product or
// cloud company named right before the compute word and after "on"/"على"
// ("ستشغّل G42 تطبيقاتها على منصة Azure السحابية", "trains its models on
// the Azure cloud", "on Oracle Cloud Infrastructure") supplies the
// clause's subject; a product is supplied by its maker.
func (c *sctx) hostCloud(trS int, an *anchor) bool {
	r := c.r
	var m *mention
	for i := range c.ms {
		if mm := &c.ms[i]; !mm.coref && (mm.thi == trS || mm.thi == trS-1 && c.tok(trS-1) == "\"") {
			m = mm
		}
	}
	if m == nil {
		return false
	}
	sup := -1
	e := r.ents[m.ent]
	switch {
	case e.Kind == kg.Product && e.gaz != nil && e.gaz.ownerIx >= 0 && r.computeProduct(m.ent):
		sup = r.gazEntity(e.gaz.ownerIx)
	case e.Kind == kg.Organization && e.tag("cloud"):
		sup = m.ent
	default:
		return false
	}
	on := false
	for k := m.tlo - 1; k >= c.s.tlo && k >= m.tlo-3; k-- {
		w := c.tok(k)
		if w == "on" || w == "onto" || w == "على" || w == "علي" {
			on = true
			break
		}
		if w != "the" && w != "its" && w != "منصة" && w != "سحابة" && w != "\"" && w != "platform" {
			break
		}
	}
	if !on {
		return false
	}
	cust := c.firstOrgBefore(m.pb)
	if cust < 0 || cust == sup || r.ents[cust].ID == r.ents[sup].ID {
		return false
	}
	c.emit(kg.SuppliesCompute, arg{ents: []int{sup}}, arg{ents: []int{cust}}, confWeak, trS, an)
	return true
}

// toAfter: "to" follows within the clause after token k ("sell Claude
// models to its customers": a reseller, not the maker).
func (c *sctx) toAfter(k int) bool {
	for end := k + 6; k < c.s.thi && k < end; k++ {
		switch c.tok(k) {
		case "to":
			return true
		case ",", ";", ".", "and":
			return false
		}
	}
	return false
}

// arProductNoun: Arabic words that introduce a product's name ("نموذج
// «جيميناي»", "مساعد «كوبايلوت»", "روبوت الدردشة «غروك»").
var arProductNoun = map[string]bool{"نموذج": true, "النموذج": true, "نماذج": true, "تطبيق": true, "التطبيق": true, "مساعد": true,
	"المساعد": true, "منصة": true, "المنصة": true, "الدردشة": true, "المحادثة": true, "متصفح": true}

// facilityAfterDescriptor: for an OPERATES verb, the project or product
// named right after compute words that describe it ("الحاسوب الفائق
// «كولوسوس»", "the supercomputer Colossus"); the compute words themselves
// are triggers, so R would stop at them.
func (c *sctx) facilityAfterDescriptor(k int, rel kg.RelationType) *group {
	if rel != kg.Operates || k >= c.s.thi || !c.computeTok(k) {
		return nil
	}
	j := k
	for j < c.s.thi && j < k+3 && c.computeTok(j) {
		j++
	}
	if j < c.s.thi && (c.tok(j) == "«" || c.tok(j) == "\"" || c.tok(j) == "“") {
		j++
	}
	if j >= c.s.thi {
		return nil
	}
	if gi := c.grpAt[j-c.s.tlo]; gi >= 0 {
		if g := &c.groups[gi]; g.tlo == j && len(g.ms) == 1 && c.groupKind(g)&(kProject|kProduct) != 0 {
			return g
		}
	}
	return nil
}

// runForm: verbs of running software ("G42 will run its apps on Azure",
// "ستشغّل G42 تطبيقاتها على منصة أزور").
var runForm = map[string]bool{"run": true, "runs": true, "running": true, "train": true, "trains": true, "training": true,
	"تشغل": true, "يشغل": true, "ستشغل": true, "سيشغل": true, "تشغيل": true, "لتشغيل": true, "بتشغيل": true,
	"تدرب": true, "يدرب": true, "ستدرب": true, "تدريب": true, "لتدريب": true}

// runOnCloud: software run or trained "on"/"على" a cloud company or a
// cloud product: its provider supplies the one running it.
func (c *sctx) runOnCloud() {
	r := c.r
	for k := c.s.tlo; k < c.s.thi; k++ {
		if !runForm[c.tok(k)] {
			continue
		}
		arabic := r.v.toks[k].flags&tfArabic != 0
		for j := k + 1; j < c.s.thi && j <= k+8; j++ {
			w := c.tok(j)
			if w == "." || w == "," || w == ";" {
				break
			}
			if w != "on" && w != "على" && w != "علي" {
				continue
			}
			p := j + 1
			for p < c.s.thi && p <= j+3 && (c.tok(p) == "the" || c.tok(p) == "its" || c.tok(p) == "منصة" || c.tok(p) == "سحابة" || c.tok(p) == "\"") {
				p++
			}
			if p >= c.s.thi || c.grpAt[p-c.s.tlo] < 0 {
				break
			}
			g := &c.groups[c.grpAt[p-c.s.tlo]]
			if len(g.ms) != 1 || c.ms[g.ms[0]].coref {
				break
			}
			me := c.ms[g.ms[0]].ent
			e := r.ents[me]
			sup := -1
			switch {
			case e.Kind == kg.Product && e.gaz != nil && e.gaz.ownerIx >= 0 && r.computeProduct(me):
				sup = r.gazEntity(e.gaz.ownerIx)
			case e.Kind == kg.Organization && e.tag("cloud"):
				sup = me
			}
			if sup < 0 {
				break
			}
			var cust *group
			if arabic {
				if s := c.R(k+1, 0); s != nil && s.tlo < j && c.groupKind(s) == kOrg {
					cust = s // VSO: "ستشغّل G42 تطبيقاتها"
				}
			}
			if cust == nil {
				cust = c.Lxk(k, 10, kOrg)
			}
			if cust != nil && !contains(c.argOf(cust).ents, sup) && r.ents[c.argOf(cust).ents[0]].ID != r.ents[sup].ID {
				c.emit(kg.SuppliesCompute, arg{ents: []int{sup}}, c.argOf(cust), confWeak, k, nil)
			}
			break
		}
	}
}

// computeObject: the words from v1 up to end (a deploy or buy verb's
// object, before "from"/"من") start with a compute word, then only an
// amount or its words ("رقائق بقيمة 10 مليارات دولار من AMD", "chips worth
// $10bn from AMD").
func (c *sctx) computeObject(v1, end int) bool {
	k := v1
	if k < end && c.grpAt[k-c.s.tlo] >= 0 {
		k = c.groups[c.grpAt[k-c.s.tlo]].thi // VSO: the subject first
	}
	if k >= end || !(c.computeTok(k) || hwNoun[c.tok(k)]) {
		return false
	}
	for k++; k < end; k++ {
		if w := c.tok(k); w == "," || w == "." || w == "and" || w == "و" || c.grpAt[k-c.s.tlo] >= 0 {
			return false
		}
	}
	return end-v1 <= 10
}

// customersOfSupplier: the company whose customers a customer noun at
// trS..trE names ("CoreWeave's largest customers", "the biggest customer
// of Nebius", "أكبر عملاء «نيبيوس»") sells chips or cloud capacity, so
// the sentence needs no compute word of its own.
func (c *sctx) customersOfSupplier(trS, trE int, arabic bool) bool {
	var g *group
	switch {
	case trS-2 >= c.s.tlo && c.tok(trS-1) == "s" && c.tok(trS-2) == "'":
		g = c.L(trS-2, 0)
	case trS-3 >= c.s.tlo && c.tok(trS-2) == "s" && c.tok(trS-3) == "'":
		g = c.L(trS-3, 0) // "CoreWeave's largest customers"
	case !arabic && trE+1 < c.s.thi && c.tok(trE) == "of":
		g = c.R(trE+1, 0)
	case arabic:
		g = c.R(trE, 0)
	}
	if g == nil || len(g.ms) != 1 || c.groupKind(g) != kOrg || c.ms[g.ms[0]].coref {
		return false
	}
	e := c.r.ents[c.ms[g.ms[0]].ent]
	return e.tag("cloud") && !e.tag("bigtech") || e.tag("chips")
}

// computeProductAt: a chip or cloud product is named at token k.
func (c *sctx) computeProductAt(k int) bool {
	gi := c.grpAt[k-c.s.tlo]
	if gi < 0 {
		return false
	}
	g := &c.groups[gi]
	m := c.ms[g.ms[0]]
	return len(g.ms) == 1 && c.r.ents[m.ent].Kind == kg.Product && c.r.computeProduct(m.ent)
}

// passiveSupply: English participles of supply verbs whose agent follows
// "by".
var passiveSupply = map[string]bool{"supplied": true, "provided": true, "delivered": true}

// rentFrom: English verbs whose "from" phrase names the supplier (the
// subject rents or leases from it).
var rentFrom = map[string]bool{"rent": true, "rents": true, "rented": true, "renting": true,
	"lease": true, "leases": true, "leased": true, "leasing": true}

// payForm: verbs of paying a supplier ("pay Oracle $30bn a year for
// data center capacity", "تدفع OpenAI لأوراكل … مقابل قدرات حوسبة").
var payForm = map[string]bool{"pay": true, "pays": true, "paid": true, "paying": true,
	"تدفع": true, "يدفع": true, "ستدفع": true, "سيدفع": true, "دفعت": true, "دفع": true}

// spendForm: English verbs of spending on a supplier ("committed to
// spend $38bn on Amazon Web Services").
var spendForm = map[string]bool{"spend": true, "spends": true, "spent": true, "spending": true}

// spentOnCompute: a chip or cloud company, or one whose compute is named
// right after it, that money is spent on supplies the spender; spending on
// anything else (data centers, a country) is no supply.
func (c *sctx) spentOnCompute(v0, v1 int) {
	payee := c.P(v1, []string{"on", "with"}, 8)
	if payee == nil || c.groupKind(payee) != kOrg || len(payee.ms) != 1 || c.ms[payee.ms[0]].coref {
		return
	}
	payer := c.Lxk(v0, 10, kOrg)
	if payer == nil || payer == payee {
		return
	}
	e := c.r.ents[c.ms[payee.ms[0]].ent]
	ok := e.tag("cloud") || e.tag("chips")
	for k := payee.thi; !ok && k < c.s.thi && k <= payee.thi+4; k++ {
		if w := c.tok(k); w == "." || w == ";" || w == "," {
			break
		}
		ok = c.computeTok(k)
	}
	if ok {
		c.emit(kg.SuppliesCompute, c.argOf(payee), c.argOf(payer), confWeak, v0, nil)
	}
}

// paidForCompute: the one paid for compute supplies the payer.
func (c *sctx) paidForCompute(h hit, v0, v1 int, arabic bool) {
	var payee, payer *group
	if arabic {
		payer = c.R(v1, 0)
		if payer != nil {
			payee = c.P(payer.thi, []string{"ل"}, 2)
			if payee == nil && c.groupKind(payer) == kOrg && c.paidForCompanyAr(payer, v0) {
				return
			}
		}
	} else {
		payee = c.R(v1, 0)
		payer = c.Lxk(v0, 10, kOrg)
		if payee == nil && payer != nil && c.groupKind(payer) == kOrg && c.paidForCompany(payer, v0, v1) {
			return
		}
	}
	if payee == nil || payer == nil || payee == payer || c.groupKind(payee) != kOrg || c.groupKind(payer) != kOrg {
		return
	}
	// "for"/"مقابل" and a compute word after the payee
	for k := payee.thi; k < c.s.thi && k <= payee.thi+10; k++ {
		if w := c.tok(k); w == "." || w == ";" {
			break
		}
		if c.computeTok(k) {
			c.emit(kg.SuppliesCompute, c.argOf(payee), c.argOf(payer), confWeak, v0, nil)
			return
		}
	}
	// "pay Google about $1bn a year to use Gemini", "for access to its
	// models", "to license its technology", "مقابل استخدام نماذجها": a
	// fee for using the payee's technology is a licence, a partnership
	for k := payee.thi; k < c.s.thi && k <= payee.thi+10; k++ {
		if w := c.tok(k); w == "." || w == ";" {
			return
		}
		if c.feeUse(k) {
			c.emit(kg.PartnersWith, c.argOf(payer), c.argOf(payee), confWeak, v0, nil)
			return
		}
	}
}

// feeUse: token k says what a payment buys is the use of something ("to
// use", "for access to", "to license", "royalties", "مقابل استخدام",
// "لاستخدام", "ترخيص").
func (c *sctx) feeUse(k int) bool {
	w, p := c.tok(k), ""
	if k > c.s.tlo {
		p = c.tok(k - 1)
	}
	switch w {
	case "use", "using":
		return p == "to" || p == "for"
	case "access":
		return p == "for"
	case "license", "licence", "licensing", "royalties", "royalty":
		return true
	case "لاستخدام", "ترخيص", "الترخيص", "للوصول":
		return true
	case "استخدام", "الوصول":
		return p == "مقابل" || p == "نظير"
	}
	return false
}

// branchSeat: the seat word at trS..trE is qualified as a regional or
// local office ("مقراً إقليمياً", "مقرها الإقليمي", "its regional
// headquarters", "European headquarters").
func (c *sctx) branchSeat(trS, trE int) bool {
	if trE < c.s.thi {
		switch c.tok(trE) {
		case "اقليميا", "الاقليمي", "اقليمي", "اقليميه", "الاقليميه", "اقليمية", "الاقليمية", "اقليميا،":
			return true
		}
	}
	if trS-1 >= c.s.tlo {
		switch c.tok(trS - 1) {
		case "regional", "european", "local", "international", "asian", "u.s.", "us", "american", "middle", "emea", "second", "new":
			return true
		}
	}
	return false
}

// chipNoun: English words for chips themselves.
var chipNoun = map[string]bool{"tpus": true, "gpus": true, "chips": true, "accelerators": true, "processors": true}

// backedBetween: a backing word ("backed by", "المدعومة من") stands
// between tokens lo and hi.
func (c *sctx) backedBetween(lo, hi int) bool {
	for _, h := range c.hits {
		if lx := &lexicon[h.lex]; (lx.fr == frBacked || lx.fr == frOwnerAdj) && int(h.tb) >= lo && int(h.tb) < hi {
			return true
		}
	}
	return false
}

// ownerWordBetween: an ownership word ("التابعة", "owned by") stands
// between tokens lo and hi, so a "لـ"/"by" before hi names an owner, not
// a customer ("منصة Azure السحابية التابعة لمايكروسوفت").
func (c *sctx) ownerWordBetween(lo, hi int) bool {
	for _, h := range c.hits {
		if lx := &lexicon[h.lex]; lx.fr == frPassive && lx.rel == kg.Owns && int(h.tb) >= lo && int(h.tb) < hi {
			return true
		}
	}
	return false
}

// platformBefore: the mention is introduced as a platform ("منصة «X»",
// "the X platform" is read elsewhere).
func (c *sctx) platformBefore(m mention) bool {
	k := m.tlo - 1
	if k > c.s.tlo && c.tok(k) == "\"" {
		k--
	}
	if k < c.s.tlo {
		return false
	}
	w := c.tok(k)
	return strings.HasSuffix(w, "منصة") || w == "platform"
}

// projectCapacity records the size a project or facility is introduced
// with ("مشروع «ستارغيت الإمارات»، وهو عنقود … بقدرة 1 غيغاواط", "Colossus,
// which houses 100,000 GPUs"): the first capacity stated after its name in
// the sentence. Its operators carry it (see run.output).
func (c *sctx) projectCapacity() {
	r := c.r
	for i := range c.figs {
		f := &c.figs[i]
		if f.kind != fkCapacity || f.qty.Unit != "GW" && f.qty.Unit != "GPUs" {
			continue // "900,000 wafers a month" is an order, not the site's size
		}
		for j := len(c.ms) - 1; j >= 0; j-- {
			m := c.ms[j]
			if m.thi > f.tlo || f.tlo-m.thi > 16 {
				continue
			}
			if m.coref {
				break // "المشروع سيبدأ … بقدرة أولية": a later phase, not its introduction
			}
			if r.ents[m.ent].Kind != kg.Project {
				// a company or product in between owns the figure
				if r.ents[m.ent].Kind != kg.Place {
					break
				}
				continue
			}
			if r.projCap == nil {
				r.projCap = map[int]kg.Quantity{}
			}
			if _, ok := r.projCap[m.ent]; !ok {
				r.projCap[m.ent] = f.qty
			}
			break
		}
	}
}

// namingWord: "called", "named", "يحمل اسم", "باسم", "يُسمّى".
var namingWord = map[string]bool{"called": true, "named": true, "dubbed": true, "اسم": true, "باسم": true, "يسمي": true, "تسمي": true, "المسمي": true, "المسماة": true, "المسماه": true}

// namedObject: the thing an OPERATES verb takes is described and then
// named ("تشغّل xAI في ممفيس حاسوباً فائقاً يحمل اسم «كولوسس»", "runs a
// supercomputer called Colossus", "launched a model named K2 Think"): the
// project or product right after the naming word, within a clause's
// reach of the verb.
func (c *sctx) namedObject(from int, rel kg.RelationType) *group {
	if rel != kg.Operates && rel != kg.Leads { // "runs" is read as LEADS, then typed by its ends
		return nil
	}
	for k := from; k < c.s.thi && k < from+12; k++ {
		w := c.tok(k)
		if w == "," && k > from+1 || w == "." || c.grpAt[k-c.s.tlo] >= 0 && k > from {
			if c.grpAt[k-c.s.tlo] >= 0 && c.tok(k) != "," {
				// a place on the way ("في مدينة ممفيس") is passed over
				g := &c.groups[c.grpAt[k-c.s.tlo]]
				if c.groupKind(g) == kPlace {
					k = g.thi - 1
					continue
				}
			}
			return nil
		}
		if !namingWord[w] {
			continue
		}
		if g := c.R(k+1, 0); g != nil && c.groupKind(g)&dstKinds(rel) != 0 {
			return g
		}
		return nil
	}
	return nil
}

// takeVerb: "تتخذ/اتخذت (من X مقراً)", the verb of taking a place as seat.
var takeVerb = map[string]bool{}

func init() {
	for _, w := range []string{"تتخذ", "يتخذ", "اتخذت", "اتخذ", "ستتخذ", "سيتخذ"} {
		for _, p := range []string{"", "و", "ف"} {
			takeVerb[foldString(p+w)] = true
		}
	}
}

// takesAsSeat reads "تتخذ من X مقراً (لها)" with the seat word at trS: it
// returns the place group X and the verb's token.
func (c *sctx) takesAsSeat(trS int) (*group, int, *group) {
	k := trS - 1
	if k < c.s.tlo || c.grpAt[k-c.s.tlo] < 0 {
		return nil, 0, nil
	}
	g := &c.groups[c.grpAt[k-c.s.tlo]]
	if c.groupKind(g) == kPlace && g.tlo-2 > c.s.tlo && c.tok(g.tlo-1) == "في" {
		// "من سانتا كلارا في كاليفورنيا مقراً": the city, not its state
		if gi := c.grpAt[g.tlo-2-c.s.tlo]; gi >= 0 && c.groupKind(&c.groups[gi]) == kPlace {
			g = &c.groups[gi]
		}
	}
	if c.groupKind(g) != kPlace || g.tlo-2 < c.s.tlo || c.tok(g.tlo-1) != "من" {
		return nil, 0, nil
	}
	j := g.tlo - 2
	if takeVerb[c.tok(j)] {
		return g, j, nil
	}
	if c.tok(j) == "\"" && j > c.s.tlo {
		j-- // "وتتخذ «أمبير» من …"
	}
	// VSO: "وتتخذ (شركة) X من دبي مقراً"
	if gi := c.grpAt[j-c.s.tlo]; gi >= 0 {
		o := &c.groups[gi]
		v := o.tlo - 1
		if v > c.s.tlo && c.tok(v) == "\"" {
			v--
		}
		if v > c.s.tlo && (c.tok(v) == "شركة" || c.tok(v) == "مجموعة") {
			v--
		}
		if v >= c.s.tlo && c.groupKind(o) == kOrg && takeVerb[c.tok(v)] {
			return g, v, o
		}
	}
	return nil, 0, nil
}

// arProductHead: Arabic nouns that name a product, a service or a
// facility; with a pronoun suffix before a name ("نموذجها «X»",
// "منصتها السحابية Azure", "حاسوبها العملاق «كولوسس»") they make the
// pronoun's referent its operator.
var arProductHead = map[string]bool{"نموذج": true, "نماذج": true, "منصت": true, "تطبيق": true, "مساعد": true, "روبوت": true,
	"حاسوب": true, "خدمت": true, "خدمات": true, "محرك": true, "متصفح": true, "برنامج": true, "برمجيات": true, "نظام": true,
	"مشروع": true, "مجمع": true, "وكيل": true, "منتج": true, "منتجات": true, "بيانات": true, "سحابت": true}

// arPossessedProduct: "أطلقت ميسترال مساعدها الحواري «لو شا»" — a
// product named right after a possessed product noun (its definite
// adjectives and an opening quote between) is operated by the nearest
// organisation before it in the sentence (the pronoun's referent), or by
// the topic when the sentence names none.
func (c *sctx) arPossessedProduct(p *group) {
	k := p.tlo - 1
	for n := 0; k > c.s.tlo && n < 4; k, n = k-1, n+1 {
		w := c.tok(k)
		if w == "(" && k-1 > c.s.tlo && c.tok(k-1) == "\"" {
			// a Latin gloss after a quoted Arabic name: «لو شا» (Le Chat)
			j := k - 2
			for j > c.s.tlo && j > k-8 && c.tok(j) != "\"" {
				j--
			}
			if c.tok(j) == "\"" {
				k = j
			}
			continue
		}
		if w == "\"" || strings.HasPrefix(w, "ال") && c.grpAt[k-c.s.tlo] < 0 {
			continue
		}
		break
	}
	if k < c.s.tlo || c.r.v.toks[k].flags&tfArabic == 0 {
		return
	}
	w := c.tok(k)
	stem := ""
	switch {
	case strings.HasSuffix(w, "ها"):
		stem = w[:len(w)-len("ها")]
	case strings.HasSuffix(w, "هم"):
		stem = w[:len(w)-len("هم")]
	case strings.HasSuffix(w, "ه"):
		stem = w[:len(w)-len("ه")]
	default:
		return
	}
	// proclitics: "بنموذجها", "ومنصتها", "لتطبيقها"
	if !arProductHead[stem] {
		if s, ok := strings.CutPrefix(stem, "و"); ok {
			stem = s
		}
		if s, ok := strings.CutPrefix(stem, "ب"); ok {
			stem = s
		} else if s, ok := strings.CutPrefix(stem, "ل"); ok {
			stem = s
		}
		if !arProductHead[stem] {
			return
		}
	}
	pos := c.r.v.toks[k].nb
	e := -1
	for _, m := range c.ms {
		if m.nb >= pos {
			break
		}
		if en := c.r.ents[m.ent]; en.Kind == kg.Organization && !en.tag("media") && !m.weak {
			e = m.ent
		}
	}
	a := arg{ents: []int{e}, coref: true}
	if e < 0 {
		if a = c.topicArg(pos, c.argOf(p)); !a.ok() {
			return
		}
	}
	c.emit(kg.Operates, a, c.argOf(p), confWeak, k, nil)
}

// statedSupply: a supply verb of the sentence ("تتولى بموجبها Y تزويد
// X", "Y will supply X") joins the deal frame's two parties; it returns
// its direction.
func (c *sctx) statedSupply(f *dealFrame) ([2]int, bool) {
	for _, a := range c.anchors {
		if a.lx.fr != frVerb || a.lx.rel != kg.SuppliesCompute {
			continue
		}
		for _, cd := range a.cands {
			if cd.dropped || cd.rel != kg.SuppliesCompute {
				continue
			}
			if cd.src == f.a && cd.dst == f.b || cd.src == f.b && cd.dst == f.a {
				return [2]int{cd.src, cd.dst}, true
			}
		}
	}
	return [2]int{}, false
}

// prepClitic: an Arabic proclitic string governs its word as a
// preposition ("ل", "وب", "لل"): "سعتها لمايكروسوفت" names no apposition.
func prepClitic(pre string) bool {
	pre = strings.TrimPrefix(strings.TrimPrefix(pre, "و"), "ف")
	return strings.HasPrefix(pre, "ل") || strings.HasPrefix(pre, "ب")
}

// purposeMasdar: an Arabic verbal noun of supplying with the purpose لـ
// and an object pronoun ("لتزويدها", "لتوفيرها لها"): its agent is not
// the pronoun's antecedent.
func (c *sctx) purposeMasdar(h hit, form string) bool {
	if !strings.HasPrefix(strings.TrimPrefix(h.prefix(c.r.v.norm), "و"), "ل") {
		return false
	}
	for _, m := range []string{"تزويد", "توفير", "توريد", "تاجير", "تقديم"} {
		if strings.HasPrefix(form, m) {
			return true
		}
	}
	return false
}

// apposCoord: g ends with the second conjunct of an Arabic pair whose
// first name carries an apposition between commas ("X، المملوكة لـY، وZ",
// "X، ذراع Y للتقنية، وشركة Z"; the list builder may have joined Y and
// Z): it returns X's group and Z.
func (c *sctx) apposCoord(g *group) (*group, arg) {
	m := c.ms[g.ms[len(g.ms)-1]]
	z := arg{ents: []int{m.ent}, coref: m.coref}
	if m.tlo-2 <= c.s.tlo {
		return nil, z
	}
	k := m.tlo - 1
	conj := strings.HasPrefix(c.r.v.norm[m.pb:m.nb], "و")
	if w := c.tok(k); w == "\"" {
		k--
	}
	if w := c.tok(k); !conj && strings.HasPrefix(w, "و") && orgCueWord[strings.TrimPrefix(w, "و")] {
		conj = true // "ومجموعة لينوفو"
		k--
	}
	if !conj || k <= c.s.tlo || c.tok(k) != "," {
		return nil, z
	}
	for j := k - 2; j > c.s.tlo && j >= k-14; j-- {
		if c.tok(j) != "," {
			continue
		}
		if !strings.HasPrefix(c.tok(j+1), "ال") && !strings.HasPrefix(c.tok(j+1), "ذراع") && !strings.HasPrefix(c.tok(j+1), "وحدة") {
			return nil, z
		}
		x := j - 1
		if c.tok(x) == "\"" && x > c.s.tlo {
			x--
		}
		if gi := c.grpAt[x-c.s.tlo]; gi >= 0 {
			if xg := &c.groups[gi]; c.groupKind(xg) == kOrg && !c.prepObject(xg) && xg != g {
				return xg, z
			}
		}
		return nil, z
	}
	return nil, z
}

// orgCueWord: the Arabic nouns that introduce an organisation's name.
var orgCueWord = map[string]bool{"شركة": true, "شركه": true, "مجموعة": true, "مجموعه": true, "مؤسسة": true, "صندوق": true}

// licenceDeal: the deal word at token t is a licence ("اتفاق ترخيص",
// "اتفاقية الترخيص", "licence deal"): a licence word right next to it.
func (c *sctx) licenceDeal(t int) bool {
	for k := max(c.s.tlo, t-2); k < c.s.thi && k <= t+2; k++ {
		w := strings.TrimPrefix(c.tok(k), "ال")
		if k != t && (strings.HasPrefix(w, "ترخيص") || strings.HasPrefix(w, "licens") || strings.HasPrefix(w, "licenc")) {
			return true
		}
	}
	return false
}

// supplierRank: how surely a group's company sells compute: 2 a chip
// maker, 1 a cloud, 0 neither.
func (c *sctx) supplierRank(g *group) int {
	e := c.r.ents[c.ms[g.ms[0]].ent]
	switch {
	case e.tag("chips"):
		return 2
	case e.tag("cloud"):
		return 1
	}
	return 0
}

// chooseVerb: Arabic verbs of picking a company for a role ("اختارت X Y
// مزوداً", "اعتمدت X Y شريكاً"), folded, without proclitics.
var chooseVerb = map[string]bool{"اختارت": true, "اختار": true, "تختار": true, "يختار": true, "عينت": true, "عين": true,
	"اعتمدت": true, "اعتمد": true, "اضافت": true, "اضاف": true, "سمت": true, "حددت": true}

// chosenAs: "اختارت OpenAI شركة أوراكل مزوداً للحوسبة": an agent noun in
// the accusative ("مزوداً", "شريكاً", "مستثمراً") right after a name,
// with a verb of choosing before: the name holds the role, the verb's
// subject is its other end.
func (c *sctx) chosenAs(h hit, lx *lexeme, trS int, an *anchor) bool {
	form := c.r.v.norm[h.nb:h.ne]
	if !strings.HasSuffix(form, "ا") || h.ne != h.core && !strings.HasSuffix(c.r.v.norm[h.core:h.ne], "ا") {
		return false
	}
	g := c.Lk(trS, 0, kOrg)
	if g == nil || g.thi < trS-1 {
		return false
	}
	if p := c.P(int(h.te)+1, []string{"في"}, 4); p != nil && c.groupKind(p) == kProject {
		return false // "شريكاً لها في مشروع ستارغيت": a partner of the project
	}
	for k := g.tlo - 1; k >= c.s.tlo && k >= g.tlo-6; k-- {
		w := strings.TrimPrefix(strings.TrimPrefix(c.tok(k), "و"), "ف")
		if !chooseVerb[w] {
			continue
		}
		for _, m := range c.ms {
			if m.tlo > k && m.thi <= g.tlo && c.r.ents[m.ent].Kind == kg.Organization && !contains(c.argOf(g).ents, m.ent) {
				c.emit(lx.rel, c.argOf(g), arg{ents: []int{m.ent}, coref: m.coref}, confNoun, trS, an)
				return true
			}
		}
		return false
	}
	return false
}

// companyNouns: what "X, Elon Musk's AI company" calls a company.
var companyNouns = map[string]bool{"company": true, "startup": true, "start-up": true, "firm": true, "venture": true, "lab": true, "group": true}

// personsCompanies: a company in apposition called the person's company is
// the company the person leads ("xAI, Elon Musk's AI company"), not when
// it is "former". A bare "Mark Zuckerberg's Meta" is left alone: news uses
// the possessive for owners and backers too.
func (c *sctx) personsCompanies() {
	for i := range c.groups {
		g := &c.groups[i]
		if c.groupKind(g) != kPerson || len(g.ms) != 1 || g.thi+2 >= c.s.thi || c.tok(g.thi) != "'" || c.tok(g.thi+1) != "s" {
			continue
		}
		if g.tlo > c.s.tlo && c.tok(g.tlo-1) == "former" {
			continue
		}
		k := g.thi + 2
		// "xAI, Elon Musk's AI company,": the name before the comma
		if i == 0 || g.tlo-1 <= c.s.tlo || c.tok(g.tlo-1) != "," {
			continue
		}
		o := &c.groups[i-1]
		if o.thi != g.tlo-1 || c.groupKind(o) != kOrg || len(o.ms) != 1 {
			continue
		}
		for j := k; j < c.s.thi && j < k+4; j++ {
			w := c.tok(j)
			if companyNouns[w] {
				c.emit(kg.Leads, c.argOf(g), c.argOf(o), confWeak, g.tlo, nil)
				break
			}
			if w == "," || w == "former" || c.grpAt[j-c.s.tlo] >= 0 {
				break
			}
		}
	}
}

// chooseVerbsEn: English verbs that choose a partner ("chose Google as its
// partner").
var chooseVerbsEn = map[string]bool{"chose": true, "chooses": true, "choose": true, "chosen": true, "selected": true, "selects": true, "select": true,
	"picked": true, "picks": true, "tapped": true, "taps": true, "named": true, "names": true}

// chooseFill: words between "as" and "partner" in "as its key technology
// partner".
var chooseFill = map[string]bool{"its": true, "their": true, "a": true, "an": true, "the": true, "key": true, "preferred": true, "strategic": true, "technology": true,
	"exclusive": true, "primary": true, "main": true, "lead": true, "launch": true, "official": true, "first": true, "new": true, "cloud": true, "ai": true}

// chosenAsEn: "X chose/selected/tapped Y as (its) partner": Y partners
// with the chooser X, the organisation before the verb.
func (c *sctx) chosenAsEn(lx *lexeme, trS int, an *anchor) bool {
	k := trS - 1
	for k > c.s.tlo && trS-k <= 4 && chooseFill[c.tok(k)] {
		k--
	}
	if k <= c.s.tlo || c.tok(k) != "as" {
		return false
	}
	gi := c.grpAt[k-1-c.s.tlo]
	if gi < 0 {
		return false
	}
	y := &c.groups[gi]
	if c.groupKind(y) != kOrg || y.tlo-1 <= c.s.tlo || !chooseVerbsEn[c.tok(y.tlo-1)] {
		return false
	}
	x := c.Ls(y.tlo-1, 8, kOrg)
	if x == nil || overlaps(c.argOf(x), c.argOf(y)) {
		return false
	}
	c.emit(lx.rel, c.argOf(x), c.argOf(y), confNoun, trS, an)
	return true
}

// hisCompany: "his/her company" in Arabic, folded.
var hisCompany = map[string]bool{"شركته": true, "شركتها": true, "مجموعته": true, "مجموعتها": true, "وشركته": true, "وشركتها": true}

// ledBy is the organisation the article has said person p leads, or -1.
func (r *run) ledBy(p int, cur []*relCand) int {
	for _, cs := range [][]*relCand{cur, r.cands} {
		for _, cd := range cs {
			if !cd.dropped && cd.rel == kg.Leads && cd.src == p && r.ents[cd.dst].Kind == kg.Organization {
				return cd.dst
			}
		}
	}
	return -1
}

// foundingBefore: a founding word ("تأسست", "أسسها", "تأسيس") stands in
// the sentence before token t.
func (c *sctx) foundingBefore(t int) bool {
	for k := c.s.tlo; k < t; k++ {
		w := strings.TrimPrefix(strings.TrimPrefix(c.tok(k), "و"), "ف")
		if strings.HasPrefix(w, "تاسس") || strings.HasPrefix(w, "اسس") || strings.HasPrefix(w, "تاسيس") || strings.HasPrefix(w, "انشي") || strings.HasPrefix(w, "انشا") {
			return true
		}
	}
	return false
}

// partlyWord: "partly"/"جزئياً" next to an owning word makes it a stake.
var partlyWord = map[string]bool{"partly": true, "partially": true, "جزييا": true, "جزئيا": true, "جزيي": true}

// denyVerb: verbs of denying ("نفت أبل وجود أي محادثات", "Apple denied
// it was in talks"), folded, without proclitics.
var denyVerb = map[string]bool{"نفت": true, "نفى": true, "نفي": true, "تنفي": true, "ينفي": true, "نفتا": true,
	"denied": true, "denies": true, "deny": true, "dismissed": true, "rejected reports": true}

// deniedDeals: a deal, talks or a stake the sentence's subject denies
// right before stating it is no relation of the text.
func (c *sctx) deniedDeals() {
	any := false
	for _, cd := range c.cands {
		if !cd.dropped && statusTypes[cd.rel] {
			any = true
			break
		}
	}
	if !any {
		return
	}
	for k := c.s.tlo; k < c.s.thi; k++ {
		w := c.tok(k)
		if len(w) < 5 || w[0] != 'd' && (w[0] < 0x80 || !strings.Contains(w, "نف")) {
			continue // (no map lookup for words that cannot be one)
		}
		if c.r.v.toks[k].flags&tfArabic != 0 {
			w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")
		}
		if !denyVerb[w] {
			continue
		}
		for _, cd := range c.cands {
			if !cd.dropped && statusTypes[cd.rel] && cd.anchor > k && cd.anchor-k <= 8 && !c.punctBetween(k, cd.anchor) {
				cd.dropped = true // (a new clause after a comma says something else)
			}
		}
		return
	}
}
