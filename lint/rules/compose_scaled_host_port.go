package rules

import "github.com/lbgen/lbgen/lint"

// ComposeScaledHostPort flags fixed host ports on scaled services.
var ComposeScaledHostPort = &lint.Rule{
	ID: "LB102", Name: "compose-scaled-host-port", Severity: lint.Error,
	Summary: "A scaled service publishes a fixed host port, or a range smaller than its replicas.",
	Doc: "Every replica binds the published host port: with a fixed port, all but the first fail to start " +
		"(\"port is already allocated\"). Publish ports only on the load balancer and let backends use `expose`, " +
		"or give a range at least as large as the replica count.",
	Bad:   "services:\n  app:\n    image: app:1.0\n    deploy:\n      replicas: 3\n    ports:\n      - \"3000:3000\"",
	Good:  "services:\n  app:\n    image: app:1.0\n    deploy:\n      replicas: 3\n    expose:\n      - \"3000\"",
	Kinds: composeKinds,
	Run: func(p *lint.Pass) {
		forServices(p, func(s *lint.Service) {
			if !s.Scaled() {
				return
			}
			for _, port := range s.Ports {
				from, to, ok := port.PublishedRange()
				if !ok {
					continue // no host port: Docker picks a free one per replica
				}
				if size := to - from + 1; size < s.Replicas {
					p.Report(s.File, at(port.Node), "service %q runs %d replicas but publishes %d host port(s) %s: replicas beyond that fail to start; publish only on the load balancer and use expose here",
						s.Name, s.Replicas, size, port.Published)
				}
			}
		})
	},
}
