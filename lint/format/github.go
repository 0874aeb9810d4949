package format

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/lbgen/lbgen/lint"
)

// GitHub writes GitHub Actions workflow commands, which annotate the
// pull request's files.
func GitHub(w io.Writer, findings []lint.Finding) error {
	bw := bufio.NewWriter(w)
	for _, f := range findings {
		level := "error"
		switch f.Severity {
		case lint.Warning:
			level = "warning"
		case lint.Info:
			level = "notice"
		}
		fmt.Fprintf(bw, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n", level,
			property(f.File), f.Range.Start.Line, f.Range.Start.Col, f.Range.End.Line, f.Range.End.Col,
			property(f.Rule.ID+" "+f.Rule.Name), data(f.Message))
	}
	return bw.Flush()
}

// data and property escape as the workflow-command syntax requires.
func data(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func property(s string) string {
	return strings.NewReplacer(":", "%3A", ",", "%2C").Replace(data(s))
}
