package extract

import "testing"

// TestIsProclitic checks the hash-free proclitic test against the table
// it replaces in the hot loop.
func TestIsProclitic(t *testing.T) {
	for p := range proclitics {
		if !isProclitic(p) {
			t.Errorf("%q", p)
		}
	}
	for _, p := range []string{"", "م", "الل", "بب", "وو", "لا", "ولل", "لل"} {
		if isProclitic(p) != proclitics[p] {
			t.Errorf("%q: %v vs %v", p, isProclitic(p), proclitics[p])
		}
	}
}
