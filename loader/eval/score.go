package eval

import (
	"math"
	"path"
	"sort"
	"strings"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader/read"
)

// HeadlineTypes returns the relation types the headline scores cover: the
// deal relations users ask about first.
func HeadlineTypes() []kg.RelationType {
	return []kg.RelationType{kg.InvestsIn, kg.Acquires, kg.SuppliesCompute, kg.PartnersWith, kg.Owns, kg.Leads}
}

func isHeadline(t kg.RelationType) bool {
	for _, h := range HeadlineTypes() {
		if h == t {
			return true
		}
	}
	return false
}

// Name is an extracted entity as the scorer sees it: its canonical name and
// every alias the extraction gave it.
type Name struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
}

// String is the canonical name.
func (n Name) String() string { return n.Name }

// matches reports whether a gold name, folded, is this entity's name or
// one of its aliases; exact says it matched the canonical name.
func (n Name) matches(folded string) (ok, exact bool) {
	if kg.Fold(n.Name) == folded {
		return true, true
	}
	for _, a := range n.Aliases {
		if kg.Fold(a) == folded {
			return true, false
		}
	}
	return false, false
}

// Item is one extracted relation, keyed like gold by its article.
type Item struct {
	// Article is the article's URL, else its file name relative to the
	// corpus folder (as in Gold).
	Article  string          `json:"article"`
	Lang     string          `json:"lang,omitempty"`
	Subject  Name            `json:"subject"`
	Relation kg.RelationType `json:"relation"`
	Object   Name            `json:"object"`
	// Figures are the relation's headline figures in the article.
	Figures kg.Figures `json:"figures"`
}

// Items turns one article's extraction into Items under the article key
// (see Item.Article). Relations whose ends are not among the extraction's
// entities are named by their ids.
func Items(article string, x *kg.Extraction) []Item {
	if x == nil {
		return nil
	}
	ents := make(map[string]Name, len(x.Entities))
	for _, e := range x.Entities {
		ents[e.ID] = Name{Name: e.Name, Aliases: e.Aliases}
	}
	name := func(id string) Name {
		if n, ok := ents[id]; ok {
			return n
		}
		return Name{Name: id}
	}
	out := make([]Item, 0, len(x.Relationships))
	for _, r := range x.Relationships {
		f := r.Figures
		if f.Confidence == 0 && len(r.Evidence) > 0 {
			// Not yet merged by kg.Prepare: take the headline ourselves.
			f = kg.Headline(r.Evidence)
		}
		out = append(out, Item{
			Article:  article,
			Lang:     x.Article.Lang,
			Subject:  name(r.SourceID),
			Relation: r.Type,
			Object:   name(r.TargetID),
			Figures:  f,
		})
	}
	return out
}

// articleKey normalises an article key so that gold and extraction agree
// on it: URLs in their canonical form, file names with forward slashes.
func articleKey(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		if c, err := read.CanonicalURL(s); err == nil {
			return c
		}
		return s
	}
	s = strings.ReplaceAll(s, `\`, "/")
	return path.Clean(s)
}

// Counts are the true positives, false positives and false negatives of a
// slice of the relations, with the ratios derived from them. A ratio with
// a zero denominator is 0 (and Defined says whether there was anything to
// score at all).
type Counts struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Defined reports whether there was any gold or extracted relation.
func (c Counts) Defined() bool { return c.TP+c.FP+c.FN > 0 }

func (c *Counts) finish() {
	c.Precision = ratio(c.TP, c.TP+c.FP)
	c.Recall = ratio(c.TP, c.TP+c.FN)
	if c.Precision+c.Recall > 0 {
		c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
	} else {
		c.F1 = 0
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// FigureScore is how often a figure (amount, capacity, status) of matched
// relations is right. Compared counts the matched relations where the
// gold or the extraction has the figure; Correct those where both have it
// and it agrees; Missing those where only the gold has it, Extra those
// where only the extraction has it, Wrong those where they disagree.
type FigureScore struct {
	Compared int     `json:"compared"`
	Correct  int     `json:"correct"`
	Missing  int     `json:"missing"`
	Extra    int     `json:"extra"`
	Wrong    int     `json:"wrong"`
	Accuracy float64 `json:"accuracy"`
}

func (f *FigureScore) add(goldHas, gotHas, agree bool) {
	switch {
	case !goldHas && !gotHas:
		return
	case goldHas && !gotHas:
		f.Missing++
	case !goldHas && gotHas:
		f.Extra++
	case agree:
		f.Correct++
	default:
		f.Wrong++
	}
	f.Compared++
}

func (f *FigureScore) finish() { f.Accuracy = ratio(f.Correct, f.Compared) }

// TypeScore is the counts of one relation type.
type TypeScore struct {
	Relation kg.RelationType `json:"relation"`
	Counts
}

// LangScore is the counts of the articles of one language.
type LangScore struct {
	Lang     string `json:"lang"`
	Articles int    `json:"articles"`
	All      Counts `json:"all"`
	Headline Counts `json:"headline"`
	// Amounts is the amount accuracy of this language's matched
	// relations: the done criterion asks for it per language, and one
	// language's misses hide in the pooled figure.
	Amounts FigureScore `json:"amounts"`
}

// Miss is a relation the scorer could not pair: a gold relation the
// extractor missed, or an extracted relation the gold does not have.
type Miss struct {
	Article  string          `json:"article"`
	Subject  string          `json:"subject"`
	Relation kg.RelationType `json:"relation"`
	Object   string          `json:"object"`
	// Line is the gold line (for a missed gold relation).
	Line int `json:"line,omitempty"`
}

// FigureError is a matched relation whose figure the extraction got wrong
// or left out.
type FigureError struct {
	Miss
	Figure string `json:"figure"` // "amount", "capacity", "status"
	Gold   string `json:"gold"`
	Got    string `json:"got"`
}

// Report is the outcome of scoring.
type Report struct {
	// Articles counts the articles the gold covers; Extracted those of
	// them the extractor produced anything for.
	Articles int `json:"articles"`
	// Overall counts every relation type; Headline only HeadlineTypes.
	Overall  Counts `json:"overall"`
	Headline Counts `json:"headline"`
	// ByType has one row per relation type of kg.RelationTypes, in that
	// order.
	ByType []TypeScore `json:"byType"`
	// ByLang has one row per language, sorted ("?" when unknown).
	ByLang     []LangScore `json:"byLang"`
	Amounts    FigureScore `json:"amounts"`
	Capacities FigureScore `json:"capacities"`
	Statuses   FigureScore `json:"statuses"`
	// Missed are the gold relations not found, Spurious the extracted
	// relations not in the gold, FigureErrors the figures got wrong; all
	// sorted by article, relation, subject, object.
	Missed       []Miss        `json:"missed,omitempty"`
	Spurious     []Miss        `json:"spurious,omitempty"`
	FigureErrors []FigureError `json:"figureErrors,omitempty"`
	// Unannotated lists articles that were extracted but have no gold
	// line; their relations are not scored. MissingArticles lists gold
	// articles the corpus did not contain (usually a URL that differs);
	// their gold relations count as missed. Run fills both; Score only
	// Unannotated.
	Unannotated     []string `json:"unannotated,omitempty"`
	MissingArticles []string `json:"missingArticles,omitempty"`
	// Failures are the files and articles that could not be read or
	// extracted (Run only), as "where: reason".
	Failures []string `json:"failures,omitempty"`
}

// Type returns the counts of one relation type.
func (r *Report) Type(t kg.RelationType) Counts {
	for _, s := range r.ByType {
		if s.Relation == t {
			return s.Counts
		}
	}
	return Counts{}
}

// Lang returns the scores of one language (zero when it has none).
func (r *Report) Lang(lang string) LangScore {
	for _, s := range r.ByLang {
		if s.Lang == lang {
			return s
		}
	}
	return LangScore{Lang: lang}
}

// amountTolerance is the relative error under which an amount is right:
// articles round ("about $13 billion" for 13.75).
const amountTolerance = 0.01

func close1(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= amountTolerance*math.Max(math.Abs(a), math.Abs(b))
}

// Score pairs gold relations with extracted ones and counts. A gold
// relation and an item pair when their article keys agree, their relation
// types are the same and the gold subject and object match the item's ends
// by folded name or alias (either way round for symmetric types). Items of
// articles without any gold line are left out of the counts and listed in
// Report.Unannotated. Each item pairs with at most one gold relation and
// the other way round; a canonical-name match is preferred over an alias
// match.
func Score(gold []Gold, got []Item) *Report {
	rep := &Report{}
	type art struct {
		lang      string
		gold      []int
		items     []int
		extracted bool
	}
	arts := map[string]*art{}
	get := func(k string) *art {
		a := arts[k]
		if a == nil {
			a = &art{}
			arts[k] = a
		}
		return a
	}
	for i := range gold {
		a := get(articleKey(gold[i].Article))
		a.gold = append(a.gold, i)
		if a.lang == "" {
			a.lang = gold[i].Lang
		}
	}
	unannotated := map[string]bool{}
	for i := range got {
		k := articleKey(got[i].Article)
		a := arts[k]
		if a == nil || len(a.gold) == 0 {
			unannotated[k] = true
			continue
		}
		a.items = append(a.items, i)
		a.extracted = true
		if a.lang == "" {
			a.lang = got[i].Lang
		}
	}
	for k := range unannotated {
		rep.Unannotated = append(rep.Unannotated, k)
	}
	sort.Strings(rep.Unannotated)

	byType := map[kg.RelationType]*Counts{}
	for _, t := range kg.RelationTypes {
		byType[t] = &Counts{}
	}
	byLang := map[string]*LangScore{}
	count := func(lang string, t kg.RelationType, tp, fp, fn int) {
		for _, c := range []*Counts{&rep.Overall, byType[t]} {
			c.TP, c.FP, c.FN = c.TP+tp, c.FP+fp, c.FN+fn
		}
		ls := byLang[lang]
		ls.All.TP, ls.All.FP, ls.All.FN = ls.All.TP+tp, ls.All.FP+fp, ls.All.FN+fn
		if isHeadline(t) {
			rep.Headline.TP, rep.Headline.FP, rep.Headline.FN = rep.Headline.TP+tp, rep.Headline.FP+fp, rep.Headline.FN+fn
			ls.Headline.TP, ls.Headline.FP, ls.Headline.FN = ls.Headline.TP+tp, ls.Headline.FP+fp, ls.Headline.FN+fn
		}
	}

	keys := make([]string, 0, len(arts))
	for k, a := range arts {
		if len(a.gold) > 0 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		a := arts[k]
		lang := a.lang
		if lang == "" {
			lang = "?"
		}
		if byLang[lang] == nil {
			byLang[lang] = &LangScore{Lang: lang}
		}
		byLang[lang].Articles++
		rep.Articles++
		pairs := pair(gold, a.gold, got, a.items)
		usedItem := map[int]bool{}
		for _, gi := range a.gold {
			g := &gold[gi]
			ii, ok := pairs[gi]
			if !ok {
				count(lang, g.Relation, 0, 0, 1)
				rep.Missed = append(rep.Missed, Miss{Article: k, Subject: g.Subject, Relation: g.Relation, Object: g.Object, Line: g.Line})
				continue
			}
			usedItem[ii] = true
			count(lang, g.Relation, 1, 0, 0)
			rep.figures(k, g, &got[ii], &byLang[lang].Amounts)
		}
		for _, ii := range a.items {
			if usedItem[ii] {
				continue
			}
			it := &got[ii]
			if !it.Relation.Valid() {
				continue
			}
			count(lang, it.Relation, 0, 1, 0)
			rep.Spurious = append(rep.Spurious, Miss{Article: k, Subject: it.Subject.Name, Relation: it.Relation, Object: it.Object.Name})
		}
	}

	rep.Overall.finish()
	rep.Headline.finish()
	for _, t := range kg.RelationTypes {
		c := byType[t]
		c.finish()
		rep.ByType = append(rep.ByType, TypeScore{Relation: t, Counts: *c})
	}
	langs := make([]string, 0, len(byLang))
	for l := range byLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		ls := byLang[l]
		ls.All.finish()
		ls.Headline.finish()
		ls.Amounts.finish()
		rep.ByLang = append(rep.ByLang, *ls)
	}
	rep.Amounts.finish()
	rep.Capacities.finish()
	rep.Statuses.finish()
	sortMisses(rep.Missed)
	sortMisses(rep.Spurious)
	sort.SliceStable(rep.FigureErrors, func(i, j int) bool { return lessMiss(rep.FigureErrors[i].Miss, rep.FigureErrors[j].Miss) })
	return rep
}

// pair matches one article's gold relations with its items: first every
// pair whose names are the canonical names, then the alias matches, each
// time in gold order, so the outcome does not depend on item order.
func pair(gold []Gold, gs []int, got []Item, is []int) map[int]int {
	out := map[int]int{}
	used := map[int]bool{}
	for _, exactOnly := range []bool{true, false} {
		for _, gi := range gs {
			if _, done := out[gi]; done {
				continue
			}
			g := &gold[gi]
			fs, fo := kg.Fold(g.Subject), kg.Fold(g.Object)
			for _, ii := range is {
				if used[ii] || got[ii].Relation != g.Relation {
					continue
				}
				if ok, exact := matchEnds(&got[ii], g.Relation, fs, fo); ok && (exact || !exactOnly) {
					out[gi] = ii
					used[ii] = true
					break
				}
			}
		}
	}
	return out
}

func matchEnds(it *Item, t kg.RelationType, fs, fo string) (ok, exact bool) {
	s1, e1 := it.Subject.matches(fs)
	o1, e2 := it.Object.matches(fo)
	if s1 && o1 {
		return true, e1 && e2
	}
	if t.Symmetric() {
		s2, e3 := it.Object.matches(fs)
		o2, e4 := it.Subject.matches(fo)
		if s2 && o2 {
			return true, e3 && e4
		}
	}
	return false, false
}

// figures scores the amount, capacity and status of a matched pair.
func (r *Report) figures(article string, g *Gold, it *Item, langAmounts *FigureScore) {
	m := Miss{Article: article, Subject: g.Subject, Relation: g.Relation, Object: g.Object, Line: g.Line}
	note := func(fig, want, got string) {
		r.FigureErrors = append(r.FigureErrors, FigureError{Miss: m, Figure: fig, Gold: want, Got: got})
	}

	goldAmt := g.AmountUSD != nil || g.Amount != nil
	gotAmt := it.Figures.Amount != nil
	agree := goldAmt && gotAmt && amountAgrees(g, it.Figures)
	r.Amounts.add(goldAmt, gotAmt, agree)
	langAmounts.add(goldAmt, gotAmt, agree)
	if (goldAmt || gotAmt) && !agree {
		note("amount", goldAmountString(g), gotAmountString(it.Figures))
	}

	goldCap := g.CapacityGW != nil || g.Capacity != nil
	gotCap := it.Figures.Capacity != nil
	agree = goldCap && gotCap && capacityAgrees(g, it.Figures.Capacity)
	r.Capacities.add(goldCap, gotCap, agree)
	if (goldCap || gotCap) && !agree {
		note("capacity", goldCapacityString(g), gotCapacityString(it.Figures.Capacity))
	}

	goldSt, gotSt := g.Status != "", it.Figures.Status != ""
	agree = goldSt && gotSt && g.Status == it.Figures.Status
	r.Statuses.add(goldSt, gotSt, agree)
	if (goldSt || gotSt) && !agree {
		note("status", string(g.Status), string(it.Figures.Status))
	}
}

// amountAgrees: the dollar value within 1% (or, for gold in another
// currency, the stated value in that currency within 1%), and a yearly
// period when the gold says per year.
func amountAgrees(g *Gold, f kg.Figures) bool {
	if g.Per == "year" && f.Period != kg.Year {
		return false
	}
	a := f.Amount
	if g.Amount != nil && g.Currency != "" && strings.EqualFold(a.Currency, g.Currency) && close1(a.Value, *g.Amount) {
		return true
	}
	if g.AmountUSD != nil {
		if a.USD != nil && close1(*a.USD, *g.AmountUSD) {
			return true
		}
		if strings.EqualFold(a.Currency, "USD") && close1(a.Value, *g.AmountUSD) {
			return true
		}
	}
	return false
}

// powerGW converts a power capacity to gigawatts; ok is false for other
// units (GPUs, chips).
func powerGW(v float64, unit string) (float64, bool) {
	switch strings.ToUpper(strings.TrimSpace(unit)) {
	case "GW":
		return v, true
	case "MW":
		return v / 1000, true
	case "KW":
		return v / 1e6, true
	case "TW":
		return v * 1000, true
	}
	return 0, false
}

// unitKey folds count units so that "GPU", "GPUs" and "gpus" agree.
func unitKey(u string) string {
	u = strings.ToLower(strings.TrimSpace(u))
	return strings.TrimSuffix(u, "s")
}

func capacityAgrees(g *Gold, q *kg.Quantity) bool {
	gotGW, gotPower := powerGW(q.Value, q.Unit)
	if g.CapacityGW != nil && gotPower && close1(gotGW, *g.CapacityGW) {
		return true
	}
	if g.Capacity != nil {
		if gw, ok := powerGW(*g.Capacity, g.CapacityUnit); ok {
			return gotPower && close1(gotGW, gw)
		}
		return unitKey(q.Unit) == unitKey(g.CapacityUnit) && close1(q.Value, *g.Capacity)
	}
	return false
}

func sortMisses(ms []Miss) {
	sort.SliceStable(ms, func(i, j int) bool { return lessMiss(ms[i], ms[j]) })
}

func lessMiss(a, b Miss) bool {
	if a.Article != b.Article {
		return a.Article < b.Article
	}
	if a.Relation != b.Relation {
		return a.Relation < b.Relation
	}
	if a.Subject != b.Subject {
		return a.Subject < b.Subject
	}
	return a.Object < b.Object
}
