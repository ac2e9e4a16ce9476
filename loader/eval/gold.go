package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"

	"github.com/aikg/aikg/kg"
)

// Gold is one relation an analyst took from one article: one line of a
// gold JSONL file.
type Gold struct {
	// Article is the article's URL, or for an article without one its
	// file name relative to the corpus folder ("news.jsonl:3" for a line
	// of a multi-article file).
	Article  string          `json:"article"`
	Subject  string          `json:"subject"`
	Relation kg.RelationType `json:"relation"`
	Object   string          `json:"object"`
	// AmountUSD is the amount in US dollars. Amount and Currency are the
	// amount as the article states it when that is not in dollars.
	AmountUSD *float64 `json:"amount_usd,omitempty"`
	Amount    *float64 `json:"amount,omitempty"`
	Currency  string   `json:"currency,omitempty"`
	// CapacityGW is a power capacity; Capacity and CapacityUnit a capacity
	// in any unit ("GPUs", "chips", or "GW"/"MW" again).
	CapacityGW   *float64 `json:"capacity_gw,omitempty"`
	Capacity     *float64 `json:"capacity,omitempty"`
	CapacityUnit string   `json:"capacity_unit,omitempty"`
	// Per is "year" for a yearly amount.
	Per   string   `json:"per,omitempty"`
	Stake *float64 `json:"stake,omitempty"`
	// Status is a kg.DealStatus.
	Status kg.DealStatus `json:"status,omitempty"`
	Date   string        `json:"date,omitempty"`
	// Lang is the article's language; Run fills it from the corpus when
	// the gold line does not give it.
	Lang       string   `json:"lang,omitempty"`
	Confidence *float64 `json:"confidence,omitempty"`
	Evidence   string   `json:"evidence,omitempty"`

	// Line is the line of the gold file this came from (1-based), for
	// messages.
	Line int `json:"-"`
}

// maxGoldLine bounds one gold line; evidence sentences are short.
const maxGoldLine = 1 << 20

// ReadGold reads gold JSONL: one Gold a line, blank lines and lines
// starting with '#' ignored. Unknown keys, unknown relation types or
// statuses, missing names and duplicate relations are errors naming the
// line, because a typo in gold silently skews every score computed from it.
func ReadGold(r io.Reader) ([]Gold, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var out []Gold
	seen := map[string]int{}
	for n := 1; ; n++ {
		line, err := readLine(br)
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, kg.Wrap(kg.EINVALID, err, "gold line %d: %s", n, readErrMessage(err))
		}
		if len(line) == 0 && errors.Is(err, io.EOF) {
			break
		}
		t := bytes.TrimSpace(line)
		if len(t) > 0 && t[0] != '#' {
			g, perr := parseGold(t)
			if perr != nil {
				return nil, kg.Wrap(kg.EINVALID, perr, "gold line %d: %s", n, perr.Error())
			}
			g.Line = n
			k := g.key()
			if prev, ok := seen[k]; ok {
				return nil, kg.Errorf(kg.EINVALID, "gold line %d: %s %s %s in %s repeats line %d", n, g.Subject, g.Relation, g.Object, g.Article, prev)
			}
			seen[k] = n
			out = append(out, g)
		}
		if errors.Is(err, io.EOF) {
			break
		}
	}
	return out, nil
}

// ReadGoldFile reads a gold file (see ReadGold); errors name the file.
func ReadGoldFile(name string) ([]Gold, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, kg.Wrap(kg.EINVALID, err, "cannot open gold file %s", name)
	}
	defer f.Close()
	gold, err := ReadGold(f)
	if err != nil {
		return nil, kg.Wrap(kg.EINVALID, err, "%s: %s", name, kg.ErrorMessage(err))
	}
	return gold, nil
}

var errLongLine = errors.New("line too long")

func readErrMessage(err error) string {
	if errors.Is(err, errLongLine) {
		return fmt.Sprintf("longer than %d bytes", maxGoldLine)
	}
	return "cannot be read"
}

// readLine returns the next line without its newline, and io.EOF with the
// last line.
func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		buf = append(buf, chunk...)
		if len(buf) > maxGoldLine {
			return nil, errLongLine
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}

func parseGold(b []byte) (Gold, error) {
	var g Gold
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return g, fmt.Errorf("not valid JSON at byte %d", se.Offset)
		case errors.As(err, &te):
			return g, fmt.Errorf("key %q must be a %s", te.Field, te.Type)
		case errors.Is(err, io.ErrUnexpectedEOF):
			return g, errors.New("not valid JSON: the object is not closed")
		case strings.HasPrefix(err.Error(), "json: unknown field "):
			return g, fmt.Errorf("unknown key %s", strings.TrimPrefix(err.Error(), "json: unknown field "))
		}
		return g, fmt.Errorf("not a gold relation: %v", err)
	}
	if dec.More() {
		return g, errors.New("more than one JSON value on the line")
	}
	g.Article = strings.TrimSpace(g.Article)
	g.Subject = strings.TrimSpace(g.Subject)
	g.Object = strings.TrimSpace(g.Object)
	switch {
	case g.Article == "":
		return g, errors.New("no article")
	case g.Subject == "" || g.Object == "":
		return g, errors.New("no subject or object")
	case kg.Fold(g.Subject) == kg.Fold(g.Object):
		return g, fmt.Errorf("subject and object are both %q", g.Subject)
	case !g.Relation.Valid():
		return g, fmt.Errorf("unknown relation %q (want one of %s)", g.Relation, relationList())
	case !g.Status.Valid():
		return g, fmt.Errorf("unknown status %q", g.Status)
	case g.Per != "" && g.Per != "year":
		return g, fmt.Errorf("per is %q; the only period is \"year\"", g.Per)
	case (g.Capacity == nil) != (g.CapacityUnit == ""):
		return g, errors.New("capacity and capacity_unit go together")
	}
	for _, f := range []*float64{g.AmountUSD, g.Amount, g.CapacityGW, g.Capacity, g.Stake} {
		if f != nil && (*f < 0 || math.IsInf(*f, 0) || math.IsNaN(*f)) {
			return g, errors.New("figures must be non-negative numbers")
		}
	}
	if g.Amount != nil && g.Currency == "" {
		return g, errors.New("amount without currency")
	}
	g.Currency = strings.ToUpper(g.Currency)
	return g, nil
}

func relationList() string {
	s := make([]string, len(kg.RelationTypes))
	for i, t := range kg.RelationTypes {
		s[i] = string(t)
	}
	return strings.Join(s, ", ")
}

// key identifies a gold relation within its file: symmetric relations are
// the same whichever end is named first.
func (g *Gold) key() string {
	a, b := kg.Fold(g.Subject), kg.Fold(g.Object)
	if g.Relation.Symmetric() && b < a {
		a, b = b, a
	}
	return articleKey(g.Article) + "\x00" + string(g.Relation) + "\x00" + a + "\x00" + b
}
