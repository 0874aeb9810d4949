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
		applied := map[*Fix]bool{}
		var kept []*Fix
		var all []Edit
		for _, fx := range fixes {
			if applied[fx] {
				kept = append(kept, fx)
				continue
			}
			if conflicts(fx, all) {
				continue
			}
			applied[fx] = true
			all = append(all, fx.Edits...)
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
		if len(f.Lines) > 0 && strings.HasSuffix(f.Lines[0], "\r") {
			out = crlf(out)
		}
		edits = append(edits, FileEdit{File: f, Fixes: kept, Result: []byte(strings.Join(out, "\n"))})
	}
	return edits
}

// conflicts reports whether a fix's edits touch lines the edits taken
// already change: a replaced line, or an insertion inside a replaced run.
func conflicts(fx *Fix, taken []Edit) bool {
	for _, e := range fx.Edits {
		for _, t := range taken {
			if touches(e, t) || touches(t, e) {
				return true
			}
		}
	}
	return false
}

// touches reports whether a's lines, or a's insertion point, fall inside
// the lines b replaces.
func touches(a, b Edit) bool {
	if b.To < b.From {
		return false // b inserts, replacing nothing
	}
	if a.To < a.From {
		return b.From < a.From && a.From <= b.To
	}
	return a.From <= b.To && b.From <= a.To
}

// crlf ends every line with a carriage return, as the file's own lines
// do, so a fix does not mix line endings.
func crlf(lines []string) []string {
	for i, l := range lines[:len(lines)-1] {
		if !strings.HasSuffix(l, "\r") {
			lines[i] = l + "\r"
		}
	}
	return lines
}

// Original returns the file's content before the edit.
func (e FileEdit) Original() []byte { return e.File.Src }
