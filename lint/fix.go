package lint

import (
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
// findings. A fix whose edits overlap an earlier fix's is left out; a rerun
// applies it. A fix several findings share (one edit of an upstream block
// resolves each of its servers) is applied once and counts for each.
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
		taken := map[int]bool{}
		applied := map[*Fix]bool{}
		var kept []*Fix
		var all []Edit
		for _, fx := range fixes {
			if applied[fx] {
				kept = append(kept, fx)
				continue
			}
			if overlaps(fx, taken) {
				continue
			}
			applied[fx] = true
			for _, e := range fx.Edits {
				for l := e.From; l <= e.To; l++ {
					taken[l] = true
				}
				all = append(all, e)
			}
			kept = append(kept, fx)
		}
		// Insertions (To = From-1) go before a replacement of the same line.
		sort.SliceStable(all, func(i, j int) bool {
			if all[i].From != all[j].From {
				return all[i].From < all[j].From
			}
			return all[i].To < all[j].To
		})
		var out []string
		next := 1
		for _, e := range all {
			out = append(out, f.Lines[next-1:e.From-1]...)
			out = append(out, e.Replacement...)
			next = e.To + 1
		}
		out = append(out, f.Lines[next-1:]...)
		edits = append(edits, FileEdit{File: f, Fixes: kept, Result: []byte(strings.Join(out, "\n"))})
	}
	return edits
}

func overlaps(fx *Fix, taken map[int]bool) bool {
	for _, e := range fx.Edits {
		for l := e.From; l <= e.To; l++ {
			if taken[l] {
				return true
			}
		}
	}
	return false
}

// Original returns the file's content before the edit.
func (e FileEdit) Original() []byte { return e.File.Src }
