// Package format writes lint findings for people and machines: text with
// source snippets, a stable JSON shape, SARIF 2.1.0 for code scanning,
// GitHub Actions workflow commands and Checkstyle XML.
package format

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/lbgen/lbgen/lint"
)

// Formats lists the names --format takes.
var Formats = []string{"text", "json", "sarif", "github", "checkstyle"}

// Options tune the output.
type Options struct {
	// Color adds ANSI colours to text output.
	Color bool
	// Files gives the source of each finding's file, for snippets.
	Files map[string]*lint.File
	// Rules describes every rule, for SARIF's rule metadata.
	Rules []*lint.Rule
	// Version is lbgen's version, for SARIF's tool section.
	Version string
	// Checked says what was linted ("checked 3 files: 1 compose, ..."):
	// text output ends with it, so an exit 0 never hides that nothing was
	// looked at.
	Checked string
}

// Write writes findings in the named format.
func Write(w io.Writer, name string, findings []lint.Finding, opts Options) error {
	switch name {
	case "text":
		return Text(w, findings, opts)
	case "json":
		return JSON(w, findings)
	case "sarif":
		return SARIF(w, findings, opts)
	case "github":
		return GitHub(w, findings)
	case "checkstyle":
		return Checkstyle(w, findings)
	}
	return fmt.Errorf("unknown format %q: use one of %v", name, Formats)
}

// DocURL is where a rule's documentation lives.
func DocURL(r *lint.Rule) string {
	return "https://github.com/lbgen/lbgen/blob/main/docs/rules.md#" + strings.ToLower(r.ID)
}

// byFile groups findings by file, files sorted.
func byFile(findings []lint.Finding) ([]string, map[string][]lint.Finding) {
	groups := map[string][]lint.Finding{}
	for _, f := range findings {
		groups[f.File] = append(groups[f.File], f)
	}
	files := make([]string, 0, len(groups))
	for f := range groups {
		files = append(files, f)
	}
	sort.Strings(files)
	return files, groups
}
