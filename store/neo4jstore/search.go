package neo4jstore

import (
	"context"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aikg/aikg/kg"
)

// proclitics are the Arabic prefixes that attach to a name ("و", "ب",
// "ال", "وال", ...), longest first. They are stripped from folded tokens so
// that "والمايكروسوفت" or "بأوبن" still find the entity.
var proclitics = []string{"وبال", "فبال", "وكال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال", "و", "ف", "ب", "ل", "ك"}

// stripToken removes one proclitic from a folded token when at least two
// letters remain.
func stripToken(t string) string {
	for _, p := range proclitics {
		if strings.HasPrefix(t, p) && utf8.RuneCountInString(t)-utf8.RuneCountInString(p) >= 2 {
			return t[len(p):]
		}
	}
	return t
}

// stripped is a folded string with each token's proclitic removed.
func stripped(folded string) string {
	toks := strings.Fields(folded)
	for i, t := range toks {
		toks[i] = stripToken(t)
	}
	return strings.Join(toks, " ")
}

// searchTerms is what the full-text index holds for an entity: its folded
// names and aliases, and their proclitic-free forms.
func searchTerms(folded []string) []string {
	out := append([]string(nil), folded...)
	seen := map[string]bool{}
	for _, f := range folded {
		seen[f] = true
	}
	for _, f := range folded {
		if s := stripped(f); !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// luceneEscape escapes Lucene query syntax in user text.
func luceneEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func hasWordChar(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// luceneQuery turns folded search tokens into a query: each token (and its
// proclitic-free form) as an exact term, a prefix and, when long enough
// for it to make sense, a fuzzy term; any token may match.
func luceneQuery(tokens []string) string {
	var clauses []string
	seen := map[string]bool{}
	for _, t := range tokens {
		for _, v := range []string{t, stripToken(t)} {
			if seen[v] || !hasWordChar(v) {
				continue
			}
			seen[v] = true
			e := luceneEscape(v)
			c := e + "^4 OR " + e + "*^2"
			switch n := utf8.RuneCountInString(v); {
			case n >= 7:
				c += " OR " + e + "~2"
			case n >= 3:
				c += " OR " + e + "~1"
			}
			clauses = append(clauses, "("+c+")")
		}
	}
	return strings.Join(clauses, " OR ")
}

// Search finds entities by name or alias. The full-text index finds the
// candidates (exact, prefix and fuzzy terms); each is then scored in Go in
// three tiers: a whole-name match (after folding and stripping Arabic
// proclitics) above a match of every token as a word or word prefix,
// above a match that needed a typo. Within a tier the canonical name beats
// an alias and a closer match beats a looser one; ties go by id.
func (s *Store) Search(ctx context.Context, q kg.SearchQuery) ([]kg.SearchHit, error) {
	first, err := kg.ClampFirst(q.First)
	if err != nil {
		return nil, err
	}
	kinds, err := kindStrings(q.Kinds)
	if err != nil {
		return nil, err
	}
	f := kg.Fold(q.Text)
	tokens := strings.Fields(f)
	lq := luceneQuery(tokens)
	if lq == "" {
		return []kg.SearchHit{}, nil
	}
	recs, err := s.read(ctx, "cannot search entities", `CALL db.index.fulltext.queryNodes($index, $q, {limit: $candidates}) YIELD node AS n, score
WHERE size($kinds) = 0 OR n.kind IN $kinds
RETURN n `+entityProj+` AS e, n.folded AS folded, score`,
		map[string]any{"index": nameIndex, "q": lq, "kinds": kinds, "candidates": 200 + 5*first})
	if err != nil {
		return nil, err
	}
	hits := make([]kg.SearchHit, 0, len(recs))
	for _, r := range recs {
		e := toEntity(r.Values[0])
		lucene, _ := r.Values[2].(float64)
		hits = append(hits, kg.SearchHit{Entity: e, Score: score(f, strs(r.Values[1]), lucene)})
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].Entity.ID < hits[j].Entity.ID
	})
	if len(hits) > first {
		hits = hits[:first]
	}
	return hits, nil
}

// score ranks a candidate whose folded names are names (canonical first)
// for folded query f; lucene is the index's own score, used only to order
// typo matches.
func score(f string, names []string, lucene float64) float64 {
	sf := stripped(f)
	best := 0.0
	for i, n := range names {
		canonical := 0.0
		if i == 0 {
			canonical = 0.25
		}
		switch {
		case n == f || stripped(n) == sf:
			best = max(best, 3+canonical+0.5)
		case tokensPrefix(f, n):
			// Closer when the query covers more of the name.
			cover := float64(utf8.RuneCountInString(f)) / float64(max(1, utf8.RuneCountInString(n)))
			best = max(best, 2+canonical+0.5*min(cover, 1))
		}
	}
	if best == 0 {
		best = 1 + 0.9*lucene/(1+lucene)
	}
	return best
}

// tokensPrefix reports whether every token of query q is a word of name n
// or the start of one (also once proclitics are stripped from both).
func tokensPrefix(q, n string) bool {
	nt := strings.Fields(n)
	for _, t := range strings.Fields(q) {
		st := stripToken(t)
		ok := false
		for _, w := range nt {
			if strings.HasPrefix(w, t) || strings.HasPrefix(stripToken(w), st) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
