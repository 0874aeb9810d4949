package rules

import (
	"github.com/lbgen/lbgen/lint"
)

// SwarmServiceWithoutImage flags a Swarm service that names no image.
var SwarmServiceWithoutImage = &lint.Rule{
	ID: "LB119", Name: "swarm-service-without-image", Severity: lint.Error,
	Summary: "A Swarm service has no image.",
	Doc: "`docker stack deploy` ignores build: every node pulls the image its tasks run, so a service that is " +
		"only built cannot start anywhere. Build the image, push it to a registry every node reaches, and set image.",
	Bad:   "services:\n  app:\n    build: ./app",
	Good:  "services:\n  app:\n    image: registry.example.com/app:1.4.2",
	Kinds: composeKinds,
	Run: func(p *lint.Pass) {
		forSwarmServices(p, func(s *lint.Service) {
			if lint.Get(s.Node, "image") == nil {
				p.Report(s.File, at(s.Key), "service %q has no image: every Swarm node pulls the image it runs, and docker stack deploy ignores build; push the image to a registry and set image", s.Name)
			}
		})
	},
}
