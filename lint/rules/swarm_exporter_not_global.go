package rules

import (
	"github.com/lbgen/lbgen/component"
	"github.com/lbgen/lbgen/lint"
)

// SwarmExporterNotGlobal flags node agents that do not run on every node.
var SwarmExporterNotGlobal = &lint.Rule{
	ID: "LB124", Name: "swarm-exporter-not-global", Severity: lint.Warning,
	Summary: "A node agent (cAdvisor, node-exporter) does not run on every node.",
	Doc: "cAdvisor and the node exporter report on the node they run on. As replicated services, Swarm places " +
		"their tasks anywhere: some nodes are watched twice, others never. Run them with deploy.mode: global, " +
		"one task per node, and scrape tasks.NAME so each node is its own target.",
	Bad:   "services:\n  cadvisor:\n    image: gcr.io/cadvisor/cadvisor:v0.52.1\n    deploy:\n      replicas: 1",
	Good:  "services:\n  cadvisor:\n    image: gcr.io/cadvisor/cadvisor:v0.52.1\n    deploy:\n      mode: global",
	Kinds: composeKinds,
	Run: func(p *lint.Pass) {
		forSwarmServices(p, func(s *lint.Service) {
			agent, ok := component.PerNodeImage(s.Image)
			if !ok || s.Global || pinnedToOneNode(s) {
				return
			}
			where := s.Key
			if k, _ := lint.GetPair(lint.Get(s.Node, "deploy"), "replicas"); k != nil {
				where = k
			}
			p.Report(s.File, at(where), "%s reports on the node it runs on, but service %q is replicated: set deploy.mode: global, one task per node", agent, s.Name)
		})
	},
}
