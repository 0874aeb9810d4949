package rules

import "github.com/lbgen/lbgen/lint"

// ComposeHealthcheckDisabled flags disabled health checks.
var ComposeHealthcheckDisabled = &lint.Rule{
	ID: "LB106", Name: "compose-healthcheck-disabled", Severity: lint.Warning,
	Summary: "A health check is disabled.",
	Doc:     "`disable: true` (or test: [\"NONE\"]) turns off the image's own health check, so nothing notices a stuck replica. Remove it, or write a real check.",
	Bad:     "services:\n  app:\n    image: app:1.0\n    healthcheck:\n      disable: true",
	Good:    "services:\n  app:\n    image: app:1.0\n    healthcheck:\n      test: [CMD, wget, -q, -O, /dev/null, \"http://127.0.0.1:3000/health\"]",
	Kinds:   composeKinds,
	Run: func(p *lint.Pass) {
		forServices(p, func(s *lint.Service) {
			hc := lint.Get(s.Node, "healthcheck")
			if d := lint.Get(hc, "disable"); d != nil && d.Value == "true" {
				p.Report(s.File, at(d), "the health check of %q is disabled", s.Name)
			}
			if test := lint.Items(lint.Get(hc, "test")); len(test) > 0 && test[0].Value == "NONE" {
				p.Report(s.File, at(test[0]), "the health check of %q is disabled", s.Name)
			}
		})
	},
}
