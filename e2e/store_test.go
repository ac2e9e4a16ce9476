package e2e_test

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/store/memstore"
	"github.com/aikg/aikg/store/storetest"
)

// openStore opens the embedded store in a temp dir and loads the shared
// fixture graph (Microsoft, OpenAI, Stargate, MGX… in Arabic and English),
// failing the test if any article is not written.
func openStore(t *testing.T) kg.Store {
	t.Helper()
	st, err := memstore.Open(t.TempDir(), memstore.Options{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatalf("memstore.Open: %v", err)
	}
	t.Cleanup(func() { _ = st.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	res, err := st.Write(ctx, storetest.Fixture())
	if err != nil {
		t.Fatalf("loading the fixture: %v", err)
	}
	for _, r := range res {
		if r.Status == kg.Failed {
			t.Fatalf("loading the fixture: article %s failed: %v", r.ArticleID, r.Err)
		}
	}
	return st
}
