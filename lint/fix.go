package lint

import (
	"os"
	"sort"
	"strings"
)

// FileEdit is the result of applying fixes to one file.
type FileEdit struct {
	File   *File
	Fixes  []*Fix
	Result []byte
}

// ApplyFixes computes the new content of every file with fixable
// findings. Overlapping fixes keep the first; the rest wait for a rerun.
func ApplyFixes(p *Project, findings []Finding) []FileEdit {
	byFile := map[string][]*Fix{}
	for i := range findings {
		if fx := findings[i].Fix; fx != nil {
			byFile[findings[i].File] = append(byFile[findings[i].File], fx)
		}
	}
	var edits []FileEdit
	for _, f := range p.Files {
		fixes := byFile[f.Path]
		if len(fixes) == 0 || f.Abs == "" {
			continue
		}
		sort.Slice(fixes, func(i, j int) bool { return fixes[i].From < fixes[j].From })
		var kept []*Fix
		var out []string
		next := 1
		for _, fx := range fixes {
			if fx.From < next {
				continue
			}
			out = append(out, f.Lines[next-1:fx.From-1]...)
			out = append(out, fx.Replacement...)
			next = fx.To + 1
			kept = append(kept, fx)
		}
		out = append(out, f.Lines[next-1:]...)
		edits = append(edits, FileEdit{File: f, Fixes: kept, Result: []byte(strings.Join(out, "\n"))})
	}
	return edits
}

// Write saves an edited file, keeping its mode.
func (e FileEdit) Write() error {
	info, err := os.Stat(e.File.Abs)
	if err != nil {
		return err
	}
	return os.WriteFile(e.File.Abs, e.Result, info.Mode().Perm())
}

// Original returns the file's content before the edit.
func (e FileEdit) Original() []byte { return e.File.Src }
