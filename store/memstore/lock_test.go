package memstore_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/store/memstore"
	"github.com/aikg/aikg/store/storetest"
)

func TestSecondOpenConflicts(t *testing.T) {
	dir := t.TempDir()
	open(t, dir)
	s2, err := memstore.Open(dir, memstore.Options{LockTimeout: 100 * time.Millisecond, Logger: quiet})
	if err == nil {
		_ = s2.Close()
		t.Fatal("second Open on a directory in use succeeded")
	}
	if kg.ErrorCode(err) != kg.ECONFLICT {
		t.Errorf("second Open: code %q (%v), want %s", kg.ErrorCode(err), err, kg.ECONFLICT)
	}
	if msg := kg.ErrorMessage(err); !strings.Contains(msg, "in use by another aikg process") || !strings.Contains(msg, dir) {
		t.Errorf("second Open: message %q should say the directory is in use and name it", msg)
	}
}

func TestClosedStore(t *testing.T) {
	dir := t.TempDir()
	s, err := memstore.Open(dir, memstore.Options{Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	ctx := context.Background()
	if err := s.Ping(ctx); kg.ErrorCode(err) != kg.EUNAVAILABLE {
		t.Errorf("Ping after Close: %v, want %s", err, kg.EUNAVAILABLE)
	}
	res, err := s.Write(ctx, storetest.Fixture()[:1])
	if kg.ErrorCode(err) != kg.EUNAVAILABLE || len(res) != 1 || res[0].Status != kg.Failed {
		t.Errorf("Write after Close: %+v, %v; want FAILED and %s", res, err, kg.EUNAVAILABLE)
	}
	// The directory is free again.
	open(t, dir)
}

func TestCancelledWrite(t *testing.T) {
	s := open(t, t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err := s.Write(ctx, storetest.Fixture())
	if err == nil {
		t.Fatal("Write with a cancelled context succeeded")
	}
	for _, r := range res {
		if r.Status != kg.Failed {
			t.Errorf("%s: %s after cancel, want FAILED", r.ArticleID, r.Status)
		}
	}
	st, err := s.Stats(context.Background())
	if err != nil || st.Articles != 0 {
		t.Errorf("Stats after a cancelled write: %+v, %v; want nothing stored", st, err)
	}
}

// TestWriteLeavesInputAlone checks that Write does not modify the caller's
// extractions (kg.Prepare runs on a copy).
func TestWriteLeavesInputAlone(t *testing.T) {
	s := open(t, t.TempDir())
	xs := storetest.Fixture()
	before := storetest.Fixture()
	if _, err := s.Write(context.Background(), xs); err != nil {
		t.Fatal(err)
	}
	for i := range xs {
		if a, b := jsonString(t, xs[i]), jsonString(t, before[i]); a != b {
			t.Errorf("extraction %s was modified by Write", xs[i].Article.ID)
		}
	}
}
