package eval_test

import (
	"strings"
	"testing"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader/eval"
)

func TestReadGold(t *testing.T) {
	in := `# a comment
{"article":"https://news.example/a","subject":"Microsoft","relation":"INVESTS_IN","object":"OpenAI","amount_usd":13e9,"currency":"USD","status":"COMPLETED","date":"2023"}

{"article":"a.md","subject":"Oracle","relation":"SUPPLIES_COMPUTE","object":"OpenAI","amount_usd":3e10,"per":"year","capacity_gw":4.5,"lang":"ar","confidence":0.9,"evidence":"..."}
{"article":"a.md","subject":"ASML","relation":"INVESTS_IN","object":"Mistral AI","amount":1.3e9,"currency":"eur","stake":11,"capacity":18000,"capacity_unit":"chips"}` // no final newline
	gold, err := eval.ReadGold(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 3 {
		t.Fatalf("got %d gold lines, want 3", len(gold))
	}
	g := gold[1]
	if g.Line != 4 || g.Relation != kg.SuppliesCompute || g.Per != "year" || *g.CapacityGW != 4.5 || g.Lang != "ar" || *g.AmountUSD != 3e10 {
		t.Errorf("line 4 read as %+v", g)
	}
	if gold[2].Currency != "EUR" || *gold[2].Amount != 1.3e9 || gold[2].Line != 5 {
		t.Errorf("line 5 read as %+v", gold[2])
	}
}

func TestReadGoldErrors(t *testing.T) {
	ok := `{"article":"a","subject":"A","relation":"LEADS","object":"B"}` + "\n"
	tests := []struct {
		name, line, want string
	}{
		{"bad json", `{"article":"a",`, "gold line 2: not valid JSON"},
		{"unknown key", `{"article":"a","subject":"A","relation":"LEADS","object":"C","amount_eur":1}`, `gold line 2: unknown key "amount_eur"`},
		{"wrong type", `{"article":"a","subject":"A","relation":"LEADS","object":"C","amount_usd":"13B"}`, `gold line 2: key "amount_usd" must be a float64`},
		{"unknown relation", `{"article":"a","subject":"A","relation":"FUNDS","object":"C"}`, `gold line 2: unknown relation "FUNDS"`},
		{"unknown status", `{"article":"a","subject":"A","relation":"LEADS","object":"C","status":"DONE"}`, `gold line 2: unknown status "DONE"`},
		{"no subject", `{"article":"a","relation":"LEADS","object":"C"}`, "gold line 2: no subject or object"},
		{"no article", `{"subject":"A","relation":"LEADS","object":"C"}`, "gold line 2: no article"},
		{"self", `{"article":"a","subject":"OpenAI","relation":"LEADS","object":"openai"}`, "gold line 2: subject and object are both"},
		{"per", `{"article":"a","subject":"A","relation":"LEADS","object":"C","per":"month"}`, `gold line 2: per is "month"`},
		{"capacity unit", `{"article":"a","subject":"A","relation":"LEADS","object":"C","capacity":5}`, "gold line 2: capacity and capacity_unit go together"},
		{"negative", `{"article":"a","subject":"A","relation":"LEADS","object":"C","amount_usd":-1}`, "gold line 2: figures must be non-negative"},
		{"amount currency", `{"article":"a","subject":"A","relation":"LEADS","object":"C","amount":5}`, "gold line 2: amount without currency"},
		{"two values", `{"article":"a","subject":"A","relation":"LEADS","object":"C"} {}`, "gold line 2: more than one JSON value"},
		{"duplicate", `{"article":"a","subject":"a","relation":"LEADS","object":"b"}`, "gold line 2: a LEADS b in a repeats line 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := eval.ReadGold(strings.NewReader(ok + tc.line + "\n"))
			if err == nil {
				t.Fatalf("no error for %s", tc.line)
			}
			if kg.ErrorCode(err) != kg.EINVALID {
				t.Errorf("code %s, want %s", kg.ErrorCode(err), kg.EINVALID)
			}
			if msg := kg.ErrorMessage(err); !strings.Contains(msg, tc.want) {
				t.Errorf("message %q does not contain %q", msg, tc.want)
			}
		})
	}
}

func TestReadGoldSymmetricDuplicate(t *testing.T) {
	in := `{"article":"a","subject":"Google","relation":"PARTNERS_WITH","object":"Windsurf"}
{"article":"a","subject":"Windsurf","relation":"PARTNERS_WITH","object":"Google"}`
	_, err := eval.ReadGold(strings.NewReader(in))
	if err == nil || !strings.Contains(kg.ErrorMessage(err), "repeats line 1") {
		t.Fatalf("reversed symmetric relation not caught as a duplicate: %v", err)
	}
	// The same pair in a non-symmetric type is two relations.
	in = strings.ReplaceAll(in, "PARTNERS_WITH", "INVESTS_IN")
	if _, err := eval.ReadGold(strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
}

func TestReadGoldFileMissing(t *testing.T) {
	_, err := eval.ReadGoldFile("testdata/no-such-gold.jsonl")
	if err == nil || !strings.Contains(kg.ErrorMessage(err), "no-such-gold.jsonl") {
		t.Fatalf("error %v does not name the file", err)
	}
}
