package rules

import "github.com/lbgen/lbgen/lint"

// ComposeScaledContainerName flags container_name on scaled services.
var ComposeScaledContainerName = &lint.Rule{
	ID: "LB103", Name: "compose-scaled-container-name", Severity: lint.Error,
	Summary: "A scaled service sets container_name.",
	Doc: "Container names are unique: `docker compose up --scale` cannot start a second container with " +
		"the same name. Remove container_name and let Compose name the replicas.",
	Bad:   "services:\n  app:\n    image: app:1.0\n    container_name: app\n    deploy:\n      replicas: 2",
	Good:  "services:\n  app:\n    image: app:1.0\n    deploy:\n      replicas: 2",
	Kinds: composeKinds,
	Run: func(p *lint.Pass) {
		forServices(p, func(s *lint.Service) {
			if swarm(s) {
				return // a Swarm stack file: docker stack deploy's rules, not Compose's
			}
			if k, _ := lint.GetPair(s.Node, "container_name"); k != nil && s.Scaled() {
				p.Report(s.File, at(k), "service %q runs %d replicas, but container_name allows only one; remove it", s.Name, s.Replicas)
			}
		})
	},
}
