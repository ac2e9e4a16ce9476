package extract

import (
	"encoding/binary"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// patMeta says what one pattern stands for: a gazetteer alias (ent ≥ 0)
// or a lexicon form (lex ≥ 0).
type patMeta struct {
	ent, lex int32
	suffix   bool // the form may take any suffix (Arabic stems)
	upper    bool // Latin alias written with a capital: the text must be too
}

// matcher is the one precompiled multi-pattern matcher over every alias
// and lexicon form, built once in New and shared by all Extract calls.
//
// It is a byte trie walked from word starts only: from every token start
// and, inside an Arabic word, after every run of proclitics (و ف ب ل ك ال
// لل). Names and trigger words always begin at a word start, so nothing is
// lost against a full Aho–Corasick scan, and the walk touches a handful of
// nodes per word instead of running a 14 000-state automaton over every
// byte (which measured ~55 MB/s on Arabic text, cache-bound, against the
// trie's several hundred). One left-to-right pass finds names, trigger
// words, cues, month names and number words alike.
type matcher struct {
	root  [256]int32
	lo    []int32 // node → first edge
	n     []uint8 // node → number of edges
	eb    []byte  // edge byte (sorted within a node)
	ec    []int32 // edge child
	term  []int32 // node → index into metas, -1
	metas [][]patMeta
	// dense holds a full 256-entry table for nodes with many edges (the
	// root's Arabic lead bytes, "ال"…): dense[node] is an offset into tab
	// or -1
	dense []int32
	tab   []int32
	// nd packs what one step of the walk reads about a node (its dense
	// row or its at most two edges, and its pattern) into one record, so
	// that a step costs one cache line instead of four
	nd []mnode
	// pre4 has a bit for (a hash of) the first four bytes of every
	// pattern of four bytes or more, pre2 one for the first two bytes of
	// every shorter pattern ("xai", "g42"): a walk whose first bytes have
	// neither bit set cannot match, and three quarters of walks are
	// skipped so for a lookup in 24 KB that stays in the first-level
	// cache, instead of steps through a trie of a megabyte
	pre4 [1 << pre4Bits / 64]uint64
	pre2 [1 << 16 / 64]uint64
	// tagBits has, per gazetteer entry, a bit (see tagBit) for each tag
	// the rules ask about on every mention
	tagBits []uint8
}

// tagBit is the bit of a tag in matcher.tagBits, 0 for other tags.
func tagBit(t string) uint8 {
	switch t {
	case "media":
		return 1
	case "investor":
		return 2
	case "cloud":
		return 4
	case "chips":
		return 8
	case "startup":
		return 16
	case "bigtech":
		return 32
	case "lab":
		return 64
	}
	return 0
}

// tagNames are the tags tagBit knows, in bit order.
var tagNames = [...]string{"media", "investor", "cloud", "chips", "startup", "bigtech", "lab"}

const pre4Bits = 17

// pre4Hash is the pre4 bit of four bytes packed little-endian.
func pre4Hash(x uint32) uint32 { return x * 0x9E3779B1 >> (32 - pre4Bits) }

// mayStart reports whether some pattern can begin with b (at least four
// bytes of the view).
func (m *matcher) mayStart(b string) bool {
	x := binary.LittleEndian.Uint32(unsafe.Slice(unsafe.StringData(b), 4)) // one load
	if h := pre4Hash(x); m.pre4[h/64]&(1<<(h%64)) != 0 {
		return true
	}
	p := uint32(b[0])<<8 | uint32(b[1])
	return m.pre2[p/64]&(1<<(p%64)) != 0
}

// mnode is one node of the walk: dense ≥ 0 is an offset into tab;
// otherwise the node has n ≤ 2 edges (b0→c0, b1→c1).
type mnode struct {
	dense, term int32
	c0, c1      int32
	b0, b1, n   uint8
}

type buildNode struct {
	kids map[byte]int
	term int
}

func buildMatcher(ents []*gazEntity) (*matcher, error) {
	nodes := []buildNode{{kids: map[byte]int{}, term: -1}}
	var metas [][]patMeta
	var pre4 [1 << pre4Bits / 64]uint64
	var pre2 [1 << 16 / 64]uint64
	add := func(form string, pm patMeta) {
		f := stripArticle(foldString(form))
		if utf8.RuneCountInString(f) < 2 {
			return
		}
		if len(f) >= 4 {
			h := pre4Hash(uint32(f[0]) | uint32(f[1])<<8 | uint32(f[2])<<16 | uint32(f[3])<<24)
			pre4[h/64] |= 1 << (h % 64)
		} else {
			p := uint32(f[0])<<8 | uint32(f[1])
			pre2[p/64] |= 1 << (p % 64)
		}
		cur := 0
		for i := 0; i < len(f); i++ {
			nx, ok := nodes[cur].kids[f[i]]
			if !ok {
				nx = len(nodes)
				nodes = append(nodes, buildNode{kids: map[byte]int{}, term: -1})
				nodes[cur].kids[f[i]] = nx
			}
			cur = nx
		}
		if nodes[cur].term < 0 {
			nodes[cur].term = len(metas)
			metas = append(metas, nil)
		}
		t := nodes[cur].term
		for _, o := range metas[t] {
			if o == pm {
				return
			}
		}
		metas[t] = append(metas[t], pm)
	}
	for ei, e := range ents {
		for _, a := range e.aliases {
			a = strings.TrimSpace(a)
			if a == "" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(a)
			add(a, patMeta{ent: int32(ei), lex: -1, upper: isLatinLetter(r) && unicode.IsUpper(r)})
		}
	}
	for li, l := range lexicon {
		for _, form := range l.forms {
			pm := patMeta{ent: -1, lex: int32(li)}
			if strings.HasSuffix(form, "*") {
				form = strings.TrimSuffix(form, "*")
				pm.suffix = true
			}
			add(form, pm)
		}
	}
	m := &matcher{metas: metas, pre4: pre4, pre2: pre2}
	m.tagBits = make([]uint8, len(ents))
	for ei, e := range ents {
		for _, t := range tagNames {
			if e.has(t) {
				m.tagBits[ei] |= tagBit(t)
			}
		}
	}
	m.lo = make([]int32, len(nodes))
	m.n = make([]uint8, len(nodes))
	m.term = make([]int32, len(nodes))
	for i := range m.root {
		m.root[i] = -1
	}
	for i, nd := range nodes {
		m.term[i] = int32(nd.term)
		keys := make([]int, 0, len(nd.kids))
		for b := range nd.kids {
			keys = append(keys, int(b))
		}
		sort.Ints(keys)
		m.lo[i] = int32(len(m.eb))
		m.n[i] = uint8(len(keys))
		for _, b := range keys {
			m.eb = append(m.eb, byte(b))
			m.ec = append(m.ec, int32(nd.kids[byte(b)]))
			if i == 0 {
				m.root[b] = int32(nd.kids[byte(b)])
			}
		}
	}
	m.dense = make([]int32, len(nodes))
	for i := range nodes {
		m.dense[i] = -1
		if m.n[i] <= 2 {
			continue
		}
		m.dense[i] = int32(len(m.tab))
		row := make([]int32, 256)
		for k := range row {
			row[k] = -1
		}
		lo := int(m.lo[i])
		for k := 0; k < int(m.n[i]); k++ {
			row[m.eb[lo+k]] = m.ec[lo+k]
		}
		m.tab = append(m.tab, row...)
	}
	m.nd = make([]mnode, len(nodes))
	for i := range m.nd {
		r := mnode{dense: m.dense[i], term: m.term[i], c0: -1, c1: -1, n: m.n[i]}
		if r.dense < 0 {
			lo := int(m.lo[i])
			if r.n > 0 {
				r.b0, r.c0 = m.eb[lo], m.ec[lo]
			}
			if r.n > 1 {
				r.b1, r.c1 = m.eb[lo+1], m.ec[lo+1]
			}
		}
		m.nd[i] = r
	}
	return m, nil
}

// isProclitic reports whether s (folded Arabic) is a run of proclitics,
// without hashing: و/ف, then ب/ل/ك, then ال; or و/ف then لل.
func isProclitic(s string) bool {
	const (
		waw  = "و"
		fa   = "ف"
		alif = "ا"
		lam  = "ل"
	)
	if strings.HasPrefix(s, waw) || strings.HasPrefix(s, fa) {
		s = s[2:]
		if s == "" {
			return true
		}
	}
	if strings.HasPrefix(s, lam+lam) {
		return len(s) == 4
	}
	if strings.HasPrefix(s, "ب") || strings.HasPrefix(s, lam) || strings.HasPrefix(s, "ك") {
		s = s[2:]
		if s == "" {
			return true
		}
	}
	return s == alif+lam
}

// stripArticle drops a leading definite article from an Arabic pattern:
// the article is matched as a proclitic like و or ب, so "الولايات
// المتحدة" and "والولايات المتحدة" both meet the pattern "ولايات المتحدة",
// and walks never start on the article that begins a third of Arabic
// words.
func stripArticle(f string) string {
	if strings.HasPrefix(f, "ال") && utf8.RuneCountInString(f) >= 4 {
		return f[len("ال"):]
	}
	return f
}

// childOf follows the edge for byte b from node nd, or returns -1.
func (m *matcher) childOf(nd *mnode, b byte) int32 {
	if nd.dense >= 0 {
		return m.tab[int(nd.dense)+int(b)]
	}
	if nd.n > 0 && nd.b0 == b {
		return nd.c0
	}
	if nd.n > 1 && nd.b1 == b {
		return nd.c1
	}
	return -1
}

// proclitics are the letter sequences (folded) that may be glued before an
// Arabic word or a Latin name in Arabic text: conjunctions و ف, prepositions
// ب ل ك, the article ال and the contraction لل, in that order.
var proclitics = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"", "و", "ف"} {
		for _, p := range []string{"", "ب", "ل", "ك", "لل"} {
			for _, a := range []string{"", "ال"} {
				if p == "لل" && a != "" {
					continue
				}
				if s := w + p + a; s != "" {
					m[s] = true
				}
			}
		}
	}
	return m
}()

func isWordRune(r rune) bool {
	if r >= 0x0621 && r <= 0x064A {
		return true // the Arabic letters (and tatweel), without the table
	}
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// hit is one accepted match in the view.
type hit struct {
	pb     int32 // start of the word, proclitics included
	nb, ne int32 // the form itself (ne includes an accepted suffix)
	core   int32 // end of the form without its suffix
	ent    int32
	lex    int32
	tb, te int32 // tokens of pb and of the last byte (ne-1)
}

func (h hit) prefix(norm string) string { return norm[h.pb:h.nb] }
func (h hit) tail(norm string) string   { return norm[h.core:h.ne] }

// scan walks the trie from every word start of the view and returns the
// accepted alias hits and lexicon hits, each sorted by position.
func (m *matcher) scan(v *view) (ents, lex []hit) {
	norm := v.norm
	toks := v.toks
	if v.sc != nil {
		ents, lex = v.sc.ents[:0], v.sc.lex[:0]
		defer func() { v.sc.ents, v.sc.lex = ents, lex }()
	}
	for ti := range toks {
		t := toks[ti]
		start := int(t.nb)
		pb := start
		if t.flags&tfLatin != 0 && ti > 0 && toks[ti-1].ne == t.nb && toks[ti-1].flags&tfArabic != 0 {
			// "وCoreWeave", "لOpenAI": an Arabic proclitic glued to a Latin name
			if p := norm[toks[ti-1].nb:t.nb]; isProclitic(p) {
				pb = int(toks[ti-1].nb)
			} else {
				pb = -1
			}
		}
		tb := ti
		if pb >= 0 && pb < start {
			tb = ti - 1
		}
		if pb >= 0 && !strings.HasPrefix(norm[start:t.ne], "ال") {
			// no pattern begins with the article (see stripArticle)
			ents, lex = m.walk(v, pb, start, tb, ti, ents, lex)
		}
		if t.flags&tfArabic == 0 {
			continue
		}
		// after each run of proclitics inside an Arabic word
		end := int(t.ne)
		if !procliticLead(norm[start:end]) {
			continue
		}
		for k, n := start, 0; k < end && n < 4; n++ {
			k += runeLen(norm[k])
			if k >= end {
				break
			}
			if isProclitic(norm[start:k]) {
				ents, lex = m.walk(v, start, k, ti, ti, ents, lex)
			}
		}
	}
	slices.SortFunc(lex, func(a, b hit) int {
		if a.nb != b.nb {
			return int(a.nb - b.nb)
		}
		return int(b.ne - a.ne)
	})
	return ents, lex
}

// walk follows the trie from byte s (the word began at pb) and records
// every pattern that ends at a word boundary, or inside an Arabic word for
// stems that take suffixes.
func (m *matcher) walk(v *view, pb, s, tb, ts int, ents, lex []hit) ([]hit, []hit) {
	norm := v.norm
	if s+4 <= len(norm) && !m.mayStart(norm[s:s+4]) {
		return ents, lex
	}
	node := m.root[norm[s]]
	i := s + 1
	for node >= 0 {
		nd := &m.nd[node]
		if t := nd.term; t >= 0 {
			n0, n1 := len(ents), len(lex)
			ents, lex = m.accept(v, pb, s, i, m.metas[t], ents, lex)
			setToks(v.toks, ents[n0:], tb, ts)
			setToks(v.toks, lex[n1:], tb, ts)
		}
		if i >= len(norm) {
			break
		}
		node = m.childOf(nd, norm[i])
		i++
	}
	return ents, lex
}

// setToks records in hits found by one walk their first token tb and
// their last token (from ts on).
func setToks(toks []token, hs []hit, tb, ts int) {
	for k := range hs {
		te := ts
		for te+1 < len(toks) && toks[te].ne < hs[k].ne {
			te++
		}
		hs[k].tb, hs[k].te = int32(tb), int32(te)
	}
}

func (m *matcher) accept(v *view, pb, s, end int, metas []patMeta, ents, lex []hit) ([]hit, []hit) {
	norm := v.norm
	inWord := false
	if end < len(norm) {
		if c := norm[end]; c < utf8.RuneSelf {
			inWord = lowerAlnum[c] // (the view has no upper case)
		} else {
			r, _ := utf8.DecodeRuneInString(norm[end:])
			inWord = isWordRune(r)
		}
		if inWord {
			lastR, _ := utf8.DecodeLastRuneInString(norm[s:end])
			inWord = isWordRune(lastR)
		}
	}
	arabicPfx := pb < s
	for _, pm := range metas {
		if arabicPfx && pm.ent < 0 {
			// lexicon words take proclitics only in Arabic
			if r, _ := utf8.DecodeRuneInString(norm[s:]); !isArabicLetter(r) {
				continue
			}
		}
		ne := end
		if inWord {
			if !pm.suffix {
				continue
			}
			for ne < len(norm) {
				r2, sz := utf8.DecodeRuneInString(norm[ne:])
				if !isArabicLetter(r2) {
					break
				}
				ne += sz
			}
			if ne < len(norm) {
				if r2, _ := utf8.DecodeRuneInString(norm[ne:]); isWordRune(r2) {
					continue
				}
			}
		}
		if pm.upper && !v.isUp(s) {
			continue
		}
		h := hit{pb: int32(pb), nb: int32(s), ne: int32(ne), core: int32(end), ent: pm.ent, lex: pm.lex}
		if pm.ent >= 0 {
			ents = append(ents, h)
		} else {
			lex = append(lex, h)
		}
	}
	return ents, lex
}

// leftOK checks the left edge of a name found by plain search (discover):
// a word boundary, or a run of Arabic proclitics back to a word boundary.
func leftOK(norm string, start int) (int, bool) {
	if start == 0 {
		return start, true
	}
	r, _ := utf8.DecodeLastRuneInString(norm[:start])
	if !isWordRune(r) {
		return start, true
	}
	if !isArabicLetter(r) {
		return 0, false
	}
	ws := start
	for ws > 0 && start-ws < 12 {
		r2, sz := utf8.DecodeLastRuneInString(norm[:ws])
		if !isArabicLetter(r2) {
			break
		}
		ws -= sz
	}
	if ws > 0 {
		if r2, _ := utf8.DecodeLastRuneInString(norm[:ws]); isWordRune(r2) {
			return 0, false
		}
	}
	if !proclitics[norm[ws:start]] {
		return 0, false
	}
	return ws, true
}

// runeLen is the length of the UTF-8 sequence that begins with byte c
// (1 for a stray continuation byte, as the decoder steps over it).
func runeLen(c byte) int {
	switch {
	case c >= 0xF0:
		return 4
	case c >= 0xE0:
		return 3
	case c >= 0xC0:
		return 2
	}
	return 1
}

// procliticLead: the word begins with a letter a proclitic can begin with
// (و ف ب ل ك, or ا of the article); no other word has a proclitic run.
func procliticLead(w string) bool {
	if len(w) < 2 || (w[0] != 0xD9 && w[0] != 0xD8) {
		return false
	}
	switch w[:2] {
	case "و", "ف", "ب", "ل", "ك", "ا":
		return true
	}
	return false
}
