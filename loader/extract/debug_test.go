//go:build evalcorpus

package extract_test

import (
	"os"
	"testing"
)

// TestDebugText prints what the extractor finds in EXTRACT_TEXT (for rule
// work; skipped otherwise).
func TestDebugText(t *testing.T) {
	text := os.Getenv("EXTRACT_TEXT")
	if text == "" {
		t.Skip("EXTRACT_TEXT not set")
	}
	dump(t, extractOK(t, newX(t), "", text))
}
