package extract

import (
	_ "embed"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/aikg/aikg/kg"
)

//go:embed gazetteer.json
var builtinGazetteer []byte

// GazetteerEntry is one known entity: its canonical English name, kind,
// the spellings the press uses for it (any language), its Wikidata id and
// free tags that some rules read:
//
//   - "cloud", "chips": a compute supplier (decides the direction of
//     a compute deal between two companies when the sentence does not);
//     on a product (TPU, Azure), a compute product: named right after a
//     supply verb it makes the deal a compute one;
//   - "investor": a fund or investor; "fund": a fund or investment house
//     whose name does not say so (Mubadala, GIC, MGX), which "the Saudi/
//     Emirati company" never stands for;
//   - "lab", "startup", "bigtech", "media": descriptive; "media" entities
//     (news agencies, papers) never take part in relationships.
type GazetteerEntry struct {
	Name     string        `json:"name"`
	Kind     kg.EntityKind `json:"kind"`
	Aliases  []string      `json:"aliases,omitempty"`
	Wikidata string        `json:"wikidata,omitempty"`
	Tags     []string      `json:"tags,omitempty"`
	// Owner is, for a product or project, the canonical name of the
	// organisation that makes or runs it: "the ChatGPT maker" is OpenAI.
	Owner string `json:"owner,omitempty"`
	// Country is the ISO 3166-1 alpha-2 code of an organisation's home
	// country ("SA"): "the Saudi company" refers back to the last
	// organisation named whose Country is SA.
	Country string `json:"country,omitempty"`
}

// Gazetteer is a list of known entities, as read from a gazetteer file:
//
//	{"version": 1, "entities": [
//	  {"name": "OpenAI", "kind": "ORGANIZATION", "aliases": ["أوبن إيه آي"],
//	   "wikidata": "Q21708200", "tags": ["lab"]}
//	]}
//
// Entries are identified by kg.Slug(name). When gazetteers are merged, a
// later entry with the same id adds its aliases and tags to the earlier one
// and overrides its kind and Wikidata id when it sets them.
type Gazetteer struct {
	Version  int              `json:"version"`
	Entities []GazetteerEntry `json:"entities"`
}

// LoadGazetteer reads and checks a gazetteer file (JSON, format above). A
// bad entry is reported with its index and name.
func LoadGazetteer(r io.Reader) (*Gazetteer, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var g Gazetteer
	if err := dec.Decode(&g); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, kg.Wrap(kg.EINVALID, err, "gazetteer: invalid JSON at byte %d", se.Offset)
		}
		return nil, kg.Wrap(kg.EINVALID, err, "gazetteer: cannot read: %v", err)
	}
	for i, e := range g.Entities {
		if strings.TrimSpace(e.Name) == "" || kg.Slug(e.Name) == "" {
			return nil, kg.Errorf(kg.EINVALID, "gazetteer: entity #%d has no usable name", i)
		}
		if !e.Kind.Valid() {
			return nil, kg.Errorf(kg.EINVALID, "gazetteer: entity #%d (%s) has unknown kind %q", i, e.Name, e.Kind)
		}
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			if !utf8.ValidString(a) {
				return nil, kg.Errorf(kg.EINVALID, "gazetteer: entity #%d (%s) has an alias that is not valid UTF-8", i, e.Name)
			}
		}
	}
	return &g, nil
}

// gazEntity is a merged gazetteer entry as the extractor uses it.
type gazEntity struct {
	kg.Entity
	tags    map[string]bool
	aliases []string // every surface form, name included
	owner   string   // canonical name of the maker of a product
	country string   // ISO 3166-1 alpha-2, upper case
	ownerIx int32    // its index among the merged entries, or -1
}

func (e *gazEntity) has(tag string) bool { return e.tags[tag] }

// mergeGazetteers merges gazetteers in order (later ones override).
func mergeGazetteers(gs ...*Gazetteer) []*gazEntity {
	var out []*gazEntity
	byID := map[string]*gazEntity{}
	for _, g := range gs {
		for _, e := range g.Entities {
			id := kg.Slug(e.Name)
			ge := byID[id]
			if ge == nil {
				ge = &gazEntity{Entity: kg.Entity{ID: id, Name: e.Name, Kind: e.Kind}, tags: map[string]bool{}}
				byID[id] = ge
				out = append(out, ge)
				ge.aliases = append(ge.aliases, e.Name)
			} else {
				if e.Kind != "" {
					ge.Kind = e.Kind
				}
				if e.Name != ge.Name {
					ge.aliases = append(ge.aliases, e.Name)
				}
			}
			if e.Wikidata != "" {
				ge.WikidataID = e.Wikidata
			}
			if e.Owner != "" {
				ge.owner = e.Owner
			}
			if e.Country != "" {
				ge.country = strings.ToUpper(e.Country)
			}
			ge.aliases = append(ge.aliases, e.Aliases...)
			for _, t := range e.Tags {
				ge.tags[strings.ToLower(t)] = true
			}
		}
	}
	idx := map[string]int32{}
	for i, ge := range out {
		idx[ge.ID] = int32(i)
	}
	for _, ge := range out {
		// clipped: articles share this slice, appends must copy
		ge.Aliases = slices.Clip(kg.MergeAliases(ge.Name, ge.aliases))
		ge.ownerIx = -1
		if ge.owner != "" {
			if i, ok := idx[kg.Slug(ge.owner)]; ok {
				ge.ownerIx = i
			}
		}
	}
	return out
}
