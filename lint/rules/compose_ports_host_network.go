package rules

import "github.com/lbgen/lbgen/lint"

// ComposePortsHostNetwork flags ports on a service using the host network.
var ComposePortsHostNetwork = &lint.Rule{
	ID: "LB113", Name: "compose-ports-with-host-network", Severity: lint.Warning,
	Summary: "ports are ignored with network_mode: host.",
	Doc:     "With the host network a container binds host ports directly; `ports` is discarded. Remove one of them.",
	Bad:     "services:\n  lb:\n    image: nginx:1.30-alpine\n    network_mode: host\n    ports: [\"80:80\"]",
	Good:    "services:\n  lb:\n    image: nginx:1.30-alpine\n    ports: [\"80:80\"]",
	Kinds:   composeKinds,
	Run: func(p *lint.Pass) {
		forServices(p, func(s *lint.Service) {
			mode := lint.Get(s.Node, "network_mode")
			if k, _ := lint.GetPair(s.Node, "ports"); k != nil && mode != nil && mode.Value == "host" {
				p.Report(s.File, at(k), "%q uses network_mode: host, so its ports are ignored", s.Name)
			}
		})
	},
}
