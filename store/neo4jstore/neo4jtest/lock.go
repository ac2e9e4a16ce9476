package neo4jtest

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// Neo4j Community has one user database, and `go test ./...` runs the test
// binaries of several packages at once. So that one package's tests never
// empty or restart the database under another's, every test that uses
// Neo4j holds a lock for as long as it runs: a file lock shared by all
// processes (per URI), taken once per process and counted within it, since
// a test and its subtests hold it together.
var held struct {
	sync.Mutex
	n    int
	file *os.File
}

// lock blocks until this process may use the Neo4j at uri and releases it
// when t and every other holder in the process are done.
func lock(t testing.TB, uri string) {
	t.Helper()
	held.Lock()
	defer held.Unlock()
	if held.n == 0 {
		sum := sha256.Sum256([]byte(uri))
		name := filepath.Join(os.TempDir(), "aikg-neo4jtest-"+hex.EncodeToString(sum[:8])+".lock")
		f, err := os.OpenFile(name, os.O_CREATE|os.O_RDWR, 0o666)
		if err != nil {
			t.Fatalf("neo4jtest: lock file: %v", err)
		}
		if err := flock(f); err != nil {
			f.Close()
			t.Fatalf("neo4jtest: locking %s: %v", name, err)
		}
		held.file = f
	}
	held.n++
	t.Cleanup(func() {
		held.Lock()
		defer held.Unlock()
		held.n--
		if held.n == 0 {
			funlock(held.file)
			held.file.Close()
			held.file = nil
		}
	})
}
