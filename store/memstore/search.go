package memstore

import (
	"context"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aikg/aikg/kg"
)

// Arabic proclitics that glue onto a name: a conjunction (و ف), then a
// preposition (ب ل ك) and/or the article (ال), with ل + ال written لل.
var (
	conjunctions = []string{"و", "ف"}
	prepositions = []string{"بال", "كال", "لل", "ال", "ب", "ل", "ك"}
)

// minStem is the fewest runes a token keeps after stripping, so that short
// words are not stripped to nothing.
const minStem = 2

// variants returns a folded token and the forms it takes with Arabic
// proclitics stripped, without duplicates.
func variants(tok string) []string {
	out := []string{tok}
	add := func(v string) {
		if utf8.RuneCountInString(v) < minStem {
			return
		}
		for _, x := range out {
			if x == v {
				return
			}
		}
		out = append(out, v)
	}
	bases := []string{tok}
	for _, c := range conjunctions {
		if rest, ok := strings.CutPrefix(tok, c); ok && utf8.RuneCountInString(rest) >= minStem {
			add(rest)
			bases = append(bases, rest)
		}
	}
	for _, b := range bases {
		for _, p := range prepositions {
			if rest, ok := strings.CutPrefix(b, p); ok {
				add(rest)
				if p == "لل" {
					add("ل" + rest) // لل + لاعب: the stem may itself start with ل
				}
			}
		}
	}
	return out
}

// Match kinds of one query token against one name token.
const (
	noMatch = iota
	fuzzyMatch
	prefixMatch
	exactMatch
)

// maxTypos is how many edits a query token of n runes may carry.
// Numbers get none (see typoLimit): "0042" is not a misspelt "0041".
func maxTypos(n int) int {
	switch {
	case n >= 8:
		return 2
	case n >= 4:
		return 1
	}
	return 0
}

// tokenMatch compares the variants of a query token with those of a name
// token and returns the best kind of match and, for fuzzy, the edits.
func tokenMatch(qv, nv []string) (kind, dist int) {
	kind, dist = noMatch, 0
	for _, q := range qv {
		for _, n := range nv {
			switch {
			case q == n:
				return exactMatch, 0
			case strings.HasPrefix(n, q):
				kind = prefixMatch
			case kind < prefixMatch:
				limit := typoLimit(q)
				if limit == 0 {
					continue
				}
				if d := levenshtein(q, n, limit); d <= limit && (kind == noMatch || d < dist) {
					kind, dist = fuzzyMatch, d
				}
			}
		}
	}
	return kind, dist
}

// Score bands: a whole-name match is 1; token and prefix matches fall in
// [0.6, 0.8], typo matches in [0.2, 0.45], so the bands never overlap.
const (
	scoreExact  = 1.0
	prefixBase  = 0.6
	prefixRange = 0.2
	fuzzyBase   = 0.3
	fuzzyRange  = 0.15
	perTypo     = 0.05
)

// scoreForm scores the query tokens against one folded name form: every
// query token must match a different name token.
func scoreForm(qv [][]string, form []string) float64 {
	nv := make([][]string, len(form))
	nameLen := 0
	for i, t := range form {
		nv[i] = variants(t)
		nameLen += utf8.RuneCountInString(t)
	}
	if len(qv) == len(form) {
		exact := true
		for i := range qv {
			if k, _ := tokenMatch(qv[i], nv[i]); k != exactMatch {
				exact = false
				break
			}
		}
		if exact {
			return scoreExact
		}
	}
	used := make([]bool, len(form))
	covered, typos, fuzzy := 0, 0, false
	for _, q := range qv {
		best, bestDist, at := noMatch, 0, -1
		for j := range form {
			if used[j] {
				continue
			}
			k, d := tokenMatch(q, nv[j])
			if k > best || (k == best && k == fuzzyMatch && d < bestDist) {
				best, bestDist, at = k, d, j
			}
		}
		if best == noMatch {
			return 0
		}
		used[at] = true
		if best == fuzzyMatch {
			fuzzy = true
			typos += bestDist
			covered += utf8.RuneCountInString(form[at]) - bestDist
		} else {
			covered += min(utf8.RuneCountInString(q[0]), utf8.RuneCountInString(form[at]))
		}
	}
	cover := float64(covered) / float64(max(nameLen, 1))
	cover = max(0, min(1, cover))
	if fuzzy {
		return fuzzyBase + fuzzyRange*cover - perTypo*float64(typos)
	}
	return prefixBase + prefixRange*cover
}

// Search finds entities by name or alias: folded, Arabic proclitics
// stripped, by whole name, token, prefix or typo, best first.
func (s *Store) Search(ctx context.Context, q kg.SearchQuery) ([]kg.SearchHit, error) {
	if err := checkKinds(q.Kinds); err != nil {
		return nil, err
	}
	first, err := kg.ClampFirst(q.First)
	if err != nil {
		return nil, err
	}
	toks := strings.Fields(kg.Fold(q.Text))
	if len(toks) == 0 {
		return []kg.SearchHit{}, nil
	}
	g, unlock, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	qv := make([][]string, len(toks))
	for i, t := range toks {
		qv[i] = variants(t)
	}
	// Every query token must match a name token, so the candidates are
	// the entities of the query token that matches the fewest.
	var cands map[string]struct{}
	for _, v := range qv {
		c := g.candidates(v)
		if cands == nil || len(c) < len(cands) {
			cands = c
		}
	}
	kinds := map[kg.EntityKind]bool{}
	for _, k := range q.Kinds {
		kinds[k] = true
	}
	var hits []kg.SearchHit
	var ents []*entity
	for id := range cands {
		e := g.ents[id]
		if len(kinds) > 0 && !kinds[e.Kind] {
			continue
		}
		best := 0.0
		for _, form := range e.forms {
			best = max(best, scoreForm(qv, form))
		}
		if best > 0 {
			hits = append(hits, kg.SearchHit{Score: round4(best)})
			ents = append(ents, e)
		}
	}
	idx := make([]int, len(hits))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool {
		ha, hb := hits[idx[a]], hits[idx[b]]
		if ha.Score != hb.Score {
			return ha.Score > hb.Score
		}
		return ents[idx[a]].ID < ents[idx[b]].ID
	})
	out := make([]kg.SearchHit, 0, min(first, len(idx)))
	for _, i := range idx[:min(first, len(idx))] {
		out = append(out, kg.SearchHit{Entity: cloneEntity(ents[i]), Score: hits[i].Score})
	}
	return out, nil
}

// candidates returns the entities with a name token that one of the
// variants of a query token matches exactly, by prefix or with typos.
func (g *graph) candidates(vs []string) map[string]struct{} {
	cands := map[string]struct{}{}
	add := func(tok string) {
		for id := range g.tokens[tok] {
			cands[id] = struct{}{}
		}
	}
	for _, v := range vs {
		i := sort.SearchStrings(g.vocab, v)
		for ; i < len(g.vocab) && strings.HasPrefix(g.vocab[i], v); i++ {
			add(g.vocab[i])
		}
		n := utf8.RuneCountInString(v)
		if limit := typoLimit(v); limit > 0 {
			for _, w := range g.vocab {
				if d := utf8.RuneCountInString(w) - n; d > limit || d < -limit || strings.HasPrefix(w, v) {
					continue
				}
				if levenshtein(v, w, limit) <= limit {
					add(w)
				}
			}
		}
	}
	return cands
}

// typoLimit is maxTypos for a token, 0 for tokens without letters.
func typoLimit(tok string) int {
	for _, r := range tok {
		if unicode.IsLetter(r) {
			return maxTypos(utf8.RuneCountInString(tok))
		}
	}
	return 0
}

func round4(x float64) float64 {
	return float64(int64(x*10000+0.5)) / 10000
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// levenshtein is the edit distance between a and b in runes, or limit+1
// as soon as it must exceed limit.
func levenshtein(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if abs(len(ra)-len(rb)) > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
