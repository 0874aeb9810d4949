package rules

import (
	"fmt"
	"io"
	"strings"

	"github.com/lbgen/lbgen/lint"
)

// Markdown writes a rule's documentation; `lbgen explain` prints it and
// docs/rules.md is made of it.
func Markdown(w io.Writer, r *lint.Rule) error {
	var b strings.Builder
	fmt.Fprintf(&b, "## %s\n\n**%s** · %s", r.ID, r.Name, r.Severity)
	if len(r.Kinds) > 0 {
		var kinds []string
		for _, k := range r.Kinds {
			kinds = append(kinds, string(k))
		}
		fmt.Fprintf(&b, " · reads %s", strings.Join(kinds, ", "))
	}
	fmt.Fprintf(&b, "\n\n%s\n\n%s\n", r.Summary, r.Doc)
	if r.Fix != "" {
		fmt.Fprintf(&b, "\nFix: %s\n", r.Fix)
	}
	if r.Bad != "" {
		fmt.Fprintf(&b, "\nFlagged:\n\n```\n%s\n```\n", r.Bad)
	}
	if r.Good != "" {
		fmt.Fprintf(&b, "\nInstead:\n\n```\n%s\n```\n", r.Good)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Catalogue writes docs/rules.md: an index of every rule, then each
// rule's documentation.
func Catalogue(w io.Writer) error {
	var b strings.Builder
	b.WriteString("# lbgen lint rules\n\n")
	b.WriteString("Generated from the rules themselves (`go test ./lint/rules -update` rewrites it). ")
	b.WriteString("Suppress a finding with `# lbgen:ignore ID -- reason` on the line above or at the end of the line, ")
	b.WriteString("or in a whole file with `# lbgen:ignore-file ID -- reason`; configure rules in `.lbgen.hcl`.\n\n")
	b.WriteString("| ID | name | severity | summary |\n|---|---|---|---|\n")
	for _, r := range All() {
		fmt.Fprintf(&b, "| [%s](#%s) | %s | %s | %s |\n", r.ID, strings.ToLower(r.ID), r.Name, r.Severity, r.Summary)
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	for _, r := range All() {
		if _, err := io.WriteString(w, "\n"); err != nil {
			return err
		}
		if err := Markdown(w, r); err != nil {
			return err
		}
	}
	return nil
}
