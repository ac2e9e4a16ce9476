package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/aikg/aikg/kg"
)

// WriteText prints the report as readable tables: overall, headline, per
// relation type and per language precision, recall and F1, then the figure
// accuracies and the articles that could not be scored. WriteDetails lists
// the individual misses.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%d articles scored", r.Articles)
	if n := len(r.MissingArticles); n > 0 {
		fmt.Fprintf(&b, ", %d gold articles not in the corpus", n)
	}
	if n := len(r.Unannotated); n > 0 {
		fmt.Fprintf(&b, ", %d articles without gold (not scored)", n)
	}
	if n := len(r.Failures); n > 0 {
		fmt.Fprintf(&b, ", %d read/extract failures", n)
	}
	b.WriteString("\n\n")

	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "relation\tgold\tfound\tTP\tFP\tFN\tprecision\trecall\tF1\t")
	row := func(name string, c Counts) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t%s\t\n", name, c.TP+c.FN, c.TP+c.FP, c.TP, c.FP, c.FN, pct(c.Precision), pct(c.Recall), pct(c.F1))
	}
	for _, t := range r.ByType {
		if t.Defined() {
			row(string(t.Relation), t.Counts)
		}
	}
	row("headline", r.Headline)
	row("overall", r.Overall)
	fmt.Fprintln(tw, "\t\t\t\t\t\t\t\t\t")
	fmt.Fprintln(tw, "language\tarticles\tgold\tfound\tP\tR\tF1\theadline F1\tamounts\t")
	for _, l := range r.ByLang {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t\n", l.Lang, l.Articles, l.All.TP+l.All.FN, l.All.TP+l.All.FP, pct(l.All.Precision), pct(l.All.Recall), pct(l.All.F1), pct(l.Headline.F1), fmt.Sprintf("%d/%d %s", l.Amounts.Correct, l.Amounts.Compared, pct(l.Amounts.Accuracy)))
	}
	fmt.Fprintln(tw, "\t\t\t\t\t\t\t\t\t")
	fmt.Fprintln(tw, "figure\tcompared\tcorrect\tmissing\textra\twrong\taccuracy\t\t\t")
	fig := func(name string, f FigureScore) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%s\t\t\t\n", name, f.Compared, f.Correct, f.Missing, f.Extra, f.Wrong, pct(f.Accuracy))
	}
	fig("amount", r.Amounts)
	fig("capacity", r.Capacities)
	fig("status", r.Statuses)
	if err := tw.Flush(); err != nil {
		return err
	}
	list := func(title string, xs []string) {
		if len(xs) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n%s:\n", title)
		for _, x := range xs {
			fmt.Fprintf(&b, "  %s\n", x)
		}
	}
	list("gold articles not found in the corpus", r.MissingArticles)
	list("failures", r.Failures)
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteDetails lists every missed gold relation (with its gold line),
// every spurious extracted relation and every wrong figure, for working on
// the extractor.
func (r *Report) WriteDetails(w io.Writer) error {
	var b strings.Builder
	group := func(title string, ms []Miss) {
		fmt.Fprintf(&b, "%s (%d):\n", title, len(ms))
		last := ""
		for _, m := range ms {
			if m.Article != last {
				fmt.Fprintf(&b, "  %s\n", m.Article)
				last = m.Article
			}
			line := ""
			if m.Line > 0 {
				line = fmt.Sprintf("  [gold line %d]", m.Line)
			}
			fmt.Fprintf(&b, "    %s %s %s%s\n", m.Subject, m.Relation, m.Object, line)
		}
	}
	group("missed", r.Missed)
	b.WriteByte('\n')
	group("spurious", r.Spurious)
	fmt.Fprintf(&b, "\nwrong figures (%d):\n", len(r.FigureErrors))
	for _, f := range r.FigureErrors {
		fmt.Fprintf(&b, "  %s: %s %s %s: %s gold %s, got %s\n", f.Article, f.Subject, f.Relation, f.Object, f.Figure, orNone(f.Gold), orNone(f.Got))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON writes the whole report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // names like "AT&T" stay readable
	return enc.Encode(r)
}

func pct(x float64) string { return strconv.FormatFloat(x*100, 'f', 1, 64) + "%" }

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// money prints an amount compactly: 13000000000 USD → "13B USD".
func money(v float64, cur string) string {
	switch {
	case v >= 1e9:
		return trim(v/1e9) + "B " + cur
	case v >= 1e6:
		return trim(v/1e6) + "M " + cur
	}
	return trim(v) + " " + cur
}

func trim(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func goldAmountString(g *Gold) string {
	var parts []string
	if g.Amount != nil {
		parts = append(parts, money(*g.Amount, g.Currency))
	}
	if g.AmountUSD != nil && (g.Amount == nil || g.Currency != "USD") {
		parts = append(parts, money(*g.AmountUSD, "USD"))
	}
	s := strings.Join(parts, " = ")
	if s != "" && g.Per == "year" {
		s += " a year"
	}
	return s
}

func gotAmountString(f kg.Figures) string {
	a := f.Amount
	if a == nil {
		return ""
	}
	s := money(a.Value, a.Currency)
	if a.USD != nil && !strings.EqualFold(a.Currency, "USD") {
		s += " = " + money(*a.USD, "USD")
	}
	if f.Period == kg.Year {
		s += " a year"
	}
	return s
}

func goldCapacityString(g *Gold) string {
	switch {
	case g.CapacityGW != nil:
		return trim(*g.CapacityGW) + " GW"
	case g.Capacity != nil:
		return trim(*g.Capacity) + " " + g.CapacityUnit
	}
	return ""
}

func gotCapacityString(q *kg.Quantity) string {
	if q == nil {
		return ""
	}
	return trim(q.Value) + " " + q.Unit
}
