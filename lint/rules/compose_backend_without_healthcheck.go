package rules

import "github.com/lbgen/lbgen/lint"

// ComposeBackendWithoutHealthcheck flags services a load balancer depends
// on that have no health check.
var ComposeBackendWithoutHealthcheck = &lint.Rule{
	ID: "LB105", Name: "compose-backend-without-healthcheck", Severity: lint.Warning,
	Summary: "A load-balanced backend has no health check.",
	Doc: "Without a health check, Compose starts the balancer before the backend can serve, and " +
		"`docker compose ps` cannot show a replica that hangs. Add a healthcheck to every service behind a balancer.",
	Bad:   "services:\n  lb:\n    image: nginx:1.30-alpine\n    depends_on: [app]\n  app:\n    image: app:1.0",
	Good:  "services:\n  lb:\n    image: nginx:1.30-alpine\n    depends_on:\n      app:\n        condition: service_healthy\n  app:\n    image: app:1.0\n    healthcheck:\n      test: [CMD, wget, -q, -O, /dev/null, \"http://127.0.0.1:3000/health\"]",
	Kinds: composeKinds,
	Run: func(p *lint.Pass) {
		forServices(p, func(lb *lint.Service) {
			if !isBalancerImage(lb.Image) {
				return
			}
			for _, dep := range dependencies(lb) {
				backend := serviceIn(p, lb.File, dep.name)
				if backend == nil || isBalancerImage(backend.Image) {
					continue
				}
				if lint.Get(backend.Node, "healthcheck") == nil {
					p.Report(backend.File, at(backend.Key), "service %q is behind the balancer %q but has no healthcheck", backend.Name, lb.Name)
				}
			}
		})
	},
}
