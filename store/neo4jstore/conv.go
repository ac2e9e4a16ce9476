package neo4jstore

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/aikg/aikg/kg"
)

// Projections shared by the read queries, so that every query returns
// entities, relationships and articles in the shape the converters expect.
const (
	entityProj  = "{.id, .name, .kind, .aliases, .wikidata}"
	articleProj = "{.id, .title, .url, .lang, .published, .source, .hash, .text}"
)

// relProj projects relationship x (from a pattern where it is bound) with
// its ends, its headline and its evidence: the articles it lists
// (Relationship.articles) hold the evidence, as parallel lists keyed by
// relationship id (Article.evRel), returned in canonical order.
var relProj = relProjOf("x")

// relProjOf is relProj for a relationship bound to variable v.
func relProjOf(v string) string {
	return fmt.Sprintf("%[1]s {.id, .amount, .currency, .usd, .capacity, .capacityUnit, .period, .stake, .status, .date, .confidence, "+
		"type: type(%[1]s), source: startNode(%[1]s).id, target: endNode(%[1]s).id, "+
		"evidence: COLLECT { UNWIND coalesce(%[1]s.articles, []) AS evAid MATCH (evA:Article {id: evAid}) "+
		"UNWIND range(0, size(evA.evRel) - 1) AS i WITH evA, i WHERE evA.evRel[i] = %[1]s.id "+
		"RETURN {article: evA.id, sentence: evA.evSentence[i], start: evA.evStart[i], end: evA.evEnd[i], figures: evA.evFigures[i]} AS ev "+
		"ORDER BY evA.id, evA.evStart[i], i }}", v)
}

// figureProps writes figures as flat properties; absent values are left
// out so that they are absent (null) in Neo4j too.
func figureProps(f *kg.Figures, m map[string]any) {
	if f.Amount != nil {
		m["amount"] = f.Amount.Value
		m["currency"] = f.Amount.Currency
		if f.Amount.USD != nil {
			m["usd"] = *f.Amount.USD
		}
	}
	if f.Capacity != nil {
		m["capacity"] = f.Capacity.Value
		m["capacityUnit"] = f.Capacity.Unit
	}
	if f.Period != "" {
		m["period"] = string(f.Period)
	}
	if f.Stake != nil {
		m["stake"] = *f.Stake
	}
	if f.Status != "" {
		m["status"] = string(f.Status)
	}
	if f.Date != "" {
		m["date"] = f.Date
	}
	m["confidence"] = f.Confidence
}

func str(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func num(m map[string]any, k string) (float64, bool) {
	switch v := m[k].(type) {
	case float64:
		return v, true
	case int64:
		return float64(v), true
	}
	return 0, false
}

func integer(m map[string]any, k string) int {
	switch v := m[k].(type) {
	case int64:
		return int(v)
	case float64:
		return int(v)
	}
	return 0
}

func strs(v any) []string {
	l, _ := v.([]any)
	if len(l) == 0 {
		return nil
	}
	out := make([]string, 0, len(l))
	for _, x := range l {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func toFigures(m map[string]any) kg.Figures {
	var f kg.Figures
	if v, ok := num(m, "amount"); ok {
		f.Amount = &kg.Money{Value: v, Currency: str(m, "currency")}
		if u, ok := num(m, "usd"); ok {
			f.Amount.USD = &u
		}
	}
	if v, ok := num(m, "capacity"); ok {
		f.Capacity = &kg.Quantity{Value: v, Unit: str(m, "capacityUnit")}
	}
	f.Period = kg.Period(str(m, "period"))
	if v, ok := num(m, "stake"); ok {
		f.Stake = &v
	}
	f.Status = kg.DealStatus(str(m, "status"))
	f.Date = str(m, "date")
	f.Confidence, _ = num(m, "confidence")
	return f
}

// toEvidence decodes one evidence as relProj and relLock return it; its
// figures are a JSON object (see relProps).
func toEvidence(m map[string]any) (kg.Evidence, error) {
	var fm map[string]any
	if err := json.Unmarshal([]byte(str(m, "figures")), &fm); err != nil {
		return kg.Evidence{}, fmt.Errorf("evidence figures: %w", err)
	}
	return kg.Evidence{
		ArticleID: str(m, "article"),
		Sentence:  str(m, "sentence"),
		Start:     integer(m, "start"),
		End:       integer(m, "end"),
		Figures:   toFigures(fm),
	}, nil
}

func toEntity(v any) *kg.Entity {
	m, ok := v.(map[string]any)
	if !ok || m == nil {
		return nil
	}
	return &kg.Entity{
		ID:         str(m, "id"),
		Name:       str(m, "name"),
		Kind:       kg.EntityKind(str(m, "kind")),
		Aliases:    strs(m["aliases"]),
		WikidataID: str(m, "wikidata"),
	}
}

func toArticle(v any) *kg.Article {
	m, ok := v.(map[string]any)
	if !ok || m == nil {
		return nil
	}
	return &kg.Article{
		ID:        str(m, "id"),
		Title:     str(m, "title"),
		URL:       str(m, "url"),
		Lang:      str(m, "lang"),
		Published: str(m, "published"),
		Source:    str(m, "source"),
		Hash:      str(m, "hash"),
		Text:      str(m, "text"),
	}
}

func toRelationship(v any) *kg.Relationship {
	m, ok := v.(map[string]any)
	if !ok || m == nil {
		return nil
	}
	r := &kg.Relationship{
		ID:       str(m, "id"),
		Type:     kg.RelationType(str(m, "type")),
		SourceID: str(m, "source"),
		TargetID: str(m, "target"),
		Figures:  toFigures(m),
	}
	evs, _ := m["evidence"].([]any)
	r.Evidence = make([]kg.Evidence, 0, len(evs))
	for _, e := range evs {
		if em, ok := e.(map[string]any); ok {
			// Undecodable figures (never written so) leave the sentence
			// without figures rather than dropping it.
			ev, _ := toEvidence(em)
			ev.ArticleID, ev.Sentence, ev.Start, ev.End = str(em, "article"), str(em, "sentence"), integer(em, "start"), integer(em, "end")
			r.Evidence = append(r.Evidence, ev)
		}
	}
	return r
}

// splitRelID recovers (source, type, target) from a kg.RelationshipID. The
// type comes from the closed enum, which makes the split unambiguous for
// any id that kg.RelationshipID can produce from slug ids.
func splitRelID(id string) (src string, t kg.RelationType, tgt string, ok bool) {
	for _, rt := range kg.RelationTypes {
		sep := "|" + string(rt) + "|"
		if i := strings.Index(id, sep); i > 0 && i+len(sep) < len(id) {
			return id[:i], rt, id[i+len(sep):], true
		}
	}
	return "", "", "", false
}

// foldedNames is what the name index and name lookups match against: the
// folded canonical name first, then each folded alias, without repeats.
func foldedNames(name string, aliases []string) []string {
	out := []string{kg.Fold(name)}
	seen := map[string]bool{out[0]: true}
	for _, a := range aliases {
		f := kg.Fold(a)
		if f == "" || seen[f] {
			continue
		}
		seen[f] = true
		out = append(out, f)
	}
	return out
}
