package rules

import "github.com/lbgen/lbgen/lint"

// ComposeLinks flags the legacy links key.
var ComposeLinks = &lint.Rule{
	ID: "LB108", Name: "compose-links", Severity: lint.Warning,
	Summary: "links is a legacy feature.",
	Doc:     "Services on a compose network reach each other by service name; `links` adds nothing but pins one container. Remove it (use depends_on for start order).",
	Bad:     "services:\n  app:\n    image: app:1.0\n    links: [redis]",
	Good:    "services:\n  app:\n    image: app:1.0\n    depends_on: [redis]",
	Kinds:   composeKinds,
	Run: func(p *lint.Pass) {
		forServices(p, func(s *lint.Service) {
			if k, _ := lint.GetPair(s.Node, "links"); k != nil {
				p.Report(s.File, at(k), "links is legacy: services reach each other by name; use depends_on for start order")
			}
		})
	},
}
