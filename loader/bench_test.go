package loader_test

import (
	"context"
	"fmt"
	"testing"
	"testing/fstest"

	"github.com/aikg/aikg/loader"
)

// BenchmarkLoad measures the pipeline's own cost (walking, reading,
// cleaning, ordering, batching) with the fake extractor and writer, on
// 200 small articles.
func BenchmarkLoad(b *testing.B) {
	fsys := fstest.MapFS{}
	for i := range 200 {
		fsys[fmt.Sprintf("c/%03d.txt", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
			"Oracle supplies OpenAI with compute in deal %d.\n\nThe agreement covers data centers in Texas and runs for five years, the companies said.", i))}
	}
	b.ReportAllocs()
	for b.Loop() {
		l := loader.New(fakeExtractor{}, newWriter(), loader.Options{})
		s, err := l.LoadFS(context.Background(), fsys, "c")
		if err != nil || s.Created != 200 {
			b.Fatalf("%+v %v", s, err)
		}
	}
}
