package extract

import (
	"os"
	"path/filepath"
	"testing"
)

func TestIsProclitic(t *testing.T) {
	for p := range proclitics {
		if !isProclitic(p) {
			t.Errorf("%q", p)
		}
	}
	for _, p := range []string{"", "م", "الل", "بب", "وو", "لا", "ولل", "لل"} {
		if isProclitic(p) != proclitics[p] {
			t.Errorf("%q: %v vs %v", p, isProclitic(p), proclitics[p])
		}
	}
}

func TestWalkCount(t *testing.T) {
	x, _ := New(Options{})
	dir := "../eval/testdata/corpus"
	ents, _ := os.ReadDir(dir)
	total, steps, walks := 0, 0, 0
	for _, e := range ents {
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		v := newView(string(b))
		total += len(v.norm)
		m := x.m
		for ti, tk := range v.toks {
			_ = ti
			starts := []int{int(tk.nb)}
			for _, s := range starts {
				walks++
				node := m.root[v.norm[s]]
				i := s + 1
				for node >= 0 && i < len(v.norm) {
					node = m.child(node, v.norm[i])
					i++
					steps++
				}
			}
		}
	}
	t.Logf("bytes %d walks %d steps %d", total, walks, steps)
}
