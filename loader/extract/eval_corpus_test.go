//go:build evalcorpus

package extract_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/aikg/aikg/internal/testenv"
	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/loader/eval"
	"github.com/aikg/aikg/loader/read"
)

// TestEvalCorpus scores the extractor on the evaluation corpus of
// loader/eval (its own gold). It is behind a build tag because it depends
// on the loader and the readers:
//
//	go test -tags evalcorpus -run TestEvalCorpus -v ./loader/extract
//
// EVAL_DETAILS=1 also prints every miss.
func TestEvalCorpus(t *testing.T) {
	dir := filepath.Join(testenv.RepoRoot(t), "loader", "eval", "testdata")
	if _, err := os.Stat(filepath.Join(dir, "gold.jsonl")); err != nil {
		t.Skip("evaluation corpus absent; skipping")
	}
	rep, err := eval.RunFile(context.Background(), filepath.Join(dir, "gold.jsonl"), newX(t), filepath.Join(dir, "corpus"))
	if err != nil {
		t.Fatal(err)
	}
	rep.WriteText(os.Stdout)
	if os.Getenv("EVAL_DETAILS") != "" {
		rep.WriteDetails(os.Stdout)
	}
}

// TestEvalOne prints what the extractor finds in one corpus file
// (EVAL_FILE=en04-oracle-openai-4-5gw.md), for rule work.
func TestEvalOne(t *testing.T) {
	name := os.Getenv("EVAL_FILE")
	if name == "" {
		t.Skip("EVAL_FILE not set")
	}
	res, err := read.File(filepath.Join(testenv.RepoRoot(t), "loader", "eval", "testdata", "corpus", name))
	if err != nil {
		t.Fatal(err)
	}
	x := newX(t)
	arts := res.Articles()
	for i := range arts {
		a := &arts[i]
		ex := x.Extract(a)
		if err := kg.Prepare(ex); err != nil {
			t.Fatal(err)
		}
		t.Logf("== %s", a.ID)
		dump(t, ex)
	}
}

// BenchmarkEvalCorpus measures throughput on the real-looking articles
// of the evaluation corpus (already read and cleaned).
func BenchmarkEvalCorpus(b *testing.B) {
	dir := filepath.Join("..", "eval", "testdata", "corpus")
	ents, err := os.ReadDir(dir)
	if err != nil {
		b.Skip("evaluation corpus absent")
	}
	var arts []kg.Article
	total := 0
	for _, e := range ents {
		res, err := read.File(filepath.Join(dir, e.Name()))
		if err != nil {
			continue
		}
		for _, a := range res.Articles() {
			arts = append(arts, a)
			total += len(a.Text)
		}
	}
	x := newX(b)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k := range arts {
			x.Extract(&arts[k])
		}
	}
}

// TestEvalExamples scores the extractor on the bundled example corpus
// (package examples) against its gold.
func TestEvalExamples(t *testing.T) {
	rep, err := eval.Examples(context.Background(), newX(t))
	if err != nil {
		t.Fatal(err)
	}
	rep.WriteText(os.Stdout)
	if os.Getenv("EVAL_DETAILS") != "" {
		rep.WriteDetails(os.Stdout)
	}
}
