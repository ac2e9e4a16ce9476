package memstore

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/aikg/aikg/kg"
)

// FileName is the name of the bbolt file inside the data directory.
const FileName = "aikg.db"

// schemaVersion is written to the meta bucket so that a layout change can
// recognise old files. Version 1 kept each article's text inside its
// record; version 2 keeps texts in their own bucket, so that the graph in
// memory holds none of them (see migrateV1).
const schemaVersion = "2"

var (
	bucketMeta     = []byte("meta")
	bucketEntities = []byte("entities")
	bucketArticles = []byte("articles")
	// bucketTexts maps an article id to its text. Texts are most of a
	// corpus's bytes and only article reads need them, so they are read
	// from the file (memory-mapped) on demand rather than kept in memory.
	bucketTexts = []byte("texts")
)

// Options tune Open. The zero value is ready to use.
type Options struct {
	// LockTimeout is how long Open waits for the data directory's file
	// lock before reporting it in use (default 1s).
	LockTimeout time.Duration
	// BatchSize is how many articles share one bbolt transaction (default
	// 256); bigger batches load faster, each costs one fsync.
	BatchSize int
	// Logger receives operational messages (default slog.Default()).
	Logger *slog.Logger
}

// Store is the embedded kg.Store. Many readers run at once; writers are
// serialised.
type Store struct {
	dir   string
	db    *bolt.DB
	log   *slog.Logger
	batch int

	// wmu serialises writers: planning, the bbolt commit and the apply.
	wmu sync.Mutex
	// mu guards g: writers hold it only to apply committed articles.
	mu     sync.RWMutex
	g      *graph
	closed bool
}

var _ kg.Store = (*Store)(nil)

// Open opens (creating if needed) the store in dir and loads the graph into
// memory. If another process holds dir, it fails with kg.ECONFLICT.
func Open(dir string, opts Options) (*Store, error) {
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = time.Second
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 256
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, kg.Wrap(kg.EUNAVAILABLE, err, "cannot create the data directory %s", dir)
	}
	path := filepath.Join(dir, FileName)
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: opts.LockTimeout})
	if err != nil {
		if errors.Is(err, bolterrors.ErrTimeout) {
			return nil, kg.Wrap(kg.ECONFLICT, err, "the data directory %s is in use by another aikg process (for example a running `aikg serve`); stop it or use another directory", dir)
		}
		return nil, kg.Wrap(kg.EUNAVAILABLE, err, "cannot open the database %s", path)
	}
	s := &Store{dir: dir, db: db, log: opts.Logger, batch: opts.BatchSize}
	start := time.Now()
	if err := s.load(); err != nil {
		_ = db.Close()
		return nil, err
	}
	s.log.Info("memstore opened", "dir", dir, "entities", len(s.g.ents), "relationships", len(s.g.rels),
		"articles", len(s.g.arts), "took", time.Since(start).Round(time.Millisecond))
	return s, nil
}

// articleRecord is what the file keeps per article: the prepared
// extraction's article (without its text, which is in bucketTexts) and
// relationships (with this article's evidence only). Entities are kept
// merged in their own bucket.
type articleRecord struct {
	Article       kg.Article        `json:"article"`
	Relationships []kg.Relationship `json:"relationships"`
}

func (s *Store) load() error {
	g := newGraph()
	err := s.db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketMeta, bucketEntities, bucketArticles, bucketTexts} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		switch v := string(meta.Get([]byte("version"))); v {
		case schemaVersion:
		case "1":
			if err := migrateV1(tx); err != nil {
				return fmt.Errorf("upgrading the file from version 1: %w", err)
			}
			s.log.Info("memstore upgraded the database file", "from", v, "to", schemaVersion)
		case "":
			if tx.Bucket(bucketArticles).Stats().KeyN > 0 {
				return fmt.Errorf("the file has articles but no schema version")
			}
		default:
			return fmt.Errorf("unknown schema version %q (written by a newer aikg?)", v)
		}
		if err := meta.Put([]byte("version"), []byte(schemaVersion)); err != nil {
			return err
		}
		if err := tx.Bucket(bucketEntities).ForEach(func(k, v []byte) error {
			var e kg.Entity
			if err := json.Unmarshal(v, &e); err != nil {
				return fmt.Errorf("entity %q: %w", k, err)
			}
			g.putEntity(&e)
			return nil
		}); err != nil {
			return err
		}
		return tx.Bucket(bucketArticles).ForEach(func(k, v []byte) error {
			var rec articleRecord
			if err := json.Unmarshal(v, &rec); err != nil {
				return fmt.Errorf("article %q: %w", k, err)
			}
			rec.Article.Text = ""
			g.addArticle(&rec, false)
			return nil
		})
	})
	if err != nil {
		return kg.Wrap(kg.EUNAVAILABLE, err, "cannot read the database in %s", s.dir)
	}
	g.finishLoad()
	s.g = g
	return nil
}

// migrateV1 moves every article's text out of its record into bucketTexts,
// in the opening transaction: the file is upgraded whole or not at all.
func migrateV1(tx *bolt.Tx) error {
	ab, tb := tx.Bucket(bucketArticles), tx.Bucket(bucketTexts)
	// bbolt forbids changing a bucket while iterating over it.
	var keys, vals [][]byte
	if err := ab.ForEach(func(k, v []byte) error {
		keys, vals = append(keys, bytes.Clone(k)), append(vals, bytes.Clone(v))
		return nil
	}); err != nil {
		return err
	}
	for i, k := range keys {
		var rec articleRecord
		if err := json.Unmarshal(vals[i], &rec); err != nil {
			return fmt.Errorf("article %q: %w", k, err)
		}
		if err := tb.Put(k, []byte(rec.Article.Text)); err != nil {
			return err
		}
		rec.Article.Text = ""
		v, err := json.Marshal(&rec)
		if err != nil {
			return err
		}
		if err := ab.Put(k, v); err != nil {
			return err
		}
	}
	return nil
}

// withText fills in the texts of articles copied from the graph, from the
// file, while the caller holds the read lock (so a text always belongs to
// the version of the article read).
func (s *Store) withText(arts ...*kg.Article) error {
	err := s.db.View(func(tx *bolt.Tx) error {
		tb := tx.Bucket(bucketTexts)
		for _, a := range arts {
			if a != nil {
				a.Text = string(tb.Get([]byte(a.ID)))
			}
		}
		return nil
	})
	if err != nil {
		return kg.Wrap(kg.EUNAVAILABLE, err, "cannot read article texts from the database in %s", s.dir)
	}
	return nil
}

// withTexts is withText over pages of articles.
func (s *Store) withTexts(pages ...*kg.ArticlePage) error {
	var arts []*kg.Article
	for _, p := range pages {
		if p != nil {
			arts = append(arts, p.Items...)
		}
	}
	return s.withText(arts...)
}

// Close releases the database file. Calling it again does nothing.
func (s *Store) Close() error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if err := s.db.Close(); err != nil {
		return kg.Wrap(kg.EINTERNAL, err, "cannot close the database")
	}
	return nil
}

// Ping reports whether the store is open.
func (s *Store) Ping(ctx context.Context) error {
	_, unlock, err := s.read(ctx)
	if err != nil {
		return err
	}
	unlock()
	return nil
}

// read takes the read lock for a query and returns the graph.
func (s *Store) read(ctx context.Context) (*graph, func(), error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, kg.Wrap(kg.EUNAVAILABLE, err, "request cancelled")
	}
	s.mu.RLock()
	if s.closed {
		s.mu.RUnlock()
		return nil, nil, kg.Errorf(kg.EUNAVAILABLE, "the store is closed")
	}
	return s.g, s.mu.RUnlock, nil
}

// cloneExtraction copies what kg.Prepare modifies, so the caller's value is
// left alone.
func cloneExtraction(x *kg.Extraction) *kg.Extraction {
	c := &kg.Extraction{Article: x.Article}
	c.Entities = make([]kg.Entity, len(x.Entities))
	for i, e := range x.Entities {
		e.Aliases = append([]string(nil), e.Aliases...)
		c.Entities[i] = e
	}
	c.Relationships = make([]kg.Relationship, len(x.Relationships))
	for i, r := range x.Relationships {
		r.Evidence = append([]kg.Evidence(nil), r.Evidence...)
		c.Relationships[i] = r
	}
	return c
}

// op is one article of a batch that will be written.
type op struct {
	idx int
	rec *articleRecord
	ent []kg.Entity
}

// Write stores each extraction atomically; see kg.Writer. Articles are
// checked and merged first, then a batch of them is committed in one bbolt
// transaction, then applied to the in-memory graph.
func (s *Store) Write(ctx context.Context, xs []*kg.Extraction) ([]kg.WriteResult, error) {
	results := make([]kg.WriteResult, len(xs))
	for i, x := range xs {
		if x != nil {
			results[i].ArticleID = x.Article.ID
		}
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	s.mu.RLock()
	closed := s.closed
	s.mu.RUnlock()
	if closed {
		err := kg.Errorf(kg.EUNAVAILABLE, "the store is closed")
		failAll(results, 0, err)
		return results, err
	}
	for start := 0; start < len(xs); start += s.batch {
		if err := ctx.Err(); err != nil {
			werr := kg.Wrap(kg.EUNAVAILABLE, err, "write cancelled after %d of %d articles", start, len(xs))
			failAll(results, start, werr)
			return results, werr
		}
		end := min(start+s.batch, len(xs))
		if err := s.writeChunk(xs, start, end, results); err != nil {
			failAll(results, start, err)
			return results, err
		}
	}
	return results, nil
}

func failAll(results []kg.WriteResult, from int, err error) {
	for i := from; i < len(results); i++ {
		if results[i].Status == "" {
			results[i].Status = kg.Failed
			results[i].Err = err
		}
	}
}

// writeChunk plans, commits and applies xs[start:end]. Only the writer
// touches the graph's state outside mu, so the plan's view stays valid
// until the apply.
func (s *Store) writeChunk(xs []*kg.Extraction, start, end int, results []kg.WriteResult) error {
	g := s.g
	hashes := map[string]string{}   // article id → hash, this chunk
	ents := map[string]*kg.Entity{} // merged entities, this chunk
	var ops []op
	for i := start; i < end; i++ {
		if xs[i] == nil {
			results[i] = kg.WriteResult{Status: kg.Failed, Err: kg.Errorf(kg.EINVALID, "extraction #%d is empty", i)}
			continue
		}
		x := cloneExtraction(xs[i])
		if err := kg.Prepare(x); err != nil {
			results[i].Status, results[i].Err = kg.Failed, err
			continue
		}
		id := x.Article.ID
		prev, ok := hashes[id]
		if !ok {
			if a := g.arts[id]; a != nil {
				prev, ok = a.Article.Hash, true
			}
		}
		if ok && prev == x.Article.Hash {
			results[i].Status = kg.Unchanged
			continue
		}
		hashes[id] = x.Article.Hash
		for _, e := range x.Entities {
			cur := ents[e.ID]
			if cur == nil {
				if ge := g.ents[e.ID]; ge != nil {
					c := ge.Entity
					c.Aliases = append([]string(nil), c.Aliases...)
					cur = &c
				}
			}
			ents[e.ID] = mergeEntity(cur, e)
		}
		ops = append(ops, op{idx: i, rec: &articleRecord{Article: x.Article, Relationships: x.Relationships}, ent: x.Entities})
	}
	if len(ops) == 0 {
		return nil
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		eb, ab, tb := tx.Bucket(bucketEntities), tx.Bucket(bucketArticles), tx.Bucket(bucketTexts)
		for id, e := range ents {
			v, err := json.Marshal(e)
			if err != nil {
				return err
			}
			if err := eb.Put([]byte(id), v); err != nil {
				return err
			}
		}
		for _, o := range ops {
			id := []byte(o.rec.Article.ID)
			if err := tb.Put(id, []byte(o.rec.Article.Text)); err != nil {
				return err
			}
			o.rec.Article.Text = ""
			v, err := json.Marshal(o.rec)
			if err != nil {
				return err
			}
			if err := ab.Put(id, v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		s.log.Error("memstore commit failed", "articles", len(ops), "err", err)
		return kg.Wrap(kg.EUNAVAILABLE, err, "cannot write to the database in %s", s.dir)
	}
	s.mu.Lock()
	for _, o := range ops {
		results[o.idx] = g.apply(o.rec, o.ent)
	}
	s.mu.Unlock()
	return nil
}

// mergeEntity folds an article's view of an entity into the stored one:
// the first Name and Kind stay, other spellings become aliases, a missing
// WikidataID is filled in.
func mergeEntity(cur *kg.Entity, e kg.Entity) *kg.Entity {
	if cur == nil {
		c := e
		c.Aliases = kg.MergeAliases(c.Name, c.Aliases)
		return &c
	}
	cur.Aliases = kg.MergeAliases(cur.Name, cur.Aliases, e.Aliases, []string{e.Name})
	if cur.WikidataID == "" {
		cur.WikidataID = e.WikidataID
	}
	return cur
}

// Dir is the data directory the store was opened on.
func (s *Store) Dir() string { return s.dir }
