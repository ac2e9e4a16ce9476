package eval_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/aikg/aikg/loader/eval"
	"github.com/aikg/aikg/loader/extract"
)

// floor is the lowest score a corpus may fall to before TestCorpusFloor
// fails: it catches extractor changes that lose ground.
type floor struct {
	HeadlineF1, OverallF1, AmountAccuracy, CapacityAccuracy float64
	// Lang holds per-language floors: the done criterion asks for each
	// language, and one language's loss can hide in the pooled figure.
	Lang map[string]langFloor
	// Details allows the verbose run to print every miss. Never for the
	// held-out examples: rule writers must not see their misses.
	Details bool
}

// langFloor is the floor of one language's articles.
type langFloor struct {
	HeadlineF1, AmountAccuracy float64
}

// floors holds every floor in one place, set from measured values (`go
// test ./loader/eval -run TestCorpusFloor -v` logs the reports) a little
// below what the extractor achieves, and raised as it improves. Per
// language amounts have few items (20–30), so their margin is wider.
var floors = map[string]floor{
	// measured (loader/extract, definite descriptions "the Saudi company",
	// chip products as supply objects, held investments COMPLETED,
	// consortium members, a chip's maker as its supplier; an acquirer
	// named by "it" after "the Nvidia-backed company" or a second "it"):
	// corpus headline 0.828, overall 0.789, amounts 0.907, capacities
	// 0.818; examples
	// headline 0.607, overall 0.551, amounts 0.724, capacities 0.667.
	// Floors are ~0.02 below for F1 and ~0.03 below for accuracies.
	// Per language: corpus ar headline 0.806, amounts 20/21; en 0.843,
	// 29/33; examples ar 0.631, 12/16; en 0.588, 9/13.
	// Raised after the compute/operator/seat/post rules (14:50): corpus
	// headline 0.844, overall 0.809, capacities 0.786 (11/14), ar headline
	// 0.845; examples headline 0.612, overall 0.558, ar headline 0.643.
	// Raised after the English rules ("X led the round", offers/bids,
	// bare titles, participial appositions): corpus headline 0.861,
	// overall 0.828, amounts 0.929 (52/56), en headline 0.867, en amounts
	// 32/35; examples unchanged (headline 0.612, en 0.588).
	// The corpus grew from 48 to 64 articles (ar23–ar30, en23–en30,
	// written and annotated by people who had not seen the rules): on the
	// 16 new articles alone headline F1 was ar 0.512, en 0.406, and the
	// whole corpus measured headline 0.757, overall 0.721, amounts 0.893
	// (67/75), capacities 0.722 (13/18); ar headline 0.768, amounts 26/29;
	// en 0.749, 41/46.
	// Raised after the deal rules (consortium members, joining as
	// partners, object relatives, offers from a buyer, shares bought or
	// received, round companions, statuses of reported and negated deals,
	// amounts kept off backers and owners): corpus headline 0.806, overall
	// 0.771, amounts 0.912 (73/80), capacities 0.737 (14/19); ar headline
	// 0.788, amounts 27/29; en 0.819, 46/51; examples headline 0.617,
	// overall 0.564, amounts 0.742 (23/31), capacities 0.667; ar 0.651,
	// 13/17; en 0.592, 10/14. Per-language amount floors keep a margin of
	// about one item.
	// Raised after the English generalisation rules (names an apposition
	// calls an organisation, offers made by a group, electricity deals as
	// partnerships, "the company" after a founding verb, …) and the
	// compute rules: corpus headline 0.826, overall 0.789, amounts 0.892
	// (74/83), capacities 0.739 (17/23); ar headline 0.794, amounts 27/29;
	// en 0.852, 47/54; examples headline 0.619, overall 0.565, amounts
	// 0.742, capacities 0.667; ar 0.651, 13/17; en 0.595, 10/14. Amount
	// floors stay where they were (one item of margin).
	// Raised after the PARTNERS_WITH frame rules (a partnership needs its
	// parties in its own frame) and the concurrent Arabic, compute and
	// rivalry rounds: corpus headline 0.864, overall 0.836, amounts 0.897
	// (78/87), capacities 0.720 (18/25); ar headline 0.869, amounts 31/33;
	// en 0.861, 47/54; examples headline 0.648, overall 0.587, amounts
	// 0.742 (23/31), capacities 0.700; ar 0.683, 13/17; en 0.620, 10/14
	// (examples PARTNERS_WITH precision 0.441 → 0.640). Amount and
	// capacity floors keep one item of margin.
	// Raised after the second compute round (possessive titles, boards,
	// founders' companions, deployed/paid-for compute, facility sites,
	// seats only where the text gives one, About blocks): corpus headline
	// 0.867, overall 0.839, ar headline 0.874, en 0.861; examples headline
	// 0.648, overall 0.587, ar 0.683, en 0.620 (examples floors unchanged).
	// Raised after the Arabic generalisation round (glosses, quoted and
	// bare names after triggers, possessed products/stakes/rounds, lease
	// and purpose-masdar supply, VSO lead investors, government bodies):
	// corpus headline 0.872, overall 0.844, amounts 0.977 (85/87),
	// capacities 0.731 (19/26); ar headline 0.880, amounts 33/33; en
	// 0.865, 52/54; examples headline 0.648, overall 0.587, ar 0.683, en
	// 0.620 (examples floors unchanged). Amount floors keep one item of
	// margin per language.
	// Examples raised after the probe round (wire-style compute supply and
	// operation constructions written from outside the corpus): examples
	// headline 0.651, overall 0.602, ar 0.683, en 0.627 (corpus unchanged:
	// headline 0.872, overall 0.845). Then (possessive phrases end at a
	// preposition, hosted products' possessors, software run on a cloud):
	// corpus headline 0.874, overall 0.847, ar 0.880, en 0.869; examples
	// headline 0.658, overall 0.608, ar 0.683, en 0.639.
	// Amount floors raised after the deal-value round (contract totals over
	// top-ups, the price a takeover "values" its target at, revenue a
	// contract brings in, prices, fees, an investor's own money and share,
	// a company's size and takings kept off deals): corpus amounts 0.989
	// (86/87), ar 33/33, en 53/54; examples 0.750 (24/32), ar 13/17, en
	// 11/15. One item of margin.
	// Overall raised after the probe3 round (products and their known
	// makers, possessives with modifiers, unknown product names before a
	// product noun, seats in openers and after appositions, branch offices
	// kept out): corpus overall 0.850 (OPERATES 0.729 → 0.771), examples
	// overall 0.620 (OPERATES 0.359 → 0.545); headlines unchanged (0.874,
	// 0.658).
	"corpus": {HeadlineF1: 0.854, OverallF1: 0.830, AmountAccuracy: 0.97, CapacityAccuracy: 0.70, Details: true,
		Lang: map[string]langFloor{"ar": {0.860, 0.96}, "en": {0.849, 0.96}}},
	"examples": {HeadlineF1: 0.638, OverallF1: 0.600, AmountAccuracy: 0.71, CapacityAccuracy: 0.63,
		Lang: map[string]langFloor{"ar": {0.663, 0.70}, "en": {0.619, 0.66}}},
}

// TestCorpusFloor runs the real extractor over the evaluation corpus
// (testdata/corpus with testdata/gold.jsonl) and over the bundled examples,
// logs the reports and fails when a score drops below its floor or when
// the corpus and its gold disagree (a gold article the reader does not
// find, a file it cannot read).
func TestCorpusFloor(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatalf("extract.New: %v", err)
	}
	ctx := context.Background()
	t.Run("corpus", func(t *testing.T) {
		rep, err := eval.RunFile(ctx, "testdata/gold.jsonl", x, "testdata/corpus")
		if err != nil {
			t.Fatal(err)
		}
		checkFloor(t, rep, floors["corpus"])
	})
	t.Run("examples", func(t *testing.T) {
		rep, err := eval.Examples(ctx, x)
		if err != nil {
			t.Fatal(err)
		}
		checkFloor(t, rep, floors["examples"])
	})
}

func checkFloor(t *testing.T, rep *eval.Report, f floor) {
	t.Helper()
	var b bytes.Buffer
	if err := rep.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() && f.Details {
		if err := rep.WriteDetails(&b); err != nil {
			t.Fatal(err)
		}
	}
	t.Log("\n" + b.String())
	if len(rep.MissingArticles) > 0 {
		t.Errorf("gold articles not found in the corpus (URL or file name differs?): %q", rep.MissingArticles)
	}
	if len(rep.Failures) > 0 {
		t.Errorf("corpus files or articles failed: %q", rep.Failures)
	}
	if rep.Articles == 0 {
		t.Fatal("no article scored")
	}
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"headline F1", rep.Headline.F1, f.HeadlineF1},
		{"overall F1", rep.Overall.F1, f.OverallF1},
		{"amount accuracy", rep.Amounts.Accuracy, f.AmountAccuracy},
		{"capacity accuracy", rep.Capacities.Accuracy, f.CapacityAccuracy},
	} {
		if c.got < c.want {
			t.Errorf("%s %.3f is below its floor %.3f", c.name, c.got, c.want)
		}
	}
	for lang, lf := range f.Lang {
		ls := rep.Lang(lang)
		if ls.Articles == 0 {
			t.Errorf("no %s article scored", lang)
			continue
		}
		if ls.Headline.F1 < lf.HeadlineF1 {
			t.Errorf("%s headline F1 %.3f is below its floor %.3f", lang, ls.Headline.F1, lf.HeadlineF1)
		}
		if ls.Amounts.Accuracy < lf.AmountAccuracy {
			t.Errorf("%s amount accuracy %.3f is below its floor %.3f", lang, ls.Amounts.Accuracy, lf.AmountAccuracy)
		}
	}
}
