package memstore_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/store/memstore"
	"github.com/aikg/aikg/store/storetest"
)

// crashDirEnv switches the test binary into the crash child: it writes
// articles into the directory it names until it is killed.
const crashDirEnv = "AIKG_MEMSTORE_CRASH_CHILD_DIR"

// crashArticles is what the child writes, in batches of three.
func crashArticles() []*kg.Extraction { return storetest.FixtureLarge(3000) }

// TestMain turns the test binary into the crash child when crashDirEnv is
// set: it writes articles until it is killed and never runs the tests.
func TestMain(m *testing.M) {
	if dir := os.Getenv(crashDirEnv); dir != "" {
		crashChild(dir)
		return
	}
	os.Exit(m.Run())
}

// crashChild writes batches of three articles and prints "acked <id>" for
// each article once Write has returned.
func crashChild(dir string) {
	s, err := memstore.Open(dir, memstore.Options{Logger: quiet})
	if err != nil {
		fmt.Println("open failed:", err)
		os.Exit(3)
	}
	xs := crashArticles()
	for i := 0; i < len(xs); i += 3 {
		batch := xs[i:min(i+3, len(xs))]
		res, err := s.Write(context.Background(), batch)
		if err != nil {
			fmt.Println("write failed:", err)
			os.Exit(3)
		}
		for _, r := range res {
			if r.Status == kg.Created {
				// Unbuffered: the parent sees every ack made before the kill.
				fmt.Fprintf(os.Stdout, "acked %s\n", r.ArticleID)
			}
		}
	}
	fmt.Println("done")
	time.Sleep(time.Hour) // wait to be killed
}

// TestCrashDurability kills a writing process with SIGKILL and checks that
// every acknowledged article survives and that no article is half there.
func TestCrashDurability(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), crashDirEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	acked := map[string]bool{}
	sc := bufio.NewScanner(out)
	killed := false
	for sc.Scan() {
		line := sc.Text()
		if id, ok := strings.CutPrefix(line, "acked "); ok {
			acked[id] = true
		} else if line == "done" || strings.Contains(line, "failed") {
			t.Logf("child: %s", line)
		}
		if !killed && (len(acked) >= 40 || line == "done") {
			_ = cmd.Process.Signal(syscall.SIGKILL)
			killed = true
		}
	}
	_ = cmd.Wait()
	if !killed {
		t.Fatalf("child ended before it was killed, after %d acks", len(acked))
	}
	if len(acked) == 0 {
		t.Fatal("child acknowledged no article")
	}

	s := open(t, dir)
	ctx := t.Context()
	want := map[string][]string{}
	for _, x := range crashArticles() {
		if err := kg.Prepare(x); err != nil {
			t.Fatal(err)
		}
		for _, r := range x.Relationships {
			want[x.Article.ID] = append(want[x.Article.ID], r.ID)
		}
	}
	for id := range acked {
		if _, err := s.Article(ctx, id); err != nil {
			t.Errorf("acknowledged article %s lost: %v", id, err)
		}
	}
	p, err := s.Articles(ctx, kg.ArticleQuery{Page: kg.Page{First: kg.MaxFirst}})
	if err != nil {
		t.Fatal(err)
	}
	st, _ := s.Stats(ctx)
	t.Logf("%d acked before SIGKILL; %d articles, %d relationships after reopening", len(acked), st.Articles, st.Relationships)
	for {
		for _, a := range p.Items {
			rs, err := s.RelationshipsByID(ctx, want[a.ID])
			if err != nil {
				t.Fatal(err)
			}
			for i, r := range rs {
				ok := false
				for _, e := range evidenceOf(r) {
					ok = ok || e.ArticleID == a.ID
				}
				if !ok {
					t.Errorf("article %s is half there: relationship %s has no evidence from it", a.ID, want[a.ID][i])
				}
			}
		}
		if !p.PageInfo.HasNextPage {
			break
		}
		if p, err = s.Articles(ctx, kg.ArticleQuery{Page: kg.Page{First: kg.MaxFirst, After: p.PageInfo.EndCursor}}); err != nil {
			t.Fatal(err)
		}
	}
	// And no evidence without its article.
	q := kg.RelationshipQuery{Page: kg.Page{First: kg.MaxFirst}}
	for {
		rp, err := s.Relationships(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rp.Items {
			for _, e := range r.Evidence {
				if _, err := s.Article(ctx, e.ArticleID); err != nil {
					t.Errorf("relationship %s has evidence from missing article %s", r.ID, e.ArticleID)
				}
			}
		}
		if !rp.PageInfo.HasNextPage {
			break
		}
		q.After = rp.PageInfo.EndCursor
	}
}

func evidenceOf(r *kg.Relationship) []kg.Evidence {
	if r == nil {
		return nil
	}
	return r.Evidence
}
