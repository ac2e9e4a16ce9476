package loader

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// file is one file to read.
type file struct {
	path string
	size int64
	fsys fs.FS // nil for the OS file system
}

// listing is what a walk found, in walk order: files to read, and paths
// skipped or failed at listing time, each placed before the file it came
// before (at) so the summary lists problems in input order.
type listing struct {
	files   []file
	skipped []placed
	failed  []placed
}

type placed struct {
	at int // index in files of the next file
	Problem
}

func (ls *listing) skip(p Problem) { ls.skipped = append(ls.skipped, placed{len(ls.files), p}) }
func (ls *listing) fail(p Problem) { ls.failed = append(ls.failed, placed{len(ls.files), p}) }

func hidden(name string) bool {
	return strings.HasPrefix(name, ".") && name != "." && name != ".."
}

// listOS lists the files under paths in a deterministic order: the paths
// in the order given, each folder walked in lexical order. Hidden files
// and folders inside a folder are left out (a hidden path given
// explicitly is read). Paths that do not exist are reported as failed.
func listOS(paths []string) *listing {
	ls := &listing{}
	seen := map[string]bool{}
	add := func(p string, size int64) {
		key := p
		if abs, err := filepath.Abs(p); err == nil {
			key = abs
		}
		if seen[key] {
			return
		}
		seen[key] = true
		ls.files = append(ls.files, file{path: p, size: size})
	}
	for _, root := range paths {
		st, err := os.Stat(root)
		if err != nil {
			ls.fail(Problem{Path: root, Reason: statReason(err)})
			continue
		}
		if !st.IsDir() {
			add(root, st.Size())
			continue
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				ls.fail(Problem{Path: p, Reason: statReason(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if p != root && hidden(d.Name()) {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			info, err := os.Stat(p) // follows a symlink to a file
			if err != nil {
				ls.fail(Problem{Path: p, Reason: statReason(err)})
				return nil
			}
			if info.IsDir() {
				ls.skip(Problem{Path: p, Reason: "symbolic link to a folder (not followed)"})
				return nil
			}
			if !info.Mode().IsRegular() {
				ls.skip(Problem{Path: p, Reason: "not a regular file"})
				return nil
			}
			add(p, info.Size())
			return nil
		})
		if err != nil {
			ls.fail(Problem{Path: root, Reason: statReason(err)})
		}
	}
	return ls
}

// listFS is listOS over an fs.FS.
func listFS(fsys fs.FS, root string) *listing {
	ls := &listing{}
	if root == "" {
		root = "."
	}
	root = path.Clean(root)
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			ls.fail(Problem{Path: p, Reason: statReason(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != root && hidden(d.Name()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			ls.fail(Problem{Path: p, Reason: statReason(err)})
			return nil
		}
		if !info.Mode().IsRegular() {
			ls.skip(Problem{Path: p, Reason: "not a regular file"})
			return nil
		}
		ls.files = append(ls.files, file{path: p, size: info.Size(), fsys: fsys})
		return nil
	})
	if err != nil {
		ls.fail(Problem{Path: root, Reason: statReason(err)})
	}
	return ls
}

func statReason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return "cannot be read"
}
