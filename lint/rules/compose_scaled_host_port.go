package rules

import (
	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/stack"
)

// ComposeScaledHostPort flags fixed host ports on scaled services, in
// compose files and specs alike (stack.ScaledHostPort).
var ComposeScaledHostPort = invariantRule(stack.ScaledHostPort, lint.Rule{
	Severity: lint.Error,
	Doc: "Every replica binds the published host port: with a fixed port, all but the first fail to start " +
		"(\"port is already allocated\"). Publish ports only on the load balancer and let backends use `expose`, " +
		"or give a range at least as large as the replica count. `lbgen render` refuses a spec that does this.",
	Bad:  "services:\n  app:\n    image: app:1.0\n    deploy:\n      replicas: 3\n    ports:\n      - \"3000:3000\"",
	Good: "services:\n  app:\n    image: app:1.0\n    deploy:\n      replicas: 3\n    expose:\n      - \"3000\"",
})
