package read_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/aikg/aikg/loader/read"
)

func benchFile(b *testing.B, name string) {
	data, err := os.ReadFile(filepath.Join(corpus, name))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := read.Bytes(name, data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHTML(b *testing.B)     { benchFile(b, "en_coreweave.html") }
func BenchmarkMarkdown(b *testing.B) { benchFile(b, "ar_mgx.md") }
func BenchmarkText(b *testing.B)     { benchFile(b, "en_oracle_deal.txt") }
func BenchmarkFeed(b *testing.B)     { benchFile(b, "feed.rss") }
