package loader_test

import (
	"context"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/aikg/aikg/kg"
)

// fakeExtractor stands in for loader/extract so the pipeline can be
// tested on its own: it knows a few names and relates the first two it
// finds in an article's first sentence. "PANIC" in a text makes it panic
// and "NOTHING" makes it return nil, to test how the loader copes.
type fakeExtractor struct{}

var gazetteer = []struct{ name, id string }{
	{"OpenAI", "openai"}, {"Oracle", "oracle"}, {"Microsoft", "microsoft"}, {"مايكروسوفت", "microsoft"},
	{"Nvidia", "nvidia"}, {"xAI", "xai"}, {"AMD", "amd"}, {"Google", "google"}, {"Anthropic", "anthropic"},
	{"Meta", "meta"}, {"Scale AI", "scale-ai"},
}

func (fakeExtractor) Extract(a *kg.Article) *kg.Extraction {
	if strings.Contains(a.Text, "PANIC") {
		panic("extractor bug")
	}
	if strings.Contains(a.Text, "NOTHING") {
		return nil
	}
	x := &kg.Extraction{Article: *a}
	end := strings.IndexAny(a.Text, ".\n")
	if end < 0 {
		end = len(a.Text)
	} else {
		end++
	}
	sentence := a.Text[:end]
	type hit struct {
		pos      int
		name, id string
	}
	var hits []hit
	seen := map[string]bool{}
	for _, g := range gazetteer {
		if i := strings.Index(sentence, g.name); i >= 0 && !seen[g.id] {
			seen[g.id] = true
			hits = append(hits, hit{i, g.name, g.id})
		}
	}
	for i := 1; i < len(hits); i++ { // by position: a tiny insertion sort
		for j := i; j > 0 && hits[j].pos < hits[j-1].pos; j-- {
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
	for _, h := range hits {
		x.Entities = append(x.Entities, kg.Entity{ID: h.id, Name: h.name, Kind: kg.Organization})
	}
	if len(hits) >= 2 {
		x.Relationships = append(x.Relationships, kg.Relationship{
			Type: kg.PartnersWith, SourceID: hits[0].id, TargetID: hits[1].id,
			Evidence: []kg.Evidence{{Sentence: sentence, Start: 0, End: utf8.RuneCountInString(sentence), Figures: kg.Figures{Confidence: 0.9}}},
		})
	}
	return x
}

// fakeWriter is an in-memory kg.Writer that records every batch. An
// article whose text says "REFUSE" fails alone; failOn makes the n-th
// Write (1-based) fail as a whole, as an unreachable store does.
type fakeWriter struct {
	mu      sync.Mutex
	failOn  int
	calls   int
	batches [][]string // article ids per Write
	hashes  map[string]string
	ents    map[string]bool
	rels    map[string]bool
}

func newWriter() *fakeWriter {
	return &fakeWriter{hashes: map[string]string{}, ents: map[string]bool{}, rels: map[string]bool{}}
}

func (w *fakeWriter) Write(ctx context.Context, xs []*kg.Extraction) ([]kg.WriteResult, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.calls++
	if w.failOn > 0 && w.calls == w.failOn {
		return nil, kg.Errorf(kg.EUNAVAILABLE, "store unreachable")
	}
	if err := ctx.Err(); err != nil {
		return nil, kg.Wrap(kg.EUNAVAILABLE, err, "cancelled")
	}
	var ids []string
	res := make([]kg.WriteResult, len(xs))
	for i, x := range xs {
		id := x.Article.ID
		ids = append(ids, id)
		r := kg.WriteResult{ArticleID: id}
		switch prev, ok := w.hashes[id]; {
		case strings.Contains(x.Article.Text, "REFUSE"):
			r.Status, r.Err = kg.Failed, kg.Errorf(kg.EINVALID, "article %s refused by the store", id)
		case ok && prev == x.Article.Hash:
			r.Status = kg.Unchanged
		case ok:
			r.Status = kg.Updated
		default:
			r.Status = kg.Created
		}
		if r.Status == kg.Created || r.Status == kg.Updated {
			w.hashes[id] = x.Article.Hash
			for _, e := range x.Entities {
				if !w.ents[e.ID] {
					w.ents[e.ID] = true
					r.EntitiesAdded++
				}
			}
			for _, rel := range x.Relationships {
				if !w.rels[rel.ID] {
					w.rels[rel.ID] = true
					r.RelationshipsAdded++
				}
			}
		}
		res[i] = r
	}
	w.batches = append(w.batches, ids)
	return res, nil
}

// written lists the ids of every article written, in order.
func (w *fakeWriter) written() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []string
	for _, b := range w.batches {
		out = append(out, b...)
	}
	return out
}
