package memstore_test

import (
	"encoding/json"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/store/memstore"
	"github.com/aikg/aikg/store/storetest"
)

// TestUpgradeFromVersion1 turns a file into the version 1 layout (texts
// inside the article records, no texts bucket) and checks that Open
// upgrades it: every article, text included, and every relationship reads
// back as before, and the file says version 2 with the texts moved out.
func TestUpgradeFromVersion1(t *testing.T) {
	ctx := t.Context()
	dir := t.TempDir()
	s, err := memstore.Open(dir, memstore.Options{Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Write(ctx, storetest.Fixture()); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	db, err := bolt.Open(filepath.Join(dir, memstore.FileName), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	var articles int
	err = db.Update(func(tx *bolt.Tx) error {
		ab, tb := tx.Bucket([]byte("articles")), tx.Bucket([]byte("texts"))
		recs := map[string][]byte{}
		if err := ab.ForEach(func(k, v []byte) error {
			var rec map[string]json.RawMessage
			if err := json.Unmarshal(v, &rec); err != nil {
				return err
			}
			var art map[string]any
			if err := json.Unmarshal(rec["article"], &art); err != nil {
				return err
			}
			art["text"] = string(tb.Get(k))
			rec["article"], _ = json.Marshal(art)
			b, err := json.Marshal(rec)
			recs[string(k)] = b
			return err
		}); err != nil {
			return err
		}
		for k, v := range recs {
			if err := ab.Put([]byte(k), v); err != nil {
				return err
			}
		}
		articles = len(recs)
		if err := tx.DeleteBucket([]byte("texts")); err != nil {
			return err
		}
		return tx.Bucket([]byte("meta")).Put([]byte("version"), []byte("1"))
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if articles == 0 {
		t.Fatal("the fixture wrote no articles")
	}

	s = open(t, dir)
	if after := snapshot(t, s); after != before {
		t.Errorf("after the upgrade:\n%s\nwant\n%s", after, before)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = bolt.Open(filepath.Join(dir, memstore.FileName), 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		if v := string(tx.Bucket([]byte("meta")).Get([]byte("version"))); v != "2" {
			t.Errorf("version %q after the upgrade, want 2", v)
		}
		tb := tx.Bucket([]byte("texts"))
		if tb == nil || tb.Stats().KeyN != articles {
			t.Fatalf("texts bucket missing or not one text per article (%d articles)", articles)
		}
		return tx.Bucket([]byte("articles")).ForEach(func(k, v []byte) error {
			var rec struct {
				Article kg.Article `json:"article"`
			}
			if err := json.Unmarshal(v, &rec); err != nil {
				return err
			}
			if rec.Article.Text != "" {
				t.Errorf("article %s still holds its text in its record", k)
			}
			if len(tb.Get(k)) == 0 {
				t.Errorf("article %s has no text in the texts bucket", k)
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestUnknownVersionRefused: a file written by a newer layout is not
// read (and not changed) by this one.
func TestUnknownVersionRefused(t *testing.T) {
	dir := t.TempDir()
	db, err := bolt.Open(filepath.Join(dir, memstore.FileName), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("meta"))
		if err != nil {
			return err
		}
		return b.Put([]byte("version"), []byte("99"))
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := memstore.Open(dir, memstore.Options{Logger: quiet})
	if err == nil {
		_ = s.Close()
		t.Fatal("Open accepted a file of schema version 99")
	}
	if kg.ErrorCode(err) != kg.EUNAVAILABLE {
		t.Errorf("code %s, want %s: %v", kg.ErrorCode(err), kg.EUNAVAILABLE, err)
	}
}

// snapshot is every article (text included) and relationship as JSON.
func snapshot(t *testing.T, s *memstore.Store) string {
	t.Helper()
	ctx := t.Context()
	p, err := s.Articles(ctx, kg.ArticleQuery{Page: kg.Page{First: kg.MaxFirst}})
	if err != nil {
		t.Fatal(err)
	}
	var aids []string
	for _, a := range p.Items {
		if a.Text == "" {
			t.Errorf("article %s read back without its text", a.ID)
		}
		aids = append(aids, a.ID)
	}
	arts, err := s.ArticlesByID(ctx, aids)
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Relationships(ctx, kg.RelationshipQuery{Page: kg.Page{First: kg.MaxFirst}})
	if err != nil {
		t.Fatal(err)
	}
	return jsonString(t, p.Items) + "\n" + jsonString(t, arts) + "\n" + jsonString(t, r.Items)
}
