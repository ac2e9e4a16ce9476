package extract

import (
	"strings"

	"github.com/aikg/aikg/kg"
)

// paidForCompanyAr reads the Arabic "ستدفع غوغل 32 مليار دولار مقابل شركة
// Wiz", "دفعت X 6.9 مليار دولار نقداً لقاء Y": money the subject pays in
// exchange for a company named whole right after "مقابل"/"لقاء" buys it.
// Paying for a stake, for services or chips ("مقابل حصة", "مقابل قدرات
// حوسبة", "مقابل رقائق إنفيديا") names no company there.
func (c *sctx) paidForCompanyAr(payer *group, v0 int) bool {
	k := payer.thi
	for k < c.s.thi && arHedge[c.tok(k)] {
		k++
	}
	if k >= c.s.thi {
		return false
	}
	_, j, ok := c.r.v.amountAt(k, c.s.thi)
	if !ok {
		return false
	}
	for j < c.s.thi && (c.tok(j) == "نقدا" || c.tok(j) == "اسهما" || c.tok(j) == "واسهما" || c.tok(j) == "ونقدا") {
		j++
	}
	if j+1 >= c.s.thi || c.tok(j) != "مقابل" && c.tok(j) != "لقاء" {
		return false
	}
	t := j + 1
	if w := c.tok(t); (w == "شركة" || w == "الشركة") && t+1 < c.s.thi {
		t++
	}
	if c.tok(t) == "«" && t+1 < c.s.thi {
		t++
	}
	gi := c.grpAt[t-c.s.tlo]
	if gi < 0 {
		return false
	}
	g := &c.groups[gi]
	if g.tlo != t || len(g.ms) != 1 || c.groupKind(g) != kOrg || g == payer {
		return false
	}
	if e := g.thi; e < c.s.thi {
		if w := c.tok(e); !(c.r.v.toks[e].kind == tkPunct || stopFill[w] || arClauseStart(w)) {
			return false
		}
	}
	c.emit(kg.Acquires, c.argOf(payer), c.argOf(g), confWeak, v0, nil)
	return true
}

// arHedge: approximators before an Arabic amount.
var arHedge = map[string]bool{"نحو": true, "حوالي": true, "قرابة": true, "ما": true, "يصل": true, "الي": true, "اكثر": true,
	"من": true, "يقارب": true, "مبلغ": true, "مبلغا": true}

// arClauseStart: a word that opens the next clause after a name ("في
// صفقة", "وهي", "بعد").
func arClauseStart(w string) bool {
	switch w {
	case "وهي", "وهو", "بعد", "بعدما", "ضمن", "لتصبح", "ليصبح", "ما", "مما", "وذلك", "عام", "العام", "خلال":
		return true
	}
	return false
}

// pricedObject: of a trigger's candidates with different objects ("agreed
// to buy Ampere Computing for $6.5bn, and Oracle, …"), the one whose
// object stands right before "for"/"مقابل"/"بقيمة" and the amount is the
// one priced; nil when none is.
func (c *sctx) pricedObject(acc []*relCand, f *figure) []*relCand {
	k := f.tlo - 1
	for k > c.s.tlo && (ownHedge[c.tok(k)] || arHedge[c.tok(k)]) {
		k--
	}
	if k <= c.s.tlo {
		return nil
	}
	switch c.tok(k) {
	case "for", "مقابل", "بقيمة", "لقاء", "at":
	default:
		return nil
	}
	gi := c.grpAt[k-1-c.s.tlo]
	if gi < 0 || c.groups[gi].thi != k || len(c.groups[gi].ms) != 1 {
		return nil
	}
	e := c.ms[c.groups[gi].ms[0]].ent
	var out []*relCand
	for _, cd := range acc {
		if cd.dst == e {
			out = append(out, cd)
		}
	}
	if len(out) == 0 || !samePair(out) {
		return nil
	}
	return out
}

// ownShare reads an investor's share of a round given as a part of it
// ("SoftBank will provide $30bn of the $40bn", "… $30bn of the total",
// "وستساهم بـ30 مليار دولار منها"): the subject of the verb before the
// amount (or, with no subject of its own, the sentence's one lead
// investor) gets the share as its amount, over the round's size it may
// have got in this sentence or the one before.
func (c *sctx) ownShare(f *figure) bool {
	j := f.thi
	if j >= c.s.thi {
		return false
	}
	switch w := c.tok(j); {
	case w == "of" && j+1 < c.s.thi && (c.tok(j+1) == "the" || c.tok(j+1) == "it" || c.tok(j+1) == "that" || c.tok(j+1) == "its"):
	case w == "منها" || w == "من" && j+1 < c.s.thi && (c.tok(j+1) == "اجمالي" || c.tok(j+1) == "اصل"):
	default:
		return false
	}
	k := f.tlo - 1
	for k > c.s.tlo && (ownHedge[c.tok(k)] || arHedge[c.tok(k)] || c.tok(k) == "ب") {
		k--
	}
	v := strings.TrimPrefix(c.tok(k), "و")
	if !ownVerb2[v] {
		return false
	}
	inv := -1
	b := k - 1
	for b > c.s.tlo && ownAux[c.tok(b)] {
		b--
	}
	if b >= c.s.tlo {
		if gi := c.grpAt[b-c.s.tlo]; gi >= 0 && c.groups[gi].thi == b+1 && len(c.groups[gi].ms) == 1 && c.groupKind(&c.groups[gi]) == kOrg {
			inv = c.ms[c.groups[gi].ms[0]].ent
		}
	}
	if inv < 0 && c.r.v.toks[k].flags&tfArabic != 0 {
		// pro-drop: the sentence's one lead investor
		for _, cd := range c.cands {
			if !cd.dropped && cd.rel == kg.InvestsIn && cd.lead {
				if inv >= 0 && inv != cd.src {
					return false
				}
				inv = cd.src
			}
		}
	}
	if inv < 0 {
		return false
	}
	set := false
	give := func(cs []*relCand, from int) {
		for _, cd := range cs {
			if !cd.dropped && cd.rel == kg.InvestsIn && cd.src == inv && cd.sent >= from {
				m := f.money
				cd.fig.Amount, cd.fig.Period = &m, kg.Once
				set = true
			}
		}
	}
	give(c.cands, c.si)
	if !set {
		give(c.r.cands, c.si-1)
	}
	if set {
		f.assigned = true
	}
	return set
}
