package rules

import (
	"github.com/hashicorp/hcl/v2"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/schemas"
)

// SpecInvalid reports every error `lbgen render` would refuse a spec for.
var SpecInvalid = &lint.Rule{
	ID: "LB001", Name: "spec-invalid", Severity: lint.Error,
	Summary: "The lbgen spec has an error: lbgen render would refuse it.",
	Doc: "The same checks as `lbgen render`: syntax, unknown attributes, types, references, ports, and the " +
		"scaling mistakes the spec prevents at the source (a fixed host port on a scaled service, weights on one " +
		"service, max_replicas below replicas, ...). Each message says how to fix it.",
	Bad:   "service \"app\" {\n  image    = \"app:1.0\"\n  replicas = 3\n  publish {\n    host_port = 3000\n  }\n}",
	Good:  "service \"app\" {\n  image    = \"app:1.0\"\n  replicas = 3\n}",
	Kinds: []lint.Kind{lint.KindSpec},
	Run: func(p *lint.Pass) {
		for _, f := range p.FilesOf(lint.KindSpec) {
			// The file is already read; it is named by its shown path so
			// diagnostics and findings agree.
			_, diags := schemas.LoadSource(f.Path, f.Src, schemas.Options{})
			for _, d := range diags {
				if d.Severity != hcl.DiagError {
					continue
				}
				r := lint.Range{Start: lint.Pos{Line: 1, Col: 1}, End: lint.Pos{Line: 1, Col: 1}}
				if d.Subject != nil {
					r = lint.Range{Start: lint.Pos{Line: d.Subject.Start.Line, Col: d.Subject.Start.Column},
						End: lint.Pos{Line: d.Subject.End.Line, Col: d.Subject.End.Column}}
				}
				p.Report(f, r, "%s: %s", d.Summary, d.Detail)
			}
		}
	},
}
