package storetest_test

import (
	"testing"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/store/storetest"
)

// TestFixturesAreValid checks that every fixture extraction passes
// kg.Prepare and that its evidence offsets point at its sentences.
func TestFixturesAreValid(t *testing.T) {
	xs := append(storetest.Fixture(), storetest.FixtureLarge(storetest.LargeSize)...)
	seen := map[string]bool{}
	rels := 0
	for _, x := range xs {
		if seen[x.Article.ID] {
			t.Errorf("article id %s used twice", x.Article.ID)
		}
		seen[x.Article.ID] = true
		if x.Article.Text == "" || x.Article.Hash == "" {
			t.Errorf("article %s has no text or hash", x.Article.ID)
		}
		if err := kg.Prepare(x); err != nil {
			t.Errorf("Prepare: %v", err)
			continue
		}
		text := []rune(x.Article.Text)
		for _, r := range x.Relationships {
			rels++
			for _, e := range r.Evidence {
				if string(text[e.Start:e.End]) != e.Sentence {
					t.Errorf("%s: evidence %d..%d is %q, not %q", r.ID, e.Start, e.End, string(text[e.Start:e.End]), e.Sentence)
				}
			}
		}
	}
	if rels < storetest.LargeSize+15 {
		t.Errorf("only %d relationships in the fixtures", rels)
	}
}

// TestFixtureLargeIsDeterministic guards the paging tests of other
// packages, which rely on the same n giving the same graph.
func TestFixtureLargeIsDeterministic(t *testing.T) {
	a, b := storetest.FixtureLarge(50), storetest.FixtureLarge(50)
	if len(a) != len(b) {
		t.Fatalf("%d vs %d articles", len(a), len(b))
	}
	for i := range a {
		if a[i].Article.Hash != b[i].Article.Hash {
			t.Errorf("article %d differs between calls", i)
		}
	}
}
