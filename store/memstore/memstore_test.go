package memstore_test

import (
	"encoding/json"
	"log/slog"
	"testing"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/store/memstore"
	"github.com/aikg/aikg/store/storetest"
)

var quiet = slog.New(slog.DiscardHandler)

func open(t *testing.T, dir string) *memstore.Store {
	t.Helper()
	s, err := memstore.Open(dir, memstore.Options{Logger: quiet})
	if err != nil {
		t.Fatalf("Open(%s): %v", dir, err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func TestContract(t *testing.T) {
	storetest.Run(t, storetest.Factory{
		New: func(t *testing.T) kg.Store { return open(t, t.TempDir()) },
		Reopen: func(t *testing.T, s kg.Store) kg.Store {
			ms := s.(*memstore.Store)
			if err := ms.Close(); err != nil {
				t.Fatalf("Close: %v", err)
			}
			return open(t, ms.Dir())
		},
	})
}

func jsonString(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
