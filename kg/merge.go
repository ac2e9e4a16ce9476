package kg

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode/utf8"
)

// statusRank orders statuses so that the most settled one a source reports
// wins; a blocked deal stays blocked whatever older sources said.
var statusRank = map[DealStatus]int{Talks: 1, Announced: 2, Agreed: 3, Completed: 4, Blocked: 5}

// better reports whether evidence a should supply a headline figure ahead
// of b: higher confidence, then the later date, then the smaller article id
// (so the choice never depends on storage order).
func better(a, b *Evidence) bool {
	if a.Confidence != b.Confidence {
		return a.Confidence > b.Confidence
	}
	if a.Date != b.Date {
		return a.Date > b.Date
	}
	if a.ArticleID != b.ArticleID {
		return a.ArticleID < b.ArticleID
	}
	return a.Start < b.Start
}

// Headline merges a relationship's evidence into its headline figures.
// Each figure comes from the best evidence that has it (see better), the
// period travels with the amount, the status is the most settled reported,
// and the confidence combines independent sources: 1 - Π(1 - cᵢ), rounded to
// four places. Every store calls it, so both report the same figures.
func Headline(ev []Evidence) Figures {
	var h Figures
	var amt, capy, stake, date *Evidence
	miss := 1.0
	for i := range ev {
		e := &ev[i]
		miss *= 1 - clamp01(e.Confidence)
		if e.Amount != nil && (amt == nil || better(e, amt)) {
			amt = e
		}
		if e.Capacity != nil && (capy == nil || better(e, capy)) {
			capy = e
		}
		if e.Stake != nil && (stake == nil || better(e, stake)) {
			stake = e
		}
		if e.Date != "" && (date == nil || better(e, date)) {
			date = e
		}
		if statusRank[e.Status] > statusRank[h.Status] {
			h.Status = e.Status
		}
	}
	if amt != nil {
		m := *amt.Amount
		h.Amount, h.Period = &m, amt.Period
	}
	if capy != nil {
		q := *capy.Capacity
		h.Capacity = &q
		if h.Period == "" {
			h.Period = capy.Period
		}
	}
	if stake != nil {
		s := *stake.Stake
		h.Stake = &s
	}
	if date != nil {
		h.Date = date.Date
	}
	if len(ev) > 0 {
		h.Confidence = math.Round((1-miss)*10000) / 10000
	}
	return h
}

func clamp01(x float64) float64 {
	return math.Max(0, math.Min(1, x))
}

// SortEvidence puts evidence in its canonical order: by article id, then
// start offset.
func SortEvidence(ev []Evidence) {
	sort.SliceStable(ev, func(i, j int) bool {
		if ev[i].ArticleID != ev[j].ArticleID {
			return ev[i].ArticleID < ev[j].ArticleID
		}
		return ev[i].Start < ev[j].Start
	})
}

// MergeAliases returns the sorted union of aliases, without duplicates and
// without the canonical name itself.
func MergeAliases(name string, lists ...[]string) []string {
	seen := map[string]bool{name: true}
	var out []string
	for _, l := range lists {
		for _, a := range l {
			a = strings.TrimSpace(a)
			if a == "" || seen[a] {
				continue
			}
			seen[a] = true
			out = append(out, a)
		}
	}
	sort.Strings(out)
	return out
}

// Prepare checks an extraction and puts it in canonical form, so that every
// store writes exactly the same thing: symmetric relationships get ordered
// ends, ids are set, relationships asserted twice in the article are merged
// into one with all their evidence, evidence is sorted and stamped with the
// article id, aliases are merged and sorted, and headlines are computed. It
// returns an EINVALID error naming what is wrong and where.
func Prepare(x *Extraction) error {
	a := &x.Article
	if strings.TrimSpace(a.ID) == "" {
		return Errorf(EINVALID, "article has no id")
	}
	if a.Hash == "" {
		return Errorf(EINVALID, "article %s has no content hash", a.ID)
	}
	if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
		return Errorf(EINVALID, "article %s is not valid UTF-8", a.ID)
	}
	ents := make(map[string]int, len(x.Entities))
	merged := x.Entities[:0:0]
	for i, e := range x.Entities {
		if e.ID == "" || e.Name == "" {
			return Errorf(EINVALID, "article %s: entity #%d has no id or name", a.ID, i)
		}
		if !e.Kind.Valid() {
			return Errorf(EINVALID, "article %s: entity %q has unknown kind %q", a.ID, e.ID, e.Kind)
		}
		if j, ok := ents[e.ID]; ok {
			merged[j].Aliases = append(merged[j].Aliases, e.Aliases...)
			if e.Name != merged[j].Name {
				merged[j].Aliases = append(merged[j].Aliases, e.Name)
			}
			continue
		}
		ents[e.ID] = len(merged)
		merged = append(merged, e)
	}
	for i := range merged {
		merged[i].Aliases = MergeAliases(merged[i].Name, merged[i].Aliases)
	}
	sort.Slice(merged, func(i, j int) bool { return merged[i].ID < merged[j].ID })
	x.Entities = merged

	textLen := utf8.RuneCountInString(a.Text)
	rels := map[string]*Relationship{}
	for i := range x.Relationships {
		r := x.Relationships[i]
		where := fmt.Sprintf("article %s: relationship #%d (%s %s %s)", a.ID, i, r.SourceID, r.Type, r.TargetID)
		if !r.Type.Valid() {
			return Errorf(EINVALID, "%s: unknown type", where)
		}
		if _, ok := ents[r.SourceID]; !ok {
			return Errorf(EINVALID, "%s: source is not among the article's entities", where)
		}
		if _, ok := ents[r.TargetID]; !ok {
			return Errorf(EINVALID, "%s: target is not among the article's entities", where)
		}
		if r.SourceID == r.TargetID {
			return Errorf(EINVALID, "%s: an entity cannot relate to itself", where)
		}
		if len(r.Evidence) == 0 {
			return Errorf(EINVALID, "%s: no evidence", where)
		}
		for k := range r.Evidence {
			e := &r.Evidence[k]
			e.ArticleID = a.ID
			if !e.Period.Valid() || !e.Status.Valid() {
				return Errorf(EINVALID, "%s: evidence #%d has an unknown period or status", where, k)
			}
			if e.Confidence <= 0 || e.Confidence > 1 || math.IsNaN(e.Confidence) {
				return Errorf(EINVALID, "%s: evidence #%d confidence %v is outside (0, 1]", where, k, e.Confidence)
			}
			if e.Start < 0 || e.End < e.Start || (a.Text != "" && e.End > textLen) {
				return Errorf(EINVALID, "%s: evidence #%d offsets %d..%d are outside the text", where, k, e.Start, e.End)
			}
		}
		r.SourceID, r.TargetID = Canonical(r.SourceID, r.Type, r.TargetID)
		r.ID = RelationshipID(r.SourceID, r.Type, r.TargetID)
		if prev, ok := rels[r.ID]; ok {
			prev.Evidence = append(prev.Evidence, r.Evidence...)
			continue
		}
		r.Evidence = append([]Evidence(nil), r.Evidence...)
		rels[r.ID] = &r
	}
	x.Relationships = x.Relationships[:0:0]
	for _, r := range rels {
		SortEvidence(r.Evidence)
		r.Figures = Headline(r.Evidence)
		x.Relationships = append(x.Relationships, *r)
	}
	sort.Slice(x.Relationships, func(i, j int) bool { return x.Relationships[i].ID < x.Relationships[j].ID })
	return nil
}

// EncodeCursor makes an opaque keyset cursor from the sort key values of an
// item (e.g. its date and id).
func EncodeCursor(keys ...string) string {
	b, _ := json.Marshal(keys)
	return base64.RawURLEncoding.EncodeToString(b)
}

// DecodeCursor reads a cursor made by EncodeCursor; it expects n keys and
// returns EINVALID for anything else.
func DecodeCursor(c string, n int) ([]string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	var keys []string
	if err == nil {
		err = json.Unmarshal(b, &keys)
	}
	if err != nil || len(keys) != n {
		return nil, Errorf(EINVALID, "invalid cursor %q", c)
	}
	return keys, nil
}

// ClampFirst applies DefaultFirst and rejects sizes outside 0..MaxFirst.
func ClampFirst(first int) (int, error) {
	if first == 0 {
		return DefaultFirst, nil
	}
	if first < 0 || first > MaxFirst {
		return 0, Errorf(EINVALID, "first must be between 1 and %d, got %d", MaxFirst, first)
	}
	return first, nil
}
