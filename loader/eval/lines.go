package eval

import (
	"sort"

	"github.com/aikg/aikg/kg"
)

// Lines turns one article's extraction into lines of the gold format, one
// per relationship, with canonical entity names, the relationship's
// headline figures in the article and its first evidence sentence. It is
// what `aikg extract --format jsonl` prints, so that an extraction can be
// reviewed and corrected into gold. Lines are sorted by relation, subject
// and object.
func Lines(article string, x *kg.Extraction) []Gold {
	if x == nil {
		return nil
	}
	items := Items(article, x)
	out := make([]Gold, 0, len(items))
	for i, it := range items {
		f := it.Figures
		g := Gold{
			Article:  article,
			Subject:  it.Subject.Name,
			Relation: it.Relation,
			Object:   it.Object.Name,
			Stake:    f.Stake,
			Status:   f.Status,
			Date:     f.Date,
			Lang:     it.Lang,
		}
		c := f.Confidence
		g.Confidence = &c
		if f.Amount != nil {
			g.AmountUSD = f.Amount.USD
			if f.Amount.Currency != "USD" {
				v := f.Amount.Value
				g.Amount = &v
			}
			g.Currency = f.Amount.Currency
		}
		if f.Period == kg.Year {
			g.Per = "year"
		}
		if q := f.Capacity; q != nil {
			switch q.Unit {
			case "GW":
				v := q.Value
				g.CapacityGW = &v
			case "MW":
				v := q.Value / 1000
				g.CapacityGW = &v
			default:
				v := q.Value
				g.Capacity, g.CapacityUnit = &v, q.Unit
			}
		}
		if ev := x.Relationships[i].Evidence; len(ev) > 0 {
			g.Evidence = ev[0].Sentence
		}
		out = append(out, g)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Relation != b.Relation {
			return a.Relation < b.Relation
		}
		if a.Subject != b.Subject {
			return a.Subject < b.Subject
		}
		return a.Object < b.Object
	})
	return out
}
