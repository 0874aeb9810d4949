package diagtext

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// maxSnippet is how much of a source line a snippet shows; longer lines
// (minified or generated files) are cut around the range.
const maxSnippet = 160

// Snippet prints a source line with a caret line under columns
// [startCol, endCol) (1-based, in bytes). The caret line copies the line's
// tabs so it stays aligned however a terminal expands them; mark colours
// the carets (identity for none).
func Snippet(w io.Writer, lineNo int, line string, startCol, endCol int, mark func(string) string) {
	line = strings.TrimRight(line, "\r")
	if startCol < 1 || startCol > len(line)+1 {
		return
	}
	endCol = min(max(endCol, startCol+1), len(line)+1)
	from, to, prefix, suffix := 0, len(line), "", ""
	if len(line) > maxSnippet {
		from = max(0, startCol-1-maxSnippet/4)
		to = min(len(line), from+maxSnippet)
		for from > 0 && !utf8.RuneStart(line[from]) {
			from--
		}
		for to < len(line) && !utf8.RuneStart(line[to]) {
			to++
		}
		if from > 0 {
			prefix = "…"
		}
		if to < len(line) {
			suffix = "…"
		}
	}
	var pad strings.Builder
	pad.WriteString(strings.Repeat(" ", utf8.RuneCountInString(prefix)))
	for _, c := range line[from : startCol-1] {
		if c == '\t' {
			pad.WriteRune('\t')
		} else {
			pad.WriteRune(' ')
		}
	}
	width := max(utf8.RuneCountInString(line[startCol-1:min(endCol-1, to)]), 1)
	gutter := fmt.Sprintf("%5d", lineNo)
	fmt.Fprintf(w, "%s | %s%s%s\n", gutter, prefix, line[from:to], suffix)
	fmt.Fprintf(w, "%s | %s%s\n", strings.Repeat(" ", len(gutter)), pad.String(), mark(strings.Repeat("^", width)))
}
