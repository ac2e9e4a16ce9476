package extract

import (
	"strings"

	"github.com/aikg/aikg/kg"
)

// appositive noun heads: a comma-bounded phrase built on one of them
// ("Nvidia, AMD's biggest rival, plans …", "إنفيديا، المنافس الأكبر لـAMD،")
// describes the name before it, and the names inside it are not the
// sentence's parties.
var apposHeadEn = map[string]bool{
	"rival": true, "rivals": true, "competitor": true, "competitors": true, "owner": true, "parent": true,
	"maker": true, "unit": true, "subsidiary": true, "arm": true, "division": true, "developer": true,
	"creator": true, "backer": true, "affiliate": true, "spinoff": true, "spin-off": true, "offshoot": true,
	"challenger": true, "supplier": true, "operator": true, "owners": true, "makers": true,
}

// apposHeadAr are folded Arabic stems (after ال/و/ف/ب/ل are stripped).
var apposHeadAr = []string{"منافس", "مالك", "تابع", "مطور", "صانع", "صانعه", "مشغل", "مورد", "ذراع", "وحده"}

// appos is a comma-bounded apposition: tokens (open, close) exclusive.
type appos struct{ open, close int }

func apposHeadWord(w string) bool {
	if apposHeadEn[w] {
		return true
	}
	for _, p := range []string{"و", "ف"} {
		w = strings.TrimPrefix(w, p)
	}
	for _, p := range []string{"ال", "لل", "بال", "لل"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+4 {
			w = strings.TrimPrefix(w, p)
			break
		}
	}
	for _, s := range apposHeadAr {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// findAppositions records the sentence's descriptive appositions: a name,
// a comma, a short phrase with an appositive head noun and a closing comma.
func (c *sctx) findAppositions() {
	c.appos = c.appos[:0]
	lo, hi := c.s.tlo, c.s.thi
	for k := lo + 1; k < hi; k++ {
		if c.tok(k) != "," {
			continue
		}
		if e := k - 1; c.grpAt[e-lo] < 0 || c.groups[c.grpAt[e-lo]].thi != k {
			// «أرامكو الرقمية»، الذراع …: the name closes with a quote
			if e-1 < lo || !closeQuote(c.tok(e)) || c.grpAt[e-1-lo] < 0 || c.groups[c.grpAt[e-1-lo]].thi != e {
				continue
			}
		}
		head, names := false, false
		for j := k + 1; j < hi && j-k <= 10; j++ {
			w := c.tok(j)
			if w == "." || w == ";" || w == ":" || w == "(" || w == ")" || w == "and" || w == "which" || w == "who" || w == "التي" || w == "الذي" {
				break
			}
			if w == "," {
				if head && names {
					c.appos = append(c.appos, appos{open: k, close: j})
				}
				break
			}
			if c.grpAt[j-lo] >= 0 {
				names = true
				continue
			}
			if apposHeadWord(w) {
				head = true
			}
		}
	}
}

func closeQuote(w string) bool { return w == "»" || w == "\"" || w == "”" || w == "'" }

// inAppos: group g sits inside an apposition that closes before token t,
// so a search for t's arguments must look past it.
func (c *sctx) inAppos(g *group, t int) (int, bool) {
	for _, a := range c.appos {
		if g.tlo > a.open && g.thi <= a.close && t > a.close {
			return a.close - a.open + 1, true
		}
	}
	return 0, false
}

// doOwnerAdj reads "SoftBank-owned Arm" and "Microsoft-backed OpenAI": the
// hyphen binds the adjective to the one name right before it, and it
// modifies the one name right after it, so coordinations around them
// ("SoftBank-owned Arm and Microsoft-backed OpenAI") are cut down to
// their adjacent members. A "wholly owned"/"majority-owned" is not this
// frame (no name before it).
func (c *sctx) doOwnerAdj(lx *lexeme, trS, trE int, an *anchor) {
	l := c.L(trS, 0)
	if l == nil || l.thi != trS {
		return
	}
	rg := c.R(trE, 0)
	if rg == nil {
		// "the Nvidia-backed cloud provider CoreWeave"
		rg = c.R(trE, 3)
	}
	if rg == nil {
		// "The Nvidia-backed company has also been buying": a definite
		// description of the company the text is about
		if l.tlo > c.s.tlo && c.tok(l.tlo-1) == "the" && c.orgNounAfter(trE) {
			src := arg{ents: []int{c.ms[l.ms[len(l.ms)-1]].ent}, g: l}
			if dst := c.topicArg(c.r.v.toks[l.tlo].nb, src); dst.ok() {
				c.emit(lx.rel, src, dst, confStrong*mulCoref, trS, an)
			}
		}
		return
	}
	src := arg{ents: []int{c.ms[l.ms[len(l.ms)-1]].ent}, g: l}
	dst := arg{ents: []int{c.ms[rg.ms[0]].ent}, g: rg}
	if overlaps(src, dst) {
		return
	}
	c.emit(lx.rel, src, dst, confStrong, trS, an)
}

// orgNouns head an English description of an organisation ("the
// SoftBank-backed startup", "the Nvidia-backed cloud provider").
var orgNouns = map[string]bool{"company": true, "firm": true, "startup": true, "start-up": true, "group": true, "lab": true,
	"unicorn": true, "chipmaker": true, "neocloud": true, "provider": true, "developer": true, "operator": true, "maker": true, "designer": true, "giant": true}

// orgNounAfter: an organisation noun heads the words from t, after at
// most two lower-case modifiers and with no name after it.
func (c *sctx) orgNounAfter(t int) bool {
	for k := t; k < c.s.thi && k < t+3; k++ {
		tk := c.r.v.toks[k]
		if tk.kind != tkWord || tk.flags&tfLatin == 0 || tk.flags&tfUpper != 0 {
			return false
		}
		if orgNouns[c.tok(k)] {
			return k+1 >= c.s.thi || c.grpAt[k+1-c.s.tlo] < 0
		}
	}
	return false
}

// dealCue: the sentence says something about a deal of type t near the
// generic deal word at tok: a trigger of that type, an amount or a status.
func (c *sctx) dealCue(t kg.RelationType, tok int) bool {
	for _, a := range c.anchors {
		if a.lx.rel == t && a.lx.fr != frDeal && a.lx.fr != frTitle {
			return true
		}
	}
	for i := range c.figs {
		if c.figs[i].kind == fkAmount {
			return true
		}
	}
	return c.statusNear(tok, 8) != ""
}

// decadeWords precede "عقد" when it means a decade, not a contract:
// "على مدى عقد", "خلال عقد", "منذ عقد", "قبل عقد".
var decadeWords = map[string]bool{"مدي": true, "مدى": true, "خلال": true, "منذ": true, "قبل": true, "طوال": true, "امتداد": true,
	"نحو": true, "قرابة": true, "حوالي": true, "اكثر": true, "اقل": true, "اول": true, "لمدة": true, "مدة": true}

// decade: "عقد"/"عقود" counts years here ("على مدى عقد", "عقد كامل",
// "العقد الماضي"), so it is no deal word. "عقد من X" stays a contract
// ("عقد من وزارة الدفاع").
func (c *sctx) decade(form string, trS, trE int) bool {
	f := strings.TrimPrefix(form, "ال")
	if f != "عقد" && f != "عقدا" && f != "عقود" {
		return false
	}
	if trS > c.s.tlo && decadeWords[c.tok(trS-1)] {
		return true
	}
	if trE < c.s.thi {
		switch c.tok(trE) {
		case "كامل", "كاملا", "الماضي", "المقبل", "القادم", "الاخير", "واحد", "ونصف":
			return true
		}
	}
	return false
}

// subordinators open a clause whose subject is not the sentence's: "after
// Microsoft said …", "since Nvidia invested …", "as Google expands …";
// prepositions make a name an object ("with Microsoft").
var subordinators = map[string]bool{"after": true, "before": true, "while": true, "when": true, "since": true, "as": true,
	"because": true, "although": true, "though": true, "if": true, "once": true, "until": true, "unless": true, "whereas": true,
	"with": true, "from": true, "to": true, "for": true, "of": true, "by": true, "than": true, "like": true, "against": true, "over": true}

// subordinate: the English mention m is the subject of a subordinate
// clause or the object of a preposition, so "it" later in the sentence
// does not mean it.
func (c *sctx) subordinate(m mention) bool {
	k := m.tlo - 1
	if k >= c.s.tlo && c.tok(k) == "the" {
		k--
	}
	if k < c.s.tlo {
		return false
	}
	if subordinators[c.tok(k)] {
		return true
	}
	// "Microsoft's", "OpenAI, which": possession and relatives are the
	// subject's own; a name after "said" or "that" reports someone else
	return false
}

// possPronounFirst: an English sentence that opens with "Its"/"It"/"The
// company" before any name is about the previous sentence's subject, and
// a later "it" keeps that subject ("Its shares rose after Microsoft said
// …, and it completed …").
func (c *sctx) possPronounFirst(k int) bool {
	w := c.tok(c.s.tlo)
	if w != "its" && w != "it" || c.s.tlo == k {
		return false
	}
	for _, m := range c.ms {
		if m.tlo == c.s.tlo && !m.coref {
			return false
		}
	}
	return true
}

// periodWords and deicticWords make a fronted time adverbial without
// "in": "this month", "last week", "that year".
var (
	periodWords  = map[string]bool{"month": true, "week": true, "year": true, "quarter": true, "weekend": true, "summer": true, "spring": true, "autumn": true, "winter": true, "fall": true}
	deicticWords = map[string]bool{"this": true, "last": true, "that": true, "same": true, "next": true}
)

var monthWords = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// timeBefore: a fronted time adverbial stands before the pronoun at k
// ("and in September it completed", "in 2024 it bought"): the pronoun
// is a clause subject.
func (c *sctx) timeBefore(k int) bool {
	if k <= c.s.tlo {
		return false
	}
	// "earlier this month it agreed", "last week it said"
	if k-2 >= c.s.tlo && periodWords[c.tok(k-1)] && deicticWords[c.tok(k-2)] {
		return true
	}
	if k-2 < c.s.tlo || c.tok(k-2) != "in" {
		return false
	}
	return monthWords[c.tok(k-1)] || c.r.v.toks[k-1].kind == tkNum
}

// speakerBefore is the organisation that says "it" in "Microsoft said it
// would …", or -1.
func (c *sctx) speakerBefore(k int) int {
	if k-2 < c.s.tlo || c.tok(k-1) != "said" && c.tok(k-1) != "says" {
		return -1
	}
	for _, m := range c.ms {
		if m.thi == k-1 && !m.coref && c.r.ents[m.ent].Kind == kg.Organization {
			return m.ent
		}
	}
	return -1
}

// modifierDeal: the deal word stands in a prepositional phrase ("في
// صفقة", "ضمن صفقة", "بصفقة", "in a deal", "as part of a deal") that
// modifies the clause before it rather than stating a deal of its own.
func (c *sctx) modifierDeal(a *anchor) bool {
	pre := a.h.prefix(c.r.v.norm)
	if strings.HasSuffix(pre, "ب") || strings.HasSuffix(pre, "بال") {
		return true
	}
	for k := a.tok - 1; k >= c.s.tlo && k >= a.tok-8; k-- {
		w := c.tok(k)
		switch w {
		case "في", "ضمن", "in", "under", "of":
			return true
		case "a", "an", "the", "$", "-", "all", "all-stock", "all-cash", "cash", "stock", "and", "equity":
			continue
		}
		if c.r.v.toks[k].kind == tkNum || fold1(w) {
			continue
		}
		if tk := c.r.v.toks[k]; tk.flags&tfLatin != 0 && tk.flags&tfUpper == 0 && !c.trigTok(k) && c.grpAt[k-c.s.tlo] < 0 && !stopFill[w] {
			continue // "in a cash-and-stock deal", "in a landmark deal"
		}
		return false
	}
	return false
}

// fold1: money and scale words inside "in a $4.9 billion deal".
func fold1(w string) bool {
	switch w {
	case "billion", "bn", "million", "m", "b", "trillion", "usd", "dollar", "dollars":
		return true
	}
	return false
}

// modifiedCands are the candidates of the trigger right before the deal
// phrase a (within a clause's reach) that can take amount f and have none.
func (c *sctx) modifiedCands(a *anchor, f *figure) []*relCand {
	for i := len(c.anchors) - 1; i >= 0; i-- {
		b := &c.anchors[i]
		if b.tok >= a.tok || a.tok-b.tok > 24 {
			continue
		}
		live := liveCands(b.cands)
		if len(live) == 0 {
			continue
		}
		var acc []*relCand
		for _, cd := range live {
			if accepts(cd.rel, f.kind) && cd.fig.Amount == nil {
				acc = append(acc, cd)
			}
		}
		if len(acc) > 0 && samePair(acc) {
			return acc
		}
		return nil
	}
	return nil
}

// dealBefore is the deal word before the value word of a ("deal valued
// at", "صفقة بلغت قيمتها", "contracts with OpenAI are now worth"), or nil.
func (c *sctx) dealBefore(a *anchor) *anchor {
	var best *anchor
	reach := 6
	if c.participleAnd(a.tok) {
		reach = 14 // "the contract with Y, signed in September and worth about $300bn"
	}
	for i := range c.anchors {
		d := &c.anchors[i]
		r := reach
		if w := c.tok(d.tok + 1); d.tok+1 < c.s.thi && (w == "that" || w == "which") {
			r = max(r, 10) // "in a transaction that people familiar with the matter valued at $700m"
		}
		if (d.lx.fr == frDeal || (d.lx.fr == frCompute || d.lx.fr == frSym && d.lx.rel == kg.PartnersWith) && dealNounForm(c.r.v.norm[d.h.nb:d.h.ne])) && d.tok < a.tok && a.tok-d.tok <= r {
			best = d
		}
	}
	if best != nil {
		commas := 0
		for k := best.tok + 1; k < a.tok; k++ {
			if w := c.tok(k); w == "," || w == "،" || w == "." || w == ";" {
				if w == "," && k == a.tok-1 && commas == 0 && c.tok(a.tok) == "worth" {
					// "a licensing deal with Groq, worth about $20bn": an
					// apposition of worth describes the deal (a company
					// is "valued at")
					commas++
					continue
				}
				if w != "," && w != "،" || commas > 0 || !c.participleAnd(a.tok) || k < a.tok-8 || !dealParticiple[c.tok(k+1)] {
					return nil
				}
				commas++
			}
		}
	}
	return best
}

// dealParticiple opens a participle clause about a deal ("the contract
// with Y, signed in September and worth $300bn"; "the deal, announced in
// May and valued at $2bn").
var dealParticiple = map[string]bool{"signed": true, "announced": true, "agreed": true, "struck": true, "inked": true, "reached": true,
	"disclosed": true, "unveiled": true, "finalized": true, "finalised": true, "completed": true, "sealed": true, "first": true, "expanded": true}

// participleAnd: the value word at t is coordinated by "and" with a
// participle clause opened after a comma within eight tokens and holding
// no name ("…, signed in September and worth …"): it describes the noun
// before that comma.
func (c *sctx) participleAnd(t int) bool {
	if t-1 <= c.s.tlo || c.tok(t-1) != "and" {
		return false
	}
	for k := t - 2; k > c.s.tlo && k >= t-8; k-- {
		if c.grpAt[k-c.s.tlo] >= 0 {
			return false
		}
		if w := c.tok(k); w == "," {
			return dealParticiple[c.tok(k+1)]
		}
	}
	return false
}

// computeAfter: a compute noun with a resolved relation follows the
// amount at once ("$300bn of computing power", "$10bn worth of chips"),
// so the amount is its and not an earlier verb's.
func (c *sctx) computeAfter(f *figure) bool {
	for i := range c.anchors {
		a := &c.anchors[i]
		if a.lx.fr == frCompute && a.tok >= f.thi && a.tok-f.thi <= 3 && len(liveCands(a.cands)) > 0 {
			return true
		}
	}
	return false
}

// computeAdjAfterSource reads "شراء خدمات من منصة Azure السحابية" and "من
// Google Cloud السحابية": a cloud adjective right after a name that "من"
// governs makes that name (or, for a platform, its maker) the supplier of
// the clause's subject.
func (c *sctx) computeAdjAfterSource(h hit, trS int, an *anchor) bool {
	r := c.r
	if r.v.toks[trS].flags&tfArabic == 0 || !strings.Contains(r.v.norm[h.nb:h.ne], "سحابي") || trS-1 < c.s.tlo {
		return false
	}
	gi := c.grpAt[trS-1-c.s.tlo]
	if gi < 0 {
		return false
	}
	g := &c.groups[gi]
	k := g.tlo - 1
	for k >= c.s.tlo && (c.tok(k) == "منصة" || c.tok(k) == "خدمات" || c.tok(k) == "سحابة") {
		k--
	}
	if k < c.s.tlo || c.tok(k) != "من" {
		return false
	}
	sup := c.ms[g.ms[len(g.ms)-1]].ent
	if e := r.ents[sup]; e.Kind == kg.Product {
		if e.gaz == nil || e.gaz.owner == "" {
			return false
		}
		sup = r.gazEntity(e.gaz.ownerIx)
	}
	cust := c.firstOrgBefore(r.v.toks[k].nb)
	if cust < 0 || cust == sup {
		return false
	}
	c.emit(kg.SuppliesCompute, arg{ents: []int{sup}, g: g}, arg{ents: []int{cust}}, confWeak, trS, an)
	return true
}

// holdVerbs keep a stake rather than buy one.
var holdVerbs = map[string]bool{"تحتفظ": true, "يحتفظ": true, "ستحتفظ": true, "سيحتفظ": true, "holds": true, "retains": true,
	"retain": true, "keeps": true, "keep": true, "will": true,
	// owning a stake is holding it ("تمتلك X حصة 27% … تقدر قيمتها بنحو 135 مليار دولار")
	"تمتلك": true, "يمتلك": true, "تملك": true, "يملك": true, "owns": true, "own": true}

// heldStakeWorth: "تحتفظ X بحصة 27% … تقدر قيمتها بنحو 135 مليار دولار",
// "X retains a 27% stake worth about $135bn": the amount is what a held
// stake is worth, not money put in.
func (c *sctx) heldStakeWorth(f *figure) bool {
	stake := -1
	for k := f.tlo - 1; k >= c.s.tlo && k >= f.tlo-20; k-- {
		w := c.tok(k)
		if w == "." || w == ";" {
			return false
		}
		if strings.HasSuffix(w, "حصة") || w == "stake" {
			stake = k
			break
		}
	}
	if stake < 0 {
		return false
	}
	for k := stake - 1; k >= c.s.tlo && k >= stake-6; k-- {
		w := strings.TrimPrefix(strings.TrimPrefix(c.tok(k), "و"), "ف")
		if holdVerbs[w] && w != "will" || w == "will" && k+1 < stake && holdVerbs[c.tok(k+1)] {
			return true
		}
	}
	return false
}

// ledBy: the group follows "led by"/"co-led by" ("a Series C, which was
// led by Magnetar and Coatue"): its members lead the round.
func (c *sctx) ledBy(g *group) bool {
	if g == nil || g.tlo-2 < c.s.tlo || c.tok(g.tlo-1) != "by" {
		return false
	}
	w := c.tok(g.tlo - 2)
	return w == "led" || w == "co-led"
}

// nameOwner is an organisation the article named before byte pos whose
// canonical name is a word prefix of owned's ("Microsoft" of "Microsoft
// AI", "Amazon" of "Amazon Web Services"), or -1. It resolves "the
// company's new division" and "التابعة لها" when the described unit bears
// its owner's name; an owner the article does not name is not guessed.
func (c *sctx) nameOwner(owned int, pos int32) int {
	r := c.r
	on := r.ents[owned].Name
	best := -1
	for _, m := range r.ments {
		if m.nb >= pos {
			break
		}
		if m.ent == owned || m.coref || r.ents[m.ent].Kind != kg.Organization {
			continue
		}
		n := r.ents[m.ent].Name
		if len(n) < len(on) && strings.HasPrefix(on, n+" ") {
			best = m.ent
		}
	}
	return best
}

// ownerHeads are the heads of an apposition that says its name is owned
// by the possessor: "DeepMind, Alphabet's AI research lab".
var ownerHeads = map[string]bool{"unit": true, "division": true, "subsidiary": true, "arm": true, "lab": true,
	"laboratory": true, "affiliate": true}

// apposOwner reads "Microsoft AI, the company's new consumer AI
// division" and "Google DeepMind, Alphabet's AI research lab": a name, a
// comma, a possessor and a few modifiers before a unit noun at trS. A
// named possessor owns the name; "the company's"/"its" is resolved only
// by the name itself (see nameOwner). It reports whether it emitted.
func (c *sctx) apposOwner(trS int, an *anchor) bool {
	lx := c.tok(trS)
	if !ownerHeads[lx] {
		return false
	}
	k := trS - 1
	for ; k >= c.s.tlo && k >= trS-6; k-- {
		w := c.tok(k)
		if w == "s" || w == "its" || w == "," {
			break
		}
		tk := c.r.v.toks[k]
		if tk.kind != tkWord || tk.flags&tfLatin == 0 || c.grpAt[k-c.s.tlo] >= 0 {
			return false
		}
	}
	if k < c.s.tlo {
		return false
	}
	var own arg
	var comma int
	switch w := c.tok(k); {
	case w == "its":
		comma = k - 1
	case w == "s" && k-2 >= c.s.tlo && c.tok(k-1) == "'":
		if g := c.L(k-1, 0); g != nil && g.thi == k-1 && !c.ms[g.ms[0]].coref {
			own = arg{ents: []int{c.ms[g.ms[len(g.ms)-1]].ent}, g: g}
			comma = g.tlo - 1
		} else {
			// "the company's", "the retailer's" (an anaphor or not)
			comma = k - 2
			if comma-1 < c.s.tlo || c.tok(comma-1) != "the" {
				return false
			}
			comma -= 2
		}
	default:
		return false
	}
	if comma-1 < c.s.tlo || c.tok(comma) != "," {
		return false
	}
	gi := c.grpAt[comma-1-c.s.tlo]
	if gi < 0 {
		return false
	}
	g := &c.groups[gi]
	owned := c.ms[g.ms[len(g.ms)-1]].ent
	if c.r.ents[owned].Kind != kg.Organization {
		return false
	}
	conf := confNoun
	if !own.ok() {
		e := c.nameOwner(owned, c.r.v.toks[g.tlo].nb)
		if e < 0 {
			return false
		}
		own, conf = arg{ents: []int{e}, coref: true}, confWeak
	}
	if contains(own.ents, owned) {
		return false
	}
	c.emit(kg.Owns, own, arg{ents: []int{owned}, g: g}, conf, trS, an)
	return true
}

// pronOwner reads "وحدة «غوغل ديب مايند» التابعة لها" and "وبلاك روك
// وشركة GIP التابعة لها": the owner is a pronoun, so it is the name the
// owned one bears (nameOwner) or else the organisation named right before
// it in the sentence. trE is the token after the trigger.
func (c *sctx) pronOwner(trS, trE int, an *anchor) bool {
	if trE >= c.s.thi || trS-1 < c.s.tlo {
		return false
	}
	if w := c.tok(trE); w != "لها" && w != "له" {
		return false
	}
	k := trS - 1
	if w := c.tok(k); w == "»" || w == "\"" || w == "”" {
		k--
	}
	if k < c.s.tlo || c.grpAt[k-c.s.tlo] < 0 {
		return false
	}
	g := &c.groups[c.grpAt[k-c.s.tlo]]
	om := c.ms[g.ms[len(g.ms)-1]]
	owned := om.ent
	if c.r.ents[owned].Kind != kg.Organization {
		return false
	}
	own := c.nameOwner(owned, om.nb)
	if own < 0 {
		for i := len(c.ms) - 1; i >= 0; i-- {
			m := c.ms[i]
			if m.nb < om.nb && m.ent != owned && c.r.ents[m.ent].Kind == kg.Organization && !c.r.ents[m.ent].tag("media") {
				if om.tlo-m.thi > 6 {
					break
				}
				own = m.ent
				break
			}
		}
	}
	if own < 0 {
		return false
	}
	c.emit(kg.Owns, arg{ents: []int{own}, coref: true}, arg{ents: []int{owned}, g: g}, confWeak, trS, an)
	return true
}

// descriptionBetween: token t lies in a description of a name set off by
// commas ("Statsig, a startup that builds testing tools,", "شركة X،
// المتخصصة في … وإطلاق الميزات،", "Lepton AI, which develops …,") that
// closes right before the figure at flo, so a trigger word at t describes
// the name and does not govern the figure the main clause goes on to give.
func (c *sctx) descriptionBetween(t, flo int) bool {
	if t >= flo {
		return false
	}
	close := -1
	for k := t + 1; k < flo; k++ {
		if w := c.tok(k); w == "," || w == "،" {
			close = k
			break
		}
		if c.r.v.toks[k].kind == tkPunct {
			return false
		}
	}
	if close < 0 || flo-close > 3 {
		return false
	}
	for k := t - 1; k > c.s.tlo && k >= t-12; k-- {
		w := c.tok(k)
		if w != "," && w != "،" {
			if c.r.v.toks[k].kind == tkPunct || c.grpAt[k-c.s.tlo] >= 0 {
				return false
			}
			continue
		}
		e := k - 1
		if closeQuote(c.tok(e)) && e-1 > c.s.tlo {
			e--
		}
		if c.grpAt[e-c.s.tlo] < 0 || c.groups[c.grpAt[e-c.s.tlo]].thi != e+1 {
			return false
		}
		o := c.tok(k + 1)
		switch o {
		case "a", "an", "the", "which", "who", "التي", "الذي", "والتي", "والذي":
			return true
		}
		return c.r.v.toks[k+1].flags&tfArabic != 0 && strings.HasPrefix(o, "ال")
	}
	return false
}

// contractTotal: amount f is the new total value of a pair's contracts,
// given after a top-up ("lifting the total value of its agreements with
// Y to roughly $22.4bn", "bringing the total contract value to $19bn",
// "لترتفع القيمة الإجمالية لعقودها مع Y إلى 22.4 مليار دولار", "ليصل
// إجمالي قيمة الاتفاقيات إلى …"). A total investment, commitment or
// funding is not one (the news is the new money), nor a total that only
// would be reached.
func (c *sctx) contractTotal(f *figure) bool {
	k := f.tlo - 1
	for k > c.s.tlo && totalHedge[c.tok(k)] {
		k--
	}
	if k <= c.s.tlo {
		return false
	}
	switch c.tok(k) {
	case "to", "at", "الي", "of":
	default:
		return false
	}
	deal, total := false, false
	for j := k - 1; j >= c.s.tlo && j >= k-12; j-- {
		w := c.tok(j)
		if c.r.v.toks[j].kind == tkPunct {
			break
		}
		switch {
		case totalNot[w]:
			return false
		case w == "total" || eachForm(w, func(x string) bool {
			return x == "الاجمالية" || x == "الاجمالي" || x == "اجمالي"
		}):
			total = true
		case totalDeal[w] || eachForm(w, func(x string) bool {
			return strings.HasPrefix(x, "عقود") || strings.HasPrefix(x, "العقود") || strings.HasPrefix(x, "عقده") || strings.HasPrefix(x, "عقدها") ||
				strings.HasPrefix(x, "اتفاق") || strings.HasPrefix(x, "الاتفاق") || strings.HasPrefix(x, "صفق") || strings.HasPrefix(x, "الصفق")
		}):
			deal = true
		case strings.Contains(w, "استثمار") || strings.Contains(w, "تمويل") || strings.Contains(w, "تقييم") || strings.Contains(w, "جمع"):
			return false
		}
	}
	// "bringing the total to $4bn" names no deal; the deal the
	// sentence states is the one totalled (investments never reach here)
	return total && (deal || c.tok(k-1) == "total" || c.tok(k-1) == "value" && c.tok(k-2) == "total")
}

var totalHedge = map[string]bool{"about": true, "roughly": true, "around": true, "nearly": true, "approximately": true, "almost": true,
	"some": true, "over": true, "more": true, "than": true, "just": true, "under": true, "نحو": true, "بنحو": true, "حوالي": true,
	"قرابة": true, "اكثر": true, "من": true, "ما": true, "يقارب": true, "يزيد": true, "علي": true}

var totalDeal = map[string]bool{"contract": true, "contracts": true, "agreement": true, "agreements": true, "deal": true, "deals": true}

var totalNot = map[string]bool{"valuation": true, "investment": true, "investments": true, "commitment": true, "commitments": true,
	"funding": true, "raised": true, "would": true, "could": true, "may": true, "might": true}

// totalToDeal gives a contract total to the sentence's one deal pair
// (over a top-up amount it took first); false when the sentence has no
// such deal or more than one pair.
func (c *sctx) totalToDeal(f *figure) bool {
	var acc []*relCand
	for _, cd := range c.cands {
		if cd.dropped || cd.state || !statusTypes[cd.rel] || cd.rel == kg.InvestsIn || cd.rel == kg.PartnersWith && !cd.generic {
			continue
		}
		if len(acc) > 0 && !(cd.src == acc[0].src && cd.dst == acc[0].dst || cd.src == acc[0].dst && cd.dst == acc[0].src) {
			return false
		}
		acc = append(acc, cd)
	}
	if len(acc) == 0 {
		return false
	}
	for _, cd := range acc {
		m := f.money
		cd.fig.Amount, cd.fig.Period = &m, kg.Once
		if f.yearly {
			cd.fig.Period = kg.Year
		}
	}
	f.assigned = true
	return true
}

// acquisitionValue: the value verb at a ("values", "valuing") states what
// an acquisition pays for its target ("agreed to buy X for 183 pence a
// share, valuing it at £1.8bn", "The offer … values the company at
// £1.8bn" after the sentence that told the takeover): an all-cash or
// all-stock deal that values a company is its price. A round that values
// a company states a valuation, never an amount; so does a stake bought.
func (c *sctx) acquisitionValue(a *anchor, f *figure) bool {
	if form := c.r.v.norm[a.h.nb:a.h.ne]; form != "values" && form != "valuing" {
		return false
	}
	for i := range c.anchors {
		if b := &c.anchors[i]; b.tok < f.tlo && (b.lx.fr == frRaise || b.lx.fr == frJoin) {
			return false
		}
	}
	for _, g := range c.figs {
		if g.kind == fkStake {
			return false
		}
	}
	var acc []*relCand
	for _, cd := range c.cands {
		if !cd.dropped && cd.rel == kg.Acquires && cd.anchor < a.tok && cd.fig.Amount == nil {
			acc = append(acc, cd)
		}
	}
	if len(acc) > 0 {
		if !samePair(acc) {
			return false
		}
		for _, cd := range acc {
			setFig(cd, f)
		}
		return true
	}
	for _, cd := range c.cands {
		if !cd.dropped && statusTypes[cd.rel] {
			return false // the sentence's own deal is no takeover
		}
	}
	if !c.dealNounBefore(a.tok) {
		return false
	}
	d := c.r.sal.lastDeal
	if d == nil || d.typ != kg.Acquires || c.si-d.sent > 2 || len(d.cands) == 0 {
		return false
	}
	base := d.cands[0]
	nc := &relCand{rel: base.rel, src: base.src, dst: base.dst, conf: confAnaDeal, sent: c.si, anchor: a.tok}
	setFig(nc, f)
	d.cands = append(d.cands, nc)
	c.cands = append(c.cands, nc)
	return true
}

// dealNounBefore: an offer or deal noun is the subject of the verb at t
// ("The offer of 183 pence per share values", "the transaction values").
func (c *sctx) dealNounBefore(t int) bool {
	for k := t - 1; k >= c.s.tlo && k >= t-8; k-- {
		if c.r.v.toks[k].kind == tkPunct {
			return false
		}
		switch c.tok(k) {
		case "offer", "bid", "deal", "transaction", "acquisition", "takeover", "merger", "proposal":
			return true
		}
	}
	return false
}

// dealNounForm: a compute trigger that is itself a deal ("cloud deal",
// "compute contract"), which a value word can follow like any deal.
func dealNounForm(form string) bool {
	return strings.HasSuffix(form, " deal") || strings.HasSuffix(form, " contract") || strings.HasSuffix(form, " agreement")
}

// partnershipPurpose: the investment trigger at a (with no parties of its
// own) is the purpose of a partnership stated just before it ("a
// partnership with Y to invest …", "شراكة مع Y لاستثمار …", "بهدف
// استثمار"); it returns that partnership's candidates, one pair only.
func (c *sctx) partnershipPurpose(a *anchor) []*relCand {
	purpose := strings.HasSuffix(a.h.prefix(c.r.v.norm), "ل")
	if a.tok-1 >= c.s.tlo {
		if p := c.tok(a.tok - 1); p == "to" || p == "بهدف" || p == "لغرض" {
			purpose = true
		}
	}
	if !purpose {
		return nil
	}
	for i := len(c.anchors) - 1; i >= 0; i-- {
		b := &c.anchors[i]
		if b.tok >= a.tok {
			continue
		}
		if a.tok-b.tok > 10 {
			return nil
		}
		for k := b.tok + 1; k < a.tok-1; k++ {
			if w := c.tok(k); w == "," || w == "." || w == ";" || w == ":" {
				return nil // (quotes and brackets around a name are no clause break)
			}
		}
		live := liveCands(b.cands)
		if len(live) == 0 {
			continue
		}
		var acc []*relCand
		for _, cd := range live {
			if cd.rel == kg.PartnersWith && cd.fig.Amount == nil {
				acc = append(acc, cd)
			}
		}
		if len(acc) == 0 || !samePair(acc) {
			return nil
		}
		return acc
	}
	return nil
}

// noCounterparty: an investment trigger's candidates all put money into a
// place ("to invest $5bn in an AI zone in Saudi Arabia"), which is no
// counterparty (they go at the end): the money has no investee.
func (c *sctx) noCounterparty(cs []*relCand) bool {
	for _, cd := range cs {
		if c.r.ents[cd.dst].Kind != kg.Place {
			return false
		}
	}
	return true
}

// contractRevenue: amount f is the revenue a contract is to bring its
// supplier ("a contract that Oracle … said was expected to bring in more
// than $30bn in revenue a year", "the deal will generate $2bn in sales",
// "عقد يُتوقع أن يدرّ 30 مليار دولار من الإيرادات سنوياً"): what a
// contract brings in is what it is worth. It goes to the contract's pair
// or, when the contract names none and the sentence refers back to the
// last deal ("The expansion is part of a contract …"), to that deal. A
// company's own revenue (no bring-in verb, no contract) is no amount.
func (c *sctx) contractRevenue(f *figure) bool {
	k := f.tlo - 1
	for k > c.s.tlo && (totalHedge[c.tok(k)] || c.tok(k) == "in") {
		k--
	}
	if k <= c.s.tlo || !revenueVerb[strings.TrimPrefix(c.tok(k), "و")] {
		return false
	}
	j := f.thi
	for j < c.s.thi && j <= f.thi+2 && !revenueNoun(c.tok(j)) {
		j++
	}
	if j >= c.s.thi || j > f.thi+2 {
		return false
	}
	var d *anchor
	for i := range c.anchors {
		b := &c.anchors[i]
		if b.tok < k && k-b.tok <= 20 && (b.lx.fr == frDeal || b.lx.fr == frCompute && dealNounForm(c.r.v.norm[b.h.nb:b.h.ne])) {
			d = b
		}
	}
	if d == nil {
		return false
	}
	for t := d.tok + 1; t < k; t++ {
		if w := c.tok(t); w == "." || w == ";" {
			return false
		}
	}
	var acc []*relCand
	for _, cd := range liveCands(d.cands) {
		if statusTypes[cd.rel] && takesFig(cd, f.kind) {
			acc = append(acc, cd)
		}
	}
	if len(acc) > 0 {
		if !samePair(acc) {
			return false
		}
		for _, cd := range acc {
			setFig(cd, f)
		}
		f.assigned = true
		return true
	}
	for _, cd := range c.cands {
		if !cd.dropped && statusTypes[cd.rel] {
			return false // another deal of the sentence's own
		}
	}
	ld := c.r.sal.lastDeal
	if ld == nil || ld.typ == "" && !(len(ld.cands) > 0 && ld.cands[0].generic) || c.si-ld.sent > 2 || len(ld.cands) == 0 || !c.dealBackReference() {
		return false
	}
	base := ld.cands[0]
	nc := &relCand{rel: base.rel, src: base.src, dst: base.dst, conf: confAnaDeal, sent: c.si, anchor: d.tok, generic: base.generic}
	setFig(nc, f)
	ld.cands = append(ld.cands, nc)
	c.cands = append(c.cands, nc)
	f.assigned = true
	return true
}

var revenueVerb = map[string]bool{"bring": true, "brings": true, "bringing": true, "brought": true, "generate": true, "generates": true,
	"generating": true, "generated": true, "yield": true, "yields": true, "add": true, "adds": true, "يدر": true, "تدر": true, "سيدر": true,
	"ستدر": true, "يضيف": true, "تضيف": true, "ستضيف": true, "سيضيف": true}

func revenueNoun(w string) bool {
	switch w {
	case "revenue", "revenues", "sales":
		return true
	}
	return strings.HasSuffix(w, "ايرادات") || strings.HasSuffix(w, "عائدات")
}

// dealBackReference: the sentence names the last deal again with a
// definite deal noun ("The expansion is part of a contract …", "the
// agreement", "الصفقة", "الاتفاق").
func (c *sctx) dealBackReference() bool {
	for k := c.s.tlo; k+1 < c.s.thi; k++ {
		if w := c.tok(k); w == "the" || w == "this" || w == "that" {
			switch c.tok(k + 1) {
			case "expansion", "agreement", "deal", "contract", "partnership", "arrangement", "pact", "transaction", "extension":
				return true
			}
		}
		switch c.tok(k) {
		case "الاتفاق", "الاتفاقية", "الصفقة", "العقد", "التوسعة", "الشراكة", "وهذه", "وهذا":
			return true
		}
	}
	return false
}

// valueNounAfter: amount f is a company's size or takings named by the
// value noun right after it ("adding $150bn to its market value", "$16bn
// in revenue", "$11tn in assets", "$72bn of capital expenditure"), with
// no value word or deal before it that would make it a deal's ("worth
// $30bn in revenue a year" stays the deal's).
func (c *sctx) valueNounAfter(f *figure) bool {
	for i := range c.anchors {
		a := &c.anchors[i]
		if a.tok < f.tlo && f.tlo-a.tok <= 4 && (a.lx.fr == frValue || a.lx.fr == frDeal) {
			return false
		}
	}
	for i := range c.anchors {
		a := &c.anchors[i]
		if a.lx.fr != frValue || a.tok < f.thi || a.tok-f.thi > 3 {
			continue
		}
		switch form := c.r.v.norm[a.h.nb:a.h.ne]; form {
		case "worth", "value", "valued", "values", "valuing":
			continue
		}
		ok := true
		for k := f.thi; k < a.tok; k++ {
			switch c.tok(k) {
			case "to", "its", "their", "the", "of", "in", "a", "an", "annual", "yearly", "من":
			default:
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// entitySize: amount f stands before an organisation's name that ends
// its noun phrase ("backed by the $900bn Public Investment Fund"): the
// organisation's size, not a deal's value ("a $10bn OpenAI contract"
// goes on to its deal noun and stays the contract's).
func (c *sctx) entitySize(f *figure) bool {
	if f.thi >= c.s.thi {
		return false
	}
	gi := c.grpAt[f.thi-c.s.tlo]
	if gi < 0 {
		return false
	}
	g := &c.groups[gi]
	if g.tlo != f.thi || c.groupKind(g)&kOrg == 0 {
		return false
	}
	return g.thi >= c.s.thi || !c.trigTok(g.thi) && c.tok(g.thi) != "'s" && c.tok(g.thi) != "-"
}

// paidAmount: amount f is what a payer pays the payee right before it
// ("pay Oracle $30bn a year for …", "is paying Google about $1bn a year
// to use Gemini", "ستدفع OpenAI لأوراكل نحو 30 مليار دولار سنوياً"): it
// goes to the relation the payment made (paidForCompute), nothing but
// the payee and hedges between the verb and the amount.
func (c *sctx) paidAmount(f *figure) bool {
	for _, cd := range c.cands {
		if cd.dropped || cd.fig.Amount != nil || cd.anchor >= f.tlo || f.tlo-cd.anchor > 7 || !payForm[c.tok(cd.anchor)] {
			continue
		}
		for k := cd.anchor + 1; k < f.tlo; k++ {
			if c.trigTok(k) || c.r.v.toks[k].kind == tkPunct && !closeQuote(c.tok(k)) && c.tok(k) != "«" {
				return false
			}
		}
		setFig(cd, f)
		f.assigned = true
		return true
	}
	return false
}

// investorOwnAmount: amount f is what one investor of the sentence puts
// in, stated with the investor as its subject ("led by ASML, which
// invested €1.3bn", "Disruptive, which put in $350m", "led by Disruptive
// with $350m", "Disruptive led the round with $350m", "قادتها ASML التي
// استثمرت 1.3 مليار يورو", "قادتها X بمبلغ 350 مليون دولار"): it is that
// investor's amount, over the round's size the lead would otherwise get.
func (c *sctx) investorOwnAmount(f *figure) bool {
	k := f.tlo - 1
	for k > c.s.tlo && ownHedge[c.tok(k)] {
		k--
	}
	if k <= c.s.tlo {
		return false
	}
	x := -1 // the token right after the investor's name
	switch w := c.tok(k); {
	case w == "with" || w == "بمبلغ":
		// "led by X with $N", "X led the round with $N", "قادتها X بمبلغ"
		x = k
		if k-1 > c.s.tlo && (c.tok(k-1) == "round" || c.tok(k-1) == "financing") && c.tok(k-2) == "the" && k-3 > c.s.tlo && c.tok(k-3) == "led" {
			x = k - 3
		}
	case ownVerb2[w] || w == "in" && k-1 > c.s.tlo && (c.tok(k-1) == "put" || c.tok(k-1) == "putting" || c.tok(k-1) == "puts"):
		if w == "in" {
			k--
		}
		j := k - 1
		for j > c.s.tlo && ownAux[c.tok(j)] {
			j--
		}
		switch c.tok(j) {
		case "which", "who", "that", "التي", "الذي":
		default:
			return false
		}
		x = j
		if j-1 > c.s.tlo && c.tok(j-1) == "," {
			x = j - 1
		}
	default:
		return false
	}
	if x-1 < c.s.tlo {
		return false
	}
	gi := c.grpAt[x-1-c.s.tlo]
	if gi < 0 || c.groups[gi].thi != x || len(c.groups[gi].ms) != 1 {
		return false
	}
	inv := c.ms[c.groups[gi].ms[0]].ent
	var own *relCand
	for _, cd := range c.cands {
		if cd.dropped || cd.rel != kg.InvestsIn || cd.src != inv {
			continue
		}
		if own != nil && own.dst != cd.dst {
			return false
		}
		own = cd
	}
	if own == nil {
		return false
	}
	for _, cd := range c.cands {
		if !cd.dropped && cd.rel == kg.InvestsIn && cd.src == inv && cd.dst == own.dst {
			m := f.money
			cd.fig.Amount, cd.fig.Period = &m, kg.Once
		}
	}
	f.assigned = true
	return true
}

var ownHedge = map[string]bool{"about": true, "roughly": true, "around": true, "nearly": true, "approximately": true, "some": true,
	"up": true, "to": true, "more": true, "than": true, "an": true, "additional": true, "another": true, "a": true, "further": true,
	"نحو": true, "حوالي": true, "قرابة": true}

var ownVerb2 = map[string]bool{"invested": true, "invests": true, "invest": true, "investing": true, "contributed": true, "contributes": true,
	"contributing": true, "committed": true, "commits": true, "committing": true, "provided": true, "provides": true, "providing": true,
	"poured": true, "pouring": true, "ploughed": true, "injected": true, "injecting": true, "provide": true, "contribute": true,
	"commit": true, "inject": true, "pour": true, "ستقدم": true, "سيقدم": true, "قدمت": true, "ستساهم": true, "سيساهم": true,
	"استثمرت": true, "استثمر": true, "ستستثمر": true, "سيستثمر": true, "ضخت": true, "ضخ": true, "ستضخ": true, "سيضخ": true,
	"ساهمت": true, "ساهم": true, "اسهمت": true, "اسهم": true}

var ownAux = map[string]bool{"is": true, "was": true, "has": true, "had": true, "have": true, "will": true, "would": true, "also": true,
	"alone": true, "itself": true, "reportedly": true, "قد": true}

// definiteOver: the deal word at t is definite over its modifiers ("the
// five-year contract", "the $11.9bn agreement", "the new deal"): "the"
// stands within three tokens before it with only lower-case words,
// numbers and hyphens between.
func (c *sctx) definiteOver(t int) bool {
	for k := t - 1; k >= c.s.tlo && k >= t-4; k-- {
		w := c.tok(k)
		switch w {
		case "the", "this", "that":
			return k < t-1
		case "-", "$":
			continue
		}
		tk := c.r.v.toks[k]
		if tk.kind == tkNum || fold1(w) {
			continue
		}
		if tk.flags&tfLatin == 0 || tk.flags&tfUpper != 0 || c.trigTok(k) || c.grpAt[k-c.s.tlo] >= 0 {
			return false
		}
	}
	return false
}

// priceFigure: amount f is the price a sentence states for the deal
// ("The purchase price is $32bn", "put the price at $32bn", "estimated
// the price at about $32bn", "The price: about $20bn", "وبلغ سعر
// الصفقة …", "بثمن يبلغ …"): the sentence's one deal pair, else the last
// deal of the article. A price per share is not ("at a price of $23.28
// each").
func (c *sctx) priceFigure(f *figure) bool {
	k := f.tlo - 1
	for k > c.s.tlo && (totalHedge[c.tok(k)] || c.tok(k) == "at" || c.tok(k) == "is" || c.tok(k) == "was" || c.tok(k) == "of" || c.tok(k) == ":" ||
		c.tok(k) == "be" || c.tok(k) == "will" || c.tok(k) == "يبلغ" || c.tok(k) == "بلغ" || c.tok(k) == "تبلغ" || c.tok(k) == "بلغت") {
		k--
	}
	if k < c.s.tlo || f.tlo-k > 6 {
		return false
	}
	w := c.tok(k)
	if !(w == "price" || w == "tag" && k-1 >= c.s.tlo && c.tok(k-1) == "price") {
		if !eachForm(w, func(x string) bool {
			return x == "سعر" || x == "السعر" || x == "ثمن" || x == "الثمن" || x == "سعرها" || x == "ثمنها"
		}) {
			return false
		}
	}
	for j := f.thi; j < c.s.thi && j <= f.thi+2; j++ {
		switch c.tok(j) {
		case "each", "per", "a", "للسهم", "apiece":
			return false
		}
	}
	var acc []*relCand
	for _, cd := range c.cands {
		if !cd.dropped && statusTypes[cd.rel] && cd.rel != kg.InvestsIn && takesFig(cd, f.kind) {
			acc = append(acc, cd)
		}
	}
	if len(acc) > 0 {
		if !samePair(acc) {
			return false
		}
		for _, cd := range acc {
			setFig(cd, f)
		}
		f.assigned = true
		return true
	}
	for _, cd := range c.cands {
		if !cd.dropped && statusTypes[cd.rel] {
			return false
		}
	}
	ld := c.r.sal.lastDeal
	if ld == nil || ld.typ == "" && !(len(ld.cands) > 0 && ld.cands[0].generic) || ld.typ == kg.InvestsIn || c.si-ld.sent > 2 || len(ld.cands) == 0 {
		return false
	}
	base := ld.cands[0]
	nc := &relCand{rel: base.rel, src: base.src, dst: base.dst, conf: confAnaDeal, sent: c.si, anchor: k, generic: base.generic}
	setFig(nc, f)
	ld.cands = append(ld.cands, nc)
	c.cands = append(c.cands, nc)
	f.assigned = true
	return true
}

// participantsOnly: the round trigger a names its investors as mere
// participants: the trigger is a participation word ("with participation
// from", "بمشاركة") or the investors follow an includer ("from investors
// including X", "such as", "among them", "من بينهم"), so none of them is
// given the round's size (the lead, when named, gets it).
func (c *sctx) participantsOnly(a *anchor, acc []*relCand) bool {
	for _, cd := range acc {
		if cd.lead || cd.rel != kg.InvestsIn {
			return false
		}
	}
	form := c.r.v.norm[a.h.nb:a.h.ne]
	if form == "participation" || strings.HasSuffix(form, "مشاركة") {
		return true
	}
	for _, cd := range acc {
		for _, m := range c.ms {
			if m.ent != cd.src || m.tlo <= a.tok {
				continue
			}
			inc := false
			for k := m.tlo - 1; k > a.tok && k >= m.tlo-6 && !inc; k-- {
				w := c.tok(k)
				inc = includer[w] || w == "as" && c.tok(k-1) == "such" || strings.HasSuffix(w, "مشاركة")
			}
			if !inc {
				return false
			}
			break
		}
	}
	return true
}

var includer = map[string]bool{"including": true, "includes": true, "included": true, "among": true, "participation": true, "بينهم": true, "بينها": true,
	"منهم": true, "ابرزهم": true, "ابرزها": true, "مثل": true}

// pendingAmount: an amount of the sentence went to no relation.
func (c *sctx) pendingAmount() bool {
	for i := range c.pending {
		if c.pending[i].kind == fkAmount && !c.pending[i].raise && !c.pending[i].company {
			return true
		}
	}
	return false
}

// companyValueForm: a value noun that measures a company (its valuation,
// revenue, sales, spending, market value, assets), never a deal.
func companyValueForm(form string) bool {
	switch form {
	case "valuation", "valuations", "revenue", "revenues", "sales", "capex", "market value", "market cap", "capital expenditure",
		"capital expenditures", "capital spending", "market capitalisation", "market capitalization", "assets", "assets under management":
		return true
	}
	for _, p := range []string{"تقييم", "ايرادات", "عائدات", "انفاق", "اصول", "الاصول"} {
		if strings.HasPrefix(form, p) {
			return true
		}
	}
	return strings.Contains(form, "السوقية")
}

// payForCompute: the sentence pays for or prices compute as a whole
// ("OpenAI will pay about $30bn a year for the capacity", "The chips will
// cost about $3bn"), not per unit ("per gigawatt", "كل غيغاواط").
func (c *sctx) payForCompute() bool {
	pay := false
	for k := c.s.tlo; k < c.s.thi; k++ {
		w := c.tok(k)
		switch {
		case w == "per" || w == "each" || w == "كل" || w == "للغيغاواط" || w == "للميغاواط":
			return false
		case payForm[strings.TrimPrefix(w, "و")] || w == "cost" || w == "costs" || w == "تكلف" || w == "ستكلف" || w == "سيكلف" || w == "يكلف":
			pay = true
		}
	}
	return pay
}

// paidForCompany reads "Google will pay $32bn for Wiz", "Nvidia paid $6.9bn
// in cash for Mellanox": money paid for a company named whole after "for"
// buys it. Paying for a stake, for a company's products or capacity
// ("for Oracle's capacity", "for Nvidia chips") is not buying it.
func (c *sctx) paidForCompany(payer *group, v0, v1 int) bool {
	k := v1
	for k < c.s.thi && ownHedge[c.tok(k)] {
		k++
	}
	if k >= c.s.thi {
		return false
	}
	_, j, ok := c.r.v.amountAt(k, c.s.thi)
	if !ok {
		return false
	}
	for j < c.s.thi && j <= k+8 {
		switch c.tok(j) {
		case "in", "cash", "stock", "and", "shares", "equity", "an", "a", "all-cash", "all-stock", "deal", "transaction":
			j++
			continue
		}
		break
	}
	if j+1 >= c.s.thi || c.tok(j) != "for" {
		return false
	}
	gi := c.grpAt[j+1-c.s.tlo]
	if gi < 0 {
		return false
	}
	g := &c.groups[gi]
	if g.tlo != j+1 || len(g.ms) != 1 || c.groupKind(g) != kOrg || g == payer {
		return false
	}
	if g.thi < c.s.thi {
		if w := c.tok(g.thi); !(c.r.v.toks[g.thi].kind == tkPunct && w != "'" && w != "-" || stopFill[w] && w != "of") {
			return false // "for Oracle's capacity", "for Nvidia chips"
		}
	}
	c.emit(kg.Acquires, c.argOf(payer), c.argOf(g), confWeak, v0, nil)
	return true
}
