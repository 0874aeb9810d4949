package rules

import (
	"github.com/hashicorp/hcl/v2"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/stack"
)

// invariantRule makes a lint rule of an invariant of the stack model. The
// check is the invariant's own: on compose files it runs over the model
// read from each file; on specs, render's validation has already run it,
// and the rule reports the spec errors filed under it. r gives what lint
// adds: severity, documentation and examples.
func invariantRule(inv *stack.Invariant, r lint.Rule) *lint.Rule {
	r.ID, r.Name, r.Summary = inv.ID, inv.Name, inv.Summary
	r.Kinds = []lint.Kind{lint.KindCompose, lint.KindSpec}
	r.Run = func(p *lint.Pass) {
		for _, cs := range p.Project.Stacks {
			for _, v := range inv.Check(cs.Stack) {
				p.Report(cs.File, hclRange(v.Range), "%s", v.Detail)
			}
		}
		for _, f := range p.FilesOf(lint.KindSpec) {
			for _, d := range f.SpecDiags {
				if d.Extra == inv {
					p.Report(f, subjectRange(d), "%s", d.Detail)
				}
			}
		}
	}
	return &r
}

// hclRange converts a model range to lint's.
func hclRange(r hcl.Range) lint.Range {
	return lint.Range{Start: lint.Pos{Line: r.Start.Line, Col: r.Start.Column}, End: lint.Pos{Line: r.End.Line, Col: r.End.Column}}
}

// subjectRange is where a diagnostic points, or the file's start.
func subjectRange(d *hcl.Diagnostic) lint.Range {
	if d.Subject == nil {
		return lint.Range{Start: lint.Pos{Line: 1, Col: 1}, End: lint.Pos{Line: 1, Col: 1}}
	}
	return hclRange(*d.Subject)
}
