// Package diagtext prints HCL diagnostics the way compilers do: a
// file:line:col: severity: summary line that editors and CI logs can
// link, the offending source line with the range underlined, then the
// explanation.
package diagtext

import (
	"bytes"
	"fmt"
	"io"

	"github.com/hashicorp/hcl/v2"
)

// Write prints every diagnostic. files supplies the source for snippets;
// a diagnostic whose file is not there is printed without one.
func Write(w io.Writer, diags hcl.Diagnostics, files map[string]*hcl.File) error {
	var buf bytes.Buffer
	for _, d := range diags {
		writeOne(&buf, d, files)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func writeOne(buf *bytes.Buffer, d *hcl.Diagnostic, files map[string]*hcl.File) {
	severity := "error"
	if d.Severity == hcl.DiagWarning {
		severity = "warning"
	}
	if d.Subject == nil {
		fmt.Fprintf(buf, "lbgen: %s: %s\n", severity, d.Summary)
	} else {
		r := d.Subject
		fmt.Fprintf(buf, "%s:%d:%d: %s: %s\n", r.Filename, r.Start.Line, r.Start.Column, severity, d.Summary)
		if f, ok := files[r.Filename]; ok && f != nil {
			writeSnippet(buf, f.Bytes, *r)
		}
	}
	if d.Detail != "" {
		fmt.Fprintf(buf, "  %s\n", d.Detail)
	}
}

// writeSnippet prints the first line of the range with carets under it.
func writeSnippet(buf *bytes.Buffer, src []byte, r hcl.Range) {
	if r.Start.Byte < 0 || r.Start.Byte > len(src) {
		return
	}
	lineStart := bytes.LastIndexByte(src[:r.Start.Byte], '\n') + 1
	lineEnd := len(src)
	if i := bytes.IndexByte(src[r.Start.Byte:], '\n'); i >= 0 {
		lineEnd = r.Start.Byte + i
	}
	startCol := r.Start.Byte - lineStart + 1
	endCol := startCol + 1
	if r.End.Byte > r.Start.Byte {
		endCol = min(r.End.Byte, lineEnd) - lineStart + 1
	}
	Snippet(buf, r.Start.Line, string(src[lineStart:lineEnd]), startCol, endCol, func(s string) string { return s })
}
