package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	ahocorasick "github.com/coregx/ahocorasick"
)

// patMeta says what one automaton pattern stands for: a gazetteer alias
// (ent ≥ 0) or a lexicon form (lex ≥ 0).
type patMeta struct {
	ent, lex int32
	suffix   bool // the form may take any suffix (Arabic stems)
	prefix   bool // the form may take Arabic proclitics
	upper    bool // Latin alias written with a capital: the text must be too
	openL    bool // the form starts with a non-letter: no left boundary needed
}

// matcher is the one precompiled Aho–Corasick automaton over every alias
// and lexicon form, built once in New and shared by all Extract calls.
type matcher struct {
	ac    *ahocorasick.Automaton
	metas [][]patMeta
}

func buildMatcher(ents []*gazEntity) (*matcher, error) {
	idx := map[string]int{}
	var pats []string
	var metas [][]patMeta
	add := func(form string, m patMeta) {
		f := foldString(form)
		if utf8.RuneCountInString(f) < 2 {
			return
		}
		i, ok := idx[f]
		if !ok {
			i = len(pats)
			idx[f] = i
			pats = append(pats, f)
			metas = append(metas, nil)
		}
		for _, o := range metas[i] {
			if o == m {
				return
			}
		}
		metas[i] = append(metas[i], m)
	}
	for ei, e := range ents {
		for _, a := range e.aliases {
			a = strings.TrimSpace(a)
			if a == "" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(a)
			m := patMeta{ent: int32(ei), lex: -1, prefix: true}
			if isLatinLetter(r) && unicode.IsUpper(r) {
				m.upper = true
			}
			add(a, m)
		}
	}
	for li, l := range lexicon {
		for _, form := range l.forms {
			m := patMeta{ent: -1, lex: int32(li)}
			if strings.HasSuffix(form, "*") {
				form = strings.TrimSuffix(form, "*")
				m.suffix = true
			}
			r, _ := utf8.DecodeRuneInString(form)
			if isArabicLetter(r) {
				m.prefix = true
			}
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				m.openL = true
			}
			add(form, m)
		}
	}
	ac, err := ahocorasick.NewBuilder().AddStrings(pats).Build()
	if err != nil {
		return nil, err
	}
	return &matcher{ac: ac, metas: metas}, nil
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
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// hit is one accepted match in the view.
type hit struct {
	pb     int32 // start of the word, proclitics included
	nb, ne int32 // the form itself (ne includes an accepted suffix)
	core   int32 // end of the form without its suffix
	ent    int32
	lex    int32
}

func (h hit) prefix(norm string) string { return norm[h.pb:h.nb] }
func (h hit) tail(norm string) string   { return norm[h.core:h.ne] }

// scan runs the automaton once over the view and returns the accepted
// alias hits and lexicon hits, each sorted by position.
func (m *matcher) scan(v *view) (ents, lex []hit) {
	norm := v.norm
	raw := m.ac.FindAllOverlapping([]byte(norm))
	for _, mt := range raw {
		start, end := mt.Start, mt.End
		for _, pm := range m.metas[mt.PatternID] {
			pb, ok := leftOK(norm, start, pm)
			if !ok {
				continue
			}
			ne := end
			if end < len(norm) {
				r, _ := utf8.DecodeRuneInString(norm[end:])
				lastR, _ := utf8.DecodeLastRuneInString(norm[start:end])
				if isWordRune(r) && isWordRune(lastR) {
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
			}
			if pm.upper {
				o := v.omap[start]
				if ro, _ := utf8.DecodeRuneInString(v.orig[o:]); !unicode.IsUpper(ro) {
					continue
				}
			}
			h := hit{pb: int32(pb), nb: int32(start), ne: int32(ne), core: int32(end), ent: pm.ent, lex: pm.lex}
			if pm.ent >= 0 {
				ents = append(ents, h)
			} else {
				lex = append(lex, h)
			}
		}
	}
	sort.Slice(lex, func(i, j int) bool {
		if lex[i].nb != lex[j].nb {
			return lex[i].nb < lex[j].nb
		}
		return lex[i].ne > lex[j].ne
	})
	return ents, lex
}

// leftOK checks the left edge of a match: a word boundary, or (for forms
// that take them) a run of Arabic proclitics back to a word boundary.
func leftOK(norm string, start int, pm patMeta) (int, bool) {
	if start == 0 || pm.openL {
		return start, true
	}
	r, _ := utf8.DecodeLastRuneInString(norm[:start])
	if !isWordRune(r) {
		return start, true
	}
	if !pm.prefix || !isArabicLetter(r) {
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
