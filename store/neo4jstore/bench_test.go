package neo4jstore_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aikg/aikg/kg"
	"github.com/aikg/aikg/store/neo4jstore/neo4jtest"
)

// BenchmarkWriteBatched loads 2,000 generated articles of 10 relationships
// each (20,000 relationship assertions) with many articles per
// transaction, and reports relationships per second. When the Neo4j runs
// on this machine and AIKG_NEO4J_HOME names its scripts/neo4j-local home,
// it also reports the server's CPU time per relationship (server-µs/rel),
// which, unlike the rate, does not depend on what else the machine runs.
//
//	NEO4J_URI=neo4j://127.0.0.1:7687 go test ./store/neo4jstore -run '^$' -bench WriteBatched -benchtime 1x
func BenchmarkWriteBatched(b *testing.B) {
	benchWrite(b, 2000, 10, 0)
}

// BenchmarkWritePerRelationship writes 500 articles of one relationship
// each, one transaction per article: the cost of a transaction per
// relationship, for comparison.
//
//	NEO4J_URI=neo4j://127.0.0.1:7687 go test ./store/neo4jstore -run '^$' -bench WritePerRelationship -benchtime 1x
func BenchmarkWritePerRelationship(b *testing.B) {
	benchWrite(b, 500, 1, 1)
}

func benchWrite(b *testing.B, articles, perArticle, batch int) {
	var rels int
	var elapsed, serverCPU time.Duration
	cpuOK := true
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s := neo4jtest.Open(b)
		xs := corpus(articles, perArticle, uint64(1000+i))
		cpu0, ok0 := serverCPUTime()
		b.StartTimer()
		start := time.Now()
		var err error
		var res []kg.WriteResult
		if batch == 0 {
			res, err = s.Write(b.Context(), xs)
		} else {
			for k := 0; k < len(xs) && err == nil; k += batch {
				var r []kg.WriteResult
				r, err = s.Write(b.Context(), xs[k:min(k+batch, len(xs))])
				res = append(res, r...)
			}
		}
		elapsed += time.Since(start)
		b.StopTimer()
		cpu1, ok1 := serverCPUTime()
		cpuOK = cpuOK && ok0 && ok1
		serverCPU += cpu1 - cpu0
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range res {
			if r.Status != kg.Created {
				b.Fatalf("%s: %s %v", r.ArticleID, r.Status, r.Err)
			}
		}
		rels += articles * perArticle
		s.Close()
	}
	b.ReportMetric(float64(rels)/elapsed.Seconds(), "rels/s")
	if cpuOK && rels > 0 {
		b.ReportMetric(float64(serverCPU.Microseconds())/float64(rels), "server-µs/rel")
	}
}

// serverCPUTime is the CPU time (user and system) the local Neo4j started
// by scripts/neo4j-local with AIKG_NEO4J_HOME has used so far, read from
// /proc; false when that is not known here.
func serverCPUTime() (time.Duration, bool) {
	home := os.Getenv("AIKG_NEO4J_HOME")
	if home == "" {
		return 0, false
	}
	pid, err := os.ReadFile(filepath.Join(home, "neo4j.pid"))
	if err != nil {
		return 0, false
	}
	stat, err := os.ReadFile(filepath.Join("/proc", strings.TrimSpace(string(pid)), "stat"))
	if err != nil {
		return 0, false
	}
	// Fields after the command name (which may hold spaces): utime and
	// stime are the 12th and 13th, in clock ticks of 1/100 s on Linux.
	s := string(stat)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0, false
	}
	u, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	return time.Duration(u+st) * 10 * time.Millisecond, true
}
