package format

import (
	"bufio"
	"fmt"
	"io"

	"github.com/lbgen/lbgen/internal/diagtext"
	"github.com/lbgen/lbgen/lint"
)

const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiRed   = "\x1b[31m"
	ansiYel   = "\x1b[33m"
	ansiCyan  = "\x1b[36m"
)

// Text writes "file:line:col: severity: message [ID name]", the source
// line, and a caret line under the range, then a summary.
func Text(w io.Writer, findings []lint.Finding, opts Options) error {
	bw := bufio.NewWriter(w)
	paint := func(code, s string) string {
		if !opts.Color {
			return s
		}
		return code + s + ansiReset
	}
	count := map[lint.Severity]int{}
	for _, f := range findings {
		count[f.Severity]++
		sev := f.Severity.String()
		switch f.Severity {
		case lint.Error:
			sev = paint(ansiRed+ansiBold, sev)
		case lint.Warning:
			sev = paint(ansiYel+ansiBold, sev)
		default:
			sev = paint(ansiCyan, sev)
		}
		fmt.Fprintf(bw, "%s:%d:%d: %s: %s [%s %s]\n", f.File, f.Range.Start.Line, f.Range.Start.Col, sev, f.Message, f.Rule.ID, f.Rule.Name)
		if src, ok := opts.Files[f.File]; ok {
			snippet(bw, src, f.Range, paint)
		}
	}
	if len(findings) > 0 {
		fmt.Fprintf(bw, "%d error(s), %d warning(s), %d info\n", count[lint.Error], count[lint.Warning], count[lint.Info])
	}
	if opts.Checked != "" {
		fmt.Fprintln(bw, opts.Checked)
	}
	return bw.Flush()
}

// snippet prints the first line of the range with carets under it.
func snippet(w io.Writer, f *lint.File, r lint.Range, paint func(string, string) string) {
	endCol := r.Start.Col + 1
	if r.End.Line == r.Start.Line {
		endCol = r.End.Col
	} else if r.End.Line > r.Start.Line {
		endCol = len(f.Line(r.Start.Line)) + 1
	}
	diagtext.Snippet(w, r.Start.Line, f.Line(r.Start.Line), r.Start.Col, endCol, func(s string) string { return paint(ansiRed, s) })
}
