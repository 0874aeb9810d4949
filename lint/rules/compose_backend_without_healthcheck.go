package rules

import (
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/stack"
)

// ComposeBackendWithoutHealthcheck flags services behind a load balancer
// that have no health check, in compose files and specs alike
// (stack.BalancedWithoutHealth).
var ComposeBackendWithoutHealthcheck = invariantRule(stack.BalancedWithoutHealth, lint.Rule{
	Severity: lint.Warning,
	Doc: "Without a health check, Compose starts the balancer before the backend can serve, and " +
		"`docker compose ps` cannot show a replica that hangs. Add a healthcheck to every service behind a balancer. " +
		"`lbgen render` refuses a spec that routes to a service without a health block.",
	Bad:  "services:\n  lb:\n    image: nginx:1.30-alpine\n    depends_on: [app]\n  app:\n    image: app:1.0",
	Good: "services:\n  lb:\n    image: nginx:1.30-alpine\n    depends_on:\n      app:\n        condition: service_healthy\n  app:\n    image: app:1.0\n    healthcheck:\n      test: [CMD, wget, -q, -O, /dev/null, \"http://127.0.0.1:3000/health\"]",
})
