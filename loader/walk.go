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

func hidden(name string) bool {
	return strings.HasPrefix(name, ".") && name != "." && name != ".."
}

// listOS lists the files under paths in a deterministic order: the paths
// in the order given, each folder walked in lexical order. Hidden files
// and folders inside a folder are left out (a hidden path given
// explicitly is read). Paths that do not exist are reported as failed.
func listOS(paths []string) (files []file, skipped, failed []Problem) {
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
		files = append(files, file{path: p, size: size})
	}
	for _, root := range paths {
		st, err := os.Stat(root)
		if err != nil {
			failed = append(failed, Problem{Path: root, Reason: statReason(err)})
			continue
		}
		if !st.IsDir() {
			add(root, st.Size())
			continue
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				failed = append(failed, Problem{Path: p, Reason: statReason(err)})
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
				failed = append(failed, Problem{Path: p, Reason: statReason(err)})
				return nil
			}
			if info.IsDir() {
				skipped = append(skipped, Problem{Path: p, Reason: "symbolic link to a folder (not followed)"})
				return nil
			}
			if !info.Mode().IsRegular() {
				skipped = append(skipped, Problem{Path: p, Reason: "not a regular file"})
				return nil
			}
			add(p, info.Size())
			return nil
		})
		if err != nil {
			failed = append(failed, Problem{Path: root, Reason: statReason(err)})
		}
	}
	return files, skipped, failed
}

// listFS is listOS over an fs.FS.
func listFS(fsys fs.FS, root string) (files []file, skipped, failed []Problem) {
	if root == "" {
		root = "."
	}
	root = path.Clean(root)
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			failed = append(failed, Problem{Path: p, Reason: statReason(err)})
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
			failed = append(failed, Problem{Path: p, Reason: statReason(err)})
			return nil
		}
		if !info.Mode().IsRegular() {
			skipped = append(skipped, Problem{Path: p, Reason: "not a regular file"})
			return nil
		}
		files = append(files, file{path: p, size: info.Size(), fsys: fsys})
		return nil
	})
	if err != nil {
		failed = append(failed, Problem{Path: root, Reason: statReason(err)})
	}
	return files, skipped, failed
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
