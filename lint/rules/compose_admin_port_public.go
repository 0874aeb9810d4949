package rules

import (
	"strings"

	"github.com/lbgen/lbgen/lint"
	"github.com/lbgen/lbgen/stack"
)

// adminImages are images whose published ports are admin UIs.
var adminImages = []string{"prom/prometheus", "grafana/grafana", "gcr.io/cadvisor/cadvisor", "prom/alertmanager"}

// ComposeAdminPortPublic flags admin UIs published on every interface.
var ComposeAdminPortPublic = &lint.Rule{
	ID: "LB111", Name: "compose-admin-port-public", Severity: lint.Warning,
	Summary: "An admin UI is published on all interfaces.",
	Doc: "Prometheus, Grafana, cAdvisor and balancer stats pages have no or weak authentication. Publish them " +
		"on 127.0.0.1 (\"127.0.0.1:9090:9090\") and reach them through an SSH tunnel or a proxy with auth. In a Swarm " +
		"stack file every published port is open on every interface of every node (docker stack deploy ignores a " +
		"host IP: \"ignoring IP-address ... service will listen on '0.0.0.0'\"): do not publish admin ports there.",
	Bad:   "services:\n  prometheus:\n    image: prom/prometheus:v3.5.0\n    ports:\n      - \"9090:9090\"",
	Good:  "services:\n  prometheus:\n    image: prom/prometheus:v3.5.0\n    ports:\n      - \"127.0.0.1:9090:9090\"",
	Kinds: composeKinds,
	Run: func(p *lint.Pass) {
		forServices(p, func(s *lint.Service) {
			admin := false
			for _, img := range adminImages {
				admin = admin || strings.HasPrefix(s.Image, img)
			}
			for _, port := range s.Ports {
				if port.Published == "" || !stack.EveryInterface(port.HostIP) && !swarm(s) {
					continue // Swarm ignores the host IP: every port is on every interface of every node
				}
				stats := s.IsBalancer() && (port.Target == "8404" || port.Target == "8405")
				switch {
				case !admin && !stats:
				case swarm(s):
					p.Report(s.File, at(port.Node), "%q publishes its admin port %s on every interface of every node (Swarm ignores a host IP); do not publish it: reach it from a container on the stack's network", s.Name, port.Published)
				default:
					p.Report(s.File, at(port.Node), "%q publishes its admin port %s on every interface; bind it to 127.0.0.1", s.Name, port.Published)
				}
			}
		})
	},
}
