package main_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/aikg/aikg/internal/testenv"
)

// TestREADMEAnswers runs every GraphQL query of the README that is
// followed by a JSON answer against `aikg serve` on the bundled examples
// and checks the answer: the README promises real answers, and extractor
// changes move them. The README may shorten an answer: a string element
// "… N more" stands for the rest of a list and a string containing "…"
// for a cut sentence; everything else must be what the server says.
func TestREADMEAnswers(t *testing.T) {
	md, err := os.ReadFile(filepath.Join(testenv.RepoRoot(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```(\\w+)\\n(.*?)```").FindAllStringSubmatch(string(md), -1)
	type pair struct{ query, answer string }
	var pairs []pair
	for i := 0; i+1 < len(blocks); i++ {
		if blocks[i][1] == "graphql" && blocks[i+1][1] == "json" {
			pairs = append(pairs, pair{blocks[i][2], blocks[i+1][2]})
		}
	}
	if len(pairs) < 10 {
		t.Fatalf("found %d query/answer pairs in the README, expected at least 10", len(pairs))
	}
	url, stop := serve(t, nil, "--data", t.TempDir())
	defer stop()
	for i, p := range pairs {
		var want, got any
		if err := json.Unmarshal([]byte(p.answer), &want); err != nil {
			t.Errorf("README answer #%d is not JSON: %v", i+1, err)
			continue
		}
		if err := json.Unmarshal([]byte(gql(t, url, p.query)), &got); err != nil {
			t.Fatal(err)
		}
		var diffs []string
		shortened(want, got, "", &diffs)
		if len(diffs) > 0 {
			q := []rune(strings.Join(strings.Fields(p.query), " "))
			t.Errorf("README answer #%d (%s…) differs from the server's:\n  %s", i+1,
				string(q[:min(len(q), 60)]), strings.Join(diffs, "\n  "))
		}
	}
}

// shortened reports where want (a README answer, maybe shortened) is not
// the same as got.
func shortened(want, got any, path string, diffs *[]string) {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			*diffs = append(*diffs, fmt.Sprintf("%s: README has an object, the server %v", path, got))
			return
		}
		for k, v := range w {
			gv, ok := g[k]
			if !ok {
				*diffs = append(*diffs, fmt.Sprintf("%s.%s: not in the server's answer", path, k))
				continue
			}
			shortened(v, gv, path+"."+k, diffs)
		}
	case []any:
		g, ok := got.([]any)
		if !ok {
			*diffs = append(*diffs, fmt.Sprintf("%s: README has a list, the server %v", path, got))
			return
		}
		n := len(w)
		if n > 0 {
			if s, ok := w[n-1].(string); ok && strings.HasPrefix(s, "…") {
				n-- // "… N more": the rest of the list
			} else if len(g) != len(w) {
				*diffs = append(*diffs, fmt.Sprintf("%s: %d items in the README, %d from the server", path, len(w), len(g)))
			}
		}
		for i := 0; i < n; i++ {
			if i >= len(g) {
				*diffs = append(*diffs, fmt.Sprintf("%s[%d]: not in the server's answer", path, i))
				continue
			}
			shortened(w[i], g[i], fmt.Sprintf("%s[%d]", path, i), diffs)
		}
	case string:
		if i := strings.Index(w, "…"); i >= 0 {
			if gs, ok := got.(string); !ok || !strings.HasPrefix(gs, w[:i]) {
				*diffs = append(*diffs, fmt.Sprintf("%s: README %q, server %v", path, w, got))
			}
			return
		}
		if w != got {
			*diffs = append(*diffs, fmt.Sprintf("%s: README %q, server %v", path, w, got))
		}
	default:
		if fmt.Sprint(want) != fmt.Sprint(got) {
			*diffs = append(*diffs, fmt.Sprintf("%s: README %v, server %v", path, want, got))
		}
	}
}
