package writer

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/lbgen/lbgen/gen"
	"github.com/lbgen/lbgen/internal/textdiff"
)

// Drift is how the files on disk differ from a render: what `lbgen render
// --check` reports, in the render's file order. Paths are under the
// checked directory, as the OS writes them.
type Drift struct {
	// Changes are the rendered files that are missing (Diff is "") or
	// whose content changed (Diff is a unified diff).
	Changes []Change
	// Stale files carry lbgen's header in a directory lbgen writes into,
	// but the render no longer produces them.
	Stale []string
}

// Change is one rendered file that differs from the disk.
type Change struct {
	Path, Diff string
}

// Any reports whether anything drifted.
func (d Drift) Any() bool { return len(d.Changes)+len(d.Stale) > 0 }

// CheckDrift compares files with what is on disk under dir; dirs are the
// output directories whose generated files the render owns. It reads and
// writes nothing else.
func CheckDrift(dir string, files []gen.File, dirs []string) (Drift, error) {
	var d Drift
	want := map[string]bool{}
	for _, f := range files {
		want[f.Path] = true
		path := filepath.Join(dir, filepath.FromSlash(f.Path))
		old, err := os.ReadFile(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			d.Changes = append(d.Changes, Change{Path: path})
			continue
		case err != nil:
			return Drift{}, fmt.Errorf("check %s: %w", path, err)
		}
		diff, err := textdiff.Unified(filepath.ToSlash(path), old, f.Bytes)
		if err != nil {
			return Drift{}, err
		}
		if diff != "" {
			d.Changes = append(d.Changes, Change{Path: path, Diff: diff})
		}
	}
	stale, err := staleFiles(dir, files, dirs, want)
	d.Stale = stale
	return d, err
}

// staleFiles finds files with lbgen's header in the directories lbgen
// writes into that the current render does not produce.
func staleFiles(outDir string, files []gen.File, outputDirs []string, want map[string]bool) ([]string, error) {
	dirs := map[string]bool{}
	for _, d := range outputDirs {
		dirs[d] = true
	}
	for _, f := range files {
		if dir, _, ok := strings.Cut(f.Path, "/"); ok {
			dirs[dir] = true
		}
	}
	var stale []string
	for dir := range dirs {
		err := filepath.WalkDir(filepath.Join(outDir, dir), func(path string, d fs.DirEntry, err error) error {
			if errors.Is(err, fs.ErrNotExist) {
				return filepath.SkipDir
			}
			if err != nil || !d.Type().IsRegular() {
				return err
			}
			rel, err := filepath.Rel(outDir, path)
			if err != nil {
				return err
			}
			if want[filepath.ToSlash(rel)] {
				return nil
			}
			if data, err := os.ReadFile(path); err == nil && gen.IsGenerated(data) {
				stale = append(stale, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(stale)
	return stale, nil
}
