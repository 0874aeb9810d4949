package rules

import (
	"github.com/hashicorp/hcl/v2"

	"github.com/lbgen/lbgen/lint"
)

// SpecInvalid reports every error `lbgen render` would refuse a spec for,
// except the stack invariants, which their own rules report.
var SpecInvalid = &lint.Rule{
	ID: "LB001", Name: "spec-invalid", Severity: lint.Error,
	Summary: "The lbgen spec has an error: lbgen render would refuse it.",
	Doc: "The same checks as `lbgen render`: syntax, unknown attributes, types, references, ports, and the " +
		"scaling mistakes the spec prevents at the source (weights on one service, max_replicas below replicas, ...). " +
		"Each message says how to fix it. The mistakes a compose file can make too (a fixed host port on a scaled " +
		"service, LB102; a routed service without a health check, LB105) are reported under their own rules.",
	Bad:   "service \"app\" {\n  image        = \"app:1.0\"\n  replicas     = 3\n  max_replicas = 2\n}",
	Good:  "service \"app\" {\n  image        = \"app:1.0\"\n  replicas     = 3\n  max_replicas = 5\n}",
	Kinds: []lint.Kind{lint.KindSpec},
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindSpec) {
			for _, d := range f.SpecDiags {
				if d.Severity != hcl.DiagError || d.Extra != nil {
					continue
				}
				p.Report(f, subjectRange(d), "%s: %s", d.Summary, d.Detail)
			}
		}
	},
}
