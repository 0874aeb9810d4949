package lint

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func fixedText(t *testing.T, src string, fixes ...*Fix) (string, int) {
	t.Helper()
	f := &File{Path: "f.conf", Abs: "/f.conf", Src: []byte(src), Lines: strings.Split(src, "\n")}
	var findings []Finding
	for _, fx := range fixes {
		findings = append(findings, Finding{File: f.Path, Fix: fx})
	}
	edits := ApplyFixes(&Project{Files: []*File{f}}, findings)
	if len(edits) != 1 {
		t.Fatalf("%d file edits; want 1", len(edits))
	}
	return string(edits[0].Result), len(edits[0].Fixes)
}

func TestApplyFixes(t *testing.T) {
	src := "a\nb\nc\nd\n"
	shared := &Fix{Edits: []Edit{InsertLines(2, "after a"), {From: 2, To: 2, Replacement: []string{"B"}}}}
	for name, tc := range map[string]struct {
		fixes []*Fix
		want  string
		count int
	}{
		"an insertion goes before the replaced line":     {[]*Fix{shared}, "a\nafter a\nB\nc\nd\n", 1},
		"a shared fix is applied once, for each finding": {[]*Fix{shared, shared}, "a\nafter a\nB\nc\nd\n", 2},
		"insertions at one place are both kept": {[]*Fix{{Edits: []Edit{InsertLines(4, "x")}}, {Edits: []Edit{InsertLines(4, "y")}}},
			"a\nb\nc\nx\ny\nd\n", 2},
		"an insertion inside a replaced run waits for a rerun": {[]*Fix{ReplaceLines(2, 3, "BC"), {Edits: []Edit{InsertLines(3, "x")}}},
			"a\nBC\nd\n", 1},
		"an insertion next to a replaced run is kept": {[]*Fix{ReplaceLines(2, 3, "BC"), {Edits: []Edit{InsertLines(4, "x")}}},
			"a\nBC\nx\nd\n", 2},
		"overlapping replacements: the first wins": {[]*Fix{ReplaceLines(1, 2, "AB"), ReplaceLines(2, 2, "B")}, "AB\nc\nd\n", 1},
	} {
		t.Run(name, func(t *testing.T) {
			got, count := fixedText(t, src, tc.fixes...)
			if diff := cmp.Diff(tc.want, got); diff != "" || count != tc.count {
				t.Errorf("(-want +got):\n%s\nfixes counted: %d; want %d", diff, count, tc.count)
			}
		})
	}
}

// TestApplyFixesKeepsCRLF: lines a fix adds to a file with CRLF line
// endings end the same way.
func TestApplyFixesKeepsCRLF(t *testing.T) {
	got, _ := fixedText(t, "a\r\nb\r\n", &Fix{Edits: []Edit{InsertLines(2, "x"), ReplaceLines(2, 2, "B").Edits[0]}})
	if want := "a\r\nx\r\nB\r\n"; got != want {
		t.Errorf("got %q; want %q", got, want)
	}
}
