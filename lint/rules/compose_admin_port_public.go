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
		"on 127.0.0.1 (\"127.0.0.1:9090:9090\") and reach them through an SSH tunnel or a proxy with auth.",
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
				if port.Published == "" || !stack.EveryInterface(port.HostIP) {
					continue
				}
				stats := s.IsBalancer() && (port.Target == "8404" || port.Target == "8405")
				if admin || stats {
					p.Report(s.File, at(port.Node), "%q publishes its admin port %s on every interface; bind it to 127.0.0.1", s.Name, port.Published)
				}
			}
		})
	},
}
