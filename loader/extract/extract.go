package extract

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/aikg/aikg/kg"
)

// Options configure an Extractor.
type Options struct {
	// GazetteerFiles are extra gazetteer files (JSON, see Gazetteer),
	// merged over the built-in one in order.
	GazetteerFiles []string
	// Gazetteers are extra gazetteers already loaded, merged after
	// GazetteerFiles.
	Gazetteers []*Gazetteer
	// Logger receives debug traces of what was found; nil discards.
	Logger *slog.Logger
	// Now is the fallback reference date for relative dates ("last May")
	// when an article has no Published date; nil leaves such dates out.
	Now func() time.Time
}

// Extractor finds entities and relationships in articles. It is built
// once (the gazetteer and the automaton are compiled in New) and is safe
// for concurrent use.
type Extractor struct {
	ents []*gazEntity
	m    *matcher
	log  *slog.Logger
	now  func() time.Time
	// debug: the logger wants Debug records (rule traces are built only
	// then: they would cost the hot path otherwise)
	debug bool
}

// New builds an Extractor from the built-in gazetteer and the extra ones
// in opts.
func New(opts Options) (*Extractor, error) {
	base, err := LoadGazetteer(bytes.NewReader(builtinGazetteer))
	if err != nil {
		return nil, kg.Wrap(kg.EINTERNAL, err, "built-in gazetteer is invalid")
	}
	gs := []*Gazetteer{base}
	for _, f := range opts.GazetteerFiles {
		fh, err := os.Open(f)
		if err != nil {
			return nil, kg.Wrap(kg.EINVALID, err, "cannot open gazetteer %s", f)
		}
		g, err := LoadGazetteer(fh)
		fh.Close()
		if err != nil {
			return nil, kg.Wrap(kg.EINVALID, err, "gazetteer %s: %s", f, kg.ErrorMessage(err))
		}
		gs = append(gs, g)
	}
	gs = append(gs, opts.Gazetteers...)
	ents := mergeGazetteers(gs...)
	m, err := buildMatcher(ents)
	if err != nil {
		return nil, kg.Wrap(kg.EINTERNAL, err, "cannot build the name matcher")
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	debug := log.Enabled(context.Background(), slog.LevelDebug)
	return &Extractor{ents: ents, m: m, log: log, now: opts.Now, debug: debug}, nil
}

// mention is one occurrence of an entity in the text.
type mention struct {
	pb, nb, ne int32 // clitic start, name start, name end (norm bytes)
	ent        int   // index into run.ents
	coref      bool  // an anaphor ("the company") resolved to ent
	weak       bool  // a capitalised name without a cue
	pair       bool  // one of the two entities of "the two companies"
	tlo, thi   int   // tokens covered
}

// entRec is one entity of the article being extracted.
type entRec struct {
	kg.Entity
	gaz     *gazEntity
	strong  bool // mentioned at least once by gazetteer, cue or relation
	used    bool
	startup bool
	seen    []string
	tagBits uint8 // the gazetteer's tags that tagBit knows (read on every mention)
}

func (e *entRec) tag(t string) bool {
	if b := tagBit(t); b != 0 {
		return e.tagBits&b != 0
	}
	return e.gaz != nil && e.gaz.has(t)
}

// run is the state of one Extract call.
type run struct {
	x       *Extractor
	a       *kg.Article
	v       *view
	ref     refDate
	ments   []mention
	lex     []hit
	ents    []*entRec
	byID    map[string]int
	cands   []*relCand
	deals   []*dealFrame
	sal     salience
	sentLex [][2]int  // per sentence: range of r.lex
	msBuf   []mention // reused by each sentence's mention list
	// computeSeen counts compute words so far: an article about compute
	// makes "customers" and "deals" compute ones
	computeSeen int
	grpBuf      []int // reused by each sentence's token→group map
	bufs        *runBufs
	// projCap is the capacity each project was introduced with
	// (projectCapacity); its operators carry it
	projCap map[int]kg.Quantity
}

// Extract finds the entities and relationships the article states. The
// result passes kg.Prepare: every evidence carries its sentence and rune
// offsets into a.Text.
func (x *Extractor) Extract(a *kg.Article) *kg.Extraction {
	r := &run{x: x, a: a}
	r.sal = salience{topic: -1, project: -1, startup: -1, raiseTarget: -1, person: -1}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	r.bufs = &sc.bufs
	r.bufs.reset(len(x.ents))
	r.byID, r.sal.counts = r.bufs.byID, r.bufs.counts // (emptied by reset)
	r.grpBuf = r.bufs.grpAt
	defer func() { r.bufs.grpAt = r.grpBuf }()
	r.ents, r.cands, r.msBuf, r.sal.lastOrgs = r.bufs.ents[:0], r.bufs.allCands[:0], r.bufs.ms[:0], r.bufs.lastOrgs[:0]
	defer func() {
		r.bufs.ents, r.bufs.allCands, r.bufs.ms, r.bufs.lastOrgs = r.ents[:0], r.cands[:0], r.msBuf[:0], r.sal.lastOrgs[:0]
	}()
	r.v = newViewIn(a.Text, sc)
	r.ments = sc.ments[:0]
	defer func() { sc.ments = r.ments[:0] }()
	r.ref = parseRef(a.Published, x.now)
	entHits, lex := x.m.scan(r.v)
	r.selectMentions(entHits)
	r.dropInsideDescriptions(lex)
	r.lex = r.dropCovered(lex)
	r.discover()
	r.indexSentences()
	for si := range r.v.sent {
		if si >= 3 && r.aboutBlock(si) {
			break // the company boilerplate closing a press release
		}
		r.sentenceRelations(si)
	}
	return r.output()
}

// aboutBlock: sentence si opens the "About X" / "نبذة عن X" block of a
// press release (what the company is, where it is based, its offices):
// page furniture, not the story; nothing after it is annotated.
func (r *run) aboutBlock(si int) bool {
	s := r.v.sent[si]
	k := s.tlo
	if k+1 >= s.thi {
		return false
	}
	switch r.v.tok(k) {
	case "about":
		// "About Alphawave Semi", not "About 20 companies"
		if o := r.origText(r.v.toks[k].nb, r.v.toks[k].ne); o != "About" && o != "ABOUT" {
			return false
		}
		return (r.mentionAt(k+1) || r.v.toks[k+1].flags&tfLatin != 0 && r.v.tok(k+1) != "the" && r.v.toks[k+1].kind == tkWord && r.upperAt(k+1)) && r.headingLine(k, s.thi)
	case "نبذة", "نبذه", "لمحة", "لمحه":
		return r.v.tok(k+1) == "عن" // "نبذة عن" opens no sentence of a story
	}
	return false
}

// headingLine: the words from token k end their line within a few words
// (a heading "About X" / "نبذة عن X", not a sentence that starts "About
// OpenAI, Musk said …").
func (r *run) headingLine(k, hi int) bool {
	end := min(hi, k+7)
	if end == hi || strings.Contains(r.origText(r.v.toks[k].nb, r.v.toks[end-1].ne), "\n") {
		return true
	}
	// a heading joined to its paragraph ("About Alphawave Semi Alphawave
	// Semi, founded in …", "نبذة عن G42 G42 مجموعة"): the name twice
	i := sort.Search(len(r.ments), func(i int) bool { return r.ments[i].thi > k+1 })
	for ; i+1 < len(r.ments) && r.ments[i].tlo < end; i++ {
		if m, n := r.ments[i], r.ments[i+1]; m.tlo > k && m.thi == n.tlo && m.ent == n.ent {
			return true
		}
	}
	return false
}

// upperAt: token k starts with an upper-case letter in the original text.
func (r *run) upperAt(k int) bool {
	o := r.origText(r.v.toks[k].nb, r.v.toks[k].ne)
	return o != "" && o[0] >= 'A' && o[0] <= 'Z'
}

// entity returns the article's entity for a gazetteer entry or an
// unknown name, creating it on first use.
func (r *run) gazEntity(gi int32) int {
	if i := r.bufs.gazEntity(gi); i >= 0 {
		return i
	}
	g := r.x.ents[gi]
	i := len(r.ents)
	e := r.bufs.newEnt()
	*e = entRec{Entity: kg.Entity{ID: g.ID, Name: g.Name, Kind: g.Kind, WikidataID: g.WikidataID, Aliases: g.Aliases}, gaz: g, startup: g.has("startup"), tagBits: r.x.m.tagBits[gi]}
	r.ents = append(r.ents, e)
	r.bufs.setGazEntity(gi, i)
	r.byID[g.ID] = i
	return i
}

func (r *run) unknownEntity(name string, kind kg.EntityKind) int {
	id := kg.Slug(name)
	if i, ok := r.byID[id]; ok {
		return i
	}
	i := len(r.ents)
	e := r.bufs.newEnt()
	*e = entRec{Entity: kg.Entity{ID: id, Name: name, Kind: kind}}
	r.ents = append(r.ents, e)
	r.byID[id] = i
	return i
}

// origText is the original text of a norm byte range.
func (r *run) origText(nb, ne int32) string {
	v := r.v
	ob := v.o(nb)
	oe := v.o(ne)
	if ne > 0 && int(ne) <= len(v.norm) {
		// end at the end of the last original rune
		last := v.o(ne - 1)
		_, sz := decodeRune(v.orig[last:])
		oe = last + int32(sz)
	}
	if oe < ob {
		return ""
	}
	return strings.TrimSpace(v.orig[ob:oe])
}

// tokOf is the index of the first token that ends after pos.
func (r *run) tokOf(pos int32) int {
	toks := r.v.toks
	return sort.Search(len(toks), func(i int) bool { return toks[i].ne > pos })
}

// selectMentions keeps the longest non-overlapping alias matches.
func (r *run) selectMentions(hs []hit) {
	// leftmost-longest: overlapping matches come out of the automaton
	// ordered by end; by start and length, a sweep keeps for each
	// cluster of overlapping matches the longest, then the next that does
	// not overlap it
	slices.SortFunc(hs, func(a, b hit) int {
		if a.nb != b.nb {
			return int(a.nb - b.nb)
		}
		return int(b.ne - a.ne)
	})
	taken := hs[:0] // in place: the sweep never writes ahead of what it reads
	for _, h := range hs {
		if h.ne != h.core { // aliases take no suffix
			continue
		}
		if n := len(taken); n > 0 && h.nb < taken[n-1].ne {
			last := taken[n-1]
			if h.ne-h.nb > last.ne-last.nb && (n < 2 || taken[n-2].ne <= h.nb) {
				taken[n-1] = h
			}
			continue
		}
		taken = append(taken, h)
	}
	// "شركة هيوماين السعودية", "إنفيديا الأمريكية": a place name with the
	// article right after an organisation is its nationality adjective
	keep := taken[:0]
	for i, h := range taken {
		if i > 0 && r.x.ents[h.ent].Kind == kg.Place && r.x.ents[taken[i-1].ent].Kind == kg.Organization &&
			strings.HasSuffix(r.v.norm[h.pb:h.nb], "ال") && h.pb == taken[i-1].ne+1 {
			continue
		}
		keep = append(keep, h)
	}
	taken = keep
	for _, h := range taken {
		ei := r.gazEntity(h.ent)
		r.ents[ei].strong = true
		r.addMention(mention{pb: h.pb, nb: h.nb, ne: h.ne, ent: ei})
	}
	r.sortMentions()
}

func (r *run) addMention(m mention) {
	m.tlo = r.tokOf(m.pb)
	m.thi = r.tokOf(m.ne-1) + 1
	r.ments = append(r.ments, m)
}

// seenSpellings records, per entity, the spellings the article used that
// the entity does not list yet (each folded form once).
func (r *run) seenSpellings() {
	done := r.bufs.emptyStrSet()
	for _, m := range r.ments {
		if m.coref {
			continue
		}
		e := r.ents[m.ent]
		if !e.strong && !e.used {
			continue
		}
		key := r.v.norm[m.nb:m.ne]
		if done[key] {
			continue
		}
		done[key] = true
		nb := m.nb
		if strings.HasSuffix(r.v.norm[m.pb:m.nb], "ال") {
			nb -= int32(len("ال")) // the article is part of the name as written
		}
		s := r.origText(nb, m.ne)
		if s == "" || s == e.Name || slices.Contains(e.Aliases, s) {
			continue
		}
		e.seen = append(e.seen, s)
	}
}

func (r *run) sortMentions() {
	slices.SortStableFunc(r.ments, func(a, b mention) int { return int(a.nb - b.nb) })
}

// dropCovered removes lexicon hits inside entity names.
func (r *run) dropCovered(lex []hit) []hit {
	out := lex[:0]
	mi := 0
	for _, h := range lex {
		for mi < len(r.ments) && r.ments[mi].ne <= h.nb {
			mi++
		}
		covered := false
		for k := mi; k < len(r.ments) && r.ments[k].nb < h.ne; k++ {
			if h.nb < r.ments[k].ne && r.ments[k].nb < h.ne && !(lexicon[h.lex].cue != "" && h.ne <= r.ments[k].nb) {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, h)
		}
	}
	return out
}

// dropInsideDescriptions drops the place names inside a definite
// description ("the Saudi company", "الشركة السعودية"): the adjective
// describes the referent, it does not name a party.
func (r *run) dropInsideDescriptions(lex []hit) {
	var spans [][2]int32
	for _, h := range lex {
		if lexicon[h.lex].anaph == anDesc {
			spans = append(spans, [2]int32{h.nb, h.ne})
		}
	}
	if len(spans) == 0 {
		return
	}
	out := r.ments[:0]
	for _, m := range r.ments {
		inside := false
		for _, sp := range spans {
			if m.nb >= sp[0] && m.ne <= sp[1] && r.ents[m.ent].Kind == kg.Place {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	r.ments = out
}

// mentionAt reports whether a token lies inside a mention.
func (r *run) mentionAt(tok int) bool {
	i := sort.Search(len(r.ments), func(i int) bool { return r.ments[i].thi > tok })
	return i < len(r.ments) && r.ments[i].tlo <= tok
}

// indexSentences records which lexicon hits fall in which sentence.
func (r *run) indexSentences() {
	r.sentLex = r.bufs.sentLex[:0]
	for range r.v.sent {
		r.sentLex = append(r.sentLex, [2]int{})
	}
	r.bufs.sentLex = r.sentLex
	li := 0
	for si, s := range r.v.sent {
		lo := li
		endByte := int32(len(r.v.norm))
		if s.thi < len(r.v.toks) {
			endByte = r.v.toks[s.thi].nb
		}
		for li < len(r.lex) && r.lex[li].nb < endByte {
			li++
		}
		r.sentLex[si] = [2]int{lo, li}
	}
}

// output assembles the extraction.
func (r *run) output() *kg.Extraction {
	x := &kg.Extraction{Article: *r.a, Entities: []kg.Entity{}, Relationships: []kg.Relationship{}}
	type key struct {
		t        kg.RelationType
		src, dst int
		sent     int
	}
	// specific relations between a pair silence generic "deal with"
	// partnerships between the same pair.
	specific := r.bufs.emptyPairSet()
	// a supply or an investment stated in a relative clause of the very
	// phrase that calls the pair partners is what the partnership consists
	// of ("its partnership with Y, which led to a data centre X supplied",
	// "a partnership under which X will supply"): no separate partnership
	// ("Under a separate collaboration, X will build chips for Y" keeps it)
	var supplySent map[[3]int]int
	for _, c := range r.cands {
		if c.dropped || c.rel == "" {
			continue
		}
		if !(c.rel == kg.PartnersWith && c.generic) {
			specific[[2]int{c.src, c.dst}] = true
			specific[[2]int{c.dst, c.src}] = true
		}
		if c.rel == kg.SuppliesCompute {
			if supplySent == nil {
				supplySent = map[[3]int]int{}
			}
			supplySent[[3]int{c.src, c.dst, c.sent}] = c.anchor + 1
			supplySent[[3]int{c.dst, c.src, c.sent}] = c.anchor + 1
		}
	}
	// a "deal" between a cloud or chip company and another company, in an
	// article about compute, is a supply deal
	computeWords := 0
	for _, h := range r.lex {
		if lexicon[h.lex].computeCue {
			computeWords++
		}
	}
	if computeWords >= 3 {
		for _, c := range r.cands {
			if c.rel != kg.PartnersWith || !c.generic || c.dropped {
				continue
			}
			a, b := r.ents[c.src], r.ents[c.dst]
			supA, supB := a.tag("cloud") || a.tag("chips"), b.tag("cloud") || b.tag("chips")
			if supA != supB && !specific[[2]int{c.src, c.dst}] && (r.sentTrades(c.sent) || r.dealWith(c.anchor)) {
				c.rel, c.generic = kg.SuppliesCompute, false
				if supB {
					c.src, c.dst = c.dst, c.src
				}
			}
		}
	}
	merged := make(map[key]*relCand, len(r.cands))
	order := make([]key, 0, len(r.cands))
	kept := slices.Grow(r.bufs.kept[:0], len(r.cands)) // never grows: pointers into it stay put
	defer func() { r.bufs.kept = kept[:0] }()
	for _, c := range r.cands {
		if c.dropped || c.rel == "" || c.src == c.dst {
			continue
		}
		if c.rel == kg.PartnersWith && c.generic && specific[[2]int{c.src, c.dst}] {
			if c.fig.Amount != nil {
				r.passDealAmount(c) // "وقعت X عقداً بقيمة 38 مليار دولار مع Y لتشغيل … على سحابة Y"
			}
			continue
		}
		if a := supplySent[[3]int{c.src, c.dst, c.sent}]; c.rel == kg.PartnersWith && a > 0 && r.relativeBetween(c.anchor, a-1) {
			continue
		}
		if !typeOK(c.rel, r.ents[c.src], r.ents[c.dst]) {
			continue
		}
		if c.rel == kg.Operates && r.computeProduct(c.dst) && !r.ents[c.dst].gaz.has("cloud") {
			continue // a chip model ("Nvidia's Blackwell") is no product anyone runs
		}
		if c.rel == kg.Operates {
			// the gazetteer knows who makes this product: a different
			// operator is a misparse ("CoreWeave … the ChatGPT maker")
			if g := r.ents[c.dst].gaz; g != nil && g.ownerIx >= 0 && r.x.ents[g.ownerIx].ID != r.ents[c.src].ID {
				continue
			}
		}
		k := key{c.rel, c.src, c.dst, c.sent}
		if c.rel.Symmetric() && c.dst < c.src {
			k.src, k.dst = c.dst, c.src
		}
		if p, ok := merged[k]; ok {
			p.absorb(c)
			continue
		}
		kept = append(kept, *c)
		merged[k] = &kept[len(kept)-1]
		order = append(order, k)
	}
	x.Relationships = make([]kg.Relationship, 0, len(order))
	evs := make([]kg.Evidence, len(order))
	for i, k := range order {
		c := merged[k]
		s := r.v.sent[c.sent]
		src, dst := r.ents[c.src], r.ents[c.dst]
		src.used, dst.used = true, true
		f := c.fig
		if c.rel == kg.Operates && f.Capacity == nil {
			if q, ok := r.projCap[c.dst]; ok {
				f.Capacity = &q // (declared here, q is allocated only when used)
			}
		}
		f.Confidence = roundConf(c.conf)
		evs[i] = kg.Evidence{ArticleID: r.a.ID, Sentence: r.v.orig[s.ob:s.oe], Start: s.rs, End: s.re, Figures: f}
		x.Relationships = append(x.Relationships, kg.Relationship{Type: c.rel, SourceID: src.ID, TargetID: dst.ID, Evidence: evs[i : i+1 : i+1]})
	}
	r.seenSpellings()
	x.Entities = make([]kg.Entity, 0, len(r.ents))
	for _, e := range r.ents {
		if !e.strong && !e.used {
			continue
		}
		ent := e.Entity
		if len(e.seen) > 0 {
			ent.Aliases = kg.MergeAliases(ent.Name, e.Aliases, e.seen)
		}
		x.Entities = append(x.Entities, ent)
	}
	return x
}

func roundConf(c float64) float64 {
	c = float64(int(c*1000+0.5)) / 1000
	if c <= 0 {
		return 0.001
	}
	if c > 1 {
		return 1
	}
	return c
}

// typeOK checks the kinds of a relation's ends: LEADS goes from a person,
// LOCATED_IN to a place, OPERATES to a project or product, and so on.
// News agencies and papers never take part.
func typeOK(t kg.RelationType, s, d *entRec) bool {
	if s.tag("media") || d.tag("media") || s.ID == d.ID {
		return false
	}
	org := func(e *entRec) bool { return e.Kind == kg.Organization }
	switch t {
	case kg.InvestsIn:
		return (org(s) || s.Kind == kg.Person || s.Kind == kg.Place && false) && (org(d) || d.Kind == kg.Project)
	case kg.Acquires:
		return (org(s) || s.Kind == kg.Person) && (org(d) || d.Kind == kg.Product) // "Elon Musk bought Twitter"
	case kg.SuppliesCompute:
		return org(s) && (org(d) || d.Kind == kg.Project || d.Kind == kg.Product)
	case kg.PartnersWith:
		// members of a consortium or project partner with it ("technology
		// partners of Stargate")
		return org(s) && (org(d) || d.Kind == kg.Project) || s.Kind == kg.Project && org(d)
	case kg.Owns:
		return (org(s) || s.Kind == kg.Person) && (org(d) || d.Kind == kg.Project || d.Kind == kg.Product)
	case kg.Leads:
		return s.Kind == kg.Person && (org(d) || d.Kind == kg.Project || d.Kind == kg.Product)
	case kg.Operates:
		return org(s) && (d.Kind == kg.Project || d.Kind == kg.Product)
	case kg.CompetesWith:
		return (org(s) || s.Kind == kg.Product) && (org(d) || d.Kind == kg.Product)
	case kg.LocatedIn:
		return (org(s) || s.Kind == kg.Project) && d.Kind == kg.Place
	}
	return false
}

// sentTrades reports whether sentence si itself speaks of compute or of
// supplying or buying it: a compute word or a supply/buy verb. A deal
// between a cloud company and another company is only a supply deal when
// its own sentence says so; "the deal drew Microsoft's objection" in an
// article about compute is no supply of compute.
func (r *run) sentTrades(si int) bool {
	if si < 0 || si >= len(r.sentLex) {
		return false
	}
	for _, h := range r.lex[r.sentLex[si][0]:r.sentLex[si][1]] {
		if lexicon[h.lex].computeCue {
			return true
		}
	}
	s := r.v.sent[si]
	for k := s.tlo; k < s.thi; k++ {
		w := r.v.tok(k)
		for _, f := range []string{w, strings.TrimPrefix(w, "ل")} {
			if supplyVerbs[f] && !jointVerbs[f] || buyVerbs[f] {
				return true
			}
		}
	}
	return false
}

// dealWith reports whether the deal word at token tok names its other
// party itself ("CoreWeave's contracts with OpenAI", "صفقة مع أوراكل"):
// then the deal binds both parties, not a mere co-mention.
func (r *run) dealWith(tok int) bool {
	for k := tok + 1; k <= tok+2 && k < len(r.v.toks); k++ {
		switch w := r.v.tok(k); w {
		case "with", "between", "مع", "بين", "ومع":
			return true
		}
	}
	return false
}

// passDealAmount: a generic deal silenced by a specific relation of the
// same pair in its sentence ("signed a $38bn contract with AWS to run its
// workloads on AWS's cloud" is the supply) hands that relation the amount
// it stated, when the relation has none of its own.
func (r *run) passDealAmount(g *relCand) {
	for _, c := range r.cands {
		if c == g || c.dropped || c.sent != g.sent || c.fig.Amount != nil || c.state || !statusTypes[c.rel] || c.rel == kg.PartnersWith {
			continue
		}
		if c.src == g.src && c.dst == g.dst || c.src == g.dst && c.dst == g.src {
			c.fig.Amount, c.fig.Period = g.fig.Amount, g.fig.Period
			return
		}
	}
}
