package rules

import (
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/stack"
)

// ComposeHealthyDependency flags condition: service_healthy on a service
// without a health check.
var ComposeHealthyDependency = &lint.Rule{
	ID: "LB107", Name: "compose-healthy-dependency-without-healthcheck", Severity: lint.Error,
	Summary: "depends_on waits for service_healthy, but the dependency has no health check.",
	Doc:     "A service without a health check never becomes healthy, so the dependent service never starts. Give the dependency a healthcheck, or wait for service_started. A HEALTHCHECK in the Dockerfile of a service's build counts.",
	Bad:     "services:\n  lb:\n    image: nginx:1.30-alpine\n    depends_on:\n      app:\n        condition: service_healthy\n  app:\n    image: app:1.0",
	Good:    "services:\n  lb:\n    image: nginx:1.30-alpine\n    depends_on:\n      app:\n        condition: service_healthy\n  app:\n    image: app:1.0\n    healthcheck:\n      test: [CMD, wget, -q, -O, /dev/null, \"http://127.0.0.1:3000/health\"]",
	Kinds:   composeKinds,
	Run: func(p *lint.Pass) {
		forServices(p, func(s *lint.Service) {
			for _, dep := range stack.Dependencies(s.Node) {
				if dep.Condition == nil || dep.Condition.Value != "service_healthy" {
					continue
				}
				if d := serviceIn(p, s.File, dep.Name); d != nil && !d.Healthy {
					p.Report(s.File, at(dep.Condition), "%q waits for %q to be healthy, but %q has no healthcheck, so it never will", s.Name, dep.Name, dep.Name)
				}
			}
		})
	},
}
