package lint

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/lbgen/lbgen/internal/limits"
)

// Why a file is not read. Lint opens only regular files inside the linted
// paths: a config that includes /home/runner/.ssh/id_rsa, a compose file
// that mounts /etc/passwd, or a symlink to either must not make lbgen read
// the file, let alone quote it in a finding. A FIFO, socket or device is
// never opened either: opening a FIFO blocks until someone writes to it.
var (
	errOutside    = errors.New("outside the linted paths")
	errNotRegular = errors.New("not a regular file")
)

// fileSystem reads the project's files, and only those.
type fileSystem struct {
	// roots are the linted directories, absolute, as given and with
	// symlinks resolved.
	roots, realRoots []string
	wd               string
	// realDirs caches directories with their symlinks resolved: a
	// project's files share a few directories.
	realDirs map[string]string
}

// newFileSystem confines reads to the linted paths: each directory given,
// or the directory of each file given.
func newFileSystem(paths []string) *fileSystem {
	fsys := &fileSystem{realDirs: map[string]string{}}
	fsys.wd, _ = os.Getwd()
	for _, p := range paths {
		if p == "-" {
			continue
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			continue
		}
		if info, err := os.Stat(abs); err == nil && !info.IsDir() {
			abs = filepath.Dir(abs)
		}
		fsys.roots = append(fsys.roots, abs)
		if real, err := filepath.EvalSymlinks(abs); err == nil {
			fsys.realRoots = append(fsys.realRoots, real)
		}
	}
	return fsys
}

// within reports whether path is root or below it.
func within(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func withinAny(roots []string, path string) bool {
	for _, r := range roots {
		if within(r, path) {
			return true
		}
	}
	return false
}

// resolve returns the real path of a file or directory inside the
// linted paths: the path must lie inside them as written (so nothing
// outside is even looked at) and after following symlinks.
func (fsys *fileSystem) resolve(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	if !withinAny(fsys.roots, abs) && !withinAny(fsys.realRoots, abs) {
		return "", errOutside
	}
	real, err := fsys.evalSymlinks(abs)
	if err != nil {
		return "", err
	}
	if !withinAny(fsys.realRoots, real) {
		return "", errOutside
	}
	return real, nil
}

// evalSymlinks resolves every link in an absolute path: its directory
// through the cache, then its last element.
func (fsys *fileSystem) evalSymlinks(abs string) (string, error) {
	dir, base := filepath.Split(abs)
	dir = filepath.Clean(dir)
	realDir, ok := fsys.realDirs[dir]
	if !ok {
		var err error
		if realDir, err = filepath.EvalSymlinks(dir); err != nil {
			return "", err
		}
		fsys.realDirs[dir] = realDir
	}
	if base == "" {
		return realDir, nil
	}
	real := filepath.Join(realDir, base)
	info, err := os.Lstat(real)
	if err != nil {
		return "", err
	}
	if info.Mode()&fs.ModeSymlink != 0 {
		return filepath.EvalSymlinks(real)
	}
	return real, nil
}

// Inside reports whether a path lies inside the linted paths as written,
// without looking at it.
func (fsys *fileSystem) Inside(path string) bool {
	abs, err := filepath.Abs(path)
	return err == nil && (withinAny(fsys.roots, abs) || withinAny(fsys.realRoots, abs))
}

// ReadFile reads a regular file inside the linted paths.
func (fsys *fileSystem) ReadFile(path string) ([]byte, error) {
	real, err := fsys.resolve(path)
	if err != nil {
		return nil, err
	}
	info, err := os.Lstat(real)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: %w", path, errNotRegular)
	}
	return readRegular(real)
}

// readRegular opens a file without following a link and without
// blocking, and reads it only if it is (still) a regular file.
func readRegular(path string) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: %w", path, errNotRegular)
	}
	return limits.Read(f, path)
}

// Stat describes a path inside the linted paths, following symlinks
// that stay inside.
func (fsys *fileSystem) Stat(path string) (fs.FileInfo, error) {
	real, err := fsys.resolve(path)
	if err != nil {
		return nil, err
	}
	return os.Stat(real)
}

// maxDirFiles bounds the files lint takes from one mounted directory.
const maxDirFiles = 2000

// Files lists the regular files below a directory inside the linted
// paths, recursively, sorted, with the paths lint shows relative to dir.
func (fsys *fileSystem) Files(dir string) []string {
	real, err := fsys.resolve(dir)
	if err != nil {
		return nil
	}
	var out []string
	_ = filepath.WalkDir(real, func(sub string, d fs.DirEntry, err error) error {
		if err != nil || len(out) >= maxDirFiles {
			return filepath.SkipDir
		}
		if d.IsDir() {
			if sub != real && skipDirs[d.Name()] {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			rel, _ := filepath.Rel(real, sub)
			out = append(out, rel)
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// Display is how findings name a file: relative to the working directory
// when it lies below it, else relative to the linted path it is in, so
// reports and baselines are the same on every machine.
func (fsys *fileSystem) Display(abs string) string {
	if fsys.wd != "" && within(fsys.wd, abs) {
		if rel, err := filepath.Rel(fsys.wd, abs); err == nil {
			return filepath.ToSlash(rel)
		}
	}
	for _, roots := range [][]string{fsys.roots, fsys.realRoots} {
		for _, r := range roots {
			if within(r, abs) {
				rel, _ := filepath.Rel(r, abs)
				return filepath.ToSlash(rel)
			}
		}
	}
	return filepath.ToSlash(abs)
}
