package extract

// Word sets and constructions added for compute products, hosting, leasing and payments.

import (
	"strings"

	"github.com/aikg/aikg/kg"
)

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
	// "opened an office in Paris", "plans to set up offices in Riyadh": a
	// branch being opened, not the seat ("SSI, which has offices in Palo
	// Alto and Tel Aviv" stays)
	if w := c.tok(trS); w == "office" || w == "offices" {
		for j := trS - 1; j >= c.s.tlo && j >= trS-4; j-- {
			if officeOpening[c.tok(j)] {
				return true
			}
		}
	}
	return false
}

// officeOpening: verbs that open or add a branch office.
var officeOpening = map[string]bool{"open": true, "opens": true, "opened": true, "opening": true, "launch": true, "launched": true,
	"launches": true, "establish": true, "established": true, "establishes": true, "set": true, "sets": true, "add": true, "added": true,
	"adds": true, "adding": true, "expand": true, "expanded": true, "expands": true, "expanding": true, "setting": true, "branch": true, "satellite": true}

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

// ownerNamed: a sentence that names a product and, by name, the company
// the gazetteer knows makes it ("Anthropic said Claude Code now earns …",
// "أطلقت أنثروبيك كلود") states who runs it in most news sentences, in
// whatever construction; the link is weak, and only the known maker, never
// another company of the sentence, gets it.
func (c *sctx) ownerNamed() {
	for i := range c.ms {
		p := &c.ms[i]
		if p.coref || p.tlo < c.s.tlo || p.thi > c.s.thi {
			continue
		}
		pe := c.r.ents[p.ent]
		if pe.Kind != kg.Product && pe.Kind != kg.Project || pe.gaz == nil || pe.gaz.ownerIx < 0 {
			continue
		}
		if c.usedBy(p.tlo) {
			continue // "Databricks … to sell Claude models": someone else's use of it
		}
		oid := c.r.x.ents[pe.gaz.ownerIx].ID
		for j := range c.ms {
			o := &c.ms[j]
			if j == i || o.coref || o.weak || o.tlo < c.s.tlo || o.thi > c.s.thi || c.r.ents[o.ent].ID != oid {
				continue
			}
			c.emit(kg.Operates, arg{ents: []int{o.ent}}, arg{ents: []int{p.ent}}, confWeak, c.s.tlo, nil)
			break
		}
	}
}

// usedBy: a verb of using, reselling or integrating governs the product
// starting at token t ("to sell Claude models", "will integrate Gemini",
// "تستخدم نموذج كلود").
func (c *sctx) usedBy(t int) bool {
	for j := t - 1; j >= c.s.tlo && j >= t-3; j-- {
		if productUse[c.tok(j)] {
			return true
		}
	}
	return false
}

// productUse: verbs and nouns of someone else's use of a product.
var productUse = map[string]bool{"sell": true, "sells": true, "selling": true, "resell": true, "resells": true, "offer": true, "offers": true,
	"offering": true, "use": true, "uses": true, "using": true, "used": true, "integrate": true, "integrates": true, "integrating": true,
	"integrated": true, "deploy": true, "deploys": true, "deploying": true, "host": true, "hosts": true, "hosting": true, "access": true,
	"adopt": true, "adopts": true, "adopted": true, "license": true, "licenses": true, "licensed": true,
	"تبيع": true, "يبيع": true, "بيع": true, "تستخدم": true, "يستخدم": true, "استخدام": true, "باستخدام": true, "تدمج": true, "يدمج": true,
	"دمج": true, "بدمج": true, "ستدمج": true, "سيدمج": true, "تستضيف": true, "يستضيف": true, "استضافة": true, "تعتمد": true, "يعتمد": true}

// basedOpener: "Based in London, Nscale builds …", "Headquartered in
// Riyadh, Humain …": a participle opening the sentence places its subject.
func (c *sctx) basedOpener() {
	t := c.s.tlo
	if t+3 >= c.s.thi || c.tok(t+1) != "in" {
		return
	}
	if w := c.tok(t); w != "based" && w != "headquartered" {
		return
	}
	pl := c.R(t+2, 0)
	if pl == nil || pl.tlo != t+2 || c.groupKind(pl) != kPlace {
		return
	}
	k := pl.thi
	for k < c.s.thi && k <= pl.thi+4 && c.tok(k) != "," {
		k++ // "Based in Toronto, Ontario, Cohere": the city's state
	}
	for k < c.s.thi && c.tok(k) == "," && k+1 < c.s.thi && c.grpAt[k+1-c.s.tlo] >= 0 && c.groupKind(&c.groups[c.grpAt[k+1-c.s.tlo]]) == kPlace {
		k = c.groups[c.grpAt[k+1-c.s.tlo]].thi
	}
	if k >= c.s.thi || c.tok(k) != "," {
		return
	}
	if o := c.R(k+1, 0); o != nil && o.tlo == k+1 && c.groupKind(o) == kOrg && len(o.ms) == 1 {
		c.emit(kg.LocatedIn, c.argOf(o), c.argOf(pl), confNoun, t, nil)
	}
}
