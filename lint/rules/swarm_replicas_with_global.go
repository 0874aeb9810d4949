package rules

import (
	"github.com/lbgen/lbgen/lint"
)

// SwarmReplicasWithGlobal flags replicas on a global service.
var SwarmReplicasWithGlobal = &lint.Rule{
	ID: "LB125", Name: "swarm-replicas-with-global", Severity: lint.Error,
	Summary: "A global service sets replicas.",
	Doc: "A global service runs one task per node; `docker stack deploy` refuses replicas with it (\"replicas " +
		"can only be used with replicated or replicated-job mode\"). Remove replicas, or mode: global.",
	Bad:   "services:\n  cadvisor:\n    image: gcr.io/cadvisor/cadvisor:v0.52.1\n    deploy:\n      mode: global\n      replicas: 3",
	Good:  "services:\n  cadvisor:\n    image: gcr.io/cadvisor/cadvisor:v0.52.1\n    deploy:\n      mode: global",
	Kinds: composeKinds,
	Run: func(p *lint.Pass) {
		forSwarmServices(p, func(s *lint.Service) {
			if k, _ := lint.GetPair(lint.Get(s.Node, "deploy"), "replicas"); k != nil && s.Global {
				p.Report(s.File, at(k), "docker stack deploy: replicas can only be used with replicated or replicated-job mode; service %q is global (one task per node): remove replicas", s.Name)
			}
		})
	},
}
